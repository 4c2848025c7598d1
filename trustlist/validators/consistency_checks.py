"""XDC-*: the documents agree with each other about the system and the parties."""

from __future__ import annotations

import re

from trustlist.core.models import Document
from trustlist.core.report import CheckResult, Severity
from trustlist.validators.base import (
    CheckContext,
    check,
    evidence,
    failed,
    failures_or_pass,
    not_applicable,
    passed,
    value,
)
from trustlist.validators.parties import match, same_party, severity_of_mismatch, split_people

SOFTWARE = re.compile(r"программ|эвм|эем|бағдарлама|компьютер|software|computer\s+program|program", re.I)


def _applicant(ctx: CheckContext) -> Document | None:
    applications = ctx.of_type("application")
    return applications[0] if applications else None


def _compare_to_reference(
    code: str, reference: tuple[Document, str], others: list[tuple[Document, str]]
) -> list[CheckResult]:
    ref_doc, ref_field = reference
    ref_value = value(ref_doc, ref_field)
    failures = []
    for doc, field in others:
        other = value(doc, field)
        if ref_value is None or other is None:
            continue
        severity = severity_of_mismatch(match(ref_value, other))
        if severity:
            detail = f"«{ref_value}» ({ref_doc.file}) / «{other}» ({doc.file})"
            failures.append(
                failed(code, detail, [evidence(ref_doc, ref_field), evidence(doc, field)], severity)
            )
    return failures


# Where each document type names the system: its own name, or the IP object's title.
NAME_FIELDS = {
    "application": "system_name",
    "audit_conclusion": "system_name",
    "ip_certificate": "object_title",
    "copyright_agreement": "object_title",
}


@check("XDC-01")
def system_name_consistent(ctx: CheckContext) -> list[CheckResult]:
    named = [(d, NAME_FIELDS[d.type]) for d in ctx.of_type(*NAME_FIELDS)]
    named = [(d, f) for d, f in named if value(d, f) is not None]
    if len(named) < 2:
        return not_applicable("XDC-01")
    named.sort(key=lambda df: df[0].type != "application")
    return failures_or_pass("XDC-01", _compare_to_reference("XDC-01", named[0], named[1:]))


def _version(text: str) -> str:
    return text.strip().lower().removeprefix("v")


def _version_severity(declared: Document, a: str, audited: Document, b: str) -> Severity | None:
    """None when the versions agree. Versions apart only in their separators («1.2» and «12»,
    «2.0.5» and «2,0.5»), one of them scanned, are OCR's slip over a dot: a warning."""
    if _version(a) == _version(b):
        return None
    scanned = "ocr" in (declared.text_source, audited.text_source)
    same_marks = _VERSION_SEPARATORS.sub("", _version(a)) == _VERSION_SEPARATORS.sub("", _version(b))
    return "warning" if scanned and same_marks else "blocking"


_VERSION_SEPARATORS = re.compile(r"[\s.,_-]")


@check("XDC-02")
def system_version_consistent(ctx: CheckContext) -> list[CheckResult]:
    application = _applicant(ctx)
    declared = value(application, "system_version") if application else None
    if application is None or declared is None:
        return not_applicable("XDC-02")
    audited = [
        (a, v) for a in ctx.of_type("audit_conclusion") if (v := value(a, "system_version")) is not None
    ]
    if not audited:
        return not_applicable("XDC-02")
    failures = [
        failed(
            "XDC-02",
            f"{declared} ({application.file}) / {version} ({a.file})",
            [evidence(application, "system_version"), evidence(a, "system_version")],
            severity,
        )
        for a, version in audited
        if (severity := _version_severity(application, declared, a, version))
    ]
    return failures_or_pass("XDC-02", failures)


def _holders(cert: Document) -> list[str]:
    """Who holds a certificate's rights: the right holder, or its authors where none is named."""
    holder = value(cert, "right_holder")
    if holder:
        return [holder]
    authors = value(cert, "authors")
    return split_people(authors) if authors else []


def _is(name: str | None, candidates: list[str]) -> bool:
    if not name:
        return False
    return any(match(name, c) != "different" for c in candidates)


