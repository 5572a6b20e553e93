"""Ambiguous links: resolution, remembered decisions, and refusals."""

from __future__ import annotations

from sqlalchemy import func, select

from radar.link_memory import context_key, mention_key, remembered_decision
from radar.web.links import UNKNOWN, sentence_around
from radar_core.db.models import EntityLink, Event, LinkDecision
from tests.web.conftest import AMBIGUOUS_SENTENCE, NOW, csrf_of


def test_links_page_lists_candidates_with_context(login, seeded):
    html = login("ana").get("/links").text
    assert "Demir Grup İnşaat A.Ş." in html and "Demir Grup Gıda A.Ş." in html
    assert AMBIGUOUS_SENTENCE in html and "score 0.61" in html
    assert f'action="/links/{seeded.ambiguous_link}"' in html


def test_picking_a_candidate_is_stored_and_remembered(login, seeded, sessions_):
    client = login("ana")
    token = csrf_of(client.get("/links").text)
    response = client.post(f"/links/{seeded.ambiguous_link}", data={"csrf_token": token, "choice": "C6"},
                           follow_redirects=False)
    assert response.status_code == 303
    with sessions_() as session:
        link = session.get(EntityLink, seeded.ambiguous_link)
        assert (link.status, link.client_id, link.features["manual"]["analyst"]) == ("manual", "C6", "ana")
        event = session.scalars(select(Event).where(Event.mention_id == link.mention_id)).one()
        assert (event.client_id, event.firm_key, event.link_status) == ("C6", "C6", "manual")
        decision = session.scalars(select(LinkDecision)).one()
        assert decision.mention_key == "demir grup" and decision.decided_at == NOW
        # the same mention, however cased, resolves the same way in any sentence
        again = remembered_decision(session, "DEMİR GRUP", AMBIGUOUS_SENTENCE.upper().replace("I", "İ"))
        assert again is not None and again.client_id == "C6"
        elsewhere = remembered_decision(session, "Demir Grup", "Demir Grup ihaleyi kazandı.")
        assert elsewhere is not None and elsewhere.client_id == "C6" and decision.context_key == ""
        assert remembered_decision(session, "Demir Yapı", AMBIGUOUS_SENTENCE) is None
    assert "No ambiguous links" in client.get("/links").text
    assert "demir grup" in client.get("/audit").text


def test_marking_unknown_makes_a_prospect(login, seeded, sessions_):
    client = login("ana")
    token = csrf_of(client.get("/links").text)
    client.post(f"/links/{seeded.ambiguous_link}", data={"csrf_token": token, "choice": UNKNOWN})
    with sessions_() as session:
        decision = remembered_decision(session, "Demir Grup", AMBIGUOUS_SENTENCE)
        assert decision is not None and decision.client_id is None
        assert session.get(EntityLink, seeded.ambiguous_link).status == "manual"
    assert "Demir Grup" in client.get("/prospects").text


def test_choice_outside_candidates_or_twice_is_refused(login, seeded):
    client = login("ana")
    token = csrf_of(client.get("/links").text)
    assert client.post(f"/links/{seeded.ambiguous_link}", data={"csrf_token": token, "choice": "C1"}).status_code == 400
    assert client.post(f"/links/{seeded.ambiguous_link}", data={"csrf_token": token, "choice": "C5"}).status_code == 200
    assert client.post(f"/links/{seeded.ambiguous_link}", data={"csrf_token": token, "choice": "C6"}).status_code == 400
    rm = login("ayse")
    rm_token = csrf_of(rm.get("/").text)
    assert rm.post(f"/links/{seeded.ambiguous_link}", data={"csrf_token": rm_token, "choice": "C5"}).status_code == 403


def test_keys_fold_turkish_text():
    assert mention_key("  DEMİR   Grup ") == mention_key("demir grup") == "demir grup"
    assert context_key("Işık Yapı büyüyor.") == context_key("ISIK YAPI  büyüyor.")
    text = "İlk cümle. Demir Grup yatırım yapacak! Son cümle."
    start = text.index("Demir")
    assert sentence_around(text, start, start + 10) == "Demir Grup yatırım yapacak!"


