"""The queue's CSV and XLSX exports: the queue's filters, the visibility rule, every row.

Used by ``/api/alerts.csv`` and ``/api/alerts.xlsx`` (HTTP basic, or the session cookie:
the queue page links to them with its current filters). Paging parameters are ignored:
an export holds every alert the filters select, not one page. The rows are read on a
session of their own while the response streams (:mod:`radar.exports`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fastapi import Request
from fastapi.responses import StreamingResponse
from sqlalchemy.orm import Session

from radar.exports import (
    ExportRow,
    csv_lines,
    export_rows,
    file_chunks,
    filename,
    in_session,
    xlsx_file,
)
from radar.visibility import research_address
from radar.web.queue import QueueFilters, apply_filters, visible_alerts
from radar_core.db.models import User

MEDIA = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def export_filters(request: Request, user: User) -> QueueFilters:
    """The queue's filters from the URL, without paging; an RM's view is their own."""
    filters = QueueFilters.from_params(request.query_params)
    filters.page, filters.after, filters.before = 1, "", ""
    if user.role == "rm":
        filters.rm = ""
    return filters


def _rows(session: Session, user: User, filters: QueueFilters, research: str) -> Iterator[ExportRow]:
    query = apply_filters(session, visible_alerts(session, user, research), filters, research)
    return export_rows(session, query)


def export_response(request: Request, user: User, kind: str) -> StreamingResponse:
    """A streamed download of the filtered, visible alerts (``kind``: csv or xlsx)."""
    state = request.app.state
    filters = export_filters(request, user)
    research = research_address(state.settings.research_mailbox)
    viewer = User(username=user.username, role=user.role, rm_email=user.rm_email)

    def produce(session: Session) -> Iterator[Any]:
        rows = _rows(session, viewer, filters, research)
        if kind == "csv":
            yield "\ufeff"  # a BOM, so that Excel reads the UTF-8 (Turkish letters) right
            yield from csv_lines(rows)
        else:
            yield from file_chunks(xlsx_file(rows))

    headers = {"Content-Disposition": f'attachment; filename="{filename(kind, state.clock())}"',
               "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}
    return StreamingResponse(in_session(state.sessions, produce), media_type=MEDIA[kind],
                             headers=headers)
