"""The ``intake`` flow: every ready bundle in the inbox through ``process_bundle``, once."""

from __future__ import annotations

from prefect import flow, get_run_logger

from flows.process import IntakeResult, process_bundle
from pipeline.inbox import list_inbox, quarantine
from pipeline.settings import Settings
from pipeline.storage import open_store


@flow(name="intake", validate_parameters=False)
def intake_flow(settings: Settings | None = None) -> list[IntakeResult]:
    # The deployment's entry point: settings come from the environment here, once.
    settings = settings or Settings()
    logger = get_run_logger()
    store = open_store(settings)
    store.ensure_buckets(settings.bucket_names())
    outcomes = []
    for item in list_inbox(store, settings):
        state = process_bundle(item, settings, return_state=True)
        if state.is_completed():
            outcome = state.result()
        else:
            # A bug in one bundle's processing must not stop the others, nor lose the
            # bundle: it goes to quarantine with the error, and the run shows as failed.
            reason = f"processing failed: {state.message}"
            outcome = IntakeResult(
                bundle=item.key, status="quarantined", detail=quarantine(store, item, reason, settings)
            )
            logger.error("%s: %s", item.key, reason)
        logger.info("%s: %s %s", item.key, outcome.status, outcome.outcome or outcome.detail)
        outcomes.append(outcome)
    return outcomes


def intake(settings: Settings) -> list[str]:
    """Run the flow once and describe each bundle in a line (for the CLI)."""
    return [
        f"{o.bundle}\t{o.status}\t{o.outcome or ''}\t{','.join(o.failing)}\t{o.report_key or o.detail}"
        for o in intake_flow(settings)
    ]
