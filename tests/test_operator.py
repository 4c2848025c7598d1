"""Operator tools (issue 6, items 5 and 6): quarantine list and retry, ``trustlist status``,
flow runs named after their bundle, and logs that never hold a full BIN/IIN or a credential."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import subprocess
import sys
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from prefect import flow, get_run_logger, task
from prefect.client.orchestration import get_client
from prefect.context import get_run_context
from prefect.testing.utilities import prefect_test_harness

from tests.prefect_logs import logs_for_the_api, messages_of_run
from trustlist.cli import main
from trustlist.compose.logs import (
    RUN_LOGGERS,
    MaskingFilter,
    bundle_run_name,
    mask_identifiers,
    setup_logging,
    write_prefect_logging_config,
)
from trustlist.core.errors import StorageError
from trustlist.core.identifiers import make_bin
from trustlist.core.keys import DECISIONS, record_key
from trustlist.core.settings import Settings
from trustlist.desk.registry import Decision
from trustlist.desk.status import collect, render
from trustlist.flows.process import process_bundle
from trustlist.intake import inbox
from trustlist.intake.inbox import InboxItem
from trustlist.intake.lease import Lease
from trustlist.intake.quarantine import list_quarantined
from trustlist.intake.storage import open_store

REPO = Path(__file__).resolve().parent.parent
BIN = make_bin("12034000000")  # 5th digit 4: a BIN
IIN = make_bin("90010130000")  # 5th digit 1: an IIN
MASKED_BIN = f"{BIN[:4]}******{BIN[-2:]}"
MASKED_IIN = f"{IIN[:4]}******{IIN[-2:]}"
ACCESS_KEY = "trustlist-worker-7f3a"
SECRET_KEY = "wJalrXUtnFEMI-K7MDENG-bPxRfiCY"


# --- fixtures and helpers ---------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path, monkeypatch) -> Settings:
    # The CLI reads its settings from the environment: the same local store as the test's.
    monkeypatch.setenv("TRUSTLIST_STORAGE", "local")
    monkeypatch.setenv("TRUSTLIST_LOCAL_ROOT", str(tmp_path / "store"))
    settings = Settings(storage="local", local_root=tmp_path / "store")
    open_store(settings).ensure_buckets(settings.bucket_names())
    return settings


@pytest.fixture(autouse=True)
def restore_logging():
    """setup_logging changes process-wide state; every test leaves it as it found it."""
    loggers = [logging.getLogger(), *(logging.getLogger(name) for name in RUN_LOGGERS)]
    saved = [(lg, lg.handlers[:], lg.filters[:]) for lg in loggers]
    handler_filters = [(h, h.filters[:]) for h in logging.getLogger().handlers]
    yield
    for lg, handlers, filters in saved:
        lg.handlers[:] = handlers
        lg.filters[:] = filters
    for handler, filters in handler_filters:
        handler.filters[:] = filters


def drop(store, settings: Settings, files: dict[str, bytes]) -> None:
    """Objects into the inbox in the given order (a folder's manifest last, as agencies do)."""
    for key, data in files.items():
        store.put(settings.bucket_inbox, key, data)


def folder_files(prefix: str, documents: dict[str, bytes]) -> dict[str, bytes]:
    listed = [{"name": name, "sha256": hashlib.sha256(data).hexdigest()} for name, data in documents.items()]
    manifest = json.dumps({"files": listed}).encode()
    return {**{prefix + name: data for name, data in documents.items()}, prefix + "manifest.json": manifest}


def quarantine_key(store, settings: Settings, key: str, reason: str) -> str:
    item = next(i for i in inbox.list_inbox(store, settings) if i.key == key)
    return inbox.quarantine(store, item, reason, settings).rstrip("/")


def inbox_objects(store, settings: Settings) -> dict[str, bytes]:
    return {i.key: store.get(settings.bucket_inbox, i.key) for i in store.list(settings.bucket_inbox)}


def clone_entry(store, settings: Settings, entry_id: str, stamp: str) -> str:
    """The same bundle quarantined again at another time (inbox.quarantine stamps to the second)."""
    clone = entry_id.rsplit("@", 1)[0] + "@" + stamp
    for info in store.list(settings.bucket_quarantine, entry_id + "/"):
        store.copy(
            settings.bucket_quarantine,
            info.key,
            settings.bucket_quarantine,
            clone + info.key[len(entry_id) :],
        )
    return clone


ZIP = "health/datasapa.zip"
ZIP_BYTES = b"PK\x03\x04 not really a zip, which is why it was quarantined"
FOLDER = "finance/kredit/"
# A file named like a quarantine record inside the bundle must stay a file of the bundle.
FOLDER_FILES = folder_files(
    FOLDER, {"application.json": b'{"type": "application"}', "nested/reason.json": b'{"reason": "decoy"}'}
)
REASON = "processing failed: ValueError: cannot read page 3\nTraceback (most recent call last):\n  ..."


# --- quarantine list / retry ----------------------------------------------------------------------


def test_list_prints_each_entry_with_time_and_first_reason_line(settings, capsys):
    store = open_store(settings)
    drop(store, settings, {ZIP: ZIP_BYTES, **FOLDER_FILES})
    zip_id = quarantine_key(store, settings, ZIP, REASON)
    folder_id = quarantine_key(store, settings, FOLDER, "manifest unreadable")

    assert main(["quarantine", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()

    assert sorted(line.split("\t")[0] for line in lines) == sorted([zip_id, folder_id])
    by_id = {line.split("\t")[0]: line.split("\t") for line in lines}
    assert by_id[zip_id][2] == "processing failed: ValueError: cannot read page 3"
    assert by_id[folder_id][2] == "manifest unreadable"
    assert datetime.fromisoformat(by_id[zip_id][1]).tzinfo is not None
    assert zip_id.startswith("health/datasapa.zip@") and folder_id.startswith("finance/kredit@")
    assert "Traceback" not in "\n".join(lines)


def test_retry_puts_the_originals_back_for_the_next_intake(settings, capsys):
    store = open_store(settings)
    drop(store, settings, FOLDER_FILES)
    item = inbox.list_inbox(store, settings)[0]
    before = inbox.load(store, item, settings)
    entry_id = quarantine_key(store, settings, FOLDER, REASON)
    assert inbox_objects(store, settings) == {}

    # Named as the operator would type it, without the folder's slash.
    assert main(["quarantine", "retry", "finance/kredit"]) == 0
    assert entry_id in capsys.readouterr().out

    assert inbox_objects(store, settings) == FOLDER_FILES
    again = inbox.list_inbox(store, settings)
    assert [i.key for i in again] == [FOLDER]
    reloaded = inbox.load(store, again[0], settings)
    assert reloaded is not None and reloaded.sha256 == before.sha256  # ready, the same bundle
    # Never deleted from quarantine; the retry is recorded beside the reason.
    for key, data in FOLDER_FILES.items():
        assert store.get(settings.bucket_quarantine, f"{entry_id}/bundle/{key}") == data
    retried = json.loads(store.get(settings.bucket_quarantine, f"{entry_id}/retried.json"))
    assert retried["inbox_key"] == FOLDER
    assert [sorted(r["objects"]) for r in retried["retries"]] == [sorted(FOLDER_FILES)]
    assert retried["retries"][0]["objects"][-1] == FOLDER + "manifest.json"  # manifest written last

    assert main(["quarantine", "list"]) == 0
    assert "retried 1x" in capsys.readouterr().out


def test_retry_refuses_to_overwrite_a_newer_upload(settings, capsys):
    store = open_store(settings)
    drop(store, settings, {ZIP: ZIP_BYTES})
    entry_id = quarantine_key(store, settings, ZIP, REASON)
    drop(store, settings, {ZIP: b"the agency's corrected bundle"})

    assert main(["quarantine", "retry", ZIP]) == 2
    err = capsys.readouterr().err
    assert ZIP in err and "never overwritten" in err

    assert inbox_objects(store, settings) == {ZIP: b"the agency's corrected bundle"}
    assert not store.exists(settings.bucket_quarantine, f"{entry_id}/retried.json")


def test_retry_all_sends_back_each_bundle_once(settings, capsys):
    store = open_store(settings)
    drop(store, settings, {ZIP: ZIP_BYTES, **FOLDER_FILES})
    zip_id = quarantine_key(store, settings, ZIP, REASON)
    folder_id = quarantine_key(store, settings, FOLDER, REASON)
    older_zip_id = clone_entry(store, settings, zip_id, "20200101T000000Z")
    assert main(["quarantine", "retry", folder_id]) == 0
    for key in FOLDER_FILES:  # processed by the next intake, it leaves the inbox
        store.delete(settings.bucket_inbox, key)
    capsys.readouterr()

    # The folder was retried already; of the zip's two entries only the newest goes back.
    assert main(["quarantine", "retry", "--all"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in out] == [zip_id]
    assert inbox_objects(store, settings) == {ZIP: ZIP_BYTES}
    assert not store.exists(settings.bucket_quarantine, f"{older_zip_id}/retried.json")

    assert main(["quarantine", "retry", "--all"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "nothing to retry" in captured.err


def test_hostile_quarantine_records_are_listed_but_never_retried(settings, capsys):
    store = open_store(settings)
    q = settings.bucket_quarantine

    def record(entry_id: str, body: bytes) -> None:
        store.put(q, f"{entry_id}/reason.json", body)

    record("health/broken.zip@20260101T000000Z", b"\xff\xfe{ not json")
    record("health/list.zip@20260101T000001Z", b'["a", "list"]')
    # A reason.json naming another bundle's key: a retry would write somewhere it must not.
    record(
        "health/escape.zip@20260101T000002Z",
        json.dumps(
            {
                "inbox_key": "health/escape.zip",
                "reason": "x",
                "quarantined_at": "x",
                "objects": ["finance/other.zip"],
            }
        ).encode(),
    )
    store.put(q, "health/escape.zip@20260101T000002Z/bundle/finance/other.zip", b"planted")
    record(
        "health/empty.zip@20260101T000003Z",
        json.dumps(
            {"inbox_key": "health/empty.zip", "reason": "", "quarantined_at": "x", "objects": []}
        ).encode(),
    )
    # A well-formed record whose quarantined copy has gone.
    record(
        "health/gone.zip@20260101T000004Z",
        json.dumps(
            {
                "inbox_key": "health/gone.zip",
                "reason": "r",
                "quarantined_at": "x",
                "objects": ["health/gone.zip"],
            }
        ).encode(),
    )
    # Not entries: a reason.json deeper in a bundle, one without a stamp.
    store.put(q, "health/x.zip@20260101T000005Z/bundle/health/y@20260101T000000Z/reason.json", b"{}")
    store.put(q, "health/unstamped/reason.json", b"{}")

    entries = list_quarantined(store, settings)
    assert [e.id.split("@")[0] for e in entries] == [
        "health/broken.zip",
        "health/list.zip",
        "health/escape.zip",
        "health/empty.zip",
        "health/gone.zip",
    ]
    assert [e.problem is not None for e in entries] == [True, True, True, True, False]
    assert "outside the bundle" in entries[2].problem

    assert main(["quarantine", "list"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 5
    for entry in entries:
        assert main(["quarantine", "retry", entry.id]) == 2
        assert entry.id in capsys.readouterr().err
    assert main(["quarantine", "retry", "health/no-such.zip"]) == 2
    assert "no quarantined bundle" in capsys.readouterr().err
    assert inbox_objects(store, settings) == {}
    assert not [i.key for i in store.list(q) if i.key.endswith("retried.json")]


# --- status -------------------------------------------------------------------------------------

TODAY = date(2026, 3, 17)  # a Tuesday; SPEC §6: received 2 March, due 17 March
NOW = datetime(2026, 3, 17, 4, 0, tzinfo=UTC)  # 09:00 in Almaty


def report(agency: str, application: str, revision: int, received: str, due: str) -> bytes:
    # The fields status reads; the rest of a report is ignored by it.
    return json.dumps(
        {
            "schema_version": "1",
            "application_id": application,
            "revision": revision,
            "agency": agency,
            "outcome": "incomplete",
            "deadlines": {"received": received, "review_due": due},
        }
    ).encode()


def source(inbox_key: str) -> bytes:
    return json.dumps({"inbox_key": inbox_key, "agency": "health", "received_at": NOW.isoformat()}).encode()


def lease_record(digit: str, generation: int, ttl_s: float = 600, released: bool = False) -> dict[str, bytes]:
    held = Lease(
        sha256=digit * 64,
        generation=generation,
        owner="worker-1/4242/abcd",
        token="t" + digit,
        written_at=NOW,
        expires_at=NOW + timedelta(seconds=ttl_s),
        released=released,
    )
    return {held.key().split("/", 1)[1]: held.model_dump_json().encode()}


def decide(store, settings: Settings, agency: str, application: str, revision: int, decision: str) -> None:
    """A decision record as the registry keeps it; these reports are only what status reads,
    so the record is written as it would be, not through the acceptance rules."""
    reasons = ["FLD-01: the audit conclusion has no number"] if decision == "return" else []
    record = Decision(
        agency=agency,
        application_id=application,
        revision=revision,
        decision=decision,
        reasons=reasons,
        reviewer="reviewer-1",
        decided_at=NOW,
    )
    key = record_key(DECISIONS, agency, application, NOW, uuid.uuid4().hex)
    store.put(settings.bucket_registry, key, record.model_dump_json().encode())


def fill_status_store(store, settings: Settings) -> None:
    drop(store, settings, {"finance/q.zip": b"PK broken"})
    quarantine_key(store, settings, "finance/q.zip", "processing failed: boom\nsecond line")
    drop(store, settings, {"health/a.zip": b"PK a"})
    drop(store, settings, folder_files("health/b/", {"app.json": b"{}"}))
    drop(store, settings, {"health/c/app.json": b"{}"})  # no manifest: not ready
    missing = folder_files("health/d/", {"app.json": b"{}", "audit.pdf": b"%PDF"})
    del missing["health/d/audit.pdf"]  # listed, still uploading
    drop(store, settings, missing)
    drop(store, settings, {"health/e/app.json": b"{}", "health/e/manifest.json": b"{broken"})

    a = settings.bucket_archive
    for sha, objects in {
        # A worker holds the lease and archived the bundle: in progress.
        "1" * 64: {"health/a.zip": b"PK a", "source.json": source("health/a.zip"), **lease_record("1", 1)},
        # Claimed a moment ago, nothing archived yet: in progress too.
        "5" * 64: lease_record("5", 1),
        "2" * 64: {"health/old.zip": b"", "source.json": source("health/old.zip"), "processed.json": b"{}"},
        # Archived, lease released (a storage outage), still in the inbox: interrupted.
        "4" * 64: {
            "health/b/app.json": b"{}",
            "source.json": source("health/b/"),
            **lease_record("4", 1),
            **lease_record("4", 2, released=True),
        },
        # Archived, lease expired, gone from the inbox without a report: stopped.
        "3" * 64: {
            "health/z.zip": b"",
            "source.json": source("health/z.zip"),
            **lease_record("3", 1, ttl_s=-60),
        },
        # Claimed and let go with nothing archived: nothing in flight.
        "6" * 64: {**lease_record("6", 1), **lease_record("6", 2, released=True)},
    }.items():
        for key, data in objects.items():
            store.put(a, f"{sha}/{key}", data)

    r = settings.bucket_reports
    store.put(r, "health/HLT-1/r1/report.json", report("health", "HLT-1", 1, "2026-02-19", "2026-03-05"))
    decide(store, settings, "health", "HLT-1", 1, "return")  # r1 returned; the resubmission awaits review
    store.put(r, "health/HLT-1/r2/report.json", report("health", "HLT-1", 2, "2026-03-12", "2026-03-19"))
    store.put(r, "health/HLT-2/r1/report.json", report("health", "HLT-2", 1, "2026-03-02", "2026-03-17"))
    # A decision record nobody can read: the deadline stays in view, and the record is named.
    store.put(settings.bucket_registry, "decisions/health/HLT-2/20260316T000000000000Z-x.json", b"{bad")
    store.put(r, "finance/FIN-8/r1/report.json", report("finance", "FIN-8", 1, "2026-03-02", "2026-03-16"))
    decide(store, settings, "finance", "FIN-8", 1, "accept")  # decided: no longer a deadline
    store.put(r, "finance/FIN-3/r1/report.json", report("finance", "FIN-3", 1, "2026-02-25", "2026-03-12"))
    store.put(r, "finance/FIN-4/r1/report.json", report("finance", "FIN-4", 1, "2026-03-11", "2026-03-26"))
    store.put(r, "energy/EN-5/r1/report.json", b"{not json")
    store.put(r, "energy/EN-6/r1/report.json", report("energy", "EN-6", 1, "2026-03-02", "17.03.2026"))
    store.put(r, "energy/EN-7/r1/report.html", b"<html>")


def test_status_reports_backlog_progress_quarantine_and_deadlines(settings):
    store = open_store(settings)
    fill_status_store(store, settings)

    status = collect(store, settings, now=NOW)

    assert status.today == TODAY
    assert status.inbox.waiting == ["health/a.zip", "health/b/", "health/e/"]
    assert status.inbox.not_ready == ["health/c/", "health/d/"]
    assert sorted((r.sha256[0], r.inbox_key, r.owner) for r in status.in_progress) == [
        ("1", "health/a.zip", "worker-1/4242/abcd"),
        ("5", None, "worker-1/4242/abcd"),
    ]
    assert [(r.sha256[0], r.inbox_key) for r in status.interrupted] == [("4", "health/b/")]
    assert [(r.sha256[0], r.inbox_key) for r in status.stopped] == [("3", "health/z.zip")]
    assert [(q.inbox_key, q.reason, q.retries) for q in status.quarantined] == [
        ("finance/q.zip", "processing failed: boom", 0)
    ]
    assert [
        (d.application_id, d.revision, d.review_due.isoformat(), d.working_days_left)
        for d in status.deadlines
    ] == [
        ("FIN-3", 1, "2026-03-12", -3),  # 13, 16, 17 March: three working days late
        ("HLT-2", 1, "2026-03-17", 0),
        ("HLT-1", 2, "2026-03-19", 2),  # the latest revision counts, not r1's past date
    ]
    assert len(status.problems) == 3
    assert sum(p.startswith("reports/energy/EN-") for p in status.problems) == 2
    assert any("decisions/health/HLT-2/" in p for p in status.problems)

    text = render(status)
    assert "Inbox: 3 bundle(s) waiting, 2 not ready yet" in text
    assert "In progress: 2" in text and "Quarantined: 1 (1 never retried)" in text
    assert "health/a.zip  sha256 111111111111" in text and "worker worker-1/4242/abcd" in text
    assert "Interrupted (still in the inbox, the next poll resumes them): 1" in text
    assert "finance/FIN-3 r1  due 2026-03-12  PAST by 3 working day(s)" in text
    assert "health/HLT-2 r1  due 2026-03-17  due TODAY" in text
    assert "health/HLT-1 r2  due 2026-03-19  2 working day(s) left" in text
    assert "FIN-4" not in text  # four working days left
    assert "FIN-8" not in text  # accepted

    # After the grace period a folder with files still missing is taken (and BND-02 reports them).
    late = collect(store, settings.model_copy(update={"folder_grace_s": 0}), now=datetime.now(UTC))
    assert late.inbox.not_ready == ["health/c/"]


def test_status_command_human_and_json(settings, capsys):
    store = open_store(settings)
    fill_status_store(store, settings)

    assert main(["status"]) == 0
    assert "Inbox: 3 bundle(s) waiting, 2 not ready yet" in capsys.readouterr().out
    assert main(["status", "--json"]) == 0
    raw = json.loads(capsys.readouterr().out)
    assert set(raw) >= {
        "today",
        "inbox",
        "in_progress",
        "interrupted",
        "stopped",
        "quarantined",
        "deadlines",
        "problems",
    }
    assert len(raw["inbox"]["waiting"]) == 3 and len(raw["quarantined"]) == 1


# --- flow run names -----------------------------------------------------------------------------------


def test_bundle_run_names():
    assert bundle_run_name("health", "datasapa.zip") == "health/datasapa"
    assert bundle_run_name("health", "datasapa") == "health/datasapa"
    assert bundle_run_name("health", f"{BIN}.ZIP") == f"health/{MASKED_BIN}"


# --- masked logs -------------------------------------------------------------------------------------


def emit_hostile_records(log: logging.Logger) -> None:
    log.warning(f"applicant BIN {BIN} has no audit conclusion")
    log.warning("signatory IIN %s, applicant %d", IIN, int(BIN))
    log.warning("printed with spaces: %s", f"{BIN[:3]} {BIN[3:6]} {BIN[6:9]} {BIN[9:]}")
    log.error("connecting with %s / %s", ACCESS_KEY, SECRET_KEY)
    log.warning("named after the applicant", extra={"flow_run_name": f"health/{IIN}"})
    log.warning("a log call short of arguments %s %s", BIN)
    try:
        raise StorageError(f"get s3://inbox/health/{BIN}.zip failed for IIN {IIN}")
    except StorageError:
        log.exception("storage failed for %s", IIN)


def assert_masked(text: str) -> None:
    for leak in (BIN, IIN, f"{BIN[:3]} {BIN[3:6]}", ACCESS_KEY, SECRET_KEY):
        assert leak not in text
    assert MASKED_BIN in text and MASKED_IIN in text and "[secret]" in text


def secret_settings(**changes) -> Settings:
    return Settings(s3_access_key=ACCESS_KEY, s3_secret_key=SECRET_KEY, **changes)


def test_every_secret_setting_is_masked():
    session = "web-session-secret-0123456789abcdef-xyz"
    mask = MaskingFilter.from_settings(secret_settings(web_session_secret=session))
    record = logging.LogRecord(
        "x", logging.WARNING, __file__, 1, "%s %s %s", (ACCESS_KEY, SECRET_KEY, session), None
    )
    mask.filter(record)
    assert record.getMessage() == "[secret] [secret] [secret]"


@pytest.mark.parametrize("log_format", ["plain", "json"])
def test_logs_never_hold_an_identifier_or_a_credential(log_format, caplog):
    stream = io.StringIO()
    setup_logging(secret_settings(log_format=log_format), stream=stream)

    emit_hostile_records(logging.getLogger("pipeline.test"))

    out = stream.getvalue()
    assert_masked(out)
    assert_masked(caplog.text)  # pytest's own handler on the root logger gets the filter too
    assert "Traceback" in out and "StorageError: get s3://inbox/health/" + MASKED_BIN in out
    assert "short of arguments" in out
    if log_format == "json":
        entries = [json.loads(line) for line in out.splitlines()]
        assert len(entries) == 7
        assert entries[4]["flow_run_name"] == f"health/{MASKED_IIN}"
        assert MASKED_IIN in entries[-1]["exception"] and entries[-1]["level"] == "ERROR"
    else:
        assert f"pipeline.test [health/{MASKED_IIN}]: named after the applicant" in out


def test_masking_keeps_other_numbers():
    text = "size 1234567890123 bytes at 2026-03-17 10:15:00, phone +7 701 234 56 78"
    assert mask_identifiers(text) == text
    assert mask_identifiers(f"hash a{BIN}f") == f"hash a{MASKED_BIN}f"


def test_cli_entry_point_installs_the_masking(settings, capsys, monkeypatch):
    monkeypatch.setenv("TRUSTLIST_S3_SECRET_KEY", SECRET_KEY)
    assert main(["quarantine", "list"]) == 0
    logging.getLogger("pipeline.test").warning("key %s for %s", SECRET_KEY, BIN)
    err = capsys.readouterr().err
    assert SECRET_KEY not in err and BIN not in err and f"[secret] for {MASKED_BIN}" in err


def test_flow_run_processes_mask_through_the_prefect_logging_config(tmp_path):
    config = write_prefect_logging_config(secret_settings(log_format="json"), tmp_path)
    assert SECRET_KEY not in config.read_text()  # the file names the filter, never the secrets
    code = (
        "import logging\n"
        "from prefect import flow  # noqa: F401 - what a flow-run process imports, with the flow\n"
        f"logging.getLogger('prefect.flow_runs').warning('BIN %s', '{BIN}')\n"
        f"logging.getLogger('pipeline.x').error('IIN {IIN} key {SECRET_KEY}')\n"
    )
    env = {
        **os.environ,
        "PREFECT_LOGGING_SETTINGS_PATH": str(config),
        "PREFECT_LOGGING_TO_API_ENABLED": "false",
        "TRUSTLIST_S3_SECRET_KEY": SECRET_KEY,
    }
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    entries = [json.loads(line) for line in done.stderr.splitlines()]
    assert [e["logger"] for e in entries] == ["prefect.flow_runs", "pipeline.x"]
    assert entries[0]["message"] == f"BIN {MASKED_BIN}"
    assert entries[1]["message"] == f"IIN {MASKED_IIN} key [secret]"


# --- under Prefect --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def prefect():
    with prefect_test_harness(server_startup_timeout=90):
        yield


@task
def probe_task() -> None:
    get_run_logger().warning("task sees IIN %s", IIN)


@flow(name="masking-probe")
def probe_flow() -> str:
    log = get_run_logger()
    log.warning("flow sees BIN %s", BIN)
    try:
        raise StorageError(f"cannot read s3://inbox/health/{IIN}.zip")
    except StorageError:
        log.exception("storage failed")
    probe_task()
    return str(get_run_context().flow_run.id)


@pytest.mark.slow
def test_prefect_run_logs_are_masked_on_console_and_in_the_api(prefect, caplog):
    stream = io.StringIO()
    setup_logging(secret_settings(log_format="json"), stream=stream)

    with logs_for_the_api() as sent:
        flow_run_id = probe_flow()

    run_records = [r for r in caplog.records if r.name in RUN_LOGGERS]
    assert {r.name for r in run_records} == set(RUN_LOGGERS)
    assert_no_identifier("\n".join(r.getMessage() + (r.exc_text or "") for r in run_records))
    assert_no_identifier(caplog.text)
    assert_no_identifier(stream.getvalue())
    assert MASKED_IIN in stream.getvalue()  # the traceback, and the task's message
    api_text = messages_of_run(sent, flow_run_id)
    assert f"flow sees BIN {MASKED_BIN}" in api_text and f"task sees IIN {MASKED_IIN}" in api_text, api_text
    assert_no_identifier(api_text)


def assert_no_identifier(text: str) -> None:
    assert BIN not in text and IIN not in text


@pytest.mark.slow
def test_process_bundle_run_is_named_after_its_bundle(prefect, settings):
    store = open_store(settings)
    key = f"health/{BIN}/application.json"  # an agency naming a folder by the applicant's BIN
    drop(store, settings, {key: b"{}"})
    item = InboxItem(f"health/{BIN}/", "health", BIN, "folder", (key,), datetime.now(UTC))

    state = process_bundle(item, settings, return_state=True)

    assert state.result().status == "not_ready"  # no manifest yet: left for the next poll
    with get_client(sync_client=True) as client:
        run = client.read_flow_run(state.state_details.flow_run_id)
    assert run.name == f"health/{MASKED_BIN}"
