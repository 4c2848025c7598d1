"""Field extraction strategies on synthetic pages: the layouts documents really use."""

from __future__ import annotations

import pytest

from trustlist.core.models import Page, Word
from trustlist.extractors.classify import classify
from trustlist.extractors.fields import extract_fields
from trustlist.extractors.language import detect_language
from trustlist.extractors.layout import group_lines
from trustlist.extractors.pagetext import DocText
from trustlist.extractors.vocab import load_vocab

CHAR = 6.0  # width of a character in points
LINE = 20.0  # distance between lines


def words_at(text: str, x: float, y: float, confidence: float | None = None) -> list[Word]:
    """Words of ``text`` starting at (x, y), one character CHAR wide."""
    words, cursor = [], x
    for token in text.split():
        words.append(
            Word(text=token, bbox=(cursor, y, cursor + CHAR * len(token), y + 10), confidence=confidence)
        )
        cursor += CHAR * (len(token) + 1)
    return words


def page(*rows: str | tuple[str, str]) -> DocText:
    """One page; a row is a line of text, or (label cell, value cell) of a ruled table."""
    words: list[Word] = []
    for i, row in enumerate(rows):
        y = 40 + LINE * i
        if isinstance(row, tuple):
            words += words_at(row[0], 60, y) + words_at(row[1], 300, y + 1.5)
        else:
            words += words_at(row, 60, y)
    return doc_of(words)


def doc_of(words: list[Word]) -> DocText:
    """One text-layer page of these words, grouped into lines as a PDF's would be."""
    return DocText([Page(number=1, width=595, height=842, source="text_layer", lines=group_lines(words))])


def values(doc_type: str, doc: DocText) -> dict[str, object]:
    return {name: f.value for name, f in extract_fields(load_vocab()[doc_type], doc).items()}


def test_label_and_value_on_one_line():
    found = values("application", page("ЗАЯВЛЕНИЕ", "Заявитель: ТОО «Дата Сапа»", "БИН: 180340012346"))
    assert found["applicant_name"] == "ТОО «Дата Сапа»"
    assert found["applicant_bin"] == "180340012346"


def test_value_on_the_next_line():
    found = values(
        "ip_certificate",
        page("СВИДЕТЕЛЬСТВО", "Правообладатель", "ТОО «Сапа Кредит»", "Номер заявки", "80736"),
    )
    assert found["right_holder"] == "ТОО «Сапа Кредит»"
    assert found["application_number"] == "80736"


def test_ruled_table_row_keeps_label_and_value_together():
    found = values(
        "audit_conclusion",
        page(
            ("Наименование системы", "Сапа Скоринг"),
            ("Версия системы", "4.1"),
            ("Результат аудита", "положительное"),
        ),
    )
    assert found["system_name"] == "Сапа Скоринг"
    assert found["system_version"] == "4.1"
    assert found["result"] == "positive"


def two_columns(left: list[str], right: list[str], x_right: float = 316) -> list[str]:
    """Lines of a page set in two justified columns, as read back in reading order."""
    words: list[Word] = []
    for column, x in ((left, 60.0), (right, x_right)):
        for i, text in enumerate(column):
            words += words_at(text, x, 100 + 12 * i)
    return [line.text for line in group_lines(words)]


LEFT_PROSE = [
    "Система предназначена для оценки",
    "кредитоспособности заемщиков и не",
    "заменяет решение кредитного комитета.",
    "Обучающая выборка сформирована",
]
RIGHT_PROSE = [
    "Риски идентифицируются ежеквартально",
    "по методике, утвержденной приказом",
    "руководителя; реестр рисков ведется",
    "службой внутреннего контроля.",
]


def test_two_columns_of_prose_are_read_column_by_column():
    assert two_columns(LEFT_PROSE, RIGHT_PROSE) == LEFT_PROSE + RIGHT_PROSE


def test_a_key_value_table_is_still_read_row_by_row():
    # Short ragged label cells beside their values: a table, not two columns of text.
    labels = ["Заявитель", "БИН", "Наименование системы", "Версия"]
    cells = ["ТОО «Сапа Кредит» (Казахстан)", "180340012346", "Сапа Скоринг", "4.1"]
    assert two_columns(labels, cells, x_right=240) == [f"{a} {b}" for a, b in zip(labels, cells, strict=True)]


def test_a_table_whose_labels_reach_their_cells_edge_is_still_read_row_by_row():
    """Labels as long as a column of prose, each ending close to the value column: still a
    table, since each label opens with a capital where prose goes on in lower case."""
    labels = ["Заказчик (владелец системы)", "Основание договора на аудит", "Период проведения аудита"]
    cells = [
        "ТОО «Жүрек Дата», БИН 190440526016",
        "договор на оказание услуг по аудиту № 118-А от 12.01.2026",
        "с 19 января по 13 февраля 2026 года",
    ]
    assert two_columns(labels, cells, x_right=230) == [f"{a} {b}" for a, b in zip(labels, cells, strict=True)]


