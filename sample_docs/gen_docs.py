"""Renderers for the five document types, in Russian, Kazakh and English.

Each renderer writes a ``DocPdf`` from a bundle's ``Facts`` and returns, with
it, the fields it actually printed. Values go through a ``Printed`` recorder at
the moment they are written into the text, so the expected fields can never
drift from the document.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape

from sample_docs.gen_common import (
    AGENCIES,
    CITIES_EN,
    SECTIONS,
    Facts,
    Org,
    fmt_date,
    spaced_bin,
)
from sample_docs.gen_pdf import CREATION_DATE, DocPdf


@dataclass
class Entry:
    """One document of the expected result (a file holding two types gives two)."""

    type: str
    language: str
    fields: dict[str, object] = field(default_factory=dict)


class Printed:
    """Records each field value as it is printed and returns the printed text."""

    def __init__(self) -> None:
        self.fields: dict[str, object] = {}

    def __call__(self, key: str, value: str) -> str:
        self.fields[key] = value
        return value

    def date(self, key: str, value: date, style: str) -> str:
        self.fields[key] = value.isoformat()
        return fmt_date(value, style)

    def bin(self, key: str, number: str, spaced: bool = False) -> str:
        self.fields[key] = number
        return spaced_bin(number) if spaced else number

    def flag(self, key: str, text: str) -> str:
        self.fields[key] = True
        return text


@dataclass
class Style:
    """How one document is laid out: label layout or running text, date style, typeface."""

    layout: str = "inline"  # inline | stacked | table | sentences
    dates: str = "dot"
    face: str = "sans"
    size: float = 11
    spaced_bins: bool = False  # "180 340 012 345", as some accountants print it
    grid: bool = True  # full table grid; rows-only rules for documents that get scanned

    def new_pdf(self, lang: str) -> DocPdf:
        return DocPdf(lang, self.face, self.size, self.grid)


def _sentence(text: str) -> str:
    """Close a sentence that may end in an abbreviation ("2026 г.") without doubling the dot."""
    return text if text.endswith(".") else text + "."


def _org_letterhead(pdf: DocPdf, org: Org, lang: str) -> None:
    pdf.letterhead(org.name(lang), [org.address(lang)])


# --------------------------------------------------------------------------- application

APP = {
    "ru": {
        "to": "В {agency}",
        "ref": "Исх. № {n} от {date}",
        "title": "ЗАЯВЛЕНИЕ",
        "sub_letter": "о включении системы искусственного интеллекта в перечень доверенных "
        "систем искусственного интеллекта высокой степени риска",
        "sub_form": "на включение в перечень доверенных систем искусственного интеллекта "
        "высокой степени риска",
        "ask": "{name} (БИН {bin}), в лице директора {signatory}, действующего на основании "
        "Устава, просит включить систему искусственного интеллекта «{system}»{version} в "
        "перечень доверенных систем искусственного интеллекта высокой степени риска в "
        "соответствии с Законом Республики Казахстан «Об искусственном интеллекте».",
        "version": " версии {v}",
        "purpose": "Система предназначена для {summary}. Сведения о системе изложены в {where}.",
        "where_inside": "разделе 2 настоящего заявления",
        "where_apart": "описании системы, прилагаемом к заявлению",
        "attached": "Документы, подтверждающие права на систему, и аудиторское заключение прилагаются.",
        "contact": "Ответы и уведомления по заявлению просим направлять на адрес электронной почты {email}.",
        "labels": (
            "Заявитель",
            "БИН",
            "Наименование системы ИИ",
            "Версия системы",
            "Сфера применения",
            "Адрес электронной почты",
            "Дата заявления",
        ),
        "confirm": "Заявитель подтверждает достоверность сведений, указанных в заявлении и "
        "прилагаемых документах, и просит включить указанную систему в перечень.",
        "role": "Директор",
        "describe": "2. Описание системы",
    },
    "kk": {
        "to": "{agency}",
        "ref": "Шығ. № {n}, {date}",
        "title": "ӨТІНІШ",
        "sub_letter": "жасанды интеллект жүйесін жоғары тәуекелді сенімді жасанды интеллект "
        "жүйелерінің тізбесіне енгізу туралы",
        "sub_form": "жоғары тәуекелді сенімді жасанды интеллект жүйелерінің тізбесіне енгізуге",
        "ask": "{name} (БСН {bin}) директор {signatory} атынан «Жасанды интеллект туралы» "
        "Қазақстан Республикасы Заңына сәйкес «{system}» жасанды интеллект жүйесін{version} "
        "жоғары тәуекелді сенімді жасанды интеллект жүйелерінің тізбесіне енгізуді сұрайды.",
        "version": " ({v} нұсқасы)",
        "purpose": "Жүйе {summary} арналған. Жүйе туралы мәліметтер {where} келтірілген.",
        "where_inside": "осы өтініштің 2-бөлімінде",
        "where_apart": "өтінішке қоса берілген жүйенің сипаттамасында",
        "attached": "Жүйеге құқықтарды растайтын құжаттар мен аудиторлық қорытынды қоса беріледі.",
        "contact": "Өтініш бойынша хабарламаларды {email} электрондық поштасына жіберуді сұраймыз.",
        "labels": (
            "Өтініш беруші",
            "БСН",
            "ЖИ жүйесінің атауы",
            "Жүйенің нұсқасы",
            "Қолданылу саласы",
            "Электрондық пошта",
            "Өтініш берілген күн",
        ),
        "confirm": "Өтініш беруші өтініште және қоса берілген құжаттарда көрсетілген "
        "мәліметтердің дұрыстығын растайды және жүйені тізбеге енгізуді сұрайды.",
        "role": "Директор",
        "describe": "2. Жүйенің сипаттамасы",
    },
    "en": {
        "to": "To: {agency}",
        "ref": "Ref. No. {n} of {date}",
        "title": "APPLICATION",
        "sub_letter": "for the inclusion of an AI system in the list of trusted high-risk "
        "artificial intelligence systems",
        "sub_form": "for inclusion in the list of trusted high-risk AI systems",
        "ask": "{name} (BIN {bin}), represented by its Director {signatory}, hereby applies "
        "for the inclusion of the artificial intelligence system «{system}»{version} in the "
        "list of trusted high-risk AI systems under the Law of the Republic of Kazakhstan "
        "«On Artificial Intelligence».",
        "version": ", version {v},",
        "purpose": "The system is intended for {summary}. The system is described in {where}.",
        "where_inside": "Section 2 of this application",
        "where_apart": "the system description attached to this application",
        "attached": "Documents confirming our rights to the system and the audit conclusion are attached.",
        "contact": "Please send all notices concerning this application to {email}.",
        "labels": (
            "Applicant",
            "BIN",
            "AI system name",
            "System version",
            "Sector",
            "Contact e-mail",
            "Date of application",
        ),
        "confirm": "The applicant confirms that the information in this application and the "
        "attached documents is accurate and requests that the system be included in the list.",
        "role": "Director",
        "describe": "2. System description",
    },
}


def application(f: Facts, lang: str, style: Style, describe: bool = False):
    """The request itself; with ``describe`` it also carries the system description."""
    t = APP[lang]
    pdf = style.new_pdf(lang)
    p = Printed()
    sector, agency = AGENCIES[f.agency][lang]
    _org_letterhead(pdf, f.applicant, lang)
    if style.layout == "sentences":
        ref = t["ref"].format(n=47, date=p.date("application_date", f.application_date, style.dates))
        pdf.para(ref, align="L")
    pdf.addressee([t["to"].format(agency=agency)])
    if style.layout == "sentences":
        pdf.doc_title(t["title"], t["sub_letter"])
        version = t["version"].format(v=p("system_version", f.system_version))
        pdf.para(
            t["ask"].format(
                name=p("applicant_name", f.applicant.name(lang)),
                bin=p.bin("applicant_bin", f.app_bin),
                signatory=p("signatory", f.signatory),
                system=p("system_name", f.system_name),
                version=version,
            )
        )
    else:
        pdf.doc_title(t["title"], t["sub_form"])
        values = (
            p("applicant_name", f.applicant.name(lang)),
            p.bin("applicant_bin", f.app_bin, style.spaced_bins),
            p("system_name", f.system_name),
            p("system_version", f.system_version),
            p("sector", sector),
            p("contact_email", f.email),
            p.date("application_date", f.application_date, style.dates),
        )
        pdf.labelled(list(zip(t["labels"], values, strict=True)), style.layout)
        pdf.para(t["confirm"])
    where = t["where_inside"] if describe else t["where_apart"]
    pdf.para(t["purpose"].format(summary=f.summary[lang], where=where))
    pdf.para(t["attached"])
    if style.layout == "sentences":
        pdf.para(t["contact"].format(email=p("contact_email", f.email)))
    entries = [Entry("application", lang, p.fields)]
    if describe:
        pdf.heading(t["describe"])
        entries.append(_sections(pdf, f, lang, numbering="2.{i}. ", inline=False))
    name = f.signatory if style.layout == "sentences" else p("signatory", f.signatory)
    pdf.signature(t["role"], name)
    return pdf, entries


# ------------------------------------------------------------------- system description

SECTION_TEXT = {
    "ru": {
        "purpose": (
            "Назначение системы",
            "Система «{system}» предназначена для {summary}. Система используется как "
            "инструмент поддержки принятия решений и не принимает юридически значимых "
            "решений самостоятельно.",
        ),
        "functions": (
            "Функции",
            "Приём и проверка входных данных; построение прогноза с оценкой "
            "уверенности; объяснение результата для специалиста; ведение журнала "
            "всех обращений к модели.",
        ),
        "data": (
            "Используемые данные",
            "Для обучения использованы обезличенные данные, полученные на основании "
            "договоров с их владельцами. Персональные данные обрабатываются в "
            "соответствии с Законом РК «О персональных данных и их защите».",
        ),
        "risk_management": (
            "Управление рисками",
            "Ведётся реестр рисков, который пересматривается ежеквартально. "
            "Качество модели и дрейф данных контролируются ежемесячно; при "
            "снижении точности модель выводится из эксплуатации.",
        ),
        "human_oversight": (
            "Контроль со стороны человека",
            "Каждый результат системы проверяет ответственный специалист, "
            "который вправе отклонить рекомендацию. Оператор может немедленно "
            "остановить работу системы.",
        ),
    },
    "kk": {
        "purpose": (
            "Жүйенің мақсаты",
            "«{system}» жүйесі {summary} арналған. Жүйе шешім қабылдауды қолдау "
            "құралы ретінде пайдаланылады және заңдық маңызы бар шешімдерді өз бетінше "
            "қабылдамайды.",
        ),
        "functions": (
            "Функциялары",
            "Кіріс деректерін қабылдау және тексеру; сенімділік бағасымен болжам "
            "құру; нәтижені маманға түсіндіру; модельге барлық жүгіністер журналын "
            "жүргізу.",
        ),
        "data": (
            "Пайдаланылатын деректер",
            "Оқыту үшін иелерімен жасалған шарттар негізінде алынған иесіздендірілген "
            "деректер пайдаланылды. Дербес деректер Қазақстан Республикасының «Дербес "
            "деректер және оларды қорғау туралы» Заңына сәйкес өңделеді.",
        ),
        "risk_management": (
            "Тәуекелдерді басқару",
            "Тоқсан сайын қайта қаралатын тәуекелдер тізілімі жүргізіледі. "
            "Модель сапасы мен деректер ауытқуы ай сайын бақыланады; дәлдік "
            "төмендегенде модель пайдаланудан шығарылады.",
        ),
        "human_oversight": (
            "Адамның бақылауы",
            "Жүйенің әрбір нәтижесін жауапты маман тексереді және ұсынымды "
            "қабылдамауға құқылы. Оператор жүйенің жұмысын дереу тоқтата "
            "алады.",
        ),
    },
    "en": {
        "purpose": (
            "Purpose",
            "{system} is intended for {summary}. It is a decision-support tool and "
            "takes no legally significant decisions on its own.",
        ),
        "functions": (
            "Functions",
            "Intake and validation of input data; prediction with a confidence "
            "score; explanation of each result for the specialist; logging of every "
            "call to the model.",
        ),
        "data": (
            "Data used",
            "The model was trained on de-identified data obtained under agreements with "
            "the data owners. Personal data are processed under the Law of the Republic "
            "of Kazakhstan «On Personal Data and Their Protection».",
        ),
        "risk_management": (
            "Risk management",
            "A risk register is kept and reviewed every quarter. Model quality "
            "and data drift are monitored monthly; a model whose accuracy drops "
            "is withdrawn from service.",
        ),
        "human_oversight": (
            "Human oversight",
            "Every output is reviewed by a responsible specialist who may "
            "reject the recommendation. The operator can stop the system "
            "immediately.",
        ),
    },
}

DESCRIPTION = {
    "ru": (
        "ОПИСАНИЕ СИСТЕМЫ ИСКУССТВЕННОГО ИНТЕЛЛЕКТА",
        "«{system}», версия {v}",
        "Приложение к заявлению",
        "Директор",
    ),
    "kk": (
        "ЖАСАНДЫ ИНТЕЛЛЕКТ ЖҮЙЕСІНІҢ СИПАТТАМАСЫ",
        "«{system}», {v} нұсқасы",
        "Өтінішке қосымша",
        "Директор",
    ),
    "en": ("AI SYSTEM DESCRIPTION", "{system}, version {v}", "Annex to the application", "Director"),
}


def _sections(pdf: DocPdf, f: Facts, lang: str, numbering: str, inline: bool) -> Entry:
    """The required sections present in ``f.sections``, as headings over paragraphs or inline."""
    p = Printed()
    for i, key in enumerate(s for s in SECTIONS if s in f.sections):
        heading, body = SECTION_TEXT[lang][key]
        heading = numbering.format(i=i + 1) + p.flag(key, heading)
        body = body.format(system=f.system_name, summary=f.summary[lang])
        if inline:
            pdf.multi_cell(0, 5.6, f"**{heading}.** {body}", markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.line_break(2)
        else:
            pdf.heading(heading)
            pdf.para(body)
    return Entry("system_description", lang, p.fields)


def system_description(f: Facts, lang: str, style: Style):
    """A separate description file, an annex to the application."""
    title, sub, annex, role = DESCRIPTION[lang]
    pdf = style.new_pdf(lang)
    _org_letterhead(pdf, f.applicant, lang)
    pdf.para(annex, align="R", style="I")
    pdf.doc_title(title, sub.format(system=f.system_name, v=f.system_version))
    entry = _sections(pdf, f, lang, numbering="{i}. ", inline=style.layout == "inline")
    pdf.signature(role, f.signatory)
    return pdf, [entry]


# ----------------------------------------------------------------------- ip certificate

CERT = {
    "ru": {
        "state": "РЕСПУБЛИКА КАЗАХСТАН",
        "issuer": [
            "Министерство юстиции Республики Казахстан",
            "РГП на ПХВ «Национальный институт интеллектуальной собственности»",
        ],
        "title": "СВИДЕТЕЛЬСТВО",
        "sub": "о внесении сведений в государственный реестр прав на объекты, охраняемые авторским правом",
        "number": "№ {n} от {date}",
        "labels": (
            "Номер заявки",
            "Дата подачи заявки",
            "Вид объекта авторского права",
            "Название объекта",
            "Дата создания объекта",
            "Фамилия, имя, отчество автора (соавторов)",
            "Правообладатель",
            "БИН правообладателя",
        ),
        "object_type": {
            "program": "программа для ЭВМ",
            "literary": "литературное произведение",
            "database": "база данных",
        },
        "note": "Сведения об объекте внесены в государственный реестр прав на объекты, "
        "охраняемые авторским правом. Свидетельство сформировано в электронной форме, его "
        "подлинность можно проверить в реестре на сайте www.kazpatent.kz.",
        "role": "Директор",
    },
    "kk": {
        "state": "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ",
        "issuer": [
            "Қазақстан Республикасы Әділет министрлігі",
            "«Ұлттық зияткерлік меншік институты» ШЖҚ РМК",
        ],
        "title": "КУӘЛІК",
        "sub": "авторлық құқықпен қорғалатын объектілерге құқықтардың мемлекеттік "
        "тізіліміне мәліметтерді енгізу туралы",
        "number": "№ {n}, {date}",
        "labels": (
            "Өтінім нөмірі",
            "Өтінім берілген күн",
            "Авторлық құқық объектісінің түрі",
            "Объектінің атауы",
            "Объектіні жасау күні",
            "Автордың (авторлардың) тегі, аты, әкесінің аты",
            "Құқық иеленуші",
            "Құқық иеленушінің БСН",
        ),
        "object_type": {
            "program": "ЭЕМ-ге арналған бағдарлама",
            "literary": "әдеби шығарма",
            "database": "деректер базасы",
        },
        "note": "Объект туралы мәліметтер авторлық құқықпен қорғалатын объектілерге "
        "құқықтардың мемлекеттік тізіліміне енгізілді. Куәлік электрондық нысанда "
        "қалыптастырылған, түпнұсқалығын www.kazpatent.kz сайтындағы тізілімнен тексеруге "
        "болады.",
        "role": "Директор",
    },
}


def ip_certificate(f: Facts, lang: str, style: Style):
    """Kazpatent's certificate of entry into the copyright register (one state form)."""
    t = CERT[lang]
    pdf = style.new_pdf(lang)
    p = Printed()
    pdf.letterhead(t["state"], t["issuer"], align="C")
    pdf.doc_title(t["title"], t["sub"])
    number = t["number"].format(
        n=p("certificate_number", str(f.cert_number)),
        date=p.date("issue_date", f.cert_issue_date, style.dates),
    )
    pdf.para(number, align="C", style="B")
    values = [
        p("application_number", str(f.cert_application_number)),
        fmt_date(f.cert_filing_date, "dot"),  # filing date: printed, but no field of its own
        p("object_type", t["object_type"][f.object_type]),
        p("object_title", f.system_name),
        p.date("creation_date", f.creation_date, "dot"),
        p("authors", f.authors),
    ]
    if f.right_holder:
        values.append(p("right_holder", f.right_holder.name(lang)))
        if f.cert_prints_holder_bin:
            values.append(p.bin("right_holder_bin", f.right_holder.bin))
    pdf.labelled(list(zip(t["labels"], values, strict=False)), style.layout)
    pdf.para(t["note"])
    pdf.signature(t["role"], "Е. К. Сарсенбаев", stamp=False)
    return pdf, [Entry("ip_certificate", lang, p.fields)]


