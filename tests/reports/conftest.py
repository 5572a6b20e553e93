"""Fixtures for the reports stage: in-memory database, fixed clock, a real SMTP server."""

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
from sqlalchemy.orm import Session, sessionmaker

from radar_core.config import Settings
from radar_core.db import session_scope
from radar_core.db.models import Alert, Client

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


def explanation(company: str, why: str, evidence: list[dict[str, Any]], severity: str = "high",
                description: str = "Bir olay kuralı") -> dict[str, Any]:
    """The explanation JSON shape the rules engine stores on alerts."""
    return {
        "rule": {"id": "r1", "version": "1", "kind": "single", "description": description},
        "why": why,
        "events": [
            {"event_id": i + 1, "type": ev.get("type", "lawsuit"), "company": company,
             "client_id": ev.get("client_id"), "evidence": ev["evidence"], "url": ev.get("url"),
             "source": ev.get("source", "Kaynak"), "source_type": "news",
             "published": ev.get("published"), "amount": ev.get("amount"),
             "event_date": None}
            for i, ev in enumerate(evidence)
        ],
        "sources": sorted({ev.get("source", "Kaynak") for ev in evidence}),
        "score": {"total": 0.0, "formula": "sum", "components": []},
        "severity": severity,
    }


@dataclass
class World:
    """Builds clients and alerts directly with the models."""

    sessions: sessionmaker[Session]
    counter: int = 0

    def client(self, client_id: str, rm_email: str | None, parent_id: str | None = None,
               name: str | None = None) -> None:
        with session_scope(self.sessions) as session:
            session.add(Client(client_id=client_id, legal_name=name or client_id.upper(),
                               rm_email=rm_email, parent_id=parent_id, updated_at=NOW))

    def alert(self, company: str, client_id: str | None, *, polarity: str = "risk",
              score: float = 50.0, status: str = "new", notify: list[str] | None = None,
              why: str = "Firma hakkında dava açıldı.", title: str | None = None,
              evidence: list[dict[str, Any]] | None = None) -> int:
        self.counter += 1
        evidence = evidence or [{"evidence": f"{company} hakkında gelişme {self.counter}.",
                                 "url": f"https://news.example/{self.counter}",
                                 "published": "2026-11-22T09:15:00"}]
        with session_scope(self.sessions) as session:
            row = Alert(
                dedupe_key=f"k{self.counter}", rule_id="r1", rule_version="1",
                polarity=polarity, client_id=client_id, firm_key=client_id or company.lower(),
                company=company, title=title or f"{company}: uyarı {self.counter}",
                score=score, severity="high", status=status,
                explanation=explanation(company, why, evidence),
                notify_client_ids=notify or [], created_at=NOW, updated_at=NOW, as_of=NOW,
            )
            session.add(row)
            session.flush()
            return row.id


@pytest.fixture
def world(sessions: sessionmaker[Session]) -> World:
    return World(sessions)