def test_a_full_width_heading_ends_the_columns():
    words = words_at("ОПИСАНИЕ СИСТЕМЫ ИСКУССТВЕННОГО ИНТЕЛЛЕКТА ВЫСОКОЙ СТЕПЕНИ РИСКА", 60, 80)
    for i, (a, b) in enumerate(zip(LEFT_PROSE, RIGHT_PROSE, strict=True)):
        words += words_at(a, 60, 100 + 12 * i) + words_at(b, 316, 100 + 12 * i)
    lines = [line.text for line in group_lines(words)]
    assert lines[0].startswith("ОПИСАНИЕ СИСТЕМЫ")
    assert lines[1:] == LEFT_PROSE + RIGHT_PROSE


def test_a_signature_block_below_the_columns_stays_out_of_them():
    words: list[Word] = []
    for i, (a, b) in enumerate(zip(LEFT_PROSE, RIGHT_PROSE, strict=True)):
        words += words_at(a, 60, 100 + 12 * i) + words_at(b, 316, 100 + 12 * i)
    words += words_at("Директор", 60, 170) + words_at("Байжанов Т. Р.", 330, 180)
    assert [line.text for line in group_lines(words)][-2:] == ["Директор", "Байжанов Т. Р."]


def test_english_engagement_wording_wrapped_over_lines():
    doc = page(
        "AUDIT CONCLUSION No. EAP/AI/2026-044",
        "Eurasia Assurance Partners LLP (BIN 121040022909) was engaged by",
        "Individual Entrepreneur Bauyrzhan Akhmetov (IIN 850312300121) to audit",
        "the AI system Kadr",
        "Taldau, version 2.3.",
    )
    found = values("audit_conclusion", doc)
    assert found["auditor_name"] == "Eurasia Assurance Partners LLP"
    assert found["auditor_bin"] == "121040022909"
    assert found["system_owner"] == "Individual Entrepreneur Bauyrzhan Akhmetov"
    assert found["system_owner_bin"] == "850312300121"
    assert found["system_name"] == "Kadr Taldau"


@pytest.mark.parametrize(
    ("title", "rule", "name"),
    [
        ("Chief Executive Officer", "________S_e__a_l ______", "Daniyar K. Serikbayev"),
        ("Заместитель Председателя Правления", "________М__.П__.______", "Нургалиева А. С."),
        ("Жеке кәсіпкер", "__________________", "Ә. Б. Сәрсенбаев"),
    ],
)
def test_the_name_after_a_signature_rule_is_the_signatory_whatever_the_title(title, rule, name):
    doc = page("ЗАЯВЛЕНИЕ", "Заявитель: ТОО «Дата Сапа»", title, f"{rule} {name}")
    assert values("application", doc)["signatory"] == name


def test_label_cell_wrapping_around_its_value_is_rejoined():
    words = (
        words_at("БИН аудиторской", 60, 100)
        + words_at("150640012877", 300, 108)
        + words_at("организации", 60, 116)
        + words_at("Версия системы", 60, 150)
        + words_at("3.0", 300, 150)
    )
    doc = doc_of(words)
    assert values("audit_conclusion", doc)["auditor_bin"] == "150640012877"


def test_value_cell_of_two_lines_beside_a_one_line_label_is_rejoined():
    words = (
        words_at("система соответствует требованиям", 300, 100)
        + words_at("Вывод аудитора", 60, 108)
        + words_at("законодательства Республики Казахстан", 300, 116)
        + words_at("Версия системы", 60, 150)
        + words_at("3.0", 300, 150)
    )
    lines = [line.text for line in group_lines(words)]
    assert (
        lines[0] == "Вывод аудитора система соответствует требованиям законодательства Республики Казахстан"
    )
    doc = doc_of(words)
    assert values("audit_conclusion", doc)["result"] == "positive"


def test_a_justified_lines_wide_space_makes_no_wrapped_table_row():
    """OCR splits a justified line at its widest space; the next line runs on under the
    «cell» after it, so it is the paragraph's next line, not a label cell's wrap."""
    first = words_at("Настоящее заключение сохраняет силу в течение одного года —", 60, 100)
    rest = words_at("до 10 декабря", 460, 100)
    below = words_at(
        "2026 года. Заключение распространяется только на указанную версию системы; при", 60, 114
    )
    ids = [1] * len(first) + [2] * len(rest) + [3] * len(below)
    lines = [line.text for line in group_lines(first + rest + below, ids)]
    assert lines == [
        "Настоящее заключение сохраняет силу в течение одного года — до 10 декабря",
        "2026 года. Заключение распространяется только на указанную версию системы; при",
    ]
    found = values("audit_conclusion", doc_of(first + rest + below))
    assert found["valid_until"] == "2026-12-10"


