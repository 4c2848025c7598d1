"""The check catalogue (SPEC §5): ``run_checks`` runs every registered check.

Each check family is one module; importing it registers its checks. A new check
is a function with ``@check("CODE")`` and a catalogue entry with its messages.
"""

from __future__ import annotations

from trustlist.core.report import CheckResult
from trustlist.validators import (  # noqa: F401  (imported for registration)
    audit_checks,
    bundle_checks,
    consistency_checks,
    document_checks,
    field_checks,
    rights_checks,
)
from trustlist.validators.base import (
    REGISTRY,
    CheckContext,
    CheckOptions,
    catalogue,
    not_applicable,
    problem_code,
)
from trustlist.validators.outcome import outcome

__all__ = ["CheckContext", "CheckOptions", "outcome", "problem_code", "run_checks"]


def run_checks(ctx: CheckContext) -> list[CheckResult]:
    """Every check in catalogue order; when the bundle cannot be read, only BND-01 can say anything."""
    results: list[CheckResult] = []
    for code in catalogue():
        if code not in REGISTRY:
            continue
        if ctx.bundle.unreadable and code != "BND-01":
            results += not_applicable(code)
        else:
            results += REGISTRY[code](ctx)
    return results
