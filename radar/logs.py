"""Structured logs: one JSON object per line with a run id, for log shippers (Loki, ELK).

Text logs suit a terminal; a scheduler or worker fleet needs lines a machine can filter
by job and run. The run id ties together every line of one process run (and the jobs
it starts pass their own), so "what did last night's crawl log" is one query.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
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
    changes; returns the handler that was added or the first one reformatted.
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
    return root.handlers[0]
