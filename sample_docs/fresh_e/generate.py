#!/usr/bin/env python3
"""Generator for the ``fresh_e`` labelled test set of trustlist bundles.

Written from docs/SPEC (/work/shared/SPEC.md) only.  Run from /work/main:

    .venv/bin/python sample_docs/fresh_e/generate.py

Deterministic: every random draw comes from a seed derived from the file's
path (zlib.crc32), every PDF has a fixed creation date, so two runs give
byte-identical output.  Writes only below sample_docs/fresh_e/.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import math
import shutil
import sys
import time
import zlib
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parent
DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
TZ = dt.timezone(dt.timedelta(hours=5))

# --------------------------------------------------------------------------
# identifiers and dates
# --------------------------------------------------------------------------


def bin_check_digit(d11: str):
    d = [int(c) for c in d11]
    s = sum(d[i] * (i + 1) for i in range(11)) % 11
    if s == 10:
        w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        s = sum(d[i] * w[i] for i in range(11)) % 11
        if s == 10:
            return None
    return s


def bin_ok(s: str) -> bool:
    return len(s) == 12 and s.isdigit() and bin_check_digit(s[:11]) == int(s[11])


def make_iin(prefix7: str, serial: int) -> str:
    """IIN = yymmdd + century/sex digit + 4-digit serial + check digit."""
    while True:
        body = f"{prefix7}{serial:04d}"
        c = bin_check_digit(body)
        if c is not None:
            return body + str(c)
        serial += 1


RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]
KK_M = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
        "қыркүйек", "қазан", "қараша", "желтоқсан"]
KK_DAT = ["қаңтарға", "ақпанға", "наурызға", "сәуірге", "мамырға", "маусымға", "шілдеге",
          "тамызға", "қыркүйекке", "қазанға", "қарашаға", "желтоқсанға"]
KK_LOC = ["қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда", "шілдеде",
          "тамызда", "қыркүйекте", "қазанда", "қарашада", "желтоқсанда"]
KK_GEN_DAGY = ["қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы", "маусымдағы",
               "шілдедегі", "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы", "желтоқсандағы"]
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"]


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def ru_w(d: dt.date) -> str:          # 20 февраля 2026 года
    return f"{d.day} {RU_GEN[d.month - 1]} {d.year} года"


def ru_g(d: dt.date) -> str:          # 20 февраля 2026 г.
    return f"{d.day} {RU_GEN[d.month - 1]} {d.year} г."


def ru_q(d: dt.date) -> str:          # «20» февраля 2026 г.
    return f"«{d.day:02d}» {RU_GEN[d.month - 1]} {d.year} г."


def kk_w(d: dt.date) -> str:          # 2026 жылғы 3 наурыз
    return f"{d.year} жылғы {d.day} {KK_M[d.month - 1]}"


def kk_until(d: dt.date) -> str:      # 2027 жылғы 28 қаңтарға дейін
    return f"{d.year} жылғы {d.day} {KK_DAT[d.month - 1]} дейін"


def kk_dagy(d: dt.date) -> str:       # 2026 жылғы 12 қаңтардағы
    return f"{d.year} жылғы {d.day} {KK_GEN_DAGY[d.month - 1]}"


def en_w(d: dt.date) -> str:          # 27 February 2026
    return f"{d.day} {EN_M[d.month - 1]} {d.year}"


def num(d: dt.date) -> str:           # 20.02.2026
    return d.strftime("%d.%m.%Y")


def seed_of(name: str) -> int:
    return zlib.crc32(name.encode("utf-8"))


# --------------------------------------------------------------------------
# PDF base
# --------------------------------------------------------------------------

FONT_FILES = [
    ("dvsans", "", DJ + "DejaVuSans.ttf"), ("dvsans", "B", DJ + "DejaVuSans-Bold.ttf"),
    ("dvsans", "I", DJ + "DejaVuSans-Oblique.ttf"),
    ("dvserif", "", DJ + "DejaVuSerif.ttf"), ("dvserif", "B", DJ + "DejaVuSerif-Bold.ttf"),
    ("dvserif", "I", DJ + "DejaVuSerif-Italic.ttf"),
    ("dvcond", "", DJ + "DejaVuSansCondensed.ttf"), ("dvcond", "B", DJ + "DejaVuSansCondensed-Bold.ttf"),
    ("dvcond", "I", DJ + "DejaVuSansCondensed-Oblique.ttf"),
    ("dvscond", "", DJ + "DejaVuSerifCondensed.ttf"), ("dvscond", "B", DJ + "DejaVuSerifCondensed-Bold.ttf"),
    ("dvscond", "I", DJ + "DejaVuSerifCondensed-Italic.ttf"),
    ("dvmono", "", DJ + "DejaVuSansMono.ttf"), ("dvmono", "B", DJ + "DejaVuSansMono-Bold.ttf"),
    ("libserif", "", LB + "LiberationSerif-Regular.ttf"), ("libserif", "B", LB + "LiberationSerif-Bold.ttf"),
    ("libserif", "I", LB + "LiberationSerif-Italic.ttf"),
    ("libsans", "", LB + "LiberationSans-Regular.ttf"), ("libsans", "B", LB + "LiberationSans-Bold.ttf"),
    ("libsans", "I", LB + "LiberationSans-Italic.ttf"),
    ("libnarrow", "", LB + "LiberationSansNarrow-Regular.ttf"),
    ("libnarrow", "B", LB + "LiberationSansNarrow-Bold.ttf"),
    ("libmono", "", LB + "LiberationMono-Regular.ttf"), ("libmono", "B", LB + "LiberationMono-Bold.ttf"),
]


class Doc(FPDF):
    """A4 page with optional running header/footer and ink marks.

    raster=True: the document will be rasterised into a scan; stamps and
    signatures are then recorded as marks and painted on the raster.
    raster=False: they are embedded as transparent images in the PDF.
    """

    def __init__(self, *, raster=False, seed=0, created="2026-01-05T10:00:00", margins=(20, 15, 15),
                 bottom=18, title=None, author=None, producer=None, creator=None):
        super().__init__("P", "mm", "A4")
        for fam, st, path in FONT_FILES:
            self.add_font(fam, st, path)
        self.set_fallback_fonts(["dvserif", "dvsans"], exact_match=False)
        self.raster = raster
        self.rng = np.random.default_rng(seed)
        self.seed = seed
        self.marks = []
        self.on_header = None
        self.on_footer = None
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.set_creation_date(dt.datetime.fromisoformat(created).replace(tzinfo=TZ))
        if title:
            self.set_title(title)
        if author:
            self.set_author(author)
        self.set_producer(producer or "fpdf2")
        if creator:
            self.set_creator(creator)
        self.alias_nb_pages()

    def header(self):
        if self.on_header:
            self.on_header(self)

    def footer(self):
        if self.on_footer:
            self.on_footer(self)

    def multi_cell(self, *args, **kw):
        kw.setdefault("align", "L")
        return super().multi_cell(*args, **kw)

    # ---- text helpers -------------------------------------------------
    def font(self, fam, style="", size=11):
        self.set_font(fam, style, size)

    def para(self, text, fam="libserif", style="", size=11, align="J", lh=None, indent=0.0, after=1.5,
             w=0, x=None, markdown=False):
        self.set_font(fam, style, size)
        lh = lh or size * 0.47
        if x is not None:
            self.set_x(x)
        if indent:
            # first-line indent via leading spaces of equivalent width
            # FIGURE SPACE: not stretched by justification (unlike " " and NBSP)
            sp = self.get_string_width("\u2007")
            text = "\u2007" * max(1, int(round(indent / sp))) + text
        self.multi_cell(w, lh, text, align=align, new_x="LMARGIN", new_y="NEXT", markdown=markdown)
        if after:
            self.ln(after)

    def centered(self, text, fam="libserif", style="B", size=12, lh=None, after=0.0):
        self.para(text, fam=fam, style=style, size=size, align="C", lh=lh, after=after)

    def hr(self, y=None, width=0.3, x0=None, x1=None):
        y = self.get_y() if y is None else y
        self.set_line_width(width)
        self.line(self.l_margin if x0 is None else x0, y, (self.w - self.r_margin) if x1 is None else x1, y)

    def height_of(self, w, lh, text, fam, style, size):
        self.set_font(fam, style, size)
        return self.multi_cell(w, lh, text, dry_run=True, output="HEIGHT")

    # ---- ink ----------------------------------------------------------
    def stamp(self, cx, cy, spec, seed_extra=0):
        """Round seal centred at (cx, cy) mm."""
        s = self.seed * 7 + seed_extra + len(self.marks)
        if self.raster:
            self.marks.append(("stamp", self.page, cx, cy, spec, s))
        else:
            img = stamp_rgba(spec, 300, s)
            d = spec.get("diam", 40)
            x, y = self.get_x(), self.get_y()
            self.image(img, x=cx - d / 2, y=cy - d / 2, w=d, h=d)
            self.set_xy(x, y)

    def signature(self, x, y, w=34, h=14, color=(25, 40, 135), seed_extra=0):
        s = self.seed * 13 + seed_extra + len(self.marks)
        if self.raster:
            self.marks.append(("sign", self.page, x, y, dict(w=w, h=h, color=color), s))
        else:
            img = signature_rgba(w, h, 300, s, color)
            cx, cy = self.get_x(), self.get_y()
            self.image(img, x=x, y=y, w=w, h=h)
            self.set_xy(cx, cy)

    def qr(self, x, y, size=22, modules=25, seed_extra=0):
        rng = np.random.default_rng(self.seed + 991 + seed_extra)
        m = rng.random((modules, modules)) < 0.48
        for (r0, c0) in [(0, 0), (0, modules - 7), (modules - 7, 0)]:
            m[r0:r0 + 7, c0:c0 + 7] = False
            m[r0:r0 + 7, c0] = m[r0:r0 + 7, c0 + 6] = True
            m[r0, c0:c0 + 7] = m[r0 + 6, c0:c0 + 7] = True
            m[r0 + 2:r0 + 5, c0 + 2:c0 + 5] = True
        ms = size / modules
        self.set_fill_color(0, 0, 0)
        for r in range(modules):
            for c in range(modules):
                if m[r, c]:
                    self.rect(x + c * ms, y + r * ms, ms + 0.02, ms + 0.02, style="F")

    def emblem(self, cx, cy, r=11, color=(0, 0, 0)):
        """Simplified round state emblem (sun with rays, shanyrak-like rings)."""
        self.set_draw_color(*color)
        self.set_line_width(0.5)
        self.circle(cx, cy, r)
        self.circle(cx, cy, r * 0.82)
        self.set_line_width(0.25)
        for k in range(32):
            a = 2 * math.pi * k / 32
            self.line(cx + r * 0.3 * math.cos(a), cy + r * 0.3 * math.sin(a),
                      cx + r * 0.78 * math.cos(a), cy + r * 0.78 * math.sin(a))
        self.set_fill_color(*color)
        self.circle(cx, cy, r * 0.26, style="F")
        self.set_draw_color(0, 0, 0)


# --------------------------------------------------------------------------
# ink rendering (stamps, signatures)
# --------------------------------------------------------------------------

_font_cache = {}


def pil_font(path, size):
    key = (path, size)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(path, size)
    return _font_cache[key]


def smooth_field(rng, h, w, cells=8, lo=0.55, hi=1.0):
    base = rng.random((cells, cells)).astype(np.float32)
    img = Image.fromarray((base * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC)
    f = np.asarray(img, dtype=np.float32) / 255.0
    return lo + (hi - lo) * f


def stamp_alpha(spec, dpi, seed):
    """Return float alpha (H, W) in [0, 1] of a round seal."""
    rng = np.random.default_rng(seed)
    diam_mm = spec.get("diam", 40)
    S = int(round(diam_mm / 25.4 * dpi))
    m = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(m)
    lw = max(2, int(S * 0.014))
    d.ellipse([lw, lw, S - lw - 1, S - lw - 1], outline=255, width=lw * 2)
    c = S / 2
    r_in = S * 0.5 * 0.64
    d.ellipse([c - r_in, c - r_in, c + r_in, c + r_in], outline=255, width=max(1, lw))
    # text around the ring
    text = spec["outer"]
    fpath = DJ + "DejaVuSans-Bold.ttf"
    R = S * 0.5 * 0.815
    fs0 = 40
    f0 = pil_font(fpath, fs0)
    total0 = sum(f0.getlength(ch) for ch in text) * 1.08
    fs = int(max(8, min(S * 0.10, fs0 * (2 * math.pi * R * 0.97) / total0)))
    font = pil_font(fpath, fs)
    widths = [font.getlength(ch) for ch in text]
    k = 2 * math.pi / (sum(widths) * 1.03)
    theta = float(rng.uniform(-0.2, 0.2))
    for ch, w in zip(text, widths):
        a = theta + w * k / 2
        g = Image.new("L", (fs * 2, fs * 2), 0)
        ImageDraw.Draw(g).text((fs, fs), ch, font=font, fill=255, anchor="mm")
        g = g.rotate(-math.degrees(a), resample=Image.BICUBIC)
        px = int(round(c + R * math.sin(a) - fs))
        py = int(round(c - R * math.cos(a) - fs))
        box = (px, py, px + g.size[0], py + g.size[1])
        region = m.crop(box)
        m.paste(ImageChops.lighter(region, g), box)
        theta += w * k
    # centre lines
    inner = spec.get("inner", [])
    if inner:
        longest = max(inner, key=len)
        fs2 = int(fs * 0.95)
        while fs2 > 6 and pil_font(fpath, fs2).getlength(longest) > 2 * r_in * 0.86:
            fs2 -= 1
        f2 = pil_font(fpath, fs2)
        lh = fs2 * 1.25
        for i, line in enumerate(inner):
            y = c + (i - (len(inner) - 1) / 2) * lh
            d.text((c, y), line, font=f2, fill=255, anchor="mm")
    if spec.get("star", True) and len(inner) <= 2:
        pass
    a = np.asarray(m, dtype=np.float32) / 255.0
    # ink texture: uneven pressure, small dropouts
    a *= smooth_field(rng, S, S, cells=6, lo=0.45, hi=1.0)
    a *= smooth_field(rng, S, S, cells=40, lo=0.7, hi=1.0)
    a *= (rng.random((S, S)) > 0.04)
    img = Image.fromarray((np.clip(a, 0, 1) * 255).astype(np.uint8))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = img.rotate(float(spec.get("angle", rng.uniform(-25, 25))), resample=Image.BICUBIC)
    return np.asarray(img, dtype=np.float32) / 255.0


def stamp_rgba(spec, dpi, seed):
    a = stamp_alpha(spec, dpi, seed) * spec.get("opacity", 0.8)
    col = spec.get("color", (40, 60, 170))
    h, w = a.shape
    rgba = np.zeros((h, w, 4), dtype=np.uint8)
    rgba[..., 0], rgba[..., 1], rgba[..., 2] = col
    rgba[..., 3] = (a * 255).astype(np.uint8)
    return Image.fromarray(rgba, "RGBA")


def signature_alpha(w_mm, h_mm, dpi, seed):
    rng = np.random.default_rng(seed)
    W = int(round(w_mm / 25.4 * dpi)) * 2
    H = int(round(h_mm / 25.4 * dpi)) * 2
    m = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(m)
    lw = max(2, int(H * 0.045))
    t = np.linspace(0, 1, 900)
    f1, f2, f3 = rng.uniform(3.5, 6.0), rng.uniform(8, 13), rng.uniform(1.2, 2.2)
    ph = rng.uniform(0, 2 * np.pi, 3)
    x = 0.10 + 0.72 * t + 0.05 * np.sin(2 * np.pi * f2 * t + ph[0])
    y = 0.50 + 0.22 * np.sin(2 * np.pi * f1 * t + ph[1]) * (1 - 0.5 * t) + 0.10 * np.sin(2 * np.pi * f3 * t + ph[2])
    pts = list(zip((x * W).tolist(), (y * H).tolist()))
    d.line(pts, fill=255, width=lw, joint="curve")
    # capital loop at the start
    cx, cy = 0.13 * W, 0.42 * H
    loop = [(cx + 0.09 * W * math.cos(a) * (1 + 0.2 * math.sin(3 * a)), cy + 0.32 * H * math.sin(a))
            for a in np.linspace(0.3, 2 * math.pi + 1.2, 120)]
    d.line(loop, fill=255, width=lw, joint="curve")
    # underline flourish
    u = np.linspace(0, 1, 200)
    ux = 0.85 - 0.75 * u
    uy = 0.80 + 0.08 * np.sin(np.pi * u) - 0.05 * u
    d.line(list(zip((ux * W).tolist(), (uy * H).tolist())), fill=255, width=max(2, lw - 1), joint="curve")
    m = m.resize((W // 2, H // 2), Image.LANCZOS)
    a = np.asarray(m, dtype=np.float32) / 255.0
    a *= smooth_field(rng, H // 2, W // 2, cells=5, lo=0.75, hi=1.0)
    return a


def signature_rgba(w_mm, h_mm, dpi, seed, color):
    a = signature_alpha(w_mm, h_mm, dpi, seed) * 0.92
    h, w = a.shape
    rgba = np.zeros((h, w, 4), dtype=np.uint8)
    rgba[..., 0], rgba[..., 1], rgba[..., 2] = color
    rgba[..., 3] = (a * 255).astype(np.uint8)
    return Image.fromarray(rgba, "RGBA")


def apply_ink(arr, alpha, color, x0, y0, opacity=1.0):
    """Multiply-blend ink of `color` with coverage alpha onto float RGB array."""
    H, W = arr.shape[:2]
    h, w = alpha.shape
    xa, ya = max(0, x0), max(0, y0)
    xb, yb = min(W, x0 + w), min(H, y0 + h)
    if xa >= xb or ya >= yb:
        return
    a = alpha[ya - y0:yb - y0, xa - x0:xb - x0] * opacity
    col = np.array(color, dtype=np.float32) / 255.0
    arr[ya:yb, xa:xb, :] *= (1.0 - a[..., None] * (1.0 - col[None, None, :]))


# --------------------------------------------------------------------------
# scanning
# --------------------------------------------------------------------------


def pdf_bytes(pdf: Doc) -> bytes:
    return bytes(pdf.output())


def rasterize(pdf: Doc, dpi):
    doc = pdfium.PdfDocument(pdf_bytes(pdf))
    pages = []
    for i in range(len(doc)):
        page = doc[i]
        bm = page.render(scale=dpi / 72.0)
        pages.append(bm.to_pil().convert("RGB"))
        page.close()
    doc.close()
    return pages


def ink_page(arr, marks, page_no, dpi):
    k = dpi / 25.4
    for kind, pg, x, y, spec, s in marks:
        if pg != page_no:
            continue
        if kind == "stamp":
            a = stamp_alpha(spec, dpi, s)
            h, w = a.shape
            apply_ink(arr, a, spec.get("color", (40, 60, 170)), int(x * k - w / 2), int(y * k - h / 2),
                      spec.get("opacity", 0.8))
        else:
            a = signature_alpha(spec["w"], spec["h"], dpi, s)
            apply_ink(arr, a, spec["color"], int(x * k), int(y * k), 0.95)


def scan_pages(pdf: Doc, dpi, *, skew=1.0, noise=5.0, blur=0.45, paper=(247, 245, 238), specks=60,
               light=0.05, edge=True, seed=0):
    rng = np.random.default_rng(seed)
    out = []
    for i, img in enumerate(rasterize(pdf, dpi), start=1):
        arr = np.asarray(img, dtype=np.float32)
        ink_page(arr, pdf.marks, i, dpi)
        arr *= np.array(paper, dtype=np.float32)[None, None, :] / 255.0
        H, W = arr.shape[:2]
        # uneven illumination across the page
        gy = np.linspace(-1, 1, H, dtype=np.float32)[:, None]
        gx = np.linspace(-1, 1, W, dtype=np.float32)[None, :]
        ax, ay = rng.uniform(-1, 1, 2)
        arr *= (1.0 - light * 0.5 * (1 + ax * gx + ay * gy) / 2)[..., None]
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        ang = skew + float(rng.normal(0, 0.15)) if i > 1 else skew
        img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=tuple(int(p) for p in paper))
        if blur:
            img = img.filter(ImageFilter.GaussianBlur(blur))
        arr = np.asarray(img, dtype=np.float32)
        arr += rng.normal(0, noise, arr.shape[:2]).astype(np.float32)[..., None]
        # dust specks
        for _ in range(specks):
            sy, sx = int(rng.integers(0, H)), int(rng.integers(0, W))
            r = int(rng.integers(1, 3))
            arr[max(0, sy - r):sy + r, max(0, sx - r):sx + r, :] *= rng.uniform(0.2, 0.7)
        if edge:  # scanner-lid shadow along one edge
            side = int(rng.integers(0, 2))
            wpx = int(dpi * 0.06)
            ramp = np.linspace(0.55, 1.0, wpx, dtype=np.float32)
            if side == 0:
                arr[:, :wpx, :] *= ramp[None, :, None]
            else:
                arr[:, W - wpx:, :] *= ramp[::-1][None, :, None]
        out.append(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)))
    return out


def jpeg_cycle(img, q):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=q)
    buf.seek(0)
    return Image.open(buf).convert(img.mode)


def save_jpeg(img, path, dpi, q=78):
    img.save(path, "JPEG", quality=q, dpi=(dpi, dpi), subsampling=2)


def save_png_gray(img, path, dpi, q_cycle=70):
    g = jpeg_cycle(img, q_cycle).convert("L")
    g.save(path, "PNG", dpi=(dpi, dpi))


def save_tiff_bilevel(img, path, dpi, threshold=150):
    g = img.convert("L")
    b = g.point(lambda v: 255 if v > threshold else 0).convert("1", dither=Image.NONE)
    b.save(path, "TIFF", compression="group4", dpi=(dpi, dpi))


def save_tiff_gray_multi(imgs, path, dpi, q_cycle=72):
    # scanner-side background removal: light paper tones are pushed to white
    lut = [v if v < 200 else min(255, v + (v - 200) * 3) for v in range(256)]
    gs = [jpeg_cycle(im, q_cycle).convert("L").point(lut) for im in imgs]
    gs[0].save(path, "TIFF", compression="tiff_adobe_deflate", dpi=(dpi, dpi), save_all=True,
               append_images=gs[1:])


def save_image_pdf(imgs, path, dpi, q=70, producer="Canon iR-ADV C3530 PDF", created="2026-01-05T10:00:00",
                   gray=False):
    pdf = FPDF("P", "mm", "A4")
    pdf.set_creation_date(dt.datetime.fromisoformat(created).replace(tzinfo=TZ))
    pdf.set_producer(producer)
    pdf.set_creator(producer)
    pdf.set_auto_page_break(False)
    for im in imgs:
        if gray:
            im = im.convert("L")
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=q, dpi=(dpi, dpi))
        buf.seek(0)
        pdf.add_page()
        pdf.image(buf, x=0, y=0, w=210, h=297)
    pdf.output(str(path))


def perspective_coeffs(src, dst):
    """Coefficients for PIL PERSPECTIVE mapping dst (output) points to src (input)."""
    A, B = [], []
    for (xs, ys), (xd, yd) in zip(src, dst):
        A.append([xd, yd, 1, 0, 0, 0, -xs * xd, -xs * yd])
        A.append([0, 0, 0, xd, yd, 1, -ys * xd, -ys * yd])
        B += [xs, ys]
    return np.linalg.solve(np.array(A, dtype=np.float64), np.array(B, dtype=np.float64)).tolist()


def phone_photo(page: Image.Image, seed, size=(1536, 2048)):
    """Photograph of a sheet lying on a dark desk: perspective, uneven light."""
    rng = np.random.default_rng(seed)
    W, H = size
    # desk: dark, slightly textured
    desk = smooth_field(rng, H, W, cells=5, lo=0.12, hi=0.24)
    desk = desk + rng.normal(0, 0.012, (H, W)).astype(np.float32)
    bg = np.stack([desk * 255 * 1.05, desk * 255 * 0.92, desk * 255 * 0.80], axis=-1)
    pw, ph = page.size
    dst = [(150 + rng.uniform(-20, 20), 175 + rng.uniform(-15, 15)),
           (W - 120 + rng.uniform(-20, 20), 120 + rng.uniform(-15, 15)),
           (W - 95 + rng.uniform(-20, 20), H - 150 + rng.uniform(-15, 15)),
           (85 + rng.uniform(-20, 20), H - 110 + rng.uniform(-15, 15))]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = perspective_coeffs(src, dst)
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = mask.filter(ImageFilter.GaussianBlur(1.2))
    wa = np.asarray(warped, dtype=np.float32)
    ma = np.asarray(mask, dtype=np.float32)[..., None] / 255.0
    # shadow of the sheet on the desk
    sh = Image.fromarray((ma[..., 0] * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(18))
    sha = np.asarray(sh, dtype=np.float32)[..., None] / 255.0
    bg = bg * (1 - 0.5 * np.roll(np.roll(sha, 14, axis=0), 10, axis=1))
    arr = wa * ma + bg * (1 - ma)
    # uneven light: bright lamp spot top-left, hand/phone shadow lower right
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = W * rng.uniform(0.15, 0.35), H * rng.uniform(0.1, 0.3)
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / math.hypot(W, H)
    light = 1.08 - 0.55 * dist
    sx, sy = W * rng.uniform(0.65, 0.85), H * rng.uniform(0.7, 0.9)
    shadow = np.exp(-(((xx - sx) / (W * 0.25)) ** 2 + ((yy - sy) / (H * 0.18)) ** 2))
    light = light * (1 - 0.22 * shadow)
    arr = arr * light[..., None]
    arr *= np.array([1.03, 1.0, 0.90], dtype=np.float32)[None, None, :]  # warm white balance
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    arr = np.asarray(img, dtype=np.float32) + rng.normal(0, 3.5, (H, W, 1)).astype(np.float32)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def save_phone_jpeg(img, path, shot_time):
    exif = Image.Exif()
    exif[0x010F] = "samsung"
    exif[0x0110] = "Galaxy A54 5G"
    exif[0x0132] = shot_time
    exif[0x0131] = "A546EXXS8CXK1"
    img.save(path, "JPEG", quality=84, exif=exif.tobytes(), dpi=(72, 72))


# --------------------------------------------------------------------------
# parties
# --------------------------------------------------------------------------

P = {
    # applicants
    "zhurek": dict(ru="ТОО «Жүрек Дата»", kk="«Жүрек Дата» ЖШС", bin="190440526016",
                   addr="010000, г. Астана, пр. Мәңгілік Ел, 55/20, офис 312",
                   email="info@zhurekdata.kz", phone="+7 (7172) 57-31-40"),
    "tabys": dict(ru="ТОО «Табыс Аналитика»", kk="«Табыс Аналитика» ЖШС", en='"Tabys Analitika" LLP',
                  bin="171140815907", addr="050059, г. Алматы, пр. Аль-Фараби, 77/7, 14 этаж",
                  email="office@tabys-analitika.kz", phone="+7 (727) 339-12-40"),
    "algoritm": dict(ru="ТОО «Алгоритм Жүйелері»", kk="«Алгоритм Жүйелері» ЖШС", bin="150640830162",
                     addr="050012, г. Алматы, ул. Толе би, 101, блок Б, офис 7"),
    "energo": dict(ru="АО «Энергожүйе Аналитика»", kk="«Энергожүйе Аналитика» АҚ", bin="080340613183",
                   addr="010000, Астана қ., Қабанбай батыр д-лы, 17", email="kense@energojuie.kz",
                   phone="+7 (7172) 61-08-22"),
    "sapaly": dict(ru="ТОО «Сапалы Білім»", kk="«Сапалы Білім» ЖШС", bin="200940609134",
                   addr="Астана қ., Мәңгілік Ел д-лы, 8, 211-кеңсе", email="info@sapalybilim.kz"),
    "kolik": dict(ru="ТОО «Көлік Интеллект Жүйелері»", kk="«Көлік Интеллект Жүйелері» ЖШС", bin="210240909962",
                  addr="010000, Астана қ., Тұран д-лы, 37, 9-қабат", email="info@kolikintellect.kz",
                  phone="+7 (7172) 79-55-10"),
    "smart": dict(ru="ТОО «Смарт Жол Зертханасы»", kk="«Смарт Жол Зертханасы» ЖШС", bin="180840030828",
                  addr="Алматы қ., Сейфуллин д-лы, 498, 3-қабат"),
    "pulmo": dict(ru="ТОО «ПульмоДиагностика»", kk="«ПульмоДиагностика» ЖШС", bin="161240462819",
                  addr="160012, г. Шымкент, ул. Байтурсынова, 14А", email="pulmo@pulmodiag.kz",
                  phone="+7 (7252) 53-17-09"),
    "agro": dict(ru="ТОО «Агро Болжам»", kk="«Агро Болжам» ЖШС", bin="220540948212",
                 addr="Қостанай қ., Байтұрсынов к-сі, 65, 12-кеңсе", email="info@agrobolzham.kz",
                 phone="+7 (7142) 50-18-77"),
    "samal": dict(ru="ТОО «Самал Энерго Сервис»", kk="«Самал Энерго Сервис» ЖШС", bin="121040993519",
                  addr="140000, г. Павлодар, ул. Академика Сатпаева, 241", email="kanc@samal-energo.kz",
                  phone="+7 (7182) 32-44-90"),
    # auditors
    "senim": dict(ru="ТОО «Сенім Аудит»", kk="«Сенім Аудит» ЖШС", en='"Senim Audit" LLP', bin="140340819090",
                  addr="050040, г. Алматы, ул. Тимирязева, 42, павильон 15", email="audit@senim-audit.kz"),
    "adil": dict(ru="ТОО «Әділ Сараптама»", kk="«Әділ Сараптама» ЖШС", bin="110740378657",
                 addr="г. Астана, ул. Сығанақ, 10, офис 604", email="info@adilsaraptama.kz",
                 phone="+7 (7172) 64-20-18"),
    "cnoa": dict(ru="ТОО «Центр независимой оценки алгоритмов»", kk="«Центр независимой оценки алгоритмов» ЖШС",
                 bin="230140797542", addr="050000, г. Алматы, ул. Жандосова, 58, офис 210",
                 email="audit@cnoa.kz", phone="+7 (727) 355-70-61"),
}
IIN_ALIMZHANOV = "860514332318"
IIN_ZHANABAEVA = make_iin("9103184", 127)

for _k, _p in P.items():
    assert bin_ok(_p["bin"]) and _p["bin"][4] == "4", _k
assert bin_ok(IIN_ALIMZHANOV) and bin_ok(IIN_ZHANABAEVA)

BLUE = (38, 62, 168)
VIOLET = (96, 52, 150)
INK = (22, 38, 128)


def seal(key, city, lang="kk", color=BLUE, diam=40, opacity=0.78, angle=None):
    p = P[key]
    name = p["kk"].upper()
    outer = f"{name} • {p['ru'].upper()} • {city.upper()} • "
    spec = dict(outer=outer, inner=["БСН / БИН", p["bin"]], color=color, diam=diam, opacity=opacity)
    if angle is not None:
        spec["angle"] = angle
    return spec


def state_seal(color=BLUE, opacity=0.7):
    return dict(outer="ҰЛТТЫҚ ЗИЯТКЕРЛІК МЕНШІК ИНСТИТУТЫ • НАЦИОНАЛЬНЫЙ ИНСТИТУТ ИНТЕЛЛЕКТУАЛЬНОЙ СОБСТВЕННОСТИ • ",
                inner=["ҚАЗПАТЕНТ", "АСТАНА"], color=color, diam=38, opacity=opacity)


# --------------------------------------------------------------------------
# layout helpers
# --------------------------------------------------------------------------


def blank_line(pdf, label, value, *, lfam="libserif", lsize=12, vfam="libmono", vsize=11.5, caption=None,
               lh=8.0, jitter=0.0, indent=0.0, label_w=None, cap_fam=None):
    """Russian-form style: label, then the value typed on an underlined blank."""
    x0 = pdf.l_margin + indent
    y = pdf.get_y()
    if y + lh * 2 > pdf.h - pdf.b_margin:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_xy(x0, y)
    pdf.set_font(lfam, "", lsize)
    lw = label_w if label_w is not None else pdf.get_string_width(label) + 2
    pdf.cell(lw, lh, label)
    xs, xe = x0 + lw, pdf.w - pdf.r_margin
    pdf.set_font(vfam, "", vsize)
    lines, cur, avail = [], "", xe - xs - 5
    for word in value.split(" "):
        trial = (cur + " " + word).strip()
        if pdf.get_string_width(trial) <= avail or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur, avail = word, xe - x0 - 5
    lines.append(cur)
    jit = pdf.rng.normal(0, jitter, len(lines)) if jitter else [0.0] * len(lines)
    for k, line in enumerate(lines):
        start = xs if k == 0 else x0
        pdf.set_xy(start + 3, y + float(jit[k]))
        pdf.cell(xe - start - 3, lh, line)
        pdf.set_line_width(0.2)
        pdf.line(start, y + lh - 1.3, xe, y + lh - 1.3)
        y += lh
    if caption:
        pdf.set_font(cap_fam or lfam, "I", 7.5)
        pdf.set_xy(xs if len(lines) == 1 else x0, y - 1.2)
        pdf.cell(xe - (xs if len(lines) == 1 else x0), 3, caption, align="C")
        y += 2.6
    pdf.set_xy(pdf.l_margin, y + 0.8)


def footer_center(fmt, fam="libserif", size=8.5, skip_first=False, rule=False):
    def f(pdf):
        if skip_first and pdf.page_no() == 1:
            return
        pdf.set_y(-13)
        if rule:
            pdf.set_line_width(0.2)
            pdf.line(pdf.l_margin, pdf.get_y() - 1, pdf.w - pdf.r_margin, pdf.get_y() - 1)
        pdf.set_font(fam, "", size)
        pdf.cell(0, 5, fmt.format(p=pdf.page_no(), nb="{nb}"), align="C")
    return f


def letterhead_rule(pdf, y, color=(0, 0, 0), width=0.6, double=False):
    pdf.set_draw_color(*color)
    pdf.set_line_width(width)
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    if double:
        pdf.set_line_width(0.2)
        pdf.line(pdf.l_margin, y + 1.0, pdf.w - pdf.r_margin, y + 1.0)
    pdf.set_draw_color(0, 0, 0)


def kv_table(pdf, rows, widths, *, fam="libserif", size=10.5, lh=6.0, bold_first=False, head=None,
             fill_first=None, align=("LEFT", "LEFT"), padding=1.2, head_fill=(225, 225, 225), borders="ALL"):
    pdf.set_font(fam, "", size)
    align = tuple(align) + ("LEFT",) * (len(widths) - len(align))
    pdf.set_fill_color(255, 255, 255)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_text_color(0, 0, 0)
    heading = FontFace(emphasis="BOLD", fill_color=head_fill)
    with pdf.table(col_widths=widths, line_height=lh, text_align=align, first_row_as_headings=bool(head),
                   headings_style=heading, padding=padding, borders_layout=borders, width=sum(widths)) as t:
        if head:
            r = t.row()
            for h in head:
                r.cell(h)
        for row in rows:
            r = t.row()
            for j, cell in enumerate(row):
                style = None
                if j == 0 and (bold_first or fill_first):
                    style = FontFace(emphasis="BOLD" if bold_first else None,
                                     fill_color=fill_first if fill_first else None)
                r.cell(cell, style=style)


def two_col_details(pdf, left, right, *, fam="libserif", size=9.5, lh=4.6, gap=8):
    """Parties' details side by side (list of lines each)."""
    x0 = pdf.l_margin
    colw = (pdf.w - pdf.l_margin - pdf.r_margin - gap) / 2
    y0 = pdf.get_y()
    ys = []
    for k, lines in enumerate((left, right)):
        pdf.set_xy(x0 + k * (colw + gap), y0)
        for i, line in enumerate(lines):
            style = "B" if i == 0 else ""
            pdf.set_font(fam, style, size)
            pdf.set_x(x0 + k * (colw + gap))
            pdf.multi_cell(colw, lh, line, align="L", new_x="LEFT", new_y="NEXT")
        ys.append(pdf.get_y())
    pdf.set_xy(pdf.l_margin, max(ys))
    return y0, colw


