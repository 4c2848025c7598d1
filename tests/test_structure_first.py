"""Reading by the page's structure first, then by content words: headings in other words,
a letter that asks for the listing, the auditor as the conclusion's issuer, a table whose
label cells wrap, a bilingual form's twin columns, and a portal export's description."""

from __future__ import annotations

import hashlib
import json

from tests.test_extraction import LINE, doc_of, page, values, words_at
from trustlist.core.models import FileText, Page, Word
from trustlist.extractors.classify import classify
from trustlist.extractors.document import documents_from
from trustlist.extractors.fields import extract_fields
from trustlist.extractors.headings import headings
from trustlist.extractors.layout import group_lines
from trustlist.extractors.pagetext import DocText
from trustlist.extractors.vocab import load_vocab

REWORDED = [
    "ОПИСАНИЕ СИСТЕМЫ ИСКУССТВЕННОГО ИНТЕЛЛЕКТА «QAMQOR TRIAGE»",
    "1. Цель и область применения",
    "Система предназначена для сортировки обращений пациентов.",
    "2. Основные функции",
    "Распознавание жалоб и расчёт категории срочности.",
    "3. Данные, используемые системой",
    "Обезличенные записи обращений за 2021-2025 годы.",
    "4. Меры по снижению рисков",
    "Ежемесячный мониторинг качества на контрольной выборке.",
    "5. Участие человека в принятии решений",
    "Окончательное решение принимает дежурный врач.",
]


def test_headings_in_other_words_name_their_sections_by_content_words():
    doc = page(*REWORDED)
    assert [h.field for h in headings(doc)] == [
        "purpose",
        "functions",
        "data",
        "risk_management",
        "human_oversight",
    ]
    found = values("system_description", doc)
    assert found["data"] == "Обезличенные записи обращений за 2021-2025 годы."
    assert [c.type for c in classify(doc)] == ["system_description"]


def test_a_sentence_holding_a_section_word_is_no_heading():
    ends_on_a_conjunction = page(
        "Пояснительная записка к проекту.",
        "Система обрабатывает данные пациентов и",
        "Данные хранятся на серверах в Республике Казахстан и никогда не передаются за рубеж.",
    )
    wraps_onto_the_next_line = page(
        "Пояснительная записка к проекту.",
        "Обезличенные данные пациентов",
        "хранятся на серверах в Республике Казахстан.",
    )
    assert headings(ends_on_a_conjunction) == headings(wraps_onto_the_next_line) == []


LETTER = [
    "АО «Нур Банк»",
    "БИН 970340085218 · 050010, г. Алматы, ул. Кунаева, 77",
    "Исх. № НБ-18/4471 от «4» сентября 2026 года",
    "О включении системы в перечень доверенных систем",
    "АО «Нур Банк» (БИН 970340085218) просит рассмотреть вопрос о включении",
    "системы искусственного интеллекта «Nur FraudGuard» версии 5.2 в перечень.",
    "Заместитель Председателя Ж. Б. Сейітова",
]


def test_a_letter_that_asks_for_the_listing_is_an_application():
    doc = page(*LETTER)
    assert [c.type for c in classify(doc)] == ["application"]
    found = values("application", doc)
    assert found["applicant_name"] == "АО «Нур Банк»" and found["applicant_bin"] == "970340085218"
    assert found["system_name"] == "Nur FraudGuard" and found["system_version"] == "5.2"


def test_the_same_fields_without_the_request_are_no_application():
    """A power of attorney names the company, its BIN and the system too."""
    doc = page(
        *(
            line.replace("просит рассмотреть вопрос о", "поручает представлять его по вопросу")
            for line in LETTER
        )
    )
    assert [c.type for c in classify(doc)] == ["other"]


