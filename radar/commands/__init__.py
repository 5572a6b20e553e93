"""One module per CLI command; each exposes ``command`` and wraps a plain function."""

from __future__ import annotations

import click

# Exit status of an import that stored what it could but reported rows by line (skipped,
# or kept with a repaired, cleared or unverified cell): a script can tell "all clean" (0)
# from "look at stderr" (3) from "nothing imported" (2) and "the run failed" (1).
EXIT_ROWS_HAD_PROBLEMS = 3


def exit_if_rows_had_problems(problems: int) -> None:
    """End the command with ``EXIT_ROWS_HAD_PROBLEMS`` when any row was reported."""
    if problems:
        raise click.exceptions.Exit(EXIT_ROWS_HAD_PROBLEMS)
