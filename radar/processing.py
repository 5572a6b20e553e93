"""Processing: run the extractor over new documents and store mentions, links and events.

This is the core's glue between the signals stage (which knows nothing of the database)
and storage. It is restartable: each batch commits on its own and marks its documents
processed, so a crash loses at most one batch, and re-running finds nothing to do.
Events are upserted on (document, type, firm), the schema's natural key, so two
processes working on the same day cannot store an event twice. A batch is extracted
first and then stored in a few statements (``radar.batch_store``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from radar.batch_store import Extracted, StoreCounts, firm_key, store_batch
from radar_core.db import session_scope
from radar_core.db.models import Document
from radar_core.records import DocumentRecord, EventRecord

__all__ = ["EventExtractor", "ProcessStats", "firm_key", "process_batch", "process_documents",
           "reset_processing"]

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Progress = Callable[[int, int], None]


class EventExtractor(Protocol):
    """What processing needs from the signals stage."""

    def extract(self, doc: DocumentRecord) -> list[EventRecord]: ...


@dataclass
class ProcessStats:
    """Counts of one processing run, printed by ``radar process`` and kept in job runs."""

    documents: int = 0
    events_new: int = 0
    events_updated: int = 0
    events_removed: int = 0
    mentions: int = 0
    failed: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "events_new": self.events_new,
            "events_updated": self.events_updated,
            "events_removed": self.events_removed,
            "mentions": self.mentions,
            "failed": len(self.failed),
        }

    def add(self, counts: StoreCounts, documents: int) -> None:
        """Count ``documents`` stored with ``counts``."""
        self.documents += documents
        self.events_new += counts.events_new
        self.events_updated += counts.events_updated
        self.events_removed += counts.events_removed
        self.mentions += counts.mentions


def document_record(doc: Document) -> DocumentRecord:
    """The design.md document of a stored row (the extractor's input)."""
    return DocumentRecord(
        id=doc.external_id,
        text=doc.text,
        url=doc.url,
        source=doc.source,
        source_type=doc.source_type,
        published=doc.published,
        lang=doc.lang,
        title=doc.title,
        fields=dict(doc.fields or {}),
        garbled=doc.garbled,
    )


def pending_document_ids(session: Session, as_of: datetime | None, limit: int | None) -> list[int]:
    query = select(Document.id).where(Document.processed_at.is_(None)).order_by(Document.id)
    if as_of is not None:
        query = query.where(Document.known_by(as_of))
    if limit:
        query = query.limit(limit)
    return list(session.scalars(query))


def process_documents(
    sessions: sessionmaker[Session],
    extractor: EventExtractor,
    clock: Clock,
    *,
    as_of: datetime | None = None,
    limit: int | None = None,
    batch_size: int = 50,
    progress: Progress | None = None,
) -> ProcessStats:
    """Extract and store events for every unprocessed document known by ``as_of``.

    A document whose extraction raises is logged, counted in ``failed`` and left
    unprocessed, so the next run retries it; the rest of the batch goes on.
    """
    stats = ProcessStats()
    with session_scope(sessions) as session:
        ids = pending_document_ids(session, as_of, limit)
    total = len(ids)
    for offset in range(0, total, batch_size):
        process_batch(sessions, extractor, clock, ids[offset : offset + batch_size], stats)
        if progress is not None:
            progress(min(offset + batch_size, total), total)
    return stats


def process_batch(
    sessions: sessionmaker[Session],
    extractor: EventExtractor,
    clock: Clock,
    ids: Sequence[int],
    stats: ProcessStats,
) -> None:
    """Extract and store the still-unprocessed documents among ``ids`` in one transaction.

    Rows another worker holds or has just processed are skipped (FOR UPDATE SKIP LOCKED on
    PostgreSQL), so no work is done twice. SQLite has one writer: the batch takes its write
    lock before reading (``BEGIN IMMEDIATE``, waiting the busy timeout for another writer),
    because a transaction that read first and wrote later fails at once with "database is
    locked" when another writer committed in between. Every document is extracted first;
    one whose extraction raises is counted in ``stats.failed`` and left unprocessed for the
    next run. The rest are stored together in a few statements. A database error is no
    fault of the documents and fails the whole batch, which is kept for the next run as it
    was; the one transaction means a worker killed at any point leaves nothing behind.
    """
    with session_scope(sessions) as session:
        if session.get_bind().dialect.name == "sqlite":
            session.execute(text("BEGIN IMMEDIATE"))
        now = clock()
        claim = (
            select(Document)
            .where(Document.id.in_(list(ids)), Document.processed_at.is_(None))
            .order_by(Document.id)
            .with_for_update(skip_locked=True)
        )
        claimed = [(doc.id, doc.external_id, document_record(doc)) for doc in session.scalars(claim)]
        extracted: list[Extracted] = []
        for doc_id, external_id, record in claimed:
            try:
                records = extractor.extract(record)
            except OperationalError:  # the database, not the document: the batch stops
                raise
            except Exception as exc:  # one bad document must not stop the run
                log.exception("document %s failed: %s", external_id, exc)
                stats.failed.append(external_id)
                continue
            extracted.append(Extracted(doc_id, external_id, records))
        _store(session, extracted, now, stats)


def _store(session: Session, extracted: list[Extracted], now: datetime, stats: ProcessStats) -> None:
    """Store the batch at once; if that fails (not the database), each document on its own.

    The fallback keeps the old promise that one bad document (say, a record the tables
    cannot take) fails alone; it costs a savepoint per document, but only on that path.
    """
    if not extracted:  # all taken by another worker, already done, or failed extraction
        return
    try:
        with session.begin_nested():
            counts = store_batch(session, extracted, now)
    except OperationalError:
        raise
    except Exception as exc:
        log.warning("storing a batch of %d documents failed (%s); storing them one by one",
                    len(extracted), exc)
    else:
        stats.add(counts, len(extracted))
        return
    for item in extracted:
        try:
            with session.begin_nested():
                counts = store_batch(session, [item], now)
        except OperationalError:
            raise
        except Exception as exc:
            log.exception("document %s failed: %s", item.external_id, exc)
            stats.failed.append(item.external_id)
            continue
        stats.add(counts, 1)


def reset_processing(sessions: sessionmaker[Session], document_ids: Iterable[int] | None = None) -> int:
    """Mark documents unprocessed (all, or the given ones) so the next run re-extracts them."""
    from sqlalchemy import update

    with session_scope(sessions) as session:
        query = update(Document).values(processed_at=None)
        if document_ids is not None:
            query = query.where(Document.id.in_(list(document_ids)))
        result = session.execute(query)
        return int(getattr(result, "rowcount", 0) or 0)

