"""Table spider: CSV, XLSX or PDF tables (incentive lists, registries), one document per row.

Rows keep their columns in ``fields`` so later stages need not re-parse prose, and get a
text from the source's template so the extractor can read them like a sentence. A row's
identity is the file URL plus its key columns, so a re-published file only adds rows.
Reading the formats (merged XLSX cells, PDF tables over pages) is ``crawlers.tables``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

from scrapy.http import Response

from crawlers.dates import parse_text_date
from crawlers.documents import CrawledDocument, canonical_url
from crawlers.spiders.base import SourceSpider
from crawlers.tables import read_source_table
from radar_core.clock import utcnow
from radar_core.errors import InputError


class _Row(dict[str, str]):
    """Template mapping that leaves unknown columns visible instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class TableSpider(SourceSpider):
    """Generic CSV/XLSX/PDF spider (family ``table``)."""

    name = "table"

    def parse(self, response: Response, **kwargs: Any) -> Iterator[CrawledDocument]:
        self.pages_seen += 1
        spec = self.source.table
        assert spec is not None
        head = response.body[:512].lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
            self.bad_input("bad_table", response, "HTML instead of a table")
            return
        try:
            table = read_source_table(response.body, spec.format, response.url,
                                      spec.delimiter, spec.header_rows)
        except InputError as exc:
            self.bad_input("bad_table", response, exc.message)
            return
        except Exception as exc:  # zip, XML, PDF or CSV errors of a damaged file
            self.bad_input("bad_table", response, f"damaged {spec.format}: "
                           f"{type(exc).__name__}: {exc}")
            return
        if not table.rows and not table.broken:
            self.bad_input("empty_table", response, f"no data rows in the {spec.format}")
            return
        fetched = utcnow()
        base = canonical_url(response.url)
        for _ in table.broken:
            self.skip("bad_row")
        for _, clean in table.rows:
            key = "|".join(clean.get(k, "") for k in spec.key) if spec.key else \
                "|".join(clean.values())
            published = parse_text_date(clean.get(spec.published or "", ""), fetched)
            origin = "page" if published else "fetch"
            if self.too_old(published):
                self.skip("too_old")
                continue
            row_id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
            yield self.document(
                f"{response.url}#row-{row_id}", spec.text.format_map(_Row(clean)),
                title=clean.get(spec.title) if spec.title else None,
                published=published or fetched, published_from=origin,
                fields={name: clean.get(col) for name, col in spec.fields.items()},
                canonical_url=f"{base}#row-{row_id}", flags=self.page_flags(response))
