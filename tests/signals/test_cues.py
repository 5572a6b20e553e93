"""Pattern files: the cue mini-language and validation errors naming file:line and field."""

from __future__ import annotations

import re

import pytest

from radar.errors import ConfigError
from signals.cues import CompiledPatterns, compile_pattern, default_patterns, parse_pattern_file


def test_stem_alternatives_gaps_and_k_softening() -> None:
    regex = re.compile(compile_pattern("yeni ~2 fabrika*|tesis* kuracak*"))
    assert regex.search("yeni bir entegre fabrikasini kuracagini")
    assert regex.search("yeni tesis kuracak")
    assert not regex.search("yeni fabrikasini kapatti")
    assert not re.search(compile_pattern("iflas"), "iflasin")


def test_shipped_files_cover_every_type_in_both_languages() -> None:
    from radar.taxonomy import EVENT_TYPES

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
