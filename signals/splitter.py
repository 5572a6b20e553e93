"""Sentence segmentation that survives Turkish abbreviations, legal forms and news markup.

Turkish business text is full of dots that do not end sentences: "A.Ş.", "Ltd. Şti.",
"San. ve Tic.", "vb.", "No.", decimals "1,2" / "3.5" and dates "12.03.2025". News
markup adds boundaries without dots: line breaks and list rows. The splitter is plain
Python (offsets into the original text); signals/sentences.py wraps it as the spaCy
component ``radar_sentences_v1`` so that the pipeline's ``doc.sents`` agree with the
evidence spans, and training cuts its examples with the same function without loading spaCy.
"""

from __future__ import annotations

import re

from radar_core.text import fold

# Folded abbreviations (no dot) after which a dot never ends a sentence.
ABBREVIATIONS = frozenset(
    """
    san tic ltd sti vb vs dr no nr st inc co corp mr mrs ms prof doc av bkz yy mah cad sok
    blv bulv apt tel jr sr vol fig gen mud md mad ins ith ihr paz end tek kol koop org
    mak muh urn hiz tas nak elk elek enj kim tar tur yat otom bros intl mfg dept est approx
    ref art krs kr yrd doc op uzm tbk plc llc gmbh bv nv sa ag pte pty pvt vd ss sn
    isl taah uret urt teks plas amb bilg yap elekt ener orm konf mam
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)
# Legal-form abbreviations that may end a sentence when a typical sentence opener follows.
LEGAL_ENDINGS = frozenset("inc co corp ltd sti plc llc gmbh bv nv sa ag s".split())
# Legal forms never written with a dot of their own: a dot after one ends the sentence.
UNDOTTED_ENDINGS = frozenset("plc llc gmbh llp".split())
OPENERS = frozenset(
    """
    the it its this that these those they he she we in on at according however but
    meanwhile also bu su o sirket sirketin sirketten ancak ote oyle diger ayrica firma
    """.split()
)

_BOUNDARY_RE = re.compile(r"([.!?…]+)([\"'”’)\]»]*)(\s+)")
_WORD_AT_RE = re.compile(r"\w*")


def _ends_sentence(line: str, dot_start: int, punct: str, next_start: int) -> bool:
    """Decide whether the punctuation at ``dot_start`` ends a sentence."""
    if next_start >= len(line):
        return True
    nxt = line[next_start]
    if "?" in punct or "!" in punct or "…" in punct:
        return not nxt.islower()
    if nxt.islower() or nxt in ",;:)":
        return False
    # The word before the dot, scanned backwards: a regex search from the line's start
    # at every full stop made long lines quadratic. (``\w`` is isalnum() or "_".)
    j = dot_start
    while j and (line[j - 1].isalnum() or line[j - 1] == "_"):
        j -= 1
    if j == dot_start:
        return True
    word = fold(line[j:dot_start])
    if line[j:dot_start].isupper() and 1 < len(word) <= 5 \
            and line[next_start:next_start + 2].isupper():
        return False  # a title in capitals: "ORMAN ÜRÜN. İNŞ. NAK. LTD. ŞTİ."
    if word in UNDOTTED_ENDINGS:
        return True  # never abbreviated: "... Stanbic IBTC Bank Plc. Holders of ..." ends
    if word in LEGAL_ENDINGS or (len(word) == 1 and word.isalpha()):
        # "X A.Ş. Genel Müdürü ..." continues; "... Acme Inc. The deal ..." ends.
        next_match = _WORD_AT_RE.match(line, next_start)
        return fold(next_match.group() if next_match else "") in OPENERS
    if word in ABBREVIATIONS:
        return False
    if word.isdigit() and (nxt.isdigit() or len(word) <= 2):
        return False  # "1.250", or a Turkish ordinal: "2. Kısım", "3. Hukuk Mahkemesi"
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the sentences of ``text``, whitespace trimmed.

    Every line is at least one sentence (list rows, headlines, bullet items); inside a
    line a dot, "!" or "?" ends a sentence unless it belongs to an abbreviation, a legal
    form or a number.
    """
    spans: list[tuple[int, int]] = []
    for line_start, line in _logical_lines(text):
        start = 0
        for m in _BOUNDARY_RE.finditer(line):
            if _ends_sentence(line, m.start(1), m.group(1), m.end()):
                _add(spans, text, line_start + start, line_start + m.end(2))
                start = m.end()
        _add(spans, text, line_start + start, line_start + len(line))
    return spans


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of the text's lines, hard wraps joined: a line that stops without
    punctuation before one that goes on in lower case ("... çevrim içi" / "alışveriş
    hizmetleri ...") is one line broken for width, not a heading or a row."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.lstrip()
        if lines and body[:1].islower():
            prev_start, prev = lines[-1]
            tail = prev.rstrip()
            if tail and (tail[-1].isalnum() or tail[-1] == ","):
                lines[-1] = (prev_start, prev + line)
                pos += len(line)
                continue
        lines.append((pos, line))
        pos += len(line)
    return lines


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
