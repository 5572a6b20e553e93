"""Screenshots of review-queue pages with Debian's Chromium, driven by Playwright.

Playwright's own browser downloads are never used (no network at run time): the
browser is the system's ``/usr/bin/chromium``. ``capture`` logs in first when given
credentials, so docs and tests can photograph any page a user would see.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

log = logging.getLogger(__name__)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
VIEWPORT = {"width": 1400, "height": 900}


def launch(playwright: Any, executable: str = CHROMIUM) -> Any:
    """Start the system Chromium headless (``playwright.chromium.launch``)."""
    return playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)


def log_in(page: Any, base_url: str, username: str, password: str, next_path: str = "/") -> None:
    """Fill the login form and wait until the app redirects to ``next_path``."""
    page.goto(f"{base_url}/login?{urlencode({'next': next_path})}")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    with page.expect_navigation():
        page.click("button[type=submit]")


def capture(
    url: str,
    path: str | Path,
    login: tuple[str, str] | None = None,
    full_page: bool = True,
    executable: str = CHROMIUM,
) -> Path:
    """Save a PNG of ``url`` to ``path``; ``login`` is (username, password) for the app."""
    from playwright.sync_api import sync_playwright

    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    parts = urlsplit(url)
    base = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
    local = urlunsplit(("", "", parts.path or "/", parts.query, ""))
    with sync_playwright() as pw:
        browser = launch(pw, executable)
        try:
            page = browser.new_page(viewport=VIEWPORT)
            if login is not None:
                log_in(page, base, login[0], login[1], local)
                if urlsplit(page.url).path == "/login":
                    raise RuntimeError(f"login as {login[0]!r} failed; no screenshot taken")
            if page.url != url:
                page.goto(url)
            page.screenshot(path=str(target), full_page=full_page)
        finally:
            browser.close()
    log.info("screenshot of %s saved to %s", url, target)
    return target
