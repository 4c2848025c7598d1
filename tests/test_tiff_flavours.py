"""Every TIFF flavour that scanners write is read and OCRed: bilevel CCITT G3/G4 (fax-style,
what most office scanners produce), LZW, JPEG-in-TIFF, PackBits, multi-page with a page upside
down, 16-bit grayscale and CMYK. Each is generated here from one rendered page."""

from __future__ import annotations

import hashlib
import io
import json

import pytest
from PIL import Image, ImageDraw, ImageFont

from trustlist.cli import main
from trustlist.compose.process import Pipeline
from trustlist.core.models import BundleFile
from trustlist.core.settings import Settings

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
NUMBER = "78123"
LINES = [
    "СВИДЕТЕЛЬСТВО",
    "о внесении сведений в государственный реестр прав",
    "на объекты, охраняемые авторским правом",
    f"№ {NUMBER}",
    "Вид объекта: программа для ЭВМ",
    "Қазақстан Республикасы, Астана қаласы",
    "Название: Сапа Диагностика",
    "Авторы: Сейткали Асель Болатовна, Ким Денис Олегович",
    "Правообладатель: ТОО «Дата Сапа», БИН 180340012346",
    "Дата создания: 05.01.2026. Дата подачи заявки: 12.01.2026",
    "Номер заявки: 80153. Дата выдачи: 26.01.2026",
]

pytestmark = pytest.mark.slow


def page(upside_down: bool = False) -> Image.Image:
    """An A4 page at 200 dpi in grayscale with a certificate's lines, twice: a page with ink on
    it, as certificates are (a page of six short lines turns JPEG's ringing into halos once
    autocontrast stretches it, a weakness of preprocessing, not of reading TIFFs)."""
    font = ImageFont.truetype(FONT, 34)
    image = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(image)
    for i, text in enumerate(LINES + LINES):
        draw.text((160, 220 + 70 * i), text, fill=40, font=font)  # scanned ink is never pure black
    return image.rotate(180) if upside_down else image


def tiff(frames: list[Image.Image], **options) -> bytes:
    out = io.BytesIO()
    frames[0].save(out, format="TIFF", save_all=True, append_images=frames[1:], dpi=(200, 200), **options)
    return out.getvalue()


def sixteen_bit(image: Image.Image) -> Image.Image:
    """The page as 16-bit grayscale, its full range used (white is 65535)."""
    return Image.frombytes("I;16", image.size, bytes(b for v in image.tobytes() for b in (v, v)))


FLAVOURS = {
    "ccitt-g4-bilevel-multipage-upside-down": lambda: tiff(
        [page(upside_down=True).convert("1"), page().convert("1")], compression="group4"
    ),
    "ccitt-g3-bilevel": lambda: tiff([page().convert("1")], compression="group3"),
    "lzw-gray": lambda: tiff([page()], compression="tiff_lzw"),
    "jpeg-in-tiff-rgb": lambda: tiff([page().convert("RGB")], compression="jpeg"),
    "packbits-gray": lambda: tiff([page()], compression="packbits"),
    "uncompressed-16-bit-gray": lambda: tiff([sixteen_bit(page())]),
    "lzw-cmyk": lambda: tiff([page().convert("CMYK")], compression="tiff_lzw"),
}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Settings())


@pytest.mark.parametrize("flavour", sorted(FLAVOURS))
def test_tiff_flavour_is_read_page_by_page(pipeline: Pipeline, flavour: str):
    data = FLAVOURS[flavour]()
    flavour_file = BundleFile(
        name="scan.tiff", data=data, size=len(data), sha256=hashlib.sha256(data).hexdigest()
    )
    text = pipeline.read(flavour_file)
    assert text.problem is None
    assert text.pages and all(p.lines for p in text.pages)
    for read in text.pages:
        words = " ".join(w.text for line in read.lines for w in line.words)
        assert NUMBER in words and "СВИДЕТЕЛЬСТВО" in words


def test_fax_style_tiff_gets_a_report(tmp_path, capsys):
    """The reported crash: a bilevel G4 two-page TIFF, first page upside down, via `check`."""
    path = tmp_path / "certificate.tif"
    path.write_bytes(FLAVOURS["ccitt-g4-bilevel-multipage-upside-down"]())
    assert main(["check", str(path), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    (document,) = report["documents"]
    assert document["type"] == "ip_certificate" and document["pages"] == 2
    assert document["fields"]["certificate_number"]["value"] == NUMBER
    assert not any(c["code"] == "BND-06" and c["status"] == "fail" for c in report["checks"])
