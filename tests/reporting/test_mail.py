"""send_pending against a real SMTP server: portfolios, outages, crashes, exactly once."""

from __future__ import annotations

from datetime import datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from radar.reporting.mail import send_pending
from radar_core.config import Settings
from radar_core.db import session_scope
from radar_core.db.models import EmailAlert, EmailMessage
from reports.delivery import OutboxDelivery, SmtpDelivery
from reports.mail_render import digest_message_id
from tests.reporting.conftest import World
from tests.reports.conftest import NOW, PortZeroController, Sink, clock


def _smtp(settings: Settings, port: int) -> SmtpDelivery:
    return SmtpDelivery(settings.model_copy(update={"smtp_host": "127.0.0.1", "smtp_port": port}),
                        timeout=5)


def _portfolio(world: World) -> dict[str, int]:
    world.client("group", "grup.rm@bank.example")
    world.client("sub", "sub.rm@bank.example", parent_id="group")
    world.client("other", "other.rm@bank.example")
    return {
        "sub": world.alert("Yavru Üretim AŞ", "sub", score=80),
        "other": world.alert("Öteki Lojistik", "other", polarity="opportunity", score=60),
        "prospect": world.alert("Yeni Çıkan İnşaat", None, polarity="opportunity", score=40),
    }


def _rows(sessions: sessionmaker[Session]) -> list[EmailMessage]:
    with session_scope(sessions) as session:
        return list(session.scalars(select(EmailMessage).order_by(EmailMessage.id)))


def _ledger_size(sessions: sessionmaker[Session]) -> int:
    with session_scope(sessions) as session:
        return int(session.scalar(select(func.count(EmailAlert.id))) or 0)


def test_each_portfolio_gets_its_own_mail(world: World, settings: Settings,
                                          smtp_server: tuple[Sink, int]) -> None:
    sink, port = smtp_server
    ids = _portfolio(world)
    result = send_pending(world.sessions, settings, clock, _smtp(settings, port))
    assert (result.queued, result.sent, result.failed, result.pending) == (4, 4, 0, 0)
    assert result.ok
    got = sink.by_recipient()
    assert sorted(got) == ["grup.rm@bank.example", "other.rm@bank.example",
                           "research@bank.example", "sub.rm@bank.example"]
    assert all(len(msgs) == 1 for msgs in got.values())
    assert all(item.mail_from == "radar@bank.example" for item in sink.received)
    expected = {"sub.rm@bank.example": [ids["sub"]], "grup.rm@bank.example": [ids["sub"]],
                "other.rm@bank.example": [ids["other"]],
                "research@bank.example": [ids["prospect"]]}
    for recipient, (msg,) in got.items():
        assert msg.get_content_type() == "multipart/alternative"
        assert msg["Message-ID"] == digest_message_id(recipient, expected[recipient], settings)
        assert msg["To"].addresses[0].addr_spec == recipient
        assert msg["From"].addresses[0].display_name == "Radar Uyarı Ş Ğ İ ı"
        html = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
        plain = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        for alert_id in expected[recipient]:
            assert f'href="https://radar.bank.example/alerts/{alert_id}"' in html
            assert f"https://radar.bank.example/alerts/{alert_id}" in plain
        others = set(ids.values()) - set(expected[recipient])
        assert not any(f"/alerts/{other}\"" in html for other in others)
    assert got["research@bank.example"][0]["To"].addresses[0].display_name == "Araştırma Masası"
    assert "Yeni Çıkan İnşaat" in str(got["research@bank.example"][0]["Subject"])
    assert _ledger_size(world.sessions) == 4
    rows = _rows(world.sessions)
    assert {r.status for r in rows} == {"sent"} and all(r.attempts == 1 for r in rows)
    assert not list((settings.data_dir / "spool").glob("*.eml"))


