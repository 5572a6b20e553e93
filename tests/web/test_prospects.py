"""Prospects page and CSV export."""

from __future__ import annotations

import csv
import io

from radar.web.prospects import CSV_COLUMNS, prospects_csv
from radar_core.db.models import Document, Event
from tests.web.conftest import NOW


def test_prospects_page_lists_unknown_firms_with_events(login, seeded):
    html = login("ana").get("/prospects").text
    assert "Yıldız Makina Ltd. Şti." in html and "Tender opened" in html
    assert f'href="/alerts/{seeded.prospect_alert}"' in html
    assert "Kuzey Tekstil" not in html  # clients are not prospects
    assert "Demir Grup" not in html  # nor are undecided (ambiguous) links


def test_csv_export_has_header_rows_and_defuses_formulas(login, sessions_):
    with sessions_() as session:
        doc = Document(external_id="f1", content_hash="f", fetched=NOW, text="x", url="https://f.example/1",
                       source="feed", source_type="news")
        session.add(doc)
        session.flush()
        session.add(Event(document_id=doc.id, type="asset_sale", polarity="risk", client_id=None,
                          firm_key="prospect:=cmd", company='=HYPERLINK("http://evil.example")', confidence=0.7,
                          evidence="@SUM(1+1) satılık", created_at=NOW, details={}))
        session.commit()
    response = login("ana").get("/prospects.csv")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    by_type = {r["event_type"]: r for r in rows}
    assert by_type["tender_opened"]["company"] == "Yıldız Makina Ltd. Şti."
    assert by_type["tender_opened"]["source_type"] == "tender"
    assert by_type["asset_sale"]["company"].startswith("'=")
    assert by_type["asset_sale"]["evidence"].startswith("'@")
    assert set(by_type) == {"tender_opened", "asset_sale"}  # the ambiguous "Demir Grup" waits on /links


def test_csv_is_empty_but_valid_without_prospects(tmp_path):
    from radar_core.db import connect

    with connect(f"sqlite:///{tmp_path / 'e.db'}")() as session:
        assert prospects_csv(session).strip() == ",".join(CSV_COLUMNS)
