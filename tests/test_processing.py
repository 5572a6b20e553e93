"""Processing stores events idempotently and survives a document that breaks the extractor."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select

from radar.processing import firm_key, process_documents, reset_processing
from radar_core.db import session_scope
from radar_core.db.models import Document, EntityLink, Event, Mention
from radar_core.records import Amount, Candidate, DocumentRecord, EventRecord, LinkResult


class KeywordExtractor:
    """Finds 'iflas' (insolvency) for the firm written before it; raises on 'BOOM'."""

    def __init__(self) -> None:
        self.calls = 0

    def extract(self, doc: DocumentRecord) -> list[EventRecord]:
        self.calls += 1
        if "BOOM" in doc.text:
            raise ValueError("extractor crashed")
        out = []
        if "iflas" in doc.text:
            firm = doc.text.split(" iflas")[0]
            link = LinkResult("C1" if firm == "Acme" else None, 0.95 if firm == "Acme" else 0.1,
                              "linked" if firm == "Acme" else "unknown",
                              [Candidate("C1", 0.95)] if firm == "Acme" else [])
            out.append(EventRecord("insolvency", "risk", link.client_id, firm, 0.8, doc.text,
                                   Amount(5e6, "TRY"), date(2025, 6, 1), link=link,
                                   mention_start=0, mention_end=len(firm)))
        return out


def _add_doc(sessions, ext_id: str, text: str, fetched=datetime(2025, 6, 29)) -> None:
    with session_scope(sessions) as s:
        s.add(Document(external_id=ext_id, content_hash=ext_id, fetched=fetched, text=text,
                       url=f"https://x.example/{ext_id}"))


def test_events_mentions_links_are_stored_once(sessions, clock):
    _add_doc(sessions, "a", "Acme iflas etti.")
    _add_doc(sessions, "b", "Beta Ltd. Şti. iflas etti.")
    ex = KeywordExtractor()
    stats = process_documents(sessions, ex, clock)
    assert stats.documents == 2 and stats.events_new == 2
    again = process_documents(sessions, ex, clock)
    assert again.documents == 0 and ex.calls == 2  # nothing left to do
    with session_scope(sessions) as s:
        events = {e.firm_key: e for e in s.scalars(select(Event))}
        assert set(events) == {"C1", "prospect:beta ltd sti"}
        assert events["C1"].amount_value == 5e6 and events["C1"].link_status == "linked"
        assert s.scalar(select(func.count(Mention.id))) == 2
        assert s.scalar(select(func.count(EntityLink.id))) == 2


def test_reprocessing_updates_instead_of_duplicating(sessions, clock):
    _add_doc(sessions, "a", "Acme iflas etti.")
    ex = KeywordExtractor()
    process_documents(sessions, ex, clock)
    reset_processing(sessions)
    stats = process_documents(sessions, ex, clock)
    assert stats.events_new == 0 and stats.events_updated == 1
    with session_scope(sessions) as s:
        assert s.scalar(select(func.count(Event.id))) == 1


def test_event_that_disappears_after_reextraction_is_removed(sessions, clock):
    _add_doc(sessions, "a", "Acme iflas etti.")
    process_documents(sessions, KeywordExtractor(), clock)
    with session_scope(sessions) as s:
        s.scalars(select(Document)).one().text = "Acme yeni fabrika açtı."
    reset_processing(sessions)
    stats = process_documents(sessions, KeywordExtractor(), clock)
    assert stats.events_removed == 1


def test_a_failing_document_stays_queued_and_others_go_on(sessions, clock):
    _add_doc(sessions, "bad", "BOOM")
    _add_doc(sessions, "good", "Acme iflas etti.")
    stats = process_documents(sessions, KeywordExtractor(), clock)
    assert stats.failed == ["bad"] and stats.documents == 1
    with session_scope(sessions) as s:
        pending = s.scalars(select(Document.external_id).where(Document.processed_at.is_(None)))
        assert list(pending) == ["bad"]


def test_as_of_skips_documents_fetched_later(sessions, clock):
    _add_doc(sessions, "old", "Acme iflas etti.", fetched=datetime(2025, 1, 1))
    _add_doc(sessions, "new", "Acme iflas etti.", fetched=datetime(2025, 6, 1))
    stats = process_documents(sessions, KeywordExtractor(), clock, as_of=datetime(2025, 3, 1))
    assert stats.documents == 1


def test_firm_key_folds_prospect_names():
    assert firm_key(None, "ÖZ GIDA Ltd. Şti.") == firm_key(None, "Öz Gıda LTD ŞTİ") == "prospect:oz gida ltd sti"
    assert firm_key("C9", "whatever") == "C9"


def test_analyst_link_decision_is_reused_for_the_same_mention_and_sentence(sessions, clock):
    from radar.link_memory import context_key, mention_key
    from radar_core.db.models import LinkDecision

    _add_doc(sessions, "b", "Beta Ltd. Şti. iflas etti.")
    with session_scope(sessions) as s:
        s.add(LinkDecision(mention_key=mention_key("Beta Ltd. Şti."),
                           context_key=context_key("Beta Ltd. Şti. iflas etti."),
                           client_id="C7", analyst="ayse", decided_at=datetime(2025, 6, 1)))
    process_documents(sessions, KeywordExtractor(), clock)
    with session_scope(sessions) as s:
        event = s.scalars(select(Event)).one()
        assert event.client_id == "C7" and event.firm_key == "C7"
