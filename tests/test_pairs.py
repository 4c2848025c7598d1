"""Label–value pairs found by the layout alone and named by their content words."""

from __future__ import annotations

import pytest

from tests.test_extraction import LINE, doc_of, page, values, words_at
from trustlist.core.models import Page, Word
from trustlist.extractors.fields import extract_fields
from trustlist.extractors.layout import group_lines
from trustlist.extractors.pagetext import DocText
from trustlist.extractors.pairs import labelled_pairs, pairs
from trustlist.extractors.vocab import load_vocab


def form(rows: list[tuple[str, str, str]]) -> DocText:
    """A numbered form: (row number, label cell line, value cell line) per printed line."""
    words: list[Word] = []
    for i, (number, label, value) in enumerate(rows):
        y = 40 + LINE * i
        words += words_at(number, 54, y) + words_at(label, 79, y) + words_at(value, 226, y)
    return doc_of(words)


def cells(rows: list[tuple[str, str]], right: float, left: float = 60, top: float = 40) -> list[Word]:
    """The words of rows of two cells, the right cell's words starting at ``right``."""
    return [
        word
        for i, (first, second) in enumerate(rows)
        for word in words_at(first, left, top + LINE * i) + words_at(second, right, top + LINE * i)
    ]


# Label cells wrap over up to three lines, one word hyphenated across two; none of these
# labels is written so in the vocabulary.
WRAPPING_FORM = [
    ("", "ЗАЯВКА", ""),
    ("1", "Полное наименование", "ТОО «Алтын Скор»"),
    ("", "заявителя (владельца", ""),
    ("", "системы)", ""),
    ("2", "Бизнес-идентифика-", "190540044204"),
    ("", "ционный номер (БИН)", ""),
    ("", "заявителя", ""),
    ("3", "Система ИИ", "Altyn Score"),
    ("", "(наименование)", ""),
    ("4", "Номер выпуска", "3.0"),
    ("", "(версия) системы", ""),
]


def test_a_forms_wrapped_label_cells_are_read_whole_and_named_by_content_words():
    doc = form(WRAPPING_FORM)
    found = {p.label: p.value for p in pairs(doc)}
    assert found["Бизнес-идентификационный номер (БИН) заявителя"] == "190540044204"
    assert found["Система ИИ (наименование)"] == "Altyn Score"
    assert [p.label for p, _, _ in labelled_pairs(doc, "application", "system_version")] == [
        "Номер выпуска (версия) системы"
    ]
    read = values("application", doc)
    assert read["applicant_name"] == "ТОО «Алтын Скор»"
    assert read["applicant_bin"] == "190540044204"
    assert read["system_name"] == "Altyn Score"
    assert read["system_version"] == "3.0"


def test_a_value_never_starts_with_the_words_of_its_own_label():
    """The vocabulary knows «название», not «Название произведения»: the label is the whole
    cell up to its colon, so the value is the work's name alone."""
    for label in ("Название произведения", "Название объекта авторского права"):
        doc = page("СВИДЕТЕЛЬСТВО", f"{label}: PowerSense", "Правообладатель: ТОО «Грид»")
        assert values("ip_certificate", doc)["object_title"] == "PowerSense"


def test_a_label_holding_another_fields_words_is_trusted_less():
    """«Өтінім берілген күн» (the application's filing date) holds «берілген күн» of the
    certificate's issue date: the date printed by the certificate's number wins."""
    doc = page(
        "КУӘЛІК",
        "№ 78164, 2026 жылғы 21 қаңтар",
        "Өтінім нөмірі: 80302",
        "Өтінім берілген күн: 29.12.2025",
    )
    assert values("ip_certificate", doc)["issue_date"] == "2026-01-21"