def test_outage_keeps_mail_queued_then_sends_once(world: World, settings: Settings,
                                                  dead_port: int) -> None:
    _portfolio(world)
    down = send_pending(world.sessions, settings, clock, _smtp(settings, dead_port))
    assert (down.queued, down.sent, down.pending) == (4, 0, 4) and not down.ok
    assert down.failed == 1  # the first failure marks the server down for the run
    assert set(down.errors) == {r.recipient for r in _rows(world.sessions)}
    rows = _rows(world.sessions)
    assert {r.status for r in rows} == {"queued"}
    assert all(r.last_error and "unreachable" in r.last_error for r in rows)
    assert len(list((settings.data_dir / "spool").glob("*.eml"))) == 4

    later = NOW + timedelta(hours=2)
    again = send_pending(world.sessions, settings, lambda: later, _smtp(settings, dead_port))
    assert (again.queued, again.sent, again.pending) == (0, 0, 4)

    sink = Sink()
    controller = PortZeroController(sink, hostname="127.0.0.1", port=0)
    controller.start()
    try:
        up = send_pending(world.sessions, settings, lambda: later, _smtp(settings, controller.port))
        assert (up.queued, up.sent, up.failed, up.pending) == (0, 4, 0, 0) and up.ok
        rerun = send_pending(world.sessions, settings, lambda: later,
                             _smtp(settings, controller.port))
        assert (rerun.queued, rerun.sent, rerun.pending) == (0, 0, 0)
    finally:
        controller.stop()
    assert len(sink.received) == 4
    queued_ids = {r.message_id for r in rows}
    assert {item.message["Message-ID"] for item in sink.received} == queued_ids
    # The retry sends what was queued: its Date is the queue time, not the send time.
    assert {item.message["Date"].datetime.replace(tzinfo=None) for item in sink.received} == {NOW}
    assert _ledger_size(world.sessions) == 4
    assert all(r.status == "sent" and r.attempts == 3 for r in _rows(world.sessions))


def test_lost_spool_is_rendered_again_identically(world: World, settings: Settings,
                                                  dead_port: int,
                                                  smtp_server: tuple[Sink, int]) -> None:
    sink, port = smtp_server
    world.client("c1", "ayse@bank.example")
    world.alert("Birinci AŞ", "c1")
    send_pending(world.sessions, settings, clock, _smtp(settings, dead_port))
    (spooled,) = (settings.data_dir / "spool").glob("*.eml")
    original = spooled.read_bytes()
    spooled.unlink()
    result = send_pending(world.sessions, settings, clock, _smtp(settings, port))
    assert result.sent == 1
    assert sink.received[0].data.replace(b"\r\n", b"\n") == original.replace(b"\r\n", b"\n")


class _CrashAfter:
    """Real SMTP delivery that dies (like a killed process) after ``n`` messages."""

    name = "smtp"

    def __init__(self, inner: SmtpDelivery, n: int) -> None:
        self.inner, self.left = inner, n

    def __enter__(self) -> _CrashAfter:
        self.inner.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.inner.__exit__(*exc)

    def send(self, data: bytes, sender: str, recipient: str, message_id: str,
             created: datetime) -> str | None:
        if self.left == 0:
            raise RuntimeError("process killed")
        self.left -= 1
        return self.inner.send(data, sender, recipient, message_id, created)


def test_crash_half_way_loses_nothing_and_sends_nothing_twice(
    world: World, settings: Settings, smtp_server: tuple[Sink, int]
) -> None:
    sink, port = smtp_server
    _portfolio(world)
    with pytest.raises(RuntimeError):
        send_pending(world.sessions, settings, clock, _CrashAfter(_smtp(settings, port), 2))
    assert len(sink.received) == 2
    statuses = sorted(r.status for r in _rows(world.sessions))
    assert statuses == ["queued", "queued", "sent", "sent"]
    result = send_pending(world.sessions, settings, clock, _smtp(settings, port))
    assert (result.queued, result.sent, result.pending) == (0, 2, 0)
    ids = [item.message["Message-ID"] for item in sink.received]
    assert len(ids) == 4 and len(set(ids)) == 4


def test_new_alert_after_success_is_mailed_alone(world: World, settings: Settings,
                                                 smtp_server: tuple[Sink, int]) -> None:
    sink, port = smtp_server
    world.client("c1", "ayse@bank.example")
    first = world.alert("Birinci AŞ", "c1")
    send_pending(world.sessions, settings, clock, _smtp(settings, port))
    second = world.alert("İkinci AŞ", "c1")
    result = send_pending(world.sessions, settings, clock, _smtp(settings, port))
    assert (result.queued, result.sent) == (1, 1)
    last = sink.received[-1].message
    html = last.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert f"/alerts/{second}\"" in html and f"/alerts/{first}\"" not in html


