"""AUD-*: the audit conclusion's substance: verdict, validity, independence, accreditation, scope."""

from __future__ import annotations

from datetime import date

from trustlist.core.models import Document
from trustlist.core.report import CheckResult
from trustlist.validators.base import (
    CheckContext,
    check,
    date_value,
    evidence,
    failed,
    failures_or_pass,
    not_applicable,
    value,
)
from trustlist.validators.parties import match, same_party


def months_before(day: date, months: int) -> date:
    """The same calendar day ``months`` earlier (the last day of a shorter month)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")


@check("AUD-01")
def audit_positive(ctx: CheckContext) -> list[CheckResult]:
    audits = [a for a in ctx.of_type("audit_conclusion") if value(a, "result")]
    if not audits:
        return not_applicable("AUD-01")
    failures = [
        failed("AUD-01", f"{value(a, 'result')} ({a.file})", [evidence(a, "result")])
        for a in audits
        if value(a, "result") != "positive"
    ]
    return failures_or_pass("AUD-01", failures)


@check("AUD-02")
def audit_valid_on_receipt(ctx: CheckContext) -> list[CheckResult]:
    audits = ctx.of_type("audit_conclusion")
    oldest_allowed = months_before(ctx.received, ctx.options.audit_max_age_months)
    failures, compared = [], 0
    for audit in audits:
        valid_until, issued = date_value(audit, "valid_until"), date_value(audit, "conclusion_date")
        compared += bool(valid_until or issued)
        if valid_until and valid_until < ctx.received:
            detail = f"valid until {valid_until}, received {ctx.received}"
            failures.append(failed("AUD-02", detail, [evidence(audit, "valid_until")]))
        if issued and issued < oldest_allowed:
            detail = (
                f"dated {issued}, more than {ctx.options.audit_max_age_months} months before {ctx.received}"
            )
            failures.append(failed("AUD-02", detail, [evidence(audit, "conclusion_date")]))
    return failures_or_pass("AUD-02", failures) if compared else not_applicable("AUD-02")


@check("AUD-03")
def auditor_independent(ctx: CheckContext) -> list[CheckResult]:
    applications, audits = ctx.of_type("application"), ctx.of_type("audit_conclusion")
    if not applications or not audits:
        return not_applicable("AUD-03")
    app = applications[0]
    applicant, applicant_bin = value(app, "applicant_name"), value(app, "applicant_bin")
    failures = []
    for audit in audits:
        auditor, auditor_bin = value(audit, "auditor_name"), value(audit, "auditor_bin")
        same_bin = bool(applicant_bin and auditor_bin and applicant_bin == auditor_bin)
        same_name = bool(applicant and auditor and match(applicant, auditor) == "same")
        if same_bin or same_name:
            items = [
                evidence(audit, "auditor_bin" if same_bin else "auditor_name"),
                evidence(app, "applicant_name"),
            ]
            failures.append(failed("AUD-03", f"{auditor} / {applicant}", items))
    return failures_or_pass("AUD-03", failures)


@check("AUD-04")
def auditor_accredited(ctx: CheckContext) -> list[CheckResult]:
    accredited = ctx.options.accredited_auditors
    audits = [
        a for a in ctx.of_type("audit_conclusion") if value(a, "auditor_name") or value(a, "auditor_bin")
    ]
    if accredited is None or not audits:
        return not_applicable("AUD-04")
    failures = []
    for audit in audits:
        name, number = value(audit, "auditor_name"), value(audit, "auditor_bin")
        listed = any(same_party(name, number, a.name, a.bin) not in (None, "different") for a in accredited)
        if not listed:
            failures.append(
                failed("AUD-04", f"{name or ''} {number or ''}".strip(), [evidence(audit, "auditor_name")])
            )
    return failures_or_pass("AUD-04", failures)


SCOPE = {
    "covers_training_data": "training data / обучающие данные / оқыту деректері",
    "covers_prohibited_functions": "prohibited functions / запрещённые функции / тыйым салынған функциялар",
}


def _stated(audit: Document, field: str) -> bool:
    found = audit.fields.get(field)
    return found is not None and found.value is True


@check("AUD-05")
def audit_scope(ctx: CheckContext) -> list[CheckResult]:
    audits = ctx.of_type("audit_conclusion")
    if not audits:
        return not_applicable("AUD-05")
    failures = []
    for audit in audits:
        # Only a statement that the assessment was done counts; False or "false" from a
        # portal export is a statement that it was not.
        missing = [field for field in SCOPE if not _stated(audit, field)]
        if missing:
            detail = "; ".join(SCOPE[field] for field in missing)
            failures.append(failed("AUD-05", detail, [evidence(audit, field) for field in missing]))
    return failures_or_pass("AUD-05", failures)
