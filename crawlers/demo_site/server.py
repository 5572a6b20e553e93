"""A small threaded HTTP server for fixture sites, with the caching headers real sites send.

The demo website and the crawler tests both need a local site that behaves like the
web: ``robots.txt``, ``ETag``/``Last-Modified`` with ``304 Not Modified`` on conditional
requests, declared charsets, 404s. ``ThreadingHTTPServer`` in a daemon thread keeps it
dependency-free; binding port 0 lets tests run in parallel.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Page:
    """One resource of a fixture site: body bytes, full Content-Type, modification time.

    ``status`` lets a fixture serve errors (500, 503) on purpose; ``cacheable`` False
    omits ETag/Last-Modified, like many dynamic sites do; ``streamed`` sends no
    Content-Length and ends the body by closing the connection, like generated pages,
    so a client learns the size only while reading.
    """

    body: bytes
    content_type: str = "text/html; charset=utf-8"
    last_modified: datetime | None = None
    status: int = 200
    cacheable: bool = True
    streamed: bool = False

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:20] + '"'


Resolver = Callable[[str], Page | None]


@dataclass
class RequestLog:
    """What the server saw: requests per path and statuses, so tests can check politeness."""

    paths: Counter[str] = field(default_factory=Counter)
    statuses: Counter[int] = field(default_factory=Counter)
    conditional: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record(self, path: str, status: int, conditional: bool) -> None:
        with self.lock:
            self.paths[path] += 1
            self.statuses[status] += 1
            self.conditional += int(conditional)


def _http_date(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return format_datetime(moment.astimezone(UTC), usegmt=True)


def _not_modified(page: Page, headers: Any) -> bool:
    """RFC 9110: If-None-Match wins over If-Modified-Since when both are sent."""
    inm = headers.get("If-None-Match")
    if inm is not None:
        tags = {tag.strip() for tag in inm.split(",")}
        return "*" in tags or page.etag in tags or ("W/" + page.etag) in tags
    ims = headers.get("If-Modified-Since")
    if ims and page.last_modified is not None:
        try:
            since = parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
        modified = page.last_modified
        if modified.tzinfo is None:
            modified = modified.replace(tzinfo=UTC)
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return modified.replace(microsecond=0) <= since
    return False


def _make_handler(resolve: Resolver, requests: RequestLog) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "RadarFixture/1.0"
        protocol_version = "HTTP/1.1"

        def handle(self) -> None:
            try:
                super().handle()
            except (BrokenPipeError, ConnectionResetError):
                # A client that dropped the connection (size limit, timeout) is not our error.
                log.debug("fixture client %s reset the connection", self.client_address)

        def do_HEAD(self) -> None:  # noqa: N802 - http.server naming
            self._serve(send_body=False)

        def do_GET(self) -> None:  # noqa: N802 - http.server naming
            self._serve(send_body=True)

        def do_POST(self) -> None:  # noqa: N802 - http.server naming
            """A search API's POST: a page keyed ``"PATH BODY"`` wins over the bare path."""
            size = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(size).decode("utf-8", "replace") if size else ""
            self._serve(send_body=True, posted=body)

        def _serve(self, send_body: bool, posted: str | None = None) -> None:
            parts = urlsplit(self.path)
            path = parts.path or "/"
            # A page keyed with its query ("/api?page=2") wins over the bare path.
            page = (resolve(f"{path} {posted}") if posted is not None else None) or \
                (resolve(f"{path}?{parts.query}") if parts.query else None) or resolve(path)
            conditional = bool(self.headers.get("If-None-Match") or
                               self.headers.get("If-Modified-Since"))
            if page is None:
                page = Page(b"<html><body><h1>404</h1><p>Sayfa bulunamadi.</p></body></html>",
                            status=404, cacheable=False)
            status = page.status
            if status == 200 and page.cacheable and _not_modified(page, self.headers):
                status = 304
            requests.record(path, status, conditional)
            self.send_response(status)
            if page.cacheable and page.status == 200:
                self.send_header("ETag", page.etag)
                if page.last_modified is not None:
                    self.send_header("Last-Modified", _http_date(page.last_modified))
                # Always revalidate: a crawler's cache must ask, and gets a cheap 304.
                self.send_header("Cache-Control", "max-age=0, must-revalidate")
            if status == 304:
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_header("Content-Type", page.content_type)
            if page.streamed:
                self.send_header("Connection", "close")
                self.close_connection = True
            else:
                self.send_header("Content-Length", str(len(page.body)))
            self.end_headers()
            if send_body:
                try:
                    for start in range(0, len(page.body), 1 << 16):
                        self.wfile.write(page.body[start:start + (1 << 16)])
                except (BrokenPipeError, ConnectionResetError):
                    # The client gave up (a size limit, a timeout): its business, not an error.
                    log.debug("fixture client closed %s early", path)
                    self.close_connection = True

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            log.debug("fixture %s - " + format, self.address_string(), *args)

    return Handler


class SiteServer:
    """A fixture site on ``host:port`` in a background thread; ``.url`` has no trailing slash.

    Use as a context manager, or call ``stop()``. ``pages`` may be a mapping of path to
    ``Page`` or a callable resolving a path (for generated sites too big to hold).
    """

    def __init__(self, pages: Mapping[str, Page] | Resolver, host: str = "127.0.0.1",
                 port: int = 0) -> None:
        resolve: Resolver = pages.get if isinstance(pages, Mapping) else pages
        self.requests = RequestLog()
        self._httpd = ThreadingHTTPServer((host, port), _make_handler(resolve, self.requests))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        name="radar-fixture-site", daemon=True)
        self._thread.start()
        bound_host, bound_port = self._httpd.server_address[:2]
        host_text = bound_host.decode() if isinstance(bound_host, bytes) else str(bound_host)
        self.url = f"http://{host_text}:{bound_port}"
        log.info("serving fixture site at %s", self.url)

    def stop(self) -> None:
        """Stop serving and free the port (idempotent)."""
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join(timeout=5)
        self._httpd.server_close()

    def __enter__(self) -> SiteServer:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
