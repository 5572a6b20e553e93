"""English sources in every family: text, date and language stored right (detected or declared)."""

from __future__ import annotations

import json
from pathlib import Path

from crawlers.demo_site.server import Page, SiteServer
from tests.crawlers.conftest import crawl, documents, run_stats, write_sources

BODY = ("<p>The group said the new plant will add three production lines and create about four "
        "hundred jobs once it opens next year.</p><p>Its chief executive told analysts that "
        "export orders had doubled and that the investment would be funded from cash and a "
        "syndicated loan.</p>")


def page(title: str, head: str = "", extra: str = "") -> bytes:
    return (f"<html lang='en'><head><title>{title}</title>{head}</head><body><nav>Home | "
            f"Markets | Contact</nav><article><h1>{title}</h1>{extra}{BODY}</article>"
            f"<footer>All rights reserved</footer></body></html>").encode()


SOURCES = """
sources:
  - name: en-feed
    family: feed
    source_type: news
    start_urls: ["${BASE}/feed.atom"]
    politeness: {download_delay: 0, autothrottle: false}
  - name: en-sitemap
    family: sitemap
    source_type: news
    start_urls: ["${BASE}/sitemap.xml"]
    politeness: {download_delay: 0, autothrottle: false}
  - name: en-listing
    family: listing
    source_type: disclosure
    lang: en
    start_urls: ["${BASE}/notices"]
    politeness: {download_delay: 0, autothrottle: false}
    listing: {items: "css:a.notice::attr(href)"}
    detail: {title: "css:h1::text", published: "css:span.date::text", text: "css:article"}
  - name: en-table
    family: table
    source_type: incentive
    start_urls: ["${BASE}/grants.csv"]
    politeness: {download_delay: 0, autothrottle: false}
    table:
      published: Date
      key: [Company]
      text: "{Company} was granted an investment incentive certificate worth {Amount} for a new facility in {City}."
      fields: {company: Company, amount: Amount}
  - name: en-api
    family: api
    source_type: disclosure
    start_urls: ["${BASE}/api/filings"]
    politeness: {download_delay: 0, autothrottle: false}
    api: {items: results, id: ref, title: headline, published: filed_at, text: [summary]}
"""


def test_english_content_in_every_family(tmp_path: Path) -> None:
    pages: dict[str, Page] = {}
    with SiteServer(pages) as site:
        base = site.url
        pages.update({
            "/robots.txt": Page(b"", "text/plain"),
            "/feed.atom": Page(
                f"<feed xmlns='http://www.w3.org/2005/Atom'><title>Wire</title><entry>"
                f"<title>Harbor Steel to build a plant</title><link href='{base}/news/plant'/>"
                f"<updated>2026-03-05T08:15:00Z</updated></entry></feed>".encode(),
                "application/atom+xml"),
            "/news/plant": Page(page("Harbor Steel to build a plant")),
            "/sitemap.xml": Page(
                f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url>"
                f"<loc>{base}/story/loan</loc></url></urlset>".encode(), "application/xml"),
            "/story/loan": Page(page("Orchard Foods signs a loan", head=(
                "<meta property='article:published_time' content='2026-02-20T09:30:00+00:00'>"))),
            "/notices": Page(b"<a class='notice' href='/n/1'>1</a><a class='notice' "
                             b"href='/n/2'>2</a>"),
            "/n/1": Page(page("Capital increase approved",
                              extra="<span class='date'>March 12, 2026</span>")),
            "/n/2": Page(page("Board changes announced",
                              extra="<span class='date'>Posted 2 days ago</span>")),
            "/grants.csv": Page(b"Date,Company,Amount,City\n"
                                b"\"Mar 3, 2026\",Lakeside Textiles Ltd,USD 4 million,Leeds\n",
                                "text/csv"),
            "/api/filings": Page(json.dumps({"results": [{
                "ref": "F-19", "headline": "Acquisition completed", "filed_at": "2026-01-28",
                "summary": "The company completed the acquisition of a logistics firm and "
                           "expects the deal to add to earnings from the second quarter."}]})
                .encode(), "application/json"),
        })
        result = crawl(tmp_path, write_sources(tmp_path / "s.yml", SOURCES), base)
    assert result.returncode == 0, result.stderr
    docs = {d.source: d for d in documents(tmp_path) if d.source != "en-listing"}
    listing = {d.title: d for d in documents(tmp_path) if d.source == "en-listing"}
    assert all(d.lang == "en" for d in [*docs.values(), *listing.values()])
    assert set(docs) == {"en-feed", "en-sitemap", "en-table", "en-api"} and len(listing) == 2

    feed = docs["en-feed"]
    assert feed.title == "Harbor Steel to build a plant" and "four hundred jobs" in feed.text
    assert "Home | Markets" not in feed.text and "All rights reserved" not in feed.text
    assert (feed.published.isoformat(), feed.published_from) == ("2026-03-05T08:15:00", "feed")
    sitemap = docs["en-sitemap"]
    assert sitemap.published.date().isoformat() == "2026-02-20"
    assert sitemap.published_from == "page" and "syndicated loan" in sitemap.text
    one, two = listing["Capital increase approved"], listing["Board changes announced"]
    assert one.published.isoformat() == "2026-03-12T00:00:00" and "export orders" in one.text
    assert (two.fetched - two.published).days in {1, 2}
    table = docs["en-table"]
    assert table.text == ("Lakeside Textiles Ltd was granted an investment incentive certificate "
                          "worth USD 4 million for a new facility in Leeds.")
    assert table.fields == {"company": "Lakeside Textiles Ltd", "amount": "USD 4 million"}
    assert table.published.date().isoformat() == "2026-03-03"
    api = docs["en-api"]
    assert api.title == "Acquisition completed" and api.published.date().isoformat() == "2026-01-28"
    assert all(not stats["errors"] for stats in run_stats(tmp_path).values())
