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
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from trustlist.compose.logs import setup_logging, write_prefect_logging_config
from trustlist.core.errors import ConfigError, QuarantineError, RegistryError, StorageError
from trustlist.core.settings import Settings

if TYPE_CHECKING:
    from trustlist.compose.process import Pipeline
    from trustlist.intake.storage import ObjectStore

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
        "check",
        help="check bundles (zip, folder or document): one report on stdout, or with --out one file each",
    )
    check.add_argument("path", type=Path, nargs="+")
    check.add_argument("--format", choices=("json", "html"), default="json")
    check.add_argument("--lang", choices=("ru", "kk", "en"), default="ru", help="language of the HTML report")
    check.add_argument("--agency", help="agency code (default: the name of the folder holding PATH)")
    check.add_argument(
        "--out",
        type=Path,
        help="folder to write each report into as NAME.json or NAME.html, one line per bundle on "
        "stdout (needed for several paths)",
    )
    check.set_defaults(run=run_check)

    demo = commands.add_parser(
        "demo", help="copy the sample bundles into the local inbox and run the intake flow"
    )
    demo.set_defaults(run=run_demo)

    intake = commands.add_parser("intake", help="process every ready bundle in the inbox once")
    intake.set_defaults(run=run_intake)

    serve = commands.add_parser("serve-intake", help="serve the intake deployment, polling the inbox")
    serve.set_defaults(run=run_serve_intake)

    web = commands.add_parser("serve", help="serve the reviewers' web app: queue, reports, decisions, lists")
    web.add_argument("--host", default="127.0.0.1", help="address to listen on (default: this machine only)")
    web.add_argument("--port", type=int, default=8000)
    web.set_defaults(run=run_serve)

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

    add_registry_commands(commands)

    schema = commands.add_parser("schema", help="print the report's JSON Schema")
    schema.add_argument("--write", action="store_true", help=f"write it to {SCHEMA_PATH.name}")
    schema.set_defaults(run=run_schema)
    return parser


def run_check(args: argparse.Namespace, settings: Settings) -> int:
    from trustlist.compose.process import Pipeline

    problem = check_problem(args.path, args.out, args.format)
    if problem:
        print(f"trustlist: {problem}", file=sys.stderr)
        return 2
    render = functools.partial(
        check_one,
        settings=settings,
        agency=args.agency,
        fmt=args.format,
        lang=args.lang,
        at_once=min(len(args.path), BUNDLES_AT_ONCE),
    )
    reports = check_bundles(Pipeline(settings), args.path, render)
    if args.out is None:
        [(_, text)] = reports
        print(text)
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for path, (outcome, text) in zip(args.path, reports, strict=True):
        target = args.out / report_name(path, args.format)
        target.write_text(text, encoding="utf-8")
        print(f"{path}\t{outcome}\t{target}", flush=True)
    return 0


def check_problem(paths: list[Path], out: Path | None, fmt: str) -> str | None:
    """Why ``check`` cannot run on these paths as asked, or None; said before any is read."""
    missing = next((p for p in paths if not p.exists()), None)
    if missing:
        return f"{missing}: no such file or folder"
    if len(paths) > 1 and out is None:
        return "several bundles need --out DIR, to write one report each"
    names = [report_name(p, fmt) for p in paths]
    twice = next((name for name in names if names.count(name) > 1), None)
    return f"two bundles would both be written to {twice}" if twice else None


def report_name(path: Path, fmt: str) -> str:
    """bundle.zip, bundle/ and bundle.pdf are all reported in bundle.json (or .html)."""
    path = path.resolve()
    return f"{path.stem if path.is_file() else path.name}.{fmt}"


# Bundles ``check`` reads at once: while one is finishing (its last page, its fields,
# checks and report) the next one's pages are already queued, so no OCR worker waits
# between bundles. Their pages share the engine's page pool: still at most ocr_workers
# tesseracts at a time.
BUNDLES_AT_ONCE = 2
# Bundles started and not yet handed on: two more than run at once, so that a bundle done
# early is not idle while an earlier one finishes, and few reports wait in memory.
BUNDLES_AHEAD = 2 * BUNDLES_AT_ONCE


