"""Crontab weekdays mean what crontab says: 1-5 is Monday to Friday, 0 and 7 are Sunday.

APScheduler 3 reads a bare number in the weekday field as 0 = Monday, so "0 7 * * 1-5"
would run Tuesday to Saturday; the scheduler and validation both go through
``crontab_trigger``, which writes the days as names first.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from radar_core.schedules import cron_error, crontab_trigger

TZ = ZoneInfo("Europe/Istanbul")


def fire_days(expression: str) -> list[str]:
    """Weekday names of the next seven firings from Sunday 2026-11-29 00:00."""
    trigger = crontab_trigger(expression, "Europe/Istanbul")
    now = datetime(2026, 11, 29, tzinfo=TZ)
    days = []
    previous = None
    for _ in range(7):
        nxt = trigger.get_next_fire_time(previous, now)
        days.append(nxt.strftime("%a"))
        previous, now = nxt, nxt + timedelta(seconds=1)
    return days


@pytest.mark.parametrize(("expression", "days"), [
    ("0 7 * * 1-5", ["Mon", "Tue", "Wed", "Thu", "Fri", "Mon", "Tue"]),
    ("0 6 * * 7", ["Sun"] * 7),
    ("0 6 * * 0", ["Sun"] * 7),
    ("0 6 * * 0,6", ["Sun", "Sat", "Sun", "Sat", "Sun", "Sat", "Sun"]),
    ("0 6 * * mon", ["Mon"] * 7),
    ("0 6 * * 1-5/2", ["Mon", "Wed", "Fri", "Mon", "Wed", "Fri", "Mon"]),
])
def test_weekdays_are_read_as_crontab_reads_them(expression: str, days: list[str]) -> None:
    assert fire_days(expression) == days


def test_a_weekday_beyond_seven_is_refused() -> None:
    assert "outside 0-7" in (cron_error("0 6 * * 8") or "")
    assert cron_error("0 7 * * 1-5") is None
