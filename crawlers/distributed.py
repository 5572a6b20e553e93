"""Distributed crawling: several crawler processes share one frontier in Redis (scrapy-redis).

Each process runs the same sources with scrapy-redis's scheduler and duplicate filter:
requests are queued in Redis and a request's fingerprint is recorded there before it
is queued, so a page is fetched by exactly one process, whichever pops it first. The
family spiders build their start requests without ``dont_filter``, so even the start
URLs are fetched once however many processes start together.

The frontier persists between processes (``SCHEDULER_PERSIST``): a process that
finishes early must not wipe the queue others still work on. ``clear_frontier``
removes a run's keys once every process is done. Single-machine crawling
(``crawlers.run_crawl``) needs none of this; ``scrapy_redis`` is imported only here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from crawlers.pipeline import Progress
from crawlers.runner import CrawlSummary, run_crawl
from crawlers.sink import DocumentSink
from crawlers.sources import SourceSpec

log = logging.getLogger(__name__)

DEFAULT_PREFIX = "radar:crawl"


def redis_settings(redis_url: str, prefix: str = DEFAULT_PREFIX) -> dict[str, Any]:
    """Scrapy settings that move scheduling and request fingerprints into Redis.

    ``prefix`` separates deployments (and tests) sharing one Redis; each source
    (spider name) gets its own queue and fingerprint set under it.
    """
    return {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "SCHEDULER_QUEUE_KEY": f"{prefix}:%(spider)s:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:%(spider)s:dupefilter",
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_FLUSH_ON_START": False,
        "REDIS_URL": redis_url,
    }


def frontier_keys(redis_url: str, prefix: str = DEFAULT_PREFIX) -> list[str]:
    """The Redis keys of a frontier (queues and fingerprint sets) under ``prefix``."""
    import redis

    client = redis.Redis.from_url(redis_url)
    try:
        return sorted(k.decode() for k in client.scan_iter(match=f"{prefix}:*", count=1000))
    finally:
        client.close()


def clear_frontier(redis_url: str, prefix: str = DEFAULT_PREFIX) -> int:
    """Delete a frontier's keys once every process of the run has finished."""
    import redis

    keys = frontier_keys(redis_url, prefix)
    client = redis.Redis.from_url(redis_url)
    try:
        return int(client.delete(*keys)) if keys else 0
    finally:
        client.close()


def run_distributed_crawl(sources: Sequence[SourceSpec], sink: DocumentSink,
                          clock: Callable[[], datetime], redis_url: str, *,
                          prefix: str = DEFAULT_PREFIX, progress: Progress | None = None,
                          http_cache_dir: Path | None = None) -> CrawlSummary:
    """Crawl ``sources`` as one of several processes sharing the Redis frontier.

    Start the same call in as many processes (or machines) as wanted; each hands what it
    fetched to its ``sink`` (typically all writing one shared database). Like
    ``run_crawl``, once per process.
    """
    summary = run_crawl(sources, sink, clock, http_cache_dir=http_cache_dir,
                        progress=progress, extra_settings=redis_settings(redis_url, prefix))
    log.info("distributed crawl of %d sources finished in this process", len(summary.sources))
    return summary
