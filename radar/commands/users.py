"""``radar users``: manage who may log in to the review queue."""

from __future__ import annotations

import json
import sys

import click
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from radar.context import AppContext
from radar.users import ROLES, add_user, list_users, set_password
from radar_core.clock import utcnow
from radar_core.db import session_scope
from radar_core.db.models import User
from radar_core.errors import UsageError
from radar_core.i18n import DEFAULT_LANGUAGE, LANGUAGES


def _sessions(app: AppContext) -> sessionmaker[Session]:
    return app.sessions


def _read_password(password_stdin: bool) -> str:
    if password_stdin:
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    return str(click.prompt("Password", hide_input=True, confirmation_prompt=True, err=True))


@click.group("users")
def command() -> None:
    """Add, list and deactivate review-queue users (analyst, rm, admin).

    \b
    Examples:
      radar users add ayse --role analyst
      radar users add mehmet --role rm --rm-email mehmet.kaya@bank.example
      radar users add john --role rm --rm-email john.smith@bank.example --language en
      radar users set-language mehmet en
      echo "$PASSWORD" | radar users add ops --role admin --password-stdin
      radar users list
    """


@command.command("add")
@click.argument("username")
@click.option("--role", type=click.Choice(ROLES), default="analyst", show_default=True,
              help="analyst: triage all alerts; rm: own portfolio only; admin: also manage users.")
@click.option("--rm-email", help="The RM's e-mail in the client register (required for --role rm).")
@click.option("--language", type=click.Choice(LANGUAGES), default=None,
              help="Language of their pages and digest e-mail (default: tr, Turkish).")
@click.option("--password-stdin", is_flag=True,
              help="Read the password from the first line of stdin instead of prompting.")
@click.pass_obj
def add(app: AppContext, username: str, role: str, rm_email: str | None, language: str | None,
        password_stdin: bool) -> None:
    """Create a user; the password is prompted for (twice) and stored as an argon2 hash."""
    password = _read_password(password_stdin)
    with session_scope(_sessions(app)) as session:
        user = add_user(session, username, password, role, utcnow(), rm_email=rm_email,
                        language=language)
        click.echo(f"added {user.username} ({user.role})", err=True)


@command.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table for people, json (one object a line) for tools.")
@click.pass_obj
def list_(app: AppContext, fmt: str) -> None:
    """List users with their role, RM e-mail and whether they are active."""
    with session_scope(_sessions(app)) as session:
        for user in list_users(session):
            if fmt == "json":
                click.echo(json.dumps({
                    "username": user.username, "role": user.role, "rm_email": user.rm_email,
                    "active": user.active, "created_at": user.created_at.isoformat(),
                    "language": user.language or DEFAULT_LANGUAGE,
                }))
            else:
                state = "active" if user.active else "inactive"
                language = user.language or DEFAULT_LANGUAGE
                click.echo(f"{user.username:<20} {user.role:<8} {state:<9} {language:<3} "
                           f"{user.rm_email or ''}".rstrip())


def _get(session: Session, username: str) -> User:
    user: User | None = session.scalars(select(User).where(User.username == username)).first()
    if user is None:
        raise UsageError(f"username: no user {username!r}")
    return user


@command.command("deactivate")
@click.argument("username")
@click.pass_obj
def deactivate(app: AppContext, username: str) -> None:
    """Stop a user from logging in (their decisions stay in the audit log)."""
    with session_scope(_sessions(app)) as session:
        _get(session, username).active = False
        click.echo(f"deactivated {username}", err=True)


@command.command("set-language")
@click.argument("username")
@click.argument("language", type=click.Choice(LANGUAGES))
@click.pass_obj
def set_language(app: AppContext, username: str, language: str) -> None:
    """Choose the language of a user's pages and digest e-mail (tr or en)."""
    with session_scope(_sessions(app)) as session:
        _get(session, username).language = language
        click.echo(f"language of {username}: {language}", err=True)


@command.command("set-password")
@click.argument("username")
@click.option("--password-stdin", is_flag=True, help="Read the new password from stdin.")
@click.pass_obj
def set_password_(app: AppContext, username: str, password_stdin: bool) -> None:
    """Replace a user's password."""
    password = _read_password(password_stdin)
    with session_scope(_sessions(app)) as session:
        set_password(_get(session, username), password)
        click.echo(f"password of {username} changed", err=True)
