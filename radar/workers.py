"""Processing spread over several workers: Dramatiq over Redis, batches of document ids.

A producer (``radar worker --enqueue``) queues the ids of unprocessed documents in
batches; any number of ``radar worker`` processes, on any machines, take batches and
process them with the same code as ``radar process``. Nothing is lost or doubled:

* a batch commits in one transaction and marks its documents processed, so a worker
  killed mid-batch leaves the batch untouched; Dramatiq's Redis broker acknowledges a
  message only after the actor returns and re-queues a dead worker's unacknowledged
  messages once its heartbeat is older than ``heartbeat_timeout``;
* a redelivered or doubly queued batch skips documents already processed, and on
  PostgreSQL rows are taken ``FOR UPDATE SKIP LOCKED`` so two workers never extract the
  same document at once; events also keep their unique (document, type, firm) key.

Alerts are raised once by the producer after every batch is processed. Dramatiq and
Redis are imported only here; single-machine SQLite deployments never load them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from radar.processing import EventExtractor, ProcessStats, pending_document_ids, process_batch
from radar_core.clock import utcnow
from radar_core.db import connect, session_scope
from radar_core.db.models import Document

log = logging.getLogger(__name__)

QUEUE = "radar-process"
ACTOR = "process_batch"
DEFAULT_NAMESPACE = "radar"

ExtractorFactory = Callable[[sessionmaker[Session]], EventExtractor]


def process_ids(sessions: sessionmaker[Session], extractor: EventExtractor,
                clock: Callable[[], datetime], ids: Sequence[int]) -> ProcessStats:
    """Process the still-unprocessed documents among ``ids`` in one transaction."""
    stats = ProcessStats()
    process_batch(sessions, extractor, clock, ids, stats)
    return stats


def default_extractor(sessions: sessionmaker[Session], data_dir: Path | None = None
                      ) -> EventExtractor:
    """The production extractor (signals + entity linking) over the stored register, its
    indexes taken from the register cache in ``data_dir`` when there is one."""
    from radar.pipeline import build_extractor, load_indexes

    extractor: EventExtractor = build_extractor(load_indexes(sessions, data_dir))
    return extractor


def build_broker(redis_url: str, namespace: str = DEFAULT_NAMESPACE,
                 heartbeat_timeout_ms: int = 60_000, maintenance_chance: int = 1000) -> Any:
    """A Dramatiq Redis broker; ``namespace`` separates deployments sharing one Redis."""
    from dramatiq.brokers.redis import RedisBroker

    return RedisBroker(url=redis_url, namespace=namespace,  # type: ignore[no-untyped-call]
                       heartbeat_timeout=heartbeat_timeout_ms,
                       maintenance_chance=maintenance_chance)


def declare_actor(broker: Any, database_url: str,
                  extractor_factory: ExtractorFactory = default_extractor,
                  clock: Callable[[], datetime] = utcnow, max_retries: int = 5) -> Any:
    """Declare the ``process_batch`` actor on ``broker`` for the database at ``database_url``.

    The database connection and the extractor (models, register) are built on the first
    message and kept for the life of the actor, not of a module.
    """
    import dramatiq

    cache: dict[str, Any] = {}

    def process_batch(document_ids: list[int]) -> dict[str, Any]:
        if "sessions" not in cache:
            cache["sessions"] = connect(database_url)
            cache["extractor"] = extractor_factory(cache["sessions"])
        stats = process_ids(cache["sessions"], cache["extractor"], clock, document_ids)
        log.info("batch of %d ids: %s", len(document_ids), stats.as_dict())
        return stats.as_dict()

    return dramatiq.Actor(process_batch, broker=broker, actor_name=ACTOR, queue_name=QUEUE,
                          priority=0, options={"max_retries": max_retries,
                                               "time_limit": 30 * 60 * 1000})


def enqueue_pending(actor: Any, sessions: sessionmaker[Session], batch_size: int = 200,
                    as_of: datetime | None = None) -> list[int]:
    """Queue every unprocessed document in batches; returns the ids queued."""
    with session_scope(sessions) as session:
        ids = pending_document_ids(session, as_of, None)
    for offset in range(0, len(ids), batch_size):
        actor.send(ids[offset:offset + batch_size])
    log.info("queued %d documents in %d batches", len(ids), -(-len(ids) // batch_size))
    return ids


def remaining(sessions: sessionmaker[Session], ids: Sequence[int]) -> int:
    """How many of ``ids`` are still unprocessed."""
    with session_scope(sessions) as session:
        total = 0
        for offset in range(0, len(ids), 1000):
            chunk = list(ids[offset:offset + 1000])
            total += int(session.scalar(select(func.count(Document.id)).where(
                Document.id.in_(chunk), Document.processed_at.is_(None))) or 0)
        return total


def wait_processed(sessions: sessionmaker[Session], ids: Sequence[int], timeout: float,
                   poll: float = 0.5, sleep: Callable[[float], None] = time.sleep) -> int:
    """Wait until the workers processed ``ids`` (or ``timeout``); returns how many remain."""
    deadline = time.monotonic() + timeout
    left = remaining(sessions, ids)
    while left and time.monotonic() < deadline:
        sleep(poll)
        left = remaining(sessions, ids)
    return left


def run_worker(broker: Any, stop: Callable[[float], bool], threads: int = 1) -> None:
    """Consume the processing queue until ``stop(timeout)`` returns True (e.g. Event.wait)."""
    import dramatiq

    worker = dramatiq.Worker(broker, queues={QUEUE}, worker_threads=threads, worker_timeout=500)
    worker.start()
    try:
        while not stop(1.0):
            pass
    finally:
        worker.stop()
