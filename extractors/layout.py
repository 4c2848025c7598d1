"""Grouping positioned words into reading-order lines, shared by the text layer and OCR."""

from __future__ import annotations

from collections.abc import Hashable

from pipeline.models import Line, Word, union_bbox


def group_lines(words: list[Word], line_ids: list[Hashable] | None = None) -> list[Line]:
    """Reading-order lines from words.

    OCR already knows its lines (``line_ids``), which survives a skewed scan; for a
    text layer, words whose vertical centres are within half a word height form a
    line. Then lines side by side on one row (a label cell and its value cell in a
    ruled table, which OCR reads as separate blocks) are joined, so the field
    extractor finds the value to the right of its label.
    """
    groups: dict[Hashable, list[Word]] = {}
    if line_ids is not None:
        for word, line_id in zip(words, line_ids, strict=True):
            groups.setdefault(line_id, []).append(word)
        rows = list(groups.values())
    else:
        rows = _rows_by_centre(words)
    rows = [sorted(ws, key=lambda w: w.bbox[0]) for ws in _join_row_mates(rows)]
    return [Line(words=ws) for ws in _join_wrapped_cells(rows)]


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
    """Rejoin a table row whose label cell wraps onto a second line.

    Two shapes occur in forms: the value cell centred between the two label lines
    ("БИН аудиторской" / "150640012877" / "организации"), and both cells wrapping
    ("Фамилия, имя, отчество | Иванов Иван," / "автора | Иванович"). The label's
    continuation starts in lower case, which tells a wrapped line from the next row.
    The joined line reads label first, then value.
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
        and _continues(tail, acronyms=True)
        and _close_below(label, value)
        and _close_below(value, tail)
    )


def _both_cells_wrap(row: list[Word], nxt: list[Word]) -> bool:
    left, right = _split_cells(row)
    next_left, next_right = _split_cells(nxt)
    if not right or not next_left or not _continues(next_left):
        return False
    aligned = abs(_box(left)[0] - _box(next_left)[0]) < 2 * _height(_box(row))
    beside = not next_right or _box(next_right)[0] > _box(left)[2]
    return aligned and beside and _close_below(row, nxt)
