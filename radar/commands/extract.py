"""``radar extract``: documents (JSON Lines) in, one events line per document out.

Works with no database, no network and no settings: the client register and the
documents are its only inputs. Wraps ``signals.extract_documents``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import click

from radar.commands import exit_if_rows_had_problems, open_input, open_output
from radar.context import AppContext
from radar_core.errors import UsageError
from radar_core.records import ClientRecord

if TYPE_CHECKING:
    from entity_linking import Linker
    from radar.register_cache import RegisterIndexes

PROGRESS_EVERY = 200


def read_clients(path: Path) -> list[ClientRecord]:
    """The register through ``entity_linking.register`` (the one register reader)."""
    from entity_linking.register import read_register

    result = read_register(path)
    for problem in result.problems:
        click.echo(f"radar extract: {problem.format(path)}", err=True)
    return result.clients


def load_indexes(path: Path, data_dir: Path) -> RegisterIndexes:
    """The register file's records and indexes: from the register cache in ``data_dir``
    when this very file (its bytes) was indexed before, else read, built and cached.
    The register's problems are reported either way."""
    from entity_linking.register import read_register
    from radar.register_cache import RegisterCache, cache_dir, file_fingerprint, key_of

    cache = RegisterCache(cache_dir(data_dir))
    key = key_of(file_fingerprint(path))
    indexes = cache.load(key)
    if indexes is None:
        result = read_register(path)
        indexes = cache.build(key, result.clients, result.problems)
    for problem in indexes.notes:
        click.echo(f"radar extract: {problem.format(path)}", err=True)
    return indexes


def build_linker(clients: list[ClientRecord]) -> Linker:
    """The entity linker over the register."""
    from radar.pipeline import build_linker as build

    return build(clients)


@click.command("extract")
@click.option("--clients", "clients_path", required=True,
              type=click.Path(dir_okay=False, path_type=Path), help="Client register (CSV/XLSX).")
@click.option("--input", "input_path", required=True, help="Documents, JSON Lines ('-' = stdin).")
@click.option("--output", "output_path", required=True, help="Events, JSON Lines ('-' = stdout).")
@click.pass_obj
def command(app: AppContext, clients_path: Path, input_path: str, output_path: str) -> None:
    """Extract business events from documents, one output line per input document.

    Bad input lines are reported on stderr as INPUT:LINE and skipped (a document with
    unusable fields keeps its events from the text); the command then exits 3.

    \b
    Example:
      radar extract --clients clients.csv --input docs.jsonl --output events.jsonl
    """
    import json

    from radar.pipeline import build_extractor
    from signals import extract_documents

    if not clients_path.exists():
        raise UsageError(f"{clients_path}: no such file")
    src = open_input(input_path)
    out = open_output(output_path)
    count = events = problems = 0

    def on_error(lineno: int, message: str) -> None:
        nonlocal problems
        problems += 1
        click.echo(f"radar extract: {input_path}:{lineno} {message}", err=True)

    started = time.monotonic()
    try:
        register = load_indexes(clients_path, app.settings.data_dir)
        extractor = build_extractor(register)
        click.echo(f"radar extract: {len(register.clients)} clients, ready in "
                   f"{time.monotonic() - started:.1f}s", err=True)
        for obj in extract_documents(src, extractor, on_error):
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
            count += 1
            events += len(obj["events"])
            if count % PROGRESS_EVERY == 0:
                click.echo(f"radar extract: {count} documents, {events} events", err=True)
    finally:
        if input_path != "-":
            src.close()
        if out is not sys.stdout:
            out.close()
    click.echo(f"radar extract: {count} documents, {events} events in "
               f"{time.monotonic() - started:.1f}s"
               + (f"; {problems} problem(s) reported above" if problems else ""), err=True)
    exit_if_rows_had_problems(problems)
