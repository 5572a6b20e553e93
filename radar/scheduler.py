"""The scheduler: crawls each source on its cron, processes new documents, mails RMs daily.

APScheduler 3 keeps the jobs in the Radar database (``SQLAlchemyJobStore``), so a run
missed while the scheduler was down still happens once when it comes back (``coalesce``
folds many missed runs into one, ``misfire_grace_time`` bounds how late is still useful).
Every job runs the ``radar`` CLI in a subprocess: Scrapy's reactor starts once per
process, and a crash in one job cannot take the scheduler down. A failing job is retried
with exponential backoff, and every attempt is a ``JobRun`` row (``radar status``).

Only the holder of the leader lock (radar.locks) starts APScheduler; another scheduler
started by mistake waits as standby and takes over when the leader's lock goes away, so
two schedulers never send the same morning's e-mails twice. A ``BackgroundScheduler`` is
used (not ``BlockingScheduler``) so that the main thread can keep renewing the lock and
stop all jobs the moment it is lost.
"""

from __future__ import annotations

import importlib.util
import logging
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from radar.jobs import record_job
from radar.locks import LeaderLock
from radar_core.clock import utcnow
from radar_core.db import connect, session_scope
from radar_core.db.models import Document
from radar_core.errors import ConfigError, RunError
from radar_core.schedules import clock_time, crontab_trigger

log = logging.getLogger(__name__)

JOBSTORE_TABLE = "radar_scheduler_jobs"
CRAWL_PREFIX = "crawl:"


@dataclass(frozen=True)
class ScheduleConfig:
    """How the scheduler behaves; the command fills it from settings and flags."""

    timezone: str = "Europe/Istanbul"
    mail_time: str = "07:30"
    backtest_cron: str = "0 6 * * 1"
    misfire_grace_seconds: int = 3600
    retries: int = 2
    backoff_seconds: float = 60.0
    job_timeout_seconds: float = 3600.0
    renew_seconds: float = 10.0
    process_argv: tuple[str, ...] = ("process",)
    # When to send due webhooks; None: no endpoint is configured, no job.
    webhook_cron: str | None = None


@dataclass(frozen=True)
class JobSpec:
    """One scheduled job, picklable (it is stored in the job store with its arguments).

    ``argv`` is a ``radar`` sub-command; ``cli`` the global options placed before it
    (``--db``, ``--data-dir``, ``--config``); ``then_process`` runs ``process_argv``
    (``radar process``, or ``radar worker --enqueue`` with workers) after a successful
    run that left unprocessed documents.
    """

    name: str
    argv: tuple[str, ...]
    database_url: str
    cli: tuple[str, ...] = ()
    retries: int = 2
    backoff_seconds: float = 60.0
    timeout_seconds: float = 3600.0
    then_process: bool = False
    process_argv: tuple[str, ...] = ("process",)
    python: str = field(default_factory=lambda: sys.executable)


def parse_mail_time(value: str) -> tuple[int, int]:
    """``HH:MM`` (local time) as hour and minute; anything else is a configuration error."""
    try:
        return clock_time(value)
    except ValueError as exc:
        raise ConfigError(f"mail_time: {exc}") from exc


def pending_documents(database_url: str) -> int:
    """How many stored documents still wait for processing."""
    sessions = connect(database_url)
    try:
        with session_scope(sessions) as session:
            return int(session.scalar(
                select(func.count(Document.id)).where(Document.processed_at.is_(None))) or 0)
    finally:
        sessions.kw["bind"].dispose()


def _attempt(spec: JobSpec) -> subprocess.CompletedProcess[str]:
    cmd = [spec.python, "-m", "radar.cli", *spec.cli, *spec.argv]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=spec.timeout_seconds)


