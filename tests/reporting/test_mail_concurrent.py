"""Two ``radar mail`` processes at once against a slow SMTP server: every digest once.

The server sleeps inside each DATA, so a message is in flight while the other process
looks at the queue - the moment a claim that only counted attempts let both send it.
Runs on SQLite and, with ``RADAR_TEST_DATABASE_URL``, on PostgreSQL.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from radar_core.db import session_scope
from radar_core.db.models import EmailMessage
from tests.reporting.conftest import World
from tests.reports.conftest import MAIL_FROM, RESEARCH, PortZeroController, Sink

ROOT = Path(__file__).resolve().parents[2]
RMS = [f"rm{i}@bank.example" for i in range(4)]


@dataclass
class SlowSink(Sink):
    """Accepts every message after ``delay`` seconds; says when the first DATA began."""

    delay: float = 0.8
    first_data: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.first_data.set()
        await asyncio.sleep(self.delay)
        return await super().handle_DATA(server, session, envelope)


def _radar_mail(database_url: str, port: int, data_dir: Path) -> subprocess.Popen[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("RADAR_")}
    env.update(PYTHONPATH=str(ROOT), RADAR_DATABASE_URL=database_url,
               RADAR_DATA_DIR=str(data_dir), RADAR_MAIL_FROM=MAIL_FROM,
               RADAR_RESEARCH_MAILBOX=RESEARCH, RADAR_SMTP_HOST="127.0.0.1",
               RADAR_SMTP_PORT=str(port))
    return subprocess.Popen([sys.executable, "-m", "radar.cli", "mail"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("start", ["together", "while-the-first-is-sending"])
def test_two_overlapping_runs_send_every_digest_exactly_once(
    world: World, database_url: str, tmp_path: Path, start: str
) -> None:
    for i, rm in enumerate(RMS):
        world.client(f"c{i}", rm)
        world.alert(f"Firma {i} AŞ", f"c{i}")
    world.alert("Bilinmeyen AŞ", None, polarity="opportunity")
    sink = SlowSink()
    controller = PortZeroController(sink, hostname="127.0.0.1", port=0)
    controller.start()
    try:
        first = _radar_mail(database_url, controller.port, tmp_path / "data")
        if start != "together":
            assert sink.first_data.wait(60), first.communicate()[1]
        second = _radar_mail(database_url, controller.port, tmp_path / "data")
        outcomes = [proc.communicate(timeout=120) for proc in (first, second)]
    finally:
        controller.stop()
    with session_scope(world.sessions) as session:
        rows = list(session.scalars(select(EmailMessage)))
    assert len(rows) == len(RMS) + 1
    assert all(r.status == "sent" and r.lease_owner is None for r in rows)
    delivered = Counter(item.message["Message-ID"] for item in sink.received)
    assert delivered == Counter({r.message_id: 1 for r in rows})
    assert sorted(r for item in sink.received for r in item.rcpt_tos) == \
        sorted([*RMS, "research@bank.example"])
    for proc, (_, err) in zip((first, second), outcomes, strict=True):
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    sent_lines = sum(out.count("sent\t") for out, _ in outcomes)
    assert sent_lines == len(rows)
