"""The database side of a crawl: ``Document``, ``Source`` and ``CrawlRun`` rows.

``DatabaseSink`` implements ``crawlers.sink.DocumentSink`` so the crawlers stage decides
what a page is (new, changed, unchanged, duplicate, which story) while the application
owns the schema. Each call is one short transaction, so several crawler processes can
share one database.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from crawlers.documents import CrawledDocument
from crawlers.sink import RunId, StoredDocument
from crawlers.sources import SourceSpec
from radar_core.db import session_scope
from radar_core.db.models import CrawlRun, Document, Source


def register_source(session: Session, source: SourceSpec, started: datetime) -> None:
    """Insert the ``Source`` row unless it exists; two processes may do this at once.

    ``INSERT ... ON CONFLICT (name) DO NOTHING`` (PostgreSQL and SQLite): the loser of a
    race inserts nothing instead of failing on the unique name; the caller re-reads.
    """
    values = {"name": source.name, "family": source.family, "source_type": source.source_type,
              "lang": source.lang, "reliability": source.reliability,
              "config": source.model_dump(mode="json"), "broken": False,
              "created_at": started}
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(Source).values(**values)
                        .on_conflict_do_nothing(index_elements=["name"]))
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(sqlite_insert(Source).values(**values)
                        .on_conflict_do_nothing(index_elements=["name"]))
    elif session.scalar(select(Source.id).where(Source.name == source.name)) is None:
        try:
            with session.begin_nested():
                session.add(Source(**values))
        except IntegrityError:
            pass  # another process registered it meanwhile


class DatabaseSink:
    """Stores a crawl's documents and per-source runs through ``sessions``."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions
        self._source_of_run: dict[RunId, int] = {}

    def start_run(self, source: SourceSpec, started: datetime) -> RunId:
        """Upsert the ``Source`` row from its declaration and open a ``CrawlRun``."""
        with session_scope(self.sessions) as session:
            register_source(session, source, started)
            row = session.scalars(select(Source).where(Source.name == source.name)
                                  .with_for_update()).one()
            row.family = source.family
            row.source_type = source.source_type
            row.lang = source.lang
            row.reliability = source.reliability
            row.config = source.model_dump(mode="json")
            session.flush()
            run = CrawlRun(source_id=row.id, started_at=started, status="running", stats={})
            session.add(run)
            session.flush()
            self._source_of_run[run.id] = row.id
            return run.id

    def finish_run(self, run: RunId, finished: datetime, stats: dict[str, Any],
                   broken: str | None) -> None:
        """Close the run (``ok``, ``broken`` or ``idle``) and flag the source's health.

        The reason kept on the source starts with the cause's words ("robots.txt denied
        1 request at URL; no documents"). An ``idle`` run (a shared frontier drained by
        other processes) leaves the source's flag to the runs that did the work.
        """
        with session_scope(self.sessions) as session:
            row = session.get(CrawlRun, run)
            if row is None:
                return
            row.finished_at = finished
            row.status = "idle" if stats.get("idle") else "broken" if broken else "ok"
            row.stats = stats
            source = session.get(Source, row.source_id)
            if source is not None and row.status != "idle":
                detail = stats.get("cause_detail")
                source.broken = broken is not None
                source.broken_reason = (f"{detail}; {broken}" if broken and detail
                                        else broken)

    def recent_documents(self, since: datetime) -> Iterator[StoredDocument]:
        """Documents fetched since ``since``, oldest id first."""
        with session_scope(self.sessions) as session:
            rows = session.execute(
                select(Document.external_id, Document.text, Document.story_id)
                .where(Document.fetched >= since).order_by(Document.id)).all()
        for external_id, text, story_id in rows:
            yield StoredDocument(external_id, text, story_id)

    def stored_hash(self, canonical_url: str) -> str | None:
        with session_scope(self.sessions) as session:
            return session.scalar(select(Document.content_hash).where(
                Document.canonical_url == canonical_url))

    def has_content(self, content_hash: str) -> bool:
        with session_scope(self.sessions) as session:
            return session.scalar(select(Document.id).where(
                Document.content_hash == content_hash).limit(1)) is not None

    def add_document(self, run: RunId, doc: CrawledDocument, *, external_id: str,
                     story_id: str, fetched: datetime) -> None:
        with session_scope(self.sessions) as session:
            row = Document(external_id=external_id, canonical_url=doc.canonical_url,
                           story_id=story_id)
            session.add(row)
            self._fill(row, run, doc, fetched)

    def update_document(self, run: RunId, doc: CrawledDocument, *, fetched: datetime) -> None:
        """Overwrite the row under the canonical URL and clear ``processed_at``."""
        with session_scope(self.sessions) as session:
            row = session.scalar(select(Document).where(
                Document.canonical_url == doc.canonical_url))
            if row is None:
                raise LookupError(f"no stored document at {doc.canonical_url}")
            row.processed_at = None
            self._fill(row, run, doc, fetched)

    def _fill(self, row: Document, run: RunId, doc: CrawledDocument, fetched: datetime) -> None:
        row.url = doc.url
        row.content_hash = doc.content_hash
        row.source = doc.source
        row.source_id = self._source_of_run.get(run)
        row.source_type = doc.source_type
        row.published = doc.published
        row.published_from = doc.published_from
        row.fetched = fetched
        row.lang = doc.lang
        row.title = doc.title
        row.text = doc.text
        row.fields = doc.fields
        row.flags = doc.flags
        row.garbled = doc.garbled
