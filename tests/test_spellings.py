"""A scanned value takes the spelling the bundle's text layers print it in, and only then."""

from __future__ import annotations

import pytest

from trustlist.core.models import Document, ExtractedField
from trustlist.extractors.normalise import misread_of
from trustlist.extractors.spellings import as_printed


def doc(file: str, type_: str, source: str, **values: str) -> Document:
    fields = {name: ExtractedField(value=v, method="label", confidence=0.9) for name, v in values.items()}
    return Document(file=file, sha256="0" * 64, type=type_, text_source=source, fields=fields)


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        ("Тегі5сап", "TeriScan"),  # Latin read as Cyrillic, S as 5
        ("КаржыКорган", "ҚаржыҚорған"),  # Kazakh letters read as their Russian neighbours
        ("Сэрсенбаев Нурлан", "Сәрсенбаев Нұрлан"),
        ('“Shipager Data" LLP', '"Shipager Data" LLP'),  # one quote mark for another
        ("ТЕРИСКАН", "ТериСкан"),  # case is no letter of its own
    ],
)
def test_what_ocr_reads_in_a_printed_letters_place_is_a_misreading(read, printed):
    assert misread_of(read, printed)


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        ("TeriScan Pro", "TeriScan"),  # a word more
        ("Сапа Дата", "Сала Дата"),  # л is no misreading of п
        ("Нұрлан", "Нурлан"),  # OCR does not add a Kazakh letter that is not printed
    ],
)
def test_other_differences_are_not_misreadings(read, printed):
    assert not misread_of(read, printed)


def test_a_scanned_value_takes_the_one_printed_twin_and_keeps_its_reading_as_raw():
    application = doc("application.pdf", "application", "text_layer", system_name="TeriScan")
    certificate = doc(
        "cert.jpg", "ip_certificate", "ocr", object_title="Тегі5сап", authors="Сэрсенбаев Нурлан"
    )

    settled = as_printed([application, certificate])

    assert settled[0] == application
    title = settled[1].fields["object_title"]
    assert (title.value, title.raw) == ("TeriScan", "Тегі5сап")
    # No document of the bundle prints the authors: they stay as read.
    assert settled[1].fields["authors"].value == "Сэрсенбаев Нурлан"


def test_words_take_printed_spellings_when_the_whole_value_has_none():
    scan = doc("audit.tif", "audit_conclusion", "ocr", system_name="Тегі5сап Pro", system_owner="Сапа Дата")
    texts = [
        doc("application.pdf", "application", "text_layer", system_name="TeriScan"),
        doc("description.pdf", "system_description", "text_layer", system_name="Сала Дата"),
    ]
    fields = as_printed([*texts, scan])[-1].fields
    # The checks still see the word more; «Сапа» is no misreading of «Сала».
    assert fields["system_name"].value == "TeriScan Pro"
    assert fields["system_owner"] == scan.fields["system_owner"]


def test_a_value_with_two_printed_twins_is_left_as_read():
    scan = doc("audit.tif", "audit_conclusion", "ocr", system_name="Кала")
    texts = [
        doc("application.pdf", "application", "text_layer", system_name="Қала"),
        doc("description.pdf", "system_description", "text_layer", system_name="Kала"),
    ]
    assert as_printed([*texts, scan])[-1] == scan


def test_a_text_layer_value_is_never_respelled():
    text = doc("application.pdf", "application", "text_layer", system_name="КаржыКорган")
    scan = doc("audit.tif", "audit_conclusion", "ocr", system_name="ҚаржыҚорған")
    assert as_printed([text, scan]) == [text, scan]


def test_a_twin_takes_the_printed_case_unless_ocr_read_a_heading_in_capitals():
    printed = doc(
        "application.pdf", "application", "text_layer", system_name="ҚаржыҚорған", sector="TeriScan"
    )
    scans = [
        doc("audit.tif", "audit_conclusion", "ocr", system_name="Қаржықорған"),
        doc("cert.jpg", "ip_certificate", "ocr", object_title="ТЕГІ5САП"),
    ]
    audit, certificate = as_printed([printed, *scans])[1:]
    assert audit.fields["system_name"].value == "ҚаржыҚорған"
    assert certificate.fields["object_title"].value == "TERISCAN"
