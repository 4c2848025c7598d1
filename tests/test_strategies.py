"""Field strategies behind one signature, named per field in the vocabulary."""

from __future__ import annotations

import shutil
import typing

import pytest

from trustlist.core.errors import ConfigError
from trustlist.extractors.strategies import STRATEGIES
from trustlist.extractors.vocab import VOCAB_DIR, FieldSpec, StrategyName, load_vocab


def test_every_strategy_name_a_vocabulary_may_use_has_one_strategy():
    assert set(STRATEGIES) == set(typing.get_args(StrategyName))


def test_a_field_without_strategies_is_read_by_its_kinds_defaults():
    assert FieldSpec(kind="section").strategies == ["heading"]
    assert FieldSpec(kind="statement", patterns=["(?P<value>x)"]).strategies == ["statement"]
    assert FieldSpec(kind="bin").strategies == ["label", "pair", "pattern", "known_value"]
    fields = load_vocab()["audit_conclusion"].fields
    assert fields["auditor_name"].strategies == ["label", "pair", "pattern", "known_value", "issuer"]


def test_a_vocabulary_naming_an_unknown_strategy_is_refused(tmp_path):
    for path in VOCAB_DIR.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    path = tmp_path / "application.yaml"
    text = path.read_text(encoding="utf-8")
    named = "[label, pair, pattern, known_value, first_date]"
    path.write_text(text.replace(named, "[label, guess]"), "utf-8")
    with pytest.raises(ConfigError, match="application.yaml"):
        load_vocab(tmp_path)
