"""Digest planning: which alerts go to which mailbox, one digest per recipient.

Each recipient sees only their own portfolio: the RM of the alert's client, the RM of
every client in ``notify_client_ids`` and of the client's parent groups (an alert on a
subsidiary reaches the group's RM), and the research mailbox for prospects and for
clients nobody owns, so that no alert falls through the cracks. An alert on a mention
that may be one of several clients (``review:`` firm) is mailed to nobody yet: analysts
resolve it on /links, which re-targets it, and the chosen client's RM gets it then. The exactly-once
ledger (``EmailAlert``) decides what is still new for each recipient.

Recipients' ``MailPreference`` rows are honoured: an unsubscribed mailbox gets no digest
(not even an empty one), and alerts below its ``min_severity`` are left out. Skipped
alerts are deliberately not written to the ledger, so they stay "new" for that
recipient: switching the digest back on, or lowering the minimum, mails what is still
open (not rejected) rather than losing it silently. Mailboxes without a row, and the
research mailbox always (it is the safety net), keep the defaults: everything.
The digests are plain records (``reports.digest``) that rendering needs no database for.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from radar_core.config import Settings
from radar_core.db.models import Alert, Client, EmailAlert, MailPreference
from radar_core.records import needs_link_review
from reports.digest import (
    SEVERITY_RANK,
    Digest,
    DigestAlert,
    evidence_items,
    sort_alerts,
    split_address,
    valid_address,
)

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

# Review statuses that keep an alert out of e-mails.
EXCLUDED_STATUSES = frozenset({"rejected"})
MAX_PARENT_DEPTH = 10


def to_digest_alert(alert: Alert, reason: str, related: str | None = None) -> DigestAlert:
    """Copy what the e-mail needs out of an ``Alert`` row and its explanation JSON."""
    explanation = alert.explained
    return DigestAlert(
        alert_id=alert.id,
        company=alert.company,
        client_id=alert.client_id,
        title=alert.title,
        polarity=alert.polarity,
        score=float(alert.score),
        severity=alert.severity,
        rule_id=alert.rule_id,
        rule_description=explanation.rule.description,
        why=explanation.why,
        evidence=evidence_items(explanation),
        reason=reason,
        related_client_id=related,
    )


class _Register:
    """The client register's RM and parent columns, loaded once per plan."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(select(Client.client_id, Client.rm_email, Client.parent_id))
        self.rm: dict[str, str | None] = {}
        self.parent: dict[str, str | None] = {}
        for client_id, rm_email, parent_id in rows:
            # The register holds bare addresses; parseaddr() would dig "x@evil" out of junk.
            addr = (rm_email or "").strip().lower()
            if addr and not valid_address(addr):
                log.warning("client %s: RM e-mail %r is not a valid address", client_id, rm_email)
                addr = ""
            self.rm[client_id] = addr or None
            self.parent[client_id] = parent_id or None

    def ancestors(self, client_id: str) -> list[str]:
        chain: list[str] = []
        current = self.parent.get(client_id)
        while current and current not in chain and current != client_id:
            chain.append(current)
            if len(chain) >= MAX_PARENT_DEPTH:
                break
            current = self.parent.get(current)
        return chain


class _Preferences:
    """Each mailbox's stored subscription and minimum severity, loaded once per plan."""

    def __init__(self, session: Session, research: str) -> None:
        self.research = research
        self.rows: dict[str, tuple[bool, int]] = {}
        for email, subscribed, min_severity in session.execute(
            select(MailPreference.email, MailPreference.subscribed, MailPreference.min_severity)
        ):
            self.rows[email.strip().lower()] = (bool(subscribed), SEVERITY_RANK.get(min_severity, 0))

    def subscribed(self, recipient: str) -> bool:
        if recipient == self.research:
            return True
        return self.rows.get(recipient, (True, 0))[0]

    def wants(self, recipient: str, severity: str) -> bool:
        """True when ``severity`` reaches the recipient's minimum (unknown severities pass)."""
        if recipient == self.research:
            return True
        minimum = self.rows.get(recipient, (True, 0))[1]
        return SEVERITY_RANK.get(severity, len(SEVERITY_RANK)) >= minimum


