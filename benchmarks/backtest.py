"""Benchmark the back-test: one year, 150,000 clients, 1 million events, 20,000 outcomes.

Generates a synthetic database straight into a SQLite file with bulk inserts (schema from
``radar_core.db.connect``), then runs ``run_backtest`` plus ``write_report`` in a fresh process
so that its time and peak memory (ru_maxrss) are its own, not the generator's.

    python benchmarks/backtest.py                          # full size (a few minutes)
    python benchmarks/backtest.py --clients 5000 --events 30000 --outcomes 1000   # quick check
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from radar_core.db import connect  # noqa: E402
from radar_core.taxonomy import OPPORTUNITY_TYPES, RISK_TYPES  # noqa: E402

START = date(2025, 1, 1)
DAYS = 365
OPPORTUNITY = list(OPPORTUNITY_TYPES)
RISK = list(RISK_TYPES)
SOURCE_TYPES = ["news", "disclosure", "tender", "incentive", "registry", "court", "patent", "complaint"]
SECTORS = [f"sector{i:02d}" for i in range(20)]
SEGMENTS = ["corporate", "commercial", "sme"]
EVENTS_PER_ALERT = 8  # one alert for about every eight events


def ts(day: date, rng: random.Random) -> str:
    return (datetime.combine(day, datetime.min.time()) + timedelta(minutes=rng.randint(0, 1439))).isoformat(" ")


def generate(path: Path, clients: int, events: int, outcomes: int, seed: int = 1) -> dict[str, int]:
    """Fill a new SQLite file with a synthetic year; returns the row counts."""
    if path.exists():
        path.unlink()
    connect(f"sqlite:///{path}")  # creates the schema
    rng = random.Random(seed)
    db = sqlite3.connect(path)
    db.execute("PRAGMA synchronous=OFF")
    now = "2026-01-01 00:00:00"
    ids = [f"K{i:06d}" for i in range(clients)]
    db.executemany(
        "INSERT INTO clients (client_id, legal_name, aliases, sector, segment, updated_at) VALUES (?,?,?,?,?,?)",
        ((cid, f"Firma {cid} A.Ş.", "[]", rng.choice(SECTORS), rng.choice(SEGMENTS), now) for cid in ids))
    sources = [(f"source{i:02d}", SOURCE_TYPES[i % len(SOURCE_TYPES)]) for i in range(40)]
    docs = events // 2
    doc_rows, doc_meta = [], []
    for d in range(1, docs + 1):
        day = START + timedelta(days=rng.randrange(DAYS))
        source, stype = rng.choice(sources)
        published = ts(day, rng)
        fetched = published if rng.random() < 0.8 else ts(day + timedelta(days=rng.randint(0, 5)), rng)
        story = f"st{d // 3}" if rng.random() < 0.3 else None
        doc_rows.append((d, f"e{d}", f"h{d}", source, stype, published, fetched, "", "{}", "{}", story))
        doc_meta.append(day)
    db.executemany(
        "INSERT INTO documents (id, external_id, content_hash, source, source_type, published, fetched, text, "
        "fields, flags, story_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)", doc_rows)
    del doc_rows
    event_rows, alerts, alert_events = [], [], []
    eid = 0
    for d in range(1, docs + 1):
        cid = rng.choice(ids)
        for _ in range(2):
            eid += 1
            risky = rng.random() < 0.4
            etype = rng.choice(RISK if risky else OPPORTUNITY)
            polarity = "risk" if risky else "opportunity"
            created = ts(doc_meta[d - 1], rng)
            event_rows.append((eid, d, etype, polarity, cid, f"{cid}|{etype}|{eid}", cid, 0.9, "-", created, "{}"))
            if eid % EVENTS_PER_ALERT == 0:
                aid = len(alerts) + 1
                day = doc_meta[d - 1] + timedelta(days=rng.randint(0, 2))
                alerts.append((aid, f"a{aid}", f"rule_{etype}", "1", polarity, cid, cid, cid, "-",
                               round(rng.uniform(1, 10), 2), "medium", "new", "{}", "[]", ts(day, rng),
                               ts(day, rng), ts(day, rng)))
                alert_events.append((aid, eid))
                if eid > 1 and rng.random() < 0.5:
                    alert_events.append((aid, eid - 1))
    db.executemany(
        "INSERT INTO events (id, document_id, type, polarity, client_id, firm_key, company, confidence, "
        "evidence, created_at, details) VALUES (?,?,?,?,?,?,?,?,?,?,?)", event_rows)
    del event_rows
    db.executemany(
        "INSERT INTO alerts (id, dedupe_key, rule_id, rule_version, polarity, client_id, firm_key, company, "
        "title, score, severity, status, explanation, notify_client_ids, created_at, updated_at, as_of) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", alerts)
    db.executemany("INSERT OR IGNORE INTO alert_events (alert_id, event_id) VALUES (?,?)", alert_events)
    kinds = {"opportunity": ["loan_opened", "offer_accepted"], "risk": ["default", "npl", "restructuring"]}
    out_rows = set()
    while len(out_rows) < outcomes:
        if rng.random() < 0.4 and alerts:  # follows an alert
            a = rng.choice(alerts)
            day = datetime.fromisoformat(a[14]).date() + timedelta(days=rng.randint(5, 200))
            kind, cid = rng.choice(kinds[a[4]]), a[5]
        else:
            day = START + timedelta(days=rng.randrange(DAYS + 180))
            kind = rng.choice(["loan_opened", "offer_accepted", "offer_rejected", "default", "npl"])
            cid = rng.choice(ids)
        amount = float(rng.randint(1, 500) * 100_000)
        out_rows.add((cid, kind, day.isoformat(), amount))
    db.executemany(
        "INSERT INTO outcomes (client_id, kind, date, amount, currency, offered_price, reason, competitor) "
        "VALUES (?,?,?,?,?,?,?,?)",
        ((cid, kind, day, amount, "TRY",
          round(rng.gauss(42, 2.5), 2) if kind.startswith("offer") else None,
          rng.choice(["price", "tenor", "collateral"]) if kind == "offer_rejected" else None,
          rng.choice(["Bank A", "Bank B", "Bank C"]) if kind == "offer_rejected" else None)
         for cid, kind, day, amount in sorted(out_rows)))
    reviews = [(a[0], rng.choice(["accept", "reject", "forward"]), f"analyst{rng.randint(1, 8)}", a[14])
               for a in rng.sample(alerts, min(len(alerts), 10_000))]
    db.executemany("INSERT INTO reviews (alert_id, decision, analyst, created_at) VALUES (?,?,?,?)", reviews)
    db.commit()
    db.close()
    return {"clients": clients, "documents": docs, "events": eid, "alerts": len(alerts),
            "outcomes": len(out_rows), "reviews": len(reviews)}


def run(path: Path, output: Path, horizon: int) -> dict[str, float]:
    """Back-test the year and write the report; time and peak memory of this process."""
    from radar.reporting.backtest import run_backtest
    from reports.report_html import write_report

    sessions = connect(f"sqlite:///{path}")
    started = time.perf_counter()
    report = run_backtest(sessions, None, START, START + timedelta(days=DAYS - 1), horizon,
                          lambda: datetime(2026, 1, 1))
    computed = time.perf_counter()
    write_report(report, output)
    done = time.perf_counter()
    return {"backtest_s": round(computed - started, 2), "report_s": round(done - computed, 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "headline": report.headlines[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=150_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--outcomes", type=int, default=20_000)
    parser.add_argument("--horizon", type=int, default=180)
    parser.add_argument("--db", type=Path, default=Path("/tmp/radar-backtest-bench.db"))
    parser.add_argument("--output", type=Path, default=Path("/tmp/radar-backtest-bench"))
    parser.add_argument("--reuse", action="store_true", help="Keep an existing --db file.")
    parser.add_argument("--run-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run_only:
        sys.stdout.write(json.dumps(run(args.db, args.output, args.horizon)) + "\n")
        return
    if not (args.reuse and args.db.exists()):
        started = time.perf_counter()
        counts = generate(args.db, args.clients, args.events, args.outcomes)
        counts_text = ", ".join(f"{v:,} {k}" for k, v in counts.items())
        sys.stderr.write(f"generated {counts_text} in {time.perf_counter() - started:.1f} s\n")
    child = subprocess.run([sys.executable, __file__, "--run-only", "--db", str(args.db), "--output",
                            str(args.output), "--horizon", str(args.horizon)],
                           capture_output=True, text=True, check=True)
    result = json.loads(child.stdout.strip().splitlines()[-1])
    sys.stdout.write(json.dumps(result, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
