"""The review queue in a real browser: Debian's Chromium driven by Playwright.

The app runs under uvicorn in a thread on 127.0.0.1 (port 0). The hostile document's
``<script>`` and ``onerror`` would set ``window.__pwned``; the tests check that they never
do. The README's screenshots of the demo data come from tests/test_demo.py.
"""

from __future__ import annotations

import os

import pytest

from radar.web.screenshots import CHROMIUM, VIEWPORT, log_in
from tests.web.conftest import HOSTILE_TITLE, PASSWORD

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is absent (apt-get install chromium)"),
]
playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")


def _page(browser, base_url, username):
    page = browser.new_page(viewport=VIEWPORT)
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    log_in(page, base_url, username, PASSWORD)
    return page, errors


def test_analyst_triages_the_queue(server, browser, seeded, tmp_path):
    page, _ = _page(browser, server, "ana")
    assert page.url == f"{server}/"
    rows = page.locator("#queue tr.row")
    assert rows.count() == 4
    # the hostile title is shown as text and its script never ran
    assert page.locator("#queue").inner_text().count("<script>window.__pwned=1</script>") == 1
    assert page.evaluate("window.__pwned") is None

    # keyboard: j moves the selection, / focuses the firm filter
    first = page.locator("#queue tr.row.selected").get_attribute("data-id")
    page.keyboard.press("j")
    assert page.locator("#queue tr.row.selected").get_attribute("data-id") != first
    page.keyboard.press("/")
    page.keyboard.type("kuzey")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("#queue tr.row").count() == 1

    # open the alert, reject it with a reason
    with page.expect_navigation():
        page.click("#queue a.open")
    assert f"/alerts/{seeded.ayse_alert}" in page.url
    assert page.locator("mark").first.inner_text().startswith("Kuzey Tekstil A.Ş. Denizli")
    page.screenshot(path=str(tmp_path / "alert-page.png"), full_page=True)
    page.select_option(".alert-head select[name=reason]", "old_news")
    with page.expect_navigation():
        page.click(".alert-head button[value=reject]")
    assert page.locator(".alert-head .status").inner_text().lower() == "rejected"
    page.goto(f"{server}/audit")
    assert "Old news" in page.locator("table.list").first.inner_text()


def test_reject_without_reason_is_stopped_in_the_page(server, browser, seeded):
    page, errors = _page(browser, server, "ana")
    page.click(f'#queue tr.row[data-id="{seeded.prospect_alert}"] button[value=reject]')
    reason = page.locator(f'#queue tr.row[data-id="{seeded.prospect_alert}"] select[name=reason]')
    assert "need" in (reason.get_attribute("class") or "")
    assert page.url == f"{server}/"
    # keyboard accept on the selected row
    page.click(f'#queue tr.row[data-id="{seeded.group_alert}"] td.firm')
    with page.expect_navigation():
        page.keyboard.press("a")
    assert page.locator(f'#queue tr.row[data-id="{seeded.group_alert}"]').count() == 0
    assert not [e for e in errors if "Content Security Policy" in e]


def test_hostile_alert_page_runs_no_script(server, browser, seeded):
    page, _ = _page(browser, server, "ana")
    page.goto(f"{server}/alerts/{seeded.mehmet_alert}")
    assert HOSTILE_TITLE in page.locator("h1").inner_text()
    assert page.evaluate("window.__pwned") is None
    assert page.locator('a[href^="javascript:"]').count() == 0
    assert page.locator("img").count() == 0


def test_analyst_resolves_an_ambiguous_link(server, browser, seeded):
    page, _ = _page(browser, server, "ana")
    page.goto(f"{server}/links")
    page.check(f'#link-{seeded.ambiguous_link} input[value="C5"]')
    with page.expect_navigation():
        page.click(f"#link-{seeded.ambiguous_link} button[type=submit]")
    assert "No ambiguous links" in page.content()


def test_analyst_strikes_a_candidate_without_picking_one(server, browser, seeded):
    page, _ = _page(browser, server, "ana")
    page.goto(f"{server}/links")
    with page.expect_navigation():  # no radio ticked: "not this firm" needs none
        page.click(f'#link-{seeded.ambiguous_link} button[name=reject][value="C6"]')
    item = page.locator(f"#link-{seeded.ambiguous_link}")
    assert item.locator('input[value="C5"]').count() == 1 and item.locator('input[value="C6"]').count() == 0


def test_rm_cannot_open_another_rms_alert(server, browser, seeded):
    page, _ = _page(browser, server, "ayse")
    assert page.locator("#queue tr.row").count() == 2
    response = page.goto(f"{server}/alerts/{seeded.mehmet_alert}")
    assert response.status == 404
    assert "Not found" in page.content()


def test_a_post_without_the_csrf_token_fails_in_a_logged_in_browser(server, browser, seeded):
    """A forged form post rides on the analyst's session cookie but lacks the token: 403."""
    page, _ = _page(browser, server, "ana")
    forged = page.request.post(f"{server}/alerts/{seeded.mehmet_alert}/decision",
                               form={"decision": "accept"})
    assert forged.status == 403
    page.goto(f"{server}/alerts/{seeded.mehmet_alert}")
    assert page.locator(".alert-head .status").inner_text().lower() != "accepted"
