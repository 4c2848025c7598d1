"""The ``trustlist`` command line.

Settings are read here, once, and passed down. Heavy modules (Prefect, spaCy,
pdfplumber) are imported by the commands that use them, so ``check`` starts fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline.settings import Settings

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "report.schema.json"


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    settings = Settings()
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

    # Polls every poll_interval_s; the flow reads its settings from the environment
    # of the process that runs it, as a deployment's runs carry no Python objects.
    intake_flow.serve(name="inbox-poll", interval=settings.poll_interval_s)
    return 0


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
