"""Company mentions: client-register names via a folded token prefix table, and unknown firms by legal form.

The register index maps folded token sequences (legal name core, its two-word
distinctive prefix, aliases, tickers, former names) to client ids; lookups are dict
hits per token, so a 150,000-firm register costs the same per document as a small one.
Unknown firms are found by their legal form ("... San. ve Tic. Ltd. Şti.", "... GmbH")
taking the capitalised words before it, so non-clients still become prospects.
Capitalisation matters: a one-word alias that is also a common word ("Deniz", "Star")
only counts when written capitalised, and not as the first word of a sentence unless
the firm is named unambiguously elsewhere in the document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from radar_core.records import ClientRecord, LinkResult
from signals.tokens import Token, tokenize, word_bases

# Words of a firm title that say what kind of firm it is, not which one (folded).
TRADE_WORDS = frozenset(
    """
    san sanayi sanayii tic ticaret ve ic dis ith ithalat ihr ihracat paz pazarlama ltd sti
    limited sirketi sirket anonim as a s inc incorporated corp corporation llc gmbh plc sa ag
    bv nv co company spa srl kg tas tasimacilik hiz hizmetleri yat yatirim ins insaat muh
    muhendislik urn urunleri tur turizm end endustri endustrisi holding group grubu
    """.split()
)
# Token sequences (folded) that close a legal name; checked longest first.
LEGAL_FORMS: tuple[tuple[str, ...], ...] = (
    ("anonim", "sirketi"), ("limited", "sirketi"), ("ltd", "sti"), ("a", "s"), ("as",),
    ("inc",), ("gmbh",), ("llc",), ("plc",), ("s", "a"), ("corp",), ("b", "v"), ("n", "v"),
    ("ag",), ("ltd",), ("limited",), ("s", "p", "a"), ("sas",), ("srl",), ("pte",),
)
_LEGAL_FIRST = frozenset(form[0] for form in LEGAL_FORMS)
_CONNECTORS = frozenset({"ve", "and", "&", "-", "of", "de"})
_STOP_START = frozenset(
    """the a an in on at by for from with to yesterday today bugun dun firma sirket unvan
    sirketimiz sirketimizin bagli istirakimiz ortakligimiz musterimiz davaci davali borclu
    alacakli muflis muvekkil plaintiff defendant debtor creditor""".split()
)


@dataclass
class Mention:
    """A firm mention in a document: span, text as written, register ids it may be."""

    start: int
    end: int
    text: str
    sentence: int
    tok_start: int
    tok_end: int
    client_ids: tuple[str, ...] = ()
    strong: bool = True
    legal_form: bool = False
    suffix: str = ""
    key: str = ""
    link: LinkResult | None = field(default=None, repr=False)
    origin: Mention | None = field(default=None, repr=False)
    pronoun: bool = False
    # Found by its shape only (a capitalised name, no register entry, no legal form): a
    # possible prospect that counts only where an event cue gives it a firm's role.
    shape: bool = False
    # Declared by a structured source (``fields.company``) rather than found in the text.
    declared: bool = False
    # A one-word name shape with no second sign of being a firm (see _credible_shapes).
    weak: bool = False

    @property
    def core_text(self) -> str:
        """The mention without its apostrophe suffix, as passed to the linker."""
        cut = self.text
        for apo in "'’‘`´ʼ":
            idx = cut.rfind(apo)
            if idx > 0 and idx >= len(cut) - 6:
                cut = cut[:idx]
        return cut.strip(" ,.;:") if not cut.endswith(".") else cut.strip(" ,;:")


def name_tokens(name: str, cache: dict[str, str] | None = None) -> tuple[str, ...]:
    """Folded word tokens of a name, punctuation dropped (``cache`` memoises folding)."""
    return word_bases(name, cache)


def core_tokens(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Drop trailing trade words and legal forms: "karadeniz celik sanayi ve ticaret a s" -> first two."""
    end = len(tokens)
    while end > 1 and tokens[end - 1] in TRADE_WORDS:
        end -= 1
    return tokens[:end]


