"""PostgreSQL: migrations both ways, and the same day processed by two processes at once."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, inspect, select

from radar_core.db import connect, make_engine, session_scope
from radar_core.db.models import Alert, Base, Document, EmailAlert, EmailMessage, Event
from radar_core.db.session import alembic_config, current_revision, head_revision
from tests.ops.day import seed_day

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2025, 6, 30, 9, 0)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'm.db'}"
    return request.getfixturevalue("pg_url")


def test_migrations_downgrade_to_base_and_upgrade_to_the_models(any_url):
    engine = make_engine(any_url)
    cfg = alembic_config(any_url)
    command.downgrade(cfg, "base")
    assert not set(inspect(engine).get_table_names()) & set(Base.metadata.tables)
    command.upgrade(cfg, "head")
    assert current_revision(engine) == head_revision(any_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    engine.dispose()


def test_two_processes_on_the_same_day_store_everything_once(pg_url, tmp_path):
    sessions = connect(pg_url)
    seed_day(sessions, lambda: NOW, 60)
    go = tmp_path / "go"
    outbox = tmp_path / "outbox"
    procs = [subprocess.Popen([sys.executable, "-m", "tests.ops._day_run", pg_url, str(outbox),
                               str(go)], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for proc in procs:
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    go.touch()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    with session_scope(sessions) as session:
        events = session.scalar(select(func.count(Event.id)))
        keys = session.scalar(select(func.count()).select_from(
            select(Event.document_id, Event.type, Event.firm_key).distinct().subquery()))
        alerts = session.scalar(select(func.count(Alert.id)))
        emails = session.scalars(select(EmailMessage)).all()
        ledger = session.scalar(select(func.count(EmailAlert.id)))
        pending = session.scalar(select(func.count(Document.id))
                                 .where(Document.processed_at.is_(None)))
    assert events > 0 and alerts > 0 and emails
    assert events == keys == sum(r["events_new"] for r in results)
    assert alerts == sum(r["alerts_new"] for r in results)
    assert len(emails) == sum(r["mail_queued"] for r in results) == \
        sum(r["mail_sent"] for r in results)
    assert all(e.status == "sent" and e.attempts == 1 for e in emails)
    assert ledger >= len(emails)
    assert pending == 0
    assert len(list(outbox.glob("*.eml"))) == len(emails)
    sessions.kw["bind"].dispose()
