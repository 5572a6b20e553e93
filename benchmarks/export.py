"""Benchmark the alert export: every alert of a 100,000-alert database as CSV and as XLSX.

Generates the synthetic SQLite database of ``benchmarks/web.py`` (no events: the
evidence columns stay empty, the per-batch evidence query still runs), then exports every
alert, in queue order, through ``radar.exports`` as an analyst and as one RM: rows per
second, output size, and the process's peak resident memory after each export (the
export reads in keyset batches and XLSX rows go to disk, so it should barely grow).
No asserts: figures are for reading.

    python benchmarks/export.py                  # 100,000 alerts
    python benchmarks/export.py --alerts 500000
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from web import RM  # noqa: E402

from radar.exports import csv_lines, export_rows, write_xlsx  # noqa: E402
from radar.web.queue import QueueFilters, apply_filters, visible_alerts  # noqa: E402
from radar_core.db import connect  # noqa: E402
from radar_core.db.models import User  # noqa: E402


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alerts", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.db"
        started = time.perf_counter()
        here = Path(__file__).resolve().parent
        # In another process, so that the peak memory printed below is the exports' own.
        subprocess.run([sys.executable, "-c", "import sys; sys.path[:0] = sys.argv[1:3]; "
                        "from web import generate; generate(__import__('pathlib').Path(sys.argv[3]), "
                        "int(sys.argv[4]))", str(here), str(here.parent), str(path), str(args.alerts)],
                       check=True)
        # web.py writes times as sqlite3 does ("... 10:23:00"); SQLAlchemy stores and compares
        # "... 10:23:00.000000", and keyset paging needs the stored text in that form.
        db = sqlite3.connect(path)
        db.execute("UPDATE alerts SET created_at = created_at || '.000000' "
                   "WHERE length(created_at) = 19")
        db.commit()
        db.close()
        print(f"generated {args.alerts:,} alerts in {time.perf_counter() - started:.1f} s; "
              f"peak RSS before exporting {_peak_mb():.0f} MB")
        sessions = connect(f"sqlite:///{path}")
        filters = QueueFilters(status="all")
        for who in (User(username="analyst", role="analyst"), User(username="rm", role="rm", rm_email=RM)):
            for kind in ("csv", "xlsx"):
                with sessions() as session:
                    query = apply_filters(session, visible_alerts(session, who), filters)
                    started = time.perf_counter()
                    rows = export_rows(session, query)
                    out = Path(tmp) / f"out.{kind}"
                    if kind == "csv":
                        with out.open("w", encoding="utf-8") as handle:
                            count = -1  # the header line
                            for chunk in csv_lines(rows):
                                handle.write(chunk)
                                count += chunk.count("\r\n")
                    else:
                        with out.open("wb") as handle:
                            count = write_xlsx(rows, handle)
                    seconds = time.perf_counter() - started
                print(f"{who.role:8} {kind:4} {count:>9,} rows in {seconds:6.1f} s "
                      f"({count / seconds:,.0f} rows/s), {out.stat().st_size / 1e6:6.1f} MB; "
                      f"peak RSS {_peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
