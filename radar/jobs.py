"""Job runs: every crawl, processing, mail or back-test run is recorded with its counts.

``radar status`` and the scheduler read these rows; a run that raises is recorded as
failed with its error before the exception continues, so nothing fails silently.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from radar_core.db import session_scope
from radar_core.db.models import JobRun


@contextmanager
def record_job(
    sessions: sessionmaker[Session], job: str, clock: Callable[[], datetime]
) -> Iterator[dict[str, Any]]:
    """Record a job run around a block; the block fills the yielded counts dict."""
    with session_scope(sessions) as session:
        run = JobRun(job=job, started_at=clock(), status="running", counts={})
        session.add(run)
        session.flush()
        run_id = run.id
    counts: dict[str, Any] = {}
    status, error = "ok", None
    try:
        yield counts
    except BaseException as exc:
        status, error = "failed", f"{type(exc).__name__}: {exc}"
        raise
    finally:
        if status == "ok" and counts.get("failed"):
            status = "partial"
        with session_scope(sessions) as session:
            row = session.get(JobRun, run_id)
            if row is not None:
                row.finished_at = clock()
                row.status = status
                row.counts = counts
                row.error = error
