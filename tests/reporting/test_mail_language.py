"""Each RM's digest goes out in their language: Turkish unless their user chose English.

Sent through send_pending to a real SMTP server (aiosmtpd on 127.0.0.1); the alerts carry
their texts in both languages the way the rules engine stores them.
"""

from __future__ import annotations

from email.message import EmailMessage as Mail
from pathlib import Path

from sqlalchemy import select

from radar.reporting.mail import send_pending
from radar.reporting.mail_plan import mail_languages, plan_digests, rebuild_digest
from radar_core.config import Settings
from radar_core.db import session_scope
from radar_core.db.models import Alert, EmailMessage, User
from reports.delivery import OutboxDelivery, SmtpDelivery
from reports.mail_render import subject_of
from tests.reporting.conftest import World
from tests.reports.conftest import NOW, Sink, clock

TEXTS = {
    "tr": {"title": "Dava: Birinci AŞ", "description": "Firmaya dava açıldı.",
           "why": "Birinci AŞ: 22.11.2026 tarihinde dava; haber veren: 1 kaynak (Kaynak). "
                  "Riski gözden geçirin."},
    "en": {"title": "Lawsuit: Birinci AŞ", "description": "A lawsuit was filed against the firm.",
           "why": "Birinci AŞ: lawsuit on 2026-11-22, reported by 1 source (Kaynak). "
                  "Review the exposure."},
}


def _user(world: World, name: str, email: str, language: str | None, active: bool = True) -> None:
    with session_scope(world.sessions) as session:
        session.add(User(username=name, password_hash="x", role="rm", rm_email=email,
                         active=active, created_at=NOW, language=language))


def _bilingual_alert(world: World, client_id: str) -> int:
    alert_id = world.alert("Birinci AŞ", client_id, evidence=[{
        "evidence": "Birinci AŞ aleyhine 1.234.567,89 TL'lik dava açıldı.",
        "url": "https://news.example/1", "published": "2026-11-22T22:30:00",
        "amount": {"value": 1234567.89, "currency": "TRY"}}])
    with session_scope(world.sessions) as session:
        row = session.get(Alert, alert_id)
        assert row is not None
        row.explanation = {**row.explanation, "texts": TEXTS}
    return alert_id


def _bodies(msg: Mail) -> str:
    html, plain = msg.get_body(("html",)), msg.get_body(("plain",))
    assert html is not None and plain is not None
    return html.get_content() + "\n" + plain.get_content()


def test_digests_go_out_in_each_rms_language(world: World, settings: Settings,
                                             smtp_server: tuple[Sink, int]) -> None:
    sink, port = smtp_server
    world.client("c1", "ayse@bank.example")
    world.client("c2", "john@bank.example")
    world.client("c3", "old@bank.example")
    _user(world, "ayse", "ayse@bank.example", None)  # no choice: Turkish
    _user(world, "john", "john@bank.example", "en")
    _user(world, "gone", "old@bank.example", "en", active=False)  # a leaver's choice is void
    for client_id in ("c1", "c2", "c3"):
        _bilingual_alert(world, client_id)
    delivery = SmtpDelivery(settings.model_copy(update={"smtp_host": "127.0.0.1", "smtp_port": port}),
                            timeout=5)
    assert send_pending(world.sessions, settings, clock, delivery).sent == 3
    got = {rcpt: msgs[0] for rcpt, msgs in sink.by_recipient().items()}

    for turkish in ("ayse@bank.example", "old@bank.example"):
        body = _bodies(got[turkish])
        for words in ("Bugün neden aramalı?", "Dava: Birinci AŞ", "Riski gözden geçirin.",
                      "Kural: Firmaya dava açıldı.", "Riskler – müşteriyi gözden geçirin",
                      "tutar 1.234.567,89 TL", "23.11.2026", "09:30 TSİ", "Uyarıyı incele"):
            assert words in body, (turkish, words)
        for english in ("Why call today?", "Review the exposure", "Lawsuit:", "TRY"):
            assert english not in body, (turkish, english)
        assert subject_of(got[turkish]).startswith("Radar 23.11.2026: 1 risk – Birinci AŞ")

    body = _bodies(got["john@bank.example"])
    for words in ("Why call today?", "Lawsuit: Birinci AŞ", "Review the exposure.",
                  "Rule: A lawsuit was filed against the firm.", "Risks – review the client",
                  "amount 1,234,567.89 TRY", "2026-11-23", "09:30 Istanbul time",
                  "Review the alert", 'lang="en"'):
        assert words in body, words
    for turkish in ("Bugün neden aramalı?", "Riski gözden geçirin", "Kural:", "TSİ"):
        assert turkish not in body, turkish
    assert subject_of(got["john@bank.example"]).startswith("Radar 2026-11-23: 1 risk – Birinci AŞ")


def test_languages_come_from_active_users_and_rebuilt_digests_keep_them(
        world: World, settings: Settings, tmp_path: Path) -> None:
    world.client("c1", "john@bank.example")
    _user(world, "john", "John@Bank.example", "en")
    alert_id = _bilingual_alert(world, "c1")
    with session_scope(world.sessions) as session:
        assert mail_languages(session) == {"john@bank.example": "en"}
        (digest,) = plan_digests(session, settings, clock)
        assert digest.language == "en" and digest.alerts[0].title == "Lawsuit: Birinci AŞ"
    send_pending(world.sessions, settings, clock, OutboxDelivery(tmp_path / "outbox"))
    with session_scope(world.sessions) as session:
        email_id = session.scalars(select(EmailMessage.id)).one()
        rebuilt = rebuild_digest(session, settings, email_id, "john@bank.example")
    assert rebuilt.language == "en" and rebuilt.alerts[0].alert_id == alert_id
    assert rebuilt.alerts[0].why.startswith("Birinci AŞ: lawsuit on 2026-11-22")


def test_older_alerts_without_texts_show_their_one_text(world: World, settings: Settings) -> None:
    world.client("c1", "ayse@bank.example")
    world.alert("Eski AŞ", "c1", why="Old English reason.", title="Eski AŞ: uyarı")
    with session_scope(world.sessions) as session:
        (digest,) = plan_digests(session, settings, clock)
    assert digest.language == "tr"
    assert (digest.alerts[0].title, digest.alerts[0].why) == ("Eski AŞ: uyarı", "Old English reason.")
