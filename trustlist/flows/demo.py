"""``trustlist demo``: the sample bundles through the intake flow on the embedded default."""

from __future__ import annotations

from sample_docs.evaluate import BUNDLES, EXPECTED_SUFFIX, sample_settings
from trustlist.core.settings import Settings
from trustlist.flows.intake import intake_flow
from trustlist.intake.storage import open_store


def seed_inbox(settings: Settings) -> int:
    """Copy every sample bundle into the inbox, as an agency would drop it."""
    store = open_store(settings)
    store.ensure_buckets(settings.bucket_names())
    count = 0
    for path in sorted(BUNDLES.rglob("*")):
        if path.is_file() and not path.name.endswith(EXPECTED_SUFFIX):
            store.put(settings.bucket_inbox, path.relative_to(BUNDLES).as_posix(), path.read_bytes())
            count += 1
    return count


def demo(settings: Settings) -> int:
    settings = sample_settings(settings)
    seeded = seed_inbox(settings)
    print(f"copied {seeded} sample files into {settings.bucket_inbox}/ under {settings.local_root}")
    outcomes = intake_flow(settings)
    width = max((len(o.bundle) for o in outcomes), default=10)
    print(f"\n{'bundle':<{width}}  {'outcome':<13}  {'failing checks':<32}  report")
    for o in outcomes:
        where = (
            str(settings.local_root / settings.bucket_reports / o.report_key) if o.report_key else o.detail
        )
        print(f"{o.bundle:<{width}}  {o.outcome or o.status:<13}  {','.join(o.failing) or '-':<32}  {where}")
    return 0
