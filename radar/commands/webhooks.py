"""``radar webhooks``: send due webhooks, list deliveries, retry failed ones."""

from __future__ import annotations

import click

from radar.context import AppContext
from radar.jobs import record_job
from radar_core.clock import utcnow
from radar_core.db import session_scope
from radar_core.errors import RunError, UsageError


@click.group("webhooks")
def command() -> None:
    """Signed alert webhooks (endpoints are declared in the settings: radar config).

    \b
    Examples:
      radar webhooks send
      radar webhooks list --status failed
      radar webhooks retry --all
    """


@command.command("send")
@click.pass_obj
def send(app: AppContext) -> None:
    """Queue new alerts for each endpoint and POST every due delivery (the scheduler's job).

    A failed attempt is retried by a later run (backoff); exit 1 only when a delivery
    gave up after its last attempt (radar webhooks retry sends it again).
    """
    from radar.webhooks import run

    with record_job(app.sessions, "webhooks", utcnow) as counts:
        result = run(app.sessions, app.settings, utcnow)
        counts.update(result.as_dict())
    click.echo(f"webhooks: {result.queued} queued, {result.delivered} delivered, "
               f"{result.retrying} to retry, {result.failed} failed", err=True)
    for name, error in sorted(result.errors.items()):
        click.echo(f"  {name}: {error}", err=True)
    if result.failed:
        raise RunError(f"{result.failed} webhook delivery(ies) gave up: radar webhooks list "
                       "--status failed")


@command.command("list")
@click.option("--status", type=click.Choice(["pending", "delivered", "failed"]),
              help="Only deliveries with this status.")
@click.option("--limit", type=int, default=50, show_default=True, help="At most N, newest first.")
@click.pass_obj
def list_deliveries(app: AppContext, status: str | None, limit: int) -> None:
    """List deliveries: id, alert, endpoint, status, attempts, next attempt, last answer."""
    from radar.webhooks import deliveries

    with session_scope(app.sessions) as session:
        rows = deliveries(session, status, limit)
        for row in rows:
            when = (f"delivered {row.delivered_at:%Y-%m-%d %H:%M}" if row.delivered_at
                    else f"next {row.next_attempt_at:%Y-%m-%d %H:%M}")
            answer = row.last_error or (f"HTTP {row.last_status}" if row.last_status else "")
            click.echo(f"#{row.id}\talert {row.alert_id}\t{row.endpoint}\t{row.status}\t"
                       f"{row.attempts} attempt(s)\t{when}\t{answer}")
        if not rows:
            click.echo("no deliveries match", err=True)


@command.command("retry")
@click.argument("ids", nargs=-1, type=int)
@click.option("--all", "everything", is_flag=True, help="Every failed delivery.")
@click.pass_obj
def retry(app: AppContext, ids: tuple[int, ...], everything: bool) -> None:
    """Send failed deliveries again (their attempts start over) with the next 'send'.

    \b
    Examples:
      radar webhooks retry 12 13
      radar webhooks retry --all
    """
    from radar.webhooks import retry_failed

    if not ids and not everything:
        raise UsageError("name the delivery ids to retry, or --all")
    count = retry_failed(app.sessions, utcnow, () if everything else ids)
    click.echo(f"{count} failed deliveries will be sent again", err=True)
