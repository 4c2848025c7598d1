"""The packages import from this repository and the ``trustlist`` console script is installed."""

from __future__ import annotations

import importlib
import os
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = REPO / ".venv" / "bin"


@pytest.mark.parametrize(
    "package",
    ["trustlist", "trustlist.core", "trustlist.extractors", "trustlist.validators", "trustlist.flows"],
)
def test_package_comes_from_the_repository(package):
    module = importlib.import_module(package)
    path = Path(module.__file__).resolve()
    assert path == REPO.joinpath(*package.split("."), "__init__.py")
    assert "site-packages" not in path.parts


def test_validators_is_ours_not_the_pypi_package():
    # PyPI's unrelated ``validators`` package has e.g. validators.email; ours has run_checks.
    from trustlist import validators

    assert hasattr(validators, "run_checks")
    assert hasattr(validators, "CheckContext")
    assert not hasattr(validators, "email")


def test_console_script_declared():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["trustlist"] == "trustlist.cli:main"
    from trustlist.cli import main

    assert callable(main)


def test_console_script_installed():
    script = VENV_BIN / "trustlist"
    assert script.is_file()
    assert os.access(script, os.X_OK)
    text = script.read_text(encoding="utf-8")
    assert "from trustlist.cli import main" in text


def test_running_under_the_repository_virtualenv():
    assert Path(sys.prefix).resolve() == (REPO / ".venv").resolve()


def test_package_data_present():
    # The catalogue, vocabularies and the HTML template are read at run time.
    from trustlist.validators.base import CATALOGUE_PATH

    assert CATALOGUE_PATH.is_file()
    assert (REPO / "trustlist" / "compose" / "templates" / "report.html.j2").is_file()
    stems = {p.stem for p in (REPO / "trustlist" / "extractors" / "vocab").glob("*.yaml")}
    assert stems >= {
        "application",
        "audit_conclusion",
        "copyright_agreement",
        "ip_certificate",
        "system_description",
    }


def test_environment_is_the_locked_dependency_set():
    """scripts/setup.sh installs uv.lock exactly: every locked package at its locked version,
    so the suite runs on what was locked, not on what the index serves today. A locked package
    may be absent only where every edge to it carries an environment marker."""
    from importlib.metadata import PackageNotFoundError, version

    from packaging.utils import canonicalize_name

    lock = tomllib.loads((REPO / "uv.lock").read_text(encoding="utf-8"))
    packages = [p for p in lock["package"] if p["name"] != "trustlist"]
    edges = [
        dep
        for p in lock["package"]
        for deps in [p.get("dependencies", []), *p.get("optional-dependencies", {}).values()]
        for dep in deps
    ]
    conditional = {
        canonicalize_name(p["name"])
        for p in packages
        if all("marker" in e for e in edges if canonicalize_name(e["name"]) == canonicalize_name(p["name"]))
    }
    wrong = {}
    for package in packages:
        name = canonicalize_name(package["name"])
        try:
            got = version(name)
        except PackageNotFoundError:
            got = None
        if got != package["version"] and not (got is None and name in conditional):
            wrong[name] = (got, package["version"])
    assert wrong == {}


def test_the_core_and_the_checks_are_type_checked_strictly():
    """scripts/test.sh runs mypy; the ground floor and the validators carry --strict's flags."""
    mypy = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    strict = [o for o in mypy["overrides"] if o.get("disallow_untyped_defs") and o.get("warn_return_any")]
    assert {"trustlist.core.*", "trustlist.validators.*"} <= {m for o in strict for m in o["module"]}
    assert mypy["files"] == ["trustlist"]
