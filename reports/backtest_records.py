"""The records a back-test works on: alerts as they were known, clients, outcomes, reviews.

``radar.reporting.backtest_data`` loads them from the database (with the no-look-ahead
rule); ``reports.backtest`` and ``reports.offers`` compute over them without a database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class KnownAlert:
    """An alert about a client, with the time it became known and what it rests on."""

    id: int
    rule_id: str
    polarity: str
    client_id: str
    score: float
    known_at: datetime
    event_types: tuple[str, ...]
    sources: tuple[str, ...]
    source_types: tuple[str, ...]
    day: date  # known_at's date, stored: the back-test compares it millions of times
    scoring_version: str | None = None  # which scoring arithmetic made ``score``


@dataclass(frozen=True)
class ClientInfo:
    client_id: str
    sector: str | None
    segment: str | None


@dataclass(frozen=True)
class OutcomeRow:
    client_id: str
    kind: str
    date: date
    amount: float | None
    currency: str | None
    note: str | None
    reason: str | None
    competitor: str | None
    offered_price: float | None


@dataclass(frozen=True)
class ReviewRow:
    alert_id: int
    decision: str
    analyst: str
    created_at: datetime
    rule_id: str
    alert_created: datetime


def end_of_day(day: date) -> datetime:
    return datetime.combine(day, datetime.max.time()).replace(microsecond=0)


def window(day: date, days: int) -> tuple[date, date]:
    """The outcome window of an alert known on ``day``: the next ``days`` days."""
    return day + timedelta(days=1), day + timedelta(days=days)
