"""Sign-in settings (OpenID Connect and LDAP): parsed, checked together, shown and validated."""

from __future__ import annotations

from pathlib import Path

import pytest

from radar.cli import main
from radar.external_users import map_role
from radar_core.config import check_settings, load_settings
from radar_core.errors import DeclaredError


def test_role_maps_from_text_with_group_dns_or_from_a_toml_table(tmp_path: Path) -> None:
    settings = load_settings(environ={
        "RADAR_OIDC_ROLE_MAP": "radar-analysts=analyst, radar-rms=rm,radar-admins=admin",
        "RADAR_LDAP_ROLE_MAP": "cn=radar-rms,ou=groups,dc=bank,dc=example=rm,radar-admins=admin",
    }, data_dir=tmp_path)
    assert settings.oidc_role_map == {"radar-analysts": "analyst", "radar-rms": "rm",
                                      "radar-admins": "admin"}
    assert settings.ldap_role_map == {"cn=radar-rms,ou=groups,dc=bank,dc=example": "rm",
                                      "radar-admins": "admin"}
    cfg = tmp_path / "radar.toml"
    cfg.write_text('[radar.oidc_role_map]\n"Radar Analysts" = "analyst"\n', encoding="utf-8")
    assert load_settings(cfg, environ={}).oidc_role_map == {"Radar Analysts": "analyst"}


def test_groups_map_to_the_most_powerful_role_by_name_or_dn() -> None:
    role_map = {"radar-rms": "rm", "Radar-Analysts": "analyst", "radar-admins": "admin"}
    assert map_role(["staff", "radar-analysts"], role_map) == "analyst"
    assert map_role(["radar-rms", "RADAR-ADMINS"], role_map) == "admin"
    assert map_role(["cn=radar-rms,ou=groups,dc=bank,dc=example"], role_map) == "rm"
    assert map_role(["cn=staff,ou=radar-rms,dc=bank"], role_map) is None  # only the first value
    assert map_role([], role_map) is None


@pytest.mark.parametrize(("variable", "value", "words"), [
    ("RADAR_OIDC_ROLE_MAP", "radar-analysts=boss", "is not GROUP=ROLE"),
    ("RADAR_LDAP_ROLE_MAP", "radar-analysts", "is not GROUP=ROLE"),
    ("RADAR_OIDC_ISSUER", "http://idp.bank.example", "is not an https URL"),
    ("RADAR_LDAP_URL", "https://dir.bank.example", "is not an ldap:// or ldaps:// URL"),
    ("RADAR_LDAP_USER_FILTER", "(uid={user})", "must contain {username}"),
    ("RADAR_LDAP_USER_FILTER", "uid={username}", "is not an LDAP filter in parentheses"),
    ("RADAR_LDAP_GROUP_FILTER", "(member={dn}{x})", "only {dn} may appear in braces"),
])
def test_bad_sign_in_values_are_refused_at_load(variable: str, value: str, words: str) -> None:
    with pytest.raises(DeclaredError) as caught:
        load_settings(environ={variable: value})
    assert words in str(caught.value.problems[0])


def test_sign_in_settings_that_belong_together_are_checked(tmp_path: Path) -> None:
    cfg = tmp_path / "radar.toml"
    cfg.write_text('oidc_issuer = "https://idp.bank.example/realms/radar"\n'
                   'ldap_url = "ldaps://dir.bank.example"\nldap_start_tls = true\n'
                   'ldap_bind_dn = "cn=radar,dc=bank"\n', encoding="utf-8")
    _, problems = check_settings(cfg, environ={})
    assert [str(p) for p in problems] == [
        f"{cfg}:1 oidc_client_id: needed for OpenID Connect sign-in (as oidc_issuer is set)",
        f"{cfg}:1 oidc_client_secret: needed for OpenID Connect sign-in (as oidc_issuer is set)",
        f"{cfg}:1 oidc_role_map: needed for OpenID Connect sign-in (as oidc_issuer is set)",
        f"{cfg}:2 ldap_user_base: needed for directory (LDAP) sign-in (as ldap_url is set)",
        f"{cfg}:2 ldap_role_map: needed for directory (LDAP) sign-in (as ldap_url is set)",
        f"{cfg}:3 ldap_start_tls: ldaps:// is already encrypted: use one or the other",
        f"{cfg}:4 ldap_bind_password: needed with ldap_bind_dn, from the "
        "RADAR_LDAP_BIND_PASSWORD variable",
    ]


def test_sign_in_secrets_only_come_from_the_environment(tmp_path: Path) -> None:
    cfg = tmp_path / "radar.toml"
    cfg.write_text('oidc_client_secret = "s3cret"\nldap_bind_password = "pw"\n', encoding="utf-8")
    _, problems = check_settings(cfg, environ={})
    assert {p.field for p in problems} >= {"oidc_client_secret", "ldap_bind_password"}
    assert all("belong in the environment" in p.message for p in problems
               if p.field in ("oidc_client_secret", "ldap_bind_password"))


def test_radar_config_shows_the_sign_in_settings_with_secrets_masked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RADAR_OIDC_ISSUER", "https://idp.bank.example")
    monkeypatch.setenv("RADAR_OIDC_CLIENT_ID", "radar")
    monkeypatch.setenv("RADAR_OIDC_CLIENT_SECRET", "very-secret-value")
    monkeypatch.setenv("RADAR_OIDC_ROLE_MAP", "radar-rms=rm")
    assert main(["--data-dir", str(tmp_path), "config"]) == 0
    out = capsys.readouterr().out
    assert "oidc_issuer = https://idp.bank.example    # RADAR_OIDC_ISSUER:" in out
    assert "oidc_role_map = {'radar-rms': 'rm'}    # RADAR_OIDC_ROLE_MAP:" in out
    assert "ldap_url = None    # RADAR_LDAP_URL:" in out
    assert "very-secret-value" not in out and "oidc_client_secret = **********" in out


def test_radar_validate_lists_sign_in_problems(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "radar.toml"
    cfg.write_text('ldap_url = "ldap://dir.bank.example"\nldap_role_map = "x=owner"\n',
                   encoding="utf-8")
    assert main(["--config", str(cfg), "--data-dir", str(tmp_path), "validate"]) == 2
    err = capsys.readouterr().err
    assert f"{cfg}:2 ldap_role_map: 'x=owner' is not GROUP=ROLE" in err
    assert (f"{cfg}:1 ldap_user_base: needed for directory (LDAP) sign-in (as ldap_url is set)"
            in err)
    assert "ldap_role_map: needed" not in err
