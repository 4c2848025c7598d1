"""Extraction and outcome accuracy on the sample bundles and the labelled documents.

    python -m benchmarks.accuracy [--misses] [--set SET ...]

    python -m benchmarks.accuracy --corrections FILE --documents DIR [--misses]

SET is samples, labelled, or a half of a fresh set: fresh-a, fresh-b, fresh-c1, fresh-c2,
..., fresh-f1, fresh-f2. Prints, for the sample bundles, the labelled single documents
and both halves of the fresh sets (sample_docs/fresh/, fresh_c/ to fresh_f/), document
type accuracy, field accuracy per document type and per
text source, and (for bundles) outcome / failing-code agreement; with --misses, every miss.
With --corrections, it measures instead the reviewers' corrections (`trustlist labelled-examples`
JSON lines) as labelled examples: each document of DIR whose SHA-256 an example names is
read again, and its field compared with the value the reviewer gave.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

from sample_docs.evaluate import (
    FRESH_HALVES,
    Evaluation,
    Sample,
    Tally,
    labelled,
    run_samples,
    same_value,
    sample_settings,
    samples,
)
from trustlist.compose.process import Pipeline
from trustlist.core.models import BundleFile, Document
from trustlist.core.settings import Settings

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


def evaluate_corrections(path: Path, documents: Path, settings: Settings, show_misses: bool) -> None:
    examples = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_sha = {hashlib.sha256(p.read_bytes()).hexdigest(): p for p in documents.rglob("*") if p.is_file()}
    pipeline = Pipeline(settings)
    tally = Tally()
    read: dict[str, list[Document]] = {}
    for ex in examples:
        found = by_sha.get(ex["sha256"])
        if found is None:
            continue
        if ex["sha256"] not in read:
            data = found.read_bytes()
            file = BundleFile(name=found.name, sha256=ex["sha256"], size=len(data), data=data)
            read[ex["sha256"]] = pipeline.extract(file)
        doc = next((d for d in read[ex["sha256"]] if d.type == ex["document_type"]), None)
        value = doc.fields[ex["field"]].value if doc and ex["field"] in doc.fields else None
        what = f"{found.name} {ex['document_type']}.{ex['field']}: {value!r} != {ex['value']!r}"
        tally.add(ex["document_type"], same_value(value, ex["value"]), what)
    print(
        f"\n== reviewers' corrections: {sum(tally.tries.values())} of {len(examples)} examples "
        "have their document"
    )
    table("fields by document type", tally)
    if show_misses:
        for miss in tally.misses:
            print("MISS", miss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--set", choices=SETS, action="append", help="measure only these sets (repeatable)")
    parser.add_argument(
        "--corrections", type=Path, help="labelled examples from `trustlist labelled-examples`"
    )
    parser.add_argument("--documents", type=Path, help="a folder holding the examples' documents")
    args = parser.parse_args()
    if args.corrections:
        if not args.documents:
            parser.error("--corrections needs --documents")
        evaluate_corrections(args.corrections, args.documents, sample_settings(), args.misses)
        return
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
