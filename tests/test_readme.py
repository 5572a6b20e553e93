"""The README stays true: its source examples parse, and every CLI command it lists exists."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from crawlers import load_sources
from radar.cli import cli

README = Path(__file__).resolve().parents[1] / "README.md"


def test_source_examples_in_readme_are_valid(tmp_path):
    text = README.read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```yaml\n(.*?)```", text, re.S) if "sources:" in b]
    assert blocks, "the README lost its source examples"
    path = tmp_path / "sources.yml"
    path.write_text(blocks[0], encoding="utf-8")
    sources = load_sources(path)
    assert {s.family for s in sources} == {"feed", "sitemap", "listing", "table", "api"}


def test_every_command_in_the_readme_table_exists():
    text = README.read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `radar (\w+)", text, re.M))
    assert listed, "the README lost its command table"
    assert listed <= set(cli.commands), listed - set(cli.commands)


def test_every_command_is_in_the_readme():
    text = README.read_text(encoding="utf-8")
    missing = [name for name in cli.commands if f"radar {name}" not in text]
    assert not missing, f"commands missing from the README: {missing}"


def test_help_teaches_with_an_example():
    runner = CliRunner()
    for name in cli.commands:
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "xample" in result.output, f"radar {name} --help has no example"
