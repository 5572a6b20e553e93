"""The declared-data loader: one parse, every problem as ``file:line field: message``."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pydantic import BaseModel, ConfigDict, Field

from radar_core.declared import line_of, load, load_text, loc_text, node_at, parse
from radar_core.errors import ConfigError, DeclaredError

TEXT = """\
rules:
  - id: a
    within_days: 3
  - id: b
    within_days: -1
"""


def test_line_of_follows_mappings_and_lists():
    root = yaml.compose(TEXT)
    assert line_of(root, ("rules", 1, "within_days")) == 5
    assert line_of(root, ("rules", 0)) == 2


def test_missing_parts_stop_at_the_deepest_parent():
    root = yaml.compose(TEXT)
    assert line_of(root, ("rules", 1, "no_such_key")) == 4
    assert line_of(root, ("rules", 7, "id")) == 2  # the list itself
    assert node_at(None, ("rules",)) is None and line_of(None, ("rules",)) == 1


def test_loc_text():
    assert loc_text(("sources", 1, "reliability")) == "sources[1].reliability"
    assert loc_text(()) == "(root)"


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    within_days: int = Field(gt=0)


class _Rules(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rules: list[_Rule]


def test_parse_gives_the_tree_and_the_data_of_one_parse():
    root, data = parse(TEXT, "r.yml")
    assert data == yaml.safe_load(TEXT)
    assert line_of(root, ("rules", 1)) == 4


def test_every_validation_error_is_listed_one_per_line():
    text = TEXT + "  - id: c\n    colour: red\n"
    with pytest.raises(DeclaredError) as info:
        load_text(text, _Rules, "r.yml")
    assert isinstance(info.value, ConfigError) and info.value.code == "R006"
    assert info.value.message.splitlines() == [
        "r.yml:5 rules[1].within_days: must be > 0",
        "r.yml:6 rules[2].within_days: is required",
        "r.yml:7 rules[2].colour: unknown field",
    ]
    assert [p.line for p in info.value.problems] == [5, 6, 7]


def test_yaml_syntax_error_names_its_line():
    with pytest.raises(DeclaredError) as info:
        load_text("rules:\n  - id: a\n    within_days: [1\n", _Rules, "r.yml")
    assert info.value.message.startswith("r.yml:4 (yaml): invalid YAML: ")


def test_non_utf8_and_missing_files_are_named_as_such(tmp_path: Path):
    path = tmp_path / "r.yml"
    path.write_bytes("rules:\n  - id: \"Kağıt\"\n".encode("cp1254"))
    with pytest.raises(DeclaredError, match=r"r\.yml:2 \(encoding\): not UTF-8 text"):
        load(path, _Rules)
    with pytest.raises(DeclaredError, match=r"nope\.yml:1 \(file\): cannot read"):
        load(tmp_path / "nope.yml", _Rules)


def test_empty_file_names_required_keys():
    with pytest.raises(DeclaredError, match=r"e\.yml:1 rules: is required"):
        load_text("", _Rules, "e.yml")
