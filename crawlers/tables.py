"""Table files of sources as tables: CSV, XLSX (merged cells filled) and PDF tables.

Public lists (investment-incentive certificates, registries) come as CSV, as XLSX with
merged header and group cells, or as PDF print-outs whose table runs over many pages
with the header repeated on each. CSV and XLSX are read by ``radar_core.tables`` (a
merged cell carries its top-left value; a CSV that is not UTF-8 is read as Windows-1254);
PDF tables are reduced here to the same rows, so the table spider treats all alike: a PDF
header repeated on a later page is dropped, and a row that a page break cut in two (its
first cell empty on the next page) is joined back to its first half.
"""

from __future__ import annotations

import io

from radar_core.errors import InputError
from radar_core.tables import Cells, Table, cell_text, read_table, to_table

Grid = list[Cells]
# pdfplumber's fallback for tables drawn without ruling lines: columns from text gaps.
_TEXT_STRATEGY = {"vertical_strategy": "text", "horizontal_strategy": "text"}


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
        raise InputError(f"not a PDF (starts with {body[:16]!r})")
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


def read_source_table(body: bytes, fmt: str, name: str, delimiter: str = ",",
                      header_rows: int = 1) -> Table:
    """The table of a ``csv``, ``xlsx`` or ``pdf`` file: columns, rows, broken rows.

    Raises ``InputError`` for a file that is not of its format, and the libraries' own
    errors for a damaged one.
    """
    if fmt == "pdf":
        grid = pdf_grid(body, header_rows)
        return to_table(list(enumerate(grid, 1)), name=name, header_rows=header_rows)
    return read_table(body, fmt, name=name, delimiter=delimiter, fallback_encoding="cp1254",
                      merged_cells=True, header_rows=header_rows)
