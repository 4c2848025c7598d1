"""Shared vocabulary of the sample generator: organisations, per-bundle facts, dates.

A bundle is described once by a ``Facts`` record; every document of the bundle is
rendered from it, so documents agree with each other by construction. A planted
defect is a per-document override of one fact (``dataclasses.replace``), which
keeps "exactly one defect per bundle" visible in the bundle catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from trustlist.core.identifiers import make_bin

# SPEC §4 fields of each document type, in the order the expected results list them.
FIELDS = {
    "application": (
        "applicant_name",
        "applicant_bin",
        "system_name",
        "system_version",
        "sector",
        "application_date",
        "contact_email",
        "signatory",
    ),
    "system_description": ("purpose", "functions", "data", "risk_management", "human_oversight"),
    "ip_certificate": (
        "certificate_number",
        "issue_date",
        "object_type",
        "object_title",
        "authors",
        "right_holder",
        "right_holder_bin",
        "creation_date",
        "application_number",
    ),
    "copyright_agreement": (
        "agreement_number",
        "agreement_date",
        "grantor",
        "grantee",
        "grantee_bin",
        "object_title",
        "valid_until",
    ),
    "audit_conclusion": (
        "conclusion_number",
        "conclusion_date",
        "auditor_name",
        "auditor_bin",
        "system_name",
        "system_version",
        "system_owner",
        "system_owner_bin",
        "result",
        "valid_until",
        "covers_training_data",
        "covers_prohibited_functions",
    ),
}
SECTIONS = ("purpose", "functions", "data", "risk_management", "human_oversight")

RU_MONTHS = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
KK_MONTHS = (
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
)
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


# Agency code -> language -> (sector as written on forms, the addressee of the application).
AGENCIES = {
    "health": {
        "ru": ("здравоохранение", "Министерство здравоохранения Республики Казахстан"),
        "kk": ("денсаулық сақтау", "Қазақстан Республикасы Денсаулық сақтау министрлігі"),
        "en": ("healthcare", "Ministry of Health of the Republic of Kazakhstan"),
    },
    "finance": {
        "ru": (
            "финансовый рынок",
            "Агентство Республики Казахстан по регулированию и развитию финансового рынка",
        ),
        "kk": ("қаржы нарығы", "Қазақстан Республикасының Қаржы нарығын реттеу және дамыту агенттігі"),
        "en": (
            "financial market",
            "Agency for Regulation and Development of the Financial Market of the Republic of Kazakhstan",
        ),
    },
    "transport": {
        "ru": ("транспорт", "Министерство транспорта Республики Казахстан"),
        "kk": ("көлік", "Қазақстан Республикасы Көлік министрлігі"),
        "en": ("transport", "Ministry of Transport of the Republic of Kazakhstan"),
    },
    "education": {
        "ru": ("образование", "Министерство просвещения Республики Казахстан"),
        "kk": ("білім беру", "Қазақстан Республикасы Оқу-ағарту министрлігі"),
        "en": ("education", "Ministry of Education of the Republic of Kazakhstan"),
    },
    "energy": {
        "ru": ("энергетика", "Министерство энергетики Республики Казахстан"),
        "kk": ("энергетика", "Қазақстан Республикасы Энергетика министрлігі"),
        "en": ("energy", "Ministry of Energy of the Republic of Kazakhstan"),
    },
}


def fmt_date(d: date, style: str) -> str:
    """A date written the way SPEC §4 says documents write them."""
    formats = {
        "dot": lambda: f"{d:%d.%m.%Y}",
        "slash": lambda: f"{d:%d/%m/%Y}",
        "iso": lambda: d.isoformat(),
        "ru": lambda: f"{d.day} {RU_MONTHS[d.month - 1]} {d.year} г.",
        "ru_quoted": lambda: f"«{d.day:02d}» {RU_MONTHS[d.month - 1]} {d.year} года",
        "kk": lambda: f"{d.year} жылғы {d.day} {KK_MONTHS[d.month - 1]}",
        "kk_short": lambda: f"{d.day} {KK_MONTHS[d.month - 1]} {d.year} ж.",
        "en_us": lambda: f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
        "en": lambda: f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
    }
    return formats[style]()


CITIES_EN = {"Алматы": "Almaty", "Астана": "Astana", "Шымкент": "Shymkent", "Караганда": "Karaganda"}


def bin_for(first11: str) -> str:
    """A valid BIN; fails loudly at import time if a catalogue entry picked bad digits."""
    return make_bin(first11)


def spaced_bin(number: str) -> str:
    """BINs are often printed in groups of three; the expected value stays 12 digits."""
    return " ".join(number[i : i + 3] for i in range(0, 12, 3))


@dataclass(frozen=True)
class Org:
    """A legal entity (or a person, with ``bin`` None) and how each language writes it."""

    ru: str
    bin: str | None = None
    kk: str | None = None
    en: str | None = None
    city: str = "Алматы"
    phone: str = "+7 (727) 355-12-40"
    signer: str = ""  # who signs for a company; a person signs for themself

    def name(self, lang: str) -> str:
        return {"ru": self.ru, "kk": self.kk or self.ru, "en": self.en or self.ru}[lang]

    def address(self, lang: str) -> str:
        city_en = CITIES_EN.get(self.city, self.city)
        return {
            "ru": f"Республика Казахстан, г. {self.city}, тел. {self.phone}",
            "kk": f"Қазақстан Республикасы, {self.city} қ., тел. {self.phone}",
            "en": f"{city_en}, Republic of Kazakhstan, tel. {self.phone}",
        }[lang]


@dataclass(frozen=True)
class Facts:
    """Everything the documents of one bundle state about the application."""

    applicant: Org
    signatory: str
    email: str
    agency: str  # key of AGENCIES
    summary: dict[str, str]  # what the system does, one clause per language
    system_name: str
    system_version: str | None
    application_date: date
    authors: str
    auditor: Org
    conclusion_number: str
    conclusion_date: date
    audit_valid_until: date
    # IP certificate (Kazpatent register)
    cert_number: int = 0
    cert_issue_date: date | None = None
    cert_application_number: int = 0
    cert_filing_date: date | None = None
    creation_date: date | None = None
    right_holder: Org | None = None
    object_type: str = "program"  # key of gen_docs.OBJECT_TYPES: what the register calls the object
    # copyright agreement
    grantor: Org | None = None
    agreement_number: str = ""
    agreement_date: date | None = None
    agreement_valid_until: date | None = None
    # the variable parts that defects override
    applicant_bin_printed: str | None = None  # what the application prints; None = the true BIN
    system_owner: Org | None = None  # whom the audit names as the system's owner; None = the applicant
    audit_positive: bool = True
    audit_covers: bool = True  # states training data and prohibited functions were assessed
    audit_prints_owner_bin: bool = True
    cert_prints_holder_bin: bool = True
    sections: tuple[str, ...] = field(default=SECTIONS)

    @property
    def app_bin(self) -> str:
        return self.applicant_bin_printed or self.applicant.bin or ""
