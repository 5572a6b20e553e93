"""Word lists the name finders share: trade words, authorities, titles, firm and sector nouns.

Folded words (radar_core.text.fold), kept here so that the legal-name finder
(signals/mentions.py) and the name-shape finder (signals/shapes.py) read one list each.
"""

from __future__ import annotations

import functools
from pathlib import Path

from radar_core.text import fold
from signals.tokens import word_bases

# Words of a firm title that say what kind of firm it is, not which one (folded).
TRADE_WORDS = frozenset(
    """
    san sanayi sanayii tic ticaret ve ic dis ith ithalat ihr ihracat paz pazarlama ltd sti
    limited sirketi sirket anonim as a s inc incorporated corp corporation llc gmbh plc sa ag
    bv nv co company spa srl kg tas tasimacilik hiz hizmetleri yat yatirim ins insaat muh
    muhendislik urn urunleri tur turizm end endustri endustrisi holding group grubu
    """.split()
)
STOP_START = frozenset(
    """the a an in on at by for from with to yesterday today bugun dun firma sirket unvan
    sirketimiz sirketimizin bagli istirakimiz ortakligimiz musterimiz davaci davali borclu
    alacakli muflis muvekkil plaintiff defendant debtor creditor ihale ihaleyi ihalesini
    projeyi musteriler tuketiciler kullanicilar aboneler yolcular calisanlar isciler
    yatirimcilar vatandaslar magdurlar alicilar veliler hastalar customers shoppers
    passengers workers employees residents users retailers airlines insurers""".split()
)
# Landscape words: "Rocky Mountain", "Silicon Valley" are places, but a name that also
# carries a sector word is a firm ("Rocky Mountain Power", "Gulf Oil") (folded).
GEOGRAPHY_WORDS = frozenset("""korfez korfezi dag dagi golu nehri gulf bay lake river mountain
    valley island mount fort""".split())
# Words that make a capitalised span an authority, a court, an outlet, a rater, a person's
# title or a calendar word rather than a firm (folded). Raters and regulators act on firms;
# they are never the firm an event happens to.
NOT_FIRM_WORDS = frozenset(
    """
    bakan bakani bakanligi bakanlik baskan baskani baskanligi baskanlik kurul kurulu kurumu
    kurum kurumlari mudur muduru mudurlugu mahkeme mahkemesi mahkemesinin valilik valiligi
    ajans ajansi
    belediye belediyesi universite universitesi odasi odalari borsa borsasi sendika sendikasi
    meclis meclisi cumhurbaskani cumhurbaskanligi savcilik savciligi savcisi bassavcilik
    bassavciligi bassavcisi emniyet jandarma hakim hakimi
    genel yardimcisi kurulu milletvekili vali kaymakam sayin
    akp chp mhp hdp ebrd ifc eib aiib
    spk bddk epdk kvkk btk tmsf mevduati kap ekap rekabet sgk tuik tcmb merkez hazine gib ced
    asliye icra
    iktisadi butunlugu butunlugunun butunlugun mustesar mustesari mustesarligi mustesarlik
    mustesarliginin mustesarligina
    davaci davacilar davali davalilar alacakli alacaklilar borclu borclular muflis
    plaintiff plaintiffs defendant defendants claimant claimants creditor creditors debtor
    hazinesi hazinenin hazineye maliye birligi birliginin birligine ihracatcilari
    fitch moody moodys s&p standard poor poors jcr scope dbrs
    ifsr idr idrs icr fsr cfr pdr ltfc creditwatch ratingsdirect
    ministry minister authority commission commissioner court department agency council
    office president chairman chairwoman ceo cfo coo chief executive founder governor
    director directors managing secretary treasurer
    parliament senate congress government university union association federation police
    prosecutor prosecutors judge attorney regulator regulators exchange sec fca cma ftc
    uspto epo wipo turkpatent
    epa fda fcc cfpb faa nhtsa ferc eeoc nlrb finra cftc ofcom ofgem dairesi dairesinin
    iik ttk hmk tbk tck road street avenue boulevard highway caddesi cadde sokak sokagi
    bulvari sitesi hatti dakika tarihi county
    doj irs fed ecb imf eu european reuters bloomberg afp ap newser cnbc cnn bbc fbi cia cbi
    fsa pra sfo asic sebi bafin finma consob cnmv cnil ofwat osha fdic occ sbv
    violations
    newswire globenewswire prnewswire businesswire stockmarketwire marketwatch
    mr mrs ms dr prof sir lord
    bidders bidding tenderers
    pazartesi sali carsamba persembe cuma cumartesi pazar monday tuesday wednesday thursday
    friday saturday sunday
    ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik january
    february march april may june july august september october november december
    milyon milyar bin trilyon dolar dolari euro avro lira lirasi liralik dolarlik tl usd abd
    million billion
    kanun kanunu kanununun yasa yasasi yonetmelik law act regulation directive
    school schools college institute academy okulu okullari fakultesi enstitusu
    dernek dernegi vakif vakfi foundation
    aim nasdaq nyse lse ftse bist xetra
    bolge bolgesi osb merkezi cumhuriyet bassavciligi savciligi emniyet jandarma
    service investors ratings rating chapter article section item
    nato un opec oecd who wto platform platformu committee chamber federal reserve try eur
    gbp basel about according following meanwhile however board based employer musavir
    direktor direktoru sicil no aaa aa bbb bb ccc ancak fakat ayrica ote oysa boylece
    dolayisiyla ozellikle news idr idrs vat kdv otv gst ebitda ipo
    turkish american british french german swiss chinese russian japanese italian spanish
    dutch korean indian european
    """.split()
)
# Acronyms of things, not of firms: alone they name a product, a technology or a business
# model ("sanal POS", "an MLM", "ATM'ler"); inside a longer name they may be a firm's (folded).
GENERIC_ACRONYMS = frozenset("""pos atm mlm sms gsm led lcd lng lpg cng gdp gsyh api ai ev evs
    suv b2b b2c kobi kobiler avm esg arge faq pdf usb gps tv nft kyc aml iban swift eft havale
    qr nfc otc etf reit spac warn osha epc epcm o&m rfp rfq ifb eoi ar-ge r&d ikn""".split()) | frozenset(
    # Currency codes: "14 trillion VND" names money, never a firm.
    """usd eur gbp jpy cny rmb vnd inr krw rub chf cad aud brl mxn zar sek nok dkk pln huf
    czk idr thb myr php sgd hkd nzd aed sar qar kwd egp ils ngn pkr bdt uah kzt azn""".split())
