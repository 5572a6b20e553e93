"""RM alert e-mails, exactly once: queue every digest, then deliver what is queued.

Queueing commits an ``EmailMessage`` (status ``queued``) together with its ``EmailAlert``
ledger rows, whose unique (alert, recipient) key means an alert is queued for a mailbox
once, ever. The rendered bytes are spooled in ``data_dir/spool`` first, so a retry sends
exactly what was queued (same Message-ID and Date); if the spool copy is lost the e-mail is
re-rendered from its ledger rows. Delivery claims each message with a lease - one
compare-and-set UPDATE that writes this run's owner id and an expiry only where the
message is still queued and nobody holds a live lease - so two overlapping runs (a manual
``radar mail`` during the scheduler's) never send the same message; the one that lost
the race skips it. The sender marks it ``sent`` in its own transaction and drops the
lease. A run that dies mid-send (killed, host lost) leaves its lease behind; once it
expires (``LEASE``, far beyond the SMTP timeout of one message) the next run takes the
message over. An SMTP outage leaves messages queued with their attempts and last error;
the next run sends them. The one unavoidable window - the server accepted a message and
the process died before marking it sent - re-sends it with the same Message-ID, which
mail systems use to drop duplicates.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from radar.reporting.mail_plan import plan_digests, rebuild_digest
from radar_core.config import Settings
from radar_core.db import session_scope
from radar_core.db.models import EmailAlert, EmailMessage
from reports.delivery import Delivery, DeliveryError, write_atomic
from reports.digest import Digest
from reports.mail_render import MailRenderer, digest_message_id, message_bytes, subject_of

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

#: How long a claim holds a message. One SMTP send is bounded by its timeout (30 s), so a
#: live run never loses its lease; a crashed run's messages wait at most this long.
LEASE = timedelta(minutes=10)


@dataclass
class MailItem:
    """One e-mail touched by a run, for the command's report."""

    recipient: str
    message_id: str
    subject: str
    alerts: int
    status: str
    path: str | None = None
    error: str | None = None


