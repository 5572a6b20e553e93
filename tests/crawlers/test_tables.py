"""Reading table files: PDF tables over pages, merged XLSX cells, CSV, damaged files."""

from __future__ import annotations

import io
from datetime import datetime

import pytest

from crawlers.tables import read_source_table
from radar_core.errors import InputError
from radar_core.tables import Table, cell_text, column_names
from tests.crawlers.tablefiles import pdf_table, xlsx_merged

HEADER = ["Belge No", "Firma", "Yatırım Tutarı (TL)", "İl"]


def read(body: bytes, fmt: str, delimiter: str = ",", header_rows: int = 1) -> Table:
    return read_source_table(body, fmt, f"t.{fmt}", delimiter, header_rows)


def split(table: Table) -> tuple[list[str], list[list[str]]]:
    """(column names, data rows as lists of cells)."""
    return table.columns, [list(row.values()) for _, row in table.rows]


def test_pdf_table_over_pages_drops_repeated_header_and_joins_cut_row() -> None:
    body = pdf_table([
        [HEADER, ["501", "Kuzey Cam Sanayi A.Ş.", "12.500.000", "Bursa"],
         ["502", "Güneydoğu Un Fabrikası", "3.000.000", "Mardin"]],
        # The page break cut this row: its firm name goes on at the top of the next page.
        [["503", "Batı Liman İşletmeleri", "90.000.000", "İzmir"]],
        [["", "ve Ticaret A.Ş.", "", ""], ["504", "Doğu Şeker A.Ş.", "7.250.000", "Ağrı"]],
    ])
    names, rows = split(read(body, "pdf"))
    assert names == HEADER
    assert rows == [
        ["501", "Kuzey Cam Sanayi A.Ş.", "12.500.000", "Bursa"],
        ["502", "Güneydoğu Un Fabrikası", "3.000.000", "Mardin"],
        ["503", "Batı Liman İşletmeleri ve Ticaret A.Ş.", "90.000.000", "İzmir"],
        ["504", "Doğu Şeker A.Ş.", "7.250.000", "Ağrı"],
    ]


def test_pdf_without_repeated_header_keeps_every_row() -> None:
    body = pdf_table([[HEADER, ["1", "A Firma", "10", "Van"]], [["2", "B Firma", "20", "Muş"]]],
                     repeat_header=False)
    assert split(read(body, "pdf"))[1] == [["1", "A Firma", "10", "Van"],
                                                        ["2", "B Firma", "20", "Muş"]]


def test_not_a_pdf_and_a_damaged_pdf_are_refused() -> None:
    with pytest.raises(InputError, match="not a PDF"):
        read(b"<html>Bakim</html>", "pdf")
    good = pdf_table([[HEADER, ["1", "A Firma", "10", "Van"]]])
    with pytest.raises(Exception):  # noqa: B017 - pdfminer raises several syntax errors
        read(good[:200], "pdf")


def test_xlsx_merged_cells_take_the_top_left_value() -> None:
    body = xlsx_merged(
        [["Firma", "Yatırım", "", "Tarih"],
         ["", "Tutar", "İstihdam", ""],
         ["Ege Zeytin A.Ş.", "4000000", "35", datetime(2026, 2, 1)],
         ["Marmara Boya A.Ş.", "9000000", "", datetime(2026, 2, 2)],
         ["Marmara Boya Ltd.", "", "", ""]],
        # Vertical header merges, a group over two sub-columns, and data merged over rows.
        ["A1:A2", "B1:C1", "D1:D2", "C4:C5", "B4:B5", "D4:D5"])
    names, rows = split(read(body, "xlsx", header_rows=2))
    assert names == ["Firma", "Yatırım Tutar", "Yatırım İstihdam", "Tarih"]
    assert rows == [["Ege Zeytin A.Ş.", "4000000", "35", "2026-02-01"],
                    ["Marmara Boya A.Ş.", "9000000", "", "2026-02-02"],
                    ["Marmara Boya Ltd.", "9000000", "", "2026-02-02"]]


def test_truncated_xlsx_and_wrong_file_are_refused() -> None:
    body = xlsx_merged([["a", "b"], ["1", "2"]], [])
    with pytest.raises(Exception):  # noqa: B017 - zipfile.BadZipFile or a KeyError
        read(body[: len(body) // 2], "xlsx")
    with pytest.raises(InputError, match="not an XLSX"):
        read(b"tarih,firma\n01.02.2026,X\n", "xlsx")


def test_csv_grid_and_header_names() -> None:
    body = "tarih;firma\n\n01.02.2026;Örnek\ntarih;firma\n02.02.2026;Yarım;fazla\n".encode("cp1254")
    table = read(body, "csv", ";")
    assert split(table) == (["tarih", "firma"], [["01.02.2026", "Örnek"]])
    assert [(b.line, b.message) for b in table.broken] == [(5, "expected 2 columns, found 3")]
    assert column_names([["a", "", "a"]]) == ["a", "column_2", "a_2"]


def test_cell_text() -> None:
    assert cell_text(5000000.0) == "5000000" and cell_text(2.5) == "2.5"
    assert cell_text(datetime(2026, 3, 1, 14, 30)) == "2026-03-01 14:30:00"
    assert cell_text(" Çok\n satırlı  hücre ") == "Çok satırlı hücre"
    assert cell_text(None) == ""


def test_pdf_table_without_ruling_lines_is_read_from_text_alignment() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    for i, row in enumerate([["Code", "Company", "Amount"], ["11", "Alpha Mining", "250"],
                             ["12", "Beta Foods", "975"]]):
        for x, value in zip((60, 200, 420), row, strict=True):
            page.drawString(x, 760 - 18 * i, value)
    page.save()
    names, rows = split(read(buffer.getvalue(), "pdf"))
    assert names == ["Code", "Company", "Amount"]
    assert rows == [["11", "Alpha Mining", "250"], ["12", "Beta Foods", "975"]]
