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
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from extractors.headings import headings
from extractors.layout import CELL_GAP_HEIGHTS
from extractors.normalise import for_matching, latin_misread
from extractors.pagetext import DocText, is_noisy
from extractors.phrases import PhraseHit, PhraseIndex
from extractors.values import (
    BIN_NAME,
    NEGATIVE,
    PARSERS,
    POSITIVE,
    Parsed,
    lead,
    looks_like_party,
    quoted_org,
)
from extractors.vocab import FieldSpec, TypeVocab, load_vocab
from pipeline.dates import find_dates
from pipeline.models import ExtractedField
from pipeline.names import settle_twin_words, twin_readings

# How much each strategy is trusted; the OCR confidence of the value's words scales it.
METHOD_CONFIDENCE = {
    "known_value": 0.97,
    "label": 0.95,
    "label_inline": 0.65,
    "heading": 0.95,
    "statement": 0.9,
    "label_next_line": 0.85,
    "pattern": 0.8,
    "companion": 0.8,
    "issuer": 0.7,
    "sentence": 0.75,
    "fallback": 0.6,
}
# Numbering before a heading: "2.", "2.1.", "IV.", "§ 3", a bullet; Roman numerals as OCR
# reads them too ("|.", "Ill.", "ІМ." for I, III, IV).
_HEADING_PREFIX = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[ivxlі|!1м]{1,4}[.)]|§\s*\d+\.?|[-•])?\s*$", re.I
)
_VERDICT_WORDS = re.compile(
    r"заключени|вывод|результат|по итогам|қорытынды|нәтиже|conclusion|opinion|result|outcome", re.I
)
_HEADER_LINES = 25


@dataclass(frozen=True)
class Candidate:
    parsed: Parsed  # offsets are absolute in the document text
    method: str
    specificity: int  # longer labels are more specific than "от" or "дата"
    kind: str = ""


# A label written with a trailing colon in the vocabulary ("software:") is a word too common
# to trust alone: it labels a value only when a separator follows it in the text or it ends
# its line (the value below). Its hits carry the field's name with the colon.
STRICT = ":"


@cache  # may build twice when two threads race, which is harmless: both are equal
def label_index(doc_type: str) -> PhraseIndex:
    phrases: dict[str, list[str]] = {}
    for name, spec in load_vocab()[doc_type].fields.items():
        for label in spec.labels:
            strict = label.endswith(STRICT)
            phrases.setdefault(name + STRICT if strict else name, []).append(label.rstrip(STRICT))
    return PhraseIndex(phrases)


def extract_fields(vocab: TypeVocab, doc: DocText) -> dict[str, ExtractedField]:
    """The type's fields found in ``doc``, once per document: classification asks for them too
    when no title named the type."""
    return doc.memo(("fields", vocab.type), lambda: _extract_fields(vocab, doc))


def _extract_fields(vocab: TypeVocab, doc: DocText) -> dict[str, ExtractedField]:
    hits = label_index(vocab.type).find(doc.norm)
    chosen: dict[str, Candidate] = {}
    for name, spec in vocab.fields.items():
        candidates = [trim_noise(c, doc) for c in candidates_for(name, spec, doc, hits, vocab)]
        if candidates:
            chosen[name] = best(candidates, doc)
    for name, spec in vocab.fields.items():
        # The BIN printed with the chosen name competes with the BIN field's own candidates:
        # it beats a bare «БИН» inside some other sentence, not a BIN row of its own.
        companion = companion_bin(doc, chosen[name]) if spec.companion_bin and name in chosen else None
        if companion:
            rivals = [c for c in [chosen.get(spec.companion_bin)] if c]
            chosen[spec.companion_bin] = best([companion, *rivals], doc)
    return {name: to_field(settle_script(candidate, doc), doc) for name, candidate in chosen.items()}


def candidates_for(
    name: str, spec: FieldSpec, doc: DocText, hits: list[PhraseHit], vocab: TypeVocab
) -> list[Candidate]:
    if spec.kind == "statement":
        return statements(spec, doc)
    own = [h for h in hits if h.key.removesuffix(STRICT) == name]
    if spec.kind == "section":
        found = [c for h in own if (c := section(doc, h, hits))]
        return found + [
            c
            for h in headings(doc, vocab.type)
            if h.field == name
            and (c := parse_span("section", doc, h.body_start, h.body_end, "heading", h.end - h.start))
        ]
    found = [c for h in own if (c := after_label(spec, doc, h, hits))]
    found += from_patterns(spec, doc) + known_values(spec, doc)
    if spec.kind == "result":
        found += verdict_sentences(doc)
    if spec.fallback == "first_date":
        found += first_date(doc)
    elif spec.fallback == "any_email":
        found += [c for c in [parse_span("email", doc, 0, len(doc.text), "fallback", 0)] if c]
    elif spec.fallback == "closing_name":
        found += closing_name(doc)
    elif spec.fallback == "issuer":
        found += issuer(doc)
    if spec.kind == "person":
        found = [fuller_mention(doc, c) for c in found]
    if spec.kind == "name":
        found = [with_legal_form(doc, c) for c in found]
    return found


