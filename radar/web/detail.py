"""What the alert page shows: explanation, events in their text, sister outlets, history.

Everything here returns plain strings and numbers; escaping is the templates' job
(autoescape) and links go through :func:`safe_url`, because crawled titles, evidence and
URLs are hostile text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from radar_core.addresses import safe_url
from radar_core.db.models import Alert, AlertEvent, Document, Event

CONTEXT_CHARS = 320


@dataclass
class Passage:
    """The evidence sentence inside its document text: ``before`` + ``match`` + ``after``."""

    before: str
    match: str
    after: str
    found: bool


def _find(text: str, evidence: str) -> tuple[int, int] | None:
    if not evidence:
        return None
    index = text.find(evidence)
    if index >= 0:
        return index, index + len(evidence)
    # Stored evidence may differ from the text in whitespace or case: match word by word.
    words = evidence.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)
    match = pattern.search(text)
    return (match.start(), match.end()) if match else None


def passage(text: str, evidence: str, hint: int | None = None, chars: int = CONTEXT_CHARS) -> Passage:
    """Cut ``text`` around ``evidence`` (``chars`` either side), marking the evidence."""
    text = text or ""
    span = None
    if hint is not None and 0 <= hint and text[hint:hint + len(evidence)] == evidence:
        span = (hint, hint + len(evidence))
    span = span or _find(text, evidence)
    if span is None:
        return Passage("", evidence, "", False)
    start, end = span
    left, right = max(0, start - chars), min(len(text), end + chars)
    before = ("… " if left > 0 else "") + text[left:start]
    after = text[end:right] + (" …" if right < len(text) else "")
    return Passage(before, text[start:end], after, True)


@dataclass
class EventView:
    """An event of the alert with its document and highlighted passage."""

    event: Event
    document: Document
    passage: Passage
    url: str | None
    outlets: list[Document] = field(default_factory=list)


@dataclass
class AlertView:
    """The alert page's data."""

    alert: Alert
    explanation: dict[str, Any]
    components: list[dict[str, Any]]
    events: list[EventView]
    history: list[Alert]


def alert_view(session: Session, alert: Alert, history: list[Alert]) -> AlertView:
    """Collect what the alert page shows; ``history`` is the firm's alerts the user may see."""
    # Decoded once, through the typed record, then handed to the template as plain JSON.
    explanation = alert.explained.to_json()
    components = explanation["score"]["components"]
    rows = session.execute(
        select(Event, Document)
        .join(AlertEvent, AlertEvent.event_id == Event.id)
        .join(Document, Document.id == Event.document_id)
        .where(AlertEvent.alert_id == alert.id)
        .order_by(Document.published, Event.id)
    ).all()
    events = []
    for event, doc in rows:
        hint = (event.details or {}).get("evidence_start")
        view = EventView(
            event=event,
            document=doc,
            passage=passage(doc.text, event.evidence, hint if isinstance(hint, int) else None),
            url=safe_url(doc.url),
        )
        if doc.story_id:
            view.outlets = list(session.scalars(
                select(Document)
                .where(Document.story_id == doc.story_id, Document.id != doc.id)
                .order_by(Document.published, Document.id)
                .limit(50)
            ))
        events.append(view)
    return AlertView(alert, explanation, components, events, history)
