"""``radar demo``: the whole pipeline on a local demo website, into ./radar-data."""

from __future__ import annotations

import click

from radar.context import AppContext
from radar.demo import run_demo
from radar_core.clock import utcnow
from radar_core.errors import RunError
from radar_core.i18n import LANGUAGES


@click.command("demo")
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True,
              help="Port for the demo website on 127.0.0.1 (0: any free port).")
@click.option("--lang", "language", type=click.Choice(LANGUAGES),
              help="Language of the back-test report (default: the language setting, tr).")
@click.pass_obj
def command(app: AppContext, port: int, language: str | None) -> None:
    """Serve the demo website, crawl it, find events, link firms, raise alerts, write e-mails.

    Uses the embedded default (SQLite in --data-dir, e-mails as .eml in its outbox/), so
    it needs nothing but this install. Run it twice: the second run adds nothing.

    \b
    Example:
      radar demo
      radar alerts list --polarity risk
      radar users add analyst --role analyst && radar web   # the review queue
    """
    say = (lambda msg: click.echo(msg, err=True)) if app.verbosity >= 0 else (lambda _m: None)
    settings = app.settings.model_copy(update={"language": language}) if language else app.settings
    result = run_demo(settings, app.sessions, utcnow, port=port, say=say)

    added, totals = result.added, result.totals
    click.echo("")
    click.echo("Radar demo: added this run " + ", ".join(f"{v} {k}" for k, v in added.items())
               + "  (in total " + ", ".join(f"{v} {k}" for k, v in totals.items()) + ")")
    if not any(added.values()):
        click.echo("Nothing new: the demo was already run on this data folder "
                   "(every step is idempotent).")
    base = app.settings.review_base_url.rstrip("/")
    for polarity in ("risk", "opportunity"):
        alerts = [a for a in result.top_alerts if a["polarity"] == polarity]
        if not alerts:
            continue
        click.echo("")
        click.echo(f"Top {polarity} alerts:")
        for a in alerts:
            firm = a["client_id"] or "prospect"
            click.echo(f"  #{a['id']} [{a['severity']}, {a['score']:.2f}] {a['company']} ({firm}): "
                       f"{a['title']}")
            if a["evidence"]:
                click.echo(f"      evidence: \u201c{a['evidence']}\u201d")
            if a["url"]:
                click.echo(f"      source:   {a['url']}")
            if a["event_id"] is not None:  # the demo site is gone once the demo ends; this is not
                click.echo(f"      stored:   {base}/evidence/{a['event_id']}  (radar web)")
    click.echo("")
    click.echo(f"Database:  {app.settings.resolved_database_url}")
    click.echo(f"E-mails:   {result.outbox}  ({len(result.outbox_files)} .eml files, one per RM "
               f"and one for the research mailbox)")
    if result.report is not None:
        click.echo(f"Back-test: {result.report}  (open in a browser; also at /reports/backtest "
                   f"in radar web)")
    click.echo("Next:      radar alerts list | radar users add analyst --role analyst "
               "&& radar web")
    problems = [f"source {name} is broken" for name in result.crawl_failed] + result.mail_errors
    if problems:
        raise RunError("; ".join(problems))