def confidence(candidate: Candidate, doc: DocText) -> float:
    """The strategy's trust, scaled by the OCR confidence of the value's words."""
    located = doc.locate(candidate.parsed.start, candidate.parsed.end)
    ocr = located.confidence if located.confidence is not None else 1.0
    return METHOD_CONFIDENCE[candidate.method] * ocr


# A party's name that looks like one (a legal form and a quoted name, or a person's
# full name) beats text that merely follows a label, such as a signature line.
NAME_SHAPE_BONUS = 0.1


def best(candidates: list[Candidate], doc: DocText) -> Candidate:
    def score(c: Candidate) -> float:
        bonus = NAME_SHAPE_BONUS if c.kind == "name" and looks_like_party(str(c.parsed.value)) else 0.0
        return round(confidence(c, doc), 2) + bonus + min(c.specificity, _MOST_SPECIFIC) / 1000

    return max(candidates, key=lambda c: (score(c), -c.parsed.start))


# Specificity counts up to this many characters of label; a known value has it all.
_MOST_SPECIFIC = 30


def to_field(candidate: Candidate, doc: DocText) -> ExtractedField:
    located = doc.locate(candidate.parsed.start, candidate.parsed.end)
    value = candidate.parsed.value
    return ExtractedField(
        value=value,
        page=located.page,
        bbox=located.bbox,
        method=candidate.method,
        confidence=round(confidence(candidate, doc), 3),
        raw=located.text if located.text != value else None,
    )


# Kinds whose scanned values are put into one script: free text, and codes.
_NAME_KINDS = {"name", "person", "people", "title"}
_QUOTED_PART = re.compile(r"[«\"“„][^«»\"”“]*[»\"”“]?")


def settle_script(candidate: Candidate, doc: DocText) -> Candidate:
    """OCR reads letters printed alike in Latin and Cyrillic (А/A, С/C, К/K...) in either
    script, and with Kazakh first it leans to Cyrillic: a scanned name's words take the
    script their own letters or the name's other words say (a legal form outside the quotes
    keeps its own), a code of such letters only the script of the words it abbreviates.
    A text layer's letters are the document's own and stay as written."""
    value = candidate.parsed.value
    if (
        not isinstance(value, str)
        or doc.locate(candidate.parsed.start, candidate.parsed.end).confidence is None
    ):
        return candidate
    if candidate.kind == "code":
        settled = abbreviation_script(value, doc.text)
    elif candidate.kind in _NAME_KINDS:
        latin = {w.casefold() for w in _LATIN_WORD.findall(doc.text)}
        if candidate.kind == "name" and _QUOTED_PART.search(value):
            settled = _QUOTED_PART.sub(lambda m: _in_one_script(m.group(), latin), value)
        else:
            settled = _in_one_script(value, latin)
    else:
        return candidate
    parsed = Parsed(settled, candidate.parsed.start, candidate.parsed.end)
    return Candidate(parsed, candidate.method, candidate.specificity, candidate.kind)


_LATIN_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z]{3,}(?![^\W\d_])")
_CYRILLIC_WORD = re.compile(r"(?<![^\W\d_])[\u0400-\u04ff]+(?![^\W\d_])")


def _in_one_script(text: str, latin_words: set[str]) -> str:
    """Cyrillic words that misread a Latin word the document has elsewhere («Кегеде» beside
    the e-mail's "kerege") in Latin, then words of twin letters in their neighbours' script."""
    misread = _CYRILLIC_WORD.sub(lambda m: latin_misread(m.group(), latin_words) or m.group(), text)
    return settle_twin_words(misread)


_CAPITALISED = re.compile(r"(?<![^\W\d_])[^\W\d_][\w'’-]*")


def abbreviation_script(code: str, text: str) -> str:
    """A number prefixed with its issuer's initials ("KAA-26/09" of «KZ Algorithm Audit») in
    the script of the capitalised words of ``text`` that the prefix spells, when only one
    script's words spell it; otherwise as read."""
    prefix = re.match(r"[^\W\d_]{2,}(?=[\W\d_])", code)
    readings = twin_readings(prefix.group()) if prefix else None
    if readings is None:
        return code
    spelled = [reading for reading in readings if _spelled_by_initials(reading, text)]
    return spelled[0] + code[prefix.end() :] if len(spelled) == 1 else code


