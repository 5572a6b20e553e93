"""Crawled documents: canonical URLs, content hashes, main-text extraction, quality flags.

Spiders of every family build a ``CrawledDocument`` through these helpers so that the
storage pipeline sees one shape: identity is the canonical URL (tracking parameters and
fragments removed), change detection is a hash of title + text (not of the raw HTML,
whose ads and timestamps change on every fetch).
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from w3lib.url import canonicalize_url, url_query_cleaner

from radar_core.language import LanguageGuesser

log = logging.getLogger(__name__)

_TRACKING = re.compile(r"^(utm_[a-z]+|fbclid|gclid|yclid|mc_cid|mc_eid|ref|from)$")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
THIN_MIN_CHARS = 50
THIN_RATIO = 0.01


@dataclass
class CrawledDocument:
    """What a spider yields and the storage pipeline stores (design.md Document + extras)."""

    url: str
    source: str
    source_type: str
    text: str
    title: str | None = None
    published: datetime | None = None
    published_from: str = "fetch"
    lang: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    flags: dict[str, Any] = field(default_factory=dict)
    canonical_url: str = ""
    content_hash: str = ""

    @property
    def garbled(self) -> bool:
        """Still unreadable after repair (``crawlers.mojibake``); stored as its own column."""
        return "garbled" in self.flags

    def __post_init__(self) -> None:
        if not self.canonical_url:
            self.canonical_url = canonical_url(self.url)
        if not self.content_hash:
            self.content_hash = content_hash(self.title, self.text, self.fields)


def canonical_url(url: str) -> str:
    """Sorted query, no fragment, no tracking parameters: one URL per page."""
    from urllib.parse import parse_qsl, urlsplit

    keys = [k for k, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True)]
    drop = [k for k in keys if _TRACKING.match(k.lower())]
    if drop:
        url = url_query_cleaner(url, drop, remove=True, keep_fragments=False)
    return canonicalize_url(url, keep_fragments=False)


def rebase(url: str, base: str | None) -> str:
    """``url`` with its scheme and host replaced by those of ``base`` (when given)."""
    if not base:
        return url
    from urllib.parse import urlsplit, urlunsplit

    parts, origin = urlsplit(url), urlsplit(base)
    return urlunsplit((origin.scheme, origin.netloc, parts.path, parts.query, parts.fragment))


def content_hash(title: str | None, text: str, fields: dict[str, Any] | None = None) -> str:
    """SHA-256 of normalised title, text and structured fields."""
    h = hashlib.sha256()
    h.update(normalize_text(title or "").encode("utf-8"))
    h.update(b"\x00")
    h.update(normalize_text(text).encode("utf-8"))
    for key in sorted(fields or {}):
        h.update(f"\x00{key}={fields[key]}".encode())  # type: ignore[index]
    return h.hexdigest()


def document_id(canonical: str) -> str:
    """The stable external id of a document: a hash of its canonical URL."""
    return "web-" + hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:24]


def normalize_text(text: str) -> str:
    """Single spaces, at most one blank line between paragraphs, stripped."""
    text = _SPACES.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


def extract_main_text(html: str, url: str | None = None) -> str:
    """The article body without navigation, ads, cookie banners or footers (trafilatura)."""
    import trafilatura

    try:
        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                                   include_links=False, favor_precision=True, deduplicate=False)
    except Exception as exc:  # trafilatura raises assorted errors on broken markup
        log.debug("trafilatura failed on %s: %s", url, exc)
        text = None
    return normalize_text(text or "")


def thin_text_flag(text: str, html_chars: int) -> dict[str, Any] | None:
    """Flag pages whose extracted text is tiny next to their HTML (paywall, JS page, bad parse)."""
    if len(text) < THIN_MIN_CHARS or (html_chars and len(text) / html_chars < THIN_RATIO):
        return {"text_chars": len(text), "html_chars": html_chars}
    return None


def detect_lang(text: str, declared: str | None, guesser: LanguageGuesser) -> str | None:
    """The declared language of the source, else the shared tr/en guess; None for no text."""
    if declared:
        return declared
    return guesser.guess(text) if text.strip() else None
