"""Word tokens with character offsets and folded forms, the unit every matcher works on.

spaCy's blank Turkish tokenizer keeps "A.Ş.'nin" as one token, which hides the legal
form and the case suffix that attachment needs. Matching therefore runs on a simpler,
predictable split: words (with an apostrophe suffix kept apart), and single punctuation
marks. Each token carries ``base`` (folded, suffix removed) and ``suffix`` (folded).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from radar.text import fold

_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*(?=\D|$)|\w+(?:[-]\w+)*|['’‘`´ʼ]\w+|[^\w\s]")
_APOS = "'’‘`´ʼ"


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its text span, folded base form and folded apostrophe suffix."""

    start: int
    end: int
    text: str
    base: str
    suffix: str

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def is_upper_initial(self) -> bool:
        return self.text[:1].isupper() or self.text[:1].isdigit()

    @property
    def is_all_caps(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) > 1 and all(c.isupper() for c in letters)


def tokenize(text: str, offset: int = 0, cache: dict[str, str] | None = None) -> list[Token]:
    """Split ``text`` into tokens; an apostrophe suffix ("'nin") is folded into the word before it.

    ``cache`` (owned by the caller, e.g. a pipeline component) memoises folded words.
    """
    tokens: list[Token] = []
    for m in _TOKEN_RE.finditer(text):
        piece = m.group()
        if piece[0] in _APOS and len(piece) > 1:
            if tokens and tokens[-1].end == m.start() + offset and not tokens[-1].suffix:
                prev = tokens[-1]
                tokens[-1] = Token(prev.start, m.end() + offset, text[prev.start - offset:m.end()],
                                   prev.base, fold(piece[1:]))
            else:  # an opening quote: 'Negatif' -> Negatif
                tokens.append(Token(m.start() + 1 + offset, m.end() + offset, piece[1:],
                                    fold(piece[1:]), ""))
            continue
        # ASCII tokens fold to their lower case (fold maps "I" through "ı" back to "i").
        if piece.isascii():
            base = piece.lower()
        elif cache is not None:
            base = cache.get(piece) or ""
            if not base:
                base = fold(piece)
                if len(cache) < 500_000:
                    cache[piece] = base
        else:
            base = fold(piece)
        tokens.append(Token(m.start() + offset, m.end() + offset, piece, base, ""))
    return tokens


class FoldedText:
    """A sentence's tokens joined as folded words, with a map from folded offsets to tokens.

    Cue regexes run on this string ("kapasite artirimi yapacak"); a match position maps
    back to a token index and so to the original characters. Firm mentions given in
    ``collapse`` (token spans) become one placeholder word, so that a long legal name
    between "ihaleyi" and "kazandı" counts as one word of a cue's gap.
    """

    PLACEHOLDER = "xfirmx"

    def __init__(self, tokens: list[Token], collapse: list[tuple[int, int]] = ()) -> None:  # type: ignore[assignment]
        self.tokens = tokens
        parts: list[str] = []
        self.starts: list[int] = []
        self.index: list[int] = []
        spans = {a: b for a, b in collapse}
        pos = 0
        i = 0
        while i < len(tokens):
            if i in spans:
                word, nxt = self.PLACEHOLDER, max(spans[i], i + 1)
            else:
                tok = tokens[i]
                word, nxt = tok.base + ("'" + tok.suffix if tok.suffix else ""), i + 1
            self.starts.append(pos)
            self.index.append(i)
            parts.append(word)
            pos += len(word) + 1
            i = nxt
        self.text = " ".join(parts)

    def token_at(self, offset: int) -> int:
        """Index (into ``tokens``) of the token containing folded offset ``offset``."""
        return self.index[max(0, bisect_right(self.starts, offset) - 1)] if self.index else 0
