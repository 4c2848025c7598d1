"""The published lists: JSON, CSV and HTML per agency, versions chained by SHA-256, tampering found."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import date, datetime

import pytest

from tests.test_registry import (
    ALMATY,
    COMPLETE,
    WARNED,
    decision,
    empty_store,
    pipeline_reports,
    store_report,
)
from trustlist.cli import main
from trustlist.core.errors import RegistryError
from trustlist.core.report import Report
from trustlist.core.settings import Settings
from trustlist.desk import publish, registry

# Thursday 19 March 2026: the next five working days skip Nauryz (23-25 March observed in
# 2026) and the weekend, so publication is due Tuesday 31 March, not Thursday 26 March.
THURSDAY_BEFORE_NAURYZ = datetime(2026, 3, 19, 15, 0, tzinfo=ALMATY)
HOSTILE_NAME = '<script>alert("list")</script>'
FORMULA_OWNER = '=HYPERLINK("http://evil.example","ТОО «Дата Сапа»")'


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(local_root=tmp_path / "store")


@pytest.fixture
def store(settings):
    return empty_store(settings)


def with_field(report: Report, doc_type: str, field: str, value: str) -> Report:
    copy = report.model_copy(deep=True)
    doc = next(d for d in copy.documents if d.type == doc_type)
    doc.fields[field] = doc.fields[field].model_copy(update={"value": value})
    return copy


def accept(store, settings, report: Report, application_id: str, at: datetime = THURSDAY_BEFORE_NAURYZ):
    stored = store_report(store, settings, report, application_id=application_id)
    registry.record_decision(store, settings, decision(stored, "accept", at=at))
    return stored


def registry_get(store, settings, key: str) -> bytes:
    return store.get(settings.bucket_registry, key)


def test_publish_writes_the_spec_fields_as_json_csv_and_html(store, settings):
    reports = pipeline_reports()
    accept(store, settings, reports[COMPLETE], "HLT-2026-0042")
    # Neither awaiting review nor returned applications are listed.
    store_report(store, settings, reports[COMPLETE], application_id="HLT-2026-0050")
    returned = store_report(store, settings, reports[COMPLETE], application_id="HLT-2026-0051")
    registry.record_decision(store, settings, decision(returned, "return"))

    written = publish.publish(store, settings, today=date(2026, 3, 20))

    assert written == [
        "published/health/v1.json",
        "published/health/v1.csv",
        "published/health/v1.html",
        "published/health/latest.json",
    ]
    listed = json.loads(registry_get(store, settings, "published/health/v1.json"))
    assert (listed["agency"], listed["version"], listed["previous_sha256"]) == ("health", 1, None)
    assert listed["published_on"] == "2026-03-20"
    assert listed["entries"] == [
        {
            "application_id": "HLT-2026-0042",
            "revision": 1,
            "system_name": "Сапа Диагностика",
            "system_version": "2.1.0",
            "owner": "ТОО «Дата Сапа»",
            "bin": "180340012346",
            "ip_document_type": "ip_certificate",
            "ip_document_number": "78037",
            "audit_conclusion_number": "АЗ-001/26",
            "audit_conclusion_date": "2026-02-11",
            "decision_date": "2026-03-19",
            "publication_due": "2026-03-31",
        }
    ]
    rows = list(
        csv.DictReader(
            io.StringIO(registry_get(store, settings, "published/health/v1.csv").decode("utf-8-sig"))
        )
    )
    assert rows == [{k: str(v) for k, v in listed["entries"][0].items()}]
    page = registry_get(store, settings, "published/health/v1.html").decode()
    assert "Сапа Диагностика" in page and "2026-03-31" in page and "АЗ-001/26 от 2026-02-11" in page
    json_bytes = registry_get(store, settings, "published/health/v1.json")
    assert hashlib.sha256(json_bytes).hexdigest() in page
    assert registry_get(store, settings, "published/health/latest.json") == json_bytes
    assert publish.verify_chain(store, settings, "health") == []


def test_the_decision_date_is_the_day_in_almaty(store, settings):
    # 21:30 UTC on Thursday 19 March is 02:30 on Friday 20 March in Almaty.
    late = datetime.fromisoformat("2026-03-19T21:30:00+00:00")
    accept(store, settings, pipeline_reports()[COMPLETE], "HLT-2026-0042", at=late)

    publish.publish(store, settings, today=date(2026, 3, 20))

    [entry] = json.loads(registry_get(store, settings, "published/health/latest.json"))["entries"]
    assert (entry["decision_date"], entry["publication_due"]) == ("2026-03-20", "2026-04-01")


def test_versions_chain_by_sha256_and_only_change_with_the_content(store, settings):
    reports = pipeline_reports()
    first = accept(store, settings, reports[COMPLETE], "HLT-2026-0042")
    publish.publish(store, settings, today=date(2026, 3, 20))
    v1 = registry_get(store, settings, "published/health/v1.json")

    assert publish.publish(store, settings, today=date(2026, 3, 23)) == []
    # Confirming an acceptance again neither moves its date nor makes a new version.
    registry.record_decision(
        store, settings, decision(first, "accept", at=datetime(2026, 3, 24, tzinfo=ALMATY))
    )
    assert publish.publish(store, settings, today=date(2026, 3, 24)) == []

    accept(store, settings, reports[COMPLETE], "HLT-2026-0043", at=datetime(2026, 3, 26, 10, tzinfo=ALMATY))
    written = publish.publish(store, settings, today=date(2026, 3, 27))

    assert "published/health/v2.json" in written
    v2 = json.loads(registry_get(store, settings, "published/health/v2.json"))
    assert v2["previous_sha256"] == hashlib.sha256(v1).hexdigest()
    assert [(e["application_id"], e["decision_date"]) for e in v2["entries"]] == [
        ("HLT-2026-0042", "2026-03-19"),
        ("HLT-2026-0043", "2026-03-26"),
    ]
    assert registry_get(store, settings, "published/health/v1.json") == v1  # never rewritten
    assert publish.verify_chain(store, settings, "health") == []


def test_a_withdrawn_acceptance_publishes_an_empty_list(store, settings):
    accepted = accept(store, settings, pipeline_reports()[COMPLETE], "HLT-2026-0042")
    publish.publish(store, settings, today=date(2026, 3, 20))
    later = datetime(2026, 3, 27, tzinfo=ALMATY)
    registry.record_decision(store, settings, decision(accepted, "return", at=later))

    publish.publish(store, settings, today=date(2026, 3, 27))

    assert json.loads(registry_get(store, settings, "published/health/v2.json"))["entries"] == []
    assert "Перечень пуст" in registry_get(store, settings, "published/health/v2.html").decode()
    assert publish.verify_chain(store, settings, "health") == []


def test_rewriting_v1_is_detected_and_the_chain_is_not_extended(store, settings):
    reports = pipeline_reports()
    accept(store, settings, reports[COMPLETE], "HLT-2026-0042")
    publish.publish(store, settings, today=date(2026, 3, 20))
    accept(store, settings, reports[COMPLETE], "HLT-2026-0043", at=datetime(2026, 3, 26, tzinfo=ALMATY))
    publish.publish(store, settings, today=date(2026, 3, 27))

    v1 = json.loads(registry_get(store, settings, "published/health/v1.json"))
    v1["entries"][0]["owner"] = "ТОО «Подменённый владелец»"
    store.put(settings.bucket_registry, "published/health/v1.json", json.dumps(v1, indent=2).encode())

    problems = publish.verify_chain(store, settings, "health")

    assert any("v1 was changed after v2 was published" in p for p in problems)
    assert any("v1.csv is missing or does not match v1.json" in p for p in problems)
    accept(store, settings, reports[COMPLETE], "HLT-2026-0044", at=datetime(2026, 3, 30, tzinfo=ALMATY))
    with pytest.raises(RegistryError, match="does not verify"):
        publish.publish(store, settings, today=date(2026, 3, 31))
    assert not store.exists(settings.bucket_registry, "published/health/v3.json")


@pytest.mark.parametrize(
    ("tamper", "found"),
    [
        (lambda s, b: s.delete(b, "published/health/v1.json"), "v1.json is missing"),
        (lambda s, b: s.put(b, "published/health/v1.json", b"{not json"), "v1.json is not a published list"),
        (
            lambda s, b: s.put(b, "published/health/v2.csv", b"application_id\r\n"),
            "v2.csv is missing or does",
        ),
        (lambda s, b: s.delete(b, "published/health/v2.html"), "v2.html is missing or does"),
        (lambda s, b: s.put(b, "published/health/latest.json", b"{}"), "latest.json is not a copy of v2"),
        (
            lambda s, b: s.copy(b, "published/health/v1.json", b, "published/finance/v1.json"),
            "says it is health v1",
        ),
    ],
)
def test_other_tampering_is_detected(store, settings, tamper, found):
    reports = pipeline_reports()
    accept(store, settings, reports[COMPLETE], "HLT-2026-0042")
    publish.publish(store, settings, today=date(2026, 3, 20))
    accept(store, settings, reports[COMPLETE], "HLT-2026-0043", at=datetime(2026, 3, 26, tzinfo=ALMATY))
    publish.publish(store, settings, today=date(2026, 3, 27))

    tamper(store, settings.bucket_registry)

    problems = [p for agency in ("health", "finance") for p in publish.verify_chain(store, settings, agency)]
    assert any(found in p for p in problems), problems


def test_hostile_names_are_escaped_in_html_and_defused_in_csv(store, settings):
    report = with_field(pipeline_reports()[WARNED], "application", "system_name", HOSTILE_NAME)
    report = with_field(report, "application", "applicant_name", FORMULA_OWNER)
    accept(store, settings, report, "EDU-2026-0041")

    publish.publish(store, settings, today=date(2026, 3, 20))

    page = registry_get(store, settings, "published/education/v1.html").decode()
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#34;list&#34;)&lt;/script&gt;" in page
    [row] = csv.DictReader(
        io.StringIO(registry_get(store, settings, "published/education/v1.csv").decode("utf-8-sig"))
    )
    assert row["owner"] == "'" + FORMULA_OWNER
    assert row["system_name"] == HOSTILE_NAME  # text, not a formula: kept as it is
    [entry] = json.loads(registry_get(store, settings, "published/education/v1.json"))["entries"]
    assert (entry["system_name"], entry["owner"]) == (HOSTILE_NAME, FORMULA_OWNER)
    # The certificate names a literary work, not a program: the IP document is still the certificate.
    assert entry["ip_document_type"] == "ip_certificate"


def test_the_cli_publishes_and_verifies(monkeypatch, store, settings, capsys):
    monkeypatch.setenv("TRUSTLIST_LOCAL_ROOT", str(settings.local_root))
    assert main(["verify-publications"]) == 0
    assert "nothing published yet" in capsys.readouterr().err
    accept(store, settings, pipeline_reports()[COMPLETE], "HLT-2026-0042")

    assert main(["publish"]) == 0
    assert "registry/published/health/v1.json" in capsys.readouterr().out
    assert main(["publish"]) == 0
    assert "up to date" in capsys.readouterr().err
    assert main(["verify-publications"]) == 0
    v1 = registry_get(store, settings, "published/health/v1.json")
    assert f"health: v1..v1 intact; v1 SHA-256 {hashlib.sha256(v1).hexdigest()}" in capsys.readouterr().out

    store.put(settings.bucket_registry, "published/health/v1.json", v1.replace(b"78037", b"78038"))

    assert main(["verify-publications"]) == 1
    assert "PROBLEM health: v1.csv is missing or does not match v1.json" in capsys.readouterr().out
    assert main(["publish"]) == 2
    assert "does not verify" in capsys.readouterr().err


def test_an_unreadable_record_holds_back_its_agency_only(store, settings, caplog):
    reports = pipeline_reports()
    accept(store, settings, reports[COMPLETE], "HLT-2026-0042")
    energy = reports[COMPLETE].model_copy(update={"agency": "energy"})
    accept(store, settings, energy, "ENR-2026-0001")
    publish.publish(store, settings, today=date(2026, 3, 20))
    accept(store, settings, reports[COMPLETE], "HLT-2026-0043")
    accept(store, settings, energy, "ENR-2026-0002")
    store.put(settings.bucket_reports, "health/HLT-2026-0042/r1/report.json", b"{}")

    written = publish.publish(store, settings, today=date(2026, 3, 23))

    # Publishing health now would delist HLT-2026-0042, which is on its list.
    assert [k for k in written if k.endswith(".json")] == [
        "published/energy/v2.json",
        "published/energy/latest.json",
    ]
    assert "health: not published: health/HLT-2026-0042 cannot be read" in caplog.text
    health = json.loads(registry_get(store, settings, "published/health/latest.json"))
    assert [e["application_id"] for e in health["entries"]] == ["HLT-2026-0042"]