@dataclass
class MailResult:
    """What a run did: newly queued, sent, failed attempts, still unsent, and why."""

    queued: int = 0
    sent: int = 0
    failed: int = 0
    pending: int = 0
    elsewhere: int = 0
    errors: dict[str, str] = field(default_factory=dict)
    items: list[MailItem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing is left unsent (messages another live run is sending count as
        being sent: that run reports on them)."""
        return self.pending == 0 and self.failed == 0

    def as_dict(self) -> dict[str, Any]:
        return {"queued": self.queued, "sent": self.sent, "failed": self.failed,
                "pending": self.pending, "elsewhere": self.elsewhere}


class Spool:
    """Rendered bytes of queued e-mails, one file per Message-ID."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, message_id: str) -> Path:
        from hashlib import sha256

        return self.folder / f"{sha256(message_id.encode('utf-8')).hexdigest()[:32]}.eml"

    def write(self, message_id: str, data: bytes) -> Path:
        path = self.path(message_id)
        write_atomic(path, data)
        return path

    def read(self, message_id: str) -> bytes | None:
        try:
            return self.path(message_id).read_bytes()
        except FileNotFoundError:
            return None

    def remove(self, message_id: str) -> None:
        self.path(message_id).unlink(missing_ok=True)


def spool_for(settings: Settings) -> Spool:
    return Spool(settings.data_dir / "spool")


def _message_id_for(digest: Digest, settings: Settings, now: datetime) -> str:
    salt = "" if digest.alerts else f"empty:{now:%Y-%m-%d}"
    return digest_message_id(digest.recipient, digest.alert_ids, settings, salt)


def queue_digests(
    sessions: sessionmaker[Session], settings: Settings, clock: Clock, result: MailResult,
    renderer: MailRenderer | None = None,
) -> None:
    """Render, spool and commit each planned digest with its ledger rows."""
    renderer = renderer or MailRenderer(settings)
    spool = spool_for(settings)
    with session_scope(sessions) as session:
        digests = plan_digests(session, settings, clock)
    now = clock().replace(microsecond=0)
    for digest in digests:
        if not digest.alerts and not settings.send_empty_digest:
            continue
        message_id = _message_id_for(digest, settings, now)
        msg = renderer.render(digest, now, message_id)
        path = spool.write(message_id, message_bytes(msg))
        try:
            with session_scope(sessions) as session:
                row = EmailMessage(
                    message_id=message_id, recipient=digest.recipient,
                    subject=subject_of(msg), status="queued", attempts=0,
                    created_at=now, path=str(path),
                )
                session.add(row)
                session.flush()
                for alert_id in digest.alert_ids:
                    session.add(EmailAlert(alert_id=alert_id, recipient=digest.recipient,
                                           email_id=row.id))
        except IntegrityError:
            # Another run queued these alerts (or this empty digest) first: the unique
            # keys are doing their job; that run owns the e-mail and its spool file.
            log.info("digest for %s already queued elsewhere", digest.recipient)
            continue
        result.queued += 1
        log.info("queued %s for %s (%d alerts)", message_id, digest.recipient, len(digest.alerts))


def _load_bytes(
    sessions: sessionmaker[Session], settings: Settings, renderer: MailRenderer, spool: Spool,
    row: EmailMessage,
) -> bytes:
    data = spool.read(row.message_id)
    if data is not None:
        return data
    log.warning("spool copy of %s missing: re-rendering from the ledger", row.message_id)
    with session_scope(sessions) as session:
        digest = rebuild_digest(session, settings, row.id, row.recipient)
    return message_bytes(renderer.render(digest, row.created_at, row.message_id))


def new_lease_owner() -> str:
    """An id for one run, unique across hosts and processes (kept on the rows it claims)."""
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


def _unleased(now: datetime) -> ColumnElement[bool]:
    """Nobody is sending it: no lease, or the lease of a run that died has expired."""
    return or_(EmailMessage.lease_until.is_(None), EmailMessage.lease_until <= now)


def _update(sessions: sessionmaker[Session], *where: ColumnElement[bool],
            **values: Any) -> bool:
    """One UPDATE in its own transaction; True if it changed a row."""
    with session_scope(sessions) as session:
        done = session.execute(update(EmailMessage).where(*where).values(**values))
        return bool(getattr(done, "rowcount", 0))


def claim(sessions: sessionmaker[Session], email_id: int, owner: str, now: datetime,
          lease: timedelta = LEASE) -> bool:
    """Lease a queued message to ``owner`` (compare-and-set); False if another run has it.

    The WHERE clause is the whole protocol: status still queued and no live lease. On
    PostgreSQL a concurrent UPDATE of the same row waits for the first to commit and then
    re-checks the WHERE on the new row version, so exactly one claimant wins; SQLite
    serialises writers outright.
    """
    return _update(
        sessions,
        EmailMessage.id == email_id, EmailMessage.status == "queued", _unleased(now),
        lease_owner=owner, lease_until=now + lease, attempts=EmailMessage.attempts + 1,
    )


def _release(sessions: sessionmaker[Session], email_id: int, owner: str, **values: Any) -> bool:
    """Record an outcome and drop the lease, only if this run still holds it."""
    return _update(sessions, EmailMessage.id == email_id, EmailMessage.lease_owner == owner,
                   lease_owner=None, lease_until=None, **values)


def _mark_sent(sessions: sessionmaker[Session], email_id: int, owner: str,
               **values: Any) -> None:
    """The server took it: record that whatever happened to the lease meanwhile."""
    if not _release(sessions, email_id, owner, status="sent", **values):
        log.warning("lease on e-mail %d expired while it was being sent; another run may "
                    "have sent it too (same Message-ID)", email_id)
        _update(sessions, EmailMessage.id == email_id, status="sent", **values)


def deliver_queued(
    sessions: sessionmaker[Session], settings: Settings, clock: Clock, delivery: Delivery,
    result: MailResult, renderer: MailRenderer | None = None,
) -> None:
    """Deliver every queued e-mail (this run's and earlier runs' leftovers) in id order.

    Each message is leased before it is sent; one leased by another live run is skipped.
    ``result.pending`` counts what is still queued with nobody sending it,
    ``result.elsewhere`` what another run still holds when this one ends.
    """
    renderer = renderer or MailRenderer(settings)
    owner = new_lease_owner()
    spool = spool_for(settings)
    sender = parseaddr(settings.mail_from)[1] or settings.mail_from
    with session_scope(sessions) as session:
        rows = list(session.scalars(
            select(EmailMessage).where(EmailMessage.status == "queued").order_by(EmailMessage.id)
        ))
        alert_counts = dict(session.execute(
            select(EmailAlert.email_id, func.count(EmailAlert.id))
            .where(EmailAlert.email_id.in_([r.id for r in rows]))
            .group_by(EmailAlert.email_id)
        ).all())
    down: DeliveryError | None = None
    with delivery:
        for row in rows:
            item = MailItem(row.recipient, row.message_id, row.subject,
                            alert_counts.get(row.id, 0), "queued")
            result.items.append(item)
            if down is not None:
                # The server is unreachable: do not hammer it. The message stays queued;
                # this run counts as one of its attempts, with the server's error.
                item.error = str(down)
                result.errors[row.recipient] = str(down)
                _update(sessions, EmailMessage.id == row.id, EmailMessage.status == "queued",
                        _unleased(clock()), attempts=EmailMessage.attempts + 1,
                        last_error=str(down))
                continue
            if not claim(sessions, row.id, owner, clock()):
                item.status = "skipped"
                continue
            try:
                data = _load_bytes(sessions, settings, renderer, spool, row)
                where = delivery.send(data, sender, row.recipient, row.message_id,
                                      row.created_at)
            except DeliveryError as exc:
                result.failed += 1
                item.error = str(exc)
                result.errors[row.recipient] = str(exc)
                # A refused login or a dead server is no fault of this message: it stays
                # queued for the next run. Only a refusal of the message itself is final.
                status = "queued" if exc.transient or exc.connection else "failed"
                item.status = status
                _release(sessions, row.id, owner, status=status, last_error=str(exc))
                log.warning("not sent %s to %s: %s", row.message_id, row.recipient, exc)
                if exc.connection:
                    down = exc
                continue
            except BaseException:
                # Not a delivery verdict (a bug, Ctrl-C): let the next run try at once
                # rather than after the lease; it re-sends with the same Message-ID.
                _release(sessions, row.id, owner)
                raise
            _mark_sent(sessions, row.id, owner, sent_at=clock(), last_error=None, path=where)
            spool.remove(row.message_id)
            item.status, item.path = "sent", where
            result.sent += 1
    now = clock()
    with session_scope(sessions) as session:
        queued = select(func.count(EmailMessage.id)).where(EmailMessage.status == "queued")
        result.pending = session.scalar(queued.where(_unleased(now))) or 0
        result.elsewhere = session.scalar(queued.where(~_unleased(now))) or 0


def send_pending(
    session_factory: sessionmaker[Session], settings: Settings, clock: Clock, delivery: Delivery
) -> MailResult:
    """Queue new digests, then deliver everything queued; see the module docstring."""
    result = MailResult()
    renderer = MailRenderer(settings)
    queue_digests(session_factory, settings, clock, result, renderer)
    deliver_queued(session_factory, settings, clock, delivery, result, renderer)
    log.info("mail run: %s", result.as_dict())
    return result


def preview(
    session_factory: sessionmaker[Session], settings: Settings, clock: Clock
) -> list[tuple[Digest, Any]]:
    """What a run would queue now, rendered, without writing anything (``--dry-run``)."""
    renderer = MailRenderer(settings)
    with session_scope(session_factory) as session:
        digests = plan_digests(session, settings, clock)
    now = clock().replace(microsecond=0)
    out = []
    for digest in digests:
        if not digest.alerts and not settings.send_empty_digest:
            continue
        out.append((digest, renderer.render(digest, now, _message_id_for(digest, settings, now))))
    return out