def test_the_auditor_is_the_conclusions_issuer_when_no_label_names_it():
    doc = page(
        "ТОО «Сенім Аудит»",
        "БИН 150740021848 · 050040, г. Алматы, пр. Аль-Фараби, 77/8",
        "ЗАКЛЮЧЕНИЕ",
        "по результатам аудита системы искусственного интеллекта",
        "Заказчик (владелец системы): ТОО «Сана Мед» (БИН 171140014029)",
        "По результатам аудита выдано ПОЛОЖИТЕЛЬНОЕ заключение.",
        "Директор Д. Т. Оразбекова",
    )
    found = values("audit_conclusion", doc)
    assert found["auditor_name"] == "ТОО «Сенім Аудит»"
    assert found["auditor_bin"] == "150740021848"
    assert found["system_owner"] == "ТОО «Сана Мед»"


def test_a_table_whose_label_cells_wrap_is_read_row_by_row():
    """Label cells of two or three lines beside one-line values: not two columns of prose."""
    rows = [
        ("1 Полное наименование", "ТОО «Алтын Скор»"),
        ("заявителя (владельца", ""),
        ("системы)", ""),
        ("2 Бизнес-идентифика-", "190540044204"),
        ("ционный номер (БИН)", ""),
        ("заявителя", ""),
        ("3 Наименование системы", "Altyn Score"),
        ("искусственного", ""),
        ("интеллекта", ""),
        ("4 Версия системы (номер", "3.0"),
        ("выпуска)", ""),
        ("5 Отрасль (сфера)", "финансовый рынок (микрофинансовая деятельность)"),
        ("применения системы", ""),
        ("7.1 Назначение системы", "Оценка кредитоспособности физических лиц"),
        ("", "заёмщиков микрофинансовых организаций при"),
        ("", "рассмотрении заявок на микрокредиты."),
        ("7.2 Функции системы", "Расчёт скорингового балла, классификация"),
        ("", "заявки по группам риска, объяснение факторов."),
    ]
    words: list[Word] = []
    for i, (label, value) in enumerate(rows):
        words += words_at(label, 54, 40 + LINE * i) + words_at(value, 226, 40 + LINE * i)
    lines = [" ".join(w.text for w in line.words) for line in group_lines(words)]
    assert lines[0] == "1 Полное наименование ТОО «Алтын Скор»"
    assert "2 Бизнес-идентифика- 190540044204" in lines


def test_a_bilingual_forms_twin_labels_head_two_columns():
    words = words_at("Өтінім нөмірі", 60, 40) + words_at("Номер заявки", 306, 40)
    words += words_at("212", 60, 40 + LINE) + words_at("212", 306, 40 + LINE)
    doc_page = Page(number=1, width=595, height=842, source="text_layer", lines=group_lines(words))
    found = values("ip_certificate", DocText([page("СВИДЕТЕЛЬСТВО").pages[0], doc_page]))
    assert found["application_number"] == "212"


def indented_page(*rows: tuple[float, str]) -> DocText:
    """One page of (x, text) lines: labels at the margin, their values indented below."""
    words = [w for i, (x, text) in enumerate(rows) for w in words_at(text, x, 40 + LINE * i)]
    return doc_of(words)


def test_a_value_wrapped_in_its_own_indented_block_is_read_whole():
    doc = indented_page(
        (190, "СВИДЕТЕЛЬСТВО"),
        (65, "Автор(ы):"),
        (82, "Петренко Игорь Васильевич, Ли Виктор"),
        (82, "Сергеевич"),
        (65, "Правообладатель:"),
        (82, "ТОО «Грид Аналитикс»"),
        (82, "БИН 160340090156"),
        (65, "Название объекта:"),
        (82, "SmartGrid Forecast"),
    )
    found = values("ip_certificate", doc)
    assert found["authors"] == "Петренко Игорь Васильевич, Ли Виктор Сергеевич"
    assert found["right_holder"] == "ТОО «Грид Аналитикс»"
    assert found["object_title"] == "SmartGrid Forecast"


def test_a_value_flush_with_its_label_does_not_run_into_the_next_paragraph():
    doc = indented_page(
        (190, "СВИДЕТЕЛЬСТВО"),
        (65, "Автор(ы):"),
        (65, "Петренко Игорь Васильевич"),
        (65, "Сведения внесены в реестр"),
    )
    assert values("ip_certificate", doc)["authors"] == "Петренко Игорь Васильевич"


