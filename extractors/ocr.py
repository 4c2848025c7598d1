"""OCR engines. The pipeline talks to an ``OcrEngine``; tesseract is the one we ship.

Like OCRmyPDF's plugin spec, an engine only turns one page image into positioned
words: rendering, preprocessing and deciding which pages need OCR live elsewhere.
"""

from __future__ import annotations

import os
import shutil
from functools import cache
from typing import Protocol

from PIL import Image, ImageOps

from extractors.layout import group_lines
from pipeline.errors import OcrError
from pipeline.models import Page, Word

TARGET_DPI = 300


class OcrEngine(Protocol):
    def version(self) -> str: ...

    def recognise(self, image: Image.Image, page_number: int, scale: float) -> Page:
        """OCR one page image; ``scale`` converts pixels into the page's units."""
        ...


@cache
def tesseract_version() -> str:
    if shutil.which("tesseract") is None:
        return "not installed"
    import pytesseract

    return str(pytesseract.get_tesseract_version())


class TesseractEngine:
    def __init__(self, languages: str, timeout_s: float) -> None:
        self.languages = languages
        self.timeout_s = timeout_s
        # tesseract's OpenMP threads fight each other when pages run in parallel:
        # one thread per process is 4x faster on this kind of machine (ENVIRONMENT.md).
        os.environ["OMP_THREAD_LIMIT"] = "1"

    def version(self) -> str:
        return tesseract_version()

    def recognise(self, image: Image.Image, page_number: int, scale: float) -> Page:
        import pytesseract

        prepared, factor = preprocess(image)
        try:
            data = pytesseract.image_to_data(
                prepared,
                lang=self.languages,
                output_type=pytesseract.Output.DICT,
                timeout=self.timeout_s,
            )
        except RuntimeError as exc:  # pytesseract raises RuntimeError on its timeout
            raise OcrError(f"page {page_number}: tesseract timed out after {self.timeout_s}s") from exc
        except pytesseract.TesseractError as exc:
            raise OcrError(f"page {page_number}: tesseract failed: {exc}") from exc
        words, line_ids = words_from_data(data, scale / factor)
        confidences = [w.confidence for w in words if w.confidence is not None]
        return Page(
            number=page_number,
            width=image.width * scale,
            height=image.height * scale,
            source="ocr",
            lines=group_lines(words, line_ids),
            confidence=round(sum(confidences) / len(confidences), 3) if confidences else 0.0,
        )


def preprocess(image: Image.Image) -> tuple[Image.Image, float]:
    """Grayscale and autocontrast; upscale small images toward ~300 dpi.

    Returns the prepared image and the factor it was scaled by, so word boxes can
    be mapped back to the original page.
    """
    gray = ImageOps.autocontrast(ImageOps.grayscale(image), cutoff=1)
    dpi = image.info.get("dpi", (TARGET_DPI, TARGET_DPI))[0] or TARGET_DPI
    factor = 1.0
    if dpi < TARGET_DPI * 0.75 and max(gray.size) < 2500:
        factor = min(TARGET_DPI / dpi, 2.5)
        gray = gray.resize((round(gray.width * factor), round(gray.height * factor)), Image.LANCZOS)
    return gray, factor


def words_from_data(data: dict[str, list], scale: float) -> tuple[list[Word], list[tuple[int, int, int]]]:
    """Words with boxes scaled to page units, and tesseract's (block, paragraph, line) of each."""
    kept = [i for i, text in enumerate(data["text"]) if text.strip() and float(data["conf"][i]) >= 0]
    heights = sorted(data["height"][i] for i in kept) or [1]
    typical = heights[len(heights) // 2]
    words, line_ids = [], []
    for i in kept:
        text = data["text"][i].strip()
        # Tesseract now and then gives a word a flat box (it merged an underline);
        # such a word keeps the page's typical height.
        height = max(data["height"][i], typical // 2)
        if _is_rule(text, data["width"][i], max(height, typical)):
            continue
        left, top = data["left"][i] * scale, data["top"][i] * scale
        right = left + data["width"][i] * scale
        bottom = top + height * scale
        conf = float(data["conf"][i])
        words.append(Word(text=text, bbox=(left, top, right, bottom), confidence=round(conf / 100, 3)))
        line_ids.append((data["block_num"][i], data["par_num"][i], data["line_num"][i]))
    return words, line_ids


def _is_rule(text: str, width: int, height: int) -> bool:
    """A table rule or a smear read as a couple of letters across half the page.

    Letters are at most about as wide as they are high; a "word" several heights
    wide per character is a line on the page, not text.
    """
    return width > 3 * max(height, 1) * len(text)
