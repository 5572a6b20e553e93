"""Money amounts in Turkish and English text: "1,2 milyar liralık", "$1.5bn", "Tutarı: 145.600.000".

A number is money only when a currency sits next to it (prefix or suffix) or when it follows
an amount label such as "Yatırım Tutarı:" (then TRY unless the label names a currency), so
"yüzde 40", "900 bin ton" and bare years never become amounts. Turkish writes "." for
thousands and "," for decimals, English the reverse: the scale or currency word decides which
convention a number follows ("1,2 milyar" vs "1,200 million"), then the document language,
then the number's shape. Everything is compiled regexes; no models, no look-ups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

__all__ = ["AmountSpan", "find_amounts", "parse_number"]

_L = "a-zçğıöşüâîû"  # lower-case letters that may continue a Turkish word (used with IGNORECASE)
_SEP_SPACE = "\u00a0\u202f\u2009"  # no-break and thin spaces, used as thousands separators

# Digits with optional grouping; grouped numbers need 3-digit groups, so "1.2.3" does not match.
_NUM = rf"\d{{1,3}}(?:[.,{_SEP_SPACE}]\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"

# Scale words: (pattern, multiplier, convention) where convention says whose number format the
# word implies ("tr", "en" or None when both languages use it).
_SCALES: list[tuple[str, int, str | None]] = [
    (r"trilyon", 10**12, "tr"),
    (r"trillions?", 10**12, "en"),
    (r"tn|trn", 10**12, None),
    (r"milyar", 10**9, "tr"),
    (r"mlr|mlyr|mr", 10**9, "tr"),
    (r"billions?", 10**9, "en"),
    (r"bn|bln", 10**9, None),
    (r"b", 10**9, "en"),
    (r"milyon", 10**6, "tr"),
    (r"millions?|mio", 10**6, "en"),
    (r"mn|mln", 10**6, None),
    (r"m", 10**6, "en"),
    (r"bin", 10**3, "tr"),
    (r"thousands?", 10**3, "en"),
    (r"k", 10**3, "en"),
]
_SCALE_RES = [(re.compile(rf"(?:{p})$", re.IGNORECASE), m, c) for p, m, c in _SCALES]
_SCALE = "|".join(p for p, _, _ in _SCALES)

# Currency words after a number: (pattern, ISO code, convention).
_SUFFIXES: list[tuple[str, str, str | None]] = [
    (rf"türk\s+liras[{_L}]*|turkish\s+liras?", "TRY", None),
    (rf"lira[{_L}]*|lire", "TRY", "tr"),
    (r"YTL|TL|TRY|₺", "TRY", None),
    (rf"(?:abd|amerikan)\s+dolar[{_L}]*", "USD", "tr"),
    (r"(?:us|u\.s\.)\s+dollars?", "USD", "en"),
    (rf"dolar[{_L}]*", "USD", "tr"),
    (r"dollars?", "USD", "en"),
    (r"USD|US\$|\$", "USD", None),
    (rf"avro[{_L}]*", "EUR", "tr"),
    (r"euros", "EUR", "en"),
    (rf"euro[{_L}]*", "EUR", None),
    (r"EUR|€", "EUR", None),
    (rf"(?:ingiliz\s+|i̇ngiliz\s+)?sterlin[{_L}]*", "GBP", "tr"),
    (r"pounds?\s+sterling|sterling|pounds?", "GBP", "en"),
    (r"GBP|£", "GBP", None),
    (rf"(?:i̇|i)svi[çc]re\s+frang[{_L}]*|swiss\s+francs?|CHF", "CHF", None),
    (r"JPY", "JPY", None),
    (r"CNY|RMB", "CNY", None),
    (r"RUB", "RUB", None),
    (r"AED", "AED", None),
    (r"SAR", "SAR", None),
]
_SUFFIX_RES = [(re.compile(rf"(?:{p})$", re.IGNORECASE), c, v) for p, c, v in _SUFFIXES]
_SUFFIX = "|".join(f"(?:{p})" for p, _, _ in _SUFFIXES)

# Currency marks before a number ("USD 30 million", "$1.5bn", "TL1.2bn", "€ 12,5 milyon").
_PREFIXES: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "USD": "USD",
    "₺": "TRY", "TL": "TRY", "TRY": "TRY",
    "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
    "CHF": "CHF", "JPY": "JPY", "CNY": "CNY",
}
_PREFIX = r"US\$|U\.S\.\$|\$|₺|€|£|(?:USD|TRY|TL|EUR|GBP|CHF|JPY|CNY)(?=[\s\d])"
#: Signs written before an amount, and the currency codes written beside one (folded): a
#: name never runs over them ("860 bin TL ve X Ltd.", "£3m" is no 3M).
CURRENCY_SIGNS = frozenset(key for key in _PREFIXES if len(key) == 1)
CURRENCY_CODES = frozenset(key.lower() for key in _PREFIXES if key.isalpha())

_AMOUNT_RE = re.compile(
    rf"""
    (?:(?<![\w$€£₺])(?P<pre>{_PREFIX})\s?|(?<![\w.,]))
    (?P<core>(?:(?:{_NUM})\s*(?:{_SCALE})(?![{_L}\d²³])\s+)*(?:{_NUM})
        (?:\s*(?P<scale>{_SCALE})(?![{_L}\d²³]))?)
    (?![.,]?\d)
    (?:\s*(?P<suf>{_SUFFIX})(?![{_L}\d]))?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_PAIR_RE = re.compile(rf"(?P<num>{_NUM})(?:\s*(?P<scale>{_SCALE})(?![{_L}]))?", re.IGNORECASE)

