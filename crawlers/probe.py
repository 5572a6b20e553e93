"""Probe one source live: fetch one page, run its selectors, say whether they still hold.

Sites change their markup without notice; a source whose selectors match nothing crawls
"successfully" into an empty run. ``radar sources probe NAME`` lets a person check a
source where the network allows, before enabling it and after a site redesign: it fetches
the first start URL (or ``--url``), and for a listing also the first detail page, with the
source's own timeout and user agent, honours robots.txt when the source does, and counts
what each selector or path matched. Nothing is stored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from crawlers.charset import page_charset
from crawlers.dates import parse_feed_date, parse_text_date
from crawlers.settings import USER_AGENT
from crawlers.sources import SourceSpec
from radar_core.clock import utcnow

MAX_BYTES = 20 * 1024 * 1024


@dataclass
class Probe:
    """What one probe saw: a line per check, and whether the selectors hold."""

    source: str
    lines: list[str] = field(default_factory=list)
    items: int = 0
    holds: bool = False

    def say(self, line: str) -> None:
        self.lines.append(line)


@dataclass(frozen=True)
class Fetched:
    url: str
    status: int
    content_type: str
    body: bytes

    def text(self) -> str:
        return self.body.decode(page_charset(self.body, self.content_type).encoding, "replace")


class ProbeError(Exception):
    """The page could not be fetched (network, HTTP status, robots.txt)."""


def _allowed(client: Any, url: str) -> bool:
    parts = urlsplit(url)
    robots = f"{parts.scheme}://{parts.netloc}/robots.txt"
    try:
        response = client.get(robots)
    except Exception:
        return True  # no robots.txt reachable: Scrapy's middleware allows too
    if response.status_code >= 400:
        return True
    parser = RobotFileParser()
    parser.parse(response.text.splitlines())
    return parser.can_fetch(USER_AGENT, url)


def fetch(client: Any, source: SourceSpec, url: str, body: dict[str, Any] | None = None
          ) -> Fetched:
    """One request as the spider would make it; a ``ProbeError`` says why it failed."""
    import httpx

    if source.politeness.obey_robots and not _allowed(client, url):
        raise ProbeError(f"robots.txt of {urlsplit(url).netloc} disallows {url}")
    try:
        if body is not None:
            response = client.post(url, json=body)
        else:
            response = client.get(url)
    except httpx.HTTPError as exc:
        raise ProbeError(f"{type(exc).__name__}: {exc or 'no answer'} ({url})") from exc
    if response.status_code >= 400:
        raise ProbeError(f"HTTP {response.status_code} from {url}")
    if len(response.content) > MAX_BYTES:
        raise ProbeError(f"{url}: body larger than {MAX_BYTES // 1024 // 1024} MB")
    return Fetched(str(response.url), response.status_code,
                   response.headers.get("content-type", ""), response.content)


def _select(html: str, selector: str | None) -> list[str]:
    """What the spiders' ``select`` gives, without a Scrapy response."""
    from parsel import Selector

    from crawlers.documents import normalize_text

    if not selector:
        return []
    kind, _, expr = selector.partition(":")
    page = Selector(text=html)
    nodes = page.css(expr) if kind == "css" else page.xpath(expr)
    values = []
    for node in nodes:
        if hasattr(node.root, "tag"):
            value = " ".join(node.xpath(".//text()[not(ancestor::script or "
                                        "ancestor::style)]").getall())
        else:
            value = node.get() or ""
        value = normalize_text(value)
        if value:
            values.append(value)
    return values


def _count(probe: Probe, label: str, found: int, of: int) -> None:
    probe.say(f"  {label:<18} {found}/{of}")


def probe_api(probe: Probe, client: Any, source: SourceSpec, url: str) -> None:
    from crawlers.spiders.api import dig

    spec = source.api
    assert spec is not None
    page = fetch(client, source, url, spec.body if spec.method == "POST" else None)
    probe.say(f"{spec.method} {page.url} -> {page.status} {page.content_type}, "
              f"{len(page.body)} bytes")
    try:
        data = json.loads(page.body)
    except ValueError:
        probe.say(f"  not JSON ({page.content_type}): {page.body[:80]!r}")
        return
    items = dig(data, spec.items) if spec.items else data
    if not isinstance(items, list):
        probe.say(f"  no list at items path {spec.items!r}")
        return
    rows = [i for i in items if isinstance(i, dict)]
    with_id = [i for i in rows if dig(i, spec.id) is not None]
    probe.items = len(with_id)
    probe.say(f"  items ({spec.items or 'top list'}): {len(items)}")
    _count(probe, f"id ({spec.id})", len(with_id), len(rows))
    for label, path in [("title", spec.title), ("published", spec.published)]:
        if path:
            _count(probe, f"{label} ({path})", sum(dig(i, path) not in (None, "") for i in rows),
                   len(rows))
    if spec.published:
        dated = sum(parse_feed_date(str(dig(i, spec.published) or "")) is not None for i in rows)
        _count(probe, "dates read", dated, len(rows))
    for name, path in spec.fields.items():
        _count(probe, f"{name} ({path})", sum(dig(i, path) not in (None, "") for i in rows),
               len(rows))
    texts = sum(any(dig(i, p) not in (None, "") for p in spec.text) for i in with_id)
    _count(probe, "text", texts, len(with_id))
    probe.holds = bool(with_id) and texts > 0


