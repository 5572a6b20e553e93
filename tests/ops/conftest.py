"""Fixtures for operations tests: a fresh PostgreSQL database and a Redis key prefix.

These tests exercise the real servers (PostgreSQL 15, Redis 7 on 127.0.0.1); they are
skipped, with the reason shown, where a server is not running.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from radar_core.db import connect

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
DEFAULT_REDIS = "redis://127.0.0.1:6379/0"


def _admin(url: str, statement: str) -> None:
    engine = create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A new, migrated PostgreSQL database for this test, dropped afterwards."""
    base = os.environ.get("RADAR_TEST_DATABASE_URL", "")
    base = base if base.startswith("postgresql") else DEFAULT_PG
    name = f"radar_ops_{uuid.uuid4().hex[:12]}"
    try:
        _admin(base, f'CREATE DATABASE "{name}"')
    except Exception as exc:  # server not running on this machine
        pytest.skip(f"PostgreSQL not available: {exc}")
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    connect(url).kw["bind"].dispose()
    try:
        yield url
    finally:
        _admin(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def redis_url() -> str:
    import redis

    client = redis.Redis.from_url(DEFAULT_REDIS)
    try:
        client.ping()
    except Exception as exc:
        pytest.skip(f"Redis not available: {exc}")
    finally:
        client.close()
    return DEFAULT_REDIS


@pytest.fixture
def redis_prefix(redis_url: str) -> Iterator[str]:
    """A key prefix unique to this test; every key under it is deleted afterwards."""
    import redis

    prefix = f"radar-test-{uuid.uuid4().hex[:10]}"
    yield prefix
    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(match=f"*{prefix}*", count=1000))
    if keys:
        client.delete(*keys)
    client.close()
