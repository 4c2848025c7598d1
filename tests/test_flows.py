"""The Prefect flows end to end against MinIO storage: the ``minio`` SDK over real HTTP
to moto's S3 server (signature checks on), on Prefect's embedded API."""

from __future__ import annotations

import io
import json
import logging
import threading
import time
from pathlib import PurePosixPath

import pytest
from prefect import flow
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import (
    ArtifactFilter,
    ArtifactFilterFlowRunId,
    FlowRunFilter,
    FlowRunFilterName,
    FlowRunFilterParentFlowRunId,
    TaskRunFilter,
    TaskRunFilterFlowRunId,
)
from prefect.testing.utilities import prefect_test_harness

from sample_docs.evaluate import samples
from tests.ocr_text import needs_tesseract
from tests.prefect_logs import logs_for_the_api, messages_of_run
from trustlist.core.errors import ObjectNotFound, StorageError
from trustlist.core.keys import lease_prefix
from trustlist.core.report import Report
from trustlist.core.settings import Settings
from trustlist.flows.intake import intake_flow
from trustlist.flows.process import storage_call
from trustlist.intake import inbox
from trustlist.intake.lease import Lease
from trustlist.intake.storage import open_store

# A zip bundle and a folder bundle with text layers, so the test needs no OCR.
ZIP_SAMPLE = "energy/10-kuat-no-version-in-audit"
FOLDER_SAMPLE = "finance/12-sapa-kredit-other-system"


@pytest.fixture(scope="module")
def prefect():
    with prefect_test_harness(server_startup_timeout=90):
        yield


def put_sample(store, settings, name: str) -> None:
    sample = next(s for s in samples() if s.name == name)
    agency = name.split("/")[0]
    if sample.path.is_file():
        store.put(settings.bucket_inbox, f"{agency}/{sample.path.name}", sample.path.read_bytes())
        return
    files = sorted(p for p in sample.path.rglob("*") if p.is_file())
    # The manifest is written last, as the SPEC requires of a folder bundle.
    for path in sorted(files, key=lambda p: p.name == "manifest.json"):
        key = f"{agency}/{sample.path.name}/{path.relative_to(sample.path).as_posix()}"
        store.put(settings.bucket_inbox, key, path.read_bytes())


@pytest.mark.slow
def test_intake_processes_each_bundle_once_over_s3(prefect, s3_settings):
    store = open_store(s3_settings)
    store.ensure_buckets(s3_settings.bucket_names())
    for name in (ZIP_SAMPLE, FOLDER_SAMPLE):
        put_sample(store, s3_settings, name)

    outcomes = {o.bundle: o for o in intake_flow(s3_settings)}

    expected = {s.name: s.expected for s in samples()}
    zip_key, folder_key = f"{ZIP_SAMPLE}.zip", f"{FOLDER_SAMPLE}/"
    assert outcomes[zip_key].status == outcomes[folder_key].status == "processed"
    assert outcomes[zip_key].outcome == expected[ZIP_SAMPLE]["outcome"]
    assert outcomes[folder_key].outcome == expected[FOLDER_SAMPLE]["outcome"]

    report = Report.model_validate(
        json.loads(store.get(s3_settings.bucket_reports, outcomes[zip_key].report_key))
    )
    assert report.revision == 1 and report.agency == "energy"
    html_key = outcomes[zip_key].report_key.replace("report.json", "report.html")
    assert store.get(s3_settings.bucket_reports, html_key).startswith(b"<!DOCTYPE html>")
    # The reviewer's page shows where a failing value stands: a crop of the original page.
    folder_html = outcomes[folder_key].report_key.replace("report.json", "report.html")
    assert b'src="data:image/png;base64,' in store.get(s3_settings.bucket_reports, folder_html)
    # Every PDF and image read went into the extraction cache, for the resubmissions to come.
    read = {
        d.sha256
        for key in (zip_key, folder_key)
        for d in Report.model_validate_json(
            store.get(s3_settings.bucket_reports, outcomes[key].report_key)
        ).documents
        if d.file.lower().endswith((".pdf", ".png", ".jpg"))
    }
    cached = {
        PurePosixPath(i.key).name.removesuffix(".json.gz") for i in store.list(s3_settings.bucket_cache)
    }
    assert read and read <= cached

    # Archived byte for byte under the bundle's SHA-256, and the inbox emptied after that.
    archived = store.get(s3_settings.bucket_archive, f"{report.bundle.sha256}/{zip_key}")
    assert archived == next(s for s in samples() if s.name == ZIP_SAMPLE).path.read_bytes()
    assert list(store.list(s3_settings.bucket_inbox)) == []

    # The same bytes dropped again are recognised and skipped, not reported twice.
    put_sample(store, s3_settings, ZIP_SAMPLE)
    again = intake_flow(s3_settings)
    assert [(o.bundle, o.status) for o in again] == [(zip_key, "skipped")]
    revisions = [i.key for i in store.list(s3_settings.bucket_reports) if i.key.endswith("report.json")]
    assert len(revisions) == 2


