"""The folders of ``trustlist/`` are its layers, and imports run one way: down.

A module may import from its own layer and from the layers listed for it here; the core
imports nothing of ours. Imports inside functions are where start-up time is at stake:
in ``cli.py``, whose commands each load only what they run, and where the line says so.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "trustlist"
# A layer's allowed imports, besides itself and ``trustlist`` (the version, and nothing else).
LAYERS: dict[str, set[str]] = {
    "core": set(),
    "extractors": {"core"},
    "validators": {"core"},
    "intake": {"core"},
    "compose": {"core", "intake", "extractors", "validators"},
    "flows": {"core", "intake", "compose"},
    "desk": {"core", "intake", "compose", "validators"},
    "web": {"core", "intake", "compose", "desk"},
    "cli": {"core", "intake", "compose", "flows", "desk", "web"},
}
# Modules whose functions import our heavier layers on first use.
LAZY_MODULES = {"cli"}


def layer_of(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return "package" if parts == ("__init__",) else parts[0]


def first_party_imports(path: Path) -> list[tuple[int, str, bool, str]]:
    """(line, imported layer, whether inside a function, the source line) for each import of
    ours, leaving out those only a type checker reads."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    type_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
        for inner in ast.walk(node)
    }
    found = []
    for node in ast.walk(tree):
        if id(node) in type_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == "trustlist":
                target = parts[1] if len(parts) > 1 else "package"
                found.append((node.lineno, target, node.col_offset > 0, lines[node.lineno - 1]))
    return found


def wrong_imports(path: Path, layer: str) -> list[str]:
    allowed = {layer, "package"} | LAYERS.get(layer, set())
    if layer == "package":
        allowed = set()  # the version, read by every layer, reads nothing
    return [
        f"line {n}: {text.strip()}"
        for n, target, _, text in first_party_imports(path)
        if target not in allowed
    ]


def silent_late_imports(path: Path, layer: str) -> list[str]:
    if layer in LAZY_MODULES:
        return []
    return [
        f"line {n}: {text.strip()}"
        for n, _, inside, text in first_party_imports(path)
        if inside and "#" not in text
    ]


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_every_folder_is_a_layer():
    folders = {layer_of(p) for p in MODULES} - {"package"}
    assert folders == set(LAYERS)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_run_down(path: Path):
    layer = layer_of(path)
    assert not wrong_imports(path, layer), f"{layer} may import only {sorted(LAYERS.get(layer, set()))}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_inside_functions_say_why(path: Path):
    assert not silent_late_imports(path, layer_of(path)), "an import inside a function needs a comment on why"


def settings_imports(path: Path) -> list[str]:
    """Each import that brings the whole Settings into a module, type checkers' included: the
    class, or the module that holds it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0:
            names = {alias.name for alias in node.names}
            whole = (node.module == SETTINGS_MODULE and names & {"Settings", "*"}) or (
                node.module == "trustlist.core" and "settings" in names
            )
        else:
            whole = isinstance(node, ast.Import) and any(a.name == SETTINGS_MODULE for a in node.names)
        if whole:
            found.append((node.lineno, f"line {node.lineno}: {ast.unparse(node)}"))
    return [text for _, text in sorted(found)]


SETTINGS_MODULE = "trustlist.core.settings"
EXTRACTORS = [p for p in MODULES if layer_of(p) == "extractors"]


@pytest.mark.parametrize("path", EXTRACTORS, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_extractors_read_options_not_settings(path: Path):
    """What changes a reading is ReadingOptions, which the extraction cache's version hashes;
    an extractor given all of Settings could read a setting the cache does not know of."""
    assert not settings_imports(path), "extractors take ReadingOptions, never Settings"


def test_the_contract_sees_settings_in_an_extractor(tmp_path: Path):
    module = tmp_path / "text.py"
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "from trustlist.core.settings import ReadingOptions\n"
        "if TYPE_CHECKING:\n"
        "    from trustlist.core.settings import ReadingOptions, Settings\n"
        "import trustlist.core.settings\n"
        "from trustlist.core import settings\n",
        encoding="utf-8",
    )
    assert settings_imports(module) == [
        "line 4: from trustlist.core.settings import ReadingOptions, Settings",
        "line 5: import trustlist.core.settings",
        "line 6: from trustlist.core import settings",
    ]


def test_the_contract_sees_a_wrong_import(tmp_path: Path):
    """The walk itself is checked: a validator reading the extractors, at the top and late
    without a word, is caught twice; a type checker's import is not an import."""
    module = tmp_path / "field_checks.py"
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "from trustlist.core.report import CheckResult\n"
        "from trustlist.extractors.vocab import load_vocab\n"
        "if TYPE_CHECKING:\n"
        "    from trustlist.compose.process import Pipeline\n\n"
        "def late():\n"
        "    from trustlist.intake import bundle\n",
        encoding="utf-8",
    )
    assert wrong_imports(module, "validators") == [
        "line 3: from trustlist.extractors.vocab import load_vocab",
        "line 8: from trustlist.intake import bundle",
    ]
    assert silent_late_imports(module, "validators") == ["line 8: from trustlist.intake import bundle"]
    assert wrong_imports(module, "compose") == []
