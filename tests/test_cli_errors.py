"""Bad input through the real ``radar`` entry point: one line naming the problem, no traceback.

Every case runs ``python -m radar.cli`` in its own process (logging set up as a person
gets it) against real files and real servers on 127.0.0.1: a closed port, the
PostgreSQL test server, a SQLite file held by another writer. Each asserts the exit
code (2 bad input or configuration, 1 a failed run, 3 lines reported and skipped), that
exactly one stderr line names the problem, that nothing prints a traceback, and, with
``-v``, that the traceback is there.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import socket
import subprocess
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
PG_VARIABLE = "RADAR_TEST_DATABASE_URL"

REGISTER = ("client_id,legal_name,aliases,tax_id,city,sector,rm_email\n"
            "K001,Anadolu Kiremit Sanayi A.Ş.,Anadolu Kiremit,,Eskişehir,Seramik,a@b.example\n")
GOOD = {"id": "d1", "lang": "tr",
        "text": "Eskişehir merkezli Anadolu Kiremit Sanayi A.Ş. konkordato talep etti."}
GOOD2 = {**GOOD, "id": "d2"}
TOO_DEEP = "[" * 100_000 + "]" * 100_000
MENTION = {"id": "m1", "mention": "Anadolu Kiremit"}


def radar(*args: str, cwd: Path, env: dict[str, str] | None = None,
          timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """The real CLI in a fresh process, settings isolated from the machine's."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("RADAR_")}
    environ["PYTHONPATH"] = str(ROOT)
    environ.update(env or {})
    return subprocess.run([sys.executable, "-m", "radar.cli", *args], cwd=cwd, env=environ,
                          capture_output=True, text=True, timeout=timeout)


