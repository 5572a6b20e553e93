"""The demo: the whole daily pipeline on the embedded default, against a local website.

It serves the demo site shipped in ``crawlers/demo_site`` on 127.0.0.1, imports the demo
register, crawls with real Scrapy, extracts events, links firms, applies the starter
rules and writes each RM's e-mail to the outbox. Every step is the production code path;
only the sources and the register are demo data. Running it again adds nothing, because
every step is keyed (documents by canonical URL and content hash, events by document,
type and firm, alerts by dedupe key, e-mails by the alert/recipient ledger).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from radar.alerting import raise_alerts
from radar.jobs import record_job
from radar.pipeline import build_extractor, load_register, load_ruleset
from radar.processing import process_documents
from radar_core.config import Settings
from radar_core.db import session_scope
from radar_core.db.models import Alert, Document, EmailMessage, Event
from radar_core.errors import InputError

log = logging.getLogger(__name__)

Say = Callable[[str], None]


@dataclass
class DemoResult:
    """What the demo did and where to look."""

    added: dict[str, int]
    totals: dict[str, int]
    top_alerts: list[dict[str, Any]] = field(default_factory=list)
    outbox: Path | None = None
    outbox_files: list[Path] = field(default_factory=list)
    report: Path | None = None
    crawl_failed: list[str] = field(default_factory=list)
    mail_errors: list[str] = field(default_factory=list)


def _totals(session: Session) -> dict[str, int]:
    return {
        "documents": int(session.scalar(select(func.count(Document.id))) or 0),
        "events": int(session.scalar(select(func.count(Event.id))) or 0),
        "alerts": int(session.scalar(select(func.count(Alert.id))) or 0),
        "emails": int(session.scalar(select(func.count(EmailMessage.id))) or 0),
    }


def _top_alerts(session: Session, per_polarity: int = 4) -> list[dict[str, Any]]:
    """The strongest alerts of each polarity, with what an RM needs to act on them."""
    out: list[dict[str, Any]] = []
    for polarity in ("risk", "opportunity"):
        query = (
            select(Alert)
            .where(Alert.polarity == polarity)
            .order_by(Alert.score.desc(), Alert.id)
            .limit(per_polarity)
        )
        for alert in session.scalars(query):
            events = alert.explained.events
            out.append(
                {
                    "id": alert.id,
                    "polarity": alert.polarity,
                    "severity": alert.severity,
                    "score": alert.score,
                    "company": alert.company,
                    "client_id": alert.client_id,
                    "title": alert.title,
                    "evidence": events[0].evidence if events else None,
                    "url": events[0].url if events else None,
                    "event_id": events[0].event_id if events else None,
                }
            )
    return out


def import_demo_register(sessions: sessionmaker[Session], clock: Callable[[], datetime]) -> int:
    """Load the demo client register shipped in ``radar/demo_data``; returns rows imported."""
    from entity_linking.register import read_register
    from radar.clients import import_clients
    from radar.demo_data import CLIENTS_CSV

    result = read_register(Path(CLIENTS_CSV))
    if result.problems:  # the shipped register is ours: a bad row is a bug, not user input
        raise InputError("; ".join(p.format(CLIENTS_CSV) for p in result.problems))
    with session_scope(sessions) as session:
        import_clients(session, result.clients, clock)
    return len(result.clients)


def run_demo_backtest(
    settings: Settings, sessions: sessionmaker[Session], clock: Callable[[], datetime]
) -> Path:
    """Simulate outcomes for the demo register, back-test the alerts and write the report.

    The demo's alerts are all known on the day it runs, so its simulated loans, defaults and
    offers follow in the months after; they are keyed, so a second run adds none.
    """
    from radar.demo_outcomes import demo_backtest_period, generate_demo_outcomes
    from radar.reporting.backtest import run_backtest
    from reports.report_html import write_report

    horizon = 180
    with session_scope(sessions) as session:
        generate_demo_outcomes(session, clock)
        start, end = demo_backtest_period(session, clock, horizon_days=horizon)
    report = run_backtest(sessions, settings, start, end, horizon, clock)
    return write_report(report, settings.data_dir / "reports" / "backtest", language=settings.language)


def run_demo(
    settings: Settings,
    sessions: sessionmaker[Session],
    clock: Callable[[], datetime],
    *,
    port: int = 0,
    say: Say = lambda _msg: None,
) -> DemoResult:
    """Run the demo pipeline end to end; see the module docstring."""
    from crawlers import default_sources_path, load_sources, run_crawl
    from crawlers.demo_site import serve
    from radar.crawl_store import DatabaseSink
    from radar.reporting.mail import send_pending
    from reports import OutboxDelivery

    with session_scope(sessions) as session:
        before = _totals(session)

    with record_job(sessions, "demo", clock) as counts:
        say("1/6 importing the demo client register")
        counts["clients"] = import_demo_register(sessions, clock)

        with serve(port=port) as site:
            say(f"2/6 crawling the demo website at {site.url} (Scrapy)")
            sources = load_sources(default_sources_path(), {"DEMO_URL": site.url})
            summary = run_crawl(
                sources,
                DatabaseSink(sessions),
                clock,
                http_cache_dir=settings.data_dir / "httpcache",
            )
        counts["crawl"] = summary.as_dict()

        say("3/6 extracting events and linking firms")
        extractor = build_extractor(load_register(sessions))
        stats = process_documents(sessions, extractor, clock)
        counts["process"] = stats.as_dict()

        say("4/6 applying the starter rules")
        alert_stats = raise_alerts(sessions, load_ruleset(settings), clock)
        counts["alerts"] = alert_stats.as_dict()

        outbox = settings.resolved_outbox_dir
        say(f"5/6 writing RM e-mails to {outbox}")
        mail = send_pending(sessions, settings, clock, OutboxDelivery(outbox))
        counts["mail"] = mail.as_dict()

        say("6/6 back-testing the alerts against simulated outcomes")
        report_path = run_demo_backtest(settings, sessions, clock)

    with session_scope(sessions) as session:
        after = _totals(session)
        top = _top_alerts(session)
        paths = [Path(p) for p in session.scalars(
            select(EmailMessage.path).where(EmailMessage.path.is_not(None)).order_by(EmailMessage.id)
        ) if p]
    return DemoResult(
        added={k: after[k] - before[k] for k in after},
        totals=after,
        top_alerts=top,
        outbox=outbox,
        outbox_files=paths,
        report=report_path,
        crawl_failed=list(summary.failed),
        mail_errors=[f"{who}: {why}" for who, why in mail.errors.items()],
    )
