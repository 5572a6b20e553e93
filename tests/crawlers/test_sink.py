"""A crawl into an in-memory sink: crawlers decide new/changed/unchanged/duplicate and
stories, and need no database (nor the ``radar`` application) to do it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from crawlers.demo_site.server import Page, SiteServer
from crawlers.sink import DocumentSink
from tests.crawlers.conftest import ROOT, write_sources
from tests.crawlers.memory_sink import NOW, MemorySink

ARTICLE = ("<html><head><title>{t}</title></head><body><article><h1>{t}</h1>{body}"
           "</article></body></html>")
STORY = ("<p>Kuzey Tekstil Denizli'deki fabrikasına yeni bir dokuma hattı kurarak üretim "
         "kapasitesini yüzde otuz artıracağını açıkladı. Yatırım tutarı 200 milyon TL olarak "
         "belirlendi ve hattın gelecek yıl devreye girmesi planlanıyor.</p>")
OTHER = ("<p>Merkez Bankası politika faizini sabit tuttu; piyasalar kararı olumlu karşıladı "
         "ve borsa günü yükselişle kapatarak haftayı rekor seviyede tamamladı.</p>")
SOURCES = """
sources:
  - name: sink-feed
    family: feed
    source_type: news
    start_urls: ["${BASE}/rss.xml"]
    politeness: {download_delay: 0, autothrottle: false, retries: 0, timeout: 5, concurrency: 1}
"""


def _rss(base: str, items: dict[str, str]) -> bytes:
    xml = "".join(f"<item><title>{title}</title><link>{base}{path}</link>"
                  f"<pubDate>Mon, 02 Mar 2026 10:00:00 +0300</pubDate></item>"
                  for path, title in items.items())
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{xml}'
            f"</channel></rss>").encode()


def _crawl(sources: Path, base: str, state: Path) -> dict:
    result = subprocess.run([sys.executable, "-m", "tests.crawlers.memory_sink", str(sources),
                             base, str(state)], capture_output=True, text=True, timeout=120,
                            cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_memory_sink_is_a_document_sink() -> None:
    assert isinstance(MemorySink(), DocumentSink)


def test_crawl_into_an_in_memory_sink_needs_no_database(tmp_path: Path) -> None:
    sources = write_sources(tmp_path / "s.yml", SOURCES)
    state = tmp_path / "sink.json"
    pages: dict[str, Page] = {"/robots.txt": Page(b"User-agent: *\nAllow: /\n", "text/plain")}
    with SiteServer(pages) as site:
        pages["/rss.xml"] = Page(_rss(site.url, {"/a": "Kuzey", "/b": "Faiz",
                                                   "/a-copy": "Kuzey"}), "application/rss+xml")
        pages["/a"] = Page(ARTICLE.format(t="Kuzey", body=STORY * 3).encode())
        pages["/a-copy"] = pages["/a"]
        pages["/b"] = Page(ARTICLE.format(t="Faiz", body=OTHER * 3).encode())
        first = _crawl(sources, site.url, state)

        assert first["imported"] == []
        assert first["summary"]["new"] == 2 and first["summary"]["duplicate"] == 1
        stored = json.loads(state.read_text())
        [run] = stored["runs"]
        assert run["source"] == "sink-feed" and run["broken"] is None
        assert run["started"] == run["finished"] == NOW.isoformat()
        assert run["stats"]["new"] == 2 and run["stats"]["pages"] >= 4
        docs = {d["canonical_url"].rsplit("/", 1)[-1]: d for d in stored["docs"]}
        assert set(docs) == {"a", "b"}
        assert all(d["fetched"] == NOW.isoformat() for d in docs.values())

        # Second crawl, sink seeded with the first: /a unchanged, /b changed, and a
        # syndicated copy of /a under a new title joins the story the sink remembers.
        for d in stored["docs"]:
            if d["canonical_url"].endswith("/a"):
                d["story_id"] = "remembered-story"
        state.write_text(json.dumps(stored))
        pages["/rss.xml"] = Page(_rss(site.url, {
            "/a": "Kuzey", "/b": "Faiz", "/a-syndicated": "Kuzey Tekstil büyüyor"}),
            "application/rss+xml")
        pages["/b"] = Page(ARTICLE.format(t="Faiz", body=OTHER * 2 + STORY).encode())
        pages["/a-syndicated"] = Page(ARTICLE.format(t="Kuzey Tekstil büyüyor",
                                                     body=STORY * 3).encode())
        second = _crawl(sources, site.url, state)

    summary = second["summary"]
    assert (summary["new"], summary["changed"], summary["unchanged"]) == (1, 1, 1)
    final = json.loads(state.read_text())
    assert len(final["runs"]) == 2
    docs = {d["canonical_url"].rsplit("/", 1)[-1]: d for d in final["docs"]}
    assert docs["a-syndicated"]["story_id"] == "remembered-story"
    assert docs["b"]["run"] == 1 and docs["a"]["run"] == 0