def run_job(spec: JobSpec, sleep: Callable[[float], None] = time.sleep) -> dict[str, Any]:
    """Run a job with retries; each attempt is recorded; the last failure is raised.

    Backoff doubles per attempt (60 s, 120 s, ...). ``RunError`` after the last attempt
    makes APScheduler report the job as failed (logged, counted in metrics).
    """
    sessions = connect(spec.database_url)
    try:
        for attempt in range(spec.retries + 1):
            try:
                with record_job(sessions, spec.name, utcnow) as counts:
                    counts["attempt"] = attempt + 1
                    started = time.monotonic()
                    result = _attempt(spec)
                    counts["exit_code"] = result.returncode
                    counts["seconds"] = round(time.monotonic() - started, 3)
                    if result.returncode != 0:
                        tail = (result.stderr or "").strip().splitlines()[-3:]
                        raise RunError(f"{' '.join(spec.argv)} exited {result.returncode}: "
                                       + " | ".join(tail))
                break
            except (RunError, subprocess.TimeoutExpired) as exc:
                if attempt >= spec.retries:
                    log.error("job %s failed after %d attempts: %s", spec.name, attempt + 1, exc)
                    raise
                delay = spec.backoff_seconds * (2 ** attempt)
                log.warning("job %s failed (attempt %d), retrying in %.0fs: %s",
                            spec.name, attempt + 1, delay, exc)
                sleep(delay)
    finally:
        sessions.kw["bind"].dispose()
    if spec.then_process and pending_documents(spec.database_url) > 0:
        follow = JobSpec(name="process", argv=spec.process_argv, database_url=spec.database_url,
                         cli=spec.cli, retries=spec.retries, backoff_seconds=spec.backoff_seconds,
                         timeout_seconds=spec.timeout_seconds, python=spec.python)
        run_job(follow, sleep)
    return {"job": spec.name, "attempts": attempt + 1}


@dataclass(frozen=True)
class JobDefinition:
    """A job id, its trigger and what it runs."""

    id: str
    trigger: Any
    spec: JobSpec


def backtest_available() -> bool:
    """The weekly back-test is scheduled only when the reports stage provides it."""
    try:
        return importlib.util.find_spec("reports.backtest") is not None
    except ModuleNotFoundError:
        return False


def job_definitions(sources: Sequence[Any], database_url: str, config: ScheduleConfig,
                    cli: Sequence[str] = (), crawl_args: Sequence[str] = ()) -> list[JobDefinition]:
    """Every job of the deployment: one crawl per enabled source, the mail, the webhooks
    (when endpoints are configured), the back-test."""
    from apscheduler.triggers.cron import CronTrigger


    def spec(name: str, argv: tuple[str, ...], then_process: bool = False) -> JobSpec:
        return JobSpec(name=name, argv=argv, database_url=database_url, cli=tuple(cli),
                       retries=config.retries, backoff_seconds=config.backoff_seconds,
                       timeout_seconds=config.job_timeout_seconds, then_process=then_process,
                       process_argv=config.process_argv)

    jobs: list[JobDefinition] = []
    for source in sources:
        if not getattr(source, "enabled", True) or not getattr(source, "schedule", None):
            continue
        try:
            trigger = crontab_trigger(source.schedule, config.timezone)
        except ValueError as exc:
            raise ConfigError(f"source {source.name}: schedule {source.schedule!r}: {exc}") from exc
        jobs.append(JobDefinition(
            f"{CRAWL_PREFIX}{source.name}", trigger,
            spec(f"{CRAWL_PREFIX}{source.name}", ("crawl", *crawl_args, "--only", source.name),
                 then_process=True)))
    hour, minute = parse_mail_time(config.mail_time)
    jobs.append(JobDefinition("mail", CronTrigger(hour=hour, minute=minute,
                                                  timezone=config.timezone),
                              spec("mail", ("mail",))))
    if config.webhook_cron:
        jobs.append(JobDefinition(
            "webhooks", crontab_trigger(config.webhook_cron, config.timezone),
            spec("webhooks", ("webhooks", "send"))))
    if backtest_available():
        jobs.append(JobDefinition(
            "backtest", crontab_trigger(config.backtest_cron, config.timezone),
            spec("backtest", ("backtest",))))
    return jobs


def build_scheduler(database_url: str, config: ScheduleConfig,
                    listener: Callable[[Any], None] | None = None) -> Any:
    """A stopped ``BackgroundScheduler`` on the persistent job store of ``database_url``."""
    from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MISSED
    from apscheduler.executors.pool import ThreadPoolExecutor
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler

    scheduler = BackgroundScheduler(
        jobstores={"default": SQLAlchemyJobStore(url=database_url, tablename=JOBSTORE_TABLE)},
        executors={"default": ThreadPoolExecutor(4)},
        job_defaults={"coalesce": True, "max_instances": 1,
                      "misfire_grace_time": config.misfire_grace_seconds},
        timezone=config.timezone,
    )
    if listener is not None:
        scheduler.add_listener(listener, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED)
    return scheduler


