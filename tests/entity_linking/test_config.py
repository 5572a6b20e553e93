"""Declared linker data: weights and common words validate with file:line field errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from entity_linking.config import load_common_words, load_linker_config
from radar_core.errors import ConfigError


def test_shipped_files_load() -> None:
    config = load_linker_config()
    assert config.version == "linker_v1"
    assert config.weights.token_conflict < 0
    words = load_common_words().folded()
    assert {"yildiz", "dogan", "star", "deniz", "umut", "nova"} <= words


def test_bad_weight_names_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "linker.yml"
    path.write_text("version: linker_v1\nthresholds:\n  link: 2.5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"linker.yml:3 thresholds.link:"):
        load_linker_config(path)


def test_unknown_key_rejected(tmp_path: Path) -> None:
    path = tmp_path / "words.yml"
    path.write_text("tr: [Yıldız]\nde: [Stern]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"words.yml:\d+ de:"):
        load_common_words(path)
