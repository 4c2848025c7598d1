"""Helpers for the independent ("fresh") test set: dates, BIN/IIN, PDF layout, scan degradation.

Written by an outside author who did not read the extractor or its samples.
Everything here is deterministic: callers pass seeded numpy generators, and fpdf2
documents carry a fixed creation date.
"""
from __future__ import annotations

import hashlib
import io
import math
from datetime import date, datetime, timezone
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_CREATION = datetime(2026, 1, 15, 9, 0, 0, tzinfo=timezone.utc)

# ---------------------------------------------------------------- BIN / IIN

W1 = list(range(1, 12))
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]


def check_digit(first11: str) -> int | None:
    """SPEC FLD-02 check digit; None when the number cannot be valid."""
    d = [int(c) for c in first11]
    s = sum(a * b for a, b in zip(d, W1)) % 11
    if s == 10:
        s = sum(a * b for a, b in zip(d, W2)) % 11
        if s == 10:
            return None
    return s


def is_valid_bin(num: str, kind: str | None = None) -> bool:
    if len(num) != 12 or not num.isdigit():
        return False
    cd = check_digit(num[:11])
    if cd is None or cd != int(num[11]):
        return False
    fifth = int(num[4])
    if kind == "bin":
        return 4 <= fifth <= 6
    if kind == "iin":
        return 0 <= fifth <= 3
    return fifth <= 6


def make_bin(yymm: str, serial: int, type_digit: str = "4", attr: str = "0") -> str:
    """Legal-entity BIN: YYMM + type(4..6) + attribute + 5-digit serial + check digit."""
    while True:
        first = f"{yymm}{type_digit}{attr}{serial:05d}"
        cd = check_digit(first)
        if cd is not None:
            num = first + str(cd)
            assert is_valid_bin(num, "bin"), num
            return num
        serial += 1


def make_iin(yymmdd: str, century_sex: str, serial: int) -> str:
    """Individual IIN: birth date YYMMDD + century/sex digit + 4-digit serial + check digit."""
    while True:
        first = f"{yymmdd}{century_sex}{serial:04d}"
        cd = check_digit(first)
        if cd is not None:
            num = first + str(cd)
            assert is_valid_bin(num, "iin"), num
            return num
        serial += 1


def break_check_digit(num: str) -> str:
    """Return the same number with a wrong check digit (planted FLD-02 defect)."""
    good = int(num[11])
    bad = (good + 3) % 10
    out = num[:11] + str(bad)
    assert not is_valid_bin(out)
    return out


# ---------------------------------------------------------------- dates

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
             "қыркүйек", "қазан", "қараша", "желтоқсан"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def D(iso: str) -> date:
    return date.fromisoformat(iso)


def f_dot(iso):
    d = D(iso)
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def f_slash(iso):
    d = D(iso)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def f_ru(iso, quoted=False, suffix="г."):
    d = D(iso)
    day = f"«{d.day}»" if quoted else f"{d.day}"
    return f"{day} {RU_MONTHS[d.month - 1]} {d.year} {suffix}".strip()


def f_kk(iso):
    d = D(iso)
    return f"{d.year} жылғы {d.day} {KK_MONTHS[d.month - 1]}"


def f_kk2(iso):
    d = D(iso)
    return f"{d.day} {KK_MONTHS[d.month - 1]} {d.year} ж."


def f_en(iso):
    d = D(iso)
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def f_en2(iso):
    d = D(iso)
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def all_date_forms(iso):
    forms = {iso, f_dot(iso), f_slash(iso), f_ru(iso), f_ru(iso, True, "года"), f_ru(iso, True, "г."),
             f_ru(iso, False, "года"), f_kk(iso), f_kk2(iso), f_en(iso), f_en2(iso)}
    return forms


# ---------------------------------------------------------------- PDF layout