# ------------------------------------------------------------------ copyright agreement


def copyright_agreement(f: Facts, lang: str, style: Style):
    """An authorship contract (running text) or a short assignment form (labels + terms)."""
    if lang != "ru":
        raise ValueError("copyright agreements are drafted in Russian in this sample set")
    pdf = style.new_pdf(lang)
    p = Printed()
    if style.layout == "sentences":
        _agreement_contract(pdf, p, f, style)
    else:
        _agreement_form(pdf, p, f, style)
    grantor = f.grantor
    if grantor.bin:
        pdf.signature("За Правообладателя", grantor.signer)
    else:  # an author signs for themself, with no seal
        pdf.signature("Автор", _initials(grantor.ru), stamp=False)
    pdf.signature("За Приобретателя", f.signatory)
    return pdf, [Entry("copyright_agreement", lang, p.fields)]


def _initials(full_name: str) -> str:
    surname, *names = full_name.split()
    return surname + " " + " ".join(n[0] + "." for n in names)


def _agreement_contract(pdf: DocPdf, p: Printed, f: Facts, style: Style) -> None:
    grantor = f.grantor
    pdf.doc_title(
        f"АВТОРСКИЙ ДОГОВОР № {p('agreement_number', f.agreement_number)}",
        "о передаче исключительных имущественных прав на программу для ЭВМ",
    )
    pdf.two_sides(f"г. {f.applicant.city}", p.date("agreement_date", f.agreement_date, style.dates))
    if grantor.bin:
        who = (
            f"{p('grantor', grantor.ru)} (БИН {grantor.bin}), именуемое в дальнейшем "
            "«Правообладатель», в лице директора, действующего на основании Устава"
        )
    else:
        who = (
            f"Гражданин Республики Казахстан {p('grantor', grantor.ru)}, автор программы, "
            "именуемый в дальнейшем «Автор»"
        )
    pdf.para(
        f"{who}, с одной стороны, и {p('grantee', f.applicant.ru)} "
        f"(БИН {p.bin('grantee_bin', f.applicant.bin)}), именуемое в дальнейшем "
        f"«Приобретатель», в лице директора {f.signatory}, действующего на основании Устава, "
        "с другой стороны, заключили настоящий договор о нижеследующем."
    )
    role = "Правообладатель" if grantor.bin else "Автор"
    pdf.heading("1. Предмет договора")
    pdf.para(
        f"1.1. {role} передаёт Приобретателю в полном объёме исключительные имущественные "
        f"права на программу для ЭВМ «{p('object_title', f.system_name)}» (далее — Программа), "
        "включая права на воспроизведение, переработку, распространение и использование "
        "Программы любым способом на территории всех стран мира."
    )
    pdf.para(
        "1.2. Вознаграждение за передачу прав выплачивается в размере и порядке, "
        "установленных приложением № 1 к настоящему договору."
    )
    pdf.heading("2. Срок действия договора")
    until = p.date("valid_until", f.agreement_valid_until, style.dates)
    pdf.para(_sentence(f"2.1. Договор вступает в силу с даты подписания сторонами и действует до {until}"))


