"""Back-test figures on a small hand-computed portfolio, and the no-look-ahead rule.

Invented portfolio (period 2026-01-01..03-31, horizon 60 days, so two base windows):
opportunity alerts A1 (C1, 01-05, score 5), A2 (C1, 02-01, 3), A3 (C2, 01-10, 4), A4 (C3,
03-15, 6) and A5 (C4, created 01-05 but its document fetched only 02-20, score 2);
business: C1 loan 03-01, C3 loan 04-20, C4 loan 02-10, C5 loan 02-15, C6 offer accepted 01-20.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy.orm import Session

from radar.reporting.backtest import backtest, run_backtest
from radar.reporting.backtest_data import load_alerts
from radar_core.db import session_scope
from radar_core.db.models import Alert, AlertEvent, Client, Document, Event, Outcome, Review

NOW = datetime(2026, 6, 1, 8, 0)
START, END, HORIZON = date(2026, 1, 1), date(2026, 3, 31), 60


def day(text: str) -> datetime:
    return datetime.fromisoformat(f"{text}T09:00:00")


def add_client(session: Session, cid: str, sector: str, segment: str) -> None:
    session.add(Client(client_id=cid, legal_name=f"Firma {cid} A.Ş.", aliases=[], sector=sector,
                       segment=segment, updated_at=NOW))


def add_alert(session: Session, cid: str, polarity: str, rule: str, score: float, created: str,
              fetched: str | None = None, source: str = "S1", source_type: str = "news",
              etype: str = "capacity_expansion", story: str | None = None) -> int:
    """One alert on one event of one document (fetched on ``fetched``, default ``created``)."""
    n = session.query(Document).count() + 1
    doc = Document(external_id=f"d{n}", url=f"https://example.org/{n}", canonical_url=f"https://example.org/{n}",
                   content_hash=f"h{n}", source=source, source_type=source_type, published=day(created),
                   fetched=day(fetched or created), text="-", story_id=story)
    session.add(doc)
    session.flush()
    event = Event(document_id=doc.id, type=etype, polarity=polarity, client_id=cid, firm_key=cid,
                  company=cid, confidence=0.9, evidence="-", created_at=day(created), details={})
    session.add(event)
    session.flush()
    alert = Alert(dedupe_key=f"k{n}", rule_id=rule, rule_version="1", polarity=polarity, client_id=cid,
                  firm_key=cid, company=cid, title="-", score=score, severity="high", explanation={},
                  notify_client_ids=[], created_at=day(created), updated_at=day(created), as_of=day(created))
    session.add(alert)
    session.flush()
    session.add(AlertEvent(alert_id=alert.id, event_id=event.id))
    return alert.id


def add_outcome(session: Session, cid: str, kind: str, when: str, **kw: object) -> None:
    session.add(Outcome(client_id=cid, kind=kind, date=date.fromisoformat(when), **kw))


@pytest.fixture
def portfolio(sessions) -> dict[str, int]:
    with session_scope(sessions) as s:
        for cid, sector, segment in (("C1", "Tekstil", "corporate"), ("C2", "Tekstil", "corporate"),
                                     ("C3", "Gıda", "sme"), ("C4", "Gıda", "sme"), ("C5", "Gıda", "sme"),
                                     ("C6", "Gıda", "corporate")):
            add_client(s, cid, sector, segment)
        ids = {
            "A1": add_alert(s, "C1", "opportunity", "r_inv", 5, "2026-01-05", story="st1"),
            "A2": add_alert(s, "C1", "opportunity", "r_cap", 3, "2026-02-01", source="S2",
                            source_type="tender", etype="tender_opened"),
            "A3": add_alert(s, "C2", "opportunity", "r_inv", 4, "2026-01-10"),
            "A4": add_alert(s, "C3", "opportunity", "r_inv", 6, "2026-03-15"),
            "A5": add_alert(s, "C4", "opportunity", "r_cap", 2, "2026-01-05", fetched="2026-02-20",
                            source="S2", source_type="tender", etype="tender_opened"),
            "R1": add_alert(s, "C2", "risk", "r_law", 7, "2026-01-10", source="S3", etype="lawsuit"),
        }
        # a second outlet reports A1's story a day later: S1 was first
        add_alert(s, "C1", "opportunity", "r_inv", 5, "2026-01-06", source="S4", story="st1")
        for cid, kind, when in (("C1", "loan_opened", "2026-03-01"), ("C3", "loan_opened", "2026-04-20"),
                                ("C4", "loan_opened", "2026-02-10"), ("C5", "loan_opened", "2026-02-15"),
                                ("C6", "offer_accepted", "2026-01-20"), ("C2", "default", "2026-02-01"),
                                ("C6", "npl", "2026-03-10")):
            add_outcome(s, cid, kind, when)
        for aid, decision, analyst, when in ((ids["A1"], "accept", "ana", "2026-01-06"),
                                             (ids["A2"], "forward", "ana", "2026-02-02"),
                                             (ids["A2"], "accept", "research", "2026-02-05"),
                                             (ids["A3"], "reject", "bob", "2026-01-11")):
            s.add(Review(alert_id=aid, decision=decision, analyst=analyst, created_at=day(when)))
    return ids


def _report(sessions):
    with session_scope(sessions) as s:
        return backtest(s, START, END, HORIZON, NOW)


def _row(table, dimension, group):
    rows = [r for r in table.records() if r["dimension"] == dimension and r["group"] == group]
    assert len(rows) == 1, (dimension, group)
    return rows[0]


def test_alert_known_time_waits_for_its_documents(sessions, portfolio):
    with session_scope(sessions) as s:
        known = {a.id: a.known_at for a in load_alerts(s, day("2026-12-31"))}
        assert known[portfolio["A5"]] == day("2026-02-20")  # created 01-05, fetched 02-20
        assert known[portfolio["A1"]] == day("2026-01-05")
        # as of 02-19, A5 did not exist yet
        assert portfolio["A5"] not in {a.id for a in load_alerts(s, day("2026-02-19"))}


def test_opportunity_precision_recall_lead_and_lift(sessions, portfolio):
    report = _report(sessions)
    overall = _row(report.table("opportunity_groups"), "all", "all")
    # hits: A1, A2 and S4's copy of A1 (C1 loan 03-01), A4 (C3 loan 04-20); misses A3, A5
    assert (overall["alerts_k"], overall["alerts_n"]) == (4, 6)
    # recall: of C1 03-01, C4 02-10, C5 02-15, C6 01-20 only C1 had an alert before
    assert (overall["recall_k"], overall["recall_n"]) == (1, 4)
    assert overall["lead_median_days"] == 55  # first alert 01-05 -> loan 03-01
    # base: C5 and C6 over two 60-day windows -> 2 of 4; lift = (4/6) / (2/4)
    assert overall["lift"] == pytest.approx((4 / 6) / 0.5, abs=1e-3)


def test_no_look_ahead_alert_fetched_after_the_outcome_does_not_count(sessions, portfolio):
    report = _report(sessions)
    outcomes = {(r["client_id"], r["date"]): r for r in report.table("opportunity_outcomes").records()}
    c4 = outcomes[("C4", "2026-02-10")]
    assert c4["first_alert_id"] is None and c4["lead_days"] is None  # A5 was fetched 02-20
    cap = _row(report.table("opportunity_groups"), "rule", "r_cap")
    assert (cap["alerts_k"], cap["alerts_n"]) == (1, 2)  # A2 hit, A5 miss


def test_groups_by_rule_source_sector(sessions, portfolio):
    table = _report(sessions).table("opportunity_groups")
    inv = _row(table, "rule", "r_inv")
    assert (inv["alerts_k"], inv["alerts_n"]) == (3, 4)  # A1, A4 and S4's copy hit; A3 missed
    assert _row(table, "event_type", "tender_opened")["alerts_n"] == 2
    assert _row(table, "source_type", "tender")["alerts_k"] == 1
    textile = _row(table, "sector", "Tekstil")
    assert (textile["alerts_k"], textile["alerts_n"]) == (3, 4)
    assert (textile["recall_k"], textile["recall_n"]) == (1, 1)  # only C1's loan is a Tekstil outcome
    food = _row(table, "sector", "Gıda")
    assert (food["recall_k"], food["recall_n"]) == (0, 3)
    assert food["alerts_verdict"].startswith("too little data to conclude")


def test_risk_figures(sessions, portfolio):
    overall = _row(_report(sessions).table("risk_groups"), "all", "all")
    assert (overall["alerts_k"], overall["alerts_n"]) == (1, 1)
    assert (overall["recall_k"], overall["recall_n"]) == (1, 2)  # C2 default covered, C6 npl not
    assert overall["lead_median_days"] == 22
    # base: C1, C3, C4, C5, C6 x 2 windows; only C6's npl (03-10, second window) -> 1/10
    assert overall["lift"] == pytest.approx(1 / 0.1, abs=1e-3)


def test_pr_curve_over_score_threshold(sessions, portfolio):
    rows = {r["threshold"]: r for r in _report(sessions).table("opportunity_pr_curve").records()}
    assert (rows[4.0]["alerts_k"], rows[4.0]["alerts_n"]) == (3, 4)  # A1, A3, A4, S4 copy
    assert (rows[4.0]["recall_k"], rows[4.0]["recall_n"]) == (1, 4)
    assert (rows[6.0]["alerts_k"], rows[6.0]["alerts_n"], rows[6.0]["recall_k"]) == (1, 1, 0)


def test_sources_and_first_reporter(sessions, portfolio):
    rows = {r["source"]: r for r in _report(sessions).table("sources").records()}
    assert (rows["S1"]["k"], rows["S1"]["n"]) == (2, 3)
    assert (rows["S1"]["stories_first"], rows["S4"]["stories_first"], rows["S4"]["stories_reported"]) == (1, 0, 1)
    assert rows["S3"]["flag"] == ""  # R1 led to C2's default
    assert rows["S1"]["foresight"] is None  # 3 alerts: too few to rank a source


def test_review_acceptance_and_forwarded_leads(sessions, portfolio):
    report = _report(sessions)
    by_rule = {r["rule"]: r for r in report.table("review_by_rule").records()}
    assert (by_rule["r_inv"]["k"], by_rule["r_inv"]["n"]) == (1, 2)
    assert (by_rule["r_cap"]["k"], by_rule["r_cap"]["n"]) == (1, 1)
    analysts = {r["analyst"]: r for r in report.table("review_by_analyst").records()}
    assert analysts["research"]["k"] == 1 and analysts["bob"]["k"] == 0
    useful = {r["measure"]: r for r in report.table("review_usefulness").records()}
    assert (useful["forwarded leads later accepted"]["k"], useful["forwarded leads later accepted"]["n"]) == (1, 1)
    assert (useful["accept: followed by an outcome"]["k"], useful["accept: followed by an outcome"]["n"]) == (2, 2)


def test_headlines_state_rates_with_intervals(sessions, portfolio):
    report = run_backtest(sessions, None, START, END, HORIZON, lambda: NOW)
    assert report.headlines[0].startswith("Opportunity alerts followed by a loan or accepted offer")
    assert "too little data to conclude" in report.headlines[0]  # 6 alerts
    # C6's one accepted offer has no price: no curve, and the report says so
    assert "Offers: no offer carries an offered price, so there is no price curve." in report.headlines


def test_bad_period_is_refused(sessions):
    with session_scope(sessions) as s, pytest.raises(ValueError):
        backtest(s, END, START, HORIZON, NOW)


def test_scores_of_different_scoring_versions_are_grouped_apart(sessions, portfolio, tmp_path):
    import csv

    from reports.report_html import write_report

    versions = {"A1": "v1", "A3": "v1", "A2": "v2", "A4": "v2"}  # A5 and S4's copy: unrecorded
    with session_scope(sessions) as s:
        for name, version in versions.items():
            s.get(Alert, portfolio[name]).scoring_version = version
    report = _report(sessions)
    table = report.table("opportunity_groups")
    v1, v2 = _row(table, "scoring_version", "v1"), _row(table, "scoring_version", "v2")
    assert (v1["alerts_k"], v1["alerts_n"]) == (1, 2)  # A1 hit, A3 missed
    assert (v2["alerts_k"], v2["alerts_n"]) == (2, 2)  # A2 and A4 hit
    unrecorded = _row(table, "scoring_version", "(none)")
    assert (unrecorded["alerts_k"], unrecorded["alerts_n"]) == (1, 2)  # S4's copy hit, A5 missed
    outcomes = {(r["client_id"], r["date"]): r for r in report.table("opportunity_outcomes").records()}
    assert outcomes[("C1", "2026-03-01")]["first_alert_scoring_version"] == "v1"  # A1, 01-05
    write_report(report, tmp_path, formats=["csv"])
    with (tmp_path / "opportunity_groups.csv").open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["dimension"] == "scoring_version"]
    assert {r["group"]: r["alerts_n"] for r in rows} == {"(none)": "2", "v1": "2", "v2": "2"}
