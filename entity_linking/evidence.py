"""Evidence from a mention's surrounding text: identifiers, place, sector, group, casing.

A name alone cannot separate "Akyıldız Gıda" from "Akyıldız Tekstil" when the text
just says "Akyıldız", nor two clients both called "Marmara Gıda"; the document usually
can (the city or district with its case ending, "Tekirdağ'daki", "Bursada", "Düzce
merkezli"; the sector's words, "süt işleme tesisi", "wind farm"; the holding named
nearby; a tax number in a registry notice). The text is folded once per context and
reused for every mention of the same document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cached_property

from entity_linking.config import SectorVocabulary
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
# Place separators in the register's city field ("Çorlu/Tekirdağ", "Tuzla (İstanbul)").
_PLACE_SPLIT = re.compile(r"[/,;()]|\s-\s")
# Turkish case endings written without an apostrophe ("Bursada", "Tekirdagdaki",
# "Izmirin", "Düzceli"), longest first; a place is read off a word only when at least
# four letters remain, so short words are not taken for places.
_CASE_ENDINGS = (
    "daki", "deki", "taki", "teki", "dan", "den", "tan", "ten", "nin", "nun", "da", "de",
    "ta", "te", "in", "un", "li", "lu", "ya", "ye", "a", "e", "i", "u",
)
# Word beginnings are indexed up to this length (longer words are cut to it).
_PREFIX_MAX = 12


def city_key(client: ClientRecord) -> str:
    """The client's city as a folded phrase ("İstanbul" -> "istanbul")."""
    return " ".join(w for w in _NON_WORD.split(fold(client.city or "")) if w)


def sector_words(client: ClientRecord) -> tuple[str, ...]:
    """Distinctive folded words of the client's sector ("Gıda (makarna)" -> gida, makarna)."""
    words = [w for w in _NON_WORD.split(fold(client.sector or "")) if len(w) >= 4]
    return tuple(w for w in words if w not in _GENERIC_SECTOR)


def place_keys(client: ClientRecord) -> tuple[str, ...]:
    """Folded places of the client: city and district ("Çorlu/Tekirdağ" -> corlu, tekirdag)."""
    parts = (" ".join(w for w in _NON_WORD.split(fold(p)) if w)
             for p in _PLACE_SPLIT.split(client.city or ""))
    return tuple(dict.fromkeys(p for p in parts if p))


class WordSet:
    """Tagged words to look for in a context: whole words (<= 3 letters), word beginnings,
    phrases (whose last word may go on).

    Written as people spell them; folded and mapped like context tokens are (so an
    English word meets its Turkish rendering). Each word carries a tag (its sector), so
    one set answers for all of a client's sectors with two set intersections.
    """

    def __init__(self, words: list[tuple[str, str]]) -> None:
        self.tokens: dict[str, list[tuple[str, str]]] = {}
        self.prefixes: dict[str, list[tuple[str, str]]] = {}
        self.phrases: dict[str, list[tuple[str, str]]] = {}
        for tag, word in words:
            tokens = tokenize_folded(fold(word))
            if len(tokens) > 1:
                table, key = self.phrases, " ".join(tokens)
            elif tokens and len(tokens[0]) <= 3:
                table, key = self.tokens, tokens[0]
            elif tokens:
                table, key = self.prefixes, tokens[0][:_PREFIX_MAX]
            else:
                continue
            table.setdefault(key, []).append((tag, word))
        self._token_keys = frozenset(self.tokens)
        self._prefix_keys = frozenset(self.prefixes)

    def found_in(self, ctx: ContextEvidence, exclude: frozenset[str] = frozenset()
                 ) -> dict[str, list[str]]:
        """Tag -> its words that occur in ``ctx``, ignoring context words in ``exclude``."""
        if not ctx.tokens:
            return {}
        tokens, prefixes = ctx.without(exclude)
        hits = [*(self.tokens[t] for t in self._token_keys & tokens),
                *(self.prefixes[p] for p in self._prefix_keys & prefixes),
                *(tagged for phrase, tagged in self.phrases.items()
                  if ctx.has_phrase(phrase, open_end=True))]
        found: dict[str, list[str]] = {}
        for tagged in hits:
            for tag, word in tagged:
                words = found.setdefault(tag, [])
                if word not in words:
                    words.append(word)
        return found


class SectorMatcher:
    """The declared sectors a client's sector text names, as one set of context words."""

    def __init__(self, vocabulary: SectorVocabulary) -> None:
        self.register = WordSet([(name, word) for name, words in vocabulary.sectors.items()
                                 for word in words.register_words])
        self.context = {name: words.context for name, words in vocabulary.sectors.items()}
        self._cache: dict[str, WordSet] = {}

    def sectors_of(self, sector_text: str | None) -> WordSet:
        """Context words of every declared sector the text names, tagged by sector
        (registers repeat sector labels, so the sets are shared per label)."""
        key = sector_text or ""
        cached = self._cache.get(key)
        if cached is None:
            names = self.register.found_in(ContextEvidence.build(key)) if key else {}
            cached = WordSet([(name, word) for name in self.context if name in names
                              for word in self.context[name]])
            self._cache[key] = cached
        return cached


