"""The value a label names: after it on its line, below it, in its table cell or column.

A label is one of the field's labels in the vocabulary, found by its word stems
(``label_index``); what follows it is read by the page's structure: a separator, a cell
gap, the end of the line, a label that wraps in its cell, a column under a row of
headings, a value that wraps in a cell of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import Literal

from trustlist.extractors.candidates import Candidate, parse_span
from trustlist.extractors.layout import cell_gap
from trustlist.extractors.pagetext import DocText, is_noisy
from trustlist.extractors.phrases import PhraseHit, PhraseIndex
from trustlist.extractors.values import EDGE_SPECKS, PARSERS, Parsed, lead, looks_like_party
from trustlist.extractors.vocab import FieldSpec, load_vocab

# A Roman numeral as printed or as OCR reads it ("|.", "Ill.", "ІМ." for I, III, IV); the
# heading finder numbers sections with it too.
ROMAN_NUMERAL = r"[ivxlі|!1м]{1,4}"
# Numbering before a heading: "2.", "2.1.", "IV.", "§ 3", a bullet.
_HEADING_PREFIX = re.compile(
    rf"^\s*(?:\d{{1,2}}(?:\.\d{{1,2}})*[.)]?|{ROMAN_NUMERAL}[.)]|§\s*\d+\.?|[-•])?\s*$", re.I
)


# A label written with a trailing colon in the vocabulary ("software:") is a word too common
# to trust alone: it labels a value only when a separator follows it in the text or it ends
# its line (the value below). Its hits carry the field's name with the colon.
STRICT = ":"


@cache  # may build twice when two threads race, which is harmless: both are equal
def label_index(doc_type: str) -> PhraseIndex:
    phrases: dict[str, list[str]] = {}
    for name, spec in load_vocab()[doc_type].fields.items():
        for label in spec.labels:
            strict = label.endswith(STRICT)
            phrases.setdefault(name + STRICT if strict else name, []).append(label.rstrip(STRICT))
    return PhraseIndex(phrases)


def after_label(spec: FieldSpec, doc: DocText, hit: PhraseHit, hits: list[PhraseHit]) -> Candidate | None:
    """The value after a label on its line, or on the next line when the label ends its line."""
    hit = with_twin(doc, hit, hits)
    specificity = hit.end - hit.start
    # A label may wrap: it starts its first line, and its value follows on its last.
    line_start, _ = doc.line_bounds(hit.start)
    _, line_end = doc.line_bounds(hit.end)
    at_line_start = starts_line(doc, line_start, hit.start)
    stop = next(
        (
            h.start
            for h in hits
            if hit.end <= h.start < line_end
            and _outside_quotes(doc, hit.end, h)
            and (spec.kind not in _SENTENCE_KINDS or _ends_text(doc, hit, h))
        ),
        line_end,
    )
    if spec.kind in _WRAPPING_KINDS and stop == line_end and not PARSERS[spec.kind](doc.text[hit.end : stop]):
        # "действует до «16»" / "марта 2031 года", "(БИН" / "200540088141)": a shaped
        # value cut short may continue at the start of the next line; a whole one does not
        # take the next row's number with it.
        following = doc.next_line_bounds(hit.end)
        if following:
            end = min(following[1], hit.end + 60)
            stop = next((h.start for h in hits if hit.end <= h.start < end), end)
    if spec.kind == "name" and stop == line_end and _LEGAL_FORM_ONLY.match(doc.text[hit.end : stop]):
        # "...после передачи: ТОО" / "«Көз Медтех»": the name goes on on the next line.
        following = doc.next_line_bounds(hit.end)
        stop = following[1] if following else stop
    value_start = hit.end + _aside_length(doc.text[hit.end : stop])
    value_start += _other_language_half(doc, value_start, stop)
    if spec.kind in _SENTENCE_KINDS:
        stop = _sentence_end(doc, value_start, stop)
    if hit.key.endswith(STRICT) and not _separated(doc, value_start, line_end):
        return None
    if spec.kind == "people" and stop == line_end:
        stop = list_end(doc, value_start, line_end, hits)
    if doc.text[value_start:stop].strip(" \t:–—-=.|_"):
        if not at_line_start and not _inline_value(spec.kind, doc.text[value_start:stop]):
            return None
        method = "label" if at_line_start else "label_inline"
        found = parse_span(spec.kind, doc, value_start, stop, method, specificity)
        if found and stop == line_end:
            found = wrapped_value(doc, found, hits, after=first_x(doc, hit.start, hit.end))
        if found and spec.kind == "name" and _clause_subject(doc, line_start, hit, found):
            return None
        if found and spec.kind == "date" and _TERM_END.search(doc.norm[hit.end : found.parsed.start]):
            return None  # «... с даты выдачи, т. е. до 06.05.2027»: a term's end, not this date
        return found
    column = _column_under(doc, hit, hits)
    if column is not False:
        if not column:
            return None
        start, end, bounds = column
        found = parse_span(spec.kind, doc, start, end, "label_next_line", specificity)
        return found and wrapped_value(doc, found, hits, column=bounds)
    following = doc.next_line_bounds(hit.end)
    if not at_line_start or following is None:
        return None
    start, end = following
    stop = next((h.start for h in hits if start < h.start < end), end)
    if any(h.start == start for h in hits):
        return None  # the next line is another label, so this one was left empty
    found = parse_span(spec.kind, doc, start, stop, "label_next_line", specificity)
    return found and wrapped_value(doc, found, hits, after=first_x(doc, hit.start, hit.end))


# Kinds whose value may wrap over several lines of its own cell or column.
_BLOCK_KINDS = {"name", "people", "title", "text"}
# Lines a wrapped value may run on over.
_BLOCK_LINES = 3


def wrapped_value(
    doc: DocText,
    found: Candidate,
    hits: list[PhraseHit],
    after: float | None = None,
    column: tuple[float, float] | None = None,
) -> Candidate:
    """A value that wraps in its own cell: the next lines go on with words that start where
    the value starts, in a cell of its own (right of the label's x ``after``, or inside a
    ``column``), and are no label: «Ли Виктор» / «Сергеевич» under «Автор(ы):»."""
    if found.kind not in _BLOCK_KINDS:
        return found
    first = doc.words_between(found.parsed.start, found.parsed.end)
    if not first:
        return found
    x = first[0][1].bbox[0]
    if after is not None and x <= after + COLUMN_SLACK:
        return found  # flush with its label: the next line is the next paragraph
    low, high = column or (x - COLUMN_SLACK, float("inf"))
    right = high if column else text_right(doc, found.parsed.start)
    pieces = [doc.text[found.parsed.start : found.parsed.end]]
    end = found.parsed.end
    for _ in range(_BLOCK_LINES):
        following = doc.next_line_bounds(end)
        if following is None or SENTENCE_END.search(pieces[-1]):
            break
        if doc.text[end : doc.line_bounds(end - 1)[1]].strip(EDGE_SPECKS + ".") and not cell_gap_after(
            doc, end
        ):
            break  # the value stops short of its cell («X» АҚ, БСН): below goes on with the rest
        if not runs_across(doc.words_between(end - 1, end)[0][1].bbox[2], x, right):
            break  # a short line ends its value: a value alone below it is another row's
        inside = [(o, w) for o, w in doc.words_between(*following) if low <= w.bbox[0] < high]
        if not inside or abs(inside[0][1].bbox[0] - x) > COLUMN_SLACK:
            break
        start, stop = inside[0][0], inside[-1][0] + len(inside[-1][1].text)
        if any(start <= h.start < stop for h in hits):
            break
        if any(w.bbox[0] < low for _, w in doc.words_between(*following)) and column is None:
            break  # the label column has words of its own: the next row
        pieces.append(doc.text[start:stop])
        end = stop
    if len(pieces) == 1:
        return found
    parsed = PARSERS[found.kind](" ".join(pieces))
    if parsed is None or parsed.value == found.parsed.value:
        return found  # the line below is the next detail: «ТОО «X»» over «БИН ...»
    return Candidate(
        Parsed(parsed.value, found.parsed.start, end), found.method, found.specificity, found.kind
    )


SENTENCE_END = re.compile(r"[^\W\d_]{3}[.!?]$")
# How far across from its start to the text's right margin a value's line must run for
# the next line to go on with it.
FULL_LINE_SHARE = 0.6


def runs_across(line_end: float, start: float, right: float) -> bool:
    """A value's line starting at ``start`` and ending at ``line_end`` runs most of the way
    to the ``right`` edge of its column or page: the line below may go on with it."""
    return line_end >= start + FULL_LINE_SHARE * (right - start)


def text_right(doc: DocText, position: int) -> float:
    """The right margin of the text on the page of ``position``: its lines' furthest end,
    once per page."""
    number = doc.locate(position, position + 1).page
    return doc.memo(
        ("text right", number),
        lambda: max(
            (line.bbox[2] for page in doc.pages if page.number == number for line in page.lines),
            default=float("inf"),
        ),
    )


def first_x(doc: DocText, start: int, end: int) -> float | None:
    """Where the first word of a span starts on its page."""
    words = doc.words_between(start, end)
    return words[0][1].bbox[0] if words else None


def _separated(doc: DocText, value_start: int, line_end: int) -> bool:
    """A separator, the line's end, or a table's cell gap follows a label: a scanned form's
    ruled row ("Система | Kerege Fraud Monitor") has no colon, only the gap."""
    return bool(re.match(r"\s*(?:[:—–=]|$)", doc.text[value_start:line_end])) or cell_gap_after(
        doc, value_start
    )


# Words before a date that make it the end of a term.
_TERM_END = re.compile(r"(?<![\w-])(?:до|по|until|till|through|дейін)(?![\w-])")


_CLAUSE_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s*$")


def _ends_text(doc: DocText, label: PhraseHit, other: PhraseHit) -> bool:
    """Another label ends a text value; the field's own label word ends it only where it
    goes on with the label or stands as a label, before a separator or a cell's gap:
    «Сфера применения — финансовый сектор.» holds «сектор» as a word of its value."""
    if other.key.removesuffix(STRICT) != label.key.removesuffix(STRICT):
        return True
    between = doc.text[label.end : other.start]
    _, line_end = doc.line_bounds(other.end)
    return _aside_length(between) == len(between.rstrip()) or _separated(doc, other.end, line_end)


# Kinds whose value, after a label in running text, ends with its sentence.
_SENTENCE_KINDS = {"text"}
_NEXT_SENTENCE = re.compile(r"(?<=[^\W\d_]{3})[.!?]\s+(?=[^\W\d_])")


def _sentence_end(doc: DocText, start: int, stop: int) -> int:
    """Where the sentence a value starts in ends, before ``stop``: «... — финансовый
    сектор. TabysScore оценивает ...» ends after «сектор»."""
    ends = (m.start() for m in _NEXT_SENTENCE.finditer(doc.text, start, stop) if doc.text[m.end()].isupper())
    return next(ends, stop)


def _clause_subject(doc: DocText, line_start: int, hit: PhraseHit, found: Candidate) -> bool:
    """A party's role word opening a numbered clause ("2.1. Құқық иеленуші Бағдарламаны
    ... пайдалануға құқылы") is the clause's subject, not a label: no separator follows
    it and what follows is not a party's name."""
    if not _CLAUSE_NUMBER.match(doc.text[line_start : hit.start]):
        return False
    separated = re.match(r"\s*[:—–=]", doc.text[hit.end : found.parsed.start]) or cell_gap_after(doc, hit.end)
    return not separated and not looks_like_party(str(found.parsed.value))


