"""The check catalogue (SPEC §5) on documents built by hand: status per code, evidence, messages, outcome."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, datetime
from typing import get_args
from zoneinfo import ZoneInfo

import pytest

from trustlist.compose.process import required_fields
from trustlist.core.identifiers import make_bin
from trustlist.core.models import (
    Bundle,
    BundleProblem,
    BundleProblemKind,
    Document,
    ExtractedField,
    FileProblem,
    FileProblemKind,
)
from trustlist.core.report import CheckResult, Messages
from trustlist.validators import CheckContext, CheckOptions, outcome, problem_code, run_checks
from trustlist.validators.base import Auditor, catalogue

RECEIVED = date(2026, 3, 2)
APPLICANT_BIN = make_bin("12034000000")
AUDITOR_BIN = make_bin("98054001234")
OTHER_BIN = make_bin("07146000321")
IIN = make_bin("80010100000")
BAD_BIN = APPLICANT_BIN[:11] + str((int(APPLICANT_BIN[11]) + 1) % 10)  # wrong check digit

FieldValues = dict[str, str | bool | None]

BASE: dict[str, tuple[str, FieldValues]] = {
    "application": (
        "application.json",
        {
            "applicant_name": "ТОО «Дата Сапа»",
            "applicant_bin": APPLICANT_BIN,
            "system_name": "«Сапа Диагностика»",
            "system_version": "2.1",
            "application_date": "2026-03-02",
        },
    ),
    "system_description": (
        "description.pdf",
        {
            "purpose": "Назначение: поддержка врача",
            "functions": "Функции: разметка снимков",
            "data": "Используемые данные: снимки",
            "risk_management": "Управление рисками: реестр рисков",
            "human_oversight": "Контроль человеком: врач подтверждает",
        },
    ),
    "ip_certificate": (
        "certificate.pdf",
        {
            "certificate_number": "78123",
            "issue_date": "2025-11-20",
            "object_type": "программа для ЭВМ",
            "object_title": '"Сапа Диагностика"',
            "authors": "Иванов А.Б., Петров В.Г.",
            "right_holder": "ТОО «Дата Сапа»",
            "right_holder_bin": APPLICANT_BIN,
        },
    ),
    "audit_conclusion": (
        "audit.pdf",
        {
            "conclusion_number": "AUD-2026/017",
            "conclusion_date": "2026-02-10",
            "auditor_name": "ТОО «Аудит Про»",
            "auditor_bin": AUDITOR_BIN,
            "system_name": "Sapa Diagnostika",
            "system_version": "v2.1",
            "system_owner": '"Data Sapa" LLP',
            "system_owner_bin": APPLICANT_BIN,
            "result": "positive",
            "valid_until": "2027-02-10",
            "covers_training_data": True,
            "covers_prohibited_functions": True,
        },
    ),
}
AGREEMENT: tuple[str, FieldValues] = (
    "agreement.pdf",
    {
        "agreement_number": "12/2025",
        "agreement_date": "2025-12-01",
        "grantor": "Иванов А.Б.",
        "grantee": "ТОО «Дата Сапа»",
        "object_title": "Сапа Диагностика",
        "valid_until": "2030-12-01",
    },
)


def make_doc(doc_type: str, file: str, values: FieldValues, problem: FileProblem | None = None) -> Document:
    fields = {
        name: ExtractedField(value=v, page=1, method="label", confidence=0.9)
        for name, v in values.items()
        if v is not None
    }
    return Document(
        file=file,
        sha256=hashlib.sha256(file.encode()).hexdigest(),
        type=doc_type,
        fields=fields,
        problem=problem,
        pages=1,
    )


def documents(
    *, drop: tuple[str, ...] = (), agreement: bool = False, **changes: FieldValues
) -> list[Document]:
    """The complete bundle's documents; ``changes`` update fields (None removes), ``drop`` types."""
    specs = dict(BASE)
    if agreement:
        specs["copyright_agreement"] = AGREEMENT
    docs = []
    for doc_type, (file, values) in specs.items():
        if doc_type in drop:
            continue
        docs.append(make_doc(doc_type, file, {**values, **changes.get(doc_type, {})}))
    return docs


def bundle(**extra) -> Bundle:
    return Bundle(
        key="health/datasapa.zip",
        agency="health",
        sha256="0" * 64,
        received_at=datetime(2026, 3, 2, 10, 15, tzinfo=ZoneInfo("Asia/Almaty")),
        **extra,
    )


