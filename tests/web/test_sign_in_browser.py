"""Single sign-on in a real browser: Debian's Chromium, Radar and the test provider under uvicorn.

The whole round trip runs as a person would do it: the login page's "Sign in with …"
button, the provider's form on its own origin, and the redirect back, which must carry
Radar's SameSite=Lax session cookie for the state check to pass.
"""

from __future__ import annotations

import os

import pytest

from radar.web import create_app
from radar.web.screenshots import CHROMIUM, VIEWPORT, launch
from radar.web.server import serve_in_thread
from radar_core.config import load_settings
from tests.web.conftest import NOW
from tests.web.oidc_provider import Provider

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is absent (apt-get install chromium)"),
]
playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")


def test_sign_in_with_the_provider_in_chromium(web_db, tmp_path):
    sessions, _ = web_db
    provider = Provider("radar-client", "client-secret-123")
    provider.add_user("u-1", preferred_username="deniz", email="deniz@bank.example",
                      groups=["radar-analysts"])
    with serve_in_thread(provider.app()) as issuer:
        provider.issuer = issuer
        settings = load_settings(
            environ={"RADAR_OIDC_CLIENT_SECRET": "client-secret-123"}, data_dir=tmp_path,
            oidc_issuer=issuer, oidc_client_id="radar-client", oidc_provider_name="Bank SSO",
            oidc_role_map="radar-analysts=analyst")
        app = create_app(settings, sessions, clock=lambda: NOW, secret_key="k" * 40)
        with serve_in_thread(app) as radar:
            # The redirect URI is Radar's own address, known once it listens.
            app.state.settings = settings.model_copy(update={"review_base_url": radar})
            provider.client.redirect_uri = f"{radar}/login/oidc/callback"
            with playwright_api.sync_playwright() as pw:
                browser = launch(pw)
                try:
                    page = browser.new_page(viewport=VIEWPORT, locale="tr-TR")
                    page.goto(f"{radar}/login?next=/prospects")
                    with page.expect_navigation():
                        page.click("text=Bank SSO ile giriş yap")
                    assert page.url.startswith(f"{issuer}/authorize?")
                    page.fill("input[name=sub]", "u-1")
                    with page.expect_navigation(url=f"{radar}/prospects"):
                        page.click("button")
                    assert "deniz" in page.locator("header").inner_text()
                finally:
                    browser.close()
