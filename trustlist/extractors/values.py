"""Turning the text after a label into a field value, one parser per kind of field.

Each parser gets the candidate text (already cut at the next label) and returns
the value with its span inside that text, so provenance points at the value's
own words and not at the whole line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from trustlist.core.dates import find_dates
from trustlist.extractors.phrases import content_stems
from trustlist.extractors.vocab import fragments


@dataclass(frozen=True)
class Parsed:
    value: str | bool
    start: int
    end: int


_LEAD = re.compile(r"^[\s:：\-–—=.,;|)\]]*")


@cache
def quoted_org() -> re.Pattern[str]:
    # The same organisation shape the vocabulary's patterns use ({ORG} in _fragments.yaml).
    return re.compile(fragments()["ORG"], re.IGNORECASE)


# Where a name stops when it runs on into a sentence or the next item on the line.
_NAME_STOP = re.compile(
    r"\s*(?:\(|,\s|;|\s(?:в лице|в лиці|действующ|атынан|represented|acting|бин|бсн|иин|жсн|bin|iin)\b)",
    re.IGNORECASE,
)
# A "name" that is really the next label: «БСН: 2203...» in a wrapped table row.
# The words for a party's registration number, as a label or after a name.
BIN_NAME = r"(?:бин|бсн|иин|жсн|bin|iin)\b"
_ID_LABEL = re.compile(BIN_NAME, re.IGNORECASE)
# Twelve digits, spaced or hyphenated in groups as printed.
BIN_DIGITS = re.compile(r"(?<!\d)(\d(?:[ \u00a0-]?\d){11})(?!\d)")
_VERSION = re.compile(r"(?<![\w.])v?(\d+(?:\.\d+){1,3}(?:[-.][0-9A-Za-z]+)?|\d+)(?![\w.])")
# OCR may read a space after a dot of the domain («info@zhurekdata. kz»): a Latin top-level
# domain after it still belongs to the address.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.(?:[\w-]+|\s[a-z]{2,6}\b))+")
_UPPER, _LOWER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ", "a-zа-яёәғқңөұүһі"
# Surname, given name and patronymic, in full.
FULL_NAME = re.compile(
    r"(?P<surname>[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі\-]+)\s+(?P<given>[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі\-]+)"
    r"\s+(?P<patronymic>[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:вич|вна|ұлы|қызы|улы|кызы))"
)
_PERSON = re.compile(
    rf"(?:{FULL_NAME.pattern}"
    r"|[А-ЯЁӘҒҚҢӨҰҮҺІA-Z][а-яёәғқңөұүһіa-z\-]+\s+(?:[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]\.\s?){1,2}\s*[А-ЯЁӘҒҚҢӨҰҮҺІA-Z][а-яёәғқңөұүһіa-z\-]{2,}"
    r"|[А-ЯЁӘҒҚҢӨҰҮҺІA-Z][а-яёәғқңөұүһіa-z\-]+\s+(?:[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]\.\s?){1,2}"
    r"|(?:[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]\.\s?){1,2}\s*[А-ЯЁӘҒҚҢӨҰҮҺІA-Z][а-яёәғқңөұүһіa-z\-]+"
    r"|[А-ЯЁӘҒҚҢӨҰҮҺІA-Z][а-яёәғқңөұүһіa-z\-]+(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІA-Z][а-яёәғқңөұүһіa-z\-]+){1,2})"
)
NEGATIVE = re.compile(
    r"отрицательн|не\s+соответству|не\s+рекомендуется|не\s+может\s+быть\s+рекомендован"
    r"|теріс|сәйкес\s+келмейді|сәйкес\s+емес|ұсынылмайды"
    r"|negative|does\s+not\s+(?:comply|conform|meet)|non-?complian|not\s+compliant|not\s+recommended",
    re.IGNORECASE,
)
POSITIVE = re.compile(
    r"положительн|соответству|рекомендуется\s+к\s+включению|рекомендована?"
    r"|оң\b|оң\s+қорытынды|сәйкес\s+келеді|сәйкес|ұсынылады"
    r"|positive|compl(?:ies|iant)|conforms|meets\s+the\s+requirements|recommended"
    # No findings: «замечаний не выявлено», «ескертулер анықталған жоқ», "no findings".
    r"|(?:замечани|нарушени|несоответстви)\w*\s+не\s+выявлен|не\s+выявлено\s+(?:замечани|нарушени|несоответстви)"
    r"|(?:ескерту|сәйкессіздік|бұзушылық)\w*\s+анықталған\s+жоқ|(?:ескерту|сәйкессіздік|бұзушылық)\w*\s+анықталмады"
    r"|no\s+(?:findings|non-?conformities|deficiencies)\s+(?:were\s+)?(?:found|identified)",
    re.IGNORECASE,
)


def lead(text: str) -> int:
    """Offset of the first character after separators such as ':' or '—'."""
    match = _LEAD.match(text)  # the pattern matches every text, if only emptily
    return match.end() if match else 0


# Separators and OCR's specks at a value's ends (a full stop only at its start: «Ким О. В.»).
EDGE_SPECKS = " \t:–—-,;|_`´<>©~"
# The quote marks that open and close a quoted name (“ closes in the German style „…“).
_OPENING = '«“„"'
_CLOSING = '»”"“'


def _strip(text: str, start: int, end: int) -> Parsed | None:
    chunk = text[start:end]
    left = len(chunk) - len(chunk.lstrip(EDGE_SPECKS + "."))
    right = len(chunk.rstrip(EDGE_SPECKS))
    # A quote mark at an edge with no partner inside is OCR's reading of a speck.
    while (
        left < right and chunk[left] in _OPENING and not any(c in _CLOSING for c in chunk[left + 1 : right])
    ):
        left += 1
    while (
        left < right
        and chunk[right - 1] in _CLOSING
        and not any(c in _OPENING for c in chunk[left : right - 1])
    ):
        right -= 1
    if right <= left:
        return None
    value = " ".join(chunk[left:right].split())
    return Parsed(value, start + left, start + right)


# OCR reads the legal form «ТОО» before a Latin name as Latin "TOO" (and «АО» as "AO").
_LATIN_LEGAL_FORM = {"TOO": "ТОО", "AO": "АО"}


def parse_name(text: str) -> Parsed | None:
    parsed = _parse_name(text)
    if parsed and isinstance(parsed.value, str):
        value = _outside_quotes(
            parsed.value, lambda part: _LEGAL_FORM_WORD.sub(lambda m: m.group().upper(), part)
        )
        first, _, rest = value.partition(" ")
        if first in _LATIN_LEGAL_FORM and rest[:1] in _OPENING:
            value = f"{_LATIN_LEGAL_FORM[first]} {rest}"
        return Parsed(value, parsed.start, parsed.end)
    return parsed


def _outside_quotes(value: str, change: Callable[[str], str]) -> str:
    """``value`` with ``change`` made to its text outside quoted names."""
    parts = re.split(r"([«\"“„][^«»\"”“]*[»\"”“])", value)
    return "".join(part if i % 2 else change(part) for i, part in enumerate(parts))


# A legal form's abbreviation outside the quotes, as a scan or a typist may write it in
# lower case («Цифрлық Сараптама» жшс): the register writes it in capitals.
_LEGAL_FORM_WORD = re.compile(r"(?<![\w«\"“„])(?:тоо|жшс|ао|ақ|ип|жк|llp|jsc|llc|ltd)(?![\w»\"”“])")


def _parse_name(text: str) -> Parsed | None:
    start = lead(text)
    quoted = quoted_org().search(text, start)
    if quoted and quoted.start() - start <= 60:
        # "Товарищество с ограниченной ответственностью «Дата Сапа»": keep a legal form
        # written out before the quotes, but not OCR specks ("а ТОО «Куат»") nor the
        # rest of a label ("толық атауы «Білім» ЖШС").
        prefix = text[start : quoted.start()].strip()
        written_out_form = re.search(r"[^\W\d_]{4,}", prefix) and prefix[:1].isupper()
        return _strip(text, start if written_out_form else quoted.start(), quoted.end())
    if text[start : start + 1].islower():
        return None  # "Заявитель подтверждает ...": a sentence, not a name
    stop = _NAME_STOP.search(text, start)
    end = stop.start() if stop else len(text)
    parsed = _strip(text, start, end)
    if (
        parsed is None
        or not re.search(r"[^\W\d_]{2,}", str(parsed.value))
        or _ID_LABEL.match(str(parsed.value))
    ):
        return None
    return parsed


def looks_like_party(value: str) -> bool:
    """An organisation with its legal form, or a person's full name or initials."""
    return bool(quoted_org().fullmatch(value.strip()) or _PERSON.fullmatch(value.strip()))


