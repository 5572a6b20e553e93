"""``radar extract``: the design.md output contract, bad lines, stdin/stdout."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from radar.cli import cli

REGISTER = (
    "client_id,legal_name,aliases,tax_id,city,sector,rm_email\n"
    "K1,Yıldırım Kablo Sanayi ve Ticaret A.Ş.,Yıldırım Kablo|YLDKB,,İstanbul,Kablo,a@b.example\n"
    "K4,Defne Tekstil A.Ş.,Defne,,Denizli,Tekstil,a@b.example\n"
)
KEYS = ["type", "polarity", "client_id", "company", "confidence", "evidence", "amount",
        "event_date"]


def run(tmp_path: Path, lines: list[str]) -> tuple[int, list[dict[str, object]], str]:
    (tmp_path / "c.csv").write_text(REGISTER, encoding="utf-8")
    (tmp_path / "d.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, [
        "extract", "--clients", str(tmp_path / "c.csv"), "--input", str(tmp_path / "d.jsonl"),
        "--output", str(tmp_path / "e.jsonl")])
    out = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    return result.exit_code, out, result.stderr if hasattr(result, "stderr") else result.output


def test_one_line_per_document_in_order_with_exact_keys(tmp_path: Path) -> None:
    docs = [
        {"id": "b", "lang": "tr", "text": "Defne Tekstil A.Ş. Uşak fabrikasını kapattı."},
        {"id": "a", "text": "Genel bir haber: piyasalar durgun."},
        {"id": 7, "lang": "en", "text": "Yildirim Kablo was fined TRY 4 million."},
    ]
    code, out, _ = run(tmp_path, [json.dumps(d, ensure_ascii=False) for d in docs])
    assert code == 0
    assert [o["id"] for o in out] == ["b", "a", 7]
    assert all(list(o) == ["id", "events"] for o in out)
    assert out[1]["events"] == []
    first = out[0]["events"][0]
    assert list(first) == KEYS
    assert (first["type"], first["polarity"], first["client_id"]) == (
        "layoffs_closure", "risk", "K4")
    assert out[2]["events"][0]["amount"] == {"value": 4000000, "currency": "TRY"}


def test_bad_lines_are_reported_with_line_numbers(tmp_path: Path) -> None:
    lines = ["{not json", json.dumps({"text": "no id"}), json.dumps({"id": "n"}),
             json.dumps({"id": "ok", "text": "Sakin bir gün."})]
    code, out, err = run(tmp_path, lines)
    assert code == 3  # written, but lines were reported: look at stderr
    assert [o["id"] for o in out] == ["n", "ok"]
    assert ":1 invalid JSON" in err and ":2 no id" in err and ":3 document 'n' has no text" in err


def test_stdin_and_stdout(tmp_path: Path) -> None:
    (tmp_path / "c.csv").write_text(REGISTER, encoding="utf-8")
    doc = json.dumps({"id": "s", "lang": "tr", "text": "YLDKB hisseleri yükseldi."})
    result = CliRunner().invoke(cli, ["extract", "--clients", str(tmp_path / "c.csv"),
                                      "--input", "-", "--output", "-"], input=doc + "\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0]) == {"id": "s", "events": []}


def test_missing_register_is_usage_error(tmp_path: Path) -> None:
    from radar.cli import main

    assert main(["extract", "--clients", str(tmp_path / "none.csv"), "--input", "-",
                 "--output", "-"]) == 2
