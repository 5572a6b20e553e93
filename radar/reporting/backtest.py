"""The back-test run: load its records from the database, compute it in ``reports.backtest``.

What is loaded follows the figures' needs: alerts and reviews known by the end of the
period, outcomes ``horizon`` days either side of it, and for the offers analysis a year of
offers before the period too (pricing needs history more than foresight does).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from radar.reporting.backtest_data import (
    first_reporters,
    load_alerts,
    load_clients,
    load_outcomes,
    load_reviews,
)
from radar_core.db import session_scope
from radar_core.i18n import N_
from reports.backtest import OFFER_HISTORY_DAYS, check_period, compute_backtest
from reports.backtest_records import ClientInfo, end_of_day
from reports.backtest_report import BacktestReport
from reports.outcomes import OFFER_KINDS
from reports.report_text import day_text, phrase


def backtest(session: Session, start: date, end: date, horizon: int, now: datetime,
             clients: dict[str, ClientInfo] | None = None) -> BacktestReport:
    """Compute the back-test on one session; ``run_backtest`` is the public entry point."""
    check_period(start, end, horizon)
    until = end_of_day(end)
    alerts = load_alerts(session, until)
    clients = load_clients(session) if clients is None else clients
    outcomes = load_outcomes(session, start - timedelta(days=horizon), end + timedelta(days=horizon))
    stories = first_reporters(session, datetime.combine(start, datetime.min.time()), until)
    reviews = load_reviews(session, until)
    return compute_backtest(alerts, clients, outcomes, reviews, stories, start, end, horizon, now)


def run_backtest(sessions: sessionmaker[Session], settings: Any, start: date, end: date,
                 horizon_days: int, clock: Callable[[], datetime]) -> BacktestReport:
    """Back-test alerts known from ``start`` to ``end`` against outcomes, plus the offers analysis."""
    from reports.offers import offers_section

    with session_scope(sessions) as session:
        clients = load_clients(session)
        report = backtest(session, start, end, horizon_days, clock(), clients)
        # Pricing needs history more than foresight does: a year of offers before the period too.
        offers = offers_section(load_outcomes(session, start - timedelta(days=OFFER_HISTORY_DAYS), end,
                                              kinds=OFFER_KINDS),
                                clients)
    report.notes.append(phrase(N_("Offers: those dated from {start} to {end}."),
                               start=day_text(start - timedelta(days=OFFER_HISTORY_DAYS)),
                               end=day_text(end)))
    report.headlines += offers.headlines
    report.tables += offers.tables
    report.series.update(offers.series)
    return report
