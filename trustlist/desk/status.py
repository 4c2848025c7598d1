"""``trustlist status``: the inbox backlog, bundles in progress, quarantine and review deadlines.

Read-only, and cheap enough to run often: it lists the buckets and reads small objects
(folder manifests, ``source.json`` markers, the latest report of each application); it never
reads or hashes a bundle's documents. So a folder counts as not ready by the names its
manifest lists, not their SHA-256: a file whose bytes are still changing counts as waiting.

Unfinished bundles are the archive prefixes without ``processed.json`` (the marker the flow
writes once the report is written). One whose lease (intake/lease.py) a worker holds is in
progress; one archived whose lease has expired or was released is interrupted if it is still
in the inbox (the next poll resumes it) and stopped if not (quarantined after archiving, or
removed by hand).

Deadlines come from the latest report of each application (SPEC §6 ``review_due``), for the
applications whose latest revision no reviewer has decided on yet (desk/registry.py).
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ValidationError

from trustlist.core.errors import BundleError, ObjectNotFound, RegistryError
from trustlist.core.keys import LEASE_PREFIX, PROCESSED, REPORT, SOURCE, archive_prefix, parse_revision_key
from trustlist.core.manifest import MANIFEST_NAME, parse_manifest
from trustlist.core.report import Deadlines, Outcome, ReportModel
from trustlist.core.settings import Settings
from trustlist.core.workdays import WorkCalendar
from trustlist.desk import registry
from trustlist.intake import inbox, lease
from trustlist.intake.bundle import safe_name
from trustlist.intake.quarantine import list_quarantined
from trustlist.intake.storage import ObjectInfo, ObjectStore

NEAR_WORKING_DAYS = 2  # a review due within this many working days is "near"


class Backlog(BaseModel):
    waiting: list[str] = []  # the next intake takes these
    not_ready: list[str] = []  # folders without their manifest, or with listed files still to come


class Unfinished(BaseModel):
    """A bundle claimed or archived whose processed marker is not written yet."""

    sha256: str
    inbox_key: str | None  # from source.json: None until the archive copy is complete
    since: datetime  # its first object in the archive (lease or copy)
    owner: str | None = None  # the worker holding its lease, while one does
    lease_expires: datetime | None = None


class QuarantineLine(BaseModel):
    id: str
    inbox_key: str
    quarantined_at: datetime
    reason: str  # first line
    retries: int


class DeadlineLine(BaseModel):
    agency: str
    application_id: str
    revision: int
    outcome: Outcome
    received: date
    review_due: date
    working_days_left: int  # 0 on the day it is due, negative once past


class Status(BaseModel):
    today: date
    inbox: Backlog
    in_progress: list[Unfinished]  # a worker holds its lease
    interrupted: list[Unfinished]  # archived, no live lease, still in the inbox: the next poll resumes it
    stopped: list[Unfinished]  # archived, no live lease, gone from the inbox without a report
    quarantined: list[QuarantineLine]
    deadlines: list[DeadlineLine]  # near or past, most urgent first
    problems: list[str] = []  # objects that could not be read (a broken report...)


class _ReportHead(ReportModel):
    """The part of a report that status needs."""

    application_id: str
    revision: int
    agency: str
    outcome: Outcome
    deadlines: Deadlines


def collect(store: ObjectStore, settings: Settings, now: datetime | None = None) -> Status:
    now = now or datetime.now(UTC)
    today = now.astimezone(ZoneInfo(settings.timezone)).date()
    items = inbox.list_inbox(store, settings)
    running, interrupted, stopped = unfinished(store, settings, {item.key for item in items}, now)
    deadlines, problems = near_deadlines(
        store, settings, today, WorkCalendar.from_file(settings.calendar_transfers)
    )
    return Status(
        today=today,
        inbox=backlog(store, settings, items, now),
        in_progress=running,
        interrupted=interrupted,
        stopped=stopped,
        quarantined=[
            QuarantineLine(
                id=e.id,
                inbox_key=e.inbox_key,
                quarantined_at=e.quarantined_at,
                reason=e.problem or e.reason_line,
                retries=len(e.retries),
            )
            for e in list_quarantined(store, settings)
        ],
        deadlines=deadlines,
        problems=problems,
    )


def backlog(store: ObjectStore, settings: Settings, items: list[inbox.InboxItem], now: datetime) -> Backlog:
    result = Backlog()
    for item in items:
        (result.waiting if is_ready(store, settings, item, now) else result.not_ready).append(item.key)
    return result


def is_ready(store: ObjectStore, settings: Settings, item: inbox.InboxItem, now: datetime) -> bool:
    """inbox.load's rule by names only: a folder needs its manifest and, within the grace, its files."""
    if item.kind != "folder":
        return True
    manifest_key = item.key + MANIFEST_NAME
    if manifest_key not in item.objects:
        return False
    if (now - item.landed_at).total_seconds() >= settings.folder_grace_s:
        return True
    try:
        listed = {
            safe_name(f.name) for f in parse_manifest(store.get(settings.bucket_inbox, manifest_key)).files
        }
    except BundleError:
        return True  # a broken manifest (ManifestError) or file name: processed, and BND-02 says so
    present = {key.removeprefix(item.key) for key in item.objects}
    return listed <= present


