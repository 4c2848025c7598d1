"""The completeness report: SPEC §6, schema_version "1".

These models are the single source of the report's JSON shape; the JSON Schema
in ``schemas/report.schema.json`` is exported from them (``trustlist schema``)
and a test keeps it current. Names here are a public contract: add, never rename.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from trustlist.core.models import BBox, Corrected, DocType, FieldValue, Language, TextSource

SCHEMA_VERSION: Literal["1"] = "1"
Outcome = Literal["unprocessable", "incomplete", "inconsistent", "complete"]
Status = Literal["pass", "fail", "not_applicable"]
Severity = Literal["blocking", "warning"]


class ReportModel(BaseModel):
    # Unknown fields may be added by later schema users, so readers ignore them.
    model_config = ConfigDict(extra="ignore")


class Messages(ReportModel):
    ru: str
    kk: str
    en: str


class Evidence(ReportModel):
    file: str | None = None
    page: int | None = None
    field: str | None = None
    value: str | None = None
    bbox: BBox | None = None


class CheckResult(ReportModel):
    code: str
    status: Status
    severity: Severity
    message: Messages
    evidence: list[Evidence] = []


class FieldReport(ReportModel):
    value: FieldValue
    page: int | None = None
    bbox: BBox | None = None
    method: str  # "reviewer" for a corrected value
    confidence: float
    raw: str | None = None
    # Written only on corrected values, so machine reports keep their shape.
    corrected: Corrected | None = Field(default=None, exclude_if=lambda v: v is None)


class DocumentReport(ReportModel):
    file: str
    sha256: str
    type: DocType
    language: Language
    pages: int
    text_source: TextSource
    ocr_confidence: float | None = None
    classification_score: float | None = None
    fields: dict[str, FieldReport] = {}
    problem: str | None = None
    warnings: list[str] = []


class BundleRef(ReportModel):
    key: str
    sha256: str
    received_at: str  # ISO 8601 with offset


class Deadlines(ReportModel):
    received: str  # YYYY-MM-DD in Asia/Almaty
    review_due: str


class DocumentChange(ReportModel):
    file: str
    type: DocType | None = None
    sha256: str | None = None
    previous_sha256: str | None = None


class CheckChange(ReportModel):
    code: str
    previous: Status | None
    current: Status | None


class Changes(ReportModel):
    previous_revision: int
    documents_added: list[DocumentChange] = []
    documents_removed: list[DocumentChange] = []
    documents_replaced: list[DocumentChange] = []
    checks_changed: list[CheckChange] = []


class ProducedBy(ReportModel):
    version: str
    tesseract: str
    rules: str


class Report(ReportModel):
    schema_version: Literal["1"] = SCHEMA_VERSION
    application_id: str
    revision: int
    # 1 for the machine's report of the revision, +1 each time the checks run again on
    # reviewers' corrections (SPEC §7).
    report_version: int = 1
    agency: str
    bundle: BundleRef
    outcome: Outcome
    documents: list[DocumentReport]
    checks: list[CheckResult]
    deadlines: Deadlines
    changes_since_previous: Changes | None = None
    produced_by: ProducedBy

    def failing_codes(self) -> list[str]:
        return sorted({c.code for c in self.checks if c.status == "fail"})
