"""Event dates in Turkish and English text: "12 Mart 2025", "June 4, 2025", "Nisan ayında", "dün".

Compiled regexes only (no dateparser): the extractor must handle hundreds of documents per
second. Numeric dates are read day-first (Turkish and European order) unless the day-first
reading is impossible. A date without a year ("12 Mart'ta", "on 4 June") and relative words
("dün", "3 days ago", "geçen hafta") are resolved against ``reference`` (normally the
publication date) and skipped without one. A bare year counts only with a year cue
("2025'in ikinci yarısında", "in 2026") and always has ``precision="year"``, never "day".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from radar_core.months import ABBREVIATED_MONTHS, FULL_MONTHS, MONTHS, TURKISH_MONTHS
from radar_core.text import fold_same_length

__all__ = ["DateSpan", "find_dates"]

_MONTHS = MONTHS
_FULL_MONTHS = FULL_MONTHS
_ABBR_MONTHS = ABBREVIATED_MONTHS


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


_WEEKDAYS = {
    "pazartesi": 0, "sali": 1, "carsamba": 2, "persembe": 3, "cuma": 4, "cumartesi": 5,
    "pazar": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
_LET = r"[^\W\d_]"
_NOLET = rf"(?!{_LET})"
_MONTH = _alternation(_FULL_MONTHS)
_MONTH_ANY = _alternation(_FULL_MONTHS + _ABBR_MONTHS)
_WEEKDAY = _alternation(list(_WEEKDAYS))
# Turkish case endings on a month or weekday: "Mart'ta", "Ocak'tan", "Ekimde", "Nisan ayında".
_TR_SUFFIX = rf"(?:'{_LET}{{1,6}}|(?:da|de|ta|te|dan|den|tan|ten|a|e|i|u){_NOLET})?"
_AY = rf"(?:\s+ay(?:i|inda|indan|ina|inin)?{_NOLET})?"
_YEAR = r"(?:19[5-9]\d|20\d\d|2100)"
_END = rf"(?![\d]|{_LET})"
_TAIL_WEEKDAY = rf"(?:,?\s+(?P<wd>{_WEEKDAY}){_TR_SUFFIX}{_END})?"
_ORD = r"(?:st|nd|rd|th|\.)?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # Digit-first patterns: a leading look-behind would defeat the regex engine's fast scan,
    # so the first digit is matched and the character before it checked afterwards.
    (
        "iso",
        re.compile(
            r"(?P<y>\d(?<![\d.\-/]\d)(?<=\d)\d\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?![\d\-])"
        ),
    ),
    (
        "numeric",
        re.compile(
            rf"(?P<d>\d(?<![\w.,/\-]\d)(?<=\d)\d?)(?P<sep>[./])(?P<m>\d{{1,2}})(?P=sep)(?P<y>{_YEAR})"
            rf"(?![\d]|[.,/]\d)"
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"(?P<d>\d(?<![\w.,]\d)(?<=\d)\d?){_ORD}(?:\s+of)?[\s\-]+(?P<mon>{_MONTH_ANY})"
            rf"(?:[\s,\-]+(?P<y>{_YEAR}))?{_TR_SUFFIX}{_AY}{_END}{_TAIL_WEEKDAY}"
        ),
    ),
    (
        "mdy",
        re.compile(
            rf"(?<!\w)(?P<mon>{_MONTH_ANY})\.?\s+(?P<d>\d{{1,2}}){_ORD}(?![\d.,]\d)"
            rf"(?:,?\s+(?P<y>{_YEAR}))?{_END}"
        ),
    ),
    (
        "my",
        re.compile(
            rf"(?<!\w)(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR}){_END}{_TR_SUFFIX}"
            rf"|(?P<ay>{_AY})(?<={_LET})(?!{_LET}|')"
            rf"|(?P<case>'(?:da|de|ta|te|dan|den|tan|ten|a|e|ya|ye){_NOLET}))"
        ),
    ),
    (
        "year",
        re.compile(
            rf"(?P<y>\d(?<![\w.,/]\d)(?<=[12])\d\d\d)(?![\d.,]\d|\s*(?:%|tl{_NOLET}|₺|\$|€))"
            rf"(?P<post>'(?!l[iu]|ler|lar){_LET}{{1,6}}|\s+(?:yil|sene|sonu|basi|ortasi|"
            rf"itibariyla|itibariyle){_LET}*)?"
        ),
    ),
    (
        "relative",
        re.compile(
            rf"(?<!\w)(?:(?P<word>dun|bugun|yarin|yesterday|today|tomorrow|"
            rf"gecen\s+(?:hafta|ay|yil|sene)|last\s+(?:week|month|year)|"
            rf"bu\s+(?:ay|yil|sene)|this\s+(?:month|year)|"
            rf"gelecek\s+(?:ay|yil|sene)|onumuzdeki\s+(?:ay|yil|sene)|next\s+(?:month|year))"
            rf"(?:ku|ki|den|dan|da|de|in|nin|u|i)?"
            rf"|(?P<n>\d{{1,2}})\s+(?P<unit>gun|hafta|ay|yil|days?|weeks?|months?|years?)"
            rf"\s+(?P<dir>once|ago)){_NOLET}(?!\s+(?:kadar|beri))"
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:on\s+(?P<en>{_WEEKDAY})|(?P<tr>{_WEEKDAY})\s+gunu"
            rf"(?:nde|{_LET}{{0,3}})){_NOLET}"
        ),
    ),
]
_YEAR_PRE_RE = re.compile(
    r"(?<!\w)(?:in|by|since|during|until|till|through|throughout|early|late|mid-|end of|end-|"
    r"start of|beginning of|first half of|second half of)\s?$"
)
_VERSION_RE = re.compile(r"(?:version|surum|versiyon|release|build|v\.?)\s*$")
_TR_MONTHS = TURKISH_MONTHS
_PRIORITY = {name: i for i, (name, _) in enumerate(_PATTERNS)}
_EN_ONLY_BARE = {"may", "march"}  # English words that are also ordinary words


@dataclass(frozen=True)
class DateSpan:
    """A date found in text; ``precision`` is "day", "month" or "year" (value is then day 1)."""

    start: int
    end: int
    text: str
    value: date
    precision: str


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, reference: date | None) -> date | None:
    """Year for "12 Mart": the reference year, or the year before when that is far ahead."""
    if reference is None:
        return None
    value = _safe_date(reference.year, month, day)
    if value is not None and (value - reference).days > 183:
        value = _safe_date(reference.year - 1, month, day)
    return value


def _month_number(name: str) -> int | None:
    return _MONTHS.get(name.rstrip("."))


def _shift_month(ref: date, months: int) -> date:
    index = ref.year * 12 + ref.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _relative(m: re.Match[str], ref: date | None) -> tuple[date, str] | None:
    if ref is None:
        return None
    word = m.group("word")
    if word is None:
        n, unit = int(m.group("n")), m.group("unit")
        if unit.startswith(("gun", "day")):
            return ref - timedelta(days=n), "day"
        if unit.startswith(("hafta", "week")):
            return ref - timedelta(days=7 * n), "day"
        if unit.startswith(("ay", "month")):
            return _shift_month(ref, -n), "month"
        return date(ref.year - n, 1, 1), "year"
    key = " ".join(word.split())
    step = {"gecen": -1, "last": -1, "bu": 0, "this": 0, "gelecek": 1, "onumuzdeki": 1, "next": 1}
    first = key.split()[0]
    if first in step:
        unit = key.split()[1]
        if unit in ("hafta", "week"):
            return ref - timedelta(days=7), "day"
        if unit in ("ay", "month"):
            return _shift_month(ref, step[first]), "month"
        return date(ref.year + step[first], 1, 1), "year"
    for stem, delta in (("dun", -1), ("yesterday", -1), ("bugun", 0), ("today", 0),
                        ("yarin", 1), ("tomorrow", 1)):
        if key.startswith(stem):
            return ref + timedelta(days=delta), "day"
    return None


def _resolve(
    kind: str, m: re.Match[str], text: str, ref: date | None
) -> tuple[date, str] | None:
    """Turn one match on the folded text into (date, precision), or None when unusable.

    ``text`` is the original text, consulted for capitalisation.
    """
    groups = m.groupdict()
    if kind == "iso":
        if not 1950 <= int(groups["y"]) <= 2100:
            return None
        value = _safe_date(int(groups["y"]), int(groups["m"]), int(groups["d"]))
        return (value, "day") if value else None
    if kind == "numeric":
        d, mo, y = int(groups["d"]), int(groups["m"]), int(groups["y"])
        value = _safe_date(y, mo, d) or _safe_date(y, d, mo)
        return (value, "day") if value else None
    if kind in ("dmy", "mdy"):
        month = _month_number(groups["mon"])
        if month is None:
            return None
        abbreviated = groups["mon"] not in _FULL_MONTHS
        if groups.get("y"):
            value = _safe_date(int(groups["y"]), month, int(groups["d"]))
        elif abbreviated:
            return None  # "4 Mar" without a year is too often something else
        else:
            value = _infer_year(month, int(groups["d"]), ref)
        return (value, "day") if value else None
    if kind == "my":
        month = _month_number(groups["mon"])
        if month is None:
            return None
        if groups.get("y"):
            return date(int(groups["y"]), month, 1), "month"
        if ref is None or not (groups.get("ay") or groups.get("case")):
            return None  # a bare month needs "ayında" or a case ending, and a reference
        if not text[m.start("mon")].isupper() or groups["mon"] not in _TR_MONTHS:
            return None  # "ocak" (stove), "ekim" (sowing), "in March" (English)
        value = _infer_year(month, 1, ref)
        return (value, "month") if value else None
    if kind == "year":
        year = int(groups["y"])
        return (date(year, 1, 1), "year") if 1950 <= year <= 2100 else None
    if kind == "relative":
        return _relative(m, ref)
    if kind == "weekday" and ref is not None:
        name = groups.get("en") or groups.get("tr") or ""
        weekday = _WEEKDAYS.get(name)
        if weekday is None:
            return None
        return ref - timedelta(days=(ref.weekday() - weekday) % 7), "day"
    return None


def find_dates(
    text: str, lang: str | None = None, reference: date | None = None
) -> list[DateSpan]:
    """Dates in ``text`` sorted by start and non-overlapping; the longest reading wins.

    ``reference`` (the publication date) resolves year-less and relative dates; without it
    they are skipped. ``lang`` is accepted for symmetry with ``find_amounts``: month names of
    both languages are always recognised, since English texts quote Turkish dates.
    """
    folded = fold_same_length(text)
    candidates: list[tuple[int, int, int, date, str]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(folded):
            start, end = m.span()
            if kind == "year":
                pre = _YEAR_PRE_RE.search(folded, max(0, start - 20), start)
                if pre is None and not m.group("post"):
                    continue  # a bare "2025" may be a count, a model or a page
                start = pre.start() if pre else start
            elif kind == "numeric" and _VERSION_RE.search(folded, max(0, start - 10), start):
                continue
            elif "mon" in m.re.groupindex and m.group("mon") in _EN_ONLY_BARE:
                if not text[m.start("mon")].isupper():
                    continue  # "may 2025" in lower case is the verb, not the month
            elif kind == "weekday":
                if not text[m.start("en") if m.group("en") else m.start("tr")].isupper():
                    continue
            resolved = _resolve(kind, m, text, reference)
            if resolved is not None:
                candidates.append((start, end, _PRIORITY[kind], *resolved))
    # Longest span first, then the more specific pattern; then drop overlaps.
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    spans: list[DateSpan] = []
    for start, end, _, value, precision in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        spans.append(DateSpan(start, end, text[start:end], value, precision))
    spans.sort(key=lambda s: s.start)
    return spans


_LAST_MONTH = {
    "en": re.compile(rf"\blast\s+({_MONTH})\b"),
    "tr": re.compile(rf"\b(?:gecen|gectigimiz)\s+(?:yilin\s+)?({_MONTH})(?:\s+ay\w*)?\b"),
}


def background_months(folded: str, lang: str, pub_month: int) -> list[tuple[int, int]]:
    """Spans placing a fact in a month four or more months before publication ("Last
    March, X announced ..." in a December story; "geçen mart ayında"): told as
    background, not news."""
    out = []
    for m in _LAST_MONTH[lang].finditer(folded):
        month = _MONTHS.get(m.group(1))
        if month is not None and ((pub_month - month) % 12 or 12) >= 4:
            out.append(m.span())
    return out
