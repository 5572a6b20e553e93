"""Database layer: models, engine and session handling, schema migrations."""

from radar_core.db.session import connect, init_db, make_engine, session_scope

__all__ = ["connect", "init_db", "make_engine", "session_scope"]
