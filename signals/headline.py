"""Headlines written in Title Case, read as sentences.

Outlets capitalise every word of a headline ("Harlow Retail Files For Bankruptcy",
"Turkcell, Vodafone Ve Avea'ya Ceza"). The name finder takes a run of capitalised words
for a name, so the whole headline becomes one name and the cue inside it is lost. A word
keeps its capital only where it is a name: written with a capital inside the body too
(not opening a sentence there), an acronym, or a Turkish proper noun with its
apostrophe suffix. Every other word is written as the body writes common words. The
result has the headline's length, character for character, so offsets stay valid.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from radar_core.text import fold
from signals.lexicon import SECTOR_WORDS, lower_text

# A word: letters, with an apostrophe suffix ("Avea'ya") or inner dots and hyphens.
_WORD = re.compile(r"[^\W\d_](?:[\w&-]|['’.](?=\w))*")
# Title Case: at least this many words, nearly all of them capitalised.
_MIN_WORDS = 3
_CAPITAL_SHARE = 0.8
# A headline word the body does not use is a name unless the language knows it this well
# ("Downgrades" 2.5, "Sues" 3.0; most firms' made-up names score 0).
_KNOWN_WORD_ZIPF = 2.4
# How much of the body is read for the way it writes the headline's words.
_BODY_READ = 20_000


def title_cased(title: str) -> bool:
    """True for a headline that capitalises (nearly) every word, but is not in capitals."""
    words = [w for w in _WORD.findall(title) if len(w) > 1 or w.isupper()]
    if len(words) < _MIN_WORDS or all(w.isupper() for w in words):
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals >= _CAPITAL_SHARE * len(words)


def sentence_case(title: str, body: str, lang: str,
                  cue_word: Callable[[str], bool] = lambda word: False) -> str:
    """``title`` with the capitals of its common words lowered (same length); unchanged
    unless it is in Title Case. A word that is an event cue on its own ("Konkordato",
    "Downgrades") is never a name's."""
    if not title_cased(title):
        return title
    capitalised, mid_sentence, lower = _body_words(body[:_BODY_READ], title)
    out = list(title)
    kept = True  # the first word keeps its capital
    for m in _WORD.finditer(title):
        word = m.group()
        if m.start() == 0 or not word[0].isupper() or (not cue_word(word) and (_keeps_capital(
                word, lang, capitalised, mid_sentence, lower) or (
                kept and fold(word) in SECTOR_WORDS))):
            # (a trade word right after a name stays its part: "Norvane Foundry Files ...")
            kept = True
            continue
        kept = False
        out[m.start()] = _lower(word[0], lang)
    return "".join(out)


def _keeps_capital(word: str, lang: str, capitalised: set[str], mid_sentence: set[str],
                   lower: set[str]) -> bool:
    """True for a headline word that is a name: spelt with inner capitals ("BTK",
    "McDonald's") or a Turkish apostrophe suffix ("Avea'ya"), written with a capital in
    the middle of a body sentence, or only ever with one there; a word the body does not
    use keeps its capital unless the language knows it (Zipf 2.4 or more)."""
    if len(word) == 1 or sum(1 for ch in word if ch.isupper()) > 1:
        return True
    if "'" in word or "’" in word:
        return True
    from wordfreq import zipf_frequency  # loads its tables on first use, as lexicon does

    key = word.rstrip(".")
    if key in mid_sentence or (key in capitalised and fold(key) not in lower):
        return True
    return key not in capitalised and fold(key) not in lower \
        and zipf_frequency(lower_text(key, lang), lang) < _KNOWN_WORD_ZIPF


def _body_words(body: str, title: str = "") -> tuple[set[str], set[str], set[str]]:
    """The body's capitalised words, those of them not opening a sentence or line, and
    its words in lower case (folded); a line repeating the headline is not read."""
    capitalised: set[str] = set()
    mid_sentence: set[str] = set()
    lower: set[str] = set()
    # The headline repeated as a line of the body proves no word of it a name.
    body = "\n".join("" if title and " ".join(line.split()) == " ".join(title.split()) else line
                     for line in body.split("\n"))
    for m in _WORD.finditer(body):
        word = re.split(r"['’]", m.group(), maxsplit=1)[0].rstrip(".")
        if not word[0].isupper():
            lower.add(fold(word))
            continue
        capitalised.add(word)
        before = body[max(0, m.start() - 3):m.start()].rstrip(" \"'“‘(")
        if before and before[-1] not in ".!?:\n•-–—":
            mid_sentence.add(word)
    return capitalised, mid_sentence, lower


def _lower(ch: str, lang: str) -> str:
    """One character in lower case (Turkish "I" is "ı", "İ" is "i"; never two chars)."""
    if lang == "tr" and ch == "I":
        return "ı"
    if ch == "İ":
        return "i"
    low = ch.lower()
    return low if len(low) == 1 else ch
