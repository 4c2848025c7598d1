"""A burst of sign-ins against `trustlist serve`: the server's peak memory and how long a
report page takes to load meanwhile, with password checks bounded and (as before the
bound) effectively unbounded.

    python -m benchmarks.signin_burst [--burst 50] [--bounds 50 2]

Each run starts `trustlist serve` on a store seeded as the web tests seed theirs, signs one
reviewer in, then fires ``--burst`` sign-ins at once (right passwords, so no waits) while
that reviewer loads a report page over and over. Figures: the server's resident memory
before and at its peak (VmHWM), and the report page's median and slowest load during the
burst.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from tests.test_web import PASSWORD, SECRET, seed
from tests.workers import free_port, wait_until


def memory_kib(pid: int, field: str) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    match = re.search(rf"^{field}:\s+(\d+) kB", status, re.M)
    assert match, field
    return int(match.group(1))


def signed_in(base: str) -> httpx.Client:
    client = httpx.Client(base_url=base, follow_redirects=False, timeout=120)
    page = client.get("/login").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert token
    answer = client.post("/login", data={"username": "aigerim", "password": PASSWORD, "csrf_token": token[1]})
    assert answer.status_code == 303, answer.status_code
    return client


def run(root: Path, report_url: str, burst: int, at_once: int) -> dict[str, float]:
    port = free_port()
    env = {
        **os.environ,
        "TRUSTLIST_STORAGE": "local",
        "TRUSTLIST_LOCAL_ROOT": str(root),
        "TRUSTLIST_WEB_SESSION_SECRET": SECRET,
        "TRUSTLIST_WEB_COOKIE_SECURE": "false",
        "TRUSTLIST_WEB_SIGNIN_CHECKS_AT_ONCE": str(at_once),
    }
    cmd = [sys.executable, "-m", "trustlist.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: _up(base), "the web app", timeout_s=60)
        reviewer = signed_in(base)
        reviewer.get(report_url).raise_for_status()
        before = memory_kib(server.pid, "VmRSS")
        threads = [threading.Thread(target=signed_in, args=(base,)) for _ in range(burst)]
        loads: list[float] = []
        for t in threads:
            t.start()
        while any(t.is_alive() for t in threads):
            started = time.perf_counter()
            reviewer.get(report_url).raise_for_status()
            loads.append(time.perf_counter() - started)
        for t in threads:
            t.join()
        return {
            "rss_before_mib": before / 1024,
            "rss_peak_mib": memory_kib(server.pid, "VmHWM") / 1024,
            "page_median_s": statistics.median(loads),
            "page_max_s": max(loads),
            "page_loads": len(loads),
        }
    finally:
        server.terminate()
        server.wait(30)


def _up(base: str) -> bool:
    try:
        return httpx.get(base + "/login", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--burst", type=int, default=50)
    parser.add_argument("--bounds", type=int, nargs="+", default=[50, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="trustlist-burst-") as folder:
        root = Path(folder) / "store"
        reports = seed(root)
        complete = reports["complete"]
        report_url = f"/applications/{complete.agency}/{complete.application_id}"
        print(f"{args.burst} sign-ins at once; argon2id {PASSWORD_PARAMETERS}")
        print("checks at once | RSS before MiB | RSS peak MiB | page median s | page max s | loads")
        for bound in args.bounds:
            f = run(root, report_url, args.burst, bound)
            print(
                f"{bound:>14} | {f['rss_before_mib']:>14.0f} | {f['rss_peak_mib']:>12.0f} | "
                f"{f['page_median_s']:>13.3f} | {f['page_max_s']:>10.3f} | {f['page_loads']:>5.0f}"
            )


PASSWORD_PARAMETERS = "(argon2-cffi defaults: 64 MiB, 3 passes, 4 lanes)"

if __name__ == "__main__":
    main()
