"""Storing the client register: upsert by ``client_id`` and keep every name a firm had.

The register is re-imported whenever the bank exports it. A firm that changed its title
since the last import must still match news written under the old one, so the previous
legal name (and any dropped alias) is kept in ``client_names`` as kind ``former``
rather than overwritten; ``load_clients`` hands those back as ``former_names``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from radar_core.db.models import Client, ClientName
from radar_core.records import ClientRecord, UpsertStats

log = logging.getLogger(__name__)

# When one name is listed under several kinds, the stronger kind is stored.
_KIND_RANK = {"legal": 0, "alias": 1, "former": 2}
_FIELDS = ("legal_name", "tax_id", "tax_id_verified", "city", "sector", "rm_email", "parent_id",
           "segment")


@dataclass
class ImportStats(UpsertStats):
    """What an import did: clients created/updated/unchanged, renames, names added."""

    renamed: int = 0
    names_added: int = 0


def _wanted_names(record: ClientRecord) -> dict[str, str]:
    """name -> kind for every name the register row gives."""
    wanted: dict[str, str] = {}
    pairs = [
        (record.legal_name, "legal"),
        *((a, "alias") for a in record.aliases),
        *((f, "former") for f in record.former_names),
    ]
    for name, kind in pairs:
        name = name.strip()
        if not name:
            continue
        if name not in wanted or _KIND_RANK[kind] < _KIND_RANK[wanted[name]]:
            wanted[name] = kind
    return wanted


def import_clients(
    session: Session, clients: Iterable[ClientRecord], clock: Callable[[], datetime]
) -> ImportStats:
    """Upsert register rows into ``clients`` and ``client_names`` (caller commits)."""
    now = clock()
    stats = ImportStats()
    records = list(clients)
    existing: dict[str, Client] = {}
    ids = [r.client_id for r in records]
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        rows = session.scalars(
            select(Client).where(Client.client_id.in_(chunk)).options(selectinload(Client.names))
        )
        existing.update((c.client_id, c) for c in rows)
    for record in records:
        client = existing.get(record.client_id)
        if client is None:
            client = Client(client_id=record.client_id, updated_at=now)
            _assign(client, record)
            session.add(client)
            existing[record.client_id] = client
            stats.created += 1
            for name, kind in _wanted_names(record).items():
                client.names.append(
                    ClientName(name=name, kind=kind, first_seen=now, last_seen=now)
                )
                stats.names_added += 1
            continue
        changed = _merge(client, record, now, stats)
        if changed:
            client.updated_at = now
        stats.count(bool(changed))
    session.flush()
    log.info("client import: %s", stats.as_dict())
    return stats


def _assign(client: Client, record: ClientRecord) -> None:
    for name in _FIELDS:
        setattr(client, name, getattr(record, name))
    client.aliases = list(record.aliases)


def _merge(client: Client, record: ClientRecord, now: datetime, stats: ImportStats) -> bool:
    """Update a stored client from its register row; True when anything changed."""
    changed = any(getattr(client, f) != getattr(record, f) for f in _FIELDS)
    changed = changed or list(client.aliases or []) != list(record.aliases)
    if client.legal_name != record.legal_name:
        stats.renamed += 1
        log.info("client %s renamed: %r -> %r", client.client_id, client.legal_name,
                 record.legal_name)
    _assign(client, record)
    wanted = _wanted_names(record)
    stored = {n.name: n for n in client.names}
    for name, row in stored.items():
        if name in wanted:
            if row.kind != wanted[name]:
                row.kind = wanted[name]
                changed = True
            row.last_seen = now
        elif row.kind != "former":
            # A name the register no longer lists (old title, dropped alias) stays
            # matchable as a former name: old news still uses it.
            row.kind = "former"
            changed = True
    for name, kind in wanted.items():
        if name not in stored:
            client.names.append(ClientName(name=name, kind=kind, first_seen=now, last_seen=now))
            stats.names_added += 1
            changed = True
    return changed


def load_clients(session: Session) -> list[ClientRecord]:
    """The stored register as records, with ``former_names`` filled from name history."""
    rows = session.scalars(
        select(Client).options(selectinload(Client.names)).order_by(Client.client_id)
    )
    out: list[ClientRecord] = []
    for client in rows:
        former = sorted(
            (n for n in client.names if n.kind == "former"), key=lambda n: (n.first_seen, n.name)
        )
        out.append(
            ClientRecord(
                client_id=client.client_id,
                legal_name=client.legal_name,
                aliases=[str(a) for a in client.aliases or []],
                tax_id=client.tax_id,
                tax_id_verified=client.tax_id_verified,
                city=client.city,
                sector=client.sector,
                rm_email=client.rm_email,
                parent_id=client.parent_id,
                segment=client.segment,
                former_names=[n.name for n in former],
            )
        )
    return out
