"""Plain OCR of a sample file's first page, for the tests that check scans stay readable."""

from __future__ import annotations

import io


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
