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
    return [Line(words=sorted(ws, key=lambda w: w.bbox[0])) for ws in _join_row_mates(rows)]


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
