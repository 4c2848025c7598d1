"""Scale-out: one worker process against two on one inbox, in bundles and pages per second.

    python -m benchmarks.scaleout [--scanned 8] [--text 4] [--ocr-workers 2 1] [--repeat 1]

It starts moto's S3 server (tests/s3server.py) and one Prefect server, and for each
``TRUSTLIST_OCR_WORKERS`` value runs one worker, then two, on the same sample bundles
(those with scans, and text-layer ones), each run on buckets of its own so that neither
the archive nor the extraction cache carries anything from the run before. A worker is
``python -m tests.worker_main`` started by tests/workers.py, as the service tests start
them: intake passes in a loop, every second. The clock runs from the first upload to the
moment the inbox is empty, the workers already warm (their first flow run's set-up done).

Per run it prints what the buckets say (processed, duplicated, lost), which worker
processed which bundles and what else each pass reported (``leased``: the other worker
held it), wall seconds, CPU seconds (the workers with their tesseract processes, the
Prefect server, and this process, which is moto's S3 server) and the load average,
which on a shared machine says how much of the wall time was someone else's. Two
workers' sessions are weighted to get together the CPU share one would (AUTOGROUP_NICE).

These are not Prefect work-pool workers: each process runs the intake flow itself, as
``trustlist serve-intake`` (``flow.serve``) does in production, and all of them report to
one Prefect server. The README ("N workers on N machines") says how that maps onto a work pool.

It prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import logging
import os
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sample_docs.evaluate import Sample, samples
from tests.s3server import S3Server
from tests.workers import (
    PrefectServer,
    Worker,
    explain,
    prefect_server,
    put_bundle,
    running,
    tally,
    wait_until,
    warm_up,
)
from trustlist.core.report import Report
from trustlist.intake.storage import ObjectStore, open_store

WORKER_NAMES = ("a", "b")
# A run that has not emptied the inbox by then has gone wrong, whatever the load.
RUN_LIMIT_S = 1800
# Linux shares a busy CPU between sessions (autogroups) before it shares it between their
# processes, and every worker runs in a session of its own: on a machine shared with other
# work, two workers would get twice one worker's share and "win" for that alone. Their
# groups are weighted so that together they weigh what one does: the kernel's weight for
# nice 3 is 526, twice that 1052, against 1024 for nice 0.
AUTOGROUP_NICE = {1: 0, 2: 3}


@dataclass
class Run:
    repeat: int
    workers: int
    ocr_workers: int
    bundles: int = 0
    pages: int = 0
    ocr_pages: int = 0
    wall: float = 0.0
    cpu_workers: float = 0.0
    cpu_prefect: float = 0.0
    cpu_here: float = 0.0
    load: tuple[float, float] = (0.0, 0.0)  # 1-minute load average at the start and the end
    counts: dict[str, int] = field(default_factory=dict)
    split: dict[str, Counter] = field(default_factory=dict)  # worker -> statuses of its results

    @property
    def cpu(self) -> float:
        return self.cpu_workers + self.cpu_prefect + self.cpu_here


def chosen(scanned: int, text: int) -> list[Sample]:
    """The first ``scanned`` sample bundles with a scanned document, and ``text`` with none."""
    found = [s for s in samples() if s.expected.get("documents")]
    with_scans = [s for s in found if any(d["text_source"] == "ocr" for d in s.expected["documents"])]
    text_only = [s for s in found if s not in with_scans]
    return with_scans[:scanned] + text_only[:text]


def session_cpu_s(session: int) -> float:
    """CPU seconds of every live process of a session, with the children each has reaped.

    Each worker and the Prefect server run in a session of their own; a worker's tesseract
    processes are its children, counted once it has waited for them.
    """
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile
            continue
        if int(fields[3]) == session:
            ticks += sum(int(v) for v in fields[11:15])  # utime, stime, cutime, cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def autogroups() -> bool:
    try:
        return Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip() == "1"
    except OSError:
        return False


def weigh_session(pid: int, nice: int) -> None:
    """Gives the autogroup of ``pid``'s session this nice value (see AUTOGROUP_NICE)."""
    if autogroups():
        Path(f"/proc/{pid}/autogroup").write_text(str(nice))


def own_cpu_s() -> float:
    times = os.times()
    return times.user + times.system


def pages_reported(store: ObjectStore, bucket: str) -> tuple[int, int]:
    """Pages of every report's documents, and of those read by OCR."""
    pages = ocr = 0
    for info in store.list(bucket):
        if info.key.endswith("/report.json"):
            for d in Report.model_validate_json(store.get(bucket, info.key)).documents:
                pages += d.pages
                ocr += d.pages if d.text_source in ("ocr", "mixed") else 0
    return pages, ocr


