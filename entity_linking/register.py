"""Reading and validating the bank's client register (CSV or XLSX, design.md columns).

A register exported from core banking always has a few bad rows; refusing the whole
file would stop monitoring for 150,000 firms over one typo, and dropping a firm loses its
signals silently. So every firm that has an id and a name is kept: a doubtful cell is
repaired or cleared and reported as a ``warning`` by line, and only a row without an id
or a name, a repeated id, or a row the file format breaks is an ``error`` (skipped). Only a
file that cannot be read, or lacks a required column, is fatal (``InputError``).

What happens to each doubtful cell:

- ``tax_id``: spaces, dots, dashes and slashes are removed; a 9-digit number (Excel drops
  the leading zero of a number cell) gets its zero back when the padded number passes the
  VKN check; an 11-digit number is a sole proprietor's personal number (TCKN) and is
  checked with the TCKN algorithm. A number that passes is verified. Any other number is
  kept as written but marked ``tax_id_verified=False`` (a warning): the linker never uses
  it as an identifier, since a typo may be another firm's number.
- ``parent_id`` naming no client in the file (nor, for ``radar clients import``, in the
  database), or the client itself: a warning, and the parent is cleared, so that group
  rules never raise an alert for a firm that is not in the register. The warning keeps
  the id as given, to fix in the source.
- ``client_id``: ids that differ only in case are one client; the first spelling (the
  stored one, when the database already has the client) is kept, a later row with the
  same id is an error naming the first line.
- ``rm_email`` malformed: a warning, and the firm is kept without an RM address.
- XLSX: formulas are read as the values Excel saved with them; a formula with no saved
  value is reported as such; merged cells are filled with the range's top-left value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from radar_core.addresses import valid_email
from radar_core.records import ClientRecord
from radar_core.tables import (
    XLSX_SUFFIXES,
    RowProblem,
    Table,
    read_bytes,
    read_table,
    xlsx_formulas,
)

REQUIRED_COLUMNS = ("client_id", "legal_name", "aliases", "tax_id", "city", "sector", "rm_email")
OPTIONAL_COLUMNS = ("parent_id", "segment", "former_names", "trade_registry_no")
_TAX_SEPARATORS = re.compile(r"[\s.\-/]+")
_DIGITS = re.compile(r"[0-9]+")
# The ``tax_id`` column of the database (``radar_core.db.models.Client``).
_TAX_ID_MAX = 20


# One problem in the register: where (line, field) and what.
RowError = RowProblem


@dataclass
class RegisterResult:
    """Kept clients, the problems by line, and trade-registry numbers where given."""

    clients: list[ClientRecord] = field(default_factory=list)
    # Errors (row skipped) and warnings (row kept, a cell repaired or cleared), by line.
    problems: list[RowProblem] = field(default_factory=list)
    # client_id -> trade-registry number (optional column; ClientRecord has no field).
    registry_numbers: dict[str, str] = field(default_factory=dict)

    @property
    def errors(self) -> list[RowProblem]:
        """Problems that cost a row (it was not imported)."""
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[RowProblem]:
        """Problems on rows that were kept (a cell repaired, cleared or marked unverified)."""
        return [p for p in self.problems if p.severity == "warning"]


def vkn_ok(value: str) -> bool:
    """Turkish tax number (VKN): 10 digits whose last one is the check digit."""
    if not re.fullmatch(r"[0-9]{10}", value):
        return False
    total = 0
    for i in range(9):
        tmp = (int(value[i]) + 10 - (i + 1)) % 10
        total += 9 if tmp == 9 else (tmp * 2 ** (10 - (i + 1))) % 9
    return (10 - total % 10) % 10 == int(value[9])


def tckn_ok(value: str) -> bool:
    """Turkish personal number (TCKN, a sole proprietor's tax number): 11 digits, two checks."""
    if not re.fullmatch(r"[1-9][0-9]{10}", value):
        return False
    d = [int(c) for c in value]
    tenth = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return tenth == d[9] and sum(d[:10]) % 10 == d[10]


def normalize_tax_id(value: str) -> tuple[str | None, bool, str]:
    """(number to keep, verified, problem or "") for a register's ``tax_id`` cell.

    Verified: a VKN (10 digits, also a 9-digit one whose leading zero Excel dropped) or a
    TCKN (11 digits) passing its check. Anything else is kept as written (separators
    removed when only digits remain) and unverified; see the module docstring.
    """
    raw = value.strip()
    if not raw:
        return None, True, ""
    digits = _TAX_SEPARATORS.sub("", raw)
    if not _DIGITS.fullmatch(digits):
        if len(raw) > _TAX_ID_MAX:
            return None, True, f"not a tax number: {raw[:24]!r}...; not kept"
        return raw, False, f"not a tax number: {raw!r}; kept unverified"
    if len(digits) == 10:
        if vkn_ok(digits):
            return digits, True, ""
        return digits, False, f"check digit does not match in {digits!r}; kept unverified"
    if len(digits) == 9 and vkn_ok("0" + digits):
        return "0" + digits, True, ""
    if len(digits) == 11:
        if tckn_ok(digits):
            return digits, True, ""
        return digits, False, f"11 digits but not a valid TCKN: {digits!r}; kept unverified"
    if len(digits) > _TAX_ID_MAX:
        return None, True, f"{len(digits)} digits is not a tax number; not kept"
    return digits, False, (f"{len(digits)} digits in {digits!r} (a VKN has 10, a TCKN 11)"
                           "; kept unverified")


def split_names(value: str | None) -> list[str]:
    """Split a ``|``-separated alias cell, dropping blanks and duplicates."""
    out: list[str] = []
    for part in (value or "").split("|"):
        part = part.strip()
        if part and part not in out:
            out.append(part)
    return out


def read_register(path: Path, known_ids: Iterable[str] = ()) -> RegisterResult:
    """Read a CSV or XLSX register; kept rows go to ``clients``, problems to ``problems``.

    ``known_ids`` are client ids already stored, so a ``parent_id`` may point at them and a
    row whose id differs from a stored one only in case updates the stored client.
    A CSV row with the wrong number of cells is an error (a cell lost or split by a stray
    delimiter); a spreadsheet row simply lacks its empty trailing cells.
    """
    path = Path(path)
    fmt = "xlsx" if path.suffix.lower() in XLSX_SUFFIXES else "csv"
    body = read_bytes(path)
    table = read_table(body, fmt, name=str(path), required=REQUIRED_COLUMNS, lower=True,
                       exact_width=True, merged_cells=fmt == "xlsx")
    result = validate_rows(table, known_ids)
    if fmt == "xlsx":
        _explain_formulas(result, table, body, str(path))
    return result


def _explain_formulas(result: RegisterResult, table: Table, body: bytes, name: str) -> None:
    """Say "formula with no saved value" where a required cell read empty because of one."""
    wanted = {"client_id", "legal_name"}
    missing = {p.line for p in result.problems if p.field in wanted and p.message == "missing"}
    if not missing:
        return
    formulas = xlsx_formulas(body, name, missing)
    for n, problem in enumerate(result.problems):
        if problem.line not in missing or problem.field not in wanted:
            continue
        formula = formulas.get((problem.line, table.columns.index(problem.field)))
        if formula:
            result.problems[n] = RowProblem(
                problem.line, problem.field,
                f"formula {formula[:60]} has no saved value (open and save the file in Excel, "
                "or paste it as values)")


def validate_rows(table: Table, known_ids: Iterable[str] = ()) -> RegisterResult:
    """Validate the rows of a register table; broken rows are errors of field ``row``."""
    result = RegisterResult(problems=list(table.broken))
    stored = {k.casefold(): k for k in known_ids}
    first: dict[str, tuple[int, str]] = {}  # folded id -> (line, kept spelling)
    pending: list[tuple[ClientRecord, str]] = []
    lines: dict[str, int] = {}
    for line, values in table.rows:
        record, problems = _record(line, values, first)
        result.problems.extend(problems)
        if record is None:
            continue
        key = record.client_id.casefold()
        if key in stored and stored[key] != record.client_id:
            result.problems.append(RowProblem(
                line, "client_id", f"{record.client_id!r} is stored as {stored[key]!r} (ids "
                "ignore case); updated under the stored id", "warning"))
            record.client_id = stored[key]
        first[key] = (line, record.client_id)
        lines[record.client_id] = line
        pending.append((record, values.get("trade_registry_no", "")))
    ids = stored | {key: spelling for key, (_, spelling) in first.items()}
    for record, registry_no in pending:
        if record.parent_id:
            parent = ids.get(record.parent_id.casefold())
            line = lines[record.client_id]
            if parent is None:
                result.problems.append(RowProblem(
                    line, "parent_id", f"unknown parent {record.parent_id!r} (cleared; the "
                    "firm is kept)", "warning"))
            elif parent == record.client_id:
                result.problems.append(RowProblem(
                    line, "parent_id", "a client cannot be its own parent (cleared)", "warning"))
            record.parent_id = parent if parent != record.client_id else None
        result.clients.append(record)
        if registry_no:
            result.registry_numbers[record.client_id] = registry_no
    result.problems.sort(key=lambda e: e.line)
    return result


def _record(
    line: int, values: dict[str, str], first: dict[str, tuple[int, str]]
) -> tuple[ClientRecord | None, list[RowProblem]]:
    """One row as a record (None when it cannot be kept) and its problems."""
    problems: list[RowProblem] = []
    client_id = values.get("client_id", "")
    legal_name = values.get("legal_name", "")
    if not client_id:
        problems.append(RowProblem(line, "client_id", "missing"))
    elif client_id.casefold() in first:
        first_line, spelling = first[client_id.casefold()]
        same = "" if spelling == client_id else f" {spelling!r} (ids ignore case)"
        problems.append(RowProblem(
            line, "client_id", f"duplicate {client_id!r}: same client as{same} on line "
            f"{first_line}; this row is skipped"))
    if not legal_name:
        problems.append(RowProblem(line, "legal_name", "missing"))
    if problems:
        return None, problems
    email = values.get("rm_email", "")
    if email and not valid_email(email):
        problems.append(RowProblem(line, "rm_email", f"malformed e-mail address {email!r} "
                                   "(cleared; the firm is kept)", "warning"))
        email = ""
    tax_id, verified, tax_problem = normalize_tax_id(values.get("tax_id", ""))
    if tax_problem:
        problems.append(RowProblem(line, "tax_id", tax_problem, "warning"))
    record = ClientRecord(
        client_id=client_id,
        legal_name=legal_name,
        aliases=split_names(values.get("aliases")),
        tax_id=tax_id,
        tax_id_verified=verified,
        city=values.get("city") or None,
        sector=values.get("sector") or None,
        rm_email=email or None,
        parent_id=values.get("parent_id") or None,
        segment=values.get("segment") or None,
        former_names=split_names(values.get("former_names")),
    )
    return record, problems
