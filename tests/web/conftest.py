"""Review-queue fixtures: a small invented portfolio with hostile crawled text, and users.

Firms, sentences and URLs are made up for these tests. Document 3 is hostile: its title,
evidence and URL try to run script, so every page that shows it doubles as an XSS test.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from radar.users import verify_password
from radar.web import create_app
from radar_core.config import load_settings
from radar_core.db import connect
from radar_core.db.models import (
    Alert,
    AlertEvent,
    Client,
    Document,
    EntityLink,
    Event,
    Mention,
    User,
)

NOW = datetime(2025, 6, 30, 9, 0, 0)
PASSWORD = "correct horse battery"
HOSTILE_TITLE = '<script>window.__pwned=1</script>Ege Kimya davalık'
HOSTILE_EVIDENCE = 'Ege Kimya hakkında dava açıldı <img src=x onerror="window.__pwned=1">.'
HOSTILE_URL = "javascript:window.__pwned=1"
AMBIGUOUS_SENTENCE = "Demir Grup yeni fabrikası için 40 milyon dolarlık yatırım yapacak."


@dataclass
class Seeded:
    """Ids of the seeded rows that tests refer to."""

    ayse_alert: int  # C1, RM ayse, opportunity high, capacity_expansion from news
    mehmet_alert: int  # C2, RM mehmet, risk critical, hostile document
    prospect_alert: int  # no client, opportunity medium, from a tender
    group_alert: int  # about C4 (no RM), notify_client_ids names C3 (RM ayse)
    old_alert: int  # C1, accepted last month: the firm's history
    ambiguous_link: int
    hostile_document: int


@pytest.fixture(scope="session")
def password_hash() -> str:
    """One cheap argon2 hash shared by seeded users: verification reads the cost from the hash."""
    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash(PASSWORD)
    assert verify_password(cheap, PASSWORD)
    return cheap


def _doc(session: Session, n: int, **kw: object) -> Document:
    values: dict[str, object] = {
        "external_id": f"doc-{n}", "url": f"https://news{n}.example.com/story/{n}",
        "canonical_url": f"https://news{n}.example.com/story/{n}", "content_hash": f"h{n}",
        "source": f"news{n}", "source_type": "news", "published": datetime(2025, 6, 28, 8, 0),
        "fetched": datetime(2025, 6, 28, 9, 0), "lang": "tr", "title": f"Haber {n}", "text": "",
    }
    values.update(kw)
    doc = Document(**values)
    session.add(doc)
    session.flush()
    return doc


def _event(session: Session, doc: Document, type_: str, client_id: str | None, company: str,
           evidence: str, **kw: object) -> Event:
    polarity = "risk" if type_ in ("lawsuit", "insolvency") else "opportunity"
    event = Event(document_id=doc.id, type=type_, polarity=polarity, client_id=client_id,
                  firm_key=client_id or f"prospect:{company.lower()}", company=company,
                  confidence=0.9, evidence=evidence, created_at=NOW, details={}, **kw)
    session.add(event)
    session.flush()
    return event


def _alert(session: Session, key: str, events: list[Event], **kw: object) -> Alert:
    values: dict[str, object] = {
        "dedupe_key": key, "rule_version": "1", "created_at": NOW, "updated_at": NOW, "as_of": NOW,
        "notify_client_ids": [],
    }
    values.update(kw)
    alert = Alert(**values)
    session.add(alert)
    session.flush()
    for event in events:
        session.add(AlertEvent(alert_id=alert.id, event_id=event.id))
    return alert


def seed(session: Session, password_hash: str) -> Seeded:
    """The test portfolio: two RMs, a group, a prospect, a hostile story, an ambiguous link."""
    for cid, name, rm in (("C1", "Kuzey Tekstil A.Ş.", "ayse@bank.example"),
                          ("C2", "Ege Kimya A.Ş.", "mehmet@bank.example"),
                          ("C3", "Toros Holding A.Ş.", "ayse@bank.example"),
                          ("C4", "Toros Enerji A.Ş.", None),
                          ("C5", "Demir Grup İnşaat A.Ş.", "mehmet@bank.example"),
                          ("C6", "Demir Grup Gıda A.Ş.", "ayse@bank.example")):
        session.add(Client(client_id=cid, legal_name=name, aliases=[], rm_email=rm, city="İzmir",
                           sector="imalat", updated_at=NOW, parent_id="C3" if cid == "C4" else None))
    for username, role, rm in (("ana", "analyst", None), ("root", "admin", None),
                               ("ayse", "rm", "ayse@bank.example"), ("mehmet", "rm", "mehmet@bank.example")):
        # These tests read the English pages (set explicitly: Turkish is the default);
        # tests/web/test_i18n.py covers the Turkish ones.
        session.add(User(username=username, password_hash=password_hash, role=role, rm_email=rm,
                         active=True, created_at=NOW, language="en"))
    text1 = ("Sektörde hareketli günler. Kuzey Tekstil A.Ş. Denizli'deki fabrikasında kapasite "
             "artırımına gidiyor. Şirket yeni hat için 12 milyon avro ayırdı.")
    d1 = _doc(session, 1, text=text1, story_id="story-a", title="Kuzey Tekstil kapasite artırıyor")
    _doc(session, 2, text=text1, story_id="story-a", title="Kuzey Tekstil'den yeni hat", source="news2")
    e1 = _event(session, d1, "capacity_expansion", "C1", "Kuzey Tekstil A.Ş.",
                "Kuzey Tekstil A.Ş. Denizli'deki fabrikasında kapasite artırımına gidiyor.",
                amount_value=12_000_000, amount_currency="EUR", event_date=date(2025, 6, 27))
    d3 = _doc(session, 3, title=HOSTILE_TITLE, url=HOSTILE_URL, canonical_url="x3",
              text=f"Önceki gün açıklandı. {HOSTILE_EVIDENCE} Şirket açıklama yapmadı.")
    e2 = _event(session, d3, "lawsuit", "C2", "Ege Kimya A.Ş.", HOSTILE_EVIDENCE)
    d4 = _doc(session, 4, source_type="tender", title="Yıldız Makina ihale açtı",
              text="Yıldız Makina Ltd. Şti. fabrika genişletme ihalesi açtı.")
    e3 = _event(session, d4, "tender_opened", None, "Yıldız Makina Ltd. Şti.",
                "Yıldız Makina Ltd. Şti. fabrika genişletme ihalesi açtı.")
    d5 = _doc(session, 5, text="Toros Enerji yeni santral için sermaye artırdı.")
    e4 = _event(session, d5, "capital_increase", "C4", "Toros Enerji", "Toros Enerji yeni santral için sermaye artırdı.")
    d6 = _doc(session, 6, text=f"Haftanın özeti. {AMBIGUOUS_SENTENCE} Ayrıntı verilmedi.")
    start = d6.text.index("Demir Grup")
    mention = Mention(document_id=d6.id, text="Demir Grup", start=start, end=start + 10, kind="register")
    session.add(mention)
    session.flush()
    link = EntityLink(mention_id=mention.id, client_id=None, confidence=0.5, status="ambiguous",
                      candidates=[{"client_id": "C5", "score": 0.61}, {"client_id": "C6", "score": 0.6}],
                      features={})
    session.add(link)
    _event(session, d6, "investment_announcement", None, "Demir Grup", AMBIGUOUS_SENTENCE, mention_id=mention.id,
           link_status="ambiguous")
    explanation = {
        "rule": {"id": "capacity_watch", "version": "1", "kind": "single", "description": "Capacity growth at a client"},
        "why": "Kuzey Tekstil is adding a production line: offer investment credit.",
        "events": [], "sources": ["news1", "news2"],
        "score": {"total": 7.2, "formula": "sum(value × weight)", "components": [
            {"name": "event_weight", "value": 6.0, "weight": 1.0, "detail": "capacity_expansion"},
            {"name": "amount", "value": 1.2, "weight": 1.0, "detail": "12M EUR"}]},
        "severity": "high",
    }
    a1 = _alert(session, "k1", [e1], rule_id="capacity_watch", polarity="opportunity", client_id="C1",
                firm_key="C1", company="Kuzey Tekstil A.Ş.", title="Kuzey Tekstil adds a production line",
                score=7.2, severity="high", explanation=explanation)
    a2 = _alert(session, "k2", [e2], rule_id="risk_lawsuit", polarity="risk", client_id="C2", firm_key="C2",
                company="Ege Kimya A.Ş.", title=HOSTILE_TITLE, score=9.0, severity="critical",
                explanation={"why": HOSTILE_EVIDENCE, "rule": {"id": "risk_lawsuit", "version": "1"}})
    a3 = _alert(session, "k3", [e3], rule_id="prospect_tender", polarity="opportunity", client_id=None,
                firm_key="prospect:yıldız makina ltd. şti.", company="Yıldız Makina Ltd. Şti.",
                title="Yıldız Makina opens a plant tender", score=4.0, severity="medium", explanation={})
    a4 = _alert(session, "k4", [e4], rule_id="group_capital", polarity="opportunity", client_id="C4",
                firm_key="C4", company="Toros Enerji", title="Toros Enerji raises capital", score=3.0,
                severity="low", notify_client_ids=["C3"], explanation={})
    a5 = _alert(session, "k5", [], rule_id="capacity_watch", polarity="opportunity", client_id="C1",
                firm_key="C1", company="Kuzey Tekstil A.Ş.", title="Kuzey Tekstil wins export deal",
                score=5.0, severity="medium", status="accepted", created_at=datetime(2025, 5, 20, 9, 0),
                explanation={})
    session.flush()
    return Seeded(a1.id, a2.id, a3.id, a4.id, a5.id, link.id, d3.id)


@pytest.fixture
def web_db(database_url: str, password_hash: str) -> tuple[sessionmaker[Session], Seeded]:
    sessions = connect(database_url)
    with sessions() as session:
        seeded = seed(session, password_hash)
        session.commit()
    return sessions, seeded


@pytest.fixture
def app(web_db, tmp_path) -> FastAPI:
    sessions, _ = web_db
    settings = load_settings(environ={}, data_dir=tmp_path)
    return create_app(settings, sessions, clock=lambda: NOW, secret_key="k" * 40)


@pytest.fixture
def seeded(web_db) -> Seeded:
    return web_db[1]


@pytest.fixture
def sessions_(web_db) -> sessionmaker[Session]:
    return web_db[0]


CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    match = CSRF_RE.search(html)
    assert match, "page has no CSRF field"
    return match.group(1)


@pytest.fixture
def login(app: FastAPI) -> Callable[[str], TestClient]:
    """Return a TestClient logged in as the given seeded user."""
    def _login(username: str) -> TestClient:
        client = TestClient(app)
        token = csrf_of(client.get("/login").text)
        response = client.post("/login", data={"username": username, "password": PASSWORD,
                                               "csrf_token": token, "next": "/"}, follow_redirects=False)
        assert response.status_code == 303, response.text
        return client
    return _login


@pytest.fixture
def server(app: FastAPI) -> Iterator[str]:
    """The review queue served on 127.0.0.1 for a real browser: its base URL."""
    from radar.web.server import serve_in_thread

    with serve_in_thread(app) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium through Playwright, one per test module; each test opens its own
    page (its own cookie jar)."""
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="the playwright package is not installed")
    from radar.web.screenshots import launch

    with sync_api.sync_playwright() as pw:
        chromium = launch(pw)
        try:
            yield chromium
        finally:
            chromium.close()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives Debian's Chromium through Playwright")
