"""Turkish first, English by choice: the review queue's pages in the reader's language.

The seeded users read English (set in conftest); these tests switch them to Turkish with
the header's language form, the way a user does, and check the pages, the times (Istanbul,
labelled) and the numbers (decimal comma, dotted thousands).
"""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy import select

from radar_core.db import session_scope
from radar_core.db.models import Alert, User
from tests.web.conftest import HOSTILE_TITLE, csrf_of

TEXTS = {
    "tr": {"title": "Kapasite artırımı: Kuzey Tekstil A.Ş.", "description": "Müşteride kapasite artışı.",
           "why": "Kuzey Tekstil A.Ş.: 27.06.2025 tarihinde kapasite artırımı (12.000.000 EUR); "
                  "haber veren: 2 kaynak (news1, news2)."},
    "en": {"title": "Capacity expansion: Kuzey Tekstil A.Ş.", "description": "Capacity growth at a client",
           "why": "Kuzey Tekstil A.Ş.: capacity expansion (12,000,000 EUR) on 2025-06-27, "
                  "reported by 2 sources (news1, news2)."},
}


def _switch(client: TestClient, language: str, next_path: str = "/") -> None:
    token = csrf_of(client.get(next_path).text)
    response = client.post("/language", data={"language": language, "csrf_token": token,
                                              "next": next_path}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == next_path


def _bilingual(sessions, alert_id: int) -> None:
    with session_scope(sessions) as session:
        alert = session.get(Alert, alert_id)
        alert.explanation = {**alert.explanation, "texts": TEXTS}


def test_queue_in_turkish_with_istanbul_times_and_decimal_commas(login, seeded):
    client = login("ana")
    _switch(client, "tr")
    html = client.get("/").text
    assert '<html lang="tr">' in html
    for words in ("4 uyarı · yeni", "Kuyruk", "Tuşlar:", "Çıkış yap", "Kabul et", "Reddet",
                  "Yanlış firma", ">kritik<", ">yüksek<", ">fırsat<", ">potansiyel<",
                  "30.06.2025 12:00 TSİ"):  # created 09:00 UTC
        assert words in html, words
    assert re.search(r'<td class="num">7,2</td>', html)
    for english in ("Log out", "Accept", "Keys:", "Wrong firm", "4 alerts", "Istanbul time"):
        assert english not in html, english
    assert "<script>window.__pwned" not in html and "&lt;script&gt;" in html  # still escaped
    _switch(client, "en")
    html = client.get("/").text
    assert '<html lang="en">' in html and "4 alerts" in html and "Log out" in html
    assert "2025-06-30 12:00 Istanbul time" in html and '<td class="num">7.2</td>' in html


def test_alert_page_shows_the_alerts_texts_in_the_readers_language(login, seeded, sessions_):
    _bilingual(sessions_, seeded.ayse_alert)
    client = login("ayse")
    _switch(client, "tr")
    html = client.get(f"/alerts/{seeded.ayse_alert}").text
    for words in (TEXTS["tr"]["title"], TEXTS["tr"]["why"], TEXTS["tr"]["description"],
                  "12.000.000 EUR", "Kanıt (1 olay)", "Bileşen", "Ağırlık", "Toplam",
                  "olay tarihi 27.06.2025", "güven 0,90", "Kapasite artırımı"):
        assert words in html, words
    assert TEXTS["en"]["why"] not in html and "Evidence" not in html
    _switch(client, "en", f"/alerts/{seeded.ayse_alert}")
    html = client.get(f"/alerts/{seeded.ayse_alert}").text
    for words in (TEXTS["en"]["title"], TEXTS["en"]["why"], "12,000,000 EUR", "Evidence (1 event)",
                  "event 2025-06-27", "confidence 0.90", "Capacity expansion"):
        assert words in html, words
    assert TEXTS["tr"]["why"] not in html
    # the queue lists the title in the reader's language too
    assert TEXTS["en"]["title"] in client.get("/").text


def test_the_language_choice_is_stored_checked_and_outlives_the_session(login, app, sessions_):
    client = login("mehmet")
    token = csrf_of(client.get("/").text)
    assert client.post("/language", data={"language": "de", "csrf_token": token}).status_code == 400
    assert client.post("/language", data={"language": "tr"}).status_code == 403  # no CSRF token
    _switch(client, "tr")
    with session_scope(sessions_) as session:
        assert session.scalars(select(User.language).where(User.username == "mehmet")).one() == "tr"
    assert '<html lang="tr">' in client.get("/").text
    # After logging out, the login page keeps speaking the last user's language.
    _switch(client, "en")
    token = csrf_of(client.get("/").text)
    client.post("/logout", data={"csrf_token": token})
    after = client.get("/login").text
    assert '<html lang="en">' in after and "Username" in after
    assert client.get("/").url.path == "/login"  # logged out all the same
    # A stranger's browser gets Turkish, the default.
    stranger = TestClient(app).get("/login").text
    assert '<html lang="tr">' in stranger and "Kullanıcı adı" in stranger


def test_admin_adds_an_english_user_and_error_pages_follow_the_reader(login, sessions_):
    client = login("root")
    html = client.get("/users").text
    assert '<option value="en">English</option>' in html
    token = csrf_of(html)
    response = client.post("/users", data={"username": "john", "password": "long-enough-pw",
                                           "role": "analyst", "language": "en", "csrf_token": token},
                           follow_redirects=False)
    assert response.status_code == 303
    with session_scope(sessions_) as session:
        assert session.scalars(select(User.language).where(User.username == "john")).one() == "en"
    bad = client.post("/users", data={"username": "bad", "password": "long-enough-pw",
                                      "role": "analyst", "language": "xx", "csrf_token": token})
    assert bad.status_code == 400 and "language: must be one of tr, en" in bad.text
    _switch(client, "tr")
    missing = client.get("/alerts/999999")
    assert missing.status_code == 404 and "404 · Bulunamadı" in missing.text
    assert "Kullanıcılar" in client.get("/users").text and HOSTILE_TITLE not in client.get("/users").text


def test_score_formula_in_words_of_the_reader() -> None:
    from radar.web.texts import formula_text
    from rules.scoring import Component, combine

    _total, formula = combine([Component("rule_weight", 3.0, 1.0), Component("confidence", 0.9, 0.5),
                               Component("recency", 1.0, 1.0), Component("corroboration", 1.5, 1.0)])
    assert formula_text(formula, "en") == (
        "score = 100 x rule weight x confidence^0.5 x recency x corroboration; "
        "100 x 3.00 x 0.90^0.5 x 1.00 x 1.50 = 426.9 (capped at 100)")
    assert formula_text(formula, "tr") == (
        "skor = 100 x kural ağırlığı x güven^0,5 x güncellik x teyit; "
        "100 x 3,00 x 0,90^0,5 x 1,00 x 1,50 = 426,9 (100 ile sınırlandı)")
    assert formula_text("sum(value × weight)", "tr") == "sum(value × weight)"  # another shape: as it is


def test_login_page_follows_the_browser_until_someone_chooses(app, login) -> None:
    from radar.web.texts import browser_language

    assert browser_language("en-GB,en;q=0.9,tr;q=0.8") == "en"
    assert browser_language("de-DE,de;q=0.9,tr;q=0.7,en;q=0.5") == "tr"
    assert browser_language("tr;q=0.5, en;q=0.8") == "en"
    assert browser_language("de, fr") is None and browser_language(None) is None
    assert browser_language("en;q=0, tr") == "tr"
    english = TestClient(app, headers={"Accept-Language": "en-US,en;q=0.9"}).get("/login").text
    assert '<html lang="en">' in english and "Log in" in english
    turkish = TestClient(app, headers={"Accept-Language": "tr-TR,tr;q=0.9,en;q=0.5"}).get("/login").text
    assert '<html lang="tr">' in turkish and "Giriş yap" in turkish
    assert '<html lang="tr">' in TestClient(app, headers={"Accept-Language": "de"}).get("/login").text
    assert '<html lang="tr">' in TestClient(app).get("/login").text  # no header: Turkish
    # A user's choice, once known (kept in the session after logging out), wins over the browser.
    client = login("ana")  # reads English
    client.headers["Accept-Language"] = "tr-TR"
    _switch(client, "en")
    token = csrf_of(client.get("/").text)
    client.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert '<html lang="en">' in client.get("/login").text
