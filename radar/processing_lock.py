"""One processing run at a time on a SQLite file: take the lock, or refuse in one line."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from radar.locks import lock_holder, sqlite_processing_lock
from radar_core.db.failures import shown_url
from radar_core.errors import BusyError


@contextmanager
def exclusive_processing(database_url: str, what: str = "radar process") -> Iterator[None]:
    """Hold the SQLite processing lock while the block runs; ``BusyError`` (exit 4) if taken.

    On PostgreSQL this does nothing: any number of runs and workers share the work.
    """
    lock = sqlite_processing_lock(database_url)
    if lock is None:
        yield
        return
    if not lock.acquire():
        pid = lock_holder(lock)
        raise BusyError(
            f"{what}: another processing run{f' (pid {pid})' if pid else ''} is using "
            f"{shown_url(database_url)}; SQLite takes one at a time, nothing was done: run "
            f"again when it has finished (several workers need PostgreSQL)")
    try:
        yield
    finally:
        lock.release()
