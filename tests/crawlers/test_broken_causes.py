"""A broken source says why (robots, HTTP status, selectors, parse) and since when.

Real sites on 127.0.0.1: one whose robots.txt denies everything, one serving a 500, a
404, a listing whose item selector matches nothing and an HTML page where a feed should
be. Two crawls both fail: "since" stays at the first failing run; a crawl that works
again clears it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from crawlers.causes import failure_cause
from crawlers.demo_site.server import Page, SiteServer
from radar_core.db import connect, session_scope
from radar_core.db.models import CrawlRun, Source
from tests.crawlers.conftest import ROOT, write_sources

POLITE = "politeness: {download_delay: 0, autothrottle: false, retries: 0, timeout: 5}"
SOURCES = f"""
sources:
  - name: denied
    family: feed
    source_type: news
    start_urls: ["${{DENIED}}/rss.xml"]
    {POLITE}
  - name: server-error
    family: feed
    source_type: news
    start_urls: ["${{BASE}}/down.xml"]
    {POLITE}
  - name: missing
    family: feed
    source_type: news
    start_urls: ["${{BASE}}/gone.xml"]
    {POLITE}
  - name: no-items
    family: listing
    source_type: complaint
    start_urls: ["${{BASE}}/list"]
    {POLITE}
    listing: {{items: "css:a.item::attr(href)"}}
    detail: {{text: "css:div.body"}}
  - name: not-a-feed
    family: feed
    source_type: news
    start_urls: ["${{BASE}}/html.xml"]
    {POLITE}
"""
ARTICLE = ("<html><head><title>Haber</title></head><body><article><h1>Haber</h1><p>Şirket "
           "yeni üretim hattı için yatırım planını açıkladı ve istihdamın artacağını "
           "söyledi.</p></article></body></html>").encode()


def _pages(base: str, working: bool) -> dict[str, Page]:
    pages = {
        "/robots.txt": Page(b"User-agent: *\nAllow: /\n", "text/plain"),
        "/down.xml": Page(b"<h1>Internal error</h1>", status=500, cacheable=False),
        "/list": Page(b"<html><body><ul><li><a class='row' href='/c/1'>1</a></li></ul>"
                      b"</body></html>"),
        "/html.xml": Page(b"<html><body>Bakim calismasi</body></html>"),
    }
    if working:  # the feed is back
        pages["/down.xml"] = Page(
            (f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>'
             f"<title>Haber</title><link>{base}/haber/1</link></item></channel></rss>").encode(),
            "application/rss+xml")
        pages["/haber/1"] = Page(ARTICLE)
    return pages


def _radar(db: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI in a fresh process (a crawl starts Twisted's reactor, once per process)."""
    return subprocess.run([sys.executable, "-m", "radar.cli", "-q", "--db", db, "--data-dir",
                           str(tmp_path / "data"), *args],
                          capture_output=True, text=True, timeout=180, cwd=ROOT)


def _runs(db: str) -> dict[str, list[CrawlRun]]:
    sessions = connect(db)
    out: dict[str, list[CrawlRun]] = {}
    with session_scope(sessions) as session:
        for name, run in session.execute(select(Source.name, CrawlRun).join(
                CrawlRun, CrawlRun.source_id == Source.id).order_by(CrawlRun.id)):
            out.setdefault(name, []).append(run)
    sessions.kw["bind"].dispose()
    return out


def test_each_broken_source_shows_its_cause_and_since(tmp_path: Path, database_url: str) -> None:
    def crawl() -> subprocess.CompletedProcess[str]:
        return _radar(database_url, tmp_path, "crawl", "--sources", str(sources), "--var",
                      f"BASE={site.url}", "--var", f"DENIED={denied_site.url}")

    sources = write_sources(tmp_path / "s.yml", SOURCES)
    denied = {"/robots.txt": Page(b"User-agent: *\nDisallow: /\n", "text/plain"),
              "/rss.xml": Page(b"<rss/>", "application/rss+xml")}
    pages: dict[str, Page] = {}
    with SiteServer(denied) as denied_site, SiteServer(pages) as site:
        pages.update(_pages(site.url, working=False))
        for _ in range(2):
            result = crawl()
            assert result.returncode == 1, result.stderr
        assert denied_site.requests.paths["/rss.xml"] == 0  # robots.txt was obeyed
        assert "(robots: robots.txt denied 1 request" in result.stdout

        runs = _runs(database_url)
        first = {name: r[0].started_at.isoformat(timespec="seconds") for name, r in runs.items()}
        assert all(len(r) == 2 and r[1].started_at > r[0].started_at for r in runs.values())

        table = _radar(database_url, tmp_path, "sources", "status")
        assert table.returncode == 1
        lines = {line.split("\t")[0]: line for line in table.stdout.splitlines()}
        assert "BROKEN robots: robots.txt denied 1 request at " in lines["denied"]
        assert "BROKEN http: HTTP 500 (1 request) at " in lines["server-error"]
        assert "/down.xml; no documents (1 errors)" in lines["server-error"]
        assert "BROKEN http: HTTP 404 (1 request)" in lines["missing"]
        assert "BROKEN selectors: listing item selector matched nothing" in lines["no-items"]
        assert "BROKEN parse: parse error: not a readable RSS/Atom feed" in lines["not-a-feed"]
        for name, line in lines.items():
            assert line.endswith(f"\tsince {first[name]}"), line

        listed = {row["source"]: row for row in json.loads(_radar(
            database_url, tmp_path, "sources", "status", "--format", "json").stdout)}
        assert {n: r["cause"] for n, r in listed.items()} == {
            "denied": "robots", "server-error": "http", "missing": "http",
            "no-items": "selectors", "not-a-feed": "parse"}
        assert all(r["since"] == first[n] and r["broken"] for n, r in listed.items())
        assert listed["missing"]["errors_by_kind"] == {"http_404": 1}

        overall = _radar(database_url, tmp_path, "status", "--json")
        report = json.loads(overall.stdout)
        by_name = {b["source"]: b for b in report["broken_sources"]}
        assert by_name["denied"]["cause"] == "robots"
        assert by_name["missing"]["since"] == first["missing"]
        assert by_name["missing"]["reason"].startswith("HTTP 404 (1 request) at ")

        pages.update(_pages(site.url, working=True))
        crawl()
    listed = {row["source"]: row for row in json.loads(_radar(
        database_url, tmp_path, "sources", "status", "--format", "json").stdout)}
    assert listed["server-error"] | {"last_run": None} == {
        **listed["server-error"], "broken": False, "cause": None, "reason": None,
        "since": None, "last_run": None}
    assert listed["denied"]["since"] == first["denied"]  # still broken: same streak


def test_cause_picks_the_most_counted_failure() -> None:
    stats = {"broken": "no documents (3 errors)", "errors": {"http_404": 1, "dns": 2},
             "skipped": {"too_old": 4}, "notes": ["dns http://x.example/a"]}
    cause = failure_cause(stats)
    assert cause is not None and cause.code == "network"
    assert cause.detail == "DNS lookup failed (2x) at http://x.example/a"
    assert failure_cause({"broken": None, "errors": {"dns": 2}}) is None
    nothing = failure_cause({"broken": "no documents", "skipped": {"too_old": 4}})
    assert nothing is not None and nothing.code == "nothing_stored"
    assert nothing.detail == "nothing to store (skipped: too_old 4)"
