"""API spider: paged JSON APIs (disclosure platforms, open-data portals), one document per item.

Paging follows a next-page URL in the response, or increments a page parameter until a
page comes back empty. An API that answers with HTML (a login wall, an error page) or
broken JSON is counted as ``bad_api`` instead of crashing the run.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import scrapy
from scrapy.http import Response

from crawlers.dates import parse_feed_date
from crawlers.documents import canonical_url, normalize_text
from crawlers.spiders.base import SourceSpider
from radar_core.clock import utcnow


def dig(obj: Any, path: str | None) -> Any:
    """The value at a dotted path (``data.items``, ``firm.name``, ``rows.0``), or None."""
    if path is None:
        return None
    for part in [p for p in path.split(".") if p]:
        if isinstance(obj, dict):
            obj = obj.get(part)
        elif isinstance(obj, list) and part.isdigit() and int(part) < len(obj):
            obj = obj[int(part)]
        else:
            return None
    return obj


def with_page(url: str, param: str, page: int) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != param]
    query.append((param, str(page)))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))


def advanced(value: Any, step: int | None, page: int) -> int:
    """The paging value of page ``page + 1``: an offset moved by ``step``, else the number."""
    if step is None:
        return page + 1
    try:
        return int(value or 0) + step
    except (TypeError, ValueError):
        return step * page


class ApiSpider(SourceSpider):
    """Generic JSON API spider (family ``api``)."""

    name = "api"

    async def start(self) -> Any:
        spec = self.source.api
        assert spec is not None
        for url in self.source.start_urls:
            yield self.api_request(url, spec.body, 1)

    def api_request(self, url: str, body: Mapping[str, Any] | None, page: int
                    ) -> scrapy.Request:
        """GET the URL, or POST the JSON body (search APIs of public portals)."""
        spec = self.source.api
        assert spec is not None
        if spec.method == "POST":
            return scrapy.http.JsonRequest(url, data=dict(body or {}), callback=self.parse,
                                           errback=self.on_error,
                                           meta={"page": page, "body": dict(body or {})})
        return self.request(url, self.parse, page=page)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        self.pages_seen += 1
        spec = self.source.api
        assert spec is not None
        try:
            data = json.loads(response.body)
        except ValueError:
            ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
            self.bad_input("bad_api", response, f"not JSON ({ctype})")
            return
        items = dig(data, spec.items) if spec.items else data
        if not isinstance(items, list):
            self.bad_input("bad_api", response, f"no list at {spec.items!r}")
            return
        fetched = utcnow()
        for item in items:
            if not isinstance(item, dict) or dig(item, spec.id) is None:
                self.skip("item_without_id")
                continue
            text = normalize_text("\n\n".join(str(v) for p in spec.text
                                              if (v := dig(item, p)) not in (None, "")))
            if not text:
                self.skip("empty_item")
                continue
            raw_date = dig(item, spec.published)
            published = parse_feed_date(str(raw_date)) if raw_date else None
            if self.too_old(published):
                self.skip("too_old")
                continue
            public = dig(item, spec.url)
            if not public and spec.url_template:
                public = spec.url_template.replace("{id}", str(dig(item, spec.id)))
            if public:
                item_url = response.urljoin(str(public))
                canonical = canonical_url(item_url)
            else:  # no public page: the API endpoint plus the item id is the identity
                canonical = f"{canonical_url(response.url.split('?')[0])}#id-{dig(item, spec.id)}"
                item_url = canonical
            title = dig(item, spec.title)
            yield self.document(
                item_url, text, title=str(title) if title else None,
                published=published or fetched, published_from="feed" if published else "fetch",
                fields={name: dig(item, path) for name, path in spec.fields.items()},
                canonical_url=canonical, flags=self.page_flags(response))
        page = int(response.meta.get("page", 1))
        if page >= self.source.max_pages or not items:
            return
        next_url = dig(data, spec.next_url) if spec.next_url else None
        body: dict[str, Any] = dict(response.meta.get("body") or {})
        if next_url:
            yield self.api_request(response.urljoin(str(next_url)), body, page + 1)
        elif spec.page_param and spec.method == "POST":
            body[spec.page_param] = advanced(body.get(spec.page_param), spec.page_step, page)
            yield self.api_request(response.url, body, page + 1)
        elif spec.page_param:
            current = dict(parse_qsl(urlsplit(response.url).query)).get(spec.page_param)
            value = advanced(current, spec.page_step, page)
            yield self.api_request(with_page(response.url, spec.page_param, value), None,
                                   page + 1)
