"""The schema: created on first use, versioned by Alembic, migrations equal to the models."""

from __future__ import annotations

from datetime import datetime

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from radar_core.db import init_db, make_engine, session_scope
from radar_core.db.models import Base, Document, Event
from radar_core.db.session import alembic_config, current_revision, head_revision, upgrade_db
from radar_core.errors import SchemaOutdatedError


def test_first_use_creates_schema_and_stamps_head(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    engine = make_engine(url)
    init_db(engine)
    assert {"documents", "events", "alerts", "clients"} <= set(inspect(engine).get_table_names())
    assert current_revision(engine) == head_revision(url)
    init_db(engine)  # a second call is a no-op


def test_migrations_build_the_same_schema_as_the_models(tmp_path):
    url = f"sqlite:///{tmp_path / 'b.db'}"
    engine = make_engine(url)
    upgrade_db(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_downgrade_then_upgrade(tmp_path):
    url = f"sqlite:///{tmp_path / 'c.db'}"
    engine = make_engine(url)
    upgrade_db(engine)
    cfg = alembic_config(url)
    command.downgrade(cfg, "base")
    assert "documents" not in inspect(engine).get_table_names()
    command.upgrade(cfg, "head")
    assert "documents" in inspect(engine).get_table_names()


def test_outdated_database_is_refused_with_advice(tmp_path):
    url = f"sqlite:///{tmp_path / 'd.db'}"
    engine = make_engine(url)
    init_db(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num='0000'")
    with pytest.raises(SchemaOutdatedError, match="radar db upgrade"):
        init_db(engine)


def test_one_event_per_document_type_and_firm(sessions):
    now = datetime(2025, 1, 1)
    with session_scope(sessions) as s:
        doc = Document(external_id="d1", content_hash="x", fetched=now, text="t")
        s.add(doc)
        s.flush()
        kw = dict(document_id=doc.id, type="lawsuit", polarity="risk", client_id="C1",
                  firm_key="C1", company="X", confidence=0.9, evidence="e", created_at=now)
        s.add(Event(**kw))
    with pytest.raises(IntegrityError):
        with session_scope(sessions) as s:
            s.add(Event(**kw))
    with session_scope(sessions) as s:
        assert len(s.scalars(select(Event)).all()) == 1


def test_alerts_from_before_scoring_versions_are_marked_v1(database_url):
    """0008 adds alerts.scoring_version; rows already there were scored by the v1 arithmetic."""
    engine = make_engine(database_url)
    cfg = alembic_config(database_url)
    if current_revision(engine) is None:  # SQLite: a new file; PostgreSQL: a copy at head
        command.upgrade(cfg, "0007")
    else:
        command.downgrade(cfg, "0007")
    now = datetime(2025, 1, 1)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO alerts (dedupe_key, rule_id, rule_version, polarity, firm_key, company,"
            " title, score, severity, status, explanation, notify_client_ids, created_at,"
            " updated_at, as_of) VALUES ('k', 'r', '1', 'risk', 'C1', 'C', 't', 50, 'medium',"
            " 'new', '{}', '[]', :now, :now, :now)"), {"now": now})
    command.upgrade(cfg, "head")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT scoring_version FROM alerts")).scalar_one() == "v1"
    command.downgrade(cfg, "0007")
    assert "scoring_version" not in {c["name"] for c in inspect(engine).get_columns("alerts")}
    engine.dispose()


def test_0009_backfills_severity_rank_and_notify_rows(database_url):
    """0009 stores severities as ranks, notify_client_ids as rows, RM addresses as compared."""
    engine = make_engine(database_url)
    cfg = alembic_config(database_url)
    if current_revision(engine) is None:  # SQLite: a new file; PostgreSQL: a copy at head
        command.upgrade(cfg, "0008")
    else:
        command.downgrade(cfg, "0008")
    now = datetime(2025, 1, 1)
    with engine.begin() as conn:
        for key, severity, notify in (("a", "critical", '["G1", "G2", "G1"]'), ("b", "low", "[]"),
                                      ("c", "odd", '["G2"]')):
            conn.execute(text(
                "INSERT INTO alerts (dedupe_key, rule_id, rule_version, polarity, firm_key, company,"
                " title, score, severity, status, explanation, notify_client_ids, created_at,"
                " updated_at, as_of) VALUES (:key, 'r', '1', 'risk', 'C1', 'C', 't', 50, :severity,"
                " 'new', '{}', :notify, :now, :now, :now)"),
                {"key": key, "severity": severity, "notify": notify, "now": now})
        conn.execute(text("INSERT INTO clients (client_id, legal_name, aliases, rm_email, updated_at)"
                          " VALUES ('C1', 'C', '[]', ' Ayse@Bank.Example ', :now)"), {"now": now})
    command.upgrade(cfg, "head")
    with engine.connect() as conn:
        ranks = dict(conn.execute(text("SELECT dedupe_key, severity_rank FROM alerts")).all())
        notify = sorted(conn.execute(text(
            "SELECT a.dedupe_key, n.client_id FROM alert_notify n JOIN alerts a ON a.id = n.alert_id")).all())
        rm_key = conn.execute(text("SELECT rm_key FROM clients")).scalar_one()
    assert ranks == {"a": 3, "b": 0, "c": -1}
    assert rm_key == "ayse@bank.example"
    assert [tuple(r) for r in notify] == [("a", "G1"), ("a", "G2"), ("c", "G2")]
    command.downgrade(cfg, "0008")
    assert "alert_notify" not in inspect(engine).get_table_names()
    engine.dispose()


def test_link_decisions_gain_verdicts_and_ambiguous_events_leave_the_prospects(database_url):
    """0010: old decisions stay "is" decisions for their sentence; undecided events were
    keyed as prospects and are keyed for review; a second verdict on a mention fits."""
    engine = make_engine(database_url)
    cfg = alembic_config(database_url)
    if current_revision(engine) is None:
        command.upgrade(cfg, "0008")
    else:
        command.downgrade(cfg, "0008")
    now = datetime(2025, 1, 1)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO link_decisions (mention_key, context_key, client_id, analyst,"
                          " decided_at) VALUES ('demir grup', 'abc', 'C5', 'ana', :now)"), {"now": now})
        conn.execute(text("INSERT INTO documents (external_id, content_hash, fetched, garbled, text, fields, flags)"
                          " VALUES ('d', 'h', :now, false, 't', '{}', '{}')"), {"now": now})
        doc = conn.execute(text("SELECT id FROM documents")).scalar_one()
        for firm, status in (("prospect:demir grup", "ambiguous"), ("prospect:yildiz makina", "unknown")):
            conn.execute(text(
                "INSERT INTO events (document_id, type, polarity, firm_key, company, confidence, evidence,"
                " link_status, details, created_at) VALUES (:doc, 'lawsuit', 'risk', :firm, 'X', 0.9, 'e',"
                " :status, '{}', :now)"), {"doc": doc, "firm": firm, "status": status, "now": now})
    command.upgrade(cfg, "head")
    with engine.begin() as conn:
        assert conn.execute(text("SELECT verdict FROM link_decisions")).scalar_one() == "is"
        conn.execute(text("INSERT INTO link_decisions (mention_key, context_key, verdict, client_id, analyst,"
                          " decided_at) VALUES ('demir grup', 'abc', 'not', 'C6', 'ana', :now)"), {"now": now})
        keys = set(conn.execute(text("SELECT firm_key FROM events")).scalars())
        assert keys == {"review:demir grup", "prospect:yildiz makina"}
    command.downgrade(cfg, "0008")
    with engine.connect() as conn:
        assert set(conn.execute(text("SELECT firm_key FROM events")).scalars()) == {
            "prospect:demir grup", "prospect:yildiz makina"}
        assert conn.execute(text("SELECT client_id FROM link_decisions")).scalar_one() == "C5"
    engine.dispose()


def test_users_get_a_language_column_that_defaults_to_turkish(database_url):
    """0011 adds users.language; users already there keep NULL, which reads as Turkish."""
    engine = make_engine(database_url)
    cfg = alembic_config(database_url)
    if current_revision(engine) is None:  # SQLite: a new file; PostgreSQL: a copy at head
        command.upgrade(cfg, "0010")
    else:
        command.downgrade(cfg, "0010")
    assert "language" not in {c["name"] for c in inspect(engine).get_columns("users")}
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO users (username, password_hash, role, active, created_at)"
            " VALUES ('ayse', 'x', 'rm', :yes, :now)"), {"yes": True, "now": datetime(2025, 1, 1)})
    command.upgrade(cfg, "head")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT language FROM users")).scalar_one() is None
    command.downgrade(cfg, "0010")
    assert "language" not in {c["name"] for c in inspect(engine).get_columns("users")}
    engine.dispose()