class _Picky(Sink):
    """Refuses one mailbox permanently, like a server that does not know it."""

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if address == "gone@bank.example":
            return "550 5.1.1 mailbox unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"


def test_refused_mailbox_fails_without_blocking_others(world: World, settings: Settings) -> None:
    world.client("c1", "gone@bank.example")
    world.client("c2", "ayse@bank.example")
    world.alert("Birinci AŞ", "c1")
    world.alert("İkinci AŞ", "c2")
    sink = _Picky()
    controller = PortZeroController(sink, hostname="127.0.0.1", port=0)
    controller.start()
    try:
        result = send_pending(world.sessions, settings, clock, _smtp(settings, controller.port))
        rerun = send_pending(world.sessions, settings, clock, _smtp(settings, controller.port))
    finally:
        controller.stop()
    assert (result.sent, result.failed, result.pending) == (1, 1, 0) and not result.ok
    assert "550" in result.errors["gone@bank.example"]
    assert {r.recipient: r.status for r in _rows(world.sessions)} == {
        "gone@bank.example": "failed", "ayse@bank.example": "sent"}
    assert (rerun.sent, rerun.failed) == (0, 0)
    assert [r.rcpt_tos for r in sink.received] == [["ayse@bank.example"]]


def test_outbox_files_parse_and_are_written_once(world: World, settings: Settings,
                                                 tmp_path: Path) -> None:
    _portfolio(world)
    outbox = tmp_path / "outbox"
    result = send_pending(world.sessions, settings, clock, OutboxDelivery(outbox))
    assert result.sent == 4
    files = sorted(outbox.glob("*.eml"))
    assert len(files) == 4
    for path in files:
        msg = message_from_bytes(path.read_bytes(), policy=policy.default)
        assert msg.get_content_type() == "multipart/alternative"
        assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    assert {r.path for r in _rows(world.sessions)} == {str(p) for p in files}
    send_pending(world.sessions, settings, clock, OutboxDelivery(outbox))
    assert sorted(outbox.glob("*.eml")) == files


def test_empty_digest_once_a_day_when_enabled(world: World, settings: Settings,
                                              tmp_path: Path) -> None:
    world.client("c1", "ayse@bank.example")
    outbox = OutboxDelivery(tmp_path / "outbox")
    assert send_pending(world.sessions, settings, clock, outbox).sent == 0
    eager = settings.model_copy(update={"send_empty_digest": True})
    assert send_pending(world.sessions, eager, clock, outbox).sent == 1
    assert send_pending(world.sessions, eager, clock, outbox).sent == 0
    tomorrow = NOW + timedelta(days=1)
    assert send_pending(world.sessions, eager, lambda: tomorrow, outbox).sent == 1


def test_a_live_lease_is_left_alone_and_an_expired_one_taken_over(
    world: World, settings: Settings, dead_port: int, smtp_server: tuple[Sink, int]
) -> None:
    """A run that died mid-send keeps its message until the lease expires, then it goes."""
    from radar.reporting.mail import LEASE, claim

    sink, port = smtp_server
    world.client("c1", "ayse@bank.example")
    world.alert("Birinci AŞ", "c1")
    send_pending(world.sessions, settings, clock, _smtp(settings, dead_port))  # queue only
    (row,) = _rows(world.sessions)
    assert claim(world.sessions, row.id, "crashed-run", NOW)
    assert not claim(world.sessions, row.id, "another-run", NOW + LEASE / 2)

    result = send_pending(world.sessions, settings, lambda: NOW + LEASE / 2,
                          _smtp(settings, port))
    assert (result.sent, result.pending, result.elsewhere, result.ok) == (0, 0, 1, True)
    assert sink.received == []

    later = NOW + LEASE + timedelta(seconds=1)
    result = send_pending(world.sessions, settings, lambda: later, _smtp(settings, port))
    assert (result.sent, result.pending, result.elsewhere) == (1, 0, 0)
    assert len(sink.received) == 1
    (row,) = _rows(world.sessions)
    assert (row.status, row.lease_owner, row.lease_until) == ("sent", None, None)
    assert row.attempts == 3  # the outage, the crashed run, the run that took it over