def stop_scheduler(scheduler: Any) -> None:
    """Stop without touching stored jobs.

    APScheduler 3 processes due jobs once more while shutting down (after its executors
    are gone), which would advance a due job's stored run time and lose that run. The
    job store is detached first, so what is stored stays exactly as it was.
    """
    if scheduler.running:
        scheduler.pause()
        scheduler.remove_jobstore("default", shutdown=True)
        scheduler.shutdown(wait=False)


def sync_jobs(scheduler: Any, jobs: Sequence[JobDefinition],
              func: Callable[..., Any] = run_job) -> dict[str, int]:
    """Make the job store hold exactly ``jobs``; unchanged jobs keep their next run time.

    Keeping the stored next run time is what lets a run missed while no scheduler was
    up still fire (once, coalesced) when one starts again.
    """
    existing = {job.id: job for job in scheduler.get_jobs()}
    counts = {"kept": 0, "added": 0, "removed": 0}
    wanted = {job.id for job in jobs}
    for job_id in set(existing) - wanted:
        scheduler.remove_job(job_id)
        counts["removed"] += 1
    for definition in jobs:
        old = existing.get(definition.id)
        if old is not None and str(old.trigger) == str(definition.trigger) \
                and old.args == (definition.spec,):
            counts["kept"] += 1
            continue
        scheduler.add_job(func, definition.trigger, args=(definition.spec,), id=definition.id,
                          name=definition.id, replace_existing=True)
        counts["added"] += 1
    return counts


class RadarScheduler:
    """Standby until the leader lock is ours, then run the jobs until stopped or lock lost."""

    def __init__(self, database_url: str, lock: LeaderLock, jobs: Sequence[JobDefinition],
                 config: ScheduleConfig, *, func: Callable[..., Any] = run_job,
                 listener: Callable[[Any], None] | None = None) -> None:
        self.database_url = database_url
        self.lock = lock
        self.jobs = list(jobs)
        self.config = config
        self.func = func
        self.listener = listener
        self.is_leader = False
        self.became_leader = threading.Event()

    def _lead(self, stop: threading.Event) -> None:
        scheduler = build_scheduler(self.database_url, self.config, self.listener)
        scheduler.start(paused=True)
        try:
            counts = sync_jobs(scheduler, self.jobs, self.func)
            log.info("leader: %d jobs (%s)", len(self.jobs), counts)
            scheduler.resume()
            while not stop.wait(self.config.renew_seconds):
                if not self.lock.renew():
                    log.error("leader lock lost: stopping all jobs and returning to standby")
                    break
        finally:
            self.is_leader = False
            stop_scheduler(scheduler)

    def run(self, stop: threading.Event) -> None:
        """Block until ``stop`` is set; lead whenever the lock can be taken."""
        while not stop.is_set():
            if self.lock.acquire():
                self.is_leader = True
                self.became_leader.set()
                log.info("leader lock %s taken", self.lock.name)
                try:
                    self._lead(stop)
                finally:
                    self.lock.release()
            else:
                log.info("standby: another scheduler holds %s", self.lock.name)
                stop.wait(self.config.renew_seconds)


def next_runs(database_url: str, config: ScheduleConfig) -> list[tuple[str, datetime | None]]:
    """The stored jobs and their next run time (for ``radar scheduler --list``)."""
    scheduler = build_scheduler(database_url, config)
    scheduler.start(paused=True)
    try:
        return [(job.id, job.next_run_time) for job in scheduler.get_jobs()]
    finally:
        stop_scheduler(scheduler)


def global_options(database_url: str, data_dir: Path, config_file: Path | None) -> tuple[str, ...]:
    """The ``radar`` options each job's subprocess needs to see the same deployment."""
    out = ["--db", database_url, "--data-dir", str(Path(data_dir).resolve())]
    if config_file is not None:
        out += ["--config", str(Path(config_file).resolve())]
    return tuple(out)

