"""One file's text -> its documents: classified, language detected, fields extracted."""

from __future__ import annotations

from trustlist.core.models import Document, ExtractedField, FileText, TextSource
from trustlist.extractors.classify import Classification, classify
from trustlist.extractors.fields import extract_fields
from trustlist.extractors.language import detect_language
from trustlist.extractors.pagetext import DocText
from trustlist.extractors.values import PARSERS
from trustlist.extractors.vocab import load_vocab


def documents_from(text: FileText) -> list[Document]:
    base = {"file": text.file, "sha256": text.sha256, "warnings": text.warnings}
    if text.problem is not None:
        return [Document(**base, type="other", problem=text.problem, pages=len(text.pages))]
    if text.structured is not None:
        return structured_documents(text.structured, base)
    doc = DocText(text.pages)
    common = {
        **base,
        "language": detect_language(doc.text),
        "pages": len(text.pages),
        "text_source": text_source(text),
        "ocr_confidence": ocr_confidence(text),
    }
    return [
        Document(
            **common,
            type=found.type,
            classification_score=found.score,
            fields=extract_fields(load_vocab()[found.type], doc) if found.type != "other" else {},
        )
        for found in classify(doc)
    ]


def text_source(text: FileText) -> TextSource:
    sources = {p.source for p in text.pages}
    if len(sources) > 1:
        return "mixed"
    return sources.pop() if sources else "none"


def ocr_confidence(text: FileText) -> float | None:
    scores = [p.confidence for p in text.pages if p.source == "ocr" and p.confidence is not None]
    return round(sum(scores) / len(scores), 3) if scores else None


def structured_documents(content: dict[str, object], base: dict) -> list[Document]:
    """A portal export's document, and the system description it carries: an object under
    "system_description" or the section keys beside the application's fields."""
    main = structured_document(content, base)
    if main.type == "system_description":
        return [main]
    nested = content.get("system_description")
    sections = nested if isinstance(nested, dict) else content
    section_names = load_vocab()["system_description"].fields
    if not any(sections.get(name) for name in section_names):
        return [main]
    return [main, structured_document({**sections, "type": "system_description"}, base)]


def structured_document(content: dict[str, object], base: dict) -> Document:
    """A portal export (application.json): its keys are the SPEC's field names."""
    declared = content.get("type")
    vocab = load_vocab()
    doc_type = declared if isinstance(declared, str) and declared in vocab else guess_type(content)
    fields = {}
    if doc_type != "other":
        for name, spec in vocab[doc_type].fields.items():
            raw = content.get(name)
            if raw is None or raw == "":
                continue
            value = normalise_json_value(spec.kind, raw)
            if value is not None:
                fields[name] = ExtractedField(
                    value=value, method="json", confidence=1.0, raw=None if value == raw else str(raw)
                )
    classification = Classification.of(doc_type, 10.0 if doc_type != "other" else 0.0)
    return Document(
        **base,
        type=doc_type,
        language=detect_language(" ".join(str(v) for v in content.values())),
        text_source="json",
        classification_score=classification.score,
        fields=fields,
    )


def guess_type(content: dict[str, object]) -> str:
    """The type whose required fields the JSON covers best, if it covers most of them."""
    best, best_share = "other", 0.5
    for doc_type, vocab in load_vocab().items():
        required = vocab.required_fields()
        share = sum(1 for f in required if f in content) / len(required) if required else 0
        if share > best_share:
            best, best_share = doc_type, share
    return best


_TRUE = {"true", "yes", "да", "иә", "1"}
_FALSE = {"false", "no", "нет", "жоқ", "0"}


def normalise_json_value(kind: str, raw: object) -> str | bool | None:
    if isinstance(raw, bool):
        return raw
    text = str(raw)
    if kind == "statement":
        word = text.strip().lower()
        return True if word in _TRUE else False if word in _FALSE else None
    if kind in ("date", "bin", "result", "version", "email"):
        parsed = PARSERS[kind](text)
        # Present but invalid is not missing: the text as found goes on to the checks that
        # judge it (FLD-02, FLD-03, AUD-01) instead of reading as an absent field (FLD-01).
        return parsed.value if parsed else " ".join(text.split()) or None
    if kind == "section":
        return text.strip().splitlines()[0].strip() if text.strip() else None
    return " ".join(text.split())