def test_values_inside_running_text():
    doc = page(
        "АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ № АЗ-011/26",
        "по результатам аудита системы искусственного интеллекта высокой степени риска",
        "ТОО «Сенім Аудит» (БИН 150640012877) провело аудит системы искусственного",
        "интеллекта «Шипа Триаж» версии 1.1, владельцем которой является ТОО",
        "«Шипа Медикал» (БИН 171140088227).",
        "По результатам аудита система не соответствует требованиям; заключение отрицательное.",
    )
    found = values("audit_conclusion", doc)
    assert found["conclusion_number"] == "АЗ-011/26"
    assert found["auditor_name"] == "ТОО «Сенім Аудит»"
    assert found["auditor_bin"] == "150640012877"
    assert found["system_name"] == "Шипа Триаж"
    assert found["system_version"] == "1.1"
    assert found["system_owner"] == "ТОО «Шипа Медикал»"
    assert found["system_owner_bin"] == "171140088227"
    assert found["result"] == "negative"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Заключение: положительное.", "positive"),
        (
            "Несоответствий не выявлено. Система соответствует требованиям, заключение положительное.",
            "positive",
        ),
        ("Система не соответствует требованиям.", "negative"),
        ("Аудит нәтижелері бойынша жүйе талаптарға сәйкес келмейді, қорытынды теріс.", "negative"),
        ("Аудит нәтижелері бойынша жүйе талаптарға сәйкес келеді, қорытынды оң.", "positive"),
        ("In our opinion, the system does not comply with the requirements.", "negative"),
    ],
)
def test_audit_verdict_from_wording(sentence, expected):
    assert values("audit_conclusion", page("АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ № 1", sentence))["result"] == expected


def test_a_label_word_inside_a_sentence_is_not_a_label():
    doc = page(
        "АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ № 5",
        "по результатам аудита системы искусственного интеллекта высокой степени риска",
    )
    assert "system_name" not in values("audit_conclusion", doc)


def test_ocr_lookalike_letters_and_kazakh_endings_still_match_labels():
    # "Зaявитель" with a Latin "a"; Kazakh genitive «иеленушінің».
    assert (
        values("application", page("ЗАЯВЛЕНИЕ", "Зaявитель: ТОО «Дата Сапа»"))["applicant_name"]
        == "ТОО «Дата Сапа»"
    )
    cert = page("КУӘЛІК", "Құқық иеленуші «Білім Ақыл» ЖШС", "Құқық иеленушінің БСН 220340067899")
    found = values("ip_certificate", cert)
    assert found["right_holder"] == "«Білім Ақыл» ЖШС"
    assert found["right_holder_bin"] == "220340067899"


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("«15» марта 2026 года", "2026-03-15"),
        ("2026 жылғы 15 наурыз", "2026-03-15"),
        ("March 15, 2026", "2026-03-15"),
    ],
)
def test_dates_in_words(written, iso):
    assert values("application", page("ЗАЯВЛЕНИЕ", f"Дата заявления: {written}"))["application_date"] == iso


def test_low_confidence_ocr_debris_is_trimmed_from_a_value():
    words = words_at("Название объекта", 60, 40, 0.95) + words_at("Каржы Скоринг", 300, 40, 0.93)
    words += words_at("г. о", 420, 40, 0.2)
    doc = DocText(
        [Page(number=1, width=595, height=842, source="ocr", lines=group_lines(words), confidence=0.8)]
    )
    fields = extract_fields(load_vocab()["ip_certificate"], doc)
    assert fields["object_title"].value == "Каржы Скоринг"
    assert 0 < fields["object_title"].confidence < 0.95  # scaled by the words' OCR confidence


def test_provenance_points_at_the_value():
    fields = extract_fields(load_vocab()["application"], page("ЗАЯВЛЕНИЕ", "Заявитель: ТОО «Дата Сапа»"))
    field = fields["applicant_name"]
    assert field.page == 1 and field.method == "label"
    x0, top, x1, bottom = field.bbox
    assert x0 >= 60 + CHAR * len("Заявитель: ") - 1  # the box starts at the value, not at the label
    assert top == pytest.approx(60.0)


def test_classification_by_content():
    assert [c.type for c in classify(page("ДОВЕРЕННОСТЬ", "Настоящей доверенностью уполномочиваю"))] == [
        "other"
    ]
    app_with_description = page(
        "ЗАЯВЛЕНИЕ",
        "ТОО «Дата Сапа» просит включить систему в перечень доверенных систем.",
        "1. Назначение системы",
        "Анализ рентгенограмм.",
        "2. Функции",
        "Прогноз.",
        "3. Используемые данные",
        "Обезличенные снимки.",
        "4. Управление рисками",
        "Реестр рисков.",
        "5. Контроль со стороны человека",
        "Врач проверяет результат.",
    )
    assert [c.type for c in classify(app_with_description)] == ["application", "system_description"]
    described = values("system_description", app_with_description)
    assert set(described) == {"purpose", "functions", "data", "risk_management", "human_oversight"}
    assert described["purpose"] == "Анализ рентгенограмм."


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Заявитель просит включить систему в перечень доверенных систем искусственного интеллекта.", "ru"),
        ("Өтініш беруші жүйені сенімді жасанды интеллект жүйелерінің тізбесіне енгізуді сұрайды.", "kk"),
        ("The applicant requests inclusion of the system in the list of trusted systems.", "en"),
        ("Заявитель просит включить систему. The applicant requests inclusion of the system.", "mixed"),
    ],
)
def test_language(text, language):
    assert detect_language(text) == language


