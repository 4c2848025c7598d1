"""Page images OCR has read, kept a short while for the report's evidence crops.

A scanned page is rendered (or decoded) once, for OCR; the reviewer's report then
shows strips of that same page around the boxes of the failed checks. Rather than
render it again, the image OCR was given is kept here, shrunk to what a crop needs,
by the file's SHA-256 and the page number. Only a file's first pages are kept: the
documents name their parties, numbers and dates there, and a long scan's later pages
would only churn the store (and the allocator: keeping every page of the 300-page scan
in turn cost 60 MB of peak memory for a 32 MB store). A store belongs to one bundle:
whoever reads the bundle makes it, hands it to the reading and then to the report's
crops, which empty it. It is bounded in bytes, the pages read last staying; a crop
renders any page not kept, as it does for a file whose text came from the extraction
cache.

Only images pass through here, never decisions: the report's crops are cut after
the checks, from whatever is still kept (compose/html.py).
"""

from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING

from PIL import Image

if TYPE_CHECKING:
    from trustlist.core.models import Page
    from trustlist.extractors.ocr import OcrEngine

# A crop spans the page's width and is shown at most this wide; a page kept for crops
# needs no more than twice that (see for_crops).
CROP_MAX_WIDTH = 900
# About five A4 pages in colour at 150 dpi, and little next to the ~400 MB a 300-page scan
# peaks at: what the stores of the bundles a process reads side by side keep together.
MAX_KEPT_BYTES = 32 * 1024 * 1024
GREY_MODES = frozenset({"1", "L", "I", "I;16", "F"})
PAGES_KEPT_PER_FILE = 4

Rendered = tuple[Image.Image, float]  # a page image, and the page units per pixel


def for_crops(image: Image.Image, units_per_pixel: float) -> Rendered:
    """A copy of the page shrunk by a whole factor to between 1 and 2 x CROP_MAX_WIDTH
    wide (never below what a crop shows), in L or RGB, with its units per pixel.

    The same rule applies to a page kept from OCR and to one rendered for the crop
    alone, so a crop looks the same whichever way its page came.
    """
    mode = "L" if image.mode in GREY_MODES else "RGB"
    factor = max(1, image.width // CROP_MAX_WIDTH)
    if image.mode == mode:
        # Shrunk straight from the page: a full-size copy first would add a 35 MB image per
        # OCR thread at 300 dpi, which the 300-page scan's peak memory showed.
        return (image.reduce(factor) if factor > 1 else image.copy()), units_per_pixel * factor
    page = image.convert(mode)
    return (page.reduce(factor) if factor > 1 else page), units_per_pixel * factor


def image_bytes(image: Image.Image) -> int:
    # Pillow keeps a pixel of several bands in four bytes.
    return image.width * image.height * (1 if image.mode == "L" else 4)


class PageImages:
    """Pages by (file SHA-256, page number), the oldest dropped past ``max_bytes``."""

    def __init__(self, max_bytes: int = MAX_KEPT_BYTES) -> None:
        self.max_bytes = max_bytes
        self._pages: OrderedDict[tuple[str, int], Rendered] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()  # OCR pool threads put, the report's thread takes

    @property
    def kept_bytes(self) -> int:
        return self._bytes

    def put(self, sha256: str, page: int, rendered: Rendered) -> None:
        size = image_bytes(rendered[0])
        if size > self.max_bytes:
            return
        with self._lock:
            self._drop((sha256, page))
            self._pages[(sha256, page)] = rendered
            self._bytes += size
            while self._bytes > self.max_bytes:
                self._drop(next(iter(self._pages)))

    def take(self, sha256: str, page: int) -> Rendered | None:
        """The page, no longer kept; None when it never was or has been dropped."""
        with self._lock:
            return self._drop((sha256, page))

    def clear(self) -> None:
        """Drops every page: the bundle's report has been made."""
        with self._lock:
            self._pages.clear()
            self._bytes = 0

    def _drop(self, key: tuple[str, int]) -> Rendered | None:
        rendered = self._pages.pop(key, None)
        if rendered is not None:
            self._bytes -= image_bytes(rendered[0])
        return rendered


class KeepingPages:
    """An engine passed through, keeping a crop-sized copy of each of a file's first
    PAGES_KEPT_PER_FILE pages it is given."""

    def __init__(self, engine: OcrEngine, sha256: str, store: PageImages) -> None:
        self.engine = engine
        self.workers = engine.workers
        self.sha256 = sha256
        self.store = store

    def version(self) -> str:
        return self.engine.version()

    def recognise(self, image: Image.Image, page_number: int, scale: float) -> Page:
        # An image mode Pillow cannot convert or shrink only means that a crop of this
        # page renders it again; reading the page must not suffer for it.
        if page_number <= PAGES_KEPT_PER_FILE:
            with contextlib.suppress(ValueError, OSError):
                self.store.put(self.sha256, page_number, for_crops(image, scale))
        return self.engine.recognise(image, page_number, scale)
