"""Ambiguous entity links: the analyst picks a candidate, strikes one ("not this firm"),
or marks the firm unknown.

A choice is stored on the ``EntityLink`` (status ``manual``, which the processing stage
never overwrites) and as a ``LinkDecision`` keyed by the folded mention - for any
sentence, or, when the analyst keeps it to this one, by a hash of the folded sentence
too - so the mention links the same way wherever it appears again. The other open links
of the same mention are settled at once, and the alerts that waited on them are
re-targeted in place (:mod:`radar.relink`). The processing stage asks
:func:`radar.link_memory.remembered` before storing a mention, with the event's evidence
sentence as context - the sentence this page shows and hashes.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from radar.link_memory import IS, NOT, context_key, mention_key, remember
from radar.relink import relink_events, retarget_alerts
from radar_core.db import get_by_id
from radar_core.db.models import (
    Alert,
    AlertEvent,
    Client,
    Document,
    EntityLink,
    Event,
    LinkDecision,
    Mention,
)
from radar_core.records import needs_link_review
from radar_core.text import fold

log = logging.getLogger(__name__)

UNKNOWN = "__unknown__"
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that contains the span ``start:end``."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.start() + 1 if right_match else len(text)
    return text[left:right].strip()


def mention_context(session: Session, mention: Mention) -> str:
    """The context sentence of a mention: its event's evidence, else the sentence around it."""
    for evidence in session.scalars(select(Event.evidence).where(Event.mention_id == mention.id)):
        if evidence and fold(mention.text) in fold(evidence):
            return evidence
    return sentence_around(mention.document.text or "", mention.start, mention.end)


@dataclass
class LinkItem:
    """An ambiguous link as the page shows it."""

    link: EntityLink
    mention: Mention
    document: Document
    sentence: str
    candidates: list[dict[str, Any]] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)  # waiting for this decision


def ambiguous_count(session: Session) -> int:
    return session.scalar(select(func.count(EntityLink.id)).where(EntityLink.status == "ambiguous")) or 0


def ambiguous_links(session: Session, limit: int = 50, offset: int = 0) -> list[LinkItem]:
    """Ambiguous links, newest documents first, with candidate names and scores."""
    rows = session.execute(
        select(EntityLink, Mention, Document)
        .join(Mention, Mention.id == EntityLink.mention_id)
        .join(Document, Document.id == Mention.document_id)
        .where(EntityLink.status == "ambiguous")
        .order_by(Document.fetched.desc(), EntityLink.id)
        .offset(offset)
        .limit(limit)
    ).all()
    ids = {str(c.get("client_id")) for link, _, _ in rows for c in link.candidates or [] if isinstance(c, dict)}
    clients = {c.client_id: c for c in session.scalars(select(Client).where(Client.client_id.in_(ids)))}
    items = []
    waiting = waiting_alerts(session, [mention.id for _, mention, _ in rows])
    for link, mention, document in rows:
        candidates = []
        for cand in link.candidates or []:
            if not isinstance(cand, dict) or not cand.get("client_id"):
                continue
            client = clients.get(str(cand["client_id"]))
            candidates.append({
                "client_id": str(cand["client_id"]),
                "score": float(cand.get("score") or 0.0),
                "legal_name": client.legal_name if client else "(not in register)",
                "city": client.city if client else None,
                "sector": client.sector if client else None,
            })
        items.append(LinkItem(link, mention, document, mention_context(session, mention), candidates,
                              waiting.get(mention.id, [])))
    return items


class LinkResolutionError(ValueError):
    """The choice is not one of the link's candidates, or the link is not ambiguous."""


def _open_link(session: Session, link_id: int) -> EntityLink:
    link = get_by_id(session, EntityLink, link_id)
    if link is None or link.status != "ambiguous":
        raise LinkResolutionError("link: not found or already resolved")
    return link


def _candidate_ids(link: EntityLink) -> list[str]:
    return [str(c.get("client_id")) for c in link.candidates or [] if isinstance(c, dict) and c.get("client_id")]


def _same_mention(session: Session, link: EntityLink, context: str | None) -> list[EntityLink]:
    """The open ambiguous links a decision on ``link`` also covers: the same folded
    mention anywhere (or only in the same sentence, for a sentence-scoped decision)."""
    key = mention_key(link.mention.text)
    out = [link]
    rows = session.execute(
        select(EntityLink, Mention)
        .join(Mention, Mention.id == EntityLink.mention_id)
        .where(EntityLink.status == "ambiguous", EntityLink.id != link.id)
        .order_by(EntityLink.id)
    ).all()
    for other, mention in rows:
        if mention_key(mention.text) != key:
            continue
        if context is not None and context_key(mention_context(session, mention)) != context_key(context):
            continue
        out.append(other)
    return out