def test_matching_from_parallel_threads_gives_the_same_hits():
    """The flow extracts documents in threads. Without the lock around spaCy's shared
    vocabulary, this loses strings (E018 "Can't retrieve string for hash") in a few
    of the 300 runs; with it, every run finds all 80 phrases."""
    from concurrent.futures import ThreadPoolExecutor

    from trustlist.extractors.normalise import for_matching
    from trustlist.extractors.phrases import PhraseIndex

    def run(i: int) -> int:
        index = PhraseIndex({f"key{i}_{k}": [f"фраза{i} слово{k}", f"другая{i}{k}"] for k in range(40)})
        return len(index.find(for_matching(" ".join(f"фраза{i} слово{k} другая{i}{k}" for k in range(40)))))

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(run, range(300))) == [80] * 300


@pytest.mark.parametrize(
    ("layer", "usable"),
    [
        ("Заявитель просит включить систему в перечень доверенных систем", True),
        ("Өтініш беруші жүйені сенімді жасанды интеллект жүйелерінің тізбесіне енгізуді сұрайды", True),
        ("(cid:34)(cid:71)(cid:12)(cid:99) (cid:5)(cid:81)(cid:40)(cid:33)(cid:71)(cid:12)(cid:99)", False),
        # UTF-8 read as cp1252: the text layer of a PDF made by a broken converter.
        ("Ð—Ð°Ñ\x8fÐ²Ð¸Ñ‚ÐµÐ»ÑŒ Ð¿Ñ€Ð¾Ñ\x81Ð¸Ñ‚ Ð²ÐºÐ»ÑŽÑ‡Ð¸Ñ‚ÑŒ Ñ\x81Ð¸Ñ\x81Ñ‚ÐµÐ¼Ñƒ", False),
        # Glyph codes in the private-use area: a font without a Unicode map.
        ("\ue041\ue052\ue063\ue074 \ue085\ue096\ue0a7\ue0b8\ue0c9 \ue0da\ue0eb\ue0fc\ue10d", False),
        ("12 . . . | | — 3", False),
    ],
)
def test_text_layers_that_need_ocr_are_recognised(layer, usable):
    from trustlist.extractors.text import usable_text

    assert usable_text(layer, 20) is usable


def test_ocr_reading_of_a_legal_form_in_latin_letters_is_restored():
    from trustlist.extractors.values import parse_name

    assert parse_name("TOO «Qazaq Energy Lab»").value == "ТОО «Qazaq Energy Lab»"
    assert parse_name("Senim Audit LLP").value == "Senim Audit LLP"


def test_a_quote_mark_without_its_partner_at_a_values_edge_is_a_speck():
    from trustlist.extractors.values import parse_name, parse_people, parse_title

    assert parse_people("“Сейткали Асель Болатовна, Ким Денис Олегович").value == (
        "Сейткали Асель Болатовна, Ким Денис Олегович"
    )
    assert parse_title("Терапевт Ассистент”").value == "Терапевт Ассистент"
    assert parse_name("«Жол Интеллект» АҚ").value == "«Жол Интеллект» АҚ"
    assert parse_title("«Qamqor Triage»").value == "Qamqor Triage"


def test_narrative_conclusion_number_after_its_title_and_the_contracting_owner():
    doc = page(
        "ЗАКЛЮЧЕНИЕ",
        "по результатам аудита системы искусственного интеллекта № ТО-2026/014",
        "г. Астана «27» февраля 2026 года",
        "ТОО «Тексеру Орталығы» (БИН 180340077450) на основании договора с АО",
        "«Астана Смарт Транзит» (БИН 171110022640) провело аудит системы",
    )
    found = values("audit_conclusion", doc)
    assert found["conclusion_number"] == "ТО-2026/014"
    assert found["auditor_name"] == "ТОО «Тексеру Орталығы»"
    assert found["system_owner"] == "АО «Астана Смарт Транзит»"
    assert found["system_owner_bin"] == "171110022640"


@pytest.mark.parametrize(
    ("doc_type", "label", "field"),
    [
        # A party's BIN labelled with that party's own word, in each language's word order.
        ("copyright_agreement", "Лицензиаттың БСН:", "grantee_bin"),
        ("copyright_agreement", "БИН Правоприобретателя", "grantee_bin"),
        ("copyright_agreement", "Licensee's BIN:", "grantee_bin"),
        ("audit_conclusion", "Аудиторлық ұйымның бизнес-сәйкестендіру нөмірі", "auditor_bin"),
        ("audit_conclusion", "Business identification number of the audit firm", "auditor_bin"),
        ("ip_certificate", "Copyright holder BIN", "right_holder_bin"),
    ],
)
def test_a_bin_is_labelled_by_its_party(doc_type, label, field):
    found = values(doc_type, page("ДОГОВОР № 5", f"{label} 191240028175"))
    assert found[field] == "191240028175"


