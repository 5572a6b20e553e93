"""Processing: run the extractor over new documents and store mentions, links and events.

This is the core's glue between the signals stage (which knows nothing of the database)
and storage. It is restartable: each batch commits on its own and marks its documents
processed, so a crash loses at most one batch, and re-running finds nothing to do.
Events are upserted on (document, type, firm), the schema's natural key, so two
processes working on the same day cannot store an event twice.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, Protocol

from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from radar.link_memory import remembered
from radar_core.db import session_scope
from radar_core.db.models import AlertEvent, Document, EntityLink, Event, Mention
from radar_core.records import REVIEW_PREFIX, DocumentRecord, EventRecord, LinkResult
from radar_core.text import fold

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Progress = Callable[[int, int], None]

_NON_WORD = re.compile(r"[^\w\s]", re.UNICODE)


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


def firm_key(client_id: str | None, company: str, link_status: str | None = None) -> str:
    """The firm an event is about: the client id, ``prospect:<folded name>``, or
    ``review:<folded name>`` while the link is ambiguous (an analyst decides).

    Names are folded without punctuation so that "ABC Ltd. Şti." and "ABC LTD ŞTİ" in two
    documents count as the same firm for rules.
    """
    if client_id:
        return client_id
    key = " ".join(_NON_WORD.sub(" ", fold(company)).split())
    prefix = REVIEW_PREFIX if link_status == "ambiguous" else "prospect:"
    return f"{prefix}{key}"[:300]


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


def _store_mention(session: Session, doc: Document, record: EventRecord) -> Mention | None:
    if record.mention_start is None or record.mention_end is None:
        return None
    mention = session.scalars(
        select(Mention).where(
            Mention.document_id == doc.id,
            Mention.start == record.mention_start,
            Mention.end == record.mention_end,
        )
    ).first()
    if mention is None:
        mention = Mention(
            document_id=doc.id,
            text=record.company,
            start=record.mention_start,
            end=record.mention_end,
            kind="register" if record.client_id else "legal_form",
        )
        session.add(mention)
        session.flush()
    link = record.link
    if link is not None:
        row = session.scalars(select(EntityLink).where(EntityLink.mention_id == mention.id)).first()
        values = {
            "client_id": link.client_id,
            "confidence": float(link.confidence),
            "status": link.status,
            "candidates": [{"client_id": c.client_id, "score": c.score} for c in link.candidates],
            "features": link.features,
        }
        if row is None:
            session.add(EntityLink(mention_id=mention.id, **values))
        elif row.status != "manual":  # an analyst's choice is never overwritten
            for key, value in values.items():
                setattr(row, key, value)
    return mention


def apply_link_decision(session: Session, record: EventRecord) -> None:
    """Apply analysts' remembered decisions for this mention (this sentence's own first).

    An "is" decision beats the linker's guess; "not this firm" verdicts strike clients
    from the candidates: a link to a struck client falls back to the others, and a
    mention with no candidate left is an unknown firm (a prospect).
    """
    memory = remembered(session, record.company, record.evidence)
    if memory.empty:
        return
    link = record.link or LinkResult(record.client_id, record.confidence,
                                     "linked" if record.client_id else "unknown")
    features = {**link.features, "analyst_decision": memory.analyst}
    if memory.decided:
        record.client_id = memory.client_id
        record.link = LinkResult(memory.client_id, 1.0, "linked" if memory.client_id else "unknown",
                                 link.candidates, features)
        return
    left = [c for c in link.candidates if c.client_id not in memory.excluded]
    if link.client_id not in memory.excluded and len(left) == len(link.candidates):
        return  # nothing struck applies to this link
    features["excluded"] = sorted(memory.excluded)
    if link.status == "linked" and link.client_id not in memory.excluded:
        record.link = LinkResult(link.client_id, link.confidence, "linked", left, features)
        return
    status: Literal["ambiguous", "unknown"] = "ambiguous" if left else "unknown"
    record.client_id = None
    record.link = LinkResult(None, max((c.score for c in left), default=0.0), status, left, features)


def store_events(
    session: Session, doc: Document, records: Sequence[EventRecord], now: datetime, stats: ProcessStats
) -> None:
    """Upsert the events of one document; drop stale ones that no alert rests on."""
    existing = {
        (e.type, e.firm_key): e
        for e in session.scalars(select(Event).where(Event.document_id == doc.id))
    }
    seen: set[tuple[str, str]] = set()
    for record in records:
        apply_link_decision(session, record)
        key = (record.type, firm_key(record.client_id, record.company,
                                     record.link.status if record.link else None))
        if key in seen:  # one event per (type, firm) per document
            continue
        seen.add(key)
        mention = _store_mention(session, doc, record)
        if mention is not None:
            stats.mentions += 1
        values: dict[str, Any] = {
            "mention_id": mention.id if mention is not None else None,
            "polarity": record.polarity,
            "client_id": record.client_id,
            "company": record.company,
            "confidence": float(record.confidence),
            "evidence": record.evidence,
            "amount_value": record.amount.value if record.amount else None,
            "amount_currency": record.amount.currency if record.amount else None,
            "event_date": record.event_date,
            "link_status": record.link.status if record.link else None,
            "details": {
                "cue": record.cue,
                "place": record.place,
                "evidence_start": record.evidence_start,
                "candidates": [
                    {"client_id": c.client_id, "score": c.score}
                    for c in (record.link.candidates if record.link else [])
                ],
            },
        }
        row = existing.get(key)
        if row is None:
            session.add(
                Event(document_id=doc.id, type=key[0], firm_key=key[1], created_at=now, **values)
            )
            stats.events_new += 1
        else:
            for name, value in values.items():
                setattr(row, name, value)
            stats.events_updated += 1
    for key, row in existing.items():
        if key in seen:
            continue
        referenced = session.scalars(
            select(AlertEvent.event_id).where(AlertEvent.event_id == row.id)
        ).first()
        if referenced is None:
            session.delete(row)
            stats.events_removed += 1
        else:
            row.details = {**(row.details or {}), "stale": True}


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
    locked" when another writer committed in between. A document whose extraction raises is
    rolled back alone, counted in ``stats.failed`` and left unprocessed for the next run; a
    database error is no fault of the document and fails the whole batch, which is kept
    for the next run as it was.
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
        for doc in session.scalars(claim):
            try:
                with session.begin_nested():
                    records = extractor.extract(document_record(doc))
                    store_events(session, doc, records, now, stats)
                    doc.processed_at = now
            except OperationalError:  # the database, not the document: the batch stops
                raise
            except Exception as exc:  # one bad document must not stop the run
                log.exception("document %s failed: %s", doc.external_id, exc)
                stats.failed.append(doc.external_id)
                continue
            stats.documents += 1


def reset_processing(sessions: sessionmaker[Session], document_ids: Iterable[int] | None = None) -> int:
    """Mark documents unprocessed (all, or the given ones) so the next run re-extracts them."""
    from sqlalchemy import update

    with session_scope(sessions) as session:
        query = update(Document).values(processed_at=None)
        if document_ids is not None:
            query = query.where(Document.id.in_(list(document_ids)))
        result = session.execute(query)
        return int(getattr(result, "rowcount", 0) or 0)