def _spelled_by_initials(letters: str, text: str) -> bool:
    """Consecutive capitalised words on one line of ``text`` have ``letters`` as initials."""
    for line in text.splitlines():
        initials = "".join(w[0] if w[0].isupper() else " " for w in _CAPITALISED.findall(line))
        if any(letters in run for run in initials.split(" ")):
            return True
    return False


# Free-text kinds, where OCR debris from stamps and rules can trail a value.
_FREE_TEXT = {"name", "people", "title", "text", "section"}


def trim_noise(candidate: Candidate, doc: DocText) -> Candidate:
    """Drop low-confidence OCR words at either end of a free-text value ("Каржы Скоринг г. о")."""
    if candidate.kind not in _FREE_TEXT:
        return candidate
    words = doc.words_between(candidate.parsed.start, candidate.parsed.end)
    keep = list(words)
    while keep and is_noisy(keep[-1][1]):
        keep.pop()
    # At the start only letterless specks go: a name's first word may be read unsurely.
    while keep and is_noisy(keep[0][1]) and not any(c.isalpha() for c in keep[0][1].text):
        keep.pop(0)
    if not keep or len(keep) == len(words):
        return candidate
    start, end = keep[0][0], keep[-1][0] + len(keep[-1][1].text)
    reparsed = PARSERS[candidate.kind](doc.text[start:end])
    if reparsed is None or _lost_shape(candidate, reparsed):
        return candidate
    parsed = Parsed(reparsed.value, start + reparsed.start, start + reparsed.end)
    return Candidate(parsed, candidate.method, candidate.specificity, candidate.kind)


def _lost_shape(candidate: Candidate, trimmed: Parsed) -> bool:
    """Trimming took the legal form an unsure OCR read («Білім» ЖШС), not debris."""
    return looks_like_party(str(candidate.parsed.value)) and not looks_like_party(str(trimmed.value))


def parse_span(kind: str, doc: DocText, start: int, end: int, method: str, specificity: int):
    parsed = PARSERS[kind](doc.text[start:end])
    if parsed is None:
        return None
    return Candidate(
        Parsed(parsed.value, start + parsed.start, start + parsed.end), method, specificity, kind
    )


def after_label(spec: FieldSpec, doc: DocText, hit: PhraseHit, hits: list[PhraseHit]) -> Candidate | None:
    """The value after a label on its line, or on the next line when the label ends its line."""
    hit = _extend_over_repeats(doc, hit, hits)
    hit = PhraseHit(hit.key, hit.start, hit.end + _wrapped_aside_length(doc.text[hit.end : hit.end + 90]))
    specificity = hit.end - hit.start
    # A label may wrap: it starts its first line, and its value follows on its last.
    line_start, _ = doc.line_bounds(hit.start)
    _, line_end = doc.line_bounds(hit.end)
    at_line_start = starts_line(doc, line_start, hit.start)
    stop = next(
        (h.start for h in hits if hit.end <= h.start < line_end and _outside_quotes(doc, hit.end, h)),
        line_end,
    )
    if spec.kind in _WRAPPING_KINDS and stop == line_end:
        # "действует до «16»" / "марта 2031 года", "(БИН" / "200540088141)": a shaped
        # value may continue at the start of the next line.
        following = doc.next_line_bounds(hit.end)
        if following:
            end = min(following[1], hit.end + 60)
            stop = next((h.start for h in hits if hit.end <= h.start < end), end)
    if spec.kind == "name" and stop == line_end and _LEGAL_FORM_ONLY.match(doc.text[hit.end : stop]):
        # "...после передачи: ТОО" / "«Көз Медтех»": the name goes on on the next line.
        following = doc.next_line_bounds(hit.end)
        stop = following[1] if following else stop
    value_start = hit.end + _aside_length(doc.text[hit.end : stop])
    value_start += _other_language_half(doc, value_start, stop)
    if hit.key.endswith(STRICT) and not _separated(doc, value_start, line_end):
        return None
    if spec.kind == "people" and stop == line_end:
        stop = list_end(doc, value_start, line_end, hits)
    if doc.text[value_start:stop].strip(" \t:–—-=.|_"):
        if not at_line_start and not _inline_value(spec.kind, doc.text[value_start:stop]):
            return None
        method = "label" if at_line_start else "label_inline"
        found = parse_span(spec.kind, doc, value_start, stop, method, specificity)
        if found and stop == line_end:
            found = wrapped_value(doc, found, hits, after=_first_x(doc, hit))
        if found and spec.kind == "name" and _clause_subject(doc, line_start, hit, found):
            return None
        if found and spec.kind == "date" and _TERM_END.search(doc.norm[hit.end : found.parsed.start]):
            return None  # «... с даты выдачи, т. е. до 06.05.2027»: a term's end, not this date
        return found
    column = _column_under(doc, hit, hits)
    if column is not False:
        if not column:
            return None
        start, end, bounds = column
        found = parse_span(spec.kind, doc, start, end, "label_next_line", specificity)
        return found and wrapped_value(doc, found, hits, column=bounds)
    following = doc.next_line_bounds(hit.end)
    if not at_line_start or following is None:
        return None
    start, end = following
    stop = next((h.start for h in hits if start < h.start < end), end)
    if any(h.start == start for h in hits):
        return None  # the next line is another label, so this one was left empty
    found = parse_span(spec.kind, doc, start, stop, "label_next_line", specificity)
    return found and wrapped_value(doc, found, hits, after=_first_x(doc, hit))


