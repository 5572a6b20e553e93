"""Batch extraction over design.md document lines: the plain function behind ``radar extract``.

One output object per input document, in input order. A line that is not a JSON object
with an ``id`` cannot be answered and is reported (with its line number) and skipped; a
document whose extraction fails is reported and answered with an empty event list, so
that output lines still pair with input documents.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from radar_core.records import DocumentRecord, EventRecord

log = logging.getLogger(__name__)

ErrorHandler = Callable[[int, str], None]


def _default_error(lineno: int, message: str) -> None:
    log.warning("line %d: %s", lineno, message)


def extract_documents(
    lines: Iterable[str],
    extractor: Any,
    on_error: ErrorHandler | None = None,
) -> Iterator[dict[str, Any]]:
    """Yield ``{"id", "events"}`` for every document line of ``lines`` (JSON Lines)."""
    report = on_error or _default_error
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            report(lineno, f"invalid JSON ({exc.msg}); skipped")
            continue
        if not isinstance(obj, dict) or obj.get("id") in (None, ""):
            report(lineno, "no id; skipped")
            continue
        events: list[EventRecord] = []
        if not isinstance(obj.get("text"), str):
            report(lineno, f"document {obj['id']!r} has no text; no events")
        else:
            try:
                events = extractor.extract(DocumentRecord.from_json(obj))
            except Exception as exc:  # one bad document must not stop the batch
                log.exception("extraction failed on line %d", lineno)
                report(lineno, f"document {obj['id']!r} failed: {exc}; no events")
        yield {"id": obj["id"], "events": [e.to_json() for e in events]}
