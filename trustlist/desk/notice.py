"""The notice of defects (SPEC §2, §7): a PDF draft in Russian and Kazakh for the applicant.

Drafted by the system from the report and the reviewer's return decision, signed by the
reviewer. It lists each failed blocking check in plain words with what to fix (the
catalogue's ``fix`` text), then the warnings, then how to resubmit. The law fixes no
deadline for a resubmission; it fixes 5 working days for reviewing one (SPEC §1), and the
notice says exactly that rather than invent a date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from fpdf import FPDF

from trustlist.core.errors import ConfigError, RegistryError
from trustlist.core.keys import NOTICE, revision_key
from trustlist.core.report import CheckResult, Report
from trustlist.core.settings import Settings
from trustlist.core.workdays import RESUBMISSION_REVIEW_DAYS, WorkCalendar
from trustlist.desk.registry import Application, Decision, application, read_report, report_field
from trustlist.intake.storage import ObjectStore
from trustlist.validators.base import catalogue

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
NOTICE_LANGUAGES = ("ru", "kk")


@dataclass(frozen=True)
class Wording:
    title: str
    draft: str
    to: str
    bin: str
    application: str
    revision: str
    received: str
    system: str
    returned: str
    reviewer_reasons: str
    blocking: str
    no_blocking: str
    warnings: str
    fix: str
    where: str
    page: str
    resubmit: str
    resubmit_how: str
    resubmit_when: str
    example: str
    reviewer: str
    signature: str


WORDING = {
    "ru": Wording(
        title="Уведомление о выявленных несоответствиях",
        draft="Проект, подготовлен автоматически; действителен после подписи эксперта.",
        to="Заявитель",
        bin="БИН/ИИН",
        application="Номер заявки",
        revision="Редакция",
        received="Дата поступления",
        system="Система",
        returned=(
            "По результатам проверки комплектности и соответствия документы по заявке возвращаются "
            "заявителю для устранения несоответствий."
        ),
        reviewer_reasons="Основания возврата, указанные экспертом",
        blocking="Несоответствия, препятствующие включению в перечень",
        no_blocking=(
            "Автоматическая проверка не выявила таких несоответствий; основания указаны экспертом выше."
        ),
        warnings="Замечания (не препятствуют включению, но их рекомендуется устранить)",
        fix="Что исправить",
        where="Документ",
        page="стр.",
        resubmit="Как и когда подать повторно",
        resubmit_how=(
            "Устраните несоответствия и подайте пакет документов повторно полностью, тем же способом, "
            "указав номер заявки {application_id}. Он будет рассмотрен как редакция {next_revision} "
            "этой заявки."
        ),
        resubmit_when=(
            "Срок для повторной подачи не установлен. Повторная проверка проводится в течение "
            "{days} рабочих дней со дня поступления исправленного пакета."
        ),
        example="Например, пакет, поступивший {today}, будет проверен не позднее {due}.",
        reviewer="Эксперт",
        signature="Подпись",
    ),
    "kk": Wording(
        title="Анықталған сәйкессіздіктер туралы хабарлама",
        draft="Жоба, автоматты түрде дайындалған; сарапшы қол қойғаннан кейін жарамды.",
        to="Өтініш беруші",
        bin="БСН/ЖСН",
        application="Өтініш нөмірі",
        revision="Редакция",
        received="Түскен күні",
        system="Жүйе",
        returned=(
            "Толықтығы мен сәйкестігін тексеру нәтижесі бойынша өтініш құжаттары сәйкессіздіктерді "
            "жою үшін өтініш берушіге қайтарылады."
        ),
        reviewer_reasons="Сарапшы көрсеткен қайтару негіздері",
        blocking="Тізбеге енгізуге кедергі келтіретін сәйкессіздіктер",
        no_blocking=(
            "Автоматты тексеру мұндай сәйкессіздіктерді анықтаған жоқ; негіздерін сарапшы жоғарыда көрсетті."
        ),
        warnings="Ескертпелер (енгізуге кедергі келтірмейді, бірақ жою ұсынылады)",
        fix="Не түзету керек",
        where="Құжат",
        page="бет",
        resubmit="Қайта беру тәртібі мен мерзімі",
        resubmit_how=(
            "Сәйкессіздіктерді жойып, құжаттар топтамасын сол тәсілмен, {application_id} өтініш нөмірін "
            "көрсетіп, толық қайта беріңіз. Ол осы өтініштің {next_revision}-редакциясы ретінде қаралады."
        ),
        resubmit_when=(
            "Қайта беру мерзімі белгіленбеген. Қайта тексеру түзетілген топтама түскен күннен бастап "
            "{days} жұмыс күні ішінде жүргізіледі."
        ),
        example="Мысалы, {today} түскен топтама {due} кешіктірілмей тексеріледі.",
        reviewer="Сарапшы",
        signature="Қолы",
    ),
}


# Field names in plain words, for findings quoted to the applicant (ru, kk).
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "applicant_name": ("наименование заявителя", "өтініш берушінің атауы"),
    "applicant_bin": ("БИН/ИИН заявителя", "өтініш берушінің БСН/ЖСН"),
    "system_name": ("наименование системы", "жүйенің атауы"),
    "system_version": ("версия системы", "жүйенің нұсқасы"),
    "sector": ("отрасль", "сала"),
    "application_date": ("дата заявления", "өтініш күні"),
    "contact_email": ("электронная почта", "электрондық пошта"),
    "signatory": ("подписант", "қол қоюшы"),
    "purpose": ("раздел «Назначение»", "«Мақсаты» бөлімі"),
    "functions": ("раздел «Функции»", "«Функциялары» бөлімі"),
    "data": ("раздел «Используемые данные»", "«Деректер» бөлімі"),
    "risk_management": ("раздел «Управление рисками»", "«Тәуекелдерді басқару» бөлімі"),
    "human_oversight": ("раздел «Контроль человеком»", "«Адамның бақылауы» бөлімі"),
    "certificate_number": ("номер свидетельства", "куәлік нөмірі"),
    "issue_date": ("дата выдачи свидетельства", "куәліктің берілген күні"),
    "object_type": ("вид объекта", "объектінің түрі"),
    "object_title": ("наименование объекта", "объектінің атауы"),
    "authors": ("авторы", "авторлар"),
    "right_holder": ("правообладатель", "құқық иесі"),
    "right_holder_bin": ("БИН правообладателя", "құқық иесінің БСН"),
    "creation_date": ("дата создания", "жасалған күні"),
    "application_number": ("номер заявки на регистрацию", "тіркеуге өтінім нөмірі"),
    "agreement_number": ("номер договора", "шарт нөмірі"),
    "agreement_date": ("дата договора", "шарт күні"),
    "grantor": ("сторона, передающая права", "құқықты беруші тарап"),
    "grantee": ("сторона, получающая права", "құқықты алушы тарап"),
    "grantee_bin": ("БИН стороны, получающей права", "құқықты алушы тараптың БСН"),
    "valid_until": ("срок действия", "қолданылу мерзімі"),
    "conclusion_number": ("номер заключения", "қорытынды нөмірі"),
    "conclusion_date": ("дата заключения", "қорытынды күні"),
    "auditor_name": ("наименование аудитора", "аудитордың атауы"),
    "auditor_bin": ("БИН аудитора", "аудитордың БСН"),
    "system_owner": ("владелец системы", "жүйе иесі"),
    "system_owner_bin": ("БИН владельца системы", "жүйе иесінің БСН"),
    "result": ("вывод аудита", "аудит қорытындысы"),
    "covers_training_data": ("оценка обучающих данных", "оқыту деректерін бағалау"),
    "covers_prohibited_functions": ("оценка запрещённых функций", "тыйым салынған функцияларды бағалау"),
}


def notice_pdf(report: Report, app: Application, settings: Settings, calendar: WorkCalendar) -> bytes:
    """The notice for ``report``'s revision: a Russian part, then a Kazakh part."""
    today = datetime.now(ZoneInfo(settings.timezone)).date()
    pdf = _document()
    for language in NOTICE_LANGUAGES:
        pdf.add_page()
        _write_notice(pdf, WORDING[language], language, report, app, today, calendar)
    return bytes(pdf.output())


