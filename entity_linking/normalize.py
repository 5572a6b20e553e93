"""Firm-name normalisation: Turkish folding, legal forms, abbreviations, suffixes, tickers.

News writes the same firm as "AKYILDIZ GIDA SAN. VE TİC. A.Ş.", "Akyıldız Gıda'nın" or
"Akyildiz Gida": the register and the mention must reduce to the same core tokens
("akyildiz gida") before any fuzzy scoring, or the scorer wastes its tolerance on
spelling conventions instead of real differences. Built on ``radar_core.text.fold`` so
that signals and the linker fold text identically.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from radar_core.text import fold

# Abbreviations of title words, folded (keys and values are ASCII lower-case).
ABBREVIATIONS: dict[str, str] = {
    "san": "sanayi", "sanayii": "sanayi", "tic": "ticaret", "tica": "ticaret",
    "muh": "muhendislik", "urn": "urunleri", "ur": "urunleri", "ins": "insaat",
    "tek": "teknoloji", "tekn": "teknoloji", "paz": "pazarlama", "mak": "makine",
    "makina": "makine", "ith": "ithalat", "ihr": "ihracat", "ihc": "ihracat",
    "end": "endustri", "endustrisi": "endustri", "elk": "elektrik", "elek": "elektrik",
    "hiz": "hizmetleri", "hizm": "hizmetleri", "tas": "tasimacilik", "nak": "nakliyat",
    "mad": "madencilik", "otom": "otomotiv", "oto": "otomotiv",
    "yat": "yatirim", "gyo": "gyo", "ltd": "ltd", "sti": "sti", "org": "organizasyon",
    "dag": "dagitim", "tur": "turizm", "enj": "enerji", "kim": "kimya", "tar": "tarim",
    "co": "company", "intl": "international", "mfg": "manufacturing", "tech": "technology",
    "techn": "technology", "bros": "brothers",
    # Group words: English news writes "X Group" for the register's "X Grubu", and
    # "X Grubu" and "X Holding" name the same group.
    "group": "holding", "grup": "holding", "grubu": "holding", "holdings": "holding",
    "hol": "holding",
}
# English renderings of Turkish title words ("X Textile Inc." for "X Tekstil A.Ş."):
# both the register and the mention are reduced to the Turkish word, so an English
# news item and a Turkish register title share their tokens.
ENGLISH_WORDS: dict[str, str] = {
    "textile": "tekstil", "textiles": "tekstil", "automotive": "otomotiv",
    "food": "gida", "foods": "gida", "energy": "enerji", "construction": "insaat",
    "chemicals": "kimya", "chemical": "kimya", "machinery": "makine", "machine": "makine",
    "machines": "makine", "logistics": "lojistik", "tourism": "turizm", "steel": "celik",
    "iron": "demir", "mining": "madencilik", "agriculture": "tarim", "agricultural": "tarim",
    "investment": "yatirim", "investments": "yatirim", "technology": "teknoloji",
    "technologies": "teknoloji", "furniture": "mobilya", "ceramics": "seramik",
    "ceramic": "seramik", "packaging": "ambalaj", "plastics": "plastik", "plastic": "plastik",
    "glass": "cam", "paper": "kagit", "cement": "cimento", "marble": "mermer",
    "electric": "elektrik", "electrical": "elektrik", "electricity": "elektrik",
    "electronics": "elektronik", "software": "yazilim", "cosmetics": "kozmetik",
    "pharmaceuticals": "ilac", "pharma": "ilac", "dairy": "sut", "engineering": "muhendislik",
    "services": "hizmetleri", "products": "urunleri", "marketing": "pazarlama",
    "transport": "tasimacilik", "transportation": "tasimacilik", "health": "saglik",
    "insurance": "sigorta", "industry": "sanayi", "industries": "sanayi",
    "industrial": "sanayi", "trade": "ticaret", "trading": "ticaret", "commerce": "ticaret",
    "commercial": "ticaret", "import": "ithalat", "export": "ihracat", "foreign": "dis",
    "turkey": "turkiye", "turkiye": "turkiye",
}
# Words news writes after a name to say what it is ("X firması", "X şirketinin"):
# neither core nor legal form. Matched by prefix, so every case ending is covered.
DESCRIPTORS = ("firma", "sirket")
# Inflected group words without an apostrophe ("X grubunun", "X grubundan").
_GROUP_INFLECTED = ("grubu", "holdingi")
# Tokens that can never be abbreviations of the expansions above when they stand alone
# as the firm's first word ("Tek Gıda" is a name, not "Teknoloji Gıda").
_NO_EXPAND_FIRST = frozenset({"tek", "tur", "yat", "oto", "mak", "end", "tas", "dag", "ur"})

# Multi-word legal forms (folded, after dotted-initials were joined) -> canonical form.
_PHRASE_FORMS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("anonim", "sirketi"), "as"),
    (("anonim", "sirket"), "as"),
    (("limited", "sirketi"), "ltd"),
    (("limited", "sirket"), "ltd"),
    (("ltd", "sti"), "ltd"),
    (("kollektif", "sirketi"), "koll"),
    (("komandit", "sirketi"), "kom"),
    (("public", "limited", "company"), "plc"),
    (("limited", "liability", "company"), "llc"),
    (("private", "limited"), "ltd"),
    (("pvt", "ltd"), "ltd"),
)
# Single-token legal forms -> canonical.
LEGAL_FORMS: dict[str, str] = {
    "as": "as", "a": "as", "anonim": "as", "ltd": "ltd", "limited": "ltd", "sti": "ltd",
    "inc": "inc", "incorporated": "inc", "corp": "corp", "corporation": "corp",
    "llc": "llc", "gmbh": "gmbh", "ag": "ag", "plc": "plc", "sa": "sa", "bv": "bv",
    "nv": "nv", "spa": "spa", "srl": "srl", "sas": "sas", "oy": "oy", "ab": "ab",
    "kg": "kg", "co": "co", "company": "co", "koll": "koll", "kom": "kom", "lp": "lp",
    "jsc": "as", "ojsc": "as", "pjsc": "as",
    "llp": "llp", "pte": "pte", "pty": "pty", "kft": "kft", "sarl": "sarl",
}
# Which legal forms are compatible (a joint-stock firm is not a limited company).
LEGAL_FAMILY: dict[str, str] = {
    "as": "stock", "sa": "stock", "ag": "stock", "inc": "stock", "corp": "stock",
    "plc": "stock", "nv": "stock", "spa": "stock", "oy": "stock", "ab": "stock",
    "ltd": "limited", "llc": "limited", "gmbh": "limited", "bv": "limited",
    "srl": "limited", "sarl": "limited", "kft": "limited", "pty": "limited",
    "pte": "limited", "llp": "partnership", "lp": "partnership", "kg": "partnership",
    "koll": "partnership", "kom": "partnership", "sas": "stock",
}
# Title filler that may trail a name before the legal form ("... Sanayi ve Ticaret A.Ş.").
# It proves nothing about which firm is meant, so it is kept apart from the core.
# The country ("X Automotive Turkey", "X Türkiye") says as little.
TITLE_FILLER = frozenset(
    {"sanayi", "ticaret", "ve", "ic", "dis", "ithalat", "ihracat", "and", "limited", "anonim",
     "turkiye"}
)
# Group markers: a legal form for reporting, but kept in the core tokens because they
# separate a holding from its subsidiaries ("Bozdağ Holding" vs "Bozdağ Enerji").
GROUP_MARKERS = frozenset({"holding"})
STOPWORDS = frozenset({"ve", "and", "the", "of", "&", "ile"})

_PHRASE_FIRST = frozenset(phrase[0] for phrase, _ in _PHRASE_FORMS)
_DOTTED_INITIALS = re.compile(r"\b(?:[a-z]\.){1,3}[a-z]\b\.?")
_SUFFIX = re.compile(r"([\w.])'\w*")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_TICKER = re.compile(r"^[A-ZÇĞİÖŞÜ]{3,6}$")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class NormalizedName:
    """A firm name reduced for matching.

    ``core`` are the distinctive tokens in order, ``legal`` the canonical legal-form and
    title-filler tokens that were removed, ``key`` the core joined by spaces (the exact
    match key), and ``ticker`` is set when the text was a 3-6 letter all-caps code.
    """

    core: tuple[str, ...]
    legal: tuple[str, ...]
    key: str
    ticker: str | None = None

    @property
    def legal_family(self) -> str | None:
        """``stock``, ``limited`` or ``partnership`` from the legal form, if any."""
        for token in self.legal:
            family = LEGAL_FAMILY.get(token)
            if family:
                return family
        return None


def fold_name(text: str) -> str:
    """Fold, strip apostrophe suffixes and join dotted initials ("A.Ş." -> "as")."""
    return _refold(fold(text))


def _refold(folded: str) -> str:
    if "'" in folded:
        folded = _SUFFIX.sub(r"\1", folded)
    if "." not in folded:
        return folded  # dotted initials need a dot
    return _DOTTED_INITIALS.sub(lambda m: m.group(0).replace(".", "") + " ", folded)


def tokenize(text: str) -> list[str]:
    """Folded word tokens of a name, abbreviations expanded, no punctuation."""
    return tokenize_folded(fold(text))


def tokenize_folded(folded: str) -> list[str]:
    """``tokenize`` for text already passed through ``radar_core.text.fold``."""
    tokens = [t for t in _NON_WORD.split(_refold(folded)) if t]
    out = [_WORD_MAP.get(token) or _inflected(token) for token in tokens]
    if tokens and tokens[0] in _NO_EXPAND_FIRST:
        out[0] = tokens[0]
    return out


# One pass maps abbreviations and English words (an abbreviation of an English word,
# "tech", ends at the Turkish one).
_WORD_MAP: dict[str, str] = {
    **ENGLISH_WORDS,
    **{k: ENGLISH_WORDS.get(v, v) for k, v in ABBREVIATIONS.items()},
}


def _inflected(token: str) -> str:
    """A group word with a case ending and no apostrophe ("grubunun") -> "holding"."""
    if token.startswith(_GROUP_INFLECTED) and len(token) <= 12:
        return "holding"
    return token


def _phrase_at(tokens: list[str], i: int) -> tuple[str, int] | None:
    """The canonical form and length of a multi-word legal form starting at ``i``."""
    if tokens[i] not in _PHRASE_FIRST:
        return None
    for phrase, canon in _PHRASE_FORMS:
        size = len(phrase)
        if tuple(tokens[i : i + size]) == phrase:
            return canon, size
    return None


def _strip_legal(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split tokens into core and legal parts; legal forms are recognised anywhere at the
    end, and title filler only when it trails the name (never the first token)."""
    legal: list[str] = []
    core: list[str] = []
    i = 0
    n = len(tokens)
    while i < n:
        phrase = _phrase_at(tokens, i) if i > 0 else None
        if phrase is not None:
            legal.append(phrase[0])
            i += phrase[1]
            continue
        token = tokens[i]
        form = LEGAL_FORMS.get(token)
        # A one-letter "a" or "co" is a legal form only after the name has started.
        if form is not None and i > 0 and (len(token) > 1 or i == n - 1):
            legal.append(form)
        else:
            core.append(token)
        i += 1
    # Trailing title filler ("Sanayi ve Ticaret") belongs with the legal form, and a
    # trailing descriptor ("firması", "şirketinin") goes altogether.
    while len(core) > 1 and (core[-1] in TITLE_FILLER or core[-1].startswith(DESCRIPTORS)):
        token = core.pop()
        if token in TITLE_FILLER:
            legal.append(token)
    core = [t for t in core if t not in STOPWORDS] or core
    return core, legal


