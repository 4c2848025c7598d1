"""Field extraction from labels and wording, never from fixed positions (SPEC §4).

For each field of a document type, candidates come from several strategies and
the most trustworthy one wins:

1. ``label``: the value after the field's label on the same line (also a ruled
   table row, which the layout step keeps on one line); ``label_inline`` when
   the label stands inside a sentence rather than at the start of its line;
2. ``label_next_line``: the label ends its line, the value is the next line;
3. ``pattern``: a value inside running text, from the vocabulary's patterns;
4. ``sentence``: the audit result stated as a sentence;
5. ``companion``: a BIN printed right after a name ("ТОО «X», БИН ...");
6. ``fallback``: e.g. the first date in the document's header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.pagetext import DocText
from extractors.phrases import PhraseHit, PhraseIndex
from extractors.values import NEGATIVE, PARSERS, POSITIVE, Parsed, lead
from extractors.vocab import FieldSpec, TypeVocab, load_vocab
from pipeline.dates import find_dates
from pipeline.models import ExtractedField

# How much each strategy is trusted; the OCR confidence of the value's words scales it.
METHOD_CONFIDENCE = {
    "label": 0.95,
    "label_inline": 0.65,
    "heading": 0.95,
    "statement": 0.9,
    "label_next_line": 0.85,
    "pattern": 0.8,
    "companion": 0.8,
    "sentence": 0.75,
    "fallback": 0.6,
}
_HEADING_PREFIX = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[ivx]{1,4}[.)]|§\s*\d+\.?|[-•])?\s*$", re.I)
_VERDICT_WORDS = re.compile(
    r"заключени|вывод|результат|по итогам|қорытынды|нәтиже|conclusion|opinion|result|outcome", re.I
)
_HEADER_LINES = 25


@dataclass(frozen=True)
class Candidate:
    parsed: Parsed  # offsets are absolute in the document text
    method: str
    specificity: int  # longer labels are more specific than "от" or "дата"


@cache
def label_index(doc_type: str) -> PhraseIndex:
    fields = load_vocab()[doc_type].fields
    return PhraseIndex({name: spec.labels for name, spec in fields.items() if spec.labels})


def extract_fields(vocab: TypeVocab, doc: DocText) -> dict[str, ExtractedField]:
    hits = label_index(vocab.type).find(doc.norm)
    fields: dict[str, ExtractedField] = {}
    for name, spec in vocab.fields.items():
        candidates = candidates_for(name, spec, doc, hits, vocab)
        if candidates:
            fields[name] = to_field(best(candidates), doc)
    for name, spec in vocab.fields.items():
        if spec.companion_bin and spec.companion_bin not in fields and name in fields:
            companion = companion_bin(doc, fields[name])
            if companion:
                fields[spec.companion_bin] = to_field(companion, doc)
    return fields


def candidates_for(
    name: str, spec: FieldSpec, doc: DocText, hits: list[PhraseHit], vocab: TypeVocab
) -> list[Candidate]:
    if spec.kind == "statement":
        return statements(spec, doc)
    own = [h for h in hits if h.key == name]
    if spec.kind == "section":
        return [c for h in own if (c := section(doc, h))]
    found = [c for h in own if (c := after_label(spec, doc, h, hits))]
    found += from_patterns(spec, doc)
    if spec.kind == "result":
        found += verdict_sentences(doc)
    if spec.fallback == "first_date":
        found += first_date(doc)
    elif spec.fallback == "any_email":
        found += [c for c in [parse_span(PARSERS["email"], doc, 0, len(doc.text), "fallback", 0)] if c]
    return found


def best(candidates: list[Candidate]) -> Candidate:
    return max(
        candidates,
        key=lambda c: (METHOD_CONFIDENCE[c.method] + min(c.specificity, 30) / 1000, -c.parsed.start),
    )


def to_field(candidate: Candidate, doc: DocText) -> ExtractedField:
    located = doc.locate(candidate.parsed.start, candidate.parsed.end)
    confidence = METHOD_CONFIDENCE[candidate.method]
    if located.confidence is not None:
        confidence *= located.confidence
    value = candidate.parsed.value
    return ExtractedField(
        value=value,
        page=located.page,
        bbox=located.bbox,
        method=candidate.method,
        confidence=round(confidence, 3),
        raw=located.text if located.text != value else None,
    )


def parse_span(parser, doc: DocText, start: int, end: int, method: str, specificity: int):
    parsed = parser(doc.text[start:end])
    if parsed is None:
        return None
    return Candidate(Parsed(parsed.value, start + parsed.start, start + parsed.end), method, specificity)


def after_label(spec: FieldSpec, doc: DocText, hit: PhraseHit, hits: list[PhraseHit]) -> Candidate | None:
    """The value after a label on its line, or on the next line when the label ends its line."""
    parser = PARSERS[spec.kind]
    specificity = hit.end - hit.start
    line_start, line_end = doc.line_bounds(hit.start)
    at_line_start = bool(_HEADING_PREFIX.match(doc.text[line_start : hit.start]))
    stop = next((h.start for h in hits if hit.end <= h.start < line_end), line_end)
    value_start = hit.end + _aside_length(doc.text[hit.end : stop])
    if doc.text[value_start:stop].strip(" \t:–—-=.|_"):
        method = "label" if at_line_start else "label_inline"
        return parse_span(parser, doc, value_start, stop, method, specificity)
    if not at_line_start:
        return None
    following = doc.next_line_bounds(hit.start)
    if following is None:
        return None
    start, end = following
    stop = next((h.start for h in hits if start < h.start < end), end)
    if any(h.start == start for h in hits):
        return None  # the next line is another label, so this one was left empty
    return parse_span(parser, doc, start, stop, "label_next_line", specificity)


def _aside_length(text: str) -> int:
    """Length of a parenthesised remark right after a label: «автора (соавторов)»."""
    match = re.match(r"\s*\([^)\n]{0,40}\)", text)
    return match.end() if match else 0


def section(doc: DocText, hit: PhraseHit) -> Candidate | None:
    """A heading at the start of its line; the section's first line is its value."""
    line_start, line_end = doc.line_bounds(hit.start)
    if not _HEADING_PREFIX.match(doc.text[line_start : hit.start]):
        return None
    rest = doc.text[hit.end : line_end]
    body = rest[lead(rest) :]
    if body and not rest.lstrip().startswith((":", "—", "-", ".")):
        return None  # a sentence that happens to start with the heading word
    if body:
        return parse_span(PARSERS["section"], doc, hit.end, line_end, "heading", hit.end - hit.start)
    following = doc.next_line_bounds(hit.start)
    if following is None:
        return None
    return parse_span(PARSERS["section"], doc, *following, "heading", hit.end - hit.start)


