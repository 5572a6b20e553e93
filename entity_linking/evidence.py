"""Evidence from a mention's surrounding text: identifiers, city, sector, group, casing.

A name alone cannot separate "Akyıldız Gıda" from "Akyıldız Tekstil" when the text
just says "Akyıldız"; the document usually can (the city, the sector words, the
holding named nearby, a tax number in a registry notice). The text is folded once per
context and reused for every mention of the same document.
"""

from __future__ import annotations

import re
from functools import cached_property

from entity_linking.normalize import LEGAL_FORMS, fold_name, tokenize_folded
from radar_core.records import ClientRecord
from radar_core.text import fold

_TAX_ID = re.compile(r"(?<!\d)(\d{10})(?!\d)")
_REGISTRY = re.compile(
    r"(?:ticaret\s+sicil|sicil)\s*(?:no|numarasi|nosu|numara)?\s*[:.]?\s*(\d{3,9})"
    r"|(?:trade\s+regist(?:ry|er)|registration)\s*(?:no|number)?\s*[:.]?\s*(\d{3,9})"
)
_NON_WORD = re.compile(r"[^a-z0-9]+")
# Sector words that say nothing about which firm it is.
_GENERIC_SECTOR = frozenset(
    {"sanayi", "ticaret", "ve", "and", "hizmetleri", "urunleri", "genel", "diger", "uretim"}
)
_SENTENCE_END = frozenset(".!?:;\n\"“”")


def city_key(client: ClientRecord) -> str:
    """The client's city as a folded phrase ("İstanbul" -> "istanbul")."""
    return " ".join(w for w in _NON_WORD.split(fold(client.city or "")) if w)


def sector_words(client: ClientRecord) -> tuple[str, ...]:
    """Distinctive folded words of the client's sector ("Gıda (makarna)" -> gida, makarna)."""
    words = [w for w in _NON_WORD.split(fold(client.sector or "")) if len(w) >= 4]
    return tuple(w for w in words if w not in _GENERIC_SECTOR)


def tax_ids_in(text: str) -> tuple[str, ...]:
    """10-digit numbers (candidate VKNs) in a text.

    Only a client's *verified* number is matched against these (``Linker.by_tax_id``): an
    unverified one failed its check in the register, so it is a typo that may be another
    firm's real number. An 11-digit number is not read (amounts and phone numbers have 11
    digits; a sole proprietor's TCKN is personal data that news does not print).
    """
    return tuple(_TAX_ID.findall(text))


_REGISTRY_CUE = re.compile(r"(?i)s[iİı]c[iİı]l|regist")


class ContextEvidence:
    """A view of one context: identifiers at once, folded tokens and stems on demand.

    Folding a whole document costs more than linking a clear name, so the tokens are
    built only when a decision needs the context (close candidates, a weak name, a
    bare common word).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.tax_ids: tuple[str, ...] = tuple(_TAX_ID.findall(text)) if text else ()
        self._folded: str | None = None
        self._tokens: list[str] | None = None
        self._cache: dict[str, bool] = {}

    @classmethod
    def build(cls, text: str) -> ContextEvidence:
        """A context for ``text`` (cheap: folding happens on first use)."""
        return cls(text or "")

    def _fold(self) -> str:
        if self._folded is None:
            self._folded = fold(self.text)
        return self._folded

    def _token_list(self) -> list[str]:
        if self._tokens is None:
            self._tokens = tokenize_folded(self._fold()) if self.text else []
        return self._tokens

    @property
    def was_read(self) -> bool:
        """Whether the context's words were needed for a decision."""
        return self._tokens is not None

    @cached_property
    def tokens(self) -> frozenset[str]:
        """Folded word tokens of the context."""
        return frozenset(self._token_list())

    @cached_property
    def stems(self) -> frozenset[str]:
        """5-letter stems of the context's words (Turkish suffixes vary after them)."""
        return frozenset(t[:5] for t in self._token_list() if len(t) >= 4)

    @cached_property
    def joined(self) -> str:
        """The tokens joined by single spaces, padded, for whole-phrase search."""
        tokens = self._token_list()
        return " " + " ".join(tokens) + " " if tokens else ""

    @cached_property
    def registry_numbers(self) -> tuple[str, ...]:
        """Trade-registry numbers written after a "sicil"/"registry" cue."""
        if not self.text or not _REGISTRY_CUE.search(self.text):
            return ()
        return tuple(a or b for a, b in _REGISTRY.findall(self._fold()))

    def has_phrase(self, key: str) -> bool:
        """True when the normalised phrase ``key`` occurs as whole words."""
        if not key or not self.joined:
            return False
        hit = self._cache.get(key)
        if hit is None:
            hit = f" {key} " in self.joined
            self._cache[key] = hit
        return hit

    def city(self, city_key: str) -> bool:
        """The context names the city whose folded phrase is ``city_key``."""
        return bool(self.tokens) and self.has_phrase(city_key)

    def sector(self, sector_words: tuple[str, ...]) -> list[str]:
        """Sector words (see ``sector_words``) that appear, by 5-letter stem, in the context."""
        if not self.stems:
            return []
        return [w for w in sector_words if w[:5] in self.stems]

    def capitalised_mid_sentence(self, mention: str) -> bool:
        """The mention occurs capitalised somewhere other than a sentence start."""
        if not mention or not mention[:1].isupper():
            return False
        start = self.text.find(mention)
        while start != -1:
            before = self.text[:start].rstrip()
            if before and before[-1] not in _SENTENCE_END:
                return True
            start = self.text.find(mention, start + 1)
        return False

    def legal_form_after(self, mention: str) -> bool:
        """A legal form ("A.Ş.", "Ltd. Şti.", "Inc.") follows the mention in the text."""
        start = self.text.find(mention)
        while start != -1:
            tail = fold_name(self.text[start + len(mention) : start + len(mention) + 12])
            words = [w for w in _NON_WORD.split(tail) if w][:2]
            if any(w in LEGAL_FORMS and len(w) > 1 for w in words):
                return True
            start = self.text.find(mention, start + 1)
        return False