# Lines below a row of column headings searched for the first line of the column.
COLUMN_LINES = 2


def _column_under(
    doc: DocText, hit: PhraseHit, hits: list[PhraseHit]
) -> tuple[int, int, tuple[float, float]] | None | Literal[False]:
    """The value under a label that is one of a row of column headings ("Правообладатель
    Приобретатель" over the parties' details): the words of the first line below that stand
    in the label's column. False when the label stands alone on its line; None when its
    column is empty below."""
    line_start, line_end = doc.line_bounds(hit.start)
    row = [h for h in hits if line_start <= h.start < line_end]
    if len(row) < 2 or doc.text[line_start:line_end].count(" ") > sum(
        doc.text[h.start : h.end].count(" ") + 1 for h in row
    ):
        return False  # not a row of headings only
    left = doc.words_between(hit.start, hit.end)[0][1].bbox[0]
    after = [h for h in row if h.start >= hit.end]
    right = doc.words_between(after[0].start, after[0].end)[0][1].bbox[0] if after else float("inf")
    position = line_end
    for _ in range(COLUMN_LINES):
        following = doc.next_line_bounds(position)
        if following is None:
            return None
        inside = [
            (offset, word)
            for offset, word in doc.words_between(*following)
            if left - COLUMN_SLACK <= word.bbox[0] < right - COLUMN_SLACK
        ]
        if inside:
            return (
                inside[0][0],
                inside[-1][0] + len(inside[-1][1].text),
                (left - COLUMN_SLACK, right - COLUMN_SLACK),
            )
        position = following[1]
    return None