def run(docs: list[Document], options: CheckOptions | None = None, **bundle_extra) -> list[CheckResult]:
    ctx = CheckContext(bundle(**bundle_extra), docs, RECEIVED, required_fields(), options or CheckOptions())
    return run_checks(ctx)


def of(results: list[CheckResult], code: str) -> list[CheckResult]:
    found = [r for r in results if r.code == code]
    assert found, f"{code} did not run"
    return found


def status(results: list[CheckResult], code: str) -> str:
    statuses = {r.status for r in of(results, code)}
    assert len(statuses) == 1, f"{code}: mixed statuses {statuses}"
    return statuses.pop()


def failures(results: list[CheckResult], code: str) -> list[CheckResult]:
    return [r for r in of(results, code) if r.status == "fail"]


def failing_codes(results: list[CheckResult]) -> set[str]:
    return {r.code for r in results if r.status == "fail"}


# --- the complete bundle -----------------------------------------------------------------


def test_complete_bundle_passes_everything():
    results = run(documents(agreement=True))
    assert failing_codes(results) == set()
    assert outcome(results) == "complete"
    assert {r.code for r in results} == set(catalogue())
    # Only what has nothing to look at is not applicable.
    not_applicable = {r.code for r in results if r.status == "not_applicable"}
    assert not_applicable == {"BND-02", "AUD-04"}  # no manifest, no list of auditors
    assert status(results, "IPR-01") == "pass"
    assert status(results, "XDC-03") == "pass"


def test_every_catalogue_code_runs_once_in_order():
    results = run(documents())
    seen = [r.code for r in results]
    assert list(dict.fromkeys(seen)) == list(catalogue())
    for r in results:
        assert r.severity == catalogue()[r.code].severity or (r.status == "fail" and r.severity == "warning")


def test_catalogue_matches_spec():
    spec = {
        "BND-01": "blocking", "BND-02": "blocking", "BND-03": "warning", "BND-04": "blocking",
        "BND-05": "warning", "BND-06": "blocking", "DOC-01": "blocking", "DOC-02": "blocking",
        "DOC-03": "blocking", "DOC-04": "blocking", "FLD-01": "blocking", "FLD-02": "blocking",
        "FLD-03": "blocking", "XDC-01": "blocking", "XDC-02": "blocking", "XDC-03": "blocking",
        "XDC-04": "blocking", "XDC-05": "blocking", "XDC-06": "warning", "AUD-01": "blocking",
        "AUD-02": "blocking", "AUD-03": "blocking", "AUD-04": "warning", "AUD-05": "warning",
        "IPR-01": "blocking", "IPR-02": "warning",
    }  # fmt: skip
    assert {code: entry.severity for code, entry in catalogue().items()} == spec


# --- BND ---------------------------------------------------------------------------------


def test_unreadable_bundle_only_bnd01_speaks():
    results = run([], unreadable="not a readable zip archive")
    assert status(results, "BND-01") == "fail"
    assert failures(results, "BND-01")[0].evidence[0].file == "health/datasapa.zip"
    assert "not a readable zip archive" in failures(results, "BND-01")[0].message.en
    assert {r.status for r in results if r.code != "BND-01"} == {"not_applicable"}
    assert {r.code for r in results} == set(catalogue())
    assert outcome(results) == "unprocessable"


def test_bundle_problems_become_bnd_failures():
    problems = {
        "BND-02": BundleProblem(kind="manifest", file="audit.pdf", detail="listed in the manifest, missing"),
        "BND-03": BundleProblem(kind="not_read", file="letter.docx", detail="unsupported file type '.docx'"),
        "BND-05": BundleProblem(kind="duplicate", file="copy.pdf", detail="same content as certificate.pdf"),
    }
    results = run(documents(), problems=list(problems.values()), has_manifest=True)
    for code, problem in problems.items():
        [found] = failures(results, code)
        assert found.evidence[0].file == problem.file
        assert problem.detail in found.message.en
    assert [r.severity for r in failures(results, "BND-03") + failures(results, "BND-05")] == ["warning"] * 2
    assert outcome(results) == "incomplete"  # BND-02


def test_manifest_present_and_matching_passes_bnd02():
    assert status(run(documents(), has_manifest=True), "BND-02") == "pass"
    assert status(run(documents()), "BND-02") == "not_applicable"


