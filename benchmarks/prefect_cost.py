"""What the process_bundle flow costs per bundle beyond the same work in process.

    source scripts/env.sh && python -m benchmarks.prefect_cost [--bundles N] [--rounds N]

On warm workers (Prefect's embedded API started, the pipeline's imports and
vocabularies loaded), each round runs ``Pipeline.check_bundle`` on the health sample
bundles benchmarks.throughput uses and then the intake flow over the same bundles in a fresh store, and
prints per bundle: wall seconds, and CPU seconds of this process beside those of the
embedded API's own process (the shared machine stretches wall times; CPU seconds say
what the work costs). The first round also pays for the flow's first run in the process.
The embedded API is configured as the scripts configure it: source scripts/env.sh first.

It prints figures; it asserts nothing (speed goals are not tests).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sample_docs.evaluate import BUNDLES


def text_bundles(count: int) -> list[Path]:
    """The first health sample bundles, as benchmarks.throughput takes them: text layers
    mostly (two hold one scan each), so that Prefect's share shows."""
    return [p for p in sorted((BUNDLES / "health").iterdir()) if p.is_dir()][:count]


def own_cpu() -> float:
    usage = map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return sum(u.ru_utime + u.ru_stime for u in usage)


def process_cpu(pid: int) -> float:
    """CPU seconds of a process that is not our waited-for child (the embedded API server)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def api_server_pid() -> int:
    from prefect.server.api.server import SubprocessASGIServer

    [server] = [s for s in SubprocessASGIServer._instances.values() if s.server_process]
    return server.server_process.pid


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def measure(workdir: Path, bundles: list[Path], rounds: int) -> None:
    """In the child process: warm up, then each round in process and through the flow."""
    from prefect import flow
    from prefect.settings import get_current_settings

    from trustlist.compose.process import Pipeline
    from trustlist.core.settings import Settings
    from trustlist.flows.intake import intake_flow
    from trustlist.intake.bundle import from_path
    from trustlist.intake.storage import open_store

    settings = Settings(storage="local", local_root=workdir / "store-warm")
    flow(lambda: None, name="warm-up")()  # starts the embedded API
    server = api_server_pid()
    Pipeline(settings).check_bundle(from_path(bundles[0], settings))
    n = len(bundles)
    recorder = get_current_settings().server.services.task_run_recorder
    print(
        f"{n} bundles a round; per bundle: wall s, CPU s of this process + of the API server; "
        f"the API records task runs {recorder.batch_size} at a time, every {recorder.flush_interval:g} s"
    )
    print(f"{'round':>5} {'in process':>16} {'flow':>24} {'Prefect adds':>24}  load average")
    for r in range(rounds):
        settings = Settings(storage="local", local_root=workdir / f"store-{r}")
        pipeline = Pipeline(settings)
        wall, cpu = time.perf_counter(), own_cpu()
        for b in bundles:
            pipeline.check_bundle(from_path(b, settings))
        in_wall, in_cpu = time.perf_counter() - wall, own_cpu() - cpu

        store = open_store(settings)
        store.ensure_buckets(settings.bucket_names())
        for folder in bundles:
            for f in folder.iterdir():
                store.put(settings.bucket_inbox, f"health/{folder.name}/{f.name}", f.read_bytes())
        wall, cpu, api = time.perf_counter(), own_cpu(), process_cpu(server)
        results = intake_flow(settings)
        fl_wall, fl_cpu, fl_api = time.perf_counter() - wall, own_cpu() - cpu, process_cpu(server) - api
        if not all(r.status == "processed" for r in results):
            raise SystemExit(f"the flow did not process every bundle: {results}")
        print(
            f"{r + 1:>5} {in_wall / n:7.2f} {in_cpu / n:8.2f} "
            f"{fl_wall / n:7.2f} {fl_cpu / n:8.2f} + {fl_api / n:5.2f} "
            f"{(fl_wall - in_wall) / n:7.2f} {(fl_cpu - in_cpu) / n:8.2f} + {fl_api / n:5.2f}  {load()}",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundles", type=int, default=4, help="health sample bundles a round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    bundles = text_bundles(args.bundles)
    if args.measure:
        measure(args.measure, bundles, args.rounds)
        return
    with tempfile.TemporaryDirectory(prefix="trustlist-prefect-cost-") as tmp:
        # A Prefect of its own, with a worker's defaults (its INFO logs go to the API as in production).
        env = {
            **os.environ,
            "PREFECT_HOME": str(Path(tmp) / "prefect"),
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
            "OMP_THREAD_LIMIT": "1",
        }
        env.pop("PREFECT_API_URL", None)
        command = [sys.executable, "-m", "benchmarks.prefect_cost", "--measure", tmp]
        command += ["--bundles", str(args.bundles), "--rounds", str(args.rounds)]
        subprocess.run(command, check=True, env=env)


if __name__ == "__main__":
    main()
