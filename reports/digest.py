"""What an RM e-mail shows: digests and their alerts as plain records, and the rules on them.

These are the records the digest planner (``radar.reporting.mail_plan``) produces from the
database and the renderer (``reports.mail_render``) turns into an e-mail; keeping them here,
free of any database, lets rendering and delivery be used and tested on their own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from email.utils import parseaddr
from typing import Any

from radar_core.addresses import valid_email
from radar_core.i18n import DEFAULT_LANGUAGE
from radar_core.records import SEVERITY_RANK, Explanation

POLARITY_ORDER = {"risk": 0, "opportunity": 1}
__all__ = ["SEVERITY_RANK"]


@dataclass(frozen=True)
class EvidenceItem:
    """One evidence sentence with where and when it was published.

    ``event_id`` names the stored event, so the e-mail can link to the review queue's
    stored copy of the document: it opens even when the original address is gone.
    """

    text: str
    url: str | None
    source: str | None
    published: str | None
    event_type: str | None
    amount: dict[str, Any] | None = None
    event_id: int | None = None


@dataclass(frozen=True)
class DigestAlert:
    """An alert as an e-mail shows it: plain data, detached from the session."""

    alert_id: int
    company: str
    client_id: str | None
    title: str
    polarity: str
    score: float
    severity: str
    rule_id: str
    rule_description: str
    why: str
    evidence: tuple[EvidenceItem, ...]
    # "portfolio": the recipient's own client; "group": a client of their group;
    # "prospect": an unknown firm; "unowned": a client with no RM on record.
    reason: str
    related_client_id: str | None = None
    # The events the alert rests on: a group alert and its direct alert share them.
    event_ids: tuple[int, ...] = ()
    # For a group alert: the groups it is addressed to, "Name (id)".
    groups: tuple[str, ...] = ()
    # Group alerts folded into this entry (same fact, see ``merge_group_alerts``).
    merged_alert_ids: tuple[int, ...] = ()


@dataclass
class Digest:
    """All new alerts for one recipient, risks first, each group by score descending."""

    recipient: str
    alerts: list[DigestAlert] = field(default_factory=list)
    recipient_name: str | None = None
    # The reader's language (radar_core.i18n.LANGUAGES); alerts' texts are already in it.
    language: str = DEFAULT_LANGUAGE

    @property
    def alert_ids(self) -> list[int]:
        """Every alert the digest carries, merged ones included (the ledger records all)."""
        return sorted(i for a in self.alerts for i in (a.alert_id, *a.merged_alert_ids))

    @property
    def risks(self) -> list[DigestAlert]:
        return [a for a in self.alerts if a.polarity == "risk"]

    @property
    def opportunities(self) -> list[DigestAlert]:
        return [a for a in self.alerts if a.polarity != "risk"]


def sort_alerts(alerts: Iterable[DigestAlert]) -> list[DigestAlert]:
    """Risks before opportunities, then score descending, then id for a stable order."""
    return sorted(
        alerts, key=lambda a: (POLARITY_ORDER.get(a.polarity, 2), -a.score, a.alert_id)
    )


def merge_group_alerts(alerts: Iterable[DigestAlert]) -> list[DigestAlert]:
    """Each fact once: a group alert folds into the direct alert on the same firm and events.

    A group rule raises, for an event at a subsidiary, an alert addressed to the parent
    group besides the subsidiary's own alert; both reach the group's RM (and the
    subsidiary's). The merged entry is the direct alert, naming the group too and carrying
    the group alert's id (its link, and its ledger row). A group alert without its direct
    alert in the same digest stays as it is.
    """
    items = list(alerts)
    direct = [a for a in items if not a.groups]
    merged: dict[int, DigestAlert] = {a.alert_id: a for a in direct}
    out_of_list: set[int] = set()
    for group in (a for a in items if a.groups and a.event_ids):
        host = next((d for d in direct if d.client_id == group.client_id
                     and set(group.event_ids) <= set(d.event_ids)), None)
        if host is None:
            continue
        current = merged[host.alert_id]
        merged[host.alert_id] = replace(
            current,
            merged_alert_ids=(*current.merged_alert_ids, group.alert_id),
            groups=tuple(dict.fromkeys((*current.groups, *group.groups))),
        )
        out_of_list.add(group.alert_id)
    return [merged.get(a.alert_id, a) for a in items if a.alert_id not in out_of_list]


def evidence_items(explanation: Explanation) -> tuple[EvidenceItem, ...]:
    """The distinct evidence sentences of an alert's explanation, in its order."""
    items: list[EvidenceItem] = []
    seen: set[tuple[str, str | None]] = set()
    for event in explanation.events:
        text = event.evidence.strip()
        url = event.url or None
        if not text or (text, url) in seen:
            continue
        seen.add((text, url))
        items.append(
            EvidenceItem(
                text=text,
                url=url,
                source=event.source or None,
                published=event.published.isoformat() if event.published else None,
                event_type=event.type or None,
                amount=event.amount.to_json() if event.amount else None,
                event_id=event.event_id,
            )
        )
    return tuple(items)


# A plain ASCII ``local@domain``: anything else could not be sent, or injects headers.
valid_address = valid_email


def split_address(value: str) -> tuple[str, str]:
    """(display name, lower-cased address) of ``Name <addr>`` or a bare address.

    Addresses are lower-cased so that the ledger treats ``Ayse@Bank`` and ``ayse@bank``
    as one mailbox and nobody gets an alert twice because of a spelling in the register.
    """
    name, addr = parseaddr(value)
    return name, (addr or value).strip().lower()