def check_bundles(
    pipeline: Pipeline, paths: list[Path], render: Callable[[Pipeline, Path], tuple[str, str]]
) -> Iterator[tuple[str, str]]:
    """``render`` of each path, in the order given, BUNDLES_AT_ONCE at a time."""
    bundles = ThreadPoolExecutor(BUNDLES_AT_ONCE, thread_name_prefix="bundle")
    started: deque[Future[tuple[str, str]]] = deque()
    try:
        for path in paths:
            started.append(bundles.submit(render, pipeline, path))
            if len(started) == BUNDLES_AHEAD:
                yield started.popleft().result()
        while started:
            yield started.popleft().result()
    finally:
        # Stopped early (an interrupt, a report that cannot be written): no new bundle starts.
        bundles.shutdown(cancel_futures=True)


def check_one(
    pipeline: Pipeline,
    path: Path,
    *,
    settings: Settings,
    agency: str | None,
    fmt: str,
    lang: str,
    at_once: int,
) -> tuple[str, str]:
    """One bundle's outcome and its report, as JSON or as the reviewer's HTML (one of
    ``at_once`` bundles read side by side)."""
    from trustlist.intake.bundle import from_path

    bundle = from_path(path, settings, agency)
    if fmt == "json":
        report = pipeline.check_bundle(bundle)
        return report.outcome, report.model_dump_json(indent=2)
    from trustlist.compose.html import evidence_crops, render_html
    from trustlist.compose.process import page_store

    # The pages OCR reads, kept for the crops: the JSON report has none and keeps none.
    kept = page_store(at_once)
    report = pipeline.check_bundle(bundle, kept)
    crops = evidence_crops(report, {f.name: f.data for f in bundle.files}, pipeline.reading, kept)
    return report.outcome, render_html(report, lang, crops)


def run_demo(args: argparse.Namespace, settings: Settings) -> int:
    from trustlist.flows.demo import demo

    return demo(settings)


def run_intake(args: argparse.Namespace, settings: Settings) -> int:
    from trustlist.flows.intake import intake

    results = intake(settings)
    for line in results:
        print(line)
    return 0


def run_serve_intake(args: argparse.Namespace, settings: Settings) -> int:
    from trustlist.flows.intake import intake_flow

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


def run_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from trustlist.web.app import create_app

    try:
        app = create_app(settings)
    except ConfigError as exc:  # no session secret: say how to set one
        print(f"trustlist: {exc}", file=sys.stderr)
        return 2
    # log_config=None: uvicorn's records go through the handlers setup_logging installed.
    uvicorn.run(app, host=args.host, port=args.port, log_config=None)
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
    from trustlist.intake.quarantine import list_quarantined

    entries = list_quarantined(_store(settings), settings)
    for e in entries:
        retried = f"\tretried {len(e.retries)}x, last {e.retries[-1].retried_at}" if e.retries else ""
        print(f"{e.id}\t{e.quarantined_at.isoformat()}\t{e.problem or e.reason_line}{retried}")
    print(f"{len(entries)} quarantined bundle(s)", file=sys.stderr)
    return 0


@_storage_errors
def run_quarantine_retry(args: argparse.Namespace, settings: Settings) -> int:
    from trustlist.intake import quarantine

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
    from trustlist.desk.status import collect, render

    status = collect(_store(settings), settings)
    print(status.model_dump_json(indent=2) if args.json else render(status))
    return 0


