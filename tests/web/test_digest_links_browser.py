"""Every link of an RM's digest opens, in Chromium, for that RM (issue: e-mailed alerts 404'd).

The seeded group: Toros Holding (C3, RM ayse) owns Toros Enerji (C4, no RM), which owns
Toros Lojistik (C7, RM mehmet). A capital increase at Toros Lojistik raises a direct alert
and a group alert addressed to C3; both reach ayse (as the group's RM) and mehmet (as the
firm's RM), and each digest holds the fact once, naming both firms. A direct alert on C4
reaches ayse only through the register's parent chain: the page used to answer it with
404. The digests go through a real SMTP server (aiosmtpd on 127.0.0.1) and every link is
opened in Debian's Chromium, logged in as the digest's recipient.
"""

from __future__ import annotations

import os
import re
from email import message_from_bytes, policy

import pytest

from radar.reporting.mail import send_pending
from radar.web.screenshots import CHROMIUM, VIEWPORT, launch, log_in
from radar.web.server import serve_in_thread
from radar_core.db.models import Alert, AlertEvent, Client, Document, Event, User
from reports.delivery import SmtpDelivery
from tests.reports.conftest import smtp_server
from tests.web.conftest import NOW, PASSWORD

__all__ = ["smtp_server"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is absent (apt-get install chromium)"),
]
playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")


def _group_facts(sessions, password_hash: str) -> dict[str, int]:
    """The subsidiary's fact (direct + group alert), a C4 alert, and a research user."""
    with sessions() as session:
        session.add(Client(client_id="C7", legal_name="Toros Lojistik A.Ş.", aliases=[],
                           rm_email="mehmet@bank.example", parent_id="C4", updated_at=NOW))
        session.add(User(username="masa", password_hash=password_hash, role="rm",
                         rm_email="research@bank.example", active=True, created_at=NOW))
        doc = Document(external_id="doc-7", url="https://news7.example.com/7", content_hash="h7",
                       source="news7", source_type="news", fetched=NOW, lang="tr", title="Toros Lojistik",
                       text="Toros Lojistik A.Ş. sermayesini artırdı.")
        session.add(doc)
        session.flush()
        event = Event(document_id=doc.id, type="capital_increase", polarity="opportunity", client_id="C7",
                      firm_key="C7", company="Toros Lojistik A.Ş.", confidence=0.9,
                      evidence="Toros Lojistik A.Ş. sermayesini artırdı.", created_at=NOW, details={})
        session.add(event)
        session.flush()
        explanation = {"rule": {"id": "r", "version": "1", "description": "Sermaye artırımı"},
                       "why": "Toros Lojistik sermaye artırdı.",
                       "events": [{"event_id": event.id, "type": "capital_increase", "company": "Toros Lojistik",
                                   "evidence": event.evidence, "url": doc.url, "source": "news7"}]}
        ids = {}
        for key, rule, notify, client_id in (("direct", "capital_watch", [], "C7"),
                                              ("group", "group_capital", ["C3"], "C7"),
                                              ("energy", "capital_watch", [], "C4")):
            alert = Alert(dedupe_key=f"digest-{key}", rule_id=rule, rule_version="1", polarity="opportunity",
                          client_id=client_id, firm_key=client_id, company=f"{client_id} firm {key}",
                          title=f"{key} alert", score=5.0, severity="medium",
                          explanation=explanation if client_id == "C7" else {**explanation, "events": []},
                          notify_client_ids=notify, created_at=NOW, updated_at=NOW, as_of=NOW)
            session.add(alert)
            session.flush()
            if client_id == "C7":
                session.add(AlertEvent(alert_id=alert.id, event_id=event.id))
            ids[key] = alert.id
        session.commit()
    return ids


def _links(message) -> list[str]:
    """The digest's links into the review queue (alert pages), in order."""
    html = message.get_body(("html",)).get_content()
    return re.findall(r'href="([^"]*/alerts/\d+)"', html)


def _evidence_links(message, base_url: str) -> list[str]:
    """The digest's links to stored copies of evidence documents."""
    html = message.get_body(("html",)).get_content()
    return [u for u in re.findall(r'href="([^"]*/evidence/\d+[^"]*)"', html) if u.startswith(base_url)]


def test_every_digest_link_opens_for_its_rm(app, sessions_, seeded, password_hash, smtp_server):
    ids = _group_facts(sessions_, password_hash)
    sink, port = smtp_server
    with serve_in_thread(app) as base_url:
        settings = app.state.settings.model_copy(update={
            "review_base_url": base_url, "smtp_host": "127.0.0.1", "smtp_port": port})
        result = send_pending(sessions_, settings, lambda: NOW, SmtpDelivery(settings, timeout=5))
        assert result.ok and result.failed == 0
        mails = {}
        for item in sink.received:
            message = message_from_bytes(item.data, policy=policy.default)
            for rcpt in item.rcpt_tos:
                mails[rcpt] = message
        users = {"ayse@bank.example": "ayse", "mehmet@bank.example": "mehmet", "research@bank.example": "masa"}
        assert set(mails) == set(users)

        # the same fact once per digest, naming the firm and its group, with both alerts linked
        for rcpt in ("ayse@bank.example", "mehmet@bank.example"):
            text = mails[rcpt].get_body(("plain",)).get_content()
            assert text.count("C7 firm direct") == 1 and "C7 firm group" not in text, rcpt
            assert "Toros Holding A.Ş. (C3)" in text, rcpt
        ayse_links = _links(mails["ayse@bank.example"])
        for key in ("direct", "group", "energy"):
            assert f"{base_url}/alerts/{ids[key]}" in ayse_links, key
        assert f"{base_url}/alerts/{seeded.group_alert}" in ayse_links

        with playwright_api.sync_playwright() as pw:
            browser = launch(pw)
            try:
                for rcpt, username in users.items():
                    links = _links(mails[rcpt])
                    header = mails[rcpt]["X-Radar-Alert-Ids"]
                    assert sorted(int(u.rsplit("/", 1)[1]) for u in links) == sorted(
                        int(i) for i in header.split(","))  # every mailed alert is linked
                    page = browser.new_page(viewport=VIEWPORT)
                    log_in(page, base_url, username, PASSWORD)
                    for url in links:
                        response = page.goto(url)
                        assert response is not None and response.status == 200, (username, url)
                        alert_id = int(url.rsplit("/", 1)[1])
                        with sessions_() as session:
                            title = session.get(Alert, alert_id).title
                        assert page.locator("h1").inner_text() == title, (username, url)
                        assert "no such alert" not in page.content()
                    evidence = _evidence_links(mails[rcpt], base_url)
                    if rcpt != "research@bank.example":
                        assert evidence, rcpt  # the subsidiary's fact carries its stored copy
                    for url in dict.fromkeys(evidence):  # one visit per distinct link
                        response = page.goto(url)
                        assert response is not None and response.status == 200, (username, url)
                        assert "no such evidence" not in page.content()
                    page.close()
            finally:
                browser.close()
