"""Demo outcomes, report files (HTML, CSV, JSON) and the backtest/offers commands end to end.

The demo register is the packaged one; its alerts here are invented (one per client for a
third of the firms) rather than crawled, which keeps the test fast.
"""

from __future__ import annotations

import csv
import json
import re
from datetime import date, datetime, timedelta

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from radar.commands.backtest import command as backtest_command
from radar.commands.backtest import parse_horizon
from radar.commands.offers import command as offers_command
from radar.context import AppContext
from radar.demo import import_demo_register
from radar.demo_outcomes import demo_backtest_period, generate_demo_outcomes
from radar.reporting.backtest import run_backtest
from radar_core.config import load_settings
from radar_core.db import connect, session_scope
from radar_core.db.models import Client, Outcome
from radar_core.errors import RadarError, UsageError
from reports.report_html import write_report
from tests.reporting.test_backtest import add_alert

NOW = datetime(2026, 11, 23, 9, 0)
# The back-test runs half a year after the alerts: by then their outcomes have happened.
LATER = NOW + timedelta(days=200)


def build_demo(sessions) -> None:
    """Demo register, invented alerts for every third client, then the outcomes up to LATER."""
    import_demo_register(sessions, lambda: NOW)
    with session_scope(sessions) as s:
        ids = sorted(s.scalars(select(Client.client_id)))
        for i, cid in enumerate(ids):
            if i % 3 == 0:
                add_alert(s, cid, "opportunity", ("r_inv", "r_cap")[i % 2], 2 + i % 7, "2026-11-23",
                          source=f"news{i % 4}", story=f"s{i}")
            if i % 5 == 1:
                add_alert(s, cid, "risk", "r_law", 3 + i % 5, "2026-11-23", source="court", source_type="court",
                          etype="lawsuit")
    with session_scope(sessions) as s:
        assert generate_demo_outcomes(s, lambda: LATER) > 100


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}"
    sessions = connect(url)
    build_demo(sessions)
    return url, sessions


def test_demo_outcomes_are_idempotent_and_show_lift(demo_db):
    _url, sessions = demo_db
    with session_scope(sessions) as s:
        before = s.scalar(select(func.count(Outcome.id)))
        assert generate_demo_outcomes(s, lambda: LATER) == 0
        assert s.scalar(select(func.count(Outcome.id))) == before
        start, end = demo_backtest_period(s, lambda: LATER)
    assert end == LATER.date() - timedelta(days=20)  # the horizon after the alerts
    report = run_backtest(sessions, None, start, end, 180, lambda: LATER)
    overall = report.table("opportunity_groups").records()[0]
    assert overall["alerts_n"] >= 10 and overall["lift"] > 1.5
    models = {r["segment"]: r for r in report.table("offers_win_model").records()}
    assert models["all"]["slope"] < 0 and models["all"]["band_low"] is not None


def test_simulated_outcomes_never_lie_after_today(tmp_path):
    """On the alerts' own day no follow-up exists yet; each later day adds only its past."""
    sessions = connect(f"sqlite:///{tmp_path / 'today.db'}")
    import_demo_register(sessions, lambda: NOW)
    with session_scope(sessions) as s:
        for i, cid in enumerate(sorted(s.scalars(select(Client.client_id)))):
            if i % 3 == 0:
                add_alert(s, cid, "opportunity", "r_inv", 3, "2026-11-23", source="news")
    for today in (NOW, NOW + timedelta(days=60), LATER):
        with session_scope(sessions) as s:
            generate_demo_outcomes(s, lambda today=today: today)
            latest = s.scalar(select(func.max(Outcome.date)))
            assert latest is not None and latest <= today.date()
            start, end = demo_backtest_period(s, lambda today=today: today)
            assert start < end <= today.date()
    with session_scope(sessions) as s:
        followed = s.scalar(select(func.count(Outcome.id)).where(Outcome.date > date(2026, 11, 23)))
        assert followed > 0  # the later runs did add what followed the alerts


