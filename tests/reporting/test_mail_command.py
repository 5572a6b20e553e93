"""``radar mail`` in-process: exit codes, dry run, outbox, SMTP outage and recovery."""

from __future__ import annotations

import os
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from sqlalchemy import select

from radar.cli import main
from radar_core.db import connect, session_scope
from radar_core.db.models import EmailMessage, JobRun
from tests.reporting.conftest import World
from tests.reports.conftest import MAIL_FROM, RESEARCH, PortZeroController, Sink


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    for key in list(os.environ):
        if key.startswith("RADAR_"):
            monkeypatch.delenv(key)
    url = f"sqlite:///{tmp_path / 'radar_core.db'}"
    monkeypatch.setenv("RADAR_DATABASE_URL", url)
    monkeypatch.setenv("RADAR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("RADAR_MAIL_FROM", MAIL_FROM)
    monkeypatch.setenv("RADAR_RESEARCH_MAILBOX", RESEARCH)
    world = World(connect(url))
    world.client("c1", "ayse@bank.example")
    world.alert("Birinci AŞ", "c1")
    world.alert("Bilinmeyen AŞ", None, polarity="opportunity")
    return world


def _statuses(world: World) -> list[str]:
    with session_scope(world.sessions) as session:
        return sorted(session.scalars(select(EmailMessage.status)))


def test_dry_run_writes_nothing(env: World, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mail", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would send\tayse@bank.example\t1 alerts" in out
    assert "would send\tresearch@bank.example\t1 alerts" in out
    assert _statuses(env) == []


def test_to_outbox(env: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outbox = tmp_path / "out"
    assert main(["mail", "--to-outbox", str(outbox)]) == 0
    out = capsys.readouterr().out
    assert out.count("sent\t") == 2
    files = sorted(outbox.glob("*.eml"))
    assert len(files) == 2
    for path in files:
        msg = message_from_bytes(path.read_bytes(), policy=policy.default)
        assert msg.get_content_type() == "multipart/alternative"
    assert main(["mail", "--to-outbox", str(outbox)]) == 0
    assert "sent\t" not in capsys.readouterr().out


def test_smtp_down_exits_1_then_recovers(env: World, dead_port: int,
                                         monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("RADAR_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("RADAR_SMTP_PORT", str(dead_port))
    assert main(["mail"]) == 1
    captured = capsys.readouterr()
    assert "2 still queued" in captured.err and "R004" in captured.err
    assert _statuses(env) == ["queued", "queued"]

    sink = Sink()
    controller = PortZeroController(sink, hostname="127.0.0.1", port=0)
    controller.start()
    try:
        monkeypatch.setenv("RADAR_SMTP_PORT", str(controller.port))
        assert main(["mail"]) == 0
        assert capsys.readouterr().out.count("sent\t") == 2
        assert main(["mail"]) == 0
        assert "sent\t" not in capsys.readouterr().out
    finally:
        controller.stop()
    assert sorted(r for item in sink.received for r in item.rcpt_tos) == [
        "ayse@bank.example", "research@bank.example"]
    assert _statuses(env) == ["sent", "sent"]
    with session_scope(env.sessions) as session:
        jobs = list(session.scalars(select(JobRun.status).where(JobRun.job == "mail")))
    assert jobs == ["partial", "ok", "ok"]
