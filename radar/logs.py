"""Structured logs: one JSON object per line with a run id, for log shippers (Loki, ELK).

Text logs suit a terminal; a scheduler or worker fleet needs lines a machine can filter
by job and run. The run id ties together every line of one process run (and the jobs
it starts pass their own), so "what did last night's crawl log" is one query. With JSON
on, every line on stderr is JSON, not only log records: Python warnings go through
logging, and what else is written to stderr is wrapped (``JsonStderr``).
"""

from __future__ import annotations

import io
import json
import logging
import re
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, TextIO

# Attributes every LogRecord has; anything else was passed in ``extra=`` and is kept.
_STANDARD = frozenset(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {
    "message", "asctime", "taskName"}


class JsonFormatter(logging.Formatter):
    """Format records as JSON: time (UTC ISO), level, logger, message, run_id, extras."""

    def __init__(self, run_id: str | None = None) -> None:
        super().__init__()
        self.run_id = run_id

    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        run_id = getattr(record, "run_id", None) or self.run_id
        if run_id:
            payload["run_id"] = run_id
        for key, value in record.__dict__.items():
            if key not in _STANDARD and key != "run_id" and not key.startswith("_"):
                payload[key] = value
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return json.dumps(payload, ensure_ascii=False, default=str)


def configure_json_logging(run_id: str | None = None, stream: TextIO | None = None,
                           level: int | None = None) -> logging.Handler:
    """Switch the root logger's handlers to JSON (adding one on ``stream`` if none).

    Existing handlers keep their filters (the CLI's library filter), only the format
    changes; returns the handler that was added or the first one reformatted. Unless a
    test passes its own ``stream``, ``sys.stderr`` is captured too (``capture_stderr``).
    """
    root = logging.getLogger()
    if level is not None:
        root.setLevel(level)
    formatter = JsonFormatter(run_id)
    if not root.handlers:
        handler: logging.Handler = logging.StreamHandler(stream or sys.stderr)
        root.addHandler(handler)
    for handler in root.handlers:
        handler.setFormatter(formatter)
    if stream is None or stream is sys.stderr:
        capture_stderr(run_id)
    for handler in root.handlers:
        # Records go to the real stream, whole, never into a half-written progress line.
        if isinstance(handler, logging.StreamHandler) and isinstance(handler.stream, JsonStderr):
            handler.setStream(handler.stream.target)
    return root.handlers[0]


# A problem line of a file (``rules/risk.yml:42 rules[3].within_days: must be > 0``).
_PROBLEM = re.compile(r"^\S+:\d+ \S+: ")


class JsonStderr(io.TextIOBase):
    """``sys.stderr`` while JSON logs are on: whatever is written becomes JSON lines.

    Log records are JSON already, but a command's messages (``click.echo(err=True)``), a
    library's ``print`` and the CLI's own error line are not; a log shipper would then
    read some lines as garbage. Each complete line that is not a JSON object is wrapped
    as one (logger ``stderr``; ERROR for the CLI's ``radar: ...``/``Error: ...`` lines and
    ``file:line field: message`` problems, WARNING for lines marked ``(warning)``, else
    INFO). A line rewritten with ``\\r``
    (progress) becomes the last state a terminal would have shown.
    """

    def __init__(self, target: TextIO, run_id: str | None = None) -> None:
        super().__init__()
        self.target = target
        self.run_id = run_id
        self._pending = ""

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.target, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self.target, "errors", None)

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        """The real stream's descriptor (faulthandler needs one; what it writes is raw)."""
        return self.target.fileno()

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        lines = (self._pending + text).split("\n")
        self._pending = lines.pop()
        for line in lines:
            self._emit(line)
        return len(text)

    def flush(self) -> None:
        self.target.flush()

    def drain(self) -> None:
        """Write out a last line that never got its newline."""
        pending, self._pending = self._pending, ""
        self._emit(pending)
        self.flush()

    def _emit(self, line: str) -> None:
        line = line.rsplit("\r", 1)[-1].rstrip()
        if not line:
            return
        if line.startswith("{"):
            try:
                if isinstance(json.loads(line), dict):
                    self.target.write(line + "\n")
                    return
            except ValueError:
                pass
        level = "WARNING" if "(warning)" in line else \
            "ERROR" if line.startswith(("radar: ", "Error: ")) or _PROBLEM.match(line) else "INFO"
        payload: dict[str, Any] = {
            "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "level": level, "logger": "stderr", "message": line}
        if self.run_id:
            payload["run_id"] = self.run_id
        self.target.write(json.dumps(payload, ensure_ascii=False) + "\n")


def _log_uncaught(kind: type[BaseException], value: BaseException,
                  tb: TracebackType | None) -> None:
    """An uncaught exception as one JSON record (its traceback in ``exception``)."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    logging.getLogger("radar").critical("uncaught %s: %s", kind.__name__, value,
                                        exc_info=(kind, value, tb))


def json_requested(argv: Sequence[str]) -> bool:
    """Whether a command line asks for JSON logs (``--log-format json`` or ``=json``)."""
    pairs = zip(argv, [*argv[1:], ""], strict=True)
    return any(a == "--log-format=json" or (a == "--log-format" and b == "json")
               for a, b in pairs)


def capture_stderr(run_id: str | None = None) -> None:
    """Make every line on stderr JSON: wrap ``sys.stderr``, route Python warnings and
    uncaught exceptions through logging. ``release_stderr`` undoes it."""
    if isinstance(sys.stderr, JsonStderr):
        sys.stderr.run_id = run_id or sys.stderr.run_id
        return
    sys.stderr = JsonStderr(sys.stderr, run_id)
    logging.captureWarnings(True)
    sys.excepthook = _log_uncaught


def release_stderr() -> None:
    """Give ``sys.stderr`` back (after the CLI's last message); warnings print again.

    The exception hook stays: it writes through logging, which is still JSON, so a crash
    that escapes ``main`` is one JSON record too.
    """
    if isinstance(sys.stderr, JsonStderr):
        wrapper = sys.stderr
        wrapper.drain()
        sys.stderr = wrapper.target
        logging.captureWarnings(False)
