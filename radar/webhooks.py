"""Signed alert webhooks, exactly once per alert and endpoint, retried with backoff.

Queueing inserts a ``WebhookDelivery`` row per (alert, endpoint) for each alert that
passes the endpoint's filter (polarity, least severity; never one waiting for a link
review); the unique key makes a second insert a no-op, so an alert is queued for an
endpoint once, ever, however many senders run. Sending claims each due row with a
compare-and-set UPDATE that writes this run's lease only where the row is still
pending, due, and nobody holds a live lease (as the mail ledger does), so two senders
never post the same delivery. A 2xx answer marks it ``delivered``; anything else (an
error status, a timeout, a refused connection) schedules the next attempt after an
exponential backoff with jitter, until ``webhook_max_attempts``: then ``failed``, shown
by ``radar status`` and sent again by ``radar webhooks retry``. An endpoint that cannot
be reached is not tried again in the same run: its other deliveries wait for the next.

The one window left: the receiver took a POST and the sender died before recording it;
once the lease expires the next run posts it again with the same ``X-Radar-Delivery``
id, by which receivers drop duplicates.

Each POST carries ``X-Radar-Signature: sha256=<hex HMAC-SHA256 of the raw body>`` keyed
with the endpoint's secret, and ``X-Radar-Timestamp`` (Unix seconds), which is also the
body's ``timestamp``: the signature covers it, so a receiver that checks the signature,
the timestamp's age and the delivery id refuses forgeries and replays (:func:`verify`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import ColumnElement, and_, exists, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from radar import __version__
from radar.reporting.mail import new_lease_owner
from radar_core.config import Settings, WebhookEndpoint
from radar_core.db import session_scope
from radar_core.db.models import Alert, AlertEvent, Document, Event, WebhookDelivery
from radar_core.records import REVIEW_PREFIX, severity_rank

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

#: How long a claim holds a delivery: far beyond one POST's timeout, so a live sender
#: never loses it; a crashed sender's deliveries wait at most this long.
LEASE = timedelta(minutes=5)
MAX_BACKOFF = timedelta(hours=1)
#: A receiver should refuse a timestamp older (or newer) than this.
REPLAY_WINDOW_SECONDS = 300
SIGNATURE_HEADER = "X-Radar-Signature"
TIMESTAMP_HEADER = "X-Radar-Timestamp"
DELIVERY_HEADER = "X-Radar-Delivery"
STATUSES = ("pending", "delivered", "failed")


@dataclass
class WebhookResult:
    """What a run did: queued, delivered, attempts that failed, deliveries given up."""

    queued: int = 0
    delivered: int = 0
    retrying: int = 0
    failed: int = 0
    skipped: int = 0
    errors: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"queued": self.queued, "delivered": self.delivered, "retrying": self.retrying,
                "failed": self.failed, "skipped": self.skipped}


# --- signing -------------------------------------------------------------------------


def sign(secret: str, body: bytes) -> str:
    """The signature header's value: ``sha256=`` and the hex HMAC-SHA256 of the raw body."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, signature: str, timestamp: str, now: float,
           window: int = REPLAY_WINDOW_SECONDS) -> bool:
    """The receiver's check (README recipe): signature, then the signed timestamp's age.

    Receivers also keep the ``X-Radar-Delivery`` ids they have seen (for longer than the
    window) and drop a repeat: that stops a replay inside the window and a re-send.
    """
    if not hmac.compare_digest(sign(secret, body), signature):
        return False
    try:
        signed = json.loads(body)["timestamp"]
        return str(signed) == timestamp and abs(now - int(signed)) <= window
    except (ValueError, KeyError, TypeError):
        return False


