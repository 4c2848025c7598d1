"""OCR pages in parallel (issue 6 item 7): page order kept, never more than ``workers``
recognitions at once across documents, a bounded number of page images alive, and a
failing page that still leaves the others.

Most tests read real PDFs and TIFFs (made here, one grey level per page so that each
page's image is told apart) through ``read_file`` with a fake engine that "reads" the
grey level; one reads a small real scan with tesseract.
"""

from __future__ import annotations

import functools
import hashlib
import io
import threading
import time
import weakref
from concurrent.futures import ThreadPoolExecutor

import pypdfium2
import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

import trustlist.extractors.ocr as ocr
import trustlist.extractors.text as text
from tests.ocr_text import needs_tesseract
from trustlist.cli import check_bundles, check_one
from trustlist.compose.process import Pipeline
from trustlist.core.errors import OcrError
from trustlist.core.models import BundleFile, Line, Page, Word
from trustlist.core.report import Report
from trustlist.core.settings import Settings
from trustlist.extractors.ocr import TesseractEngine, page_pool
from trustlist.extractors.text import PAGES_PER_OPENING, PageRenderer, read_file
from trustlist.intake.bundle import from_path

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
# Long enough for every pool thread to be inside recognise() at once.
ALL_BUSY_TIMEOUT_S = 10.0
# Page images a document may hold with two workers: about two per worker (issue 6).
WINDOW = 2 * 2


def grey(number: int) -> int:
    """The grey level of page ``number`` (1-based): distinct for up to 60 pages."""
    return 10 + 4 * number


def grey_pages(count: int) -> list[Image.Image]:
    return [Image.new("L", (150, 150), grey(n)) for n in range(1, count + 1)]


def scanned_pdf(count: int) -> bytes:
    """Image-only pages half an inch square (150x150 pixels at 300 dpi), one grey each."""
    pdf = FPDF(unit="pt", format=(36, 36))
    for image in grey_pages(count):
        pdf.add_page()
        pdf.image(image, 0, 0, 36, 36)
    return bytes(pdf.output())


def tiff(count: int) -> bytes:
    frames = grey_pages(count)
    out = io.BytesIO()
    frames[0].save(out, format="TIFF", save_all=True, append_images=frames[1:])
    return out.getvalue()


def bundle_file(name: str, data: bytes) -> BundleFile:
    return BundleFile(name=name, sha256=hashlib.sha256(data).hexdigest(), size=len(data), data=data)


