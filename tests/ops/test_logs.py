"""JSON logs: one object per line, with the run id and any extra fields."""

from __future__ import annotations

import io
import json
import logging

from radar.logs import JsonFormatter


def test_json_lines_carry_run_id_extras_and_exceptions():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter(run_id="run-1"))
    logger = logging.getLogger("radar.test.logs")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    try:
        logger.info("crawled %d pages", 5, extra={"source": "news-a"})
        try:
            raise ValueError("bad page")
        except ValueError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    first, second = (json.loads(line) for line in stream.getvalue().splitlines())
    assert first["message"] == "crawled 5 pages" and first["run_id"] == "run-1"
    assert first["source"] == "news-a" and first["level"] == "INFO"
    assert first["logger"] == "radar.test.logs" and first["time"].endswith("+00:00")
    assert "ValueError: bad page" in second["exception"]


def _json_lines(text: str) -> list[dict]:
    """Every line of ``text`` as a JSON object; a plain line fails the test, named."""
    records = []
    for line in text.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            raise AssertionError(f"not a JSON line: {line!r}") from None
        assert isinstance(record, dict), line
        records.append(record)
    return records


def test_with_json_logs_every_line_on_stderr_is_json(monkeypatch):
    import sys
    import warnings

    import click

    from radar.logs import capture_stderr, configure_json_logging, release_stderr

    target = io.StringIO()
    monkeypatch.setattr(sys, "stderr", target)
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    handler = logging.StreamHandler(target)
    root.handlers = [handler]
    try:
        configure_json_logging(run_id="run-2", level=logging.INFO)
        assert isinstance(sys.stderr, io.TextIOBase) and sys.stderr is not target
        capture_stderr("run-2")  # twice is harmless
        logging.getLogger("scrapy.core.engine").warning("spider closed early")
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.warn("old API", DeprecationWarning, stacklevel=1)
        click.echo("news: 1 documents", err=True, nl=False)
        click.echo("\rnews: 2 documents", err=True, nl=False)
        click.echo("", err=True)
        print("a library's print", file=sys.stderr)
        click.echo("clients.csv:4 tax_id: check digit wrong (warning)", err=True)
        click.echo("rules/x.yml:3 rules[0].kind: is required", err=True)
        sys.stderr.write("radar: R002: 1 problem(s)")  # no newline: written when released
        release_stderr()
        assert sys.stderr is target
    finally:
        root.handlers, _ = saved
        root.setLevel(saved[1])
        logging.captureWarnings(False)
    records = _json_lines(target.getvalue())
    assert [(r["level"], r["logger"], r["message"]) for r in records] == [
        ("WARNING", "scrapy.core.engine", "spider closed early"),
        ("WARNING", "py.warnings", records[1]["message"]),
        ("INFO", "stderr", "news: 2 documents"),
        ("INFO", "stderr", "a library's print"),
        ("WARNING", "stderr", "clients.csv:4 tax_id: check digit wrong (warning)"),
        ("ERROR", "stderr", "rules/x.yml:3 rules[0].kind: is required"),
        ("ERROR", "stderr", "radar: R002: 1 problem(s)"),
    ]
    assert "DeprecationWarning: old API" in records[1]["message"]
    assert all(r["run_id"] == "run-2" for r in records)


def test_validate_with_json_logs_prints_only_json(tmp_path, capsys):
    from radar.cli import main

    bad = tmp_path / "bad.yml"
    bad.write_text("sources:\n  - name: news\n    family: feed\n    source_type: news\n"
                   "    start_urls: ['${HOST}/rss']\n    schedule: '61 * * * *'\n",
                   encoding="utf-8")
    assert main(["--log-format", "json", "sources", "validate", "--sources", str(bad)]) == 2
    records = _json_lines(capsys.readouterr().err)
    assert [(r["level"], r["message"].split(" ")[0]) for r in records] == [
        ("ERROR", f"{bad}:5"), ("ERROR", f"{bad}:6"), ("ERROR", "radar:")]
    # Usage errors come before the command runs; they are JSON too.
    assert main(["--log-format=json", "sourcez", "validate"]) == 2
    records = _json_lines(capsys.readouterr().err)
    assert records[-1]["level"] == "ERROR" and "No such command 'sourcez'" in records[-1]["message"]


def test_a_json_crawl_writes_only_json_to_stderr(tmp_path):
    """The real CLI in its own process: Scrapy's logs, progress lines and the summary."""
    import subprocess
    import sys
    from pathlib import Path

    from crawlers.demo_site import serve

    root = Path(__file__).resolve().parents[2]
    with serve() as site:
        result = subprocess.run(
            [sys.executable, "-W", "always", "-m", "radar.cli", "-v", "--log-format", "json",
             "--data-dir", str(tmp_path / "data"), "crawl", "--only", "demo-tesvik-belgeleri",
             "--only", "demo-ihale-ilanlari", "--var", f"DEMO_URL={site.url}"],
            capture_output=True, text=True, timeout=300, cwd=root)
    assert result.returncode == 0, result.stderr[-2000:]
    records = _json_lines(result.stderr)
    loggers = {r["logger"] for r in records}
    assert "stderr" in loggers and "crawlers.pipeline" in loggers, loggers
    # A record is never swallowed into a progress line that was still being written.
    assert not [r for r in records if '"logger"' in r["message"]]
    assert "total: new" in result.stdout
