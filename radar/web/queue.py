"""Which alerts a user may see, and the review queue's filters and keyset paging.

An RM sees what :mod:`radar.visibility` says reaches their mailbox: alerts about their
portfolio and its subsidiaries, and group alerts naming one of their firms — the same SQL
condition that picks their e-mail digest, so every link in a digest opens. Everyone else
(analyst, admin) sees all alerts. The same functions guard pages and the API.

Pages are keyset (cursor) pages over the stored queue order (severity rank, score,
recency, id, all descending, on composite indexes): ``after``/``before`` carry the sort key
of the last/first row shown, so a deep page costs what the first one does. ``page=N``
without a cursor still works (an OFFSET), for old links.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

from fastapi import HTTPException
from sqlalchemy import Select, func, or_, select, tuple_
from sqlalchemy.orm import Session

from radar.visibility import reaches
from radar_core.db import get_by_id
from radar_core.db.models import Alert, AlertEvent, Client, Document, Event, User
from radar_core.i18n import N_
from radar_core.records import REVIEW_PREFIX

POLARITIES = ("opportunity", "risk")
SEVERITIES = ("low", "medium", "high", "critical")
STATUSES = ("new", "accepted", "rejected", "forwarded", "all")
KINDS = ("client", "prospect", "review")  # review: which client waits for an analyst (/links)
PAGE_SIZE = 25
# Counting stops here: an exact count of a million rows costs more than the page itself,
# and "10,000+" tells a reviewer as much.
COUNT_CAP = 10_000
# The queue order; keyset cursors hold these values of a row.
ORDER = (Alert.severity_rank, Alert.score, Alert.created_at, Alert.id)


def visible_alerts(session: Session, user: User, research: str = "") -> Select[Any]:
    """A query of the alerts ``user`` may see (``research``: the research mailbox address)."""
    query = select(Alert)
    if user.role == "rm":
        query = query.where(reaches(session, user.rm_email or "", research))
    return query


def can_see(session: Session, user: User, alert: Alert, research: str = "") -> bool:
    """True when ``alert`` is in ``user``'s view."""
    if user.role != "rm":
        return True
    query = select(Alert.id).where(Alert.id == alert.id, reaches(session, user.rm_email or "", research))
    return session.scalar(query) is not None


def visible_alert(session: Session, user: User, alert_id: int, research: str = "") -> Alert:
    """The alert if ``user`` may see it; else 404, for pages and the API alike.

    Another RM's alert is a 404, not a 403: its existence is none of their business.
    """
    alert = get_by_id(session, Alert, alert_id)
    if alert is None or not can_see(session, user, alert, research):
        raise HTTPException(status_code=404, detail=N_("no such alert"))
    return alert


class BadCursor(ValueError):
    """A paging cursor that this server did not make (edited or truncated)."""


def encode_cursor(alert: Alert) -> str:
    """The opaque cursor of a row: its queue sort key, URL-safe."""
    key = [alert.severity_rank, alert.score, alert.created_at.isoformat(), alert.id]
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode().rstrip("=")


def decode_cursor(value: str) -> tuple[int, float, datetime, int]:
    """The sort key in a cursor; :class:`BadCursor` for anything else."""
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
        rank, score, created, alert_id = json.loads(raw)
        if not (isinstance(rank, int) and isinstance(score, int | float) and isinstance(alert_id, int)):
            raise ValueError("wrong types")
        return rank, float(score), datetime.fromisoformat(str(created)), alert_id
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
        raise BadCursor("bad paging cursor: start again from the first page") from exc


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
    # Keyset cursors (see the module docstring); at most one is used, ``after`` first.
    after: str = ""
    before: str = ""

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
            after=get("after"),
            before=get("before"),
        )

    def params(self, **changes: Any) -> dict[str, str]:
        """Non-empty filters as URL parameters, with ``changes`` applied."""
        values = {**asdict(self), **changes}
        return {k: str(v) for k, v in values.items() if v not in ("", None) and not (k == "page" and v == 1)}


def apply_filters(session: Session, query: Select[Any], f: QueueFilters, research: str = "") -> Select[Any]:
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
        query = query.where(reaches(session, f.rm, research))
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
    """One page of the queue, with the cursors of its neighbours (None: no such page).

    ``total`` is exact up to the count cap; ``more`` says there are more than ``total``.
    """

    alerts: list[Alert]
    total: int
    page: int
    pages: int
    more: bool = False
    next_cursor: str | None = None
    prev_cursor: str | None = None


def _descending(query: Select[Any]) -> Select[Any]:
    return query.order_by(*(c.desc() for c in ORDER))


def _load(session: Session, ordered: Select[Any]) -> list[Alert]:
    """The alerts of an ordered, limited query, read in two steps: the page's ids first
    (the queue indexes hold every column that needs, so the database orders an RM's
    thousands of alerts without reading their rows), then only the page's rows."""
    ids = list(session.scalars(ordered.with_only_columns(Alert.id)))
    if not ids:
        return []
    rows = {a.id: a for a in session.scalars(select(Alert).where(Alert.id.in_(ids)))}
    return [rows[i] for i in ids if i in rows]


def queue_page(session: Session, user: User, f: QueueFilters, page_size: int = PAGE_SIZE,
               research: str = "", count_cap: int = COUNT_CAP) -> QueuePage:
    """One queue page, most severe and highest score first, by cursor or page number.

    Raises :class:`BadCursor` for a cursor this server did not make.
    """
    query = apply_filters(session, visible_alerts(session, user, research), f, research)
    capped = query.with_only_columns(Alert.id).limit(count_cap + 1).subquery()
    total = session.scalar(select(func.count()).select_from(capped)) or 0
    more = total > count_cap
    total = min(total, count_cap)
    pages = max(1, -(-total // page_size))
    page = f.page if more else min(f.page, pages)
    alerts: list[Alert] | None = None
    has_next = has_prev = True
    if f.after:
        key = decode_cursor(f.after)
        rows = _load(session, _descending(query.where(tuple_(*ORDER) < tuple_(*key))).limit(page_size + 1))
        has_next, alerts = len(rows) > page_size, rows[:page_size]
    elif f.before:
        key = decode_cursor(f.before)
        ascending = query.where(tuple_(*ORDER) > tuple_(*key)).order_by(*(c.asc() for c in ORDER))
        rows = _load(session, ascending.limit(page_size + 1))
        if len(rows) > page_size:
            alerts = list(reversed(rows[:page_size]))
        else:
            page = 1  # back at the start: show the full first page
    if alerts is None:  # no cursor: a numbered page (OFFSET), as old links ask
        offset = (page - 1) * page_size
        alerts = _load(session, _descending(query).offset(offset).limit(page_size))
        has_next, has_prev = len(alerts) == page_size and (more or offset + len(alerts) < total), page > 1
    page = max(1, page if more else min(page, pages))
    result = QueuePage(alerts=alerts, total=total, page=page, pages=pages, more=more)
    if alerts and has_next:
        result.next_cursor = encode_cursor(alerts[-1])
    if alerts and has_prev:
        result.prev_cursor = encode_cursor(alerts[0])
    return result


def filter_choices(session: Session) -> dict[str, list[str]]:
    """Values offered in the filter drop-downs (rules, event and source types, RMs)."""
    return {
        "rules": sorted(r for r in session.scalars(select(Alert.rule_id).distinct()) if r),
        "event_types": sorted(t for t in session.scalars(select(Event.type).distinct()) if t),
        "source_types": sorted(t for t in session.scalars(select(Document.source_type).distinct()) if t),
        "rms": sorted(r for r in session.scalars(select(Client.rm_email).distinct()) if r),
    }
