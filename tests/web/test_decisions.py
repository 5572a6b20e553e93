"""Decisions: Review rows, alert status, reasons and the audit log."""

from __future__ import annotations

from sqlalchemy import select

from radar.web.decisions import DecisionError, record_decision
from radar_core.db.models import Alert, Review
from tests.web.conftest import NOW, csrf_of


def _decide(client, alert_id, **data):
    token = csrf_of(client.get(f"/alerts/{alert_id}").text)
    return client.post(f"/alerts/{alert_id}/decision", data={"csrf_token": token, **data}, follow_redirects=False)


def test_reject_with_reason_is_stored_and_audited(login, seeded, sessions_):
    client = login("ana")
    response = _decide(client, seeded.ayse_alert, decision="reject", reason="old_news", next="/?polarity=risk")
    assert response.status_code == 303 and response.headers["location"] == "/?polarity=risk"
    with sessions_() as session:
        alert = session.get(Alert, seeded.ayse_alert)
        review = session.scalars(select(Review).where(Review.alert_id == alert.id)).one()
    assert alert.status == "rejected" and alert.updated_at == NOW
    assert (review.decision, review.reason, review.analyst, review.created_at) == ("reject", "old_news", "ana", NOW)
    audit = client.get("/audit").text
    assert "Old news" in audit and f"#{seeded.ayse_alert} Kuzey Tekstil" in audit
    # the queue of new alerts no longer lists it
    assert f'data-id="{seeded.ayse_alert}"' not in client.get("/").text


def test_accept_and_forward_set_status_and_ignore_reason_list(login, seeded, sessions_):
    client = login("ana")
    assert _decide(client, seeded.prospect_alert, decision="forward", reason="").status_code == 303
    assert _decide(client, seeded.group_alert, decision="accept", reason="duplicate").status_code == 303
    with sessions_() as session:
        assert session.get(Alert, seeded.prospect_alert).status == "forwarded"
        assert session.get(Alert, seeded.group_alert).status == "accepted"
        reasons = set(session.scalars(select(Review.reason)))
    assert reasons == {None}


def test_reject_without_reason_or_unknown_decision_is_refused(login, seeded, sessions_):
    client = login("ana")
    assert _decide(client, seeded.ayse_alert, decision="reject").status_code == 400
    assert _decide(client, seeded.ayse_alert, decision="reject", reason="because").status_code == 400
    assert _decide(client, seeded.ayse_alert, decision="delete").status_code == 400
    with sessions_() as session:
        assert session.get(Alert, seeded.ayse_alert).status == "new"
        assert session.scalars(select(Review)).first() is None


def test_rm_can_decide_own_alert_but_not_anothers(login, seeded):
    ayse = login("ayse")
    assert _decide(ayse, seeded.ayse_alert, decision="accept").status_code == 303
    token = csrf_of(ayse.get("/").text)
    response = ayse.post(f"/alerts/{seeded.mehmet_alert}/decision", data={"csrf_token": token, "decision": "accept"})
    assert response.status_code == 404


def test_record_decision_keeps_history(sessions_, seeded):
    with sessions_() as session:
        alert = session.get(Alert, seeded.ayse_alert)
        record_decision(session, alert, "accept", "ana", NOW)
        record_decision(session, alert, "reject", "ana", NOW, reason="wrong_firm", note="  other Kuzey  ")
        assert alert.status == "rejected"
        notes = [r.note for r in session.scalars(select(Review).order_by(Review.id))]
        assert notes == [None, "other Kuzey"]
        try:
            record_decision(session, alert, "accept", "ana", NOW, reason="old_news")
        except DecisionError as exc:
            assert "only a rejection" in str(exc)
        else:
            raise AssertionError("a reason on accept must be refused")
