"""Database layer: models, engine and session handling, schema migrations."""

from radar_core.db.session import (
    MAX_ROW_ID,
    connect,
    get_by_id,
    init_db,
    make_engine,
    refresh_statistics,
    session_scope,
)

__all__ = ["MAX_ROW_ID", "connect", "get_by_id", "init_db", "make_engine", "refresh_statistics",
           "session_scope"]
