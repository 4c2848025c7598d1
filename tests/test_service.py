"""The intake as a service: leases, concurrent workers, SIGKILL, and an S3 outage.

The lease logic first, with a fake clock on both storage backends. Then real processes:
workers are ``python -m tests.worker_main`` (intake passes in a loop, as the served
deployment runs them; started and counted by tests/workers.py) against moto's S3 server over
HTTP, all reporting to one Prefect server started here, the way production workers share the
compose file's Prefect server. Run with ``-s`` to see the measured times and counts.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sample_docs.evaluate import samples
from tests.workers import (
    Worker,
    archived_sources,
    end_group,
    explain,
    inbox_key,
    prefect_server,
    processed,
    put_bundle,
    reports_by_sha,
    running,
    sample_of,
    tally,
    wait_until,
    warm_up,
)
from trustlist.core.errors import StorageError
from trustlist.core.keys import LEASE_PREFIX, PROCESSED, archive_prefix, lease_key, lease_prefix
from trustlist.core.report import Report
from trustlist.core.settings import Settings
from trustlist.intake import inbox, lease
from trustlist.intake.lease import Lease
from trustlist.intake.storage import LocalStore, ObjectStore, open_store

SHA = "ab" * 32
T0 = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)

# Text-layer bundles of six different applications (zips and folders): fast to process.
TEXT_BUNDLES = [
    "education/20-zerde-audit-truncated",
    "energy/18-ertis-audit-password",
    "education/26-sana-literary-work",
    "energy/24-zhasyl-audit-other-owner",
    "finance/28-sarapshy-self-audit",
    "transport/23-turan-certificate-other-holder",
    # Enough work that a worker whose pass (a Prefect flow run) starts late on a loaded
    # machine still finds bundles left to go for.
    "health/01-datasapa-complete",
    "finance/22-nur-invest-audit-other-version",
    "finance/32-dala-data-name-spellings",
]
SCANNED = "finance/02-qarjy-scanned-complete"  # three scans: seconds of OCR to be killed in
ONE_SCAN = "finance/12-sapa-kredit-other-system"  # one scan among text-layer documents
ONE_MORE_TEXT = "transport/30-kaspiy-port-licence-expired"


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


# --- the lease, with a fake clock ----------------------------------------------------------


@pytest.fixture(params=["local", "minio"])
def store_and_bucket(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[ObjectStore, str]:
    settings = (
        Settings(local_root=tmp_path / "store")
        if request.param == "local"
        else request.getfixturevalue("s3_settings")
    )
    store = open_store(settings)
    store.ensure_buckets([settings.bucket_archive])
    return store, settings.bucket_archive


def history(store: ObjectStore, bucket: str, sha: str = SHA) -> list[tuple[int, str, bool]]:
    keys = [i.key for i in store.list(bucket, lease_prefix(sha))]
    records = [Lease.model_validate_json(store.get(bucket, k)) for k in keys]
    return [(r.generation, r.owner, r.released) for r in records]


def test_a_held_lease_excludes_others_until_released(store_and_bucket):
    store, bucket = store_and_bucket
    mine = lease.claim(store, bucket, SHA, "a", 600, at(0))
    assert mine is not None and mine.generation == 1
    assert lease.claim(store, bucket, SHA, "b", 600, at(599)) is None
    # With more than half the TTL left, keeping it writes nothing.
    assert lease.keep(store, bucket, mine, 600, at(100)) == mine
    assert lease.release(store, bucket, mine, at(120))
    theirs = lease.claim(store, bucket, SHA, "b", 600, at(121))
    assert theirs is not None and theirs.generation == 3
    assert history(store, bucket) == [(1, "a", False), (2, "a", True), (3, "b", False)]
    # Releasing a lease that is no longer ours writes nothing.
    assert not lease.release(store, bucket, mine, at(130))
    assert len(history(store, bucket)) == 3


class BarrierStore:
    """A real store whose ``list`` waits until every racing claimant has listed: all of
    them then see the same expired lease before any of them writes."""

    def __init__(self, store: ObjectStore, parties: int) -> None:
        self._store = store
        self._barrier = threading.Barrier(parties, timeout=30)

    def list(self, bucket: str, prefix: str = "") -> Iterator:
        found = list(self._store.list(bucket, prefix))
        self._barrier.wait()
        return iter(found)

    def __getattr__(self, name: str):
        return getattr(self._store, name)


def test_an_expired_lease_is_taken_over_by_exactly_one_of_racing_workers(store_and_bucket):
    store, bucket = store_and_bucket
    crashed = lease.claim(store, bucket, SHA, "crashed", 10, at(0))
    racers = ["b", "c", "d"]
    racing = BarrierStore(store, len(racers))
    won: dict[str, Lease | None] = {}

    def race(owner: str) -> None:
        won[owner] = lease.claim(racing, bucket, SHA, owner, 10, at(11))

    threads = [threading.Thread(target=race, args=(owner,)) for owner in racers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    winners = [owner for owner, got in won.items() if got is not None]
    assert len(won) == 3 and len(winners) == 1
    assert history(store, bucket) == [(1, "crashed", False), (2, winners[0], False)]
    # The old holder, should it wake up, can neither renew nor release the bundle away.
    assert lease.renew(store, bucket, crashed, 10, at(12)) is None
    assert not lease.release(store, bucket, crashed, at(12))
    assert len(history(store, bucket)) == 2


def test_renewing_keeps_a_slow_holder_ahead_of_expiry(store_and_bucket):
    store, bucket = store_and_bucket
    slow = lease.claim(store, bucket, SHA, "slow", 10, at(0))
    assert lease.keep(store, bucket, slow, 10, at(4)) == slow  # 6 s left: nothing to do
    renewed = lease.keep(store, bucket, slow, 10, at(6))  # 4 s left: renewed
    assert renewed is not None and renewed.generation == 2 and renewed.expires_at == at(16)
    assert lease.claim(store, bucket, SHA, "other", 10, at(12)) is None  # expired but for the renewal
    taken = lease.claim(store, bucket, SHA, "other", 10, at(16))
    assert taken is not None and taken.generation == 3
    assert lease.keep(store, bucket, renewed, 10, at(17)) is None


def test_a_worker_takes_back_its_own_lease_left_by_a_failed_run(store_and_bucket):
    store, bucket = store_and_bucket
    assert lease.claim(store, bucket, SHA, "w1", 600, at(0)) is not None
    # Its release failed (storage was down): the same process may go on at its next poll,
    # anybody else waits for the expiry.
    assert lease.claim(store, bucket, SHA, "w2", 600, at(30)) is None
    again = lease.claim(store, bucket, SHA, "w1", 600, at(30))
    assert again is not None and again.generation == 2


def test_a_retried_write_whose_answer_was_lost_is_recognised_as_ours(store_and_bucket):
    store, bucket = store_and_bucket
    mine = lease.claim(store, bucket, SHA, "a", 10, at(0))
    first = lease.renew(store, bucket, mine, 10, at(6))
    # The same request again (its first answer lost on the network): the existing
    # generation carries our token, so it is ours, not a takeover.
    assert lease.renew(store, bucket, mine, 10, at(6)) == first
    stranger = mine.model_copy(update={"token": "someone-else", "owner": "b"})
    assert lease.renew(store, bucket, stranger, 10, at(6)) is None
    assert [g for g, _, _ in history(store, bucket)] == [1, 2]


@pytest.mark.parametrize(
    "record",
    [b"", b"\x00\xff not json", b'{"sha256": "x"}', json.dumps({"generation": "many"}).encode()],
)
def test_a_corrupt_lease_record_is_a_storage_error_not_a_free_bundle(tmp_path, record):
    store = LocalStore(tmp_path)
    store.ensure_buckets(["archive"])
    store.put("archive", lease_key(SHA, 1), record)
    with pytest.raises(StorageError, match="not valid"):
        lease.claim(store, "archive", SHA, "a", 600, at(0))


def test_local_store_publishes_leases_with_link_so_one_racer_wins(tmp_path):
    store = LocalStore(tmp_path)
    store.ensure_buckets(["archive"])
    results: list[Lease | None] = []
    racers = [
        threading.Thread(target=lambda o=o: results.append(lease.claim(store, "archive", SHA, o, 600, at(0))))
        for o in "abcdefgh"
    ]
    for thread in racers:
        thread.start()
    for thread in racers:
        thread.join(60)
    assert sum(r is not None for r in results) == 1
    assert len(history(store, "archive")) == 1


# --- the steps around the lease, without Prefect ----------------------------------------------


@pytest.fixture
def local(tmp_path: Path) -> tuple[ObjectStore, Settings]:
    settings = Settings(local_root=tmp_path / "store")
    store = open_store(settings)
    store.ensure_buckets(settings.bucket_names())
    return store, settings


def test_a_bundle_counts_as_unchanged_only_while_its_listed_objects_are_all_there(local):
    store, settings = local
    put_bundle(store, settings, ONE_MORE_TEXT)
    [item] = inbox.list_inbox(store, settings)
    assert inbox.unchanged(store, item, settings)
    # Uploaded again after the listing (a later time than the listing saw).
    path = store.root / settings.bucket_inbox / item.objects[0]
    later = item.landed_at.timestamp() + 5
    os.utime(path, (later, later))
    assert not inbox.unchanged(store, item, settings)
    # Finished and removed by another worker.
    inbox.remove(store, item, settings)
    assert not inbox.unchanged(store, item, settings)


class CompetingStore:
    """A real store on which another bundle's report lands right after this worker listed
    the reports: the race between two bundles of one application for a revision number."""

    def __init__(self, store: ObjectStore, bucket: str, key: str, data: bytes) -> None:
        self._store, self._competitor = store, (bucket, key, data)

    def list(self, bucket: str, prefix: str = "") -> Iterator:
        found = list(self._store.list(bucket, prefix))
        if bucket == self._competitor[0]:
            self._store.put_if_absent(*self._competitor)
        return iter(found)

    def __getattr__(self, name: str):
        return getattr(self._store, name)


def test_a_redone_report_keeps_its_revision_and_a_racing_bundle_is_not_overwritten(local):
    from trustlist.compose.process import Pipeline
    from trustlist.extractors.pageimages import PageImages
    from trustlist.flows.process import write_report

    store, settings = local
    put_bundle(store, settings, ONE_MORE_TEXT)
    [item] = inbox.list_inbox(store, settings)
    bundle = inbox.load(store, item, settings)
    pipeline = Pipeline(settings)
    documents = [d for f in bundle.files for d in pipeline.extract(f)]
    checks = pipeline.validate(bundle, documents)

    first, key = write_report.fn(store, pipeline, item, bundle, documents, checks, PageImages())
    # The same bundle again (a retry after its answer was lost, or a worker taking over
    # after a crash between the report and the marker): the same revision, rewritten.
    again, key_again = write_report.fn(store, pipeline, item, bundle, documents, checks, PageImages())
    assert (key_again, again.revision) == (key, 1)
    assert reports_by_sha(store, settings) == {bundle.sha256: 1}

    # Another bundle of the same application whose r2 is taken between listing and writing:
    # refused (the task's retry renumbers it), the competitor's report left as it was.
    other = bundle.model_copy(update={"sha256": "c" * 64})
    their_bundle = first.bundle.model_copy(update={"sha256": "d" * 64})
    competitor = first.model_copy(update={"revision": 2, "bundle": their_bundle}).model_dump_json().encode()
    r2 = key.replace("/r1/", "/r2/")
    racing = CompetingStore(store, settings.bucket_reports, r2, competitor)
    with pytest.raises(StorageError, match="written for another bundle"):
        write_report.fn(racing, pipeline, item, other, documents, checks, PageImages())
    assert store.get(settings.bucket_reports, r2) == competitor
    retried, retried_key = write_report.fn(store, pipeline, item, other, documents, checks, PageImages())
    assert retried.revision == 3 and retried.changes_since_previous.previous_revision == 2
    assert reports_by_sha(store, settings) == {bundle.sha256: 1, "d" * 64: 1, "c" * 64: 1}


# --- real processes ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def prefect_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with prefect_server(tmp_path_factory.mktemp("prefect-server")) as server:
        yield server.url


def assert_exactly_once(store: ObjectStore, settings: Settings, inbox_keys: list[str]) -> dict[str, int]:
    sources = archived_sources(store, settings)
    assert sorted(sources) == sorted(inbox_keys)
    reports = reports_by_sha(store, settings)
    assert sorted(reports) == sorted(sources.values())
    for key, sha in sources.items():
        assert reports[sha] == 1, f"{key}: {reports[sha]} report revisions"
        marker = json.loads(store.get(settings.bucket_archive, archive_prefix(sha) + PROCESSED))
        report = Report.model_validate_json(store.get(settings.bucket_reports, marker["report"]))
        assert report.bundle.sha256 == sha and report.revision == 1
        expected = next(s for s in samples() if inbox_key(s) == key)
        assert report.outcome == expected.expected["outcome"]
        assert lease_records(store, settings, sha)[-1].released
    assert list(store.list(settings.bucket_inbox)) == []
    assert list(store.list(settings.bucket_quarantine)) == []
    counts = tally(store, settings, inbox_keys)
    assert counts == {"processed": len(inbox_keys), "lost": 0, "duplicated": 0}
    return counts


def lease_records(store: ObjectStore, settings: Settings, sha: str) -> list[Lease]:
    return [
        Lease.model_validate_json(store.get(settings.bucket_archive, i.key))
        for i in store.list(settings.bucket_archive, lease_prefix(sha))
    ]


def owned_by(record: Lease, worker: Worker) -> bool:
    return f"/{worker.proc.pid}/" in record.owner


@pytest.fixture
def s3(s3_settings: Settings) -> tuple[ObjectStore, Settings]:
    """Direct access to moto for the test (workers may go through a proxy), and worker settings."""
    store = open_store(s3_settings)
    store.ensure_buckets(s3_settings.bucket_names())
    return store, s3_settings.model_copy(update={"poll_interval_s": 1})


# --- two workers, one inbox ----------------------------------------------------------------


@pytest.mark.slow
def test_two_concurrent_workers_process_each_bundle_exactly_once(prefect_api, s3, tmp_path):
    store, settings = s3
    workers = [Worker.start(name, tmp_path, settings, prefect_api) for name in ("a", "b")]
    with running(workers):
        warm_up(store, settings, workers)  # so that they compete for the bundles
        keys = [put_bundle(store, settings, name) for name in TEXT_BUNDLES]
        started = time.monotonic()
        # Every bundle processed (or quarantined, which the checks below would catch).
        wait_until(
            lambda: not any(store.list(settings.bucket_inbox)),
            "an empty inbox",
            explain(store, settings, workers),
        )
        elapsed = time.monotonic() - started

    counts = assert_exactly_once(store, settings, keys)
    results = {w.name: [r for r in w.results() if r["bundle"] in keys] for w in workers}
    taken = {name: [r["bundle"] for r in rs if r["status"] == "processed"] for name, rs in results.items()}
    others = {
        name: Counter(r["status"] for r in rs if r["status"] != "processed") for name, rs in results.items()
    }
    # Every bundle reported processed by exactly one worker, and both went for the bundles.
    assert sorted(taken["a"] + taken["b"]) == sorted(keys)
    assert all(results.values())
    print(
        f"\n[two workers] {len(keys)} bundles in {elapsed:.1f} s: worker a processed {len(taken['a'])}, "
        f"b {len(taken['b'])}; other outcomes a={dict(others['a'])} b={dict(others['b'])}; {counts}"
    )


# --- SIGKILL in the middle of a bundle ---------------------------------------------------------


@pytest.mark.slow
def test_a_worker_killed_mid_bundle_is_taken_over_after_its_lease_expires(prefect_api, s3, tmp_path):
    store, settings = s3
    # A short lease, so that the takeover comes within the test; renewed between documents.
    settings = settings.model_copy(update={"lease_ttl_s": 8.0})
    key = put_bundle(store, settings, SCANNED)
    first = Worker.start("first", tmp_path, settings, prefect_api)
    try:
        # Archived means claimed and now extracting: seconds of OCR ahead, nothing written yet.
        sha = wait_until(
            lambda: archived_sources(store, settings).get(key),
            "the archive copy",
            explain(store, settings, [first]),
            every_s=0.05,
        )
        os.kill(first.proc.pid, signal.SIGKILL)
        killed_at = time.monotonic()
        assert first.proc.wait(30) == -signal.SIGKILL
    finally:
        end_group(first.proc)  # its tesseract children, if any were running

    sample = sample_of(SCANNED).path
    inbox_keys = sorted(i.key for i in store.list(settings.bucket_inbox))
    assert inbox_keys == sorted(key + p.name for p in sample.iterdir())
    assert not processed(store, settings, sha)
    assert reports_by_sha(store, settings)[sha] == 0
    [crashed] = lease_records(store, settings, sha)[-1:]
    assert owned_by(crashed, first) and not crashed.released

    second = Worker.start("second", tmp_path, settings, prefect_api)
    with running([second]):
        wait_until(
            lambda: processed(store, settings, sha), "the takeover", explain(store, settings, [second])
        )
        recovery = time.monotonic() - killed_at
        wait_until(
            lambda: not any(store.list(settings.bucket_inbox)),
            "the inbox emptied",
            explain(store, settings, [second]),
        )

    counts = assert_exactly_once(store, settings, [key])
    records = lease_records(store, settings, sha)
    takeover = next(r for r in records if owned_by(r, second))
    # Taken over only once the killed worker's lease had expired, by one new generation.
    assert takeover.generation == crashed.generation + 1 and takeover.written_at >= crashed.expires_at
    # Nothing lost: the archive holds every inbox object byte for byte.
    for object_key in inbox_keys:
        original = sample / object_key.removeprefix(key)
        assert store.get(settings.bucket_archive, f"{sha}/{object_key}") == original.read_bytes()
    statuses = [r["status"] for r in second.results()]
    generations = [(r.generation, "first" if owned_by(r, first) else "second", r.released) for r in records]
    print(
        f"\n[SIGKILL] killed mid-bundle; recovered in {recovery:.1f} s "
        f"(lease TTL {settings.lease_ttl_s:g} s); "
        f"new worker saw {statuses}; lease generations (number, holder, released) {generations}; "
        f"{counts}"
    )


# --- S3 outage -----------------------------------------------------------------------------------


class TcpProxy:
    """Forwards TCP between the workers and moto. Stopping it refuses new connections and
    cuts open ones: for the workers the S3 server is gone, though moto keeps its objects."""

    def __init__(self, target: str) -> None:
        host, port = target.rsplit(":", 1)
        self.target = (host, int(port))
        self.port = 0
        self._listener: socket.socket | None = None
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()

    @property
    def endpoint(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))  # the same port after a stop
        listener.listen(64)
        self.port = listener.getsockname()[1]
        with self._lock:
            self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        with self._lock:
            listener, self._listener = self._listener, None
            connections, self._open = self._open, set()
        for sock in [listener, *connections]:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)  # wakes the accept() and the pumps
            sock.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            with self._lock:
                if self._listener is not listener:  # stopped meanwhile
                    client.close()
                    upstream.close()
                    return
                self._open |= {client, upstream}
            for src, dst in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(src, dst), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := src.recv(65536):
                dst.sendall(data)
        for sock in (src, dst):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


@pytest.fixture
def proxy(s3_server) -> Iterator[TcpProxy]:
    proxy = TcpProxy(s3_server.endpoint)
    proxy.start()
    try:
        yield proxy
    finally:
        proxy.stop()


@pytest.mark.slow
def test_an_s3_outage_is_retried_through_or_fails_visibly_with_the_bundle_in_the_inbox(
    prefect_api, s3, proxy, tmp_path
):
    store, settings = s3
    # The worker reaches S3 through the proxy only; retries shortened so that the second
    # outage outlasts them within the test.
    worker_settings = settings.model_copy(
        update={"s3_endpoint": proxy.endpoint, "storage_retry_delays_s": [1.0, 2.0, 4.0]}
    )
    worker = Worker.start("w", tmp_path, worker_settings, prefect_api)
    seen = explain(store, settings, [worker])
    with running([worker]):
        # 1. A short outage right after the claim: the storage tasks retry with backoff and
        #    the run completes.
        short_key = put_bundle(store, settings, ONE_MORE_TEXT)
        wait_until(
            lambda: any(LEASE_PREFIX in i.key for i in store.list(settings.bucket_archive)),
            "the first claim",
            seen,
        )
        proxy.stop()
        cut = time.monotonic()
        wait_until(lambda: worker.retries() > 0, "a retry during the outage", seen)
        proxy.start()
        short_outage, restored = time.monotonic() - cut, time.monotonic()
        short_sha = wait_until(lambda: archived_sources(store, settings).get(short_key), "archive", seen)
        wait_until(lambda: processed(store, settings, short_sha), "the first bundle processed", seen)
        short_recovery = time.monotonic() - restored
        short_results = wait_until(
            lambda: [r["status"] for r in worker.results() if r["bundle"] == short_key],
            "its result",
            seen,
        )
        assert short_results == ["processed"]
        retries_short = worker.retries()

        # 2. An outage longer than the retries, cut while the documents are being read: the
        #    run fails visibly, with the bundle still whole in the inbox and nothing committed.
        long_key = put_bundle(store, settings, ONE_SCAN)
        long_sha = wait_until(lambda: archived_sources(store, settings).get(long_key), "archive", seen)
        proxy.stop()
        cut = time.monotonic()
        failed = wait_until(
            lambda: [r for r in worker.results() if r["bundle"] == long_key and r["status"] == "failed"],
            "the run to fail",
            seen,
        )
        objects_during = sorted(i.key for i in store.list(settings.bucket_inbox))
        marker_during = processed(store, settings, long_sha)
        reports_during = reports_by_sha(store, settings)[long_sha]
        proxy.start()
        long_outage, restored = time.monotonic() - cut, time.monotonic()
        wait_until(lambda: processed(store, settings, long_sha), "the second bundle processed", seen)
        long_recovery = time.monotonic() - restored
        wait_until(lambda: not any(store.list(settings.bucket_inbox)), "the inbox emptied", seen)

    assert proxy.endpoint in failed[0]["detail"]  # a storage failure, named as such
    sample = sample_of(ONE_SCAN).path
    assert objects_during == sorted(f"{long_key}{p.name}" for p in sample.iterdir())
    # The marker is the commit point: not written, so the inbox was not touched; and a
    # report, had one been written before the cut, is rewritten in place, not duplicated.
    assert not marker_during and reports_during <= 1
    counts = assert_exactly_once(store, settings, [short_key, long_key])
    print(
        f"\n[S3 outage] short outage {short_outage:.1f} s: {retries_short} task retries, completed "
        f"{short_recovery:.1f} s after S3 came back. Long outage {long_outage:.1f} s: run failed "
        f"visibly ({failed[0]['detail'][:80]}...), bundle whole in the inbox, marker {marker_during}, "
        f"reports {reports_during}; processed {long_recovery:.1f} s after S3 came back; "
        f"{worker.retries()} retries in all; {counts}"
    )
