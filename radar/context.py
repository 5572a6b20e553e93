"""The per-invocation context of the CLI: settings and a lazily opened database."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from radar_core.config import Settings
from radar_core.db import connect


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
