"""Grouping positioned words into reading-order lines, shared by the text layer and OCR."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from trustlist.core.models import Line, Word, union_bbox


def group_lines(words: list[Word], line_ids: Sequence[Hashable] | None = None) -> list[Line]:
    """Reading-order lines from words.

    OCR already knows its lines (``line_ids``), which survives a skewed scan; for a
    text layer, words whose vertical centres are within half a word height form a
    line. Then lines side by side on one row (a label cell and its value cell in a
    ruled table, which OCR reads as separate blocks) are joined, so the field
    extractor finds the value to the right of its label.
    Prose set in two columns is read column by column instead (see ``_read_columns``).
    """
    groups: dict[Hashable, list[Word]] = {}
    if line_ids is not None:
        for word, line_id in zip(words, line_ids, strict=True):
            groups.setdefault(line_id, []).append(word)
        rows = list(groups.values())
    else:
        rows = _rows_by_centre(words)
    rows = [sorted(ws, key=lambda w: w.bbox[0]) for ws in _join_row_mates(rows)]
    return [Line(words=ws) for ws in _join_wrapped_cells(_read_columns(rows))]


def _rows_by_centre(words: list[Word]) -> list[list[Word]]:
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (_centre(w.bbox), w.bbox[0])):
        if rows and abs(_centre(word.bbox) - _mean_centre(rows[-1])) <= _height(word.bbox) * 0.5:
            rows[-1].append(word)
        else:
            rows.append([word])
    return rows


def _join_row_mates(rows: list[list[Word]]) -> list[list[Word]]:
    rows = sorted(rows, key=lambda ws: (union_bbox(w.bbox for w in ws)[1], union_bbox(w.bbox for w in ws)[0]))
    joined: list[list[Word]] = []
    for row in rows:
        box = union_bbox(w.bbox for w in row)
        for other in joined:
            other_box = union_bbox(w.bbox for w in other)
            if _same_row(box, other_box) and not _overlap_x(box, other_box):
                other.extend(row)
                break
        else:
            joined.append(list(row))
    return sorted(joined, key=lambda ws: union_bbox(w.bbox for w in ws)[1])


def _same_row(a, b) -> bool:
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    return overlap > 0.6 * min(_height(a), _height(b))


def _overlap_x(a, b) -> bool:
    return min(a[2], b[2]) - max(a[0], b[0]) > 0


def _centre(bbox) -> float:
    return (bbox[1] + bbox[3]) / 2


def _height(bbox) -> float:
    return max(bbox[3] - bbox[1], 1.0)


def _mean_centre(words: list[Word]) -> float:
    return sum(_centre(w.bbox) for w in words) / len(words)


def _join_wrapped_cells(rows: list[list[Word]]) -> list[list[Word]]:
    """Rejoin a table row whose cells wrap onto a second line.

    Three shapes occur in forms: the value cell centred between the two label lines
    ("БИН аудиторской" / "150640012877" / "организации"), both cells wrapping
    ("Фамилия, имя, отчество | Иванов Иван," / "автора | Иванович"), and a two-line
    value cell centred beside a one-line label. A wrapped line's continuation starts
    in lower case, which tells it from the next row. The joined line reads label
    first, then value.
    """
    out: list[list[Word]] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        after = rows[i + 2] if i + 2 < len(rows) else None
        if nxt and after and _sandwiched(row, nxt, after):
            out.append(row + after + nxt)
            i += 3
            continue
        if nxt and after and _straddled(row, nxt, after):
            out.append(nxt + row + after)
            i += 3
            continue
        if nxt and _both_cells_wrap(row, nxt):
            left, right = _split_cells(row)
            next_left, next_right = _split_cells(nxt)
            out.append(left + next_left + right + next_right)
            i += 2
            continue
        out.append(row)
        i += 1
    return out


def _box(words: list[Word]):
    return union_bbox(w.bbox for w in words)


def _close_below(upper: list[Word], lower: list[Word]) -> bool:
    a, b = _box(upper), _box(lower)
    # A value cell centred beside a two-line label overlaps each label line a little.
    return -0.6 * _height(a) <= b[1] - a[3] < 0.9 * _height(a)


def _continues(words: list[Word], acronyms: bool = False) -> bool:
    """The line starts (past OCR specks such as "`") with a lower-case letter, or,
    where the geometry already says so, with an acronym ("Наименование программы для" / "ЭВМ")."""
    first = next((w.text for w in words if any(c.isalpha() for c in w.text)), "")
    first = first.lstrip("(«\"'`‘").rstrip(".,:;")
    if acronyms and 2 <= len(first) <= 4 and first.isupper():
        return True
    return bool(first) and first[0].islower()


# A gap between cells is wider than any between words, even in justified text.
CELL_GAP_HEIGHTS = 2.5


def cell_gap(left: Word, right: Word, heights: float = CELL_GAP_HEIGHTS) -> bool:
    """``right`` stands in another cell than ``left``: a gap of ``heights`` of left's height."""
    return right.bbox[0] - left.bbox[2] > heights * max(left.bbox[3] - left.bbox[1], 1.0)