def test_parties_named_without_in_the_following():
    doc = page(
        "ДОГОВОР № 15-НЛ",
        "ТОО «Сары Дала» (БИН 190640017318), именуемое «Лицензиар», и АО «Береке Финанс» (БИН",
        "980740006521), именуемое «Лицензиат», заключили настоящий договор.",
    )
    found = values("copyright_agreement", doc)
    assert found["grantor"] == "ТОО «Сары Дала»"
    assert found["grantee"] == "АО «Береке Финанс»"


@pytest.mark.parametrize(
    ("sentence", "sector"),
    [
        ("Система применяется в сфере «энергетика» для прогноза нагрузки.", "энергетика"),
        ("Жүйе білім беру саласында оқушыларды бағалау үшін қолданылады.", "білім беру"),
        ("The system is used in the public health sector to triage referrals.", "public health"),
    ],
)
def test_sector_named_in_the_request_sentence(sentence, sector):
    assert values("application", page("ЗАЯВЛЕНИЕ", sentence))["sector"] == sector


@pytest.mark.parametrize(
    ("rows", "authors"),
    [
        # The label cell wraps around its aside beside its value; the list wraps after a
        # first name, or before a patronymic.
        (
            [
                ("Номер заявки", "80736"),
                ("Фамилия, имя, отчество (при", "Байжанов Тимур Русланович"),
                ("его наличии) автора (соавторов)", ""),
                ("Правообладатель", "ТОО «Кен»"),
            ],
            "Байжанов Тимур Русланович",
        ),
        (["Сведения об авторах: Омаров", "Руслан Ержанович"], "Омаров Руслан Ержанович"),
        (
            ["Авторы: Петрова Инна Олеговна, Ли Виктор", "Андреевич", "Правообладатель ТОО «Кен»"],
            "Петрова Инна Олеговна, Ли Виктор Андреевич",
        ),
        (["Author(s): Nurlanov Askar Bolatovich, Kim Lev"], "Nurlanov Askar Bolatovich, Kim Lev"),
    ],
)
def test_author_lists_over_wrapped_labels_and_lines(rows, authors):
    assert values("ip_certificate", page("СВИДЕТЕЛЬСТВО", *rows))["authors"] == authors


def test_a_sentence_after_a_one_word_author_is_not_part_of_the_list():
    doc = page("СВИДЕТЕЛЬСТВО", "Автор: Ахметов", "Сведения внесены в государственный реестр.")
    assert "Сведения" not in str(values("ip_certificate", doc).get("authors"))


def test_description_sections_under_bilingual_and_run_in_headings():
    doc = page(
        "ЖҮЙЕНІҢ СИПАТТАМАСЫ / ОПИСАНИЕ СИСТЕМЫ",
        "1. Мақсаты / Назначение",
        "Система предназначена для сортировки обращений граждан.",
        "Функции, реализуемые системой: классификация и маршрутизация обращений.",
        "Данные, используемые системой. Обезличенные обращения за 2021–2025 годы.",
        "Управление рисками (краткое описание). Реестр рисков пересматривается ежеквартально.",
    )
    found = values("system_description", doc)
    assert found["purpose"] == "Система предназначена для сортировки обращений граждан."
    assert found["functions"] == "классификация и маршрутизация обращений."
    assert found["data"] == "Обезличенные обращения за 2021–2025 годы."
    assert found["risk_management"] == "Реестр рисков пересматривается ежеквартально."
    assert "human_oversight" not in found


def test_a_sentence_starting_with_a_heading_word_is_not_a_section():
    doc = page(
        "ОПИСАНИЕ СИСТЕМЫ",
        "Данные обрабатываются на серверах в Казахстане, резервная копия — ежедневно.",
        "Управление рисками, как и прочие процессы Общества, регулируется приказами.",
    )
    found = values("system_description", doc)
    assert "data" not in found
    assert "risk_management" not in found


def test_cyrillic_labels_that_ocr_read_as_latin_still_match():
    doc = page(
        "ЗАКЛЮЧЕНИЕ ПО РЕЗУЛЬТАТАМ АУДИТА",
        "Номер и дата",
        "QA-26/114 от 02.03.2026",
        "Аудиторская организация",
        "TOO «Digital Trust Audit», BUH 160240033183",
        "Cuctema искусственного интеллекта",
        "Bilim Tutor, версия 2.1",
    )
    found = values("audit_conclusion", doc)
    assert found["conclusion_number"] == "QA-26/114"
    assert found["auditor_name"] == "ТОО «Digital Trust Audit»"
    assert found["auditor_bin"] == "160240033183"
    assert found["system_name"] == "Bilim Tutor"


def test_latin_words_stay_latin_where_they_are_words():
    from trustlist.extractors.normalise import repair_misreads
    from trustlist.extractors.phrases import is_vocabulary_word

    text = "bin of the right holder: 220540091204; nomad code lab; the system; tema"
    assert repair_misreads(text, is_vocabulary_word) == text


def test_a_bin_on_the_next_line_for_another_party_is_not_the_companion():
    doc = page(
        "ЗАКЛЮЧЕНИЕ № 7",
        "Аудитор: ТОО «Digital Trust Audit»",
        "БИН владельца системы 980740006521",
    )
    found = values("audit_conclusion", doc)
    assert "auditor_bin" not in found
    assert found["system_owner_bin"] == "980740006521"


