"""Two ``radar crawl --distributed`` processes share one Redis frontier and fetch each page once.

They start together on a fresh (empty) PostgreSQL database: the schema and the source row
are created once, with no unique violation. The site holds the first request (robots.txt)
until both processes have joined the crawl round in Redis, so no page is fetched before
both are in (whichever process is slower to start would otherwise find the round already
over and start a new one). The last process out deletes the round's frontier, so the next crawl fetches again.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, select, text

from crawlers.distributed import frontier_keys, members_key, redis_settings
from radar_core.db import connect, session_scope
from radar_core.db.models import CrawlRun, Document, Source

ROOT = Path(__file__).resolve().parents[2]
PAGES = 30
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
    politeness: {download_delay: 0, autothrottle: false, retries: 0, timeout: 10, concurrency: 4}
"""


class _Site(BaseHTTPRequestHandler):
    """An RSS feed of PAGES articles; counts requests per path; robots.txt waits for two."""

    members: str
    redis_url: str
    quorum: int

    protocol_version = "HTTP/1.1"
    hits: Counter[str]
    lock: threading.Lock

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        with self.lock:
            self.hits[self.path] += 1
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        ctype = "text/html; charset=utf-8"
        if self.path == "/robots.txt":
            self.wait_for_quorum()
            body, ctype = b"User-agent: *\nAllow: /\n", "text/plain"
        elif self.path == "/rss.xml":
            items = "".join(f"<item><title>Haber {i}</title><link>{base}/haber/{i}</link>"
                            f"<pubDate>Mon, 02 Mar 2026 10:00:00 +0300</pubDate></item>"
                            for i in range(PAGES))
            body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
                    f"{items}</channel></rss>").encode()
            ctype = "application/rss+xml"
        elif self.path.startswith("/haber/"):
            i = self.path.rsplit("/", 1)[1]
            body = ARTICLE.format(i=i, body=PARA.format(i=i) * 5).encode()
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def wait_for_quorum(self) -> None:
        """Until ``quorum`` crawler processes are members of the round (at most 90 s)."""
        import redis

        client = redis.Redis.from_url(self.redis_url)
        try:
            for _ in range(900):
                if client.zcard(self.members) >= self.quorum:
                    return
                time.sleep(0.1)
        finally:
            client.close()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def site(redis_url: str, redis_prefix: str) -> Iterator[tuple[str, type[_Site]]]:
    handler = type("Site", (_Site,), {"hits": Counter(), "lock": threading.Lock(),
                                      "members": members_key(redis_prefix),
                                      "redis_url": redis_url, "quorum": 2})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler
    finally:
        server.shutdown()
        server.server_close()


def _crawler(db_url: str, sources: Path, base: str, redis_url: str, prefix: str,
             data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "radar.cli", "-q", "--db", db_url, "--data-dir", str(data_dir),
         "crawl", "--distributed", "--redis-url", redis_url, "--frontier", prefix,
         "--no-cache", "--sources", str(sources), "--var", f"BASE={base}"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_settings_put_queue_and_fingerprints_under_the_prefix() -> None:
    settings = redis_settings("redis://127.0.0.1:6379/0", "p1")
    assert settings["SCHEDULER_QUEUE_KEY"] == "p1:%(spider)s:requests"
    assert settings["SCHEDULER_DUPEFILTER_KEY"] == "p1:%(spider)s:dupefilter"
    assert settings["SCHEDULER_PERSIST"] is True


def test_two_crawl_processes_on_a_fresh_database_fetch_each_page_once(
        empty_pg: str, redis_url: str, redis_prefix: str, site: tuple[str, type[_Site]],
        tmp_path: Path) -> None:
    base, handler = site
    engine = create_engine(empty_pg)
    assert inspect(engine).get_table_names() == []  # truly fresh: no schema yet
    engine.dispose()
    sources = tmp_path / "sources.yml"
    sources.write_text(SOURCES, encoding="utf-8")
    procs = [_crawler(empty_pg, sources, base, redis_url, redis_prefix, tmp_path / f"d{n}")
             for n in range(2)]
    outputs = [proc.communicate(timeout=180) for proc in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, out + err
        assert "Traceback" not in err and "UniqueViolation" not in err
    hits = dict(handler.hits)
    assert hits["/robots.txt"] in (1, 2)  # read by each process that fetches a page
    assert hits["/rss.xml"] == 1
    assert {f"/haber/{i}": hits.get(f"/haber/{i}") for i in range(PAGES)} == {
        f"/haber/{i}": 1 for i in range(PAGES)}
    assert sum(int(line.split("new ")[1].split()[0]) for out, _ in outputs
               for line in out.splitlines() if line.startswith("shared-feed:")) == PAGES

    sessions = connect(empty_pg)
    with session_scope(sessions) as session:
        stored = session.scalars(select(Document.canonical_url)).all()
        names = session.scalars(select(Source.name)).all()
        runs = session.scalars(select(CrawlRun.status)).all()
        (stamped,) = session.execute(text("SELECT version_num FROM alembic_version")).one()
        broken = session.scalar(select(Source.broken))
    assert len(stored) == len(set(stored)) == PAGES
    assert names == ["shared-feed"]
    assert sorted(runs) in (["ok", "ok"], ["idle", "ok"])
    assert stamped and broken is False
    assert frontier_keys(redis_url, redis_prefix) == []  # the last one out cleared the round

    # The next round starts afresh: one process alone fetches every page again.
    handler.quorum = 1
    again = _crawler(empty_pg, sources, base, redis_url, redis_prefix, tmp_path / "d0")
    out, err = again.communicate(timeout=180)
    assert again.returncode == 0, out + err
    assert handler.hits["/rss.xml"] == 2
    assert all(handler.hits[f"/haber/{i}"] == 2 for i in range(PAGES))
    assert f"unchanged {PAGES}" in out
    assert frontier_keys(redis_url, redis_prefix) == []
    sessions.kw["bind"].dispose()