def test_every_problem_kind_is_reported_by_exactly_one_check():
    kinds = get_args(BundleProblemKind) + get_args(FileProblemKind)
    listed = [kind for entry in catalogue().values() for kind in entry.problems]
    assert sorted(listed) == sorted(kinds)  # each kind once, and no kind the readers never record
    assert {kind: problem_code(kind) for kind in kinds} == {
        "manifest": "BND-02",
        "not_read": "BND-03",
        "renamed": "BND-03",
        "unsupported": "BND-03",
        "encrypted": "BND-04",
        "duplicate": "BND-05",
        "unreadable": "BND-06",
    }


def test_a_file_of_an_unsupported_type_is_one_bnd03_finding():
    """The bundle reader keeps it unread and its document says why: one file, one finding."""
    letter = make_doc("other", "b.docx", {}, problem=FileProblem(kind="unsupported", detail="unsupported"))
    unread = BundleProblem(kind="not_read", file="b.docx", detail="unsupported file type '.docx'")
    results = run(documents() + [letter], problems=[unread])
    assert [f.evidence[0].file for f in failures(results, "BND-03")] == ["b.docx"]


@pytest.mark.parametrize(("code", "kind"), [("BND-04", "encrypted"), ("BND-06", "unreadable")])
def test_document_problems(code, kind):
    broken = make_doc("other", "scan.pdf", {}, problem=FileProblem(kind=kind, detail="cannot open"))
    results = run(documents() + [broken])
    [found] = failures(results, code)
    assert found.evidence[0].file == "scan.pdf"
    assert found.severity == "blocking"
    assert outcome(results) == "incomplete"


def test_a_document_with_a_problem_does_not_count_as_present():
    audit = documents()[-1]
    broken = audit.model_copy(update={"problem": FileProblem(kind="unreadable", detail="no text")})
    results = run(documents(drop=("audit_conclusion",)) + [broken])
    assert status(results, "DOC-03") == "fail"
    assert status(results, "BND-06") == "fail"


# --- DOC ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "dropped"),
    [
        ("DOC-01", ("application",)),
        ("DOC-02", ("ip_certificate",)),
        ("DOC-03", ("audit_conclusion",)),
        ("DOC-04", ("system_description",)),
    ],
)
def test_missing_document(code, dropped):
    results = run(documents(drop=dropped))
    assert status(results, code) == "fail"
    assert failures(results, code)[0].severity == "blocking"
    assert outcome(results) == "incomplete"
    assert status(run(documents()), code) == "pass"


def test_copyright_agreement_alone_is_ip_proof():
    results = run(documents(drop=("ip_certificate",), agreement=True))
    assert status(results, "DOC-02") == "pass"
    assert status(results, "XDC-03") == "pass"


def test_doc01_evidence_lists_the_files_present():
    results = run(documents(drop=("application",)))
    [found] = failures(results, "DOC-01")
    assert {e.file for e in found.evidence} == {"description.pdf", "certificate.pdf", "audit.pdf"}
    assert {e.value for e in found.evidence} == {"system_description", "ip_certificate", "audit_conclusion"}


@pytest.mark.parametrize("section", ["purpose", "functions", "data", "risk_management", "human_oversight"])
def test_missing_description_section(section):
    results = run(documents(system_description={section: None}))
    [found] = failures(results, "DOC-04")
    assert section in found.message.en
    assert found.evidence[0].file == "description.pdf"


def test_description_sections_may_come_from_two_documents():
    sections = BASE["system_description"][1]
    first = make_doc("system_description", "part1.pdf", {k: sections[k] for k in ("purpose", "functions")})
    second = make_doc(
        "system_description",
        "part2.pdf",
        {k: sections[k] for k in ("data", "risk_management", "human_oversight")},
    )
    results = run(documents(drop=("system_description",)) + [first, second])
    assert status(results, "DOC-04") == "pass"


# --- FLD ---------------------------------------------------------------------------------


def test_fld01_one_failure_per_missing_field():
    results = run(documents(audit_conclusion={"conclusion_number": None, "result": None}))
    found = failures(results, "FLD-01")
    assert len(found) == 2
    assert sorted(e.field for f in found for e in f.evidence) == ["conclusion_number", "result"]
    assert {e.file for f in found for e in f.evidence} == {"audit.pdf"}
    assert all(f.severity == "blocking" for f in found)
    assert outcome(results) == "incomplete"


