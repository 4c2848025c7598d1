"""The vocabulary of each document type, loaded from ``extractors/vocab/<type>.yaml``.

A new document type is a new YAML file: its classification phrases and its
fields (kind, whether required, labels, optional patterns). No code changes.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from pipeline.errors import ConfigError

VOCAB_DIR = Path(__file__).parent / "vocab"
Kind = Literal[
    "name",
    "person",
    "people",
    "title",
    "text",
    "bin",
    "date",
    "version",
    "number",
    "code",
    "email",
    "result",
    "section",
    "statement",
]
Fallback = Literal["first_date", "any_email"]


class FieldSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Kind
    required: bool = False
    labels: list[str] = []
    patterns: list[str] = []
    fallback: Fallback | None = None
    # The BIN field printed right after this name on the same line ("ТОО «X», БИН ...").
    companion_bin: str | None = None

    @field_validator("patterns")
    @classmethod
    def _compile(cls, patterns: list[str]) -> list[str]:
        for p in patterns:
            if "(?P<value>" not in p:
                raise ValueError(f"pattern {p!r} has no (?P<value>...) group")
            re.compile(p)
        return patterns


class ClassifySpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    titles: list[str]
    keywords: list[str] = []
    min_sections: int | None = None


class TypeVocab(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    type: str
    classify: ClassifySpec
    fields: dict[str, FieldSpec]

    def required_fields(self) -> list[str]:
        return [name for name, spec in self.fields.items() if spec.required]


@cache
def load_vocab(directory: Path = VOCAB_DIR) -> dict[str, TypeVocab]:
    vocab = {}
    for path in sorted(directory.glob("*.yaml")):
        try:
            entry = TypeVocab.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
        except (yaml.YAMLError, ValidationError) as exc:
            raise ConfigError(f"vocabulary {path.name} is invalid: {exc}") from exc
        vocab[entry.type] = entry
    return vocab


def rules_version(directory: Path = VOCAB_DIR) -> str:
    """A short digest of the vocabulary, reported as produced_by.rules."""
    import hashlib

    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.yaml")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:12]
