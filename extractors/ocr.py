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
from extractors.preprocess import Prepared, prepare
from pipeline.errors import OcrError
from pipeline.models import Line, Page, Word

# Below this mean word confidence a page may be turned: orientation detection is tried.
UPRIGHT_CONFIDENCE = 0.6


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
    def __init__(self, languages: str, timeout_s: float, deskew: bool = True, binarize: bool = False) -> None:
        self.languages = languages
        self.timeout_s = timeout_s
        self.deskew = deskew
        self.binarize = binarize
        # tesseract's OpenMP threads fight each other when pages run in parallel:
        # one thread per process is 4x faster on this kind of machine (ENVIRONMENT.md).
        os.environ["OMP_THREAD_LIMIT"] = "1"

    def version(self) -> str:
        return tesseract_version()

    def recognise(self, image: Image.Image, page_number: int, scale: float) -> Page:
        page = self._read(image, page_number, scale, quarter_turns=0)
        if (page.confidence or 0.0) >= UPRIGHT_CONFIDENCE:
            return page
        # A page that reads badly may be lying on its side or upside down: ask
        # tesseract's orientation detection, and keep the better reading.
        turns = self._quarter_turns(image, page_number)
        if not turns:
            return page
        turned = self._read(image, page_number, scale, quarter_turns=turns)
        return turned if (turned.confidence or 0.0) > (page.confidence or 0.0) else page

    def _read(self, image: Image.Image, page_number: int, scale: float, quarter_turns: int) -> Page:
        import pytesseract

        prepared = prepare(image, self.deskew, self.binarize, quarter_turns)
        data = self._tesseract(page_number, pytesseract.image_to_data, prepared.image, self.languages)
        words, line_ids = words_from_data(data)
        confidences = [w.confidence for w in words if w.confidence is not None]
        # Lines are found on the straightened page; only then do the boxes go back
        # to where the words stand on the original scan.
        lines = [
            Line(words=[_on_original(w, prepared, scale) for w in line.words])
            for line in group_lines(words, line_ids)
        ]
        return Page(
            number=page_number,
            width=image.width * scale,
            height=image.height * scale,
            source="ocr",
            lines=lines,
            confidence=round(sum(confidences) / len(confidences), 3) if confidences else 0.0,
        )

    def _quarter_turns(self, image: Image.Image, page_number: int) -> int:
        """Counter-clockwise quarter turns that make the page upright, per tesseract OSD."""
        import pytesseract

        try:
            osd = self._tesseract(page_number, pytesseract.image_to_osd, ImageOps.grayscale(image), "osd")
        except OcrError:
            return 0  # too little text to tell the orientation: the page stays as it is
        # OSD's "rotate" is the clockwise angle that makes the page upright.
        return (-int(osd.get("rotate", 0)) // 90) % 4

    def _tesseract(self, page_number: int, call, image: Image.Image, languages: str) -> dict:
        import pytesseract

        try:
            return call(image, lang=languages, output_type=pytesseract.Output.DICT, timeout=self.timeout_s)
        except RuntimeError as exc:  # pytesseract raises RuntimeError on its timeout
            raise OcrError(f"page {page_number}: tesseract timed out after {self.timeout_s}s") from exc
        except pytesseract.TesseractError as exc:
            raise OcrError(f"page {page_number}: tesseract failed: {exc}") from exc


def _on_original(word: Word, prepared: Prepared, scale: float) -> Word:
    x0, y0, x1, y1 = prepared.to_original(word.bbox)
    return word.model_copy(update={"bbox": (x0 * scale, y0 * scale, x1 * scale, y1 * scale)})


def words_from_data(data: dict[str, list]) -> tuple[list[Word], list[tuple[int, int, int]]]:
    """Words with boxes in the prepared image's pixels, and tesseract's
    (block, paragraph, line) of each."""
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
        left, top = data["left"][i], data["top"][i]
        bbox = (float(left), float(top), float(left + data["width"][i]), float(top + height))
        words.append(Word(text=text, bbox=bbox, confidence=round(float(data["conf"][i]) / 100, 3)))
        line_ids.append((data["block_num"][i], data["par_num"][i], data["line_num"][i]))
    return words, line_ids


def _is_rule(text: str, width: int, height: int) -> bool:
    """A table rule or a smear read as a couple of letters across half the page.

    Letters are at most about as wide as they are high; a "word" several heights
    wide per character is a line on the page, not text.
    """
    return width > 3 * max(height, 1) * len(text)