# Kinds whose value may wrap over several lines of its own cell or column.
_BLOCK_KINDS = {"name", "people", "title", "text"}
# Lines a wrapped value may run on over.
_BLOCK_LINES = 3


def wrapped_value(
    doc: DocText,
    found: Candidate,
    hits: list[PhraseHit],
    after: float | None = None,
    column: tuple[float, float] | None = None,
) -> Candidate:
    """A value that wraps in its own cell: the next lines go on with words that start where
    the value starts, in a cell of its own (right of the label's x ``after``, or inside a
    ``column``), and are no label: «Ли Виктор» / «Сергеевич» under «Автор(ы):»."""
    if found.kind not in _BLOCK_KINDS:
        return found
    first = doc.words_between(found.parsed.start, found.parsed.end)
    if not first:
        return found
    x = first[0][1].bbox[0]
    if after is not None and x <= after + _COLUMN_SLACK:
        return found  # flush with its label: the next line is the next paragraph
    low, high = column or (x - _COLUMN_SLACK, float("inf"))
    pieces = [doc.text[found.parsed.start : found.parsed.end]]
    end = found.parsed.end
    for _ in range(_BLOCK_LINES):
        following = doc.next_line_bounds(end)
        if following is None or _SENTENCE_END.search(pieces[-1]):
            break
        inside = [(o, w) for o, w in doc.words_between(*following) if low <= w.bbox[0] < high]
        if not inside or abs(inside[0][1].bbox[0] - x) > _COLUMN_SLACK:
            break
        start, stop = inside[0][0], inside[-1][0] + len(inside[-1][1].text)
        if any(start <= h.start < stop for h in hits):
            break
        if any(w.bbox[0] < low for _, w in doc.words_between(*following)) and column is None:
            break  # the label column has words of its own: the next row
        pieces.append(doc.text[start:stop])
        end = stop
    if len(pieces) == 1:
        return found
    parsed = PARSERS[found.kind](" ".join(pieces))
    if parsed is None or parsed.value == found.parsed.value:
        return found  # the line below is the next detail: «ТОО «X»» over «БИН ...»
    return Candidate(
        Parsed(parsed.value, found.parsed.start, end), found.method, found.specificity, found.kind
    )


_SENTENCE_END = re.compile(r"[^\W\d_]{3}[.!?]$")


def _first_x(doc: DocText, hit: PhraseHit) -> float | None:
    words = doc.words_between(hit.start, hit.end)
    return words[0][1].bbox[0] if words else None


def _separated(doc: DocText, value_start: int, line_end: int) -> bool:
    """A separator, the line's end, or a table's cell gap follows a label: a scanned form's
    ruled row ("Система | Kerege Fraud Monitor") has no colon, only the gap."""
    return bool(re.match(r"\s*(?:[:—–=]|$)", doc.text[value_start:line_end])) or cell_gap_after(
        doc, value_start
    )


# Words before a date that make it the end of a term.
_TERM_END = re.compile(r"(?<![\w-])(?:до|по|until|till|through|дейін)(?![\w-])")
_CLAUSE_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s*$")


def _clause_subject(doc: DocText, line_start: int, hit: PhraseHit, found: Candidate) -> bool:
    """A party's role word opening a numbered clause ("2.1. Құқық иеленуші Бағдарламаны
    ... пайдалануға құқылы") is the clause's subject, not a label: no separator follows
    it and what follows is not a party's name."""
    if not _CLAUSE_NUMBER.match(doc.text[line_start : hit.start]):
        return False
    separated = re.match(r"\s*[:—–=]", doc.text[hit.end : found.parsed.start]) or cell_gap_after(doc, hit.end)
    return not separated and not looks_like_party(str(found.parsed.value))


