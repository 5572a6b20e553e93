"""Word tokens with character offsets and folded forms, the unit every matcher works on.

spaCy's blank Turkish tokenizer keeps "A.Ş.'nin" as one token, which hides the legal
form and the case suffix that attachment needs. Matching therefore runs on a simpler,
predictable split: words (with an apostrophe suffix kept apart), and single punctuation
marks. Each token carries ``base`` (folded, suffix removed) and ``suffix`` (folded).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from radar_core.text import fold

# A lower-case word run into a capitalised one ("verildiAkay Grup": a line break lost in
# extraction) is two words; "iPhone", "eBay", "easyJet" and "macOS" stay one.
# The split is only tried in a text that has such a run (most have none: it costs a tenth).
# A firm named by its web address ("Made.com", "Booking.com", "Hepsiburada.com") is one
# word; a lower-case address or one inside a URL or e-mail is not a name.
# Both are tried only in a text that may hold one (a substring test costs far less).
_WEB_NAME = r"(?<![\w.@/])[A-ZÇĞİÖŞÜ][\w-]*\.(?:com|net|co\.uk|com\.tr|io)(?!\w|\.\w)"
_PLAIN = r"\d+(?:[.,]\d+)*(?=\D|$)|\w+(?:[-]\w+)*|['’‘`´ʼ]\w+|[^\w\s]"
_SPLIT = (r"\d+(?:[.,]\d+)*(?=\D|$)|[a-zçğıöşüâîû]{5,}(?=[A-ZÇĞİÖŞÜ][a-zçğıöşüâîû])"
          r"|\w+(?:[-]\w+)*|['’‘`´ʼ]\w+|[^\w\s]")
_TOKEN_RES = {(split, web): re.compile((_WEB_NAME + "|" if web else "") + (_SPLIT if split else _PLAIN))
              for split in (False, True) for web in (False, True)}
_RUN_ON = re.compile(r"[a-zçğıöşüâîû]{5}[A-ZÇĞİÖŞÜ][a-zçğıöşüâîû]")


def _token_re(text: str) -> re.Pattern[str]:
    web = ".com" in text or ".net" in text or ".io" in text or ".co.uk" in text
    return _TOKEN_RES[bool(_RUN_ON.search(text)), web]
_APOS = "'’‘`´ʼ"
# Quotation marks as tokens: a term defined in brackets is quoted ("X A.Ş. (“Şirket”)").
QUOTES = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb")
_APOS_RE = re.compile(f"[{_APOS}]")


class Token:
    """One token: its text span, folded base form and folded apostrophe suffix.

    A plain slotted class rather than a frozen dataclass: documents make hundreds of
    tokens each, and ``is_word`` / ``is_upper_initial`` are read for most of them, so
    they are computed once here. Treat tokens as read-only.
    """

    __slots__ = ("start", "end", "text", "base", "suffix", "is_word", "is_upper_initial")

    def __init__(self, start: int, end: int, text: str, base: str, suffix: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.base = base
        self.suffix = suffix
        head = text[:1]
        self.is_word: bool = head.isalnum()
        # "iMFLUX", "eBay": a brand's lower-case first letter before a capital counts too.
        self.is_upper_initial: bool = head.isupper() or head.isdigit() or (
            head in ("i", "e") and len(text) > 2 and text[1].isupper())

    @property
    def is_all_caps(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) > 1 and all(c.isupper() for c in letters)

    def _key(self) -> tuple[int, int, str, str, str]:
        return (self.start, self.end, self.text, self.base, self.suffix)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Token:
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (f"Token(start={self.start!r}, end={self.end!r}, text={self.text!r}, "
                f"base={self.base!r}, suffix={self.suffix!r})")


def _fold_word(piece: str, cache: dict[str, str] | None) -> str:
    if "." in piece and piece[0].isalpha():
        piece = piece[:piece.index(".")]  # "Amazon.com" is the firm Amazon (a web name)
    # ASCII tokens fold to their lower case (fold maps "I" through "ı" back to "i").
    if piece.isascii():
        return piece.lower()
    if cache is None:
        return fold(piece)
    base = cache.get(piece)
    if not base:
        base = fold(piece)
        if len(cache) < 500_000:
            cache[piece] = base
    return base


def tokenize(text: str, offset: int = 0, cache: dict[str, str] | None = None) -> list[Token]:
    """Split ``text`` into tokens; an apostrophe suffix ("'nin") is folded into the word before it.

    ``cache`` (owned by the caller, e.g. a pipeline component) memoises folded words.
    """
    tokens: list[Token] = []
    append = tokens.append
    known = cache if cache is not None else {}
    for m in _token_re(text).finditer(text):
        piece = m.group()
        start, end = m.span()
        if piece[0] in _APOS and len(piece) > 1:
            if tokens and tokens[-1].end == start + offset and not tokens[-1].suffix:
                prev = tokens[-1]
                tokens[-1] = Token(prev.start, end + offset, text[prev.start - offset:end],
                                   prev.base, fold(piece[1:]))
            else:  # an opening quote: 'Negatif' -> Negatif
                append(Token(start + 1 + offset, end + offset, piece[1:], fold(piece[1:]), ""))
            continue
        base = known.get(piece) or _fold_word(piece, cache)
        append(Token(start + offset, end + offset, piece, base, ""))
    return tokens


def word_bases(text: str, cache: dict[str, str] | None = None) -> tuple[str, ...]:
    """``base`` of every word token of ``text``, as ``tokenize`` gives them, without Tokens.

    Register indexes call this for every name of every client; skipping the token
    objects makes it several times faster than filtering ``tokenize``.
    """
    if _APOS_RE.search(text) is None:
        # No suffix or quote to join: every word token is one regex match.
        known = cache if cache is not None else {}
        return tuple([known.get(piece) or _fold_word(piece, cache)
                      for piece in _token_re(text).findall(text) if piece[:1].isalnum()])
    bases: list[str] = []
    prev_end = -1  # end of the previous token, when it has no suffix yet
    for m in _token_re(text).finditer(text):
        piece = m.group()
        start, end = m.span()
        if piece[0] in _APOS and len(piece) > 1:
            if prev_end == start:
                # The suffix joins the previous token; a second one may not follow.
                prev_end = -1 if fold(piece[1:]) else end
                continue
            word = piece[1:]  # an opening quote
            if word[:1].isalnum():
                bases.append(fold(word))
            prev_end = end
            continue
        if piece[:1].isalnum():
            bases.append(_fold_word(piece, cache))
        prev_end = end
    return tuple(bases)


class FoldedText:
    """A sentence's tokens joined as folded words, with a map from folded offsets to tokens.

    Cue regexes run on this string ("kapasite artirimi yapacak"); a match position maps
    back to a token index and so to the original characters. Firm mentions given in
    ``collapse`` (token spans) become one placeholder word, so that a long legal name
    between "ihaleyi" and "kazandı" counts as one word of a cue's gap.
    """

    PLACEHOLDER = "xfirmx"

    def __init__(self, tokens: list[Token], collapse: Sequence[tuple[int, int]] = ()) -> None:
        self.tokens = tokens
        self.starts: list[int]
        self.index: list[int]
        if not collapse:
            # Most sentences name no firm: one word per token, offsets by running sum.
            words = [t.base + "'" + t.suffix if t.suffix else t.base for t in tokens]
            self.index = list(range(len(words)))
            self.starts = [0, *accumulate(len(w) + 1 for w in words[:-1])] if words else []
            self.text = " ".join(words)
            return
        parts: list[str] = []
        self.starts = []
        self.index = []
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


def first_word_index(tokens: Sequence[Token]) -> int:
    """Index of a sentence's first word token (past quotes and bullets); its length if none."""
    return next((k for k, t in enumerate(tokens) if t.is_word), len(tokens))


def aside_end(tokens: Sequence[Token], at: int) -> int:
    """The token after a short aside in brackets at ``at`` ("(TEB)", "(Kuveyt Turk)",
    "(LTFC IDRs)"), or ``at`` when none stands there."""
    if at < len(tokens) and tokens[at].text == "(":
        for k in range(at + 1, min(at + 6, len(tokens))):
            if tokens[k].text == ")":
                return k + 1
            if tokens[k].text in ("(", ".", ";", ","):
                break
    return at
