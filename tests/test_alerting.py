"""The core's alerting glue: stored events -> the starter rules -> alerts stored once."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select

from radar.alerting import raise_alerts
from radar.pipeline import load_ruleset
from radar_core.config import load_settings
from radar_core.db import session_scope
from radar_core.db.models import Alert, AlertEvent, Client, Document, Event

NOW = datetime(2025, 6, 30, 9, 0)


def _ruleset():
    return load_ruleset(load_settings(environ={}))


def _event(sessions, ext_id: str, etype: str, polarity: str, client: str | None,
           published: datetime, fetched: datetime | None = None, source: str = "Haber A",
           story: str | None = None) -> None:
    with session_scope(sessions) as s:
        doc = Document(external_id=ext_id, content_hash=ext_id, url=f"https://a.example/{ext_id}",
                       source=source, source_type="news", published=published,
                       fetched=fetched or published, text="...", story_id=story)
        s.add(doc)
        s.flush()
        s.add(Event(document_id=doc.id, type=etype, polarity=polarity, client_id=client,
                    firm_key=client or "prospect:x", company=client or "X Ltd.", confidence=0.9,
                    evidence=f"{etype} evidence", created_at=published))


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
