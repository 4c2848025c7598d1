"""The catalogue of sample bundles: who applies, with which documents, and what is planted.

Clean bundles exercise languages, layouts and scans; every defective bundle
plants exactly one defect as an override on a single document (``Doc.changes``),
on a single file (``Doc.protect``, ``Doc.keep``, ``Doc.copies``, a ``docx`` form),
on the manifest (``Bundle.stale_hash``) or on the whole upload (``Bundle.error_page``),
so all other checks stay green. ``Doc.variant`` writes the same facts another way
(a name's spelling) and plants nothing: those are hard negatives that must pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from sample_docs.gen_common import SECTIONS, Facts, Org, bin_for
from sample_docs.gen_docs import Style


@dataclass(frozen=True)
class Doc:
    file: str
    type: str  # a renderer of gen_docs, or "application_json" for the portal export
    lang: str
    style: Style = field(default_factory=Style)
    form: str = "text"  # text | image_pdf | png | jpeg | json
    describe: bool = False  # the application also carries the system description
    changes: dict[str, object] = field(default_factory=dict)  # planted defect, this doc only
    # how this document writes the same facts (another spelling of a name): a hard
    # negative that must pass, unlike ``changes``
    variant: dict[str, object] = field(default_factory=dict)
    protect: str = ""  # "owner": permissions only, opens freely; "user": needs a password (BND-04)
    keep: float = 1.0  # share of the file's bytes that arrived; below 1 it is corrupt (BND-06)
    copies: tuple[str, ...] = ()  # further names the same file is uploaded under (BND-05)


@dataclass(frozen=True)
class Bundle:
    agency: str
    name: str
    application_id: str
    submitted_at: datetime
    facts: Facts
    docs: tuple[Doc, ...]
    outcome: str
    failing: tuple[str, ...]
    planted: str
    zipped: bool = False
    stale_hash: str | None = None  # file whose manifest hash is from an earlier version
    error_page: bool = False  # BND-01: the portal's HTML error page saved as the zip


def at(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)


# Auditors are independent firms; the same ones audit several applicants, as in life.
SENIM = Org(
    "ТОО «Сенім Аудит»",
    bin_for("15064001287"),
    kk="«Сенім Аудит» ЖШС",
    en="Senim Audit LLP",
    city="Астана",
    phone="+7 (7172) 57-40-18",
)
QAZAQ_ASSURANCE = Org(
    "ТОО «Qazaq AI Assurance»",
    bin_for("20114005678"),
    en="Qazaq AI Assurance LLP",
    phone="+7 (727) 339-08-61",
)

# Applies twice (bundles 01 and 34): a second system of the same company, same BIN.
DATASAPA = Org("ТОО «Дата Сапа»", bin_for("18034001234"), en="Data Sapa LLP")


def facts(
    n: int,
    submitted: datetime,
    applicant: Org,
    system: tuple[str, str],
    summary: dict[str, str],
    agency: str,
    auditor: Org = SENIM,
    **extra,
) -> Facts:
    """Facts on a realistic timeline before ``submitted``: program written, registered,
    audited, then applied for. ``n`` varies numbers and shifts dates between bundles."""
    day = submitted.date()

    def before(days: int) -> date:
        return day - timedelta(days=days + n % 4)

    defaults = {
        "signatory": "Сейткали А. Б.",
        "email": "office@example.kz",
        "authors": "Сейткали Асель Болатовна, Ким Денис Олегович",
        "right_holder": applicant,
        "creation_date": before(55),
        "cert_filing_date": before(47),
        "cert_issue_date": before(34),
        "cert_number": 78000 + 37 * n,
        "cert_application_number": 80100 + 53 * n,
        "conclusion_number": f"АЗ-{n:03d}/26",
        "conclusion_date": before(18),
        "audit_valid_until": before(18) + timedelta(days=365),
        "application_date": day - timedelta(days=2 + n % 3),
    }
    defaults.update(extra)
    return Facts(
        applicant=applicant,
        system_name=system[0],
        system_version=system[1],
        summary=summary,
        agency=agency,
        auditor=auditor,
        **defaults,
    )


def _clean_bundles() -> list[Bundle]:
    qarjy = Org("АО «Каржы Аналитика»", bin_for("21044003456"), city="Алматы")
    bilim = Org(
        "ТОО «Білім Ақыл»",
        bin_for("22034006789"),
        kk="«Білім Ақыл» ЖШС",
        city="Шымкент",
        phone="+7 (7252) 53-11-90",
    )
    joltrack = Org(
        "ТОО «Жол Трек»",
        bin_for("16124003321"),
        en="Zhol Trek LLP",
        city="Караганда",
        phone="+7 (7212) 41-22-05",
    )
    grid = Org(
        "ТОО «Qazaq Grid Analytics»",
        bin_for("23014007788"),
        en="Qazaq Grid Analytics LLP",
        city="Астана",
        phone="+7 (7172) 64-90-33",
    )
    energy_lab = Org("ТОО «Qazaq Energy Lab»", bin_for("19104004455"), signer="Ким С. А.")
    author = Org("Нурланов Ерлан Маратович")
    return [
        Bundle(
            "health",
            "01-datasapa-complete",
            "HLT-2026-0042",
            at("2026-03-02T10:15:00+05:00"),
            facts(
                1,
                at("2026-03-02T10:15:00+05:00"),
                DATASAPA,
                ("Сапа Диагностика", "2.1.0"),
                {"ru": "анализа рентгенограмм органов грудной клетки и выявления признаков пневмонии"},
                "health",
                email="a.seitkali@datasapa.kz",
            ),
            (
                Doc(
                    "application.pdf",
                    "application",
                    "ru",
                    Style("sentences", "ru_quoted", "serif"),
                    describe=True,
                ),
                Doc("certificate.pdf", "ip_certificate", "ru", Style("stacked", "ru_quoted")),
                Doc("audit_conclusion.pdf", "audit_conclusion", "ru", Style("inline")),
            ),
            "complete",
            (),
            "none: clean bundle (Russian, text layer only)",
        ),
        Bundle(
            "finance",
            "02-qarjy-scanned-complete",
            "FIN-2026-0107",
            at("2026-04-14T16:40:00+05:00"),
            facts(
                2,
                at("2026-04-14T16:40:00+05:00"),
                qarjy,
                ("Каржы Скоринг", "3.4"),
                {"ru": "оценки кредитоспособности заёмщиков — физических лиц"},
                "finance",
                QAZAQ_ASSURANCE,
                signatory="Омаров Р. Т.",
                email="compliance@qarjy.kz",
                authors="Омаров Руслан Темирович, Ли Виктория Сергеевна",
                conclusion_number="QA-2026/058",
            ),
            (
                Doc("application.pdf", "application", "ru", Style("table", "slash")),
                Doc(
                    "system_description.pdf",
                    "system_description",
                    "ru",
                    Style("stacked", size=10.5),
                    form="image_pdf",
                ),
                Doc("certificate.jpg", "ip_certificate", "ru", Style("table", "ru"), form="jpeg"),
                Doc("audit_conclusion.png", "audit_conclusion", "ru", Style("sentences", "ru"), form="png"),
            ),
            "complete",
            (),
            "none: clean bundle (scans: image PDF, JPEG, PNG)",
        ),
        Bundle(
            "education",
            "03-bilim-kazakh-complete",
            "EDU-2026-0015",
            at("2026-05-20T11:05:00+05:00"),
            facts(
                3,
                at("2026-05-20T11:05:00+05:00"),
                bilim,
                ("Ақылды Тьютор", "1.2"),
                {
                    "kk": "мектеп оқушыларының математикадан білім деңгейін бағалауға және "
                    "жеке оқу жоспарын ұсынуға"
                },
                "education",
                signatory="Ахметова Д. С.",
                email="info@bilimakyl.kz",
                authors="Ахметова Динара Серікқызы, Төлеуов Нұрлан Әбілұлы",
                conclusion_number="СА-0312/26",
            ),
            (
                Doc("otinish.pdf", "application", "kk", Style("sentences", "kk"), describe=True),
                Doc("kuelik.png", "ip_certificate", "kk", Style("stacked", "kk_short"), form="png"),
                Doc(
                    "audit_qorytyndy.pdf",
                    "audit_conclusion",
                    "kk",
                    Style("inline", "kk", size=10.5),
                    form="image_pdf",
                ),
            ),
            "complete",
            (),
            "none: clean bundle (Kazakh)",
            zipped=True,
        ),
        Bundle(
            "transport",
            "04-joltrack-agreement-complete",
            "TRN-2026-0031",
            at("2026-06-03T09:30:00+05:00"),
            facts(
                4,
                at("2026-06-03T09:30:00+05:00"),
                joltrack,
                ("JolTrack Dispatch", "4.0.2"),
                {
                    "ru": "оптимизации маршрутов и диспетчеризации грузового автотранспорта",
                    "en": "route optimisation and dispatching of freight road transport",
                },
                "transport",
                QAZAQ_ASSURANCE,
                signatory="Бекенов С. Н.",
                email="office@joltrack.kz",
                grantor=author,
                agreement_number="12/2026",
                agreement_date=date(2026, 3, 16),
                agreement_valid_until=date(2031, 3, 16),
                conclusion_number="QA-2026/091",
            ),
            (
                Doc("application.pdf", "application", "ru", Style("inline", "ru")),
                Doc("system_description.pdf", "system_description", "en", Style("stacked")),
                Doc(
                    "authors_agreement.pdf",
                    "copyright_agreement",
                    "ru",
                    Style("sentences", "ru_quoted", "serif", 10.5),
                    form="image_pdf",
                ),
                Doc("audit_conclusion.pdf", "audit_conclusion", "en", Style("table", "en_us")),
            ),
            "complete",
            (),
            "none: clean bundle (copyright agreement from the author is the only IP proof)",
        ),
        Bundle(
            "energy",
            "05-gridsense-portal-json",
            "ENR-2026-0009",
            at("2026-07-08T14:20:00+05:00"),
            facts(
                5,
                at("2026-07-08T14:20:00+05:00"),
                grid,
                ("GridSense", "5.2"),
                {
                    "ru": "прогнозирования нагрузки и выявления аварийных режимов в "
                    "распределительных электрических сетях",
                    "en": "load forecasting and early detection of faults in power distribution networks",
                },
                "energy",
                signatory="Исмаилов Т. Е.",
                email="t.ismailov@qazaqgrid.kz",
                authors="Ким Сергей Александрович",
                right_holder=energy_lab,
                grantor=energy_lab,
                agreement_number="ОИП-04/26",
                agreement_date=date(2026, 6, 15),
                agreement_valid_until=date(2030, 12, 31),
                conclusion_number="SA-2026/144",
            ),
            (
                Doc("application.json", "application_json", "ru", form="json"),
                Doc("system_description.pdf", "system_description", "ru", Style("inline")),
                Doc(
                    "certificate.pdf",
                    "ip_certificate",
                    "ru",
                    Style("stacked", "dot", size=10.5),
                    form="image_pdf",
                ),
                Doc("assignment_agreement.pdf", "copyright_agreement", "ru", Style("inline", "dot", "serif")),
                Doc("audit_conclusion.jpg", "audit_conclusion", "en", Style("sentences", "en"), form="jpeg"),
            ),
            "complete",
            (),
            "none: clean bundle (portal JSON application; the certificate's right holder "
            "assigned the rights to the applicant)",
            zipped=True,
        ),
    ]


def _defective_bundles() -> list[Bundle]:
    medscan = Org("ТОО «МедСкан Про»", bin_for("17094001112"))
    aqparat = Org("ТОО «Акпарат Финтех»", bin_for("21064002233"))
    qala = Org("ТОО «Қала Көлігі»", bin_for("24024009911"), kk="«Қала Көлігі» ЖШС")
    tilmash = Org("ТОО «Тилмаш Лабс»", bin_for("18084005566"), city="Астана")
    kuat = Org("ТОО «Куат Энерджи Дата»", bin_for("20034001199"), city="Шымкент")
    shipa = Org("ТОО «Шипа Медикал»", bin_for("17114008822"))
    sapa = Org("ТОО «Сапа Кредит»", bin_for("22094003344"))
    rail = Org(
        "ТОО «RailSense Kazakhstan»", bin_for("19024006677"), en="RailSense Kazakhstan LLP", city="Астана"
    )
    zhylu = Org("ТОО «Жылу Сервис»", bin_for("23064002255"), city="Караганда")
    shipa_bad_bin = shipa.bin[:11] + str((int(shipa.bin[11]) + 1) % 10)
    return [
        Bundle(
            "health",
            "06-medscan-no-application",
            "HLT-2026-0057",
            at("2026-03-18T12:00:00+05:00"),
            facts(
                6,
                at("2026-03-18T12:00:00+05:00"),
                medscan,
                ("МедСкан", "1.0.4"),
                {"ru": "выявления признаков диабетической ретинопатии по снимкам глазного дна"},
                "health",
                QAZAQ_ASSURANCE,
                conclusion_number="QA-2026/031",
            ),
            (
                Doc("system_description.pdf", "system_description", "ru", Style("inline")),
                Doc("certificate.png", "ip_certificate", "ru", Style("stacked"), form="png"),
                Doc(
                    "audit_conclusion.pdf",
                    "audit_conclusion",
                    "ru",
                    Style("sentences", "ru_quoted", size=10.5),
                    form="image_pdf",
                ),
            ),
            "incomplete",
            ("DOC-01",),
            "DOC-01: the application itself is missing",
        ),
        Bundle(
            "finance",
            "07-aqparat-no-ip",
            "FIN-2026-0133",
            at("2026-08-11T10:00:00+05:00"),
            facts(
                7,
                at("2026-08-11T10:00:00+05:00"),
                aqparat,
                ("Акпарат Антифрод", "2.0"),
                {"ru": "выявления мошеннических операций по платёжным картам в режиме реального времени"},
                "finance",
                signatory="Жумабаев Н. К.",
                email="nk@aqparat.kz",
            ),
            (
                Doc("application.pdf", "application", "ru", Style("inline", "iso"), describe=True),
                Doc(
                    "audit_conclusion.pdf",
                    "audit_conclusion",
                    "ru",
                    Style("table", size=10.5),
                    form="image_pdf",
                ),
            ),
            "incomplete",
            ("DOC-02",),
            "DOC-02: no proof of IP rights (neither a certificate nor an agreement)",
            zipped=True,
        ),
        Bundle(
            "transport",
            "08-qala-koligi-no-audit",
            "TRN-2026-0048",
            at("2026-09-01T09:10:00+05:00"),
            facts(
                8,
                at("2026-09-01T09:10:00+05:00"),
                qala,
                ("Қала Ағыны", "3.1"),
                {
                    "kk": "қалалық автобустардың қозғалыс кестесін болжауға және жолаушылар ағынын бағалауға",
                    "ru": "прогнозирования расписания городских автобусов и оценки пассажиропотока",
                },
                "transport",
                signatory="Сәрсенов Қ. Ж.",
                email="info@qalakoligi.kz",
                authors="Сәрсенов Қайрат Жанұлы",
            ),
            (
                Doc("otinish.pdf", "application", "kk", Style("table", "kk_short")),
                Doc("sipattama.jpg", "system_description", "kk", Style("stacked", size=10.5), form="jpeg"),
                Doc("certificate.pdf", "ip_certificate", "ru", Style("table")),
            ),
            "incomplete",
            ("DOC-03",),
            "DOC-03: the audit conclusion is missing",
        ),
        Bundle(
            "education",
            "09-tilmash-no-oversight",
            "EDU-2026-0027",
            at("2026-09-22T15:45:00+05:00"),
            facts(
                9,
                at("2026-09-22T15:45:00+05:00"),
                tilmash,
                ("Тилмаш Проверка", "1.5"),
                {"ru": "автоматической проверки письменных работ по казахскому и русскому языкам"},
                "education",
                QAZAQ_ASSURANCE,
                signatory="Абенова Г. М.",
                email="g.abenova@tilmash.kz",
                conclusion_number="QA-2026/177",
            ),
            (
                Doc(
                    "application.pdf",
                    "application",
                    "ru",
                    Style("table", "ru"),
                    describe=True,
                    changes={"sections": tuple(s for s in SECTIONS if s != "human_oversight")},
                ),
                Doc("certificate.pdf", "ip_certificate", "ru", Style("stacked", size=10.5), form="image_pdf"),
                Doc("audit_conclusion.pdf", "audit_conclusion", "ru", Style("inline", "ru")),
            ),
            "incomplete",
            ("DOC-04",),
            "DOC-04: the system description has no human oversight section",
        ),
        Bundle(
            "energy",
            "10-kuat-no-version-in-audit",
            "ENR-2026-0014",
            at("2026-10-05T10:30:00+05:00"),
            facts(
                10,
                at("2026-10-05T10:30:00+05:00"),
                kuat,
                ("КуатПрогноз", "2.3"),
                {"ru": "прогнозирования выработки солнечных электростанций"},
                "energy",
                signatory="Ержанов А. Б.",
                email="a.erzhanov@kuatdata.kz",
            ),
            (
                Doc("application.png", "application", "ru", Style("inline", "dot"), form="png"),
                Doc("system_description.pdf", "system_description", "ru", Style("stacked")),
                Doc("certificate.jpg", "ip_certificate", "ru", Style("table", size=10.5), form="jpeg"),
                Doc(
                    "audit_conclusion.pdf",
                    "audit_conclusion",
                    "ru",
                    Style("table", "ru"),
                    changes={"system_version": None},
                ),
            ),
            "incomplete",
            ("FLD-01",),
            "FLD-01: the audit conclusion does not state the system version",
            zipped=True,
        ),
        Bundle(
            "health",
            "11-shipa-bad-bin",
            "HLT-2026-0071",
            at("2026-04-28T11:20:00+05:00"),
            facts(
                11,
                at("2026-04-28T11:20:00+05:00"),
                shipa,
                ("Шипа Триаж", "1.1"),
                {"ru": "сортировки обращений в приёмном отделении по степени срочности"},
                "health",
                signatory="Тлеубаев М. Р.",
                email="mt@shipa.kz",
                # the BIN is printed only in the application, so no XDC-05 comparison
                cert_prints_holder_bin=False,
                audit_prints_owner_bin=False,
            ),
            (
                Doc(
                    "application.pdf",
                    "application",
                    "ru",
                    Style("sentences", "ru"),
                    describe=True,
                    changes={"applicant_bin_printed": shipa_bad_bin},
                ),
                Doc("certificate.jpg", "ip_certificate", "ru", Style("stacked"), form="jpeg"),
                Doc(
                    "audit_conclusion.pdf",
                    "audit_conclusion",
                    "ru",
                    Style("sentences", "dot"),
                    form="image_pdf",
                ),
            ),
            "incomplete",
            ("FLD-02",),
            "FLD-02: the applicant's BIN in the application has a wrong check digit",
        ),
        Bundle(
            "finance",
            "12-sapa-kredit-other-system",
            "FIN-2026-0121",
            at("2026-05-06T09:00:00+05:00"),
            facts(
                12,
                at("2026-05-06T09:00:00+05:00"),
                sapa,
                ("Сапа Скоринг", "4.1"),
                {"ru": "оценки кредитного риска малого и среднего бизнеса"},
                "finance",
                QAZAQ_ASSURANCE,
                signatory="Муканов Е. С.",
                email="risk@sapakredit.kz",
            ),
            (
                Doc("application.pdf", "application", "ru", Style("table", "dot", spaced_bins=True)),
                Doc(
                    "system_description.png",
                    "system_description",
                    "ru",
                    Style("inline", size=10.5),
                    form="png",
                ),
                Doc("certificate.pdf", "ip_certificate", "ru", Style("stacked")),
                Doc(
                    "audit_conclusion.pdf",
                    "audit_conclusion",
                    "ru",
                    Style("inline", "ru"),
                    changes={"system_name": "Сапа Коллектор"},
                ),
            ),
            "inconsistent",
            ("XDC-01",),
            "XDC-01: the audit conclusion is for a different system (Сапа Коллектор)",
        ),
        Bundle(
            "transport",
            "13-railsense-negative-audit",
            "TRN-2026-0056",
            at("2026-07-21T13:10:00+05:00"),
            facts(
                13,
                at("2026-07-21T13:10:00+05:00"),
                rail,
                ("RailSense Track Monitor", "2.0"),
                {
                    "en": "detecting rail defects in video from track inspection cars",
                    "ru": "выявления дефектов рельсов по видеозаписям вагона-путеизмерителя",
                },
                "transport",
                signatory="A. Serikbayev",
                email="a.serikbayev@railsense.kz",
            ),
            (
                Doc("application.pdf", "application", "en", Style("inline", "en_us")),
                Doc(
                    "system_description.pdf",
                    "system_description",
                    "en",
                    Style("inline", size=10.5),
                    form="image_pdf",
                ),
                Doc("certificate.pdf", "ip_certificate", "ru", Style("stacked", "ru_quoted")),
                Doc(
                    "audit_conclusion.jpg",
                    "audit_conclusion",
                    "ru",
                    Style("sentences", "ru"),
                    form="jpeg",
                    changes={"audit_positive": False},
                ),
            ),
            "inconsistent",
            ("AUD-01",),
            "AUD-01: the audit conclusion is negative («не соответствует требованиям»)",
        ),
        Bundle(
            "energy",
            "14-zhylu-stale-manifest",
            "ENR-2026-0021",
            at("2026-08-25T10:00:00+05:00"),
            facts(
                14,
                at("2026-08-25T10:00:00+05:00"),
                zhylu,
                ("Жылу Монитор", "1.3"),
                {"ru": "контроля утечек в тепловых сетях по данным датчиков давления"},
                "energy",
                signatory="Оспанова Л. Р.",
                email="l.ospanova@zhylu.kz",
            ),
            (
                Doc("application.pdf", "application", "ru", Style("inline", "ru"), describe=True),
                Doc("certificate.pdf", "ip_certificate", "ru", Style("table", size=10.5), form="image_pdf"),
                Doc("audit_conclusion.pdf", "audit_conclusion", "ru", Style("sentences", "ru_quoted")),
            ),
            "incomplete",
            ("BND-02",),
            "BND-02: the manifest's SHA-256 for audit_conclusion.pdf is that of an earlier "
            "version of the file",
            zipped=True,
            stale_hash="audit_conclusion.pdf",
        ),
        Bundle(
            "education",
            "15-oqulyk-audit-scope-warning",
            "EDU-2026-0022",
            at("2026-06-16T10:00:00+05:00"),
            facts(
                15,
                at("2026-06-16T10:00:00+05:00"),
                Org("ТОО «Окулык Онлайн»", bin_for("16054001188")),
                ("Окулык Ассистент", "3.0"),
                {"ru": "подбора учебных материалов и адаптивных заданий для студентов колледжей"},
                "education",
                signatory="Ким Л. В.",
                email="lk@okulyk.kz",
            ),
            (
                Doc("application.pdf", "application", "ru", Style("sentences", "dot")),
                Doc(
                    "system_description.png",
                    "system_description",
                    "ru",
                    Style("inline", size=10.5),
                    form="png",
                ),
                Doc("certificate.jpg", "ip_certificate", "ru", Style("table", "ru", size=10.5), form="jpeg"),
                Doc(
                    "audit_conclusion.pdf",
                    "audit_conclusion",
                    "ru",
                    Style("table", "dot"),
                    changes={"audit_covers": False},
                ),
            ),
            "complete",
            ("AUD-05",),
            "AUD-05 (warning only): the audit does not state that training data and "
            "prohibited functions were assessed",
        ),
    ]


# Auditors that appear only in the bundles below.
DATASAPA_AUDIT = Org(  # a hard negative for AUD-03: its name resembles an applicant's, its BIN does not
    "ТОО «Дата Сапа Аудит»", bin_for("19014007745"), signer="Мусин Е. Т.", phone="+7 (727) 312-44-70"
)
AUDIT_STANDARD = Org(  # not accredited (absent from accredited_auditors.csv): AUD-04
    "ТОО «Аудит-Стандарт Центр»",
    bin_for("12054003376"),
    city="Караганда",
    phone="+7 (7212) 50-31-17",
    signer="Ибраев Н. С.",
)


def _file_defect_bundles() -> list[Bundle]:
    """BND-*: what goes wrong with the files themselves; the facts they carry are clean."""
    bereke = Org("ТОО «Береке Финтех»", bin_for("21034007731"))
    densaulyq = Org("ТОО «Денсаулық Дата»", bin_for("20094003318"), city="Астана", phone="+7 (7172) 72-15-60")
    ertis = Org(
        "ТОО «Ертис Энерго Сервис»", bin_for("17064009925"), city="Павлодар", phone="+7 (7182) 61-08-44"
    )
    cargo = Org(
        "ТОО «Актобе Карго Систем»", bin_for("22054001476"), city="Актобе", phone="+7 (7132) 55-19-03"
    )
    zerde = Org("ТОО «Зерде Эдтех»", bin_for("23044005512"))
    return [
        Bundle(
            "finance",
            "16-bereke-portal-error-page",
            "FIN-2026-0150",
            at("2026-03-24T17:05:00+05:00"),
            facts(
                16,
                at("2026-03-24T17:05:00+05:00"),
                bereke,
                ("Береке Скоринг", "1.0"),
                {"ru": "оценки кредитоспособности индивидуальных предпринимателей"},
                "finance",
            ),
            (),
            "unprocessable",
            ("BND-01",),
            "BND-01: the «zip» is the portal's HTML error page (502), saved under the bundle's name",
            zipped=True,
            error_page=True,
        ),
        Bundle(
            "health",
            "17-densaulyq-cover-letter",
            "HLT-2026-0088",
            at("2026-04-07T09:40:00+05:00"),
            facts(
                17,
                at("2026-04-07T09:40:00+05:00"),
                densaulyq,
                ("Инсульт Радар", "1.4"),
                {"ru": "выявления признаков острого нарушения мозгового кровообращения на снимках КТ"},
                "health",
                QAZAQ_ASSURANCE,
                signatory="Сарсенова Ж. К.",
                email="info@densaulyqdata.kz",
                authors="Сарсенова Жанар Кайратовна, Пак Артём Игоревич",
                conclusion_number="QA-2026/049",
            ),
            (
                Doc("application.pdf", "application", "ru", Style("table", "dot"), describe=True),
                Doc("certificate.pdf", "ip_certificate", "ru", Style("inline", "ru_quoted")),
                Doc("audit_conclusion.pdf", "audit_conclusion", "ru", Style("sentences", "ru")),
                Doc("cover_letter.docx", "cover_letter", "ru", form="docx"),
            ),
            "complete",
            ("BND-03",),
            "BND-03 (warning only): a Word covering letter beside a complete bundle",
        ),
        Bundle(
            "energy",
            "18-ertis-audit-password",
            "ENR-2026-0033",
            at("2026-05-26T14:30:00+05:00"),
            facts(
                18,
                at("2026-05-26T14:30:00+05:00"),
                ertis,
                ("Ертис Диагност", "2.0"),
                {"ru": "прогнозирования отказов силовых трансформаторов по результатам анализа масла"},
                "energy",
                signatory="Бекмуратов Д. Е.",
                email="d.bekmuratov@ertis-energo.kz",
                authors="Бекмуратов Данияр Ерланович",
            ),
            (
                Doc("application.pdf", "application", "ru", Style("sentences", "ru_quoted"), describe=True),
                Doc("certificate.pdf", "ip_certificate", "ru", Style("table", "dot")),
                Doc("audit_conclusion.pdf", "audit_conclusion", "ru", Style("inline", "dot"), protect="user"),
            ),
            "incomplete",
            ("BND-04", "DOC-03"),
            "BND-04: the audit conclusion is a PDF that opens only with a password (so no audit "
            "conclusion can be read either: DOC-03)",
            zipped=True,
        ),
        Bundle(
            "transport",
            "19-aktobe-cargo-duplicate-certificate",
            "TRN-2026-0062",
            at("2026-08-04T10:20:00+05:00"),
            facts(
                19,
                at("2026-08-04T10:20:00+05:00"),
                cargo,
                ("Карго Маршрут", "1.2"),
                {"ru": "планирования загрузки и маршрутов контейнерных поездов"},
                "transport",
                QAZAQ_ASSURANCE,
                signatory="Утебаев М. А.",
                email="m.utebayev@aktobecargo.kz",
                conclusion_number="QA-2026/141",
            ),
            (
                Doc("application.pdf", "application", "ru", Style("inline", "ru")),
                Doc("system_description.pdf", "system_description", "ru", Style("stacked")),
                Doc(
                    "certificate.pdf",
                    "ip_certificate",
                    "ru",
                    Style("table", "ru"),
                    copies=("svidetelstvo.pdf",),
                ),
                Doc("audit_conclusion.pdf", "audit_conclusion", "ru", Style("table", "slash")),
            ),
            "complete",
            ("BND-05",),
            "BND-05 (warning only): the certificate is uploaded twice, as certificate.pdf and "
            "svidetelstvo.pdf",
        ),
        Bundle(
            "education",
            "20-zerde-audit-truncated",
            "EDU-2026-0034",
            at("2026-10-13T11:00:00+05:00"),
            facts(
                20,
                at("2026-10-13T11:00:00+05:00"),
                zerde,
                ("Зерде Прокторинг", "1.0"),
                {
                    "ru": "дистанционного наблюдения за сдачей экзаменов и выявления нарушений "
                    "академической честности"
                },
                "education",
                signatory="Касымова А. Т.",
                email="a.kassymova@zerde.kz",
            ),
            (
                Doc("application.pdf", "application", "ru", Style("table", "ru"), describe=True),
                Doc("certificate.pdf", "ip_certificate", "ru", Style("stacked", "dot")),
                Doc("audit_conclusion.pdf", "audit_conclusion", "ru", Style("sentences", "ru"), keep=0.4),
            ),
            "incomplete",
            ("BND-06", "DOC-03"),
            "BND-06: the audit conclusion is cut off after 40% of its bytes (so no audit conclusion "
            "can be read either: DOC-03)",
            zipped=True,
        ),
    ]


def _check_defect_bundles() -> list[Bundle]:
    """FLD-03, XDC-02..06, AUD-02..04, IPR-01/02: one fact of one document is off."""
    amanat = Org(
        "ТОО «Аманат Медтех»",
        bin_for("21114006644"),
        kk="«Аманат Медтех» ЖШС",
        city="Шымкент",
        phone="+7 (7252) 39-14-82",
    )
    nur = Org("ТОО «Нур Инвест Аналитика»", bin_for("19074002219"))
    turan = Org("ТОО «Туран Транзит»", bin_for("18114003385"), city="Астана", phone="+7 (7172) 47-60-12")
    magistral = Org(
        "ТОО «Магистраль Софт»", bin_for("16034008871"), city="Астана", phone="+7 (7172) 55-70-91"
    )
    zhasyl = Org(
        "ТОО «Жасыл Энергия»",
        bin_for("20074004422"),
        en="Zhasyl Energy LLP",
        city="Астана",
        phone="+7 (7172) 69-02-58",
    )
    samal = Org("ТОО «Самал Энерго Консалтинг»", bin_for("15114003309"))
    alatau = Org("ТОО «Алатау Мед Софт»", bin_for("22124005587"))
    alatau_other_bin = bin_for("22124005578")  # valid, but not Alatau's
    sana = Org("ТОО «Сана Эдтех»", bin_for("21084003361"), city="Караганда", phone="+7 (7212) 90-26-14")
    esep = Org("ТОО «Есеп Технолоджис»", bin_for("19124006653"))
    # An accredited audit firm that built a system of its own and audited it itself.
    sarapshy = Org(
        "ТОО «Сарапшы Аудит»",
        bin_for("14104002237"),
        kk="«Сарапшы Аудит» ЖШС",
        city="Астана",
        phone="+7 (7172) 28-77-35",
        signer="Жусупова А. К.",
    )
    tarazy = Org(
        "ТОО «Таразы Трафик»",
        bin_for("20124007718"),
        kk="«Таразы Трафик» ЖШС",
        city="Тараз",
        phone="+7 (7262) 43-05-77",
    )
    port = Org("ТОО «Каспий Порт Логистик»", bin_for("17084005529"), city="Актау", phone="+7 (7292) 30-41-66")
    port_author = Org("Жаксылыков Тимур Серикович")
    ustaz = Org("ТОО «Устаз Онлайн»", bin_for("22074002284"))
    return [
        Bundle(
            "health",
            "21-amanat-application-after-receipt",
            "HLT-2026-0093",
            at("2026-09-09T10:00:00+05:00"),
            facts(
                21,
                at("2026-09-09T10:00:00+05:00"),
                amanat,
                ("Аманат Дерма", "1.0"),
                {
                    "kk": "тері түзілімдерін фотосуреттер бойынша жіктеуге және меланома белгілерін "
                    "анықтауға",
                    "ru": "классификации новообразований кожи по фотографиям и выявления признаков меланомы",
                },
                "health",
                signatory="Мырзахметов Е. Б.",
                email="info@amanatmedtech.kz",
                authors="Мырзахметов Ерболат Бауыржанұлы, Ли Анна Викторовна",
            ),
            (
                Doc(
                    "otinish.pdf",
                    "application",
                    "kk",
                    Style("table", "kk_short"),
                    changes={"application_date": date(2026, 9, 16)},
                ),
                Doc("system_description.pdf", "system_description", "ru", Style("inline")),
                Doc("certificate.pdf", "ip_certificate", "ru", Style("stacked", "ru")),
                Doc("audit_conclusion.pdf", "audit_conclusion", "ru", Style("table", "dot")),
            ),
            "incomplete",
            ("FLD-03",),
            "FLD-03: the application is dated 16 September 2026, a week after it was received",
        ),
        Bundle(
            "finance",
            "22-nur-invest-audit-other-version",
            "FIN-2026-0164",
            at("2026-06-23T12:15:00+05:00"),
            facts(
                22,
                at("2026-06-23T12:15:00+05:00"),
                nur,
                ("НурРиск", "2.2"),
                {"ru": "оценки рисков инвестиционного портфеля и подготовки рекомендаций клиентам брокера"},
                "finance",
                QAZAQ_ASSURANCE,
                signatory="Нурпеисов А. С.",
                email="compliance@nurinvest.kz",
                conclusion_number="QA-2026/112",
            ),
            (
                Doc("application.pdf", "application", "ru", Style("sentences", "dot")),
                Doc("system_description.pdf", "system_description", "ru", Style("inline", size=10.5)),
                Doc("certificate.pdf", "ip_certificate", "ru", Style("stacked", "ru_quoted")),
                Doc(
                    "audit_conclusion.pdf",
                    "audit_conclusion",
                    "ru",
                    Style("table", "ru"),
                    changes={"system_version": "2.0"},
                ),
            ),
            "inconsistent",
            ("XDC-02",),
            "XDC-02: the audit conclusion covers version 2.0, the application asks for 2.2",
        ),
        Bundle(
            "transport",
            "23-turan-certificate-other-holder",
            "TRN-2026-0069",
            at("2026-04-21T16:10:00+05:00"),
            facts(
                23,
                at("2026-04-21T16:10:00+05:00"),
                turan,
                ("Туран Диспетчер", "1.0"),
                {
                    "ru": "планирования маневровой работы и составления поездов на сортировочных станциях",
                    "en": "planning shunting work and train formation at marshalling yards",
                },
                "transport",
                signatory="Абилов Р. Н.",
                email="r.abilov@turantransit.kz",
                authors="Гусейнов Тимур Рашидович",
            ),
            (
                Doc("application.pdf", "application", "ru", Style("inline", "iso")),
                Doc("system_description.pdf", "system_description", "en", Style("stacked")),
                Doc(
                    "certificate.pdf",
                    "ip_certificate",
                    "ru",
                    Style("table", "dot"),
                    changes={"right_holder": magistral},
                ),
                Doc("audit_conclusion.pdf", "audit_conclusion", "ru", Style("sentences", "ru_quoted")),
            ),
            "inconsistent",
            ("XDC-03",),
            "XDC-03: the certificate's right holder is the developer ТОО «Магистраль Софт» and no "
            "agreement passes the rights to the applicant",
        ),
        Bundle(
            "energy",
            "24-zhasyl-audit-other-owner",
            "ENR-2026-0040",
            at("2026-09-15T09:00:00+05:00"),
            facts(
                24,
                at("2026-09-15T09:00:00+05:00"),
                zhasyl,
                ("Zhasyl Forecast", "1.1"),
                {
                    "en": "short-term forecasting of wind farm output for grid dispatch",
                    "ru": "краткосрочного прогнозирования выработки ветровых электростанций для "
                    "диспетчеризации энергосистемы",
                },
                "energy",
                signatory="D. Tokhtarov",
                email="d.tokhtarov@zhasyl.kz",
            ),
            (
                Doc("application.pdf", "application", "en", Style("sentences", "en_us")),
                Doc("system_description.pdf", "system_description", "ru", Style("stacked", "dot")),
                Doc("certificate.pdf", "ip_certificate", "ru", Style("inline", "dot")),
                Doc(
                    "audit_conclusion.pdf",
                    "audit_conclusion",
                    "ru",
                    Style("table", "dot"),
                    changes={"system_owner": samal},
                ),
            ),
            "inconsistent",
            ("XDC-04",),
            "XDC-04: the audit names the integrator ТОО «Самал Энерго Консалтинг» as the system's owner",
        ),
        Bundle(
            "health",
            "25-alatau-certificate-other-bin",
            "HLT-2026-0101",
            at("2026-07-29T11:45:00+05:00"),
            facts(
                25,
                at("2026-07-29T11:45:00+05:00"),
                alatau,
                ("Алатау Маммо", "1.3"),
                {"ru": "выявления признаков рака молочной железы на маммограммах"},
                "health",
                signatory="Тулегенова С. М.",
                email="s.tulegenova@alataumed.kz",
            ),
            (
                Doc("application.pdf", "application", "ru", Style("table", "ru_quoted"), describe=True),
                Doc(
                    "certificate.jpg",
                    "ip_certificate",
                    "ru",
                    Style("stacked", "dot"),
                    form="jpeg",
                    changes={"right_holder": replace(alatau, bin=alatau_other_bin)},
                ),
                Doc("audit_conclusion.pdf", "audit_conclusion", "ru", Style("inline", "ru")),
            ),
            "inconsistent",
            ("XDC-05",),
            "XDC-05: the certificate names the applicant as right holder but prints another (valid) BIN",
        ),
        Bundle(
            "education",
            "26-sana-literary-work",
            "EDU-2026-0041",
            at("2026-03-10T10:30:00+05:00"),
            facts(
                26,
                at("2026-03-10T10:30:00+05:00"),
                sana,
                ("Сана Ридер", "2.0"),
                {"ru": "подбора текстов для чтения и оценки техники чтения учащихся начальных классов"},
                "education",
                QAZAQ_ASSURANCE,
                signatory="Жакупова М. Е.",
                email="m.zhakupova@sana.kz",
                conclusion_number="QA-2026/022",
            ),
            (
                Doc("application.pdf", "application", "ru", Style("inline", "dot"), describe=True),
                Doc(
                    "certificate.pdf",
                    "ip_certificate",
                    "ru",
                    Style("table", "ru"),
                    changes={"object_type": "literary"},
                ),
                Doc("audit_conclusion.pdf", "audit_conclusion", "ru", Style("sentences", "dot")),
            ),
            "complete",
            ("XDC-06",),
            "XDC-06 (warning only): the certificate registers a literary work, not a computer program",
        ),
        Bundle(
            "finance",
            "27-esep-audit-expired",
            "FIN-2026-0172",
            at("2026-08-18T11:30:00+05:00"),
            facts(
                27,
                at("2026-08-18T11:30:00+05:00"),
                esep,
                ("Есеп Комплаенс", "1.2"),
                {"ru": "выявления подозрительных операций в целях противодействия легализации доходов"},
                "finance",
                signatory="Ермекова Д. А.",
                email="d.yermekova@esep.kz",
            ),
            (
                Doc("application.pdf", "application", "ru", Style("table", "slash"), describe=True),
                Doc("certificate.pdf", "ip_certificate", "ru", Style("inline", "ru")),
                Doc(
                    "audit_conclusion.pdf",
                    "audit_conclusion",
                    "ru",
                    Style("inline", "dot"),
                    form="image_pdf",
                    changes={"conclusion_date": date(2026, 1, 20), "audit_valid_until": date(2026, 7, 20)},
                ),
            ),
            "inconsistent",
            ("AUD-02",),
            "AUD-02: the audit conclusion was valid until 20 July 2026, a month before receipt",
        ),
        Bundle(
            "finance",
            "28-sarapshy-self-audit",
            "FIN-2026-0180",
            at("2026-10-06T15:20:00+05:00"),
            facts(
                28,
                at("2026-10-06T15:20:00+05:00"),
                sarapshy,
                ("Сарапшы Аналитик", "1.0"),
                {"ru": "выявления признаков искажения финансовой отчётности заёмщиков банков"},
                "finance",
                signatory="Жусупова А. К.",
                email="office@sarapshy.kz",
                conclusion_number="АИ-07/2026",
            ),
            (
                Doc("application.pdf", "application", "ru", Style("sentences", "ru")),
                Doc("system_description.pdf", "system_description", "ru", Style("inline")),
                Doc("certificate.pdf", "ip_certificate", "ru", Style("stacked", "dot")),
                Doc(
                    "audit_qorytyndy.pdf",
                    "audit_conclusion",
                    "kk",
                    Style("table", "kk"),
                    changes={"auditor": sarapshy},
                ),
            ),
            "inconsistent",
            ("AUD-03",),
            "AUD-03: the applicant, itself an accredited audit firm, audited its own system",
        ),
        Bundle(
            "transport",
            "29-tarazy-unaccredited-auditor",
            "TRN-2026-0075",
            at("2026-06-09T10:05:00+05:00"),
            facts(
                29,
                at("2026-06-09T10:05:00+05:00"),
                tarazy,
                ("Трафик Инспектор", "3.0"),
                {
                    "kk": "бейнекамералар арқылы жол жүрісі қағидаларын бұзушылықтарды автоматты "
                    "түрде анықтауға",
                    "ru": "автоматического выявления нарушений правил дорожного движения по видеокамерам",
                },
                "transport",
                AUDIT_STANDARD,
                signatory="Есенов Б. Ж.",
                email="info@tarazytraffic.kz",
                conclusion_number="АСЦ-118/26",
            ),
            (
                Doc("otinish.pdf", "application", "kk", Style("sentences", "kk"), describe=True),
                Doc("certificate.pdf", "ip_certificate", "ru", Style("inline", "dot")),
                Doc("audit_conclusion.jpg", "audit_conclusion", "ru", Style("table", "dot"), form="jpeg"),
            ),
            "complete",
            ("AUD-04",),
            "AUD-04 (warning only): the auditor ТОО «Аудит-Стандарт Центр» is not on the accredited list",
        ),
        Bundle(
            "transport",
            "30-kaspiy-port-licence-expired",
            "TRN-2026-0081",
            at("2026-07-14T09:45:00+05:00"),
            facts(
                30,
                at("2026-07-14T09:45:00+05:00"),
                port,
                ("Порт Оптима", "1.0"),
                {
                    "ru": "планирования обработки контейнеров и расстановки техники на терминале "
                    "морского порта"
                },
                "transport",
                QAZAQ_ASSURANCE,
                signatory="Сагындыков Е. М.",
                email="e.sagyndykov@kaspiyport.kz",
                authors="Жаксылыков Тимур Серикович",
                grantor=port_author,
                agreement_number="03/2026",
                agreement_date=date(2026, 2, 10),
                agreement_valid_until=date(2029, 2, 10),
                conclusion_number="QA-2026/133",
            ),
            (
                Doc("application.pdf", "application", "ru", Style("table", "ru"), describe=True),
                Doc(
                    "authors_agreement.pdf",
                    "copyright_agreement",
                    "ru",
                    Style("sentences", "dot"),
                    changes={"agreement_valid_until": date(2026, 6, 30)},
                ),
                Doc("audit_conclusion.pdf", "audit_conclusion", "ru", Style("sentences", "ru_quoted")),
            ),
            "inconsistent",
            ("IPR-01",),
            "IPR-01: the copyright agreement (the only IP proof) ran until 30 June 2026, before receipt",
        ),
        Bundle(
            "education",
            "31-ustaz-certificate-after-application",
            "EDU-2026-0046",
            at("2026-05-12T15:00:00+05:00"),
            facts(
                31,
                at("2026-05-12T15:00:00+05:00"),
                ustaz,
                ("Устаз Эссе", "1.0"),
                {"ru": "автоматической оценки эссе на выпускных экзаменах"},
                "education",
                QAZAQ_ASSURANCE,
                signatory="Байжанов К. Р.",
                email="k.baizhanov@ustaz.kz",
                application_date=date(2026, 5, 8),
                conclusion_number="QA-2026/075",
            ),
            (
                Doc("application.pdf", "application", "ru", Style("inline", "ru_quoted")),
                Doc("system_description.pdf", "system_description", "ru", Style("stacked")),
                Doc(
                    "certificate.png",
                    "ip_certificate",
                    "ru",
                    Style("stacked", "dot"),
                    form="png",
                    changes={"cert_issue_date": date(2026, 5, 11)},
                ),
                Doc("audit_conclusion.pdf", "audit_conclusion", "ru", Style("table", "ru")),
            ),
            "complete",
            ("IPR-02",),
            "IPR-02 (warning only): the certificate was issued on 11 May 2026, after the application "
            "of 8 May (and before receipt)",
        ),
    ]


def _hard_negative_bundles() -> list[Bundle]:
    """Clean bundles whose documents differ in ways that must not fail a check."""
    dala = Org(
        "ТОО «Дала Дата»",
        bin_for("20054008814"),
        en="Dala Data LLP",
        city="Астана",
        phone="+7 (7172) 48-33-90",
    )
    dariger = Org("ТОО «Дәрігер Көмекші»", bin_for("21044009926"), kk="«Дәрігер Көмекші» ЖШС")
    zhetisu = Org(
        "ТОО «Жетысу Софт»",
        bin_for("17024006618"),
        city="Талдыкорган",
        phone="+7 (7282) 24-61-38",
        signer="Ахметов Б. К.",
    )
    return [
        Bundle(
            "finance",
            "32-dala-data-name-spellings",
            "FIN-2026-0158",
            at("2026-06-30T10:40:00+05:00"),
            facts(
                32,
                at("2026-06-30T10:40:00+05:00"),
                dala,
                ("DalaScore", "1.0"),
                {
                    "ru": "оценки кредитоспособности фермерских хозяйств по спутниковым снимкам посевов",
                    "en": "credit scoring of farms from satellite images of their crops",
                },
                "finance",
                signatory="Оспанов Т. Б.",
                email="t.ospanov@daladata.kz",
                conclusion_number="SA-2026/203",
            ),
            (
                Doc(
                    "application.pdf",
                    "application",
                    "ru",
                    Style("sentences", "ru_quoted", "serif"),
                    describe=True,
                    variant={
                        "applicant": replace(
                            dala, ru="Товарищество с ограниченной ответственностью „Дала Дата“"
                        )
                    },
                ),
                Doc(
                    "certificate.pdf",
                    "ip_certificate",
                    "ru",
                    Style("table", "dot"),
                    variant={"right_holder": replace(dala, ru='ТОО "Дала Дата"')},
                    protect="owner",  # the register's PDF forbids copying and editing, opens freely
                ),
                Doc("audit_conclusion.pdf", "audit_conclusion", "en", Style("table", "en")),
            ),
            "complete",
            (),
            "none: clean bundle (one company written three ways: long legal form with „…“, "
            'ТОО "…", and Dala Data LLP in an English audit; the certificate PDF has an owner '
            "password only)",
        ),
        Bundle(
            "health",
            "33-dariger-rights-chain",
            "HLT-2026-0110",
            at("2026-08-26T14:00:00+05:00"),
            facts(
                33,
                at("2026-08-26T14:00:00+05:00"),
                dariger,
                ("Терапевт Ассистент", "2.1"),
                {
                    "kk": "амбулаториялық қабылдауда дәрігерге алдын ала диагноз бен тексеру "
                    "жоспарын ұсынуға",
                    "ru": "подсказки врачу предварительного диагноза и плана обследования на "
                    "амбулаторном приёме",
                },
                "health",
                signatory="Сыздықова Г. Т.",
                email="info@darigerkomekshi.kz",
                authors="Ахметов Болат Куанышевич, Ермекова Дина Сериковна",
                right_holder=zhetisu,
                grantor=zhetisu,
                agreement_number="ЖС-17/26",
                agreement_date=date(2026, 8, 3),
                agreement_valid_until=date(2031, 8, 3),
            ),
            (
                Doc("otinish.pdf", "application", "kk", Style("sentences", "kk"), describe=True),
                Doc("certificate.pdf", "ip_certificate", "ru", Style("stacked", "ru")),
                Doc(
                    "agreement.pdf",
                    "copyright_agreement",
                    "ru",
                    Style("table", "dot", size=10.5),
                    form="image_pdf",
                ),
                Doc("audit_qorytyndy.pdf", "audit_conclusion", "kk", Style("inline", "kk_short")),
            ),
            "complete",
            (),
            "none: clean bundle (Kazakh; the certificate's right holder ТОО «Жетысу Софт» "
            "assigned the rights to the applicant)",
            zipped=True,
        ),
        Bundle(
            "health",
            "34-datasapa-similar-auditor",
            "HLT-2026-0116",
            at("2026-10-20T10:10:00+05:00"),
            facts(
                34,
                at("2026-10-20T10:10:00+05:00"),
                DATASAPA,
                ("Сапа Кардио", "1.0"),
                {"ru": "выявления признаков ишемической болезни сердца по записям ЭКГ"},
                "health",
                DATASAPA_AUDIT,
                email="a.seitkali@datasapa.kz",
                conclusion_number="ДСА-26/019",
            ),
            (
                Doc("application.pdf", "application", "ru", Style("table", "ru")),
                Doc("system_description.pdf", "system_description", "ru", Style("inline", "ru")),
                Doc("certificate.pdf", "ip_certificate", "ru", Style("stacked", "dot")),
                Doc("audit_conclusion.pdf", "audit_conclusion", "ru", Style("sentences", "dot")),
            ),
            "complete",
            (),
            "none: clean bundle (the auditor ТОО «Дата Сапа Аудит» resembles the applicant "
            "ТОО «Дата Сапа» by name but is another company with another BIN)",
        ),
    ]


def bundles() -> list[Bundle]:
    return (
        _clean_bundles()
        + _defective_bundles()
        + _file_defect_bundles()
        + _check_defect_bundles()
        + _hard_negative_bundles()
    )


def doc_facts(bundle: Bundle, doc: Doc) -> Facts:
    return replace(bundle.facts, **{**doc.variant, **doc.changes})
