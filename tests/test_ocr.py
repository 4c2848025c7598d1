"""Scan preprocessing and the tesseract engine on synthetic pages with known text and geometry."""

from __future__ import annotations

import subprocess

import pytest
from PIL import Image, ImageDraw, ImageFont, ImageOps

from trustlist.core.errors import OcrError
from trustlist.extractors import ocr
from trustlist.extractors.ocr import KeptReader, TesseractEngine, words_from_data
from trustlist.extractors.preprocess import (
    Prepared,
    estimate_skew,
    evenly_lit,
    looks_sideways,
    otsu_threshold,
    prepare,
    without_rules,
)

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


def test_an_image_that_does_not_say_its_resolution_is_taken_for_an_a4_page(page_image):
    """A phone's 1150x1600 photo of a page is about 140 dpi, and is upscaled as a 150-dpi
    scan is; a 300-dpi page without its resolution is read as it is, and so is a strip of
    text, whose shape says nothing of its scale."""
    image, _ = page_image
    photo = image.resize((1148, 1594))
    assert "dpi" not in photo.info
    assert prepare(photo).factor == pytest.approx(300 / (1594 / 11.69))
    assert prepare(image.copy()).factor == 1.0
    assert prepare(image.crop((0, 250, 1500, 450))).factor == 1.0


def shaded(image: Image.Image) -> Image.Image:
    """The page photographed with a shadow darkening its left half, down to a third of the
    light, and a dark table showing around it."""
    import numpy as np

    pixels = np.asarray(image, dtype=np.float32)
    light = np.clip(np.linspace(0.3, 1.6, pixels.shape[1]), 0.3, 1.0)
    lit = pixels * light[None, :]
    lit[:120, :] = lit[-120:, :] = 40
    return Image.fromarray(lit.astype(np.uint8))


def test_a_page_in_uneven_light_is_evened_and_an_evenly_lit_one_left_as_it_is(page_image):
    import numpy as np

    image, _ = page_image
    assert evenly_lit(image) is image
    photo = shaded(image)
    ink = np.asarray(image) < 128
    once = lambda im: np.asarray(im) <= otsu_threshold(im)  # noqa: E731 - one threshold a page
    assert once(photo)[~ink].mean() > 0.2  # the shaded paper falls under one threshold
    evened = evenly_lit(photo)
    page = ~ink
    page[:400], page[-400:] = False, False  # the table, and the paper it shades beside it
    assert once(evened)[page].mean() < 0.01
    assert once(evened)[ink].mean() > 0.95  # and the text on it stays ink


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


def ruled_form(tilt: float) -> tuple[Image.Image, ...]:
    """A two-column ruled table at 300 dpi with a dark shadow along its right side, tilted
    by ``tilt`` degrees; and, tilted alike, masks of its words, of the shadow's inside and
    of the shadow with its surroundings."""
    font = ImageFont.truetype(FONT, 40)
    image, words, shadow, near_shadow = (Image.new("L", (2480, 1400), c) for c in (255, 0, 0, 0))
    draw, words_draw = ImageDraw.Draw(image), ImageDraw.Draw(words)
    rows = [("Номер свидетельства", "76102"), ("Дата выдачи", "09.12.2025"), ("Правообладатель", "ТОО «Жол»")]
    top, height, columns = 200, 110, (150, 900, 1900)
    for i in range(len(rows) + 1):
        draw.line((columns[0], top + i * height, columns[-1], top + i * height), fill=0, width=4)
    for x in columns:
        draw.line((x, top, x, top + len(rows) * height), fill=0, width=4)
    for i, (label, value) in enumerate(rows):
        for x, text in ((columns[0] + 30, label), (columns[1] + 30, value)):
            draw.text((x, top + i * height + 30), text, fill=0, font=font)
            x0, y0, x1, y1 = draw.textbbox((x, top + i * height + 30), text, font=font)
            words_draw.rectangle((x0 - 3, y0 - 3, x1 + 3, y1 + 3), fill=255)
    draw.rectangle((2150, 100, 2400, 1300), fill=40)
    ImageDraw.Draw(shadow).rectangle((2180, 130, 2370, 1270), fill=255)
    ImageDraw.Draw(near_shadow).rectangle((2110, 60, 2440, 1340), fill=255)
    return tuple(
        im.rotate(-tilt, resample=Image.BICUBIC, fillcolor=255 if im is image else 0)
        for im in (image, words, shadow, near_shadow)
    )