def test_a_number_with_one_digit_and_a_letter_is_a_number():
    assert values("copyright_agreement", page("ЛИЦЕНЗИЯЛЫҚ ШАРТ № 4-Л"))["agreement_number"] == "4-Л"


@pytest.mark.parametrize(
    ("clause", "until"),
    [
        ("Право использования предоставляется на срок до 1 марта 2030 года.", "2030-03-01"),
        ("Шарт қол қойылған күннен бастап күшіне енеді және 30.06.2029 дейін әрекет етеді.", "2029-06-30"),
        ("The licence is granted until 15 September 2031 for the territory of Kazakhstan.", "2031-09-15"),
        ("Шарттың аяқталу күні: 2028 жылғы 1 қазан", "2028-10-01"),
    ],
)
def test_agreement_term_stated_in_a_clause(clause, until):
    assert values("copyright_agreement", page("ДОГОВОР № 3", clause))["valid_until"] == until


def test_parties_details_in_two_columns_under_their_role_headings():
    doc = page(
        "ДОГОВОР № ОИП-3 об отчуждении исключительного права",
        "7. РЕКВИЗИТЫ СТОРОН",
        ("Правообладатель", "Приобретатель"),
        ("ТОО «Тау Софт»", "АО «Береке Транзит»"),
        ("БИН 150540022068", "БИН 171110022640"),
    )
    found = values("copyright_agreement", doc)
    assert found["grantor"] == "ТОО «Тау Софт»"
    assert found["grantee"] == "АО «Береке Транзит»"
    assert found["grantee_bin"] == "171110022640"


def test_a_role_word_opening_a_numbered_clause_is_not_a_label():
    doc = page(
        "ЛИЦЕНЗИЯЛЫҚ ШАРТ № 9",
        "бұдан әрі «Лицензиар» деп аталатын «Дала Софт» ЖШС, бір тараптан,",
        "2.1. Лицензиар Бағдарламаны пайдалану құқығын береді.",
    )
    assert values("copyright_agreement", doc)["grantor"] == "«Дала Софт» ЖШС"


def test_the_bin_row_under_a_labelled_name_is_its_companion():
    doc = page("АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ № АЗ-1", "Аудитор: ТОО «Сапа Аудит»", "БИН: 100440018760")
    assert values("audit_conclusion", doc)["auditor_bin"] == "100440018760"


def test_an_english_deed_in_running_text():
    doc = page(
        "SOFTWARE LICENCE AGREEMENT No. SL-7",
        "made on the 3rd day of March, 2026",
        "(1) Steppe Analytics LLP, a partnership registered in Kazakhstan (BIN",
        '130240055512) (the "Licensor"); and (2) Aral Water JSC (the "Licensee").',
        "1.1 The Licensor grants to the Licensee a licence to use the computer",
        'program AquaLeak Detect (the "Software") in the Republic of Kazakhstan.',
        "3.1 This Agreement remains in force until 30",
        "June 2029, unless terminated earlier.",
    )
    found = values("copyright_agreement", doc)
    assert found["agreement_date"] == "2026-03-03"
    assert found["grantor"] == "Steppe Analytics LLP"
    assert found["object_title"] == "AquaLeak Detect"
    assert found["valid_until"] == "2029-06-30"


def test_bilingual_form_rows_that_wrap_around_their_values():
    words = (
        words_at("КУӘЛІК / СВИДЕТЕЛЬСТВО", 60, 40)
        + words_at("№ 78400 02.03.2026", 60, 60)
        # A value cell of two lines beside a one-line label, its second line an acronym.
        + words_at("ЭЕМ-ге арналған бағдарлама / программа для", 300, 100)
        + words_at("Объектінің түрі / Вид объекта", 60, 108)
        + words_at("ЭВМ", 300, 116)
        # A label of two lines, broken after its slash, beside a one-line value.
        + words_at("Құқық иеленуші /", 60, 150)
        + words_at("ТОО «Сапа Дата»", 300, 158)
        + words_at("Правообладатель", 60, 166)
        + words_at("БСН / БИН 210440012345", 60, 190)
    )
    doc = doc_of(words)
    found = values("ip_certificate", doc)
    assert found["issue_date"] == "2026-03-02"
    assert found["object_type"] == "ЭЕМ-ге арналған бағдарлама / программа для ЭВМ"
    assert found["right_holder"] == "ТОО «Сапа Дата»"
    assert found["right_holder_bin"] == "210440012345"


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("Вид объекта авторского права: программа для эвм.", "программа для ЭВМ"),
        ("Вид объекта: БАЗА ДАННЫХ", "база данных"),
        (
            "Объектінің түрі: эем-ге арналған бағдарлама / программа для ЭВМ",
            "ЭЕМ-ге арналған бағдарлама / программа для ЭВМ",
        ),
    ],
)
def test_known_object_types_are_reported_in_the_registers_spelling(written, value):
    assert values("ip_certificate", page("СВИДЕТЕЛЬСТВО", written))["object_type"] == value


