"""Which alerts a user may see, and the review queue's filters and paging.

An RM's portfolio is every client whose ``rm_email`` is theirs; they see alerts about
those clients and group alerts whose ``notify_client_ids`` name one of them. Everyone
else (analyst, admin) sees all alerts. The same function guards pages and the API, so
the two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

from fastapi import HTTPException
from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import Session

from radar_core.db import get_by_id
from radar_core.db.models import Alert, AlertEvent, Client, Document, Event, User
from radar_core.records import REVIEW_PREFIX

POLARITIES = ("opportunity", "risk")
SEVERITIES = ("low", "medium", "high", "critical")
STATUSES = ("new", "accepted", "rejected", "forwarded", "all")
KINDS = ("client", "prospect", "review")  # review: which client waits for an analyst (/links)
PAGE_SIZE = 25


def portfolio_ids(session: Session, rm_email: str) -> set[str]:
    """Client ids whose relationship manager is ``rm_email`` (case-insensitive)."""
    email = rm_email.strip().lower()
    return set(session.scalars(select(Client.client_id).where(func.lower(Client.rm_email) == email)))


def _portfolio_condition(session: Session, rm_email: str) -> Any:
    """SQL condition: the alert belongs to the portfolio of ``rm_email``."""
    ids = portfolio_ids(session, rm_email)
    if not ids:
        return Alert.id.is_(None)  # matches nothing
    # Group alerts are few; JSON containment is not portable, so test them in Python.
    grouped = [
        alert_id
        for alert_id, notify in session.execute(
            select(Alert.id, Alert.notify_client_ids).where(
                or_(Alert.client_id.is_(None), Alert.client_id.not_in(ids))
            )
        )
        if notify and ids & {str(c) for c in notify}
    ]
    return or_(Alert.client_id.in_(ids), Alert.id.in_(grouped))


def visible_alerts(session: Session, user: User) -> Select[Any]:
    """A query of the alerts ``user`` may see."""
    query = select(Alert)
    if user.role == "rm":
        query = query.where(_portfolio_condition(session, user.rm_email or ""))
    return query


def can_see(session: Session, user: User, alert: Alert) -> bool:
    """True when ``alert`` is in ``user``'s view."""
    if user.role != "rm":
        return True
    ids = portfolio_ids(session, user.rm_email or "")
    return alert.client_id in ids or bool(ids & {str(c) for c in alert.notify_client_ids or []})


def visible_alert(session: Session, user: User, alert_id: int) -> Alert:
    """The alert if ``user`` may see it; else 404, for pages and the API alike.

    Another RM's alert is a 404, not a 403: its existence is none of their business.
    """
    alert = get_by_id(session, Alert, alert_id)
    if alert is None or not can_see(session, user, alert):
        raise HTTPException(status_code=404, detail="no such alert")
    return alert


def _parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


@dataclass
class QueueFilters:
    """The queue's filters as they appear in the URL (empty string = no filter)."""

    polarity: str = ""
    severity: str = ""
    rm: str = ""
    rule: str = ""
    event_type: str = ""
    source_type: str = ""
    date_from: str = ""
    date_to: str = ""
    kind: str = ""
    client: str = ""
    status: str = "new"
    page: int = 1

    @classmethod
    def from_params(cls, params: Any) -> QueueFilters:
        """Read filters from query parameters, dropping values outside their choices."""
        def get(name: str, default: str = "") -> str:
            return str(params.get(name) or default).strip()[:200]

        try:
            page = max(1, int(get("page", "1")))
        except ValueError:
            page = 1
        return cls(
            polarity=get("polarity") if get("polarity") in POLARITIES else "",
            severity=get("severity") if get("severity") in SEVERITIES else "",
            rm=get("rm"),
            rule=get("rule"),
            event_type=get("event_type"),
            source_type=get("source_type"),
            date_from=get("date_from") if _parse_day(get("date_from")) else "",
            date_to=get("date_to") if _parse_day(get("date_to")) else "",
            kind=get("kind") if get("kind") in KINDS else "",
            client=get("client"),
            status=get("status", "new") if get("status", "new") in STATUSES else "new",
            page=page,
        )

    def params(self, **changes: Any) -> dict[str, str]:
        """Non-empty filters as URL parameters, with ``changes`` applied."""
        values = {**asdict(self), **changes}
        return {k: str(v) for k, v in values.items() if v not in ("", None) and not (k == "page" and v == 1)}


def apply_filters(session: Session, query: Select[Any], f: QueueFilters) -> Select[Any]:
    """Narrow an alert query by the queue's filters."""
    if f.status and f.status != "all":
        query = query.where(Alert.status == f.status)
    if f.polarity:
        query = query.where(Alert.polarity == f.polarity)
    if f.severity:
        query = query.where(Alert.severity == f.severity)
    if f.rule:
        query = query.where(Alert.rule_id == f.rule)
    review = Alert.firm_key.startswith(REVIEW_PREFIX, autoescape=True)
    if f.kind == "prospect":
        query = query.where(Alert.client_id.is_(None), ~review)
    elif f.kind == "review":
        query = query.where(review)
    elif f.kind == "client":
        query = query.where(Alert.client_id.is_not(None))
    if f.client:
        like = f"%{f.client.lower()}%"
        query = query.where(
            or_(Alert.client_id == f.client, Alert.firm_key == f.client, func.lower(Alert.company).like(like))
        )
    if f.rm:
        query = query.where(_portfolio_condition(session, f.rm))
    if f.event_type or f.source_type:
        sub = select(AlertEvent.alert_id).join(Event, Event.id == AlertEvent.event_id)
        if f.event_type:
            sub = sub.where(Event.type == f.event_type)
        if f.source_type:
            sub = sub.join(Document, Document.id == Event.document_id).where(
                Document.source_type == f.source_type
            )
        query = query.where(Alert.id.in_(sub))
    start, end = _parse_day(f.date_from), _parse_day(f.date_to)
    if start:
        query = query.where(Alert.created_at >= datetime.combine(start, datetime.min.time()))
    if end:
        query = query.where(Alert.created_at < datetime.combine(end + timedelta(days=1), datetime.min.time()))
    return query


@dataclass
class QueuePage:
    """One page of the queue."""

    alerts: list[Alert]
    total: int
    page: int
    pages: int


def queue_page(session: Session, user: User, f: QueueFilters, page_size: int = PAGE_SIZE) -> QueuePage:
    """The alerts of one queue page, most severe and highest score first."""
    query = apply_filters(session, visible_alerts(session, user), f)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    pages = max(1, -(-total // page_size))
    page = min(f.page, pages)
    rank = case({s: i for i, s in enumerate(reversed(SEVERITIES))}, value=Alert.severity, else_=len(SEVERITIES))
    ordered = query.order_by(rank, Alert.score.desc(), Alert.created_at.desc(), Alert.id)
    alerts: list[Alert] = list(session.scalars(ordered.offset((page - 1) * page_size).limit(page_size)))
    return QueuePage(alerts=alerts, total=total, page=page, pages=pages)


def filter_choices(session: Session) -> dict[str, list[str]]:
    """Values offered in the filter drop-downs (rules, event and source types, RMs)."""
    return {
        "rules": sorted(r for r in session.scalars(select(Alert.rule_id).distinct()) if r),
        "event_types": sorted(t for t in session.scalars(select(Event.type).distinct()) if t),
        "source_types": sorted(t for t in session.scalars(select(Document.source_type).distinct()) if t),
        "rms": sorted(r for r in session.scalars(select(Client.rm_email).distinct()) if r),
    }
