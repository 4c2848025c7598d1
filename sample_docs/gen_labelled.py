"""A labelled extraction benchmark: single documents with their expected SPEC §4 fields.

    python -m sample_docs.gen_labelled          # rewrites sample_docs/labelled/

Each document ``NN-<short-name>.<pdf|png|jpg>`` has ``NN-<short-name>.expected.json``
beside it: ``{"documents": [{"file", "type", "text_source", "language", "fields"}]}``
(an application that carries its system description gives two entries).

The set is written to measure extraction on wording, layouts and scans the
bundle generator does not use: other labels for the same fields («Наименование
заявителя», «Өтініш беруші», «Applicant (legal entity)», «Обладатель
исключительных имущественных прав», «Copyright owner» …), the date forms of
SPEC §4 plus «"05" мая 2026 г.», «2026 жылғы 5 мамырда» and «5th May 2026»,
licences as well as assignments, several auditors' forms, letterheads and
footers that print other companies' names and BINs (banks, developers,
translators), two-column pages, two-page documents with fields on page 2,
scans at 200–300 dpi, pages turned 90°/180° and phone photos.

Values go through a ``Rec`` recorder at the moment they are printed, so the
expected fields cannot drift from the documents. Every random choice comes
from a generator seeded with the file name: regeneration is byte-identical.
"""

from __future__ import annotations

import json
import math
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from fpdf.enums import XPos, YPos
from PIL import Image, ImageFilter

from sample_docs.gen_common import EN_MONTHS, FIELDS, KK_MONTHS, RU_MONTHS, fmt_date
from sample_docs.gen_docs import Entry, Printed
from sample_docs.gen_pdf import DocPdf
from sample_docs.gen_scan import _image_pdf, degrade, encode, page_count, render_pages
from trustlist.core.identifiers import make_bin

LABELLED_DIR = Path(__file__).resolve().parent / "labelled"
EXPECTED_SUFFIX = ".expected.json"
SCAN_FORMS = {"pdf_scan": "pdf", "png": "png", "jpeg": "jpg"}
FILE_EXT = {"text": "pdf", **SCAN_FORMS}

# --------------------------------------------------------------------------- dates

# Kazakh months in the locative ("5 мамырда" = "on 5 May"), by vowel harmony.
KK_LOCATIVE = (
    "қаңтарда",
    "ақпанда",
    "наурызда",
    "сәуірде",
    "мамырда",
    "маусымда",
    "шілдеде",
    "тамызда",
    "қыркүйекте",
    "қазанда",
    "қарашада",
    "желтоқсанда",
)


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def fdate(d: date, style: str) -> str:
    """SPEC §4 date forms (``gen_common.fmt_date``) and the longer forms lawyers also write."""
    extra = {
        "ru_q": lambda: f"«{d.day:02d}» {RU_MONTHS[d.month - 1]} {d.year} г.",
        "ru_qs": lambda: f'"{d.day:02d}" {RU_MONTHS[d.month - 1]} {d.year} г.',
        "ru_long": lambda: f"{d.day} {RU_MONTHS[d.month - 1]} {d.year} года",
        "kk_loc": lambda: f"{d.year} жылғы {d.day} {KK_LOCATIVE[d.month - 1]}",
        "kk_q": lambda: f"{d.year} жылғы «{d.day:02d}» {KK_MONTHS[d.month - 1]}",
        "en_ord": lambda: f"{_ordinal(d.day)} {EN_MONTHS[d.month - 1]} {d.year}",
        "en_ord_of": lambda: f"{_ordinal(d.day)} day of {EN_MONTHS[d.month - 1]} {d.year}",
    }
    return extra[style]() if style in extra else fmt_date(d, style)


DATE_STYLES = (
    "dot",
    "slash",
    "iso",
    "ru",
    "ru_quoted",
    "kk",
    "kk_short",
    "en_us",
    "en",
    "ru_q",
    "ru_qs",
    "ru_long",
    "kk_loc",
    "kk_q",
    "en_ord",
    "en_ord_of",
)


def date_forms(d: date) -> list[str]:
    """Every way this set may print ``d`` (the OCR check looks for any of them)."""
    return [fdate(d, style) for style in DATE_STYLES]


def D(iso: str) -> date:  # noqa: N802 - reads like a literal in the catalogue below
    return date.fromisoformat(iso)


class Rec(Printed):
    """``Printed`` with this set's extra date forms."""

    def date(self, key: str, value: date, style: str) -> str:
        self.fields[key] = value.isoformat()
        return fdate(value, style)

    def sbin(self, key: str, number: str) -> str:
        return self.bin(key, number, spaced=True)


def bin_of(first11: str) -> str:
    """A valid BIN/IIN starting with ``first11`` (or the nearest eleven digits above it)."""
    n = int(first11)
    while True:
        try:
            return make_bin(f"{n:011d}")
        except ValueError:
            n += 1


# --------------------------------------------------------------------------- organisations


@dataclass(frozen=True)
class Co:
    ru: str
    kk: str
    en: str
    bin: str


SARY = Co("ТОО «Сарыарқа Дата»", "«Сарыарқа Дата» ЖШС", "Saryarka Data LLP", bin_of("19064001731"))
MEDV = Co(
    "ТОО «MedVision Qazaqstan»",
    "«MedVision Qazaqstan» ЖШС",
    "MedVision Qazaqstan LLP",
    bin_of("20024005512"),
)
TRANZ = Co(
    "АО «Астана Смарт Транзит»",
    "«Астана Смарт Транзит» АҚ",
    "Astana Smart Transit JSC",
    bin_of("17111002264"),
)
BILIM = Co(
    "ТОО «Білім Технологиялары»",
    "«Білім Технологиялары» ЖШС",
    "Bilim Technologies LLP",
    bin_of("21034003390"),
)
GRID = Co(
    "ТОО «QazGrid Intelligence»",
    "«QazGrid Intelligence» ЖШС",
    "QazGrid Intelligence LLP",
    bin_of("22054009120"),
)
AGRO = Co(
    "ТОО «Агро Болжам Технолоджи»",
    "«Агро Болжам Технолоджи» ЖШС",
    "Agro Bolzham Technology LLP",
    bin_of("19124002817"),
)
KOZ = Co("ТОО «Көз Медтех»", "«Көз Медтех» ЖШС", "Koz Medtech LLP", bin_of("23014001145"))
KEREGE = Co("АО «Kerege Bank»", "«Kerege Bank» АҚ", "Kerege Bank JSC", bin_of("98074000652"))
DALA = Co('ТОО "Дала Дата"', '"Дала Дата" ЖШС', '"Dala Data" LLP', bin_of("18094002231"))
TIL = Co(
    "ТОО «Тіл Технологиялары»", "«Тіл Технологиялары» ЖШС", "Til Technologies LLP", bin_of("20114006602")
)
# an individual entrepreneur applies with his IIN (born 12.03.1985, male)
AKHMETOV_IIN = bin_of("85031230012")

# auditors
PARASAT = Co(
    "ТОО «Аудиторская компания «Парасат»»",
    "«Парасат» аудиторлық компаниясы» ЖШС",
    "Parasat Audit Company LLP",
    bin_of("10044001876"),
)
DTA = Co(
    "ТОО «Digital Trust Audit»", "«Digital Trust Audit» ЖШС", "Digital Trust Audit LLP", bin_of("16024003318")
)
TEKSERU = Co(
    "ТОО «Тексеру Орталығы»",
    "«Тексеру Орталығы» ЖШС",
    "Tekseru Ortalygy LLP",
    bin_of("18034007745"),
)
EURASIA = Co(
    "ТОО «Eurasia Assurance Partners»",
    "«Eurasia Assurance Partners» ЖШС",
    "Eurasia Assurance Partners LLP",
    bin_of("12104002290"),
)
ALGO = Co(
    "ТОО «KZ Algorithm Audit»", "«KZ Algorithm Audit» ЖШС", "KZ Algorithm Audit LLP", bin_of("19084005563")
)

# developers, banks and others that documents mention in passing (distractors)
ZHETYSU = Co("ТОО «Жетысу Софт»", "«Жетісу Софт» ЖШС", "Zhetysu Soft LLP", bin_of("15054002206"))
NOMAD = Co("ТОО «Nomad Code Lab»", "«Nomad Code Lab» ЖШС", "Nomad Code Lab LLP", bin_of("17064004418"))
BANK_HALYQ = Co(
    "АО «Халық Сауда Банкі»", "«Халық Сауда Банкі» АҚ", "Halyq Sauda Bank JSC", bin_of("94014000301")
)
BANK_STEPPE = Co("АО «Steppe Bank»", "«Steppe Bank» АҚ", "Steppe Bank JSC", bin_of("93114000710"))
TRANSLATE = Co("ТОО «Лингва Сервис»", "«Лингва Сервис» ЖШС", "Lingva Service LLP", bin_of("14124001954"))


def bank_footer(co: Co, bank: Co, lang: str, iik: str) -> list[str]:
    """The issuer's bank details, printed at the foot of every page of a letterhead."""
    return {
        "ru": [
            f"{co.ru}, БИН {co.bin}. ИИК {iik} в {bank.ru} (БИН {bank.bin}), БИК STEPKZKA, Кбе 17.",
        ],
        "kk": [
            f"{co.kk}, БСН {co.bin}. ЖСК {iik}, {bank.kk} (БСН {bank.bin}), БСК STEPKZKA, ТБе 17.",
        ],
        "en": [
            f"{co.en}, BIN {co.bin}. IBAN {iik}, {bank.en} (BIN {bank.bin}), SWIFT STEPKZKA.",
        ],
    }[lang]


# --------------------------------------------------------------------------- the page


