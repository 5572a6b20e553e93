"""``radar offers``: why offers were lost, to whom, and what price wins them."""

from __future__ import annotations

from pathlib import Path

import click

from radar.commands.backtest import FORMATS, parse_day
from radar.context import AppContext
from radar_core.clock import utcnow
from radar_core.errors import UsageError
from radar_core.i18n import LANGUAGES


@click.group("offers")
def command() -> None:
    """Analyse offer outcomes (offer_accepted / offer_rejected with offered_price).

    \b
    Example:
      radar offers report --from 2026-01-01 --output offers/
    """


@command.command("report")
@click.option("--from", "start", help="First offer date (YYYY-MM-DD; default: all).")
@click.option("--to", "end", help="Last offer date (YYYY-MM-DD; default: all).")
@click.option("--output", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the report (default <data-dir>/reports/offers).")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="html", show_default=True,
              help="html: the HTML page plus a CSV per table and report.json; json or csv alone.")
@click.option("--lang", "language", type=click.Choice(LANGUAGES),
              help="Language of the report (default: the language setting, RADAR_LANGUAGE, tr).")
@click.pass_obj
def report_command(app: AppContext, start: str | None, end: str | None, output: Path | None,
                   fmt: str, language: str | None) -> None:
    """Rejected offers by reason and competitor, price gaps, and win probability by price.

    A logistic curve per segment (with a 95% band) gives a suggested price band and the
    margin accepted offers left on the table; thin segments are said to be too thin.

    \b
    Example:
      radar offers report --from 2026-01-01 --to 2026-12-31
    """
    from radar.reporting.offers import offers_report
    from reports.report_html import write_report
    from reports.report_text import text_in

    start_day, end_day = parse_day(start, "--from"), parse_day(end, "--to")
    if start_day and end_day and start_day > end_day:
        raise UsageError(f"--from {start_day} is after --to {end_day}")
    report = offers_report(app.sessions, start_day, end_day, utcnow)
    target = output or Path(app.settings.data_dir) / "reports" / "offers"
    language = language or app.settings.language
    path = write_report(report, target, FORMATS[fmt], stem="offers", language=language)
    for line in report.headlines:
        click.echo(text_in(line, language))
    click.echo(f"report: {path}", err=True)