@pytest.mark.slow
def test_half_uploaded_folder_is_left_for_the_next_poll(prefect, s3_settings):
    store = open_store(s3_settings)
    store.ensure_buckets(s3_settings.bucket_names())
    sample = next(s for s in samples() if s.name == FOLDER_SAMPLE)
    key = f"finance/{sample.path.name}/application.pdf"
    store.put(s3_settings.bucket_inbox, key, (sample.path / "application.pdf").read_bytes())

    outcomes = intake_flow(s3_settings)

    assert [o.status for o in outcomes] == ["not_ready"]
    assert store.exists(s3_settings.bucket_inbox, key)
    assert list(store.list(s3_settings.bucket_reports)) == []


def _folder_bundle(
    store, settings, key_prefix: str, files: dict[str, bytes], application_id: str | None
) -> None:
    import hashlib

    manifest = {
        "submitted_at": "2026-05-05T10:00:00+05:00",
        "files": [{"name": name, "sha256": hashlib.sha256(data).hexdigest()} for name, data in files.items()],
    }
    if application_id:
        manifest["application_id"] = application_id
    for name, data in files.items():
        store.put(settings.bucket_inbox, key_prefix + name, data)
    store.put(settings.bucket_inbox, key_prefix + "manifest.json", json.dumps(manifest).encode())


# What an operator sees of one bundle in the Prefect UI: the steps of its own run.
STEPS = [
    "read_bundle",
    "claim_lease",
    "nothing_to_do",
    "archive_bundle",
    "extract_documents",
    "validate",
    "write_report",
]
# The API records task runs from their events, a moment after the flow returns.
RECORDED_WITHIN_S = 60


def recorded_steps(client, flow_run_id) -> list[str]:
    deadline = time.monotonic() + RECORDED_WITHIN_S
    while True:
        runs = client.read_task_runs(
            task_run_filter=TaskRunFilter(flow_run_id=TaskRunFilterFlowRunId(any_=[flow_run_id]))
        )
        done = [r for r in runs if r.state and r.state.is_final()]
        if len(done) >= len(STEPS) or time.monotonic() > deadline:
            return [r.name.rsplit("-", 1)[0] for r in sorted(done, key=lambda r: r.start_time)]
        time.sleep(0.2)


@pytest.mark.slow
def test_a_bundle_is_a_run_of_its_own_with_its_steps_and_the_lease_kept_between_documents(
    prefect, tmp_path, caplog
):
    caplog.set_level(logging.INFO, logger="prefect.task_runs")  # the tests run Prefect at WARNING
    # So short a lease that every keep renews it: each renewal leaves a lease generation.
    settings = Settings(local_root=tmp_path / "store", lease_ttl_s=0.001)
    store = open_store(settings)
    store.ensure_buckets(settings.bucket_names())
    sample = next(s for s in samples() if s.name == FOLDER_SAMPLE).path
    pdfs = {name: (sample / name).read_bytes() for name in ("application.pdf", "certificate.pdf")}
    _folder_bundle(store, settings, "finance/two-pdfs/", pdfs, "FIN-2026-0300")
    [item] = inbox.list_inbox(store, settings)
    files = [f.name for f in inbox.load(store, item, settings).files]

    with logs_for_the_api() as sent:
        [result] = intake_flow(settings)

    assert result.status == "processed"
    report = Report.model_validate_json(store.get(settings.bucket_reports, result.report_key))
    leases = [
        Lease.model_validate_json(store.get(settings.bucket_archive, i.key))
        for i in store.list(settings.bucket_archive, lease_prefix(report.bundle.sha256))
    ]
    # Claimed, renewed after each file and before the report, released: one claimant throughout.
    assert [lease.generation for lease in leases] == list(range(1, len(files) + 4))
    assert len({lease.token for lease in leases}) == 1
    assert [lease.released for lease in leases] == [False] * (len(files) + 2) + [True]

    with get_client(sync_client=True) as client:
        [run] = client.read_flow_runs(
            flow_run_filter=FlowRunFilter(name=FlowRunFilterName(any_=["finance/two-pdfs"]))
        )
        assert run.state.is_completed()
        assert recorded_steps(client, run.id) == STEPS
        # The extract step says what each file held, filed under the bundle's run.
        said = [f"{d.file}: {d.type} ({d.pages} p., {d.text_source})" for d in report.documents]
        filed = messages_of_run(sent, run.id)
        assert all(line in filed for line in said), filed
        [artifact] = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run.id]))
        )
    assert artifact.key == "report-finance-fin-2026-0300"
    assert f"r1: **{report.outcome}**" in artifact.data and result.report_key in artifact.data