class LPdf(DocPdf):
    """``DocPdf`` with footers, page-number styles, bilingual heads, custom tables and columns."""

    def __init__(
        self,
        lang: str,
        face: str = "sans",
        size: float = 11,
        grid: bool = True,
        footer_lines: list[str] | None = None,
        pages: str = "default",  # default | dash | slash | none
    ) -> None:
        self.footer_lines = footer_lines or []
        self.page_style = pages
        self.footer_rows = 0
        super().__init__(lang, face, size, grid)
        # A footer line too long for the page wraps: reserve room for every printed row.
        self.font(size=7)
        width = self.w - self.l_margin - self.r_margin - 2
        self.footer_rows = sum(math.ceil(self.get_string_width(line) / width) for line in self.footer_lines)
        self.font()
        self.set_auto_page_break(True, margin=20 + 3.6 * self.footer_rows)

    def footer(self) -> None:
        if self.footer_lines:
            self.set_y(-13 - 3.6 * self.footer_rows - 2)
            self.set_draw_color(120, 120, 120)
            self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
            self.set_draw_color(0, 0, 0)
            self.font(size=7)
            for line in self.footer_lines:
                self.multi_cell(0, 3.6, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if self.page_style == "none":
            return
        if self.page_style == "default":
            super().footer()
            return
        self.set_y(-12)
        self.font(size=8)
        label = {"dash": f"- {self.page_no()} -", "slash": f"{self.page_no()}/{self.str_alias_nb_pages}"}
        self.cell(0, 5, label[self.page_style], align="C" if self.page_style == "dash" else "R")

    def bilingual_head(self, left: list[str], right: list[str]) -> None:
        """A letterhead in Kazakh on the left and Russian on the right, as state-language rules ask."""
        y = self.get_y()
        half = (self.w - self.l_margin - self.r_margin) / 2 - 4
        for x, lines, align in ((self.l_margin, left, "L"), (self.w - self.r_margin - half, right, "R")):
            self.set_xy(x, y)
            for i, line in enumerate(lines):
                self.font("B" if i == 0 else "", self.base_size if i == 0 else self.base_size - 2.5)
                self.set_x(x)
                self.multi_cell(half, 4.8, line, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            bottom = self.get_y()
            if x == self.l_margin:
                left_bottom = bottom
        self.set_y(max(left_bottom, bottom))
        self.rule()
        self.font()

    def grid_table(self, rows: list[tuple[str, str]], widths: tuple[int, int] = (38, 62), bold_values=False):
        """The shared ruled table, set tighter, with space after it."""
        self.ruled_table(rows, widths, line_height=5.6, padding=(2, 2.5), bold_values=bold_values)
        self.line_break(3)

    def header_table(
        self, head: tuple[str, ...], rows: list[tuple[str, ...]], widths: tuple[int, ...]
    ) -> None:
        """A table with a header row (bank statements, invoices)."""
        self.font(size=self.base_size - 1.5)
        with self.table(
            col_widths=widths,
            line_height=5,
            padding=(1.5, 2),
            text_align="LEFT",
            borders_layout="ALL" if self.grid else "HORIZONTAL_LINES",
        ) as table:
            for cells in (head, *rows):
                row = table.row()
                for cell in cells:
                    row.cell(cell)
        self.font()
        self.line_break(3)

    def columns(self, blocks: list[tuple[str, str]], size: float | None = None) -> None:
        """Running text set in two columns: ("h", heading) and ("p", paragraph) blocks."""
        cols = self.text_columns(ncols=2, gutter=7, text_align="L", line_height=1.2, balance=True)
        with cols:
            for kind, text in blocks:
                if kind == "h":
                    self.font("B", size)
                    cols.write(text + "\n")
                else:
                    self.font("", size)
                    cols.write(text + "\n\n")
        self.font()
        self.line_break(2)

    def signature(self, role: str, name: str, stamp: bool = True) -> None:
        # ``DocPdf.signature`` places its parts by the y it starts at: keep it on one page.
        if self.get_y() > self.h - self.b_margin - 24:
            self.add_page()
        super().signature(role, name, stamp)
        self.line_break(5)  # the next signature's seal must not overlap this one

    def next_page(self) -> None:
        """Continue on page 2 (unless the text already flowed onto it)."""
        if self.page_no() == 1:
            self.add_page()

    def sign_line(self, text: str, stamp_text: str | None = None) -> None:
        """A signature as one typed line ("Директор __________ Иванов И. И.   М.П.")."""
        self.line_break(4)
        self.multi_cell(0, 6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if stamp_text:
            self.font("B", 9)
            self.cell(0, 5, stamp_text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.font()

    def stamp_at(self, x: float, y: float) -> None:
        keep = (self.get_x(), self.get_y())
        self._stamp(x, y)
        self.set_xy(*keep)


def new(lang: str, size: float = 11, face: str = "sans", scan: bool = False, **kwargs) -> LPdf:
    # Fully gridded tables lose rows under OCR once scanned: scans get rows-only rules.
    return LPdf(lang, face, size, grid=not scan, **kwargs)


# --------------------------------------------------------------------------- the catalogue


@dataclass
class Doc:
    nn: int
    name: str
    form: str  # text | pdf_scan | png | jpeg
    build: Callable[[], tuple[LPdf, list[Entry]]]
    dpi: int = 200
    effect: str = ""  # "" | rot90 | rot180 | phone
    skew: float = 2.0  # largest skew in degrees of a scan
    pages: int = 1

    @property
    def stem(self) -> str:
        return f"{self.nn:02d}-{self.name}"

    @property
    def file(self) -> str:
        return f"{self.stem}.{FILE_EXT[self.form]}"


CATALOGUE: list[Doc] = []


def doc(nn: int, name: str, form: str = "text", **kwargs) -> Callable:
    def register(build: Callable) -> Callable:
        CATALOGUE.append(Doc(nn, name, form, build, **kwargs))
        return build

    return register


def one(pdf: LPdf, type_: str, lang: str, rec: Rec | None) -> tuple[LPdf, list[Entry]]:
    return pdf, [Entry(type_, lang, dict(rec.fields) if rec else {})]


# Section texts of system descriptions, reused with different headings.
DESC_BODY = {
    "ru": {
        "purpose": "Система «{s}» предназначена для {what}. Система является инструментом "
        "поддержки принятия решений и не заменяет решение уполномоченного работника.",
        "functions": "Сбор и предварительная обработка входных данных; расчёт прогноза и оценки "
        "уверенности модели; формирование пояснения к результату; журналирование запросов.",
        "data": "Обучающая выборка сформирована из обезличенных данных за 2019–2025 годы, "
        "полученных на основании договоров с их владельцами; персональные данные "
        "обрабатываются с согласия субъектов.",
        "risk_management": "Риски идентифицируются и оцениваются по методике, утверждённой "
        "приказом руководителя; реестр рисков пересматривается ежеквартально, метрики "
        "качества модели контролируются ежемесячно.",
        "human_oversight": "Каждую рекомендацию системы рассматривает ответственный специалист, "
        "который вправе её отклонить; оператор может в любой момент остановить систему.",
    },
    "kk": {
        "purpose": "«{s}» жүйесі {what} арналған. Жүйе шешім қабылдауды қолдау құралы болып "
        "табылады және уәкілетті қызметкердің шешімін алмастырмайды.",
        "functions": "Кіріс деректерін жинау және алдын ала өңдеу; болжам мен модель "
        "сенімділігінің бағасын есептеу; нәтижеге түсініктеме қалыптастыру; сұраныстарды "
        "журналға тіркеу.",
        "data": "Оқыту іріктемесі иелерімен жасалған шарттар негізінде алынған 2019–2025 "
        "жылдардағы иесіздендірілген деректерден құралған; дербес деректер субъектілердің "
        "келісімімен өңделеді.",
        "risk_management": "Тәуекелдер басшының бұйрығымен бекітілген әдістеме бойынша "
        "анықталады және бағаланады; тәуекелдер тізілімі тоқсан сайын қайта қаралады.",
        "human_oversight": "Жүйенің әрбір ұсынымын жауапты маман қарайды және оны қабылдамауға "
        "құқылы; оператор жүйені кез келген сәтте тоқтата алады.",
    },
    "en": {
        "purpose": "{s} is intended for {what}. It is a decision-support tool and does not "
        "replace the decision of an authorised officer.",
        "functions": "Collection and pre-processing of input data; computation of a forecast "
        "with a confidence score; an explanation of each result; logging of every request.",
        "data": "The training set consists of de-identified records for 2019–2025 obtained "
        "under agreements with their owners; personal data are processed with the data "
        "subjects' consent.",
        "risk_management": "Risks are identified and rated under a methodology approved by "
        "the CEO; the risk register is reviewed quarterly and model quality metrics monthly.",
        "human_oversight": "Every recommendation is reviewed by a responsible specialist who "
        "may reject it; an operator can stop the system at any time.",
    },
}
SECTION_KEYS = ("purpose", "functions", "data", "risk_management", "human_oversight")


def sections(rec: Rec, lang: str, headings: dict[str, str], s: str, what: str) -> list[tuple[str, str]]:
    """(heading, body) of each section named in ``headings``; records the section as present."""
    out = []
    for key in SECTION_KEYS:
        if key in headings:
            out.append((rec.flag(key, headings[key]), DESC_BODY[lang][key].format(s=s, what=what)))
    return out


# =========================================================================== applications


@doc(1, "zayavlenie-ru-inline")
def _app01():
    """Russian, label: value on one line, bilingual letterhead, bank footer, attachments with dates."""
    pdf = new("ru", 10.5, footer_lines=bank_footer(SARY, BANK_STEPPE, "ru", "KZ45 926 0001 2345 6789"))
    r = Rec()
    pdf.bilingual_head(
        ["«Сарыарқа Дата» ЖШС", "Қарағанды қ., Ерубаев к-сі, 50/2", "тел. +7 (7212) 41-22-08"],
        ["ТОО «Сарыарқа Дата»", "г. Караганда, ул. Ерубаева, 50/2", "тел. +7 (7212) 41-22-08"],
    )
    pdf.addressee(
        ["Председателю Агентства Республики Казахстан", "по регулированию и развитию", "финансового рынка"]
    )
    pdf.doc_title(
        "ЗАЯВЛЕНИЕ",
        "о включении системы искусственного интеллекта в перечень доверенных систем "
        "искусственного интеллекта высокой степени риска",
    )
    pdf.labelled(
        [
            ("Наименование заявителя", r("applicant_name", SARY.ru)),
            ("БИН", r.bin("applicant_bin", SARY.bin)),
            ("Юридический адрес", "100012, г. Караганда, ул. Ерубаева, 50/2"),
            ("Наименование системы искусственного интеллекта", r("system_name", "Сарыарқа Скоринг")),
            ("Номер версии", r("system_version", "3.2.1")),
            ("Сфера применения (отрасль)", r("sector", "финансовый рынок")),
            ("Контактный e-mail", r("contact_email", "compliance@saryarqadata.kz")),
        ],
        "inline",
    )
    pdf.para(
        "Система используется банками второго уровня для оценки кредитоспособности заёмщиков — "
        "физических лиц. Заявитель подтверждает достоверность представленных сведений."
    )
    pdf.heading("Приложения:")
    pdf.para(
        "1) описание системы искусственного интеллекта на 4 л.;\n"
        "2) копия свидетельства о внесении сведений в государственный реестр прав на объекты, "
        "охраняемые авторским правом, № 78112 от 14.01.2026;\n"
        "3) аудиторское заключение № АЗ-017/26 от 19.02.2026 на 6 л.",
        align="L",
    )
    pdf.para(f"Дата подачи: {r.date('application_date', D('2026-03-02'), 'dot')}", align="L")
    pdf.signature("Генеральный директор", r("signatory", "Жумабеков Е. С."))
    return one(pdf, "application", "ru", r)


@doc(2, "otinish-kk-table-scan", "pdf_scan", dpi=240)
def _app02():
    """Kazakh, two-column ruled table with wrapping labels, scanned."""
    pdf = new("kk", 10.5, scan=True)
    r = Rec()
    pdf.letterhead(
        BILIM.kk, ["Алматы қ., Сатпаев к-сі, 30А, 5-қабат", "info@bilimtech.kz, +7 (727) 390-14-55"]
    )
    pdf.addressee(["Қазақстан Республикасы", "Оқу-ағарту министрлігіне"])
    pdf.doc_title(
        "ӨТІНІШ",
        "жасанды интеллект жүйесін жоғары тәуекелді сенімді жасанды интеллект жүйелерінің "
        "тізбесіне енгізу туралы",
    )
    pdf.grid_table(
        [
            ("Өтініш берушінің толық атауы", r("applicant_name", BILIM.kk)),
            ("Бизнес-сәйкестендіру нөмірі (БСН)", r.bin("applicant_bin", BILIM.bin)),
            ("Жасанды интеллект жүйесінің атауы", r("system_name", "Оқу Көмекші")),
            ("Жүйенің нұсқасы", r("system_version", "1.2")),
            ("Жүйе қолданылатын сала", r("sector", "білім беру")),
            ("Хабарламалар жіберуге арналған электрондық пошта", r("contact_email", "ai@bilimtech.kz")),
            ("Өтініш берілген күн", r.date("application_date", D("2026-03-12"), "kk")),
        ],
        widths=(42, 58),
    )
    pdf.para(
        "Өтінішке қоса берілетін құжаттар: жүйенің сипаттамасы, авторлық құқық объектісіне "
        "құқықтарды растайтын құжат, аудиторлық қорытынды."
    )
    pdf.signature("Директор", r("signatory", "Сәрсенбаева Г. Т."))
    return one(pdf, "application", "kk", r)


@doc(3, "application-en-stacked")
def _app03():
    """English, label above value, with the applicant's bank and a developer in the footer."""
    foot = bank_footer(GRID, BANK_STEPPE, "en", "KZ12 926 0002 7788 1100") + [
        f"Software developed under contract by {NOMAD.en} (BIN {NOMAD.bin})."
    ]
    pdf = new("en", 10.5, footer_lines=foot, pages="slash")
    r = Rec()
    pdf.letterhead(GRID.en, ["12 Kabanbay Batyr Ave., Astana 010000, Kazakhstan", "www.qazgrid.ai"])
    pdf.addressee(["To: the Ministry of Energy", "of the Republic of Kazakhstan"])
    pdf.doc_title(
        "APPLICATION", "for inclusion in the list of trusted high-risk artificial intelligence systems"
    )
    pdf.labelled(
        [
            ("Applicant (legal entity)", r("applicant_name", GRID.en)),
            ("Business identification number (BIN)", r.sbin("applicant_bin", GRID.bin)),
            ("Name of the AI system", r("system_name", "GridSense Forecast")),
            ("Version", r("system_version", "4.1.0")),
            ("Area of use", r("sector", "electric power industry")),
            ("E-mail for correspondence", r("contact_email", "regulatory@qazgrid.ai")),
            ("Date", r.date("application_date", D("2026-04-21"), "en_us")),
        ],
        "stacked",
    )
    pdf.para(
        "We confirm that the information above and in the enclosed documents is true and complete. "
        "The system forecasts load on the 110 kV grid and is used by dispatchers of regional "
        "grid companies."
    )
    pdf.signature("Chief Executive Officer", r("signatory", "Daniyar K. Serikbayev"))
    return one(pdf, "application", "en", r)


@doc(4, "zayavlenie-ru-letter-scan", "png", dpi=200)
def _app04():
    """Russian, values in running sentences of an outgoing letter, PNG scan."""
    pdf = new("ru", 10.5, scan=True, pages="none")
    r = Rec()
    pdf.letterhead(
        TRANZ.ru, ["010000, г. Астана, пр. Туран, 37, БЦ «Туран Плаза»", "канцелярия: office@ast-transit.kz"]
    )
    pdf.para(f"Исх. № 02-14/311 от {r.date('application_date', D('2026-05-05'), 'ru_qs')}", align="L")
    pdf.addressee(["Министру транспорта", "Республики Казахстан"])
    pdf.doc_title("Заявление")
    pdf.para(
        f"{r('applicant_name', TRANZ.ru)} (БИН {r.bin('applicant_bin', TRANZ.bin)}), в лице "
        f"Председателя Правления {r('signatory', 'Ким О. В.')}, действующего на основании Устава, "
        "просит рассмотреть вопрос о включении системы искусственного интеллекта "
        f"«{r('system_name', 'Транзит Поток')}» версии {r('system_version', '2.0.3')} в перечень "
        "доверенных систем искусственного интеллекта высокой степени риска."
    )
    pdf.para(
        f"Система применяется в сфере «{r('sector', 'транспорт')}» для адаптивного управления "
        "светофорными объектами г. Астаны. Разработчиком программного обеспечения выступает "
        f"{ZHETYSU.ru} (БИН {ZHETYSU.bin}), исключительные права переданы Обществу по договору."
    )
    pdf.para(
        "Ответ просим направить на адрес электронной почты "
        f"{r('contact_email', 'ai-registry@ast-transit.kz')}."
    )
    pdf.para("Приложение: согласно описи на 3 л.", align="L")
    pdf.sign_line("Председатель Правления                 ______________                 О. Ким", "М.П.")
    pdf.para("Исп.: Абдрахманова Л., тел. 8 (7172) 55-01-17", align="L")
    return one(pdf, "application", "ru", r)


@doc(5, "zayavlenie-ru-table-with-description", pages=2)
def _app05():
    """Russian, ruled table on page 1, description in two columns on page 2, date and signatory on page 2."""
    pdf = new("ru", 10.5)
    r = Rec()
    pdf.letterhead(MEDV.ru, ["050040, г. Алматы, пр. Аль-Фараби, 77/8, офис 1204", "тел. +7 (727) 311-47-90"])
    pdf.addressee(["В Министерство здравоохранения", "Республики Казахстан"])
    pdf.doc_title(
        "ЗАЯВЛЕНИЕ",
        "на включение в перечень доверенных систем искусственного интеллекта высокой степени риска",
    )
    pdf.grid_table(
        [
            (
                "Полное наименование юридического лица",
                r("applicant_name", "Товарищество с ограниченной ответственностью «MedVision Qazaqstan»"),
            ),
            ("Бизнес-идентификационный номер", r.bin("applicant_bin", MEDV.bin)),
            ("Место нахождения", "г. Алматы, пр. Аль-Фараби, 77/8"),
            ("Наименование системы искусственного интеллекта", r("system_name", "MedVision CT")),
            ("Версия (релиз) системы", r("system_version", "1.4")),
            ("Отрасль (сфера) применения системы", r("sector", "здравоохранение")),
            ("Электронная почта для направления уведомлений", r("contact_email", "reg@medvision.kz")),
        ],
        widths=(40, 60),
    )
    pdf.para(
        "Заявитель просит включить указанную систему в перечень и подтверждает, что сведения, "
        "изложенные в настоящем заявлении и прилагаемых документах, достоверны. Описание системы "
        "приведено в разделе 2 заявления."
    )
    pdf.para(
        "Система выполняет автоматический анализ снимков компьютерной томографии органов грудной "
        "клетки и выделяет участки, подозрительные на новообразования, для последующего "
        "просмотра врачом-рентгенологом."
    )
    pdf.next_page()
    pdf.heading("2. Описание системы искусственного интеллекта")
    d = Rec()
    blocks = []
    heads = {
        "purpose": "2.1. Назначение системы",
        "functions": "2.2. Функции системы",
        "data": "2.3. Используемые данные",
        "risk_management": "2.4. Управление рисками",
        "human_oversight": "2.5. Контроль человеком",
    }
    for head, body in sections(
        d, "ru", heads, "MedVision CT", "выявления очаговых образований лёгких на снимках КТ"
    ):
        blocks += [("h", head), ("p", body)]
    pdf.columns(blocks)
    pdf.para(f"Дата: {r.date('application_date', D('2026-04-08'), 'ru')}", align="L")
    pdf.signature("Директор", r("signatory", "Байжанов Т. Р."))
    return pdf, [Entry("application", "ru", r.fields), Entry("system_description", "ru", d.fields)]


@doc(6, "otinish-kk-letter-scan", "jpeg", dpi=250)
def _app06():
    """Kazakh letter: values in sentences, date in the locative («2026 жылғы 5 мамырда»)."""
    pdf = new("kk", 10.5, scan=True)
    r = Rec()
    pdf.letterhead(AGRO.kk, ["Қостанай қ., Әл-Фараби даңғылы, 65", "тел. +7 (7142) 50-33-19"])
    pdf.addressee(["Қазақстан Республикасы", "Ауыл шаруашылығы министрлігіне"])
    pdf.doc_title("ӨТІНІШ")
    pdf.para(
        f"{r('applicant_name', AGRO.kk)} (БСН {r.bin('applicant_bin', AGRO.bin)}) директор "
        f"{r('signatory', 'Қасымов Н. Е.')} атынан «Жасанды интеллект туралы» Қазақстан "
        f"Республикасының Заңына сәйкес «{r('system_name', 'Агро Болжам')}» жасанды интеллект "
        f"жүйесін ({r('system_version', '0.9.7')} нұсқасы) жоғары тәуекелді сенімді жасанды "
        "интеллект жүйелерінің тізбесіне енгізуді сұрайды."
    )
    pdf.para(
        f"Жүйе {r('sector', 'ауыл шаруашылығы')} саласында дәнді дақылдардың шығымдылығын болжау "
        "және субсидияларды бөлу кезінде тәуекелдерді бағалау үшін қолданылады."
    )
    pdf.para(
        "Өтініш бойынша жауапты электрондық поштаға жіберуді сұраймыз: "
        f"{r('contact_email', 'info@agrobolzham.kz')}."
    )
    pdf.para(f"Өтініш {r.date('application_date', D('2026-05-05'), 'kk_loc')} жасалды.")
    pdf.signature("Директор", "Н. Қасымов")
    return one(pdf, "application", "kk", r)


@doc(7, "application-en-entrepreneur-letter")
def _app07():
    """English letter of an individual entrepreneur (IIN, not BIN), ordinal date."""
    pdf = new("en", 11, face="serif")
    r = Rec()
    pdf.letterhead(
        "Individual Entrepreneur Bauyrzhan Akhmetov",
        ["Shymkent, Tauke Khan Ave. 14-52", "tel. +7 701 555 20 14"],
    )
    pdf.para(f"Shymkent, {r.date('application_date', D('2026-04-14'), 'en_ord')}", align="R")
    pdf.addressee(
        ["Ministry of Labour and Social Protection", "of the Population of the Republic of Kazakhstan"]
    )
    pdf.doc_title("Application for inclusion in the list of trusted high-risk AI systems")
    pdf.para(
        f"I, {r('applicant_name', 'Individual Entrepreneur Bauyrzhan Akhmetov')} (IIN "
        f"{r.bin('applicant_bin', AKHMETOV_IIN)}), hereby apply for the inclusion of my artificial "
        f"intelligence system {r('system_name', 'Kadr Taldau')}, version {r('system_version', '2.3')}, "
        "in the list of trusted high-risk AI systems."
    )
    pdf.para(
        "The system pre-screens CVs of candidates for vacancies published by employment centres "
        f"and is used in the {r('sector', 'employment services')} sector. Every shortlist it "
        "proposes is confirmed by a recruiter."
    )
    pdf.para(f"Correspondence may be sent to {r('contact_email', 'b.akhmetov.ie@mail.kz')}.")
    pdf.para(
        "Enclosures: system description; copyright certificate No. 78301; audit conclusion No. DTA-26/044."
    )
    pdf.para("Yours faithfully,", align="L")
    pdf.signature("Individual Entrepreneur", r("signatory", "B. K. Akhmetov"), stamp=False)
    return one(pdf, "application", "en", r)


@doc(8, "otinish-zayavlenie-bilingual-scan", "pdf_scan", dpi=300)
def _app08():
    """Bilingual Kazakh/Russian form: each label in both languages, table with row rules only."""
    pdf = new("kk", 10, scan=True)
    r = Rec()
    pdf.bilingual_head(
        [KOZ.kk, "Астана қ., Мәңгілік Ел даңғылы, 55/21"],
        [KOZ.ru, "г. Астана, пр. Мангилик Ел, 55/21"],
    )
    pdf.doc_title(
        "ӨТІНІШ / ЗАЯВЛЕНИЕ",
        "сенімді жасанды интеллект жүйелерінің тізбесіне енгізу туралы / о включении в перечень "
        "доверенных систем искусственного интеллекта",
    )
    pdf.grid_table(
        [
            ("Өтініш беруші / Заявитель", r("applicant_name", KOZ.ru)),
            ("БСН / БИН", r.bin("applicant_bin", KOZ.bin)),
            ("Жүйенің атауы / Наименование системы", r("system_name", "Көз Скрин")),
            ("Нұсқасы / Версия", r("system_version", "1.0.2")),
            ("Саласы / Сфера", r("sector", "денсаулық сақтау / здравоохранение")),
            ("Күні / Дата", r.date("application_date", D("2026-03-27"), "dot")),
            ("E-mail", r("contact_email", "office@kozmedtech.kz")),
        ],
        widths=(38, 62),
    )
    pdf.para(
        "Өтініш беруші мәліметтердің дұрыстығын растайды. / Заявитель подтверждает достоверность сведений."
    )
    pdf.signature("Директор", r("signatory", "Оспанов Д. М."))
    return one(pdf, "application", "mixed", r)


@doc(9, "zayavlenie-ru-stacked-phone", "jpeg", dpi=200, effect="phone")
def _app09():
    """Russian, label above value, photographed with a phone."""
    pdf = new("ru", 10.5, scan=True)
    r = Rec()
    pdf.letterhead(
        KEREGE.ru, ["050000, г. Алматы, ул. Желтоксан, 115", "Лицензия АРРФР № 1.2.44/210 от 03.02.2020"]
    )
    pdf.addressee(["В Агентство Республики Казахстан", "по регулированию и развитию финансового рынка"])
    pdf.doc_title("ЗАЯВЛЕНИЕ", "о включении в перечень доверенных систем ИИ высокой степени риска")
    pdf.labelled(
        [
            ("Заявитель", r("applicant_name", KEREGE.ru)),
            ("БИН заявителя", r.bin("applicant_bin", KEREGE.bin)),
            ("Система искусственного интеллекта", r("system_name", "Kerege Fraud Monitor")),
            ("Версия", r("system_version", "5.0")),
            ("Электронный адрес", r("contact_email", "ai.compliance@kerege.kz")),
            ("Дата", r.date("application_date", D("2026-04-30"), "ru_quoted")),
        ],
        "stacked",
    )
    pdf.signature("Заместитель Председателя Правления", r("signatory", "Нургалиева А. С."))
    return one(pdf, "application", "ru", r)


@doc(10, "zayavlenie-ru-inline-description", pages=2)
def _app10():
    """Russian, inline labels, description sections inline; e-mail, date and signatory on page 2."""
    pdf = new("ru", 11, face="serif", pages="dash")
    r = Rec()
    pdf.letterhead(DALA.ru, ["г. Шымкент, мкр. Нурсат, 12, н.п. 4", "тел. +7 (7252) 99-41-20"])
    pdf.addressee(["В Министерство внутренних дел", "Республики Казахстан"])
    pdf.doc_title("ЗАЯВЛЕНИЕ")
    pdf.labelled(
        [
            ("Заявитель", r("applicant_name", DALA.ru)),
            ("БИН", r.sbin("applicant_bin", DALA.bin)),
            ("Система ИИ", r("system_name", "Дала Патруль")),
            ("Версия системы", r("system_version", "1.1.0")),
            ("Сфера применения", r("sector", "общественная безопасность")),
        ],
        "inline",
    )
    pdf.para(
        "Просим включить указанную систему в перечень доверенных систем искусственного "
        "интеллекта высокой степени риска. Ниже приводится описание системы."
    )
    pdf.heading("Описание системы")
    d = Rec()
    heads = {
        "purpose": "Назначение",
        "functions": "Основные функции",
        "data": "Данные, используемые системой",
        "risk_management": "Система управления рисками",
        "human_oversight": "Надзор со стороны человека",
    }
    what = "анализа видеопотока с камер на автомобильных дорогах и выявления нарушений ПДД"
    for head, body in sections(d, "ru", heads, "Дала Патруль", what):
        pdf.multi_cell(
            0, 5.8, f"**{head}.** {body} " + LOREM_RU, markdown=True, new_x="LMARGIN", new_y="NEXT"
        )
        pdf.line_break(2)
    pdf.labelled(
        [
            ("Контактный адрес электронной почты", r("contact_email", "director@daladata.kz")),
            ("Дата заявления", r.date("application_date", D("2026-03-16"), "slash")),
        ],
        "inline",
    )
    pdf.signature("Директор", r("signatory", "Тасмағамбетов Р. Ж."))
    return pdf, [Entry("application", "ru", r.fields), Entry("system_description", "ru", d.fields)]


LOREM_RU = (
    "Порядок выполнения установлен внутренним регламентом Общества, с которым ознакомлены все "
    "работники, допущенные к эксплуатации системы; изменения регламента согласуются с "
    "подразделением информационной безопасности и доводятся до сведения пользователей."
)


@doc(11, "otinish-kk-stacked-scan", "pdf_scan", dpi=200, skew=3.0)
def _app11():
    """Kazakh, label above value, short date form «15 сәуір 2026 ж.», skewed scan."""
    pdf = new("kk", 10.5, scan=True)
    r = Rec()
    pdf.letterhead(TIL.kk, ["Астана қ., Сығанақ к-сі, 18", "til-tech.kz"])
    pdf.addressee(
        ["Қазақстан Республикасы Цифрлық даму,", "инновациялар және аэроғарыш", "өнеркәсібі министрлігіне"]
    )
    pdf.doc_title("Өтініш", "жоғары тәуекелді сенімді ЖИ жүйелерінің тізбесіне енгізуге")
    pdf.labelled(
        [
            ("Өтініш беруші (заңды тұлға)", r("applicant_name", TIL.kk)),
            ("БСН", r.bin("applicant_bin", TIL.bin)),
            ("ЖИ жүйесі", r("system_name", "Тілші")),
            ("Нұсқа", r("system_version", "2.2")),
            ("Қолданылу саласы", r("sector", "мемлекеттік қызметтер")),
            ("Күні", r.date("application_date", D("2026-04-15"), "kk_short")),
        ],
        "stacked",
    )
    pdf.para("Қол қойған: директор " + r("signatory", "Тілеубердиев А. М."), align="L")
    pdf.sign_line("_______________________", "М.О.")
    return one(pdf, "application", "kk", r)


# =========================================================================== system descriptions


@doc(12, "opisanie-ru-headings")
def _desc12():
    """Russian annex: numbered headings over paragraphs, with synonyms of the section names."""
    pdf = new("ru", 11)
    d = Rec()
    pdf.letterhead(SARY.ru, ["г. Караганда, ул. Ерубаева, 50/2"])
    pdf.para("Приложение № 1 к заявлению от 02.03.2026", align="R", style="I")
    pdf.doc_title("ОПИСАНИЕ", "системы искусственного интеллекта «Сарыарқа Скоринг» (версия 3.2.1)")
    heads = {
        "purpose": "1. Цель и назначение системы",
        "functions": "2. Функциональные возможности",
        "data": "3. Сведения об используемых данных",
        "risk_management": "4. Меры по управлению рисками",
        "human_oversight": "5. Обеспечение контроля человеком",
    }
    for head, body in sections(d, "ru", heads, "Сарыарқа Скоринг", "оценки кредитоспособности заёмщиков"):
        pdf.heading(head)
        pdf.para(body)
    pdf.signature("Генеральный директор", "Жумабеков Е. С.")
    return one(pdf, "system_description", "ru", d)


@doc(13, "sipattama-kk-inline-scan", "png", dpi=200)
def _desc13():
    """Kazakh: bold run-in headings, PNG scan."""
    pdf = new("kk", 10.5, scan=True)
    d = Rec()
    pdf.letterhead(BILIM.kk, ["Алматы қ., Сатпаев к-сі, 30А"])
    pdf.para("Өтінішке № 1 қосымша", align="R", style="I")
    pdf.doc_title("ЖАСАНДЫ ИНТЕЛЛЕКТ ЖҮЙЕСІНІҢ СИПАТТАМАСЫ", "«Оқу Көмекші», 1.2 нұсқасы")
    heads = {
        "purpose": "Жүйенің мақсаты",
        "functions": "Жүйенің функциялары",
        "data": "Пайдаланылатын деректер",
        "risk_management": "Тәуекелдерді басқару",
        "human_oversight": "Адамның бақылауы",
    }
    what = "оқушылардың үлгерімін талдау және жеке оқу жоспарын ұсыну үшін"
    for head, body in sections(d, "kk", heads, "Оқу Көмекші", what):
        pdf.multi_cell(0, 5.6, f"**{head}.** {body}", markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.line_break(2)
    pdf.signature("Директор", "Сәрсенбаева Г. Т.")
    return one(pdf, "system_description", "kk", d)


@doc(14, "system-description-en-table")
def _desc14():
    """English: a two-column table, section | content."""
    pdf = new("en", 10.5)
    d = Rec()
    pdf.letterhead(GRID.en, ["12 Kabanbay Batyr Ave., Astana"])
    pdf.doc_title("SYSTEM DESCRIPTION", "GridSense Forecast, version 4.1.0 (Annex 1 to the application)")
    heads = {
        "purpose": "Intended purpose",
        "functions": "Functions",
        "data": "Data used (training and operation)",
        "risk_management": "Risk management",
        "human_oversight": "Human oversight",
    }
    what = "short-term forecasting of load on regional electricity grids"
    pdf.grid_table(sections(d, "en", heads, "GridSense Forecast", what), widths=(30, 70))
    pdf.para("Prepared by the Head of Data Science, reviewed by the Chief Risk Officer.")
    pdf.signature("Chief Executive Officer", "Daniyar K. Serikbayev")
    return one(pdf, "system_description", "en", d)


@doc(15, "opisanie-ru-two-columns")
def _desc15():
    """Russian, text set in two columns."""
    pdf = new("ru", 10)
    d = Rec()
    pdf.letterhead(TRANZ.ru, ["г. Астана, пр. Туран, 37"])
    pdf.doc_title("ОПИСАНИЕ СИСТЕМЫ ИСКУССТВЕННОГО ИНТЕЛЛЕКТА", "«Транзит Поток», версия 2.0.3")
    heads = {
        "purpose": "Назначение",
        "functions": "Функции",
        "data": "Используемые данные",
        "risk_management": "Управление рисками",
        "human_oversight": "Контроль человеком",
    }
    what = "адаптивного управления светофорными объектами и прогноза транспортных потоков"
    blocks = []
    for head, body in sections(d, "ru", heads, "Транзит Поток", what):
        blocks += [("h", head), ("p", body + " " + LOREM_RU)]
    pdf.columns(blocks)
    pdf.signature("Председатель Правления", "Ким О. В.")
    return one(pdf, "system_description", "ru", d)


@doc(16, "opisanie-ru-no-oversight-scan", "jpeg", dpi=220)
def _desc16():
    """Russian, no human-oversight section (only the four present are listed), JPEG scan."""
    pdf = new("ru", 10.5, scan=True)
    d = Rec()
    pdf.letterhead(KEREGE.ru, ["г. Алматы, ул. Желтоксан, 115"])
    pdf.doc_title("Описание системы «Kerege Fraud Monitor»", "версия 5.0")
    heads = {
        "purpose": "I. Назначение системы",
        "functions": "II. Функции",
        "data": "III. Используемые данные",
        "risk_management": "IV. Управление рисками",
    }
    what = "выявления мошеннических операций по платёжным картам в режиме реального времени"
    for head, body in sections(d, "ru", heads, "Kerege Fraud Monitor", what):
        pdf.heading(head)
        pdf.para(body)
    pdf.para("Описание составлено Департаментом управления рисками.", style="I")
    return one(pdf, "system_description", "ru", d)


@doc(17, "sipattama-opisanie-bilingual-scan", "pdf_scan", dpi=250)
def _desc17():
    """Bilingual headings («Мақсаты / Назначение»), Russian text, image-only PDF."""
    pdf = new("kk", 10, scan=True)
    d = Rec()
    pdf.bilingual_head([KOZ.kk, "Астана қ."], [KOZ.ru, "г. Астана"])
    pdf.doc_title("ЖҮЙЕНІҢ СИПАТТАМАСЫ / ОПИСАНИЕ СИСТЕМЫ", "«Көз Скрин» 1.0.2")
    heads = {
        "purpose": "1. Мақсаты / Назначение",
        "functions": "2. Функциялары / Функции",
        "data": "3. Деректер / Используемые данные",
        "risk_management": "4. Тәуекелдерді басқару / Управление рисками",
        "human_oversight": "5. Адамның бақылауы / Контроль человеком",
    }
    what = "скрининга диабетической ретинопатии по снимкам глазного дна"
    for head, body in sections(d, "ru", heads, "Көз Скрин", what):
        pdf.heading(head)
        pdf.para(body)
    return one(pdf, "system_description", "mixed", d)


# =========================================================================== ip certificates

KAZPATENT_BIN = bin_of("02064000512")
CERT_LABELS = {
    "ru": {
        "state": "РЕСПУБЛИКА КАЗАХСТАН",
        "issuer": [
            "Министерство юстиции Республики Казахстан",
            "РГП на ПХВ «Национальный институт интеллектуальной собственности»",
        ],
        "title": "СВИДЕТЕЛЬСТВО",
        "sub": "о внесении сведений в государственный реестр прав на объекты, охраняемые авторским правом",
        "number": "№ {n} от {d}",
        "application_number": "Номер заявки",
        "filing": "Дата подачи заявки",
        "object_type": "Вид объекта авторского права",
        "object_title": "Название объекта",
        "creation_date": "Дата создания объекта",
        "authors": "Фамилия, имя, отчество (при его наличии) автора (соавторов)",
        "right_holder": "Правообладатель",
        "right_holder_bin": "БИН правообладателя",
        "note": "Сведения внесены в государственный реестр прав на объекты, охраняемые авторским "
        "правом. Подлинность свидетельства можно проверить на сайте www.kazpatent.kz.",
        "sign": ("Директор", "Е. К. Сарсенбаев"),
        "footer": f"РГП на ПХВ «НИИС» МЮ РК, БИН {KAZPATENT_BIN}, г. Астана, пр. Мангилик Ел, 57А",
    },
    "kk": {
        "state": "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ",
        "issuer": [
            "Қазақстан Республикасы Әділет министрлігі",
            "«Ұлттық зияткерлік меншік институты» ШЖҚ РМК",
        ],
        "title": "КУӘЛІК",
        "sub": "авторлық құқықпен қорғалатын объектілерге құқықтардың мемлекеттік тізіліміне "
        "мәліметтерді енгізу туралы",
        "number": "№ {n}, {d}",
        "application_number": "Өтінім нөмірі",
        "filing": "Өтінім берілген күн",
        "object_type": "Авторлық құқық объектісінің түрі",
        "object_title": "Объектінің атауы",
        "creation_date": "Объектіні жасау күні",
        "authors": "Автордың (авторлардың) тегі, аты, әкесінің аты (бар болса)",
        "right_holder": "Құқық иеленуші",
        "right_holder_bin": "Құқық иеленушінің БСН",
        "note": "Мәліметтер авторлық құқықпен қорғалатын объектілерге құқықтардың мемлекеттік "
        "тізіліміне енгізілді. Куәліктің түпнұсқалығын www.kazpatent.kz сайтынан тексеруге болады.",
        "sign": ("Директор", "Е. Қ. Сәрсенбаев"),
        "footer": f"«ҰЗМИ» ШЖҚ РМК, БСН {KAZPATENT_BIN}, Астана қ., Мәңгілік Ел даңғылы, 57А",
    },
    "en": {
        "state": "REPUBLIC OF KAZAKHSTAN",
        "issuer": [
            "Ministry of Justice of the Republic of Kazakhstan",
            "National Institute of Intellectual Property (Kazpatent)",
        ],
        "title": "CERTIFICATE",
        "sub": "of entry of information into the State Register of Rights to Objects Protected by Copyright",
        "number": "No. {n} dated {d}",
        "application_number": "Application No.",
        "filing": "Filing date",
        "object_type": "Type of copyright object",
        "object_title": "Title of the object",
        "creation_date": "Date of creation",
        "authors": "Author(s)",
        "right_holder": "Copyright owner",
        "right_holder_bin": "BIN of the copyright owner",
        "note": "The information has been entered into the State Register of Rights to Objects "
        "Protected by Copyright.",
        "sign": ("Director", "Ye. K. Sarsenbayev"),
        "footer": "",
    },
}
OBJECT_TYPE = {"ru": "программа для ЭВМ", "kk": "ЭЕМ-ге арналған бағдарлама", "en": "computer program"}


@dataclass(frozen=True)
class Cert:
    number: int
    issued: date
    app_number: int
    filed: date
    created: date
    title: str
    authors: str
    holder: str | None = None
    holder_bin: str | None = None
    object_type: str | None = None  # default: a computer program in the document's language


def certificate(
    lang: str, c: Cert, layout: str, dates: str, scan: bool, size: float = 10.5, bin_spaced=False
):
    t = CERT_LABELS[lang]
    pdf = new(lang, size, scan=scan, face="serif", footer_lines=[t["footer"]] if t["footer"] else None)
    r = Rec()
    pdf.letterhead(t["state"], t["issuer"], align="C")
    pdf.doc_title(t["title"], t["sub"])
    number = t["number"].format(
        n=r("certificate_number", str(c.number)), d=r.date("issue_date", c.issued, dates)
    )
    pdf.para(number, align="C", style="B")
    rows = [
        (t["application_number"], r("application_number", str(c.app_number))),
        (t["filing"], fdate(c.filed, "dot")),  # printed, but SPEC has no field for it
        (t["object_type"], r("object_type", c.object_type or OBJECT_TYPE[lang])),
        (t["object_title"], r("object_title", c.title)),
        (t["creation_date"], r.date("creation_date", c.created, "dot")),
        (t["authors"], r("authors", c.authors)),
    ]
    if c.holder:
        rows.append((t["right_holder"], r("right_holder", c.holder)))
    if c.holder_bin:
        rows.append((t["right_holder_bin"], r.bin("right_holder_bin", c.holder_bin, bin_spaced)))
    if layout == "table":
        pdf.grid_table(rows, widths=(40, 60))
    else:
        pdf.labelled(rows, layout)
    pdf.para(t["note"])
    pdf.signature(*t["sign"], stamp=False)
    return pdf, r


@doc(18, "svidetelstvo-ru-table")
def _cert18():
    c = Cert(
        78112,
        D("2026-01-14"),
        80211,
        D("2025-12-22"),
        D("2025-11-28"),
        "Сарыарқа Скоринг",
        "Жумабеков Ерлан Серикович, Ким Ольга Викторовна",
        SARY.ru,
        SARY.bin,
    )
    pdf, r = certificate("ru", c, "table", "ru_long", scan=False)
    return one(pdf, "ip_certificate", "ru", r)


@doc(19, "kuelik-kk-inline-scan", "png", dpi=220)
def _cert19():
    c = Cert(
        78164,
        D("2026-01-21"),
        80302,
        D("2025-12-29"),
        D("2025-12-01"),
        "Оқу Көмекші",
        "Сәрсенбаева Гүлнар Төлегенқызы, Әбенов Ерлан Маратұлы",
        BILIM.kk,
        BILIM.bin,
    )
    pdf, r = certificate("kk", c, "inline", "kk", scan=True)
    return one(pdf, "ip_certificate", "kk", r)


@doc(20, "svidetelstvo-ru-stacked-scan", "pdf_scan", dpi=200)
def _cert20():
    c = Cert(
        78190,
        D("2026-01-27"),
        80355,
        D("2026-01-08"),
        D("2025-10-15"),
        "MedVision CT",
        "Байжанов Тимур Русланович, Исаева Мадина Ахметовна, Пак Дмитрий Игоревич",
        MEDV.ru,
    )
    pdf, r = certificate("ru", c, "stacked", "dot", scan=True, size=9.5)
    return one(pdf, "ip_certificate", "ru", r)


@doc(21, "certificate-en-translation")
def _cert21():
    """A certified English translation: the translator's firm and BIN are no right holder."""
    c = Cert(
        78233,
        D("2026-02-03"),
        80417,
        D("2026-01-15"),
        D("2025-12-20"),
        "GridSense Forecast",
        "Serikbayev Daniyar Kairatovich, Li Anna Sergeyevna",
        GRID.en,
        GRID.bin,
    )
    pdf, r = certificate("en", c, "inline", "en", scan=False)
    pdf.para("Translation from Russian into English", align="L", style="I")
    pdf.para(
        f"I, Aigerim Nurtayeva, translator of {TRANSLATE.en} (BIN {TRANSLATE.bin}), certify that "
        "this is a true and accurate translation of the original document. Translated on "
        f"{fdate(D('2026-02-09'), 'en_us')}."
    )
    return one(pdf, "ip_certificate", "en", r)


@doc(22, "svidetelstvo-ru-authors-only-scan", "jpeg", dpi=240)
def _cert22():
    """No right holder printed: the author holds the rights."""
    c = Cert(
        78301,
        D("2026-02-10"),
        80488,
        D("2026-01-20"),
        D("2025-09-30"),
        "Кадр Талдау",
        "Ахметов Бауыржан Кайратович",
    )
    pdf, r = certificate("ru", c, "inline", "ru_quoted", scan=True)
    return one(pdf, "ip_certificate", "ru", r)


@doc(23, "kuelik-svidetelstvo-bilingual")
def _cert23():
    """Both state languages on one form: labels «Құқық иеленуші / Правообладатель»."""
    pdf = new("kk", 10, face="serif")
    r = Rec()
    pdf.letterhead(
        "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ / РЕСПУБЛИКА КАЗАХСТАН",
        ["«Ұлттық зияткерлік меншік институты» ШЖҚ РМК / РГП на ПХВ «НИИС»"],
        align="C",
    )
    pdf.doc_title(
        "КУӘЛІК / СВИДЕТЕЛЬСТВО",
        "авторлық құқықпен қорғалатын объектілерге құқықтардың мемлекеттік тізіліміне мәліметтерді "
        "енгізу туралы / о внесении сведений в государственный реестр прав на объекты, охраняемые "
        "авторским правом",
    )
    pdf.para(
        f"№ {r('certificate_number', '78342')}    {r.date('issue_date', D('2026-02-16'), 'dot')}",
        align="C",
        style="B",
    )
    pdf.grid_table(
        [
            ("Өтінім нөмірі / Номер заявки", r("application_number", "80530")),
            (
                "Объектінің түрі / Вид объекта",
                r("object_type", "ЭЕМ-ге арналған бағдарлама / программа для ЭВМ"),
            ),
            ("Объектінің атауы / Название объекта", r("object_title", "Көз Скрин")),
            ("Жасалған күні / Дата создания", r.date("creation_date", D("2025-11-11"), "dot")),
            ("Авторлар / Авторы", r("authors", "Оспанов Данияр Муратович, Ким Елена Сергеевна")),
            ("Құқық иеленуші / Правообладатель", r("right_holder", KOZ.ru)),
            ("БСН / БИН", r.bin("right_holder_bin", KOZ.bin)),
        ],
        widths=(40, 60),
    )
    pdf.signature("Директор", "Е. Қ. Сәрсенбаев", stamp=False)
    return one(pdf, "ip_certificate", "mixed", r)


@doc(24, "svidetelstvo-ru-turned-90", "jpeg", dpi=200, effect="rot90")
def _cert24():
    c = Cert(
        78367,
        D("2026-02-19"),
        80561,
        D("2026-02-02"),
        D("2025-12-15"),
        "Дала Патруль",
        "Тасмағамбетов Руслан Жұмабайұлы",
        DALA.ru,
        DALA.bin,
    )
    pdf, r = certificate("ru", c, "inline", "ru", scan=True, bin_spaced=True)
    return one(pdf, "ip_certificate", "ru", r)


@doc(25, "kuelik-kk-phone", "jpeg", dpi=200, effect="phone")
def _cert25():
    c = Cert(
        78398,
        D("2026-02-24"),
        80602,
        D("2026-02-05"),
        D("2026-01-10"),
        "Тілші",
        "Тілеубердиев Асхат Маратұлы, Жақсыбекова Әйгерім Серікқызы",
        TIL.kk,
        TIL.bin,
    )
    pdf, r = certificate("kk", c, "stacked", "kk_short", scan=True, size=9.5)
    return one(pdf, "ip_certificate", "kk", r)


@doc(26, "svidetelstvo-ru-database-scan", "pdf_scan", dpi=300)
def _cert26():
    """A database (the training corpus), not a program."""
    c = Cert(
        78410,
        D("2026-02-26"),
        80633,
        D("2026-02-09"),
        D("2025-12-31"),
        "KazSpeech Corpus 2025",
        "Жақсыбекова Әйгерім Серікқызы",
        TIL.ru,
        TIL.bin,
        object_type="база данных",
    )
    pdf, r = certificate("ru", c, "table", "ru_q", scan=True)
    return one(pdf, "ip_certificate", "ru", r)


# =========================================================================== copyright agreements


def parties_details(pdf: LPdf, left: tuple[str, list[str]], right: tuple[str, list[str]]) -> None:
    """«Реквизиты сторон»: each party's details in its own column, as contracts end."""
    with pdf.table(
        col_widths=(50, 50),
        line_height=5,
        padding=(1.5, 2),
        text_align="LEFT",
        borders_layout="NONE",
        first_row_as_headings=True,
    ) as table:
        head = table.row()
        head.cell(left[0])
        head.cell(right[0])
        row = table.row()
        row.cell("\n".join(left[1]))
        row.cell("\n".join(right[1]))
    pdf.line_break(3)


@doc(27, "dogovor-ru-assignment-2pages", pages=2)
def _agr27():
    """Russian assignment contract in running text; term and the grantee's BIN on page 2."""
    pdf = new("ru", 10.5, face="serif", pages="default")
    r = Rec()
    pdf.doc_title(
        f"ДОГОВОР № {r('agreement_number', 'ОИП-07/26')}",
        "об отчуждении исключительного права на программу для ЭВМ",
    )
    pdf.two_sides("г. Алматы", r.date("agreement_date", D("2026-01-20"), "ru_q"))
    pdf.para(
        f"{r('grantor', ZHETYSU.ru)}, именуемое в дальнейшем «Правообладатель», в лице директора "
        "Мусина Арслана Кайратовича, действующего на основании Устава, с одной стороны, и "
        f"{r('grantee', TRANZ.ru)}, именуемое в дальнейшем «Приобретатель», в лице Председателя "
        "Правления Ким Ольги Викторовны, действующей на основании Устава, с другой стороны, "
        "совместно именуемые «Стороны», заключили настоящий договор о нижеследующем:"
    )
    clauses = [
        (
            "1. ПРЕДМЕТ ДОГОВОРА",
            [
                "1.1. Правообладатель передаёт Приобретателю исключительное право на программу для ЭВМ "
                f"«{r('object_title', 'Транзит Поток')}» (далее — Программа) в полном объёме, а "
                "Приобретатель обязуется уплатить вознаграждение в размере и порядке, предусмотренных "
                "договором.",
                "1.2. Вместе с исключительным правом передаются исходный текст Программы, техническая "
                "документация и обученные модели, перечисленные в Приложении № 1.",
            ],
        ),
        (
            "2. ПРАВА И ОБЯЗАННОСТИ СТОРОН",
            [
                "2.1. Правообладатель гарантирует, что является единственным обладателем "
                "исключительного права на Программу, право не заложено, не оспорено и не обременено "
                "правами третьих лиц.",
                "2.2. Правообладатель обязуется в течение 10 рабочих дней передать Приобретателю "
                "материальные носители Программы по акту приёма-передачи.",
                "2.3. Приобретатель вправе регистрировать переход права в государственном реестре прав "
                "на объекты, охраняемые авторским правом.",
            ],
        ),
        (
            "3. ВОЗНАГРАЖДЕНИЕ",
            [
                "3.1. Вознаграждение составляет 48 000 000 (сорок восемь миллионов) тенге, включая НДС, "
                "и уплачивается в течение 30 календарных дней с даты подписания акта приёма-передачи.",
            ],
        ),
        (
            "4. ОТВЕТСТВЕННОСТЬ СТОРОН",
            [
                "4.1. За неисполнение или ненадлежащее исполнение обязательств Стороны несут "
                "ответственность в соответствии с законодательством Республики Казахстан.",
                "4.2. Споры разрешаются путём переговоров, а при недостижении согласия — в "
                "Специализированном межрайонном экономическом суде г. Алматы.",
            ],
        ),
        (
            "5. КОНФИДЕНЦИАЛЬНОСТЬ",
            [
                "5.1. Стороны обязуются не раскрывать третьим лицам условия договора и сведения, "
                "полученные при его исполнении, в течение пяти лет после его прекращения. " + LOREM_RU,
            ],
        ),
    ]
    for head, paras in clauses:
        pdf.heading(head)
        for text in paras:
            pdf.para(text)
    pdf.next_page()
    pdf.heading("6. СРОК ДЕЙСТВИЯ ДОГОВОРА")
    until = r.date("valid_until", D("2030-12-31"), "ru")
    pdf.para(
        f"6.1. Договор вступает в силу с даты его подписания и действует до {until}, а в части "
        "расчётов — до полного исполнения Сторонами обязательств."
    )
    pdf.heading("7. РЕКВИЗИТЫ И ПОДПИСИ СТОРОН")
    parties_details(
        pdf,
        (
            "Правообладатель",
            [
                ZHETYSU.ru,
                f"БИН {ZHETYSU.bin}",
                "г. Алматы, ул. Тимирязева, 42",
                f"ИИК KZ19 926 0003 4411 2020, {BANK_STEPPE.ru}",
            ],
        ),
        (
            "Приобретатель",
            [
                TRANZ.ru,
                f"БИН {r.bin('grantee_bin', TRANZ.bin)}",
                "г. Астана, пр. Туран, 37",
                f"ИИК KZ77 601 0001 9988 7766, {BANK_HALYQ.ru}",
            ],
        ),
    )
    pdf.signature("Правообладатель:\nДиректор", "Мусин А. К.")
    pdf.signature("Приобретатель:\nПредседатель Правления", "Ким О. В.")
    return one(pdf, "copyright_agreement", "ru", r)


@doc(28, "licenziya-ru-exclusive-table-scan", "pdf_scan", dpi=240)
def _agr28():
    """Exclusive licence as a ruled card: лицензиар / лицензиат."""
    pdf = new("ru", 10, scan=True)
    r = Rec()
    pdf.doc_title(
        f"ЛИЦЕНЗИОННЫЙ ДОГОВОР № {r('agreement_number', 'Л-2026/03')}",
        "о предоставлении исключительной лицензии на использование программы для ЭВМ",
    )
    pdf.grid_table(
        [
            ("Дата заключения договора", r.date("agreement_date", D("2026-02-02"), "slash")),
            ("Лицензиар (обладатель исключительных имущественных прав)", r("grantor", NOMAD.ru)),
            ("БИН лицензиара", NOMAD.bin),
            ("Лицензиат", r("grantee", MEDV.ru)),
            ("БИН лицензиата", r.bin("grantee_bin", MEDV.bin)),
            ("Программа для ЭВМ", r("object_title", "MedVision CT")),
            ("Вид лицензии", "исключительная"),
            ("Территория", "Республика Казахстан"),
            ("Лицензия действует до", r.date("valid_until", D("2031-02-01"), "dot")),
        ],
        widths=(42, 58),
    )
    pdf.para(
        "1. Лицензиар предоставляет Лицензиату исключительную лицензию на использование "
        "Программы способами, указанными в Приложении № 2, с правом сублицензирования."
    )
    pdf.para("2. Лицензионное вознаграждение — 6 % от выручки Лицензиата, ежеквартально.")
    pdf.signature("Лицензиар", "Жанатов Б. Е.")
    pdf.signature("Лицензиат", "Байжанов Т. Р.")
    return one(pdf, "copyright_agreement", "ru", r)


@doc(29, "licenziya-ru-nonexclusive-scan", "png", dpi=200)
def _agr29():
    """Non-exclusive licence in running text; the licence term is a date in words."""
    pdf = new("ru", 10.5, scan=True)
    r = Rec()
    pdf.doc_title(
        f"ДОГОВОР № {r('agreement_number', '15-НЛ')}",
        "о предоставлении права использования программы для ЭВМ (неисключительная лицензия)",
    )
    pdf.two_sides("г. Караганда", r.date("agreement_date", D("2026-02-05"), "ru_qs"))
    pdf.para(
        f"{r('grantor', SARY.ru)} (БИН {SARY.bin}), именуемое «Лицензиар», в лице генерального "
        f"директора Жумабекова Е. С., и {r('grantee', KEREGE.ru)} (БИН "
        f"{r.bin('grantee_bin', KEREGE.bin)}), именуемое «Лицензиат», в лице Заместителя "
        "Председателя Правления Нургалиевой А. С., действующей на основании доверенности, "
        "заключили настоящий договор."
    )
    pdf.para(
        "1. Лицензиар предоставляет Лицензиату простую (неисключительную) лицензию на "
        f"использование программы для ЭВМ «{r('object_title', 'Сарыарқа Скоринг')}» для "
        "внутренних нужд Лицензиата, без права сублицензирования. Лицензиар сохраняет право "
        "выдачи лицензий другим лицам."
    )
    until = r.date("valid_until", D("2029-02-05"), "ru_long")
    pdf.para(f"2. Лицензия предоставляется на срок до {until}.")
    pdf.para("3. Вознаграждение: 2 400 000 тенге в год, без учёта НДС.")
    pdf.sign_line("Лицензиар: __________ Жумабеков Е. С.      Лицензиат: __________ Нургалиева А. С.", "М.П.")
    return one(pdf, "copyright_agreement", "ru", r)


@doc(30, "avtorlyq-shart-kk-2pages", pages=2)
def _agr30():
    """Kazakh «авторлық шарт» from an author to a company; term and BIN on page 2."""
    pdf = new("kk", 10.5, pages="default")
    r = Rec()
    pdf.doc_title(
        f"АВТОРЛЫҚ ШАРТ № {r('agreement_number', '04/26')}",
        "ЭЕМ-ге арналған бағдарламаға мүліктік құқықтарды беру туралы",
    )
    pdf.two_sides("Алматы қ.", r.date("agreement_date", D("2026-01-09"), "kk_q"))
    pdf.para(
        "Бұдан әрі «Автор» деп аталатын Қазақстан Республикасының азаматы "
        f"{r('grantor', 'Әбенов Ерлан Маратұлы')} "
        f"(ЖСН {bin_of('88061530021')}), бір тараптан, және бұдан әрі «Құқық иеленуші» деп аталатын, "
        f"Жарғы негізінде әрекет ететін директор Сәрсенбаева Г. Т. атынан {r('grantee', BILIM.kk)}, "
        "екінші тараптан, төмендегілер туралы осы шартты жасасты:"
    )
    body = [
        (
            "1. ШАРТТЫҢ МӘНІ",
            [
                f"1.1. Автор «{r('object_title', 'Оқу Көмекші')}» ЭЕМ-ге арналған бағдарламасына "
                "(бұдан әрі — Бағдарлама) айрықша мүліктік құқықтарды Құқық иеленушіге толық көлемде "
                "береді.",
                "1.2. Бағдарламаның бастапқы мәтіні және техникалық құжаттамасы қабылдау-тапсыру актісі "
                "бойынша беріледі.",
            ],
        ),
        (
            "2. ТАРАПТАРДЫҢ ҚҰҚЫҚТАРЫ МЕН МІНДЕТТЕРІ",
            [
                "2.1. Автор Бағдарламаның өзі жасағанына және оған құқықтардың үшінші тұлғаларға "
                "берілмегеніне кепілдік береді.",
                "2.2. Құқық иеленуші Бағдарламаны кез келген тәсілмен пайдалануға, өзгертуге және "
                "таратуға құқылы.",
                "2.3. Автор авторлық құқықпен қорғалатын объектілерге құқықтардың мемлекеттік "
                "тізіліміне өзгерістер енгізу үшін қажетті құжаттарды ұсынуға міндетті.",
            ],
        ),
        (
            "3. СЫЙАҚЫ",
            [
                "3.1. Сыйақы мөлшері 3 500 000 (үш миллион бес жүз мың) теңгені құрайды және акт "
                "қол қойылған күннен бастап 15 жұмыс күні ішінде төленеді.",
            ],
        ),
        (
            "4. ТАРАПТАРДЫҢ ЖАУАПКЕРШІЛІГІ",
            [
                "4.1. Тараптар міндеттемелерді орындамағаны үшін Қазақстан Республикасының "
                "заңнамасына сәйкес жауапты болады.",
                "4.2. Даулар келіссөздер арқылы, ал келісімге қол жеткізілмеген жағдайда сот тәртібімен "
                "шешіледі.",
            ],
        ),
        (
            "5. ҚҰПИЯЛЫЛЫҚ",
            [
                "5.1. Тараптар шарттың талаптарын және оны орындау кезінде алынған мәліметтерді үшінші "
                "тұлғаларға жарияламауға міндеттенеді. Бұл міндеттеме шарт тоқтатылғаннан кейін бес жыл "
                "бойы күшінде болады.",
            ],
        ),
    ]
    for head, paras in body:
        pdf.heading(head)
        for text in paras:
            pdf.para(text)
    pdf.next_page()
    pdf.heading("6. ШАРТТЫҢ ҚОЛДАНЫЛУ МЕРЗІМІ")
    pdf.para(
        "6.1. Шарт қол қойылған күннен бастап күшіне енеді және "
        f"{r.date('valid_until', D('2031-12-31'), 'dot')} дейін әрекет етеді."
    )
    pdf.heading("7. ТАРАПТАРДЫҢ ДЕРЕКТЕМЕЛЕРІ")
    parties_details(
        pdf,
        (
            "Автор",
            ["Әбенов Ерлан Маратұлы", f"ЖСН {bin_of('88061530021')}", "Алматы қ., Абай даңғ., 150, 41-пәтер"],
        ),
        (
            "Құқық иеленуші",
            [
                BILIM.kk,
                f"БСН {r.bin('grantee_bin', BILIM.bin)}",
                "Алматы қ., Сатпаев к-сі, 30А",
                f"ЖСК KZ30 601 0002 1122 3344, {BANK_HALYQ.kk}",
            ],
        ),
    )
    pdf.sign_line(
        "Автор ____________ Е. М. Әбенов                Директор ____________ Г. Т. Сәрсенбаева",
        "                                                                                 М.О.",
    )
    return one(pdf, "copyright_agreement", "kk", r)


@doc(31, "licence-en-exclusive-two-columns")
def _agr31():
    """English exclusive licence set in two columns."""
    pdf = new("en", 9.5, face="serif")
    r = Rec()
    pdf.doc_title(
        f"EXCLUSIVE LICENCE AGREEMENT No. {r('agreement_number', 'EL-2026/02')}",
        f"made on the {r.date('agreement_date', D('2026-01-14'), 'en_ord_of')}",
    )
    until = r.date("valid_until", D("2030-12-31"), "en")
    blocks = [
        ("h", "Parties"),
        (
            "p",
            f"(1) {r('grantor', NOMAD.en)}, a limited liability partnership registered in Kazakhstan "
            f'(BIN {NOMAD.bin}) (the "Licensor"); and (2) {r("grantee", GRID.en)}, BIN '
            f'{r.bin("grantee_bin", GRID.bin)} (the "Licensee").',
        ),
        ("h", "1. Grant of licence"),
        (
            "p",
            "1.1 The Licensor, as the holder of the exclusive property rights, grants to the Licensee "
            f"an exclusive licence to use the computer program {r('object_title', 'GridSense Forecast')} "
            '(the "Software") in the territory of the Republic of Kazakhstan, including the right to '
            "modify the Software and to grant sub-licences.",
        ),
        (
            "p",
            "1.2 During the Term the Licensor shall not use the Software itself nor license it to "
            "any third party within the Territory.",
        ),
        ("h", "2. Fees"),
        (
            "p",
            "2.1 The Licensee shall pay a lump sum of KZT 30,000,000 within 20 business days of "
            "signature, and a royalty of 4 per cent of net revenue each quarter.",
        ),
        ("h", "3. Term"),
        (
            "p",
            f"3.1 This Agreement comes into force on signature and remains in force until {until}, "
            "unless terminated earlier under clause 5.",
        ),
        ("h", "4. Warranties"),
        (
            "p",
            "4.1 The Licensor warrants that it owns the Software, that the Software does not "
            "infringe the rights of any third party, and that it has obtained every consent needed "
            "from the authors.",
        ),
        ("h", "5. Termination"),
        (
            "p",
            "5.1 Either party may terminate this Agreement by notice if the other commits a "
            "material breach not remedied within 30 days.",
        ),
        ("h", "6. Governing law"),
        (
            "p",
            "6.1 This Agreement is governed by the law of the Republic of Kazakhstan. Disputes "
            "shall be settled by the AIFC Court.",
        ),
    ]
    pdf.columns(blocks)
    pdf.signature("For the Licensor", "A. Zhanatov")
    pdf.signature("For the Licensee", "D. K. Serikbayev")
    return one(pdf, "copyright_agreement", "en", r)


@doc(32, "assignment-en-stacked-scan", "jpeg", dpi=220)
def _agr32():
    """English deed of assignment from the author: label above value."""
    pdf = new("en", 10.5, scan=True)
    r = Rec()
    pdf.doc_title("DEED OF ASSIGNMENT OF COPYRIGHT")
    pdf.labelled(
        [
            ("Deed No.", r("agreement_number", "DA-11/2026")),
            ("Date", r.date("agreement_date", D("2026-03-03"), "en_us")),
            ("Assignor (author)", r("grantor", "Bekov Arman Serikovich")),
            ("Assignee (new right holder)", r("grantee", KEREGE.en)),
            ("Assignee BIN", r.bin("grantee_bin", KEREGE.bin)),
            ("Work", r("object_title", "Kerege Fraud Monitor")),
        ],
        "stacked",
    )
    pdf.para(
        "The Assignor assigns to the Assignee, with full title guarantee, all exclusive property "
        "rights in the Work throughout the world for the full term of copyright."
    )
    pdf.signature("Assignor", "A. S. Bekov", stamp=False)
    pdf.signature("For the Assignee", "A. S. Nurgaliyeva")
    return one(pdf, "copyright_agreement", "en", r)


@doc(33, "licenziyalyq-shart-kk-inline-scan", "pdf_scan", dpi=200)
def _agr33():
    """Kazakh non-exclusive licence: label: value lines."""
    pdf = new("kk", 10.5, scan=True)
    r = Rec()
    pdf.doc_title(
        f"ЛИЦЕНЗИЯЛЫҚ ШАРТ № {r('agreement_number', '7-Л')}",
        "ЭЕМ-ге арналған бағдарламаны пайдалану құқығын беру туралы (айрықша емес лицензия)",
    )
    pdf.labelled(
        [
            ("Шарт жасалған күн", r.date("agreement_date", D("2026-02-12"), "kk_short")),
            ("Лицензиар", r("grantor", ZHETYSU.kk)),
            ("Лицензиардың БСН", ZHETYSU.bin),
            ("Лицензиат", r("grantee", AGRO.kk)),
            ("Лицензиаттың БСН", r.bin("grantee_bin", AGRO.bin)),
            ("Бағдарламаның атауы", r("object_title", "Агро Болжам")),
            ("Лицензия түрі", "айрықша емес"),
            ("Шарттың аяқталу күні", r.date("valid_until", D("2028-02-12"), "kk")),
        ],
        "inline",
    )
    pdf.para(
        "Лицензиар Лицензиатқа Бағдарламаны Қазақстан Республикасының аумағында өз қажеттіліктері "
        "үшін пайдалану құқығын береді. Лицензиялық сыйақы жылына 1 800 000 теңге."
    )
    pdf.signature("Лицензиар", "Мусин А. К.")
    pdf.signature("Лицензиат", "Қасымов Н. Е.")
    return one(pdf, "copyright_agreement", "kk", r)


@doc(34, "dogovor-ru-author-inline")
def _agr34():
    """Russian author's contract: «Обладатель исключительных имущественных прав» names the grantee."""
    pdf = new("ru", 10.5, footer_lines=bank_footer(KOZ, BANK_HALYQ, "ru", "KZ55 601 0004 5566 7788"))
    r = Rec()
    pdf.bilingual_head(
        [KOZ.kk, "Астана қ., Мәңгілік Ел даңғылы, 55/21"], [KOZ.ru, "г. Астана, пр. Мангилик Ел, 55/21"]
    )
    pdf.doc_title(
        f"АВТОРСКИЙ ДОГОВОР № {r('agreement_number', '2/2026')}",
        "о передаче исключительных имущественных прав на программу для ЭВМ",
    )
    pdf.labelled(
        [
            ("Дата заключения", r.date("agreement_date", D("2026-02-10"), "slash")),
            ("Автор", r("grantor", "Оспанов Данияр Муратович")),
            ("ИИН автора", bin_of("90021130045")),
            ("Обладатель исключительных имущественных прав после передачи", r("grantee", KOZ.ru)),
            ("БИН", r.bin("grantee_bin", KOZ.bin)),
            ("Наименование программы для ЭВМ", r("object_title", "Көз Скрин")),
        ],
        "inline",
    )
    pdf.para(
        "1. Автор передаёт, а Товарищество принимает исключительные имущественные права на "
        "программу для ЭВМ в полном объёме на весь срок действия авторского права."
    )
    pdf.para("2. Личные неимущественные права остаются за Автором.")
    pdf.para("3. Вознаграждение Автора — 1 200 000 тенге, выплачивается единовременно.")
    pdf.signature("Автор", "Оспанов Д. М.", stamp=False)
    pdf.signature("Директор", "Ахметжанова Л. Б.")
    return one(pdf, "copyright_agreement", "ru", r)


# =========================================================================== audit conclusions

COVERS = {
    "ru": (
        "Проведена оценка качества и законности данных, использованных для обучения системы.",
        "Подтверждено отсутствие у системы функций, запрещённых Законом Республики Казахстан "
        "«Об искусственном интеллекте».",
    ),
    "kk": (
        "Жүйені оқытуға пайдаланылған деректердің сапасы мен заңдылығы бағаланды.",
        "Жүйеде «Жасанды интеллект туралы» Қазақстан Республикасының Заңымен тыйым салынған "
        "функциялардың жоқтығы тексерілді.",
    ),
    "en": (
        "We assessed the quality and lawfulness of the data used to train the system.",
        "We confirmed that the system has none of the functions prohibited by the Law of the "
        "Republic of Kazakhstan «On Artificial Intelligence».",
    ),
}


def covers(r: Rec, lang: str, training: bool = True, prohibited: bool = True) -> str:
    """The scope statements: each sets its own flag."""
    parts = []
    if training:
        parts.append(r.flag("covers_training_data", COVERS[lang][0]))
    if prohibited:
        parts.append(r.flag("covers_prohibited_functions", COVERS[lang][1]))
    return " ".join(parts)


def auditor_footer(co: Co, lang: str) -> list[str]:
    text = {
        "ru": f"{co.ru} · БИН {co.bin} · Аккредитован в реестре аудиторов систем ИИ · "
        f"Банк: {BANK_HALYQ.ru}, БИН {BANK_HALYQ.bin}",
        "kk": f"{co.kk} · БСН {co.bin} · Банк: {BANK_HALYQ.kk}, БСН {BANK_HALYQ.bin}",
        "en": f"{co.en} · BIN {co.bin} · Bank: {BANK_STEPPE.en}, BIN {BANK_STEPPE.bin}",
    }
    return [text[lang]]


@doc(35, "zaklyuchenie-ru-table")
def _aud35():
    """Russian card in a ruled table; «соответствует требованиям»; the developer is named too."""
    pdf = new("ru", 10.5, footer_lines=auditor_footer(PARASAT, "ru"))
    r = Rec()
    pdf.letterhead(PARASAT.ru, ["г. Алматы, ул. Кабанбай батыра, 112, офис 7", "Член Палаты аудиторов РК"])
    pdf.doc_title(
        f"АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ № {r('conclusion_number', 'АЗ-017/26')}",
        "по результатам аудита системы искусственного интеллекта высокой степени риска",
    )
    pdf.grid_table(
        [
            ("Дата выдачи заключения", r.date("conclusion_date", D("2026-02-19"), "iso")),
            ("Аудиторская организация", r("auditor_name", PARASAT.ru)),
            ("БИН аудиторской организации", r.bin("auditor_bin", PARASAT.bin)),
            ("Объект аудита (система ИИ)", r("system_name", "Сарыарқа Скоринг")),
            ("Версия", r("system_version", "3.2.1")),
            ("Владелец системы (аудируемое лицо)", r("system_owner", SARY.ru)),
            ("БИН владельца", r.bin("system_owner_bin", SARY.bin)),
            ("Разработчик программного обеспечения", f"{NOMAD.ru}, БИН {NOMAD.bin}"),
            ("Вывод аудитора", "система соответствует требованиям законодательства Республики Казахстан"),
            ("Срок действия заключения", "до " + r.date("valid_until", D("2027-02-19"), "dot")),
        ],
        widths=(40, 60),
    )
    r("result", "positive")
    pdf.para(covers(r, "ru"))
    pdf.signature("Директор, аудитор ИИ", "Ермекова Д. С.")
    return one(pdf, "audit_conclusion", "ru", r)


@doc(36, "zaklyuchenie-ru-narrative-2pages", pages=2)
def _aud36():
    """Russian narrative report; the verdict, scope and validity are on page 2."""
    pdf = new("ru", 11, face="serif", footer_lines=auditor_footer(TEKSERU, "ru"))
    r = Rec()
    pdf.letterhead(TEKSERU.ru, ["010000, г. Астана, ул. Кунаева, 10, БЦ «Изумрудный квартал»"])
    pdf.doc_title(
        "ЗАКЛЮЧЕНИЕ",
        f"по результатам аудита системы искусственного интеллекта № {r('conclusion_number', 'ТО-2026/014')}",
    )
    pdf.two_sides("г. Астана", r.date("conclusion_date", D("2026-02-27"), "ru_quoted"))
    pdf.para(
        f"{r('auditor_name', TEKSERU.ru)} (БИН {r.bin('auditor_bin', TEKSERU.bin)}) на основании "
        f"договора с {r('system_owner', TRANZ.ru)} (БИН {r.bin('system_owner_bin', TRANZ.bin)}) "
        "провело аудит системы искусственного интеллекта "
        f"«{r('system_name', 'Транзит Поток')}», версия {r('system_version', '2.0.3')}."
    )
    for head, text in [
        (
            "1. Основание и цель аудита",
            "Аудит проведён в соответствии с Правилами проведения аудита "
            "систем искусственного интеллекта высокой степени риска. Целью аудита является оценка "
            "соответствия системы требованиям законодательства. " + LOREM_RU,
        ),
        (
            "2. Методология",
            "Аудиторы изучили проектную и эксплуатационную документацию, провели "
            "интервью с разработчиками и операторами, выполнили независимое тестирование модели на "
            "контрольной выборке из 12 400 наблюдений и проверили журналы событий за шесть месяцев. "
            + LOREM_RU,
        ),
        (
            "3. Архитектура и эксплуатация",
            "Система развёрнута в центре обработки данных Общества; "
            "модель переобучается ежеквартально, каждая версия проходит приёмочное тестирование. "
            "Доступ к системе разграничен по ролям, журналы хранятся не менее трёх лет. " + LOREM_RU,
        ),
        (
            "4. Результаты тестирования",
            "Точность прогноза на контрольной выборке составила 91,4 %, "
            "что соответствует заявленным характеристикам. Существенных отклонений от документации "
            "не обнаружено. " + LOREM_RU,
        ),
    ]:
        pdf.heading(head)
        pdf.para(text)
    pdf.next_page()
    pdf.heading("5. Оценка данных и запрещённых функций")
    pdf.para(covers(r, "ru"))
    pdf.heading("6. Вывод")
    r("result", "positive")
    pdf.para(
        "По итогам аудита система соответствует требованиям, предъявляемым к системам "
        "искусственного интеллекта высокой степени риска, и рекомендуется к включению в перечень "
        "доверенных систем искусственного интеллекта высокой степени риска."
    )
    until = r.date("valid_until", D("2027-02-27"), "ru")
    pdf.para(f"Заключение действительно до {until}")
    pdf.signature("Генеральный директор", "Абенов К. Т.")
    pdf.signature("Аудитор систем ИИ", "Жолдасова М. Е.", stamp=False)
    return one(pdf, "audit_conclusion", "ru", r)


@doc(37, "qorytyndy-kk-inline-scan", "pdf_scan", dpi=220)
def _aud37():
    """Kazakh card, label: value lines, «оң»."""
    pdf = new("kk", 10.5, scan=True)
    r = Rec()
    pdf.letterhead(ALGO.kk, ["Алматы қ., Достық даңғ., 180"])
    pdf.doc_title(
        f"АУДИТОРЛЫҚ ҚОРЫТЫНДЫ № {r('conclusion_number', 'KAA-26/09')}",
        "жоғары тәуекелді ЖИ жүйесінің аудиті бойынша",
    )
    r("result", "positive")
    pdf.labelled(
        [
            ("Қорытынды берілген күн", r.date("conclusion_date", D("2026-02-24"), "kk")),
            ("Аудитор", r("auditor_name", ALGO.kk)),
            ("Аудитордың БСН", r.bin("auditor_bin", ALGO.bin)),
            ("ЖИ жүйесі", r("system_name", "Оқу Көмекші")),
            ("Нұсқасы", r("system_version", "1.2")),
            ("Жүйе иесі", r("system_owner", BILIM.kk)),
            ("Жүйе иесінің БСН", r.bin("system_owner_bin", BILIM.bin)),
            ("Аудит нәтижесі", "оң"),
            ("Қорытындының жарамдылық мерзімі", r.date("valid_until", D("2027-02-24"), "dot")),
        ],
        "inline",
    )
    pdf.para(covers(r, "kk"))
    pdf.para("Жүйе жоғары тәуекелді жасанды интеллект жүйелеріне қойылатын талаптарға сәйкес келеді.")
    pdf.signature("Директор", "Серікбаев Н. А.")
    return one(pdf, "audit_conclusion", "kk", r)


@doc(38, "audit-conclusion-en-stacked")
def _aud38():
    """English card, label above value, «meets the requirements», bank in the footer."""
    pdf = new("en", 10.5, footer_lines=auditor_footer(EURASIA, "en"), pages="slash")
    r = Rec()
    pdf.letterhead(
        EURASIA.en,
        ["Esentai Tower, 77/7 Al-Farabi Ave., Almaty", "A member firm of Eurasia Assurance Network"],
    )
    pdf.doc_title("AUDIT CONCLUSION", "on a high-risk artificial intelligence system")
    r("result", "positive")
    pdf.labelled(
        [
            ("Conclusion No.", r("conclusion_number", "EAP/AI/2026-031")),
            ("Date of issue", r.date("conclusion_date", D("2026-03-10"), "en")),
            ("Audit firm", r("auditor_name", EURASIA.en)),
            ("Audit firm BIN", r.bin("auditor_bin", EURASIA.bin)),
            ("System audited", r("system_name", "GridSense Forecast")),
            ("Version", r("system_version", "4.1.0")),
            ("System owner (audited entity)", r("system_owner", GRID.en)),
            ("Owner BIN", r.sbin("system_owner_bin", GRID.bin)),
            ("Overall opinion", "the system meets the requirements for trusted high-risk AI systems"),
            ("Valid until", r.date("valid_until", D("2027-03-10"), "en")),
        ],
        "stacked",
    )
    pdf.para(covers(r, "en"))
    pdf.signature("Engagement Partner", "Aliya R. Mukhametova")
    return one(pdf, "audit_conclusion", "en", r)


@doc(39, "zaklyuchenie-ru-negative-table-scan", "png", dpi=200)
def _aud39():
    """Russian, negative («не соответствует»), only the training data assessed, no validity date."""
    pdf = new("ru", 10, scan=True)
    r = Rec()
    pdf.letterhead(DTA.ru, ["г. Алматы, пр. Назарбаева, 240Г"])
    pdf.doc_title(
        f"ЗАКЛЮЧЕНИЕ № {r('conclusion_number', 'DTA-26/051')}",
        "по результатам аудита системы искусственного интеллекта",
    )
    r("result", "negative")
    pdf.grid_table(
        [
            ("Дата", r.date("conclusion_date", D("2026-03-18"), "dot")),
            ("Аудитор", r("auditor_name", DTA.ru)),
            ("БИН аудитора", r.bin("auditor_bin", DTA.bin)),
            ("Система", r("system_name", "Kerege Fraud Monitor")),
            ("Версия", r("system_version", "5.0")),
            ("Владелец системы", r("system_owner", KEREGE.ru)),
            ("БИН владельца системы", r.bin("system_owner_bin", KEREGE.bin)),
            ("Вывод", "система не соответствует требованиям (отрицательное заключение)"),
        ],
        widths=(35, 65),
    )
    pdf.para(covers(r, "ru", prohibited=False))
    pdf.para(
        "Выявлены нарушения: отсутствует процедура пересмотра решений системы работником банка; "
        "журнал событий не позволяет восстановить основания блокировки операций."
    )
    pdf.signature("Директор", "Ли А. В.")
    return one(pdf, "audit_conclusion", "ru", r)


@doc(40, "audit-conclusion-en-negative-scan", "jpeg", dpi=250)
def _aud40():
    """English narrative, «does not meet», US date."""
    pdf = new("en", 10.5, scan=True)
    r = Rec()
    pdf.letterhead(ALGO.en, ["180 Dostyk Ave., Almaty"])
    pdf.doc_title("INDEPENDENT AUDITOR'S CONCLUSION", f"No. {r('conclusion_number', 'KAA-26/012')}")
    pdf.two_sides("Almaty", r.date("conclusion_date", D("2026-03-04"), "en_us"))
    pdf.para(
        f"{r('auditor_name', ALGO.en)} (BIN {r.bin('auditor_bin', ALGO.bin)}) has audited the AI "
        f"system {r('system_name', 'MedVision CT')}, version {r('system_version', '1.4')}, owned by "
        f"{r('system_owner', MEDV.en)} (BIN {r.bin('system_owner_bin', MEDV.bin)})."
    )
    r("result", "negative")
    pdf.para(
        "In our opinion, the system does not meet the requirements for high-risk AI systems: the "
        "false-negative rate on the validation set exceeds the limit declared by the owner, and "
        "radiologists cannot see why a region was flagged."
    )
    pdf.para("The owner may request a repeat audit after the findings are remedied.")
    pdf.signature("Director", "N. A. Serikbayev")
    return one(pdf, "audit_conclusion", "en", r)


@doc(41, "qorytyndy-kk-negative-table")
def _aud41():
    """Kazakh, negative («сәйкес келмейді»), ruled table with wrapping labels."""
    pdf = new("kk", 10.5, footer_lines=auditor_footer(TEKSERU, "kk"))
    r = Rec()
    pdf.letterhead(TEKSERU.kk, ["Астана қ., Қонаев к-сі, 10"])
    pdf.doc_title("АУДИТОРЛЫҚ ҚОРЫТЫНДЫ", "жасанды интеллект жүйесінің аудиті нәтижелері бойынша")
    r("result", "negative")
    pdf.grid_table(
        [
            ("Қорытындының нөмірі", r("conclusion_number", "ТО-2026/021")),
            ("Қорытынды күні", r.date("conclusion_date", D("2026-03-16"), "kk_q")),
            ("Аудиторлық ұйымның атауы", r("auditor_name", TEKSERU.kk)),
            ("Аудиторлық ұйымның бизнес-сәйкестендіру нөмірі", r.bin("auditor_bin", TEKSERU.bin)),
            ("Аудиттелген жасанды интеллект жүйесі", r("system_name", "Агро Болжам")),
            ("Жүйенің нұсқасы", r("system_version", "0.9.7")),
            ("Жүйе иесі", r("system_owner", AGRO.kk)),
            ("Аудит нәтижесі", "теріс: жүйе талаптарға сәйкес келмейді"),
        ],
        widths=(42, 58),
    )
    pdf.para(covers(r, "kk"))
    pdf.para(
        "Оқыту деректерінің бір бөлігі олардың иелерінің келісімінсіз алынған; модель шешімдерін "
        "адамның қайта қарау рәсімі бекітілмеген."
    )
    pdf.signature("Бас директор", "Әбенов Қ. Т.")
    return one(pdf, "audit_conclusion", "kk", r)


@doc(42, "zaklyuchenie-ru-inline-phone", "jpeg", dpi=200, effect="phone")
def _aud42():
    """Russian, «замечаний не выявлено», photographed with a phone."""
    pdf = new("ru", 10.5, scan=True)
    r = Rec()
    pdf.letterhead(PARASAT.ru, ["г. Алматы, ул. Кабанбай батыра, 112, офис 7"])
    pdf.doc_title(f"АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ № {r('conclusion_number', 'АЗ-023/26')}")
    pdf.labelled(
        [
            ("Дата", r.date("conclusion_date", D("2026-03-02"), "ru")),
            ("Аудитор", r("auditor_name", PARASAT.ru)),
            ("БИН", r.bin("auditor_bin", PARASAT.bin)),
            ("Система ИИ", r("system_name", "Дала Патруль")),
            ("Версия", r("system_version", "1.1.0")),
            ("Владелец", r("system_owner", DALA.ru)),
            ("БИН владельца", r.bin("system_owner_bin", DALA.bin)),
        ],
        "inline",
    )
    pdf.para(covers(r, "ru"))
    r("result", "positive")
    pdf.para("По результатам аудита замечаний не выявлено.", style="B")
    pdf.para(f"Заключение действительно до {r.date('valid_until', D('2027-03-02'), 'dot')}.")
    pdf.signature("Директор", "Ермекова Д. С.")
    return one(pdf, "audit_conclusion", "ru", r)


@doc(43, "zaklyuchenie-ru-stacked-upside-down", "pdf_scan", dpi=200, effect="rot180")
def _aud43():
    """Russian, label above value, «положительное», the page scanned upside down."""
    pdf = new("ru", 10.5, scan=True)
    r = Rec()
    pdf.letterhead(DTA.ru, ["г. Алматы, пр. Назарбаева, 240Г"])
    pdf.doc_title(
        "ЗАКЛЮЧЕНИЕ ПО РЕЗУЛЬТАТАМ АУДИТА", "системы искусственного интеллекта высокой степени риска"
    )
    r("result", "positive")
    pdf.labelled(
        [
            (
                "Номер и дата",
                f"{r('conclusion_number', 'DTA-26/033')} от "
                f"{r.date('conclusion_date', D('2026-03-06'), 'slash')}",
            ),
            ("Аудиторская организация", f"{r('auditor_name', DTA.ru)}, БИН {r.bin('auditor_bin', DTA.bin)}"),
            (
                "Система искусственного интеллекта",
                f"{r('system_name', 'Көз Скрин')}, версия {r('system_version', '1.0.2')}",
            ),
            ("Владелец системы", r("system_owner", KOZ.ru)),
            ("Заключение", "положительное"),
            ("Действительно до", r.date("valid_until", D("2027-03-06"), "slash")),
        ],
        "stacked",
    )
    pdf.para(covers(r, "ru"))
    pdf.signature("Директор", "Ли А. В.")
    return one(pdf, "audit_conclusion", "ru", r)


@doc(44, "audit-conclusion-en-two-columns")
def _aud44():
    """English report in two columns; the owner is an individual entrepreneur (IIN)."""
    pdf = new("en", 9.5, footer_lines=auditor_footer(EURASIA, "en"))
    r = Rec()
    pdf.letterhead(EURASIA.en, ["Esentai Tower, 77/7 Al-Farabi Ave., Almaty"])
    pdf.doc_title(
        f"AUDIT CONCLUSION No. {r('conclusion_number', 'EAP/AI/2026-044')}",
        f"Almaty, {r.date('conclusion_date', D('2026-03-31'), 'en_ord')}",
    )
    r("result", "positive")
    until = r.date("valid_until", D("2027-03-31"), "en_us")
    blocks = [
        ("h", "1. Engagement"),
        (
            "p",
            f"{r('auditor_name', EURASIA.en)} (BIN {r.bin('auditor_bin', EURASIA.bin)}) was engaged by "
            f"{r('system_owner', 'Individual Entrepreneur Bauyrzhan Akhmetov')} (IIN "
            f"{r.bin('system_owner_bin', AKHMETOV_IIN)}) to audit the AI system "
            f"{r('system_name', 'Kadr Taldau')}, version {r('system_version', '2.3')}.",
        ),
        ("h", "2. Scope"),
        (
            "p",
            "We reviewed the technical documentation, the risk register, the logs of the last "
            "three months and the procedure by which recruiters confirm shortlists. " + covers(r, "en"),
        ),
        ("h", "3. Procedures"),
        (
            "p",
            "We re-performed the scoring of 2,000 anonymised CVs, compared selection rates across "
            "gender and age groups and interviewed the operator's staff.",
        ),
        ("h", "4. Opinion"),
        (
            "p",
            "In our opinion, the system complies in all material respects with the requirements "
            "for high-risk AI systems. Our conclusion is positive.",
        ),
        ("h", "5. Validity"),
        (
            "p",
            f"This conclusion remains valid until {until}, or until a new version of the system "
            "is put into service, whichever is earlier.",
        ),
    ]
    pdf.columns(blocks)
    pdf.signature("Engagement Partner", "Aliya R. Mukhametova")
    return one(pdf, "audit_conclusion", "en", r)


@doc(45, "zaklyuchenie-ru-negative-inline-scan", "pdf_scan", dpi=250, skew=3.0)
def _aud45():
    """Russian, «Заключение: отрицательное», only the prohibited functions assessed."""
    pdf = new("ru", 10.5, scan=True)
    r = Rec()
    pdf.letterhead(ALGO.ru, ["г. Алматы, пр. Достык, 180"])
    pdf.doc_title(f"Аудиторское заключение № {r('conclusion_number', 'KAA-26/019')}")
    pdf.labelled(
        [
            ("Дата составления", r.date("conclusion_date", D("2026-04-02"), "ru_q")),
            ("Наименование аудитора", r("auditor_name", ALGO.ru)),
            ("БИН аудитора", r.bin("auditor_bin", ALGO.bin)),
            ("Проверяемая система", r("system_name", "Тілші")),
            ("Версия", r("system_version", "2.2")),
            ("Владелец", r("system_owner", TIL.ru)),
        ],
        "inline",
    )
    pdf.para(covers(r, "ru", training=False))
    r("result", "negative")
    pdf.para(
        "Качество обучающих данных оценить не удалось: владелец не представил сведения об их "
        "происхождении. Заключение: отрицательное."
    )
    pdf.signature("Директор", "Серикбаев Н. А.")
    return one(pdf, "audit_conclusion", "ru", r)


# =========================================================================== other documents


@doc(46, "doverennost-ru")
def _other46():
    """A power of attorney: names the applicant, its BIN, the system and the audit, but is none of them."""
    pdf = new(
        "ru", 11, face="serif", footer_lines=bank_footer(MEDV, BANK_HALYQ, "ru", "KZ03 601 0005 1234 0099")
    )
    pdf.doc_title("ДОВЕРЕННОСТЬ № 14")
    pdf.two_sides("г. Алматы", fdate(D("2026-02-25"), "ru_long"))
    pdf.para(
        f"{MEDV.ru} (БИН {MEDV.bin}), в лице директора Байжанова Тимура Руслановича, действующего "
        "на основании Устава, настоящей доверенностью уполномочивает Абенову Сауле Каримовну "
        "(удостоверение личности № 048123456, выдано МВД РК 12.06.2019) представлять интересы "
        "Товарищества в Министерстве здравоохранения Республики Казахстан по вопросу включения "
        "системы искусственного интеллекта «MedVision CT» версии 1.4 в перечень доверенных систем "
        "искусственного интеллекта высокой степени риска."
    )
    pdf.para(
        "Для этого представитель вправе подавать и подписывать заявление, представлять "
        "свидетельство о внесении сведений в государственный реестр прав на объекты, охраняемые "
        "авторским правом, авторские и лицензионные договоры, получать аудиторское заключение и "
        "уведомления, а также совершать иные действия, связанные с выполнением настоящего поручения."
    )
    pdf.para("Доверенность выдана сроком до 31.12.2026 без права передоверия.")
    pdf.para("Подпись Абеновой С. К. ______________ удостоверяю.")
    pdf.signature("Директор", "Байжанов Т. Р.")
    return one(pdf, "other", "ru", None)


@doc(47, "senimhat-kk-scan", "png", dpi=200)
def _other47():
    """A Kazakh power of attorney (сенімхат), label: value lines, scanned."""
    pdf = new("kk", 10.5, scan=True)
    pdf.letterhead(TIL.kk, ["Астана қ., Сығанақ к-сі, 18"])
    pdf.doc_title("СЕНІМХАТ № 3")
    pdf.labelled(
        [
            ("Берілген жері мен күні", f"Астана қ., {fdate(D('2026-03-10'), 'kk')}"),
            ("Сенім білдіруші", f"{TIL.kk}, БСН {TIL.bin}"),
            ("Сенім білдірілген адам", "Жақсыбекова Әйгерім Серікқызы, ЖСН " + bin_of("95071240033")),
            ("Жарамдылық мерзімі", "31.12.2026 дейін"),
        ],
        "inline",
    )
    pdf.para(
        "Сенім білдірілген адамға «Тілші» жасанды интеллект жүйесін сенімді жүйелер тізбесіне "
        "енгізу туралы өтінішті беруге, аудиторлық қорытындыны және авторлық құқық туралы "
        "куәлікті ұсынуға, хабарламаларды алуға өкілеттік беріледі."
    )
    pdf.signature("Директор", "Тілеубердиев А. М.")
    return one(pdf, "other", "kk", None)


@doc(48, "cover-letter-en")
def _other48():
    """A covering letter listing the enclosures with their numbers and dates."""
    pdf = new("en", 11, footer_lines=bank_footer(KEREGE, BANK_STEPPE, "en", "KZ88 926 0009 8877 6655"))
    pdf.letterhead(KEREGE.en, ["115 Zheltoksan St., Almaty 050000"])
    pdf.labelled([("Our ref.", "KB-AI/2026/077"), ("Date", fdate(D("2026-05-04"), "en_us"))], "stacked")
    pdf.addressee(
        ["Agency for Regulation and Development", "of the Financial Market", "of the Republic of Kazakhstan"]
    )
    pdf.para("Re: Kerege Fraud Monitor, version 5.0", style="B", align="L")
    pdf.para("Dear Sirs,", align="L")
    pdf.para(
        "Please find enclosed our application of 30 April 2026 for the inclusion of Kerege Fraud "
        "Monitor in the list of trusted high-risk AI systems, together with the deed of assignment "
        "No. DA-11/2026 of 3 March 2026 and audit conclusion No. DTA-26/051 of 18 March 2026. A "
        "repeat audit is scheduled for June; we will forward the new conclusion as soon as it is issued."
    )
    pdf.para("Yours faithfully,", align="L")
    pdf.signature("Deputy Chair of the Management Board", "A. S. Nurgaliyeva")
    return one(pdf, "other", "en", None)


@doc(49, "vypiska-ru-bank-statement")
def _other49():
    """A bank statement: payments for the audit, the licence and the register fee."""
    pdf = new("ru", 10, pages="slash")
    pdf.letterhead(BANK_STEPPE.ru, [f"БИН {BANK_STEPPE.bin}, БИК STEPKZKA, г. Алматы, пр. Абая, 10"])
    pdf.doc_title("ВЫПИСКА ПО ТЕКУЩЕМУ СЧЁТУ", "за период с 01.02.2026 по 28.02.2026")
    pdf.labelled(
        [
            ("Клиент", SARY.ru),
            ("БИН клиента", SARY.bin),
            ("Счёт (ИИК)", "KZ45 926 0001 2345 6789, KZT"),
            ("Входящий остаток", "18 402 155,20"),
        ],
        "inline",
    )
    pdf.header_table(
        ("Дата", "Документ", "Контрагент", "Назначение платежа", "Дебет", "Кредит"),
        [
            (
                "03.02.2026",
                "п/п 211",
                f"{PARASAT.ru}, БИН {PARASAT.bin}",
                "Оплата по договору № 12-А от 15.01.2026 за аудит системы ИИ «Сарыарқа Скоринг»",
                "3 360 000,00",
                "",
            ),
            (
                "09.02.2026",
                "п/п 214",
                f"{KEREGE.ru}, БИН {KEREGE.bin}",
                "Лицензионное вознаграждение по договору № 15-НЛ от 05.02.2026",
                "",
                "2 400 000,00",
            ),
            (
                "17.02.2026",
                "п/п 230",
                f"РГП на ПХВ «НИИС», БИН {KAZPATENT_BIN}",
                "Оплата за внесение сведений в реестр прав на объекты авторского права",
                "28 300,00",
                "",
            ),
            (
                "26.02.2026",
                "п/п 241",
                f"{NOMAD.ru}, БИН {NOMAD.bin}",
                "Доработка модуля скоринга, акт № 7",
                "1 150 000,00",
                "",
            ),
        ],
        widths=(17, 10, 25, 30, 15, 15),
    )
    pdf.labelled([("Исходящий остаток", "16 263 855,20")], "inline")
    pdf.para("Выписка сформирована в системе интернет-банкинга и не требует подписи и печати.", style="I")
    return one(pdf, "other", "ru", None)


@doc(50, "shot-schet-invoice-scan", "jpeg", dpi=220)
def _other50():
    """A bilingual invoice for the audit (Шот / Счёт на оплату)."""
    pdf = new("kk", 9.5, scan=True)
    pdf.bilingual_head(
        [TEKSERU.kk, f"БСН {TEKSERU.bin}", "Астана қ., Қонаев к-сі, 10"],
        [TEKSERU.ru, f"БИН {TEKSERU.bin}", "г. Астана, ул. Кунаева, 10"],
    )
    pdf.doc_title("ТӨЛЕМГЕ ШОТ № 118 / СЧЁТ НА ОПЛАТУ № 118", f"{fdate(D('2026-02-20'), 'dot')}")
    pdf.labelled(
        [
            ("Жеткізуші / Поставщик", f"{TEKSERU.ru}, ЖСК / ИИК KZ66 601 0007 1100 2200, {BANK_HALYQ.ru}"),
            ("Сатып алушы / Покупатель", f"{TRANZ.ru}, БИН {TRANZ.bin}"),
            ("Шарт / Договор", "№ 44-А от 02.02.2026"),
        ],
        "inline",
    )
    pdf.header_table(
        ("№", "Атауы / Наименование", "Саны / Кол-во", "Сомасы / Сумма, тг"),
        [
            (
                "1",
                "«Транзит Поток» 2.0.3 жасанды интеллект жүйесінің аудиті / "
                "Аудит системы ИИ «Транзит Поток» 2.0.3",
                "1",
                "4 200 000,00",
            ),
            ("2", "Аудиторлық қорытындыны ресімдеу / Оформление аудиторского заключения", "1", "280 000,00"),
        ],
        widths=(6, 60, 14, 20),
    )
    pdf.para("Барлығы / Итого: 4 480 000,00 тг, оның ішінде ҚҚС / в т.ч. НДС 12 %: 480 000,00 тг", style="B")
    pdf.signature("Бас бухгалтер / Главный бухгалтер", "Нұрланова Г. Е.")
    return one(pdf, "other", "mixed", None)


# =========================================================================== scanning


def _phone_photo(page: Image.Image, rng: random.Random) -> Image.Image:
    """A page photographed on a desk: dark margins, keystone, a light gradient, warm tint."""
    w, h = page.size
    margin = int(w * 0.05)
    desk = Image.new("L", (w + 2 * margin, h + 2 * margin), rng.randint(60, 90))
    desk.paste(page, (margin, margin))
    big_w, big_h = desk.size

    def jitter(scale: float) -> float:
        return rng.uniform(0.4, 1.0) * scale * big_w

    # QUAD maps this source quadrilateral (UL, LL, LR, UR) onto the whole output: the page's top
    # edge comes out narrower than its bottom, as when the phone is tilted towards the reader.
    quad = (
        -jitter(0.03),
        -jitter(0.01),
        jitter(0.004),
        big_h + jitter(0.006),
        big_w - jitter(0.004),
        big_h + jitter(0.008),
        big_w + jitter(0.03),
        -jitter(0.012),
    )
    photo = desk.transform((big_w, big_h), Image.Transform.QUAD, quad, Image.Resampling.BICUBIC, fillcolor=70)
    yy, xx = np.mgrid[0:big_h, 0:big_w].astype(np.float32)
    cx, cy = rng.uniform(0.1, 0.4) * big_w, rng.uniform(0.05, 0.3) * big_h
    dist = np.hypot(xx - cx, yy - cy) / np.hypot(big_w, big_h)
    light = 1.05 - rng.uniform(0.45, 0.6) * dist  # bright near the lamp, dim in the far corner
    noise = np.random.default_rng(rng.randrange(2**32))
    grey = np.asarray(photo, dtype=np.float32) * light + noise.normal(0.0, 4.0, light.shape)
    grey = np.clip(grey, 0, 255)
    rgb = np.stack([grey, grey * 0.96, grey * 0.86], axis=-1)  # incandescent light
    image = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), mode="RGB")
    return image.filter(ImageFilter.GaussianBlur(radius=rng.uniform(0.7, 1.0)))


def scan(pdf_bytes: bytes, d: Doc, rng: random.Random) -> bytes:
    """One page of ``pdf_bytes`` as the scanner or phone of ``d`` would deliver it."""
    (page,) = render_pages(pdf_bytes, d.dpi)
    if d.effect == "phone":
        image = _phone_photo(degrade(page, rng, 3.0, skew=(0.4, 1.2), blur=(0.4, 0.8)), rng)
    else:
        image = degrade(page, rng, 0.0 if d.form == "png" else 6.0, skew=(0.4, d.skew), blur=(0.4, 0.8))
    if d.effect == "rot90":
        image = image.rotate(90, expand=True)
    elif d.effect == "rot180":
        image = image.rotate(180)
    if d.form == "png":
        return encode(image.quantize(16, dither=Image.Dither.NONE).convert("L"), "PNG", 0, d.dpi)
    if d.form == "jpeg":
        return encode(image, "JPEG", rng.randint(60, 80), d.dpi)
    return _image_pdf([encode(image, "JPEG", rng.randint(62, 75), d.dpi)])


# =========================================================================== writing the set


def render(d: Doc) -> tuple[bytes, bytes]:
    """The document's bytes and its expected JSON."""
    pdf, entries = d.build()
    data = pdf.to_bytes()
    assert page_count(data) == d.pages, f"{d.file}: {page_count(data)} pages, expected {d.pages}"
    if d.pages > 1:
        on_last = " ".join(page_text(data, d.pages - 1).split())
        values = [v for e in entries for v in e.fields.values() if isinstance(v, str)]
        assert any(" ".join(v.split()) in on_last for v in values), f"{d.file}: no field on the last page"
    if d.form != "text":
        assert d.pages == 1, f"{d.file}: scans are one page"
        data = scan(data, d, random.Random(d.stem))  # str seeds hash with SHA-512: stable
    text_source = "text_layer" if d.form == "text" else "ocr"
    documents = []
    for e in entries:
        known = FIELDS.get(e.type, ())
        unknown = set(e.fields) - set(known)
        assert not unknown, f"{d.file}: not SPEC fields of {e.type}: {unknown}"
        fields = {name: e.fields[name] for name in known if name in e.fields}
        documents.append(
            {
                "file": d.file,
                "type": e.type,
                "text_source": text_source,
                "language": e.language,
                "fields": fields,
            }
        )
    body = json.dumps({"documents": documents}, ensure_ascii=False, indent=2) + "\n"
    return data, body.encode()


def page_text(pdf_bytes: bytes, index: int) -> str:
    document = pdfium.PdfDocument(pdf_bytes)
    try:
        return document[index].get_textpage().get_text_range()
    finally:
        document.close()


def catalogue() -> list[Doc]:
    numbers = [d.nn for d in CATALOGUE]
    assert numbers == sorted(set(numbers)), "document numbers must be unique and in order"
    return list(CATALOGUE)


def generate(out_dir: Path) -> list[Doc]:
    out_dir.mkdir(parents=True, exist_ok=True)
    docs = catalogue()
    for d in docs:
        data, expected = render(d)
        (out_dir / d.file).write_bytes(data)
        (out_dir / f"{d.stem}{EXPECTED_SUFFIX}").write_bytes(expected)
    return docs


def main() -> None:
    if LABELLED_DIR.exists():
        shutil.rmtree(LABELLED_DIR)
    for d in generate(LABELLED_DIR):
        print(f"{d.file}: {d.form}{' ' + d.effect if d.effect else ''}")


if __name__ == "__main__":
    main()
