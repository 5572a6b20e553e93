"""``radar clients``: import the bank's client register into the database, list it."""

from __future__ import annotations

from pathlib import Path

import click

from radar.commands import exit_if_rows_had_problems
from radar.context import AppContext
from radar_core.clock import utcnow
from radar_core.db import session_scope
from radar_core.errors import InputError


@click.group("clients")
def command() -> None:
    """Manage the client register (design.md: Client register).

    \b
    Example:
      radar clients import clients.csv
      radar clients list
    """


@command.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
def import_command(app: AppContext, file: Path) -> None:
    """Import (upsert) a CSV or XLSX register; problems are reported by line.

    Every firm with an id and a name is kept: a tax number failing its check digit is
    stored unverified (never used to identify the firm), a 9-digit one gets its leading
    zero back, an 11-digit one is checked as a TCKN, an unknown parent or a malformed
    e-mail is cleared, ids differing only in case are one client. A renamed firm keeps its
    old name as a former name.

    \b
    Exit status:
      0  every row imported as written
      3  imported, but some rows had problems (skipped or repaired; listed on stderr)
      2  nothing imported: the file cannot be read, lacks a column, or has no usable row
      1  the run failed (database)

    \b
    Example:
      radar clients import clients.xlsx
    """
    from sqlalchemy import select

    from entity_linking import read_register
    from radar.clients import import_clients
    from radar_core.db.models import Client

    with session_scope(app.sessions) as session:
        known = set(session.scalars(select(Client.client_id)))
        result = read_register(file, known_ids=known)
        for problem in result.problems:
            click.echo(problem.format(file), err=True)
        if not result.clients:
            raise InputError(f"{file}: no valid client rows ({len(result.errors)} bad)")
        stats = import_clients(session, result.clients, utcnow)
    unverified = sum(1 for c in result.clients if c.tax_id and not c.tax_id_verified)
    click.echo(
        f"clients: {len(result.clients)} imported (created {stats.created}, updated "
        f"{stats.updated}, unchanged {stats.unchanged}, renamed {stats.renamed}), "
        f"{len(result.errors)} bad row(s) skipped, {len(result.warnings)} warning(s), "
        f"{unverified} unverified tax number(s)",
        err=True,
    )
    exit_if_rows_had_problems(len(result.problems))


@command.command("list")
@click.option("--limit", type=int, default=0, help="Show at most N clients (0: all).")
@click.pass_obj
def list_command(app: AppContext, limit: int) -> None:
    """Print the stored register as tab-separated lines (id, legal name, city, RM).

    \b
    Example:
      radar clients list --limit 20
    """
    from radar.clients import load_clients

    with session_scope(app.sessions) as session:
        clients = load_clients(session)
    for number, client in enumerate(clients):
        if limit and number >= limit:
            break
        former = f"\tformerly: {' | '.join(client.former_names)}" if client.former_names else ""
        click.echo(
            f"{client.client_id}\t{client.legal_name}\t{client.city or ''}\t"
            f"{client.rm_email or ''}{former}"
        )
