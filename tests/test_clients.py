"""Client register storage: upsert, name history (renames), and ``radar clients``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from entity_linking import Linker
from radar.cli import main
from radar.clients import import_clients, load_clients
from radar_core.db import connect, session_scope
from radar_core.db.models import ClientName
from radar_core.records import ClientRecord


def record(**changes: object) -> ClientRecord:
    base = ClientRecord(client_id="G1", legal_name="Eskimavi Cam Sanayi A.Ş.",
                        aliases=["Eskimavi Cam"], city="Bursa", sector="Cam", parent_id=None)
    for key, value in changes.items():
        setattr(base, key, value)
    return base


@pytest.fixture
def memory_sessions():  # type: ignore[no-untyped-def]
    return connect("sqlite://")


def test_import_then_reimport_is_idempotent(memory_sessions, clock: Callable[[], datetime]) -> None:
    with session_scope(memory_sessions) as session:
        stats = import_clients(session, [record()], clock)
        assert (stats.created, stats.names_added) == (1, 2)
    with session_scope(memory_sessions) as session:
        stats = import_clients(session, [record()], clock)
        assert (stats.created, stats.updated, stats.unchanged) == (0, 0, 1)
    with session_scope(memory_sessions) as session:
        loaded = load_clients(session)
    assert [c.client_id for c in loaded] == ["G1"]
    assert loaded[0].aliases == ["Eskimavi Cam"] and loaded[0].former_names == []


def test_rename_keeps_old_name_as_former(memory_sessions, clock: Callable[[], datetime]) -> None:
    with session_scope(memory_sessions) as session:
        import_clients(session, [record()], clock)
    renamed = record(legal_name="Yenimavi Cam Sanayi A.Ş.", aliases=["Yenimavi Cam"])
    with session_scope(memory_sessions) as session:
        stats = import_clients(session, [renamed], clock)
        assert (stats.updated, stats.renamed) == (1, 1)
    with session_scope(memory_sessions) as session:
        kinds = {n.name: n.kind for n in session.scalars(select(ClientName))}
        clients = load_clients(session)
    assert kinds == {
        "Yenimavi Cam Sanayi A.Ş.": "legal", "Yenimavi Cam": "alias",
        "Eskimavi Cam Sanayi A.Ş.": "former", "Eskimavi Cam": "former",
    }
    assert set(clients[0].former_names) == {"Eskimavi Cam Sanayi A.Ş.", "Eskimavi Cam"}
    linker = Linker.from_clients(clients)
    assert linker.link("Eskimavi Cam'ın").client_id == "G1"
    assert linker.link("Yenimavi Cam").client_id == "G1"


def test_group_parent_kept(memory_sessions, clock: Callable[[], datetime]) -> None:
    holding = ClientRecord(client_id="H1", legal_name="Tepemavi Holding A.Ş.",
                           aliases=["Tepemavi Holding"])
    child = ClientRecord(client_id="H2", legal_name="Tepemavi Enerji A.Ş.", parent_id="H1")
    with session_scope(memory_sessions) as session:
        import_clients(session, [holding, child], clock)
    with session_scope(memory_sessions) as session:
        loaded = {c.client_id: c for c in load_clients(session)}
    assert loaded["H2"].parent_id == "H1"
    linker = Linker.from_clients(list(loaded.values()))
    assert linker.link("Tepemavi Holding").client_id == "H1"


def test_clients_import_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_path = tmp_path / "clients.csv"
    csv_path.write_text(
        "client_id,legal_name,aliases,tax_id,city,sector,rm_email\n"
        "G1,Eskimavi Cam A.Ş.,Eskimavi,,Bursa,Cam,rm@bank.example\n"
        "G2,,,,Bursa,Cam,rm@bank.example\n"
        "G3,Derinmavi Un A.Ş.,,,Konya,Un,broken-email\n",
        encoding="utf-8",
    )
    db = f"sqlite:///{tmp_path / 'radar_core.db'}"
    assert main(["--db", db, "clients", "import", str(csv_path)]) == 3  # rows had problems
    err = capsys.readouterr().err
    assert f"{csv_path}:3 legal_name: missing" in err
    assert f"{csv_path}:4 rm_email:" in err and "(warning)" in err
    assert main(["--db", db, "clients", "list"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("G1\tEskimavi Cam A.Ş.\tBursa")


def test_clients_import_unreadable_file_exits_2(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'radar_core.db'}"
    assert main(["--db", db, "clients", "import", str(tmp_path / "absent.csv")]) == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name\n1,x\n", encoding="utf-8")
    assert main(["--db", db, "clients", "import", str(bad)]) == 2


REGISTER_HEADER = "client_id,legal_name,aliases,tax_id,city,sector,rm_email,parent_id\n"


def test_clients_import_exit_codes_and_unverified_tax_number_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.entity_linking.conftest import make_vkn

    good = make_vkn("123456789")
    typo = good[:-1] + str((int(good[-1]) + 1) % 10)
    db = f"sqlite:///{tmp_path / 'radar_core.db'}"
    clean = tmp_path / "clean.csv"
    clean.write_text(REGISTER_HEADER + f"H1,Tepemavi Holding A.Ş.,,{good},İstanbul,Holding,,\n",
                     encoding="utf-8")
    assert main(["--db", db, "clients", "import", str(clean)]) == 0
    messy = tmp_path / "messy.csv"
    messy.write_text(
        REGISTER_HEADER
        + f"H2,Tepemavi Enerji A.Ş.,,{typo},İzmir,Enerji,,h1\n"   # typo; parent in the db
        + "h1,Tepemavi Holding A.Ş.,,,İstanbul,Holding,,\n"        # stored as H1
        + "H3,Tepemavi Un A.Ş.,,,Konya,Un,,NOPE\n"                 # unknown parent
        + 'H4,"Tepemavi Cam A.Ş.,,,Bursa,Cam,,\n'                   # unclosed quote
        + "H5,Tepemavi Süt A.Ş.,,,Konya,Süt,,\n",
        encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", db, "clients", "import", str(messy)]) == 3
    err = capsys.readouterr().err
    assert f"{messy}:2 tax_id: check digit does not match" in err
    assert f"{messy}:3 client_id: 'h1' is stored as 'H1'" in err
    assert f"{messy}:4 parent_id: unknown parent 'NOPE'" in err
    assert f"{messy}:5 row: broken CSV row" in err
    assert "1 unverified tax number(s)" in err
    sessions = connect(db)
    with session_scope(sessions) as session:
        stored = {c.client_id: c for c in load_clients(session)}
    assert sorted(stored) == ["H1", "H2", "H3", "H5"]
    assert (stored["H2"].tax_id, stored["H2"].tax_id_verified) == (typo, False)
    assert stored["H2"].parent_id == "H1" and stored["H3"].parent_id is None
    assert stored["H1"].tax_id is None and stored["H1"].tax_id_verified  # re-imported blank
    nothing = tmp_path / "nothing.csv"
    nothing.write_text(REGISTER_HEADER + ",No Id A.Ş.,,,,,,\n", encoding="utf-8")
    assert main(["--db", db, "clients", "import", str(nothing)]) == 2
    capsys.readouterr()
    assert main(["clients", "import", "--help"]) == 0
    assert "3  imported, but some rows had problems" in capsys.readouterr().out


def test_clients_import_exit_3_in_a_subprocess(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    register = tmp_path / "clients.csv"
    register.write_text(REGISTER_HEADER + "S1,Sarımavi Un A.Ş.,,12345,Konya,Un,,\n",
                        encoding="utf-8")
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-m", "radar.cli", "--db", f"sqlite:///{tmp_path / 'r.db'}",
         "clients", "import", str(register)],
        capture_output=True, text=True, env=env, cwd=root, check=False)
    assert done.returncode == 3, done.stderr
    assert "tax_id: 5 digits" in done.stderr and "Traceback" not in done.stderr
