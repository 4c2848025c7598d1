#!/usr/bin/env python3
"""fresh_f — labelled test bundles for trustlist, written from the SPEC alone.

Run from /work/main:
    .venv/bin/python sample_docs/fresh_f/generate.py

Deterministic: every random choice comes from seeded generators, PDFs carry a
fixed creation date, scans are rendered with pypdfium2 and degraded with numpy
under fixed seeds.
"""
import datetime as dt
import hashlib
import io
import json
import math
import os
import random
import shutil

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
FIXED_DATE = dt.datetime(2026, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------- identifiers


def check_digit(d11):
    s = sum(int(d) * w for d, w in zip(d11, range(1, 12))) % 11
    if s == 10:
        s = sum(int(d) * w for d, w in zip(d11, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
        if s == 10:
            return None
    return s


def make_bin(seed, yymm):
    r = random.Random(seed)
    while True:
        d11 = yymm + "4" + "0" + "".join(str(r.randrange(10)) for _ in range(5))
        c = check_digit(d11)
        if c is not None:
            return d11 + str(c)


def make_iin(seed, yymmdd, cg):
    r = random.Random(seed)
    while True:
        d11 = yymmdd + cg + "".join(str(r.randrange(10)) for _ in range(4))
        c = check_digit(d11)
        if c is not None:
            return d11 + str(c)


def valid_bin(b):
    return len(b) == 12 and b.isdigit() and check_digit(b[:11]) == int(b[11])


# ---------------------------------------------------------------- dates

RU_M = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
        "сентября", "октября", "ноября", "декабря"]
KK_M = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
        "қыркүйек", "қазан", "қараша", "желтоқсан"]
KK_M_DAT = ["қаңтарға", "ақпанға", "наурызға", "сәуірге", "мамырға", "маусымға",
            "шілдеге", "тамызға", "қыркүйекке", "қазанға", "қарашаға", "желтоқсанға"]
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"]


def D(s):
    return dt.date.fromisoformat(s)


def dots(d):
    return d.strftime("%d.%m.%Y")


def ru_q(d):  # «05» февраля 2026 г.
    return f"«{d.day:02d}» {RU_M[d.month-1]} {d.year} г."


def ru_w(d):  # 5 февраля 2026 года
    return f"{d.day} {RU_M[d.month-1]} {d.year} года"


def kk_w(d):  # 2026 жылғы 12 наурыз
    return f"{d.year} жылғы {d.day} {KK_M[d.month-1]}"


def kk_until(d):
    return f"{d.year} жылғы {d.day} {KK_M_DAT[d.month-1]} дейін"


def en_dm(d):
    return f"{d.day} {EN_M[d.month-1]} {d.year}"


def en_md(d):
    return f"{EN_M[d.month-1]} {d.day}, {d.year}"


# ---------------------------------------------------------------- graphics

def font(path, size):
    return ImageFont.truetype(path, size)


def make_stamp(ring, center, color, seed, size=520, inner_ring=None, rect=False):
    """Round (or rectangular) ink stamp as RGBA with uneven ink."""
    r = random.Random(seed)
    if rect:
        w, h = size, int(size * 0.42)
        im = Image.new("L", (w, h), 0)
        dr = ImageDraw.Draw(im)
        dr.rectangle([6, 6, w - 7, h - 7], outline=255, width=7)
        f = font(DJ + "DejaVuSans-Bold.ttf", int(h * 0.2))
        lines = center
        tot = len(lines) * int(h * 0.26)
        y = (h - tot) // 2
        for ln in lines:
            tw = dr.textlength(ln, font=f)
            dr.text(((w - tw) / 2, y), ln, fill=255, font=f)
            y += int(h * 0.26)
    else:
        w = h = size
        im = Image.new("L", (w, h), 0)
        dr = ImageDraw.Draw(im)
        c = size / 2
        dr.ellipse([4, 4, size - 5, size - 5], outline=255, width=9)
        dr.ellipse([22, 22, size - 23, size - 23], outline=255, width=3)
        rad_in = size * 0.30
        dr.ellipse([c - rad_in, c - rad_in, c + rad_in, c + rad_in], outline=255, width=3)
        f = font(DJ + "DejaVuSans-Bold.ttf", int(size * 0.062))
        n = len(ring)
        step = 360.0 / (n + 2)
        rad = size * 0.395
        for i, ch in enumerate(ring):
            a = -90 + (i + 1) * step
            ci = Image.new("L", (80, 80), 0)
            ImageDraw.Draw(ci).text((40, 40), ch, fill=255, font=f, anchor="mm")
            ci = ci.rotate(-(a + 90), resample=Image.BICUBIC)
            x = c + rad * math.cos(math.radians(a)) - 40
            y = c + rad * math.sin(math.radians(a)) - 40
            im.paste(255, (int(x), int(y)), ci)
        f2 = font(DJ + "DejaVuSans-Bold.ttf", int(size * 0.058))
        y = c - len(center) * size * 0.075 / 2
        for ln in center:
            tw = dr.textlength(ln, font=f2)
            dr.text((c - tw / 2, y), ln, fill=255, font=f2)
            y += size * 0.075
        im = im.rotate(r.uniform(-25, 25), resample=Image.BICUBIC)
    rng = np.random.default_rng(seed)
    a = np.asarray(im).astype(np.float32) / 255.0
    tex = rng.uniform(0.45, 1.0, a.shape)
    blot = np.asarray(Image.fromarray((rng.uniform(0, 255, (h // 24 + 1, w // 24 + 1))).astype(np.uint8))
                      .resize((w, h), Image.BICUBIC)).astype(np.float32) / 255.0
    a = a * tex * (0.35 + 0.65 * blot) * 0.9
    alpha = Image.fromarray((np.clip(a, 0, 1) * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2))
    out = Image.new("RGBA", (w, h), color + (0,))
    out.putalpha(alpha)
    return out


def make_signature(seed, color=(20, 30, 110), w=620, h=230):
    r = random.Random(seed)
    im = Image.new("RGBA", (w, h), color + (0,))
    dr = ImageDraw.Draw(im)
    for stroke in range(r.randint(2, 3)):
        pts = []
        x = r.uniform(20, 120) + stroke * 150
        y = r.uniform(80, 150)
        n = r.randint(9, 15)
        for i in range(n):
            x += r.uniform(18, 52)
            y = 115 + r.uniform(-70, 70) * (0.6 if i % 2 else 1.0)
            pts.append((x, y))
        # Catmull-Rom smoothing
        sm = []
        for i in range(len(pts) - 1):
            p0 = pts[max(i - 1, 0)]
            p1, p2 = pts[i], pts[i + 1]
            p3 = pts[min(i + 2, len(pts) - 1)]
            for t in np.linspace(0, 1, 12):
                t2, t3 = t * t, t * t * t
                sm.append(tuple(0.5 * ((2 * p1[k]) + (-p0[k] + p2[k]) * t
                                       + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                                       + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3) for k in range(2)))
        dr.line(sm, fill=color + (235,), width=r.randint(3, 5), joint="curve")
    x0 = r.uniform(40, 200)
    dr.line([(x0, 190), (x0 + r.uniform(250, 420), 175 + r.uniform(-15, 15))], fill=color + (220,), width=3)
    return im.filter(ImageFilter.GaussianBlur(0.8))


def make_qr(seed, n=29, box=8):
    rng = np.random.default_rng(seed)
    m = rng.random((n, n)) < 0.5

    def finder(y, x):
        m[y:y + 7, x:x + 7] = True
        m[y + 1:y + 6, x + 1:x + 6] = False
        m[y + 2:y + 5, x + 2:x + 5] = True
        m[max(y - 1, 0):y + 8, x + 7 if x == 0 else x - 1] = False
    finder(0, 0)
    finder(0, n - 7)
    finder(n - 7, 0)
    img = Image.fromarray(np.where(m, 0, 255).astype(np.uint8)).resize((n * box, n * box), Image.NEAREST)
    return img.convert("RGB")


BLUE = (35, 60, 175)
VIOLET = (105, 45, 165)
INK = (20, 30, 110)

# ---------------------------------------------------------------- PDF engine

FAM = {
    "dv": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", DJ),
    "dvc": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf", DJ),
    "dvs": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", DJ),
    "dvsc": ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf", "DejaVuSerifCondensed-Italic.ttf", DJ),
    "mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf", DJ),
    "ls": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", LB),
    "lser": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", LB),
    "lsn": ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf", "LiberationSansNarrow-Italic.ttf", LB),
}


class Doc(FPDF):
    def __init__(self, fam="dv", size=10.5, margins=(22, 16, 14), hdr=None, ftr=None, lh=1.45):
        super().__init__(format="A4", unit="mm")
        self.set_creation_date(FIXED_DATE)
        self.set_producer("")
        for k, (r_, b_, i_, base) in FAM.items():
            if not os.path.exists(base + r_):
                continue
            self.add_font(k, "", base + r_)
            self.add_font(k, "B", base + b_)
            self.add_font(k, "I", base + i_)
        self.fam, self.size, self.lh = fam, size, lh
        if fam in ("ls", "lser", "lsn"):
            self.set_fallback_fonts(["dv" if fam != "lser" else "dvs"], exact_match=False)
        self.set_margins(margins[0], margins[1], margins[2])
        self.set_auto_page_break(True, 20)
        self.hdr, self.ftr = hdr, ftr
        self.f()

    def f(self, style="", size=None, fam=None):
        self.set_font(fam or self.fam, style, size or self.size)

    def header(self):
        if self.hdr:
            self.hdr(self)
            self.f()

    def footer(self):
        if self.ftr:
            self.ftr(self)
            self.f()

    def t(self, text, align="J", style="", size=None, fam=None, gap=1.0, lh=None):
        self.f(style, size, fam)
        self.multi_cell(0, self.font_size * (lh or self.lh), text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)
        self.f()

    def hd(self, text, size=None, align="C", gap=2):
        self.t(text, align=align, style="B", size=size or self.size + 1, gap=gap)

    def sp(self, mm):
        self.ln(mm)

    def table_(self, rows, widths, borders="ALL", size=None, head=False, fill_first_col=None,
               align=None, style=None, lh=None, width=None, head_fill=(225, 225, 225), fam=None):
        self.f(size=size, fam=fam)
        self.set_fill_color(255, 255, 255)
        if not align:
            align = "LEFT"
        kw = dict(col_widths=widths, borders_layout=borders, line_height=self.font_size * (lh or 1.35),
                  first_row_as_headings=head, padding=1.2, v_align="TOP")
        if width:
            kw["width"] = width
        if align:
            kw["text_align"] = align
        if head:
            kw["headings_style"] = FontFace(emphasis="BOLD", fill_color=head_fill)
        with self.table(**kw) as tb:
            for ri, r_ in enumerate(rows):
                row = tb.row()
                for ci, c in enumerate(r_):
                    st = None
                    if fill_first_col and ci == 0 and not (head and ri == 0):
                        st = FontFace(fill_color=fill_first_col)
                    if style and (ri, ci) in style:
                        st = style[(ri, ci)]
                    row.cell(c, style=st)
        self.ln(2)
        self.f()

    def need(self, mm):
        if self.get_y() + mm > self.h - 22:
            self.add_page()

    def img(self, im, x, y, w):
        self.image(im, x=x, y=y, w=w)

    def sign_line(self, left, name, seed, stamp=None, stamp_dx=0, stamp_dy=-14, stamp_w=38, sig=True,
                  sig_dx=0, name_x=138):
        """Signature row: position text left, signature in the middle, name right."""
        self.need(34)
        y = self.get_y()
        self.f()
        self.set_xy(self.l_margin, y)
        self.multi_cell(70, self.font_size * 1.4, left, align="L")
        y2 = self.get_y()
        self.line(95, y + 6, 132, y + 6)
        if sig:
            self.img(make_signature(seed), 95 + sig_dx, y - 6, 38)
        self.set_xy(name_x, y)
        self.cell(0, self.font_size * 1.4, name)
        if stamp is not None:
            self.img(stamp, 78 + stamp_dx, y + stamp_dy, stamp_w)
        self.set_xy(self.l_margin, max(y2, y + 10) + 4)


def pdf_bytes(doc):
    return bytes(doc.output())


# ---------------------------------------------------------------- scans

def scan_pages(pdfb, seed, dpi=200, skew=1.0, gray=True, blur=0.7, noise=7.0, light=0.16,
               tint=(0.985, 0.975, 0.945), bilevel=False, shadow=False):
    rng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(pdfb)
    pages = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72.0).to_pil().convert("RGB")
        a = np.asarray(img).astype(np.float32)
        a *= np.array(tint, dtype=np.float32)
        hh, ww = a.shape[:2]
        yy, xx = np.mgrid[0:hh, 0:ww].astype(np.float32)
        cx, cy = rng.uniform(0.2, 0.8) * ww, rng.uniform(0.2, 0.8) * hh
        d2 = ((xx - cx) / ww) ** 2 + ((yy - cy) / hh) ** 2
        gx = rng.uniform(-1, 1)
        field = 1.02 - light * d2 * 1.6 - 0.04 * gx * (xx / ww - 0.5)
        if shadow:
            field *= 1 - 0.25 * np.exp(-(xx / (0.03 * ww)))
        a *= field[..., None]
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(blur))
        ang = skew * (1 if i % 2 == 0 else 0.8) * (1 if rng.random() > 0.0 else -1)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(208, 206, 200))
        a = np.asarray(im).astype(np.float32)
        a += rng.normal(0, noise, a.shape[:2])[..., None]
        # dust specks
        for _ in range(int(rng.integers(40, 120))):
            y0, x0 = int(rng.integers(0, hh - 3)), int(rng.integers(0, ww - 3))
            a[y0:y0 + int(rng.integers(1, 3)), x0:x0 + int(rng.integers(1, 3))] *= 0.35
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        if gray or bilevel:
            im = im.convert("L")
        if bilevel:
            im = im.point(lambda v: 255 if v > 150 else 0).convert("1")
        pages.append(im)
    return pages


def save_scan(pages, path, fmt, dpi, quality=82):
    if fmt == "jpg":
        pages[0].save(path, "JPEG", quality=quality, dpi=(dpi, dpi), optimize=False)
    elif fmt == "png":
        pages[0].save(path, "PNG", dpi=(dpi, dpi), optimize=False)
    elif fmt == "tif":
        comp = "group4" if pages[0].mode == "1" else "tiff_lzw"
        pages[0].save(path, "TIFF", save_all=True, append_images=pages[1:], compression=comp, dpi=(dpi, dpi))
    elif fmt == "pdf":
        pdf = FPDF(unit="mm", format="A4")
        pdf.set_creation_date(FIXED_DATE)
        pdf.set_producer("")
        pdf.set_auto_page_break(False)
        for p in pages:
            buf = io.BytesIO()
            p.convert("L" if p.mode in ("L", "1") else "RGB").save(buf, "JPEG", quality=quality, dpi=(dpi, dpi))
            buf.seek(0)
            pdf.add_page()
            pdf.image(buf, x=0, y=0, w=210, h=297)
        pdf.output(path)
    else:
        raise ValueError(fmt)


# ---------------------------------------------------------------- parties

AUD = {
    "A1": dict(ru="ТОО «Ақпарат Сараптама»", kk="«Ақпарат Сараптама» ЖШС", en='"Aqparat Saraptama" LLP',
               bin=make_bin(101, "1709"), addr_ru="г. Астана, пр. Мәңгілік Ел, 55/20, офис 410",
               addr_kk="Астана қ., Мәңгілік Ел даңғылы, 55/20, 410-кеңсе",
               head_ru="Төлеубаев Ерлан Қайратұлы", head_kk="Төлеубаев Ерлан Қайратұлы",
               lead="Серікова Аружан Болатқызы", email="audit@aqparat-saraptama.kz"),
    "A2": dict(ru="ТОО «ДатаАудит Орда»", kk="«ДатаАудит Орда» ЖШС", en='"DataAudit Orda" LLP',
               bin=make_bin(202, "1811"), addr_ru="г. Алматы, ул. Сатпаева, 30А, БЦ «Тенгиз Тауэрс», 7 этаж",
               addr_en="7th floor, Tengiz Towers BC, 30A Satpayev St., Almaty 050040",
               head_ru="Нұрланов Азамат Ерболұлы", head_en="Azamat Nurlanov",
               lead_en="Dana Ismailova", email="info@dataaudit-orda.kz"),
    "A3": dict(ru="ТОО «Сарапшы Консалтинг»", kk="«Сарапшы Консалтинг» ЖШС", en='"Sarapshy Consulting" LLP',
               bin=make_bin(303, "2002"), addr_ru="г. Астана, ул. Сығанақ, 18/1, н.п. 12",
               addr_kk="Астана қ., Сығанақ к-сі, 18/1, 12 т.е.ж.",
               head_ru="Ким Ольга Сергеевна", head_kk="Ким Ольга Сергеевна",
               lead="Байжанов Дәулет Маратұлы", email="ai-audit@sarapshy.kz"),
}

NIIS_RU = "РГП на ПХВ «Национальный институт интеллектуальной собственности» Министерства юстиции Республики Казахстан"
NIIS_KK = "Қазақстан Республикасы Әділет министрлігінің «Ұлттық зияткерлік меншік институты» шаруашылық жүргізу құқығындағы республикалық мемлекеттік кәсіпорны"
CERT_TITLE_RU = ("СВИДЕТЕЛЬСТВО о внесении сведений в государственный реестр прав на объекты, "
                 "охраняемые авторским правом")
CERT_TITLE_KK = ("Авторлық құқықпен қорғалатын объектілерге құқықтардың мемлекеттік тізіліміне "
                 "мәліметтерді енгізу туралы КУӘЛІК")
ESIGN_RU = ("Данный документ согласно пункту 1 статьи 7 ЗРК от 7 января 2003 года N370-II «Об электронном "
            "документе и электронной цифровой подписи» равнозначен документу на бумажном носителе.")
ESIGN_KK = ("Осы құжат «Электрондық құжат және электрондық цифрлық қолтаңба туралы» Қазақстан Республикасының "
            "2003 жылғы 7 қаңтардағы N370-II Заңы 7-бабының 1-тармағына сәйкес қағаз тасығыштағы құжатпен бірдей.")

# ---------------------------------------------------------------- helpers for common pieces


def letterhead(pdf, lines_left, lines_right, color=(20, 70, 120), logo=None):
    pdf.set_draw_color(*color)
    pdf.set_text_color(*color)
    y = pdf.get_y()
    pdf.f("B", 9.5)
    pdf.set_xy(pdf.l_margin, y)
    pdf.multi_cell(80, 4.6, "\n".join(lines_left), align="L")
    yl = pdf.get_y()
    pdf.set_xy(210 - pdf.r_margin - 80, y)
    pdf.multi_cell(80, 4.6, "\n".join(lines_right), align="R")
    yr = pdf.get_y()
    if logo:
        pdf.set_xy(95, y + 1)
        pdf.f("B", 15)
        pdf.cell(20, 10, logo, align="C")
    yb = max(yl, yr) + 1.5
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, yb, 210 - pdf.r_margin, yb)
    pdf.set_line_width(0.25)
    pdf.line(pdf.l_margin, yb + 1.2, 210 - pdf.r_margin, yb + 1.2)
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    pdf.set_xy(pdf.l_margin, yb + 5)
    pdf.f()


def page_footer(fmt):
    def _f(pdf):
        pdf.set_y(-14)
        pdf.f("", 8)
        pdf.cell(0, 5, fmt.replace("{n}", str(pdf.page_no())), align="C")
    return _f


