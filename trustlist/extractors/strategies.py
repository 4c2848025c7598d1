"""Every way of finding a field's value, behind one signature, chosen per field by name.

A strategy takes the ``Site`` of a field (the field, its document, the labels found in
it) and returns its candidates; the vocabulary names a field's strategies (``strategies:``
in ``extractors/vocab/<type>.yaml``, else the defaults for its kind in ``vocab.py``), as
invoice2data lets a template name each field's parser. ``fields.extract_fields`` runs them
and keeps the most trustworthy candidate.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from trustlist.core.dates import find_dates
from trustlist.extractors.candidates import MOST_SPECIFIC, Candidate, parse_span
from trustlist.extractors.headings import headings
from trustlist.extractors.labels import BILINGUAL, STRICT, after_label, first_x, section, wrapped_value
from trustlist.extractors.normalise import for_matching
from trustlist.extractors.pagetext import DocText
from trustlist.extractors.pairs import CLOSING_LINES, Pair, label_cells, labelled_pairs, whole_label
from trustlist.extractors.phrases import PhraseHit
from trustlist.extractors.values import (
    BIN_DIGITS,
    BIN_NAME,
    INITIALLED,
    NEGATIVE,
    PARSERS,
    POSITIVE,
    Parsed,
    lead,
    quoted_org,
)
from trustlist.extractors.vocab import FieldSpec


@dataclass(frozen=True)
class Site:
    """Where a field is looked for: its name and vocabulary, the document, its type, and
    every label of the type found in the document (a value stops at the next label)."""

    name: str
    spec: FieldSpec
    doc: DocText
    doc_type: str
    hits: list[PhraseHit]

    def own_hits(self) -> list[PhraseHit]:
        return [h for h in self.hits if h.key.removesuffix(STRICT) == self.name]


Strategy = Callable[[Site], list[Candidate]]


def labelled(site: Site) -> list[Candidate]:
    """The value each of the field's labels names (``labels.after_label``). A label the
    layout shows inside a pair's label cell names a value that starts in that pair's value
    cell: «Версия системы (номер | выпуска)» beside «3.0» names no number on the next row."""
    cells = label_cells(site.doc)
    found = []
    for hit in site.own_hits():
        candidate = after_label(site.spec, site.doc, hit, site.hits)
        pair = cells.get(site.doc.words_between(hit.start, hit.end)[0][0])
        if pair is not None and not (
            candidate and pair.value_start <= candidate.parsed.start < pair.value_end
        ):
            whole = whole_label(pair.label, site.name, site.doc_type)
            candidate = pair_value(site, pair, hit.end - hit.start, whole)
        if candidate:
            found.append(candidate)
    return found


def headed(site: Site) -> list[Candidate]:
    """A section's text under its heading: a known label heading it, or a line the page sets
    apart as a heading whose content words name the section (``headings``)."""
    doc = site.doc
    found = [c for h in site.own_hits() if (c := section(doc, h, site.hits))]
    return found + [
        c
        for h in headings(doc, site.doc_type)
        if h.field == site.name
        and (c := parse_span("section", doc, h.body_start, h.body_end, "heading", h.end - h.start))
    ]


def paired(site: Site) -> list[Candidate]:
    """The value of each label–value pair the page's layout shows whose label names the
    field by its content words (``pairs``), whether or not the vocabulary lists the label
    as written."""
    found = []
    for pair, specificity, whole in labelled_pairs(site.doc, site.doc_type, site.name):
        candidate = pair_value(site, pair, specificity, whole)
        if candidate:
            found.append(candidate)
    return found


def pair_value(site: Site, pair: Pair, specificity: int, whole: bool) -> Candidate | None:
    """A pair's value as the field's kind reads it. A label with words of its own beyond the
    field's («Өтінім берілген күн» holds «берілген күн», the issue's date, and «өтінім», the
    application) is trusted less than one the field's label words make up ``whole``."""
    doc, kind = site.doc, site.spec.kind
    _, label_line_end = doc.line_bounds(pair.label_start)
    method = "label" if pair.value_start < label_line_end else "label_next_line"
    method = method if whole else "label_words"
    if doc.text[pair.value_start : pair.value_end] == pair.value:
        candidate = parse_span(kind, doc, pair.value_start, pair.value_end, method, specificity)
        label_x = first_x(doc, pair.label_start, pair.label_start + 1)
        return candidate and wrapped_value(doc, candidate, site.hits, after=label_x)
    # A value wrapped beside its label cell: its words, not the label's between them.
    parsed = PARSERS[kind](pair.value)
    if parsed is None:
        return None
    return Candidate(
        Parsed(parsed.value, *pair.value_span(parsed.start, parsed.end)), method, specificity, kind
    )


def any_email(site: Site) -> list[Candidate]:
    """The document's first e-mail address, wherever it stands."""
    doc = site.doc
    return [c for c in [parse_span("email", doc, 0, len(doc.text), "fallback", 0)] if c]


_VERDICT_WORDS = re.compile(
    r"заключени|вывод|результат|по итогам|қорытынды|нәтиже|conclusion|opinion|result|outcome", re.I
)
_HEADER_LINES = 25


def from_patterns(site: Site) -> list[Candidate]:
    """Values inside running text, from the field's patterns."""
    spec, doc = site.spec, site.doc
    found = []
    for pattern in spec.patterns:
        for match in re.finditer(pattern, doc.norm, re.IGNORECASE):
            candidate = parse_span(spec.kind, doc, match.start("value"), match.end("value"), "pattern", 0)
            if candidate:
                found.append(candidate)
    return found


