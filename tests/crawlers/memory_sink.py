"""An in-memory ``DocumentSink``: proof that a crawl needs no database.

Also a script, run in a fresh process (the Twisted reactor starts once per process):
``python -m tests.crawlers.memory_sink SOURCES BASE_URL STATE_JSON`` crawls into a
``MemorySink`` loaded from ``STATE_JSON`` (if it exists), writes the sink's state back
and prints which database or application modules the crawl imported (none, we hope).
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from crawlers.documents import CrawledDocument
from crawlers.sink import RunId, StoredDocument
from crawlers.sources import SourceSpec

NOW = datetime(2026, 3, 10, 9, 0)


@dataclass
class Kept:
    """One stored document, as the fake keeps it."""

    external_id: str
    canonical_url: str
    content_hash: str
    text: str
    title: str | None
    story_id: str
    source: str
    fetched: str
    run: int
    processed: bool = False


@dataclass
class Run:
    source: str
    started: str
    finished: str | None = None
    stats: dict[str, Any] = field(default_factory=dict)
    broken: str | None = None


class MemorySink:
    """A plain ``DocumentSink``: dicts keyed by canonical URL, runs in a list."""

    def __init__(self, docs: dict[str, Kept] | None = None, runs: list[Run] | None = None) -> None:
        self.docs = docs or {}
        self.runs = runs or []

    def start_run(self, source: SourceSpec, started: datetime) -> RunId:
        self.runs.append(Run(source.name, started.isoformat()))
        return len(self.runs) - 1

    def finish_run(self, run: RunId, finished: datetime, stats: dict[str, Any],
                   broken: str | None) -> None:
        self.runs[run].finished = finished.isoformat()
        self.runs[run].stats = stats
        self.runs[run].broken = broken

    def recent_documents(self, since: datetime) -> list[StoredDocument]:
        return [StoredDocument(d.external_id, d.text, d.story_id) for d in self.docs.values()
                if datetime.fromisoformat(d.fetched) >= since]

    def stored_hash(self, canonical_url: str) -> str | None:
        kept = self.docs.get(canonical_url)
        return kept.content_hash if kept else None

    def has_content(self, content_hash: str) -> bool:
        return any(d.content_hash == content_hash for d in self.docs.values())

    def add_document(self, run: RunId, doc: CrawledDocument, *, external_id: str,
                     story_id: str, fetched: datetime) -> None:
        self.docs[doc.canonical_url] = Kept(
            external_id, doc.canonical_url, doc.content_hash, doc.text, doc.title, story_id,
            doc.source, fetched.isoformat(), run)

    def update_document(self, run: RunId, doc: CrawledDocument, *, fetched: datetime) -> None:
        kept = self.docs[doc.canonical_url]
        kept.content_hash, kept.text, kept.title = doc.content_hash, doc.text, doc.title
        kept.fetched, kept.run, kept.processed = fetched.isoformat(), run, False

    def dump(self) -> dict[str, Any]:
        return {"docs": [asdict(d) for d in self.docs.values()],
                "runs": [asdict(r) for r in self.runs]}

    @classmethod
    def load(cls, state: dict[str, Any]) -> MemorySink:
        return cls({d["canonical_url"]: Kept(**d) for d in state["docs"]},
                   [Run(**r) for r in state["runs"]])


def main(sources: str, base: str, state_path: str) -> None:
    from crawlers import load_sources, run_crawl

    path = Path(state_path)
    sink = MemorySink.load(json.loads(path.read_text())) if path.exists() else MemorySink()
    summary = run_crawl(load_sources(Path(sources), {"BASE": base}, None), sink, lambda: NOW)
    path.write_text(json.dumps(sink.dump()))
    imported = sorted(m for m in sys.modules if m.split(".")[0] in {"sqlalchemy", "radar"}
                      or m.startswith("radar_core.db"))
    print(json.dumps({"summary": summary.as_dict(), "imported": imported}), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
