"""Registers with the faults real exports carry: every firm that can be kept is kept.

Typos in tax numbers, a leading zero lost by Excel, a sole proprietor's 11-digit TCKN,
unknown parents, ids differing only in case, formulas, merged cells and a stray quote.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl

from entity_linking import Linker, normalize_tax_id, read_register, tckn_ok
from radar_core.records import ClientRecord
from tests.entity_linking.conftest import make_vkn

HEADER = "client_id,legal_name,aliases,tax_id,city,sector,rm_email,parent_id,segment,former_names"
GOOD = make_vkn("123456789")
ZERO_LED = make_vkn("012345670")  # a VKN starting with 0: Excel shows it as 9 digits


def make_tckn(prefix: str) -> str:
    """Complete a 9-digit prefix (first digit not 0) with the two TCKN check digits."""
    d = [int(c) for c in prefix]
    tenth = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    eleventh = (sum(d) + tenth) % 10
    return f"{prefix}{tenth}{eleventh}"


TCKN = make_tckn("104857391")


def wrong_digit(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "clients.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def kept(result: object) -> dict[str, ClientRecord]:
    return {c.client_id: c for c in result.clients}  # type: ignore[attr-defined]


def test_tax_numbers_are_normalised_and_checked() -> None:
    assert ZERO_LED.startswith("0") and tckn_ok(TCKN) and not tckn_ok(wrong_digit(TCKN))
    assert normalize_tax_id(f" {GOOD[:3]} {GOOD[3:6]}.{GOOD[6:]} ") == (GOOD, True, "")
    assert normalize_tax_id(ZERO_LED[1:]) == (ZERO_LED, True, "")  # Excel dropped the zero
    assert normalize_tax_id(TCKN) == (TCKN, True, "")
    number, verified, problem = normalize_tax_id(wrong_digit(GOOD))
    assert (number, verified) == (wrong_digit(GOOD), False) and "check digit" in problem
    number, verified, problem = normalize_tax_id(wrong_digit(TCKN))
    assert (number, verified) == (wrong_digit(TCKN), False) and "TCKN" in problem
    assert normalize_tax_id("1.23457E+09")[1] is False  # a CSV that lost the digits
    assert normalize_tax_id("") == (None, True, "")


def test_wrong_check_digit_keeps_the_firm_unverified(tmp_path: Path) -> None:
    path = write(tmp_path, [
        HEADER,
        f"T1,Ekin Un A.Ş.,,{wrong_digit(GOOD)},Konya,Un,,,,",
        f"T2,Ekin Cam A.Ş.,,{ZERO_LED[1:]},Bursa,Cam,,,,",
        f"T3,Ahmet Yılmaz Ticaret,,{TCKN},Konya,Un,,,,",
        f"T4,Ekin Süt A.Ş.,,{GOOD[:5]} {GOOD[5:]},Konya,Süt,,,,",
    ])
    result = read_register(path)
    firms = kept(result)
    assert list(firms) == ["T1", "T2", "T3", "T4"]
    assert (firms["T1"].tax_id, firms["T1"].tax_id_verified) == (wrong_digit(GOOD), False)
    assert (firms["T2"].tax_id, firms["T2"].tax_id_verified) == (ZERO_LED, True)
    assert (firms["T3"].tax_id, firms["T3"].tax_id_verified) == (TCKN, True)
    assert (firms["T4"].tax_id, firms["T4"].tax_id_verified) == (GOOD, True)
    assert [(p.line, p.field, p.severity) for p in result.problems] == [(2, "tax_id", "warning")]
    assert result.problems[0].format(path).endswith("kept unverified (warning)")


def test_unknown_parent_is_reported_and_cleared_firm_kept(tmp_path: Path) -> None:
    path = write(tmp_path, [
        HEADER,
        "P1,Ekin Holding A.Ş.,,,İstanbul,Holding,,,,",
        "P2,Ekin Un A.Ş.,,,Konya,Un,,NOPE,,",
        "P3,Ekin Cam A.Ş.,,,Bursa,Cam,,p1,,",     # parent written in another case
        "P4,Ekin Süt A.Ş.,,,Konya,Süt,,P4,,",     # its own parent
    ])
    result = read_register(path)
    firms = kept(result)
    assert list(firms) == ["P1", "P2", "P3", "P4"]
    assert firms["P2"].parent_id is None and firms["P4"].parent_id is None
    assert firms["P3"].parent_id == "P1"
    assert [(p.line, p.field, p.severity) for p in result.problems] == [
        (3, "parent_id", "warning"), (5, "parent_id", "warning")]
    assert "'NOPE'" in result.problems[0].message


def test_ids_differing_in_case_are_one_client(tmp_path: Path) -> None:
    path = write(tmp_path, [
        HEADER,
        "Ab1,Ekin Un A.Ş.,,,Konya,Un,,,,",
        "AB1,Ekin Un Kopya A.Ş.,,,Konya,Un,,,,",
        "c1,Ekin Cam A.Ş.,,,Bursa,Cam,,,,",
    ])
    result = read_register(path)
    assert [c.client_id for c in result.clients] == ["Ab1", "c1"]
    assert [(p.line, p.field, p.severity) for p in result.problems] == [(3, "client_id", "error")]
    assert "same client as 'Ab1' (ids ignore case) on line 2" in result.problems[0].message
    # A stored client keeps its spelling: the row updates it rather than adding a twin.
    stored = read_register(path, known_ids={"C1"})
    assert [c.client_id for c in stored.clients] == ["Ab1", "C1"]
    assert any(p.line == 4 and p.severity == "warning" for p in stored.problems)


def test_unclosed_quote_costs_one_row_not_the_rest(tmp_path: Path) -> None:
    path = write(tmp_path, [
        HEADER,
        "Q1,Ekin Un A.Ş.,,,Konya,Un,,,,",
        'Q2,"Ekin Cam A.Ş.,,,Bursa,Cam,,,,',
        "Q3,Ekin Süt A.Ş.,,,Konya,Süt,,,,",
        'Q4,"Ekin ""Kuzey"" Metal A.Ş.",,,Kocaeli,Metal,,,,',
        "Q5,Ekin Tekstil A.Ş.,,,Denizli,Tekstil,,,,",
    ])
    result = read_register(path)
    assert [c.client_id for c in result.clients] == ["Q1", "Q3", "Q4", "Q5"]
    assert [(p.line, p.field) for p in result.problems] == [(3, "row")]
    assert kept(result)["Q4"].legal_name == 'Ekin "Kuzey" Metal A.Ş.'


def _save(book: openpyxl.Workbook, path: Path, cached: dict[str, str] | None = None) -> Path:
    """Save ``book``; ``cached`` gives formula cells (by reference) a saved value, as Excel does."""
    book.save(path)
    if cached:
        with zipfile.ZipFile(path) as source:
            parts = {name: source.read(name) for name in source.namelist()}
        sheet = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
        for ref, value in cached.items():
            head = f'<c r="{ref}">'
            start = sheet.index(head)
            end = sheet.index("<v></v>", start)
            sheet = (sheet[:start] + f'<c r="{ref}" t="str">' + sheet[start + len(head):end]
                     + f"<v>{value}</v>" + sheet[end + len("<v></v>"):])
        parts["xl/worksheets/sheet1.xml"] = sheet.encode("utf-8")
        with zipfile.ZipFile(path, "w") as target:
            for name, body in parts.items():
                target.writestr(name, body)
    return path


def test_xlsx_formula_reads_its_saved_value_or_is_reported(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER.split(","))
    sheet.append(["F1", '=CONCAT("Ekin Un"," A.Ş.")', None, None, "Konya", "Un"])
    sheet.append(["F2", '=CONCAT("Ekin Cam"," A.Ş.")', None, None, "Bursa", "Cam"])
    sheet.append(["F3", "Ekin Süt A.Ş.", None, None, "Konya", "Süt"])
    path = _save(book, tmp_path / "clients.xlsx", cached={"B2": "Ekin Un A.Ş."})
    result = read_register(path)
    assert [(c.client_id, c.legal_name) for c in result.clients] == [
        ("F1", "Ekin Un A.Ş."), ("F3", "Ekin Süt A.Ş.")]
    assert [(p.line, p.field) for p in result.problems] == [(3, "legal_name")]
    assert "formula =CONCAT" in result.problems[0].message
    assert "no saved value" in result.problems[0].message


def test_xlsx_merged_cells_are_filled_down(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER.split(","))
    sheet.append(["M1", "Ekin Un A.Ş.", None, None, "Konya", "Gıda", "rm@bank.example"])
    sheet.append(["M2", "Ekin Süt A.Ş.", None, None, None, None, None])
    sheet.append(["M3", "Ekin Yağ A.Ş.", None, None, None, None, None])
    sheet.append(["M4", "Ekin Cam A.Ş.", None, None, "Bursa", "Cam", None])
    sheet.merge_cells("E2:E4")
    sheet.merge_cells("F2:F4")
    sheet.merge_cells("G2:G4")
    result = read_register(_save(book, tmp_path / "clients.xlsx"))
    assert result.problems == []
    assert [(c.client_id, c.city, c.sector, c.rm_email) for c in result.clients] == [
        ("M1", "Konya", "Gıda", "rm@bank.example"), ("M2", "Konya", "Gıda", "rm@bank.example"),
        ("M3", "Konya", "Gıda", "rm@bank.example"), ("M4", "Bursa", "Cam", None)]


def test_unverified_tax_number_never_links_by_identifier(tmp_path: Path) -> None:
    typo = wrong_digit(GOOD)
    other = make_vkn("555666777")
    path = write(tmp_path, [
        HEADER,
        f"U1,Yıldırım Lojistik A.Ş.,,{typo},Mersin,Lojistik,,,,",
        f"U2,Karadeniz Fındık A.Ş.,,{other},Ordu,Gıda,,,,",
        "U3,Yıldırım Tekstil A.Ş.,,,Denizli,Tekstil,,,,",
    ])
    clients = read_register(path).clients
    linker = Linker.from_clients(clients)
    assert typo not in linker.by_tax_id and other in linker.by_tax_id
    # The number as the mention: a verified one links directly, an unverified one does not.
    assert linker.link(f"VKN {other}").client_id == "U2"
    assert linker.link(f"VKN {typo}").client_id is None
    # In the context it counts as nothing: the same answer as with no number on file.
    without = Linker.from_clients([ClientRecord(**{**c.__dict__, "tax_id": None})
                                   for c in clients])
    context = f"Vergi No: {typo} olan Yıldırım firması Mersin limanında"
    got, expected = linker.link("Yıldırım", context), without.link("Yıldırım", context)
    assert "identifier" not in got.features.get("features", {})
    assert (got.client_id, got.status, got.confidence) == (
        expected.client_id, expected.status, expected.confidence)
    # Whereas the same number, verified, is an identifier.
    fixed = [ClientRecord(**{**c.__dict__, "tax_id_verified": True}) for c in clients]
    verified = Linker.from_clients(fixed).link("Yıldırım", context)
    assert "identifier" in verified.features["features"]
