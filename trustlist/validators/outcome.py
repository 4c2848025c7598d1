"""The report's outcome from its checks (SPEC §5)."""

from __future__ import annotations

from trustlist.core.report import CheckResult, Outcome

# Blocking failures that mean the bundle is not complete, rather than inconsistent.
INCOMPLETE_CODES = {"BND-02", "BND-04", "BND-06"}
INCOMPLETE_PREFIXES = ("DOC-", "FLD-")


def outcome(checks: list[CheckResult]) -> Outcome:
    blocking = [c for c in checks if c.status == "fail" and c.severity == "blocking"]
    if any(c.code == "BND-01" for c in blocking):
        return "unprocessable"
    if any(c.code in INCOMPLETE_CODES or c.code.startswith(INCOMPLETE_PREFIXES) for c in blocking):
        return "incomplete"
    if blocking:
        return "inconsistent"
    return "complete"
