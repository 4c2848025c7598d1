"""Generate the fresh (independent, labelled) test set: 14 bundles in half_a/ and half_b/.

Run from /work/main:
    /work/fresh-venv/bin/python -m sample_docs.fresh.generate
or  /work/fresh-venv/bin/python sample_docs/fresh/generate.py

Deterministic: fixed seeds per document, fixed PDF creation date.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import numpy as np  # noqa: E402

import fresh_lib as fl  # noqa: E402
from parties import AUDITORS  # noqa: E402


# ---------------------------------------------------------------- scanning

def scan(pdf_bytes: bytes, marks, kind: str, seed: int, stamp_text: str, stamp_center):
    """Turn a text PDF into a scan. Returns (bytes, extension)."""
    rng = np.random.default_rng(seed)

    def angle():
        return float(rng.uniform(0.5, 2.0) * rng.choice([-1, 1]))

    if kind == "tiff":
        pages = fl.render(pdf_bytes, 300)
        pages = [fl.add_marks(p, marks, i, 300, rng, stamp_text, stamp_center, color=False)
                 for i, p in enumerate(pages)]
        pages = [fl.to_bilevel(p, rng, angle()) for p in pages]
        return fl.tiff_bytes(pages, 300), "tif"
    dpi = 200
    pages = fl.render(pdf_bytes, dpi)
    pages = [fl.add_marks(p, marks, i, dpi, rng, stamp_text, stamp_center) for i, p in enumerate(pages)]
    if kind == "png_gray":
        assert len(pages) == 1
        img = fl.flatbed(pages[0], rng, angle(), blur=0.6, sigma=3.0, gray=True)
        return fl.png_bytes(img, dpi), "png"
    if kind == "jpeg_phone":
        assert len(pages) == 1
        return fl.jpeg_bytes(fl.phone_photo(pages[0], rng), 80), "jpg"
    if kind == "jpeg_flat":
        assert len(pages) == 1
        return fl.jpeg_bytes(fl.flatbed(pages[0], rng, angle()), 78), "jpg"
    if kind in ("pdf_img", "pdf_img_gray"):
        gray = kind == "pdf_img_gray"
        jpgs = [fl.jpeg_bytes(fl.flatbed(p, rng, angle(), gray=gray), 62) for p in pages]
        return fl.image_pdf(jpgs), "pdf"
    raise ValueError(kind)


# ---------------------------------------------------------------- bundle

class Bundle:
    def __init__(self, half, agency, slug, app_id, submitted_at, outcome="complete", failing=(), planted=None):
        self.half, self.agency, self.slug = half, agency, slug
        self.app_id, self.submitted_at = app_id, submitted_at
        self.outcome, self.failing = outcome, sorted(failing)
        self.planted = planted
        self.files: list[tuple[str, bytes]] = []
        self.docs: list[dict] = []
        self.sources: dict[str, dict] = {}  # file name -> {"pdf": text pdf bytes or None, "json": obj}

    def receipt_date(self):
        return self.submitted_at[:10]

    def _seed(self, name):
        return zlib.crc32(f"{self.half}/{self.slug}/{name}".encode())

    def add_pdf(self, stem, pdf, entries, scan_kind=None, stamp_text="", stamp_center=("",)):
        """entries: list of (type, language, fields)."""
        src = pdf.pdf_bytes()
        npages = fl.pdf_page_count(src)
        assert 1 <= npages <= 3, (self.slug, stem, npages)
        if scan_kind:
            data, ext = scan(src, pdf.marks, scan_kind, self._seed(stem), stamp_text, stamp_center)
            source = "ocr"
        else:
            data, ext = src, "pdf"
            source = "text_layer"
        name = f"{stem}.{ext}"
        self.files.append((name, data))
        self.sources[name] = {"pdf": src, "pages": npages, "scan": scan_kind}
        for typ, lang, fields in entries:
            self.docs.append({"file": name, "type": typ, "text_source": source, "language": lang,
                              "fields": fields})
        return name

    def add_json(self, name, obj, entries):
        data = (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        self.files.append((name, data))
        self.sources[name] = {"json": obj}
        for typ, lang, fields in entries:
            self.docs.append({"file": name, "type": typ, "text_source": "json", "language": lang,
                              "fields": fields})

    def write(self, root: Path):
        folder = root / self.half / self.agency / self.slug
        folder.mkdir(parents=True, exist_ok=True)
        names = [n for n, _ in self.files]
        assert len(names) == len(set(names)), names
        for name, data in self.files:
            (folder / name).write_bytes(data)
        manifest = {"application_id": self.app_id, "submitted_at": self.submitted_at,
                    "files": [{"name": n, "sha256": fl.sha256(d)} for n, d in self.files]}
        (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n",
                                              encoding="utf-8")
        expected = {"outcome": self.outcome, "failing_checks": self.failing, "planted": self.planted,
                    "documents": self.docs}
        (root / self.half / self.agency / f"{self.slug}.expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- main

def build_all():
    import plan_a
    import plan_b
    return plan_a.bundles() + plan_b.bundles()


def main():
    bundles = build_all()
    for half in ("half_a", "half_b"):
        shutil.rmtree(HERE / half, ignore_errors=True)
    for b in bundles:
        b.write(HERE)
    used = sorted({k for b in bundles for k in getattr(b, "auditors", ())})
    with open(HERE / "accredited_auditors.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["bin", "name"])
        for k in used:
            w.writerow([AUDITORS[k]["bin"], AUDITORS[k]["name"]])
    ndocs = sum(len(b.files) for b in bundles)
    print(f"{len(bundles)} bundles, {ndocs} files written under {HERE}")
    return bundles


if __name__ == "__main__":
    main()
