"""Outcomes into the database: upsert the records ``reports.outcomes`` read from a file.

The upsert is on the schema's natural key (client, kind, date, amount), so importing the
same file twice changes nothing; the register's ids feed the reader's not-in-register
warning.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from radar_core.db.models import Client, Outcome
from reports.outcomes import ImportStats, OutcomeRecord

log = logging.getLogger(__name__)


def register_ids(session: Session) -> set[str]:
    """Client ids of the register, for the not-in-register warning."""
    return set(session.scalars(select(Client.client_id)))


def import_outcomes(session: Session, records: Iterable[OutcomeRecord]) -> ImportStats:
    """Upsert outcomes on (client, kind, date, amount); the same file twice changes nothing."""
    stats = ImportStats()
    latest: dict[tuple[str, str, date, float | None], OutcomeRecord] = {}
    for record in records:
        latest[record.key] = record  # a key repeated in the file: the last line wins
    fields = ("currency", "note", "reason", "competitor", "offered_price")
    for record in latest.values():
        query = select(Outcome).where(Outcome.client_id == record.client_id,
                                      Outcome.kind == record.kind, Outcome.date == record.date)
        query = query.where(Outcome.amount.is_(None) if record.amount is None
                            else Outcome.amount == record.amount)
        row = session.scalars(query).first()
        if row is None:
            session.add(Outcome(client_id=record.client_id, kind=record.kind, date=record.date,
                                amount=record.amount, **{f: getattr(record, f) for f in fields}))
            stats.created += 1
            continue
        changed = [f for f in fields if getattr(row, f) != getattr(record, f)]
        for name in changed:
            setattr(row, name, getattr(record, name))
        stats.count(bool(changed))
    session.flush()
    log.info("outcomes: %s", stats.as_dict())
    return stats
