"""Builders of real table files for the tests: PDFs (reportlab) and XLSX with merged cells."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

Rows = Sequence[Sequence[str]]


def pdf_table(pages: Sequence[Rows], repeat_header: bool = True) -> bytes:
    """A PDF with one ruled table per page; ``pages[0][0]`` is the header row.

    With ``repeat_header`` the header is printed again on top of every later page, as
    report generators do. A later page starting with an empty first cell is how a row
    cut by the page break looks.
    """
    import reportlab
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

    # Vera ships inside reportlab and has the Turkish letters (ı, ş, ğ, İ) Helvetica lacks.
    font = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    pdfmetrics.registerFont(TTFont("Vera", str(font)))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), title="table")
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("FONTNAME", (0, 0), (-1, -1), "Vera")])
    header = list(pages[0][0])
    story: list[object] = []
    for number, rows in enumerate(pages):
        data = [list(r) for r in rows]
        if number and repeat_header:
            data = [header, *data]
        story.append(Table(data, style=style))
        if number < len(pages) - 1:
            story.append(PageBreak())
    doc.build(story)
    return buffer.getvalue()


def xlsx_merged(rows: Rows, merges: Sequence[str]) -> bytes:
    """An XLSX whose ``merges`` ranges ("A1:B1") keep only their top-left value."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append([v if v != "" else None for v in row])
    for cell_range in merges:
        sheet.merge_cells(cell_range)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
