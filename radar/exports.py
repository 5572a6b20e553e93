"""Alerts exported as CSV or XLSX: every row a query selects, in queue order, streamed.

The query is the caller's (the queue's filters and the visibility rule already applied),
so an export holds exactly what its reader may see. Rows are read in keyset batches
(``BATCH`` at a time, on the queue's own sort key and indexes) and written as they come:
a CSV is streamed line by line, an XLSX is written by openpyxl's write-only workbook
(rows go to disk, not memory) into a temporary file that is then streamed.

Cells hold crawled, hostile text. A cell that a spreadsheet would run as a formula
(starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets a leading
apostrophe, and characters XML cannot hold are dropped from XLSX cells.
"""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import Select, select, tuple_
from sqlalchemy.orm import Session

from radar_core.db.models import Alert, AlertEvent, Client, Document, Event

COLUMNS = ("id", "created", "severity", "score", "polarity", "rule", "firm", "client_id",
           "rm", "status", "title", "evidence", "source_url")
BATCH = 500
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ORDER = (Alert.severity_rank, Alert.score, Alert.created_at, Alert.id)
CHUNK = 64 * 1024


def safe_cell(value: object) -> str:
    """Text a spreadsheet shows as text: a would-be formula gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


@dataclass(frozen=True)
class ExportRow:
    """One alert as exported (``COLUMNS``)."""

    id: int
    created: datetime
    severity: str
    score: float
    polarity: str
    rule: str
    firm: str
    client_id: str | None
    rm: str | None
    status: str
    title: str
    evidence: str | None
    source_url: str | None

    def texts(self) -> list[str]:
        """The cells as safe text (CSV)."""
        return [str(self.id), self.created.isoformat(sep=" ", timespec="seconds"),
                safe_cell(self.severity), f"{self.score:.2f}", safe_cell(self.polarity),
                *(safe_cell(v) for v in (self.rule, self.firm, self.client_id, self.rm,
                                          self.status, self.title, self.evidence,
                                          self.source_url))]

    def values(self) -> list[Any]:
        """The cells for a spreadsheet: numbers and times typed, text made safe."""
        return [self.id, self.created, _xlsx_text(self.severity), round(self.score, 4),
                *(_xlsx_text(v) for v in (self.polarity, self.rule, self.firm, self.client_id,
                                          self.rm, self.status, self.title, self.evidence,
                                          self.source_url))]


def _xlsx_text(value: str | None) -> str:
    return str(ILLEGAL_CHARACTERS_RE.sub("", safe_cell(value)))


def _first_evidence(session: Session, alert_ids: Sequence[int]) -> dict[int, tuple[str, str | None]]:
    """The evidence sentence and source URL of each alert's first event."""
    rows = session.execute(
        select(AlertEvent.alert_id, Event.evidence, Document.url)
        .join(Event, Event.id == AlertEvent.event_id)
        .join(Document, Document.id == Event.document_id)
        .where(AlertEvent.alert_id.in_(alert_ids))
        .order_by(AlertEvent.alert_id, Event.id)
    ).all()
    found: dict[int, tuple[str, str | None]] = {}
    for alert_id, evidence, url in rows:
        found.setdefault(alert_id, (evidence, url))
    return found


def export_rows(session: Session, query: Select[Any], batch: int = BATCH) -> Iterator[ExportRow]:
    """Every alert of ``query`` (a ``select(Alert)``), in queue order, ``batch`` at a time."""
    ordered = query.with_only_columns(Alert, Client.rm_email).outerjoin(
        Client, Client.client_id == Alert.client_id)
    key: tuple[Any, ...] | None = None
    while True:
        page = ordered if key is None else ordered.where(tuple_(*ORDER) < tuple_(*key))
        rows = session.execute(page.order_by(*(c.desc() for c in ORDER)).limit(batch)).all()
        if not rows:
            return
        evidence = _first_evidence(session, [alert.id for alert, _ in rows])
        for alert, rm in rows:
            sentence, url = evidence.get(alert.id, (None, None))
            yield ExportRow(alert.id, alert.created_at, alert.severity, alert.score,
                            alert.polarity, alert.rule_id, alert.company, alert.client_id, rm,
                            alert.status, alert.title, sentence, url)
        last = rows[-1][0]
        key = (last.severity_rank, last.score, last.created_at, last.id)
        session.expunge_all()  # a long export keeps one batch in memory, not all of them
        if len(rows) < batch:
            return


def csv_lines(rows: Iterator[ExportRow]) -> Iterator[str]:
    """The CSV (header first), a few rows per chunk, for a streaming response."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for n, row in enumerate(rows, 1):
        writer.writerow(row.texts())
        if n % 100 == 0:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


def write_xlsx(rows: Iterator[ExportRow], target: IO[bytes]) -> int:
    """Write the rows as one worksheet (write-only: constant memory); returns the count."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("alerts")
    sheet.append(list(COLUMNS))
    count = 0
    for row in rows:
        sheet.append(row.values())
        count += 1
    book.save(target)
    return count


def xlsx_file(rows: Iterator[ExportRow]) -> IO[bytes]:
    """The XLSX in a temporary file (deleted when closed), positioned at its start."""
    spool = tempfile.TemporaryFile()  # noqa: SIM115 - the caller streams, then closes it
    try:
        write_xlsx(rows, spool)
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    return spool


def file_chunks(handle: IO[bytes], chunk: int = CHUNK) -> Iterator[bytes]:
    """A file's bytes in chunks; the file is closed at the end (or when abandoned)."""
    try:
        while data := handle.read(chunk):
            yield data
    finally:
        handle.close()


def in_session(open_session: Callable[[], Session],
               produce: Callable[[Session], Iterator[Any]]) -> Iterator[Any]:
    """Run a generator on its own session, closed when the stream ends or is dropped."""
    session = open_session()
    try:
        yield from produce(session)
    finally:
        session.close()


def filename(kind: str, now: datetime) -> str:
    """``radar-alerts-20250630-0900.csv``."""
    return f"radar-alerts-{now:%Y%m%d-%H%M}.{kind}"
