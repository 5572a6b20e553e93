"""The demo website's HTTP behaviour and the demo register's format."""

from __future__ import annotations

import csv
import urllib.error
import urllib.request
from datetime import date

import pytest

from crawlers.demo_site import serve
from radar.demo_data import CLIENTS_CSV

DAY = date(2025, 6, 30)


def get(url: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), b""


@pytest.fixture(scope="module")
def site():
    with serve(today=DAY) as server:
        yield server


def test_conditional_requests_get_304(site) -> None:
    status, headers, body = get(site.url + "/haber/rss.xml")
    assert status == 200 and headers["ETag"] and headers["Last-Modified"]
    assert get(site.url + "/haber/rss.xml", **{"If-None-Match": headers["ETag"]})[0] == 304
    assert get(site.url + "/haber/rss.xml",
               **{"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    assert get(site.url + "/haber/rss.xml", **{"If-None-Match": '"other"'})[0] == 200
    assert get(site.url + "/yok-boyle-sayfa")[0] == 404


def test_dates_are_relative_to_the_serving_day(site) -> None:
    _, _, body = get(site.url + "/haber/rss.xml")
    feed = body.decode()
    assert "Jun 2025" in feed and "+0300" in feed
    _, _, page = get(site.url + "/sikayet/")
    assert "dün" in page.decode() and "gün önce" in page.decode()


def test_windows_1254_page_and_escaped_hostile_title(site) -> None:
    status, headers, body = get(site.url + "/sanayi/pinarbasi-mobilya-konkordato-ilan")
    assert headers["Content-Type"] == "text/html; charset=windows-1254"
    text = body.decode("cp1254")
    assert "Pınarbaşı" in text and "İsmail Ağırbaş" in text
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    _, _, hostile = get(site.url + "/sanayi/altintas-kablo-ihracat-sozlesmesi")
    assert b"<script>alert(1)" not in hostile and b"&lt;script&gt;alert(1)" in hostile
    assert b"<img src=x" not in hostile


def test_robots_and_document_count(site) -> None:
    _, _, robots = get(site.url + "/robots.txt")
    assert b"Disallow: /yonetim/" in robots
    pages = [p for p in site.paths if p.startswith(("/haber/", "/sanayi/", "/ihale/ilan/"))
             or (p.startswith("/sikayet/") and "/sayfa/" not in p)]
    pages = [p for p in pages if not p.endswith(("/", ".xml"))]
    _, _, table = get(site.url + "/tesvik/belgeler.csv")
    rows = len(table.decode().strip().splitlines()) - 1
    assert 25 <= len(pages) + rows <= 35


def _vkn_ok(vkn: str) -> bool:
    """The public check-digit algorithm of Turkish tax numbers (VKN)."""
    total = 0
    for i in range(9):
        tmp = (int(vkn[i]) + 10 - (i + 1)) % 10
        total += 9 if tmp == 9 else (tmp * 2 ** (10 - (i + 1))) % 9
    return (10 - total % 10) % 10 == int(vkn[9])


def test_demo_register_format() -> None:
    with open(CLIENTS_CSV, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == ["client_id", "legal_name", "aliases", "tax_id", "city",
                                     "sector", "rm_email", "parent_id", "segment"]
        rows = list(reader)
    assert 45 <= len(rows) <= 60
    ids = {r["client_id"] for r in rows}
    assert len(ids) == len(rows) and all(i.startswith("D") for i in ids)
    assert all(len(r["tax_id"]) == 10 and _vkn_ok(r["tax_id"]) for r in rows)
    assert len({r["tax_id"] for r in rows}) == len(rows)
    parents = {r["parent_id"] for r in rows if r["parent_id"]}
    assert len(parents) >= 2 and parents <= ids
    assert 4 <= len({r["rm_email"] for r in rows}) <= 5
    assert all(r["rm_email"].endswith("@bank.example") for r in rows)
    assert all(r["aliases"] for r in rows)
