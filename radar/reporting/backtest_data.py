"""What a back-test reads: alerts as they were known, outcomes, clients, reviews, stories.

No look-ahead, derived from stored alerts: an alert counts from its *known time*, the
later of its ``created_at`` and the moment every document it rests on had been fetched
(and published). This is the cheap equivalent of re-running ``raise_alerts`` as of each
day: ``raise_alerts`` only sees documents known by its ``as_of`` and stamps alerts with
it, so for alerts Radar raised itself the known time is ``created_at``; the guard matters
for imported or replayed alerts and for events attached to an alert later (the alert is
then credited from the latest of them, which can only understate its lead time).
The loaders return the plain records of ``reports.backtest_records``.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from radar_core.db.models import Alert, AlertEvent, Client, Document, Event, Outcome, Review
from radar_core.records import known_time
from reports.backtest_records import ClientInfo, KnownAlert, OutcomeRow, ReviewRow


def load_alerts(session: Session, until: datetime) -> list[KnownAlert]:
    """Client alerts created by ``until`` and known by it (see the module docstring)."""
    rows = session.execute(
        select(Alert.id, Alert.rule_id, Alert.polarity, Alert.client_id, Alert.score,
               Alert.created_at, Alert.scoring_version, Event.type, Document.source, Document.source_type,
               Document.fetched, Document.published)
        .join(AlertEvent, AlertEvent.alert_id == Alert.id)
        .join(Event, Event.id == AlertEvent.event_id)
        .join(Document, Document.id == Event.document_id)
        .where(Alert.client_id.is_not(None), Alert.created_at <= until)
        .order_by(Alert.id)
    )
    grouped: dict[int, list[tuple[str, str | None, str | None, datetime, datetime | None]]] = defaultdict(list)
    heads: dict[int, tuple[str, str, str, float, datetime, str | None]] = {}
    for (aid, rule_id, polarity, client_id, score, created, version, etype, source, stype, fetched,
         published) in rows:
        heads[aid] = (rule_id, polarity, client_id or "", score, created, version)
        grouped[aid].append((etype, source, stype, fetched, published))
    alerts: list[KnownAlert] = []
    for aid, (rule_id, polarity, client_id, score, created, version) in heads.items():
        parts = grouped[aid]
        known = created
        for _t, _s, _st, fetched, published in parts:
            known = max(known, known_time(fetched, published))
        if known > until:
            continue
        alerts.append(KnownAlert(
            id=aid, rule_id=rule_id, polarity=polarity, client_id=client_id, score=float(score),
            known_at=known,
            event_types=tuple(sorted({str(p[0]) for p in parts})),
            sources=tuple(sorted({p[1] for p in parts if p[1]})),
            source_types=tuple(sorted({p[2] for p in parts if p[2]})),
            day=known.date(),
            scoring_version=version,
        ))
    return alerts


def load_clients(session: Session) -> dict[str, ClientInfo]:
    return {
        cid: ClientInfo(cid, sector, segment)
        for cid, sector, segment in session.execute(
            select(Client.client_id, Client.sector, Client.segment))
    }


def load_outcomes(session: Session, start: date | None = None, end: date | None = None,
                  kinds: tuple[str, ...] | None = None) -> list[OutcomeRow]:
    query = select(Outcome.client_id, Outcome.kind, Outcome.date, Outcome.amount, Outcome.currency,
                   Outcome.note, Outcome.reason, Outcome.competitor, Outcome.offered_price)
    if start is not None:
        query = query.where(Outcome.date >= start)
    if end is not None:
        query = query.where(Outcome.date <= end)
    if kinds is not None:
        query = query.where(Outcome.kind.in_(kinds))
    return [OutcomeRow(*row) for row in session.execute(query.order_by(Outcome.date, Outcome.id))]


def load_reviews(session: Session, until: datetime) -> list[ReviewRow]:
    """Every review made by ``until``, oldest first."""
    return [ReviewRow(*row) for row in session.execute(
        select(Review.alert_id, Review.decision, Review.analyst, Review.created_at, Alert.rule_id,
               Alert.created_at)
        .join(Alert, Alert.id == Review.alert_id)
        .where(Review.created_at <= until).order_by(Review.created_at, Review.id))]


def first_reporters(session: Session, since: datetime, until: datetime) -> dict[str, tuple[int, int]]:
    """Per source: (stories it reported first, stories it reported) among multi-outlet stories.

    A document's report time is its publication time, or its fetch time when undated; a
    story reported by one outlet only says nothing about who was first, so it is skipped.
    """
    when = func.coalesce(Document.published, Document.fetched)
    multi = (select(Document.story_id)
             .where(Document.story_id.is_not(None), Document.fetched >= since, Document.fetched <= until)
             .group_by(Document.story_id).having(func.count(func.distinct(Document.source)) > 1))
    rows = session.execute(
        select(Document.story_id, Document.source, when)
        .where(Document.story_id.in_(multi), Document.fetched >= since, Document.fetched <= until)
        .order_by(Document.story_id, when, Document.id))
    first: dict[str, int] = defaultdict(int)
    reported: dict[str, set[str]] = defaultdict(set)
    current = None
    for story_id, source, _when in rows:
        name = source or "(unknown source)"
        if story_id != current:
            current = story_id
            first[name] += 1
        reported[name].add(str(story_id))
    return {name: (first.get(name, 0), len(stories)) for name, stories in reported.items()}
