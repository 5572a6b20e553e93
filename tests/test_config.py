from pathlib import Path

import pytest

from radar_core.config import load_settings
from radar_core.errors import ConfigError


def test_defaults_file_env_flags_precedence(tmp_path: Path):
    cfg = tmp_path / "radar.toml"
    cfg.write_text('research_mailbox = "file@bank.example"\nsmtp_port = 2525\n', encoding="utf-8")
    s = load_settings(cfg, environ={"RADAR_SMTP_PORT": "587"})
    assert s.research_mailbox == "file@bank.example"  # file beats default
    assert s.smtp_port == 587  # environment beats file
    s = load_settings(cfg, environ={"RADAR_SMTP_PORT": "587"}, smtp_port=25)
    assert s.smtp_port == 25  # flag beats environment


def test_default_database_is_sqlite_in_data_dir(tmp_path: Path):
    s = load_settings(environ={}, data_dir=tmp_path)
    assert s.resolved_database_url == f"sqlite:///{(tmp_path / 'radar_core.db').resolve()}"
    assert s.resolved_outbox_dir == tmp_path / "outbox"


def test_secret_in_settings_file_is_refused(tmp_path: Path):
    cfg = tmp_path / "radar.toml"
    cfg.write_text('smtp_password = "hunter2"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="environment"):
        load_settings(cfg, environ={})


def test_invalid_value_names_the_field(tmp_path: Path):
    with pytest.raises(ConfigError, match="smtp_security"):
        load_settings(environ={"RADAR_SMTP_SECURITY": "ssl3"})


def test_password_comes_from_environment_and_is_masked():
    s = load_settings(environ={"RADAR_SMTP_PASSWORD": "s3cret"})
    assert s.smtp_password is not None
    assert s.smtp_password.get_secret_value() == "s3cret"
    assert "s3cret" not in repr(s)


def test_trusted_proxies_from_a_list_or_comma_separated_text(tmp_path: Path):
    assert load_settings(environ={}).web_trusted_proxies == []  # X-Forwarded-For ignored by default
    env = load_settings(environ={"RADAR_WEB_TRUSTED_PROXIES": "127.0.0.1, 10.0.0.0/8"})
    assert env.web_trusted_proxies == ["127.0.0.1", "10.0.0.0/8"]
    cfg = tmp_path / "radar.toml"
    cfg.write_text('web_trusted_proxies = ["::1"]\n', encoding="utf-8")
    assert load_settings(cfg, environ={}).web_trusted_proxies == ["::1"]
    with pytest.raises(ConfigError, match="web_trusted_proxies.*proxy.example"):
        load_settings(environ={"RADAR_WEB_TRUSTED_PROXIES": "proxy.example"})


BAD_SETTINGS = """\
[radar]
smtp_port = 2525
mail_time = "25:99"
research_mailbox = "research at bank"
mail_from = "Radar <radar@bank>"
timezone = "Europe/Istanbull"
review_base_url = "javascript:alert(1)"
"""


def test_every_bad_setting_is_reported_at_load_with_its_line(tmp_path: Path):
    from radar_core.errors import DeclaredError

    cfg = tmp_path / "radar.toml"
    cfg.write_text(BAD_SETTINGS, encoding="utf-8")
    with pytest.raises(DeclaredError) as err:
        load_settings(cfg, environ={"RADAR_SMTP_SECURITY": "ssl3"})
    lines = err.value.message.splitlines()
    assert lines == [
        "(environment RADAR_SMTP_SECURITY) smtp_security: must be one of none, starttls, tls",
        f"{cfg}:3 mail_time: '25:99' is not a time of day (00:00 to 23:59)",
        f"{cfg}:4 research_mailbox: 'research at bank' is not an e-mail address "
        "(local@domain or Name <local@domain>)",
        f"{cfg}:5 mail_from: 'Radar <radar@bank>' is not an e-mail address "
        "(local@domain or Name <local@domain>)",
        f"{cfg}:6 timezone: unknown time zone 'Europe/Istanbull' "
        "(an IANA name such as Europe/Istanbul)",
        f"{cfg}:7 review_base_url: 'javascript:alert(1)' is not an http(s) URL",
    ]


@pytest.mark.parametrize("value, words", [
    ("25:99", "is not a time of day"), ("7.30", "is not HH:MM"), ("07:60", "not a time of day"),
    ("", "is not HH:MM"),
])
def test_mail_time_is_checked_when_settings_load(value: str, words: str):
    with pytest.raises(ConfigError, match=words):
        load_settings(environ={"RADAR_MAIL_TIME": value or " "})


def test_good_times_and_addresses_load():
    s = load_settings(environ={"RADAR_MAIL_TIME": "7:05", "RADAR_MAIL_FROM": "radar@bank.example",
                               "RADAR_RESEARCH_MAILBOX": "arge@bank.example"})
    assert s.mail_time == "07:05" and s.mail_from == "radar@bank.example"
    assert load_settings(environ={}).mail_from == "Radar <radar@bank.example>"


def test_header_injection_or_a_list_in_an_address_is_refused():
    with pytest.raises(ConfigError, match="mail_from"):
        load_settings(environ={"RADAR_MAIL_FROM": "radar@bank.example\nBcc: x@evil.example"})
    with pytest.raises(ConfigError, match="research_mailbox"):
        load_settings(environ={"RADAR_RESEARCH_MAILBOX": "a@bank.example, b@bank.example"})
    named = load_settings(environ={"RADAR_RESEARCH_MAILBOX": "Araştırma <arge@bank.example>"})
    assert named.research_mailbox == "Araştırma <arge@bank.example>"
