"""What each OCR preprocessing step buys on the sample scans.

    python -m benchmarks.ocr_preprocess

Runs every scanned sample document through extraction with each variant of the
preprocessing settings and prints field accuracy on those documents, the mean
word confidence and the time. The image scans are also run tilted a further 3°,
the largest skew the pipeline promises to straighten, and at their own resolution
and resampled to 150 and 100 dpi, each upscaled toward 300 dpi and not.
"""

from __future__ import annotations

import contextlib
import io
import time
from collections.abc import Iterator

from PIL import Image

from sample_docs.evaluate import same_value, samples
from trustlist.compose.process import Pipeline
from trustlist.core.models import BundleFile
from trustlist.core.settings import Settings
from trustlist.extractors import preprocess
from trustlist.intake.bundle import from_path, sha256

VARIANTS = {
    "grayscale+autocontrast only": {"ocr_deskew": False, "ocr_binarize": False},
    "+ deskew (default)": {"ocr_deskew": True, "ocr_binarize": False},
    "+ deskew + binarise": {"ocr_deskew": True, "ocr_binarize": True},
}
EXTRA_TILT_DEGREES = 3.0
# Resolutions the image scans are also read at (None: their own, 200-220 dpi).
RESAMPLED_DPI = (None, 150, 100)


def tilted(file: BundleFile) -> BundleFile:
    image = Image.open(io.BytesIO(file.data))
    turned = image.convert("L").rotate(EXTRA_TILT_DEGREES, resample=Image.BICUBIC, fillcolor=255, expand=True)
    return as_png(file.name, turned, image.info.get("dpi", (300, 300)))


def resampled(file: BundleFile, dpi: int | None) -> BundleFile:
    if dpi is None:
        return file
    image = Image.open(io.BytesIO(file.data))
    factor = dpi / image.info.get("dpi", (300, 300))[0]
    size = (round(image.width * factor), round(image.height * factor))
    return as_png(file.name, image.convert("L").resize(size, Image.LANCZOS), (dpi, dpi))


def as_png(name: str, image: Image.Image, dpi: tuple[float, float]) -> BundleFile:
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=dpi)
    data = out.getvalue()
    return BundleFile(name=name.rsplit(".", 1)[0] + ".png", sha256=sha256(data), size=len(data), data=data)


@contextlib.contextmanager
def upscaling_below(dpi: float) -> Iterator[None]:
    """Scans below ``dpi`` upscaled, for this measurement only (prepare() reads the
    threshold when it runs; the pipeline has no setting for it)."""
    kept = preprocess.MIN_NATIVE_DPI
    preprocess.MIN_NATIVE_DPI = dpi
    try:
        yield
    finally:
        preprocess.MIN_NATIVE_DPI = kept


def measure(label: str, settings: Settings, cases: list[tuple[BundleFile, dict]]) -> None:
    pipeline = Pipeline(settings)
    hits = tries = 0
    confidences = []
    started = time.perf_counter()
    for file, want in cases:
        docs = pipeline.extract(file)
        doc = next((d for d in docs if d.type == want["type"]), None)
        confidences += [d.ocr_confidence for d in docs[:1] if d.ocr_confidence is not None]
        for field, value in want["fields"].items():
            tries += 1
            hits += bool(doc and field in doc.fields and same_value(doc.fields[field].value, value))
    elapsed = time.perf_counter() - started
    mean_conf = sum(confidences) / len(confidences) if confidences else 0.0
    accuracy = f"fields {hits}/{tries} = {hits / tries:6.1%}"
    print(f"  {label:<44} {accuracy}   confidence {mean_conf:.3f}   {elapsed:5.1f} s")


def main() -> None:
    cases = []
    for sample in samples():
        for want in sample.expected["documents"]:
            if want["text_source"] == "ocr":
                bundle = from_path(sample.path, Settings())
                cases.append((next(f for f in bundle.files if f.name == want["file"]), want))
    images = [(tilted(f), want) for f, want in cases if not f.name.endswith(".pdf")]
    print(f"{len(cases)} scanned documents, {len(images)} of them images")
    for name, overrides in VARIANTS.items():
        measure(name, Settings(**overrides), cases)
    print(f"the {len(images)} image scans tilted a further {EXTRA_TILT_DEGREES}°")
    for name, overrides in list(VARIANTS.items())[:2]:
        measure(name, Settings(**overrides), images)
    for dpi in RESAMPLED_DPI:
        scans = [(resampled(f, dpi), want) for f, want in cases if not f.name.endswith(".pdf")]
        print(f"the {len(scans)} image scans at {f'{dpi} dpi' if dpi else 'their own resolution'}")
        for label, threshold in (("upscaled toward 300 dpi", preprocess.TARGET_DPI), ("at that size", 0)):
            with upscaling_below(threshold):
                measure(label, Settings(), scans)


if __name__ == "__main__":
    main()
