"""``radar scheduler``: run crawls, processing, RM e-mails and back-tests on their schedules."""

from __future__ import annotations

import logging
import signal
import threading
import uuid
from pathlib import Path
from types import FrameType

import click

from crawlers import default_sources_path, load_sources
from radar.commands.crawl import parse_vars
from radar.context import AppContext
from radar.locks import leader_lock
from radar.logs import configure_json_logging
from radar.scheduler import (
    RadarScheduler,
    ScheduleConfig,
    global_options,
    job_definitions,
    next_runs,
)
from radar_core.errors import UsageError

log = logging.getLogger(__name__)


@click.command("scheduler")
@click.option("--mail-time", help="Local time of the daily RM e-mails, HH:MM (default 07:30).")
@click.option("--redis-url", help="Use a Redis lock (several machines); default: the database.")
@click.option("--retries", type=int, default=2, show_default=True,
              help="Retries of a failing job (backoff doubles from --backoff).")
@click.option("--backoff", type=float, default=60.0, show_default=True,
              help="Seconds before the first retry.")
@click.option("--misfire-grace", type=int, default=3600, show_default=True,
              help="Seconds a missed run may still start late (missed runs fold into one).")
@click.option("--var", "variables", multiple=True, metavar="NAME=VALUE",
              help="Passed to each 'radar crawl' (placeholders in source files).")
@click.option("--workers", "use_workers", is_flag=True,
              help="Process new documents on 'radar worker' processes (needs --redis-url).")
@click.option("--list", "list_only", is_flag=True, help="Print the stored jobs and their next run.")
@click.option("--log-format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="json: one JSON object per log line, with a run id.")
@click.pass_obj
def command(app: AppContext, mail_time: str | None, redis_url: str | None, retries: int,
            backoff: float, misfire_grace: int, variables: tuple[str, ...], use_workers: bool,
            list_only: bool, log_format: str) -> None:
    """Run every source's crawl on its declared schedule, then process new documents;
    send the RM e-mails daily at --mail-time (local time); run the weekly back-test.

    Jobs are kept in the database, so runs missed while stopped happen once on restart.
    Only one scheduler acts at a time: a second one waits as standby (leader lock).
    Stop with Ctrl-C or SIGTERM.

    \b
    Examples:
      radar --db postgresql+psycopg://radar@db/radar scheduler --mail-time 07:30
      radar scheduler --redis-url redis://cache:6379/0 --log-format json
    """
    settings = app.settings
    if log_format == "json":
        configure_json_logging(run_id=f"scheduler-{uuid.uuid4().hex[:8]}")
    redis = redis_url or getattr(settings, "redis_url", None)
    if use_workers and not redis:
        raise UsageError("--workers needs --redis-url (the workers' queue)")
    process_argv = ("worker", "--redis-url", str(redis), "--enqueue") if use_workers \
        else ("process",)
    config = ScheduleConfig(process_argv=process_argv,
        timezone=settings.timezone,
        mail_time=mail_time or str(getattr(settings, "mail_time", "07:30")),
        misfire_grace_seconds=misfire_grace, retries=retries, backoff_seconds=backoff,
        webhook_cron=settings.webhook_cron if settings.webhooks else None)
    url = settings.resolved_database_url
    if list_only:
        for job_id, when in next_runs(url, config):
            click.echo(f"{job_id}\t{when.isoformat() if when else 'paused'}")
        return
    sources_path: Path = settings.sources_path or default_sources_path()
    sources = load_sources(sources_path, parse_vars(variables), None)
    crawl_args: list[str] = ["--sources", str(Path(sources_path).resolve())]
    for pair in variables:
        crawl_args += ["--var", pair]
    cli = global_options(url, settings.data_dir, None)
    jobs = job_definitions(sources, url, config, cli, crawl_args)
    lock = leader_lock(url, redis,
                       data_dir=settings.data_dir)
    stop = threading.Event()

    def _stop(signum: int, _frame: FrameType | None) -> None:
        log.info("signal %d: stopping the scheduler", signum)
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    click.echo(f"scheduler: {len(jobs)} jobs; waiting for the leader lock {lock.name}", err=True)
    RadarScheduler(url, lock, jobs, config).run(stop)
    click.echo("scheduler stopped", err=True)
