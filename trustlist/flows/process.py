"""The ``process_bundle`` flow: read, claim, archive, extract each document, validate, report.

Thin by design: every task calls one function of ``compose.process``/``inbox``/``lease``, the
same functions ``trustlist check`` runs without Prefect.

Coarse by design: each task is a step an operator watches in the UI (read, claim, check,
archive, extract, validate, report). A task run costs ~5 ms of this process's CPU and, as
the API records it, 3-25 ms of the API's (scripts/env.sh), so a bundle's files are one
extract step with a log line each, and the lease is kept between them without task runs.

Exactly once: the bundle is read, then its lease claimed (intake/lease.py); a worker
that does not get the lease leaves the bundle alone. Every step that touches storage is
retried with backoff (``storage_retry_delays_s``), and each can be redone: the
archive is written with put_if_absent and verified, a report is written under the
revision an earlier attempt at the same bundle took, and ``processed.json`` is the
commit point before the inbox objects go. So a storage outage longer than the retries
fails the run with the bundle still in the inbox, and the next poll finishes it.
"""

from __future__ import annotations

import functools
import json
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, ParamSpec, TypeVar, cast

from prefect import Task, flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.states import Failed, State
from pydantic import BaseModel

from trustlist.compose.html import evidence_crops, render_html
from trustlist.compose.logs import process_bundle_run_name
from trustlist.compose.process import Pipeline, identify, page_store
from trustlist.core.errors import ObjectNotFound, StorageError
from trustlist.core.keys import REPORT, REPORT_HTML, application_prefix, parse_revision_key, revision_key
from trustlist.core.models import Bundle, Document
from trustlist.core.report import CheckResult, Report
from trustlist.core.settings import Settings
from trustlist.intake import inbox, lease
from trustlist.intake.inbox import InboxItem
from trustlist.intake.lease import Lease
from trustlist.intake.storage import ObjectStore, open_store

if TYPE_CHECKING:
    from trustlist.extractors.pageimages import PageImages

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")


class IntakeResult(BaseModel):
    """What became of one inbox item (the report has its own outcome)."""

    bundle: str
    # processed, skipped, not_ready, leased (another worker holds it), quarantined,
    # failed (storage trouble or a lost lease: still in the inbox for the next poll)
    status: str
    outcome: str | None = None
    failing: list[str] = []
    report_key: str | None = None
    detail: str = ""


def with_storage_retries(step: Task[P, R], settings: Settings) -> Task[P, R]:
    """``step`` retried with the configured backoff: a MinIO restart must not fail a bundle."""
    return cast("Task[P, R]", _retried(step, tuple(settings.storage_retry_delays_s)))


@functools.cache
def _retried(step: Task, delays: tuple[float, ...]) -> Task:
    # Built once per step and backoff, not per call: with_options copies the task each time.
    return step.with_options(
        retries=len(delays), retry_delay_seconds=list(delays), retry_condition_fn=_worth_retrying
    )


def _worth_retrying(step: Task, run: object, state: State) -> bool:
    return worth_retrying(state.result(raise_on_failure=False))


def worth_retrying(error: object) -> bool:
    """Storage trouble passes; a bug does not, and goes to quarantine without waiting.

    A missing object stays missing: typically a bundle another worker finished and
    removed from the inbox between our listing and our reading it.
    """
    return isinstance(error, StorageError) and not isinstance(error, ObjectNotFound)


def storage_call(call: Callable[[], T], settings: Settings) -> T:
    """``call()`` with the storage steps' retries and backoff, for a storage call inside a
    step (the lease kept between documents), where a task run of its own would cost more
    than the call."""
    delays = settings.storage_retry_delays_s
    for attempt, delay in enumerate(delays, start=1):
        try:
            return call()
        except StorageError as exc:
            if not worth_retrying(exc):
                raise
            # Worded as Prefect words a task's retry, so one search finds both in the logs.
            get_run_logger().warning(
                "Retry %d/%d will start %g second(s) from now: %s", attempt, len(delays), delay, exc
            )
            time.sleep(delay)
    return call()


@task(cache_policy=NO_CACHE)
def read_bundle(store: ObjectStore, item: InboxItem, settings: Settings) -> Bundle | None:
    return inbox.load(store, item, settings)


@task(cache_policy=NO_CACHE)
def claim_lease(store: ObjectStore, sha256: str, settings: Settings) -> Lease | None:
    return lease.claim(
        store, settings.bucket_archive, sha256, lease.this_worker(), settings.lease_ttl_s, datetime.now(UTC)
    )


