"""Sign-in sessions and CSRF protection for the reviewer web app.

The session is Starlette's signed cookie (itsdangerous: tamper-evident, readable by
its holder, so it carries no secret): HttpOnly, SameSite=Lax, Secure when configured.
It holds the username, the id of the session's record on the server
(``desk/sessions.py``: signing out ends it, so a copied cookie dies with it; it also
bounds the session's age), a fingerprint of the password hash and the session's CSRF
token. The account itself is read from the registry on every request, so disabling an
account, changing its agencies or its password takes effect at once: a changed
password ends every session signed in with the old one.

Every request that is not GET/HEAD/OPTIONS must carry the session's CSRF token in its
form; the check is an app-wide dependency, so a route added later cannot forget it.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from hmac import compare_digest

from fastapi import FastAPI, HTTPException, Request
from starlette.middleware.sessions import SessionMiddleware

from trustlist.core.errors import ConfigError
from trustlist.core.settings import Settings
from trustlist.desk import accounts, sessions
from trustlist.desk.accounts import Account
from trustlist.intake.storage import ObjectStore

log = logging.getLogger(__name__)

SESSION_COOKIE = "trustlist_session"
CSRF_FIELD = "csrf_token"
MIN_SECRET_CHARS = 32
MIN_SECRET_SYMBOLS = 10
# Every form of the app is a few kilobytes at most; a larger body is refused unread.
MAX_FORM_BYTES = 64 * 1024
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def session_secret(settings: Settings) -> str:
    """The configured secret; a random one in dev mode; otherwise ConfigError."""
    secret = settings.web_session_secret.get_secret_value()
    if secret:
        # Length alone lets "40 spaces" or a repeated letter through; a generated secret
        # (token_urlsafe, hex) has many different characters and no blanks.
        if (
            len(secret) < MIN_SECRET_CHARS
            or len(set(secret)) < MIN_SECRET_SYMBOLS
            or secret != "".join(secret.split())
        ):
            raise ConfigError(
                f"TRUSTLIST_WEB_SESSION_SECRET must have at least {MIN_SECRET_CHARS} characters, "
                f"{MIN_SECRET_SYMBOLS} of them different, and no spaces: generate one, "
                "e.g. `python -c 'import secrets; print(secrets.token_urlsafe(48))'`"
            )
        return secret
    if settings.web_dev:
        log.warning("TRUSTLIST_WEB_DEV: sessions are signed with a random secret and end with this process")
        return secrets.token_urlsafe(32)
    raise ConfigError(
        "TRUSTLIST_WEB_SESSION_SECRET is not set: the web app will not sign sessions with a known key. "
        "Set it (e.g. `python -c 'import secrets; print(secrets.token_urlsafe(48))'`), "
        "or set TRUSTLIST_WEB_DEV=true on a development machine for a throwaway one."
    )


def add_sessions(app: FastAPI, settings: Settings) -> None:
    app.add_middleware(
        SessionMiddleware,
        secret_key=session_secret(settings),
        session_cookie=SESSION_COOKIE,
        max_age=settings.web_session_max_age_s,
        same_site="lax",
        https_only=settings.web_cookie_secure,
    )


def csrf_token(request: Request) -> str:
    """The session's CSRF token, created with the session if need be."""
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(32)
    return token


async def check_csrf(request: Request) -> None:
    """403 unless a state-changing request's form carries the session's token (413 if huge)."""
    if request.method in SAFE_METHODS:
        return
    declared = request.headers.get("content-length")
    if declared is None or not declared.isdigit() or int(declared) > MAX_FORM_BYTES:
        raise HTTPException(413 if declared and declared.isdigit() else 411)
    expected = request.session.get("csrf")
    form = await request.form()
    sent = form.get(CSRF_FIELD)
    if not expected or not isinstance(sent, str) or not compare_digest(sent.encode(), expected.encode()):
        raise HTTPException(403)


def sign_in(request: Request, account: Account, store: ObjectStore, settings: Settings) -> None:
    """A fresh session for ``account``: nothing of the signed-out session carries over."""
    sign_out(request, store, settings)
    request.session.update(
        {
            "user": account.username,
            "sid": sessions.open_session(store, settings, account.username),
            "fp": fingerprint(account),
            "csrf": secrets.token_urlsafe(32),
        }
    )


def sign_out(request: Request, store: ObjectStore, settings: Settings) -> None:
    username, session_id = request.session.get("user"), request.session.get("sid")
    if isinstance(username, str) and isinstance(session_id, str):
        sessions.end_session(store, settings, username, session_id)
    request.session.clear()


def signed_in(request: Request, store: ObjectStore, settings: Settings) -> Account | None:
    """The signed-in reviewer's current account, or None (and the session ended) when the
    session is too old, the account is gone or disabled, or its password changed."""
    username = request.session.get("user")
    if not isinstance(username, str):
        return None
    session_id = request.session.get("sid")
    recorded = isinstance(session_id, str) and sessions.session_is_open(store, settings, username, session_id)
    account = accounts.get_account(store, settings, username) if recorded else None
    if account is None or account.disabled or request.session.get("fp") != fingerprint(account):
        sign_out(request, store, settings)
        return None
    return account


def fingerprint(account: Account) -> str:
    return hashlib.sha256(account.password_hash.encode()).hexdigest()[:32]
