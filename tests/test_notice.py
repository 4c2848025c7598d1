"""The notice of defects: a PDF in Russian and Kazakh, read back with pdfplumber."""

from __future__ import annotations

import io
import re

import pdfplumber
import pytest

from tests.test_registry import (
    COMPLETE,
    INCONSISTENT,
    WARNED,
    decision,
    empty_store,
    pipeline_reports,
    store_report,
)
from trustlist.core.errors import RegistryError
from trustlist.core.report import Report
from trustlist.core.settings import Settings
from trustlist.core.workdays import WorkCalendar
from trustlist.desk import registry
from trustlist.desk.notice import notice_pdf, plain_finding, write_notice
from trustlist.validators.base import catalogue


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(local_root=tmp_path / "store")


@pytest.fixture
def store(settings):
    return empty_store(settings)


@pytest.fixture
def sample_reports() -> dict[str, Report]:
    return pipeline_reports()


def pages_text(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        # Lines wrap anywhere; the assertions read the text as one line per page.
        return [" ".join((page.extract_text() or "").split()) for page in pdf.pages]


def returned(store, settings, report: Report, reasons: list[str] | None = None) -> registry.Application:
    store_report(store, settings, report)
    made = decision(report, "return", **({"reasons": reasons} if reasons else {}))
    registry.record_decision(store, settings, made)
    return registry.application(store, settings, report.agency, report.application_id)


def russian_and_kazakh(data: bytes) -> tuple[str, str]:
    texts = pages_text(data)
    start = next(i for i, t in enumerate(texts) if "Анықталған сәйкессіздіктер туралы хабарлама" in t)
    return " ".join(texts[:start]), " ".join(texts[start:])


def test_the_notice_lists_blocking_failures_and_warnings_apart_in_russian_and_kazakh(
    store, settings, sample_reports
):
    inconsistent, warned = sample_reports[INCONSISTENT], sample_reports[WARNED]
    # The blocking XDC-04 of one sample bundle and the XDC-06 warning of another, as the
    # pipeline found them.
    warning = next(c for c in warned.checks if c.code == "XDC-06" and c.status == "fail")
    report = inconsistent.model_copy(update={"checks": [*inconsistent.checks, warning]})
    app = returned(store, settings, report)

    ru, kk = russian_and_kazakh(notice_pdf(report, app, settings, WorkCalendar()))

    assert "Уведомление о выявленных несоответствиях" in ru
    for text in (ru, kk):
        assert report.application_id in text
        assert "ТОО «Жасыл Энерджи»" in text or "Zhasyl Energy LLP" in text
        assert "Владелец системы в заключении — другое лицо" in text  # the reviewer's reason
        assert "«ТОО «Самал Энерго Консалтинг»»" in text and "«литературное произведение»" in text
        assert "audit_conclusion.pdf" in text
    fix = catalogue()["XDC-04"].fix
    assert "[XDC-04] Владелец системы в заключении не совпадает с заявителем: владелец системы" in ru
    assert fix.ru in ru and fix.kk in kk
    assert "[XDC-04] Қорытындыдағы жүйе иесі өтініш берушіге сәйкес келмейді: жүйе иесі" in kk
    assert catalogue()["XDC-06"].fix.kk in kk
    # Warnings come after the blocking problems, under their own heading.
    assert ru.index("[XDC-04]") < ru.index("Замечания (не препятствуют") < ru.index("[XDC-06]")
    assert kk.index("[XDC-04]") < kk.index("Ескертпелер (енгізуге") < kk.index("[XDC-06]")
    # The field's technical name stays out of the applicant's notice.
    assert "system_owner" not in ru + kk
    # How and by when: no resubmission deadline is fixed; re-review takes 5 working days.
    assert "Срок для повторной подачи не установлен" in ru
    assert "течение 5 рабочих дней" in ru and "5 жұмыс күні ішінде" in kk
    assert "редакция 2 этой заявки" in ru and "2-редакциясы" in kk
    assert "Эксперт: a.reviewer" in ru and "Сарапшы: a.reviewer" in kk


def test_a_return_of_a_complete_report_says_the_reasons_are_the_reviewers(store, settings, sample_reports):
    app = returned(store, settings, sample_reports[COMPLETE], ["Описание не соответствует системе"])
    ru, kk = russian_and_kazakh(notice_pdf(sample_reports[COMPLETE], app, settings, WorkCalendar()))
    assert "Автоматическая проверка не выявила таких несоответствий" in ru
    assert "Автоматты тексеру мұндай сәйкессіздіктерді анықтаған жоқ" in kk
    assert "Описание не соответствует системе" in ru
    assert not re.search(r"\[[A-Z]{3}-\d\d\]", ru + kk)  # no finding listed


def test_hostile_document_values_are_printed_as_text_without_breaking_the_pdf(
    store, settings, sample_reports
):
    report = sample_reports[INCONSISTENT]
    hostile = "<script>alert(1)</script>\x00\x1b[31m" + "Ж" * 400 + " 🤖 中文 ‮RTL"
    failing = next(c for c in report.checks if c.code == "XDC-04" and c.status == "fail")
    evidence = [e.model_copy(update={"value": hostile}) for e in failing.evidence]
    hostile_report = report.model_copy(
        update={"checks": [failing.model_copy(update={"evidence": evidence})] * 40}
    )
    app = returned(store, settings, hostile_report, ["%PDF-1.4 endobj ) ( \\ " + "x" * 300])

    data = notice_pdf(hostile_report, app, settings, WorkCalendar())

    texts = pages_text(data)
    assert len(texts) > 2  # forty findings run over several pages per language
    joined = " ".join(texts)
    assert "<script>alert(1)</script>" in joined
    assert "\x00" not in joined and "\x1b" not in joined
    assert joined.count("[XDC-04]") == 80


def test_write_notice_puts_it_beside_the_report(store, settings, sample_reports):
    report = sample_reports[INCONSISTENT]
    returned(store, settings, report)

    key = write_notice(store, settings, report.agency, report.application_id, 1)

    assert key == f"{report.agency}/{report.application_id}/r1/notice.pdf"
    ru, kk = russian_and_kazakh(store.get(settings.bucket_reports, key))
    assert "[XDC-04]" in ru and "[XDC-04]" in kk
    with pytest.raises(RegistryError, match="no application"):
        write_notice(store, settings, "energy", "ENR-NONE", 1)
    with pytest.raises(RegistryError, match="does not exist"):
        write_notice(store, settings, report.agency, report.application_id, 2)


def test_every_catalogue_code_has_what_to_fix_in_russian_and_kazakh():
    for code, entry in catalogue().items():
        assert all(getattr(entry.fix, lang).strip() for lang in ("ru", "kk", "en")), code


def test_a_finding_without_fields_keeps_the_reports_message(sample_reports):
    check = next(c for c in sample_reports[COMPLETE].checks if c.code == "DOC-01")
    failing = check.model_copy(
        update={"status": "fail", "message": check.message.model_copy(update={"ru": "Нет"})}
    )
    assert plain_finding(failing, "ru") == "Нет"
