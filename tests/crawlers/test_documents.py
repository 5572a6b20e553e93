"""Canonical URLs, content hashes, thin-text flags and story grouping (no network)."""

from __future__ import annotations

from crawlers.documents import canonical_url, content_hash, rebase, thin_text_flag
from crawlers.pipeline import StoryIndex, is_broken

STORY = ("Kuzey Tekstil Denizli'deki fabrikasına yeni bir dokuma hattı kurarak üretim "
         "kapasitesini yüzde otuz artıracağını açıkladı. Yatırım tutarı 200 milyon TL olarak "
         "belirlendi ve hattın gelecek yıl devreye girmesi planlanıyor. Şirket genel müdürü "
         "ihracat siparişlerinin arttığını söyledi.")


def test_canonical_url_drops_tracking_and_fragments() -> None:
    assert canonical_url("http://a.test/h?b=2&utm_source=rss&a=1#top") == "http://a.test/h?a=1&b=2"
    assert rebase("http://127.0.0.1:5/x?a=1", "http://demo.test") == "http://demo.test/x?a=1"
    assert rebase("http://127.0.0.1:5/x", None) == "http://127.0.0.1:5/x"


def test_content_hash_ignores_whitespace_but_not_words() -> None:
    assert content_hash("T", "bir  iki\n\n\nüç") == content_hash("T", "bir iki\n\nüç")
    assert content_hash("T", "bir iki") != content_hash("T", "bir üç")
    assert content_hash("T", "x", {"brand": "A"}) != content_hash("T", "x", {"brand": "B"})


def test_thin_text_flag() -> None:
    assert thin_text_flag("kısa", 5000) is not None
    assert thin_text_flag("uzun metin " * 100, 200_000) is not None
    assert thin_text_flag("uzun metin " * 100, 20_000) is None


def test_story_index_groups_near_duplicates_only() -> None:
    index = StoryIndex()
    first = index.add("a", STORY)
    reworded = STORY.replace("açıkladı", "duyurdu").replace("planlanıyor", "hedefleniyor")
    assert index.add("b", reworded) == first
    other = index.add("c", "Merkez Bankası politika faizini sabit tuttu; piyasalar kararı "
                           "olumlu karşıladı ve borsa günü yükselişle kapattı.")
    assert other == "c" != first


def test_broken_rules() -> None:
    assert is_broken({"new": 0, "errors": {}}) == "no documents"
    assert is_broken({"unchanged": 3, "errors": {"http_5xx": 4}}).startswith("mostly errors")
    assert is_broken({"new": 3, "errors": {"http_404": 1}}) is None
