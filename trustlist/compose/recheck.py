"""The checks run again on reviewers' corrections: a new version of a revision's report.

A reviewer corrects a value the machine misread (``desk/registry.py`` keeps each
correction as an append-only record). The documents of the machine's report (version 1)
take the revision's corrected values, the latest correction of a field winning, and the
checks run on them again with the bundle as archived. No file is read again, by OCR or
otherwise, and no extraction runs: only what the reviewers changed can change. The new
version marks each corrected field (method "reviewer", confidence 1.0, who, when and what
the machine had read); every version is kept (``core/keys.py``: report.v{n}.json).
"""

from __future__ import annotations

from dataclasses import dataclass

from trustlist.compose.html import archived_bundle, archived_crops, render_html
from trustlist.compose.process import Pipeline, document_of
from trustlist.core.dates import parse_date
from trustlist.core.errors import ObjectNotFound, RegistryError
from trustlist.core.keys import REPORT, REPORT_HTML, report_version_name, revision_key
from trustlist.core.models import Corrected, Document, ExtractedField, FieldValue
from trustlist.core.report import Report
from trustlist.core.settings import Settings
from trustlist.extractors.vocab import load_vocab
from trustlist.intake.storage import ObjectStore

REVIEWER_METHOD = "reviewer"
_YES = {"true", "yes", "да", "иә", "1"}
_NO = {"false", "no", "нет", "жоқ", "0"}


@dataclass(frozen=True)
class FieldCorrection:
    """One corrected value of a field of a document of a file."""

    file: str
    document_type: str
    field: str
    value: FieldValue
    by: str
    at: str  # ISO 8601 with offset


def fields_of(document_type: str) -> list[str]:
    """The fields a document of the type has, found or not, in the vocabulary's order."""
    vocab = load_vocab().get(document_type)
    return list(vocab.fields) if vocab else []


def correction_value(document_type: str, field: str, text: str) -> FieldValue:
    """The reviewer's text as the field's value: a date as YYYY-MM-DD, a statement as
    true or false, other values as written (spaces collapsed). ValueError when the field
    is not one of the document type's or the text is not a value of its kind."""
    vocab = load_vocab().get(document_type)
    spec = vocab.fields.get(field) if vocab else None
    if spec is None:
        raise ValueError(f"{document_type} has no field {field!r}")
    written = " ".join(text.split())
    if spec.kind == "date":
        found = parse_date(written)
        if found is None:
            raise ValueError(f"{written!r} is not a date")
        return found.isoformat()
    if spec.kind == "statement":
        if written.casefold() in _YES:
            return True
        if written.casefold() in _NO:
            return False
        raise ValueError(f"{written!r} is neither yes nor no")
    if not written:
        raise ValueError("the value is empty")
    return written


def machine_report(
    store: ObjectStore, settings: Settings, agency: str, application_id: str, revision: int
) -> Report:
    """The machine's report of the revision (version 1), whatever versions followed it."""
    for name in (report_version_name(1), REPORT):
        try:
            data = store.get(settings.bucket_reports, revision_key(agency, application_id, revision, name))
        except ObjectNotFound:
            continue
        report = Report.model_validate_json(data)
        if report.report_version == 1:
            return report
    raise RegistryError(f"{agency}/{application_id} r{revision} has no machine report")


def rechecked(
    pipeline: Pipeline,
    machine: Report,
    current_version: int,
    corrections: list[FieldCorrection],
    store: ObjectStore,
    previous: Report | None = None,
) -> Report:
    """The next version of the revision's report: ``machine``'s documents with
    ``corrections`` (oldest first) applied, checked again on the archived bundle."""
    bundle = archived_bundle(store, pipeline.settings, machine)
    if bundle is None:
        raise RegistryError(f"the archived bundle of {machine.bundle.key} is missing")
    documents = [_corrected(document_of(d), corrections) for d in machine.documents]
    checks = pipeline.validate(bundle, documents)
    report = pipeline.report(bundle, documents, checks, machine.revision, machine.application_id, previous)
    return report.model_copy(update={"report_version": current_version + 1, "deadlines": machine.deadlines})


def write_version(store: ObjectStore, settings: Settings, report: Report) -> str:
    """Keep ``report`` as its version and make it the revision's current report (JSON and
    HTML with crops); the machine's version is kept too, byte for byte. Returns the current
    report's key."""
    agency, app_id, revision = report.agency, report.application_id, report.revision
    first = revision_key(agency, app_id, revision, report_version_name(1))
    current = revision_key(agency, app_id, revision, REPORT)
    if not store.exists(settings.bucket_reports, first):
        # No version followed the machine's yet: report.json still holds its very bytes.
        store.put_if_absent(
            settings.bucket_reports, first, store.get(settings.bucket_reports, current), "application/json"
        )
    data = report.model_dump_json(indent=2).encode()
    version = revision_key(agency, app_id, revision, report_version_name(report.report_version))
    if not store.put_if_absent(settings.bucket_reports, version, data, "application/json"):
        raise RegistryError(f"reports/{version} was written meanwhile; correct again")
    store.put(settings.bucket_reports, current, data, "application/json")
    html = render_html(report, crops=archived_crops(store, settings, report))
    store.put(
        settings.bucket_reports,
        revision_key(agency, app_id, revision, REPORT_HTML),
        html.encode(),
        "text/html; charset=utf-8",
    )
    return current


def _corrected(doc: Document, corrections: list[FieldCorrection]) -> Document:
    fields = dict(doc.fields)
    for c in corrections:
        if c.file != doc.file or c.document_type != doc.type:
            continue
        machine = doc.fields.get(c.field)
        fields[c.field] = ExtractedField(
            value=c.value,
            page=machine.page if machine else None,
            bbox=machine.bbox if machine else None,
            method=REVIEWER_METHOD,
            confidence=1.0,
            corrected=Corrected(by=c.by, at=c.at, machine_value=machine.value if machine else None),
        )
    return doc.model_copy(update={"fields": fields})
