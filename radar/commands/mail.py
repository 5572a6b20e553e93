"""``radar mail``: send each RM a digest of their new alerts, exactly once."""

from __future__ import annotations

from pathlib import Path

import click

from radar.context import AppContext
from radar.jobs import record_job
from radar_core.clock import utcnow
from radar_core.errors import RunError


@click.command("mail")
@click.option("--dry-run", is_flag=True,
              help="Show who would get which alerts; write, queue and send nothing.")
@click.option("--to-outbox", "outbox_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write .eml files to DIR instead of using SMTP.")
@click.pass_obj
def command(app: AppContext, dry_run: bool, outbox_dir: Path | None) -> None:
    """Queue new alerts per RM portfolio and deliver them (SMTP, or the outbox folder).

    Each alert reaches the RM of its client, the RM of the client's group, and the
    research mailbox for unknown firms, once per mailbox. Mail that cannot be delivered
    (SMTP down) stays queued and goes out with the next run; the exit code is then 1.

    \b
    Examples:
      radar mail --dry-run
      radar mail --to-outbox ./outbox
      RADAR_SMTP_HOST=mail.bank.example RADAR_SMTP_PORT=587 RADAR_SMTP_SECURITY=starttls \\
        RADAR_SMTP_USER=radar RADAR_SMTP_PASSWORD=... radar mail
    """
    from radar.reporting.mail import preview, send_pending
    from reports import choose_delivery, subject_of

    settings = app.settings
    if dry_run:
        planned = preview(app.sessions, settings, utcnow)
        for digest, msg in planned:
            click.echo(f"would send\t{digest.recipient}\t{len(digest.alerts)} alerts\t"
                       f"{subject_of(msg)}")
            for alert in digest.alerts:
                click.echo(f"\t#{alert.alert_id}\t{alert.polarity}\t{alert.score:.2f}\t"
                           f"{alert.company}")
        click.echo(f"{len(planned)} e-mails would be queued (dry run)", err=True)
        return
    delivery = choose_delivery(settings, outbox_dir)
    with record_job(app.sessions, "mail", utcnow) as counts:
        result = send_pending(app.sessions, settings, utcnow, delivery)
        counts.update(result.as_dict())
    for item in result.items:
        where = f"\t{item.path}" if item.path else ""
        click.echo(f"{item.status}\t{item.recipient}\t{item.alerts} alerts\t"
                   f"{item.message_id}{where}")
    elsewhere = (f", {result.elsewhere} being sent by another run" if result.elsewhere
                 else "")
    click.echo(f"mail via {delivery.name}: {result.queued} queued, {result.sent} sent, "
               f"{result.failed} failed, {result.pending} still queued{elsewhere}", err=True)
    for recipient, error in sorted(result.errors.items()):
        click.echo(f"  {recipient}: {error}", err=True)
    if not result.ok:
        refused = sum(1 for item in result.items if item.status == "failed")
        raise RunError(f"not all e-mail was delivered: {result.pending} still queued (sent by "
                       f"the next 'radar mail'), {refused} refused by the server")
