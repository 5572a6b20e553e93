"""Webhook fixtures: a real HTTP receiver on 127.0.0.1, a few alerts, settings, a clock.

The receiver is ``http.server`` in a thread; it answers from a script of status codes
(then 200) and records every request's headers and raw body. Firms and texts are made up.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from radar_core.config import Settings, load_settings
from radar_core.db.models import Alert, AlertEvent, Client, Document, Event

NOW = datetime(2025, 6, 30, 9, 0, 0)
SECRET = "s3cret-shared-with-the-crm-0123456789"
HOSTILE_TITLE = '</script><script>alert("x")</script> "quoted" & \u2028 line\nbreak'
HOSTILE_SENTENCE = 'Ege Kimya hakkında dava açıldı <img src=x onerror="alert(1)">.'


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    """What the receiver got, and the statuses it will answer (then 200)."""

    url: str
    port: int
    script: list[int] = field(default_factory=list)
    requests: list[Received] = field(default_factory=list)
    delay: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def delivery_ids(self) -> list[str]:
        return [r.headers["X-Radar-Delivery"] for r in self.requests]


def _handler(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if receiver.delay:
                threading.Event().wait(receiver.delay)
            with receiver.lock:
                receiver.requests.append(Received(dict(self.headers.items()), body))
                status = receiver.script.pop(0) if receiver.script else 200
            self.send_response(status)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


def start_receiver(port: int = 0, receiver: Receiver | None = None) -> tuple[Receiver, ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", port), _handler(receiver or Receiver("", 0)))
    bound = server.server_address[1]
    if receiver is None:
        receiver = Receiver(f"http://127.0.0.1:{bound}/hooks/radar", bound)
        server.RequestHandlerClass = _handler(receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return receiver, server


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    found, server = start_receiver()
    try:
        yield found
    finally:
        server.shutdown()
        server.server_close()


def free_port() -> int:
    """A port nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


@pytest.fixture
def clock_() -> Clock:
    return Clock()


def hook_settings(tmp_path: Any, url: str, **endpoint: Any) -> Settings:
    return load_settings(environ={"RADAR_WEBHOOK_CRM_SECRET": SECRET}, data_dir=tmp_path,
                         webhooks=[{"name": "crm", "url": url, **endpoint}],
                         review_base_url="https://radar.bank.example/")


def add_alert(session: Session, n: int, *, title: str = "", severity: str = "high",
              polarity: str = "opportunity", client_id: str | None = "C1",
              firm_key: str | None = None, created: datetime | None = None,
              evidence: str = "Kuzey Tekstil A.Ş. yeni hat kuruyor.") -> Alert:
    doc = Document(external_id=f"doc-{n}", url=f"https://news.example/{n}", content_hash=f"h{n}",
                   source="news", source_type="news", published=NOW - timedelta(days=1),
                   fetched=NOW - timedelta(hours=20), lang="tr", title=f"Haber {n}", text=evidence)
    session.add(doc)
    session.flush()
    event = Event(document_id=doc.id, type="capacity_expansion", polarity=polarity,
                  client_id=client_id, firm_key=firm_key or client_id or f"prospect:{n}",
                  company="Kuzey Tekstil A.Ş.", confidence=0.9, evidence=evidence,
                  created_at=NOW, details={})
    session.add(event)
    session.flush()
    alert = Alert(dedupe_key=f"k{n}", rule_id="capacity_watch", rule_version="1",
                  polarity=polarity, client_id=client_id,
                  firm_key=firm_key or client_id or f"prospect:{n}", company="Kuzey Tekstil A.Ş.",
                  title=title or f"Kuzey Tekstil alert {n}", score=5.0, severity=severity,
                  explanation={"why": "Kuzey Tekstil is adding a line."}, notify_client_ids=[],
                  created_at=created or NOW - timedelta(hours=1), updated_at=NOW, as_of=NOW)
    session.add(alert)
    session.flush()
    session.add(AlertEvent(alert_id=alert.id, event_id=event.id))
    return alert


@pytest.fixture
def hook_db(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    with sessions() as session:
        session.add(Client(client_id="C1", legal_name="Kuzey Tekstil A.Ş.", aliases=[],
                           rm_email="ayse@bank.example", updated_at=NOW))
        session.commit()
    return sessions