def from_patterns(spec: FieldSpec, doc: DocText) -> list[Candidate]:
    parser = PARSERS[spec.kind]
    found = []
    for pattern in spec.patterns:
        for match in re.finditer(pattern, doc.norm, re.IGNORECASE):
            candidate = parse_span(parser, doc, match.start("value"), match.end("value"), "pattern", 0)
            if candidate:
                found.append(candidate)
    return found


def verdict_sentences(doc: DocText) -> list[Candidate]:
    """The audit's verdict stated in a sentence; negative wording wins over positive."""
    found = []
    for pattern, value in ((NEGATIVE, "negative"), (POSITIVE, "positive")):
        for match in pattern.finditer(doc.text):
            line_start, line_end = doc.line_bounds(match.start())
            context = doc.text[max(0, line_start - 200) : line_end]
            if _VERDICT_WORDS.search(context):
                specificity = 30 if value == "negative" else 0
                found.append(Candidate(Parsed(value, match.start(), match.end()), "sentence", specificity))
    return found


def statements(spec: FieldSpec, doc: DocText) -> list[Candidate]:
    """A statement the document makes, as its own wording: the field is True where found."""
    return [
        Candidate(Parsed(True, m.start("value"), m.end("value")), "statement", 0)
        for pattern in spec.patterns
        for m in re.finditer(pattern, doc.norm, re.IGNORECASE)
    ]


def first_date(doc: DocText) -> list[Candidate]:
    header_end = doc.line_starts[min(_HEADER_LINES, len(doc.line_starts) - 1)] if doc.line_starts else 0
    dates = find_dates(doc.text[: max(header_end, 1)])
    if not dates:
        return []
    day, start, end = dates[0]
    return [Candidate(Parsed(day.isoformat(), start, end), "fallback", 0)]


def companion_bin(doc: DocText, name_field: ExtractedField) -> Candidate | None:
    """A BIN right after a name on its line: "ТОО «Дата Сапа», БИН 180340012345"."""
    if name_field.raw is None and not isinstance(name_field.value, str):
        return None
    needle = name_field.raw or str(name_field.value)
    position = doc.text.find(needle)
    if position < 0:
        return None
    after = position + len(needle)
    _, line_end = doc.line_bounds(after)
    window = doc.text[after : min(line_end, after + 40)]
    if not re.match(r"^[\s,;(]*(?:бин|бсн|иин|жсн|bin|iin)\b", window, re.IGNORECASE):
        return None
    return parse_span(PARSERS["bin"], doc, after, min(line_end, after + 40), "companion", 0)
