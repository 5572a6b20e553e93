"""``radar outcomes``: import the bank's outcomes (loans, defaults, offers) for back-testing."""

from __future__ import annotations

from pathlib import Path

import click

from radar.commands import exit_if_rows_had_problems
from radar.context import AppContext
from radar_core.db import session_scope
from radar_core.errors import InputError


@click.group("outcomes")
def command() -> None:
    """Manage business outcomes (design.md: Outcomes), the ground truth of back-tests.

    \b
    Example:
      radar outcomes import outcomes.csv
      radar backtest --from 2026-01-01 --to 2026-06-30
    """


@command.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
def import_command(app: AppContext, file: Path) -> None:
    """Import (upsert) an outcomes CSV or XLSX; bad lines are listed on stderr and skipped.

    Columns: client_id, kind, date, amount, currency, note, and for offers reason,
    competitor, offered_price (and competitor_price, kept in the note). Importing the same
    file twice changes nothing. A client id missing from the register is a warning.

    \b
    Exit status:
      0  every line imported, no warning
      3  imported, but some lines had problems (skipped, or a warning; listed on stderr)
      2  nothing imported: the file cannot be read, lacks a column, or has no valid line
      1  the run failed (database)

    \b
    Example:
      radar outcomes import outcomes.xlsx
    """
    from radar.reporting.outcomes import import_outcomes, register_ids
    from reports.outcomes import read_outcomes

    with session_scope(app.sessions) as session:
        result = read_outcomes(file, known_ids=register_ids(session))
        for problem in result.problems:
            click.echo(problem.format(file), err=True)
        if not result.records and result.errors:
            raise InputError(f"{file}: no valid outcome lines ({len(result.errors)} bad)")
        stats = import_outcomes(session, result.records)
    click.echo(
        f"outcomes: {len(result.records)} valid line(s) (created {stats.created}, updated "
        f"{stats.updated}, unchanged {stats.unchanged}), {len(result.errors)} bad line(s)",
        err=True,
    )
    exit_if_rows_had_problems(len(result.problems))
