"""Password guessing over HTTP: the login form and the API's basic auth share one throttle.

Each TestClient connects "from" its own address (Starlette's ``client=``), as distinct
machines would; the addresses are documentation ranges and only ever appear in the ASGI
scope, no packet leaves the process. The app's clock is fixed unless a test moves it.
"""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from fastapi.testclient import TestClient

from radar.web import create_app
from radar.web.throttle import ACCOUNT_POLICY
from radar_core.config import load_settings
from tests.web.conftest import NOW, PASSWORD, csrf_of

ATTACKER = ("203.0.113.9", 40000)
USER = ("198.51.100.20", 40001)
PROXY = ("127.0.0.1", 40002)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self):
        return self.now


def _form_login(client: TestClient, password: str, username: str = "ana",
                headers: dict[str, str] | None = None) -> httpx.Response:
    token = csrf_of(client.get("/login", headers=headers).text)
    return client.post("/login", data={"username": username, "password": password, "csrf_token": token},
                       headers=headers, follow_redirects=False)


def _hammer_form(client: TestClient, headers: dict[str, str] | None = None) -> list[int]:
    """Wrong passwords until the first 429 (bounded); returns the status codes seen."""
    seen: list[int] = []
    for _ in range(ACCOUNT_POLICY.free + 5):
        seen.append(_form_login(client, "guess-guess", headers=headers).status_code)
        if seen[-1] == 429:
            break
    return seen


def test_login_guessing_slows_that_address_while_the_user_logs_in_elsewhere(app):
    attacker = TestClient(app, client=ATTACKER)
    assert _hammer_form(attacker) == [401] * (ACCOUNT_POLICY.free + 1) + [429]
    refused = _form_login(attacker, PASSWORD)  # the right password is not even checked from there
    assert refused.status_code == 429 and refused.headers["retry-after"] == "1"
    # No user is known on the login page: Turkish, the default.
    assert "Adresinizden çok fazla hatalı deneme yapıldı: 1 saniye sonra yeniden deneyin." in refused.text
    user = TestClient(app, client=USER)
    ok = _form_login(user, PASSWORD)
    assert ok.status_code == 303 and ok.headers["location"] == "/"
    assert user.get("/", follow_redirects=False).status_code == 200


def test_the_wait_grows_and_then_lets_the_address_try_again(web_db, tmp_path):
    sessions, _ = web_db
    clock = Clock()
    app = create_app(load_settings(environ={}, data_dir=tmp_path), sessions, clock=clock, secret_key="k" * 40)
    attacker = TestClient(app, client=ATTACKER)
    _hammer_form(attacker)
    clock.now += timedelta(seconds=1)
    assert _form_login(attacker, "guess-guess").status_code == 401
    assert _form_login(attacker, PASSWORD).headers["retry-after"] == "2"
    clock.now += timedelta(seconds=2)
    # someone at that address who knows the password gets in once the wait is over
    assert _form_login(attacker, PASSWORD).status_code == 303


def test_api_basic_auth_is_throttled_like_the_login_form(app):
    attacker = TestClient(app, client=ATTACKER)
    seen = []
    for _ in range(ACCOUNT_POLICY.free + 5):
        seen.append(attacker.get("/api/alerts", auth=("ana", "guess-guess")))
        if seen[-1].status_code == 429:
            break
    assert [r.status_code for r in seen] == [401] * (ACCOUNT_POLICY.free + 1) + [429]
    assert seen[-1].headers["retry-after"] == "1"
    assert "too many failed attempts" in seen[-1].json()["detail"]
    assert attacker.get("/api/alerts", auth=("ana", PASSWORD)).status_code == 429
    assert _form_login(attacker, PASSWORD).status_code == 429  # one throttle for both doors
    user = TestClient(app, client=USER)
    assert user.get("/api/alerts", auth=("ana", PASSWORD)).status_code == 200
    # a right password does not wear down the caller's own allowance: many calls, all fine
    for _ in range(ACCOUNT_POLICY.free + 3):
        assert user.get("/api/alerts", auth=("ana", PASSWORD)).status_code == 200


def test_x_forwarded_for_is_ignored_by_default(app):
    """Without trusted proxies, a guesser cannot dodge the throttle by inventing addresses."""
    client = TestClient(app, client=PROXY)
    seen = [_form_login(client, "guess-guess", headers={"X-Forwarded-For": f"192.0.2.{n}"}).status_code
            for n in range(ACCOUNT_POLICY.free + 2)]
    assert seen[-1] == 429


@pytest.fixture
def proxied_app(web_db, tmp_path):
    sessions, _ = web_db
    settings = load_settings(environ={"RADAR_WEB_TRUSTED_PROXIES": "127.0.0.1"}, data_dir=tmp_path)
    return create_app(settings, sessions, clock=lambda: NOW, secret_key="k" * 40)


def test_a_trusted_proxy_names_the_client(proxied_app):
    proxy = TestClient(proxied_app, client=PROXY)
    attacker = {"X-Forwarded-For": ATTACKER[0]}
    assert _hammer_form(proxy, headers=attacker)[-1] == 429
    assert proxy.get("/api/alerts", auth=("ana", PASSWORD), headers=attacker).status_code == 429
    # the real user comes through the same proxy, from another address
    user = {"X-Forwarded-For": f"{USER[0]}, {PROXY[0]}"}
    assert _form_login(proxy, PASSWORD, headers=user).status_code == 303
    assert proxy.get("/api/alerts", auth=("ana", PASSWORD), headers=user).status_code == 200
    # a client that is not a trusted proxy cannot borrow the user's address
    outsider = TestClient(proxied_app, client=("192.0.2.50", 40003))
    assert _hammer_form(outsider, headers={"X-Forwarded-For": USER[0]})[-1] == 429
    assert _form_login(proxy, PASSWORD, headers=user).status_code == 303
