"""/preferences and /unsubscribe: who may change what, CSRF, saving, one-click tokens."""

from __future__ import annotations

from collections.abc import Callable
from email import message_from_bytes, policy
from urllib.parse import urlsplit

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from radar.web import create_app, preferences
from radar_core.config import load_settings
from radar_core.db.models import MailPreference
from reports.digest import Digest
from reports.mail_render import render_digest
from reports.tokens import unsubscribe_token
from tests.web.conftest import NOW, csrf_of

AYSE = "ayse@bank.example"
MEHMET = "mehmet@bank.example"
Login = Callable[[str], TestClient]


def _mounted(app: FastAPI) -> FastAPI:
    """The app with the preferences router, until radar.web.app mounts it itself."""
    if not any(getattr(route, "path", None) == "/preferences" for route in app.routes):
        app.include_router(preferences.router)
    return app


@pytest.fixture
def app(web_db, tmp_path) -> FastAPI:
    sessions, _ = web_db
    settings = load_settings(environ={}, data_dir=tmp_path)
    return _mounted(create_app(settings, sessions, clock=lambda: NOW, secret_key="k" * 40))


def _pref(sessions: sessionmaker[Session], email: str) -> MailPreference | None:
    with sessions() as session:
        row = session.scalars(select(MailPreference).where(MailPreference.email == email)).first()
        if row is not None:
            session.expunge(row)
        return row


def _save(client: TestClient, email: str, **form: str) -> object:
    token = csrf_of(client.get("/").text)
    return client.post("/preferences", data={"csrf_token": token, "email": email, **form},
                       follow_redirects=False)


