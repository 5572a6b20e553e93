"""Ambiguity goes to people, never to prospects (issue #14, point 4), in Turkish and English.

Real stages end to end: the signals extractor and entity linker over a register with two
look-alike clients, the starter rules, the alerting glue, the analyst's /links actions and
the digest mail run into an outbox folder. Firms and sentences are made up for these tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from radar.alerting import raise_alerts
from radar.link_memory import NOT, remember, remembered
from radar.pipeline import build_extractor, load_register, load_ruleset
from radar.processing import process_documents
from radar.reporting.mail import send_pending
from radar.web.links import UNKNOWN, ambiguous_links, reject_candidate, resolve_link
from radar.web.prospects import prospects
from radar_core.config import load_settings
from radar_core.db import session_scope
from radar_core.db.models import (
    Alert,
    Client,
    Document,
    EmailAlert,
    EntityLink,
    Event,
    LinkDecision,
)
from radar_core.records import needs_link_review
from reports import OutboxDelivery

NOW = datetime(2025, 6, 30, 9, 0)
RESEARCH = "research@bank.example"


@dataclass(frozen=True)
class Case:
    """One language's look-alike pair and sentences (the mention is written the same way)."""

    lang: str
    mention: str
    first: tuple[str, str, str]  # client id, legal name, RM
    second: tuple[str, str, str]
    risk: str  # an insolvency sentence
    opportunity: str  # a capacity expansion sentence
    again: str  # the mention in another sentence, another document


CASES = {
    "tr": Case(
        "tr", "Demir Grup",
        ("C5", "Demir Grup İnşaat A.Ş.", "mehmet@bank.example"),
        ("C6", "Demir Grup Gıda A.Ş.", "ayse@bank.example"),
        "Ticaret mahkemesi, Demir Grup için iflas kararı verdi.",
        "Demir Grup, Manisa'daki fabrikasında kapasite artırımı için 50 milyon lira yatırım yapacak.",
        "Demir Grup konkordato ilan etti.",
    ),
    "en": Case(
        "en", "Harbour Line",
        ("E1", "Harbour Line Shipping Ltd", "mehmet@bank.example"),
        ("E2", "Harbour Line Foods Ltd", "ayse@bank.example"),
        "A court declared Harbour Line bankrupt after its lenders sued.",
        "Harbour Line will invest 20 million dollars to expand capacity at its plant.",
        "Harbour Line filed for bankruptcy on Monday.",
    ),
}


@pytest.fixture(params=sorted(CASES))
def case(request: pytest.FixtureRequest) -> Case:
    return CASES[request.param]


@pytest.fixture
def world(sessions: sessionmaker[Session], case: Case) -> sessionmaker[Session]:
    with session_scope(sessions) as s:
        for cid, name, rm in (case.first, case.second):
            s.add(Client(client_id=cid, legal_name=name, aliases=[], rm_email=rm, updated_at=NOW))
    return sessions


def _add(sessions: sessionmaker[Session], ext_id: str, text: str, lang: str, fetched: datetime) -> None:
    with session_scope(sessions) as s:
        s.add(Document(external_id=ext_id, content_hash=ext_id, url=f"https://news.example/{ext_id}",
                       source=f"outlet-{ext_id}", source_type="news", lang=lang, published=fetched,
                       fetched=fetched, text=text))


def _run(sessions: sessionmaker[Session], now: datetime) -> None:
    """One processing and alerting round, as the scheduler does it."""
    process_documents(sessions, build_extractor(load_register(sessions)), lambda: now)
    raise_alerts(sessions, load_ruleset(load_settings(environ={})), lambda: now)


def _mail(sessions: sessionmaker[Session], tmp_path, now: datetime) -> set[tuple[int, str]]:
    """Send the digests into an outbox; the (alert, recipient) pairs mailed by this run."""
    before = _ledger(sessions)
    settings = load_settings(environ={"RADAR_RESEARCH_MAILBOX": RESEARCH}, data_dir=tmp_path)
    result = send_pending(sessions, settings, lambda: now, OutboxDelivery(tmp_path / "outbox"))
    assert result.ok
    return _ledger(sessions) - before


