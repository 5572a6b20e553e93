"""Source YAML validation: errors name file:line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawlers.sources import default_sources_path, load_sources
from radar_core.errors import ConfigError


def test_demo_sources_load_with_variable() -> None:
    sources = load_sources(default_sources_path(), {"DEMO_URL": "http://127.0.0.1:1"})
    assert {s.family for s in sources} == {"feed", "listing", "table"}
    assert all(u.startswith("http://127.0.0.1:1/") for s in sources for u in s.start_urls)


def test_error_names_file_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "bad.yml"
    path.write_text("sources:\n  - name: ok-source\n    family: feed\n    source_type: news\n"
                    "    start_urls: ['http://x.test/rss']\n    reliability: 3\n")
    with pytest.raises(ConfigError) as err:
        load_sources(path)
    assert f"{path}:6 sources[0].reliability" in str(err.value)


def test_missing_variable_and_listing_without_selectors(tmp_path: Path) -> None:
    path = tmp_path / "v.yml"
    path.write_text("sources:\n  - name: a-b\n    family: feed\n    source_type: news\n"
                    "    start_urls: ['${NOPE}/rss']\n")
    with pytest.raises(ConfigError, match=r"v.yml:5 \$\{NOPE\}"):
        load_sources(path)
    path.write_text("sources:\n  - name: a-b\n    family: listing\n    source_type: tender\n"
                    "    start_urls: ['http://x.test/']\n")
    with pytest.raises(ConfigError, match="needs 'listing' and 'detail'"):
        load_sources(path)


def test_cli_validate_and_crawl_usage_errors(tmp_path: Path) -> None:
    from radar.cli import main

    assert main(["-q", "sources", "validate"]) == 0
    bad = tmp_path / "bad.yml"
    bad.write_text("sources:\n  - name: x1\n    family: rss\n    source_type: news\n"
                   "    start_urls: ['http://a.test/']\n")
    assert main(["-q", "sources", "validate", "--sources", str(bad)]) == 2
    assert main(["-q", "--data-dir", str(tmp_path / "d"), "crawl"]) == 2  # no DEMO_URL given
    assert main(["-q", "--data-dir", str(tmp_path / "d"), "crawl", "--var", "oops"]) == 2
