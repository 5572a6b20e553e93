"""Small dedicated sites: robots.txt, broken sources, bad input, thin pages."""

from __future__ import annotations

from pathlib import Path

from crawlers.demo_site.server import Page, SiteServer
from tests.crawlers.conftest import crawl, documents, run_stats, write_sources

ARTICLE = ("<html><head><title>{t}</title></head><body><nav>Ana sayfa Haberler</nav>"
           "<article><h1>{t}</h1>{body}</article><footer>Tüm hakları saklıdır</footer>"
           "</body></html>")
PARA = "<p>Bu paragraf fabrika yatırımı ve üretim kapasitesi hakkında uzun bir açıklamadır.</p>"


def rss(base: str, paths: list[str]) -> bytes:
    items = "".join(f"<item><title>Haber {p}</title><link>{base}{p}</link>"
                    f"<pubDate>Mon, 02 Mar 2026 10:00:00 +0300</pubDate></item>" for p in paths)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}'
            f"</channel></rss>").encode()


FEED_SOURCE = """
sources:
  - name: fixture-feed
    family: feed
    source_type: news
    start_urls: ["${BASE}/rss.xml"]
    politeness: {download_delay: 0, autothrottle: false, retries: 1, timeout: 5}
"""


def test_robots_disallow_is_respected_and_bad_input_is_counted(tmp_path: Path) -> None:
    pages: dict[str, Page] = {}
    with SiteServer(pages) as site:
        pages.update({
            "/robots.txt": Page(b"User-agent: *\nDisallow: /gizli/\n", "text/plain"),
            "/rss.xml": Page(rss(site.url, ["/a", "/gizli/b", "/c.pdf", "/ince", "/bozuk"]),
                             "application/rss+xml"),
            "/a": Page(ARTICLE.format(t="Açık haber", body=PARA * 6).encode()),
            "/gizli/b": Page(ARTICLE.format(t="Gizli", body=PARA * 6).encode()),
            "/c.pdf": Page(b"this is not a pdf at all", "application/pdf"),
            "/bozuk": Page(("<html><body><div><article><h1>Bozuk sayfa<p>" + "<p>Kapanmayan "
                            "etiketlere rağmen metin okunabilir olmalı ve saklanmalı. " * 5 +
                            "<div><span>").encode()),
            "/ince": Page(ARTICLE.format(t="İnce", body="<p>Kısa.</p>" +
                                         "<script>var x=1;</script>" * 2000).encode()),
        })
        result = crawl(tmp_path, write_sources(tmp_path / "s.yml", FEED_SOURCE), site.url)
        assert result.returncode == 0, result.stderr
        assert site.requests.paths["/gizli/b"] == 0
    docs = {d.canonical_url.rsplit("/", 1)[-1]: d for d in documents(tmp_path)}
    assert set(docs) == {"a", "ince", "bozuk"}
    assert "Kapanmayan etiketlere rağmen" in docs["bozuk"].text
    stats = run_stats(tmp_path)["fixture-feed"]
    assert stats["skipped"] == {"robots_denied": 1, "not_html": 1}
    assert stats["new"] == 3 and not stats["broken"]
    assert docs["a"].published.isoformat() == "2026-03-02T07:00:00"
    assert docs["a"].published_from == "feed"
    assert "Ana sayfa" not in docs["a"].text and "fabrika yatırımı" in docs["a"].text
    assert "thin_text" in docs["ince"].flags and "thin_text" not in docs["a"].flags


def test_source_yielding_only_errors_is_flagged_broken(tmp_path: Path) -> None:
    pages = {"/rss.xml": Page(b"<html><body>Bakim calismasi</body></html>"),
             "/robots.txt": Page(b"", "text/plain")}
    with SiteServer(pages) as site:
        result = crawl(tmp_path, write_sources(tmp_path / "s.yml", FEED_SOURCE), site.url)
    assert result.returncode == 1
    assert "BROKEN" in result.stdout
    status = __import__("subprocess").run(
        [__import__("sys").executable, "-m", "radar.cli", "-q", "--data-dir",
         str(tmp_path / "data"), "sources", "status"], capture_output=True, text=True)
    assert status.returncode == 1 and "BROKEN" in status.stdout and "fixture-feed" in status.stdout


LISTING_SOURCE = """
sources:
  - name: fixture-complaints
    family: listing
    source_type: complaint
    start_urls: ["${BASE}/list"]
    politeness: {download_delay: 0, autothrottle: false}
    listing: {items: "css:a.item::attr(href)", next_page: "css:a.next::attr(href)"}
    detail:
      title: "css:h1::text"
      published: "css:time::text"
      text: "css:div.body"
      fields: {brand: "css:span.brand::text"}
"""


def test_listing_pagination_encoding_and_relative_dates(tmp_path: Path) -> None:
    detail = ("<html><head><meta charset='iso-8859-9'></head><body><h1>{t}</h1>"
              "<span class='brand'>Şekerci</span><time>{d}</time><div class='body'>"
              "<p>Ürün iade edildi ama ödeme yapılmadı, çok mağdurum.</p></div></body></html>")
    pages = {
        "/robots.txt": Page(b"", "text/plain"),
        "/list": Page(b"<a class='item' href='/d/1'>1</a><a class='next' href='/list2'>></a>"),
        "/list2": Page(b"<a class='item' href='/d/2'>2</a>"),
        "/d/1": Page(detail.format(t="Şikayet bir", d="12 Mart 2026 Perşembe").encode("iso-8859-9"),
                     "text/html"),
        "/d/2": Page(detail.format(t="Şikayet iki", d="3 gün önce").encode("cp1254"),
                     "text/html; charset=windows-1254"),
    }
    with SiteServer(pages) as site:
        result = crawl(tmp_path, write_sources(tmp_path / "s.yml", LISTING_SOURCE), site.url)
    assert result.returncode == 0, result.stderr
    docs = documents(tmp_path)
    assert [d.title for d in docs if d.title] and {d.title for d in docs} == {"Şikayet bir",
                                                                            "Şikayet iki"}
    assert all(d.fields["brand"] == "Şekerci" and "ödeme yapılmadı" in d.text for d in docs)
    one = next(d for d in docs if d.title == "Şikayet bir")
    assert one.published.date().isoformat() == "2026-03-12"
    two = next(d for d in docs if d.title == "Şikayet iki")
    assert (two.fetched - two.published).days in {2, 3}