# The Associated Press's abbreviations of US states, as datelines and "in Morristown, Tenn."
# write them after a town (folded, without the dot): only read right after "Town,".
STATE_ABBREVIATIONS = frozenset("""ala ariz ark calif colo conn del fla ga ill ind kan ky la md
    mass mich minn miss mo mont neb nev okla ore pa tenn va vt wash wis wyo""".split())
# Authorities and raters written with inner punctuation (folded, joined without spaces):
# the tokenizer splits "S&P" at "&", so NOT_FIRM_WORDS cannot hold them.
SPLIT_NOT_FIRMS = frozenset({"s&p", "s&pglobal", "s&pglobalratings", "s&pratings",
                             # The insurers' rater, whatever its dots ("A.M. Best Co.").
                             "ambest", "a.m.best", "m.best", "ambestco", "a.m.bestco",
                             "m.bestco", "ambestco.", "a.m.bestco.", "m.bestco.",
                             "ambestrating", "ambestratingservices",
                             # Multilateral lenders and funds: they finance firms' events.
                             "dunyabankasi", "worldbank", "avrupayatirimbankasi",
                             "europeaninvestmentbank", "avrupaimarvekalkinmabankasi",
                             "islamkalkinmabankasi", "asyakalkinmabankasi",
                             "asiandevelopmentbank", "africandevelopmentbank",
                             "asyaaltyapiyatirimbankasi", "uluslararasifinanskurulusu",
                             "internationalfinancecorporation"})
