"""Pydantic schemas of the rule YAML files: rules, scoring settings and source reliability.

Rules are data an analyst edits, so every field is declared here with its bounds, and
the loader turns validation errors into ``file:line field: message`` lines.
"""

from __future__ import annotations

import string
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from radar_core import declared
from radar_core.taxonomy import POLARITY

Severity = Literal["low", "medium", "high", "critical"]
SEVERITY_ORDER: tuple[str, ...] = ("low", "medium", "high", "critical")
# Placeholders a rule title may use; anything else is a load-time error, not a crash at 3 a.m.
TITLE_FIELDS = frozenset({"company", "count", "ratio", "sources", "parent"})


class LocalText(BaseModel):
    """A reader-facing text in Turkish and English (rules are data, so both live in the YAML).

    A plain string (the older single-language form) is accepted and used for both.
    """

    model_config = ConfigDict(extra="forbid")

    tr: str
    en: str

    def text(self, language: str) -> str:
        """The text in ``language`` (English for "en", Turkish otherwise)."""
        return self.en if language == "en" else self.tr

    def __bool__(self) -> bool:
        return bool(self.tr or self.en)


def _local_text(value: object) -> object:
    """Accept ``"text"`` for both languages, or a ``{tr: ..., en: ...}`` mapping."""
    if isinstance(value, str):
        return {"tr": value, "en": value}
    return value


class AmountThreshold(BaseModel):
    """Minimum event amount, compared after converting with ``scoring.fx_to_try``."""

    model_config = ConfigDict(extra="forbid")

    min: float = Field(gt=0, description="Minimum amount in ``currency``.")
    currency: str = Field(default="TRY", pattern=r"^[A-Z]{3}$", description="ISO currency code.")


class RuleBase(BaseModel):
    """Fields shared by every rule kind (documented in rules/README.md)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    version: str
    kind: str
    description: LocalText
    title: LocalText
    advice: LocalText = LocalText(tr="", en="")
    events: list[str] = Field(min_length=1)
    polarity: Literal["opportunity", "risk"] | None = None
    weight: float = Field(gt=0, le=2)
    min_confidence: float = Field(default=0.0, ge=0, le=1)
    source_types: list[declared.SourceType] | None = None
    amount: AmountThreshold | None = None
    cooldown_days: int = Field(default=14, ge=0)
    rise_margin: float = Field(default=10.0, ge=0)
    max_age_days: int = Field(default=30, gt=0)
    half_life_days: float | None = Field(default=None, gt=0)
    min_score: float | None = Field(default=None, ge=0, le=100)
    min_severity: Severity | None = None
    prospects: bool | None = None
    supersedes: list[str] = Field(default_factory=list)
    type_weights: dict[str, float] = Field(default_factory=dict)

    @field_validator("version", mode="before")
    @classmethod
    def _version(cls, value: object) -> object:
        return str(value) if isinstance(value, int | float) else value

    @field_validator("events")
    @classmethod
    def _events(cls, value: list[str]) -> list[str]:
        for event_type in value:
            declared.known_event_type(event_type)
        if len(set(value)) != len(value):
            raise ValueError("an event type is listed twice")
        return value

    @field_validator("title", "description", "advice", mode="before")
    @classmethod
    def _either_language(cls, value: object) -> object:
        return _local_text(value)

    @field_validator("title", "description")
    @classmethod
    def _not_empty(cls, value: LocalText) -> LocalText:
        if not value.tr.strip() or not value.en.strip():
            raise ValueError("give the text in both languages (tr and en), neither empty")
        return value

    @field_validator("title")
    @classmethod
    def _title(cls, value: LocalText) -> LocalText:
        for text in (value.tr, value.en):
            for _, name, _, _ in string.Formatter().parse(text):
                if name is not None and name not in TITLE_FIELDS:
                    raise ValueError(
                        f"unknown placeholder {{{name}}}; use {', '.join(sorted(TITLE_FIELDS))}"
                    )
        return value

    @model_validator(mode="after")
    def _polarity(self) -> RuleBase:
        for name, value in self.type_weights.items():
            if name not in self.events:
                raise ValueError(f"type_weights: {name!r} is not one of this rule's events")
            if not 0 < value <= 3:
                raise ValueError(f"type_weights.{name}: must be in (0, 3]")
        found = {POLARITY[e] for e in self.events}
        if self.polarity is None:
            if len(found) > 1:
                raise ValueError("events mix opportunity and risk types: declare polarity")
            self.polarity = found.pop()
        return self

    @property
    def resolved_polarity(self) -> str:
        return self.polarity or POLARITY[self.events[0]]

    @property
    def allows_prospects(self) -> bool:
        """Prospects (no client id) go to research: by default only for opportunity rules."""
        if self.prospects is not None:
            return self.prospects
        return self.resolved_polarity == "opportunity"


class SingleRule(RuleBase):
    """One event of the listed types (optionally above an amount) is enough."""

    kind: Literal["single"]


class CombinationRule(RuleBase):
    """Every listed event type for the same firm within ``within_days`` (ordered or not)."""

    kind: Literal["combination"]
    within_days: int = Field(gt=0)
    ordered: bool = False

    @field_validator("events")
    @classmethod
    def _two(cls, value: list[str]) -> list[str]:
        if len(value) < 2:
            raise ValueError("a combination needs at least two event types")
        return value


class RateRule(RuleBase):
    """Count of events per firm in a window against the firm's own longer baseline."""

    kind: Literal["rate"]
    window_days: int = Field(gt=0)
    baseline_days: int = Field(gt=0)
    factor: float = Field(ge=1)
    min_count: int = Field(ge=1)
    min_baseline_days: int = Field(default=0, ge=0)

    @model_validator(mode="after")
    def _windows(self) -> RateRule:
        if self.baseline_days <= self.window_days:
            raise ValueError("baseline_days must be longer than window_days")
        return self