# Lines below a row of column headings searched for the first line of the column.
_COLUMN_LINES = 2


def _column_under(
    doc: DocText, hit: PhraseHit, hits: list[PhraseHit]
) -> tuple[int, int, tuple[float, float]] | None | bool:
    """The value under a label that is one of a row of column headings ("Правообладатель
    Приобретатель" over the parties' details): the words of the first line below that stand
    in the label's column. False when the label stands alone on its line; None when its
    column is empty below."""
    line_start, line_end = doc.line_bounds(hit.start)
    row = [h for h in hits if line_start <= h.start < line_end]
    if len(row) < 2 or doc.text[line_start:line_end].count(" ") > sum(
        doc.text[h.start : h.end].count(" ") + 1 for h in row
    ):
        return False  # not a row of headings only
    left = doc.words_between(hit.start, hit.end)[0][1].bbox[0]
    after = [h for h in row if h.start >= hit.end]
    right = doc.words_between(after[0].start, after[0].end)[0][1].bbox[0] if after else float("inf")
    position = line_end
    for _ in range(_COLUMN_LINES):
        following = doc.next_line_bounds(position)
        if following is None:
            return None
        inside = [
            (offset, word)
            for offset, word in doc.words_between(*following)
            if left - _COLUMN_SLACK <= word.bbox[0] < right - _COLUMN_SLACK
        ]
        if inside:
            return (
                inside[0][0],
                inside[-1][0] + len(inside[-1][1].text),
                (left - _COLUMN_SLACK, right - _COLUMN_SLACK),
            )
        position = following[1]
    return None


# Points a value may start left of its heading and still stand in its column.
_COLUMN_SLACK = 12.0


_LEGAL_FORM_ONLY = re.compile(r"^[\s:—–-]*(?:тоо|ао|ип|жшс|ақ|llp|jsc|llc)\s*$", re.IGNORECASE)
_WRAPPING_KINDS = {"bin", "date", "version", "number", "code"}
# Kinds whose values have a shape of their own (digits, a date, initials), so a label
# inside a sentence can still be trusted when such a value follows it.
_SHAPED_KINDS = {"bin", "date", "version", "number", "code", "email", "person", "result"}


def _inline_value(kind: str, rest: str) -> bool:
    """A label mid-sentence ("аудит системы искусственного...") is a word, not a label,
    unless a separator or a shaped or quoted value follows it."""
    return kind in _SHAPED_KINDS or bool(re.match(r"\s*[:—–=]|\s*[«\"“]", rest))


def list_end(doc: DocText, start: int, line_end: int, hits: list[PhraseHit]) -> int:
    """Where a list of names that starts at ``start`` ends: it goes on on the next line
    when that line holds only capitalised words (more names, not a sentence nor a label)
    and this one ends with a comma ("Сарсенова Жанар Кайратовна," / "Пак Артём Игоревич"),
    with a name cut after one word ("Ахметов" / "Бауыржан Кайратович"), or with a name
    whose patronymic the next line starts with ("Ким Ольга" / "Викторовна")."""
    following = doc.next_line_bounds(line_end)
    if following is None or any(following[0] <= h.start < following[1] for h in hits):
        return line_end
    here = doc.text[start:line_end].strip(" \t:–—-=")
    there = [w for w in doc.text[following[0] : following[1]].split() if any(c.isalpha() for c in w)]
    if not here or not there or len(there) > 6 or not all(w[:1].isupper() for w in there):
        return line_end
    cut_short = len(here.rsplit(",", 1)[-1].split()) == 1
    if here.endswith(",") or cut_short or _PATRONYMIC.fullmatch(there[0].rstrip(",.")):
        return following[1]
    return line_end


_PATRONYMIC = re.compile(r"[^\W\d_]+(?:вич|вна|ұлы|қызы|улы|кызы|vich|vna|uly|kyzy)", re.IGNORECASE)


def _outside_quotes(doc: DocText, start: int, hit: PhraseHit) -> bool:
    """A label word inside a quoted name («Аудиторская компания «Парасат»», ТОО "Дала Дата")
    is part of the name, not the next label."""
    between = doc.text[start : hit.start]
    return between.count("«") <= between.count("»") and between.count('"') % 2 == 0


