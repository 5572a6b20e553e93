"""Fixtures for the reports stage: settings, fixed clock, a real SMTP server."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage as ParsedMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from radar_core.config import Settings

NOW = datetime(2026, 11, 23, 6, 30)
MAIL_FROM = "Radar Uyarı Ş Ğ İ ı <radar@bank.example>"
RESEARCH = "Araştırma Masası <research@bank.example>"


def clock() -> datetime:
    return NOW


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> ParsedMessage:
        msg = message_from_bytes(self.data, policy=policy.default)
        assert isinstance(msg, ParsedMessage)
        return msg


@dataclass
class Sink:
    """aiosmtpd handler that keeps every message it accepts."""

    received: list[Received] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                      bytes(envelope.original_content or envelope.content)))
        return "250 Message accepted for delivery"

    def by_recipient(self) -> dict[str, list[ParsedMessage]]:
        out: dict[str, list[ParsedMessage]] = {}
        for item in self.received:
            for rcpt in item.rcpt_tos:
                out.setdefault(rcpt, []).append(item.message)
        return out


class PortZeroController(Controller):
    """aiosmtpd's Controller bound to port 0: learn the real port before the self-test."""

    def _trigger_server(self) -> None:
        assert self.server is not None
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


@pytest.fixture
def smtp_server() -> Iterator[tuple[Sink, int]]:
    sink = Sink()
    controller = PortZeroController(sink, hostname="127.0.0.1", port=0)
    controller.start()
    try:
        yield sink, controller.port
    finally:
        controller.stop()


@pytest.fixture
def dead_port() -> int:
    """A port on 127.0.0.1 where nothing listens (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        mail_from=MAIL_FROM,
        research_mailbox=RESEARCH,
        review_base_url="https://radar.bank.example/",
    )
