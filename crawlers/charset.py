"""Which character encoding a fetched page is really in, trusting the bytes over labels.

Servers often send a default ``charset=iso-8859-1`` for pages that are UTF-8, and old
Turkish sites label Windows-1254 pages as Latin-1 or not at all; Scrapy believes the
header first and stores mojibake ("GÄ±da", "Åžirket") or Western letters in place of
Turkish ones ("Gýda", "Þirket"). The order used here:

1. a byte order mark;
2. the bytes: a body with non-ASCII bytes that is valid UTF-8 is UTF-8, whatever any
   label says (legacy Turkish or Western text is practically never valid UTF-8);
3. the HTML ``<meta>`` (or XML declaration), then the HTTP header, each used only if the
   body decodes in it without errors (a UTF-8 label on non-UTF-8 bytes is wrong);
   a Western label (Latin-1, Windows-1252) whose text shows letters that Turkish ones
   become under it (ð ý þ Ð Ý Þ for ğ ı ş Ğ İ Ş) is read as Windows-1254;
4. no usable label: Windows-1254, the project's legacy default (as for CSV tables), if
   the bytes decode in it; else charset-normalizer's guess. (The detector is not asked
   first: on Turkish Windows-1254 text it answers Windows-1252 or ISO-8859-10.)

``CharsetMiddleware`` applies the decision to every text response, and repairs mojibake
in it, before any spider, selector or ``MetaRefreshMiddleware`` reads ``response.text``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

from crawlers.mojibake import garble, repair_markup

log = logging.getLogger(__name__)

LEGACY_DEFAULT = "cp1254"
WESTERN = frozenset({"cp1252", "latin_1", "iso8859-1", "iso8859_1"})
# What ğ ı ş Ğ İ Ş (Windows-1254 F0 FD FE D0 DD DE) read as under Latin-1/Windows-1252.
TURKISH_UNDER_WESTERN = frozenset("ðýþÐÝÞ")
TURKISH_EVIDENCE = 2  # that many such letters before a Western label is overruled
META_SCAN_BYTES = 4096  # where a <meta charset> must be (the HTML standard says 1024)
REPAIRED = "mojibake_repaired"  # request.meta key and document flag


@dataclass(frozen=True)
class Charset:
    """The encoding to decode a body with, and what decided it (for logs and tests)."""

    encoding: str
    origin: str  # bom, bytes, meta, header, turkish, default, detector


def _decodes(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _is_utf8(name: str) -> bool:
    return name.replace("_", "-").lower() in {"utf-8", "utf8", "utf-8-sig"}


def _turkish_under_western(body: bytes, encoding: str) -> bool:
    """Whether a Western label hides Windows-1254 text (see the module docstring)."""
    if encoding.lower() not in WESTERN or not _decodes(body, LEGACY_DEFAULT):
        return False
    text = body.decode(encoding, "replace")
    return sum(text.count(ch) for ch in TURKISH_UNDER_WESTERN) >= TURKISH_EVIDENCE


def _detect(body: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(body).best()
    return best.encoding if best is not None else None


def page_charset(body: bytes, content_type: str | None) -> Charset:
    """The encoding of ``body`` served with the ``Content-Type`` header ``content_type``."""
    bom, _ = read_bom(body)
    if bom:
        return Charset(bom, "bom")
    utf8 = _decodes(body, "utf-8")
    if utf8 and not body.isascii():
        return Charset("utf-8", "bytes")
    declared = (("meta", html_body_declared_encoding(body[:META_SCAN_BYTES])),
                ("header", http_content_type_encoding(content_type)))
    for origin, encoding in declared:
        if not encoding or (_is_utf8(encoding) and not utf8) or not _decodes(body, encoding):
            continue
        if _turkish_under_western(body, encoding):
            return Charset(LEGACY_DEFAULT, "turkish")
        return Charset(encoding, origin)
    if _decodes(body, LEGACY_DEFAULT):
        return Charset(LEGACY_DEFAULT, "default")
    guess = _detect(body)
    return Charset(guess, "detector") if guess else Charset(LEGACY_DEFAULT, "default")


class CharsetMiddleware:
    """Downloader middleware: decode each text response with ``page_charset``, then undo
    mojibake in it (``crawlers.mojibake.repair_markup``); ``request.meta[REPAIRED]`` then holds
    how many bad sequences the page had, for the document's flags.

    Sits below ``HttpCompressionMiddleware`` (590) so it sees the decompressed body, and
    above ``MetaRefreshMiddleware`` (580), the first to read ``response.text``.
    """

    def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        from scrapy.http import TextResponse

        if not isinstance(response, TextResponse) or not response.body:
            return response
        header = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        charset = page_charset(response.body, header)
        log.debug("%s: decoded as %s (%s), header %r", response.url, charset.encoding,
                  charset.origin, header)
        decoded = response.replace(encoding=charset.encoding)
        text = decoded.text
        fixed = repair_markup(text)
        if fixed == text:
            return decoded
        # Repaired on the whole page, before any parser: lxml and trafilatura drop the C1
        # controls that Latin-1 mojibake is made of ("Å\x9f" for "ş"), after which the
        # letter cannot be restored.
        request.meta[REPAIRED] = garble(text).bad
        log.info("%s: mojibake repaired (%d bad sequences)", response.url, request.meta[REPAIRED])
        return decoded.replace(body=fixed.encode("utf-8"), encoding="utf-8")
