"""A document's text as one string, with a way back from any character to its words.

Matchers and patterns work on strings; provenance needs pages and boxes. A
``DocText`` joins every page's lines (words by spaces, lines by newlines, pages
by a blank line) and remembers which word each character came from.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from trustlist.core.models import BBox, Page, Word, union_bbox
from trustlist.extractors.normalise import for_matching, repair_misreads
from trustlist.extractors.phrases import is_vocabulary_word

T = TypeVar("T")
# Words OCR reads less surely than this are specks or debris more often than text.
LOW_WORD_CONFIDENCE = 0.45


def is_noisy(word: Word) -> bool:
    return word.confidence is not None and word.confidence < LOW_WORD_CONFIDENCE


def _rounded(box: BBox) -> BBox:
    x0, top, x1, bottom = box
    return round(x0, 1), round(top, 1), round(x1, 1), round(bottom, 1)


@dataclass(frozen=True)
class Located:
    """A span of the document text and where it stands on the page."""

    text: str
    start: int
    end: int
    page: int | None
    bbox: BBox | None
    confidence: float | None  # mean OCR confidence of its words; None for a text layer


@dataclass
class DocText:
    pages: list[Page]
    text: str = ""
    norm: str = ""
    _owner: list[tuple[int, Word] | None] = field(default_factory=list, repr=False)
    line_starts: list[int] = field(default_factory=list, repr=False)
    _memo: dict[Hashable, Any] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        parts: list[str] = []
        owner: list[tuple[int, Word] | None] = []

        def add(s: str, who: tuple[int, Word] | None) -> None:
            parts.append(s)
            owner.extend([who] * len(s))

        for page_index, page in enumerate(self.pages):
            if page_index:
                add("\n\n", None)
            for line_index, line in enumerate(page.lines):
                if line_index:
                    add("\n", None)
                self.line_starts.append(len(owner))
                for word_index, word in enumerate(line.words):
                    if word_index:
                        add(" ", None)
                    add(word.text, (page.number, word))
        self.text = "".join(parts)
        self._owner = owner
        self.norm = repair_misreads(self._without_specks(for_matching(self.text)), is_vocabulary_word)

    def _without_specks(self, norm: str) -> str:
        """``norm`` with OCR's letterless specks blanked: a ":" read unsurely inside a label
        ("жүйесінің : атауы") would break it into words no label has. Same length."""
        chars = list(norm)
        for offset, word in self.words_between(0, len(self.text)):
            if is_noisy(word) and not any(c.isalnum() for c in word.text):
                chars[offset : offset + len(word.text)] = " " * len(word.text)
        return "".join(chars)

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, once per document: classification and each field's extraction ask
        the same questions of it (which lines are section headings)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def locate(self, start: int, end: int) -> Located:
        words: list[tuple[int, Word]] = []
        for who in self._owner[start:end]:
            if who is not None and (not words or words[-1][1] is not who[1]):
                words.append(who)
        text = self.text[start:end]
        if not words:
            return Located(text, start, end, None, None, None)
        confidences = [w.confidence for _, w in words if w.confidence is not None]
        return Located(
            text=text,
            start=start,
            end=end,
            page=words[0][0],
            bbox=_rounded(union_bbox(w.bbox for _, w in words)),
            confidence=sum(confidences) / len(confidences) if confidences else None,
        )

    def words_between(self, start: int, end: int) -> list[tuple[int, Word]]:
        """The words inside a span, each with the offset where it starts."""
        found: list[tuple[int, Word]] = []
        for offset in range(start, end):
            who = self._owner[offset]
            if who is not None and (not found or found[-1][1] is not who[1]):
                found.append((offset, who[1]))
        return found

    def line_bounds(self, pos: int) -> tuple[int, int]:
        """Start and end of the line holding character ``pos``."""
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return start, len(self.text) if end == -1 else end

    def next_line_bounds(self, pos: int) -> tuple[int, int] | None:
        _, end = self.line_bounds(pos)
        nxt = end + 1
        while nxt < len(self.text) and self.text[nxt] == "\n":
            nxt += 1
        if nxt >= len(self.text):
            return None
        return self.line_bounds(nxt)
