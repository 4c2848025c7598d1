"""Throughput against the OCR engine's own limit, Prefect's cost, memory and start-up.

    python -m benchmarks.throughput [--pages N] [--big-pages 300] [--workers N]

In one run on this machine it prints:

- scanned pages per second through ``trustlist check`` (a process per bundle, and
  one process for all bundles) and through the ``process_bundle`` flow (one bundle at
  a time, side by side as the intake runs them, and in bundles of 14 pages), beside the
  raw ``tesseract`` command run on the same page images with the same languages and
  the same number of parallel processes, before and after them, and the ratios;
- text-layer pages per second (in process, warm);
- the time Prefect adds per bundle (the flow, one bundle at a time, against
  ``check_bundle`` on the same bundles);
- the peak memory (RSS) of ``trustlist check`` on a scanned PDF of --big-pages pages;
- the wall time of ``trustlist check`` on a one-page bundle, start-up included.

It prints figures; it asserts nothing (speed goals are not tests).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PIL import Image

from sample_docs.evaluate import BUNDLES, LABELLED
from trustlist.compose.process import Pipeline
from trustlist.core.manifest import MANIFEST_NAME
from trustlist.core.settings import Settings
from trustlist.intake.bundle import from_path, sha256

PAGES_PER_BUNDLE = 4
BIG_BUNDLE = 14
# Times the raw command reads the big scan's page, for its rate.
RAW_REPEATS = 20
IMAGE_SUFFIXES = (".png", ".jpg")


def scanned_pages() -> list[Path]:
    """Every one-page scan among the samples (photos and flatbed scans, Russian, Kazakh, English)."""
    return sorted(p for root in (BUNDLES, LABELLED) for p in root.rglob("*") if p.suffix in IMAGE_SUFFIXES)


def sample_pdfs() -> list[Path]:
    return sorted(BUNDLES.rglob("*.pdf"))


def make_bundles(pages: list[Path], root: Path, per_bundle: int = PAGES_PER_BUNDLE) -> list[Path]:
    """Folder bundles of ``per_bundle`` scans each, under root/<agency>/."""
    agency = root / "bench"
    bundles = []
    for start in range(0, len(pages), per_bundle):
        folder = agency / f"scans-{start // per_bundle:02d}"
        folder.mkdir(parents=True)
        listed = []
        for i, page in enumerate(pages[start : start + per_bundle]):
            shutil.copy(page, folder / f"page-{i}{page.suffix}")
            listed.append({"name": f"page-{i}{page.suffix}", "sha256": sha256(page.read_bytes())})
        # The manifest makes a folder ready for intake (SPEC §3).
        manifest = {"application_id": f"BENCH-{start}", "files": listed}
        (folder / MANIFEST_NAME).write_text(json.dumps(manifest), encoding="utf-8")
        bundles.append(folder)
    return bundles


class Clock:
    """Wall time and the CPU time of the child processes waited for meanwhile.

    Other work on this shared machine stretches wall times unevenly from one run to
    the next; CPU seconds per page say what the work itself costs, whatever the load.
    """

    def __enter__(self) -> Clock:
        self._wall, self._cpu = time.perf_counter(), children_cpu()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self._wall
        self.cpu = children_cpu() - self._cpu
        self.load = os.getloadavg()[0]  # how much else ran meanwhile (1-minute average)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def env() -> dict[str, str]:
    # tesseract single-threaded per page, as the pipeline runs it.
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def raw_tesseract(pages: list[Path], languages: str, workers: int) -> Clock:
    """The tesseract command alone on the pages, `workers` at a time."""

    def one(page: Path) -> None:
        subprocess.run(
            ["tesseract", str(page), "stdout", "-l", languages, "--dpi", "300"],
            check=True,
            capture_output=True,
            env=env(),
        )

    with Clock() as clock, ThreadPoolExecutor(workers) as pool:
        list(pool.map(one, pages))
    return clock


def prepared(pages: list[Path], folder: Path, settings: Settings) -> list[Path]:
    """The pages as the pipeline hands them to tesseract (grey, contrast stretched,
    straightened from 2.5°, upscaled only under 175 dpi), saved as the TIFF files it reads, in ``folder``."""
    from trustlist.extractors.preprocess import prepare

    folder.mkdir()
    out = []
    for page in pages:
        with Image.open(page) as image:
            image.load()
            ready = prepare(image, settings.ocr_deskew, settings.ocr_binarize).image
        out.append(folder / f"{page.stem}.tiff")
        ready.save(out[-1], format="TIFF")
    return out


def cli_check(paths: list[Path]) -> Clock:
    """`trustlist check` on each path in turn, a process each, start-up included."""
    with Clock() as clock:
        for path in paths:
            subprocess.run(
                [sys.executable, "-m", "trustlist.cli", "check", str(path)],
                check=True,
                capture_output=True,
                env=env(),
            )
    return clock


def cli_check_all(paths: list[Path], out: Path) -> Clock:
    """One `trustlist check` on every path, reports written into ``out``, start-up included."""
    with Clock() as clock:
        subprocess.run(
            [sys.executable, "-m", "trustlist.cli", "check", *map(str, paths), "--out", str(out)],
            check=True,
            capture_output=True,
            env=env(),
        )
    return clock


def flow_run(bundles: list[Path], workdir: Path, warm_up: Path, at_once: int | None = None) -> Clock:
    """Seconds for the intake flow on the bundles, each through process_bundle, ``at_once``
    bundles side by side (default: the setting's).

    Prefect's start-up and the pipeline's (imports, vocabularies) are excluded: the
    embedded API is started and ``warm_up`` checked before the clock starts, as in
    a worker that has been running for a while.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    code = (
        "import shutil, sys, time\n"
        "from pathlib import Path\n"
        "from pipeline.bundle import from_path\n"
        "from pipeline.process import Pipeline\n"
        "from pipeline.settings import Settings\n"
        "from pipeline.storage import open_store\n"
        "from flows.intake import intake_flow\n"
        "from prefect import flow\n"
        "settings = Settings(storage='local', local_root=Path(sys.argv[1]))\n"
        "flow(lambda: None, name='warm-up')()  # starts Prefect's embedded API once\n"
        "Pipeline(settings).check_bundle(from_path(Path(sys.argv[2]), settings))\n"
        "store = open_store(settings)\n"
        "store.ensure_buckets(settings.bucket_names())\n"
        "for folder in map(Path, sys.argv[3:]):\n"
        "    for f in folder.iterdir():\n"
        "        store.put(settings.bucket_inbox, f'bench/{folder.name}/{f.name}', f.read_bytes())\n"
        "import resource\n"
        "def cpu():\n"
        "    usage = map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))\n"
        "    return sum(u.ru_utime + u.ru_stime for u in usage)\n"
        "started, cpu_started = time.perf_counter(), cpu()\n"
        "results = intake_flow(settings)\n"
        "from extractors.ocr import close_readers\n"
        "close_readers()  # their CPU counts once they are waited for\n"
        "print(time.perf_counter() - started, cpu() - cpu_started)\n"
        "assert all(r.status == 'processed' for r in results), results\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(workdir / "store"), str(warm_up), *map(str, bundles)],
        capture_output=True,
        text=True,
        env={
            **env(),
            "PREFECT_HOME": str(workdir / "prefect"),
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            **({"TRUSTLIST_BUNDLES_AT_ONCE": str(at_once)} if at_once else {}),
        },
    )
    if out.returncode:
        raise SystemExit(f"the flow failed:\n{out.stderr[-3000:]}")
    clock = Clock()
    clock.wall, clock.cpu = map(float, out.stdout.strip().splitlines()[-1].split())
    clock.load = os.getloadavg()[0]
    return clock


def text_layer_rate(pdfs: list[Path], settings: Settings) -> tuple[int, float, float]:
    """Pages, and seconds to read them and to make documents of them, in process and
    warm, over the PDFs whose every page has a usable text layer."""
    from trustlist.extractors.document import documents_from
    from trustlist.extractors.text import read_file

    engine = Pipeline(settings).engine
    files = [f for p in pdfs for f in from_path(p, settings).files]
    # A first pass imports everything, loads the vocabularies and sets the scans apart.
    texts = [read_file(f, settings.reading, engine) for f in files]
    documents_from(texts[0])
    chosen = [f for f, t in zip(files, texts, strict=True) if all(p.source == "text_layer" for p in t.pages)]
    started = time.perf_counter()
    texts = [read_file(f, settings.reading, engine) for f in chosen]
    read = time.perf_counter() - started
    for t in texts:
        documents_from(t)
    return sum(len(t.pages) for t in texts), read, time.perf_counter() - started


def big_scan(page: Path, count: int, target: Path) -> None:
    """A PDF of `count` scanned pages (one sample scan repeated), written page by page."""
    with Image.open(page) as image:
        first = image.convert("L")
    first.save(
        target, "PDF", resolution=300, save_all=True, append_images=(first.copy() for _ in range(count - 1))
    )


def peak_rss_mb(path: Path, pages: int) -> float:
    """Peak RSS, in MB, of a fresh process running `trustlist check` on every one of
    the PDF's ``pages`` (its tesseract processes apart: see tesseract_rss_mb).

    Read from the process's own VmHWM: its ru_maxrss starts from this (larger)
    process's RSS, which Linux hands down through fork and exec.
    """
    code = (
        "import contextlib, os, sys\n"
        "from pipeline.cli import main\n"
        "with open(os.devnull, 'w') as out, contextlib.redirect_stdout(out):\n"
        "    main(['check', sys.argv[1]])\n"
        "print(open('/proc/self/status').read().split('VmHWM:')[1].split()[0])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        check=True,
        capture_output=True,
        text=True,
        env={**env(), "TRUSTLIST_MAX_PAGES_PER_DOCUMENT": str(pages)},
    )
    return int(out.stdout.split()[-1]) / 1024


def tesseract_rss_mb(page: Path, languages: str) -> float:
    """Peak RSS, in MB, of one tesseract reading ``page``.

    Measured from a small process of its own: a child's ru_maxrss starts from its
    parent's RSS, so a large parent would be reported instead.
    """
    code = (
        "import resource, subprocess, sys\n"
        "args = ['tesseract', sys.argv[1], 'stdout', '-l', sys.argv[2]]\n"
        "subprocess.run(args, check=True, capture_output=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run(
        [sys.executable, "-S", "-c", code, str(page), languages],
        check=True,
        capture_output=True,
        text=True,
        env=env(),
    )
    return int(out.stdout.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=0, help="use only the first N scans (0: all)")
    parser.add_argument("--big-pages", type=int, default=300, help="pages of the memory test PDF (0: skip)")
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="parallel tesseract processes"
    )
    args = parser.parse_args()
    # The pipeline's own processes and this one then run as many tesseracts as the raw runs.
    os.environ["TRUSTLIST_OCR_WORKERS"] = str(args.workers)
    settings = Settings()
    pages = scanned_pages()[: args.pages or None]
    print(
        f"machine: {os.cpu_count()} cores, load average {load()}; tesseract languages "
        f"{settings.ocr_languages}; workers {args.workers}",
        flush=True,
    )

    with tempfile.TemporaryDirectory(prefix="trustlist-bench-") as tmp:
        work = Path(tmp)
        bundles = make_bundles(pages, work / "bundles")
        text_bundles = [p for p in sorted((BUNDLES / "health").iterdir()) if p.is_dir()][:4]
        ready = prepared(pages, work / "prepared", settings)
        runs = {
            "raw tesseract": raw_tesseract(pages, settings.ocr_languages, args.workers),
            "raw tesseract, prepared images": raw_tesseract(ready, settings.ocr_languages, args.workers),
            "trustlist check, a process each": cli_check(bundles),
            "trustlist check, all in one": cli_check_all(bundles, work / "reports"),
            "process_bundle flow, 1 at a time": flow_run(bundles, work / "flow-1", text_bundles[0], 1),
            f"process_bundle flow, {settings.bundles_at_once} at once": flow_run(
                bundles, work / "flow-n", text_bundles[0]
            ),
            # Prefect's cost is per bundle: the same pages in bundles as large as a real
            # application's (an audit conclusion alone often has more pages than 4).
            f"process_bundle flow, {BIG_BUNDLE} pages a bundle": flow_run(
                make_bundles(pages, work / "big-bundles", BIG_BUNDLE), work / "flow-big", text_bundles[0]
            ),
            "raw tesseract, again": raw_tesseract(pages, settings.ocr_languages, args.workers),
        }
        # Other work on the machine comes and goes during the runs: the raw command runs
        # first and last, and the ratios are against the mean of the two.
        raw_wall, raw_cpu = (
            (runs["raw tesseract"].wall + runs["raw tesseract, again"].wall) / 2,
            (runs["raw tesseract"].cpu + runs["raw tesseract, again"].cpu) / 2,
        )
        n = len(pages)
        print(
            f"\nscanned pages: {n} in {len(bundles)} bundles; ratios against the mean of the two raw "
            "tesseract runs; load: the 1-minute load average as each run ended"
        )
        width = max(map(len, runs)) + 2
        print(f"  {'':{width}}{'pages/s':>8}{'ratio':>7}{'CPU s/page':>12}{'ratio':>7}{'load':>7}")
        for name, run in runs.items():
            print(
                f"  {name:{width}}{n / run.wall:8.2f}{raw_wall / run.wall:7.2f}"
                f"{run.cpu / n:12.2f}{raw_cpu / run.cpu:7.2f}{run.load:7.2f}"
            )

        text_pages, read_s, documents_s = text_layer_rate(sample_pdfs(), settings)
        print(
            f"\ntext-layer pages: {text_pages}; read {text_pages / read_s:.1f} pages/s ({read_s:.1f} s); "
            f"read, classified, fields found {text_pages / documents_s:.1f} pages/s ({documents_s:.1f} s)"
        )

        warm = Pipeline(settings)
        warm.check_bundle(from_path(text_bundles[0], settings))
        started = time.perf_counter()
        for b in text_bundles:
            warm.check_bundle(from_path(b, settings))
        in_process = time.perf_counter() - started
        # One bundle at a time, as check_bundle ran them: what Prefect costs, not what
        # running bundles side by side hides of it.
        flow_text = flow_run(text_bundles, work / "text-flow", text_bundles[0], at_once=1).wall
        per_bundle = (flow_text - in_process) / len(text_bundles)
        print(
            f"\nPrefect per bundle: flow {flow_text / len(text_bundles):.2f} s (one bundle at a time), "
            f"in process {in_process / len(text_bundles):.2f} s: Prefect adds {per_bundle:.2f} s"
        )

        one_page = work / "one-page.pdf"
        shutil.copy(BUNDLES / "health" / "01-datasapa-complete" / "application.pdf", one_page)
        startups = sorted(cli_check([one_page]).wall for _ in range(3))
        print(f"\ntrustlist check, one-page bundle: {startups[1]:.2f} s (median of 3, start-up included)")

        if args.big_pages:
            big = work / f"scan-{args.big_pages}.pdf"
            big_scan(pages[0], args.big_pages, big)
            started = time.perf_counter()
            check_mb = peak_rss_mb(big, args.big_pages)
            seconds = time.perf_counter() - started
            # Its pages are rendered at 300 dpi, so they reach tesseract at their own size:
            # the raw command on that page image is the limit, with no upscaling between.
            rate = args.big_pages / seconds
            raw_rate = (
                RAW_REPEATS
                / raw_tesseract([pages[0]] * RAW_REPEATS, settings.ocr_languages, args.workers).wall
            )
            print(
                f"\n{args.big_pages}-page scanned PDF ({big.stat().st_size / 1e6:.0f} MB) through trustlist "
                f"check: {seconds:.0f} s = {rate:.2f} pages/s; raw tesseract on its page {raw_rate:.2f} "
                f"pages/s: ratio {rate / raw_rate:.2f}"
            )
            print(
                f"  peak RSS of trustlist check {check_mb:.0f} MB, of one tesseract "
                f"{tesseract_rss_mb(ready[0], settings.ocr_languages):.0f} MB (x{args.workers} at once)"
            )

        print(f"\nload average at the end {load()}")


def load() -> str:
    """Other work on the machine takes cores from the figures: say how much there was."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


if __name__ == "__main__":
    main()
