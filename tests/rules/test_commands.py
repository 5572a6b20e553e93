"""``radar rules validate`` and ``radar rules test`` through the real CLI entry point."""

from __future__ import annotations

from pathlib import Path

import pytest

from radar.cli import main
from tests.rules.conftest import STARTER, write

FAILING = """\
fixtures:
  - name: a lawsuit is not an opportunity
    as_of: 2025-06-30
    events:
      - {type: lawsuit, firm: F1, days_ago: 1}
    expect:
      - {rule: investment_incentive, firm: F1}
  - name: a lawsuit is a lawsuit
    as_of: 2025-06-30
    events:
      - {type: lawsuit, firm: F1, days_ago: 1}
    expect:
      - {rule: lawsuit, firm: F1, min_score: 1}
"""


def test_validate_starter_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "validate", str(STARTER)]) == 0
    out = capsys.readouterr()
    assert "insolvency\tv1\tsingle\trisk" in out.out
    assert "ok:" in out.err


def test_validate_reports_file_line_and_exits_2(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "bad.yml", "rules:\n  - id: x\n    version: 1\n    kind: rate\n")
    assert main(["rules", "validate", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'bad.yml'}:2 rules[0].description: is required" in err
    assert "R002" in err


def test_validate_missing_path_is_usage_error(tmp_path: Path) -> None:
    assert main(["rules", "validate", str(tmp_path / "absent")]) == 2


def test_starter_fixtures_pass_via_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "test", "--rules", str(STARTER)]) == 0
    out = capsys.readouterr().out
    assert "PASS\t" in out and "FAIL" not in out


def test_failing_fixture_exits_1_and_says_why(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    fixtures = write(tmp_path, "f.yml", FAILING) / "f.yml"
    assert main(["rules", "test", str(fixtures), "--rules", str(STARTER)]) == 1
    out = capsys.readouterr().out
    assert "FAIL\ta lawsuit is not an opportunity" in out
    assert "expected investment_incentive for F1; got lawsuit/F1" in out
    assert "PASS\ta lawsuit is a lawsuit" in out


def test_invalid_fixture_file_exits_2_with_line(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    bad = FAILING.replace("days_ago: 1}\n    expect:\n      - {rule: lawsuit",
                          "days_ago: -1}\n    expect:\n      - {rule: lawsuit")
    fixtures = write(tmp_path, "f.yml", bad) / "f.yml"
    assert main(["rules", "test", str(fixtures), "--rules", str(STARTER)]) == 2
    assert ":11 fixtures[1].events[0].days_ago: must be >= 0" in capsys.readouterr().err
