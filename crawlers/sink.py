"""The sink a crawl hands its output to: documents, per-source runs, and the few look-ups.

Crawlers decide what a fetched page is (new, changed, unchanged, duplicate; which story it
belongs to) but do not own storage: the application passes in an object implementing
``DocumentSink`` (Radar's is ``radar.crawl_store.DatabaseSink``). Keeping the interface
this small lets a crawl run into anything, e.g. an in-memory fake in tests.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from crawlers.documents import CrawledDocument
from crawlers.sources import SourceSpec

RunId = int
"""Identifies one source's run inside the sink (the sink chooses it)."""


@dataclass(frozen=True)
class StoredDocument:
    """A document the sink already holds, as the story index needs it."""

    external_id: str
    text: str
    story_id: str | None


@runtime_checkable
class DocumentSink(Protocol):
    """Where a crawl stores what it fetched; every call is its own unit of work."""

    def start_run(self, source: SourceSpec, started: datetime) -> RunId:
        """Record (or refresh) ``source``'s declaration and open a run for it."""
        ...

    def finish_run(self, run: RunId, finished: datetime, stats: dict[str, Any],
                   broken: str | None) -> None:
        """Close ``run`` with its statistics; ``broken`` says why the source looks broken."""
        ...

    def recent_documents(self, since: datetime) -> Iterable[StoredDocument]:
        """Documents fetched since ``since``, in the order stored (seeds the story index)."""
        ...

    def stored_hash(self, canonical_url: str) -> str | None:
        """Content hash of the document stored under ``canonical_url``, if any."""
        ...

    def has_content(self, content_hash: str) -> bool:
        """Whether some document (under any URL) already has this content."""
        ...

    def add_document(self, run: RunId, doc: CrawledDocument, *, external_id: str,
                     story_id: str, fetched: datetime) -> None:
        """Store a document seen for the first time."""
        ...

    def update_document(self, run: RunId, doc: CrawledDocument, *, fetched: datetime) -> None:
        """Replace the stored document under ``doc.canonical_url`` (its content changed),
        marking it for processing again."""
        ...