@pytest.mark.slow
@needs_tesseract
def test_the_pages_ocr_read_go_from_the_extract_step_to_the_reports_crops(prefect, tmp_path, monkeypatch):
    from PIL import Image, ImageDraw, ImageFont

    from trustlist.flows import process

    settings = Settings(local_root=tmp_path / "store")
    store = open_store(settings)
    store.ensure_buckets(settings.bucket_names())
    scan = Image.new("L", (1000, 400), "white")
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
    ImageDraw.Draw(scan).text((80, 120), "Аудиторское заключение", fill="black", font=font)
    png = io.BytesIO()
    scan.save(png, format="PNG")
    store.put(settings.bucket_inbox, "health/scan.png", png.getvalue())
    kept_bytes: list[int] = []
    real_crops = process.evidence_crops

    def spied_crops(report, files, options, kept):
        kept_bytes.append(kept.kept_bytes)
        crops = real_crops(report, files, options, kept)
        kept_bytes.append(kept.kept_bytes)
        return crops

    monkeypatch.setattr(process, "evidence_crops", spied_crops)

    [result] = intake_flow(settings)

    assert result.status == "processed"
    # Kept by the extract step, handed to the report step, emptied once the crops were cut.
    assert kept_bytes[0] > 0 and kept_bytes[1] == 0


@pytest.mark.slow
def test_a_storage_call_within_a_step_retries_storage_trouble_and_nothing_else(prefect, tmp_path):
    settings = Settings(local_root=tmp_path / "store", storage_retry_delays_s=[0.01, 0.02])
    store = open_store(settings)  # no buckets yet: every read fails as storage trouble
    attempts: list[str] = []

    def read(key: str) -> bytes:
        attempts.append(key)
        return store.get(settings.bucket_inbox, key)

    def back_on_the_third_attempt() -> bytes:
        if len(attempts) == 2:
            store.ensure_buckets(settings.bucket_names())
            store.put(settings.bucket_inbox, "a.zip", b"PK")
        return read("a.zip")

    @flow(name="storage-call-probe")
    def probe(call):
        return storage_call(call, settings)

    with pytest.raises(StorageError, match="does not exist"):
        probe(lambda: read("a.zip"))
    assert len(attempts) == 3  # the first try and one per configured delay

    attempts.clear()
    assert probe(back_on_the_third_attempt) == b"PK"
    assert len(attempts) == 3

    # A missing object stays missing, and a bug is no storage trouble: neither is retried.
    attempts.clear()
    with pytest.raises(ObjectNotFound):
        probe(lambda: read("gone.zip"))
    with pytest.raises(ValueError):
        probe(lambda: json.loads(read("a.zip")))
    assert attempts == ["gone.zip", "a.zip"]


