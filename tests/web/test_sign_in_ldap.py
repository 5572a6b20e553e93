"""Directory sign-in against a real OpenLDAP server (Debian's slapd) on 127.0.0.1.

The directory (tests/web/ldap_server.py) holds deniz (radar-analysts), selin (radar-rms),
okan (radar-admins) and nogroup (only an unmapped group); each password is NAME-password.
Radar looks users up with a service account, binds as them, and maps their groups.
"""

from __future__ import annotations

import base64
import os

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from radar import ldap_directory
from radar.web import create_app
from radar_core.config import load_settings
from radar_core.db.models import User
from tests.web.conftest import NOW, PASSWORD, csrf_of
from tests.web.ldap_server import (
    GROUPS,
    PEOPLE,
    SERVICE_DN,
    SERVICE_PASSWORD,
    running_slapd,
    unavailable,
)

ROLE_MAP = "radar-analysts=analyst,radar-rms=rm,cn=radar-admins,ou=groups,dc=bank,dc=example=admin"


@pytest.fixture(scope="module")
def directory(tmp_path_factory):
    reason = unavailable()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the LDAP tests: {reason} (scripts/setup.sh --dev installs slapd)")
        pytest.skip(reason)
    with running_slapd(tmp_path_factory.mktemp("slapd")) as found:
        yield found


def _settings(tmp_path, url: str, **extra):
    return load_settings(
        environ={"RADAR_LDAP_BIND_PASSWORD": SERVICE_PASSWORD}, data_dir=tmp_path, ldap_url=url,
        ldap_user_base=PEOPLE, ldap_bind_dn=SERVICE_DN, ldap_role_map=ROLE_MAP, **extra)


@pytest.fixture
def ldap_app(web_db, tmp_path, directory):
    sessions, _ = web_db
    return create_app(_settings(tmp_path, directory.url), sessions, clock=lambda: NOW,
                      secret_key="k" * 40)


def _form_login(client: TestClient, username: str, password: str):
    token = csrf_of(client.get("/login").text)
    return client.post("/login", data={"username": username, "password": password,
                                       "csrf_token": token}, follow_redirects=False)


def _basic(username: str, password: str) -> dict[str, str]:
    raw = base64.b64encode(f"{username}:{password}".encode()).decode()
    return {"Authorization": f"Basic {raw}"}


def _user(sessions_, username: str) -> User | None:
    with sessions_() as session:
        return session.scalars(select(User).where(User.username == username)).first()


def test_form_login_binds_as_the_user_and_provisions_them(ldap_app, sessions_):
    client = TestClient(ldap_app)
    response = _form_login(client, "deniz", "deniz-password")
    assert response.status_code == 303
    assert client.get("/prospects").status_code == 200  # analysts see prospects
    user = _user(sessions_, "deniz")
    assert user is not None and (user.role, user.auth_source) == ("analyst", "ldap")
    assert user.external_id == f"uid=deniz,{PEOPLE}"
    assert _form_login(TestClient(ldap_app), "deniz", "deniz-password").status_code == 303
    with sessions_() as session:
        assert len(session.scalars(select(User).where(User.auth_source == "ldap")).all()) == 1


def test_api_basic_auth_goes_to_the_directory_and_groups_map_to_roles(ldap_app, sessions_):
    client = TestClient(ldap_app)
    assert client.get("/api/alerts", headers=_basic("selin", "selin-password")).status_code == 200
    selin = _user(sessions_, "selin")
    assert selin is not None and (selin.role, selin.rm_email) == ("rm", "selin@bank.example")
    assert client.get("/api/alerts", headers=_basic("okan", "okan-password")).status_code == 200
    okan = _user(sessions_, "okan")
    assert okan is not None and okan.role == "admin"  # matched by the group's full DN
    assert client.get("/api/alerts", headers=_basic("okan", "wrong-password")).status_code == 401


def test_wrong_passwords_are_refused_and_throttled(ldap_app, sessions_):
    client = TestClient(ldap_app)
    for _ in range(4):  # three free failures, the fourth earns a wait
        assert _form_login(client, "deniz", "not-her-password").status_code == 401
    waiting = _form_login(client, "deniz", "deniz-password")
    assert waiting.status_code == 429 and int(waiting.headers["Retry-After"]) >= 1
    api = client.get("/api/alerts", headers=_basic("deniz", "deniz-password"))
    assert api.status_code == 429
    assert _user(sessions_, "deniz") is None


def test_an_empty_password_is_not_an_anonymous_bind(ldap_app, directory, tmp_path):
    settings = _settings(tmp_path, directory.url)
    assert ldap_directory.authenticate(settings, "deniz", "") is None
    assert TestClient(ldap_app).get("/api/alerts", headers=_basic("deniz", "")).status_code == 401


def test_a_person_in_no_mapped_group_is_refused(ldap_app, sessions_):
    refused = _form_login(TestClient(ldap_app), "nogroup", "nogroup-password")
    assert refused.status_code == 403
    assert "in none of the groups that give access to Radar" in refused.text
    assert _user(sessions_, "nogroup") is None


@pytest.mark.parametrize("username", ["*)(uid=*", "deni*", "*", "deniz)(|(uid=*"])
def test_filter_injection_in_the_username_logs_nobody_in(ldap_app, sessions_, username):
    client = TestClient(ldap_app)
    assert _form_login(client, username, "deniz-password").status_code == 401
    assert client.get("/api/alerts", headers=_basic(username, "deniz-password")).status_code == 401
    with sessions_() as session:
        assert session.scalars(select(User).where(User.auth_source == "ldap")).all() == []


def test_groups_found_by_a_group_search(directory, tmp_path):
    settings = _settings(tmp_path, directory.url, ldap_group_base=GROUPS)
    identity = ldap_directory.authenticate(settings, "selin", "selin-password")
    assert identity is not None and identity.email == "selin@bank.example"
    assert identity.groups == (f"cn=radar-rms,{GROUPS}",)


def test_local_users_still_log_in_and_are_not_sent_to_the_directory(ldap_app, sessions_):
    assert _form_login(TestClient(ldap_app), "ana", PASSWORD).status_code == 303
    ana = _user(sessions_, "ana")
    assert ana is not None and ana.auth_source == "local"


def test_an_unreachable_directory_says_so(web_db, tmp_path, directory):
    sessions, _ = web_db
    closed = directory.url.rsplit(":", 1)[0] + ":1"
    app = create_app(_settings(tmp_path, closed), sessions, clock=lambda: NOW, secret_key="k" * 40)
    client = TestClient(app)
    assert _form_login(client, "deniz", "deniz-password").status_code == 503
    assert client.get("/api/alerts", headers=_basic("deniz", "deniz-password")).status_code == 503
