"""``radar alerts``: list the alerts Radar raised, with filters, as a table or JSON lines."""

from __future__ import annotations

import json
from datetime import datetime
from itertools import islice
from typing import Any

import click
from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from radar.context import AppContext
from radar.exports import csv_lines, export_rows
from radar.pipeline import parse_as_of
from radar.visibility import reaches, research_address
from radar_core.db import session_scope
from radar_core.db.models import Alert, AlertEvent, Event
from radar_core.records import REVIEW_PREFIX, needs_link_review


@click.group("alerts")
def command() -> None:
    """Look at raised alerts.

    \b
    Examples:
      radar alerts list --polarity risk --severity high
      radar alerts list --rm ayse.yilmaz@bank.example --format json
      radar alerts list --polarity risk --limit 0 --format csv > risk-alerts.csv
    """


@command.command("list")
@click.option("--polarity", type=click.Choice(["opportunity", "risk"]), help="Only this polarity.")
@click.option("--severity", type=click.Choice(["low", "medium", "high", "critical"]),
              help="Only this severity band.")
@click.option("--rule", "rule_id", help="Only alerts of this rule id.")
@click.option("--event-type", help="Only alerts resting on an event of this type.")
@click.option("--client", "client_id", help="Only this client (or its group).")
@click.option("--rm", "rm_email", help="Only what reaches this RM (portfolio, subsidiaries, group alerts).")
@click.option("--prospects", is_flag=True, help="Only unknown firms (no client id; not those waiting for a link review).")
@click.option("--status", type=click.Choice(["new", "accepted", "rejected", "forwarded"]),
              help="Only alerts with this review status.")
@click.option("--since", help="Raised on or after this date (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True,
              help="At most N alerts (0: all).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="table for people, json (one object a line) for tools, csv "
              "with the queue export's columns (in queue order).")
@click.pass_obj
def list_alerts(app: AppContext, polarity: str | None, severity: str | None, rule_id: str | None,
                event_type: str | None, client_id: str | None, rm_email: str | None,
                prospects: bool, status: str | None, since: str | None, limit: int,
                fmt: str) -> None:
    """List alerts, highest score first, with the evidence that raised them."""
    query = select(Alert).order_by(Alert.score.desc(), Alert.id)
    if polarity:
        query = query.where(Alert.polarity == polarity)
    if severity:
        query = query.where(Alert.severity == severity)
    if rule_id:
        query = query.where(Alert.rule_id == rule_id)
    if status:
        query = query.where(Alert.status == status)
    if prospects:  # an alert waiting on a link review is not a prospect's
        query = query.where(Alert.client_id.is_(None),
                            ~Alert.firm_key.startswith(REVIEW_PREFIX, autoescape=True))
    if client_id:
        query = query.where(or_(Alert.client_id == client_id, Alert.firm_key == client_id))
    if event_type:
        query = query.where(
            Alert.id.in_(select(AlertEvent.alert_id).join(Event, Event.id == AlertEvent.event_id)
                         .where(Event.type == event_type))
        )
    since_dt: datetime | None = parse_as_of(since)
    if since_dt is not None:
        query = query.where(Alert.created_at >= since_dt.replace(hour=0, minute=0, second=0))
    with session_scope(app.sessions) as session:
        if rm_email:  # what reaches this RM's digest (radar.visibility), in SQL
            research = research_address(app.settings.research_mailbox)
            query = query.where(reaches(session, rm_email, research))
        if fmt == "csv":
            _write_csv(session, query, limit)
            return
        alerts = list(session.scalars(query.limit(limit) if limit else query))
        for alert in alerts:
            explained = alert.explained
            events = [e.to_json() for e in explained.events]
            first = events[0] if events else {}
            if fmt == "json":
                click.echo(json.dumps({
                    "id": alert.id, "rule_id": alert.rule_id, "polarity": alert.polarity,
                    "severity": alert.severity, "score": alert.score, "client_id": alert.client_id,
                    "company": alert.company, "title": alert.title, "status": alert.status,
                    "created_at": alert.created_at.isoformat(),
                    "why": explained.why or None,
                    "events": events,
                }, ensure_ascii=False))
            else:
                firm = alert.client_id or ("link review" if needs_link_review(alert.firm_key) else "prospect")
                click.echo(f"#{alert.id} {alert.polarity.upper():11} {alert.severity:8} "
                           f"{alert.score:5.2f}  {alert.company} [{firm}]  {alert.title}")
                if first.get("evidence"):
                    click.echo(f"    \u201c{first['evidence']}\u201d")
                if first.get("url"):
                    click.echo(f"    {first.get('source') or ''} {first['url']}")
        if not alerts:
            click.echo("no alerts match", err=True)


def _write_csv(session: Session, query: Select[Any], limit: int) -> None:
    """The alerts as the queue's CSV export (formula cells defused), streamed to stdout."""
    rows = export_rows(session, query.order_by(None))
    for chunk in csv_lines(islice(rows, limit) if limit else rows):
        click.echo(chunk, nl=False)
