"""The per-invocation context of the CLI: settings and a lazily opened database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from radar.config import Settings
from radar.db import connect


def utcnow() -> datetime:
    """The default clock: naive UTC, the convention of every timestamp column."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class AppContext:
    """Carries settings to commands; opens the database only for commands that need it."""

    settings: Settings
    verbosity: int = 0
    _sessions: sessionmaker[Session] | None = field(default=None, repr=False)
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def sessions(self) -> sessionmaker[Session]:
        if self._sessions is None:
            self._sessions = connect(self.settings.resolved_database_url)
        return self._sessions
