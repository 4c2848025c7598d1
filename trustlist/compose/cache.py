"""The extraction cache: a file's text, kept in object storage, so that nothing is read twice.

A resubmitted bundle usually repeats most of its files byte for byte; OCR is the
pipeline's one expensive step, so what it produced is kept per file under

    <bucket_cache>/<extractor version>/<kind>/<sha256>.json.gz

The entry is the ``FileText`` (pages of positioned words), not the documents made
from it: classification and fields are cheap and change with the vocabularies, so
they are always made afresh. The extractor version is a digest of everything that
can change the text for the same bytes: the extractors' source, the PDF and image
libraries' versions, tesseract's version and the reading options. A new
version simply misses; old entries are left for a bucket lifecycle rule to expire.

Failures are never fatal: an entry that cannot be fetched, decompressed or
validated is a miss (the file is read again and the entry overwritten), and a
write that fails is logged and forgotten.

What is cached: every reading of a PDF or an image, including the ones that end in
a problem (a password, damage, a page over the pixel cap), because
they follow from the bytes and the reading options alone. Not cached: a reading in which
tesseract failed or ran out of time on some page. That depends on the machine's
load and health at the time, and the next submission deserves another try.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from trustlist.core.errors import ObjectNotFound, OcrError, StorageError
from trustlist.core.models import BundleFile, FileText, Page
from trustlist.core.settings import ReadingOptions
from trustlist.extractors.text import file_kind, read_file
from trustlist.intake.storage import ObjectStore

if TYPE_CHECKING:
    from PIL import Image

    from trustlist.extractors.ocr import OcrEngine
    from trustlist.extractors.pageimages import PageImages

log = logging.getLogger(__name__)

# Kinds worth keeping: JSON and unsupported files cost nothing to read again.
CACHED_KINDS = frozenset({"pdf", "image"})
# The modules that turn bytes into a FileText.
EXTRACTOR_MODULES = (
    "trustlist.extractors.text",
    "trustlist.extractors.ocr",
    "trustlist.extractors.tesseract_reader",
    "trustlist.extractors.preprocess",
    "trustlist.extractors.layout",
    "trustlist.extractors.pdfsafety",
)
# The libraries those modules parse and render with.
LIBRARIES = ("pdfplumber", "pdfminer.six", "pypdfium2", "pillow", "numpy")
# The shape of an entry: a new one makes older entries miss rather than fail validation.
ENTRY_FORMAT = 2
# An entry is inflated in memory. A 200-page document's words take ~10 MB of JSON;
# a larger entry is not written, and one found larger is corrupt (or a gzip bomb).
MAX_ENTRY_BYTES = 64 * 1024 * 1024


def extractor_version(options: ReadingOptions, tesseract: str) -> str:
    """A digest of what makes the text of a file: code, libraries, tesseract, reading options."""
    digest = hashlib.sha256()
    for name in EXTRACTOR_MODULES:
        spec = importlib.util.find_spec(name)
        digest.update(Path(spec.origin).read_bytes() if spec and spec.origin else name.encode())
    described = {
        "format": ENTRY_FORMAT,
        "tesseract": tesseract,
        "libraries": {name: library_version(name) for name in LIBRARIES},
        "options": options.model_dump(),
    }
    digest.update(json.dumps(described, sort_keys=True).encode())
    return digest.hexdigest()[:24]


def library_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


class ExtractionCache:
    def __init__(self, store: ObjectStore, bucket: str, version: str) -> None:
        self.store = store
        self.bucket = bucket
        self.version = version

    def read(
        self, file: BundleFile, options: ReadingOptions, engine: OcrEngine, kept: PageImages | None = None
    ) -> FileText:
        """The file's text: kept from an earlier reading, or read now (and kept). Only a
        reading made now puts page images into ``kept``: an entry holds none."""
        kind = file_kind(file.name)
        if kind not in CACHED_KINDS:
            return read_file(file, options, engine, kept)
        cached = self.get(file, kind)
        if cached is not None:
            return cached
        watched = FailureWatch(engine)
        text = read_file(file, options, watched, kept)
        if not watched.failed:
            self.put(text)
        return text

    def key(self, sha256: str, kind: str) -> str:
        return f"{self.version}/{kind}/{sha256}.json.gz"

    def get(self, file: BundleFile, kind: str) -> FileText | None:
        """The text read earlier from these bytes as this kind of file, named as ``file``
        is now; None when there is none or it is unusable."""
        key = self.key(file.sha256, kind)
        try:
            data = self.store.get(self.bucket, key)
        except ObjectNotFound:
            return None
        except StorageError as exc:
            log.warning("extraction cache: %s unreadable, the file is read again: %s", key, exc)
            return None
        try:
            entry = json.loads(inflate(data, MAX_ENTRY_BYTES))
            text = FileText.model_validate(entry["text"])
            stored = (entry["format"], entry["version"], text.sha256, text.kind)
        except (zlib.error, ValueError, TypeError, KeyError, ValidationError) as exc:
            # ValueError covers a bad JSON document, bad UTF-8 and an entry over the size limit.
            log.warning("extraction cache: %s is corrupt, the file is read again: %s", key, exc)
            return None
        if stored != (ENTRY_FORMAT, self.version, file.sha256, kind):
            log.warning("extraction cache: %s holds another file's text, the file is read again", key)
            return None
        return text.model_copy(update={"file": file.name})

    def put(self, text: FileText) -> None:
        key = self.key(text.sha256, text.kind)
        entry = {"format": ENTRY_FORMAT, "version": self.version, "text": text.model_dump(mode="json")}
        plain = json.dumps(entry, ensure_ascii=False).encode()
        if len(plain) > MAX_ENTRY_BYTES:
            log.info("extraction cache: %s not written, %d bytes is over the entry limit", key, len(plain))
            return
        data = zlib.compress(plain, wbits=31)  # gzip framing: `gunzip` reads an entry
        try:
            self.store.put(self.bucket, key, data, content_type="application/gzip")
        except StorageError as exc:
            log.warning("extraction cache: %s not written (the report is not affected): %s", key, exc)


def inflate(data: bytes, limit: int) -> bytes:
    """gzip data decompressed, refusing (ValueError) to grow past ``limit`` bytes."""
    inflater = zlib.decompressobj(wbits=31)
    out = inflater.decompress(data, limit)
    if inflater.unconsumed_tail:
        raise ValueError(f"entry inflates past {limit} bytes")
    if not inflater.eof:
        raise ValueError("entry is truncated")
    return out


class FailureWatch:
    """An engine passed through, noting whether tesseract failed on any page: such a
    reading depends on the moment, not only on the bytes, and is not cached."""

    def __init__(self, engine: OcrEngine) -> None:
        self.engine = engine
        self.workers = engine.workers
        self.failed = False

    def version(self) -> str:
        return self.engine.version()

    def recognise(self, image: Image.Image, page_number: int, scale: float) -> Page:
        try:
            return self.engine.recognise(image, page_number, scale)
        except OcrError:
            self.failed = True
            raise
