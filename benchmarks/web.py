"""Benchmark the review queue and the JSON API at 100,000 (or 1,000,000) alerts.

Generates a synthetic SQLite database (schema from ``radar_core.db.connect``, rows by bulk
insert: 20,000 clients in 200 portfolios, a tenth of them subsidiaries, one alert in
twenty a group alert), starts ``radar web`` in its own process on 127.0.0.1, logs in an
analyst and an RM, and sends a bounded load (``--concurrency`` clients, ``--requests``
per scenario) at: the analyst's and the RM's queue (first page and a page 40 pages deep
by cursor) and ``/api/alerts`` for both. Prints p50/p99 latency and throughput per
scenario; the target is p99 < 200 ms. No asserts: figures are for reading.

    python benchmarks/web.py                       # 100,000 alerts
    python benchmarks/web.py --alerts 1000000      # a million (a few minutes to generate)
"""

from __future__ import annotations

import argparse
import random
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path

import httpx
from argon2 import PasswordHasher

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from radar_core.db import connect  # noqa: E402
from radar_core.records import SEVERITY_RANK  # noqa: E402

PASSWORD = "benchmark password"
RM = "rm0007@bank.example"
SEVERITIES = ["low"] * 5 + ["medium"] * 3 + ["high"] * 2 + ["critical"]
STATUSES = ["new"] * 7 + ["accepted", "rejected", "forwarded"]


