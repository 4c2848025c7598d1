"""IPR-*: the proof of rights is in force and in order."""

from __future__ import annotations

from pipeline.report import CheckResult
from validators.base import (
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
    dated = [(a, date_value(a, "valid_until")) for a in ctx.of_type("copyright_agreement")]
    dated = [(a, d) for a, d in dated if d]
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
    ip_docs = [(d, f, date_value(d, f)) for t, f in IP_DATES for d in ctx.of_type(t)]
    ip_docs = [(d, f, day) for d, f, day in ip_docs if day]
    if not applications or not ip_docs:
        return not_applicable("IPR-02")
    app = applications[0]
    applied = date_value(app, "application_date")
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
