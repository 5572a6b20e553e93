"""Ambiguous links: resolution, remembered decisions, and refusals."""

from __future__ import annotations

from sqlalchemy import select

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
        # the same mention in the same sentence, however cased, resolves the same way
        again = remembered_decision(session, "DEMİR GRUP", AMBIGUOUS_SENTENCE.upper().replace("I", "İ"))
        assert again is not None and again.client_id == "C6"
        assert remembered_decision(session, "Demir Grup", "Demir Grup ihaleyi kazandı.") is None
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
