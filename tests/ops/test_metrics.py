"""Prometheus metrics come from the database, so every process's work is counted."""

from __future__ import annotations

from datetime import datetime, timedelta

from prometheus_client.parser import text_string_to_metric_families

from radar.metrics import metrics_app, render_metrics
from radar_core.db import session_scope
from radar_core.db.models import CrawlRun, Document, JobRun, Source

NOW = datetime(2025, 6, 30, 9, 0)


def _samples(sessions) -> dict[tuple[str, tuple], float]:
    out = {}
    for family in text_string_to_metric_families(render_metrics(sessions).decode()):
        for sample in family.samples:
            out[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return out


def test_metrics_count_documents_errors_and_job_durations(sessions):
    with session_scope(sessions) as session:
        src = Source(name="news-a", family="feed", source_type="news", created_at=NOW,
                     config={}, broken=True)
        session.add(src)
        session.flush()
        session.add(CrawlRun(source_id=src.id, started_at=NOW, status="broken",
                             stats={"pages": 7, "errors": {"timeout": 2, "http_5xx": 1}}))
        for i in range(3):
            session.add(Document(external_id=f"d{i}", content_hash=str(i), source="news-a",
                                 fetched=NOW, text="t", processed_at=NOW if i else None))
        session.add(JobRun(job="mail", status="ok", started_at=NOW,
                           finished_at=NOW + timedelta(seconds=42), counts={}))
    samples = _samples(sessions)
    assert samples[("radar_documents_total", (("source", "news-a"),))] == 3
    assert samples[("radar_documents_pending", ())] == 1
    assert samples[("radar_crawl_errors_total", (("source", "news-a"),))] == 3
    assert samples[("radar_crawl_pages_total", (("source", "news-a"),))] == 7
    assert samples[("radar_source_broken", (("source", "news-a"),))] == 1
    assert samples[("radar_job_last_duration_seconds", (("job", "mail"),))] == 42
    assert samples[("radar_job_runs_total", (("job", "mail"), ("status", "ok")))] == 1


def test_metrics_app_serves_the_exposition(sessions):
    from starlette.applications import Starlette
    from starlette.testclient import TestClient

    web = Starlette()
    web.mount("/metrics", metrics_app(sessions))
    response = TestClient(web).get("/metrics/")
    assert response.status_code == 200
    assert "radar_documents_pending 0.0" in response.text
