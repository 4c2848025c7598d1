"""A tesseract kept loaded: reads the page images named on its input, answers their TSV.

``extractors/ocr.py`` runs it as a child process, one per OCR thread. The ``tesseract``
command loads its three language models for every page, 0.11 of the 0.82 CPU seconds it
spends on a page of the sample scans; this loads them once. It reads through tesseract's
C API as the command does (leptonica's pixRead, automatic page segmentation, the TSV of
the first page), so it answers what the command prints, byte for byte (tests/test_ocr.py).

One page at a time: a line with the image's path in; a line ``OK <n>`` and n bytes of
UTF-8 TSV out, or a line ``ERR <message>``. The end of its input ends it. It imports
nothing but the standard library, so that it starts in a fraction of a second.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

# tesseract's PSM_AUTO, which the command uses unless told otherwise.
PSM_AUTO = 3
# The command's TSV renderer writes this header; the API's TSV text is the rows alone.
TSV_HEADER = (
    b"level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
)


class Tesseract:
    def __init__(self, languages: str) -> None:
        self._tess = _library("tesseract")
        self._lept = _library("lept")
        self._declare()
        self._api = self._tess.TessBaseAPICreate()
        if self._tess.TessBaseAPIInit3(self._api, None, languages.encode()) != 0:
            raise RuntimeError(f"tesseract cannot load the languages {languages}")
        self._tess.TessBaseAPISetPageSegMode(self._api, PSM_AUTO)

    def _declare(self) -> None:
        t, lept, p = self._tess, self._lept, ctypes.c_void_p
        t.TessBaseAPICreate.restype = p
        t.TessBaseAPIInit3.argtypes = [p, ctypes.c_char_p, ctypes.c_char_p]
        t.TessBaseAPISetPageSegMode.argtypes = [p, ctypes.c_int]
        t.TessBaseAPISetImage2.argtypes = [p, p]
        t.TessBaseAPIRecognize.argtypes = [p, p]
        t.TessBaseAPIGetTsvText.argtypes = [p, ctypes.c_int]
        t.TessBaseAPIGetTsvText.restype = p
        t.TessDeleteText.argtypes = [p]
        t.TessBaseAPIClear.argtypes = [p]
        lept.pixRead.argtypes = [ctypes.c_char_p]
        lept.pixRead.restype = p
        lept.pixDestroy.argtypes = [ctypes.POINTER(p)]

    def tsv(self, path: bytes) -> bytes:
        pix = ctypes.c_void_p(self._lept.pixRead(path))
        if not pix.value:
            raise RuntimeError(f"cannot read the image {path.decode(errors='replace')}")
        try:
            self._tess.TessBaseAPISetImage2(self._api, pix)
            if self._tess.TessBaseAPIRecognize(self._api, None) != 0:
                raise RuntimeError("recognition failed")
            text = self._tess.TessBaseAPIGetTsvText(self._api, 0)
            try:
                return TSV_HEADER + ctypes.string_at(text)
            finally:
                self._tess.TessDeleteText(text)
        finally:
            self._tess.TessBaseAPIClear(self._api)
            self._lept.pixDestroy(ctypes.byref(pix))


def _library(name: str) -> ctypes.CDLL:
    found = ctypes.util.find_library(name)
    if found is None:
        raise RuntimeError(f"lib{name} is not installed")
    return ctypes.CDLL(found)


def main(argv: list[str]) -> int:
    out = sys.stdout.buffer
    try:
        engine = Tesseract(argv[0])
    except (RuntimeError, OSError) as exc:
        out.write(f"ERR {exc}\n".encode())
        out.flush()
        return 1
    for line in sys.stdin.buffer:
        try:
            tsv = engine.tsv(line.rstrip(b"\n"))
        except RuntimeError as exc:
            out.write(f"ERR {exc}\n".encode())
        else:
            out.write(b"OK %d\n" % len(tsv) + tsv)
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
