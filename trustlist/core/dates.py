"""Dates in Russian, Kazakh and English documents (SPEC §4).

Which parser handles which form (tests/test_dates.py documents, form by form,
what dateparser 1.5 does with each, so a new version that changes it shows up):

* numeric ``15.03.2026``, ``15/03/2026``, ``15-03-2026``, ``2026-03-15``
  (``15.03.2026г.`` too): regular expressions. dateparser reads them right,
  but it also reads ``15.03.26`` as 2026 and silently turns ``03/15/2026``
  into 15 March against DATE_ORDER='DMY'; here two-digit years and month 15
  are no dates. They are also the bulk of dates in a document, and
  ``find_dates`` must stay fast on whole documents.
* English month names (``March 15, 2026``, ``15 March 2026``, ``15th of
  March 2026``, ``Mar. 15th, 2026``): dateparser, which reads every English
  form correctly, so there is no English month table here.
* Russian and Kazakh month names: our month table. dateparser reads the
  Russian genitive (``15 марта 2026 г.``, ``«15» марта 2026 года``) and the
  Kazakh nominative with its letters (``15 наурыз 2026 ж.``), but misses the
  Russian prepositional (``в марте``), every Kazakh ending (``наурызда``,
  ``наурыздағы``, ``наурыздың``), the Kazakh year-first order (``2026 жылғы
  15 наурыз``), Kazakh typed without its letters (``кантар``, ``сауир``) and
  OCR's Latin look-alikes (``мapта``). The table is needed for those, and one
  table for a language is simpler and faster than two paths.
* Anything else given to ``parse_date`` alone (``Tuesday, 17 March 2026``):
  dateparser, as long as the text has a four-digit year.

dateparser takes ~0.4 s to import and warm up, so it is imported lazily and
only reached for English month names and the ``parse_date`` fallback.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any, NamedTuple

from trustlist.core.names import fix_lookalikes

# A four-digit year outside this range is a number, not a date of this process
# (copyright registrations go back to the 1990s; nothing is dated in the far future).
MIN_YEAR, MAX_YEAR = 1900, 2100

DATEPARSER_SETTINGS: dict[str, Any] = {
    "DATE_ORDER": "DMY",
    "PREFER_LOCALE_DATE_ORDER": False,
    # Without these dateparser fills a missing day or year from today's date.
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
}
DATEPARSER_LANGUAGES = ["ru", "kk", "en"]

# --- Russian and Kazakh month names ------------------------------------------------
# Kazakh letters folded to their Russian base, so that one stem covers both the
# proper spelling and text typed without Kazakh letters (қазан / казан).
FOLD_KAZAKH = str.maketrans("әғқңөұүһі", "агкноуухи")
# Stems of the folded, casefolded word: every case ending (марта, марте), every
# Kazakh ending (наурызда, наурыздағы, наурыздың) and abbreviations (сент.) follow.
_MONTH_STEMS = (
    ("янв", 1), ("фев", 2), ("мар", 3), ("апр", 4), ("июн", 6), ("июл", 7),
    ("авг", 8), ("сент", 9), ("окт", 10), ("ноя", 11), ("дек", 12),
    ("кантар", 1), ("акпан", 2), ("наурыз", 3), ("сауир", 4), ("мамыр", 5),
    ("маусым", 6), ("шилде", 7), ("тамыз", 8), ("кыркуйек", 9), ("казан", 10),
    ("караша", 11), ("желтоксан", 12),
)  # fmt: skip
# May is too short for a stem: "ма" would swallow мамыр and маусым.
_MAY = {"май", "мая", "мае", "маю", "маем"}


def _month_number(word: str) -> int | None:
    folded = fix_lookalikes(word).casefold().translate(FOLD_KAZAKH).rstrip(".")
    if folded in _MAY:
        return 5
    return next((month for stem, month in _MONTH_STEMS if folded.startswith(stem)), None)


# --- patterns ---------------------------------------------------------------------------
_DAY = r"(?:[«\"“„']\s?)?(?P<day>\d{1,2})(?:\s?[»\"”“'])?"
# 15-го марта, 15-ші наурыз, 15th March
_ORDINAL = r"(?:-?(?:st|nd|rd|th)|-(?:го|е|ое|ші|шы|і|ы))?"
# A full stop belongs to an abbreviated month (сент., дек.), not to a sentence
# ending in a month name (2026 жылғы 3 наурыздағы.).
_WORD = r"(?P<word>[^\W\d_]{3,5}\.|[^\W\d_]{3,})"
_YEAR = r"(?P<year>\d{4})(?!\d)"
# "г.", "года", "ж." after the year belong to the date; "жылғы" before the day
# in the Kazakh order.
_YEAR_WORDS = r"(?:года|году|г\.?|жылғы|жылы|ж\.?)(?![^\W\d_])"
_TAIL = rf"(?:\s*{_YEAR_WORDS})?"

_NUMERIC_DMY = re.compile(rf"(?<![\d.]){_DAY}(?P<sep>[./-])(?P<month>\d{{1,2}})(?P=sep){_YEAR}{_TAIL}")
_NUMERIC_YMD = re.compile(
    r"(?<![\d.])(?P<year>\d{4})(?P<sep>[./-])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d])"
)
# "15 марта 2026", "15th of March 2026", "the 14th day of January, 2026" (deeds)
_WORD_DMY = re.compile(
    rf"(?<!\d){_DAY}{_ORDINAL}\s+(?:day\s+of\s+|of\s+)?{_WORD},?\s+{_YEAR}{_TAIL}", re.IGNORECASE
)
_WORD_MDY = re.compile(
    rf"(?<![^\W\d_])(?P<word>[A-Za-z]{{3,9}}\.?)\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}"
)
_WORD_YDM = re.compile(rf"(?<!\d){_YEAR}\s*(?:жылғы|жылы|ж\.)\s*{_DAY}{_ORDINAL}\s+{_WORD}", re.IGNORECASE)
_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _valid(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None  # 31.02.2026


def _from_numbers(match: re.Match[str]) -> date | None:
    return _valid(int(match["year"]), int(match["month"]), int(match["day"]))


def _from_month_word(match: re.Match[str]) -> date | None:
    word = match["word"]
    month = _month_number(word)
    if month is not None:
        return _valid(int(match["year"]), month, int(match["day"]))
    if word.isascii():  # English month names: dateparser, on the date's own parts
        return _dateparser(f"{match['day']} {word} {match['year']}", ["en"])
    return None


_FORMS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], date | None]]] = [
    (_NUMERIC_DMY, _from_numbers),
    (_NUMERIC_YMD, _from_numbers),
    (_WORD_DMY, _from_month_word),
    (_WORD_MDY, _from_month_word),
    (_WORD_YDM, _from_month_word),
]


class _Span(NamedTuple):
    start: int
    end: int
    # None when the span has a date's shape but is no date (31.02.2026, "15 Street 2026").
    date: date | None


def _spans(text: str) -> list[_Span]:
    """Every date-shaped span of ``text``, overlapping ones included."""
    return [_Span(m.start(), m.end(), read(m)) for pattern, read in _FORMS for m in pattern.finditer(text)]


def _leftmost_longest(spans: list[_Span]) -> list[_Span]:
    chosen: list[_Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if not chosen or span.start >= chosen[-1].end:
            chosen.append(span)
    return chosen


# --- dateparser -------------------------------------------------------------------------
def _dateparser(text: str, languages: list[str]) -> date | None:
    import dateparser  # ~0.2 s to import: only when an English or unusual date needs it

    parsed = dateparser.parse(text, languages=languages, settings=DATEPARSER_SETTINGS)
    if parsed is None:
        return None
    # dateparser accepts two-digit years ("15.03.26"); here the year must be written out.
    if str(parsed.year) not in _FOUR_DIGITS.findall(text):
        return None
    return _valid(parsed.year, parsed.month, parsed.day)


# --- public API -------------------------------------------------------------------------
def find_dates(text: str) -> list[tuple[date, int, int]]:
    """Each date in running ``text`` with its span: (date, start, end), in order.

    The span covers the date as written, including quotes around the day and
    "г." / "года" / "ж." after the year.
    """
    valid = [span for span in _spans(text) if span.date]
    return [(span.date, span.start, span.end) for span in _leftmost_longest(valid) if span.date]


def parse_date(text: str) -> date | None:
    """The date written in ``text`` (a field value), None when there is none or several.

    Label remnants around the date are allowed ("от 15 марта 2026 г."). Text
    with a date's shape that is no date (31.02.2026, 03/15/2026) is None, and
    is not handed to dateparser, which would swap day and month.
    """
    spans = _spans(text)
    if not spans:
        return _dateparser(text.strip(), DATEPARSER_LANGUAGES) if _FOUR_DIGITS.search(text) else None
    dates = {span.date for span in spans if span.date}
    return dates.pop() if len(dates) == 1 else None