def _extend_over_repeats(
    doc: DocText, hit: PhraseHit, hits: list[PhraseHit], joined: Callable[[str], object] | None = None
) -> PhraseHit:
    """Two labels of one field in a row are one label, broken by OCR or wrapping:
    "Фамилия, имя, отчество . автора", around an aside that may wrap onto the next line:
    "Фамилия, имя, отчество (при" / "его наличии) автора (соавторов)", or bilingual:
    "Мақсаты / Назначение". ``joined`` says what text may stand between the two."""
    joined = joined or _label_join
    # ``hits`` come in text order; only those starting within a line's reach of the label can
    # join it, and a long document has thousands of hits, each asking this.
    for other in hits[bisect_left(hits, hit.end, key=lambda h: h.start) :]:
        if other.start > hit.end + MAX_JOIN_CHARS:
            break
        # Across a table's cell gap the same label is the other column's (a bilingual form
        # prints «Өтінім нөмірі | Номер заявки» over a value in each column), not a repeat.
        if (
            other.key == hit.key
            and joined(doc.text[hit.end : other.start])
            and not cell_gap_after(doc, hit.end)
        ):
            hit = PhraseHit(hit.key, hit.start, other.end)
    return hit


def _label_join(between: str) -> bool:
    return ("\n" not in between and not any(c.isalnum() for c in between)) or bool(_ASIDE.fullmatch(between))


_ASIDE = re.compile(r"\s*\([^()]{1,40}\)\s*")
# What may stand between two labels of one field: a remark in brackets, or letterless filler
# on one line.
MAX_JOIN_CHARS = 200
# Only the slash joins two headings: "Назначение. Цели ..." is a heading and its text.
_BILINGUAL = re.compile(r"\s*/\s*")


def starts_line(doc: DocText, line_start: int, position: int) -> bool:
    """Nothing but numbering or OCR specks (letterless or unsure words) precedes ``position``."""
    if _HEADING_PREFIX.match(doc.text[line_start:position]):
        return True
    return all(
        is_noisy(word) or not any(c.isalnum() for c in word.text)
        for _, word in doc.words_between(line_start, position)
    )


def cell_gap_after(doc: DocText, position: int) -> bool:
    """The next word stands in another table cell: a gap of several word heights."""
    _, line_end = doc.line_bounds(position)
    before = doc.words_between(max(0, position - 1), position)
    after = doc.words_between(position, line_end)
    if not before or not after:
        return False
    left, right = before[-1][1].bbox, after[0][1].bbox
    return right[0] - left[2] > CELL_GAP_HEIGHTS * max(left[3] - left[1], 1.0)


def _other_language_half(doc: DocText, position: int, stop: int) -> int:
    """Length of a bilingual label's other half that the vocabulary does not know, up to the
    gap before the value's cell: "Саласы / Сфера | денсаулық сақтау"."""
    if not re.match(r"\s*/", doc.text[position:stop]):
        return 0
    return _value_cell(doc, position, stop) or 0


def _wrapped_aside_length(text: str) -> int:
    """Length of a remark in brackets right after a label that wraps in its table cell:
    "Лицензиар (обладатель" / "исключительных прав) ТОО «X»". The label then ends where the
    remark does, on the next line, and its value follows there."""
    match = re.match(r"[ \t]*\([^()\n]{0,40}\n[^()\n]{0,40}\)", text)
    return match.end() if match else 0


def _aside_length(text: str) -> int:
    """Length of a parenthesised remark right after a label: «автора (соавторов)»."""
    match = re.match(r"\s*\([^)\n]{0,40}\)", text)
    return match.end() if match else 0


def section(doc: DocText, hit: PhraseHit, hits: list[PhraseHit]) -> Candidate | None:
    """A heading at the start of its line; the section's first line is its value.

    The heading may be bilingual ("Мақсаты / Назначение"), run into its text after a
    qualifier ("Данные, используемые системой. Обучающая ..."), or stand in a table's
    label cell that wraps ("Data used (training and" | "The training set ...").
    """
    hit = _extend_over_repeats(doc, hit, hits, _BILINGUAL.fullmatch)
    line_start, line_end = doc.line_bounds(hit.start)
    if not _HEADING_PREFIX.match(doc.text[line_start : hit.start]):
        return None
    rest = doc.text[hit.end : line_end]
    qualifier = _HEADING_QUALIFIER.match(rest)
    cell = None if qualifier else _value_cell(doc, hit.end, line_end)
    body_start = hit.end + (qualifier.end() if qualifier else cell or 0)
    rest = doc.text[body_start:line_end]
    body = rest[lead(rest) :]
    if body and not qualifier and cell is None and not rest.lstrip().startswith((":", "—", "-", ".")):
        return None  # a sentence that happens to start with the heading word
    if body:
        return parse_span("section", doc, body_start, line_end, "heading", hit.end - hit.start)
    following = doc.next_line_bounds(hit.end)
    if following is None:
        return None
    return parse_span("section", doc, *following, "heading", hit.end - hit.start)


