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
