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
from datetime import UTC, date, datetime
from typing import Literal
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
    DECISIONS,
    NOTICE,
    REPORT,
    REPORT_HTML,
    agency_prefix,
    application_prefix,
    decision_key,
    decisions_prefix,
    parse_revision_key,
    revision_key,
    segment,
)
from trustlist.core.report import Report
from trustlist.core.settings import Settings
from trustlist.core.workdays import WorkCalendar
from trustlist.intake.storage import ObjectStore


class Decision(BaseModel):
    """One reviewer's decision on one revision of an application."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    agency: str
    application_id: str = Field(max_length=200)
    revision: int = Field(ge=1)
    decision: Literal["accept", "return"]
    reasons: list[str] = []
    reviewer: str = Field(min_length=1, max_length=200)
    decided_at: datetime

    @field_validator("agency", "application_id")
    @classmethod
    def _segment(cls, value: str, info: ValidationInfo) -> str:
        return segment(value, str(info.field_name))

    @field_validator("reasons")
    @classmethod
    def _no_blank_reasons(cls, reasons: list[str]) -> list[str]:
        # A blank reason would satisfy "at least one reason" while telling the applicant nothing.
        cleaned = [" ".join(r.split()) for r in reasons]
        if any(not r for r in cleaned):
            raise ValueError("a reason must not be blank")
        return cleaned

    @field_validator("reviewer")
    @classmethod
    def _reviewer_named(cls, reviewer: str) -> str:
        if not reviewer.strip():
            raise ValueError("the reviewer must be named")
        return reviewer.strip()

    @field_validator("decided_at")
    @classmethod
    def _aware_utc(cls, moment: datetime) -> datetime:
        # A naive time is ambiguous by five hours (Almaty vs UTC); the record must say which.
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError("decided_at must carry a time zone")
        return moment.astimezone(UTC)

    @model_validator(mode="after")
    def _return_has_reasons(self) -> Decision:
        if self.decision == "return" and not self.reasons:
            raise ValueError("a return needs at least one reason for the applicant")
        return self

    def local_date(self, settings: Settings) -> date:
        """The decision's date in the agencies' time zone (deadlines count from it)."""
        return self.decided_at.astimezone(ZoneInfo(settings.timezone)).date()


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

    @property
    def notice_key(self) -> str:
        """Where the notice of defects on the latest revision is drafted, if it is."""
        return revision_key(self.agency, self.application_id, self.revision, NOTICE)


# --- decisions ------------------------------------------------------------------------


def record_decision(store: ObjectStore, settings: Settings, decision: Decision) -> str:
    """Append ``decision`` to the registry and return its key.

    Refused (RegistryError) when the revision has no report, or a later revision exists:
    a reviewer must not decide on documents the applicant has since replaced.
    """
    revisions = _report_index(store, settings, application_prefix(decision.agency, decision.application_id))
    known = revisions.get((decision.agency, decision.application_id), {})
    where = f"{decision.agency}/{decision.application_id}"
    if decision.revision not in known or REPORT not in known[decision.revision]:
        raise RegistryError(f"{where} has no report for revision {decision.revision}")
    latest = max(r for r, names in known.items() if REPORT in names)
    if decision.revision != latest:
        raise RegistryError(
            f"{where}: revision {decision.revision} is not the latest one (r{latest}); decide on r{latest}"
        )
    key = decision_key(decision.agency, decision.application_id, decision.decided_at, uuid.uuid4().hex)
    data = decision.model_dump_json(indent=2).encode()
    if not store.put_if_absent(settings.bucket_registry, key, data, "application/json"):
        raise RegistryError(f"registry/{key} already exists; the decision was not recorded")
    return key


def decisions_for(store: ObjectStore, settings: Settings, agency: str, application_id: str) -> list[Decision]:
    """Every decision recorded on the application, oldest first."""
    try:
        prefix = decisions_prefix(agency, application_id)
    except ValueError:
        return []
    return _decisions_under(store, settings, prefix).get((agency, application_id), [])


def _decisions_under(
    store: ObjectStore, settings: Settings, prefix: str
) -> dict[tuple[str, str], list[Decision]]:
    found: dict[tuple[str, str], list[Decision]] = defaultdict(list)
    for info in store.list(settings.bucket_registry, prefix):
        decision = _read_decision(store, settings, info.key)
        found[(decision.agency, decision.application_id)].append(decision)
    for decisions in found.values():
        decisions.sort(key=lambda d: d.decided_at)
    return found


def _read_decision(store: ObjectStore, settings: Settings, key: str) -> Decision:
    # A record that does not parse, or sits under another application's folder, is
    # reported, never skipped: a hidden "return" would change an application's status.
    try:
        decision = Decision.model_validate_json(store.get(settings.bucket_registry, key))
    except ValidationError as exc:
        raise RegistryError(f"registry/{key} is not a valid decision record: {exc}") from exc
    expected = decisions_prefix(decision.agency, decision.application_id)
    if not key.startswith(expected) or "/" in key[len(expected) :]:
        raise RegistryError(f"registry/{key} holds a decision on {decision.agency}/{decision.application_id}")
    return decision


# --- applications ---------------------------------------------------------------------


def applications(
    store: ObjectStore,
    settings: Settings,
    agencies: Iterable[str] | None = None,
    today: date | None = None,
) -> list[Application]:
    """Every application of ``agencies`` (all when None), most urgent first.

    Urgent means awaiting review, then fewest working days left; decided applications
    follow, by the same order.
    """
    prefixes = [""] if agencies is None else [agency_prefix(a) for a in _valid_segments(agencies)]
    index: dict[tuple[str, str], dict[int, set[str]]] = {}
    decisions: dict[tuple[str, str], list[Decision]] = {}
    for prefix in prefixes:
        index.update(_report_index(store, settings, prefix))
        decisions.update(_decisions_under(store, settings, DECISIONS + prefix))
    context = _Context(settings, today)
    found = [
        _application(store, context, agency, app_id, revisions, decisions.get((agency, app_id), []))
        for (agency, app_id), revisions in index.items()
    ]
    apps = [a for a in found if a is not None]
    return sorted(apps, key=urgency)


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
    return _application(store, _Context(settings, today), agency, application_id, revisions, decisions)


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