def toc(pdf, items, fam="libserif", size=11.5, lh=8, x_num=None):
    """Contents lines with dotted leaders."""
    pdf.set_font(fam, "", size)
    x0, x1 = pdf.l_margin, pdf.w - pdf.r_margin
    for title, page in items:
        y = pdf.get_y()
        tw = pdf.get_string_width(title)
        pw = pdf.get_string_width(str(page))
        pdf.set_xy(x0, y)
        pdf.cell(tw + 1, lh, title)
        dots_w = x1 - x0 - tw - pw - 4
        nd = max(0, int(dots_w / pdf.get_string_width(".")))
        pdf.cell(dots_w + 2, lh, "." * nd, align="R")
        pdf.cell(pw + 1, lh, str(page), align="R")
        pdf.ln(lh)


def build_with_toc(fn):
    """Two passes: first to learn on which pages the sections fall."""
    pdf, pages = fn(None)
    pdf, pages2 = fn(pages)
    assert pages == pages2, (pages, pages2)
    return pdf


# ==========================================================================
# B1  health / kardiosense  (clean)
# ==========================================================================

B1 = dict(system="КардиоСенс", version="2.3.1", app_date=D("2026-03-10"), cert_no="77184",
          cert_date=D("2025-11-20"), cert_created=D("2025-08-14"), cert_appl="128455", cert_filed=D("2025-11-12"),
          authors="Оспанова Дина Ержановна, Ким Виталий Андреевич",
          audit_no="СА-2026/031", audit_date=D("2026-02-20"), audit_valid=D("2027-02-20"),
          signer="Оспанова Дина Ержановна", sector="здравоохранение")