def _ledger(sessions: sessionmaker[Session]) -> set[tuple[int, str]]:
    with session_scope(sessions) as s:
        return {(a, r) for a, r in s.execute(select(EmailAlert.alert_id, EmailAlert.recipient))}


def _alerts(sessions: sessionmaker[Session]) -> dict[int, tuple[str | None, str, str]]:
    with session_scope(sessions) as s:
        return {a.id: (a.client_id, a.firm_key, a.polarity) for a in s.scalars(select(Alert))}


def _open_link(sessions: sessionmaker[Session]) -> int:
    with session_scope(sessions) as s:
        items = ambiguous_links(s)
        assert len(items) >= 1
        return items[0].link.id


def _ambiguous_day(world: sessionmaker[Session], case: Case) -> dict[int, tuple[str | None, str, str]]:
    _add(world, "risk", f"Haftanın özeti. {case.risk}", case.lang, NOW - timedelta(hours=3))
    _add(world, "opp", case.opportunity, case.lang, NOW - timedelta(hours=2))
    _run(world, NOW)
    return _alerts(world)


def test_an_ambiguous_mention_raises_its_alert_for_review_not_for_the_prospect_mailbox(world, case, tmp_path):
    alerts = _ambiguous_day(world, case)
    # the risk (which prospects never get) and the opportunity are both raised, for review
    assert {p for _, _, p in alerts.values()} == {"risk", "opportunity"}
    assert all(c is None and needs_link_review(k) for c, k, _ in alerts.values())
    with session_scope(world) as s:
        assert prospects(s) == []  # not counted as a prospect
        items = ambiguous_links(s)
        # the links page shows both candidates and the alerts waiting on each link
        assert {c["client_id"] for i in items for c in i.candidates} == {case.first[0], case.second[0]}
        assert {a.id for i in items for a in i.alerts} == set(alerts)
    assert _mail(world, tmp_path, NOW) == set()  # nobody is mailed an undecided firm, research least


def test_resolving_retargets_the_same_alert_and_its_rm_gets_it(world, case, tmp_path):
    before = _ambiguous_day(world, case)
    _mail(world, tmp_path, NOW)
    chosen = case.first[0]
    later = NOW + timedelta(hours=1)
    with session_scope(world) as s:
        resolve_link(s, _open_link(world), chosen, "ana", later)
    after = _alerts(world)
    assert set(after) == set(before)  # same rows, nothing new
    assert all(c == chosen and k == chosen for c, k, _ in after.values())
    with session_scope(world) as s:
        assert ambiguous_links(s) == []  # the other link of the same mention was settled too
    # the next rounds neither raise a second alert nor leave a stale one
    _run(world, later + timedelta(hours=1))
    _run(world, later + timedelta(days=1))
    assert _alerts(world) == after
    mailed = _mail(world, tmp_path, later + timedelta(days=1))
    assert mailed == {(alert_id, case.first[2]) for alert_id in after}


def test_the_decision_applies_wherever_the_mention_appears_again(world, case):
    _ambiguous_day(world, case)
    chosen = case.second[0]
    with session_scope(world) as s:
        resolve_link(s, _open_link(world), chosen, "ana", NOW)
    _add(world, "again", case.again, case.lang, NOW + timedelta(days=2))  # another sentence, outlet, day
    _run(world, NOW + timedelta(days=2, hours=1))
    with session_scope(world) as s:
        event = s.scalars(select(Event).join(Document).where(Document.external_id == "again")).one()
        assert (event.client_id, event.firm_key) == (chosen, chosen)
        assert ambiguous_links(s) == []


