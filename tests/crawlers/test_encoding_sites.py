"""Bad encodings served by a real HTTP site, crawled, stored, counted and processed.

Each page says one thing in Turkish; what differs is how its bytes are labelled or broken:
(a) UTF-8 under a Latin-1 header, (b) Windows-1254 with a <meta> under a Latin-1 header,
(c) Windows-1254 with no declaration, (c2) Windows-1254 under a Latin-1 header and no
<meta>, (d) UTF-8 mojibake (double-encoded upstream through Windows-1252) and (d2) through
Latin-1 (its C1 controls are dropped by HTML parsers, so it is repaired first), (e) letters lost to U+FFFD and (e2)
to "?", and the correctly labelled pages that must keep working, (f) Windows-1254 and (g)
UTF-8. Runs on SQLite and, with RADAR_TEST_DATABASE_URL, on PostgreSQL.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252, as MySQL's "latin1")
from sqlalchemy import select

from crawlers.demo_site.server import Page, SiteServer
from radar_core.db import connect, session_scope
from radar_core.db.models import Document, Event
from tests.crawlers.conftest import ROOT, write_sources
from tests.crawlers.test_fixture_sites import ARTICLE, rss

KONKORDATO = ("Kayseri'de faaliyet gösteren Pınarbaşı Mobilya Sanayi ve Ticaret A.Ş.'nin "
              "konkordato talebi üzerine Kayseri Asliye Ticaret Mahkemesi, şirkete üç aylık "
              "geçici konkordato mühleti verdi.")
FILLER = ("Şirket yetkilisi İsmail Ağırbaş, üretimin sürdüğünü, işçilerin ücretlerinin "
          "ödendiğini ve ödeme planının alacaklılarla birlikte yeniden yapılandırılacağını "
          "söyledi. Iğdır ve Muş'taki bayiler de görüşmelere katılacak.")
TRICKY = ("ŞİRKETİ’NİN YÖNETİM KURULU “KÂR PAYI” DAĞITIMINI ONAYLADI; hâlâ kâğıt üzerinde "
          "olan plana göre İĞNE ve IŞIK hatları da açılacak.")
LATIN1 = "text/html; charset=iso-8859-1"

SOURCES = """
sources:
  - name: encodings-feed
    family: feed
    source_type: news
    lang: tr
    start_urls: ["${BASE}/rss.xml"]
    politeness: {download_delay: 0, autothrottle: false, retries: 0, timeout: 5}
  - name: encodings-listing
    family: listing
    source_type: complaint
    lang: tr
    start_urls: ["${BASE}/list"]
    politeness: {download_delay: 0, autothrottle: false, retries: 0, timeout: 5}
    listing: {items: "css:a.item::attr(href)"}
    detail: {title: "css:h1::text", text: "css:div.body", fields: {brand: "css:span.brand::text"}}
"""


def page(body: str, title: str = "Haber", head: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    return ARTICLE.format(t=title, body=paragraphs).replace("<head>", f"<head>{head}")


def mojibake(text: str) -> str:
    """What a CMS stores when it reads UTF-8 as Latin-1/Windows-1252 and saves it again."""
    return text.encode("utf-8").decode("sloppy-windows-1252")


DETAIL = ("<html><body><h1>{t}</h1><span class='brand'>{b}</span><div class='body'><p>{x}</p>"
          "</div></body></html>")


def site_pages() -> dict[str, Page]:
    story = f"{KONKORDATO}\n{FILLER}\n{TRICKY}"
    meta1254 = "<meta charset='windows-1254'>"
    return {
        "/robots.txt": Page(b"", "text/plain"),
        "/a": Page(page(story).encode("utf-8"), LATIN1),
        "/b": Page(page(story, head=meta1254).encode("cp1254"), LATIN1),
        "/c": Page(page(story).encode("cp1254"), "text/html"),
        "/c2": Page(page(story).encode("cp1254"), LATIN1),
        "/d": Page(page(mojibake(story)).encode("utf-8")),
        "/d2": Page(page(story.encode("utf-8").decode("latin-1")).encode("utf-8")),
        "/e": Page(page("".join("\ufffd" if not ch.isascii() else ch for ch in story))
                   .encode("utf-8")),
        "/e2": Page(page(story).encode("ascii", "replace"), "text/html; charset=us-ascii"),
        "/f": Page(page(story).encode("cp1254"), "text/html; charset=windows-1254"),
        "/g": Page(page(story).encode("utf-8")),
        "/list": Page(b"<a class='item' href='/l/1'>1</a><a class='item' href='/l/2'>2</a>"),
        "/l/1": Page(DETAIL.format(t="Şikayet: iade yapılmadı", b="Şekerci Gıda",
                                   x=FILLER).encode("utf-8"), LATIN1),
        "/l/2": Page(DETAIL.format(t=mojibake("Şikayet: ödeme alınmadı"),
                                   b=mojibake("Şekerci Gıda"), x=mojibake(FILLER))
                     .encode("utf-8")),
    }


def radar(database_url: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI in a fresh process (a crawl starts Twisted's reactor, once per process)."""
    cmd = [sys.executable, "-m", "radar.cli", "-q", "--db", database_url,
           "--data-dir", str(tmp_path / "data"), *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180, cwd=ROOT)


