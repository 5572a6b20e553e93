"""Digest planning: which alerts go to which mailbox, one digest per recipient.

Who gets what is :mod:`radar.visibility`'s rule, the same SQL condition that decides what
an RM can open in the review queue: the RM of the alert's client, the RMs of its parent
groups (an alert on a subsidiary reaches the group's RM) and of every client in
``notify_client_ids``, and the research mailbox for prospects and for clients nobody owns,
so that no alert falls through the cracks. The exactly-once ledger (``EmailAlert``)
decides what is still new for each recipient. A group alert and the direct alert on the
same fact become one entry naming both firms (``reports.digest.merge_group_alerts``). An alert on a mention that
may be one of several clients (``review:`` firm) reaches nobody yet: analysts resolve it
on /links, which re-targets it, and the chosen client's RM gets it then.

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

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from radar.visibility import MAX_PARENT_DEPTH, reaches
from radar_core.config import Settings
from radar_core.db.models import Alert, Client, EmailAlert, MailPreference, User
from radar_core.i18n import DEFAULT_LANGUAGE, language_of
from reports.digest import (
    SEVERITY_RANK,
    Digest,
    DigestAlert,
    evidence_items,
    merge_group_alerts,
    sort_alerts,
    split_address,
    valid_address,
)

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

# Review statuses that keep an alert out of e-mails.
EXCLUDED_STATUSES = frozenset({"rejected"})


def to_digest_alert(alert: Alert, reason: str, related: str | None = None,
                    names: dict[str, str] | None = None,
                    language: str = DEFAULT_LANGUAGE) -> DigestAlert:
    """Copy what the e-mail needs out of an ``Alert`` row and its explanation JSON.

    ``names`` (client id to legal name) names the groups of a group alert. Title, why and
    rule description are taken in ``language`` where the alert stored them (older alerts
    have one text, shown as it is).
    """
    explanation = alert.explained
    names = names or {}
    groups = tuple(f"{names[c]} ({c})" if c in names else c
                   for c in dict.fromkeys(str(c) for c in alert.notify_client_ids or [] if c))
    return DigestAlert(
        alert_id=alert.id,
        company=alert.company,
        client_id=alert.client_id,
        title=explanation.text(language, "title", alert.title),
        polarity=alert.polarity,
        score=float(alert.score),
        severity=alert.severity,
        rule_id=alert.rule_id,
        rule_description=explanation.text(language, "description"),
        why=explanation.text(language, "why"),
        evidence=evidence_items(explanation),
        reason=reason,
        related_client_id=related,
        event_ids=tuple(e.event_id for e in explanation.events if e.event_id is not None),
        groups=groups,
    )


class _Register:
    """The client register's RM and parent columns, loaded once per plan."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(
            select(Client.client_id, Client.rm_email, Client.parent_id, Client.legal_name)
        )
        self.rm: dict[str, str | None] = {}
        self.parent: dict[str, str | None] = {}
        self.name: dict[str, str] = {}
        for client_id, rm_email, parent_id, name in rows:
            self.name[client_id] = name
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

    def minimum(self, recipient: str) -> int:
        """The least severity rank the recipient wants (0: everything)."""
        if recipient == self.research:
            return 0
        return self.rows.get(recipient, (True, 0))[1]


def mail_languages(session: Session) -> dict[str, str]:
    """Each RM mailbox's language, as its active user chose it (the newest user's, if several).

    A mailbox without an active user, or whose user chose nothing, reads the default (Turkish).
    """
    languages: dict[str, str] = {}
    rows = session.execute(
        select(User.rm_email, User.language)
        .where(User.rm_email.is_not(None), User.active.is_(True), User.language.is_not(None))
        .order_by(User.id))
    for email, language in rows:
        languages[str(email).strip().lower()] = language_of(language)
    return languages


def reason_for(alert: Alert, recipient: str, register: _Register,
               research: str) -> tuple[str, str | None]:
    """Why ``alert`` reached ``recipient``: (reason, related client id), for the e-mail.

    Which alerts reach whom is :func:`radar.visibility.reaches`; this only names the path.
    """
    if alert.client_id is not None and register.rm.get(alert.client_id) == recipient:
        return "portfolio", alert.client_id
    related = [str(c) for c in (alert.notify_client_ids or []) if c]
    if alert.client_id is not None:
        related += register.ancestors(alert.client_id)
    for client_id in related:
        if register.rm.get(client_id) == recipient:
            return "group", client_id
    if recipient == research:
        return ("prospect", None) if alert.client_id is None else ("unowned", alert.client_id)
    return "portfolio", alert.client_id


def _finish(digest: Digest, research_name: str, research: str) -> Digest:
    digest.alerts = sort_alerts(merge_group_alerts(digest.alerts))
    if digest.recipient == research and research_name:
        digest.recipient_name = research_name
    return digest


def plan_digests(session: Session, settings: Settings, clock: Clock) -> list[Digest]:
    """One digest per recipient with the alerts not yet in the ledger for them.

    ``clock`` is accepted for symmetry with the other stages; the ledger, not time,
    decides what is new, so re-running a day never re-mails an alert. Unsubscribed
    recipients and alerts below a recipient's ``min_severity`` are skipped (and stay
    out of the ledger: see the module docstring).
    """
    register = _Register(session)
    research_name, research = split_address(settings.research_mailbox)
    prefs = _Preferences(session, research)
    languages = mail_languages(session)
    owners = {rm for rm in register.rm.values() if rm}
    digests: list[Digest] = []
    for recipient in sorted(owners | {research}):
        if not prefs.subscribed(recipient):
            continue
        sent = exists().where(EmailAlert.alert_id == Alert.id, EmailAlert.recipient == recipient)
        query = select(Alert).where(
            reaches(session, recipient, research), Alert.status.not_in(EXCLUDED_STATUSES), ~sent
        )
        minimum = prefs.minimum(recipient)
        if minimum > 0:  # unknown severities (rank -1) always pass
            query = query.where(or_(Alert.severity_rank >= minimum, Alert.severity_rank < 0))
        language = languages.get(recipient, DEFAULT_LANGUAGE)
        digest = Digest(recipient=recipient, language=language)
        for alert in session.scalars(query.order_by(Alert.id)):
            reason, related = reason_for(alert, recipient, register, research)
            digest.alerts.append(
                to_digest_alert(alert, reason, related, register.name, language))
        if digest.alerts or (settings.send_empty_digest and recipient in owners):
            digests.append(_finish(digest, research_name, research))
    log.info("planned %d digests", len(digests))
    return digests


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
    research_name, research = split_address(settings.research_mailbox)
    language = mail_languages(session).get(recipient.strip().lower(), DEFAULT_LANGUAGE)
    digest = Digest(recipient=recipient, language=language)
    for alert in alerts:
        reason, related = reason_for(alert, recipient, register, research)
        digest.alerts.append(to_digest_alert(alert, reason, related, register.name, language))
    return _finish(digest, research_name, research)
