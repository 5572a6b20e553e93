"""Single sign-on through a real OpenID Connect provider on 127.0.0.1.

The provider (tests/web/oidc_provider.py, authlib's server parts) runs under uvicorn with
its own RSA key and requires PKCE and a nonce. The test plays the browser: Radar's
redirect is followed to the provider with httpx, the provider's consent is posted, and
its redirect back is followed into Radar, whose server-side calls (discovery, JWKS, token
exchange) go over HTTP to the provider.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from radar.web import create_app
from radar.web.server import serve_in_thread
from radar_core.config import load_settings
from radar_core.db.models import User
from tests.web.conftest import NOW, PASSWORD, csrf_of
from tests.web.oidc_provider import Provider

CALLBACK = "http://testserver/login/oidc/callback"
ROLE_MAP = "radar-analysts=analyst,radar-rms=rm,radar-admins=admin"


@pytest.fixture
def provider():
    provider = Provider("radar-client", "client-secret-123")
    provider.client.redirect_uri = CALLBACK
    provider.add_user("u-1", preferred_username="deniz", email="deniz@bank.example",
                      groups=["radar-analysts", "staff"])
    provider.add_user("u-2", preferred_username="selin", email="Selin@Bank.example",
                      groups=["radar-rms"])
    provider.add_user("u-3", preferred_username="okan", email="okan@bank.example",
                      groups=["radar-rms", "radar-admins"])
    provider.add_user("u-4", preferred_username="visitor", email="visitor@bank.example",
                      groups=["staff"])
    provider.add_user("u-5", preferred_username="ana", email="other-ana@bank.example",
                      groups=["radar-analysts"])
    with serve_in_thread(provider.app()) as base_url:
        provider.issuer = base_url
        yield provider


@pytest.fixture
def sso_app(web_db, tmp_path, provider):
    sessions, _ = web_db
    settings = load_settings(
        environ={"RADAR_OIDC_CLIENT_SECRET": "client-secret-123"}, data_dir=tmp_path,
        review_base_url="http://testserver", oidc_issuer=provider.issuer,
        oidc_client_id="radar-client", oidc_role_map=ROLE_MAP, oidc_provider_name="Bank SSO")
    return create_app(settings, sessions, clock=lambda: NOW, secret_key="k" * 40)


def _to_provider(client: TestClient, provider: Provider) -> str:
    start = client.get("/login/oidc", params={"next": "/prospects"}, follow_redirects=False)
    assert start.status_code == 302
    location = start.headers["location"]
    assert location.startswith(f"{provider.issuer}/authorize?")
    return location


def _consent(location: str, sub: str) -> str:
    with httpx.Client() as browser:
        consent = browser.post(location, data={"sub": sub})
    assert consent.status_code == 302, consent.text
    back = consent.headers["location"]
    assert back.startswith(CALLBACK + "?")
    return back


def _sign_in(client: TestClient, provider: Provider, sub: str) -> httpx.Response:
    back = _consent(_to_provider(client, provider), sub)
    return client.get(back.removeprefix("http://testserver"), follow_redirects=False)


def _user(sessions_, username: str) -> User | None:
    with sessions_() as session:
        return session.scalars(select(User).where(User.username == username)).first()


def test_login_page_offers_the_provider_only_when_configured(sso_app, app):
    page = TestClient(sso_app).get("/login").text
    assert 'href="/login/oidc?next=/"' in page and "Bank SSO ile giriş yap" in page  # Turkish: the default
    plain = TestClient(app)
    assert "/login/oidc" not in plain.get("/login").text
    assert plain.get("/login/oidc", follow_redirects=False).status_code == 404


def test_sign_in_end_to_end_with_pkce_creates_the_user(sso_app, provider, sessions_):
    client = TestClient(sso_app)
    location = _to_provider(client, provider)
    asked = parse_qs(urlsplit(location).query)
    assert asked["code_challenge_method"] == ["S256"] and asked["code_challenge"][0]
    assert asked["nonce"][0] and asked["state"][0] and asked["redirect_uri"] == [CALLBACK]
    back = _consent(location, "u-1")
    done = client.get(back.removeprefix("http://testserver"), follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/prospects"
    assert provider.token_requests[-1]["code_verifier"]  # PKCE: the provider checked it
    assert client.get("/prospects").status_code == 200
    user = _user(sessions_, "deniz")
    assert user is not None and user.role == "analyst" and user.auth_source == "oidc"
    assert user.external_id == f"{provider.issuer} u-1" and user.rm_email is None
    # a second sign-in is the same user, not a new one
    assert _sign_in(TestClient(sso_app), provider, "u-1").status_code == 303
    with sessions_() as session:
        assert len(session.scalars(select(User).where(User.auth_source == "oidc")).all()) == 1


def test_groups_map_to_roles_and_the_rm_portfolio_comes_from_the_email(sso_app, provider, sessions_):
    assert _sign_in(TestClient(sso_app), provider, "u-2").status_code == 303
    selin = _user(sessions_, "selin")
    assert selin is not None and (selin.role, selin.rm_email) == ("rm", "selin@bank.example")
    assert _sign_in(TestClient(sso_app), provider, "u-3").status_code == 303
    okan = _user(sessions_, "okan")
    assert okan is not None and okan.role == "admin"  # the most powerful mapped group wins
    # the directory moves selin to the analysts: her next sign-in follows
    provider.users["u-2"]["groups"] = ["radar-analysts"]
    assert _sign_in(TestClient(sso_app), provider, "u-2").status_code == 303
    selin = _user(sessions_, "selin")
    assert selin is not None and (selin.role, selin.rm_email) == ("analyst", None)


def test_a_person_in_no_mapped_group_is_refused_with_a_clear_page(sso_app, provider, sessions_):
    client = TestClient(sso_app)
    refused = _sign_in(client, provider, "u-4")
    assert refused.status_code == 403
    assert "in none of the groups that give access to Radar" in refused.text
    assert _user(sessions_, "visitor") is None
    assert client.get("/", follow_redirects=False).headers["location"].startswith("/login")


def test_a_local_account_is_not_taken_over_and_still_logs_in(sso_app, provider, sessions_):
    refused = _sign_in(TestClient(sso_app), provider, "u-5")  # preferred_username "ana"
    assert refused.status_code == 403 and "belongs to another Radar account" in refused.text
    ana = _user(sessions_, "ana")
    assert ana is not None and ana.auth_source == "local"
    client = TestClient(sso_app)
    token = csrf_of(client.get("/login").text)
    ok = client.post("/login", data={"username": "ana", "password": PASSWORD, "csrf_token": token},
                     follow_redirects=False)
    assert ok.status_code == 303


def test_a_tampered_state_is_refused(sso_app, provider):
    client = TestClient(sso_app)
    back = urlsplit(_consent(_to_provider(client, provider), "u-1"))
    query = parse_qs(back.query)
    forged = urlencode({"code": query["code"][0], "state": "forged-state"})
    refused = client.get(f"{back.path}?{forged}", follow_redirects=False)
    # a first-time visitor without a browser language reads Turkish
    assert refused.status_code == 401 and "giriş reddedildi" in refused.text
    assert client.get("/", follow_redirects=False).status_code == 303  # not logged in


def test_a_forged_nonce_is_refused(sso_app, provider, sessions_):
    provider.forged_nonce = "nonce-from-another-login"
    refused = _sign_in(TestClient(sso_app, headers={"Accept-Language": "en"}), provider, "u-1")
    assert refused.status_code == 401 and "ID token was not accepted" in refused.text
    assert _user(sessions_, "deniz") is None


def test_an_id_token_signed_with_another_key_is_refused(sso_app, provider, sessions_):
    provider.rogue_key = True
    refused = _sign_in(TestClient(sso_app), provider, "u-1")
    assert refused.status_code == 401 and "kimlik belirteci kabul edilmedi" in refused.text
    assert _user(sessions_, "deniz") is None


def test_a_deactivated_user_stays_out(sso_app, provider, sessions_):
    assert _sign_in(TestClient(sso_app), provider, "u-1").status_code == 303
    with sessions_() as session:
        user = session.scalars(select(User).where(User.username == "deniz")).one()
        user.active = False
        session.commit()
    refused = _sign_in(TestClient(sso_app), provider, "u-1")
    assert refused.status_code == 403 and "deactivated" in refused.text
