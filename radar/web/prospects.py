"""Prospects: firms with events but no client id, for the research team, with a CSV export.

A prospect is identified by the event's ``firm_key`` (``prospect:<folded name>``), so the
same unknown firm written two ways in two outlets is one row. CSV cells that a
spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``) are quoted with a leading
apostrophe: crawled names are hostile text.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from radar.exports import safe_cell
from radar_core.db.models import Alert, Document, Event

CSV_COLUMNS = (
    "firm_key", "company", "event_type", "polarity", "event_date", "published", "amount",
    "currency", "confidence", "source", "source_type", "url", "evidence", "alert_ids",
)


@dataclass
class Prospect:
    """One unknown firm and its events (newest first)."""

    firm_key: str
    company: str
    events: list[tuple[Event, Document]] = field(default_factory=list)
    alert_ids: list[int] = field(default_factory=list)
    last_seen: datetime | None = None


def prospects(session: Session, limit: int = 500) -> list[Prospect]:
    """Unknown firms, the most recently seen first."""
    rows = session.execute(
        select(Event, Document)
        .join(Document, Document.id == Event.document_id)
        .where(Event.client_id.is_(None))
        # an ambiguous link is undecided, not unknown: it waits on the links page
        .where(or_(Event.link_status.is_(None), Event.link_status != "ambiguous"))
        .order_by(Event.created_at.desc(), Event.id.desc())
    ).all()
    firms: dict[str, Prospect] = {}
    for event, doc in rows:
        firm = firms.get(event.firm_key)
        if firm is None:
            if len(firms) >= limit:
                continue
            firm = firms[event.firm_key] = Prospect(event.firm_key, event.company)
        firm.events.append((event, doc))
        seen = doc.published or event.created_at
        if firm.last_seen is None or seen > firm.last_seen:
            firm.last_seen = seen
    for alert_id, key in session.execute(
        select(Alert.id, Alert.firm_key).where(Alert.client_id.is_(None)).order_by(Alert.id)
    ):
        if key in firms:
            firms[key].alert_ids.append(alert_id)
    return list(firms.values())


def prospects_csv(session: Session) -> str:
    """All prospects' events as CSV (UTF-8, header row, one event a line)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for firm in prospects(session, limit=100_000):
        alert_ids = " ".join(str(i) for i in firm.alert_ids)
        for event, doc in firm.events:
            writer.writerow([safe_cell(v) for v in (
                firm.firm_key, event.company, event.type, event.polarity,
                event.event_date.isoformat() if event.event_date else "",
                doc.published.isoformat() if doc.published else "",
                "" if event.amount_value is None else f"{event.amount_value:g}",
                event.amount_currency or "", f"{event.confidence:.2f}", doc.source or "",
                doc.source_type or "", doc.url or "", event.evidence, alert_ids,
            )])
    return out.getvalue()
