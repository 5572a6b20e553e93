"""Login, session cookie flags, CSRF and role checks."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import NOW, PASSWORD, csrf_of


def test_pages_redirect_to_login_when_anonymous(app):
    client = TestClient(app)
    response = client.get("/alerts/1", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Falerts%2F1"


def test_login_sets_httponly_samesite_cookie_and_wrong_password_fails(app):
    client = TestClient(app)
    token = csrf_of(client.get("/login").text)
    bad = client.post("/login", data={"username": "ana", "password": "nope-nope", "csrf_token": token})
    assert bad.status_code == 401
    # Nobody is logged in yet: the login page speaks the default language, Turkish.
    assert "Kullanıcı adı veya parola yanlış." in bad.text
    ok = client.post("/login", data={"username": "ana", "password": PASSWORD, "csrf_token": token,
                                     "next": "/audit"}, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == "/audit"
    cookie = ok.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    # the session token rotates at login: the pre-login token no longer validates
    assert csrf_of(client.get("/").text) != token


def test_login_next_cannot_redirect_off_site(app):
    client = TestClient(app)
    token = csrf_of(client.get("/login").text)
    response = client.post("/login", data={"username": "ana", "password": PASSWORD, "csrf_token": token,
                                           "next": "//evil.example/"}, follow_redirects=False)
    assert response.headers["location"] == "/"


def test_post_without_valid_csrf_is_forbidden(login, seeded):
    client = login("ana")
    for data in ({"decision": "accept"}, {"decision": "accept", "csrf_token": "forged" * 8}):
        response = client.post(f"/alerts/{seeded.ayse_alert}/decision", data=data, follow_redirects=False)
        assert response.status_code == 403
    assert client.post("/logout", data={}).status_code == 403
    assert client.post("/login", data={"username": "ana", "password": PASSWORD}).status_code == 403


def test_logout_ends_the_session(login):
    client = login("ana")
    token = csrf_of(client.get("/").text)
    assert client.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    assert client.get("/", follow_redirects=False).status_code == 303


def test_roles_guard_staff_and_admin_pages(login):
    rm = login("ayse")
    for path in ("/links", "/prospects", "/prospects.csv", "/audit", "/users"):
        assert rm.get(path).status_code == 403, path
    analyst = login("ana")
    assert analyst.get("/links").status_code == 200
    assert analyst.get("/users").status_code == 403
    assert login("root").get("/users").status_code == 200


def test_security_headers_forbid_inline_script(app):
    response = TestClient(app).get("/login")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"


def test_admin_adds_user_who_can_then_log_in(login, app):
    admin = login("root")
    token = csrf_of(admin.get("/users").text)
    short = admin.post("/users", data={"csrf_token": token, "username": "x", "password": "short", "role": "analyst"})
    assert short.status_code == 400 and "at least 8" in short.text
    response = admin.post("/users", data={"csrf_token": token, "username": "deniz", "password": "long enough pw",
                                          "role": "rm", "rm_email": "Deniz@Bank.example"}, follow_redirects=False)
    assert response.status_code == 303
    page = admin.get("/users").text
    assert "deniz" in page and "deniz@bank.example" in page
    client = TestClient(app)
    token = csrf_of(client.get("/login").text)
    assert client.post("/login", data={"username": "deniz", "password": "long enough pw", "csrf_token": token},
                       follow_redirects=False).status_code == 303


def test_deactivated_user_loses_access_at_once(login, sessions_):
    rm = login("mehmet")
    assert rm.get("/").status_code == 200
    admin = login("root")
    page = admin.get("/users").text
    from sqlalchemy import select

    from radar_core.db.models import User

    with sessions_() as session:
        uid = session.scalars(select(User.id).where(User.username == "mehmet")).one()
    admin.post(f"/users/{uid}/active", data={"csrf_token": csrf_of(page)})
    assert rm.get("/", follow_redirects=False).status_code == 303


def test_a_copied_cookie_stops_working_after_logout(login, app):
    """Logout revokes the session on the server, not just in the browser that logged out."""
    client = login("ana")
    stolen = TestClient(app, cookies={"radar_session": client.cookies["radar_session"]})
    assert stolen.get("/", follow_redirects=False).status_code == 200
    assert stolen.get("/api/alerts").status_code == 200
    token = csrf_of(client.get("/").text)
    assert client.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    assert stolen.get("/", follow_redirects=False).status_code == 303
    assert stolen.get("/api/alerts").status_code == 401
    assert login("ana").get("/", follow_redirects=False).status_code == 200  # a new login works


def test_an_idle_session_ends_and_an_active_one_lasts(login, app):
    client = login("ana")
    idle = timedelta(minutes=app.state.settings.web_idle_minutes)
    for step in range(1, 4):  # active: each request comes within the idle time of the last
        app.state.clock = lambda step=step: NOW + step * (idle - timedelta(minutes=1))
        assert client.get("/", follow_redirects=False).status_code == 200, step
    app.state.clock = lambda: NOW + 4 * idle
    assert client.get("/", follow_redirects=False).status_code == 303
    app.state.clock = lambda: NOW + 4 * idle + timedelta(seconds=1)
    assert client.get("/", follow_redirects=False).status_code == 303  # gone for good


@pytest.mark.parametrize("row_id", [2**64, 2**63, -(2**63) - 1, 10**30])
def test_ids_out_of_range_are_not_found(login, app, row_id):
    """An id no database column can hold is a 404 in pages and API, never a 500."""
    admin = login("root")
    token = csrf_of(admin.get("/").text)
    page = admin.get(f"/alerts/{row_id}")
    assert page.status_code == 404 and "Not found" in page.text
    for path in (f"/alerts/{row_id}/decision", f"/users/{row_id}/active"):
        assert admin.post(path, data={"csrf_token": token, "decision": "accept"}).status_code == 404
    links = admin.post(f"/links/{row_id}", data={"csrf_token": token, "choice": "C5"})
    assert links.status_code == 400 and "not found" in links.text  # as for any unknown link
    api = TestClient(app)
    assert api.get(f"/api/alerts/{row_id}", auth=("ana", PASSWORD)).status_code == 404
    response = api.post(f"/api/alerts/{row_id}/decision", json={"decision": "accept"},
                        auth=("ana", PASSWORD))
    assert response.status_code == 404
    assert response.json() == {"detail": "no such alert"}
