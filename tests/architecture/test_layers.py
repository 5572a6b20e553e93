"""The import-linter contracts of setup.cfg: kept by the tree, and broken by a violation.

CI runs ``lint-imports`` on the real tree; these tests also prove that the contracts bite, by
running them on a small copy of the layout in which one module crosses a layer.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("radar_core", "crawlers", "signals", "entity_linking", "rules", "reports", "radar")
LINT = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which(
    "lint-imports")

pytestmark = pytest.mark.skipif(LINT is None, reason="import-linter is not installed")


def _contracts_only(target: Path) -> None:
    """Copy setup.cfg's import-linter sections (nothing else) to ``target/setup.cfg``."""
    source = configparser.ConfigParser()
    source.read(ROOT / "setup.cfg", encoding="utf-8")
    out = configparser.ConfigParser()
    for section in source.sections():
        if section.startswith("importlinter"):
            out[section] = dict(source[section])
    with (target / "setup.cfg").open("w", encoding="utf-8") as handle:
        out.write(handle)


def _tree(tmp_path: Path, extra: dict[str, str]) -> Path:
    """A minimal tree of the seven packages; ``extra`` maps module paths to their source."""
    for package in PACKAGES:
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "radar_core" / "db.py").write_text("import sqlalchemy\n", encoding="utf-8")
    (tmp_path / "radar" / "app.py").write_text(
        "import crawlers, signals, entity_linking, rules, reports, radar_core.db\n",
        encoding="utf-8")
    for name, code in extra.items():
        (tmp_path / name).write_text(code, encoding="utf-8")
    _contracts_only(tmp_path)
    return tmp_path


def _lint(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    assert LINT is not None
    return subprocess.run([LINT, "--no-cache"], cwd=tree, env=env, capture_output=True,
                          text=True, timeout=120)


def test_the_real_tree_keeps_every_contract() -> None:
    result = subprocess.run([LINT, "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_clean_copy_of_the_layout_passes(tmp_path: Path) -> None:
    result = _lint(_tree(tmp_path, {"signals/cues.py": "import radar_core\n"}))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(("module", "code", "contract"), [
    ("signals/cues.py", "import crawlers\n", "Stages never import each other"),
    ("rules/engine.py", "from radar import app\n", "Stages never import the application"),
    ("radar_core/text.py", "import entity_linking\n", "The ground imports no stage"),
    ("crawlers/storage.py", "import radar_core.db\n", "Crawlers and reports hand data"),
    ("reports/mail.py", "import sqlalchemy\n", "Crawlers and reports hand data"),
])
def test_a_crossing_import_breaks_its_contract(tmp_path: Path, module: str, code: str,
                                               contract: str) -> None:
    result = _lint(_tree(tmp_path, {module: code}))
    assert result.returncode != 0
    assert f"{contract}" in result.stdout and "BROKEN" in result.stdout
