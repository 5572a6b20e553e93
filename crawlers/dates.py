"""Publication dates from feeds, pages and text ("12 Mart 2021 Perşembe", "March 12, 2026").

A wrong date breaks every window rule and back-test, so each date says where it came
from (``feed``, ``page``, ``text`` or ``fetch``) and relative ages are resolved against
the fetch time, not against "now" at processing time.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime

from radar_core.clock import naive_utc
from radar_core.months import MONTHS as _MONTHS
from radar_core.text import fold

_LONG = re.compile(r"\b(\d{1,2})\s+([a-z]+)\s+(\d{4})(?:[\s,]+[a-z]+)?(?:[\s,]+(\d{1,2})[:.](\d{2}))?")
# English month-first: "March 12, 2026", "Mar 3rd 2026 14:05".
_MONTH_FIRST = re.compile(r"\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})"
                          r"(?:[\s,]+(?:at\s+)?(\d{1,2})[:.](\d{2}))?")
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})(?:\s+(\d{1,2})[:.](\d{2}))?")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?")
_RELATIVE = re.compile(r"\b(\d+)\s+(dakika|saat|gun|hafta|ay|yil)\s+(?:once|evvel)\b"
                       r"|\b(\d+)\s+(minute|hour|day|week|month|year)s?\s+ago\b")
_UNITS = {"dakika": timedelta(minutes=1), "saat": timedelta(hours=1), "gun": timedelta(days=1),
          "hafta": timedelta(weeks=1), "ay": timedelta(days=30), "yil": timedelta(days=365)}
_UNITS.update({"minute": _UNITS["dakika"], "hour": _UNITS["saat"], "day": _UNITS["gun"],
               "week": _UNITS["hafta"], "month": _UNITS["ay"], "year": _UNITS["yil"]})


def parse_feed_date(value: str | None) -> datetime | None:
    """RSS (RFC 822) or Atom (ISO 8601) timestamps."""
    if not value:
        return None
    value = value.strip()
    try:
        return naive_utc(parsedate_to_datetime(value))
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return naive_utc(datetime.fromisoformat(value.replace("Z", "+00:00")))
    except ValueError:
        return parse_text_date(value, None)


def _safe(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime | None:
    try:
        return datetime(year, month, day, hour, minute)
    except ValueError:
        return None


def parse_text_date(value: str | None, fetched: datetime | None) -> datetime | None:
    """The first date written in ``value``: ISO, dd.mm.yyyy, long Turkish/English, or relative.

    Relative forms ("3 gün önce", "dün", "2 days ago", "yesterday") need ``fetched``; written dates are
    taken as local dates without a zone (sites rarely say which one).
    """
    if not value:
        return None
    text = fold(value)
    if (m := _ISO.search(text)) is not None:
        got = _safe(int(m[1]), int(m[2]), int(m[3]), int(m[4] or 0), int(m[5] or 0))
        if got:
            return got
    if (m := _NUMERIC.search(text)) is not None:
        got = _safe(int(m[3]), int(m[2]), int(m[1]), int(m[4] or 0), int(m[5] or 0))
        if got:
            return got
    for m in _LONG.finditer(text):
        month = _MONTHS.get(m[2])
        if month:
            got = _safe(int(m[3]), month, int(m[1]), int(m[4] or 0), int(m[5] or 0))
            if got:
                return got
    for m in _MONTH_FIRST.finditer(text):
        month = _MONTHS.get(m[1])
        if month:
            got = _safe(int(m[3]), month, int(m[2]), int(m[4] or 0), int(m[5] or 0))
            if got:
                return got
    if fetched is not None:
        if (m := _RELATIVE.search(text)) is not None:
            count, unit = (m[1], m[2]) if m[1] else (m[3], m[4])
            moment = fetched - int(count) * _UNITS[unit]
            # Day-sized ages are dates, not instants: keep them stable across re-fetches.
            if unit not in {"dakika", "saat", "minute", "hour"}:
                moment = moment.replace(hour=0, minute=0, second=0, microsecond=0)
            return moment
        if re.search(r"\bdun\b|\byesterday\b", text):
            return (fetched - timedelta(days=1)).replace(hour=0, minute=0, second=0,
                                                          microsecond=0)
        if re.search(r"\bbugun\b|\bsimdi\b|\btoday\b", text):
            return fetched.replace(hour=0, minute=0, second=0, microsecond=0)
    return _dateparser_fallback(value)


# A date field of a listing is short; longer text is prose, where a loose parser finds
# dates that are not the publication date.
_FALLBACK_MAX_CHARS = 60


def _dateparser_fallback(value: str) -> datetime | None:
    """dateparser for the written forms the patterns above do not know ("Dec. 3rd, 2024 at
    9:15am"), strict: a day, a month and a year must all be written."""
    if len(value) > _FALLBACK_MAX_CHARS:
        return None
    import dateparser

    try:
        found = dateparser.parse(value, languages=["tr", "en"], settings={
            "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
            "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DATES_FROM": "past"})
    except (ValueError, OverflowError):
        return None
    return found if isinstance(found, datetime) else None


def page_date(html: str, url: str | None = None) -> datetime | None:
    """The date a page declares in its markup (meta tags, ``<time>``), via htmldate."""
    try:
        from htmldate import find_date

        found = find_date(html, url=url, extensive_search=False, original_date=True,
                          outputformat="%Y-%m-%dT%H:%M:%S")
    except Exception:  # htmldate raises assorted errors on broken markup
        return None
    if not found:
        return None
    try:
        return datetime.fromisoformat(found)
    except ValueError:
        return None