def test_refresh_statistics_gives_sqlite_a_planner_and_never_raises(tmp_path, caplog):
    """SQLite keeps no statistics unless asked; with none it read an RM's "new" alerts
    through the status index. A database it cannot write keeps its old statistics."""
    from radar_core.db import refresh_statistics
    from radar_core.db.models import Alert

    url = f"sqlite:///{tmp_path / 'stats.db'}"
    engine = make_engine(url)
    init_db(engine)
    now = datetime(2026, 1, 1)
    with session_scope(sessionmaker(engine)) as session:
        session.add_all(Alert(dedupe_key=f"k{n}", rule_id="r", rule_version="1", polarity="risk",
                              client_id=f"C{n % 5}", firm_key=f"C{n % 5}", company="X", title="t",
                              score=1.0, severity="low", created_at=now, updated_at=now, as_of=now)
                        for n in range(20))
    refresh_statistics(engine)
    with engine.connect() as conn:
        indexed = {row[0] for row in conn.exec_driver_sql("SELECT idx FROM sqlite_stat1 WHERE tbl = 'alerts'")}
    assert "ix_alerts_queue_client" in indexed
    import sqlite3

    holder = sqlite3.connect(tmp_path / "stats.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another process is writing
    try:
        with caplog.at_level("WARNING", logger="radar_core.db.session"):
            refresh_statistics(make_engine(url + "?timeout=0"))  # logged, not raised
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "could not refresh query statistics" in caplog.text