def _agreement_form(pdf: DocPdf, p: Printed, f: Facts, style: Style) -> None:
    grantor = f.grantor
    pdf.doc_title(
        f"ДОГОВОР № {p('agreement_number', f.agreement_number)}",
        "об отчуждении исключительного права на программу для ЭВМ",
    )
    rows = [
        ("Дата заключения", p.date("agreement_date", f.agreement_date, style.dates)),
        ("Правообладатель", p("grantor", grantor.ru)),
        ("БИН правообладателя", grantor.bin),
        ("Приобретатель", p("grantee", f.applicant.ru)),
        ("БИН приобретателя", p.bin("grantee_bin", f.applicant.bin)),
        ("Наименование программы для ЭВМ", p("object_title", f.system_name)),
        ("Договор действует до", p.date("valid_until", f.agreement_valid_until, style.dates)),
    ]
    pdf.labelled(rows, style.layout)
    pdf.para(
        "1. Правообладатель передаёт Приобретателю исключительное право на указанную "
        "программу для ЭВМ в полном объёме, включая исходный код и документацию."
    )
    pdf.para(
        "2. Приобретатель выплачивает вознаграждение в течение 30 календарных дней с "
        "даты подписания договора."
    )
    pdf.para("3. Правообладатель гарантирует, что передаваемое право не обременено правами третьих лиц.")


