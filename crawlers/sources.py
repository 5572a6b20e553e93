"""Source declarations: YAML files validated by pydantic, errors naming file:line and field.

A source says *what* to fetch (start URLs, selectors) and *how politely*; the generic
spider of its ``family`` does the rest, so adding a site is a data change, not code.
``${NAME}`` placeholders (the demo site's port, a tenant's host) are filled from the
variables the caller passes, never from the environment; a file lists the ones it uses
under ``variables:`` so that validation without live values can still tell a declared
placeholder from a typo.

What would only fail during a crawl is checked here, so ``radar sources validate`` finds
it first: selectors are compiled by parsel (Scrapy's own selector library) on an empty
page, table text templates are parsed and tried the way the table spider fills them,
schedules are read by the scheduler's cron parser, and every problem of every file is
reported at once.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from radar_core import declared
from radar_core.errors import ConfigError, DeclaredError
from radar_core.schedules import cron_error

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


def _check_selector(value: str) -> str:
    """``value`` if it is ``css:`` or ``xpath:`` and parsel can run it, else why not.

    The selector is run on an empty page by the same library the spiders use, so a
    broken one (``css:a[href``, ``xpath://a[``, an unknown pseudo-element or namespace
    prefix) is refused here rather than matching nothing during the crawl.
    """
    if not _SELECTOR.match(value):
        raise ValueError("selector must start with 'css:' or 'xpath:'")
    from cssselect.parser import SelectorError
    from parsel import Selector

    kind, _, expr = value.partition(":")
    probe = Selector(text="<html><body></body></html>")
    try:
        probe.css(expr) if kind == "css" else probe.xpath(expr)
    except (SelectorError, ValueError) as exc:
        reason = str(exc).removeprefix("XPath error: ")
        language = "CSS" if kind == "css" else "XPath"
        raise ValueError(f"broken {language} selector {expr!r}: {reason}") from exc
    return value


SelectorText = Annotated[str, AfterValidator(_check_selector)]


def _check_cron(value: str) -> str:
    error = cron_error(value)
    if error:
        raise ValueError(error)
    return value


class _AnyColumn(dict[str, str]):
    """Every column present and empty: tries a template the way the table spider fills it."""

    def __missing__(self, key: str) -> str:
        return ""


def template_columns(template: str) -> list[str]:
    """The columns a table text template names; a ``ValueError`` for a broken template.

    Parsed with ``string.Formatter`` (what ``str.format_map`` reads), then filled once
    with empty columns, so unbalanced braces, ``{}``/``{0}``, ``{a.b}`` or a bad format
    spec fail validation instead of every row of the crawl.
    """
    names: list[str] = []
    try:
        for _, name, spec, _ in string.Formatter().parse(template):
            if name is None:
                continue
            if name == "" or name.isdigit():
                raise ValueError("a field in braces needs a column name: '{firma}'")
            if "." in name or "[" in name:
                raise ValueError(f"{{{name}}}: only plain column names are filled, "
                                 "not attributes or indexes")
            names.append(name)
            if spec and "{" in spec:
                names.extend(template_columns(spec))
        template.format_map(_AnyColumn())
    except (ValueError, KeyError, IndexError, AttributeError) as exc:
        raise ValueError(f"broken text template: {exc}") from exc
    return names


class ListingSpec(BaseModel):
    """Listing pages: which links lead to detail pages and which to the next page."""

    model_config = {"extra": "forbid"}

    items: SelectorText
    next_page: SelectorText | None = None


class DetailSpec(BaseModel):
    """Detail pages: where title, date, body text and structured fields are."""

    model_config = {"extra": "forbid"}

    title: SelectorText | None = None
    published: SelectorText | None = None
    text: SelectorText | None = None
    fields: dict[str, SelectorText] = Field(default_factory=dict)


class TableSpec(BaseModel):
    """CSV/XLSX/PDF tables: one document per row; columns map to title, date, text, fields.

    ``columns``, when given, lists the file's columns, and every column named elsewhere
    (the text template included) must be one of them: a misspelt column is then a
    validation error instead of a literal ``{frma}`` in every document. (Fields are
    declared in this order so each check sees ``columns``.)
    """

    model_config = {"extra": "forbid"}

    format: Literal["csv", "xlsx", "pdf"] = "csv"
    delimiter: str = Field(",", min_length=1, max_length=1)
    header_rows: int = Field(1, ge=1, le=5, description="Rows naming the columns (a merged "
                             "group over sub-columns needs 2: 'Yatırım' + 'Tutar').")
    columns: list[str] = Field(default_factory=list,
                               description="The file's columns (optional; checks names).")
    title: str | None = None
    published: str | None = None
    fields: dict[str, str] = Field(default_factory=dict, description="field name: column")
    key: list[str] = Field(default_factory=list, description="Columns identifying a row.")
    text: str = Field(description="Template of the text, columns in braces: '{firma} ...'.")

    @field_validator("title", "published", "fields", "key", "text")
    @classmethod
    def _known_columns(cls, value: Any, info: ValidationInfo) -> Any:
        if info.field_name == "text":
            named = template_columns(value)
        elif isinstance(value, dict):
            named = list(value.values())
        else:
            named = list(value) if isinstance(value, list) else [value] if value else []
        columns = info.data.get("columns") or []
        unknown = [n for n in named if columns and n not in columns]
        if unknown:
            raise ValueError(f"column(s) {', '.join(map(repr, unknown))} not in table.columns")
        return value


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
    """JSON APIs: dotted paths to the item list, paging, and each item's values.

    Search APIs of public portals (ilan.gov.tr, EKAP) take a POST with a JSON body and
    page by an offset in that body (``skipCount``): ``method: POST``, ``body``, and
    ``page_param`` naming the body key with ``page_step`` added per page.
    """

    model_config = {"extra": "forbid"}

    items: str = Field(description="Dotted path to the list of items ('' for a top list).")
    method: Literal["GET", "POST"] = "GET"
    body: dict[str, Any] | None = Field(None, description="JSON body of a POST request.")
    next_url: str | None = Field(None, description="Dotted path to the next page's URL.")
    page_param: str | None = Field(None, description="Query parameter (GET) or body key "
                                   "(POST) advanced per page.")
    page_step: int | None = Field(None, ge=1, description="Added to page_param's value per "
                                  "page (an offset); absent: page numbers 1, 2, 3...")
    id: str
    title: str | None = None
    published: str | None = None
    text: list[str] = Field(min_length=1, description="Paths joined into the text.")
    url: str | None = Field(None, description="Path to the item's public URL.")
    url_template: str | None = Field(
        None, pattern=r"^https?://\S*\{id\}",
        description="Public URL built from the item id when the API gives none: "
        "'https://www.kap.org.tr/tr/Bildirim/{id}'.")
    fields: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _post_body(self) -> ApiSpec:
        if self.method == "GET" and self.body is not None:
            raise ValueError("'body' is sent only with method: POST")
        return self


class SourceSpec(BaseModel):
    """One declared source; ``family`` picks the generic spider."""

    model_config = {"extra": "forbid"}

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]{1,80}$")
    family: Family
    start_urls: list[str] = Field(min_length=1)
    source_type: declared.SourceType
    lang: str | None = Field(None, pattern=r"^(tr|en)$")
    schedule: Annotated[str, AfterValidator(_check_cron)] = "0 6 * * *"
    politeness: Politeness = Politeness.model_validate({})
    reliability: float = Field(0.7, ge=0, le=1)
    max_pages: int = Field(200, ge=1)
    max_age_days: int | None = Field(None, ge=1, description="Skip items older than this.")
    enabled: bool = True
    terms: str | None = Field(
        None, description="Terms of use, robots.txt and rate guidance of the site, as read "
        "from its public pages: what a person must check before enabling the source.")
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
    """A file of sources and the ``${NAME}`` placeholders it uses (name: what to pass)."""

    model_config = {"extra": "forbid"}

    variables: dict[Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")],
                    str | None] = Field(default_factory=dict)
    sources: list[SourceSpec]


def stand_in(name: str) -> str:
    """The URL a placeholder gets when validation has no value for it."""
    return f"http://{name.lower().replace('_', '-')}.invalid"


def substitute(text: str, variables: Mapping[str, str], path: Path,
               known: frozenset[str] | None = None) -> tuple[str, list[declared.Problem]]:
    """``text`` with ``${NAME}`` filled, and a problem for each name that has no value.

    ``known`` are the file's declared variables when validating without live values: they
    get a stand-in URL. Any other name without a value is reported (and also filled with a
    stand-in, so the rest of the file can still be checked).
    """
    found: list[declared.Problem] = []

    def repl(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in variables:
            return variables[name]
        if known is not None and name in known:
            return stand_in(name)
        line = text.count("\n", 0, match.start()) + 1
        reason = (f"undefined variable (not under 'variables:' and no --var {name}=VALUE)"
                  if known is not None else f"no value given (pass --var {name}=VALUE)")
        found.append(declared.Problem(str(path), line, f"${{{name}}}", reason))
        return stand_in(name)

    return _VAR.sub(repl, text), found


def _declared_variables(data: Any) -> frozenset[str]:
    names = data.get("variables") if isinstance(data, dict) else None
    return frozenset(str(n) for n in names) if isinstance(names, dict) else frozenset()


def _read_file(path: Path, variables: Mapping[str, str], placeholders: bool
               ) -> tuple[list[SourceSpec], yaml.Node | None]:
    """The sources of one file and its node tree; a ``DeclaredError`` lists every problem."""
    text = declared.read_text(path)
    # Placeholders stand in unquoted too (``[${BASE}/x]``), so the text is filled before
    # it is parsed; the declared names are read from a first fill with stand-ins.
    _, first = declared.parse(_VAR.sub(lambda m: stand_in(m.group(1)), text), str(path))
    known = _declared_variables(first) if placeholders else None
    filled, found = substitute(text, variables, path, known)
    root, data = declared.parse(filled, str(path))
    try:
        sources = declared.validate({} if data is None else data, SourceFile, str(path),
                                    root).sources
    except DeclaredError as exc:
        found.extend(exc.problems)
        sources = []
    if found:
        raise declared.fail(sorted(found, key=lambda p: p.line or 0))
    return sources, root


def load_source_file(path: Path, variables: Mapping[str, str] | None = None,
                     placeholders: bool = False) -> list[SourceSpec]:
    """Validate one YAML file of sources.

    ``placeholders``: validation without live values; a variable the file declares needs
    no value (it gets a stand-in URL), an undeclared one is an error.
    """
    return _read_file(path, variables or {}, placeholders)[0]


def load_sources(path: Path, variables: Mapping[str, str] | None = None,
                 only: list[str] | None = None, placeholders: bool = False) -> list[SourceSpec]:
    """Load a file or every ``*.yml``/``*.yaml`` of a folder; names must be unique.

    Every file is read before anything is refused, so one ``DeclaredError`` lists the
    problems of all files (a duplicate name across files included).
    """
    if not path.exists():
        raise ConfigError(f"{path}: no such source file or folder")
    files = sorted(p for p in path.iterdir() if p.suffix in {".yml", ".yaml"}) \
        if path.is_dir() else [path]
    seen: dict[str, Path] = {}
    out: list[SourceSpec] = []
    found: list[declared.Problem] = []
    for file in files:
        try:
            specs, root = _read_file(file, variables or {}, placeholders)
        except DeclaredError as exc:
            found.extend(exc.problems)
            continue
        for index, spec in enumerate(specs):
            if spec.name in seen:
                loc = ["sources", index, "name"]
                found.append(declared.Problem(
                    str(file), declared.line_of(root, loc), declared.loc_text(loc),
                    f"{spec.name!r} already declared in {seen[spec.name]}"))
                continue
            seen[spec.name] = file
            out.append(spec)
    if found:
        raise declared.fail(found)
    if only:
        unknown = sorted(set(only) - set(seen))
        if unknown:
            raise ConfigError(f"{path}: unknown source(s): {', '.join(unknown)}")
        out = [s for s in out if s.name in only]
    return out


def default_sources_path() -> Path:
    """The project's own ``crawlers/sources`` folder."""
    return Path(__file__).with_name("sources")
