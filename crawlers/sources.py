"""Source declarations: YAML files validated by pydantic, errors naming file:line and field.

A source says *what* to fetch (start URLs, selectors) and *how politely*; the generic
spider of its ``family`` does the rest, so adding a site is a data change, not code.
``${NAME}`` placeholders (the demo site's port, a tenant's host) are filled from the
variables the caller passes, never from the environment.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from radar_core import declared
from radar_core.errors import ConfigError

Family = Literal["feed", "sitemap", "listing", "table", "api"]
_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_SELECTOR = re.compile(r"^(css|xpath):.+", re.S)


class Politeness(BaseModel):
    """How hard a source may be hit; defaults suit a small public site."""

    model_config = {"extra": "forbid"}

    download_delay: float = Field(1.0, ge=0)
    concurrency: int = Field(2, ge=1, le=32)
    obey_robots: bool = True
    autothrottle: bool = True
    timeout: float = Field(20.0, gt=0)
    retries: int = Field(2, ge=0, le=10)
    max_size_mb: float = Field(10.0, gt=0)


def _check_selector(value: str | None) -> str | None:
    if value is not None and not _SELECTOR.match(value):
        raise ValueError("selector must start with 'css:' or 'xpath:'")
    return value


class ListingSpec(BaseModel):
    """Listing pages: which links lead to detail pages and which to the next page."""

    model_config = {"extra": "forbid"}

    items: str
    next_page: str | None = None

    @field_validator("items", "next_page")
    @classmethod
    def _selectors(cls, value: str | None) -> str | None:
        return _check_selector(value)


class DetailSpec(BaseModel):
    """Detail pages: where title, date, body text and structured fields are."""

    model_config = {"extra": "forbid"}

    title: str | None = None
    published: str | None = None
    text: str | None = None
    fields: dict[str, str] = Field(default_factory=dict)

    @field_validator("title", "published", "text")
    @classmethod
    def _selectors(cls, value: str | None) -> str | None:
        return _check_selector(value)

    @field_validator("fields")
    @classmethod
    def _field_selectors(cls, value: dict[str, str]) -> dict[str, str]:
        for selector in value.values():
            _check_selector(selector)
        return value


class TableSpec(BaseModel):
    """CSV/XLSX/PDF tables: one document per row; columns map to title, date, text, fields."""

    model_config = {"extra": "forbid"}

    format: Literal["csv", "xlsx", "pdf"] = "csv"
    delimiter: str = Field(",", min_length=1, max_length=1)
    header_rows: int = Field(1, ge=1, le=5, description="Rows naming the columns (a merged "
                             "group over sub-columns needs 2: 'Yatırım' + 'Tutar').")
    title: str | None = None
    published: str | None = None
    text: str = Field(description="Template of the text, columns in braces: '{firma} ...'.")
    fields: dict[str, str] = Field(default_factory=dict, description="field name: column")
    key: list[str] = Field(default_factory=list, description="Columns identifying a row.")


class SitemapSpec(BaseModel):
    """Sitemaps: which page URLs to follow (regular expressions on the URL)."""

    model_config = {"extra": "forbid"}

    follow: list[str] = Field(default_factory=list, description="Only URLs matching one.")
    deny: list[str] = Field(default_factory=list, description="Never URLs matching one.")

    @field_validator("follow", "deny")
    @classmethod
    def _regexes(cls, value: list[str]) -> list[str]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regular expression {pattern!r}: {exc}") from exc
        return value


class ApiSpec(BaseModel):
    """JSON APIs: dotted paths to the item list, paging, and each item's values."""

    model_config = {"extra": "forbid"}

    items: str = Field(description="Dotted path to the list of items ('' for a top list).")
    next_url: str | None = Field(None, description="Dotted path to the next page's URL.")
    page_param: str | None = Field(None, description="Query parameter incremented per page.")
    id: str
    title: str | None = None
    published: str | None = None
    text: list[str] = Field(min_length=1, description="Paths joined into the text.")
    url: str | None = Field(None, description="Path to the item's public URL.")
    fields: dict[str, str] = Field(default_factory=dict)


