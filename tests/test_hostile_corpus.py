"""Every malformed PDF of the shared hostile corpus goes through ``trustlist check``:
a report comes out, in bounded time and memory, with no traceback."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from trustlist.core.report import Report

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "hostile"
TIME_LIMIT_S = 180
MEMORY_LIMIT_BYTES = 3 * 1024**3


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))


def check(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "trustlist.cli", "check", str(path), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT_S,
        preexec_fn=_limit_memory,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )


@pytest.fixture(scope="module")
def results() -> dict[str, subprocess.CompletedProcess]:
    if not CORPUS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"the hostile corpus is missing at {CORPUS}")
        pytest.skip(f"no hostile corpus at {CORPUS}")
    files = sorted(CORPUS.glob("*.pdf"))
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return dict(zip((f.name for f in files), pool.map(check, files), strict=True))


@pytest.mark.slow
def test_every_hostile_file_gets_a_report(results):
    assert len(results) >= 70
    failures = {}
    for name, run in results.items():
        if run.returncode != 0 or "Traceback" in run.stdout + run.stderr:
            failures[name] = run.stderr[-500:]
            continue
        report = Report.model_validate(json.loads(run.stdout))
        assert report.documents, name
    assert not failures, failures


@pytest.mark.slow
def test_hostile_classes_end_as_findings(results):
    """Encrypted files are BND-04 (or read, with only an owner password); corrupt ones BND-06."""

    def report(name: str) -> Report:
        return Report.model_validate(json.loads(results[name].stdout))

    locked = report("format-corpus__pdfCabinetOfHorrors_encryption_openpassword.pdf")
    assert "BND-04" in locked.failing_codes()
    owner_only = report("qpdf__qpdf_qtest_qpdf_enc-XI-R6,V5,O=master.pdf")
    assert "BND-04" not in owner_only.failing_codes()
    invalid = report("OCRmyPDF__tests_resources_invalid.pdf")
    assert "BND-06" in invalid.failing_codes()
    assert invalid.outcome == "incomplete"
