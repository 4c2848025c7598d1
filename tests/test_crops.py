"""Evidence crops (issue 8 item 3): a page OCR has read is not rendered again for its crops,
a page with several boxes is rendered once, and the pages kept for crops stay bounded and
travel with the bundle's reading (issue 17), not in a store of the process.

Renders are counted where they happen: pdfium's ``PageRenderer.render`` for PDF pages, and
``image_frames`` (one decoding pass over an image file's frames) for image files.
"""

from __future__ import annotations

import base64
import io
from collections import Counter
from pathlib import Path

import numpy as np
import pypdfium2
import pytest
from PIL import Image, ImageDraw, ImageFont

from tests.ocr_text import needs_tesseract
from trustlist import cli
from trustlist.compose import html
from trustlist.compose.process import Pipeline, page_store
from trustlist.core.report import BundleRef, CheckResult, Deadlines, Evidence, Messages, ProducedBy, Report
from trustlist.core.settings import Settings
from trustlist.extractors import text
from trustlist.extractors.pageimages import (
    CROP_MAX_WIDTH,
    MAX_KEPT_BYTES,
    PAGES_KEPT_PER_FILE,
    PageImages,
    for_crops,
)
from trustlist.intake.bundle import from_path
from trustlist.intake.storage import LocalStore

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
# A PDF page of 600 x 432 points: whole pixels at the OCR's 300 dpi and the crops' 150 dpi.
PAGE_PIXELS_150_DPI = (1250, 900)


