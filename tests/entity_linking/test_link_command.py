"""``radar link``: offline mention linking through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from radar.cli import cli

REGISTER = (
    "client_id,legal_name,aliases,tax_id,city,sector,rm_email\n"
    "L1,Akçaova Süt Ürünleri A.Ş.,Akçaova Süt,,Bolu,Süt ürünleri,rm@bank.example\n"
    "L2,Akçaova Tekstil A.Ş.,Akçaova Tekstil,,Bursa,Tekstil,rm@bank.example\n"
    "L3,,,,Bursa,Tekstil,rm@bank.example\n"
)


def test_link_command_reports_and_skips_bad_lines(tmp_path: Path) -> None:
    clients = tmp_path / "clients.csv"
    clients.write_text(REGISTER, encoding="utf-8")
    mentions = tmp_path / "mentions.jsonl"
    mentions.write_text(
        '{"id": "a", "mention": "Akçaova Süt\'ün", "context": "Bolu\'da süt fabrikası"}\n'
        "this is not json\n"
        '{"id": "b"}\n'
        "\n"
        '{"id": "c", "mention": "Akçaova"}\n'
        '{"id": 4, "mention": "Kimsebilmez Metal Ltd. Şti."}\n',
        encoding="utf-8",
    )
    output = tmp_path / "links.jsonl"
    result = CliRunner().invoke(cli, ["link", "--clients", str(clients), "--input",
                                      str(mentions), "--output", str(output)])
    assert result.exit_code == 3, result.output  # linked, but lines were skipped
    assert f"{mentions}:2: invalid JSON" in result.stderr
    assert f"{mentions}:3: missing field 'mention'" in result.stderr
    assert f"{clients}:4 legal_name: missing" in result.stderr
    lines = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["a", "c", "4"]
    first, second, third = lines
    assert first["client_id"] == "L1" and first["status"] == "linked"
    assert set(first) == {"id", "client_id", "confidence", "status", "candidates"}
    assert second["client_id"] is None and second["status"] == "ambiguous"
    assert {c["client_id"] for c in second["candidates"]} == {"L1", "L2"}
    assert third["client_id"] is None and third["status"] == "unknown"


def test_link_command_stdin_stdout(tmp_path: Path) -> None:
    clients = tmp_path / "clients.csv"
    clients.write_text(REGISTER, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["link", "--clients", str(clients), "--input", "-", "--output", "-"],
        input='{"id": "x", "mention": "AKÇAOVA TEKSTİL A.Ş."}\n',
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["client_id"] == "L2"


def test_link_command_reads_districts_with_the_gazetteer(tmp_path: Path) -> None:
    # Two same-name clients registered by province only; the sentence names a district.
    clients = tmp_path / "clients.csv"
    clients.write_text(
        "client_id,legal_name,aliases,tax_id,city,sector,rm_email\n"
        "G1,Yeniceköy Gıda A.Ş.,,,Balıkesir,Gıda,rm@bank.example\n"
        "G2,Yeniceköy Gıda A.Ş.,,,Kocaeli,Gıda,rm@bank.example\n",
        encoding="utf-8",
    )
    mentions = tmp_path / "mentions.jsonl"
    rows = [{"id": "a", "mention": "Yeniceköy Gıda",
             "context": "Bandırma'daki Yeniceköy Gıda yeni hat kurdu."},
            {"id": "b", "mention": "Yeniceköy Food",
             "context": "Gebze-based Yeniceköy Food raised a loan."},
            {"id": "c", "mention": "Yeniceköy Gıda", "context": "Yeniceköy Gıda büyüyor."}]
    mentions.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    output = tmp_path / "links.jsonl"
    result = CliRunner().invoke(cli, ["link", "--clients", str(clients), "--input",
                                      str(mentions), "--output", str(output)])
    assert result.exit_code == 0, result.output
    out = {row["id"]: row
           for row in map(json.loads, output.read_text(encoding="utf-8").splitlines())}
    assert out["a"]["client_id"] == "G1"
    assert out["b"]["client_id"] == "G2"
    assert (out["c"]["status"], out["c"]["client_id"]) == ("ambiguous", None)
