"""The inbox and the archive: which bundles are ready, archiving them, and marking them done.

Order of events for one bundle (exactly once, nothing lost):
1. read the inbox objects and compute the bundle's SHA-256;
2. claim the bundle's lease (intake/lease.py): only its holder goes on;
3. skip it when it left the inbox meanwhile, or the archive says it was processed;
4. archive every object byte for byte under ``<sha256>/`` (never overwritten) and
   verify the copies by reading them back;
5. ... extraction, checks, report (elsewhere) ...;
6. write ``<sha256>/processed.json`` and only then remove the inbox objects;
7. release the lease.
A crash anywhere before 6 leaves the bundle in the inbox to be picked up again, by
another worker once the lease has expired. ``processed.json`` is the commit point:
every step before it can be redone, and is (the report of a redone bundle takes the
revision its earlier attempt wrote, see flows/process.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import PurePosixPath
from typing import Literal

from trustlist.core.errors import StorageError
from trustlist.core.keys import (
    PROCESSED,
    QUARANTINED_BUNDLE,
    REASON,
    REASON_TEXT,
    SOURCE,
    STAMP_FORMAT,
    archive_prefix,
    quarantine_entry,
    quarantine_key,
)
from trustlist.core.manifest import MANIFEST_NAME
from trustlist.core.models import Bundle
from trustlist.core.settings import Settings
from trustlist.intake import bundle as bundles
from trustlist.intake.storage import ObjectInfo, ObjectStore

_SAME_UPLOAD = timedelta(seconds=1)


@dataclass(frozen=True)
class InboxItem:
    """A candidate bundle in the inbox: one zip or file, or a folder's objects."""

    key: str  # "health/datasapa.zip" or "health/datasapa/"
    agency: str
    name: str
    kind: Literal["zip", "folder", "file"]
    objects: tuple[str, ...]
    landed_at: datetime  # the newest object's time: when the bundle was complete


def list_inbox(store: ObjectStore, settings: Settings) -> list[InboxItem]:
    folders: dict[str, list[ObjectInfo]] = {}
    items = []
    for info in store.list(settings.bucket_inbox):
        parts = PurePosixPath(info.key).parts
        agency = parts[0] if len(parts) > 1 else "unknown"
        if len(parts) >= 3:
            folders.setdefault("/".join(parts[:2]) + "/", []).append(info)
        else:
            kind: Literal["zip", "file"] = "zip" if info.key.lower().endswith(".zip") else "file"
            items.append(InboxItem(info.key, agency, parts[-1], kind, (info.key,), info.last_modified))
    for prefix, infos in folders.items():
        agency, name = prefix.rstrip("/").split("/", 1)
        newest = max(i.last_modified for i in infos)
        items.append(InboxItem(prefix, agency, name, "folder", tuple(i.key for i in infos), newest))
    return sorted(items, key=lambda i: i.key)


def load(
    store: ObjectStore, item: InboxItem, settings: Settings, now: datetime | None = None
) -> Bundle | None:
    """The bundle, or None when a folder is not ready yet (no manifest, or files still arriving)."""
    if item.kind == "zip":
        return bundles.from_zip(
            item.key, item.agency, store.get(settings.bucket_inbox, item.key), item.landed_at, settings
        )
    if item.kind == "file":
        data = store.get(settings.bucket_inbox, item.key)
        entry = bundles.RawEntry(item.name, data)
        return bundles.assemble(
            item.key, item.agency, bundles.sha256(data), [entry], item.landed_at, settings.timezone
        )
    manifest_key = item.key + MANIFEST_NAME
    if manifest_key not in item.objects:
        return None
    entries = [
        bundles.RawEntry(k.removeprefix(item.key), store.get(settings.bucket_inbox, k)) for k in item.objects
    ]
    bundle = bundles.from_entries(item.key, item.agency, entries, item.landed_at, settings)
    arriving = any(p.kind == "manifest" and p.file != MANIFEST_NAME for p in bundle.problems)
    age = ((now or datetime.now(UTC)) - item.landed_at).total_seconds()
    if arriving and age < settings.folder_grace_s:
        return None
    return bundle


def unchanged(store: ObjectStore, item: InboxItem, settings: Settings) -> bool:
    """Whether every object of ``item`` is still in the inbox as listed: none removed
    (another worker finished the bundle) and none uploaded again since."""
    for key in item.objects:
        info = store.stat(settings.bucket_inbox, key)
        # A stat (HEAD) gives whole seconds where a listing may give milliseconds: only
        # a clearly later time is an upload since, or the bundle would never be taken.
        if info is None or info.last_modified - item.landed_at >= _SAME_UPLOAD:
            return False
    return True


def remove(store: ObjectStore, item: InboxItem, settings: Settings) -> None:
    for key in item.objects:
        store.delete(settings.bucket_inbox, key)


def is_processed(store: ObjectStore, sha256: str, settings: Settings) -> bool:
    return store.exists(settings.bucket_archive, archive_prefix(sha256) + PROCESSED)


def archive(store: ObjectStore, item: InboxItem, bundle: Bundle, settings: Settings) -> list[str]:
    """Copy the inbox objects into the archive under the bundle's SHA-256 and verify them."""
    keys = []
    for key in item.objects:
        data = store.get(settings.bucket_inbox, key)
        target = archive_prefix(bundle.sha256) + key
        store.put_if_absent(settings.bucket_archive, target, data)
        if bundles.sha256(store.get(settings.bucket_archive, target)) != bundles.sha256(data):
            raise StorageError(f"archive copy of {key} differs from the original")
        keys.append(target)
    source = {"inbox_key": item.key, "agency": item.agency, "received_at": bundle.received_at.isoformat()}
    store.put_if_absent(settings.bucket_archive, archive_prefix(bundle.sha256) + SOURCE, _json(source))
    return keys


def finish(store: ObjectStore, item: InboxItem, bundle: Bundle, report_key: str, settings: Settings) -> None:
    """Mark the bundle processed, then remove it from the inbox (its archive copy is verified)."""
    marker = {"report": report_key, "processed_at": datetime.now(UTC).isoformat()}
    store.put_if_absent(settings.bucket_archive, archive_prefix(bundle.sha256) + PROCESSED, _json(marker))
    remove(store, item, settings)


def _json(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def quarantine(store: ObjectStore, item: InboxItem, reason: str, settings: Settings) -> str:
    """Move a bundle that cannot be processed to quarantine, with its reason for machines and people.

    The inbox objects are copied first and removed only once every copy exists.
    """
    stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
    entry = quarantine_entry(item.key, stamp)
    for key in item.objects:
        store.copy(
            settings.bucket_inbox,
            key,
            settings.bucket_quarantine,
            quarantine_key(entry, QUARANTINED_BUNDLE + key),
        )
    record = {"inbox_key": item.key, "reason": reason, "quarantined_at": stamp, "objects": list(item.objects)}
    store.put(settings.bucket_quarantine, quarantine_key(entry, REASON), _json(record), "application/json")
    text = f"Bundle {item.key} was quarantined at {stamp}.\nReason: {reason}\n"
    store.put(
        settings.bucket_quarantine,
        quarantine_key(entry, REASON_TEXT),
        text.encode("utf-8"),
        "text/plain; charset=utf-8",
    )
    remove(store, item, settings)
    return entry + "/"