class GroupRule(RuleBase):
    """An event at a subsidiary (``parent_id`` set) is also raised for its parent group."""

    kind: Literal["group"]


Rule = SingleRule | CombinationRule | RateRule | GroupRule
RULE_KINDS: dict[str, type[RuleBase]] = {
    "single": SingleRule,
    "combination": CombinationRule,
    "rate": RateRule,
    "group": GroupRule,
}


class RuleFile(BaseModel):
    """A rule file: ``rules:`` holds the list (validated one rule at a time)."""

    model_config = ConfigDict(extra="forbid")

    rules: list[dict[str, object]]


class FeedbackPrior(BaseModel):
    """Beta prior on the share of a rule's alerts analysts accept, in pseudo-decisions.

    Beta(2, 2): prior mean 0.5 (with no decisions a rule is as good as any, factor 1) and a
    strength of 4 decisions, so one rejection damps to 0.8, three to 0.57, and the 0.3
    floor needs ten rejections in a row: enough evidence that a banker can defend it.
    """

    model_config = ConfigDict(extra="forbid")

    accepted: float = Field(default=2.0, gt=0, description="Pseudo-count of accepted alerts.")
    rejected: float = Field(default=2.0, gt=0, description="Pseudo-count of rejected alerts.")


class ScoringConfig(BaseModel):
    """Scoring settings shared by all rules (``scoring:`` in scoring.yml)."""

    model_config = ConfigDict(extra="forbid")

    half_life_days: float = Field(default=14.0, gt=0)
    story_days: float = Field(default=2.0, ge=0, description="Same firm + type this close = one story.")
    corroboration_step: float = Field(default=0.1, ge=0)
    corroboration_max: float = Field(default=1.3, ge=1)
    min_score: float = Field(default=20.0, ge=0, le=100)
    severity: dict[str, float] = Field(
        default_factory=lambda: {"low": 0.0, "medium": 35.0, "high": 55.0, "critical": 75.0}
    )
    exponents: dict[str, float] = Field(default_factory=dict)
    feedback_prior: FeedbackPrior = Field(default_factory=FeedbackPrior)
    damping_floor: float = Field(default=0.3, gt=0, le=1)
    # Scoring v1's threshold; refused with advice rather than silently ignored.
    damping_min_reviews: int | None = None
    fx_to_try: dict[str, float] = Field(default_factory=lambda: {"TRY": 1.0})

    @field_validator("damping_min_reviews")
    @classmethod
    def _retired(cls, value: int | None) -> int | None:
        if value is not None:
            raise ValueError("no longer used: feedback_prior {accepted, rejected} sets how "
                             "much evidence damping needs; remove this line")
        return value

    @field_validator("severity")
    @classmethod
    def _bands(cls, value: dict[str, float]) -> dict[str, float]:
        missing = [s for s in SEVERITY_ORDER if s not in value]
        if missing:
            raise ValueError(f"missing band {missing[0]!r}")
        unknown = [s for s in value if s not in SEVERITY_ORDER]
        if unknown:
            raise ValueError(f"unknown band {unknown[0]!r}; use {', '.join(SEVERITY_ORDER)}")
        scores = [value[s] for s in SEVERITY_ORDER]
        if scores != sorted(scores) or len(set(scores)) != len(scores):
            raise ValueError("thresholds must rise from low to critical")
        return value


class ScoringFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    scoring: ScoringConfig


class ReliabilityConfig(BaseModel):
    """Reliability of outlets (0..1) by source name and by source type, with a default."""

    model_config = ConfigDict(extra="forbid")

    default: float = Field(default=0.6, gt=0, le=1)
    source_types: dict[str, float] = Field(default_factory=dict)
    sources: dict[str, float] = Field(default_factory=dict)

    @field_validator("source_types")
    @classmethod
    def _types(cls, value: dict[str, float]) -> dict[str, float]:
        for name, score in value.items():
            declared.known_source_type(name)
            if not 0 < score <= 1:
                raise ValueError(f"{name}: must be in (0, 1]")
        return value

    @field_validator("sources")
    @classmethod
    def _sources(cls, value: dict[str, float]) -> dict[str, float]:
        for name, score in value.items():
            if not 0 < score <= 1:
                raise ValueError(f"{name}: must be in (0, 1]")
        return value


class ReliabilityFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reliability: ReliabilityConfig
