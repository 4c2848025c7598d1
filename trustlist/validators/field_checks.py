"""FLD-*: each document's own fields: present, well-formed, plausibly dated."""

from __future__ import annotations

from datetime import date

from trustlist.core import identifiers
from trustlist.core.report import CheckResult
from trustlist.validators.base import (
    CheckContext,
    check,
    evidence,
    failed,
    failures_or_pass,
    not_applicable,
    value,
)

BIN_FIELDS = ("applicant_bin", "right_holder_bin", "grantee_bin", "auditor_bin", "system_owner_bin")
# Dates that record something already done; valid_until lies in the future by nature.
PAST_DATE_FIELDS = ("application_date", "issue_date", "creation_date", "agreement_date", "conclusion_date")


@check("FLD-01")
def required_fields(ctx: CheckContext) -> list[CheckResult]:
    failures = []
    for doc in ctx.of_type("application", "ip_certificate", "copyright_agreement", "audit_conclusion"):
        for name in ctx.required[doc.type]:
            if name not in doc.fields:
                failures.append(failed("FLD-01", f"{doc.type}.{name} ({doc.file})", [evidence(doc, name)]))
    return failures_or_pass("FLD-01", failures)


@check("FLD-02")
def identifiers_valid(ctx: CheckContext) -> list[CheckResult]:
    failures = []
    checked = 0
    for doc in ctx.of_type("application", "ip_certificate", "copyright_agreement", "audit_conclusion"):
        for name in BIN_FIELDS:
            number = value(doc, name)
            if number is None:
                continue
            checked += 1
            problem = identifiers.problem(number)
            if problem:
                failures.append(failed("FLD-02", f"{name} {number}: {problem}", [evidence(doc, name)]))
    if not checked:
        return not_applicable("FLD-02")
    return failures_or_pass("FLD-02", failures)


@check("FLD-03")
def dates_plausible(ctx: CheckContext) -> list[CheckResult]:
    failures = []
    for doc in ctx.of_type("application", "ip_certificate", "copyright_agreement", "audit_conclusion"):
        for name in PAST_DATE_FIELDS:
            text = value(doc, name)
            if text is None:
                continue
            try:
                day = date.fromisoformat(text)
            except ValueError:
                failures.append(failed("FLD-03", f"{name}: {text!r} is not a date", [evidence(doc, name)]))
                continue
            if day > ctx.received:
                detail = f"{name} {day.isoformat()} is after receipt {ctx.received.isoformat()}"
                failures.append(failed("FLD-03", detail, [evidence(doc, name)]))
    return failures_or_pass("FLD-03", failures)
