"""Digest planning: recipients per portfolio, ordering, ledger and status filters."""

from __future__ import annotations

from radar.reporting.mail_plan import plan_digests
from radar_core.config import Settings
from radar_core.db import session_scope
from radar_core.db.models import EmailAlert, EmailMessage
from reports.digest import Digest
from tests.reporting.conftest import World
from tests.reports.conftest import NOW, clock


def _plan(world: World, settings: Settings) -> dict[str, Digest]:
    with session_scope(world.sessions) as session:
        return {d.recipient: d for d in plan_digests(session, settings, clock)}


def test_each_rm_sees_only_their_portfolio(world: World, settings: Settings) -> None:
    world.client("c1", "ayse@bank.example")
    world.client("c2", "mehmet@bank.example")
    a1 = world.alert("Birinci AŞ", "c1")
    a2 = world.alert("İkinci Ltd", "c2")
    plan = _plan(world, settings)
    assert set(plan) == {"ayse@bank.example", "mehmet@bank.example"}
    assert plan["ayse@bank.example"].alert_ids == [a1]
    assert plan["mehmet@bank.example"].alert_ids == [a2]


def test_subsidiary_alert_reaches_parent_rm(world: World, settings: Settings) -> None:
    world.client("group", "grup.rm@bank.example")
    world.client("sub", "sub.rm@bank.example", parent_id="group")
    world.client("other", "other.rm@bank.example")
    via_parent = world.alert("Yavru AŞ", "sub")
    via_notify = world.alert("Başka AŞ", "other", notify=["group"])
    plan = _plan(world, settings)
    assert plan["sub.rm@bank.example"].alert_ids == [via_parent]
    assert plan["other.rm@bank.example"].alert_ids == [via_notify]
    group = plan["grup.rm@bank.example"]
    assert group.alert_ids == sorted([via_parent, via_notify])
    assert {a.reason for a in group.alerts} == {"group"}


def test_same_rm_for_group_gets_alert_once(world: World, settings: Settings) -> None:
    world.client("group", "ayse@bank.example")
    world.client("sub", "Ayse@Bank.example", parent_id="group")
    alert_id = world.alert("Yavru AŞ", "sub", notify=["group"])
    plan = _plan(world, settings)
    assert list(plan) == ["ayse@bank.example"]
    assert plan["ayse@bank.example"].alert_ids == [alert_id]
    assert plan["ayse@bank.example"].alerts[0].reason == "portfolio"


def test_prospects_and_unowned_clients_go_to_research(world: World, settings: Settings) -> None:
    world.client("nobody", None)
    world.client("broken", "ayşe yılmaz\r\nBcc: x@evil.example")
    prospect = world.alert("Bilinmeyen AŞ", None, polarity="opportunity")
    unowned = world.alert("Sahipsiz AŞ", "nobody")
    bad_rm = world.alert("Bozuk Adres AŞ", "broken")
    plan = _plan(world, settings)
    assert list(plan) == ["research@bank.example"]
    research = plan["research@bank.example"]
    assert research.alert_ids == sorted([prospect, unowned, bad_rm])
    assert research.recipient_name == "Araştırma Masası"
    assert {a.reason for a in research.alerts} == {"prospect", "unowned"}


def test_risks_first_then_score_descending(world: World, settings: Settings) -> None:
    world.client("c1", "ayse@bank.example")
    low_opp = world.alert("A", "c1", polarity="opportunity", score=10)
    high_opp = world.alert("B", "c1", polarity="opportunity", score=90)
    low_risk = world.alert("C", "c1", polarity="risk", score=20)
    high_risk = world.alert("D", "c1", polarity="risk", score=80)
    digest = _plan(world, settings)["ayse@bank.example"]
    assert [a.alert_id for a in digest.alerts] == [high_risk, low_risk, high_opp, low_opp]


def test_rejected_and_already_mailed_alerts_are_left_out(world: World, settings: Settings) -> None:
    world.client("c1", "ayse@bank.example")
    world.client("group", "grup@bank.example")
    world.alert("Reddedilen", "c1", status="rejected")
    mailed = world.alert("Gönderilen", "c1", notify=["group"])
    fresh = world.alert("Yeni", "c1", status="accepted")
    with session_scope(world.sessions) as session:
        email = EmailMessage(message_id="<x@y>", recipient="ayse@bank.example", subject="s",
                             created_at=NOW)
        session.add(email)
        session.flush()
        session.add(EmailAlert(alert_id=mailed, recipient="ayse@bank.example",
                               email_id=email.id))
    plan = _plan(world, settings)
    assert plan["ayse@bank.example"].alert_ids == [fresh]
    # The ledger is per recipient: the group's RM still gets the alert.
    assert plan["grup@bank.example"].alert_ids == [mailed]


def test_empty_digest_only_when_asked(world: World, settings: Settings) -> None:
    world.client("c1", "ayse@bank.example")
    assert _plan(world, settings) == {}
    with_empty = settings.model_copy(update={"send_empty_digest": True})
    plan = _plan(world, with_empty)
    assert list(plan) == ["ayse@bank.example"] and plan["ayse@bank.example"].alerts == []


def test_group_alert_and_its_direct_alert_are_one_entry_naming_both_firms(
        world: World, settings: Settings) -> None:
    """The same fact once: the group alert folds into the direct alert (same firm, same events)."""
    world.client("group", "grup.rm@bank.example", name="Toros Holding AŞ")
    world.client("sub", "sub.rm@bank.example", parent_id="group", name="Toros Enerji AŞ")
    direct = world.alert("Toros Enerji AŞ", "sub", score=70)
    grouped = world.alert("Toros Enerji AŞ", "sub", notify=["group"], score=60)
    # another fact at the subsidiary (two events): a group alert on it stays its own entry
    two = [{"evidence": "Toros Enerji ihale kazandı."}, {"evidence": "Toros Enerji yatırım yaptı."}]
    separate = world.alert("Toros Enerji AŞ", "sub", notify=["group"], evidence=two)
    plan = _plan(world, settings)
    for recipient in ("grup.rm@bank.example", "sub.rm@bank.example"):
        digest = plan[recipient]
        assert digest.alert_ids == sorted([direct, grouped, separate]), recipient  # all in the ledger
        entries = {a.alert_id: a for a in digest.alerts}
        assert set(entries) == {direct, separate}, recipient
        assert entries[direct].merged_alert_ids == (grouped,)
        assert entries[direct].groups == ("Toros Holding AŞ (group)",)
        assert entries[direct].company == "Toros Enerji AŞ"
    assert plan["grup.rm@bank.example"].alerts[0].reason == "group"