class RegisterIndex:
    """Folded-token prefix table over every name variant of every client.

    ``names`` maps each variant (a tuple of folded words) and each of its proper
    prefixes to the client ids whose name ends there (``()`` for a bare prefix). One
    flat dict of tuples takes well under half the memory of nested per-word dicts
    (150,000 firms: about 850,000 nodes) and is built faster.
    """

    def __init__(self, clients: Iterable[ClientRecord]) -> None:
        found: dict[tuple[str, ...], set[str]] = {}
        self.single_caps: set[tuple[str, ...]] = set()
        self.size = 0
        cache: dict[str, str] = {}
        for client in clients:
            self.size += 1
            cid = client.client_id
            for variant, caps in self._variants(client, cache):
                owners = found.get(variant)
                if owners is None:
                    found[variant] = {cid}
                else:
                    owners.add(cid)
                if caps:
                    self.single_caps.add(variant)
        names: dict[tuple[str, ...], tuple[str, ...]] = {}
        for variant, owners in found.items():
            names[variant] = tuple(owners)
        for variant in found:
            for cut in range(len(variant) - 1, 0, -1):
                prefix = variant[:cut]
                if prefix in names:
                    break  # its own prefixes are in already
                names[prefix] = ()
        self.names = names

    @staticmethod
    def _variants(
        client: ClientRecord, cache: dict[str, str]
    ) -> Iterable[tuple[tuple[str, ...], bool]]:
        names = [client.legal_name, *client.former_names]
        for name in names:
            full = name_tokens(name, cache)
            if not full:
                continue
            core = core_tokens(full)
            yield full, False
            yield core, len(core) == 1 and name.isupper()
            if len(core) >= 3:
                yield core[:2], False
        for alias in client.aliases:
            toks = name_tokens(alias, cache)
            if toks:
                # A ticker or all-caps brand must be written in capitals in the text too.
                yield toks, len(toks) == 1 and alias.isupper() and len(alias) > 1
                core = core_tokens(toks)
                if core != toks:
                    yield core, False

    def match(self, tokens: list[Token], i: int) -> tuple[int, set[str]] | None:
        """Longest register variant starting at token ``i``: (end token index, client ids).

        Extends the name one token at a time (dots, hyphens and "&" inside a name are
        skipped), so the cost does not grow with the number of firms sharing a first word.
        """
        names = self.names
        path: tuple[str, ...] = (tokens[i].base,)
        ids = names.get(path)
        if ids is None:
            return None
        best: tuple[int, tuple[str, ...]] | None = None
        j = i
        n = len(tokens)
        while True:
            tok = tokens[j]
            j += 1
            if ids:
                best = (j, ids)
            if tok.suffix:
                break  # "Koç Holding'e": a case suffix closes the name
            while j < n and not tokens[j].is_word and tokens[j].text in ".-&":
                j += 1
            if j >= n or not tokens[j].is_word:
                break
            path = (*path, tokens[j].base)
            ids = names.get(path)
            if ids is None:
                break
        if best is None:
            return None
        # Trailing dots/hyphens skipped after the last word are not part of the name.
        end = best[0]
        while end > i + 1 and not tokens[end - 1].is_word:
            end -= 1
        return end, set(best[1])


def _legal_form_at(tokens: list[Token], i: int) -> int:
    """End token index of a legal form starting at ``i`` (dots skipped), or -1."""
    if not tokens[i].is_upper_initial:
        return -1
    for form in LEGAL_FORMS:
        j, k = i, 0
        while k < len(form) and j < len(tokens):
            if tokens[j].text == ".":
                j += 1
                continue
            if tokens[j].base != form[k] or not tokens[j].is_upper_initial:
                break
            last = tokens[j]
            j += 1
            k += 1
            if last.suffix and k < len(form):
                break
        if k == len(form):
            while j < len(tokens) and tokens[j].base == "." and not tokens[j - 1].suffix:
                j += 1
            return j
    return -1


def find_legal_names(tokens: list[Token], lo: int, hi: int) -> list[tuple[int, int]]:
    """Token spans [start, end) of "<Capitalised words> <trade words> <legal form>" in tokens[lo:hi]."""
    spans: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        tok = tokens[i]
        if tok.is_word and tok.base in _LEGAL_FIRST:
            end = _legal_form_at(tokens, i)
            if end > 0:
                start = _walk_back(tokens, i, lo)
                if start is not None:
                    spans.append((start, min(end, hi)))
                i = max(end, i + 1)
                continue
        i += 1
    return spans


