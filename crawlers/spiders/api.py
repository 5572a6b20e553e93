"""API spider: paged JSON APIs (disclosure platforms, open-data portals), one document per item.

Paging follows a next-page URL in the response, or increments a page parameter until a
page comes back empty. An API that answers with HTML (a login wall, an error page) or
broken JSON is counted as ``bad_api`` instead of crashing the run.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

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


class ApiSpider(SourceSpider):
    """Generic JSON API spider (family ``api``)."""

    name = "api"

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
        if next_url:
            yield self.request(response.urljoin(str(next_url)), self.parse, page=page + 1)
        elif spec.page_param:
            yield self.request(with_page(response.url, spec.page_param, page + 1), self.parse,
                               page=page + 1)
