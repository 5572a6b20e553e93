"""The core's alerting glue: stored events -> the starter rules -> alerts stored once."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from radar.alerting import raise_alerts
from radar.pipeline import load_ruleset
from radar_core.config import load_settings
from radar_core.db import session_scope
from radar_core.db.models import Alert, AlertEvent, Client, Document, Event, Review
from rules import load_rules
from rules.scoring import SCORING_VERSION
from tests.rules.conftest import STARTER

NOW = datetime(2025, 6, 30, 9, 0)


def _ruleset():
    return load_ruleset(load_settings(environ={}))


def _event(sessions, ext_id: str, etype: str, polarity: str, client: str | None,
           published: datetime | None, fetched: datetime | None = None, source: str = "Haber A",
           story: str | None = None, event_date: date | None = None) -> None:
    fetched = fetched or published
    assert fetched is not None
    with session_scope(sessions) as s:
        doc = Document(external_id=ext_id, content_hash=ext_id, url=f"https://a.example/{ext_id}",
                       source=source, source_type="news", published=published,
                       fetched=fetched, text="...", story_id=story)
        s.add(doc)
        s.flush()
        s.add(Event(document_id=doc.id, type=etype, polarity=polarity, client_id=client,
                    firm_key=client or "prospect:x", company=client or "X Ltd.", confidence=0.9,
                    evidence=f"{etype} evidence", created_at=fetched, event_date=event_date))


def _clients(sessions) -> None:
    with session_scope(sessions) as s:
        s.add(Client(client_id="P1", legal_name="Grup Holding A.Ş.", aliases=[],
                     rm_email="rm.parent@bank.example", updated_at=NOW))
        s.add(Client(client_id="S1", legal_name="Yan Sanayi A.Ş.", aliases=[], parent_id="P1",
                     rm_email="rm.sub@bank.example", updated_at=NOW))


def test_alerts_are_raised_once_and_rerun_changes_nothing(sessions):
    _clients(sessions)
    _event(sessions, "d1", "insolvency", "risk", "S1", NOW - timedelta(days=1))
    first = raise_alerts(sessions, _ruleset(), lambda: NOW)
    assert first.new >= 1
    second = raise_alerts(sessions, _ruleset(), lambda: NOW)
    assert second.new == 0 and second.updated == 0
    with session_scope(sessions) as s:
        alerts = s.scalars(select(Alert)).all()
        assert len(alerts) == first.new
        insolvency = next(a for a in alerts if a.rule_id == "insolvency")
        assert insolvency.explained.events[0].url == "https://a.example/d1"
        assert s.scalar(select(func.count()).select_from(AlertEvent)) >= 1


def test_group_risk_reaches_the_parent(sessions):
    _clients(sessions)
    _event(sessions, "d1", "insolvency", "risk", "S1", NOW - timedelta(days=1))
    raise_alerts(sessions, _ruleset(), lambda: NOW)
    with session_scope(sessions) as s:
        notified = [a.notify_client_ids for a in s.scalars(select(Alert))]
        assert any("P1" in (n or []) for n in notified)


def test_incentive_plus_land_within_90_days_is_investment_preparation(sessions):
    _clients(sessions)
    _event(sessions, "d1", "investment_incentive", "opportunity", "S1", NOW - timedelta(days=40))
    _event(sessions, "d2", "land_acquisition", "opportunity", "S1", NOW - timedelta(days=2))
    raise_alerts(sessions, _ruleset(), lambda: NOW)
    with session_scope(sessions) as s:
        rules = set(s.scalars(select(Alert.rule_id)))
    assert "investment_preparation" in rules


def test_as_of_ignores_documents_fetched_later(sessions):
    _clients(sessions)
    # Published early but only fetched after the as-of date: Radar could not have known.
    _event(sessions, "late", "insolvency", "risk", "S1", NOW - timedelta(days=30),
           fetched=NOW - timedelta(days=1))
    stats = raise_alerts(sessions, _ruleset(), lambda: NOW, as_of=NOW - timedelta(days=10))
    assert stats.facts == 0 and stats.new == 0
    stats = raise_alerts(sessions, _ruleset(), lambda: NOW)
    assert stats.facts == 1 and stats.new >= 1


def _plain_clients(sessions, *ids: str) -> None:
    with session_scope(sessions) as s:
        for cid in ids:
            s.add(Client(client_id=cid, legal_name=f"{cid} Sanayi A.Ş.", aliases=[], updated_at=NOW))


def _alerts(sessions) -> dict[str, Alert]:
    with session_scope(sessions) as s:
        return {a.firm_key: a for a in s.scalars(select(Alert))}


def _component(alert: Alert, name: str):
    return next(c for c in alert.explained.components if c.name == name)


def test_rejections_damp_new_alerts_and_never_rescale_existing_ones(sessions):
    _plain_clients(sessions, "C1", "C2", "C3", "C4")
    first_day = NOW - timedelta(days=10)
    for cid in ("C1", "C2", "C3"):
        _event(sessions, f"d{cid}", "capacity_expansion", "opportunity", cid, first_day)
    assert raise_alerts(sessions, _ruleset(), lambda: first_day).new == 3
    before = {k: (a.score, a.explanation) for k, a in _alerts(sessions).items()}
    with session_scope(sessions) as s:  # an analyst rejects all three the next day
        for alert in s.scalars(select(Alert)):
            s.add(Review(alert_id=alert.id, decision="reject", reason="not_relevant",
                         analyst="ana", created_at=first_day + timedelta(days=1)))
    _event(sessions, "dC4", "capacity_expansion", "opportunity", "C4", NOW - timedelta(hours=2))
    stats = raise_alerts(sessions, _ruleset(), lambda: NOW)
    assert stats.new == 1 and stats.updated == 0 and stats.unchanged == 3
    alerts = _alerts(sessions)
    for key, (score, explanation) in before.items():  # existing alerts keep their score
        assert (alerts[key].score, alerts[key].explanation) == (score, explanation)
    damping = _component(alerts["C4"], "damping")
    assert damping.value == pytest.approx((0 + 2) / (0 + 3 + 2 + 2) / 0.5, abs=1e-4)
    assert "rule capacity_expansion: 3 rejected, 0 accepted" in damping.detail
    undamped = 100.0
    for c in alerts["C4"].explained.components:
        if c.name != "damping":
            undamped *= c.value ** c.weight
    assert alerts["C4"].score == pytest.approx(undamped * 4 / 7, rel=1e-3)
    assert {a.scoring_version for a in alerts.values()} == {SCORING_VERSION}


def test_a_40_day_old_event_crawled_today_scores_below_a_fresh_one(sessions, tmp_path):
    rules_dir = tmp_path / "rules"
    shutil.copytree(STARTER, rules_dir)
    scoring = rules_dir / "scoring.yml"
    scoring.write_text(scoring.read_text().replace("min_score: 15", "min_score: 0"))
    ruleset = load_rules(rules_dir).ruleset
    _plain_clients(sessions, "C1", "C2", "C3")
    today = NOW - timedelta(hours=1)
    _event(sessions, "fresh", "investment_incentive", "opportunity", "C1", today,
           event_date=today.date())
    _event(sessions, "old", "investment_incentive", "opportunity", "C2", None, fetched=today,
           event_date=(NOW - timedelta(days=40)).date())
    _event(sessions, "undated", "investment_incentive", "opportunity", "C3", None, fetched=today)
    raise_alerts(sessions, ruleset, lambda: NOW)
    alerts = _alerts(sessions)
    assert alerts["C2"].score < alerts["C1"].score
    old = _component(alerts["C2"], "recency")
    assert old.value == pytest.approx(0.5 ** (40.375 / 14), abs=1e-4)  # NOW is 09:00
    assert old.detail.startswith(f"from the event date {(NOW - timedelta(days=40)).date()}")
    # nothing but the crawl to go by: the fetch time, and the page says so
    assert "fetch time" in _component(alerts["C3"], "recency").detail


def test_a_score_of_an_older_scoring_version_stands_until_new_evidence(sessions):
    _plain_clients(sessions, "C1")
    _event(sessions, "d1", "capacity_expansion", "opportunity", "C1", NOW - timedelta(days=2),
           story="s1")
    raise_alerts(sessions, _ruleset(), lambda: NOW - timedelta(days=2))
    with session_scope(sessions) as s:  # as migration 0008 leaves an alert scored by v1
        alert = s.scalars(select(Alert)).one()
        alert.scoring_version, alert.score = "v1", 12.5
    stats = raise_alerts(sessions, _ruleset(), lambda: NOW)
    assert (stats.updated, stats.unchanged) == (0, 1)
    assert (_alerts(sessions)["C1"].score, _alerts(sessions)["C1"].scoring_version) == (12.5, "v1")
    # a second outlet joins the story: the alert is rescored, by the current version
    _event(sessions, "d2", "capacity_expansion", "opportunity", "C1", NOW - timedelta(days=1),
           source="Haber B", story="s1")
    stats = raise_alerts(sessions, _ruleset(), lambda: NOW)
    assert stats.updated == 1
    alert = _alerts(sessions)["C1"]
    assert alert.scoring_version == SCORING_VERSION and alert.score != 12.5
    assert alert.explained.sources == ("Haber A", "Haber B")
