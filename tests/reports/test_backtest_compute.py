"""The back-test computed from plain records, no database (the loaders are tested in tests/reporting)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from reports.backtest import compute_backtest
from reports.backtest_records import ClientInfo, KnownAlert, OutcomeRow, ReviewRow

NOW = datetime(2026, 6, 1, 8, 0)
START, END, HORIZON = date(2026, 1, 1), date(2026, 3, 31), 60


def _alert(aid: int, client: str, known: str, score: float = 5.0) -> KnownAlert:
    at = datetime.fromisoformat(f"{known}T09:00:00")
    return KnownAlert(id=aid, rule_id="r_inv", polarity="opportunity", client_id=client, score=score,
                      known_at=at, event_types=("capacity_expansion",), sources=("S1",),
                      source_types=("news",), day=at.date())


def _outcome(client: str, kind: str, when: str) -> OutcomeRow:
    return OutcomeRow(client, kind, date.fromisoformat(when), None, None, None, None, None, None)


def test_records_in_report_out():
    clients = {c: ClientInfo(c, "Tekstil", "sme") for c in ("C1", "C2", "C3")}
    alerts = [_alert(1, "C1", "2026-01-05"), _alert(2, "C2", "2026-01-10", 3.0)]
    outcomes = [_outcome("C1", "loan_opened", "2026-03-01"), _outcome("C3", "loan_opened", "2026-02-01")]
    reviews = [ReviewRow(1, "accept", "ana", datetime(2026, 1, 6), "r_inv", datetime(2026, 1, 5, 9))]
    report = compute_backtest(alerts, clients, outcomes, reviews, {"S1": (1, 1)}, START, END,
                              HORIZON, NOW)
    overall = next(r for r in report.table("opportunity_groups").records() if r["dimension"] == "all")
    assert (overall["alerts_k"], overall["alerts_n"]) == (1, 2)
    assert (overall["recall_k"], overall["recall_n"]) == (1, 2)
    assert overall["lead_median_days"] == 55
    assert report.series["opportunity_leads"] == [55]
    sources = {r["source"]: r for r in report.table("sources").records()}
    assert sources["S1"]["stories_first"] == 1
    by_rule = {r["rule"]: r for r in report.table("review_by_rule").records()}
    assert (by_rule["r_inv"]["k"], by_rule["r_inv"]["n"]) == (1, 1)


def test_bad_period_or_horizon_is_refused():
    with pytest.raises(ValueError):
        compute_backtest([], {}, [], [], {}, END, START, HORIZON, NOW)
    with pytest.raises(ValueError):
        compute_backtest([], {}, [], [], {}, START, END, 0, NOW)