@pytest.mark.parametrize(
    ("doc_type", "field"),
    [
        ("application", "applicant_name"),
        ("application", "applicant_bin"),
        ("application", "system_name"),
        ("application", "system_version"),
        ("application", "application_date"),
        ("ip_certificate", "certificate_number"),
        ("ip_certificate", "issue_date"),
        ("ip_certificate", "object_type"),
        ("ip_certificate", "object_title"),
        ("ip_certificate", "authors"),
        ("audit_conclusion", "conclusion_date"),
        ("audit_conclusion", "auditor_name"),
        ("audit_conclusion", "system_name"),
        ("audit_conclusion", "system_version"),
        ("audit_conclusion", "system_owner"),
    ],
)
def test_fld01_each_required_field(doc_type, field):
    [found] = failures(run(documents(**{doc_type: {field: None}})), "FLD-01")
    assert found.evidence[0].field == field
    assert found.evidence[0].file == BASE[doc_type][0]
    assert field in found.message.en


@pytest.mark.parametrize(
    "field", ["agreement_number", "agreement_date", "grantor", "grantee", "object_title"]
)
def test_fld01_agreement_fields(field):
    [found] = failures(run(documents(agreement=True, copyright_agreement={field: None})), "FLD-01")
    assert found.evidence[0].field == field and found.evidence[0].file == "agreement.pdf"


def test_fld01_optional_fields_are_not_required():
    results = run(documents(ip_certificate={"right_holder": None, "right_holder_bin": None}))
    assert status(results, "FLD-01") == "pass"


def test_fld02_invalid_check_digit():
    bad = BAD_BIN
    results = run(documents(application={"applicant_bin": bad}))
    [found] = failures(results, "FLD-02")
    assert found.severity == "blocking"
    assert found.evidence[0].file == "application.json"
    assert found.evidence[0].field == "applicant_bin"
    assert found.evidence[0].value == bad
    assert "check digit" in found.message.en
    assert outcome(results) == "incomplete"


def test_fld02_checks_every_printed_bin():
    results = run(documents(audit_conclusion={"auditor_bin": "98054001239", "system_owner_bin": "1234"}))
    found = failures(results, "FLD-02")
    assert sorted(e.field for f in found for e in f.evidence) == ["auditor_bin", "system_owner_bin"]


def test_fld02_accepts_an_iin_and_is_not_applicable_without_numbers():
    results = run(documents(application={"applicant_bin": IIN}, audit_conclusion={"system_owner_bin": IIN}))
    assert status(results, "FLD-02") == "pass"
    no_numbers = documents(
        application={"applicant_bin": None},
        ip_certificate={"right_holder_bin": None},
        audit_conclusion={"auditor_bin": None, "system_owner_bin": None},
    )
    assert status(run(no_numbers), "FLD-02") == "not_applicable"


def test_fld03_date_after_receipt():
    results = run(documents(audit_conclusion={"conclusion_date": "2026-03-03"}))
    [found] = failures(results, "FLD-03")
    assert found.evidence[0].file == "audit.pdf" and found.evidence[0].field == "conclusion_date"
    assert "2026-03-03" in found.message.en
    assert outcome(results) == "incomplete"


def test_fld03_receipt_day_itself_is_fine_and_valid_until_may_be_future():
    results = run(documents(application={"application_date": "2026-03-02"}))
    assert status(results, "FLD-03") == "pass"  # the audit's valid_until 2027-02-10 is not a past date


def test_fld03_unparseable_date():
    [found] = failures(run(documents(ip_certificate={"issue_date": "2026-02-30"})), "FLD-03")
    assert found.evidence[0].field == "issue_date"
    assert "2026-02-30" in found.message.en


# --- XDC ---------------------------------------------------------------------------------


def test_xdc01_different_system_name_is_blocking():
    results = run(documents(audit_conclusion={"system_name": "Медицина Плюс"}))
    [found] = failures(results, "XDC-01")
    assert found.severity == "blocking"
    assert {(e.file, e.field) for e in found.evidence} == {
        ("application.json", "system_name"),
        ("audit.pdf", "system_name"),
    }
    assert outcome(results) == "inconsistent"


def test_xdc01_certificate_title_compared():
    [found] = failures(run(documents(ip_certificate={"object_title": "Другая Система"})), "XDC-01")
    assert ("certificate.pdf", "object_title") in {(e.file, e.field) for e in found.evidence}


@pytest.mark.parametrize(
    "written",
    ['"Сапа Диагностика"', "«Сапа Диагностика»", "Sapa Diagnostika", "САПА ДИАГНОСТИКА", "Сапа Диагностикa"],
)
def test_xdc01_same_name_in_another_script_or_quotes(written):
    results = run(
        documents(audit_conclusion={"system_name": written}, ip_certificate={"object_title": written})
    )
    assert status(results, "XDC-01") == "pass"


