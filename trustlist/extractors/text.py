"""From a file's bytes to pages of positioned words: the text layer where it is usable, OCR elsewhere.

A failure here is a fact about the document (a password, damage), recorded on the
FileText as its problem; it never stops the rest of the bundle. A page that cannot be
rendered or recognised in its time is a warning and an empty page: the document is
unreadable only when no page has text.

Pages that need OCR are read in parallel on the engine's ``page_pool``, each
rendered (or decoded) just before it is read, by the thread that reads it; a
document keeps at most ``2 x workers`` pages queued, so a 300-page scan never
has more than a few page images in memory. Text-layer pages are read at once.
"""

from __future__ import annotations

import io
import json
import logging
import re
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, wait
from contextlib import closing
from itertools import islice

from PIL import Image, UnidentifiedImageError

from trustlist.core.errors import DocumentError, EncryptedDocument, OcrError
from trustlist.core.models import BundleFile, FileProblem, FileText, Page, Word, suffix
from trustlist.core.settings import ReadingOptions
from trustlist.extractors.layout import group_lines
from trustlist.extractors.ocr import OcrEngine, page_pool
from trustlist.extractors.pageimages import KeepingPages, PageImages
from trustlist.extractors.preprocess import TARGET_DPI

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}
# Pages of one document queued for OCR per pool thread: one being read, one ready
# to start, so a thread never waits for the document to hand it the next page.
PAGES_QUEUED_PER_WORKER = 2
# pdfium is not thread-safe, not even across documents (pypdfium2's documentation
# says so): every call into it, from any thread of the process, holds this lock.
PDFIUM_LOCK = threading.Lock()
PAGES_PER_OPENING = 16  # see PageRenderer
log = logging.getLogger(__name__)
PageResult = tuple[Page, str | None]  # the page, and the warning it gave
_WORDLIKE = re.compile(r"[^\W\d_]{2,}|\d{2,}")


def read_file(
    file: BundleFile, options: ReadingOptions, engine: OcrEngine, kept: PageImages | None = None
) -> FileText:
    """The file's text; the first pages OCR reads go into ``kept``, when given, for the
    report's evidence crops."""
    kind = file_kind(file.name)
    base = {"file": file.name, "sha256": file.sha256, "kind": kind}
    if kind == "unsupported":
        return FileText(**base, problem=FileProblem(kind="unsupported", detail="unsupported file type"))
    if kind == "json":
        return read_json(file, base)
    reader = read_pdf if kind == "pdf" else read_image
    if kept is not None:
        engine = KeepingPages(engine, file.sha256, kept)
    try:
        pages, warnings = reader(file.data, options, engine)
    except DocumentError as exc:
        return FileText(**base, problem=FileProblem(kind=exc.kind, detail=str(exc)))
    pages, over = within_character_limit(pages, options.max_chars_per_document)
    warnings = warnings + over
    if not any(p.lines for p in pages):
        problem = FileProblem(kind="unreadable", detail="no text, even after OCR")
        return FileText(**base, pages=pages, problem=problem, warnings=warnings)
    return FileText(**base, pages=pages, warnings=warnings)


def within_character_limit(pages: list[Page], limit: int) -> tuple[list[Page], list[str]]:
    """The pages whose text fits in ``limit`` characters (the first page always), and the
    warning that says what was left unread."""
    total = 0
    for index, page in enumerate(pages):
        total += len(page.text)
        if total > limit:
            kept = max(index, 1)
            return pages[:kept], [
                f"more than {limit} characters of text; only the first {kept} of {len(pages)} pages were read"
            ]
    return pages, []


def file_kind(name: str) -> str:
    ext = suffix(name)
    if ext == ".pdf":
        return "pdf"
    if ext in IMAGE_SUFFIXES:
        return "image"
    if ext == ".json":
        return "json"
    return "unsupported"