def unfinished(
    store: ObjectStore, settings: Settings, inbox_keys: set[str], now: datetime
) -> tuple[list[Unfinished], list[Unfinished], list[Unfinished]]:
    """(in progress, interrupted, stopped), each oldest first."""
    by_sha: dict[str, list[ObjectInfo]] = defaultdict(list)
    for info in store.list(settings.bucket_archive):
        by_sha[info.key.split("/", 1)[0]].append(info)
    running: list[Unfinished] = []
    interrupted: list[Unfinished] = []
    stopped: list[Unfinished] = []
    for sha, infos in sorted(by_sha.items(), key=lambda entry: min(i.last_modified for i in entry[1])):
        names = {info.key.split("/", 1)[-1] for info in infos}
        if PROCESSED in names:
            continue
        claimed = any(name.startswith(LEASE_PREFIX) for name in names)
        held = lease.current(store, settings.bucket_archive, sha) if claimed else None
        entry = Unfinished(
            sha256=sha,
            inbox_key=_source_key(store, settings, sha) if SOURCE in names else None,
            since=min(info.last_modified for info in infos),
        )
        if held is not None and held.held(now):
            running.append(entry.model_copy(update={"owner": held.owner, "lease_expires": held.expires_at}))
        elif entry.inbox_key is not None:
            (interrupted if entry.inbox_key in inbox_keys else stopped).append(entry)
        # else: claimed and let go before anything was archived (nothing left to do, or
        # storage failed first): if the bundle is still in the inbox, the backlog shows it.
    return running, interrupted, stopped


def _source_key(store: ObjectStore, settings: Settings, sha: str) -> str | None:
    try:
        source = json.loads(store.get(settings.bucket_archive, archive_prefix(sha) + SOURCE))
    except (ObjectNotFound, ValueError):
        return None
    key = source.get("inbox_key") if isinstance(source, dict) else None
    return key if isinstance(key, str) else None


