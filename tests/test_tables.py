"""The one table reader: numbered rows from CSV, XLSX and JSON Lines."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from radar_core.errors import InputError
from radar_core.tables import jsonl_rows, read_table, read_table_file, sniff_delimiter


def test_delimiter_is_sniffed_from_the_header_line() -> None:
    assert sniff_delimiter("a;b;c\n1,5;2;3\n") == ";"
    assert sniff_delimiter("\nid\tname|alias\n") == "\t"
    assert sniff_delimiter("id,aliases\n1,A|B|C|D\n") == ","
    assert sniff_delimiter("single\n") == ","


def test_bom_header_lower_names_and_broken_rows_by_line() -> None:
    body = ("\ufeffID;Name\n1;Ada\n2;\"broken\n").encode()
    table = read_table(body, "csv", name="t.csv", lower=True, required=("id",))
    assert table.columns == ["id", "name"] and table.header_line == 1
    assert table.rows == [(2, {"id": "1", "name": "Ada"})]
    assert [(p.line, p.field) for p in table.broken] == [(3, "row")]


def test_a_broken_quote_mid_file_does_not_stop_the_reading() -> None:
    body = b'id,name\n1,"a"b\n2,c\n'
    table = read_table(body, "csv", name="t.csv")
    assert [line for line, _ in table.rows] == [3]
    assert [p.line for p in table.broken] == [2]


def test_width_rules() -> None:
    body = b"a,b,c\n1,2\n1,2,3,4\n1,2,3,\n"
    strict = read_table(body, "csv", name="t.csv")
    assert [p.line for p in strict.broken] == [2, 3, 4]
    loose = read_table(body, "csv", name="t.csv", exact_width=False)
    assert [(line, row["c"]) for line, row in loose.rows] == [(2, ""), (4, "3")]
    assert [p.line for p in loose.broken] == [3]


def test_non_utf8_is_named_with_its_line_unless_a_fallback_is_given() -> None:
    body = "a\nKağıt\n".encode("cp1254")
    with pytest.raises(InputError, match=r"t\.csv:2 \(encoding\): not UTF-8"):
        read_table(body, "csv", name="t.csv")
    assert read_table(body, "csv", name="t.csv", fallback_encoding="cp1254").rows == [
        (2, {"a": "Kağıt"})]


def test_xlsx_rows_keep_sheet_lines_and_skip_blank_rows(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["ID", "Amount", "Note"], [None, None, None], ["1", 2500.0, None]):
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / "t.xlsx"
    path.write_bytes(buffer.getvalue())
    table = read_table_file(path, lower=True, required=("id", "amount"))
    assert table.rows == [(3, {"id": "1", "amount": "2500", "note": ""})]
    with pytest.raises(InputError, match="missing column"):
        read_table_file(path, required=("client_id",))
    with pytest.raises(InputError, match="no such file"):
        read_table_file(tmp_path / "none.csv")


def test_jsonl_rows(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text('{"id": 1}\n\n{"id": 2}\n', encoding="utf-8")
    assert list(jsonl_rows(path)) == [(1, {"id": 1}), (3, {"id": 2})]
    path.write_text('{"id": 1}\n[1]\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"d\.jsonl:2 \(json\): expected a JSON object"):
        list(jsonl_rows(path))
