"""A reviewer corrects a misread field: the record, then the checks once more.

Used alike by the web app and ``trustlist correct``. The value is read as the field's kind
reads it (``compose/recheck.py``), recorded append-only with the machine's value beside it
(``registry.record_correction``: only on the latest, undecided revision), and the
revision's report gets its next version, checked again on all of its corrections.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

from trustlist.compose.process import Pipeline
from trustlist.compose.recheck import (
    FieldCorrection,
    correction_value,
    machine_report,
    rechecked,
    write_version,
)
from trustlist.core.errors import RegistryError
from trustlist.core.report import Report
from trustlist.core.settings import Settings
from trustlist.desk import registry
from trustlist.desk.registry import Correction
from trustlist.intake.storage import ObjectStore


def correct(
    store: ObjectStore,
    pipeline: Pipeline,
    agency: str,
    application_id: str,
    revision: int,
    *,
    file: str,
    document_type: str,
    field: str,
    text: str,
    reason: str,
    reviewer: str,
    now: datetime | None = None,
) -> Report:
    """Record the correction and return the revision's new current report. ValueError when
    the text is not a value of the field; RegistryError when the revision cannot take it."""
    settings = pipeline.settings
    value = correction_value(document_type, field, text)
    machine = machine_report(store, settings, agency, application_id, revision)
    doc = next((d for d in machine.documents if d.file == file and d.type == document_type), None)
    if doc is None:
        raise RegistryError(f"{agency}/{application_id} r{revision}: no {document_type} in {file!r}")
    machine_field = doc.fields.get(field)
    record = Correction(
        agency=agency,
        application_id=application_id,
        revision=revision,
        file=file,
        document_type=document_type,
        field=field,
        machine_value=machine_field.value if machine_field else None,
        value=value,
        reason=reason,
        reviewer=reviewer,
        corrected_at=now or datetime.now(UTC),
    )
    registry.record_correction(store, settings, record)
    return recheck(store, pipeline, machine)


def labelled_examples(
    store: ObjectStore, settings: Settings, agencies: list[str] | None = None
) -> Iterator[dict]:
    """Each revision's latest correction of each field as a labelled example for the
    accuracy benchmark: the document's SHA-256, the page and box the machine read the field
    at (None when it found none), the field and the value the reviewer gave."""
    listing = registry.applications(store, settings, agencies)
    for app in listing.apps:
        latest: dict[tuple[int, str, str, str], Correction] = {}
        for c in registry.corrections_for(store, settings, app.agency, app.application_id):
            latest[(c.revision, c.file, c.document_type, c.field)] = c
        machines: dict[int, Report] = {}
        for (revision, file, doc_type, field), c in latest.items():
            if revision not in machines:
                machines[revision] = machine_report(store, settings, app.agency, app.application_id, revision)
            doc = next(d for d in machines[revision].documents if d.file == file and d.type == doc_type)
            found = doc.fields.get(field)
            yield {
                "sha256": doc.sha256,
                "file": file,
                "document_type": doc_type,
                "page": found.page if found else None,
                "bbox": list(found.bbox) if found and found.bbox else None,
                "field": field,
                "value": c.value,
            }


def recheck(store: ObjectStore, pipeline: Pipeline, machine: Report) -> Report:
    """The revision's next report version from all its corrections, written and returned."""
    settings = pipeline.settings
    agency, app_id, revision = machine.agency, machine.application_id, machine.revision
    current = registry.read_report(store, settings, agency, app_id, revision)
    corrections = [
        FieldCorrection(
            file=c.file,
            document_type=c.document_type,
            field=c.field,
            value=c.value,
            by=c.reviewer,
            at=c.corrected_at.isoformat(),
        )
        for c in registry.corrections_for(store, settings, agency, app_id)
        if c.revision == revision
    ]
    previous = registry.read_report(store, settings, agency, app_id, revision - 1) if revision > 1 else None
    report = rechecked(pipeline, machine, current.report_version, corrections, store, previous)
    write_version(store, settings, report)
    return report