# Determiners that make a following firm noun someone else ("Enter the company's name").
DETERMINERS = frozenset("the its their his her this that these those bu su o".split())  # folded
# Titles before a name that make it a person: "Genel Müdür Ali Veli", "CEO John Smith".
PERSON_TITLES = frozenset(
    """
    mudur muduru mudurumuz baskan baskani ceo cfo coo ceosu baskanimiz bakan sayin kurucu
    kurucusu ortagi yonetici yoneticisi sozcusu avukat avukati uzman ekonomist yazar muhabir
    mr mrs ms dr prof executive chairman chairwoman founder spokesman spokeswoman analyst
    director manager officer president minister secretary governor senator judge md cto cio
    inventor inventors co-inventor co-inventors
    """.split()
)
# Nouns after a name that say it is a firm: "Turumbu isimli tur şirketi", "X firması",
# "Acme, a Swiss drug company", "Moby Bank".
FIRM_NOUNS = frozenset("""sirketi sirketinin sirketine sirket firmasi firmasinin firma grubu
    holding markasi bankasi company firm corp group bank brand maker producer manufacturer
    retailer lender carrier insurer developer operator chain startup subsidiary unit division
    affiliate istiraki fabrikasi fabrikasinda fabrikasindan fabrikasinin""".split())
# Nouns that, right before a capitalised name, say it is a firm even when the name is also a
# person's ("boru üreticisi Mazlum Mangtay", "the contractor Harrow Smith"): folded.
FIRM_TITLES = frozenset("""sirketi firmasi ureticisi uretici imalatcisi tedarikcisi yuklenicisi
    muteahhidi zinciri markasi grubu devi company firm maker producer manufacturer supplier
    contractor retailer chain store brand group bank lender insurer carrier airline automaker carmaker
    developer operator startup giant conglomerate sirketlerinden firmalarindan bankalarindan
    ureticilerinden devlerinden markalarindan zincirlerinden holdinglerinden istiraki
    istiraklerinden istirakimiz rakibi rival chipmaker drugmaker steelmaker toymaker
    refiner miner brewer grocer homebuilder wholesaler shipper distiller""".split())
# Firm titles that are nobody's job: only these make "<title> <given name> <surname>" a
# firm ("boru üreticisi Mazlum Mangtay"); "developer Tom Hardy" is a person (folded).
FIRM_ONLY_TITLES = FIRM_TITLES - frozenset("developer operator carrier group rakibi rival".split())
# Sector and trade words inside a name ("Baltalı Tekstil", "Moby Bank", "Yum Brands"):
# the surest sign that a capitalised name nobody registered is a firm (folded).
SECTOR_WORDS = frozenset("""power bank banka bankasi bankbank banca banco banque credito holding holdings grup grubu group enerji energy
    tekstil textile textiles gida food foods insaat construction otomotiv oto automotive motors
    motor elektrik electric elektronik electronics kimya chemical chemicals ilac pharma
    pharmaceuticals teknoloji teknolojileri technology technologies bilisim yazilim software
    systems sistem maden madencilik mining metal celik steel cimento cement petrol petroleum
    oil gas gaz lojistik logistics tasimacilik transport havayollari airlines airways turizm
    tourism otelcilik hotels sigorta insurance finans finance capital yatirim investments
    varlik industries industrial sanayi fabrikasi fabrikalari mills marine denizcilik
    tersanecilik shipyard gayrimenkul properties realty telekom telecom communications medya
    media plastik plastics cam glass kagit paper mobilya furniture makine makina machinery
    tarim agro beverages icecek brands retail magazacilik stores marketler biotech
    saglik healthcare labs laboratories solutions aerospace defense savunma airline
    shipping cargo kargo ventures partners acquisition acquisitions global beton concrete
    boya paint paints ambalaj packaging ayakkabi giyim apparel supply supplies services
    kablo kozmetik konfeksiyon dokuma iplik orme triko hali seramik porselen mermer dokum
    demir aluminyum bakir karton matbaa matbaacilik yayincilik medikal tibbi ecza gubre
    tohum sut pilic yumurta zeytinyagi seker sekerleme cikolata biskuvi makarna yem lastik
    aku dekorasyon yapi taahhut tesisat mimarlik emlak konut seyahat catering hayvancilik balikcilik
    nakliyat nakliye havacilik deri temizlik iletisim reklam hastanesi hastaneleri
    laboratuvar egitim perakende petrokimya rafineri akaryakit dogalgaz otomasyon robotik
    elektromekanik enstruman milk bakeries pumps valves tersane tersanesi seafood meat
    bioscience coal telecoms rail
    cosmetics garments footwear cables wire foundry castings forge forging ceramics tiles
    semiconductor semiconductors biosciences therapeutics medical diagnostics pharmacy dairy
    poultry farms bakery brewing breweries brewery distillery wines spirits beverage
    restaurants hospitality resorts entertainment studios gaming networks wireless broadband
    utilities solar renewables petrochemicals refining pipelines drilling resources minerals
    metals aluminium aluminum copper lumber timber plywood homes builders engineering
    contractors aviation aircraft shipbuilding railways trucking freight haulage tyres tires
    rubber polymers fertilisers fertilizers seeds snacks confectionery bancorp financial
    securities assurance reinsurance developments instruments robotics analytics
    travel holidays cruises toys jewellery jewelry kitchens cycles furnishings
    muhendislik tekstili oyuncak
    bakehouse bakery deli diner cafe grill salon boutique creamery tavern""".split())
