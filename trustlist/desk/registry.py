"""Reviewers' decisions and the applications they decide on (SPEC §2, §7).

A decision is an append-only record in the registry bucket,
``decisions/<agency>/<application_id>/<decided_at UTC>-<uuid4>.json``, written with
``put_if_absent``: nothing is ever overwritten, a change of mind is a new record. The
status of an application is never stored; it is derived from the records: the latest
decision on the application's latest revision, or ``awaiting_review`` when that
revision has none (a resubmission reopens the review). Applications themselves are
the reports the pipeline wrote (``trustlist.core.keys``).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Literal, TypeVar
from zoneinfo import ZoneInfo

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from trustlist.core.errors import ObjectNotFound, RegistryError
from trustlist.core.keys import (
    CORRECTIONS,
    DECISIONS,
    NOTICE,
    REPORT,
    REPORT_HTML,
    WAIVERS,
    agency_prefix,
    application_prefix,
    parse_revision_key,
    record_application,
    record_key,
    records_prefix,
    revision_key,
    segment,
)
from trustlist.core.models import FieldValue
from trustlist.core.report import CheckResult, Report
from trustlist.core.settings import Settings
from trustlist.core.workdays import WorkCalendar
from trustlist.intake.storage import ObjectStore


class _Record(BaseModel):
    """What every reviewer record says: on which revision of which application, by whom."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    agency: str
    application_id: str = Field(max_length=200)
    revision: int = Field(ge=1)
    reviewer: str = Field(min_length=1, max_length=200)

    @field_validator("agency", "application_id")
    @classmethod
    def _segment(cls, value: str, info: ValidationInfo) -> str:
        return segment(value, str(info.field_name))

    @field_validator("reviewer")
    @classmethod
    def _reviewer_named(cls, reviewer: str) -> str:
        if not reviewer.strip():
            raise ValueError("the reviewer must be named")
        return reviewer.strip()

    @property
    def at(self) -> datetime:
        """When the record was made: its key and its order."""
        raise NotImplementedError


R = TypeVar("R", bound=_Record)


def _written(text: str, minimum: int, refusal: str) -> str:
    """``text`` with its spaces collapsed; ValueError(``refusal``) if shorter than ``minimum``."""
    cleaned = " ".join(text.split())
    if len(cleaned) < minimum:
        raise ValueError(refusal)
    return cleaned


def _aware_utc(moment: datetime) -> datetime:
    # A naive time is ambiguous by five hours (Almaty vs UTC); the record must say which.
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("the time must carry a time zone")
    return moment.astimezone(UTC)


class Decision(_Record):
    """One reviewer's decision on one revision of an application."""

    decision: Literal["accept", "return"]
    reasons: list[str] = []
    decided_at: datetime
    # An acceptance names the blocking checks it stands on waivers of (SPEC §7).
    waived: list[str] = []

    _decided_at_utc = field_validator("decided_at")(_aware_utc)

    @field_validator("reasons")
    @classmethod
    def _no_blank_reasons(cls, reasons: list[str]) -> list[str]:
        # A blank reason would satisfy "at least one reason" while telling the applicant nothing.
        return [_written(r, 1, "a reason must not be blank") for r in reasons]

    @model_validator(mode="after")
    def _return_has_reasons(self) -> Decision:
        if self.decision == "return" and not self.reasons:
            raise ValueError("a return needs at least one reason for the applicant")
        return self

    @property
    def at(self) -> datetime:
        return self.decided_at

    def local_date(self, settings: Settings) -> date:
        """The decision's date in the agencies' time zone (deadlines count from it)."""
        return self.decided_at.astimezone(ZoneInfo(settings.timezone)).date()


# A justification says why the law allows the listing despite the check: a few words at least.
MIN_JUSTIFICATION = 20


class Waiver(_Record):
    """A reviewer's written decision that a blocking check, right about the documents, does
    not stand in the way of listing (a company renamed between the audit and the application)."""

    check: str = Field(pattern=r"^[A-Z]{3}-[0-9]{2}$")
    justification: str
    waived_at: datetime

    _waived_at_utc = field_validator("waived_at")(_aware_utc)

    @field_validator("justification")
    @classmethod
    def _justified(cls, text: str) -> str:
        return _written(
            text,
            MIN_JUSTIFICATION,
            f"a waiver needs a written justification of at least {MIN_JUSTIFICATION} characters",
        )

    @property
    def at(self) -> datetime:
        return self.waived_at


class Application(BaseModel):
    """An application as the reviewer's queue shows it: its latest revision and its decisions."""

    agency: str
    application_id: str
    system_name: str | None
    applicant_name: str | None
    revision: int
    outcome: str
    status: Literal["awaiting_review", "accepted", "returned"]
    received_at: datetime
    review_due: date
    working_days_left: int
    report_key: str
    html_key: str | None
    decisions: list[Decision]
    waivers: list[Waiver]  # on the latest revision, oldest first

    @property
    def notice_key(self) -> str:
        """Where the notice of defects on the latest revision is drafted, if it is."""
        return revision_key(self.agency, self.application_id, self.revision, NOTICE)