def test_twin_columns_of_a_bilingual_form_are_no_label_value_table():
    rows = [
        ("Тізілімге енгізілген күні", "Дата внесения в реестр"),
        ("11.02.2026", "11.02.2026"),
        ("Өтінім нөмірі", "Номер заявки"),
        ("212", "212"),
        ("Объектінің атауы", "Название объекта"),
        ("JolMonitor", "JolMonitor"),
    ]
    doc = doc_of(cells(rows, right=306))
    assert labelled_pairs(doc, "ip_certificate", "object_title") == []
    assert values("ip_certificate", doc)["object_title"] == "JolMonitor"


def test_bilingual_pairs_side_by_side_are_two_pairs():
    rows = [
        ("Өтініш беруші: «Жол Аналитика» ЖШС", "Заявитель: ТОО «Жол Аналитика»"),
        ("БСН: 200240029333", "БИН: 200240029333"),
        ("Жүйенің нұсқасы: 1.2", "Версия системы: 1.2"),
    ]
    doc = doc_of(cells(rows, right=306, left=51))
    assert [(p.label, p.value) for p in pairs(doc)][:2] == [
        ("Өтініш беруші", "«Жол Аналитика» ЖШС"),
        ("Заявитель", "ТОО «Жол Аналитика»"),
    ]


def test_a_form_whose_label_cells_wrap_longer_than_their_values_stays_a_table():
    """Two of five lines carry a label cell alone: still rows, not two columns of prose."""
    doc = form(
        [
            ("№", "Наименование сведений", "Сведения"),
            ("8", "Документ,", "свидетельство № 77688 от 03.12.2025; договор № 07/26 от"),
            ("", "подтверждающий права на", "20.01.2026"),
            ("", "систему", ""),
            ("9", "Аудиторское заключение", "№ QAA-2026-031 от 18.03.2026"),
            ("", "(номер, дата)", ""),
            ("10", "Дата заполнения заявки", "06.04.2026"),
        ]
    )
    assert "10 Дата заполнения заявки 06.04.2026" in doc.text.splitlines()
    assert values("application", doc)["application_date"] == "2026-04-06"


def test_two_tables_on_a_page_and_no_value_starting_on_a_label():
    """A details table (values at one edge) above a criteria table (results at another);
    «System owner Mediana LLP» reads as a company's name unless its label is known to be one."""
    words = words_at("Qazaq AI Assurance LLP", 347, 40) + words_at("INDEPENDENT AUDIT REPORT", 60, 60)
    details = [
        ("Report No.", "QAA-2026-077"),
        ("AI system", "OncoScreen KZ, version 1.0.3"),
        ("System owner", "Mediana LLP"),
        ("Auditor BIN", "200440077310"),
    ]
    words += cells(details, right=211, left=61, top=80) + words_at(
        "We audited OncoScreen KZ against the requirements for high-risk AI systems.", 60, 170
    )
    criteria = [
        ("Quality and lawfulness of training data", "Met"),
        ("Absence of functions prohibited by law", "Met"),
        ("Human oversight by the radiologist", "Met"),
    ]
    doc = doc_of(words + cells(criteria, right=408, left=54, top=200))
    assert {p.label: p.value for p in pairs(doc)}["Report No."] == "QAA-2026-077"
    found = values("audit_conclusion", doc)
    assert found["system_owner"] == "Mediana LLP"
    assert found["auditor_name"] == "Qazaq AI Assurance LLP"
    assert found["system_name"] == "OncoScreen KZ"
    assert found["covers_training_data"] is True


def test_a_signature_row_names_who_signs_not_the_roles_field():
    doc = page(
        "АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ № ТО-7/26",
        "ТОО «Тексеру Орталығы» провело аудит системы «Kerege Fraud Monitor».",
        ("Генеральный директор", "________ Абенов К. Т."),
        ("Аудитор систем ИИ", "________ Жолдасова М. Е."),
        "ТОО «Тексеру Орталығы» · БИН 180340077450",
    )
    assert pairs(doc) == []
    assert values("audit_conclusion", doc)["auditor_name"] == "ТОО «Тексеру Орталығы»"


