"""Background firms for ``linking_forms.py --background N``: a large register around the 300.

A second generator, apart from both ``gen_register`` (which the linker was tuned on) and
the 300-firm generator: names built the way Turkish firms are named (a surname, a first
name and surname, "-oğulları", "Kardeşler", a place, an acronym), in many sectors with
descriptive words, fillers ("Sanayi ve Ticaret", "İç ve Dış Ticaret") and legal forms,
in all 81 provinces. Some background firms share words with the 300 firms: their sector
words ("Yılmaz Tekstil"), and a few hundred take a 300-firm distinctive word in another
line of business ("Kavaklıdere Ambalaj"), so the short name must still find its client.

What the 300-firm mentions need stays true: no background firm carries an unknown
firm's word, and none pairs a 300-firm word (distinctive or former) with a sector word
the mentions use, so an unknown-firm mention stays unknown and a short name stays one
client's.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

from radar_core.records import ClientRecord
from radar_core.text import fold

_SURNAMES = (
    "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan "
    "Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz "
    "Can Acar Şen Aktaş Güler Yalçın Güneş Bozkurt Bulut Keskin Ünal Turan Gül Özer Işık "
    "Kaplan Avcı Sarı Tekin Taş Köse Yüksel Ateş Aksoy Başaran Ekinci Bayram Metin Uçar "
    "Durmaz Çiftçi Soylu Karaca Sönmez Tuncer Eren Uysal Coşkun Karakaya Toprak Duman "
    "Altun Güngör Akbulut Tunç Ercan Sezer Önal Kocabaş Baysal Altıntaş Kahraman Orhan "
    "Akgül Erdem Kalkan Bilgin Gündüz Kurtuluş Türkmen Akın Yaman Oral Dinç Cengiz Vural "
    "Ergin Sağlam Savaş Taşkın Kandemir Tezcan Akkaya Boz Eroğlu Gökçe Özkaya Dikmen "
    "Balcı Çınar Yiğit Er Ayhan Mutlu Temiz Tatlı Akyüz Parlak Bektaş Akdeniz Karabulut "
    "Demirci Bakır Kocaman Gencer Irmak Seçkin Güven Atalay Aydemir Kurtoğlu Ilgın"
).split()
_FIRST = (
    "Ahmet Mehmet Mustafa Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan "
    "Halil Süleyman Abdullah Mahmut Salih Kemal Recep Fatih Kadir Emre Hakan Serkan Burak "
    "Erkan Orhan Levent Cemal Nevzat Selim Tarık Turgut Volkan Zeki Ayşe Fatma Emine Hatice "
    "Zeynep Elif Meryem Şerife Sultan Hanife Nurten Gülten Sevim Filiz Derya"
).split()
_COMPOUND_A = "Ak Ay Alp Bal Bay Boz Can Ça Dal Er Ev Gür İl Kan Kar Kol Kut Nur Oy Sev Tek Ul Yal Yük".split()
_COMPOUND_B = "tan men türk ay bars er doğan kan sel tuğ yol kur baş ışık ekin gen mert ok".split()
_SECTORS = [
    *("Tekstil Gıda Enerji Mobilya Otomotiv İnşaat Kimya Makina Makine Lojistik Turizm Çelik "
      "Plastik Ambalaj Kağıt Mermer Cam Seramik Döküm Kablo Elektrik Elektronik Yazılım "
      "Bilişim Tarım Hayvancılık Madencilik Petrol Akaryakıt Nakliyat Taşımacılık Denizcilik "
      "Gayrimenkul Alüminyum Metal Boya Kozmetik Ayakkabı Deri Medikal İlaç Sağlık Eğitim "
      "Mühendislik Müşavirlik Danışmanlık Reklam Matbaacılık Yayıncılık Tohumculuk "
      "Fidancılık Süt Un Yem Zeytincilik Fındık Çay Şeker Orman Kereste Yapı Tuğla Beton "
      "Hırdavat Pazarlama Otelcilik Restoran Catering Güvenlik Temizlik Örme Konfeksiyon "
      "İplik Halı Elyaf Klima Asansör Vinç Hafriyat Harita").split(),
    "Dış Ticaret", "Isı Sistemleri", "Su Ürünleri", "Hazır Giyim", "Tıbbi Cihaz",
]
_DESCRIPTORS = ("Ürünleri Yatırımları Hizmetleri Teknolojileri Malzemeleri Sistemleri "
                "Endüstrisi Üretim Pazarlama Dağıtım Ekipmanları Grubu").split()
_FILLERS = ["Sanayi ve Ticaret", "Sanayi ve Ticaret", "Ticaret", "Sanayi", "İç ve Dış Ticaret",
            "İnşaat Taahhüt", "Turizm ve Ticaret", "", "", ""]
_LEGAL = ["A.Ş.", "A.Ş.", "Ltd. Şti.", "Ltd. Şti.", "San. ve Tic. Ltd. Şti.",
          "San. ve Tic. A.Ş.", "Limited Şirketi", "Anonim Şirketi"]
_PROVINCES = (
    "Adana Adıyaman Afyonkarahisar Ağrı Amasya Ankara Antalya Artvin Aydın Balıkesir Bilecik "
    "Bingöl Bitlis Bolu Burdur Bursa Çanakkale Çankırı Çorum Denizli Diyarbakır Edirne Elazığ "
    "Erzincan Erzurum Eskişehir Gaziantep Giresun Gümüşhane Hakkari Hatay Isparta Mersin "
    "İstanbul İzmir Kars Kastamonu Kayseri Kırklareli Kırşehir Kocaeli Konya Kütahya Malatya "
    "Manisa Kahramanmaraş Mardin Muğla Muş Nevşehir Niğde Ordu Rize Sakarya Samsun Siirt "
    "Sinop Sivas Tekirdağ Tokat Trabzon Tunceli Şanlıurfa Uşak Van Yozgat Zonguldak Aksaray "
    "Bayburt Karaman Kırıkkale Batman Şırnak Bartın Ardahan Iğdır Yalova Karabük Kilis "
    "Osmaniye Düzce"
).split()
_PARTNERS = ["Kardeşler", "ve Ortakları", "ve Oğulları", "Grup"]


def _head(rnd: random.Random) -> str:
    """A firm's distinctive part, written the ways Turkish firms are named."""
    roll = rnd.random()
    surname = rnd.choice(_SURNAMES)
    if roll < 0.30:
        return surname
    if roll < 0.50:
        return f"{rnd.choice(_FIRST)} {surname}"
    if roll < 0.62:
        return f"{surname}oğulları" if not surname.endswith("oğlu") else f"{surname}ları"
    if roll < 0.74:
        return f"{surname} {rnd.choice(_PARTNERS)}"
    if roll < 0.86:
        return rnd.choice(_COMPOUND_A) + rnd.choice(_COMPOUND_B)
    if roll < 0.94:
        return f"{rnd.choice(_PROVINCES)} {surname}"
    letters = "ABCDEFGHKMNPRSTY"
    return "".join(rnd.choice(letters) for _ in range(rnd.choice([2, 3, 3, 4])))


