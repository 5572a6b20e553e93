"""Register reading: CSV (with BOM) and XLSX, row validation with line numbers."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from entity_linking import read_register, vkn_ok
from radar_core.errors import InputError
from tests.entity_linking.conftest import make_vkn

HEADER = "client_id,legal_name,aliases,tax_id,city,sector,rm_email,parent_id,segment,former_names"
GOOD = make_vkn("123456789")
OTHER = make_vkn("987654321")


def write(tmp_path: Path, lines: list[str], bom: bool = False) -> Path:
    path = tmp_path / "clients.csv"
    text = "\n".join(lines) + "\n"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def test_vkn_check_digit() -> None:
    assert vkn_ok(GOOD)
    wrong = GOOD[:9] + str((int(GOOD[9]) + 1) % 10)
    assert not vkn_ok(wrong)
    assert not vkn_ok("12345")


def test_reads_valid_rows_with_bom_aliases_and_former_names(tmp_path: Path) -> None:
    path = write(tmp_path, [
        HEADER,
        f"A1,Ekin Holding A.Ş.,Ekin Holding|Ekin Grubu,{GOOD},İstanbul,Holding,a@bank.example,,corporate,",
        f"A2,Ekin Un A.Ş.,Ekin Un| |Ekin Un,{OTHER},Konya,Un,b@bank.example,A1,sme,Eski Un A.Ş.|Eski Değirmen",
    ], bom=True)
    result = read_register(path)
    assert result.errors == []
    assert [c.client_id for c in result.clients] == ["A1", "A2"]
    second = result.clients[1]
    assert second.aliases == ["Ekin Un"]
    assert second.parent_id == "A1"
    assert second.former_names == ["Eski Un A.Ş.", "Eski Değirmen"]


def test_bad_rows_reported_with_line_numbers_rest_imported(tmp_path: Path) -> None:
    bad_check = GOOD[:9] + str((int(GOOD[9]) + 1) % 10)
    path = write(tmp_path, [
        HEADER,
        f"A1,Ekin Un A.Ş.,,{GOOD},Konya,Un,a@bank.example,,,",          # 2 ok
        ",Nameless A.Ş.,,,Konya,Un,a@bank.example,,,",                  # 3 no id
        "A3,,,,Konya,Un,a@bank.example,,,",                             # 4 no name
        "A1,Ekin Un Kopya A.Ş.,,,Konya,Un,a@bank.example,,,",           # 5 duplicate
        "A5,Beta A.Ş.,,,Konya,Un,not-an-email,,,",                       # 6 e-mail: kept
        "A6,Gamma A.Ş.,,12345,Konya,Un,,,,",                             # 7 5 digits: kept
        f"A7,Delta A.Ş.,,{bad_check},Konya,Un,,,,",                      # 8 check digit: kept
        "A8,Epsilon A.Ş.,,,Konya,Un,,ZZ9,,",                             # 9 unknown parent: kept
        "A9,Zeta A.Ş.,,,Konya",                                          # 10 columns
        f"A10,Eta A.Ş.,,{OTHER},Konya,Un,,A1,,",                         # 11 ok
    ])
    result = read_register(path)
    assert [c.client_id for c in result.clients] == ["A1", "A5", "A6", "A7", "A8", "A10"]
    found = [(e.line, e.field, e.severity) for e in result.problems]
    assert found == [
        (3, "client_id", "error"), (4, "legal_name", "error"), (5, "client_id", "error"),
        (6, "rm_email", "warning"), (7, "tax_id", "warning"), (8, "tax_id", "warning"),
        (9, "parent_id", "warning"), (10, "row", "error"),
    ]
    assert result.errors[0].format("clients.csv") == "clients.csv:3 client_id: missing"
    kept = {c.client_id: c for c in result.clients}
    assert kept["A5"].rm_email is None and kept["A8"].parent_id is None
    assert (kept["A7"].tax_id, kept["A7"].tax_id_verified) == (bad_check, False)
    assert (kept["A6"].tax_id, kept["A6"].tax_id_verified) == ("12345", False)
    assert kept["A1"].tax_id_verified and kept["A10"].parent_id == "A1"


def test_parent_may_be_a_known_id(tmp_path: Path) -> None:
    path = write(tmp_path, [HEADER, "A2,Ekin Un A.Ş.,,,Konya,Un,,A1,,"])
    alone = read_register(path)
    assert alone.problems[0].field == "parent_id" and alone.clients[0].parent_id is None
    assert read_register(path, known_ids={"A1"}).clients[0].parent_id == "A1"


def test_missing_required_column_is_fatal(tmp_path: Path) -> None:
    path = write(tmp_path, ["client_id,legal_name,aliases", "A1,Ekin Un,"])
    with pytest.raises(InputError, match="missing column"):
        read_register(path)


def test_missing_file_is_fatal(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_register(tmp_path / "absent.csv")


def test_broken_quoted_row(tmp_path: Path) -> None:
    path = write(tmp_path, [HEADER, 'A1,Ekin Un A.Ş.,,,Konya,Un,,,,', 'A2,"Broken,,,Konya,Un,,,,'])
    result = read_register(path)
    assert [c.client_id for c in result.clients] == ["A1"]
    assert result.errors and result.errors[0].line == 3


def test_xlsx(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER.split(","))
    sheet.append(["A1", "Ekin Un A.Ş.", "Ekin Un|EKNUN", int(GOOD), "Konya", "Un",
                  "a@bank.example", None, "sme", None])
    sheet.append(["A2", None, None, None, "Konya", "Un", None, None, None, None])
    path = tmp_path / "clients.xlsx"
    book.save(path)
    result = read_register(path)
    assert [c.client_id for c in result.clients] == ["A1"]
    assert result.clients[0].tax_id == GOOD
    assert result.clients[0].aliases == ["Ekin Un", "EKNUN"]
    assert [(e.line, e.field) for e in result.errors] == [(3, "legal_name")]
