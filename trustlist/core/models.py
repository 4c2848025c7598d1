"""Domain models that travel between the stages: bundle -> pages -> documents -> checks.

The report's JSON shape lives in ``trustlist.core.report``; these are the internal
records the stages hand to each other. Each stage only adds information; none
goes back to an earlier stage's input.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import PurePosixPath
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DocType = Literal[
    "application",
    "system_description",
    "ip_certificate",
    "copyright_agreement",
    "audit_conclusion",
    "other",
]
TextSource = Literal["text_layer", "ocr", "mixed", "json", "none"]
Language = Literal["ru", "kk", "en", "mixed", "unknown"]
BBox = tuple[float, float, float, float]  # x0, top, x1, bottom; PDF points, or pixels for images
FieldValue = str | bool


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


# --- bundle -----------------------------------------------------------------------


class BundleFile(Frozen):
    """One file of a bundle, with its bytes (never written back anywhere but the archive)."""

    name: str
    sha256: str
    size: int
    data: bytes = Field(repr=False, exclude=True)


def suffix(name: str) -> str:
    """A bundle file's type as its name gives it: ".pdf", ".tif"..., in lower case."""
    return PurePosixPath(name).suffix.lower()


# What reading a bundle finds wrong with its files: a file the manifest lists missing or
# different, or the manifest itself invalid (manifest); a file kept but not read, being of an
# unsupported type, a link or special file, or an archive that cannot be expanded (not_read);
# a second entry of one name with other content, kept under a new name (renamed); the same
# content twice (duplicate). The check catalogue says which check reports each kind.
BundleProblemKind = Literal["manifest", "not_read", "renamed", "duplicate"]
# Why a file's text could not be read: a type that is not read (unsupported), a password to
# open it (encrypted), damage, no pages or no text even after OCR (unreadable).
FileProblemKind = Literal["unsupported", "encrypted", "unreadable"]


class BundleProblem(Frozen):
    """A fact found while reading the bundle."""

    kind: BundleProblemKind
    file: str | None
    detail: str


class Bundle(Frozen):
    key: str  # AGENCY/NAME.zip, AGENCY/NAME/ or a local path
    agency: str
    sha256: str
    received_at: datetime
    application_id: str | None = None  # from the manifest
    has_manifest: bool = False
    files: list[BundleFile] = []
    problems: list[BundleProblem] = []
    unreadable: str | None = None  # why BND-01 failed; then there are no files


# --- text -----------------------------------------------------------------------


class Word(Frozen):
    text: str
    bbox: BBox
    confidence: float | None = None  # 0..1 from OCR; None for a text layer


class Line(Frozen):
    words: list[Word]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def bbox(self) -> BBox:
        return union_bbox(w.bbox for w in self.words)


class Page(Frozen):
    number: int  # 1-based
    width: float
    height: float
    source: Literal["text_layer", "ocr"]
    lines: list[Line]
    confidence: float | None = None  # mean OCR word confidence, 0..1

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


class FileProblem(Frozen):
    """Why a file could not be read."""

    kind: FileProblemKind
    detail: str


class FileText(Frozen):
    """The text of one file, page by page, or the reason there is none."""

    file: str
    sha256: str
    kind: Literal["pdf", "image", "json", "unsupported"]
    pages: list[Page] = []
    structured: dict[str, object] | None = None  # application.json content
    problem: FileProblem | None = None
    warnings: list[str] = []  # e.g. JavaScript in a PDF, pages over the limit

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.pages)


# --- documents and fields -------------------------------------------------------


class Corrected(Frozen):
    """A reviewer's correction of a value the machine misread (SPEC §7)."""

    by: str
    at: str  # ISO 8601 with offset
    machine_value: FieldValue | None  # None: the machine found no value


class ExtractedField(Frozen):
    """A field value with where it came from (SPEC §4: provenance)."""

    value: FieldValue
    page: int | None = None
    bbox: BBox | None = None
    method: str  # label, label_next_line, table, sentence, pattern, json, heading
    confidence: float = Field(ge=0.0, le=1.0)
    raw: str | None = None  # the text as found, when the value was normalised
    corrected: Corrected | None = None  # set only on a reviewer's value


class Document(Frozen):
    """One classified document of a bundle; a file may hold more than one."""

    file: str
    sha256: str
    type: DocType
    language: Language = "unknown"
    pages: int = 0
    text_source: TextSource = "none"
    ocr_confidence: float | None = None
    classification_score: float = 0.0
    fields: dict[str, ExtractedField] = {}
    problem: FileProblem | None = None
    warnings: list[str] = []


def union_bbox(boxes: Iterable[BBox]) -> BBox:
    boxes = list(boxes)
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
