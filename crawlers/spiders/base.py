"""What every generic spider shares: the source it crawls, error accounting, selectors.

Errors never stop a crawl: a failed request or an unparsable page is counted by kind
in ``errors`` (network, HTTP status, bad input) or ``skipped`` (robots, too old, not
HTML), and the storage pipeline writes those counts into the run's statistics.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime, timedelta
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from crawlers.charset import REPAIRED
from crawlers.dates import page_date, parse_text_date
from crawlers.documents import (
    CrawledDocument,
    canonical_url,
    detect_lang,
    extract_main_text,
    normalize_text,
    rebase,
    thin_text_flag,
)
from crawlers.mojibake import garble, repair
from crawlers.sources import SourceSpec
from radar_core.clock import utcnow
from radar_core.language import LanguageGuesser

log = logging.getLogger(__name__)
MAX_NOTES = 20  # reasons kept per run; counts by kind are complete regardless


def error_kind(failure: Failure) -> tuple[str, bool]:
    """(kind, is_skip): a readable error class; robots denials are skips, not errors."""
    from scrapy.exceptions import (
        CannotResolveHostError,
        DownloadCancelledError,
        DownloadTimeoutError,
        IgnoreRequest,
    )
    from scrapy.spidermiddlewares.httperror import HttpError
    from twisted.internet.defer import CancelledError
    from twisted.internet.error import (
        ConnectionRefusedError,
        DNSLookupError,
        TCPTimedOutError,
        TimeoutError,
    )

    exc = failure.value
    if isinstance(exc, DownloadCancelledError | CancelledError):
        # Scrapy cancels a body over DOWNLOAD_MAXSIZE (the source's max_size_mb): by its
        # Content-Length before reading ("... larger than download max size ..."), or
        # silently (an empty message) once the bytes received pass the limit.
        message = str(exc)
        return ("too_large" if not message or "max size" in message else "cancelled"), False
    if isinstance(exc, DownloadTimeoutError):
        return "timeout", False
    if isinstance(exc, CannotResolveHostError):
        return "dns", False
    if isinstance(exc, HttpError):
        status = exc.response.status
        return (f"http_{status}" if status < 500 else "http_5xx"), False
    if isinstance(exc, DNSLookupError):
        return "dns", False
    if isinstance(exc, TimeoutError | TCPTimedOutError):
        return "timeout", False
    if isinstance(exc, ConnectionRefusedError) or "connectionrefused" in type(exc).__name__.lower():
        return "connection_refused", False
    if isinstance(exc, IgnoreRequest):
        message = str(exc).lower()
        if "max redirections" in message:  # RedirectMiddleware gave up: a loop, or too long
            return "redirect_loop", False
        return ("robots_denied" if "robots" in message or not message else "ignored"), True
    return type(exc).__name__.lower(), False


class SourceSpider(scrapy.Spider):
    """Base of the family spiders; built per source by ``crawlers.runner``."""

    name = "radar-source"

    def __init__(self, source: SourceSpec, context: Any = None, **kwargs: Any) -> None:
        super().__init__(name=source.name, **kwargs)
        self.source = source
        self.context = context
        self.errors: Counter[str] = Counter()
        self.skipped: Counter[str] = Counter()
        self.notes: list[str] = []
        self.pages_seen = 0
        self.started = utcnow()
        self.language = LanguageGuesser()  # loads its model only if a page needs a guess

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> Any:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_spider_error, signal=scrapy.signals.spider_error)
        crawler.signals.connect(spider.on_dropped, signal=scrapy.signals.request_dropped)
        return spider

    def on_dropped(self, request: scrapy.Request, spider: Any) -> None:
        """Count a redirect back into its own chain: the scheduler's duplicate filter drops
        it silently, so a redirect loop would otherwise leave no trace but "no documents"."""
        chain = request.meta.get("redirect_urls") or []
        if spider is self and request.url in chain:
            self.errors["redirect_loop"] += 1
            self.note("redirect_loop", chain[0], " -> ".join([*chain, request.url])[:200])

    def on_spider_error(self, failure: Failure, response: Response, spider: Any) -> None:
        """Count a page whose callback raised (Scrapy logs it; here it is counted)."""
        if spider is self:
            self.errors["spider_error"] += 1
            self.note("spider_error", response.url,
                      f"{type(failure.value).__name__}: {failure.value}")

    # -- requests ---------------------------------------------------------------------
    async def start(self) -> Any:  # scrapy >= 2.13 entry point
        for url in self.source.start_urls:
            yield self.request(url, self.parse)

    def request(self, url: str, callback: Any, **meta: Any) -> scrapy.Request:
        return scrapy.Request(url, callback=callback, errback=self.on_error, meta=meta)

    def on_error(self, failure: Failure) -> None:
        kind, is_skip = error_kind(failure)
        url = getattr(failure.request, "url", "?") if hasattr(failure, "request") else "?"
        (self.skipped if is_skip else self.errors)[kind] += 1
        log.info("%s: %s on %s", self.source.name, kind, url)
        if kind == "redirect_loop":
            self.note(kind, url, "gave up after REDIRECT_MAX_TIMES redirects")
        elif kind.startswith("http_"):  # http_5xx is one kind: the note keeps the status
            response = getattr(failure.value, "response", None)
            self.note(kind, url, f"status {response.status}" if response is not None else "")
        elif kind in {"robots_denied", "dns", "connection_refused", "timeout"}:
            self.note(kind, url, "")
        if kind in {"too_large", "cancelled"}:
            self.note(kind, url, str(failure.value) or
                      f"body passed max_size_mb={self.source.politeness.max_size_mb:g}")

    def bad_input(self, kind: str, response: Response, detail: str = "") -> None:
        """Count a page that arrived but cannot be used (malformed, truncated, wrong type)."""
        self.errors[kind] += 1
        log.info("%s: %s at %s %s", self.source.name, kind, response.url, detail)
        self.note(kind, response.url, detail)

    def skip(self, reason: str, url: str | None = None, detail: str = "") -> None:
        self.skipped[reason] += 1
        if url is not None:
            self.note(reason, url, detail)

    def note(self, kind: str, url: str, detail: str) -> None:
        """Keep why a page was not used (run stats ``notes``), the first MAX_NOTES only."""
        if len(self.notes) < MAX_NOTES:
            self.notes.append(f"{kind} {url}: {detail[:200]}" if detail else f"{kind} {url}")

    # -- helpers ------------------------------------------------------------------------
    @staticmethod
    def is_html(response: Response) -> bool:
        ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
        return isinstance(response, TextResponse) and ("html" in ctype or not ctype)

    @staticmethod
    def select(response: TextResponse, selector: str | None) -> list[str]:
        """Values of a ``css:`` or ``xpath:`` selector; element matches give their text."""
        if not selector:
            return []
        kind, _, expr = selector.partition(":")
        nodes = response.css(expr) if kind == "css" else response.xpath(expr)
        values = []
        for node in nodes:
            if node.root is not None and hasattr(node.root, "tag"):
                parts = node.xpath(".//text()[not(ancestor::script or ancestor::style)]").getall()
                blocks = node.xpath("./*")
                if blocks:
                    parts = ["\n\n".join(
                        " ".join(b.xpath(".//text()").getall()).strip() for b in blocks)]
                value = " ".join(parts)
            else:
                value = node.get()
            value = normalize_text(value or "")
            if value:
                values.append(value)
        return values

    def too_old(self, published: datetime | None) -> bool:
        limit = self.source.max_age_days
        return bool(limit and published and published < self.started - timedelta(days=limit))

    def document(self, url: str, text: str, **kwargs: Any) -> CrawledDocument:
        """The document of every family: mojibake repaired, a still garbled text flagged."""
        canonical = kwargs.pop("canonical_url", None) or canonical_url(url)
        flags: dict[str, Any] = dict(kwargs.pop("flags", None) or {})
        fixed = repair(text)  # pages are repaired whole by CharsetMiddleware; table cells,
        if fixed != text:     # API values and feed titles may still need it
            flags[REPAIRED] = flags.get(REPAIRED, 0) + garble(text).bad
            text = fixed
        if kwargs.get("title"):
            kwargs["title"] = repair(kwargs["title"])
        if kwargs.get("fields"):
            kwargs["fields"] = {k: repair(v) if isinstance(v, str) else v
                                for k, v in kwargs["fields"].items()}
        damage = garble(text)
        if damage.garbled:
            flags["garbled"] = damage.as_flag()
            log.info("%s: %s is garbled (%d bad of %d characters)", self.source.name, url,
                     damage.bad, damage.chars)
        return CrawledDocument(url=url, source=self.source.name,
                               source_type=self.source.source_type, text=text, flags=flags,
                               lang=detect_lang(text, self.source.lang, self.language),
                               canonical_url=rebase(canonical, self.source.canonical_base),
                               **kwargs)

    def article(self, response: Response, title: str | None, published: datetime | None,
                origin: str) -> CrawledDocument | None:
        """A news page as a document: main text, title, and the best date with its origin.

        ``published`` comes from the feed or sitemap (``origin``); without it the page's
        meta tags are used (``page``), then a date written in the text (``text``), then
        the fetch time (``fetch``).
        """
        if not self.is_html(response):
            ctype = (response.headers.get(b"Content-Type") or b"?").decode("latin-1")
            self.skip("not_html", response.url, f"Content-Type {ctype}")
            log.info("%s: %s is %s, not HTML", self.source.name, response.url, ctype)
            return None
        assert isinstance(response, TextResponse)
        html = response.text
        text = extract_main_text(html, response.url)
        if not text:
            self.bad_input("no_text", response)
            return None
        title = (title or response.css("meta[property='og:title']::attr(content)").get()
                 or response.css("title::text").get() or "").strip() or None
        return self.dated_document(response.url, html, text, published, origin, title=title,
                                   flags=self.page_flags(response))

    @staticmethod
    def page_flags(response: Response) -> dict[str, Any]:
        """Flags a page earned before parsing: mojibake repaired by ``CharsetMiddleware``."""
        repaired = response.meta.get(REPAIRED)
        return {REPAIRED: repaired} if repaired else {}

    def dated_document(self, url: str, html: str, text: str, published: datetime | None,
                       origin: str, flags: dict[str, Any] | None = None,
                       **kwargs: Any) -> CrawledDocument | None:
        """A page's document with its best publication date and where that date came from.

        ``published`` as found by the caller (``origin``: feed, sitemap, page selector);
        without it the page's meta tags (``page``), a date written in the text (``text``),
        then the fetch time (``fetch``). A wrong date breaks every window rule, so the
        origin is always stored. Too old: skipped (None). Suspiciously thin text: flagged.
        """
        fetched = utcnow()
        if published is None:
            published, origin = page_date(html, url), "page"
        if published is None:  # repaired first: "Åžubat" is no month
            published, origin = parse_text_date(repair(text[:600]), fetched), "text"
        if published is None:
            published, origin = fetched, "fetch"
        if self.too_old(published):
            self.skip("too_old")
            return None
        flags = dict(flags or {})
        thin = thin_text_flag(text, len(html))
        if thin:
            flags["thin_text"] = thin
        return self.document(url, text, published=published, published_from=origin,
                             flags=flags, **kwargs)