def b1_application(seed):
    z = P["zhurek"]
    pdf = Doc(raster=True, seed=seed, margins=(25, 15, 15))
    pdf.add_page()
    pdf.set_font("libserif", "", 10)
    pdf.set_xy(120, 15)
    pdf.multi_cell(75, 4.4, "Форма заявления\nо включении системы искусственного\nинтеллекта в перечень доверенных\nсистем ИИ высокой степени риска",
                   align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("libserif", "", 12)
    pdf.set_x(110)
    pdf.multi_cell(85, 5.5, "В Министерство здравоохранения\nРеспублики Казахстан", align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.centered("ЗАЯВЛЕНИЕ", size=14)
    pdf.centered("о включении системы искусственного интеллекта в перечень доверенных\n"
                 "систем искусственного интеллекта высокой степени риска", style="", size=12, lh=5.6)
    pdf.ln(6)
    pdf.para("Прошу включить указанную ниже систему искусственного интеллекта в перечень доверенных "
             "систем искусственного интеллекта высокой степени риска. Сведения о заявителе и о системе:",
             size=12, indent=10, lh=5.8, after=3)
    J = 0.35
    blank_line(pdf, "1. Наименование заявителя:", z["ru"], caption="(полное наименование юридического лица)", jitter=J)
    blank_line(pdf, "2. БИН:", z["bin"], caption="(бизнес-идентификационный номер)", jitter=J)
    blank_line(pdf, "3. Юридический адрес:", z["addr"], jitter=J)
    blank_line(pdf, "4. Наименование системы ИИ:", B1["system"], jitter=J)
    blank_line(pdf, "5. Версия системы:", B1["version"], jitter=J)
    blank_line(pdf, "6. Сфера применения (отрасль):", B1["sector"], jitter=J)
    blank_line(pdf, "7. Электронная почта для связи:", z["email"], jitter=J)
    blank_line(pdf, "8. Контактный телефон:", z["phone"], jitter=J)
    pdf.ln(3)
    pdf.para("Приложения:", size=12, after=0.5)
    for line in ["1) описание системы искусственного интеллекта на 2 л.;",
                 f"2) копия свидетельства о внесении сведений в государственный реестр прав на объекты, "
                 f"охраняемые авторским правом, № {B1['cert_no']} на 1 л.;",
                 f"3) аудиторское заключение № {B1['audit_no']} на 4 л."]:
        pdf.para(line, size=11.5, indent=0, lh=5.4, after=0.5, x=pdf.l_margin + 6, w=pdf.w - pdf.l_margin - pdf.r_margin - 6)
    pdf.ln(5)
    blank_line(pdf, "Дата:", num(B1["app_date"]), jitter=J, label_w=14)
    pdf.ln(4)
    y = pdf.get_y()
    pdf.set_font("libserif", "", 12)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(42, 8, "Руководитель")
    pdf.set_line_width(0.2)
    pdf.line(pdf.l_margin + 42, y + 6.7, pdf.l_margin + 78, y + 6.7)
    pdf.set_font("libmono", "", 11.5)
    pdf.set_xy(pdf.l_margin + 84, y)
    pdf.cell(86, 8, B1["signer"])
    pdf.line(pdf.l_margin + 82, y + 6.7, pdf.w - pdf.r_margin, y + 6.7)
    pdf.set_font("libserif", "I", 7.5)
    pdf.set_xy(pdf.l_margin + 42, y + 6.9)
    pdf.cell(36, 3, "(подпись)", align="C")
    pdf.set_xy(pdf.l_margin + 82, y + 6.9)
    pdf.cell(pdf.w - pdf.r_margin - pdf.l_margin - 82, 3, "(фамилия, имя, отчество)", align="C")
    pdf.set_font("libserif", "", 11)
    pdf.set_xy(pdf.l_margin + 4, y + 14)
    pdf.cell(20, 6, "М.П.")
    pdf.signature(pdf.l_margin + 40, y - 5, 40, 15, color=INK)
    pdf.stamp(pdf.l_margin + 40, y + 10, seal("zhurek", "Астана", color=VIOLET, opacity=0.72, angle=-12))
    return pdf


def b1_description(seed):
    pdf = Doc(seed=seed, created="2026-03-09T16:20:00", margins=(25, 18, 15), title="Описание системы КардиоСенс",
              author=P["zhurek"]["ru"], producer="Microsoft® Word 2019", creator="Microsoft® Word 2019")
    pdf.on_footer = footer_center("Стр. {p} из {nb}", size=9)
    pdf.add_page()
    pdf.set_font("libserif", "", 10)
    pdf.set_x(120)
    pdf.multi_cell(70, 4.5, f"Приложение 1\nк заявлению {P['zhurek']['ru']}\nот {num(B1['app_date'])}", align="R",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.centered("ОПИСАНИЕ СИСТЕМЫ ИСКУССТВЕННОГО ИНТЕЛЛЕКТА", size=13)
    pdf.centered(f"«{B1['system']}», версия {B1['version']}", size=13, after=8)
    H = dict(fam="libserif", style="B", size=12, align="L", after=1.5)
    T = dict(fam="libserif", size=12, lh=5.8, indent=10, after=2)
    pdf.para("1. Назначение и область применения", **H)
    pdf.para(f"«{B1['system']}» — программное средство поддержки принятия врачебных решений, предназначенное для "
             "автоматизированного анализа электрокардиограмм в 12 отведениях. Система применяется в организациях "
             "первичной медико-санитарной помощи и в кабинетах функциональной диагностики для раннего выявления "
             "фибрилляции предсердий, атриовентрикулярных блокад и признаков острой ишемии миокарда.", **T)
    pdf.para("Система не устанавливает диагноз и не назначает лечение: окончательное заключение формирует врач.", **T)
    pdf.para("2. Функциональные возможности", **H)
    pdf.para("Система выполняет следующие функции:", **T)
    for item in ["приём записей ЭКГ от электрокардиографов в форматах SCP-ECG, DICOM-ECG и HL7 aECG;",
                 "оценка качества сигнала, подавление сетевых и мышечных помех;",
                 "классификация ритма и проводимости по 14 категориям с указанием степени уверенности;",
                 "приоритизация очереди исследований: записи с подозрением на угрожающие жизни состояния "
                 "передаются врачу в первую очередь;",
                 "формирование проекта заключения, который врач может принять, изменить или отклонить;",
                 "ведение журнала обработанных записей и действий пользователей."]:
        pdf.para("– " + item, fam="libserif", size=12, lh=5.8, indent=0, after=0.8, x=pdf.l_margin + 8,
                 w=pdf.w - pdf.l_margin - pdf.r_margin - 8)
    pdf.ln(1.5)
    pdf.para("3. Сведения об обрабатываемых данных", **H)
    pdf.para("Для обучения модели использованы 412 тыс. обезличенных записей ЭКГ, полученных от шести медицинских "
             "организаций Республики Казахстан на основании договоров о передаче данных, и открытый набор PTB-XL "
             "(лицензия CC BY 4.0). Разметка выполнена врачами-кардиологами с двойной независимой проверкой.", **T)
    pdf.para("В эксплуатации система обрабатывает запись ЭКГ, пол и возраст пациента; фамилия, имя и ИИН пациента "
             "в модель не передаются. Данные хранятся на серверах, расположенных на территории Республики "
             "Казахстан, и удаляются из рабочего хранилища через 90 дней.", **T)
    pdf.para("4. Меры по управлению рисками", **H)
    pdf.para("Риски идентифицированы и оценены в соответствии с СТ РК ISO 14971. Основные риски — пропуск угрожающего "
             "жизни нарушения ритма и ложная тревога. Для их снижения установлен консервативный порог срабатывания, "
             "ежеквартально проводится мониторинг чувствительности и специфичности на новой выборке; при снижении "
             "показателей более чем на 2 % выпуск версии приостанавливается. Обновления модели проходят валидацию "
             "до ввода в эксплуатацию.", **T)
    pdf.para("5. Порядок контроля со стороны человека", **H)
    pdf.para("Каждый проект заключения подтверждается, исправляется или отклоняется врачом функциональной диагностики; "
             "без подтверждения врача заключение в медицинскую информационную систему не передаётся. Врач видит "
             "исходную кривую ЭКГ и участки, повлиявшие на вывод системы.", **T)
    pdf.para("Ответственный за систему в медицинской организации может в любой момент отключить автоматическую "
             "приоритизацию. Все расхождения между выводом системы и заключением врача фиксируются и разбираются "
             "ежемесячно.", **T)
    pdf.ln(8)
    y = pdf.get_y()
    pdf.set_font("libserif", "", 12)
    pdf.cell(90, 6, f"Директор {P['zhurek']['ru']}")
    pdf.set_x(150)
    pdf.cell(40, 6, "Д. Е. Оспанова", align="R")
    pdf.signature(118, y - 6, 30, 13, color=INK)
    return pdf


def b1_certificate(seed):
    pdf = Doc(raster=True, seed=seed, margins=(22, 15, 18))
    pdf.add_page()
    pdf.emblem(105, 26, 11)
    pdf.set_y(40)
    pdf.centered("РЕСПУБЛИКА КАЗАХСТАН", fam="libserif", size=12)
    pdf.centered("Республиканское государственное предприятие на праве хозяйственного ведения\n"
                 "«Национальный институт интеллектуальной собственности»\n"
                 "Министерства юстиции Республики Казахстан", fam="libserif", style="", size=10.5, lh=4.8, after=6)
    pdf.centered("СВИДЕТЕЛЬСТВО", fam="libserif", size=17, after=1)
    pdf.centered("о внесении сведений в государственный реестр прав\nна объекты, охраняемые авторским правом",
                 fam="libserif", style="", size=12, lh=5.6, after=4)
    pdf.centered(f"№ {B1['cert_no']}    от «{B1['cert_date'].day}» {RU_GEN[B1['cert_date'].month - 1]} "
                 f"{B1['cert_date'].year} года", fam="libserif", style="B", size=12, after=7)
    rows = [
        ("Номер заявки", B1["cert_appl"]),
        ("Дата подачи заявки", num(B1["cert_filed"])),
        ("Вид объекта авторского права", "Программа для ЭВМ"),
        ("Название объекта", B1["system"]),
        ("Автор(ы)", B1["authors"]),
        ("Правообладатель", P["zhurek"]["ru"]),
        ("БИН правообладателя", P["zhurek"]["bin"]),
        ("Дата создания объекта", num(B1["cert_created"])),
        ("Дата обнародования", "не обнародован"),
    ]
    kv_table(pdf, rows, (62, 104), fam="libserif", size=11.5, lh=7.0, padding=1.6)
    pdf.ln(8)
    pdf.para("Сведения внесены в государственный реестр прав на объекты, охраняемые авторским правом, в соответствии "
             "с Законом Республики Казахстан «Об авторском праве и смежных правах». Свидетельство сформировано в "
             "электронной форме и подписано электронной цифровой подписью.", fam="libserif", size=10, lh=4.8)
    y = pdf.get_y() + 6
    pdf.qr(pdf.l_margin, y, 24)
    pdf.set_xy(pdf.l_margin + 30, y + 4)
    pdf.set_font("libserif", "", 10.5)
    pdf.multi_cell(80, 5, "Директор\nРГП «НИИС»", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(140, y + 9)
    pdf.cell(48, 5, "Е. Т. Бектұров", align="R")
    pdf.set_font("libserif", "I", 8.5)
    pdf.set_xy(pdf.l_margin + 30, y + 19)
    pdf.cell(120, 4, "Подлинность свидетельства можно проверить по QR-коду или на сайте www.kazpatent.kz")
    # certified copy mark of the applicant
    pdf.set_font("libserif", "B", 11)
    pdf.set_xy(118, 262)
    pdf.cell(60, 6, "КОПИЯ ВЕРНА")
    pdf.set_font("libserif", "", 10)
    pdf.set_xy(118, 268)
    pdf.cell(70, 5, "Директор  ________  Д. Е. Оспанова")
    pdf.signature(135, 262, 26, 11, color=INK)
    pdf.stamp(165, 262, seal("zhurek", "Астана", color=VIOLET, opacity=0.85, diam=38, angle=20))
    return pdf


# ==========================================================================
# Audit template A1: «Сенім Аудит» (Russian / English report)
# ==========================================================================


def audit_A1(a, seed, raster=False):
    ru = a["lang"] == "ru"
    S = P["senim"]
    aud = S["ru"] if ru else S["en"]
    owner = a["owner"]
    num_label = f"№ {a['number']}" if ru else f"No. {a['number']}"
    dw = ru_w if ru else en_w

    def build(toc_pages):
        pdf = Doc(raster=raster, seed=seed, created=a["date"].isoformat() + "T17:05:00", margins=(22, 16, 18),
                  title=("Аудиторское заключение " if ru else "Audit conclusion ") + a["number"],
                  author=aud, producer="LibreOffice 7.6" if ru else "Microsoft® Word for Microsoft 365")
        pages = {}

        def head(p):
            if p.page_no() == 1:
                return
            p.set_font("libsans", "B", 8.5)
            p.set_text_color(30, 60, 140)
            p.set_xy(p.l_margin, 8)
            p.cell(80, 4, ("ТОО «СЕНІМ АУДИТ»" if ru else "SENIM AUDIT LLP"))
            p.set_font("libsans", "", 8.5)
            p.set_text_color(90, 90, 90)
            p.cell(0, 4, (f"Аудиторское заключение {num_label}" if ru else f"Audit conclusion {num_label}"), align="R")
            p.set_text_color(0, 0, 0)
            letterhead_rule(p, 13, color=(30, 60, 140), width=0.4)
            p.set_y(18)

        def foot(p):
            if p.page_no() == 1:
                return
            p.set_y(-12)
            p.set_font("libsans", "", 8)
            txt = (f"{aud} · Заключение {num_label} · Стр. {p.page_no()} из {{nb}}" if ru else
                   f"{aud} · Conclusion {num_label} · Page {p.page_no()} of {{nb}}")
            p.cell(0, 4, txt, align="C")
        pdf.on_header, pdf.on_footer = head, foot

        # ---- cover
        pdf.add_page()
        pdf.set_fill_color(30, 60, 140)
        pdf.rect(22, 16, 16, 16, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("libsans", "B", 13)
        pdf.set_xy(22, 20.5)
        pdf.cell(16, 7, "SA", align="C")
        pdf.set_text_color(30, 60, 140)
        pdf.set_xy(42, 16)
        pdf.set_font("libsans", "B", 15)
        pdf.cell(90, 7, "ТОО «СЕНІМ АУДИТ»" if ru else "SENIM AUDIT LLP")
        pdf.set_xy(42, 23)
        pdf.set_font("libsans", "", 8.5)
        pdf.set_text_color(70, 70, 70)
        pdf.cell(90, 4, "Аудит и оценка соответствия систем искусственного интеллекта" if ru else
                 "Audit and conformity assessment of artificial intelligence systems")
        pdf.set_xy(130, 16)
        pdf.multi_cell(58, 3.8, (f"БИН {S['bin']}\n{S['addr']}\n{S['email']}" if ru else
                                 f"BIN {S['bin']}\n42 Timiryazev St., pavilion 15,\nAlmaty 050040, Kazakhstan\n{S['email']}"),
                       align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        letterhead_rule(pdf, 36, color=(30, 60, 140), width=0.8)
        pdf.set_y(88)
        pdf.centered("АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ" if ru else "AUDIT CONCLUSION", fam="libsans", size=22, after=3)
        pdf.centered(num_label, fam="libsans", style="", size=15, after=10)
        pdf.centered("по результатам аудита системы искусственного интеллекта" if ru else
                     "on the audit of the artificial intelligence system", fam="libsans", style="", size=12.5, after=5)
        pdf.centered(f"«{a['system']}»" if ru else a["system"], fam="libsans", size=20, after=3)
        pdf.centered(f"версия {a['version']}" if ru else f"version {a['version']}", fam="libsans", style="", size=13,
                     after=22)
        pdf.centered((f"Заказчик: {owner}" if ru else f"Client: {owner}"), fam="libsans", style="", size=12, after=1)
        pdf.centered((f"Дата выдачи: {dw(a['date'])}" if ru else f"Date of issue: {dw(a['date'])}"), fam="libsans",
                     style="", size=12)
        pdf.set_y(262)
        pdf.centered("г. Алматы · 2026" if ru else "Almaty · 2026", fam="libsans", style="", size=11)

        # ---- contents
        pdf.add_page()
        pdf.ln(6)
        pdf.centered("СОДЕРЖАНИЕ" if ru else "CONTENTS", fam="libsans", size=13, after=8)
        titles = (["1. Общие сведения", "2. Объект аудита", "3. Объём и методика аудита", "4. Результаты оценки по критериям",
                   "5. Вывод аудитора", "6. Срок действия заключения", "Подписи"] if ru else
                  ["1. General information", "2. Object of the audit", "3. Scope and methodology",
                   "4. Assessment against the criteria", "5. Auditor's opinion", "6. Validity of the conclusion",
                   "Signatures"])
        if toc_pages:
            toc(pdf, [(t, toc_pages.get(t, "")) for t in titles], fam="libsans", size=11.5)
        else:
            toc(pdf, [(t, 0) for t in titles], fam="libsans", size=11.5)
        pdf.ln(10)
        pdf.para(("Настоящий документ содержит аудиторское заключение и краткий отчёт о проведённом аудите. Полный "
                  "рабочий отчёт с протоколами тестирования хранится у аудитора и предоставляется уполномоченному "
                  "органу по запросу.") if ru else
                 ("This document contains the audit conclusion and a summary report of the audit performed. The full "
                  "working report with test protocols is kept by the auditor and is made available to the competent "
                  "authority on request."), fam="libsans", size=10, lh=5)

        # ---- body
        pdf.add_page()
        H = dict(fam="libsans", style="B", size=12, align="L", after=2)
        T = dict(fam="libserif", size=11.5, lh=5.6, after=2)

        def sec(t):
            if pdf.get_y() > 240:
                pdf.add_page()
            pages[t] = pdf.page_no()
            pdf.ln(2)
            pdf.para(t, **H)
        sec(titles[0])
        info = ([("Номер заключения", a["number"]), ("Дата выдачи", dw(a["date"])),
                 ("Аудитор", f"{aud}, БИН {S['bin']}"),
                 ("Заказчик (владелец системы)", f"{owner}, БИН {a['owner_bin']}"),
                 ("Основание", a["contract"]), ("Период проведения аудита", a["period"])] if ru else
                [("Conclusion No.", a["number"]), ("Date of issue", dw(a["date"])),
                 ("Auditor", f"{aud}, BIN {S['bin']}"),
                 ("System owner (client)", f"{owner}, BIN {a['owner_bin']}"),
                 ("Engagement", a["contract"]), ("Audit period", a["period"])])
        kv_table(pdf, info, (52, 118), fam="libserif", size=11, lh=5.8, borders="HORIZONTAL_LINES")
        pdf.ln(3)
        sec(titles[1])
        pdf.para(a["object"], **T)
        sec(titles[2])
        for t in a["method"]:
            pdf.para(t, **T)
        sec(titles[3])
        head_ = ("№", "Критерий", "Результат") if ru else ("No.", "Criterion", "Result")
        kv_table(pdf, [(f"4.{i + 1}", c, r) for i, (c, r) in enumerate(a["criteria"])], (12, 90, 68),
                 fam="libserif", size=10.5, lh=5.4, head=head_, align=("CENTER", "LEFT", "LEFT"))
        pdf.ln(3)
        sec(titles[4])
        pdf.para(a["opinion"], **T)
        sec(titles[5])
        pdf.para(a["validity"], **T)
        pdf.ln(4)
        if pdf.get_y() > 225:
            pdf.add_page()
        pages[titles[6]] = pdf.page_no()
        y = pdf.get_y() + 4
        pdf.set_font("libserif", "", 11.5)
        for i, (pos, name) in enumerate(a["signers"]):
            yy = y + i * 16
            pdf.set_xy(pdf.l_margin, yy)
            pdf.multi_cell(85, 5.4, pos, new_x="LMARGIN", new_y="NEXT")
            pdf.set_line_width(0.2)
            pdf.line(112, yy + 9, 145, yy + 9)
            pdf.set_xy(150, yy + 4)
            pdf.cell(38, 5.4, name, align="R")
            pdf.signature(113, yy - 2, 32, 12, color=INK)
        pdf.set_xy(pdf.l_margin, y + 34)
        pdf.set_font("libserif", "", 10.5)
        pdf.cell(60, 5, dw(a["date"]))
        pdf.stamp(122, y + 20, dict(outer=("«СЕНІМ АУДИТ» ЖШС • ТОО «СЕНІМ АУДИТ» • АЛМАТЫ • "),
                                    inner=["БСН / БИН", S["bin"]], color=BLUE, diam=40, opacity=0.7, angle=8))
        return pdf, pages
    return build_with_toc(build)


def audit_texts_ru(system, version, owner, extra_obj, test_line, metric):
    return dict(
        object=(f"Объектом аудита является система искусственного интеллекта «{system}» версии {version}, "
                f"принадлежащая {owner}, {extra_obj}"),
        method=[("Аудит проведён в соответствии с требованиями Закона Республики Казахстан «Об искусственном "
                 "интеллекте», принятыми в его развитие правилами проведения аудита систем искусственного интеллекта "
                 "и внутренней методикой аудитора МА-03 (редакция 2026 г.)."),
                ("В ходе аудита оценены качество и законность обучающих данных (источники, правовые основания "
                 "обработки, согласия субъектов, репрезентативность и качество разметки), а также проверено "
                 "отсутствие у системы функций, запрещённых законодательством Республики Казахстан в сфере "
                 "искусственного интеллекта."),
                test_line],
        criteria=[("Качество, репрезентативность и законность происхождения обучающих данных",
                   "Соответствует. Нарушений не выявлено"),
                  ("Отсутствие функций, запрещённых Законом РК «Об искусственном интеллекте»",
                   "Соответствует. Запрещённые функции не выявлены"),
                  ("Точность, надёжность и устойчивость", f"Соответствует ({metric})"),
                  ("Система управления рисками", "Соответствует"),
                  ("Обеспечение контроля со стороны человека", "Соответствует"),
                  ("Защита персональных данных и информационная безопасность", "Соответствует"),
                  ("Прозрачность, журналирование и документация", "Соответствует")],
    )


def b1_audit(seed):
    z = P["zhurek"]
    a = dict(lang="ru", number=B1["audit_no"], date=B1["audit_date"], valid=B1["audit_valid"], system=B1["system"],
             version=B1["version"], owner=z["ru"], owner_bin=z["bin"],
             contract="договор на оказание услуг по аудиту № 118-А от 12.01.2026",
             period="с 19 января по 13 февраля 2026 года",
             **audit_texts_ru(B1["system"], B1["version"], z["ru"],
                              "включая модель классификации ЭКГ, программный интерфейс интеграции с медицинскими "
                              "информационными системами, эксплуатационную документацию и процессы сопровождения.",
                              "Независимое тестирование выполнено на отложенной выборке из 18 тыс. записей ЭКГ трёх "
                              "медицинских организаций, не участвовавших в формировании обучающего набора.",
                              "чувствительность 0,94; специфичность 0,91"),
             opinion=("По результатам аудита ТОО «Сенім Аудит» выражает ПОЛОЖИТЕЛЬНОЕ заключение: система "
                      f"искусственного интеллекта «{B1['system']}» версии {B1['version']} соответствует требованиям, "
                      "предъявляемым законодательством Республики Казахстан к системам искусственного интеллекта "
                      "высокой степени риска."),
             validity=("Настоящее заключение действительно в течение двенадцати месяцев с даты выдачи, то есть до "
                       f"{ru_w(B1['audit_valid'])}, при условии неизменности проверенной версии системы. Выпуск новой "
                       "версии с изменением модели или состава обучающих данных требует повторного аудита."),
             signers=[("Директор\nТОО «Сенім Аудит»", "А. К. Жұмабеков"),
                      ("Ведущий аудитор\n(сертификат аудитора ИИ № AI-0217)", "Р. Т. Смағұлова")])
    return audit_A1(a, seed)


# ==========================================================================
# B2  finance / tabysscore  (clean; rights by licence from the right holder)
# ==========================================================================

B2 = dict(system="TabysScore", version="4.0.2", app_date=D("2026-03-05"), out_no="47/03", cert_no="76655",
          cert_date=D("2025-10-02"), cert_created=D("2025-07-17"), cert_appl="127301", cert_filed=D("2025-09-24"),
          authors="Жақыпов Бауыржан Серікұлы, Құрманғали Алмас Ерланұлы", agr_no="ЛД-12/2025",
          agr_date=D("2025-12-15"), agr_valid=D("2030-12-31"), audit_no="SA-2026/044", audit_date=D("2026-02-27"),
          audit_valid=D("2027-02-26"), signer="А. М. Серікбаев", sector="финансовый сектор")


def b2_letter(seed):
    t = P["tabys"]
    pdf = Doc(seed=seed, created="2026-03-05T12:41:00", margins=(25, 14, 15), title=f"Исх. {B2['out_no']}",
              author=t["ru"], producer="Microsoft® Word 2016", creator="Microsoft® Word 2016")
    pdf.add_page()
    # letterhead: Kazakh left, Russian right, emblem in the middle
    pdf.set_text_color(20, 70, 60)
    pdf.set_font("dvsans", "B", 9.5)
    pdf.set_xy(25, 14)
    pdf.multi_cell(70, 4.4, "«ТАБЫС АНАЛИТИКА»\nЖАУАПКЕРШІЛІГІ ШЕКТЕУЛІ\nСЕРІКТЕСТІГІ", align="C", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.set_font("dvsans", "B", 8.6)
    pdf.set_xy(116, 14)
    pdf.multi_cell(78, 4.4, "ТОВАРИЩЕСТВО С ОГРАНИЧЕННОЙ\nОТВЕТСТВЕННОСТЬЮ\n«ТАБЫС АНАЛИТИКА»", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(20, 70, 60)
    pdf.set_line_width(0.6)
    pdf.circle(107.5, 20.5, 7)
    pdf.set_font("libsans", "B", 12)
    pdf.set_xy(100.5, 17.5)
    pdf.cell(14, 6, "TA", align="C")
    letterhead_rule(pdf, 30, color=(20, 70, 60), width=0.8, double=True)
    pdf.set_font("libsans", "", 7.8)
    pdf.set_xy(25, 32)
    pdf.cell(0, 3.6, f"{t['addr']} · БИН {t['bin']} · тел. {t['phone']} · {t['email']}", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    # outgoing number and addressee
    pdf.set_font("libsans", "", 11)
    pdf.set_xy(25, 44)
    pdf.multi_cell(70, 5.4, f"Исх. № {B2['out_no']}\nот {num(B2['app_date'])}\nНа № ________ от ________",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("libsans", "B", 11.5)
    pdf.set_xy(112, 44)
    pdf.multi_cell(78, 5.6, "Председателю Агентства\nРеспублики Казахстан\nпо регулированию и развитию\nфинансового рынка",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(78)
    pdf.set_font("libsans", "I", 10.5)
    pdf.multi_cell(85, 5, "О включении системы искусственного интеллекта в перечень доверенных систем ИИ "
                   "высокой степени риска", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.centered("Уважаемый господин Председатель!", fam="libsans", style="", size=12, after=4)
    T = dict(fam="libsans", size=12, lh=6.0, indent=12, after=2.5)
    pdf.para(f"{t['ru']} (БИН {t['bin']}) просит включить систему искусственного интеллекта {B2['system']} версии "
             f"{B2['version']} в перечень доверенных систем искусственного интеллекта высокой степени риска.", **T)
    pdf.para(f"Сфера применения системы — {B2['sector']}. {B2['system']} оценивает кредитоспособность физических "
             "лиц — заёмщиков банков второго уровня и микрофинансовых организаций — и рассчитывает вероятность "
             "дефолта по заявке на заём; решение о выдаче займа принимает кредитный работник организации-"
             "пользователя. Описание системы прилагается.", **T)
    pdf.para(f"Права на использование системы принадлежат Товариществу на основании лицензионного договора "
             f"№ {B2['agr_no']} от {ru_w(B2['agr_date'])}, заключённого с правообладателем — "
             f"{P['algoritm']['ru']} (свидетельство № {B2['cert_no']} от {num(B2['cert_date'])}). Аудит системы "
             f"проведён {P['senim']['ru']}, заключение положительное.", **T)
    pdf.para(f"Уведомления и ответ по результатам рассмотрения просим направлять на адрес электронной почты "
             f"{t['email']}.", **T)
    pdf.ln(2)
    pdf.para("Приложение:", fam="libsans", size=11, after=0.5)
    for line in [f"1) описание системы {B2['system']} на 2 л.;",
                 f"2) копия свидетельства № {B2['cert_no']} на 1 л.;",
                 f"3) копия лицензионного договора № {B2['agr_no']} на 1 л.;",
                 f"4) аудиторское заключение № {B2['audit_no']} на 4 л."]:
        pdf.para(line, fam="libsans", size=11, lh=5.2, after=0, x=32, w=150, align="L")
    pdf.ln(12)
    y = pdf.get_y()
    pdf.set_font("libsans", "B", 12)
    pdf.cell(80, 6, "Генеральный директор")
    pdf.set_x(140)
    pdf.cell(50, 6, B2["signer"], align="R")
    pdf.signature(100, y - 8, 36, 15, color=INK)
    pdf.stamp(104, y + 4, seal("tabys", "Алматы", color=BLUE, opacity=0.7, angle=-18))
    pdf.set_y(262)
    pdf.set_font("libsans", "", 8.5)
    pdf.multi_cell(90, 4, "Исполнитель: Ли А. В.\nтел. +7 (727) 339-12-45", new_x="LMARGIN", new_y="NEXT")
    return pdf


def b2_description(seed):
    pdf = Doc(raster=True, seed=seed, margins=(20, 20, 15), bottom=20)

    def head(p):
        p.set_font("libnarrow", "", 9)
        p.set_xy(p.l_margin, 9)
        p.cell(85, 4, f"{P['tabys']['ru']}")
        p.cell(0, 4, f"Описание системы {B2['system']} v{B2['version']}", align="R")
        p.set_line_width(0.2)
        p.line(p.l_margin, 14, p.w - p.r_margin, 14)
        p.set_y(20)
    pdf.on_header = head
    pdf.on_footer = footer_center("Стр. {p} из {nb}", fam="libnarrow", size=9.5)
    pdf.add_page()
    pdf.centered("ОПИСАНИЕ СИСТЕМЫ ИСКУССТВЕННОГО ИНТЕЛЛЕКТА", fam="libsans", size=13, after=1)
    pdf.centered(f"{B2['system']} (версия {B2['version']})", fam="libsans", size=13, after=6)
    rows = [
        ("Общие сведения", f"Наименование: {B2['system']}. Версия: {B2['version']}. Разработчик и правообладатель: "
                           f"{P['algoritm']['ru']}. Владелец лицензии и оператор: {P['tabys']['ru']}; сервис "
                           "предоставляется финансовым организациям по модели SaaS."),
        ("1. Назначение", "Оценка кредитоспособности физических лиц при рассмотрении заявок на потребительские и "
                          "ипотечные займы: расчёт вероятности дефолта (PD), скорингового балла и рекомендуемого "
                          "лимита. Система применяется банками второго уровня и микрофинансовыми организациями "
                          "и является инструментом поддержки решения кредитного работника."),
        ("2. Основные функции", "• приём заявки и данных кредитного отчёта через API;\n"
                                "• проверка полноты и непротиворечивости анкеты;\n"
                                "• расчёт PD и скорингового балла по модели градиентного бустинга;\n"
                                "• объяснение результата: пять факторов, сильнее всего повлиявших на балл;\n"
                                "• формирование рекомендации «одобрить / доработать / отказать» с лимитом;\n"
                                "• мониторинг качества модели и журнал всех запросов."),
        ("3. Данные, используемые системой",
         "Обучение: 2,3 млн обезличенных кредитных историй за 2019–2024 годы, полученных по договору с "
         "кредитным бюро, и сведения о погашении займов от пяти финансовых организаций-партнёров. Пол, "
         "национальность, религия и место рождения в качестве признаков не используются.\n"
         "Эксплуатация: данные анкеты заёмщика, кредитный отчёт и сведения о доходах, полученные с согласия "
         "субъекта. Данные обрабатываются и хранятся в центре обработки данных в г. Алматы."),
        ("4. Управление рисками",
         "Ведётся реестр рисков модели (дискриминация отдельных групп заёмщиков, деградация модели, ошибки "
         "входных данных, несанкционированный доступ). Ежемесячно рассчитываются индекс стабильности "
         "популяции (PSI), коэффициент Джини и показатели равенства одобрений по возрастным и региональным "
         "группам; при PSI > 0,25 или падении Джини ниже 0,55 модель переводится в режим ограниченного "
         "использования и переобучается. Изменения модели утверждаются комитетом по управлению моделями."),
        ("5. Человеческий контроль",
         "Отказ в займе по результату скоринга не может быть вынесен без рассмотрения заявки кредитным "
         "работником. Кредитный работник видит балл, PD и объясняющие факторы и вправе принять решение, "
         "отличное от рекомендации. Заёмщик может запросить пересмотр решения; пересмотр выполняет сотрудник "
         "без повторного использования рекомендации системы. Служба риск-менеджмента ежеквартально проверяет "
         "выборку решений."),
    ]
    kv_table(pdf, rows, (44, 131), fam="libsans", size=11, lh=5.7, head=("Раздел", "Содержание"),
             bold_first=True, padding=2.0)
    pdf.ln(10)
    y = pdf.get_y()
    if y > 250:
        pdf.add_page()
        y = pdf.get_y() + 5
    pdf.set_font("libsans", "", 11)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(80, 6, "Генеральный директор")
    pdf.set_x(140)
    pdf.cell(50, 6, "А. М. Серікбаев", align="R")
    pdf.signature(100, y - 7, 32, 13, color=INK)
    return pdf


def b2_certificate(seed):
    pdf = Doc(raster=True, seed=seed, margins=(24, 16, 20))
    pdf.add_page()
    pdf.set_draw_color(120, 100, 40)
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, 190, 277)
    pdf.set_line_width(0.4)
    pdf.rect(12.5, 12.5, 185, 272)
    pdf.set_draw_color(0, 0, 0)
    pdf.emblem(105, 32, 12, color=(30, 70, 130))
    pdf.set_y(48)
    pdf.centered("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ӘДІЛЕТ МИНИСТРЛІГІНІҢ\n«ҰЛТТЫҚ ЗИЯТКЕРЛІК МЕНШІК ИНСТИТУТЫ»\n"
                 "ШАРУАШЫЛЫҚ ЖҮРГІЗУ ҚҰҚЫҒЫНДАҒЫ РЕСПУБЛИКАЛЫҚ МЕМЛЕКЕТТІК КӘСІПОРНЫ",
                 fam="dvserif", style="", size=10, lh=5, after=10)
    pdf.centered("КУӘЛІК", fam="dvserif", size=24, after=2)
    pdf.centered("авторлық құқықпен қорғалатын объектілерге құқықтардың\nмемлекеттік тізіліміне мәліметтерді "
                 "енгізу туралы", fam="dvserif", style="", size=12, lh=6, after=8)
    pdf.centered(f"№ {B2['cert_no']}", fam="dvserif", size=16, after=1)
    pdf.centered(kk_w(B2["cert_date"]), fam="dvserif", style="", size=12, after=12)
    T = dict(fam="dvserif", size=12, lh=6.6, indent=10, after=3)
    pdf.para(f"Осы куәлік ЭЕМ-ге арналған бағдарлама — «{B2['system']}» туралы мәліметтердің авторлық құқықпен "
             "қорғалатын объектілерге құқықтардың мемлекеттік тізіліміне енгізілгенін растайды.", **T)
    pdf.para(f"Авторлары: {B2['authors']}.", **T)
    pdf.para(f"Құқық иеленуші: {P['algoritm']['kk']}, БСН {P['algoritm']['bin']}.", **T)
    pdf.para(f"Объектінің жасалған күні: {kk_w(B2['cert_created'])}.", **T)
    pdf.para(f"Өтінім № {B2['cert_appl']}, өтінім берілген күн: {kk_w(B2['cert_filed'])}.", **T)
    y = 232
    pdf.qr(26, y, 26)
    pdf.set_font("dvserif", "", 11)
    pdf.set_xy(60, y + 6)
    pdf.multi_cell(70, 5.5, "Директор\n(электрондық цифрлық қолтаңбамен\nқол қойылған)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(140, y + 11)
    pdf.cell(45, 5.5, "Е. Т. Бектұров", align="R")
    return pdf


def b2_agreement(seed):
    al, t = P["algoritm"], P["tabys"]
    pdf = Doc(raster=True, seed=seed, margins=(18, 12, 14), bottom=8)
    pdf.add_page()
    pdf.centered(f"ЛИЦЕНЗИОННЫЙ ДОГОВОР № {B2['agr_no']}", fam="libserif", size=12.5, after=0.5)
    pdf.centered("о предоставлении права использования программы для ЭВМ", fam="libserif", style="", size=11, after=3)
    y = pdf.get_y()
    pdf.set_font("libserif", "", 10.5)
    pdf.cell(80, 5, "г. Алматы")
    pdf.set_x(120)
    pdf.cell(0, 5, ru_q(B2["agr_date"]), align="R")
    pdf.ln(7)
    T = dict(fam="libserif", size=10, lh=4.45, indent=8, after=0.8)
    H = dict(fam="libserif", style="B", size=10, align="C", after=0.6)
    pdf.para(f"{al['ru']}, именуемое в дальнейшем «Лицензиар», в лице директора Жақыпова Б. С., действующего на "
             f"основании Устава, с одной стороны, и {t['ru']}, именуемое в дальнейшем «Лицензиат», в лице "
             "генерального директора Серікбаева А. М., действующего на основании Устава, с другой стороны, "
             "заключили настоящий договор о нижеследующем:", **T)
    pdf.para("1. Предмет договора", **H)
    pdf.para(f"1.1. Лицензиар предоставляет Лицензиату исключительную лицензию на использование программы для ЭВМ "
             f"«{B2['system']}» (свидетельство о внесении сведений в государственный реестр прав на объекты, "
             f"охраняемые авторским правом, № {B2['cert_no']} от {num(B2['cert_date'])}), далее — «Программа».", **T)
    pdf.para("1.2. Лицензиат вправе воспроизводить Программу, модифицировать её, встраивать в собственные сервисы, "
             "предоставлять доступ к ней третьим лицам в режиме удалённого доступа, а также представлять Программу "
             "и документацию на неё в уполномоченные государственные органы и аудиторам.", **T)
    pdf.para("1.3. В течение срока действия договора Лицензиар не вправе использовать Программу в финансовом секторе "
             "и предоставлять аналогичные права третьим лицам.", **T)
    pdf.para("2. Территория и срок", **H)
    pdf.para("2.1. Лицензия предоставляется на территории Республики Казахстан.", **T)
    pdf.para(f"2.2. Договор вступает в силу с даты подписания и действует до {ru_w(B2['agr_valid'])}. Лицензиат "
             "имеет преимущественное право на продление договора.", **T)
    pdf.para("3. Вознаграждение", **H)
    pdf.para("3.1. Лицензионное вознаграждение составляет 4 % от выручки Лицензиата от использования Программы и "
             "выплачивается ежеквартально не позднее 20 числа месяца, следующего за отчётным кварталом.", **T)
    pdf.para("4. Права и обязанности сторон", **H)
    pdf.para("4.1. Лицензиар передаёт Лицензиату исходный код Программы, обученные модели и документацию в течение 10 "
             "рабочих дней с даты подписания договора и обеспечивает передачу обновлений.", **T)
    pdf.para("4.2. Лицензиат обеспечивает использование Программы в соответствии с законодательством Республики "
             "Казахстан, включая требования к системам искусственного интеллекта высокой степени риска.", **T)
    pdf.para("5. Заключительные положения", **H)
    pdf.para("5.1. Споры разрешаются путём переговоров, а при недостижении согласия — в суде по месту нахождения "
             "Лицензиара. 5.2. Договор составлен в двух экземплярах на русском языке, по одному для каждой стороны.",
             **T)
    pdf.para("6. Реквизиты и подписи сторон", **H)
    pdf.ln(1)
    left = ["Лицензиар:", al["ru"], f"БИН {al['bin']}", al["addr"], "ИИК KZ86 6010 0020 0184 3317",
            "АО «Народный Банк Казахстана», БИК HSBKKZKX"]
    right = ["Лицензиат:", t["ru"], f"БИН {t['bin']}", t["addr"], "ИИК KZ31 8560 0000 1274 4092",
             "АО «Банк ЦентрКредит», БИК KCJBKZKX"]
    y0, colw = two_col_details(pdf, left, right, fam="libserif", size=9.5, lh=4.4)
    y = pdf.get_y() + 5
    for k, (pos, nm) in enumerate([("Директор", "Б. С. Жақыпов"), ("Генеральный директор", "А. М. Серікбаев")]):
        x = pdf.l_margin + k * (colw + 8)
        pdf.set_font("libserif", "", 10)
        pdf.set_xy(x, y)
        pdf.cell(colw, 5, pos)
        pdf.set_xy(x, y + 8)
        pdf.cell(colw, 5, f"__________________ {nm}")
        pdf.set_xy(x, y + 14)
        pdf.cell(20, 5, "М.П.")
        pdf.signature(x + 4, y + 2, 30, 11, color=INK)
    pdf.stamp(pdf.l_margin + 22, y + 12, seal("algoritm", "Алматы", color=BLUE, opacity=0.72, diam=36, angle=15))
    pdf.stamp(pdf.l_margin + colw + 8 + 26, y + 12, seal("tabys", "Алматы", color=VIOLET, opacity=0.7, diam=36,
                                                           angle=-30))
    return pdf


def b2_audit(seed):
    t = P["tabys"]
    a = dict(lang="en", number=B2["audit_no"], date=B2["audit_date"], valid=B2["audit_valid"], system=B2["system"],
             version=B2["version"], owner=t["en"], owner_bin=t["bin"],
             contract="Service agreement No. 131-A dated 2 February 2026", period="9–25 February 2026",
             object=(f"The object of the audit is the artificial intelligence system {B2['system']}, version "
                     f"{B2['version']}, operated by {t['en']} under a licence from the right holder, including the "
                     "scoring model, the explanation module, the application programming interface and the model "
                     "governance documentation."),
             method=[("The audit was performed in accordance with the Law of the Republic of Kazakhstan on "
                      "Artificial Intelligence, the rules for auditing artificial intelligence systems adopted under "
                      "it, and the auditor's internal methodology MA-03 (2026 edition)."),
                     ("The audit assessed the quality and lawfulness of the training data (sources, legal grounds for "
                      "processing, consent of data subjects, representativeness and labelling quality) and verified "
                      "that the system has none of the functions prohibited by the legislation of the Republic of "
                      "Kazakhstan on artificial intelligence."),
                     ("Independent testing was performed on an out-of-time sample of 160,000 loan applications "
                      "received in 2025; approval-rate parity was computed for age, sex and regional groups.")],
             criteria=[("Quality, representativeness and lawful origin of the training data",
                        "Meets the requirements; no violations found"),
                       ("Absence of functions prohibited by the Law on Artificial Intelligence",
                        "Meets the requirements; no prohibited functions found"),
                       ("Accuracy, reliability and robustness", "Meets the requirements (Gini 0.63; PSI 0.04)"),
                       ("Non-discrimination of borrower groups", "Meets the requirements"),
                       ("Risk management system", "Meets the requirements"),
                       ("Human oversight of decisions", "Meets the requirements"),
                       ("Personal data protection and information security", "Meets the requirements"),
                       ("Transparency, logging and documentation", "Meets the requirements")],
             opinion=(f"Based on the audit performed, {P['senim']['en']} issues a POSITIVE conclusion: the artificial "
                      f"intelligence system {B2['system']}, version {B2['version']}, meets the requirements "
                      "established by the legislation of the Republic of Kazakhstan for high-risk artificial "
                      "intelligence systems."),
             validity=("This conclusion is valid for twelve (12) months from the date of issue, that is, until "
                       f"{en_w(B2['audit_valid'])}, provided that the audited version of the system remains "
                       "unchanged."),
             signers=[(f"Director\n{P['senim']['en']}", "A. K. Zhumabekov"),
                      ("Lead auditor\n(AI auditor certificate No. AI-0217)", "R. T. Smagulova")])
    return audit_A1(a, seed)


# ==========================================================================
# Audit template A2: «Әділ Сараптама» (Russian / Kazakh report)
# ==========================================================================


def audit_A2(a, seed, raster=False):
    kk = a["lang"] == "kk"
    A = P["adil"]
    fam = "dvsans"

    def build(toc_pages):
        pdf = Doc(raster=raster, seed=seed, created=a["date"].isoformat() + "T15:30:00", margins=(22, 34, 16),
                  bottom=20, title=a["number"], author=A["ru"], producer="Microsoft® Word 2019")
        pages = {}

        def head(p):
            p.set_fill_color(150, 30, 40)
            p.rect(22, 10, 13, 13, style="F")
            p.set_text_color(255, 255, 255)
            p.set_font(fam, "B", 11)
            p.set_xy(22, 13.5)
            p.cell(13, 6, "ӘС", align="C")
            p.set_text_color(150, 30, 40)
            p.set_font(fam, "B", 11.5)
            p.set_xy(38, 10)
            p.cell(90, 5.5, A["kk"] if kk else A["ru"])
            p.set_font(fam, "", 7.5)
            p.set_text_color(80, 80, 80)
            p.set_xy(38, 16)
            p.cell(90, 4, "Ақпараттық жүйелерді тәуелсіз сараптау және аудит" if kk else
                   "Независимая экспертиза и аудит информационных систем")
            p.set_xy(130, 10)
            p.multi_cell(64, 3.6, (f"БСН {A['bin']}\nАстана қ., Сығанақ к-сі, 10, 604-кеңсе\n{A['phone']}" if kk else
                                   f"БИН {A['bin']}\n{A['addr']}\n{A['phone']}"), align="R",
                         new_x="LMARGIN", new_y="NEXT")
            p.set_text_color(0, 0, 0)
            letterhead_rule(p, 25.5, color=(150, 30, 40), width=0.7)
            p.set_y(34)

        def foot(p):
            p.set_y(-13)
            p.set_font(fam, "", 8)
            p.cell(0, 4, (f"{p.page_no()}-бет" if kk else f"Стр. {p.page_no()} из {{nb}}"), align="C")
        pdf.on_header, pdf.on_footer = head, foot
        # ---- cover
        pdf.add_page()
        pdf.set_y(70)
        pdf.set_draw_color(150, 30, 40)
        pdf.set_line_width(0.8)
        pdf.rect(32, 62, 146, 150)
        pdf.set_draw_color(0, 0, 0)
        pdf.centered("АУДИТОРЛЫҚ ҚОРЫТЫНДЫ" if kk else "ЗАКЛЮЧЕНИЕ", fam=fam, size=20, after=3)
        pdf.centered(("жасанды интеллект жүйесінің аудиті\nнәтижелері бойынша" if kk else
                      "по результатам аудита системы\nискусственного интеллекта"), fam=fam, style="", size=12.5,
                     lh=6, after=12)
        lines = ([("Тіркеу №", a["number"]), ("Күні", num(a["date"])), ("Аудит объектісі", f"«{a['system']}» жүйесі"),
                  ("Нұсқасы", a["version"]), ("Жүйе иесі", a["owner"])] if kk else
                 [("Регистрационный №", a["number"]), ("Дата", num(a["date"])),
                  ("Объект аудита", f"система «{a['system']}»"), ("Версия", a["version"]),
                  ("Владелец системы", a["owner"])])
        for k, v in lines:
            pdf.set_x(42)
            pdf.set_font(fam, "", 11.5)
            pdf.cell(48, 8, k + ":")
            pdf.set_font(fam, "B", 11.5)
            pdf.multi_cell(80, 8, v, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(196)
        pdf.centered(f"Астана, {a['date'].year}", fam=fam, style="", size=11)
        # ---- contents
        pdf.add_page()
        pdf.centered("МАЗМҰНЫ" if kk else "СОДЕРЖАНИЕ", fam=fam, size=13, after=6)
        titles = a["titles"]
        toc(pdf, [(t, (toc_pages or {}).get(t, 0)) for t in titles], fam=fam, size=10.5, lh=8)
        # ---- body
        pdf.add_page()
        H = dict(fam=fam, style="B", size=11.5, align="L", after=2)
        T = dict(fam="dvserif", size=10.5, lh=5.3, indent=8, after=2)

        def sec(i):
            if pdf.get_y() > 235:
                pdf.add_page()
            pages[titles[i]] = pdf.page_no()
            pdf.ln(2)
            pdf.para(titles[i], **H)
        sec(0)
        pdf.para(a["basis"], **T)
        sec(1)
        kv_table(pdf, a["facts"], (58, 114), fam="dvserif", size=10, lh=5.6, fill_first=(242, 236, 236))
        pdf.ln(3)
        sec(2)
        for t in a["method"]:
            pdf.para(t, **T)
        sec(3)
        kv_table(pdf, a["criteria"], (72, 34, 66), fam="dvserif", size=9.5, lh=5.0, head=a["crit_head"],
                 align=("LEFT", "CENTER", "LEFT"), head_fill=(242, 236, 236))
        pdf.ln(3)
        sec(4)
        pdf.para(a["opinion"], **T)
        sec(5)
        pdf.para(a["validity"], **T)
        if pdf.get_y() > 225:
            pdf.add_page()
        y = pdf.get_y() + 10
        for i, (pos, name) in enumerate(a["signers"]):
            yy = y + i * 17
            pdf.set_font("dvserif", "", 10.5)
            pdf.set_xy(pdf.l_margin, yy)
            pdf.multi_cell(88, 5.2, pos, new_x="LMARGIN", new_y="NEXT")
            pdf.set_line_width(0.2)
            pdf.line(114, yy + 9, 146, yy + 9)
            pdf.set_xy(150, yy + 4)
            pdf.cell(40, 5.2, name, align="R")
            pdf.signature(114, yy - 1, 30, 12, color=INK)
        pdf.set_xy(pdf.l_margin, y + 36)
        pdf.set_font("dvserif", "", 10)
        pdf.cell(60, 5, "М.О." if kk else "М.П.")
        pdf.set_xy(120, y + 36)
        pdf.cell(70, 5, kk_w(a["date"]) if kk else ru_g(a["date"]), align="R")
        pdf.stamp(128, y + 20, dict(outer="«ӘДІЛ САРАПТАМА» ЖШС • ТОО «ӘДІЛ САРАПТАМА» • АСТАНА • ",
                                    inner=["БСН / БИН", A["bin"]], color=BLUE if not kk else VIOLET, diam=40,
                                    opacity=0.72, angle=-6))
        return pdf, pages
    return build_with_toc(build)


A2_CRIT_RU = [("Качество и законность обучающих данных", "Соответствует"),
              ("Отсутствие функций, запрещённых законом", "Соответствует"),
              ("Точность и надёжность работы", "Соответствует"),
              ("Управление рисками", "Соответствует"),
              ("Контроль со стороны человека", "Соответствует"),
              ("Информационная безопасность", "Соответствует"),
              ("Документация и журналирование", "Соответствует")]


# ==========================================================================
# B3  energy / zhelibolzham  (PLANTED: audit covers 3.1.0, application 3.2.0)
# ==========================================================================

B3 = dict(system="ЖеліБолжам", version="3.2.0", audit_version="3.1.0", app_date=D("2026-03-03"),
          cert_no="76488", cert_date=D("2025-09-18"), cert_created=D("2025-06-02"), cert_appl="125946",
          cert_filed=D("2025-09-08"),
          authors="Төлеуов Нұржан Асқарұлы, Сейітқали Мадина Бақытжанқызы, Ахметов Руслан Талғатұлы",
          audit_no="ӘС-118/25", audit_date=D("2025-12-10"), audit_valid=D("2026-12-10"),
          signer="Төлеуов Нұржан Асқарұлы", sector="энергетика")


def b3_application(seed):
    e = P["energo"]
    pdf = Doc(seed=seed, created="2026-03-03T11:12:00", margins=(18, 16, 16), title="Өтініш / Заявление",
              author=e["kk"], producer="LibreOffice 7.3")
    pdf.on_footer = footer_center("{p}-бет / стр. {p}", fam="dvsans", size=8)
    pdf.add_page()
    pdf.set_font("dvsans", "", 9.5)
    pdf.set_xy(18, 16)
    pdf.multi_cell(85, 4.5, "Қазақстан Республикасы\nЭнергетика министрлігіне", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(110, 16)
    pdf.multi_cell(82, 4.5, "В Министерство энергетики\nРеспублики Казахстан", align="R", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.ln(10)
    pdf.centered("ӨТІНІШ / ЗАЯВЛЕНИЕ", fam="dvsans", size=14, after=2)
    pdf.centered("жасанды интеллект жүйесін жоғары қауіпті сенімді жасанды интеллект жүйелерінің тізбесіне енгізу "
                 "туралы / о включении системы искусственного интеллекта в перечень доверенных систем "
                 "искусственного интеллекта высокой степени риска", fam="dvsans", style="", size=9.5, lh=4.6, after=6)
    rows = [
        ("Өтініш берушінің атауы", "Наименование заявителя", e["ru"]),
        ("Өтініш берушінің БСН", "БИН заявителя", e["bin"]),
        ("Заңды мекенжайы", "Юридический адрес", "Астана қ., Қабанбай батыр д-лы, 17 / г. Астана, пр. Кабанбай батыра, 17"),
        ("Жүйенің атауы", "Наименование системы", B3["system"]),
        ("Жүйенің нұсқасы", "Версия системы", B3["version"]),
        ("Қолданылу саласы", "Сфера применения", B3["sector"]),
        ("Байланыс үшін e-mail", "E-mail для связи", e["email"]),
        ("Телефон", "Телефон", e["phone"]),
        ("Өтініш күні", "Дата заявления", kk_w(B3["app_date"])),
        ("Қол қоюшының аты-жөні", "ФИО подписанта", B3["signer"]),
        ("Лауазымы", "Должность", "Басқарма төрағасы / Председатель правления"),
    ]
    kv_table(pdf, rows, (52, 52, 70), fam="dvsans", size=9.5, lh=5.4,
             head=("Қазақ тілінде", "На русском языке", "Мәні / Значение"), fill_first=(238, 242, 248),
             padding=1.5)
    pdf.ln(6)
    pdf.set_font("dvsans", "", 9.5)
    colw = 84
    y0 = pdf.get_y()
    kk_t = ("Өтінішке жүйенің сипаттамасы, авторлық құқықпен қорғалатын объектілерге құқықтардың мемлекеттік "
            "тізіліміне мәліметтерді енгізу туралы куәліктің көшірмесі және аудиторлық қорытынды қоса беріледі. "
            "Ұсынылған мәліметтердің дұрыстығын растаймыз.")
    ru_t = ("К заявлению прилагаются описание системы, копия свидетельства о внесении сведений в государственный "
            "реестр прав на объекты, охраняемые авторским правом, и аудиторское заключение. Достоверность "
            "представленных сведений подтверждаем.")
    pdf.set_xy(18, y0)
    pdf.multi_cell(colw, 4.8, kk_t, align="J", new_x="LMARGIN", new_y="NEXT")
    y1 = pdf.get_y()
    pdf.set_xy(18 + colw + 6, y0)
    pdf.multi_cell(colw, 4.8, ru_t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(y1, pdf.get_y()) + 14)
    y = pdf.get_y()
    pdf.set_font("dvsans", "B", 10)
    pdf.cell(90, 5, "Басқарма төрағасы / Председатель правления")
    pdf.set_x(150)
    pdf.cell(42, 5, "Н. А. Төлеуов", align="R")
    pdf.signature(116, y - 6, 30, 12, color=INK)
    pdf.stamp(130, y + 6, seal("energo", "Астана", color=BLUE, opacity=0.7, angle=24))
    return pdf


def b3_description(seed):
    e = P["energo"]
    pdf = Doc(seed=seed, created="2026-03-02T09:48:00", margins=(22, 18, 18), title="Жүйенің сипаттамасы",
              author=e["kk"], producer="LibreOffice 7.3")
    pdf.on_footer = footer_center("{p}-бет", fam="dvserif", size=9)
    pdf.add_page()
    pdf.centered(f"«{B3['system']}» жасанды интеллект жүйесінің\nсипаттамасы", fam="dvserif", size=14, lh=7, after=2)
    pdf.centered(f"{B3['version']} нұсқасы · {e['kk']}", fam="dvserif", style="I", size=11, after=8)
    H = dict(fam="dvserif", style="B", size=12, align="L", after=1.5)
    T = dict(fam="dvserif", size=11, lh=5.6, indent=8, after=2)
    pdf.para("1. Жүйенің мақсаты", **H)
    pdf.para(f"«{B3['system']}» жүйесі өңірлік электр желісі компанияларына электр энергиясын тұтынудың тәуліктік "
             "және сағаттық болжамын жасауға, сондай-ақ желідегі асқын жүктеме қаупін алдын ала анықтауға арналған. "
             "Жүйе диспетчерлік қызметтің шешім қабылдауын қолдау құралы болып табылады және жабдықты өз бетінше "
             "басқармайды.", **T)
    pdf.para("2. Атқаратын функциялары", **H)
    for item in ["SCADA жүйесінен және электр энергиясын коммерциялық есепке алудың автоматтандырылған жүйесінен "
                 "деректерді қабылдау;",
                 "1 сағаттан 7 тәулікке дейінгі кезеңге тұтыну болжамын есептеу;",
                 "қосалқы станциялар бойынша асқын жүктеме ықтималдығын бағалау және ескерту жасау;",
                 "жоспарлы ажыратулар кестесіне ұсыныстар дайындау;",
                 "диспетчердің әрекеттері мен жүйенің ұсыныстарын журналға тіркеу."]:
        pdf.para("– " + item, fam="dvserif", size=11, lh=5.6, after=0.6, x=pdf.l_margin + 6,
                 w=pdf.w - pdf.l_margin - pdf.r_margin - 6)
    pdf.ln(1.5)
    pdf.para("3. Деректер көздері және оларды өңдеу", **H)
    pdf.para("Модель 2019–2025 жылдардағы 1 240 қосалқы станцияның сағаттық жүктеме деректерінде және "
             "Қазгидрометтің метеорологиялық деректерінде оқытылды. Деректер желі компанияларымен жасалған шарттар "
             "негізінде алынған. Жеке тұлғалардың дербес деректері өңделмейді: тұрмыстық тұтынушылардың есептегіш "
             "деректері фидер деңгейінде жинақталады. Деректер Қазақстан Республикасының аумағындағы серверлерде "
             "сақталады.", **T)
    pdf.para("4. Тәуекелдерді басқару шаралары", **H)
    pdf.para("Негізгі тәуекелдер — болжамның елеулі қателігі және соның салдарынан қуат резервін дұрыс "
             "жоспарламау. Тәуекелдер тізілімі жүргізіледі; болжам қателігі (MAPE) күн сайын бақыланады, ол 5 %-дан "
             "асқан жағдайда жүйе диспетчерге ескерту береді және резервтік статистикалық модельге ауысады. Жаңа "
             "нұсқалар енгізу алдында тарихи деректерде тексеріледі.", **T)
    pdf.para("5. Адам тарапынан бақылау", **H)
    pdf.para("Жүйенің барлық ұсыныстарын кезекші диспетчер қарайды; ажырату туралы шешімді тек диспетчер "
             "қабылдайды. Диспетчер кез келген уақытта жүйенің ұсынысын қабылдамай, болжамды қолмен енгізе алады. "
             "Айына бір рет техникалық директор жүйе ұсыныстары мен нақты шешімдердің сәйкессіздіктерін талдайды.",
             **T)
    pdf.ln(8)
    pdf.set_font("dvserif", "", 11)
    pdf.cell(90, 6, "Басқарма төрағасы")
    pdf.set_x(150)
    pdf.cell(38, 6, "Н. А. Төлеуов", align="R")
    return pdf


def b3_certificate(seed):
    e = P["energo"]
    pdf = Doc(raster=True, seed=seed, margins=(30, 15, 30))
    pdf.add_page()
    pdf.emblem(105, 24, 10)
    pdf.set_y(37)
    pdf.centered("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ\nӘДІЛЕТ МИНИСТРЛІГІ", fam="dvsans", size=11, lh=5)
    pdf.centered("«Ұлттық зияткерлік меншік институты» РМК", fam="dvsans", style="", size=10, after=7)
    pdf.centered("КУӘЛІК", fam="dvsans", size=18, after=1)
    pdf.centered("авторлық құқықпен қорғалатын объектілерге құқықтардың\nмемлекеттік тізіліміне мәліметтерді "
                 "енгізу туралы", fam="dvsans", style="", size=10.5, lh=5, after=6)
    rows = [
        ("Куәліктің нөмірі", B3["cert_no"]),
        ("Куәліктің берілген күні", num(B3["cert_date"])),
        ("Өтінімнің нөмірі", B3["cert_appl"]),
        ("Өтінімнің берілген күні", num(B3["cert_filed"])),
        ("Объектінің түрі", "ЭЕМ-ге арналған бағдарлама"),
        ("Объектінің атауы", B3["system"]),
        ("Авторлары", B3["authors"]),
        ("Құқық иеленуші", e["kk"]),
        ("Құқық иеленушінің БСН", e["bin"]),
        ("Объектінің жасалған күні", kk_w(B3["cert_created"])),
    ]
    kv_table(pdf, rows, (88, 62), fam="dvsans", size=11, lh=6.2, padding=1.6, fill_first=(235, 235, 235))
    pdf.ln(8)
    pdf.para("Куәлік электрондық түрде қалыптастырылған және электрондық цифрлық қолтаңбамен қол қойылған.",
             fam="dvsans", size=9, lh=4.4, align="L")
    y = pdf.get_y() + 4
    pdf.qr(30, y, 24)
    pdf.set_font("dvsans", "", 10)
    pdf.set_xy(60, y + 6)
    pdf.multi_cell(60, 5, "Директор", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(130, y + 6)
    pdf.cell(50, 5, "Е. Т. Бектұров", align="R")
    # applicant's certification of the copy
    pdf.set_font("dvsans", "B", 11)
    pdf.set_xy(112, 250)
    pdf.cell(70, 6, "КӨШІРМЕСІ ДҰРЫС")
    pdf.set_font("dvsans", "", 9.5)
    pdf.set_xy(112, 257)
    pdf.cell(70, 5, "Басқарма төрағасы  _______  Н. А. Төлеуов")
    pdf.signature(146, 251, 22, 10, color=INK)
    pdf.stamp(150, 255, seal("energo", "Астана", color=BLUE, opacity=0.66, diam=38, angle=-40))
    return pdf


def b3_audit(seed):
    e = P["energo"]
    v = B3["audit_version"]
    a = dict(lang="ru", number=B3["audit_no"], date=B3["audit_date"], system=B3["system"], version=v, owner=e["ru"],
             titles=["Раздел 1. Основание и цель аудита", "Раздел 2. Сведения о владельце и объекте аудита",
                     "Раздел 3. Методы и объём проверки", "Раздел 4. Оценка по критериям",
                     "Раздел 5. Заключение аудитора", "Раздел 6. Срок действия заключения"],
             basis=(f"Аудит проведён {P['adil']['ru']} (БИН {P['adil']['bin']}) на основании договора № 77/25-ИИ от "
                    f"3 ноября 2025 года, заключённого с владельцем системы. Цель аудита — подтвердить соответствие "
                    "системы требованиям, предъявляемым к системам искусственного интеллекта высокой степени риска, "
                    "для её включения в перечень доверенных систем."),
             facts=[("Владелец системы", e["ru"]), ("БИН владельца", e["bin"]), ("Наименование системы", B3["system"]),
                    ("Версия системы", v),
                    ("Назначение", "прогноз потребления электроэнергии и выявление риска перегрузки подстанций"),
                    ("Разработчик", "собственная разработка владельца системы"),
                    ("Период аудита", "10 ноября — 5 декабря 2025 года")],
             method=[("Проверка выполнена по методике аудитора ӘС-ИИ-02 с учётом требований Закона Республики "
                      "Казахстан «Об искусственном интеллекте». Изучены техническая документация, журналы работы и "
                      "исходный код модуля прогнозирования; проведены интервью с разработчиками и диспетчерами."),
                     ("В ходе аудита оценены качество и законность обучающих данных (источники, договорные основания "
                      "получения, полнота и репрезентативность), а также проверено отсутствие у системы функций, "
                      "запрещённых законодательством Республики Казахстан в сфере искусственного интеллекта."),
                     ("Точность прогноза проверена на данных января–октября 2025 года, не использованных при обучении: "
                      "средняя абсолютная процентная ошибка (MAPE) суточного прогноза составила 3,1 %.")],
             crit_head=("Критерий оценки", "Результат оценки", "Примечание"),
             criteria=[(c, r, n) for (c, r), n in zip(A2_CRIT_RU, [
                 "Договоры с сетевыми компаниями проверены", "Запрещённые функции не выявлены", "MAPE 3,1 %",
                 "Реестр рисков ведётся", "Решения принимает диспетчер", "—", "—"])],
             opinion=(f"Заключение аудитора: положительное. Система «{B3['system']}» версии {v} соответствует "
                      "требованиям, предъявляемым законодательством Республики Казахстан к системам искусственного "
                      "интеллекта высокой степени риска."),
             validity=(f"Настоящее заключение сохраняет силу в течение одного года — до {ru_w(B3['audit_valid'])}. "
                       "Заключение распространяется только на указанную версию системы; при выпуске новой версии "
                       "владелец обязан уведомить аудитора для решения вопроса о повторном аудите."),
             signers=[("Руководитель аудиторской группы", "Ғ. Б. Исабекова"),
                      (f"Генеральный директор\n{P['adil']['ru']}", "С. Н. Тұрсынов")])
    return audit_A2(a, seed, raster=True)


# ==========================================================================
# B4  education / bilimscan  (clean; author -> applicant by assignment)
# ==========================================================================

B4 = dict(system="БілімСкан", version="1.0.3", app_date=D("2026-03-16"), cert_no="75870", cert_date=D("2025-07-22"),
          cert_created=D("2025-03-03"), cert_appl="124907", cert_filed=D("2025-07-14"),
          author="Әлімжанов Ерлан Болатұлы", agr_no="14", agr_date=D("2025-09-01"),
          audit_no="ӘС-014/26", audit_date=D("2026-01-28"), audit_valid=D("2027-01-28"),
          signer="Нұрмағамбетова Әйгерім Қайратқызы", sector="образование")


def b4_application_json():
    s = P["sapaly"]
    obj = {
        "source": "egov.kz",
        "export_format": "trustlist-application/1",
        "request_number": "KZ-EGOV-2026-0316-004417",
        "service": "Включение системы искусственного интеллекта в перечень доверенных систем искусственного "
                   "интеллекта высокой степени риска",
        "recipient": "Министерство просвещения Республики Казахстан",
        "status": "Зарегистрировано",
        "applicant_name": s["ru"],
        "applicant_bin": s["bin"],
        "system_name": B4["system"],
        "system_version": B4["version"],
        "sector": B4["sector"],
        "application_date": B4["app_date"].isoformat(),
        "contact_email": s["email"],
        "contact_phone": "+7 (7172) 72-90-31",
        "signatory": B4["signer"],
        "signature": {"type": "ЭЦП НУЦ РК", "subject": "НҰРМАҒАМБЕТОВА ӘЙГЕРІМ", "signed_at": "2026-03-16T17:42:08+05:00",
                      "certificate_serial": "3f1b9c02a7d54e8b61c0d93e2f7a415c9b2e6d01"},
        "attachments": [
            {"file": "sipattama_opisanie.pdf", "title": "Описание системы / Жүйенің сипаттамасы"},
            {"file": f"svidetelstvo_{B4['cert_no']}.jpg", "title": f"Свидетельство № {B4['cert_no']}"},
            {"file": f"avtorlyq_shart_{B4['agr_no']}.pdf", "title": f"Авторский договор № {B4['agr_no']}"},
            {"file": "auditorlyq_qorytyndy.tif", "title": f"Аудиторское заключение № {B4['audit_no']}"},
        ],
    }
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def b4_description(seed):
    s = P["sapaly"]
    pdf = Doc(seed=seed, created="2026-03-13T14:02:00", margins=(15, 16, 15), title="Сипаттама / Описание",
              author=s["ru"], producer="Microsoft® Word 2021")
    pdf.on_footer = footer_center("{p}-бет / стр. {p}", fam="dvcond", size=8.5)
    pdf.add_page()
    colw, gap = 87, 6
    xl, xr = 15, 15 + colw + gap
    fam = "dvcond"

    def pair(kk, ru, style="", size=10.5, lh=5.2, align="J", after=2.5, keep=0):
        hk = pdf.height_of(colw, lh, kk, fam, style, size)
        hr = pdf.height_of(colw, lh, ru, fam, style, size)
        if pdf.get_y() + max(hk, hr) + keep > pdf.h - pdf.b_margin:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font(fam, style, size)
        pdf.set_xy(xl, y)
        pdf.multi_cell(colw, lh, kk, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.set_xy(xr, y)
        pdf.multi_cell(colw, lh, ru, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(y + max(hk, hr) + after)
    pair(f"«{B4['system']}» жасанды интеллект жүйесінің сипаттамасы",
         f"Описание системы искусственного интеллекта «{B4['system']}»", style="B", size=12.5, lh=6, align="C")
    pair(f"{B4['version']} нұсқасы · {s['kk']}", f"версия {B4['version']} · {s['ru']}", style="I", size=10,
         align="C", after=5)
    pdf.set_line_width(0.2)
    pdf.line(xl + colw + gap / 2, pdf.get_y() - 2, xl + colw + gap / 2, 270)
    sections = [
        ("1. Мақсаты", "1. Назначение",
         f"«{B4['system']}» жалпы білім беретін мектептердің 9–11-сынып оқушыларының жазбаша жұмыстарын (эсселер мен "
         "ашық жауапты тапсырмаларды) алдын ала бағалауға және мұғалімге тексеру бойынша ұсыныстар беруге арналған. "
         "Жүйе қорытынды бағаны өзі қоймайды.",
         f"«{B4['system']}» предназначена для предварительной оценки письменных работ учащихся 9–11 классов "
         "общеобразовательных школ (эссе и задания с открытым ответом) и подготовки рекомендаций учителю по "
         "проверке. Итоговую отметку система не выставляет."),
        ("2. Функциялары", "2. Функции",
         "Қазақ және орыс тілдеріндегі жұмыстарды қабылдау; мәтінді бағалау критерийлері бойынша талдау; балл "
         "ұсыну және оның негіздемесін көрсету; көшірме мен генеративті модельдер жазған мәтіннің белгілерін "
         "анықтау; сынып бойынша есеп қалыптастыру.",
         "Приём работ на казахском и русском языках; анализ текста по критериям оценивания; предложение балла с "
         "обоснованием; выявление признаков заимствований и текстов, созданных генеративными моделями; "
         "формирование отчёта по классу."),
        ("3. Деректер", "3. Данные",
         "Модель 2021–2024 жылдары 86 мектептен ата-аналардың келісімімен жиналған 140 мыңнан астам "
         "иесіздендірілген жұмыста оқытылды; әр жұмысты екі тәуелсіз мұғалім бағалаған. Пайдалану кезінде "
         "оқушының аты-жөні модельге берілмейді, жұмыстар мектептің серверінде немесе ҚР аумағындағы бұлтта "
         "сақталады.",
         "Модель обучена на более чем 140 тыс. обезличенных работ, собранных в 2021–2024 годах в 86 школах с "
         "согласия родителей; каждая работа оценена двумя независимыми учителями. При эксплуатации фамилия и имя "
         "учащегося в модель не передаются; работы хранятся на сервере школы или в облаке на территории РК."),
        ("4. Тәуекелдерді басқару", "4. Управление рисками",
         "Негізгі тәуекелдер — бағалаудағы жүйелі қателік, оқыту тілі немесе өңір бойынша әділетсіздік және "
         "оқушылар деректерінің жылыстауы. Балл ұсыныстарының дәлдігі мен топтар арасындағы айырмашылық әр тоқсан "
         "сайын тексеріледі; шекті мәннен асқан жағдайда модель пайдаланудан шығарылады.",
         "Основные риски — систематическая ошибка оценивания, несправедливость по языку обучения или региону и "
         "утечка данных учащихся. Точность рекомендаций и разница между группами проверяются ежеквартально; при "
         "превышении порога модель выводится из эксплуатации."),
        ("5. Адамның бақылауы", "5. Контроль человеком",
         "Әр жұмыстың қорытынды бағасын мұғалім қояды; мұғалім жүйенің ұсынысын өзгерте алады немесе оны "
         "ескермеуі мүмкін. Оқушы мен ата-ана бағаға шағым бере алады; шағымды мектептің әдістемелік кеңесі "
         "жүйенің қатысуынсыз қарайды.",
         "Итоговую отметку за каждую работу выставляет учитель; учитель может изменить рекомендацию системы или не "
         "учитывать её. Учащийся и родители вправе обжаловать отметку; апелляцию рассматривает методический совет "
         "школы без участия системы."),
    ]
    for hk, hr, tk, tr in sections:
        pair(hk, hr, style="B", size=11, after=1.2, keep=22)
        pair(tk, tr)
    pdf.ln(6)
    pair("Директор                  Ә. Қ. Нұрмағамбетова", "Директор                  Ә. Қ. Нұрмағамбетова",
         size=10.5, align="L")
    return pdf


def b4_certificate(seed):
    pdf = Doc(raster=True, seed=seed, margins=(25, 15, 22))
    pdf.add_page()
    pdf.emblem(105, 25, 11)
    pdf.set_y(40)
    pdf.centered("РЕСПУБЛИКАНСКОЕ ГОСУДАРСТВЕННОЕ ПРЕДПРИЯТИЕ НА ПРАВЕ ХОЗЯЙСТВЕННОГО ВЕДЕНИЯ\n"
                 "«НАЦИОНАЛЬНЫЙ ИНСТИТУТ ИНТЕЛЛЕКТУАЛЬНОЙ СОБСТВЕННОСТИ»\n"
                 "МИНИСТЕРСТВА ЮСТИЦИИ РЕСПУБЛИКИ КАЗАХСТАН", fam="libserif", style="", size=10, lh=4.8, after=12)
    pdf.centered("СВИДЕТЕЛЬСТВО", fam="libserif", size=20, after=2)
    pdf.centered("о внесении сведений в государственный реестр прав\nна объекты, охраняемые авторским правом",
                 fam="libserif", style="", size=12.5, lh=6, after=5)
    pdf.centered(f"№ {B4['cert_no']} от {ru_q(B4['cert_date'])}", fam="libserif", size=13, after=14)
    T = dict(fam="libserif", size=13, lh=7.2, indent=12, after=3)
    pdf.para("Настоящим удостоверяется, что сведения об объекте авторского права внесены в государственный реестр "
             f"прав на объекты, охраняемые авторским правом, под номером {B4['cert_no']}.", **T)
    pdf.para("Вид объекта: программа для ЭВМ.", **T)
    pdf.para(f"Название объекта: «{B4['system']}».", **T)
    pdf.para(f"Автор: {B4['author']}.", **T)
    pdf.para(f"Дата создания объекта: {ru_w(B4['cert_created'])}.", **T)
    pdf.para(f"Номер и дата поступления заявления: № {B4['cert_appl']} от {ru_w(B4['cert_filed'])}.", **T)
    y = 228
    pdf.qr(25, y, 25)
    pdf.set_font("libserif", "", 12)
    pdf.set_xy(60, y + 5)
    pdf.multi_cell(70, 6, "Директор\nРГП «НИИС»", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(138, y + 11)
    pdf.cell(48, 6, "Е. Т. Бектұров", align="R")
    pdf.stamp(118, y + 12, state_seal(color=BLUE, opacity=0.55))
    return pdf


def b4_agreement(seed):
    s = P["sapaly"]
    pdf = Doc(seed=seed, created="2025-09-01T12:00:00", margins=(22, 18, 18), title=f"Авторлық шарт № {B4['agr_no']}",
              author=s["kk"], producer="Microsoft® Word 2021")
    pdf.on_footer = footer_center("{p}-бет", fam="dvserif", size=8.5)
    pdf.add_page()
    pdf.centered("ЭЕМ-ге арналған бағдарламаға мүліктік құқықтарды беру туралы", fam="dvserif", style="", size=11.5)
    pdf.centered(f"АВТОРЛЫҚ ШАРТ № {B4['agr_no']}", fam="dvserif", size=13, after=5)
    pdf.set_font("dvserif", "", 10.5)
    y = pdf.get_y()
    pdf.cell(80, 5, "Астана қаласы")
    pdf.set_x(110)
    pdf.cell(0, 5, kk_w(B4["agr_date"]), align="R")
    pdf.ln(9)
    T = dict(fam="dvserif", size=10.5, lh=5.2, indent=8, after=1.2)
    H = dict(fam="dvserif", style="B", size=10.5, align="C", after=1)
    pdf.para(f"Бұдан әрі «Автор» деп аталатын Қазақстан Республикасының азаматы {B4['author']}, бір тараптан, және "
             f"бұдан әрі «Құқық иеленуші» деп аталатын {s['kk']}, Жарғы негізінде әрекет ететін директор "
             f"{B4['signer']} атынан, екінші тараптан, төмендегілер туралы осы шартты жасасты:", **T)
    pdf.para("1. Шарттың мәні", **H)
    pdf.para(f"1.1. Автор Құқық иеленушіге «{B4['system']}» ЭЕМ-ге арналған бағдарламасына (бұдан әрі — Бағдарлама; "
             f"{kk_dagy(B4['cert_date'])} № {B4['cert_no']} куәлік) барлық мүліктік құқықтарды толық көлемде береді, ал "
             "Құқық иеленуші оларды қабылдайды және осы шартта көзделген сыйақыны төлейді.", **T)
    pdf.para("1.2. Берілетін құқықтарға Бағдарламаны кез келген тәсілмен пайдалану, көшірмелерін жасау, өңдеу, "
             "тарату, үшінші тұлғаларға лицензия беру және Бағдарламаны мемлекеттік органдарға ұсыну құқықтары "
             "кіреді.", **T)
    pdf.para("2. Сыйақы", **H)
    pdf.para("2.1. Мүліктік құқықтарды бергені үшін сыйақы мөлшері 3 500 000 (үш миллион бес жүз мың) теңгені "
             "құрайды және шартқа қол қойылған күннен бастап 30 күнтізбелік күн ішінде Автордың шотына аударылады.",
             **T)
    pdf.para("3. Құқықтардың өтуі", **H)
    pdf.para("3.1. Мүліктік құқықтар Құқық иеленушіге шартқа қол қойылған күннен бастап өтеді.", **T)
    pdf.para("3.2. Құқықтар мерзімсіз және бүкіл әлем аумағында беріледі. Автор өзінің жеке мүліктік емес "
             "құқықтарын сақтайды.", **T)
    pdf.para("4. Тараптардың жауапкершілігі", **H)
    pdf.para("4.1. Автор Бағдарламаны өзі жасағанына және оған үшінші тұлғалардың құқықтары жоқ екеніне кепілдік "
             "береді. 4.2. Шарт бойынша міндеттемелерді орындамағаны үшін тараптар Қазақстан Республикасының "
             "заңнамасына сәйкес жауапты болады.", **T)
    pdf.para("5. Қорытынды ережелер", **H)
    pdf.para("5.1. Шарт бірдей заңдық күші бар екі данада, әр тарапқа бір данадан жасалды. 5.2. Шартта "
             "реттелмеген мәселелер Қазақстан Республикасының заңнамасына сәйкес шешіледі.", **T)
    pdf.ln(2)
    if pdf.get_y() > pdf.h - pdf.b_margin - 70:
        pdf.add_page()
    pdf.para("6. Тараптардың деректемелері мен қолдары", **H)
    pdf.ln(1)
    left = ["Автор:", B4["author"], f"ЖСН {IIN_ALIMZHANOV}", "Жеке куәлік № 048213377, ҚР ІІМ, 12.09.2017 ж. берілген",
            "Астана қ., Керей, Жәнібек хандар к-сі, 26, 47-пәтер"]
    right = ["Құқық иеленуші:", s["kk"], f"БСН {s['bin']}", s["addr"], "ЖСК KZ56 9650 0000 4417 2301, «ForteBank» АҚ"]
    y0, colw = two_col_details(pdf, left, right, fam="dvserif", size=10, lh=5)
    y = pdf.get_y() + 8
    for k, (pos, nm) in enumerate([("", "Е. Б. Әлімжанов"), ("Директор", "Ә. Қ. Нұрмағамбетова")]):
        x = pdf.l_margin + k * (colw + 8)
        pdf.set_font("dvserif", "", 10)
        pdf.set_xy(x, y)
        pdf.cell(colw, 5, pos)
        pdf.set_xy(x, y + 8)
        pdf.cell(colw, 5, f"_______________ {nm}")
        pdf.signature(x + 2, y + 1, 28, 11, color=INK)
    pdf.set_xy(pdf.l_margin + colw + 8, y + 15)
    pdf.cell(20, 5, "М.О.")
    pdf.stamp(pdf.l_margin + colw + 8 + 24, y + 12, seal("sapaly", "Астана", color=BLUE, opacity=0.66, diam=38,
                                                           angle=12))
    return pdf


def b4_audit(seed):
    s = P["sapaly"]
    a = dict(lang="kk", number=B4["audit_no"], date=B4["audit_date"], system=B4["system"], version=B4["version"],
             owner=s["kk"],
             titles=["1-бөлім. Аудиттің негізі мен мақсаты", "2-бөлім. Жүйе иесі және аудит объектісі туралы мәліметтер",
                     "3-бөлім. Тексеру әдістері мен көлемі", "4-бөлім. Өлшемдер бойынша бағалау",
                     "5-бөлім. Аудитордың қорытындысы", "6-бөлім. Қорытындының қолданылу мерзімі"],
             basis=(f"Аудитті {P['adil']['kk']} (БСН {P['adil']['bin']}) жүйе иесімен жасалған 2025 жылғы 15 "
                    "желтоқсандағы № 91/25-ЖИ шарт негізінде жүргізді. Аудиттің мақсаты — жүйені сенімді жасанды "
                    "интеллект жүйелерінің тізбесіне енгізу үшін оның жоғары қауіпті жасанды интеллект жүйелеріне "
                    "қойылатын талаптарға сәйкестігін растау."),
             facts=[("Жүйе иесі", s["kk"]), ("Жүйе иесінің БСН", s["bin"]), ("Жүйенің атауы", B4["system"]),
                    ("Нұсқасы", B4["version"]), ("Мақсаты", "оқушылардың жазбаша жұмыстарын алдын ала бағалау"),
                    ("Әзірлеуші", "Е. Б. Әлімжанов (мүліктік құқықтар жүйе иесіне берілген)"),
                    ("Аудит кезеңі", "2026 жылғы 5–23 қаңтар")],
             method=[("Аудит «Жасанды интеллект туралы» Қазақстан Республикасы Заңының талаптарына және аудитордың "
                      "ӘС-ЖИ-02 әдістемесіне сәйкес жүргізілді. Техникалық құжаттама, жүйе журналдары және модельді "
                      "оқыту процесі зерделенді."),
                     ("Аудит барысында оқыту деректерінің сапасы мен заңдылығы (дереккөздер, өңдеудің құқықтық "
                      "негіздері, субъектілердің келісімі, репрезентативтілік, белгілеу сапасы) бағаланды, сондай-ақ "
                      "жүйеде Қазақстан Республикасының жасанды интеллект саласындағы заңнамасымен тыйым салынған "
                      "функциялардың жоқтығы тексерілді."),
                     ("Тәуелсіз тестілеу оқыту деректеріне кірмеген 12 мектептің 9 400 жұмысында жүргізілді; "
                      "мұғалімдер бағасымен сәйкестік (QWK) 0,86 құрады.")],
             crit_head=("Бағалау өлшемі", "Нәтижесі", "Ескертпе"),
             criteria=[("Оқыту деректерінің сапасы мен заңдылығы", "Сәйкес", "Ата-аналардың келісімдері тексерілді"),
                       ("Заңмен тыйым салынған функциялардың болмауы", "Сәйкес", "Тыйым салынған функциялар анықталмады"),
                       ("Дәлдік пен сенімділік", "Сәйкес", "QWK 0,86"),
                       ("Оқушылар топтары арасындағы әділдік", "Сәйкес", "Тіл бойынша айырмашылық 2 %-дан аспайды"),
                       ("Тәуекелдерді басқару", "Сәйкес", "—"),
                       ("Адамның бақылауы", "Сәйкес", "Қорытынды бағаны мұғалім қояды"),
                       ("Дербес деректерді қорғау", "Сәйкес", "—")],
             opinion=(f"Аудитордың қорытындысы: оң. «{B4['system']}» жүйесі ({B4['version']} нұсқасы) Қазақстан "
                      "Республикасының заңнамасында жоғары қауіпті жасанды интеллект жүйелеріне қойылатын "
                      "талаптарға сәйкес келеді."),
             validity=(f"Осы қорытынды бір жыл бойы — {kk_until(B4['audit_valid'])} күшінде болады. Жүйенің жаңа "
                       "нұсқасы шыққан жағдайда қайта аудит жүргізу қажет."),
             signers=[("Аудиторлық топтың жетекшісі", "Ғ. Б. Исабекова"),
                      (f"{P['adil']['kk']}\nбас директоры", "С. Н. Тұрсынов")])
    return audit_A2(a, seed, raster=True)


# ==========================================================================
# Audit template A3: «Центр независимой оценки алгоритмов» (Russian report)
# ==========================================================================


def audit_A3(a, seed, raster=False):
    C = P["cnoa"]
    fam = "dvscond"
    owner = a["owner"]

    def build(toc_pages):
        pdf = Doc(raster=raster, seed=seed, created=a["date"].isoformat() + "T18:10:00", margins=(25, 18, 15),
                  bottom=20, title=f"Отчёт и заключение {a['number']}", author=C["ru"], producer="LibreOffice 24.2")
        pages = {}

        def foot(p):
            if p.page_no() == 1:
                return
            p.set_y(-14)
            p.set_line_width(0.2)
            p.line(p.l_margin, p.get_y(), p.w - p.r_margin, p.get_y())
            p.set_font(fam, "I", 8)
            p.set_y(-13)
            p.cell(0, 4, f"Отчёт об аудите и аудиторское заключение № {a['number']} — страница {p.page_no()} из {{nb}}",
                   align="R")
        pdf.on_footer = foot
        pdf.add_page()
        pdf.set_font(fam, "B", 12)
        pdf.multi_cell(0, 5.6, "ТОВАРИЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ\n«ЦЕНТР НЕЗАВИСИМОЙ ОЦЕНКИ АЛГОРИТМОВ»",
                       align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(fam, "", 8.5)
        pdf.multi_cell(0, 4, f"БИН {C['bin']} · аттестат аккредитации № KZ.И.02.0009 · {C['addr']} · "
                             f"тел. {C['phone']} · {C['email']}", align="C", new_x="LMARGIN", new_y="NEXT")
        letterhead_rule(pdf, pdf.get_y() + 2, width=1.0, double=True)
        pdf.set_y(70)
        pdf.centered("ОТЧЁТ ОБ АУДИТЕ", fam=fam, size=18, after=1)
        pdf.centered("системы искусственного интеллекта", fam=fam, style="", size=13, after=1)
        pdf.centered(f"и аудиторское заключение № {a['number']}", fam=fam, size=14, after=14)
        rows = [("Заказчик (владелец системы)", f"{owner}, БИН {a['owner_bin']}"),
                ("Объект аудита", f"система искусственного интеллекта «{a['system']}»"),
                ("Версия", a["version"]), ("Дата заключения", ru_g(a["date"])), ("Место составления", "г. Алматы")]
        pdf.set_x(35)
        kv_table(pdf, rows, (52, 88), fam=fam, size=11, lh=6.4, fill_first=(236, 240, 236), padding=1.8)
        pdf.set_y(255)
        pdf.centered(f"Алматы — {a['date'].year}", fam=fam, style="", size=11)
        # contents
        pdf.add_page()
        pdf.centered("Содержание", fam=fam, size=13, after=6)
        titles = ["I. Общие положения", "II. Объект и границы аудита", "III. Методология",
                  "IV. Результаты проверки по критериям", "V. Аудиторское заключение", "VI. Срок действия и условия"]
        toc(pdf, [(t, (toc_pages or {}).get(t, 0)) for t in titles], fam=fam, size=11, lh=7.5)
        pdf.add_page()
        H = dict(fam=fam, style="B", size=12, align="C", after=2)
        T = dict(fam=fam, size=11, lh=5.5, indent=0, after=1.8)

        def sec(i):
            if pdf.get_y() > 238:
                pdf.add_page()
            pages[titles[i]] = pdf.page_no()
            pdf.ln(2.5)
            pdf.para(titles[i], **H)
        sec(0)
        pdf.para(f"1.1. Настоящий отчёт подготовлен по заказу {owner} (далее — Заказчик), БИН {a['owner_bin']}, на "
                 f"основании договора {a['contract']}.", **T)
        pdf.para(f"1.2. Аудитор: {C['ru']}, БИН {C['bin']}.", **T)
        pdf.para(f"1.3. Аудит проводился в период {a['period']}.", **T)
        sec(1)
        pdf.para(f"2.1. Объект аудита — система искусственного интеллекта «{a['system']}», версия {a['version']}. "
                 f"{a['object']}", **T)
        pdf.para("2.2. В границы аудита включены модель, программные интерфейсы, процессы сопровождения, "
                 "документация и организационные меры Заказчика. Инфраструктура пользователей системы в границы "
                 "аудита не входит.", **T)
        sec(2)
        pdf.para("3.1. Аудит проведён в соответствии с требованиями Закона Республики Казахстан «Об искусственном "
                 "интеллекте» и методикой Аудитора МО-ИИ-2025.", **T)
        pdf.para("3.2. В ходе аудита оценены качество и законность обучающих данных, включая источники и правовые "
                 "основания их получения, а также проверено отсутствие у системы функций, запрещённых "
                 "законодательством Республики Казахстан в сфере искусственного интеллекта.", **T)
        pdf.para(f"3.3. {a['tests']}", **T)
        sec(3)
        kv_table(pdf, [(str(i + 1), c, r) for i, (c, r) in enumerate(a["criteria"])], (14, 104, 42), fam=fam,
                 size=10.5, lh=5.4, head=("№ п/п", "Критерий", "Результат"), align=("CENTER", "LEFT", "CENTER"),
                 head_fill=(236, 240, 236))
        pdf.ln(2)
        sec(4)
        pdf.para(a["opinion"], **T)
        sec(5)
        pdf.para(a["validity"], **T)
        pdf.para("6.2. Заключение распространяется на указанную версию системы. Существенное изменение системы "
                 "требует повторного аудита.", **T)
        if pdf.get_y() > 228:
            pdf.add_page()
        y = pdf.get_y() + 10
        for i, (pos, name) in enumerate([(f"Директор\n{C['ru']}", "М. Р. Оразалиев"), ("Аудитор", "К. С. Ли")]):
            yy = y + i * 17
            pdf.set_font(fam, "", 11)
            pdf.set_xy(pdf.l_margin, yy)
            pdf.multi_cell(82, 5.4, pos, new_x="LMARGIN", new_y="NEXT")
            pdf.set_line_width(0.2)
            pdf.line(112, yy + 9, 148, yy + 9)
            pdf.set_xy(150, yy + 4)
            pdf.cell(45, 5.4, name, align="R")
            pdf.signature(113, yy - 1, 32, 12, color=INK)
        pdf.stamp(124, y + 14, dict(outer="«ЦЕНТР НЕЗАВИСИМОЙ ОЦЕНКИ АЛГОРИТМОВ» • ТОО • АЛМАТЫ • ",
                                    inner=["БИН", C["bin"]], color=BLUE, diam=40, opacity=0.74, angle=-14))
        return pdf, pages
    return build_with_toc(build)


A3_CRIT = [("Качество и законность обучающих данных", "выполнен"),
           ("Отсутствие запрещённых законом функций", "выполнен"),
           ("Точность и устойчивость работы", "выполнен"),
           ("Система управления рисками", "выполнен"),
           ("Контроль человеком", "выполнен"),
           ("Защита данных и кибербезопасность", "выполнен"),
           ("Журналирование и прослеживаемость", "выполнен")]


# ==========================================================================
# B5  transport / zholkoz  (clean; licence from right holder; description inside the letter)
# ==========================================================================

B5 = dict(system="ЖолКөз", version="1.5.0", app_date=D("2026-03-19"), out_no="12-03/26", cert_no="77391",
          cert_date=D("2025-12-05"), cert_created=D("2025-10-20"), cert_appl="132218", cert_filed=D("2025-11-26"),
          authors="Ибраев Тимур Асланович, Жанибеков Олжас Нурланович", agr_no="3/2026", agr_date=D("2026-01-12"),
          agr_valid=D("2029-01-12"), audit_no="ЦНОА-07-2026", audit_date=D("2026-03-02"),
          audit_valid=D("2027-03-01"), signer="Е. С. Бекмұхамбетов", sector="көлік")


def b5_letter(seed):
    k = P["kolik"]
    pdf = Doc(raster=True, seed=seed, margins=(25, 14, 15), bottom=18)

    def foot(p):
        if p.page_no() == 1:
            return
        p.set_y(-12)
        p.set_font("dvserif", "", 9)
        p.cell(0, 4, f"{p.page_no()}-бет", align="C")
    pdf.on_footer = foot
    pdf.add_page()
    pdf.set_text_color(10, 60, 120)
    pdf.set_font("dvsans", "B", 9.5)
    pdf.set_xy(20, 14)
    pdf.multi_cell(78, 4.4, "«КӨЛІК ИНТЕЛЛЕКТ ЖҮЙЕЛЕРІ»\nжауапкершілігі шектеулі серіктестігі", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dvcond", "B", 8.6)
    pdf.set_xy(104, 14)
    pdf.multi_cell(88, 4.4, "Товарищество с ограниченной ответственностью\n«КӨЛІК ИНТЕЛЛЕКТ ЖҮЙЕЛЕРІ»", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    letterhead_rule(pdf, 25, color=(10, 60, 120), width=0.9)
    pdf.set_font("dvsans", "", 7.8)
    pdf.set_xy(20, 26.5)
    pdf.cell(170, 3.6, f"{k['addr']} · БСН {k['bin']} · {k['phone']} · {k['email']}", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("dvserif", "", 11)
    pdf.set_xy(25, 38)
    pdf.multi_cell(70, 5.4, f"{kk_w(B5['app_date'])}\n№ {B5['out_no']}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dvserif", "B", 12)
    pdf.set_xy(118, 38)
    pdf.multi_cell(72, 5.8, "Қазақстан Республикасы\nКөлік министрлігіне", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(62)
    pdf.set_font("dvserif", "I", 10.5)
    pdf.multi_cell(90, 5, "Жоғары қауіпті сенімді жасанды интеллект жүйелерінің тізбесіне енгізу туралы",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    T = dict(fam="dvserif", size=11.5, lh=5.9, indent=12, after=2.2)
    pdf.para(f"{k['kk']} (БСН {k['bin']}) «Жасанды интеллект туралы» Қазақстан Республикасы Заңының талаптарына "
             f"сәйкес «{B5['system']}» жасанды интеллект жүйесін ({B5['version']} нұсқасы) жоғары қауіпті сенімді "
             "жасанды интеллект жүйелерінің тізбесіне енгізуді сұрайды.", **T)
    pdf.para(f"Жүйенің қолданылу саласы — {B5['sector']}. «{B5['system']}» республикалық маңызы бар автомобиль "
             "жолдарындағы бейнекамералардан түсетін ағынды талдап, жол-көлік оқиғаларын, тоқтап қалған көліктерді "
             "және жолдағы кедергілерді анықтайды, сондай-ақ жол жағдайы орталығының операторына ескерту "
             "жібереді. Жүйенің сипаттамасы осы хатқа қосымшада берілген.", **T)
    pdf.para(f"Жүйеге мүліктік құқықтар Серіктестікке {P['smart']['kk']}-мен жасалған {kk_dagy(B5['agr_date'])} "
             f"№ {B5['agr_no']} лицензиялық шарт негізінде тиесілі. Жүйенің аудитін {P['cnoa']['kk']} жүргізді, "
             "қорытынды оң.", **T)
    pdf.para(f"Өтінішті қарау нәтижелері туралы хабарламаны {k['email']} электрондық поштасына жіберуді сұраймыз.",
             **T)
    pdf.ln(1)
    pdf.para("Қосымша: жүйенің сипаттамасы (1 парақ), куәліктің көшірмесі, лицензиялық шарттың көшірмесі, "
             "аудиторлық қорытынды.", fam="dvserif", size=10.5, lh=5.2, align="L")
    pdf.ln(12)
    y = pdf.get_y()
    pdf.set_font("dvserif", "B", 12)
    pdf.cell(60, 6, "Директор")
    pdf.set_x(135)
    pdf.cell(55, 6, B5["signer"], align="R")
    pdf.signature(92, y - 8, 38, 15, color=INK)
    pdf.stamp(100, y + 3, seal("kolik", "Астана", color=BLUE, opacity=0.72, angle=30))
    pdf.set_y(258)
    pdf.set_font("dvserif", "", 8.5)
    pdf.multi_cell(90, 4, "Орындаушы: Сәрсенова Г. Қ.\nтел.: +7 (7172) 79-55-14", new_x="LMARGIN", new_y="NEXT")
    # annex: system description
    pdf.add_page()
    pdf.set_font("dvserif", "", 10)
    pdf.set_x(120)
    pdf.multi_cell(70, 4.6, f"{kk_dagy(B5['app_date'])}\n№ {B5['out_no']} хатқа қосымша", align="R",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.centered(f"«{B5['system']}» жасанды интеллект жүйесінің сипаттамасы\n({B5['version']} нұсқасы)",
                 fam="dvserif", size=13, lh=6.4, after=6)
    H = dict(fam="dvserif", style="B", size=11.5, align="L", after=1.5)
    T = dict(fam="dvserif", size=11, lh=5.6, indent=8, after=2)
    pdf.para("1. Жүйенің мақсаты мен қолданылу аясы", **H)
    pdf.para(f"«{B5['system']}» жүйесі республикалық және облыстық маңызы бар автомобиль жолдарындағы жол "
             "қозғалысы қауіпсіздігін арттыруға арналған. Жүйе жол жағдайы орталықтарында қолданылады: "
             "бейнекамералардан түсетін ағынды нақты уақыт режимінде талдап, оқиғалар туралы операторға хабарлайды. "
             "Жүйе жол қозғалысы қатысушыларына айыппұл салмайды және жеке тұлғаларды сәйкестендірмейді.", **T)
    pdf.para("2. Функциялары", **H)
    for item in ["2 500-ге дейінгі камерадан бейнеағынды қабылдау және алдын ала өңдеу;",
                 "жол-көлік оқиғаларын, тоқтап қалған көліктерді, қарсы бағытта қозғалысты және жолдағы "
                 "кедергілерді анықтау;",
                 "көлік ағынының қарқындылығын және орташа жылдамдығын бағалау;",
                 "операторға оқиғаның бейнеүзіндісімен бірге ескерту жіберу;",
                 "оқиғалар мен оператор әрекеттерінің журналын жүргізу."]:
        pdf.para("– " + item, fam="dvserif", size=11, lh=5.6, after=0.6, x=pdf.l_margin + 6,
                 w=pdf.w - pdf.l_margin - pdf.r_margin - 6)
    pdf.ln(1.5)
    pdf.para("3. Өңделетін деректер туралы мәліметтер", **H)
    pdf.para("Модель 2022–2025 жылдары жол жағдайы орталықтарының мұрағатынан шарт негізінде алынған 310 мың "
             "бейнефрагментте оқытылды. Оқыту алдында адамдардың беттері мен көліктердің мемлекеттік нөмірлері "
             "бұлдыратылды. Пайдалану кезінде бейнеағын тек оқиғаларды анықтау үшін өңделеді, оқиға болмаған "
             "жазбалар 72 сағаттан кейін жойылады.", **T)
    pdf.para("4. Тәуекелдерді басқару", **H)
    pdf.para("Негізгі тәуекелдер — оқиғаны өткізіп алу, жалған ескертулер және ауа райы қолайсыз болғанда "
             "дәлдіктің төмендеуі. Әр камера үшін анықтау сапасы ай сайын бақыланады; түнгі уақытта және боранда "
             "сезімталдық шегі автоматты түрде өзгереді. Тәуекелдер тізілімін ақпараттық қауіпсіздік бөлімі "
             "жүргізеді.", **T)
    pdf.para("5. Адамның бақылау тәртібі", **H)
    pdf.para("Әр ескертуді жол жағдайы орталығының операторы растайды немесе қабылдамайды; жедел қызметтерді "
             "шақыру туралы шешімді тек оператор қабылдайды. Оператор кез келген камера бойынша автоматты "
             "анықтауды өшіре алады. Жалған ескертулер аптасына бір рет талданып, модельді жетілдіру үшін "
             "пайдаланылады.", **T)
    return pdf


def b5_certificate(seed):
    sm = P["smart"]
    pdf = Doc(seed=seed, created="2025-12-05T10:14:00", margins=(20, 15, 20), title=f"Свидетельство № {B5['cert_no']}",
              author="РГП «Национальный институт интеллектуальной собственности»", producer="iText® 7.2.5")
    pdf.add_page()
    pdf.set_fill_color(18, 52, 105)
    pdf.rect(0, 0, 210, 8, style="F")
    pdf.emblem(34, 30, 12, color=(18, 52, 105))
    pdf.set_xy(52, 19)
    pdf.set_font("dvsans", "B", 10.5)
    pdf.multi_cell(138, 5, "РЕСПУБЛИКАНСКОЕ ГОСУДАРСТВЕННОЕ ПРЕДПРИЯТИЕ НА ПРАВЕ ХОЗЯЙСТВЕННОГО ВЕДЕНИЯ "
                   "«НАЦИОНАЛЬНЫЙ ИНСТИТУТ ИНТЕЛЛЕКТУАЛЬНОЙ СОБСТВЕННОСТИ» МИНИСТЕРСТВА ЮСТИЦИИ РЕСПУБЛИКИ "
                   "КАЗАХСТАН", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(52)
    pdf.centered("СВИДЕТЕЛЬСТВО", fam="dvsans", size=17, after=1)
    pdf.centered("о внесении сведений в государственный реестр прав\nна объекты, охраняемые авторским правом",
                 fam="dvsans", style="", size=11.5, lh=5.5, after=8)
    rows = [("Регистрационный номер", B5["cert_no"]), ("Дата внесения сведений в реестр", num(B5["cert_date"])),
            ("Номер заявки", B5["cert_appl"]), ("Дата подачи заявки", num(B5["cert_filed"])),
            ("Вид объекта авторского права", "программа для ЭВМ"), ("Название объекта", B5["system"]),
            ("Авторы", B5["authors"]), ("Правообладатель", sm["ru"]), ("БИН правообладателя", sm["bin"]),
            ("Дата создания", num(B5["cert_created"])), ("Статус", "действует")]
    kv_table(pdf, rows, (68, 102), fam="dvsans", size=10.5, lh=6.6, fill_first=(226, 233, 244), padding=1.6)
    pdf.ln(10)
    y = pdf.get_y()
    pdf.qr(20, y, 28)
    pdf.set_font("dvsans", "", 9)
    pdf.set_xy(55, y + 2)
    pdf.multi_cell(135, 4.6, "Документ сформирован в информационной системе РГП «НИИС» и подписан электронной "
                   "цифровой подписью. Согласно пункту 1 статьи 7 Закона Республики Казахстан «Об электронном "
                   "документе и электронной цифровой подписи» равнозначен документу на бумажном носителе.\n"
                   "Проверить подлинность: www.kazpatent.kz", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(55, y + 26)
    pdf.set_font("dvsans", "B", 9.5)
    pdf.cell(135, 5, "Директор РГП «НИИС»  Е. Т. Бектұров  (ЭЦП)")
    return pdf


def b5_licence(seed):
    sm, k = P["smart"], P["kolik"]
    pdf = Doc(raster=True, seed=seed, margins=(18, 12, 14), bottom=8)
    pdf.add_page()
    pdf.centered(f"ЛИЦЕНЗИЯЛЫҚ ШАРТ № {B5['agr_no']}", fam="dvserif", size=12.5, after=0.5)
    pdf.centered("(ЭЕМ-ге арналған бағдарламаны пайдалану құқығын беру туралы)", fam="dvserif", style="", size=10.5,
                 after=3)
    pdf.set_font("dvserif", "", 10)
    pdf.cell(80, 5, "Алматы қаласы")
    pdf.set_x(120)
    pdf.cell(0, 5, kk_w(B5["agr_date"]), align="R")
    pdf.ln(7)
    T = dict(fam="dvserif", size=9.6, lh=4.35, indent=8, after=0.7)
    H = dict(fam="dvserif", style="B", size=9.8, align="C", after=0.5)
    pdf.para(f"Бұдан әрі «Лицензиар» деп аталатын {sm['kk']}, Жарғы негізінде әрекет ететін директор Ибраев Тимур "
             f"Асланұлы атынан, бір тараптан, және бұдан әрі «Лицензиат» деп аталатын {k['kk']}, Жарғы негізінде "
             "әрекет ететін директор Бекмұхамбетов Ержан Серікұлы атынан, екінші тараптан, төмендегілер туралы осы "
             "шартты жасасты:", **T)
    pdf.para("1. Шарттың мәні", **H)
    pdf.para(f"1.1. Лицензиар Лицензиатқа «{B5['system']}» ЭЕМ-ге арналған бағдарламасын (авторлық құқықпен "
             "қорғалатын объектілерге құқықтардың мемлекеттік тізіліміне мәліметтерді енгізу туралы "
             f"{kk_dagy(B5['cert_date'])} № {B5['cert_no']} куәлік; бұдан әрі — Бағдарлама) айрықша лицензия "
             "негізінде пайдалану құқығын береді.", **T)
    pdf.para("1.2. Пайдалану құқығы Бағдарламаны орнатуды, көшірмелерін жасауды, өзгертуді, оны үшінші тұлғаларға "
             "қызмет көрсету үшін пайдалануды және уәкілетті мемлекеттік органдар мен аудиторларға ұсынуды қамтиды.",
             **T)
    pdf.para("2. Аумақ және мерзім", **H)
    pdf.para("2.1. Лицензия Қазақстан Республикасының аумағында беріледі.", **T)
    pdf.para(f"2.2. Шарт қол қойылған күннен бастап күшіне енеді және {kk_until(B5['agr_valid'])} қолданылады.", **T)
    pdf.para("3. Сыйақы", **H)
    pdf.para("3.1. Лицензиялық сыйақы мөлшері тараптардың жеке келісімімен айқындалады және Лицензиар көрсеткен "
             "шотқа тоқсан сайын төленеді.", **T)
    pdf.para("4. Тараптардың міндеттері", **H)
    pdf.para("4.1. Лицензиар шартқа қол қойылған күннен бастап 10 жұмыс күні ішінде Бағдарламаның орындалатын "
             "кодын, модельдерін және құжаттамасын береді, жаңартуларды ұсынады.", **T)
    pdf.para("4.2. Лицензиат Бағдарламаны Қазақстан Республикасының заңнамасына, оның ішінде жоғары қауіпті "
             "жасанды интеллект жүйелеріне қойылатын талаптарға сәйкес пайдаланады.", **T)
    pdf.para("5. Қорытынды ережелер", **H)
    pdf.para("5.1. Шарт бірдей заңдық күші бар қазақ және орыс тілдерінде екі данада жасалды. 5.2. Даулар "
             "келіссөздер арқылы, ал келісімге қол жеткізілмеген жағдайда сот тәртібімен шешіледі.", **T)
    pdf.para("6. Тараптардың деректемелері мен қолдары", **H)
    pdf.ln(1)
    left = ["Лицензиар:", sm["kk"], f"БСН {sm['bin']}", sm["addr"], "ЖСК KZ12 6010 0020 0091 7745",
            "«Қазақстан Халық Банкі» АҚ, БСК HSBKKZKX"]
    right = ["Лицензиат:", k["kk"], f"БСН {k['bin']}", k["addr"], "ЖСК KZ08 8560 0000 1290 5518",
             "«Банк ЦентрКредит» АҚ, БСК KCJBKZKX"]
    y0, colw = two_col_details(pdf, left, right, fam="dvserif", size=9.4, lh=4.4)
    y = pdf.get_y() + 5
    for j, nm in enumerate(["Т. А. Ибраев", B5["signer"]]):
        x = pdf.l_margin + j * (colw + 8)
        pdf.set_font("dvserif", "", 9.8)
        pdf.set_xy(x, y)
        pdf.cell(colw, 5, "Директор")
        pdf.set_xy(x, y + 8)
        pdf.cell(colw, 5, f"_______________ {nm}")
        pdf.set_xy(x, y + 14)
        pdf.cell(20, 5, "М.О.")
        pdf.signature(x + 3, y + 2, 28, 11, color=INK)
    pdf.stamp(pdf.l_margin + 24, y + 12, seal("smart", "Алматы", color=VIOLET, opacity=0.7, diam=36, angle=-10))
    pdf.stamp(pdf.l_margin + colw + 8 + 28, y + 12, seal("kolik", "Астана", color=BLUE, opacity=0.7, diam=36,
                                                           angle=40))
    return pdf


def b5_audit(seed):
    k = P["kolik"]
    a = dict(number=B5["audit_no"], date=B5["audit_date"], system=B5["system"], version=B5["version"], owner=k["ru"],
             owner_bin=k["bin"], contract="№ 07/26-А от 12 января 2026 года",
             period="с 2 февраля по 27 февраля 2026 года",
             object=(f"Система разработана {P['smart']['ru']} и используется Заказчиком на основании лицензионного "
                     "договора; в состав объекта входят модели обнаружения и сопровождения объектов в видеопотоке, "
                     "модуль оповещения и рабочее место оператора."),
             tests=("Испытания проведены на 4 200 видеофрагментах с 60 камер, не использованных при обучении, в "
                    "том числе снятых ночью и в метель: полнота обнаружения ДТП — 0,93, доля ложных оповещений — "
                    "0,06 на камеру в сутки."),
             criteria=A3_CRIT,
             opinion=(f"5.1. По результатам аудита Аудитор выносит положительное заключение: система искусственного "
                      f"интеллекта «{B5['system']}» версии {B5['version']} соответствует требованиям, "
                      "предъявляемым к системам искусственного интеллекта высокой степени риска."),
             validity=(f"6.1. Настоящее заключение действует по {ru_w(B5['audit_valid'])} включительно."))
    return audit_A3(a, seed)


# ==========================================================================
# B6  health / pulmoscan  (PLANTED: audit conclusion expired before receipt)
# ==========================================================================

B6 = dict(system="ПульмоСкан", version="2.0.4", app_date=D("2026-04-10"), cert_no="76932", cert_date=D("2025-11-03"),
          cert_created=D("2025-06-14"), cert_appl="131077", cert_filed=D("2025-10-27"),
          authors="Абдрахманов Серик Каримович, Тәжібаева Ләззат Нұрланқызы, Ким Денис Олегович",
          audit_no="ЦНОА-14-2025", audit_date=D("2025-10-06"), audit_valid=D("2026-04-06"),
          signer="Абдрахманов Серик Каримович", sector="здравоохранение", poa_date=D("2026-04-08"))


def b6_application(seed):
    pu = P["pulmo"]
    pdf = Doc(seed=seed, created="2026-04-10T15:21:00", margins=(22, 16, 16), title="Заявление",
              author=pu["ru"], producer="Adobe Acrobat Pro (64-bit) 23.8", creator="Adobe Acrobat Pro (64-bit) 23.8")
    pdf.add_page()
    pdf.set_font("libserif", "", 11)
    pdf.set_xy(115, 16)
    pdf.multi_cell(75, 5.2, "Министерство здравоохранения\nРеспублики Казахстан", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.centered("ЗАЯВЛЕНИЕ", fam="libserif", size=14)
    pdf.centered("на включение в перечень доверенных систем\nискусственного интеллекта высокой степени риска",
                 fam="libserif", style="", size=12, lh=5.6, after=8)
    blank_line(pdf, "Заявитель (полное наименование):", pu["ru"], lsize=11.5, vfam="libmono", vsize=11)
    blank_line(pdf, "БИН:", pu["bin"], lsize=11.5, vsize=11)
    blank_line(pdf, "Место нахождения:", pu["addr"], lsize=11.5, vsize=11)
    blank_line(pdf, "Наименование системы искусственного интеллекта:", B6["system"], lsize=11.5, vsize=11)
    blank_line(pdf, "Номер версии:", B6["version"], lsize=11.5, vsize=11)
    pdf.ln(2)
    pdf.set_font("libserif", "", 11.5)
    pdf.cell(0, 6, "Сфера применения (отметить):", new_x="LMARGIN", new_y="NEXT")
    opts = ["финансовый сектор", "здравоохранение", "транспорт", "энергетика", "образование", "иное"]
    x, y = pdf.l_margin + 4, pdf.get_y() + 1
    for i, o in enumerate(opts):
        col, row = i % 3, i // 3
        bx, by = x + col * 56, y + row * 7.5
        pdf.set_line_width(0.3)
        pdf.rect(bx, by + 1.2, 4, 4)
        if o == B6["sector"]:
            pdf.set_font("libmono", "B", 11)
            pdf.set_xy(bx - 0.2, by + 0.6)
            pdf.cell(4.4, 5, "X", align="C")
        pdf.set_font("libserif", "", 11.5)
        pdf.set_xy(bx + 6, by)
        pdf.cell(48, 6.5, o + (": ________" if o == "иное" else ""))
    pdf.set_y(y + 16)
    blank_line(pdf, "Контактный адрес электронной почты:", pu["email"], lsize=11.5, vsize=11)
    blank_line(pdf, "Контактный телефон:", pu["phone"], lsize=11.5, vsize=11)
    pdf.ln(3)
    pdf.para("Описание системы прилагается (приложение 1). К заявлению прилагаются также копия свидетельства о "
             "внесении сведений в государственный реестр прав на объекты, охраняемые авторским правом, "
             f"№ {B6['cert_no']}, аудиторское заключение № {B6['audit_no']} и доверенность представителя.",
             fam="libserif", size=11.5, lh=5.6, indent=10)
    pdf.para("Заявитель подтверждает достоверность сведений, указанных в заявлении и приложенных документах.",
             fam="libserif", size=11.5, lh=5.6, indent=10)
    pdf.ln(6)
    # date: «__» ________ 20__ г. filled in
    y = pdf.get_y()
    pdf.set_font("libserif", "", 11.5)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(16, 7, "Дата: «")
    pdf.set_font("libmono", "", 11)
    pdf.cell(8, 7, f"{B6['app_date'].day:02d}", align="C")
    pdf.line(pdf.l_margin + 16, y + 5.8, pdf.l_margin + 24, y + 5.8)
    pdf.set_font("libserif", "", 11.5)
    pdf.cell(3, 7, "»")
    pdf.set_font("libmono", "", 11)
    pdf.cell(30, 7, RU_GEN[B6["app_date"].month - 1], align="C")
    pdf.line(pdf.l_margin + 27, y + 5.8, pdf.l_margin + 57, y + 5.8)
    pdf.set_font("libserif", "", 11.5)
    pdf.cell(20, 7, f" {B6['app_date'].year} г.")
    pdf.ln(14)
    y = pdf.get_y()
    pdf.set_font("libserif", "", 11.5)
    pdf.cell(34, 7, "Руководитель:")
    pdf.line(pdf.l_margin + 34, y + 5.8, pdf.l_margin + 70, y + 5.8)
    pdf.set_xy(pdf.l_margin + 72, y)
    pdf.cell(4, 7, "/")
    pdf.set_font("libmono", "", 11)
    pdf.cell(86, 7, B6["signer"], align="C")
    pdf.set_font("libserif", "", 11.5)
    pdf.cell(4, 7, "/")
    pdf.line(pdf.l_margin + 76, y + 5.8, pdf.l_margin + 162, y + 5.8)
    pdf.set_font("libserif", "I", 7.5)
    pdf.set_xy(pdf.l_margin + 34, y + 6)
    pdf.cell(36, 3, "(подпись)", align="C")
    pdf.set_xy(pdf.l_margin + 76, y + 6)
    pdf.cell(86, 3, "(фамилия, имя, отчество)", align="C")
    pdf.set_y(y + 22)
    pdf.set_font("libsans", "", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.multi_cell(0, 4, f"Документ подписан ЭЦП: АБДРАХМАНОВ СЕРИК, БИН {pu['bin']}, "
                         f"{num(B6['app_date'])} 15:21. Сертификат НУЦ РК 6c2e…91af.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    return pdf


def b6_description(seed):
    pu = P["pulmo"]
    pdf = Doc(raster=True, seed=seed, margins=(20, 20, 16), bottom=14)

    def head(p):
        p.set_font("libserif", "I", 9)
        p.set_xy(p.l_margin, 9)
        p.cell(0, 4, f"{pu['ru']} · Приложение 1 к заявлению от {num(B6['app_date'])}", align="R")
        p.set_y(18)
    pdf.on_header = head
    pdf.on_footer = footer_center("Стр. {p} из {nb}", fam="libserif", size=9)
    pdf.add_page()
    pdf.centered(f"Описание системы «{B6['system']}» (версия {B6['version']})", fam="libserif", size=13, after=5)
    H = dict(fam="libserif", style="B", size=11.5, align="L", after=1)
    T = dict(fam="libserif", size=11, lh=5.15, indent=8, after=1.5)
    pdf.para("I. Цель и сфера использования", **H)
    pdf.para(f"«{B6['system']}» — система анализа цифровых рентгенограмм органов грудной клетки для выявления "
             "признаков пневмонии, туберкулёза и новообразований лёгких при профилактических осмотрах и в приёмных "
             "отделениях. Система сортирует исследования по срочности и готовит черновик описания для врача-"
             "рентгенолога; диагноз система не ставит.", **T)
    pdf.para("II. Функции", **H)
    pdf.para("Получение исследований из PACS по протоколу DICOM; оценка качества снимка; локализация и "
             "классификация 11 видов патологических изменений с тепловой картой; расстановка приоритетов в рабочем "
             "списке; формирование черновика протокола описания; журналирование результатов и действий врачей.", **T)
    pdf.para("III. Обучающие и входные данные", **H)
    pdf.para("Обучение: 265 тыс. обезличенных рентгенограмм из девяти медицинских организаций Туркестанской, "
             "Жамбылской областей и г. Шымкента, переданных по договорам с разрешения этической комиссии, а также "
             "открытые наборы NIH ChestX-ray14 и VinDr-CXR. Разметку выполнили 14 рентгенологов, спорные случаи "
             "разрешались консилиумом. Входные данные в эксплуатации: изображение, пол и возраст пациента.", **T)
    pdf.para("IV. Риски и меры по их снижению", **H)
    pdf.para("Выявленные риски: пропуск туберкулёза на ранней стадии, гипердиагностика у пожилых пациентов, "
             "снижение качества на снимках передвижных аппаратов. Меры: раздельные пороги для разных типов "
             "аппаратов, ежемесячный контроль чувствительности по подтверждённым случаям, блокировка выдачи "
             "результата при низком качестве снимка, порядок отзыва версии при выявлении систематической ошибки.",
             **T)
    pdf.para("V. Контроль со стороны медицинского персонала", **H)
    pdf.para("Все результаты системы просматривает врач-рентгенолог, который подписывает окончательное описание; "
             "черновик системы без подписи врача в медицинскую карту не попадает. Врач может пометить результат как "
             "ошибочный, такие случаи разбирает заведующий отделением. Медицинская организация вправе в любой "
             "момент отключить сортировку по срочности.", **T)
    pdf.ln(6)
    y = pdf.get_y()
    pdf.set_font("libserif", "", 11)
    pdf.cell(60, 6, "Директор")
    pdf.set_x(130)
    pdf.cell(60, 6, "С. К. Абдрахманов", align="R")
    pdf.signature(88, y - 6, 30, 12, color=INK)
    return pdf


def b6_certificate(seed):
    pu = P["pulmo"]
    pdf = Doc(seed=seed, created="2025-11-03T16:40:00", margins=(24, 18, 22), title=f"Куәлік № {B6['cert_no']}",
              author="«Ұлттық зияткерлік меншік институты» РМК", producer="iText® 7.2.5")
    pdf.add_page()
    pdf.emblem(105, 28, 12, color=(18, 52, 105))
    pdf.set_y(45)
    pdf.centered("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ӘДІЛЕТ МИНИСТРЛІГІ\n«ҰЛТТЫҚ ЗИЯТКЕРЛІК МЕНШІК ИНСТИТУТЫ» РМК",
                 fam="dvsans", size=10.5, lh=5, after=10)
    pdf.centered("АВТОРЛЫҚ ҚҰҚЫҚПЕН ҚОРҒАЛАТЫН ОБЪЕКТІЛЕРГЕ\nҚҰҚЫҚТАРДЫҢ МЕМЛЕКЕТТІК ТІЗІЛІМІНЕ\n"
                 "МӘЛІМЕТТЕРДІ ЕНГІЗУ ТУРАЛЫ", fam="dvsans", size=11.5, lh=5.8, after=3)
    pdf.centered("КУӘЛІК", fam="dvsans", size=16, after=6)
    pdf.centered(f"№ {B6['cert_no']}                {num(B6['cert_date'])}", fam="dvsans", size=12, after=12)
    T = dict(fam="dvserif", size=12, lh=6.6, indent=10, after=3)
    pdf.para(f"Құқық иеленушісі {pu['kk']} (БСН {pu['bin']}) болып табылатын объект туралы мәліметтер "
             f"{B6['cert_date'].year} жылғы {B6['cert_date'].day} {KK_LOC[B6['cert_date'].month - 1]} авторлық "
             "құқықпен қорғалатын объектілерге құқықтардың мемлекеттік тізіліміне енгізілді.", **T)
    pdf.para("Объектінің түрі — ЭЕМ-ге арналған бағдарлама.", **T)
    pdf.para(f"Объектінің атауы — «{B6['system']}».", **T)
    pdf.para(f"Авторлары: {B6['authors']}.", **T)
    pdf.para(f"Объектінің жасалған күні: {num(B6['cert_created'])}. Өтінім № {B6['cert_appl']}, берілген күні "
             f"{num(B6['cert_filed'])}.", **T)
    y = 232
    pdf.qr(24, y, 26)
    pdf.set_font("dvsans", "", 10)
    pdf.set_xy(58, y + 3)
    pdf.multi_cell(130, 4.8, "Құжат электрондық цифрлық қолтаңбамен қол қойылған. Түпнұсқалығын QR-код немесе "
                   "www.kazpatent.kz сайты арқылы тексеруге болады.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(58, y + 17)
    pdf.set_font("dvsans", "B", 10)
    pdf.cell(130, 5, "Директор  Е. Т. Бектұров")
    return pdf


def b6_audit(seed):
    pu = P["pulmo"]
    a = dict(number=B6["audit_no"], date=B6["audit_date"], system=B6["system"], version=B6["version"], owner=pu["ru"],
             owner_bin=pu["bin"], contract="№ 22/25-А от 1 августа 2025 года",
             period="с 18 августа по 30 сентября 2025 года",
             object=("Система разработана Заказчиком; в состав объекта входят модели классификации и локализации "
                     "патологических изменений, модуль интеграции с PACS и рабочее место врача-рентгенолога."),
             tests=("Испытания проведены на 6 800 рентгенограммах двух медицинских организаций, не участвовавших в "
                    "формировании обучающего набора: чувствительность по туберкулёзу — 0,92, по пневмонии — 0,95, "
                    "специфичность — 0,90."),
             criteria=A3_CRIT,
             opinion=(f"5.1. По результатам аудита Аудитор выносит положительное заключение: система искусственного "
                      f"интеллекта «{B6['system']}» версии {B6['version']} соответствует требованиям, "
                      "предъявляемым к системам искусственного интеллекта высокой степени риска."),
             validity=("6.1. Срок действия настоящего заключения — шесть месяцев с даты его выдачи, то есть до "
                       f"{ru_w(B6['audit_valid'])}. Срок ограничен в связи с пилотным характером эксплуатации системы."))
    return audit_A3(a, seed, raster=True)


def b6_poa(seed):
    pu = P["pulmo"]
    pdf = Doc(raster=True, seed=seed, margins=(25, 18, 18))
    pdf.add_page()
    pdf.set_font("libserif", "B", 11)
    pdf.cell(0, 5, pu["ru"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("libserif", "", 9)
    pdf.cell(0, 4.5, f"БИН {pu['bin']} · {pu['addr']} · тел. {pu['phone']}", align="C", new_x="LMARGIN",
             new_y="NEXT")
    letterhead_rule(pdf, pdf.get_y() + 2, width=0.5)
    pdf.ln(16)
    pdf.centered("ДОВЕРЕННОСТЬ № 7", fam="libserif", size=14, after=6)
    pdf.set_font("libserif", "", 12)
    pdf.cell(60, 6, "г. Шымкент")
    pdf.cell(0, 6, "восьмое апреля две тысячи двадцать шестого года", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    T = dict(fam="libserif", size=12.5, lh=6.6, indent=12, after=3)
    pdf.para(f"{pu['ru']} (БИН {pu['bin']}) в лице директора Абдрахманова Серика Каримовича, действующего на "
             "основании Устава, настоящей доверенностью уполномочивает менеджера по регуляторным вопросам "
             f"Жанабаеву Алию Муратовну (ИИН {IIN_ZHANABAEVA}) представлять интересы Товарищества в Министерстве "
             "здравоохранения Республики Казахстан и подведомственных ему организациях по вопросу включения системы "
             f"искусственного интеллекта «{B6['system']}» в перечень доверенных систем искусственного интеллекта "
             "высокой степени риска.", **T)
    pdf.para("Для выполнения данного поручения представителю предоставляется право подавать и получать документы, "
             "в том числе уведомления о выявленных недостатках, давать пояснения, вносить исправления в поданные "
             "документы и подписывать необходимые сопроводительные письма.", **T)
    pdf.para("Доверенность выдана сроком на один год без права передоверия.", **T)
    pdf.ln(4)
    pdf.para("Подпись представителя ______________ удостоверяю.", fam="libserif", size=12.5, lh=6.6, align="L")
    pdf.signature(88, pdf.get_y() - 15, 30, 11, color=(30, 30, 30))
    pdf.ln(14)
    y = pdf.get_y()
    pdf.set_font("libserif", "", 12.5)
    pdf.cell(60, 7, "Директор")
    pdf.set_x(130)
    pdf.cell(55, 7, "С. К. Абдрахманов", align="R")
    pdf.signature(86, y - 6, 36, 14, color=INK)
    pdf.set_xy(pdf.l_margin + 4, y + 12)
    pdf.cell(20, 6, "М.П.")
    pdf.stamp(96, y + 8, seal("pulmo", "Шымкент", color=VIOLET, opacity=0.75, angle=-22))
    return pdf


# ==========================================================================
# B7  agriculture / eginscan  (PLANTED: description lacks the human-oversight section)
# ==========================================================================

B7 = dict(system="ЕгінСкан", version="1.2.0", app_date=D("2026-04-02"), cert_no="77826", cert_date=D("2026-01-15"),
          cert_created=D("2025-09-30"), cert_appl="133540", cert_filed=D("2026-01-08"),
          authors="Қасымов Бақытжан Өмірзақұлы, Петренко Ольга Сергеевна",
          audit_no="СА-2026/029", audit_date=D("2026-02-18"), audit_valid=D("2027-02-18"),
          signer="Қасымов Бақытжан Өмірзақұлы", sector="ауыл шаруашылығы")


def b7_application(seed):
    ag = P["agro"]
    pdf = Doc(raster=True, seed=seed, margins=(24, 15, 15))
    pdf.add_page()
    pdf.set_font("dvserif", "", 11.5)
    pdf.set_xy(112, 16)
    pdf.multi_cell(80, 5.6, "Қазақстан Республикасы\nАуыл шаруашылығы министрлігіне", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.centered("ӨТІНІШ", fam="dvserif", size=14, after=1)
    pdf.centered("жасанды интеллект жүйесін жоғары қауіпті сенімді жасанды\nинтеллект жүйелерінің тізбесіне енгізу "
                 "туралы", fam="dvserif", style="", size=11.5, lh=5.6, after=6)
    pdf.para("Төменде көрсетілген жасанды интеллект жүйесін жоғары қауіпті сенімді жасанды интеллект жүйелерінің "
             "тізбесіне енгізуді сұраймын.", fam="dvserif", size=11.5, lh=5.8, indent=10, after=3)
    J = 0.4
    kw = dict(lfam="dvserif", lsize=11.5, vfam="dvmono", vsize=11, jitter=J)
    blank_line(pdf, "1. Өтініш берушінің атауы:", ag["kk"], caption="(заңды тұлғаның толық атауы)", **kw)
    blank_line(pdf, "2. БСН:", ag["bin"], caption="(бизнес-сәйкестендіру нөмірі)", **kw)
    blank_line(pdf, "3. Заңды мекенжайы:", ag["addr"], **kw)
    blank_line(pdf, "4. Жасанды интеллект жүйесінің атауы:", B7["system"], **kw)
    blank_line(pdf, "5. Жүйенің нұсқасы:", B7["version"], **kw)
    blank_line(pdf, "6. Қолданылу саласы:", B7["sector"], **kw)
    blank_line(pdf, "7. Электрондық пошта:", ag["email"], **kw)
    blank_line(pdf, "8. Телефон:", ag["phone"], **kw)
    pdf.ln(3)
    pdf.para("Қосымшалар: 1) жүйенің сипаттамасы; 2) куәліктің көшірмесі; 3) аудиторлық қорытынды.",
             fam="dvserif", size=11, lh=5.4, align="L")
    pdf.ln(4)
    blank_line(pdf, "Өтініш күні:", kk_w(B7["app_date"]), **kw)
    pdf.ln(6)
    y = pdf.get_y()
    pdf.set_font("dvserif", "", 11.5)
    pdf.cell(30, 8, "Директор")
    pdf.set_line_width(0.2)
    pdf.line(pdf.l_margin + 30, y + 6.7, pdf.l_margin + 64, y + 6.7)
    pdf.set_font("dvmono", "", 11)
    pdf.set_xy(pdf.l_margin + 70, y)
    pdf.cell(96, 8, B7["signer"], align="C")
    pdf.line(pdf.l_margin + 68, y + 6.7, pdf.w - pdf.r_margin, y + 6.7)
    pdf.set_font("dvserif", "I", 7.5)
    pdf.set_xy(pdf.l_margin + 30, y + 6.9)
    pdf.cell(34, 3, "(қолы)", align="C")
    pdf.set_xy(pdf.l_margin + 68, y + 6.9)
    pdf.cell(pdf.w - pdf.r_margin - pdf.l_margin - 68, 3, "(тегі, аты, әкесінің аты)", align="C")
    pdf.set_font("dvserif", "", 11)
    pdf.set_xy(pdf.l_margin + 4, y + 15)
    pdf.cell(20, 6, "М.О.")
    pdf.signature(pdf.l_margin + 30, y - 5, 38, 14, color=INK)
    pdf.stamp(pdf.l_margin + 44, y + 9, seal("agro", "Қостанай", color=VIOLET, opacity=0.74, angle=35))
    return pdf


def b7_description(seed):
    ag = P["agro"]
    pdf = Doc(seed=seed, created="2026-03-31T10:05:00", margins=(25, 20, 15), title="Описание системы ЕгінСкан",
              author=ag["ru"], producer="Microsoft® Word 2019")
    pdf.on_footer = footer_center("{p}", fam="libsans", size=9)
    pdf.add_page()
    pdf.centered("Описание системы искусственного интеллекта", fam="libsans", size=13, after=1)
    pdf.centered(f"«{B7['system']}», версия {B7['version']}", fam="libsans", size=13, after=8)
    H = dict(fam="libsans", style="B", size=11.5, align="L", after=1.5)
    T = dict(fam="libsans", size=11, lh=5.6, indent=10, after=2)
    pdf.para("1. Назначение", **H)
    pdf.para(f"«{B7['system']}» предназначена для оценки состояния посевов зерновых культур по данным спутниковой "
             "съёмки Sentinel-2 и Landsat 9 и прогноза урожайности на уровне поля. Результаты используются "
             "страховыми компаниями при урегулировании убытков по договорам агрострахования и местными "
             "исполнительными органами при проверке заявок на субсидии.", **T)
    pdf.para("2. Функции системы", **H)
    for item in ["загрузка и атмосферная коррекция спутниковых снимков;",
                 "расчёт вегетационных индексов NDVI, NDWI и EVI по каждому полю;",
                 "распознавание возделываемой культуры;",
                 "выявление участков гибели посевов (засуха, градобой, переувлажнение) и расчёт их площади;",
                 "прогноз урожайности за 30–45 дней до уборки;",
                 "формирование отчёта по полю в формате PDF и передача результата во внешние системы по API."]:
        pdf.para("• " + item, fam="libsans", size=11, lh=5.6, after=0.6, x=pdf.l_margin + 6,
                 w=pdf.w - pdf.l_margin - pdf.r_margin - 6, align="L")
    pdf.ln(1.5)
    pdf.para("3. Используемые данные", **H)
    pdf.para("Для обучения использованы спутниковые снимки 2017–2025 годов (открытые данные Copernicus и USGS), "
             "данные полевых обследований 4 800 полей в Костанайской, Акмолинской и Северо-Казахстанской областях, "
             "предоставленные хозяйствами по договорам, и официальная статистика урожайности Бюро национальной "
             "статистики. Персональные данные физических лиц не обрабатываются; из сведений о хозяйствах "
             "используются только наименование и кадастровый номер участка.", **T)
    pdf.para("4. Управление рисками", **H)
    pdf.para("Основные риски — ошибочная оценка гибели посевов и, как следствие, необоснованный отказ в страховой "
             "выплате или субсидии; снижение точности при облачности и на полях малой площади. Меры: при "
             "облачности более 40 % оценка по снимку не выдаётся; для полей менее 20 га применяется только снимок "
             "высокого разрешения; модель ежегодно перекалибруется по данным полевых обследований; ведётся реестр "
             "рисков с ежеквартальным пересмотром.", **T)
    pdf.para("5. Техническое сопровождение", **H)
    pdf.para("Сопровождение системы осуществляет ТОО «Агро Болжам». Обновления модели выпускаются перед каждым "
             "полевым сезоном; доступность сервиса — не ниже 99,5 % в месяц; обращения пользователей принимаются "
             "по электронной почте и телефону в рабочие дни с 9:00 до 18:00.", **T)
    pdf.ln(8)
    pdf.set_font("libsans", "", 11)
    pdf.cell(60, 6, "Директор")
    pdf.set_x(125)
    pdf.cell(60, 6, "Б. Ө. Қасымов", align="R")
    return pdf


def b7_certificate(seed):
    ag = P["agro"]
    pdf = Doc(raster=True, seed=seed, margins=(24, 15, 22))
    pdf.add_page()
    pdf.emblem(40, 28, 13)
    pdf.set_xy(60, 18)
    pdf.set_font("libserif", "B", 12)
    pdf.multi_cell(128, 6, "РЕСПУБЛИКА КАЗАХСТАН\nНАЦИОНАЛЬНЫЙ ИНСТИТУТ\nИНТЕЛЛЕКТУАЛЬНОЙ СОБСТВЕННОСТИ",
                   align="L", new_x="LMARGIN", new_y="NEXT")
    letterhead_rule(pdf, 46, width=0.8)
    pdf.set_y(62)
    pdf.centered(f"СВИДЕТЕЛЬСТВО № {B7['cert_no']}", fam="libserif", size=18, after=2)
    pdf.centered("о внесении сведений в государственный реестр прав\nна объекты, охраняемые авторским правом",
                 fam="libserif", style="", size=12.5, lh=6, after=3)
    pdf.centered(f"Выдано {ru_w(B7['cert_date'])}", fam="libserif", style="I", size=12, after=14)
    T = dict(fam="libserif", size=12.5, lh=7.0, indent=12, after=3)
    pdf.para("Настоящим удостоверяется, что в государственный реестр прав на объекты, охраняемые авторским правом, "
             f"внесены сведения о программе для ЭВМ «{B7['system']}».", **T)
    pdf.para("Вид объекта: программа для ЭВМ.", **T)
    pdf.para(f"Дата создания объекта: {ru_g(B7['cert_created'])}", **T)
    pdf.para(f"Авторы: {B7['authors']}.", **T)
    pdf.para(f"Правообладатель: {ag['ru']} (БИН {ag['bin']}).", **T)
    pdf.para(f"Сведения внесены на основании заявления № {B7['cert_appl']}, поступившего {ru_g(B7['cert_filed'])}",
             **T)
    y = 226
    pdf.qr(24, y, 24)
    pdf.set_font("libserif", "", 11.5)
    pdf.set_xy(56, y + 4)
    pdf.multi_cell(70, 5.6, "Директор\n(подписано ЭЦП)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(135, y + 9)
    pdf.cell(50, 5.6, "Е. Т. Бектұров", align="R")
    pdf.stamp(150, 262, seal("agro", "Қостанай", color=VIOLET, opacity=0.6, diam=36, angle=-8))
    pdf.set_font("libserif", "B", 10)
    pdf.set_xy(100, 258)
    pdf.cell(40, 5, "Копия верна")
    return pdf


def b7_audit(seed):
    ag = P["agro"]
    a = dict(lang="ru", number=B7["audit_no"], date=B7["audit_date"], valid=B7["audit_valid"], system=B7["system"],
             version=B7["version"], owner=ag["ru"], owner_bin=ag["bin"],
             contract="договор на оказание услуг по аудиту № 104-А от 5 января 2026 года",
             period="с 12 января по 11 февраля 2026 года",
             **audit_texts_ru(B7["system"], B7["version"], ag["ru"],
                              "включая модели классификации культур и оценки гибели посевов, модуль прогноза "
                              "урожайности, программный интерфейс и эксплуатационную документацию.",
                              "Независимое тестирование выполнено на 620 полях сезона 2025 года с данными наземного "
                              "обследования, не использованных при обучении.",
                              "точность выявления гибели посевов 0,89; ошибка прогноза урожайности 8,4 %"),
             opinion=("По результатам аудита ТОО «Сенім Аудит» выражает ПОЛОЖИТЕЛЬНОЕ заключение: система "
                      f"искусственного интеллекта «{B7['system']}» версии {B7['version']} соответствует требованиям, "
                      "предъявляемым законодательством Республики Казахстан к системам искусственного интеллекта "
                      "высокой степени риска."),
             validity=("Настоящее заключение действительно в течение двенадцати месяцев с даты выдачи, то есть до "
                       f"{ru_w(B7['audit_valid'])}, при условии неизменности проверенной версии системы."),
             signers=[("Директор\nТОО «Сенім Аудит»", "А. К. Жұмабеков"),
                      ("Аудитор\n(сертификат аудитора ИИ № AI-0231)", "Д. Е. Нұрпейісов")])
    return audit_A1(a, seed)


# ==========================================================================
# B8  energy / gridmonitor  (clean)
# ==========================================================================

B8 = dict(system="ГридМонитор", version="5.1.2", app_date=D("2026-04-20"), out_no="СЭС-214", cert_no="75604",
          cert_date=D("2025-06-30"), cert_created=D("2025-05-12"), cert_appl="119862", cert_filed=D("2025-06-20"),
          authors="Ахметжанов Данияр Маратович, Ли Сергей Викторович, Жүсіпова Айгүл Серікқызы",
          audit_no="ӘС-041/26", audit_date=D("2026-03-25"), audit_valid=D("2027-03-25"),
          signer="Ахметжанов Д. М.", sector="энергетика")


def b8_letter(seed):
    sm = P["samal"]
    pdf = Doc(raster=True, seed=seed, margins=(25, 12, 15))
    pdf.add_page()
    pdf.set_font("libserif", "B", 16)
    pdf.set_text_color(0, 90, 50)
    pdf.cell(0, 8, "ТОО «САМАЛ ЭНЕРГО СЕРВИС»", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("libserif", "", 8.5)
    pdf.set_text_color(60, 60, 60)
    pdf.multi_cell(0, 4, f"{sm['addr']}\nБИН {sm['bin']} · тел. {sm['phone']} · e-mail: {sm['email']}",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    letterhead_rule(pdf, pdf.get_y() + 1.5, color=(0, 90, 50), width=1.2)
    pdf.set_font("libserif", "", 12)
    pdf.set_xy(25, 40)
    pdf.multi_cell(80, 5.8, f"Исх. № {B8['out_no']}\nот {ru_q(B8['app_date']).replace(' г.', ' года')}",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(115, 40)
    pdf.multi_cell(75, 5.8, "Министерство энергетики\nРеспублики Казахстан", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(66)
    pdf.centered("Заявление о включении системы в перечень доверенных\nсистем искусственного интеллекта высокой "
                 "степени риска", fam="libserif", style="B", size=12, lh=5.8, after=6)
    T = dict(fam="libserif", size=12.5, lh=6.3, indent=12, after=2.5)
    pdf.para(f"{sm['ru']}, БИН {sm['bin']}, просит включить принадлежащую ему систему искусственного интеллекта "
             f"«{B8['system']}», версия {B8['version']}, в перечень доверенных систем искусственного интеллекта "
             "высокой степени риска.", **T)
    pdf.para(f"Сфера применения системы — {B8['sector']}. «{B8['system']}» применяется в распределительных "
             "электрических сетях 6–10 кВ Павлодарской области для раннего выявления повреждений линий и "
             "трансформаторных подстанций и подготовки рекомендаций по переключениям и ограничению нагрузки. "
             "Описание системы приложено к настоящему заявлению.", **T)
    pdf.para(f"Исключительные права на систему принадлежат Товариществу (свидетельство № {B8['cert_no']} от "
             f"{num(B8['cert_date'])}). Аудит проведён {P['adil']['ru']}, заключение № {B8['audit_no']} от "
             f"{num(B8['audit_date'])} положительное.", **T)
    pdf.para(f"Ответ и уведомления просим направлять по адресу: {sm['email']}.", **T)
    pdf.ln(2)
    pdf.para("Приложение: по описи на 5 л.", fam="libserif", size=12, align="L")
    pdf.ln(14)
    y = pdf.get_y()
    pdf.set_font("libserif", "", 12.5)
    pdf.cell(70, 7, "Генеральный директор")
    pdf.set_x(135)
    pdf.cell(50, 7, B8["signer"], align="R")
    pdf.signature(96, y - 8, 38, 15, color=INK)
    pdf.stamp(118, y + 2, seal("samal", "Павлодар", color=BLUE, opacity=0.74, angle=-28))
    pdf.set_y(262)
    pdf.set_font("libserif", "", 9)
    pdf.multi_cell(90, 4.2, "Исп.: Мусина Ж. К.\nтел. 8 (7182) 32-44-93", new_x="LMARGIN", new_y="NEXT")
    return pdf


def b8_description(seed):
    sm = P["samal"]
    pdf = Doc(seed=seed, created="2026-04-17T11:30:00", margins=(20, 18, 18), title="Жүйенің сипаттамасы",
              author=sm["kk"], producer="Microsoft® Word 2016")
    pdf.on_footer = footer_center("{p}-бет", fam="dvsans", size=8.5)
    pdf.add_page()
    pdf.centered(f"«{B8['system']}» жүйесінің сипаттамасы", fam="dvsans", size=13.5, after=1)
    pdf.centered(f"{B8['version']} нұсқасы", fam="dvsans", style="", size=11, after=7)
    rows = [
        ("Мақсаты", f"«{B8['system']}» 6–10 кВ тарату электр желілеріндегі зақымдануларды ерте анықтауға және "
                    "диспетчерге ауыстырып қосулар мен жүктемені шектеу бойынша ұсыныстар дайындауға арналған. "
                    "Жүйе Павлодар облысының тарату желілерінде қолданылады."),
        ("Функциялары", "• телемеханика мен смарт-есептегіштерден деректер жинау;\n"
                        "• желілік жабдықтың ақаулану ықтималдығын бағалау;\n"
                        "• зақымдану орнын анықтау және оны оқшаулау сұлбасын ұсыну;\n"
                        "• жүктемені шектеу кезегін есептеу;\n"
                        "• оқиғалар мен диспетчер әрекеттерінің журналын жүргізу."),
        ("Пайдаланылатын деректер", "Оқыту үшін 2016–2025 жылдардағы 14 мың авариялық оқиға туралы жазбалар, "
                                    "телемеханика деректері және жабдықтың техникалық қызмет көрсету тарихы "
                                    "пайдаланылды. Тұтынушылардың дербес деректері өңделмейді. Деректер "
                                    "Серіктестіктің Павлодар қаласындағы серверлерінде сақталады."),
        ("Тәуекелдерді басқару", "Негізгі тәуекелдер: қате ұсыныс салдарынан тұтынушыларды негізсіз ажырату және "
                                 "зақымдануды кеш анықтау. Әр ұсыныс үшін сенімділік деңгейі есептеледі; модельдің "
                                 "сапасы ай сайын нақты оқиғалармен салыстырылады; тәуекелдер тізілімін бас "
                                 "инженер жүргізеді."),
        ("Адамның бақылауы", "Жүйе жабдықты өз бетінше ажыратпайды: барлық ауыстырып қосулар мен жүктемені "
                             "шектеу туралы шешімді кезекші диспетчер қабылдайды. Диспетчер жүйенің ұсынысын "
                             "өзгерте немесе қабылдамай алады; мұндай жағдайлар апта сайын талданады."),
    ]
    kv_table(pdf, rows, (46, 124), fam="dvsans", size=10, lh=5.3, head=("Бөлім", "Мазмұны"), bold_first=True,
             padding=1.8, head_fill=(220, 235, 225))
    pdf.ln(10)
    pdf.set_font("dvsans", "", 10.5)
    pdf.cell(70, 6, "Бас директор")
    pdf.set_x(130)
    pdf.cell(60, 6, "Д. М. Ахметжанов", align="R")
    return pdf


def b8_certificate(seed):
    sm = P["samal"]
    pdf = Doc(raster=True, seed=seed, margins=(22, 15, 22))
    pdf.add_page()
    pdf.emblem(105, 24, 10)
    pdf.set_y(37)
    pdf.centered("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ / РЕСПУБЛИКА КАЗАХСТАН", fam="dvsans", size=10.5, after=1)
    pdf.centered("«Ұлттық зияткерлік меншік институты» РМК / РГП «Национальный институт интеллектуальной "
                 "собственности»", fam="dvsans", style="", size=8.5, after=6)
    pdf.centered("КУӘЛІК / СВИДЕТЕЛЬСТВО", fam="dvsans", size=16, after=1)
    pdf.centered("авторлық құқықпен қорғалатын объектілерге құқықтардың мемлекеттік тізіліміне мәліметтерді енгізу "
                 "туралы / о внесении сведений в государственный реестр прав на объекты, охраняемые авторским "
                 "правом", fam="dvsans", style="", size=9, lh=4.4, after=6)
    rows = [
        ("Куәліктің нөмірі / Номер свидетельства", B8["cert_no"]),
        ("Берілген күні / Дата выдачи", num(B8["cert_date"])),
        ("Өтінім нөмірі / Номер заявки", B8["cert_appl"]),
        ("Өтінім берілген күн / Дата подачи заявки", num(B8["cert_filed"])),
        ("Объектінің түрі / Вид объекта", "программа для ЭВМ"),
        ("Объектінің атауы / Название объекта", B8["system"]),
        ("Авторлары / Авторы", B8["authors"]),
        ("Құқық иеленуші / Правообладатель", sm["ru"]),
        ("Құқық иеленушінің БСН / БИН правообладателя", sm["bin"]),
        ("Объектінің жасалған күні / Дата создания объекта", num(B8["cert_created"])),
    ]
    kv_table(pdf, rows, (78, 88), fam="dvsans", size=10, lh=5.8, padding=1.6)
    pdf.ln(8)
    y = pdf.get_y()
    pdf.qr(22, y, 24)
    pdf.set_font("dvsans", "", 9)
    pdf.set_xy(52, y + 2)
    pdf.multi_cell(136, 4.4, "ЭЦҚ-мен қол қойылған / Подписано ЭЦП\nДиректор / Директор: Е. Т. Бектұров\n"
                   "www.kazpatent.kz", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dvsans", "B", 10.5)
    pdf.set_xy(110, 250)
    pdf.cell(70, 6, "Копия верна")
    pdf.set_font("dvsans", "", 9.5)
    pdf.set_xy(110, 257)
    pdf.cell(80, 5, "Генеральный директор ______ Ахметжанов Д. М.")
    pdf.signature(150, 251, 22, 10, color=INK)
    pdf.stamp(140, 256, seal("samal", "Павлодар", color=BLUE, opacity=0.7, diam=38, angle=50))
    return pdf


def b8_audit(seed):
    sm, A = P["samal"], P["adil"]
    pdf = Doc(seed=seed, created="2026-03-25T16:45:00", margins=(15, 32, 15), bottom=18,
              title=f"Аудиторлық қорытынды / Аудиторское заключение {B8['audit_no']}", author=A["ru"],
              producer="Microsoft® Word 2019")

    def head(p):
        p.set_fill_color(150, 30, 40)
        p.rect(99, 9, 12, 12, style="F")
        p.set_text_color(255, 255, 255)
        p.set_font("dvsans", "B", 10)
        p.set_xy(99, 12)
        p.cell(12, 6, "ӘС", align="C")
        p.set_text_color(150, 30, 40)
        p.set_font("dvsans", "B", 10.5)
        p.set_xy(15, 9)
        p.cell(80, 5, A["kk"].upper())
        p.set_xy(115, 9)
        p.cell(80, 5, A["ru"].upper(), align="R")
        p.set_font("dvsans", "", 7.5)
        p.set_text_color(80, 80, 80)
        p.set_xy(15, 15)
        p.multi_cell(80, 3.5, f"БСН {A['bin']}\nАстана қ., Сығанақ к-сі, 10, 604-кеңсе", new_x="LMARGIN", new_y="NEXT")
        p.set_xy(115, 15)
        p.multi_cell(80, 3.5, f"БИН {A['bin']}\n{A['addr']}", align="R", new_x="LMARGIN", new_y="NEXT")
        p.set_text_color(0, 0, 0)
        letterhead_rule(p, 25, color=(150, 30, 40), width=0.7)
        p.set_y(32)
    pdf.on_header = head
    pdf.on_footer = footer_center("{p}-бет / стр. {p} из {nb}", fam="dvsans", size=8)
    pdf.add_page()
    colw, gap = 87, 6
    xl, xr = 15, 15 + colw + gap
    fam = "dvcond"

    def pair(kk, ru, style="", size=10.5, lh=5.1, align="J", after=2.2, keep=0):
        hk = pdf.height_of(colw, lh, kk, fam, style, size)
        hr = pdf.height_of(colw, lh, ru, fam, style, size)
        if pdf.get_y() + max(hk, hr) + keep > pdf.h - pdf.b_margin:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font(fam, style, size)
        pdf.set_xy(xl, y)
        pdf.multi_cell(colw, lh, kk, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.set_xy(xr, y)
        pdf.multi_cell(colw, lh, ru, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(y + max(hk, hr) + after)
    pair(f"АУДИТОРЛЫҚ ҚОРЫТЫНДЫ\n№ {B8['audit_no']}", f"АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ\n№ {B8['audit_no']}", style="B",
         size=13, lh=6.2, align="C")
    pair("жасанды интеллект жүйесінің аудиті нәтижелері бойынша",
         "по результатам аудита системы искусственного интеллекта", size=10, align="C", after=4)
    pair(f"Астана қ., {kk_w(B8['audit_date'])}", f"г. Астана, {ru_w(B8['audit_date'])}", style="I", size=10,
         align="C", after=6)
    secs = [
        ("1. Жалпы мәліметтер", "1. Общие сведения",
         f"Аудитор: {A['kk']}, БСН {A['bin']}. Жүйе иесі: {sm['kk']}, БСН {sm['bin']}. Аудит 2026 жылғы 16 "
         "ақпандағы № 12/26-ЖИ шарт негізінде 2026 жылғы 2–20 наурыз аралығында жүргізілді.",
         f"Аудитор: {A['ru']}, БИН {A['bin']}. Владелец системы: {sm['ru']}, БИН {sm['bin']}. Аудит проведён "
         "со 2 по 20 марта 2026 года на основании договора № 12/26-ИИ от 16 февраля 2026 года."),
        ("2. Аудит объектісі", "2. Объект аудита",
         f"«{B8['system']}» жасанды интеллект жүйесі, {B8['version']} нұсқасы: ақаулануды болжау модельдері, "
         "зақымдану орнын анықтау модулі және диспетчердің жұмыс орны.",
         f"Система искусственного интеллекта «{B8['system']}», версия {B8['version']}: модели прогнозирования "
         "отказов, модуль определения места повреждения и рабочее место диспетчера."),
        ("3. Аудит көлемі мен әдістері", "3. Объём и методы аудита",
         "Аудит барысында оқыту деректерінің сапасы мен заңдылығы бағаланды, сондай-ақ жүйеде заңмен тыйым "
         "салынған функциялардың жоқтығы тексерілді. Модель 2025 жылғы оқиғалардың оқытуға кірмеген 1 150 "
         "жазбасында тексерілді.",
         "В ходе аудита оценены качество и законность обучающих данных, а также проверено отсутствие у системы "
         "функций, запрещённых законом. Модель проверена на 1 150 записях об инцидентах 2025 года, не "
         "использованных при обучении."),
    ]
    for hk, hr, tk, tr in secs:
        pair(hk, hr, style="B", size=11, after=1, keep=22)
        pair(tk, tr)
    pair("4. Өлшемдер бойынша нәтижелер", "4. Результаты по критериям", style="B", size=11, after=2, keep=22)
    pdf.set_x(15)
    kv_table(pdf, [("Оқыту деректерінің сапасы мен заңдылығы / Качество и законность обучающих данных",
                    "Сәйкес / Соответствует"),
                   ("Тыйым салынған функциялардың болмауы / Отсутствие запрещённых функций", "Сәйкес / Соответствует"),
                   ("Дәлдік және сенімділік / Точность и надёжность", "Сәйкес / Соответствует"),
                   ("Тәуекелдерді басқару / Управление рисками", "Сәйкес / Соответствует"),
                   ("Адамның бақылауы / Контроль человеком", "Сәйкес / Соответствует"),
                   ("Ақпараттық қауіпсіздік / Информационная безопасность", "Сәйкес / Соответствует")],
             (128, 52), fam=fam, size=9.5, lh=5.0, head=("Өлшем / Критерий", "Нәтиже / Результат"),
             align=("LEFT", "CENTER"), head_fill=(242, 236, 236))
    pdf.ln(4)
    pair("5. Қорытынды", "5. Вывод", style="B", size=11, after=1, keep=22)
    pair(f"Аудит нәтижелері бойынша «{B8['system']}» жүйесіне ({B8['version']} нұсқасы) ОҢ аудиторлық қорытынды "
         "беріледі: жүйе жоғары қауіпті жасанды интеллект жүйелеріне қойылатын талаптарға сәйкес келеді.",
         f"По результатам аудита системе «{B8['system']}» (версия {B8['version']}) выдаётся ПОЛОЖИТЕЛЬНОЕ "
         "аудиторское заключение: система соответствует требованиям, предъявляемым к системам искусственного "
         "интеллекта высокой степени риска.")
    pair("6. Қолданылу мерзімі", "6. Срок действия", style="B", size=11, after=1, keep=22)
    pair(f"Қорытынды {kk_until(B8['audit_valid'])} (он екі ай) күшінде болады.",
         f"Заключение действительно до {ru_w(B8['audit_valid'])} (двенадцать месяцев).")
    if pdf.get_y() > 240:
        pdf.add_page()
    y = pdf.get_y() + 8
    pdf.set_font("dvcond", "", 10.5)
    pdf.set_xy(15, y)
    pdf.multi_cell(90, 5, "Бас директор / Генеральный директор", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(150, y)
    pdf.cell(45, 5, "С. Н. Тұрсынов", align="R")
    pdf.line(112, y + 5, 146, y + 5)
    pdf.signature(112, y - 6, 30, 12, color=INK)
    pdf.set_xy(15, y + 12)
    pdf.cell(90, 5, "Аудиторлық топ жетекшісі / Руководитель группы")
    pdf.set_xy(150, y + 12)
    pdf.cell(45, 5, "Ғ. Б. Исабекова", align="R")
    pdf.line(112, y + 17, 146, y + 17)
    pdf.signature(113, y + 6, 28, 11, color=INK)
    pdf.stamp(128, y + 10, dict(outer="«ӘДІЛ САРАПТАМА» ЖШС • ТОО «ӘДІЛ САРАПТАМА» • АСТАНА • ",
                                inner=["БСН / БИН", A["bin"]], color=BLUE, diam=40, opacity=0.7, angle=16))
    return pdf


def b8_inventory(seed):
    sm = P["samal"]
    pdf = Doc(seed=seed, created="2026-04-20T10:02:00", margins=(25, 20, 15), title="Опись документов",
              author=sm["ru"], producer="Microsoft® Excel 2016")
    pdf.add_page()
    pdf.centered("ОПИСЬ", fam="libserif", size=14)
    pdf.centered(f"документов, прилагаемых к заявлению {sm['ru']}\nисх. № {B8['out_no']} от {num(B8['app_date'])}",
                 fam="libserif", style="", size=12, lh=5.8, after=8)
    rows = [("1", f"Описание системы «{B8['system']}» (на казахском языке)", "1"),
            ("2", f"Копия свидетельства № {B8['cert_no']} от {num(B8['cert_date'])}", "1"),
            ("3", f"Аудиторское заключение № {B8['audit_no']} от {num(B8['audit_date'])}", "2"),
            ("4", "Опись документов", "1"),
            ("", "Итого", "5")]
    kv_table(pdf, rows, (14, 122, 24), fam="libserif", size=11.5, lh=7, head=("№", "Наименование документа",
                                                                                "Листов"),
             align=("CENTER", "LEFT", "CENTER"))
    pdf.ln(14)
    pdf.set_font("libserif", "", 12)
    pdf.cell(70, 6, "Документы сдал:")
    pdf.cell(0, 6, "Мусина Ж. К.", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.cell(70, 6, "Документы принял:")
    pdf.cell(0, 6, "______________________", align="R", new_x="LMARGIN", new_y="NEXT")
    return pdf


# ==========================================================================
# labels and bundle assembly
# ==========================================================================

ALL5 = dict(purpose=True, functions=True, data=True, risk_management=True, human_oversight=True)


def app_fields(name, bin_, system, version, sector, date, email, signer):
    f = dict(applicant_name=name, applicant_bin=bin_, system_name=system, system_version=version)
    if sector:
        f["sector"] = sector
    f["application_date"] = date.isoformat()
    if email:
        f["contact_email"] = email
    if signer:
        f["signatory"] = signer
    return f


def cert_fields(no, date, otype, title, authors, holder=None, holder_bin=None, created=None, appl=None):
    f = dict(certificate_number=no, issue_date=date.isoformat(), object_type=otype, object_title=title, authors=authors)
    if holder:
        f["right_holder"] = holder
    if holder_bin:
        f["right_holder_bin"] = holder_bin
    if created:
        f["creation_date"] = created.isoformat()
    if appl:
        f["application_number"] = appl
    return f


def agr_fields(no, date, grantor, grantee, grantee_bin, title, valid=None):
    f = dict(agreement_number=no, agreement_date=date.isoformat(), grantor=grantor, grantee=grantee)
    if grantee_bin:
        f["grantee_bin"] = grantee_bin
    f["object_title"] = title
    if valid:
        f["valid_until"] = valid.isoformat()
    return f


def audit_fields(no, date, auditor, auditor_bin, system, version, owner, owner_bin, valid):
    return dict(conclusion_number=no, conclusion_date=date.isoformat(), auditor_name=auditor, auditor_bin=auditor_bin,
                system_name=system, system_version=version, system_owner=owner, system_owner_bin=owner_bin,
                result="positive", valid_until=valid.isoformat(), covers_training_data=True,
                covers_prohibited_functions=True)


def L(type_, src, lang, fields):
    return dict(type=type_, text_source=src, language=lang, fields=fields)


def bundles():
    z, t, al, e, s, k, sm, pu, ag, sa = (P[x] for x in ("zhurek", "tabys", "algoritm", "energo", "sapaly", "kolik",
                                                        "smart", "pulmo", "agro", "samal"))
    SN, AD, CN = P["senim"], P["adil"], P["cnoa"]
    out = []
    # ---------------- half 1 ----------------
    out.append(dict(
        half="half_1", sector="health", name="kardiosense", app_id="HLT-2026-0117",
        submitted="2026-03-11T09:40:00+05:00", outcome="complete", failing=[], planted=None,
        docs=[
            dict(file="zayavlenie_kardiosense.jpg", build=b1_application,
                 out=("jpg", dict(dpi=200, skew=1.3, noise=6.0, q=72)),
                 style="Russian form with underlined blanks, values typed on the line (mono), captions under lines; "
                       "JPEG scan 200 dpi, skew 1.3°, violet stamp + ink signature over the signature line",
                 labels=[L("application", "ocr", "ru", app_fields(z["ru"], z["bin"], B1["system"], B1["version"],
                                                                   B1["sector"], B1["app_date"], z["email"],
                                                                   B1["signer"]))]),
            dict(file="opisanie_sistemy.pdf", build=b1_description, out=("pdf", {}),
                 style="Text PDF (Liberation Serif), headings in other words («Назначение и область применения», "
                       "«Функциональные возможности», «Сведения об обрабатываемых данных», «Меры по управлению "
                       "рисками», «Порядок контроля со стороны человека»), footer «Стр. N из 2»",
                 labels=[L("system_description", "text_layer", "ru", dict(ALL5))]),
            dict(file=f"svidetelstvo_{B1['cert_no']}.tif", build=b1_certificate,
                 out=("tif1", dict(dpi=300, skew=0.7, noise=5.0, threshold=150)),
                 style="Certificate (ru) as ruled table, date in words; bilevel G4 TIFF 300 dpi, skew 0.7°, "
                       "applicant's «КОПИЯ ВЕРНА» mark; violet stamp partly dropped out by binarisation",
                 labels=[L("ip_certificate", "ocr", "ru",
                           cert_fields(B1["cert_no"], B1["cert_date"], "Программа для ЭВМ", B1["system"],
                                       B1["authors"], z["ru"], z["bin"], B1["cert_created"], B1["cert_appl"]))]),
            dict(file="zakliuchenie_SA-2026-031.pdf", build=b1_audit, out=("pdf", {}),
                 style="Audit report (ru), text PDF: cover page, contents, numbered sections, criteria table, "
                       "auditor in letterhead + signature block, validity in words; embedded stamp/signature images",
                 labels=[L("audit_conclusion", "text_layer", "ru",
                           audit_fields(B1["audit_no"], B1["audit_date"], SN["ru"], SN["bin"], B1["system"],
                                        B1["version"], z["ru"], z["bin"], B1["audit_valid"]))]),
        ]))
    out.append(dict(
        half="half_1", sector="finance", name="tabysscore", app_id="FIN-2026-0052",
        submitted="2026-03-06T11:20:00+05:00", outcome="complete", failing=[], planted=None,
        docs=[
            dict(file="iskh_47-03_zayavlenie.pdf", build=b2_letter, out=("pdf", {}),
                 style="Letter-style application on bilingual letterhead (Liberation Sans): outgoing № and date, "
                       "addressee block top right, details inside sentences, signature block with position + "
                       "initials and surname, «Исполнитель» line; embedded stamp/signature",
                 labels=[L("application", "text_layer", "ru",
                           app_fields(t["ru"], t["bin"], B2["system"], B2["version"], B2["sector"], B2["app_date"],
                                      t["email"], B2["signer"]))]),
            dict(file="opisanie_tablica.pdf", build=b2_description,
                 out=("pdfimg", dict(dpi=200, skew=-0.8, noise=4.5, q=68, gray=True)),
                 style="System description as a table «Раздел | Содержание» (ru); image-only PDF, 2 pages, 200 dpi, "
                       "running header and «Стр. N из 2» footer",
                 labels=[L("system_description", "ocr", "ru", dict(ALL5))]),
            dict(file="kualik_foto.jpg", build=b2_certificate, out=("phone", dict(dpi=200)),
                 style="Certificate (kk) in free text, date in Kazakh words; phone photo (perspective, uneven "
                       "light, dark desk around the sheet, EXIF)",
                 labels=[L("ip_certificate", "ocr", "kk",
                           cert_fields(B2["cert_no"], B2["cert_date"], "ЭЕМ-ге арналған бағдарлама", B2["system"],
                                       B2["authors"], al["kk"], al["bin"], B2["cert_created"], B2["cert_appl"]))]),
            dict(file="licenzionnyi_dogovor.png", build=b2_agreement,
                 out=("png", dict(dpi=200, skew=0.9, noise=4.0)),
                 style="Licence agreement (ru) from the right holder to the applicant, object in the subject "
                       "clause, parties' details in two columns, two stamps; grayscale PNG 200 dpi, skew 0.9°",
                 labels=[L("copyright_agreement", "ocr", "ru",
                           agr_fields(B2["agr_no"], B2["agr_date"], al["ru"], t["ru"], t["bin"], B2["system"],
                                      B2["agr_valid"]))]),
            dict(file="audit_report_TabysScore.pdf", build=b2_audit, out=("pdf", {}),
                 style="Audit report in English, text PDF: cover, contents, sections, criteria table; owner and "
                       "auditor transliterated to Latin (\"Tabys Analitika\" LLP, \"Senim Audit\" LLP)",
                 labels=[L("audit_conclusion", "text_layer", "en",
                           audit_fields(B2["audit_no"], B2["audit_date"], SN["en"], SN["bin"], B2["system"],
                                        B2["version"], t["en"], t["bin"], B2["audit_valid"]))]),
        ]))
    out.append(dict(
        half="half_1", sector="energy", name="zhelibolzham", app_id=None,
        submitted="2026-03-04T15:05:00+05:00", outcome="inconsistent", failing=["XDC-02"],
        planted="version mismatch: the audit conclusion covers ЖеліБолжам 3.1.0, the application requests 3.2.0",
        docs=[
            dict(file="otinish_zayavlenie.pdf", build=b3_application, out=("pdf", {}),
                 style="Bilingual application: table «Қазақ тілінде | На русском языке | Мәні / Значение», "
                       "date in Kazakh words, kk/ru paragraphs side by side (DejaVu Sans)",
                 labels=[L("application", "text_layer", "kk",
                           app_fields(e["ru"], e["bin"], B3["system"], B3["version"], B3["sector"], B3["app_date"],
                                      e["email"], B3["signer"]))]),
            dict(file="juienin_sipattamasy.pdf", build=b3_description, out=("pdf", {}),
                 style="System description in Kazakh with reworded headings («Жүйенің мақсаты», «Атқаратын "
                       "функциялары», «Деректер көздері…», «Тәуекелдерді басқару шаралары», «Адам тарапынан "
                       "бақылау»), «N-бет» footer",
                 labels=[L("system_description", "text_layer", "kk", dict(ALL5))]),
            dict(file=f"kualik_{B3['cert_no']}.png", build=b3_certificate,
                 out=("png", dict(dpi=200, skew=-1.1, noise=4.0)),
                 style="Certificate (kk) as ruled table with narrow value column (authors, object type and right "
                       "holder wrap onto two lines); «КӨШІРМЕСІ ДҰРЫС» with blue stamp; grayscale PNG 200 dpi",
                 labels=[L("ip_certificate", "ocr", "kk",
                           cert_fields(B3["cert_no"], B3["cert_date"], "ЭЕМ-ге арналған бағдарлама", B3["system"],
                                       B3["authors"], e["kk"], e["bin"], B3["cert_created"], B3["cert_appl"]))]),
            dict(file="zakliuchenie_audita.pdf", build=b3_audit,
                 out=("pdfimg", dict(dpi=200, skew=0.6, noise=5.0, q=65)),
                 style="Audit report (ru) of a second auditor: letterhead on every page, framed cover, contents, "
                       "«Раздел N» sections, 3-column criteria table; image-only PDF 200 dpi, «Стр. N из M», blue "
                       "stamp over the signature block",
                 labels=[L("audit_conclusion", "ocr", "ru",
                           audit_fields(B3["audit_no"], B3["audit_date"], AD["ru"], AD["bin"], B3["system"],
                                        B3["audit_version"], e["ru"], e["bin"], B3["audit_valid"]))]),
        ]))
    out.append(dict(
        half="half_1", sector="education", name="bilimscan", app_id="EDU-2026-0033",
        submitted="2026-03-17T10:02:00+05:00", outcome="complete", failing=[], planted=None,
        docs=[
            dict(file="application.json", build=None, out=("json", {}),
                 style="Portal export application.json (SPEC field names, plus portal metadata)",
                 labels=[L("application", "json", "ru",
                           app_fields(s["ru"], s["bin"], B4["system"], B4["version"], B4["sector"], B4["app_date"],
                                      s["email"], B4["signer"]))]),
            dict(file="sipattama_opisanie.pdf", build=b4_description, out=("pdf", {}),
                 style="Bilingual description, Kazakh and Russian paragraphs side by side in two columns "
                       "(DejaVu Sans Condensed)",
                 labels=[L("system_description", "text_layer", "kk", dict(ALL5))]),
            dict(file=f"svidetelstvo_{B4['cert_no']}.jpg", build=b4_certificate,
                 out=("jpg", dict(dpi=300, skew=-0.5, noise=5.0, q=80)),
                 style="Certificate (ru) in free text, no right holder (author holds the rights), dates in words; "
                       "colour JPEG 300 dpi, state seal over the director line",
                 labels=[L("ip_certificate", "ocr", "ru",
                           cert_fields(B4["cert_no"], B4["cert_date"], "программа для ЭВМ", B4["system"],
                                       B4["author"], None, None, B4["cert_created"], B4["cert_appl"]))]),
            dict(file=f"avtorlyq_shart_{B4['agr_no']}.pdf", build=b4_agreement, out=("pdf", {}),
                 style="Assignment agreement (kk) from the author to the applicant, parties' details in two "
                       "columns, no end date",
                 labels=[L("copyright_agreement", "text_layer", "kk",
                           agr_fields(B4["agr_no"], B4["agr_date"], B4["author"], s["kk"], s["bin"], B4["system"]))]),
            dict(file="auditorlyq_qorytyndy.tif", build=b4_audit,
                 out=("tifL", dict(dpi=200, skew=1.0, noise=2.5)),
                 style="Audit report in Kazakh (second auditor's template): cover, «Мазмұны», «N-бөлім» sections, "
                       "criteria table, validity «…қаңтарға дейін»; multi-page grayscale TIFF 200 dpi, «N-бет»",
                 labels=[L("audit_conclusion", "ocr", "kk",
                           audit_fields(B4["audit_no"], B4["audit_date"], AD["kk"], AD["bin"], B4["system"],
                                        B4["version"], s["kk"], s["bin"], B4["audit_valid"]))]),
        ]))
    # ---------------- half 2 ----------------
    out.append(dict(
        half="half_2", sector="transport", name="zholkoz", app_id="TRN-2026-0041",
        submitted="2026-03-20T16:45:00+05:00", outcome="complete", failing=[], planted=None,
        docs=[
            dict(file="otinish_hat.pdf", build=b5_letter,
                 out=("pdfimg", dict(dpi=200, skew=-1.4, noise=5.0, q=66, gray=True)),
                 style="Letter-style application in Kazakh on letterhead (date «2026 жылғы 19 наурыз», outgoing №, "
                       "addressee top right, «Орындаушы» line) with the system description as an annex on the "
                       "next page; image-only PDF, 2 pages, 200 dpi, «N-бет» footer, blue stamp over signature",
                 labels=[L("application", "ocr", "kk",
                           app_fields(k["kk"], k["bin"], B5["system"], B5["version"], B5["sector"], B5["app_date"],
                                      k["email"], B5["signer"])),
                         L("system_description", "ocr", "kk", dict(ALL5))]),
            dict(file=f"svidetelstvo_{B5['cert_no']}.pdf", build=b5_certificate, out=("pdf", {}),
                 style="Certificate (ru) as e-document printout: ruled two-column table with shaded labels, QR",
                 labels=[L("ip_certificate", "text_layer", "ru",
                           cert_fields(B5["cert_no"], B5["cert_date"], "программа для ЭВМ", B5["system"],
                                       B5["authors"], sm["ru"], sm["bin"], B5["cert_created"], B5["cert_appl"]))]),
            dict(file="litsenziyalyq_shart.jpg", build=b5_licence,
                 out=("jpg", dict(dpi=200, skew=2.2, noise=6.0, q=70)),
                 style="Licence agreement in Kazakh, dense one page, two-column details, two stamps; JPEG 200 dpi, "
                       "skew 2.2°",
                 labels=[L("copyright_agreement", "ocr", "kk",
                           agr_fields(B5["agr_no"], B5["agr_date"], sm["kk"], k["kk"], k["bin"], B5["system"],
                                      B5["agr_valid"]))]),
            dict(file="zakliuchenie_CNOA-07-2026.pdf", build=b5_audit, out=("pdf", {}),
                 style="Audit report (ru) of a third auditor (DejaVu Serif Condensed): cover with details table and "
                       "full legal-form name, contents, Roman-numbered sections, «выполнен» criteria table, "
                       "«по … включительно» validity",
                 labels=[L("audit_conclusion", "text_layer", "ru",
                           audit_fields(B5["audit_no"], B5["audit_date"], CN["ru"], CN["bin"], B5["system"],
                                        B5["version"], k["ru"], k["bin"], B5["audit_valid"]))]),
        ]))
    out.append(dict(
        half="half_2", sector="health", name="pulmoscan", app_id=None,
        submitted="2026-04-14T10:30:00+05:00", outcome="inconsistent", failing=["AUD-02"],
        planted="expired audit conclusion: six-month validity, valid until 2026-04-06, received 2026-04-14",
        docs=[
            dict(file="zayavlenie.pdf", build=b6_application, out=("pdf", {}),
                 style="Russian form, values typed on underlined blanks, sector as ticked checkbox, date as "
                       "«10» апреля 2026 г. with filled blanks, e-signature note",
                 labels=[L("application", "text_layer", "ru",
                           app_fields(pu["ru"], pu["bin"], B6["system"], B6["version"], B6["sector"], B6["app_date"],
                                      pu["email"], B6["signer"]))]),
            dict(file="opisanie.png", build=b6_description, out=("png", dict(dpi=200, skew=0.5, noise=4.0)),
                 style="Description (ru) with Roman-numbered headings in other words («Цель и сфера использования», "
                       "«Обучающие и входные данные», «Контроль со стороны медицинского персонала»), running "
                       "header; grayscale PNG 200 dpi",
                 labels=[L("system_description", "ocr", "ru", dict(ALL5))]),
            dict(file=f"kualik_{B6['cert_no']}.pdf", build=b6_certificate, out=("pdf", {}),
                 style="Certificate (kk) in free text: right holder named inside the sentence, «Объектінің түрі — …»",
                 labels=[L("ip_certificate", "text_layer", "kk",
                           cert_fields(B6["cert_no"], B6["cert_date"], "ЭЕМ-ге арналған бағдарлама", B6["system"],
                                       B6["authors"], pu["kk"], pu["bin"], B6["cert_created"], B6["cert_appl"]))]),
            dict(file="zakliuchenie_14-10.pdf", build=b6_audit,
                 out=("pdfimg", dict(dpi=150, skew=1.8, noise=6.0, q=58)),
                 style="Audit report (ru), third auditor's template; validity «шесть месяцев … до 6 апреля 2026 "
                       "года»; image-only PDF 150 dpi, skew 1.8°, strong JPEG artefacts",
                 labels=[L("audit_conclusion", "ocr", "ru",
                           audit_fields(B6["audit_no"], B6["audit_date"], CN["ru"], CN["bin"], B6["system"],
                                        B6["version"], pu["ru"], pu["bin"], B6["audit_valid"]))]),
            dict(file="doverennost.jpg", build=b6_poa, out=("jpg", dict(dpi=200, skew=-0.9, noise=5.0, q=74)),
                 style="Power of attorney (other), date written fully in words, violet stamp; JPEG 200 dpi",
                 labels=[L("other", "ocr", "ru", {})]),
        ]))
    out.append(dict(
        half="half_2", sector="agriculture", name="eginscan", app_id="AGR-2026-0019",
        submitted="2026-04-03T12:10:00+05:00", outcome="incomplete", failing=["DOC-04"],
        planted="system description has no human-oversight section (section 5 is technical support instead)",
        docs=[
            dict(file="otinish.jpg", build=b7_application, out=("jpg", dict(dpi=250, skew=-1.6, noise=6.0, q=76)),
                 style="Kazakh form with underlined blanks, values typed on the line, captions, date «2026 жылғы 2 "
                       "сәуір»; JPEG 250 dpi, skew −1.6°, violet stamp over the signature line",
                 labels=[L("application", "ocr", "kk",
                           app_fields(ag["kk"], ag["bin"], B7["system"], B7["version"], B7["sector"], B7["app_date"],
                                      ag["email"], B7["signer"]))]),
            dict(file="opisanie_sistemy.pdf", build=b7_description, out=("pdf", {}),
                 style="Description (ru, Liberation Sans) with sections 1–4 and «Техническое сопровождение»; no "
                       "human-oversight section (planted)",
                 labels=[L("system_description", "text_layer", "ru",
                           dict(purpose=True, functions=True, data=True, risk_management=True,
                                human_oversight=False))]),
            dict(file=f"svidetelstvo_{B7['cert_no']}.png", build=b7_certificate,
                 out=("png", dict(dpi=200, skew=0.6, noise=4.5)),
                 style="Certificate (ru) in free text, issue date in words, «Копия верна» with violet stamp; "
                       "grayscale PNG 200 dpi",
                 labels=[L("ip_certificate", "ocr", "ru",
                           cert_fields(B7["cert_no"], B7["cert_date"], "программа для ЭВМ", B7["system"],
                                       B7["authors"], ag["ru"], ag["bin"], B7["cert_created"], B7["cert_appl"]))]),
            dict(file="zakliuchenie_SA-2026-029.pdf", build=b7_audit, out=("pdf", {}),
                 style="Audit report (ru), first auditor's template (cover, contents, criteria table, validity in "
                       "words), text PDF",
                 labels=[L("audit_conclusion", "text_layer", "ru",
                           audit_fields(B7["audit_no"], B7["audit_date"], SN["ru"], SN["bin"], B7["system"],
                                        B7["version"], ag["ru"], ag["bin"], B7["audit_valid"]))]),
        ]))
    out.append(dict(
        half="half_2", sector="energy", name="gridmonitor", app_id=None,
        submitted="2026-04-21T09:05:00+05:00", outcome="complete", failing=[], planted=None,
        docs=[
            dict(file="pismo_zayavlenie.jpg", build=b8_letter, out=("jpg", dict(dpi=300, skew=0.8, noise=5.0, q=70)),
                 style="Letter-style application (ru) on letterhead, «Исх. № … от «20» апреля 2026 года», surname + "
                       "initials under the signature, «Исп.:» line; colour JPEG 300 dpi, blue stamp over text",
                 labels=[L("application", "ocr", "ru",
                           app_fields(sa["ru"], sa["bin"], B8["system"], B8["version"], B8["sector"], B8["app_date"],
                                      sa["email"], B8["signer"]))]),
            dict(file="sipattama_kesteli.pdf", build=b8_description, out=("pdf", {}),
                 style="Description in Kazakh laid out as a table «Бөлім | Мазмұны»",
                 labels=[L("system_description", "text_layer", "kk", dict(ALL5))]),
            dict(file=f"kualik_{B8['cert_no']}.tif", build=b8_certificate,
                 out=("tifL", dict(dpi=200, skew=-1.2, noise=2.5)),
                 style="Bilingual certificate (kk / ru labels in one column) as ruled table, «Копия верна» with blue "
                       "stamp; grayscale TIFF 200 dpi",
                 labels=[L("ip_certificate", "ocr", "kk",
                           cert_fields(B8["cert_no"], B8["cert_date"], "программа для ЭВМ", B8["system"],
                                       B8["authors"], sa["ru"], sa["bin"], B8["cert_created"], B8["cert_appl"]))]),
            dict(file="qorytyndy_zakliuchenie.pdf", build=b8_audit, out=("pdf", {}),
                 style="Bilingual audit conclusion, Kazakh and Russian paragraphs side by side, bilingual "
                       "letterhead and criteria table, validity in words in both languages",
                 labels=[L("audit_conclusion", "text_layer", "kk",
                           audit_fields(B8["audit_no"], B8["audit_date"], AD["kk"], AD["bin"], B8["system"],
                                        B8["version"], sa["kk"], sa["bin"], B8["audit_valid"]))]),
            dict(file="opis_dokumentov.pdf", build=b8_inventory, out=("pdf", {}),
                 style="Inventory of documents (other), table",
                 labels=[L("other", "text_layer", "ru", {})]),
        ]))
    return out


def render_doc(doc, path, relname):
    kind, opt = doc["out"]
    seed = seed_of(relname)
    if kind == "json":
        path.write_bytes(b4_application_json())
        return
    pdf = doc["build"](seed)
    if kind == "pdf":
        pdf.output(str(path))
        return
    dpi = opt.get("dpi", 200)
    if kind == "phone":
        pages = rasterize(pdf, dpi)
        arr = np.asarray(pages[0], dtype=np.float32).copy()
        ink_page(arr, pdf.marks, 1, dpi)
        page = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        save_phone_jpeg(phone_photo(page, seed), path, "2026:03:04 14:12:33")
        return
    pages = scan_pages(pdf, dpi, skew=opt.get("skew", 1.0), noise=opt.get("noise", 5.0), seed=seed)
    if kind == "jpg":
        save_jpeg(pages[0], path, dpi, q=opt.get("q", 75))
    elif kind == "png":
        save_png_gray(pages[0], path, dpi)
    elif kind == "tif1":
        save_tiff_bilevel(pages[0], path, dpi, threshold=opt.get("threshold", 150))
    elif kind == "tifL":
        save_tiff_gray_multi(pages, path, dpi)
    elif kind == "pdfimg":
        save_image_pdf(pages, path, dpi, q=opt.get("q", 70), gray=opt.get("gray", False))
    else:
        raise ValueError(kind)
    assert len(pages) >= 1


def sha256_file(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_json(path, obj):
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def check_labels(b):
    """Sanity checks of the label conventions (dates vs receipt, BINs)."""
    recv = dt.datetime.fromisoformat(b["submitted"]).date()
    for d in b["docs"]:
        for lab in d["labels"]:
            for key, v in lab["fields"].items():
                if key.endswith("_bin"):
                    assert bin_ok(v), (b["name"], key, v)
                if key in ("application_date", "issue_date", "creation_date", "agreement_date", "conclusion_date"):
                    assert D(v) <= recv, (b["name"], key, v)


def write_readme(all_b, timings):
    lines = ["# fresh_e — labelled bundles written from the contract (SPEC) alone", "",
             "Generated by `generate.py` (deterministic; run from /work/main with "
             "`.venv/bin/python sample_docs/fresh_e/generate.py`). Every file below is produced by the script; "
             "labels are in `<sector>/<bundle>.expected.json` beside each bundle folder. "
             "`accredited_auditors.csv` (columns `bin,name`) lists the three auditors used; all are accredited.", "",
             "Label conventions: `failing_checks` holds the codes that fail with blocking or warning severity "
             "(SPEC §5), sorted; `text_source` is `ocr` for every scan (JPEG/PNG/TIFF/image-only PDF), "
             "`text_layer` for generated PDFs, `json` for application.json; names are labelled exactly as printed "
             "(quotes kept, legal-form word where printed); object titles printed in guillemets inside a "
             "sentence (e.g. программа для ЭВМ «БілімСкан») are labelled without the guillemets.", ""]
    for half in ("half_1", "half_2"):
        bs = [b for b in all_b if b["half"] == half]
        ndoc = sum(len(b["docs"]) for b in bs)
        nscan = sum(1 for b in bs for d in b["docs"] if d["out"][0] in ("jpg", "png", "tif1", "tifL", "pdfimg", "phone"))
        lines += [f"## {half} — {len(bs)} bundles, {ndoc} documents, {nscan} scans", ""]
        for b in bs:
            rel = f"{half}/{b['sector']}/{b['name']}"
            lines += [f"### {rel}", "",
                      f"- submitted_at: `{b['submitted']}`" + (f"; application_id `{b['app_id']}`" if b["app_id"]
                                                                 else "; no application_id in the manifest"),
                      f"- expected outcome: **{b['outcome']}**; failing checks: "
                      f"{', '.join(b['failing']) if b['failing'] else '—'}",
                      f"- planted: {b['planted'] or 'nothing (clean bundle)'}", "",
                      "| file | type(s) | lang | source | style |", "| --- | --- | --- | --- | --- |"]
            for d in b["docs"]:
                types = " + ".join(lab["type"] for lab in d["labels"])
                lines.append(f"| `{d['file']}` | {types} | {d['labels'][0]['language']} | "
                             f"{d['labels'][0]['text_source']} | {d['style'].replace('|', chr(92) + '|')} |")
            lines.append("")
    lines += ["## Notes on labelling choices", "",
              "- Bilingual kk/ru documents (side-by-side or two-label-column tables) are labelled `language: kk` "
              "(Kazakh is printed first); their names are labelled in the form printed first/in the value cell.",
              "- Letters print only initials and surname under the signature; `signatory` is labelled as printed "
              "(`А. М. Серікбаев`, `Е. С. Бекмұхамбетов`, `Ахметжанов Д. М.`).",
              "- `sector` in letters is the nominative phrase printed after «Сфера применения системы —» / "
              "«Жүйенің қолданылу саласы —».",
              "- The bilingual audit (gridmonitor) prints every name in both languages; labels use the Kazakh "
              "form, which normalises to the same name as the Russian one.",
              "- The assignment agreement (bilimscan) has no end date, so `valid_until` is not labelled.",
              "- Documents of type `other` (power of attorney, inventory) carry no fields.",
              "- tabysscore and zholkoz: the certificate's right holder is the licensor, so its `right_holder_bin` "
              "belongs to another party; XDC-05 compares BINs of the same party only and passes (the applicant's "
              "BIN appears as `grantee_bin` and `system_owner_bin`).",
              "- tabysscore: the English audit prints the owner as \"Tabys Analitika\" LLP; it matches ТОО «Табыс "
              "Аналитика» only through Cyrillic/Latin transliteration (XDC-04 passes). The auditor is matched to "
              "the accredited list by BIN (and transliterated name).",
              "- pulmoscan: the audit is only ~6 months old, so the 12-month age rule alone would pass; AUD-02 "
              "fails because the printed validity (until 2026-04-06) ended before receipt (2026-04-14).",
              "- zhelibolzham: the audit conclusion is otherwise valid; only the audited version (3.1.0) differs "
              "from the application (3.2.0).", "",
              f"Generator run time on the authoring machine: about {timings:.0f} s.", ""]
    (ROOT / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main():
    t0 = time.time()
    for sub in ("half_1", "half_2"):
        if (ROOT / sub).exists():
            shutil.rmtree(ROOT / sub)
    all_b = bundles()
    for b in all_b:
        check_labels(b)
        bdir = ROOT / b["half"] / b["sector"] / b["name"]
        bdir.mkdir(parents=True)
        files = []
        for d in b["docs"]:
            rel = f"{b['half']}/{b['sector']}/{b['name']}/{d['file']}"
            render_doc(d, bdir / d["file"], rel)
            files.append(dict(name=d["file"], sha256=sha256_file(bdir / d["file"])))
            print(f"  wrote {rel} ({(bdir / d['file']).stat().st_size // 1024} KiB)", flush=True)
        docs = []
        for d in b["docs"]:
            for lab in d["labels"]:
                docs.append(dict(file=d["file"], type=lab["type"], text_source=lab["text_source"],
                                 language=lab["language"], fields=lab["fields"]))
        write_json(ROOT / b["half"] / b["sector"] / f"{b['name']}.expected.json",
                   dict(outcome=b["outcome"], failing_checks=sorted(b["failing"]), planted=b["planted"],
                        documents=docs))
        manifest = {}
        if b["app_id"]:
            manifest["application_id"] = b["app_id"]
        manifest["submitted_at"] = b["submitted"]
        manifest["files"] = sorted(files, key=lambda f: f["name"])
        write_json(bdir / "manifest.json", manifest)          # written last
    with open(ROOT / "accredited_auditors.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write("bin,name\n")
        for key in ("senim", "adil", "cnoa"):
            fh.write(f"{P[key]['bin']},{P[key]['ru']}\n")
    elapsed = time.time() - t0
    # the README records a rounded, fixed figure so that reruns stay byte-identical
    write_readme(all_b, RUNTIME_NOTE)
    print(f"done in {elapsed:.1f} s")


RUNTIME_NOTE = 50.0

if __name__ == "__main__":
    main()
