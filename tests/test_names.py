"""Names across documents: normalisation, legal forms and the same/noise/different table."""

from __future__ import annotations

from collections import Counter

import pytest

from trustlist.core.names import (
    NameMatch,
    compare_names,
    compare_person_names,
    fix_lookalikes,
    legal_form,
    listed_legal_form,
    normalise_name,
)

SAME, NOISE, DIFFERENT = NameMatch.SAME, NameMatch.NOISE, NameMatch.DIFFERENT

# (a, b, expected): realistic pairs seen across applications, certificates,
# agreements and audit conclusions.
PAIRS: list[tuple[str, str, NameMatch]] = [
    # --- equal variants: quotes, legal forms, case, punctuation -------------------
    ("ТОО «Дата Сапа»", "ТОО «Дата Сапа»", SAME),
    ("ТОО «Дата Сапа»", 'ТОО "Дата Сапа"', SAME),
    ("ТОО «Дата Сапа»", "ТОО “Дата Сапа”", SAME),
    ("ТОО «Дата Сапа»", "ТОО „Дата Сапа“", SAME),
    ("ТОО «Дата Сапа»", "«Дата Сапа»", SAME),
    ("ТОО «Дата Сапа»", "ДАТА САПА", SAME),
    ("ТОО «Дата Сапа»", "Товарищество с ограниченной ответственностью «Дата Сапа»", SAME),
    ("ТОО «Дата Сапа»", "ЖШС «Дата Сапа»", SAME),
    ("ТОО «Дата Сапа»", "«Дата Сапа» жауапкершілігі шектеулі серіктестігі", SAME),
    ("ТОО «Дата Сапа»", "Жауапкершілігі шектеулі серіктестік «Дата Сапа»", SAME),
    ("ТОО «Дата Сапа»", "ТОО  «Дата   Сапа» ", SAME),
    ("ТОО «Дата Сапа»", "ТОО «Дата Сапа».", SAME),
    # --- across scripts ------------------------------------------------------------
    ("ТОО «Дата Сапа»", '"Data Sapa" LLP', SAME),
    ("ТОО «Дата Сапа»", "Data Sapa LLP", SAME),
    ("ТОО «Дата Сапа»", "Data Sapa Limited Liability Partnership", SAME),
    ("ТОО «Дата Сапа»", "LLP «Data Sapa»", SAME),
    ("ТОО «Дата Сапа»", "Data Sapa, LLC", SAME),
    ("ТОО «Дата Сапа»", "TOO «Data Sapa»", SAME),
    ("АО «Казахтелеком»", "JSC Kazakhtelecom", SAME),
    ("АО «Казахтелеком»", "Kazakhtelecom Joint Stock Company", SAME),
    ("АО «Казахтелеком»", "«Қазақтелеком» АҚ", SAME),
    ("АО «Казахтелеком»", "Акционерное общество «Казахтелеком»", SAME),
    ("Қазақ", "Kazakh", SAME),
    ("Қазақ", "Qazaq", SAME),
    ("Kazakh", "Qazaq", SAME),
    ("«Қазақ Деректері»", "«Kazakh Derekteri»", SAME),
    ("ТОО «Қазақ Деректері»", "ТОО «Казак Деректери»", SAME),  # typed without Kazakh letters
    ("ТОО «Шығыс Жүйелері»", "Shygys Zhuyeleri LLP", SAME),
    ("ТОО «Шығыс Жүйелері»", "Shyghys Jüйeleri LLP".replace("й", "y"), SAME),
    ("ТОО «Цифровой Ясень»", "Tsifrovoy Yasen LLP", SAME),
    ("ТОО «Цифровой Ясень»", "Cifrovoi Iasen LLP", SAME),
    ("ТОО «Хан Тенгри Аналитикс»", "Khan Tengri Analytics LLP", SAME),
    ("ТОО «Хан Тенгри Аналитикс»", "Han Tengri Analitiks LLP", SAME),
    ("ТОО «Максим Софт»", "Maxim Soft LLP", SAME),
    ("ИП «Жанна»", "IE Zhanna", SAME),
    ("НАО «Медицинский университет Астана»", "NJSC Medicinskiy universitet Astana", SAME),
    # --- OCR: look-alike letters are repaired, so the names are the same -------------
    ("ТОО «Дата Сапа»", "ТОО «Дата Caпa»", SAME),  # Latin C and a
    ("ТОО «Дата Сапа»", "ТОО «Дaтa Сапа»", SAME),  # Latin a
    ("Data Sapa LLP", "Dаtа Sapa LLP", SAME),  # Cyrillic а in a Latin word
    ("ТОО «Дата Сапа»", "T00 «Дата Сапа»", SAME),  # zeros for O
    ("B2B Soft LLP", "«Би2Би Софт» ЖШС", DIFFERENT),  # digits are kept as they are
    # --- OCR noise: a letter dropped, confused or doubled -----------------------------
    ("ТОО «Дата Сапа»", "ТОО «Дата Спа»", NOISE),
    ("ТОО «Дата Сапа»", "ТОО «Дата Сала»", NOISE),
    ("АО «Казахтелеком»", "АО «Казахтелекем»", NOISE),
    ("АО «Казахтелеком»", "АО «Казахтлеком»", NOISE),
    ("ТОО «Кибер Технолоджис»", "ТОО «Кибер Тeхнолоджиc»", SAME),
    ("ТОО «Кибер Технолоджис»", "ТОО «Кибер Техналоджис»", NOISE),
    ("ТОО «Дата Сапа»", "ТОО «ДатаСапа»", NOISE),  # only the spacing differs
    ("ТОО «Дата Сапа»", "ТОО «Дата-Сапа»", SAME),
    ("«Қазақ Деректері»", "«Қазақ Дерекгері»", NOISE),
    ("ТОО «Астана Интеллект Системс»", "ТОО «Астана Интелект Систеис»", NOISE),
    # A Latin name a scan read with Cyrillic letters of its shape (г for r, п for n, 5 for S).
    ("TeriScan", "Тегі5сап", NOISE),
    ("«Kerege Bank» АО", "«Кегеде Вапк» АО", NOISE),  # and one letter more (д for g)
    ("«Kerege Bank» АО", "«Кегеде Сапа» АО", DIFFERENT),
    # --- true mismatches and near misses ---------------------------------------------
    ("ТОО «Дата Сапа»", "ТОО «Дата Сапа Плюс»", DIFFERENT),
    ("ТОО «Дата Сапа»", "ТОО «Сапа»", DIFFERENT),
    ("АО «Казахтелеком»", "ТОО «Казахтелеком»", DIFFERENT),
    ("АҚ «Қазақтелеком»", "ЖШС «Қазақтелеком»", DIFFERENT),
    ("JSC Kazakhtelecom", "Kazakhtelecom LLP", DIFFERENT),
    ("ИП «Жанна»", "ТОО «Жанна»", DIFFERENT),
    ("Data Sapa", "Data Sat", DIFFERENT),
    ("ТОО «Дата Сапа»", "ТОО «Дата Сад»", DIFFERENT),
    ("ТОО «Дата Сапа»", "ТОО «Сапа Дата»", DIFFERENT),
    ("ТОО «Дата Сапа»", "ТОО «Дана Сапа»", NOISE),  # could be OCR: a warning for a human
    ("ТОО «Дата Сапа»", "ТОО «Бета Сапа»", DIFFERENT),
    ("ТОО «Дата Сапа»", "ТОО «Дана Сала»", DIFFERENT),  # each word close, the name not
    ("ТОО «Ақ Жол»", "ТОО «Жол»", DIFFERENT),  # ақ is a word of the name, not АҚ
    ("ТОО «Астана Интеллект»", "ТОО «Алматы Интеллект»", DIFFERENT),
    ("ТОО «Кибер Технолоджис»", "ТОО «Кибер Технолоджис Групп»", DIFFERENT),
    ("ТОО «Казахстан Инжиниринг»", "ТОО «Казахстан Инжиниринг 2»", DIFFERENT),
    ("ТОО «Нур Софт»", "ТОО «Нур Сервис»", DIFFERENT),
    ("ТОО «Дата Сапа»", "", DIFFERENT),
    # --- person names (authors, grantors, signatories) -------------------------------
    ("Иванов А.Б.", "Ivanov A.B.", SAME),
    ("Иванов А.Б.", "А. Б. Иванов", SAME),
    ("Иванов А.Б.", "Иванов Арман Болатович", SAME),
    ("Ivanov A.B.", "Иванов Арман Болатович", SAME),
    ("Иванов А.Б.", "Arman Ivanov", SAME),
    ("Иванов А.", "Иванов А.Б.", SAME),
    ("Жумабаев Ж.К.", "Zhumabayev Zh.K.", SAME),
    ("Жұмабаев Жанар Қайратқызы", "Zhumabaev Zh. K.", SAME),
    ("Сейтқали Ерлан Нұрланұлы", "Сейткали Е.Н.", SAME),
    ("ИП Иванов А.Б.", "Иванов Арман Болатович", SAME),
    ("Иванов А.Б.", "Иваноа А.Б.", NOISE),
    ("Жумабаев Ж.К.", "Жумабаеб Ж.К.", NOISE),
    ("Иванов А.Б.", "Иванов Б.А.", DIFFERENT),
    ("Иванов А.Б.", "Петров А.Б.", DIFFERENT),
    ("Иванов А.Б.", "Иванова А.Б.", DIFFERENT),
    ("Иванов А.Б.", "Иванов Серик Болатович", DIFFERENT),
    ("Иванов А.Б.", "ТОО «Иванов и партнёры»", DIFFERENT),
]