def test_report_files(demo_db, tmp_path):
    _url, sessions = demo_db
    with session_scope(sessions) as s:
        start, end = demo_backtest_period(s, lambda: LATER)
    report = run_backtest(sessions, None, start, end, 180, lambda: LATER)
    html = write_report(report, tmp_path / "out")
    text = html.read_text(encoding="utf-8")
    assert text.count("data:image/png;base64,") >= 4
    assert "<script" not in text and "http://" not in text and "https://" not in text
    for table in report.tables:
        with (tmp_path / "out" / f"{table.name}.csv").open(encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
        assert rows[0] == table.columns and len(rows) == len(table.rows) + 1
    data = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert data["horizon_days"] == 180 and len(data["tables"]) == len(report.tables)


def _run(command, url, args, tmp_path, environ=None):
    app = AppContext(settings=load_settings(environ=environ or {}, database_url=url,
                                            data_dir=tmp_path / "data"))
    result = CliRunner().invoke(command, args, obj=app)
    code = result.exception.exit_code if isinstance(result.exception, RadarError) else result.exit_code
    return code, result


def test_backtest_and_offers_commands(demo_db, tmp_path):
    url, _sessions = demo_db
    code, result = _run(backtest_command, url, ["--from", "2026-08-25", "--to", "2027-05-22",
                                                "--horizon", "26w", "--output", str(tmp_path / "bt")], tmp_path)
    assert code == 0, result.output
    # Turkish by default (the language setting), numbers and dates the Turkish way
    assert result.stdout.startswith("Fırsat uyarıları, 182 gün içinde ardından")
    page = (tmp_path / "bt" / "backtest.html").read_text(encoding="utf-8")
    assert '<html lang="tr">' in page and "25.08.2026 - 22.05.2027 arasında bilinen uyarılar" in page
    assert "Bulgular" in page and "kesinlik" in page and re.search(r"%\d+,\d", page)
    assert (tmp_path / "bt" / "sources.csv").is_file()
    assert (tmp_path / "bt" / "backtest.en.html").is_file() and (tmp_path / "bt" / "backtest.tr.html").is_file()
    code, result = _run(backtest_command, url, ["--from", "2026-08-25", "--to", "2027-05-22", "--horizon",
                                                "26w", "--output", str(tmp_path / "en"), "--lang", "en"], tmp_path)
    assert code == 0, result.output
    assert result.stdout.startswith("Opportunity alerts followed by")
    assert "within 182 days" in result.stdout
    page = (tmp_path / "en" / "backtest.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "Alerts known from 2026-08-25 to 2027-05-22" in page
    assert "Findings" in page and "Bulgular" not in page
    code, result = _run(backtest_command, url, ["--to", "2027-05-22", "--output", str(tmp_path / "env")],
                        tmp_path, environ={"RADAR_LANGUAGE": "en"})
    assert code == 0 and result.stdout.startswith("Opportunity alerts followed by")
    assert _run(backtest_command, url, ["--lang", "de"], tmp_path)[0] == 2
    code, result = _run(backtest_command, url, ["--to", "2027-01-01", "--format", "json"], tmp_path)
    assert code == 0 and (tmp_path / "data" / "reports" / "backtest" / "report.json").is_file()
    assert not (tmp_path / "data" / "reports" / "backtest" / "backtest.html").exists()
    code, result = _run(offers_command, url, ["report", "--output", str(tmp_path / "of")], tmp_path)
    assert code == 0 and "fiyat bandı" in result.stdout and "kazanma oranı %" in result.stdout
    page = (tmp_path / "of" / "offers.html").read_text(encoding="utf-8")
    assert "Radar teklif raporu" in page and "Nedene göre reddedilen teklifler" in page
    code, result = _run(offers_command, url, ["report", "--output", str(tmp_path / "of-en"), "--lang", "en"],
                        tmp_path)
    assert code == 0 and "price band" in result.stdout
    page = (tmp_path / "of-en" / "offers.html").read_text(encoding="utf-8")
    assert "Radar offers report" in page and "Rejected offers by reason" in page


def test_backtest_usage_errors(demo_db, tmp_path):
    url, _sessions = demo_db
    assert _run(backtest_command, url, ["--from", "2026-13-01"], tmp_path)[0] == 2
    assert _run(backtest_command, url, ["--from", "2026-05-01", "--to", "2026-01-01"], tmp_path)[0] == 2
    assert _run(backtest_command, url, ["--horizon", "soon"], tmp_path)[0] == 2
    assert parse_horizon("6m") == 180 and parse_horizon("90") == 90
    with pytest.raises(UsageError):
        parse_horizon("0d")