@pytest.mark.parametrize(
    ("closing", "signatory"),
    [
        # A name alone above the footer, and a name after the signer's title with no rule.
        (["Басқарма төрағасы", "Жұмабаева С. Қ.", "1-бет, барлығы 1"], "Жұмабаева С. Қ."),
        (["Заместитель Председателя", "Правления Омарова Д. Е.", "Страница 1 из 1"], "Омарова Д. Е."),
        # The signature's "Р. Ахметов" is "Ахметов Р. Б." in the letter's first sentence.
        (["Ответ просим направить Ахметов Р. Б.", "Директор Р. Ахметов", "М.П."], "Ахметов Р. Б."),
        # «Председателя Ж. Б.» reads as a surname with initials too: the name is where the
        # rest of the line is one.
        (["Заместитель Председателя Ж. Б. Сейітова", "Правления"], "Ж. Б. Сейітова"),
    ],
)
def test_signatory_of_a_letter_without_a_signature_rule(closing, signatory):
    opening = "ТОО «Тау Дата» просит включить систему «Тау» в перечень."
    assert values("application", page("ЗАЯВЛЕНИЕ", opening, *closing))["signatory"] == signatory


def test_audit_form_with_short_labels_and_a_verdict_of_no_findings():
    doc = page(
        "АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ № АЗ-31/26",
        "Проверяемая система: Көз Скрин",
        "Владелец: ТОО «Көз Медтех»",
        "По результатам аудита замечаний не выявлено.",
    )
    found = values("audit_conclusion", doc)
    assert found["system_name"] == "Көз Скрин"
    assert found["system_owner"] == "ТОО «Көз Медтех»"
    assert found["result"] == "positive"


def test_the_work_named_in_an_english_deed_form():
    doc = page("DEED OF ASSIGNMENT OF COPYRIGHT", "Deed No.", "DA-4/2026", "Work", "AquaLeak Detect")
    assert values("copyright_agreement", doc)["object_title"] == "AquaLeak Detect"


def test_a_bare_date_label_and_a_label_word_inside_a_straight_quoted_name():
    doc = page("ЗАЯВЛЕНИЕ", 'Заявитель: ТОО "Дата Сервис"', "Дата", "«30» апреля 2026 года")
    found = values("application", doc)
    assert found["applicant_name"] == 'ТОО "Дата Сервис"'
    assert found["application_date"] == "2026-04-30"


def test_a_legal_form_that_ocr_read_in_latin_letters_still_makes_an_organisation():
    doc = page(
        "АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ № АЗ-5/26",
        "Аудит системы «Rail Track» версии 2.0, владельцем которой является",
        "TOO «Rail Sense» (БИН 190240066776).",
    )
    found = values("audit_conclusion", doc)
    assert found["system_owner"] == "ТОО «Rail Sense»"
    assert found["system_owner_bin"] == "190240066776"


def test_the_bin_printed_with_the_applicant_beats_another_partys_bin_in_the_letter():
    doc = page(
        "Заявление",
        "Разработчик системы ‘искусственного интеллекта «Транзит Поток» версии 2.0.3 —",
        "ТОО «Жетысу Софт» (БИН 150540022068).",
        "Заявитель: АО «Смарт Транзит», БИН 171110022640",
    )
    found = values("application", doc)
    assert found["applicant_name"] == "АО «Смарт Транзит»"
    assert found["applicant_bin"] == "171110022640"
    assert found["system_name"] == "Транзит Поток"


def test_kazakh_labels_whose_letters_ocr_lost_and_a_list_ending_in_a_speck():
    doc = page(
        "КУӘЛІК",
        "Автордың (авторлардың) тегі, аты, әкесінің аты (бар болса): Жұмабаева",
        "Сәуле Қайратқызы, Ахметов Нұрлан Бекұлы |",
        "Кукык иеленуші: «Дала Софт» ЖШС",
    )
    found = values("ip_certificate", doc)
    assert found["authors"] == "Жұмабаева Сәуле Қайратқызы, Ахметов Нұрлан Бекұлы"
    assert found["right_holder"] == "«Дала Софт» ЖШС"


def test_an_unsure_legal_form_is_not_trimmed_as_debris():
    words = words_at("Құқық иеленуші: «Сапа Дата» ЖШС", 60, 40, confidence=0.9)
    words[-1] = words[-1].model_copy(update={"confidence": 0.3})  # the legal form, read unsurely
    doc = DocText([Page(number=1, width=595, height=842, source="ocr", lines=group_lines(words))])
    assert values("ip_certificate", doc)["right_holder"] == "«Сапа Дата» ЖШС"


def test_an_english_report_titled_in_capitals_with_a_qualifier():
    doc = page(
        "INDEPENDENT AUDITOR'S REPORT No. IA-2026/07",
        "Date: 2 February 2026",
        "Audited system: AquaLeak Detect v3.1.4",
        "Opinion: the system complies with the requirements.",
    )
    assert [c.type for c in classify(doc)] == ["audit_conclusion"]
    found = values("audit_conclusion", doc)
    assert (found["system_name"], found["system_version"]) == ("AquaLeak Detect", "3.1.4")


