"""One module per CLI command; each exposes ``command`` and wraps a plain function."""

from __future__ import annotations

import sys
from typing import IO

import click

from radar_core.errors import InputError, UsageError

# Exit status of an import that stored what it could but reported rows by line (skipped,
# or kept with a repaired, cleared or unverified cell): a script can tell "all clean" (0)
# from "look at stderr" (3) from "nothing imported" (2) and "the run failed" (1).
EXIT_ROWS_HAD_PROBLEMS = 3


def exit_if_rows_had_problems(problems: int) -> None:
    """End the command with ``EXIT_ROWS_HAD_PROBLEMS`` when any row was reported."""
    if problems:
        raise click.exceptions.Exit(EXIT_ROWS_HAD_PROBLEMS)


def open_input(path: str) -> IO[bytes]:
    """The input as bytes ('-' = stdin): lines are decoded one by one, so one line that is
    not UTF-8 is reported alone and the rest is read."""
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")  # noqa: SIM115 - closed by the caller
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def open_output(path: str) -> IO[str]:
    """The output ('-' = stdout), opened before any work so a bad path fails at once."""
    if path == "-":
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed by the caller
    except OSError as exc:
        raise UsageError(f"--output {path}: cannot write ({exc.strerror or exc})") from exc
