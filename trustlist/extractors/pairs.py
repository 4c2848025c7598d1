"""Label–value pairs found by the page's layout alone, then named by their content words.

Two layouts hold most of a form's pairs, whatever its labels say:

- a table whose value cells share one left edge (a gap, or a scan's ruling read as «|»,
  before them on several rows; a page may hold several tables): each row's label cell and
  value cell, either wrapping over several lines («Бизнес-идентифика-» / «ционный номер
  (БИН)» beside one number), a row number in a column of its own, a label column per
  language before the values (the last cell is the value);
- a cell that opens with a short label closed by a colon, the value after it in the
  cell, in the next cell, or below it.

A pair's label is then mapped to the field whose vocabulary label it holds the content
words of most fully (``phrases.best_label``), whatever the word order, inflection and
filler words: «Наименование системы искусственного интеллекта» and «Система ИИ
(наименование)» both hold «наименование системы». A label that names no field is still a
label: its value ends where the next row begins.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from trustlist.core.dates import find_dates
from trustlist.core.models import Word
from trustlist.extractors.labels import SENTENCE_END, runs_across, text_right
from trustlist.extractors.layout import cell_gap
from trustlist.extractors.pagetext import DocText, is_noisy
from trustlist.extractors.phrases import best_label, content_stems
from trustlist.extractors.values import BIN_DIGITS
from trustlist.extractors.vocab import load_vocab

OffsetWord = tuple[int, Word]


@dataclass(frozen=True)
class Pair:
    label: str  # the label's words, a word wrapped with a hyphen mended
    label_start: int
    label_words: tuple[int, ...]  # offsets of the label's words in the document text
    value: str  # the value's words, its lines joined by spaces
    value_start: int  # offsets in the document text of the value's first word
    value_end: int  # and of the end of its last
    value_is_label: bool  # the value is a label itself: a bilingual form's twin column
    value_words: tuple[tuple[int, int], ...]  # each value word's offset in the document and in ``value``

    def value_span(self, start: int, end: int) -> tuple[int, int]:
        """The document offsets of ``value[start:end]``: a value whose lines are joined
        keeps, as its provenance, the words it is read from, not the whole cell."""

        def place(position: int) -> int:
            in_doc, in_value = next((d, v) for d, v in reversed(self.value_words) if v <= position)
            return in_doc + position - in_value

        return place(start), place(max(end - 1, start)) + 1


# A table: at least this many rows have a label cell and a value cell, each value after a
# cell gap at the value column's edge.
MIN_TABLE_ROWS = 2
# Points a cell's words may start left or right of its column's edge.
EDGE_SLACK = 12.0
# A label cell or a label before a colon holds at most this many words per line.
MAX_LABEL_WORDS = 8
_ROW_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|№|[ivx]{1,4}\.)$", re.I)
_COLON_LABEL = re.compile(r"^(?P<label>[^:«»\"“”]{2,80}?)\s*:(?:\s+|$)")


def pairs(doc: DocText) -> list[Pair]:
    """Every label–value pair of ``doc``, in text order, once per document."""
    return doc.memo("pairs", lambda: _find_pairs(doc))


# Lines at the end of a document where it is signed, page footers included.
CLOSING_LINES = 6


def _find_pairs(doc: DocText) -> list[Pair]:
    found: dict[int, Pair] = {}
    for page_lines in _pages(doc):
        margin = text_right(doc, page_lines[0][0][0])
        for edge in _value_edges(page_lines):
            table = _table_pairs(page_lines, edge, margin)
            if sum(pair.value_is_label for pair in table) >= 2:
                continue  # the "values" are labels: two columns of pairs, one per language
            for pair in table:
                # A row read at two edges has its value in the last cell: a bilingual form
                # prints «Өтініш беруші | Сведения о заявителе | ТОО «X»».
                if pair.label_start not in found or pair.value_start > found[pair.label_start].value_start:
                    found[pair.label_start] = pair
        for pair in _colon_pairs(doc, page_lines):
            found.setdefault(pair.label_start, pair)
    return sorted(found.values(), key=lambda p: p.label_start)


def _pages(doc: DocText) -> list[list[list[OffsetWord]]]:
    """The document's lines as words with their offsets, grouped by page (x positions only
    compare within a page)."""
    pages: list[list[list[OffsetWord]]] = []
    previous_page = None
    for index, start in enumerate(doc.line_starts):
        end = doc.line_starts[index + 1] - 1 if index + 1 < len(doc.line_starts) else len(doc.text)
        words = doc.words_between(start, end)
        if not words:
            continue
        page = doc.locate(words[0][0], words[0][0] + 1).page
        if page != previous_page:
            pages.append([])
            previous_page = page
        pages[-1].append(words)
    return pages


def _value_edges(lines: list[list[OffsetWord]]) -> list[float]:
    """The left edges of the page's tables' value columns, the most used first: where, on
    several lines, a word after a cell gap or a cell's border (a scan's ruling read as «|»)
    starts, a few label words before it (a form may have two label columns, one per
    language, before its values)."""
    edges: Counter[int] = Counter()
    starts: dict[int, float] = {}
    for line in lines:
        previous, border, seen = None, False, 0
        for _, word in line:
            if word.text in _BORDERS:
                border = True
                continue
            if _speck(word):
                continue
            if previous is not None and (border or cell_gap(previous, word)):
                bucket = round(word.bbox[0] / EDGE_SLACK)
                edges[bucket] += 1
                starts[bucket] = min(starts.get(bucket, word.bbox[0]), word.bbox[0])
            previous, border, seen = word, False, seen + 1
            if seen > 2 * MAX_LABEL_WORDS + 1:
                break
    return [starts[bucket] for bucket, count in edges.most_common() if count >= MIN_TABLE_ROWS]


# What OCR reads a table's vertical ruling as.
_BORDERS = {"|", "||", "¦", "‖"}


def _table_pairs(lines: list[list[OffsetWord]], edge: float, margin: float) -> list[Pair]:
    """The table's rows as pairs. A row opens with a row number or a label cell that starts
    with a capital; a line with only value words, or a label cell going on in lower case
    (or after a hyphen), continues the row above. A line of prose (a word across the
    column's edge, no gap before it, or more words than a label cell holds) ends a table,
    and a table of fewer than two full rows is none."""
    tables: list[list[tuple[list[OffsetWord], list[OffsetWord]]]] = [[]]
    for line in lines:
        words = [ow for ow in line if not _speck(ow[1])]
        if not words:
            continue
        left = [ow for ow in words if ow[1].bbox[0] < edge - EDGE_SLACK]
        right = [ow for ow in words if ow[1].bbox[0] >= edge - EDGE_SLACK]
        if _prose(words, left, right, edge):
            tables.append([])
            continue
        rows = tables[-1]
        numbered = len(left) > 1 and bool(_ROW_NUMBER.match(left[0][1].text))
        if numbered:
            left = left[1:]
        first_letter = next((c for _, w in left for c in w.text if c.isalpha()), "")
        continues = (
            rows
            and not numbered
            and _close_below(rows[-1], words)
            and (not left or not first_letter.isupper() or _hyphen_wrapped(rows[-1][0]))
            and (left or _full(rows[-1][1], edge, margin))
        )
        if continues:
            rows[-1][0].extend(left)
            rows[-1][1].extend(right)
        elif rows and left and not right and not rows[-1][0] and _close_below(rows[-1], words):
            rows[-1][0].extend(left)  # a label centred in its row, its value's lines around it
        else:
            rows.append((list(left), list(right)))
    return [
        _pair(label, value)
        for rows in tables
        if sum(bool(label and value) for label, value in rows) >= MIN_TABLE_ROWS
        for label, value in rows
        if value and _is_label_cell(label) and not _signed(label + value)
    ]


def _signed(row: list[OffsetWord]) -> bool:
    """A signature rule in the row: «Аудитор ______ Жолдасова М. Е.» is who signs in which
    role, not a value of the role's field."""
    return any(_SIGNATURE_RULE in w.text for _, w in row)


_SIGNATURE_RULE = "___"


def _speck(word: Word) -> bool:
    """A word OCR read unsurely, or a scan's letterless mark (a text layer's «/» or «—» is
    the document's own); a signature rule is none, nor a whole date or BIN, whose shape
    vouches for it however unsure OCR was of the marks glued to it («10.03.2026-..»)."""
    unsure = is_noisy(word) or (
        word.confidence is not None and not _lettered(word) and _SIGNATURE_RULE not in word.text
    )
    return unsure and not _shaped(word)


def _shaped(word: Word) -> bool:
    return bool(find_dates(word.text) or BIN_DIGITS.search(word.text))


def _lettered(word: Word) -> bool:
    return any(c.isalnum() for c in word.text)


def _is_label_cell(words: list[OffsetWord]) -> bool:
    """A label has a word (not a number or a code such as «ЦС-2026/12») and a cell's length,
    does not end a sentence (a wrapped line of prose beside a table does) and holds no date:
    it names a value, and «Исх. № 47/03 от 05.03.2026» beside a letter's addressee is the
    letter's own reference."""
    return (
        0 < len(words) <= 3 * MAX_LABEL_WORDS
        and any(_WORD.fullmatch(_PUNCTUATION.sub("", w.text)) for _, w in words)
        and not SENTENCE_END.search(words[-1][1].text)
        and not find_dates(" ".join(w.text for _, w in words))
    )


_WORD = re.compile(r"[^\W\d_]{3,}")
# Punctuation a label word carries: «Автор(ы):» is a word.
_PUNCTUATION = re.compile(r"[,.:;()]")


def _full(value: list[OffsetWord], edge: float, margin: float) -> bool:
    """The value's last line runs most of the way across its column (to the text's right
    ``margin``), so the words below it wrapped from it; below a short one, a value alone is
    the next row's, its label lost."""
    return not value or runs_across(value[-1][1].bbox[2], edge, margin)


def _prose(words: list[OffsetWord], left: list[OffsetWord], right: list[OffsetWord], edge: float) -> bool:
    if any(w.bbox[0] < edge - EDGE_SLACK and w.bbox[2] > edge for _, w in words):
        return True  # a word runs across the value column's edge
    if left and right and not cell_gap(left[-1][1], right[0][1], EDGE_GAP_HEIGHTS):
        return True
    if left and right and not _wider_than_spaces(words, right[0][1].bbox[0] - left[-1][1].bbox[2]):
        return True  # a justified line: every space as wide as the one at the edge
    return len(left) > MAX_LABEL_WORDS + 1


# A cell's gap is this many times wider than the line's usual space between words.
CELL_GAP_SPACES = 1.5


def _wider_than_spaces(words: list[OffsetWord], gap: float) -> bool:
    """``gap`` is wider than the line's usual space: its lower quartile, since a row of a
    form may hold as many gaps between cells (a label per language) as spaces in words."""
    spaces = sorted(b.bbox[0] - a.bbox[2] for (_, a), (_, b) in zip(words, words[1:], strict=False))
    return len(spaces) < 3 or gap > CELL_GAP_SPACES * spaces[len(spaces) // 4]


# At a table's known edge a label cell may run close to its border: wider than a space
# between words is gap enough there.
EDGE_GAP_HEIGHTS = 0.6


def _pair(label: list[OffsetWord], value: list[OffsetWord]) -> Pair:
    text, positions = _joined_at(value)
    return Pair(
        _joined(label).rstrip(" :"),
        label[0][0],
        tuple(offset for offset, _ in label),
        text,
        value[0][0],
        value[-1][0] + len(value[-1][1].text),
        _is_label(text),
        tuple(zip((offset for offset, _ in value), positions, strict=True)),
    )


# A row's next line stands at most this many line heights below its last one.
ROW_LINE_SPACING = 1.0


def _close_below(row: tuple[list[OffsetWord], list[OffsetWord]], words: list[OffsetWord]) -> bool:
    """``words`` follow the row's last line with no more than a line's spacing between:
    a page footer far below the table continues no row."""
    above = max((w.bbox for _, w in row[0] + row[1]), key=lambda b: b[3])
    height = above[3] - above[1]
    return min(w.bbox[1] for _, w in words) - above[3] <= ROW_LINE_SPACING * max(height, 1.0)


def _hyphen_wrapped(words: list[OffsetWord]) -> bool:
    return bool(words) and words[-1][1].text.endswith("-") and len(words[-1][1].text) > 2


def _joined(words: list[OffsetWord]) -> str:
    return _joined_at(words)[0]


def _joined_at(words: list[OffsetWord]) -> tuple[str, list[int]]:
    """The words as one text, a word wrapped with a hyphen («идентифика-» «ционный») mended,
    and where in it each word starts."""
    text, positions = "", []
    for _, word in words:
        if text.endswith("-") and len(text) > 2 and text[-2].isalpha() and word.text[:1].islower():
            text = text[:-1]
        elif text:
            text += " "
        positions.append(len(text))
        text += word.text
    return text, positions


def _colon_pairs(doc: DocText, lines: list[list[OffsetWord]]) -> list[Pair]:
    """Cells opening with a short label closed by a colon: the value is the rest of the
    cell, or the next cell of the line, or the next line when the label ends its line. A
    line splits into cells at its gaps: a bilingual form prints «Өтініш беруші: X» and
    «Заявитель: X» side by side. A cell of specks (words OCR read unsurely, a scan's
    letterless marks) is none: a speck «a» or «|» after «Автор(ы):» leaves the names on
    the next line its value."""
    found = []
    for index, words in enumerate(lines):
        cells = [cell for cell in _cells(words) if not all(_speck(w) for _, w in cell)]
        for number, cell in enumerate(cells):
            if _ROW_NUMBER.match(cell[0][1].text) and len(cell) > 1:
                cell = cell[1:]
            start = cell[0][0]
            match = _COLON_LABEL.match(doc.text[start : cell[-1][0] + len(cell[-1][1].text)])
            if match is None or len(match["label"].split()) > MAX_LABEL_WORDS:
                continue
            if not next((c for c in match["label"] if c.isalpha()), "").isupper():
                continue  # a colon inside a sentence that wraps onto this line
            label = [ow for ow in cell if ow[0] < start + match.end()]
            value = [ow for ow in cell if ow[0] >= start + match.end()]
            if not any(_lettered(w) and not _speck(w) for _, w in value):
                value = []  # OCR's specks («©», «|») after the colon: the value is below
            if not value and number + 1 < len(cells):
                value = [] if _opens_label(cells[number + 1]) else cells[number + 1]
            elif not value and len(cells) == 1 and index + 1 < len(lines):
                value = [] if _opens_label(lines[index + 1]) else lines[index + 1]
            if value and label and not _signed(label + value):
                found.append(_pair(label, value))
    return found


def _cells(words: list[OffsetWord]) -> list[list[OffsetWord]]:
    """A line's words split at the gaps between table cells or columns."""
    cells = [[words[0]]]
    for previous, word in zip(words, words[1:], strict=False):
        if cell_gap(previous[1], word[1]):
            cells.append([])
        cells[-1].append(word)
    return cells


def _opens_label(words: list[OffsetWord]) -> bool:
    return bool(_COLON_LABEL.match(" ".join(w.text for _, w in words)))


@cache
def _field_labels(doc_type: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(field, the content words of one of its labels), for the fields a label names."""
    return tuple(
        (name, stems)
        for name, spec in load_vocab()[doc_type].fields.items()
        if spec.kind not in ("section", "statement")
        for label in spec.labels
        if (stems := content_stems(label.rstrip(":")))
    )


# A label names a field when a field's label holds at least this share of its content
# words: «Дата подачи заявления» is no label of the application's number, though it holds
# «заявление».
MIN_LABEL_SHARE = 0.5


def named_field(text: str, doc_type: str) -> tuple[str, int] | None:
    """The field a label names by its content words, and how many of them it holds."""
    stems = content_stems(text)
    match = best_label(stems, _field_labels(doc_type))
    return match if match and match[1] >= MIN_LABEL_SHARE * len(stems) else None


def _is_label(text: str) -> bool:
    """A text that is a label of its own: closed by a colon, or naming a field of some type."""
    return bool(_COLON_LABEL.match(text)) or any(named_field(text, t) for t in load_vocab())


def labelled_pairs(doc: DocText, doc_type: str, field: str) -> list[tuple[Pair, int, bool]]:
    """The pairs whose label names ``field`` by its content words, each with how many of the
    field's label words it holds and whether those are all the label's words. A value that
    is itself a label is none: a bilingual form's twin columns put «Название объекта»
    beside «Объектінің атауы»."""
    named = doc.memo(("named pairs", doc_type), lambda: _named_pairs(doc, doc_type))
    return [(pair, held, whole) for pair, name, held, whole in named if name == field]


def _named_pairs(doc: DocText, doc_type: str) -> list[tuple[Pair, str, int, bool]]:
    """Each pair whose label names a field of the type, once per document and type."""
    found = []
    for pair in pairs(doc):
        match = named_field(pair.label, doc_type)
        if match and named_field(pair.value, doc_type) is None:
            found.append((pair, match[0], match[1], whole_label(pair.label, match[0], doc_type)))
    return found


def whole_label(label: str, field: str, doc_type: str) -> bool:
    """Whether every content word of a label cell is a word of the field's labels, the
    type's own name aside. «Отрасль применения» is wholly the sector's, though no one label
    of it holds both words; «Система управления рисками» holds «система» and two words of a
    criterion's, so it names a criterion, not the system."""
    return content_stems(label) - _own_words(doc_type) <= _label_words(doc_type, field)


@cache
def _label_words(doc_type: str, field: str) -> frozenset[str]:
    return frozenset(stem for name, stems in _field_labels(doc_type) if name == field for stem in stems)


@cache
def _own_words(doc_type: str) -> frozenset[str]:
    """The content words of the type's one-word titles. A label may name its own document
    besides the field: «Куәліктің берілген күні» on a certificate is its date of issue, where
    «Өтінім берілген күн» holds a word of another field's (the application's)."""
    return frozenset(
        stem
        for title in load_vocab()[doc_type].classify.titles
        if len(stems := content_stems(title)) == 1
        for stem in stems
    )


def label_cells(doc: DocText) -> dict[int, Pair]:
    """The pair of every word the layout shows to be part of a label, by the word's offset;
    not the pairs whose value is a label too (the twin columns of a bilingual form)."""
    return doc.memo(
        "label cells",
        lambda: {o: pair for pair in pairs(doc) if not pair.value_is_label for o in pair.label_words},
    )


def value_cells(doc: DocText) -> dict[int, Pair]:
    """The pair of every value by the offset of its first word, as ``label_cells``."""
    return doc.memo(
        "value cells", lambda: {pair.value_start: pair for pair in pairs(doc) if not pair.value_is_label}
    )
