"""``radar sources``: check source declarations and see how each source last ran."""

from __future__ import annotations

import json
from pathlib import Path

import click
from sqlalchemy import func, select

from crawlers import default_sources_path, load_sources
from radar.commands.crawl import parse_vars
from radar.context import AppContext
from radar.source_health import source_health
from radar_core.db import session_scope
from radar_core.db.models import Document, Source
from radar_core.declared import Problem
from radar_core.errors import ConfigError, DeclaredError, RunError


@click.group("sources")
def command() -> None:
    """Source declarations (crawlers/sources/*.yml) and their crawl health.

    \b
    Examples:
      radar sources validate --var DEMO_URL=http://127.0.0.1:8765
      radar sources status
    """


def report_problems(problems: list[Problem], what: str, path: Path) -> ConfigError:
    """Print each problem on its own stderr line; the error to raise after them (exit 2)."""
    for problem in problems:
        click.echo(str(problem), err=True)
    return ConfigError(f"{len(problems)} problem(s) in {what} at {path}")


@command.command("validate")
@click.option("--sources", "sources_path", type=click.Path(path_type=Path),
              help="Source YAML file or folder (default: settings, else crawlers/sources).")
@click.option("--var", "variables", multiple=True, metavar="NAME=VALUE",
              help="Value of a ${NAME} placeholder (repeatable).")
@click.pass_obj
def validate(app: AppContext, sources_path: Path | None, variables: tuple[str, ...]) -> None:
    """Validate source files: every problem of every file, one file:line field per line (exit 2).

    Checks fields, selectors (compiled by parsel), schedules (the scheduler's cron
    parser), table text templates and ${NAME} placeholders: a placeholder a file declares
    under 'variables:' needs no --var value here (it gets a stand-in URL); an undeclared one
    without a value is an error.
    """
    path = sources_path or app.settings.sources_path or default_sources_path()
    try:
        sources = load_sources(path, parse_vars(variables), placeholders=True)
    except DeclaredError as exc:
        raise report_problems(exc.problems, "sources", path) from exc
    for source in sources:
        click.echo(f"{source.name}\t{source.family}\t{source.source_type}\t{source.schedule}")
    click.echo(f"{len(sources)} source(s) valid in {path}", err=True)


@command.command("status")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="table: one tab-separated line per source; json: a list.")
@click.pass_obj
def status(app: AppContext, fmt: str) -> None:
    """Last run of each source: when, counts, errors, garbled documents, broken flag.

    A broken source shows its cause (robots, http, network, redirects, too_large,
    selectors, parse, nothing_stored), the reason in words and since when it has been
    broken (the first failing run of the current streak). ``garbled`` counts the source's
    stored documents whose text is still unreadable after encoding repair (a wrong
    charset upstream, lost letters); exit 1 if any source is broken.
    """
    with session_scope(app.sessions) as session:
        garbled: dict[int | None, int] = dict(session.execute(
            select(Document.source_id, func.count()).where(Document.garbled.is_(True))
            .group_by(Document.source_id)).tuples().all())
        ids = dict(session.execute(select(Source.name, Source.id)).tuples().all())
        sources = source_health(session)
    if fmt == "json":
        click.echo(json.dumps([{**h.as_dict(), "garbled": garbled.get(ids[h.name], 0)}
                               for h in sources], ensure_ascii=False, indent=2))
    for health in sources if fmt == "table" else []:
        stats = health.stats
        when = health.last_run.isoformat(timespec="seconds") if health.last_run else "never"
        flag = (f"BROKEN {health.cause}: {health.reason}\tsince "
                + (health.since.isoformat(timespec="seconds") if health.since else "unknown")
                if health.broken else "ok")
        click.echo(f"{health.name}\t{when}\tpages {stats.get('pages', 0)}\t"
                   f"new {stats.get('new', 0)}\tchanged {stats.get('changed', 0)}\t"
                   f"unchanged {stats.get('unchanged', 0)}\terrors {health.errors}\t"
                   f"garbled {garbled.get(ids[health.name], 0)}\t{flag}")
    broken = [h.name for h in sources if h.broken]
    if broken:
        raise RunError(f"broken source(s): {', '.join(broken)}")
