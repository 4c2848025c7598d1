"""A lease per bundle: the one worker allowed to process it, for a limited time.

Every worker polling the inbox sees every bundle. Before it archives one, a worker
claims the bundle's lease (keyed by the bundle's SHA-256, so the same bytes dropped
twice are one bundle); the others leave it alone while the lease is held. A lease
that is not renewed expires, so a worker that crashed cannot hold a bundle forever.

Layout: ``<sha256>/lease-<generation>.json`` in the archive bucket, beside the bundle's
archive copy and its ``processed.json``: one small object per generation, created with
``put_if_absent`` and never overwritten or deleted, so the archive keeps who worked on
a bundle and when (and an archive prefix without ``processed.json`` is a bundle in
progress, as ``trustlist status`` reads it). The newest generation says
who holds the bundle and until when. Claiming, taking over an expired lease, renewing
and releasing all create the *next* generation, so of any number of workers racing
for the same step exactly one wins: S3's ``If-None-Match: *`` or ``link()`` on disk
decides, where a read-then-write would let two workers both see "expired" and both
take over.

Renewal: the holder renews between documents and before it writes the report, once
less than half of ``lease_ttl_s`` is left. Gaps between renewals are therefore one
document's extraction, so the TTL must exceed the slowest document plus the storage
retry budget; the default of 600 s leaves a wide margin over the ~1.5 s an OCR page
takes here. Renewing on a timer thread instead would keep a hung worker's lease alive.

Clocks: expiry compares the time the holder wrote into the record with the reader's
clock, so workers need synchronised clocks (NTP); a skew of seconds is far below the TTL.

A lease only says who should work on a bundle; whether the work is still to be done
is decided after claiming (the bundle still in the inbox, no processed marker): a
worker that read the bundle before another finished it claims a released lease and
finds nothing left to do.
"""

from __future__ import annotations

import os
import socket
import uuid
from datetime import datetime, timedelta

from pydantic import BaseModel, ConfigDict, ValidationError

from trustlist.core.errors import StorageError
from trustlist.core.keys import lease_key, lease_prefix
from trustlist.intake.storage import ObjectStore

# Distinguishes two processes that got the same pid on the same host (containers).
_BOOT = uuid.uuid4().hex[:8]


def this_worker() -> str:
    """The owner name of leases claimed by this process.

    Computed per call so that a forked child is not mistaken for its parent. One process
    processes one bundle at a time (the intake flow is sequential), so a lease that names
    this process but is not in hand is left over from a failed run and may be taken back.
    """
    return f"{socket.gethostname()}/{os.getpid()}/{_BOOT}"


class Lease(BaseModel):
    """One generation of a bundle's lease, as stored."""

    model_config = ConfigDict(frozen=True)

    sha256: str
    generation: int
    owner: str
    # Shared by every generation one claimant writes: tells its own earlier write
    # (a retried request whose answer was lost) from another worker's.
    token: str
    written_at: datetime
    expires_at: datetime
    released: bool = False

    def held(self, now: datetime) -> bool:
        return not self.released and now < self.expires_at

    def key(self) -> str:
        return lease_key(self.sha256, self.generation)


def current(store: ObjectStore, bucket: str, sha256: str) -> Lease | None:
    """The newest generation of the bundle's lease, or None if it was never claimed."""
    newest = None
    for info in store.list(bucket, lease_prefix(sha256)):
        newest = info.key
    return None if newest is None else _read(store, bucket, newest)


def claim(
    store: ObjectStore, bucket: str, sha256: str, owner: str, ttl_s: float, now: datetime
) -> Lease | None:
    """The bundle's lease for ``owner``, or None while another worker holds it."""
    held = current(store, bucket, sha256)
    if held is not None and held.held(now) and held.owner != owner:
        return None
    lease = Lease(
        sha256=sha256,
        generation=held.generation + 1 if held else 1,
        owner=owner,
        token=uuid.uuid4().hex,
        written_at=now,
        expires_at=now + timedelta(seconds=ttl_s),
    )
    return lease if _create(store, bucket, lease) else None


def renew(store: ObjectStore, bucket: str, lease: Lease, ttl_s: float, now: datetime) -> Lease | None:
    """The lease extended by ``ttl_s`` from now, or None if another worker has taken it over."""
    renewed = lease.model_copy(
        update={
            "generation": lease.generation + 1,
            "written_at": now,
            "expires_at": now + timedelta(seconds=ttl_s),
        }
    )
    return renewed if _create(store, bucket, renewed) else None


def keep(store: ObjectStore, bucket: str, lease: Lease, ttl_s: float, now: datetime) -> Lease | None:
    """The lease with at least half of ``ttl_s`` left (renewed if needed), or None if it was lost.

    With half the TTL in hand nobody else can take it over before then, so the holder
    may write without asking the store again.
    """
    if lease.expires_at - now > timedelta(seconds=ttl_s / 2):
        return lease
    return renew(store, bucket, lease, ttl_s, now)


def release(store: ObjectStore, bucket: str, lease: Lease, now: datetime) -> bool:
    """Free the bundle for others; False if the lease was no longer ours to release.

    Works from the newest generation, not from ``lease``, so the caller may pass the
    lease as first claimed, whatever renewals followed.
    """
    held = current(store, bucket, lease.sha256)
    if held is None or held.token != lease.token or held.released:
        return False
    freed = held.model_copy(
        update={"generation": held.generation + 1, "written_at": now, "expires_at": now, "released": True}
    )
    return _create(store, bucket, freed)


def _create(store: ObjectStore, bucket: str, lease: Lease) -> bool:
    data = lease.model_dump_json(indent=2).encode()
    if store.put_if_absent(bucket, lease.key(), data, "application/json"):
        return True
    # The generation exists: another worker won it, or an earlier attempt of ours did
    # and only its answer was lost (the request is retried after a network error).
    return _read(store, bucket, lease.key()).token == lease.token


def _read(store: ObjectStore, bucket: str, key: str) -> Lease:
    try:
        return Lease.model_validate_json(store.get(bucket, key))
    except ValidationError as exc:
        raise StorageError(f"lease record s3://{bucket}/{key} is not valid: {exc}") from exc
