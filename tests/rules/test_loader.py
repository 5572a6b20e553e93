"""Loading rule folders: valid files load, invalid ones are reported by file:line and field."""

from __future__ import annotations

from pathlib import Path

from rules import load_rules
from rules.schema import CombinationRule, RateRule
from tests.rules.conftest import STARTER, write

GOOD = """\
rules:
  - id: good_rule
    version: 1
    kind: single
    description: A valid rule.
    title: "Good: {company}"
    events: [lawsuit]
    weight: 0.5
"""

BAD = """\
rules:
  - id: fine_one
    version: 2
    kind: single
    description: Valid, in the same file as a broken rule.
    title: "Fine"
    events: [insolvency]
    weight: 1
  - id: broken
    version: 1
    kind: combination
    description: Window must be positive.
    title: "Broken"
    events: [investment_incentive, land_acquisition]
    weight: 1
    within_days: 0
"""


def test_starter_rules_load_without_errors() -> None:
    result = load_rules(STARTER)
    assert result.errors == []
    assert len(result.ruleset.rules) >= 17
    assert result.ruleset.reliability.of(None, "disclosure")[0] > result.ruleset.reliability.of(
        None, "social")[0]


def test_invalid_rule_names_file_line_and_field_and_others_still_load(tmp_path: Path) -> None:
    write(tmp_path, "a_good.yml", GOOD)
    write(tmp_path, "b_bad.yml", BAD)
    result = load_rules(tmp_path)
    assert [str(e) for e in result.errors] == [
        f"{tmp_path / 'b_bad.yml'}:16 rules[1].within_days: must be > 0"
    ]
    assert sorted(r.id for r in result.ruleset.rules) == ["fine_one", "good_rule"]


def test_unknown_event_type_kind_and_field_are_reported(tmp_path: Path) -> None:
    write(tmp_path, "x.yml", GOOD.replace("[lawsuit]", "[lawsuits]")
          + GOOD.replace("good_rule", "other").replace("rules:\n", "").replace(
              "kind: single", "kind: sometimes")
          + GOOD.replace("good_rule", "third").replace("rules:\n", "").replace(
              "weight: 0.5", "weight: 0.5\n    colour: red"))
    errors = load_rules(tmp_path).errors
    text = [str(e) for e in errors]
    assert any(":7 rules[0].events: unknown event type 'lawsuits'" in t for t in text), text
    assert any(":11 rules[1].kind: must be one of" in t for t in text), text
    assert any(":23 rules[2].colour: unknown field" in t for t in text), text


def test_yaml_syntax_error_is_reported_with_line(tmp_path: Path) -> None:
    write(tmp_path, "broken.yml", "rules:\n  - id: x\n    events: [a, b\n")
    write(tmp_path, "ok.yml", GOOD)
    result = load_rules(tmp_path)
    assert len(result.errors) == 1
    assert result.errors[0].file.endswith("broken.yml")
    assert "invalid YAML" in result.errors[0].message
    assert [r.id for r in result.ruleset.rules] == ["good_rule"]


def test_duplicate_ids_mixed_polarity_and_bad_title_are_errors(tmp_path: Path) -> None:
    write(tmp_path, "a.yml", GOOD)
    write(tmp_path, "b.yml", GOOD + GOOD.replace("rules:\n", "").replace("good_rule", "mixed")
          .replace("[lawsuit]", "[lawsuit, contract_won]")
          + GOOD.replace("rules:\n", "").replace("good_rule", "badtitle")
          .replace("{company}", "{firm}"))
    messages = [e.message for e in load_rules(tmp_path).errors]
    assert "duplicate rule id 'good_rule'" in messages
    assert any("declare polarity" in m for m in messages)
    assert any("unknown placeholder {firm}" in m for m in messages)


def test_kinds_parse_to_their_models_and_lookback_covers_baselines() -> None:
    ruleset = load_rules(STARTER).ruleset
    kinds = {r.kind for r in ruleset.rules}
    assert kinds == {"single", "combination", "rate", "group"}
    surge = ruleset.get("complaint_surge")
    assert isinstance(surge, RateRule)
    assert ruleset.max_lookback_days > surge.window_days + surge.baseline_days
    prep = ruleset.get("investment_preparation")
    assert isinstance(prep, CombinationRule) and prep.within_days == 90


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    result = load_rules(tmp_path / "nope")
    assert result.errors and "no such file" in result.errors[0].message


def test_retired_damping_threshold_is_refused_with_advice(tmp_path: Path) -> None:
    write(tmp_path, "rules.yml", GOOD)
    write(tmp_path, "scoring.yml", "scoring:\n  min_score: 10\n  damping_min_reviews: 3\n"
                                   "  feedback_prior: {accepted: 3, rejected: 1}\n")
    result = load_rules(tmp_path)
    (error,) = [str(e) for e in result.errors]
    assert error.startswith(f"{tmp_path / 'scoring.yml'}:3 scoring.damping_min_reviews: ")
    assert "feedback_prior" in error and "remove this line" in error
    write(tmp_path, "scoring.yml", "scoring:\n  feedback_prior: {accepted: 3, rejected: 1}\n")
    result = load_rules(tmp_path)
    assert result.errors == [] and result.ruleset.scoring.feedback_prior.accepted == 3


BILINGUAL = """\
rules:
  - id: two_languages
    version: 1
    kind: single
    description:
      tr: Firmaya dava açıldı.
      en: A lawsuit was filed against the firm.
    title:
      tr: "Dava: {company}"
      en: "Lawsuit: {company}"
    advice:
      tr: Riski gözden geçirin.
      en: Review the exposure.
    events: [lawsuit]
    weight: 0.5
"""


def test_rules_give_texts_in_turkish_and_english_and_old_single_texts_still_load(
        tmp_path: Path) -> None:
    write(tmp_path, "a.yml", BILINGUAL)
    write(tmp_path, "b.yml", GOOD)  # the older form: one text for both languages
    result = load_rules(tmp_path)
    assert result.errors == []
    rules = {r.id: r for r in result.ruleset.rules}
    both = rules["two_languages"]
    assert (both.title.text("tr"), both.title.text("en")) == ("Dava: {company}", "Lawsuit: {company}")
    assert both.advice.text("en") == "Review the exposure."
    old = rules["good_rule"]
    assert old.title.text("tr") == old.title.text("en") == "Good: {company}"
    assert old.advice.text("tr") == ""


def test_a_missing_language_or_a_bad_placeholder_in_either_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "a.yml", BILINGUAL.replace('      en: "Lawsuit: {company}"\n', "")
          + BILINGUAL.replace("rules:\n", "").replace("two_languages", "bad_en")
          .replace('"Lawsuit: {company}"', '"Lawsuit: {firm}"')
          + BILINGUAL.replace("rules:\n", "").replace("two_languages", "empty_tr")
          .replace("      tr: Firmaya dava açıldı.", '      tr: ""'))
    text = [str(e) for e in load_rules(tmp_path).errors]
    assert any(":9 rules[0].title.en: is required" in t for t in text), text
    assert any("rules[1].title: unknown placeholder {firm}" in t for t in text), text
    assert any("rules[2].description: give the text in both languages" in t for t in text), text


def test_starter_rules_speak_both_languages() -> None:
    for rule in load_rules(STARTER).ruleset.rules:
        for field in (rule.title, rule.description, rule.advice):
            assert field.tr and field.en, rule.id
        assert rule.title.tr != rule.title.en and rule.description.tr != rule.description.en, rule.id
