"""A value one strategy proposes for a field, with where it stands in the document text."""

from __future__ import annotations

from dataclasses import dataclass

from trustlist.extractors.pagetext import DocText
from trustlist.extractors.values import PARSERS, Parsed


@dataclass(frozen=True)
class Candidate:
    parsed: Parsed  # offsets are absolute in the document text
    method: str
    specificity: int  # longer labels are more specific than "от" or "дата"
    kind: str = ""


# Specificity counts up to this many characters of label; a known value has it all.
MOST_SPECIFIC = 30


def parse_span(
    kind: str, doc: DocText, start: int, end: int, method: str, specificity: int
) -> Candidate | None:
    parsed = PARSERS[kind](doc.text[start:end])
    if parsed is None:
        return None
    return Candidate(
        Parsed(parsed.value, start + parsed.start, start + parsed.end), method, specificity, kind
    )
