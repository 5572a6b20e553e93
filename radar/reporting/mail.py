"""RM alert e-mails, exactly once: queue every digest, then deliver what is queued.

Queueing commits an ``EmailMessage`` (status ``queued``) together with its ``EmailAlert``
ledger rows, whose unique (alert, recipient) key means an alert is queued for a mailbox
once, ever. The rendered bytes are spooled in ``data_dir/spool`` first, so a retry sends
exactly what was queued (same Message-ID and Date); if the spool copy is lost the e-mail is
re-rendered from its ledger rows. Delivery claims each message with a conditional update
of ``attempts`` (two concurrent runs never send the same one), sends it, and marks it
``sent`` in its own transaction. An SMTP outage leaves messages queued with their
attempts and last error; the next run sends them. The one unavoidable window - the
server accepted a message and the process died before marking it sent - re-sends it
with the same Message-ID, which mail systems use to drop duplicates.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
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
    errors: dict[str, str] = field(default_factory=dict)
    items: list[MailItem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing is left unsent."""
        return self.pending == 0 and self.failed == 0

    def as_dict(self) -> dict[str, Any]:
        return {"queued": self.queued, "sent": self.sent, "failed": self.failed,
                "pending": self.pending}


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


def _claim(sessions: sessionmaker[Session], row: EmailMessage) -> bool:
    """Take a queued message for this run; False if another run took it first."""
    with session_scope(sessions) as session:
        taken = session.execute(
            update(EmailMessage)
            .where(EmailMessage.id == row.id, EmailMessage.status == "queued",
                   EmailMessage.attempts == row.attempts)
            .values(attempts=EmailMessage.attempts + 1)
        )
        return bool(getattr(taken, "rowcount", 0))


def _finish(sessions: sessionmaker[Session], email_id: int, **values: Any) -> None:
    with session_scope(sessions) as session:
        session.execute(update(EmailMessage).where(EmailMessage.id == email_id).values(**values))


def deliver_queued(
    sessions: sessionmaker[Session], settings: Settings, clock: Clock, delivery: Delivery,
    result: MailResult, renderer: MailRenderer | None = None,
) -> None:
    """Deliver every queued e-mail (this run's and earlier runs' leftovers) in id order."""
    renderer = renderer or MailRenderer(settings)
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
                _finish(sessions, row.id, attempts=EmailMessage.attempts + 1,
                        last_error=str(down))
                continue
            if not _claim(sessions, row):
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
                _finish(sessions, row.id, status=status, last_error=str(exc))
                log.warning("not sent %s to %s: %s", row.message_id, row.recipient, exc)
                if exc.connection:
                    down = exc
                continue
            _finish(sessions, row.id, status="sent", sent_at=clock(), last_error=None,
                    path=where)
            spool.remove(row.message_id)
            item.status, item.path = "sent", where
            result.sent += 1
    with session_scope(sessions) as session:
        result.pending = session.scalar(
            select(func.count(EmailMessage.id)).where(EmailMessage.status == "queued")) or 0


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
