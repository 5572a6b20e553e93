"""Table spider: CSV or XLSX files (incentive lists, registries), one document per row.

Rows keep their columns in ``fields`` so later stages need not re-parse prose, and get a
text from the source's template so the extractor can read them like a sentence. A row's
identity is the file URL plus its key columns, so a re-published file only adds rows.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator
from typing import Any

from scrapy.http import Response

from crawlers.dates import parse_text_date
from crawlers.documents import CrawledDocument, canonical_url
from crawlers.spiders.base import SourceSpider
from radar.context import utcnow


class _Row(dict[str, str]):
    """Template mapping that leaves unknown columns visible instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def read_rows(body: bytes, fmt: str, delimiter: str) -> list[dict[str, str]]:
    """Rows of a CSV (UTF-8 with or without BOM, else Windows-1254) or XLSX file."""
    if fmt == "xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(io.BytesIO(body), read_only=True, data_only=True).active
        values = [["" if v is None else str(v) for v in row]
                  for row in sheet.iter_rows(values_only=True)]
        header, rows = values[0], values[1:]
        return [dict(zip(header, row, strict=False)) for row in rows if any(row)]
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = body.decode("cp1254")
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


class TableSpider(SourceSpider):
    """Generic CSV/XLSX spider (family ``table``)."""

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
            rows = read_rows(response.body, spec.format, spec.delimiter)
        except Exception as exc:  # zip, XML or CSV errors of a damaged file
            self.bad_input("bad_table", response, str(exc))
            return
        if not rows:
            self.bad_input("empty_table", response)
            return
        fetched = utcnow()
        base = canonical_url(response.url)
        expected = len(rows[0])
        for row in rows:
            if None in row or any(v is None for v in row.values()) or len(row) != expected:
                self.skip("bad_row")
                continue
            clean = {k.strip(): (v or "").strip() for k, v in row.items()}
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
                canonical_url=f"{base}#row-{row_id}")
