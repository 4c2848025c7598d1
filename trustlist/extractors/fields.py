"""A document's fields: each field's strategies propose candidates, the most trusted wins.

The strategies (``extractors/strategies.py``) are named per field in the vocabulary;
this module drops candidates the layout rules out (a value starting on a label's words, a
signer taken for a party), scores the rest (the strategy's trust times the OCR
confidence of the value's words, a name's shape, a value cell's start, the label's
length; of a bilingual document's twin readings the Russian one), and settles the
winner: OCR debris trimmed, a scanned name's letters in one script, a party's BIN printed
with its name, a person's fuller mention.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from trustlist.core.dates import FOLD_KAZAKH
from trustlist.core.models import ExtractedField, Word
from trustlist.core.names import listed_legal_form, settle_twin_words, twin_readings
from trustlist.extractors.candidates import MOST_SPECIFIC, Candidate, parse_span
from trustlist.extractors.labels import COLUMN_LINES, COLUMN_SLACK, cell_gap_after, label_index
from trustlist.extractors.normalise import latin_misread
from trustlist.extractors.pagetext import DocText, is_noisy
from trustlist.extractors.pairs import CLOSING_LINES, label_cells, value_cells
from trustlist.extractors.strategies import STRATEGIES, Site
from trustlist.extractors.values import (
    BIN_NAME,
    FULL_NAME,
    INITIALLED,
    PARSERS,
    Parsed,
    looks_like_party,
    quoted_org,
)
from trustlist.extractors.vocab import TypeVocab

# How much each strategy is trusted; the OCR confidence of the value's words scales it.
METHOD_CONFIDENCE = {
    "known_value": 0.97,
    "label": 0.95,
    "label_inline": 0.65,
    "heading": 0.95,
    "statement": 0.9,
    "label_next_line": 0.85,
    "label_words": 0.78,
    "pattern": 0.8,
    "companion": 0.8,
    "issuer": 0.7,
    "sentence": 0.75,
    "fallback": 0.6,
}


def extract_fields(vocab: TypeVocab, doc: DocText) -> dict[str, ExtractedField]:
    """The type's fields found in ``doc``, once per document: classification asks for them too
    when no title named the type."""
    return doc.memo(("fields", vocab.type), lambda: _extract_fields(vocab, doc))


def _extract_fields(vocab: TypeVocab, doc: DocText) -> dict[str, ExtractedField]:
    hits = label_index(vocab.type).find(doc.norm)
    chosen: dict[str, Candidate] = {}
    mentions: dict[str, list[Candidate]] = {}
    for name, spec in vocab.fields.items():
        candidates = [trim_noise(c, doc) for c in candidates_for(Site(name, spec, doc, vocab.type, hits))]
        if candidates:
            chosen[name] = best(candidates, doc)
            same = [c for c in candidates if c.parsed.value == chosen[name].parsed.value]
            mentions[name] = [chosen[name], *(c for c in same if c is not chosen[name])]
            if spec.companion_bin:
                mentions[name] += written_again(doc, chosen[name], mentions[name])
    for name, spec in vocab.fields.items():
        # The BIN printed with the chosen name, at any of its mentions (a signature's label,
        # the letterhead), competes with the BIN field's own candidates: it beats a bare
        # «БИН» inside some other sentence, not a BIN row of its own.
        companion = next(
            (c for m in mentions.get(name, []) if spec.companion_bin and (c := companion_bin(doc, m))), None
        )
        if companion and spec.companion_bin:
            rivals = [c for c in [chosen.get(spec.companion_bin)] if c]
            chosen[spec.companion_bin] = best([companion, *rivals], doc)
    return {name: to_field(settle_script(candidate, doc), doc) for name, candidate in chosen.items()}


def candidates_for(site: Site) -> list[Candidate]:
    """Every candidate of the field's strategies, a person's and a name's made fuller. A
    value never starts on a word the layout shows to be some pair's label: «Название |
    произведения: X» after the label «название», «System owner Mediana LLP» as a name; a
    party's name is no signer's."""
    found = [c for strategy in site.spec.strategies for c in STRATEGIES[strategy](site)]
    if site.spec.kind not in _WORDED_KINDS:
        cells = label_cells(site.doc)
        found = [c for c in found if not _starts_on(site.doc, c, cells)]
    if site.spec.kind == "name":
        found = [with_legal_form(site.doc, c) for c in found if not _signer(site.doc, c)]
    if site.spec.kind == "person":
        found = [fuller_mention(site.doc, c) for c in found]
    return found


def _signer(doc: DocText, candidate: Candidate) -> bool:
    """A surname with initials alone in the closing lines is who signs in a party's role
    («Лицензиат | Байжанов Т. Р.»), not the party."""
    closing = doc.line_starts[-CLOSING_LINES] if len(doc.line_starts) >= CLOSING_LINES else 0
    value = str(candidate.parsed.value).strip(" ,")
    return candidate.parsed.start >= closing and bool(INITIALLED.fullmatch(value))


# Kinds read from wording that a criteria table's label cell may hold: «Качество и
# законность обучающих данных | соответствует».
_WORDED_KINDS = {"section", "statement", "result"}


def _starts_on(doc: DocText, candidate: Candidate, offsets: Mapping[int, object]) -> bool:
    words = doc.words_between(candidate.parsed.start, candidate.parsed.end)
    return bool(words) and words[0][0] in offsets


def confidence(candidate: Candidate, doc: DocText) -> float:
    """The strategy's trust, scaled by the OCR confidence of the value's words."""
    located = doc.locate(candidate.parsed.start, candidate.parsed.end)
    ocr = located.confidence if located.confidence is not None else 1.0
    return METHOD_CONFIDENCE[candidate.method] * ocr


# A party's name that looks like one (a legal form and a quoted name, or a person's
# full name) beats text that merely follows a label, such as a signature line.
NAME_SHAPE_BONUS = 0.1
# A value that opens a value cell the layout shows beats one that merely follows a label's
# words in running text («AI system conformity audit» under the title, against the row
# «AI system | OncoScreen KZ»); less than a step of trust, more than a label's length. Not
# for a cell whose label holds words of another field's (``label_words``).
CELL_VALUE_BONUS = 0.04


def best(candidates: list[Candidate], doc: DocText) -> Candidate:
    cells = value_cells(doc)

    def score(c: Candidate) -> float:
        bonus = NAME_SHAPE_BONUS if c.kind == "name" and looks_like_party(str(c.parsed.value)) else 0.0
        bonus += CELL_VALUE_BONUS if c.method != "label_words" and _starts_on(doc, c, cells) else 0.0
        return round(confidence(c, doc), 2) + bonus + min(c.specificity, MOST_SPECIFIC) / 1000

    scores = {id(c): score(c) for c in candidates}
    top = max(scores.values())
    near = [c for c in candidates if scores[id(c)] >= top - TWIN_MARGIN]
    russian = [c for c in near if not _in_kazakh(doc, c)]
    if russian and len(russian) < len(near):
        candidates = russian
    return max(candidates, key=lambda c: (scores[id(c)], -c.parsed.start))


# Two readings this close differ only by their labels' lengths: a bilingual document's
# twins («Өтініш беруші: «X» ЖШС» and «Заявитель: ТОО «X»»). The Russian twin is reported,
# as the register and the other documents of a bundle most often write the value.
TWIN_MARGIN = 0.035
_KAZAKH = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]|(?<![^\W\d_])(?:ЖШС|АҚ|БСН|жшс)(?![^\W\d_])")


def _in_kazakh(doc: DocText, candidate: Candidate) -> bool:
    """The value, or the label before it in its cell (not the other language's column on the
    same line), is written in Kazakh."""
    line_start, _ = doc.line_bounds(candidate.parsed.start)
    before = doc.words_between(line_start, candidate.parsed.start)
    cell: list[tuple[int, Word]] = []
    for offset, word in reversed(before[-_LABEL_WORDS:]):
        if cell_gap_after(doc, offset + len(word.text)):
            break
        cell.insert(0, (offset, word))
    label = " ".join(word.text for _, word in cell)
    return bool(_KAZAKH.search(label) or _KAZAKH.search(str(candidate.parsed.value)))


_LABEL_WORDS = 4


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
            settled = _listed_forms(settled)
        else:
            settled = _in_one_script(value, latin)
        settled = with_kazakh_letters(settled, doc.text)
    else:
        return candidate
    parsed = Parsed(settled, candidate.parsed.start, candidate.parsed.end)
    return Candidate(parsed, candidate.method, candidate.specificity, candidate.kind)


def _kazakh_or_russian() -> dict[str, str]:
    """Each Russian letter with the Kazakh letters OCR reads as it (к: кқ), both cases, from
    the one Kazakh fold the dates and labels use."""
    letters: dict[str, str] = {}
    for kazakh, russian in FOLD_KAZAKH.items():
        for k, r in ((chr(kazakh), chr(russian)), (chr(kazakh).upper(), chr(russian).upper())):
            letters[r] = letters.get(r, r) + k
    return letters


_KAZAKH_OR_RUSSIAN = _kazakh_or_russian()


def with_kazakh_letters(value: str, text: str) -> str:
    """A scanned name as the same document prints it elsewhere with Kazakh letters OCR lost
    here («ТОО «Акпарат Сараптама»» under the letterhead's «Ақпарат»): OCR reads a Kazakh
    letter as its Russian neighbour far more often than the reverse. A name with no such
    twin stays as read."""
    pattern = "".join(
        f"[{_KAZAKH_OR_RUSSIAN[c]}]" if c in _KAZAKH_OR_RUSSIAN else re.escape(c) for c in value
    )
    # Any other match differs from the value only by Kazakh letters in its Russian ones' places.
    others = (m.group() for m in re.finditer(rf"(?<![^\W\d_]){pattern}(?![^\W\d_])", text))
    return next((other for other in others if other != value), value)


_LATIN_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z]{3,}(?![^\W\d_])")
_CYRILLIC_WORD = re.compile(r"(?<![^\W\d_])[\u0400-\u04ff]+(?![^\W\d_])")


def _listed_forms(name: str) -> str:
    """The name with the words outside its quotes that are a legal form read with a
    Kazakh letter lost («Жол Интеллект» АК) spelled as the form is."""
    parts = re.split(f"({_QUOTED_PART.pattern})", name)
    return "".join(
        part if i % 2 else re.sub(r"[^\W\d_]+", lambda m: listed_legal_form(m.group()), part)
        for i, part in enumerate(parts)
    )


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
    if prefix is None or readings is None:
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


def fuller_mention(doc: DocText, candidate: Candidate) -> Candidate:
    """The same person where the document writes more of the name: a signature's "О. Ким" is
    "Ким О. В." in the letter's first sentence, and "Д. Б. Ахметова" is "Ахметова Динара
    Болатовна" in the line that names the signatory."""
    mine = INITIALLED.fullmatch(str(candidate.parsed.value).strip())
    if mine is None:
        return candidate
    surname, initials = _person_parts(mine)
    in_full = [
        other
        for other in FULL_NAME.finditer(doc.text)
        if other["surname"].casefold() == surname
        and (other["given"][0] + other["patronymic"][0]).startswith(initials)
    ]
    fuller = in_full or [
        other
        for other in INITIALLED.finditer(doc.text)
        if _person_parts(other)[0] == surname
        and _person_parts(other)[1].startswith(initials)
        and len(_person_parts(other)[1]) > len(initials)
    ]
    if not fuller:
        return candidate
    other = max(fuller, key=lambda m: len(m.group()))
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


def written_again(doc: DocText, chosen: Candidate, known: list[Candidate]) -> list[Candidate]:
    """The chosen name where the text prints it again, as no strategy found it: the
    parties' details at an agreement's end put each party's name over its BIN."""
    value, seen = str(chosen.parsed.value), {c.parsed.start for c in known}
    return [
        Candidate(Parsed(value, m.start(), m.end()), "mention", 0, chosen.kind)
        for m in re.finditer(re.escape(value), doc.text)
        if m.start() not in seen
    ]


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
    for _ in range(COLUMN_LINES):
        following = doc.next_line_bounds(position)
        if following is None:
            return None
        below = [o for o, w in doc.words_between(*following) if abs(w.bbox[0] - x0) <= COLUMN_SLACK]
        if below and _BIN_WORD.match(doc.norm[below[0] : following[1]]):
            return parse_span("bin", doc, below[0], min(following[1], below[0] + 40), "companion", 0)
        position = following[1]
    return None
