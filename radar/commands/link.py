"""``radar link``: link company mentions (JSON Lines) to the client register, offline."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import click

from radar_core.errors import InputError


def _lines(path: str) -> Iterator[tuple[int, str]]:
    if path == "-":
        stream: IO[str] = sys.stdin
        yield from enumerate(stream, 1)
        return
    try:
        with open(path, encoding="utf-8-sig") as handle:
            yield from enumerate(handle, 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read mentions ({exc})") from exc


def _parse(line: str) -> tuple[dict[str, Any] | None, str]:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, f"invalid JSON ({exc.msg})"
    if not isinstance(obj, dict):
        return None, "expected a JSON object"
    if obj.get("id") is None:
        return None, "missing field 'id'"
    if not isinstance(obj.get("mention"), str) or not obj["mention"].strip():
        return None, "missing field 'mention'"
    if obj.get("context") is not None and not isinstance(obj["context"], str):
        return None, "field 'context' must be a string"
    return obj, ""


def link_file(clients_path: Path, input_path: str, out: IO[str]) -> tuple[int, int]:
    """Link every mention of ``input_path`` and write results to ``out``; (written, bad)."""
    from entity_linking import read_register
    from radar.pipeline import build_linker

    register = read_register(clients_path)
    for row_problem in register.problems:
        click.echo(row_problem.format(clients_path), err=True)
    linker = build_linker(register.clients, register.registry_numbers)
    written = bad = 0
    for number, line in _lines(input_path):
        if not line.strip():
            continue
        obj, problem = _parse(line)
        if obj is None:
            click.echo(f"{input_path}:{number}: {problem}; line skipped", err=True)
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
    reported on stderr with their line number and skipped.

    \b
    Example:
      radar link --clients clients.csv --input mentions.jsonl --output links.jsonl
    """
    if output_path == "-":
        written, bad = link_file(clients_path, input_path, sys.stdout)
    else:
        with open(output_path, "w", encoding="utf-8") as out:
            written, bad = link_file(clients_path, input_path, out)
    click.echo(f"linked {written} mention(s), {bad} bad line(s) skipped", err=True)
