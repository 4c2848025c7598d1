"""Turn a rendered text PDF into what a scanner at an agency produces.

Render at scanner resolution, grey, skew a little, add paper tone, sensor noise
and dust, soften, JPEG-compress. Every random choice comes from the caller's
seeded ``random.Random`` so the bytes are reproducible.
"""

from __future__ import annotations

import io
import random

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image, ImageFilter

from sample_docs.gen_pdf import CREATION_DATE

SCAN_DPI = 200  # a typical office scanner setting; keeps committed files ~0.5 MB a page
A4_MM = (210.0, 297.0)


def render_pages(pdf_bytes: bytes, dpi: int = SCAN_DPI) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("L") for page in doc]
    finally:
        doc.close()


def degrade(
    page: Image.Image,
    rng: random.Random,
    grain: float,
    skew: tuple[float, float] = (0.5, 2.0),
    blur: tuple[float, float] = (0.4, 0.7),
) -> Image.Image:
    """Skew of ``skew`` degrees either way, grey paper, gaussian noise of ``grain``
    sigma, dust, a light blur of ``blur`` pixels."""
    angle = rng.choice((-1, 1)) * rng.uniform(*skew)
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    noise = np.random.default_rng(rng.randrange(2**32))
    pixels = np.asarray(page, dtype=np.float32) * 0.9 + rng.uniform(8, 18)
    pixels += noise.normal(0.0, grain * rng.uniform(0.8, 1.2), pixels.shape)
    dust = noise.random(pixels.shape)
    pixels[dust < 0.001] = 30.0
    pixels[dust > 0.999] = 255.0
    page = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")
    return page.filter(ImageFilter.GaussianBlur(radius=rng.uniform(*blur)))


def encode(page: Image.Image, fmt: str, quality: int, dpi: int = SCAN_DPI) -> bytes:
    buffer = io.BytesIO()
    if fmt == "JPEG":
        page.save(buffer, "JPEG", quality=quality, dpi=(dpi, dpi))
    else:
        page.save(buffer, "PNG", dpi=(dpi, dpi))
    return buffer.getvalue()


def scan(pdf_bytes: bytes, form: str, rng: random.Random) -> bytes:
    """A scan of ``pdf_bytes`` as "png", "jpeg" (first page only) or "image_pdf"."""
    # PNG is lossless: sensor grain would make a page several megabytes, so PNG scans get
    # no grain and 16 grey levels, as document scanners' "text" mode saves them.
    grain = 0.0 if form == "png" else 6.0
    pages = [degrade(page, rng, grain) for page in render_pages(pdf_bytes)]
    if form == "png":
        return encode(pages[0].quantize(16, dither=Image.Dither.NONE).convert("L"), "PNG", 0)
    if form == "jpeg":
        return encode(pages[0], "JPEG", rng.randint(62, 75))
    return _image_pdf([encode(page, "JPEG", rng.randint(62, 75)) for page in pages])


def _image_pdf(jpegs: list[bytes]) -> bytes:
    """An image-only PDF, as scanners write it: one full-page picture, no text layer."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(CREATION_DATE)
    pdf.set_producer("Scan2PDF")
    for jpeg in jpegs:
        pdf.add_page()
        pdf.image(io.BytesIO(jpeg), x=0, y=0, w=A4_MM[0], h=A4_MM[1])
    return bytes(pdf.output())


def page_count(pdf_bytes: bytes) -> int:
    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        return len(doc)
    finally:
        doc.close()
