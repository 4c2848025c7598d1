"""The committed sample bundles are well-formed, consistent with their expected
results, and exactly what ``python -m sample_docs.generate`` produces.

These tests never run the pipeline: they guard the fixtures the pipeline's own
tests and benchmarks rely on.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from pathlib import Path

import pytest

from sample_docs.gen_bundles import bundles
from sample_docs.gen_common import FIELDS, fmt_date
from sample_docs.generate import ACCREDITED_CSV, BUNDLES_DIR, accredited_auditors, generate
from tests.ocr_text import ocr_text
from trustlist.core.identifiers import is_valid

EXPECTED_KEYS = {"outcome", "failing_checks", "planted", "documents"}
DOCUMENT_KEYS = {"file", "type", "text_source", "language", "fields"}
OUTCOMES = {"complete", "incomplete", "inconsistent", "unprocessable"}
TEXT_SOURCES = {"text_layer", "ocr", "json"}
LANGUAGES = {"ru", "kk", "en", "mixed"}
WARNINGS = {"BND-03", "BND-05", "XDC-06", "AUD-04", "AUD-05", "IPR-02"}
BLOCKING = {
    "BND-01",
    "BND-02",
    "BND-04",
    "BND-06",
    "DOC-01",
    "DOC-02",
    "DOC-03",
    "DOC-04",
    "FLD-01",
    "FLD-02",
    "FLD-03",
    "XDC-01",
    "XDC-02",
    "XDC-03",
    "XDC-04",
    "XDC-05",
    "AUD-01",
    "AUD-02",
    "AUD-03",
    "IPR-01",
}
MAKES_INCOMPLETE = {
    "DOC-01",
    "DOC-02",
    "DOC-03",
    "DOC-04",
    "FLD-01",
    "FLD-02",
    "FLD-03",
    "BND-02",
    "BND-04",
    "BND-06",
}
MUST_FAIL_SOMEWHERE = BLOCKING | WARNINGS  # every code of SPEC §5
# What a check needs in a bundle before it can pass rather than be not_applicable
# (nothing listed: any readable bundle).
NEEDS = {
    "XDC-01": {"application", "audit_conclusion"},
    "XDC-02": {"application", "audit_conclusion"},
    "XDC-03": {"application", "ip_certificate"},
    "XDC-04": {"application", "audit_conclusion"},
    "XDC-05": {"application", "ip_certificate"},
    "XDC-06": {"ip_certificate"},
    "AUD-01": {"audit_conclusion"},
    "AUD-02": {"audit_conclusion"},
    "AUD-03": {"audit_conclusion"},
    "AUD-04": {"audit_conclusion"},
    "AUD-05": {"audit_conclusion"},
    "IPR-01": {"copyright_agreement"},
    "IPR-02": {"application", "ip_certificate"},
}
# Dates that lie on the wrong side of receipt only where a check is planted on them.
DATE_DEFECTS = {
    ("application", "application_date"): "FLD-03",
    ("audit_conclusion", "valid_until"): "AUD-02",
    ("copyright_agreement", "valid_until"): "IPR-01",
}
BOOLEAN_FIELDS = {
    "purpose",
    "functions",
    "data",
    "risk_management",
    "human_oversight",
    "covers_training_data",
    "covers_prohibited_functions",
}
DATE_FIELDS = {
    "application_date",
    "issue_date",
    "creation_date",
    "agreement_date",
    "conclusion_date",
    "valid_until",
}
DATE_STYLES = ("dot", "slash", "iso", "ru", "ru_quoted", "kk", "kk_short", "en_us", "en")


@dataclass
class SampleBundle:
    """One committed bundle (folder or zip) with its expected result."""

    expected_path: Path

    @property
    def stem(self) -> str:
        return self.expected_path.name.removesuffix(".expected.json")

    @property
    def zip_path(self) -> Path:
        return self.expected_path.with_name(f"{self.stem}.zip")

    @cached_property
    def files(self) -> dict[str, bytes]:
        if self.zip_path.exists():
            if not zipfile.is_zipfile(self.zip_path):  # BND-01: nothing inside can be read
                return {}
            with zipfile.ZipFile(self.zip_path) as archive:
                return {name: archive.read(name) for name in archive.namelist()}
        folder = self.expected_path.with_name(self.stem)
        return {p.name: p.read_bytes() for p in folder.iterdir()}

    @cached_property
    def expected(self) -> dict:
        return json.loads(self.expected_path.read_text(encoding="utf-8"))

    @cached_property
    def manifest(self) -> dict:
        return json.loads(self.files["manifest.json"])

    @property
    def failing(self) -> set[str]:
        return set(self.expected["failing_checks"])

    @property
    def types(self) -> set[str]:
        return {d["type"] for d in self.expected["documents"]}

    def __repr__(self) -> str:  # readable pytest ids
        return self.stem


def _sample_bundles() -> list[SampleBundle]:
    return [SampleBundle(p) for p in sorted(BUNDLES_DIR.glob("*/*.expected.json"))]


BUNDLES = _sample_bundles()


def _fields(bundle: SampleBundle):
    for doc in bundle.expected["documents"]:
        for name, value in doc["fields"].items():
            yield doc, name, value


def test_every_bundle_has_an_expected_result_and_vice_versa():
    bundle_stems = {
        p.name.removesuffix(".zip") for p in BUNDLES_DIR.glob("*/*") if p.is_dir() or p.suffix == ".zip"
    }
    assert bundle_stems == {b.stem for b in BUNDLES}


def test_the_set_covers_the_required_cases():
    assert len(BUNDLES) >= 30
    assert sum(b.expected["outcome"] == "complete" and not b.failing for b in BUNDLES) >= 6
    failing_somewhere = set().union(*(b.failing for b in BUNDLES))
    assert failing_somewhere >= MUST_FAIL_SOMEWHERE
    assert {b.expected["outcome"] for b in BUNDLES} == OUTCOMES
    assert any(b.zip_path.exists() for b in BUNDLES)
    assert any(d["text_source"] == "json" for b in BUNDLES for d in b.expected["documents"])


@pytest.mark.parametrize("code", sorted(MUST_FAIL_SOMEWHERE))
def test_every_check_also_passes_somewhere(code: str):
    """Each code is seen passing in a bundle that has what the check looks at."""
    assert any(
        code not in b.failing and "BND-01" not in b.failing and NEEDS.get(code, set()) <= b.types
        for b in BUNDLES
    )


def test_scans_are_a_large_share_but_few_pages():
    documents = {(b.stem, d["file"]): d["text_source"] for b in BUNDLES for d in b.expected["documents"]}
    scans = [key for key, source in documents.items() if source == "ocr"]
    assert len(scans) >= 25  # the first fifteen bundles are 40% scans; later ones mostly text
    assert len(scans) <= 29  # one page each, enforced by the generator: OCR time stays bounded


@pytest.mark.parametrize("bundle", BUNDLES, ids=repr)
def test_expected_result_is_well_formed(bundle: SampleBundle):
    expected = bundle.expected
    assert set(expected) == EXPECTED_KEYS
    assert expected["outcome"] in OUTCOMES
    assert expected["failing_checks"] == sorted(set(expected["failing_checks"]))
    assert bundle.failing <= BLOCKING | WARNINGS
    assert isinstance(expected["planted"], str) and expected["planted"]
    for doc in expected["documents"]:
        assert set(doc) == DOCUMENT_KEYS
        assert doc["type"] in FIELDS
        assert doc["text_source"] in TEXT_SOURCES
        assert doc["language"] in LANGUAGES
        assert doc["file"] in bundle.files
        assert set(doc["fields"]) <= set(FIELDS[doc["type"]])


@pytest.mark.parametrize("bundle", BUNDLES, ids=repr)
def test_outcome_follows_from_failing_checks(bundle: SampleBundle):
    blocking = bundle.failing & BLOCKING
    if "BND-01" in blocking:
        outcome = "unprocessable"
    elif blocking & MAKES_INCOMPLETE:
        outcome = "incomplete"
    else:
        outcome = "inconsistent" if blocking else "complete"
    assert bundle.expected["outcome"] == outcome


@pytest.mark.parametrize("bundle", BUNDLES, ids=repr)
def test_field_values_have_their_report_form(bundle: SampleBundle):
    if not bundle.files:
        return  # BND-01: no manifest, no documents
    received = datetime.fromisoformat(bundle.manifest["submitted_at"]).date()
    for doc, name, value in _fields(bundle):
        if name in BOOLEAN_FIELDS:
            assert value is True, name
        elif name in DATE_FIELDS:
            day = date.fromisoformat(value)
            # validity dates look forward; every other date precedes receipt (no FLD-03),
            # except where the check on that very date is planted
            on_time = (day > received) if name == "valid_until" else (day <= received)
            assert on_time or DATE_DEFECTS.get((doc["type"], name)) in bundle.failing, name
        elif name.endswith("_bin"):
            assert re.fullmatch(r"\d{12}", value), name
        elif name == "result":
            assert value in {"positive", "negative"}
        else:
            assert isinstance(value, str) and value == " ".join(value.split()), name


@pytest.mark.parametrize("bundle", BUNDLES, ids=repr)
def test_bins_are_valid_except_where_fld02_is_planted(bundle: SampleBundle):
    invalid = [v for _d, name, v in _fields(bundle) if name.endswith("_bin") and not is_valid(v)]
    if "FLD-02" in bundle.failing:
        assert invalid
    else:
        assert invalid == []


@pytest.mark.parametrize("bundle", BUNDLES, ids=repr)
def test_manifest_matches_files_except_where_bnd02_is_planted(bundle: SampleBundle):
    if "BND-01" in bundle.failing:
        assert bundle.files == {} and bundle.expected["documents"] == []
        return
    manifest = bundle.manifest
    assert re.fullmatch(r"[A-Z]{3}-2026-\d{4}", manifest["application_id"])
    submitted = datetime.fromisoformat(manifest["submitted_at"])
    assert submitted.utcoffset() is not None
    assert datetime(2026, 2, 1).date() <= submitted.date() <= datetime(2026, 10, 31).date()
    listed = {f["name"]: f["sha256"] for f in manifest["files"]}
    assert set(listed) == set(bundle.files) - {"manifest.json"}
    mismatched = [
        name for name, digest in listed.items() if hashlib.sha256(bundle.files[name]).hexdigest() != digest
    ]
    if "BND-02" in bundle.failing:
        assert mismatched
    else:
        assert mismatched == []


def _opens(data: bytes, password: str | None = None) -> bool:
    import pypdfium2 as pdfium

    try:
        pdfium.PdfDocument(data, password=password).close()
    except pdfium.PdfiumError:
        return False
    return True


@pytest.mark.parametrize("bundle", BUNDLES, ids=repr)
def test_file_level_defects_are_where_they_are_planted(bundle: SampleBundle):
    """BND-03..06 are properties of the files themselves; each holds exactly where planted."""
    files = {name: data for name, data in bundle.files.items() if name != "manifest.json"}
    expected_files = {d["file"] for d in bundle.expected["documents"]}
    pdfs = {name: data for name, data in files.items() if name.endswith(".pdf")}
    unsupported = [n for n in files if not re.search(r"\.(pdf|png|jpe?g|tiff?|json)$", n)]
    assert bool(unsupported) == ("BND-03" in bundle.failing)
    assert (len(set(files.values())) < len(files)) == ("BND-05" in bundle.failing)
    locked = [n for n, data in pdfs.items() if not _opens(data) and b"/Encrypt" in data]
    assert bool(locked) == ("BND-04" in bundle.failing)
    broken = [n for n, data in pdfs.items() if not _opens(data) and n not in locked]
    assert bool(broken) == ("BND-06" in bundle.failing)
    # a file that cannot be read is not expected as any document
    assert not (set(locked) | set(broken)) & expected_files


def test_an_owner_password_alone_is_not_a_defect():
    """SPEC BND-04: a PDF restricted by an owner password opens normally and must pass."""
    restricted = [
        (b, name)
        for b in BUNDLES
        for name, data in b.files.items()
        if name.endswith(".pdf") and b"/Encrypt" in data and _opens(data)
    ]
    assert any(b.expected["outcome"] == "complete" and not b.failing for b, _name in restricted)


def test_accredited_auditors_csv_is_current_and_fits_aud04():
    """sample_docs/accredited_auditors.csv (for TRUSTLIST_ACCREDITED_AUDITORS) is generated."""
    assert ACCREDITED_CSV.read_bytes() == accredited_auditors(bundles())
    with ACCREDITED_CSV.open(encoding="utf-8", newline="") as handle:
        listed = {row["bin"] for row in csv.DictReader(handle)}
    for bundle in BUNDLES:
        audit_bins = {
            d["fields"]["auditor_bin"]
            for d in bundle.expected["documents"]
            if d["type"] == "audit_conclusion" and "auditor_bin" in d["fields"]
        }
        assert bool(audit_bins - listed) == ("AUD-04" in bundle.failing), bundle.stem


def test_generator_reproduces_the_committed_files_byte_for_byte(tmp_path: Path):
    """Depends on the exact output of fpdf2 and of fonttools' font subsetting (text-layer PDFs)
    and of Pillow's encoders (scans): true under uv.lock's versions, see pyproject's [tool.uv]."""
    generate(tmp_path)
    fresh = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    committed = {p.relative_to(BUNDLES_DIR): p.read_bytes() for p in BUNDLES_DIR.rglob("*") if p.is_file()}
    assert sorted(fresh) == sorted(committed)
    changed = [str(path) for path in fresh if fresh[path] != committed[path]]
    assert changed == [], "run `python -m sample_docs.generate` and commit the result"


