"""The CLI's error boundary: any exception as one ``RadarError`` line with its exit code.

Radar's own errors already say what went wrong. The others reach the boundary from a
library and would print a traceback; the kinds a person can cause are named here once,
for every command: a database that cannot be used (``radar_core.db.failures``), a file
or folder that cannot be opened (exit 2), text that is not UTF-8 (exit 2), input nested
too deeply to read (exit 2), YAML that does not parse (exit 2), and an operating-system
failure with no path, such as a full disk or a refused connection (exit 1, the run
failed). Anything else is an ``InternalError`` (exit 1): one line, the traceback only
with ``-v``.
"""

from __future__ import annotations

from radar_core.db.failures import database_failure
from radar_core.errors import (
    ConfigError,
    InputError,
    InternalError,
    RadarError,
    RunError,
    UsageError,
)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def as_radar_error(exc: Exception, database_url: str | None = None) -> RadarError:
    """``exc`` as the ``RadarError`` to print; ``database_url`` names the database if known."""
    if isinstance(exc, RadarError):
        return exc
    failure = database_failure(exc, database_url)
    if failure is not None:
        return failure
    if isinstance(exc, UnicodeDecodeError):
        return InputError(f"input is not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at "
                          f"offset {exc.start}; save the file as UTF-8)")
    if isinstance(exc, RecursionError):
        return InputError("input is nested too deeply to read (maximum recursion depth "
                          "exceeded)")
    import yaml

    if isinstance(exc, yaml.YAMLError):
        return ConfigError(f"invalid YAML: {_one_line(str(exc))}")
    if isinstance(exc, OSError):
        reason = exc.strerror or _one_line(str(exc)) or type(exc).__name__
        if exc.filename is not None:
            also = f" -> {exc.filename2}" if exc.filename2 is not None else ""
            return UsageError(f"{exc.filename}{also}: {reason}")
        return RunError(reason)
    detail = _one_line(str(exc))
    return InternalError(f"unexpected {type(exc).__name__}" + (f": {detail}" if detail else "")
                         + " (run with -v to see the traceback)")
