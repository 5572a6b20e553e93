"""Why a broken run broke: one cause (robots, HTTP status, network, selectors, parse) and a line.

A run's statistics already count every failure by kind (``errors``, ``skipped``, the first
``notes``); an operator looking at a broken source wants the one that explains it, in
words, e.g. "robots.txt denied 1 request" or "HTTP 404 (2 requests)". The kind counted
most decides; ties go to the cause listed first in ``CAUSE_OF`` (robots before HTTP
before the rest), because that is the one to fix first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# kind counted by the spiders -> cause; the order is the tie-break order
CAUSE_OF: dict[str, str] = {
    "robots_denied": "robots",
    "dns": "network",
    "connection_refused": "network",
    "timeout": "network",
    "cancelled": "network",
    "redirect_loop": "redirects",
    "too_large": "too_large",
    "empty_listing": "selectors",
    "empty_feed": "selectors",
    "empty_table": "selectors",
    "no_text": "selectors",
    "bad_feed": "parse",
    "bad_listing": "parse",
    "bad_sitemap": "parse",
    "bad_table": "parse",
    "bad_api": "parse",
    "spider_error": "parse",
}
CAUSES = ("robots", "http", "network", "redirects", "too_large", "selectors", "parse",
          "nothing_stored", "other")

_WORDS = {
    "dns": "DNS lookup failed",
    "connection_refused": "connection refused",
    "timeout": "timed out",
    "cancelled": "download cancelled",
    "redirect_loop": "redirect loop (or too many redirects)",
    "too_large": "page over max_size_mb",
    "empty_listing": "listing item selector matched nothing",
    "empty_feed": "feed has no items",
    "empty_table": "table has no data rows",
    "no_text": "no text found on the page (selector or extraction)",
    "bad_feed": "parse error: not a readable RSS/Atom feed",
    "bad_listing": "parse error: listing page is not HTML",
    "bad_sitemap": "parse error: not a readable sitemap",
    "bad_table": "parse error: unreadable table file",
    "bad_api": "parse error: API answer is not the declared JSON",
    "spider_error": "parse error: the page's callback raised",
}


@dataclass(frozen=True)
class Cause:
    """The cause of a broken run: a code from ``CAUSES`` and a line for people."""

    code: str
    detail: str


def cause_of_kind(kind: str) -> str:
    if kind.startswith("http_"):
        return "http"
    return CAUSE_OF.get(kind, "other")


def _requests(n: int) -> str:
    return f"{n} request" + ("" if n == 1 else "s")


def _describe(kind: str, count: int, notes: list[str]) -> str:
    if kind == "robots_denied":
        text = f"robots.txt denied {_requests(count)}"
    elif kind.startswith("http_"):
        code = kind[5:].upper()
        # http_5xx is one kind for every server error; its notes keep the exact status
        statuses = sorted({n.rsplit("status ", 1)[1] for n in notes
                           if n.startswith(f"{kind} ") and "status " in n})
        text = f"HTTP {', '.join(statuses) if statuses else code} ({_requests(count)})"
    else:
        text = f"{_WORDS.get(kind, kind)} ({count}x)"
    first = next((n for n in notes if n.startswith(f"{kind} ")), None)
    if first:  # "kind URL: detail" -> the URL it happened on
        url = first[len(kind) + 1:].split(": ", 1)[0]
        text += f" at {url}"
    return text


def failure_cause(stats: dict[str, Any]) -> Cause | None:
    """The cause of a run judged broken (``stats['broken']`` set), else None."""
    if not stats.get("broken"):
        return None
    counts: dict[str, int] = dict(stats.get("errors") or {})
    robots = int((stats.get("skipped") or {}).get("robots_denied", 0))
    if robots:
        counts["robots_denied"] = robots
    notes = [str(n) for n in stats.get("notes") or []]
    if not counts:
        skipped = ", ".join(f"{k} {v}" for k, v in sorted((stats.get("skipped") or {}).items()))
        return Cause("nothing_stored", "nothing to store" + (f" (skipped: {skipped})"
                                                             if skipped else ""))
    order = list(CAUSES)
    kind = min(counts, key=lambda k: (-counts[k], order.index(cause_of_kind(k)), k))
    return Cause(cause_of_kind(kind), _describe(kind, counts[kind], notes))
