"""Every field name the checks, the registry, the notices and the flows read is a field of
the vocabulary: renaming a field in trustlist/extractors/vocab/*.yaml and not in the code that reads
it would quietly turn a check into `not_applicable`, or leave a column of the published
list empty."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from trustlist.extractors.vocab import load_vocab

REPO = Path(__file__).resolve().parents[1]
# Calls whose string arguments name a field: validators' value(doc, "f"), date_value(doc,
# "f"), evidence(doc, "f"); report_field(report, "type", "f") and doc.fields.get("f").
FIELD_ARGUMENT = {"value": 1, "date_value": 1, "evidence": 1, "report_field": 2, "get": 0}
# Module-level constants that hold field names: tuples of them, dicts keyed by them, and
# dicts from a document type to its field.
FIELD_TUPLES = {"BIN_FIELDS", "PAST_DATE_FIELDS"}
FIELD_KEYS = {"SCOPE", "FIELD_LABELS"}
FIELD_BY_TYPE = {"NAME_FIELDS"}


def read_names(path: Path) -> list[tuple[int, str, str | None]]:
    """(line, field name, the document type the call names, if it does) in one module."""
    found: list[tuple[int, str, str | None]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            at = FIELD_ARGUMENT.get(name or "")
            if at is None or len(node.args) <= at:
                continue
            if name == "get" and not (
                isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Attribute)
                and node.func.value.attr == "fields"
            ):
                continue  # only doc.fields.get("f")
            doc_type = None
            if name == "report_field" and isinstance(node.args[1], ast.Constant):
                doc_type = node.args[1].value
            for arg in ast.walk(node.args[at]):
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append((node.lineno, arg.value, doc_type))
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = {t.id for t in targets if isinstance(t, ast.Name)}
            held = node.value
            if names & FIELD_TUPLES and held is not None:
                found += [(node.lineno, e.value, None) for e in ast.walk(held) if isinstance(e, ast.Constant)]
            elif names & FIELD_KEYS and isinstance(held, ast.Dict):
                found += [(node.lineno, k.value, None) for k in held.keys if isinstance(k, ast.Constant)]
            elif names & FIELD_BY_TYPE and isinstance(held, ast.Dict):
                found += [
                    (node.lineno, v.value, k.value)
                    for k, v in zip(held.keys, held.values, strict=True)
                    if isinstance(k, ast.Constant) and isinstance(v, ast.Constant)
                ]
    return found


MODULES = sorted(
    p
    for folder in ("validators", "compose", "desk", "flows", "web")
    for p in (REPO / "trustlist" / folder).rglob("*.py")
)


def test_the_scan_finds_the_field_names_the_checks_read():
    """The walk itself is checked: it must see the names XDC-01, XDC-02, FLD-02, AUD-05 and
    the notices read."""
    names = {n for p in MODULES for _, n, _ in read_names(p)}
    assert {"system_version", "applicant_bin", "right_holder_bin", "conclusion_date", "object_title"} <= names
    assert {"covers_training_data", "signatory"} <= names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(REPO)))
def test_every_field_read_is_a_field_of_the_vocabulary(path):
    vocab = load_vocab()
    every = {name for v in vocab.values() for name in v.fields}
    unknown = [
        (line, name, doc_type)
        for line, name, doc_type in read_names(path)
        if (name not in vocab[doc_type].fields if doc_type in vocab else name not in every)
    ]
    assert unknown == []
