"""Linking by name form and context case, on a register written apart from the linker.

``benchmarks/linking.py`` uses ``gen_register``, whose names the linker was tuned on.
This one has its own word lists, its own 300-firm register (same-name look-alikes in
different cities and sectors, holdings with subsidiaries, renamed firms, tax numbers
with typos) and its own mentions written the way news writes names: the short name,
the full legal title, English renderings ("X Textile Inc.", "X Automotive Turkey"),
descriptive suffixes ("X firması", "X Grubu'nun"), ASCII without Turkish letters,
typos, old names, and firms that are not clients. Look-alikes are named with the
firm's city, its sector words, its parent group, or nothing in the sentence.

Prints precision / recall per name form and per context case (for unknown firms: the
share left unlinked; for look-alikes with no clue: the share left unlinked, since
guessing is wrong).

``--background N`` adds N background firms from a second generator of its own
(``linking_background.py``: realistic Turkish names in 81 provinces, some sharing words
with the 300) so the linker is built on a register of a bank's size; the mentions still
come only from the 300 firms (and unknown firms stay unknown: no background firm carries
their words). It also prints the index build time and mentions per CPU-second.

    python benchmarks/linking_forms.py [--seed 5] [--json] [--background 150000]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.linking_background import background  # noqa: E402
from entity_linking import Linker  # noqa: E402
from radar_core.records import ClientRecord  # noqa: E402

# Distinctive first words (surnames, places, nature words); none is a common word.
_WORDS = (
    "Kavaklıdere Sarıçiçek Gökpınar Beşevler Karaağaç Yedigöl Tunçbilek Ilgaz Dumlupınar "
    "Bozkurtlar Altınoluk Erciyesli Kızılırmak Palandöken Akçakoca Köprülü Sütçüoğlu "
    "Eşrefoğlu Demirkazık Gürpınar Uluçınar Sevindik Karlıdağ Çamlıbel Ağaçlı Ortaköylü "
    "Yamanlar Selçuklu Doğuşhan Bakırcılar Keskinoğlu Ilıcalı Şenyüva Uzunyayla Tekinalp "
    "Gündoğdu Mercanköy Ovacık Beyazsu Karapınar Akdoğanlar Öztürkmen Çağlayan Esentepe "
    "Yurtseven Koçyiğit Erdemli Kaymaklı Ağırnas Sultanhanı Gölbaşılı Taşkınlar Derinsu "
    "Çınarlı Boztepe Kuşadalı Yörükoğlu Alpaslan Göksuyu Dereköylü Karakuş Akmeşe Ilısu "
    "Baysungur Engindeniz Ferahlı Gediz Hasköy Irmaklı Kumyaka Laleli Menekşe Narlıdere "
    "Orhanlı Pınarbaşı Rüzgarlı Sazlıdere Tüccaroğlu Üçkuyu Vadili Yeşilköylü Zümrüt "
    "Ardıçlı Bağlarbaşı Cevizli Dağyolu Elmalıköy Fındıklı Gürgenli Hanyalı Işıklar "
    "Kestaneli Lüleburgazlı Meşeli Nilüfer Ormanlı Porsuk Sakarlı Tınaztepe Uğurlu "
    "Yağcıoğlu Zeytinköy Armutlu Bademli Ceylanpınar Doğançay Efeler Fıstıklı Güzelyalı"
).split()
# Surname-like compounds, for a register larger than the word list above.
_STEMS = "Ak Kara Gök Demir Tuna Gül Bal Taş Kaya Gün Yel Kır Öz Şen Bay Ilgın Erk Sar".split()
_ENDINGS = "han soy alp tepe dere göl pınar oğlu türk ova kent yurt".split()
# Distinctive words never in the register: the unknown firms.
_UNSEEN = (
    "Halıcıoğlu Karanfilköy Sırmalı Tavşanlıoğlu Böğürtlen Yelkovan Pamukçular Oyalı "
    "Kirazlıyayla Değirmendere Kuyucaklı Servili Gümüşsuyu Ayvalıklı Mazılık Dutluca "
    "Tomurcuk Kavacık Sedirli Lavanta"
).split()

# (Turkish sector word, English rendering, sector subcategories for the register with
# the context words news uses for them, Turkish and English).
_SECTORS: dict[str, tuple[str, list[tuple[str, list[str]]]]] = {
    "Gıda": ("Food", [("Gıda (süt ürünleri)", ["süt işleme tesisi", "peynir üretimi",
                                                  "dairy plant", "cheese maker"]),
                      ("Gıda (un)", ["un fabrikası", "buğday öğütme", "flour mill"]),
                      ("Gıda (zeytinyağı)", ["zeytinyağı sıkma tesisi", "olive oil press"])]),
    "Enerji": ("Energy", [("Enerji (RES)", ["rüzgar santrali", "türbin montajı", "wind farm"]),
                          ("Enerji (GES)", ["güneş enerjisi santrali", "solar park"])]),
    "Tekstil": ("Textile", [("Tekstil (dokuma)", ["dokuma tezgahları", "iplik", "weaving mill"]),
                            ("Tekstil (hazır giyim)", ["hazır giyim", "konfeksiyon",
                                                        "apparel maker"])]),
    "Mobilya": ("Furniture", [("Mobilya (koltuk)", ["koltuk üretimi", "kanepe", "sofa maker"]),
                              ("Mobilya (ofis)", ["ofis mobilyası", "office furniture"])]),
    "Otomotiv": ("Automotive", [("Otomotiv (yan sanayi)", ["yan sanayi", "auto parts"])]),
    "İnşaat": ("Construction", [("İnşaat (konut)", ["konut projesi", "housing project"])]),
    "Kimya": ("Chemicals", [("Kimya (boya)", ["boya üretimi", "paint plant"])]),
    "Makina": ("Machinery", [("Makina (tarım makineleri)", ["traktör ekipmanı",
                                                            "farm machinery"])]),
    "Lojistik": ("Logistics", [("Lojistik", ["depo yatırımı", "warehouse"])]),
    "Turizm": ("Tourism", [("Turizm (otel)", ["otel zinciri", "hotel chain"])]),
    "Çelik": ("Steel", [("Metal (çelik)", ["haddehane", "steel mill"])]),
}
# Cities with a district each (the register writes "District/City" for some firms).
_CITIES = [
    ("Tekirdağ", "Çorlu"), ("Balıkesir", "Bandırma"), ("Bursa", "İnegöl"), ("İzmir", "Torbalı"),
    ("Düzce", "Akçakoca"), ("Kayseri", "Develi"), ("Denizli", "Buldan"), ("Konya", "Ereğli"),
    ("Manisa", "Turgutlu"), ("Sakarya", "Hendek"), ("Kocaeli", "Gebze"), ("Ankara", "Polatlı"),
    ("Eskişehir", "Sivrihisar"), ("Uşak", "Banaz"), ("Aydın", "Nazilli"), ("Adana", "Ceyhan"),
]
_LEGAL_TR = ["A.Ş.", "Sanayi ve Ticaret A.Ş.", "San. ve Tic. Ltd. Şti.", "Ltd. Şti."]
_LEGAL_EN = {"stock": ["Inc.", "Corp.", "JSC", "A.S.", "Co."], "limited": ["Ltd.", "Co. Ltd."]}
_TR_ASCII = str.maketrans("çğıöşüÇĞİÖŞÜ", "cgiosuCGIOSU")
_BACK, _FRONT = set("aıou"), set("eiöü")


@dataclass
class Firm:
    client_id: str
    distinct: str
    sector_tr: str
    sector_label: str
    legal: str
    city: str
    district: str
    parent: str | None = None
    former: str | None = None
    group_name: str | None = None
    lookalike: bool = False
    aliases: list[str] = field(default_factory=list)

    @property
    def short(self) -> str:
        return f"{self.distinct} {self.sector_tr}"

    @property
    def legal_name(self) -> str:
        return f"{self.distinct} {self.sector_tr} {self.legal}"

    @property
    def family(self) -> str:
        return "limited" if "Ltd" in self.legal else "stock"


def _last_vowel(word: str) -> str:
    for ch in reversed(word.lower()):
        if ch in _BACK or ch in _FRONT:
            return ch
    return "e"


def suffixed(word: str, case: str) -> str:
    """``word`` with a Turkish case ending after an apostrophe (vowel harmony, hard consonants)."""
    vowel = _last_vowel(word)
    back = vowel in _BACK
    hard = word[-1].lower() in "fstkçşhp"
    ends_vowel = word[-1].lower() in _BACK | _FRONT
    d = "t" if hard else "d"
    if case == "loc":
        return f"{word}'{d}{'a' if back else 'e'}"
    if case == "rel":
        return f"{word}'{d}{'a' if back else 'e'}ki"
    if case == "abl":
        return f"{word}'{d}{'a' if back else 'e'}n"
    four = {"a": "ı", "ı": "ı", "e": "i", "i": "i", "o": "u", "u": "u", "ö": "ü", "ü": "ü"}[vowel]
    return f"{word}'{'n' if ends_vowel else ''}{four}n"  # genitive


def generate(seed: int) -> tuple[list[Firm], list[dict[str, Any]]]:
    """A 300-firm register and labelled mentions (form, context case, gold client)."""
    rnd = random.Random(seed)
    words = sorted(set(_WORDS) | {a + b for a in _STEMS for b in _ENDINGS} - set(_UNSEEN))
    rnd.shuffle(words)
    firms: list[Firm] = []

    def new_firm(distinct: str, sector: str, sub: int | None = None,
                 city: tuple[str, str] | None = None) -> Firm:
        subs = _SECTORS[sector][1]
        label = subs[sub if sub is not None else rnd.randrange(len(subs))][0]
        town, district = city or rnd.choice(_CITIES)
        firm = Firm(f"F{len(firms) + 1:04d}", distinct, sector, label, rnd.choice(_LEGAL_TR),
                    town, district)
        firms.append(firm)
        return firm

    sectors = list(_SECTORS)
    # 1. Look-alike pairs: same short name, different cities (and sector subcategory
    #    where the sector has several).
    for _ in range(35):
        distinct = words.pop()
        sector = rnd.choice([s for s in sectors if len(_SECTORS[s][1]) > 1])
        city_a, city_b = rnd.sample(_CITIES, 2)
        a = new_firm(distinct, sector, 0, city_a)
        b = new_firm(distinct, sector, 1, city_b)
        a.lookalike = b.lookalike = True
    # 2. Holdings with two subsidiaries each; each subsidiary has a same-name twin
    #    elsewhere that is not in the group, so only the group named nearby tells them apart.
    for _ in range(10):
        distinct = words.pop()
        holding = Firm(f"F{len(firms) + 1:04d}", distinct, "Holding", "Holding", "A.Ş.",
                       *rnd.choice(_CITIES))
        holding.aliases = [f"{distinct} Grubu"]
        firms.append(holding)
        for sector in rnd.sample(sectors, 2):
            own = words.pop()
            sub = new_firm(own, sector)
            sub.parent = holding.client_id
            sub.group_name = distinct
            twin = new_firm(own, sector)
            twin.group_name = ""  # marks a twin: only mentioned with no clue
    # 3. Plain firms, some renamed.
    while len(firms) < 300 and words:
        firm = new_firm(words.pop(), rnd.choice(sectors))
        if rnd.random() < 0.2 and words:
            firm.former = f"{words.pop()} {rnd.choice(sectors)} A.Ş."
    return firms, _mentions(firms, rnd)


def _sentence(rnd: random.Random, mention: str, lang: str, clue: str | None = None) -> str:
    if lang == "en":
        tail = rnd.choice(["announced a new plant.", "raised its capacity.",
                           "signed a loan agreement."])
        return f"{clue} {mention} {tail}" if clue else f"{mention} {tail}"
    tail = rnd.choice(["yeni yatırım açıkladı.", "kapasite artırımına gidiyor.",
                       "ihracat anlaşması imzaladı."])
    return f"{clue} {mention} {tail}" if clue else f"{mention} {tail}"


def _typo(rnd: random.Random, word: str) -> str:
    i = rnd.randrange(1, len(word) - 1)
    kind = rnd.choice(["drop", "swap", "double"])
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + word[i] + word[i:]


def _english(rnd: random.Random, firm: Firm) -> str:
    en = _SECTORS[firm.sector_tr][0] if firm.sector_tr in _SECTORS else firm.sector_tr
    shape = rnd.randrange(4)
    form = rnd.choice(_LEGAL_EN[firm.family])
    distinct = firm.distinct if rnd.random() < 0.5 else firm.distinct.translate(_TR_ASCII)
    if shape == 0:
        return f"{distinct} {en} {form}"
    if shape == 1:
        return f"{distinct} {en} Turkey"
    if shape == 2:
        return f"{distinct} {en} Industry and Trade {form}"
    return f"{distinct} {en}"


def _suffix(rnd: random.Random, firm: Firm) -> str:
    base = firm.short
    return rnd.choice([f"{base} firması", f"{base} şirketi", f"{base} grubu",
                       f"{base} Grubu'nun", suffixed(base, "gen"), f"{base} firmasının",
                       f"{base} şirketinin", f"{base} grubundan", f"{base} firmasına"])


def _mentions(firms: list[Firm], rnd: random.Random) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def add(mention: str, context: str, gold: str | None, form: str, case: str) -> None:
        out.append({"mention": mention, "context": context, "gold": gold, "form": form,
                    "case": case})

    by_id = {f.client_id: f for f in firms}
    for firm in firms:
        if firm.sector_tr == "Holding" or firm.lookalike or firm.group_name is not None:
            if firm.parent:
                group = by_id[firm.parent].distinct
                clue = rnd.choice([f"{group} Holding iştiraki", f"{group} Grubu'na bağlı",
                                   f"{group} Group's unit"])
                add(firm.short, _sentence(rnd, firm.short, "tr", clue), firm.client_id,
                    "group_member", "parent")
            continue
        lang = rnd.choice(["tr", "en"])
        add(firm.short, _sentence(rnd, firm.short, "tr"), firm.client_id, "short", "none")
        add(firm.legal_name, _sentence(rnd, firm.legal_name, "tr"), firm.client_id, "legal",
            "none")
        english = _english(rnd, firm)
        add(english, _sentence(rnd, english, "en"), firm.client_id, "english", "none")
        suffix = _suffix(rnd, firm)
        add(suffix, _sentence(rnd, suffix, "tr"), firm.client_id, "suffix", "none")
        ascii_name = firm.short.translate(_TR_ASCII)
        ascii_name = rnd.choice([ascii_name, ascii_name.upper(), suffixed(ascii_name, "gen")
                                 .translate(_TR_ASCII)])
        if ascii_name != firm.short:
            add(ascii_name, _sentence(rnd, ascii_name, lang).translate(_TR_ASCII),
                firm.client_id, "ascii", "none")
        typo = (f"{_typo(rnd, firm.distinct)} {firm.sector_tr}" if rnd.random() < 0.7
                else f"{firm.distinct} {_typo(rnd, firm.sector_tr)}")
        add(typo, _sentence(rnd, typo, "tr"), firm.client_id, "typo", "none")
        if firm.former:
            old = firm.former.replace(" A.Ş.", "")
            add(old, _sentence(rnd, old, "tr"), firm.client_id, "old_name", "none")
    # Look-alikes: the same short name, told apart only by the context.
    for firm in firms:
        if not firm.lookalike:
            continue
        for lang in ("tr", "en"):
            mention = firm.short if lang == "tr" else _english(rnd, firm)
            en_plain = f"{firm.distinct} {_SECTORS[firm.sector_tr][0]}"
            if lang == "tr":
                case = rnd.choice(["loc", "rel", "abl", "gen"])
                place = rnd.choice([firm.city, firm.district, firm.city.translate(_TR_ASCII)])
                clue = rnd.choice([suffixed(place, case), f"{place} merkezli",
                                   f"{firm.district}/{firm.city} merkezli"])
            else:
                clue = rnd.choice([f"{firm.city}-based", f"In {firm.city},",
                                   f"{firm.district} ({firm.city}) based"])
            add(mention, _sentence(rnd, mention, lang, clue), firm.client_id, "lookalike",
                "city")
            words = [w for w in _SECTORS[firm.sector_tr][1] if w[0] == firm.sector_label][0][1]
            en_words = [w for w in words if w.isascii() and " " in w]
            tr_words = [w for w in words if w not in en_words]
            clue = rnd.choice(tr_words) + " ile bilinen" if lang == "tr" else \
                f"{rnd.choice(en_words or words)} operator"
            add(mention, _sentence(rnd, mention, lang, clue), firm.client_id, "lookalike",
                "sector")
            # No clue (nor a legal form): either client is a guess, so only "not
            # linked" is right.
            plain = firm.short if lang == "tr" else en_plain
            add(plain, _sentence(rnd, plain, lang), None, "lookalike", "none")
    # Unknown firms: unseen names, and a client's distinctive word in another sector.
    sectors = list(_SECTORS)
    taken = {(f.distinct, f.sector_tr) for f in firms}
    for i, word in enumerate(_UNSEEN * 3):
        sector = sectors[i % len(sectors)]
        name = f"{word} {sector}" if i % 2 else f"{word} {_SECTORS[sector][0]} Inc."
        add(name, _sentence(rnd, name, "tr"), None, "unknown", "none")
    singles = [f for f in firms
               if not f.lookalike and f.sector_tr != "Holding" and f.group_name is None]
    for firm in rnd.sample(singles, 40):
        other = next(s for s in rnd.sample(sectors, len(sectors))
                     if (firm.distinct, s) not in taken)
        name = f"{firm.distinct} {other}"
        add(name, _sentence(rnd, name, "tr"), None, "unknown_sibling", "none")
    return out


def to_records(firms: list[Firm], rnd: random.Random) -> list[ClientRecord]:
    records = []
    for f in firms:
        verified = rnd.random() > 0.1  # one in ten tax numbers failed its check digit
        city = f"{f.district}/{f.city}" if rnd.random() < 0.3 else f.city
        records.append(ClientRecord(
            client_id=f.client_id, legal_name=f.legal_name, aliases=[f.short, *f.aliases],
            tax_id=f"{rnd.randrange(10**9, 10**10)}", tax_id_verified=verified, city=city,
            sector=f.sector_label, parent_id=f.parent,
            former_names=[f.former] if f.former else []))
    return records


def measure(linker: Linker, mentions: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Precision, recall (or share left unlinked when there is no gold) per form/case."""
    groups: dict[str, list[tuple[str | None, str | None]]] = defaultdict(list)
    for m in mentions:
        pred = linker.link(m["mention"], m["context"]).client_id
        for key in (f"form {m['form']}", f"case {m['case']} ({m['form']})", "all"):
            groups[key].append((pred, m["gold"]))
    table: dict[str, dict[str, Any]] = {}
    for key, pairs in sorted(groups.items()):
        known = [(p, g) for p, g in pairs if g is not None]
        unknown = [p for p, g in pairs if g is None]
        links = [(p, g) for p, g in pairs if p is not None]
        table[key] = {
            "n": len(pairs),
            "precision": sum(p == g for p, g in links) / len(links) if links else None,
            "recall": sum(p == g for p, g in known) / len(known) if known else None,
            "unlinked": sum(p is None for p in unknown) / len(unknown) if unknown else None,
        }
    return table


