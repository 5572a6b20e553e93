"""Table files as rows of cells: CSV, XLSX (merged cells filled) and PDF tables (pdfplumber).

Public lists (investment-incentive certificates, registries) come as CSV, as XLSX with
merged header and group cells, or as PDF print-outs whose table runs over many pages
with the header repeated on each. Every format is reduced to the same grid of strings
so the table spider treats them alike: merged cells carry their top-left value, a PDF
header repeated on a later page is dropped, and a row that a page break cut in two
(its first cell empty on the next page) is joined back to its first half.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from datetime import date, datetime
from typing import Any

log = logging.getLogger(__name__)

Grid = list[list[str]]
_SPACE = re.compile(r"\s+")
# pdfplumber's fallback for tables drawn without ruling lines: columns from text gaps.
_TEXT_STRATEGY = {"vertical_strategy": "text", "horizontal_strategy": "text"}


class TableError(ValueError):
    """A file that cannot be read as its declared table format; the message is the reason."""


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


def csv_grid(body: bytes, delimiter: str) -> Grid:
    """Rows of a CSV file: UTF-8 (with or without BOM), else Windows-1254."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = body.decode("cp1254")
    return [[cell_text(v) for v in row] for row in csv.reader(io.StringIO(text),
                                                              delimiter=delimiter)]


def xlsx_grid(body: bytes) -> Grid:
    """Rows of the active sheet; every cell of a merged range gets the range's top-left value.

    openpyxl leaves all but the top-left cell of a merge empty, which would leave
    grouped rows without their group (a sector written once for five firms) and split
    headers without a name.
    """
    if not body.startswith(b"PK\x03\x04"):
        raise TableError(f"not an XLSX file (starts with {body[:8]!r})")
    from openpyxl import load_workbook

    # read_only worksheets do not expose merged ranges, so the sheet is loaded whole.
    sheet = load_workbook(io.BytesIO(body), data_only=True).active
    if sheet is None:
        raise TableError("workbook has no sheet")
    width, height = sheet.max_column, sheet.max_row
    grid = [[cell_text(v) for v in row] for row in sheet.iter_rows(
        min_row=1, min_col=1, max_row=height, max_col=width, values_only=True)]
    for merged in sheet.merged_cells.ranges:
        top_left = grid[merged.min_row - 1][merged.min_col - 1]
        for r in range(merged.min_row - 1, min(merged.max_row, height)):
            for c in range(merged.min_col - 1, min(merged.max_col, width)):
                grid[r][c] = top_left
    return grid


def pdf_grid(body: bytes, header_rows: int = 1) -> Grid:
    """Rows of all tables of a PDF, page after page, as one table.

    The first ``header_rows`` rows of the first table are the header; the same rows at
    the top of a later page are dropped. A later page whose first row has an empty
    first cell continues the last row of the previous page (a row cut by the page
    break) and is joined to it cell by cell. Tables drawn without ruling lines are
    found from text alignment when no ruled table exists in the whole file.
    """
    head = body[:1024].lstrip(b"\xef\xbb\xbf\r\n\t ")
    if not head.startswith(b"%PDF-"):
        raise TableError(f"not a PDF (starts with {body[:16]!r})")
    import pdfplumber

    with pdfplumber.open(io.BytesIO(body)) as pdf:
        pages = [_page_rows(page.extract_tables()) for page in pdf.pages]
        if not any(pages):
            pages = [_page_rows(page.extract_tables(_TEXT_STRATEGY)) for page in pdf.pages]
    grid: Grid = []
    header: Grid = []
    for rows in pages:
        if not rows:
            continue
        if not header:
            header = rows[:header_rows]
            grid.extend(rows)
            continue
        if rows[:len(header)] == header:
            rows = rows[len(header):]
        if rows and len(grid) > len(header) and not rows[0][0] and any(rows[0]) \
                and len(rows[0]) == len(grid[-1]):
            grid[-1] = [" ".join(p for p in (a, b) if p) for a, b in zip(grid[-1], rows[0],
                                                                          strict=True)]
            rows = rows[1:]
        grid.extend(rows)
    return grid


def _page_rows(tables: list[list[list[str | None]]]) -> Grid:
    rows = [[cell_text(v) for v in row] for table in tables for row in table]
    return [row for row in rows if any(row)]


def read_grid(body: bytes, fmt: str, delimiter: str = ",", header_rows: int = 1) -> Grid:
    """The cells of a ``csv``, ``xlsx`` or ``pdf`` file; raises on a damaged file."""
    if fmt == "xlsx":
        return xlsx_grid(body)
    if fmt == "pdf":
        return pdf_grid(body, header_rows)
    return csv_grid(body, delimiter)


def column_names(header: Grid) -> list[str]:
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
        seen[name] = seen.get(name, 0) + 1
        names.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return names


def split_header(grid: Grid, header_rows: int = 1) -> tuple[list[str], Grid]:
    """(column names, data rows): blank rows and repeats of the header rows are dropped."""
    rows = [row for row in grid if any(row)]
    header, data = rows[:header_rows], rows[header_rows:]
    return column_names(header), [row for row in data if row not in header]