def test_a_decision_kept_to_its_sentence_does_not_travel(login, seeded, sessions_):
    client = login("ana")
    token = csrf_of(client.get("/links").text)
    client.post(f"/links/{seeded.ambiguous_link}",
                data={"csrf_token": token, "choice": "C5", "scope": "sentence"})
    with sessions_() as session:
        decision = session.scalars(select(LinkDecision)).one()
        assert decision.context_key == context_key(AMBIGUOUS_SENTENCE)
        assert remembered_decision(session, "Demir Grup", AMBIGUOUS_SENTENCE).client_id == "C5"
        assert remembered_decision(session, "Demir Grup", "Demir Grup ihaleyi kazandı.") is None
    assert "this sentence only" in client.get("/audit").text


def test_not_this_firm_strikes_a_candidate_and_is_audited(login, seeded, sessions_):
    client = login("ana")
    html = client.get("/links").text
    assert 'name="reject" value="C6"' in html and 'name="reject" value="C5"' in html
    token = csrf_of(html)
    response = client.post(f"/links/{seeded.ambiguous_link}", data={"csrf_token": token, "reject": "C6"},
                           follow_redirects=False)
    assert response.status_code == 303
    html = client.get("/links").text
    assert 'value="C5"' in html and 'value="C6"' not in html  # still open, one candidate left
    with sessions_() as session:
        decision = session.scalars(select(LinkDecision)).one()
        assert (decision.verdict, decision.client_id, decision.context_key) == ("not", "C6", "")
        assert session.get(EntityLink, seeded.ambiguous_link).status == "ambiguous"
    assert "not C6" in client.get("/audit").text
    assert client.post(f"/links/{seeded.ambiguous_link}",
                       data={"csrf_token": token, "reject": "C1"}).status_code == 400
    client.post(f"/links/{seeded.ambiguous_link}", data={"csrf_token": token, "reject": "C5"})
    with sessions_() as session:  # no candidate left: an unknown firm, a prospect
        link = session.get(EntityLink, seeded.ambiguous_link)
        assert (link.status, link.client_id) == ("manual", None)
    assert "Demir Grup" in client.get("/prospects").text


def test_a_waiting_alert_is_shown_with_its_link_and_moves_when_resolved(login, seeded, sessions_):
    from radar_core.db.models import Alert, AlertEvent

    with sessions_() as session:
        link = session.get(EntityLink, seeded.ambiguous_link)
        event = session.scalars(select(Event).where(Event.mention_id == link.mention_id)).one()
        event.firm_key = "review:demir grup"
        alert = Alert(dedupe_key="inv:review:demir grup:1", rule_id="investment_watch", rule_version="1",
                      polarity="opportunity", client_id=None, firm_key="review:demir grup",
                      company="Demir Grup", title="Demir Grup plans a 40M USD plant", score=6.0,
                      severity="high", explanation={}, notify_client_ids=[], created_at=NOW,
                      updated_at=NOW, as_of=NOW)
        session.add(alert)
        session.flush()
        session.add(AlertEvent(alert_id=alert.id, event_id=event.id))
        session.commit()
        alert_id = alert.id
    client = login("ana")
    html = client.get("/links").text
    assert "Waiting for this decision" in html and f'href="/alerts/{alert_id}"' in html
    assert f'/alerts/{seeded.prospect_alert}?' in client.get("/?kind=prospect&status=all").text
    assert f'/alerts/{alert_id}?' not in client.get("/?kind=prospect&status=all").text
    assert f'/alerts/{alert_id}?' in client.get("/?kind=review&status=all").text
    assert "link review" in client.get(f"/alerts/{alert_id}").text
    assert f'/alerts/{alert_id}?' not in login("mehmet").get("/?status=all").text  # not C5's yet
    token = csrf_of(html)
    client.post(f"/links/{seeded.ambiguous_link}", data={"csrf_token": token, "choice": "C5"})
    with sessions_() as session:
        moved = session.get(Alert, alert_id)
        assert (moved.client_id, moved.firm_key, session.scalar(select(func.count(Alert.id)))) == ("C5", "C5", 6)
    assert f'/alerts/{alert_id}?' in login("mehmet").get("/?status=all").text  # C5's RM sees it now
