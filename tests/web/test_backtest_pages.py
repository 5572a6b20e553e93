"""``/reports/backtest`` and ``/reports/offers``: the newest report, for analysts and admins only."""

from __future__ import annotations

import os
import time
from datetime import date, datetime

import pytest

from radar.web import backtest_pages
from reports.backtest_report import BacktestReport, Table
from reports.backtest_stats import RATE_COLUMNS, Rate
from reports.report_html import write_report
from reports.report_text import phrase
from tests.web.conftest import csrf_of


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


def _bilingual_report() -> BacktestReport:
    """A report whose texts are built the way the back-test builds them (``Phrase``s)."""
    table = Table(name="opportunity_groups", title=phrase("Rejected offers by reason"),
                  columns=["dimension", "group", *RATE_COLUMNS], rows=[["all", "(none)", *Rate(3, 12).cells()]],
                  section="opportunity")
    return BacktestReport(title=phrase("Radar back-test"), start=date(2026, 1, 1), end=date(2026, 3, 31),
                          horizon_days=90, generated_at=datetime(2026, 6, 1, 9, 30),
                          headlines=[Rate(3, 12).text()], tables=[table])


def test_each_reader_gets_the_report_in_their_language(app_with_reports, login, tmp_path):
    write_report(_bilingual_report(), tmp_path / "reports" / "backtest")  # default: Turkish
    client = login("ana")  # reads English (tests/web/conftest.py)
    page = client.get("/reports/backtest").text
    assert '<html lang="en">' in page and "<title>Radar back-test 2026-01-01 to 2026-03-31" in page
    assert "Findings" in page and "25.0% [8.9-53.2%] (3/12)" in page
    assert "Alerts known from 2026-01-01 to 2026-03-31" in page and "2026-06-01 12:30 Istanbul time" in page
    assert "<th>precision CI low</th>" not in page and "<th>CI low</th>" in page and "(none)" in page
    token = csrf_of(client.get("/").text)
    assert client.post("/language", data={"language": "tr", "csrf_token": token, "next": "/"},
                       follow_redirects=False).status_code == 303
    page = client.get("/reports/backtest").text
    assert '<html lang="tr">' in page and "<title>Radar geriye dönük testi 01.01.2026 - 31.03.2026" in page
    assert "Bulgular" in page and "%25,0 [%8,9-%53,2] (3/12)" in page and "<td>0,25</td>" in page
    assert "01.01.2026 - 31.03.2026 arasında bilinen uyarılar" in page and "01.06.2026 12:30 TSİ" in page
    assert "<th>GA alt</th>" in page and "<td>tümü</td>" in page and "<td>(yok)</td>" in page
    assert "Findings" not in page and "Nedene göre reddedilen teklifler" in page
    # The CSV keeps its column codes; its sentences are in the language the report was written in.
    csv = client.get("/reports/backtest/opportunity_groups.csv").text
    assert csv.startswith("dimension,group,n,k,rate") and "%25,0 [%8,9-%53,2] (3/12)" in csv


def test_an_old_report_without_language_copies_is_still_shown(app_with_reports, login, tmp_path):
    html = write_report(_report("Radar back-test"), tmp_path / "reports" / "backtest")
    for language in ("tr", "en"):
        html.with_name(f"backtest.{language}.html").unlink()
    page = login("ana").get("/reports/backtest")
    assert page.status_code == 200 and "<title>Radar back-test" in page.text


def test_error_details_in_the_readers_language(app_with_reports, login):
    client = login("ana")
    missing = client.get("/reports/offers")
    assert missing.status_code == 404 and "no offers report yet: run `radar offers report`" in missing.text
    token = csrf_of(client.get("/").text)
    client.post("/language", data={"language": "tr", "csrf_token": token, "next": "/"})
    missing = client.get("/reports/offers")
    assert missing.status_code == 404
    assert "henüz teklif raporu yok: `radar offers report` çalıştırın" in missing.text
    assert "no offers report yet" not in missing.text
    nothing = client.get("/alerts/999999")
    assert nothing.status_code == 404 and "böyle bir uyarı yok" in nothing.text
    # The JSON API keeps the English detail for programs.
    assert client.get("/api/alerts/999999").json()["detail"] == "no such alert"
