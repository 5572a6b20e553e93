"""Declared data: YAML files validated by pydantic, every problem named ``file:line field: message``.

Sources, cue patterns, places, linker weights, rules and rule fixtures are data that
analysts edit. They all go through this one loader so that a mistake reads the same
wherever it is made: the file is read as UTF-8, parsed once (the node tree that gives the
lines is the tree the data is built from), validated, and every problem found is listed at
once in a ``DeclaredError``, one ``rules/risk.yml:42 rules[3].within_days: must be > 0``
per line. Problems that are not about one field name what went wrong in their place:
``(file)``, ``(encoding)``, ``(yaml)`` or ``(root)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, TypeVar

import yaml
from pydantic import AfterValidator, BaseModel, ValidationError

from radar_core.errors import DeclaredError
from radar_core.taxonomy import EVENT_TYPES, SOURCE_TYPES

M = TypeVar("M", bound=BaseModel)
V = TypeVar("V")

# pydantic's wording, shortened to what an analyst editing YAML needs to read.
_MESSAGES = {
    "greater_than": "must be > {gt}",
    "greater_than_equal": "must be >= {ge}",
    "less_than_equal": "must be <= {le}",
    "less_than": "must be < {lt}",
    "missing": "is required",
    "extra_forbidden": "unknown field",
}


@dataclass(frozen=True)
class Problem:
    """One problem in a declared file: where (file, line, field) and what.

    ``line`` is None for a value that has no line (a setting from the environment).
    """

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where} {self.field}: {self.message}"


def fail(problems: Sequence[Problem]) -> DeclaredError:
    """The error listing ``problems``, one per line (raise it)."""
    error = DeclaredError("\n".join(str(p) for p in problems))
    error.problems = list(problems)
    return error


# --- where a pydantic location path is in the YAML --------------------------------------

def node_at(root: yaml.Node | None, loc: Sequence[Any]) -> yaml.Node | None:
    """The node at a pydantic location path, or the deepest node of it that exists.

    A missing key or index stops the walk at its parent (the mapping or list that lacks
    it), which is where a person has to look.
    """
    node = root
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == str(part)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) \
                and 0 <= part < len(node.value):
            match = node.value[part]
        else:
            match = None
        if match is None:
            break
        node = match
    return node


def line_of(root: yaml.Node | None, loc: Sequence[Any]) -> int:
    """The 1-based line of ``node_at(root, loc)``; 1 when there is no node at all."""
    node = node_at(root, loc)
    return node.start_mark.line + 1 if node is not None else 1


def loc_text(loc: Sequence[Any]) -> str:
    """A location path as people write it: ``("sources", 1, "reliability")`` ->
    ``sources[1].reliability``; the empty path is ``(root)``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(root)"


# --- field types shared by declared files ---------------------------------------------

def known_event_type(value: str) -> str:
    """``value`` if it is an event type of the taxonomy, else a validation error."""
    if value not in EVENT_TYPES:
        raise ValueError(f"unknown event type {value!r} (see design.md taxonomy)")
    return value


def known_source_type(value: str) -> str:
    """``value`` if it is a source type of the taxonomy, else a validation error."""
    if value not in SOURCE_TYPES:
        raise ValueError(f"unknown source type {value!r} (one of {', '.join(SOURCE_TYPES)})")
    return value


def event_type_keys(value: dict[str, V]) -> dict[str, V]:
    """``value`` if every key is an event type (a mapping per event type)."""
    for name in value:
        known_event_type(name)
    return value


EventType = Annotated[str, AfterValidator(known_event_type)]
SourceType = Annotated[str, AfterValidator(known_source_type)]


# --- reading and parsing ----------------------------------------------------------------

def read_text(path: Path | str) -> str:
    """A declared file's text; unreadable or non-UTF-8 files are a ``DeclaredError``."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise fail([Problem(str(path), 1, "(file)",
                            f"cannot read: {exc.strerror or exc}")]) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise fail([Problem(str(path), line, "(encoding)",
                            f"not UTF-8 text (byte 0x{raw[exc.start]:02x} cannot be "
                            f"decoded; save the file as UTF-8)")]) from exc


def parse(text: str, name: str) -> tuple[yaml.Node | None, Any]:
    """(node tree, Python data) of YAML ``text``, both from one parse."""
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else 1
        reason = getattr(exc, "problem", None) or str(exc)
        raise fail([Problem(name, line, "(yaml)", f"invalid YAML: {reason}")]) from exc
    finally:
        loader.dispose()
    return root, data


def read(path: Path | str) -> tuple[yaml.Node | None, Any]:
    """(node tree, data) of a declared YAML file."""
    return parse(read_text(path), str(path))


# --- validating -------------------------------------------------------------------------

def message(error: Any) -> str:
    """A pydantic error's message in the words used across declared files."""
    template = _MESSAGES.get(error["type"])
    if template:
        return template.format(**(error.get("ctx") or {}))
    return str(error["msg"]).removeprefix("Value error, ")


def problems(exc: ValidationError, file: str, where: yaml.Node | int | None,
             prefix: Sequence[str | int] = ()) -> list[Problem]:
    """Every error of ``exc`` as a Problem.

    ``where`` is the node tree the data came from (each error gets its own line) or the
    fixed line of a one-line record (a JSONL line); ``prefix`` is the path of the
    validated part inside the file (``rules[3]``).
    """
    found = []
    for err in exc.errors():
        loc = [*prefix, *[p for p in err["loc"] if p != "__root__"]]
        line = where if isinstance(where, int) else line_of(where, loc)
        found.append(Problem(file, line, loc_text(loc), message(err)))
    return found


def validate(data: Any, model: type[M], file: str, where: yaml.Node | int | None = None,
             prefix: Sequence[str | int] = ()) -> M:
    """``model`` validated from ``data``; a ``DeclaredError`` lists every problem."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise fail(problems(exc, file, where, prefix)) from exc


def load_text(text: str, model: type[M], name: str) -> M:
    """``model`` from YAML text; ``name`` is the file named in errors.

    An empty document is an empty mapping, so defaults apply and required keys are
    named as missing.
    """
    root, data = parse(text, name)
    return validate({} if data is None else data, model, name, root)


def load(path: Path | str, model: type[M]) -> M:
    """``model`` from a declared YAML file."""
    return load_text(read_text(path), model, str(path))