def _tax_id(rnd: random.Random) -> str:
    """A 10-digit VKN with a valid check digit (background firms' numbers are real-looking)."""
    digits = [rnd.randint(0, 9) for _ in range(9)]
    total = 0
    for i in range(9):
        tmp = (digits[i] + 10 - (i + 1)) % 10
        total += 9 if tmp == 9 else (tmp * 2 ** (10 - (i + 1))) % 9
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def background(count: int, seed: int, reserved: Iterable[str], forbidden_pairs: Iterable[str],
               shared_words: list[str]) -> list[ClientRecord]:
    """``count`` background clients.

    ``reserved``: words no background name may contain (unknown firms' words, the 300
    firms' distinctive and former words outside ``shared_words`` firms). ``forbidden_pairs``:
    sector words a ``shared_words`` word must not be paired with (the ones mentions use).
    ``shared_words``: the 300 firms' distinctive words lent to a few background firms.
    """
    rnd = random.Random(f"background-{seed}")
    banned = {fold(w) for w in reserved}
    forbidden = {fold(w) for w in forbidden_pairs}
    # "Makine" is "Makina" to a reader: a lent word takes a sector no mention's word is
    # near. Nor "Dış Ticaret": "X Dış Ticaret A.Ş." is the firm "X" to a reader, which
    # "X Tekstil" may well denote; the 300's unknown siblings must stay unknown.
    other_sectors = sorted({s for s in _SECTORS if s != "Dış Ticaret"
                            and all(Levenshtein.distance(fold(w), f) > 1
                                    for w in s.split() for f in forbidden)})
    seen: set[str] = set()
    out: list[ClientRecord] = []

    def add(name: str, short: str, province: str, sector: str) -> None:
        key = fold(name)
        if key in seen:
            return
        seen.add(key)
        number = len(out) + 1
        city = province if rnd.random() < 0.8 else f"Merkez/{province}"
        aliases = [short] if short != name else []
        out.append(ClientRecord(
            client_id=f"B{number:06d}", legal_name=name, aliases=aliases,
            tax_id=_tax_id(rnd), tax_id_verified=rnd.random() > 0.05, city=city,
            sector=sector))

    # A few hundred firms lend a 300-firm word to another line of business.
    for word in shared_words:
        if len(out) >= count:
            break
        if rnd.random() < 0.5:
            sector = rnd.choice(other_sectors)
            add(f"{word} {sector} {rnd.choice(_LEGAL)}", f"{word} {sector}",
                rnd.choice(_PROVINCES), sector)
    while len(out) < count:
        head = _head(rnd)
        if any(fold(part) in banned for part in head.split()):
            continue
        sector = rnd.choice(_SECTORS)
        parts = [head, sector]
        if rnd.random() < 0.25:
            parts.append(rnd.choice(_DESCRIPTORS))
        short = " ".join(parts)
        filler = rnd.choice(_FILLERS)
        name = " ".join(p for p in (short, filler, rnd.choice(_LEGAL)) if p)
        add(name, short, rnd.choice(_PROVINCES), sector)
    return out
