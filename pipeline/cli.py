"""The ``trustlist`` command line.

Settings are read here, once, and passed down. Heavy modules (Prefect, spaCy,
pdfplumber) are imported by the commands that use them, so ``check`` starts fast.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import QuarantineError, StorageError
from pipeline.logs import setup_logging, write_prefect_logging_config
from pipeline.settings import Settings

if TYPE_CHECKING:
    from pipeline.storage import ObjectStore

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "report.schema.json"


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    settings = Settings()
    setup_logging(settings)
    return args.run(args, settings)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="trustlist", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser(
        "check", help="check one bundle (zip, folder or document) and print its report"
    )
    check.add_argument("path", type=Path)
    check.add_argument("--format", choices=("json", "html"), default="json")
    check.add_argument("--lang", choices=("ru", "kk", "en"), default="ru", help="language of the HTML report")
    check.add_argument("--agency", help="agency code (default: the name of the folder holding PATH)")
    check.set_defaults(run=run_check)

    demo = commands.add_parser(
        "demo", help="copy the sample bundles into the local inbox and run the intake flow"
    )
    demo.set_defaults(run=run_demo)

    intake = commands.add_parser("intake", help="process every ready bundle in the inbox once")
    intake.set_defaults(run=run_intake)

    serve = commands.add_parser("serve-intake", help="serve the intake deployment, polling the inbox")
    serve.set_defaults(run=run_serve_intake)

    quarantine = commands.add_parser("quarantine", help="bundles that could not be processed")
    actions = quarantine.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="each quarantined bundle: id, when, first line of the reason")
    listing.set_defaults(run=run_quarantine_list)
    retry = actions.add_parser(
        "retry", help="copy quarantined bundles back into the inbox for the next intake"
    )
    which = retry.add_mutually_exclusive_group(required=True)
    which.add_argument("key", nargs="?", help="an id from `quarantine list`, or the bundle's inbox key")
    which.add_argument(
        "--all", action="store_true", help="every bundle never retried (the newest of each key)"
    )
    retry.set_defaults(run=run_quarantine_retry)

    status = commands.add_parser(
        "status", help="inbox backlog, bundles in progress, quarantine, review deadlines near or past"
    )
    status.add_argument("--json", action="store_true", help="machine-readable output")
    status.set_defaults(run=run_status)

    schema = commands.add_parser("schema", help="print the report's JSON Schema")
    schema.add_argument("--write", action="store_true", help=f"write it to {SCHEMA_PATH.name}")
    schema.set_defaults(run=run_schema)
    return parser


def run_check(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.bundle import from_path
    from pipeline.process import Pipeline

    if not args.path.exists():
        print(f"trustlist: {args.path}: no such file or folder", file=sys.stderr)
        return 2
    report = Pipeline(settings).check_bundle(from_path(args.path, settings, args.agency))
    if args.format == "json":
        print(report.model_dump_json(indent=2))
    else:
        from pipeline.html import render_html

        print(render_html(report, args.lang))
    return 0


def run_demo(args: argparse.Namespace, settings: Settings) -> int:
    from flows.demo import demo

    return demo(settings)


def run_intake(args: argparse.Namespace, settings: Settings) -> int:
    from flows.intake import intake

    results = intake(settings)
    for line in results:
        print(line)
    return 0


def run_serve_intake(args: argparse.Namespace, settings: Settings) -> int:
    from flows.intake import intake_flow

    with tempfile.TemporaryDirectory(prefix="trustlist-logging-") as folder:
        # Each run starts as a fresh process that sets up Prefect's logging as it loads the
        # flow, without running any code of ours first: this file, inherited through the
        # environment, puts the masking filter on its handlers.
        os.environ["PREFECT_LOGGING_SETTINGS_PATH"] = str(
            write_prefect_logging_config(settings, Path(folder))
        )
        # Polls every poll_interval_s; the flow reads its settings from the environment
        # of the process that runs it, as a deployment's runs carry no Python objects.
        intake_flow.serve(name="inbox-poll", interval=settings.poll_interval_s)
    return 0


def _storage_errors(command: Callable[[argparse.Namespace, Settings], int]) -> Callable[..., int]:
    """An operator command whose object store fails says why (endpoint, bucket, key) and exits 1."""

    @functools.wraps(command)
    def run(args: argparse.Namespace, settings: Settings) -> int:
        try:
            return command(args, settings)
        except StorageError as exc:
            print(f"trustlist: {exc}", file=sys.stderr)
            return 1

    return run


@_storage_errors
def run_quarantine_list(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.quarantine import list_quarantined

    entries = list_quarantined(_store(settings), settings)
    for e in entries:
        retried = f"\tretried {len(e.retries)}x, last {e.retries[-1].retried_at}" if e.retries else ""
        print(f"{e.id}\t{e.quarantined_at.isoformat()}\t{e.problem or e.reason_line}{retried}")
    print(f"{len(entries)} quarantined bundle(s)", file=sys.stderr)
    return 0


@_storage_errors
def run_quarantine_retry(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline import quarantine

    store = _store(settings)
    entries = quarantine.list_quarantined(store, settings)
    code = 0
    try:
        chosen = quarantine.pending(entries) if args.all else [quarantine.select(entries, args.key)]
    except QuarantineError as exc:
        print(f"trustlist: {exc}", file=sys.stderr)
        return 2
    for entry in chosen:
        try:
            keys = quarantine.retry(store, settings, entry)
        except QuarantineError as exc:
            # The others are still sent back; the exit code says something was refused.
            print(f"trustlist: {exc}", file=sys.stderr)
            code = 2
            continue
        print(f"{entry.id}\tback in the inbox as {entry.inbox_key} ({len(keys)} object(s))")
    if not chosen:
        print("nothing to retry", file=sys.stderr)
    return code


@_storage_errors
def run_status(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.status import collect, render

    status = collect(_store(settings), settings)
    print(status.model_dump_json(indent=2) if args.json else render(status))
    return 0


def _store(settings: Settings) -> ObjectStore:
    from pipeline.storage import open_store

    store = open_store(settings)
    # A fresh installation has no buckets yet: show it empty rather than fail.
    store.ensure_buckets(settings.bucket_names())
    return store


def report_schema() -> dict:
    from pipeline.report import Report

    return Report.model_json_schema()


def run_schema(args: argparse.Namespace, settings: Settings) -> int:
    text = json.dumps(report_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.write:
        SCHEMA_PATH.parent.mkdir(exist_ok=True)
        SCHEMA_PATH.write_text(text, encoding="utf-8")
    else:
        print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
