"""Worker processes on one S3 inbox: start them, feed them sample bundles, count what they did.

Shared by tests/test_service.py (exactly once, SIGKILL, S3 outage) and benchmarks/scaleout.py
(throughput of one worker against two). A worker is ``python -m tests.worker_main``: intake
passes in a loop, as the served deployment runs them, with its settings from its environment,
reporting to one Prefect server started here, the way production workers share the compose
file's Prefect server.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import SecretStr

from sample_docs.evaluate import Sample, samples
from trustlist.core.keys import SOURCE
from trustlist.core.report import Report
from trustlist.core.settings import Settings
from trustlist.intake import inbox
from trustlist.intake.storage import ObjectStore

ROOT = Path(__file__).resolve().parent.parent
WAIT_S = 240  # generous bound for any single wait; normal runs take a fraction of it


def wait_until(
    check: Callable[[], object],
    what: str,
    logs: Callable[[], str] = str,
    every_s: float = 0.2,
    timeout_s: float = WAIT_S,
) -> object:
    # Checks are a few requests to moto, polled gently: the workers share the 2 cores.
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(every_s)
    raise AssertionError(f"timed out after {timeout_s:g} s waiting for {what}\n{logs()}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def end_group(proc: subprocess.Popen) -> None:
    """End a process started here in its own session, and whatever it started."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(30)


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@dataclass
class PrefectServer:
    url: str
    proc: subprocess.Popen


@contextlib.contextmanager
def prefect_server(home: Path) -> Iterator[PrefectServer]:
    """A Prefect server for every worker process (their embedded APIs would each cost a
    SQLite database and ~15 s of start-up on this machine), its state under ``home``."""
    port = free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
    }
    env.pop("PREFECT_API_URL", None)
    log = home / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(Path(sys.executable).parent / "prefect"), "server", "start", "--host", "127.0.0.1"]
            + ["--port", str(port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}/api"
    try:
        wait_until(
            lambda: proc.poll() is not None or healthy(url), "the Prefect server", lambda: log.read_text()
        )
        if proc.poll() is not None:
            raise AssertionError(f"the Prefect server stopped:\n{log.read_text()}")
        yield PrefectServer(url, proc)
    finally:
        end_group(proc)


def worker_env(settings: Settings, api_url: str, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRUSTLIST_")}
    env.update(
        PREFECT_API_URL=api_url,
        PREFECT_HOME=str(home),
        PREFECT_LOGGING_LEVEL="INFO",  # task retries are logged at INFO
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        OMP_THREAD_LIMIT="1",
    )
    for name, value in settings.model_dump().items():
        if value is None:
            continue
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        elif isinstance(value, list):
            value = json.dumps(value)
        env[f"TRUSTLIST_{name.upper()}"] = str(value)
    return env


@dataclass
class Worker:
    name: str
    proc: subprocess.Popen
    log: Path
    stop_file: Path

    @classmethod
    def start(cls, name: str, folder: Path, settings: Settings, api_url: str) -> Worker:
        home = folder / f"prefect-{name}"
        home.mkdir()
        log = folder / f"worker-{name}.log"
        with log.open("wb") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "tests.worker_main", str(folder / f"stop-{name}")],
                cwd=ROOT,
                env=worker_env(settings, api_url, home),
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its tesseract children die with it in end_group
            )
        return cls(name, proc, log, folder / f"stop-{name}")

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def lines(self, prefix: str) -> list[str]:
        return [line.removeprefix(prefix) for line in self.text().splitlines() if line.startswith(prefix)]

    def results(self) -> list[dict]:
        return [json.loads(line) for line in self.lines("RESULT ")]

    def retries(self) -> int:
        return len(re.findall(r"Retry \d+/\d+ will start", self.text()))

    def stop(self) -> None:
        """Ask it to finish its pass and exit; end it if it does not."""
        self.stop_file.touch()
        try:
            self.proc.wait(WAIT_S)
        finally:
            if self.proc.poll() is None:
                end_group(self.proc)


@contextlib.contextmanager
def running(workers: list[Worker]) -> Iterator[list[Worker]]:
    try:
        yield workers
    finally:
        for worker in workers:
            worker.stop()


def explain(store: ObjectStore, settings: Settings, workers: Iterable[Worker]) -> Callable[[], str]:
    """What a timed-out wait prints: the buckets as moto holds them, and the workers' logs."""

    def text() -> str:
        buckets = [settings.bucket_inbox, settings.bucket_archive, settings.bucket_quarantine]
        listing = {bucket: [i.key for i in store.list(bucket)] for bucket in buckets}
        logs = "\n".join(f"--- {w.name} ---\n{w.text()[-4000:]}" for w in workers)
        return f"{json.dumps(listing, indent=1)}\n{logs}"

    return text


def warm_up(store: ObjectStore, settings: Settings, workers: list[Worker]) -> None:
    """Returns once every worker has run a pass that found a bundle (a folder still being
    uploaded, then removed): a worker's first bundle run costs it a few seconds of Prefect
    set-up, which the bundles put in the inbox afterwards then do not wait for."""
    arriving = "health/arriving/application.pdf"
    store.put(settings.bucket_inbox, arriving, b"%PDF-1.7 still uploading")
    wait_until(
        lambda: all(any(r["status"] == "not_ready" for r in w.results()) for w in workers),
        "every worker",
        explain(store, settings, workers),
    )
    store.delete(settings.bucket_inbox, arriving)


def sample_of(name: str) -> Sample:
    return next(s for s in samples() if s.name == name)


def inbox_key(sample: Sample) -> str:
    agency = sample.name.split("/")[0]
    return f"{agency}/{sample.path.name}" + ("" if sample.path.is_file() else "/")


def put_bundle(store: ObjectStore, settings: Settings, name: str) -> str:
    """The sample bundle into the inbox as an agency drops it; its inbox key."""
    sample = sample_of(name)
    key = inbox_key(sample)
    if sample.path.is_file():
        store.put(settings.bucket_inbox, key, sample.path.read_bytes())
        return key
    files = sorted(p for p in sample.path.rglob("*") if p.is_file())
    for path in sorted(files, key=lambda p: p.name == "manifest.json"):  # the manifest last
        store.put(settings.bucket_inbox, key + path.relative_to(sample.path).as_posix(), path.read_bytes())
    return key


def archived_sources(store: ObjectStore, settings: Settings) -> dict[str, str]:
    """Inbox key -> SHA-256 of every bundle archived so far."""
    found = {}
    for info in store.list(settings.bucket_archive):
        if info.key.endswith("/" + SOURCE):
            source = json.loads(store.get(settings.bucket_archive, info.key))
            found[source["inbox_key"]] = info.key.split("/")[0]
    return found


def reports_by_sha(store: ObjectStore, settings: Settings) -> Counter[str]:
    return Counter(
        Report.model_validate_json(store.get(settings.bucket_reports, i.key)).bundle.sha256
        for i in store.list(settings.bucket_reports)
        if i.key.endswith("/report.json")
    )


def processed(store: ObjectStore, settings: Settings, sha: str) -> bool:
    return inbox.is_processed(store, sha, settings)


def tally(store: ObjectStore, settings: Settings, inbox_keys: list[str]) -> dict[str, int]:
    """Processed / lost / duplicated, by the storage itself."""
    sources = archived_sources(store, settings)
    reports = reports_by_sha(store, settings)
    done = [k for k in inbox_keys if k in sources and processed(store, settings, sources[k])]
    return {
        "processed": len(done),
        "lost": len(inbox_keys) - len(done),
        "duplicated": sum(n - 1 for n in reports.values() if n > 1),
    }
