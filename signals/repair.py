"""Turkish letters lost to "?" on the way to a page: "kredi notunu d???rd?".

A page saved or served in a code page without ı, ş and ğ (Latin-1 has ü, ö and ç, not
these) often reaches us with each of them replaced by a question mark, and then no cue
and no name matches. The letters cannot be decoded back, but each word has few
candidates: every "?" inside a word is one of ı/ş/ğ (İ/Ş/Ğ after no letter, or in a word
written in capitals), and the candidate Turkish knows best (wordfreq) is taken. The
repair keeps every character's offset, so evidence spans stay valid.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

# A word with at least one "?" between or before letters ("d???rd?", "?stanbul").
_DAMAGED = re.compile(r"(?<![\w?])[^\W\d_?]*\?[\w?]*(?<=\w|\?)")
# Legal forms whose lost letter is known: "A.?." is "A.Ş.", "?ti." is "Şti.".
_LEGAL_FORMS = re.compile(r"(?<![\w.])A\.\?\.|(?<!\w)\?ti\.")
_LOWER = ("ı", "ş", "ğ")
_UPPER = ("İ", "Ş", "Ğ")
# A document needs this many damaged words before any is touched: a lone "?" is a question.
_MIN_DAMAGED = 3
_MAX_MARKS = 6  # 3**6 candidates at most per word


def restore_lost_letters(text: str) -> str:
    """``text`` with "?" inside Turkish words replaced by the likeliest lost letter."""
    if text.count("?") < _MIN_DAMAGED:
        return text
    words = [m for m in _DAMAGED.finditer(text) if _inside_word(m.group())]
    if len(words) < _MIN_DAMAGED:
        return text
    out = list(text)
    legal: set[int] = set()
    for m in _LEGAL_FORMS.finditer(text):
        out[m.start():m.end()] = m.group().replace("?", "Ş")  # "A.?.", "?ti." (same length)
        legal.update(range(m.start(), m.end()))
    for m in words:
        if m.start() in legal:
            continue
        before = text[max(0, m.start() - 3):m.start()].rstrip(" \t")
        opens = not before or before[-1] in ".!:\n\"“(" or text[:m.start()].strip() == ""
        if m.start() and text[m.start() - 1] in "'’":
            opens = False  # "Ba?kanl???'n?n": the ending after a name's apostrophe
        named = m.end() < len(text) and text[m.end()] in "'’"
        fixed = _best(m.group(), opens, named, bool(m.start()) and text[m.start() - 1] in "'’")
        out[m.start():m.end()] = fixed
    return "".join(out)


def _inside_word(word: str) -> bool:
    """A "?" with a letter after it, or a letter before it: not a question's mark."""
    return any(ch == "?" and ((k + 1 < len(word) and word[k + 1].isalpha())
                              or (k > 0 and word[k - 1].isalpha()))
               for k, ch in enumerate(word))


@lru_cache(maxsize=4096)
def _best(word: str, opens: bool = False, named: bool = False, ending: bool = False) -> str:
    """The likeliest spelling of ``word``; ``opens`` when it starts a sentence, ``named``
    when an apostrophe follows it (a name), ``ending`` when it follows one (a suffix)."""
    marks = [k for k, ch in enumerate(word) if ch == "?"]
    if not marks or len(marks) > _MAX_MARKS or not any(ch.isalpha() for ch in word):
        return word
    from wordfreq import zipf_frequency  # its tables load on first use

    capitals = word.replace("?", "").isupper() and len(word) > 2
    best, best_score = word, -1.0
    for letters in product(range(3), repeat=len(marks)):
        chars = list(word)
        for k, choice in zip(marks, letters, strict=True):
            # A word-initial "?" is a capital when it starts a sentence or a name (which
            # takes its endings after an apostrophe: "?i?ecam'?n"); a lower-case word
            # seldom starts with "ı", a name often with "İ" ("?stanbul", "?zmir").
            upper = not ending and (capitals or (k == 0 and (opens or named or choice == 0)))
            chars[k] = (_UPPER if upper else _LOWER)[choice]
        candidate = "".join(chars)
        score = zipf_frequency(candidate.lower().replace("i̇", "i"), "tr")
        if score > best_score:
            best, best_score = candidate, score
    if word.endswith("?") and len(word) > 1 and "?" not in word[:-1] and not named:
        # "oldu?" may be a question: kept when the bare word is the better-known one.
        if zipf_frequency(word[:-1].lower(), "tr") >= max(best_score, 0.0) and best_score < 3:
            return word
    if best_score <= 0:
        # No candidate is a known word (a name): "ı" is the commonest of the three.
        chars = list(word)
        for k in marks:
            chars[k] = "İ" if not ending and (capitals or k == 0) else "ı"
        best = "".join(chars)
    return best
