"""From a file's bytes to pages of positioned words: the text layer where it is usable, OCR elsewhere.

A failure here is a fact about the document (BND-04, BND-06), recorded on the
FileText; it never stops the rest of the bundle.
"""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Iterator

from PIL import Image, UnidentifiedImageError

from extractors.layout import group_lines
from extractors.ocr import OcrEngine
from extractors.preprocess import TARGET_DPI
from pipeline.bundle import suffix
from pipeline.errors import DocumentError, EncryptedDocument
from pipeline.models import BundleFile, FileProblem, FileText, Page, Word
from pipeline.settings import Settings

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}
log = logging.getLogger(__name__)
_WORDLIKE = re.compile(r"[^\W\d_]{2,}|\d{2,}")


def read_file(file: BundleFile, settings: Settings, engine: OcrEngine) -> FileText:
    kind = file_kind(file.name)
    base = {"file": file.name, "sha256": file.sha256, "kind": kind}
    if kind == "unsupported":
        return FileText(**base, problem=FileProblem(code="BND-03", detail="unsupported file type"))
    if kind == "json":
        return read_json(file, base)
    reader = read_pdf if kind == "pdf" else read_image
    try:
        pages, warnings = reader(file.data, settings, engine)
    except DocumentError as exc:
        return FileText(**base, problem=FileProblem(code=exc.code, detail=str(exc)))
    if not any(p.lines for p in pages):
        problem = FileProblem(code="BND-06", detail="no text, even after OCR")
        return FileText(**base, pages=pages, problem=problem, warnings=warnings)
    return FileText(**base, pages=pages, warnings=warnings)


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
        return FileText(**base, problem=FileProblem(code="BND-06", detail=f"invalid JSON: {exc}"))
    if not isinstance(content, dict):
        return FileText(**base, problem=FileProblem(code="BND-06", detail="JSON is not an object"))
    return FileText(**base, structured=content)


# --- PDF --------------------------------------------------------------------------


def read_pdf(data: bytes, settings: Settings, engine: OcrEngine) -> tuple[list[Page], list[str]]:
    """Every page, or a DocumentError saying why the PDF cannot be read.

    pdfminer and pdfium are third-party parsers running on untrusted bytes; on
    malformed files they raise nearly anything (IndexError, PSEOF, ValueError...).
    Whatever they raise means "this document cannot be parsed" (BND-06), so that is
    what it becomes here, with the parser's reason, instead of ending the bundle.
    """
    try:
        return _read_pdf(data, settings, engine)
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001 - the parser boundary described above
        log.warning("PDF parser failed: %s: %s", type(exc).__name__, exc)
        raise DocumentError(f"the PDF cannot be parsed: {type(exc).__name__}: {exc}") from exc


def _read_pdf(data: bytes, settings: Settings, engine: OcrEngine) -> tuple[list[Page], list[str]]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect):
            raise EncryptedDocument("the PDF needs a password to be opened") from exc
        raise DocumentError(f"the PDF cannot be parsed: {cause!r}") from exc
    with pdf:
        count = len(pdf.pages)
        if count == 0:
            raise DocumentError("the PDF has no pages")
        warnings = []
        if count > settings.max_pages_per_document:
            warnings.append(f"{count} pages; only the first {settings.max_pages_per_document} were read")
        pages = [
            pdf_page(pdf.pages[i], i + 1, data, settings, engine)
            for i in range(min(count, settings.max_pages_per_document))
        ]
    return pages, warnings


def pdf_page(page, number: int, data: bytes, settings: Settings, engine: OcrEngine) -> Page:
    words = text_layer_words(page)
    if usable_text(" ".join(w.text for w in words), settings.min_text_chars_per_page):
        return Page(
            number=number,
            width=float(page.width),
            height=float(page.height),
            source="text_layer",
            lines=group_lines(words),
        )
    image, scale = render_pdf_page(data, number - 1, settings)
    return engine.recognise(image, number, scale)


def text_layer_words(page) -> list[Word]:
    try:
        raw = page.extract_words(keep_blank_chars=False, x_tolerance=2, y_tolerance=3)
    except Exception as exc:  # noqa: BLE001 - see read_pdf; pdfium may still render the page
        log.info("text layer of page %s unreadable (%s); the page goes to OCR", page.page_number, exc)
        return []
    return [
        Word(text=w["text"], bbox=(float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"])))
        for w in raw
        if w["text"].strip()
    ]


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


def render_pdf_page(data: bytes, index: int, settings: Settings) -> tuple[Image.Image, float]:
    """Render one page for OCR at the configured dpi, within the pixel cap."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
        page = doc[index]
        width, height = page.get_size()
        scale = settings.ocr_dpi / 72
        pixels = width * height * scale * scale
        if pixels > settings.max_image_pixels:
            scale *= (settings.max_image_pixels / pixels) ** 0.5
        image = page.render(scale=scale).to_pil()
    except pdfium.PdfiumError as exc:
        raise DocumentError(f"page {index + 1} cannot be rendered: {exc}") from exc
    image.info["dpi"] = (TARGET_DPI, TARGET_DPI)
    return image, 1 / scale


# --- images -----------------------------------------------------------------------


def read_image(data: bytes, settings: Settings, engine: OcrEngine) -> tuple[list[Page], list[str]]:
    pages = [engine.recognise(frame, number, 1.0) for number, frame in image_frames(data, settings)]
    return pages, []


def image_frames(data: bytes, settings: Settings) -> Iterator[tuple[int, Image.Image]]:
    """Each frame of a PNG/JPEG/TIFF, size-checked before its pixels are decoded."""
    try:
        image = Image.open(io.BytesIO(data))
        for index in range(min(getattr(image, "n_frames", 1), settings.max_pages_per_document)):
            image.seek(index)
            if image.width * image.height > settings.max_image_pixels:
                raise DocumentError(f"image of {image.width}x{image.height} pixels exceeds the limit")
            frame = image.copy()
            frame.info.setdefault("dpi", image.info.get("dpi", (TARGET_DPI, TARGET_DPI)))
            yield index + 1, frame
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise DocumentError(f"the image cannot be decoded: {exc}") from exc