def tax_ids_in(text: str) -> tuple[str, ...]:
    """10-digit numbers (candidate VKNs) in a text.

    Only a client's *verified* number is matched against these (``Linker.by_tax_id``): an
    unverified one failed its check in the register, so it is a typo that may be another
    firm's real number. An 11-digit number is not read (amounts and phone numbers have 11
    digits; a sole proprietor's TCKN is personal data that news does not print).
    """
    return tuple(_TAX_ID.findall(text))


# Places in a text, each with the province it lies in (when known): supplied by the
# application from the signals gazetteer, so "Bandırma'dan" speaks for a client whose
# register city is only "Balıkesir".
PlaceFinder = Callable[[str], Iterable[tuple[str, str | None]]]

_REGISTRY_CUE = re.compile(r"(?i)s[iİı]c[iİı]l|regist")


class ContextEvidence:
    """A view of one context: identifiers at once, folded tokens and stems on demand.

    Folding a whole document costs more than linking a clear name, so the tokens are
    built only when a decision needs the context (close candidates, a weak name, a
    bare common word).
    """

    def __init__(self, text: str, place_finder: PlaceFinder | None = None) -> None:
        self.text = text
        self.place_finder = place_finder
        self.tax_ids: tuple[str, ...] = tuple(_TAX_ID.findall(text)) if text else ()
        self._folded: str | None = None
        self._tokens: list[str] | None = None
        self._cache: dict[str, bool] = {}
        self._without: dict[frozenset[str], tuple[frozenset[str], frozenset[str]]] = {}

    @classmethod
    def build(cls, text: str, place_finder: PlaceFinder | None = None) -> ContextEvidence:
        """A context for ``text`` (cheap: folding happens on first use)."""
        return cls(text or "", place_finder)

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

    @cached_property
    def places(self) -> frozenset[str]:
        """Context words, and the same words without a Turkish case ending."""
        found = set(self._token_list())
        for token in self._token_list():
            for ending in _CASE_ENDINGS:
                if token.endswith(ending) and len(token) - len(ending) >= 4:
                    found.add(token[: -len(ending)])
        if self.place_finder is not None and self.text:
            for name, province in self.place_finder(self.text):
                found.update(" ".join(tokenize_folded(fold(p))) for p in (name, province) if p)
        return frozenset(found)

    @cached_property
    def prefixes(self) -> frozenset[str]:
        """Beginnings (4 to 12 letters) of the context's words."""
        return frozenset(self._prefixes_of(self.tokens))

    def without(self, exclude: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
        """``tokens`` and ``prefixes`` of the words not in ``exclude`` (a mention's own)."""
        if not exclude:
            return self.tokens, self.prefixes
        cached = self._without.get(exclude)
        if cached is None:
            tokens = self.tokens - exclude
            cached = (tokens, frozenset(self._prefixes_of(tokens)))
            if len(self._without) < 64:
                self._without[exclude] = cached
        return cached

    @staticmethod
    def _prefixes_of(tokens: frozenset[str]) -> set[str]:
        return {t[:k] for t in tokens for k in range(4, min(len(t), _PREFIX_MAX) + 1)}

    def count(self, word: str, followed_by: str | None = None) -> int:
        """How many context tokens are ``word`` (folded), with or without a case ending;
        with ``followed_by``, only those the token ``followed_by`` comes right after."""
        tokens = self._token_list()
        return sum(1 for k, t in enumerate(tokens) if (t == word or (
            t.startswith(word) and t[len(word):] in _CASE_ENDINGS)) and (
            followed_by is None or (k + 1 < len(tokens) and tokens[k + 1] == followed_by)))

    def place(self, keys: tuple[str, ...]) -> str | None:
        """The first of the folded place ``keys`` named in the context, if any."""
        if not self.tokens:
            return None
        for key in keys:
            if key in self.places or (" " in key and self.has_phrase(key)):
                return key
        return None

    def has_phrase(self, key: str, *, open_end: bool = False) -> bool:
        """True when the normalised phrase ``key`` occurs as whole words (with
        ``open_end``, its last word may go on: "ofis mobilya" in "ofis mobilyasi")."""
        if not key or not self.joined:
            return False
        probe = f" {key}" if open_end else f" {key} "
        hit = self._cache.get(probe)
        if hit is None:
            hit = probe in self.joined
            self._cache[probe] = hit
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
