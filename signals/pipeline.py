"""The spaCy pipelines of the extractor: blank tokenizers plus Radar's registered components.

``spacy.blank("tr")`` / ``spacy.blank("en")`` need no model download. Components are
registered under versioned names (spaCy forbids dots in factory names, so ``_v1``):
``radar_sentences_v1`` (sentence spans), ``radar_mentions_v1`` (firm mentions, needs a
:class:`RegisterIndex`) and ``radar_cues_v1`` (event cues and modifiers per sentence,
needs :class:`CompiledPatterns`). Results live in ``doc._.radar_*`` extensions.
"""

from __future__ import annotations

import signals.torchless  # noqa: F401  (before spaCy: see there)

# isort: split

from collections.abc import Sequence
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from radar_core.text import fold
from signals import sentences as _sentences  # noqa: F401  (registers radar_sentences_v1)
from signals.cues import CompiledPatterns, CueHit
from signals.mentions import Mention, RegisterIndex, find_mentions
from signals.shapes import past_list_glue
from signals.tokens import FoldedText, Token, aside_end, tokenize

for _name in ("radar_tokens", "radar_mentions", "radar_cues"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@dataclass
class SentenceCues:
    """Cue hits and modifiers of one sentence, with its folded text."""

    folded: FoldedText
    hits: list[CueHit]
    modifiers: dict[str, tuple[int, int]]


class MentionComponent:
    """Tokenizes each sentence and finds firm mentions against the register index."""

    def __init__(self) -> None:
        self.index: RegisterIndex | None = None
        self.lang = "tr"
        self.fold_cache: dict[str, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        text = doc.user_data.get("radar_text") or doc.text  # doc.text is rebuilt per access
        spans = doc._.radar_sents or [(0, len(text))]
        sentence_tokens: list[list[Token]] = [tokenize(text[a:b], a, self.fold_cache)
                                               for a, b in spans]
        doc._.radar_tokens = sentence_tokens
        index = self.index if self.index is not None else RegisterIndex([])
        doc._.radar_mentions = find_mentions(sentence_tokens, text, index,
                                             doc.user_data.get("radar_title_ids"), self.lang)
        return doc


class CueComponent:
    """Runs the language's compiled cue and modifier regexes over each folded sentence."""

    def __init__(self) -> None:
        self.patterns: CompiledPatterns | None = None
        self._cue_words: dict[str, bool] = {}

    def _cue_word(self, word: str) -> bool:
        """True when a one-word name is itself a cue ("Oteli", "Complaints"); memoised,
        since the same names recur in every document."""
        known = self._cue_words.get(word)
        if known is None:
            assert self.patterns is not None
            known = bool(self.patterns.cues(fold(word))) or self.patterns.ends_in_cue(word)
            if len(self._cue_words) < 100_000:
                self._cue_words[word] = known
        return known

    def __call__(self, doc: Doc) -> Doc:
        out: list[SentenceCues] = []
        spans: dict[int, list[tuple[int, int]]] = {}
        members: dict[int, list[tuple[int, int]]] = {}
        for m in doc._.radar_mentions or []:
            if m.shape and m.tok_end - m.tok_start == 1 and (
                    m.weak or self.patterns is None or self._cue_word(m.core_text)):
                # one capitalised word may be a cue word too ("Oteli ... satın aldı"); a
                # credible one ("Korvane, a logistics company") is a firm like any other
                if not m.weak:
                    members.setdefault(m.sentence, []).append((m.tok_start, m.tok_end))
                continue
            if m.shape and self.patterns is not None and self.patterns.ends_in_cue(m.core_text):
                continue  # a title-cased event: "(Maddi Duran Varlık Satımı)", "Sermaye Artırımı"
            if m.shape and m.weak and m.core_text.isupper():
                continue  # a heading in capitals ("GEÇİCİ MÜHLET VERİLENLER") keeps its words
            spans.setdefault(m.sentence, []).append((m.tok_start, m.tok_end))
        for s_idx, tokens in enumerate(doc._.radar_tokens or []):
            folded = FoldedText(tokens, enumerated(tokens, spans.get(s_idx, []),
                                                      members.get(s_idx, [])))
            if self.patterns is None:
                out.append(SentenceCues(folded, [], {}))
                continue
            out.append(SentenceCues(folded, *self.patterns.scan(folded.text)))
        doc._.radar_cues = out
        return doc


def enumerated(tokens: list[Token], spans: list[tuple[int, int]],
               members: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Mention spans with each enumeration of mentions merged into one span.

    "revised the Outlooks on A (A1), B, C, D and E to Negative": the list is one slot of the
    cue, as one long legal name is, so it counts as one word of the cue's gap however many
    members it has. Members are joined by a comma, "and/ve/veya/or/&", after an optional
    short aside in brackets; anything else ends the list. ``members`` are names that may
    join a list but are no slot alone (a one-word name that is also a cue word).
    """
    if len(spans) < 2:
        return spans
    own = set(spans)
    merged: list[tuple[int, int, bool]] = []  # (start, end, holds one of ``spans``)
    for start, end in sorted({*spans, *members}):
        mine = (start, end) in own
        if merged:
            last_start, last_end, last_mine = merged[-1]
            k = aside_end(tokens, last_end)
            if start < k:  # the aside's own short name: "A (A1)", taken with its brackets
                merged[-1] = (last_start, k, last_mine or mine)
                continue
            if past_list_glue(tokens, last_end, start) == start and start > last_end:
                merged[-1] = (last_start, max(end, last_end), last_mine or mine)
                continue
        merged.append((start, end, mine))
    return [(a, b) for a, b, mine in merged if mine]


@Language.factory("radar_mentions_v1")
def make_mentions(nlp: Language, name: str) -> MentionComponent:
    """Factory of the mention component; set ``.index`` before use."""
    return MentionComponent()


@Language.factory("radar_cues_v1")
def make_cues(nlp: Language, name: str) -> CueComponent:
    """Factory of the cue component; set ``.patterns`` before use."""
    return CueComponent()


def run_pipeline(nlp: Language, text: str, title_ids: set[str] | None = None) -> Doc:
    """Run ``nlp``'s components on ``text``; their results are the ``doc._.radar_*`` values.

    The components read the text from ``user_data`` and tokenize sentences themselves,
    so the Doc is left without spaCy tokens: spaCy's tokenizer (and marking sentence
    starts on its tokens) cost a fifth of extraction and nothing used them.
    ``title_ids`` are clients named in the headline: their one-word aliases count as
    firm mentions even at a sentence start.
    """
    doc = Doc(nlp.vocab)
    doc.user_data["radar_text"] = text
    doc.user_data["radar_title_ids"] = title_ids or set()
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def build_pipeline(lang: str, index: RegisterIndex, patterns: CompiledPatterns) -> Language:
    """A blank pipeline for ``lang`` with the three Radar components wired to their data."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("radar_sentences_v1")
    mentions = nlp.add_pipe("radar_mentions_v1")
    mentions.index = index  # type: ignore[attr-defined]
    mentions.lang = lang  # type: ignore[attr-defined]
    nlp.add_pipe("radar_cues_v1").patterns = patterns  # type: ignore[attr-defined]
    return nlp


__all__ = ["Mention", "SentenceCues", "build_pipeline"]