class Correction(_Record):
    """A reviewer's correction of a field the machine misread, on one file of a revision
    (SPEC §7): the checks then run again on the corrected values."""

    file: str = Field(min_length=1, max_length=500)
    document_type: str
    field: str = Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")
    machine_value: FieldValue | None
    value: FieldValue
    reason: str
    corrected_at: datetime

    _corrected_at_utc = field_validator("corrected_at")(_aware_utc)

    @field_validator("reason")
    @classmethod
    def _reasoned(cls, text: str) -> str:
        return _written(text, 1, "a correction needs a reason")

    @property
    def at(self) -> datetime:
        return self.corrected_at


# --- decisions and waivers -------------------------------------------------------------


class AcceptanceRefused(RegistryError):
    """An acceptance of a revision whose report still has blocking checks failing unwaived."""

    def __init__(self, where: str, revision: int, checks: list[CheckResult]) -> None:
        self.checks = checks
        codes = ", ".join(c.code for c in checks)
        super().__init__(
            f"{where} r{revision} cannot be accepted: its report is not complete and these blocking "
            f"checks fail without a waiver: {codes}. Return it with reasons, or waive a check "
            "that the law allows to pass with a written justification."
        )


def record_decision(store: ObjectStore, settings: Settings, decision: Decision) -> str:
    """Append ``decision`` to the registry and return its key.

    Refused (RegistryError) when the revision has no report, or a later revision exists:
    a reviewer must not decide on documents the applicant has since replaced. An
    acceptance is refused (AcceptanceRefused) unless every blocking check failing in the
    revision's report is waived; it then names those waivers.
    """
    report = _latest_report(store, settings, decision)
    if decision.decision == "accept":
        waived = {w.check for w in waivers_for(store, settings, decision.agency, decision.application_id)
                  if w.revision == decision.revision}  # fmt: skip
        blocking = blocking_failures(report)
        unwaived = [c for c in blocking if c.code not in waived]
        if unwaived:
            raise AcceptanceRefused(_where(decision), decision.revision, unwaived)
        decision = decision.model_copy(update={"waived": [c.code for c in blocking]})
    return _append(store, settings, DECISIONS, decision)


def record_waiver(store: ObjectStore, settings: Settings, waiver: Waiver) -> str:
    """Append ``waiver`` to the registry and return its key; refused (RegistryError) unless
    its check fails, and blocks, in the report of the application's latest revision."""
    report = _latest_report(store, settings, waiver)
    if waiver.check not in {c.code for c in blocking_failures(report)}:
        raise RegistryError(
            f"{_where(waiver)} r{waiver.revision}: {waiver.check} is not a blocking check "
            "failing in its report"
        )
    return _append(store, settings, WAIVERS, waiver)


def record_correction(store: ObjectStore, settings: Settings, correction: Correction) -> str:
    """Append ``correction`` to the registry and return its key; refused (RegistryError)
    unless its revision is the latest, undecided, and its file holds a document of its type."""
    report = _latest_report(store, settings, correction)
    decided = [d for d in decisions_for(store, settings, correction.agency, correction.application_id)
               if d.revision == correction.revision]  # fmt: skip
    if decided:
        raise RegistryError(
            f"{_where(correction)} r{correction.revision} is decided; it can no longer be corrected"
        )
    if not any(d.file == correction.file and d.type == correction.document_type for d in report.documents):
        raise RegistryError(
            f"{_where(correction)} r{correction.revision}: "
            f"no {correction.document_type} in {correction.file!r}"
        )
    return _append(store, settings, CORRECTIONS, correction)


def corrections_for(
    store: ObjectStore, settings: Settings, agency: str, application_id: str
) -> list[Correction]:
    """Every correction recorded on the application, oldest first."""
    return _records_of(store, settings, CORRECTIONS, Correction, agency, application_id)


def blocking_failures(report: Report) -> list[CheckResult]:
    return [c for c in report.checks if c.status == "fail" and c.severity == "blocking"]


def _where(record: _Record) -> str:
    return f"{record.agency}/{record.application_id}"


def _latest_report(store: ObjectStore, settings: Settings, record: _Record) -> Report:
    """The report of the record's revision, which must be the application's latest."""
    revisions = _report_index(store, settings, application_prefix(record.agency, record.application_id))
    known = revisions.get((record.agency, record.application_id), {})
    if record.revision not in known or REPORT not in known[record.revision]:
        raise RegistryError(f"{_where(record)} has no report for revision {record.revision}")
    latest = max(r for r, names in known.items() if REPORT in names)
    if record.revision != latest:
        raise RegistryError(
            f"{_where(record)}: revision {record.revision} is not the latest one (r{latest}); "
            f"decide on r{latest}"
        )
    return read_report(store, settings, record.agency, record.application_id, record.revision)