# Points a value may start left of its heading and still stand in its column.
COLUMN_SLACK = 12.0


_LEGAL_FORM_ONLY = re.compile(r"^[\s:—–-]*(?:тоо|ао|ип|жшс|ақ|llp|jsc|llc)\s*$", re.IGNORECASE)


_WRAPPING_KINDS = {"bin", "date", "version", "number", "code"}


# Kinds whose values have a shape of their own (digits, a date, initials), so a label
# inside a sentence can still be trusted when such a value follows it.
_SHAPED_KINDS = {"bin", "date", "version", "number", "code", "email", "person", "result"}


def _inline_value(kind: str, rest: str) -> bool:
    """A label mid-sentence ("аудит системы искусственного...") is a word, not a label,
    unless a separator or a shaped or quoted value follows it."""
    return kind in _SHAPED_KINDS or bool(re.match(r"\s*[:—–=]|\s*[«\"“]", rest))


def list_end(doc: DocText, start: int, line_end: int, hits: list[PhraseHit]) -> int:
    """Where a list of names that starts at ``start`` ends: it goes on on the next line
    when that line holds only capitalised words (more names, not a sentence nor a label)
    and this one ends with a comma ("Сарсенова Жанар Кайратовна," / "Пак Артём Игоревич"),
    with a name cut after one word ("Ахметов" / "Бауыржан Кайратович"), or with a name
    whose patronymic the next line starts with ("Ким Ольга" / "Викторовна")."""
    following = doc.next_line_bounds(line_end)
    if following is None or any(following[0] <= h.start < following[1] for h in hits):
        return line_end
    here = doc.text[start:line_end].strip(" \t:–—-=")
    there = [w for w in doc.text[following[0] : following[1]].split() if any(c.isalpha() for c in w)]
    if not here or not there or len(there) > 6 or not all(w[:1].isupper() for w in there):
        return line_end
    cut_short = len(here.rsplit(",", 1)[-1].split()) == 1
    if here.endswith(",") or cut_short or _PATRONYMIC.fullmatch(there[0].rstrip(",.")):
        return following[1]
    return line_end


