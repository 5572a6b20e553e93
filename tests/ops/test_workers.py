"""Processing spread over Dramatiq workers on the real Redis and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from radar.workers import build_broker, declare_actor, enqueue_pending, wait_processed
from radar_core.db import connect, session_scope
from radar_core.db.models import Document, Event
from tests.ops.day import seed_day

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2025, 6, 30, 9, 0)


def _worker(db_url, redis_url, namespace, log_path, delay=0.0, heartbeat_ms=60_000):
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.ops._worker", db_url, redis_url, namespace, str(log_path),
         str(delay), str(heartbeat_ms)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    return proc


def _stop(*procs):
    for proc in procs:
        if proc.poll() is None:
            proc.terminate()
    for proc in procs:
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _extracted(*paths: Path) -> Counter[str]:
    return Counter(line for p in paths if p.exists() for line in p.read_text().split())


def _no_duplicate_events(sessions) -> int:
    with session_scope(sessions) as session:
        events = session.scalar(select(func.count(Event.id)))
        keys = session.scalar(select(func.count()).select_from(
            select(Event.document_id, Event.type, Event.firm_key).distinct().subquery()))
        pending = session.scalar(select(func.count(Document.id))
                                 .where(Document.processed_at.is_(None)))
    assert events == keys and events > 0
    return int(pending or 0)


def test_two_workers_share_a_batch_and_extract_each_document_once(pg_url, redis_url,
                                                                  redis_prefix, tmp_path):
    sessions = connect(pg_url)
    seed_day(sessions, lambda: NOW, 80)
    logs = [tmp_path / "w1.log", tmp_path / "w2.log"]
    workers = [_worker(pg_url, redis_url, redis_prefix, log, delay=0.01) for log in logs]
    try:
        actor = declare_actor(build_broker(redis_url, redis_prefix), pg_url)
        ids = enqueue_pending(actor, sessions, batch_size=5)
        assert len(ids) == 80
        assert wait_processed(sessions, ids, timeout=120) == 0
    finally:
        _stop(*workers)
    counts = _extracted(*logs)
    assert len(counts) == 80 and set(counts.values()) == {1}
    assert all(_extracted(log) for log in logs), "both workers should have taken batches"
    assert _no_duplicate_events(sessions) == 0
    sessions.kw["bind"].dispose()


def test_a_worker_killed_mid_batch_loses_nothing(pg_url, redis_url, redis_prefix, tmp_path):
    sessions = connect(pg_url)
    seed_day(sessions, lambda: NOW, 20)
    first_log, second_log = tmp_path / "killed.log", tmp_path / "survivor.log"
    first = _worker(pg_url, redis_url, redis_prefix, first_log, delay=0.5, heartbeat_ms=1000)
    actor = declare_actor(build_broker(redis_url, redis_prefix), pg_url)
    ids = enqueue_pending(actor, sessions, batch_size=10)
    deadline = time.monotonic() + 60
    while not _extracted(first_log):
        assert time.monotonic() < deadline, "the first worker never started a batch"
        time.sleep(0.05)
    first.kill()  # SIGKILL mid-batch: no clean-up, no acknowledgement
    first.wait()
    with session_scope(sessions) as session:
        done = session.scalar(select(func.count(Document.id))
                              .where(Document.processed_at.is_not(None)))
    assert done == 0, "the killed batch must not be half-committed"
    second = _worker(pg_url, redis_url, redis_prefix, second_log, heartbeat_ms=1000)
    try:
        assert wait_processed(sessions, ids, timeout=120) == 0
    finally:
        _stop(second)
    assert set(_extracted(second_log)) == {f"day-{i}" for i in range(20)}
    assert _no_duplicate_events(sessions) == 0
    sessions.kw["bind"].dispose()
