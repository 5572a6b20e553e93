"""Storage: a Scrapy item pipeline writing ``Document``, ``Source`` and ``CrawlRun`` rows.

Upsert by canonical URL: an unchanged content hash is counted ``unchanged`` and not
written; a changed one updates the row and clears ``processed_at`` so the signals stage
looks again; the same content under another URL is a ``duplicate`` and not stored.
Near-duplicate stories (syndicated copies) share a ``story_id`` found with MinHash LSH,
across all sources of the run and the recent documents already stored.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from datasketch import MinHash, MinHashLSH
from scrapy import Spider
from scrapy.crawler import Crawler
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crawlers.documents import CrawledDocument, document_id
from radar_core.db import session_scope
from radar_core.db.models import CrawlRun, Document, Source
from radar_core.text import fold

log = logging.getLogger(__name__)

Progress = Callable[[str, dict[str, int]], None]
_WORD = re.compile(r"\w+")
NUM_PERM = 64
STORY_THRESHOLD = 0.5
STORY_LOOKBACK_DAYS = 30


def minhash(text: str) -> MinHash:
    """MinHash of word 3-shingles of the folded text (robust to case and diacritics)."""
    words = _WORD.findall(fold(text))
    shingles = {" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))}
    mh = MinHash(num_perm=NUM_PERM)
    for shingle in shingles:
        mh.update(shingle.encode("utf-8"))
    return mh


class StoryIndex:
    """Groups near-duplicate documents into stories (LSH over MinHash signatures)."""

    def __init__(self, threshold: float = STORY_THRESHOLD) -> None:
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._story: dict[str, str] = {}

    def add(self, key: str, text: str, story_id: str | None = None) -> str:
        """Index a document and return its story: an earlier near-duplicate's, else its own."""
        if key in self._story:
            return self._story[key]
        mh = minhash(text)
        matches = sorted(self._lsh.query(mh))
        story = story_id or (self._story[matches[0]] if matches else key)
        self._lsh.insert(key, mh)
        self._story[key] = story
        return story

    def load(self, sessions: sessionmaker[Session], since: datetime) -> int:
        """Index stored documents fetched since ``since`` (so stories span runs)."""
        with session_scope(sessions) as session:
            rows = session.execute(
                select(Document.external_id, Document.text, Document.story_id)
                .where(Document.fetched >= since).order_by(Document.id)).all()
        for external_id, text, story in rows:
            self.add(external_id, text, story or external_id)
        return len(rows)


@dataclass
class CrawlContext:
    """What all sources of one run share: the database, the story index, clock, progress."""

    sessions: sessionmaker[Session]
    clock: Callable[[], datetime]
    stories: StoryIndex = field(default_factory=StoryIndex)
    progress: Progress | None = None
    results: dict[str, dict[str, Any]] = field(default_factory=dict)


def is_broken(stats: dict[str, Any]) -> str | None:
    """Why a run counts as broken: it yielded nothing, or mostly errors."""
    docs = sum(stats.get(k, 0) for k in ("new", "changed", "unchanged", "duplicate"))
    errors = sum(stats.get("errors", {}).values())
    if docs == 0:
        return "no documents" + (f" ({errors} errors)" if errors else "")
    if errors > docs:
        return f"mostly errors: {errors} errors for {docs} documents"
    return None


class StoragePipeline:
    """Scrapy item pipeline: one instance per source crawler, writing through the context."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.counts: Counter[str] = Counter()
        self.run_id: int | None = None
        self.source_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoragePipeline:
        return cls(crawler)

    def _context(self, spider: Spider) -> CrawlContext:
        context = getattr(spider, "context", None)
        if not isinstance(context, CrawlContext):
            raise TypeError("StoragePipeline needs a spider built by crawlers.run_crawl")
        return context

    def open_spider(self) -> None:
        spider = self.crawler.spider
        assert spider is not None
        ctx = self._context(spider)
        source = spider.source  # type: ignore[attr-defined]
        now = ctx.clock()
        with session_scope(ctx.sessions) as session:
            row = session.scalar(select(Source).where(Source.name == source.name))
            if row is None:
                row = Source(name=source.name, created_at=now)
                session.add(row)
            row.family = source.family
            row.source_type = source.source_type
            row.lang = source.lang
            row.reliability = source.reliability
            row.config = source.model_dump(mode="json")
            session.flush()
            run = CrawlRun(source_id=row.id, started_at=now, status="running", stats={})
            session.add(run)
            session.flush()
            self.source_id, self.run_id = row.id, run.id

    def process_item(self, item: Any) -> Any:
        spider = self.crawler.spider
        assert spider is not None
        if not isinstance(item, CrawledDocument):
            return item
        ctx = self._context(spider)
        outcome = self._store(ctx, item)
        self.counts[outcome] += 1
        if ctx.progress is not None:
            ctx.progress(spider.name, dict(self.counts))
        return item

    def _store(self, ctx: CrawlContext, doc: CrawledDocument) -> str:
        now = ctx.clock()
        with session_scope(ctx.sessions) as session:
            row = session.scalar(select(Document).where(
                Document.canonical_url == doc.canonical_url))
            if row is not None and row.content_hash == doc.content_hash:
                return "unchanged"
            if row is None:
                twin = session.scalar(select(Document.id).where(
                    Document.content_hash == doc.content_hash).limit(1))
                if twin is not None:
                    return "duplicate"
                external_id = document_id(doc.canonical_url)
                row = Document(external_id=external_id, canonical_url=doc.canonical_url,
                               story_id=ctx.stories.add(external_id, doc.text))
                session.add(row)
                outcome = "new"
            else:
                outcome = "changed"
                row.processed_at = None
            row.url = doc.url
            row.content_hash = doc.content_hash
            row.source = doc.source
            row.source_id = self.source_id
            row.source_type = doc.source_type
            row.published = doc.published
            row.published_from = doc.published_from
            row.fetched = now
            row.lang = doc.lang
            row.title = doc.title
            row.text = doc.text
            row.fields = doc.fields
            row.flags = doc.flags
        return outcome

    def close_spider(self) -> None:
        spider = self.crawler.spider
        assert spider is not None
        ctx = self._context(spider)
        cstats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        stats: dict[str, Any] = {
            "pages": int(cstats.get("response_received_count", 0)),
            "requests": int(cstats.get("downloader/request_count", 0)),
            "not_modified": int(cstats.get("httpcache/revalidate", 0)),
            "retries": int(cstats.get("retry/count", 0)),
            "bytes": int(cstats.get("downloader/response_bytes", 0)),
            **{k: self.counts.get(k, 0) for k in ("new", "changed", "unchanged", "duplicate")},
            "errors": dict(getattr(spider, "errors", {})),
            "skipped": dict(getattr(spider, "skipped", {})),
            "notes": list(getattr(spider, "notes", [])),
        }
        reason = is_broken(stats)
        stats["broken"] = reason
        ctx.results[spider.name] = stats
        with session_scope(ctx.sessions) as session:
            run = session.get(CrawlRun, self.run_id)
            if run is not None:
                run.finished_at = ctx.clock()
                run.status = "broken" if reason else "ok"
                run.stats = stats
            source = session.get(Source, self.source_id)
            if source is not None:
                source.broken = reason is not None
                source.broken_reason = reason
        log.info("%s: %s", spider.name, stats)


def stories_since(clock: Callable[[], datetime]) -> datetime:
    """Start of the story look-back window."""
    return clock() - timedelta(days=STORY_LOOKBACK_DAYS)
