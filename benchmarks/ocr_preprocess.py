"""What each OCR preprocessing step buys on the sample scans.

    python -m benchmarks.ocr_preprocess

Runs every scanned sample document (OCR pages only) through the pipeline with
each variant of the preprocessing settings and prints field accuracy on those
documents, the mean word confidence and the OCR time.
"""

from __future__ import annotations

import time

from pipeline.bundle import from_path
from pipeline.process import Pipeline
from pipeline.settings import Settings
from sample_docs.evaluate import same_value, samples

VARIANTS = {
    "grayscale+autocontrast only": {"ocr_deskew": False, "ocr_binarize": False},
    "+ deskew (default)": {"ocr_deskew": True, "ocr_binarize": False},
    "+ deskew + binarise": {"ocr_deskew": True, "ocr_binarize": True},
}


def main() -> None:
    scanned = [
        (sample, want)
        for sample in samples()
        for want in sample.expected["documents"]
        if want["text_source"] == "ocr"
    ]
    print(f"{len(scanned)} scanned documents")
    for name, overrides in VARIANTS.items():
        settings = Settings(**overrides)
        pipeline = Pipeline(settings)
        hits = tries = 0
        confidences = []
        started = time.perf_counter()
        for sample, want in scanned:
            bundle = from_path(sample.path, settings)
            file = next(f for f in bundle.files if f.name == want["file"])
            docs = pipeline.extract(file)
            doc = next((d for d in docs if d.type == want["type"]), None)
            confidences += [d.ocr_confidence for d in docs[:1] if d.ocr_confidence is not None]
            for field, value in want["fields"].items():
                tries += 1
                hits += bool(doc and field in doc.fields and same_value(doc.fields[field].value, value))
        elapsed = time.perf_counter() - started
        mean_conf = sum(confidences) / len(confidences) if confidences else 0.0
        accuracy = f"fields {hits}/{tries} = {hits / tries:6.1%}"
        print(f"  {name:<30} {accuracy}   confidence {mean_conf:.3f}   {elapsed:5.1f} s")


if __name__ == "__main__":
    main()