def portal_export(**fields) -> FileText:
    content = {
        "applicant_name": "ТОО «Қазтіл Технолоджис»",
        "applicant_bin": "210640011882",
        "system_name": "Qaztil Tutor",
        "system_version": "2.0.5",
        "application_date": "2026-07-10",
        "system_description": {
            "purpose": "Адаптивное обучение казахскому языку.",
            "functions": "Подбор заданий по уровню ученика.",
            "data": "Корпус обезличенных ученических работ.",
            "risk_management": "Проверка оценок на смещение.",
            "human_oversight": "Оценку подтверждает учитель.",
        },
        **fields,
    }
    data = json.dumps(content, ensure_ascii=False).encode()
    return FileText(
        file="application.json", sha256=hashlib.sha256(data).hexdigest(), kind="json", structured=content
    )


def test_a_portal_export_carries_its_system_description():
    application, description = documents_from(portal_export())
    assert application.type == "application" and description.type == "system_description"
    assert description.fields["purpose"].value == "Адаптивное обучение казахскому языку."
    assert set(description.fields) == {"purpose", "functions", "data", "risk_management", "human_oversight"}


def test_present_but_invalid_values_are_kept_as_found():
    """An 11-digit BIN and a date nobody can parse go on to FLD-02 and FLD-03, not FLD-01."""
    application, _ = documents_from(
        portal_export(applicant_bin="21064001188", application_date="десятого июля")
    )
    assert application.fields["applicant_bin"].value == "21064001188"
    assert application.fields["application_date"].value == "десятого июля"


def test_a_statement_its_sentence_denies_is_false():
    """«... не входила и не проводилась» outweighs a later recommendation to assess it."""
    doc = page(
        "ЗАКЛЮЧЕНИЕ ПО РЕЗУЛЬТАТАМ АУДИТА",
        "Проведена проверка качества и законности обучающих данных. Нарушений не выявлено.",
        "Проверка отсутствия в системе функций, запрещённых законом, в объём аудита не входила.",
        "Рекомендуется провести проверку на отсутствие запрещённых функций.",
    )
    found = values("audit_conclusion", doc)
    assert found["covers_training_data"] is True
    assert found["covers_prohibited_functions"] is False


def test_a_found_absence_is_no_denial():
    doc = page(
        "ЗАКЛЮЧЕНИЕ ПО РЕЗУЛЬТАТАМ АУДИТА",
        "Проверено отсутствие в системе запрещённых функций; такие функции не выявлены.",
    )
    assert values("audit_conclusion", doc)["covers_prohibited_functions"] is True


def test_a_date_after_until_is_a_terms_end_not_the_labels_date():
    doc = page(
        "ЗАКЛЮЧЕНИЕ ПО РЕЗУЛЬТАТАМ АУДИТА № СА-26/1",
        "г. Алматы 6 мая 2026 г.",
        "Срок действия заключения — 12 месяцев с даты выдачи, т. е. до 06.05.2027.",
    )
    found = values("audit_conclusion", doc)
    assert found["conclusion_date"] == "2026-05-06"


def test_a_system_name_has_letters():
    doc = page("ЗАКЛЮЧЕНИЕ ПО РЕЗУЛЬТАТАМ АУДИТА", "Наименование системы: 2.3.1")
    assert "system_name" not in values("audit_conclusion", doc)


def test_a_title_word_wrapping_onto_a_line_inside_a_sentence_titles_nothing():
    power_of_attorney = page(
        "АО «Нур Банк»",
        "ДОВЕРЕННОСТЬ № 112",
        "АО «Нур Банк» уполномочивает Заместителя Председателя Правления представлять",
        "Банк по вопросам включения систем в перечни доверенных систем, подписывать",
        "заявления, письма и иные документы.",
    )
    assert [c.type for c in classify(power_of_attorney)] == ["other"]


