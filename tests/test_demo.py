"""The README's main job: ``radar demo`` end to end, twice, in real subprocesses.

Subprocesses because Scrapy's Twisted reactor starts once per process, and because this is
exactly what a user runs.
"""

from __future__ import annotations

import email
import email.policy
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def _radar(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "radar.cli", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, timeout=300, check=False,
    )


def _counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("documents", "events", "alerts", "emails", "email_alerts", "mentions")}
    finally:
        con.close()


@pytest.fixture(scope="module")
def demo_runs(tmp_path_factory):
    data = tmp_path_factory.mktemp("demo") / "radar-data"
    first = _radar(data, "demo")
    counts_first = _counts(data / "radar_core.db")
    second = _radar(data, "demo")
    counts_second = _counts(data / "radar_core.db")
    return data, first, second, counts_first, counts_second


def test_demo_prints_opportunity_and_risk_alerts_with_evidence_and_source(demo_runs):
    _, first, *_ = demo_runs
    assert first.returncode == 0, first.stderr
    out = first.stdout
    assert "Top risk alerts:" in out and "Top opportunity alerts:" in out
    for section in ("Top risk alerts:", "Top opportunity alerts:"):
        block = out.split(section, 1)[1]
        assert re.search(r"evidence: \u201c.+\u201d", block)
        assert re.search(r"source:\s+http://127\.0\.0\.1:\d+/", block)


def test_demo_writes_valid_multipart_emails(demo_runs):
    data, *_ = demo_runs
    files = sorted((data / "outbox").glob("*.eml"))
    assert len(files) >= 2
    for path in files:
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert msg.get_content_type() == "multipart/alternative"
        types = [part.get_content_type() for part in msg.iter_parts()]
        assert types == ["text/plain", "text/html"]
        html = msg.get_body(("html",)).get_content()
        assert "<script" not in html.lower()  # the demo site carries a hostile title
        assert msg["Message-ID"] and msg["To"]


def test_second_demo_run_adds_nothing(demo_runs):
    _, first, second, counts_first, counts_second = demo_runs
    assert second.returncode == 0, second.stderr
    assert counts_first["documents"] > 20 and counts_first["alerts"] > 5
    assert counts_second == counts_first
    assert "Nothing new" in second.stdout


def test_review_queue_on_demo_data_and_readme_screenshots(demo_runs):
    """Open the review queue on the demo database, as the README shows, and photograph it."""
    import os

    pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    from radar.web.screenshots import CHROMIUM, capture

    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is absent (apt-get install chromium)")
    from radar.users import add_user
    from radar.web import create_app
    from radar.web.server import serve_in_thread
    from radar_core.clock import utcnow
    from radar_core.config import load_settings
    from radar_core.db import connect, session_scope

    data, *_ = demo_runs
    settings = load_settings(environ={}, data_dir=data)
    sessions = connect(settings.resolved_database_url)
    with session_scope(sessions) as session:
        add_user(session, "analyst", "demo-password", "analyst", utcnow())
    docs = Path(__file__).resolve().parents[1] / "docs"
    with serve_in_thread(create_app(settings, sessions)) as base_url:
        queue = capture(f"{base_url}/", docs / "review-queue.png", login=("analyst", "demo-password"))
        alert = capture(f"{base_url}/alerts/1", docs / "alert-page.png",
                        login=("analyst", "demo-password"))
    for png in (queue, alert):
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


def test_demo_ends_with_a_backtest_report(demo_runs):
    data, first, *_ = demo_runs
    assert "Back-test:" in first.stdout
    html = data / "reports" / "backtest" / "backtest.html"
    text = html.read_text(encoding="utf-8")
    # Turkish (the language setting's default), with the English copy beside it for the web page
    assert "Radar geriye dönük testi" in text and "data:image/png;base64" in text
    assert "Radar back-test" in html.with_name("backtest.en.html").read_text(encoding="utf-8")


def test_evidence_links_open_from_the_database_after_the_demo(demo_runs):
    """The demo site is gone once the demo ends; the e-mail's stored-copy link still opens."""
    import urllib.error
    import urllib.request
    from urllib.parse import urlsplit

    from fastapi.testclient import TestClient
    from markupsafe import escape

    from radar.users import add_user
    from radar.web import create_app
    from radar_core.clock import utcnow
    from radar_core.config import load_settings
    from radar_core.db import connect, session_scope

    data, first, *_ = demo_runs
    assert re.search(r"stored:\s+http://127\.0\.0\.1:8000/evidence/\d+", first.stdout)
    links = []
    for path in sorted((data / "outbox").glob("*.eml")):
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        links += re.findall(r"Kayıtlı kopya: (\S+)", msg.get_body(("plain",)).get_content())
    assert links
    target = urlsplit(links[0])
    event_id = int(target.path.rsplit("/", 1)[1])
    con = sqlite3.connect(data / "radar_core.db")
    try:
        original, evidence = con.execute(
            "SELECT d.url, e.evidence FROM events e JOIN documents d ON d.id = e.document_id "
            "WHERE e.id = ?", (event_id,)).fetchone()
    finally:
        con.close()
    assert original.startswith("http://127.0.0.1:")
    with pytest.raises(urllib.error.URLError):  # the demo's own site has stopped
        urllib.request.urlopen(original, timeout=5)

    settings = load_settings(environ={}, data_dir=data)
    sessions = connect(settings.resolved_database_url)
    with session_scope(sessions) as session:
        add_user(session, "reader", "reader-password", "analyst", utcnow())
    client = TestClient(create_app(settings, sessions))
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
    client.post("/login", data={"username": "reader", "password": "reader-password",
                                "csrf_token": token, "next": target.path})
    page = client.get(target.path)
    assert page.status_code == 200
    assert f'<mark id="evidence">{escape(evidence)}</mark>' in page.text
    assert f'href="{escape(original)}"' in page.text


def test_no_simulated_outcome_lies_after_today(demo_runs):
    from datetime import UTC, datetime

    data, *_ = demo_runs
    con = sqlite3.connect(data / "radar_core.db")
    try:
        count, latest = con.execute("SELECT COUNT(*), MAX(date) FROM outcomes").fetchone()
    finally:
        con.close()
    assert count > 50  # last year's offers and earlier loans and defaults
    assert latest <= datetime.now(UTC).date().isoformat()
