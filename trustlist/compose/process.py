"""The pipeline as plain functions: bundle -> documents -> checks -> report.

``trustlist check`` calls ``check_bundle`` directly; the Prefect flow calls the
same functions as tasks, so both produce the same report for the same bundle.
"""

from __future__ import annotations

import csv
import logging
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, get_args

from trustlist import __version__
from trustlist.compose.cache import ExtractionCache, extractor_version
from trustlist.compose.revisions import changes
from trustlist.core.errors import ConfigError, StorageError
from trustlist.core.models import (
    Bundle,
    BundleFile,
    Document,
    ExtractedField,
    FileProblem,
    FileProblemKind,
    FileText,
)
from trustlist.core.names import normalise_name
from trustlist.core.report import (
    BundleRef,
    CheckResult,
    Deadlines,
    DocumentReport,
    FieldReport,
    ProducedBy,
    Report,
)
from trustlist.core.settings import ReadingOptions, Settings
from trustlist.core.workdays import WorkCalendar
from trustlist.extractors.document import documents_from
from trustlist.extractors.ocr import TesseractEngine
from trustlist.extractors.pageimages import MAX_KEPT_BYTES, PageImages
from trustlist.extractors.spellings import as_printed
from trustlist.extractors.text import read_file
from trustlist.extractors.vocab import load_vocab, rules_version
from trustlist.validators import CheckContext, CheckOptions, outcome, problem_code, run_checks
from trustlist.validators.base import Auditor

if TYPE_CHECKING:
    from trustlist.intake.storage import ObjectStore

log = logging.getLogger(__name__)


@dataclass
class Pipeline:
    """What every stage needs, built once from the settings and passed down.

    With a ``store``, files already read by the same extractors are taken from the
    extraction cache in its ``bucket_cache`` (compose/cache.py); without one (as in
    ``trustlist check``) every file is read.
    """

    settings: Settings
    store: ObjectStore | None = None

    @cached_property
    def engine(self) -> TesseractEngine:
        # The options that change what is read come from the reading options, as the cache
        # key does; the time limit and the workers only decide failures and speed.
        r = self.reading
        return TesseractEngine(
            r.ocr_languages,
            self.settings.ocr_page_timeout_s,
            deskew=r.ocr_deskew,
            binarize=r.ocr_binarize,
            workers=self.settings.ocr_workers,
        )

    @cached_property
    def reading(self) -> ReadingOptions:
        return self.settings.reading

    @cached_property
    def cache(self) -> ExtractionCache | None:
        if self.store is None:
            return None
        version = extractor_version(self.reading, self.engine.version())
        return ExtractionCache(self.store, self.settings.bucket_cache, version)

    @cached_property
    def calendar(self) -> WorkCalendar:
        return WorkCalendar.from_file(self.settings.calendar_transfers)

    @cached_property
    def check_options(self) -> CheckOptions:
        return CheckOptions(
            audit_max_age_months=self.settings.audit_max_age_months,
            accredited_auditors=load_auditors(self.settings.accredited_auditors),
        )

    def extract(self, file: BundleFile, kept: PageImages | None = None) -> list[Document]:
        """The file's documents. Whatever reading or extraction raises on these bytes is the
        file's problem (unreadable, with the error's class), and the rest of the bundle is still
        reported; the store's failures are not the file's and go up to the caller's retries."""
        try:
            return documents_from(self.read(file, kept))
        except StorageError:
            raise
        except Exception as exc:  # noqa: BLE001 - the per-file boundary described above
            log.error("reading %s failed", file.name, exc_info=True)
            return [unreadable_document(file, exc)]

    def read(self, file: BundleFile, kept: PageImages | None = None) -> FileText:
        """The file's text, from the extraction cache when these bytes were read before; the
        pages OCR reads now go into ``kept``, when given, for the report's evidence crops."""
        if self.cache is None:
            return read_file(file, self.reading, self.engine, kept)
        return self.cache.read(file, self.reading, self.engine, kept)

    def validate(self, bundle: Bundle, documents: list[Document]) -> list[CheckResult]:
        ctx = CheckContext(
            bundle, documents, bundle.received_at.date(), required_fields(), self.check_options
        )
        return run_checks(ctx)

    def report(
        self,
        bundle: Bundle,
        documents: list[Document],
        checks: list[CheckResult],
        revision: int = 1,
        application_id: str | None = None,
        previous: Report | None = None,
    ) -> Report:
        received = bundle.received_at.date()
        return Report(
            application_id=application_id or identify(bundle, documents),
            revision=revision,
            agency=bundle.agency,
            bundle=BundleRef(
                key=bundle.key, sha256=bundle.sha256, received_at=bundle.received_at.isoformat()
            ),
            outcome=outcome(checks),
            documents=[document_report(d) for d in documents],
            checks=checks,
            deadlines=Deadlines(
                received=received.isoformat(),
                review_due=self.calendar.review_due(received, revision).isoformat(),
            ),
            changes_since_previous=changes(previous, documents, checks) if previous else None,
            produced_by=ProducedBy(
                version=__version__, tesseract=self.engine.version(), rules=rules_version()
            ),
        )

    def extract_each(
        self, files: list[BundleFile], kept: PageImages | None = None
    ) -> Iterator[tuple[BundleFile, list[Document]]]:
        """Each file with its documents, in the bundle's order.

        Files are read side by side: a bundle of one-page scans keeps every OCR worker
        busy (their pages share the engine's page pool).
        """
        with ThreadPoolExecutor(self.settings.ocr_workers, thread_name_prefix="document") as pool:
            yield from zip(files, pool.map(lambda file: self.extract(file, kept), files), strict=True)

    def as_printed(self, documents: list[Document]) -> list[Document]:
        """The bundle's documents, once all are read, with scanned values in the spelling
        the bundle's other documents print them in (extractors/spellings.py)."""
        return as_printed(documents)

    def check_bundle(self, bundle: Bundle, kept: PageImages | None = None) -> Report:
        """The whole pipeline on one bundle, revision 1, without storage; ``kept`` as in ``read``."""
        documents = self.as_printed([d for _, found in self.extract_each(bundle.files, kept) for d in found])
        return self.report(bundle, documents, self.validate(bundle, documents))