class Doc(FPDF):
    """A4 page with DejaVu fonts and a few layout helpers. Records stamp/signature spots for scans."""

    def __init__(self, font="serif", size=11, margins=(20, 15, 15), bottom=18):
        super().__init__(orientation="P", unit="mm", format="A4")
        fd = FONT_DIR
        self.add_font("sans", "", str(fd / "DejaVuSans.ttf"))
        self.add_font("sans", "B", str(fd / "DejaVuSans-Bold.ttf"))
        self.add_font("sans", "I", str(fd / "DejaVuSans-Oblique.ttf"))
        self.add_font("sans", "BI", str(fd / "DejaVuSans-BoldOblique.ttf"))
        self.add_font("serif", "", str(fd / "DejaVuSerif.ttf"))
        self.add_font("serif", "B", str(fd / "DejaVuSerif-Bold.ttf"))
        self.add_font("serif", "I", str(fd / "DejaVuSerif-Italic.ttf"))
        self.add_font("serif", "BI", str(fd / "DejaVuSerif-BoldItalic.ttf"))
        self.add_font("cond", "", str(fd / "DejaVuSansCondensed.ttf"))
        self.add_font("cond", "B", str(fd / "DejaVuSansCondensed-Bold.ttf"))
        self.add_font("cond", "I", str(fd / "DejaVuSansCondensed-Oblique.ttf"))
        self.add_font("mono", "", str(fd / "DejaVuSansMono.ttf"))
        self.set_creation_date(FIXED_CREATION)
        self.set_author("")
        self.base_font = font
        self.base_size = size
        self.set_margins(margins[0], margins[1], margins[2])
        self.set_auto_page_break(True, margin=bottom)
        self.marks: list[tuple[int, float, float, str]] = []
        self.footer_text = None
        self.add_page()
        self.set_font(font, "", size)

    # page footer (optional)
    def footer(self):
        if self.footer_text:
            self.set_y(-12)
            self.set_font("sans", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.footer_text.format(page=self.page_no()), align="C")
            self.set_text_color(0, 0, 0)

    def font(self, size=None, style="", family=None):
        self.set_font(family or self.base_font, style, size or self.base_size)

    def lh(self, size=None):
        return (size or self.base_size) * 0.47

    def txt(self, text, size=None, style="", align="J", family=None, h=None, indent=0, md=False):
        self.font(size, style, family)
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(0, h or self.lh(size), text, align=align, new_x="LMARGIN", new_y="NEXT",
                        markdown=md)

    def heading(self, text, size=13, style="B", family=None, gap=1.5):
        self.txt(text, size=size, style=style, align="C", family=family)
        self.ln(gap)

    def gap(self, mm=3):
        self.ln(mm)

    def rule(self, width=0.4, gap=1.5):
        self.set_line_width(width)
        y = self.get_y()
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.ln(gap)

    def mark(self, kind, x, y=None):
        self.marks.append((self.page_no() - 1, x, self.get_y() if y is None else y, kind))

    def signature(self, left, name, size=None, stamp=True, sign=True, right_w=60, family=None):
        """Position on the left, signature line in the middle, name on the right."""
        size = size or self.base_size
        self.font(size, "", family)
        if self.get_y() > self.h - 40:
            self.add_page()
        y0 = self.get_y()
        epw = self.w - self.l_margin - self.r_margin
        lw = epw - right_w - 45
        self.multi_cell(lw, self.lh(size), left, align="L", new_x="RIGHT", new_y="TOP")
        y_after_left = self.get_y()
        self.set_xy(self.l_margin + lw + 3, y0)
        self.cell(40, self.lh(size) * 1.6, "", border="B")
        self.set_xy(self.w - self.r_margin - right_w, y0)
        self.multi_cell(right_w, self.lh(size), name, align="R", new_x="LMARGIN", new_y="NEXT")
        yend = max(self.get_y(), y0 + self.lh(size) * 2.2)
        if sign:
            self.marks.append((self.page_no() - 1, self.l_margin + lw + 22, y0 + 2, "sign"))
        if stamp:
            self.marks.append((self.page_no() - 1, self.l_margin + lw - 5, y0 + 4, "stamp"))
        self.set_y(yend)
        self.ln(2)

    def grid(self, rows, col_widths, borders="ALL", size=None, family=None, header=None,
             align=None, line_height=None, bold_cols=(), padding=1.4, v_align="TOP", width=None,
             header_fill=(235, 235, 235)):
        size = size or self.base_size
        self.font(size, "", family)
        kwargs = dict(col_widths=col_widths, borders_layout=borders, line_height=line_height or self.lh(size),
                      padding=padding, v_align=v_align, first_row_as_headings=header is not None,
                      text_align=align or "LEFT", width=width)
        if header is not None:
            kwargs["headings_style"] = FontFace(emphasis="BOLD", fill_color=header_fill)
        with self.table(**kwargs) as t:
            if header is not None:
                r = t.row()
                for h in header:
                    r.cell(h)
            for row in rows:
                r = t.row()
                for i, c in enumerate(row):
                    if c is None:
                        continue
                    if isinstance(c, dict):
                        r.cell(c["text"], colspan=c.get("colspan", 1),
                               style=FontFace(emphasis="BOLD") if c.get("bold") else None,
                               align=c.get("align"))
                    else:
                        r.cell(c, style=FontFace(emphasis="BOLD") if i in bold_cols else None)
        self.font(size, "", family)

    def pdf_bytes(self) -> bytes:
        return bytes(self.output())