def test_a_value_cell_beats_a_labels_words_running_on_in_a_subtitle():
    words = words_at("INDEPENDENT AUDIT REPORT", 60, 40) + words_at(
        "AI system conformity audit — health care", 60, 60
    )
    rows = [
        ("Report No.", "QAA-2026-077"),
        ("AI system", "OncoScreen KZ, version 1.0.3"),
        ("System owner", "Mediana LLP"),
    ]
    doc = doc_of(words + cells(rows, right=211, left=61, top=80))
    assert values("audit_conclusion", doc)["system_name"] == "OncoScreen KZ"


def test_a_legal_forms_abbreviation_is_given_in_capitals_outside_the_quotes():
    from trustlist.extractors.values import parse_name

    assert parse_name("«Цифрлық Сараптама» жшс").value == "«Цифрлық Сараптама» ЖШС"
    assert parse_name("тоо «Жол ақ»").value == "ТОО «Жол ақ»"
    doc = page("«Цифрлық Сараптама» жшс", "АУДИТОРЛЫҚ ҚОРЫТЫНДЫ № ЦС-2026/12")
    assert values("audit_conclusion", doc)["auditor_name"] == "«Цифрлық Сараптама» ЖШС"


def test_a_bilingual_forms_twin_values_are_reported_in_russian():
    rows = [
        ("ӨТІНІШ", "ЗАЯВЛЕНИЕ"),
        ("Өтініш беруші: «Жол Аналитика» ЖШС", "Заявитель: ТОО «Жол Аналитика»"),
        ("Қолданылу саласы: көлік", "Отрасль применения: транспорт"),
        ("Объектінің түрі: ЭЕМ-ге арналған бағдарлама", "Вид объекта: программа для ЭВМ"),
    ]
    doc = doc_of(cells(rows, right=340, left=51))
    found = values("application", doc)
    assert (found["applicant_name"], found["sector"]) == ("ТОО «Жол Аналитика»", "транспорт")
    assert values("ip_certificate", doc)["object_type"] == "программа для ЭВМ"


@pytest.mark.parametrize(
    "specks",
    [
        [("a", 641, 0.2), ("22", 1233, 0.2)],  # read unsurely
        [("|", 641, 0.78)],  # a dust speck read surely as a bar, in a cell of its own
    ],
)
def test_specks_after_a_colon_leave_the_value_on_the_next_line(specks):
    sure = 0.95
    words = words_at("СВИДЕТЕЛЬСТВО", 190, 40, sure) + words_at("Автор(ы):", 184, 60, sure)
    for text, x, confidence in specks:
        words += words_at(text, x, 60, confidence)
    words += words_at("Жақсылықов Ерболат Маратұлы, Ким Алина Викторовна", 233, 80, sure)
    words += words_at("Правообладатель: ТОО «Сана Мед»", 188, 100, sure)
    doc = DocText([Page(number=1, width=1400, height=1900, source="ocr", lines=group_lines(words))])
    assert values("ip_certificate", doc)["authors"] == "Жақсылықов Ерболат Маратұлы, Ким Алина Викторовна"


def test_a_form_with_a_label_column_per_language_reads_the_last_cell_as_the_value():
    """Rows as a bilingual form prints them, some label cells wrapping onto a second line."""
    words: list[Word] = []
    rows = [
        ("№", "Көрсеткіш", "Показатель", "Мәні / Значение"),
        ("1", "Өтініш беруші туралы", "Сведения о заявителе:", "ТОО «Шипагер Диагностика»"),
        ("", "мәліметтер: атауы", "наименование", ""),
        ("2", "БСН", "БИН", "190940022159"),
        ("3", "ЖИ жүйесінің атауы", "Наименование (название)", "DermaScan KZ"),
        ("", "", "системы ИИ", ""),
        ("4", "Нұсқа нөмірі (релиз)", "Номер версии (релиза)", "3.2.0"),
        ("5", "Қолданылу саласы", "Сфера применения", "Денсаулық сақтау / Здравоохранение"),
    ]
    for i, (number, kazakh, russian, value) in enumerate(rows):
        y = 60 + LINE * i
        words += words_at(number, 49, y) + words_at(kazakh, 72, y) + words_at(russian, 200, y)
        words += words_at(value, 380, y)
    found = values("application", doc_of(words_at("ӨТІНІШ / ЗАЯВЛЕНИЕ", 260, 40) + words))
    assert (found["applicant_name"], found["applicant_bin"]) == ("ТОО «Шипагер Диагностика»", "190940022159")
    assert (found["system_name"], found["system_version"]) == ("DermaScan KZ", "3.2.0")
    assert found["sector"] == "Денсаулық сақтау / Здравоохранение"


