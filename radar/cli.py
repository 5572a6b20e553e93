"""The ``radar`` command line: a thin click layer over plain functions.

Exit codes: 0 success, 1 a run failed (what was done is kept), 2 bad usage, input or
configuration, 3 an import stored what it could but some rows had problems
(``radar.commands.EXIT_ROWS_HAD_PROBLEMS``). Data goes to stdout, messages and progress to
stderr.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import traceback
import uuid
from pathlib import Path

import click

from radar import __version__
from radar.context import AppContext
from radar.failures import as_radar_error
from radar.logs import capture_stderr, json_requested, release_stderr
from radar_core import declared
from radar_core.config import check_settings

# Each entry is a module of radar.commands exposing ``command`` (a click command or group).
COMMAND_MODULES: tuple[str, ...] = (
    "demo",
    "clients",
    "crawl",
    "sources",
    "process",
    "alerts",
    "mail",
    "webhooks",
    "extract",
    "link",
    "eval",
    "rules",
    "outcomes",
    "backtest",
    "offers",
    "train",
    "scheduler",
    "status",
    "worker",
    "web",
    "users",
    "db",
    "config",
    "validate",
)


NOISY_LIBRARIES = ("scrapy", "twisted", "filelock", "trafilatura", "htmldate", "urllib3", "alembic")


class _LibraryFilter(logging.Filter):
    """Drop chatty library records below ``level``.

    Scrapy re-applies its own logging config (scrapy at DEBUG) inside ``CrawlerProcess``
    and logs its banner at once, so levels set on its loggers beforehand do not hold;
    filtering at our handler does.
    """

    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= self.level:
            return True
        return record.name.split(".", 1)[0] not in NOISY_LIBRARIES


class _NoTracebacks(logging.Filter):
    """Log records without their traceback: without ``-v`` a failure is its message alone.

    Libraries (Scrapy above all) log expected failures with ``exc_info``; the message
    already names the problem, and ``-v`` brings the traceback back.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info = record.exc_text = record.stack_info = None
        return True


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog="Example: radar demo   (serves a demo site, crawls it, and writes RM e-mails)",
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Settings file (TOML). Default: $RADAR_CONFIG if set.",
)
@click.option("--db", "database_url", help="SQLAlchemy database URL (or RADAR_DATABASE_URL).")
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the embedded database and outbox (default ./radar-data).",
)
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors (no progress).")
@click.option("--log-format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="json: one JSON object a line, with a run id (RADAR_RUN_ID).")
@click.version_option(__version__, prog_name="radar")
@click.pass_context
def cli(
    ctx: click.Context,
    config_file: Path | None,
    database_url: str | None,
    data_dir: Path | None,
    verbose: int,
    quiet: bool,
    log_format: str,
) -> None:
    """Radar watches public sources and tells relationship managers why to call a firm today.

    \b
    The daily pipeline:
      radar clients import CLIENTS.csv    load the bank's client register
      radar crawl                         fetch news, tenders, notices (crawlers/sources)
      radar process                       find events, link firms, raise alerts
      radar alerts list                   see what was raised
    Offline tools that need no database:
      radar extract --clients C.csv --input DOCS.jsonl --output EVENTS.jsonl
      radar link    --clients C.csv --input MENTIONS.jsonl --output LINKS.jsonl
    """
    # Quiet by default like a good Unix tool: warnings only; -v for progress logs, -vv debug.
    level = logging.ERROR if quiet else [logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)]
    logging.basicConfig(
        level=level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if log_format == "json":
        from radar.logs import configure_json_logging

        run_id = os.environ.get("RADAR_RUN_ID") or uuid.uuid4().hex[:8]
        configure_json_logging(run_id=run_id, stream=sys.stderr, level=level)
    library_level = max(level, logging.WARNING) if verbose < 2 else level
    for noisy in NOISY_LIBRARIES:
        logging.getLogger(noisy).setLevel(library_level)
    for handler in logging.getLogger().handlers:
        handler.addFilter(_LibraryFilter(library_level))
        for stale in [f for f in handler.filters if isinstance(f, _NoTracebacks)]:
            handler.removeFilter(stale)  # an earlier in-process run (tests) left one
        if not verbose:
            handler.addFilter(_NoTracebacks())
    settings, config_problems = check_settings(config_file, database_url=database_url,
                                               data_dir=data_dir)
    # Bad settings stop every command, except ``radar validate``: it lists them together
    # with the problems of the sources and rules.
    if config_problems and ctx.invoked_subcommand != "validate":
        raise declared.fail(config_problems)
    ctx.obj = AppContext(settings=settings, verbosity=-1 if quiet else verbose,
                         extras={"config_problems": config_problems})


def _register_commands() -> None:
    """Add each command module's ``command``; a module that is absent is skipped.

    Only the module's own absence is tolerated (an optional command not installed);
    an import error inside an existing module is a bug and propagates.
    """
    for name in COMMAND_MODULES:
        module_name = f"radar.commands.{name}"
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue
            raise
        cli.add_command(module.command)


_register_commands()


def _fail(exc: Exception, ctx: click.Context | None) -> int:
    """Print ``exc`` as one line (after its traceback under ``-v``); its exit code."""
    verbose = int(ctx.params.get("verbose") or 0) if ctx is not None else 0
    app = ctx.obj if ctx is not None else None
    url = app.settings.resolved_database_url if isinstance(app, AppContext) else None
    error = as_radar_error(exc, url)
    if verbose:
        traceback.print_exception(exc, file=sys.stderr)
    click.echo(f"radar: {error}", err=True)
    return error.exit_code


def main(argv: list[str] | None = None) -> int:
    """Entry point and the one error boundary: every failure is one line on stderr.

    Exit 2 for bad usage, input or configuration, 1 for a run that failed (and for an
    unexpected error), 3 for rows reported by an import; ``-v`` adds the traceback.
    """
    args = sys.argv[1:] if argv is None else list(argv)
    ctx: click.Context | None = None
    if json_requested(args):
        capture_stderr()  # before click parses: its usage errors are JSON lines too
    try:
        ctx = cli.make_context("radar", args)
        with ctx:
            code = cli.invoke(ctx)
        # Commands return None; a ``click.exceptions.Exit`` they raise carries their code
        # (an import's 3, "rows had problems").
        if isinstance(code, int) and not isinstance(code, bool):
            return code
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("radar: aborted", err=True)
        return 1
    except click.ClickException as exc:
        exc.show()
        return 2
    except KeyboardInterrupt:
        click.echo("radar: interrupted", err=True)
        return 130
    except Exception as exc:  # the boundary: known kinds get their words, the rest R007
        return _fail(exc, ctx)
    finally:
        release_stderr()  # JSON logs: the lines above were JSON too; stderr is given back
    return 0


if __name__ == "__main__":
    sys.exit(main())
