"""What a check sees, what it returns, and the registry of checks.

A check is a pure function of a ``CheckContext``: the bundle's facts, the
extracted documents and the options. It never reads a file or the environment.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from trustlist.core.errors import ConfigError
from trustlist.core.models import Bundle, Document, ExtractedField
from trustlist.core.report import CheckResult, Evidence, Messages, Severity, Status

CATALOGUE_PATH = Path(__file__).with_name("catalogue.yaml")


@dataclass(frozen=True)
class Auditor:
    bin: str
    name: str


@dataclass(frozen=True)
class CheckOptions:
    audit_max_age_months: int = 12
    # None: no list configured, AUD-04 is not_applicable.
    accredited_auditors: tuple[Auditor, ...] | None = None


@dataclass(frozen=True)
class CheckContext:
    bundle: Bundle
    documents: list[Document]
    received: date  # receipt date in Asia/Almaty
    # Each document type's required fields, from the vocabulary the documents were read with.
    required: Mapping[str, tuple[str, ...]]
    options: CheckOptions = CheckOptions()

    def of_type(self, *types: str) -> list[Document]:
        return [d for d in self.documents if d.type in types and d.problem is None]


CheckFn = Callable[[CheckContext], list[CheckResult]]
REGISTRY: dict[str, CheckFn] = {}


def check(code: str) -> Callable[[CheckFn], CheckFn]:
    """Register a check under its catalogue code; the catalogue must know the code."""

    def register(fn: CheckFn) -> CheckFn:
        if code not in catalogue():
            raise KeyError(f"{code} is not in the check catalogue")
        REGISTRY[code] = fn
        return fn

    return register


class CatalogueEntry(BaseModel):
    """One check of the catalogue: its severity, what it verifies (``checks``), what it found
    wrong (``fails``, with {detail}), what the applicant is to do (``fix``), and the kinds
    of bundle and file problems it reports."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    severity: Severity
    checks: Messages
    fails: Messages
    fix: Messages
    problems: tuple[str, ...] = ()


_CATALOGUE = TypeAdapter(dict[str, CatalogueEntry])


@cache
def catalogue() -> dict[str, CatalogueEntry]:
    try:
        return _CATALOGUE.validate_python(yaml.safe_load(CATALOGUE_PATH.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise ConfigError(f"the check catalogue {CATALOGUE_PATH.name} cannot be read: {exc}") from exc


def severity_of(code: str) -> Severity:
    return catalogue()[code].severity


def problem_kinds(code: str) -> frozenset[str]:
    """The kinds of bundle and file problems that the check ``code`` reports."""
    return frozenset(catalogue()[code].problems)


@cache
def _codes_by_problem() -> dict[str, str]:
    return {kind: code for code, entry in catalogue().items() for kind in entry.problems}


def problem_code(kind: str) -> str:
    """The code of the check that reports a bundle or file problem of ``kind``."""
    return _codes_by_problem()[kind]


def _messages(code: str, key: Literal["checks", "fails"], detail: str) -> Messages:
    texts: Messages = getattr(catalogue()[code], key)
    return Messages(**{lang: getattr(texts, lang).format(detail=detail) for lang in ("ru", "kk", "en")})


def _unfound(code: str, status: Status) -> list[CheckResult]:
    message = _messages(code, "checks", "")
    return [CheckResult(code=code, status=status, severity=severity_of(code), message=message)]


def passed(code: str) -> list[CheckResult]:
    return _unfound(code, "pass")


def not_applicable(code: str) -> list[CheckResult]:
    return _unfound(code, "not_applicable")


def failed(
    code: str, detail: str, evidence: Iterable[Evidence] = (), severity: Severity | None = None
) -> CheckResult:
    """One finding. ``severity`` lowers a blocking check to a warning (e.g. OCR-level name noise)."""
    return CheckResult(
        code=code,
        status="fail",
        severity=severity or severity_of(code),
        message=_messages(code, "fails", detail),
        evidence=list(evidence),
    )


def failures_or_pass(code: str, failures: list[CheckResult]) -> list[CheckResult]:
    return failures or passed(code)


def evidence(doc: Document, field: str | None = None) -> Evidence:
    """Where a finding comes from: the file, and the field's page, box and value as found."""
    if field is None or field not in doc.fields:
        return Evidence(file=doc.file, field=field)
    f = doc.fields[field]
    return Evidence(file=doc.file, page=f.page, field=field, value=f.raw or str(f.value), bbox=f.bbox)


def value(doc: Document, field: str) -> str | None:
    f: ExtractedField | None = doc.fields.get(field)
    if f is None or isinstance(f.value, bool):
        return None
    return f.value


def date_value(doc: Document, field: str) -> date | None:
    """A date field as a date; None when absent (an unparseable one is FLD-03's business)."""
    text = value(doc, field)
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None