def running_header(text):
    def _h(pdf):
        pdf.f("I", 7.5)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(0, 4, text, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(150, 150, 150)
        pdf.line(pdf.l_margin, pdf.get_y() + 0.5, 210 - pdf.r_margin, pdf.get_y() + 0.5)
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(0, 0, 0)
        pdf.ln(4)
    return _h


def copy_mark(pdf, x, y, lines, seed, color=VIOLET, w=46):
    pdf.img(make_stamp(None, lines, color, seed, size=560, rect=True), x, y, w)


# ================================================================ document builders
# Each builder returns a Doc (FPDF). Scans are made from it later.

# ---------------------------------------------------------------- applications

def app_letter_ru(a):
    pdf = Doc("lser", 12, margins=(25, 14, 15), lh=1.35)
    pdf.add_page()
    letterhead(pdf, [a["name_kk"], "БСН " + a["bin"], a["addr_kk"]],
               [a["name"], "БИН " + a["bin"], a["addr_ru"]], logo=a.get("logo"))
    pdf.f("", 11)
    y = pdf.get_y()
    pdf.set_xy(pdf.l_margin, y)
    pdf.multi_cell(70, 5.2, f"Исх. № {a['out_no']}\nот {dots(a['date'])}", align="L")
    pdf.set_xy(112, y)
    pdf.multi_cell(0, 5.2, a["addressee"], align="L")
    pdf.ln(8)
    pdf.hd("ЗАЯВЛЕНИЕ", 12.5, gap=0)
    pdf.t("о включении системы искусственного интеллекта в перечень доверенных систем "
          "искусственного интеллекта высокой степени риска", align="C", style="B", size=11.5, gap=4)
    paras = [
        f"{a['name']} (БИН {a['bin']}), являющееся собственником системы искусственного интеллекта, "
        f"просит рассмотреть настоящее заявление и включить систему «{a['system']}» версии {a['version']} "
        "в перечень доверенных систем искусственного интеллекта высокой степени риска в соответствии с "
        "Законом Республики Казахстан «Об искусственном интеллекте».",
        f"Сфера применения системы — {a['sector']}. {a['purpose_ru']}",
        "Исключительные права на систему подтверждаются свидетельством о внесении сведений в государственный "
        f"реестр прав на объекты, охраняемые авторским правом, № {a['cert_no']}. Аудит системы проведён "
        f"{a['auditor_ru']}, заключение № {a['audit_no']} является положительным.",
        "Заявитель подтверждает достоверность представленных сведений и даёт согласие на размещение "
        "наименования системы и сведений о собственнике в публичном перечне.",
        f"Контактный адрес электронной почты для направления уведомлений: {a['email']}.",
    ]
    for p in paras:
        pdf.t("      " + p, gap=1.5)
    pdf.ln(2)
    pdf.t("Приложения:", style="B", gap=0.5)
    for i, ln in enumerate(a["annexes"], 1):
        pdf.t(f"{i}. {ln}", align="L", gap=0.2)
    pdf.ln(8)
    pdf.sign_line(a["sign_pos"], a["signatory"], seed=a["seed"] + 1,
                  stamp=make_stamp(a["stamp_ring"], a["stamp_center"], BLUE, a["seed"] + 2), stamp_dx=-8,
                  stamp_dy=-16, stamp_w=40, name_x=140)
    pdf.ln(20)
    pdf.f("", 8.5)
    pdf.multi_cell(0, 4, a["executor"], align="L")
    return pdf


def app_form_kk(a):
    """Numbered official form as a table, in Kazakh."""
    pdf = Doc("dv", 10, margins=(20, 14, 14))
    pdf.add_page()
    pdf.f("", 8.5)
    pdf.set_x(120)
    pdf.multi_cell(0, 4, "Жоғары тәуекелді жасанды интеллект жүйелерін\nсенім білдірілген тізбеге енгізу "
                   "қағидаларына\n1-қосымша\nНысан", align="R")
    pdf.ln(4)
    pdf.f("", 10)
    pdf.set_x(110)
    pdf.multi_cell(0, 5, a["addressee"], align="L")
    pdf.ln(5)
    pdf.hd("ӨТІНІШ", 13, gap=0)
    pdf.t("жоғары тәуекелді жасанды интеллект жүйесін сенім білдірілген жүйелер тізбесіне енгізу туралы",
          align="C", style="B", size=10, gap=4)
    rows = [["№", "Көрсеткіштің атауы", "Мәні"],
            ["1", "Өтініш берушінің толық атауы", a["name"]],
            ["2", "Бизнес-сәйкестендіру нөмірі (БСН)", a["bin"]],
            ["3", "Заңды мекенжайы", a["addr_kk"]],
            ["4", "Жасанды интеллект жүйесінің атауы", a["system"]],
            ["5", "Жүйенің нұсқасы", a["version"]],
            ["6", "Қолданылу саласы", a["sector"]],
            ["7", "Зияткерлік меншік құқығын растайтын құжат", a["ip_doc"]],
            ["8", "Аудиторлық қорытынды", a["audit_doc"]],
            ["9", "Байланыс телефоны", a["phone"]],
            ["10", "Электрондық пошта", a["email"]],
            ["11", "Өтінішке қол қойған тұлғаның Т.А.Ә.", a["signatory"]]]
    pdf.table_(rows, (9, 62, 99), head=True, align=("CENTER", "LEFT", "LEFT"), size=9.5, lh=1.45)
    pdf.ln(2)
    pdf.t("Ұсынылған мәліметтердің дұрыстығын растаймын. Дербес деректерді жинауға және өңдеуге келісемін.",
          size=9.5, gap=2)
    pdf.t("Қоса беріліп отырған құжаттар: " + a["annex_line"], size=9.5, gap=6)
    pdf.f("", 10)
    y = pdf.get_y()
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(60, 5, "Күні: " + kk_w(a["date"]) + " ж.")
    pdf.set_xy(pdf.l_margin, y + 16)
    pdf.cell(40, 5, a["sign_pos"])
    pdf.line(80, y + 21, 120, y + 21)
    pdf.img(make_signature(a["seed"] + 1), 82, y + 8, 36)
    pdf.set_xy(125, y + 16)
    pdf.cell(0, 5, a["sign_short"])
    pdf.f("", 7)
    pdf.set_xy(80, y + 22)
    pdf.cell(40, 3, "(қолы)", align="C")
    pdf.set_xy(pdf.l_margin, y + 30)
    pdf.cell(20, 4, "М.О.")
    pdf.img(make_stamp(a["stamp_ring"], a["stamp_center"], VIOLET, a["seed"] + 2), 48, y + 7, 40)
    return pdf


def app_bilingual(a):
    """Kazakh and Russian side by side in two columns."""
    pdf = Doc("dvc", 9.5, margins=(16, 14, 14), ftr=page_footer("{n}-бет / стр. {n}"))
    pdf.add_page()
    letterhead(pdf, [a["name_kk"], "БСН " + a["bin"]], [a["name"], "БИН " + a["bin"]])
    pdf.f("", 9)
    pdf.set_x(115)
    pdf.multi_cell(0, 4.5, a["addressee"], align="L")
    pdf.ln(5)
    rows = [["ӨТІНІШ", "ЗАЯВЛЕНИЕ"]]
    st = {(0, 0): FontFace(emphasis="BOLD"), (0, 1): FontFace(emphasis="BOLD")}
    rows += [[k, r] for k, r in a["pairs"]]
    pdf.table_(rows, (1, 1), borders="NONE", size=9.5, lh=1.4, style=st, align=("LEFT", "LEFT"))
    pdf.ln(4)
    pdf.f("", 9.5)
    y = pdf.get_y()
    pdf.set_xy(pdf.l_margin, y)
    pdf.multi_cell(85, 4.6, a["sign_pos_kk"] + "\n" + a["sign_pos_ru"], align="L")
    pdf.line(100, y + 8, 135, y + 8)
    pdf.img(make_signature(a["seed"] + 1), 99, y - 4, 36)
    pdf.set_xy(140, y + 3)
    pdf.cell(0, 5, a["signatory"])
    pdf.img(make_stamp(a["stamp_ring"], a["stamp_center"], BLUE, a["seed"] + 2), 80, y - 12, 38)
    pdf.set_xy(pdf.l_margin, y + 26)
    pdf.f("", 8)
    pdf.multi_cell(0, 4, a["executor"], align="L")
    return pdf


def app_form_table_ru(a):
    pdf = Doc("dvs", 10, margins=(22, 14, 14))
    pdf.add_page()
    pdf.f("", 8.5)
    pdf.set_x(118)
    pdf.multi_cell(0, 4, "Приложение 1\nк Правилам формирования перечня\nдоверенных систем искусственного "
                   "интеллекта\nвысокой степени риска\nФорма", align="R")
    pdf.ln(3)
    pdf.f("", 10)
    pdf.set_x(112)
    pdf.multi_cell(0, 5, a["addressee"], align="L")
    pdf.ln(5)
    pdf.hd("ЗАЯВЛЕНИЕ", 12, gap=0)
    pdf.t("о включении системы искусственного интеллекта высокой степени риска в перечень "
          "доверенных систем искусственного интеллекта", align="C", style="B", size=10, gap=3)
    rows = [["№ п/п", "Наименование сведений", "Сведения о заявителе и системе"],
            ["1", "Полное наименование заявителя (собственника системы)", a["name"]],
            ["2", "БИН", a["bin"]],
            ["3", "Место нахождения", a["addr_ru"]],
            ["4", "Наименование системы искусственного интеллекта", a["system"]],
            ["5", "Версия системы", a["version"]],
            ["6", "Отрасль (сфера) применения", a["sector"]],
            ["7", "Документ, подтверждающий права на систему", a["ip_doc"]],
            ["8", "Аудиторское заключение", a["audit_doc"]],
            ["9", "Адрес электронной почты", a["email"]],
            ["10", "Телефон", a["phone"]]]
    pdf.table_(rows, (13, 70, 83), head=True, align=("CENTER", "LEFT", "LEFT"), size=9.5, lh=1.4)
    pdf.t("Прилагаемые документы: " + a["annex_line"], size=9.5, gap=2)
    pdf.t("Подтверждаю, что сведения, указанные в заявлении и прилагаемых документах, являются достоверными.",
          size=9.5, gap=6)
    pdf.f("", 10)
    pdf.cell(0, 5, "Дата подачи: " + dots(a["date"]), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.sign_line(a["sign_pos"], a["signatory"], seed=a["seed"] + 1,
                  stamp=make_stamp(a["stamp_ring"], a["stamp_center"], BLUE, a["seed"] + 2),
                  stamp_dx=0, stamp_dy=-12, stamp_w=36, name_x=136)
    return pdf


def app_paragraphs_ru(a):
    pdf = Doc("dv", 10.5, margins=(24, 16, 16))
    pdf.add_page()
    pdf.f("", 10.5)
    pdf.set_x(108)
    pdf.multi_cell(0, 5.2, a["addressee"], align="L")
    pdf.ln(3)
    pdf.set_x(108)
    pdf.multi_cell(0, 5.2, "от " + a["from_line"], align="L")
    pdf.ln(8)
    pdf.hd("ЗАЯВЛЕНИЕ", 13, gap=4)
    pdf.t("      Прошу включить систему искусственного интеллекта, указанную ниже, в перечень доверенных "
          "систем искусственного интеллекта высокой степени риска. Сообщаю следующие сведения:", gap=2)
    items = [f"Заявитель: {a['name']}",
             f"ИИН: {a['bin']}",
             f"Наименование системы: {a['system']}",
             f"Версия: {a['version']}",
             f"Сфера применения: {a['sector']}",
             f"Права на систему: {a['ip_doc']}",
             f"Аудит: {a['audit_doc']}",
             f"Электронная почта: {a['email']}",
             f"Телефон: {a['phone']}"]
    for i, it in enumerate(items, 1):
        pdf.t(f"{i}. {it}", align="L", gap=0.6)
    pdf.ln(2)
    pdf.t("      Описание системы, копия свидетельства и аудиторское заключение прилагаются. "
          "Достоверность сведений подтверждаю.", gap=8)
    pdf.f("", 10.5)
    y = pdf.get_y()
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(60, 5, ru_q(a["date"]))
    pdf.line(88, y + 5, 128, y + 5)
    pdf.img(make_signature(a["seed"] + 1), 88, y - 7, 40)
    pdf.set_xy(132, y)
    pdf.cell(0, 5, "/" + a["sign_short"] + "/")
    pdf.img(make_stamp(a["stamp_ring"], a["stamp_center"], BLUE, a["seed"] + 2), 68, y - 14, 38)
    pdf.set_xy(pdf.l_margin, y + 24)
    pdf.f("I", 9)
    pdf.multi_cell(0, 4.5, "Заявление подписал: " + a["signatory"], align="L")
    return pdf


def app_letter_kk(a):
    pdf = Doc("dvs", 11, margins=(25, 14, 15), lh=1.4)
    pdf.add_page()
    letterhead(pdf, [a["name"], "БСН " + a["bin"], a["addr_kk"]],
               [a["name_en"], "BIN " + a["bin"], a["addr_en"]], color=(30, 100, 60), logo=a.get("logo"))
    pdf.f("", 10.5)
    y = pdf.get_y()
    pdf.set_xy(pdf.l_margin, y)
    pdf.multi_cell(70, 5, f"{kk_w(a['date'])}\nШығ. № {a['out_no']}", align="L")
    pdf.set_xy(112, y)
    pdf.multi_cell(0, 5, a["addressee"], align="L")
    pdf.ln(8)
    pdf.hd("Өтініш", 12, gap=4)
    paras = [
        f"{a['name']} (БСН {a['bin']}) Сізден «Жасанды интеллект туралы» Қазақстан Республикасы Заңына сәйкес "
        f"өзіне тиесілі «{a['system']}» жасанды интеллект жүйесін ({a['version']} нұсқа) жоғары тәуекелді сенім "
        "білдірілген жасанды интеллект жүйелерінің тізбесіне енгізуді сұрайды.",
        f"Жүйенің қолданылу саласы — {a['sector']}. {a['purpose_kk']}",
        f"Жүйеге құқық {a['ip_doc']} арқылы расталады. Жүйенің аудитін {a['auditor_kk']} жүргізді, "
        f"аудиторлық қорытынды № {a['audit_no']} оң.",
        f"Хабарламаларды {a['email']} электрондық поштасына жіберуді сұраймыз.",
    ]
    for p in paras:
        pdf.t("      " + p, gap=1.5)
    pdf.t("Қосымшалар: " + a["annex_line"], size=10, gap=10)
    pdf.sign_line(a["sign_pos"], a["signatory"], seed=a["seed"] + 1,
                  stamp=make_stamp(a["stamp_ring"], a["stamp_center"], BLUE, a["seed"] + 2), stamp_dx=-6,
                  stamp_dy=-15, stamp_w=38, name_x=142)
    pdf.ln(22)
    pdf.f("", 8.5)
    pdf.multi_cell(0, 4, a["executor"], align="L")
    return pdf


def app_letter_en(a):
    pdf = Doc("ls", 11, margins=(24, 14, 18), lh=1.4)
    pdf.add_page()
    letterhead(pdf, [a["name"], "BIN " + a["bin"], a["addr_en"]],
               [a["name_ru"], "БИН " + a["bin"], a["addr_ru"]], color=(10, 60, 140), logo=a.get("logo"))
    pdf.f("", 10.5)
    y = pdf.get_y()
    pdf.set_xy(pdf.l_margin, y)
    pdf.multi_cell(70, 5, f"Ref. No. {a['out_no']}\n{en_dm(a['date'])}", align="L")
    pdf.set_xy(112, y)
    pdf.multi_cell(0, 5, a["addressee"], align="L")
    pdf.ln(8)
    pdf.t("Re: Application for inclusion of a high-risk AI system in the list of trusted AI systems",
          style="B", align="L", gap=4)
    pdf.t("Dear Sir or Madam,", align="L", gap=2)
    paras = [
        f"{a['name']} (BIN {a['bin']}), the owner of the artificial intelligence system described below, hereby "
        "applies for the inclusion of the system in the list of trusted high-risk AI systems kept under the Law "
        "of the Republic of Kazakhstan on Artificial Intelligence.",
    ]
    for p in paras:
        pdf.t(p, gap=2)
    rows = [["System name:", a["system"]], ["Version:", a["version"]], ["Sector:", a["sector"]],
            ["IP rights:", a["ip_doc"]], ["Audit conclusion:", a["audit_doc"]], ["Contact e-mail:", a["email"]]]
    pdf.table_(rows, (45, 115), borders="NONE", size=10.5, lh=1.4, style={(i, 0): FontFace(emphasis="BOLD") for i in range(6)})
    pdf.t("The system description, a copy of the copyright certificate and the audit conclusion are enclosed. "
          "We confirm that the information provided is accurate and complete.", gap=3)
    pdf.t("Yours faithfully,", align="L", gap=10)
    pdf.sign_line(a["sign_pos"], a["signatory"], seed=a["seed"] + 1,
                  stamp=make_stamp(a["stamp_ring"], a["stamp_center"], BLUE, a["seed"] + 2), stamp_dx=-4,
                  stamp_dy=-14, stamp_w=38, name_x=138)
    pdf.ln(14)
    pdf.f("", 9)
    pdf.multi_cell(0, 4.5, "Enclosures: " + a["annex_line"], align="L")
    return pdf


def app_kv_ru(a):
    """Russian application: two-column label|value table without numbering, numbered paragraphs after."""
    pdf = Doc("lsn", 11, margins=(22, 16, 16), lh=1.35)
    pdf.add_page()
    pdf.f("", 10.5)
    pdf.set_x(110)
    pdf.multi_cell(0, 5, a["addressee"], align="L")
    pdf.ln(8)
    pdf.hd("ЗАЯВЛЕНИЕ", 13, gap=0)
    pdf.t("на включение в перечень доверенных систем искусственного интеллекта", align="C", size=11, gap=5)
    rows = [["Заявитель", a["name"]], ["БИН заявителя", a["bin"]], ["Юридический адрес", a["addr_ru"]],
            ["Руководитель", a["signatory"]], ["Наименование системы ИИ", a["system"]],
            ["Версия", a["version"]], ["Сфера применения", a["sector"]], ["E-mail", a["email"]],
            ["Телефон", a["phone"]]]
    pdf.table_(rows, (55, 111), size=10.5, lh=1.45, fill_first_col=(238, 238, 238))
    pdf.ln(2)
    for i, p in enumerate(a["paras"], 1):
        pdf.t(f"{i}. {p}", gap=1.2)
    pdf.ln(4)
    pdf.f("", 11)
    pdf.cell(0, 5, ru_q(a["date"]), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.sign_line(a["sign_pos"], a["sign_short"], seed=a["seed"] + 1,
                  stamp=make_stamp(a["stamp_ring"], a["stamp_center"], BLUE, a["seed"] + 2),
                  stamp_dx=-2, stamp_dy=-14, stamp_w=38, name_x=140)
    return pdf


# ---------------------------------------------------------------- system descriptions

def desc_sections(title_lines, sections, fam="dv", size=10.5, hdr=None, ftr=None, num_fmt="{i}. {h}",
                  intro=None, closing=None, table_after=None):
    pdf = Doc(fam, size, margins=(24, 16, 16), hdr=hdr, ftr=ftr)
    pdf.add_page()
    for i, ln in enumerate(title_lines):
        pdf.t(ln, align="C", style="B" if i == 0 else "", size=size + (2 if i == 0 else 0), gap=0.5)
    pdf.ln(4)
    if intro:
        pdf.t(intro, gap=3)
    for i, (h, paras) in enumerate(sections, 1):
        pdf.need(25)
        pdf.t(num_fmt.format(i=i, h=h, r=["I", "II", "III", "IV", "V", "VI", "VII"][i - 1]),
              style="B", align="L", gap=1.2)
        for p in paras:
            if isinstance(p, list):
                for b in p:
                    pdf.t("  – " + b, align="L", gap=0.4)
                pdf.ln(1)
            else:
                pdf.t(p, gap=1.6)
        if table_after and table_after[0] == i:
            pdf.table_(table_after[1], table_after[2], head=True, size=size - 1.5)
        pdf.ln(1.5)
    if closing:
        pdf.ln(3)
        pdf.t(closing, align="L", gap=1)
    return pdf


def desc_bilingual(title_kk, title_ru, rows, fam="dvc", size=9.5, footer=None):
    pdf = Doc(fam, size, margins=(16, 16, 14), ftr=footer)
    pdf.add_page()
    pdf.table_([[title_kk, title_ru]], (1, 1), borders="NONE", size=size + 1.5,
               style={(0, 0): FontFace(emphasis="BOLD"), (0, 1): FontFace(emphasis="BOLD")}, align=("CENTER", "CENTER"))
    st = {}
    for i, (k, r) in enumerate(rows):
        if k.startswith("§"):
            st[(i, 0)] = FontFace(emphasis="BOLD")
            st[(i, 1)] = FontFace(emphasis="BOLD")
    rows2 = [[k.lstrip("§"), r.lstrip("§")] for k, r in rows]
    pdf.table_(rows2, (1, 1), borders="NONE", size=size, lh=1.4, style=st, align=("JUSTIFY", "JUSTIFY"))
    return pdf


# ---------------------------------------------------------------- certificates

def kazpatent_logo(pdf, x, y):
    pdf.set_fill_color(18, 72, 150)
    pdf.rect(x, y, 34, 11, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.f("B", 10.5, fam="dv")
    pdf.set_xy(x, y + 0.6)
    pdf.cell(34, 5.5, "ҚАЗПАТЕНТ", align="C")
    pdf.f("", 6.5, fam="dv")
    pdf.set_xy(x, y + 5.7)
    pdf.cell(34, 4, "KAZPATENT", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_fill_color(255, 255, 255)
    pdf.f()


def cert_egov(lang, c):
    pdf = Doc("dv", 9.5, margins=(18, 12, 16))
    pdf.add_page()
    pdf.f("", 7.5)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(0, 4, {"ru": "Электронный документ. Выписка сформирована на портале «электронного правительства» egov.kz",
                    "kk": "Электрондық құжат. Үзінді «электрондық үкімет» egov.kz порталында қалыптастырылды",
                    "bi": "Электрондық құжат / Электронный документ — egov.kz"}[lang],
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    y = pdf.get_y()
    kazpatent_logo(pdf, pdf.l_margin, y)
    pdf.f("B", 8.5)
    pdf.set_xy(58, y)
    niis = {"ru": NIIS_RU, "kk": NIIS_KK, "bi": NIIS_KK + "\n" + NIIS_RU}[lang]
    pdf.multi_cell(0, 4, niis, align="L")
    pdf.ln(5)
    title = {"ru": CERT_TITLE_RU, "kk": CERT_TITLE_KK, "bi": CERT_TITLE_KK + "\n" + CERT_TITLE_RU}[lang]
    pdf.t(title, align="C", style="B", size=11, gap=4)
    L = {
        "ru": ["Номер свидетельства", "Дата выдачи", "Номер заявки", "Дата подачи заявки",
               "Вид объекта авторского права", "Название объекта", "Дата создания объекта", "Автор (авторы)",
               "Правообладатель", "БИН правообладателя", "Статус"],
        "kk": ["Куәліктің нөмірі", "Берілген күні", "Өтінім нөмірі", "Өтінім берілген күн",
               "Авторлық құқық объектісінің түрі", "Объектінің атауы", "Объектіні жасаған күн",
               "Автор (авторлар)", "Құқық иеленуші", "Құқық иеленушінің БСН", "Мәртебесі"],
    }
    if lang == "bi":
        labels = [k + " / " + r for k, r in zip(L["kk"], L["ru"])]
    else:
        labels = L[lang]
    vals = [c["number"], dots(c["issue"]), c["appl_no"], dots(c["filing"]), c["type"], c["title"],
            dots(c["creation"]), c["authors"], c.get("rh"), c.get("rh_bin"), c["status"]]
    rows = [[l_, v] for l_, v in zip(labels, vals) if v]
    pdf.table_(rows, (70 if lang != "bi" else 82, 104 if lang != "bi" else 92), size=9.5, lh=1.5,
               fill_first_col=(226, 232, 242))
    pdf.ln(2)
    pdf.t({"ru": "Сведения о произведении внесены в государственный реестр прав на объекты, охраняемые "
                 "авторским правом.",
           "kk": "Шығарма туралы мәліметтер авторлық құқықпен қорғалатын объектілерге құқықтардың мемлекеттік "
                 "тізіліміне енгізілді.",
           "bi": "Шығарма туралы мәліметтер мемлекеттік тізілімге енгізілді. / Сведения о произведении внесены "
                 "в государственный реестр."}[lang], size=9.5, gap=3)
    pdf.t({"ru": "Директор: ", "kk": "Директор: ", "bi": "Директор / Директор: "}[lang] + c["director"], size=9.5, gap=0.5)
    pdf.t({"ru": "Подписано ЭЦП: ", "kk": "ЭЦҚ-мен қол қойылды: ", "bi": "ЭЦҚ / ЭЦП: "}[lang]
          + dots(c["issue"]) + " " + c.get("sign_time", "16:27:41"), size=9.5, gap=4)
    y = pdf.get_y()
    for k in range(3):
        pdf.img(make_qr(c["seed"] + k), pdf.l_margin + k * 36, y, 30)
    pdf.set_xy(pdf.l_margin, y + 34)
    pdf.f("", 7)
    pdf.set_text_color(90, 90, 90)
    pdf.multi_cell(0, 3.4, {"ru": ESIGN_RU, "kk": ESIGN_KK, "bi": ESIGN_KK + "\n" + ESIGN_RU}[lang], align="J")
    pdf.ln(1)
    pdf.multi_cell(0, 3.4, {"ru": "Проверить подлинность документа можно на сайте ", "kk": "Құжаттың түпнұсқалығын тексеру: ",
                            "bi": "Тексеру / Проверка: "}[lang] + "https://copyright.kazpatent.kz/verify " +
                   {"ru": "Дата печати: ", "kk": "Басып шығарылған күні: ", "bi": "Басып шығару / Печать: "}[lang]
                   + c["printed"], align="L")
    pdf.set_text_color(0, 0, 0)
    return pdf


def state_emblem(pdf, x, y, d=22):
    pdf.set_draw_color(150, 120, 30)
    pdf.set_line_width(0.6)
    pdf.circle(x, y, d / 2)
    pdf.circle(x, y, d / 2 - 2.5)
    for k in range(16):
        a = 2 * math.pi * k / 16
        pdf.line(x + 3 * math.cos(a), y + 3 * math.sin(a), x + (d / 2 - 3.5) * math.cos(a), y + (d / 2 - 3.5) * math.sin(a))
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)


def cert_paper_ru(c, copy=None):
    pdf = Doc("dvs", 11, margins=(24, 16, 20), lh=1.5)
    pdf.add_page()
    pdf.set_draw_color(120, 100, 40)
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, 190, 277)
    pdf.set_line_width(0.3)
    pdf.rect(12.5, 12.5, 185, 272)
    pdf.set_draw_color(0, 0, 0)
    state_emblem(pdf, 105, 30)
    pdf.set_y(45)
    pdf.t("РЕСПУБЛИКА КАЗАХСТАН", align="C", style="B", size=12, gap=5)
    pdf.t("СВИДЕТЕЛЬСТВО", align="C", style="B", size=18, gap=1)
    pdf.t("о внесении сведений в государственный реестр прав на объекты, охраняемые авторским правом",
          align="C", size=11, gap=4)
    pdf.t(f"№ {c['number']}", align="C", style="B", size=14, gap=1)
    pdf.t(f"от {ru_q(c['issue'])[:-3]} года", align="C", size=11, gap=8)
    rows = [("Вид объекта", c["type"]),
            ("Название объекта", c["title"]),
            ("Фамилия, имя, отчество (при его наличии) автора (авторов)", c["authors"]),
            ("Правообладатель", c.get("rh")),
            ("БИН правообладателя", c.get("rh_bin")),
            ("Дата создания объекта", dots(c["creation"])),
            ("Номер заявки", c["appl_no"]),
            ("Дата подачи заявки", dots(c["filing"]))]
    for k, v in rows:
        if v:
            pdf.f("B", 11)
            pdf.multi_cell(0, 6, k + ":", align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.f("", 11)
            pdf.multi_cell(0, 6, v, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.ln(10)
    y = pdf.get_y()
    pdf.f("", 10)
    pdf.set_xy(pdf.l_margin, y)
    pdf.multi_cell(75, 5, "Директор\n" + NIIS_RU.replace("РГП на ПХВ ", "РГП ").split(" Министерства")[0], align="L")
    pdf.line(105, y + 8, 140, y + 8)
    pdf.img(make_signature(c["seed"] + 7), 104, y - 4, 36)
    pdf.set_xy(145, y + 3)
    pdf.cell(0, 5, c["director_short"])
    pdf.img(make_stamp("ҰЛТТЫҚ ЗИЯТКЕРЛІК МЕНШІК ИНСТИТУТЫ * НИИС * ", ["ҚАЗПАТЕНТ", "KAZPATENT"], BLUE,
                       c["seed"] + 8), 82, y - 12, 36)
    if copy:
        copy_mark(pdf, 120, 250, copy, c["seed"] + 9, color=VIOLET, w=56)
        pdf.img(make_signature(c["seed"] + 10, color=(30, 30, 90)), 150, 262, 30)
    return pdf


def cert_paper_kk(c, free=False, copy=None):
    pdf = Doc("dv", 10.5, margins=(24, 16, 20), lh=1.55)
    pdf.add_page()
    pdf.set_draw_color(20, 90, 150)
    pdf.set_line_width(0.9)
    pdf.rect(11, 11, 188, 275)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    state_emblem(pdf, 105, 30, d=20)
    pdf.set_y(44)
    pdf.t("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ", align="C", style="B", size=12, gap=4)
    pdf.t("КУӘЛІК", align="C", style="B", size=18, gap=1)
    pdf.t("авторлық құқықпен қорғалатын объектілерге құқықтардың мемлекеттік тізіліміне мәліметтерді енгізу туралы",
          align="C", size=10.5, gap=4)
    pdf.t(f"№ {c['number']}", align="C", style="B", size=14, gap=8)
    if free:
        rh = c.get("rh")
        txt = (f"Осы куәлік {c['title']} атты ЭЕМ-ге арналған бағдарлама туралы мәліметтердің авторлық құқықпен "
               "қорғалатын объектілерге құқықтардың мемлекеттік тізіліміне енгізілгенін куәландырады.")
        pdf.t("      " + txt, gap=3)
        lines = [("Берілген күні", kk_w(c["issue"])),
                 ("Объектінің түрі", c["type"]),
                 ("Объектінің атауы", c["title"]),
                 ("Автор (авторлар)", c["authors"]),
                 ("Құқық иеленуші", (rh + ", БСН " + c["rh_bin"]) if rh and c.get("rh_bin") else rh),
                 ("Объектіні жасаған күні", kk_w(c["creation"])),
                 ("Өтінім нөмірі", c["appl_no"])]
        for k, v in lines:
            if v:
                pdf.t(f"{k}: {v}", align="L", gap=1.2)
    else:
        pdf.t(f"Берілген күні: {kk_w(c['issue'])}", align="C", size=11, gap=6)
        rows = [("Авторлық құқық объектісінің түрі", c["type"]),
                ("Объектінің атауы", c["title"]),
                ("Автордың (авторлардың) тегі, аты, әкесінің аты (бар болса)", c["authors"]),
                ("Құқық иеленуші", c.get("rh")),
                ("Объектіні жасаған күн", kk_w(c["creation"])),
                ("Өтінім нөмірі", c["appl_no"]),
                ("Өтінім берілген күн", dots(c["filing"]))]
        for k, v in rows:
            if v:
                pdf.f("B", 10.5)
                pdf.multi_cell(0, 6, k + ":", align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.f("", 10.5)
                pdf.multi_cell(0, 6, v, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
    pdf.ln(10)
    y = pdf.get_y()
    pdf.f("", 10)
    pdf.set_xy(pdf.l_margin, y)
    pdf.multi_cell(75, 5, "«Ұлттық зияткерлік меншік\nинституты» РМК директоры", align="L")
    pdf.line(105, y + 8, 140, y + 8)
    pdf.img(make_signature(c["seed"] + 7), 104, y - 4, 36)
    pdf.set_xy(145, y + 3)
    pdf.cell(0, 5, c["director_short"])
    pdf.img(make_stamp("ҰЛТТЫҚ ЗИЯТКЕРЛІК МЕНШІК ИНСТИТУТЫ * АСТАНА * ", ["ҚАЗПАТЕНТ"], BLUE,
                       c["seed"] + 8), 84, y - 13, 36)
    if copy:
        copy_mark(pdf, 118, 248, copy, c["seed"] + 9, color=BLUE, w=58)
    return pdf


# ---------------------------------------------------------------- copyright agreements

def agreement_ru(g):
    pdf = Doc("lser", 10.5, margins=(22, 15, 15), lh=1.3, ftr=page_footer("Страница {n}"))
    pdf.add_page()
    pdf.t(f"ЛИЦЕНЗИОННЫЙ ДОГОВОР № {g['number']}", align="C", style="B", size=12.5, gap=0)
    pdf.t("о предоставлении права использования программы для ЭВМ", align="C", style="B", size=11, gap=3)
    y = pdf.get_y()
    pdf.cell(80, 5, g["city"])
    pdf.set_xy(110, y)
    pdf.cell(0, 5, ru_q(g["date"]), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.t("      " + g["preamble"], gap=2)
    secs = g["sections"]
    for i, (h, ps) in enumerate(secs, 1):
        pdf.need(20)
        pdf.t(f"{i}. {h}", align="C", style="B", gap=1)
        for j, p in enumerate(ps, 1):
            pdf.t(f"{i}.{j}. {p}", gap=0.8)
        pdf.ln(1)
    pdf.need(80)
    pdf.t(f"{len(secs) + 1}. АДРЕСА, РЕКВИЗИТЫ И ПОДПИСИ СТОРОН", align="C", style="B", gap=2)
    pdf.table_([g["details_head"], g["details"]], (1, 1), borders="NONE", size=9.5, lh=1.35, head=False,
               style={(0, 0): FontFace(emphasis="BOLD"), (0, 1): FontFace(emphasis="BOLD")}, align=("LEFT", "LEFT"))
    y = pdf.get_y() + 4
    pdf.line(pdf.l_margin, y + 8, pdf.l_margin + 40, y + 8)
    pdf.line(113, y + 8, 153, y + 8)
    pdf.img(make_signature(g["seed"] + 1), pdf.l_margin + 2, y - 3, 34)
    pdf.img(make_signature(g["seed"] + 2), 115, y - 3, 34)
    pdf.f("", 9.5)
    pdf.set_xy(pdf.l_margin + 42, y + 4)
    pdf.cell(40, 5, g["sig_left"])
    pdf.set_xy(155, y + 4)
    pdf.cell(40, 5, g["sig_right"])
    if g.get("stamp_right"):
        pdf.img(make_stamp(*g["stamp_right"], BLUE, g["seed"] + 3), 128, y - 12, 36)
    if g.get("stamp_left"):
        pdf.img(make_stamp(*g["stamp_left"], VIOLET, g["seed"] + 4), 28, y - 12, 36)
    pdf.set_xy(pdf.l_margin, y + 12)
    pdf.f("", 8)
    pdf.cell(80, 4, "М.П. (при наличии)")
    pdf.set_x(113)
    pdf.cell(40, 4, "М.П.")
    return pdf


def agreement_kk(g):
    pdf = Doc("dvc", 9.5, margins=(18, 13, 13), lh=1.32)
    pdf.add_page()
    pdf.t(f"ЛИЦЕНЗИЯЛЫҚ ШАРТ № {g['number']}", align="C", style="B", size=12, gap=0)
    pdf.t("ЭЕМ-ге арналған бағдарламаны пайдалану құқығын беру туралы", align="C", style="B", size=10, gap=3)
    y = pdf.get_y()
    pdf.cell(80, 5, g["city"])
    pdf.set_xy(110, y)
    pdf.cell(0, 5, kk_w(g["date"]) + " ж.", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.t("      " + g["preamble"], gap=2)
    for i, (h, ps) in enumerate(g["sections"], 1):
        pdf.t(f"{i}. {h}", align="C", style="B", gap=0.8)
        for j, p in enumerate(ps, 1):
            pdf.t(f"{i}.{j}. {p}", gap=0.5)
        pdf.ln(0.8)
    pdf.need(60)
    pdf.t(f"{len(g['sections']) + 1}. ТАРАПТАРДЫҢ ДЕРЕКТЕМЕЛЕРІ ЖӘНЕ ҚОЛДАРЫ", align="C", style="B", gap=1.5)
    pdf.table_([g["details_head"], g["details"]], (1, 1), borders="NONE", size=9, lh=1.3,
               style={(0, 0): FontFace(emphasis="BOLD"), (0, 1): FontFace(emphasis="BOLD")}, align=("LEFT", "LEFT"))
    y = pdf.get_y() + 3
    pdf.line(pdf.l_margin, y + 8, pdf.l_margin + 40, y + 8)
    pdf.line(110, y + 8, 150, y + 8)
    pdf.img(make_signature(g["seed"] + 1), pdf.l_margin + 2, y - 3, 34)
    pdf.img(make_signature(g["seed"] + 2), 112, y - 3, 34)
    pdf.set_xy(pdf.l_margin + 42, y + 4)
    pdf.cell(40, 5, g["sig_left"])
    pdf.set_xy(152, y + 4)
    pdf.cell(40, 5, g["sig_right"])
    pdf.img(make_stamp(*g["stamp_left"], BLUE, g["seed"] + 3), 30, y - 13, 36)
    pdf.img(make_stamp(*g["stamp_right"], VIOLET, g["seed"] + 4), 124, y - 11, 36)
    pdf.set_xy(pdf.l_margin, y + 12)
    pdf.f("", 8)
    pdf.cell(80, 4, "М.О.")
    pdf.set_x(110)
    pdf.cell(40, 4, "М.О.")
    return pdf


# ---------------------------------------------------------------- audit conclusions

CRIT = {
    "ru": [("Документированность назначения и границ применения системы", "соответствует"),
           ("Качество, репрезентативность и законность получения обучающих данных", "соответствует"),
           ("Отсутствие функций, запрещённых законодательством об искусственном интеллекте", "соответствует"),
           ("Точность и устойчивость модели на контрольной выборке", "соответствует"),
           ("Управление рисками, журналирование событий", "соответствует"),
           ("Обеспечение контроля человеком", "соответствует"),
           ("Защита персональных данных и информационная безопасность", "соответствует, даны рекомендации")],
    "kk": [("Жүйенің мақсаты мен қолданылу шекарасының құжатталуы", "сәйкес"),
           ("Оқыту деректерінің сапасы, репрезентативтілігі және заңды алынуы", "сәйкес"),
           ("Заңнамамен тыйым салынған функциялардың болмауы", "сәйкес"),
           ("Бақылау іріктемесіндегі модельдің дәлдігі мен тұрақтылығы", "сәйкес"),
           ("Тәуекелдерді басқару, оқиғаларды журналға тіркеу", "сәйкес"),
           ("Адамның бақылауын қамтамасыз ету", "сәйкес"),
           ("Дербес деректерді қорғау және ақпараттық қауіпсіздік", "сәйкес, ұсынымдар берілді")],
    "en": [("Intended purpose and limits of use documented", "Met"),
           ("Quality, representativeness and lawful sourcing of training data", "Met"),
           ("Absence of functions prohibited by the AI legislation", "Met"),
           ("Accuracy and robustness on the hold-out test set", "Met"),
           ("Risk management and event logging", "Met"),
           ("Human oversight arrangements", "Met"),
           ("Personal data protection and information security", "Met with observations")],
}


def audit_a1(lang, d, aud):
    """Auditor A1 template: framed cover, contents, numbered sections, 3-column criteria table."""
    ru = lang == "ru"
    name = aud["ru"] if ru else aud["kk"]
    ftr = page_footer("Стр. {n} из {nb}" if ru else "{n}-бет, барлығы {nb}")
    pdf = Doc("dvs", 10.5, margins=(24, 16, 16), ftr=ftr, lh=1.4)
    pdf.add_page()
    letterhead(pdf, [name, ("БИН " if ru else "БСН ") + aud["bin"]],
               [aud["addr_ru"] if ru else aud["addr_kk"], aud["email"]], color=(90, 30, 30))
    pdf.set_draw_color(90, 30, 30)
    pdf.set_line_width(0.6)
    pdf.rect(30, 75, 150, 125)
    pdf.set_line_width(0.2)
    pdf.rect(32, 77, 146, 121)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(90)
    pdf.t("АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ" if ru else "АУДИТОРЛЫҚ ҚОРЫТЫНДЫ", align="C", style="B", size=17, gap=2)
    pdf.t(f"№ {d['number']}", align="C", style="B", size=14, gap=6)
    pdf.t(("по результатам аудита системы искусственного интеллекта" if ru else
           "жасанды интеллект жүйесінің аудиті нәтижелері бойынша"), align="C", size=12, gap=2)
    pdf.t(f"«{d['system']}»", align="C", style="B", size=15, gap=2)
    pdf.t((f"версия {d['version']}" if ru else f"{d['version']} нұсқасы"), align="C", size=12, gap=14)
    pdf.t((f"Собственник системы: {d['owner']}" if ru else f"Жүйенің иесі: {d['owner']}"), align="C", size=11, gap=1)
    pdf.set_y(235)
    pdf.t(("г. Астана, " + ru_q(d["date"])) if ru else ("Астана қ., " + kk_w(d["date"]) + " ж."), align="C", size=11)
    # page 2
    pdf.add_page()
    pdf.t("Содержание" if ru else "Мазмұны", style="B", align="L", size=12, gap=2)
    heads = (["Общие сведения", "Объект, цели и период аудита", "Методика аудита",
              "Критерии и результаты оценки", "Вывод аудитора"] if ru else
             ["Жалпы мәліметтер", "Аудит объектісі, мақсаттары және кезеңі", "Аудит әдістемесі",
              "Бағалау өлшемшарттары мен нәтижелері", "Аудитордың тұжырымы"])
    for i, h in enumerate(heads, 1):
        pdf.t(f"{i}. {h} {'.' * (70 - len(h))} {2 if i < 4 else 3}", align="L", gap=0.3, size=10)
    pdf.ln(5)
    pdf.t("1. " + heads[0], style="B", align="L", gap=1.5)
    if ru:
        rows = [["Аудитор", f"{name}"], ["БИН аудитора", aud["bin"]],
                ["Наименование системы", d["system"]], ["Версия системы", d["version"]],
                ["Собственник системы", d["owner"]], ["БИН собственника", d["owner_bin"]],
                ["Основание", d["basis"]]]
    else:
        rows = [["Аудитор", f"{name}"], ["Аудитордың БСН", aud["bin"]],
                ["Жүйенің атауы", d["system"]], ["Жүйенің нұсқасы", d["version"]],
                ["Жүйенің иесі", d["owner"]], ["Иесінің БСН", d["owner_bin"]],
                ["Негіздеме", d["basis"]]]
    pdf.table_(rows, (52, 110), size=10, lh=1.4, fill_first_col=(240, 236, 230))
    pdf.t("2. " + heads[1], style="B", align="L", gap=1.5)
    pdf.t(d["scope"], gap=2)
    pdf.t("3. " + heads[2], style="B", align="L", gap=1.5)
    pdf.t(d["method"], gap=1.5)
    pdf.t(d["coverage"], gap=2)
    pdf.add_page()
    pdf.t("4. " + heads[3], style="B", align="L", gap=1.5)
    rows = [["№", "Критерий" if ru else "Өлшемшарт", "Результат оценки" if ru else "Бағалау нәтижесі"]]
    rows += [[str(i), c, r] for i, (c, r) in enumerate(CRIT[lang], 1)]
    pdf.table_(rows, (10, 110, 42), head=True, size=9.5, lh=1.35, align=("CENTER", "LEFT", "LEFT"))
    pdf.t("5. " + heads[4], style="B", align="L", gap=1.5)
    for p in d["opinion"]:
        pdf.t(p, gap=1.5)
    pdf.ln(8)
    pdf.sign_line(("Директор" if ru else "Директор"), d["head_short"], seed=d["seed"] + 1,
                  stamp=make_stamp(d["stamp_ring"], d["stamp_center"], BLUE, d["seed"] + 2),
                  stamp_dx=-6, stamp_dy=-10, stamp_w=40, name_x=140)
    pdf.ln(6)
    pdf.sign_line(("Ведущий аудитор" if ru else "Жетекші аудитор"), d["lead_short"], seed=d["seed"] + 3,
                  name_x=140)
    return pdf


def audit_a2(lang, d, aud):
    """Auditor A2 template: report style, cover with details table, 'Section N', 4-column criteria table."""
    en = lang == "en"
    name = aud["en"] if en else aud["ru"]
    hdr = running_header(("Audit report " if en else "Отчёт об аудите ") + d["number"])
    ftr = page_footer("Page {n} of {nb}" if en else "Страница {n} из {nb}")
    pdf = Doc("ls", 10.5, margins=(22, 14, 20), ftr=ftr, lh=1.4)
    pdf.add_page()
    pdf.set_fill_color(20, 45, 80)
    pdf.rect(0, 0, 210, 40, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(22, 12)
    pdf.f("B", 20)
    pdf.cell(0, 9, name.replace('"', "").replace(" LLP", "").replace("ТОО «", "").replace("»", "").upper())
    pdf.set_xy(22, 23)
    pdf.f("", 9.5)
    pdf.cell(0, 5, (aud["addr_en"] if en else aud["addr_ru"]) + " | " + aud["email"])
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(62)
    pdf.t("AI SYSTEM AUDIT REPORT" if en else "ОТЧЁТ ОБ АУДИТЕ СИСТЕМЫ ИСКУССТВЕННОГО ИНТЕЛЛЕКТА",
          align="L", style="B", size=18, gap=2)
    pdf.t((f"Audit conclusion No. {d['number']}" if en else f"Аудиторское заключение № {d['number']}"),
          align="L", style="B", size=13, gap=10)
    if en:
        rows = [["Client (system owner)", d["owner"]], ["Client BIN", d["owner_bin"]],
                ["AI system", d["system"]], ["Version", d["version"]],
                ["Auditor", name], ["Auditor BIN", aud["bin"]],
                ["Date of issue", d["date_str"]], ["Engagement period", d["period"]]]
    else:
        rows = [["Заказчик (собственник системы)", d["owner"]], ["БИН заказчика", d["owner_bin"]],
                ["Система ИИ", d["system"]], ["Версия", d["version"]],
                ["Аудитор", name], ["БИН аудитора", aud["bin"]],
                ["Дата заключения", d["date_str"]], ["Период аудита", d["period"]]]
    pdf.table_(rows, (60, 106), borders="HORIZONTAL_LINES", size=10.5, lh=1.6,
               style={(i, 0): FontFace(emphasis="BOLD") for i in range(len(rows))})
    pdf.set_y(250)
    pdf.f("I", 8.5)
    pdf.multi_cell(0, 4, ("This report is intended for the client and for the authorised state body. "
                          "Reproduction in part is not permitted." if en else
                          "Отчёт предназначен для заказчика и уполномоченного государственного органа. "
                          "Частичное воспроизведение не допускается."), align="L")
    pdf.hdr = hdr
    pdf.add_page()
    S = "Section" if en else "Раздел"
    heads = (["Scope and objectives", "Methodology", "Assessment criteria and findings", "Audit opinion"] if en else
             ["Объём и цели аудита", "Методика", "Критерии оценки и выводы", "Заключение аудитора"])
    pdf.t("Contents" if en else "Содержание", style="B", align="L", size=12, gap=1)
    for i, h in enumerate(heads, 1):
        pdf.t(f"{S} {i}. {h}", align="L", size=10, gap=0.2)
    pdf.ln(4)
    for i, h in enumerate(heads, 1):
        pdf.need(30)
        pdf.t(f"{S} {i}. {h}", style="B", align="L", size=11.5, gap=1.5)
        if i == 1:
            pdf.t(d["scope"], gap=2)
        elif i == 2:
            pdf.t(d["method"], gap=1.5)
            pdf.t(d["coverage"], gap=2)
        elif i == 3:
            rows = [["ID", "Criterion" if en else "Критерий", "Evidence reviewed" if en else "Изученные материалы",
                     "Finding" if en else "Вывод"]]
            ev = d["evidence"]
            rows += [[f"C{k}", c, ev[k - 1], r] for k, (c, r) in enumerate(CRIT["en" if en else "ru"], 1)]
            pdf.table_(rows, (12, 62, 60, 32), head=True, size=9, lh=1.3, head_fill=(205, 215, 230))
        else:
            for p in d["opinion"]:
                pdf.t(p, gap=1.5)
    pdf.ln(3)
    pdf.need(30)
    if pdf.get_y() < 40:
        pdf.ln(10)
    y = pdf.get_y()
    pdf.f("", 10)
    for k, (role, who) in enumerate(d["signers"]):
        x = pdf.l_margin + k * 85
        pdf.img(make_signature(d["seed"] + 1 + k), x, y, 40)
        pdf.line(x, y + 14, x + 60, y + 14)
        pdf.set_xy(x, y + 15)
        pdf.multi_cell(70, 5, who + "\n" + role, align="L")
    pdf.img(make_stamp(d["stamp_ring"], d["stamp_center"], BLUE, d["seed"] + 5), pdf.l_margin + 35, y - 8, 38)
    return pdf


def audit_a3(lang, d, aud):
    """Auditor A3 template: cover with details table, Roman-numbered sections, 'выполнен' table."""
    ru = lang == "ru"
    name = aud["ru"] if ru else aud["kk"]
    ftr = page_footer("— {n} —")
    pdf = Doc("dvsc", 10.5, margins=(25, 18, 15), ftr=ftr, lh=1.4)
    pdf.add_page()
    pdf.f("B", 11)
    pdf.set_text_color(0, 90, 80)
    pdf.cell(0, 6, "САРАПШЫ КОНСАЛТИНГ", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.f("", 8.5)
    pdf.cell(0, 4, (aud["addr_ru"] if ru else aud["addr_kk"]) + " · " + aud["email"], align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(30)
    pdf.t("ЗАКЛЮЧЕНИЕ" if ru else "ҚОРЫТЫНДЫ", align="C", style="B", size=20, gap=1)
    pdf.t("по результатам аудита системы искусственного интеллекта" if ru else
          "жасанды интеллект жүйесінің аудиті нәтижелері бойынша", align="C", size=12, gap=12)
    if ru:
        rows = [["Регистрационный номер заключения", d["number"]], ["Дата составления", d["date_str"]],
                ["Аудитор", name], ["БИН аудитора", aud["bin"]],
                ["Система искусственного интеллекта", d["system"]], ["Версия", d["version"]],
                ["Собственник системы", d["owner"]], ["БИН собственника", d["owner_bin"]]]
    else:
        rows = [["Қорытындының тіркеу нөмірі", d["number"]], ["Жасалған күні", d["date_str"]],
                ["Аудитор", name], ["Аудитордың БСН", aud["bin"]],
                ["Жасанды интеллект жүйесі", d["system"]], ["Нұсқасы", d["version_str"]],
                ["Жүйенің иесі", d["owner"]], ["Иесінің БСН", d["owner_bin"]]]
    pdf.table_(rows, (65, 95), size=10.5, lh=1.6, fill_first_col=(225, 240, 236))
    pdf.add_page()
    R = ["I", "II", "III", "IV", "V"]
    heads = (["Основание и объём аудита", "Применённые методы", "Оценка по критериям", "Вывод",
              "Срок действия заключения"] if ru else
             ["Аудиттің негізі мен көлемі", "Қолданылған әдістер", "Өлшемшарттар бойынша бағалау", "Тұжырым",
              "Қорытындының қолданылу мерзімі"])
    for i, h in enumerate(heads):
        pdf.need(28)
        pdf.t(f"{R[i]}. {h}", style="B", align="L", size=11.5, gap=1.5)
        if i == 0:
            pdf.t(d["scope"], gap=2)
        elif i == 1:
            pdf.t(d["method"], gap=1.5)
            pdf.t(d["coverage"], gap=2)
        elif i == 2:
            ok = "выполнен" if ru else "орындалды"
            rows = [["Критерий" if ru else "Өлшемшарт", ("Выполнен / не выполнен" if ru else "Орындалды / орындалмады")]]
            rows += [[c, ok] for c, _ in CRIT[lang]]
            pdf.table_(rows, (120, 40), head=True, size=9.5, lh=1.35, head_fill=(215, 235, 230))
        elif i == 3:
            for p in d["opinion"]:
                pdf.t(p, gap=1.5)
        else:
            pdf.t(d["validity"], gap=2)
    pdf.ln(10)
    pdf.sign_line("Директор" if ru else "Директор", d["head_short"], seed=d["seed"] + 1,
                  stamp=make_stamp(d["stamp_ring"], d["stamp_center"], (30, 80, 170), d["seed"] + 2),
                  stamp_dx=-4, stamp_dy=-12, stamp_w=40, name_x=138)
    pdf.ln(4)
    pdf.sign_line("Аудитор-эксперт" if ru else "Сарапшы-аудитор", d["lead_short"], seed=d["seed"] + 3, name_x=138)
    return pdf


# ---------------------------------------------------------------- other documents

def poa_kk(o):
    pdf = Doc("dv", 11, margins=(25, 20, 18), lh=1.5)
    pdf.add_page()
    pdf.t(f"СЕНІМХАТ № {o['number']}", align="C", style="B", size=14, gap=3)
    y = pdf.get_y()
    pdf.cell(80, 5, o["city"])
    pdf.set_xy(110, y)
    pdf.cell(0, 5, kk_w(o["date"]) + " ж.", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for p in o["paras"]:
        pdf.t("      " + p, gap=2)
    pdf.ln(10)
    pdf.sign_line(o["sign_pos"], o["sign_name"], seed=o["seed"] + 1,
                  stamp=make_stamp(o["stamp_ring"], o["stamp_center"], VIOLET, o["seed"] + 2), stamp_dx=-2,
                  stamp_dy=-14, stamp_w=40, name_x=140)
    pdf.ln(8)
    pdf.t("Сенім білдірілген тұлғаның қолтаңбасын куәландырамын: ____________", size=10, align="L")
    return pdf


def poa_ru(o):
    pdf = Doc("lser", 12, margins=(25, 20, 18), lh=1.4)
    pdf.add_page()
    pdf.t(f"ДОВЕРЕННОСТЬ № {o['number']}", align="C", style="B", size=14, gap=3)
    y = pdf.get_y()
    pdf.cell(80, 5, o["city"])
    pdf.set_xy(110, y)
    pdf.cell(0, 5, ru_q(o["date"]), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for p in o["paras"]:
        pdf.t("      " + p, gap=2)
    pdf.ln(10)
    pdf.sign_line(o["sign_pos"], o["sign_name"], seed=o["seed"] + 1,
                  stamp=make_stamp(o["stamp_ring"], o["stamp_center"], BLUE, o["seed"] + 2), stamp_dx=-2,
                  stamp_dy=-14, stamp_w=40, name_x=140)
    return pdf


# ================================================================ audit wording

def audit_texts(lang, system, version, owner, law=True):
    if lang == "ru":
        return dict(
            scope=(f"Объектом аудита является система искусственного интеллекта «{system}» версии {version}, "
                   f"принадлежащая {owner}. Цель аудита — оценка соответствия системы требованиям, предъявляемым "
                   "к системам искусственного интеллекта высокой степени риска, в том числе к качеству данных, "
                   "управлению рисками, прозрачности и контролю человеком."),
            method=("Аудит проведён на основании изучения технической и эксплуатационной документации, интервью с "
                    "разработчиками и операторами, выборочной проверки журналов событий, а также независимого "
                    "тестирования модели на контрольной выборке, предоставленной собственником."),
            coverage=("В ходе аудита оценены качество и законность данных, использованных для обучения системы "
                      "(источники, правовые основания обработки, полнота и репрезентативность выборок), а также "
                      "проверено отсутствие у системы функций, запрещённых Законом Республики Казахстан "
                      "«Об искусственном интеллекте»."),
        )
    if lang == "kk":
        prohib = ("«Жасанды интеллект туралы» Қазақстан Республикасының Заңымен тыйым салынған функциялардың"
                  if law else "адамның санасына манипуляциялық әсер ету, әлеуметтік рейтинг беру және кемсітушілік "
                  "сияқты тыйым салынған функциялардың")
        return dict(
            scope=(f"Аудит объектісі — {owner} тиесілі «{system}» жасанды интеллект жүйесі ({version} нұсқа). "
                   "Аудиттің мақсаты — жүйенің жоғары тәуекелді жасанды интеллект жүйелеріне қойылатын талаптарға, "
                   "соның ішінде деректер сапасына, тәуекелдерді басқаруға, ашықтыққа және адамның бақылауына "
                   "сәйкестігін бағалау."),
            method=("Аудит техникалық және пайдалану құжаттамасын зерделеу, әзірлеушілермен және операторлармен "
                    "сұхбат, оқиғалар журналдарын іріктеп тексеру, сондай-ақ иесі ұсынған бақылау іріктемесінде "
                    "модельді тәуелсіз тестілеу негізінде жүргізілді."),
            coverage=("Аудит барысында жүйені оқыту үшін пайдаланылған деректердің сапасы мен заңдылығы бағаланды "
                      "(дереккөздер, өңдеудің құқықтық негіздері, іріктемелердің толықтығы мен репрезентативтілігі), "
                      f"сондай-ақ жүйеде {prohib} жоқтығы тексерілді."),
        )
    return dict(
        scope=(f"The subject of the audit is the artificial intelligence system {system}, version {version}, owned by "
               f"{owner}. The objective was to assess whether the system meets the requirements for high-risk AI "
               "systems, including data quality, risk management, transparency and human oversight."),
        method=("The audit comprised a review of the technical and operating documentation, interviews with "
                "developers and operators, sample testing of event logs and independent testing of the model on "
                "a hold-out data set supplied by the owner."),
        coverage=("The audit assessed the quality and lawfulness of the data used to train the system (sources, "
                  "legal grounds for processing, completeness and representativeness of the samples) and verified "
                  "that the system has none of the functions prohibited by the Law of the Republic of Kazakhstan "
                  "on Artificial Intelligence."),
    )


EVID_EN = ["Product specification, user manual", "Data inventory, consent records, data-sharing agreements",
           "Functional test protocol, source review", "Hold-out test report (independent re-run)",
           "Risk register, logging configuration", "Operator procedures, override logs",
           "DPIA, penetration test summary"]
EVID_RU = ["Техническое задание, руководство пользователя", "Реестр наборов данных, согласия, договоры",
           "Протокол функциональных испытаний", "Отчёт о тестировании (повторный прогон)",
           "Реестр рисков, настройки журналирования", "Регламент оператора, журнал отмен решений",
           "Оценка воздействия, отчёт о пентесте"]


# ================================================================ bundles

A1, A2, A3 = AUD["A1"], AUD["A2"], AUD["A3"]


def audit_fields(number, date, aud_name, aud_bin, system, version, owner, owner_bin, valid_until, result="positive"):
    f = dict(conclusion_number=number, conclusion_date=date.isoformat(), auditor_name=aud_name, auditor_bin=aud_bin,
             system_name=system, system_version=version, system_owner=owner, system_owner_bin=owner_bin,
             result=result)
    if valid_until:
        f["valid_until"] = valid_until.isoformat()
    f["covers_training_data"] = True
    f["covers_prohibited_functions"] = True
    return f


def cert_fields(c, type_, rh=None, rh_bin=None):
    f = dict(certificate_number=c["number"], issue_date=c["issue"].isoformat(), object_type=type_,
             object_title=c["title"], authors=c["authors"])
    if rh:
        f["right_holder"] = rh
    if rh_bin:
        f["right_holder_bin"] = rh_bin
    f["creation_date"] = c["creation"].isoformat()
    f["application_number"] = c["appl_no"]
    return f


SD_TRUE = dict(purpose=True, functions=True, data=True, risk_management=True, human_oversight=True)


def app_fields(name, bin_, system, version, sector, date, email, signatory):
    return dict(applicant_name=name, applicant_bin=bin_, system_name=system, system_version=version, sector=sector,
                application_date=date.isoformat(), contact_email=email, signatory=signatory)


# ---------------------------------------------------------------- B1 finance/qarjyqorgan (clean)

def bundle_b1():
    bin_ = make_bin(1, "1503")
    name, name_kk = "ТОО «Қаржы Қорған»", "«Қаржы Қорған» ЖШС"
    system, version = "ҚаржыҚорған", "4.0.2"
    date = D("2026-03-12")
    cert = dict(number="78012", issue=D("2026-01-22"), appl_no="131207", filing=D("2025-12-29"),
                creation=D("2025-10-30"), type="программа для ЭВМ", title=system,
                authors="Жақсылықов Бауыржан Темірұлы, Ли Алексей Викторович", rh=name, rh_bin=bin_,
                status="Действующее", printed="11.03.2026 15:42", director="Әміров Н. С.", seed=1100)
    aud_no, aud_date, aud_valid = "АС-26/014", D("2026-02-05"), D("2027-02-05")
    a = dict(name=name, name_kk=name_kk, bin=bin_, system=system, version=version, sector="финансовый сектор",
             date=date, email="compliance@qarjyqorgan.kz", signatory="Б. Т. Жақсылықов", out_no="27/03-26",
             addr_kk="Алматы қ., Әл-Фараби даңғылы, 77/7, 14 қабат", addr_ru="г. Алматы, пр. аль-Фараби, 77/7, 14 этаж",
             addressee="Председателю Агентства\nРеспублики Казахстан по регулированию\nи развитию финансового рынка",
             purpose_ru=("Система предназначена для выявления мошеннических платёжных операций в режиме реального "
                         "времени и используется банками второго уровня по договорам об оказании услуг."),
             cert_no=cert["number"], auditor_ru="ТОО «Ақпарат Сараптама»", audit_no=aud_no,
             annexes=["Описание системы «ҚаржыҚорған» (жүйенің сипаттамасы) — на 1 л.",
                      "Выписка из государственного реестра прав на объекты, охраняемые авторским правом, № 78012 — на 1 л.",
                      "Аудиторское заключение № АС-26/014 — на 3 л."],
             sign_pos="Генеральный директор", stamp_ring="«ҚАРЖЫ ҚОРҒАН» ЖШС * ТОО «ҚАРЖЫ ҚОРҒАН» * ",
             stamp_center=["АЛМАТЫ", "БСН " + bin_], seed=1000, logo="ҚҚ",
             executor="Исп.: Ли А. В., тел. +7 727 355 10 42")
    desc = [("Жүйенің мақсаты", ["ҚаржыҚорған жүйесі екінші деңгейдегі банктер мен төлем ұйымдарында алаяқтық "
                                  "төлем операцияларын нақты уақыт режимінде анықтауға арналған. Жүйе клиенттердің "
                                  "қаражатын заңсыз есептен шығарудан қорғауға көмектеседі."]),
            ("Негізгі функциялары", [["әрбір төлем операциясына тәуекел балын есептеу;",
                                      "күдікті операцияны уақытша тоқтатып, қаржы мониторингі қызметкеріне жіберу;",
                                      "алаяқтық схемаларының жаңа үлгілерін анықтау және есеп беру;",
                                      "шешімнің себептерін түсіндіру (әсер еткен белгілер тізімі)."]]),
            ("Пайдаланылатын деректер", ["Модель 2021–2025 жылдардағы иесіздендірілген төлем операциялары, "
                                          "құрылғы туралы техникалық деректер және расталған алаяқтық оқиғалары "
                                          "негізінде оқытылды. Деректер банктермен жасалған шарттар негізінде "
                                          "алынған; дербес деректер бүркемеленеді."]),
            ("Тәуекелдерді басқару", ["Жалған оң нәтижелер деңгейі ай сайын бақыланады; модель тоқсан сайын "
                                       "қайта тексеріледі. Сапа көрсеткіштері шекті мәннен төмендегенде жүйе "
                                       "ережелерге негізделген резервтік режимге ауысады. Барлық шешімдер "
                                       "журналға тіркеледі."]),
            ("Адамның бақылауы", ["Операцияны түпкілікті қабылдамау туралы шешімді тек банктің уәкілетті "
                                   "қызметкері қабылдайды. Қызметкер жүйенің кез келген шешімін қайта қарап, "
                                   "жоя алады; клиент шешімге шағым жасай алады."])]
    aud = dict(number=aud_no, date=aud_date, system=system, version=version, owner=name, owner_bin=bin_,
               basis="Договор № 09-АИ/2025 от 24.11.2025", head_short="Е. Қ. Төлеубаев", lead_short="А. Б. Серікова",
               stamp_ring="ТОО «АҚПАРАТ САРАПТАМА» * АСТАНА * ", stamp_center=["БИН", A1["bin"]], seed=1300)
    aud.update(audit_texts("ru", system, version, name))
    aud["opinion"] = [f"По результатам аудита система «{system}» версии {version} соответствует установленным критериям. "
                      "Аудиторское заключение — положительное.",
                      f"Заключение действительно до {ru_q(aud_valid)} при условии отсутствия существенных изменений "
                      "в системе."]
    docs = [
        dict(file="iskh_27-03-26_zayavlenie.pdf", type="application", lang="ru", source="text_layer",
             style="Letter-style application on bilingual letterhead (Liberation Serif with DejaVu fallback for Kazakh "
                   "letters): «Исх. № 27/03-26 от 12.03.2026», addressee top right, all details inside sentences "
                   "(«Сфера применения системы — …»), annex list, position + initials-surname under the signature, "
                   "«Исп.:» line; embedded blue stamp and signature",
             build=lambda: app_letter_ru(a),
             fields=app_fields(name, bin_, system, version, "финансовый сектор", date, a["email"], a["signatory"])),
        dict(file="juie_sipattamasy.jpg", type="system_description", lang="kk", source="ocr",
             style="System description in Kazakh, five numbered headings («Жүйенің мақсаты», «Негізгі функциялары», "
                   "«Пайдаланылатын деректер», «Тәуекелдерді басқару», «Адамның бақылауы»), bullet list; "
                   "grayscale JPEG 200 dpi, skew 0.8°, uneven light",
             build=lambda: desc_sections(["«ҚаржыҚорған» жасанды интеллект жүйесінің сипаттамасы", "(4.0.2 нұсқа)"],
                                         desc, fam="dv", size=10.5),
             scan=dict(fmt="jpg", dpi=200, skew=0.8, seed=1501), fields=SD_TRUE),
        dict(file="kazpatent_78012_egov.pdf", type="ip_certificate", lang="ru", source="text_layer",
             style="eGov printout of the certificate (ru): КАЗПАТЕНТ logo box, NIIS name, shaded-label table with "
                   "number, dates (dd.mm.yyyy), application number, filing date, type, title, authors, right holder, "
                   "right holder BIN, status; three QR codes, e-signature disclaimer, print timestamp",
             build=lambda: cert_egov("ru", cert),
             fields=cert_fields(cert, "программа для ЭВМ", name, bin_)),
        dict(file="zakliuchenie_audita_AS-26-014.pdf", type="audit_conclusion", lang="ru", source="ocr",
             style="Audit conclusion (ru), auditor A1 template: letterhead, framed cover page, contents, numbered "
                   "sections, details table, 3-column criteria table, validity «до «05» февраля 2027 г.», two "
                   "signatures + blue stamp over the director line; image-only PDF, 3 pages, 200 dpi, skew 0.6°",
             build=lambda: audit_a1("ru", aud, A1),
             scan=dict(fmt="pdf", dpi=200, skew=0.6, seed=1502, quality=78),
             fields=audit_fields(aud_no, aud_date, A1["ru"], A1["bin"], system, version, name, bin_, aud_valid)),
    ]
    return dict(half="half_1", sector="finance", name="qarjyqorgan", submitted_at="2026-03-13T11:05:00+05:00",
                application_id="FIN-2026-0088", outcome="complete", failing=[], planted=None,
                planted_text="nothing (clean bundle)", docs=docs)


# ---------------------------------------------------------------- B2 health/teriscan (clean)

def bundle_b2():
    bin_ = make_bin(2, "1906")
    name_kk, name_ru, name_en = "«Шипагер Дата» ЖШС", "ТОО «Шипагер Дата»", '"Shipager Data" LLP'
    system = "TeriScan"
    date = D("2026-03-13")
    author = "Құдайбергенова Әйгерім Серікқызы"
    author_iin = make_iin(22, "910417", "4")
    cert = dict(number="77650", issue=D("2025-11-18"), appl_no="127904", filing=D("2025-11-03"),
                creation=D("2025-09-01"), type="ЭЕМ-ге арналған бағдарлама", title=system, authors=author,
                director_short="Н. С. Әміров", seed=2100)
    ag_no, ag_date, ag_until = "07/25", D("2025-11-24"), D("2030-12-31")
    aud_no, aud_date, aud_valid = "DAO-2026-0217", D("2026-02-27"), D("2027-02-26")
    a = dict(name=name_kk, bin=bin_, system=system, version="2.1", sector="денсаулық сақтау", date=date,
             email="info@shipagerdata.kz", signatory="Мұқанова Әлия Бекболатқызы", phone="+7 717 264 88 10",
             addr_kk="Астана қ., Қабанбай батыр даңғылы, 53, 6-кеңсе",
             addressee="Қазақстан Республикасы\nДенсаулық сақтау министрлігіне",
             ip_doc=f"№ 77650 куәлік ({kk_w(cert['issue'])}); № 07/25 лицензиялық шарт",
             audit_doc=f"№ {aud_no} аудиторлық қорытынды, «ДатаАудит Орда» ЖШС",
             annex_line="жүйенің сипаттамасы, куәліктің көшірмесі, лицензиялық шарт, аудиторлық қорытынды.",
             sign_pos="Директор", sign_short="Ә. Б. Мұқанова",
             stamp_ring="«ШИПАГЕР ДАТА» ЖШС * АСТАНА * ", stamp_center=["БСН", bin_], seed=2000)
    desc = [("Intended purpose", ["TeriScan supports primary-care physicians and dermatologists in the triage of "
                                  "skin lesions. It estimates, from a dermatoscopic or smartphone image, the "
                                  "likelihood that a lesion requires urgent specialist review (suspected melanoma "
                                  "or carcinoma). It does not make a diagnosis."]),
            ("Functions", [["image quality check and guidance for retaking the photograph;",
                            "risk score (low / intermediate / high) with a heat map of the relevant region;",
                            "prioritised worklist for the dermatologist;",
                            "export of the result to the medical information system (HL7 FHIR)."]]),
            ("Data used", ["The model was trained on 118,400 de-identified dermatoscopic images from three "
                           "regional oncology dispensaries (2018–2024), collected under data-sharing agreements "
                           "and patient consent, and on a public reference set. Skin types I–V are represented; "
                           "images of children are excluded."]),
            ("Risk management", ["A risk register following ISO 14971 is kept. Sensitivity for the high-risk class "
                                 "is monitored monthly against biopsy results; a drop below 0.90 triggers a review. "
                                 "Images of poor quality are rejected rather than scored."]),
            ("Human oversight", ["Every score is reviewed by a physician, who decides on referral and may overrule "
                                 "the system. The physician's decision and any disagreement are logged and reviewed "
                                 "by the clinical safety officer."])]
    ag = dict(number=ag_no, date=ag_date, city="г. Астана", seed=2200,
              preamble=(f"Гражданка Республики Казахстан {author}, ИИН {author_iin}, именуемая в дальнейшем "
                        f"«Лицензиар», с одной стороны, и {name_ru}, БИН {bin_}, именуемое в дальнейшем «Лицензиат», "
                        "в лице директора Мұқановой Әлии Бекболатқызы, действующей на основании Устава, с другой "
                        "стороны, заключили настоящий договор о нижеследующем."),
              sections=[("ПРЕДМЕТ ДОГОВОРА", [
                  f"Лицензиар предоставляет Лицензиату исключительную лицензию на использование программы для ЭВМ "
                  f"«{system}» (свидетельство о внесении сведений в государственный реестр прав на объекты, "
                  f"охраняемые авторским правом, № {cert['number']} от {dots(cert['issue'])}) на территории "
                  "Республики Казахстан.",
                  "Лицензиату предоставляются права на воспроизведение, модификацию, распространение и "
                  "предоставление доступа к программе третьим лицам, а также право на внесение программы в "
                  "перечни и реестры, предусмотренные законодательством."]),
                  ("ВОЗНАГРАЖДЕНИЕ", ["Размер и порядок выплаты вознаграждения определяются Приложением 1 к "
                                      "настоящему договору."]),
                  ("СРОК ДЕЙСТВИЯ", [f"Договор вступает в силу с момента подписания и действует по {ru_w(ag_until)[:-5]}"
                                     " года включительно.",
                                     "Договор может быть продлён по соглашению Сторон."]),
                  ("ОТВЕТСТВЕННОСТЬ СТОРОН", ["Стороны несут ответственность в соответствии с законодательством "
                                              "Республики Казахстан.",
                                              "Споры разрешаются в суде по месту нахождения Лицензиата."])],
              details_head=["ЛИЦЕНЗИАР", "ЛИЦЕНЗИАТ"],
              details=[f"{author}\nИИН {author_iin}\nг. Астана, ул. Сарайшық, 7, кв. 41\nтел. +7 701 555 20 17",
                       f"{name_ru}\nБИН {bin_}\nг. Астана, пр. Қабанбай батыр, 53, оф. 6\n"
                       "ИИК KZ86 6010 0020 0041 7712, АО «Народный Банк Казахстана»\nБИК HSBKKZKX"],
              sig_left="Құдайбергенова Ә. С.", sig_right="Мұқанова Ә. Б.",
              stamp_right=("ТОО «ШИПАГЕР ДАТА» * АСТАНА * ", ["БИН", bin_]))
    ad = dict(number=aud_no, date=aud_date, date_str=en_dm(aud_date), system=system, version="v2.1", owner=name_en,
              owner_bin=bin_, period="12 January – 20 February 2026", evidence=EVID_EN,
              signers=[("Managing Director", "Azamat Nurlanov"), ("Lead Auditor", "Dana Ismailova")],
              stamp_ring='"DATAAUDIT ORDA" LLP * ALMATY * ', stamp_center=["BIN", A2["bin"]], seed=2300)
    ad.update(audit_texts("en", system, "v2.1", name_en))
    ad["opinion"] = [f"Overall opinion: POSITIVE. In our opinion {system} v2.1 meets the assessment criteria set out "
                     "in Section 3 in all material respects.",
                     f"This conclusion is valid until {en_dm(aud_valid)}, provided that no material changes are made "
                     "to the model or its intended purpose."]
    docs = [
        dict(file="otinish_nysan.png", type="application", lang="kk", source="ocr",
             style="Official numbered form in Kazakh as a ruled table «№ | Көрсеткіштің атауы | Мәні» (11 rows), "
                   "form annotation top right, date «2026 жылғы 13 наурыз ж.», version «2.1»; grayscale PNG 200 dpi, "
                   "skew −0.6°, violet stamp over the signature line",
             build=lambda: app_form_kk(a), scan=dict(fmt="png", dpi=200, skew=-0.6, seed=2501),
             fields=app_fields(name_kk, bin_, system, "2.1", "денсаулық сақтау", date, a["email"], a["signatory"])),
        dict(file="system_description_TeriScan.pdf", type="system_description", lang="en", source="text_layer",
             style="System description in English (DejaVu Serif), headings «Intended purpose», «Functions», "
                   "«Data used», «Risk management», «Human oversight», running header",
             build=lambda: desc_sections(["TeriScan — description of the AI system", "Version 2.1, March 2026"], desc,
                                         fam="dvs", size=10.5, hdr=running_header('"Shipager Data" LLP · TeriScan')),
             fields=SD_TRUE),
        dict(file="kualik_77650.jpg", type="ip_certificate", lang="kk", source="ocr",
             style="Paper certificate in Kazakh (bordered, emblem, labels in bold above values), author only — no "
                   "right holder; issue and creation dates in Kazakh words; colour JPEG 300 dpi, skew 1.1°, "
                   "blue Kazpatent seal over the director line",
             build=lambda: cert_paper_kk(cert), scan=dict(fmt="jpg", dpi=300, skew=1.1, seed=2502, gray=False),
             fields=cert_fields(cert, "ЭЕМ-ге арналған бағдарлама")),
        dict(file="litsenzionnyi_dogovor_07-25.pdf", type="copyright_agreement", lang="ru", source="text_layer",
             style="Exclusive licence agreement (ru) from the author (individual, IIN) to the applicant; object in the "
                   "subject clause with the certificate reference; term «по 31 декабря 2030 года включительно»; "
                   "parties' details in two columns at the end, signatures, licensee's stamp",
             build=lambda: agreement_ru(ag),
             fields=dict(agreement_number=ag_no, agreement_date=ag_date.isoformat(), grantor=author, grantee=name_ru,
                         grantee_bin=bin_, object_title=system, valid_until=ag_until.isoformat())),
        dict(file="audit_report_TeriScan.tif", type="audit_conclusion", lang="en", source="ocr",
             style="Audit report in English, auditor A2 template: dark cover band, details table with owner and auditor "
                   "in Latin transliteration (\"Shipager Data\" LLP, \"DataAudit Orda\" LLP), version «v2.1», "
                   "«Section N» headings, 4-column criteria table, two signers side by side + stamp; multi-page "
                   "grayscale TIFF 200 dpi (LZW), 2 pages, skew 0.4°",
             build=lambda: audit_a2("en", ad, A2), scan=dict(fmt="tif", dpi=200, skew=0.4, seed=2503),
             fields=audit_fields(aud_no, aud_date, A2["en"], A2["bin"], system, "v2.1", name_en, bin_, aud_valid)),
    ]
    return dict(half="half_1", sector="health", name="teriscan", submitted_at="2026-03-16T09:20:00+05:00",
                application_id="HLT-2026-0131", outcome="complete", failing=[], planted=None,
                planted_text="nothing (clean bundle)", docs=docs)


# ---------------------------------------------------------------- B3 transport/zholaqyl (clean)

def bundle_b3():
    bin_ = make_bin(3, "1712")
    name_kk, name_ru = "«Ақжол Телематика» ЖШС", "ТОО «Ақжол Телематика»"
    system, version = "ЖолАқыл", "3.0.1"
    date = D("2026-03-17")
    signatory = "Сәрсенбаев Нұрлан Ғалымұлы"
    cert = dict(number="77968", issue=D("2026-01-09"), appl_no="130552", filing=D("2025-12-18"),
                creation=D("2025-11-14"), type="программа для ЭВМ", title=system,
                authors="Сәрсенбаев Нұрлан Ғалымұлы, Әбдірахманов Тимур Сейітұлы", rh=name_ru, rh_bin=bin_,
                director_short="Н. С. Әміров", seed=3100)
    aud_no, aud_date, aud_valid = "СК-12/2026", D("2026-02-20"), D("2027-02-20")
    email = "office@aqzhol-tm.kz"
    pairs = [
        ("Қазақстан Республикасы Көлік министрлігі", "Министерство транспорта Республики Казахстан"),
        (f"{name_kk} (БСН {bin_}) «Жасанды интеллект туралы» Қазақстан Республикасының Заңына сәйкес «{system}» "
         f"жасанды интеллект жүйесін сенім білдірілген жоғары тәуекелді жүйелер тізбесіне енгізуді сұрайды.",
         f"{name_ru} (БИН {bin_}) в соответствии с Законом Республики Казахстан «Об искусственном интеллекте» просит "
         f"включить систему искусственного интеллекта «{system}» в перечень доверенных систем высокой степени риска."),
        (f"Өтініш беруші: {name_kk}", f"Заявитель: {name_ru}"),
        (f"БСН: {bin_}", f"БИН: {bin_}"),
        (f"Жүйенің атауы: {system}", f"Наименование системы: {system}"),
        (f"Жүйенің нұсқасы: {version}", f"Версия системы: {version}"),
        ("Қолданылу саласы: көлік", "Сфера применения: транспорт"),
        (f"Құқық белгілейтін құжат: № {cert['number']} куәлік", f"Правоустанавливающий документ: свидетельство № {cert['number']}"),
        (f"Аудиторлық қорытынды: № {aud_no}, «Сарапшы Консалтинг» ЖШС",
         f"Аудиторское заключение: № {aud_no}, ТОО «Сарапшы Консалтинг»"),
        (f"Электрондық пошта: {email}", f"Электронная почта: {email}"),
        ("Қосымшалар: жүйенің сипаттамасы; куәліктің көшірмесі; аудиторлық қорытынды; сенімхат.",
         "Приложения: описание системы; копия свидетельства; аудиторское заключение; доверенность."),
        (f"Күні: {kk_w(date)}", f"Дата: {ru_q(date)}"),
    ]
    a = dict(name=name_ru, name_kk=name_kk, bin=bin_, pairs=pairs, signatory=signatory,
             addressee="Қазақстан Республикасы\nКөлік министрлігіне\n\nМинистерство транспорта\nРеспублики Казахстан",
             sign_pos_kk="Бас директор", sign_pos_ru="Генеральный директор",
             stamp_ring="«АҚЖОЛ ТЕЛЕМАТИКА» ЖШС * ҚАРАҒАНДЫ * ", stamp_center=["БСН", bin_], seed=3000,
             executor="Орындаушы / Исполнитель: Мұратова Ж., +7 7212 41 05 33")
    desc = [("Назначение системы", ["ЖолАқыл — система интеллектуального управления дорожным движением для "
                                    "городских агломераций. Система анализирует видеопотоки и данные детекторов "
                                    "транспорта на перекрёстках, прогнозирует заторы и формирует рекомендации по "
                                    "планам светофорного регулирования, а также выявляет дорожно-транспортные "
                                    "происшествия.",
                                    "Система применяется в гг. Караганда и Темиртау в рамках проекта «Умный город» и "
                                    "используется ситуационным центром акимата."]),
            ("Функциональные возможности", [["распознавание транспортных средств и пешеходов на видеопотоке "
                                             "(без идентификации личности и государственных номеров);",
                                             "краткосрочный прогноз интенсивности движения (15–60 минут);",
                                             "подбор плана светофорного регулирования и передача рекомендации "
                                             "оператору;",
                                             "автоматическое выявление ДТП и остановившихся транспортных средств;",
                                             "формирование отчётов для дорожных служб."]]),
            ("Используемые данные", ["Для обучения использованы 2,4 млн размеченных кадров с камер ситуационного "
                                     "центра (2022–2025), данные индуктивных детекторов и исторические планы "
                                     "светофорного регулирования, полученные по договору с акиматом. Кадры "
                                     "обезличиваются: лица и номера размываются до сохранения.",
                                     "В эксплуатации система получает только агрегированные показатели и "
                                     "обезличенные кадры; исходное видео не хранится дольше 72 часов."]),
            ("Управление рисками", ["Выявленные риски (ошибочная рекомендация плана, пропуск ДТП, сбой связи) "
                                    "внесены в реестр рисков. Рекомендации, выходящие за допустимые пределы "
                                    "длительности фаз, блокируются. При отказе модели контроллеры светофоров "
                                    "автоматически переходят на фиксированные планы. Качество модели проверяется "
                                    "ежемесячно на контрольной выборке."]),
            ("Контроль человеком", ["Система не управляет светофорами напрямую: каждая рекомендация применяется только "
                                    "после подтверждения дежурным оператором ситуационного центра. Оператор может "
                                    "отклонить рекомендацию, отключить автоматические функции и перейти на ручное "
                                    "управление. Все действия оператора журналируются."])]
    table = (3, [["Показатель", "Значение на контрольной выборке"], ["Точность выявления ДТП (recall)", "0,93"],
                 ["Доля ложных тревог", "4,1 %"], ["MAPE прогноза на 30 мин", "11,8 %"]], (80, 86))
    ad = dict(number=aud_no, date=aud_date, date_str=kk_w(aud_date), system=system, version=version,
              version_str=f"{version} нұсқасы", owner=name_kk, owner_bin=bin_, head_short="О. С. Ким",
              lead_short="Д. М. Байжанов", stamp_ring="«САРАПШЫ КОНСАЛТИНГ» ЖШС * АСТАНА * ",
              stamp_center=["БСН", A3["bin"]], seed=3300)
    ad.update(audit_texts("kk", system, version, name_kk))
    ad["opinion"] = [f"Аудит нәтижелері бойынша «{system}» жүйесі ({version} нұсқа) белгіленген өлшемшарттарға сәйкес "
                     "келеді.", "Аудиторлық қорытынды: ОҢ."]
    ad["validity"] = f"Қорытынды {kk_until(aud_valid)} жарамды."
    poa = dict(number="04/26", city="Қарағанды қ.", date=D("2026-03-16"), seed=3400,
               paras=[f"{name_kk} (БСН {bin_}), Жарғы негізінде әрекет ететін бас директор {signatory} атынан, "
                      "осы сенімхатпен серіктестіктің заң бөлімінің басшысы Мұратова Жанар Ерланқызына "
                      f"(ЖСН {make_iin(33, '880623', '4')}) «{system}» жасанды интеллект жүйесін сенім білдірілген "
                      "тізбеге енгізу туралы өтінішті уәкілетті органға тапсыруға, құжаттарды алуға, ескертулерді "
                      "жоюға және осыған байланысты өзге де әрекеттерді жасауға өкілеттік береді.",
                      "Сенімхат 2026 жылғы 31 желтоқсанға дейін қайта сенім білдіру құқығынсыз берілді."],
               sign_pos="Бас директор", sign_name="Н. Ғ. Сәрсенбаев",
               stamp_ring="«АҚЖОЛ ТЕЛЕМАТИКА» ЖШС * ҚАРАҒАНДЫ * ", stamp_center=["БСН", bin_])
    docs = [
        dict(file="otinish_zayavlenie_zholaqyl.pdf", type="application", lang="kk", source="text_layer",
             style="Bilingual application, Kazakh and Russian side by side in two borderless columns (DejaVu Sans "
                   "Condensed) under a bilingual letterhead; «Күні: 2026 жылғы 17 наурыз» / «Дата: «17» марта 2026 г.»; "
                   "sector «көлік» / «транспорт»; signature between the columns, blue stamp",
             build=lambda: app_bilingual(a),
             fields=app_fields(name_kk, bin_, system, version, "көлік", date, email, signatory)),
        dict(file="opisanie_ZholAqyl.tif", type="system_description", lang="ru", source="ocr",
             style="Description (ru), headings «Назначение системы», «Функциональные возможности», «Используемые "
                   "данные», «Управление рисками», «Контроль человеком», metrics table in section 3, running header, "
                   "«Стр. N»; 2-page grayscale TIFF 200 dpi, skew 1.4°",
             build=lambda: desc_sections(["ОПИСАНИЕ СИСТЕМЫ ИСКУССТВЕННОГО ИНТЕЛЛЕКТА «ЖолАқыл»",
                                          "версия 3.0.1"], desc, fam="dvs", size=11.5,
                                         hdr=running_header("ТОО «Ақжол Телематика» — приложение к заявлению"),
                                         ftr=page_footer("Стр. {n}"), table_after=table),
             scan=dict(fmt="tif", dpi=200, skew=1.4, seed=3501, noise=5.0), fields=SD_TRUE),
        dict(file="svidetelstvo_77968.pdf", type="ip_certificate", lang="ru", source="ocr",
             style="Paper certificate (ru) with double gold frame and emblem, labels in bold above values, issue date "
                   "«от «09» января 2026 года», right holder + BIN; applicant's violet «КОПИЯ ВЕРНА» rectangle with "
                   "initials; image-only PDF 200 dpi, skew −1.2°",
             build=lambda: cert_paper_ru(cert, copy=["КОПИЯ ВЕРНА", "ТОО «Ақжол Телематика»", "16.03.2026"]),
             scan=dict(fmt="pdf", dpi=200, skew=-1.2, seed=3502, quality=80),
             fields=cert_fields(cert, "программа для ЭВМ", name_ru, bin_)),
        dict(file="auditorlyq_qorytyndy_SK-12.pdf", type="audit_conclusion", lang="kk", source="text_layer",
             style="Audit conclusion in Kazakh, auditor A3 template (DejaVu Serif Condensed): cover with details "
                   "table (date «2026 жылғы 20 ақпан», version «3.0.1 нұсқасы»), Roman-numbered sections, "
                   "«орындалды» criteria table, result «ОҢ», validity «2027 жылғы 20 ақпанға дейін жарамды»",
             build=lambda: audit_a3("kk", ad, A3),
             fields=audit_fields(aud_no, aud_date, A3["kk"], A3["bin"], system, version, name_kk, bin_, aud_valid)),
        dict(file="senimkhat_04-26.jpg", type="other", lang="kk", source="ocr",
             style="Power of attorney (сенімхат) in Kazakh for the filing clerk, violet stamp; JPEG 200 dpi, skew 1.7°",
             build=lambda: poa_kk(poa), scan=dict(fmt="jpg", dpi=200, skew=1.7, seed=3503, quality=76), fields={}),
    ]
    return dict(half="half_1", sector="transport", name="zholaqyl", submitted_at="2026-03-18T14:30:00+05:00",
                application_id=None, outcome="complete", failing=[], planted=None,
                planted_text="nothing (clean bundle)", docs=docs)


# ---------------------------------------------------------------- B4 ecology/auataza (XDC-03)

def bundle_b4():
    bin_ = make_bin(4, "2104")
    name = "ТОО «АуаТаза Мониторинг»"
    system, version = "АуаТаза", "1.4"
    date = D("2026-03-23")
    rh_kk, rh_ru = "«Экодата Зерттеу» ЖШС", "ТОО «Экодата Зерттеу»"
    cert = dict(number="77421", issue=D("2025-12-15"), appl_no="129310", filing=D("2025-12-01"),
                creation=D("2025-08-20"), type="ЭЕМ-ге арналған бағдарлама / программа для ЭВМ", title=system,
                authors="Ермекова Сәуле Қанатқызы, Петренко Игорь Васильевич",
                rh=f"{rh_kk} / {rh_ru}", status="Қолданыста / Действующее", printed="20.03.2026 10:14",
                director="Әміров Н. С.", seed=4100, sign_time="11:05:12")
    aud_no, aud_date, aud_valid = "АС-26/009", D("2026-01-30"), D("2027-01-30")
    email = "aua@auataza.kz"
    a = dict(name=name, bin=bin_, system=system, version=version, sector="экология", date=date, email=email,
             phone="+7 7172 57 31 90", addr_ru="г. Астана, ул. Кенесары, 40, оф. 1203",
             addressee="Министерство экологии\nи природных ресурсов\nРеспублики Казахстан",
             ip_doc=f"Свидетельство № {cert['number']} от {dots(cert['issue'])}",
             audit_doc=f"№ {aud_no} от {dots(aud_date)}, ТОО «Ақпарат Сараптама»",
             annex_line="описание системы (1 л.), выписка о свидетельстве (1 л.), аудиторское заключение (3 л.).",
             sign_pos="Директор", signatory="Ермекова Сәуле Қанатқызы",
             stamp_ring="ТОО «АУАТАЗА МОНИТОРИНГ» * АСТАНА * ", stamp_center=["БИН", bin_], seed=4000)
    desc = [("Цель и область применения", ["Система «АуаТаза» прогнозирует концентрации загрязняющих веществ "
                                           "(PM2.5, PM10, NO2, SO2) в атмосферном воздухе городов на 24–72 часа и "
                                           "формирует предупреждения о неблагоприятных метеоусловиях для "
                                           "департаментов экологии и местных исполнительных органов."]),
            ("Функции системы", [["сбор и проверка данных автоматических постов наблюдения;",
                                  "прогноз концентраций и индекса качества воздуха по районам города;",
                                  "предупреждения о режимах НМУ и рекомендации по ограничению выбросов "
                                  "предприятиям I категории;",
                                  "публикация обезличенной карты качества воздуха."]]),
            ("Используемые данные", ["Данные постов РГП «Казгидромет» и городских датчиков за 2019–2025 годы, "
                                     "метеорологические прогнозы, сведения о выбросах из отчётности "
                                     "природопользователей. Персональные данные не обрабатываются."]),
            ("Управление рисками", ["Основной риск — пропуск эпизода высокого загрязнения. Порог "
                                    "предупреждения смещён в сторону чувствительности; точность прогноза "
                                    "проверяется еженедельно; при отсутствии данных более чем с 30 % постов "
                                    "прогноз помечается как ненадёжный."]),
            ("Контроль со стороны человека", ["Предупреждения о режимах НМУ направляются предприятиям только после "
                                              "утверждения дежурным специалистом департамента экологии, который "
                                              "вправе изменить или отменить предупреждение."])]
    ad = dict(number=aud_no, date=aud_date, system=system, version=version, owner=name, owner_bin=bin_,
              basis="Договор № 02-АИ/2026 от 08.01.2026", head_short="Е. Қ. Төлеубаев", lead_short="А. Б. Серікова",
              stamp_ring="ТОО «АҚПАРАТ САРАПТАМА» * АСТАНА * ", stamp_center=["БИН", A1["bin"]], seed=4300)
    ad.update(audit_texts("ru", system, version, name))
    ad["opinion"] = [f"По результатам аудита система «{system}» версии {version} соответствует установленным критериям. "
                     "Аудиторское заключение — положительное.",
                     f"Заключение действительно до {ru_q(aud_valid)} при условии отсутствия существенных изменений "
                     "в системе."]
    docs = [
        dict(file="zayavlenie_AuaTaza.pdf", type="application", lang="ru", source="text_layer",
             style="Official form (ru) «Приложение 1 к Правилам … Форма» as a numbered ruled table «№ п/п | "
                   "Наименование сведений | Сведения…», «Дата подачи: 23.03.2026», DejaVu Serif; signature + stamp",
             build=lambda: app_form_table_ru(a),
             fields=app_fields(name, bin_, system, version, "экология", date, email, a["signatory"])),
        dict(file="opisanie_AuaTaza.png", type="system_description", lang="ru", source="ocr",
             style="Description (ru) with Roman-numbered headings in other words («Цель и область применения», "
                   "«Функции системы», «Используемые данные», «Управление рисками», «Контроль со стороны человека»); "
                   "grayscale PNG 200 dpi, skew 0.5°",
             build=lambda: desc_sections(["Описание системы «АуаТаза»", "ТОО «АуаТаза Мониторинг», 2026"], desc,
                                         fam="dv", size=10.5, num_fmt="{r}. {h}"),
             scan=dict(fmt="png", dpi=200, skew=0.5, seed=4501), fields=SD_TRUE),
        dict(file="kazpatent_77421.jpg", type="ip_certificate", lang="kk", source="ocr",
             style="Bilingual eGov printout of the certificate (kk / ru labels «Куәліктің нөмірі / Номер "
                   "свидетельства», values in both languages where textual), printed and scanned: colour JPEG "
                   "200 dpi, skew −0.9°. Right holder is another company («Экодата Зерттеу» ЖШС); no right-holder BIN",
             build=lambda: cert_egov("bi", cert), scan=dict(fmt="jpg", dpi=200, skew=-0.9, seed=4502, gray=False),
             fields=cert_fields(cert, "ЭЕМ-ге арналған бағдарлама", rh_kk)),
        dict(file="zakliuchenie_AS-26-009.pdf", type="audit_conclusion", lang="ru", source="text_layer",
             style="Audit conclusion (ru), auditor A1 template as text PDF: framed cover, contents, details table, "
                   "criteria table, validity «до «30» января 2027 г.», stamp and two signatures",
             build=lambda: audit_a1("ru", ad, A1),
             fields=audit_fields(aud_no, aud_date, A1["ru"], A1["bin"], system, version, name, bin_, aud_valid)),
    ]
    # label the bilingual certificate fields as the Kazakh part
    docs[2]["fields"]["object_type"] = "ЭЕМ-ге арналған бағдарлама"
    return dict(half="half_1", sector="ecology", name="auataza", submitted_at="2026-03-24T10:10:00+05:00",
                application_id="ECO-2026-0007", outcome="inconsistent", failing=["XDC-03"],
                planted="right holder of the certificate is another company (Экодата Зерттеу); no copyright agreement to the applicant",
                planted_text=("rights not shown: the certificate names «Экодата Зерттеу» ЖШС / ТОО «Экодата Зерттеу» "
                              "as right holder, the applicant is ТОО «АуаТаза Мониторинг», and no copyright agreement "
                              "is in the bundle (the applicant's director is only one of the authors)"),
                docs=docs)


# ---------------------------------------------------------------- B5 education/bilimkompas (clean, IE with IIN)

def bundle_b5():
    person = "Сейітқали Гүлназ Маратқызы"
    iin = make_iin(5, "890514", "4")
    name = "ИП " + person
    system, version = "БілімКомпас", "2.1.0"
    date = D("2026-04-01")
    cert = dict(number="78230", issue=D("2026-02-16"), appl_no="132018", filing=D("2026-01-30"),
                creation=D("2025-12-01"), type="программа для ЭВМ", title=system, authors=person,
                status="Действующее", printed="30.03.2026 09:51", director="Әміров Н. С.", seed=5100,
                sign_time="14:02:33")
    aud_no, aud_date, aud_valid = "ДАО-2026/044", D("2026-03-10"), D("2027-03-10")
    email = "gulnaz.s@bilimkompas.kz"
    a = dict(name=name, bin=iin, system=system, version=version, sector="образование", date=date, email=email,
             phone="+7 705 311 42 87", signatory=person, sign_short="Сейітқали Г. М.",
             addressee="В Министерство просвещения\nРеспублики Казахстан",
             from_line=f"индивидуального предпринимателя\n{person}\nИИН {iin}\nг. Шымкент, мкр. Нурсат, 12-45",
             ip_doc=f"свидетельство № {cert['number']} от {dots(cert['issue'])} (автор — заявитель)",
             audit_doc=f"заключение № {aud_no} от {dots(aud_date)}, ТОО «ДатаАудит Орда»",
             stamp_ring="ИП СЕЙІТҚАЛИ Г.М. * ШЫМКЕНТ * ", stamp_center=["ИИН", iin], seed=5000)
    rows = [
        ("§«БілімКомпас» жүйесінің сипаттамасы (2.1.0 нұсқа)", "§Описание системы «БілімКомпас» (версия 2.1.0)"),
        ("§1. Мақсаты", "§1. Назначение"),
        ("Жүйе жалпы білім беретін мектептердің 5–11 сынып оқушыларына жеке оқу траекториясын ұсынады және "
         "қорытынды аттестаттау нәтижесі төмен болу қаупі бар оқушыларды ерте анықтайды.",
         "Система предлагает учащимся 5–11 классов общеобразовательных школ индивидуальную траекторию обучения и "
         "заблаговременно выявляет учащихся с риском низкого результата итоговой аттестации."),
        ("§2. Функциялары", "§2. Функции"),
        ("Білім олқылықтарын диагностикалау; тапсырмаларды бейімдеп іріктеу; мұғалімге тәуекел тобындағы "
         "оқушылар тізімін беру; ата-аналарға апталық есеп жіберу.",
         "Диагностика пробелов в знаниях; адаптивный подбор заданий; передача учителю списка учащихся группы "
         "риска; еженедельный отчёт родителям."),
        ("§3. Деректер", "§3. Данные"),
        ("Модель 14 мектептің 2021–2025 оқу жылдарындағы бүркемеленген бағалары мен тест нәтижелері бойынша "
         "оқытылды; деректер білім басқармасымен жасалған келісім негізінде алынды. Ұлты, тілі, әлеуметтік "
         "мәртебесі сияқты белгілер пайдаланылмайды.",
         "Модель обучена на обезличенных оценках и результатах тестов 14 школ за 2021–2025 учебные годы; данные "
         "получены по соглашению с управлением образования. Признаки национальности, языка, социального статуса "
         "не используются."),
        ("§4. Тәуекелдерді басқару", "§4. Управление рисками"),
        ("Модельдің әділдігі ұлдар мен қыздар, қалалық және ауылдық мектептер бойынша тоқсан сайын тексеріледі. "
         "Тәуекел бағасы оқушыға көрсетілмейді; нәтижелерді тек мұғалім көреді.",
         "Справедливость модели ежеквартально проверяется в разрезе мальчиков и девочек, городских и сельских "
         "школ. Оценка риска не показывается учащемуся; результаты видит только учитель."),
        ("§5. Адамның бақылауы", "§5. Контроль человеком"),
        ("Оқушыны қосымша сабаққа жіберу немесе оқу жоспарын өзгерту туралы шешімді мұғалім қабылдайды. "
         "Мұғалім жүйенің ұсынысын қабылдамай, себебін көрсете алады.",
         "Решение о направлении учащегося на дополнительные занятия или изменении учебного плана принимает "
         "учитель. Учитель вправе отклонить рекомендацию системы, указав причину."),
    ]
    ad = dict(number=aud_no, date=aud_date, date_str=ru_w(aud_date), system=system, version=version, owner=name,
              owner_bin=iin, period="02.02.2026 – 06.03.2026", evidence=EVID_RU,
              signers=[("Директор", "Нұрланов А. Е."), ("Ведущий аудитор", "Исмаилова Д. К.")],
              stamp_ring="ТОО «ДАТААУДИТ ОРДА» * АЛМАТЫ * ", stamp_center=["БИН", A2["bin"]], seed=5300)
    ad.update(audit_texts("ru", system, version, name))
    ad["opinion"] = ["Общий вывод: заключение ПОЛОЖИТЕЛЬНОЕ. По нашему мнению, система «БілімКомпас» версии 2.1.0 "
                     "во всех существенных аспектах соответствует критериям, указанным в разделе 3.",
                     f"Заключение действительно до {ru_w(aud_valid)} при условии отсутствия существенных изменений "
                     "модели или её назначения."]
    docs = [
        dict(file="zayavlenie_IP_Seyitqali.pdf", type="application", lang="ru", source="ocr",
             style="Free-form application (ru) of an individual entrepreneur (IIN instead of BIN): addressee and «от …» "
                   "block top right, numbered list «1. Заявитель: …», date «01» апреля 2026 г. left of the signature, "
                   "«/Сейітқали Г. М./» and «Заявление подписал: …» line, blue stamp; image-only PDF 200 dpi, skew 1.0°",
             build=lambda: app_paragraphs_ru(a), scan=dict(fmt="pdf", dpi=200, skew=1.0, seed=5501, quality=80),
             fields=app_fields(name, iin, system, version, "образование", date, email, person)),
        dict(file="sipattama_opisanie.pdf", type="system_description", lang="kk", source="text_layer",
             style="Bilingual description, Kazakh left / Russian right in two borderless columns (DejaVu Sans "
                   "Condensed), headings «Мақсаты / Назначение», «Функциялары / Функции», «Деректер / Данные», "
                   "«Тәуекелдерді басқару / Управление рисками», «Адамның бақылауы / Контроль человеком»",
             build=lambda: desc_bilingual("ЖК Сейітқали Г. М.", "ИП Сейітқали Г. М.", rows,
                                          footer=page_footer("{n}-бет / стр. {n}")),
             fields=SD_TRUE),
        dict(file="svidetelstvo_78230_egov.pdf", type="ip_certificate", lang="ru", source="text_layer",
             style="eGov printout (ru) of the certificate, no right holder (author = applicant), QR codes, "
                   "e-signature disclaimer",
             build=lambda: cert_egov("ru", cert), fields=cert_fields(cert, "программа для ЭВМ")),
        dict(file="zakliuchenie_DAO-2026-044.pdf", type="audit_conclusion", lang="ru", source="ocr",
             style="Audit report (ru), auditor A2 template in Russian: dark cover band, details table, «Раздел N», "
                   "4-column criteria table, «Общий вывод: заключение ПОЛОЖИТЕЛЬНОЕ», validity «до 10 марта 2027 года», "
                   "owner printed as «ИП Сейітқали Гүлназ Маратқызы» with IIN, signature block alone on page 3; image-only PDF 200 dpi, 3 pages, skew −0.7°",
             build=lambda: audit_a2("ru", ad, A2), scan=dict(fmt="pdf", dpi=200, skew=-0.7, seed=5502, quality=78),
             fields=audit_fields(aud_no, aud_date, A2["ru"], A2["bin"], system, version, name, iin, aud_valid)),
    ]
    return dict(half="half_2", sector="education", name="bilimkompas", submitted_at="2026-04-02T09:45:00+05:00",
                application_id="EDU-2026-0051", outcome="complete", failing=[], planted=None,
                planted_text="nothing (clean bundle)", docs=docs)


# ---------------------------------------------------------------- B6 agriculture/malbaqylau (clean, licence chain)

def bundle_b6():
    bin_ = make_bin(6, "2009")
    bin_r = make_bin(66, "1907")
    name, name_en = "«Өркен Агротех» ЖШС", '"Orken Agrotech" LLP'
    rh = "«Өркен Зертхана» ЖШС"
    system, version = "МалБақылау", "1.2.0"
    date = D("2026-04-06")
    cert = dict(number="77533", issue=D("2025-12-03"), appl_no="129877", filing=D("2025-11-19"),
                creation=D("2025-07-15"), type="ЭЕМ-ге арналған бағдарлама", title=system,
                authors="Бейсенов Қайрат Тимурұлы, Жүнісова Гүлмира Әділбекқызы", rh=rh, rh_bin=bin_r,
                status="Қолданыста", printed="02.04.2026 17:20", director="Әміров Н. С.", seed=6100)
    ag_no, ag_date, ag_until = "3-Л", D("2026-01-15"), D("2031-01-14")
    aud_no, aud_date, aud_valid = "DAO-2026-0305", D("2026-03-05"), D("2027-03-04")
    email = "info@orken-agro.kz"
    a = dict(name=name, name_en=name_en, bin=bin_, system=system, version=version, sector="ауыл шаруашылығы",
             date=date, email=email, signatory="Қ. Т. Бейсенов", out_no="ӨА-112",
             addr_kk="Қостанай қ., Әл-Фараби даңғылы, 119", addr_en="119 Al-Farabi Ave., Kostanay",
             addressee="Қазақстан Республикасы\nАуыл шаруашылығы министрлігіне",
             purpose_kk=("Жүйе ірі қара малдың денсаулығын сенсорлар мен ветеринариялық деректер бойынша бақылап, "
                         "аурудың алғашқы белгілерін ерте анықтауға арналған."),
             ip_doc=f"№ {cert['number']} куәлік пен № {ag_no} лицензиялық шарт",
             auditor_kk="«ДатаАудит Орда» ЖШС", audit_no=aud_no,
             annex_line="жүйенің сипаттамасы; куәлік; лицензиялық шарт; аудиторлық қорытынды.",
             sign_pos="Директор", stamp_ring="«ӨРКЕН АГРОТЕХ» ЖШС * ҚОСТАНАЙ * ", stamp_center=["БСН", bin_],
             seed=6000, logo="ӨА", executor="Орынд.: Тұрсынова А., +7 7142 50 61 18")
    desc = [("Purpose", ["MalBaqylau (МалБақылау) monitors the health of cattle on commercial farms and detects early "
                         "signs of disease (mastitis, lameness, respiratory infections) so that a veterinarian can "
                         "examine the animal before the disease spreads."]),
            ("Main functions", [["collection of collar and bolus sensor data (activity, rumination, temperature);",
                                 "daily risk score for each animal and herd-level alerts;",
                                 "notification of the farm veterinarian through the mobile application;",
                                 "reports for the regional veterinary inspection on notifiable diseases."]]),
            ("Data", ["Training data: 3.1 million animal-days from 22 farms in Kostanay and North Kazakhstan regions "
                      "(2020–2025), linked with veterinary treatment records, collected under contracts with the "
                      "farms. No personal data of farm workers is used."]),
            ("Risk management", ["False alarms and missed cases are tracked against veterinary diagnoses every "
                                 "month. Notifiable-disease alerts are never sent automatically to authorities; "
                                 "a drop in sensitivity below 0.85 stops the alerts until retraining."]),
            ("Human oversight", ["The veterinarian confirms or rejects every alert; treatment, isolation or culling "
                                 "decisions are always taken by the veterinarian and the farm manager, never by the "
                                 "system."])]
    ag = dict(number=ag_no, date=ag_date, city="Қостанай қ.", seed=6200,
              preamble=(f"Бұдан әрі «Лицензиар» деп аталатын {rh} (БСН {bin_r}), Жарғы негізінде әрекет ететін "
                        f"директор Жүнісова Гүлмира Әділбекқызы атынан, бір тараптан, және бұдан әрі «Лицензиат» деп "
                        f"аталатын {name} (БСН {bin_}), Жарғы негізінде әрекет ететін директор Бейсенов Қайрат "
                        "Тимурұлы атынан, екінші тараптан, төмендегілер туралы осы шартты жасасты."),
              sections=[("ШАРТТЫҢ МӘНІ", [
                  f"Лицензиар Лицензиатқа «{system}» ЭЕМ-ге арналған бағдарламасын (№ {cert['number']} куәлік, "
                  f"{kk_w(cert['issue'])}) Қазақстан Республикасының аумағында пайдалануға айрықша емес лицензия "
                  "береді.",
                  "Лицензиат бағдарламаны ойдағыдай пайдалануға, өзгертуге, үшінші тұлғаларға қолжетімділік беруге "
                  "және заңнамада көзделген тізбелер мен тізілімдерге енгізуге құқылы."]),
                  ("СЫЙАҚЫ", ["Сыйақы мөлшері мен төлеу тәртібі шарттың 1-қосымшасында айқындалады."]),
                  ("ШАРТТЫҢ ҚОЛДАНЫЛУ МЕРЗІМІ", [f"Шарт қол қойылған күннен бастап күшіне енеді және {kk_until(ag_until)} "
                                                 "қолданылады.", "Тараптардың келісімі бойынша шарт ұзартылуы мүмкін."]),
                  ("ДАУЛАРДЫ ШЕШУ", ["Даулар келіссөздер арқылы, ал келісімге қол жеткізілмеген жағдайда Қостанай "
                                     "облысының мамандандырылған ауданаралық экономикалық сотында шешіледі."])],
              details_head=["ЛИЦЕНЗИАР", "ЛИЦЕНЗИАТ"],
              details=[f"{rh}\nБСН {bin_r}\nҚостанай қ., Байтұрсынов к-сі, 65\nЖСК KZ12 9650 0000 1122 3344\n"
                       "«ForteBank» АҚ, БСК IRTYKZKA",
                       f"{name}\nБСН {bin_}\nҚостанай қ., Әл-Фараби даңғылы, 119\nЖСК KZ45 6010 0020 0998 1177\n"
                       "«Қазақстан Халық Банкі» АҚ, БСК HSBKKZKX"],
              sig_left="Жүнісова Г. Ә.", sig_right="Бейсенов Қ. Т.",
              stamp_left=("«ӨРКЕН ЗЕРТХАНА» ЖШС * ҚОСТАНАЙ * ", ["БСН", bin_r]),
              stamp_right=("«ӨРКЕН АГРОТЕХ» ЖШС * ҚОСТАНАЙ * ", ["БСН", bin_]))
    ad = dict(number=aud_no, date=aud_date, date_str=en_md(aud_date), system=system, version=version, owner=name_en,
              owner_bin=bin_, period="February 2 – 27, 2026", evidence=EVID_EN,
              signers=[("Managing Director", "Azamat Nurlanov"), ("Lead Auditor", "Dana Ismailova")],
              stamp_ring='"DATAAUDIT ORDA" LLP * ALMATY * ', stamp_center=["BIN", A2["bin"]], seed=6300)
    ad.update(audit_texts("en", f"«{system}»", version, name_en))
    ad["opinion"] = [f"Overall opinion: POSITIVE. In our opinion the AI system «{system}», version {version}, meets the "
                     "assessment criteria set out in Section 3 in all material respects.",
                     f"This conclusion is valid until {en_md(aud_valid)}, provided that no material changes are made "
                     "to the model or its intended purpose."]
    docs = [
        dict(file="otinish_OA-112.pdf", type="application", lang="kk", source="text_layer",
             style="Letter-style application in Kazakh on a kk/en letterhead (DejaVu Serif): date «2026 жылғы 6 сәуір» "
                   "and «Шығ. № ӨА-112» top left, addressee top right, version inside the sentence «(1.2.0 нұсқа)», "
                   "sector «Жүйенің қолданылу саласы — ауыл шаруашылығы», initials + surname under the signature",
             build=lambda: app_letter_kk(a),
             fields=app_fields(name, bin_, system, version, "ауыл шаруашылығы", date, email, "Қ. Т. Бейсенов")),
        dict(file="system_description_MalBaqylau.png", type="system_description", lang="en", source="ocr",
             style="Description in English (Liberation Sans, DejaVu fallback), headings «Purpose», «Main functions», "
                   "«Data», «Risk management», «Human oversight»; grayscale PNG 200 dpi, skew −1.1°",
             build=lambda: desc_sections(["MalBaqylau — AI system description", "Orken Agrotech LLP · version 1.2.0"],
                                         desc, fam="ls", size=11),
             scan=dict(fmt="png", dpi=200, skew=-1.1, seed=6501), fields=SD_TRUE),
        dict(file="kualik_77533_egov.pdf", type="ip_certificate", lang="kk", source="text_layer",
             style="eGov printout (kk) of the certificate: right holder is the licensor «Өркен Зертхана» ЖШС with its BIN",
             build=lambda: cert_egov("kk", cert),
             fields=cert_fields(cert, "ЭЕМ-ге арналған бағдарлама", rh, bin_r)),
        dict(file="litsenziyalyq_shart_3-L.jpg", type="copyright_agreement", lang="kk", source="ocr",
             style="Non-exclusive licence agreement in Kazakh from the right holder to the applicant, dense page, "
                   "validity «2031 жылғы 14 қаңтарға дейін», parties' details in two columns, two stamps; JPEG 200 dpi, "
                   "skew 1.9°",
             build=lambda: agreement_kk(ag), scan=dict(fmt="jpg", dpi=200, skew=1.9, seed=6502, quality=80),
             fields=dict(agreement_number=ag_no, agreement_date=ag_date.isoformat(), grantor=rh, grantee=name,
                         grantee_bin=bin_, object_title=system, valid_until=ag_until.isoformat())),
        dict(file="audit_report_DAO-2026-0305.pdf", type="audit_conclusion", lang="en", source="text_layer",
             style="Audit report in English, auditor A2 template as text PDF; system name kept in Cyrillic «МалБақылау», "
                   "owner transliterated \"Orken Agrotech\" LLP, dates «March 5, 2026» / «until March 4, 2027»",
             build=lambda: audit_a2("en", ad, A2),
             fields=audit_fields(aud_no, aud_date, A2["en"], A2["bin"], system, version, name_en, bin_, aud_valid)),
    ]
    return dict(half="half_2", sector="agriculture", name="malbaqylau", submitted_at="2026-04-07T15:20:00+05:00",
                application_id=None, outcome="complete", failing=[], planted=None,
                planted_text="nothing (clean bundle)", docs=docs)


# ---------------------------------------------------------------- B7 emergency/floodcast (clean)

def bundle_b7():
    bin_ = make_bin(7, "2203")
    name_en, name_ru = '"Agyn Signal" LLP', "ТОО «Ағын Сигнал»"
    system, version = "FloodCast", "1.0.3"
    date = D("2026-04-09")
    cert = dict(number="78105", issue=D("2026-02-02"), appl_no="131640", filing=D("2026-01-14"),
                creation=D("2025-11-28"), type="программа для ЭВМ", title=system,
                authors="Сұлтанбеков Дәурен Серікұлы, Оразова Мөлдір Жанатқызы", rh=name_ru, rh_bin=bin_,
                director_short="Н. С. Әміров", seed=7100)
    aud_no, aud_date, aud_valid = "СК-19/2026", D("2026-03-20"), D("2027-03-19")
    email = "info@agynsignal.kz"
    a = dict(name=name_en, name_ru=name_ru, bin=bin_, system=system, version=version,
             sector="civil protection and emergency response", date=date, email=email,
             signatory="Dauren S. Sultanbekov", out_no="AS-114/26",
             addr_en="12 Turan Ave., office 305, Astana", addr_ru="г. Астана, пр. Туран, 12, офис 305",
             addressee="Ministry for Emergency Situations\nof the Republic of Kazakhstan\nAstana",
             ip_doc=f"Copyright certificate No. {cert['number']} of {en_dm(cert['issue'])}",
             audit_doc=f"No. {aud_no} of {en_dm(aud_date)}, Sarapshy Consulting LLP",
             annex_line="system description (in Kazakh); copy of certificate No. 78105; audit conclusion No. СК-19/2026.",
             sign_pos="Director", stamp_ring="ТОО «АҒЫН СИГНАЛ» * АСТАНА * ", stamp_center=["БИН", bin_], seed=7000,
             logo="AS")
    desc = [("Жүйенің мақсаты", ["FloodCast жүйесі өзендердегі су деңгейінің көтерілуін 1–5 тәулікке болжауға және "
                                 "су тасқыны қаупі туралы төтенше жағдайлар департаменттеріне ерте ескерту жасауға "
                                 "арналған. Жүйе көктемгі су тасқыны кезеңінде Ақмола, Солтүстік Қазақстан және "
                                 "Ақтөбе облыстарында қолданылады."]),
            ("Функциялары", [["гидропосттар мен метеостанциялар деректерін жинау және тексеру;",
                              "су деңгейі мен су өтімін 1–5 тәулікке болжау;",
                              "су басу қаупі бар елді мекендердің картасын жасау;",
                              "ескерту деңгейін (жасыл, сары, қызыл) ұсыну және жедел штабқа хабарлама жіберу."]]),
            ("Деректер", ["Модель «Қазгидромет» РМК гидропосттарының 2000–2025 жылдардағы деректері, қар жамылғысының "
                          "спутниктік өлшемдері және рельефтің цифрлық моделі бойынша оқытылды. Дербес деректер "
                          "өңделмейді."]),
            ("Тәуекелдерді басқару", ["Басты тәуекел — қауіпті су деңгейін болжамау. Болжам қателігі әр "
                                      "тасқын кезеңінен кейін талданады; деректер жетіспеген жағдайда болжам "
                                      "«сенімсіз» деп белгіленеді және гидрологтар қолмен тексереді."]),
            ("Адамның бақылауы", ["Ескерту деңгейі мен халықты көшіру туралы шешімді тек жедел штаб басшысы "
                                  "қабылдайды. Жүйенің ұсынысы кезекші гидрологтың растауынсыз жарияланбайды."])]
    ad = dict(number=aud_no, date=aud_date, date_str=ru_q(aud_date), system=system, version=version, owner=name_ru,
              owner_bin=bin_, head_short="О. С. Ким", lead_short="Д. М. Байжанов",
              stamp_ring="ТОО «САРАПШЫ КОНСАЛТИНГ» * АСТАНА * ", stamp_center=["БИН", A3["bin"]], seed=7300)
    ad.update(audit_texts("ru", system, version, name_ru))
    ad["opinion"] = [f"По результатам аудита система «{system}» (версия {version}) соответствует всем критериям "
                     "оценки. Вывод аудитора: заключение положительное."]
    ad["validity"] = f"Заключение действует по {ru_q(aud_valid)} включительно."
    docs = [
        dict(file="application_letter_AS-114.jpg", type="application", lang="en", source="ocr",
             style="English cover letter on an en/ru letterhead: «Ref. No. AS-114/26», date «9 April 2026», "
                   "borderless key–value block (System name, Version, Sector, …), «Yours faithfully», name under "
                   "the signature, blue stamp; colour JPEG 300 dpi, skew −1.5°, stronger lighting gradient",
             build=lambda: app_letter_en(a),
             scan=dict(fmt="jpg", dpi=300, skew=-1.5, seed=7501, gray=False, light=0.28, quality=84),
             fields=app_fields(name_en, bin_, system, version, a["sector"], date, email, a["signatory"])),
        dict(file="juienin_sipattamasy_FloodCast.pdf", type="system_description", lang="kk", source="text_layer",
             style="Description in Kazakh (DejaVu Sans Condensed), headings «Жүйенің мақсаты», «Функциялары», "
                   "«Деректер», «Тәуекелдерді басқару», «Адамның бақылауы», «N-бет» footer",
             build=lambda: desc_sections(["«FloodCast» жүйесінің сипаттамасы", "«Ағын Сигнал» ЖШС, 1.0.3 нұсқа"],
                                         desc, fam="dvc", size=10.5, ftr=page_footer("{n}-бет")),
             fields=SD_TRUE),
        dict(file="svidetelstvo_78105.tif", type="ip_certificate", lang="ru", source="ocr",
             style="Paper certificate (ru), double frame, emblem, labels in bold above values, «от «02» февраля 2026 года», "
                   "right holder + BIN, blue Kazpatent seal over the director line; bilevel G4 TIFF 300 dpi, skew 0.9°",
             build=lambda: cert_paper_ru(cert),
             scan=dict(fmt="tif", dpi=300, skew=0.9, seed=7502, bilevel=True, noise=5.0),
             fields=cert_fields(cert, "программа для ЭВМ", name_ru, bin_)),
        dict(file="zakliuchenie_SK-19-2026.pdf", type="audit_conclusion", lang="ru", source="text_layer",
             style="Audit conclusion (ru), auditor A3 template: cover with details table («Дата составления «20» марта "
                   "2026 г.»), Roman-numbered sections, «выполнен» table, validity «по «19» марта 2027 г. включительно»",
             build=lambda: audit_a3("ru", ad, A3),
             fields=audit_fields(aud_no, aud_date, A3["ru"], A3["bin"], system, version, name_ru, bin_, aud_valid)),
    ]
    return dict(half="half_2", sector="emergency", name="floodcast", submitted_at="2026-04-10T11:40:00+05:00",
                application_id="EMR-2026-0012", outcome="complete", failing=[], planted=None,
                planted_text="nothing (clean bundle)", docs=docs)


# ---------------------------------------------------------------- B8 labour/enbeksaikes (AUD-02: audit > 12 months)

def bundle_b8():
    bin_ = make_bin(8, "1811")
    name_ru, name_kk = "ТОО «Еңбек Цифр»", "«Еңбек Цифр» ЖШС"
    system, version = "ЕңбекСәйкес", "2.0"
    date = D("2026-04-14")
    person = "Әбілқасымов Руслан Болатұлы"
    cert = dict(number="53817", issue=D("2024-12-10"), appl_no="101264", filing=D("2024-11-22"),
                creation=D("2024-09-30"), type="ЭЕМ-ге арналған бағдарлама", title=system, authors=person,
                rh=name_kk, rh_bin=bin_, director_short="Н. С. Әміров", seed=8100)
    aud_no, aud_date = "АС-25/003", D("2025-01-28")
    email = "apply@enbekcifr.kz"
    a = dict(name=name_ru, bin=bin_, system=system, version=version, sector="труд и занятость", date=date,
             email=email, phone="+7 7172 69 44 02", addr_ru="г. Астана, ул. Достық, 5/2, ВП-14",
             addressee="Министерство труда и социальной\nзащиты населения\nРеспублики Казахстан",
             signatory=person, sign_short="Р. Б. Әбілқасымов", sign_pos="Директор",
             paras=[f"Прошу включить систему искусственного интеллекта «{system}» в перечень доверенных систем "
                    "искусственного интеллекта высокой степени риска.",
                    f"Права ТОО на систему подтверждаются свидетельством № {cert['number']} от {dots(cert['issue'])}.",
                    f"Аудит системы проведён ТОО «Ақпарат Сараптама» (заключение № {aud_no} от {dots(aud_date)}).",
                    "Описание системы, копия свидетельства, аудиторское заключение и доверенность прилагаются."],
             stamp_ring="ТОО «ЕҢБЕК ЦИФР» * АСТАНА * ", stamp_center=["БИН", bin_], seed=8000)
    desc = [("Purpose", ["EnbekSaikes (ЕңбекСәйкес) matches job seekers registered with the employment centres with "
                         "vacancies from the Electronic Labour Exchange and ranks suitable vacancies and candidates. "
                         "Because the results influence access to employment, the system is treated as high-risk."]),
            ("Functions", [["parsing of CVs and vacancy texts in Kazakh and Russian;",
                            "skills extraction against the national classifier of occupations;",
                            "ranking of vacancies for a job seeker and of candidates for an employer;",
                            "recommendations of short training courses to close skill gaps."]]),
            ("Data", ["Training data: 1.9 million anonymised CVs and 640,000 vacancies (2019–2024) provided by the "
                      "operator of the Electronic Labour Exchange under a data-processing agreement. Gender, age, "
                      "ethnicity and photographs are removed before training and are not used by the model."]),
            ("Risk management", ["Fairness metrics (selection-rate ratio by gender, age group and region) are "
                                 "computed monthly; a ratio below 0.8 blocks deployment of a new model version. "
                                 "Employers cannot filter candidates by protected attributes."]),
            ("Human oversight", ["The rankings are advisory. Employment-centre counsellors review every "
                                 "recommendation with the job seeker, and employers make hiring decisions "
                                 "themselves. Job seekers may request a human review of their profile."])]
    ad = dict(number=aud_no, date=aud_date, system=system, version=version, owner=name_kk, owner_bin=bin_,
              basis="2024 жылғы 2 желтоқсандағы № 31-АИ/2024 шарт", head_short="Е. Қ. Төлеубаев",
              lead_short="А. Б. Серікова", stamp_ring="«АҚПАРАТ САРАПТАМА» ЖШС * АСТАНА * ",
              stamp_center=["БСН", A1["bin"]], seed=8300)
    ad.update(audit_texts("kk", system, version, name_kk, law=False))
    ad["opinion"] = [f"Аудит нәтижелері бойынша «{system}» жүйесі ({version} нұсқа) белгіленген өлшемшарттарға "
                     "сәйкес келеді. Аудиторлық қорытынды — оң."]
    poa = dict(number="12", city="г. Астана", date=D("2026-04-13"), seed=8400,
               paras=[f"{name_ru} (БИН {bin_}), в лице директора {person}, действующего на основании Устава, "
                      "настоящей доверенностью уполномочивает Жұмабекову Айнұр Серікқызы "
                      f"(ИИН {make_iin(88, '930218', '4')}) представлять интересы товарищества в Министерстве труда и "
                      f"социальной защиты населения Республики Казахстан по вопросу включения системы «{system}» в "
                      "перечень доверенных систем искусственного интеллекта, подавать и получать документы, "
                      "устранять замечания.",
                      "Доверенность выдана сроком до 31 декабря 2026 года без права передоверия."],
               sign_pos="Директор", sign_name="Р. Б. Әбілқасымов",
               stamp_ring="ТОО «ЕҢБЕК ЦИФР» * АСТАНА * ", stamp_center=["БИН", bin_])
    docs = [
        dict(file="zayavlenie_EnbekSaikes.pdf", type="application", lang="ru", source="text_layer",
             style="Application (ru, Liberation Sans Narrow with DejaVu fallback): label|value ruled table with shaded "
                   "labels (Заявитель, БИН, …, Руководитель = full name, Версия «2.0»), numbered paragraphs below, date "
                   "«14» апреля 2026 г., initials + surname under the signature",
             build=lambda: app_kv_ru(a),
             fields=app_fields(name_ru, bin_, system, version, "труд и занятость", date, email, person)),
        dict(file="system_description_EnbekSaikes.jpg", type="system_description", lang="en", source="ocr",
             style="Description in English (DejaVu Serif), headings «Purpose», «Functions», «Data», «Risk management», "
                   "«Human oversight»; grayscale JPEG 200 dpi, skew 1.6°, JPEG quality 70",
             build=lambda: desc_sections(["EnbekSaikes (ЕңбекСәйкес) — description of the AI system",
                                          "Enbek Tsifr LLP, version 2.0"], desc, fam="dvs", size=10.5),
             scan=dict(fmt="jpg", dpi=200, skew=1.6, seed=8501, quality=70), fields=SD_TRUE),
        dict(file="kualik_53817.png", type="ip_certificate", lang="kk", source="ocr",
             style="Paper certificate in Kazakh, free-text sentence + «Label: value» lines, dates in Kazakh words, "
                   "right holder with BIN on one line, blue «КӨШІРМЕСІ ДҰРЫС» mark; grayscale PNG 200 dpi, skew −0.4°",
             build=lambda: cert_paper_kk(cert, free=True, copy=["КӨШІРМЕСІ ДҰРЫС", "«Еңбек Цифр» ЖШС"]),
             scan=dict(fmt="png", dpi=200, skew=-0.4, seed=8502),
             fields=cert_fields(cert, "ЭЕМ-ге арналған бағдарлама", name_kk, bin_)),
        dict(file="auditorlyq_qorytyndy_AS-25-003.pdf", type="audit_conclusion", lang="kk", source="ocr",
             style="Audit conclusion in Kazakh, auditor A1 template (framed cover, «Мазмұны», numbered sections, "
                   "criteria table), dated «2025 жылғы 28 қаңтар», no validity period printed; image-only PDF 200 dpi, "
                   "3 pages, skew 1.2°",
             build=lambda: audit_a1("kk", ad, A1), scan=dict(fmt="pdf", dpi=200, skew=1.2, seed=8503, quality=78),
             fields=audit_fields(aud_no, aud_date, A1["kk"], A1["bin"], system, version, name_kk, bin_, None)),
        dict(file="doverennost_12.pdf", type="other", lang="ru", source="text_layer",
             style="Power of attorney (ru) for the filing employee, text PDF with stamp and signature",
             build=lambda: poa_ru(poa), fields={}),
    ]
    return dict(half="half_2", sector="labour", name="enbeksaikes", submitted_at="2026-04-15T10:00:00+05:00",
                application_id="LAB-2026-0004", outcome="inconsistent", failing=["AUD-02"],
                planted="audit conclusion dated 2025-01-28, older than 12 months on receipt (2026-04-15); no validity period printed",
                planted_text=("stale audit: the conclusion № АС-25/003 is dated 2025 жылғы 28 қаңтар, about 14.5 months "
                              "before receipt, and prints no validity period, so only the 12-month age rule applies"),
                docs=docs)


BUNDLES = [bundle_b1, bundle_b2, bundle_b3, bundle_b4, bundle_b5, bundle_b6, bundle_b7, bundle_b8]


# ================================================================ CSV and README

def write_csv():
    with open(os.path.join(OUT, "accredited_auditors.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("bin,name\n")
        for k in ("A1", "A2", "A3"):
            a = AUD[k]
            assert valid_bin(a["bin"])
            fh.write(f"{a['bin']},\"{a['ru'].replace(chr(34), chr(34) * 2)}\"\n")


def write_readme(bl):
    L = []
    L.append("# fresh_f — labelled bundles written from the contract (SPEC) alone\n")
    L.append("Generated by `generate.py` (deterministic: fixed seeds, fixed PDF creation date; run from /work/main with "
             "`.venv/bin/python sample_docs/fresh_f/generate.py`, about 1–2 minutes). Every file below is produced by the "
             "script; labels are in `<half>/<sector>/<bundle>.expected.json` beside each bundle folder. "
             "`accredited_auditors.csv` (columns `bin,name`) lists the three auditors used (all BINs pass the check "
             "digit); all are accredited.\n")
    L.append("Label conventions (same as fresh_e): `failing_checks` holds the codes that fail with blocking or warning "
             "severity (SPEC §5), sorted; `text_source` is `ocr` for every scan (JPEG/PNG/TIFF/image-only PDF), "
             "`text_layer` for generated PDFs; names are labelled exactly as printed (quotes kept, legal-form word "
             "where printed); object titles printed in guillemets inside a sentence are labelled without the "
             "guillemets; versions are labelled as printed (`v2.1` keeps its `v`; «3.0.1 нұсқасы» → `3.0.1`); "
             "system-description fields are the five section booleans; `other` documents carry no fields.\n")
    L.append("Auditors: A1 " + AUD["A1"]["ru"] + f" (BIN {AUD['A1']['bin']}), A2 " + AUD["A2"]["ru"] +
             f" (BIN {AUD['A2']['bin']}, prints itself as {AUD['A2']['en']} in English), A3 " + AUD["A3"]["ru"] +
             f" (BIN {AUD['A3']['bin']}). Each has its own report template.\n")
    for half in ("half_1", "half_2"):
        hb = [b for b in bl if b["half"] == half]
        nd = sum(len(b["docs"]) for b in hb)
        ns = sum(1 for b in hb for d in b["docs"] if d["source"] == "ocr")
        L.append(f"## {half} — {len(hb)} bundles, {nd} documents, {ns} scans\n")
        for b in hb:
            L.append(f"### {half}/{b['sector']}/{b['name']}\n")
            L.append(f"- submitted_at: `{b['submitted_at']}`; " +
                     (f"application_id `{b['application_id']}`" if b.get("application_id") else
                      "no application_id in the manifest"))
            L.append(f"- expected outcome: **{b['outcome']}**; failing checks: " +
                     (", ".join(sorted(b["failing"])) if b["failing"] else "—"))
            L.append(f"- planted: {b['planted_text']}\n")
            L.append("| file | type(s) | lang | source | style |")
            L.append("| --- | --- | --- | --- | --- |")
            for d in b["docs"]:
                L.append(f"| `{d['file']}` | {d['type']} | {d['lang']} | {d['source']} | " + d["style"].replace("|", "\\|") + " |")
            L.append("")
    L.append("## Notes on labelling choices\n")
    L.extend("- " + n for n in NOTES)
    L.append("")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))


NOTES = [
    "Bilingual documents (zholaqyl application, bilimkompas description, auataza certificate) print Kazakh first and "
    "are labelled `language: kk`; their values are labelled in the Kazakh form (e.g. `«Ақжол Телематика» ЖШС`, "
    "sector `көлік`; auataza right holder `«Экодата Зерттеу» ЖШС`, object type `ЭЕМ-ге арналған бағдарлама`, "
    "although the cell also prints `/ ТОО «Экодата Зерттеу»` and `/ программа для ЭВМ`).",
    "Transliteration: teriscan's English audit prints the owner as \"Shipager Data\" LLP (application: «Шипагер Дата» "
    "ЖШС, agreement: ТОО «Шипагер Дата»); malbaqylau's English audit prints \"Orken Agrotech\" LLP for «Өркен Агротех» "
    "ЖШС (Ө → O); floodcast's English letter names the applicant \"Agyn Signal\" LLP while certificate and audit say "
    "ТОО «Ағын Сигнал» (Ғ → G, ы → y). All must match through Cyrillic/Latin transliteration plus the legal-form "
    "words LLP/ТОО/ЖШС (XDC-03/XDC-04 pass). A2 is matched to the accredited list by BIN and by its transliterated name.",
    "Versions: teriscan's application prints `2.1`, its English audit `v2.1` — the same version (XDC-02 passes only if "
    "a leading `v` is ignored). zholaqyl's Kazakh audit prints «3.0.1 нұсқасы» (labelled `3.0.1`); malbaqylau's "
    "Kazakh letter writes «(1.2.0 нұсқа)» inside a sentence.",
    "System names are the same string in every document of a bundle (teriscan and floodcast are Latin brand names "
    "everywhere, including the Kazpatent certificate); malbaqylau's English audit keeps the Cyrillic «МалБақылау». The "
    "English description of malbaqylau and enbeksaikes mention a Latin spelling in passing (description fields are "
    "only section booleans).",
    "bilimkompas: the applicant is an individual entrepreneur; `applicant_bin` and `system_owner_bin` are her IIN "
    "(5th digit 1, valid check digit). The certificate prints no right holder, its single author is the entrepreneur "
    "herself (`Сейітқали Гүлназ Маратқызы`), so XDC-03 passes once the legal-form word ИП is dropped from "
    "`ИП Сейітқали Гүлназ Маратқызы`. The description's header says «ЖК Сейітқали Г. М.» (Kazakh for ИП); it "
    "carries no labelled field.",
    "teriscan: the certificate names only the author (an individual), who licenses the program to the applicant by "
    "an exclusive licence agreement (grantor = author) — XDC-03 passes through the agreement; the agreement prints "
    "the author's IIN and the applicant's BIN (`grantee_bin`).",
    "malbaqylau: the certificate's right holder is the licensor «Өркен Зертхана» ЖШС with its own BIN "
    "(`right_holder_bin` belongs to another party); XDC-05 compares BINs of the same party only and passes. The "
    "applicant's BIN appears as `grantee_bin`.",
    "auataza (planted XDC-03): the right holder «Экодата Зерттеу» ЖШС is not the applicant and no agreement links "
    "them; the applicant's director is one of the authors, which does not matter because a right holder is named. "
    "No right-holder BIN is printed, so XDC-05 is not affected. Everything else in the bundle is consistent.",
    "enbeksaikes (planted AUD-02): the audit conclusion prints no validity period (so `valid_until` is not "
    "labelled); it is dated 2025-01-28 and the bundle is received 2026-04-15, beyond the default 12-month maximum "
    "age. The audit still states that training data and prohibited functions were assessed (AUD-05 passes); the "
    "certificate is from 2024 (number 53817), well before the application (IPR-02 passes).",
    "Signatory: labelled as printed in the application. Letters print initials + surname (`Б. Т. Жақсылықов`, "
    "`Қ. Т. Бейсенов`, `Dauren S. Sultanbekov`). Forms that have a dedicated row or line for the signing person "
    "print the full name there and initials at the signature (teriscan row 11, bilimkompas «Заявление подписал: …», "
    "enbeksaikes row «Руководитель»): the full name is labelled.",
    "Sector is labelled as printed: finance letter «Сфера применения системы — финансовый сектор.» → "
    "`финансовый сектор`; floodcast `civil protection and emergency response`.",
    "qarjyqorgan: the application letter's date is the outgoing-number date «от 12.03.2026».",
    "Scans carry stamps and signatures rendered into the page before the scan degradation; floodcast's certificate is "
    "a bilevel G4 TIFF, so its blue seal is partly dropped by binarisation.",
]


# ================================================================ emit

def emit_bundle(b):
    folder = os.path.join(OUT, b["half"], b["sector"], b["name"])
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    labels = []
    for d in b["docs"]:
        path = os.path.join(folder, d["file"])
        pdf = d["build"]()
        raw = pdf_bytes(pdf)
        sc = d.get("scan")
        if sc:
            pages = scan_pages(raw, sc["seed"], dpi=sc["dpi"], skew=sc["skew"], gray=sc.get("gray", True),
                               bilevel=sc.get("bilevel", False), blur=sc.get("blur", 0.7), noise=sc.get("noise", 7.0),
                               light=sc.get("light", 0.16))
            save_scan(pages, path, sc["fmt"], sc["dpi"], quality=sc.get("quality", 82))
        else:
            with open(path, "wb") as fh:
                fh.write(raw)
        labels.append(dict(file=d["file"], type=d["type"], text_source=d["source"], language=d["lang"],
                           fields=d["fields"]))
    man = {}
    if b.get("application_id"):
        man["application_id"] = b["application_id"]
    man["submitted_at"] = b["submitted_at"]
    files = []
    for fn in sorted(os.listdir(folder)):
        with open(os.path.join(folder, fn), "rb") as fh:
            files.append({"name": fn, "sha256": hashlib.sha256(fh.read()).hexdigest()})
    man["files"] = files
    with open(os.path.join(folder, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(man, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    exp = dict(outcome=b["outcome"], failing_checks=sorted(b["failing"]), planted=b["planted"], documents=labels)
    with open(folder + ".expected.json", "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def main(only=None):
    import sys
    bl = [f() for f in BUNDLES]
    if only:
        bl = [b for b in bl if b["name"] in only]
    for b in bl:
        emit_bundle(b)
        print("wrote", b["half"], b["sector"], b["name"])
    if not only:
        write_csv()
        write_readme(bl)


if __name__ == "__main__":
    import sys
    main(sys.argv[1:])
