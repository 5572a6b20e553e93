"""One process of the "same day twice at once" test: process, alert, mail; print counts.

Run as ``python -m tests.ops._day_run URL OUTBOX GO_FILE``; it loads everything first,
then waits for GO_FILE so that both processes start working at the same moment.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime
from pathlib import Path

from radar.alerting import raise_alerts
from radar.pipeline import build_extractor, load_register, load_ruleset
from radar.processing import process_documents
from radar.reporting.mail import send_pending
from radar_core.config import load_settings
from radar_core.db import connect
from reports import OutboxDelivery

NOW = datetime(2025, 6, 30, 9, 0)


def main(url: str, outbox: str, go: str) -> None:
    sessions = connect(url)
    settings = load_settings(environ={}, database_url=url, data_dir=Path(outbox).parent)
    extractor = build_extractor(load_register(sessions))
    ruleset = load_ruleset(settings)
    print("ready", flush=True)
    while not Path(go).exists():
        time.sleep(0.01)
    clock = lambda: NOW  # noqa: E731 - a fixed clock shared by both processes
    stats = process_documents(sessions, extractor, clock, batch_size=10)
    alerts = raise_alerts(sessions, ruleset, clock)
    mail = send_pending(sessions, settings, clock, OutboxDelivery(outbox))
    print(json.dumps({"events_new": stats.events_new, "documents": stats.documents,
                      "failed": len(stats.failed), "alerts_new": alerts.new,
                      "mail_queued": mail.queued, "mail_sent": mail.sent}), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
