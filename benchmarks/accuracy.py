"""Extraction and outcome accuracy on the sample bundles and the labelled documents.

    python -m benchmarks.accuracy [--misses] [--set SET ...]

SET is samples, labelled, or a half of a fresh set: fresh-a, fresh-b, fresh-c1, fresh-c2,
..., fresh-f1, fresh-f2. Prints, for the sample bundles, the labelled single documents
and both halves of the fresh sets (sample_docs/fresh/, fresh_c/ to fresh_f/), document
type accuracy, field accuracy per document type and per
text source, and (for bundles) outcome / failing-code agreement; with --misses, every miss.
"""

from __future__ import annotations

import argparse
import time

from sample_docs.evaluate import (
    FRESH_HALVES,
    Evaluation,
    Sample,
    Tally,
    labelled,
    run_samples,
    sample_settings,
    samples,
)

SETS = ("samples", "labelled", *FRESH_HALVES)


def table(title: str, tally: Tally) -> None:
    print(f"\n{title}")
    for key in sorted(k for k in tally.tries if k != "all"):
        print(f"  {key:<22} {tally.hits[key]:>4}/{tally.tries[key]:<4} {tally.rate(key):7.1%}")
    print(f"  {'all':<22} {sum(tally.hits.values()):>4}/{sum(tally.tries.values()):<4} {tally.rate():7.1%}")


def evaluate(title: str, found: list[Sample], settings, show_misses: bool) -> None:
    evaluation = Evaluation()
    started = time.perf_counter()
    reports = run_samples(settings, found)
    for sample in found:
        evaluation.add(sample, reports[sample.name])
    print(f"\n== {title}: {len(found)} in {time.perf_counter() - started:.1f} s")
    table("document type", evaluation.types)
    table("fields by document type", evaluation.fields_by_type)
    table("fields by text source", evaluation.fields_by_source)
    if evaluation.outcomes.tries:
        table("outcome", evaluation.outcomes)
        table("failing check codes (exact set)", evaluation.codes)
    if show_misses:
        for tally in (evaluation.types, evaluation.fields_by_type, evaluation.outcomes, evaluation.codes):
            for miss in tally.misses:
                print("MISS", miss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--set", choices=SETS, action="append", help="measure only these sets (repeatable)")
    args = parser.parse_args()
    chosen = args.set or SETS
    settings = sample_settings()
    if "samples" in chosen:
        evaluate("sample bundles", samples(), settings, args.misses)
    if "labelled" in chosen and labelled():
        evaluate("labelled documents", labelled(), settings, args.misses)
    for name, (root, auditors) in FRESH_HALVES.items():
        if name in chosen and root.is_dir():
            fresh_settings = settings.model_copy(update={"accredited_auditors": auditors})
            title = f"{name} ({root.relative_to(root.parents[1])})"
            evaluate(title, samples(root), fresh_settings, args.misses)


if __name__ == "__main__":
    main()