def normalize_name(text: str, mention: bool = False) -> NormalizedName:
    """Normalise a firm name or mention: "Koç Holding'e" -> core ("koc", "holding").

    A ``mention`` written as a code with its legal form ("İAR A.Ş.") still carries the
    code as a ticker; a register name in capitals ("TÜPRAŞ A.Ş.") is indexed by its name.
    """
    stripped = text.strip()
    ticker = fold(stripped) if _TICKER.match(stripped) else None
    core, legal = _strip_legal(tokenize(stripped))
    legal_tokens = tuple(sorted(set(legal)))
    if mention and ticker is None and legal and len(core) == 1:
        # "İAR A.Ş.", "SASA A.Ş.": a code with its legal form is still the code.
        first = stripped.split(maxsplit=1)[0]
        ticker = fold(first) if _TICKER.match(first) else None
    if any(t in GROUP_MARKERS for t in core):
        legal_tokens = tuple(sorted(set(legal_tokens) | {"holding"}))
    return NormalizedName(
        core=tuple(core), legal=legal_tokens, key=" ".join(core), ticker=ticker
    )


def is_ticker(text: str) -> bool:
    """True for a 3-6 letter all-caps code such as a stock ticker ("KRDMD")."""
    return bool(_TICKER.match(text.strip()))