def test_a_label_cell_running_close_to_the_value_column_is_still_a_row():
    """Word boxes as a form's text layer gives them: «системы» ends 9 points before the
    value column, less than a cell gap elsewhere."""
    printed = [
        [("1.3", 55, 69), ("Место", 94, 122), ("нахождения", 125, 181), ("г. Астана", 262, 307)],
        [("1.4", 55, 69), ("Наименование", 94, 161), ("(название)", 164, 212), ("системы", 215, 253)]
        + [("TrafficEye", 262, 305), ("Astana", 308, 337)],
        [("ИИ", 94, 107)],
        [
            ("1.5", 55, 69),
            ("Номер", 94, 123),
            ("версии", 126, 157),
            ("(релиза)", 160, 198),
            ("2.0.4", 262, 284),
        ],
    ]
    words = [
        Word(text=text, bbox=(x0, 60 + 12 * row, x1, 69.5 + 12 * row))
        for row, line in enumerate(printed)
        for text, x0, x1 in line
    ]
    found = values("application", doc_of(words_at("ЗАЯВКА", 273, 40) + words))
    assert (found["system_name"], found["system_version"]) == ("TrafficEye Astana", "2.0.4")


def test_a_signer_in_the_closing_lines_is_no_party():
    """The signature rows are read more surely than the parties' rows, and still lose."""
    rows = [
        ("ЛИЦЕНЗИОННЫЙ ДОГОВОР № 4", "", 0.95),
        ("Лицензиар", "ТОО «Nomad Code Lab»", 0.85),
        ("Лицензиат", "ТОО «MedVision Qazaqstan»", 0.85),
        ("1. Лицензиар предоставляет Лицензиату исключительную лицензию.", "", 0.95),
        ("Лицензиар", "Жанатов Б. Е.", 0.97),
        ("Лицензиат", "Байжанов Т. Р.", 0.97),
    ]
    words = [
        word
        for i, (label, value, sure) in enumerate(rows)
        for word in words_at(label, 60, 40 + LINE * i, sure) + words_at(value, 300, 40 + LINE * i, sure)
    ]
    found = values("copyright_agreement", doc_of(words))
    assert (found["grantor"], found["grantee"]) == ("ТОО «Nomad Code Lab»", "ТОО «MedVision Qazaqstan»")


