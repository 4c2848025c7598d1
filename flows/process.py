"""The ``process_bundle`` flow: read and archive, extract each document, validate, report.

Thin by design: every task calls one function of ``pipeline``/``inbox``, the same
functions ``trustlist check`` runs without Prefect.
"""

from __future__ import annotations

import json

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from pydantic import BaseModel

from pipeline import inbox
from pipeline.html import render_html
from pipeline.inbox import InboxItem
from pipeline.logs import process_bundle_run_name
from pipeline.models import Bundle, BundleFile, Document
from pipeline.process import Pipeline, identify
from pipeline.report import CheckResult, Report
from pipeline.settings import Settings
from pipeline.storage import ObjectStore, open_store

# Storage calls retry with backoff: a MinIO restart must not fail a bundle.
STORAGE_RETRIES = {"retries": 4, "retry_delay_seconds": [1, 3, 10, 30]}


class IntakeResult(BaseModel):
    """What became of one inbox item (the report has its own outcome)."""

    bundle: str
    status: str  # processed, skipped, not_ready
    outcome: str | None = None
    failing: list[str] = []
    report_key: str | None = None
    detail: str = ""


@task(cache_policy=NO_CACHE, **STORAGE_RETRIES)
def read_and_archive(store: ObjectStore, item: InboxItem, settings: Settings) -> Bundle | None:
    bundle = inbox.load(store, item, settings)
    if bundle is not None and not inbox.is_processed(store, bundle.sha256, settings):
        inbox.archive(store, item, bundle, settings)
    return bundle


@task(cache_policy=NO_CACHE)
def extract_document(pipeline: Pipeline, file: BundleFile) -> list[Document]:
    return pipeline.extract(file)


@task(cache_policy=NO_CACHE)
def validate(pipeline: Pipeline, bundle: Bundle, documents: list[Document]) -> list[CheckResult]:
    return pipeline.validate(bundle, documents)


@task(cache_policy=NO_CACHE, **STORAGE_RETRIES)
def write_report(
    store: ObjectStore,
    pipeline: Pipeline,
    item: InboxItem,
    bundle: Bundle,
    documents: list[Document],
    checks: list[CheckResult],
) -> tuple[Report, str]:
    settings = pipeline.settings
    application_id = identify(bundle, documents)
    revision, previous = next_revision(store, settings, bundle.agency, application_id)
    report = pipeline.report(bundle, documents, checks, revision, application_id, previous)
    prefix = f"{bundle.agency}/{application_id}/r{revision}/"
    store.put(
        settings.bucket_reports,
        prefix + "report.json",
        report.model_dump_json(indent=2).encode(),
        "application/json",
    )
    store.put(
        settings.bucket_reports,
        prefix + "report.html",
        render_html(report).encode(),
        "text/html; charset=utf-8",
    )
    inbox.finish(store, item, bundle, prefix + "report.json", settings)
    return report, prefix + "report.json"


def next_revision(
    store: ObjectStore, settings: Settings, agency: str, application_id: str
) -> tuple[int, Report | None]:
    """The revision this bundle becomes, and the previous revision's report if any."""
    revisions = sorted(
        int(info.key.split("/")[2][1:])
        for info in store.list(settings.bucket_reports, f"{agency}/{application_id}/")
        if info.key.endswith("/report.json")
    )
    if not revisions:
        return 1, None
    previous = store.get(settings.bucket_reports, f"{agency}/{application_id}/r{revisions[-1]}/report.json")
    return revisions[-1] + 1, Report.model_validate(json.loads(previous))


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
def process_bundle(item: InboxItem, settings: Settings) -> IntakeResult:
    logger = get_run_logger()
    store = open_store(settings)
    pipeline = Pipeline(settings)
    bundle = read_and_archive(store, item, settings)
    if bundle is None:
        return IntakeResult(
            bundle=item.key, status="not_ready", detail="manifest or listed files still missing"
        )
    if inbox.is_processed(store, bundle.sha256, settings):
        logger.info("%s: SHA-256 %s already archived and processed; skipped", item.key, bundle.sha256)
        for key in item.objects:
            store.delete(settings.bucket_inbox, key)
        return IntakeResult(bundle=item.key, status="skipped", detail=f"already processed as {bundle.sha256}")
    documents = [
        d for docs in extract_document.map(pipeline=pipeline, file=bundle.files).result() for d in docs
    ]
    checks = validate(pipeline, bundle, documents)
    report, key = write_report(store, pipeline, item, bundle, documents, checks)
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
