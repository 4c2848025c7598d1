"""A thin fpdf2 wrapper with the building blocks of Kazakh office paperwork.

Letterheads, titles, the three label layouts (inline, stacked, ruled table),
signature blocks with an «М.П.» stamp and page numbers. Output is byte-stable:
the creation date is fixed and fpdf2 derives the file id from the content.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import AccessPermission, EncryptionMethod, XPos, YPos

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_FILES = {
    "sans": {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"},
    "serif": {"": "DejaVuSerif.ttf", "B": "DejaVuSerif-Bold.ttf", "I": "DejaVuSerif-Italic.ttf"},
}
PAGE_LABEL = {"ru": "Страница {n} из {nb}", "kk": "{n}-бет, барлығы {nb}", "en": "Page {n} of {nb}"}
STAMP_TEXT = {"ru": "М.П.", "kk": "М.О.", "en": "Seal"}
# A fixed timestamp: fpdf2 would otherwise write "now" and break byte-identical regeneration.
CREATION_DATE = datetime(2026, 1, 1, tzinfo=UTC)


class DocPdf(FPDF):
    """One A4 document in one language and one typeface."""

    def __init__(self, lang: str, face: str = "sans", size: float = 11, grid: bool = True) -> None:
        super().__init__(format="A4")
        self.lang = lang  # fpdf2 also writes it as the catalog's /Lang
        self.language = lang
        self.grid = grid
        self.face = face
        self.base_size = size
        self.set_creation_date(CREATION_DATE)
        self.set_margins(22, 18, 18)
        self.set_auto_page_break(True, margin=20)
        for style, file in FONT_FILES[face].items():
            self.add_font(face, style, str(FONT_DIR / file))
        self.add_page()
        self.font()

    # -- page furniture ---------------------------------------------------------------
    def footer(self) -> None:
        self.set_y(-14)
        self.font(size=8)
        label = PAGE_LABEL[self.language].format(n=self.page_no(), nb=self.str_alias_nb_pages)
        self.cell(0, 5, label, align="C")

    def font(self, style: str = "", size: float | None = None) -> None:
        self.set_font(self.face, style, size or self.base_size)

    def line_break(self, h: float = 4) -> None:
        self.ln(h)

    def rule(self) -> None:
        y = self.get_y() + 1
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.ln(4)

    # -- text blocks ------------------------------------------------------------------
    def letterhead(self, name: str, lines: list[str], align: str = "L") -> None:
        """Company or institute header: bold name, smaller address lines, a rule."""
        self.font("B", self.base_size + 1)
        self.multi_cell(0, 6, name, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.font(size=self.base_size - 2)
        for line in lines:
            self.multi_cell(0, 4.5, line, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.rule()
        self.font()

    def addressee(self, lines: list[str]) -> None:
        """The "To: ..." block, pushed to the right half as Russian letters do."""
        self.font(size=self.base_size - 0.5)
        for line in lines:
            self.set_x(self.w / 2)
            self.multi_cell(0, 5, line, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.line_break(4)
        self.font()

    def doc_title(self, text: str, sub: str | None = None) -> None:
        self.font("B", self.base_size + 2)
        self.multi_cell(0, 7, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if sub:
            self.font(size=self.base_size)
            self.multi_cell(0, 5.5, sub, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.line_break(4)
        self.font()

    def para(self, text: str, align: str = "J", style: str = "") -> None:
        self.font(style)
        self.multi_cell(0, 5.6, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.line_break(2)
        self.font()

    def heading(self, text: str) -> None:
        self.line_break(1)
        self.font("B")
        self.multi_cell(0, 6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.font()

    def two_sides(self, left: str, right: str) -> None:
        """Place and date on one line, at both margins (the usual head of a contract)."""
        self.cell(0, 6, left, new_x=XPos.LMARGIN)
        self.cell(0, 6, right, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.line_break(3)

    # -- labelled values in the three layouts -------------------------------------------
    def labelled(self, rows: list[tuple[str, str]], layout: str) -> None:
        """Label/value pairs as "inline" (a), "stacked" (b) or a ruled "table" (c)."""
        {"inline": self._inline, "stacked": self._stacked, "table": self._table}[layout](rows)
        self.line_break(3)

    def _inline(self, rows: list[tuple[str, str]]) -> None:
        for label, value in rows:
            self.multi_cell(
                0,
                6,
                f"**{label}:** {value}",
                markdown=True,
                align="L",
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )

    def _stacked(self, rows: list[tuple[str, str]]) -> None:
        for label, value in rows:
            self.font(size=self.base_size - 1.5)
            self.multi_cell(0, 5, label, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.font("B")
            self.multi_cell(0, 6, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.line_break(1.5)
        self.font()

    def _table(self, rows: list[tuple[str, str]]) -> None:
        self.ruled_table(rows)

    def ruled_table(
        self,
        rows: list[tuple[str, str]],
        widths: tuple[int, int] = (40, 60),
        line_height: float = 6,
        padding: tuple[float, float] = (2.5, 3),
        bold_values: bool = False,
    ) -> None:
        """A two-column label | value table; long labels wrap onto more lines of their cell."""
        with self.table(
            col_widths=widths,
            first_row_as_headings=False,
            line_height=line_height,
            padding=padding,
            text_align="LEFT",
            # Tesseract drops whole rows of a fully gridded table once it is scanned, so
            # documents meant for scanning rule rows only, like many printed forms.
            borders_layout="ALL" if self.grid else "HORIZONTAL_LINES",
        ) as table:
            for label, value in rows:
                row = table.row()
                row.cell(label)
                row.cell(f"**{value}**" if bold_values else value)

    # -- signatures -------------------------------------------------------------------
    def signature(self, role: str, name: str, stamp: bool = True) -> None:
        """Role, a line to sign on, the name, and a round seal beside them."""
        self.line_break(6)
        y = self.get_y()
        self.font(size=self.base_size)
        self.multi_cell(70, 5.5, role, new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.set_xy(self.l_margin + 75, y + 4)
        self.cell(40, 5, "_" * 18)
        self.set_xy(self.l_margin + 120, y + 4)
        self.cell(0, 5, name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if stamp:
            self._stamp(self.l_margin + 82, y - 6)
        self.set_y(max(self.get_y(), y + 16))

    def _stamp(self, x: float, y: float) -> None:
        # Drawn in seal blue; on a scan it becomes a grey ring that OCR must ignore.
        self.set_draw_color(40, 70, 170)
        self.set_text_color(40, 70, 170)
        self.set_line_width(0.6)
        self.circle(x + 12, y + 12, 12)
        self.set_line_width(0.3)
        self.circle(x + 12, y + 12, 9.5)
        self.font("B", 8)
        self.set_xy(x, y + 9.5)
        self.cell(24, 5, STAMP_TEXT[self.language], align="C")
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_line_width(0.2)
        self.font()

    def protect(self, owner_password: str, user_password: str | None, seed: str) -> None:
        """AES-256 encryption: with a user password the file does not open without it; with
        only an owner password it opens freely and merely forbids copying and editing.

        fpdf2 draws the file key and salts from ``os.urandom``; this handler draws them from
        a seeded generator instead, so regeneration stays byte-identical. (qpdf cannot do
        that: its ``--static-id``/``--static-aes-iv`` still leave the AES-256 key random.)
        """
        permissions = AccessPermission.PRINT_LOW_RES | AccessPermission.PRINT_HIGH_RES
        self.set_encryption(owner_password, user_password, EncryptionMethod.AES_256, permissions)
        self._security_handler.get_random_bytes = random.Random(seed).randbytes
        # fpdf2 writes /Lang as a plain string even in an encrypted file, which strict
        # readers (pdfminer) fail to decrypt; a real encrypting writer encrypts every
        # string, so leave /Lang out rather than plant a defect nobody asked for.
        self.lang = None

    def to_bytes(self) -> bytes:
        return bytes(self.output())
