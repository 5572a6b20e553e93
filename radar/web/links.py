"""Ambiguous entity links: the analyst picks a candidate or marks the firm unknown.

The choice is stored twice: on the ``EntityLink`` (status ``manual``, which the
processing stage never overwrites) and as a ``LinkDecision`` keyed by the folded mention
and a hash of the folded sentence, so that the same mention in the same context links
the same way when another outlet repeats the story. The processing stage asks
:func:`radar.link_memory.remembered_decision` before linking a mention, with the event's evidence sentence
as context - the sentence this page shows and hashes.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from radar.link_memory import context_key, mention_key
from radar_core.db import get_by_id
from radar_core.db.models import Client, Document, EntityLink, Event, LinkDecision, Mention
from radar_core.text import fold

log = logging.getLogger(__name__)

UNKNOWN = "__unknown__"
_NON_WORD = re.compile(r"[^\w]+")
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
        items.append(LinkItem(link, mention, document, mention_context(session, mention), candidates))
    return items


class LinkResolutionError(ValueError):
    """The choice is not one of the link's candidates, or the link is not ambiguous."""


def resolve_link(
    session: Session, link_id: int, choice: str, analyst: str, now: datetime
) -> LinkDecision:
    """Apply an analyst's choice (a candidate's client id, or ``UNKNOWN``) to a link.

    The link becomes ``manual``; events resting on the mention follow it when that does
    not collide with an event the document already has for the chosen firm.
    """
    link = get_by_id(session, EntityLink, link_id)
    if link is None or link.status != "ambiguous":
        raise LinkResolutionError("link: not found or already resolved")
    allowed = {str(c.get("client_id")) for c in link.candidates or [] if isinstance(c, dict)}
    if choice != UNKNOWN and choice not in allowed:
        raise LinkResolutionError("client_id: not one of this link's candidates")
    client_id = None if choice == UNKNOWN else choice
    mention = link.mention
    context = mention_context(session, mention)
    link.features = {
        **(link.features or {}),
        "manual": {"analyst": analyst, "at": now.isoformat(), "previous_status": link.status},
    }
    link.status = "manual"
    link.client_id = client_id
    link.confidence = 1.0
    _relink_events(session, mention, client_id)
    key = (mention_key(mention.text), context_key(context))
    decision = session.scalars(
        select(LinkDecision).where(LinkDecision.mention_key == key[0], LinkDecision.context_key == key[1])
    ).first()
    if decision is None:
        decision = LinkDecision(mention_key=key[0], context_key=key[1])
        session.add(decision)
    decision.client_id = client_id
    decision.analyst = analyst
    decision.decided_at = now
    session.flush()
    log.info("link %s resolved to %s by %s", link_id, client_id or "unknown", analyst)
    return decision


def _relink_events(session: Session, mention: Mention, client_id: str | None) -> None:
    for event in session.scalars(select(Event).where(Event.mention_id == mention.id)):
        new_key = client_id or "prospect:" + " ".join(_NON_WORD.sub(" ", fold(event.company)).split())
        clash = session.scalars(
            select(Event.id).where(
                Event.document_id == event.document_id,
                Event.type == event.type,
                Event.firm_key == new_key[:300],
                Event.id != event.id,
            )
        ).first()
        if clash is not None:
            log.info("event %s keeps its firm: document already has %s for %s", event.id, event.type, new_key)
            continue
        event.client_id = client_id
        event.firm_key = new_key[:300]
        event.link_status = "manual"
