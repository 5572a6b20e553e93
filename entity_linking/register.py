"""Reading and validating the bank's client register (CSV or XLSX, design.md columns).

A register exported from core banking always has a few bad rows; refusing the whole
file would stop monitoring for 150,000 firms over one typo. So each bad row is
reported with its line number and field, and the rest are imported. Only a file that
cannot be read, or lacks a required column, is fatal (``InputError``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from radar_core.errors import InputError
from radar_core.records import ClientRecord

REQUIRED_COLUMNS = ("client_id", "legal_name", "aliases", "tax_id", "city", "sector", "rm_email")
OPTIONAL_COLUMNS = ("parent_id", "segment", "former_names", "trade_registry_no")
_EMAIL = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[A-Za-z]{2,}$")


@dataclass(frozen=True)
class RowError:
    """One problem in the register: where (line, field) and what."""

    line: int
    field: str
    message: str

    def format(self, path: str | Path) -> str:
        """``clients.csv:12 tax_id: check digit does not match`` (the CLI's format)."""
        return f"{path}:{self.line} {self.field}: {self.message}"


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


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _csv_rows(path: Path) -> Iterator[tuple[int, list[str] | None, str]]:
    """(line, cells or None when broken, detail) for each physical record of a CSV."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read register ({exc})") from exc
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield line, None, f"broken CSV row ({exc})"
            # The reader cannot resume inside a broken quoted field: stop here.
            return
        yield line, row, ""


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[str] | None, str]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a bad file
        raise InputError(f"{path}: cannot read register workbook ({exc})") from exc
    try:
        sheet = book.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
            cells = [_cell(v) for v in values]
            while cells and cells[-1] == "":
                cells.pop()
            yield number, cells, ""
    finally:
        book.close()


def read_register(path: Path, known_ids: Iterable[str] = ()) -> RegisterResult:
    """Read a CSV or XLSX register; invalid rows go to ``errors``, valid ones to ``clients``.

    ``known_ids`` are client ids already stored, so a ``parent_id`` may point at them.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    rows = _xlsx_rows(path) if path.suffix.lower() in {".xlsx", ".xlsm"} else _csv_rows(path)
    is_xlsx = path.suffix.lower() in {".xlsx", ".xlsm"}
    return validate_rows(rows, str(path), set(known_ids), pad=is_xlsx)


def validate_rows(
    rows: Iterable[tuple[int, list[str] | None, str]],
    name: str,
    known_ids: set[str],
    pad: bool = False,
) -> RegisterResult:
    """Validate (line, cells, detail) rows whose first non-empty row is the header.

    ``pad``: a spreadsheet omits trailing empty cells, so short rows are padded there;
    in a CSV a short row is a broken row.
    """
    result = RegisterResult()
    header: list[str] | None = None
    pending: list[tuple[int, ClientRecord, str]] = []
    seen: dict[str, int] = {}
    for line, cells, detail in rows:
        if cells is None:
            result.errors.append(RowError(line, "row", detail))
            continue
        if header is None:
            if not any(c.strip() for c in cells):
                continue
            header = [c.strip().lower() for c in cells]
            missing = [c for c in REQUIRED_COLUMNS if c not in header]
            if missing:
                raise InputError(f"{name}:{line} header: missing column(s) {', '.join(missing)}")
            continue
        if not any(c.strip() for c in cells):
            continue
        if pad and len(cells) < len(header):
            cells = cells + [""] * (len(header) - len(cells))
        if len(cells) != len(header):
            result.errors.append(
                RowError(line, "row", f"expected {len(header)} columns, found {len(cells)}")
            )
            continue
        values = dict(zip(header, (c.strip() for c in cells), strict=True))
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
