"""Cron expressions, times of day and time zones, checked the way the scheduler reads them.

A schedule that only fails when ``radar scheduler`` starts (or, worse, when the job is
due) is found too late. Sources, settings and the scheduler therefore all ask this
module, and the cron check is APScheduler's own ``CronTrigger.from_crontab``: what
validates here is exactly what the scheduler will accept. APScheduler 3 reads a numeric
weekday as 0 = Monday; crontab means 0 or 7 = Sunday, 1 = Monday. ``crontab_trigger``
writes the weekdays as names first, so "0 7 * * 1-5" runs Monday to Friday as written.
"""

from __future__ import annotations

import re
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_HHMM = re.compile(r"(\d{1,2}):(\d{2})")


_DAY_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


def _crontab_weekdays(field: str) -> str:
    """Crontab's weekday field ("1-5", "0,6", "*/2", "mon-fri") as APScheduler day names."""
    if not re.search(r"\d", field):
        return field
    days: set[int] = set()
    for part in field.split(","):
        spec, _, step_text = part.partition("/")
        step = int(step_text) if step_text else 1
        if spec == "*":
            lo, hi = 0, 6
        elif "-" in spec:
            a, b = spec.split("-", 1)
            lo, hi = int(a), int(b)
        else:
            lo = int(spec)
            hi = 6 if step_text else lo
        if not (0 <= lo <= 7 and 0 <= hi <= 7) or step < 1:
            raise ValueError(f"weekday {part!r} is outside 0-7 (0 and 7 are Sunday)")
        days.update(d % 7 for d in range(lo, hi + 1, step))
    return ",".join(_DAY_NAMES[d] for d in sorted(days))


def crontab_trigger(expression: str, timezone: str) -> Any:
    """The APScheduler trigger for a 5-field crontab line, weekdays read as crontab does."""
    from apscheduler.triggers.cron import CronTrigger

    fields = expression.split()
    if len(fields) == 5:
        fields[4] = _crontab_weekdays(fields[4])
    return CronTrigger.from_crontab(" ".join(fields), timezone=timezone)


def cron_error(expression: str) -> str | None:
    """Why the scheduler would refuse the 5-field cron ``expression``, or None."""
    try:
        crontab_trigger(expression, "UTC")
    except (ValueError, TypeError) as exc:
        return f"cron {expression!r}: {exc}"
    return None


def clock_time(value: str) -> tuple[int, int]:
    """``HH:MM`` as (hour, minute); a ``ValueError`` says why anything else is refused."""
    match = _HHMM.fullmatch(value.strip())
    if match is None:
        raise ValueError(f"{value!r} is not HH:MM")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise ValueError(f"{value!r} is not a time of day (00:00 to 23:59)")
    return hour, minute


def timezone_error(name: str) -> str | None:
    """Why ``name`` is not an IANA time zone (``Europe/Istanbul``), or None."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return f"unknown time zone {name!r} (an IANA name such as Europe/Istanbul)"
    return None
