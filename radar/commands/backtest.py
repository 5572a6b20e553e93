"""``radar backtest``: did alerts come before business and before trouble? (no look-ahead)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import click

from radar.context import AppContext
from radar_core.clock import utcnow
from radar_core.errors import UsageError
from radar_core.i18n import LANGUAGES

FORMATS = {"html": ("html", "csv", "json"), "json": ("json",), "csv": ("csv",)}


def parse_day(value: str | None, option: str) -> date | None:
    """A ``YYYY-MM-DD`` option value; a bad one is a usage error (exit 2)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(f"{option}: not a date: {value!r} (use YYYY-MM-DD)") from exc


def parse_horizon(value: str) -> int:
    """``180d``, ``26w``, ``6m`` (30-day months) or a plain number of days."""
    match = re.fullmatch(r"\s*(\d+)\s*([dwm]?)\s*", value.lower())
    if not match or int(match.group(1)) <= 0:
        raise UsageError(f"--horizon: expected e.g. 180d, 26w or 6m, got {value!r}")
    return int(match.group(1)) * {"": 1, "d": 1, "w": 7, "m": 30}[match.group(2)]


def default_output(app: AppContext) -> Path:
    """Where reports go by default; the web page shows the newest one found here."""
    return Path(app.settings.data_dir) / "reports" / "backtest"


@click.command("backtest")
@click.option("--from", "start", help="First day whose alerts count (YYYY-MM-DD; default a year "
              "before --to).")
@click.option("--to", "end", help="Last day whose alerts count (YYYY-MM-DD; default today).")
@click.option("--horizon", default="180d", show_default=True,
              help="How long after an alert an outcome still counts (180d, 26w, 6m).")
@click.option("--output", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the report (default <data-dir>/reports/backtest).")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="html", show_default=True,
              help="html: the HTML page plus a CSV per table and report.json; json or csv alone.")
@click.option("--lang", "language", type=click.Choice(LANGUAGES),
              help="Language of the report (default: the language setting, RADAR_LANGUAGE, tr).")
@click.pass_obj
def command(app: AppContext, start: str | None, end: str | None, horizon: str, output: Path | None,
            fmt: str, language: str | None) -> None:
    """Replay alerts as they were known each day and score them against outcomes.

    An alert counts from the day all its documents had been fetched, so nothing learned
    later can help it. Figures (precision, recall, lead time, lift, with Wilson intervals)
    come overall and per rule, event type, source, source type, sector and segment, plus
    source foresight, review usefulness and the offers analysis. The findings go to stdout.

    \b
    Example:
      radar outcomes import outcomes.csv
      radar backtest --from 2026-01-01 --to 2026-06-30 --horizon 180d --output report/
      radar backtest --lang en
    """
    from radar.reporting.backtest import run_backtest
    from reports.report_html import write_report
    from reports.report_text import text_in

    end_day = parse_day(end, "--to") or utcnow().date()
    start_day = parse_day(start, "--from") or end_day - timedelta(days=365)
    if start_day > end_day:
        raise UsageError(f"--from {start_day} is after --to {end_day}")
    days = parse_horizon(horizon)
    report = run_backtest(app.sessions, app.settings, start_day, end_day, days, utcnow)
    language = language or app.settings.language
    path = write_report(report, output or default_output(app), FORMATS[fmt], language=language)
    for line in report.headlines:
        click.echo(text_in(line, language))
    for note in report.notes:
        click.echo(f"note: {text_in(note, language)}", err=True)
    click.echo(f"report: {path}", err=True)
