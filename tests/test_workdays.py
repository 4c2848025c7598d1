"""Kazakh working-day calendar on known dates (official 2026 production calendar)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import holidays
import pytest

from trustlist.core.errors import ConfigError
from trustlist.core.workdays import WorkCalendar

CAL = WorkCalendar()


def test_new_year_days_off() -> None:
    assert not CAL.is_working_day(date(2026, 1, 1))  # Thursday
    assert not CAL.is_working_day(date(2026, 1, 2))  # Friday
    assert CAL.is_working_day(date(2026, 1, 5))  # Monday
    assert CAL.add_working_days(date(2025, 12, 31), 1) == date(2026, 1, 5)


def test_orthodox_christmas_is_a_day_off() -> None:
    assert not CAL.is_working_day(date(2026, 1, 7))


def test_womens_day_on_sunday_is_observed_on_monday() -> None:
    assert not CAL.is_working_day(date(2026, 3, 8))  # Sunday
    assert not CAL.is_working_day(date(2026, 3, 9))  # observed
    assert CAL.is_working_day(date(2026, 3, 10))


def test_spec_example_review_due() -> None:
    # SPEC §6: received Monday 2 March 2026 -> due Tuesday 17 March (9 March is off).
    assert CAL.add_working_days(date(2026, 3, 2), 10) == date(2026, 3, 17)
    assert CAL.review_due(date(2026, 3, 2)) == date(2026, 3, 17)
    assert CAL.review_due(date(2026, 3, 2), revision=2) == date(2026, 3, 10)


def test_nauryz_2026_weekend_days_move_to_24_and_25_march() -> None:
    for day in range(21, 26):
        assert not CAL.is_working_day(date(2026, 3, day)), day
    assert CAL.is_working_day(date(2026, 3, 26))
    # Received Friday 20 March: 26, 27, 30, 31 March, 1 April.
    assert CAL.add_working_days(date(2026, 3, 20), 5) == date(2026, 4, 1)


def test_kurban_ait_2026_is_27_may() -> None:
    # The package estimates Eid al-Adha for years past its confirmed list;
    # the official 2026 calendar also has Kurban ait on Wednesday 27 May.
    kz = holidays.country_holidays("KZ", years=2026, language="en_US")
    assert "Eid al-Adha" in kz.get(date(2026, 5, 27), "")
    assert not CAL.is_working_day(date(2026, 5, 27))
    assert CAL.add_working_days(date(2026, 5, 26), 1) == date(2026, 5, 28)


def test_kurban_ait_on_a_weekend_is_not_moved() -> None:
    # Religious holidays are excluded from the weekend-moves rule: 16 May 2027 is a Sunday.
    assert not CAL.is_working_day(date(2027, 5, 16))
    assert CAL.is_working_day(date(2027, 5, 17))


def test_victory_day_and_republic_day_2026_observed() -> None:
    assert not CAL.is_working_day(date(2026, 5, 11))  # 9 May is a Saturday
    assert not CAL.is_working_day(date(2026, 10, 26))  # 25 October is a Sunday


def test_independence_day() -> None:
    assert not CAL.is_working_day(date(2026, 12, 16))  # Wednesday
    assert CAL.is_working_day(date(2026, 12, 17))  # one day since 2022
    assert CAL.add_working_days(date(2026, 12, 15), 1) == date(2026, 12, 17)


def test_across_the_year_boundary() -> None:
    # 28-31 Dec (4); 1 Jan off, Saturday 2 Jan observed on Monday 4 Jan; 5, 6 Jan;
    # 7 Jan Orthodox Christmas off; Friday 8 Jan is the 7th.
    assert CAL.add_working_days(date(2026, 12, 25), 7) == date(2027, 1, 8)
    assert CAL.working_days_between(date(2026, 12, 25), date(2027, 1, 8)) == 7


def test_past_decree_transfer_known_to_the_package() -> None:
    # Decree for 2025: Friday 3 January off, Sunday 5 January a working day.
    assert not CAL.is_working_day(date(2025, 1, 3))
    assert CAL.is_working_day(date(2025, 1, 5))
    # A transfer into the previous year: Saturday 28 December 2013 was worked.
    assert WorkCalendar().is_working_day(date(2013, 12, 28))


def test_working_days_between_counts_after_a_up_to_b() -> None:
    received = date(2026, 3, 2)
    due = CAL.add_working_days(received, 10)
    assert CAL.working_days_between(received, due) == 10
    assert CAL.working_days_between(due, due) == 0
    # Working days left, seen after the deadline: negative.
    assert CAL.working_days_between(date(2026, 3, 19), due) == -2
    # Over a weekend and a holiday only: nothing left to count.
    assert CAL.working_days_between(date(2026, 3, 6), date(2026, 3, 9)) == 0


def test_add_zero_and_negative() -> None:
    assert CAL.add_working_days(date(2026, 3, 8), 0) == date(2026, 3, 8)
    with pytest.raises(ValueError):
        CAL.add_working_days(date(2026, 3, 2), -1)


def test_publication_due_is_five_working_days_after_decision() -> None:
    # Decision Thursday 5 March: 6, 10, 11, 12, 13 March (9 March observed Women's Day).
    assert CAL.publication_due(date(2026, 3, 5)) == date(2026, 3, 13)
    # Decision Friday 1 May 2026 (a holiday itself): 4, 5, 6, 8, 12 May
    # (7 May Defender of the Fatherland Day, 11 May observed Victory Day).
    assert CAL.publication_due(date(2026, 5, 1)) == date(2026, 5, 12)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "workdays.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_transfer_from_settings_file(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "# Government decree on transferring days off, 2027\n"
        "transfers:\n"
        '  - {working: 2027-01-09, day_off: 2027-01-08, decree: "Постановление № 1"}\n'
        "extra_days_off: ['2027-03-26']\n"
        "extra_working_days: []\n",
    )
    cal = WorkCalendar.from_file(path)
    saturday = date(2027, 1, 9)
    assert saturday.weekday() == 5
    assert cal.is_working_day(saturday)
    assert not cal.is_working_day(date(2027, 1, 8))
    assert not cal.is_working_day(date(2027, 3, 26))
    # Without the file both are ordinary: Friday worked, Saturday off.
    assert CAL.is_working_day(date(2027, 1, 8)) and not CAL.is_working_day(saturday)
    # Received Wednesday 6 Jan 2027: 7 Jan off (Christmas), 8 Jan off (decree),
    # Saturday 9 Jan worked -> first working day.
    assert cal.add_working_days(date(2027, 1, 6), 1) == saturday
    assert cal.working_days_between(date(2027, 1, 6), date(2027, 1, 11)) == 2


def test_from_file_none_is_the_package_calendar() -> None:
    assert WorkCalendar.from_file(None).add_working_days(date(2026, 3, 2), 10) == date(2026, 3, 17)


def test_empty_file_is_the_package_calendar(tmp_path: Path) -> None:
    cal = WorkCalendar.from_file(_write(tmp_path, "# nothing decreed yet\n"))
    assert not cal.is_working_day(date(2026, 3, 9))


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("transfers: [{working: 2027-01-09}]\n", "transfers[0]"),
        ("transfers: [{working: 2027-01-09, day_off: 9 Jan}]\n", "transfers[0].day_off"),
        ("extra_days_off: 2027-03-26\n", "extra_days_off"),
        ("extra_days_off: [2027-02-30]\n", "day is out of range"),
        ("extra_days_off: ['2027-02-30']\n", "extra_days_off[0]"),
        ("holidays: []\n", "unknown keys"),
        ("- 2027-01-01\n", "expected a mapping"),
        ("transfers: [\n", "cannot read"),
        ("extra_days_off: [2027-03-26]\nextra_working_days: [2027-03-26]\n", "both"),
    ],
)
def test_bad_settings_file(tmp_path: Path, text: str, problem: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        WorkCalendar.from_file(path)
    assert str(path) in str(info.value)
    assert problem in str(info.value)


def test_missing_settings_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        WorkCalendar.from_file(tmp_path / "absent.yaml")


def test_add_then_count_agree_over_a_year() -> None:
    start = date(2026, 1, 1)
    for offset in range(0, 365, 7):
        day = start + timedelta(days=offset)
        due = CAL.add_working_days(day, 10)
        assert CAL.working_days_between(day, due) == 10
        assert CAL.is_working_day(due)
