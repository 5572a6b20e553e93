"""``radar worker``: process documents on several workers through a Redis queue (Dramatiq)."""

from __future__ import annotations

import functools
import signal
import threading
import uuid
from types import FrameType

import click

from radar.context import AppContext
from radar.jobs import record_job
from radar.logs import configure_json_logging
from radar_core.clock import utcnow
from radar_core.errors import RunError, UsageError


@click.command("worker")
@click.option("--redis-url", help="Redis of the queue (or the redis_url setting).")
@click.option("--namespace", default="radar", show_default=True,
              help="Queue namespace; separates deployments sharing one Redis.")
@click.option("--threads", type=int, default=1, show_default=True,
              help="Batches processed at once in this process.")
@click.option("--enqueue", is_flag=True,
              help="Queue every unprocessed document, wait for the workers, raise alerts.")
@click.option("--batch-size", type=int, default=200, show_default=True,
              help="Documents per queued batch (with --enqueue).")
@click.option("--timeout", type=float, default=3600.0, show_default=True,
              help="Seconds --enqueue waits for the workers.")
@click.option("--log-format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="json: one JSON object per log line, with a run id.")
@click.pass_obj
def command(app: AppContext, redis_url: str | None, namespace: str, threads: int,
            enqueue: bool, batch_size: int, timeout: float, log_format: str) -> None:
    """Run a processing worker, or (--enqueue) spread today's documents over the workers.

    Start as many workers as wanted on any machines sharing the database (PostgreSQL)
    and Redis. A worker killed mid-batch loses nothing: its batch is re-delivered.

    \b
    Examples:
      radar --db postgresql+psycopg://radar@db/radar worker --redis-url redis://cache:6379/0
      radar --db postgresql+psycopg://radar@db/radar worker --redis-url redis://cache:6379/0 --enqueue
    """
    from radar.workers import (
        build_broker,
        declare_actor,
        default_extractor,
        enqueue_pending,
        run_worker,
        wait_processed,
    )

    url = redis_url or getattr(app.settings, "redis_url", None)
    if not url:
        raise UsageError("--redis-url (or the redis_url setting) is required for workers")
    if log_format == "json":
        configure_json_logging(run_id=f"worker-{uuid.uuid4().hex[:8]}")
    broker = build_broker(url, namespace)
    database_url = app.settings.resolved_database_url
    # Workers load the register's indexes from the cache in the data dir (one build per
    # register version, not one per worker).
    actor = declare_actor(broker, database_url,
                          functools.partial(default_extractor, data_dir=app.settings.data_dir))
    if enqueue:
        from radar.alerting import raise_alerts
        from radar.pipeline import load_ruleset

        sessions = app.sessions
        with record_job(sessions, "process", utcnow) as counts:
            ids = enqueue_pending(actor, sessions, batch_size)
            left = wait_processed(sessions, ids, timeout)
            counts.update({"documents": len(ids) - left, "queued": len(ids), "failed": left})
            alerts = raise_alerts(sessions, load_ruleset(app.settings), utcnow)
            counts["alerts"] = alerts.as_dict()
        click.echo(f"documents: {len(ids) - left} of {len(ids)}  alerts new: {alerts.new}  "
                   f"updated: {alerts.updated}")
        if left:
            raise RunError(f"{left} document(s) were not processed within {timeout:.0f}s")
        return
    stop = threading.Event()

    def _stop(signum: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    from radar.processing_lock import exclusive_processing

    with exclusive_processing(database_url, "radar worker"):  # SQLite: one worker (exit 4)
        click.echo(f"worker: consuming {namespace} with {threads} thread(s)", err=True)
        run_worker(broker, stop.wait, threads)