def add_registry_commands(commands: argparse._SubParsersAction) -> None:
    """Reviewers' decisions, their accounts and the published lists (SPEC §7)."""
    decide = commands.add_parser("decide", help="record a reviewer's decision on an application")
    decide.add_argument("agency")
    decide.add_argument("application_id")
    decide.add_argument("decision", choices=("accept", "return"))
    decide.add_argument(
        "--reason", action="append", default=[], help="why it is returned (repeat for several reasons)"
    )
    decide.add_argument("--reviewer", required=True, help="who decides")
    decide.add_argument("--revision", type=int, help="the revision decided on (default: the latest)")
    decide.set_defaults(run=run_decide)

    waive = commands.add_parser(
        "waive", help="waive a blocking check of an application's latest revision, with a justification"
    )
    waive.add_argument("agency")
    waive.add_argument("application_id")
    waive.add_argument("check", help="the failing blocking check's code, e.g. XDC-01")
    waive.add_argument("--justification", required=True, help="why the law allows listing despite it")
    waive.add_argument("--reviewer", required=True, help="who waives it")
    waive.add_argument("--revision", type=int, help="the revision (default: the latest)")
    waive.set_defaults(run=run_waive)

    correct = commands.add_parser(
        "correct", help="correct (or confirm) a field the machine misread; the checks run again"
    )
    correct.add_argument("agency")
    correct.add_argument("application_id")
    correct.add_argument("file", help="the bundle file the document is in, as the report names it")
    correct.add_argument("field", help="the field's name, e.g. application_date")
    correct.add_argument("value", help="the value as the document prints it")
    correct.add_argument("--type", dest="document_type", required=True, help="the document's type")
    correct.add_argument("--reason", required=True, help="why the machine's value is wrong")
    correct.add_argument("--reviewer", required=True, help="who corrects it")
    correct.add_argument("--revision", type=int, help="the revision (default: the latest)")
    correct.set_defaults(run=run_correct)

    examples = commands.add_parser(
        "labelled-examples", help="reviewers' corrections as labelled examples (JSON lines) for the benchmark"
    )
    examples.add_argument("--agency", action="append", help="only these agencies (repeatable)")
    examples.set_defaults(run=run_corrections)

    users = commands.add_parser("users", help="reviewer accounts")
    actions = users.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="create an account")
    add.add_argument("username")
    add.add_argument(
        "--agency", action="append", required=True, help="an agency it reviews (repeat for several)"
    )
    passwd = actions.add_parser("passwd", help="set an account's password")
    passwd.add_argument("username")
    for action in (add, passwd):
        # Never on the command line: argv is visible to every user of the machine (ps).
        action.add_argument(
            "--password-stdin", action="store_true", help="read the password from standard input"
        )
    add.set_defaults(run=run_users_add)
    passwd.set_defaults(run=run_users_passwd)
    actions.add_parser("list", help="accounts, their agencies, active or disabled").set_defaults(
        run=run_users_list
    )
    disable = actions.add_parser("disable", help="stop an account from signing in")
    disable.add_argument("username")
    disable.set_defaults(run=run_users_disable)

    commands.add_parser(
        "publish", help="write each agency's list of accepted systems (JSON, CSV, HTML) when it changed"
    ).set_defaults(run=run_publish)
    commands.add_parser("verify-publications", help="check every published list's hash chain").set_defaults(
        run=run_verify_publications
    )


def _registry_errors(command: Callable[[argparse.Namespace, Settings], int]) -> Callable[..., int]:
    """A refused registry request (RegistryError, invalid decision) says why and exits 2."""

    @functools.wraps(command)
    def run(args: argparse.Namespace, settings: Settings) -> int:
        from pydantic import ValidationError

        try:
            return command(args, settings)
        except RegistryError as exc:
            print(f"trustlist: {exc}", file=sys.stderr)
        except ValidationError as exc:
            problems = "; ".join(e["msg"] for e in exc.errors())
            print(f"trustlist: {problems}", file=sys.stderr)
        return 2

    return _storage_errors(run)


def _revision(store: ObjectStore, settings: Settings, args: argparse.Namespace) -> int:
    """The revision named on the command line, else the application's latest."""
    from trustlist.desk import registry

    if args.revision is not None:
        return args.revision
    app = registry.application(store, settings, args.agency, args.application_id)
    if app is None:
        raise RegistryError(f"no application {args.agency}/{args.application_id}")
    return app.revision


