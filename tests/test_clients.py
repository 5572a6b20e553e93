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
    assert main(["--db", db, "clients", "import", str(csv_path)]) == 0
    err = capsys.readouterr().err
    assert f"{csv_path}:3 legal_name: missing" in err
    assert f"{csv_path}:4 rm_email:" in err
    assert main(["--db", db, "clients", "list"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("G1\tEskimavi Cam A.Ş.\tBursa")


def test_clients_import_unreadable_file_exits_2(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'radar_core.db'}"
    assert main(["--db", db, "clients", "import", str(tmp_path / "absent.csv")]) == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name\n1,x\n", encoding="utf-8")
    assert main(["--db", db, "clients", "import", str(bad)]) == 2
