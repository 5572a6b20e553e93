"""One simulated day through process -> link -> rules -> e-mails, on SQLite and PostgreSQL.

For each backend and worker count it builds a fresh database holding the demo register
and N synthetic documents (seeded, offline), then measures: processing (extraction and
entity linking, split over W worker processes that each build their extractor first and
start together), rules (``raise_alerts``) and e-mails (``send_pending`` to an outbox).
Reports documents/s, the scaling ratio of two workers over one, peak memory (RSS), the
workers' CPU seconds and SQL statements per document, and the machine's load average
before and after each case: on a shared machine, other people's work slows a case down
without the workers using more CPU, and the load says so. Documents that failed are
counted (from the database: processed or not) and printed; a case with any failed
document reports no throughput, since a rate over failed work means nothing. On SQLite,
batches of several workers take the one write lock in turn, so two workers finish
everything but cannot be faster than one.

    python benchmarks/pipeline.py                      # 50,000 documents, full matrix
    python benchmarks/pipeline.py --docs 2000          # a quick run
    python benchmarks/pipeline.py --backends sqlite --workers 1
    python benchmarks/pipeline.py --backends postgresql --workers 1,2,1,2   # repeated pairs
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import random
import resource
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, insert, select, text
from sqlalchemy.engine import make_url

NOW = datetime(2025, 6, 30, 9, 0)
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"

# Written for this benchmark: event sentences, then neutral filler like a news page has.
EVENTS = (
    "{firm} hakkında alacaklıları tarafından iflas davası açıldı; talep edilen tutar {n} milyon TL.",
    "{firm}, yeni fabrika yatırımı için {n} milyon dolar harcayacağını açıkladı.",
    "{firm} received an investment incentive certificate for a {n} million lira project.",
    "{firm} kapasite artırımı kapsamında ikinci üretim hattını devreye aldı.",
    "{firm} announced it will build a new plant for USD {n} million.",
    "{firm} genel müdürü görevinden istifa etti.",
    "{firm} sermayesini {n} milyon TL artırma kararı aldı.",
)
FILLER = (
    "Piyasalarda gün boyunca dalgalı bir seyir izlendi ve işlem hacmi ortalamanın altında kaldı.",
    "Analistler önümüzdeki çeyrekte talebin bölgesel olarak farklılaşacağını belirtiyor.",
    "The central bank kept its policy rate unchanged, in line with market expectations.",
    "Sektör temsilcileri hammadde fiyatlarındaki artışın maliyetleri zorladığını ifade etti.",
    "Exporters said new orders from Europe picked up slightly compared with last month.",
)


def synthetic_rows(count: int, firms: list[str], seed: int = 7) -> list[dict[str, Any]]:
    """Document rows for one day: a third mention an event of a register firm."""
    rng = random.Random(seed)
    fetched = NOW - timedelta(hours=2)
    rows = []
    for i in range(count):
        parts = [rng.choice(FILLER) for _ in range(rng.randint(3, 7))]
        if i % 3 == 0:
            sentence = rng.choice(EVENTS).format(firm=rng.choice(firms), n=rng.randint(5, 900))
            parts.insert(rng.randint(0, len(parts)), sentence)
        body = " ".join(parts) + f" (Haber no {i})"
        lang = "en" if sum(p.isascii() for p in parts) > len(parts) / 2 else "tr"
        rows.append({"external_id": f"bench-{i}", "url": f"http://news.example/{i}",
                     "canonical_url": f"http://news.example/{i}",
                     "content_hash": hashlib.sha256(body.encode()).hexdigest(),
                     "source": f"bench-{i % 5}", "source_type": "news", "published": fetched,
                     "fetched": fetched, "lang": lang, "title": body[:60], "text": body,
                     "fields": {}, "flags": {}})
    return rows


def _peak_rss_mb() -> float:
    """This process's own peak RSS. ``ru_maxrss`` is no use in a spawned worker: Linux
    carries the parent's peak over fork and exec, so every worker "peaked" at the parent's."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _worker(url: str, ids: list[int], barrier: Any, queue: Any) -> None:
    from sqlalchemy import event
    from sqlalchemy.exc import OperationalError

    from radar.pipeline import build_extractor, load_register
    from radar.workers import process_ids
    from radar_core.clock import utcnow
    from radar_core.db import connect

    sessions = connect(url)
    extractor = build_extractor(load_register(sessions))
    statements = [0]

    def count(*_: Any) -> None:
        statements[0] += 1

    event.listen(sessions.kw["bind"], "before_cursor_execute", count)
    barrier.wait()
    started, cpu_started = time.perf_counter(), time.process_time()
    documents = failed = 0
    errors: list[str] = []
    for offset in range(0, len(ids), 200):
        batch = ids[offset:offset + 200]
        try:
            stats = process_ids(sessions, extractor, utcnow, batch)
        except OperationalError as exc:  # e.g. "database is locked": the batch is not done
            failed += len(batch)
            errors.append(str(exc.orig).splitlines()[0])
            continue
        documents += stats.documents
        failed += len(stats.failed)
    queue.put({"seconds": time.perf_counter() - started, "documents": documents,
               "cpu_seconds": time.process_time() - cpu_started, "statements": statements[0],
               "failed": failed, "errors": sorted(set(errors))[:3], "peak_rss_mb": _peak_rss_mb()})


