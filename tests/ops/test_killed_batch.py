"""A worker killed (SIGKILL) in the middle of a batched write leaves nothing of that batch,
and running again processes every document exactly once, on SQLite and on PostgreSQL.

The worker is a real process with the real extractor. A hook on its engine stops it for
good right after the second batch has sent its bulk INSERT of events (its mentions and
links are written too, in the open transaction), once the first batch has committed; the
test then kills it with SIGKILL, so nothing is cleaned up or rolled back by the worker.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from radar.processing import document_record, firm_key, process_documents
from radar_core.db import connect, session_scope
from radar_core.db.models import Document, EntityLink, Event, Mention
from tests.ops.day import seed_day

NOW = datetime(2025, 6, 30, 9, 0)
DOCS, BATCH = 40, 10


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'radar.db'}"
    return str(request.getfixturevalue("pg_url"))


def _worker(url: str, marker: str) -> None:
    """Process the day in batches; hang inside the second batch's write, to be killed."""
    from radar.pipeline import build_extractor, load_register

    sessions = connect(url)
    extractor = build_extractor(load_register(sessions))
    engine = sessions.kw["bind"]
    marking, batches_done = [False], [0]

    def committed(conn: object) -> None:
        batches_done[0] += marking[0]  # a transaction that marked documents processed
        marking[0] = False

    def stall(conn: object, cursor: object, statement: str, *args: object) -> None:
        marking[0] |= statement.startswith("UPDATE documents SET processed_at")
        if batches_done[0] >= 1 and statement.startswith("INSERT INTO events"):
            Path(marker).write_text(str(os.getpid()), encoding="utf-8")
            time.sleep(600)  # the transaction stays open until the kill

    event.listen(engine, "commit", committed)
    event.listen(engine, "after_cursor_execute", stall)
    process_documents(sessions, extractor, lambda: NOW, batch_size=BATCH)


def _wait_for_rollback(sessions: sessionmaker[Session]) -> None:
    """PostgreSQL ends a dead client's transaction when it sees the socket closed; wait
    for that, or the re-run would rightly skip the rows it still holds."""
    with session_scope(sessions) as s:
        if s.get_bind().dialect.name != "postgresql":
            return
    deadline = time.monotonic() + 30
    while True:
        with session_scope(sessions) as s:
            busy = s.scalar(text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                 "AND pid <> pg_backend_pid() AND xact_start IS NOT NULL"))
        if not busy:
            return
        assert time.monotonic() < deadline, "the killed worker's transaction is still open"
        time.sleep(0.1)


def _expected(sessions: sessionmaker[Session], extractor: object) -> tuple[set[tuple[str, str, str]], int, int]:
    """What processing every document once must store: event keys, mentions and links."""
    events: set[tuple[str, str, str]] = set()
    spans: set[tuple[str, int, int]] = set()
    linked: set[tuple[str, int, int]] = set()
    with session_scope(sessions) as s:
        for doc in s.scalars(select(Document).order_by(Document.id)):
            seen = set()
            for record in extractor.extract(document_record(doc)):  # type: ignore[attr-defined]
                key = (record.type, firm_key(record.client_id, record.company,
                                             record.link.status if record.link else None))
                if key in seen:
                    continue
                seen.add(key)
                events.add((doc.external_id, *key))
                if record.mention_start is not None and record.mention_end is not None:
                    span = (doc.external_id, record.mention_start, record.mention_end)
                    spans.add(span)
                    if record.link is not None:
                        linked.add(span)
    return events, len(spans), len(linked)


def _stored_events(sessions: sessionmaker[Session]) -> list[tuple[str, str, str]]:
    with session_scope(sessions) as s:
        return [(ext, t, k) for ext, t, k in s.execute(
            select(Document.external_id, Event.type, Event.firm_key).join(Event, Event.document_id == Document.id))]


def _count(sessions: sessionmaker[Session], column: object, *where: object) -> int:
    with session_scope(sessions) as s:
        return int(s.scalar(select(func.count(column)).where(*where)) or 0)  # type: ignore[arg-type]


def test_a_worker_killed_during_a_batched_write_leaves_nothing_and_the_rerun_does_each_once(url, tmp_path):
    from radar.pipeline import build_extractor, load_register

    sessions = connect(url)
    ids = seed_day(sessions, lambda: NOW, DOCS)
    marker = tmp_path / "stalled"
    proc = multiprocessing.get_context("spawn").Process(target=_worker, args=(url, str(marker)))
    proc.start()
    try:
        deadline = time.monotonic() + 180
        while not marker.exists():
            assert proc.is_alive(), f"the worker ended before the second batch's write ({proc.exitcode})"
            assert time.monotonic() < deadline, "the worker never reached the second batch's write"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.join(30)
    finally:
        if proc.is_alive():
            proc.kill()
            proc.join()
    assert proc.exitcode == -signal.SIGKILL
    _wait_for_rollback(sessions)

    first = set(ids[:BATCH])
    with session_scope(sessions) as s:
        processed = set(s.scalars(select(Document.id).where(Document.processed_at.is_not(None))))
        written = set(s.scalars(select(Mention.document_id))) | set(s.scalars(select(Event.document_id)))
    assert processed == first  # the first batch committed, the killed one left nothing
    assert written <= first
    assert _count(sessions, EntityLink.id) == _count(sessions, Mention.id)

    extractor = build_extractor(load_register(sessions))
    stats = process_documents(sessions, extractor, lambda: NOW, batch_size=BATCH)
    assert stats.failed == [] and stats.documents == DOCS - BATCH
    assert _count(sessions, Document.id, Document.processed_at.is_(None)) == 0
    events, mentions, links = _expected(sessions, extractor)
    stored = _stored_events(sessions)
    assert len(stored) == len(set(stored)) and set(stored) == events  # each once, none missing
    assert _count(sessions, Mention.id) == mentions and _count(sessions, EntityLink.id) == links
    again = process_documents(sessions, extractor, lambda: NOW, batch_size=BATCH)
    assert again.documents == 0 and _stored_events(sessions) == stored
    sessions.kw["bind"].dispose()
