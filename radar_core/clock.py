"""The clock every stage and the application share: naive UTC, the timestamp convention.

Components take a ``clock`` argument (house rule 12: no global clock); this is the default
they are given, kept in the ground package so a spider needs no database layer to know the time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    """The default clock: naive UTC, the convention of every timestamp column."""
    return datetime.now(UTC).replace(tzinfo=None)


def naive_utc(moment: datetime) -> datetime:
    """The storage convention, naive UTC: an aware value is converted, a naive one kept."""
    if moment.tzinfo is not None:
        return moment.astimezone(UTC).replace(tzinfo=None)
    return moment
