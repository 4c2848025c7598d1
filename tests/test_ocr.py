"""Scan preprocessing and the tesseract engine on synthetic pages with known text and geometry."""

from __future__ import annotations

import subprocess

import pytest
from PIL import Image, ImageDraw, ImageFont, ImageOps

import extractors.ocr
from extractors.ocr import KeptReader, TesseractEngine
from extractors.preprocess import Prepared, estimate_skew, looks_sideways, otsu_threshold, prepare
from pipeline.errors import OcrError

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BIN_LINE = "БИН правообладателя 180340012346"


@pytest.fixture(scope="module")
def page_image() -> tuple[Image.Image, tuple[int, int, int, int]]:
    """An A4 page at 300 dpi with a few lines of a certificate, and the box of the BIN."""
    font = ImageFont.truetype(FONT, 40)
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    lines = ["СВИДЕТЕЛЬСТВО о внесении сведений в реестр", "Правообладатель ТОО «Дата Сапа»", BIN_LINE]
    for i, text in enumerate(lines * 3):
        draw.text((200, 300 + 90 * i), text, fill=0, font=font)
    number_x = 200 + draw.textlength("БИН правообладателя ", font=font)
    box = draw.textbbox((number_x, 300 + 90 * 2), "180340012346", font=font)
    return image, box


@pytest.mark.parametrize("angle", [0.0, 0.75, -1.5, 2.5, -3.0])
def test_skew_is_measured_to_a_quarter_degree(page_image, angle):
    image, _ = page_image
    tilted = image.rotate(-angle, resample=Image.BICUBIC, fillcolor=255)
    assert estimate_skew(tilted) == pytest.approx(angle, abs=0.25)


