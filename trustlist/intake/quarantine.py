"""Quarantined bundles for operators: list them, and send them back to the inbox.

The layout is the one ``inbox.quarantine`` writes, one entry per quarantining::

    <agency>/<name>@<stamp>/bundle/<original inbox keys>
    <agency>/<name>@<stamp>/reason.json   {"inbox_key", "reason", "quarantined_at", "objects"}
    <agency>/<name>@<stamp>/reason.txt

A retry copies the originals back under their inbox keys, so the next intake takes the bundle
as if the agency had dropped it again, and records itself in ``retried.json`` beside
``reason.json``. Nothing in quarantine is ever deleted, and nothing in the inbox is ever
overwritten: an object already at one of the keys (the agency sent the bundle again) stops
the retry.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from trustlist.core.errors import ObjectNotFound, QuarantineError
from trustlist.core.keys import (
    QUARANTINED_BUNDLE,
    REASON,
    RETRIED,
    STAMP_FORMAT,
    quarantine_entries,
    quarantine_key,
)
from trustlist.core.manifest import MANIFEST_NAME
from trustlist.core.settings import Settings
from trustlist.intake.storage import ObjectStore


class ReasonRecord(BaseModel):
    """reason.json as inbox.quarantine writes it."""

    model_config = ConfigDict(extra="ignore")

    inbox_key: str = Field(min_length=1)
    reason: str
    quarantined_at: str
    objects: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _objects_belong_to_the_bundle(self) -> ReasonRecord:
        # A retry writes these keys into the inbox: they must be the bundle's own.
        folder = self.inbox_key.endswith("/")
        strays = [
            k for k in self.objects if not (k.startswith(self.inbox_key) if folder else k == self.inbox_key)
        ]
        if strays:
            raise ValueError(f"objects outside the bundle {self.inbox_key!r}: {strays}")
        return self


class Retry(BaseModel):
    retried_at: str
    objects: list[str]


class RetryHistory(BaseModel):
    model_config = ConfigDict(extra="ignore")

    retries: list[Retry] = []


@dataclass(frozen=True)
class Quarantined:
    """One quarantine entry; ``problem`` says why it cannot be retried (its reason.json is unusable)."""

    id: str  # "health/datasapa.zip@20260302T101500Z"
    inbox_key: str
    quarantined_at: datetime
    reason: str
    objects: tuple[str, ...]
    retries: tuple[Retry, ...] = ()
    problem: str | None = None

    @property
    def reason_line(self) -> str:
        return self.reason.strip().splitlines()[0] if self.reason.strip() else ""


def list_quarantined(store: ObjectStore, settings: Settings) -> list[Quarantined]:
    """Every entry, oldest first."""
    keys = {info.key for info in store.list(settings.bucket_quarantine)}
    entries = sorted(quarantine_entries(keys), key=lambda e: (e[1], e[0]))
    return [
        _read_entry(store, settings, id_, retried=quarantine_key(id_, RETRIED) in keys) for id_, _ in entries
    ]


def _read_entry(store: ObjectStore, settings: Settings, entry_id: str, retried: bool) -> Quarantined:
    when = datetime.strptime(entry_id.rsplit("@", 1)[1], STAMP_FORMAT).replace(tzinfo=UTC)
    fallback_key = entry_id.rsplit("@", 1)[0]
    try:
        record = ReasonRecord.model_validate(
            json.loads(store.get(settings.bucket_quarantine, quarantine_key(entry_id, REASON)))
        )
        history = _history(store, settings, entry_id) if retried else RetryHistory()
    except (UnicodeDecodeError, json.JSONDecodeError, ValidationError) as exc:
        return Quarantined(
            entry_id,
            fallback_key,
            when,
            "",
            (),
            problem=f"unreadable {REASON} or {RETRIED}: {_describe(exc)}",
        )
    return Quarantined(
        entry_id, record.inbox_key, when, record.reason, tuple(record.objects), tuple(history.retries)
    )


def select(entries: list[Quarantined], key: str) -> Quarantined:
    """The entry named ``key``: its id, or the inbox key of the bundle (then its newest entry)."""
    exact = [e for e in entries if e.id == key]
    if exact:
        return exact[0]
    wanted = {key, key.rstrip("/") + "/"}  # a folder bundle may be named with or without its slash
    by_inbox_key = [e for e in entries if e.inbox_key in wanted]
    if not by_inbox_key:
        raise QuarantineError(f"no quarantined bundle {key!r} (see `trustlist quarantine list`)")
    return max(by_inbox_key, key=lambda e: e.quarantined_at)


def pending(entries: list[Quarantined]) -> list[Quarantined]:
    """What ``retry --all`` sends back: entries never retried, only the newest of each inbox key."""
    newest: dict[str, Quarantined] = {}
    for entry in entries:
        if entry.inbox_key not in newest or entry.quarantined_at >= newest[entry.inbox_key].quarantined_at:
            newest[entry.inbox_key] = entry
    return [e for e in newest.values() if not e.retries and e.problem is None]


def retry(
    store: ObjectStore, settings: Settings, entry: Quarantined, now: datetime | None = None
) -> list[str]:
    """Copy the entry's originals back into the inbox under their keys; the inbox keys written."""
    if entry.problem:
        raise QuarantineError(f"{entry.id}: cannot be retried: {entry.problem}")
    occupied = [k for k in entry.objects if store.exists(settings.bucket_inbox, k)]
    if occupied:
        raise QuarantineError(
            f"{entry.id}: not retried: the inbox already holds {', '.join(occupied)} "
            "(a newer upload?); it is never overwritten"
        )
    restored: list[str] = []
    # A folder's manifest last, as an agency writes it: the folder is not taken half restored.
    for key in sorted(entry.objects, key=lambda k: k == entry.inbox_key + MANIFEST_NAME):
        try:
            data = store.get(settings.bucket_quarantine, quarantine_key(entry.id, QUARANTINED_BUNDLE + key))
        except ObjectNotFound:
            raise QuarantineError(f"{entry.id}: the quarantined copy of {key} is missing") from None
        # If-absent: an upload racing this retry wins, and the retry stops.
        if not store.put_if_absent(settings.bucket_inbox, key, data):
            raise QuarantineError(
                f"{entry.id}: {key} appeared in the inbox during the retry; "
                f"stopped, having restored {restored or 'nothing'}"
            )
        restored.append(key)
    _record(store, settings, entry, restored, now or datetime.now(UTC))
    return restored


def _record(
    store: ObjectStore, settings: Settings, entry: Quarantined, restored: list[str], now: datetime
) -> None:
    history = RetryHistory(retries=[*entry.retries, Retry(retried_at=now.isoformat(), objects=restored)])
    data = {"inbox_key": entry.inbox_key, **history.model_dump()}
    store.put(
        settings.bucket_quarantine,
        quarantine_key(entry.id, RETRIED),
        json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"),
        "application/json",
    )


def _history(store: ObjectStore, settings: Settings, entry_id: str) -> RetryHistory:
    try:
        raw = store.get(settings.bucket_quarantine, quarantine_key(entry_id, RETRIED))
    except ObjectNotFound:
        return RetryHistory()
    return RetryHistory.model_validate(json.loads(raw))


def _describe(exc: ValueError) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(f"{'.'.join(map(str, e['loc'])) or 'record'}: {e['msg']}" for e in exc.errors())
    return str(exc).splitlines()[0]