_PATRONYMIC = re.compile(r"[^\W\d_]+(?:вич|вна|ұлы|қызы|улы|кызы|vich|vna|uly|kyzy)", re.IGNORECASE)


def _outside_quotes(doc: DocText, start: int, hit: PhraseHit) -> bool:
    """A label word inside a quoted name («Аудиторская компания «Парасат»», ТОО "Дала Дата")
    is part of the name, not the next label."""
    between = doc.text[start : hit.start]
    return between.count("«") <= between.count("»") and between.count('"') % 2 == 0


def with_twin(doc: DocText, hit: PhraseHit, hits: list[PhraseHit]) -> PhraseHit:
    """A label and its twin in the other language after a slash are one label:
    "Мақсаты / Назначение", «Құқық иеленуші / Правообладатель»."""
    # ``hits`` come in text order; only those starting within a line's reach of the label
    # can join it, and a long document has thousands of hits, each asking this.
    for other in hits[bisect_left(hits, hit.end, key=lambda h: h.start) :]:
        if other.start > hit.end + MAX_JOIN_CHARS:
            break
        # Across a table's cell gap the same label is the other column's (a bilingual form
        # prints «Өтінім нөмірі | Номер заявки» over a value in each column), not a twin.
        if (
            other.key == hit.key
            and BILINGUAL.fullmatch(doc.text[hit.end : other.start])
            and not cell_gap_after(doc, hit.end)
        ):
            hit = PhraseHit(hit.key, hit.start, other.end)
    return hit


