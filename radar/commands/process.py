"""``radar process``: extract events from new documents, link firms, raise alerts."""

from __future__ import annotations

from datetime import datetime

import click
from sqlalchemy.orm import Session, sessionmaker

from radar.alerting import raise_alerts
from radar.context import AppContext
from radar.jobs import record_job
from radar.pipeline import build_extractor, build_rescorer, load_indexes, load_ruleset, parse_as_of
from radar.processing import process_documents, reset_processing
from radar.processing_lock import exclusive_processing
from radar_core.clock import utcnow
from radar_core.errors import RunError


def _progress(done: int, total: int) -> None:
    click.echo(f"\rprocessed {done}/{total} documents", err=True, nl=done >= total)


@click.command("process")
@click.option("--as-of", help="Use only what was known by this date (YYYY-MM-DD): back-tests.")
@click.option("--limit", type=int, help="Process at most N documents.")
@click.option("--reprocess", is_flag=True, help="Re-extract every document (after new patterns).")
@click.option("--no-alerts", is_flag=True, help="Only extract events; do not evaluate rules.")
@click.pass_obj
def command(app: AppContext, as_of: str | None, limit: int | None, reprocess: bool,
            no_alerts: bool) -> None:
    """Find events in unprocessed documents, link their firms, and raise alerts.

    Idempotent: documents are processed once (unless --reprocess) and alerts are keyed,
    so running it twice changes nothing the second time. On SQLite one run at a time:
    a second one, while the first is running, exits 4 and does nothing.

    \b
    Examples:
      radar process
      radar process --as-of 2025-06-30     # what Radar would have said that day
    """
    as_of_dt = parse_as_of(as_of)
    sessions = app.sessions
    # On SQLite a second run is refused (exit 4) before it records or touches anything.
    with exclusive_processing(app.settings.resolved_database_url):
        _process(app, sessions, as_of_dt, limit, reprocess, no_alerts)


def _process(app: AppContext, sessions: sessionmaker[Session], as_of_dt: datetime | None,
             limit: int | None, reprocess: bool, no_alerts: bool) -> None:
    with record_job(sessions, "process", utcnow) as counts:
        if reprocess:
            reset_processing(sessions)
        register = load_indexes(sessions, app.settings.data_dir)
        if not register.clients:
            click.echo("warning: the client register is empty; every firm will be a prospect "
                       "(radar clients import FILE)", err=True)
        extractor = build_extractor(register, rescorer=build_rescorer(app.settings))
        stats = process_documents(sessions, extractor, utcnow, as_of=as_of_dt, limit=limit,
                                  progress=_progress if app.verbosity >= 0 else None)
        counts.update(stats.as_dict())
        click.echo(f"documents: {stats.documents}  events new: {stats.events_new}  "
                   f"updated: {stats.events_updated}  failed: {len(stats.failed)}")
        if not no_alerts:
            alert_stats = raise_alerts(sessions, load_ruleset(app.settings), utcnow, as_of=as_of_dt)
            counts["alerts"] = alert_stats.as_dict()
            click.echo(f"alerts new: {alert_stats.new}  updated: {alert_stats.updated}  "
                       f"unchanged: {alert_stats.unchanged}")
    if stats.failed:
        raise RunError(f"{len(stats.failed)} document(s) failed and stay queued for the next "
                       f"run: {', '.join(stats.failed[:5])}")
