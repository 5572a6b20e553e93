"""Crawlers: sources declared as YAML, generic Scrapy spiders per family, output to a sink."""

from crawlers.runner import CrawlSummary, run_crawl
from crawlers.sink import DocumentSink, StoredDocument
from crawlers.sources import SourceSpec, default_sources_path, load_sources

__all__ = ["CrawlSummary", "DocumentSink", "SourceSpec", "StoredDocument", "default_sources_path",
           "load_sources", "run_crawl"]
