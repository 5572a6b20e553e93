"""Database failures in words: why the database a URL names cannot be used, in one line.

SQLAlchemy raises the driver's error wrapped in its own, with a multi-line message and a
link; a person running ``radar`` needs to know which of three things happened:

- the URL or what it points at is wrong (a bad URL, a driver not installed, a file that
  is not a SQLite database, a PostgreSQL database or role that does not exist, a wrong
  password): configuration, ``ConfigError`` (exit 2), nothing to retry;
- the database is busy (SQLite is locked by another writer, e.g. a second ``radar
  process``): ``RunError`` (exit 1), run again when the other one has finished;
- the server cannot be reached or failed mid-run: ``RunError`` (exit 1), retried next time.
"""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from radar_core.errors import ConfigError, RadarError, RunError

# Words of driver messages (SQLite, psycopg) that mean the URL itself is wrong.
_CONFIGURATION = (
    "file is not a database",
    "file is encrypted",
    "unable to open database file",
    "does not exist",
    "authentication failed",
    "no password supplied",
    "invalid dsn",
    "invalid connection option",
)
_BUSY = ("database is locked", "database table is locked", "lock timeout")


def shown_url(url: str | None) -> str:
    """The URL as it may be printed: the password hidden, an unparsable one as given."""
    if not url:
        return "the database"
    try:
        return "database " + make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return f"database URL {url!r}"


def _first_line(exc: BaseException) -> str:
    """The driver's own message without SQLAlchemy's wrapping, first line only."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().removeprefix("connection failed: ")
    return " ".join(text.splitlines()[0].split()) if text else type(orig).__name__


def database_failure(exc: BaseException, url: str | None = None) -> RadarError | None:
    """The one-line ``RadarError`` for a database failure, or None if ``exc`` is not one."""
    where = shown_url(url)
    if isinstance(exc, ArgumentError):  # includes NoSuchModuleError (unknown dialect)
        return ConfigError(f"{where}: not a usable SQLAlchemy URL ({exc})")
    if not isinstance(exc, DBAPIError):
        return None
    message = _first_line(exc)
    lower = message.lower()
    if any(word in lower for word in _BUSY):
        return RunError(f"{where} is locked by another process (a second radar command "
                        f"writing to it?); run again when it has finished ({message})")
    if any(word in lower for word in _CONFIGURATION):
        return ConfigError(f"{where}: {message}")
    if exc.connection_invalidated or "connect" in lower or "server" in lower:
        return RunError(f"{where} cannot be reached: {message}")
    return RunError(f"{where} failed: {message}")
