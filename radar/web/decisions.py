"""Analysts' decisions on alerts: a ``Review`` row per decision (the audit log) and the
alert's status.

Decisions are appended, never edited: a second decision on the same alert adds a row and
moves the status, so the audit log keeps the whole history of who changed their mind.
The rules engine reads these rows to damp rules that analysts keep rejecting.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from radar_core.db.models import Alert, LinkDecision, Review
from radar_core.i18n import N_

log = logging.getLogger(__name__)

# decision -> the alert status it sets
DECISIONS: dict[str, str] = {"accept": "accepted", "reject": "rejected", "forward": "forwarded"}
# Labels are catalogue message ids: pages show them through ``_()`` in the reader's language.
REJECT_REASONS: dict[str, str] = {
    "wrong_firm": N_("Wrong firm"),
    "not_an_event": N_("Not an event"),
    "old_news": N_("Old news"),
    "duplicate": N_("Duplicate"),
    "not_relevant": N_("Not relevant"),
}
MAX_NOTE = 2000


class DecisionError(ValueError):
    """A decision that cannot be recorded (unknown verb, missing or unknown reason)."""


def record_decision(
    session: Session,
    alert: Alert,
    decision: str,
    analyst: str,
    now: datetime,
    reason: str | None = None,
    note: str | None = None,
) -> Review:
    """Store one decision and update ``alert.status``; reject needs a known reason."""
    if decision not in DECISIONS:
        raise DecisionError(f"decision: must be one of {', '.join(DECISIONS)}")
    reason = reason or None
    if decision == "reject":
        if reason not in REJECT_REASONS:
            raise DecisionError(f"reason: a rejection needs one of {', '.join(REJECT_REASONS)}")
    elif reason is not None:
        raise DecisionError("reason: only a rejection takes a reason")
    review = Review(
        alert_id=alert.id,
        decision=decision,
        reason=reason,
        note=(note or "").strip()[:MAX_NOTE] or None,
        analyst=analyst,
        created_at=now,
    )
    session.add(review)
    alert.status = DECISIONS[decision]
    alert.updated_at = now
    session.flush()
    log.info("alert %s %s by %s (%s)", alert.id, alert.status, analyst, reason or "-")
    return review


@dataclass
class AuditPage:
    """One page of the audit log: alert reviews and link decisions, newest first."""

    reviews: list[tuple[Review, Alert]]
    link_decisions: list[LinkDecision]
    page: int
    pages: int


def audit_page(session: Session, page: int = 1, page_size: int = 50) -> AuditPage:
    """Reviews joined with their alert, paged; the latest link decisions alongside."""
    total = session.scalar(select(func.count(Review.id))) or 0
    pages = max(1, -(-total // page_size))
    page = min(max(1, page), pages)
    rows = session.execute(
        select(Review, Alert)
        .join(Alert, Alert.id == Review.alert_id)
        .order_by(Review.created_at.desc(), Review.id.desc())
        .offset((page - 1) * page_size)
        .limit(page_size)
    ).all()
    links = list(
        session.scalars(select(LinkDecision).order_by(LinkDecision.decided_at.desc()).limit(page_size))
    )
    return AuditPage(reviews=[(r, a) for r, a in rows], link_decisions=links, page=page, pages=pages)
