"""Feed spider: RSS 2.0 and Atom feeds, each item followed to its article page.

The feed gives a reliable title and date; the page gives the full text (trafilatura
strips navigation, ads and cookie banners). The date's origin is recorded: ``feed``,
else ``page`` (meta tags), else ``text`` (a Turkish date in the body), else ``fetch``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from scrapy.http import Response, TextResponse
from scrapy.selector import Selector

from crawlers.dates import parse_feed_date
from crawlers.documents import CrawledDocument
from crawlers.spiders.base import SourceSpider

log = logging.getLogger(__name__)


def feed_entries(body: str) -> list[dict[str, str | None]] | None:
    """Items of an RSS 2.0 or Atom document, or None when it is not a feed at all."""
    try:
        sel = Selector(text=body, type="xml")
    except Exception:  # lxml refuses some broken XML outright
        return None
    sel.remove_namespaces()
    root = sel.xpath("/*")
    if not root:
        return None
    tag = root[0].root.tag if hasattr(root[0].root, "tag") else ""
    entries: list[dict[str, str | None]] = []
    if tag in {"rss", "RDF"}:
        for item in sel.xpath("//item"):
            entries.append({
                "link": (item.xpath("link/text()").get() or
                         item.xpath("guid[not(@isPermaLink='false')]/text()").get() or "").strip(),
                "title": item.xpath("title/text()").get(),
                "date": item.xpath("pubDate/text()").get() or item.xpath("date/text()").get(),
                "summary": item.xpath("description/text()").get(),
            })
    elif tag == "feed":
        for entry in sel.xpath("//entry"):
            link = (entry.xpath("link[@rel='alternate']/@href").get() or
                    entry.xpath("link[not(@rel)]/@href").get() or
                    entry.xpath("link/@href").get() or "")
            entries.append({
                "link": link.strip(),
                "title": entry.xpath("title/text()").get(),
                "date": entry.xpath("published/text()").get() or
                entry.xpath("updated/text()").get(),
                "summary": entry.xpath("summary/text()").get(),
            })
    else:
        return None
    return entries


class FeedSpider(SourceSpider):
    """Generic RSS/Atom spider (family ``feed``)."""

    name = "feed"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        self.pages_seen += 1
        if not isinstance(response, TextResponse):
            self.bad_input("bad_feed", response, "binary body")
            return
        entries = feed_entries(response.text)
        if entries is None:
            self.bad_input("bad_feed", response, "not RSS or Atom")
            return
        if not entries:
            self.bad_input("empty_feed", response)
            return
        for entry in entries[: self.source.max_pages]:
            if not entry["link"]:
                self.skip("item_without_link")
                continue
            published = parse_feed_date(entry["date"])
            if self.too_old(published):
                self.skip("too_old")
                continue
            yield self.request(response.urljoin(entry["link"]), self.parse_article,
                               entry=entry, published=published)

    def parse_article(self, response: Response) -> Iterator[CrawledDocument]:
        self.pages_seen += 1
        entry: dict[str, Any] = response.meta["entry"]
        doc = self.article(response, entry.get("title"), response.meta.get("published"), "feed")
        if doc is not None:
            yield doc
