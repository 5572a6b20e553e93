"""Back-test and offers reports in the review app: ``/reports/backtest``, ``/reports/offers``.

The page is the newest report ``radar backtest`` (or ``radar offers report``) wrote under
``<data_dir>/reports``, served as it is, for analysts and admins only (RMs see their own
portfolio in the queue, not the bank-wide figures). The report's CSS is inline, so this
response carries its own Content-Security-Policy: inline styles and data: images, still no
script at all. The app's middleware keeps a header a handler has already set. Each reader
gets the copy in their language (``backtest.tr.html``/``backtest.en.html`` next to it) when the
CLI wrote one; an older report has only ``backtest.html``.
"""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse

from radar.web.auth import require_role
from radar.web.pages import PageUser
from radar.web.texts import page_language
from radar_core.i18n import N_
from reports.report_html import report_variant
from reports.report_text import phrase

router = APIRouter()
STAFF = ("analyst", "admin")
KINDS = ("backtest", "offers")
REPORT_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
              "form-action 'none'; frame-ancestors 'none'")
_FILE = re.compile(r"[a-z0-9_]{1,80}\.csv|report\.json")


def latest_report(data_dir: Path, kind: str) -> Path | None:
    """The newest ``<kind>.html`` under ``<data_dir>/reports`` (any sub-folder), if any."""
    root = Path(data_dir) / "reports"
    if not root.is_dir():
        return None
    found = [p for p in root.rglob(f"{kind}.html") if p.is_file()]
    return max(found, key=lambda p: (p.stat().st_mtime, str(p))) if found else None


def _report(request: Request, kind: str) -> Path:
    path = latest_report(request.app.state.settings.data_dir, kind)
    if path is None:
        message = (N_("no back-test report yet: run `radar backtest`") if kind == "backtest"
                   else N_("no offers report yet: run `radar offers report`"))
        raise HTTPException(status_code=404, detail=phrase(message))
    return path


@router.get("/reports/{kind}", response_class=HTMLResponse)
def report_page(kind: str, request: Request, user: PageUser) -> HTMLResponse:
    """The newest back-test or offers report, as written by the CLI."""
    if kind not in KINDS:
        raise HTTPException(status_code=404, detail=phrase(N_("no such report")))
    require_role(user, *STAFF)
    path = _report(request, kind)
    variant = report_variant(path, page_language(request, user))
    html = (variant if variant.is_file() else path).read_text(encoding="utf-8")
    return HTMLResponse(html, headers={"Content-Security-Policy": REPORT_CSP})


@router.get("/reports/{kind}/{name}")
def report_file(kind: str, name: str, request: Request, user: PageUser) -> FileResponse:
    """A table of the newest report as CSV (``<table>.csv``) or the whole ``report.json``."""
    if kind not in KINDS or not _FILE.fullmatch(name):
        raise HTTPException(status_code=404, detail=phrase(N_("no such file")))
    require_role(user, *STAFF)
    path = _report(request, kind).parent / name
    if not path.is_file():
        raise HTTPException(status_code=404, detail=phrase(N_("no such file")))
    media = "text/csv" if name.endswith(".csv") else "application/json"
    return FileResponse(path, media_type=media, filename=name)