def test_xdc01_ocr_noise_is_a_warning():
    results = run(documents(audit_conclusion={"system_name": "Сапа Диагнсотика"}))
    [found] = failures(results, "XDC-01")
    assert found.severity == "warning"
    assert outcome(results) == "complete"  # warnings don't block


def test_xdc01_not_applicable_with_one_name():
    results = run(documents(drop=("ip_certificate", "audit_conclusion")))
    assert status(results, "XDC-01") == "not_applicable"


def test_xdc02_versions():
    results = run(documents(audit_conclusion={"system_version": "2.2"}))
    [found] = failures(results, "XDC-02")
    assert found.severity == "blocking"
    assert {e.field for e in found.evidence} == {"system_version"}
    assert {e.file for e in found.evidence} == {"application.json", "audit.pdf"}
    assert outcome(results) == "inconsistent"
    for same in ("2.1", "v2.1", "V2.1", " 2.1 "):
        assert status(run(documents(audit_conclusion={"system_version": same})), "XDC-02") == "pass"


def test_xdc02_a_scanned_versions_lost_dot_is_a_warning():
    """«21» in a scanned conclusion for the application's «2.1»: OCR's slip over a dot, a
    warning; in a text layer, or with other digits, the versions differ."""
    docs = documents(audit_conclusion={"system_version": "21"})
    scanned = [
        d.model_copy(update={"text_source": "ocr"}) if d.type == "audit_conclusion" else d for d in docs
    ]
    [found] = failures(run(scanned), "XDC-02")
    assert found.severity == "warning"
    assert outcome(run(scanned)) == "complete"
    [found] = failures(run(docs), "XDC-02")
    assert found.severity == "blocking"
    other = documents(audit_conclusion={"system_version": "2.2"})
    other = [
        d.model_copy(update={"text_source": "ocr"}) if d.type == "audit_conclusion" else d for d in other
    ]
    [found] = failures(run(other), "XDC-02")
    assert found.severity == "blocking"


def test_xdc03_right_holder_is_applicant():
    assert status(run(documents()), "XDC-03") == "pass"
    english = documents(ip_certificate={"right_holder": '"Data Sapa" LLP'})
    assert status(run(english), "XDC-03") == "pass"


def test_xdc03_author_chain_through_agreement():
    docs = documents(agreement=True, ip_certificate={"right_holder": None, "right_holder_bin": None})
    assert status(run(docs), "XDC-03") == "pass"
    # The authors hold the rights where no right holder is named; without the agreement
    # nothing links them to the applicant.
    results = run(documents(ip_certificate={"right_holder": None, "right_holder_bin": None}))
    assert status(results, "XDC-03") == "fail"


def test_xdc03_agreement_from_someone_else_does_not_help():
    docs = documents(
        agreement=True,
        ip_certificate={"right_holder": None, "right_holder_bin": None},
        copyright_agreement={"grantor": "Сидоров К.Л."},
    )
    [found] = failures(run(docs), "XDC-03")
    assert found.severity == "blocking"
    assert ("agreement.pdf", "grantor") in {(e.file, e.field) for e in found.evidence}


def test_xdc03_unrelated_applicant_fails():
    results = run(
        documents(application={"applicant_name": "ТОО «Медицина Плюс»", "applicant_bin": OTHER_BIN})
    )
    [found] = failures(results, "XDC-03")
    assert found.severity == "blocking"
    fields = {(e.file, e.field) for e in found.evidence}
    assert ("application.json", "applicant_name") in fields
    assert ("certificate.pdf", "right_holder") in fields
    assert outcome(results) == "inconsistent"


def test_xdc03_agreement_only():
    docs = documents(drop=("ip_certificate",), agreement=True)
    assert status(run(docs), "XDC-03") == "pass"
    docs = documents(
        drop=("ip_certificate",), agreement=True, copyright_agreement={"grantee": "ТОО «Медицина Плюс»"}
    )
    [found] = failures(run(docs), "XDC-03")
    assert ("agreement.pdf", "grantee") in {(e.file, e.field) for e in found.evidence}


