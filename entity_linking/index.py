"""Blocking index over every name of every client: tokens, typo neighbours, exact keys.

Scoring a mention against 150,000 firms with rapidfuzz costs ~0.1 s; the linker must do
thousands per second. So names are indexed by their normalised core tokens (inverted
postings), by exact core key and ticker, and the token vocabulary by its one-character
deletions (a character-level block that finds "Akyldız" for "Akyıldız" in O(len)).
A mention then reaches a few dozen names that share a rare token with it. Token weights
are IDF over clients: "Gıda", "Enerji" or "Holding" prove little, a surname proves much.
"""

from __future__ import annotations

import logging
import math
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import accumulate
from typing import NamedTuple

import marisa_trie
from rapidfuzz.distance import DamerauLevenshtein

from entity_linking.normalize import normalize_name
from radar_core.records import ClientRecord

log = logging.getLogger(__name__)

# Tokens shorter than this are matched exactly only: short words have too many neighbours.
MIN_FUZZY_LEN = 5
# ... except for a dropped letter ("Gda" for "Gıda", "Kmya" for "Kimya"): a 3-4 letter
# token may stand for a vocabulary token of 4+ letters that it is a deletion of.
MIN_SHORT_LEN = 3
MIN_DELETE_LEN = 4


class NameEntry(NamedTuple):
    """One indexed name of a client: legal, alias, former or ticker."""

    client: int
    kind: str
    text: str
    core: tuple[str, ...]
    key: str
    family: str | None


_Row = tuple[int, str, str, tuple[str, ...], str, "str | None"]


class _Entries:
    """The index's names, kept as plain tuples and handed out as ``NameEntry``.

    Why: Python's cyclic garbage collector stops tracking a plain tuple of strings and
    numbers, but never a list, an object or a tuple subclass. Stored as such, the
    index's million small containers made every full collection while linking walk
    all of them (about 0.6 s at 150,000 firms, a third of a first pass over 10,000
    mentions); as plain tuples they cost the collector nothing.
    """

    __slots__ = ("_rows",)

    def __init__(self, rows: list[_Row]) -> None:
        self._rows = rows

    def __getitem__(self, entry_id: int) -> NameEntry:
        return NameEntry._make(self._rows[entry_id])

    def __len__(self) -> int:
        return len(self._rows)


