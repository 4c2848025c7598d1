"""BND-*: what reading the bundle and its files found.

The readers record problems by kind; each check reports the kinds its catalogue entry lists.
"""

from __future__ import annotations

from trustlist.core.report import CheckResult, Evidence
from trustlist.validators.base import (
    CheckContext,
    check,
    failed,
    failures_or_pass,
    not_applicable,
    passed,
    problem_kinds,
)


@check("BND-01")
def bundle_readable(ctx: CheckContext) -> list[CheckResult]:
    if ctx.bundle.unreadable:
        return [failed("BND-01", ctx.bundle.unreadable, [Evidence(file=ctx.bundle.key)])]
    return passed("BND-01")


def _bundle_problems(ctx: CheckContext, code: str) -> list[CheckResult]:
    kinds = problem_kinds(code)
    return [
        failed(code, f"{p.file}: {p.detail}", [Evidence(file=p.file)])
        for p in ctx.bundle.problems
        if p.kind in kinds
    ]


@check("BND-02")
def manifest_matches(ctx: CheckContext) -> list[CheckResult]:
    if not ctx.bundle.has_manifest:
        return not_applicable("BND-02")
    return failures_or_pass("BND-02", _bundle_problems(ctx, "BND-02"))


@check("BND-03")
def supported_types(ctx: CheckContext) -> list[CheckResult]:
    # The bundle's problems only: a file whose document is "unsupported" is one the bundle
    # reader has already kept unread, and it is reported once.
    return failures_or_pass("BND-03", _bundle_problems(ctx, "BND-03"))


@check("BND-05")
def no_duplicates(ctx: CheckContext) -> list[CheckResult]:
    return failures_or_pass("BND-05", _bundle_problems(ctx, "BND-05"))


def _document_problems(ctx: CheckContext, code: str) -> list[CheckResult]:
    kinds = problem_kinds(code)
    return [
        failed(code, f"{d.file}: {d.problem.detail}", [Evidence(file=d.file)])
        for d in ctx.documents
        if d.problem is not None and d.problem.kind in kinds
    ]


@check("BND-04")
def no_password(ctx: CheckContext) -> list[CheckResult]:
    return failures_or_pass("BND-04", _document_problems(ctx, "BND-04"))


@check("BND-06")
def documents_readable(ctx: CheckContext) -> list[CheckResult]:
    return failures_or_pass("BND-06", _document_problems(ctx, "BND-06"))