@pytest.mark.parametrize("tilt", [0.0, 1.5, -2.4])
def test_table_rules_are_painted_over_and_letters_and_shadows_kept(tilt):
    import numpy as np

    image, words, shadow, near_shadow = (np.asarray(im) for im in ruled_form(tilt))
    in_words, in_shadow = words > 128, shadow > 128
    rules = ~(in_words | (near_shadow > 0))
    before = image < 128
    after = np.asarray(without_rules(Image.fromarray(image))) < 128
    assert before[rules].sum() > 20_000
    assert after[rules].sum() < 0.01 * before[rules].sum()  # the crossings' corners may stay
    assert after[in_words].sum() >= 0.97 * before[in_words].sum()
    assert after[in_shadow].all()


def test_a_word_read_twice_on_another_line_is_dropped_and_a_neighbour_kept():
    # (text, left, top, width, height, line): «р» of «Терапевт» read again on the line
    # below; «для» inside the box tesseract drew too wide for «программа», on its line.
    read = [
        ("Терапевт", 1079, 1138, 217, 38, 1),
        ("Ассистент", 1313, 1138, 238, 33, 1),
        ("эвм", 280, 1163, 92, 33, 2),
        ("р", 1138, 1146, 25, 33, 2),
        ("программа", 267, 1250, 380, 54, 3),
        ("для", 563, 1246, 88, 63, 3),
    ]
    data = {
        "text": [r[0] for r in read],
        "left": [r[1] for r in read],
        "top": [r[2] for r in read],
        "width": [r[3] for r in read],
        "height": [r[4] for r in read],
        "conf": [95] * len(read),
        "block_num": [1] * len(read),
        "par_num": [1] * len(read),
        "line_num": [r[5] for r in read],
    }
    words, line_ids = words_from_data(data)
    assert [w.text for w in words] == ["Терапевт", "Ассистент", "эвм", "программа", "для"]
    assert line_ids == [(1, 1, 1), (1, 1, 1), (1, 1, 2), (1, 1, 3), (1, 1, 3)]


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
    calls, detect, read = [], ocr.run_tesseract, ocr.KeptReader.read

    def detecting(args, timeout_s):
        calls.append("orientation")
        return detect(args, timeout_s)

    def reading(reader, path, timeout_s):
        calls.append("read")
        return read(reader, path, timeout_s)

    monkeypatch.setattr(ocr, "run_tesseract", detecting)
    monkeypatch.setattr(ocr.KeptReader, "read", reading)
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


@pytest.mark.slow
def test_a_ruled_bilingual_certificate_scan_gives_its_value_column():
    """A fax-style (bilevel) scan of a certificate printed as a ruled table: with its rules
    on the page, tesseract dropped the value cells of the first four rows."""
    from pathlib import Path

    from trustlist.core.models import BundleFile
    from trustlist.core.settings import Settings
    from trustlist.extractors.document import documents_from
    from trustlist.extractors.text import read_file

    path = Path(__file__).parents[1] / "sample_docs/fresh_c/half_1/transport/zhol_trafficeye/kualik_76102.tif"
    data = path.read_bytes()
    settings = Settings()
    engine = TesseractEngine(settings.ocr_languages, settings.ocr_page_timeout_s)
    text = read_file(
        BundleFile(name=path.name, sha256="0" * 64, size=len(data), data=data), settings.reading, engine
    )
    (document,) = documents_from(text)
    found = {name: field.value for name, field in document.fields.items()}
    assert document.type == "ip_certificate"
    assert found["certificate_number"] == "76102"
    assert found["issue_date"] == "2025-12-09"
    assert found["object_title"] == "TrafficEye Astana"
    assert found["right_holder_bin"] == "151040090522"
    assert found["creation_date"] == "2025-10-01"
