"""One-click unsubscribe tokens and the research mailbox address, shared by mail and web.

The digest renderer puts a token into each unsubscribe URL and the review queue verifies
it; both must agree byte for byte, and ``radar mail`` should not import the web app to
compute it, so the scheme lives here (radar.web.preferences explains when it is offered).
"""

from __future__ import annotations

import hashlib
import hmac
from email.utils import parseaddr

from radar_core.config import Settings

TOKEN_CONTEXT = b"radar.unsubscribe.v1"


def research_address(settings: Settings) -> str:
    """The research mailbox's bare, lower-cased address."""
    _name, addr = parseaddr(settings.research_mailbox)
    return (addr or settings.research_mailbox).strip().lower()


def _token_key(settings: Settings) -> bytes | None:
    if settings.web_secret_key is None:
        return None
    secret = settings.web_secret_key.get_secret_value().encode("utf-8")
    if not secret:
        return None
    return hmac.new(secret, TOKEN_CONTEXT, hashlib.sha256).digest()


def unsubscribe_token(settings: Settings, email: str) -> str | None:
    """The one-click token for ``email``; None when no ``web_secret_key`` is set."""
    key = _token_key(settings)
    if key is None:
        return None
    return hmac.new(key, email.strip().lower().encode("utf-8"), hashlib.sha256).hexdigest()


def verify_unsubscribe_token(settings: Settings, email: str, token: str) -> bool:
    """True when ``token`` is the one-click token of ``email`` (constant-time compare)."""
    expected = unsubscribe_token(settings, email)
    if expected is None or not token:
        return False
    return hmac.compare_digest(expected.encode("ascii"), token.encode("utf-8", "replace"))
