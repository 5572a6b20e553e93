"""Engine behaviour: stories, cool-down, score rises, damping, as-of and stable keys."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from radar_core.records import Explanation
from rules import Feedback, PriorAlert, RuleSet, SourceReliability, evaluate, load_rules
from rules.scoring import SCORING_VERSION
from tests.rules.conftest import AS_OF, FactMaker, write

RULES = """\
rules:
  - id: exit
    version: 3
    kind: single
    description: A manager left.
    title: "Exit: {company} ({sources} sources)"
    advice: Call the new CFO.
    events: [management_exit]
    weight: 1
    cooldown_days: 14
    rise_margin: 10
  - id: plan
    version: 1
    kind: single
    description: Investment plan.
    title: "Plan: {company}"
    events: [investment_announcement]
    weight: 0.5
"""
SCORING = """\
scoring:
  min_score: 0
  half_life_days: 10
  corroboration_step: 0.1
  corroboration_max: 1.3
"""
RELIABILITY = """\
reliability:
  default: 0.5
  source_types: {news: 0.8, social: 0.4}
  sources: {Gazette: 1.0}
"""


@pytest.fixture
def ruleset(tmp_path: Path) -> RuleSet:
    write(tmp_path, "scoring.yml", SCORING)
    write(tmp_path, "reliability.yml", RELIABILITY)
    result = load_rules(write(tmp_path, "rules.yml", RULES))
    assert result.errors == []
    return result.ruleset


EXPLANATION_KEYS = {"rule", "why", "events", "sources", "score", "severity"}
EVENT_KEYS = {"event_id", "type", "company", "client_id", "evidence", "url", "source",
              "source_type", "published", "amount", "event_date"}


def test_explanation_has_the_pinned_shape_and_arithmetic(ruleset: RuleSet,
                                                         make_fact: FactMaker) -> None:
    fact = make_fact("management_exit", "A", days_ago=10, confidence=0.8, source="Gazette")
    (alert,) = evaluate(ruleset, [fact], as_of=AS_OF)
    exp = alert.explanation.to_json()
    assert Explanation.from_json(exp) == alert.explanation  # the stored JSON round-trips
    assert EXPLANATION_KEYS <= set(exp)
    assert exp["rule"] == {"id": "exit", "version": "3", "kind": "single",
                           "description": "A manager left."}
    assert set(exp["events"][0]) == EVENT_KEYS
    assert exp["sources"] == ["Gazette"]
    # 100 x weight 1 x confidence 0.8 x reliability 1.0 x recency 0.5 x corroboration 1.0
    assert alert.score == pytest.approx(40.0)
    assert exp["score"]["total"] == alert.score
    assert {c["name"] for c in exp["score"]["components"]} >= {
        "rule_weight", "confidence", "reliability", "recency", "corroboration"}
    assert "= 40.0" in exp["score"]["formula"]
    assert alert.severity == exp["severity"] == "medium"
    assert alert.title == "Exit: A Sanayi A.Ş. (1 sources)"
    assert "Call the new CFO." in exp["why"]
    # Both languages are stored; the single-text test rule reads the same in each.
    assert set(exp["texts"]) == {"tr", "en"}
    assert exp["texts"]["en"]["why"] == exp["why"]
    assert exp["texts"]["tr"]["title"] == alert.title
    assert exp["texts"]["tr"]["description"] == "A manager left."


def test_why_is_written_in_turkish_from_the_catalogue(ruleset: RuleSet,
                                                       make_fact: FactMaker) -> None:
    fact = make_fact("management_exit", "A", days_ago=10, confidence=0.8, source="Gazette")
    (alert,) = evaluate(ruleset, [fact], as_of=AS_OF)
    tr, en = alert.explanation.texts["tr"]["why"], alert.explanation.texts["en"]["why"]
    day = fact.published.date() if fact.published else None
    assert "reported by 1 source (Gazette)" in en
    assert "haber veren: 1 kaynak (Gazette)" in tr
    assert "management exit" in en  # taxonomy labels
    assert day is not None
    # mid-sentence, Turkish writes the label in lower case
    assert f"{day.strftime('%d.%m.%Y')} tarihinde yönetici ayrılığı" in tr and f"on {day.isoformat()}" in en
    assert "Yönetici ayrılığı" not in tr
    assert "reported by" not in tr


def test_one_story_in_many_outlets_is_one_alert_listing_every_source(
        ruleset: RuleSet, make_fact: FactMaker) -> None:
    facts = [
        make_fact("management_exit", "A", days_ago=3, source="Outlet 1", story="s"),
        make_fact("management_exit", "A", days_ago=2.5, source="Outlet 2", story="s"),
        make_fact("management_exit", "A", days_ago=2, source="Outlet 3"),  # same firm+type, 1 day
        make_fact("management_exit", "A", days_ago=2, source="Outlet 1"),  # repeat outlet
    ]
    (alert,) = evaluate(ruleset, facts, as_of=AS_OF)
    assert alert.event_ids == [1, 2, 3, 4]
    assert alert.explanation.sources == ("Outlet 1", "Outlet 2", "Outlet 3")
    corroboration = next(c for c in alert.explanation.components
                         if c.name == "corroboration")
    assert corroboration.value == pytest.approx(1.2)


def test_cooldown_holds_back_a_new_story_for_the_same_firm_and_rule(
        ruleset: RuleSet, make_fact: FactMaker) -> None:
    prior = PriorAlert("exit", "A", score=80.0, created_at=AS_OF - timedelta(days=5),
                       dedupe_key="exit:A:earlier")
    fact = make_fact("management_exit", "A", days_ago=1)
    assert evaluate(ruleset, [fact], as_of=AS_OF, history=[prior]) == []
    # after the cool-down (14 days) it is raised again
    old = PriorAlert("exit", "A", 80.0, AS_OF - timedelta(days=20), "exit:A:older")
    assert len(evaluate(ruleset, [fact], as_of=AS_OF, history=[old])) == 1
    # another firm or rule is not held back
    other = make_fact("management_exit", "B", days_ago=1)
    assert [d.firm_key for d in evaluate(ruleset, [fact, other], as_of=AS_OF,
                                         history=[prior])] == ["B"]


def test_score_rising_by_the_margin_breaks_through_the_cooldown(
        ruleset: RuleSet, make_fact: FactMaker) -> None:
    fact = make_fact("management_exit", "A", days_ago=0, confidence=0.9)  # score 72
    low = PriorAlert("exit", "A", 55.0, AS_OF - timedelta(days=3), "exit:A:earlier")
    (alert,) = evaluate(ruleset, [fact], as_of=AS_OF, history=[low])
    assert "Score rose from 55.0 to 72.0" in alert.explanation.why
    assert "55,0 değerinden 72,0 değerine yükseldi" in alert.explanation.texts["tr"]["why"]
    assert alert.explanation.score_rose_from == 55.0
    close = PriorAlert("exit", "A", 65.0, AS_OF - timedelta(days=3), "exit:A:earlier")
    assert evaluate(ruleset, [fact], as_of=AS_OF, history=[close]) == []


def test_cooldown_applies_within_one_run_like_daily_runs(ruleset: RuleSet,
                                                         make_fact: FactMaker) -> None:
    facts = [make_fact("management_exit", "A", days_ago=d) for d in (20, 12, 6, 0.5)]
    # Separate stories; those under 14 days after a raised one are cooled down even though
    # recency makes the newer ones score higher today: 20 raised, 12 held, 6 raised (14
    # days on), 0.5 held.
    alerts = evaluate(ruleset, facts, as_of=AS_OF)
    assert sorted(a.event_ids for a in alerts) == [[1], [3]]


def test_dedupe_keys_are_stable_across_reruns_and_later_as_of(ruleset: RuleSet,
                                                             make_fact: FactMaker) -> None:
    facts = [make_fact("management_exit", "A", days_ago=2, story="s1"),
             make_fact("investment_announcement", "prospect:yeni", days_ago=1)]
    first = evaluate(ruleset, facts, as_of=AS_OF)
    again = evaluate(ruleset, list(reversed(facts)), as_of=AS_OF)
    assert [d.dedupe_key for d in first] == [d.dedupe_key for d in again]
    # a day later, with the first run's alerts as history and one more outlet on the story
    history = [PriorAlert(d.rule_id, d.firm_key, d.score, AS_OF, d.dedupe_key) for d in first]
    more = [*facts, make_fact("management_exit", "A", days_ago=0.5, story="s1",
                              source="Another", known_days_ago=0.5)]
    later = evaluate(ruleset, more, as_of=AS_OF + timedelta(days=1), history=history)
    assert sorted(d.dedupe_key for d in later) == sorted(d.dedupe_key for d in first)
    exit_alert = next(d for d in later if d.rule_id == "exit")
    assert exit_alert.explanation.sources == ("Daily News", "Another")


def test_as_of_ignores_facts_known_later(ruleset: RuleSet, make_fact: FactMaker) -> None:
    past = make_fact("management_exit", "A", days_ago=3)
    future = make_fact("management_exit", "B", days_ago=3, known_days_ago=-1)
    alerts = evaluate(ruleset, [past, future], as_of=AS_OF)
    assert [a.firm_key for a in alerts] == ["A"]
    assert evaluate(ruleset, [past, future], as_of=AS_OF - timedelta(days=4)) == []


def test_backfilled_old_news_is_not_fresh(ruleset: RuleSet, make_fact: FactMaker) -> None:
    # published 200 days ago, fetched yesterday: too old for the rule's max_age_days (30)
    old = make_fact("management_exit", "A", days_ago=200, known_days_ago=1)
    assert evaluate(ruleset, [old], as_of=AS_OF) == []


def test_feedback_damps_a_rejected_rule_gradually_and_shows_it(ruleset: RuleSet,
                                                                make_fact: FactMaker) -> None:
    fact = make_fact("management_exit", "A", days_ago=0)
    plain = evaluate(ruleset, [fact], as_of=AS_OF)[0].score
    feedback = Feedback.from_reviews([("exit", "Z", "reject")] * 3 + [("exit", "Y", "accept")])
    damped = evaluate(ruleset, [fact], as_of=AS_OF, feedback=feedback)[0]
    expected = (1 + 2) / (1 + 3 + 2 + 2) / 0.5  # Beta(2, 2) posterior mean over its prior mean
    assert damped.score == pytest.approx(plain * expected, abs=0.01)
    damping = next(c for c in damped.explanation.components if c.name == "damping")
    assert damping.value == pytest.approx(expected)
    assert "rule exit: 3 rejected, 1 accepted" in damping.detail
    assert "Beta(2, 2) prior: (1 + 2) / (1 + 3 + 2 + 2) = 0.375" in damping.detail
    assert "/ prior mean 0.50 = 0.75" in damping.detail
    assert "x 0.75 =" in damped.explanation.score_formula
    # three rejections and nothing else: 4/7, not the floor at once
    three = Feedback.from_reviews([("exit", "Z", "reject")] * 3)
    (alert,) = evaluate(ruleset, [fact], as_of=AS_OF, feedback=three)
    assert alert.score == pytest.approx(plain * 4 / 7, abs=0.01)


def test_feedback_damps_a_rejected_firm_with_a_floor(ruleset: RuleSet,
                                                     make_fact: FactMaker) -> None:
    fact = make_fact("investment_announcement", "A", days_ago=0)
    plain = evaluate(ruleset, [fact], as_of=AS_OF)[0].score
    feedback = Feedback.from_reviews([("other_rule", "A", "rejected")] * 20)
    damped = evaluate(ruleset, [fact], as_of=AS_OF, feedback=feedback)[0]
    assert damped.score == pytest.approx(plain * 0.3, abs=0.01)  # floor 0.3


def test_rejections_damp_new_alerts_and_leave_existing_ones(ruleset: RuleSet,
                                                            make_fact: FactMaker) -> None:
    raised_at = AS_OF - timedelta(days=20)
    old_fact = make_fact("management_exit", "A", days_ago=20.5)
    (old,) = evaluate(ruleset, [old_fact], as_of=raised_at)
    # analysts reject three exit alerts after it was raised
    rejections = Feedback.from_reviews(
        [("exit", f"Z{i}", "reject", raised_at + timedelta(days=1 + i)) for i in range(3)])
    history = [PriorAlert("exit", "A", old.score, raised_at, old.dedupe_key)]
    new_fact = make_fact("management_exit", "B", days_ago=0)
    plain_new = evaluate(ruleset, [new_fact], as_of=AS_OF)[0].score
    drafts = {d.firm_key: d for d in evaluate(ruleset, [old_fact, new_fact], as_of=AS_OF,
                                              history=history, feedback=rejections)}
    assert drafts["A"].score == old.score  # re-run: the existing alert keeps its score
    kept = next(c for c in drafts["A"].explanation.components if c.name == "damping")
    assert kept.value == 1.0 and "no decisions" in kept.detail
    assert drafts["B"].score == pytest.approx(plain_new * 4 / 7, abs=0.01)


def test_recency_runs_from_the_event_date_not_the_crawl(ruleset: RuleSet,
                                                        make_fact: FactMaker) -> None:
    # both published and crawled today; one states an event 40 days ago
    fresh = make_fact("management_exit", "A", days_ago=0, event_date=AS_OF.date())
    stale = make_fact("management_exit", "B", days_ago=0,
                      event_date=(AS_OF - timedelta(days=40)).date())
    drafts = {d.firm_key: d for d in evaluate(ruleset, [fresh, stale], as_of=AS_OF)}
    assert drafts["B"].score < drafts["A"].score
    rec = {k: next(c for c in d.explanation.components if c.name == "recency")
           for k, d in drafts.items()}
    assert rec["B"].value == pytest.approx(0.5 ** (40.5 / 10))  # from midnight, half-life 10
    assert rec["B"].detail.startswith("from the event date 2025-05-21: 40.5 days before")
    assert "0.5^(40.5/10) = 0.060" in rec["B"].detail
    # no event date: the publication date, even when crawled weeks later
    late = make_fact("management_exit", "C", days_ago=6, known_days_ago=0)
    (draft,) = evaluate(ruleset, [late], as_of=AS_OF)
    recency = next(c for c in draft.explanation.components if c.name == "recency")
    assert recency.value == pytest.approx(0.5 ** 0.6)
    assert recency.detail.startswith("from the publication date 2025-06-24")


def test_drafts_carry_the_scoring_version(ruleset: RuleSet, make_fact: FactMaker) -> None:
    (draft,) = evaluate(ruleset, [make_fact("management_exit", "A", days_ago=0)], as_of=AS_OF)
    assert draft.scoring_version == SCORING_VERSION == "v2"


def test_reliability_override_and_prospects(ruleset: RuleSet, make_fact: FactMaker) -> None:
    fact = make_fact("investment_announcement", "prospect:acme", days_ago=0, source="Blog",
                     source_type="social")
    (alert,) = evaluate(ruleset, [fact], as_of=AS_OF)
    assert alert.client_id is None and alert.firm_key == "prospect:acme"
    assert alert.score == pytest.approx(100 * 0.5 * 0.9 * 0.4)
    trusted = SourceReliability(sources={"blog": 1.0})
    (again,) = evaluate(ruleset, [fact], as_of=AS_OF, reliability=trusted)
    assert again.score == pytest.approx(100 * 0.5 * 0.9 * 1.0)
    # risk rules skip prospects by default
    risk = make_fact("management_exit", "prospect:acme", days_ago=0)
    assert evaluate(ruleset, [risk], as_of=AS_OF) == []


def test_rerun_on_a_later_day_keeps_the_raised_score(ruleset: RuleSet,
                                                     make_fact: FactMaker) -> None:
    fact = make_fact("management_exit", "A", days_ago=1)
    (first,) = evaluate(ruleset, [fact], as_of=AS_OF)
    history = [PriorAlert("exit", "A", first.score, AS_OF, first.dedupe_key)]
    (later,) = evaluate(ruleset, [fact], as_of=AS_OF + timedelta(days=5), history=history)
    assert later.dedupe_key == first.dedupe_key and later.score == first.score
    # without that history the same story, seen 5 days later, is weaker
    (cold,) = evaluate(ruleset, [fact], as_of=AS_OF + timedelta(days=5))
    assert cold.score < first.score


def test_event_labels_inside_sentences_are_lower_case_the_turkish_way() -> None:
    from radar_core.taxonomy import label_of, sentence_label

    assert label_of("management_exit") == "Yönetici ayrılığı"  # titles and tables keep the capital
    assert sentence_label("management_exit") == "yönetici ayrılığı"
    assert sentence_label("tender_opened") == "ihale açtı"  # İ -> i, not "i̇"
    assert sentence_label("layoffs_closure") == "işten çıkarma/kapanış"
    assert sentence_label("management_exit", "en") == "management exit"
    assert sentence_label("no_such_type") == "no_such_type"
