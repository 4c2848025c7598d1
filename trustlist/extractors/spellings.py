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

from trustlist.core.models import Document, ExtractedField
from trustlist.extractors.normalise import misread_of
from trustlist.extractors.vocab import load_vocab

# Kinds whose values are written words; dates, numbers and identifiers are parsed values.
_SPELLED_KINDS = frozenset({"name", "person", "people", "title", "text", "code"})
_SCANNED = frozenset({"ocr", "mixed"})


def as_printed(documents: list[Document]) -> list[Document]:
    printed = {
        field.value
        for doc in documents
        if doc.text_source not in _SCANNED
        for field in doc.fields.values()
        if isinstance(field.value, str)
    }
    return [_settled(doc, printed) if doc.text_source == "ocr" and doc.fields else doc for doc in documents]


def _settled(doc: Document, printed: set[str]) -> Document:
    specs = load_vocab()[doc.type].fields
    fields = {
        name: _as_printed(field, printed) if name in specs and specs[name].kind in _SPELLED_KINDS else field
        for name, field in doc.fields.items()
    }
    return doc.model_copy(update={"fields": fields})


def _as_printed(field: ExtractedField, printed: set[str]) -> ExtractedField:
    value = field.value
    if not isinstance(value, str) or value in printed:
        return field
    twins = {p for p in printed if misread_of(value, p)}
    if len(twins) != 1:
        return field
    return field.model_copy(update={"value": twins.pop(), "raw": field.raw or value})