def closed_port() -> int:
    """A port on 127.0.0.1 with nothing listening (bound once, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def jsonl(path: Path, lines: list[object | str | bytes]) -> str:
    """Write JSON Lines (objects dumped, str and bytes written as given); the path as text."""
    with path.open("wb") as out:
        for line in lines:
            raw = line if isinstance(line, bytes) else (
                line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)
            ).encode("utf-8")
            out.write(raw + b"\n")
    return str(path)


def pg_url(**parts: str) -> str:
    base = os.environ.get(PG_VARIABLE, "")
    if not base.startswith("postgresql"):
        pytest.skip(f"{PG_VARIABLE} not set to a PostgreSQL server")
    return make_url(base).set(**parts).render_as_string(hide_password=False)  # type: ignore[arg-type]


@dataclass
class Case:
    """A bad input: how to make it (args from the work folder), what it must give."""

    args: Callable[[Path], list[str]]
    code: int
    needle: str  # a regex that exactly one stderr line matches
    lines: int = 1  # stderr lines at most (progress lines of extract/link included)
    output: list[str] = field(default_factory=list)  # ids that must still be written
    events: dict[str, int] = field(default_factory=dict)  # events those documents keep


def _files(tmp: Path) -> None:
    (tmp / "clients.csv").write_text(REGISTER, encoding="utf-8")
    (tmp / "notdb.sqlite").write_text("not a database, only text " * 10, encoding="utf-8")
    (tmp / "afile").write_text("a file, not a folder", encoding="utf-8")


def _extract(lines: list[object | str | bytes]) -> Callable[[Path], list[str]]:
    return lambda t: ["extract", "--clients", "clients.csv", "--input",
                      jsonl(t / "d.jsonl", lines), "--output", "e.jsonl"]


def _link(lines: list[object | str | bytes]) -> Callable[[Path], list[str]]:
    return lambda t: ["link", "--clients", "clients.csv", "--input",
                      jsonl(t / "m.jsonl", lines), "--output", "e.jsonl"]


def _write(name: str, body: bytes) -> Callable[[Path], Path]:
    def make(t: Path) -> Path:
        path = t / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body)
        return path
    return make


NOT_UTF8_RULES = _write("rules/r.yml", "rules:\n  - id: x\n    name: \"Şirket\"\n"
                        .encode("cp1254"))
NOT_UTF8_SOURCES = _write("s.yml", "sources:\n  - name: \"haber-şirket\"\n".encode("cp1254"))
BROKEN_YAML_RULES = _write("rules/r.yml", b"rules: [\n  - id: x\n")
NOT_UTF8_TOML = _write("radar.toml", 'mail_from = "Şube <a@b.example>"\n'.encode("cp1254"))
NOT_UTF8_CSV = _write("lat.csv", "client_id,legal_name\nK1,Şirket\n".encode("cp1254"))
TOO_DEEP_GOLD = _write("gold.jsonl", (json.dumps(GOOD) + "\n" + TOO_DEEP + "\n").encode())

CASES: dict[str, Case] = {
    # -- the database, at start -------------------------------------------------------
    "postgresql-unreachable": Case(
        lambda t: ["--db", f"postgresql+psycopg://postgres@127.0.0.1:{closed_port()}/radar",
                   "process"],
        1, r"^radar: R004: database postgresql\+psycopg://.* cannot be reached: .*refused"),
    "postgresql-missing-database": Case(
        lambda t: ["--db", pg_url(database=f"radar_missing_{uuid.uuid4().hex[:8]}"),
                   "alerts", "list"],
        2, r'^radar: R002: database postgresql.*: .*database "radar_missing_\w+" does not exist'),
    "postgresql-unknown-role": Case(
        lambda t: ["--db", pg_url(username=f"nobody_{uuid.uuid4().hex[:8]}"), "status"],
        2, r'^radar: R002: database postgresql.*role "nobody_\w+" does not exist'),
    "sqlite-not-a-database": Case(
        lambda t: ["--db", "sqlite:///notdb.sqlite", "process"],
        2, r"^radar: R002: database sqlite:///notdb\.sqlite: file is not a database$"),
    "sqlite-folder-is-a-file": Case(
        lambda t: ["--data-dir", "afile/data", "alerts", "list"],
        2, r"^radar: R002: database sqlite:///.*afile/data/radar_core\.db: cannot make its "
           r"folder .*\(Not a directory\)$"),
    "bad-database-url": Case(
        lambda t: ["--db", "no-such-dialect://x", "process"],
        2, r"^radar: R002: database .*no-such-dialect.*: not a usable SQLAlchemy URL"),
    "database-driver-not-installed": Case(
        lambda t: ["--db", "mysql+mysqldb://radar@127.0.0.1/radar", "alerts", "list"],
        2, r"^radar: R002: database mysql\+mysqldb://.*: its driver module 'MySQLdb' is not "
           r"installed$"),
    # -- settings and declared files --------------------------------------------------
    "settings-not-utf8": Case(
        lambda t: ["--config", str(NOT_UTF8_TOML(t)), "config"], 2, r"(?i)^radar: R00\d: .*utf-8"),
    "settings-missing": Case(
        lambda t: ["--config", "none.toml", "config"], 2, r"^radar: R00\d: none\.toml.*not found"),
    "rules-not-utf8": Case(
        lambda t: ["rules", "validate", str(NOT_UTF8_RULES(t))],
        2, r"rules/r\.yml:3 \(encoding\): not UTF-8 text", lines=2),
    "rules-broken-yaml": Case(
        lambda t: ["rules", "validate", str(BROKEN_YAML_RULES(t))],
        2, r"rules/r\.yml:\d+ \(yaml\): invalid YAML", lines=2),
    "sources-not-utf8": Case(
        lambda t: ["crawl", "--sources", str(NOT_UTF8_SOURCES(t))],
        2, r"^radar: R006: .*s\.yml:2 \(encoding\): not UTF-8 text"),
    "register-not-utf8": Case(
        lambda t: ["clients", "import", str(NOT_UTF8_CSV(t))],
        2, r"^radar: R003: .*lat\.csv:2 \(encoding\): not UTF-8"),
    "eval-gold-too-deep": Case(
        lambda t: ["eval", "--gold", str(TOO_DEEP_GOLD(t)), "--pred", str(TOO_DEEP_GOLD(t))],
        2, r"^radar: R003: .*gold\.jsonl:2 \(json\): JSON nested too deeply to read$"),
    # -- output paths -----------------------------------------------------------------
    "extract-output-in-missing-folder": Case(
        lambda t: ["extract", "--clients", "clients.csv", "--input", jsonl(t / "d.jsonl", [GOOD]),
                   "--output", "missing/e.jsonl"],
        2, r"^radar: R001: --output missing/e\.jsonl: cannot write \(No such file or directory\)$"),
    "link-output-in-missing-folder": Case(
        lambda t: ["link", "--clients", "clients.csv", "--input", jsonl(t / "m.jsonl", [MENTION]),
                   "--output", "missing/l.jsonl"],
        2, r"^radar: R001: --output missing/l\.jsonl: cannot write"),
    "backtest-output-under-a-file": Case(
        lambda t: ["--data-dir", "data", "backtest", "--from", "2026-01-01", "--to", "2026-06-30",
                   "--output", "afile/report"],
        2, r"^radar: R001: afile/report: Not a directory$"),
    # -- JSON Lines: bad lines skipped and named, the rest processed (exit 3) ----------
    "extract-too-deeply-nested-line": Case(
        _extract([GOOD, TOO_DEEP, GOOD2]), 3,
        r"d\.jsonl:2 JSON nested too deeply to read; skipped$", lines=4, output=["d1", "d2"]),
    "extract-not-utf8-line": Case(
        _extract([GOOD, json.dumps({"id": "x", "text": "Şirket"}, ensure_ascii=False)
                  .encode("cp1254"), GOOD2]), 3,
        r"d\.jsonl:2 not UTF-8 text \(byte 0x\w\w at column \d+; .*\); skipped$", lines=4,
        output=["d1", "d2"]),
    "extract-invalid-json-line": Case(
        _extract([GOOD, "{broken", GOOD2]), 3, r"d\.jsonl:2 invalid JSON", lines=4,
        output=["d1", "d2"]),
    "extract-non-string-title": Case(
        _extract([{**GOOD, "title": 5}, GOOD2]), 3,
        r"d\.jsonl:1 document 'd1' field 'title' is not a string \(int\); ignored \(warning\)$",
        lines=4, output=["d1", "d2"], events={"d1": 1, "d2": 1}),
    "extract-empty-text": Case(
        _extract([{**GOOD, "text": ""}, GOOD2]), 3,
        r"d\.jsonl:1 document 'd1' has no text; no events$", lines=4, output=["d1", "d2"]),
    "link-too-deeply-nested-line": Case(
        _link([MENTION, TOO_DEEP, {**MENTION, "id": "m2"}]), 3,
        r"m\.jsonl:2: JSON nested too deeply to read; line skipped$", lines=2,
        output=["m1", "m2"]),
    "link-not-utf8-line": Case(
        _link(['{"id": "x", "mention": "Şirket"}'.encode("cp1254"), MENTION]), 3,
        r"m\.jsonl:1: not UTF-8 text .*; line skipped$", lines=2, output=["m1"]),
}

# Cases whose -v run must show the traceback of the error behind the line.
VERBOSE = ["postgresql-unreachable", "sqlite-not-a-database", "bad-database-url",
           "settings-not-utf8", "extract-output-in-missing-folder", "backtest-output-under-a-file"]


def once_per_suite() -> None:
    """Skip on the PostgreSQL pass a case whose outcome does not depend on the backend.

    CI runs the suite twice (SQLite, then PostgreSQL); each case here is a process of
    several seconds, so only the PostgreSQL cases run on the second pass.
    """
    if os.environ.get(PG_VARIABLE, "").startswith("postgresql"):
        pytest.skip("backend-independent: runs on the SQLite pass")


def _run(name: str, tmp_path: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    case = CASES[name]
    if not name.startswith("postgresql-") or name == "postgresql-unreachable":
        once_per_suite()
    if name == "database-driver-not-installed" and importlib.util.find_spec("MySQLdb"):
        pytest.skip("MySQLdb is installed here")
    _files(tmp_path)
    return radar(*flags, *case.args(tmp_path), cwd=tmp_path)


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_is_one_line_and_an_exit_code(name: str, tmp_path: Path) -> None:
    case = CASES[name]
    result = _run(name, tmp_path)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    assert result.returncode == case.code, result.stderr
    matching = [line for line in lines if re.search(case.needle, line)]
    assert len(matching) == 1, result.stderr
    assert len(lines) <= case.lines, result.stderr
    if case.output:
        written = [json.loads(line)["id"]
                   for line in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
        assert written == case.output
    if case.events:
        found = {(line := json.loads(text))["id"]: len(line["events"])
                 for text in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()}
        assert found == case.events  # the bad field cost the document none of its events


@pytest.mark.parametrize("name", VERBOSE)
def test_verbose_shows_the_traceback_and_the_same_line(name: str, tmp_path: Path) -> None:
    case = CASES[name]
    result = _run(name, tmp_path, "-v")
    assert result.returncode == case.code
    assert "Traceback (most recent call last)" in result.stderr
    assert re.search(case.needle, result.stderr.splitlines()[-1]), result.stderr


def test_a_second_writer_on_the_sqlite_file_is_one_line_exit_1(tmp_path: Path) -> None:
    """Another process holds the write lock (as a second ``radar process`` would)."""
    once_per_suite()
    database = tmp_path / "radar_core.db"
    created = radar("--db", f"sqlite:///{database}", "db", "upgrade", cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys\n"
         f"conn = sqlite3.connect({str(database)!r}, isolation_level=None)\n"
         "conn.execute('BEGIN IMMEDIATE')\n"
         "print('held', flush=True)\n"
         "sys.stdin.read()\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        result = radar("--db", f"sqlite:///{database}?timeout=0.2", "process", cwd=tmp_path)
    finally:
        holder.communicate("")
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and re.match(
        r"radar: R004: database sqlite:///.*radar_core\.db\?timeout=0\.2 is locked by another "
        r"process .*; run again when it has finished", lines[0]), result.stderr


DATABASE_COMMANDS = [
    ["clients", "list"], ["sources", "status"], ["process"], ["alerts", "list"], ["mail"],
    ["backtest"], ["offers", "report"], ["status"], ["users", "list"], ["db", "upgrade"],
    ["db", "status"], ["web", "--port", "0"],
]


@pytest.mark.parametrize("command", DATABASE_COMMANDS, ids=" ".join)
def test_no_database_command_prints_a_traceback(command: list[str], tmp_path: Path) -> None:
    """Every command that opens the database, on a closed port and on a non-database file."""
    once_per_suite()
    _files(tmp_path)
    unreachable = radar("--db", f"postgresql+psycopg://postgres@127.0.0.1:{closed_port()}/r",
                        *command, cwd=tmp_path, timeout=60)
    not_a_database = radar("--db", "sqlite:///notdb.sqlite", *command, cwd=tmp_path,
                           timeout=60)
    for result, code, words in ((unreachable, 1, "cannot be reached"),
                                (not_a_database, 2, "file is not a database")):
        assert "Traceback" not in result.stderr, result.stderr
        assert (result.returncode, len(result.stderr.strip().splitlines())) == (code, 1)
        assert words in result.stderr


def test_the_boundary_names_every_kind_of_failure() -> None:
    """Kinds no bad input above reaches: a failure with no path, and a bug (R007)."""
    from radar.failures import as_radar_error

    disk_full = as_radar_error(OSError(28, "No space left on device"))
    assert (disk_full.code, disk_full.exit_code, disk_full.message) == (
        "R004", 1, "No space left on device")
    missing = as_radar_error(FileNotFoundError(2, "No such file or directory", "x/y.csv"))
    assert (missing.exit_code, missing.message) == (2, "x/y.csv: No such file or directory")
    bug = as_radar_error(KeyError("k"))
    assert (bug.code, bug.exit_code) == ("R007", 1) and "KeyError" in bug.message
    assert as_radar_error(RecursionError()).exit_code == 2
    not_utf8 = as_radar_error(UnicodeDecodeError("utf-8", b"\xde", 0, 1, "bad"))
    assert (not_utf8.exit_code, "byte 0xde" in not_utf8.message) == (2, True)
