"""``radar sources``: check source declarations and see how each source last ran."""

from __future__ import annotations

import json
from pathlib import Path

import click
from sqlalchemy import func, select

from crawlers import default_sources_path, load_sources
from crawlers.pack import disable as disable_source
from crawlers.pack import enable as enable_source
from crawlers.pack import pack_path
from crawlers.sources import SourceSpec
from radar.commands.crawl import parse_vars
from radar.context import AppContext
from radar.source_health import source_health
from radar_core.db import session_scope
from radar_core.db.models import Document, Source
from radar_core.declared import Problem
from radar_core.errors import ConfigError, DeclaredError, RunError, UsageError


@click.group("sources")
def command() -> None:
    """Source declarations (crawlers/sources/*.yml) and their crawl health.

    \b
    Examples:
      radar sources validate --var DEMO_URL=http://127.0.0.1:8765
      radar sources status
      radar sources list
      radar sources probe kap-bildirimler
      radar sources enable kap-bildirimler --to /etc/radar/sources
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


SOURCES_OPTION = click.option(
    "--sources", "sources_path", type=click.Path(path_type=Path),
    help="Source YAML file or folder (default: settings, else crawlers/sources).")


def configured(app: AppContext, sources_path: Path | None,
               variables: tuple[str, ...] = ()) -> tuple[Path, list[SourceSpec]]:
    """The deployment's sources (placeholders without a value get stand-in URLs)."""
    path = sources_path or app.settings.sources_path or default_sources_path()
    try:
        return path, load_sources(path, parse_vars(variables), placeholders=True)
    except DeclaredError as exc:
        raise report_problems(exc.problems, "sources", path) from exc


@command.command("list")
@SOURCES_OPTION
@click.pass_obj
def list_sources(app: AppContext, sources_path: Path | None) -> None:
    """Every source, enabled or disabled: the deployment's, then the pack's not yet copied.

    \b
    Columns: name, family, source type, state (enabled, disabled, or "disabled (pack)"
    for a pack source not enabled in this deployment), schedule.
    """
    path, sources = configured(app, sources_path)
    names = {s.name for s in sources}
    pack = [s for s in load_sources(pack_path(), placeholders=True) if s.name not in names]
    for source in sources:
        state = "enabled" if source.enabled else "disabled"
        click.echo(f"{source.name}\t{source.family}\t{source.source_type}\t{state}\t"
                   f"{source.schedule}")
    for source in pack:
        click.echo(f"{source.name}\t{source.family}\t{source.source_type}\t"
                   f"disabled (pack)\t{source.schedule}")
    click.echo(f"{len(sources)} source(s) in {path}, {len(pack)} more in the pack "
               f"({pack_path()}); enable one with 'radar sources enable NAME'", err=True)


def target_folder(app: AppContext, to: Path | None) -> Path:
    folder = to or app.settings.sources_path
    if folder is None:
        raise UsageError("say where your sources live: --to DIR, or the sources_path "
                         "setting (RADAR_SOURCES_PATH)")
    return folder


@command.command("enable")
@click.argument("name")
@click.option("--to", type=click.Path(path_type=Path),
              help="Your sources folder (default: the sources_path setting).")
@click.pass_obj
def enable(app: AppContext, name: str, to: Path | None) -> None:
    """Enable pack source NAME: copy it into your sources folder with enabled: true.

    Read its 'terms' first (radar sources list, then the file): several sites allow
    automated reading only under an agreement. An existing copy keeps your edits and is
    switched on. Crawl it with 'radar crawl --only NAME'.

    \b
    Example:
      radar sources enable resmi-gazete-ilanlar --to /etc/radar/sources
    """
    target = enable_source(name, target_folder(app, to))
    load_sources(target)  # the copy must still validate (an edited copy too)
    click.echo(f"enabled {name}: {target}")


@command.command("disable")
@click.argument("name")
@click.option("--to", type=click.Path(path_type=Path),
              help="Your sources folder (default: the sources_path setting).")
@click.pass_obj
def disable(app: AppContext, name: str, to: Path | None) -> None:
    """Disable source NAME in your sources folder (its file stays, enabled: false)."""
    target = disable_source(name, target_folder(app, to))
    click.echo(f"disabled {name}: {target}")


@command.command("probe")
@click.argument("name")
@click.option("--url", help="Fetch this page instead of the source's first start URL.")
@SOURCES_OPTION
@click.option("--var", "variables", multiple=True, metavar="NAME=VALUE",
              help="Value of a ${NAME} placeholder (repeatable).")
@click.pass_obj
def probe(app: AppContext, name: str, url: str | None, sources_path: Path | None,
          variables: tuple[str, ...]) -> None:
    """Fetch one page of source NAME live and say whether its selectors still hold.

    Looks NAME up in your sources, then in the pack (disabled sources too). Fetches the
    first start URL (or --url), and for a listing the first detail page, with the
    source's timeout and robots.txt rule; prints what each selector or path matched.
    Stores nothing. Exit 0: the selectors hold; 1: the page could not be fetched or
    nothing matched; 2: unknown source or bad URL.

    \b
    Example:
      radar sources probe kap-bildirimler
      radar sources probe sikayetvar --url https://www.sikayetvar.com/sikayetler?page=2
    """
    from crawlers.probe import probe as run_probe

    _, sources = configured(app, sources_path, variables)
    known = {s.name: s for s in sources}
    if name not in known:
        known.update({s.name: s for s in load_sources(pack_path(), placeholders=True)
                      if s.name not in known})
    if name not in known:
        raise UsageError(f"unknown source {name!r} (see 'radar sources list')")
    if url is not None and not url.startswith(("http://", "https://")):
        raise UsageError(f"--url {url!r}: not an http(s) URL")
    result = run_probe(known[name], url)
    for line in result.lines:
        click.echo(line)
    if not result.holds:
        raise RunError(f"{name}: the selectors matched nothing; the site may have changed "
                       "(or the page could not be fetched)")
    click.echo(f"{name}: selectors hold ({result.items} item(s))")