def json_bytes(value: Any) -> bytes:
    """Compact JSON whose strings cannot close an HTML script or open a tag downstream.

    ``<``, ``>`` and ``&`` (and the JavaScript line separators) only ever occur inside JSON
    strings, so escaping them as ``\\u003c`` etc. keeps the JSON equal and inert.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text.encode("utf-8")


def _unix(moment: datetime) -> int:
    return int(moment.replace(tzinfo=UTC).timestamp())


def payload(session: Session, settings: Settings, delivery: WebhookDelivery, alert: Alert,
            now: datetime) -> dict[str, Any]:
    """The JSON body: the alert, its evidence sentences with sources, links back to Radar."""
    base = settings.review_base_url.rstrip("/")
    explained = alert.explained
    rows = session.execute(
        select(Event, Document).join(AlertEvent, AlertEvent.event_id == Event.id)
        .join(Document, Document.id == Event.document_id)
        .where(AlertEvent.alert_id == alert.id).order_by(Event.id)
    ).all()
    return {
        "type": "alert",
        "delivery_id": delivery.id,
        "endpoint": delivery.endpoint,
        "timestamp": _unix(now),
        "alert": {
            "id": alert.id, "rule_id": alert.rule_id, "polarity": alert.polarity,
            "severity": alert.severity, "score": round(alert.score, 4), "status": alert.status,
            "client_id": alert.client_id, "company": alert.company, "title": alert.title,
            "why": explained.why or None, "created_at": alert.created_at.isoformat(),
            "notify_client_ids": [str(c) for c in alert.notify_client_ids or []],
            "url": f"{base}/alerts/{alert.id}",
        },
        "evidence": [{
            "event_id": event.id, "event_type": event.type, "company": event.company,
            "sentence": event.evidence, "source": doc.source, "source_type": doc.source_type,
            "source_url": doc.url,
            "published": doc.published.isoformat() if doc.published else None,
            "stored_copy": f"{base}/evidence/{event.id}",
        } for event, doc in rows],
    }


# --- queueing ------------------------------------------------------------------------


def _wanted(endpoint: WebhookEndpoint, since: datetime) -> ColumnElement[bool]:
    """The alerts ``endpoint`` asks for, raised since ``since``."""
    condition = and_(Alert.created_at >= since,
                     Alert.severity_rank >= severity_rank(endpoint.min_severity),
                     ~Alert.firm_key.startswith(REVIEW_PREFIX, autoescape=True))
    if endpoint.polarity:
        condition = and_(condition, Alert.polarity == endpoint.polarity)
    return condition


def enqueue(sessions: sessionmaker[Session], settings: Settings, clock: Clock) -> int:
    """Queue a delivery per endpoint for every wanted alert not yet queued; returns how many.

    ``INSERT ... ON CONFLICT DO NOTHING`` on the unique (alert, endpoint) key: a sender
    queueing the same alerts at the same moment adds nothing twice and fails nothing.
    """
    now = clock()
    since = now - timedelta(days=settings.webhook_lookback_days)
    added = 0
    for endpoint in settings.webhooks:
        with session_scope(sessions) as session:
            queued = exists().where(WebhookDelivery.alert_id == Alert.id,
                                    WebhookDelivery.endpoint == endpoint.name)
            ids = list(session.scalars(select(Alert.id).where(_wanted(endpoint, since), ~queued)
                                       .order_by(Alert.id)))
            if not ids:
                continue
            dialect = session.get_bind().dialect.name
            insert = pg_insert if dialect == "postgresql" else sqlite_insert
            for start in range(0, len(ids), 500):
                rows = [{"alert_id": alert_id, "endpoint": endpoint.name, "status": "pending",
                         "attempts": 0, "next_attempt_at": now, "created_at": now}
                        for alert_id in ids[start:start + 500]]
                added += len(session.execute(
                    insert(WebhookDelivery).values(rows).on_conflict_do_nothing()
                    .returning(WebhookDelivery.id)).all())
    return added


# --- sending -------------------------------------------------------------------------


def _unleased(now: datetime) -> ColumnElement[bool]:
    return or_(WebhookDelivery.lease_until.is_(None), WebhookDelivery.lease_until <= now)


def _update(sessions: sessionmaker[Session], *where: ColumnElement[bool], **values: Any) -> bool:
    """One UPDATE in its own transaction; True if it changed a row."""
    with session_scope(sessions) as session:
        done = session.execute(update(WebhookDelivery).where(*where).values(**values))
        return bool(getattr(done, "rowcount", 0))


def claim(sessions: sessionmaker[Session], delivery_id: int, owner: str, now: datetime,
          lease: timedelta = LEASE) -> bool:
    """Lease a due, pending delivery to ``owner`` (compare-and-set); False if another has it.

    On PostgreSQL a concurrent UPDATE of the row waits for the first to commit and then
    re-checks the WHERE on the new row version, so one claimant wins; SQLite serialises
    writers outright.
    """
    return _update(
        sessions, WebhookDelivery.id == delivery_id, WebhookDelivery.status == "pending",
        WebhookDelivery.next_attempt_at <= now, _unleased(now),
        lease_owner=owner, lease_until=now + lease, attempts=WebhookDelivery.attempts + 1,
    )


def backoff(attempts: int, base_seconds: float, rng: random.Random) -> timedelta:
    """Wait after the ``attempts``-th failure: base doubled per attempt, capped at an hour,
    jittered to 50-100 % so that many deliveries failed together do not return together."""
    ceiling = min(MAX_BACKOFF.total_seconds(), base_seconds * 2 ** max(0, attempts - 1))
    return timedelta(seconds=ceiling * rng.uniform(0.5, 1.0))


def _request(sessions: sessionmaker[Session], settings: Settings, delivery_id: int,
             endpoint: WebhookEndpoint, now: datetime) -> tuple[bytes, dict[str, str]]:
    with session_scope(sessions) as session:
        delivery = session.get(WebhookDelivery, delivery_id)
        alert = session.get(Alert, delivery.alert_id) if delivery else None
        if delivery is None or alert is None:
            raise LookupError(f"delivery {delivery_id} or its alert is gone")
        body = json_bytes(payload(session, settings, delivery, alert, now))
    secret = endpoint.secret.get_secret_value() if endpoint.secret else ""
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": f"Radar-Webhooks/{__version__}",
        DELIVERY_HEADER: str(delivery_id),
        TIMESTAMP_HEADER: str(_unix(now)),
        SIGNATURE_HEADER: sign(secret, body),
    }
    return body, headers


def _post(client: httpx.Client, url: str, body: bytes,
          headers: dict[str, str]) -> tuple[int | None, str | None, bool]:
    """(HTTP status, error, endpoint unreachable) of one POST; redirects are not followed."""
    try:
        response = client.post(url, content=body, headers=headers)
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        return None, f"cannot connect: {exc}", True
    except httpx.HTTPError as exc:
        return None, f"{type(exc).__name__}: {exc}", False
    if 200 <= response.status_code < 300:
        return response.status_code, None, False
    return response.status_code, f"HTTP {response.status_code}: {response.text[:200]}", False


def send_due(sessions: sessionmaker[Session], settings: Settings, clock: Clock, *,
             rng: random.Random | None = None, owner: str | None = None,
             limit: int = 1000) -> WebhookResult:
    """POST every due delivery of a configured endpoint once (oldest first)."""
    rng = rng or random.Random()
    owner = owner or new_lease_owner()
    endpoints = {e.name: e for e in settings.webhooks}
    result = WebhookResult()
    if not endpoints:
        return result
    now = clock()
    with session_scope(sessions) as session:
        due = list(session.execute(
            select(WebhookDelivery.id, WebhookDelivery.endpoint)
            .where(WebhookDelivery.status == "pending", WebhookDelivery.next_attempt_at <= now,
                   WebhookDelivery.endpoint.in_(endpoints), _unleased(now))
            .order_by(WebhookDelivery.next_attempt_at, WebhookDelivery.id).limit(limit)
        ).all())
    down: set[str] = set()
    timeout = httpx.Timeout(settings.webhook_timeout_seconds,
                            connect=min(5.0, settings.webhook_timeout_seconds))
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client:
        for delivery_id, name in due:
            endpoint = endpoints[name]
            if name in down or not claim(sessions, delivery_id, owner, clock()):
                result.skipped += 1
                continue
            started = clock()
            status: int | None
            error: str | None
            try:
                try:
                    body, headers = _request(sessions, settings, delivery_id, endpoint, started)
                except LookupError as exc:
                    status, error, unreachable = None, str(exc), False
                else:
                    status, error, unreachable = _post(client, endpoint.url, body, headers)
            except BaseException:
                # not a receiver's verdict (a bug, Ctrl-C): let the next run try at once
                _update(sessions, WebhookDelivery.id == delivery_id,
                        WebhookDelivery.lease_owner == owner, lease_owner=None,
                        lease_until=None, attempts=WebhookDelivery.attempts - 1)
                raise
            _record(sessions, settings, delivery_id, owner, clock(), status, error, rng, result)
            if error is not None:
                result.errors[name] = error
                log.warning("webhook %s delivery %d: %s", name, delivery_id, error)
            if unreachable:
                down.add(name)
    return result


def _record(sessions: sessionmaker[Session], settings: Settings, delivery_id: int, owner: str,
            now: datetime, status: int | None, error: str | None, rng: random.Random,
            result: WebhookResult) -> None:
    """Write an attempt's outcome and drop the lease (only if this run still holds it)."""
    mine = (WebhookDelivery.id == delivery_id, WebhookDelivery.lease_owner == owner)
    if error is None:
        if not _update(sessions, *mine, status="delivered", delivered_at=now, last_status=status,
                       last_error=None, lease_owner=None, lease_until=None):
            log.warning("lease on webhook delivery %d expired while posting; recorded anyway",
                        delivery_id)
            _update(sessions, WebhookDelivery.id == delivery_id, status="delivered",
                    delivered_at=now, last_status=status, last_error=None)
        result.delivered += 1
        return
    with session_scope(sessions) as session:
        attempts = session.scalar(select(WebhookDelivery.attempts)
                                  .where(WebhookDelivery.id == delivery_id)) or 0
    if attempts >= settings.webhook_max_attempts:
        values: dict[str, Any] = {"status": "failed"}
        result.failed += 1
    else:
        values = {"next_attempt_at": now + backoff(attempts, settings.webhook_backoff_seconds, rng)}
        result.retrying += 1
    _update(sessions, *mine, last_status=status, last_error=error[:2000], lease_owner=None,
            lease_until=None, **values)