def _settle(session: Session, link: EntityLink, client_id: str | None, analyst: str, now: datetime,
            decision: str) -> list[int]:
    """Close one link on ``client_id`` (None: unknown firm); move its events and alerts."""
    link.features = {
        **(link.features or {}),
        "manual": {"analyst": analyst, "at": now.isoformat(), "previous_status": link.status,
                   "decision": decision},
    }
    link.status = "manual"
    link.client_id = client_id
    link.confidence = 1.0
    moved = relink_events(session, link.mention, client_id)
    return retarget_alerts(session, moved, analyst, now)


def resolve_link(
    session: Session, link_id: int, choice: str, analyst: str, now: datetime, *, only_here: bool = False
) -> LinkDecision:
    """Apply an analyst's choice (a candidate's client id, or ``UNKNOWN``) to a link.

    The decision is remembered for the mention wherever it appears again (only in this
    sentence when ``only_here``), and applied at once to the other open links of the
    same mention. Each link becomes ``manual``; its events and waiting alerts move to the
    chosen firm (see :mod:`radar.relink`).
    """
    link = _open_link(session, link_id)
    if choice != UNKNOWN and choice not in _candidate_ids(link):
        raise LinkResolutionError("client_id: not one of this link's candidates")
    client_id = None if choice == UNKNOWN else choice
    context = mention_context(session, link.mention)
    scope = context if only_here else None
    decision = remember(session, link.mention.text, scope, IS, client_id, analyst, now)
    alerts: list[int] = []
    for each in _same_mention(session, link, scope):
        alerts += _settle(session, each, client_id, analyst, now, f"is {client_id or UNKNOWN}")
    session.flush()
    log.info("link %s resolved to %s by %s (alerts re-targeted: %s)", link_id, client_id or "unknown",
             analyst, alerts)
    return decision


def reject_candidate(
    session: Session, link_id: int, client_id: str, analyst: str, now: datetime, *, only_here: bool = False
) -> LinkDecision:
    """"Not this firm": strike ``client_id`` from the link, remembered like a choice.

    The other open links of the mention lose the candidate too; a link left with no
    candidate is an unknown firm (its events and alerts become a prospect's).
    """
    link = _open_link(session, link_id)
    if client_id not in _candidate_ids(link):
        raise LinkResolutionError("client_id: not one of this link's candidates")
    context = mention_context(session, link.mention)
    scope = context if only_here else None
    decision = remember(session, link.mention.text, scope, NOT, client_id, analyst, now)
    for each in _same_mention(session, link, scope):
        left = [c for c in each.candidates or [] if isinstance(c, dict) and str(c.get("client_id")) != client_id]
        struck = sorted({*(each.features or {}).get("excluded", []), client_id})
        each.features = {**(each.features or {}), "excluded": struck}
        each.candidates = left
        if not left:
            _settle(session, each, None, analyst, now, "not " + ", ".join(struck))
        else:
            _sync_candidates(session, each)
    session.flush()
    log.info("link %s: %s is not %s (by %s)", link_id, link.mention.text, client_id, analyst)
    return decision


def _sync_candidates(session: Session, link: EntityLink) -> None:
    """Keep the events' copy of the candidates (what rules and pages read) in step."""
    kept = [{"client_id": c["client_id"], "score": c.get("score")} for c in link.candidates]
    for event in session.scalars(select(Event).where(Event.mention_id == link.mention_id)):
        event.details = {**(event.details or {}), "candidates": kept}


def waiting_alerts(session: Session, mention_ids: list[int]) -> dict[int, list[Alert]]:
    """The alerts waiting on each mention's link (``review:`` firm), by mention id."""
    out: dict[int, list[Alert]] = {}
    if not mention_ids:
        return out
    rows = session.execute(
        select(Event.mention_id, Alert)
        .join(AlertEvent, AlertEvent.event_id == Event.id)
        .join(Alert, Alert.id == AlertEvent.alert_id)
        .where(Event.mention_id.in_(mention_ids))
        .order_by(Alert.id)
    ).all()
    for mention_id, alert in rows:
        if mention_id is not None and needs_link_review(alert.firm_key):
            out.setdefault(mention_id, []).append(alert)
    return out