@pytest.mark.parametrize("size", [(2480, 3508), (1654, 2339), (12, 40)])
def test_a_page_without_lines_is_left_as_it_is(size):
    blank = Image.new("L", size, 255)
    speckled = blank.copy()
    draw = ImageDraw.Draw(speckled)
    for i in range(0, size[0] * size[1], 7919):  # isolated dots, no line to straighten
        draw.point((i % size[0], (i // size[0] * 31) % size[1]), fill=0)
    assert estimate_skew(blank) == 0.0
    assert estimate_skew(speckled) == 0.0


def test_text_on_part_of_a_landscape_page_is_measured(page_image):
    image, _ = page_image
    # The certificate's lines in the left third of a landscape page, tilted 2.75°.
    landscape = Image.new("L", (3508, 2480), 255)
    landscape.paste(image.crop((0, 200, 1200, 1200)), (100, 700))
    tilted = landscape.rotate(-2.75, resample=Image.BICUBIC, fillcolor=255)
    assert estimate_skew(tilted) == pytest.approx(2.75, abs=0.25)


def test_deskew_is_applied_from_its_threshold(page_image):
    image, _ = page_image
    small = image.rotate(-3.0, fillcolor=255).resize((1240, 1754))
    small.info["dpi"] = (150, 150)
    prepared = prepare(small)
    assert prepared.skew == pytest.approx(3.0, abs=0.25)
    assert prepare(image.rotate(-1.0, fillcolor=255)).skew == 0.0  # left to tesseract


@pytest.mark.parametrize(("dpi", "factor"), [(100, 2.5), (150, 2.0), (199.9996, 1.0), (220, 1.0), (300, 1.0)])
def test_scans_from_200_dpi_are_read_at_their_own_size(page_image, dpi, factor):
    image, _ = page_image
    scan = image.resize((round(image.width * dpi / 300), round(image.height * dpi / 300)))
    scan.info["dpi"] = (dpi, dpi)
    prepared = prepare(scan)
    assert prepared.factor == factor
    assert prepared.image.size == (round(scan.width * factor), round(scan.height * factor))


def test_boxes_map_back_through_rotation_and_scaling():
    original = Image.new("L", (1000, 800), 255)
    ImageDraw.Draw(original).rectangle((700, 200, 709, 209), fill=0)
    forward = original.rotate(3.0, resample=Image.BICUBIC, fillcolor=255).resize((2000, 1600))
    marker = ImageOps.invert(forward).point(lambda v: 255 if v > 128 else 0).getbbox()
    x0, y0, x1, y1 = Prepared(forward, factor=2.0, skew=3.0).to_original(marker)
    assert (x0 + x1) / 2 == pytest.approx(705, abs=2) and (y0 + y1) / 2 == pytest.approx(205, abs=2)


def test_otsu_separates_ink_from_paper(page_image):
    image, _ = page_image
    assert 60 < otsu_threshold(image) < 200


@pytest.mark.parametrize("turn", [90, 270])
def test_a_page_on_its_side_is_told_by_its_ink(page_image, turn):
    image, _ = page_image
    assert not looks_sideways(image)
    assert not looks_sideways(image.rotate(180))
    assert looks_sideways(image.rotate(turn, expand=True))
    assert not looks_sideways(Image.new("L", (800, 600), 255))  # nothing to tell by


# What tesseract is asked for a page: a page on its side is turned before its one
# reading; an upside-down one is told only by a poor first reading.
TESSERACT_CALLS = {0: ["read"], 90: ["orientation", "read"], 180: ["read", "orientation", "read"]}


@pytest.mark.slow
@pytest.mark.parametrize("turn", [0, 90, 180])
def test_turned_pages_are_read_and_boxes_land_on_the_original(page_image, turn, monkeypatch):
    image, box = page_image
    turned = image.rotate(turn, expand=True)
    calls, detect, read = [], extractors.ocr.run_tesseract, extractors.ocr.KeptReader.read

    def detecting(args, timeout_s):
        calls.append("orientation")
        return detect(args, timeout_s)

    def reading(reader, path, timeout_s):
        calls.append("read")
        return read(reader, path, timeout_s)

    monkeypatch.setattr(extractors.ocr, "run_tesseract", detecting)
    monkeypatch.setattr(extractors.ocr.KeptReader, "read", reading)
    page = TesseractEngine("rus+kaz+eng", 60).recognise(turned, 1, 1.0)
    assert calls == TESSERACT_CALLS[turn]
    assert page.confidence > 0.85
    assert BIN_LINE in page.text
    numbers = [w for line in page.lines for w in line.words if w.text == "180340012346"]
    assert len(numbers) == 3
    # Where the first BIN of the upright page stands on the turned image.
    width, height = image.size
    expected = {
        0: box,
        180: (width - box[2], height - box[3], width - box[0], height - box[1]),
        90: (box[1], width - box[2], box[3], width - box[0]),
    }[turn]
    assert any(all(abs(a - b) < 12 for a, b in zip(w.bbox, expected, strict=True)) for w in numbers), (
        [w.bbox for w in numbers],
        expected,
    )


@pytest.mark.slow
def test_a_kept_reader_answers_what_the_command_prints(page_image, tmp_path):
    image, _ = page_image
    path = tmp_path / "page.tiff"
    image.save(path, format="TIFF")
    command = ["tesseract", str(path), "stdout", "-l", "kaz+rus+eng", "tsv"]
    printed = subprocess.run(command, capture_output=True, check=True).stdout
    reader = KeptReader("kaz+rus+eng")
    try:
        assert reader.read(str(path), 60) == printed
        # A page it cannot read is its error, and it goes on to the next page.
        with pytest.raises(OcrError, match="cannot read the image"):
            reader.read(str(tmp_path / "missing.tiff"), 60)
        assert reader.read(str(path), 60) == printed
    finally:
        reader.finish()


def test_a_reader_without_its_languages_says_so(tmp_path):
    reader = KeptReader("xx-none")
    try:
        with pytest.raises(OcrError, match="cannot load the languages xx-none"):
            reader.read(str(tmp_path / "page.tiff"), 60)
    finally:
        reader.finish()
