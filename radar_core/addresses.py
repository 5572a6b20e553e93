"""Addresses that come from outside: URLs from crawled pages, e-mail addresses from registers.

Crawled text is hostile until proven otherwise: a ``javascript:`` URL must never become a
link in an e-mail or a page, and an address with a newline must never reach a mail header.
The e-mail renderer, the web pages and the preference forms all ask these two functions.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Browsers drop ASCII controls and whitespace inside a URL ("java\tscript:"), so they are
# removed before the scheme is checked, never after.
_URL_JUNK = re.compile(r"[\x00-\x20\x7f]+")
SAFE_SCHEMES = frozenset({"http", "https"})
_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
MAX_ADDRESS = 320  # RFC 3696 with erratum: 64 + 1 + 255


def safe_url(value: object) -> str | None:
    """The URL if it is an absolute http(s) URL with a host, else None (never a link)."""
    if not isinstance(value, str) or not value:
        return None
    url = _URL_JUNK.sub("", value)
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or not host:
        return None
    return url


def valid_email(addr: str) -> bool:
    """A plain ASCII ``local@domain``: anything else could not be sent, or injects headers."""
    return len(addr) <= MAX_ADDRESS and bool(_ADDRESS.fullmatch(addr))


def normalize_email(value: object) -> str:
    """The lower-cased address, or ``""`` when it is not a plain ``local@domain``."""
    text = str(value or "").strip().lower()
    return text if valid_email(text) else ""
