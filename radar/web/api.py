"""The JSON API under ``/api/``: alerts list and detail, and decisions.

Same permissions as the pages (an RM sees only their portfolio; another RM's alert is a
404), authenticated by HTTP basic or by the session cookie plus ``X-CSRF-Token`` on writes.
The OpenAPI document is served at ``/openapi.json``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from radar.visibility import research_address
from radar.web import auth
from radar.web.auth import db_session
from radar.web.decisions import DecisionError, record_decision
from radar.web.export import export_response
from radar.web.queue import BadCursor, QueueFilters, queue_page, visible_alert
from radar_core.db.models import Alert, User

router = APIRouter(prefix="/api", tags=["api"])
DB = Annotated[Session, Depends(db_session)]


def current_api_user(request: Request, session: DB) -> User:
    return auth.api_user(request, session)


ApiUser = Annotated[User, Depends(current_api_user)]


def _research(request: Request) -> str:
    return research_address(request.app.state.settings.research_mailbox)


class AlertOut(BaseModel):
    """An alert as the API returns it."""

    id: int
    rule_id: str
    rule_version: str
    polarity: str
    severity: str
    score: float
    status: str
    client_id: str | None
    firm_key: str
    company: str
    title: str
    notify_client_ids: list[str]
    created_at: datetime
    updated_at: datetime
    scoring_version: str | None = None  # which scoring arithmetic made ``score``


class AlertDetailOut(AlertOut):
    """An alert with its explanation (rule, why, events, score components) and reviews."""

    explanation: dict[str, Any]
    reviews: list[ReviewOut]


class ReviewOut(BaseModel):
    decision: str
    reason: str | None
    note: str | None
    analyst: str
    created_at: datetime


class AlertPage(BaseModel):
    """One page; pass ``next_cursor`` as ``after`` (``prev_cursor`` as ``before``) for the next.

    ``total`` is exact up to 10,000 alerts; beyond, it is 10,000 and ``more`` is true.
    """

    total: int
    more: bool = False
    page: int
    pages: int
    alerts: list[AlertOut]
    next_cursor: str | None = None
    prev_cursor: str | None = None


class DecisionIn(BaseModel):
    """A decision: ``reason`` is required for ``reject`` and refused otherwise."""

    decision: Literal["accept", "reject", "forward"]
    reason: Literal["wrong_firm", "not_an_event", "old_news", "duplicate", "not_relevant"] | None = None
    note: str | None = Field(None, max_length=2000)


AlertDetailOut.model_rebuild()


def _alert_out(alert: Alert) -> AlertOut:
    return AlertOut(
        id=alert.id, rule_id=alert.rule_id, rule_version=alert.rule_version, polarity=alert.polarity,
        severity=alert.severity, score=alert.score, status=alert.status, client_id=alert.client_id,
        firm_key=alert.firm_key, company=alert.company, title=alert.title,
        notify_client_ids=[str(c) for c in alert.notify_client_ids or []],
        created_at=alert.created_at, updated_at=alert.updated_at,
        scoring_version=alert.scoring_version,
    )


def _detail(alert: Alert) -> AlertDetailOut:
    return AlertDetailOut(
        **_alert_out(alert).model_dump(),
        explanation=alert.explained.to_json(),
        reviews=[ReviewOut(decision=r.decision, reason=r.reason, note=r.note, analyst=r.analyst,
                           created_at=r.created_at) for r in alert.reviews],
    )


@router.get("/alerts", response_model=AlertPage)
def list_alerts(request: Request, user: ApiUser,
                session: DB) -> AlertPage:
    """Alerts in queue order; query parameters are the queue's filters (``status=all`` for every status).

    Page with ``after=<next_cursor>`` (keyset: as fast deep down as on top) or ``page=N``.
    """
    filters = QueueFilters.from_params(request.query_params)
    if user.role == "rm":
        filters.rm = ""
    try:
        result = queue_page(session, user, filters, page_size=100, research=_research(request))
    except BadCursor as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    return AlertPage(total=result.total, more=result.more, page=result.page, pages=result.pages,
                     alerts=[_alert_out(a) for a in result.alerts],
                     next_cursor=result.next_cursor, prev_cursor=result.prev_cursor)


@router.get("/alerts.csv", response_class=StreamingResponse)
def export_csv(request: Request, user: ApiUser) -> StreamingResponse:
    """Every alert the queue's filters select (all pages, queue order) as CSV.

    The same filters and the same visibility as ``/api/alerts`` (an RM exports what they
    can see). Columns: id, created, severity, score, polarity, rule, firm, client_id, rm,
    status, title, evidence, source_url.
    """
    return export_response(request, user, "csv")


@router.get("/alerts.xlsx", response_class=StreamingResponse)
def export_xlsx(request: Request, user: ApiUser) -> StreamingResponse:
    """The same export as ``/api/alerts.csv``, as an Excel workbook."""
    return export_response(request, user, "xlsx")


@router.get("/alerts/{alert_id}", response_model=AlertDetailOut)
def get_alert(alert_id: int, request: Request, user: ApiUser,
              session: DB) -> AlertDetailOut:
    """One alert with its explanation and review history."""
    return _detail(visible_alert(session, user, alert_id, _research(request)))


@router.post("/alerts/{alert_id}/decision", response_model=AlertDetailOut)
def post_decision(alert_id: int, body: DecisionIn, request: Request, user: ApiUser,
                  session: DB) -> AlertDetailOut:
    """Accept, reject (with a reason) or forward an alert; returns the updated alert."""
    alert = visible_alert(session, user, alert_id, _research(request))
    try:
        record_decision(session, alert, body.decision, user.username, request.app.state.clock(),
                        reason=body.reason, note=body.note)
    except DecisionError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    session.commit()
    session.refresh(alert)
    return _detail(alert)
