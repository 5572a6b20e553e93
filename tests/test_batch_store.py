"""A batch is stored in a few statements, whatever its size, with the promises of one
document at a time: idempotent, one event per (document, type, firm), an analyst's manual
link kept, events an alert rests on marked stale instead of deleted, a bad record failing
only its document, and analysts' decisions applied with the sentence's own first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from radar.link_memory import NOT, LinkMemory, remember, remembered
from radar.processing import process_documents, reset_processing
from radar_core.db import session_scope
from radar_core.db.models import Alert, AlertEvent, Document, EntityLink, Event, Mention
from radar_core.records import Amount, Candidate, DocumentRecord, EventRecord, LinkResult

NOW = datetime(2025, 6, 30, 9, 0)


class CueExtractor:
    """Finds 'iflas' (insolvency) and 'yatırım' (investment) for the firm that opens the text.

    "Acme" links to C1, "Demir Grup" is ambiguous between C5 and C6, any other firm is
    unknown. "BOOM" makes extraction raise; "BAD" gives a record that cannot be stored,
    "HUGE" one the database itself rejects (a mention end beyond any integer column).
    """

    def extract(self, doc: DocumentRecord) -> list[EventRecord]:
        if "BOOM" in doc.text:
            raise ValueError("extractor crashed")
        firm = doc.text.split(" ")[0] if not doc.text.startswith("Demir Grup") else "Demir Grup"
        if firm == "Acme":
            link = LinkResult("C1", 0.95, "linked", [Candidate("C1", 0.95)], {"name": 1.0})
        elif firm == "Demir Grup":
            link = LinkResult(None, 0.6, "ambiguous", [Candidate("C5", 0.6), Candidate("C6", 0.58)])
        else:
            link = LinkResult(None, 0.1, "unknown", [])
        out = []
        for cue, kind, polarity in (("iflas", "insolvency", "risk"), ("yatırım", "investment", "opportunity")):
            for _ in range(doc.text.count(cue)):  # one record per occurrence, as extractors do
                out.append(EventRecord(kind, polarity, link.client_id, firm, 0.8, doc.text,
                                       Amount(5e6, "TRY"), date(2025, 6, 1), link=link,
                                       mention_start=0, mention_end=len(firm), cue=cue))
        if "BAD" in doc.text and out:
            out[0].confidence = None  # type: ignore[assignment] - what a broken stage might give
        if "HUGE" in doc.text and out:
            out[0].mention_end = 2**63
        return out


def _add(sessions: sessionmaker[Session], *texts: str, prefix: str = "d") -> list[int]:
    with session_scope(sessions) as s:
        docs = [Document(external_id=f"{prefix}{n}", content_hash=f"{prefix}{n}", text=text,
                         fetched=NOW - timedelta(hours=1), url=f"https://x.example/{prefix}{n}")
                for n, text in enumerate(texts)]
        s.add_all(docs)
        s.flush()
        return [d.id for d in docs]


@contextmanager
def _statements(sessions: sessionmaker[Session]) -> Iterator[Counter[str]]:
    """Count the SQL statements sent (executemany counts once), by their first word."""
    seen: Counter[str] = Counter()

    def count(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        seen[statement.split(None, 1)[0].upper()] += 1

    engine = sessions.kw["bind"]
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


def _stored(sessions: sessionmaker[Session]) -> dict[str, object]:
    """Every stored event, mention and link, as comparable values."""
    with session_scope(sessions) as s:
        events = sorted((e.id, e.document_id, e.mention_id, e.type, e.firm_key, e.client_id,
                         e.link_status, e.confidence, repr(sorted(e.details.items())))
                        for e in s.scalars(select(Event)))
        mentions = sorted((m.id, m.document_id, m.start, m.end, m.text, m.kind)
                          for m in s.scalars(select(Mention)))
        links = sorted((k.id, k.mention_id, k.client_id, k.status, repr(k.candidates))
                       for k in s.scalars(select(EntityLink)))
    return {"events": events, "mentions": mentions, "links": links}


def test_a_batch_takes_the_same_few_statements_whatever_its_size(sessions, clock):
    counts = {}
    for size in (4, 40):
        ids = _add(sessions, *[f"Firm{n} iflas etti ve yatırım yapacak." for n in range(size)],
                   prefix=f"s{size}-")
        with _statements(sessions) as first:
            stats = process_documents(sessions, CueExtractor(), clock, batch_size=100)
        assert (stats.documents, stats.events_new, stats.mentions) == (size, 2 * size, 2 * size)
        reset_processing(sessions, ids)
        with _statements(sessions) as again:  # the update path: every event is there already
            stats = process_documents(sessions, CueExtractor(), clock, batch_size=100)
        assert (stats.documents, stats.events_updated, stats.events_new) == (size, 2 * size, 0)
        counts[size] = (sum(first.values()), sum(again.values()))
    # one document at a time was about five statements per document and a savepoint
    assert counts[4] == counts[40], counts
    assert counts[40][0] <= 15, counts


def test_running_a_batch_again_changes_nothing(sessions, clock):
    _add(sessions, "Acme iflas etti.", "Beta iflas etti ve yatırım yapacak.", "Demir Grup yatırım yapacak.",
         "Hava güneşli.")
    first = process_documents(sessions, CueExtractor(), clock)
    before = _stored(sessions)
    reset_processing(sessions)
    again = process_documents(sessions, CueExtractor(), clock)
    assert _stored(sessions) == before
    assert (first.events_new, first.mentions, first.documents) == (4, 4, 4)
    assert (again.events_new, again.events_updated, again.events_removed) == (0, 4, 0)
    assert again.mentions == first.mentions and again.failed == []


def test_two_events_on_one_mention_share_its_row_and_one_event_per_type_and_firm(sessions, clock):
    _add(sessions, "Acme iflas etti ve yatırım yapacak; iflas iflas.")
    stats = process_documents(sessions, CueExtractor(), clock)
    stored = _stored(sessions)
    assert len(stored["events"]) == 2 and len(stored["mentions"]) == 1 and len(stored["links"]) == 1
    assert {e[2] for e in stored["events"]} == {stored["mentions"][0][0]}  # both rest on the mention
    assert stats.mentions == 2  # counted per event, as before


def test_an_analysts_manual_link_is_never_overwritten(sessions, clock):
    _add(sessions, "Demir Grup yatırım yapacak.")
    process_documents(sessions, CueExtractor(), clock)
    with session_scope(sessions) as s:
        link = s.scalars(select(EntityLink)).one()
        link.status, link.client_id, link.candidates = "manual", "C6", [{"client_id": "C6", "score": 1.0}]
    reset_processing(sessions)
    process_documents(sessions, CueExtractor(), clock)
    with session_scope(sessions) as s:
        link = s.scalars(select(EntityLink)).one()
        assert (link.status, link.client_id, link.candidates) == ("manual", "C6", [{"client_id": "C6", "score": 1.0}])


def test_an_event_no_longer_found_is_deleted_unless_an_alert_rests_on_it(sessions, clock):
    _add(sessions, "Acme iflas etti.", "Beta iflas etti.")
    process_documents(sessions, CueExtractor(), clock)
    with session_scope(sessions) as s:
        acme, beta = (s.scalars(select(Event).where(Event.firm_key == key)).one()
                      for key in ("C1", "prospect:beta"))
        alert = Alert(dedupe_key="k", rule_id="r", rule_version="1", polarity="risk", client_id="C1",
                      firm_key="C1", company="Acme", title="-", score=0.9, severity="high",
                      explanation={}, notify_client_ids=[], created_at=NOW, updated_at=NOW, as_of=NOW)
        s.add(alert)
        s.flush()
        s.add(AlertEvent(alert_id=alert.id, event_id=acme.id))
        acme_id, beta_id, acme_details = acme.id, beta.id, dict(acme.details)
        for doc in s.scalars(select(Document)):
            doc.text = doc.text.replace("iflas etti", "fabrika açtı")
    reset_processing(sessions)
    stats = process_documents(sessions, CueExtractor(), clock)
    assert (stats.events_removed, stats.events_new, stats.documents) == (1, 0, 2)
    with session_scope(sessions) as s:
        assert s.get(Event, beta_id) is None
        kept = s.get(Event, acme_id)
        assert kept is not None and kept.details == {**acme_details, "stale": True}


def test_a_failing_document_fails_alone_in_extraction_or_in_storing(sessions, clock):
    bad = {"BOOM", "Beta iflas etti BAD.", "Delta iflas etti HUGE."}
    _add(sessions, "BOOM", "Acme iflas etti.", "Beta iflas etti BAD.", "Gama yatırım yapacak.",
         "Delta iflas etti HUGE.")
    stats = process_documents(sessions, CueExtractor(), clock)
    with session_scope(sessions) as s:
        pending = set(s.scalars(select(Document.text).where(Document.processed_at.is_(None))))
        firms = set(s.scalars(select(Event.firm_key)))
        mentions = set(s.scalars(select(Mention.text)))
    assert pending == bad
    assert len(stats.failed) == 3 and stats.documents == 2 and stats.events_new == 2
    assert firms == {"C1", "prospect:gama"} and mentions == {"Acme", "Gama"}  # nothing of the bad ones
    again = process_documents(sessions, CueExtractor(), clock)
    assert len(again.failed) == 3 and again.documents == 0  # they stay queued


def test_decisions_in_one_batch_the_sentence_first_then_the_mention_wide_one(sessions, clock):
    here, elsewhere, struck = ("Demir Grup yatırım yapacak, dedi.", "Demir Grup yatırım yapacak.",
                               "Demir Grup iflas etti.")
    with session_scope(sessions) as s:
        remember(s, "Demir Grup", None, "is", "C5", "ana", NOW)  # anywhere: C5
        remember(s, "DEMİR GRUP", here, "is", "C6", "ana", NOW - timedelta(days=1))  # older, but here
        remember(s, "Demir Grup", struck, NOT, "C5", "ana", NOW)  # here it is not C5
    _add(sessions, here, elsewhere, struck)
    process_documents(sessions, CueExtractor(), clock)
    with session_scope(sessions) as s:
        got = {e.evidence: (e.client_id, e.firm_key, e.link_status) for e in s.scalars(select(Event))}
    assert got[here] == ("C6", "C6", "linked")
    assert got[elsewhere] == ("C5", "C5", "linked")
    # "not C5" in this sentence beats "is C5" elsewhere: C6 is the one candidate left
    assert got[struck] == (None, "review:demir grup", "ambiguous")


def test_the_preloaded_memory_answers_exactly_as_remembered(sessions):
    mentions = ("Demir Grup", "DEMİR GRUP", "Harbour Line", "Nobody")
    sentences = ("Demir Grup konkordato ilan etti.", "Harbour Line filed for bankruptcy.", "Başka bir cümle.")
    with session_scope(sessions) as s:
        remember(s, "Demir Grup", None, "is", "C5", "ana", NOW)
        remember(s, "Demir Grup", sentences[0], NOT, "C5", "ana", NOW)
        remember(s, "Demir Grup", sentences[2], "is", None, "veli", NOW - timedelta(days=3))
        remember(s, "Harbour Line", None, NOT, "E1", "ana", NOW)
        remember(s, "Harbour Line", sentences[1], "is", "E2", "ana", NOW - timedelta(days=1))
        remember(s, "Harbour Line", sentences[1], NOT, "E3", "ana", NOW)
    with session_scope(sessions) as s, _statements(sessions) as sent:
        memory = LinkMemory.load(s, mentions)
        assert sum(sent.values()) == 1  # one query for the whole batch
        answers = {(m, c): memory.recall(m, c) for m in mentions for c in sentences}
    with session_scope(sessions) as s:
        for (mention, context), answer in answers.items():
            assert answer == remembered(s, mention, context), (mention, context)
    assert not answers[("Demir Grup", sentences[0])].decided  # sentence "not" beats anywhere "is"
    assert answers[("Demir Grup", sentences[2])].decided and answers[("Demir Grup", sentences[2])].client_id is None
    assert answers[("Harbour Line", sentences[1])].excluded == {"E1", "E3"}
