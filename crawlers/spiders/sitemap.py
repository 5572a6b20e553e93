"""Sitemap spider: XML sitemaps and sitemap indexes (plain and Google News), with a date cut-off.

Sitemaps list every page with its ``lastmod`` (news sitemaps add a publication date
and title), so old pages are skipped before they are fetched. Only URLs matching the
source's ``follow`` patterns (and none of ``deny``) are fetched.
"""

from __future__ import annotations

import gzip
import io
import re
from collections.abc import Iterator
from typing import Any

from scrapy.http import Response
from scrapy.selector import Selector

from crawlers.dates import parse_feed_date
from crawlers.documents import CrawledDocument
from crawlers.spiders.base import SourceSpider

MAX_SITEMAP_BYTES = 50 * 1024 * 1024


def sitemap_body(response: Response) -> bytes:
    """The XML of a sitemap response, un-gzipping ``.xml.gz`` files served as binary."""
    body = response.body
    if body[:2] == b"\x1f\x8b":
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as fh:
            body = fh.read(MAX_SITEMAP_BYTES)
    return body


class SitemapSpider(SourceSpider):
    """Generic sitemap spider (family ``sitemap``)."""

    name = "sitemap"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        self.pages_seen += 1
        try:
            sel = Selector(text=sitemap_body(response).decode("utf-8", "replace"), type="xml")
            sel.remove_namespaces()
        except Exception as exc:  # gzip or XML errors of a damaged file
            self.bad_input("bad_sitemap", response, str(exc))
            return
        root = sel.xpath("/*")
        tag = getattr(root[0].root, "tag", "") if root else ""
        if tag == "sitemapindex":
            for loc in sel.xpath("//sitemap/loc/text()").getall():
                yield self.request(response.urljoin(loc.strip()), self.parse)
            return
        if tag != "urlset":
            self.bad_input("bad_sitemap", response, "not a sitemap")
            return
        spec = self.source.sitemap
        follow = [re.compile(p) for p in spec.follow]
        deny = [re.compile(p) for p in spec.deny]
        queued = 0
        for url in sel.xpath("//url"):
            loc = (url.xpath("loc/text()").get() or "").strip()
            if not loc or (follow and not any(p.search(loc) for p in follow)) \
                    or any(p.search(loc) for p in deny):
                continue
            news_date = url.xpath("news/publication_date/text()").get()
            published = parse_feed_date(news_date)
            lastmod = parse_feed_date(url.xpath("lastmod/text()").get())
            if self.too_old(published or lastmod):
                self.skip("too_old")
                continue
            if queued >= self.source.max_pages:
                self.skip("over_max_pages")
                continue
            queued += 1
            yield self.request(response.urljoin(loc), self.parse_page,
                               title=url.xpath("news/title/text()").get(), published=published)

    def parse_page(self, response: Response) -> Iterator[CrawledDocument]:
        self.pages_seen += 1
        origin = "feed"  # a news sitemap's publication date is a feed-grade date
        doc = self.article(response, response.meta.get("title"), response.meta.get("published"),
                           origin)
        if doc is not None:
            yield doc
