"""``radar link``: link company mentions (JSON Lines) to the client register, offline."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import click

from radar.commands import exit_if_rows_had_problems, open_input, open_output
from radar_core.tables import jsonl_lines


def _parse(obj: dict[str, Any]) -> str:
    """Why a mention object cannot be linked, or "" when it can."""
    if obj.get("id") is None:
        return "missing field 'id'"
    if not isinstance(obj.get("mention"), str) or not obj["mention"].strip():
        return "missing field 'mention'"
    if obj.get("context") is not None and not isinstance(obj["context"], str):
        return "field 'context' must be a string"
    return ""


def link_file(clients_path: Path, source: Iterable[bytes], input_name: str,
              out: IO[str]) -> tuple[int, int]:
    """Link every mention of ``source`` (JSON Lines as bytes) into ``out``; (written, bad).

    Bad lines (not UTF-8, not JSON, nested too deeply, not a mention) are named on stderr
    as ``input_name:LINE`` and skipped; the rest is linked.
    """
    from entity_linking import read_register
    from radar.pipeline import build_linker

    register = read_register(clients_path)
    for row_problem in register.problems:
        click.echo(row_problem.format(clients_path), err=True)
    linker = build_linker(register.clients, register.registry_numbers)
    written = bad = 0
    for number, obj, problem in jsonl_lines(source):
        problem = problem or _parse(obj or {})
        if obj is None or problem:
            click.echo(f"{input_name}:{number}: {problem}; line skipped", err=True)
            bad += 1
            continue
        result = linker.link(obj["mention"], obj.get("context") or "")
        out.write(json.dumps(result.to_json(str(obj["id"])), ensure_ascii=False) + "\n")
        written += 1
    return written, bad


@click.command("link")
@click.option("--clients", "clients_path", required=True,
              type=click.Path(dir_okay=False, path_type=Path),
              help="Client register, CSV or XLSX (design.md columns).")
@click.option("--input", "input_path", required=True,
              help='Mentions, JSON Lines {"id", "mention", "context"?}; "-" for stdin.')
@click.option("--output", "output_path", default="-", show_default=True,
              help='Where to write links (JSON Lines); "-" for stdout.')
def command(clients_path: Path, input_path: str, output_path: str) -> None:
    """Link company mentions to register clients; no database needed.

    Each output line is {"id", "client_id" (or null), "confidence", "status",
    "candidates": [{"client_id", "score"}]}, in input order. Bad input lines are
    reported on stderr with their line number and skipped; the command then exits 3.

    \b
    Example:
      radar link --clients clients.csv --input mentions.jsonl --output links.jsonl
    """
    src = open_input(input_path)
    out = open_output(output_path)
    try:
        written, bad = link_file(clients_path, src, input_path, out)
    finally:
        if input_path != "-":
            src.close()
        if out is not sys.stdout:
            out.close()
    click.echo(f"linked {written} mention(s), {bad} bad line(s) skipped", err=True)
    exit_if_rows_had_problems(bad)
