"""Digests honour MailPreference rows; mails carry a signed one-click link only with a key."""

from __future__ import annotations

from email import message_from_bytes, policy
from urllib.parse import parse_qs, urlsplit

from pydantic import SecretStr
from sqlalchemy import select

from radar.reporting.mail import send_pending
from radar.reporting.mail_plan import plan_digests
from radar_core.config import Settings
from radar_core.db import session_scope
from radar_core.db.models import Alert, EmailAlert, MailPreference
from reports.delivery import OutboxDelivery
from reports.digest import Digest
from reports.mail_render import render_digest
from reports.tokens import verify_unsubscribe_token
from tests.reporting.conftest import World
from tests.reports.conftest import NOW, clock

AYSE = "ayse@bank.example"
MEHMET = "mehmet@bank.example"


def _plan(world: World, settings: Settings) -> dict[str, Digest]:
    with session_scope(world.sessions) as session:
        return {d.recipient: d for d in plan_digests(session, settings, clock)}


def _prefer(world: World, email: str, subscribed: bool = True, min_severity: str = "low") -> None:
    with session_scope(world.sessions) as session:
        row = session.scalars(select(MailPreference).where(MailPreference.email == email.lower())).first()
        if row is None:
            row = MailPreference(email=email)
            session.add(row)
        row.subscribed, row.min_severity = subscribed, min_severity
        row.updated_at, row.updated_by = NOW, "test"


def _severity(world: World, alert_id: int, severity: str) -> None:
    with session_scope(world.sessions) as session:
        alert = session.get(Alert, alert_id)
        assert alert is not None
        alert.severity = severity


def test_unsubscribed_rm_gets_no_digest_and_others_are_unaffected(world: World, settings: Settings) -> None:
    world.client("c1", AYSE)
    world.client("c2", MEHMET)
    world.alert("Birinci AŞ", "c1")
    other = world.alert("İkinci Ltd", "c2")
    _prefer(world, "Ayse@Bank.Example", subscribed=False)  # stored lower-cased
    plan = _plan(world, settings)
    assert set(plan) == {MEHMET}
    assert plan[MEHMET].alert_ids == [other]


def test_unsubscribed_rm_is_not_ledgered_and_gets_open_alerts_after_resubscribing(
    world: World, settings: Settings
) -> None:
    world.client("c1", AYSE)
    alert_id = world.alert("Birinci AŞ", "c1")
    _prefer(world, AYSE, subscribed=False)
    result = send_pending(world.sessions, settings, clock, OutboxDelivery(settings.resolved_outbox_dir))
    assert result.ok
    with session_scope(world.sessions) as session:
        assert session.scalars(select(EmailAlert).where(EmailAlert.recipient == AYSE)).all() == []
    _prefer(world, AYSE, subscribed=True)
    assert _plan(world, settings)[AYSE].alert_ids == [alert_id]


def test_min_severity_leaves_out_lesser_alerts(world: World, settings: Settings) -> None:
    world.client("c1", AYSE)
    world.client("c2", MEHMET)
    ids = {sev: world.alert(f"Firma {sev}", "c1") for sev in ("low", "medium", "high", "critical")}
    for sev, alert_id in ids.items():
        _severity(world, alert_id, sev)
    mehmet_low = world.alert("Düşük Ltd", "c2")
    _severity(world, mehmet_low, "low")
    _prefer(world, AYSE, min_severity="high")
    plan = _plan(world, settings)
    assert plan[AYSE].alert_ids == sorted([ids["high"], ids["critical"]])
    assert plan[MEHMET].alert_ids == [mehmet_low]  # no row: the defaults


def test_only_alerts_below_the_minimum_means_no_digest(world: World, settings: Settings) -> None:
    world.client("c1", AYSE)
    _severity(world, world.alert("Birinci AŞ", "c1"), "medium")
    _prefer(world, AYSE, min_severity="critical")
    assert _plan(world, settings) == {}


def test_research_mailbox_keeps_the_defaults(world: World, settings: Settings) -> None:
    prospect = world.alert("Bilinmeyen AŞ", None, polarity="opportunity")
    _severity(world, prospect, "low")
    _prefer(world, "research@bank.example", subscribed=False, min_severity="critical")
    assert _plan(world, settings)["research@bank.example"].alert_ids == [prospect]


def test_unsubscribed_rm_gets_no_empty_digest(world: World, settings: Settings) -> None:
    world.client("c1", AYSE)
    world.client("c2", MEHMET)
    _prefer(world, MEHMET, subscribed=False)
    plan = _plan(world, settings.model_copy(update={"send_empty_digest": True}))
    assert set(plan) == {AYSE}


def _unsubscribe_headers(settings: Settings, recipient: str) -> tuple[str, str | None]:
    msg = render_digest(Digest(recipient=recipient), settings, NOW)
    parsed = message_from_bytes(msg.as_bytes(policy=policy.SMTP), policy=policy.default)
    post = parsed["List-Unsubscribe-Post"]
    return str(parsed["List-Unsubscribe"]), None if post is None else str(post)


def test_one_click_header_and_token_only_with_a_secret_key(settings: Settings) -> None:
    header, post = _unsubscribe_headers(settings, AYSE)
    assert post is None and "token=" not in header
    keyed = settings.model_copy(update={"web_secret_key": SecretStr("s" * 40)})
    header, post = _unsubscribe_headers(keyed, AYSE)
    assert post == "List-Unsubscribe=One-Click"
    url = header.split("<", 1)[1].split(">", 1)[0]
    query = parse_qs(urlsplit(url).query)
    assert url.startswith("https://radar.bank.example/unsubscribe?")
    assert query["email"] == [AYSE]
    assert verify_unsubscribe_token(keyed, AYSE, query["token"][0])
    assert not verify_unsubscribe_token(keyed, MEHMET, query["token"][0])
    other_key = keyed.model_copy(update={"web_secret_key": SecretStr("t" * 40)})
    assert not verify_unsubscribe_token(other_key, AYSE, query["token"][0])


def test_research_mailbox_mail_has_no_one_click_link(settings: Settings) -> None:
    keyed = settings.model_copy(update={"web_secret_key": SecretStr("s" * 40)})
    header, post = _unsubscribe_headers(keyed, "research@bank.example")
    assert post is None and "token=" not in header
