"""Section headings found by the page's structure, then named by their content words.

A heading is a line set apart from the prose around it: numbered («3.», «2.1», «IV.»),
written in capitals, or a short line that opens after a finished sentence. Which
section it opens is decided by its content words, whatever their order, inflection and
filler words: «Данные, используемые системой» holds the words of the label «используемые
данные», «Меры по снижению рисков» those of «риски и их снижение». A heading that holds
the words of two sections' labels goes to the one whose label it matches more fully.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from trustlist.extractors.labels import ROMAN_NUMERAL, runs_across, text_right
from trustlist.extractors.pagetext import DocText
from trustlist.extractors.phrases import STOP_WORDS, best_label, content_stems
from trustlist.extractors.vocab import load_vocab

_NUMBERED = re.compile(
    rf"^\s*(?:\d{{1,2}}(?:\.\d{{1,2}})*[.)]?|{ROMAN_NUMERAL}[.)]|§\s*\d+\.?|[а-яa-z]\))\s+(?=\S)", re.I
)
# A heading's own line: at most this many words (numbering aside).
MAX_HEADING_WORDS = 8
# A heading in a table's label cell or followed by its text on one line ends at a separator.
_SEPARATOR = re.compile(r"\s*(?:[:—–]|\.\s)\s*")


@dataclass(frozen=True)
class Heading:
    field: str
    start: int  # the heading's first word in the document text
    end: int  # where its words end
    body_start: int  # where the section's text starts: after a separator, or the next line
    body_end: int
    specificity: int  # how many of the label's content words it holds


@cache
def _section_labels(doc_type: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(field, the content words of one of its labels), for every section field."""
    fields = load_vocab()[doc_type].fields
    return tuple(
        (name, stems)
        for name, spec in fields.items()
        if spec.kind == "section"
        for label in spec.labels
        if (stems := content_stems(label))
    )


def headings(doc: DocText, doc_type: str = "system_description") -> list[Heading]:
    """Every line of ``doc`` that is set apart as a heading and names one of the type's
    sections by its content words, in text order."""
    return doc.memo(("headings", doc_type), lambda: _find_headings(doc, doc_type))


def _find_headings(doc: DocText, doc_type: str) -> list[Heading]:
    found = []
    sentence_ended, previous_short = True, True
    for index, line_start in enumerate(doc.line_starts):
        line_end = doc.line_starts[index + 1] - 1 if index + 1 < len(doc.line_starts) else len(doc.text)
        line = doc.text[line_start:line_end].rstrip()
        short = _short(doc, line_start, line_end)
        # A line opens anew after a finished sentence, or (both lines short) after a title.
        heading = _heading(doc, doc_type, line_start, line, sentence_ended or (previous_short and short))
        if heading:
            found.append(heading)
        sentence_ended, previous_short = not line or line[-1] in ".:;!?", short
    return found


def _short(doc: DocText, line_start: int, line_end: int) -> bool:
    """The line stops well short of the text's right margin: no sentence wraps from it onto
    the next line (a title, a version under it, a heading, a paragraph's last line)."""
    words = doc.words_between(line_start, line_end)
    if not words:
        return True
    left, right = words[0][1].bbox[0], words[-1][1].bbox[2]
    return not runs_across(right, left, text_right(doc, line_start))


def _heading(doc: DocText, doc_type: str, line_start: int, line: str, after_break: bool) -> Heading | None:
    numbered = _NUMBERED.match(line)
    words_start = numbered.end() if numbered else len(line) - len(line.lstrip())
    title, body = _split_title(line[words_start:])
    words = title.split()
    # A bilingual heading («Тәуекелдерді басқару және азайту / Управление рисками и их
    # снижение») is as long as its longer half.
    longest = max((half.split() for half in title.split(" / ")), key=len)
    if not words or len(longest) > MAX_HEADING_WORDS or not words[0][:1].isupper():
        return None
    set_apart = numbered or title.isupper() or _unnumbered_heading(doc, line_start, line, after_break)
    if not set_apart or words[-1].lower() in STOP_WORDS:
        return None  # a heading does not end on «и» or «для»: that is a sentence wrapping
    match = best_label(content_stems(title), _section_labels(doc_type))
    if match is None:
        return None
    field, specificity = match
    start = line_start + words_start
    end = start + len(title.rstrip())
    if body:
        body_start = line_start + len(line) - len(body)
        body_end = line_start + len(line)
    else:
        following = doc.next_line_bounds(start)
        if following is None:
            return None
        body_start, body_end = following
    return Heading(field, start, end, body_start, body_end, specificity)


def _unnumbered_heading(doc: DocText, line_start: int, line: str, after_break: bool) -> bool:
    """A short line after a line break (``after_break``), not ending as a clause or a
    sentence does, with the next line opening anew (a capital, a dash or a digit), not
    continuing a wrapped sentence."""
    if not after_break or line[-1:] in ".,;":
        return False
    following = doc.next_line_bounds(line_start)
    opening = doc.text[following[0] : following[0] + 1] if following else ""
    return not opening or not opening.islower()


def _split_title(text: str) -> tuple[str, str]:
    """A heading and the section's text when they share a line («Назначение: ...»,
    «Data used — ...»), else the whole line as the heading."""
    separator = _SEPARATOR.search(text)
    if separator and separator.start() > 0:
        return text[: separator.start()], text[separator.end() :].strip()
    return text.rstrip(" .:"), ""
