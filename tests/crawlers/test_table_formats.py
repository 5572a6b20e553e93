"""The table family on PDF and merged-cell XLSX files, and damaged ones, through real Scrapy."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from crawlers.demo_site.server import Page, SiteServer
from tests.crawlers.conftest import crawl, documents, run_stats, write_sources
from tests.crawlers.tablefiles import pdf_table, xlsx_merged

PDF_MIME = "application/pdf"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

SOURCES = """
sources:
  - name: fx-pdf
    family: table
    source_type: incentive
    lang: tr
    start_urls: ["${BASE}/tesvik/ocak.pdf"]
    politeness: {download_delay: 0, autothrottle: false}
    table:
      format: pdf
      published: Belge Tarihi
      key: [Belge No]
      text: "{Firma} için {İl} ilinde {Yatırım Tutarı (TL)} TL tutarlı teşvik belgesi düzenlendi."
      fields: {company: Firma, amount: Yatırım Tutarı (TL), city: İl, certificate: Belge No}
  - name: fx-xlsx-merged
    family: table
    source_type: incentive
    start_urls: ["${BASE}/tesvik/subat.xlsx"]
    politeness: {download_delay: 0, autothrottle: false}
    table:
      format: xlsx
      header_rows: 2
      published: Tarih
      key: [Firma]
      text: "{Firma} ({Sektör}) {Yatırım Tutar} TL yatırım, {Yatırım İstihdam} kişi istihdam."
      fields: {company: Firma, sector: Sektör, jobs: Yatırım İstihdam}
  - name: fx-not-pdf
    family: table
    source_type: incentive
    start_urls: ["${BASE}/tesvik/mart.pdf"]
    politeness: {download_delay: 0, autothrottle: false}
    table: {format: pdf, text: "{Firma}"}
  - name: fx-bad-xlsx
    family: table
    source_type: incentive
    start_urls: ["${BASE}/tesvik/nisan.xlsx"]
    politeness: {download_delay: 0, autothrottle: false}
    table: {format: xlsx, text: "{Firma}"}
"""

HEADER = ["Belge No", "Belge Tarihi", "Firma", "Yatırım Tutarı (TL)", "İl"]


def test_pdf_and_merged_xlsx_tables_and_damaged_files(tmp_path: Path) -> None:
    pdf = pdf_table([
        [HEADER, ["7001", "05.01.2026", "Kuzey Cam Sanayi A.Ş.", "12.500.000", "Bursa"],
         ["7002", "06.01.2026", "Yayla Süt Ürünleri A.Ş.", "3.000.000", "Erzurum"]],
        [["7003", "07.01.2026", "Batı Liman İşletmeleri", "90.000.000", "İzmir"]],
        [["", "", "ve Ticaret A.Ş.", "", ""],
         ["7004", "08.01.2026", "Doğu Şeker A.Ş.", "7.250.000", "Ağrı"]],
    ])
    xlsx = xlsx_merged(
        [["Firma", "Sektör", "Yatırım", "", "Tarih"],
         ["", "", "Tutar", "İstihdam", ""],
         ["Ege Zeytin A.Ş.", "Gıda", "4000000", "35", datetime(2026, 2, 3)],
         ["Ege Un A.Ş.", "", "2500000", "12", datetime(2026, 2, 4)]],
        ["A1:A2", "B1:B2", "C1:D1", "E1:E2", "B3:B4"])
    pages = {
        "/robots.txt": Page(b"", "text/plain"),
        "/tesvik/ocak.pdf": Page(pdf, PDF_MIME),
        "/tesvik/subat.xlsx": Page(xlsx, XLSX_MIME),
        # A "PDF" link that serves an error message, as portals do during maintenance.
        "/tesvik/mart.pdf": Page(b"Dosya bulunamadi, lutfen daha sonra deneyin.", PDF_MIME),
        "/tesvik/nisan.xlsx": Page(xlsx[: len(xlsx) // 2], XLSX_MIME),
    }
    with SiteServer(pages) as site:
        result = crawl(tmp_path, write_sources(tmp_path / "s.yml", SOURCES), site.url)
    assert result.returncode == 1, result.stderr  # the two damaged sources are broken
    by_source: dict[str, list] = {}
    for doc in documents(tmp_path):
        by_source.setdefault(doc.source, []).append(doc)

    pdf_docs = sorted(by_source["fx-pdf"], key=lambda d: d.fields["certificate"])
    assert [d.fields["company"] for d in pdf_docs] == [
        "Kuzey Cam Sanayi A.Ş.", "Yayla Süt Ürünleri A.Ş.",
        "Batı Liman İşletmeleri ve Ticaret A.Ş.", "Doğu Şeker A.Ş."]
    third = pdf_docs[2]
    assert third.fields == {"company": "Batı Liman İşletmeleri ve Ticaret A.Ş.",
                            "amount": "90.000.000", "city": "İzmir", "certificate": "7003"}
    assert third.text == ("Batı Liman İşletmeleri ve Ticaret A.Ş. için İzmir ilinde 90.000.000 "
                          "TL tutarlı teşvik belgesi düzenlendi.")
    assert third.published.date().isoformat() == "2026-01-07" and third.published_from == "page"
    assert third.lang == "tr" and third.canonical_url.split("#")[0].endswith("/tesvik/ocak.pdf")
    assert len({d.canonical_url for d in pdf_docs}) == 4

    xlsx_docs = sorted(by_source["fx-xlsx-merged"], key=lambda d: d.fields["company"])
    assert [d.fields for d in xlsx_docs] == [
        {"company": "Ege Un A.Ş.", "sector": "Gıda", "jobs": "12"},
        {"company": "Ege Zeytin A.Ş.", "sector": "Gıda", "jobs": "35"}]
    assert xlsx_docs[1].text == "Ege Zeytin A.Ş. (Gıda) 4000000 TL yatırım, 35 kişi istihdam."
    assert xlsx_docs[0].published.date().isoformat() == "2026-02-04"

    stats = run_stats(tmp_path)
    assert stats["fx-pdf"]["new"] == 4 and stats["fx-pdf"]["errors"] == {}
    assert stats["fx-xlsx-merged"]["new"] == 2 and not stats["fx-xlsx-merged"]["broken"]
    for name, reason in (("fx-not-pdf", "not a PDF"), ("fx-bad-xlsx", "damaged xlsx")):
        assert stats[name]["errors"] == {"bad_table": 1}
        assert stats[name]["broken"].startswith("no documents")
        assert len(stats[name]["notes"]) == 1 and reason in stats[name]["notes"][0]
    assert "fx-not-pdf" not in by_source and "fx-bad-xlsx" not in by_source
