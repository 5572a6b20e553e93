"""Event cues, modifiers and type conventions declared as YAML, validated by pydantic.

An analyst adds a cue by editing ``signals/patterns/<lang>.yml``. A cue is a short
pattern over folded text (Turkish-lower-cased, diacritics removed) where ``word`` must
match exactly, ``stem*`` covers any suffix ("al*" -> aldı, almış, alacak), ``a|b*``
lists alternatives (single words; a stem ending in "k*" also matches "ğ": "alacak*" ->
"alacağı"), ``stem+`` is a Turkish verb in any active form (``signals.verbs``:
"et+" -> etti, eden, edecek; "imzala+" -> imzalıyor; passives have their own stem,
"imzalan+"), ``stem!`` the same verb negated or unable to ("edil!" -> edilmedi,
edilmeyecek, edilemiyor) and ``~`` / ``~N`` allows up to 3 / N words in between; or a raw
``regex`` over the same folded text. Errors name the file, line and field.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from radar_core import declared
from radar_core.text import fold
from signals.grades import downgrades
from signals.scanner import Alternation, Scanner, relaxed_search
from signals.verbs import negated_verb_regex, verb_prefixes, verb_regex

PATTERN_DIR = Path(__file__).parent / "patterns"
Role = Literal["nom", "gen", "dat", "acc", "loc", "abl", "ins", "by", "to", "from", "with",
               "against", "of", "for", "in", "at", "about", "on", "into", "any"]
ModifierName = Literal["denial", "cancel", "rumour", "confirm", "unconfirmed", "possibility",
                       "undecided", "fear", "background", "plaintiff", "negation", "question",
                       "general", "upgrade", "refusal", "enforcement", "claim", "not_customers",
                       "own_claim", "criminal_probe", "unmet", "collusion", "property_auction",
                       "unpaid_debt", "land_asset", "equity_call", "case_dropped",
                       "pending_vote", "officer_fired"]
Scope = Literal["sentence", "earlier", "weak", "document"]


def first_prefixes(pattern: str) -> tuple[str, ...]:
    """Literal prefixes one of which the first word of a match must start with (a cheap prefilter)."""
    words = fold(pattern).split()
    out: list[str] = []
    for alt in words[0].split("|"):
        if alt.endswith(("+", "!")):
            out.extend(verb_prefixes(alt[:-1]))  # negated forms start the same way
            continue
        stem = alt.rstrip("*")
        out.append(stem[:-1] if alt.endswith("k*") and len(alt) > 3 else stem)
    return tuple(out)


def pattern_regex(pattern: str) -> str:
    """The regex of a pattern-file entry: "re:" marks a raw regex, anything else is the cue
    mini-language (``compile_pattern``)."""
    return pattern[3:] if pattern.startswith("re:") else compile_pattern(pattern)


def compile_pattern(pattern: str) -> str:
    """Translate the cue mini-language into a regex over folded text."""
    parts: list[str] = []
    gap: int | None = None
    for word in fold(pattern).split():
        if word.startswith("~"):
            gap = int(word[1:]) if len(word) > 1 else 3
            continue
        alts = []
        for alt in word.split("|"):
            if not alt:
                raise ValueError(f"empty alternative in {word!r}")
            if alt.endswith("k*") and len(alt) > 3:
                # Turkish softens a final k before a vowel: "kuracak*" also "kuracağını".
                alts.append(re.escape(alt[:-2]) + r"[kg][\w']*")
            elif alt.endswith("+"):
                alts.append(verb_regex(alt[:-1]))
            elif alt.endswith("!"):
                alts.append(negated_verb_regex(alt[:-1]))
            elif alt.endswith("*"):
                alts.append(re.escape(alt[:-1]) + r"[\w']*")
            else:
                alts.append(re.escape(alt) + r"(?![\w])")
        piece = "(?:" + "|".join(alts) + ")"
        if parts:
            # (a currency sign the tokenizer split off an amount is no word of its own:
            # "awarded a £ 2 m construction contract")
            parts.append(rf"\s+(?:(?:[£$€¥₺]\s+)?\S+\s+){{0,{gap}}}" if gap else r"\s+")
        parts.append(piece)
        gap = None
    if not parts:
        raise ValueError("empty pattern")
    return r"(?<![\w'])" + "".join(parts)


class Cue(BaseModel):
    """One cue of an event type."""

    model_config = ConfigDict(extra="forbid")
    pattern: str | None = None
    regex: str | None = None
    weight: float = Field(0.8, ge=0.0, le=1.0)
    roles: list[Role] = Field(default_factory=lambda: list[Role](["nom", "gen"]))
    side: Literal["before", "after", "any"] = "any"
    name: str | None = None
    # A cue that means the event only where the document carries this modifier somewhere:
    # "X adına kayıtlı" names a debtor only in an enforcement sale's notice.
    requires: ModifierName | None = None
    # A cue that means nothing in a sentence carrying this modifier: a trustee ("kayyum")
    # appointed in a criminal probe manages a firm that is not insolvent.
    unless: ModifierName | None = None

    @model_validator(mode="after")
    def _one_of(self) -> Cue:
        if (self.pattern is None) == (self.regex is None):
            raise ValueError("give exactly one of pattern or regex")
        try:
            re.compile(self.compiled)
        except (re.error, ValueError) as exc:
            raise ValueError(f"bad pattern: {exc}") from exc
        return self

    @property
    def compiled(self) -> str:
        return self.regex if self.regex is not None else compile_pattern(self.pattern or "")

    @property
    def label(self) -> str:
        return self.name or self.pattern or self.regex or ""


class TypeSpec(BaseModel):
    """Cues and conventions of one event type in one language."""

    model_config = ConfigDict(extra="forbid")
    cues: list[Cue] = Field(min_length=1)
    ignore: list[ModifierName] = Field(default_factory=list)
    # Modifiers that undo this type only, in the cue's clause: an upgrade, or a move away
    # from "negative", undoes a rating cue ("outlook revised from negative to stable").
    killed_by: list[ModifierName] = Field(default_factory=list)
    suppresses: Annotated[dict[str, Scope], AfterValidator(declared.event_type_keys)] = Field(
        default_factory=dict)
    min_weight: float = Field(0.0, ge=0.0, le=1.0)
    # Customers complaining or waiting for money are often not named with the firm in the
    # same sentence ("dozens of holidaymakers gathered outside its office"): such cues may
    # fall back to the document's main firm.
    main_fallback: bool = False
    # An authority's act (a fine): a firm's general denial of wrongdoing does not undo it.
    authority: bool = False
    # The cue's bare subject is usually a person (an executive who resigned): a name known
    # only by its shape counts as a firm here only with a firm word in it ("Doğan Holding").
    person_subject: bool = False
    # Nouns that, in a short line without a full stop, head a list of this type's events
    # ("Top fines of 2024", "En büyük konkordatolar"): too vague as cues in running text.
    list_headers: list[str] = Field(default_factory=list)


class PatternFile(BaseModel):
    """A language's pattern file."""

    model_config = ConfigDict(extra="forbid")
    language: Literal["tr", "en"]
    pronouns: list[str] = Field(default_factory=list)
    modifiers: dict[ModifierName, list[str]] = Field(default_factory=dict)
    source_hints: dict[str, str] = Field(default_factory=dict)
    types: Annotated[dict[str, TypeSpec], AfterValidator(declared.event_type_keys)]

    @field_validator("source_hints")
    @classmethod
    def _hints(cls, value: dict[str, str]) -> dict[str, str]:
        for source, etype in value.items():
            declared.known_source_type(source)
            declared.known_event_type(etype)
        return value

    @field_validator("pronouns")
    @classmethod
    def _patterns(cls, value: list[str]) -> list[str]:
        for p in value:
            compile_pattern(p)
        return value

    @field_validator("modifiers")
    @classmethod
    def _modifier_patterns(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for items in value.values():
            for p in items:
                re.compile(pattern_regex(p))
        return value


def parse_pattern_file(text: str, path: str) -> PatternFile:
    """Validate pattern-file text; a ``DeclaredError`` names ``path:line field: message``."""
    return declared.load_text(text, PatternFile, path)


def load_pattern_file(path: Path) -> PatternFile:
    """Read and validate one pattern file."""
    return declared.load(path, PatternFile)


def default_patterns(lang: str) -> PatternFile:
    """The shipped pattern file of a language."""
    return load_pattern_file(PATTERN_DIR / f"{lang}.yml")


@dataclass(slots=True)
class CueHit:
    """A cue found in a sentence: event type, the cue, and where (folded offsets)."""

    type: str
    cue: Cue
    start: int
    end: int


class CompiledPatterns:
    """A pattern file compiled to one alternation regex per type and per modifier."""

    def __init__(self, spec: PatternFile) -> None:
        self.spec = spec
        # Each cue and modifier pattern comes with the word prefixes its matches start with
        # (None: a raw regex, run the slow way): most sentences skip most patterns cheaply.
        self.type_res: list[tuple[str, re.Pattern[str], list[Cue], tuple[str, ...] | None]] = []
        alternations: list[Alternation] = []
        for etype, tspec in spec.types.items():
            typed = Alternation([(cue.compiled, _prefixes([
                cue.pattern if cue.pattern is not None else "re:" + (cue.regex or "")]))
                for cue in tspec.cues], named=True)
            alternations.append(typed)
            self.type_res.append((etype, re.compile(typed.source()), tspec.cues,
                                  typed.prefixes))
        self.modifier_res: dict[str, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}
        # A cheaper search finding something wherever a modifier's regex matches (None: the
        # regex itself is as cheap): most sentences then skip ``modifier_spans``' finditer.
        self._mod_relaxed: dict[str, Callable[[str], re.Match[str] | None] | None] = {}
        for name, items in spec.modifiers.items():
            if not items:
                continue
            modifier = Alternation([(pattern_regex(p), _prefixes([p])) for p in items],
                                   named=False,
                                   needles=_needles(items))
            alternations.append(modifier)
            self.modifier_res[name] = (re.compile(modifier.source()), modifier.prefixes)
            self._mod_relaxed[name] = relaxed_search(modifier)
        self._mod_names = list(self.modifier_res)
        self._n_types = len(self.type_res)
        # Type regexes, then modifiers, in one scanner: a sentence's words are walked once.
        self._scanner = Scanner(alternations)
        self.header_res = [
            (etype, re.compile("|".join(f"(?:{compile_pattern(p)})" for p in tspec.list_headers)),
             Cue(pattern=tspec.list_headers[0], weight=0.75, name="list header"))
            for etype, tspec in spec.types.items() if tspec.list_headers]
        self._grade_cue = Cue(
            pattern="<grade> to <lower grade>", weight=0.8, name="a cut read off the grades",
            roles=["nom", "gen", "acc", "dat"] if spec.language == "tr" else ["nom", "gen", "on", "of"],
        ) if "rating_downgrade" in spec.types else None
        self.pronoun_re = (
            re.compile("|".join(f"(?:{pattern_regex(p)})" for p in spec.pronouns))
            if spec.pronouns else None
        )

    def header_hits(self, folded: str) -> list[CueHit]:
        """Cues of a list's header line (``list_headers``), one per type at most."""
        hits: list[CueHit] = []
        for etype, regex, cue in self.header_res:
            m = regex.search(folded)
            if m is not None:
                hits.append(CueHit(type=etype, cue=cue, start=m.start(), end=m.end()))
        return hits

    @functools.cached_property
    def ignores(self) -> dict[str, frozenset[str]]:
        """Event type -> the killing modifiers it ignores (its ``ignore`` list)."""
        return {etype: frozenset(spec.ignore) for etype, spec in self.spec.types.items()}

    def ends_in_cue(self, name: str) -> bool:
        """True when a capitalised run ends in an event cue: an event written as a title
        ("Maddi Duran Varlık Satımı", "Complaints"), not a firm's name."""
        folded = fold(name).rstrip()
        return any(hit.end >= len(folded) for hit in self.cues(folded))

    def cues(self, folded: str) -> list[CueHit]:
        """Every cue match in a folded sentence (overlaps across types are kept)."""
        return self.scan(folded)[0]

    def scan(self, folded: str) -> tuple[list[CueHit], dict[str, tuple[int, int]]]:
        """``cues`` and ``modifiers`` of a sentence in one walk over its words.

        A regex is tried only at the start of words carrying one of its prefixes (``match``
        at a position, not a search of the sentence): most of the cost of a sentence is
        then one dictionary lookup per word.
        """
        hits: list[CueHit] = []
        mods: dict[str, tuple[int, int]] = {}
        n_types = self._n_types
        for n, found in self._scanner.scan(folded):
            if n >= n_types:
                mods[self._mod_names[n - n_types]] = found[0].span()
                continue
            etype, _, cues, _ = self.type_res[n]
            for m in found:
                name = m.lastgroup or "c0"
                hits.append(CueHit(type=etype, cue=cues[int(name[1:])], start=m.start(),
                                   end=m.end()))
        if self._grade_cue is not None:
            # "'A (tr)' seviyesinden 'A- (tr)' seviyesine revize edildi": a cut by its grades.
            for a, b in downgrades(folded, self.spec.language):
                hits.append(CueHit(type="rating_downgrade", cue=self._grade_cue, start=a, end=b))
        return hits, mods

    def modifier_spans(self, name: str, folded: str) -> list[tuple[int, int]]:
        """Spans of every match of one modifier in a folded sentence."""
        entry = self.modifier_res.get(name)
        if entry is None:
            return []
        relaxed = self._mod_relaxed[name]
        if relaxed is not None and relaxed(folded) is None:
            return []
        return [m.span() for m in entry[0].finditer(folded)]

    def modifiers(self, folded: str) -> dict[str, tuple[int, int]]:
        """Modifier name -> span of its first match in a folded sentence."""
        return self.scan(folded)[1]


_LOOKBEHIND = re.compile(r"^(?:\(\?<![^()]*(?:\([^()]*\)[^()]*)*\))+")
_LITERAL = re.compile(r"^([a-z]+)")
_LITERAL_ALTS = re.compile(r"^\(\?:([a-z|]+)\)")


def regex_prefixes(regex: str) -> tuple[str, ...] | None:
    """Literal prefixes a raw regex's match must start with, when plain to see; else None."""
    body = _LOOKBEHIND.sub("", regex)
    if body.startswith("(?<="):  # the match starts inside a word: no word prefix
        return None
    m = _LITERAL_ALTS.match(body)
    if m and "" not in m.group(1).split("|"):
        return tuple(m.group(1).split("|"))
    m = _LITERAL.match(body)
    if m and (len(body) == m.end() or body[m.end()] not in "?*{|"):
        return (m.group(1),)
    if m and body[m.end()] in "?*{" and len(m.group(1)) > 1:  # "rumou?r": the last letter may go
        return (m.group(1)[:-1],)
    return None


_ANY_LOOKBEHIND = re.compile(r"^(?:\(\?<[=!][^()]*(?:\([^()]*\)[^()]*)*\))+")


def _needles(patterns: list[str]) -> tuple[str, ...] | None:
    """Substrings one of which a match of any of ``patterns`` must contain (a sentence
    without them is skipped by one ``in`` test per needle); None when some pattern has none.

    Unlike prefixes these also cover suffix patterns that match inside a word.
    """
    out: list[str] = []
    for p in patterns:
        found = (regex_prefixes(_ANY_LOOKBEHIND.sub("", p[3:])) if p.startswith("re:")
                 else first_prefixes(p))
        if not found or any(not f for f in found):
            return None
        out.extend(found)
    return tuple(sorted(set(out)))


def _prefixes(patterns: list[str]) -> tuple[str, ...] | None:
    """Union of the first-word prefixes of patterns ("re:" = raw regex); None when unknown."""
    out: list[str] = []
    for p in patterns:
        found = regex_prefixes(p[3:]) if p.startswith("re:") else first_prefixes(p)
        if found is None:
            return None
        out.extend(found)
    return tuple(out)