def test_a_report_mentioned_in_a_letters_sentence_does_not_make_it_a_report():
    doc = page("Dear Sir,", "We enclose the auditor's report and the certificate.", "Yours faithfully")
    assert [c.type for c in classify(doc)] == ["other"]


def test_a_bare_title_label_on_a_certificate():
    assert values("ip_certificate", page("СВИДЕТЕЛЬСТВО", "Название: Алем Скоринг"))["object_title"] == (
        "Алем Скоринг"
    )


def test_a_common_word_labels_a_value_only_before_a_separator_or_alone_on_its_line():
    form = page("LICENCE AGREEMENT No. 12-L", "Software: AquaLeak Detect")
    stacked = page("DEED OF ASSIGNMENT No. 3", "Work", "AquaLeak Detect")
    running = page(
        "LICENCE AGREEMENT No. 12-L",
        "1.1 The Licensor grants the right to modify the",
        "Software and to grant sub-licences.",
    )
    assert values("copyright_agreement", form)["object_title"] == "AquaLeak Detect"
    assert values("copyright_agreement", stacked)["object_title"] == "AquaLeak Detect"
    assert "object_title" not in values("copyright_agreement", running)


def test_a_conclusions_term_stated_in_a_kazakh_sentence():
    doc = page("АУДИТОРЛЫҚ ҚОРЫТЫНДЫ № ТА-5/26", "Қорытынды 2027 жылғы 2 сәуірге дейін жарамды.")
    assert values("audit_conclusion", doc)["valid_until"] == "2027-04-02"


def test_a_number_sign_that_ocr_read_as_mo():
    assert values("ip_certificate", page("СВИДЕТЕЛЬСТВО", "Мо 78185 от 03.06.2026"))[
        "certificate_number"
    ] == ("78185")


def test_a_signature_with_initials_names_the_person_written_in_full_elsewhere():
    doc = page(
        "ЗАЯВЛЕНИЕ",
        "Заявитель: ТОО «Медскан Аналитика»",
        "Подписант: Ахметова Динара Болатовна, директор по развитию",
        "Директор по развитию _______________ Д. Б. Ахметова",
    )
    assert values("application", doc)["signatory"] == "Ахметова Динара Болатовна"
    # Another person of the same surname is not the signer written in full.
    other = page(
        "ЗАЯВЛЕНИЕ", "Исполнитель: Ахметова Сауле Ерлановна", "Директор _______________ Д. Б. Ахметова"
    )
    assert values("application", other)["signatory"] == "Д. Б. Ахметова"


def test_a_conclusions_date_given_with_its_number_in_a_sentence():
    """Not the first date of the page (the audit's start), but the one its number is given with."""
    doc = page(
        "АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ",
        "1.1 Аудит начат 12.01.2026 по договору с ТОО «Медскан Аналитика».",
        "1.4 Настоящее заключение № АЗ-ИИ/2026-014 составлено «20» февраля 2026",
        "года по итогам аудита, проведённого с 12 января по 13 февраля 2026 года.",
    )
    assert values("audit_conclusion", doc)["conclusion_date"] == "2026-02-20"


def test_a_quoted_number_after_the_programs_words_is_no_title():
    """The subtitle ends «... программы для ЭВМ» and the next line opens with the date's «15»."""
    doc = page(
        "ЛИЦЕНЗИОННЫЙ ДОГОВОР № ЛД-07/2025",
        "о предоставлении права использования программы для ЭВМ",
        "«15» декабря 2025 года",
        "1.1. Лицензиар предоставляет Лицензиату исключительную лицензию на использование",
        "программы для ЭВМ «RouteVision» (свидетельство о внесении сведений в реестр).",
    )
    assert values("copyright_agreement", doc)["object_title"] == "RouteVision"


def test_a_lone_small_letter_after_a_list_of_names_is_a_speck():
    doc = page(
        "СВИДЕТЕЛЬСТВО № 74816",
        "Авторы: Қасенов Бауыржан Ерікұлы, Ли Виктория Андреевна ң",
        "Правообладатель: ТОО «Шипагер»",
    )
    assert values("ip_certificate", doc)["authors"] == "Қасенов Бауыржан Ерікұлы, Ли Виктория Андреевна"


def test_a_partys_quoted_name_may_wrap_onto_the_next_line():
    doc = page(
        "ДОГОВОР № 09/25-ИП",
        "ТОО «Зерде Софт», именуемое в дальнейшем «Правообладатель», в лице директора",
        "Оспанова М. Б., действующего на основании Устава, с одной стороны, и ТОО «Білім",
        "Аналитика», именуемое в дальнейшем «Приобретатель», в лице генерального директора",
        "Серікбаева А. Т., с другой стороны, заключили настоящий договор.",
    )
    found = values("copyright_agreement", doc)
    assert found["grantor"] == "ТОО «Зерде Софт»"
    assert found["grantee"] == "ТОО «Білім Аналитика»"
