"""Turkish-aware text folding shared by signals and entity linking.

Python's ``str.lower`` maps "I" to "i" and "İ" to "i̇" (with a combining dot), which is
wrong for Turkish and breaks matching of all-caps titles such as "AKYILDIZ GIDA".
Both the mention finder and the linker must fold text the same way, so the rules
live here, in the shared core.
"""

from __future__ import annotations

import re
import unicodedata

_TR_UPPER = str.maketrans({"I": "ı", "İ": "i"})
_ASCII = str.maketrans(
    {
        "ç": "c", "ğ": "g", "ı": "i", "ö": "o", "ş": "s", "ü": "u",
        "â": "a", "î": "i", "û": "u", "é": "e", "ä": "a", "ß": "ss",
    }
)
APOSTROPHES = "'’‘`´ʼ"
_APOS_RE = re.compile(f"[{APOSTROPHES}]")
_SPACE_RE = re.compile(r"\s+")


def tr_lower(text: str) -> str:
    """Lower-case with Turkish dotted/dotless i rules ("I" -> "ı", "İ" -> "i")."""
    return text.translate(_TR_UPPER).lower()


def ascii_fold(text: str) -> str:
    """Strip Turkish and other diacritics: "çığ" -> "cig" (expects lower-case input)."""
    text = text.translate(_ASCII)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize_apostrophes(text: str) -> str:
    """Map typographic apostrophes to "'" so that suffix rules see one character."""
    return _APOS_RE.sub("'", text)


def fold_reference(text: str) -> str:
    """``fold`` spelled out step by step; ``fold`` must equal it (a test checks every char)."""
    text = unicodedata.normalize("NFC", text)
    return _SPACE_RE.sub(" ", ascii_fold(tr_lower(normalize_apostrophes(text)))).strip()


# fold's fast paths: ASCII needs only lower-casing (English "I" folds through "ı" to "i"
# anyway), Latin text up to U+024F one translation table; rarer characters take the
# reference path. Index builds fold every register name, so this is most of their cost.
_LATIN_LIMIT = "\u024f"
_APOS_TR_UPPER = str.maketrans({"I": "ı", "İ": "i", **{ch: "'" for ch in APOSTROPHES}})
_LATIN_ASCII: dict[int, str] = {
    code: ascii_fold(chr(code)) for code in range(0x250) if ascii_fold(chr(code)) != chr(code)
}


def fold(text: str) -> str:
    """Matching key: Turkish lower-case, diacritics removed, apostrophes unified, spaces single.

    "Arçelik'in" and "ARCELIK’IN" both become "arcelik'in"; "İSTANBUL" and "Istanbul"
    both become "istanbul" (English "I" folds through "ı" to "i" as well).
    """
    if text.isascii():
        if text.isalnum():  # one plain word (most calls): no spaces or apostrophes to unify
            return text.lower()
        return _SPACE_RE.sub(" ", text.replace("`", "'").lower()).strip()
    lowered = unicodedata.normalize("NFC", text).translate(_APOS_TR_UPPER).lower()
    if max(lowered) > _LATIN_LIMIT:
        return fold_reference(text)
    return _SPACE_RE.sub(" ", lowered.translate(_LATIN_ASCII)).strip()


# Length-preserving fold: Turkish letters lose their marks and case and apostrophes are
# unified, character for character, so that regexes and lookups can run on the folded copy
# (plain literals, no IGNORECASE: several times faster) while offsets, and capitalisation
# checks, still refer to the original text.
_SAME_LENGTH_TABLE = str.maketrans(
    {
        "İ": "i", "I": "i", "ı": "i", "Ç": "c", "ç": "c", "Ğ": "g", "ğ": "g", "Ö": "o",
        "ö": "o", "Ş": "s", "ş": "s", "Ü": "u", "ü": "u", "Â": "a", "â": "a", "Î": "i",
        "î": "i", "Û": "u", "û": "u", "É": "e", "é": "e", "Ä": "a", "ä": "a",
        **{ch: "'" for ch in APOSTROPHES},
    }
)


def fold_same_length(text: str) -> str:
    """Like ``fold`` but keeps every character's offset: ``len(result) == len(text)``."""
    folded = text.translate(_SAME_LENGTH_TABLE).lower()
    if len(folded) == len(text):
        return folded
    # A rare character whose lower-case form is longer (e.g. "ẞ"): keep one char of it.
    return "".join((ch.translate(_SAME_LENGTH_TABLE).lower() or ch)[0] for ch in text)