def run(sessions: sessionmaker[Session], settings: Settings, clock: Clock,
        **kwargs: Any) -> WebhookResult:
    """Queue new alerts, then send what is due: one scheduler run."""
    queued = enqueue(sessions, settings, clock)
    result = send_due(sessions, settings, clock, **kwargs)
    result.queued = queued
    log.info("webhook run: %s", result.as_dict())
    return result


# --- operators -----------------------------------------------------------------------


def deliveries(session: Session, status: str | None = None, limit: int = 100) -> list[WebhookDelivery]:
    """The newest deliveries (optionally of one status), for ``radar webhooks list``."""
    query = select(WebhookDelivery).order_by(WebhookDelivery.id.desc()).limit(limit)
    if status:
        query = query.where(WebhookDelivery.status == status)
    return list(session.scalars(query))


def retry_failed(sessions: sessionmaker[Session], clock: Clock,
                 ids: Iterable[int] = ()) -> int:
    """Make failed deliveries (all, or those of ``ids``) pending and due now, attempts reset."""
    wanted = [int(i) for i in ids]
    where = [WebhookDelivery.status == "failed"]
    if wanted:
        where.append(WebhookDelivery.id.in_(wanted))
    with session_scope(sessions) as session:
        done = session.execute(update(WebhookDelivery).where(*where).values(
            status="pending", attempts=0, next_attempt_at=clock(), lease_owner=None,
            lease_until=None))
        return int(getattr(done, "rowcount", 0) or 0)


def counts(session: Session) -> dict[str, int]:
    """Deliveries per status."""
    rows = session.execute(select(WebhookDelivery.status, func.count(WebhookDelivery.id))
                           .group_by(WebhookDelivery.status)).all()
    return {str(status): int(n) for status, n in rows}
