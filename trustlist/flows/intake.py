"""The ``intake`` flow: every ready bundle in the inbox through ``process_bundle``, once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from contextvars import copy_context
from typing import cast

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

from trustlist.core.errors import StorageError
from trustlist.core.settings import Settings
from trustlist.flows.process import IntakeResult, process_bundle, quarantine_bundle, with_storage_retries
from trustlist.intake.inbox import InboxItem, list_inbox
from trustlist.intake.storage import ObjectStore, open_store


@task(cache_policy=NO_CACHE)
def poll_inbox(store: ObjectStore, settings: Settings) -> list[InboxItem]:
    store.ensure_buckets(settings.bucket_names())
    return list_inbox(store, settings)


@flow(name="intake", validate_parameters=False)
def intake_flow(settings: Settings | None = None) -> list[IntakeResult]:
    # The deployment's entry point: settings come from the environment here, once.
    settings = settings or Settings()
    store = open_store(settings)
    items = with_storage_retries(poll_inbox, settings)(store, settings)
    # Heartbeats tell a run that died from one still going: this intake run's own heartbeat
    # says it for every bundle run in this process. A bundle run's heartbeat would say nothing
    # more, and Prefect waits for its thread to stop, up to a second a bundle.
    with (
        temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}),
        ThreadPoolExecutor(settings.bundles_at_once, thread_name_prefix="bundle") as pool,
    ):
        # Each bundle run starts in a copy of this run's context, so that Prefect files it
        # as this run's sub-flow (a thread starts with an empty context, and one context
        # cannot be entered by two threads at once).
        runs = [pool.submit(copy_context().run, intake_one, store, item, settings) for item in items]
        return [run.result() for run in runs]


def intake_one(store: ObjectStore, item: InboxItem, settings: Settings) -> IntakeResult:
    """One inbox item through its own process_bundle run, and what became of it."""
    logger = get_run_logger()
    state = process_bundle(item, settings, return_state=True)
    # A finished run's result is what the flow returned, or the exception that ended it.
    outcome = cast("IntakeResult | BaseException", state.result(raise_on_failure=False))
    if isinstance(outcome, StorageError):
        # Storage trouble, or the lease lost to another worker: the bundle is still in
        # the inbox and the next poll takes it again; the run shows as failed.
        outcome = IntakeResult(bundle=item.key, status="failed", detail=str(outcome))
    elif isinstance(outcome, BaseException):
        # Failed before the bundle could even be identified (no lease can be claimed
        # for it): quarantined here, so that a bundle that breaks reading is not
        # retried on every poll.
        reason = f"processing failed: {state.message}"
        detail = with_storage_retries(quarantine_bundle, settings)(store, item, reason, settings)
        outcome = IntakeResult(bundle=item.key, status="quarantined", detail=detail)
    if state.is_failed():
        logger.error("%s: %s", item.key, state.message)
    logger.info("%s: %s %s", item.key, outcome.status, outcome.outcome or outcome.detail)
    return outcome


def intake(settings: Settings) -> list[str]:
    """Run the flow once and describe each bundle in a line (for the CLI)."""
    return [
        f"{o.bundle}\t{o.status}\t{o.outcome or ''}\t{','.join(o.failing)}\t{o.report_key or o.detail}"
        for o in intake_flow(settings)
    ]
