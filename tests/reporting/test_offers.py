"""The offers report on the database: offer outcomes and clients loaded, then modelled."""

from __future__ import annotations

from datetime import datetime

from radar.reporting.offers import offers_report
from radar_core.db import session_scope
from radar_core.db.models import Client, Outcome
from tests.reports.test_offers import simulate


def test_offers_report_reads_the_database(sessions):
    with session_scope(sessions) as s:
        s.add(Client(client_id="C1", legal_name="Firma", aliases=[], segment="sme", updated_at=datetime(2026, 1, 1)))
        for r in simulate(300):
            s.add(Outcome(client_id=r.client_id, kind=r.kind, date=r.date, amount=r.amount,
                          offered_price=r.offered_price, reason=r.reason, competitor=r.competitor, note=r.note))
    report = offers_report(sessions, None, None, lambda: datetime(2026, 6, 1))
    model = {r["segment"]: r for r in report.table("offers_win_model").records()}
    assert model["sme"]["n"] == 300 and model["sme"]["slope"] < 0
