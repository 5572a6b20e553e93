"""The radar CLI: exit codes that mean something, and the core commands end to end."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from radar.cli import main
from radar_core.db import connect, session_scope
from radar_core.db.models import Document

CLIENTS = """client_id,legal_name,aliases,tax_id,city,sector,rm_email,parent_id,segment
K001,Anadolu Kiremit Sanayi ve Ticaret A.Ş.,Anadolu Kiremit|ANKRM,1234567890,Eskişehir,Seramik,deniz.kara@bank.example,,commercial
"""


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "-q", *args])


def test_help_lists_the_pipeline(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for name in ("demo", "clients", "crawl", "process", "alerts", "extract", "link", "mail"):
        assert f"  {name}" in out


def test_bad_usage_exits_2_with_one_line(data_dir, capsys):
    assert run(data_dir, "process", "--as-of", "yesterday") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--as-of" in err[0]
    assert main(["no-such-command"]) == 2


def test_process_then_alerts_list(data_dir, tmp_path, capsys):
    register = tmp_path / "clients.csv"
    from entity_linking.register import vkn_ok

    tax = next(f"123456789{d}" for d in range(10) if vkn_ok(f"123456789{d}"))
    register.write_text(CLIENTS.replace("1234567890", tax), encoding="utf-8")
    assert run(data_dir, "clients", "import", str(register)) == 0
    sessions = connect(f"sqlite:///{(data_dir / 'radar_core.db').resolve()}")
    now = datetime.now(UTC).replace(tzinfo=None)
    with session_scope(sessions) as s:
        s.add(Document(
            external_id="n1", url="https://haber.example/anadolu-kiremit-konkordato",
            content_hash="h1", source="Haber", source_type="news", lang="tr",
            published=now, fetched=now, title="Anadolu Kiremit konkordato talep etti",
            text="Eskişehir merkezli Anadolu Kiremit Sanayi ve Ticaret A.Ş., mahkemeye başvurarak "
                 "konkordato talep etti. Şirketin bankalara borcu 300 milyon TL.",
        ))
    capsys.readouterr()
    assert run(data_dir, "process") == 0
    out = capsys.readouterr().out
    assert "events new: 1" in out
    assert run(data_dir, "process") == 0  # idempotent: nothing left to do
    assert "documents: 0" in capsys.readouterr().out
    assert run(data_dir, "alerts", "list", "--format", "json", "--polarity", "risk") == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines and all(a["polarity"] == "risk" for a in lines)
    assert any(a["client_id"] == "K001" for a in lines)
    assert lines[0]["events"][0]["url"] == "https://haber.example/anadolu-kiremit-konkordato"
    assert run(data_dir, "alerts", "list", "--polarity", "opportunity") == 0
    assert "no alerts match" in capsys.readouterr().err


def test_db_status_and_config(data_dir, capsys):
    assert run(data_dir, "db", "upgrade") == 0
    assert run(data_dir, "db", "status") == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    database, code = line.split()[1], line.split()[3]
    assert database == code != "none"  # upgraded to the code's head revision
    assert run(data_dir, "config") == 0
    assert "RADAR_DATABASE_URL" in capsys.readouterr().out
