"""Tabular input files as numbered rows: CSV, XLSX and JSON Lines, read one way everywhere.

The client register, outcome files, crawled tables and labelled training data arrive as
files people export from other systems. They share the same troubles (a BOM, a ``;``
delimiter, a broken quote on one line, a spreadsheet with merged or empty cells), so they
are read here once: every row keeps the line it came from, a broken row is reported by
line and the rest is read, and only a file that cannot be read at all raises
``InputError``. What differs between callers (a fixed delimiter, a legacy encoding,
strict row width, merged cells) is a parameter.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from radar_core.errors import InputError

Cells = list[str]
NumberedRows = list[tuple[int, Cells]]
DELIMITERS = (",", ";", "\t", "|")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class RowProblem:
    """A bad row (``error``) or a usable row with a doubt (``warning``): line, field, what.

    Rows that cannot be read as rows of the table at all have the field ``row``.
    """

    line: int
    field: str
    message: str
    severity: str = "error"

    def format(self, path: Path | str) -> str:
        """``clients.csv:12 tax_id: check digit does not match`` (the CLI's format)."""
        return f"{path}:{self.line} {self.field}: {self.message}" + (
            " (warning)" if self.severity == "warning" else "")


@dataclass
class Table:
    """Column names, data rows as (line, column -> cell text), and the broken rows."""

    columns: list[str] = field(default_factory=list)
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    broken: list[RowProblem] = field(default_factory=list)
    header_line: int = 0


def cell_text(value: Any) -> str:
    """One cell as text: whitespace collapsed, whole floats without '.0', midnight as a date."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() \
            else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _SPACE.sub(" ", str(value)).strip()


def decode(body: bytes, name: str, fallback_encoding: str | None = None) -> str:
    """UTF-8 text (a BOM dropped), else ``fallback_encoding`` if given; else ``InputError``."""
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if fallback_encoding:
            try:
                return body.decode(fallback_encoding)
            except UnicodeDecodeError:
                pass
        line = body.count(b"\n", 0, exc.start) + 1
        wanted = f"UTF-8 or {fallback_encoding}" if fallback_encoding else "UTF-8"
        raise InputError(f"{name}:{line} (encoding): not {wanted} text (save the file as "
                         "UTF-8)") from exc


def sniff_delimiter(text: str) -> str:
    """The delimiter of the first non-blank line: the most frequent of , ; tab |.

    Only the header line is looked at, since cells may hold the others ("A|B" aliases).
    """
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = [(first.count(d), -n, d) for n, d in enumerate(DELIMITERS)]
    best = max(counts)
    return best[2] if best[0] else ","


def csv_rows(text: str, delimiter: str | None = None) -> tuple[NumberedRows, list[RowProblem]]:
    """Rows of CSV text numbered by the line they start on; bad quoting is a broken row.

    One stray quote must not cost the rest of the file: an unclosed quote swallows every
    line after it (or raises at the end of the data). So a row that fails to parse, or
    that spans several lines yet has a different width from the header (a quoted cell
    that ran on), is reported at the line it starts on and reading resumes on the next
    line. A row over the CSV field limit is reported the same way.
    """
    delimiter = delimiter or sniff_delimiter(text)
    lines = io.StringIO(text, newline="").readlines()
    rows: NumberedRows = []
    broken: list[RowProblem] = []
    width: int | None = None
    start = 0
    while start < len(lines):
        reader = csv.reader(itertools.islice(lines, start, None), strict=True,
                            delimiter=delimiter)
        resume: int | None = None
        while True:
            line = start + reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                broken.append(RowProblem(line, "row", f"broken CSV row ({exc})"))
                resume = line
                break
            last = start + reader.line_num
            if width is None:
                width = len(row) if any(row) else None
            elif last > line and len(row) != width:
                broken.append(RowProblem(line, "row", f"broken CSV row (a quoted cell runs on "
                                                      f"to line {last}; unclosed quote?)"))
                resume = line
                break
            rows.append((line, [cell_text(v) for v in row]))
        if resume is None:
            break
        start = resume
    return rows, broken


def xlsx_rows(body: bytes, name: str, merged_cells: bool = False) -> NumberedRows:
    """Rows of the first sheet (cached values of formulas), numbered by spreadsheet row.

    ``merged_cells``: every cell of a merged range gets the range's top-left value (a
    sector written once for five firms, a header group over sub-columns). That needs the
    whole workbook in memory; otherwise it is streamed (read-only).
    """
    if not body.startswith(b"PK\x03\x04"):
        raise InputError(f"{name}: not an XLSX file (starts with {body[:8]!r})")
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(body), read_only=not merged_cells,
                                      data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise InputError(f"{name}: damaged xlsx ({type(exc).__name__}: {exc})") from exc
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            return []
        grid = [[cell_text(v) for v in values]
                for values in sheet.iter_rows(values_only=True)]
        if merged_cells:
            for merged in sheet.merged_cells.ranges:
                top_left = grid[merged.min_row - 1][merged.min_col - 1]
                for r in range(merged.min_row - 1, min(merged.max_row, len(grid))):
                    for c in range(merged.min_col - 1, min(merged.max_col, len(grid[r]))):
                        grid[r][c] = top_left
        return [(number, _trim(cells)) for number, cells in enumerate(grid, 1)]
    finally:
        book.close()


def xlsx_formulas(body: bytes, name: str, lines: set[int]) -> dict[tuple[int, int], str]:
    """Formulas of the first sheet on the given spreadsheet rows: (row, column index) -> text.

    ``xlsx_rows`` reads the values Excel saved with each formula; a file written by a
    program that does not calculate (or saved before calculation) has none, so the cell
    reads as empty. Callers that find a required cell empty ask here whether it holds a
    formula, to say so instead of "missing". A second (streaming) read, only when needed.
    """
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(body), read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise InputError(f"{name}: damaged xlsx ({type(exc).__name__}: {exc})") from exc
    found: dict[tuple[int, int], str] = {}
    try:
        if not book.worksheets or not lines:
            return found
        for number, values in enumerate(book.worksheets[0].iter_rows(values_only=True), 1):
            if number > max(lines):
                break
            if number in lines:
                found.update(((number, j), v) for j, v in enumerate(values)
                             if isinstance(v, str) and v.startswith("="))
        return found
    finally:
        book.close()


def _trim(cells: Cells) -> Cells:
    """A spreadsheet row without its trailing empty cells (sheets pad to the widest row)."""
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


def column_names(header: Sequence[Cells], lower: bool = False) -> list[str]:
    """Column names from one or more header rows (a merged group above its sub-columns).

    Each column joins the distinct texts of its header cells ("Yatırım" over "Tutar"
    gives "Yatırım Tutar"); a blank name becomes ``column_N``; repeats get ``_2``, ``_3``.
    """
    width = max((len(row) for row in header), default=0)
    names: list[str] = []
    seen: dict[str, int] = {}
    for j in range(width):
        parts: list[str] = []
        for row in header:
            value = row[j] if j < len(row) else ""
            if value and value not in parts:
                parts.append(value)
        name = " ".join(parts) or f"column_{j + 1}"
        name = name.lower() if lower else name
        seen[name] = seen.get(name, 0) + 1
        names.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return names


def to_table(rows: NumberedRows, *, name: str, header_rows: int = 1,
             required: Sequence[str] = (), lower: bool = False,
             exact_width: bool = True) -> Table:
    """Split numbered rows into header and data rows keyed by column.

    The header is the first ``header_rows`` non-blank rows; blank rows and repeats of the
    header are dropped. A row narrower than the header is padded (trailing cells left
    empty); a wider one, or with ``exact_width`` a narrower one, is a broken row.
    A missing ``required`` column is an ``InputError``.
    """
    filled = [(line, cells) for line, cells in rows if any(cells)]
    head, body = filled[:header_rows], filled[header_rows:]
    header = [cells for _, cells in head]
    table = Table(columns=column_names(header, lower), header_line=head[0][0] if head else 0)
    if required:
        if not head:
            raise InputError(f"{name}: empty file (no header row)")
        missing = [c for c in required if c not in table.columns]
        if missing:
            raise InputError(f"{name}:{table.header_line} header: missing column(s) "
                             f"{', '.join(missing)}")
    width = len(table.columns)
    for line, cells in body:
        if cells in header:
            continue
        too_wide = len(cells) > width and (exact_width or any(cells[width:]))
        if too_wide or (exact_width and len(cells) < width):
            table.broken.append(RowProblem(line, "row", f"expected {width} columns, "
                                                        f"found {len(cells)}"))
            continue
        padded = cells[:width] + [""] * (width - len(cells))
        table.rows.append((line, dict(zip(table.columns, padded, strict=True))))
    return table


def read_table(body: bytes, fmt: str, *, name: str, delimiter: str | None = None,
               fallback_encoding: str | None = None, merged_cells: bool = False,
               header_rows: int = 1, required: Sequence[str] = (), lower: bool = False,
               exact_width: bool = True) -> Table:
    """A CSV or XLSX file's table (``fmt``: ``csv`` or ``xlsx``); see ``to_table``.

    CSV: ``delimiter`` None sniffs , ; tab | from the header line; a CSV is strict about
    width only with ``exact_width`` (a spreadsheet row always lacks its trailing blanks).
    """
    broken: list[RowProblem] = []
    if fmt == "xlsx":
        rows = xlsx_rows(body, name, merged_cells)
        exact_width = False
    else:
        rows, broken = csv_rows(decode(body, name, fallback_encoding), delimiter)
    table = to_table(rows, name=name, header_rows=header_rows, required=required,
                     lower=lower, exact_width=exact_width)
    table.broken = sorted(broken + table.broken, key=lambda b: b.line)
    return table


def read_bytes(path: Path) -> bytes:
    """A whole input file; a missing or unreadable one is an ``InputError``."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def read_table_file(path: Path, **options: Any) -> Table:
    """``read_table`` of a file; XLSX by its suffix (``.xlsx``, ``.xlsm``), else CSV."""
    fmt = "xlsx" if Path(path).suffix.lower() in XLSX_SUFFIXES else "csv"
    return read_table(read_bytes(path), fmt, name=str(path), **options)


