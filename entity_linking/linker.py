"""linker_v1: mention + context -> the right client, or honestly none.

Identifiers first (a verified tax or a trade-registry number of a client in the text), then names:
the blocking index yields a few dozen names sharing a rare token with the mention; each
is scored by IDF-weighted token coverage in both directions, rapidfuzz similarity and
qualifiers (conflicting distinctive tokens, legal-form mismatch), then context evidence
(city or district with its case endings, the sector's words from ``sector_words.yml``,
the parent group). The score maps to a calibrated confidence. Two clients too close to
call are told apart by context evidence that speaks for one of them only; otherwise
they give ``ambiguous``; nothing good enough gives ``unknown`` (a prospect). Every result carries its features (name -> score, weight, detail).
"""

from __future__ import annotations

import heapq
import math
import operator
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import DamerauLevenshtein

from entity_linking.config import (
    LinkerConfig,
    load_common_words,
    load_linker_config,
    load_sector_words,
)
from entity_linking.evidence import (
    ContextEvidence,
    PlaceFinder,
    SectorMatcher,
    WordSet,
    place_keys,
    sector_words,
    tax_ids_in,
)
from entity_linking.index import NameEntry, NameIndex
from entity_linking.normalize import GROUP_MARKERS, NormalizedName, normalize_name
from radar_core.errors import ConfigError
from radar_core.records import Candidate, ClientRecord, LinkResult

VERSION = "linker_v1"
# Name features, in the order ``Linker._components`` returns them.
_FEATURES = (
    "mention_coverage", "name_coverage", "string_similarity", "head_token", "exact_name",
    "ticker", "token_conflict", "legal_form_agree", "legal_form_conflict",
)
_ZERO = (0.0,) * len(_FEATURES)
# Context features: when two same-name clients tie, the one the context supports wins.
_CONTEXT_FEATURES = ("city", "sector", "parent_group")


@dataclass
class _Scored:
    """A client's best-scoring name for a mention, with the features behind the score."""

    client: int
    score: float
    entry: NameEntry
    comps: tuple[float, ...]
    # Context and identifier features; name features are explained from ``comps``.
    features: dict[str, dict[str, Any]] = field(default_factory=dict)
    # What the context said for this client ("city:bursa", "sector:dairy", "word:giyim",
    # "parent:K001"), to tell same-name clients apart.
    evidence: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class _ClientKeys:
    """What the context is searched for, per client: places, sector words, sectors."""

    places: tuple[str, ...]
    sector_words: tuple[str, ...]
    sectors: WordSet


@dataclass
class _Mention:
    norm: NormalizedName
    # (vocabulary tokens it may be, or the raw token; similarity; IDF weight)
    resolved: list[tuple[tuple[str, ...], float, float]]
    total_weight: float
    mapped_key: str
    family: str | None
    # IDF weight of a trailing group word ("X Tekstil Grubu"), which a name without one
    # need not contain; 0 when the mention does not end in one.
    optional_weight: float
    # The mention's own words, which are no evidence about it in its context.
    words: frozenset[str]
    # Words that may be a misspelt frequent word ("Mkina", "Gıad", "Gda"): (position in
    # ``resolved``, the word as written, the edit distance allowed). See ``_loose``.
    loose: tuple[tuple[int, str, int], ...] = ()



def _feature_detail(name: str, m: _Mention, entry: NameEntry) -> str:
    """The readable detail of one feature (only the features that fired are described)."""
    if name == "mention_coverage":
        return f"{m.norm.key!r} found in the name (IDF share)"
    if name == "name_coverage":
        return f"{entry.key!r} found in the mention (IDF share)"
    if name == "string_similarity":
        return f"{m.norm.key!r} ~ {entry.key!r}"
    if name == "head_token":
        return entry.core[0] if entry.core else ""
    if name in ("exact_name", "ticker"):
        return entry.text
    if name == "token_conflict":
        return "distinctive words on both sides that the other lacks"
    if name == "legal_form_agree":
        return str(m.norm.legal_family)
    return f"{m.norm.legal_family} vs {entry.family}"  # legal_form_conflict

