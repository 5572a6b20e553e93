"""A processing worker for tests: the real extractor, recording each document it extracts.

Run as ``python -m tests.ops._worker DB_URL REDIS_URL NAMESPACE LOG_FILE DELAY HEARTBEAT_MS``.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import Any

from radar.workers import build_broker, declare_actor, default_extractor, run_worker
from radar_core.records import DocumentRecord


class RecordingExtractor:
    """Delegates to the production extractor; logs every document id it is given."""

    def __init__(self, inner: Any, log_path: str, delay: float) -> None:
        self.inner = inner
        self.log_path = log_path
        self.delay = delay

    def extract(self, doc: DocumentRecord) -> Any:
        time.sleep(self.delay)
        with open(self.log_path, "a", encoding="utf-8") as fh:
            fh.write(doc.id + "\n")
        return self.inner.extract(doc)


def main(db_url: str, redis_url: str, namespace: str, log_path: str, delay: str,
         heartbeat_ms: str) -> None:
    broker = build_broker(redis_url, namespace, heartbeat_timeout_ms=int(heartbeat_ms),
                          maintenance_chance=1_000_000)
    declare_actor(broker, db_url, lambda sessions: RecordingExtractor(
        default_extractor(sessions), log_path, float(delay)))
    print("ready", flush=True)
    run_worker(broker, threading.Event().wait)


if __name__ == "__main__":
    main(*sys.argv[1:7])
