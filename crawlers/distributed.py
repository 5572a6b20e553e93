"""Distributed crawling: several crawler processes share one frontier in Redis (scrapy-redis).

Each process runs the same sources with scrapy-redis's scheduler and duplicate filter:
requests are queued in Redis and a request's fingerprint is recorded there before it
is queued, so a page is fetched by exactly one process, whichever pops it first. The
family spiders build their start requests without ``dont_filter``, so even the start
URLs are fetched once however many processes start together.

The frontier persists between processes (``SCHEDULER_PERSIST``): a process that
finishes early must not wipe the queue others still work on. A *round* lasts while at
least one process of it runs: each process joins the round (a sorted set of members in
Redis) before it crawls and leaves it after; the first to join an empty round clears
what a crashed earlier round left, the last to leave deletes the round's queues and
fingerprints, so the next round fetches every page again. A member that crashed is
dropped after ``ROUND_TTL`` seconds. ``clear_frontier`` removes the keys by hand.
Single-machine crawling (``crawlers.run_crawl``) needs none of this; ``scrapy_redis`` is
imported only here.
"""

from __future__ import annotations

import logging
import os
import socket
import time
import uuid
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
ROUND_TTL = 6 * 3600  # a round member silent this long crashed (no crawl takes longer)

# KEYS: members, then the round's frontier keys. ARGV: member, now, ttl. Atomic in Redis,
# so two processes joining at once cannot both clear, nor one clear after the other queued.
_JOIN = """
redis.call('zremrangebyscore', KEYS[1], '-inf', tonumber(ARGV[2]) - tonumber(ARGV[3]))
if redis.call('zcard', KEYS[1]) == 0 then
  for i = 2, #KEYS do redis.call('del', KEYS[i]) end
end
redis.call('zadd', KEYS[1], ARGV[2], ARGV[1])
redis.call('expire', KEYS[1], ARGV[3])
return redis.call('zcard', KEYS[1])
"""
_LEAVE = """
redis.call('zrem', KEYS[1], ARGV[1])
local left = redis.call('zcard', KEYS[1])
if left == 0 then
  for i = 1, #KEYS do redis.call('del', KEYS[i]) end
end
return left
"""


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


def members_key(prefix: str = DEFAULT_PREFIX) -> str:
    """The sorted set of the processes in the current round (member -> time joined)."""
    return f"{prefix}:members"


def round_keys(sources: Sequence[SourceSpec], prefix: str) -> list[str]:
    """The members key, then each source's queue and fingerprint keys (``redis_settings``)."""
    keys = [members_key(prefix)]
    for source in sources:
        keys += [f"{prefix}:{source.name}:requests", f"{prefix}:{source.name}:dupefilter"]
    return keys


def join_round(redis_url: str, sources: Sequence[SourceSpec], prefix: str, member: str,
               now: float, ttl: int = ROUND_TTL) -> int:
    """Join (or start) the round; returns how many processes are in it now."""
    import redis

    client = redis.Redis.from_url(redis_url)
    try:
        keys = round_keys(sources, prefix)
        return int(client.eval(_JOIN, len(keys), *keys, member, str(now), str(ttl)))
    finally:
        client.close()


def leave_round(redis_url: str, sources: Sequence[SourceSpec], prefix: str,
                member: str) -> int:
    """Leave the round; the last one out deletes its frontier. Returns who is left."""
    import redis

    client = redis.Redis.from_url(redis_url)
    try:
        keys = round_keys(sources, prefix)
        return int(client.eval(_LEAVE, len(keys), *keys, member))
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
    active = [s for s in sources if s.enabled]
    member = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    joined = join_round(redis_url, active, prefix, member, time.time())
    log.info("joined crawl round %s as %s (%d process(es) in it)", prefix, member, joined)
    try:
        summary = run_crawl(sources, sink, clock, http_cache_dir=http_cache_dir,
                            progress=progress, extra_settings=redis_settings(redis_url, prefix),
                            shared_frontier=True)
    finally:
        left = leave_round(redis_url, active, prefix, member)
        log.info("left crawl round %s (%d process(es) still in it)", prefix, left)
    log.info("distributed crawl of %d sources finished in this process", len(summary.sources))
    return summary
