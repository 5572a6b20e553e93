"""``radar db``: create or upgrade the database schema."""

from __future__ import annotations

import click

from radar.context import AppContext
from radar_core.db.session import current_revision, head_revision, make_engine, upgrade_db


@click.group("db")
def command() -> None:
    """Manage the database schema (Alembic migrations).

    \b
    Example:
      radar --db postgresql+psycopg://radar@localhost/radar db upgrade
    """


@command.command("upgrade")
@click.option("--revision", default="head", show_default=True, help="Target revision.")
@click.pass_obj
def upgrade(app: AppContext, revision: str) -> None:
    """Upgrade an existing database to the code's schema (back it up first)."""
    url = app.settings.resolved_database_url
    engine = make_engine(url)
    before = current_revision(engine)
    if before is None:
        from sqlalchemy import inspect

        if not inspect(engine).get_table_names():
            from radar_core.db.session import init_db

            init_db(engine)
            click.echo(f"created schema at {head_revision(url)}", err=True)
            return
    upgrade_db(engine, revision)
    click.echo(f"upgraded {before or 'unversioned'} -> {current_revision(engine)}", err=True)


@command.command("status")
@click.pass_obj
def status(app: AppContext) -> None:
    """Print the database's schema revision and the code's."""
    url = app.settings.resolved_database_url
    engine = make_engine(url)
    click.echo(f"database: {current_revision(engine) or 'none'}  code: {head_revision(url)}")
