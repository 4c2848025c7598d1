"""Field extraction from what OCR makes of scans: lost spaces, letters read in the other
script, table cells without separators. Each page is written for the rule it tests."""

from __future__ import annotations

import pytest

from tests.test_extraction import LINE, page, values, words_at
from trustlist.core.models import Page
from trustlist.core.names import settle_twin_words
from trustlist.extractors.layout import group_lines
from trustlist.extractors.normalise import latin_misread
from trustlist.extractors.pagetext import DocText


@pytest.mark.parametrize(
    ("doc_type", "title", "clause", "until"),
    [
        ("copyright_agreement", "ДОГОВОР № 7", "Право дано на срок до1 марта 2030 года.", "2030-03-01"),
        ("audit_conclusion", "ЗАКЛЮЧЕНИЕ № 4", "Заключение действительно до02.03.2027.", "2027-03-02"),
    ],
)
def test_a_term_whose_space_before_the_date_ocr_lost(doc_type, title, clause, until):
    assert values(doc_type, page(title, clause))["valid_until"] == until


def test_a_common_word_labels_a_table_row_across_the_cell_gap():
    """A scanned form's ruled row has no colon after «Система», only the gap between cells;
    in running text the word stays a word."""
    form = page("ЗАКЛЮЧЕНИЕ № 12", ("Система", "Тараз Водоучёт"), ("Владелец", "ТОО «Су Арнасы»"))
    running = page("ЗАКЛЮЧЕНИЕ № 12", "Система Тараз Водоучёт соответствует требованиям.")
    assert values("audit_conclusion", form)["system_name"] == "Тараз Водоучёт"
    assert "system_name" not in values("audit_conclusion", running)


def scan(*rows: str) -> DocText:
    """One OCR'd page: each row a line of words read with confidence 0.9."""
    words = [w for i, row in enumerate(rows) for w in words_at(row, 60, 40 + LINE * i, confidence=0.9)]
    return DocText([Page(number=1, width=595, height=842, source="ocr", lines=group_lines(words))])


@pytest.mark.parametrize(
    ("written", "settled"),
    [
        ("AgroScan ХР", "AgroScan XP"),  # a word of twin letters beside a Latin word
        ("Ким O. B.", "Ким О. В."),  # initials beside a Cyrillic surname
        ("Cапа Дата", "Сапа Дата"),  # a mixed word by its own letters
        ("«ОК» Logistics Дата", "«ОК» Logistics Дата"),  # the other words disagree: as read
    ],
)
def test_words_of_twin_letters_take_the_script_of_their_name(written, settled):
    assert settle_twin_words(written) == settled


def test_a_scanned_name_is_put_into_one_script_but_a_text_layer_keeps_its_letters():
    rows = ("СВИДЕТЕЛЬСТВО № 78400", "Название объекта: AgroScan ХР", "Правообладатель: ТОО «ОК Logistics»")
    scanned = values("ip_certificate", scan(*rows))
    assert (scanned["object_title"], scanned["right_holder"]) == ("AgroScan XP", "ТОО «OK Logistics»")
    typed = values("ip_certificate", page(*rows))
    assert (typed["object_title"], typed["right_holder"]) == ("AgroScan ХР", "ТОО «ОК Logistics»")


@pytest.mark.parametrize(
    ("read", "issuer", "number"),
    [
        ("ВСА-26/4", "ТОО «Baiterek Cyber Audit»", "BCA-26/4"),  # Latin initials read as Cyrillic
        ("AC-3/26", "ТОО «Аудит Сервис»", "АС-3/26"),  # and Cyrillic ones read as Latin
        ("ВСА-26/4", "ТОО «Сенім Аудит»", "ВСА-26/4"),  # nothing spells it: as read
    ],
)
def test_a_number_of_twin_letters_takes_the_script_of_the_initials_it_abbreviates(read, issuer, number):
    doc = scan(f"ЗАКЛЮЧЕНИЕ № {read}", f"Аудитор: {issuer}", "Дата: 02.03.2026")
    assert values("audit_conclusion", doc)["conclusion_number"] == number


def test_a_label_whose_remark_in_brackets_wraps_in_its_cell():
    doc = page(
        "ЛИЦЕНЗИОННЫЙ ДОГОВОР № 4",
        "Лицензиар (владелец",
        ("исключительного права)", "ТОО «Алтын Код»"),
        ("Лицензиат", "АО «Сенім Банк»"),
    )
    found = values("copyright_agreement", doc)
    assert (found["grantor"], found["grantee"]) == ("ТОО «Алтын Код»", "АО «Сенім Банк»")


def test_a_bilingual_label_cell_whose_other_half_the_vocabulary_does_not_know():
    doc = page("ӨТІНІШ / ЗАЯВЛЕНИЕ", ("Саласы / Сфера", "көлік / транспорт"), ("Күні / Дата", "02.03.2026"))
    assert values("application", doc)["sector"] == "көлік / транспорт"


def test_a_speck_read_unsurely_inside_a_label_does_not_break_it():
    words = words_at("Жасанды интеллект жүйесінің , атауы: Тіл Көмекші", 60, 40, confidence=0.9)
    speck = 3  # the "," between the label's words, read at 0.3
    words[speck] = words[speck].model_copy(update={"confidence": 0.3})
    doc = DocText([Page(number=1, width=595, height=842, source="ocr", lines=group_lines(words))])
    assert values("application", doc)["system_name"] == "Тіл Көмекші"


def test_a_legal_form_ocr_garbled_is_taken_from_the_names_other_mention():
    doc = page(
        "«Береке Аудит» ЖШС",
        "АУДИТОРЛЫҚ ҚОРЫТЫНДЫ № 5",
        "Аудитор: «Береке Аудит» MLLIC",
        "Жүйе иесі: «Сапа Дата» ЖШС",
    )
    assert values("audit_conclusion", doc)["auditor_name"] == "«Береке Аудит» ЖШС"


def test_a_latin_name_ocr_read_in_cyrillic_letters_is_restored_from_its_other_mentions():
    """«Тагдет» misreads "Target" (г for r, д for g); «Атамекен» is Atameken's own Russian
    spelling, which a misreading table alone would also turn into Latin."""
    doc = scan(
        "ЗАЯВЛЕНИЕ",
        "Заявитель: АО «Тагдет Вапк»",
        "Разработчик: ТОО «Атамекен Софт» (Atameken Soft LLP)",
        "Электронная почта: office@target-bank.kz",
    )
    found = values("application", doc)
    assert found["applicant_name"] == "АО «Target Bank»"
    assert latin_misread("Атамекен", {"atameken"}) is None


@pytest.mark.parametrize("printed", ["` OncoScreen KZ", "© OncoScreen KZ ~", "< OncoScreen KZ >"])
def test_specks_at_a_values_ends_are_no_part_of_it(printed):
    from trustlist.extractors.values import parse_title

    assert parse_title(printed).value == "OncoScreen KZ"
