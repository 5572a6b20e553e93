"""Benchmark process start-up over a stored register: without, cold and warm register cache.

Imports a synthetic register (``benchmarks/gen_register.py``, 150,000 firms by default)
into a SQLite database once (kept in ``--work`` and reused: the import takes a minute),
then starts a fresh Python process per mode and reports what ``radar process`` and
``radar worker`` pay before their first document:

* ``uncached``: records through the ORM (``load_clients``) and both indexes built, as
  before the register cache;
* ``cold``: the register cache is empty: fingerprint, records, build, store;
* ``warm``: the register cache holds this register: fingerprint and load.

    python benchmarks/startup.py                      # 150,000 firms
    python benchmarks/startup.py --firms 5000 --work /tmp/startup-5k

``ready_cpu_s`` is the CPU time of the whole process (interpreter, imports, spaCy) until
the extractor is ready; ``register_cpu_s`` the register part only. ``rss_mb`` is the
resident size then, ``peak_rss_mb`` the most it was.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def rss_mb(field: str = "VmRSS") -> float:
    """Resident size now (``VmRSS``) or at its highest (``VmHWM``), in MB.

    ``VmHWM`` belongs to this program's own memory: ``ru_maxrss`` would carry over the
    peak of the benchmark process that forked it (2 GB after importing the register).
    """
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    return 0.0


def child(mode: str, database: Path, data_dir: Path) -> dict[str, object]:
    """One start-up, measured in this (fresh) process."""
    from radar.pipeline import build_extractor, load_indexes, load_register
    from radar_core.db import connect

    sessions = connect(f"sqlite:///{database}")
    w0, c0 = time.perf_counter(), time.process_time()
    if mode == "uncached":
        register: object = load_register(sessions)
        clients = len(register)  # type: ignore[arg-type]
    else:
        register = load_indexes(sessions, data_dir)
        clients = len(register.clients)  # type: ignore[attr-defined]
    w1, c1 = time.perf_counter(), time.process_time()
    build_extractor(register)  # type: ignore[arg-type]
    w2, c2 = time.perf_counter(), time.process_time()
    return {
        "mode": mode, "clients": clients,
        "from_cache": bool(getattr(register, "from_cache", False)),
        "register_s": round(w1 - w0, 2), "register_cpu_s": round(c1 - c0, 2),
        "extractor_s": round(w2 - w1, 2), "extractor_cpu_s": round(c2 - c1, 2),
        "ready_cpu_s": round(c2, 2),
        "rss_mb": round(rss_mb()),
        "peak_rss_mb": round(rss_mb("VmHWM")),
    }


def prepare(firms: int, work: Path) -> Path:
    """The register database of ``firms`` synthetic firms, imported once per size."""
    from benchmarks.extract import to_records
    from benchmarks.gen_register import generate
    from radar.clients import import_clients
    from radar_core.db import connect, session_scope

    database = work / f"register-{firms}.db"
    if database.exists():
        return database
    work.mkdir(parents=True, exist_ok=True)
    partial = database.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    records = to_records(generate(firms, 0)[0])
    sessions = connect(f"sqlite:///{partial}")
    with session_scope(sessions) as session:
        import_clients(session, records, lambda: datetime(2025, 1, 1))
    sessions.kw["bind"].dispose()
    partial.rename(database)
    return database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--firms", type=int, default=150_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/radar-startup-bench"))
    parser.add_argument("--modes", default="uncached,cold,warm,warm")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--database", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    data_dir = args.work / "data"
    if args.child:
        print(json.dumps(child(args.child, args.database, data_dir)))  # noqa: T201
        return
    database = prepare(args.firms, args.work)
    shutil.rmtree(data_dir, ignore_errors=True)
    results = []
    for mode in args.modes.split(","):
        out = subprocess.run(
            [sys.executable, __file__, "--child", mode, "--database", str(database),
             "--work", str(args.work)],
            check=True, capture_output=True, text=True, cwd=ROOT,
        ).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
    cache = sorted((data_dir / "cache").glob("register-*.cache"))
    print(json.dumps({"firms": args.firms, "runs": results,  # noqa: T201
                      "cache_mb": round(sum(p.stat().st_size for p in cache) / 2**20, 1)},
                     indent=2))


if __name__ == "__main__":
    main()