@pytest.mark.parametrize(("a", "b", "expected"), PAIRS)
def test_pair(a: str, b: str, expected: NameMatch) -> None:
    assert compare_names(a, b) == expected
    assert compare_names(b, a) == expected  # symmetric


def test_table_counts() -> None:
    outcomes = Counter((expected, compare_names(a, b)) for a, b, expected in PAIRS)
    print("\nname pairs (expected, got):", dict(outcomes))
    wrong = {k: v for k, v in outcomes.items() if k[0] != k[1]}
    assert not wrong
    expected = Counter(e for _, _, e in PAIRS)
    assert len(PAIRS) >= 60
    assert expected[SAME] >= 20 and expected[NOISE] >= 8 and expected[DIFFERENT] >= 15


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("ТОО «Дата Сапа»", "data sapa"),
        ('"Data Sapa" LLP', "data sapa"),
        ("Қазақ", "kazak"),
        ("Kazakh", "kazak"),
        ("Qazaq", "kazak"),
        ("АО «Казахтелеком»", "kazaktelekom"),
        ("Мария", "maria"),
        ("Mariya", "maria"),
        ("Иванов А.Б.", "ivanov a b"),
        ("Товарищество с ограниченной ответственностью «Нұр-Софт»", "nur soft"),
    ],
)
def test_normalise_name(name: str, key: str) -> None:
    assert normalise_name(name) == key


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("ТОО «Дата Сапа»", "LLP"),
        ("TOO «Дата Сапа»", "LLP"),  # Latin look-alike letters from OCR
        ("ЖШС «Дата Сапа»", "LLP"),
        ('"Data Sapa" LLP', "LLP"),
        ("Data Sapa Ltd.", "LLP"),
        ("Товарищество с ограниченной ответственностью «Дата Сапа»", "LLP"),
        ("АО «Казахтелеком»", "JSC"),
        ("«Қазақтелеком» АҚ", "JSC"),
        ("Kazakhtelecom Joint-Stock Company", "JSC"),
        ("Акционерлік қоғам «Қазақтелеком»", "JSC"),
        ("НАО «Медицинский университет Астана»", "NJSC"),
        ("Некоммерческое акционерное общество «МУА»", "NJSC"),
        ("ИП Иванов А.Б.", "IE"),
        ("ЖК Иванов А.Б.", "IE"),
        ("Индивидуальный предприниматель Иванов", "IE"),
        ("«Дата Сапа»", None),
        ("ТОО «Ақ Жол»", "LLP"),
        ("Ақ Жол", None),  # "ақ" in lower case is the word white
        ("IP Group LLP", "LLP"),
        ("Иванов А.Б.", None),
    ],
)
def test_legal_form(name: str, form: str | None) -> None:
    assert legal_form(name) == form


