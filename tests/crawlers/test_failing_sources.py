"""Sources that fail as a whole: a dead host, a redirect loop, a redirect chain too long.

Each is counted by kind and reported as one line per source, with no Scrapy traceback
(only ``-v`` shows Scrapy's own lines); the crawl exits 1 naming the broken sources.
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.crawlers.conftest import ROOT, run_stats, write_sources


def radar_crawl(tmp_path: Path, sources: Path, base_url: str,
                *flags: str) -> subprocess.CompletedProcess[str]:
    """``radar crawl`` in a fresh process at a person's default verbosity (or ``flags``)."""
    cmd = [sys.executable, "-m", "radar.cli", *flags, "--data-dir", str(tmp_path / "data"),
           "crawl", "--sources", str(sources), "--var", f"BASE={base_url}"]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=ROOT)


class _Redirects(BaseHTTPRequestHandler):
    """/loop/a <-> /loop/b forever; /chain/N -> /chain/N+1 without end; robots.txt 404."""

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        if self.path.startswith("/loop/"):
            target = "/loop/b" if self.path == "/loop/a" else "/loop/a"
        elif self.path.startswith("/chain/"):
            target = f"/chain/{int(self.path.rsplit('/', 1)[1]) + 1}"
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(302)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def redirecting_site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Redirects)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


SOURCES = """
sources:
  - name: dead-host
    family: feed
    source_type: news
    start_urls: ["http://127.0.0.1:{dead}/rss.xml"]
    politeness: {{download_delay: 0, autothrottle: false, retries: 1, timeout: 5}}
  - name: redirect-loop
    family: feed
    source_type: news
    start_urls: ["${{BASE}}/loop/a"]
    politeness: {{download_delay: 0, autothrottle: false, retries: 0, timeout: 5}}
  - name: redirect-chain
    family: feed
    source_type: news
    start_urls: ["${{BASE}}/chain/0"]
    politeness: {{download_delay: 0, autothrottle: false, retries: 0, timeout: 5}}
"""


def test_failing_sources_are_counted_one_line_each(tmp_path: Path, redirecting_site: str) -> None:
    sources = write_sources(tmp_path / "s.yml", SOURCES.format(dead=_closed_port()))
    result = radar_crawl(tmp_path, sources, redirecting_site)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    lines = {line.split(":", 1)[0]: line for line in result.stdout.splitlines()}
    assert re.search(r"errors 1 \(connection_refused 1\)  BROKEN: no documents", lines["dead-host"])
    assert re.search(r"errors 1 \(redirect_loop 1\)  BROKEN", lines["redirect-loop"])
    assert re.search(r"errors 1 \(redirect_loop 1\)  BROKEN", lines["redirect-chain"])
    stderr = [line for line in result.stderr.splitlines() if line.strip()]
    assert stderr == ["radar: R004: broken source(s): dead-host, redirect-loop, redirect-chain"]
    stats = run_stats(tmp_path)
    assert stats["redirect-loop"]["errors"] == {"redirect_loop": 1}
    assert any("/loop/a -> " in note for note in stats["redirect-loop"]["notes"])
    assert any("REDIRECT_MAX_TIMES" in note for note in stats["redirect-chain"]["notes"])


def test_verbose_crawl_shows_scrapys_lines(tmp_path: Path, redirecting_site: str) -> None:
    sources = write_sources(tmp_path / "s.yml", SOURCES.format(dead=_closed_port()))
    result = radar_crawl(tmp_path, sources, redirecting_site, "-v")
    assert result.returncode == 1
    assert "Gave up retrying" in result.stderr and "Traceback" in result.stderr
