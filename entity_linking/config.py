"""Declared data of the linker: weights/thresholds (linker_v1.yml), common and sector words.

Weights and word lists are data, not code, so that a data team can review and change
them without touching the scorer; both files are validated by pydantic at load time and
errors name ``file:line field``.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from radar_core import declared
from radar_core.text import fold

HERE = Path(__file__).resolve().parent
DEFAULT_CONFIG = HERE / "linker_v1.yml"
DEFAULT_COMMON_WORDS = HERE / "common_words.yml"
DEFAULT_SECTOR_WORDS = HERE / "sector_words.yml"


class Weights(BaseModel):
    """Weight of each linker_v1 feature in the score (negative ones are qualifiers)."""

    model_config = ConfigDict(extra="forbid")
    mention_coverage: float = 0.50
    name_coverage: float = 0.25
    string_similarity: float = 0.20
    head_token: float = 0.05
    exact_name: float = 0.10
    ticker: float = 0.15
    identifier: float = 0.60
    city: float = 0.05
    sector: float = 0.08
    parent_group: float = 0.05
    legal_form_agree: float = 0.03
    legal_form_conflict: float = -0.15
    token_conflict: float = -0.60


class Calibration(BaseModel):
    """Logistic map from score to confidence."""

    model_config = ConfigDict(extra="forbid")
    slope: float = Field(default=24.0, gt=0)
    midpoint: float = 0.74


class Thresholds(BaseModel):
    """Decision thresholds."""

    model_config = ConfigDict(extra="forbid")
    link: float = Field(default=0.5, ge=0, le=1)
    ambiguity_margin: float = Field(default=0.06, ge=0, le=1)
    candidate_floor: float = Field(default=0.35, ge=0, le=1)
    common_word_evidence: float = Field(default=0.6, ge=0)


class Blocking(BaseModel):
    """Bounds of the blocking index, which keep a mention's work independent of N."""

    model_config = ConfigDict(extra="forbid")
    max_postings: int = Field(default=150, gt=0)
    max_candidates: int = Field(default=12, gt=0)
    top_k: int = Field(default=5, gt=0)


class LinkerConfig(BaseModel):
    """All settings of the linker (``linker_v1.yml`` holds the defaults)."""

    model_config = ConfigDict(extra="forbid")
    version: str = "linker_v1"
    weights: Weights = Weights()
    calibration: Calibration = Calibration()
    thresholds: Thresholds = Thresholds()
    blocking: Blocking = Blocking()


class CommonWords(BaseModel):
    """Common words per language that are also firm names (``common_words.yml``)."""

    model_config = ConfigDict(extra="forbid")
    tr: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)

    def folded(self) -> frozenset[str]:
        """All words, folded like mentions are."""
        return frozenset(fold(w) for w in [*self.tr, *self.en])


class SectorWords(BaseModel):
    """How the register names one sector, and the words news uses around its firms."""

    model_config = ConfigDict(extra="forbid")
    register_words: list[str] = Field(alias="register", min_length=1)
    context: list[str] = Field(min_length=1)


class SectorVocabulary(BaseModel):
    """Sector name -> its register and context words (``sector_words.yml``)."""

    model_config = ConfigDict(extra="forbid")
    sectors: dict[str, SectorWords]


def load_linker_config(path: Path | None = None) -> LinkerConfig:
    """Load and validate linker weights and thresholds (default: linker_v1.yml)."""
    return declared.load(path or DEFAULT_CONFIG, LinkerConfig)


def load_common_words(path: Path | None = None) -> CommonWords:
    """Load and validate the common-word list (default: common_words.yml)."""
    return declared.load(path or DEFAULT_COMMON_WORDS, CommonWords)


def load_sector_words(path: Path | None = None) -> SectorVocabulary:
    """Load and validate the sector vocabulary (default: sector_words.yml)."""
    return declared.load(path or DEFAULT_SECTOR_WORDS, SectorVocabulary)
