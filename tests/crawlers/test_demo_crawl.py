"""End-to-end: crawl the demo website through real Scrapy, twice."""

from __future__ import annotations

from pathlib import Path

from crawlers.demo_site import serve
from crawlers.sources import default_sources_path
from tests.crawlers.conftest import crawl, documents


def test_demo_site_crawl_stores_documents_then_nothing_new(tmp_path: Path, demo_site) -> None:
    sources = tmp_path / "demo.yml"
    sources.write_text((default_sources_path() / "demo.yml").read_text(encoding="utf-8")
                       .replace("${DEMO_URL}", "${BASE}"), encoding="utf-8")
    first = crawl(tmp_path, sources, demo_site.url)
    assert first.returncode == 0, first.stderr
    docs = documents(tmp_path)
    assert 25 <= len(docs) <= 40
    by_source = {d.source for d in docs}
    assert by_source == {"demo-ekonomi-postasi", "demo-sanayi-gundemi", "demo-ihale-ilanlari",
                         "demo-sikayet-masasi", "demo-tesvik-belgeleri"}
    # Tracking parameters are not part of a document's identity.
    assert not any("utm_" in (d.canonical_url or "") for d in docs)
    # windows-1254 page decoded correctly.
    konk = next(d for d in docs if "konkordato" in d.canonical_url)
    assert "Pınarbaşı Mobilya" in konk.text and "İsmail Ağırbaş" in konk.text
    # Hostile markup is kept as literal text, not lost or executed.
    hostile = next(d for d in docs if "altintas" in d.canonical_url)
    assert "<script>alert(1)</script>" in hostile.title
    assert "<img src=x onerror=alert(1)>" in hostile.text
    # Boilerplate (cookie banner, ads, footer) is not in the main text.
    assert all("Çerez" not in d.text and "REKLAM" not in d.text for d in docs)
    # Complaints keep the brand; dates come from feeds or pages, never the fetch time.
    complaints = [d for d in docs if d.source_type == "complaint"]
    assert sum(d.fields.get("brand") == "Evsana" for d in complaints) >= 4
    assert all(d.published_from in {"feed", "page"} for d in docs)
    assert all(d.lang == "tr" for d in docs)
    # The syndicated story is grouped with the original.
    kurucay = [d for d in docs if "kurucay" in d.canonical_url]
    assert len(kurucay) == 2 and kurucay[0].story_id == kurucay[1].story_id
    others = {d.story_id for d in docs if "kurucay" not in d.canonical_url}
    assert kurucay[0].story_id not in others

    served_before = sum(demo_site.requests.statuses.values())
    second = crawl(tmp_path, sources, demo_site.url)
    assert second.returncode == 0, second.stderr
    assert "total: new 0  changed 0  unchanged " in second.stdout
    assert len(documents(tmp_path)) == len(docs)
    # The re-crawl revalidated with ETag/Last-Modified and got 304s.
    assert demo_site.requests.statuses[304] >= sum(demo_site.requests.statuses.values()) \
        - served_before - 1

    # A later demo on another port keeps the documents' identities (canonical_base).
    with serve() as other:
        third = crawl(tmp_path, sources, other.url)
    assert third.returncode == 0, third.stderr
    assert "total: new 0  changed 0  unchanged " in third.stdout
    assert len(documents(tmp_path)) == len(docs)
