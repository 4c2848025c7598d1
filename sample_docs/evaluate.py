"""Comparing the pipeline's reports with the expected results kept beside each sample bundle.

Shared by the end-to-end tests and ``python -m benchmarks.accuracy``, so both
measure the same thing the same way.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.report import Report
from pipeline.settings import Settings

BUNDLES = Path(__file__).parent / "bundles"
EXPECTED_SUFFIX = ".expected.json"
# The accredited auditors the sample bundles were written against (AUD-04).
ACCREDITED_AUDITORS = Path(__file__).parent / "accredited_auditors.csv"


def sample_settings(settings: Settings | None = None) -> Settings:
    """Settings for running the samples: the sample list of accredited auditors unless one is set."""
    settings = settings or Settings()
    if settings.accredited_auditors is None:
        return settings.model_copy(update={"accredited_auditors": ACCREDITED_AUDITORS})
    return settings


@dataclass(frozen=True)
class Sample:
    name: str  # agency/bundle
    path: Path  # the zip or folder
    expected: dict


def samples(root: Path = BUNDLES) -> list[Sample]:
    found = []
    for expected_path in sorted(root.glob(f"*/*{EXPECTED_SUFFIX}")):
        stem = expected_path.name.removesuffix(EXPECTED_SUFFIX)
        zipped = expected_path.with_name(stem + ".zip")
        path = zipped if zipped.exists() else expected_path.with_name(stem)
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        found.append(Sample(f"{expected_path.parent.name}/{stem}", path, expected))
    return found


LABELLED = Path(__file__).parent / "labelled"
# Bundles written from a brief by an author who never saw the extractor (sample_docs/fresh/
# README.md), in two halves: work from half A; half B is only measured.
FRESH = Path(__file__).parent / "fresh"
FRESH_HALVES = {"fresh-a": FRESH / "half_a", "fresh-b": FRESH / "half_b"}
FRESH_AUDITORS = FRESH / "accredited_auditors.csv"


def labelled(root: Path = LABELLED) -> list[Sample]:
    """The labelled extraction set: single documents, each checked as a bundle of one."""
    found = []
    for expected_path in sorted(root.glob(f"*{EXPECTED_SUFFIX}")):
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        path = expected_path.with_name(expected["documents"][0]["file"])
        found.append(Sample(f"labelled/{path.name}", path, expected))
    return found


def same_value(found: object, expected: object) -> bool:
    """Section fields are expected as ``true`` (present); their value is the first line."""
    if expected is True:
        return found is not None and found is not False
    if isinstance(expected, str) and isinstance(found, str):
        return " ".join(found.split()) == " ".join(expected.split())
    return found == expected


@dataclass
class Tally:
    """Counts of hits over tries, by a key such as the document type or the text source."""

    hits: Counter = field(default_factory=Counter)
    tries: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def add(self, key: str, hit: bool, what: str) -> None:
        self.tries[key] += 1
        self.hits[key] += hit
        if not hit:
            self.misses.append(what)

    def rate(self, key: str | None = None) -> float:
        hits = self.hits[key] if key else sum(self.hits.values())
        tries = self.tries[key] if key else sum(self.tries.values())
        return hits / tries if tries else 1.0


@dataclass
class Evaluation:
    outcomes: Tally = field(default_factory=Tally)
    codes: Tally = field(default_factory=Tally)
    types: Tally = field(default_factory=Tally)
    fields_by_type: Tally = field(default_factory=Tally)
    fields_by_source: Tally = field(default_factory=Tally)

    def add(self, sample: Sample, report: Report) -> None:
        expected = sample.expected
        if "outcome" in expected:
            self.add_outcome(sample, report)
        self.add_documents(sample, report)

    def add_outcome(self, sample: Sample, report: Report) -> None:
        expected = sample.expected
        self.outcomes.add(
            "all",
            report.outcome == expected["outcome"],
            f"{sample.name}: {report.outcome} != {expected['outcome']}",
        )
        codes = report.failing_codes()
        self.codes.add(
            "all",
            codes == expected["failing_checks"],
            f"{sample.name}: {codes} != {expected['failing_checks']}",
        )

    def add_documents(self, sample: Sample, report: Report) -> None:
        expected = sample.expected
        for want in expected["documents"]:
            got = next(
                (d for d in report.documents if d.file == want["file"] and d.type == want["type"]),
                None,
            )
            # Right when the file yields exactly the expected set of types, no more.
            found_types = sorted(d.type for d in report.documents if d.file == want["file"])
            expected_types = sorted(d["type"] for d in expected["documents"] if d["file"] == want["file"])
            self.types.add(
                want["type"],
                found_types == expected_types,
                f"{sample.name}/{want['file']}: {found_types} != {expected_types}",
            )
            for name, value in want["fields"].items():
                found = got.fields[name].value if got and name in got.fields else None
                hit = same_value(found, value)
                what = f"{sample.name}/{want['file']} {want['type']}.{name}: {found!r} != {value!r}"
                self.fields_by_type.add(want["type"], hit, what)
                self.fields_by_source.add(want["text_source"], hit, what)


def run_samples(settings: Settings, found: list[Sample] | None = None) -> dict[str, Report]:
    """Every sample through ``Pipeline.check_bundle``, as many at once as there are cores
    (tesseract runs one thread per page, so bundles in parallel use the machine)."""
    import os
    from concurrent.futures import ThreadPoolExecutor

    from pipeline.bundle import from_path
    from pipeline.process import Pipeline

    pipeline = Pipeline(settings)
    found = samples() if found is None else found
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        reports = pool.map(lambda s: pipeline.check_bundle(from_path(s.path, settings)), found)
        return dict(zip((s.name for s in found), reports, strict=True))
