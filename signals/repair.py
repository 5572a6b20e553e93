"""Turkish letters lost to "?" on the way to a page: "kredi notunu d???rd?".

A page saved or served in a code page without ı, ş and ğ (Latin-1 has ü, ö and ç, not
these) often reaches us with each of them replaced by a question mark, and then no cue
and no name matches. The letters cannot be decoded back, but each word has few
candidates: every "?" inside a word is one of ı/ş/ğ (İ/Ş/Ğ at a sentence's or a name's
start, or in a word written in capitals), and the candidate Turkish knows best (wordfreq)
is taken. The repair keeps every character's offset, so evidence spans stay valid.

Questions stay questions: a document is repaired only when several words carry a "?"
between two lower-case letters ("yat?r?m"), which no question does, and a word that
merely ends in "?" keeps it unless a repaired word is better known than the bare one
("etti mi?", "ne zaman?" stay; "notlar?" becomes "notları"). Addresses ("haber?id=5") are
left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

# A word with at least one "?" in it or at its start ("d???rd?", "?stanbul").
_DAMAGED = re.compile(r"(?<![\w?])[^\W\d_?]*\?[\w?]*(?<=\w|\?)")
# The surest sign: a "?" between two lower-case letters ("yat?r?m", "Ba?kanl???").
_INSIDE = re.compile(r"[a-zçöüâîûığş]\?+[a-zçöüâîûığş]")
# What marks a query string or an address: "haber?id=5", "www.x.com/a?b".
_ADDRESS_MARK = re.compile(r"://|www\.|\?\w+=")
_SPACE = re.compile(r"\s")
_LOWER = ("ı", "ş", "ğ")
_UPPER = ("İ", "Ş", "Ğ")
# Legal forms whose lost letter is known: "A.?." is "A.Ş.", "?ti." is "Şti.".
_LEGAL_FORMS = re.compile(r"(?<![\w.])A\.\?\.|(?<!\w)\?ti\.")
_MIN_INSIDE = 3  # words with a "?" between letters before a document counts as damaged
_MAX_MARKS = 4  # 3**4 candidates at most per word
_MAX_WORDS = 5000  # damaged words repaired per document at most (a bound on the work)


def restore_lost_letters(text: str) -> str:
    """``text`` with "?" inside Turkish words replaced by the likeliest lost letter."""
    if text.count("?") < _MIN_INSIDE:
        return text
    addresses = _addresses(text)
    if len([m for m in _INSIDE.finditer(text)
            if not any(a <= m.start() < b for a, b in addresses)]) < _MIN_INSIDE:
        return text
    out = list(text)
    legal: set[int] = set()
    for m in _LEGAL_FORMS.finditer(text):
        out[m.start():m.end()] = m.group().replace("?", "Ş")
        legal.update(range(m.start(), m.end()))
    lead = len(text) - len(text.lstrip())
    for n, m in enumerate(_DAMAGED.finditer(text)):
        if n >= _MAX_WORDS:
            break
        word = m.group()
        if m.start() in legal or not _inside_word(word) \
                or any(a <= m.start() < b for a, b in addresses):
            continue
        before = text[max(0, m.start() - 3):m.start()].rstrip(" \t")
        opens = m.start() <= lead or not before or before[-1] in ".!:\n\"“("
        ending = m.start() > 0 and text[m.start() - 1] in "'’"
        if ending:
            opens = False  # "Ba?kanl???'n?n": the ending after a name's apostrophe
        named = m.end() < len(text) and text[m.end()] in "'’"
        # A question mark ends a sentence; "notlar? aynı kaldı" goes on in lower case.
        rest = text[m.end():m.end() + 3].lstrip(" \t")
        midway = bool(rest) and rest[0].isalpha() and rest[0].islower()
        out[m.start():m.end()] = _best(word, opens, named, ending, midway)
    return "".join(out)


def _addresses(text: str) -> list[tuple[int, int]]:
    """Spans of the whitespace-delimited runs that hold an address or a query string."""
    spans: list[tuple[int, int]] = []
    for m in _ADDRESS_MARK.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue
        start = max(text.rfind(ch, 0, m.start()) for ch in " \n\t\r") + 1
        after = _SPACE.search(text, m.end())
        spans.append((start, after.start() if after else len(text)))
    return spans


def _inside_word(word: str) -> bool:
    """A "?" with a letter after it, or a letter before it: not a lone question mark, nor
    a question run into the next sentence ("oldu?Bilmiyorum") or doubled ("mi??")."""
    if (word.endswith("??") and "?" not in word.rstrip("?")) or any(
            ch == "?" and k > 0 and word[k - 1].isalpha() and k + 1 < len(word)
            and word[k + 1].isupper() for k, ch in enumerate(word)):
        return False
    return any(ch == "?" and ((k + 1 < len(word) and word[k + 1].isalpha())
                              or (k > 0 and word[k - 1].isalpha()))
               for k, ch in enumerate(word))


def _lower_tr(word: str) -> str:
    return word.replace("I", "ı").replace("İ", "i").lower()


@lru_cache(maxsize=4096)
def _best(word: str, opens: bool = False, named: bool = False, ending: bool = False,
          midway: bool = False) -> str:
    """The likeliest spelling of ``word``; ``opens`` when it starts a sentence, ``named``
    when an apostrophe follows it (a name), ``ending`` when it follows one (a suffix),
    ``midway`` when the sentence goes on after it in lower case."""
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
        score = zipf_frequency(_lower_tr(candidate), "tr")
        if score > best_score:
            best, best_score = candidate, score
    if marks == [len(word) - 1] and not named and not (midway and best_score > 0):
        # Only a final "?": a question ("etti mi?", "ne zaman?") unless the bare word is
        # unknown and a repaired one is a word ("yap?lmad?" has inner marks anyway).
        if best_score < 3 or zipf_frequency(_lower_tr(word[:-1]), "tr") >= best_score:
            return word
    if best_score <= 0:
        # No candidate is a known word (a name): "ı" is the commonest of the three.
        chars = list(word)
        for k in marks:
            chars[k] = "İ" if not ending and (capitals or k == 0) else "ı"
        best = "".join(chars)
    return best