def test_a_scans_cell_borders_read_as_bars_mark_the_value_column():
    """A phone photo's rows: word gaps no wider than word heights, the ruling read as «|»;
    a row whose label OCR lost stays a row of its own under a short value."""
    sure = 0.96
    printed = [
        [("Тапсырыс", 289, 439), ("беруші", 448, 551), ("(жүйе", 562, 647), ("иесі)", 656, 726)]
        + [("|", 738, 752), ("«Жол", 754, 827), ("Интеллект»", 837, 996), ("АҚ,", 1006, 1051)]
        + [("БСН", 1063, 1120), ("151040090522", 1134, 1325)],
        [("Жүйенің", 288, 416), ("атауы", 425, 514), ("TrafficEye", 752, 885), ("Astana", 894, 981)],
        [
            ("«Ақиқат", 753, 863),
            ("Сараптама»", 873, 1034),
            ("ЖШС,", 1045, 1128),
            ("160640033900", 1212, 1406),
        ],
        [("Қорытындының", 286, 532), ("қолданылу", 542, 706), ("|", 720, 737), ("16", 755, 783)]
        + [("наурыз", 793, 889), ("2027", 899, 962), ("ж.", 972, 1001), ("дейін", 1012, 1083)],
        [("мерзімі", 285, 400)],
    ]
    words = [
        Word(text=text, bbox=(x0, 300 + 40 * row, x1, 325 + 40 * row), confidence=sure)
        for row, line in enumerate(printed)
        for text, x0, x1 in line
    ]
    title = [
        Word(text=t, bbox=(x, 200, x + 300, 228), confidence=sure)
        for t, x in (("АУДИТОРЛЫҚ", 450), ("ҚОРЫТЫНДЫ", 780))
    ]
    doc = DocText([Page(number=1, width=1700, height=2300, source="ocr", lines=group_lines(title + words))])
    found = values("audit_conclusion", doc)
    assert (found["system_owner"], found["system_name"]) == ("«Жол Интеллект» АҚ", "TrafficEye Astana")
    assert found["valid_until"] == "2027-03-16"


def test_a_scanned_conclusions_prose_beside_its_details_table_names_no_field():
    """Details rows over a verdict and prose whose words start at the value column: a line
    of prose ending a sentence is no label cell, so its wrapped words name no field."""
    rows = [
        ("Система", "Kerege Fraud Monitor"),
        ("Версия", "5.0"),
        ("Вывод", "система не соответствует требованиям"),
        ("", "(отрицательное заключение)"),
        ("Проведена оценка качества", "и законности данных, использованных для обучения"),
        ("системы.", ""),
    ]
    doc = doc_of(words_at("ЗАКЛЮЧЕНИЕ № ОТА-26/051", 60, 20) + cells(rows, right=260))
    assert "Проведена оценка качества системы." not in {p.label for p in pairs(doc)}
    assert values("audit_conclusion", doc)["system_name"] == "Kerege Fraud Monitor"


def test_a_value_read_across_a_wrapped_label_cell_keeps_its_own_words_as_provenance():
    """The right holder's cell wraps onto a second line: the name is read from the first,
    and the BIN printed after it, wrapped onto the next, is its companion."""
    rows = [
        ("СВИДЕТЕЛЬСТВО № 76102", ""),
        ("Номер свидетельства", "76102"),
        ("Құқық иеленуші", "«Жол Интеллект» АК, БСН"),
        ("", "151040090522"),
        ("Дата создания", "01.10.2025"),
    ]
    doc = doc_of(cells(rows, right=260))
    (holder,) = [p for p in pairs(doc) if p.label.startswith("Құқық")]
    start, end = holder.value_span(0, len("«Жол Интеллект» АК"))
    assert doc.text[start:end] == "«Жол Интеллект» АК"
    found = extract_fields(load_vocab()["ip_certificate"], doc)
    assert found["right_holder"].value == "«Жол Интеллект» АК"
    assert found["right_holder_bin"].value == "151040090522"


def test_a_label_centred_in_its_row_takes_the_value_lines_above_and_below_it():
    """A ruled row whose value wraps onto two lines prints its one-line label centred between
    them: «Ли Вадим Олегович, Оспанова Айгерим» / «6 Автор(ы)» / «Кайратовна»."""
    doc = form(
        [
            ("", "СВИДЕТЕЛЬСТВО № 75902", ""),
            ("1", "Номер заявки", "92207"),
            ("2", "Дата подачи заявки", "26.05.2025"),
            ("", "", "Ли Вадим Олегович, Оспанова Айгерим"),
            ("6", "Автор(ы)", ""),
            ("", "", "Кайратовна"),
            ("7", "Правообладатель", "ТОО «Навигатор Софт»"),
        ]
    )
    authors = "Ли Вадим Олегович, Оспанова Айгерим Кайратовна"
    assert {p.label: p.value for p in pairs(doc)}["Автор(ы)"] == authors
    read = values("ip_certificate", doc)
    assert read["authors"] == authors
    assert read["application_number"] == "92207"  # not «922072», the next row's number with it
    assert read["right_holder"] == "ТОО «Навигатор Софт»"


