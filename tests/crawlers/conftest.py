"""Crawl fixtures: a crawl runs in a subprocess (the Twisted reactor starts once per process)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from radar_core.db import connect, session_scope
from radar_core.db.models import CrawlRun, Document, Source

ROOT = Path(__file__).resolve().parents[2]


def write_sources(path: Path, yaml_text: str) -> Path:
    path.write_text(yaml_text, encoding="utf-8")
    return path


def crawl(tmp_path: Path, sources: Path, base_url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    """``radar crawl`` in a fresh process against the test database and cache."""
    cmd = [sys.executable, "-m", "radar.cli", "-q", "--data-dir", str(tmp_path / "data"),
           "crawl", "--sources", str(sources), "--var", f"BASE={base_url}", *extra]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=ROOT)


def documents(tmp_path: Path) -> list[Document]:
    sessions = connect(f"sqlite:///{(tmp_path / 'data' / 'radar_core.db').resolve()}")
    with session_scope(sessions) as session:
        return list(session.scalars(select(Document).order_by(Document.id)))


def run_stats(tmp_path: Path) -> dict[str, dict]:
    sessions = connect(f"sqlite:///{(tmp_path / 'data' / 'radar_core.db').resolve()}")
    with session_scope(sessions) as session:
        rows = session.execute(select(Source.name, CrawlRun.stats)
                               .join(CrawlRun, CrawlRun.source_id == Source.id)).all()
    return {name: stats for name, stats in rows}


@pytest.fixture
def demo_site():
    from crawlers.demo_site import serve

    with serve() as server:
        yield server