class SourceSpec(BaseModel):
    """One declared source; ``family`` picks the generic spider."""

    model_config = {"extra": "forbid"}

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]{1,80}$")
    family: Family
    start_urls: list[str] = Field(min_length=1)
    source_type: declared.SourceType
    lang: str | None = Field(None, pattern=r"^(tr|en)$")
    schedule: str = "0 6 * * *"
    politeness: Politeness = Politeness.model_validate({})
    reliability: float = Field(0.7, ge=0, le=1)
    max_pages: int = Field(200, ge=1)
    max_age_days: int | None = Field(None, ge=1, description="Skip items older than this.")
    enabled: bool = True
    canonical_base: str | None = Field(
        None, pattern=r"^https?://[^/\s]+$",
        description="Origin written into canonical URLs instead of the fetched one, so a "
        "site served on changing hosts or ports (the demo) keeps its documents' identity.")
    listing: ListingSpec | None = None
    detail: DetailSpec | None = None
    table: TableSpec | None = None
    sitemap: SitemapSpec = SitemapSpec.model_validate({})
    api: ApiSpec | None = None

    @field_validator("start_urls")
    @classmethod
    def _urls(cls, value: list[str]) -> list[str]:
        for url in value:
            if not re.match(r"^https?://[^/\s]+", url):
                raise ValueError(f"not an http(s) URL: {url!r}")
        return value

    @field_validator("schedule")
    @classmethod
    def _cron(cls, value: str) -> str:
        if len(value.split()) != 5:
            raise ValueError("cron schedule needs 5 fields (minute hour day month weekday)")
        return value

    @model_validator(mode="after")
    def _family_config(self) -> SourceSpec:
        if self.family == "listing" and (self.listing is None or self.detail is None):
            raise ValueError("family 'listing' needs 'listing' and 'detail' sections")
        if self.family == "table" and self.table is None:
            raise ValueError("family 'table' needs a 'table' section")
        if self.family == "api" and self.api is None:
            raise ValueError("family 'api' needs an 'api' section")
        return self


class SourceFile(BaseModel):
    model_config = {"extra": "forbid"}

    sources: list[SourceSpec]


def substitute(text: str, variables: Mapping[str, str], path: Path) -> str:
    """Fill ``${NAME}``; unknown names are a declared-data error naming each line."""
    unknown: list[declared.Problem] = []

    def repl(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in variables:
            line = text.count("\n", 0, match.start()) + 1
            unknown.append(declared.Problem(str(path), line, f"${{{name}}}",
                                            f"no value given (pass --var {name}=VALUE)"))
            return match.group(0)
        return variables[name]

    filled = _VAR.sub(repl, text)
    if unknown:
        raise declared.fail(unknown)
    return filled


def load_source_file(path: Path, variables: Mapping[str, str] | None = None) -> list[SourceSpec]:
    """Validate one YAML file of sources."""
    text = substitute(declared.read_text(path), variables if variables is not None else {}, path)
    return declared.load_text(text, SourceFile, str(path)).sources


def load_sources(path: Path, variables: Mapping[str, str] | None = None,
                 only: list[str] | None = None) -> list[SourceSpec]:
    """Load a file or every ``*.yml``/``*.yaml`` of a folder; names must be unique."""
    if not path.exists():
        raise ConfigError(f"{path}: no such source file or folder")
    files = sorted(p for p in path.iterdir() if p.suffix in {".yml", ".yaml"}) \
        if path.is_dir() else [path]
    seen: dict[str, Path] = {}
    out: list[SourceSpec] = []
    for file in files:
        for spec in load_source_file(file, variables):
            if spec.name in seen:
                raise ConfigError(f"{file} sources.name: {spec.name!r} already declared in "
                                  f"{seen[spec.name]}")
            seen[spec.name] = file
            out.append(spec)
    if only:
        unknown = sorted(set(only) - set(seen))
        if unknown:
            raise ConfigError(f"{path}: unknown source(s): {', '.join(unknown)}")
        out = [s for s in out if s.name in only]
    return out


def default_sources_path() -> Path:
    """The project's own ``crawlers/sources`` folder."""
    return Path(__file__).with_name("sources")
