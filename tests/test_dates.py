"""Dates in Russian, Kazakh and English text (SPEC §4), and what dateparser does with each form."""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustlist.core import dates as dates_module
from trustlist.core.dates import (
    DATEPARSER_LANGUAGES,
    DATEPARSER_SETTINGS,
    MAX_YEAR,
    MIN_YEAR,
    find_dates,
    parse_date,
)

D = date(2026, 3, 15)
REGEX, DATEPARSER = "regex", "dateparser"

# Form by form: what dateparser 1.5 returns (languages ru, kk, en; DATE_ORDER DMY;
# REQUIRE_PARTS day, month, year), and which parser this module routes the form to.
# dateparser is routed to where it is right and nothing else is needed; see the
# docstring of pipeline/dates.py for why Russian and Kazakh month words are not.
FORMS: list[tuple[str, date | None, date | None, str]] = [
    # (text, what dateparser says, the right answer, route)
    ("15.03.2026", D, D, REGEX),
    ("15/03/2026", D, D, REGEX),
    ("2026-03-15", D, D, REGEX),
    ("15.03.2026г.", D, D, REGEX),
    ("15.03.26", D, None, REGEX),  # dateparser WRONG: a two-digit year is no date here
    ("03/15/2026", D, None, REGEX),  # dateparser WRONG: swaps to MDY despite DATE_ORDER DMY
    ("31.02.2026", None, None, REGEX),
    ("15 марта 2026 г.", D, D, REGEX),
    ("«15» марта 2026 года", D, D, REGEX),
    ('"15" марта 2026 г.', D, D, REGEX),
    ("15 март 2026", D, D, REGEX),
    ("15 марте 2026", None, D, REGEX),  # dateparser misses the prepositional case
    ("15 мapта 2026", None, D, REGEX),  # misses Latin look-alikes (a, p)
    ("15 наурыз 2026 ж.", D, D, REGEX),
    ("2026 ж. 15 наурыз", D, D, REGEX),
    ("2026 жылғы 15 наурыз", None, D, REGEX),  # misses жылғы
    ("2026 жылғы «15» наурыздағы", None, D, REGEX),
    ("15 наурызда 2026", None, D, REGEX),  # misses the Kazakh endings
    ("15 наурыздың 2026", None, D, REGEX),
    ("15 қаңтар 2026", date(2026, 1, 15), date(2026, 1, 15), REGEX),
    ("15 кантар 2026", None, date(2026, 1, 15), REGEX),  # misses Kazakh typed without қ, ң
    ("15 сауир 2026", None, date(2026, 4, 15), REGEX),
    ("March 15, 2026", D, D, DATEPARSER),
    ("15 March 2026", D, D, DATEPARSER),
    ("15th of March 2026", D, D, DATEPARSER),
    ("Mar. 15th, 2026", D, D, DATEPARSER),
    ("15 Sept 2026", date(2026, 9, 15), date(2026, 9, 15), DATEPARSER),
    ("Tuesday, 17 March 2026", date(2026, 3, 17), date(2026, 3, 17), DATEPARSER),
]


def _dateparser_says(text: str) -> date | None:
    import dateparser

    parsed = dateparser.parse(text, languages=DATEPARSER_LANGUAGES, settings=DATEPARSER_SETTINGS)
    return parsed.date() if parsed else None


@pytest.mark.parametrize(("text", "dateparser_says", "right", "route"), FORMS)
def test_what_dateparser_does_with_each_form(
    text: str, dateparser_says: date | None, right: date | None, route: str
) -> None:
    # Documents the library: a new dateparser that changes a form fails here,
    # and the routing of that form should be looked at again.
    assert _dateparser_says(text) == dateparser_says


