"""Crawlers: sources declared as YAML, generic Scrapy spiders per family, DB storage."""

from crawlers.runner import CrawlSummary, run_crawl
from crawlers.sources import SourceSpec, default_sources_path, load_sources

__all__ = ["CrawlSummary", "SourceSpec", "default_sources_path", "load_sources", "run_crawl"]
