"""Generate a realistic synthetic Turkish client register and labelled news-style mentions.

Firms get legal titles ("Karatepe Plastik Sanayi ve Ticaret A.Ş.", "... Ltd. Şti."),
short-name aliases, brands, tickers, cities and sectors; holdings have subsidiaries that
share their head word; near-duplicates (same head, other sector; heads one letter apart)
are deliberate. Mentions are written the way news writes names: short forms, apostrophe
suffixes, ALL-CAPS titles with abbreviations, ASCII-only, typos, tickers, former names,
plus ~15% firms that are NOT in the register. Everything is seeded and offline.

    python benchmarks/gen_register.py --firms 150000 --mentions 10000 --out /tmp/bench
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from dataclasses import dataclass
from pathlib import Path

ONSET = ["Ak", "Kara", "Gök", "Demir", "Yıldız", "Öz", "Er", "Tan", "Bal", "Çam", "Kır", "Ay",
         "Gül", "Boz", "Sarı", "Kızıl", "Ulu", "Yeşil", "Dağ", "Taş", "Su", "Alp", "Bey", "Kaya",
         "Can", "Cem", "Ege", "Tuna", "Dur", "Şen", "Işık", "İnce", "Uzun", "Koç", "Kurt", "Arı",
         "Ünal", "Çelik", "Akın", "Ergün", "Türk", "Ata", "Er", "Oğuz", "Orhan", "Sev", "Yal",
         "Mert", "Tok", "Göz", "Köse", "Aydın", "Bora", "Çakır", "Eren", "Karaca", "Meriç",
         "Nur", "Pınar", "Sezer", "Tekin", "Uysal", "Vural", "Yavuz", "Zor", "Baş", "Emir",
         "Hakan", "İlk", "Gür", "Polat", "Ilgaz", "Umut", "Ova", "Gedik", "Atlı", "Saray"]
CODA = ["oğlu", "oğulları", "han", "kaya", "tepe", "kent", "ler", "lar", "soy", "can", "türk",
        "men", "dere", "köy", "yol", "taş", "alp", "el", "er", "ay", "su", "göl", "bel", "ova",
        "kan", "tan", "gün", "yurt", "baş", "demir", "lı", "li", "ca", "çe", "bey", "dağ",
        "ören", "pınar", "yıldız", "bahçe", "yazı", "ova", "kale", "köprü", "dal"]
SECTORS = [("Tekstil", "Tekstil"), ("Gıda", "Gıda"), ("İnşaat", "İnşaat"), ("Enerji", "Enerji"),
           ("Lojistik", "Lojistik"), ("Plastik", "Plastik"), ("Makine", "Makine"),
           ("Otomotiv", "Otomotiv"), ("Kimya", "Kimya"), ("Mobilya", "Mobilya"),
           ("Ambalaj", "Ambalaj"), ("Metal", "Metal"), ("Elektrik", "Elektrik"),
           ("Yazılım", "Yazılım"), ("Tarım", "Tarım"), ("Turizm", "Turizm"),
           ("Madencilik", "Madencilik"), ("Mermer", "Madencilik (mermer)"), ("Cam", "Cam"),
           ("Kağıt", "Kağıt"), ("Seramik", "Seramik"), ("Döküm", "Döküm"), ("Kablo", "Kablo"),
           ("Medikal", "Tıbbi cihaz"), ("İlaç", "İlaç"), ("Süt", "Süt ürünleri"),
           ("Un", "Un"), ("Yağ", "Bitkisel yağ"), ("Et", "Et ürünleri"), ("Tavukçuluk", "Beyaz et"),
           ("Nakliyat", "Lojistik"), ("Denizcilik", "Denizcilik"), ("Gayrimenkul", "Gayrimenkul"),
           ("Alüminyum", "Alüminyum"), ("Çelik", "Demir-çelik"), ("Boya", "Boya"),
           ("Kozmetik", "Kozmetik"), ("Hazır Giyim", "Hazır giyim"), ("Ayakkabı", "Ayakkabı"),
           ("Savunma", "Savunma"), ("Elektronik", "Elektronik"), ("Bilişim", "Bilişim"),
           ("Sağlık", "Sağlık"), ("Eğitim", "Eğitim"), ("Mühendislik", "Mühendislik"),
           ("Petrol", "Akaryakıt"), ("Akü", "Akü"), ("Rulman", "Rulman"), ("Kauçuk", "Kauçuk"),
           ("Zeytincilik", "Zeytinyağı"), ("Fındık", "Fındık işleme"), ("Çay", "Çay"),
           ("Su Ürünleri", "Su ürünleri"), ("Hayvancılık", "Hayvancılık"), ("Tuğla", "Yapı malzemeleri"),
           ("Yapı", "Yapı malzemeleri"), ("Otelcilik", "Turizm"), ("Perakende", "Perakende"),
           ("Tohumculuk", "Tarım"), ("Pazarlama", "Ticaret")]
DESCRIPTOR = ["Ürünleri", "Yatırımları", "Hizmetleri", "Teknolojileri", "Malzemeleri",
              "Sistemleri", "Endüstrisi", "İşleme", "Üretim"]
FILLER = ["Sanayi ve Ticaret", "Sanayi", "Ticaret", "İç ve Dış Ticaret", "", "Sanayi ve Ticaret",
          "Sanayi ve Ticaret"]
CITIES = ["İstanbul", "Ankara", "İzmir", "Bursa", "Kocaeli", "Konya", "Kayseri", "Gaziantep",
          "Denizli", "Manisa", "Adana", "Mersin", "Antalya", "Tekirdağ", "Sakarya", "Eskişehir",
          "Samsun", "Trabzon", "Ordu", "Rize", "Zonguldak", "Çorum", "Malatya", "Diyarbakır",
          "Şanlıurfa", "Erzurum", "Hatay", "Aydın", "Muğla", "Balıkesir", "Çanakkale", "Edirne",
          "Kırklareli", "Bolu", "Düzce", "Afyonkarahisar", "Kütahya", "Uşak", "Isparta", "Sivas"]
CONTEXT_TR = ["{city} merkezli {m} yeni yatırım için teşvik belgesi aldı.",
              "{m}, {sector} alanındaki kapasitesini artıracağını açıkladı.",
              "Şirket açıklamasına göre {m} hakkında dava açıldı.",
              "{m} ile ilgili müşteri şikayetleri arttı."]
SUFFIXES = ["'nin", "'in", "'ın", "'a", "'e", "'de", "'dan", "'ten", "’nin", "’ın"]
_ASCII = str.maketrans("çğıöşüÇĞİÖŞÜâî", "cgiosuCGIOSUai")


@dataclass
class Firm:
    client_id: str
    legal_name: str
    head: str
    sector: str
    short: str
    aliases: list[str]
    city: str
    sector_label: str
    tax_id: str
    parent_id: str = ""
    former: str = ""


def vkn(rng: random.Random) -> str:
    """A random 10-digit VKN with a valid check digit."""
    digits = [rng.randint(0, 9) for _ in range(9)]
    total = 0
    for i in range(9):
        tmp = (digits[i] + 10 - (i + 1)) % 10
        total += 9 if tmp == 9 else (tmp * 2 ** (10 - (i + 1))) % 9
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def tr_upper(text: str) -> str:
    return text.replace("i", "İ").replace("ı", "I").upper()


def make_heads(rng: random.Random, count: int) -> list[str]:
    heads: set[str] = set()
    while len(heads) < count:
        a, b = rng.choice(ONSET), rng.choice(CODA)
        word = a + b
        if rng.random() < 0.15:
            word = a + rng.choice(CODA) + b
        heads.add(word[0].upper() + word[1:].lower())
    return sorted(heads)


def generate(firms: int, mentions: int, seed: int = 7) -> tuple[list[Firm], list[dict]]:
    """The register and labelled mentions ({"id", "mention", "context", "gold"})."""
    rng = random.Random(seed)
    heads = make_heads(rng, max(400, firms // 4) + 2000)
    rng.shuffle(heads)
    held_out, heads = heads[:2000], heads[2000:]
    out: list[Firm] = []
    used: set[tuple[str, str]] = set()
    tickers: set[str] = set()
    head_count: dict[str, int] = {}

    def new_firm(head: str, parent: str = "", holding: bool = False) -> Firm | None:
        sector, label = ("Holding", "Holding") if holding else rng.choice(SECTORS)
        if (head, sector) in used:
            return None
        used.add((head, sector))
        desc = rng.choice(DESCRIPTOR) if rng.random() < 0.2 and not holding else ""
        short = f"{head} {sector}"
        form = "Ltd. Şti." if rng.random() < 0.35 and not holding else "A.Ş."
        filler = "" if holding else rng.choice(FILLER)
        legal = " ".join(p for p in (head, sector, desc, filler, form) if p)
        cid = f"C{len(out) + 1:06d}"
        aliases = [short] if desc or filler else []
        if holding:
            aliases += [f"{head} Grubu"]
        if rng.random() < 0.08:
            code = "".join(ch for ch in tr_upper(head + sector).translate(_ASCII) if ch.isalpha())
            ticker = (code[:3] + code[-2:])[:5]
            if ticker not in tickers:
                tickers.add(ticker)
                aliases.append(ticker)
        firm = Firm(cid, legal, head, sector, short, aliases, rng.choice(CITIES), label,
                    vkn(rng), parent)
        if rng.random() < 0.02:
            firm.former = f"{rng.choice(heads)} {sector} A.Ş."
        head_count[head] = head_count.get(head, 0) + 1
        out.append(firm)
        return firm

    # Groups: a holding and subsidiaries sharing its head word.
    groups = max(2, firms // 75)
    for head in heads[:groups]:
        holding = new_firm(head, holding=True)
        if holding is None:
            continue
        for _ in range(rng.randint(2, 6)):
            new_firm(head, parent=holding.client_id)
    while len(out) < firms:
        head = rng.choice(heads)
        firm = new_firm(head)
        # Deliberate near-duplicates: same head, another sector.
        if firm is not None and rng.random() < 0.1 and len(out) < firms:
            new_firm(head)
    out = out[:firms]
    for firm in out:
        if head_count.get(firm.head) == 1 and rng.random() < 0.3:
            firm.aliases.append(firm.head)  # a brand: the bare head word
    return out, make_mentions(rng, out, held_out, mentions)


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 6:
        return word
    i = rng.randint(1, len(word) - 2)
    op = rng.random()
    if op < 0.4:
        return word[:i] + word[i + 1 :]
    if op < 0.7:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + rng.choice("aeiklmnrst") + word[i + 1 :]


def write_as_news(rng: random.Random, firm_name: str, short: str) -> str:
    roll = rng.random()
    if roll < 0.2:
        text = firm_name
    elif roll < 0.3:
        text = tr_upper(firm_name).replace("SANAYİ VE TİCARET", "SAN. VE TİC.")
    else:
        text = short
    roll = rng.random()
    if roll < 0.2 and not text.isupper():
        text += rng.choice(SUFFIXES)
    elif roll < 0.3:
        text = text.translate(_ASCII)
    elif roll < 0.37:
        words = text.split()
        words[0] = _typo(rng, words[0])
        text = " ".join(words)
    elif roll < 0.42:
        text = tr_upper(text)
    return text


def make_mentions(rng: random.Random, firms: list[Firm], held_out: list[str], count: int
                  ) -> list[dict]:
    out: list[dict] = []
    used = {(f.head, f.sector) for f in firms}
    used |= {(f.former.split()[0], f.sector) for f in firms if f.former}
    heads = sorted({f.head for f in firms})
    for number in range(count):
        if rng.random() < 0.15:
            while True:
                head = rng.choice(held_out) if rng.random() < 0.6 else rng.choice(heads)
                sector = rng.choice(SECTORS)[0]
                if (head, sector) not in used:
                    break
            form = rng.choice(["A.Ş.", "Ltd. Şti.", "Sanayi ve Ticaret A.Ş."])
            text = write_as_news(rng, f"{head} {sector} {form}", f"{head} {sector}")
            gold, city, sector_label = None, rng.choice(CITIES), sector
        else:
            firm = rng.choice(firms)
            roll = rng.random()
            tickers = [a for a in firm.aliases if a.isupper() and 3 <= len(a) <= 6]
            if tickers and roll < 0.3:
                text = tickers[0]
            elif firm.former and roll < 0.5:
                text = firm.former
            elif firm.head in firm.aliases and roll < 0.6:
                text = firm.head
            else:
                text = write_as_news(rng, firm.legal_name, firm.short)
            gold, city, sector_label = firm.client_id, firm.city, firm.sector_label
        context = ""
        if rng.random() < 0.5:
            context = rng.choice(CONTEXT_TR).format(city=city, m=text, sector=sector_label.lower())
        out.append({"id": f"m{number:05d}", "mention": text, "context": context, "gold": gold})
    return out


def write(firms: list[Firm], mentions: list[dict], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "clients.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["client_id", "legal_name", "aliases", "tax_id", "city", "sector",
                         "rm_email", "parent_id", "segment", "former_names"])
        for f in firms:
            writer.writerow([f.client_id, f.legal_name, "|".join(f.aliases), f.tax_id, f.city,
                             f.sector_label, f"rm{int(f.client_id[1:]) % 300}@bank.example",
                             f.parent_id, "commercial", f.former])
    with open(folder / "mentions.jsonl", "w", encoding="utf-8") as handle:
        for m in mentions:
            handle.write(json.dumps(m, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--firms", type=int, default=150_000)
    parser.add_argument("--mentions", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("bench-data"))
    args = parser.parse_args()
    firms, mentions = generate(args.firms, args.mentions, args.seed)
    write(firms, mentions, args.out)
    print(f"wrote {len(firms)} firms and {len(mentions)} mentions to {args.out}")


if __name__ == "__main__":
    main()
