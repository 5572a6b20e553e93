"""Listing spider: paginated listings of notices or complaints, one document per detail page.

Public tender boards and complaint sites have no feeds; their listings link to detail
pages with a fixed layout, so declared CSS/XPath selectors pick the title, date, body
and structured fields (tender number, buyer, complained-about brand).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.http import Response, TextResponse

from crawlers.dates import parse_text_date
from crawlers.documents import CrawledDocument, extract_main_text
from crawlers.spiders.base import SourceSpider
from radar_core.clock import utcnow


class ListingSpider(SourceSpider):
    """Generic listing + detail spider (family ``listing``)."""

    name = "listing"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        self.pages_seen += 1
        listing = self.source.listing
        assert listing is not None
        if not self.is_html(response):
            self.bad_input("bad_listing", response, "not HTML")
            return
        assert isinstance(response, TextResponse)
        links = self.select(response, listing.items)
        if not links:
            self.bad_input("empty_listing", response, "item selector matched nothing")
        for link in links:
            yield self.request(response.urljoin(link), self.parse_detail)
        page = int(response.meta.get("page", 1))
        next_links = self.select(response, listing.next_page)
        if next_links and page < self.source.max_pages:
            yield self.request(response.urljoin(next_links[0]), self.parse, page=page + 1)

    def parse_detail(self, response: Response) -> Iterator[CrawledDocument]:
        self.pages_seen += 1
        detail = self.source.detail
        assert detail is not None
        if not self.is_html(response):
            self.skip("not_html")
            return
        assert isinstance(response, TextResponse)
        html = response.text
        body = self.select(response, detail.text) if detail.text else []
        text = "\n\n".join(body) if body else extract_main_text(html, response.url)
        if not text:
            self.bad_input("no_text", response)
            return
        titles = self.select(response, detail.title)
        fields = {}
        for name, selector in detail.fields.items():
            values = self.select(response, selector)
            if values:
                fields[name] = values[0]
        dates = self.select(response, detail.published)
        published = parse_text_date(dates[0], utcnow()) if dates else None
        document = self.dated_document(response.url, html, text, published, "page",
                                       title=titles[0] if titles else None, fields=fields,
                                       flags=self.page_flags(response))
        if document is not None:
            yield document
