"""Hostile PDFs and images, made here byte by byte: each ends as a finding or a warning on
a report, in bounded time and memory, and nothing in them is run.

Covers issue 5 part 2: encryption (BND-04), damage (BND-06), page limits, decompression
bombs, active content, the per-page OCR time limit, garbage text layers, temporary files.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
import resource
import struct
import tempfile
import time
import zlib
from contextlib import closing
from pathlib import Path

import pytest
from fpdf import FPDF
from fpdf.enums import EncryptionMethod, TextMode
from PIL import Image, ImageDraw, ImageFont

import trustlist.extractors.ocr as ocr
import trustlist.extractors.text as text
from tests.ocr_text import REAL_TESSERACT, needs_tesseract
from trustlist.cli import main
from trustlist.core.models import BundleFile, FileText
from trustlist.core.report import Report
from trustlist.core.settings import Settings
from trustlist.extractors.ocr import TesseractEngine
from trustlist.extractors.preprocess import looks_sideways
from trustlist.extractors.text import PageRenderer, read_file, render_scale

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
APPLICATION = "Заявление о включении системы в перечень доверенных систем"


# --- making hostile files ---------------------------------------------------------------


def text_pdf(pages: int = 1, encrypt=None) -> bytes:
    """An ordinary PDF with a Cyrillic text layer on every page."""
    pdf = FPDF()
    pdf.add_font("dejavu", fname=FONT)
    pdf.set_font("dejavu", size=12)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.multi_cell(0, 8, f"{APPLICATION}, страница {number}")
    if encrypt:
        encrypt(pdf)
    return bytes(pdf.output())


def text_image(line: str = APPLICATION, size: tuple[int, int] = (1500, 200)) -> Image.Image:
    image = Image.new("L", size, 255)
    ImageDraw.Draw(image).text((40, 60), line, fill=0, font=ImageFont.truetype(FONT, 40))
    return image


def scanned_pdf(pages: int, hidden_text: str | None = None) -> bytes:
    """Image-only pages (a scan), optionally under an invisible text layer as OCR'd PDFs have."""
    pdf = FPDF(unit="pt", format=(360, 48))  # 1500x200 pixels at 300 dpi
    pdf.add_font("dejavu", fname=FONT)
    pdf.set_font("dejavu", size=12)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.image(text_image(f"{APPLICATION} {number}"), 0, 0, 360, 48)
        if hidden_text:
            pdf.text_mode = TextMode.INVISIBLE
            pdf.text(10, 30, hidden_text)
    return bytes(pdf.output())


def pdf_object_bytes(number: int, body: bytes) -> bytes:
    return b"%d 0 obj\n" % number + body + b"\nendobj\n"


def raw_pdf(objects: list[bytes], packed: dict[int, tuple[int, int]] | None = None) -> bytes:
    """A PDF of objects 1..n (1 is the catalog) with exact cross-references.

    ``packed`` maps objects kept in an object stream to (that stream, index); they
    need a cross-reference stream, which is then written instead of a table.
    """
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number, body in enumerate(objects, start=1):
        if number not in (packed or {}):
            offsets[number] = len(out)
            out += pdf_object_bytes(number, body)
    size = len(objects) + 1
    if packed is None:
        start = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size
        out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in range(1, size))
        out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % size
    else:
        start = len(out)
        rows = [struct.pack(">BIH", 0, 0, 65535)]
        for n in range(1, size + 1):
            kind, where, index = (2, *packed[n]) if n in packed else (1, offsets.get(n, start), 0)
            rows.append(struct.pack(">BIH", kind, where, index))
        data = b"".join(rows)
        out += pdf_object_bytes(
            size, stream(data, b"/Type /XRef /Size %d /W [1 4 2] /Root 1 0 R" % (size + 1))
        )
    out += b"startxref\n%d\n%%%%EOF\n" % start
    return bytes(out)


def stream(data: bytes, attrs: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), attrs) + data + b"\nendstream"


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
PAGE = (
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
    b"/Resources << /Font << /F1 5 0 R >> >> >>"
)
TEXT_CONTENT = stream(b"BT /F1 14 Tf 40 780 Td (Application for the list of trusted AI systems) Tj ET")