class Linker:
    """Links company mentions to the register (implements ``radar_core.records.MentionLinker``)."""

    version = VERSION

    def __init__(
        self,
        index: NameIndex,
        config: LinkerConfig,
        common_words: frozenset[str],
        registry_numbers: dict[str, str] | None = None,
        sectors: SectorMatcher | None = None,
        place_finder: PlaceFinder | None = None,
    ) -> None:
        if config.version != VERSION:
            raise ConfigError(f"linker config version {config.version!r}: this scorer is {VERSION}")
        self.index = index
        self.config = config
        self.common_words = common_words
        # Only verified tax numbers identify a client. One that failed its check digit
        # in the register is a typo, possibly of another firm's number, so it counts as
        # no evidence at all (neither in the mention nor in the context): the name and
        # the context decide, as for a client without a tax number.
        self.by_tax_id = index.tax_ids
        self.by_registry = {
            no: index.by_id[cid] for cid, no in (registry_numbers or {}).items() if cid in index.by_id
        }
        n = len(index.clients)
        self.common_df = max(10, int(n * 0.0005))
        # Words so many firms bear that a mention's typo is likelier one of them than a
        # rare word (see ``_loose``), and the edit distances looked up against them.
        self._frequent = frozenset(t for t, df in index.client_df.items() if df >= self.common_df)
        self._distances: dict[tuple[str, str], int] = {}
        self._last_context: ContextEvidence | None = None
        self._prepared: dict[str, _Mention] = {}
        self.sectors = sectors or SectorMatcher(load_sector_words())
        self.place_finder = place_finder
        self._keys: dict[int, _ClientKeys] = {}
        w = config.weights
        self._weights = tuple(getattr(w, name) for name in _FEATURES)
        # The most the context can add to a score: below this lead it must be read.
        self._context_max = w.city + w.sector + w.parent_group

    @classmethod
    def from_clients(
        cls,
        clients: list[ClientRecord],
        config: LinkerConfig | None = None,
        *,
        registry_numbers: dict[str, str] | None = None,
        place_finder: PlaceFinder | None = None,
    ) -> Linker:
        """Build the index over the register (legal names, aliases, former names, tickers).

        ``place_finder`` names the places of a text with their provinces (the signals
        gazetteer, wired in by the application), so a district in the context counts for
        a client registered only by its province."""
        return cls.from_index(NameIndex(clients), config, registry_numbers=registry_numbers,
                              place_finder=place_finder)

    @classmethod
    def from_index(
        cls,
        index: NameIndex,
        config: LinkerConfig | None = None,
        *,
        registry_numbers: dict[str, str] | None = None,
        place_finder: PlaceFinder | None = None,
    ) -> Linker:
        """A linker over an index already built (the application caches it per register
        version: building it is most of a process's start-up)."""
        words = load_common_words().folded()
        return cls(index, config or load_linker_config(), words, registry_numbers,
                   place_finder=place_finder)

    # -- public API -------------------------------------------------------------------

    def candidates_for(self, mention: str, context: str = "") -> list[Candidate]:
        """Clients this mention may denote, best first, each with a 0..1 confidence."""
        ranked = self._rank(mention, self._context(context))
        floor = self.config.thresholds.candidate_floor
        return [
            Candidate(self.index.clients[s.client].client_id, self._confidence(s.score))
            for s in ranked[: self.config.blocking.top_k]
            if self._confidence(s.score) >= floor
        ]

    def link(self, mention: str, context: str = "") -> LinkResult:
        """Link one mention as written, using its context as evidence."""
        ctx = self._context(context)
        ranked = self._rank(mention, ctx)
        cfg = self.config
        floor = cfg.thresholds.candidate_floor
        clients = self.index.clients
        candidates = [
            Candidate(clients[s.client].client_id, conf)
            for s in ranked[: cfg.blocking.top_k]
            if (conf := self._confidence(s.score)) >= floor
        ]
        if not ranked:
            return LinkResult(None, 0.0, "unknown", [], {"version": VERSION, "reason": "no candidate"})
        best = ranked[0]
        confidence = self._confidence(best.score)
        explanation: dict[str, Any] = {
            "version": VERSION,
            "client_id": self.index.clients[best.client].client_id,
            "name": best.entry.text,
            "kind": best.entry.kind,
            "score": round(best.score, 4),
            "features": {**self._explain(self._prepare(mention), best.entry, best.comps),
                         **best.features},
        }
        if ctx.text and not ctx.was_read:
            explanation["context"] = "not read: the name alone decides"
        gate = self._common_word_gate(mention, best, ctx)
        if gate is not None:
            explanation["common_word"] = gate
            if gate["evidence"] < cfg.thresholds.common_word_evidence:
                explanation["reason"] = "bare common word without supporting evidence"
                return LinkResult(None, min(confidence, 0.3), "unknown", candidates, explanation)
        if confidence < cfg.thresholds.link:
            explanation["reason"] = "no candidate is good enough"
            return LinkResult(None, confidence, "unknown", candidates, explanation)
        if len(ranked) > 1 and best.score - ranked[1].score < cfg.thresholds.ambiguity_margin:
            tied = [s for s in ranked[: cfg.blocking.top_k]
                    if best.score - s.score < cfg.thresholds.ambiguity_margin]
            winner = self._context_winner(tied)
            if winner is not None:
                explanation.update(
                    client_id=clients[winner.client].client_id, name=winner.entry.text,
                    kind=winner.entry.kind, score=round(winner.score, 4),
                    features={**self._explain(self._prepare(mention), winner.entry, winner.comps),
                              **winner.features},
                    tie_broken_by=sorted(set(winner.features) & set(_CONTEXT_FEATURES)),
                    tied_with=[clients[s.client].client_id for s in tied if s is not winner],
                )
                return LinkResult(clients[winner.client].client_id,
                                  self._confidence(winner.score), "linked", candidates,
                                  explanation)
            close = [
                Candidate(self.index.clients[s.client].client_id, self._confidence(s.score))
                for s in tied
            ]
            explanation["reason"] = "candidates too close to call"
            margin = best.score - ranked[1].score
            return LinkResult(None, confidence * (0.5 + margin), "ambiguous", close, explanation)
        return LinkResult(
            self.index.clients[best.client].client_id, confidence, "linked", candidates, explanation
        )

    # -- scoring ----------------------------------------------------------------------

    def _confidence(self, score: float) -> float:
        cal = self.config.calibration
        return 1.0 / (1.0 + math.exp(-cal.slope * (score - cal.midpoint)))

    def _context(self, context: str) -> ContextEvidence:
        last = self._last_context
        if last is not None and last.text == context:
            return last
        built = ContextEvidence.build(context, self.place_finder)
        self._last_context = built
        return built

    def _prepare(self, mention: str) -> _Mention:
        # News names the same firms again and again: normalising and resolving typos
        # is a third of a link, so prepared mentions are kept (bounded; read-only).
        prepared = self._prepared.get(mention)
        if prepared is None:
            prepared = self._prepare_new(mention)
            if len(self._prepared) >= 200_000:
                self._prepared.clear()
            self._prepared[mention] = prepared
        return prepared

    def _prepare_new(self, mention: str) -> _Mention:
        norm = normalize_name(mention, mention=True)
        resolved: list[tuple[tuple[str, ...], float, float]] = []
        for token in norm.core:
            hit = self.index.resolve_token(token)
            if hit is None:
                resolved.append(((token,), 0.0, self.index.max_weight))
            else:
                resolved.append((hit[0], hit[1], self.index.weight(hit[0][0])))
        total = sum(w for _, _, w in resolved) or 1.0
        mapped = " ".join(alts[0] for alts, _, _ in resolved)
        optional = 0.0
        if len(norm.core) > 1 and norm.core[-1] in GROUP_MARKERS:
            optional = resolved[-1][2]
        words = frozenset(t for alts, _, _ in resolved for t in alts) | frozenset(norm.core)
        return _Mention(norm, resolved, total, mapped, norm.legal_family, optional, words,
                        self._loose(norm.core, resolved))

    def _loose(self, core: tuple[str, ...], resolved: list[tuple[tuple[str, ...], float, float]]
               ) -> tuple[tuple[int, str, int], ...]:
        """Mention words that may be a typo of a frequent word (a sector or title word).

        The index reads a misspelt word as the vocabulary words one edit away, which
        misses a frequent word's typo when it is two edits away ("Mkina" for "Makina",
        stored as "makine"), a swap in a short word ("Gıad"), or when the typo happens to
        be some rare firm's word ("Gda" for "Gıda" where a firm "GDA" exists). A typo of
        a frequent word is likelier than a rare word, so such a word may still match a
        frequent word of a candidate name (see ``_components``): one edit away when the
        word is a short one in the vocabulary, two when it is not there (5+ letters). A
        word that is itself frequent ("Kimya", "Cam"), or a longer one a firm bears
        (a surname), is taken as written.
        """
        frequent = self._frequent
        loose: list[tuple[int, str, int]] = []
        for position, (token, (alts, sim, _)) in enumerate(zip(core, resolved, strict=True)):
            if len(token) < 3 or (sim and not frequent.isdisjoint(alts)):
                continue
            exact = sim == 1.0 and alts == (token,)
            if exact and len(token) >= 5:
                continue
            loose.append((position, token, 1 if exact or len(token) < 5 else 2))
        return tuple(loose)

    def _block(self, m: _Mention) -> list[int]:
        """Entry ids worth scoring: exact key, ticker, rare-token postings, else intersection."""
        idx = self.index
        cap = self.config.blocking.max_postings
        acc: dict[int, float] = {}
        for entry_id in idx.by_key.get(m.mapped_key, ()):
            acc[entry_id] = 1e9
        if m.norm.ticker:
            for entry_id in idx.by_ticker.get(m.norm.ticker, ()):
                acc[entry_id] = 1e9
        common: list[str] = []
        for alts, sim, weight in m.resolved:
            if sim == 0.0:
                continue
            for token in alts:
                postings = idx.postings.get(token, ())
                if len(postings) > cap:
                    if len(alts) == 1:
                        common.append(token)
                    continue
                gain = weight * sim
                for entry_id in postings:
                    acc[entry_id] = acc.get(entry_id, 0.0) + gain
        if common and len(acc) < self.config.blocking.max_candidates:
            both = idx.common_intersection(common, cap)
            if both is not None:
                for entry_id in both:
                    acc[entry_id] = acc.get(entry_id, 0.0) + 1.0
        limit = self.config.blocking.max_candidates
        if len(acc) <= limit:
            return list(acc)
        # Too many: let the frequent tokens break ties ("Akyıldız" + "Gıda" beats
        # "Akyıldız" alone) before the expensive scoring.
        for token in common:
            members = idx.posting_set(token)
            gain = idx.weight(token)
            for entry_id in acc:
                if entry_id in members:
                    acc[entry_id] += gain
        top = heapq.nlargest(limit + 1, acc, key=acc.__getitem__)
        cut = acc[top[limit - 1]]
        if acc[top[limit]] < cut:
            return top[:limit]
        # Tied at the cut (a typo one edit from several firms' words, "Yltürk" for
        # "Yeltürk" and "Yaltürk", with dozens of "Yaltürk ... İnşaat Taahhüt" names): the
        # names with the least else in them go first, as the scorer would rank them;
        # otherwise the intended firm's short name may be cut for one reading's titles.
        above = [e for e in top if acc[e] > cut]
        sizes = idx.entry_weight
        tied = sorted((e for e, gain in acc.items() if gain == cut), key=sizes.__getitem__)
        return above + tied[: limit - len(above)]

    def _components(self, m: _Mention, entry_id: int) -> tuple[float, ...]:
        """Raw feature values of one name, in ``_FEATURES`` order (cheap: no dicts)."""
        idx = self.index
        entry = idx.entries[entry_id]
        if entry.kind == "ticker":
            if m.norm.ticker != entry.key:
                return _ZERO
            return (1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0)
        core = entry.core
        matched_m = 0.0
        matched_e = 0.0
        head = 0.0
        for alts, sim, weight in m.resolved:
            if not sim:
                continue
            for token in alts:
                if token in core:
                    matched_m += weight * sim
                    matched_e += idx.weights.get(token, idx.max_weight) * sim
                    if token == core[0]:
                        head = 1.0
                    break
        if m.loose:
            extra_m, extra_e = self._loose_credit(m, core)
            matched_m += extra_m
            matched_e += extra_e
        total = m.total_weight
        if m.optional_weight and core[-1] not in GROUP_MARKERS and "holding" not in core:
            # "Akyıldız Tekstil Grubu" names the firm "Akyıldız Tekstil" as well.
            total = max(total - m.optional_weight, 1e-9)
        cov_m = min(matched_m / total, 1.0)
        cov_e = min(matched_e / idx.entry_weight[entry_id], 1.0)
        similarity = fuzz.token_sort_ratio(m.norm.key, entry.key) / 100.0
        exact = 1.0 if m.norm.key == entry.key else 0.0
        conflict = 0.0
        if cov_m < 0.999:
            unmatched_name = 1.0 - cov_e
            if unmatched_name <= 0.001 and entry.kind != "legal":
                # A short alias ("Karatepe") inside a longer mention ("Karatepe Tekstil"):
                # judge the extra mention words against the client's legal name instead.
                unmatched_name = self._legal_unmatched(m, entry.client)
            conflict = min(1.0 - cov_m, unmatched_name)
        agree = disagree = 0.0
        family = m.family
        if family and entry.family:
            agree, disagree = (1.0, 0.0) if family == entry.family else (0.0, 1.0)
        return (cov_m, cov_e, similarity, head, exact, 0.0, conflict, agree, disagree)

    def _loose_credit(self, m: _Mention, core: tuple[str, ...]) -> tuple[float, float]:
        """Weight (mention side, name side) of misspelt frequent words (see ``_loose``)
        matched to this name's frequent words that no other mention word took."""
        idx = self.index
        frequent = self._frequent
        taken = {t for alts, sim, _ in m.resolved if sim for t in alts if t in core}
        extra_m = extra_e = 0.0
        for position, written, limit in m.loose:
            alts, sim, weight = m.resolved[position]
            if sim and any(t in core for t in alts):
                continue
            for token in core:
                if token not in frequent or token in taken:
                    continue
                pair = (written, token)
                distance = self._distances.get(pair)
                if distance is None:
                    distance = DamerauLevenshtein.distance(written, token, score_cutoff=2)
                    if len(self._distances) >= 100_000:
                        self._distances.clear()
                    self._distances[pair] = distance
                if distance <= limit:
                    closeness = 1.0 - 0.2 * distance
                    extra_m += weight * closeness
                    extra_e += idx.weights.get(token, idx.max_weight) * closeness
                    taken.add(token)
                    break
        return extra_m, extra_e

    def _score(self, comps: tuple[float, ...]) -> float:
        return float(sum(map(operator.mul, comps, self._weights)))

    def _explain(self, m: _Mention, entry: NameEntry, comps: tuple[float, ...]
                 ) -> dict[str, dict[str, Any]]:
        """Features of a scored name: name -> score, weight, readable detail."""
        return {
            name: {"score": round(value, 4), "weight": self._weights[i],
                   "detail": _feature_detail(name, m, entry)}
            for i, (name, value) in enumerate(zip(_FEATURES, comps, strict=True))
            if value
        }

    def _legal_unmatched(self, m: _Mention, client: int) -> float:
        """Share of the client's legal-name weight that the mention does not contain."""
        legal_id = self.index.legal_entry[client]
        if legal_id < 0:
            return 0.0
        present = {t for alts, sim, _ in m.resolved if sim for t in alts}
        idx = self.index
        missing = sum(idx.weight(t) for t in idx.entries[legal_id].core if t not in present)
        return missing / idx.entry_weight[legal_id]

    def _rank(self, mention: str, ctx: ContextEvidence) -> list[_Scored]:
        m = self._prepare(mention)
        entries = self.index.entries
        best: dict[int, tuple[float, int, tuple[float, ...]]] = {}
        for entry_id in self._block(m):
            comps = self._components(m, entry_id)
            score = self._score(comps)
            client = entries[entry_id].client
            current = best.get(client)
            if current is None or score > current[0]:
                best[client] = (score, entry_id, comps)
        identified = self._identified(ctx)
        # A tax number written as (part of) the mention itself links directly.
        direct = {self.by_tax_id[t] for t in tax_ids_in(mention) if t in self.by_tax_id}
        for client in identified | direct:
            if client not in best:
                found = self._best_entry_of(m, client)
                if found[1] >= 0:
                    best[client] = found
        top_k = self.config.blocking.top_k + 1
        chosen = heapq.nlargest(top_k, best.items(), key=lambda item: item[1][0])
        chosen += [(c, best[c]) for c in direct if c not in dict(chosen)]
        ranked = [
            _Scored(client, score, entries[entry_id], comps)
            for client, (score, entry_id, comps) in chosen
        ]
        weight = self.config.weights.identifier
        for scored in ranked:
            if scored.client in direct:
                scored.features["identifier"] = {
                    "score": 1.0, "weight": weight, "detail": "tax number in the mention",
                }
                scored.score = max(scored.score, self.config.calibration.midpoint) + weight
            elif scored.client in identified and scored.score > 0.3:
                # An identifier in the context confirms a name that fits; it cannot
                # rescue an unrelated one (a document may cite several firms' numbers).
                scored.features["identifier"] = {
                    "score": 1.0, "weight": weight, "detail": "tax/registry number in text",
                }
                scored.score += weight
        if ctx.text and self._needs_context(m, ranked):
            for scored in ranked:
                self._add_context(scored, ctx, m)
        ranked.sort(key=lambda s: s.score, reverse=True)
        return ranked

    def _context_winner(self, tied: list[_Scored]) -> _Scored | None:
        """The one candidate of a tie that the context speaks for, and no other.

        Two clients with the same name score alike on the name; what an analyst reads
        next is the context: the firm's city or district, its sector's words, its
        group. Evidence every tied client shares ("iplik" for two textile firms) tells
        nothing; when more than one, or none, has evidence of its own, the tie stays
        for a person.
        """
        own: list[_Scored] = []
        for scored in tied:
            others = set().union(*(s.evidence for s in tied if s is not scored))
            if scored.evidence - others:
                own.append(scored)
        return own[0] if len(own) == 1 else None

    def _needs_context(self, m: _Mention, ranked: list[_Scored]) -> bool:
        """Whether the name alone leaves the decision open, so the context must be read.

        A clear name (one candidate well above the link point and far ahead of the
        next) is decided without folding the whole document; this keeps the linker fast
        on long texts without changing any decision the context could flip.
        """
        if not ranked or len(m.norm.core) <= 1:
            return True
        context_max = self._context_max
        best = ranked[0].score
        if best < self.config.calibration.midpoint + context_max:
            return True
        return len(ranked) > 1 and best - ranked[1].score < context_max + 0.1

    def _best_entry_of(self, m: _Mention, client: int) -> tuple[float, int, tuple[float, ...]]:
        best: tuple[float, int, tuple[float, ...]] = (-1.0, -1, _ZERO)
        for entry_id in self.index.client_entries[client]:
            comps = self._components(m, entry_id)
            score = self._score(comps)
            if score > best[0]:
                best = (score, entry_id, comps)
        return best

    def _identified(self, ctx: ContextEvidence) -> set[int]:
        found: set[int] = set()
        for tax_id in ctx.tax_ids:
            if tax_id in self.by_tax_id:
                found.add(self.by_tax_id[tax_id])
        for number in ctx.registry_numbers:
            if number in self.by_registry:
                found.add(self.by_registry[number])
        return found

    def _client_keys(self, client: int) -> _ClientKeys:
        keys = self._keys.get(client)
        if keys is None:
            record = self.index.clients[client]
            keys = _ClientKeys(place_keys(record), sector_words(record),
                               self.sectors.sectors_of(record.sector))
            self._keys[client] = keys
        return keys

    def _sector_evidence(self, keys: _ClientKeys, ctx: ContextEvidence,
                         exclude: frozenset[str]) -> dict[str, str]:
        """Evidence key -> readable word, for the client's sector in the context (the
        register's own sector words, then the declared sectors' context words), other
        than the mention's own words."""
        found = {f"word:{w}": w for w in ctx.sector(keys.sector_words) if w not in exclude}
        for name, hits in keys.sectors.found_in(ctx, exclude).items():
            found[f"sector:{name}"] = f"{', '.join(hits)} ({name})"
        return found

    def _add_context(self, scored: _Scored, ctx: ContextEvidence, m: _Mention) -> None:
        w = self.config.weights
        client = self.index.clients[scored.client]
        keys = self._client_keys(scored.client)
        place = ctx.place(keys.places)
        if place and place in m.words and ctx.count(place) <= ctx.count(
                place, _word_after(m.norm.key, place)):
            place = None  # "Ankara Doğal Elektrik AŞ": the name's own place says nothing
        if place:
            scored.features["city"] = {
                "score": 1.0, "weight": w.city, "detail": f"{place} ({client.city})",
            }
            scored.score += w.city
            scored.evidence.add(f"city:{place}")
        sector = self._sector_evidence(keys, ctx, m.words)
        if sector:
            scored.features["sector"] = {
                "score": 1.0, "weight": w.sector, "detail": "; ".join(sector.values()),
            }
            scored.score += w.sector
            scored.evidence.update(sector)
        parent = self.index.by_id.get(client.parent_id or "")
        if parent is not None:
            for entry_id in self.index.client_entries[parent]:
                entry = self.index.entries[entry_id]
                if entry.kind != "ticker" and len(entry.core) > 1 and ctx.has_phrase(entry.key):
                    scored.features["parent_group"] = {
                        "score": 1.0, "weight": w.parent_group, "detail": entry.text,
                    }
                    scored.score += w.parent_group
                    scored.evidence.add(f"parent:{parent}")
                    break

    def _common_word_gate(
        self, mention: str, best: _Scored, ctx: ContextEvidence
    ) -> dict[str, Any] | None:
        """Evidence a bare common-word mention ("Yıldız", "Star") needs before linking."""
        norm = self._prepare(mention).norm
        if len(norm.core) != 1 or "identifier" in best.features or best.comps[5]:
            return None
        token = norm.core[0]
        frequency = self.index.client_df.get(token, 0)
        if token not in self.common_words and frequency < self.common_df:
            return None
        evidence = 0.0
        reasons: list[str] = []
        keys = self._client_keys(best.client)
        if norm.legal_family or ctx.legal_form_after(mention.strip()):
            evidence += 1.0
            reasons.append("legal form")
        if self._sector_evidence(keys, ctx, frozenset(norm.core)):
            evidence += 0.6
            reasons.append("sector words")
        if ctx.place(keys.places):
            evidence += 0.3
            reasons.append("city")
        if ctx.capitalised_mid_sentence(mention.strip()):
            evidence += 0.3
            reasons.append("capitalised mid-sentence")
        return {
            "word": token,
            "listed": token in self.common_words,
            "register_frequency": frequency,
            "evidence": round(evidence, 2),
            "reasons": reasons,
        }


def _word_after(key: str, word: str) -> str | None:
    """The word after ``word`` in a normalised name (None when it ends the name): the
    name's own use of a place is that place followed by this word."""
    words = key.split()
    return words[words.index(word) + 1] if word in words[:-1] else None
