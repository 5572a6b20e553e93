"""The review queue's HTML pages: login, queue, alert, decisions, links, prospects, audit, users.

Handlers stay thin: they check who is asking, call the topic modules (``queue``,
``detail``, ``decisions``, ``links``, ``prospects``) and render a template. Writes commit
before redirecting (POST-redirect-GET), so a reload never repeats a decision.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from radar.external_users import Refused
from radar.ldap_directory import DirectoryUnavailable
from radar.users import ROLES, add_user, list_users
from radar.visibility import research_address
from radar.web import auth
from radar.web.auth import check_form_csrf, db_session
from radar.web.decisions import REJECT_REASONS, DecisionError, audit_page, record_decision
from radar.web.detail import alert_view
from radar.web.links import (
    UNKNOWN,
    LinkResolutionError,
    ambiguous_count,
    ambiguous_links,
    reject_candidate,
    resolve_link,
)
from radar.web.prospects import prospects, prospects_csv
from radar.web.queue import (
    KINDS,
    POLARITIES,
    SEVERITIES,
    STATUSES,
    BadCursor,
    QueueFilters,
    filter_choices,
    queue_page,
    visible_alert,
    visible_alerts,
)
from radar.web.texts import SESSION_LANGUAGE, page_language, request_gettext
from radar.web.throttle import Throttled
from radar_core.db import get_by_id
from radar_core.db.models import Alert, User
from radar_core.errors import UsageError
from radar_core.i18n import LANGUAGES, N_, ngettext_for
from radar_core.taxonomy import EVENT_TYPES
from reports.report_text import phrase

router = APIRouter()
STAFF = ("analyst", "admin")
DB = Annotated[Session, Depends(db_session)]


def page_user(request: Request, session: DB) -> User:
    """The logged-in user, or a redirect to the login page."""
    user = auth.session_user(request, session)
    if user is None:
        raise auth.LoginRequired()
    return user


PageUser = Annotated[User, Depends(page_user)]


def render(request: Request, name: str, user: User | None, status_code: int = 200, **ctx: Any) -> HTMLResponse:
    """Render a template with the user, CSRF token and the reader's language."""
    templates = request.app.state.templates
    context = {"request": request, "user": user, "csrf": auth.csrf_token(request),
               "language": page_language(request, user), **ctx}
    return templates.TemplateResponse(request, name, context, status_code=status_code)  # type: ignore[no-any-return]


def local_path(target: str | None, default: str = "/") -> str:
    """``target`` when it is a path on this site (no open redirects), else ``default``."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return default
    if any(ord(ch) < 32 for ch in target):
        return default
    return target


def research(request: Request) -> str:
    """The research mailbox's address: an RM logged in as it sees what it is mailed."""
    return research_address(request.app.state.settings.research_mailbox)


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def login_page(request: Request, next: str, error: str | None, status_code: int = 200) -> HTMLResponse:
    """The login form; with single sign-on configured it also offers "Sign in with …"."""
    settings = request.app.state.settings
    return render(request, "login.html", None, status_code, next=next, error=error,
                  oidc_name=settings.oidc_provider_name if settings.oidc_enabled else None)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> HTMLResponse:
    return login_page(request, local_path(next), None)


@router.post("/login", dependencies=[Depends(check_form_csrf)])
async def login(request: Request, session: DB) -> Response:
    form = await request.form()
    username, password = str(form.get("username") or ""), str(form.get("password") or "")
    target = local_path(str(form.get("next") or "/"))
    try:
        # Database work and argon2 off the event loop: a guesser must not stall other requests.
        user = await run_in_threadpool(auth.throttled_authenticate, request, session, username, password)
    except Throttled as exc:
        ngettext = ngettext_for(page_language(request, None))
        response = login_page(request, target, ngettext(
            "Too many failed attempts from your address: try again in {n} second.",
            "Too many failed attempts from your address: try again in {n} seconds.",
            exc.retry_after).format(n=exc.retry_after), 429)
        response.headers["Retry-After"] = str(exc.retry_after)
        return response
    except Refused as exc:
        return login_page(request, target, exc.reason, 403)
    except DirectoryUnavailable:
        _ = request_gettext(request)
        return login_page(request, target, _("The directory cannot be reached: try again later."),
                          503)
    if user is None:
        _ = request_gettext(request)
        return login_page(request, target, _("Wrong username or password."), 401)
    await run_in_threadpool(auth.log_in, request, session, user)
    return _redirect(target)


@router.post("/logout", dependencies=[Depends(check_form_csrf)])
def logout(request: Request, session: DB) -> Response:
    language = page_language(request, None)
    auth.log_out(request, session)
    # The login page that follows keeps the reader's language (nothing else survives).
    request.session[SESSION_LANGUAGE] = language
    return _redirect("/login")


@router.post("/language", dependencies=[Depends(check_form_csrf)])
async def set_language(request: Request, user: PageUser, session: DB) -> Response:
    """Store the user's language (pages and their digest e-mail), then go back."""
    form = await request.form()
    language = str(form.get("language") or "")
    if language not in LANGUAGES:
        raise HTTPException(status_code=400, detail=phrase(N_("language: one of {choices}"),
                                                         choices=", ".join(LANGUAGES)))
    user.language = language
    session.commit()
    request.session[SESSION_LANGUAGE] = language
    return _redirect(local_path(str(form.get("next") or "/")))


