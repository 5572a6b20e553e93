"""Month names in Turkish, ASCII Turkish and English, folded: one table for every date reader.

The crawlers read page dates ("12 Mart 2026", "March 12, 2026") and the extractor reads event
dates in sentences; both look month names up here, so a spelling added once serves both.
"""

from __future__ import annotations

from typing import Final

from radar_core.text import fold

# Each month: full names (Turkish first, ASCII Turkish, English) | abbreviations used in tables.
_MONTH_NAMES: Final[tuple[str, ...]] = (
    "ocak january | oca jan",
    "şubat subat february | şub sub feb",
    "mart march | mar",
    "nisan april | nis apr",
    "mayıs mayis may |",
    "haziran june | haz jun",
    "temmuz july | tem jul",
    "ağustos agustos august | ağu agu aug",
    "eylül eylul september | eyl sep sept",
    "ekim october | eki oct",
    "kasım kasim november | kas nov",
    "aralık aralik december | ara dec",
)


def _table() -> tuple[dict[str, int], list[str], list[str], frozenset[str]]:
    numbers: dict[str, int] = {}
    full: list[str] = []
    abbreviated: list[str] = []
    for number, line in enumerate(_MONTH_NAMES, start=1):
        full_part, abbr_part = line.split("|")
        for name in full_part.split():
            numbers[fold(name)] = number
            full.append(fold(name))
        for name in abbr_part.split():
            numbers[fold(name)] = number
            abbreviated.append(fold(name))
    turkish = frozenset(fold(line.split()[0]) for line in _MONTH_NAMES)
    return numbers, full, abbreviated, turkish


_NUMBERS, _FULL, _ABBREVIATED, _TURKISH = _table()
#: folded month name or abbreviation -> month number (1-12)
MONTHS: Final[dict[str, int]] = _NUMBERS
#: folded full names and abbreviations, in table order (for regular expressions)
FULL_MONTHS: Final[list[str]] = _FULL
ABBREVIATED_MONTHS: Final[list[str]] = _ABBREVIATED
#: folded Turkish full names only
TURKISH_MONTHS: Final[frozenset[str]] = _TURKISH


def month_number(name: str) -> int | None:
    """The month of a name or abbreviation in any case or spelling ("Şubat", "SEPT."), else None."""
    return MONTHS.get(fold(name).rstrip("."))
