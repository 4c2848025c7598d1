"""Sign-in sessions recorded on the server, so that signing out ends a session for good.

The session cookie is signed, but whoever holds a copy holds the session: without a
record here, a cookie captured before sign-out would still open the queue and record
decisions. Each sign-in writes ``registry/sessions/{username}/{session id}.json``;
signing out marks it ended; every request checks it. A session also ends when it is
older than ``web_session_max_age_s``, and (in ``web/auth.py``) when its account is
disabled or its password changes. A user's records older than the maximum age are
removed at their next sign-in: they can no longer open anything.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

from pydantic import BaseModel

from trustlist.core.errors import ObjectNotFound
from trustlist.core.keys import session_key, sessions_prefix
from trustlist.core.settings import Settings
from trustlist.intake.storage import ObjectStore


class SessionRecord(BaseModel):
    username: str
    started_at: datetime
    ended_at: datetime | None = None


def open_session(store: ObjectStore, settings: Settings, username: str, now: datetime | None = None) -> str:
    """A new session of ``username``; its id, for the cookie."""
    now = now or datetime.now(UTC)
    _forget_expired(store, settings, username, now)
    session_id = secrets.token_urlsafe(24)
    record = SessionRecord(username=username, started_at=now)
    store.put(
        settings.bucket_registry,
        session_key(username, session_id),
        record.model_dump_json().encode(),
        "application/json",
    )
    return session_id


def session_is_open(
    store: ObjectStore, settings: Settings, username: str, session_id: str, now: datetime | None = None
) -> bool:
    record = _read(store, settings, username, session_id)
    if record is None or record.ended_at is not None or record.username != username:
        return False
    age = (now or datetime.now(UTC)) - record.started_at
    return timedelta(0) <= age < timedelta(seconds=settings.web_session_max_age_s)


def end_session(
    store: ObjectStore, settings: Settings, username: str, session_id: str, now: datetime | None = None
) -> None:
    record = _read(store, settings, username, session_id)
    if record is None or record.ended_at is not None:
        return
    ended = record.model_copy(update={"ended_at": now or datetime.now(UTC)})
    store.put(
        settings.bucket_registry,
        session_key(username, session_id),
        ended.model_dump_json().encode(),
        "application/json",
    )


def _read(store: ObjectStore, settings: Settings, username: str, session_id: str) -> SessionRecord | None:
    try:
        data = store.get(settings.bucket_registry, session_key(username, session_id))
        return SessionRecord.model_validate_json(data)
    except (ObjectNotFound, ValueError):
        # No such session, an id that cannot be a key, or a damaged record (pydantic's
        # ValidationError is a ValueError): not open.
        return None


def _forget_expired(store: ObjectStore, settings: Settings, username: str, now: datetime) -> None:
    oldest = now - timedelta(seconds=settings.web_session_max_age_s)
    for info in list(store.list(settings.bucket_registry, sessions_prefix(username))):
        if info.last_modified < oldest:
            store.delete(settings.bucket_registry, info.key)
