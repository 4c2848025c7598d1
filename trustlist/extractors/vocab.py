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
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from trustlist.core.errors import ConfigError

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
# The ways of finding a value (``extractors/strategies.py``), by the names a vocabulary uses.
StrategyName = Literal[
    "label",
    "pair",
    "heading",
    "pattern",
    "known_value",
    "verdict",
    "statement",
    "first_date",
    "any_email",
    "closing_name",
    "issuer",
]
# A field's strategies when its vocabulary names none: those its kind is read by.
DEFAULT_STRATEGIES: dict[str, list[StrategyName]] = {
    "section": ["heading"],
    "statement": ["statement"],
    "result": ["label", "pair", "pattern", "known_value", "verdict"],
}
VALUE_STRATEGIES: list[StrategyName] = ["label", "pair", "pattern", "known_value"]


class FieldSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Kind
    required: bool = False
    labels: list[str] = []
    patterns: list[str] = []
    # How the value is found, in the vocabulary's words (``StrategyName``); empty for the
    # defaults of the field's kind.
    strategies: list[StrategyName] = []
    # The BIN field printed right after this name on the same line ("ТОО «X», БИН ...").
    companion_bin: str | None = None
    # The field's closed list of values (such as the register's object types): one found
    # anywhere in the text beats whatever follows the label, and is reported as spelled
    # here, whatever case or look-alike letters the document or OCR gave it.
    values: list[str] = []
    # For a statement: wording that, in the same sentence, denies it («проверка ... не
    # проводилась», "was not assessed"); a denied statement makes the field False.
    negations: list[str] = []

    @model_validator(mode="after")
    def _default_strategies(self) -> FieldSpec:
        if not self.strategies:
            object.__setattr__(self, "strategies", DEFAULT_STRATEGIES.get(self.kind, VALUE_STRATEGIES))
        return self

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
    # The type's own act in a sentence («ТОО «X» просит включить систему ...»), as patterns
    # over normalised text: with most required fields, it makes the type without a title.
    acts: list[str] = []


class TypeVocab(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    type: str
    classify: ClassifySpec
    fields: dict[str, FieldSpec]

    def required_fields(self) -> list[str]:
        return [name for name, spec in self.fields.items() if spec.required]


FRAGMENTS_FILE = "_fragments.yaml"


@cache
def fragments(directory: Path = VOCAB_DIR) -> dict[str, str]:
    return _read(directory / FRAGMENTS_FILE)["fragments"]


@cache
def bin_words(directory: Path = VOCAB_DIR) -> list[str]:
    return _read(directory / FRAGMENTS_FILE)["bin_words"]


@cache
def load_vocab(directory: Path = VOCAB_DIR) -> dict[str, TypeVocab]:
    shared = fragments(directory)
    vocab = {}
    for path in sorted(directory.glob("[!_]*.yaml")):
        raw = _read(path)
        for spec in raw.get("fields", {}).values():
            spec["patterns"] = [expand(p, shared) for p in spec.get("patterns", [])]
        for spec in raw.get("fields", {}).values():
            companion = raw["fields"].get(spec.get("companion_bin"))
            if companion is not None:
                derived = party_bin_labels(spec.get("labels", []), bin_words(directory))
                companion["labels"] = list(dict.fromkeys([*companion.get("labels", []), *derived]))
        try:
            entry = TypeVocab.model_validate(raw)
        except ValidationError as exc:
            raise ConfigError(f"vocabulary {path.name} is invalid: {exc}") from exc
        vocab[entry.type] = entry
    return vocab


def party_bin_labels(party_labels: list[str], words: list[str]) -> list[str]:
    """Labels of a party's BIN made from the party's own labels: a form names the BIN of
    whoever it calls the licensee, whatever its wording for the licensee."""
    labels = []
    for party in party_labels:
        for word in words:
            if party.isascii() != word.isascii():
                continue
            if party.isascii():
                labels += [
                    f"{party} {word}",
                    f"{party}'s {word}",
                    f"{word} of the {party}",
                    f"{word} of {party}",
                ]
            else:
                labels += [f"{word} {party}", f"{party} {word}"]
    return labels


def _read(path: Path) -> dict:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"vocabulary {path.name} cannot be read: {exc}") from exc


def expand(pattern: str, fragments: dict[str, str]) -> str:
    """Replace {ORG}, {PERSON}... with the shared fragments; an unknown name is an error."""

    def fragment(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in fragments:
            raise ConfigError(f"pattern {pattern!r} uses unknown fragment {{{name}}}")
        return fragments[name]

    return re.sub(r"\{([A-Z_]+)\}", fragment, pattern)


def rules_version(directory: Path = VOCAB_DIR) -> str:
    """A short digest of the vocabulary, reported as produced_by.rules."""
    import hashlib

    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.yaml")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:12]