def test_human_oversight_under_its_common_russian_name():
    doc = page(
        "ТЕХНИЧЕСКАЯ ДОКУМЕНТАЦИЯ",
        "5. Управление рисками",
        "Ежемесячная проверка точности прогноза.",
        "6. Человеческий надзор",
        "Рекомендации утверждает диспетчер.",
    )
    assert values("system_description", doc)["human_oversight"] == "Рекомендации утверждает диспетчер."


def test_an_audit_conclusion_without_a_listed_title_is_known_by_its_act_and_fields():
    letter = page(
        "ТОО «Парасат Аудит»",
        "БИН 100440018760",
        "Исх. № ПА-77/26 от 12 мая 2026 года",
        "О результатах проверки системы",
        "ТОО «Парасат Аудит» провело независимый аудит системы искусственного интеллекта",
        "«Qamqor Triage» версии 2.1.",
        "Владелец системы: ТОО «Сана Мед» (БИН 180340012346).",
        "Система соответствует требованиям к системам высокой степени риска.",
        "Директор А. Б. Ким",
    )
    assert [c.type for c in classify(letter)] == ["audit_conclusion"]
    english = page(
        "ASSURANCE REPORT",
        "Report No. QAA-2026-080",
        "We have audited the AI system «OncoScreen KZ» version 1.0.3.",
    )
    assert [c.type for c in classify(english)] == ["audit_conclusion"]


def test_an_audits_criteria_table_makes_it_no_system_description():
    """The criteria name the description's topics; only an application holds a description."""
    doc = page(
        "АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ № ПА-12/26",
        "1. Назначение системы: сортировка обращений пациентов.",
        "2. Функции системы: расчёт категории срочности — соответствует.",
        "3. Используемые данные: обезличенные записи — соответствует.",
        "4. Управление рисками: ежемесячный мониторинг — соответствует.",
        "5. Контроль человеком: решение принимает врач — соответствует.",
    )
    assert [c.type for c in classify(doc)] == ["audit_conclusion"]


def test_a_term_counted_then_ended_gives_its_end():
    doc = page(
        "АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ № ТЛ-045/2026",
        "Дата выдачи: 06.05.2026",
        "Срок действия заключения — 12 месяцев с даты выдачи, т. е. до 06.05.2027.",
    )
    found = values("audit_conclusion", doc)
    assert (found["conclusion_date"], found["valid_until"]) == ("2026-05-06", "2027-05-06")


def test_a_partys_bin_is_found_beside_any_mention_of_its_chosen_name():
    doc = page(
        "ТОО «Сенім Аудит»",
        "БИН 150740021848 · 050040, г. Алматы, пр. Аль-Фараби, 77/8",
        "ЗАКЛЮЧЕНИЕ № СА-26/017",
        "Система соответствует требованиям.",
        "Аудитор: ТОО «Сенім Аудит»",
    )
    found = values("audit_conclusion", doc)
    assert (found["auditor_name"], found["auditor_bin"]) == ("ТОО «Сенім Аудит»", "150740021848")


def test_a_letter_that_sends_its_application_is_one_a_power_of_attorney_to_send_one_is_not():
    letter = page(
        "ТОО «Білім Аналитика»",
        "БИН 200240066108",
        "№ 112/03 «3» марта 2026 г.",
        "ТОО «Білім Аналитика» направляет настоящее заявление о включении системы",
        "искусственного интеллекта «UstazAssist» версии 1.5 в перечень доверенных систем.",
        "Генеральный директор А. Т. Серікбаев",
    )
    assert [c.type for c in classify(letter)] == ["application"]
    power_of_attorney = page(
        "«Тіл Технологиялары» ЖШС",
        "СЕНІМХАТ № 3",
        "Сенім білдіруші: «Тіл Технологиялары» ЖШС, БСН 201140066031",
        "Сенім білдірілген адамға «Тілші» жасанды интеллект жүйесін сенімді жүйелер",
        "тізбесіне енгізу туралы өтінішті беруге өкілеттік беріледі. Нұсқа 2.0.",
    )
    assert [c.type for c in classify(power_of_attorney)] == ["other"]


