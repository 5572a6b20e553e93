"""The review queue's FastAPI application: middleware, templates, error pages.

``create_app`` takes its settings, session factory and clock as arguments (no global
state), so tests build one app per database. Every response carries a strict
Content-Security-Policy: scripts come only from ``/static``, never inline, so crawled
text that slips a ``<script>`` past escaping still cannot run.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.orm import Session, sessionmaker
from starlette.middleware.sessions import SessionMiddleware
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from radar.web import api, backtest_pages, evidence, oidc, pages, preferences, texts
from radar.web.auth import SESSION_MAX_AGE, LoginRequired
from radar.web.throttle import LoginThrottle
from radar_core import i18n_jinja
from radar_core.addresses import safe_url
from radar_core.clock import utcnow
from radar_core.config import Settings
from radar_core.i18n import N_

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def make_templates(zone_name: str | None = None) -> Jinja2Templates:
    """Jinja2 with autoescape on for every template, the catalogue and the page filters.

    Pages are in the reader's language (``language`` in the context, see ``pages.render``);
    times are shown in ``zone_name`` (the RMs' zone) with the zone named.
    """
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True))
    i18n_jinja.install(env, zone_name)
    env.filters.update(
        label=env.filters["event_label"], when=env.filters["time"], safe_url=safe_url,
        **texts.FILTERS,
    )
    return Jinja2Templates(env=env)


def create_app(
    settings: Settings,
    sessions: sessionmaker[Session],
    clock: Callable[[], datetime] | None = None,
    secret_key: str | None = None,
) -> FastAPI:
    """Build the review queue app.

    ``secret_key`` signs session cookies; without one a random key is made, so sessions
    last until the process restarts (set one to survive restarts or run several workers).
    """
    app = FastAPI(
        title="Radar review queue",
        description="Alerts, decisions and their explanations; the JSON API lives under /api/.",
        docs_url=None,  # Swagger UI loads scripts from a CDN: not under our CSP
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.sessions = sessions
    app.state.clock = clock or utcnow
    app.state.templates = make_templates(settings.timezone)
    app.state.login_throttle = LoginThrottle(sessions, app.state.clock)
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret_key or secrets.token_urlsafe(48),
        session_cookie="radar_session",
        max_age=SESSION_MAX_AGE,
        same_site="lax",
        https_only=settings.review_base_url.startswith("https://"),
    )

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if request.url.path != "/static" and not request.url.path.startswith("/static/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, exc: LoginRequired) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        from urllib.parse import urlencode

        return RedirectResponse("/login?" + urlencode({"next": target}), status_code=303)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return _error_page(request, exc.status_code, exc.detail)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": _jsonable(exc.errors())}, status_code=422)
        return _error_page(request, 400, N_("invalid request"))

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(pages.router)
    app.include_router(api.router)
    app.include_router(backtest_pages.router)
    app.include_router(evidence.router)
    app.include_router(preferences.router)
    app.include_router(oidc.router)
    from radar.metrics import metrics_app

    app.mount("/metrics", metrics_app(sessions))
    if settings.web_trusted_proxies:
        # Added last, so outermost: every handler, and the login throttle, sees the client
        # that a trusted proxy names. Nobody else's X-Forwarded-For is believed.
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.web_trusted_proxies)
    return app


def _jsonable(errors: Any) -> Any:
    return [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in errors]


def _error_page(request: Request, status: int, message: object) -> Response:
    titles = {400: N_("Bad request"), 401: N_("Log in"), 403: N_("Forbidden"),
              404: N_("Not found"), 0: N_("Error")}
    _ = texts.request_gettext(request)
    return pages.render(request, "error.html", None, status, status=status,
                        title=_(titles.get(status, titles[0])),
                        message=texts.detail_text(message, texts.page_language(request, None)))
