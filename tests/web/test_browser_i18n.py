"""The Turkish review queue in a real browser (Debian's Chromium through Playwright).

A user who never chose a language reads Turkish; the header's language form switches to
English and back, and the choice survives logging out and in again.
"""

from __future__ import annotations

import os

import pytest

from radar.web.screenshots import CHROMIUM, VIEWPORT, log_in
from radar_core.db import session_scope
from radar_core.db.models import User
from tests.web.conftest import PASSWORD

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is absent (apt-get install chromium)"),
]
playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")


@pytest.fixture
def turkish_analyst(sessions_):
    """'ana' as a user who never chose a language (the seed sets English)."""
    with session_scope(sessions_) as session:
        user = session.query(User).filter_by(username="ana").one()
        user.language = None


def test_turkish_queue_triage_and_switching_to_english(server, browser, seeded, turkish_analyst,
                                                       tmp_path):
    page = browser.new_page(viewport=VIEWPORT, locale="tr-TR")
    page.goto(f"{server}/login")
    assert page.locator("h1").inner_text() == "Giriş yap"
    log_in(page, server, "ana", PASSWORD)
    assert page.locator("html").get_attribute("lang") == "tr"
    assert page.locator(".queue-head h1").inner_text() == "4 uyarı · yeni"
    assert page.locator("#queue thead").inner_text().split() == [
        "Önem", "Firma", "Uyarı", "Skor", "Oluşma", "Durum", "Karar"]
    assert "30.06.2025 12:00 TSİ" in page.locator("#queue").inner_text()
    assert page.evaluate("window.__pwned") is None
    page.screenshot(path=str(tmp_path / "queue-tr.png"), full_page=True)

    # reject in Turkish: the reason list and the audit log speak Turkish
    row = f'#queue tr.row[data-id="{seeded.ayse_alert}"]'
    page.select_option(f"{row} select[name=reason]", "old_news")
    assert page.locator(f"{row} select[name=reason] option:checked").inner_text() == "Eski haber"
    with page.expect_navigation():
        page.click(f"{row} button[value=reject]")
    page.goto(f"{server}/audit")
    audit = page.locator("table.list").first.inner_text()
    assert "Eski haber" in audit and "RET" in audit.split()  # CSS upper-cases the badge

    # switch to English in the header; the choice is stored and outlives the session
    page.select_option("#language", "en")
    with page.expect_navigation():
        page.click("form.lang button")
    assert page.url == f"{server}/audit"
    assert page.locator("h1").first.inner_text() == "Audit log"
    with page.expect_navigation():
        page.click("form.who button")
    assert page.locator("h1").inner_text() == "Log in"
    log_in(page, server, "ana", PASSWORD)
    assert page.locator(".queue-head h1").inner_text() == "3 alerts · new"
    assert "2025-06-30 12:00 Istanbul time" in page.locator("#queue").inner_text()
    page.close()


def test_an_english_browser_gets_the_english_login_page(server, browser):
    """No choice known yet: Chromium's Accept-Language decides (tr-TR above, en-US here)."""
    page = browser.new_page(viewport=VIEWPORT, locale="en-US")
    try:
        page.goto(f"{server}/login")
        assert page.locator("html").get_attribute("lang") == "en"
        assert page.locator("h1").inner_text() == "Log in"
    finally:
        page.close()