def _walk_back(tokens: list[Token], form_start: int, lo: int) -> int | None:
    """First token of the name before a legal form, or None when no capitalised word precedes it."""
    j = form_start - 1
    start = form_start
    distinctive = 0
    while j >= lo and form_start - j <= 9:
        tok = tokens[j]
        if tok.text == ".":
            if j - 1 >= lo and (tokens[j - 1].base in TRADE_WORDS or len(tokens[j - 1].base) <= 4):
                j -= 1
                continue
            break
        if not tok.is_word:
            if tok.text in "&-" and start == j + 1:
                j -= 1
                continue
            break
        if tok.suffix:
            break
        if tok.base in _CONNECTORS:
            j -= 1
            continue
        if not tok.is_upper_initial:
            break
        if tok.base not in TRADE_WORDS:
            distinctive += 1
        start = j
        j -= 1
    while start < form_start and tokens[start].base in _STOP_START:
        start += 1
    # "John Littman of Acme Inc.": a person of a firm; the firm starts after "of".
    names = given_names()
    for k in range(start, form_start - 2):
        if tokens[k].base in names and tokens[k + 1].is_upper_initial \
                and tokens[k + 2].base in ("of", "at", "from"):
            start = k + 3
            break
    while start < form_start and tokens[start].base in _CONNECTORS:
        start += 1
    if distinctive == 0 or start >= form_start:
        return None
    return start


# Words that make a capitalised span an authority, a court, an outlet, a rater, a person's
# title or a calendar word rather than a firm (folded). Raters and regulators act on firms;
# they are never the firm an event happens to.
NOT_FIRM_WORDS = frozenset(
    """
    bakan bakani bakanligi bakanlik baskan baskani baskanligi baskanlik kurul kurulu kurumu
    kurum kurumlari mudur muduru mudurlugu mahkeme mahkemesi mahkemesinin valilik valiligi
    belediye belediyesi universite universitesi odasi odalari borsa borsasi sendika sendikasi
    meclis meclisi cumhurbaskani cumhurbaskanligi savcilik savciligi savcisi hakim hakimi
    genel yardimcisi yonetim kurulu milletvekili vali kaymakam sayin
    spk bddk epdk kvkk btk tmsf kap ekap rekabet sgk tuik tcmb merkez hazine gib
    fitch moody moodys s&p standard poor poors jcr scope dbrs
    ministry minister authority commission commissioner court department agency council
    office president chairman chairwoman ceo cfo coo chief executive founder governor
    parliament senate congress government university union association federation police
    prosecutor prosecutors judge attorney regulator regulators exchange sec fca cma ftc
    doj irs fed ecb imf eu european reuters bloomberg afp ap newser cnbc cnn bbc
    mr mrs ms dr prof sir lord
    pazartesi sali carsamba persembe cuma cumartesi pazar monday tuesday wednesday thursday
    friday saturday sunday
    ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik january
    february march april may june july august september october november december
    milyon milyar bin trilyon dolar dolari euro avro lira tl usd abd million billion
    kanun kanunu kanununun yasa yasasi yonetmelik law act regulation directive
    bolge bolgesi osb merkezi cumhuriyet bassavciligi savciligi emniyet jandarma
    service investors ratings rating chapter article section item
    nato un opec oecd who wto platform platformu committee chamber federal reserve try eur
    gbp basel about according following meanwhile however board based employer musavir
    direktor direktoru korfez korfezi dag dagi golu nehri gulf bay lake river mountain
    valley island sicil no aaa aa bbb bb ccc ancak fakat ayrica ote oysa boylece
    dolayisiyla ozellikle news idr idrs
    turkish american british french german swiss chinese russian japanese italian spanish
    dutch korean indian european
    """.split()
)
# Titles before a name that make it a person: "Genel Müdür Ali Veli", "CEO John Smith".
PERSON_TITLES = frozenset(
    """
    mudur muduru mudurumuz baskan baskani ceo cfo coo ceosu baskanimiz bakan sayin kurucu
    kurucusu ortagi yonetici yoneticisi sozcusu avukat avukati uzman ekonomist yazar muhabir
    mr mrs ms dr prof executive chairman chairwoman founder spokesman spokeswoman analyst
    director manager officer president minister secretary governor senator judge
    """.split()
)
# Capitalised words that stand for "the company", "our institution" at a sentence start or
# after a quote, never a name (folded prefixes).
_REFERENCE_PREFIXES = ("sirket", "kurum", "firma", "banka", "holding", "grup")
_OPENERS = frozenset({'"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "(", "-",
                      "\u2013", "\u2014", ":", "\u2022", "*"})