@task(cache_policy=NO_CACHE)
def nothing_to_do(store: ObjectStore, item: InboxItem, bundle: Bundle, settings: Settings) -> str | None:
    """Why the claimed bundle needs no processing, or None.

    Another worker may have finished it between our reading it and our claiming the
    lease it had released; what it left behind must not be touched.
    """
    if not inbox.unchanged(store, item, settings):
        return "left the inbox, or was uploaded again, since it was listed"
    if inbox.is_processed(store, bundle.sha256, settings):
        inbox.remove(store, item, settings)
        return f"SHA-256 {bundle.sha256} already archived and processed"
    return None


@task(cache_policy=NO_CACHE)
def archive_bundle(store: ObjectStore, item: InboxItem, bundle: Bundle, settings: Settings) -> None:
    inbox.archive(store, item, bundle, settings)


@task(cache_policy=NO_CACHE)
def extract_documents(
    store: ObjectStore, pipeline: Pipeline, bundle: Bundle, held: Lease, kept: PageImages
) -> tuple[list[Document], Lease]:
    """Every file's documents, read as ``Pipeline.check_bundle`` reads them (the pages OCR
    reads go into ``kept``), and the lease kept after each file; a line per file tells the
    operator what it held."""
    logger = get_run_logger()
    documents: list[Document] = []
    for file, found in pipeline.extract_each(bundle.files, kept):
        read = ", ".join(f"{d.type} ({d.pages} p., {d.text_source})" for d in found)
        logger.info("%s: %s", file.name, read or "no document")
        documents.extend(found)
        held = renewed(store, held, pipeline.settings)
    return pipeline.as_printed(documents), held


@task(cache_policy=NO_CACHE)
def validate(pipeline: Pipeline, bundle: Bundle, documents: list[Document]) -> list[CheckResult]:
    return pipeline.validate(bundle, documents)


@task(cache_policy=NO_CACHE)
def write_report(
    store: ObjectStore,
    pipeline: Pipeline,
    item: InboxItem,
    bundle: Bundle,
    documents: list[Document],
    checks: list[CheckResult],
    kept: PageImages,
) -> tuple[Report, str]:
    """The report, as JSON and as HTML with its evidence crops cut from ``kept`` (emptied
    then) or rendered, and the bundle finished in the inbox."""
    settings = pipeline.settings
    application_id = identify(bundle, documents)
    revision, previous = next_revision(store, settings, bundle.agency, application_id, bundle.sha256)
    report = pipeline.report(bundle, documents, checks, revision, application_id, previous)
    report_key = revision_key(bundle.agency, application_id, revision)
    data = report.model_dump_json(indent=2).encode()
    if not store.put_if_absent(settings.bucket_reports, report_key, data, "application/json"):
        written = Report.model_validate_json(store.get(settings.bucket_reports, report_key))
        if written.bundle.sha256 != bundle.sha256:
            # Another bundle of the same application took this revision meanwhile; the
            # task's retry numbers this one again rather than overwrite that report.
            raise StorageError(f"reports/{report_key} was just written for another bundle")
        store.put(settings.bucket_reports, report_key, data, "application/json")
    crops = evidence_crops(report, {f.name: f.data for f in bundle.files}, pipeline.reading, kept)
    store.put(
        settings.bucket_reports,
        revision_key(bundle.agency, application_id, revision, REPORT_HTML),
        render_html(report, crops=crops).encode(),
        "text/html; charset=utf-8",
    )
    inbox.finish(store, item, bundle, report_key, settings)
    return report, report_key


@task(cache_policy=NO_CACHE)
def quarantine_bundle(store: ObjectStore, item: InboxItem, reason: str, settings: Settings) -> str:
    return inbox.quarantine(store, item, reason, settings)


def next_revision(
    store: ObjectStore, settings: Settings, agency: str, application_id: str, sha256: str
) -> tuple[int, Report | None]:
    """The revision this bundle becomes, and the previous revision's report if any.

    When the latest revision is this very bundle's (an earlier attempt wrote it and
    stopped before its processed marker), that revision is written again: a bundle
    processed twice must not become two revisions.
    """
    revisions = sorted(
        found.revision
        for info in store.list(settings.bucket_reports, application_prefix(agency, application_id))
        if (found := parse_revision_key(info.key)) and found.name == REPORT
    )
    reports = [_revision(store, settings, agency, application_id, r) for r in revisions[-2:]]
    if not reports:
        return 1, None
    if reports[-1].bundle.sha256 != sha256:
        return revisions[-1] + 1, reports[-1]
    return revisions[-1], reports[-2] if len(reports) == 2 else None


def _revision(
    store: ObjectStore, settings: Settings, agency: str, application_id: str, revision: int
) -> Report:
    key = revision_key(agency, application_id, revision)
    return Report.model_validate(json.loads(store.get(settings.bucket_reports, key)))


