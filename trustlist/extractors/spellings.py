"""A scanned value in the spelling another document of its bundle prints it in.

An applicant's bundle mixes documents born digital with scans of stamped ones, and the
names in them are the same names: OCR's «Тегі5сап» on a scanned certificate is the
"TeriScan" of the application's text layer, «КаржыКорган» the «ҚаржыҚорған» it prints.
When exactly one value printed in the bundle reads, letter for letter, as what OCR gave
(normalise.misread_of), the scan's field takes that spelling and keeps OCR's reading as
its raw text. A value that differs in any other way is left as read: the checks compare
it with the others and say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trustlist.core.models import Document, ExtractedField
from trustlist.extractors.normalise import misread_of
from trustlist.extractors.vocab import load_vocab

# Kinds whose values are written words; dates, numbers and identifiers are parsed values.
_SPELLED_KINDS = frozenset({"name", "person", "people", "title", "text", "code"})
_SCANNED = frozenset({"ocr", "mixed"})


_WORD = re.compile(r"[^\W_]+")
# Shorter words are too often another word one misread letter away («Сапа», «Сала»).
_MIN_WORD = 4


def as_printed(documents: list[Document]) -> list[Document]:
    values = {
        field.value
        for doc in documents
        if doc.text_source not in _SCANNED
        for field in doc.fields.values()
        if isinstance(field.value, str)
    }
    printed = Printed(values, {w for v in values for w in _WORD.findall(v) if len(w) >= _MIN_WORD})
    return [_settled(doc, printed) if doc.text_source == "ocr" and doc.fields else doc for doc in documents]


@dataclass(frozen=True)
class Printed:
    values: set[str]
    words: set[str]


def _settled(doc: Document, printed: Printed) -> Document:
    specs = load_vocab()[doc.type].fields
    fields = {
        name: _as_printed(field, printed) if name in specs and specs[name].kind in _SPELLED_KINDS else field
        for name, field in doc.fields.items()
    }
    return doc.model_copy(update={"fields": fields})


def _as_printed(field: ExtractedField, printed: Printed) -> ExtractedField:
    """The value as one printed value spells it whole, or else word by word as printed
    words spell them («ТОО «Журек Дата»» of a certificate, «Жүрек» of the application's
    «Жүрек Дата» ЖШС)."""
    value = field.value
    if not isinstance(value, str) or value in printed.values:
        return field
    settled = _twin(value, printed.values) or _WORD.sub(lambda m: _word(m.group(), printed.words), value)
    if settled == value:
        return field
    return field.model_copy(update={"value": settled, "raw": field.raw or value})


def _word(read: str, printed: set[str]) -> str:
    return (_twin(read, printed) if len(read) >= _MIN_WORD else "") or read


def _in_case_of(read: str, printed: str) -> str:
    """``printed``, in capitals where OCR read a heading in capitals: other case differences
    are OCR's slips («Қаржықорған» for «ҚаржыҚорған»)."""
    return printed.upper() if read.isupper() else printed


def _twin(read: str, printed: set[str]) -> str:
    """``read`` as the one printed spelling it is a misreading of; "" if there is none or
    more than one."""
    if read in printed:
        return read
    twins = {_in_case_of(read, p) for p in printed if misread_of(read, p)}
    return twins.pop() if len(twins) == 1 else ""