def known_values(site: Site) -> list[Candidate]:
    """Each of the field's known values where the text has it, in the list's spelling; two
    joined by a slash are one bilingual value ("ЭЕМ-ге арналған бағдарлама / программа для ЭВМ")."""
    spec, doc = site.spec, site.doc
    found = sorted(
        (
            Parsed(value, match.start(), match.end())
            for value in spec.values
            for match in re.finditer(_phrase_pattern(value), doc.norm)
        ),
        key=lambda p: p.start,
    )
    joined: list[Parsed] = []
    for parsed in found:
        if joined and BILINGUAL.fullmatch(doc.text[joined[-1].end : parsed.start]):
            first = joined.pop()
            parsed = Parsed(f"{first.value} / {parsed.value}", first.start, parsed.end)
        joined.append(parsed)
    return [Candidate(p, "known_value", MOST_SPECIFIC, spec.kind) for p in joined]


@cache
def _phrase_pattern(phrase: str) -> str:
    words = r"\s+".join(re.escape(w) for w in for_matching(phrase).split())
    return rf"(?<![^\W_])(?:{words})(?![^\W_])"


def verdict_sentences(site: Site) -> list[Candidate]:
    """The audit's verdict stated in a sentence; negative wording wins over positive."""
    doc = site.doc
    found = []
    for pattern, value in ((NEGATIVE, "negative"), (POSITIVE, "positive")):
        for match in pattern.finditer(doc.text):
            line_start, line_end = doc.line_bounds(match.start())
            context = doc.text[max(0, line_start - 200) : line_end]
            if _VERDICT_WORDS.search(context):
                specificity = 30 if value == "negative" else 0
                found.append(Candidate(Parsed(value, match.start(), match.end()), "sentence", specificity))
    return found


def statements(site: Site) -> list[Candidate]:
    """A statement the document makes, as its own wording: the field is True where found,
    False where its sentence denies it. One denial outweighs any mention: a conclusion that
    says it did not assess something also recommends assessing it later."""
    spec, doc = site.spec, site.doc
    found = [
        Candidate(Parsed(not _denied(spec, doc.norm, m), m.start("value"), m.end("value")), "statement", 0)
        for pattern in spec.patterns
        for m in re.finditer(pattern, doc.norm, re.IGNORECASE)
    ]
    denied = [c for c in found if c.parsed.value is False]
    return denied or found


def _denied(spec: FieldSpec, norm: str, match: re.Match[str]) -> bool:
    start = max(norm.rfind(".", 0, match.start()), norm.rfind(";", 0, match.start())) + 1
    ends = [i for i in (norm.find(".", match.end()), norm.find(";", match.end())) if i >= 0]
    sentence = norm[start : min(ends, default=len(norm))]
    return any(re.search(negation, sentence) for negation in spec.negations)


def closing_name(site: Site) -> list[Candidate]:
    """The signer's name ending one of the document's last lines: "Председатель Правления
    Нургалиева А. С.", or a name alone above the page footer."""
    doc = site.doc
    for start in reversed(doc.line_starts[-CLOSING_LINES:]):
        _, end = doc.line_bounds(start)
        stop = start + len(doc.text[start:end].rstrip(" ,"))
        # The first word from which the rest of the line is a name: «Председателя Ж. Б.
        # Сейітова» is a title and «Ж. Б. Сейітова», not «Председателя Ж. Б.» and a word.
        for word in re.finditer(r"\S+", doc.text[start:stop]):
            if INITIALLED.fullmatch(doc.text, start + word.start(), stop):
                return [c for c in [parse_span("person", doc, start + word.start(), end, "fallback", 0)] if c]
    return []


# Lines at the top of a document where its issuer's letterhead stands.
_LETTERHEAD_LINES = 4


def issuer(site: Site) -> list[Candidate]:
    """The organisation that issues the document, named by the page's structure rather than
    a label: opening a line of its letterhead, or of its signature block, and alone on it."""
    doc = site.doc
    for start in doc.line_starts[:_LETTERHEAD_LINES] + doc.line_starts[-CLOSING_LINES:]:
        _, end = doc.line_bounds(start)
        value_start = start + lead(doc.text[start:end])
        opening = quoted_org().match(doc.text, value_start, end)
        # Whatever follows on the line is at most a speck or two of OCR debris, or the
        # issuer's own BIN («ТОО «Әділ Сараптама» БИН 110740378657»).
        rest = doc.text[opening.end() : end].strip(" .,|") if opening else ""
        if opening and (len(rest) <= _DEBRIS_CHARS or _OWN_BIN.fullmatch(rest)):
            return [c for c in [parse_span("name", doc, value_start, opening.end(), "issuer", 0)] if c]
    return []


_DEBRIS_CHARS = 8
_OWN_BIN = re.compile(rf"(?i:{BIN_NAME})\W{{0,3}}{BIN_DIGITS.pattern}")


def first_date(site: Site) -> list[Candidate]:
    """The first date in the document's header, where a letter or a form is dated."""
    doc = site.doc
    header_end = doc.line_starts[min(_HEADER_LINES, len(doc.line_starts) - 1)] if doc.line_starts else 0
    dates = find_dates(doc.text[: max(header_end, 1)])
    if not dates:
        return []
    day, start, end = dates[0]
    return [Candidate(Parsed(day.isoformat(), start, end), "fallback", 0)]


STRATEGIES: dict[str, Strategy] = {
    "label": labelled,
    "pair": paired,
    "heading": headed,
    "pattern": from_patterns,
    "known_value": known_values,
    "verdict": verdict_sentences,
    "statement": statements,
    "first_date": first_date,
    "any_email": any_email,
    "closing_name": closing_name,
    "issuer": issuer,
}
