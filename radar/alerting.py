"""Alerting: feed stored events to the rules engine and store its alerts idempotently.

The rules engine is pure (events in, alert drafts out); this module gives it only what
was known as of the evaluation time (documents fetched and published by then, alerts
raised by then, reviews made by then), and stores each draft under its ``dedupe_key``
so that re-running the same day updates alerts instead of duplicating them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from radar_core.db import refresh_statistics, session_scope
from radar_core.db.models import Alert, AlertEvent, Client, Document, Event, Review
from radar_core.records import AlertDraft, Amount, EventFact, needs_link_review

if TYPE_CHECKING:
    from rules import Feedback, RuleSet, SourceReliability

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
DEFAULT_LOOKBACK_DAYS = 400


@dataclass
class AlertStats:
    """Counts of one alerting run."""

    facts: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    alert_ids: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"facts": self.facts, "new": self.new, "updated": self.updated,
                "unchanged": self.unchanged}


def load_facts(session: Session, as_of: datetime, lookback_days: int) -> list[EventFact]:
    """Events known by ``as_of`` within the lookback, with their document and group."""
    since = as_of - timedelta(days=lookback_days)
    rows = session.execute(
        select(Event, Document)
        .join(Document, Event.document_id == Document.id)
        .where(Document.known_by(as_of), Document.fetched >= since)
        .order_by(Event.id)
    ).all()
    parent_rows = session.execute(
        select(Client.client_id, Client.parent_id).where(Client.parent_id.is_not(None))
    ).all()
    parents: dict[str, str] = {row[0]: row[1] for row in parent_rows if row[1]}
    facts: list[EventFact] = []
    for event, doc in rows:
        if (event.details or {}).get("stale"):
            continue
        known_at = doc.known_at
        facts.append(
            EventFact(
                event_id=event.id,
                type=event.type,
                polarity=event.polarity,
                firm_key=event.firm_key,
                client_id=event.client_id,
                company=event.company,
                confidence=event.confidence,
                evidence=event.evidence,
                document_id=doc.id,
                url=doc.url,
                source=doc.source,
                source_type=doc.source_type,
                published=doc.published,
                known_at=known_at,
                amount=Amount(event.amount_value, event.amount_currency or "TRY")
                if event.amount_value is not None
                else None,
                event_date=event.event_date,
                story_id=doc.story_id,
                parent_id=parents.get(event.client_id) if event.client_id else None,
                candidates=_candidates(event),
            )
        )
    return facts


def _candidates(event: Event) -> tuple[str, ...]:
    """The clients an undecided (``review:``) event may be about, from its stored link."""
    if not needs_link_review(event.firm_key):
        return ()
    return tuple(str(c.get("client_id")) for c in (event.details or {}).get("candidates") or []
                 if isinstance(c, dict) and c.get("client_id"))


def _relinked_alert(session: Session, draft: AlertDraft) -> Alert | None:
    """An alert an analyst re-targeted to this draft's firm, resting on its events.

    Resolving a link moves the waiting alert to the chosen firm but cannot know the key
    the rules will give it there; its ``dedupe_key`` still names the old firm. Such an
    alert is this draft's, so the run updates it instead of raising a second one.
    """
    return session.scalars(
        select(Alert)
        .join(AlertEvent, AlertEvent.alert_id == Alert.id)
        .where(
            Alert.rule_id == draft.rule_id,
            Alert.firm_key == draft.firm_key,
            ~Alert.dedupe_key.startswith(f"{draft.rule_id}:{draft.firm_key}:", autoescape=True),
            AlertEvent.event_id.in_(list(draft.event_ids)),
        )
        .order_by(Alert.id)
    ).first()


def _linked_events(session: Session, alert_id: int) -> set[int]:
    return set(session.scalars(select(AlertEvent.event_id).where(AlertEvent.alert_id == alert_id)))


def _store_draft(session: Session, draft: AlertDraft, as_of: datetime, now: datetime,
                 stats: AlertStats) -> None:
    alert = session.scalars(select(Alert).where(Alert.dedupe_key == draft.dedupe_key)).first()
    if alert is None:
        alert = _relinked_alert(session, draft)
        if alert is not None:
            log.info("alert %s re-targeted to %s: now keyed %s", alert.id, draft.firm_key, draft.dedupe_key)
            alert.dedupe_key = draft.dedupe_key
    values = {
        "rule_id": draft.rule_id,
        "rule_version": draft.rule_version,
        "polarity": draft.polarity,
        "client_id": draft.client_id,
        "firm_key": draft.firm_key,
        "company": draft.company,
        "title": draft.title,
        "score": round(float(draft.score), 6),
        "severity": draft.severity,
        "explanation": draft.explanation.to_json(),
        "notify_client_ids": list(draft.notify_client_ids),
        "scoring_version": draft.scoring_version or None,
    }
    if alert is None:
        alert = Alert(dedupe_key=draft.dedupe_key, status="new", created_at=as_of,
                      updated_at=now, as_of=as_of, **values)
        session.add(alert)
        session.flush()
        stats.new += 1
        linked: set[int] = set()
    else:
        linked = _linked_events(session, alert.id)
        changed = alert.score != values["score"] or alert.explanation != values["explanation"]
        # A score another scoring version made stands until new evidence joins the alert:
        # a deploy never silently rescores what RMs have seen, and back-tests keep versions apart.
        if alert.scoring_version != values["scoring_version"] and set(draft.event_ids) <= linked:
            changed = False
        if not changed:
            stats.unchanged += 1
            stats.alert_ids.append(alert.id)
            return
        for key, value in values.items():
            setattr(alert, key, value)
        alert.updated_at = now
        stats.updated += 1
    for event_id in draft.event_ids:
        if event_id not in linked:
            session.add(AlertEvent(alert_id=alert.id, event_id=event_id))
    stats.alert_ids.append(alert.id)


def raise_alerts(
    sessions: sessionmaker[Session],
    ruleset: RuleSet,
    clock: Clock,
    *,
    as_of: datetime | None = None,
    reliability: SourceReliability | None = None,
) -> AlertStats:
    """Evaluate ``ruleset`` on what was known by ``as_of`` (default now) and store alerts."""
    import rules

    now = clock()
    as_of = as_of or now
    stats = AlertStats()
    lookback = int(getattr(ruleset, "max_lookback_days", DEFAULT_LOOKBACK_DAYS) or DEFAULT_LOOKBACK_DAYS)
    with session_scope(sessions) as session:
        facts = load_facts(session, as_of, lookback)
        history = [
            rules.PriorAlert(rule_id=a.rule_id, firm_key=a.firm_key, score=a.score,
                             created_at=a.created_at, dedupe_key=a.dedupe_key)
            for a in session.scalars(select(Alert).where(Alert.created_at <= as_of))
        ]
        feedback = load_feedback(session, as_of)
    stats.facts = len(facts)
    drafts: Sequence[AlertDraft] = rules.evaluate(
        ruleset, facts, as_of=as_of, history=history, feedback=feedback, reliability=reliability
    )
    for draft in drafts:
        try:
            with session_scope(sessions) as session:
                _store_draft(session, draft, as_of, now, stats)
        except IntegrityError:
            # Another process stored the same dedupe key first: that is the idempotence
            # the unique constraint exists for; the alert is there once.
            log.info("alert %s stored concurrently", draft.dedupe_key)
            stats.unchanged += 1
    if stats.new:  # the queue's plans depend on how alerts spread over clients
        refresh_statistics(sessions.kw["bind"])
    return stats


def load_feedback(session: Session, as_of: datetime) -> Feedback:
    """Reviews made by ``as_of``, with their times, in the form the rules engine damps with.

    The times let the engine damp an alert only by decisions made before it was raised.
    """
    import rules

    rows = session.execute(
        select(Alert.rule_id, Alert.firm_key, Review.decision, Review.created_at)
        .join(Review, Review.alert_id == Alert.id)
        .where(Review.created_at <= as_of)
    ).all()
    return rules.Feedback.from_reviews([(r, f, d, at) for r, f, d, at in rows])
