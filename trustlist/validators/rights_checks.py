"""IPR-*: the proof of rights is in force and in order."""

from __future__ import annotations

from trustlist.core.report import CheckResult
from trustlist.validators.base import (
    CheckContext,
    check,
    date_value,
    evidence,
    failed,
    failures_or_pass,
    not_applicable,
)


@check("IPR-01")
def agreement_in_force(ctx: CheckContext) -> list[CheckResult]:
    dated = [(a, d) for a in ctx.of_type("copyright_agreement") if (d := date_value(a, "valid_until"))]
    if not dated:
        return not_applicable("IPR-01")
    failures = [
        failed("IPR-01", f"valid until {d}, received {ctx.received}", [evidence(a, "valid_until")])
        for a, d in dated
        if d < ctx.received
    ]
    return failures_or_pass("IPR-01", failures)


IP_DATES = (("ip_certificate", "issue_date"), ("copyright_agreement", "agreement_date"))


@check("IPR-02")
def ip_before_application(ctx: CheckContext) -> list[CheckResult]:
    applications = [a for a in ctx.of_type("application") if date_value(a, "application_date")]
    ip_docs = [(d, f, day) for t, f in IP_DATES for d in ctx.of_type(t) if (day := date_value(d, f))]
    app = applications[0] if applications else None
    applied = date_value(app, "application_date") if app else None
    if app is None or applied is None or not ip_docs:
        return not_applicable("IPR-02")
    failures = [
        failed(
            "IPR-02",
            f"{field} {day} > application_date {applied}",
            [evidence(d, field), evidence(app, "application_date")],
        )
        for d, field, day in ip_docs
        if day > applied
    ]
    return failures_or_pass("IPR-02", failures)