def test_xdc04_owner_is_applicant():
    assert status(run(documents()), "XDC-04") == "pass"
    results = run(
        documents(audit_conclusion={"system_owner": "ТОО «Медицина Плюс»", "system_owner_bin": None})
    )
    [found] = failures(results, "XDC-04")
    assert found.severity == "blocking"
    assert {(e.file, e.field) for e in found.evidence} == {
        ("audit.pdf", "system_owner"),
        ("application.json", "applicant_name"),
    }


def test_xdc04_bins_decide_when_both_printed():
    results = run(
        documents(audit_conclusion={"system_owner": "ТОО «Дата Сапа»", "system_owner_bin": OTHER_BIN})
    )
    assert status(results, "XDC-04") == "fail"


def test_xdc05_differing_bin_for_the_same_party():
    results = run(documents(ip_certificate={"right_holder_bin": OTHER_BIN}))
    [found] = failures(results, "XDC-05")
    assert found.severity == "blocking"
    assert {(e.file, e.field, e.value) for e in found.evidence} == {
        ("application.json", "applicant_bin", APPLICANT_BIN),
        ("certificate.pdf", "right_holder_bin", OTHER_BIN),
    }
    assert status(run(documents()), "XDC-05") == "pass"


def test_xdc05_grantee_bin():
    docs = documents(agreement=True, copyright_agreement={"grantee_bin": OTHER_BIN})
    [found] = failures(run(docs), "XDC-05")
    assert ("agreement.pdf", "grantee_bin") in {(e.file, e.field) for e in found.evidence}


def test_xdc06_object_not_a_program_is_a_warning():
    results = run(documents(ip_certificate={"object_type": "база данных"}))
    [found] = failures(results, "XDC-06")
    assert found.severity == "warning"
    assert found.evidence[0].file == "certificate.pdf" and found.evidence[0].field == "object_type"
    assert outcome(results) == "complete"


@pytest.mark.parametrize(
    "object_type", ["программа для ЭВМ", "ЭЕМ-ге арналған бағдарлама", "computer program", "Software"]
)
def test_xdc06_programs_pass(object_type):
    assert status(run(documents(ip_certificate={"object_type": object_type})), "XDC-06") == "pass"


# --- AUD ---------------------------------------------------------------------------------


def test_aud01_negative_fails():
    results = run(documents(audit_conclusion={"result": "negative"}))
    [found] = failures(results, "AUD-01")
    assert found.severity == "blocking"
    assert found.evidence[0].file == "audit.pdf" and found.evidence[0].field == "result"
    assert outcome(results) == "inconsistent"
    assert status(run(documents()), "AUD-01") == "pass"


def test_aud02_expired_on_receipt():
    results = run(documents(audit_conclusion={"valid_until": "2026-03-01"}))
    [found] = failures(results, "AUD-02")
    assert found.evidence[0].field == "valid_until"
    assert outcome(results) == "inconsistent"
    assert status(run(documents(audit_conclusion={"valid_until": "2026-03-02"})), "AUD-02") == "pass"


def test_aud02_older_than_twelve_months():
    [found] = failures(run(documents(audit_conclusion={"conclusion_date": "2025-03-01"})), "AUD-02")
    assert found.evidence[0].field == "conclusion_date"
    assert "12" in found.message.en
    assert status(run(documents(audit_conclusion={"conclusion_date": "2025-03-02"})), "AUD-02") == "pass"


def test_aud02_configurable_age():
    docs = documents(audit_conclusion={"conclusion_date": "2025-08-01"})
    assert status(run(docs), "AUD-02") == "pass"
    [found] = failures(run(docs, CheckOptions(audit_max_age_months=6)), "AUD-02")
    assert "6 months" in found.message.en


def test_aud02_not_applicable_without_dates():
    docs = documents(audit_conclusion={"conclusion_date": None, "valid_until": None})
    assert status(run(docs), "AUD-02") == "not_applicable"


def test_aud03_auditor_bin_is_applicant_bin():
    results = run(documents(audit_conclusion={"auditor_bin": APPLICANT_BIN}))
    [found] = failures(results, "AUD-03")
    assert found.severity == "blocking"
    assert ("audit.pdf", "auditor_bin") in {(e.file, e.field) for e in found.evidence}
    assert status(run(documents()), "AUD-03") == "pass"


def test_aud03_auditor_name_is_applicant():
    results = run(documents(audit_conclusion={"auditor_name": '"Data Sapa" LLP', "auditor_bin": None}))
    [found] = failures(results, "AUD-03")
    assert ("audit.pdf", "auditor_name") in {(e.file, e.field) for e in found.evidence}


def test_aud04_not_applicable_without_a_list():
    assert status(run(documents()), "AUD-04") == "not_applicable"


