"""The cue scanner: many alternation regexes over one folded sentence, each tried only
where it can start.

Every cue or modifier pattern (an *alternative* of its type's or modifier's regex) knows
the literal prefixes a match of it starts with (signals/cues.py derives them). A word of
the sentence then names the few alternatives that may start there, and only an
alternation of those is tried, at that position. An alternation matched at a position
yields its first alternative that matches there, so leaving out alternatives that cannot
match there changes no match. Regexes with an alternative of unknown prefix are run over
the whole sentence, after cheaper searches that find something wherever they would.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

_WORD = re.compile(r"\w\S*")  # a word from its first letter: "(tasfiye", "\"iflas"
_Matcher = Callable[[str, int], "re.Match[str] | None"]
_Searcher = Callable[[str], "re.Match[str] | None"]
Prefixes = tuple[str, ...] | None


@dataclass(frozen=True)
class Alternation:
    """One numbered regex: its alternatives (regex source and the literal prefixes a match
    starts with, None when unknown), grouped as ``(?P<cN>...)`` when ``named`` (the cue's
    number is then the match's ``lastgroup``) else ``(?:...)``; ``needles``: substrings one
    of which a sentence must hold for it to match (None when unknown)."""

    alternatives: Sequence[tuple[str, Prefixes]]
    named: bool
    needles: tuple[str, ...] | None = None

    def source(self, keep: Sequence[int] | None = None) -> str:
        """The regex of the alternatives numbered ``keep`` (all by default), in order."""
        numbers = range(len(self.alternatives)) if keep is None else keep
        sources = [self.alternatives[j][0] for j in numbers]
        if self.named:
            return "|".join(f"(?P<c{j}>{s})" for j, s in zip(numbers, sources, strict=True))
        return "|".join(f"(?:{s})" for s in sources)

    @property
    def prefixes(self) -> Prefixes:
        """Prefixes of every alternative together; None when one is unknown."""
        out: list[str] = []
        for _, prefixes in self.alternatives:
            if prefixes is None:
                return None
            out.extend(prefixes)
        return tuple(out)


class Scanner:
    """Non-overlapping matches of numbered alternations in a sentence, walked word by word.

    Which alternatives a word may start depends on the word alone, and news repeats its
    words, so the answer is kept per word in a table emptied when it reaches ``LIMIT``
    words (a long-running worker's memory stays bounded). The regexes of the subsets of
    alternatives are compiled on first use; a word's prefixes among one regex's prefixes
    are all prefixes of the longest of them, so there are no more subsets than prefixes.
    """

    LIMIT = 50_000

    def __init__(self, regexes: Sequence[Alternation]) -> None:
        self._regexes = list(regexes)
        self._full = [re.compile(r.source()) for r in self._regexes]
        # Prefix -> (regex number, alternative number) of the alternatives it starts.
        self._by_prefix: dict[str, list[tuple[int, int]]] = {}
        self._raw: list[tuple[int, re.Pattern[str], _Searcher | None, _Searcher | None]] = []
        for n, regex in enumerate(self._regexes):
            if regex.prefixes is None:
                self._raw.append((n, self._full[n], _any_of(regex.needles), relaxed_search(regex)))
                continue
            for j, (_, prefixes) in enumerate(regex.alternatives):
                for prefix in prefixes or ():
                    self._by_prefix.setdefault(prefix, []).append((n, j))
        self._lengths = sorted({len(p) for p in self._by_prefix})
        self._subsets: dict[tuple[int, tuple[int, ...]], _Matcher] = {}
        self._by_word: dict[str, tuple[tuple[int, _Matcher], ...]] = {}

    def scan(self, folded: str) -> list[tuple[int, list[re.Match[str]]]]:
        """Non-overlapping matches of each regex, as (regex number, matches) in number order."""
        found: dict[int, list[re.Match[str]]] = {}
        done: dict[int, int] = {}
        by_word = self._by_word
        for word_match in _WORD.finditer(folded):
            word = word_match.group()
            starting = by_word.get(word)
            if starting is None:
                starting = self._starting(word)
            if not starting:
                continue
            pos = word_match.start()
            for n, match in starting:
                if pos < done.get(n, 0):
                    continue
                m = match(folded, pos)
                if m:
                    found.setdefault(n, []).append(m)
                    done[n] = max(m.end(), pos + 1)
        for n, regex, needles, relaxed in self._raw:
            if needles is not None and needles(folded) is None:
                continue
            if relaxed is not None and relaxed(folded) is None:
                continue
            matches = list(regex.finditer(folded))
            if matches:
                found[n] = matches
        return sorted(found.items())

    def _starting(self, word: str) -> tuple[tuple[int, _Matcher], ...]:
        """(regex number, match method of the alternatives that may start at ``word``)."""
        subsets: dict[int, set[int]] = {}
        for k in self._lengths:
            if k > len(word):
                break
            for n, j in self._by_prefix.get(word[:k], ()):
                subsets.setdefault(n, set()).add(j)
        found = tuple((n, self._matcher(n, tuple(sorted(subsets[n])))) for n in sorted(subsets))
        if len(self._by_word) >= self.LIMIT:
            self._by_word.clear()
        self._by_word[word] = found
        return found

    def _matcher(self, n: int, keep: tuple[int, ...]) -> _Matcher:
        """``match`` of regex ``n`` restricted to its alternatives ``keep``."""
        matcher = self._subsets.get((n, keep))
        if matcher is None:
            regex = self._regexes[n]
            whole = len(keep) == len(regex.alternatives)
            matcher = (self._full[n] if whole else re.compile(regex.source(keep))).match
            self._subsets[(n, keep)] = matcher
        return matcher


def _any_of(needles: tuple[str, ...] | None) -> _Searcher | None:
    """One regex search standing for ``any(needle in text for needle in needles)``."""
    if not needles:
        return None
    return re.compile("|".join(re.escape(needle) for needle in needles)).search


# Leading lookbehinds, e.g. "(?<=\w)(?<!tasin)"; one level of groups inside.
_LOOKBEHINDS = re.compile(r"^(?:\(\?<[=!][^()]*(?:\([^()]*\)[^()]*)*\))+")
_PLAIN_CLASS = re.compile(r"\[[^\]()\[]*\]")


def without_lookbehinds(source: str) -> str:
    """``source`` less its leading lookbehinds: it matches wherever ``source`` does.

    A lookbehind in front ("(?<=\\w)m[iu]s...") keeps the regex engine from jumping to
    the literal after it and makes it test every position. The lookbehinds are cut only
    where their parentheses can be read plainly (no escaped parenthesis, no parenthesis
    in a character class, no capturing group that would renumber the rest); otherwise
    ``source`` is returned whole.
    """
    found = _LOOKBEHINDS.match(source)
    if found is None:
        return source
    head = _PLAIN_CLASS.sub("", found.group())
    if "[" in head or "\\(" in head or "\\)" in head or re.search(r"\((?!\?)", head):
        return source
    return source[found.end():]


def relaxed_search(regex: Alternation) -> _Searcher | None:
    """A search finding something in every sentence where ``regex`` matches, cheaper to
    run than ``regex``: its alternatives without their leading lookbehinds (None when
    none has any)."""
    relaxed = [without_lookbehinds(source) for source, _ in regex.alternatives]
    if relaxed == [source for source, _ in regex.alternatives]:
        return None
    try:
        return re.compile("|".join(f"(?:{source})" for source in relaxed)).search
    except re.error:
        return None
