"""Preparing a page image for tesseract, and mapping word boxes back to the page.

Steps, each measured on the sample scans (``python -m benchmarks.ocr_preprocess``):
grayscale and autocontrast; upscaling scans under 175 dpi toward 300 dpi; deskew
within ±3° by the projection-profile method; optional binarisation. Turning a page
by 90°/180°/270° (tesseract's orientation detection) is decided by the OCR engine,
which only pays for it when a page looks sideways (``looks_sideways``) or reads badly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PIL import Image, ImageOps

TARGET_DPI = 300
# Scans below this resolution (150, 100 dpi) are upscaled toward TARGET_DPI before OCR;
# the others are read at their own size. Measured (2026-11-27): 200- and 220-dpi scans
# read at their own size instead of upscaled (as from 225 dpi before) gave 1063 of 1071
# sample fields instead of 1062 (outcomes 34/34 either way) and 350 of 378 labelled ones
# instead of 346, with 18% less tesseract time a page. The sample image scans resampled
# (benchmarks.ocr_preprocess, kaz+rus+eng), fields of 142 upscaled against as they are:
# 136 / 138 at their own 200-220 dpi, 137 / 134 at 150 dpi, 136 / 132 at 100 dpi.
MIN_NATIVE_DPI = 175
# An image that does not say its resolution and is shaped as a page (a phone's photo of
# one) is taken for an A4 page across its longer side: a 1600-pixel photo is about 140 dpi.
A4_LONG_SIDE_INCHES = 11.69
PAGE_SHAPES = (1.2, 1.6)  # longer side over shorter: A4 is 1.41, US Letter 1.29
MAX_SKEW_DEGREES = 3.0
SKEW_STEP_DEGREES = 0.25
# Smaller tilts are left to tesseract, which follows gently sloping lines itself and
# reads them better unrotated: on the sample scans (tilted up to 2°) turning from
# 1° on cost 1.9 points of field accuracy; pages tilted 3° more gained 10.5 points
# from deskew (benchmarks.ocr_preprocess).
MIN_DESKEW_DEGREES = 2.5
# Columns summed into one band for the skew estimate: at 3° a band's two edges are
# 0.4 px apart in height, well under a text line, and the page is only a few hundred bands.
SKEW_BAND_COLUMNS = 8
# looks_sideways: rows must be this much less peaky than columns (see its measurements).
SIDEWAYS_RATIO = 0.25
SIDEWAYS_REDUCTION = 4
# without_rules, in pixels: how far thin ink is smeared across a rule's direction, the
# shortest rule (on a small image), the thickest, and the grey fringe that goes with it.
RULE_SMEAR = 3
MIN_RULE_PIXELS = 40
MAX_RULE_THICKNESS = 12
RULE_FRINGE = 2
# evenly_lit: patches across the page's shorter side, the percentile of a patch's pixels
# taken for its paper, and how dark a patch of paper (of the median one) makes a page shaded.
SHADE_PATCHES = 16
SHADE_PAPER = 90
SHADED = 0.6


@dataclass(frozen=True)
class Prepared:
    """The image tesseract reads, and how its pixels relate to the original's."""

    image: Image.Image
    factor: float  # prepared pixels per original pixel
    skew: float  # degrees the original was turned (counter-clockwise) to straighten it
    quarter_turns: int = 0  # 90° turns (counter-clockwise) applied before everything else

    def to_original(self, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        """A box in prepared pixels -> the enclosing box in original pixels."""
        corners = [(box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])]
        points = [self._point_back(x, y) for x, y in corners]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        return min(xs), min(ys), max(xs), max(ys)

    def _point_back(self, x: float, y: float) -> tuple[float, float]:
        x, y = x / self.factor, y / self.factor
        w, h = self.image.width / self.factor, self.image.height / self.factor
        if self.skew:
            # Undo rotate(skew) about the centre (PIL turns counter-clockwise, y down).
            a = math.radians(self.skew)
            cx, cy = w / 2, h / 2
            dx, dy = x - cx, y - cy
            x, y = cx + dx * math.cos(a) - dy * math.sin(a), cy + dx * math.sin(a) + dy * math.cos(a)
        # Undo the quarter turns.
        for _ in range(self.quarter_turns % 4):
            # ROTATE_90 maps (x, y) -> (y, W - x); back: (x', y') -> (W - y', x'), W the pre-turn width.
            x, y, w, h = h - y, x, h, w
        return x, y