def _database(backend: str, pg_url: str, folder: Path) -> tuple[str, Any]:
    if backend == "sqlite":
        return f"sqlite:///{folder / f'bench-{uuid.uuid4().hex[:6]}.db'}", None
    name = f"radar_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(make_url(pg_url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(pg_url).set(database=name).render_as_string(hide_password=False), drop


def run_case(backend: str, workers: int, docs: int, pg_url: str, folder: Path) -> dict[str, Any]:
    """Build a fresh database and push one day through every stage; return the figures."""
    from radar.alerting import raise_alerts
    from radar.demo import import_demo_register
    from radar.pipeline import load_ruleset
    from radar.reporting.mail import send_pending
    from radar_core.config import load_settings
    from radar_core.db import connect, session_scope
    from radar_core.db.models import Alert, Client, Document, Event
    from reports import OutboxDelivery

    url, drop = _database(backend, pg_url, folder)
    try:
        sessions = connect(url)
        import_demo_register(sessions, lambda: NOW)
        with session_scope(sessions) as session:
            firms = list(session.scalars(select(Client.legal_name)))
            rows = synthetic_rows(docs, firms)
            for offset in range(0, len(rows), 5000):
                session.execute(insert(Document), rows[offset:offset + 5000])
            ids = list(session.scalars(select(Document.id).order_by(Document.id)))
        ctx = multiprocessing.get_context("spawn")
        barrier, queue = ctx.Barrier(workers + 1), ctx.Queue()
        procs = [ctx.Process(target=_worker, args=(url, ids[w::workers], barrier, queue))
                 for w in range(workers)]
        for proc in procs:
            proc.start()
        load_before = os.getloadavg()[0]
        barrier.wait()
        started = time.perf_counter()
        reports = [queue.get() for _ in procs]
        process_seconds = time.perf_counter() - started
        load_after = os.getloadavg()[0]
        for proc in procs:
            proc.join()
        settings = load_settings(environ={}, database_url=url, data_dir=folder)
        started = time.perf_counter()
        alert_stats = raise_alerts(sessions, load_ruleset(settings), lambda: NOW)
        rules_seconds = time.perf_counter() - started
        started = time.perf_counter()
        mail = send_pending(sessions, settings, lambda: NOW,
                            OutboxDelivery(folder / f"outbox-{backend}-{workers}"))
        mail_seconds = time.perf_counter() - started
        with session_scope(sessions) as session:
            events = session.scalar(select(func.count(Event.id)))
            alerts = session.scalar(select(func.count(Alert.id)))
            # What the database says was processed, not what the workers believe they did.
            processed = int(session.scalar(select(func.count(Document.id)).where(
                Document.processed_at.is_not(None))) or 0)
        sessions.kw["bind"].dispose()
        total = process_seconds + rules_seconds + mail_seconds
        failed = docs - processed
        # A throughput over work that failed would be a lie: none is given then.
        complete = failed == 0
        worker_cpu = sum(r["cpu_seconds"] for r in reports)
        return {
            "backend": backend, "workers": workers, "documents": docs,
            "processed": processed, "failed": failed,
            "errors": sorted({e for r in reports for e in r["errors"]}),
            "events": events, "alerts": alerts,
            "alerts_new": alert_stats.new, "emails": mail.sent,
            "process_seconds": round(process_seconds, 2), "rules_seconds": round(rules_seconds, 2),
            "mail_seconds": round(mail_seconds, 2),
            "process_docs_per_s": round(docs / process_seconds, 1) if complete else None,
            "end_to_end_docs_per_s": round(docs / total, 1) if complete else None,
            "worker_cpu_seconds": round(worker_cpu, 2),
            "docs_per_worker_cpu_s": round(docs / worker_cpu, 1) if complete and worker_cpu else None,
            "statements_per_doc": round(sum(r["statements"] for r in reports) / docs, 3),
            "load_1min_before": round(load_before, 2), "load_1min_after": round(load_after, 2),
            "worker_peak_rss_mb": round(max(r["peak_rss_mb"] for r in reports), 1),
            "main_peak_rss_mb": round(_peak_rss_mb(), 1),
        }
    finally:
        if drop is not None:
            drop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=50_000)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--pg-url", default=DEFAULT_PG)
    parser.add_argument("--json", type=Path, help="Also write the figures to this file.")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for backend in args.backends.split(","):
            for workers in (int(w) for w in args.workers.split(",")):
                result = run_case(backend, workers, args.docs, args.pg_url, Path(tmp))
                results.append(result)
                print(json.dumps(result), flush=True)  # noqa: T201 - benchmark output
    for result in results:
        if result["failed"]:
            print(f"{result['backend']}, {result['workers']} worker(s): {result['failed']} of "  # noqa: T201
                  f"{result['documents']} documents FAILED ({'; '.join(result['errors'])}): "
                  f"no throughput reported")
    for backend in args.backends.split(","):
        # Each one-worker case and the two-worker case run right after it, as a pair: on a
        # shared machine the load changes between pairs, so they are not mixed.
        ran = [r for r in results if r["backend"] == backend]
        for first, second in zip(ran, ran[1:], strict=False):
            if (first["workers"], second["workers"]) != (1, 2):
                continue
            one, two = first["process_docs_per_s"], second["process_docs_per_s"]
            if one and two:
                print(f"{backend}: processing with 2 workers is {two / one:.2f}x one worker "  # noqa: T201
                      f"({one} and {two} documents/s; load {first['load_1min_before']} "
                      f"-> {second['load_1min_after']})")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