def test_a_bilingual_heading_is_as_long_as_its_longer_half():
    doc = page(
        "ЖИ ЖҮЙЕСІНІҢ СИПАТТАМАСЫ / ОПИСАНИЕ СИСТЕМЫ ИИ",
        "1. Енгізу мақсаты / Цель внедрения",
        "Дәрігерге көмек. Система помогает врачу.",
        "4. Тәуекелдерді басқару және азайту / Управление рисками и их снижение",
        "Ежеквартальный контроль чувствительности.",
    )
    assert "risk_management" in {h.field for h in headings(doc)}


def test_a_heading_after_a_short_title_line_opens_its_section():
    """No full stop ends the title's line «RouteVision» (версия 3.0), but it stops far short
    of the margin: nothing wraps from it, so the short line after it is a heading."""
    doc = page(
        "ОПИСАНИЕ СИСТЕМЫ ИСКУССТВЕННОГО ИНТЕЛЛЕКТА",
        "«RouteVision» (версия 3.0)",
        "Назначение и область применения",
        "Система предназначена для построения маршрутов грузовых автоперевозок по",
        "республиканским трассам с учётом погоды и режима труда и отдыха водителей.",
        "Функциональные возможности",
        "Построение и пересчёт маршрутов; прогноз времени прибытия.",
    )
    assert [h.field for h in headings(doc)] == ["purpose", "functions"]
    assert str(values("system_description", doc)["purpose"]).startswith("Система предназначена")


def test_the_training_data_named_as_data_of_training():
    doc = page(
        "ЗАКЛЮЧЕНИЕ ПО РЕЗУЛЬТАТАМ АУДИТА",
        "1.2. Оценены качество и законность данных обучения системы: источники телематики.",
    )
    assert values("audit_conclusion", doc)["covers_training_data"] is True


def test_a_letterhead_with_its_bin_and_a_passive_audit_sentence_name_the_auditor():
    """The issuer's line may end with its own BIN; and a three-line title may stand between
    «ЗАКЛЮЧЕНИЕ» and its number."""
    letterhead = page(
        "ТОО «Әділ Сараптама» БИН 110740378657",
        "ЗАКЛЮЧЕНИЕ",
        "по результатам аудита системы",
        "искусственного интеллекта",
        "Регистрационный №: ӘС-118/25",
        "Владелец системы: АО «Энергожүйе Аналитика»",
    )
    found = values("audit_conclusion", letterhead)
    assert (found["auditor_name"], found["auditor_bin"]) == ("ТОО «Әділ Сараптама»", "110740378657")
    assert found["conclusion_number"] == "ӘС-118/25"
    passive = page(
        "ЗАКЛЮЧЕНИЕ ПО РЕЗУЛЬТАТАМ АУДИТА",
        "Аудит проведён ТОО «Әділ Сараптама» (БИН 110740378657) на основании договора",
        "№ 77/25-ИИ от 3 ноября 2025 года, заключенного с владельцем системы.",
    )
    assert values("audit_conclusion", passive)["auditor_name"] == "ТОО «Әділ Сараптама»"


def test_a_criterion_named_after_a_system_part_is_no_label_of_the_system():
    """«Система управления рисками | Соответствует» is a criterion's row: «система» is one of
    its three content words. The label that is the subject of a sentence («Объектом аудита
    является ...») names nothing either; the system is the quoted name."""
    russian = page(
        "АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ № СА-2026/031",
        "по результатам аудита системы искусственного интеллекта",
        "«КардиоСенс»",
        "Объектом аудита является система искусственного интеллекта «КардиоСенс» версии 2.3.1,",
        ("4.4 Система управления рисками", "Соответствует"),
        ("4.5 Обеспечение контроля со стороны человека", "Соответствует"),
    )
    assert values("audit_conclusion", russian)["system_name"] == "КардиоСенс"
    english = page(
        "AUDIT CONCLUSION No. SA-2026/044",
        "on the audit of the artificial intelligence system",
        "TabysScore",
        "2. Object of the audit",
        "The object of the audit is the artificial intelligence system TabysScore, version 4.0.2",
        ("4.5 Risk management system", "Meets the requirements"),
    )
    assert values("audit_conclusion", english)["system_name"] == "TabysScore"


