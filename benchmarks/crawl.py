"""Crawl a generated 5,000-page local site through real Scrapy; print pages/s and documents/s.

Usage: python benchmarks/crawl.py [--pages 5000]   (uses a temporary SQLite database)
"""

from __future__ import annotations

import argparse
import multiprocessing
import tempfile
import time
import urllib.request
from pathlib import Path

from crawlers.demo_site.server import Page, SiteServer
from crawlers.runner import run_crawl
from crawlers.sources import SourceSpec
from radar.crawl_store import DatabaseSink
from radar_core.clock import utcnow
from radar_core.db import connect

PER_LIST = 50
PARA = ("<p>{n} numaralı haberde şirketin yeni üretim hattı, kapasite artırımı ve ihracat "
        "hedefleri anlatılıyor; yatırım tutarı {n} milyon TL olarak açıklandı.</p>")


def resolver(total: int):  # type: ignore[no-untyped-def]
    def resolve(path: str) -> Page | None:
        if path == "/robots.txt":
            return Page(b"User-agent: *\nAllow: /\n", "text/plain")
        if path.startswith("/list/"):
            n = int(path.rsplit("/", 1)[-1])
            links = "".join(f"<a class='item' href='/d/{i}'>{i}</a>"
                            for i in range(n * PER_LIST, min((n + 1) * PER_LIST, total)))
            nxt = f"<a class='next' href='/list/{n + 1}'>></a>" if (n + 1) * PER_LIST < total else ""
            return Page(f"<html><body>{links}{nxt}</body></html>".encode())
        if path.startswith("/d/"):
            n = int(path.rsplit("/", 1)[-1])
            body = "".join(PARA.format(n=n + k) for k in range(5))
            return Page(f"<html><body><h1>Haber {n}</h1><time>0{1 + n % 9}.03.2026</time>"
                        f"<div class='body'>{body}</div></body></html>".encode())
        return None

    return resolve


def _serve(total: int, port: int) -> None:
    with SiteServer(resolver(total), port=port):
        time.sleep(3600)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=5000)
    args = parser.parse_args()
    # The site runs in its own process so that it does not share the crawler's GIL.
    probe = SiteServer({})
    port = int(probe.url.rsplit(":", 1)[1])
    probe.stop()
    server = multiprocessing.get_context("spawn").Process(target=_serve, args=(args.pages, port),
                                                          daemon=True)
    server.start()
    site_url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(site_url + "/robots.txt", timeout=1).read()
            break
        except OSError:
            time.sleep(0.1)
    with tempfile.TemporaryDirectory() as tmp:
        source = SourceSpec.model_validate({
            "name": "bench", "family": "listing", "source_type": "news", "lang": "tr",
            "start_urls": [f"{site_url}/list/0"], "max_pages": 10_000,
            "politeness": {"download_delay": 0, "autothrottle": False, "concurrency": 16},
            "listing": {"items": "css:a.item::attr(href)", "next_page": "css:a.next::attr(href)"},
            "detail": {"title": "css:h1::text", "published": "css:time::text",
                       "text": "css:div.body"}})
        sink = DatabaseSink(connect(f"sqlite:///{Path(tmp) / 'bench.db'}"))
        started = time.perf_counter()
        summary = run_crawl([source], sink, utcnow)
        elapsed = time.perf_counter() - started
    server.terminate()
    stats = summary.sources["bench"]
    print(f"pages fetched: {stats['pages']}  documents stored: {stats['new']}  "
          f"seconds: {elapsed:.1f}")
    print(f"pages/s: {stats['pages'] / elapsed:.1f}  documents stored/s: "
          f"{stats['new'] / elapsed:.1f}")


if __name__ == "__main__":
    main()
