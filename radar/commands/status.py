"""``radar status``: last job runs, broken sources, unsent e-mail; non-zero when a person is needed."""

from __future__ import annotations

import json

import click

from radar.context import AppContext
from radar.status import collect_status, format_status
from radar_core.clock import utcnow
from radar_core.db import session_scope
from radar_core.errors import RunError


@click.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print the status as one JSON object.")
@click.pass_obj
def command(app: AppContext, as_json: bool) -> None:
    """Show the last run of each job, broken sources and the queue of unsent e-mails.

    Exits 1 when something needs a person (a failed or stuck job, a broken source,
    e-mail waiting too long), so monitoring can run it as a check.

    \b
    Examples:
      radar status
      radar status --json | jq .problems
    """
    with session_scope(app.sessions) as session:
        report = collect_status(session, utcnow())
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, default=str))
    else:
        for line in format_status(report):
            click.echo(line)
    if not report.ok:
        raise RunError(f"{len(report.problems)} problem(s) need attention")