def spaced(text: str, x: float, y: float, space: float) -> list[Word]:
    """Words of ``text`` from (x, y) with ``space`` points between them, as a justified line."""
    words, cursor = [], x
    for token in text.split():
        words += words_at(token, cursor, y)
        cursor = words[-1].bbox[2] + space
    return words


def test_a_justified_line_of_prose_is_no_table_row():
    """Justified prose spreads every space of a line evenly, some as wide as a cell's gap:
    a gap is a cell's only when it is wider than the line's other spaces."""
    table = cells([("Объект аудита", "система «MedTriage Assist»"), ("Версия", "2.3.1")], right=260)
    prose = spaced("2.3 Проверено отсутствие в системе функций, запрещённых законом", 60, 100, 14)
    prose += spaced("(манипулирование поведением, социальный скоринг, биометрическая", 60, 120, 12)
    doc = doc_of(words_at("АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ", 60, 10) + table + prose)
    assert [p.label for p in pairs(doc)] == ["Объект аудита", "Версия"]
    assert values("audit_conclusion", doc)["system_name"] == "MedTriage Assist"


def test_a_row_of_boxed_options_gives_the_one_ticked():
    doc = page("ЗАЯВЛЕНИЕ", "Сфера применения: ☐ финансы ☒ здравоохранение ☐ транспорт ☐ образование")
    assert values("application", doc)["sector"] == "здравоохранение"
    unclear = page("ЗАЯВЛЕНИЕ", "Сфера применения: ☒ финансы ☒ здравоохранение ☐ транспорт")
    # Two ticked: the row as printed, for a reviewer to read.
    assert values("application", unclear)["sector"] == "☒ финансы ☒ здравоохранение ☐ транспорт"


def test_a_label_naming_its_own_document_is_whole_one_naming_another_field_is_not():
    """Both rows hold «берілген күн» (date of issue); the first names the certificate besides,
    the second the application, a word of another field's label."""
    rows = [
        ("КУӘЛІК № 76340", ""),
        ("Куәліктің берілген күні", "2025 жылғы 3 желтоқсан"),
        ("Өтінім нөмірі", "94118"),
        ("Өтінім берілген күн", "2025 жылғы 21 қараша"),
        ("Обьектінің атауы", "ҰпайСкор"),
    ]
    doc = doc_of(cells(rows, right=260))
    assert [whole for _, _, whole in labelled_pairs(doc, "ip_certificate", "issue_date")] == [True, False]
    assert values("ip_certificate", doc)["issue_date"] == "2025-12-03"


def test_a_row_with_a_label_per_language_is_no_justified_prose():
    """Half a bilingual row's spaces are gaps between cells: the one before the value is no
    wider than the line's middle space, but far wider than a space between words."""
    rows = [
        ("Өтініш берушінің атауы", "Наименование заявителя", "АО «Энергожүйе»"),
        ("Жүйенің атауы", "Наименование системы", "ЖеліБолжам"),
        ("Жүйенің нұсқасы", "Версия системы", "3.2.0"),
        ("Қолданылу саласы", "Сфера применения", "энергетика"),
    ]
    words: list[Word] = []
    for i, (kazakh, russian, value) in enumerate(rows):
        words += words_at(kazakh, 55, 60 + LINE * i) + words_at(russian, 203, 60 + LINE * i)
        words += words_at(value, 350, 60 + LINE * i)
    found = values("application", doc_of(words_at("ӨТІНІШ / ЗАЯВЛЕНИЕ", 214, 40) + words))
    assert (found["system_name"], found["system_version"]) == ("ЖеліБолжам", "3.2.0")
    assert found["sector"] == "энергетика"