class _Deletes:
    """One-character deletions of the vocabulary -> the tokens they come from.

    Several hundred thousand variants at 150,000 firms: as a dict of tuples they took
    ~50 MB; as a static trie (``marisa_trie``) over the variants, whose key numbers point
    into a flat array of vocabulary numbers, a few MB, and they load from the register
    cache at once. Read-only, like the index.
    """

    __slots__ = ("_ends", "_members", "_trie", "_vocabulary")

    def __init__(self, deletes: dict[str, list[str]], vocabulary: list[str]) -> None:
        number = {token: n for n, token in enumerate(vocabulary)}
        self._vocabulary = vocabulary
        self._trie = trie = marisa_trie.Trie(deletes)
        ordered: list[list[str]] = [[]] * len(trie)  # every slot is filled below
        for variant, tokens in deletes.items():
            ordered[trie[variant]] = tokens
        self._members = array("I", [number[t] for tokens in ordered for t in tokens])
        self._ends = array("I", accumulate(map(len, ordered)))

    def get(self, variant: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
        """The vocabulary tokens that ``variant`` is a deletion of, else ``default``."""
        key = self._trie.get(variant)
        if key is None:
            return default
        start = self._ends[key - 1] if key else 0
        vocabulary = self._vocabulary
        return tuple(vocabulary[n] for n in self._members[start:self._ends[key]])

    def __len__(self) -> int:
        return len(self._trie)

    def __getstate__(self) -> tuple[object, ...]:
        return self._ends, self._members, self._trie, self._vocabulary

    def __setstate__(self, state: tuple[object, ...]) -> None:
        self._ends, self._members, self._trie, self._vocabulary = state  # type: ignore[assignment]


def _deletes(token: str) -> set[str]:
    return {token[:i] + token[i + 1 :] for i in range(len(token))}


def _settled(lists: dict[str, list[int]]) -> dict[str, tuple[int, ...]]:
    return {key: tuple(ids) for key, ids in lists.items()}


class NameIndex:
    """Inverted index of client names; built once per register, read-only afterwards.

    Built in lists, then settled into tuples (see ``_Entries`` for why).
    """

    def __init__(self, clients: Sequence[ClientRecord]) -> None:
        self.clients: Sequence[ClientRecord] = clients
        # Verified tax numbers identify a client (``Linker.by_tax_id``); kept with the index
        # so that a cached index needs no pass over every record.
        self.tax_ids: dict[str, int] = {}
        self._rows: list[_Row] = []
        self._postings: defaultdict[str, list[int]] = defaultdict(list)
        self._by_key: defaultdict[str, list[int]] = defaultdict(list)
        self._by_ticker: defaultdict[str, list[int]] = defaultdict(list)
        self._client_entries: list[list[int]] = []
        self.client_df: dict[str, int] = defaultdict(int)
        self.by_id: dict[str, int] = {}
        # One string object per distinct token and legal family, shared by every name
        # that has it (and so stored once in a register cache).
        self._canon: dict[str, str] = {}
        for number, client in enumerate(clients):
            self.by_id[client.client_id] = number
            if client.tax_id and client.tax_id_verified:
                self.tax_ids[client.tax_id] = number
            self._client_entries.append([])
            self._add_client(number, client)
        self.entries = _Entries(self._rows)
        self.postings = _settled(self._postings)
        self.by_key = _settled(self._by_key)
        self.by_ticker = _settled(self._by_ticker)
        self.client_entries: list[tuple[int, ...]] = [tuple(ids) for ids in self._client_entries]
        del self._postings, self._by_key, self._by_ticker, self._client_entries
        n = max(len(clients), 1)
        self.max_weight = math.log(1.0 + n)
        self.weights: dict[str, float] = {
            t: math.log(1.0 + n / df) for t, df in self.client_df.items()
        }
        # Total IDF weight of each entry's core, and each client's legal-name entry.
        self.entry_weight: list[float] = [
            sum(self.weights.get(t, self.max_weight) for t in row[3]) or 1.0 for row in self._rows
        ]
        self.legal_entry: list[int] = [
            next((i for i in ids if self._rows[i][1] == "legal"), -1)
            for ids in self.client_entries
        ]
        deletes: defaultdict[str, list[str]] = defaultdict(list)
        for token in self.postings:
            if len(token) >= MIN_DELETE_LEN:
                for variant in _deletes(token):
                    deletes[variant].append(token)
        self.deletes = _Deletes(deletes, list(self.postings))
        del deletes, self._canon
        self._sets: dict[str, frozenset[int]] = {}
        self._both: dict[tuple[tuple[str, ...], int], frozenset[int] | None] = {}
        log.info(
            "indexed %d names of %d clients, %d tokens", len(self._rows), n, len(self.postings)
        )

    def _add_client(self, number: int, client: ClientRecord) -> None:
        seen_keys: set[str] = set()
        tokens: set[str] = set()
        names: Iterable[tuple[str, str]] = [
            ("legal", client.legal_name),
            *(("alias", a) for a in client.aliases),
            *(("former", f) for f in client.former_names),
        ]
        canon = self._canon
        for kind, text in names:
            norm = normalize_name(text)
            core = tuple(canon.setdefault(t, t) for t in norm.core)
            family = canon.setdefault(norm.legal_family, norm.legal_family) \
                if norm.legal_family is not None else None
            if norm.ticker is not None:
                self._by_ticker[norm.ticker].append(len(self._rows))
                self._client_entries[number].append(len(self._rows))
                self._rows.append((number, "ticker", text, core, norm.key, None))
                continue
            if not norm.core or norm.key in seen_keys:
                continue
            seen_keys.add(norm.key)
            entry_id = len(self._rows)
            self._rows.append((number, kind, text, core, norm.key, family))
            self._by_key[norm.key].append(entry_id)
            self._client_entries[number].append(entry_id)
            for token in set(core):
                self._postings[token].append(entry_id)
            tokens.update(core)
        for token in tokens:
            self.client_df[token] += 1

    def __getstate__(self) -> dict[str, object]:
        """What a register cache stores: everything but the per-process memo caches."""
        return {k: v for k, v in vars(self).items() if k not in ("_sets", "_both")}

    def __setstate__(self, state: dict[str, object]) -> None:
        vars(self).update(state)
        self._sets = {}
        self._both = {}

    def weight(self, token: str) -> float:
        """IDF weight of a token; a token no client has weighs the most."""
        return self.weights.get(token, self.max_weight)

    def posting_set(self, token: str) -> frozenset[int]:
        """Postings as a set, cached, for intersecting frequent tokens."""
        cached = self._sets.get(token)
        if cached is None:
            cached = frozenset(self.postings.get(token, ()))
            self._sets[token] = cached
        return cached

    def common_intersection(self, tokens: list[str], cap: int) -> frozenset[int] | None:
        """Entries holding every one of ``tokens`` (frequent ones), or None when over ``cap``.

        Intersecting two frequent tokens' postings ("gida" and "holding") walks thousands
        of entries, and news repeats the same pairs, so results are memoised per index.
        """
        key = (tuple(tokens), cap)
        if key in self._both:
            return self._both[key]
        sets = sorted((self.posting_set(t) for t in tokens), key=len)
        both: frozenset[int] | None = sets[0].intersection(*sets[1:]) if len(sets) > 1 else sets[0]
        if both is not None and len(both) > cap:
            both = None
        if len(self._both) < 100_000:
            self._both[key] = both
        return both

    def resolve_token(self, token: str) -> tuple[tuple[str, ...], float] | None:
        """Vocabulary tokens this mention token may stand for, with a similarity 0..1.

        An exact token scores 1. Otherwise every vocabulary token at the smallest edit
        distance (1, or 2 for long tokens) found through the deletion block is kept,
        most frequent first: a typo is equally close to "Erensu" and "Erçesu", and only
        the other words of the name can tell which one was meant. A short token (3-4
        letters) is only read as a longer word with one letter dropped.
        """
        if token in self.postings:
            return (token,), 1.0
        if len(token) < MIN_FUZZY_LEN:
            longer = self.deletes.get(token) if len(token) >= MIN_SHORT_LEN else None
            if not longer:
                return None
            ranked = sorted(longer, key=lambda t: (-self.client_df[t], t))
            return tuple(ranked[:8]), 0.8
        found: set[str] = set(self.deletes.get(token, ()))
        for variant in _deletes(token):
            if variant in self.postings:
                found.add(variant)
            found.update(self.deletes.get(variant, ()))
        if not found and len(token) >= 8:
            for variant in _deletes(token):
                for second in _deletes(variant):
                    found.update(self.deletes.get(second, ()))
        limit = 1 if len(token) < 8 else 2
        by_distance: dict[int, list[str]] = defaultdict(list)
        for candidate in found:
            distance = DamerauLevenshtein.distance(token, candidate, score_cutoff=limit)
            if distance <= limit:
                by_distance[distance].append(candidate)
        if not by_distance:
            return None
        distance = min(by_distance)
        alternatives = sorted(by_distance[distance], key=lambda t: (-self.client_df[t], t))
        return tuple(alternatives[:8]), 1.0 - 0.2 * distance
