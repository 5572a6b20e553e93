"""Moving a resolved mention's events and alerts to the firm an analyst chose.

An ambiguous mention's events are keyed ``review:<name>`` and its alerts wait for an
analyst (mailed to nobody). Once the analyst says which client it is, or that it is none
of them, the events move to that firm and each waiting alert is re-targeted in place:
same row, same id, its reviews kept, now about the chosen client (its RM gets it in the
next digest) or a prospect (the research mailbox). The next alerting run recognises the
re-targeted row as its own (``radar.alerting``), so no second alert appears and no stale
one is left behind.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from radar.batch_store import firm_key
from radar_core.db.models import Alert, AlertEvent, Event, Mention
from radar_core.records import needs_link_review

log = logging.getLogger(__name__)


def relink_events(session: Session, mention: Mention, client_id: str | None) -> dict[int, str]:
    """Move the events resting on ``mention`` to ``client_id`` (None: a prospect).

    Returns each event's new firm key. An event the document already has for that firm
    (same type) is not moved but marked stale: the existing one tells the same story.
    """
    moved: dict[int, str] = {}
    for event in session.scalars(select(Event).where(Event.mention_id == mention.id)):
        new_key = firm_key(client_id, event.company)
        moved[event.id] = new_key
        clash = None if event.firm_key == new_key else session.scalars(
            select(Event.id).where(
                Event.document_id == event.document_id,
                Event.type == event.type,
                Event.firm_key == new_key,
                Event.id != event.id,
            )
        ).first()
        if clash is not None:
            log.info("event %s is stale: document already has %s for %s", event.id, event.type, new_key)
            event.details = {**(event.details or {}), "stale": True}
            continue
        event.client_id = client_id
        event.firm_key = new_key
        event.link_status = "manual"
    return moved


def retarget_alerts(session: Session, moved: dict[int, str], analyst: str, now: datetime) -> list[int]:
    """Re-target the waiting (``review:``) alerts resting on moved events; their ids.

    An alert moves when every event it rests on has left review for one and the same
    firm; an alert still resting on an undecided event keeps waiting.
    """
    if not moved:
        return []
    alert_ids = set(session.scalars(
        select(AlertEvent.alert_id).where(AlertEvent.event_id.in_(list(moved)))
    ))
    done: list[int] = []
    for alert in session.scalars(select(Alert).where(Alert.id.in_(alert_ids)).order_by(Alert.id)):
        if not needs_link_review(alert.firm_key):
            continue
        rows = session.execute(
            select(Event.id, Event.firm_key)
            .join(AlertEvent, AlertEvent.event_id == Event.id)
            .where(AlertEvent.alert_id == alert.id)
        ).all()
        keys = {moved.get(event_id, key) for event_id, key in rows}
        if len(keys) != 1 or needs_link_review(next(iter(keys))):
            continue
        target = keys.pop()
        alert.firm_key = target
        alert.client_id = None if target.startswith("prospect:") else target
        alert.updated_at = now
        done.append(alert.id)
        log.info("alert %s re-targeted to %s by %s", alert.id, target, analyst)
    return done
