"""Storing a batch's events, mentions and links in a few statements, not a few per document.

Storing one document at a time took about five statements and a savepoint each, half of
processing. Here a batch reads what its documents already have (mentions with their links,
events) and the analysts' decisions on its mentions in one query each, plans every write in
memory, and then writes each table in one bulk statement: new mentions by INSERT ..
RETURNING (links and events need their ids), links and events inserted, or updated by
primary key, stale events deleted or marked, and the documents marked processed in one
UPDATE. The caller's transaction makes the batch all or nothing, so a killed worker leaves
no trace and the batch is simply done again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, TypeVar, cast

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from radar.link_memory import LinkMemory, Remembered
from radar_core.db.models import AlertEvent, Base, Document, EntityLink, Event, Mention
from radar_core.records import REVIEW_PREFIX, EventRecord, LinkResult
from radar_core.text import fold

_NON_WORD = re.compile(r"[^\w\s]", re.UNICODE)
#: Ids per ``IN (...)`` list: a batch fits in one query; an odd huge one still stays
#: under the databases' parameter limits.
IN_CHUNK = 1000

Span = tuple[int, int, int]  # document id, start, end: a mention's identity
EventKey = tuple[str, str]  # type, firm key: one event per document and key
T = TypeVar("T")


@dataclass
class Extracted:
    """A claimed document and what the extractor found in it."""

    document_id: int
    external_id: str
    records: list[EventRecord]


@dataclass
class StoreCounts:
    """What storing did, for ``ProcessStats``."""

    events_new: int = 0
    events_updated: int = 0
    events_removed: int = 0
    mentions: int = 0


@dataclass
class _OldEvent:
    id: int
    details: dict[str, Any]
    referenced: bool  # an alert rests on it: marked stale, never deleted


@dataclass
class _Plan:
    """Every write of a batch, decided before the first one is sent."""

    mentions: dict[Span, dict[str, Any]] = field(default_factory=dict)  # new rows
    links: dict[Span, dict[str, Any]] = field(default_factory=dict)  # the last record's
    new_events: list[tuple[Span | None, dict[str, Any]]] = field(default_factory=list)
    changed_events: list[tuple[Span | None, dict[str, Any]]] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)
    stale: list[dict[str, Any]] = field(default_factory=list)


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


def apply_link_decision(record: EventRecord, memory: Remembered) -> None:
    """Apply analysts' remembered decisions for this mention (this sentence's own first).

    An "is" decision beats the linker's guess; "not this firm" verdicts strike clients
    from the candidates: a link to a struck client falls back to the others, and a
    mention with no candidate left is an unknown firm (a prospect). Applying it twice
    changes nothing more, so a batch stored again document by document is stored the same.
    """
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


def store_batch(session: Session, items: Sequence[Extracted], now: datetime) -> StoreCounts:
    """Upsert the events, mentions and links of ``items`` and mark their documents processed.

    Per document as before: one event per (type, firm), an analyst's manual link never
    overwritten, events no longer found deleted unless an alert rests on them (those are
    marked stale). About ten statements for the whole batch, whatever its size.
    """
    counts = StoreCounts()
    if not items:
        return counts
    doc_ids = [item.document_id for item in items]
    memory = LinkMemory.load(session, (r.company for item in items for r in item.records))
    mentions, links = _existing_mentions(session, doc_ids)
    events = _existing_events(session, doc_ids)
    plan = _Plan()
    for item in items:
        _plan_document(plan, item, events.get(item.document_id, {}), mentions, memory, now, counts)
    if plan.mentions:
        mentions.update(_insert_mentions(session, list(plan.mentions.values())))
    _write_links(session, plan.links, mentions, links)
    _write_events(session, plan, mentions)
    for chunk in _chunks(doc_ids):
        session.execute(update(Document).where(Document.id.in_(chunk)).values(processed_at=now)
                        .execution_options(synchronize_session=False))
    return counts


def _table(model: type[Base]) -> Table:
    """A model's table, for Core inserts: the ORM's bulk insert splits rows into one
    statement per pattern of None values, Core sends them all in one."""
    return cast(Table, model.__table__)


def _chunks(values: Sequence[T]) -> Iterator[Sequence[T]]:
    for offset in range(0, len(values), IN_CHUNK):
        yield values[offset:offset + IN_CHUNK]


def _existing_mentions(session: Session, doc_ids: Sequence[int]
                       ) -> tuple[dict[Span, int], dict[int, tuple[int, str]]]:
    """The documents' stored mentions (span -> id) and their links (mention id -> id, status)."""
    mentions: dict[Span, int] = {}
    links: dict[int, tuple[int, str]] = {}
    for chunk in _chunks(doc_ids):
        rows = session.execute(
            select(Mention.id, Mention.document_id, Mention.start, Mention.end,
                   EntityLink.id, EntityLink.status)
            .outerjoin(EntityLink, EntityLink.mention_id == Mention.id)
            .where(Mention.document_id.in_(chunk)))
        for mention_id, doc_id, start, end, link_id, status in rows:
            mentions[(doc_id, start, end)] = mention_id
            if link_id is not None:
                links[mention_id] = (link_id, status)
    return mentions, links