@pytest.mark.slow
@pytest.mark.parametrize("application_id", ["FIN-2026-0121", None])
def test_a_resubmission_becomes_the_next_revision_with_its_changes(prefect, tmp_path, application_id):
    """Linked by the manifest's application_id, or else by applicant BIN + system name."""
    settings = Settings(local_root=tmp_path / "store")
    store = open_store(settings)
    store.ensure_buckets(settings.bucket_names())
    sample = next(s for s in samples() if s.name == FOLDER_SAMPLE).path
    first = {name: (sample / name).read_bytes() for name in ("application.pdf", "certificate.pdf")}
    _folder_bundle(store, settings, "finance/sapa-kredit/", first, application_id)
    [r1] = intake_flow(settings)

    second = {**first, "audit_conclusion.pdf": (sample / "audit_conclusion.pdf").read_bytes()}
    second["certificate.pdf"] = first["certificate.pdf"] + b"\n%% re-scanned\n"
    _folder_bundle(store, settings, "finance/sapa-kredit-2/", second, application_id)
    [r2] = intake_flow(settings)

    report1 = Report.model_validate(json.loads(store.get(settings.bucket_reports, r1.report_key)))
    report2 = Report.model_validate(json.loads(store.get(settings.bucket_reports, r2.report_key)))
    assert report1.application_id == report2.application_id
    if application_id is None:
        assert report2.application_id.startswith("220940033446-")  # the applicant's BIN
    assert (report1.revision, report2.revision) == (1, 2)
    # 5 working days for a resubmission, 10 for a first revision; 7 and 11 May are days off.
    assert report2.deadlines.review_due == "2026-05-14"
    assert report1.deadlines.review_due == "2026-05-21"
    changes = report2.changes_since_previous
    assert changes.previous_revision == 1
    assert [d.file for d in changes.documents_added] == ["audit_conclusion.pdf"]
    assert [d.file for d in changes.documents_replaced] == ["certificate.pdf"]
    assert {c.code: (c.previous, c.current) for c in changes.checks_changed}["DOC-03"] == ("fail", "pass")


@pytest.mark.slow
def test_a_bundle_that_breaks_processing_is_quarantined_and_the_rest_go_on(prefect, tmp_path, monkeypatch):
    from trustlist.compose.process import Pipeline

    settings = Settings(local_root=tmp_path / "store")
    store = open_store(settings)
    store.ensure_buckets(settings.bucket_names())
    put_sample(store, settings, ZIP_SAMPLE)
    put_sample(store, settings, FOLDER_SAMPLE)
    original = Pipeline.extract

    audit = next(s for s in samples() if s.name == FOLDER_SAMPLE).path / "audit_conclusion.pdf"

    def broken_for_folder(self, file, kept=None):
        if file.data == audit.read_bytes():
            raise RuntimeError("simulated bug in extraction")
        return original(self, file, kept)

    monkeypatch.setattr(Pipeline, "extract", broken_for_folder)

    results = {r.bundle: r for r in intake_flow(settings)}

    assert results[f"{ZIP_SAMPLE}.zip"].status == "processed"
    quarantined = results[f"{FOLDER_SAMPLE}/"]
    assert quarantined.status == "quarantined"
    reason = json.loads(store.get(settings.bucket_quarantine, quarantined.detail + "reason.json"))
    assert "simulated bug in extraction" in reason["reason"]
    assert b"simulated bug" in store.get(settings.bucket_quarantine, quarantined.detail + "reason.txt")
    # Nothing lost: every object is in quarantine byte for byte, and the inbox is empty.
    sample = next(s for s in samples() if s.name == FOLDER_SAMPLE).path
    for path in sample.iterdir():
        key = f"{quarantined.detail}bundle/{FOLDER_SAMPLE.split('/')[0]}/{sample.name}/{path.name}"
        assert store.get(settings.bucket_quarantine, key) == path.read_bytes()
    assert list(store.list(settings.bucket_inbox)) == []


@pytest.mark.slow
def test_bundles_are_processed_side_by_side_as_runs_within_the_intake_run(prefect, tmp_path, monkeypatch):
    from trustlist.compose.process import Pipeline

    settings = Settings(local_root=tmp_path / "store", bundles_at_once=2)
    store = open_store(settings)
    store.ensure_buckets(settings.bucket_names())
    put_sample(store, settings, ZIP_SAMPLE)
    put_sample(store, settings, FOLDER_SAMPLE)
    # Each bundle waits in its extract step until the other one is there too: bundles
    # processed one after the other never meet, and the barrier breaks after its timeout.
    meeting = threading.Barrier(2, timeout=30)
    original = Pipeline.extract_each

    def meet_then_extract(self, files, kept=None):
        meeting.wait()
        yield from original(self, files, kept)

    monkeypatch.setattr(Pipeline, "extract_each", meet_then_extract)

    state = intake_flow(settings, return_state=True)

    assert [r.status for r in state.result()] == ["processed", "processed"]
    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(
            flow_run_filter=FlowRunFilter(
                parent_flow_run_id=FlowRunFilterParentFlowRunId(any_=[state.state_details.flow_run_id])
            )
        )
    # Shown in the UI as the intake run's sub-flows, as when they ran one by one.
    assert sorted(r.name for r in runs) == sorted([ZIP_SAMPLE, FOLDER_SAMPLE])