def prepare(
    image: Image.Image, deskew: bool = True, binarize: bool = False, quarter_turns: int = 0
) -> Prepared:
    gray = ImageOps.autocontrast(evenly_lit(ImageOps.grayscale(image)), cutoff=1)
    for _ in range(quarter_turns % 4):
        gray = gray.transpose(Image.Transpose.ROTATE_90)
    # Turn before upscaling: one resampling of the original pixels, not of interpolated ones.
    skew = estimate_skew(gray) if deskew else 0.0
    if abs(skew) < MIN_DESKEW_DEGREES:
        skew = 0.0
    if skew:
        gray = gray.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=255)
    dpi = image.info.get("dpi", (0, 0))[0] or _unstated_dpi(image.size)
    factor = 1.0
    if dpi < MIN_NATIVE_DPI and max(gray.size) < 2500:
        factor = min(TARGET_DPI / dpi, 2.5)
        gray = gray.resize(
            (round(gray.width * factor), round(gray.height * factor)), Image.Resampling.LANCZOS
        )
    gray = without_rules(gray)
    if binarize:
        threshold = otsu_threshold(gray)
        gray = gray.point(lambda v: 255 if v > threshold else 0)
    return Prepared(gray, factor, skew, quarter_turns)


def evenly_lit(gray: Image.Image) -> Image.Image:
    """A page photographed in uneven light (a shadow across it, a dark table around it), as
    if lit evenly: each pixel divided by the paper's shade around it. Tesseract thresholds a
    page at one grey level, and the shaded side's text falls below it with its paper.

    The paper's shade is the light end (the ``SHADE_PAPER`` percentile) of each of a grid
    of patches; a page whose darkest patch of paper is as light as ``SHADED`` of the
    median patch's is evenly lit, and stays as it is (scans, and every page with text
    and pictures on even paper).
    """
    import numpy as np

    pixels = np.asarray(gray)
    height, width = pixels.shape
    side = max(min(height, width) // SHADE_PATCHES, 8)
    rows, columns = height // side, width // side
    if rows < 2 or columns < 2:
        return gray
    patches = pixels[: rows * side, : columns * side].reshape(rows, side, columns, side)
    paper = np.percentile(patches.transpose(0, 2, 1, 3).reshape(rows, columns, -1), SHADE_PAPER, axis=2)
    if paper.min() >= SHADED * np.median(paper):
        return gray
    shade = Image.fromarray(np.clip(paper, 1, 255).astype(np.uint8)).resize(
        (width, height), Image.Resampling.BILINEAR
    )
    evened = pixels.astype(np.float32) * 255 / np.asarray(shade, dtype=np.float32)
    return Image.fromarray(np.clip(evened, 0, 255).astype(np.uint8))


def _unstated_dpi(size: tuple[int, int]) -> float:
    """The resolution of an image that does not state one: an A4 page's if it is shaped as a
    page, else TARGET_DPI (a strip or a crop says nothing of its scale)."""
    long, short = max(size), max(min(size), 1)
    if PAGE_SHAPES[0] <= long / short <= PAGE_SHAPES[1]:
        return long / A4_LONG_SIDE_INCHES
    return TARGET_DPI


def without_rules(gray: Image.Image) -> Image.Image:
    """The page with its table rules and underlines painted over in white.

    Tesseract's page segmentation takes a ruled table for pictures and drops whole
    cells of it; read without the rules, a table is columns of text set apart by
    gaps, which the layout step pairs again. A rule is thin ink running unbroken for
    a twentieth of the page's width (a twenty-fifth of its height, for a vertical
    one): letters and words break far sooner. The horizontal rules go first, so that
    where a vertical rule crosses them it is thin again and runs on unbroken.
    """
    import numpy as np

    pixels = np.asarray(gray)
    ink = pixels <= otsu_threshold(gray)
    height, width = ink.shape
    across = _rules(ink, along=1, length=max(width // 20, MIN_RULE_PIXELS))
    down = _rules(ink & ~across, along=0, length=max(height // 25, MIN_RULE_PIXELS))
    rules = across | down
    if not rules.any():
        return gray
    cleaned = pixels.copy()
    cleaned[rules] = 255
    return Image.fromarray(cleaned)


def _rules(ink, along: int, length: int):
    """The pixels of the rules running along ``along`` (1: across the page, 0: down it).

    Only thin ink can be a rule: a shadow or a blot is thick both ways, and a letter's
    stroke crossing a rule makes the ink there thick across it, so the letter stays.
    The thin ink is first smeared by RULE_SMEAR pixels across the rule's direction, so
    that a rule tilted by up to the skew left undone (MIN_DESKEW_DEGREES) still runs
    unbroken; the grey fringe a scanner leaves along a rule (RULE_FRINGE) goes with it,
    or it reads as a line of specks.
    """
    side = 1 - along
    thin = ink & ~_runs_at_least(ink, MAX_RULE_THICKNESS, axis=side)
    runs = _runs_at_least(_smeared(thin, RULE_SMEAR, axis=side), length, axis=along)
    core = _smeared(runs, RULE_SMEAR, axis=side) & thin
    return _smeared(core, RULE_FRINGE, axis=side) & ~(ink & ~thin)


def _smeared(mask, reach: int, axis: int):
    """mask, each set pixel also setting the ``reach`` pixels either side along ``axis``."""
    out = mask.copy()
    for shift in range(1, reach + 1):
        if axis == 0:
            out[shift:] |= mask[:-shift]
            out[:-shift] |= mask[shift:]
        else:
            out[:, shift:] |= mask[:, :-shift]
            out[:, :-shift] |= mask[:, shift:]
    return out


def _runs_at_least(mask, length: int, axis: int):
    """The pixels of ``mask`` on an unbroken run of at least ``length`` along ``axis``.

    Every row is padded with a clear pixel at each end, so that in the flattened array a
    run never crosses rows; runs are found where the mask switches on and off, and only
    the long ones are filled back in: by index where they are few (eight bytes a pixel
    filled, a fraction of the page), by a running sum where they are many (a byte a pixel
    of the page), so that a black or striped page costs no more memory than a few copies.
    """
    import numpy as np

    rows = mask if axis == 1 else mask.T
    count, size = rows.shape
    padded = np.zeros((count, size + 2), dtype=np.int8)
    padded[:, 1:-1] = rows
    switches = np.diff(padded.ravel())
    starts = np.flatnonzero(switches == 1) + 1
    lengths = np.flatnonzero(switches == -1) + 1 - starts
    long = lengths >= length
    starts, lengths = starts[long], lengths[long]
    if int(lengths.sum()) * 8 <= padded.size:
        # Each long run's pixels: its start repeated over its length, plus 0, 1, 2, ...
        offsets = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        runs = np.zeros(padded.size, dtype=bool)
        runs[np.repeat(starts, lengths) + offsets] = True
    else:
        marks = np.zeros(padded.size, dtype=np.int8)
        marks[starts] = 1
        marks[starts + lengths] = -1
        runs = np.cumsum(marks, dtype=np.int8).astype(bool)
    runs = runs.reshape(count, size + 2)[:, 1:-1]
    return runs if axis == 1 else np.ascontiguousarray(runs.T)


def estimate_skew(gray: Image.Image) -> float:
    """The rotation (degrees, counter-clockwise) that makes text lines horizontal.

    Text lines straight across the page make the row sums of dark pixels peaky;
    the angle whose rotation maximises their sum of squares wins (the total ink is
    the same at every angle, so that is the variance). 0.0 unless clearly better
    than leaving the page as it is.

    Within ±3° a rotation is, to 0.14%, a shear: each narrow band of columns moves
    up or down by its distance from the centre times tan(angle). So the page is
    thresholded and summed into bands once, and every angle only adds shifted band
    profiles. Rotating a 1200-pixel thumbnail 25 times instead cost 0.13 s a page, a
    tenth of tesseract's time; this takes 15 ms at full size. Measured (2026-11-27) on
    the 35 sample scans, each also turned by 1.5° and ±3°: the same angle in 137 of
    140 estimates, the other three under 2° and on the same side of the deskew
    threshold, and the same fields read on the sample bundles and the labelled set.
    """
    import numpy as np

    ink = (np.asarray(gray) < otsu_threshold(gray)).view(np.uint8)
    height, width = ink.shape
    step = SKEW_BAND_COLUMNS
    bands = width // step
    if bands < 2:
        return 0.0
    # Row sums of each band, accumulated across bands: any run of bands is one subtraction.
    per_band = np.add.reduce([ink[:, i : bands * step : step] for i in range(step)], dtype=np.int32)
    across = np.zeros((bands + 1, height), dtype=np.int32)
    np.cumsum(per_band.T, axis=0, out=across[1:])
    centres = (np.arange(bands) + 0.5) * step - width / 2
    reach = math.ceil(width / 2 * math.tan(math.radians(MAX_SKEW_DEGREES))) + 1
    profile = np.empty(height + 2 * reach, dtype=np.int64)

    def score(angle: float) -> int:
        # Rotating counter-clockwise (y down) lifts the right half: y' = y - x tan(angle).
        shifts = np.rint(-centres * math.tan(math.radians(angle))).astype(np.int64)
        edges = (np.flatnonzero(np.diff(shifts)) + 1).tolist()
        profile.fill(0)
        for start, end in zip([0, *edges], [*edges, bands], strict=True):
            top = reach + int(shifts[start])
            profile[top : top + height] += across[end] - across[start]
        return int(np.dot(profile, profile))

    steps = int(MAX_SKEW_DEGREES / SKEW_STEP_DEGREES)
    # Smallest tilts first, so that of equal scores the gentlest turn wins.
    angles = sorted((k * SKEW_STEP_DEGREES for k in range(-steps, steps + 1)), key=abs)
    scores = {angle: score(angle) for angle in angles}
    best = max(angles, key=scores.__getitem__)
    # A clearly better score is needed to move off zero: flat pages stay untouched.
    return best if scores[best] > scores[0.0] * 1.0001 else 0.0


def looks_sideways(image: Image.Image) -> bool:
    """Whether the page's text lines seem to run down the page rather than across it.

    Upright text makes the ink's row sums peaky (lines and the gaps between them) and
    its column sums flat; a page on its side is the other way round. Measured
    (2026-11-27) on the 28 one-page sample scans and each turned by 90°: rows over
    columns peakiness 6.5-38 upright and 0.03-0.16 on their sides for flatbed scans,
    0.09 for the one scanned on its side; phone photos, whose shading swamps both
    profiles, 0.73-0.75 upright and 1.3 on their sides, so they are left to the
    orientation retry after a poor reading. About 4 ms a page, on a quarter-size copy.
    """
    import numpy as np

    small = ImageOps.grayscale(image).reduce(SIDEWAYS_REDUCTION)
    ink = np.asarray(small) < otsu_threshold(small)
    if not ink.any():
        return False
    return _peakiness(ink.sum(axis=1)) < SIDEWAYS_RATIO * _peakiness(ink.sum(axis=0))


def _peakiness(profile) -> float:
    """Variance over squared mean of a profile, within the ink's extent (margins apart)."""
    inked = profile.nonzero()[0]
    span = profile[inked[0] : inked[-1] + 1].astype(float)
    mean = span.mean()
    return float(((span - mean) ** 2).mean() / (mean * mean))


def otsu_threshold(gray: Image.Image) -> int:
    """Otsu's threshold from the grey-level histogram."""
    histogram = gray.histogram()[:256]
    total = sum(histogram)
    weighted_total = sum(i * h for i, h in enumerate(histogram))
    background, weighted_background, best, threshold = 0, 0.0, -1.0, 127
    for level, count in enumerate(histogram):
        background += count
        if background == 0:
            continue
        foreground = total - background
        if foreground == 0:
            break
        weighted_background += level * count
        mean_b = weighted_background / background
        mean_f = (weighted_total - weighted_background) / foreground
        between = background * foreground * (mean_b - mean_f) ** 2
        if between > best:
            best, threshold = between, level
    return threshold
