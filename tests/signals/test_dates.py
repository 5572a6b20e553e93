"""Tests for signals.dates: explicit, year-less and relative dates in Turkish and English."""

from __future__ import annotations

import random
from datetime import date

import pytest

from signals.dates import DateSpan, find_dates

REF = date(2025, 6, 10)  # a Tuesday


def one(text: str, reference: date | None = REF, lang: str | None = None) -> DateSpan:
    found = find_dates(text, lang, reference)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("12 Mart 2025", date(2025, 3, 12), "day"),
        ("12 Mart 2025 Perşembe", date(2025, 3, 12), "day"),
        ("12.03.2025", date(2025, 3, 12), "day"),
        ("12/03/2025", date(2025, 3, 12), "day"),
        ("2025-03-12", date(2025, 3, 12), "day"),
        ("Mart 2025", date(2025, 3, 1), "month"),
        ("4 June 2025", date(2025, 6, 4), "day"),
        ("June 4, 2025", date(2025, 6, 4), "day"),
        ("4th of June 2025", date(2025, 6, 4), "day"),
        ("March 2025", date(2025, 3, 1), "month"),
        ("12 MART 2025", date(2025, 3, 12), "day"),
        ("27 Mayis 2025", date(2025, 5, 27), "day"),
        ("3 Ağustos 2024", date(2024, 8, 3), "day"),
        ("9 Mayıs 2025'te", date(2025, 5, 9), "day"),
        ("12 Şub 2025", date(2025, 2, 12), "day"),
        ("05/28/2025", date(2025, 5, 28), "day"),  # month-first only when day-first is impossible
    ],
)
def test_explicit_dates(text: str, expected: date, precision: str) -> None:
    for reference in (REF, None):
        span = one(text, reference)
        assert (span.value, span.precision) == (expected, precision)
        assert span.text == text


@pytest.mark.parametrize(
    ("text", "covered", "expected", "precision"),
    [
        ("The firm said on 4 June that", "4 June", date(2025, 6, 4), "day"),
        ("Şirket 12 Mart'ta açıkladı", "12 Mart'ta", date(2025, 3, 12), "day"),
        ("14 Ekim'den itibaren", "14 Ekim'den", date(2025, 10, 14), "day"),
        ("Nisan ayında imzalandı", "Nisan ayında", date(2025, 4, 1), "month"),
        ("Ocak'tan bu yana", "Ocak'tan", date(2025, 1, 1), "month"),
        ("12 Ekimde", "12 Ekimde", date(2025, 10, 12), "day"),
        ("dün yapılan açıklama", "dün", date(2025, 6, 9), "day"),
        ("announced yesterday", "yesterday", date(2025, 6, 9), "day"),
        ("bugün imzalandı", "bugün", date(2025, 6, 10), "day"),
        ("signed today", "today", date(2025, 6, 10), "day"),
        ("3 gün önce", "3 gün önce", date(2025, 6, 7), "day"),
        ("2 weeks ago", "2 weeks ago", date(2025, 5, 27), "day"),
        ("geçen hafta", "geçen hafta", date(2025, 6, 3), "day"),
        ("geçen ay", "geçen ay", date(2025, 5, 1), "month"),
        ("last year", "last year", date(2024, 1, 1), "year"),
        ("said on Monday", "on Monday", date(2025, 6, 9), "day"),
        ("Cuma günü yapılan", "Cuma günü", date(2025, 6, 6), "day"),
    ],
)
def test_dates_resolved_from_reference(
    text: str, covered: str, expected: date, precision: str
) -> None:
    span = one(text)
    assert (span.text, span.value, span.precision) == (covered, expected, precision)
    assert text[span.start:span.end] == covered
    assert find_dates(text, None, None) == []  # nothing to resolve against


def test_year_less_date_far_ahead_of_reference_is_last_year() -> None:
    assert one("28 Aralık'ta", date(2025, 1, 5)).value == date(2024, 12, 28)
    assert one("28 Aralık'ta", date(2025, 12, 30)).value == date(2025, 12, 28)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2025'in ikinci yarısında", 2025),
        ("hattın 2026'nın ikinci yarısında devreye alınması", 2026),
        ("2024 yılında", 2024),
        ("2027 sonunda", 2027),
        ("in 2026", 2026),
        ("by early 2027", 2027),
        ("mid-2025", 2025),
    ],
)
def test_year_cues_give_year_precision_never_day(text: str, year: int) -> None:
    span = one(text)
    assert (span.value, span.precision) == (date(year, 1, 1), "year")


@pytest.mark.parametrize(
    "text",
    [
        "Pazartesi",
        "Monday",
        "EP 4 218 536",
        "version 1.2.2025",
        "v3.12.2024",
        "fiyat 12.50 TL",
        "2025",
        "2000'li yıllarda",
        "1.250.000 TL",
        "12.500.000",
        "dünya piyasaları",
        "bugüne kadar",
        "this may 2025 change",
        "ocak başında, ekim işleri",
        "yüzde 12,5",
        "32.13.2025",
        "2025-13-45",
        "in March",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, None, REF) == []


def test_spans_sorted_disjoint_and_longest_wins() -> None:
    text = (
        "12 Mart 2025 tarihli belge, 2025-04-01'de onaylandı; yatırım 2026'nın ikinci "
        "yarısında bitecek. Signed on 4 June 2025 and announced on Tuesday."
    )
    found = find_dates(text, "tr", REF)
    assert [d.text for d in found] == [
        "12 Mart 2025", "2025-04-01", "2026'nın", "4 June 2025", "on Tuesday",
    ]
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert all(text[d.start:d.end] == d.text for d in found)


def test_random_text_without_digits_or_cues_has_no_dates() -> None:
    rng = random.Random(42)
    words = ["şirket", "yatırım", "fabrika", "the", "firm", "plant", "ihalesi", "kapasite", "-",
             ".", "/", ",", "ocak", "ekim", "aralık", "may", "march", "sanayi", "bölgesi"]
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 20)))
        assert find_dates(text, None, REF) == [], text


def test_random_mixed_text_gives_valid_sorted_disjoint_spans() -> None:
    rng = random.Random(99)
    pieces = ["12", "3", "2025", "1999", ".", "/", "-", " ", "Mart", "June", "'ta", "ayında",
              "dün", "gün", "önce", "on", "Monday", "Salı", "günü", "in", "yılı", "31", "02"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        found = find_dates(text, None, rng.choice([REF, None]))
        assert all(text[d.start:d.end] == d.text for d in found)
        assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
        assert all(d.precision in ("day", "month", "year") for d in found)