def write_notice(
    store: ObjectStore, settings: Settings, agency: str, application_id: str, revision: int
) -> str:
    """Draft the notice for one revision into the reports bucket, beside its report; returns the key."""
    app = application(store, settings, agency, application_id)
    if app is None:
        raise RegistryError(f"no application {agency}/{application_id}")
    report = read_report(store, settings, agency, application_id, revision)
    data = notice_pdf(report, app, settings, WorkCalendar.from_file(settings.calendar_transfers))
    key = revision_key(agency, application_id, revision, NOTICE)
    # A draft, not a record: a later return with other reasons replaces it.
    store.put(settings.bucket_reports, key, data, "application/pdf")
    return key


def _document() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    for style, name in FONTS.items():
        path = FONT_DIR / name
        if not path.is_file():
            raise ConfigError(f"{path} is missing: install Debian's fonts-dejavu-core")
        pdf.add_font("dejavu", style, str(path))
    return pdf


def _write_notice(
    pdf: FPDF,
    words: Wording,
    language: str,
    report: Report,
    app: Application,
    today: date,
    calendar: WorkCalendar,
) -> None:
    _heading(pdf, words.title, size=15)
    _line(pdf, words.draft, size=9)
    pdf.ln(3)
    applicant = report_field(report, "application", "applicant_name") or app.applicant_name or "—"
    system = " ".join(
        v for v in (report_field(report, "application", "system_name"), _version(report)) if v is not None
    )
    for label, value in (
        (words.to, applicant),
        (words.bin, report_field(report, "application", "applicant_bin") or "—"),
        (words.application, report.application_id),
        (words.revision, str(report.revision)),
        (words.received, _date(date.fromisoformat(report.deadlines.received))),
        (words.system, system or "—"),
    ):
        _line(pdf, f"{label}: {value}")
    pdf.ln(3)
    _line(pdf, words.returned)

    reasons = _reasons(app, report.revision)
    if reasons:
        _heading(pdf, words.reviewer_reasons)
        for n, reason in enumerate(reasons, 1):
            _line(pdf, f"{n}. {reason}")

    failed = [c for c in report.checks if c.status == "fail"]
    blocking = [c for c in failed if c.severity == "blocking"]
    warnings = [c for c in failed if c.severity == "warning"]
    _heading(pdf, words.blocking)
    if not blocking:
        _line(pdf, words.no_blocking)
    _findings(pdf, words, language, blocking)
    if warnings:
        _heading(pdf, words.warnings)
        _findings(pdf, words, language, warnings)

    _heading(pdf, words.resubmit)
    _line(
        pdf,
        words.resubmit_how.format(application_id=report.application_id, next_revision=report.revision + 1),
    )
    _line(pdf, words.resubmit_when.format(days=RESUBMISSION_REVIEW_DAYS))
    due = calendar.add_working_days(today, RESUBMISSION_REVIEW_DAYS)
    _line(pdf, words.example.format(today=_date(today), due=_date(due)))

    pdf.ln(8)
    reviewer = _latest_return(app, report.revision)
    _line(pdf, f"{words.reviewer}: {reviewer.reviewer if reviewer else ''}")
    _line(pdf, f"{words.signature}: ____________________    {_date(today)}")