def parse_person(text: str) -> Parsed | None:
    match = _PERSON.search(text, lead(text))
    return _strip(text, match.start(), match.end()) if match else None


def parse_people(text: str) -> Parsed | None:
    start = lead(text)
    if not _PERSON.search(text, start):
        return None
    # Names end on a capital or an initial: a lone small letter after them is a speck read.
    lone = _LONE_SMALL_LETTER.search(text.rstrip(EDGE_SPECKS), start)
    parsed = _strip(text, start, lone.start() if lone else len(text))
    # A list of full names ends with a sentence's full stop; a name with initials keeps its own.
    if parsed and re.search(r"[^\W\d_]{3}\.$", str(parsed.value)):
        return Parsed(str(parsed.value)[:-1], parsed.start, parsed.end - 1)
    return parsed


_LONE_SMALL_LETTER = re.compile(rf"\s+[{_LOWER}]$")


def parse_title(text: str) -> Parsed | None:
    start = lead(text)
    quoted = re.compile(r"[«\"“„]((?:[^«»\"”“]|«[^»]{1,60}»){1,120})[»\"”“]").search(text, start)
    if quoted and quoted.start() - start <= 40:
        # A name has letters: «15» after "программы для ЭВМ" is the next line's date.
        return _strip(text, quoted.start(1), quoted.end(1)) if _has_letters(quoted.group(1)) else None
    # The version after the name: ", версия 2.0", " version 2.0", " v2.0".
    stop = re.compile(
        r",\s*(?:версия|версии|нұсқа|version)|\s+(?:версия|версии|нұсқасы|version)\s"
        r"|\s+v\d+(?:\.\d+)+\b",
        re.I,
    )
    found = stop.search(text, start)
    parsed = _strip(text, start, found.start() if found else len(text))
    # A name has a word of content: a bare number beside a system's label is its version,
    # and «является» or "The" before the next label is a sentence, not a name.
    return parsed if parsed and content_stems(str(parsed.value)) else None


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def parse_text(text: str) -> Parsed | None:
    return _strip(text, lead(text), len(text))


