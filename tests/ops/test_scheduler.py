"""The scheduler: job definitions, retries recorded, missed runs coalesced, one leader."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import select

from radar.locks import FileLock
from radar.scheduler import (
    JobDefinition,
    JobSpec,
    RadarScheduler,
    ScheduleConfig,
    build_scheduler,
    job_definitions,
    parse_mail_time,
    run_job,
    stop_scheduler,
    sync_jobs,
)
from radar_core.db import session_scope
from radar_core.db.models import JobRun
from radar_core.errors import ConfigError, RunError


def tick(target: tuple[str, str]) -> None:
    """A job appending a tag to a file (importable, so the job store can keep it)."""
    path, tag = target
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(tag + "\n")


@dataclass
class _Source:
    name: str
    schedule: str | None
    enabled: bool = True


def _lines(path: Path) -> list[str]:
    return path.read_text().split() if path.exists() else []


def _wait_for(condition, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)


def test_jobs_follow_each_source_schedule_and_the_mail_time(database_url):
    config = ScheduleConfig(mail_time="06:45", timezone="Europe/Istanbul")
    jobs = {j.id: j for j in job_definitions(
        [_Source("a", "*/30 * * * *"), _Source("b", None), _Source("c", "0 7 * * 1-5", False)],
        database_url, config, ("--db", database_url))}
    assert "crawl:a" in jobs and "mail" in jobs
    assert "crawl:b" not in jobs and "crawl:c" not in jobs
    assert jobs["crawl:a"].spec.argv[-2:] == ("--only", "a") and jobs["crawl:a"].spec.then_process
    start = datetime(2025, 6, 30, 5, 0, tzinfo=UTC)  # 08:00 in Istanbul
    fire = jobs["mail"].trigger.get_next_fire_time(None, start)
    assert (fire.hour, fire.minute) == (6, 45) and fire.day == 1
    assert str(fire.tzinfo) == "Europe/Istanbul"


def test_bad_schedules_are_configuration_errors(database_url):
    with pytest.raises(ConfigError, match="source x: schedule"):
        job_definitions([_Source("x", "every day")], database_url, ScheduleConfig())
    with pytest.raises(ConfigError, match="mail_time"):
        parse_mail_time("25:00")


def test_a_failing_job_is_retried_with_backoff_and_every_attempt_recorded(database_url, sessions):
    spec = JobSpec(name="crawl:broken", argv=("crawl", "--sources", "/no/such/file.yml"),
                   database_url=database_url, cli=("--db", database_url), retries=2,
                   backoff_seconds=5)
    waits: list[float] = []
    with pytest.raises(RunError, match="exited 2"):
        run_job(spec, sleep=waits.append)
    assert waits == [5, 10]
    with session_scope(sessions) as session:
        runs = session.scalars(select(JobRun).where(JobRun.job == "crawl:broken")).all()
        assert [r.status for r in runs] == ["failed"] * 3
        assert [r.counts["attempt"] for r in runs] == [1, 2, 3]
        assert "not found" in runs[-1].error or "exited 2" in runs[-1].error


def test_a_successful_job_is_recorded_once(database_url, sessions):
    spec = JobSpec(name="config", argv=("config",), database_url=database_url,
                   cli=("--db", database_url))
    assert run_job(spec, sleep=lambda s: None)["attempts"] == 1
    with session_scope(sessions) as session:
        run = session.scalars(select(JobRun).where(JobRun.job == "config")).one()
        assert run.status == "ok" and run.counts["exit_code"] == 0


def test_missed_runs_coalesce_into_one(database_url, tmp_path):
    out = tmp_path / "ticks.txt"
    config = ScheduleConfig(misfire_grace_seconds=3600)
    # The scheduler was down for ten minutes of a once-a-minute job.
    scheduler = build_scheduler(database_url, config)
    scheduler.start(paused=True)
    scheduler.add_job(tick, IntervalTrigger(minutes=1), args=((str(out), "run"),), id="t",
                      next_run_time=datetime.now(UTC) - timedelta(minutes=10))
    stop_scheduler(scheduler)
    # A new scheduler keeps the stored (past) run time and fires once, not ten times.
    scheduler = build_scheduler(database_url, config)
    scheduler.start(paused=True)
    definition = _ticking("t", (str(out), "run"), IntervalTrigger(minutes=1))
    stored = scheduler.get_job("t")
    assert stored.next_run_time < datetime.now(UTC)
    assert sync_jobs(scheduler, [definition], tick)["removed"] == 0
    scheduler.resume()
    try:
        _wait_for(lambda: len(_lines(out)) >= 1)
        time.sleep(0.5)
        assert _lines(out) == ["run"]
        assert scheduler.get_job("t").next_run_time > datetime.now(UTC)
    finally:
        stop_scheduler(scheduler)


def test_sync_keeps_unchanged_jobs_and_drops_removed_ones(database_url, tmp_path):
    config = ScheduleConfig()
    spec = JobSpec(name="mail", argv=("mail",), database_url=database_url)
    jobs = [JobDefinition("mail", IntervalTrigger(hours=1), spec)]
    scheduler = build_scheduler(database_url, config)
    scheduler.start(paused=True)
    try:
        assert sync_jobs(scheduler, jobs, tick)["added"] == 1
        assert sync_jobs(scheduler, jobs, tick) == {"kept": 1, "added": 0, "removed": 0}
        assert sync_jobs(scheduler, [], tick)["removed"] == 1
        assert scheduler.get_jobs() == []
    finally:
        stop_scheduler(scheduler)


def test_a_second_scheduler_waits_as_standby_and_takes_over(database_url, tmp_path):
    out = tmp_path / "ticks.txt"
    config = ScheduleConfig(renew_seconds=0.1)
    first = RadarScheduler(database_url, FileLock(tmp_path / "leader.lock"),
                           [_ticking("tick", (str(out), "a"))], config, func=tick)
    second = RadarScheduler(database_url, FileLock(tmp_path / "leader.lock"),
                            [_ticking("tick", (str(out), "b"))], config, func=tick)
    stop_a, stop_b = threading.Event(), threading.Event()
    thread_a = threading.Thread(target=first.run, args=(stop_a,))
    thread_b = threading.Thread(target=second.run, args=(stop_b,))
    thread_a.start()
    try:
        assert first.became_leader.wait(10)
        thread_b.start()
        _wait_for(lambda: _lines(out).count("a") >= 2)
        assert not second.is_leader and "b" not in _lines(out)
        stop_a.set()
        thread_a.join(10)
        assert second.became_leader.wait(10)
        _wait_for(lambda: "b" in _lines(out))
        assert not first.is_leader
    finally:
        stop_a.set()
        stop_b.set()
        thread_a.join(10)
        if thread_b.is_alive():
            thread_b.join(10)


def _ticking(job_id: str, target: tuple[str, str],
             trigger: IntervalTrigger | None = None) -> JobDefinition:
    """A job writing ``target``'s tag; the spec slot carries the job's argument."""
    return JobDefinition(job_id, trigger or IntervalTrigger(seconds=1), target)  # type: ignore[arg-type]


def test_processing_follows_a_crawl_only_when_documents_wait(database_url, sessions):
    from tests.ops.day import seed_day

    spec = JobSpec(name="crawl:x", argv=("config",), database_url=database_url,
                   cli=("--db", database_url), then_process=True, process_argv=("config",))
    run_job(spec, sleep=lambda s: None)
    with session_scope(sessions) as session:
        assert session.scalars(select(JobRun.job)).all() == ["crawl:x"]
    seed_day(sessions, lambda: datetime(2025, 6, 30, 9), 2, register=False)
    run_job(spec, sleep=lambda s: None)
    with session_scope(sessions) as session:
        assert session.scalars(select(JobRun.job).order_by(JobRun.id)).all() == \
            ["crawl:x", "crawl:x", "process"]
