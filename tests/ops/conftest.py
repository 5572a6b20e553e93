"""Fixtures for operations tests: a fresh PostgreSQL database and a Redis key prefix.

These tests exercise the real servers (PostgreSQL 15, Redis 7 on 127.0.0.1); they are
skipped, with the reason shown, where a server is not running.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

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


@contextmanager
def _fresh_pg_database(prefix: str) -> Iterator[str]:
    """A new, empty PostgreSQL database (its URL), dropped afterwards; skip without a server."""
    base = os.environ.get("RADAR_TEST_DATABASE_URL", "")
    base = base if base.startswith("postgresql") else DEFAULT_PG
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    try:
        _admin(base, f'CREATE DATABASE "{name}"')
    except Exception as exc:  # server not running on this machine
        pytest.skip(f"PostgreSQL not available: {exc}")
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        _admin(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A new, migrated PostgreSQL database for this test, dropped afterwards."""
    with _fresh_pg_database("radar_ops") as url:
        connect(url).kw["bind"].dispose()
        yield url


@pytest.fixture
def empty_pg() -> Iterator[str]:
    """A new PostgreSQL database with no schema at all (dropped afterwards)."""
    with _fresh_pg_database("radar_crawl") as url:
        yield url


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
