"""Leader locks: only one scheduler acts at a time, the others wait as standby.

Three kinds, picked from the deployment: a Redis lock with a TTL and renewal (several
machines, Redis available), a PostgreSQL session advisory lock (several machines, no
Redis; held by one open connection and released by the server when the holder dies),
and an ``flock`` on a file next to a SQLite database (one machine, the default). All
three vanish when their holder dies, so a crashed scheduler never blocks its standby
for longer than the Redis TTL.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import uuid
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

log = logging.getLogger(__name__)

DEFAULT_LOCK_NAME = "radar-scheduler"
DEFAULT_TTL_SECONDS = 30.0


class LeaderLock(Protocol):
    """What the scheduler needs from a lock: try to take it, keep it, give it back."""

    name: str

    def acquire(self) -> bool:
        """Take the lock if free (never blocks); True if this holder now has it."""
        ...

    def renew(self) -> bool:
        """Confirm (and extend) the lock; False means it was lost and work must stop."""
        ...

    def release(self) -> None:
        """Give the lock back if held."""
        ...


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for ``pg_advisory_lock`` derived from the lock name."""
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


class AdvisoryLock:
    """A PostgreSQL session advisory lock held on one dedicated connection."""

    def __init__(self, database_url: str, name: str = DEFAULT_LOCK_NAME) -> None:
        self.name = name
        self._key = lock_key(name)
        self._engine = create_engine(database_url, poolclass=NullPool,
                                     isolation_level="AUTOCOMMIT")
        self._conn: Any = None

    def acquire(self) -> bool:
        if self._conn is not None:
            return self.renew()
        conn = self._engine.connect()
        got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": self._key}).scalar())
        if got:
            self._conn = conn
        else:
            conn.close()
        return got

    def renew(self) -> bool:
        if self._conn is None:
            return False
        try:
            held = self._conn.execute(
                text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                     "AND pid = pg_backend_pid() AND granted "
                     "AND classid::bigint = :hi AND objid::bigint = :lo AND objsubid = 1"),
                {"hi": (self._key >> 32) & 0xFFFFFFFF, "lo": self._key & 0xFFFFFFFF},
            ).scalar()
        except Exception as exc:  # the connection died: the server released the lock
            log.warning("advisory lock %s lost: %s", self.name, exc)
            self._conn = None
            return False
        return bool(held)

    def release(self) -> None:
        if self._conn is None:
            return
        try:
            self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": self._key})
            self._conn.close()
        finally:
            self._conn = None
            self._engine.dispose()


_RENEW = """
if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('pexpire', KEYS[1], ARGV[2])
end
return 0
"""
_RELEASE = """
if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('del', KEYS[1])
end
return 0
"""


class RedisLock:
    """``SET key token NX PX ttl``; renewal and release check the token (Lua, atomic)."""

    def __init__(self, redis_url: str, name: str = DEFAULT_LOCK_NAME,
                 ttl_seconds: float = DEFAULT_TTL_SECONDS) -> None:
        import redis

        self.name = name
        self._client = redis.Redis.from_url(redis_url)
        self._key = f"{name}:leader"
        self._token = f"{os.getpid()}:{uuid.uuid4().hex}"
        self._ttl_ms = int(ttl_seconds * 1000)
        self._held = False

    def acquire(self) -> bool:
        if self._held:
            return self.renew()
        self._held = bool(self._client.set(self._key, self._token, nx=True, px=self._ttl_ms))
        return self._held

    def renew(self) -> bool:
        if not self._held:
            return False
        self._held = bool(self._client.eval(_RENEW, 1, self._key, self._token, self._ttl_ms))
        if not self._held:
            log.warning("redis lock %s lost (expired or taken)", self.name)
        return self._held

    def release(self) -> None:
        if self._held:
            self._client.eval(_RELEASE, 1, self._key, self._token)
        self._held = False
        self._client.close()


class FileLock:
    """An exclusive ``flock`` on a file: enough for a single machine with SQLite."""

    def __init__(self, path: Path, name: str = DEFAULT_LOCK_NAME) -> None:
        self.name = name
        self.path = Path(path)
        self._fd: int | None = None

    def acquire(self) -> bool:
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        return True

    def renew(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def leader_lock(database_url: str, redis_url: str | None = None, *,
                name: str = DEFAULT_LOCK_NAME, data_dir: Path | None = None,
                ttl_seconds: float = DEFAULT_TTL_SECONDS) -> LeaderLock:
    """The lock that fits the deployment: Redis if given, else PostgreSQL, else a file."""
    if redis_url:
        return RedisLock(redis_url, name, ttl_seconds)
    url = make_url(database_url)
    if url.get_backend_name() == "postgresql":
        return AdvisoryLock(database_url, name)
    if url.database and url.database != ":memory:":
        folder = Path(url.database).resolve().parent
    else:
        folder = Path(data_dir or ".")
    return FileLock(folder / f"{name}.lock", name)


def sqlite_processing_lock(database_url: str) -> FileLock | None:
    """The lock one processing run holds on a SQLite file; None for other databases.

    SQLite has one writer: two processing runs on one file would only queue behind each
    other's write lock (and, before batches took it up front, failed half their documents
    with "database is locked"). So a second ``radar process`` or ``radar worker`` is
    refused instead. PostgreSQL needs no such lock: rows are claimed FOR UPDATE SKIP LOCKED.
    """
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    db = Path(url.database).resolve()
    return FileLock(db.with_name(db.name + ".process-lock"), "radar-process")


def lock_holder(lock: FileLock) -> str:
    """The pid written in a held lock file, or "" when it cannot be read."""
    try:
        return lock.path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""