@_registry_errors
def run_decide(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import UTC, datetime

    from trustlist.desk import registry
    from trustlist.desk.accounts import reviewer_of
    from trustlist.desk.notice import write_notice

    store = _store(settings)
    reviewer = reviewer_of(store, settings, args.reviewer, args.agency)
    revision = _revision(store, settings, args)
    decision = registry.Decision(
        agency=args.agency,
        application_id=args.application_id,
        revision=revision,
        decision=args.decision,
        reasons=args.reason,
        reviewer=reviewer.username,
        decided_at=datetime.now(UTC),
    )
    print(f"decision recorded: registry/{registry.record_decision(store, settings, decision)}")
    if decision.decision == "return":
        key = write_notice(store, settings, args.agency, args.application_id, revision)
        print(f"notice of defects drafted: reports/{key}")
    return 0


@_registry_errors
def run_waive(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import UTC, datetime

    from trustlist.desk import registry
    from trustlist.desk.accounts import reviewer_of

    store = _store(settings)
    reviewer = reviewer_of(store, settings, args.reviewer, args.agency)
    waiver = registry.Waiver(
        agency=args.agency,
        application_id=args.application_id,
        revision=_revision(store, settings, args),
        check=args.check,
        justification=args.justification,
        reviewer=reviewer.username,
        waived_at=datetime.now(UTC),
    )
    print(f"waiver recorded: registry/{registry.record_waiver(store, settings, waiver)}")
    return 0


@_registry_errors
def run_correct(args: argparse.Namespace, settings: Settings) -> int:
    from pydantic import ValidationError

    from trustlist.compose.process import Pipeline
    from trustlist.desk.accounts import reviewer_of
    from trustlist.desk.corrections import correct

    store = _store(settings)
    reviewer = reviewer_of(store, settings, args.reviewer, args.agency)
    try:
        report = correct(
            store,
            Pipeline(settings),
            args.agency,
            args.application_id,
            _revision(store, settings, args),
            file=args.file,
            document_type=args.document_type,
            field=args.field,
            text=args.value,
            reason=args.reason,
            reviewer=reviewer.username,
        )
    except ValidationError:
        raise  # a malformed record (no reason): said as such by _registry_errors
    except ValueError as exc:  # the value is not one of the field's kind
        raise RegistryError(str(exc)) from exc
    print(
        f"report r{report.revision} version {report.report_version}: {report.outcome}"
        + (f" ({', '.join(report.failing_codes())})" if report.failing_codes() else "")
    )
    return 0


@_registry_errors
def run_corrections(args: argparse.Namespace, settings: Settings) -> int:
    from trustlist.desk.corrections import labelled_examples

    for example in labelled_examples(_store(settings), settings, args.agency):
        print(json.dumps(example, ensure_ascii=False))
    return 0


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    password = getpass.getpass("Password: ")
    if getpass.getpass("Repeat the password: ") != password:
        raise RegistryError("the passwords differ")
    return password


@_registry_errors
def run_users_add(args: argparse.Namespace, settings: Settings) -> int:
    from trustlist.desk.accounts import add_account

    account = add_account(_store(settings), settings, args.username, _read_password(args), args.agency)
    print(f"account {account.username} created for {', '.join(account.agencies)}")
    return 0


@_registry_errors
def run_users_passwd(args: argparse.Namespace, settings: Settings) -> int:
    from trustlist.desk.accounts import set_password

    set_password(_store(settings), settings, args.username, _read_password(args))
    print(f"password of {args.username} changed")
    return 0


@_registry_errors
def run_users_list(args: argparse.Namespace, settings: Settings) -> int:
    from trustlist.desk.accounts import list_accounts

    for account in list_accounts(_store(settings), settings):
        state = "disabled" if account.disabled else "active"
        print(f"{account.username}\t{','.join(account.agencies)}\t{state}")
    return 0


@_registry_errors
def run_users_disable(args: argparse.Namespace, settings: Settings) -> int:
    from trustlist.desk.accounts import disable_account

    disable_account(_store(settings), settings, args.username)
    print(f"account {args.username} disabled")
    return 0


@_registry_errors
def run_publish(args: argparse.Namespace, settings: Settings) -> int:
    from trustlist.desk.publish import publish

    written = publish(_store(settings), settings)
    for key in written:
        print(f"registry/{key}")
    if not written:
        print("every published list is up to date", file=sys.stderr)
    return 0


@_registry_errors
def run_verify_publications(args: argparse.Namespace, settings: Settings) -> int:
    from trustlist.desk.publish import latest_version, published_agencies, sha256, verify_chain

    store = _store(settings)
    broken = False
    agencies = published_agencies(store, settings)
    if not agencies:
        print("nothing published yet", file=sys.stderr)
    for agency in agencies:
        problems = verify_chain(store, settings, agency)
        for problem in problems:
            print(f"PROBLEM {problem}")
        if problems:
            broken = True
            continue
        latest = latest_version(store, settings, agency)
        if latest is None:
            continue  # withdrawn between the listing and this read: nothing left to verify
        version, data = latest
        print(f"{agency}: v1..v{version.version} intact; v{version.version} SHA-256 {sha256(data)}")
    return 1 if broken else 0


def _store(settings: Settings) -> ObjectStore:
    from trustlist.intake.storage import open_store

    store = open_store(settings)
    # A fresh installation has no buckets yet: show it empty rather than fail.
    store.ensure_buckets(settings.bucket_names())
    return store


def report_schema() -> dict:
    from trustlist.core.report import Report

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