def _append(store: ObjectStore, settings: Settings, kind: str, record: _Record) -> str:
    key = record_key(kind, record.agency, record.application_id, record.at, uuid.uuid4().hex)
    data = record.model_dump_json(indent=2).encode()
    if not store.put_if_absent(settings.bucket_registry, key, data, "application/json"):
        raise RegistryError(f"registry/{key} already exists; the record was not written")
    return key


def decisions_for(store: ObjectStore, settings: Settings, agency: str, application_id: str) -> list[Decision]:
    """Every decision recorded on the application, oldest first."""
    return _records_of(store, settings, DECISIONS, Decision, agency, application_id)


def waivers_for(store: ObjectStore, settings: Settings, agency: str, application_id: str) -> list[Waiver]:
    """Every waiver recorded on the application, oldest first."""
    return _records_of(store, settings, WAIVERS, Waiver, agency, application_id)


def _records_of(
    store: ObjectStore, settings: Settings, kind: str, model: type[R], agency: str, application_id: str
) -> list[R]:
    try:
        prefix = records_prefix(kind, agency, application_id)
    except ValueError:
        return []
    found, problems = _records_under(store, settings, kind, model, prefix)
    if problems:
        raise RegistryError(next(iter(problems.values())))
    return found.get((agency, application_id), [])


def _records_under(
    store: ObjectStore, settings: Settings, kind: str, model: type[R], prefix: str
) -> tuple[dict[tuple[str, str], list[R]], dict[tuple[str, str], str]]:
    """The records under ``prefix`` by application, and what is wrong with the
    applications whose folder holds a record that cannot be read."""
    found: dict[tuple[str, str], list[R]] = defaultdict(list)
    problems: dict[tuple[str, str], str] = {}
    for info in store.list(settings.bucket_registry, prefix):
        try:
            record = _read_record(store, settings, kind, model, info.key)
        except RegistryError as exc:
            problems.setdefault(record_application(kind, info.key) or ("?", info.key), str(exc))
            continue
        found[(record.agency, record.application_id)].append(record)
    for records in found.values():
        records.sort(key=lambda r: r.at)
    return found, problems


def _read_record(store: ObjectStore, settings: Settings, kind: str, model: type[R], key: str) -> R:
    # A record that does not parse, or sits under another application's folder, is
    # reported, never skipped: a hidden "return" would change an application's status.
    try:
        record = model.model_validate_json(store.get(settings.bucket_registry, key))
    except ValidationError as exc:
        raise RegistryError(f"registry/{key} is not a valid {model.__name__.lower()} record: {exc}") from exc
    expected = records_prefix(kind, record.agency, record.application_id)
    if not key.startswith(expected) or "/" in key[len(expected) :]:
        raise RegistryError(
            f"registry/{key} holds a {model.__name__.lower()} on {record.agency}/{record.application_id}"
        )
    return record


# --- applications ---------------------------------------------------------------------


class Damaged(BaseModel):
    """An application whose report or records cannot be read: listed, so that an operator
    looks, and held back from publication, while every other application stays usable."""

    agency: str
    application_id: str
    problem: str


@dataclass(frozen=True)
class Listing:
    apps: list[Application]  # most urgent first
    damaged: list[Damaged]


def applications(
    store: ObjectStore,
    settings: Settings,
    agencies: Iterable[str] | None = None,
    today: date | None = None,
) -> Listing:
    """Every application of ``agencies`` (all when None), most urgent first, and apart
    those whose records cannot be read.

    Urgent means awaiting review, then fewest working days left; decided applications
    follow, by the same order.
    """
    prefixes = [""] if agencies is None else [agency_prefix(a) for a in _valid_segments(agencies)]
    index: dict[tuple[str, str], dict[int, set[str]]] = {}
    decisions: dict[tuple[str, str], list[Decision]] = {}
    waivers: dict[tuple[str, str], list[Waiver]] = {}
    problems: dict[tuple[str, str], str] = {}
    for prefix in prefixes:
        index.update(_report_index(store, settings, prefix))
        found_decisions, wrong_decisions = _records_under(
            store, settings, DECISIONS, Decision, DECISIONS + prefix
        )
        found_waivers, wrong_waivers = _records_under(store, settings, WAIVERS, Waiver, WAIVERS + prefix)
        decisions.update(found_decisions)
        waivers.update(found_waivers)
        for key, problem in [*wrong_decisions.items(), *wrong_waivers.items()]:
            problems.setdefault(key, problem)
    context = _Context(settings, today)
    apps = []
    for (agency, app_id), revisions in index.items():
        if (agency, app_id) in problems:
            continue
        try:
            found_app = _application(
                store,
                context,
                agency,
                app_id,
                revisions,
                decisions.get((agency, app_id), []),
                waivers.get((agency, app_id), []),
            )
        except RegistryError as exc:
            problems[(agency, app_id)] = str(exc)
            continue
        if found_app is not None:
            apps.append(found_app)
    damaged = [Damaged(agency=a, application_id=i, problem=p) for (a, i), p in sorted(problems.items())]
    return Listing(sorted(apps, key=urgency), damaged)