# --------------------------------------------------------------------- audit conclusion

AUDIT = {
    "ru": {
        "title": "АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ № {n}",
        "sub": "по результатам аудита системы искусственного интеллекта высокой степени риска",
        "labels": (
            "Дата заключения",
            "Аудиторская организация",
            "БИН аудиторской организации",
            "Наименование системы",
            "Версия системы",
            "Владелец системы",
            "БИН владельца",
            "Результат аудита",
            "Заключение действительно до",
        ),
        "result": ("положительное", "отрицательное"),
        "city": "г. {city}",
        "did": "{auditor} (БИН {abin}) провело аудит системы искусственного интеллекта "
        "«{system}»{version}, владельцем которой является {owner}{obin}.",
        "version": " версии {v}",
        "bin": " (БИН {b})",
        "scope": "В ходе аудита проверены документация разработчика, архитектура системы, "
        "процедуры управления рисками и механизмы надзора персонала за работой системы.",
        "covers": "Оценены качество и законность данных, использованных для обучения системы, "
        "а также отсутствие у системы функций, запрещённых Законом Республики Казахстан "
        "«Об искусственном интеллекте».",
        "positive": "По результатам аудита система соответствует требованиям, предъявляемым к "
        "системам искусственного интеллекта высокой степени риска; заключение положительное.",
        "negative": "По результатам аудита система не соответствует требованиям, предъявляемым "
        "к системам искусственного интеллекта высокой степени риска: не обеспечена "
        "прослеживаемость решений модели, журнал событий ведётся не в полном объёме. "
        "Заключение отрицательное.",
        "valid": "Настоящее заключение действительно до {date}",
        "role": "Директор",
    },
    "kk": {
        "title": "АУДИТОРЛЫҚ ҚОРЫТЫНДЫ № {n}",
        "sub": "жоғары тәуекелді жасанды интеллект жүйесінің аудиті нәтижелері бойынша",
        "labels": (
            "Қорытынды берілген күн",
            "Аудиторлық ұйым",
            "Аудиторлық ұйымның БСН",
            "Жүйенің атауы",
            "Жүйенің нұсқасы",
            "Жүйе иесі",
            "Жүйе иесінің БСН",
            "Аудит нәтижесі",
            "Қорытынды жарамды мерзімі",
        ),
        "result": ("оң", "теріс"),
        "city": "{city} қ.",
        "did": "{auditor} (БСН {abin}) {owner}{obin} иелігіндегі «{system}» жасанды интеллект "
        "жүйесінің{version} аудитін жүргізді.",
        "version": " ({v} нұсқасы)",
        "bin": " (БСН {b})",
        "scope": "Аудит барысында әзірлеуші құжаттамасы, жүйенің архитектурасы, тәуекелдерді "
        "басқару рәсімдері және персоналдың жүйе жұмысын қадағалау тетіктері тексерілді.",
        "covers": "Жүйені оқытуға пайдаланылған деректердің сапасы мен заңдылығы, сондай-ақ "
        "жүйеде «Жасанды интеллект туралы» Қазақстан Республикасы Заңымен тыйым салынған "
        "функциялардың жоқтығы бағаланды.",
        "positive": "Аудит нәтижелері бойынша жүйе жоғары тәуекелді жасанды интеллект "
        "жүйелеріне қойылатын талаптарға сәйкес келеді, қорытынды оң.",
        "negative": "Аудит нәтижелері бойынша жүйе жоғары тәуекелді жасанды интеллект "
        "жүйелеріне қойылатын талаптарға сәйкес келмейді, қорытынды теріс.",
        "valid": "Қорытынды {date} дейін жарамды",
        "role": "Директор",
    },
    "en": {
        "title": "AUDIT CONCLUSION No. {n}",
        "sub": "on the audit of a high-risk artificial intelligence system",
        "labels": (
            "Date of conclusion",
            "Auditor",
            "Auditor BIN",
            "AI system",
            "Version",
            "System owner",
            "Owner BIN",
            "Audit result",
            "Valid until",
        ),
        "result": ("Positive", "Negative"),
        "city": "{city}",
        "did": "{auditor} (BIN {abin}) has audited the artificial intelligence system "
        "«{system}»{version} owned by {owner}{obin}.",
        "version": ", version {v},",
        "bin": " (BIN {b})",
        "scope": "The audit covered the developer's documentation, the system architecture, "
        "the risk management procedures and the staff's supervision of the system.",
        "covers": "The audit assessed the quality and lawfulness of the data used to train the "
        "system and confirmed the absence of functions prohibited by the Law of the Republic "
        "of Kazakhstan «On Artificial Intelligence».",
        "positive": "In our opinion, the system complies with the requirements for high-risk "
        "AI systems; the conclusion is positive.",
        "negative": "In our opinion, the system does not comply with the requirements for "
        "high-risk AI systems; the conclusion is negative.",
        "valid": "This conclusion is valid until {date}",
        "role": "Director",
    },
}