# Stems of Turkish authority and title words in any inflection ("Cumhurbaşkanımız",
# "Bakanlığı'nın", "Kurulu'na"), folded.
_NOT_FIRM_STEMS = ("bakan", "baskan", "cumhurbaskan", "mudurlug", "kurulu", "kurumu",
                   "mahkeme", "savcilig", "belediye", "valilig", "universite", "sendika",
                   "bakanlig", "baskanlig")
# A name right before one of these is a site ("its Lafayette plant"), not a firm.
_SITE_NOUNS = frozenset("plant plants factory facility site mill headquarters campus tower "
                        "office offices warehouse mine refinery port airport".split())
_JOINS_IN_NAME = frozenset({"ve", "and", "&", "of", "de", "-", "."})
_MAX_NAME_WORDS = 6


_GIVEN_NAMES: frozenset[str] | None = None


def given_names() -> frozenset[str]:
    """Common Turkish and English given names (signals/data/given_names.txt), read once."""
    global _GIVEN_NAMES
    if _GIVEN_NAMES is None:
        path = Path(__file__).with_name("data") / "given_names.txt"
        words: set[str] = set()
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                words.update(line.split())
        _GIVEN_NAMES = frozenset(words)
    return _GIVEN_NAMES


def _title_case(tokens: list[Token]) -> bool:
    """A headline-style sentence (most words capitalised): shapes tell nothing there."""
    long_words = [t for t in tokens if t.is_word and len(t.text) > 3]
    lower = sum(not t.is_upper_initial for t in long_words)
    # An enumeration of firm names is mostly capitals too, but its verb is not.
    return len(long_words) >= 4 and lower <= 1 and lower <= 0.2 * len(long_words)


def find_name_spans(tokens: list[Token], taken: set[int], elsewhere: set[str],
                    persons: set[str]) -> list[tuple[int, int]]:
    """Token spans [start, end) of capitalised names that may be firms nobody registered.

    A run of capitalised words (joined by "ve/and/&/of/de", hyphens or dots) with no
    authority, title or calendar word in it, not preceded by a person's title, not the
    first word of the sentence unless it is also written capitalised mid-sentence
    somewhere in the document (``elsewhere``: folded bases), and not in a title-case
    headline. Places are removed by the caller, which knows the gazetteer. ``persons``
    collects the surnames of people named in full, so that a later bare surname is no firm.
    """
    if _title_case(tokens):
        return []
    names = given_names()
    first_word = next((k for k, t in enumerate(tokens) if t.is_word), len(tokens))
    spans: list[tuple[int, int]] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if i in taken or not tok.is_word or not tok.text[:1].isupper():
            i += 1
            continue
        j = i
        words = 0
        while j < n and j not in taken:
            t = tokens[j]
            if t.is_word and t.text[:1].isupper():
                words += 1
                j += 1
                if t.suffix or words >= _MAX_NAME_WORDS:
                    break
                continue
            if t.base in _JOINS_IN_NAME and j + 1 < n and tokens[j + 1].is_word \
                    and tokens[j + 1].text[:1].isupper() and j + 1 not in taken and (
                        t.base not in ("ve", "and")
                        or tokens[j + 1].base in TRADE_WORDS
                        or tokens[j + 1].base in SECTOR_WORDS):
                # "ve/and" joins a firm's own title ("Sanayi ve Ticaret"); between two
                # names it is an enumeration ("Betabank ve Gamabank").
                j += 1
                continue
            break
        start, end = i, j
        i = max(j, i + 1)
        while start < end and (tokens[start].base in _STOP_START or not tokens[start].is_word):
            start += 1  # "The company", "Bu şirket": an article is no part of a name
        span = [t for t in tokens[start:end] if t.is_word]
        if not span or any(t.base in NOT_FIRM_WORDS or t.base.startswith(_NOT_FIRM_STEMS)
                           for t in span):
            continue
        if end < n and tokens[end].base in _SITE_NOUNS:
            continue
        if start == first_word and all(t.is_all_caps for t in span) and end < n \
                and tokens[end].text in ("\u2014", "\u2013", "-", ",") and len(span) <= 3:
            continue  # a dateline: "SALT LAKE CITY \u2014 ..."
        if len(span) == 1 and span[0].base in persons:
            continue  # a surname of someone named in full earlier ("Köksal said")
        if start > 0 and tokens[start - 1].base in PERSON_TITLES:
            continue
        initial = start == first_word or (start > 0 and tokens[start - 1].text in _OPENERS)
        if initial and len(span) == 1 and span[0].base not in elsewhere and not any(
                t.base in FIRM_NOUNS for t in tokens[end:end + 4]):
            continue  # a capitalised first word, unless "X isimli şirket", "X, a maker"
        if len(span) == 1 and len(span[0].text) < 3:
            continue
        if any(ch.isdigit() for t in span for ch in t.text):
            continue  # "RR2", "Sanayi 4.0": codes and grades, not names
        if span[0].base.startswith(_REFERENCE_PREFIXES):
            continue
        if all(t.base in TRADE_WORDS for t in span):
            continue  # "Inc", "Holding": a legal form or trade word alone names nobody
        if len(span) == 1 and span[0].base.endswith(("ian", "ese", "ish")):
            continue  # a demonym: "Canadian", "Japanese", "Turkish"
        if span[0].base in names:
            if len(span) > 1:
                persons.add(span[-1].base)
            continue  # "Mustafa Şarlak": a person
        spans.append((start, end))
    return spans