def generate(path: Path, alerts: int, clients: int = 20_000, rms: int = 200, seed: int = 1) -> None:
    """A new SQLite file with ``alerts`` alerts over ``clients`` clients."""
    if path.exists():
        path.unlink()
    connect(f"sqlite:///{path}")  # creates the schema
    rng = random.Random(seed)
    db = sqlite3.connect(path)
    db.execute("PRAGMA synchronous=OFF")
    now = datetime(2026, 1, 1)
    ids = [f"K{i:06d}" for i in range(clients)]
    parents = {cid: rng.choice(ids[: clients // 10]) for cid in ids[clients // 10:] if rng.random() < 0.1}
    db.executemany(
        "INSERT INTO clients (client_id, legal_name, aliases, rm_email, rm_key, parent_id, updated_at) "
        "VALUES (?,?,?,?,?,?,?)",
        ((cid, f"Firma {cid} A.Ş.", "[]", f"rm{i % rms:04d}@bank.example", f"rm{i % rms:04d}@bank.example",
          parents.get(cid), _ts(now))
         for i, cid in enumerate(ids)))
    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash(PASSWORD)
    db.executemany(
        "INSERT INTO users (username, password_hash, role, rm_email, active, created_at) VALUES (?,?,?,?,?,?)",
        [("analyst", cheap, "analyst", None, True, _ts(now)), ("rm", cheap, "rm", RM, True, _ts(now))])
    batch: list[tuple[object, ...]] = []
    notify: list[tuple[int, str]] = []
    for aid in range(1, alerts + 1):
        cid = rng.choice(ids) if rng.random() < 0.95 else None
        severity = rng.choice(SEVERITIES)
        group = cid in parents and rng.random() < 0.5
        created = now - timedelta(minutes=rng.randrange(365 * 24 * 60))
        batch.append((aid, f"a{aid}", "group_rule" if group else "rule", "1", rng.choice(["risk", "opportunity"]),
                      cid, cid or f"prospect:{aid}", f"Firma {cid}", f"Alert {aid}", round(rng.uniform(1, 10), 2),
                      severity, SEVERITY_RANK[severity], rng.choice(STATUSES), "{}",
                      f'["{parents[cid]}"]' if group and cid else "[]", _ts(created), _ts(created),
                      _ts(created)))
        if group and cid:
            notify.append((aid, parents[cid]))
        if len(batch) >= 50_000:
            _insert(db, batch, notify)
            batch, notify = [], []
    _insert(db, batch, notify)
    db.commit()
    db.execute("ANALYZE")
    db.close()


def _ts(moment: datetime) -> str:
    """A timestamp as SQLAlchemy stores it on SQLite (always with microseconds): the cursor
    compares stored strings, so "12:00:00" and "12:00:00.000000" must not both occur."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _insert(db: sqlite3.Connection, batch: list[tuple[object, ...]], notify: list[tuple[int, str]]) -> None:
    db.executemany(
        "INSERT INTO alerts (id, dedupe_key, rule_id, rule_version, polarity, client_id, firm_key, company, title, "
        "score, severity, severity_rank, status, explanation, notify_client_ids, created_at, updated_at, as_of) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", batch)
    db.executemany("INSERT INTO alert_notify (alert_id, client_id) VALUES (?,?)", notify)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(path: Path, data_dir: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", "from radar.cli import main; main()", "--db", f"sqlite:///{path}",
         "--data-dir", str(data_dir), "-q", "web", "--port", str(port)],
        cwd=Path(__file__).resolve().parent.parent)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(f"{base}/login", timeout=1)
            return proc, base
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("radar web did not start")


def _logged_in(base: str, username: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=30)
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text)
    assert token, "no CSRF field on the login page"
    response = client.post("/login", data={"username": username, "password": PASSWORD,
                                           "csrf_token": token.group(1), "next": "/"})
    if response.status_code not in (200, 303):
        raise RuntimeError(f"login as {username} failed: {response.status_code}")
    return client


def _deep_cursor(client: httpx.Client, pages: int) -> str:
    """The ``after`` cursor of a page ``pages`` pages deep, by following next links."""
    url = "/"
    for _ in range(pages):
        found = re.search(r'<a href="(/\?[^"]+)" rel="next">', client.get(url).text)
        if not found:
            break
        url = found.group(1).replace("&amp;", "&")
    return url


def _measure(clients: list[httpx.Client], url: str, requests: int, auth: tuple[str, str] | None) -> dict[str, float]:
    def one(n: int) -> float:
        client = clients[n % len(clients)]
        started = time.perf_counter()
        response = client.get(url, auth=auth) if auth else client.get(url)
        elapsed = time.perf_counter() - started
        if response.status_code != 200:
            raise RuntimeError(f"{url}: HTTP {response.status_code}")
        return elapsed

    for n in range(3):  # warm caches
        one(n)
    started = time.perf_counter()
    with ThreadPoolExecutor(len(clients)) as pool:
        times = sorted(pool.map(one, range(requests)))
    wall = time.perf_counter() - started
    return {"p50_ms": 1000 * statistics.median(times), "p99_ms": 1000 * times[min(len(times) - 1, int(0.99 * len(times)))],
            "req_s": requests / wall}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--alerts", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200, help="requests per scenario")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--db", type=Path, help="reuse (or keep) this SQLite file")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="radar-web-bench-"))
    path = args.db or work / "web.db"
    if not path.exists():
        started = time.perf_counter()
        generate(path, args.alerts)
        print(f"generated {args.alerts:,} alerts in {time.perf_counter() - started:.1f} s ({path})")
    proc, base = _serve(path, work)
    try:
        analysts = [_logged_in(base, "analyst") for _ in range(args.concurrency)]
        rms = [_logged_in(base, "rm") for _ in range(args.concurrency)]
        scenarios = {
            "analyst queue /": (analysts, "/", None),
            "analyst queue, 40 pages deep": (analysts, _deep_cursor(analysts[0], 40), None),
            "RM queue /": (rms, "/", None),
            "RM queue, 40 pages deep": (rms, _deep_cursor(rms[0], 40), None),
            "analyst /api/alerts": (analysts, "/api/alerts", None),
            "RM /api/alerts": (rms, "/api/alerts", None),
            "RM /api/alerts?status=all": (rms, "/api/alerts?status=all", None),
        }
        print(f"{args.alerts:,} alerts, {args.concurrency} concurrent clients, {args.requests} requests each")
        print(f"{'scenario':32} {'p50 ms':>8} {'p99 ms':>8} {'req/s':>8}")
        for name, (clients, url, auth) in scenarios.items():
            figures = _measure(clients, url, args.requests, auth)
            print(f"{name:32} {figures['p50_ms']:8.1f} {figures['p99_ms']:8.1f} {figures['req_s']:8.1f}")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
