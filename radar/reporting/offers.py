"""The offers report (``radar offers report``): offer outcomes and clients from the database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy.orm import Session, sessionmaker

from radar.reporting.backtest_data import load_clients, load_outcomes
from radar_core.db import session_scope
from reports.backtest_report import BacktestReport
from reports.offers import offers_report_of
from reports.outcomes import OFFER_KINDS


def offers_report(sessions: sessionmaker[Session], start: date | None, end: date | None,
                  clock: Callable[[], datetime]) -> BacktestReport:
    """The offers report on its own for offers dated ``start`` to ``end`` (either open)."""
    with session_scope(sessions) as session:
        outcomes = load_outcomes(session, start, end, kinds=OFFER_KINDS)
        clients = load_clients(session)
    return offers_report_of(outcomes, clients, start, end, clock())
