"""``radar webhooks``, ``radar status``, ``radar config``, ``radar validate`` and
``radar alerts list --format csv``, end to end through the CLI, with a real receiver."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from radar.cli import main
from radar.exports import COLUMNS
from radar.scheduler import ScheduleConfig, job_definitions
from radar_core.db import connect
from radar_core.db.models import Client
from tests.webhooks.conftest import NOW, SECRET, add_alert


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    sessions = connect(f"sqlite:///{(data / 'radar_core.db').resolve()}")
    now = datetime.now(UTC).replace(tzinfo=None)
    with sessions() as session:
        session.add(Client(client_id="C1", legal_name="Kuzey Tekstil A.Ş.", aliases=[],
                           rm_email="ayse@bank.example", updated_at=NOW))
        add_alert(session, 1, created=now, title="=cmd|' /C calc'!A0")
        add_alert(session, 2, created=now, polarity="risk", severity="critical")
        session.commit()
    sessions.kw["bind"].dispose()
    return data


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "-q", *args])


def _endpoints(monkeypatch, url: str, **extra) -> None:
    monkeypatch.setenv("RADAR_WEBHOOKS", json.dumps([{"name": "crm", "url": url, **extra}]))
    monkeypatch.setenv("RADAR_WEBHOOK_CRM_SECRET", SECRET)


def test_send_list_status_and_retry(data_dir, receiver, monkeypatch, capsys):
    receiver.script = [500]
    _endpoints(monkeypatch, receiver.url, polarity="risk")
    monkeypatch.setenv("RADAR_WEBHOOK_MAX_ATTEMPTS", "1")
    assert run(data_dir, "webhooks", "send") == 1  # the only attempt failed: given up
    err = capsys.readouterr().err
    assert "1 queued, 0 delivered, 0 to retry, 1 failed" in err and "HTTP 500" in err
    assert run(data_dir, "status") == 1
    out = capsys.readouterr().out
    assert "webhooks pending: 0; failed: 1" in out and "webhook delivery(ies) failed" in out
    assert run(data_dir, "webhooks", "list", "--status", "failed") == 0
    listed = capsys.readouterr().out
    assert "\tcrm\tfailed\t1 attempt(s)" in listed and "HTTP 500" in listed
    assert run(data_dir, "webhooks", "retry") == 2  # says what to retry
    assert run(data_dir, "webhooks", "retry", "--all") == 0
    assert run(data_dir, "webhooks", "send") == 0
    assert "0 queued, 1 delivered" in capsys.readouterr().err
    assert len(receiver.requests) == 2 and len(set(receiver.delivery_ids())) == 1
    assert run(data_dir, "status") == 0
    assert run(data_dir, "webhooks", "list") == 0
    assert "\tdelivered\t" in capsys.readouterr().out


def test_config_names_the_secret_variable_never_the_secret(data_dir, monkeypatch, capsys):
    _endpoints(monkeypatch, "https://crm.bank.example/hooks/radar", min_severity="high")
    assert run(data_dir, "config") == 0
    out = capsys.readouterr().out
    assert ("webhooks = crm https://crm.bank.example/hooks/radar (polarity any, min severity high, "
            "secret RADAR_WEBHOOK_CRM_SECRET set)") in out
    assert SECRET not in out and "webhook_max_attempts = 8" in out


@pytest.mark.parametrize(("url", "secret", "message"), [
    ("http://crm.bank.example/hook", SECRET, "webhooks[0].url: 'http://crm.bank.example/hook' is not an https URL"),
    ("ftp://crm.bank.example/hook", SECRET, "is not an https URL"),
    ("https://crm.bank.example/hook", "", "webhooks[0].secret: missing: set RADAR_WEBHOOK_CRM_SECRET"),
    ("https://crm.bank.example/hook", "short", "RADAR_WEBHOOK_CRM_SECRET is shorter than 16"),
])
def test_validate_checks_webhook_settings(data_dir, monkeypatch, capsys, url, secret, message):
    monkeypatch.setenv("RADAR_WEBHOOKS", json.dumps([{"name": "crm", "url": url}]))
    monkeypatch.setenv("RADAR_WEBHOOK_CRM_SECRET", secret)
    assert run(data_dir, "validate") == 2
    assert message in capsys.readouterr().err


def test_a_settings_file_may_not_hold_a_webhook_secret(data_dir, tmp_path, monkeypatch, capsys):
    config = tmp_path / "radar.toml"
    config.write_text('[radar]\n[[radar.webhooks]]\nname = "crm"\nurl = "https://crm.bank.example/h"\n'
                      f'secret = "{SECRET}"\n', encoding="utf-8")
    monkeypatch.setenv("RADAR_WEBHOOK_CRM_SECRET", SECRET)
    assert main(["--data-dir", str(data_dir), "--config", str(config), "validate"]) == 2
    err = capsys.readouterr().err
    assert "radar.toml:5 webhooks[crm].secret: secrets belong in the environment" in err
    assert SECRET not in err


def test_alerts_list_as_csv(data_dir, capsys):
    assert run(data_dir, "alerts", "list", "--format", "csv", "--limit", "0") == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert tuple(rows[0]) == COLUMNS and len(rows) == 3
    assert rows[1][COLUMNS.index("severity")] == "critical"  # queue order
    assert rows[2][COLUMNS.index("title")] == "'=cmd|' /C calc'!A0"
    assert rows[2][COLUMNS.index("rm")] == "ayse@bank.example"
    assert run(data_dir, "alerts", "list", "--format", "csv", "--limit", "1", "--polarity", "opportunity") == 0
    assert len(list(csv.reader(io.StringIO(capsys.readouterr().out)))) == 2


def test_the_scheduler_sends_webhooks_only_when_endpoints_exist():
    plain = job_definitions([], "sqlite:///x.db", ScheduleConfig())
    assert "webhooks" not in {job.id for job in plain}
    jobs = {job.id: job for job in job_definitions([], "sqlite:///x.db",
                                                   ScheduleConfig(webhook_cron="*/2 * * * *"))}
    assert jobs["webhooks"].spec.argv == ("webhooks", "send")
    assert "*/2" in str(jobs["webhooks"].trigger)


def test_the_readme_webhook_example_loads(tmp_path):
    import re
    import tomllib

    from radar_core.config import load_settings

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    [block] = [b for b in re.findall(r"```toml\n(.*?)```", readme, re.S) if "radar.webhooks" in b]
    config = tmp_path / "radar.toml"
    config.write_text("[radar]\n" + block, encoding="utf-8")
    assert tomllib.loads(config.read_text(encoding="utf-8"))["radar"]["webhooks"]
    settings = load_settings(config, environ={"RADAR_WEBHOOK_CRM_SECRET": SECRET}, data_dir=tmp_path)
    [endpoint] = settings.webhooks
    assert (endpoint.name, endpoint.polarity, endpoint.min_severity) == ("crm", "risk", "high")
    assert endpoint.secret is not None and endpoint.secret.get_secret_value() == SECRET
