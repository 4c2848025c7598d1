"""The published list of trusted high-risk AI systems, per agency (SPEC §7).

Each version is ``published/<agency>/v<n>.json`` in the registry bucket, written once with
``put_if_absent``, with the same content as CSV and an HTML page beside it, and a copy as
``latest.json``. A version records the SHA-256 of the previous version's JSON bytes, so a
version altered after the next one was published no longer matches the hash its successor
recorded: ``verify_chain`` finds it. The newest version has no successor yet; its hash is
printed on its HTML page and by ``trustlist verify-publications`` so that it can be kept
elsewhere. A new version is written only when the entries change.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
from collections import defaultdict
from datetime import date, datetime
from functools import cache
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, ValidationError

from trustlist.core.errors import ObjectNotFound, RegistryError
from trustlist.core.keys import (
    PUBLISHED,
    latest_published_key,
    parse_published_key,
    published_agency,
    published_key,
    published_prefix,
    segment,
)
from trustlist.core.settings import Settings
from trustlist.core.workdays import WorkCalendar
from trustlist.desk.registry import (
    Application,
    Decision,
    applications,
    read_report,
    report_field,
)
from trustlist.intake.storage import ObjectStore


class ListEntry(BaseModel):
    """One accepted system as the public sees it."""

    model_config = ConfigDict(extra="forbid")

    application_id: str
    revision: int
    system_name: str | None
    system_version: str | None
    owner: str | None
    bin: str | None
    ip_document_type: Literal["ip_certificate", "copyright_agreement"] | None
    ip_document_number: str | None
    audit_conclusion_number: str | None
    audit_conclusion_date: str | None
    decision_date: date
    publication_due: date


class PublishedList(BaseModel):
    model_config = ConfigDict(extra="forbid")

    agency: str
    version: int
    published_on: date
    previous_sha256: str | None
    entries: list[ListEntry]


log = logging.getLogger(__name__)

CSV_COLUMNS = list(ListEntry.model_fields)


def publish(store: ObjectStore, settings: Settings, today: date | None = None) -> list[str]:
    """Write a new list version for every agency whose accepted applications changed; the keys written.

    Agencies with a list already are published again even when nothing is accepted any more
    (every acceptance withdrawn): the empty list is then the truth. A chain that no longer
    verifies is refused (RegistryError) rather than extended, since the new version would
    vouch for the altered one.
    """
    today = today or datetime.now(ZoneInfo(settings.timezone)).date()
    calendar = WorkCalendar.from_file(settings.calendar_transfers)
    listing = applications(store, settings, today=today)
    accepted: dict[str, list[Application]] = defaultdict(list)
    for app in listing.apps:
        if app.status == "accepted":
            accepted[app.agency].append(app)
    # A list published without an application whose records cannot be read would delist
    # it if it was accepted: its agency waits until an operator repairs the record.
    held = {d.agency for d in listing.damaged}
    for damaged in listing.damaged:
        log.warning(
            "%s: not published: %s/%s cannot be read: %s",
            damaged.agency,
            damaged.agency,
            damaged.application_id,
            damaged.problem,
        )
    written = []
    for agency in sorted((set(accepted) | set(published_agencies(store, settings))) - held):
        entries = sorted(
            (_entry(store, settings, calendar, app) for app in accepted.get(agency, [])),
            key=lambda e: (e.decision_date, e.application_id),
        )
        written += _publish_agency(store, settings, agency, entries, today)
    return written


def verify_chain(store: ObjectStore, settings: Settings, agency: str) -> list[str]:
    """What is wrong with the agency's published versions; [] when the chain is intact."""
    try:
        segment(agency, "agency")
    except ValueError as exc:
        return [str(exc)]
    objects = _published_objects(store, settings, agency)
    versions = sorted(n for n, ext in objects if ext == "json")
    if not versions:
        return [f"{agency}: no published list"]
    problems = [f"{agency}: v{n}.json is missing" for n in range(1, versions[-1] + 1) if n not in versions]
    for n in versions:
        previous = None if n == 1 else objects.get((n - 1, "json"), b"")
        problems += _version_problems(agency, n, objects[(n, "json")], objects, previous)
    latest = _get_or_none(store, settings, latest_published_key(agency))
    if latest != objects[(versions[-1], "json")]:
        problems.append(f"{agency}: latest.json is not a copy of v{versions[-1]}.json")
    return problems


def published_agencies(store: ObjectStore, settings: Settings) -> list[str]:
    listed = store.list(settings.bucket_registry, PUBLISHED)
    return sorted({agency for info in listed if (agency := published_agency(info.key))})


