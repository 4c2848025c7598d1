"""DOC-*: the documents the law requires are in the bundle."""

from __future__ import annotations

from trustlist.core.report import CheckResult, Evidence
from trustlist.validators.base import CheckContext, check, evidence, failed, passed


def _present(ctx: CheckContext, code: str, *types: str) -> list[CheckResult]:
    if ctx.of_type(*types):
        return passed(code)
    files = [Evidence(file=d.file, value=d.type) for d in ctx.documents]
    return [failed(code, ", ".join(types), files)]


@check("DOC-01")
def has_application(ctx: CheckContext) -> list[CheckResult]:
    return _present(ctx, "DOC-01", "application")


@check("DOC-02")
def has_ip_proof(ctx: CheckContext) -> list[CheckResult]:
    return _present(ctx, "DOC-02", "ip_certificate", "copyright_agreement")


@check("DOC-03")
def has_audit(ctx: CheckContext) -> list[CheckResult]:
    return _present(ctx, "DOC-03", "audit_conclusion")


@check("DOC-04")
def has_full_description(ctx: CheckContext) -> list[CheckResult]:
    descriptions = ctx.of_type("system_description")
    if not descriptions:
        return [failed("DOC-04", "no system description")]
    required = ctx.required["system_description"]
    found = {name for d in descriptions for name in d.fields}
    missing = [name for name in required if name not in found]
    if missing:
        items = [evidence(d, name) for d in descriptions for name in missing]
        return [failed("DOC-04", "missing sections: " + ", ".join(missing), items)]
    return passed("DOC-04")