def probe_feed(probe: Probe, client: Any, source: SourceSpec, url: str) -> None:
    from crawlers.spiders.feed import feed_entries

    page = fetch(client, source, url)
    probe.say(f"GET {page.url} -> {page.status} {page.content_type}, {len(page.body)} bytes")
    entries = feed_entries(page.text())
    if entries is None:
        probe.say("  not RSS or Atom")
        return
    probe.items = sum(bool(e["link"]) for e in entries)
    probe.say(f"  entries: {len(entries)}")
    _count(probe, "link", probe.items, len(entries))
    _count(probe, "title", sum(bool(e["title"]) for e in entries), len(entries))
    _count(probe, "dates read", sum(parse_feed_date(e["date"]) is not None for e in entries),
           len(entries))
    probe.holds = probe.items > 0


def probe_listing(probe: Probe, client: Any, source: SourceSpec, url: str) -> None:
    listing, detail = source.listing, source.detail
    assert listing is not None and detail is not None
    page = fetch(client, source, url)
    probe.say(f"GET {page.url} -> {page.status} {page.content_type}, {len(page.body)} bytes")
    links = _select(page.text(), listing.items)
    probe.items = len(links)
    probe.say(f"  items ({listing.items}): {len(links)}")
    if listing.next_page:
        probe.say(f"  next_page: {'found' if _select(page.text(), listing.next_page) else 'none'}")
    if not links:
        return
    first = fetch(client, source, urljoin(page.url, links[0]))
    html = first.text()
    probe.say(f"GET {first.url} -> {first.status} {first.content_type}, {len(first.body)} bytes")
    checks = [("title", detail.title), ("published", detail.published), ("text", detail.text),
              *detail.fields.items()]
    matched = 0
    for label, selector in checks:
        if not selector:
            continue
        values = _select(html, selector)
        note = f"{values[0][:60]!r}" if values else "nothing"
        if label == "published" and values:
            read = parse_text_date(values[0], utcnow())
            note += f" -> {read.date().isoformat()}" if read else " -> no date read"
        probe.say(f"  {label:<18} {note}")
        matched += bool(values)
    probe.holds = matched > 0


def probe_table(probe: Probe, client: Any, source: SourceSpec, url: str) -> None:
    from crawlers.tables import read_source_table

    spec = source.table
    assert spec is not None
    page = fetch(client, source, url)
    probe.say(f"GET {page.url} -> {page.status} {page.content_type}, {len(page.body)} bytes")
    try:
        table = read_source_table(page.body, spec.format, page.url, spec.delimiter,
                                  spec.header_rows)
    except Exception as exc:
        probe.say(f"  not a readable {spec.format}: {type(exc).__name__}: {exc}")
        return
    columns = list(table.rows[0][1]) if table.rows else []
    named = {c for c in [spec.title, spec.published, *spec.fields.values(), *spec.key] if c}
    missing = sorted(named - set(columns))
    probe.items = len(table.rows)
    probe.say(f"  rows: {len(table.rows)}  broken rows: {len(table.broken)}")
    probe.say(f"  columns missing: {', '.join(missing) if missing else 'none'}")
    probe.holds = bool(table.rows) and not missing


def probe_sitemap(probe: Probe, client: Any, source: SourceSpec, url: str) -> None:
    from parsel import Selector

    page = fetch(client, source, url)
    probe.say(f"GET {page.url} -> {page.status} {page.content_type}, {len(page.body)} bytes")
    sel = Selector(text=page.text(), type="xml")
    sel.remove_namespaces()
    probe.items = len(sel.xpath("//loc"))
    probe.say(f"  <loc> entries: {probe.items}")
    probe.holds = probe.items > 0


PROBES = {"api": probe_api, "feed": probe_feed, "listing": probe_listing,
          "table": probe_table, "sitemap": probe_sitemap}


def probe(source: SourceSpec, url: str | None = None) -> Probe:
    """Fetch ``url`` (default: the first start URL) live and check the source's selectors."""
    import httpx

    result = Probe(source.name)
    timeout = min(source.politeness.timeout, 30.0)
    with httpx.Client(timeout=timeout, follow_redirects=True,
                      headers={"User-Agent": USER_AGENT}) as client:
        try:
            PROBES[source.family](result, client, source, url or source.start_urls[0])
        except ProbeError as exc:
            result.say(f"  fetch failed: {exc}")
            result.holds = False
    return result