# After a heading, a qualifier set off by a comma or brackets, then the heading's full stop
# and the section's text: "Данные, используемые системой. Обучающая ...".
_HEADING_QUALIFIER = re.compile(r"\s*(?:,[^.:;\n]{1,40}?|\([^()\n]{1,40}\))\s*[.:—–]\s+(?=[^\W\d_])")
# Words a wrapping label cell may still hold on the heading's line before its value cell.
_LABEL_CELL_WORDS = 4


def _value_cell(doc: DocText, position: int, line_end: int) -> int | None:
    """Offset from ``position`` of a table's value cell, when a gap follows it or a few of
    the label cell's own words; None when the line goes on as one sentence."""
    if cell_gap_after(doc, position):
        return 0
    for offset, word in doc.words_between(position, line_end)[:_LABEL_CELL_WORDS]:
        if cell_gap_after(doc, offset + len(word.text)):
            return offset + len(word.text) - position
    return None


def from_patterns(spec: FieldSpec, doc: DocText) -> list[Candidate]:
    found = []
    for pattern in spec.patterns:
        for match in re.finditer(pattern, doc.norm, re.IGNORECASE):
            candidate = parse_span(spec.kind, doc, match.start("value"), match.end("value"), "pattern", 0)
            if candidate:
                found.append(candidate)
    return found


def known_values(spec: FieldSpec, doc: DocText) -> list[Candidate]:
    """Each of the field's known values where the text has it, in the list's spelling; two
    joined by a slash are one bilingual value ("ЭЕМ-ге арналған бағдарлама / программа для ЭВМ")."""
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
        if joined and _BILINGUAL.fullmatch(doc.text[joined[-1].end : parsed.start]):
            first = joined.pop()
            parsed = Parsed(f"{first.value} / {parsed.value}", first.start, parsed.end)
        joined.append(parsed)
    return [Candidate(p, "known_value", _MOST_SPECIFIC, spec.kind) for p in joined]


@cache
def _phrase_pattern(phrase: str) -> str:
    words = r"\s+".join(re.escape(w) for w in for_matching(phrase).split())
    return rf"(?<![^\W_])(?:{words})(?![^\W_])"


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
    """A statement the document makes, as its own wording: the field is True where found,
    False where its sentence denies it. One denial outweighs any mention: a conclusion that
    says it did not assess something also recommends assessing it later."""
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


_UPPER, _LOWER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ", "a-zа-яёәғқңөұүһі"
# A surname with initials, either way round: "Ким О. В.", "О. Ким".
_INITIALLED = re.compile(
    rf"(?P<surname>[{_UPPER}][{_LOWER}-]+)\s+(?P<initials>(?:[{_UPPER}]\.\s?){{1,2}})"
    rf"|(?P<initials_first>(?:[{_UPPER}]\.\s?){{1,2}})\s*(?P<surname_last>[{_UPPER}][{_LOWER}-]{{2,}})"
)
# Lines at the end of a document where a letter is signed, page footers included.
_CLOSING_LINES = 6


def closing_name(doc: DocText) -> list[Candidate]:
    """The signer's name ending one of the document's last lines: "Председатель Правления
    Нургалиева А. С.", or a name alone above the page footer."""
    for start in reversed(doc.line_starts[-_CLOSING_LINES:]):
        _, end = doc.line_bounds(start)
        names = list(_INITIALLED.finditer(doc.text, start, end))
        last = names[-1] if names else None
        if last and not doc.text[last.end() : end].strip(" .,"):
            return [c for c in [parse_span("person", doc, last.start(), end, "fallback", 0)] if c]
    return []


# Lines at the top of a document where its issuer's letterhead stands.
_LETTERHEAD_LINES = 4


def issuer(doc: DocText) -> list[Candidate]:
    """The organisation that issues the document, named by the page's structure rather than
    a label: opening a line of its letterhead, or of its signature block, and alone on it."""
    for start in doc.line_starts[:_LETTERHEAD_LINES] + doc.line_starts[-_CLOSING_LINES:]:
        _, end = doc.line_bounds(start)
        value_start = start + lead(doc.text[start:end])
        opening = quoted_org().match(doc.text, value_start, end)
        # Whatever follows on the line is at most a speck or two of OCR debris.
        if opening and len(doc.text[opening.end() : end].strip(" .,|")) <= _DEBRIS_CHARS:
            return [Candidate(Parsed(opening.group(), value_start, opening.end()), "issuer", 0, "name")]
    return []