# Sector words that make a firm only as a name's last word: "Skylane Air", "Ostrand Auto",
# not "Air Force", "Auto Show".
TAIL_SECTOR_WORDS = frozenset({"air", "auto"})

# Sector words that are also common surnames ("Ahmet Demir", "Mehmet Çelik", "Samantha
# Power", "John Mills"): after a given name they end a person's name, not a founder's firm.
SURNAME_SECTOR_WORDS = frozenset("demir celik bakir power mills glass".split())

# Plural nouns that make a short line the header of a list of firms (folded).
COLLECTIVE_PLURALS = frozenset("""firmalar sirketler bankalar kuruluslar isletmeler companies
    firms banks lenders businesses""".split())
# Words before "şirket"/"company" that make it firms in general, not the document's firm.
# Counts make a firm noun general ("dokuz firma", "six firms"); Turkish "on" (ten) is left
# out, it is English "on" folded.
QUANTIFIERS = frozenset("""bircok bazi diger her tum butun hicbir cok sayida many several some
    other all each every no numerous
    iki uc dort bes alti yedi sekiz dokuz yirmi otuz kirk elli yuz
    two three four five six seven eight nine ten eleven twelve twenty dozen dozens""".split())
# Plant nouns closing a name nobody registered: such a name is a site, the thing sold.
PLANT_NOUNS = frozenset("""fabrika fabrikasi santrali tesisi tesisleri madeni limani oteli hatti plant
    mill factory refinery""".split())
# English words of a day, shared by the readers of time adverbials ("on Friday", "last
# week") in front of a clause's subject (folded).
EN_DAY_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today
    yesterday week month morning afternoon evening night""".split())
# Sites where customers complain or report outages: the venue of a complaint, never the
# firm complained about (folded names).
COMPLAINT_VENUES = frozenset({"sikayetvar", "eksi sozluk", "eksisozluk", "downdetector",
                              "trustpilot", "yelp", "tripadvisor", "twitter", "facebook",
                              "instagram", "reddit", "better business bureau", "bbb",
                              "cimer", "tiktok", "youtube", "google reviews"})
# Nationality adjectives a capitalised word may be without naming anyone: "Türk şirket",
# "Alman devi" (folded; English demonyms are caught by their endings in shapes.py).
NATIONALITIES = frozenset("""turk turkiye alman ingiliz fransiz amerikan japon cin rus italyan
    ispanyol koreli hollandali isvicreli yunan arap iranli hint katarli azeri kazak ukraynali
    us uk swiss dutch greek thai""".split())
# News agencies a dateline names in brackets ("Hanoi (VNA) -", folded).
NEWS_AGENCIES = frozenset("""reuters ap afp aa dha iha anka vna xinhua bloomberg dpa ani pti ians
    upi efe ansa tass yonhap kyodo bernama sputnik bna apa trt""".split())
# People and paper of a firm, written "<word> of <firm>" ("Shares of X", "customers of X"):
# the words are no part of the firm's name (folded).
OF_A_FIRM = frozenset("customers clients shareholders investors employees workers staff "
                      "users subscribers passengers creditors suppliers owners "
                      "executives managers officials ratings rating shares stock "
                      "bonds notes debt outlook units subsidiaries holders "
                      "bondholders noteholders".split())
# Officer titles after an organisation's name: "X Genel Müdürü Y", "X CEO Y", "X Chairman Y".
# Two-word titles are listed as "first second" (folded).
OFFICER_TITLES = frozenset(title.strip() for title in """genel muduru|genel mudur|genel mudurumuz|
    yonetim kurulu|icra kurulu|ceo|ceosu|cfo|coo|chief executive|chief financial|chairman|
    chairwoman|kurucu ortagi|patronu|sahibi|ust yoneticisi|ust yonetici|icra baskani|
    murahhas azasi""".split("|"))


def officer_title_at(bases: list[str], i: int) -> int:
    """Length in words of the officer title starting at ``bases[i]`` (0 if none)."""
    if i < len(bases) and bases[i] in OFFICER_TITLES:
        return 1
    if i + 1 < len(bases) and f"{bases[i]} {bases[i + 1]}" in OFFICER_TITLES:
        return 2
    return 0


@functools.cache
def stop_words() -> frozenset[str]:
    """Turkish and English function words (spaCy's lists, folded): a capitalised "Birçok"
    or "However" at a sentence start is never a name."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.tr.stop_words import STOP_WORDS as TR

    from radar_core.text import fold

    return frozenset(fold(w) for w in TR | EN)


@functools.cache
def given_names() -> frozenset[str]:
    """Common Turkish and English given names (signals/data/given_names.txt), read once."""
    path = Path(__file__).with_name("data") / "given_names.txt"
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)


