"""Shared fixtures: a fixed clock and a fresh database per test.

The database is a SQLite file by default. Set ``RADAR_TEST_DATABASE_URL`` to a
PostgreSQL URL (``postgresql+psycopg://postgres@127.0.0.1:5432/test``) to run the same
tests on PostgreSQL: each test then gets its own database, copied from a template built
once per session (``CREATE DATABASE ... TEMPLATE`` is much faster than creating the
schema each time) and dropped with ``WITH (FORCE)`` afterwards, so a connection a test
left open cannot block the clean-up.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from radar_core.db import connect

FIXED_NOW = datetime(2025, 6, 30, 9, 0, 0)
TEST_DATABASE_VARIABLE = "RADAR_TEST_DATABASE_URL"


def _admin_execute(url: str, *statements: str) -> None:
    """Run statements outside a transaction on the server's maintenance database."""
    admin = make_url(url).set(database="postgres")
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def _with_database(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def _postgres_template() -> Iterator[str | None]:
    """A PostgreSQL database holding the current schema, used as the per-test template."""
    base = os.environ.get(TEST_DATABASE_VARIABLE, "")
    if not base.startswith("postgresql"):
        yield None
        return
    name = f"radar_tpl_{uuid.uuid4().hex[:12]}"
    _admin_execute(base, f'CREATE DATABASE "{name}"')
    sessions = connect(_with_database(base, name))
    sessions.kw["bind"].dispose()  # a template may have no open connections
    try:
        yield name
    finally:
        _admin_execute(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def database_url(tmp_path, _postgres_template: str | None) -> Iterator[str]:
    """The URL of a fresh, empty-but-migrated database for this test."""
    base = os.environ.get(TEST_DATABASE_VARIABLE, "")
    if _postgres_template is None:
        if base:
            raise pytest.UsageError(f"{TEST_DATABASE_VARIABLE}: only postgresql URLs are supported")
        yield f"sqlite:///{tmp_path / 'radar_core.db'}"
        return
    name = f"radar_t_{uuid.uuid4().hex[:12]}"
    _admin_execute(base, f'CREATE DATABASE "{name}" TEMPLATE "{_postgres_template}"')
    try:
        yield _with_database(base, name)
    finally:
        _admin_execute(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def clock() -> Callable[[], datetime]:
    """A clock that always says 2025-06-30 09:00 UTC."""
    return lambda: FIXED_NOW


@pytest.fixture
def sessions(database_url: str) -> Iterator[sessionmaker[Session]]:
    """Sessions on this test's database (a file, not memory, so threads and processes share it)."""
    factory = connect(database_url)
    yield factory
    factory.kw["bind"].dispose()
