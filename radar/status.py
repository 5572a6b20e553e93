"""Operational status: the last run of each job, broken sources, unsent e-mail.

``radar status`` prints this for an operator and exits non-zero when something needs a
person, so a monitoring check (cron, Nagios, a Kubernetes probe) can run it as is.
The thresholds are deliberately simple: a failed last run, a run stuck far longer than
any job should take, a broken source, or e-mail that has waited too long.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from radar.source_health import SourceHealth, source_health
from radar_core.db.models import EmailMessage, JobRun, WebhookDelivery

STUCK_AFTER = timedelta(hours=6)
WEBHOOK_LATE_AFTER = timedelta(hours=2)
MAIL_LATE_AFTER = timedelta(hours=2)


@dataclass
class JobStatus:
    """The newest run of one job."""

    job: str
    status: str
    started_at: datetime
    finished_at: datetime | None
    error: str | None
    counts: dict[str, Any]

    @property
    def seconds(self) -> float | None:
        if self.finished_at is None:
            return None
        return (self.finished_at - self.started_at).total_seconds()


@dataclass
class StatusReport:
    """Everything ``radar status`` shows; ``problems`` lists what needs a person."""

    now: datetime
    jobs: list[JobStatus] = field(default_factory=list)
    broken_sources: list[SourceHealth] = field(default_factory=list)
    queued_emails: int = 0
    failed_emails: int = 0
    oldest_queued: datetime | None = None
    webhooks_pending: int = 0
    webhooks_failed: int = 0
    webhooks_late: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {
            "now": self.now.isoformat(),
            "ok": self.ok,
            "problems": self.problems,
            "jobs": [
                {"job": j.job, "status": j.status, "started_at": j.started_at.isoformat(),
                 "finished_at": j.finished_at.isoformat() if j.finished_at else None,
                 "seconds": j.seconds, "error": j.error, "counts": j.counts}
                for j in self.jobs
            ],
            "broken_sources": [{"source": h.name, "cause": h.cause, "reason": h.reason,
                                "since": h.since.isoformat(timespec="seconds")
                                if h.since else None} for h in self.broken_sources],
            "emails": {"queued": self.queued_emails, "failed": self.failed_emails,
                       "oldest_queued": self.oldest_queued.isoformat()
                       if self.oldest_queued else None},
            "webhooks": {"pending": self.webhooks_pending, "failed": self.webhooks_failed,
                         "late": self.webhooks_late},
        }


def last_runs(session: Session) -> list[JobStatus]:
    """The newest ``JobRun`` of every job name, by name."""
    newest = (select(JobRun.job, func.max(JobRun.id).label("id")).group_by(JobRun.job)
              .subquery())
    rows = session.scalars(select(JobRun).join(newest, JobRun.id == newest.c.id)
                           .order_by(JobRun.job))
    return [JobStatus(r.job, r.status, r.started_at, r.finished_at, r.error, dict(r.counts or {}))
            for r in rows]


def collect_status(session: Session, now: datetime, *, stuck_after: timedelta = STUCK_AFTER,
                   mail_late_after: timedelta = MAIL_LATE_AFTER) -> StatusReport:
    """Read the database and decide what needs attention as of ``now`` (naive UTC)."""
    report = StatusReport(now=now, jobs=last_runs(session))
    for job in report.jobs:
        if job.status in {"failed", "partial"}:
            report.problems.append(f"job {job.job}: last run {job.status}"
                                   + (f": {job.error}" if job.error else ""))
        elif job.status == "running" and now - job.started_at > stuck_after:
            report.problems.append(f"job {job.job}: running since {job.started_at:%Y-%m-%d %H:%M}"
                                   " (stuck or killed)")
    for health in source_health(session, broken_only=True):
        report.broken_sources.append(health)
        report.problems.append(f"source {health.name}: broken ({health.reason})"
                               + _since(health))
    report.queued_emails = int(session.scalar(
        select(func.count(EmailMessage.id)).where(EmailMessage.status == "queued")) or 0)
    report.failed_emails = int(session.scalar(
        select(func.count(EmailMessage.id)).where(EmailMessage.status == "failed")) or 0)
    report.oldest_queued = session.scalar(
        select(func.min(EmailMessage.created_at)).where(EmailMessage.status == "queued"))
    if report.oldest_queued is not None and now - report.oldest_queued > mail_late_after:
        report.problems.append(f"{report.queued_emails} e-mail(s) unsent, oldest queued "
                               f"{report.oldest_queued:%Y-%m-%d %H:%M}")
    if report.failed_emails:
        report.problems.append(f"{report.failed_emails} e-mail(s) refused by the mail server")
    _webhook_status(session, report, now)
    return report


def _webhook_status(session: Session, report: StatusReport, now: datetime) -> None:
    """Failed deliveries need a person (radar webhooks retry); so do ones pending too long."""
    def count(*where: Any) -> int:
        return int(session.scalar(select(func.count(WebhookDelivery.id)).where(*where)) or 0)

    report.webhooks_pending = count(WebhookDelivery.status == "pending")
    report.webhooks_failed = count(WebhookDelivery.status == "failed")
    report.webhooks_late = count(WebhookDelivery.status == "pending",
                                 WebhookDelivery.created_at < now - WEBHOOK_LATE_AFTER)
    if report.webhooks_failed:
        report.problems.append(f"{report.webhooks_failed} webhook delivery(ies) failed: "
                               "radar webhooks list --status failed, then radar webhooks retry")
    if report.webhooks_late:
        report.problems.append(f"{report.webhooks_late} webhook delivery(ies) pending for over "
                               f"{WEBHOOK_LATE_AFTER.total_seconds() / 3600:.0f} hours")


def _since(health: SourceHealth) -> str:
    return f" since {health.since:%Y-%m-%d %H:%M}" if health.since else ""


def format_status(report: StatusReport) -> list[str]:
    """Readable lines for the terminal."""
    lines = [f"{'job':32} {'status':8} {'started (UTC)':16} {'seconds':>8}"]
    for job in report.jobs:
        seconds = f"{job.seconds:8.1f}" if job.seconds is not None else f"{'-':>8}"
        lines.append(f"{job.job:32} {job.status:8} {job.started_at:%Y-%m-%d %H:%M} {seconds}")
    if not report.jobs:
        lines.append("(no job has run yet)")
    lines.append(f"broken sources: {len(report.broken_sources)}")
    for health in report.broken_sources:
        lines.append(f"  {health.name}: {health.cause}: {health.reason}{_since(health)}")
    oldest = f", oldest {report.oldest_queued:%Y-%m-%d %H:%M}" if report.oldest_queued else ""
    lines.append(f"e-mails queued: {report.queued_emails}{oldest}; refused: "
                 f"{report.failed_emails}")
    lines.append(f"webhooks pending: {report.webhooks_pending}; failed: {report.webhooks_failed}")
    lines.append("status: OK" if report.ok else "status: NEEDS ATTENTION")
    for problem in report.problems:
        lines.append(f"  - {problem}")
    return lines