def test_bad_encodings_are_decoded_repaired_or_flagged(tmp_path: Path, database_url: str) -> None:
    pages = site_pages()
    feed_paths = ["/a", "/b", "/c", "/c2", "/d", "/d2", "/e", "/e2", "/f", "/g"]
    sources = write_sources(tmp_path / "s.yml", SOURCES)
    with SiteServer(pages) as site:
        pages["/rss.xml"] = Page(rss(site.url, feed_paths), "application/rss+xml")
        result = radar(database_url, tmp_path, "crawl", "--sources", str(sources),
                       "--var", f"BASE={site.url}")
    assert result.returncode == 0, result.stderr

    sessions = connect(database_url)
    with session_scope(sessions) as session:
        docs = {d.canonical_url.split("/", 3)[-1]: d
                for d in session.scalars(select(Document))}
    assert set(docs) == {p.lstrip("/") for p in feed_paths} | {"l/1", "l/2"}

    for name in ("a", "b", "c", "c2", "d", "d2", "f", "g"):
        doc = docs[name]
        assert KONKORDATO in doc.text and FILLER in doc.text and TRICKY in doc.text, name
        assert not doc.garbled and "garbled" not in doc.flags, name
    # Decoded right in the first place: nothing for ftfy to do.
    assert all("mojibake_repaired" not in docs[n].flags for n in ("a", "b", "c", "c2", "f", "g"))
    # (d), (d2) were broken before they were served: ftfy undid it, and that is on record.
    assert docs["d"].flags["mojibake_repaired"] > 20
    assert docs["d2"].flags["mojibake_repaired"] > 20
    # (e), (e2): letters are gone; the text is kept as served and flagged.
    for name, lost in (("e", "\ufffd"), ("e2", "?")):
        doc = docs[name]
        assert doc.garbled and doc.flags["garbled"]["share"] >= 0.01, name
        assert lost in doc.text and "Kayseri" in doc.text, name
    # Listing pages: selectors, titles and fields see the same decoding and repair.
    for name in ("l/1", "l/2"):
        doc = docs[name]
        assert doc.fields["brand"] == "Şekerci Gıda" and FILLER in doc.text, name
        assert not doc.garbled, name
    assert docs["l/1"].title == "Şikayet: iade yapılmadı"
    assert docs["l/2"].title == "Şikayet: ödeme alınmadı"
    assert "mojibake_repaired" in docs["l/2"].flags

    status = radar(database_url, tmp_path, "sources", "status")
    assert status.returncode == 0, status.stderr
    lines = {line.split("\t")[0]: line.split("\t") for line in status.stdout.splitlines()}
    assert "garbled 2" in lines["encodings-feed"]
    assert "garbled 0" in lines["encodings-listing"]

    # The konkordato, once lost to mojibake in (a) and (d), is an event on every readable page.
    processed = radar(database_url, tmp_path, "process", "--no-alerts")
    assert processed.returncode == 0, processed.stderr
    with session_scope(sessions) as session:
        found = {(d.canonical_url.split("/", 3)[-1], e.type, e.company)
                 for e, d in session.execute(select(Event, Document).join(Document))}
    assert any(n == "a" and t == "insolvency" and "Pınarbaşı Mobilya" in c for n, t, c in found)
    assert {n for n, t, _ in found if t == "insolvency"} >= {"a", "b", "c", "c2", "d", "d2"}
