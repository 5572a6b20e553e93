"""``radar clients``: import the bank's client register into the database, list it."""

from __future__ import annotations

from pathlib import Path

import click

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
    """Import (upsert) a CSV or XLSX register; bad rows are reported and skipped.

    Exit 0 when some rows were imported (even with bad rows), 2 when the file cannot be
    read or has no valid row. A renamed firm keeps its old name as a former name.

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
        for error in result.errors:
            click.echo(error.format(file), err=True)
        if not result.clients:
            raise InputError(f"{file}: no valid client rows ({len(result.errors)} bad)")
        stats = import_clients(session, result.clients, utcnow)
    click.echo(
        f"clients: {len(result.clients)} imported (created {stats.created}, updated "
        f"{stats.updated}, unchanged {stats.unchanged}, renamed {stats.renamed}), "
        f"{len(result.errors)} bad row(s)",
        err=True,
    )


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