def application(
    store: ObjectStore,
    settings: Settings,
    agency: str,
    application_id: str,
    today: date | None = None,
) -> Application | None:
    """The application with its latest revision, or None when there is no report for it."""
    try:
        prefix = application_prefix(agency, application_id)
    except ValueError:
        return None
    index = _report_index(store, settings, prefix)
    revisions = index.get((agency, application_id))
    if not revisions:
        return None
    decisions = decisions_for(store, settings, agency, application_id)
    waivers = waivers_for(store, settings, agency, application_id)
    return _application(
        store, _Context(settings, today), agency, application_id, revisions, decisions, waivers
    )


def urgency(app: Application) -> tuple:
    return (
        app.status != "awaiting_review",
        app.working_days_left,
        app.received_at,
        app.agency,
        app.application_id,
    )


def status_of(revision: int, decisions: list[Decision]) -> Literal["awaiting_review", "accepted", "returned"]:
    """The latest decision on ``revision`` (decisions oldest first); earlier revisions' do not count."""
    on_revision = [d for d in decisions if d.revision == revision]
    if not on_revision:
        return "awaiting_review"
    return "accepted" if on_revision[-1].decision == "accept" else "returned"


def report_field(report: Report, doc_type: str, field: str) -> str | None:
    """The first value of ``field`` in a document of ``doc_type``, as text."""
    for doc in report.documents:
        if doc.type == doc_type and field in doc.fields:
            value = doc.fields[field].value
            if value is not None and not isinstance(value, bool):
                return str(value)
    return None


def read_report(
    store: ObjectStore, settings: Settings, agency: str, application_id: str, revision: int
) -> Report:
    key = revision_key(agency, application_id, revision)
    try:
        return Report.model_validate_json(store.get(settings.bucket_reports, key))
    except ObjectNotFound as exc:
        raise RegistryError(f"reports/{key} does not exist") from exc
    except ValidationError as exc:
        raise RegistryError(f"reports/{key} is not a valid report: {exc}") from exc


class _Context:
    """What every application in one listing shares: the settings, the calendar and today."""

    def __init__(self, settings: Settings, today: date | None) -> None:
        self.settings = settings
        self.calendar = WorkCalendar.from_file(settings.calendar_transfers)
        self.today = today or datetime.now(ZoneInfo(settings.timezone)).date()


def _application(
    store: ObjectStore,
    context: _Context,
    agency: str,
    application_id: str,
    revisions: dict[int, set[str]],
    decisions: list[Decision],
    waivers: list[Waiver],
) -> Application | None:
    reported = [r for r, names in revisions.items() if REPORT in names]
    if not reported:
        return None  # only an HTML or notice so far: the report is being written
    latest = max(reported)
    report = read_report(store, context.settings, agency, application_id, latest)
    review_due = date.fromisoformat(report.deadlines.review_due)
    return Application(
        agency=agency,
        application_id=application_id,
        system_name=report_field(report, "application", "system_name"),
        applicant_name=report_field(report, "application", "applicant_name"),
        revision=latest,
        outcome=report.outcome,
        status=status_of(latest, decisions),
        received_at=datetime.fromisoformat(report.bundle.received_at),
        review_due=review_due,
        working_days_left=context.calendar.working_days_between(context.today, review_due),
        report_key=revision_key(agency, application_id, latest),
        html_key=revision_key(agency, application_id, latest, REPORT_HTML)
        if REPORT_HTML in revisions[latest]
        else None,
        decisions=decisions,
        waivers=[w for w in waivers if w.revision == latest],
    )


def _report_index(
    store: ObjectStore, settings: Settings, prefix: str
) -> dict[tuple[str, str], dict[int, set[str]]]:
    """(agency, application_id) -> revision -> names of the objects stored for it."""
    index: dict[tuple[str, str], dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for info in store.list(settings.bucket_reports, prefix):
        found = parse_revision_key(info.key)
        if found:
            index[(found.agency, found.application_id)][found.revision].add(found.name)
    return index


def _valid_segments(agencies: Iterable[str]) -> list[str]:
    valid = []
    for agency in agencies:
        try:
            valid.append(segment(agency, "agency"))
        except ValueError:
            continue  # an agency that cannot exist has no applications
    return valid
