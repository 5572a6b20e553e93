"""E-mail preferences and unsubscribe: the pages every RM digest links to.

``/preferences`` lets an RM switch their digest on or off and choose the least severe
alert worth a mail; ``/unsubscribe`` confirms and switches it off. Both need a login:
an RM may change only their own ``rm_email``, an admin anyone's, an analyst nobody's
(403). Forms carry the session's CSRF token like every other form of the app.

One-click unsubscribe (RFC 8058) is offered only when ``settings.web_secret_key`` is set.
The mail's unsubscribe URL then carries ``token``, an HMAC-SHA256 over the lower-cased
address with a key derived from that secret (``HMAC(secret, "radar.unsubscribe.v1")``,
so the token can never double as a session signature). A POST with a valid token
unsubscribes without a login or CSRF token: the token itself proves the request comes
from the mailbox's owner (or their mail client), and a forger cannot compute it. A GET
never changes anything, whatever it carries. Tokens do not expire (an old mail's link
must keep working); rotating the secret revokes them all. Without a secret there is no
token, the mail omits ``List-Unsubscribe-Post`` and every change needs a login.

The research mailbox is the catch-all that makes sure no alert falls through the
cracks, so its preferences cannot be changed here (400).
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from radar.web import auth
from radar.web.auth import check_form_csrf, db_session
from radar.web.pages import PageUser, render
from radar_core.addresses import normalize_email
from radar_core.config import Settings
from radar_core.db.models import MailPreference, User
from radar_core.i18n import N_
from reports.report_text import phrase
from reports.tokens import research_address, verify_unsubscribe_token

log = logging.getLogger(__name__)
router = APIRouter()
DB = Annotated[Session, Depends(db_session)]

SEVERITIES: tuple[str, ...] = ("low", "medium", "high", "critical")
DEFAULT_SEVERITY = "low"
ONE_CLICK_BY = "one-click unsubscribe"

def get_preference(session: Session, email: str) -> MailPreference | None:
    """The stored row for ``email`` (any case), or None: the defaults apply."""
    return session.scalars(
        select(MailPreference).where(MailPreference.email == email.strip().lower())
    ).first()


def save_preference(
    session: Session, email: str, *, subscribed: bool, min_severity: str, by: str, when: datetime
) -> MailPreference:
    """Create or update the row for ``email``, stamped with who and when."""
    if min_severity not in SEVERITIES:
        raise ValueError(f"min_severity: must be one of {', '.join(SEVERITIES)}")
    row = get_preference(session, email)
    if row is None:
        row = MailPreference(email=email)
        session.add(row)
    row.subscribed = subscribed
    row.min_severity = min_severity
    row.updated_at = when
    row.updated_by = by
    session.flush()
    log.info("mail preferences of %s: subscribed=%s min_severity=%s (by %s)",
             row.email, subscribed, min_severity, by)
    return row


def target_email(user: User, requested: object) -> str:
    """Whose preferences ``user`` may see and change: their own, or anyone's for an admin.

    Raises 403 for analysts and for an RM asking about another mailbox, 400 for a
    malformed address; an RM who names no address gets their own.
    """
    if user.role not in ("rm", "admin"):
        raise HTTPException(status_code=403, detail=N_("only RMs and admins have e-mail preferences"))
    raw = str(requested or "").strip()
    own = normalize_email(user.rm_email)
    if not raw:
        if not own:
            raise HTTPException(status_code=400, detail=N_("name the mailbox: ?email=address"))
        return own
    email = normalize_email(raw)
    if not email:
        raise HTTPException(status_code=400, detail=N_("not an e-mail address"))
    if user.role != "admin" and email != own:
        raise HTTPException(status_code=403, detail=N_("you may change only your own e-mail preferences"))
    return email


def _writable(settings: Settings, email: str) -> None:
    if email == research_address(settings):
        raise HTTPException(status_code=400,
                            detail=N_("the research mailbox always receives every alert"))


def _redirect(email: str, **extra: str) -> RedirectResponse:
    return RedirectResponse("/preferences?" + urlencode({"email": email, **extra}), status_code=303)


@router.get("/preferences", response_class=HTMLResponse)
def preferences_page(request: Request, user: PageUser, session: DB,
                     email: str = "", saved: str = "") -> HTMLResponse:
    settings: Settings = request.app.state.settings
    if user.role == "admin" and not email.strip() and not normalize_email(user.rm_email):
        return render(request, "preferences.html", user, email="", pref=None,
                      severities=SEVERITIES, saved=False, research=False)
    address = target_email(user, email)
    return render(request, "preferences.html", user, email=address,
                  pref=get_preference(session, address), severities=SEVERITIES,
                  saved=bool(saved), research=address == research_address(settings))


@router.post("/preferences", dependencies=[Depends(check_form_csrf)])
async def preferences_save(request: Request, user: PageUser, session: DB) -> Response:
    form = await request.form()
    address = target_email(user, form.get("email"))
    _writable(request.app.state.settings, address)
    severity = str(form.get("min_severity") or DEFAULT_SEVERITY)
    if severity not in SEVERITIES:
        raise HTTPException(status_code=400, detail=phrase(N_("min_severity: one of {choices}"),
                                                         choices=", ".join(SEVERITIES)))
    save_preference(session, address, subscribed=form.get("subscribed") == "on",
                    min_severity=severity, by=user.username, when=request.app.state.clock())
    session.commit()
    return _redirect(address, saved="1")


@router.get("/unsubscribe", response_class=HTMLResponse)
def unsubscribe_page(request: Request, user: PageUser, session: DB, email: str = "") -> HTMLResponse:
    address = target_email(user, email)
    _writable(request.app.state.settings, address)
    pref = get_preference(session, address)
    return render(request, "preferences_unsubscribe.html", user, email=address,
                  already=pref is not None and not pref.subscribed)


@router.post("/unsubscribe")
async def unsubscribe(request: Request, session: DB, email: str = "", token: str = "") -> Response:
    settings: Settings = request.app.state.settings
    clock = request.app.state.clock
    if token:
        # RFC 8058 one-click: the token is the credential; no session, no CSRF token.
        address = normalize_email(email)
        if not address or not verify_unsubscribe_token(settings, address, token):
            raise HTTPException(status_code=403, detail=N_("invalid or expired unsubscribe link"))
        _writable(settings, address)
        pref = get_preference(session, address)
        save_preference(session, address, subscribed=False,
                        min_severity=pref.min_severity if pref else DEFAULT_SEVERITY,
                        by=ONE_CLICK_BY, when=clock())
        session.commit()
        return render(request, "preferences_done.html", None, email=address)
    user = auth.session_user(request, session)
    if user is None:
        raise auth.LoginRequired()
    form = await request.form()
    auth.check_csrf(request, form.get(auth.CSRF_FIELD))
    address = target_email(user, form.get("email") or email)
    _writable(settings, address)
    pref = get_preference(session, address)
    save_preference(session, address, subscribed=False,
                    min_severity=pref.min_severity if pref else DEFAULT_SEVERITY,
                    by=user.username, when=clock())
    session.commit()
    return _redirect(address, saved="1")
