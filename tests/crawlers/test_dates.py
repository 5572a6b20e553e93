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