def _unreadable_values(bundle: SampleBundle, doc: dict) -> list[str]:
    """BINs and dates of a scanned document that OCR does not give back exactly."""
    text = ocr_text(bundle.files[doc["file"]])
    digits_joined = re.sub(r"(?<=\d) (?=\d)", "", text)
    missing = []
    for name, value in doc["fields"].items():
        if name.endswith("_bin") and value not in digits_joined:
            missing.append(f"{name}={value}")
        if name in DATE_FIELDS:
            day = date.fromisoformat(value)
            if not any(fmt_date(day, style) in text for style in DATE_STYLES):
                missing.append(f"{name}={value}")
    return missing


@pytest.mark.slow
def test_scans_keep_bins_and_dates_readable(monkeypatch: pytest.MonkeyPatch):
    """The degradation must not go so far that a fair OCR cannot read the key values."""
    pytest.importorskip("pytesseract")
    monkeypatch.setenv("OMP_THREAD_LIMIT", "1")  # ~1.5 s a page instead of 5-7 s
    scans = [(b, d) for b in BUNDLES for d in b.expected["documents"] if d["text_source"] == "ocr"]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        results = list(pool.map(lambda item: _unreadable_values(*item), scans))
    unreadable = {f"{b.stem}/{d['file']}": r for (b, d), r in zip(scans, results, strict=True) if r}
    assert unreadable == {}
