"""``radar crawl``: fetch the declared sources into the database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from crawlers import default_sources_path, load_sources, run_crawl
from crawlers.distributed import DEFAULT_PREFIX, run_distributed_crawl
from radar.context import AppContext
from radar.crawl_store import DatabaseSink
from radar.jobs import record_job
from radar_core.clock import utcnow
from radar_core.errors import RunError, UsageError


def parse_vars(pairs: tuple[str, ...]) -> dict[str, str]:
    """``NAME=VALUE`` pairs for ``${NAME}`` placeholders in source files."""
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise UsageError(f"--var {pair!r}: expected NAME=VALUE")
        out[name] = value
    return out


def source_line(name: str, stats: dict[str, Any]) -> str:
    """One line per source: its counts, its errors by kind, and why it is broken."""
    kinds: dict[str, int] = stats.get("errors", {})
    errors = sum(kinds.values())
    detail = ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items()))
    return (f"{name}: pages {stats.get('pages', 0)}  new {stats.get('new', 0)}  "
            f"changed {stats.get('changed', 0)}  unchanged {stats.get('unchanged', 0)}  "
            f"duplicate {stats.get('duplicate', 0)}  errors {errors}"
            + (f" ({detail})" if detail else "")
            + (f"  BROKEN: {stats['broken']}" if stats.get("broken") else "")
            + (f" ({stats['cause']}: {stats['cause_detail']})" if stats.get("cause") else "")
            + ("  idle: other processes took all its pages" if stats.get("idle") else ""))


@click.command("crawl")
@click.option("--sources", "sources_path", type=click.Path(path_type=Path),
              help="Source YAML file or folder (default: settings, else crawlers/sources).")
@click.option("--only", multiple=True, help="Crawl only this source (repeatable).")
@click.option("--var", "variables", multiple=True, metavar="NAME=VALUE",
              help="Value of a ${NAME} placeholder in source files (repeatable).")
@click.option("--no-cache", is_flag=True, help="Do not use the HTTP cache (re-download all).")
@click.option("--distributed", is_flag=True,
              help="Share the crawl with other processes through Redis (scrapy-redis): "
                   "each page is fetched by one of them.")
@click.option("--redis-url", help="Redis of the shared frontier (or the redis_url setting).")
@click.option("--frontier", default=DEFAULT_PREFIX, show_default=True,
              help="Redis key prefix of the shared frontier; separates deployments.")
@click.pass_obj
def command(app: AppContext, sources_path: Path | None, only: tuple[str, ...],
            variables: tuple[str, ...], no_cache: bool, distributed: bool,
            redis_url: str | None, frontier: str) -> None:
    """Crawl the declared sources and store new or changed documents.

    Unchanged pages are revalidated with ETag/Last-Modified (a 304 costs nothing) and are
    not stored again, so running it twice adds nothing the second time. Exits 1 when a
    source is broken (nothing fetched, or mostly errors).

    With --distributed, start the same command in as many processes (or machines) as
    wanted, sharing the database and Redis: pages are queued in Redis and each is fetched
    once, by whichever process takes it. The round ends when the last process finishes.

    \b
    Examples:
      radar crawl
      radar crawl --only demo-ekonomi-postasi --var DEMO_URL=http://127.0.0.1:8765
      radar --db postgresql+psycopg://radar@db/radar crawl --distributed --redis-url redis://cache:6379/0
    """
    path = sources_path or app.settings.sources_path or default_sources_path()
    sources = load_sources(path, parse_vars(variables), list(only) or None)
    if not sources:
        raise UsageError(f"{path}: no sources to crawl")

    def progress(source: str, counts: dict[str, int]) -> None:
        if app.verbosity >= 0:
            done = sum(counts.values())
            click.echo(f"\r{source}: {done} documents", err=True, nl=False)

    url = redis_url or app.settings.redis_url
    if distributed and not url:
        raise UsageError("--distributed needs --redis-url (or the redis_url setting)")
    cache = None if no_cache else app.settings.data_dir / "httpcache"
    with record_job(app.sessions, "crawl", utcnow) as counts:
        if distributed and url:
            summary = run_distributed_crawl(sources, DatabaseSink(app.sessions), utcnow, url,
                                            prefix=frontier, progress=progress,
                                            http_cache_dir=cache)
        else:
            summary = run_crawl(sources, DatabaseSink(app.sessions), utcnow,
                                http_cache_dir=cache, progress=progress)
        if app.verbosity >= 0:
            click.echo("", err=True)
        counts.update(summary.as_dict())
        counts["failed"] = len(summary.failed)
        for name, stats in summary.sources.items():
            click.echo(source_line(name, stats))
        click.echo(f"total: new {summary.total('new')}  changed {summary.total('changed')}  "
                   f"unchanged {summary.total('unchanged')}")
    if summary.failed:
        raise RunError(f"broken source(s): {', '.join(summary.failed)}")
