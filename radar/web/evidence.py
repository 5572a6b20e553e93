"""The stored copy of an event's document: ``/evidence/{event_id}``.

A crawled page can move, vanish or (in the demo) sit on a port that closed when the demo
ended, while Radar keeps every document's text. This page shows that text from the
database, the evidence sentence highlighted, with the original address beside it, so the
evidence links of alert pages and e-mails open as long as the database lives. The text is
crawled, hostile text: the template escapes it like everything else, and the app's CSP
forbids inline scripts besides. An RM sees only evidence behind an alert in their view;
anything else is a 404, like another RM's alert.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from radar.web.detail import Passage, passage
from radar.web.pages import DB, PageUser, render, research
from radar.web.queue import visible_alerts
from radar_core.addresses import safe_url
from radar_core.db import get_by_id
from radar_core.db.models import Alert, AlertEvent, Document, Event, User
from radar_core.i18n import N_

router = APIRouter()


def evidence_path(event_id: int) -> str:
    """The site-relative link to an event's stored document (for pages and e-mails)."""
    return f"/evidence/{int(event_id)}"


@dataclass
class EvidencePage:
    """What the page shows: the event, its document and the whole text cut at the evidence."""

    event: Event
    document: Document
    text: Passage
    url: str | None
    alerts: list[Alert]


def evidence_page(session: Session, user: User, event_id: int, research: str = "") -> EvidencePage:
    """The stored copy behind ``event_id`` if ``user`` may see it, else 404.

    ``research`` is the research mailbox's address (see :mod:`radar.visibility`).
    """
    event = get_by_id(session, Event, event_id)
    if event is None:
        raise HTTPException(status_code=404, detail=N_("no such evidence"))
    alerts = list(session.scalars(
        visible_alerts(session, user, research)
        .where(Alert.id.in_(select(AlertEvent.alert_id).where(AlertEvent.event_id == event.id)))
        .order_by(Alert.created_at.desc(), Alert.id)
        .limit(20)
    ))
    if user.role == "rm" and not alerts:
        raise HTTPException(status_code=404, detail=N_("no such evidence"))
    doc = event.document
    text = doc.text or ""
    hint = (event.details or {}).get("evidence_start")
    whole = passage(text, event.evidence, hint if isinstance(hint, int) else None, chars=len(text))
    return EvidencePage(event=event, document=doc, text=whole, url=safe_url(doc.url), alerts=alerts)


@router.get("/evidence/{event_id}", response_class=HTMLResponse)
def evidence(event_id: int, request: Request, user: PageUser, session: DB) -> HTMLResponse:
    return render(request, "evidence.html", user,
                  page=evidence_page(session, user, event_id, research(request)))
