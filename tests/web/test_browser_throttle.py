"""A user logs in through Chromium while another machine hammers their account.

The app runs under uvicorn on 127.0.0.1 with the real clock. The guesser is a second
"machine" on the same loopback: its connections leave from 127.0.0.2, so the app sees a
different client address, exactly as it would for a remote attacker. It alternates wrong
passwords on the login form and on the API's basic auth, for at most ``MAX_GUESSES``
requests or ``DEADLINE`` seconds, and stops as soon as the test is done.
"""

from __future__ import annotations

import os
import socket
import threading
import time

import httpx
import pytest
from sqlalchemy import select

from radar.web import create_app
from radar.web.screenshots import CHROMIUM, VIEWPORT, log_in
from radar.web.server import serve_in_thread
from radar.web.throttle import ACCOUNT_POLICY
from radar_core.config import load_settings
from radar_core.db.models import ThrottleBucket
from tests.web.conftest import PASSWORD, csrf_of

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is absent (apt-get install chromium)"),
]
playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

GUESSER = "127.0.0.2"
MAX_GUESSES = 20_000
DEADLINE = 120.0  # seconds: the loop's own bound, not an expectation


def _loopback_alias_usable() -> bool:
    try:
        with socket.socket() as sock:
            sock.bind((GUESSER, 0))
        return True
    except OSError:
        return False


class Guesser(threading.Thread):
    """Wrong passwords for ``ana`` from 127.0.0.2 until told to stop (bounded)."""

    def __init__(self, base_url: str) -> None:
        super().__init__(daemon=True)
        self.base_url = base_url
        self.stop = threading.Event()
        self.throttled = threading.Event()
        self.progress = threading.Condition()
        self.answers: list[tuple[int, str | None]] = []
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self._hammer()
        except BaseException as exc:  # reported by the test, not lost in the thread
            self.error = exc
        finally:
            self.throttled.set()  # never leave the test waiting

    def _hammer(self) -> None:
        transport = httpx.HTTPTransport(local_address=GUESSER)
        with httpx.Client(base_url=self.base_url, transport=transport, timeout=30) as client:
            token = csrf_of(client.get("/login").text)
            ends = time.monotonic() + DEADLINE
            for n in range(MAX_GUESSES):
                if self.stop.is_set() or time.monotonic() > ends:
                    return
                if n % 2:
                    response = client.get("/api/alerts", auth=("ana", f"guess-{n}"))
                else:
                    response = client.post("/login", data={"username": "ana", "password": f"guess-{n}",
                                                           "csrf_token": token})
                with self.progress:
                    self.answers.append((response.status_code, response.headers.get("retry-after")))
                    self.progress.notify_all()
                if response.status_code == 429:
                    self.throttled.set()

    def wait_for_more_than(self, count: int, timeout: float) -> bool:
        with self.progress:
            return self.progress.wait_for(lambda: len(self.answers) > count or not self.is_alive(),
                                          timeout) and len(self.answers) > count


@pytest.fixture
def server(web_db, tmp_path):
    sessions, _ = web_db
    app = create_app(load_settings(environ={}, data_dir=tmp_path), sessions, secret_key="k" * 40)
    with serve_in_thread(app) as base_url:
        yield base_url


@pytest.mark.skipif(not _loopback_alias_usable(), reason=f"cannot send from {GUESSER}")
def test_user_logs_in_while_someone_else_hammers_the_account(server, browser, sessions_, seeded):
    guesser = Guesser(server)
    guesser.start()
    try:
        assert guesser.throttled.wait(timeout=60) and guesser.error is None
        assert any(status == 429 for status, _ in guesser.answers), "the guesser was never slowed"
        before = len(guesser.answers)

        page = browser.new_page(viewport=VIEWPORT)
        log_in(page, server, "ana", PASSWORD)
        assert page.url == f"{server}/"
        assert page.locator("#queue tr.row").count() == 4

        # the guessing went on across the login and is still going
        assert guesser.wait_for_more_than(before, timeout=30) and guesser.is_alive()
    finally:
        guesser.stop.set()
        guesser.join(timeout=60)
    assert guesser.error is None and not guesser.is_alive()
    statuses = {status for status, _ in guesser.answers}
    assert statuses <= {401, 429}, statuses  # never in
    assert all(after is not None and int(after) >= 1 for status, after in guesser.answers if status == 429)
    with sessions_() as session:
        buckets = {(b.client, b.kind, b.account): b.failures for b in session.scalars(select(ThrottleBucket))}
    assert buckets[(GUESSER, "account", "ana")] > ACCOUNT_POLICY.free
    assert ("127.0.0.1", "account", "ana") not in buckets  # the user's own login left no count