# ---------------------------------------------------------------- text-layer check

def pdf_text(data: bytes) -> str:
    doc = pdfium.PdfDocument(data)
    out = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        out.append(tp.get_text_range())
    return " ".join(" ".join(out).split())


def pdf_page_count(data: bytes) -> int:
    return len(pdfium.PdfDocument(data))


# ---------------------------------------------------------------- scan degradation

def render(data: bytes, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(data)
    return [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]


def _font(size, bold=True):
    return ImageFont.truetype(str(FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")), size)


def ink_layer(size, draw_fn):
    """Return an 'L' coverage mask drawn by draw_fn(draw, img)."""
    m = Image.new("L", size, 0)
    draw_fn(ImageDraw.Draw(m), m)
    return m


def apply_ink(img: Image.Image, mask: Image.Image, color, strength, rng, mottle=True):
    a = np.asarray(mask, dtype=np.float32) / 255.0 * strength
    if mottle:
        # uneven ink: low-frequency random field
        h, w = a.shape
        small = rng.uniform(0.55, 1.0, size=(max(2, h // 40), max(2, w // 40))).astype(np.float32)
        field = np.asarray(Image.fromarray((small * 255).astype(np.uint8)).resize((w, h), Image.BILINEAR),
                           dtype=np.float32) / 255.0
        a = a * field
    arr = np.asarray(img, dtype=np.float32)
    col = np.array(color, dtype=np.float32)
    if arr.ndim == 2:
        col = col.mean()
        out = arr * (1 - a) + col * a
    else:
        out = arr * (1 - a[..., None]) + col[None, None, :] * a[..., None]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), img.mode)


def stamp(img, cx, cy, r, ring_text, center_lines, rng, color=(35, 65, 170), strength=0.62):
    """Round organisation seal: two rings, text along the ring, a few lines in the middle."""
    w, h = img.size
    box = int(r * 2.3)
    m = Image.new("L", (box, box), 0)
    d = ImageDraw.Draw(m)
    c = box / 2
    lw = max(2, int(r * 0.035))
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=lw)
    r2 = r * 0.72
    d.ellipse([c - r2, c - r2, c + r2, c + r2], outline=255, width=max(1, lw - 1))
    fsize = max(10, int(r * 0.16))
    f = _font(fsize)
    chars = list(ring_text)
    n = len(chars)
    span = 2 * math.pi * 0.92
    rt = (r + r2) / 2
    for i, ch in enumerate(chars):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        ci = Image.new("L", (fsize * 2, fsize * 2), 0)
        ImageDraw.Draw(ci).text((fsize * 0.5, fsize * 0.3), ch, fill=255, font=f)
        ci = ci.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        x = c + rt * math.cos(ang) - fsize
        y = c + rt * math.sin(ang) - fsize
        m.paste(Image.eval(ci, lambda v: v), (int(x), int(y)), ci)
    fc = _font(max(9, int(r * 0.13)))
    total = len(center_lines)
    for j, line in enumerate(center_lines):
        tw = d.textlength(line, font=fc)
        y = c + (j - (total - 1) / 2) * r * 0.19 - r * 0.08
        d.text((c - tw / 2, y), line, fill=255, font=fc)
    m = m.rotate(float(rng.uniform(-25, 25)), resample=Image.BICUBIC)
    full = Image.new("L", (w, h), 0)
    full.paste(m, (int(cx - box / 2), int(cy - box / 2)))
    return apply_ink(img, full, color, strength, rng)


def scribble(img, x, y, scale, rng, color=(20, 30, 110), strength=0.85):
    """Hand signature: a smooth random stroke."""
    w, h = img.size

    def draw(d, _m):
        pts = []
        t = np.linspace(0, 1, 120)
        amp = scale * 0.35
        fx = x + t * scale * 2.2
        fy = y + amp * np.sin(t * rng.uniform(9, 14) + rng.uniform(0, 3)) * (1 - t * 0.4) \
            + amp * 0.5 * np.sin(t * rng.uniform(25, 35))
        for a, b in zip(fx, fy):
            pts.append((float(a), float(b)))
        d.line(pts, fill=255, width=max(2, int(scale * 0.045)), joint="curve")
        # final flourish
        d.line([(fx[-1], fy[-1]), (fx[-1] - scale * 1.4, fy[-1] + scale * 0.25)], fill=255,
               width=max(2, int(scale * 0.035)))

    mask = ink_layer((w, h), draw).filter(ImageFilter.GaussianBlur(0.8))
    return apply_ink(img, mask, color, strength, rng, mottle=False)


def add_marks(img, marks, page, dpi, rng, stamp_text, stamp_center, color=True, skip_sign=False):
    """stamp_text may be a list of (ring_text, center_lines) pairs: one per stamp mark, in order."""
    px = dpi / 25.4
    seals = stamp_text if isinstance(stamp_text, list) else None
    k = -1
    for (p, xmm, ymm, kind) in marks:
        if kind == "stamp":
            k += 1
        if p != page:
            continue
        if kind == "stamp":
            if seals:
                stamp_text, stamp_center = seals[k % len(seals)]
            img = stamp(img, xmm * px, ymm * px, 19 * px, stamp_text, stamp_center, rng,
                        color=(35, 65, 170) if color else (60, 60, 60))
        elif kind == "sign" and not skip_sign:
            img = scribble(img, xmm * px, ymm * px, 7 * px, rng,
                           color=(20, 30, 110) if color else (25, 25, 25))
    return img


def illumination(img, rng, lo=0.86, hi=1.0, tint=(252, 249, 240)):
    w, h = img.size
    small = rng.uniform(lo, hi, size=(4, 3)).astype(np.float32)
    field = np.asarray(Image.fromarray((small * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC),
                       dtype=np.float32) / 255.0
    arr = np.asarray(img, dtype=np.float32)
    if arr.ndim == 3:
        t = np.array(tint, dtype=np.float32) / 255.0
        arr = arr * field[..., None] * t[None, None, :]
    else:
        arr = arr * field * (sum(tint) / 3 / 255.0)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), img.mode)


def noise(img, rng, sigma=6.0, dust=400):
    arr = np.asarray(img, dtype=np.float32)
    arr = arr + rng.normal(0, sigma, size=arr.shape[:2])[..., None] if arr.ndim == 3 else \
        arr + rng.normal(0, sigma, size=arr.shape)
    h, w = arr.shape[:2]
    ys = rng.integers(0, h, dust)
    xs = rng.integers(0, w, dust)
    for yy, xx in zip(ys, xs):
        v = rng.uniform(40, 140)
        arr[yy:yy + 2, xx:xx + 2] = v
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), img.mode)