def summary_markdown(report: Report, key: str) -> str:
    failing = [c for c in report.checks if c.status == "fail"]
    rows = (
        "\n".join(f"| {c.code} | {c.severity} | {c.message.en} |" for c in failing)
        or "| — | — | no failing checks |"
    )
    return (
        f"# {report.agency} / {report.application_id} / r{report.revision}: **{report.outcome}**\n\n"
        f"Received {report.deadlines.received}, review due **{report.deadlines.review_due}**. "
        f"Report: `{key}`\n\n| code | severity | finding |\n|---|---|---|\n{rows}\n"
    )


@flow(name="process-bundle", flow_run_name=process_bundle_run_name, validate_parameters=False)
def process_bundle(item: InboxItem, settings: Settings) -> IntakeResult | State:
    store = open_store(settings)
    try:
        bundle = with_storage_retries(read_bundle, settings)(store, item, settings)
    except ObjectNotFound:
        return IntakeResult(bundle=item.key, status="skipped", detail="left the inbox since it was listed")
    if bundle is None:
        return IntakeResult(
            bundle=item.key, status="not_ready", detail="manifest or listed files still missing"
        )
    held = with_storage_retries(claim_lease, settings)(store, bundle.sha256, settings)
    if held is None:
        return IntakeResult(
            bundle=item.key, status="leased", detail=f"another worker holds the lease on {bundle.sha256}"
        )
    try:
        return process_claimed(store, item, bundle, held, settings)
    except StorageError:
        raise  # an outage or a lost lease: the bundle stays in the inbox for the next poll
    except Exception as exc:  # noqa: BLE001 - a bug in one bundle's processing must not stop the
        # others nor lose the bundle: it goes to quarantine, while its lease is still held.
        return quarantined(store, item, exc, settings)
    finally:
        release(store, held, settings)


def process_claimed(
    store: ObjectStore, item: InboxItem, bundle: Bundle, held: Lease, settings: Settings
) -> IntakeResult:
    logger = get_run_logger()
    skipped = with_storage_retries(nothing_to_do, settings)(store, item, bundle, settings)
    if skipped:
        logger.info("%s: %s; skipped", item.key, skipped)
        return IntakeResult(bundle=item.key, status="skipped", detail=skipped)
    with_storage_retries(archive_bundle, settings)(store, item, bundle, settings)
    pipeline = Pipeline(settings, store=store)  # the store also holds the extraction cache
    # The pages OCR reads of this bundle, for its report's crops; an object in this process,
    # handed from task to task (none is cached), and let go when the report is written.
    kept = page_store(settings.bundles_at_once)
    documents, held = extract_documents(store, pipeline, bundle, held, kept)
    checks = validate(pipeline, bundle, documents)
    renewed(store, held, settings)  # the report is written with at least half the TTL in hand
    report, key = with_storage_retries(write_report, settings)(
        store, pipeline, item, bundle, documents, checks, kept
    )
    create_markdown_artifact(
        markdown=summary_markdown(report, key),
        key=f"report-{report.agency}-{report.application_id}".lower().replace("_", "-")[:100],
        description=f"{report.outcome}: {item.key}",
    )
    return IntakeResult(
        bundle=item.key,
        status="processed",
        outcome=report.outcome,
        failing=report.failing_codes(),
        report_key=key,
    )


def renewed(store: ObjectStore, held: Lease, settings: Settings) -> Lease:
    """The lease with at least half the TTL left; StorageError if another worker has it now."""
    kept = storage_call(
        lambda: lease.keep(store, settings.bucket_archive, held, settings.lease_ttl_s, datetime.now(UTC)),
        settings,
    )
    if kept is None:
        # Refused by the store's conditional write: our lease expired and another
        # worker took the bundle over. It finishes the bundle; we must not.
        raise StorageError(
            f"lease on {held.sha256} was taken over by another worker "
            f"(lease_ttl_s={settings.lease_ttl_s:g} too short for this bundle?)"
        )
    return kept


def quarantined(store: ObjectStore, item: InboxItem, exc: Exception, settings: Settings) -> State:
    """Quarantine the bundle and fail the run visibly, carrying the IntakeResult for the intake."""
    reason = f"processing failed: {type(exc).__name__}: {exc}"
    get_run_logger().error("%s: %s", item.key, reason, exc_info=exc)
    prefix = with_storage_retries(quarantine_bundle, settings)(store, item, reason, settings)
    result = IntakeResult(bundle=item.key, status="quarantined", detail=prefix)
    return Failed(message=f"{reason}; quarantined as {prefix}", data=result)


def release(store: ObjectStore, held: Lease, settings: Settings) -> None:
    # Best effort: after a storage outage this fails too, and the lease then expires
    # (or is taken back by this worker's next poll).
    try:
        lease.release(store, settings.bucket_archive, held, datetime.now(UTC))
    except StorageError as exc:
        get_run_logger().warning("lease on %s left to expire: %s", held.sha256, exc)
