"""Batch extraction over design.md document lines: the plain function behind ``radar extract``.

One output object per input document, in input order. A line that is not a JSON object
with an ``id`` cannot be answered and is reported (with its line number) and skipped; a
document whose extraction fails is reported and answered with an empty event list, so
that output lines still pair with input documents. A field of the wrong type (a number
as the title, a date that is not ISO) is reported and ignored: the document's events
still come from its text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from radar_core.records import DocumentRecord, EventRecord, parse_when
from radar_core.tables import jsonl_lines

log = logging.getLogger(__name__)

ErrorHandler = Callable[[int, str], None]

# design.md Document fields besides id and text: each is a string or absent.
OPTIONAL_TEXT_FIELDS = ("url", "source", "source_type", "published", "lang", "title")


def _default_error(lineno: int, message: str) -> None:
    log.warning("line %d: %s", lineno, message)


def usable_fields(obj: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The document with unusable optional fields dropped, and why each was dropped.

    ``null`` and ``""`` mean absent and pass quietly; a value of the wrong type, or a
    ``published`` that is not an ISO date, is named so that the producer can fix it.
    """
    kept = dict(obj)
    notes: list[str] = []
    for name in OPTIONAL_TEXT_FIELDS:
        value = kept.get(name)
        if value is None or value == "":
            kept.pop(name, None)
        elif not isinstance(value, str):
            notes.append(f"field '{name}' is not a string ({type(value).__name__}); ignored")
            kept.pop(name)
        elif name == "published" and parse_when(value) is None:
            notes.append(f"field 'published' is not an ISO date ({value[:40]!r}); ignored")
            kept.pop(name)
    if kept.get("fields") is not None and not isinstance(kept["fields"], dict):
        notes.append(f"field 'fields' is not an object ({type(kept['fields']).__name__}); "
                     "ignored")
        kept.pop("fields")
    return kept, notes


def extract_documents(
    lines: Iterable[bytes | str],
    extractor: Any,
    on_error: ErrorHandler | None = None,
) -> Iterator[dict[str, Any]]:
    """Yield ``{"id", "events"}`` for every document line of ``lines`` (JSON Lines).

    Pass the lines as bytes (a file opened ``"rb"``) so that a line in another encoding
    is reported alone; ``on_error`` gets every problem with its line number.
    """
    report = on_error or _default_error
    for lineno, obj, problem in jsonl_lines(lines):
        if obj is None:
            report(lineno, f"{problem}; skipped")
            continue
        doc_id = obj.get("id")
        if doc_id in (None, "") or isinstance(doc_id, bool | dict | list):
            report(lineno, "no id; skipped")
            continue
        events: list[EventRecord] = []
        text = obj.get("text")
        if not isinstance(text, str) or not text.strip():
            report(lineno, f"document {doc_id!r} has no text; no events")
        else:
            kept, notes = usable_fields(obj)
            for note in notes:
                report(lineno, f"document {doc_id!r} {note} (warning)")
            try:
                events = extractor.extract(DocumentRecord.from_json(kept))
            except Exception as exc:  # one bad document must not stop the batch
                log.info("extraction failed on line %d", lineno, exc_info=True)
                report(lineno, f"document {doc_id!r} failed: {type(exc).__name__}: {exc}; "
                               "no events")
        yield {"id": doc_id, "events": [e.to_json() for e in events]}