def audit_conclusion(f: Facts, lang: str, style: Style):
    """An auditor's conclusion as a labelled card or as a narrative letter."""
    t = AUDIT[lang]
    pdf = style.new_pdf(lang)
    p = Printed()
    _org_letterhead(pdf, f.auditor, lang)
    pdf.doc_title(t["title"].format(n=p("conclusion_number", f.conclusion_number)), t["sub"])
    p("result", "positive" if f.audit_positive else "negative")
    verdict = t["positive"] if f.audit_positive else t["negative"]
    if style.layout == "sentences":
        _audit_narrative(pdf, p, f, lang, style, verdict)
    else:
        _audit_card(pdf, p, f, lang, style, verdict)
    default_signer = "B. T. Zhanuzakov" if lang == "en" else "Б. Т. Жанузаков"
    pdf.signature(t["role"], f.auditor.signer or default_signer)
    return pdf, [Entry("audit_conclusion", lang, p.fields)]


def _audit_scope(p: Printed, f: Facts, lang: str) -> str:
    t = AUDIT[lang]
    if not f.audit_covers:
        return t["scope"]
    # One sentence states both assessments, so it sets both flags.
    p.flag("covers_prohibited_functions", "")
    return t["scope"] + " " + p.flag("covers_training_data", t["covers"])