class Recognitions:
    """Counts recognitions in progress, over every engine that shares it."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.lock = threading.Lock()
        self.running = 0
        self.peak = 0
        self.calls = 0
        self.all_busy = threading.Event()

    def enter(self) -> None:
        with self.lock:
            self.running += 1
            self.calls += 1
            self.peak = max(self.peak, self.running)
            if self.running == self.workers:
                self.all_busy.set()

    def leave(self) -> None:
        with self.lock:
            self.running -= 1


class GreyEngine:
    """Reads a page as the word ``grey<level>`` of its image's top-left pixel.

    Until every pool thread is inside recognise() at once, each call waits: were the
    pages not read in parallel, that moment would never come and the call would give
    up after ALL_BUSY_TIMEOUT_S; were more than ``workers`` read at once, ``peak`` says so.
    Early pages also take longer than later ones, so they finish out of order.
    """

    def __init__(self, recognitions: Recognitions, fail: frozenset[int] = frozenset()) -> None:
        self.recognitions = recognitions
        self.workers = recognitions.workers
        self.fail = fail

    def version(self) -> str:
        return "grey 1"

    def recognise(self, image: Image.Image, page_number: int, scale: float) -> Page:
        self.recognitions.enter()
        try:
            self.recognitions.all_busy.wait(ALL_BUSY_TIMEOUT_S)
            time.sleep(0.002 * max(0, 10 - page_number))
            if page_number in self.fail:
                raise OcrError(f"page {page_number}: tesseract failed (exit 1): bad page")
            level = image.convert("L").getpixel((5, 5))
            word = Word(text=f"grey{level}", bbox=(0.0, 0.0, 10.0, 10.0), confidence=0.9)
            return Page(
                number=page_number,
                width=image.width * scale,
                height=image.height * scale,
                source="ocr",
                lines=[Line(words=[word])],
                confidence=0.9,
            )
        finally:
            self.recognitions.leave()


def words(result) -> list[str]:
    return [page.text for page in result.pages]


def expected_words(count: int) -> list[str]:
    return [f"grey{grey(n)}" for n in range(1, count + 1)]


# --- (a) order and (b) the limit ---------------------------------------------------------


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_pages_come_back_in_order_with_at_most_workers_at_once(workers):
    recognitions = Recognitions(workers)
    result = read_file(bundle_file("scan.pdf", scanned_pdf(12)), Settings().reading, GreyEngine(recognitions))
    assert words(result) == expected_words(12)
    assert [p.number for p in result.pages] == list(range(1, 13))
    assert result.problem is None and result.warnings == []
    assert recognitions.calls == 12
    assert recognitions.peak == workers  # all of them used, never one more


def test_frames_of_an_image_come_back_in_order():
    recognitions = Recognitions(2)
    result = read_file(bundle_file("scan.tiff", tiff(9)), Settings().reading, GreyEngine(recognitions))
    assert words(result) == expected_words(9)
    assert recognitions.peak == 2


def test_documents_read_at_once_share_the_limit():
    """The flow reads a bundle's documents in threads of its own, each with its own
    Pipeline and engine: together they still run at most ``workers`` recognitions."""
    recognitions = Recognitions(2)
    files = [bundle_file(f"scan-{i}.pdf", scanned_pdf(8 + i)) for i in range(4)]
    with ThreadPoolExecutor(len(files)) as documents:
        results = list(
            documents.map(lambda f: read_file(f, Settings().reading, GreyEngine(recognitions)), files)
        )
    assert [words(r) for r in results] == [expected_words(8 + i) for i in range(4)]
    assert recognitions.calls == sum(8 + i for i in range(4))
    assert recognitions.peak == 2


def test_one_pool_per_worker_count_for_the_whole_process():
    assert page_pool(2) is page_pool(2)
    engines = [TesseractEngine("eng", 10, workers=2), TesseractEngine("rus", 10, workers=2)]
    assert {page_pool(e.workers) for e in engines} == {page_pool(2)}


def test_documents_asking_for_the_pool_at_once_get_one_pool():
    workers = 7  # a count no other test asks for: its pool is made here, under the race
    start = threading.Barrier(8)

    def ask(_: int) -> int:
        start.wait()
        return id(page_pool(workers))

    with ThreadPoolExecutor(8) as documents:
        assert len(set(documents.map(ask, range(8)))) == 1


# --- (c) bounded memory ---------------------------------------------------------------------


class Alive:
    """Images made and not yet freed, counted through weakref finalizers."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.now = 0
        self.peak = 0
        self.made = 0

    def track(self, image: Image.Image) -> Image.Image:
        with self.lock:
            self.now += 1
            self.made += 1
            self.peak = max(self.peak, self.now)
        weakref.finalize(image, self._freed)
        return image

    def _freed(self) -> None:
        with self.lock:
            self.now -= 1


def test_a_long_scan_keeps_a_window_of_rendered_pages(monkeypatch):
    alive, real_render = Alive(), PageRenderer.render

    def tracked_render(self, index):
        image, scale = real_render(self, index)
        return alive.track(image), scale

    monkeypatch.setattr(PageRenderer, "render", tracked_render)
    recognitions = Recognitions(2)
    result = read_file(bundle_file("long.pdf", scanned_pdf(60)), Settings().reading, GreyEngine(recognitions))
    assert words(result) == expected_words(60)
    assert alive.made == 60  # every page rendered once
    assert 2 <= alive.peak <= WINDOW  # rendered in parallel, and never all at once
    assert alive.now == 0


