"""Pattern files: the cue mini-language and validation errors naming file:line and field."""

from __future__ import annotations

import re

import pytest

from radar_core.errors import ConfigError
from signals.cues import CompiledPatterns, compile_pattern, default_patterns, parse_pattern_file
from tests.signals.conftest import heldout_sentences


def test_stem_alternatives_gaps_and_k_softening() -> None:
    regex = re.compile(compile_pattern("yeni ~2 fabrika*|tesis* kuracak*"))
    assert regex.search("yeni bir entegre fabrikasini kuracagini")
    assert regex.search("yeni tesis kuracak")
    assert not regex.search("yeni fabrikasini kapatti")
    assert not re.search(compile_pattern("iflas"), "iflasin")


def test_shipped_files_cover_every_type_in_both_languages() -> None:
    from radar_core.taxonomy import EVENT_TYPES

    for lang in ("tr", "en"):
        spec = default_patterns(lang)
        assert set(spec.types) == set(EVENT_TYPES)
        assert CompiledPatterns(spec).cues("sermaye artirimi" if lang == "tr" else
                                           "a capital increase")[0].type == "capital_increase"


def test_error_names_file_line_and_field() -> None:
    text = ("language: tr\n"
            "types:\n"
            "  lawsuit:\n"
            "    cues:\n"
            "      - {pattern: \"dava*\", weight: 0.8}\n"
            "      - {pattern: \"icra*\", weight: 1.7}\n")
    with pytest.raises(ConfigError) as err:
        parse_pattern_file(text, "tr.yml")
    assert "tr.yml:6 types.lawsuit.cues[1].weight" in str(err.value)


def test_unknown_type_and_bad_regex_are_rejected() -> None:
    with pytest.raises(ConfigError, match=r"x.yml:3 types"):
        parse_pattern_file("language: en\ntypes:\n  takeover:\n    cues: [{pattern: bid}]\n",
                           "x.yml")
    with pytest.raises(ConfigError, match="bad pattern"):
        parse_pattern_file("language: en\ntypes:\n  lawsuit:\n    cues: [{regex: '(sued'}]\n",
                           "x.yml")
    with pytest.raises(ConfigError, match="invalid YAML"):
        parse_pattern_file("language: [en\n", "x.yml")


def test_modifier_spans_lists_every_match() -> None:
    patterns = CompiledPatterns(default_patterns("en"))
    text = "the firm previously sold a mill and had previously closed a plant"
    assert len(patterns.modifier_spans("background", text)) == 2
    assert patterns.modifier_spans("no-such-modifier", text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("fabrikayi kurabilir", True),
    ("yatirimi erteleyebilecegini", True),
    ("surdurulebilir uretim", False),
    ("yenilenebilir enerji santrali", False),
    ("ayarlanabilir elek duzenegi", False),
])
def test_turkish_possibility_skips_abilir_adjectives(text: str, expected: bool) -> None:
    patterns = CompiledPatterns(default_patterns("tr"))
    assert ("possibility" in patterns.modifiers(text)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("deposunu 2023'te satmisti", True),
    ("fabrikayi kapatmislardi", True),
    ("arsayi satin almistir", False),
])
def test_turkish_pluperfect_is_background(text: str, expected: bool) -> None:
    patterns = CompiledPatterns(default_patterns("tr"))
    assert ("background" in patterns.modifiers(text)) is expected


def test_type_flags_default_off_and_shipped_where_meant() -> None:
    spec = parse_pattern_file("language: en\ntypes:\n  lawsuit:\n    cues: [{pattern: sued}]\n",
                              "x.yml")
    assert not spec.types["lawsuit"].main_fallback and not spec.types["lawsuit"].authority
    for lang in ("tr", "en"):
        shipped = default_patterns(lang).types
        assert shipped["regulatory_fine"].authority
        assert shipped["customer_complaint"].main_fallback and shipped["refund_problem"].main_fallback


def test_confirmation_and_its_negation_are_told_apart() -> None:
    tr = CompiledPatterns(default_patterns("tr"))
    en = CompiledPatterns(default_patterns("en"))
    assert "confirm" in tr.modifiers("sirket haberi dogruladi")
    assert "unconfirmed" in tr.modifiers("ne sirket ne de holding iddialari dogruladi")
    assert "confirm" in en.modifiers("the company confirmed the sale")
    assert "confirm" not in en.modifiers("the company has not confirmed the sale")


def _brute_force(compiled: CompiledPatterns, folded: str) -> tuple[list[tuple[str, int, int]],
                                                                   dict[str, tuple[int, int]]]:
    """Every type regex and modifier run over the whole sentence: what the prefilters skip."""
    hits = [(etype, m.start(), m.end()) for etype, regex, _, _ in compiled.type_res
            for m in regex.finditer(folded)]
    mods = {}
    for name, (regex, _) in compiled.modifier_res.items():
        found = regex.search(folded)
        if found:
            mods[name] = found.span()
    return hits, mods


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_prefilters_never_hide_a_match(lang: str) -> None:
    """The word-head index and the needle test only skip regexes that cannot match."""
    compiled = CompiledPatterns(default_patterns(lang))
    sentences = heldout_sentences(lang)
    assert len(sentences) > 50
    for folded in sentences:
        hits, mods = _brute_force(compiled, folded)
        assert [(h.type, h.start, h.end) for h in compiled.cues(folded)] == hits, folded
        assert compiled.modifiers(folded) == mods, folded
        both = compiled.scan(folded)
        assert ([(h.type, h.start, h.end) for h in both[0]], both[1]) == (hits, mods), folded
