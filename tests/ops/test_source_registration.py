"""Processes starting together: one schema, one source row, no unique violation.

The second registration runs while the first one's insert is still uncommitted (it then
waits on PostgreSQL's unique index); reading first and inserting when nothing was seen,
as the sink once did, fails there with a unique violation on the source name. Likewise
a process opening a fresh SQLite file while another creates the schema waits for it
instead of failing with "table sources already exists".
"""

from __future__ import annotations

import threading
from datetime import datetime

from sqlalchemy import func, select

from crawlers.sources import SourceSpec
from radar.crawl_store import DatabaseSink, register_source
from radar_core.db import connect, make_engine, session_scope
from radar_core.db.models import CrawlRun, Source
from radar_core.db.session import _create_schema, current_revision, head_revision

NOW = datetime(2026, 3, 2, 9, 0)
SPEC = SourceSpec.model_validate({"name": "race-feed", "family": "feed",
                                  "source_type": "news",
                                  "start_urls": ["http://127.0.0.1:9/rss.xml"]})


def test_concurrent_registration_keeps_one_row(pg_url: str) -> None:
    sessions = connect(pg_url)
    first = sessions()
    register_source(first, SPEC, NOW)  # inserted, not yet committed
    errors: list[BaseException] = []

    def second() -> None:
        try:
            DatabaseSink(sessions).start_run(SPEC, NOW)
        except BaseException as exc:  # reported below
            errors.append(exc)

    thread = threading.Thread(target=second)
    thread.start()
    thread.join(timeout=1.0)
    assert thread.is_alive()  # waiting on the first one's uncommitted row
    first.commit()
    first.close()
    thread.join(timeout=30)
    assert not thread.is_alive() and errors == []
    with session_scope(sessions) as session:
        assert session.scalar(select(func.count()).select_from(Source)) == 1
        assert session.scalar(select(func.count()).select_from(CrawlRun)) == 1
    sessions.kw["bind"].dispose()


def test_registration_twice_on_sqlite_updates_the_one_row(tmp_path) -> None:
    sessions = connect(f"sqlite:///{tmp_path / 'r.db'}")
    sink = DatabaseSink(sessions)
    sink.start_run(SPEC, NOW)
    sink.start_run(SPEC.model_copy(update={"reliability": 0.5}), NOW)
    with session_scope(sessions) as session:
        assert [(s.name, s.reliability) for s in session.scalars(select(Source))] == [
            ("race-feed", 0.5)]


def test_a_process_starting_while_another_creates_the_sqlite_schema_waits_and_uses_it(
        tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    creator = make_engine(url)  # as the other process would: WAL mode
    conn = creator.connect()
    conn.exec_driver_sql("BEGIN IMMEDIATE")  # the other process, creating the schema
    _create_schema(conn, url)
    started: list[BaseException | str] = []

    def second() -> None:
        try:
            sessions = connect(url)
            started.append(str(current_revision(sessions.kw["bind"])))
            sessions.kw["bind"].dispose()
        except BaseException as exc:  # reported below
            started.append(exc)

    thread = threading.Thread(target=second)
    thread.start()
    thread.join(timeout=1.0)
    assert thread.is_alive(), started  # waiting for the creator's write lock
    conn.commit()
    conn.close()
    creator.dispose()
    thread.join(timeout=30)
    assert started == [head_revision(url)]