@check("XDC-03")
def applicant_holds_rights(ctx: CheckContext) -> list[CheckResult]:
    application = _applicant(ctx)
    certificates, agreements = ctx.of_type("ip_certificate"), ctx.of_type("copyright_agreement")
    if application is None or not (certificates or agreements):
        return not_applicable("XDC-03")
    applicant = value(application, "applicant_name")
    applicant_bin = value(application, "applicant_bin")
    if applicant is None:
        return not_applicable("XDC-03")
    to_applicant = [
        a
        for a in agreements
        if same_party(applicant, applicant_bin, value(a, "grantee"), value(a, "grantee_bin"))
        not in (None, "different")
    ]
    if certificates:
        for cert in certificates:
            holders = _holders(cert)
            if _is(applicant, holders):
                return passed("XDC-03")
            if any(_is(value(a, "grantor"), holders) for a in to_applicant):
                return passed("XDC-03")
        detail = f"{applicant}: not the right holder/author ({'; '.join(_holders(certificates[0]))})"
        if to_applicant:
            detail += ", and no agreement from them to the applicant"
        items = [evidence(application, "applicant_name")] + [
            evidence(c, "right_holder") for c in certificates
        ]
        return [failed("XDC-03", detail, items + [evidence(a, "grantor") for a in agreements])]
    if to_applicant:
        return passed("XDC-03")
    grantees = "; ".join(value(a, "grantee") or "?" for a in agreements)
    items = [evidence(application, "applicant_name")] + [evidence(a, "grantee") for a in agreements]
    return [failed("XDC-03", f"{applicant} is not the grantee ({grantees})", items)]


@check("XDC-04")
def owner_is_applicant(ctx: CheckContext) -> list[CheckResult]:
    application = _applicant(ctx)
    if application is None:
        return not_applicable("XDC-04")
    failures, compared = [], 0
    for audit in ctx.of_type("audit_conclusion"):
        result = same_party(
            value(application, "applicant_name"),
            value(application, "applicant_bin"),
            value(audit, "system_owner"),
            value(audit, "system_owner_bin"),
        )
        if result is None:
            continue
        compared += 1
        severity = severity_of_mismatch(result)
        if severity:
            detail = f"{value(audit, 'system_owner')} / {value(application, 'applicant_name')}"
            items = [evidence(audit, "system_owner"), evidence(application, "applicant_name")]
            failures.append(failed("XDC-04", detail, items, severity))
    return failures_or_pass("XDC-04", failures) if compared else not_applicable("XDC-04")


# Whose BIN is printed for a party that should be the applicant: (type, name field, BIN field).
APPLICANT_BINS = (
    ("ip_certificate", "right_holder", "right_holder_bin"),
    ("copyright_agreement", "grantee", "grantee_bin"),
    ("audit_conclusion", "system_owner", "system_owner_bin"),
)


@check("XDC-05")
def applicant_bin_consistent(ctx: CheckContext) -> list[CheckResult]:
    application = _applicant(ctx)
    applicant_bin = value(application, "applicant_bin") if application else None
    if application is None or applicant_bin is None:
        return not_applicable("XDC-05")
    applicant = value(application, "applicant_name")
    failures, compared = [], 0
    for doc_type, name_field, bin_field in APPLICANT_BINS:
        for doc in ctx.of_type(doc_type):
            printed = value(doc, bin_field)
            if printed is None:
                continue
            name = value(doc, name_field)
            if name and applicant and match(name, applicant) == "different":
                continue  # another party: XDC-03 / XDC-04 judge that
            compared += 1
            if printed != applicant_bin:
                items = [evidence(application, "applicant_bin"), evidence(doc, bin_field)]
                failures.append(failed("XDC-05", f"{applicant_bin} / {printed} ({doc.file})", items))
    return failures_or_pass("XDC-05", failures) if compared else not_applicable("XDC-05")


@check("XDC-06")
def object_is_software(ctx: CheckContext) -> list[CheckResult]:
    typed = [(c, kind) for c in ctx.of_type("ip_certificate") if (kind := value(c, "object_type"))]
    if not typed:
        return not_applicable("XDC-06")
    failures = [
        failed("XDC-06", kind, [evidence(c, "object_type")]) for c, kind in typed if not SOFTWARE.search(kind)
    ]
    return failures_or_pass("XDC-06", failures)