def test_a_label_cell_of_words_from_several_of_the_fields_labels_is_whole():
    """«Отрасль применения» is no one label of the sector's, yet each of its words is."""
    doc = page("ЗАЯВЛЕНИЕ", ("Отрасль применения:", "транспорт"), ("Наименование заявителя:", "ТОО «Жол»"))
    found = extract_fields(load_vocab()["application"], doc)
    assert (found["sector"].value, found["sector"].method) == ("транспорт", "label")


def test_a_letters_reference_beside_its_addressee_is_no_label():
    """«Исх. № 47/03 от 05.03.2026» holds a date: it names no value in the column beside
    it, and its date is the letter's."""
    letter = page(
        ("Исх. № 47/03 от 05.03.2026", "Председателю Агентства Республики Казахстан"),
        ("На № ________ от ________", "по регулированию и развитию финансового рынка"),
        "О включении системы искусственного интеллекта в перечень",
        "ТОО «Табыс Аналитика» (БИН 171140815907) просит включить систему",
        "искусственного интеллекта TabysScore версии 4.0.2 в перечень доверенных систем.",
    )
    assert values("application", letter)["application_date"] == "2026-03-05"


def test_a_sector_named_in_a_sentence_is_read_to_the_sentences_end():
    """The field's own label word inside its value («сектор») does not cut it short, and
    the next sentence is not part of it."""
    letter = page(
        "ЗАЯВЛЕНИЕ",
        "Сфера применения системы — финансовый сектор. TabysScore оценивает заёмщиков.",
    )
    assert values("application", letter)["sector"] == "финансовый сектор"


def test_a_partys_bin_under_its_name_in_the_details_at_the_end():
    """The parties' details print each name again over its BIN, one column per party;
    no strategy needs to find that second mention for its BIN to be the party's."""
    agreement = page(
        "АВТОРЛЫҚ ШАРТ № 14",
        "Бұдан әрі «Автор» деп аталатын Қазақстан Республикасының азаматы",
        "Әлімжанов Ерлан Болатұлы, бір тараптан, және бұдан әрі «Құқық иеленуші» деп",
        "аталатын «Сапалы Білім» ЖШС, екінші тараптан, төмендегілер туралы осы шартты жасасты:",
        "6. Тараптардың деректемелері мен қолдары",
        ("Автор:", "Құқық иеленуші:"),
        ("Әлімжанов Ерлан Болатұлы", "«Сапалы Білім» ЖШС"),
        ("ЖСН 860514332318", "БСН 200940609134"),
    )
    found = values("copyright_agreement", agreement)
    assert (found["grantee"], found["grantee_bin"]) == ("«Сапалы Білім» ЖШС", "200940609134")


def test_a_scanned_forms_date_glued_to_specks_and_an_address_split_at_its_dot():
    """OCR was unsure of «10.03.2026-..» (the specks glued to it), yet a whole date is a
    value, not a speck that sends the label to the next line's name; and it read a space
    after the domain's dot («info@zhurekdata. kz»)."""
    form = [
        "ЗАЯВЛЕНИЕ",
        "о включении системы искусственного интеллекта в перечень доверенных систем",
        "1. Наименование заявителя: ТОО «Жүрек Дата»",
        "2. БИН: 190440526016",
        "3. Наименование системы ИИ: КардиоСенс",
        "4. Версия системы: 2.3.1",
        "5. Сфера применения (отрасль): здравоохранение",
        "6. Электронная почта для связи: info@zhurekdata. kz",
        "Приложения: описание системы на 2 л.",
    ]
    words = [w for i, line in enumerate(form) for w in words_at(line, 60, 40 + LINE * i, confidence=0.9)]
    bottom = 40 + LINE * len(form)
    words += (
        words_at("Дата:", 60, bottom, confidence=0.9)
        + words_at("10.03.2026-..", 100, bottom, confidence=0.3)
        + words_at("Оспанова Дина Ержановна", 300, bottom + LINE, confidence=0.9)
        + words_at("Руководитель", 60, bottom + 2 * LINE, confidence=0.9)
    )
    found = extract_fields(load_vocab()["application"], doc_of(words))
    assert (found["application_date"].value, found["application_date"].method) == ("2026-03-10", "label")
    assert found["contact_email"].value == "info@zhurekdata.kz"