# How far after a label its twin may start.
MAX_JOIN_CHARS = 200


# Only the slash joins two headings: "Назначение. Цели ..." is a heading and its text.
BILINGUAL = re.compile(r"\s*/\s*")


def starts_line(doc: DocText, line_start: int, position: int) -> bool:
    """Nothing but numbering or OCR specks (letterless or unsure words) precedes ``position``."""
    if _HEADING_PREFIX.match(doc.text[line_start:position]):
        return True
    return all(
        is_noisy(word) or not any(c.isalnum() for c in word.text)
        for _, word in doc.words_between(line_start, position)
    )


def cell_gap_after(doc: DocText, position: int) -> bool:
    """The next word stands in another table cell: a gap of several word heights."""
    _, line_end = doc.line_bounds(position)
    before = doc.words_between(max(0, position - 1), position)
    after = doc.words_between(position, line_end)
    return bool(before and after) and cell_gap(before[-1][1], after[0][1])


def _other_language_half(doc: DocText, position: int, stop: int) -> int:
    """Length of a bilingual label's other half that the vocabulary does not know, up to the
    gap before the value's cell: "Саласы / Сфера | денсаулық сақтау"."""
    if not re.match(r"\s*/", doc.text[position:stop]):
        return 0
    return _value_cell(doc, position, stop) or 0


def _aside_length(text: str) -> int:
    """Length of a parenthesised remark right after a label: «автора (соавторов)»."""
    match = re.match(r"\s*\([^)\n]{0,40}\)", text)
    return match.end() if match else 0


def section(doc: DocText, hit: PhraseHit, hits: list[PhraseHit]) -> Candidate | None:
    """A heading at the start of its line; the section's first line is its value.

    The heading may be bilingual ("Мақсаты / Назначение"), run into its text after a
    qualifier ("Данные, используемые системой. Обучающая ..."), or stand in a table's
    label cell that wraps ("Data used (training and" | "The training set ...").
    """
    hit = with_twin(doc, hit, hits)
    line_start, line_end = doc.line_bounds(hit.start)
    if not _HEADING_PREFIX.match(doc.text[line_start : hit.start]):
        return None
    rest = doc.text[hit.end : line_end]
    qualifier = _HEADING_QUALIFIER.match(rest)
    cell = None if qualifier else _value_cell(doc, hit.end, line_end)
    body_start = hit.end + (qualifier.end() if qualifier else cell or 0)
    rest = doc.text[body_start:line_end]
    body = rest[lead(rest) :]
    if body and not qualifier and cell is None and not rest.lstrip().startswith((":", "—", "-", ".")):
        return None  # a sentence that happens to start with the heading word
    if body:
        return parse_span("section", doc, body_start, line_end, "heading", hit.end - hit.start)
    following = doc.next_line_bounds(hit.end)
    if following is None:
        return None
    return parse_span("section", doc, *following, "heading", hit.end - hit.start)


# After a heading, a qualifier set off by a comma or brackets, then the heading's full stop
# and the section's text: "Данные, используемые системой. Обучающая ...".
_HEADING_QUALIFIER = re.compile(r"\s*(?:,[^.:;\n]{1,40}?|\([^()\n]{1,40}\))\s*[.:—–]\s+(?=[^\W\d_])")


# Words a wrapping label cell may still hold on the heading's line before its value cell.
_LABEL_CELL_WORDS = 4


def _value_cell(doc: DocText, position: int, line_end: int) -> int | None:
    """Offset from ``position`` of a table's value cell, when a gap follows it or a few of
    the label cell's own words; None when the line goes on as one sentence."""
    if cell_gap_after(doc, position):
        return 0
    for offset, word in doc.words_between(position, line_end)[:_LABEL_CELL_WORDS]:
        if cell_gap_after(doc, offset + len(word.text)):
            return offset + len(word.text) - position
    return None