# Nouns after a name that say it is a firm: "Turumbu isimli tur şirketi", "X firması",
# "Acme, a Swiss drug company", "Moby Bank".
FIRM_NOUNS = frozenset("""sirketi sirketinin sirketine sirket firmasi firmasinin firma grubu
    holding markasi bankasi company firm corp group bank brand maker producer manufacturer
    retailer lender carrier insurer developer operator chain startup""".split())
_LIST_GLUE = frozenset({",", ";", "ve", "and", "&", "veya", "or"})


# Sector and trade words inside a name ("Baltalı Tekstil", "Moby Bank", "Yum Brands"):
# the surest sign that a capitalised name nobody registered is a firm (folded).
SECTOR_WORDS = frozenset("""bank banka bankasi bankbank holding grup grubu group enerji energy
    tekstil textile textiles gida food foods insaat construction otomotiv automotive motors
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
    shipping cargo kargo ventures partners acquisition acquisitions global""".split())


def _credible_shapes(mentions: list[Mention], sentences: list[list[Token]]) -> list[Mention]:
    """Keep a name found by its shape alone only with a second sign that it is a firm.

    A capitalised name is too often a person, a product, a place the gazetteer lacks or an
    emphasised noun. It stays when it stands in an enumeration with a firm known by
    register or legal form ("ING Bank, Denizbank ve TEB"), when a sector word is part of
    it ("Baltalı Tekstil"), when a firm noun follows it ("Turumbu isimli tur şirketi",
    "Acme, a drug maker"), or when the document names it twice without a given name in it.
    """
    names = given_names()
    counts: dict[str, int] = {}
    for m in mentions:
        if m.shape:
            key = " ".join(t.base for t in sentences[m.sentence][m.tok_start:m.tok_end])
            counts[key] = counts.get(key, 0) + 1
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)

    def glued(left: Mention, right: Mention, tokens: list[Token]) -> bool:
        between = tokens[left.tok_end:right.tok_start]
        return bool(between) and not left.suffix and all(
            t.base in _LIST_GLUE or t.text in _LIST_GLUE for t in between)

    kept: list[Mention] = []
    for m in mentions:
        if not m.shape:
            kept.append(m)
            continue
        tokens = sentences[m.sentence]
        words = [t for t in tokens[m.tok_start:m.tok_end] if t.is_word]
        bases = [t.base for t in words]
        after = [t.base for t in tokens[m.tok_end:m.tok_end + 6] if t.is_word][:4]
        listed = _listed_with_known(m, by_sentence.get(m.sentence, []), tokens, glued)
        # A sector word makes a name firm-like only next to a distinctive word:
        # "Baltalı Tekstil" yes, a capitalised "Elektronik" alone no.
        sector = any(b in SECTOR_WORDS for b in bases) and any(
            b not in SECTOR_WORDS and b not in TRADE_WORDS for b in bases)
        person = any(b in names for b in bases) and not sector
        repeated = counts.get(" ".join(bases), 0) >= 2 and (
            len(words) > 1 or (words[0].is_all_caps and len(words[0].text) <= 6))
        if person or _place_like(m, words, after, sector):
            continue
        if listed or sector or any(a in FIRM_NOUNS for a in after) or repeated:
            kept.append(m)
        elif len(words) == 1 and not words[0].is_all_caps and m.tok_start > next(
                (k for k, t in enumerate(tokens) if t.is_word), 0) \
                and tokens[m.tok_start - 1].text not in _OPENERS:
            # Kept as a weak name: it may stand for a firm only as the bare subject right
            # before an event verb ("Kormetal, 17 işçiyi işten attı"), nowhere else.
            m.weak = True
            kept.append(m)
    return kept


