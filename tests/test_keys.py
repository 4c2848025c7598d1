"""The storage key layout has one home, ``trustlist.core.keys``: what it writes it reads
back, it refuses segments that would climb into another application's folder, and no
other module spells a key by hand."""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from pathlib import Path

import pytest

from trustlist.core import keys
from trustlist.core.keys import (
    NOTICE,
    REPORT,
    RevisionObject,
    application_prefix,
    latest_published_key,
    lease_key,
    parse_published_key,
    parse_revision_key,
    published_agency,
    published_key,
    quarantine_entries,
    quarantine_entry,
    quarantine_key,
    record_key,
    records_prefix,
    revision_key,
    segment,
)

PACKAGE = Path(__file__).resolve().parents[1] / "trustlist"


def test_a_revision_key_reads_back_as_what_it_names():
    key = revision_key("health", "171140088220-medvision", 3, NOTICE)
    assert key == "health/171140088220-medvision/r3/notice.pdf"
    assert parse_revision_key(key) == RevisionObject("health", "171140088220-medvision", 3, NOTICE)
    assert parse_revision_key(revision_key("health", "x", 1)) == RevisionObject("health", "x", 1, REPORT)


@pytest.mark.parametrize(
    "key",
    [
        "health/app/r0/report.json",  # revisions count from 1
        "health/app/r01/report.json",
        "health/app/rx/report.json",
        "health/app/r1/extra/report.json",
        "health/r1/report.json",
        "health/app/r1/",
    ],
)
def test_other_keys_are_not_revisions(key: str):
    assert parse_revision_key(key) is None


@pytest.mark.parametrize("value", ["", ".", "..", "a/b", "a\\b", "a\x00b", "line\nbreak"])
def test_a_segment_never_climbs_out_of_its_folder(value: str):
    with pytest.raises(ValueError, match="cannot name a storage folder"):
        segment(value, "application_id")
    with pytest.raises(ValueError):
        application_prefix("health", value)
    with pytest.raises(ValueError):
        records_prefix(keys.DECISIONS, value, "app")


@pytest.mark.parametrize("kind", [keys.DECISIONS, keys.WAIVERS, keys.CORRECTIONS])
def test_reviewer_records_sort_by_time_under_their_application(kind):
    early = record_key(kind, "health", "app", datetime(2026, 3, 2, 9, 0, tzinfo=UTC), "b" * 32)
    late = record_key(kind, "health", "app", datetime(2026, 3, 2, 10, 0, tzinfo=UTC), "a" * 32)
    assert early.startswith(f"{kind}health/app/20260302T090000")
    assert early < late


def test_published_keys_read_back_and_latest_is_not_a_version():
    assert parse_published_key(published_key("health", 12, "csv"), "health") == (12, "csv")
    assert parse_published_key(latest_published_key("health"), "health") is None
    assert parse_published_key(published_key("health", 1, "json"), "finance") is None
    assert published_agency(published_key("finance", 2, "json")) == "finance"
    assert published_agency("decisions/health/app/x.json") is None


def test_lease_generations_list_in_order():
    generations = [lease_key("0" * 64, n) for n in (1, 2, 10, 11, 100)]
    assert sorted(generations) == generations


def test_quarantine_entries_are_found_at_either_depth_and_never_inside_a_bundle():
    top = quarantine_entry("stray.pdf", "20260302T101500Z")
    folder = quarantine_entry("health/datasapa/", "20260302T101600Z")
    assert folder == "health/datasapa@20260302T101600Z"
    listing = [
        quarantine_key(top, keys.REASON),
        quarantine_key(folder, keys.REASON),
        quarantine_key(folder, keys.QUARANTINED_BUNDLE + "health/datasapa/reason.json"),
        quarantine_key(folder, keys.RETRIED),
    ]
    assert quarantine_entries(listing) == [(top, "20260302T101500Z"), (folder, "20260302T101600Z")]


LAYOUT_NAMES = {
    keys.REPORT,
    keys.REPORT_HTML,
    keys.NOTICE,
    keys.SOURCE,
    keys.PROCESSED,
    keys.REASON,
    keys.REASON_TEXT,
    keys.RETRIED,
    "latest.json",
    keys.DECISIONS.rstrip("/"),
    keys.WAIVERS.rstrip("/"),
    keys.CORRECTIONS.rstrip("/"),
    keys.PUBLISHED.rstrip("/"),
}


def spelled_keys(path: Path) -> list[str]:
    """String literals and f-string pieces outside docstrings with a segment of the
    layout's own names, other than the web app's routes (whole strings starting with "/")."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    pieces = {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for part in node.values}
    return [
        f"line {node.lineno}: {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and (id(node) in pieces or not node.value.startswith("/"))
        and (
            set(node.value.split("/")) & LAYOUT_NAMES
            or any(part.startswith(keys.LEASE_PREFIX) for part in node.value.split("/"))
        )
    ]


@pytest.mark.parametrize(
    "path",
    [p for p in sorted(PACKAGE.rglob("*.py")) if p.name != "keys.py"],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_no_module_spells_a_key_by_hand(path: Path):
    assert not spelled_keys(path)


def test_the_scan_sees_a_key_spelled_by_hand(tmp_path: Path):
    module = tmp_path / "registry.py"
    module.write_text(
        '"""Reports live at <agency>/<id>/r<n>/report.json."""\n'
        'ROUTE = "/applications/{agency}/{application_id}/report.html"\n'
        'def key(agency, app, n):\n    return f"{agency}/{app}/r{n}/report.json"\n',
        encoding="utf-8",
    )
    assert spelled_keys(module) == ["line 4: '/report.json'"]
