"""One crawler process sharing a scrapy-redis frontier (for the distributed crawl test).

Run as ``python -m tests.ops._crawl SOURCES BASE_URL DB_URL REDIS_URL PREFIX``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from crawlers.distributed import run_distributed_crawl
from crawlers.sources import load_sources
from radar.crawl_store import DatabaseSink
from radar_core.clock import utcnow
from radar_core.db import connect


def main(sources: str, base: str, db_url: str, redis_url: str, prefix: str) -> None:
    specs = load_sources(Path(sources), {"BASE": base}, None)
    summary = run_distributed_crawl(specs, DatabaseSink(connect(db_url)), utcnow, redis_url,
                                    prefix=prefix)
    print(json.dumps({"pages": summary.total("pages"), "new": summary.total("new")}), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:6])