# Labels after which a bare number is an amount ("Sabit Yatırım Tutarı: 145.600.000").
_LABEL_RE = re.compile(
    r"""
    (?<!\w)(?:tutar[ıi]?|bedel[iı]?|yat[ıi]r[ıi]m\s+tutar[ıi]|sermaye(?:si)?|fiyat[ıi]?|
       ceza\s+tutar[ıi]|alacak(?:\s+tutar[ıi])?|amount|price|capital|value|consideration)
    \s*(?:\((?P<cur>[^)]{1,20})\))?\s*[:：=]?\s*$
    """,
    re.IGNORECASE | re.VERBOSE,
)
_PERCENT_BEFORE_RE = re.compile(r"(?:%|yüzde|yuzde)\s*$", re.IGNORECASE)
_PERCENT_AFTER_RE = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|puan\b)", re.IGNORECASE)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_LABEL_WINDOW = 48
_MIN_BARE = 1000  # a labelled number without scale or currency must be at least this large


@dataclass(frozen=True)
class AmountSpan:
    """A money amount found in text: ``text[start:end]`` reads as ``value`` ``currency``."""

    start: int
    end: int
    text: str
    value: float
    currency: str  # ISO 4217: TRY, USD, EUR, GBP...


def parse_number(token: str, convention: str | None = None, scaled: bool = False) -> float | None:
    """Read "145.600.000", "1,2", "1,200" or "12.5" as a float; None when the shape is invalid.

    ``convention`` is "tr" (dot thousands, comma decimals), "en" or None. A single separator
    followed by exactly three digits is ambiguous: with a scale word ("1,250 milyon") the
    convention decides; without one it is read as thousands, because money is rarely written
    with three decimals.
    """
    s = token
    for ch in _SEP_SPACE:
        s = s.replace(ch, "")
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        thou = "," if dec == "." else "."
        if s.count(dec) > 1:
            return None
        s = s.replace(thou, "").replace(dec, ".")
    elif dots or commas:
        sep = "." if dots else ","
        parts = s.split(sep)
        if len(parts) > 2:
            if any(len(p) != 3 for p in parts[1:]):
                return None
            s = "".join(parts)
        elif len(parts[1]) != 3:
            s = parts[0] + "." + parts[1]
        else:
            conv = convention or "tr"
            thousands = not scaled or (sep == "." and conv == "tr") or (sep == "," and conv == "en")
            s = parts[0] + parts[1] if thousands else parts[0] + "." + parts[1]
    try:
        return float(Decimal(s))
    except InvalidOperation:
        return None


def _scale_of(word: str) -> tuple[int, str | None]:
    for rx, mult, conv in _SCALE_RES:
        if rx.match(word):
            return mult, conv
    return 1, None


def _currency_of_suffix(word: str) -> tuple[str, str | None]:
    for rx, code, conv in _SUFFIX_RES:
        if rx.match(word):
            return code, conv
    return "TRY", None


def _currency_of_label(label: str | None) -> str | None:
    """Currency named inside a label's parentheses, e.g. "Tutar (USD)"; None if none."""
    if not label:
        return None
    label = label.strip()
    if label.upper() in _PREFIXES:
        return _PREFIXES[label.upper()]
    code, _ = _currency_of_suffix(label)
    return code if any(rx.match(label) for rx, _, _ in _SUFFIX_RES) else None


def _value(core: str, convention: str | None) -> float | None:
    """Sum "3 milyar 200 milyon" style compounds; each part is number x scale."""
    total = Decimal(0)
    parts = list(_PAIR_RE.finditer(core))
    word_conv = None
    for m in parts:
        if m.group("scale"):
            _, c = _scale_of(m.group("scale"))
            word_conv = word_conv or c
    conv = word_conv or convention
    previous_scale = None
    for m in parts:
        scale_word = m.group("scale")
        mult, _ = _scale_of(scale_word) if scale_word else (1, None)
        if previous_scale is not None and mult >= previous_scale:
            return None  # "5 milyon 3 milyar" is not one amount
        previous_scale = mult
        number = parse_number(m.group("num"), conv, scaled=bool(scale_word))
        if number is None:
            return None
        total += Decimal(str(number)) * mult
    return float(total)


def find_amounts(text: str, lang: str | None = None) -> list[AmountSpan]:
    """Money amounts in ``text`` sorted by start; ``lang`` ("tr"/"en") breaks format ties."""
    spans: list[AmountSpan] = []
    for m in _AMOUNT_RE.finditer(text):
        pre, suf, core = m.group("pre"), m.group("suf"), m.group("core")
        start, end = m.start(), m.end()
        currency: str | None = None
        convention = lang if lang in ("tr", "en") else None
        if suf:
            currency, conv = _currency_of_suffix(suf)
            convention = conv or convention
        if pre:
            pre_code = _PREFIXES.get(pre.upper().replace(" ", ""), "USD")
            currency = currency or pre_code
        if currency is None:
            # No currency mark: only an amount right after a label such as "Tutarı:".
            start = m.start("core")
            label = _LABEL_RE.search(text, max(0, start - _LABEL_WINDOW), start)
            if label is None:
                continue
            currency = _currency_of_label(label.group("cur")) or "TRY"
            if not any(p.group("scale") for p in _PAIR_RE.finditer(core)):
                number = parse_number(core.split()[0], convention)
                if number is None or number < _MIN_BARE:
                    continue
            end = m.end("core")
        if not pre and _PERCENT_BEFORE_RE.search(text, max(0, start - 8), start):
            continue
        if not suf and _PERCENT_AFTER_RE.match(text, m.end("core")):
            continue
        if pre and not suf and pre[0].isalpha() and _YEAR_RE.fullmatch(core):
            continue  # "... TL 2025 yılında": a code before a year is not a price
        value = _value(core, convention)
        if value is None or value <= 0:
            continue
        spans.append(AmountSpan(start, end, text[start:end], value, currency))
    return spans