def test_not_this_firm_is_remembered_and_striking_every_candidate_makes_a_prospect(world, case, tmp_path):
    alerts = _ambiguous_day(world, case)
    first, second = case.first[0], case.second[0]
    with session_scope(world) as s:
        reject_candidate(s, _open_link(world), first, "ana", NOW)
    with session_scope(world) as s:
        items = ambiguous_links(s)  # both links of the mention lost the struck firm, and still wait
        assert len(items) == 2 and all([c["client_id"] for c in i.candidates] == [second] for i in items)
    assert _alerts(world) == alerts
    _add(world, "again", case.again, case.lang, NOW + timedelta(days=1))
    _run(world, NOW + timedelta(days=1, hours=1))
    with session_scope(world) as s:
        link = s.scalars(select(EntityLink).join(Event, Event.mention_id == EntityLink.mention_id)
                         .join(Document).where(Document.external_id == "again")).one()
        assert link.status == "ambiguous" and [c["client_id"] for c in link.candidates] == [second]
    with session_scope(world) as s:
        reject_candidate(s, _open_link(world), second, "ana", NOW + timedelta(days=1, hours=2))
    with session_scope(world) as s:
        assert ambiguous_links(s) == []
        assert {p.company for p in prospects(s)} == {case.mention}
    after = _alerts(world)
    assert all(c is None and k.startswith("prospect:") for c, k, _ in after.values())
    assert set(alerts) <= set(after)
    mailed = _mail(world, tmp_path, NOW + timedelta(days=1, hours=3))
    opportunity = {i for i, (_, _, p) in after.items() if p == "opportunity"}
    assert opportunity and {(i, RESEARCH) for i in opportunity} <= mailed
    assert {r for _, r in mailed} == {RESEARCH}  # no candidate's RM hears of a firm that is not theirs


def test_unknown_firm_choice_makes_a_prospect_everywhere(world, case):
    _ambiguous_day(world, case)
    with session_scope(world) as s:
        resolve_link(s, _open_link(world), UNKNOWN, "ana", NOW)
    _add(world, "again", case.again, case.lang, NOW + timedelta(days=1))
    _run(world, NOW + timedelta(days=1, hours=1))
    with session_scope(world) as s:
        event = s.scalars(select(Event).join(Document).where(Document.external_id == "again")).one()
        assert event.client_id is None and event.firm_key.startswith("prospect:")
        assert ambiguous_links(s) == []


def test_a_sentence_decision_wins_over_the_mention_wide_one(sessions, case):
    first, second = case.first[0], case.second[0]
    with session_scope(sessions) as s:
        remember(s, case.mention, None, "is", first, "ana", NOW)
        remember(s, case.mention, case.risk, "is", second, "ana", NOW - timedelta(days=1))
        remember(s, case.mention, case.again, NOT, first, "ana", NOW)
    with session_scope(sessions) as s:
        assert remembered(s, case.mention.upper(), case.opportunity).client_id == first
        assert remembered(s, case.mention, case.risk).client_id == second
        here = remembered(s, case.mention, case.again)  # "not" in this sentence beats "is" elsewhere
        assert here.excluded == {first} and not here.decided
        # choosing a firm again in the same scope lifts the "not" verdict
        remember(s, case.mention, case.again, "is", first, "ana", NOW)
        assert remembered(s, case.mention, case.again).excluded == frozenset()
        assert s.scalars(select(LinkDecision).where(LinkDecision.verdict == NOT)).all() == []


def test_rules_raising_the_story_again_update_the_retargeted_alert(world, case):
    # A story caught late (published three weeks before the run): the cool-down does not
    # hide its re-evaluation under the chosen firm, so the rules raise it again; the
    # re-targeted row takes the new key instead of a second alert appearing.
    _add(world, "late", case.risk, case.lang, NOW - timedelta(days=20))
    _run(world, NOW)
    before = _alerts(world)
    assert len(before) == 1
    chosen = case.second[0]
    with session_scope(world) as s:
        resolve_link(s, _open_link(world), chosen, "ana", NOW)
    _run(world, NOW + timedelta(hours=1))
    with session_scope(world) as s:
        alert = s.scalars(select(Alert)).one()
        assert alert.id in before and alert.client_id == chosen
        assert alert.dedupe_key.startswith(f"{alert.rule_id}:{chosen}:")  # the rules' own key now
    _run(world, NOW + timedelta(hours=2))
    assert set(_alerts(world)) == set(before)
