"""The stored copy of an evidence document: opens from the database, escaped, for its viewers."""

from __future__ import annotations

from sqlalchemy import select

from radar_core.db.models import AlertEvent


def _event_of(sessions_, alert_id: int) -> int:
    with sessions_() as session:
        return int(session.scalars(select(AlertEvent.event_id).where(AlertEvent.alert_id == alert_id)).one())


def test_stored_copy_shows_the_whole_text_with_the_evidence_marked(login, seeded, sessions_):
    event_id = _event_of(sessions_, seeded.ayse_alert)
    html = login("ayse").get(f"/evidence/{event_id}").text
    assert ("Sektörde hareketli günler. <mark id=\"evidence\">Kuzey Tekstil A.Ş. Denizli&#39;deki "
            "fabrikasında kapasite artırımına gidiyor.</mark> Şirket yeni hat için 12 milyon avro ayırdı.") in html
    assert 'href="https://news1.example.com/story/1"' in html  # the original address too
    assert f'href="/alerts/{seeded.ayse_alert}"' in html
    alert_page = login("ana").get(f"/alerts/{seeded.ayse_alert}").text
    assert f'href="/evidence/{event_id}#evidence"' in alert_page


def test_hostile_stored_text_is_escaped_and_its_url_never_linked(login, seeded, sessions_):
    event_id = _event_of(sessions_, seeded.mehmet_alert)
    response = login("ana").get(f"/evidence/{event_id}")
    html = response.text
    assert response.status_code == 200
    assert "<script>window" not in html and "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "<img" not in html and '<mark id="evidence">Ege Kimya hakkında dava açıldı &lt;img src=x' in html
    assert 'href="javascript:' not in html and "javascript:window.__pwned=1" in html  # shown, not linked
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]


def test_only_viewers_of_an_alert_on_it_see_the_evidence(login, seeded, sessions_):
    event_id = _event_of(sessions_, seeded.mehmet_alert)
    assert login("ayse").get(f"/evidence/{event_id}").status_code == 404  # another RM's client
    assert login("mehmet").get(f"/evidence/{event_id}").status_code == 200
    assert login("ana").get("/evidence/999999").status_code == 404
    assert login("ana").get("/evidence/99999999999999999999999").status_code == 404


def test_evidence_needs_a_login(app, seeded, sessions_):
    from fastapi.testclient import TestClient

    event_id = _event_of(sessions_, seeded.ayse_alert)
    response = TestClient(app).get(f"/evidence/{event_id}", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login?next=%2Fevidence")
