"""Lists and tables under a header that holds the cue: each row's firm inherits the event.

"Ceza alan firmalar:" / "Companies fined:" followed by one firm per line ("- X: 2 milyon
TL"). A header is a line that ends with a colon, or a short line naming firms in the
plural; rows run until a line that does not open with a firm or holds a cue of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from radar_core.records import LinkResult
from signals.cues import CueHit
from signals.lexicon import COLLECTIVE_PLURALS, SECTOR_WORDS, TRADE_WORDS
from signals.mentions import Mention
from signals.pipeline import SentenceCues
from signals.tokens import Token, first_word_index

# Separators after a row's leading name: "Roche: ...", "- X – 2 milyon TL", "X (İstanbul)".
_ROW_SEPARATORS = (":", "-", "\u2013", "\u2014", ",", "(")


def header_rows(text: str, sents: list[tuple[int, int]], cues: list[SentenceCues],
                tokens_by_sent: list[list[Token]], by_sent: dict[int, list[Mention]],
                weak: list[Mention], killing: tuple[str, ...],
                name_firm: Callable[[str], tuple[str, LinkResult]],
                ) -> Iterator[tuple[int, Mention, CueHit]]:
    """(row sentence, row firm, header cue) for every row under a cue-bearing header.

    ``name_firm`` links a row's leading name when no mention was found there (a short
    alias at a line start is dropped by the mention finder): name -> (key, link).
    """
    for h_idx, sc in enumerate(cues):
        if not sc.hits or any(k in sc.modifiers for k in killing):
            continue
        a, b = sents[h_idx]
        words = [t for t in tokens_by_sent[h_idx] if t.is_word]
        plural = any(t.base in COLLECTIVE_PLURALS for t in words)
        if not (text[a:b].strip().endswith(":") or (plural and len(words) <= 8)):
            continue
        if by_sent.get(h_idx):
            continue  # the header names its own firm: an ordinary sentence
        for r_idx in range(h_idx + 1, len(sents)):
            tokens = tokens_by_sent[r_idx]
            first = first_word_index(tokens)
            row = [m for m in by_sent.get(r_idx, []) + [w for w in weak if w.sentence == r_idx]
                   if m.tok_start <= first + 1]
            firm = min(row, key=lambda m: m.tok_start) if row else \
                _leading_name(text, tokens, first, r_idx, name_firm)
            if firm is None or cues[r_idx].hits or len(tokens) > 30:
                break
            for hit in sc.hits:
                yield r_idx, firm, hit


def _leading_name(text: str, tokens: list[Token], first: int, s_idx: int,
                  name_firm: Callable[[str], tuple[str, LinkResult]]) -> Mention | None:
    """The capitalised name opening a list row ("Roche: EUR 2 million"), linked."""
    end = first
    while end < len(tokens) and end - first < 8 and (
            tokens[end].is_upper_initial or tokens[end].base in ("&", "ve", "and", ".")):
        end += 1
    words = [t for t in tokens[first:end] if t.is_word]
    if not words or (end < len(tokens) and tokens[end].text not in _ROW_SEPARATORS):
        return None
    if all(t.base in SECTOR_WORDS or t.base in TRADE_WORDS for t in words):
        return None  # "METAL", "Banks:": a section heading, not a firm
    name = text[tokens[first].start:tokens[end - 1].end]
    key, link = name_firm(name)
    return Mention(tokens[first].start, tokens[end - 1].end, name, s_idx, first, end, (),
                   True, False, tokens[end - 1].suffix, key, link)