_DEBRIS_CHARS = 8


def fuller_mention(doc: DocText, candidate: Candidate) -> Candidate:
    """The same person where the document writes more initials: a signature's "О. Ким" is
    "Ким О. В." in the letter's first sentence."""
    mine = _INITIALLED.fullmatch(str(candidate.parsed.value).strip())
    if mine is None:
        return candidate
    surname, initials = _person_parts(mine)
    fuller = [
        other
        for other in _INITIALLED.finditer(doc.text)
        if _person_parts(other)[0] == surname
        and _person_parts(other)[1].startswith(initials)
        and len(_person_parts(other)[1]) > len(initials)
    ]
    if not fuller:
        return candidate
    other = max(fuller, key=lambda m: len(_person_parts(m)[1]))
    value = doc.text[other.start() : other.end()].rstrip()
    parsed = Parsed(value, other.start(), other.start() + len(value))
    return Candidate(parsed, candidate.method, candidate.specificity, candidate.kind)


# A quoted name and one word in its legal form's place that is no legal form («X» MLUC).
_GARBLED_FORM = re.compile(r"(?P<name>[«\"“„][^«»\"”“]+[»\"”“])\s+[^\W\d_]{2,8}")


def with_legal_form(doc: DocText, candidate: Candidate) -> Candidate:
    """A name whose legal form OCR garbled («KZ Algorithm Audit» MLUC for ЖШС) as the document
    writes it elsewhere with its form, such as in the letterhead."""
    garbled = _GARBLED_FORM.fullmatch(str(candidate.parsed.value))
    if garbled is None or looks_like_party(garbled.group()):
        return candidate
    for match in quoted_org().finditer(doc.text):
        if garbled["name"] in match.group() and looks_like_party(match.group()):
            parsed = Parsed(" ".join(match.group().split()), match.start(), match.end())
            return Candidate(parsed, candidate.method, candidate.specificity, candidate.kind)
    return candidate


def _person_parts(match: re.Match[str]) -> tuple[str, str]:
    surname = match["surname"] or match["surname_last"]
    initials = match["initials"] or match["initials_first"]
    return surname.casefold(), re.sub(r"[\s.]", "", initials)


def first_date(doc: DocText) -> list[Candidate]:
    header_end = doc.line_starts[min(_HEADER_LINES, len(doc.line_starts) - 1)] if doc.line_starts else 0
    dates = find_dates(doc.text[: max(header_end, 1)])
    if not dates:
        return []
    day, start, end = dates[0]
    return [Candidate(Parsed(day.isoformat(), start, end), "fallback", 0)]


def companion_bin(doc: DocText, name: Candidate) -> Candidate | None:
    """A BIN right after a name: "ТОО «Дата Сапа», БИН 180340012345" (the number may wrap),
    or under it in a column of the parties' details."""
    after = name.parsed.end
    window_end = min(len(doc.text), after + 40)
    if _BIN_WORD.match(doc.norm[after:window_end]):
        return parse_span("bin", doc, after, window_end, "companion", 0)
    # "Аудитор: ТОО «Парасат»" / "БИН: 100440018760": the form's next row.
    following = doc.next_line_bounds(after)
    if (
        name.method in ("label", "issuer")
        and following
        and not doc.text[after : following[0]].strip()
        and _BIN_WORD.match(doc.norm[following[0] : following[1]])
    ):
        return parse_span("bin", doc, following[0], min(following[1], following[0] + 40), "companion", 0)
    return _bin_below(doc, name)


# The word on the name's own line (the number may wrap); a BIN on the next line is
# the name's only when it stands under it (_bin_below).
_BIN_WORD = re.compile(rf"^[ \t,;(]*{BIN_NAME}(?:\s*/\s*{BIN_NAME})?[\s:.№-]*\d")  # "БСН / БИН" too


def _bin_below(doc: DocText, name: Candidate) -> Candidate | None:
    """A BIN line starting where the name starts, within the next lines: the same column."""
    words = doc.words_between(name.parsed.start, name.parsed.end)
    if not words:
        return None
    x0, position = words[0][1].bbox[0], name.parsed.end
    for _ in range(_COLUMN_LINES):
        following = doc.next_line_bounds(position)
        if following is None:
            return None
        below = [o for o, w in doc.words_between(*following) if abs(w.bbox[0] - x0) <= _COLUMN_SLACK]
        if below and _BIN_WORD.match(doc.norm[below[0] : following[1]]):
            return parse_span("bin", doc, below[0], min(following[1], below[0] + 40), "companion", 0)
        position = following[1]
    return None
