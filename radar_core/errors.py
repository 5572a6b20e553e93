"""Radar's exceptions, each with a stable code so that logs and docs can refer to it.

Exit codes of the CLI follow the type: ``UsageError`` and ``ConfigError`` exit 2,
``RunError`` exits 1, ``BusyError`` exits 4.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from radar_core.declared import Problem


class RadarError(Exception):
    """Base class; ``code`` is stable across versions (R001, R002, ...)."""

    code = "R000"
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


class UsageError(RadarError):
    """Bad command-line input: a missing file, a malformed argument."""

    code = "R001"
    exit_code = 2


class ConfigError(RadarError):
    """A settings, source, pattern or rule file is invalid; the message names file:line field."""

    code = "R002"
    exit_code = 2


class DeclaredError(ConfigError):
    """A declared-data YAML file (sources, patterns, places, linker, rules, fixtures) is invalid.

    The message lists every problem, one ``file:line field: message`` per line;
    ``problems`` holds them as ``Problem`` records for callers that collect
    problems across files instead of stopping at the first bad one.
    """

    code = "R006"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.problems: list[Problem] = []


class InputError(RadarError):
    """An input file (register, documents, outcomes) cannot be read at all."""

    code = "R003"
    exit_code = 2


class RunError(RadarError):
    """A run failed part-way (database down, SMTP down); what was done is kept."""

    code = "R004"
    exit_code = 1


class BusyError(RunError):
    """Another run already does this work on this database; nothing was done: run again later.

    Its own exit code (4) lets a cron wrapper tell "someone else is at it" from a failure.
    """

    code = "R008"
    exit_code = 4


class SchemaOutdatedError(RadarError):
    """The database schema is older than the code: run ``radar db upgrade``."""

    code = "R005"
    exit_code = 2


class InternalError(RadarError):
    """An unexpected error (a bug, or a failure no rule names): one line, exit 1.

    The CLI turns any exception it has no words for into this, so that a person sees one
    line instead of a traceback; ``radar -v`` prints the traceback as well.
    """

    code = "R007"
    exit_code = 1
