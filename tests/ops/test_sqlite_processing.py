"""SQLite has one writer: processing is never half-failed by "database is locked".

A second ``radar process`` (or ``radar worker``) on the same SQLite file is refused in one
line with exit 4, before it touches anything; batches take the write lock before they read,
so workers sharing a file serialise instead of failing documents; and a lock the batch
cannot get fails the batch as a whole, counting no document as failed.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from radar.demo import import_demo_register
from radar.locks import sqlite_processing_lock
from radar.processing import ProcessStats, process_batch
from radar.processing_lock import exclusive_processing
from radar_core.db import connect, session_scope
from radar_core.db.models import Client, Document, Event
from radar_core.errors import BusyError

NOW = datetime(2026, 12, 1, 9, 0)
SENTENCES = (
    "{firm}, yeni fabrika yatırımı için {n} milyon dolar harcayacağını açıkladı.",
    "{firm} hakkında alacaklıları tarafından iflas davası açıldı.",
    "{firm} sermayesini {n} milyon TL artırma kararı aldı.",
    "Piyasalarda gün boyunca dalgalı bir seyir izlendi.",
)


def _seed(path: Path, count: int) -> str:
    """The demo register and ``count`` short news documents, a third naming a client."""
    url = f"sqlite:///{path}"
    sessions = connect(url)
    import_demo_register(sessions, lambda: NOW)
    with session_scope(sessions) as session:
        firms = sorted(session.scalars(select(Client.legal_name)))
        rows = []
        for i in range(count):
            body = SENTENCES[i % 4].format(firm=firms[i % len(firms)], n=10 + i) + f" (Haber {i})"
            rows.append({"external_id": f"n{i}", "url": f"http://news.example/{i}",
                         "canonical_url": f"http://news.example/{i}", "content_hash": f"h{i}",
                         "source": "news", "source_type": "news", "published": NOW - timedelta(hours=2),
                         "fetched": NOW - timedelta(hours=1), "lang": "tr", "title": body[:40],
                         "text": body, "fields": {}, "flags": {}})
        session.execute(insert(Document), rows)
    sessions.kw["bind"].dispose()
    return url


def _radar(url: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "radar.cli", "--db", url, *args]


def _unprocessed(url: str) -> int:
    sessions = connect(url)
    with session_scope(sessions) as session:
        left = int(session.scalar(select(func.count(Document.id)).where(Document.processed_at.is_(None))) or 0)
    sessions.kw["bind"].dispose()
    return left


def test_a_second_process_run_is_refused_in_one_line_with_exit_4(tmp_path):
    url = _seed(tmp_path / "radar.db", 5)
    with exclusive_processing(url):  # a first run holds the file
        second = subprocess.run(_radar(url, "process"), capture_output=True, text=True, timeout=120)
        with pytest.raises(BusyError):
            with exclusive_processing(url, "radar worker"):
                pass
    assert second.returncode == 4, second.stderr
    lines = second.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("radar: R008: radar process: another processing run (pid ")
    assert "nothing was done" in lines[0] and "PostgreSQL" in lines[0]
    assert _unprocessed(url) == 5  # refused before touching anything
    again = subprocess.run(_radar(url, "process"), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr  # the lock went with its holder
    assert "failed: 0" in again.stdout and _unprocessed(url) == 0


def test_two_real_process_commands_on_one_file(tmp_path):
    """The second starts while the first works: it is refused, the first finishes everything."""
    url = _seed(tmp_path / "radar.db", 5000)
    lock = sqlite_processing_lock(url)
    assert lock is not None
    first = subprocess.Popen(_radar(url, "-q", "process"), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while first.poll() is None and time.monotonic() < deadline:
            if lock.path.exists() and lock.path.read_text().strip() == str(first.pid):
                break
            time.sleep(0.05)
        assert first.poll() is None, "the first run ended before the second could start"
        second = subprocess.run(_radar(url, "process"), capture_output=True, text=True, timeout=120)
        out, err = first.communicate(timeout=600)
    finally:
        if first.poll() is None:
            first.kill()
    assert second.returncode == 4 and f"(pid {first.pid})" in second.stderr, second.stderr
    assert first.returncode == 0, err
    assert "documents: 5000" in out and "failed: 0" in out
    assert _unprocessed(url) == 0


def _work(url: str, ids: list[int], barrier, queue) -> None:
    from radar.pipeline import build_extractor, load_register
    from radar.workers import process_ids
    from radar_core.clock import utcnow

    sessions = connect(url)
    extractor = build_extractor(load_register(sessions))
    barrier.wait()
    done, failed = 0, []
    for offset in range(0, len(ids), 25):
        stats = process_ids(sessions, extractor, utcnow, ids[offset:offset + 25])
        done += stats.documents
        failed += stats.failed
    queue.put((done, failed))


def test_two_library_workers_on_one_file_serialise_and_fail_nothing(tmp_path):
    """What benchmarks/pipeline.py does: 4,717 of 10,000 failed before batches locked up front."""
    url = _seed(tmp_path / "radar.db", 400)
    sessions = connect(url)
    with session_scope(sessions) as session:
        ids = list(session.scalars(select(Document.id).order_by(Document.id)))
    ctx = multiprocessing.get_context("spawn")
    barrier, queue = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=_work, args=(url, ids[w::2], barrier, queue)) for w in range(2)]
    for proc in procs:
        proc.start()
    results = [queue.get(timeout=600) for _ in procs]
    for proc in procs:
        proc.join(timeout=60)
    assert [failed for _, failed in results] == [[], []]
    assert sum(done for done, _ in results) == 400
    assert _unprocessed(url) == 0
    with session_scope(sessions) as session:
        assert session.scalar(select(func.count(Event.id))) > 100


def test_a_lock_the_batch_cannot_get_fails_the_batch_not_its_documents(tmp_path):
    url = _seed(tmp_path / "radar.db", 3)
    sessions = connect(url + "?timeout=0.2")
    writer = sqlite3.connect(tmp_path / "radar.db", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another writer holds the file
    stats = ProcessStats()

    class Extractor:
        def extract(self, doc):
            raise AssertionError("extraction must not start without the write lock")

    try:
        with session_scope(sessions) as session:
            ids = list(session.scalars(select(Document.id)))
        with pytest.raises(Exception, match="database is locked"):
            process_batch(sessions, Extractor(), lambda: NOW, ids, stats)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert stats.failed == [] and stats.documents == 0
    assert _unprocessed(url) == 3
