"""The HTML back-test report in a real browser (Debian's Chromium via Playwright).

Opens the self-contained file from disk, checks that every plot decodes and that the page
needs nothing from the network, and saves docs/backtest-report.png.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from radar.demo_outcomes import demo_backtest_period
from radar.reporting.backtest import run_backtest
from radar.web.screenshots import CHROMIUM, VIEWPORT, launch
from radar_core.db import connect, session_scope
from reports.report_html import write_report
from tests.reporting.test_backtest_demo import LATER, build_demo

pytestmark = [
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is absent"),
]
playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_report_renders_in_chromium(tmp_path):
    sessions = connect(f"sqlite:///{tmp_path / 'demo.db'}")
    build_demo(sessions)
    with session_scope(sessions) as s:
        start, end = demo_backtest_period(s, lambda: LATER)
    html = write_report(run_backtest(sessions, None, start, end, 180, lambda: LATER), tmp_path / "out")
    requests: list[str] = []
    with playwright_api.sync_playwright() as pw:
        browser = launch(pw)
        try:
            page = browser.new_page(viewport=VIEWPORT)
            page.on("request", lambda r: requests.append(r.url))
            page.goto(html.as_uri())
            # Turkish unless another language is chosen (RMs are Turkish bankers).
            assert page.title().startswith("Radar geriye dönük testi")
            assert page.locator("h2").first.inner_text() == "Bulgular"
            images = page.locator("img")
            assert images.count() >= 4
            widths = page.evaluate("Array.from(document.images).map(i => i.complete && i.naturalWidth)")
            assert all(w and w > 100 for w in widths)
            assert "Fırsat uyarıları, 180 gün içinde ardından" in page.locator("ul.headlines").inner_text()
            DOCS.mkdir(exist_ok=True)
            page.screenshot(path=str(DOCS / "backtest-report.png"), full_page=True,
                            clip={"x": 0, "y": 0, "width": VIEWPORT["width"], "height": 2000})
            english = browser.new_page(viewport=VIEWPORT)
            english.goto(html.with_name("backtest.en.html").as_uri())
            assert english.title().startswith("Radar back-test")
            assert english.locator("h2").first.inner_text() == "Findings"
            assert "Opportunity alerts followed by" in english.locator("ul.headlines").inner_text()
        finally:
            browser.close()
    assert all(url.startswith(("file://", "data:")) for url in requests)
    assert (DOCS / "backtest-report.png").stat().st_size > 20_000