def skew(img, angle, fill):
    return img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)


def flatbed(img, rng, angle, blur=0.7, sigma=5.0, gray=False):
    """Office scanner look: tint, uneven light, skew, blur, noise, dust."""
    img = illumination(img, rng)
    if gray:
        img = img.convert("L")
    fill = 235 if gray else (236, 234, 228)
    img = skew(img, angle, fill)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    img = noise(img, rng, sigma=sigma)
    return img


def _perspective_coeffs(dst, src):
    """Coefficients for PIL PERSPECTIVE transform mapping output(dst) -> input(src)."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, dtype=np.float64), np.array(B, dtype=np.float64)).tolist()


def phone_photo(img, rng):
    """A photo of the page on a desk: perspective tilt, shadow gradient, low contrast, warm cast."""
    w, h = img.size
    W, H = int(w * 1.12), int(h * 1.08)
    # desk background
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    base = np.stack([95 + 25 * xx / W, 80 + 20 * yy / H, 62 + 10 * xx / W], axis=-1)
    base += rng.normal(0, 5, size=(H, W, 1))
    desk = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(2))
    dst = [(W * 0.075, H * 0.045), (W * 0.93, H * 0.03), (W * 0.955, H * 0.965), (W * 0.05, H * 0.95)]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    co = _perspective_coeffs(dst, src)
    page = img.transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC)
    out = Image.composite(page, desk, mask)
    arr = np.asarray(out, dtype=np.float32)
    # shadow of the phone / hand from the upper-left, light falloff to the bottom-right
    shade = 0.62 + 0.38 * np.clip((xx / W * 0.8 + yy / H * 0.6) / 0.9, 0, 1)
    shade = np.minimum(shade, 0.9 + 0.1 * (1 - yy / H))
    arr = arr * shade[..., None]
    # lower contrast, warm cast
    arr = 38 + arr * 0.78
    arr[..., 0] *= 1.03
    arr[..., 2] *= 0.92
    arr += rng.normal(0, 4.0, size=arr.shape[:2])[..., None]
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    return out.filter(ImageFilter.GaussianBlur(1.0))


def to_bilevel(img, rng, angle):
    g = img.convert("L")
    g = illumination(g, rng, lo=0.92, hi=1.0)
    g = skew(g, angle, 255)
    g = g.filter(ImageFilter.GaussianBlur(0.6))
    arr = np.asarray(g, dtype=np.float32) + rng.normal(0, 9, size=g.size[::-1])
    bw = (arr > 150).astype(np.uint8) * 255
    # a few specks
    h, w = bw.shape
    for yy, xx in zip(rng.integers(0, h, 250), rng.integers(0, w, 250)):
        bw[yy:yy + 2, xx:xx + 3] = 0
    return Image.fromarray(bw, "L").convert("1", dither=Image.Dither.NONE)


def jpeg_bytes(img, quality):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=quality, optimize=True, dpi=(200, 200))
    return b.getvalue()


def png_bytes(img, dpi):
    b = io.BytesIO()
    img.save(b, "PNG", optimize=True, dpi=(dpi, dpi))
    return b.getvalue()


def tiff_bytes(imgs, dpi):
    b = io.BytesIO()
    imgs[0].save(b, "TIFF", save_all=True, append_images=imgs[1:], compression="group4", dpi=(dpi, dpi))
    return b.getvalue()


def image_pdf(jpegs: list[bytes]) -> bytes:
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_creation_date(FIXED_CREATION)
    pdf.set_auto_page_break(False)
    for jb in jpegs:
        pdf.add_page()
        pdf.image(io.BytesIO(jb), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