def test_fix_lookalikes() -> None:
    assert fix_lookalikes("Дата Caпa") == "Дата Сапа"
    assert fix_lookalikes("Dаtа Sapa") == "Data Sapa"
    assert fix_lookalikes("мapта") == "марта"
    # A mixed word of look-alikes only follows the rest of the text.
    assert fix_lookalikes("ТOO «Дата»") == "ТОО «Дата»"
    assert fix_lookalikes("ТOO Data Sapa") == "TOO Data Sapa"
    # A word in one script is left alone: "HP" in a Russian name is an acronym.
    assert fix_lookalikes("TOO «HP Сервис»") == "TOO «HP Сервис»"


def test_compare_person_names_directly() -> None:
    assert compare_person_names("Иванов Арман", "Арман Иванов") == SAME
    assert compare_person_names("Ivanov", "Иванов А.Б.") == SAME
    assert compare_person_names("Иванов А.Б.", "Сидоров А.Б.") == DIFFERENT


def test_name_match_is_a_string() -> None:
    assert NameMatch.NOISE == "noise"
    assert compare_names("a", "a") in {"same", "noise", "different"}


@pytest.mark.parametrize(
    ("read", "listed"),
    [
        ("АК", "АҚ"),  # Қ read as its Russian neighbour
        ("АҚ", "АҚ"),
        ("АО", "АО"),
        ("ЖШС", "ЖШС"),
        ("TOO", "TOO"),  # Latin letters: a script question, not a lost Kazakh letter
        ("IP", "IP"),  # "IP Group LLP" keeps its IP
        ("Ак", "Ак"),  # "Ак Жол" is a name
        ("MLUC", "MLUC"),
    ],
)
def test_a_scanned_legal_form_with_a_lost_kazakh_letter_is_spelled_as_listed(read: str, listed: str):
    assert listed_legal_form(read) == listed