def page_store(bundles_at_once: int) -> PageImages:
    """An empty store for the pages OCR reads of one bundle, until its report's crops are cut
    (extractors/pageimages.py). The stores of ``bundles_at_once`` bundles read side by side in
    one process share MAX_KEPT_BYTES equally, so together they keep no more than it."""
    return PageImages(MAX_KEPT_BYTES // bundles_at_once)


def unreadable_document(file: BundleFile, error: Exception) -> Document:
    detail = f"the file could not be read: {type(error).__name__}: {error}"
    return Document(
        file=file.name,
        sha256=file.sha256,
        type="other",
        problem=FileProblem(kind="unreadable", detail=detail),
    )


def document_report(doc: Document) -> DocumentReport:
    return DocumentReport(
        file=doc.file,
        sha256=doc.sha256,
        type=doc.type,
        language=doc.language,
        pages=doc.pages,
        text_source=doc.text_source,
        ocr_confidence=doc.ocr_confidence,
        classification_score=doc.classification_score,
        fields={name: FieldReport(**f.model_dump()) for name, f in doc.fields.items()},
        problem=f"{problem_code(doc.problem.kind)}: {doc.problem.detail}" if doc.problem else None,
        warnings=doc.warnings,
    )


def document_of(report: DocumentReport) -> Document:
    """The document a report entry was written from (``document_report`` read back), for
    checks run again on it: its fields as reported, its file problem by the check's code."""
    problem = None
    if report.problem:
        code, _, detail = report.problem.partition(": ")
        kind = next(k for k in get_args(FileProblemKind) if problem_code(k) == code)
        problem = FileProblem(kind=kind, detail=detail)
    return Document(
        file=report.file,
        sha256=report.sha256,
        type=report.type,
        language=report.language,
        pages=report.pages,
        text_source=report.text_source,
        ocr_confidence=report.ocr_confidence,
        classification_score=report.classification_score or 0.0,
        fields={name: ExtractedField(**f.model_dump()) for name, f in report.fields.items()},
        problem=problem,
        warnings=report.warnings,
    )


# Separators and control characters cannot stand in one segment of a storage key.
_KEY_UNSAFE = re.compile(r"[/\\\x00-\x1f\x7f]+")


def identify(bundle: Bundle, documents: list[Document]) -> str:
    """SPEC §3: the manifest's application_id, else applicant BIN + normalised system name.

    The id names the application's folder in the reports and registry buckets, so a
    manifest's "HLT/2026/42" becomes "HLT-2026-42": one folder, found by the queue,
    never a path into another application's records.
    """
    given = _KEY_UNSAFE.sub("-", bundle.application_id or "").strip("-. ")
    if given:
        return given
    for doc in documents:
        if doc.type != "application":
            continue
        bin_field, name_field = doc.fields.get("applicant_bin"), doc.fields.get("system_name")
        if bin_field and name_field:
            slug = re.sub(r"[^a-z0-9]+", "-", normalise_name(str(name_field.value))).strip("-")
            return f"{bin_field.value}-{slug or 'system'}"
    return f"bundle-{bundle.sha256[:12]}"


def required_fields() -> dict[str, tuple[str, ...]]:
    """Each document type's required fields, as its vocabulary marks them: the checks that
    need them are given them rather than reading the extractors' files."""
    return {name: tuple(entry.required_fields()) for name, entry in load_vocab().items()}


def load_auditors(path: Path | None) -> tuple[Auditor, ...] | None:
    """The accredited auditors CSV (columns bin,name); None when no list is configured."""
    if path is None:
        return None
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as exc:
        raise ConfigError(f"accredited auditors file {path}: {exc}") from exc
    if rows and not {"bin", "name"} <= set(rows[0]):
        raise ConfigError(f"accredited auditors file {path} needs the columns bin,name")
    return tuple(Auditor(bin=re.sub(r"\D", "", r["bin"] or ""), name=(r["name"] or "").strip()) for r in rows)
