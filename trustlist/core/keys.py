"""Where each record lives in the object store: the one module that writes and reads keys.

    reports     {agency}/{application_id}/r{revision}/report.json | report.html | notice.pdf
                .../r{revision}/report.v{n}.json: each version once reviewers' corrections
                were checked again (report.json is the current one)
    registry    decisions/{agency}/{application_id}/{decided_at}-{unique}.json
                waivers/{agency}/{application_id}/{waived_at}-{unique}.json
                corrections/{agency}/{application_id}/{corrected_at}-{unique}.json
                sessions/{username}/{session id}.json
                published/{agency}/v{n}.json | .csv | .html, published/{agency}/latest.json
    archive     {sha256}/{inbox keys...}, {sha256}/source.json, {sha256}/processed.json,
                {sha256}/lease-{generation}.json
    quarantine  {inbox key}@{stamp}/bundle/{inbox keys...}, .../reason.json | reason.txt | retried.json

Agency codes and application ids come from bundles and, in the web app, from URLs, so
every key built from them checks that each is one segment (``segment``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

REPORT = "report.json"
REPORT_HTML = "report.html"
NOTICE = "notice.pdf"


def report_version_name(version: int) -> str:
    """The name under which version ``version`` of a revision's report is kept."""
    return f"report.v{version}.json"


DECISIONS = "decisions/"
WAIVERS = "waivers/"
CORRECTIONS = "corrections/"
SESSIONS = "sessions/"
PUBLISHED = "published/"
SOURCE = "source.json"
PROCESSED = "processed.json"
LEASE_PREFIX = "lease-"
REASON = "reason.json"
REASON_TEXT = "reason.txt"
RETRIED = "retried.json"
QUARANTINED_BUNDLE = "bundle/"
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"

_REVISION_OBJECT = re.compile(
    r"(?P<agency>[^/]+)/(?P<application_id>[^/]+)/r(?P<revision>[1-9][0-9]*)/(?P<name>[^/]+)"
)
_PUBLISHED_VERSION = re.compile(r"v(?P<n>[1-9][0-9]*)\.(?P<ext>json|csv|html)")
# Anchored on both sides, so a reason.json inside a quarantined bundle (".../bundle/...")
# is never taken for an entry; an entry is one or two segments, as inbox keys are.
_QUARANTINE_ENTRY = re.compile(r"(?P<id>[^/]+(?:/[^/]+)?@(?P<stamp>\d{8}T\d{6}Z))/" + re.escape(REASON))


def segment(value: str, what: str) -> str:
    """``value`` if it can be one segment of a storage key, else ValueError: a ``/`` or
    ``..`` in an agency code or an application id must not reach another's records."""
    if not value or value in (".", "..") or any(c in value for c in "/\\\x00") or not value.isprintable():
        raise ValueError(f"{what} {value!r} cannot name a storage folder")
    return value


# --- reports ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RevisionObject:
    """One object of an application's revision in the reports bucket."""

    agency: str
    application_id: str
    revision: int
    name: str  # REPORT, REPORT_HTML or NOTICE


def agency_prefix(agency: str) -> str:
    return f"{segment(agency, 'agency')}/"


def application_prefix(agency: str, application_id: str) -> str:
    return f"{agency_prefix(agency)}{segment(application_id, 'application_id')}/"


def revision_key(agency: str, application_id: str, revision: int, name: str = REPORT) -> str:
    return f"{application_prefix(agency, application_id)}r{revision}/{name}"


def parse_revision_key(key: str) -> RevisionObject | None:
    """The revision object a reports key names; None for any other key."""
    match = _REVISION_OBJECT.fullmatch(key)
    if match is None:
        return None
    return RevisionObject(match["agency"], match["application_id"], int(match["revision"]), match["name"])


# --- registry ---------------------------------------------------------------------------


def records_prefix(kind: str, agency: str, application_id: str) -> str:
    """Where an application's reviewer records of ``kind`` (DECISIONS, WAIVERS) are kept."""
    return kind + application_prefix(agency, application_id)


def record_key(kind: str, agency: str, application_id: str, at: datetime, unique: str) -> str:
    """A new record's key: keys sort by the record's time."""
    return f"{records_prefix(kind, agency, application_id)}{at.strftime('%Y%m%dT%H%M%S%fZ')}-{unique}.json"


def record_application(kind: str, key: str) -> tuple[str, str] | None:
    """The (agency, application_id) whose folder a record key of ``kind`` sits in."""
    parts = key.removeprefix(kind).split("/") if key.startswith(kind) else []
    return (parts[0], parts[1]) if len(parts) == 3 and all(parts) else None


def sessions_prefix(username: str) -> str:
    return f"{SESSIONS}{segment(username, 'username')}/"


def session_key(username: str, session_id: str) -> str:
    return f"{sessions_prefix(username)}{segment(session_id, 'session id')}.json"


def published_prefix(agency: str) -> str:
    return PUBLISHED + agency_prefix(agency)


def published_key(agency: str, version: int, ext: str) -> str:
    return f"{published_prefix(agency)}v{version}.{ext}"


def latest_published_key(agency: str) -> str:
    return f"{published_prefix(agency)}latest.json"


def parse_published_key(key: str, agency: str) -> tuple[int, str] | None:
    """(version, extension) of one of the agency's published files; None for latest.json
    and anything else."""
    match = _PUBLISHED_VERSION.fullmatch(key.removeprefix(published_prefix(agency)))
    return (int(match["n"]), match["ext"]) if match else None


def published_agency(key: str) -> str | None:
    """The agency a key under published/ belongs to."""
    parts = key.removeprefix(PUBLISHED).split("/")
    return parts[0] if key.startswith(PUBLISHED) and len(parts) > 1 else None


# --- archive ----------------------------------------------------------------------------


def archive_prefix(sha256: str) -> str:
    return f"{sha256}/"


def lease_prefix(sha256: str) -> str:
    return f"{archive_prefix(sha256)}{LEASE_PREFIX}"


def lease_key(sha256: str, generation: int) -> str:
    # Zero-padded so that key order (the order listings come in) is generation order.
    return f"{lease_prefix(sha256)}{generation:010d}.json"


# --- quarantine -------------------------------------------------------------------------


def quarantine_entry(inbox_key: str, stamp: str) -> str:
    """The entry id of a bundle quarantined at ``stamp`` (STAMP_FORMAT)."""
    return f"{inbox_key.rstrip('/')}@{stamp}"


def quarantine_key(entry_id: str, name: str) -> str:
    """REASON, REASON_TEXT or RETRIED of the entry, or QUARANTINED_BUNDLE + an original's key."""
    return f"{entry_id}/{name}"


def quarantine_entries(keys: Iterable[str]) -> list[tuple[str, str]]:
    """(entry id, stamp) of every quarantine entry among ``keys``: those with a reason.json."""
    return [(m["id"], m["stamp"]) for k in keys if (m := _QUARANTINE_ENTRY.fullmatch(k))]
