"""Delivery: outbox files and SMTP sessions against a real aiosmtpd server."""

from __future__ import annotations

from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import AuthResult

from radar_core.config import Settings
from radar_core.errors import ConfigError
from reports.delivery import (
    DeliveryError,
    OutboxDelivery,
    SmtpDelivery,
    choose_delivery,
    outbox_name,
)
from reports.digest import Digest
from reports.mail_render import message_bytes, render_digest
from tests.reports.conftest import NOW, PortZeroController, Sink


def _message(settings: Settings) -> tuple[bytes, str]:
    msg = render_digest(Digest("ayse@bank.example", []), settings, NOW)
    return message_bytes(msg), str(msg["Message-ID"])


def test_outbox_writes_parseable_eml_once(tmp_path: Path, settings: Settings) -> None:
    data, message_id = _message(settings)
    outbox = OutboxDelivery(tmp_path / "out")
    with outbox:
        first = outbox.send(data, "radar@bank.example", "ayse@bank.example", message_id, NOW)
        second = outbox.send(data, "radar@bank.example", "ayse@bank.example", message_id, NOW)
    assert first == second
    files = list((tmp_path / "out").iterdir())
    assert [f.name for f in files] == [outbox_name(NOW, "ayse@bank.example", message_id)]
    assert files[0].name.startswith("20261123-063000_ayse@bank.example_")
    parsed = message_from_bytes(files[0].read_bytes(), policy=policy.default)
    assert parsed.get_content_type() == "multipart/alternative"
    assert parsed["Message-ID"] == message_id


def test_outbox_on_unwritable_path_is_a_delivery_error(tmp_path: Path, settings: Settings) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    data, message_id = _message(settings)
    with pytest.raises(DeliveryError) as info:
        OutboxDelivery(blocker).send(data, "a@b", "c@d", message_id, NOW)
    assert info.value.connection


def test_choose_delivery(tmp_path: Path, settings: Settings) -> None:
    assert isinstance(choose_delivery(settings), OutboxDelivery)
    smtp = settings.model_copy(update={"smtp_host": "127.0.0.1"})
    assert isinstance(choose_delivery(smtp), SmtpDelivery)
    forced = choose_delivery(smtp, tmp_path / "o")
    assert isinstance(forced, OutboxDelivery) and forced.folder == tmp_path / "o"


def test_smtp_user_without_password_is_a_config_error(settings: Settings) -> None:
    bad = settings.model_copy(update={"smtp_host": "127.0.0.1", "smtp_user": "radar"})
    with pytest.raises(ConfigError):
        SmtpDelivery(bad)


def test_smtp_sends_bytes_unchanged(settings: Settings, smtp_server: tuple[Sink, int]) -> None:
    sink, port = smtp_server
    data, message_id = _message(settings)
    smtp = SmtpDelivery(settings.model_copy(update={"smtp_host": "127.0.0.1", "smtp_port": port}))
    with smtp:
        smtp.send(data, "radar@bank.example", "ayse@bank.example", message_id, NOW)
    assert len(sink.received) == 1
    assert sink.received[0].rcpt_tos == ["ayse@bank.example"]
    assert sink.received[0].message["Message-ID"] == message_id


def test_smtp_down_is_a_connection_error(settings: Settings, dead_port: int) -> None:
    data, message_id = _message(settings)
    smtp = SmtpDelivery(settings.model_copy(update={"smtp_host": "127.0.0.1",
                                                    "smtp_port": dead_port}), timeout=5)
    with pytest.raises(DeliveryError) as info, smtp:
        smtp.send(data, "radar@bank.example", "ayse@bank.example", message_id, NOW)
    assert info.value.connection and info.value.transient


class _Authenticator:
    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str,
                 auth_data: Any) -> AuthResult:
        login, password = auth_data.login.decode(), auth_data.password.decode()
        self.seen.append((login, password))
        return AuthResult(success=(login, password) == ("radar", "s3cret"), handled=False)


@pytest.fixture
def auth_server() -> Iterator[tuple[Sink, int, _Authenticator]]:
    sink, auth = Sink(), _Authenticator()
    controller = PortZeroController(sink, hostname="127.0.0.1", port=0, authenticator=auth,
                                    auth_require_tls=False, auth_exclude_mechanism=["LOGIN"])
    controller.start()
    try:
        yield sink, controller.port, auth
    finally:
        controller.stop()


def test_smtp_login_uses_the_secret_from_settings(
    settings: Settings, auth_server: tuple[Sink, int, _Authenticator]
) -> None:
    sink, port, auth = auth_server
    data, message_id = _message(settings)
    good = settings.model_copy(update={"smtp_host": "127.0.0.1", "smtp_port": port,
                                       "smtp_user": "radar"})
    good = Settings(**{**good.model_dump(), "smtp_password": "s3cret"})
    with SmtpDelivery(good) as smtp:
        smtp.send(data, "radar@bank.example", "ayse@bank.example", message_id, NOW)
    assert auth.seen == [("radar", "s3cret")] and len(sink.received) == 1

    wrong = Settings(**{**good.model_dump(), "smtp_password": "nope"})
    with pytest.raises(DeliveryError) as info, SmtpDelivery(wrong, timeout=5) as smtp:
        smtp.send(data, "radar@bank.example", "ayse@bank.example", message_id, NOW)
    assert info.value.connection and not info.value.transient
    assert "nope" not in str(info.value)

    turkish = Settings(**{**good.model_dump(), "smtp_password": "şifre"})
    with pytest.raises(DeliveryError) as info, SmtpDelivery(turkish, timeout=5) as smtp:
        smtp.send(data, "radar@bank.example", "ayse@bank.example", message_id, NOW)
    assert "ASCII" in str(info.value) and "şifre" not in str(info.value)
    assert len(sink.received) == 1
