"""Generic spiders, one module per source family; ``SPIDERS`` maps family to class."""

from __future__ import annotations

from crawlers.spiders.api import ApiSpider
from crawlers.spiders.base import SourceSpider
from crawlers.spiders.feed import FeedSpider
from crawlers.spiders.listing import ListingSpider
from crawlers.spiders.sitemap import SitemapSpider
from crawlers.spiders.table import TableSpider

SPIDERS: dict[str, type[SourceSpider]] = {
    "feed": FeedSpider,
    "sitemap": SitemapSpider,
    "listing": ListingSpider,
    "table": TableSpider,
    "api": ApiSpider,
}

__all__ = ["SPIDERS", "ApiSpider", "FeedSpider", "ListingSpider", "SitemapSpider", "SourceSpider",
           "TableSpider"]
