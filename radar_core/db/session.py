"""Engines, sessions and schema set-up.

A new, empty database gets the schema created from the models and is stamped with the
newest Alembic revision; an existing database that is behind the code is refused with a
clear message (``radar db upgrade``) rather than half-migrated silently.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from radar_core.db.failures import shown_url
from radar_core.db.models import Base
from radar_core.errors import ConfigError, SchemaOutdatedError

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
T = TypeVar("T")
#: pg_advisory_xact_lock key serialising schema creation (any fixed 64-bit number)
SCHEMA_LOCK_KEY = 0x5241444152  # "RADAR"


def make_engine(url: str) -> Engine:
    """Create an engine; SQLite files get their folder, WAL mode and foreign keys.

    A URL that cannot be used at all (unparsable, unknown dialect, driver not installed,
    a SQLite folder that cannot be made) is a ``ConfigError`` naming it. SQLite waits up
    to 30 s for another writer unless the URL sets ``?timeout=SECONDS``.
    """
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() != "sqlite":
            return create_engine(url, pool_pre_ping=True)
    except ArgumentError as exc:
        raise ConfigError(f"{shown_url(url)}: not a usable SQLAlchemy URL ({exc})") from exc
    except ImportError as exc:
        raise ConfigError(f"{shown_url(url)}: its driver module {exc.name!r} is not "
                          "installed") from exc
    if parsed.database and parsed.database != ":memory:":
        folder = Path(parsed.database).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"{shown_url(url)}: cannot make its folder {folder} "
                              f"({exc.strerror or exc})") from exc
    busy_wait = {} if "timeout" in parsed.query else {"timeout": 30}
    engine = create_engine(url, connect_args=busy_wait)

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        if parsed.database and parsed.database != ":memory:":
            cur.execute("PRAGMA journal_mode=WAL")
        cur.close()

    return engine


def alembic_config(url: str):  # type: ignore[no-untyped-def]
    """An Alembic config pointing at the packaged migrations and this database."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision(url: str) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(url)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def init_db(engine: Engine) -> None:
    """Create the schema on first use; refuse a database older than the code.

    Several processes may start on one fresh database at once (crawler processes,
    workers): the first to take a lock (PostgreSQL: a transaction-scoped advisory lock;
    SQLite: its write lock, ``BEGIN IMMEDIATE``) creates and stamps the schema in one
    transaction; the others wait for it, then find it.
    """
    url = engine.url.render_as_string(hide_password=False)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})
            if not set(inspect(conn).get_table_names()) & set(Base.metadata.tables):
                _create_schema(conn, url)
                return
    elif not set(inspect(engine).get_table_names()) & set(Base.metadata.tables):
        with engine.connect() as conn:
            # SQLite's write lock first (waits for another process creating it), then look again
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            if not set(inspect(conn).get_table_names()) & set(Base.metadata.tables):
                _create_schema(conn, url)
                conn.commit()
                return
            conn.rollback()
    head = head_revision(url)
    current = current_revision(engine)
    if head is not None and current != head:
        raise SchemaOutdatedError(
            f"database schema is at {current or 'no revision'}, code expects {head}: "
            f"back up the database, then run 'radar db upgrade'"
        )


def _create_schema(conn: Connection, url: str) -> None:
    """Every table from the models, stamped with the newest revision (one transaction)."""
    from alembic import command

    log.info("creating schema in %s", conn.engine.url.render_as_string(hide_password=True))
    Base.metadata.create_all(conn)
    cfg = alembic_config(url)
    cfg.attributes["connection"] = conn
    command.stamp(cfg, "head")


def upgrade_db(engine: Engine, revision: str = "head") -> None:
    """Apply Alembic migrations up to ``revision`` (``radar db upgrade``)."""
    from alembic import command

    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


#: Rows SQLite samples per index when it refreshes statistics: about 15 ms at a million
#: alerts, and the plans it yields match those of a full ANALYZE (which takes ~0.5 s).
ANALYSIS_LIMIT = 10_000


def refresh_statistics(engine: Engine) -> None:
    """Refresh the query planner's statistics (SQLite; PostgreSQL's autovacuum does it).

    SQLite keeps none unless asked: without them it reads an RM's "new" alerts through the
    status index (hundreds of thousands of rows) instead of the per-client queue index
    (250 ms instead of 6 ms at a million alerts). Called when alerts were stored and when
    the web server starts; failures are logged, never raised (statistics are an aid).
    """
    if engine.dialect.name != "sqlite":
        return
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
            conn.exec_driver_sql("ANALYZE")
    except SQLAlchemyError as exc:  # a locked or read-only file keeps its old statistics
        log.warning("could not refresh query statistics: %s", exc)


def connect(url: str) -> sessionmaker[Session]:
    """Engine + schema check + session factory in one call, for commands and tests."""
    engine = make_engine(url)
    init_db(engine)
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A transaction: commit on success, roll back on error, always close."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


#: The widest integer the databases take as a parameter (signed 64-bit: SQLite INTEGER,
#: PostgreSQL BIGINT); every id column fits in it. Larger ids come only from user input.
MAX_ROW_ID = 2**63 - 1


def get_by_id(session: Session, model: type[T], row_id: int) -> T | None:
    """``session.get``, except that an id no column can hold is simply not found.

    Passing one to the driver raises (SQLite: OverflowError), which would turn a typed-in
    URL like ``/alerts/99999999999999999999`` into a server error instead of a 404.
    """
    if not -MAX_ROW_ID - 1 <= row_id <= MAX_ROW_ID:
        return None
    return session.get(model, row_id)
