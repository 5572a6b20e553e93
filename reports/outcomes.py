"""Outcomes import: the bank's sales, defaults and offers (design.md: Outcomes) as CSV/XLSX.

Bad lines are reported with their line number and skipped, the rest are upserted on the
schema's natural key (client, kind, date, amount), so importing the same file twice
changes nothing. A client id missing from the register is only a warning: outcome files
often arrive before the register is refreshed, and the back-test simply cannot use them.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from radar_core.records import UpsertStats
from radar_core.tables import RowProblem, read_table_file

log = logging.getLogger(__name__)

OPPORTUNITY_KINDS = ("loan_opened", "offer_accepted")
RISK_KINDS = ("default", "npl", "restructuring")
OFFER_KINDS = ("offer_accepted", "offer_rejected")
KINDS = ("loan_opened", "offer_accepted", "offer_rejected", "default", "npl", "restructuring")
REQUIRED = ("client_id", "kind", "date")
# Not a column of the outcomes table: kept in the note as "competitor_price=<value>", where
# the offers report also looks for a price written by hand.
COMPETITOR_PRICE = "competitor_price"
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%Y/%m/%d")


@dataclass(frozen=True)
class OutcomeRecord:
    """One validated outcome line."""

    client_id: str
    kind: str
    date: date
    amount: float | None = None
    currency: str | None = None
    note: str | None = None
    reason: str | None = None
    competitor: str | None = None
    offered_price: float | None = None

    @property
    def key(self) -> tuple[str, str, dt.date, float | None]:
        return (self.client_id, self.kind, self.date, self.amount)


# A bad line (``error``) or a usable line with a doubt (``warning``).
LineProblem = RowProblem


@dataclass
class ReadResult:
    records: list[OutcomeRecord] = field(default_factory=list)
    problems: list[LineProblem] = field(default_factory=list)

    @property
    def errors(self) -> list[LineProblem]:
        return [p for p in self.problems if p.severity == "error"]


@dataclass
class ImportStats(UpsertStats):
    """What an outcomes import did (created, updated, unchanged)."""


def parse_number(text: Any) -> float:
    """A number as banks write it: ``1250000``, ``1,250,000.50``, ``1.250.000,50``, ``42,5``.

    A single dot is a decimal point and a single comma a decimal comma (Turkish); several
    of one kind are thousands separators; with both, the last one is the decimal mark.
    """
    if isinstance(text, bool):
        raise ValueError("not a number")
    if isinstance(text, (int, float)):
        return float(text)
    raw = re.sub(r"[\s\u00a0%]|TRY|TL|USD|EUR", "", str(text), flags=re.IGNORECASE)
    if not raw:
        raise ValueError("empty")
    dots, commas = raw.count("."), raw.count(",")
    if dots and commas:
        decimal = "." if raw.rfind(".") > raw.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        raw = raw.replace(thousands, "").replace(decimal, ".")
    elif commas > 1:
        raw = raw.replace(",", "")
    elif dots > 1:
        raw = raw.replace(".", "")
    elif commas == 1:
        raw = raw.replace(",", ".")
    if not re.fullmatch(r"[-+]?\d+(\.\d+)?", raw):
        raise ValueError(f"not a number: {text!r}")
    return float(raw)


def parse_date(value: Any) -> date:
    """ISO dates, ``DD.MM.YYYY`` and ``DD/MM/YYYY``; spreadsheet cells may be datetimes."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()[:10]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD)")


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _validate(line: int, row: dict[str, Any], known_ids: set[str] | None,
              result: ReadResult) -> None:
    problems: list[LineProblem] = []
    client_id = _clean(row.get("client_id"))
    kind = (_clean(row.get("kind")) or "").lower()
    if not client_id:
        problems.append(LineProblem(line, "client_id", "missing"))
    if kind not in KINDS:
        problems.append(LineProblem(line, "kind", f"unknown kind {kind!r} (one of {', '.join(KINDS)})"))
    when: date | None = None
    try:
        when = parse_date(row.get("date")) if _clean(row.get("date")) else None
        if when is None:
            problems.append(LineProblem(line, "date", "missing"))
    except ValueError as exc:
        problems.append(LineProblem(line, "date", str(exc)))
    numbers: dict[str, float | None] = {}
    for name in ("amount", "offered_price", COMPETITOR_PRICE):
        value = row.get(name)
        if _clean(value) is None:
            numbers[name] = None
            continue
        try:
            numbers[name] = parse_number(value)
        except ValueError:
            problems.append(LineProblem(line, name, f"not a number: {value!r}"))
    if problems:
        result.problems.extend(problems)
        return
    assert client_id is not None and when is not None
    if known_ids is not None and client_id not in known_ids:
        result.problems.append(LineProblem(line, "client_id", f"{client_id} is not in the client register",
                                           severity="warning"))
    note = _clean(row.get("note"))
    if numbers.get(COMPETITOR_PRICE) is not None:
        extra = f"{COMPETITOR_PRICE}={numbers[COMPETITOR_PRICE]:g}"
        note = f"{note}; {extra}" if note else extra
    currency = _clean(row.get("currency"))
    result.records.append(OutcomeRecord(
        client_id=client_id, kind=kind, date=when, amount=numbers.get("amount"),
        currency=currency.upper() if currency else None, note=note,
        reason=_clean(row.get("reason")), competitor=_clean(row.get("competitor")),
        offered_price=numbers.get("offered_price"),
    ))


def read_outcomes(path: Path, known_ids: set[str] | None = None) -> ReadResult:
    """Read and validate an outcomes CSV or XLSX file; ``InputError`` if it is unreadable.

    A row narrower than the header just lacks its last cells; a wider one, or one with a
    broken quote, is a bad line.
    """
    table = read_table_file(Path(path), required=REQUIRED, lower=True, exact_width=False)
    result = ReadResult(problems=list(table.broken))
    for line, row in table.rows:
        _validate(line, row, known_ids, result)
    result.problems.sort(key=lambda p: p.line)
    return result