def test_aud04_not_listed_fails():
    options = CheckOptions(accredited_auditors=(Auditor(bin=OTHER_BIN, name="ТОО «Другой Аудит»"),))
    [found] = failures(run(documents(), options), "AUD-04")
    assert found.severity == "warning"
    assert found.evidence[0].file == "audit.pdf" and found.evidence[0].field == "auditor_name"
    assert outcome(run(documents(), options)) == "complete"


def test_aud04_listed_by_bin_passes():
    # Listed under its English name: the BIN decides.
    options = CheckOptions(
        accredited_auditors=(
            Auditor(bin=OTHER_BIN, name="ТОО «Другой Аудит»"),
            Auditor(bin=AUDITOR_BIN, name="Audit Pro Consulting LLP"),
        )
    )
    assert status(run(documents(), options), "AUD-04") == "pass"


def test_aud04_listed_by_name_when_no_bin_is_printed():
    options = CheckOptions(accredited_auditors=(Auditor(bin=AUDITOR_BIN, name='"Audit Pro" LLP'),))
    assert status(run(documents(audit_conclusion={"auditor_bin": None}), options), "AUD-04") == "pass"


@pytest.mark.parametrize("missing", ["covers_training_data", "covers_prohibited_functions"])
def test_aud05_scope_not_stated(missing):
    results = run(documents(audit_conclusion={missing: None}))
    [found] = failures(results, "AUD-05")
    assert found.severity == "warning"
    assert found.evidence[0].file == "audit.pdf"
    assert outcome(results) == "complete"


def test_aud05_scope_stated_false_fails():
    results = run(documents(audit_conclusion={"covers_training_data": False}))
    assert status(results, "AUD-05") == "fail"


# --- IPR ---------------------------------------------------------------------------------


def test_ipr01_agreement_expired():
    docs = documents(agreement=True, copyright_agreement={"valid_until": "2026-02-28"})
    results = run(docs)
    [found] = failures(results, "IPR-01")
    assert found.severity == "blocking"
    assert found.evidence[0].file == "agreement.pdf" and found.evidence[0].field == "valid_until"
    assert outcome(results) == "inconsistent"


def test_ipr01_not_applicable_without_agreement_or_term():
    assert status(run(documents()), "IPR-01") == "not_applicable"
    docs = documents(agreement=True, copyright_agreement={"valid_until": None})
    assert status(run(docs), "IPR-01") == "not_applicable"


def test_ipr02_ip_document_after_application():
    results = run(
        documents(application={"application_date": "2026-02-20"}, ip_certificate={"issue_date": "2026-02-25"})
    )
    [found] = failures(results, "IPR-02")
    assert found.severity == "warning"
    assert {(e.file, e.field) for e in found.evidence} == {
        ("certificate.pdf", "issue_date"),
        ("application.json", "application_date"),
    }
    assert outcome(results) == "complete"


def test_ipr02_agreement_date():
    docs = documents(
        agreement=True,
        application={"application_date": "2026-02-20"},
        copyright_agreement={"agreement_date": "2026-02-21"},
    )
    [found] = failures(run(docs), "IPR-02")
    assert ("agreement.pdf", "agreement_date") in {(e.file, e.field) for e in found.evidence}


# --- evidence and messages across many failures ----------------------------------------------

FIELD_LEVEL_CASES: dict[str, Callable[[], list[Document]]] = {
    "FLD-01": lambda: documents(application={"system_version": None}),
    "FLD-02": lambda: documents(audit_conclusion={"auditor_bin": BAD_BIN}),
    "FLD-03": lambda: documents(audit_conclusion={"conclusion_date": "2026-04-01"}),
    "XDC-01": lambda: documents(audit_conclusion={"system_name": "Медицина Плюс"}),
    "XDC-02": lambda: documents(audit_conclusion={"system_version": "3.0"}),
    "XDC-03": lambda: documents(
        ip_certificate={"right_holder": "ТОО «Медицина Плюс»", "right_holder_bin": None}
    ),
    "XDC-04": lambda: documents(
        audit_conclusion={"system_owner": "ТОО «Медицина Плюс»", "system_owner_bin": None}
    ),
    "XDC-05": lambda: documents(ip_certificate={"right_holder_bin": OTHER_BIN}),
    "XDC-06": lambda: documents(ip_certificate={"object_type": "произведение живописи"}),
    "AUD-01": lambda: documents(audit_conclusion={"result": "negative"}),
    "AUD-02": lambda: documents(audit_conclusion={"valid_until": "2026-01-01"}),
    "AUD-03": lambda: documents(audit_conclusion={"auditor_bin": APPLICANT_BIN}),
    "IPR-01": lambda: documents(agreement=True, copyright_agreement={"valid_until": "2026-01-01"}),
    "IPR-02": lambda: documents(
        ip_certificate={"issue_date": "2026-03-02"}, application={"application_date": "2026-03-01"}
    ),
}