def near_deadlines(
    store: ObjectStore, settings: Settings, today: date, calendar: WorkCalendar
) -> tuple[list[DeadlineLine], list[str]]:
    """Undecided applications due within NEAR_WORKING_DAYS or overdue; what could not be read."""
    latest: dict[tuple[str, str], tuple[int, str]] = {}
    for info in store.list(settings.bucket_reports):
        found = parse_revision_key(info.key)
        if found is None or found.name != REPORT:
            continue
        application = (found.agency, found.application_id)
        if application not in latest or found.revision > latest[application][0]:
            latest[application] = (found.revision, info.key)
    lines, problems = [], []
    for _revision, key in sorted(latest.values(), key=lambda v: v[1]):
        try:
            head = _ReportHead.model_validate(json.loads(store.get(settings.bucket_reports, key)))
            received = date.fromisoformat(head.deadlines.received)
            due = date.fromisoformat(head.deadlines.review_due)
        except (ValueError, ValidationError) as exc:  # JSON and ISO dates raise ValueError subclasses
            problems.append(f"{settings.bucket_reports}/{key}: {str(exc).splitlines()[0]}")
            continue
        left = calendar.working_days_between(today, due)
        if left > NEAR_WORKING_DAYS:
            continue
        try:
            decided = _decided(store, settings, head)
        except RegistryError as exc:
            # Shown anyway: a deadline must not hide behind a record nobody can read.
            problems.append(str(exc).splitlines()[0])
            decided = False
        if not decided:
            lines.append(
                DeadlineLine(
                    agency=head.agency,
                    application_id=head.application_id,
                    revision=head.revision,
                    outcome=head.outcome,
                    received=received,
                    review_due=due,
                    working_days_left=left,
                )
            )
    return sorted(lines, key=lambda d: (d.working_days_left, d.review_due, d.application_id)), problems


def _decided(store: ObjectStore, settings: Settings, head: _ReportHead) -> bool:
    """Whether a reviewer has decided on this revision (a resubmission reopens the review)."""
    decisions = registry.decisions_for(store, settings, head.agency, head.application_id)
    return registry.status_of(head.revision, decisions) != "awaiting_review"


def render(status: Status) -> str:
    """The human form of ``trustlist status``."""
    out = [f"Status on {status.today.isoformat()}", ""]
    out.append(
        f"Inbox: {len(status.inbox.waiting)} bundle(s) waiting, {len(status.inbox.not_ready)} not ready yet"
    )
    out += [f"  {key}" for key in status.inbox.waiting]
    out += [f"  {key}  (not ready: manifest or listed files still missing)" for key in status.inbox.not_ready]
    out.append(f"In progress: {len(status.in_progress)}")
    out += [
        f"  {r.inbox_key or '(being archived)'}  sha256 {r.sha256[:12]}  since {_time(r.since)}"
        f"  worker {r.owner}, lease until {_time(r.lease_expires or r.since)}"
        for r in status.in_progress
    ]
    if status.interrupted:
        out.append(f"Interrupted (still in the inbox, the next poll resumes them): {len(status.interrupted)}")
        out += [_unfinished(r) for r in status.interrupted]
    if status.stopped:
        out.append(f"Stopped (archived, not processed, no longer in the inbox): {len(status.stopped)}")
        out += [_unfinished(r) for r in status.stopped]
    pending = sum(1 for q in status.quarantined if q.retries == 0)
    out.append(f"Quarantined: {len(status.quarantined)} ({pending} never retried)")
    out += [
        f"  {q.id}  {_time(q.quarantined_at)}  {q.reason}"
        + (f"  [retried {q.retries}x]" if q.retries else "")
        for q in status.quarantined
    ]
    out.append(f"Review deadlines within {NEAR_WORKING_DAYS} working days or past: {len(status.deadlines)}")
    out += [f"  {_deadline(d)}" for d in status.deadlines]
    if status.problems:
        out.append(f"Unreadable: {len(status.problems)}")
        out += [f"  {p}" for p in status.problems]
    return "\n".join(out)


def _unfinished(r: Unfinished) -> str:
    return f"  {r.inbox_key}  sha256 {r.sha256[:12]}  since {_time(r.since)}"


def _deadline(d: DeadlineLine) -> str:
    if d.working_days_left < 0:
        when = f"PAST by {-d.working_days_left} working day(s)"
    elif d.working_days_left == 0:
        when = "due TODAY"
    else:
        when = f"{d.working_days_left} working day(s) left"
    return (
        f"{d.agency}/{d.application_id} r{d.revision}  due {d.review_due.isoformat()}  {when}"
        f"  (received {d.received.isoformat()}, {d.outcome})"
    )


def _time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