def _audit_narrative(pdf: DocPdf, p: Printed, f: Facts, lang: str, style: Style, verdict: str) -> None:
    t = AUDIT[lang]
    owner = f.system_owner or f.applicant
    city = CITIES_EN.get(f.auditor.city, f.auditor.city) if lang == "en" else f.auditor.city
    pdf.two_sides(t["city"].format(city=city), p.date("conclusion_date", f.conclusion_date, style.dates))
    version = t["version"].format(v=p("system_version", f.system_version)) if f.system_version else ""
    obin = t["bin"].format(b=p.bin("system_owner_bin", owner.bin)) if f.audit_prints_owner_bin else ""
    pdf.para(
        t["did"].format(
            auditor=p("auditor_name", f.auditor.name(lang)),
            abin=p.bin("auditor_bin", f.auditor.bin),
            system=p("system_name", f.system_name),
            version=version,
            owner=p("system_owner", owner.name(lang)),
            obin=obin,
        )
    )
    pdf.para(_audit_scope(p, f, lang))
    pdf.para(verdict)
    until = p.date("valid_until", f.audit_valid_until, style.dates)
    pdf.para(_sentence(t["valid"].format(date=until)))


def _audit_card(pdf: DocPdf, p: Printed, f: Facts, lang: str, style: Style, verdict: str) -> None:
    t = AUDIT[lang]
    labels = dict(enumerate(t["labels"]))
    rows = [
        (labels[0], p.date("conclusion_date", f.conclusion_date, style.dates)),
        (labels[1], p("auditor_name", f.auditor.name(lang))),
        (labels[2], p.bin("auditor_bin", f.auditor.bin)),
        (labels[3], p("system_name", f.system_name)),
    ]
    if f.system_version:
        rows.append((labels[4], p("system_version", f.system_version)))
    owner = f.system_owner or f.applicant
    rows.append((labels[5], p("system_owner", owner.name(lang))))
    if f.audit_prints_owner_bin:
        rows.append((labels[6], p.bin("system_owner_bin", owner.bin)))
    rows.append((labels[7], t["result"][0 if f.audit_positive else 1]))
    rows.append((labels[8], p.date("valid_until", f.audit_valid_until, style.dates)))
    pdf.labelled(rows, style.layout)
    pdf.para(_audit_scope(p, f, lang))
    pdf.para(verdict)