def latest_version(store: ObjectStore, settings: Settings, agency: str) -> tuple[PublishedList, bytes] | None:
    """The newest version of the agency's list and its JSON bytes, or None before the first."""
    versions = sorted(n for n, ext in _version_keys(store, settings, agency) if ext == "json")
    if not versions:
        return None
    data = store.get(settings.bucket_registry, published_key(agency, versions[-1], "json"))
    return _parse(data, agency, versions[-1]), data


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- one agency -----------------------------------------------------------------------


def _publish_agency(
    store: ObjectStore, settings: Settings, agency: str, entries: list[ListEntry], today: date
) -> list[str]:
    latest = latest_version(store, settings, agency)
    if latest is not None:
        problems = verify_chain(store, settings, agency)
        if problems:
            raise RegistryError(f"{agency}: the published list does not verify, not extending it: {problems}")
        if latest[0].entries == entries:
            return []
    version = PublishedList(
        agency=agency,
        version=latest[0].version + 1 if latest else 1,
        published_on=today,
        previous_sha256=sha256(latest[1]) if latest else None,
        entries=entries,
    )
    data = _json_bytes(version)
    json_key = published_key(agency, version.version, "json")
    if not store.put_if_absent(settings.bucket_registry, json_key, data, "application/json"):
        raise RegistryError(f"registry/{json_key} was published meanwhile by another run; publish again")
    csv_key, html_key = (
        published_key(agency, version.version, "csv"),
        published_key(agency, version.version, "html"),
    )
    store.put_if_absent(settings.bucket_registry, csv_key, render_csv(version), "text/csv; charset=utf-8")
    store.put_if_absent(
        settings.bucket_registry, html_key, render_html(version, data), "text/html; charset=utf-8"
    )
    latest_key = latest_published_key(agency)
    store.put(settings.bucket_registry, latest_key, data, "application/json")
    return [json_key, csv_key, html_key, latest_key]


def _entry(store: ObjectStore, settings: Settings, calendar: WorkCalendar, app: Application) -> ListEntry:
    report = read_report(store, settings, app.agency, app.application_id, app.revision)
    decided = acceptance(app).local_date(settings)
    certificate = report_field(report, "ip_certificate", "certificate_number")
    agreement = report_field(report, "copyright_agreement", "agreement_number")
    ip_type = "ip_certificate" if certificate else "copyright_agreement" if agreement else None
    return ListEntry(
        application_id=app.application_id,
        revision=app.revision,
        system_name=report_field(report, "application", "system_name"),
        system_version=report_field(report, "application", "system_version"),
        owner=report_field(report, "application", "applicant_name"),
        bin=report_field(report, "application", "applicant_bin"),
        ip_document_type=ip_type,
        ip_document_number=certificate or agreement,
        audit_conclusion_number=report_field(report, "audit_conclusion", "conclusion_number"),
        audit_conclusion_date=report_field(report, "audit_conclusion", "conclusion_date"),
        decision_date=decided,
        publication_due=calendar.publication_due(decided),
    )


def acceptance(app: Application) -> Decision:
    """The decision that put the application on the list.

    A reviewer confirming an acceptance again must not move its date (and with it the
    publication deadline): it is the first of the accepts that end the revision's record.
    """
    on_revision = [d for d in app.decisions if d.revision == app.revision]
    if not on_revision or on_revision[-1].decision != "accept":
        raise RegistryError(f"{app.agency}/{app.application_id} is not accepted")
    first = len(on_revision) - 1
    while first > 0 and on_revision[first - 1].decision == "accept":
        first -= 1
    return on_revision[first]


# --- checking a chain -----------------------------------------------------------------


def _version_problems(
    agency: str,
    n: int,
    data: bytes,
    objects: dict[tuple[int, str], bytes],
    previous: bytes | None,
) -> list[str]:
    """``previous`` is the JSON of v(n-1): None for v1, empty when that version is missing."""
    where = f"{agency}: v{n}.json"
    try:
        version = _parse(data, agency, n)
    except RegistryError as exc:
        return [str(exc)]
    problems = []
    if previous is None and version.previous_sha256 is not None:
        problems.append(f"{where} is the first version but records a previous SHA-256")
    if previous and version.previous_sha256 != sha256(previous):
        problems.append(
            f"{where} records previous SHA-256 {version.previous_sha256}, but v{n - 1}.json hashes to "
            f"{sha256(previous)}: v{n - 1} was changed after v{n} was published"
        )
    expected = {"csv": render_csv(version), "html": render_html(version, data)}
    for ext, rendered in expected.items():
        if objects.get((n, ext)) != rendered:
            problems.append(f"{agency}: v{n}.{ext} is missing or does not match v{n}.json")
    return problems


