"""Shared fixtures: a fixed clock and a fresh in-memory (or $RADAR_TEST_DATABASE_URL) database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from sqlalchemy.orm import Session, sessionmaker

from radar.db import connect

FIXED_NOW = datetime(2025, 6, 30, 9, 0, 0)


@pytest.fixture
def clock() -> Callable[[], datetime]:
    """A clock that always says 2025-06-30 09:00 UTC."""
    return lambda: FIXED_NOW


@pytest.fixture
def sessions(tmp_path) -> sessionmaker[Session]:
    """A new SQLite database file per test (file, not memory, so threads and processes share it)."""
    return connect(f"sqlite:///{tmp_path / 'radar.db'}")
