"""Prometheus metrics read from the database at scrape time.

Crawlers, workers and the scheduler are separate processes (often on several
machines), so in-process counters would each see a slice. The database already holds
every document, event, alert, crawl run and job run, so the collector counts there when
Prometheus scrapes: one scrape target (the web app's ``/metrics``) tells the whole story.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any, TypeVar

from prometheus_client import CollectorRegistry, generate_latest, make_asgi_app
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from radar_core.db import session_scope
from radar_core.db.models import Alert, CrawlRun, Document, EmailMessage, Event, JobRun, Source

log = logging.getLogger(__name__)
MetricFamily = TypeVar("MetricFamily", CounterMetricFamily, GaugeMetricFamily)


def _epoch(value: datetime | None) -> float:
    """Naive-UTC timestamp columns as Unix seconds."""
    if value is None:
        return 0.0
    return (value - datetime(1970, 1, 1)).total_seconds()


def _grouped(session: Session, family: MetricFamily, *columns: Any, count: Any) -> MetricFamily:
    """``family`` filled with ``count(count)`` per distinct value of ``columns`` (the labels)."""
    for *labels, n in session.execute(select(*columns, func.count(count)).group_by(*columns)):
        family.add_metric([str(label or "") for label in labels], float(n))
    return family


class RadarCollector(Collector):
    """Counts documents, events, alerts, errors by source and job durations in the database."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def collect(self) -> Iterator[Metric]:
        with session_scope(self.sessions) as session:
            yield from self._documents(session)
            yield from self._events_and_alerts(session)
            yield from self._sources(session)
            yield from self._jobs(session)
            yield from self._emails(session)

    def _documents(self, session: Session) -> Iterator[Metric]:
        yield _grouped(session, CounterMetricFamily(
            "radar_documents", "Documents stored, by source.", labels=["source"]),
            Document.source, count=Document.id)
        pending = GaugeMetricFamily("radar_documents_pending",
                                    "Documents waiting for processing.")
        pending.add_metric([], float(session.scalar(
            select(func.count(Document.id)).where(Document.processed_at.is_(None))) or 0))
        yield pending

    def _events_and_alerts(self, session: Session) -> Iterator[Metric]:
        yield _grouped(session, CounterMetricFamily(
            "radar_events", "Events extracted, by type and polarity.",
            labels=["type", "polarity"]), Event.type, Event.polarity, count=Event.id)
        yield _grouped(session, CounterMetricFamily(
            "radar_alerts", "Alerts raised, by polarity and status.",
            labels=["polarity", "status"]), Alert.polarity, Alert.status, count=Alert.id)

    def _sources(self, session: Session) -> Iterator[Metric]:
        errors = CounterMetricFamily("radar_crawl_errors", "Crawl errors, by source.",
                                     labels=["source"])
        pages = CounterMetricFamily("radar_crawl_pages", "Pages fetched, by source.",
                                    labels=["source"])
        error_counts: Counter[str] = Counter()
        page_counts: Counter[str] = Counter()
        for name, stats in session.execute(
                select(Source.name, CrawlRun.stats).join(CrawlRun, CrawlRun.source_id == Source.id)):
            stats = stats or {}
            raw_errors: Any = stats.get("errors", {})
            if isinstance(raw_errors, dict):
                error_counts[name] += sum(int(v) for v in raw_errors.values())
            elif isinstance(raw_errors, int | float):
                error_counts[name] += int(raw_errors)
            page_counts[name] += int(stats.get("pages", 0) or 0)
        broken = GaugeMetricFamily("radar_source_broken", "1 if the source's last run was broken.",
                                   labels=["source"])
        for name, is_broken in session.execute(select(Source.name, Source.broken)):
            broken.add_metric([name], 1.0 if is_broken else 0.0)
            errors.add_metric([name], float(error_counts.get(name, 0)))
            pages.add_metric([name], float(page_counts.get(name, 0)))
        yield errors
        yield pages
        yield broken

    def _jobs(self, session: Session) -> Iterator[Metric]:
        yield _grouped(session, CounterMetricFamily(
            "radar_job_runs", "Job runs, by job and status.", labels=["job", "status"]),
            JobRun.job, JobRun.status, count=JobRun.id)
        seconds = CounterMetricFamily("radar_job_duration_seconds",
                                      "Total seconds spent in finished runs, by job.",
                                      labels=["job"])
        last = GaugeMetricFamily("radar_job_last_duration_seconds",
                                 "Duration of the newest finished run, by job.", labels=["job"])
        finished = GaugeMetricFamily("radar_job_last_finished_timestamp_seconds",
                                     "When the newest run finished (Unix time), by job.",
                                     labels=["job"])
        totals: dict[str, float] = {}
        newest: dict[str, tuple[int, float, datetime]] = {}
        for run_id, job, started, ended in session.execute(
                select(JobRun.id, JobRun.job, JobRun.started_at, JobRun.finished_at)
                .where(JobRun.finished_at.is_not(None))):
            if ended is None:
                continue
            duration = max(0.0, (ended - started).total_seconds())
            totals.setdefault(job, 0.0)
            totals[job] += duration
            if job not in newest or run_id > newest[job][0]:
                newest[job] = (run_id, duration, ended)
        for job, total in sorted(totals.items()):
            seconds.add_metric([job], total)
            last.add_metric([job], newest[job][1])
            finished.add_metric([job], _epoch(newest[job][2]))
        yield seconds
        yield last
        yield finished

    def _emails(self, session: Session) -> Iterator[Metric]:
        yield _grouped(session, GaugeMetricFamily(
            "radar_emails", "E-mails by delivery status.", labels=["status"]),
            EmailMessage.status, count=EmailMessage.id)


def metrics_registry(sessions: sessionmaker[Session]) -> CollectorRegistry:
    """A fresh registry holding only Radar's database collector."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(RadarCollector(sessions))
    return registry


def render_metrics(sessions: sessionmaker[Session]) -> bytes:
    """The Prometheus text exposition of Radar's metrics (for tests and plain handlers)."""
    return generate_latest(metrics_registry(sessions))


def metrics_app(sessions: sessionmaker[Session]) -> Callable[..., Any]:
    """An ASGI app serving the metrics; the web app mounts it at ``/metrics``."""
    return make_asgi_app(metrics_registry(sessions))