def parse_bin(text: str) -> Parsed | None:
    match = BIN_DIGITS.search(text)
    if not match:
        return None
    return Parsed(re.sub(r"\D", "", match.group(1)), match.start(1), match.end(1))


def parse_date(text: str) -> Parsed | None:
    start = lead(text)
    found = find_dates(text[start:])
    if not found:
        return None
    day, s, e = found[0]
    # A date far into the line belongs to something else ("от имени ... от 02.03.2026").
    if s > 25:
        return None
    return Parsed(day.isoformat(), start + s, start + e)


def parse_version(text: str) -> Parsed | None:
    start = lead(text)
    match = _VERSION.search(text, start)
    if not match or match.start() - start > 12:
        return None
    return Parsed(match.group(1), match.start(1), match.end(1))


@cache
def _number() -> re.Pattern[str]:
    return re.compile(rf"^(?:{fragments()['NUMSIGN']})?\s*(\d[\d\s]{{0,12}}\d|\d)(?!\d)", re.IGNORECASE)


def parse_number(text: str) -> Parsed | None:
    start = lead(text)
    match = _number().match(text[start:])
    if not match:
        return None
    return Parsed(re.sub(r"\s", "", match.group(1)), start + match.start(1), start + match.end(1))


@cache
def _code() -> re.Pattern[str]:
    # The number after its sign, shaped as the vocabulary's patterns take it ({CODE}).
    return re.compile(rf"^(?:{fragments()['NUMSIGN']})?\s*({fragments()['CODE']})", re.IGNORECASE)


def parse_code(text: str) -> Parsed | None:
    start = lead(text)
    match = _code().match(text[start:])
    if not match:
        return None
    return Parsed(match.group(1).rstrip(".,"), start + match.start(1), start + match.end(1))


def parse_email(text: str) -> Parsed | None:
    match = _EMAIL.search(text)
    return Parsed(re.sub(r"\s", "", match.group()), match.start(), match.end()) if match else None


def parse_result(text: str) -> Parsed | None:
    """Negative wording wins: «не соответствует» contains «соответствует»."""
    for pattern, value in ((NEGATIVE, "negative"), (POSITIVE, "positive")):
        match = pattern.search(text)
        if match:
            return Parsed(value, match.start(), match.end())
    return None


# Boxes a form's options are ticked in, and those left blank.
_TICKED_BOX, _BLANK_BOX = "☒☑✓✔■", "☐□"
_BOXED_OPTION = re.compile(rf"([{_TICKED_BOX}{_BLANK_BOX}])\s*([^{_TICKED_BOX}{_BLANK_BOX}]*)")


def ticked(parse: Callable[[str], Parsed | None]) -> Callable[[str], Parsed | None]:
    """``parse`` read from the one option ticked when the text is a form's row of boxed
    options («☒ здравоохранение ☐ финансы ☐ транспорт»), from the whole text otherwise."""

    def parse_ticked(text: str) -> Parsed | None:
        options = list(_BOXED_OPTION.finditer(text))
        chosen = [m for m in options if m.group(1) in _TICKED_BOX]
        if len(options) < 2 or len(chosen) != 1:
            return parse(text)
        start, end = chosen[0].span(2)
        parsed = parse(text[start:end])
        return parsed and Parsed(parsed.value, start + parsed.start, start + parsed.end)

    return parse_ticked


PARSERS: dict[str, Callable[[str], Parsed | None]] = {
    kind: ticked(parse)
    for kind, parse in {
        "name": parse_name,
        "person": parse_person,
        "people": parse_people,
        "title": parse_title,
        "text": parse_text,
        "section": parse_text,
        "bin": parse_bin,
        "date": parse_date,
        "version": parse_version,
        "number": parse_number,
        "code": parse_code,
        "email": parse_email,
        "result": parse_result,
    }.items()
}


# A surname with initials, either way round: "Ким О. В.", "О. Ким".
INITIALLED = re.compile(
    rf"(?P<surname>[{_UPPER}][{_LOWER}-]+)\s+(?P<initials>(?:[{_UPPER}]\.\s?){{1,2}})"
    rf"|(?P<initials_first>(?:[{_UPPER}]\.\s?){{1,2}})\s*(?P<surname_last>[{_UPPER}][{_LOWER}-]{{2,}})"
)