def _findings(pdf: FPDF, words: Wording, language: str, checks: list[CheckResult]) -> None:
    for n, check in enumerate(checks, 1):
        _line(pdf, f"{n}. [{check.code}] {plain_finding(check, language)}")
        _line(pdf, f"{words.fix}: {getattr(catalogue()[check.code].fix, language)}.", indent=6)
        places = _places(words, check)
        if places:
            _line(pdf, f"{words.where}: {places}", indent=6, size=9)


def plain_finding(check: CheckResult, language: str) -> str:
    """The failure in the applicant's words: the catalogue's sentence about the fields it concerns.

    The report's own message carries the validator's technical detail (``audit_conclusion.
    system_version``); it is used as it is only when the finding names no field.
    """
    index = NOTICE_LANGUAGES.index(language)
    named = []
    for e in check.evidence:
        if e.field is None:
            continue
        label = FIELD_LABELS.get(e.field, (e.field, e.field))[index]
        item = f"{label}: «{e.value}»" if e.value else label
        if item not in named:
            named.append(item)
    if not named:
        return getattr(check.message, language)
    return getattr(catalogue()[check.code].fails, language).format(detail="; ".join(named))


def _places(words: Wording, check: CheckResult) -> str:
    seen: list[str] = []
    for e in check.evidence:
        if e.file is None:
            continue
        place = e.file if e.page is None else f"{e.file}, {words.page} {e.page}"
        if place not in seen:
            seen.append(place)
    return "; ".join(seen)


def _reasons(app: Application, revision: int) -> list[str]:
    latest = _latest_return(app, revision)
    return latest.reasons if latest else []


def _latest_return(app: Application, revision: int) -> Decision | None:
    returns = [d for d in app.decisions if d.revision == revision and d.decision == "return"]
    return returns[-1] if returns else None


def _version(report: Report) -> str | None:
    version = report_field(report, "application", "system_version")
    return f"({version})" if version else None


def _date(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def _heading(pdf: FPDF, text: str, size: float = 12) -> None:
    pdf.ln(3)
    pdf.set_font("dejavu", "B", size)
    pdf.multi_cell(0, size * 0.55, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _line(pdf: FPDF, text: str, *, indent: float = 0, size: float = 11) -> None:
    pdf.set_font("dejavu", "", size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(0, size * 0.5, _printable(text), new_x="LMARGIN", new_y="NEXT")


def _printable(text: str) -> str:
    # Values quoted from documents may carry control characters; in a PDF they would
    # show as boxes or break the line layout.
    return "".join(c if c.isprintable() else " " for c in text)
