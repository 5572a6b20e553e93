"""The JSON API: basic auth or cookie + CSRF header, same permissions as the pages."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web.conftest import PASSWORD, csrf_of


def test_api_needs_credentials(app):
    client = TestClient(app)
    response = client.get("/api/alerts")
    assert response.status_code == 401 and response.headers["www-authenticate"].startswith("Basic")
    assert client.get("/api/alerts", auth=("ana", "wrong-password")).status_code == 401


def test_api_lists_with_filters_and_rm_scope(app, seeded):
    client = TestClient(app)
    everything = client.get("/api/alerts", auth=("ana", PASSWORD)).json()
    assert everything["total"] == 4
    risk = client.get("/api/alerts", params={"polarity": "risk"}, auth=("ana", PASSWORD)).json()
    assert [a["id"] for a in risk["alerts"]] == [seeded.mehmet_alert]
    mine = client.get("/api/alerts", params={"status": "all"}, auth=("ayse", PASSWORD)).json()
    assert {a["id"] for a in mine["alerts"]} == {seeded.ayse_alert, seeded.group_alert, seeded.old_alert}


def test_api_detail_and_rm_isolation(app, seeded):
    client = TestClient(app)
    detail = client.get(f"/api/alerts/{seeded.ayse_alert}", auth=("ayse", PASSWORD)).json()
    assert detail["explanation"]["rule"]["id"] == "capacity_watch" and detail["reviews"] == []
    assert detail["scoring_version"] is None  # seeded outside the engine
    assert client.get(f"/api/alerts/{seeded.mehmet_alert}", auth=("ayse", PASSWORD)).status_code == 404
    assert client.post(f"/api/alerts/{seeded.mehmet_alert}/decision", json={"decision": "accept"},
                       auth=("ayse", PASSWORD)).status_code == 404


def test_api_decision_with_basic_auth(app, seeded):
    client = TestClient(app)
    bad = client.post(f"/api/alerts/{seeded.ayse_alert}/decision", json={"decision": "reject"}, auth=("ana", PASSWORD))
    assert bad.status_code == 422
    unknown = client.post(f"/api/alerts/{seeded.ayse_alert}/decision", json={"decision": "reject", "reason": "meh"},
                          auth=("ana", PASSWORD))
    assert unknown.status_code == 422
    ok = client.post(f"/api/alerts/{seeded.ayse_alert}/decision",
                     json={"decision": "reject", "reason": "duplicate", "note": "same as #1"}, auth=("ana", PASSWORD))
    assert ok.status_code == 200
    body = ok.json()
    assert body["status"] == "rejected"
    review = body["reviews"][0]
    assert (review["decision"], review["reason"], review["analyst"], review["note"]) == (
        "reject", "duplicate", "ana", "same as #1")


def test_api_with_session_cookie_needs_csrf_header_on_writes(login, seeded):
    client = login("ana")
    assert client.get("/api/alerts").status_code == 200
    url = f"/api/alerts/{seeded.group_alert}/decision"
    assert client.post(url, json={"decision": "accept"}).status_code == 403
    token = csrf_of(client.get("/").text)
    response = client.post(url, json={"decision": "accept"}, headers={"X-CSRF-Token": token})
    assert response.status_code == 200 and response.json()["status"] == "accepted"


def test_openapi_document_describes_the_api(app):
    spec = TestClient(app).get("/openapi.json").json()
    assert {"/api/alerts", "/api/alerts/{alert_id}", "/api/alerts/{alert_id}/decision"} <= set(spec["paths"])


def test_api_cursor_paging_and_bad_cursor(app, sessions_, seeded):
    from datetime import timedelta

    from radar_core.db.models import Alert
    from tests.web.conftest import NOW

    with sessions_() as session:
        for n in range(130):
            session.add(Alert(dedupe_key=f"api{n}", rule_id="bulk", rule_version="1", polarity="risk",
                              client_id="C2", firm_key="C2", company="Ege", title=f"api {n}", score=float(n % 5),
                              severity="medium", created_at=NOW - timedelta(minutes=n % 7), updated_at=NOW,
                              as_of=NOW))
        session.commit()
    client = TestClient(app)
    first = client.get("/api/alerts", params={"rule": "bulk"}, auth=("mehmet", PASSWORD)).json()
    assert (first["total"], first["pages"], len(first["alerts"])) == (130, 2, 100)
    assert first["prev_cursor"] is None and first["next_cursor"]
    second = client.get("/api/alerts", params={"rule": "bulk", "after": first["next_cursor"]},
                        auth=("mehmet", PASSWORD)).json()
    ids = [a["id"] for a in first["alerts"] + second["alerts"]]
    assert len(ids) == len(set(ids)) == 130 and second["next_cursor"] is None
    legacy = client.get("/api/alerts", params={"rule": "bulk", "page": 2}, auth=("mehmet", PASSWORD)).json()
    assert [a["id"] for a in legacy["alerts"]] == [a["id"] for a in second["alerts"]]
    # ayse's view holds none of them, cursor or not
    hers = client.get("/api/alerts", params={"rule": "bulk", "after": first["next_cursor"]},
                      auth=("ayse", PASSWORD)).json()
    assert hers["alerts"] == [] and hers["total"] == 0
    bad = client.get("/api/alerts", params={"after": "e30"}, auth=("ana", PASSWORD))
    assert bad.status_code == 422 and "cursor" in bad.text