@pytest.mark.parametrize(("text", "dateparser_says", "right", "route"), FORMS)
def test_each_form_parsed_right_by_its_route(
    text: str,
    dateparser_says: date | None,
    right: date | None,
    route: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    real = dates_module._dateparser

    def spy(value: str, languages: list[str]) -> date | None:
        calls.append(value)
        return real(value, languages)

    monkeypatch.setattr(dates_module, "_dateparser", spy)
    assert parse_date(text) == right
    assert bool(calls) == (route == DATEPARSER)
    if route == DATEPARSER:
        assert dateparser_says == right  # only where the library is right


def test_dateparser_is_routed_only_where_it_is_right() -> None:
    for text, says, right, route in FORMS:
        if says != right:
            assert route == REGEX, text


RU_MONTHS = [
    ("января", "январе", "январь"), ("февраля", "феврале", "февраль"), ("марта", "марте", "март"),
    ("апреля", "апреле", "апрель"), ("мая", "мае", "май"), ("июня", "июне", "июнь"),
    ("июля", "июле", "июль"), ("августа", "августе", "август"),
    ("сентября", "сентябре", "сентябрь"), ("октября", "октябре", "октябрь"),
    ("ноября", "ноябре", "ноябрь"), ("декабря", "декабре", "декабрь"),
]  # fmt: skip
KK_MONTHS = [
    ("қаңтар", "кантар"), ("ақпан", "акпан"), ("наурыз", "наурыз"), ("сәуір", "сауир"),
    ("мамыр", "мамыр"), ("маусым", "маусым"), ("шілде", "шилде"), ("тамыз", "тамыз"),
    ("қыркүйек", "кыркуйек"), ("қазан", "казан"), ("қараша", "караша"),
    ("желтоқсан", "желтоксан"),
]  # fmt: skip


@pytest.mark.parametrize("month", range(1, 13))
def test_russian_months_in_every_case(month: int) -> None:
    for word in RU_MONTHS[month - 1]:
        assert parse_date(f"5 {word} 2026 г.") == date(2026, month, 5), word
        assert parse_date(f"5 {word.upper()} 2026") == date(2026, month, 5), word


@pytest.mark.parametrize("month", range(1, 13))
def test_kazakh_months_with_endings_and_without_kazakh_letters(month: int) -> None:
    proper, plain = KK_MONTHS[month - 1]
    for word in (proper, plain):
        for ending in ("", "да", "дағы", "ның", "де", "дегі", "нің"):
            expected = date(2026, month, 5)
            assert parse_date(f"2026 жылғы 5 {word}{ending}") == expected, word + ending
            assert parse_date(f"5 {word}{ending} 2026 ж.") == expected, word + ending


def test_kazakh_with_latin_i_from_ocr() -> None:
    assert parse_date("15 сәуiр 2026") == date(2026, 4, 15)  # Latin i for і
    assert parse_date("«15» мaрта 2026 года") == D  # Latin a


def test_abbreviated_months() -> None:
    assert parse_date("15 сент. 2026 г.") == date(2026, 9, 15)
    assert parse_date("15 дек. 2026") == date(2026, 12, 15)


@pytest.mark.parametrize(
    "text",
    [
        "31.02.2026",
        "29.02.2026",  # 2026 is no leap year
        "32.01.2026",
        "15.13.2026",
        "15.03.26",
        "15 марта 26 г.",
        "15 марта",
        "март 2026",
        "2026",
        "",
        "15.03.0026",
        "15 Street 2026",
    ],
)
def test_no_date(text: str) -> None:
    assert parse_date(text) is None


def test_leap_day() -> None:
    assert parse_date("29.02.2028") == date(2028, 2, 29)


def test_several_different_dates_are_no_single_value() -> None:
    assert parse_date("с 01.03.2026 по 31.03.2026") is None
    # The same date twice (both languages of a bilingual form) is one value.
    assert parse_date("15.03.2026 / 2026 жылғы 15 наурыз") == D


def test_invalid_shape_is_not_given_to_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(value: str, languages: list[str]) -> date | None:
        raise AssertionError(f"dateparser called for {value!r}")

    monkeypatch.setattr(dates_module, "_dateparser", fail)
    assert parse_date("03/15/2026") is None
    assert parse_date("31.02.2026") is None


RUNNING_TEXT = (
    "Свидетельство № 78012 от «15» марта 2026 года выдано ТОО «Дата Сапа», "
    "БИН 180540012345; дата создания 01.02.2025, заявка № 2026-1234 от "
    "2026 жылғы 3 наурыздағы. Issued on March 3, 2026; valid until 2027-03-02. "
    "Договор от 31.02.2026 (ошибка), срок 12 месяцев 2026, версия 2.1."
)


def test_find_dates_with_spans() -> None:
    found = find_dates(RUNNING_TEXT)
    assert [(d, RUNNING_TEXT[s:e]) for d, s, e in found] == [
        (D, "«15» марта 2026 года"),
        (date(2025, 2, 1), "01.02.2025"),
        (date(2026, 3, 3), "2026 жылғы 3 наурыздағы"),
        (date(2026, 3, 3), "March 3, 2026"),
        (date(2027, 3, 2), "2027-03-02"),
    ]


def test_find_dates_keeps_ocr_suffix_in_span() -> None:
    text = "дата выдачи: 15.03.2026г. подпись"
    [(found, start, end)] = find_dates(text)
    assert found == D and text[start:end] == "15.03.2026г."


def test_find_dates_is_fast_and_needs_no_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(value: str, languages: list[str]) -> date | None:
        raise AssertionError(f"dateparser called for {value!r}")

    monkeypatch.setattr(dates_module, "_dateparser", fail)
    page = (
        "Настоящим подтверждается, что 15.03.2026 ТОО «Дата Сапа» (БИН 180540012345) "
        "представило заявление от «2» марта 2026 г. и 2026 жылғы 3 наурыздағы өтініш. "
    )
    document = page * 2000  # ~320 000 characters
    started = time.perf_counter()
    found = find_dates(document)
    elapsed = time.perf_counter() - started
    assert len(found) == 3 * 2000
    assert elapsed < 2.0, elapsed


@given(st.dates(min_value=date(MIN_YEAR, 1, 1), max_value=date(MAX_YEAR, 12, 31)))
def test_round_trip_regex_forms(day: date) -> None:
    ru = RU_MONTHS[day.month - 1][0]
    kk = KK_MONTHS[day.month - 1][0]
    for text in (
        day.strftime("%d.%m.%Y"),
        day.strftime("%d/%m/%Y"),
        day.isoformat(),
        f"«{day.day:02d}» {ru} {day.year} года",
        f"{day.year} жылғы {day.day} {kk}дағы",
    ):
        assert parse_date(text) == day, text
        assert [d for d, _, _ in find_dates(f"от {text}, далее")] == [day], text


def test_the_deed_form_nth_day_of_month():
    assert [d for d, *_ in find_dates("made on the 14th day of January, 2026")] == [date(2026, 1, 14)]
