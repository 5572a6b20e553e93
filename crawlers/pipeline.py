"""The item pipeline: decides what each crawled document is and hands it to the sink.

Upsert by canonical URL: an unchanged content hash is counted ``unchanged`` and not
written; a changed one is updated (the sink marks it for the signals stage again); the
same content under another URL is a ``duplicate`` and not stored. Near-duplicate stories
(syndicated copies) share a ``story_id`` found with MinHash LSH, across all sources of the
run and the recent documents the sink already holds. Storage itself is the sink's job
(``crawlers.sink.DocumentSink``); nothing here knows about a database.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from datasketch import MinHash, MinHashLSH
from scrapy import Spider
from scrapy.crawler import Crawler

from crawlers.causes import failure_cause
from crawlers.documents import CrawledDocument, document_id
from crawlers.sink import DocumentSink, RunId, StoredDocument
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

    def seed(self, documents: Iterable[StoredDocument]) -> int:
        """Index documents already stored (so stories span runs); returns how many."""
        count = 0
        for doc in documents:
            self.add(doc.external_id, doc.text, doc.story_id or doc.external_id)
            count += 1
        return count


@dataclass
class CrawlContext:
    """What all sources of one run share: the sink, the story index, clock, progress."""

    sink: DocumentSink
    clock: Callable[[], datetime]
    stories: StoryIndex = field(default_factory=StoryIndex)
    progress: Progress | None = None
    results: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Several processes share the frontier (crawlers.distributed): one that found the
    # queue already drained by the others did nothing wrong and judges nothing.
    shared_frontier: bool = False


def is_broken(stats: dict[str, Any]) -> str | None:
    """Why a run counts as broken: it yielded nothing, or mostly errors."""
    docs = sum(stats.get(k, 0) for k in ("new", "changed", "unchanged", "duplicate"))
    errors = sum(stats.get("errors", {}).values())
    if docs == 0:
        return "no documents" + (f" ({errors} errors)" if errors else "")
    if errors > docs:
        return f"mostly errors: {errors} errors for {docs} documents"
    return None


def is_idle(stats: dict[str, Any]) -> bool:
    """Whether this process stored nothing of a source and met no error or skip: with a
    shared frontier the others took what it would have stored, the pages its own feed or
    listing led to included (it read the feed, another process fetched every article)."""
    handled = sum(stats.get(k, 0) for k in ("new", "changed", "unchanged", "duplicate"))
    return not (handled or stats.get("errors") or stats.get("skipped"))


class SinkPipeline:
    """Scrapy item pipeline: one instance per source crawler, storing through the sink."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.counts: Counter[str] = Counter()
        self.run: RunId | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SinkPipeline:
        return cls(crawler)

    def _context(self, spider: Spider) -> CrawlContext:
        context = getattr(spider, "context", None)
        if not isinstance(context, CrawlContext):
            raise TypeError("SinkPipeline needs a spider built by crawlers.run_crawl")
        return context

    def _run(self) -> RunId:
        if self.run is None:
            raise RuntimeError("SinkPipeline: item before open_spider")
        return self.run

    def open_spider(self) -> None:
        spider = self.crawler.spider
        assert spider is not None
        ctx = self._context(spider)
        self.run = ctx.sink.start_run(spider.source, ctx.clock())  # type: ignore[attr-defined]

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
        stored = ctx.sink.stored_hash(doc.canonical_url)
        if stored == doc.content_hash:
            return "unchanged"
        if stored is not None:
            ctx.sink.update_document(self._run(), doc, fetched=now)
            return "changed"
        if ctx.sink.has_content(doc.content_hash):
            return "duplicate"
        external_id = document_id(doc.canonical_url)
        ctx.sink.add_document(self._run(), doc, external_id=external_id,
                              story_id=ctx.stories.add(external_id, doc.text), fetched=now)
        return "new"

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
        if ctx.shared_frontier and is_idle(stats):
            stats["idle"] = True  # the other processes took every request of this source
            reason = None
        else:
            reason = is_broken(stats)
        stats["broken"] = reason
        cause = failure_cause(stats)
        if cause is not None:
            stats["cause"], stats["cause_detail"] = cause.code, cause.detail
        ctx.results[spider.name] = stats
        if self.run is not None:
            ctx.sink.finish_run(self.run, ctx.clock(), stats, reason)
        log.info("%s: %s", spider.name, stats)
