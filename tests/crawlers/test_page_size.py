"""A page over the source's max_size_mb is not stored and is counted as ``too_large``."""

from __future__ import annotations

from pathlib import Path

from crawlers.demo_site.server import Page, SiteServer
from tests.crawlers.conftest import crawl, documents, run_stats, write_sources

SOURCE = """
sources:
  - name: fx-size
    family: feed
    source_type: news
    start_urls: ["${BASE}/rss.xml"]
    politeness: {download_delay: 0, autothrottle: false, retries: 2, max_size_mb: 0.25}
"""
PARA = ("<p>Şirket yeni yatırım programını açıkladı; kapasite artışı ve ihracat hedefleri "
        "yönetim kurulunca onaylandı.</p>")


def article(title: str, paragraphs: int) -> bytes:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{PARA * paragraphs}</article></body></html>").encode()


def test_pages_over_the_size_limit_are_not_stored(tmp_path: Path) -> None:
    huge = article("Dev sayfa", 30_000)  # about 4 MB against a 0.25 MB limit
    assert len(huge) > 3_000_000
    paths = ["/a", "/b", "/c", "/huge", "/huge-stream"]
    items = "".join(f"<item><title>{p}</title><link>{{base}}{p}</link>"
                    f"<pubDate>Mon, 02 Mar 2026 10:00:00 +0300</pubDate></item>" for p in paths)
    pages: dict[str, Page] = {}
    with SiteServer(pages) as site:
        pages.update({
            "/robots.txt": Page(b"", "text/plain"),
            "/rss.xml": Page(f'<?xml version="1.0"?><rss version="2.0"><channel><title>t'
                             f"</title>{items.format(base=site.url)}</channel></rss>".encode(),
                             "application/rss+xml"),
            "/a": Page(article("Bir", 6)), "/b": Page(article("İki", 6)),
            "/c": Page(article("Üç", 6)),
            # One announces its size (refused before reading), one is cut while streaming.
            "/huge": Page(huge),
            "/huge-stream": Page(huge, streamed=True),
        })
        result = crawl(tmp_path, write_sources(tmp_path / "s.yml", SOURCE), site.url)
        assert site.requests.paths["/huge"] == 1  # a size refusal is not retried
    assert result.returncode == 0, result.stderr
    stored = documents(tmp_path)
    assert sorted(d.canonical_url.rsplit("/", 1)[-1] for d in stored) == ["a", "b", "c"]
    assert all("yatırım programını" in d.text for d in stored)
    stats = run_stats(tmp_path)["fx-size"]
    assert stats["errors"] == {"too_large": 2}, stats["notes"]
    assert stats["new"] == 3 and not stats["broken"] and stats["retries"] == 0
    notes = {n.split()[1].rsplit("/", 1)[-1].rstrip(":"): n for n in stats["notes"]}
    assert sorted(notes) == ["huge", "huge-stream"]
    assert all(n.startswith("too_large") for n in notes.values())
    assert "larger than download max size (262144)" in notes["huge"]
    assert notes["huge-stream"].endswith("body passed max_size_mb=0.25")