def read_json(file: BundleFile, base: dict) -> FileText:
    try:
        content = json.loads(file.data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return FileText(**base, problem=FileProblem(kind="unreadable", detail=f"invalid JSON: {exc}"))
    if not isinstance(content, dict):
        return FileText(**base, problem=FileProblem(kind="unreadable", detail="JSON is not an object"))
    return FileText(**base, structured=content)


# --- PDF --------------------------------------------------------------------------


def read_pdf(data: bytes, options: ReadingOptions, engine: OcrEngine) -> tuple[list[Page], list[str]]:
    """Every page, or a DocumentError saying why the PDF cannot be read.

    pdfminer and pdfium are third-party parsers running on untrusted bytes; on
    malformed files they raise nearly anything (IndexError, PSEOF, ValueError...).
    Whatever they raise means "this document cannot be parsed" (unreadable), so that is
    what it becomes here, with the parser's reason, instead of ending the bundle.
    """
    try:
        return _read_pdf(data, options, engine)
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001 - the parser boundary described above
        log.warning("PDF parser failed: %s: %s", type(exc).__name__, exc)
        raise DocumentError(f"the PDF cannot be parsed: {type(exc).__name__}: {exc}") from exc


def _read_pdf(data: bytes, options: ReadingOptions, engine: OcrEngine) -> tuple[list[Page], list[str]]:
    from trustlist.extractors.pdfsafety import active_content  # pdfminer, loaded with the first PDF

    limit = options.max_pages_per_document
    # pdfplumber's PDF is not closed: its close() builds every page of the file, the
    # very work the page limit avoids. Everything it holds is in memory and goes with it.
    pdf = open_pdf(data)
    with closing(PageRenderer(data, options)) as renderer:
        found = first_pages(pdf, limit + 1)
        if not found:
            raise DocumentError("the PDF has no pages")
        warnings = active_content(pdf.doc.catalog, [page.page_obj.attrs for page in found[:limit]])
        if len(found) > limit:
            warnings.append(f"more than {limit} pages; only the first {limit} were read")
        results = in_order((pdf_page(page, renderer, options, engine) for page in found[:limit]), engine)
    return [page for page, _ in results], warnings + [problem for _, problem in results if problem]


def open_pdf(data: bytes):
    """The PDF opened by pdfplumber, or why it cannot be: a user password or damage."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        return pdfplumber.open(io.BytesIO(data))
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect):
            raise EncryptedDocument("the PDF needs a password to be opened") from exc
        raise DocumentError(f"the PDF cannot be parsed: {cause!r}") from exc


def first_pages(pdf, count: int) -> list:
    """At most ``count`` pages, taken one by one from the page tree: the pages after
    them are never looked at, however many the file claims."""
    from pdfminer.pdfpage import PDFPage
    from pdfplumber.page import Page as PlumberPage

    pages, doctop = [], 0.0
    for number, obj in enumerate(islice(PDFPage.create_pages(pdf.doc), count), start=1):
        pages.append(PlumberPage(pdf, obj, page_number=number, initial_doctop=doctop))
        doctop += pages[-1].height
    return pages


def pdf_page(page, renderer: PageRenderer, options: ReadingOptions, engine: OcrEngine) -> Future[PageResult]:
    """One page from its text layer, now, or from OCR, on the engine's page pool; a
    page that cannot be rendered or recognised is empty, with the reason as a warning."""
    words = text_layer_words(page)
    number = page.page_number
    if usable_text(" ".join(w.text for w in words), options.min_text_chars_per_page):
        read = Page(
            number=number,
            width=float(page.width),
            height=float(page.height),
            source="text_layer",
            lines=group_lines(words),
        )
        return done((read, None))
    size = (float(page.width), float(page.height))
    return page_pool(engine.workers).submit(render_and_read, renderer, number, size, engine)


def render_and_read(
    renderer: PageRenderer, number: int, size: tuple[float, float], engine: OcrEngine
) -> PageResult:
    """Render a page and OCR it, on a pool thread: its image lives only as long as this call."""
    try:
        image, scale = renderer.render(number - 1)
    except DocumentError as exc:
        return empty_page(number, *size), str(exc)
    return ocr_page(engine, image, number, scale)


def ocr_page(engine: OcrEngine, image: Image.Image, number: int, scale: float) -> PageResult:
    """The page as OCR reads it; when tesseract fails or runs out of time, an empty
    page and the reason ("page 2: OCR timed out after 60 s")."""
    try:
        return engine.recognise(image, number, scale), None
    except OcrError as exc:
        return empty_page(number, image.width * scale, image.height * scale), str(exc)


def in_order(futures: Iterable[Future[PageResult]], engine: OcrEngine) -> list[PageResult]:
    """The pages' results in page order.

    ``futures`` is lazy: drawing the next one submits its page to the pool. It is
    drawn only while fewer than PAGES_QUEUED_PER_WORKER x workers of the document's
    pages are unfinished, which bounds the images alive. Should anything fail, the
    pages not started are cancelled and the running ones awaited, so that nothing
    still reads the document once the caller closes it.
    """
    window = PAGES_QUEUED_PER_WORKER * engine.workers
    results: list[PageResult] = []
    pending: deque[Future[PageResult]] = deque()
    try:
        for future in futures:
            pending.append(future)
            if len(pending) >= window:
                results.append(pending.popleft().result())
        results.extend(future.result() for future in list(pending))
        pending.clear()
    finally:
        for future in pending:
            future.cancel()
        wait(pending)
    return results


def done(result: PageResult) -> Future[PageResult]:
    """A result already at hand, in the same queue as the pages still being read."""
    future: Future[PageResult] = Future()
    future.set_result(result)
    return future


def empty_page(number: int, width: float, height: float) -> Page:
    """A page OCR could not read: it counts as a page, with no text."""
    return Page(number=number, width=width, height=height, source="ocr", lines=[])


def text_layer_words(page) -> list[Word]:
    from pdfplumber.utils.text import WordExtractor

    try:
        raw = WordExtractor(x_tolerance=2, y_tolerance=3, keep_blank_chars=False).extract_words(
            layout_chars(page)
        )
    except Exception as exc:  # noqa: BLE001 - see read_pdf; pdfium may still render the page
        log.info("text layer of page %s unreadable (%s); the page goes to OCR", page.page_number, exc)
        return []
    finally:
        page.close()  # drops the parsed content: a long document keeps no page's objects
    return [
        Word(text=w["text"], bbox=(float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"])))
        for w in raw
        if w["text"].strip()
    ]


def layout_chars(page) -> list[dict]:
    """The page's characters as pdfplumber's ``page.chars`` has them, with only what
    grouping them into words reads: text, box, upright.

    ``page.chars`` copies some twenty attributes of every character (colours, font,
    matrix...) through a generic resolver; that was 40% of reading a text page. The
    coordinates are computed as pdfplumber does (pdfminer's are relative to the
    MediaBox, with y upwards), so the words are the same, to the last bit.
    """
    from pdfminer.layout import LTChar, LTContainer

    height = page.height
    left, top_edge = page.mediabox[:2]
    doctop = page.initial_doctop
    chars: list[dict] = []
    containers = [iter(page.layout)]
    while containers:
        obj = next(containers[-1], None)
        if obj is None:
            containers.pop()
        elif isinstance(obj, LTContainer):
            containers.append(iter(obj))  # a form XObject: its characters in place
        elif isinstance(obj, LTChar):
            top = (height - obj.y1) + top_edge
            chars.append(
                {
                    "text": obj.get_text(),
                    "x0": obj.x0 + left if left else obj.x0,
                    "x1": obj.x1 + left if left else obj.x1,
                    "top": top,
                    "bottom": (height - obj.y0) + top_edge,
                    "doctop": doctop + top,
                    "upright": obj.upright,
                }
            )
    return chars


# Characters a real Russian/Kazakh/English text layer does not consist of: private-use
# glyph codes from fonts without a Unicode map, and the Latin-1 letters of UTF-8 text
# decoded as cp1252 ("Ð—Ð°Ñ" for «Зая»).
_GARBAGE = re.compile(r"[\ue000-\uf8ff]|[ÐÑÃÂ][\u0080-\u00bf]?")
GARBAGE_SHARE = 0.2


def usable_text(text: str, min_chars: int) -> bool:
    """True when a text layer carries real words, not (cid:NN) codes, replacement marks,
    unmapped glyphs or mojibake; anything else is read again by OCR."""
    if "(cid:" in text or "\ufffd" in text:
        text = re.sub(r"\(cid:\d+\)|\ufffd", "", text)
    letters = sum(1 for c in text if c.isalpha())
    garbage = sum(len(m.group()) for m in _GARBAGE.finditer(text))
    if letters and garbage / letters > GARBAGE_SHARE:
        return False
    wordlike = sum(len(m.group()) for m in _WORDLIKE.finditer(text))
    return wordlike >= max(min_chars, 1) and wordlike >= 0.5 * len(text.replace(" ", ""))


class PageRenderer:
    """Renders the pages of one PDF for OCR. pdfium parses the file only if some
    page has no usable text layer.

    pdfium keeps what it has parsed of a document, a scan's image data included,
    until the document is closed: a 300-page scan held a copy of every page image.
    The document is therefore opened afresh every PAGES_PER_OPENING pages, which
    costs milliseconds (pdfium reads the bytes in place and parses what a page needs).
    """

    def __init__(self, data: bytes, options: ReadingOptions) -> None:
        self.data = data
        self.options = options
        self._doc = None
        self._pages_this_opening = 0

    def render(self, index: int) -> tuple[Image.Image, float]:
        """The page at the configured dpi, shrunk to fit the pixel cap, and the
        page units per pixel."""
        import pypdfium2 as pdfium

        with PDFIUM_LOCK:
            try:
                page = self._document()[index]
                try:
                    width, height = page.get_size()
                    scale = render_scale(width, height, self.options.ocr_dpi, self.options.max_image_pixels)
                    bitmap = page.render(scale=scale)
                    # A BGR bitmap is copied into the RGB image, so it is freed here, under
                    # the lock, rather than by the garbage collector on whichever thread.
                    image = bitmap.to_pil()
                    bitmap.close()
                finally:
                    page.close()
            except pdfium.PdfiumError as exc:
                raise DocumentError(f"page {index + 1} cannot be rendered: {exc}") from exc
        image.info["dpi"] = (TARGET_DPI, TARGET_DPI)
        return image, 1 / scale

    def _document(self):
        """The pdfium document, opened afresh every PAGES_PER_OPENING pages (PDFIUM_LOCK held)."""
        import pypdfium2 as pdfium

        if self._doc is None or self._pages_this_opening == PAGES_PER_OPENING:
            self._close()
            self._doc = pdfium.PdfDocument(self.data)
            self._pages_this_opening = 0
        self._pages_this_opening += 1
        return self._doc

    def close(self) -> None:
        with PDFIUM_LOCK:
            self._close()

    def _close(self) -> None:
        if self._doc is not None:
            self._doc.close()
            self._doc = None


def render_scale(width: float, height: float, dpi: int, max_pixels: int) -> float:
    """Pixels per page unit: ``dpi``, unless the page would then exceed ``max_pixels``.

    pdfium rounds each side up, so the cap solves (w·s + 1)(h·s + 1) = max_pixels.
    """
    scale = dpi / 72
    area = width * height
    if area * scale * scale + (width + height) * scale + 1 <= max_pixels:
        return scale
    fitted = (-(width + height) + ((width + height) ** 2 + 4 * area * (max_pixels - 1)) ** 0.5) / (2 * area)
    if fitted <= 0:
        raise DocumentError(
            f"a page of {width:g}x{height:g} points cannot be rendered within the pixel limit"
        )
    return fitted


# --- images -----------------------------------------------------------------------

# Scanners write pages as bilevel (CCITT G3/G4 TIFF), 8-bit grayscale, RGB, palette, CMYK
# or 16-bit grayscale; everything downstream (preprocessing, tesseract, evidence crops)
# works on 8-bit grayscale or RGB, so each frame is brought to one of those first.
_EIGHT_BIT_MODES = {"L", "RGB"}


def read_image(data: bytes, options: ReadingOptions, engine: OcrEngine) -> tuple[list[Page], list[str]]:
    warnings: list[str] = []
    pool = page_pool(engine.workers)
    frames = image_frames(data, options, warnings)
    results = in_order((pool.submit(ocr_page, engine, image, n, 1.0) for n, image in frames), engine)
    return [page for page, _ in results], warnings + [problem for _, problem in results if problem]


def image_frames(
    data: bytes, options: ReadingOptions, warnings: list[str]
) -> Iterator[tuple[int, Image.Image]]:
    """Each frame of a PNG/JPEG/TIFF up to the page limit, size-checked before its
    pixels are decoded; frames past the limit are noted in ``warnings``."""
    limit = options.max_pages_per_document
    try:
        image = Image.open(io.BytesIO(data))
        frames = getattr(image, "n_frames", 1)
        if frames > limit:
            warnings.append(f"{frames} frames; only the first {limit} were read")
        for index in range(min(frames, limit)):
            image.seek(index)
            if image.width * image.height > options.max_image_pixels:
                raise DocumentError(
                    f"image of {image.width}x{image.height} pixels exceeds the limit of "
                    f"{options.max_image_pixels} pixels"
                )
            frame = eight_bit(image)
            # Only a resolution the file states: OCR estimates a missing one from the size.
            frame.info = {"dpi": image.info["dpi"]} if "dpi" in image.info else {}
            yield index + 1, frame
    except Image.DecompressionBombError as exc:
        # Pillow's own guard, met before ours when the header claims a vast image.
        raise DocumentError(f"the image exceeds the limit: {exc}") from exc
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise DocumentError(f"the image cannot be decoded: {exc}") from exc


def eight_bit(image: Image.Image) -> Image.Image:
    """The current frame as 8-bit grayscale or RGB, its full tonal range kept: a 16-bit scan
    is scaled down (a plain conversion clips every value above 255 to white), transparency is
    laid on white, and bilevel, palette and CMYK frames are converted."""
    if image.mode in _EIGHT_BIT_MODES:
        return image.copy()
    if image.mode.startswith("I") or image.mode == "F":
        return image.convert("I").point(lambda value: value / 257, "L")
    if image.mode in {"LA", "RGBA", "PA"} or "transparency" in image.info:
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return image.convert("L" if image.mode == "1" else "RGB")
