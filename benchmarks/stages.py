"""Per-stage timings of one bundle through the pipeline (no Prefect, no store).

    python -m benchmarks.stages [PATH]      (default: the scanned sample bundle)

Prints the time spent reading the bundle, extracting each document (text layer
or OCR, with its page count), validating and building the report.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from sample_docs.evaluate import BUNDLES
from trustlist.compose.process import Pipeline
from trustlist.core.settings import Settings
from trustlist.intake.bundle import from_path

DEFAULT = BUNDLES / "finance" / "02-qarjy-scanned-complete"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    settings = Settings()
    pipeline = Pipeline(settings)
    started = time.perf_counter()
    bundle = from_path(path, settings)
    timings = [("read bundle", time.perf_counter() - started, "")]
    documents = []
    for file in bundle.files:
        t0 = time.perf_counter()
        docs = pipeline.extract(file)
        documents += docs
        sources = ",".join(sorted({d.text_source for d in docs}))
        pages = max((d.pages for d in docs), default=0)
        timings.append((f"extract {file.name}", time.perf_counter() - t0, f"{pages} page(s), {sources}"))
    t0 = time.perf_counter()
    checks = pipeline.validate(bundle, documents)
    timings.append(("validate", time.perf_counter() - t0, f"{len(checks)} check results"))
    t0 = time.perf_counter()
    report = pipeline.report(bundle, documents, checks)
    timings.append(("report", time.perf_counter() - t0, report.outcome))
    total = time.perf_counter() - started
    print(f"{path}")
    for stage, seconds, note in timings:
        print(f"  {stage:<40} {seconds:7.2f} s  {note}")
    print(f"  {'total':<40} {total:7.2f} s")


if __name__ == "__main__":
    main()
