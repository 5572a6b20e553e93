"""Mojibake repaired where it is certain, and documents still garbled measured and flagged.

A right decoding cannot undo text that was already broken before it was served: a CMS
that stored UTF-8 read as Windows-1252 ("GÄ±da", "Åžirket", "â€œ") or lost letters
to U+FFFD or "?" ("Yat?r?m"). ftfy repairs the first kind, and only where its badness
heuristic sees mojibake, so clean Turkish and English text is never touched. What no
repair can restore is measured: the share of bad sequences among the text's characters;
a document above ``GARBLED_SHARE`` (and with at least ``GARBLED_MIN`` of them) is flagged
``garbled`` so that its missing events are explained and the source can be looked at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ftfy import TextFixerConfig, fix_text
from ftfy.badness import badness, is_bad

# Only ftfy's encoding steps: no HTML unescaping, quote uncurling, width or NFC changes.
_ENCODING_ONLY = TextFixerConfig(
    unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
    fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
    remove_control_chars=False, normalization=None, explain=False)
# Letters lost on the way: U+FFFD, a "?" inside a word ("Yat?r?m"), and ð ý þ Ð Ý Þ,
# which Turkish ğ ı ş Ğ İ Ş become under a Western charset and neither language uses.
_LOST = re.compile(r"\ufffd|(?<=\w)\?(?=\w)|[ðýþÐÝÞ]")
_TEXT_RUN = re.compile(r"[^<>]+")
GARBLED_SHARE = 0.01
GARBLED_MIN = 3


@dataclass(frozen=True)
class Garble:
    """How broken a text is: bad sequences, letters counted, their share."""

    bad: int
    chars: int

    @property
    def share(self) -> float:
        return self.bad / self.chars if self.chars else 0.0

    @property
    def garbled(self) -> bool:
        return self.bad >= GARBLED_MIN and self.share >= GARBLED_SHARE

    def as_flag(self) -> dict[str, float | int]:
        return {"bad": self.bad, "chars": self.chars, "share": round(self.share, 4)}


def repair(text: str) -> str:
    """``text`` with its mojibake undone by ftfy; unchanged unless ftfy sees mojibake."""
    if not text or not is_bad(text):
        return text
    return fix_text(text, _ENCODING_ONLY)


def repair_markup(page: str) -> str:
    """``repair`` on each run of text between tags, not on the page as one piece.

    A page's template is usually clean and only its stored content double-encoded; ftfy
    undoes a segment most reliably when the segment is wholly mojibake, and text nodes
    are the runs that share one history. Text without tags (CSV, JSON) is one run.
    """
    if not is_bad(page):
        return page
    return _TEXT_RUN.sub(lambda m: repair(m.group()), page)


def garble(text: str) -> Garble:
    """Mojibake sequences (ftfy's badness) plus lost letters, against non-space characters."""
    chars = sum(1 for ch in text if not ch.isspace())
    return Garble(badness(text) + len(_LOST.findall(text)), chars)