def jsonl_line(raw: bytes | str, number: int) -> tuple[dict[str, Any] | None, str]:
    """(object, "") for a good JSON Lines line, else (None, why it is bad).

    Bad lines come in four kinds, each named so that a person can fix the line: not
    UTF-8 (a legacy export), invalid JSON, JSON nested too deeply to read (the parser
    recurses: a hostile or broken line would otherwise abort the whole file), and a
    value that is not an object. Line 1 may start with a byte-order mark.
    """
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            return None, (f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at column "
                          f"{exc.start + 1}; save the file as UTF-8)")
    elif number == 1:
        raw = raw.removeprefix("\ufeff")
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        return None, f"invalid JSON ({exc.msg})"
    except RecursionError:
        return None, "JSON nested too deeply to read"
    if not isinstance(obj, dict):
        return None, "expected a JSON object"
    return obj, ""


def jsonl_lines(lines: Iterable[bytes | str]) -> Iterator[tuple[int, dict[str, Any] | None, str]]:
    """(line, object or None, problem) of each non-blank line; a bad line does not stop it.

    For callers that skip bad lines and go on (``radar extract``, ``radar link``): read
    the input as bytes (``open(path, "rb")``, ``sys.stdin.buffer``) so that one line in
    another encoding is reported alone instead of ending the read.
    """
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        obj, problem = jsonl_line(raw, number)
        yield number, obj, problem


def jsonl_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line, object) of each non-blank line of a JSON Lines file.

    A line that is not a JSON object is an ``InputError`` naming it: labelled data with a
    broken line is not trusted for training or scoring.
    """
    for number, obj, problem in jsonl_lines(read_bytes(path).splitlines()):
        if obj is None:
            raise InputError(f"{path}:{number} (json): {problem}")
        yield number, obj