@pytest.mark.parametrize("code", list(FIELD_LEVEL_CASES))
def test_field_level_failure_names_file_and_field(code):
    docs = FIELD_LEVEL_CASES[code]()
    results = run(docs)
    found = failures(results, code)
    assert found, f"{code} should fail"
    files = {d.file for d in docs}
    for f in found:
        assert f.evidence
        for e in f.evidence:
            assert e.file in files
            assert e.field
    # One defect, one failing check: the others are not disturbed.
    assert failing_codes(results) == {code}


def all_failures() -> list[CheckResult]:
    broken = make_doc("other", "scan.pdf", {}, problem=FileProblem(kind="unreadable", detail="no text"))
    locked = make_doc("other", "locked.pdf", {}, problem=FileProblem(kind="encrypted", detail="password"))
    results: list[CheckResult] = []
    results += run([], unreadable="nothing to read")
    results += run(
        [broken, locked],
        has_manifest=True,
        problems=[
            BundleProblem(kind="manifest", file="a.pdf", detail="missing"),
            BundleProblem(kind="not_read", file="b.docx", detail="unsupported"),
            BundleProblem(kind="duplicate", file="c.pdf", detail="same as d.pdf"),
        ],
    )
    for make in FIELD_LEVEL_CASES.values():
        results += run(make())
    results += run(documents(system_description={"data": None}))
    results += run(documents(audit_conclusion={"covers_training_data": None}))
    options = CheckOptions(accredited_auditors=(Auditor(bin=OTHER_BIN, name="X"),))
    results += run(documents(), options)
    return results


def test_every_code_can_fail():
    assert failing_codes(all_failures()) == set(catalogue())


def assert_messages(message: Messages) -> None:
    texts = [message.ru, message.kk, message.en]
    assert all(t.strip() for t in texts)
    assert len(set(texts)) == 3, texts
    assert "{detail}" not in "".join(texts)


def test_messages_in_three_languages_for_every_status():
    listed = CheckOptions(accredited_auditors=(Auditor(bin=AUDITOR_BIN, name="ТОО «Аудит Про»"),))
    results = all_failures() + run(documents(agreement=True), listed) + run(documents(), has_manifest=True)
    seen = set()
    for r in results:
        assert_messages(r.message)
        seen.add((r.code, r.status))
    assert {code for code, s in seen if s == "fail"} == set(catalogue())
    assert {code for code, s in seen if s == "pass"} == set(catalogue())


def test_failure_message_differs_from_pass_message():
    passing = {r.code: r.message.en for r in run(documents(agreement=True)) if r.status == "pass"}
    for r in all_failures():
        if r.status == "fail" and r.code in passing:
            assert r.message.en != passing[r.code]


# --- outcome -----------------------------------------------------------------------------


def result(code: str, status: str = "fail", severity: str = "blocking") -> CheckResult:
    return CheckResult(code=code, status=status, severity=severity, message=Messages(ru="р", kk="қ", en="e"))


@pytest.mark.parametrize(
    ("checks", "expected"),
    [
        ([], "complete"),
        ([result("DOC-01", "pass"), result("AUD-01", "not_applicable")], "complete"),
        ([result("BND-03", severity="warning"), result("XDC-01", severity="warning")], "complete"),
        ([result("BND-01"), result("DOC-01")], "unprocessable"),
        ([result("XDC-01"), result("DOC-02")], "incomplete"),
        ([result("FLD-03")], "incomplete"),
        ([result("BND-02")], "incomplete"),
        ([result("BND-04")], "incomplete"),
        ([result("BND-06")], "incomplete"),
        ([result("XDC-01")], "inconsistent"),
        ([result("AUD-02")], "inconsistent"),
        ([result("IPR-01"), result("XDC-06", severity="warning")], "inconsistent"),
        ([result("DOC-01", "pass"), result("AUD-03", "not_applicable")], "complete"),
    ],
)
def test_outcome_rules(checks, expected):
    assert outcome(checks) == expected