def _parse(data: bytes, agency: str, n: int) -> PublishedList:
    try:
        version = PublishedList.model_validate_json(data)
    except ValidationError as exc:
        raise RegistryError(f"{agency}: v{n}.json is not a published list: {exc}") from None
    if (version.agency, version.version) != (agency, n):
        raise RegistryError(f"{agency}: v{n}.json says it is {version.agency} v{version.version}")
    return version


def _published_objects(store: ObjectStore, settings: Settings, agency: str) -> dict[tuple[int, str], bytes]:
    return {
        version: store.get(settings.bucket_registry, key)
        for version, key in _version_keys(store, settings, agency).items()
    }


def _version_keys(store: ObjectStore, settings: Settings, agency: str) -> dict[tuple[int, str], str]:
    keys = {}
    for info in store.list(settings.bucket_registry, published_prefix(agency)):
        version = parse_published_key(info.key, agency)
        if version:
            keys[version] = info.key
    return keys


def _get_or_none(store: ObjectStore, settings: Settings, key: str) -> bytes | None:
    try:
        return store.get(settings.bucket_registry, key)
    except ObjectNotFound:
        return None


def _json_bytes(version: PublishedList) -> bytes:
    return (version.model_dump_json(indent=2) + "\n").encode()


# --- renderings -----------------------------------------------------------------------


def render_csv(version: PublishedList) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for entry in version.entries:
        row = entry.model_dump(mode="json")
        writer.writerow([_cell(row[column]) for column in CSV_COLUMNS])
    # A BOM, so that spreadsheet programs read the Cyrillic as UTF-8.
    return ("\ufeff" + out.getvalue()).encode()


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    # Names come from applicants' documents: a spreadsheet would run "=HYPERLINK(...)" as a
    # formula. A leading apostrophe makes it text (OWASP's advice on CSV injection).
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


HTML_TEMPLATE = """<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>Перечень доверенных систем ИИ высокого риска — {{ v.agency }}, версия {{ v.version }}</title>
<style>
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 2rem; }
table { border-collapse: collapse; }
th, td { border: 1px solid #999; padding: .3rem .5rem; text-align: left; vertical-align: top; }
.hash { font-family: monospace; font-size: .85rem; }
</style>
</head>
<body>
<h1>Перечень доверенных систем искусственного интеллекта высокого риска</h1>
<p>Сенім артылған жоғары тәуекелді жасанды интеллект жүйелерінің тізбесі ·
List of trusted high-risk AI systems</p>
<p>Государственный орган / Мемлекеттік орган / Agency: <strong>{{ v.agency }}</strong> ·
версия {{ v.version }} · опубликовано {{ v.published_on.isoformat() }}</p>
<table>
<thead><tr>
<th>Система / System</th><th>Версия / Version</th><th>Владелец / Owner</th><th>БИН / BIN</th>
<th>Документ о правах / IP document</th><th>Аудиторское заключение / Audit conclusion</th>
<th>Дата решения / Decision date</th><th>Срок публикации / Publication due</th>
</tr></thead>
<tbody>
{% for e in v.entries %}<tr>
<td>{{ e.system_name or "—" }}</td><td>{{ e.system_version or "—" }}</td><td>{{ e.owner or "—" }}</td>
<td>{{ e.bin or "—" }}</td><td>{{ e.ip_document_number or "—" }}</td>
<td>{{ e.audit_conclusion_number or "—" }}
{%- if e.audit_conclusion_date %} от {{ e.audit_conclusion_date }}{% endif %}</td>
<td>{{ e.decision_date.isoformat() }}</td><td>{{ e.publication_due.isoformat() }}</td>
</tr>
{% else %}<tr><td colspan="8">Перечень пуст / Тізбе бос / The list is empty</td></tr>
{% endfor %}</tbody>
</table>
<p class="hash">SHA-256 v{{ v.version }}.json: {{ own_sha256 }}<br>
previous (v{{ v.version - 1 }}): {{ v.previous_sha256 or "—" }}</p>
</body>
</html>
"""


@cache
def _template():
    from jinja2 import Environment, StrictUndefined

    # Autoescaped: system and owner names come from applicants' documents.
    return Environment(autoescape=True, undefined=StrictUndefined).from_string(HTML_TEMPLATE)


def render_html(version: PublishedList, json_bytes: bytes) -> bytes:
    return _template().render(v=version, own_sha256=sha256(json_bytes)).encode()
