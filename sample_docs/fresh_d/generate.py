"""fresh_d labelled test set generator (deterministic). Run from /work/main: .venv/bin/python sample_docs/fresh_d/generate.py"""
import hashlib
import io
import json
import math
import os
from datetime import datetime, timezone

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
             "августа", "сентября", "октября", "ноября", "декабря"]
MONTHS_KK = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде",
             "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def d_ru(iso, quoted=False):
    y, m, d = (int(x) for x in iso.split("-"))
    if quoted:
        return f"«{d:02d}» {MONTHS_RU[m-1]} {y} года"
    return f"{d} {MONTHS_RU[m-1]} {y} г."


def d_kk(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{y} жылғы {d} {MONTHS_KK[m-1]}"


def d_en_us(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{MONTHS_EN[m-1]} {d}, {y}"


def d_en(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{d} {MONTHS_EN[m-1]} {y}"


def d_dot(iso, sep="."):
    y, m, d = iso.split("-")
    return f"{d}{sep}{m}{sep}{y}"


# ---------------------------------------------------------------- BIN / IIN
W1 = list(range(1, 12))
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]


def check_digit(body11):
    s = sum(int(c) * w for c, w in zip(body11, W1)) % 11
    if s == 10:
        s = sum(int(c) * w for c, w in zip(body11, W2)) % 11
        if s == 10:
            return None
    return s


def bin_valid(b):
    if len(b) != 12 or not b.isdigit():
        return False
    c = check_digit(b[:11])
    return c is not None and c == int(b[11])


def make_id(prefix, rng):
    while True:
        body = prefix + "".join(str(rng.randint(0, 10)) for _ in range(11 - len(prefix)))
        c = check_digit(body)
        if c is not None:
            return body + str(c)


# ---------------------------------------------------------------- PDF
class Doc(FPDF):
    def __init__(self, footer=None, header=None, header_first=False):
        super().__init__(format="A4")
        self.set_creation_date(datetime(2026, 1, 1, tzinfo=timezone.utc))
        self.add_font("S", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("S", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("R", "", FONT_DIR + "DejaVuSerif.ttf")
        self.add_font("R", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
        self.footer_fmt = footer
        self.header_text = header
        self.header_first = header_first
        self.marks = []  # (page, x_mm, y_mm) of signature blocks
        self.fam = "S"
        self.sig_label = "(подпись)"
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 18, 18)

    def header(self):
        if self.header_text and (self.page_no() > 1 or self.header_first):
            self.set_font(self.fam, "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.header_text, align="R")
            self.ln(4)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4)
            self.set_text_color(0, 0, 0)

    def footer(self):
        if self.footer_fmt:
            self.set_y(-14)
            self.set_font(self.fam, "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 6, self.footer_fmt.format(p=self.page_no(), n="{nb}"), align="C")
            self.set_text_color(0, 0, 0)

    # text helpers
    def f(self, size=11, bold=False, fam=None):
        self.set_font(fam or self.fam, "B" if bold else "", size)

    def p(self, text, size=11, bold=False, align="J", h=None, md=False):
        self.f(size, bold)
        self.multi_cell(0, h or size * 0.5, text, align=align, markdown=md,
                        new_x="LMARGIN", new_y="NEXT")

    def gap(self, h=3):
        self.ln(h)

    def lv(self, label, value, size=11):
        """label followed by the value in bold"""
        self.f(size)
        self.multi_cell(0, size * 0.55, f"{label} **{value}**", markdown=True,
                        new_x="LMARGIN", new_y="NEXT")

    def sign(self, left, right, size=11):
        """signature line; remembers where it is for the scanner's stamp"""
        if self.get_y() > self.h - 50:
            self.add_page()
        self.ln(6)
        y = self.get_y()
        self.f(size)
        self.set_x(self.l_margin)
        self.cell(75, 6, left)
        self.cell(45, 6, "_______________")
        self.cell(0, 6, right, new_x="LMARGIN", new_y="NEXT")
        self.marks.append((self.page_no(), self.l_margin + 95, y + 3))
        self.f(8)
        self.set_x(self.l_margin + 75)
        self.cell(45, 4, self.sig_label, align="C",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def ruled(self, rows, widths, size=10, header=True, bold_first_col=False, lh=None):
        self.f(size)
        with self.table(col_widths=widths, borders_layout="ALL", line_height=lh or size * 0.6,
                        first_row_as_headings=header, text_align="LEFT",
                        headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235))) as t:
            for r in rows:
                row = t.row()
                for i, c in enumerate(r):
                    row.cell(str(c))
        self.ln(2)

    def bytes(self):
        return bytes(self.output())


# ---------------------------------------------------------------- scanning
def render(pdf_bytes, dpi):
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        bm = doc[i].render(scale=dpi / 72.0)
        out.append(bm.to_pil().convert("RGB"))
    doc.close()
    return out


def _font(size, bold=False, serif=False):
    name = ("DejaVuSerif" if serif else "DejaVuSans") + ("-Bold" if bold else "") + ".ttf"
    return ImageFont.truetype(FONT_DIR + name, size)


def signature(img, x, y, rng, scale):
    """a pen scribble centred at (x, y) px"""
    d = ImageDraw.Draw(img)
    pts = []
    n = 40
    w = 32 * scale
    for i in range(n):
        t = i / (n - 1)
        px = x - w / 2 + w * t + rng.normal(0, 1.2 * scale)
        py = y + math.sin(t * 9 + rng.uniform(0, 1)) * 3.2 * scale * (1 - t * 0.5) - t * 2 * scale
        pts.append((px, py))
    d.line(pts, fill=(20, 30, 90), width=max(2, int(0.45 * scale)), joint="curve")


def stamp(img, cx, cy, ring_text, centre_lines, rng, scale, color=(35, 60, 175)):
    """blue round stamp (multiply blend) centred at (cx, cy) px; scale = px per mm"""
    D = int(40 * scale)
    layer = Image.new("L", (D, D), 0)
    d = ImageDraw.Draw(layer)
    lw = max(2, int(0.7 * scale))
    d.ellipse([lw, lw, D - lw, D - lw], outline=255, width=lw)
    r2 = int(D * 0.33)
    d.ellipse([D / 2 - r2, D / 2 - r2, D / 2 + r2, D / 2 + r2], outline=255, width=max(1, lw // 2))
    text = ring_text + " • "
    R = D / 2 - 4.6 * scale
    n = len(text)
    fnt = _font(int(min(3.3 * scale, 1.35 * 2 * math.pi * R / n)), bold=True)
    for i, ch in enumerate(text):
        ang = 2 * math.pi * i / n - math.pi / 2
        ci = Image.new("L", (int(6 * scale), int(6 * scale)), 0)
        ImageDraw.Draw(ci).text((ci.width / 2, ci.height / 2), ch, font=fnt, fill=255, anchor="mm")
        ci = ci.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        px = int(D / 2 + R * math.cos(ang) - ci.width / 2)
        py = int(D / 2 + R * math.sin(ang) - ci.height / 2)
        layer.paste(255, (px, py), ci)
    f2 = _font(int(2.9 * scale), bold=True)
    yy = D / 2 - (len(centre_lines) - 1) * 1.9 * scale
    for line in centre_lines:
        d.text((D / 2, yy), line, font=f2, fill=255, anchor="mm")
        yy += 3.8 * scale
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    a = np.asarray(layer, dtype=np.float32) / 255.0
    # uneven ink
    ink = 0.55 + 0.4 * rng.random(a.shape).astype(np.float32)
    ink *= np.clip(np.linspace(0.75, 1.05, D)[None, :] + rng.uniform(-0.1, 0.1), 0, 1).astype(np.float32)
    a = a * ink
    arr = np.asarray(img, dtype=np.float32)
    x0, y0 = int(cx - D / 2), int(cy - D / 2)
    x1, y1 = max(0, x0), max(0, y0)
    x2, y2 = min(arr.shape[1], x0 + D), min(arr.shape[0], y0 + D)
    sub = arr[y1:y2, x1:x2]
    aa = a[y1 - y0:y2 - y0, x1 - x0:x2 - x0][..., None]
    col = np.array(color, dtype=np.float32) / 255.0
    arr[y1:y2, x1:x2] = sub * (1 - aa) + sub * col * aa
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def degrade(img, rng, skew=1.0, noise=6.0, blur=0.7, light=0.12, gray=False):
    img = img.rotate(skew, resample=Image.BICUBIC, expand=True, fillcolor=(246, 245, 240))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    arr = np.asarray(img, dtype=np.float32)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
    dist = np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    lightmap = 1.0 - light * dist / dist.max()
    arr = arr * lightmap[..., None]
    arr += rng.normal(0, noise, size=(h, w, 1)).astype(np.float32)
    arr = np.clip(arr * 0.97 + 4, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr)
    if gray:
        img = img.convert("L")
    return img


def jpeg_roundtrip(img, quality):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=quality)
    b.seek(0)
    return Image.open(b).convert(img.mode)


def _persp_coeffs(dst, src):
    """coefficients for Image.transform PERSPECTIVE mapping output(dst) -> input(src)"""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def phone_photo(img, rng):
    img = ImageEnhance.Contrast(img).enhance(0.72)
    img = ImageEnhance.Brightness(img).enhance(0.93)
    w, h = img.size
    W, H = int(w * 1.12), int(h * 1.10)
    # table surface
    bg = np.zeros((H, W, 3), np.float32) + np.array([104, 88, 72], np.float32)
    bg += rng.normal(0, 5, (H, W, 1))
    bgimg = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
    dst = [(W * 0.09, H * 0.05), (W * 0.93, H * 0.035), (W * 0.965, H * 0.96), (W * 0.045, H * 0.94)]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    coeffs = _persp_coeffs(dst, src)
    warped = img.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=None)
    mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    bgimg.paste(warped, (0, 0), mask)
    arr = np.asarray(bgimg, dtype=np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    # shadow of the phone/hand from the upper left, soft edge
    edge = (xx / W * 0.8 + yy / H * 0.6)
    shadow = 0.62 + 0.38 * np.clip((edge - 0.35) / 0.35, 0, 1)
    arr *= shadow[..., None]
    arr += rng.normal(0, 4, (H, W, 1))
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(1.0))
    return out.resize((int(W * 0.62), int(H * 0.62)), Image.LANCZOS)


def to_bilevel(img, thr=165):
    g = img.convert("L")
    return g.point(lambda v: 255 if v > thr else 0, mode="1")


def save_pdf_images(imgs, dpi):
    b = io.BytesIO()
    imgs = [i.convert("RGB") if i.mode not in ("L", "RGB") else i for i in imgs]
    import time as _t
    fixed = _t.gmtime(1767225600)  # 2026-01-01, fixed for reproducible bytes
    imgs[0].save(b, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:], quality=72,
                 creationDate=fixed, modDate=fixed)
    return b.getvalue()


def save_img(img, fmt, **kw):
    b = io.BytesIO()
    img.save(b, fmt, **kw)
    return b.getvalue()


def sha256(b):
    return hashlib.sha256(b).hexdigest()
# ============================================================== bundles
from pathlib import Path

OUT = Path(__file__).resolve().parent
RNG_IDS = np.random.RandomState(20260307)

# ---- parties (all fictitious); ids drawn once, deterministically
def _bin(yymm, kind="40"):
    return make_id(yymm + kind, RNG_IDS)

P = {
    "medscan": ("ТОО «Медскан Аналитика»", _bin("1907")),
    "senim": ("ТОО «Сенім Аудит Сервис»", _bin("1603")),
    "qarjy": ("«Қаржы Талдау Жүйелері» ЖШС", _bin("2011")),
    "adal": ("«Адал Аудит» ЖШС", _bin("1409")),
    "zholserik": ("ТОО «Жолсерік Логистикс»", _bin("1705")),
    "navigator": ("ТОО «Навигатор Софт»", _bin("1512")),
    "transaudit": ("ТОО «ТрансАудит Эксперт»", _bin("1302")),
    "saryarqa": ("ТОО «Сарыарқа Дата»", _bin("2104")),
    "qazaqaudit": ("Qazaq Audit Partners LLP", _bin("1810")),
    "bilim": ("ТОО «Білім Аналитикс»", _bin("2202")),
    "auditstd": ("ТОО «Аудит-Стандарт Плюс»", _bin("1211")),
    "derma": ("ТОО «Дерма Вижн Казахстан»", _bin("2306")),
}
IIN_ZHUMABAEV = make_id("8706143", RNG_IDS)   # individual (author), 5th digit 1 -> IIN
AUDITORS = ["senim", "adal", "transaudit", "qazaqaudit", "auditstd"]


def N(k):
    return P[k][0]


def B(k):
    return P[k][1]


def scan_pages(doc, rng, dpi, stamps=(), sig=True):
    """render a Doc, ink the signatures and press stamps on the remembered signature blocks"""
    pages = render(doc.bytes(), dpi)
    s = dpi / 25.4
    for i, (pg, x, y) in enumerate(doc.marks):
        im = pages[pg - 1]
        if sig:
            signature(im, x * s, y * s, rng, s)
        st = stamps[i] if i < len(stamps) else None
        if st:
            pages[pg - 1] = stamp(im, (x - 12 + rng.uniform(-4, 4)) * s, (y + rng.uniform(-2, 4)) * s,
                                  st[0], st[1], rng, s)
    return pages


def stamp_of(key, city="АСТАНА"):
    name = N(key)
    inner = name.replace("ТОО ", "").replace(" ЖШС", "").replace(" LLP", "")
    return (f"{name.upper()} • {city} • БИН {B(key)}", [inner.upper()[:22], "ДЛЯ ДОКУМЕНТОВ"])


def write_bundle(half, agency, name, app_id, submitted, files, entries, outcome, failing, planted):
    folder = OUT / half / agency / name
    folder.mkdir(parents=True, exist_ok=True)
    for fn, data in files:
        (folder / fn).write_bytes(data)
    manifest = {"application_id": app_id, "submitted_at": submitted,
                "files": [{"name": fn, "sha256": sha256(data)} for fn, data in files]}
    # manifest written last (SPEC: the folder is ready when the manifest exists)
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n",
                                          encoding="utf-8")
    exp = {"outcome": outcome, "failing_checks": sorted(failing), "planted": planted,
           "documents": entries}
    (OUT / half / agency / f"{name}.expected.json").write_text(
        json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return {"half": half, "agency": agency, "bundle": name, "outcome": outcome,
            "failing": sorted(failing), "planted": planted, "files": files, "entries": entries}


def E(file, type_, src, lang, fields):
    return {"file": file, "type": type_, "text_source": src, "language": lang, "fields": fields}


DESC_ALL = {"purpose": True, "functions": True, "data": True,
            "risk_management": True, "human_oversight": True}

# ---- reusable Russian building blocks
def ru_cert(doc, num, issue, appno, filed, otype, title, created, authors, holder=None, holder_bin=None,
            three_col=False, date_style="dot"):
    doc.add_page()
    doc.f(9, True)
    doc.cell(0, 5, "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ                                   РЕСПУБЛИКА КАЗАХСТАН",
             align="C", new_x="LMARGIN", new_y="NEXT")
    doc.f(9)
    doc.cell(0, 5, "РГП на ПХВ «Национальный институт интеллектуальной собственности»",
             align="C", new_x="LMARGIN", new_y="NEXT")
    doc.gap(6)
    doc.p("СВИДЕТЕЛЬСТВО", 16, True, align="C")
    doc.p("о внесении сведений в государственный реестр прав на объекты, охраняемые авторским правом",
          11, True, align="C")
    doc.gap(3)
    issue_txt = d_dot(issue) if date_style == "dot" else d_ru(issue, quoted=True)
    doc.p(f"№ {num}          от {issue_txt}", 12, True, align="C")
    doc.gap(5)
    rows = [("Номер заявки", appno), ("Дата подачи заявки", d_dot(filed)),
            ("Вид объекта авторского права", otype), ("Название объекта", title),
            ("Дата создания объекта", d_dot(created)), ("Автор(ы)", authors)]
    if holder:
        rows.append(("Правообладатель", holder))
    if holder_bin:
        rows.append(("БИН правообладателя", holder_bin))
    rows.append(("Статус", "действует"))
    if three_col:
        data = [("№", "Сведения", "Значение")] + [(str(i + 1), a, b) for i, (a, b) in enumerate(rows)]
        doc.ruled(data, (10, 70, 92), size=10, header=True, lh=7)
    else:
        doc.ruled(rows, (72, 100), size=10, header=False, lh=7)
    doc.gap(4)
    doc.p("Сведения о произведении внесены в государственный реестр прав на объекты, охраняемые "
          "авторским правом, в соответствии с Законом Республики Казахстан «Об авторском праве и "
          "смежных правах». Свидетельство подтверждает факт внесения сведений в реестр.", 9)
    doc.gap(8)
    doc.sign("Директор", "К. А. Мусабекова", 10)
    return doc


STAMP_INST = ("НАЦИОНАЛЬНЫЙ ИНСТИТУТ ИНТЕЛЛЕКТУАЛЬНОЙ СОБСТВЕННОСТИ • РЕСПУБЛИКА КАЗАХСТАН",
              ["ДЛЯ", "СВИДЕТЕЛЬСТВ"])


# ============================================================== half 1
def bundle_h1_medtriage():
    rng = np.random.RandomState(101)
    app_n, app_b = P["medscan"]
    sysn, ver = "MedTriage Assist", "2.3.1"
    app_date, email, signat = "2026-03-12", "triage@medskan-analitika.kz", "Ахметова Динара Болатовна"
    files, ents = [], []

    # --- application: form with ☒/☐ and bold values, description as section 3
    d = Doc(footer="Стр. {p} из {n}")
    d.add_page()
    d.p("Министерство здравоохранения Республики Казахстан", 10, align="R")
    d.gap(4)
    d.p("ЗАЯВЛЕНИЕ", 15, True, align="C")
    d.p("о включении системы искусственного интеллекта в перечень доверенных систем "
        "искусственного интеллекта высокого риска", 11, True, align="C")
    d.gap(4)
    d.p("Вид заявления:    ☒ первичное      ☐ повторное (после устранения замечаний)", 11)
    d.gap(2)
    d.p("Раздел 1. Сведения о заявителе", 12, True, align="L")
    d.lv("Полное наименование заявителя:", app_n)
    d.lv("БИН:", app_b)
    d.lv("Юридический адрес:", "г. Астана, район Есиль, ул. Сыганак, д. 18/2, офис 410")
    d.lv("Электронная почта:", email)
    d.lv("Телефон:", "+7 (7172) 64-20-17")
    d.gap(2)
    d.p("Раздел 2. Сведения о системе", 12, True, align="L")
    d.lv("Наименование системы ИИ:", sysn)
    d.lv("Версия системы:", ver)
    d.p("Отрасль применения:", 11)
    d.p("   ☒ здравоохранение   ☐ финансы   ☐ транспорт   ☐ энергетика   ☐ образование", 11)
    d.p("Документ, подтверждающий права:", 11)
    d.p("   ☒ свидетельство о внесении сведений в государственный реестр прав\n"
        "   ☐ авторский договор (о передаче имущественных прав / лицензионный)", 11, align="L")
    d.gap(2)
    d.p("Раздел 3. Описание системы", 12, True, align="L")
    d.p("3.1. Назначение и область применения", 11, True, align="L")
    d.p("Система MedTriage Assist предназначена для предварительной сортировки (триажа) обращений "
        "пациентов в приёмных отделениях многопрофильных стационаров. Система ранжирует обращения "
        "по срочности и подсказывает дежурному врачу очередность осмотра.", 10.5)
    d.p("3.2. Основные функции", 11, True, align="L")
    d.p("— оценка срочности по жалобам, витальным показателям и анамнезу;\n"
        "— выделение признаков состояний, угрожающих жизни, с объяснением вклада каждого признака;\n"
        "— формирование очереди осмотра и уведомление дежурного врача;\n"
        "— журналирование всех рекомендаций для последующего разбора.", 10.5, align="L")
    d.add_page()
    d.p("3.3. Обрабатываемые данные", 11, True, align="L")
    d.p("Обезличенные электронные медицинские записи приёмных отделений (около 410 тыс. обращений "
        "за 2021–2024 гг.), показатели мониторов пациента, структурированные жалобы. Персональные "
        "данные обрабатываются на серверах медицинской организации; передача за пределы организации "
        "не осуществляется.", 10.5)
    d.p("3.4. Управление рисками", 11, True, align="L")
    d.p("Ведётся реестр рисков (ошибочная низкая оценка срочности, смещение по возрастным группам, "
        "сбой интеграции с МИС). Для каждого риска определены меры: консервативный порог, ежемесячный "
        "контроль чувствительности по подгруппам, резервный ручной режим.", 10.5)
    d.p("3.5. Контроль со стороны человека", 11, True, align="L")
    d.p("Рекомендация системы не является решением: очередность окончательно устанавливает дежурный "
        "врач, который может изменить её одним действием; каждое расхождение фиксируется и разбирается "
        "клинико-экспертной комиссией.", 10.5)
    d.gap(3)
    d.p("Приложения:", 11, True, align="L")
    d.p("   ☒ свидетельство о внесении сведений в государственный реестр прав (1 л.)\n"
        "   ☒ аудиторское заключение (5 л.)\n"
        "   ☒ доверенность на подписанта (1 л.)\n"
        "   ☐ авторский договор", 10.5, align="L")
    d.gap(3)
    d.lv("Дата заявления:", d_dot(app_date))
    d.lv("Подписант:", signat + ", директор по развитию (по доверенности № 7)")
    d.sign("Директор по развитию", "Д. Б. Ахметова")
    files.append(("zayavlenie_medtriage.pdf", d.bytes()))
    ents.append(E("zayavlenie_medtriage.pdf", "application", "text_layer", "ru", {
        "applicant_name": app_n, "applicant_bin": app_b, "system_name": sysn, "system_version": ver,
        "sector": "здравоохранение", "application_date": app_date, "contact_email": email,
        "signatory": signat}))
    ents.append(E("zayavlenie_medtriage.pdf", "system_description", "text_layer", "ru", dict(DESC_ALL)))

    # --- certificate: ruled 2-col table, scanned to PNG (200 dpi) with institute stamp
    cert = dict(num="77215", issue="2025-11-20", appno="95731", filed="2025-10-30",
                otype="программа для ЭВМ", title=sysn, created="2025-09-01",
                authors="Ахметова Динара Болатовна, Сейтказин Ерлан Маратович",
                holder=app_n, holder_bin=app_b)
    c = ru_cert(Doc(), **cert)
    pg = scan_pages(c, rng, 200, [STAMP_INST])
    img = degrade(pg[0], rng, skew=0.8, noise=5, blur=0.6, light=0.15)
    files.append(("svidetelstvo_77215.png", save_img(img, "PNG", optimize=True)))
    ents.append(E("svidetelstvo_77215.png", "ip_certificate", "ocr", "ru", {
        "certificate_number": "77215", "issue_date": "2025-11-20", "object_type": "программа для ЭВМ",
        "object_title": sysn, "authors": cert["authors"], "right_holder": app_n,
        "right_holder_bin": app_b, "creation_date": "2025-09-01", "application_number": "95731"}))

    # --- audit: 5 pages, cover + contents + numbered sections, text layer
    aud_n, aud_b = P["senim"]
    cno, cdate, cvalid = "АЗ-ИИ/2026-014", "2026-02-20", "2027-02-20"
    a = Doc(footer="Стр. {p} из {n}", header=f"{aud_n} • Аудиторское заключение № {cno}")
    a.add_page()
    a.gap(30)
    a.p(aud_n, 18, True, align="C")
    a.p("Аудит систем искусственного интеллекта и информационной безопасности", 10, align="C")
    a.gap(35)
    a.p("АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ", 20, True, align="C")
    a.p(f"№ {cno}", 14, True, align="C")
    a.gap(6)
    a.p(f"по результатам аудита системы искусственного интеллекта высокого риска\n«{sysn}»",
        12, align="C")
    a.gap(60)
    a.p("г. Алматы\n2026", 11, align="C")
    a.add_page()
    a.p("Содержание", 14, True, align="L")
    a.gap(3)
    toc = [("1. Общие сведения", 3), ("1.1 Аудитор", 3), ("1.2 Владелец системы", 3),
           ("1.3 Объект аудита", 3), ("1.4 Дата и номер заключения", 3),
           ("2. Объём и методология аудита", 3), ("2.1 Стандарты и методы", 3),
           ("2.2 Данные обучения", 4), ("2.3 Запрещённые функции", 4),
           ("3. Результаты проверки", 4), ("4. Заключение", 5), ("4.1 Вывод аудитора", 5),
           ("4.2 Срок действия", 5)]
    for t, p in toc:
        top = t.split()[0].endswith(".")
        a.f(11, top)
        a.cell(150, 7, ("" if top else "      ") + t + " " + "." * 60, new_x="RIGHT")
        a.cell(0, 7, str(p), align="R", new_x="LMARGIN", new_y="NEXT")
    a.add_page()
    a.p("1. Общие сведения", 13, True, align="L")
    a.gap(2)
    a.p(f"1.1 Аудитор: {aud_n}, БИН {aud_b}, г. Алматы, пр. Абая, д. 150/230, офис 12.", 11)
    a.p(f"1.2 Владелец системы (заказчик аудита): {app_n}, БИН {app_b}.", 11)
    a.p(f"1.3 Объект аудита: система искусственного интеллекта «{sysn}», версия {ver}, "
        "модуль триажа обращений пациентов в приёмных отделениях.", 11)
    a.p(f"1.4 Настоящее заключение № {cno} составлено {d_ru(cdate, quoted=True)} по итогам "
        "аудита, проведённого с 12 января по 13 февраля 2026 года.", 11)
    a.gap(4)
    a.p("2. Объём и методология аудита", 13, True, align="L")
    a.gap(2)
    a.p("2.1 Аудит проведён на основании договора оказания услуг, по методике аудитора, согласованной "
        "с требованиями законодательства Республики Казахстан об искусственном интеллекте. "
        "Использованы интервью с разработчиками, анализ документации, воспроизведение метрик "
        "на контрольной выборке и тестирование на граничных случаях.", 11)
    a.add_page()
    a.p("2.2 Аудитом оценены качество и законность данных, использованных для обучения системы: "
        "происхождение выборок, основания обработки персональных данных, полнота обезличивания, "
        "репрезентативность по полу и возрастным группам. Нарушений не выявлено.", 11)
    a.p("2.3 Проверено отсутствие в системе функций, запрещённых законом (манипулирование "
        "поведением, социальный скоринг, биометрическая идентификация в реальном времени). "
        "Запрещённые функции не обнаружены.", 11)
    a.gap(4)
    a.p("3. Результаты проверки", 13, True, align="L")
    a.gap(2)
    a.ruled([("№", "Критерий", "Результат"),
             ("3.1", "Точность и устойчивость на контрольной выборке", "соответствует"),
             ("3.2", "Качество и законность данных обучения", "соответствует"),
             ("3.3", "Отсутствие запрещённых функций", "соответствует"),
             ("3.4", "Документирование и журналирование", "соответствует"),
             ("3.5", "Контроль со стороны человека", "соответствует"),
             ("3.6", "Управление рисками", "соответствует с замечанием")],
            (14, 110, 48), size=10, lh=7)
    a.p("Замечание к п. 3.6: рекомендуется сократить период пересмотра реестра рисков до одного "
        "квартала. Замечание не влияет на вывод аудитора.", 10)
    a.add_page()
    a.p("4. Заключение", 13, True, align="L")
    a.gap(2)
    a.p(f"4.1 По результатам аудита системы «{sysn}» версии {ver} аудитор выражает "
        "ПОЛОЖИТЕЛЬНОЕ заключение: система соответствует требованиям, предъявляемым к системам "
        "искусственного интеллекта высокого риска.", 11)
    a.p(f"4.2 Заключение действительно до {d_dot(cvalid)} при условии неизменности версии системы.", 11)
    a.gap(10)
    a.sign("Директор", "Жанпеисов Р. Т.")
    a.sign("Ведущий аудитор", "Ким О. В.")
    files.append(("audit_zaklyuchenie.pdf", a.bytes()))
    ents.append(E("audit_zaklyuchenie.pdf", "audit_conclusion", "text_layer", "ru", {
        "conclusion_number": cno, "conclusion_date": cdate, "auditor_name": aud_n, "auditor_bin": aud_b,
        "system_name": sysn, "system_version": ver, "system_owner": app_n, "system_owner_bin": app_b,
        "result": "positive", "valid_until": cvalid, "covers_training_data": True,
        "covers_prohibited_functions": True}))

    # --- power of attorney (other), JPEG scan with the applicant's stamp
    pa = Doc()
    pa.add_page()
    pa.p("ДОВЕРЕННОСТЬ № 7", 14, True, align="C")
    pa.gap(2)
    pa.f(11)
    pa.cell(85, 6, "г. Астана")
    pa.cell(0, 6, d_ru("2026-03-10"), align="R", new_x="LMARGIN", new_y="NEXT")
    pa.gap(4)
    pa.p(f"{app_n} (БИН {app_b}), в лице директора Сейтказина Ерлана Маратовича, действующего на "
         "основании Устава, уполномочивает директора по развитию Ахметову Динару Болатовну "
         "(удостоверение личности № 049913572) представлять интересы товарищества в "
         "уполномоченном органе в области здравоохранения, подписывать и подавать заявление о "
         "включении системы в перечень доверенных систем искусственного интеллекта, получать "
         "уведомления и представлять исправленные документы.", 11)
    pa.p("Доверенность выдана сроком на один год без права передоверия.", 11)
    pa.gap(4)
    pa.sign("Директор", "Е. М. Сейтказин")
    pg = scan_pages(pa, rng, 200, [stamp_of("medscan")])
    img = degrade(pg[0], rng, skew=-1.4, noise=7, blur=0.9, light=0.2)
    files.append(("doverennost.jpg", save_img(img, "JPEG", quality=68)))
    ents.append(E("doverennost.jpg", "other", "ocr", "ru", {}))

    return write_bundle("half_1", "health", "medtriage_assist", "HLT-2026-0107",
                        "2026-03-16T10:20:00+05:00", files, ents, "complete", [], None)


def bundle_h1_upayscore():
    """Kazakh-only bundle: scanned ӨТІНІШ (image PDF), сипаттама (text), КУӘЛІК (JPEG), audit (TIFF G4)"""
    rng = np.random.RandomState(102)
    app_n, app_b = P["qarjy"]
    sysn, ver = "ҰпайСкор", "1.4.0"
    app_date, email, signat = "2026-04-10", "info@qarjytaldau.kz", "Нұрланов Асқар Ғаниұлы"
    files, ents = [], []

    # --- ӨТІНІШ, scanned to an image-only PDF
    d = Doc()
    d.fam = "R"
    d.sig_label = "(қолы)"
    d.add_page()
    d.p("Қаржы саласындағы уәкілетті органға", 11, align="R")
    d.gap(6)
    d.p("ӨТІНІШ", 16, True, align="C")
    d.p("жоғары тәуекелді жасанды интеллект жүйесін сенім білдірілген жүйелер тізбесіне енгізу туралы",
        11, True, align="C")
    d.gap(5)
    d.lv("Өтініш беруші:", app_n)
    d.lv("БСН:", app_b)
    d.lv("Заңды мекенжайы:", "Алматы шаһары, Бостандық ауданы, Тимирязев көшесі, 42-үй, 15-кеңсе")
    d.lv("Электрондық пошта:", email)
    d.lv("Жүйенің атауы:", sysn)
    d.lv("Жүйенің нұсқасы:", ver)
    d.lv("Қолданылу саласы:", "қаржы")
    d.gap(3)
    d.p(f"{app_n} өзіне тиесілі «{sysn}» жасанды интеллект жүйесін (нұсқасы {ver}) қаржы "
        "саласындағы жоғары тәуекелді жасанды интеллект жүйелерінің сенім білдірілген тізбесіне "
        "енгізуді сұрайды. Жүйе банк клиенттерінің несиелік өтінімдерін алдын ала бағалауға арналған; "
        "түпкілікті шешімді кредиттік комитет қабылдайды.", 11)
    d.p("Өтінішке қоса берілетін құжаттар:\n"
        "1) жүйенің сипаттамасы — 2 парақ;\n"
        "2) авторлық құқықпен қорғалатын объектілерге құқықтар тізіліміне мәліметтерді енгізу туралы "
        "куәлік — 1 парақ;\n"
        "3) аудиторлық қорытынды — 3 парақ.", 11, align="L")
    d.gap(3)
    d.lv("Өтініш берілген күні:", d_kk(app_date))
    d.lv("Қол қоюшы:", signat + ", директор")
    d.sign("Директор", "А. Ғ. Нұрланов")
    pg = scan_pages(d, rng, 250, [(f"«ҚАРЖЫ ТАЛДАУ ЖҮЙЕЛЕРІ» ЖШС • АЛМАТЫ • БСН {app_b}",
                                   ["ҚАРЖЫ ТАЛДАУ", "ЖҮЙЕЛЕРІ"])])
    img = degrade(pg[0], rng, skew=1.7, noise=8, blur=0.8, light=0.22)
    img = jpeg_roundtrip(img, 60)
    files.append(("otinish.pdf", save_pdf_images([img], 250)))
    ents.append(E("otinish.pdf", "application", "ocr", "kk", {
        "applicant_name": app_n, "applicant_bin": app_b, "system_name": sysn, "system_version": ver,
        "sector": "қаржы", "application_date": app_date, "contact_email": email, "signatory": signat}))

    # --- сипаттама: numbered paragraphs, text layer
    s = Doc(footer="{p}-бет")
    s.sig_label = "(қолы)"
    s.add_page()
    s.p(f"«{sysn}» ЖАСАНДЫ ИНТЕЛЛЕКТ ЖҮЙЕСІНІҢ СИПАТТАМАСЫ", 13, True, align="C")
    s.p(f"(нұсқасы {ver}; өтінішке 1-қосымша)", 10, align="C")
    s.gap(5)
    paras = [
        ("1. Жүйенің мақсаты және қолданылу саласы.",
         "Жүйе екінші деңгейдегі банктер мен микроқаржы ұйымдарында жеке тұлғалардың несиелік "
         "өтінімдерін алдын ала бағалауға арналған. Жүйе қарыз алушының төлем қабілеттілігі туралы "
         "ұпай есептейді және талдаушыға түсіндірмемен бірге ұсынады."),
        ("2. Жүйенің функциялары.",
         "2.1. Өтінімдегі және кредиттік бюродағы деректер бойынша тәуекел ұпайын есептеу. "
         "2.2. Ұпайға әсер еткен негізгі факторларды көрсету. 2.3. Алаяқтық белгілерін анықтау "
         "және өтінімді қолмен тексеруге жіберу. 2.4. Барлық есептеулерді журналға жазу."),
        ("3. Пайдаланылатын деректер.",
         "2019–2025 жылдардағы иесіздендірілген несиелік тарих (шамамен 1,2 млн өтінім), кредиттік "
         "бюро деректері, өтінім берушінің келісімімен алынған табыс туралы мәліметтер. Жынысы, "
         "ұлты және діні туралы деректер пайдаланылмайды."),
        ("4. Тәуекелдерді басқару.",
         "Тәуекелдер тізілімі жүргізіледі: кемсітушілік нәтижелер, модельдің ескіруі, деректердің "
         "ағып кетуі. Әр тоқсан сайын топтар бойынша әділдік көрсеткіштері тексеріледі, шекті мәннен "
         "асқанда модель қайта оқытылады."),
        ("5. Адамның бақылауы.",
         "Жүйенің ұсынымы тек кеңестік сипатта болады: несие беру немесе бас тарту туралы шешімді "
         "кредиттік талдаушы немесе кредиттік комитет қабылдайды. Талдаушы ұпайды негіздемесімен "
         "өзгерте алады; бас тартылған өтінім беруші қайта қарауды талап ете алады."),
    ]
    for h, t in paras:
        s.p(h, 11, True, align="L")
        s.p(t, 11)
        s.gap(2)
    s.sign("Техникалық директор", "Ғ. С. Әбдіқадырова")
    files.append(("juienin_sipattamasy.pdf", s.bytes()))
    ents.append(E("juienin_sipattamasy.pdf", "system_description", "text_layer", "kk", dict(DESC_ALL)))

    # --- КУӘЛІК: ruled table, JPEG scan
    c = Doc()
    c.sig_label = "(қолы)"
    c.add_page()
    c.p("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ӘДІЛЕТ МИНИСТРЛІГІ\n«Ұлттық зияткерлік меншік институты» ШЖҚ РМК",
        9, True, align="C")
    c.gap(8)
    c.p("КУӘЛІК", 18, True, align="C")
    c.p("авторлық құқықпен қорғалатын объектілерге құқықтар тізіліміне мәліметтерді енгізу туралы",
        11, True, align="C")
    c.gap(3)
    cnum, cissue = "76340", "2025-12-03"
    c.p(f"№ {cnum}", 13, True, align="C")
    c.gap(4)
    authors = "Нұрланов Асқар Ғаниұлы, Әбдіқадырова Гүлнұр Серікқызы"
    rows = [("Куәліктің берілген күні", d_kk(cissue)), ("Өтінім нөмірі", "94118"),
            ("Өтінім берілген күн", d_kk("2025-11-21")),
            ("Объектінің түрі", "ЭЕМ-ге арналған бағдарлама"), ("Объектінің атауы", sysn),
            ("Объектінің жасалған күні", d_kk("2025-09-15")), ("Авторлар", authors),
            ("Құқық иеленуші", app_n), ("Құқық иеленушінің БСН", app_b), ("Мәртебесі", "күшінде")]
    c.ruled(rows, (70, 102), size=10.5, header=False, lh=7.5)
    c.gap(3)
    c.p("Мәліметтер «Авторлық құқық және сабақтас құқықтар туралы» Қазақстан Республикасының Заңына "
        "сәйкес тізілімге енгізілді.", 9.5)
    c.gap(6)
    c.sign("Директор", "Қ. Ә. Мұсабекова")
    pg = scan_pages(c, rng, 220, [("ҰЛТТЫҚ ЗИЯТКЕРЛІК МЕНШІК ИНСТИТУТЫ • ҚАЗАҚСТАН РЕСПУБЛИКАСЫ",
                                   ["КУӘЛІКТЕР", "ҮШІН"])])
    img = degrade(pg[0], rng, skew=-0.6, noise=6, blur=1.0, light=0.18)
    files.append(("kualik_76340.jpg", save_img(img, "JPEG", quality=62)))
    ents.append(E("kualik_76340.jpg", "ip_certificate", "ocr", "kk", {
        "certificate_number": cnum, "issue_date": cissue, "object_type": "ЭЕМ-ге арналған бағдарлама",
        "object_title": sysn, "authors": authors, "right_holder": app_n, "right_holder_bin": app_b,
        "creation_date": "2025-09-15", "application_number": "94118"}))

    # --- АУДИТОРЛЫҚ ҚОРЫТЫНДЫ: 3 pages, cover+contents, «2-бет», bilevel group4 TIFF
    aud_n, aud_b = P["adal"]
    cno, cdate, cvalid = "2026-ЖИ-009", "2026-03-18", "2027-03-18"
    a = Doc(footer="{p}-бет", header=f"{aud_n} • Аудиторлық қорытынды № {cno}")
    a.sig_label = "(қолы)"
    a.add_page()
    a.gap(30)
    a.p(aud_n, 18, True, align="C")
    a.gap(40)
    a.p("АУДИТОРЛЫҚ ҚОРЫТЫНДЫ", 20, True, align="C")
    a.p(f"№ {cno}", 14, True, align="C")
    a.gap(5)
    a.p(f"«{sysn}» жоғары тәуекелді жасанды интеллект жүйесінің аудиті бойынша", 12, align="C")
    a.gap(25)
    a.p("Мазмұны", 12, True, align="L")
    for t, p_ in [("1. Жалпы мәліметтер", 2), ("2. Аудиттің көлемі", 2), ("3. Нәтижелер", 3),
                  ("4. Қорытынды", 3)]:
        a.f(11)
        a.cell(150, 7, t + " " + "." * 70)
        a.cell(0, 7, str(p_), align="R", new_x="LMARGIN", new_y="NEXT")
    a.gap(20)
    a.p("Алматы, 2026", 11, align="C")
    a.add_page()
    a.p("1. Жалпы мәліметтер", 13, True, align="L")
    a.p(f"1.1. Аудитор: {aud_n}, БСН {aud_b}.", 11)
    a.p(f"1.2. Жүйенің иесі: {app_n}, БСН {app_b}.", 11)
    a.p(f"1.3. Аудит объектісі: «{sysn}» жүйесі, нұсқасы {ver}.", 11)
    a.p(f"1.4. Қорытындының күні: {d_kk(cdate)}.", 11)
    a.gap(3)
    a.p("2. Аудиттің көлемі", 13, True, align="L")
    a.p("2.1. Жүйені оқытуға пайдаланылған деректердің сапасы мен заңдылығы бағаланды: деректердің "
        "шығу тегі, дербес деректерді өңдеу негіздері және иесіздендіру толықтығы тексерілді.", 11)
    a.p("2.2. Заңмен тыйым салынған функциялардың жоқтығы тексерілді: жүйеде мінез-құлықты "
        "манипуляциялау және әлеуметтік скоринг функциялары анықталған жоқ.", 11)
    a.add_page()
    a.p("3. Нәтижелер", 13, True, align="L")
    a.ruled([("Өлшем", "Нәтиже"), ("Дәлдік және тұрақтылық", "сәйкес"),
             ("Оқыту деректерінің сапасы мен заңдылығы", "сәйкес"),
             ("Тыйым салынған функциялардың жоқтығы", "сәйкес"),
             ("Адамның бақылауы", "сәйкес"), ("Тәуекелдерді басқару", "сәйкес")],
            (110, 62), size=10.5, lh=7)
    a.p("4. Қорытынды", 13, True, align="L")
    a.p(f"4.1. Аудит нәтижесі бойынша «{sysn}» жүйесіне ОҢ аудиторлық қорытынды беріледі.", 11)
    a.p(f"4.2. Қорытындының жарамдылық мерзімі: {d_kk(cvalid)}.", 11)
    a.gap(6)
    a.sign("Директор", "Д. Қ. Оспанов")
    pages = scan_pages(a, rng, 300, [(f"«АДАЛ АУДИТ» ЖШС • АЛМАТЫ • БСН {aud_b}", ["АДАЛ", "АУДИТ"])])
    bl = [to_bilevel(degrade(p_, rng, skew=0.5 + 0.3 * i, noise=10, blur=0.5, light=0.1), 160)
          for i, p_ in enumerate(pages)]
    files.append(("auditorlyq_qorytyndy.tif",
                  save_img(bl[0], "TIFF", save_all=True, append_images=bl[1:], compression="group4",
                           dpi=(300, 300))))
    ents.append(E("auditorlyq_qorytyndy.tif", "audit_conclusion", "ocr", "kk", {
        "conclusion_number": cno, "conclusion_date": cdate, "auditor_name": aud_n, "auditor_bin": aud_b,
        "system_name": sysn, "system_version": ver, "system_owner": app_n, "system_owner_bin": app_b,
        "result": "positive", "valid_until": cvalid, "covers_training_data": True,
        "covers_prohibited_functions": True}))

    return write_bundle("half_1", "finance", "upayscore", "FIN-2026-0031", "2026-04-14T09:05:00+05:00",
                        files, ents, "complete", [], None)


def letterhead(d, key, addr, phone, email):
    name, b = P[key]
    d.f(17, True, "R")
    d.set_text_color(20, 50, 110)
    d.cell(0, 9, name, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(70, 70, 70)
    d.f(8.5)
    d.cell(0, 4.5, f"БИН {b}  •  {addr}", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.5, f"тел. {phone}  •  e-mail: {email}", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_draw_color(20, 50, 110)
    d.set_line_width(0.8)
    d.line(d.l_margin, d.get_y() + 1.5, d.w - d.r_margin, d.get_y() + 1.5)
    d.set_line_width(0.2)
    d.set_draw_color(0, 0, 0)
    d.ln(7)


def requisites(d, left_title, left, right_title, right, size=9.5):
    """parties' details in two columns at the end of an agreement"""
    d.f(size)
    with d.table(col_widths=(1, 1), borders_layout="NONE", line_height=size * 0.5,
                 first_row_as_headings=True, text_align="LEFT",
                 headings_style=FontFace(emphasis="BOLD")) as t:
        r = t.row(); r.cell(left_title); r.cell(right_title)
        r = t.row(); r.cell("\n".join(left)); r.cell("\n".join(right))


def bundle_h1_routevision():
    """PLANTED AUD-02: audit conclusion expired (valid until 28.01.2026, dated 28.01.2025)"""
    rng = np.random.RandomState(103)
    app_n, app_b = P["zholserik"]
    dev_n, dev_b = P["navigator"]
    sysn, ver = "RouteVision", "3.0"
    app_date, email, signat = "2026-04-02", "office@zholserik-log.kz", "Касымов Тимур Русланович"
    files, ents = [], []

    # --- application as a letter on letterhead, request in prose
    d = Doc()
    d.add_page()
    letterhead(d, "zholserik", "010000, г. Астана, пр. Кабанбай батыра, 11/5, офис 702",
               "+7 (7172) 55-31-08", email)
    d.f(10.5)
    d.cell(95, 5, f"Исх. № 45 от {d_dot(app_date)}")
    d.multi_cell(0, 5, "В уполномоченный орган\nв области транспорта\nРеспублики Казахстан", align="L",
                 new_x="LMARGIN", new_y="NEXT")
    d.gap(6)
    d.p("О включении системы искусственного интеллекта в перечень доверенных систем", 11, True, align="L")
    d.gap(3)
    d.p("Уважаемые коллеги!", 11, align="L")
    d.gap(1)
    d.p(f"{app_n} (БИН {app_b}) просит рассмотреть настоящее заявление и включить систему "
        f"искусственного интеллекта «{sysn}» версии {ver}, применяемую для планирования маршрутов "
        "грузовых автоперевозок и контроля утомляемости водителей, в перечень доверенных систем "
        "искусственного интеллекта высокого риска.", 11)
    d.p(f"Исключительное право на программу для ЭВМ «{sysn}» принадлежит {dev_n}; товарищество "
        "использует систему на основании лицензионного договора № ЛД-07/2025, копия которого "
        "прилагается вместе со свидетельством о внесении сведений в государственный реестр. "
        "Система прошла независимый аудит, аудиторское заключение прилагается.", 11)
    d.p(f"Ответы и уведомления просим направлять на адрес электронной почты {email}.", 11)
    d.gap(2)
    d.p("Приложения:\n1. Описание системы на 1 л.\n2. Свидетельство № 75902 на 1 л.\n"
        "3. Лицензионный договор № ЛД-07/2025 на 1 л.\n4. Аудиторское заключение на 2 л.", 10.5, align="L")
    d.gap(4)
    d.sign("Директор", "Т. Р. Касымов")
    d.p(f"Исп.: {signat}, директор, +7 (7172) 55-31-08", 8.5, align="L")
    files.append(("pismo_45.pdf", d.bytes()))
    ents.append(E("pismo_45.pdf", "application", "text_layer", "ru", {
        "applicant_name": app_n, "applicant_bin": app_b, "system_name": sysn, "system_version": ver,
        "application_date": app_date, "contact_email": email, "signatory": signat}))

    # --- description, headings in other words
    s = Doc(footer="Стр. {p} из {n}")
    s.add_page()
    s.p(f"Приложение 1 к письму исх. № 45 от {d_dot(app_date)}", 9, align="R")
    s.gap(3)
    s.p(f"ОПИСАНИЕ СИСТЕМЫ ИСКУССТВЕННОГО ИНТЕЛЛЕКТА «{sysn}» (версия {ver})", 13, True, align="C")
    s.gap(4)
    for h, t in [
        ("Назначение и область применения",
         "Система предназначена для построения маршрутов грузовых автоперевозок по республиканским "
         "трассам с учётом погоды, дорожных работ и режима труда и отдыха водителей, а также для "
         "раннего выявления признаков утомления водителя по данным бортовой телематики."),
        ("Функциональные возможности",
         "Построение и пересчёт маршрутов; прогноз времени прибытия; оценка риска утомления по "
         "манере вождения (без видеосъёмки лица); уведомление диспетчера; отчётность по рейсам."),
        ("Обрабатываемые данные",
         "Телематика транспортных средств (скорость, ускорения, координаты) за 2020–2025 гг., "
         "путевые листы, открытые данные о дорожной обстановке и погоде. Данные водителей "
         "псевдонимизируются до передачи в модель."),
        ("Управление рисками",
         "Риски ошибочного маршрута, ложных тревог и пропуска утомления оцениваются ежеквартально; "
         "пороги тревоги настраиваются консервативно; ведётся журнал инцидентов."),
        ("Контроль со стороны человека",
         "Маршрут утверждает диспетчер; сигнал об утомлении не блокирует транспортное средство, а "
         "передаётся диспетчеру, который связывается с водителем и принимает решение об отдыхе."),
    ]:
        s.p(h, 11.5, True, align="L")
        s.p(t, 11)
        s.gap(3)
    files.append(("opisanie_sistemy.pdf", s.bytes()))
    ents.append(E("opisanie_sistemy.pdf", "system_description", "text_layer", "ru", dict(DESC_ALL)))

    # --- certificate: three-column ruled table, text layer
    authors = "Ли Вадим Олегович, Оспанова Айгерим Кайратовна"
    c = ru_cert(Doc(), num="75902", issue="2025-06-10", appno="92207", filed="2025-05-26",
                otype="программа для ЭВМ", title=sysn, created="2024-10-01", authors=authors,
                holder=dev_n, holder_bin=dev_b, three_col=True, date_style="words")
    files.append(("svidetelstvo.pdf", c.bytes()))
    ents.append(E("svidetelstvo.pdf", "ip_certificate", "text_layer", "ru", {
        "certificate_number": "75902", "issue_date": "2025-06-10", "object_type": "программа для ЭВМ",
        "object_title": sysn, "authors": authors, "right_holder": dev_n, "right_holder_bin": dev_b,
        "creation_date": "2024-10-01", "application_number": "92207"}))

    # --- licence agreement, one page, phone photo (JPEG)
    agr_no, agr_date, agr_valid = "ЛД-07/2025", "2025-12-15", "2030-12-31"
    g = Doc()
    g.set_margins(16, 14, 16)
    g.add_page()
    g.p(f"ЛИЦЕНЗИОННЫЙ ДОГОВОР № {agr_no}", 13, True, align="C")
    g.p("о предоставлении права использования программы для ЭВМ", 10.5, True, align="C")
    g.f(10)
    g.cell(90, 6, "г. Астана")
    g.cell(0, 6, d_ru(agr_date, quoted=True), align="R", new_x="LMARGIN", new_y="NEXT")
    g.gap(2)
    g.p(f"{dev_n}, именуемое в дальнейшем «Лицензиар», в лице директора Ли Вадима Олеговича, "
        f"действующего на основании Устава, с одной стороны, и {app_n}, именуемое в дальнейшем "
        "«Лицензиат», в лице директора Касымова Тимура Руслановича, действующего на основании Устава, "
        "с другой стороны, заключили настоящий договор о нижеследующем.", 9.5)
    for t in [
        "1. ПРЕДМЕТ ДОГОВОРА",
        f"1.1. Лицензиар предоставляет Лицензиату исключительную лицензию на использование программы "
        f"для ЭВМ «{sysn}» (свидетельство о внесении сведений в государственный реестр № 75902 от "
        "10.06.2025) на территории Республики Казахстан, включая право внедрения, модификации, "
        "эксплуатации и представления системы в государственные органы от своего имени.",
        "1.2. Лицензиар гарантирует, что является единственным правообладателем программы.",
        "2. СРОК ДЕЙСТВИЯ",
        f"2.1. Договор вступает в силу с даты подписания и действует до {d_dot(agr_valid)}.",
        "3. ВОЗНАГРАЖДЕНИЕ",
        "3.1. Размер вознаграждения определяется дополнительным соглашением и выплачивается "
        "ежеквартально в тенге.",
        "4. ПРОЧИЕ УСЛОВИЯ",
        "4.1. Споры разрешаются путём переговоров, а при недостижении согласия — в суде по месту "
        "нахождения Лицензиара. Договор составлен в двух экземплярах на русском языке.",
        "5. РЕКВИЗИТЫ И ПОДПИСИ СТОРОН",
    ]:
        bold = t[0].isdigit() and t[1] == "." and t[2] == " "
        g.p(t, 9.5, bold, align="L" if bold else "J")
    requisites(g, "Лицензиар", [
        dev_n, f"БИН {dev_b}", "г. Астана, ул. Достык, 5/2, офис 31",
        "ИИК KZ41 722C 0000 1840 3375", "АО «Банк Сарыжайлау»", "БИК SARJKZKA",
        "", "Директор ____________ В. О. Ли"],
        "Лицензиат", [
        app_n, f"БИН {app_b}", "г. Астана, пр. Кабанбай батыра, 11/5, оф. 702",
        "ИИК KZ88 601A 8710 0022 4519", "АО «Банк Ертіс Капитал»", "БИК ERTKKZKA",
        "", "Директор ____________ Т. Р. Касымов"])
    g.marks.append((1, 60, g.get_y() - 6))
    g.marks.append((1, 150, g.get_y() - 6))
    pg = scan_pages(g, rng, 200, [stamp_of("navigator"), stamp_of("zholserik")])
    img = phone_photo(pg[0], rng)
    files.append(("litsenzionnyi_dogovor_foto.jpg", save_img(img, "JPEG", quality=80)))
    ents.append(E("litsenzionnyi_dogovor_foto.jpg", "copyright_agreement", "ocr", "ru", {
        "agreement_number": agr_no, "agreement_date": agr_date, "grantor": dev_n, "grantee": app_n,
        "grantee_bin": app_b, "object_title": sysn, "valid_until": agr_valid}))

    # --- audit conclusion, 2 pages, scanned to an image-only PDF -- EXPIRED (planted)
    aud_n, aud_b = P["transaudit"]
    cno, cdate, cvalid = "ТА-0128/25", "2025-01-28", "2026-01-28"
    a = Doc(footer="Стр. {p} из {n}")
    a.add_page()
    a.p(aud_n, 14, True, align="L")
    a.p(f"БИН {aud_b} • г. Караганда, ул. Ерубаева, 33, офис 4", 9, align="L")
    a.gap(6)
    a.p("ЗАКЛЮЧЕНИЕ ПО РЕЗУЛЬТАТАМ АУДИТА\nсистемы искусственного интеллекта", 14, True, align="C")
    a.p(f"№ {cno}", 12, True, align="C")
    a.gap(4)
    a.lv("Дата заключения:", d_dot(cdate))
    a.lv("Объект аудита:", f"система «{sysn}»")
    a.lv("Версия:", ver)
    a.lv("Владелец системы:", f"{app_n}, БИН {app_b}")
    a.lv("Аудитор:", aud_n)
    a.gap(3)
    a.p("1. Проведённые процедуры", 12, True, align="L")
    a.p("1.1. Изучена техническая документация, исходные тексты модулей построения маршрутов и "
        "оценки утомления, журналы эксплуатации за 2024 год.", 11)
    a.p("1.2. Оценены качество и законность данных обучения системы: источники телематики, "
        "основания обработки персональных данных водителей, псевдонимизация.", 11)
    a.p("1.3. Проверено отсутствие функций, запрещённых законодательством об искусственном "
        "интеллекте; таких функций не выявлено.", 11)
    a.add_page()
    a.p("2. Результаты", 12, True, align="L")
    a.ruled([("Показатель", "Оценка"), ("Точность прогноза времени прибытия", "соответствует"),
             ("Полнота выявления утомления", "соответствует"),
             ("Данные обучения", "соответствует"), ("Запрещённые функции", "отсутствуют")],
            (110, 62), size=10.5, lh=7)
    a.p("3. Вывод", 12, True, align="L")
    a.p(f"Аудитор выдаёт ПОЛОЖИТЕЛЬНОЕ заключение по системе «{sysn}» версии {ver}. "
        f"Срок действия заключения — до {d_dot(cvalid)}.", 11)
    a.gap(6)
    a.sign("Управляющий партнёр", "Бекенова С. А.")
    pages = scan_pages(a, rng, 200, [stamp_of("transaudit", "КАРАГАНДА")])
    pages = [jpeg_roundtrip(degrade(p_, rng, skew=-1.1 + 0.4 * i, noise=7, blur=0.8, light=0.2), 55)
             for i, p_ in enumerate(pages)]
    files.append(("auditorskoe_zaklyuchenie_skan.pdf", save_pdf_images(pages, 200)))
    ents.append(E("auditorskoe_zaklyuchenie_skan.pdf", "audit_conclusion", "ocr", "ru", {
        "conclusion_number": cno, "conclusion_date": cdate, "auditor_name": aud_n, "auditor_bin": aud_b,
        "system_name": sysn, "system_version": ver, "system_owner": app_n, "system_owner_bin": app_b,
        "result": "positive", "valid_until": cvalid, "covers_training_data": True,
        "covers_prohibited_functions": True}))

    return write_bundle("half_1", "transport", "routevision", "TRN-2026-0058", "2026-04-06T11:40:00+05:00",
                        files, ents, "inconsistent", ["AUD-02"],
                        "audit conclusion ТА-0128/25 of 28.01.2025 expired on 28.01.2026, before receipt "
                        "on 06.04.2026 (also older than 12 months)")


# ============================================================== half 2
def bundle_h2_gridsense():
    """application.json + English description + scanned certificate + English multi-page audit"""
    rng = np.random.RandomState(201)
    app_n, app_b = P["saryarqa"]
    lat = '"Saryarqa Data" LLP'
    sysn, ver = "GridSense Forecast", "1.2.0"
    app_date, email, signat = "2026-04-29", "ai@saryarqa-data.kz", "Сейдахметов Бауыржан Кайратович"
    files, ents = [], []

    app = {"document_type": "application", "application_id": "ENR-2026-0019",
           "applicant_name": app_n, "applicant_bin": app_b, "system_name": sysn,
           "system_version": ver, "sector": "энергетика", "application_date": app_date,
           "contact_email": email, "signatory": signat,
           "attachments": ["system_description.pdf", "svidetelstvo_78104.png", "audit_QAP-AI-2026-031.pdf"]}
    files.append(("application.json", (json.dumps(app, ensure_ascii=False, indent=2) + "\n").encode("utf-8")))
    ents.append(E("application.json", "application", "json", "ru", {
        k: app[k] for k in ("applicant_name", "applicant_bin", "system_name", "system_version", "sector",
                            "application_date", "contact_email", "signatory")}))

    s = Doc(footer="Page {p} of {n}")
    s.add_page()
    s.p("SYSTEM DESCRIPTION", 15, True, align="C")
    s.p(f"{sysn}, version {ver} — owner: {lat}", 11, align="C")
    s.gap(5)
    for h, t in [
        ("1. Intended Purpose and Scope",
         "Short-term (1-72 h) forecasting of electricity demand and renewable output for the regional "
         "dispatch centres of a distribution grid operator, used to plan reserves and switching."),
        ("2. Capabilities",
         "Hourly load forecasts per substation; wind and solar output forecasts; alerts on expected "
         "overloads; what-if scenarios for planned outages; an explanation panel for each forecast."),
        ("3. Input Data and Datasets",
         "SCADA telemetry 2018-2025, meteorological reanalysis and forecasts, calendar and holiday "
         "data. No personal data of consumers are processed; smart-meter data are aggregated per feeder."),
        ("4. Risk Management and Mitigation",
         "A hazard log covers forecast drift, sensor outages and adversarial data; drift monitors trigger "
         "retraining; a fallback statistical model takes over when input quality degrades."),
        ("5. Human-in-the-Loop Control",
         "Dispatch engineers approve every reserve or switching decision; the system never sends "
         "commands to grid equipment and every forecast can be overridden and annotated."),
    ]:
        s.p(h, 12, True, align="L")
        s.p(t, 11)
        s.gap(3)
    files.append(("system_description.pdf", s.bytes()))
    ents.append(E("system_description.pdf", "system_description", "text_layer", "en", dict(DESC_ALL)))

    authors = "Сейдахметов Бауыржан Кайратович, Гринько Павел Андреевич"
    c = ru_cert(Doc(), num="78104", issue="2026-01-15", appno="96420", filed="2025-12-29",
                otype="программа для ЭВМ", title=sysn, created="2025-11-10", authors=authors,
                holder=app_n, holder_bin=app_b)
    pg = scan_pages(c, rng, 240, [STAMP_INST])
    img = degrade(pg[0], rng, skew=1.9, noise=9, blur=1.1, light=0.28)
    files.append(("svidetelstvo_78104.png", save_img(img.convert("L"), "PNG", optimize=True)))
    ents.append(E("svidetelstvo_78104.png", "ip_certificate", "ocr", "ru", {
        "certificate_number": "78104", "issue_date": "2026-01-15", "object_type": "программа для ЭВМ",
        "object_title": sysn, "authors": authors, "right_holder": app_n, "right_holder_bin": app_b,
        "creation_date": "2025-11-10", "application_number": "96420"}))

    aud_n, aud_b = P["qazaqaudit"]
    cno, cdate, cvalid = "QAP-AI-2026/031", "2026-03-27", "2027-03-27"
    a = Doc(footer="Page {p} of {n}", header=f"{aud_n} • Audit Conclusion No. {cno}")
    a.sig_label = "(signature)"
    a.add_page()
    a.gap(30)
    a.p(aud_n, 20, True, align="C")
    a.p("Independent assurance on artificial intelligence systems", 10, align="C")
    a.gap(35)
    a.p("INDEPENDENT AUDIT CONCLUSION", 19, True, align="C")
    a.p(f"No. {cno}", 14, True, align="C")
    a.gap(5)
    a.p(f"on the high-risk artificial intelligence system\n{sysn}\nprepared for {lat}", 12, align="C")
    a.gap(55)
    a.p("Astana, 2026", 11, align="C")
    a.add_page()
    a.p("Contents", 14, True, align="L")
    for t, p_ in [("1. General Information", 3), ("1.1 Auditor", 3), ("1.2 System Owner", 3),
                  ("1.3 Audited System", 3), ("1.4 Date of Conclusion", 3), ("2. Scope of the Audit", 3),
                  ("3. Findings", 4), ("4. Conclusion", 4)]:
        top = t.split()[0].endswith(".")
        a.f(11, top)
        a.cell(150, 7, ("" if top else "      ") + t + " " + "." * 70)
        a.cell(0, 7, str(p_), align="R", new_x="LMARGIN", new_y="NEXT")
    a.add_page()
    a.p("1. General Information", 13, True, align="L")
    a.p(f"1.1 Auditor: {aud_n}, BIN {aud_b}, 12 Dinmukhamed Konayev St., office 9, Astana.", 11)
    a.p(f"1.2 System owner: {lat}, BIN {app_b}.", 11)
    a.p(f"1.3 Audited system: {sysn}, version {ver}.", 11)
    a.p(f"1.4 Date of conclusion: {d_en_us(cdate)}.", 11)
    a.gap(3)
    a.p("2. Scope of the Audit", 13, True, align="L")
    a.p("2.1 The audit assessed the quality and lawfulness of the training data: provenance of the "
        "SCADA and weather datasets, licences of third-party data, and the absence of personal data.", 11)
    a.p("2.2 The audit verified the absence of functions prohibited by the Law of the Republic of "
        "Kazakhstan on Artificial Intelligence; none were found.", 11)
    a.p("2.3 Methods: document review, interviews, independent back-testing on 2025 data, "
        "robustness tests with corrupted inputs.", 11)
    a.add_page()
    a.p("3. Findings", 13, True, align="L")
    a.ruled([("Criterion", "Result"), ("Forecast accuracy (MAPE, 24 h)", "3.1 % - meets"),
             ("Training data quality and lawfulness", "meets"), ("Prohibited functions", "none found"),
             ("Human oversight", "meets"), ("Risk management", "meets")], (110, 62), size=10.5, lh=7)
    a.p("4. Conclusion", 13, True, align="L")
    a.p(f"4.1 Audit result: POSITIVE. {sysn} version {ver} meets the requirements for high-risk "
        "artificial intelligence systems.", 11)
    a.p(f"4.2 This conclusion is valid until {d_en(cvalid)}.", 11)
    a.gap(6)
    a.sign("Managing Partner", "A. Zhaksylykov")
    files.append(("audit_QAP-AI-2026-031.pdf", a.bytes()))
    ents.append(E("audit_QAP-AI-2026-031.pdf", "audit_conclusion", "text_layer", "en", {
        "conclusion_number": cno, "conclusion_date": cdate, "auditor_name": aud_n, "auditor_bin": aud_b,
        "system_name": sysn, "system_version": ver, "system_owner": lat, "system_owner_bin": app_b,
        "result": "positive", "valid_until": cvalid, "covers_training_data": True,
        "covers_prohibited_functions": True}))

    return write_bundle("half_2", "energy", "gridsense_forecast", "ENR-2026-0019", "2026-05-04T15:00:00+05:00",
                        files, ents, "complete", [], None)


def bundle_h2_proctoreye():
    """PLANTED XDC-02: application says version 2.1, audit conclusion covers version 2.0"""
    rng = np.random.RandomState(202)
    app_n, app_b = P["bilim"]
    sysn, ver, aud_ver = "ProctorEye", "2.1", "2.0"
    app_date, email, signat = "2026-03-23", "proctor@bilim-analytics.kz", "Тлеубаева Салтанат Муратовна"
    files, ents = [], []

    d = Doc(footer="Стр. {p} из {n}")
    d.add_page()
    d.p("ЗАЯВЛЕНИЕ", 15, True, align="C")
    d.p("о включении системы искусственного интеллекта высокого риска в перечень доверенных систем",
        11, True, align="C")
    d.gap(4)
    d.p("Заявитель:  [X] юридическое лицо   [ ] индивидуальный предприниматель", 11, align="L")
    d.lv("Наименование:", app_n)
    d.lv("БИН:", app_b)
    d.lv("Адрес:", "г. Шымкент, ул. Тауке хана, 64, БЦ «Орда», 3 этаж")
    d.lv("E-mail для уведомлений:", email)
    d.gap(2)
    d.lv("Система:", sysn)
    d.lv("Версия:", ver)
    d.p("Сфера применения:  [ ] здравоохранение  [ ] финансы  [ ] транспорт  [ ] энергетика  "
        "[X] образование", 11, align="L")
    d.p("Права на систему подтверждаются:  [X] свидетельством   [ ] авторским договором", 11, align="L")
    d.gap(3)
    d.p("Раздел 2. Описание системы", 12, True, align="L")
    for h, t in [
        ("2.1. Назначение системы.", "Дистанционный контроль соблюдения правил при онлайн-экзаменах "
         "в вузах и колледжах: система отмечает эпизоды, требующие внимания проктора."),
        ("2.2. Функции.", "Анализ активности окон браузера, звуковой обстановки и присутствия "
         "испытуемого в кадре; формирование меток времени эпизодов; отчёт для экзаменационной комиссии."),
        ("2.3. Используемые данные.", "Записи экзаменационных сессий, полученные с согласия студентов "
         "(около 38 тыс. часов), размеченные экспертами; биометрические шаблоны не создаются и не хранятся."),
        ("2.4. Управление рисками.", "Оценка риска ложных обвинений, ежемесячный анализ доли "
         "ложных срабатываний по группам, порог чувствительности утверждается вузом."),
        ("2.5. Контроль человеком.", "Каждый отмеченный эпизод просматривает проктор; решение об "
         "аннулировании результата принимает только экзаменационная комиссия, студент вправе обжаловать."),
    ]:
        d.p(h, 11, True, align="L")
        d.p(t, 10.5)
    d.gap(2)
    d.p("Прилагаются:  [X] свидетельство № 76911   [X] аудиторское заключение   [ ] доверенность", 11,
        align="L")
    d.lv("Дата:", app_date)
    d.lv("Руководитель:", signat)
    d.sign("Директор", "С. М. Тлеубаева")
    files.append(("zayavlenie.pdf", d.bytes()))
    ents.append(E("zayavlenie.pdf", "application", "text_layer", "ru", {
        "applicant_name": app_n, "applicant_bin": app_b, "system_name": sysn, "system_version": ver,
        "sector": "образование", "application_date": app_date, "contact_email": email,
        "signatory": signat}))
    ents.append(E("zayavlenie.pdf", "system_description", "text_layer", "ru", dict(DESC_ALL)))

    authors = "Тлеубаева Салтанат Муратовна, Омаров Данияр Ержанович, Цой Алина Игоревна"
    c = ru_cert(Doc(), num="76911", issue="2025-12-22", appno="95066", filed="2025-12-02",
                otype="программа для ЭВМ", title=sysn, created="2025-08-20", authors=authors,
                holder=app_n, holder_bin=app_b, three_col=True)
    pg = scan_pages(c, rng, 200, [STAMP_INST])
    img = jpeg_roundtrip(degrade(pg[0], rng, skew=-0.9, noise=6, blur=0.7, light=0.16), 65)
    files.append(("svidetelstvo_skan.pdf", save_pdf_images([img], 200)))
    ents.append(E("svidetelstvo_skan.pdf", "ip_certificate", "ocr", "ru", {
        "certificate_number": "76911", "issue_date": "2025-12-22", "object_type": "программа для ЭВМ",
        "object_title": sysn, "authors": authors, "right_holder": app_n, "right_holder_bin": app_b,
        "creation_date": "2025-08-20", "application_number": "95066"}))

    aud_n, aud_b = P["auditstd"]
    cno, cdate, cvalid = "АСП-2026/22", "2026-03-16", "2027-03-16"
    a = Doc(footer="Стр. {p} из {n}", header=f"{aud_n} • Заключение № {cno}")
    a.add_page()
    a.gap(35)
    a.p(aud_n, 18, True, align="C")
    a.gap(40)
    a.p("ЗАКЛЮЧЕНИЕ ПО РЕЗУЛЬТАТАМ АУДИТА", 18, True, align="C")
    a.p("системы искусственного интеллекта высокого риска", 12, align="C")
    a.p(f"№ {cno}", 14, True, align="C")
    a.gap(60)
    a.p("г. Шымкент, 2026", 11, align="C")
    a.add_page()
    a.p("Содержание", 14, True, align="L")
    for t, p_ in [("1. Основание и объект аудита", 3), ("1.1 Стороны", 3), ("1.2 Объект", 3),
                  ("2. Процедуры", 3), ("3. Выводы", 4), ("3.1 Результат", 4), ("3.2 Срок действия", 4)]:
        top = t.split()[0].endswith(".")
        a.f(11, top)
        a.cell(150, 7, ("" if top else "      ") + t + " " + "." * 70)
        a.cell(0, 7, str(p_), align="R", new_x="LMARGIN", new_y="NEXT")
    a.add_page()
    a.p("1. Основание и объект аудита", 13, True, align="L")
    a.p(f"1.1 Аудитор — {aud_n} (БИН {aud_b}); заказчик и владелец системы — {app_n} (БИН {app_b}).", 11)
    a.p(f"1.2 Объектом аудита является система «{sysn}», версия {aud_ver}, в конфигурации, "
        "переданной заказчиком 10 февраля 2026 года.", 11)
    a.p(f"1.3 Дата составления заключения: {d_ru(cdate)}", 11)
    a.gap(3)
    a.p("2. Процедуры", 13, True, align="L")
    a.p("2.1 Оценены качество и законность данных обучения: согласия студентов, состав разметки, "
        "сбалансированность выборки.", 11)
    a.p("2.2 Проверено отсутствие запрещённых законом функций, в том числе распознавания эмоций "
        "обучающихся и биометрической идентификации; такие функции отсутствуют.", 11)
    a.add_page()
    a.p("3. Выводы", 13, True, align="L")
    a.ruled([("Критерий", "Оценка"), ("Данные обучения", "соответствует"),
             ("Запрещённые функции", "отсутствуют"), ("Контроль человеком", "соответствует"),
             ("Управление рисками", "соответствует")], (110, 62), size=10.5, lh=7)
    a.p(f"3.1 Результат аудита: заключение положительное — система «{sysn}» версии {aud_ver} "
        "соответствует требованиям.", 11)
    a.p(f"3.2 Заключение действительно до {d_dot(cvalid)}.", 11)
    a.gap(6)
    a.sign("Генеральный директор", "Абенов Н. К.")
    pages = scan_pages(a, rng, 200, [stamp_of("auditstd", "ШЫМКЕНТ")])
    pages = [jpeg_roundtrip(degrade(p_, rng, skew=0.6 + 0.2 * i, noise=6, blur=0.7, light=0.2), 60)
             for i, p_ in enumerate(pages)]
    files.append(("audit_skan.pdf", save_pdf_images(pages, 200)))
    ents.append(E("audit_skan.pdf", "audit_conclusion", "ocr", "ru", {
        "conclusion_number": cno, "conclusion_date": cdate, "auditor_name": aud_n, "auditor_bin": aud_b,
        "system_name": sysn, "system_version": aud_ver, "system_owner": app_n, "system_owner_bin": app_b,
        "result": "positive", "valid_until": cvalid, "covers_training_data": True,
        "covers_prohibited_functions": True}))

    return write_bundle("half_2", "education", "proctoreye", "EDU-2026-0012", "2026-03-25T12:30:00+05:00",
                        files, ents, "inconsistent", ["XDC-02"],
                        "version mismatch: application states ProctorEye 2.1, audit conclusion АСП-2026/22 covers 2.0")


def bundle_h2_dermacheck():
    """author (individual) -> applicant by assignment agreement (Сторона 1 / Сторона 2)"""
    rng = np.random.RandomState(203)
    app_n, app_b = P["derma"]
    sysn, ver = "DermaCheck", "1.0.4"
    author = "Жумабаев Арман Серикович"
    app_date, email, signat = "2026-06-03", "reg@dermavision.kz", "Жумабаев Арман Серикович"
    files, ents = [], []

    d = Doc(footer="Стр. {p} из {n}")
    d.add_page()
    letterhead(d, "derma", "050040, г. Алматы, ул. Тимирязева, 28В, офис 5", "+7 (727) 311-45-90", email)
    d.f(10.5)
    d.cell(95, 5, f"Исх. № 112 от {d_ru(app_date)}")
    d.multi_cell(0, 5, "Министерство здравоохранения\nРеспублики Казахстан", align="L",
                 new_x="LMARGIN", new_y="NEXT")
    d.gap(6)
    d.p("Заявление о включении в перечень доверенных систем искусственного интеллекта", 11, True, align="L")
    d.gap(2)
    d.p(f"Настоящим {app_n}, БИН {app_b}, просит включить принадлежащую товариществу систему "
        f"искусственного интеллекта «{sysn}» (версия {ver}) в перечень доверенных систем "
        "искусственного интеллекта высокого риска. Исключительные имущественные права на программу "
        "переданы товариществу автором по договору № 3-АП/2026. Описание системы приведено в "
        "Приложении 1, свидетельство, договор и аудиторское заключение прилагаются.", 11)
    d.p(f"Контактный адрес электронной почты: {email}.", 11)
    d.gap(4)
    d.sign("Директор", author)
    d.add_page()
    d.p("Приложение 1. Описание системы «DermaCheck»", 12, True, align="L")
    d.gap(2)
    for h, t in [
        ("1. Назначение.", "Поддержка врача-дерматолога при первичном приёме: оценка дерматоскопических "
         "изображений новообразований кожи и выделение случаев, требующих срочной консультации онколога."),
        ("2. Функции системы.", "Классификация изображения по семи группам образований; тепловая карта "
         "значимых участков; рекомендация по срочности направления; ведение журнала."),
        ("3. Данные, на которых работает система.", "Обезличенные дерматоскопические снимки "
         "(около 52 тыс.) из трёх клиник с гистологическим подтверждением; открытые наборы данных с "
         "лицензиями, допускающими коммерческое использование."),
        ("4. Управление рисками и меры по их снижению.", "Риск пропуска меланомы снижается порогом "
         "высокой чувствительности; качество снимка проверяется до анализа; сведения об ошибках "
         "разбираются ежемесячно."),
        ("5. Надзор и контроль со стороны человека.", "Диагноз ставит только врач; рекомендация "
         "системы отображается как вспомогательная и может быть отклонена с указанием причины."),
    ]:
        d.p(h, 11, True, align="L")
        d.p(t, 10.5)
        d.gap(1.5)
    files.append(("zayavlenie_112.pdf", d.bytes()))
    ents.append(E("zayavlenie_112.pdf", "application", "text_layer", "ru", {
        "applicant_name": app_n, "applicant_bin": app_b, "system_name": sysn, "system_version": ver,
        "application_date": app_date, "contact_email": email, "signatory": signat}))
    ents.append(E("zayavlenie_112.pdf", "system_description", "text_layer", "ru", dict(DESC_ALL)))

    c = ru_cert(Doc(), num="76488", issue="2025-10-14", appno="94602", filed="2025-09-29",
                otype="программа для ЭВМ", title=sysn, created="2025-07-01", authors=author)
    pg = scan_pages(c, rng, 220, [STAMP_INST])
    img = degrade(pg[0], rng, skew=-1.8, noise=8, blur=1.0, light=0.25)
    files.append(("svidetelstvo_76488.jpg", save_img(img, "JPEG", quality=58)))
    ents.append(E("svidetelstvo_76488.jpg", "ip_certificate", "ocr", "ru", {
        "certificate_number": "76488", "issue_date": "2025-10-14", "object_type": "программа для ЭВМ",
        "object_title": sysn, "authors": author, "creation_date": "2025-07-01",
        "application_number": "94602"}))

    agr_no, agr_date = "3-АП/2026", "2026-01-20"
    g = Doc(footer="Стр. {p} из {n}")
    g.add_page()
    g.p(f"ДОГОВОР № {agr_no}", 13, True, align="C")
    g.p("о передаче исключительных имущественных прав на программу для ЭВМ", 11, True, align="C")
    g.f(10.5)
    g.cell(90, 6, "г. Алматы")
    g.cell(0, 6, d_ru(agr_date, quoted=True), align="R", new_x="LMARGIN", new_y="NEXT")
    g.gap(2)
    g.p(f"Гражданин Республики Казахстан {author} (ИИН {IIN_ZHUMABAEV}), именуемый в дальнейшем "
        f"«Сторона 1», с одной стороны, и {app_n} (БИН {app_b}), в лице директора Жумабаева А. С., "
        "действующего на основании Устава, именуемое в дальнейшем «Сторона 2», с другой стороны, "
        "заключили настоящий договор о нижеследующем:", 10.5)
    for t in [
        "1. Предмет договора",
        f"1.1. Сторона 1 как автор передаёт Стороне 2 в полном объёме исключительные имущественные "
        f"права на программу для ЭВМ «{sysn}» (свидетельство о внесении сведений в государственный "
        "реестр № 76488 от 14.10.2025), включая права на воспроизведение, распространение, "
        "переработку и использование любым способом.",
        "1.2. Права передаются без ограничения срока и территории.",
        "2. Вознаграждение",
        "2.1. За передачу прав Сторона 2 выплачивает Стороне 1 вознаграждение в размере, "
        "согласованном в приложении к договору, в течение 30 дней с даты подписания.",
        "3. Ответственность сторон и порядок разрешения споров",
        "3.1. Сторона 1 гарантирует, что является единственным автором программы и права на неё не "
        "переданы третьим лицам.",
        "3.2. Споры разрешаются в Специализированном межрайонном экономическом суде г. Алматы.",
        "4. Заключительные положения",
        "4.1. Договор вступает в силу с момента подписания. Составлен в двух экземплярах, имеющих "
        "равную юридическую силу.",
    ]:
        bold = t[0].isdigit() and t[1] == "." and t[2] == " "
        g.p(t, 10.5, bold, align="L" if bold else "J")
    g.gap(3)
    g.p("5. Реквизиты и подписи сторон", 10.5, True, align="L")
    requisites(g, "Сторона 1", [
        author, f"ИИН {IIN_ZHUMABAEV}", "г. Алматы, мкр. Орбита-2, д. 14, кв. 37",
        "ИИК KZ15 914D 0020 0871 6634", "АО «Банк Сарыжайлау»", "", "____________ А. С. Жумабаев"],
        "Сторона 2", [
        app_n, f"БИН {app_b}", "г. Алматы, ул. Тимирязева, 28В, офис 5",
        "ИИК KZ53 722C 0004 4410 2281", "АО «Банк Ертіс Капитал»", "",
        "Директор ____________ А. С. Жумабаев"], size=10)
    files.append(("dogovor_3-AP-2026.pdf", g.bytes()))
    ents.append(E("dogovor_3-AP-2026.pdf", "copyright_agreement", "text_layer", "ru", {
        "agreement_number": agr_no, "agreement_date": agr_date, "grantor": author, "grantee": app_n,
        "grantee_bin": app_b, "object_title": sysn}))

    aud_n, aud_b = P["senim"]
    cno, cdate, cvalid = "АЗ-ИИ/2026-051", "2026-05-15", "2027-05-15"
    a = Doc()
    a.add_page()
    a.p(aud_n, 13, True, align="C")
    a.p(f"БИН {aud_b} • г. Алматы, пр. Абая, д. 150/230, офис 12", 9, align="C")
    a.gap(5)
    a.p("АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ", 15, True, align="C")
    a.p("по результатам аудита системы искусственного интеллекта", 11, align="C")
    a.gap(3)
    a.ruled([("Номер заключения", cno), ("Дата заключения", d_dot(cdate)),
             ("Аудитор", aud_n), ("БИН аудитора", aud_b),
             ("Наименование системы", sysn), ("Версия системы", ver),
             ("Владелец системы", app_n), ("БИН владельца", app_b),
             ("Результат аудита", "положительное заключение"),
             ("Срок действия", f"до {d_dot(cvalid)}")], (70, 102), size=10.5, header=False, lh=7)
    a.p("Аудит охватывал: оценку качества и законности данных, использованных для обучения системы "
        "(согласия пациентов, лицензии открытых наборов, обезличивание), и проверку отсутствия "
        "функций, запрещённых законом. Запрещённые функции не выявлены; данные обучения признаны "
        "качественными и законно полученными.", 10.5)
    a.p("Система соответствует требованиям к системам искусственного интеллекта высокого риска при "
        "условии сохранения контроля врача над диагнозом.", 10.5)
    a.gap(4)
    a.sign("Директор", "Жанпеисов Р. Т.")
    pg = scan_pages(a, rng, 200, [stamp_of("senim", "АЛМАТЫ")])
    img = degrade(pg[0], rng, skew=0.7, noise=6, blur=0.6, light=0.14)
    files.append(("audit_derma_skan.png", save_img(img, "PNG", optimize=True)))
    ents.append(E("audit_derma_skan.png", "audit_conclusion", "ocr", "ru", {
        "conclusion_number": cno, "conclusion_date": cdate, "auditor_name": aud_n, "auditor_bin": aud_b,
        "system_name": sysn, "system_version": ver, "system_owner": app_n, "system_owner_bin": app_b,
        "result": "positive", "valid_until": cvalid, "covers_training_data": True,
        "covers_prohibited_functions": True}))

    return write_bundle("half_2", "health", "dermacheck", "HLT-2026-0113", "2026-06-08T10:00:00+05:00",
                        files, ents, "complete", [], None)


def main():
    import shutil
    import time
    t0 = time.time()
    for h in ("half_1", "half_2"):
        shutil.rmtree(OUT / h, ignore_errors=True)
    res = [bundle_h1_medtriage(), bundle_h1_upayscore(), bundle_h1_routevision(),
           bundle_h2_gridsense(), bundle_h2_proctoreye(), bundle_h2_dermacheck()]
    with open(OUT / "accredited_auditors.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write("bin,name\n")
        for k in AUDITORS:
            n = N(k).replace('"', '""')
            fh.write(f'{B(k)},"{n}"\n')
    nd = sum(len(r["files"]) for r in res)
    print(f"wrote {len(res)} bundles, {nd} documents in {time.time() - t0:.1f}s")


if __name__ == "__main__":
    main()