def background_records(firms: list[Firm], count: int, seed: int) -> list[ClientRecord]:
    """``count`` background clients that leave the 300 firms' mentions as they were."""
    register_words = {f.distinct for f in firms} | {
        word for f in firms if f.former for word in f.former.split()[:1]}
    reserved = set(_UNSEEN) | register_words
    forbidden = set(_SECTORS) | {en for en, _ in _SECTORS.values()} | {"Holding", "Grubu"}
    shared = sorted(f.distinct for f in firms if f.sector_tr != "Holding")
    return background(count, seed, reserved, forbidden, shared)


def build(records: list[ClientRecord]) -> Linker:
    try:  # the application's linker: places read with the signals gazetteer
        from radar.pipeline import build_linker
        return build_linker(records)
    except ImportError:  # a linker without place finder (before this change)
        return Linker.from_clients(records)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--background", type=int, default=0, metavar="N",
                        help="Add N background firms (e.g. 150000) to the register.")
    args = parser.parse_args()
    firms, mentions = generate(args.seed)
    records = to_records(firms, random.Random(args.seed))
    if args.background:
        records += background_records(firms, args.background, args.seed)
    start = time.process_time()
    linker = build(records)
    build_cpu = time.process_time() - start
    start = time.process_time()
    table = measure(linker, mentions)
    link_cpu = time.process_time() - start
    if args.json:
        if args.background:
            table["speed"] = {"n": len(mentions), "build_cpu_s": build_cpu,
                              "mentions_per_cpu_s": len(mentions) / link_cpu}
        print(json.dumps(table, indent=2))
        return
    size = f"{len(firms)} firms" + (f" + {len(records) - len(firms)} background"
                                    if args.background else "")
    print(f"register {size}, {len(mentions)} mentions, seed {args.seed}")
    print(f"{'':36}{'n':>6}{'precision':>11}{'recall':>9}{'unlinked':>10}")

    def cell(value: float | None) -> str:
        return "-" if value is None else f"{value:.3f}"

    for key, row in table.items():
        print(f"{key:36}{row['n']:>6}{cell(row['precision']):>11}{cell(row['recall']):>9}"
              f"{cell(row['unlinked']):>10}")
    if args.background:
        # One pass, cold caches: the first mention of each name pays its preparation.
        print(f"index build {build_cpu:.1f} CPU-s; {len(mentions) / link_cpu:.0f} mentions/CPU-s")


if __name__ == "__main__":
    main()