def test_pages_need_a_login(app: FastAPI) -> None:
    client = TestClient(app)
    for path in ("/preferences", f"/unsubscribe?email={AYSE}"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/login?next=")


def test_rm_sees_own_defaults_without_email_parameter(login: Login) -> None:
    page = login("ayse").get("/preferences")
    assert page.status_code == 200
    assert AYSE in page.text
    assert 'name="subscribed" value="on" checked' in page.text
    assert '<option value="low" selected>' in page.text


def test_rm_may_not_see_or_change_another_rm(login: Login, sessions_) -> None:
    client = login("ayse")
    assert client.get(f"/preferences?email={MEHMET}").status_code == 403
    assert _save(client, MEHMET, min_severity="high").status_code == 403
    assert client.get(f"/unsubscribe?email={MEHMET}").status_code == 403
    assert _pref(sessions_, MEHMET) is None


def test_analyst_gets_403(login: Login, sessions_) -> None:
    client = login("ana")
    assert client.get("/preferences").status_code == 403
    assert client.get(f"/preferences?email={AYSE}").status_code == 403
    assert _save(client, AYSE, subscribed="on", min_severity="low").status_code == 403
    assert _pref(sessions_, AYSE) is None


def test_rm_saves_own_preferences_with_who_and_when(login: Login, sessions_) -> None:
    client = login("ayse")
    response = _save(client, "Ayse@Bank.Example", min_severity="high")  # checkbox off
    assert response.status_code == 303
    assert response.headers["location"] == "/preferences?email=ayse%40bank.example&saved=1"
    row = _pref(sessions_, AYSE)
    assert row is not None
    assert (row.subscribed, row.min_severity, row.updated_by, row.updated_at) == (False, "high", "ayse", NOW)
    page = client.get(response.headers["location"])
    assert "Saved." in page.text and "<strong>off</strong>" in page.text
    assert '<option value="high" selected>' in page.text and "by ayse" in page.text
    _save(client, AYSE, subscribed="on", min_severity="medium")
    row = _pref(sessions_, AYSE)
    assert row is not None and (row.subscribed, row.min_severity) == (True, "medium")


def test_admin_edits_anyone(login: Login, sessions_) -> None:
    client = login("root")
    assert 'name="email" type="email" value="" required' in client.get("/preferences").text
    assert MEHMET in client.get(f"/preferences?email={MEHMET}").text
    assert _save(client, MEHMET, subscribed="on", min_severity="critical").status_code == 303
    row = _pref(sessions_, MEHMET)
    assert row is not None and (row.min_severity, row.updated_by) == ("critical", "root")


def test_bad_input_is_refused(login: Login, sessions_) -> None:
    client = login("root")
    assert _save(client, MEHMET, min_severity="urgent").status_code == 400
    assert _save(client, "not-an-address", min_severity="low").status_code == 400
    assert _save(client, "research@bank.example", min_severity="low").status_code == 400
    assert _pref(sessions_, MEHMET) is None


def test_posts_without_csrf_token_are_refused(login: Login, sessions_) -> None:
    client = login("ayse")
    assert client.post("/preferences", data={"email": AYSE, "min_severity": "high"}).status_code == 403
    assert client.post("/preferences", data={"email": AYSE, "csrf_token": "x" * 43}).status_code == 403
    assert client.post("/unsubscribe", data={"email": AYSE}).status_code == 403
    assert _pref(sessions_, AYSE) is None


def test_unsubscribe_confirms_on_get_and_acts_on_post(login: Login, sessions_) -> None:
    client = login("ayse")
    page = client.get(f"/unsubscribe?email={AYSE}")
    assert page.status_code == 200 and 'action="/unsubscribe"' in page.text
    assert _pref(sessions_, AYSE) is None  # a GET changes nothing
    response = client.post("/unsubscribe", data={"csrf_token": csrf_of(page.text), "email": AYSE},
                           follow_redirects=False)
    assert response.status_code == 303
    row = _pref(sessions_, AYSE)
    assert row is not None and (row.subscribed, row.min_severity, row.updated_by) == (False, "low", "ayse")
    assert "receives no Radar digests already" in client.get(f"/unsubscribe?email={AYSE}").text


def test_token_post_is_refused_without_a_secret_key(app: FastAPI, sessions_) -> None:
    response = TestClient(app).post(f"/unsubscribe?email={AYSE}&token={'0' * 64}",
                                    data={"List-Unsubscribe": "One-Click"})
    assert response.status_code == 403
    assert _pref(sessions_, AYSE) is None


@pytest.fixture
def keyed_app(web_db, tmp_path) -> FastAPI:
    sessions, _ = web_db
    settings = load_settings(environ={"RADAR_WEB_SECRET_KEY": "s" * 40}, data_dir=tmp_path,
                             review_base_url="https://radar.bank.example")
    return _mounted(create_app(settings, sessions, clock=lambda: NOW, secret_key="k" * 40))


def test_one_click_unsubscribe_from_the_mail_header(keyed_app: FastAPI, sessions_) -> None:
    settings = keyed_app.state.settings
    msg = render_digest(Digest(recipient=AYSE), settings, NOW)
    parsed = message_from_bytes(msg.as_bytes(policy=policy.SMTP), policy=policy.default)
    assert str(parsed["List-Unsubscribe-Post"]) == "List-Unsubscribe=One-Click"
    parts = urlsplit(str(parsed["List-Unsubscribe"]).split("<", 1)[1].split(">", 1)[0])
    client = TestClient(keyed_app)  # no login: the token is the credential
    assert client.get(f"{parts.path}?{parts.query}", follow_redirects=False).status_code == 303
    assert _pref(sessions_, AYSE) is None
    response = client.post(f"{parts.path}?{parts.query}", data={"List-Unsubscribe": "One-Click"})
    # One-click comes without a login: the default language (Turkish) answers.
    assert response.status_code == 200 and "Abonelik sonlandırıldı" in response.text
    row = _pref(sessions_, AYSE)
    assert row is not None and not row.subscribed and row.updated_by == "one-click unsubscribe"


def test_forged_or_borrowed_tokens_are_refused(keyed_app: FastAPI, sessions_) -> None:
    client = TestClient(keyed_app)
    ayse_token = unsubscribe_token(keyed_app.state.settings, AYSE)
    assert client.post(f"/unsubscribe?email={MEHMET}&token={ayse_token}").status_code == 403
    assert client.post(f"/unsubscribe?email={AYSE}&token={'0' * 64}").status_code == 403
    assert _pref(sessions_, MEHMET) is None and _pref(sessions_, AYSE) is None