def _listed_with_known(m: Mention, sentence: list[Mention], tokens: list[Token],
                       glued: Callable[[Mention, Mention, list[Token]], bool]) -> bool:
    """True when ``m`` belongs to a chain of glued names that holds a known firm."""
    ordered = sorted(sentence, key=lambda x: x.tok_start)
    at = ordered.index(m)
    lo = at
    while lo > 0 and glued(ordered[lo - 1], ordered[lo], tokens):
        lo -= 1
    hi = at
    while hi + 1 < len(ordered) and glued(ordered[hi], ordered[hi + 1], tokens):
        hi += 1
    return any(not x.shape for x in ordered[lo:hi + 1])


_LOCATIVE = frozenset("da de ta te daki deki taki teki nda nde ndaki ndeki".split())
_PLACE_NEXT = ("ilce", "ilin", "koy", "mahalle", "organize", "osb", "bolge", "merkezli",
               "based", "county", "city", "state", "province", "sehri", "kenti", "belde",
               "officials", "residents", "council", "mayor", "sakinleri", "halki")


def _place_like(m: Mention, words: list[Token], after: list[str], sector: bool) -> bool:
    """A name-shaped span that reads as a place: written with a locative ("Gebze'de"),
    followed by a place word ("Torbalı ilçesi", "Manisa merkezli"), opened by a known place
    ("Konya Karapınar"), or a demonym of one ("Norveçli")."""
    from signals.places import find_places

    if sector:
        return False
    if m.suffix in _LOCATIVE or (after and after[0].startswith(_PLACE_NEXT)):
        return True
    first = words[0]
    if any(p.start == 0 for p in find_places(first.text)):
        return True
    base = first.text
    if len(words) == 1 and base[-2:].lower() in ("li", "lı", "lu", "lü") and find_places(base[:-2]):
        return True
    return False


def _is_place(span: list[Token], text: str) -> bool:
    """True when the gazetteer's places cover every word of a name-shaped span
    ("Antalya", "Japonya ve Avrupa", "Denizli Çal"): places are never firms."""
    from signals.places import find_places

    start, end = span[0].start, span[-1].end
    covered = [(p.start + start, p.end + start) for p in find_places(text[start:end])]
    return all(any(a <= t.start and t.end <= b + 4 for a, b in covered)
               for t in span if t.is_word and t.base not in _JOINS_IN_NAME)


def title_client_ids(title: str, index: RegisterIndex) -> set[str]:
    """Client ids any of whose names occur in a headline (capitalised), weak aliases included."""
    tokens = tokenize(title)
    ids: set[str] = set()
    for i, tok in enumerate(tokens):
        if tok.is_word and tok.is_upper_initial:
            hit = index.match(tokens, i)
            if hit is not None:
                ids |= hit[1]
    return ids


