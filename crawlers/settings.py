"""Scrapy settings for Radar's crawls: every default in one place, then per-source politeness.

Each source becomes its own Scrapy crawler, so its politeness (delay, concurrency,
robots, retries, size cap) applies to it alone. The HTTP cache with the RFC 2616 policy
revalidates cached pages with ETag/Last-Modified: an unchanged page costs a 304, and
the item pipeline then sees the same content hash and stores nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crawlers.sources import SourceSpec

USER_AGENT = "RadarBot/0.1 (+https://github.com/radar-signals/radar; public-source monitor)"

DEFAULTS: dict[str, Any] = {
    "BOT_NAME": "radar",
    "USER_AGENT": USER_AGENT,
    "ROBOTSTXT_OBEY": True,
    "TELNETCONSOLE_ENABLED": False,
    "LOG_LEVEL": "WARNING",
    "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
    "DOWNLOAD_DELAY": 1.0,
    "DOWNLOAD_DELAY_JITTER": 0.5,
    "LOG_INSTALL_ROOT_HANDLER": False,
    "DOWNLOAD_TIMEOUT": 20,
    "DOWNLOAD_MAXSIZE": 10 * 1024 * 1024,
    "DOWNLOAD_WARNSIZE": 4 * 1024 * 1024,
    "AUTOTHROTTLE_ENABLED": True,
    "AUTOTHROTTLE_START_DELAY": 1.0,
    "AUTOTHROTTLE_MAX_DELAY": 30.0,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
    "RETRY_ENABLED": True,
    "RETRY_TIMES": 2,
    "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
    "HTTPCACHE_ENABLED": False,
    "HTTPCACHE_POLICY": "scrapy.extensions.httpcache.RFC2616Policy",
    "HTTPCACHE_STORAGE": "scrapy.extensions.httpcache.FilesystemCacheStorage",
    "HTTPCACHE_IGNORE_HTTP_CODES": [500, 502, 503, 504, 404, 403, 401, 429],
    "COOKIES_ENABLED": False,
    "DEPTH_LIMIT": 0,  # pagination is bounded by each source's max_pages instead
    "ITEM_PIPELINES": {"crawlers.pipeline.SinkPipeline": 300},
    # Decode by BOM, bytes, <meta>, header (crawlers.charset), not the header first.
    "DOWNLOADER_MIDDLEWARES": {"crawlers.charset.CharsetMiddleware": 585},
    "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
    "FEED_EXPORT_ENCODING": "utf-8",
}


def settings_for(source: SourceSpec, http_cache_dir: Path | None = None) -> dict[str, Any]:
    """The Scrapy settings of one source's crawler (its spider's ``custom_settings``)."""
    p = source.politeness
    out = dict(DEFAULTS)
    out.update({
        "ROBOTSTXT_OBEY": p.obey_robots,
        "CONCURRENT_REQUESTS_PER_DOMAIN": p.concurrency,
        "DOWNLOAD_DELAY": p.download_delay,
        "DOWNLOAD_DELAY_JITTER": 0.5 if p.download_delay > 0 else 0.0,
        "AUTOTHROTTLE_ENABLED": p.autothrottle and p.download_delay > 0,
        "AUTOTHROTTLE_START_DELAY": max(p.download_delay, 0.1),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(p.concurrency),
        "DOWNLOAD_TIMEOUT": p.timeout,
        "RETRY_TIMES": p.retries,
        "DOWNLOAD_MAXSIZE": int(p.max_size_mb * 1024 * 1024),
    })
    if http_cache_dir is not None:
        out["HTTPCACHE_ENABLED"] = True
        out["HTTPCACHE_DIR"] = str(Path(http_cache_dir).resolve())
    return out