def one_page_pdf(catalog: bytes = b"", page: bytes = b"", extra: tuple[bytes, ...] = ()) -> bytes:
    """A one-page PDF with an English text layer; ``catalog`` and ``page`` add entries,
    ``extra`` objects are numbered from 6."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R " + catalog + b" >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            PAGE[:-2] + page + b" >>",
            TEXT_CONTENT,
            HELVETICA,
            *extra,
        ]
    )


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that declares width x height grey pixels and carries a few bytes of them."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(bytes(1000)))
        + chunk(b"IEND", b"")
    )


# --- reading them -----------------------------------------------------------------------


def bundle_file(name: str, data: bytes) -> BundleFile:
    return BundleFile(name=name, sha256=hashlib.sha256(data).hexdigest(), size=len(data), data=data)


def read(name: str, data: bytes, settings: Settings | None = None) -> FileText:
    settings = settings or Settings()
    engine = TesseractEngine(settings.ocr_languages, settings.ocr_page_timeout_s)
    return read_file(bundle_file(name, data), settings.reading, engine)


def check(capsys, tmp_path: Path, name: str, data: bytes) -> Report:
    """``trustlist check`` on a bundle of one file, as an agency would run it."""
    path = tmp_path / "health" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    assert main(["check", str(path), "--format", "json"]) == 0
    return Report.model_validate(json.loads(capsys.readouterr().out))


# --- 1. encryption ------------------------------------------------------------------------

METHODS = [EncryptionMethod.RC4, EncryptionMethod.AES_128, EncryptionMethod.AES_256]


@pytest.mark.parametrize("method", METHODS, ids=lambda m: m.name)
def test_a_user_password_is_bnd04(method):
    locked = text_pdf(encrypt=lambda pdf: pdf.set_encryption("owner-secret", "user-secret", method))
    result = read("locked.pdf", locked)
    assert result.problem.kind == "encrypted"
    assert "password" in result.problem.detail
    assert result.pages == []


@pytest.mark.parametrize("method", METHODS, ids=lambda m: m.name)
def test_an_owner_password_alone_only_restricts_and_the_text_is_read(method):
    restricted = text_pdf(pages=2, encrypt=lambda pdf: pdf.set_encryption("owner-secret", None, method, 0))
    result = read("restricted.pdf", restricted)
    assert result.problem is None
    assert [p.source for p in result.pages] == ["text_layer", "text_layer"]
    assert "Заявление о включении системы" in result.pages[1].text


def test_encryption_through_trustlist_check(capsys, tmp_path):
    locked = text_pdf(encrypt=lambda pdf: pdf.set_encryption("o", "u", EncryptionMethod.AES_256))
    report = check(capsys, tmp_path, "locked.pdf", locked)
    assert "BND-04" in report.failing_codes()
    assert report.outcome == "incomplete"
    assert report.documents[0].problem.startswith("BND-04")

    restricted = text_pdf(encrypt=lambda pdf: pdf.set_encryption("o", None, EncryptionMethod.AES_256, 0))
    report = check(capsys, tmp_path, "restricted.pdf", restricted)
    assert "BND-04" not in report.failing_codes()
    assert report.documents[0].problem is None and report.documents[0].text_source == "text_layer"


# --- 2. damage ----------------------------------------------------------------------------

GOOD = text_pdf(pages=3)
DAMAGED = {
    "cut_in_half": (GOOD[: len(GOOD) // 2], "the PDF cannot be parsed: PSEOF"),
    "garbage_after_header": (b"%PDF-1.7\n" + bytes(range(256)) * 40, "No /Root object"),
    "header_only": (b"%PDF-1.4\n", "No /Root object"),
    "empty_file": (b"", "No /Root object"),
    "zero_pages": (
        raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]),
        "the PDF has no pages",
    ),
    "page_tree_is_a_number": (raw_pdf([b"<< /Type /Catalog /Pages 7 >>"]), "PDFObjectNotFound"),
}


@pytest.mark.parametrize("name", DAMAGED)
def test_damaged_pdfs_are_bnd06_with_the_parsers_reason(name):
    data, reason = DAMAGED[name]
    result = read(f"{name}.pdf", data)
    assert result.problem.kind == "unreadable"
    assert reason in result.problem.detail


def test_a_truncated_pdf_through_trustlist_check(capsys, tmp_path):
    report = check(capsys, tmp_path, "truncated.pdf", GOOD[: len(GOOD) // 2])
    assert "BND-06" in report.failing_codes() and report.outcome == "incomplete"
    assert report.documents[0].problem.startswith("BND-06: the PDF cannot be parsed")


# --- 3. page limit ------------------------------------------------------------------------


def many_pages_pdf(pages: int) -> bytes:
    """Two pages with a text layer, then ``pages - 2`` blank ones that would need OCR."""
    kids = b" ".join(b"%d 0 R" % n for n in range(6, 6 + pages))
    page = PAGE.replace(b"4 0 R", b"%d 0 R")
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
            TEXT_CONTENT,
            stream(b""),
            HELVETICA,
            *[page % (3 if n < 2 else 4) for n in range(pages)],
        ]
    )


def test_pages_past_the_limit_are_never_parsed_or_rendered(monkeypatch):
    data = many_pages_pdf(20_000)
    parsed, rendered = [], []
    real_pdf_page, real_render = text.pdf_page, PageRenderer.render

    def spy_pdf_page(page, *args):
        parsed.append(page.page_number)
        return real_pdf_page(page, *args)

    def spy_render(self, index):
        rendered.append(index)
        return real_render(self, index)

    monkeypatch.setattr(text, "pdf_page", spy_pdf_page)
    monkeypatch.setattr(PageRenderer, "render", spy_render)
    started = time.monotonic()
    result = read("huge.pdf", data, Settings(max_pages_per_document=2))
    assert time.monotonic() - started < 20  # reading all 20 000 pages takes minutes
    assert parsed == [1, 2] and rendered == []
    assert [p.source for p in result.pages] == ["text_layer", "text_layer"]
    assert result.warnings == ["more than 2 pages; only the first 2 were read"]
    assert result.problem is None


def test_the_page_limit_warning_is_in_the_report(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("TRUSTLIST_MAX_PAGES_PER_DOCUMENT", "3")
    report = check(capsys, tmp_path, "long.pdf", text_pdf(pages=5))
    assert report.documents[0].pages == 3
    assert "more than 3 pages; only the first 3 were read" in report.documents[0].warnings


@needs_tesseract
def test_frames_of_an_image_past_the_limit_are_not_read():
    frames = [Image.new("L", (300, 100), 255) for _ in range(3)]
    tiff = io.BytesIO()
    frames[0].save(tiff, format="TIFF", save_all=True, append_images=frames[1:])
    result = read("scan.tiff", tiff.getvalue(), Settings(max_pages_per_document=2))
    assert len(result.pages) == 2
    assert "3 frames; only the first 2 were read" in result.warnings
    assert result.problem.kind == "unreadable"  # blank frames: no text


# --- 4. decompression bombs ---------------------------------------------------------------


def test_an_image_claiming_ten_billion_pixels_is_refused_by_pillows_guard():
    bomb = png_header_only(100_000, 100_000)
    assert len(bomb) < 200
    result = read("bomb.png", bomb)
    assert result.problem.kind == "unreadable"
    assert "exceeds the limit" in result.problem.detail
    assert "10000000000 pixels" in result.problem.detail


def test_an_image_over_the_configured_pixel_limit_is_refused_before_decoding():
    result = read("large.png", png_header_only(9000, 9000), Settings(max_image_pixels=1_000_000))
    assert result.problem.kind == "unreadable"
    assert result.problem.detail == "image of 9000x9000 pixels exceeds the limit of 1000000 pixels"


def test_a_huge_pdf_page_is_rendered_within_the_pixel_cap():
    blank = raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200000 200000] /Contents 4 0 R >>",
            stream(b"0 0 0 rg 1000 1000 50000 50000 re f"),
        ]
    )
    settings = Settings(max_image_pixels=1_000_000)
    with closing(PageRenderer(blank, settings.reading)) as renderer:
        image, units_per_pixel = renderer.render(0)
    assert 990_000 <= image.width * image.height <= 1_000_000
    assert image.width * units_per_pixel == pytest.approx(200_000, rel=0.01)


@pytest.mark.parametrize(
    ("width", "height", "dpi", "cap"),
    [
        (595, 842, 300, 60_000_000),
        (14_400, 1, 600, 1_000),
        (1, 14_400, 72, 5_000),
        (200_000, 3, 300, 777_777),
    ],
)
def test_render_scale_respects_the_cap_after_rounding_up(width, height, dpi, cap):
    scale = render_scale(width, height, dpi, cap)
    assert scale <= dpi / 72
    assert math.ceil(width * scale) * math.ceil(height * scale) <= cap


def test_a_decompression_bomb_inside_a_pdf_page_image_stays_small():
    side = 20_000  # a 400 MB grey image in 400 kB
    packer = zlib.compressobj(9)
    pixels = b"".join(packer.compress(bytes(side)) for _ in range(side)) + packer.flush()
    bomb = raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /XObject << /Im0 5 0 R >> >> >>",
            stream(b"q 595 0 0 842 0 0 cm /Im0 Do Q"),
            stream(
                pixels,
                b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8 /Filter /FlateDecode" % (side, side),
            ),
        ]
    )
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = read("bomb.pdf", bomb, Settings(ocr_dpi=72))
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 300, grown_mb  # the image is never decoded whole
    assert result.problem.kind == "unreadable" and result.problem.detail == "no text, even after OCR"


# --- 5. active content --------------------------------------------------------------------

EXE = stream(b"MZ\x90\x00 not really a program", b"/Type /EmbeddedFile")
ACTIVE = {
    "open_action_javascript": (
        {"catalog": b"/OpenAction 6 0 R", "extra": (b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>",)},
        "contains JavaScript (not executed)",
    ),
    "document_level_javascript": (
        {
            "catalog": b"/Names << /JavaScript << /Names [(init) 6 0 R] >> >>",
            "extra": (b"<< /S /JavaScript /JS 7 0 R >>", stream(b"this.exportDataObject({cName: 'x'})")),
        },
        "contains JavaScript (not executed)",
    ),
    "launch_action": (
        {"catalog": b"/OpenAction << /S /Launch /F (calc.exe) >>"},
        "contains a launch action for 'calc.exe' (not executed)",
    ),
    "windows_launch_after_a_link": (
        {
            "catalog": b"/OpenAction << /S /URI /URI (https://gov.kz) "
            b"/Next [<< /S /Launch /Win << /F (cmd.exe) >> >>] >>"
        },
        "contains a launch action for 'cmd.exe' (not executed)",
    ),
    "embedded_file": (
        {
            "catalog": b"/Names << /EmbeddedFiles << /Names [(x.exe) 6 0 R] >> >>",
            "extra": (b"<< /Type /Filespec /F (x.exe) /EF << /F 7 0 R >> >>", EXE),
        },
        "contains an embedded file 'x.exe' (not opened)",
    ),
    "embedded_file_with_a_cyrillic_name": (
        {
            "catalog": b"/Names << /EmbeddedFiles << /Names [(a) 6 0 R] >> >>",
            "extra": (
                b"<< /Type /Filespec /F (a.exe) /UF <"
                + "\ufeffотчёт.exe".encode("utf-16-be").hex().encode()
                + b"> "
                b"/EF << /F 7 0 R >> >>",
                EXE,
            ),
        },
        "contains an embedded file 'отчёт.exe' (not opened)",
    ),
    "link_annotation_javascript": (
        {
            "page": b"/Annots [6 0 R]",
            "extra": (
                b"<< /Type /Annot /Subtype /Link /Rect [0 0 99 99] "
                b"/A << /S /JavaScript /JS (print\\(\\)) >> >>",
            ),
        },
        "contains JavaScript (not executed)",
    ),
    "file_attachment_annotation": (
        {
            "page": b"/Annots [6 0 R]",
            "extra": (
                b"<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 9 9] "
                b"/FS << /Type /Filespec /F (invoice.pdf.exe) /EF << /F 7 0 R >> >> >>",
                EXE,
            ),
        },
        "contains an embedded file 'invoice.pdf.exe' (not opened)",
    ),
    "page_open_action": (
        {"page": b"/AA << /O << /S /JavaScript /JS (1) >> >>"},
        "contains JavaScript (not executed)",
    ),
    "form_submission": (
        {
            "catalog": b"/AcroForm << /Fields [6 0 R] >>",
            "extra": (b"<< /FT /Btn /T (send) /A << /S /SubmitForm /F (https://example.org/collect) >> >>",),
        },
        "contains a form submission action (not executed)",
    ),
}


@pytest.mark.parametrize("name", ACTIVE)
def test_active_content_is_a_warning_and_the_document_is_read(name):
    parts, warning = ACTIVE[name]
    result = read(f"{name}.pdf", one_page_pdf(**parts))
    assert result.warnings == [warning]
    assert result.problem is None
    assert result.pages[0].source == "text_layer"
    assert "Application for the list of trusted AI systems" in result.pages[0].text


def test_plain_links_are_not_active_content():
    link = b"<< /Type /Annot /Subtype /Link /Rect [0 0 99 99] /A << /S /URI /URI (mailto:info@gov.kz) >> >>"
    result = read("links.pdf", one_page_pdf(page=b"/Annots [6 0 R]", extra=(link,)))
    assert result.warnings == [] and result.problem is None


def test_the_walk_for_active_content_is_bounded():
    # An outline of 15 000 items, each its own object, the last one launching a program.
    count = 15_000
    items = [
        b"<< /Title (item) /Parent 6 0 R /Next %d 0 R >>" % (8 + n)
        if n < count - 1
        else b"<< /A << /S /Launch /F (x.bat) >> >>"
        for n in range(count)
    ]
    data = one_page_pdf(catalog=b"/Outlines 6 0 R", extra=(b"<< /Type /Outlines /First 7 0 R >>", *items))
    started = time.monotonic()
    result = read("outline.pdf", data)
    assert time.monotonic() - started < 30
    assert result.warnings == ["active content was looked for in the first 10000 objects only"]
    assert result.pages[0].source == "text_layer" and result.problem is None


def test_a_failure_to_look_for_active_content_does_not_stop_reading():
    # Object 7 sits in an object stream whose /N is a string: pdfminer fails on it
    # with a TypeError the moment the walk follows the document's open action.
    objstm = stream(b"7 0 << /S /JavaScript /JS (1) >>", b"/Type /ObjStm /N (one) /First 4")
    data = raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /OpenAction 7 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            PAGE,
            TEXT_CONTENT,
            HELVETICA,
            objstm,
            b"",
        ],
        packed={7: (6, 0)},
    )
    result = read("broken-objstm.pdf", data)
    assert result.warnings == ["active content could not be checked: TypeError"]
    assert result.problem is None
    assert "Application for the list of trusted AI systems" in result.pages[0].text


def test_active_content_through_trustlist_check(capsys, tmp_path):
    parts = {
        "catalog": b"/OpenAction << /S /JavaScript /JS (app.launchURL\\('x'\\)) "
        b"/Next << /S /Launch /F (run.bat) >> >> "
        b"/Names << /EmbeddedFiles << /Names [(x.exe) 6 0 R] >> >>",
        "extra": (b"<< /Type /Filespec /F (payload.exe) /EF << /F 7 0 R >> >>", EXE),
    }
    report = check(capsys, tmp_path, "active.pdf", one_page_pdf(**parts))
    document = report.documents[0]
    assert document.problem is None and document.text_source == "text_layer"
    assert document.warnings == [
        "contains JavaScript (not executed)",
        "contains a launch action for 'run.bat' (not executed)",
        "contains an embedded file 'payload.exe' (not opened)",
    ]
    assert not {"BND-04", "BND-06"} & set(report.failing_codes())


def test_the_renderer_has_no_javascript_engine():
    """pdfium runs PDF JavaScript only when built with V8 (and XFA) and given a form
    environment; ours has neither, so rendering a page cannot run a script."""
    from pypdfium2.version import PDFIUM_INFO

    assert "V8" not in PDFIUM_INFO.flags and "XFA" not in PDFIUM_INFO.flags


# --- 6. per-page OCR time limit -----------------------------------------------------------


def fake_tesseract(tmp_path: Path, monkeypatch, hang_when: str) -> Path:
    """A ``tesseract`` command first on PATH, and a page reader in place of the kept-loaded
    one (extractors/tesseract_reader.py), that hang in a child process as a wrapper script
    would whenever the shell test ``hang_when`` holds (for the command, on its arguments;
    for the reader, once per page), and otherwise give the real tesseract's answer. The
    command answers ``--version``. Every pid they start is written to the returned file."""
    folder = tmp_path / "fake-bin"
    folder.mkdir()
    pids = tmp_path / "pids"
    hang = f'if {hang_when}; then sleep 60 & echo $! >> "{pids}"; wait; exit 1; fi\n'
    command = folder / "tesseract"
    command.write_text(
        "#!/bin/sh\n"
        f'echo $$ >> "{pids}"\n'
        'if [ "$1" = "--version" ]; then echo "tesseract 5.3.0"; exit 0; fi\n'
        f"{hang}"
        f'exec "{REAL_TESSERACT}" "$@"\n'
    )
    reader = folder / "reader"
    reader.write_text(
        "#!/bin/sh\n"
        f'echo $$ >> "{pids}"\n'
        "while IFS= read -r page; do\n"
        f"  {hang}"
        f'  "{REAL_TESSERACT}" "$page" "$page.out" -l "$1" tsv 2>/dev/null\n'
        '  printf "OK %d\\n" "$(wc -c < "$page.out.tsv")"; cat "$page.out.tsv"; rm -f "$page.out.tsv"\n'
        "done\n"
    )
    for script in (command, reader):
        script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(ocr, "READER_COMMAND", [str(reader)])
    ocr.close_readers()  # readers kept from earlier pages are the real ones
    return pids


@pytest.fixture(autouse=True)
def _no_fake_reader_kept():
    yield
    ocr.close_readers()


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")  # a zombie is dead; only its parent has not looked yet


def assert_all_gone(pids: Path) -> None:
    """Nothing the fakes started is left running once the readers kept between pages
    (which a hang has already killed) are let go."""
    ocr.close_readers()
    started = [int(line) for line in pids.read_text().split()]
    assert len(started) >= 2
    deadline = time.monotonic() + 5  # SIGKILL takes effect at once; this only absorbs scheduling
    while any(running(pid) for pid in started) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in started if running(pid)]


@needs_tesseract
def test_a_hung_tesseract_costs_each_page_its_time_limit_and_is_killed(tmp_path, monkeypatch):
    pids = fake_tesseract(tmp_path, monkeypatch, hang_when="true")
    started = time.monotonic()
    result = read("scan.pdf", scanned_pdf(pages=2), Settings(ocr_page_timeout_s=1))
    assert time.monotonic() - started < 20  # two pages of one second, not two minutes
    assert result.warnings == ["page 1: OCR timed out after 1 s", "page 2: OCR timed out after 1 s"]
    assert result.problem.kind == "unreadable" and result.problem.detail == "no text, even after OCR"
    assert [p.number for p in result.pages] == [1, 2] and all(not p.lines for p in result.pages)
    assert_all_gone(pids)


@needs_tesseract
def test_a_page_that_times_out_leaves_the_pages_that_were_read(tmp_path, monkeypatch):
    # The first call reads; every later one hangs.
    pids = fake_tesseract(tmp_path, monkeypatch, hang_when=f'! mkdir "{tmp_path}/first" 2>/dev/null')
    result = read("scan.pdf", scanned_pdf(pages=2), Settings(ocr_page_timeout_s=5))
    assert result.problem is None
    assert result.warnings == ["page 2: OCR timed out after 5 s"]
    assert "Заявление" in result.pages[0].text and not result.pages[1].lines
    assert_all_gone(pids)


@needs_tesseract
def test_the_orientation_retry_is_inside_the_page_time_limit(tmp_path, monkeypatch):
    # Reading works, orientation detection hangs: a page lying on its side reads
    # badly, so the retry is tried, and must give up when the page's time is spent.
    pids = fake_tesseract(tmp_path, monkeypatch, hang_when='echo " $* " | grep -q " osd "')
    turned = text_image().rotate(90, expand=True)
    png = io.BytesIO()
    turned.save(png, format="PNG")
    started = time.monotonic()
    result = read("turned.png", png.getvalue(), Settings(ocr_page_timeout_s=4))
    assert time.monotonic() - started < 20
    assert result.warnings == []  # the first reading stands
    assert result.pages[0].source == "ocr"
    assert_all_gone(pids)
    assert len(pids.read_text().split()) >= 3  # the read, then the OSD call and its sleeping child


@needs_tesseract
def test_a_page_on_its_side_whose_orientation_hangs_is_still_read(tmp_path, monkeypatch):
    # A page of lines on its side asks orientation detection first; when that hangs,
    # it gives up after its share of the page's time and the page is read as it came.
    pids = fake_tesseract(tmp_path, monkeypatch, hang_when='echo " $* " | grep -q " osd "')
    page = Image.new("L", (1500, 900), 255)
    draw = ImageDraw.Draw(page)
    for row in range(8):
        draw.text((40, 60 + 100 * row), APPLICATION, fill=0, font=ImageFont.truetype(FONT, 40))
    turned = page.rotate(90, expand=True)
    assert looks_sideways(turned)
    png = io.BytesIO()
    turned.save(png, format="PNG")
    started = time.monotonic()
    result = read("turned.png", png.getvalue(), Settings(ocr_page_timeout_s=8))
    assert time.monotonic() - started < 20
    assert result.warnings == []  # read in the time OSD left
    assert_all_gone(pids)
    assert len(pids.read_text().split()) >= 3  # the OSD call and its sleeping child, then the read


@needs_tesseract
def test_an_ocr_timeout_through_trustlist_check(capsys, tmp_path, monkeypatch):
    pids = fake_tesseract(tmp_path, monkeypatch, hang_when="true")
    monkeypatch.setenv("TRUSTLIST_OCR_PAGE_TIMEOUT_S", "1")
    report = check(capsys, tmp_path, "scan.pdf", scanned_pdf(pages=2))
    document = report.documents[0]
    assert document.warnings == ["page 1: OCR timed out after 1 s", "page 2: OCR timed out after 1 s"]
    assert document.problem == "BND-06: no text, even after OCR"
    assert "BND-06" in report.failing_codes()
    assert_all_gone(pids)


# --- 7. garbage text layers ---------------------------------------------------------------


@needs_tesseract
def test_a_mojibake_text_layer_is_replaced_by_ocr():
    mojibake = APPLICATION.encode("utf-8").decode("cp1252", errors="replace")  # "Ð—Ð°ÑÐ²Ð»..."
    data = scanned_pdf(pages=1, hidden_text=mojibake)
    layer = text.first_pages(text.open_pdf(data), 1)[0].extract_text()
    assert "Ð" in layer  # the layer is there, and it is garbage
    result = read("mojibake.pdf", data)
    assert result.pages[0].source == "ocr"
    assert "Заявление" in result.pages[0].text
    assert "Ð" not in result.text


# --- 8. temporary files -------------------------------------------------------------------


@needs_tesseract
def test_no_temporary_file_is_left_on_any_path(tmp_path, monkeypatch):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setenv("TMPDIR", str(scratch))

    png = io.BytesIO()
    text_image().save(png, format="PNG")
    assert "Заявление" in read("scan.png", png.getvalue()).text  # a normal OCR page
    assert read("broken.pdf", GOOD[: len(GOOD) // 2]).problem.kind == "unreadable"
    pids = fake_tesseract(tmp_path, monkeypatch, hang_when="true")
    timed_out = read("scan.pdf", scanned_pdf(pages=1), Settings(ocr_page_timeout_s=1))
    assert timed_out.warnings == ["page 1: OCR timed out after 1 s"]
    assert_all_gone(pids)
    assert list(scratch.iterdir()) == []
