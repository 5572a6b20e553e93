"""``/reports/backtest`` and ``/reports/offers``: the newest report, for analysts and admins only."""

from __future__ import annotations

import os
import time
from datetime import date, datetime

import pytest

from radar.web import backtest_pages
from reports.backtest_report import BacktestReport, Table
from reports.report_html import write_report


@pytest.fixture
def app_with_reports(app):
    app.include_router(backtest_pages.router)
    return app


def _report(title: str) -> BacktestReport:
    table = Table(name="opportunity_groups", title="Groups", columns=["dimension", "group", "n"],
                  rows=[["all", "all", 3]], section="opportunity")
    return BacktestReport(title=title, start=date(2026, 1, 1), end=date(2026, 3, 31), horizon_days=90,
                          generated_at=datetime(2026, 6, 1), headlines=["<b>not markup</b>"], tables=[table])


def test_analyst_sees_the_newest_report(app_with_reports, login, tmp_path):
    old = write_report(_report("Old back-test"), tmp_path / "reports" / "backtest-2026-q1")
    past = time.time() - 3600
    os.utime(old, (past, past))
    write_report(_report("Radar back-test"), tmp_path / "reports" / "backtest")
    client = login("ana")
    page = client.get("/reports/backtest")
    assert page.status_code == 200
    assert "<title>Radar back-test" in page.text and "Old back-test" not in page.text
    assert "&lt;b&gt;not markup&lt;/b&gt;" in page.text
    csp = page.headers["content-security-policy"]
    assert "style-src 'unsafe-inline'" in csp and "script" not in csp and "img-src data:" in csp
    csv = client.get("/reports/backtest/opportunity_groups.csv")
    assert csv.status_code == 200 and csv.text.startswith("dimension,group,n")
    assert client.get("/reports/backtest/report.json").json()["horizon_days"] == 90
    assert client.get("/reports/backtest/..%2Fsecret.csv").status_code == 404
    assert client.get("/reports/backtest/missing.csv").status_code == 404
    assert login("root").get("/reports/backtest").status_code == 200


def test_rm_and_strangers_are_kept_out(app_with_reports, login, tmp_path):
    write_report(_report("Radar back-test"), tmp_path / "reports" / "backtest")
    assert login("ayse").get("/reports/backtest").status_code == 403
    assert login("ayse").get("/reports/backtest/report.json").status_code == 403
    from fastapi.testclient import TestClient

    anonymous = TestClient(app_with_reports).get("/reports/backtest", follow_redirects=False)
    assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/login")


def test_no_report_yet_and_unknown_kinds(app_with_reports, login):
    client = login("ana")
    missing = client.get("/reports/offers")
    assert missing.status_code == 404 and "radar offers report" in missing.text
    assert client.get("/reports/everything").status_code == 404
