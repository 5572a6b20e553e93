"""Sign-in through an OpenID Connect provider (authlib): authorization code with PKCE.

``/login/oidc`` sends the browser to the provider with a fresh state, nonce and PKCE
verifier (S256), kept in the signed session cookie; ``/login/oidc/callback`` takes the
code back, checks the state, exchanges the code (with the verifier) for tokens and has
authlib verify the ID token: its signature against the provider's JWKS (found through the
discovery document), issuer, audience, expiry and nonce. The claims then name the user,
whose groups map to a role (``radar.external_users``); a person in no mapped group is
refused with a page that says so. The provider must put the groups claim in the ID token.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any

import httpx
from authlib.integrations.base_client import OAuthError
from authlib.integrations.starlette_client import OAuth, StarletteOAuth2App
from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from joserfc.errors import JoseError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from radar.external_users import Identity, Refused, provision
from radar.web import auth
from radar.web.auth import db_session
from radar.web.pages import local_path, render
from radar.web.texts import detail_text, page_language, request_gettext
from radar_core.config import Settings
from radar_core.i18n import N_
from reports.report_text import phrase

log = logging.getLogger(__name__)
router = APIRouter()
CALLBACK = "/login/oidc/callback"
SESSION_NEXT = "oidc_next"
DB = Annotated[Session, Depends(db_session)]


def client(request: Request) -> StarletteOAuth2App:
    """The app's OIDC client, made on first use (it caches the discovery document and JWKS)."""
    settings: Settings = request.app.state.settings
    if not settings.oidc_enabled:
        raise HTTPException(404, N_("single sign-on is not configured"))
    existing = getattr(request.app.state, "oidc", None)
    if existing is not None:
        return existing
    oauth = OAuth()
    secret = settings.oidc_client_secret.get_secret_value() if settings.oidc_client_secret else None
    app: StarletteOAuth2App = oauth.register(
        "radar",
        client_id=settings.oidc_client_id,
        client_secret=secret,
        server_metadata_url=f"{settings.oidc_issuer}/.well-known/openid-configuration",
        client_kwargs={"scope": settings.oidc_scopes, "code_challenge_method": "S256",
                       "timeout": 10},
    )
    request.app.state.oidc = app
    return app


def _failure(request: Request, status: int, message: object) -> Response:
    _ = request_gettext(request)
    return render(request, "error.html", None, status, status=status, title=_("Sign-in failed"),
                  message=detail_text(message, page_language(request, None)))


@router.get("/login/oidc")
async def start(request: Request, next: str = "/") -> Response:
    """Send the browser to the provider's authorization endpoint."""
    oidc = client(request)
    settings: Settings = request.app.state.settings
    request.session[SESSION_NEXT] = local_path(next)
    try:
        response: Response = await oidc.authorize_redirect(
            request, settings.review_base_url.rstrip("/") + CALLBACK)
    except (httpx.HTTPError, OAuthError, ValueError, KeyError) as exc:
        log.warning("OIDC provider unavailable: %s", exc)
        return _failure(request, 503, phrase(N_("the sign-in provider cannot be reached: {error}"),
                                             error=str(exc)))
    return response


def identity_from_claims(settings: Settings, claims: dict[str, Any]) -> Identity:
    """The person an ID token names; ``Refused`` when it lacks what Radar needs."""
    username = claims.get(settings.oidc_username_claim)
    if not isinstance(username, str) or not username.strip():
        raise Refused(f"the provider sent no {settings.oidc_username_claim!r} claim to name you.")
    groups = claims.get(settings.oidc_groups_claim) or []
    if isinstance(groups, str):
        groups = [groups]
    email = claims.get("email")
    if not isinstance(email, str) or claims.get("email_verified") is False:
        email = None
    return Identity(source="oidc", external_id=f"{claims['iss']} {claims['sub']}",
                    username=username.strip(), email=email,
                    groups=tuple(str(g) for g in groups if isinstance(g, str | int)))


@router.get(CALLBACK)
async def callback(request: Request, session: DB) -> Response:
    """Check the provider's answer and sign the user in."""
    oidc = client(request)
    settings: Settings = request.app.state.settings
    try:
        token = await oidc.authorize_access_token(request)
    except OAuthError as exc:  # also a state that this browser did not start
        log.warning("OIDC sign-in refused: %s", exc)
        return _failure(request, 401, phrase(N_("sign-in refused: {error}"),
                                             error=f"{exc.error} {exc.description or ''}"))
    except JoseError as exc:  # signature, issuer, audience, expiry or nonce
        log.warning("OIDC ID token refused: %s", exc)
        return _failure(request, 401, phrase(N_("the provider's ID token was not accepted: {error}"),
                                             error=str(exc)))
    except httpx.HTTPError as exc:
        log.warning("OIDC provider unavailable: %s", exc)
        return _failure(request, 503, phrase(N_("the sign-in provider cannot be reached: {error}"),
                                             error=str(exc)))
    claims = token.get("userinfo")
    if not claims:
        return _failure(request, 401, N_("the provider sent no ID token"))
    try:
        identity = identity_from_claims(settings, dict(claims))
        user = await run_in_threadpool(provision, session, identity, settings.oidc_role_map,
                                       request.app.state.clock())
    except Refused as exc:
        log.warning("OIDC sign-in of %s refused: %s", claims.get("sub"), exc.reason)
        return _failure(request, 403, exc.reason)
    target = local_path(request.session.pop(SESSION_NEXT, None))
    await run_in_threadpool(auth.log_in, request, session, user)
    return RedirectResponse(target, status_code=303)
