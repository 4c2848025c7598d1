"""The extraction cache (issue 8 item 3): a resubmission OCRs only what changed, any change
to what steers reading misses, and a bad entry or a failing store never stops a bundle.

Everything runs on a LocalStore in tmp_path with the real tesseract engine, wrapped to
count the pages it is asked to read.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import logging
import shutil
import threading
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from sample_docs.evaluate import BUNDLES
from tests.ocr_text import needs_tesseract
from trustlist.compose import cache as cache_module
from trustlist.compose.cache import ENTRY_FORMAT, MAX_ENTRY_BYTES, ExtractionCache, extractor_version
from trustlist.compose.process import Pipeline
from trustlist.core.errors import OcrError, StorageError
from trustlist.core.models import BundleFile
from trustlist.core.settings import ReadingOptions, Settings
from trustlist.intake.bundle import from_path
from trustlist.intake.storage import LocalStore

pytestmark = needs_tesseract

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
# Three scanned documents (a PNG, a JPEG, an image-only PDF) beside a text-layer application.
SCANNED = BUNDLES / "finance" / "02-qarjy-scanned-complete"


class Counting:
    """The real engine, counting the pages it is asked to read; optionally failing them."""

    def __init__(self, engine, fail: bool = False) -> None:
        self.engine = engine
        self.workers = engine.workers
        self.fail = fail
        self.pages = 0
        self.lock = threading.Lock()  # pages of a bundle are read on several threads

    def version(self) -> str:
        return self.engine.version()

    def recognise(self, image, page_number, scale):
        with self.lock:
            self.pages += 1
        if self.fail:
            raise OcrError(f"page {page_number}: OCR timed out after 1 s")
        return self.engine.recognise(image, page_number, scale)


def counting_pipeline(settings: Settings, store=None, fail: bool = False) -> tuple[Pipeline, Counting]:
    pipeline = Pipeline(settings, store=store)
    counting = Counting(Pipeline(settings).engine, fail=fail)
    pipeline.engine = counting
    return pipeline, counting


@pytest.fixture
def store(tmp_path: Path) -> LocalStore:
    store = LocalStore(tmp_path / "store")
    store.ensure_buckets(Settings().bucket_names())
    return store


def cache_keys(store: LocalStore) -> list[str]:
    return [o.key for o in store.list(Settings().bucket_cache)]


def text_png(line: str = "Свидетельство о регистрации 180340012346") -> bytes:
    image = Image.new("L", (1500, 200), 255)
    ImageDraw.Draw(image).text((40, 60), line, fill=0, font=ImageFont.truetype(FONT, 40))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def bundle_file(name: str, data: bytes) -> BundleFile:
    return BundleFile(name=name, sha256=hashlib.sha256(data).hexdigest(), size=len(data), data=data)


# --- a resubmission -----------------------------------------------------------------------


def resubmitted(tmp_path: Path) -> tuple[Path, Path]:
    """The scanned sample bundle, and a second revision whose audit conclusion was
    scanned again (new bytes, same page), its manifest updated to match."""
    first, second = tmp_path / "finance" / "r1", tmp_path / "finance" / "r2"
    shutil.copytree(SCANNED, first)
    shutil.copytree(SCANNED, second)
    with Image.open(SCANNED / "audit_conclusion.png") as scan:
        scan.save(second / "audit_conclusion.png", format="PNG", compress_level=1)
    manifest = json.loads((second / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        entry["sha256"] = hashlib.sha256((second / entry["name"]).read_bytes()).hexdigest()
    (second / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return first, second


def test_a_resubmission_ocrs_only_the_replaced_document(tmp_path, store):
    settings = Settings()
    first, second = resubmitted(tmp_path)
    assert (first / "audit_conclusion.png").read_bytes() != (second / "audit_conclusion.png").read_bytes()

    pipeline, counting = counting_pipeline(settings, store)
    report_1 = pipeline.check_bundle(from_path(first, settings))
    assert counting.pages == 3  # the PNG, the JPEG and the scanned PDF's page
    assert len(cache_keys(store)) == 4  # the application's text layer is cached too

    counting.pages = 0
    bundle_2 = from_path(second, settings)
    cached = pipeline.check_bundle(bundle_2)
    assert counting.pages == 1
    assert len(cache_keys(store)) == 5

    uncached, fresh = counting_pipeline(settings)  # no store: reads everything again
    reference = uncached.check_bundle(bundle_2)
    assert fresh.pages == 3
    assert cached.model_dump() == reference.model_dump()
    assert report_1.outcome == cached.outcome == "complete"


# --- versions ------------------------------------------------------------------------------


CHANGED = {
    "ocr_languages": "rus+eng",
    "ocr_dpi": 200,
    "ocr_deskew": False,
    "ocr_binarize": True,
    "min_text_chars_per_page": 5,
    "max_pages_per_document": 10,
    "max_chars_per_document": 50_000,
    "max_image_pixels": 1_000_000,
}


def test_every_setting_that_steers_reading_changes_the_version():
    assert set(CHANGED) == set(ReadingOptions.model_fields)
    base = extractor_version(Settings().reading, "5.3.0")
    versions = {
        name: extractor_version(Settings(**{name: value}).reading, "5.3.0") for name, value in CHANGED.items()
    }
    assert base not in versions.values() and len(set(versions.values())) == len(CHANGED)
    assert extractor_version(Settings().reading, "5.4.0") != base


def test_a_new_entry_format_changes_the_version(monkeypatch):
    """Entries of the older shape then miss: they are never even fetched, let alone validated."""
    base = extractor_version(Settings().reading, "5.3.0")
    monkeypatch.setattr(cache_module, "ENTRY_FORMAT", ENTRY_FORMAT + 1)
    assert extractor_version(Settings().reading, "5.3.0") != base


def test_settings_that_do_not_steer_reading_share_the_version():
    unrelated = Settings(
        ocr_workers=7, ocr_page_timeout_s=5, poll_interval_s=5, bucket_cache="other", bucket_inbox="in"
    )
    assert unrelated.reading == Settings().reading
    assert extractor_version(unrelated.reading, "5.3.0") == extractor_version(Settings().reading, "5.3.0")


def test_a_changed_dpi_misses_and_reads_again(store):
    file = bundle_file("scan.png", text_png())
    pipeline, counting = counting_pipeline(Settings(), store)
    first = pipeline.read(file)
    assert pipeline.read(file) == first and counting.pages == 1  # the second is a hit

    other, recount = counting_pipeline(Settings(ocr_dpi=200), store)
    assert other.read(file).text == first.text
    assert recount.pages == 1
    assert len(cache_keys(store)) == 2


def test_the_same_bytes_under_another_name_hit_and_under_another_kind_miss(store):
    data = text_png()
    pipeline, counting = counting_pipeline(Settings(), store)
    first = pipeline.read(bundle_file("scan.png", data))
    renamed = pipeline.read(bundle_file("скан-2.PNG", data))
    assert counting.pages == 1
    assert renamed.file == "скан-2.PNG" and renamed.pages == first.pages
    as_pdf = pipeline.read(bundle_file("scan.pdf", data))  # a PNG named .pdf is a damaged PDF
    assert as_pdf.problem.kind == "unreadable" and len(cache_keys(store)) == 2


# --- what is cached and what is not ---------------------------------------------------------


def test_a_reading_that_met_an_ocr_failure_is_not_cached(store):
    file = bundle_file("scan.png", text_png())
    failing, counting = counting_pipeline(Settings(), store, fail=True)
    text = failing.read(file)
    assert text.warnings == ["page 1: OCR timed out after 1 s"] and text.problem.kind == "unreadable"
    assert cache_keys(store) == []
    healthy, recount = counting_pipeline(Settings(), store)
    assert "180340012346" in healthy.read(file).text and recount.pages == 1
    assert len(cache_keys(store)) == 1


def test_documents_that_cannot_be_read_are_cached_with_their_finding(store):
    damaged = bundle_file("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog")
    pipeline, _ = counting_pipeline(Settings(), store)
    first = pipeline.read(damaged)
    assert first.problem.kind == "unreadable"
    assert pipeline.cache.get(damaged, "pdf") == first
    assert pipeline.read(damaged) == first


def test_json_and_unsupported_files_are_not_cached(store):
    pipeline, _ = counting_pipeline(Settings(), store)
    assert pipeline.read(bundle_file("application.json", b'{"a": 1}')).structured == {"a": 1}
    assert pipeline.read(bundle_file("notes.docx", b"PK\x03\x04")).problem.kind == "unsupported"
    assert cache_keys(store) == []


# --- bad entries and a failing store ----------------------------------------------------------


def gzip_bomb() -> bytes:
    """A valid gzip stream that inflates past the entry limit (zeros compress ~1000:1)."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb") as stream:
        chunk = bytes(1 << 20)
        for _ in range(MAX_ENTRY_BYTES // len(chunk) + 1):
            stream.write(chunk)
    return out.getvalue()


def entry(version: str, **changes) -> bytes:
    """A well-formed entry for text_png() read as scan.png, with some fields changed."""
    text = {"file": "scan.png", "sha256": hashlib.sha256(text_png()).hexdigest(), "kind": "image"}
    body = {"format": ENTRY_FORMAT, "version": version, "text": text} | changes
    return gzip.compress(json.dumps(body).encode())


# Each made from the cache's version, so that only the named fault is wrong.
CORRUPT = {
    "not gzip": lambda version: b"this is not an entry",
    "empty": lambda version: b"",
    "truncated gzip": lambda version: entry(version)[:20],
    "gzip of garbage": lambda version: gzip.compress(b"\xff\xfe not json"),
    "JSON but not an object": lambda version: gzip.compress(b"[1, 2, 3]"),
    "wrong shape": lambda version: entry(version, text={"pages": "many"}),
    "another file's text": lambda version: entry(
        version, text={"file": "x", "sha256": "0" * 64, "kind": "image"}
    ),
    "another version": lambda version: entry("0" * 24),
    "an older format": lambda version: entry(version, format=ENTRY_FORMAT - 1),
    "gzip bomb": lambda version: gzip_bomb(),
}


@pytest.mark.parametrize("name", CORRUPT)
def test_a_corrupt_entry_is_read_again_and_overwritten(store, caplog, name):
    file = bundle_file("scan.png", text_png())
    pipeline, counting = counting_pipeline(Settings(), store)
    key = pipeline.cache.key(file.sha256, "image")
    bad = CORRUPT[name](pipeline.cache.version)
    store.put(Settings().bucket_cache, key, bad)

    with caplog.at_level(logging.WARNING, logger="trustlist.compose.cache"):
        text = pipeline.read(file)
    assert "180340012346" in text.text and counting.pages == 1
    assert any(key in r.getMessage() for r in caplog.records)
    assert store.get(Settings().bucket_cache, key) != bad
    assert pipeline.read(file) == text and counting.pages == 1  # the overwritten entry is a hit


def test_a_well_formed_entry_is_trusted(store):
    """The control for the cases above: an entry that is right in every field is used."""
    file = bundle_file("scan.png", text_png())
    pipeline, counting = counting_pipeline(Settings(), store)
    store.put(
        Settings().bucket_cache, pipeline.cache.key(file.sha256, "image"), entry(pipeline.cache.version)
    )
    text = pipeline.read(file)
    assert counting.pages == 0 and text.pages == [] and text.file == "scan.png"


class BrokenStore(LocalStore):
    """A store whose cache bucket cannot be read or written (MinIO down, no permission)."""

    def get(self, bucket, key):
        raise StorageError(f"get s3://{bucket}/{key} failed: cannot reach the server")

    def put(self, bucket, key, data, content_type="application/octet-stream"):
        raise StorageError(f"put s3://{bucket}/{key} failed: cannot reach the server")


def test_a_failing_store_only_costs_the_cache(tmp_path, caplog):
    file = bundle_file("scan.png", text_png())
    pipeline, counting = counting_pipeline(Settings(), BrokenStore(tmp_path / "broken"))
    with caplog.at_level(logging.WARNING, logger="trustlist.compose.cache"):
        text = pipeline.read(file)
        again = pipeline.read(file)
    assert "180340012346" in text.text and again == text and counting.pages == 2
    messages = [r.getMessage() for r in caplog.records]
    assert any("unreadable" in m for m in messages) and any("not written" in m for m in messages)


def test_a_missing_cache_bucket_is_not_fatal(tmp_path):
    bare = LocalStore(tmp_path / "bare")  # nobody ran ensure_buckets
    cache = ExtractionCache(bare, "cache", "v")
    file = bundle_file("scan.png", text_png())
    assert cache.get(file, "image") is None
    pipeline, counting = counting_pipeline(Settings(), bare)
    assert "180340012346" in pipeline.read(file).text and counting.pages == 1