@functools.lru_cache(maxsize=1)
def known_firms() -> dict[str, frozenset[tuple[str, ...]]]:
    """Well-known firms (signals/data/known_firms.txt) as folded word tuples, grouped by
    their first word so a sentence is scanned with one dict hit per capitalised word."""
    path = Path(__file__).with_name("data") / "known_firms.txt"
    by_first: dict[str, set[tuple[str, ...]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        name = line.strip()
        if name and not name.startswith("#"):
            # Outlets drop a name's hyphen as often as they keep it ("Georgia Pacific").
            for variant in {name, name.replace("-", " ")}:
                bases = word_bases(variant)
                if bases:
                    by_first.setdefault(bases[0], set()).add(bases)
    return {first: frozenset(names) for first, names in by_first.items()}


@functools.lru_cache(maxsize=1)
def possessive_known_firms() -> frozenset[tuple[str, ...]]:
    """Known firms whose name ends in a possessive ("Wendy's", "Macy's"): without it the
    word is a person ("Wendy said"), so the 's must be written."""
    path = Path(__file__).with_name("data") / "known_firms.txt"
    return frozenset(
        word_bases(line.strip()) for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip().endswith(("'s", "\u2019s")) and not line.startswith("#"))


# Zipf frequency (wordfreq: log10 of uses per billion words) from which a word is an
# everyday word in Turkish or English: "Güneş", "Ekim", "Park" 5+, "Defne" (laurel) 4.1,
# brands such as "Vakıfbank", "Aselsan", "Peloton" below 3.8. A capital at a sentence start
# proves nothing, so only a word rare in both languages is read as a name there.
EVERYDAY_ZIPF = 4.0


def lower_text(word: str, lang: str) -> str:
    """``word`` in lower case as ``lang`` writes it (Turkish "I" -> "ı", "İ" -> "i")."""
    if lang == "tr":
        word = word.replace("I", "ı").replace("İ", "i")
    return word.lower()


# Words in capitals are acronyms and brands more often ("ÇAYKUR" 4.1): only a very common
# word is an everyday one there ("ALTIN", "SON" 5+).
EVERYDAY_ZIPF_CAPITALS = 4.5


@functools.lru_cache(maxsize=65536)
def everyday_word(word: str, lang: str, floor: float = 0.0) -> bool:
    """True when ``word`` (as written) is a common word of ``lang`` or of English (Zipf
    ``floor`` or more, by default the floors above), or a given name ("Seren", "Melis")."""
    from wordfreq import zipf_frequency  # its tables load on first use (~0.2 s)

    lowered = lower_text(word, lang)
    if fold(lowered) in given_names():
        return True
    if not floor:
        floor = EVERYDAY_ZIPF_CAPITALS if word.isupper() and len(word) > 1 else EVERYDAY_ZIPF
    return max(zipf_frequency(lowered, lang), zipf_frequency(lowered, "en")) >= floor
