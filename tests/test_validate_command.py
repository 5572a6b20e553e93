"""``radar validate``: settings, sources and rules checked in one run, every problem listed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from radar.cli import main


def test_one_run_lists_settings_source_and_rule_problems(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "radar.toml"
    cfg.write_text('mail_time = "25:99"\nresearch_mailbox = "arge"\n', encoding="utf-8")
    sources = tmp_path / "sources.yml"
    sources.write_text("sources:\n  - name: news\n    family: feed\n    source_type: news\n"
                       "    start_urls: ['${HOST}/rss']\n    schedule: '61 * * * *'\n",
                       encoding="utf-8")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "r.yml").write_text("rules:\n  - id: x\n    kind: single\n    event: lawsuit\n"
                                 "    polarity: risk\n    within_days: -1\n", encoding="utf-8")
    code = main(["--config", str(cfg), "validate", "--sources", str(sources),
                 "--rules", str(rules)])
    err = capsys.readouterr().err
    assert code == 2
    problems = [line for line in err.splitlines() if re.match(r"^\S+:\d+ ", line)]
    assert problems[:4] == [
        f"{cfg}:1 mail_time: '25:99' is not a time of day (00:00 to 23:59)",
        f"{cfg}:2 research_mailbox: 'arge' is not an e-mail address "
        "(local@domain or Name <local@domain>)",
        f"{sources}:5 ${{HOST}}: undefined variable (not under 'variables:' and no "
        "--var HOST=VALUE)",
        f"{sources}:6 sources[0].schedule: cron '61 * * * *': Error validating expression "
        "'61': the last value (61) is higher than the maximum value (59)",
    ]
    assert len(problems) > 4 and all(p.startswith(f"{rules / 'r.yml'}:") for p in problems[4:])
    assert f"radar: R002: {len(problems)} problem(s) in settings, sources and rules" in err


def test_the_shipped_settings_sources_and_rules_are_valid(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "validate"]) == 0
    assert "ok: settings, 5 source(s)" in capsys.readouterr().err


def test_other_commands_still_stop_on_bad_settings(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RADAR_MAIL_TIME", "25:99")
    assert main(["--data-dir", str(tmp_path), "config"]) == 2
    err = capsys.readouterr().err
    assert "(environment RADAR_MAIL_TIME) mail_time: '25:99' is not a time of day" in err