def test_frames_are_decoded_as_they_are_read(monkeypatch):
    alive, real_frames = Alive(), text.image_frames

    def tracked_frames(data, settings, warnings):
        for number, frame in real_frames(data, settings, warnings):
            yield number, alive.track(frame)

    monkeypatch.setattr(text, "image_frames", tracked_frames)
    result = read_file(bundle_file("long.tiff", tiff(40)), Settings().reading, GreyEngine(Recognitions(2)))
    assert words(result) == expected_words(40)
    assert alive.made == 40 and alive.peak <= WINDOW


def test_a_long_scan_is_rendered_from_a_few_short_openings(monkeypatch):
    """pdfium keeps every parsed page image until its document closes: a long scan is
    rendered from one opening per PAGES_PER_OPENING pages, one open at a time."""
    opened, open_now, most = [0], [0], [0]

    class Counted(pypdfium2.PdfDocument):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            opened[0] += 1
            open_now[0] += 1
            most[0] = max(most[0], open_now[0])

        def close(self):
            open_now[0] -= 1
            super().close()

    monkeypatch.setattr(pypdfium2, "PdfDocument", Counted)
    result = read_file(
        bundle_file("long.pdf", scanned_pdf(40)), Settings().reading, GreyEngine(Recognitions(2))
    )
    assert words(result) == expected_words(40)
    assert opened[0] == -(-40 // PAGES_PER_OPENING) and most[0] == 1 and open_now[0] == 0


def test_pdfium_is_never_entered_by_two_threads(monkeypatch):
    """pdfium is not thread-safe, even across documents: renders are serialised."""
    inside, peak, lock = [0], [0], threading.Lock()
    real_render = pypdfium2.PdfPage.render

    def watched_render(self, *args, **kwargs):
        with lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        try:
            time.sleep(0.005)  # widens the window in which an unguarded second call would overlap
            return real_render(self, *args, **kwargs)
        finally:
            with lock:
                inside[0] -= 1

    monkeypatch.setattr(pypdfium2.PdfPage, "render", watched_render)
    recognitions = Recognitions(3)
    files = [bundle_file(f"scan-{i}.pdf", scanned_pdf(10)) for i in range(3)]
    with ThreadPoolExecutor(3) as documents:
        results = list(
            documents.map(lambda f: read_file(f, Settings().reading, GreyEngine(recognitions)), files)
        )
    assert all(words(r) == expected_words(10) for r in results)
    assert peak[0] == 1


# --- (d) failures -----------------------------------------------------------------------------


def test_a_failing_page_is_a_warning_and_the_others_are_read(monkeypatch):
    real_render = PageRenderer.render

    def render(self, index):
        if index == 6:  # page 7
            raise text.DocumentError("page 7 cannot be rendered: broken image")
        return real_render(self, index)

    monkeypatch.setattr(PageRenderer, "render", render)
    engine = GreyEngine(Recognitions(2), fail=frozenset({3}))
    result = read_file(bundle_file("scan.pdf", scanned_pdf(9)), Settings().reading, engine)
    assert result.problem is None
    assert result.warnings == [
        "page 3: tesseract failed (exit 1): bad page",
        "page 7 cannot be rendered: broken image",
    ]
    expected = expected_words(9)
    expected[2] = expected[6] = ""
    assert words(result) == expected
    assert [p.number for p in result.pages] == list(range(1, 10))


def test_a_bug_in_one_page_leaves_no_page_running(monkeypatch):
    """An unexpected error (not an OCR failure) ends the document as unparseable, and
    the pages still queued are cancelled before the document is closed."""
    recognitions = Recognitions(2)

    class Broken(GreyEngine):
        def recognise(self, image, page_number, scale):
            if page_number == 2:
                raise RuntimeError("a bug")
            return super().recognise(image, page_number, scale)

    # Page 2 fails before the others are all busy: no need to wait for them.
    recognitions.all_busy.set()
    result = read_file(bundle_file("scan.pdf", scanned_pdf(30)), Settings().reading, Broken(recognitions))
    assert result.problem.kind == "unreadable" and "RuntimeError: a bug" in result.problem.detail
    assert recognitions.running == 0
    assert recognitions.calls < 30  # the rest were cancelled, not read


# --- the real engine ----------------------------------------------------------------------------


def text_scan(pages: int) -> bytes:
    pdf = FPDF(unit="pt", format=(360, 48))  # 1500x200 pixels at 300 dpi
    for number in range(1, pages + 1):
        image = Image.new("L", (1500, 200), 255)
        ImageDraw.Draw(image).text(
            (40, 60), f"Заявление номер {number}", fill=0, font=ImageFont.truetype(FONT, 40)
        )
        pdf.add_page()
        pdf.image(image, 0, 0, 360, 48)
    return bytes(pdf.output())


@needs_tesseract
def test_tesseract_reads_pages_in_parallel_single_threaded(tmp_path, monkeypatch):
    """A small scan through the real engine: each page's own text, in order, and every
    tesseract reader started with OMP_THREAD_LIMIT=1 whatever the environment says."""
    seen = tmp_path / "omp"
    wrapper = tmp_path / "reader"
    command = " ".join(ocr.READER_COMMAND)
    wrapper.write_text(f'#!/bin/sh\necho "$OMP_THREAD_LIMIT" >> "{seen}"\nexec {command} "$@"\n')
    wrapper.chmod(0o755)
    monkeypatch.setattr(ocr, "READER_COMMAND", [str(wrapper)])
    monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    ocr.close_readers()  # readers kept from earlier tests started without the wrapper

    settings = Settings(ocr_workers=2)
    engine = TesseractEngine(settings.ocr_languages, 60, workers=settings.ocr_workers)
    result = read_file(bundle_file("scan.pdf", text_scan(4)), settings.reading, engine)
    assert result.problem is None and result.warnings == []
    assert [p.source for p in result.pages] == ["ocr"] * 4
    for number, page in enumerate(result.pages, start=1):
        assert f"Заявление номер {number}" in page.text
    ocr.close_readers()
    started = seen.read_text().split()
    assert set(started) == {"1"} and len(started) <= 2  # kept between pages: one per OCR thread


def test_trustlist_check_reads_one_page_files_side_by_side(tmp_path):
    """A bundle of one-page scans: only reading its files in parallel can keep every
    worker busy; the report still lists them in the bundle's order."""
    folder = tmp_path / "health" / "scans"
    folder.mkdir(parents=True)
    for number, image in enumerate(grey_pages(6), start=1):
        image.save(folder / f"page-{number}.png")
    settings = Settings(ocr_workers=3)
    recognitions = Recognitions(3)
    pipeline = Pipeline(settings)
    pipeline.engine = GreyEngine(recognitions)
    report = pipeline.check_bundle(from_path(folder, settings))
    assert [d.file for d in report.documents] == [f"page-{n}.png" for n in range(1, 7)]
    assert recognitions.calls == 6 and recognitions.peak == 3


def test_trustlist_check_reads_several_bundles_side_by_side(tmp_path):
    """Bundles of one one-page scan each, as `trustlist check A B C D --out DIR` reads
    them: only bundles read side by side can keep both workers busy (GreyEngine waits
    for that); the reports still come back in the order given."""
    paths = []
    for number, image in enumerate(grey_pages(4), start=1):
        folder = tmp_path / "health" / f"scan-{number}"
        folder.mkdir(parents=True)
        image.save(folder / "page.png")
        paths.append(folder)
    settings = Settings(ocr_workers=2)
    recognitions = Recognitions(2)
    pipeline = Pipeline(settings)
    pipeline.engine = GreyEngine(recognitions)
    render = functools.partial(check_one, settings=settings, agency=None, fmt="json", lang="ru", at_once=2)
    reports = [Report.model_validate_json(text) for _, text in check_bundles(pipeline, paths, render)]
    assert [r.bundle.key for r in reports] == [str(p) for p in paths]
    assert recognitions.calls == 4 and recognitions.peak == 2