def measure(s3: S3Server, prefect: PrefectServer, folder: Path, bundles: list[Sample], run: Run) -> Run:
    """``run`` (its repeat, workers and OCR workers given) with what was measured filled in."""
    settings = s3.settings(folder / "store").model_copy(
        update={"poll_interval_s": 1, "ocr_workers": run.ocr_workers}
    )
    store = open_store(settings)
    store.ensure_buckets(settings.bucket_names())
    run.bundles = len(bundles)
    started = [Worker.start(name, folder, settings, prefect.url) for name in WORKER_NAMES[: run.workers]]
    with running(started):
        for worker in started:
            weigh_session(worker.proc.pid, AUTOGROUP_NICE[run.workers])
        warm_up(store, settings, started)
        sessions = [w.proc.pid for w in started]
        cpu = sum(map(session_cpu_s, sessions)), session_cpu_s(prefect.proc.pid), own_cpu_s()
        load, clock = os.getloadavg()[0], time.perf_counter()
        keys = [put_bundle(store, settings, sample.name) for sample in bundles]
        wait_until(
            lambda: not any(store.list(settings.bucket_inbox)),
            "an empty inbox",
            explain(store, settings, started),
            every_s=0.5,
            timeout_s=RUN_LIMIT_S,
        )
        run.wall = time.perf_counter() - clock
        run.cpu_workers = sum(map(session_cpu_s, sessions)) - cpu[0]
        run.cpu_prefect = session_cpu_s(prefect.proc.pid) - cpu[1]
        run.cpu_here = own_cpu_s() - cpu[2]
        run.load = (load, os.getloadavg()[0])
    run.counts = tally(store, settings, keys)
    run.split = {w.name: Counter(r["status"] for r in w.results() if r["bundle"] in keys) for w in started}
    run.pages, run.ocr_pages = pages_reported(store, settings.bucket_reports)
    return run


def describe(run: Run) -> str:
    split = "; ".join(
        f"worker {name}: processed {statuses.pop('processed', 0)}"
        + "".join(f", {status} {n}" for status, n in sorted(statuses.items()))
        for name, statuses in ((n, Counter(s)) for n, s in run.split.items())
    )
    return (
        f"{run.workers} worker(s) x OCR {run.ocr_workers}: {run.bundles} bundles, {run.pages} pages "
        f"({run.ocr_pages} by OCR) in {run.wall:.1f} s = {run.bundles / run.wall:.3f} bundles/s, "
        f"{run.pages / run.wall:.2f} pages/s\n"
        f"  CPU s: workers with tesseract {run.cpu_workers:.1f}, Prefect server {run.cpu_prefect:.1f}, "
        f"moto and this process {run.cpu_here:.1f}; load average {run.load[0]:.2f} -> {run.load[1]:.2f}\n"
        f"  processed {run.counts['processed']} / duplicated {run.counts['duplicated']} / "
        f"lost {run.counts['lost']}; {split}"
    )


def table(runs: list[Run]) -> str:
    """A row per run; two workers are compared with one worker of the same repeat and OCR setting.

    "cores used" is CPU seconds over wall seconds: on an idle 2-core machine a run that keeps
    both cores busy shows 2; below that, the run waited (on Prefect, on storage, on one
    slow document) or other work on the machine had the cores.
    """
    rows = [
        "| workers | OCR/worker | wall s | bundles/s | pages/s | CPU s | CPU s/page | cores used "
        "| vs 1 worker | load |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    single = {(r.repeat, r.ocr_workers): r.wall for r in runs if r.workers == 1}
    for r in runs:
        speedup = single[(r.repeat, r.ocr_workers)] / r.wall
        rows.append(
            f"| {r.workers} | {r.ocr_workers} | {r.wall:.1f} | {r.bundles / r.wall:.3f} "
            f"| {r.pages / r.wall:.2f} | {r.cpu:.1f} | {r.cpu / r.pages:.2f} | {r.cpu / r.wall:.2f} "
            f"| {speedup:.2f}x | {r.load[0]:.2f}-{r.load[1]:.2f} |"
        )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scanned", type=int, default=8, help="sample bundles with a scan")
    parser.add_argument("--text", type=int, default=4, help="sample bundles of text layers only")
    parser.add_argument("--ocr-workers", type=int, nargs="+", default=[2, 1], help="values of ocr_workers")
    parser.add_argument("--repeat", type=int, default=1, help="times to run every configuration")
    args = parser.parse_args()
    bundles = chosen(args.scanned, args.text)
    print(
        f"machine: {os.cpu_count()} cores, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}, "
        f"autogroups {'on: two workers weigh one' if autogroups() else 'off'}; "
        f"bundles: {', '.join(s.name for s in bundles)}",
        flush=True,
    )
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # moto's server logs every request
    s3 = S3Server()
    s3.start()
    runs: list[Run] = []
    try:
        with (
            tempfile.TemporaryDirectory(prefix="trustlist-scaleout-") as tmp,
            prefect_server(Path(tmp)) as prefect,
        ):
            for repeat in range(args.repeat):
                for ocr_workers in args.ocr_workers:
                    for workers in (1, 2):
                        folder = Path(tmp) / f"run-{repeat}-{ocr_workers}-{workers}"
                        folder.mkdir()
                        runs.append(measure(s3, prefect, folder, bundles, Run(repeat, workers, ocr_workers)))
                        print(describe(runs[-1]), flush=True)
    finally:
        s3.stop()
    print(f"\n{table(runs)}")


if __name__ == "__main__":
    main()
