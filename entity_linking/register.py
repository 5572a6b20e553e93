"""Reading and validating the bank's client register (CSV or XLSX, design.md columns).

A register exported from core banking always has a few bad rows; refusing the whole
file would stop monitoring for 150,000 firms over one typo. So each bad row is
reported with its line number and field, and the rest are imported. Only a file that
cannot be read, or lacks a required column, is fatal (``InputError``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from radar_core.records import ClientRecord
from radar_core.tables import RowProblem, Table, read_table_file

REQUIRED_COLUMNS = ("client_id", "legal_name", "aliases", "tax_id", "city", "sector", "rm_email")
OPTIONAL_COLUMNS = ("parent_id", "segment", "former_names", "trade_registry_no")
_EMAIL = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[A-Za-z]{2,}$")


# One problem in the register: where (line, field) and what.
RowError = RowProblem


@dataclass
class RegisterResult:
    """Valid clients, the rows' errors, and trade-registry numbers where given."""

    clients: list[ClientRecord] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    # client_id -> trade-registry number (optional column; ClientRecord has no field).
    registry_numbers: dict[str, str] = field(default_factory=dict)


def vkn_ok(value: str) -> bool:
    """Turkish tax number (VKN): 10 digits whose last one is the check digit."""
    if not re.fullmatch(r"\d{10}", value):
        return False
    total = 0
    for i in range(9):
        tmp = (int(value[i]) + 10 - (i + 1)) % 10
        total += 9 if tmp == 9 else (tmp * 2 ** (10 - (i + 1))) % 9
    return (10 - total % 10) % 10 == int(value[9])


def split_names(value: str | None) -> list[str]:
    """Split a ``|``-separated alias cell, dropping blanks and duplicates."""
    out: list[str] = []
    for part in (value or "").split("|"):
        part = part.strip()
        if part and part not in out:
            out.append(part)
    return out


def read_register(path: Path, known_ids: Iterable[str] = ()) -> RegisterResult:
    """Read a CSV or XLSX register; invalid rows go to ``errors``, valid ones to ``clients``.

    ``known_ids`` are client ids already stored, so a ``parent_id`` may point at them.
    A CSV row with the wrong number of cells is an error (a cell lost or split by a stray
    delimiter); a spreadsheet row simply lacks its empty trailing cells.
    """
    table = read_table_file(Path(path), required=REQUIRED_COLUMNS, lower=True,
                            exact_width=True)
    return validate_rows(table, set(known_ids))


def validate_rows(table: Table, known_ids: set[str]) -> RegisterResult:
    """Validate the rows of a register table; broken rows are errors of field ``row``."""
    result = RegisterResult(errors=list(table.broken))
    pending: list[tuple[int, ClientRecord, str]] = []
    seen: dict[str, int] = {}
    for line, values in table.rows:
        record, errors = _record(line, values, seen)
        result.errors.extend(errors)
        if record is not None:
            seen[record.client_id] = line
            pending.append((line, record, values.get("trade_registry_no", "")))
    ids = set(seen) | known_ids
    for line, record, registry_no in pending:
        if record.parent_id and record.parent_id not in ids:
            result.errors.append(
                RowError(line, "parent_id", f"unknown parent {record.parent_id!r}")
            )
            continue
        if record.parent_id == record.client_id:
            result.errors.append(RowError(line, "parent_id", "a client cannot be its own parent"))
            continue
        result.clients.append(record)
        if registry_no:
            result.registry_numbers[record.client_id] = registry_no
    result.errors.sort(key=lambda e: e.line)
    return result


def _record(
    line: int, values: dict[str, str], seen: dict[str, int]
) -> tuple[ClientRecord | None, list[RowError]]:
    errors: list[RowError] = []
    client_id = values.get("client_id", "")
    legal_name = values.get("legal_name", "")
    if not client_id:
        errors.append(RowError(line, "client_id", "missing"))
    elif client_id in seen:
        errors.append(
            RowError(line, "client_id", f"duplicate {client_id!r} (first on line {seen[client_id]})")
        )
    if not legal_name:
        errors.append(RowError(line, "legal_name", "missing"))
    email = values.get("rm_email", "")
    if email and not _EMAIL.match(email):
        errors.append(RowError(line, "rm_email", f"malformed e-mail address {email!r}"))
    tax_id = values.get("tax_id", "")
    if tax_id:
        if not re.fullmatch(r"\d{10}", tax_id):
            errors.append(RowError(line, "tax_id", f"must be 10 digits, got {tax_id!r}"))
        elif not vkn_ok(tax_id):
            errors.append(RowError(line, "tax_id", f"check digit does not match in {tax_id!r}"))
    if errors:
        return None, errors
    record = ClientRecord(
        client_id=client_id,
        legal_name=legal_name,
        aliases=split_names(values.get("aliases")),
        tax_id=tax_id or None,
        city=values.get("city") or None,
        sector=values.get("sector") or None,
        rm_email=email or None,
        parent_id=values.get("parent_id") or None,
        segment=values.get("segment") or None,
        former_names=split_names(values.get("former_names")),
    )
    return record, errors