def _lettered(words: list[Word]) -> list[Word]:
    return [w for w in words if any(c.isalnum() for c in w.text)]


def _split_cells(row: list[Word]) -> tuple[list[Word], list[Word]]:
    """Split a row at its first gap wider than CELL_GAP_HEIGHTS word heights.

    Letterless specks (a stray "." or "|" that OCR finds inside the gap) are not
    counted as words, and the height is the median word's, not the speck-inflated line's.
    """
    words = _lettered(row)
    if len(words) < 2:
        return row, []
    height = sorted(_height(w.bbox) for w in words)[len(words) // 2]
    for left, right in zip(words, words[1:], strict=False):
        if right.bbox[0] - left.bbox[2] > CELL_GAP_HEIGHTS * height:
            edge = right.bbox[0]
            return [w for w in row if w.bbox[0] < edge], [w for w in row if w.bbox[0] >= edge]
    return row, []


def _sandwiched(label: list[Word], value: list[Word], tail: list[Word]) -> bool:
    # A stray ":" or "|" in the label cell must not push the label's edge over the value.
    label_right = max(_box(_lettered(label) or label)[2], _box(_lettered(tail) or tail)[2])
    return (
        _split_cells(label)[1] == []
        and _split_cells(tail)[1] == []
        and _box(value)[0] > label_right
        and (_continues(tail, acronyms=True) or _open_ended(label))
        and _close_below(label, value)
        and _close_below(value, tail)
    )


def _open_ended(words: list[Word]) -> bool:
    """The line stops mid-phrase: a bilingual label's slash ("Құқық иеленуші /" over
    "Правообладатель"), a hyphen or a comma."""
    return bool(words) and words[-1].text.endswith(("/", "-", ","))


def _straddled(value: list[Word], label: list[Word], tail: list[Word]) -> bool:
    """The other way round: a one-line label with its two-line value cell centred beside it
    ("система соответствует требованиям" / "Вывод аудитора" / "законодательства РК")."""
    label_right = _box(_lettered(label) or label)[2]
    return (
        all(_split_cells(r)[1] == [] for r in (value, label, tail))
        and _box(value)[0] > label_right
        and abs(_box(value)[0] - _box(tail)[0]) < _height(_box(value))
        and (_continues(tail, acronyms=True) or _open_ended(value))
        and _close_below(value, label)
        and _close_below(label, tail)
    )


def _both_cells_wrap(row: list[Word], nxt: list[Word]) -> bool:
    left, right = _split_cells(row)
    next_left, next_right = _split_cells(nxt)
    if not right or not next_left or not _continues(next_left):
        return False
    aligned = abs(_box(left)[0] - _box(next_left)[0]) < 2 * _height(_box(row))
    beside = not next_right or _box(next_right)[0] > _box(left)[2]
    # A label cell wraps within its column: a line running on under the value cell is
    # prose after a justified line's wide space.
    in_column = _box(next_left)[2] < _box(right)[0]
    return aligned and beside and in_column and _close_below(row, nxt)


# --- two-column prose ---------------------------------------------------------------

# A gutter is at least this many word heights wide. What tells two columns of prose
# from a key-value table is that prose fills its column: most rows have a long run of
# text on each side, and the left side's lines end close to the gutter, where a
# table's label cells are short and ragged.
GUTTER_HEIGHTS = 0.8
MIN_COLUMN_CHARS = 20
MAX_RAGGED_SHARE = 0.2
MIN_COLUMN_ROWS = 3
# A table's label cell wraps beside a one-line value (or the reverse), so many of its rows
# have text on one side only; two columns of prose fill both sides nearly row by row.
MIN_TWO_SIDED_SHARE = 0.7
# Of the left column's lines after its first, at least this share go on in lower case.
MIN_WRAPPED_SHARE = 0.4


def _read_columns(rows: list[list[Word]]) -> list[list[Word]]:
    """Reorder runs of rows that are two columns of prose: the left column, then the right.

    Joining words by row is right for a table (label | value) and wrong for a page set
    in two columns, where it would splice the left column's sentence into the right
    one's. A run of consecutive rows shares a gutter (an empty vertical band) and has
    prose on both sides; a row spanning the gutter (a full-width heading) ends the run.
    """
    out: list[list[Word]] = []
    i = 0
    while i < len(rows):
        run = _column_run(rows, i)
        if run is None:
            out.append(rows[i])
            i += 1
            continue
        end, edge = run
        block = rows[i:end]
        out += [left for left in (_side(r, edge, left=True) for r in block) if left]
        out += [right for right in (_side(r, edge, left=False) for r in block) if right]
        i = end
    return out


def _side(row: list[Word], edge: float, left: bool) -> list[Word]:
    return [w for w in row if (w.bbox[2] <= edge) == left]


def _column_run(rows: list[list[Word]], start: int) -> tuple[int, float] | None:
    """The end of the longest two-column run starting at ``start`` and its gutter's middle."""
    best: tuple[int, float] | None = None
    for gap in _gaps(rows[start]):
        end = start + 1
        while end < len(rows) and not _section_break(rows[end - 1], rows[end]):
            narrowed = _narrow(gap, rows[end])
            if narrowed is None:
                break
            gap, end = narrowed, end + 1
        edge = (gap[0] + gap[1]) / 2
        end = _trim_tail(rows, start, end, edge)
        if _is_prose_columns(rows[start:end], edge) and (best is None or end > best[0]):
            best = (end, edge)
    return best


def _trim_tail(rows: list[list[Word]], start: int, end: int, edge: float) -> int:
    """Past the last row with text on both sides, only lines that run on without a
    blank line still belong to a column: a date or signature block below does not."""
    last = max((i for i in range(start, end) if _two_sided(rows[i], edge)), default=start)
    end_of_text = last + 1
    while end_of_text < end and _box(rows[end_of_text])[1] - _box(rows[end_of_text - 1])[
        3
    ] < 0.6 * _row_height(rows[end_of_text - 1]):
        end_of_text += 1
    return end_of_text


def _two_sided(row: list[Word], edge: float) -> bool:
    words = _lettered(row)
    return bool(_side(words, edge, True)) and bool(_side(words, edge, False))


def _section_break(upper: list[Word], lower: list[Word]) -> bool:
    """A blank band of several lines: the columns have ended (a signature block follows)."""
    return _box(lower)[1] - _box(upper)[3] > 3 * _row_height(upper)


def _row_height(row: list[Word]) -> float:
    return sorted(_height(w.bbox) for w in row)[len(row) // 2]


def _gaps(row: list[Word]) -> list[tuple[float, float]]:
    """Empty bands between the words of a row wide enough to be a gutter."""
    words = _lettered(row)
    if len(words) < 2:
        return []
    least = GUTTER_HEIGHTS * _row_height(words)
    return [
        (a.bbox[2], b.bbox[0])
        for a, b in zip(words, words[1:], strict=False)
        if b.bbox[0] - a.bbox[2] >= least
    ]


def _narrow(gap: tuple[float, float], row: list[Word]) -> tuple[float, float] | None:
    """The part of ``gap`` that no word of ``row`` covers, if still wide enough."""
    low, high = gap
    for word in _lettered(row):
        x0, x1 = word.bbox[0], word.bbox[2]
        if x1 <= low or x0 >= high:
            continue
        if x0 - low >= high - x1:
            high = x0
        else:
            low = x1
    least = GUTTER_HEIGHTS * _row_height(_lettered(row) or row)
    return (low, high) if high - low >= least else None


def _is_prose_columns(block: list[list[Word]], edge: float) -> bool:
    both = [r for r in block if _two_sided(r, edge)]
    if len(both) < MIN_COLUMN_ROWS or len(both) < MIN_TWO_SIDED_SHARE * len(block):
        return False
    lefts = [_side(_lettered(r), edge, True) for r in both]
    rights = [_side(_lettered(r), edge, False) for r in both]
    start = min(_box(ws)[0] for ws in lefts)
    end = max(_box(ws)[2] for ws in lefts)
    ragged = _median([(end - _box(ws)[2]) / max(end - start, 1.0) for ws in lefts])
    # Prose wraps: many of the left column's lines go on with a sentence in lower case,
    # where a table's label cells open with a capital («Заказчик (владелец системы)»,
    # «Основание», «Период проведения аудита»); its values may not («с 19 января»).
    going_on = sum(_continues(ws) for ws in lefts[1:]) / max(len(lefts) - 1, 1)
    return (
        _median([_chars(ws) for ws in lefts]) >= MIN_COLUMN_CHARS
        and _median([_chars(ws) for ws in rights]) >= MIN_COLUMN_CHARS
        and ragged <= MAX_RAGGED_SHARE
        and going_on >= MIN_WRAPPED_SHARE
    )


def _chars(words: list[Word]) -> int:
    return sum(len(w.text) for w in words)


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]
