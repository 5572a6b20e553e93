"""Cron expressions, times of day and time zones, checked the way the scheduler reads them.

A schedule that only fails when ``radar scheduler`` starts (or, worse, when the job is
due) is found too late. Sources, settings and the scheduler therefore all ask this
module, and the cron check is APScheduler's own ``CronTrigger.from_crontab``: what
validates here is exactly what the scheduler will accept. Note APScheduler's reading of
the weekday field: 0 is Monday and 7 is refused (crontab's 0 or 7 is Sunday).
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_HHMM = re.compile(r"(\d{1,2}):(\d{2})")


def cron_error(expression: str) -> str | None:
    """Why the scheduler would refuse the 5-field cron ``expression``, or None."""
    from apscheduler.triggers.cron import CronTrigger

    try:
        CronTrigger.from_crontab(expression, timezone="UTC")
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