@router.get("/", response_class=HTMLResponse)
def queue(request: Request, user: PageUser, session: DB) -> HTMLResponse:
    filters = QueueFilters.from_params(request.query_params)
    if user.role == "rm":
        filters.rm = ""  # an RM's view is their portfolio already
    try:
        result = queue_page(session, user, filters, research=research(request))
    except BadCursor as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    return render(
        request, "queue.html", user, filters=filters, result=result,
        choices=filter_choices(session), polarities=POLARITIES, severities=SEVERITIES,
        statuses=STATUSES, kinds=KINDS, reasons=REJECT_REASONS, event_types=EVENT_TYPES,
        here=str(request.url.path) + (f"?{request.url.query}" if request.url.query else ""),
    )


@router.get("/alerts/{alert_id}", response_class=HTMLResponse)
def alert_page(alert_id: int, request: Request, user: PageUser,
               session: DB) -> HTMLResponse:
    alert = visible_alert(session, user, alert_id, research(request))
    history_query = (
        visible_alerts(session, user, research(request))
        .where(Alert.firm_key == alert.firm_key, Alert.id != alert.id)
        .order_by(Alert.created_at.desc())
        .limit(20)
    )
    view = alert_view(session, alert, list(session.scalars(history_query)))
    return render(request, "alert.html", user, view=view, reasons=REJECT_REASONS,
                  back=local_path(request.query_params.get("back")), event_types=EVENT_TYPES)


@router.post("/alerts/{alert_id}/decision", dependencies=[Depends(check_form_csrf)])
async def decide(alert_id: int, request: Request, user: PageUser,
                 session: DB) -> Response:
    alert = visible_alert(session, user, alert_id, research(request))
    form = await request.form()
    decision = str(form.get("decision") or "")
    # The row form always posts its reason list; only a rejection uses it.
    reason = str(form.get("reason") or "") or None if decision == "reject" else None
    try:
        record_decision(
            session, alert, decision, user.username, request.app.state.clock(),
            reason=reason, note=str(form.get("note") or "") or None,
        )
    except DecisionError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    session.commit()
    return _redirect(local_path(str(form.get("next") or ""), default=f"/alerts/{alert_id}"))


@router.get("/audit", response_class=HTMLResponse)
def audit(request: Request, user: PageUser, session: DB, page: int = 1) -> HTMLResponse:
    auth.require_role(user, *STAFF)
    return render(request, "audit.html", user, audit=audit_page(session, page), reasons=REJECT_REASONS)


@router.get("/links", response_class=HTMLResponse)
def links(request: Request, user: PageUser, session: DB) -> HTMLResponse:
    auth.require_role(user, *STAFF)
    return render(request, "links.html", user, items=ambiguous_links(session),
                  total=ambiguous_count(session), unknown=UNKNOWN)


@router.post("/links/{link_id}", dependencies=[Depends(check_form_csrf)])
async def resolve(link_id: int, request: Request, user: PageUser,
                  session: DB) -> Response:
    auth.require_role(user, *STAFF)
    form = await request.form()
    only_here = str(form.get("scope") or "") == "sentence"
    try:
        if form.get("reject"):
            reject_candidate(session, link_id, str(form.get("reject")), user.username,
                             request.app.state.clock(), only_here=only_here)
        else:
            resolve_link(session, link_id, str(form.get("choice") or ""), user.username,
                         request.app.state.clock(), only_here=only_here)
    except LinkResolutionError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    session.commit()
    return _redirect("/links")


@router.get("/prospects", response_class=HTMLResponse)
def prospects_page(request: Request, user: PageUser,
                   session: DB) -> HTMLResponse:
    auth.require_role(user, *STAFF)
    return render(request, "prospects.html", user, firms=prospects(session), event_types=EVENT_TYPES)


@router.get("/prospects.csv")
def prospects_export(user: PageUser, session: DB) -> Response:
    auth.require_role(user, *STAFF)
    return Response(
        prospects_csv(session), media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="radar-prospects.csv"'},
    )


@router.get("/users", response_class=HTMLResponse)
def users_page(request: Request, user: PageUser,
               session: DB) -> HTMLResponse:
    auth.require_role(user, "admin")
    return render(request, "users.html", user, users=list_users(session), roles=ROLES, error=None)


@router.post("/users", dependencies=[Depends(check_form_csrf)])
async def users_add(request: Request, user: PageUser,
                    session: DB) -> Response:
    auth.require_role(user, "admin")
    form = await request.form()
    try:
        add_user(session, str(form.get("username") or "").strip(), str(form.get("password") or ""),
                 str(form.get("role") or ""), request.app.state.clock(),
                 rm_email=str(form.get("rm_email") or "") or None,
                 language=str(form.get("language") or "") or None)
    except UsageError as exc:
        session.rollback()
        return render(request, "users.html", user, 400, users=list_users(session), roles=ROLES,
                      error=exc.message)
    session.commit()
    return _redirect("/users")


@router.post("/users/{user_id}/active", dependencies=[Depends(check_form_csrf)])
async def users_toggle(user_id: int, request: Request, user: PageUser,
                       session: DB) -> Response:
    auth.require_role(user, "admin")
    target = get_by_id(session, User, user_id)
    if target is None:
        raise HTTPException(status_code=404, detail=N_("no such user"))
    if target.id == user.id:
        raise HTTPException(status_code=400, detail=N_("you cannot deactivate yourself"))
    target.active = not target.active
    session.commit()
    return _redirect("/users")
