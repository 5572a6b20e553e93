"""Turkish dates in text, relative ages, feed timestamps."""

from datetime import datetime

from crawlers.dates import parse_feed_date, parse_text_date

FETCHED = datetime(2026, 3, 20, 15, 30)


def test_turkish_long_relative_and_numeric_dates() -> None:
    assert parse_text_date("12 Mart 2021 Perşembe", FETCHED) == datetime(2021, 3, 12)
    assert parse_text_date("3 gün önce", FETCHED) == datetime(2026, 3, 17)
    assert parse_text_date("dün", FETCHED) == datetime(2026, 3, 19)
    assert parse_text_date("İlan tarihi: 05.02.2026 10:00", FETCHED) == datetime(2026, 2, 5, 10)
    assert parse_text_date("tarih yok", FETCHED) is None


def test_feed_dates_become_naive_utc() -> None:
    assert parse_feed_date("Mon, 02 Mar 2026 10:00:00 +0300") == datetime(2026, 3, 2, 7)
    assert parse_feed_date("2026-03-02T10:00:00+03:00") == datetime(2026, 3, 2, 7)


def test_forms_the_patterns_miss_go_to_dateparser_strictly() -> None:
    # ordinal day and a.m./p.m. time: not in the patterns, read by dateparser
    assert parse_text_date("Dec. 3rd, 2024 at 9:15am", FETCHED) == datetime(2024, 12, 3, 9, 15)
    # a month and year alone is not a publication date
    assert parse_text_date("Aralık 2024", FETCHED) is None
    # long prose is never handed to the loose parser
    assert parse_text_date("Bu haber " + "uzun bir metin " * 10, FETCHED) is None


def test_turkish_month_abbreviations_come_from_the_shared_table() -> None:
    assert parse_text_date("3 Ara 2024", FETCHED) == datetime(2024, 12, 3)
    assert parse_text_date("14 Şub 2025 09:30", FETCHED) == datetime(2025, 2, 14, 9, 30)