# ------------------------------------------------------- files the pipeline does not read

DOCX_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>',
}


def cover_letter_docx(f: Facts) -> bytes:
    """The applicant's covering letter as Word saves it: kept by the pipeline, never read."""
    _sector, agency = AGENCIES[f.agency]["ru"]
    lines = [
        f.applicant.ru,
        f.applicant.address("ru"),
        f"В {agency}",
        "Сопроводительное письмо",
        f"Направляем документы на включение системы искусственного интеллекта «{f.system_name}» "
        f"версии {f.system_version} в перечень доверенных систем искусственного интеллекта "
        "высокой степени риска: заявление с описанием системы, свидетельство о внесении "
        "сведений в государственный реестр прав на объекты, охраняемые авторским правом, и "
        "аудиторское заключение.",
        f"Контактное лицо: {f.signatory}, {f.email}.",
        f"Директор {f.signatory}",
    ]
    body = "".join(f"<w:p><w:r><w:t>{escape(line)}</w:t></w:r></w:p>" for line in lines)
    parts = {
        **DOCX_PARTS,
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>",
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=CREATION_DATE.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)
    return buffer.getvalue()


def portal_error_page(application_id: str) -> bytes:
    """What a browser saves when the portal's download fails: an HTML page, not the archive."""
    html = f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>502 — Сервис временно недоступен</title>
</head>
<body>
<div class="error-page">
<h1>Сервис временно недоступен</h1>
<p>Не удалось сформировать архив документов по заявлению {escape(application_id)}.
Пожалуйста, повторите попытку позже.</p>
<p class="code">Код ошибки: 502 Bad Gateway</p>
<p><a href="/ru/cabinet/requests">Вернуться в личный кабинет</a></p>
</div>
</body>
</html>
"""
    return html.encode()


RENDERERS = {
    "application": application,
    "system_description": system_description,
    "ip_certificate": ip_certificate,
    "copyright_agreement": copyright_agreement,
    "audit_conclusion": audit_conclusion,
}
