"""Fixtures for the database side of reporting: clients and alerts built with the models.

The SMTP server, settings and clock are the reports stage's (``tests.reports.conftest``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from radar_core.db import session_scope
from radar_core.db.models import Alert, Client
from tests.reports.conftest import NOW, dead_port, settings, smtp_server

__all__ = ["World", "dead_port", "explanation", "settings", "smtp_server", "world"]


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