class Renders:
    """Counts of page renders, by file kind: PDF pages by index, image files by decoding pass."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.pdf_pages: Counter[int] = Counter()
        self.pdf_openings = 0
        self.image_passes = 0
        render, frames, document = text.PageRenderer.render, text.image_frames, pypdfium2.PdfDocument

        def counted_render(renderer, index):
            self.pdf_pages[index] += 1
            return render(renderer, index)

        def counted_frames(*args):
            self.image_passes += 1
            return frames(*args)

        def counted_document(*args, **kwargs):
            self.pdf_openings += 1
            return document(*args, **kwargs)

        monkeypatch.setattr(text.PageRenderer, "render", counted_render)
        # Counted where OCR reads and where the crops render.
        monkeypatch.setattr(text, "image_frames", counted_frames)
        monkeypatch.setattr(html, "image_frames", counted_frames)
        monkeypatch.setattr(pypdfium2, "PdfDocument", counted_document)

    def reset(self) -> None:
        self.pdf_pages.clear()
        self.pdf_openings = self.image_passes = 0


def page_with(lines: list[str], size: tuple[int, int] = PAGE_PIXELS_150_DPI, mode: str = "L") -> Image.Image:
    page = Image.new(mode, size, "white")
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 40)
    for row, line in enumerate(lines):
        draw.text((80, 120 + 90 * row), line, fill="black", font=font)
    return page


def scanned_pdf(pages: list[Image.Image]) -> bytes:
    """An image-only PDF, one scan a page, 150 dpi."""
    out = io.BytesIO()
    pages[0].save(out, format="PDF", save_all=True, append_images=pages[1:], resolution=150)
    return out.getvalue()


def encoded(image: Image.Image, kind: str, frames: list[Image.Image] | None = None) -> bytes:
    out = io.BytesIO()
    image.save(out, format=kind, save_all=bool(frames), append_images=frames or [])
    return out.getvalue()


def failing(report: Report, evidence: list[Evidence]) -> Report:
    """The report with one failed blocking check pointing at ``evidence``."""
    check = CheckResult(
        code="XDC-01",
        status="fail",
        severity="blocking",
        message=Messages(ru="имя", kk="атауы", en="name"),
        evidence=evidence,
    )
    return report.model_copy(update={"checks": [check]})


def box(file: str, page: int, bbox: tuple[float, float, float, float]) -> Evidence:
    return Evidence(file=file, page=page, field="system_name", value="…", bbox=bbox)


def decoded(uri: str) -> Image.Image:
    return Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1])))


def red_pixels(image: Image.Image) -> int:
    rgb = np.asarray(image.convert("RGB")).astype(int)
    return int(((rgb[..., 0] > 180) & (rgb[..., 1] < 90) & (rgb[..., 2] < 90)).sum())


# --- pages read by OCR ------------------------------------------------------------------------


@needs_tesseract
def test_pages_read_by_ocr_are_not_rendered_again_for_their_crops(tmp_path: Path, monkeypatch):
    folder = tmp_path / "health" / "scans"
    folder.mkdir(parents=True)
    pdf_pages = [
        page_with(["Система «Дата Сапа»", "версия 2.1"]),
        page_with(["Правообладатель ТОО «Дата Сапа»"]),
    ]
    (folder / "scan.pdf").write_bytes(scanned_pdf(pdf_pages))
    (folder / "scan.png").write_bytes(encoded(page_with(["Аудит", "положительное"], (1000, 400)), "PNG"))
    settings = Settings(ocr_workers=2)
    bundle = from_path(folder, settings)
    files = {f.name: f.data for f in bundle.files}
    renders = Renders(monkeypatch)

    kept = PageImages()
    report = Pipeline(settings).check_bundle(bundle, kept)
    assert renders.pdf_pages == {0: 1, 1: 1} and renders.image_passes == 1  # each page once, for OCR

    # Two boxes on the PDF's first page, one on its second, one on the PNG (PDF boxes in
    # points, image boxes in pixels).
    shaped = failing(
        report,
        [
            box("scan.pdf", 1, (38.4, 57.6, 300.0, 76.8)),
            box("scan.pdf", 1, (38.4, 100.8, 200.0, 120.0)),
            box("scan.pdf", 2, (38.4, 57.6, 400.0, 76.8)),
            box("scan.png", 1, (80.0, 120.0, 300.0, 170.0)),
        ],
    )
    renders.reset()
    from_ocr = html.evidence_crops(shaped, files, settings.reading, kept)
    assert len(from_ocr) == 4 and all(red_pixels(decoded(uri)) > 100 for uri in from_ocr.values())
    assert renders.pdf_pages == {} and renders.pdf_openings == 0 and renders.image_passes == 0

    # The report made, its pages are let go: the same crops now render each page once.
    assert kept.kept_bytes == 0
    renders.reset()
    fresh = html.evidence_crops(shaped, files, settings.reading, kept)
    assert renders.pdf_pages == {0: 1, 1: 1} and renders.pdf_openings == 1 and renders.image_passes == 1
    # A crop looks the same whichever way its page came.
    assert sorted(fresh) == sorted(from_ocr)
    for key, uri in from_ocr.items():
        assert decoded(uri).size == decoded(fresh[key]).size


@needs_tesseract
def test_only_a_files_first_pages_are_kept_so_a_long_scan_does_not_churn_the_store(tmp_path, monkeypatch):
    folder = tmp_path / "health" / "long"
    folder.mkdir(parents=True)
    count = PAGES_KEPT_PER_FILE + 2
    pages = [page_with([f"Страница {n} из {count}"], (625, 450)) for n in range(1, count + 1)]
    (folder / "long.pdf").write_bytes(scanned_pdf(pages))
    settings = Settings(ocr_workers=2)
    bundle = from_path(folder, settings)
    renders = Renders(monkeypatch)
    kept = PageImages()
    report = Pipeline(settings).check_bundle(bundle, kept)
    assert renders.pdf_pages == {index: 1 for index in range(count)}

    renders.reset()
    last = box("long.pdf", count, (19.2, 28.8, 150.0, 38.4))
    crops = html.evidence_crops(
        failing(report, [box("long.pdf", 1, (19.2, 28.8, 150.0, 38.4)), last]),
        {f.name: f.data for f in bundle.files},
        settings.reading,
        kept,
    )
    assert len(crops) == 2
    assert renders.pdf_pages == {count - 1: 1}  # the first page was kept, the last rendered again


@needs_tesseract
def test_a_reading_from_the_extraction_cache_keeps_no_page_and_its_crops_render(tmp_path, monkeypatch):
    folder = tmp_path / "health" / "cached"
    folder.mkdir(parents=True)
    (folder / "scan.pdf").write_bytes(scanned_pdf([page_with(["Система «Дата Сапа»", "версия 2.1"])]))
    settings = Settings(ocr_workers=2)
    store = LocalStore(tmp_path / "store")
    store.ensure_buckets(settings.bucket_names())
    bundle = from_path(folder, settings)
    Pipeline(settings, store).check_bundle(bundle, PageImages())  # read, and written to the cache
    renders = Renders(monkeypatch)

    kept = PageImages()
    report = Pipeline(settings, store).check_bundle(bundle, kept)
    assert renders.pdf_pages == {} and kept.kept_bytes == 0  # the text came from the cache

    shaped = failing(report, [box("scan.pdf", 1, (38.4, 57.6, 300.0, 76.8))])
    crops = html.evidence_crops(shaped, {f.name: f.data for f in bundle.files}, settings.reading, kept)
    assert len(crops) == 1 and renders.pdf_pages == {0: 1}


@needs_tesseract
def test_check_hands_the_pages_ocr_read_to_the_html_reports_crops_and_keeps_none_for_json(
    tmp_path, monkeypatch
):
    folder = tmp_path / "health" / "scan"
    folder.mkdir(parents=True)
    (folder / "scan.png").write_bytes(encoded(page_with(["Аудит", "положительное"], (1000, 400)), "PNG"))
    settings = Settings(ocr_workers=2)
    handed: list[int] = []
    real_crops = html.evidence_crops

    def spied_crops(report, files, options, kept=None):
        handed.append(kept.kept_bytes if kept is not None else 0)
        crops = real_crops(report, files, options, kept)
        assert kept is not None and kept.kept_bytes == 0  # emptied once the crops are cut
        return crops

    monkeypatch.setattr(html, "evidence_crops", spied_crops)
    stores: list[PageImages | None] = []
    real_check = Pipeline.check_bundle

    def spied_check(self, bundle, kept=None):
        stores.append(kept)
        return real_check(self, bundle, kept)

    monkeypatch.setattr(Pipeline, "check_bundle", spied_check)
    run = {"settings": settings, "agency": None, "lang": "en", "at_once": 1}

    cli.check_one(Pipeline(settings), folder, fmt="html", **run)
    assert len(handed) == 1 and handed[0] > 0
    assert stores[0] is not None and stores[0].max_bytes == MAX_KEPT_BYTES

    cli.check_one(Pipeline(settings), folder, fmt="json", **run)
    assert stores[1] is None and len(handed) == 1


def test_bundles_read_side_by_side_keep_no_more_than_one_bound_together():
    assert page_store(1).max_bytes == MAX_KEPT_BYTES
    assert 2 * page_store(2).max_bytes <= MAX_KEPT_BYTES


# --- pages rendered for crops alone ---------------------------------------------------------


@pytest.fixture
def empty_report(tmp_path: Path) -> Report:
    """A report of no documents: nothing in it was read by OCR, so every crop renders."""
    return Report(
        application_id="HLT-1",
        revision=1,
        agency="health",
        bundle=BundleRef(key="health/x/", sha256="0" * 64, received_at="2026-03-02T10:15:00+05:00"),
        outcome="inconsistent",
        documents=[],
        checks=[],
        deadlines=Deadlines(received="2026-03-02", review_due="2026-03-17"),
        produced_by=ProducedBy(version="test", tesseract="none", rules="test"),
    )


def test_several_boxes_on_a_page_render_that_page_once_and_each_file_is_opened_once(
    empty_report, monkeypatch
):
    settings = Settings()
    pages = [page_with([f"страница {n}", "Система", "версия 2.1"]) for n in (1, 2, 3)]
    frames = [page_with([f"кадр {n}"], (800, 600)) for n in (1, 2, 3)]
    files = {"three.pdf": scanned_pdf(pages), "three.tiff": encoded(frames[0], "TIFF", frames[1:])}
    evidence = [box("three.pdf", 1, (38.4, 57.6 + 43.2 * row, 300.0, 76.8 + 43.2 * row)) for row in range(3)]
    evidence += [box("three.pdf", 3, (38.4, 57.6, 300.0, 76.8)), box("three.pdf", 3, (38.4, 100.8, 200, 120))]
    evidence += [box("three.tiff", 1, (80.0, 120.0, 300.0, 170.0)), box("three.tiff", 3, (80, 120, 300, 170))]
    renders = Renders(monkeypatch)

    crops = html.evidence_crops(failing(empty_report, evidence), files, settings.reading)

    assert len(crops) == 7 and all(red_pixels(decoded(uri)) > 100 for uri in crops.values())
    assert renders.pdf_pages == {0: 1, 2: 1}  # page 2 has no box: never rendered
    assert renders.pdf_openings == 1 and renders.image_passes == 1


def test_a_page_that_cannot_be_rendered_loses_its_crops_not_the_others(empty_report):
    settings = Settings()
    pages = [page_with(["страница 1"]), page_with(["страница 2"])]
    files = {"two.pdf": scanned_pdf(pages), "broken.png": b"\x89PNG\r\n\x1a\n truncated"}
    evidence = [
        box("two.pdf", 1, (38.4, 57.6, 300.0, 76.8)),
        box("two.pdf", 7, (38.4, 57.6, 300.0, 76.8)),  # past the last page
        box("broken.png", 1, (0.0, 0.0, 10.0, 10.0)),
    ]
    crops = html.evidence_crops(failing(empty_report, evidence), files, settings.reading)
    assert list(crops) == [("two.pdf", 1, (38.4, 57.6, 300.0, 76.8))]


# --- what is kept, and how much ----------------------------------------------------------------


def test_pages_are_kept_shrunk_to_what_a_crop_shows():
    ocr_page = Image.new("RGB", (2500, 1800), "white")  # 600 x 432 points at 300 dpi
    kept, units = for_crops(ocr_page, 72 / 300)
    assert kept.size == PAGE_PIXELS_150_DPI and units == pytest.approx(72 / 150)
    scan = Image.new("L", (1654, 2339), 255)  # a 200-dpi image file: already small enough
    kept, units = for_crops(scan, 1.0)
    assert kept.size == scan.size and units == 1.0 and kept is not scan
    assert for_crops(Image.new("P", (100, 100)), 1.0)[0].mode == "RGB"
    assert for_crops(Image.new("1", (100, 100)), 1.0)[0].mode == "L"
    assert for_crops(Image.new("L", (3 * CROP_MAX_WIDTH - 1, 10)), 1.0)[0].width >= CROP_MAX_WIDTH


def test_kept_pages_stay_within_their_bytes_the_latest_first():
    megabyte_page = (1024, 1024)
    kept = PageImages(max_bytes=int(2.5 * 1024 * 1024))
    for page in range(1, 5):
        kept.put("a" * 64, page, (Image.new("L", megabyte_page, 255), 1.0))
        assert kept.kept_bytes <= kept.max_bytes
    assert kept.take("a" * 64, 1) is None and kept.take("a" * 64, 2) is None
    assert kept.take("a" * 64, 4) is not None and kept.take("a" * 64, 4) is None  # taken once
    kept.put("b" * 64, 1, (Image.new("L", megabyte_page, 255), 1.0))
    kept.clear()
    assert kept.take("a" * 64, 3) is None and kept.take("b" * 64, 1) is None
    assert kept.kept_bytes == 0
    kept.put("c" * 64, 1, (Image.new("RGB", megabyte_page), 1.0))  # 4 MB: over the bound, not kept
    assert kept.kept_bytes == 0 and kept.take("c" * 64, 1) is None
