"""Two crawler processes share one scrapy-redis frontier and fetch each page once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from crawlers.demo_site.server import Page, SiteServer
from crawlers.distributed import clear_frontier, frontier_keys, redis_settings
from radar_core.db import connect, session_scope
from radar_core.db.models import Document

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ("<html><head><title>Haber {i}</title></head><body><article><h1>Haber {i}</h1>"
           "{body}</article></body></html>")
PARA = ("<p>Haber {i}: şirket yeni üretim hattı için yatırım planını açıkladı ve "
        "bölgedeki istihdamın artacağını söyledi.</p>")
SOURCES = """
sources:
  - name: shared-feed
    family: feed
    source_type: news
    start_urls: ["${BASE}/rss.xml"]
    politeness: {download_delay: 0, autothrottle: false, retries: 0, timeout: 5, concurrency: 4}
"""


def _rss(base: str, count: int) -> bytes:
    items = "".join(f"<item><title>Haber {i}</title><link>{base}/haber/{i}</link>"
                    f"<pubDate>Mon, 02 Mar 2026 10:00:00 +0300</pubDate></item>"
                    for i in range(count))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}'
            f"</channel></rss>").encode()


def test_settings_put_queue_and_fingerprints_under_the_prefix():
    settings = redis_settings("redis://127.0.0.1:6379/0", "p1")
    assert settings["SCHEDULER_QUEUE_KEY"] == "p1:%(spider)s:requests"
    assert settings["SCHEDULER_DUPEFILTER_KEY"] == "p1:%(spider)s:dupefilter"
    assert settings["SCHEDULER_PERSIST"] is True


def test_two_processes_fetch_each_page_once(pg_url, redis_url, redis_prefix, tmp_path):
    count = 40
    pages: dict[str, Page] = {}
    sources = tmp_path / "sources.yml"
    sources.write_text(SOURCES, encoding="utf-8")
    with SiteServer(pages) as site:
        pages["/robots.txt"] = Page(b"User-agent: *\nAllow: /\n", "text/plain")
        pages["/rss.xml"] = Page(_rss(site.url, count), "application/rss+xml")
        for i in range(count):
            pages[f"/haber/{i}"] = Page(ARTICLE.format(i=i, body=PARA.format(i=i) * 5).encode())
        procs = [subprocess.Popen(
            [sys.executable, "-m", "tests.ops._crawl", str(sources), site.url, pg_url,
             redis_url, redis_prefix], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True) for _ in range(2)]
        results = []
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
            results.append(json.loads(out.strip().splitlines()[-1]))
        hits = dict(site.requests.paths)
    assert hits["/rss.xml"] == 1
    assert all(hits.get(f"/haber/{i}") == 1 for i in range(count)), hits
    assert sum(r["new"] for r in results) == count
    sessions = connect(pg_url)
    with session_scope(sessions) as session:
        stored = session.scalars(select(Document.canonical_url)).all()
    assert len(stored) == len(set(stored)) == count
    assert frontier_keys(redis_url, redis_prefix)  # persisted for late processes
    assert clear_frontier(redis_url, redis_prefix) >= 1
    assert frontier_keys(redis_url, redis_prefix) == []
    sessions.kw["bind"].dispose()
