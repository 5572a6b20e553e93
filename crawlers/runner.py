"""Run declared sources through Scrapy in this process and summarise what was stored.

``run_crawl`` starts a ``CrawlerProcess`` with one crawler per source, all in parallel on
one reactor, handing every document to the caller's ``DocumentSink``. The Twisted
reactor can start only ONCE per process: a second ``run_crawl`` in the same process
fails. Callers that crawl repeatedly (tests, a scheduler) run each crawl in a fresh
process, e.g. ``python -m radar.cli crawl`` or ``multiprocessing`` with the ``spawn``
start method.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from crawlers.pipeline import STORY_LOOKBACK_DAYS, CrawlContext, Progress, StoryIndex
from crawlers.settings import DEFAULTS, settings_for
from crawlers.sink import DocumentSink
from crawlers.sources import SourceSpec
from crawlers.spiders import SPIDERS

log = logging.getLogger(__name__)

# Scrapy loggers whose errors are failed downloads that the spiders' errback counts (a
# dead host's give-up after retries; a robots.txt that could not be fetched, after which
# the page itself is requested and counted).
COUNTED_BY_SPIDERS = ("scrapy.downloadermiddlewares.retry",
                      "scrapy.downloadermiddlewares.robotstxt")


@dataclass
class CrawlSummary:
    """Per-source statistics of one run (the ``CrawlRun.stats`` of each source)."""

    sources: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def failed(self) -> list[str]:
        """Sources whose run was broken (nothing stored, or mostly errors)."""
        return [name for name, stats in self.sources.items() if stats.get("broken")]

    def total(self, key: str) -> int:
        return sum(int(stats.get(key, 0)) for stats in self.sources.values())

    def as_dict(self) -> dict[str, Any]:
        return {"sources": self.sources, "failed": self.failed,
                **{k: self.total(k) for k in ("pages", "new", "changed", "unchanged",
                                              "duplicate", "not_modified")}}


def spider_class(source: SourceSpec, http_cache_dir: Path | None) -> type[Any]:
    """A subclass of the family's spider carrying this source's settings."""
    base = SPIDERS[source.family]
    return type(f"{base.__name__}_{source.name.replace('-', '_').replace('.', '_')}", (base,),
                {"name": source.name, "custom_settings": settings_for(source, http_cache_dir)})


def run_crawl(sources: Sequence[SourceSpec], sink: DocumentSink,
              clock: Callable[[], datetime], *, http_cache_dir: Path | None = None,
              progress: Progress | None = None,
              extra_settings: Mapping[str, Any] | None = None,
              shared_frontier: bool = False) -> CrawlSummary:
    """Crawl ``sources`` into ``sink``; blocks until all finish.

    Only once per process (Twisted's reactor cannot restart); see the module docstring.
    Disabled sources are skipped. ``http_cache_dir`` enables conditional re-fetching.
    ``extra_settings`` override Scrapy settings for every source (e.g. a shared frontier,
    ``crawlers.distributed``, which also sets ``shared_frontier``: then a source this
    process got no request of is ``idle``, not broken). ``clock`` stamps runs and fetch times.
    """
    from scrapy.crawler import CrawlerProcess

    context = CrawlContext(sink=sink, clock=clock, stories=StoryIndex(), progress=progress,
                           shared_frontier=shared_frontier)
    loaded = context.stories.seed(
        sink.recent_documents(clock() - timedelta(days=STORY_LOOKBACK_DAYS)))
    log.debug("story index holds %d recent documents", loaded)
    extra = dict(extra_settings or {})
    process = CrawlerProcess({**{k: v for k, v in DEFAULTS.items() if k != "ITEM_PIPELINES"},
                              **extra})
    # Scrapy resets its loggers to DEBUG; keep them at the caller's level or quieter.
    # (Its start-up banner is filtered by the CLI's log handler.)
    quiet = max(logging.getLogger().getEffectiveLevel(), logging.WARNING)
    for name in ("scrapy", "twisted", "py.warnings"):
        logging.getLogger(name).setLevel(quiet)
    # Failed downloads and callbacks are counted per source by the spiders (errback,
    # spider_error) and summed up in one line each; Scrapy's own error lines for them
    # (with tracebacks) would repeat that, so they show only at INFO (-v) or below.
    counted = quiet if logging.getLogger().getEffectiveLevel() <= logging.INFO \
        else logging.CRITICAL
    for name in COUNTED_BY_SPIDERS:
        logging.getLogger(name).setLevel(counted)
    active = [s for s in sources if s.enabled]
    for source in active:
        spider = spider_class(source, http_cache_dir)
        spider.custom_settings = {**spider.custom_settings, **extra}
        process.crawl(spider, source=source, context=context)
    if active:
        process.start()
    return CrawlSummary(sources={s.name: context.results.get(
        s.name, {"broken": "crawler did not finish"}) for s in active})
