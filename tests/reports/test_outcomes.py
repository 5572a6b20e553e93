"""Outcomes import: validation with line numbers, CSV and XLSX, idempotent upsert, the command."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest
from click.testing import CliRunner
from sqlalchemy import select

from radar.commands.outcomes import command as outcomes_command
from radar.context import AppContext
from radar.reporting.outcomes import import_outcomes
from radar_core.config import load_settings
from radar_core.db import session_scope
from radar_core.db.models import Client, Outcome
from radar_core.errors import InputError, RadarError
from reports.outcomes import parse_number, read_outcomes

GOOD = """client_id,kind,date,amount,currency,note,reason,competitor,offered_price,competitor_price
K1,loan_opened,2026-03-01,"1.250.000,50",TRY,new plant loan,,,,
K1,offer_rejected,05.04.2026,2000000,TRY,,price,Bank Z,43.5,41.75
K2,default,2026-05-01,,,,,,,
K9,npl,2026-05-02,100,TRY,,,,,
K1,sale,2026-05-03,100,TRY,,,,,
K2,loan_opened,2026-13-40,100,TRY,,,,,
K2,loan_opened,2026-06-01,lots,TRY,,,,,
"""


@pytest.fixture
def register(sessions):
    with session_scope(sessions) as s:
        for cid in ("K1", "K2"):
            s.add(Client(client_id=cid, legal_name=f"{cid} A.Ş.", aliases=[], updated_at=datetime(2026, 1, 1)))
    return sessions


def test_numbers_as_banks_write_them():
    assert parse_number("1.250.000,50") == 1250000.5
    assert parse_number("1,250,000.50") == 1250000.5
    assert parse_number("42,5") == 42.5
    assert parse_number("42.5 %") == 42.5
    assert parse_number("3 000 000 TL") == 3000000
    with pytest.raises(ValueError):
        parse_number("lots")


def test_bad_lines_are_reported_with_line_numbers(tmp_path):
    path = tmp_path / "o.csv"
    path.write_text(GOOD, encoding="utf-8")
    result = read_outcomes(path, known_ids={"K1", "K2"})
    assert [(p.line, p.field, p.severity) for p in result.problems] == [
        (5, "client_id", "warning"), (6, "kind", "error"), (7, "date", "error"), (8, "amount", "error")]
    assert len(result.records) == 4
    loan, offer = result.records[0], result.records[1]
    assert loan.amount == 1250000.5 and loan.date == date(2026, 3, 1)
    assert offer.date == date(2026, 4, 5) and offer.offered_price == 43.5
    assert offer.note == "competitor_price=41.75" and offer.competitor == "Bank Z"


def test_import_is_idempotent_and_updates_in_place(tmp_path, register):
    path = tmp_path / "o.csv"
    path.write_text(GOOD, encoding="utf-8")
    records = read_outcomes(path).records
    with session_scope(register) as s:
        assert import_outcomes(s, records).as_dict() == {"created": 4, "updated": 0, "unchanged": 0}
    with session_scope(register) as s:
        assert import_outcomes(s, records).as_dict() == {"created": 0, "updated": 0, "unchanged": 4}
    path.write_text(GOOD.replace("new plant loan", "\"plant loan, 5y\""), encoding="utf-8")
    with session_scope(register) as s:
        assert import_outcomes(s, read_outcomes(path).records).updated == 1
        assert s.scalar(select(Outcome.note).where(Outcome.kind == "loan_opened")) == "plant loan, 5y"
        assert len(s.scalars(select(Outcome)).all()) == 4


def test_xlsx_with_date_cells(tmp_path):
    path = tmp_path / "o.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["client_id", "kind", "date", "amount", "currency", "note"])
    sheet.append(["K1", "restructuring", datetime(2026, 2, 3), 5000, "USD", "terms eased"])
    sheet.append([None, None, None, None, None, None])
    sheet.append(["K2", "unknown_kind", datetime(2026, 2, 4), 1, "USD", ""])
    book.save(path)
    result = read_outcomes(path)
    assert [(r.kind, r.date, r.amount) for r in result.records] == [("restructuring", date(2026, 2, 3), 5000.0)]
    assert [(p.line, p.field) for p in result.errors] == [(4, "kind")]


def test_unreadable_files(tmp_path):
    with pytest.raises(InputError):
        read_outcomes(tmp_path / "missing.csv")
    bad = tmp_path / "bad.csv"
    bad.write_text("who,what\nK1,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing column"):
        read_outcomes(bad)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(InputError):
        read_outcomes(broken)


def _run(tmp_path, args):
    app = AppContext(settings=load_settings(environ={}, database_url=f"sqlite:///{tmp_path / 'o.db'}"))
    result = CliRunner().invoke(outcomes_command, args, obj=app)
    code = result.exception.exit_code if isinstance(result.exception, RadarError) else result.exit_code
    return code, result


def test_command_exit_codes(tmp_path):
    path = tmp_path / "o.csv"
    path.write_text(GOOD, encoding="utf-8")
    code, result = _run(tmp_path, ["import", str(path)])
    assert code == 3, result.output  # imported, some lines had problems
    assert f"{path}:6 kind: unknown kind 'sale'" in result.stderr
    assert f"{path}:5 client_id: K9 is not in the client register (warning)" in result.stderr
    assert "created 4" in result.stderr and "4 bad line(s)" not in result.stderr
    code, result = _run(tmp_path, ["import", str(path)])
    assert code == 3 and "unchanged 4" in result.stderr
    clean = tmp_path / "clean.csv"
    clean.write_text("\n".join(GOOD.splitlines()[:4]) + "\n", encoding="utf-8")
    code, result = _run(tmp_path, ["import", str(clean)])
    assert code == 3 and "(warning)" in result.stderr  # K1, K2 are not in the register
    code, _ = _run(tmp_path, ["import", str(tmp_path / "nope.csv")])
    assert code == 2
    only_bad = tmp_path / "bad.csv"
    only_bad.write_text("client_id,kind,date\nK1,sale,2026-01-01\n", encoding="utf-8")
    code, _ = _run(tmp_path, ["import", str(only_bad)])
    assert code == 2


def test_command_exits_0_when_every_line_is_clean(tmp_path):
    from radar_core.db import connect

    sessions = connect(f"sqlite:///{tmp_path / 'o.db'}")
    with session_scope(sessions) as s:
        for cid in ("K1", "K2"):
            s.add(Client(client_id=cid, legal_name=f"{cid} A.Ş.", aliases=[],
                         updated_at=datetime(2026, 1, 1)))
    clean = tmp_path / "clean.csv"
    clean.write_text("\n".join(GOOD.splitlines()[:4]) + "\n", encoding="utf-8")
    code, result = _run(tmp_path, ["import", str(clean)])
    assert code == 0, result.output
    assert "created 3" in result.stderr
    assert "3  imported, but some lines had problems" in outcomes_command.commands["import"].help
