"""The word-indexed cue scanner finds what its regexes find run over the whole sentence."""

from __future__ import annotations

import re

import pytest

from signals.cues import CompiledPatterns, default_patterns
from signals.scanner import Alternation, Scanner, without_lookbehinds
from tests.signals.conftest import heldout_sentences


def _brute(regexes: list[Alternation], text: str) -> list[tuple[int, list[tuple[str | None, int, int]]]]:
    out = []
    for n, regex in enumerate(regexes):
        found = [(m.lastgroup, m.start(), m.end()) for m in re.finditer(regex.source(), text)]
        if found:
            out.append((n, found))
    return out


def _scanned(scanner: Scanner, text: str) -> list[tuple[int, list[tuple[str | None, int, int]]]]:
    return [(n, [(m.lastgroup, m.start(), m.end()) for m in found])
            for n, found in scanner.scan(text)]


REGEXES = [
    # Alternatives sharing a prefix, the first one longer: order decides at a position.
    Alternation([(r"(?<![\w'])ihale\w*\s+kazan\w*", ("ihale",)),
                 (r"(?<![\w'])ihale(?![\w])", ("ihale",)),
                 (r"(?<![\w'])is[\w']*", ("is",)),
                 (r"(?<![\w'])isi(?![\w])", ("isi",))], named=True),
    Alternation([(r"(?<![\w'])in(?![\w])", ("in",)), (r"(?<![\w'])year\w*", ("year",))],
                named=False),
    # A raw suffix regex (no prefix): needles and the lookbehind-free search filter it.
    Alternation([(r"(?<=\w)m[iu]s(?:t[iu]|l[ae]rd[iu])(?![\w'])", None),
                 (r"(?<![\w'])daha(?![\w])", ("daha",))], named=False,
                needles=("daha", "m")),
]


@pytest.mark.parametrize("text", [
    "sirket ihale kazandi ve ihale sonra isi isini aldi",
    "in 2019 the years in review",
    "fabrika kapanmisti daha once",
    "mistik bir is mi",
    "",
    "ihaleyi is isi",
])
def test_scan_equals_running_every_regex(text: str) -> None:
    assert _scanned(Scanner(REGEXES), text) == _brute(REGEXES, text)


def test_a_word_seen_again_gives_the_same_matches() -> None:
    scanner = Scanner(REGEXES)
    text = "ihale kazandi ihale isi"
    assert _scanned(scanner, text) == _scanned(scanner, text) == _brute(REGEXES, text)


@pytest.mark.parametrize(("source", "expected"), [
    (r"(?<=\w)m[iu]s", "m[iu]s"),
    (r"(?<=\w)(?<!tasin)(?<!izlen)(?:abil|ebil)ir", "(?:abil|ebil)ir"),
    (r"(?<![\w'])ihale", "ihale"),
    (r"(?<!(?:a|b))x", "x"),
    (r"plain(?<=n)", r"plain(?<=n)"),
    # Parentheses that cannot be read plainly: left whole.
    (r"(?<!\()x", r"(?<!\()x"),
    (r"(?<![(])x", r"(?<![(])x"),
    (r"(?<=(a))x\1", r"(?<=(a))x\1"),
])
def test_without_lookbehinds(source: str, expected: str) -> None:
    assert without_lookbehinds(source) == expected


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_modifier_spans_equal_the_modifiers_own_regex(lang: str) -> None:
    """The lookbehind-free search before a modifier's regex skips only sentences where
    the regex finds nothing."""
    compiled = CompiledPatterns(default_patterns(lang))
    sentences = heldout_sentences(lang)
    assert len(sentences) > 50
    found = 0
    for name, (regex, _) in compiled.modifier_res.items():
        for folded in sentences:
            expected = [m.span() for m in regex.finditer(folded)]
            assert compiled.modifier_spans(name, folded) == expected, (name, folded)
            found += bool(expected)
    assert found > 20