def _existing_events(session: Session, doc_ids: Sequence[int]) -> dict[int, dict[EventKey, _OldEvent]]:
    """The documents' stored events by (type, firm), each knowing whether an alert rests on it."""
    referenced = select(AlertEvent.event_id).where(AlertEvent.event_id == Event.id).exists()
    out: dict[int, dict[EventKey, _OldEvent]] = {}
    for chunk in _chunks(doc_ids):
        rows = session.execute(
            select(Event.id, Event.document_id, Event.type, Event.firm_key, Event.details, referenced)
            .where(Event.document_id.in_(chunk)))
        for event_id, doc_id, type_, key, details, is_referenced in rows:
            out.setdefault(doc_id, {})[(type_, key)] = _OldEvent(event_id, details or {},
                                                                 bool(is_referenced))
    return out


def _plan_document(plan: _Plan, item: Extracted, existing: dict[EventKey, _OldEvent],
                   mentions: dict[Span, int], memory: LinkMemory, now: datetime,
                   counts: StoreCounts) -> None:
    seen: set[EventKey] = set()
    for record in item.records:
        apply_link_decision(record, memory.recall(record.company, record.evidence))
        key = (record.type, firm_key(record.client_id, record.company,
                                     record.link.status if record.link else None))
        if key in seen:  # one event per (type, firm) per document
            continue
        seen.add(key)
        span = _plan_mention(plan, item.document_id, record, mentions)
        if span is not None:
            counts.mentions += 1
        values = _event_values(record)
        old = existing.get(key)
        if old is None:
            plan.new_events.append((span, {"document_id": item.document_id, "type": key[0],
                                           "firm_key": key[1], "created_at": now, **values}))
            counts.events_new += 1
        else:
            plan.changed_events.append((span, {"id": old.id, **values}))
            counts.events_updated += 1
    for key, old in existing.items():
        if key in seen:
            continue
        if old.referenced:
            plan.stale.append({"id": old.id, "details": {**old.details, "stale": True}})
        else:
            plan.removed.append(old.id)
            counts.events_removed += 1


def _plan_mention(plan: _Plan, doc_id: int, record: EventRecord,
                  mentions: dict[Span, int]) -> Span | None:
    """The record's mention span, planning its row if new and its link (a later record's wins)."""
    if record.mention_start is None or record.mention_end is None:
        return None
    span = (doc_id, record.mention_start, record.mention_end)
    if span not in mentions and span not in plan.mentions:
        plan.mentions[span] = {"document_id": doc_id, "text": record.company,
                               "start": record.mention_start, "end": record.mention_end,
                               "kind": "register" if record.client_id else "legal_form"}
    link = record.link
    if link is not None:
        plan.links[span] = {
            "client_id": link.client_id,
            "confidence": float(link.confidence),
            "status": link.status,
            "candidates": [{"client_id": c.client_id, "score": c.score} for c in link.candidates],
            "features": link.features,
        }
    return span


def _event_values(record: EventRecord) -> dict[str, Any]:
    return {
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


def _insert_mentions(session: Session, rows: list[dict[str, Any]]) -> dict[Span, int]:
    """Insert new mentions in one statement (per 1,000 rows); their ids by span.

    Rows come back in any order (asking for parameter order would make SQLite insert
    them one by one), so they are matched by their span, which is unique.
    """
    table = _table(Mention)
    result = session.execute(
        insert(table).returning(table.c.id, table.c.document_id, table.c.start, table.c.end), rows)
    return {(doc_id, start, end): mention_id for mention_id, doc_id, start, end in result}


def _write_links(session: Session, planned: dict[Span, dict[str, Any]], mentions: dict[Span, int],
                 existing: dict[int, tuple[int, str]]) -> None:
    new: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    for span, values in planned.items():
        mention_id = mentions[span]
        old = existing.get(mention_id)
        if old is None:
            new.append({"mention_id": mention_id, **values})
        elif old[1] != "manual":  # an analyst's choice is never overwritten
            changed.append({"id": old[0], **values})
    if new:
        session.execute(insert(_table(EntityLink)), new)
    if changed:
        session.execute(update(EntityLink), changed)


def _write_events(session: Session, plan: _Plan, mentions: dict[Span, int]) -> None:
    def with_mention(span: Span | None, row: dict[str, Any]) -> dict[str, Any]:
        return {**row, "mention_id": mentions[span] if span is not None else None}

    if plan.new_events:
        session.execute(insert(_table(Event)), [with_mention(s, r) for s, r in plan.new_events])
    if plan.changed_events:
        session.execute(update(Event), [with_mention(s, r) for s, r in plan.changed_events])
    for chunk in _chunks(plan.removed):
        session.execute(delete(Event).where(Event.id.in_(chunk)))
    if plan.stale:
        session.execute(update(Event), plan.stale)
