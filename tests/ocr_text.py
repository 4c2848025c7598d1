"""Plain OCR of a sample file's first page, for the tests that check scans stay readable;
and the one marker for tests that need the real tesseract."""

from __future__ import annotations

import io
import os
import shutil

import pytest

REAL_TESSERACT = shutil.which("tesseract")
# scripts/setup.sh installs tesseract: only a local run without it skips; in CI a
# missing tesseract fails these tests instead of hiding them.
needs_tesseract = pytest.mark.skipif(
    REAL_TESSERACT is None and not os.environ.get("CI"), reason="tesseract is not installed"
)


def ocr_text(data: bytes) -> str:
    import pypdfium2 as pdfium
    import pytesseract
    from PIL import Image

    if data.startswith(b"%PDF"):
        document = pdfium.PdfDocument(data)
        image = document[0].render(scale=300 / 72).to_pil()
        document.close()
    else:
        image = Image.open(io.BytesIO(data))
    return " ".join(pytesseract.image_to_string(image, lang="rus+kaz+eng").split())
