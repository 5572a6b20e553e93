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
    counts_first = _counts(data / "radar.db")
    second = _radar(data, "demo")
    counts_second = _counts(data / "radar.db")
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