def find_mentions(
    sentences: list[list[Token]], text: str, index: RegisterIndex,
    title_ids: set[str] | None = None,
) -> list[Mention]:
    """All firm mentions of a document, given its sentences' tokens.

    Register matches and legal-form names that overlap are merged (the longer span is the
    company as written); weak one-word aliases at a sentence start survive only when the
    same client is named strongly elsewhere; a prospect's first distinctive word becomes a
    document-local alias so that later short references ("Medisa'nın") attach to it.
    """
    mentions: list[Mention] = []
    elsewhere = {t.base for tokens in sentences for k, t in enumerate(tokens)
                 if k > 0 and t.is_word and t.text[:1].isupper() and tokens[k - 1].is_word}
    persons: set[str] = set()
    for s_idx, tokens in enumerate(sentences):
        legal = find_legal_names(tokens, 0, len(tokens))
        found: list[Mention] = []
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            hit = index.match(tokens, i) if tok.is_word and tok.is_upper_initial else None
            if hit is None:
                i += 1
                continue
            j, ids = hit
            words = [t for t in tokens[i:j] if t.is_word]
            variant = tuple(t.base for t in words)
            strong = True
            if len(words) == 1:
                if variant in index.single_caps and not tok.is_all_caps:
                    i += 1
                    continue
                strong = tok.is_all_caps and len(tok.base) > 2
                if i > 0 and not strong and tokens[i - 1].is_word \
                        and tokens[i - 1].is_upper_initial and not tokens[i - 1].suffix:
                    # "CEO'su Ferit Bozdağ", "Yeni Umut Derneği": part of another name.
                    i += 1
                    continue
            found.append(Mention(tok.start, tokens[j - 1].end, "", s_idx, i, j,
                                 tuple(sorted(ids)), strong, False, tokens[j - 1].suffix))
            i = j
        for a, b in legal:
            merged = False
            for m in found:
                if m.tok_start < b and a < m.tok_end:
                    # The register says where the name starts ("Davacı X A.Ş." -> "X A.Ş.").
                    m.tok_end = max(b, m.tok_end)
                    m.legal_form, m.strong, merged = True, True, True
            if not merged:
                found.append(Mention(0, 0, "", s_idx, a, b, (), True, True))
        taken = {k for m in found for k in range(m.tok_start, m.tok_end)}
        for a, b in find_name_spans(tokens, taken, elsewhere, persons):
            if not _is_place(tokens[a:b], text):
                found.append(Mention(0, 0, "", s_idx, a, b, (), False, False, shape=True))
        for m in found:
            m.start, m.end = tokens[m.tok_start].start, tokens[m.tok_end - 1].end
            m.suffix = tokens[m.tok_end - 1].suffix
            m.text = text[m.start:m.end]
        mentions.extend(found)
    mentions = _credible_shapes(mentions, sentences)
    strong_ids = {cid for m in mentions if m.strong for cid in m.client_ids} | (title_ids or set())
    kept = [
        m for m in mentions
        if m.strong or m.shape or m.tok_start > 0 or set(m.client_ids) & strong_ids
    ]
    return _local_aliases(sentences, text, kept)


def _local_aliases(sentences: list[list[Token]], text: str, mentions: list[Mention]) -> list[Mention]:
    """Add later short references to prospects named with a legal form earlier in the text."""
    local: dict[str, int] = {}
    for n, m in enumerate(mentions):
        if m.legal_form and not m.client_ids:
            words = [t for t in sentences[m.sentence][m.tok_start:m.tok_end] if t.is_word]
            if words and len(words[0].base) >= 4 and words[0].base not in TRADE_WORDS:
                local.setdefault(words[0].base, n)
    if not local:
        return mentions
    taken = {(m.sentence, t) for m in mentions for t in range(m.tok_start, m.tok_end)}
    extra: list[Mention] = []
    for s_idx, tokens in enumerate(sentences):
        for i, tok in enumerate(tokens):
            if (s_idx, i) in taken or tok.base not in local or not tok.is_upper_initial:
                continue
            origin = mentions[local[tok.base]]
            j = i + 1
            while j < len(tokens) and tokens[j].is_word and tokens[j].is_upper_initial \
                    and not tokens[j - 1].suffix and (s_idx, j) not in taken:
                j += 1
            m = Mention(tok.start, tokens[j - 1].end, text[tok.start:tokens[j - 1].end], s_idx,
                        i, j, (), True, False, tokens[j - 1].suffix, key=origin.key or "")
            m.origin = origin
            extra.append(m)
    return sorted(mentions + extra, key=lambda m: m.start)
