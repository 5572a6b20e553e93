"""``radar.web.screenshots.capture``: logs in and photographs a page.

The README's screenshots of the demo data are taken by tests/test_demo.py with it.
"""

from __future__ import annotations

import os

import pytest

from radar.web.screenshots import CHROMIUM, capture
from radar.web.server import serve_in_thread
from tests.web.conftest import PASSWORD

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is absent (apt-get install chromium)"),
]
pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")


def test_capture_logs_in_and_saves_the_queue(app, seeded, tmp_path):
    with serve_in_thread(app) as base_url:
        target = capture(f"{base_url}/", tmp_path / "queue.png", login=("ana", PASSWORD))
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert target.stat().st_size > 10_000


def test_capture_refuses_to_photograph_a_failed_login(app, seeded, tmp_path):
    with serve_in_thread(app) as base_url, pytest.raises(RuntimeError, match="login as 'ana' failed"):
        capture(f"{base_url}/", tmp_path / "x.png", login=("ana", "wrong password"))
    assert not (tmp_path / "x.png").exists()
