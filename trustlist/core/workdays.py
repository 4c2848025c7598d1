"""Kazakhstan's working-day calendar for the statutory deadlines (SPEC §1, §6, §7).

Working days are Monday to Friday, less public holidays; a holiday that falls
on a weekend moves to the next working day (the ``holidays`` package applies
that rule and knows the decrees that transferred days off up to 2025). The
government's yearly decree on transferring days off is published late in the
previous year, so it can be added from a YAML settings file before the package
catches up::

    # Government decree on transferring days off, 2027
    transfers:
      - {working: 2027-01-03, day_off: 2027-01-02, decree: "Постановление № ..."}
    extra_days_off: [2027-03-23]
    extra_working_days: []

A transfer makes ``working`` a working day (even a Saturday or Sunday) and
``day_off`` a day off.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import holidays
import yaml

from trustlist.core.errors import ConfigError

REVIEW_DAYS = 10  # completeness and conformity check after receipt (SPEC §1)
RESUBMISSION_REVIEW_DAYS = 5  # follow-up review of a resubmission
PUBLICATION_DAYS = 5  # publication on the list after a positive decision

_FILE_KEYS = {"transfers", "extra_days_off", "extra_working_days"}
_TRANSFER_KEYS = {"working", "day_off", "decree"}


class WorkCalendar:
    """Working days in Kazakhstan: the ``holidays`` package plus configured decrees."""

    def __init__(
        self,
        extra_working_days: Iterable[dt.date] = (),
        extra_days_off: Iterable[dt.date] = (),
    ) -> None:
        self._extra_working = frozenset(extra_working_days)
        self._extra_off = frozenset(extra_days_off)
        both = self._extra_working & self._extra_off
        if both:
            days = ", ".join(sorted(d.isoformat() for d in both))
            raise ConfigError(f"days configured both as working and as day off: {days}")
        self._holidays = holidays.country_holidays("KZ")

    @classmethod
    def from_file(cls, path: Path | None) -> WorkCalendar:
        """The calendar with the decree transfers of ``path``; the package alone when None."""
        if path is None:
            return cls()
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        # PyYAML builds dates itself and raises a bare ValueError for 2027-02-30.
        except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError) as exc:
            raise ConfigError(f"{path}: cannot read the working-day settings: {exc}") from exc
        try:
            working, off = _parse_settings(data)
            return cls(working, off)
        except ConfigError as exc:
            raise ConfigError(f"{path}: {exc}") from exc

    def is_working_day(self, day: dt.date) -> bool:
        if day in self._extra_working:
            return True
        if day in self._extra_off:
            return False
        self._load_year(day.year)
        return self._holidays.is_working_day(day)

    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        """The n-th working day after ``start`` (start itself is not counted); n >= 0.

        n = 0 gives ``start`` itself, whatever it is.
        """
        if n < 0:
            raise ValueError(f"n must not be negative, got {n}")
        day = start
        for _ in range(n):
            day = self._next_working_day(day)
        return day

    def working_days_between(self, a: dt.date, b: dt.date) -> int:
        """Working days after ``a`` up to and including ``b``; negative when b < a.

        With ``a`` = today and ``b`` = a deadline this is "working days left":
        0 on the deadline itself, negative once it has passed.
        """
        if b < a:
            return -self.working_days_between(b, a)
        days = (b - a).days
        return sum(self.is_working_day(a + dt.timedelta(days=i)) for i in range(1, days + 1))

    def review_due(self, received: dt.date, revision: int = 1) -> dt.date:
        """SPEC §6: 10 working days after receipt for revision 1, 5 for a resubmission."""
        days = REVIEW_DAYS if revision <= 1 else RESUBMISSION_REVIEW_DAYS
        return self.add_working_days(received, days)

    def publication_due(self, decision: dt.date) -> dt.date:
        """SPEC §7: 5 working days after a positive decision."""
        return self.add_working_days(decision, PUBLICATION_DAYS)

    def _next_working_day(self, day: dt.date) -> dt.date:
        day += dt.timedelta(days=1)
        while not self.is_working_day(day):
            day += dt.timedelta(days=1)
        return day

    def _load_year(self, year: int) -> None:
        # The package learns weekend working days (past decree transfers) only
        # while it populates a year, and a transfer can reach into the previous
        # year (the 2014 decree made Saturday 28 December 2013 a working day).
        # A membership test populates a year (the package's documented expand
        # behaviour), so touch the year after as well before trusting a weekend.
        for y in (year, year + 1):
            if y not in self._holidays.years:
                _ = dt.date(y, 1, 1) in self._holidays


def _parse_settings(data: Any) -> tuple[set[dt.date], set[dt.date]]:
    """(extra working days, extra days off) of the loaded YAML document."""
    if data is None:
        return set(), set()
    if not isinstance(data, dict):
        raise ConfigError("expected a mapping with transfers, extra_days_off, extra_working_days")
    unknown = set(data) - _FILE_KEYS
    if unknown:
        raise ConfigError(f"unknown keys {sorted(unknown)}; allowed: {sorted(_FILE_KEYS)}")
    working = set(_dates(data.get("extra_working_days"), "extra_working_days"))
    off = set(_dates(data.get("extra_days_off"), "extra_days_off"))
    for i, transfer in enumerate(_list(data.get("transfers"), "transfers")):
        where = f"transfers[{i}]"
        if not isinstance(transfer, dict) or not {"working", "day_off"} <= set(transfer):
            raise ConfigError(f"{where}: expected a mapping with working and day_off")
        unknown = set(transfer) - _TRANSFER_KEYS
        if unknown:
            raise ConfigError(f"{where}: unknown keys {sorted(unknown)}")
        working.add(_date(transfer["working"], f"{where}.working"))
        off.add(_date(transfer["day_off"], f"{where}.day_off"))
    return working, off


def _list(value: Any, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ConfigError(f"{where}: expected a list, got {type(value).__name__}")
    return value


def _dates(value: Any, where: str) -> list[dt.date]:
    return [_date(item, f"{where}[{i}]") for i, item in enumerate(_list(value, where))]


def _date(value: Any, where: str) -> dt.date:
    # YAML turns an unquoted 2027-01-03 into a date already; a quoted one is a string.
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ConfigError(f"{where}: {value!r} is not a date (expected YYYY-MM-DD)")