def recipients_for(
    alert: Alert, register: _Register, settings: Settings
) -> dict[str, tuple[str, str | None]]:
    """Map each recipient address of ``alert`` to (reason, related client id)."""
    research = split_address(settings.research_mailbox)[1]
    out: dict[str, tuple[str, str | None]] = {}
    if needs_link_review(alert.firm_key):
        return out  # which client it is waits for an analyst (/links); then its RM gets it
    if alert.client_id is None:
        out[research] = ("prospect", None)
    else:
        rm = register.rm.get(alert.client_id)
        if rm:
            out[rm] = ("portfolio", alert.client_id)
        else:
            log.info("alert %s: client %s has no RM, sent to research", alert.id, alert.client_id)
            out[research] = ("unowned", alert.client_id)
    related: list[str] = [str(c) for c in (alert.notify_client_ids or []) if c]
    if alert.client_id is not None:
        related += register.ancestors(alert.client_id)
    for client_id in related:
        rm = register.rm.get(client_id)
        if rm and rm not in out:
            out[rm] = ("group", client_id)
    return out


def plan_digests(session: Session, settings: Settings, clock: Clock) -> list[Digest]:
    """One digest per recipient with the alerts not yet in the ledger for them.

    ``clock`` is accepted for symmetry with the other stages; the ledger, not time,
    decides what is new, so re-running a day never re-mails an alert. Unsubscribed
    recipients and alerts below a recipient's ``min_severity`` are skipped (and stay
    out of the ledger: see the module docstring).
    """
    register = _Register(session)
    prefs = _Preferences(session, split_address(settings.research_mailbox)[1])
    ledger = set(session.execute(select(EmailAlert.alert_id, EmailAlert.recipient)))
    alerts = session.scalars(
        select(Alert).where(Alert.status.not_in(EXCLUDED_STATUSES)).order_by(Alert.id)
    )
    digests: dict[str, Digest] = {}
    for alert in alerts:
        for recipient, (reason, related) in recipients_for(alert, register, settings).items():
            if (alert.id, recipient) in ledger:
                continue
            if not prefs.subscribed(recipient) or not prefs.wants(recipient, alert.severity):
                continue
            digest = digests.setdefault(recipient, Digest(recipient=recipient))
            digest.alerts.append(to_digest_alert(alert, reason, related))
    if settings.send_empty_digest:
        owners = {rm for rm in register.rm.values() if rm}
        for rm in sorted(owners - set(digests)):
            if prefs.subscribed(rm):
                digests[rm] = Digest(recipient=rm)
    research_name, research = split_address(settings.research_mailbox)
    result = []
    for recipient in sorted(digests):
        digest = digests[recipient]
        digest.alerts = sort_alerts(digest.alerts)
        if recipient == research and research_name:
            digest.recipient_name = research_name
        result.append(digest)
    log.info("planned %d digests", len(result))
    return result


def rebuild_digest(session: Session, settings: Settings, email_id: int, recipient: str) -> Digest:
    """The digest a queued e-mail was rendered from, rebuilt from its ledger rows.

    Used when the spooled copy is gone (crash between commit and spool write, a wiped
    spool folder): rendering the same alerts again gives the same e-mail.
    """
    register = _Register(session)
    alerts = session.scalars(
        select(Alert)
        .join(EmailAlert, EmailAlert.alert_id == Alert.id)
        .where(EmailAlert.email_id == email_id)
        .order_by(Alert.id)
    )
    digest = Digest(recipient=recipient)
    for alert in alerts:
        reason, related = recipients_for(alert, register, settings).get(
            recipient, ("portfolio", alert.client_id)
        )
        digest.alerts.append(to_digest_alert(alert, reason, related))
    digest.alerts = sort_alerts(digest.alerts)
    research_name, research = split_address(settings.research_mailbox)
    if recipient == research and research_name:
        digest.recipient_name = research_name
    return digest
