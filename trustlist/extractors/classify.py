"""Classifying a document by its content (SPEC §4: never by file name alone).

Each type scores by its vocabulary: a title at the start of a line in the
document's header counts most, the same title deeper in the text much less
(an application lists its attachments by their titles), body wording a little.
A document that reaches no type's threshold is ``other``, never forced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from trustlist.extractors.fields import extract_fields
from trustlist.extractors.headings import headings
from trustlist.extractors.labels import label_index, section, starts_line
from trustlist.extractors.pagetext import DocText
from trustlist.extractors.phrases import PhraseIndex
from trustlist.extractors.vocab import fragments, load_vocab

HEADER_LINES = 15
TITLE_IN_HEADER = 6.0
TITLE_AT_LINE_START = 2.0
TITLE_IN_TEXT = 0.5
KEYWORD = 1.0
MAX_KEYWORDS = 5
SECTION = 2.0
# A type needs a title in the header, or a weaker title plus several body phrases.
THRESHOLD = 5.0
# Without either, most of a type's required fields found by their labels or wording.
MIN_FIELDS = 3
MIN_FIELD_SHARE = 0.6


@dataclass(frozen=True)
class Classification:
    type: str
    score: float  # 0..1

    @staticmethod
    def of(doc_type: str, raw: float) -> Classification:
        return Classification(doc_type, round(min(raw / (2 * THRESHOLD), 1.0), 3))


@cache
def _titles(doc_type: str) -> PhraseIndex:
    return PhraseIndex({"title": load_vocab()[doc_type].classify.titles})


@cache
def _keywords(doc_type: str) -> PhraseIndex:
    return PhraseIndex({"keyword": load_vocab()[doc_type].classify.keywords})


def classify(doc: DocText) -> list[Classification]:
    """The document's types: one, two when an application holds its system
    description as a section, or ``other``."""
    scores = {t: score(t, doc) for t in load_vocab()}
    main = max(
        ((t, s) for t, s in scores.items() if t != "system_description" and s >= THRESHOLD),
        key=lambda ts: ts[1],
        default=None,
    )
    main = main or by_fields(doc)
    result = [Classification.of(*main)] if main else []
    minimum = load_vocab()["system_description"].classify.min_sections or 0
    # A description may be a section of an application (SPEC §4), not of another document:
    # an audit's criteria table names the same topics (data, risks, human oversight).
    described = main is None or main[0] == "application"
    if (described and sections_found(doc) >= minimum) or (
        main is None and scores["system_description"] >= THRESHOLD
    ):
        result.append(Classification.of("system_description", scores["system_description"]))
    return result or [Classification.of("other", 0.0)]


def by_fields(doc: DocText) -> tuple[str, float] | None:
    """The type whose act the document states and whose required fields it holds, found by
    labels and wording (not by a fallback such as the first date), when no title named its
    type: a letter whose subject line and sentence ask for the listing."""
    best: tuple[str, float] | None = None
    for doc_type, vocab in load_vocab().items():
        required = vocab.required_fields()
        acts = vocab.classify.acts
        if not required or not any(re.search(act, doc.norm) for act in acts):
            continue
        fields = extract_fields(vocab, doc)
        found = [name for name in required if name in fields and fields[name].method != "fallback"]
        share = len(found) / len(required)
        if len(found) >= MIN_FIELDS and share >= MIN_FIELD_SHARE and (best is None or share > best[1]):
            best = (doc_type, share)
    return (best[0], THRESHOLD) if best else None


def score(doc_type: str, doc: DocText) -> float:
    header_end = doc.line_starts[HEADER_LINES] if len(doc.line_starts) > HEADER_LINES else len(doc.text)
    total = 0.0
    # A title may wrap ("ЗАКЛЮЧЕНИЕ" / "по результатам аудита"): match it across line ends.
    for hit in _titles(doc_type).find(doc.norm.replace("\n", " ")):
        line_start, line_end = doc.line_bounds(hit.start)
        before = doc.text[line_start : hit.start]
        # A title opens with a capital: «заявления, письма и иные документы.» wrapping onto
        # its line is a sentence going on.
        at_line_start = doc.text[hit.start].isupper() and (
            starts_line(doc, line_start, hit.start) or _qualifies(before)
        )
        if at_line_start and hit.start < header_end and _titles_its_line(doc.norm[hit.end : line_end]):
            total = max(total, TITLE_IN_HEADER)
        elif at_line_start:
            total = max(total, TITLE_AT_LINE_START)
        else:
            total = max(total, TITLE_IN_TEXT)
    keywords = {doc.norm[h.start : h.end] for h in _keywords(doc_type).find(doc.norm)}
    total += KEYWORD * min(len(keywords), MAX_KEYWORDS)
    if doc_type == "system_description":
        total += SECTION * sections_found(doc)
    return total


def _qualifies(prefix: str) -> bool:
    """Capitals before a title in capitals qualify it: "INDEPENDENT AUDITOR'S REPORT",
    «ТЕХНИЧЕСКОЕ ОПИСАНИЕ», unlike a sentence that mentions a report."""
    words = prefix.split()
    return 0 < len(words) <= 3 and all(w.isupper() for w in words)


def _titles_its_line(rest: str) -> bool:
    """A title stands alone on its line, or is followed by its number ("ДОГОВОР № 12/2026")
    or by what it is about ("ЗАЯВЛЕНИЕ о включении...", "Application for inclusion..."),
    unlike the same word inside a sentence ("договоров с их владельцами...")."""
    rest = rest.strip(" \t|.:_")
    return len(rest) <= 25 or bool(re.match(_title_continuation(), rest))


@cache
def _title_continuation() -> str:
    """What follows a document's title on its line: its number, or the preposition of its subject."""
    return rf"(?:{fragments()['NUMSIGN']}|о\b|об\b|на\b|по\b|туралы\b|for\b|on\b|of\b|in\b)"


def sections_found(doc: DocText) -> int:
    """How many of the system description's required sections have a heading here."""
    hits = label_index("system_description").find(doc.norm)
    named = {h.key for h in hits if section(doc, h, hits)}
    return len(named | {h.field for h in headings(doc)})