def test_a_scanned_names_legal_form_keeps_its_kazakh_letter():
    """OCR reads «АҚ» as «АК»; the name is reported with the form as it is spelled. A text
    layer's letters are the document's own."""
    scanned = words_at("Құқық иеленуші: «Жол Интеллект» АК", 60, 40, confidence=0.9)
    found = values("ip_certificate", doc_of(scanned + words_at("КУӘЛІК № 76102", 60, 60, confidence=0.9)))
    assert found["right_holder"] == "«Жол Интеллект» АҚ"
    printed = page("КУӘЛІК № 76102", "Құқық иеленуші: «Жол Интеллект» АК")
    assert values("ip_certificate", printed)["right_holder"] == "«Жол Интеллект» АК"


def test_the_owner_named_as_proprietor_and_its_bin_by_that_word():
    """«Собственник» names the system's owner as «владелец» does, and «БИН собственника»
    its BIN, as every party's BIN is labelled by the party's own words."""
    audit = page(
        "АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ № АС-26/014",
        ("Аудитор", "ТОО «Ақпарат Сараптама»"),
        ("БИН аудитора", "170940938575"),
        ("Собственник системы", "ТОО «Қаржы Қорған»"),
        ("БИН собственника", "150340291412"),
    )
    found = values("audit_conclusion", audit)
    assert (found["system_owner"], found["system_owner_bin"]) == ("ТОО «Қаржы Қорған»", "150340291412")


def test_sections_numbered_in_roman_numerals_as_ocr_reads_them():
    """OCR reads the I of «I.» as «|» and the IV of «IV.» as «ІМ»: the heading finder and the
    label finder know the same numerals."""
    doc = page(
        "Описание системы «АуаТаза»",
        "|. Цель и область применения",
        "Система прогнозирует концентрации загрязняющих веществ в воздухе городов.",
        "II. Функции системы",
        "Сбор данных постов наблюдения и прогноз индекса качества воздуха.",
        "III. Используемые данные",
        "Данные постов наблюдения за 2019-2025 годы.",
        "ІМ. Управление рисками",
        "Точность прогноза проверяется еженедельно.",
        "V. Контроль со стороны человека",
        "Предупреждения утверждает дежурный специалист.",
    )
    assert [h.field for h in headings(doc)] == [
        "purpose",
        "functions",
        "data",
        "risk_management",
        "human_oversight",
    ]


def test_a_scanned_name_takes_the_kazakh_letters_its_document_prints_elsewhere():
    """OCR lost «қ» in the details table's «Акпарат»; the letterhead of the same scan kept
    it. A name printed nowhere else with Kazakh letters stays as read."""
    scan = [
        ("ТОО «Ақпарат Сараптама» г. Астана, пр. Мәңгілік Ел, 55/20", 40),
        ("АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ № АС-26/014", 60),
        ("Аудитор: ТОО «Акпарат Сараптама»", 80),
        ("Собственник системы: ТОО «Каржы Корган»", 100),
    ]
    words = [w for text, y in scan for w in words_at(text, 60, y, confidence=0.9)]
    found = values("audit_conclusion", doc_of(words))
    assert (found["auditor_name"], found["system_owner"]) == ("ТОО «Ақпарат Сараптама»", "ТОО «Каржы Корган»")
