"""Sitemap, table and API families, plus error accounting in CrawlRun.stats."""

from __future__ import annotations

import json
from pathlib import Path

from crawlers.demo_site.server import Page, SiteServer
from tests.crawlers.conftest import crawl, documents, run_stats, write_sources

ARTICLE = ("<html><head><title>{t}</title></head><body><article><h1>{t}</h1>"
           + "<p>Şirket yeni fabrikası için arsa satın aldığını ve üretime başlayacağını "
             "açıkladı; yatırımın iki yıl süreceği belirtildi.</p>" * 4
           + "</article></body></html>")


SOURCES = """
sources:
  - name: fx-sitemap
    family: sitemap
    source_type: news
    start_urls: ["${BASE}/sitemap_index.xml"]
    max_age_days: 365
    sitemap: {follow: ["/haber/"]}
    politeness: {download_delay: 0, autothrottle: false, retries: 1}
  - name: fx-table
    family: table
    source_type: incentive
    start_urls: ["${BASE}/liste.csv"]
    politeness: {download_delay: 0, autothrottle: false}
    table:
      published: tarih
      key: [firma]
      text: "{firma} {tutar} TL teşvik aldı."
      fields: {company: firma, amount: tutar}
  - name: fx-api
    family: api
    source_type: disclosure
    start_urls: ["${BASE}/api/bildirim?sayfa=1"]
    politeness: {download_delay: 0, autothrottle: false}
    api:
      items: data.items
      page_param: sayfa
      id: id
      title: baslik
      published: tarih
      text: [ozet]
      fields: {company: sirket.ad}
  - name: fx-api-html
    family: api
    source_type: disclosure
    start_urls: ["${BASE}/api/kapali"]
    politeness: {download_delay: 0, autothrottle: false, retries: 1}
    api: {items: data, id: id, text: [ozet]}
"""


def test_sitemap_table_and_api_families(tmp_path: Path) -> None:
    pages: dict[str, Page] = {}
    with SiteServer(pages) as site:
        base = site.url
        pages.update({
            "/robots.txt": Page(b"", "text/plain"),
            "/sitemap_index.xml": Page(
                f"<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><sitemap>"
                f"<loc>{base}/sm1.xml</loc></sitemap></sitemapindex>".encode(), "application/xml"),
            "/sm1.xml": Page(
                f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                f"<url><loc>{base}/haber/yeni</loc><lastmod>2099-01-01</lastmod></url>"
                f"<url><loc>{base}/haber/eski</loc><lastmod>2001-01-01</lastmod></url>"
                f"<url><loc>{base}/hakkimizda</loc></url></urlset>".encode(), "application/xml"),
            "/haber/yeni": Page(ARTICLE.format(t="Yeni haber").encode()),
            "/haber/eski": Page(ARTICLE.format(t="Eski haber").encode()),
            "/hakkimizda": Page(ARTICLE.format(t="Hakkımızda").encode()),
            # A truncated CSV: the last row lost its columns.
            "/liste.csv": Page("tarih,firma,tutar\n01.02.2026,Örnek Cam A.Ş.,5000000\n"
                               "02.02.2026,Deneme Un A.Ş.,7000000\n03.02.2026,Yarım"
                               .encode("cp1254"), "text/csv"),
            "/api/bildirim": Page(json.dumps({"data": {"items": [
                {"id": 7, "baslik": "Sermaye artırımı", "tarih": "2026-02-03T10:00:00+03:00",
                 "ozet": "Şirket sermayesini artırdı.", "sirket": {"ad": "Örnek Cam A.Ş."}},
                {"id": 8, "baslik": "Yeni yatırım", "tarih": "2026-02-04",
                 "ozet": "Yeni tesis kurulacak.", "sirket": {"ad": "Deneme Un A.Ş."}}]}})
                .encode(), "application/json"),
            "/api/bildirim?sayfa=2": Page(b'{"data": {"items": []}}', "application/json"),
            "/api/kapali": Page(b"<html><body>Oturum acin</body></html>"),
        })

        result = crawl(tmp_path, write_sources(tmp_path / "s.yml", SOURCES), base)
    assert result.returncode == 1  # fx-api-html is broken
    docs = documents(tmp_path)
    by_source: dict[str, list] = {}
    for d in docs:
        by_source.setdefault(d.source, []).append(d)
    assert [d.title for d in by_source["fx-sitemap"]] == ["Yeni haber"]
    table = sorted(by_source["fx-table"], key=lambda d: d.text)
    assert [d.fields["company"] for d in table] == ["Deneme Un A.Ş.", "Örnek Cam A.Ş."]
    assert table[1].text == "Örnek Cam A.Ş. 5000000 TL teşvik aldı."
    assert table[1].published.date().isoformat() == "2026-02-01"
    api = sorted(by_source["fx-api"], key=lambda d: d.title)
    assert [d.fields["company"] for d in api] == ["Örnek Cam A.Ş.", "Deneme Un A.Ş."]
    assert api[0].published.isoformat() == "2026-02-03T07:00:00"
    assert site.requests.paths["/api/bildirim"] == 2
    stats = run_stats(tmp_path)
    assert stats["fx-sitemap"]["skipped"] == {"too_old": 1}
    assert stats["fx-table"]["skipped"] == {"bad_row": 1}
    assert stats["fx-api-html"]["errors"] == {"bad_api": 1}
    assert stats["fx-api-html"]["broken"].startswith("no documents")
    assert stats["fx-api"]["errors"] == {} and stats["fx-api"]["new"] == 2


def test_server_errors_are_retried_and_counted_by_kind(tmp_path: Path) -> None:
    pages = {"/robots.txt": Page(b"User-agent: *\nDisallow: /yasak\n", "text/plain"),
             "/list": Page(b"<a class='i' href='/d/1'>1</a><a class='i' href='/d/2'>2</a>"
                           b"<a class='i' href='/yok'>3</a><a class='i' href='/yasak'>4</a>"),
             "/d/1": Page(ARTICLE.format(t="Bir").encode()),
             "/d/2": Page(b"down", status=503)}
    source = """
sources:
  - name: fx-errors
    family: listing
    source_type: news
    start_urls: ["${BASE}/list"]
    politeness: {download_delay: 0, autothrottle: false, retries: 2}
    listing: {items: "css:a.i::attr(href)"}
    detail: {title: "css:h1::text"}
"""
    with SiteServer(pages) as site:
        result = crawl(tmp_path, write_sources(tmp_path / "s.yml", source), site.url)
        assert site.requests.paths["/d/2"] == 3  # first try + 2 retries
        assert site.requests.paths["/yasak"] == 0
    assert result.returncode == 1  # 2 errors for 1 document: mostly errors
    stats = run_stats(tmp_path)["fx-errors"]
    assert stats["new"] == 1
    assert stats["errors"] == {"http_5xx": 1, "http_404": 1}
    assert stats["skipped"] == {"robots_denied": 1}
    assert stats["retries"] == 2
