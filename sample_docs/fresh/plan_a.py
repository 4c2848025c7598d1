"""Half A: seven bundles (health, finance, transport, energy, education, health, finance)."""
import builders as B
from content import (BANK, PROHIB_EN, PROHIB_RU, TRAIN_EN, TRAIN_RU, fields, json_description, present, seal,
                     sections)
from fresh_lib import break_check_digit, f_dot, f_en, f_en2, f_kk, f_ru
from generate import Bundle
from parties import AUDITORS, A

AD = "application"
SD = "system_description"
IC = "ip_certificate"
CA = "copyright_agreement"
AC = "audit_conclusion"
PROG = "программа для ЭВМ"
CERT_NOTE = "Сведения о правах внесены в государственный реестр прав на объекты, охраняемые авторским правом."


def cert_fields(num, issue, obj_type, title, authors, holder=None, holder_bin=None, created=None, appl_no=None):
    return fields(certificate_number=num, issue_date=issue, object_type=obj_type, object_title=title,
                  authors=authors, right_holder=holder, right_holder_bin=holder_bin, creation_date=created,
                  application_number=appl_no)


def audit_fields(num, date, auditor, auditor_bin, sysname, ver, owner, owner_bin, result, valid, train, prohib):
    return fields(conclusion_number=num, conclusion_date=date, auditor_name=auditor, auditor_bin=auditor_bin,
                  system_name=sysname, system_version=ver, system_owner=owner, system_owner_bin=owner_bin,
                  result=result, valid_until=valid, covers_training_data=train, covers_prohibited_functions=prohib)


def app_fields(name, bin_, sysname, ver, sector, date, email, signatory):
    return fields(applicant_name=name, applicant_bin=bin_, system_name=sysname, system_version=ver, sector=sector,
                  application_date=date, contact_email=email, signatory=signatory)


def auditor_lines_ru(au):
    return [f"БИН {au['bin']}   ·   {au['address']}",
            f"тел.: {au['phone']}   ·   e-mail: {au['email']}   ·   {au.get('web', '')}".rstrip(" ·")]


# ============================================================ A1 health: letter + annex, PNG certificate
def a1():
    p, au = A["sana"], AUDITORS["senim"]
    b = Bundle("half_a", "health", "sana-med-qamqor-triage", "HLT-2026-0117", "2026-03-16T10:20:00+05:00",
               planted="none: clean bundle (letter-style application on letterhead with the description as "
                       "annex 1 and reworded headings; Kazpatent certificate scanned to grayscale PNG; Russian "
                       "audit conclusion naming the auditor only in letterhead, «Исполнитель» line and signature)")
    b.auditors = ["senim"]
    sysn, ver, app_date = "Qamqor Triage", "2.3.1", "2026-03-12"
    cert_no, cert_date, audit_no, audit_date, audit_valid = "77412", "2025-10-07", "СА-26/017", "2026-02-24", "2027-02-24"
    heads = ["1. Цель и область применения", "2. Основные функции", "3. Данные, используемые системой",
             "4. Меры по снижению рисков", "5. Участие человека в принятии решений"]
    pdf = B.app_letter_ru(dict(
        applicant=p["name"], bin=p["bin"], address=p["address"], phone=p["phone"], email=p["email"], web=p["web"],
        out_no="СМ-04/112", date_str=f_ru(app_date),
        addressee="Председателю Комитета медицинского и фармацевтического контроля Министерства "
                  "здравоохранения Республики Казахстан\nКасымову Д. Б.",
        subject=f"О включении системы «{sysn}» в перечень доверенных систем искусственного интеллекта",
        salutation="Уважаемый Данияр Болатович!",
        body=[f"{p['name']} (БИН {p['bin']}) просит включить систему искусственного интеллекта «{sysn}» "
              f"версии {ver} в перечень доверенных систем искусственного интеллекта высокой степени риска.",
              "Система с 2025 года используется в пилотном режиме в шести городских поликлиниках и "
              "относится к системам высокой степени риска, так как её рекомендации влияют на очерёдность "
              "оказания медицинской помощи. Описание системы приведено в приложении 1 к настоящему письму.",
              "Исключительные имущественные права на программу принадлежат товариществу, что подтверждается "
              "свидетельством о внесении сведений в государственный реестр прав на объекты, охраняемые "
              "авторским правом. Независимый аудит системы проведён в феврале 2026 года.",
              "Ответ просим направить на электронный адрес, указанный в реквизитах письма."],
        annex_list=[f"Описание системы «{sysn}» — на 2 л.",
                    f"Копия свидетельства № {cert_no} от {f_dot(cert_date)} — на 1 л.",
                    f"Заключение по результатам аудита № {audit_no} — на 2 л."],
        position="Директор", signatory_print=p["director_short"],
        executor="Исп.: Ким А. В., руководитель отдела качества, тел. +7 (7172) 72-40-16",
        annex_header=f"Приложение 1\nк письму исх. № СМ-04/112 от {f_dot(app_date)}",
        sysdesc_title=f"ОПИСАНИЕ СИСТЕМЫ ИСКУССТВЕННОГО ИНТЕЛЛЕКТА «{sysn.upper()}»",
        sysdesc=sections("qamqor", heads)))
    b.add_pdf("application", pdf, [
        (AD, "ru", app_fields(p["name"], p["bin"], sysn, ver, None, app_date, p["email"], p["director_short"])),
        (SD, "ru", present(heads))])

    authors = "Жақсылықов Ерболат Маратұлы, Ким Алина Викторовна, Омаров Руслан Тимурович"
    pdf = B.cert_ru(dict(number_line=f"№ {cert_no}", qr_seed=11, rows=[
        ("Дата внесения сведений в реестр:", f_dot(cert_date)),
        ("Номер заявления:", "1182"),
        ("Дата подачи заявления:", "22.09.2025"),
        ("Вид объекта авторского права:", PROG),
        ("Название объекта:", sysn),
        ("Дата создания объекта:", "30.06.2025"),
        ("Автор(ы):", authors),
        ("Правообладатель:", p["name"]),
        ("БИН правообладателя:", p["bin"])]))
    b.add_pdf("svidetelstvo_77412", pdf, [(IC, "ru", cert_fields(
        cert_no, cert_date, PROG, sysn, authors, p["name"], p["bin"], "2025-06-30", "1182"))], scan_kind="png_gray")

    pdf = B.audit_ru(dict(
        auditor=au["name"], auditor_lines=auditor_lines_ru(au), title="ЗАКЛЮЧЕНИЕ",
        subtitle=f"по результатам аудита системы искусственного интеллекта\n№ {audit_no}",
        city="г. Алматы", date_str=f_ru(audit_date, quoted=True, suffix="года"),
        head_rows=[("Объект аудита:", f"система искусственного интеллекта «{sysn}», версия {ver}"),
                   ("Заказчик (владелец системы):", f"{p['name']} (БИН {p['bin']})"),
                   ("Основание:", "договор на оказание услуг № 2026/05 от 12.01.2026"),
                   ("Период проведения:", "с 19 января по 20 февраля 2026 г.")],
        sections=[("1. Объём и методика аудита",
                   "Аудит проведён в соответствии с требованиями к системам искусственного интеллекта высокой "
                   "степени риска: изучены техническая документация, журналы событий, результаты тестирования "
                   "на контрольной выборке из 12 000 обращений; проведены интервью с разработчиками и "
                   "пользователями системы в двух поликлиниках."),
                  ("2. Результаты", TRAIN_RU + " " + PROHIB_RU + " Меры управления рисками и контроль со "
                   "стороны человека (регистратор, дежурный врач) реализованы и документированы."),
                  ("3. Замечания", "Рекомендовано дополнить руководство пользователя описанием порядка "
                   "действий при недоступности системы. Замечание не влияет на вывод.")],
        conclusion=f"По результатам аудита выдано ПОЛОЖИТЕЛЬНОЕ заключение: система «{sysn}» версии {ver} "
                   "соответствует требованиям, предъявляемым к системам искусственного интеллекта высокой "
                   "степени риска.",
        validity=f"Заключение действительно до {f_ru(audit_valid)}",
        signers=[(f"Директор\n{au['name']}", au["director"]), ("Ведущий эксперт", au["expert"])],
        executor=f"Исполнитель: {au['name']}, эксперт {au['expert']}, тел. {au['phone']}"))
    b.add_pdf("audit_conclusion", pdf, [(AC, "ru", audit_fields(
        audit_no, audit_date, au["name"], au["bin"], sysn, ver, p["name"], p["bin"], "positive", audit_valid,
        True, True))])
    return b


# ============================================================ A2 finance: ruled table, agreement scan, English audit
def a2():
    p, dev, au = A["altyn"], A["scoringlab"], AUDITORS["qazaq"]
    b = Bundle("half_a", "finance", "altyn-skor-score", "FIN-2026-0208", "2026-04-08T15:05:00+05:00",
               planted="none: clean bundle (official ruled-table application with 2–3-line label cells and the "
                       "description as table rows; certificate names the developer as right holder; assignment "
                       "agreement developer → applicant scanned to an image-only PDF; English independent audit "
                       "report naming the applicant in Latin transliteration «Altyn Skor LLP»)")
    b.auditors = ["qazaq"]
    sysn, ver, app_date = "Altyn Score", "3.0", "2026-04-06"
    cert_no, cert_date, ag_no, ag_date = "77688", "2025-12-03", "07/26", "2026-01-20"
    audit_no, audit_date, audit_valid = "QAA-2026-031", "2026-03-18", "2027-03-17"
    sector = "финансовый рынок (микрофинансовая деятельность)"
    heads = ["Назначение системы", "Функции системы", "Используемые данные", "Управление рисками",
             "Контроль человеком"]
    desc = sections("altyn", heads)
    rows = [("1", "Полное наименование заявителя (владельца системы)", p["name"]),
            ("2", "Бизнес-идентифика\u00adционный номер (БИН) заявителя", p["bin"]),
            ("3", "Наименование системы искусственного интеллекта", sysn),
            ("4", "Версия системы (номер выпуска)", ver),
            ("5", "Отрасль (сфера) применения системы", sector),
            ("6", "Адрес электронной почты для направления уведомлений", p["email"]),
            ("7", "Описание системы:", "")]
    for i, (h, body) in enumerate(desc, 1):
        rows.append((f"7.{i}", h, body))
    rows += [("8", "Документ, подтверждающий права на систему", f"свидетельство № {cert_no} от "
              f"{f_dot(cert_date)}; договор № {ag_no} от {f_dot(ag_date)}"),
             ("9", "Аудиторское заключение (номер, дата)", f"№ {audit_no} от {f_dot(audit_date)}"),
             ("10", "Дата заполнения заявки", f_dot(app_date))]
    pdf = B.app_table_ru(dict(
        addressee_line="в Агентство Республики Казахстан по регулированию и развитию финансового рынка",
        rows=rows, position="Директор", signatory_print=p["director_short"]))
    b.add_pdf("zayavka", pdf, [
        (AD, "ru", app_fields(p["name"], p["bin"], sysn, ver, sector, app_date, p["email"], p["director_short"])),
        (SD, "ru", present(heads))])

    authors = "Ким Денис Олегович, Есенова Дана Маратқызы"
    pdf = B.cert_ru(dict(variant="table", qr_seed=12, rows=[
        ("Номер свидетельства", cert_no), ("Дата выдачи", f_dot(cert_date)),
        ("Номер заявления", "1496"), ("Дата подачи заявления", "14.11.2025"),
        ("Вид объекта", PROG), ("Название объекта", sysn), ("Дата создания", "15.08.2025"),
        ("Авторы", authors), ("Правообладатель", dev["name"]), ("БИН правообладателя", dev["bin"])]))
    b.add_pdf("certificate", pdf, [(IC, "ru", cert_fields(
        cert_no, cert_date, PROG, sysn, authors, dev["name"], dev["bin"], "2025-08-15", "1496"))])

    pdf = B.agreement_ru(dict(
        title=f"ДОГОВОР № {ag_no}", subtitle="о передаче исключительных имущественных прав на программу для ЭВМ",
        city="г. Алматы", date_str=f_ru(ag_date, quoted=True, suffix="года"),
        preamble=f"{dev['name']} (БИН {dev['bin']}), именуемое в дальнейшем «Правообладатель», в лице директора "
                 f"Кима Дениса Олеговича, действующего на основании Устава, с одной стороны, и {p['name']} "
                 f"(БИН {p['bin']}), именуемое в дальнейшем «Приобретатель», в лице директора Нұрлановой Әсел "
                 "Қайратқызы, действующей на основании Устава, с другой стороны, заключили настоящий договор "
                 "о нижеследующем.",
        sections=[("1. Предмет договора", [
            f"1.1. Правообладатель передаёт Приобретателю в полном объёме исключительные имущественные права на "
            f"программу для ЭВМ «{sysn}» (свидетельство о внесении сведений в государственный реестр прав на "
            f"объекты, охраняемые авторским правом, № {cert_no} от {f_dot(cert_date)}), включая исходный код "
            "и документацию.",
            "1.2. Права передаются без ограничения территории и срока."]),
            ("2. Вознаграждение", ["2.1. Вознаграждение за передачу прав составляет 18 500 000 (восемнадцать "
                                   "миллионов пятьсот тысяч) тенге без НДС и выплачивается в течение 10 "
                                   "банковских дней с даты подписания акта приёма-передачи."]),
            ("3. Обязанности сторон", [
                "3.1. Правообладатель в течение 5 рабочих дней передаёт Приобретателю исходный код программы "
                "и техническую документацию по акту приёма-передачи.",
                "3.2. Правообладатель гарантирует, что права на программу не переданы третьим лицам и не "
                "обременены.",
                "3.3. Приобретатель вправе зарегистрировать переход прав в государственном реестре."]),
            ("4. Заключительные положения", [
                "4.1. Договор вступает в силу с даты подписания сторонами. Споры разрешаются в суде по месту "
                "нахождения ответчика.",
                "4.2. Договор составлен в двух экземплярах на русском языке, имеющих равную юридическую силу."])],
        details_title="РЕКВИЗИТЫ И ПОДПИСИ СТОРОН",
        left_head="ПРАВООБЛАДАТЕЛЬ", right_head="ПРИОБРЕТАТЕЛЬ",
        left=f"{dev['name']}\nБИН {dev['bin']}\n{dev['address']}\nИИК KZ41 601A 8610 0215 4371\n{BANK['halyk']}"
             f"\n\nДиректор\n\n_______________ {dev['director_short']}\nМ.П.",
        right=f"{p['name']}\nБИН {p['bin']}\n{p['address']}\nИИК KZ72 722S 0000 1940 3318\n{BANK['kaspi']}"
              f"\n\nДиректор\n\n_______________ {p['director_short']}\nМ.П."))
    b.add_pdf("dogovor_07-26", pdf, [(CA, "ru", fields(
        agreement_number=ag_no, agreement_date=ag_date, grantor=dev["name"], grantee=p["name"],
        grantee_bin=p["bin"], object_title=sysn))], scan_kind="pdf_img",
        stamp_text=[seal("ТОО «СКОРИНГ ЛАБ»", "АЛМАТЫ"), seal("ТОО «АЛТЫН СКОР»", "АЛМАТЫ")])

    pdf = B.audit_en(dict(
        auditor=au["name"], auditor_lines=[f"BIN {au['bin']}", au["address"], f"{au['phone']}  ·  {au['email']}"],
        subtitle="on the conformity of a high-risk artificial intelligence system",
        head_rows=[("Report No.", audit_no), ("Date of report", f_en2(audit_date)),
                   ("Engaging party (system owner)", p["latin"]), ("BIN of the system owner", p["bin"]),
                   ("AI system", sysn), ("Version", ver), ("Auditor BIN", au["bin"])],
        sections=[("1. Scope and responsibilities",
                   f"{p['latin']} engaged us to audit the AI system {sysn}, version {ver}, used for credit "
                   "scoring of microloan applicants. Management is responsible for the system and its "
                   "documentation; our responsibility is to express an opinion based on our procedures."),
                  ("2. Procedures performed", TRAIN_EN + " " + PROHIB_EN + " We also reviewed the risk "
                   "register, fairness testing for protected characteristics and the human review workflow of "
                   "the credit committee."),
                  ("3. Findings", "Two low-severity observations on model monitoring documentation were "
                   "communicated to management and have been addressed.")],
        opinion_head="Audit opinion: positive",
        opinion=f"We conclude that {sysn}, version {ver}, complies in all material respects with the "
                "requirements applicable to high-risk AI systems.",
        validity=f"This report remains valid until {f_en2(audit_valid)}.",
        sign_pos=f"Engagement partner\n{au['name']}", sign_name=au["partner"],
        place_date=f"Astana, {f_en2(audit_date)}"))
    b.add_pdf("independent_audit_report", pdf, [(AC, "en", audit_fields(
        audit_no, audit_date, au["name"], au["bin"], sysn, ver, p["latin"], p["bin"], "positive", audit_valid,
        True, True))])
    return b


# ============================================================ A3 transport: bilingual application, phone-photo audit
def a3():
    p, au = A["jol"], AUDITORS["saraptama"]
    b = Bundle("half_a", "transport", "zhol-analytics-jolmonitor", "TRN-2026-0311", "2026-05-19T09:40:00+05:00",
               planted="none: clean bundle (Kazakh | Russian two-column application with the description in "
                       "both languages; bilingual certificate; Kazakh audit conclusion with a criteria table, "
                       "photographed with a phone)")
    b.auditors = ["saraptama"]
    sysn, ver, app_date = "JolMonitor", "1.2", "2026-05-14"
    cert_no, cert_date, audit_no, audit_date, audit_valid = "78015", "2026-02-11", "ЦС-2026/12", "2026-04-22", "2027-04-22"
    heads_kk = ["1. Жүйенің мақсаты", "2. Жүйенің функциялары", "3. Пайдаланылатын деректер",
                "4. Тәуекелдерді басқару", "5. Адамның бақылауы"]
    heads_ru = ["1. Назначение системы", "2. Функции системы", "3. Используемые данные", "4. Управление рисками",
                "5. Контроль со стороны человека"]
    pdf = B.app_bilingual(dict(
        addressee_kk="Қазақстан Республикасы Көлік министрлігінің Автомобиль жолдары комитетіне",
        addressee_ru="В Комитет автомобильных дорог Министерства транспорта Республики Казахстан",
        fields=[(f"Өтініш беруші: {p['name_kk']}", f"Заявитель: {p['name']}"),
                (f"БСН: {p['bin']}", f"БИН: {p['bin']}"),
                (f"Заңды мекенжайы: {p['address_kk']}", f"Юридический адрес: {p['address']}"),
                (f"Жасанды интеллект жүйесінің атауы: {sysn}", f"Наименование системы ИИ: {sysn}"),
                (f"Жүйенің нұсқасы: {ver}", f"Версия системы: {ver}"),
                ("Қолданылу саласы: көлік", "Отрасль применения: транспорт"),
                (f"Электрондық пошта: {p['email']}", f"Электронная почта: {p['email']}"),
                (f"Өтініш күні: {f_kk(app_date)}", f"Дата заявления: {f_ru(app_date)}")],
        sysdesc_kk=sections("jol_kk", heads_kk), sysdesc_ru=sections("jol_ru", heads_ru),
        decl_kk="Ұсынылған мәліметтердің дұрыстығын растаймын. Қосымша: авторлық құқық туралы куәлік, "
                "аудиторлық қорытынды.",
        decl_ru="Достоверность представленных сведений подтверждаю. Приложения: свидетельство об авторском "
                "праве, аудиторское заключение.",
        position="Директор / Директор", signatory_print=p["director"]))
    b.add_pdf("otinish_zayavlenie", pdf, [
        (AD, "mixed", app_fields(p["name"], p["bin"], sysn, ver, "транспорт", app_date, p["email"], p["director"])),
        (SD, "mixed", present(heads_ru))])

    authors = "Серікбаев Тимур Әлібекұлы, Жанғазиева Ақмарал Нұрланқызы"
    pdf = B.cert_bilingual(dict(number_line=f"№ {cert_no}", qr_seed=13, rows=[
        (("Тізілімге енгізілген күні", f_kk(cert_date)), ("Дата внесения в реестр", f_dot(cert_date))),
        (("Өтінім нөмірі", "212"), ("Номер заявки", "212")),
        (("Өтінім берілген күні", f_kk("2026-01-23")), ("Дата подачи заявки", f_dot("2026-01-23"))),
        (("Объектінің түрі", "ЭЕМ-ге арналған бағдарлама"), ("Вид объекта", PROG)),
        (("Объектінің атауы", sysn), ("Название объекта", sysn)),
        (("Жасалған күні", f_kk("2025-11-03")), ("Дата создания", f_dot("2025-11-03"))),
        (("Авторлары", authors), ("Авторы", authors)),
        (("Құқық иеленуші", p["name_kk"]), ("Правообладатель", p["name"])),
        (("Құқық иеленушінің БСН", p["bin"]), ("БИН правообладателя", p["bin"]))]))
    b.add_pdf("kuelik_78015", pdf, [(IC, "mixed", cert_fields(
        cert_no, cert_date, PROG, sysn, authors, p["name"], p["bin"], "2025-11-03", "212"))])

    pdf = B.audit_kk(dict(
        auditor=au["name"], auditor_lines=[f"БСН {au['bin']}   ·   {au['address']}",
                                           f"тел.: {au['phone']}   ·   e-mail: {au['email']}"],
        title="АУДИТОРЛЫҚ ҚОРЫТЫНДЫ", subtitle=f"№ {audit_no}", city="Астана қ.", date_str=f_kk(audit_date),
        head_rows=[("Аудитор", au["name"]), ("Аудитордың БСН", au["bin"]), ("Жүйенің атауы", sysn),
                   ("Нұсқасы", ver), ("Жүйенің иесі", p["name_kk"]), ("Иесінің БСН", p["bin"])],
        sections=[("Бағалау нәтижелері", [
            ["Техникалық құжаттаманың толықтығы", "сәйкес келеді"],
            ["Оқыту деректерінің сапасы мен заңдылығы", "сәйкес келеді"],
            ["Заңмен тыйым салынған функциялардың болмауы", "сәйкес келеді (анықталған жоқ)"],
            ["Тәуекелдерді басқару", "сәйкес келеді"],
            ["Адамның бақылауы", "сәйкес келеді"]])],
        conclusion=f"Қорытынды: ОҢ. {sysn} жүйесі ({ver} нұсқасы) жоғары тәуекел дәрежесіндегі жасанды "
                   "интеллект жүйелеріне қойылатын талаптарға сәйкес келеді.",
        validity=f"Жарамдылық мерзімі: {f_kk(audit_valid)}",
        signers=[("Директор", au["director"])]))
    b.add_pdf("IMG_20260518_143012", pdf, [(AC, "kk", audit_fields(
        audit_no, audit_date, au["name"], au["bin"], sysn, ver, p["name_kk"], p["bin"], "positive", audit_valid,
        True, True))], scan_kind="jpeg_phone", stamp_text="«ЦИФРЛЫҚ САРАПТАМА» ЖШС * АСТАНА * ",
        stamp_center=("АУДИТ",))
    return b


# ============================================================ A4 energy: numbered form + separate tech doc (TIFF)
def a4():
    p, au = A["grid"], AUDITORS["trust"]
    b = Bundle("half_a", "energy", "grid-analytics-smartgrid", "ENR-2026-0054", "2026-06-03T11:00:00+05:00",
               planted="none: clean bundle (numbered «ЗАЯВЛЕНИЕ» form without description; separate "
                       "«Техническая документация. Система SmartGrid Forecast. Описание» with six sections, "
                       "scanned to a bilevel multi-page TIFF; Russian audit with a criteria table)")
    b.auditors = ["trust"]
    sysn, ver, app_date = "SmartGrid Forecast", "4.1.0", "2026-05-29"
    cert_no, cert_date, audit_no, audit_date, audit_valid = "77950", "2026-01-27", "ТЛ-045/2026", "2026-05-06", "2027-05-06"
    sector = "электроэнергетика"
    pdf = B.app_numbered_ru(dict(
        addressee="Председателю Комитета атомного и энергетического надзора и контроля Министерства "
                  "энергетики Республики Казахстан",
        items=[("Заявитель", p["name"]), ("БИН", p["bin"]), ("Юридический адрес", p["address"]),
               ("Наименование системы искусственного интеллекта", sysn), ("Версия системы", ver),
               ("Сфера применения", sector), ("Контактный e-mail", p["email"]), ("Телефон", p["phone"])],
        attachments=[f"Техническая документация. Система {sysn}. Описание — на 2 л.",
                     f"Свидетельство о внесении сведений в государственный реестр прав на объекты, охраняемые "
                     f"авторским правом, № {cert_no} — на 1 л.",
                     f"Заключение по результатам аудита № {audit_no} — на 2 л."],
        declaration="Подтверждаю, что сведения, указанные в заявлении и прилагаемых документах, достоверны.",
        date_label="Дата", date_str=f_dot(app_date), position="Генеральный директор",
        signatory_print=p["director_short"]))
    b.add_pdf("zayavlenie", pdf, [(AD, "ru", app_fields(
        p["name"], p["bin"], sysn, ver, sector, app_date, p["email"], p["director_short"]))])

    heads = ["1. Назначение и область применения", "3. Функциональные возможности",
             "4. Данные, используемые для обучения и работы системы", "5. Управление рисками",
             "6. Человеческий надзор"]
    secs = sections("grid", heads)
    secs.insert(1, ("2. Архитектура", "Система состоит из модуля сбора телеметрии, хранилища временных рядов, "
                    "ансамбля прогнозных моделей (градиентный бустинг и рекуррентная нейросеть) и модуля "
                    "рекомендаций, встроенного в АРМ диспетчера. Развёртывание — в ЦОД заявителя."))
    pdf = B.sysdesc_techdoc(dict(
        owner_line=f"{p['name']}\nИнв. № ТД-SGF-04", title_lines=["Техническая документация",
                                                                f"Система {sysn}", "Описание"],
        meta_rows=[("Версия системы", ver), ("Редакция документа", "3"), ("Дата утверждения", "15.05.2026")],
        sections=secs, footer="ТД-SGF-04 · стр. {page}",
        sign=("Технический директор", "А. Н. Сулейменов"), stamp=True, title_page=True, title_note="г. Караганда, 2026"))
    b.add_pdf("tekhdokumentaciya", pdf, [(SD, "ru", present(heads))], scan_kind="tiff",
              stamp_text="ТОО «ГРИД АНАЛИТИКС» * КАРАГАНДА * ", stamp_center=("Для", "документов"))

    authors = "Петренко Игорь Васильевич, Сулейменов Азамат Нұрланұлы, Ли Виктор Сергеевич"
    pdf = B.cert_ru(dict(number_line=f"№ {cert_no}", qr_seed=14, rows=[
        ("Дата внесения сведений в реестр:", f_dot(cert_date)),
        ("Номер заявления:", "87"), ("Дата подачи заявления:", "12.01.2026"),
        ("Вид объекта авторского права:", PROG), ("Название объекта:", sysn),
        ("Дата создания объекта:", "01.12.2025"), ("Автор(ы):", authors),
        ("Правообладатель:", p["name"]), ("БИН правообладателя:", p["bin"])]))
    b.add_pdf("svidetelstvo", pdf, [(IC, "ru", cert_fields(
        cert_no, cert_date, PROG, sysn, authors, p["name"], p["bin"], "2025-12-01", "87"))])

    pdf = B.audit_ru(dict(
        font="serif", auditor=au["name"], auditor_lines=auditor_lines_ru(au), color=(20, 60, 120), lh_align="C",
        title="АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ", subtitle=f"о соответствии системы искусственного интеллекта № {audit_no}",
        city="г. Караганда", date_str=f_dot(audit_date),
        head_rows=[("Аудиторская организация:", au["name"]), ("БИН аудиторской организации:", au["bin"]),
                   ("Наименование системы:", sysn), ("Версия:", ver), ("Владелец системы:", p["name"]),
                   ("БИН владельца:", p["bin"])],
        sections=[("1. Сведения о проведённом аудите",
                   "Аудит проведён с 6 апреля по 30 апреля 2026 г. на основании договора № 31-А от 1 апреля "
                   "2026 г. Изучены техническая документация, исходные данные, результаты ретроспективного "
                   "тестирования прогнозов за 2025 год и порядок работы диспетчеров."),
                  ("2. Результаты оценки по критериям", [
                      ["Полнота технической документации", "соответствует"],
                      ["Качество и законность обучающих данных", "соответствует"],
                      ["Отсутствие функций, запрещённых Законом РК «Об искусственном интеллекте»",
                       "соответствует — запрещённые функции не выявлены"],
                      ["Управление рисками", "соответствует"],
                      ["Обеспечение контроля человеком", "соответствует"],
                      ["Информационная безопасность", "соответствует (замечания устранены)"]])],
        conclusion=f"ВЫВОД: заключение положительное. Система {sysn} (версия {ver}) соответствует требованиям "
                   "к системам искусственного интеллекта высокой степени риска.",
        validity=f"Срок действия заключения — 12 месяцев с даты выдачи, т. е. до {f_dot(audit_valid)}.",
        signers=[("Директор", au["director"]), ("Эксперт-аудитор", au["expert"])]))
    b.add_pdf("auditorskoe_zaklyuchenie", pdf, [(AC, "ru", audit_fields(
        audit_no, audit_date, au["name"], au["bin"], sysn, ver, p["name"], p["bin"], "positive", audit_valid,
        True, True))])
    return b


# ============================================================ A5 education: application.json; AUD-05 planted
def a5():
    p, au = A["qaztil"], AUDITORS["senim"]
    b = Bundle("half_a", "education", "qaztil-tutor", "EDU-2026-0243", "2026-07-14T16:30:00+05:00",
               outcome="complete", failing=["AUD-05"],
               planted="AUD-05: the audit conclusion states that training data were assessed but says "
                       "explicitly that the absence of prohibited functions was not within the audit scope "
                       "(covers_prohibited_functions false); warning only, outcome complete. Styles: portal "
                       "application.json; certificate as ruled table; audit scanned to an image-only PDF")
    b.auditors = ["senim"]
    sysn, ver, app_date = "Qaztil Tutor", "2.0.5", "2026-07-10"
    cert_no, cert_date, audit_no, audit_date, audit_valid = "78220", "2026-03-25", "СА-26/088", "2026-06-18", "2027-06-18"
    sector = "образование"
    obj = {"request_id": "EDU-2026-0243", "form": "trusted_ai_inclusion", "channel": "egov.kz",
           "applicant_name": p["name"], "applicant_bin": p["bin"], "system_name": sysn, "system_version": ver,
           "sector": sector, "application_date": app_date, "contact_email": p["email"],
           "signatory": p["director"],
           "system_description": json_description("qaztil"),
           "attachments": ["svidetelstvo_78220.pdf", "zaklyuchenie_audit.pdf"],
           "signed_with_eds": True}
    b.add_json("application.json", obj, [
        (AD, "ru", app_fields(p["name"], p["bin"], sysn, ver, sector, app_date, p["email"], p["director"])),
        (SD, "ru", {k: True for k in obj["system_description"]})])

    authors = "Бейсенова Гүлнар Сағатқызы, Оспанов Мирас Ерланұлы"
    pdf = B.cert_ru(dict(variant="table", qr_seed=15, rows=[
        ("Номер свидетельства", cert_no), ("Дата выдачи", f_dot(cert_date)), ("Номер заявления", "958"),
        ("Дата подачи заявления", "06.03.2026"), ("Вид объекта", PROG), ("Название объекта", sysn),
        ("Дата создания", "20.12.2025"), ("Авторы", authors), ("Правообладатель", p["name"])]))
    b.add_pdf("svidetelstvo_78220", pdf, [(IC, "ru", cert_fields(
        cert_no, cert_date, PROG, sysn, authors, p["name"], None, "2025-12-20", "958"))])

    pdf = B.audit_ru(dict(
        font="serif", size=10.5, auditor=au["name"], auditor_lines=auditor_lines_ru(au),
        title="ЗАКЛЮЧЕНИЕ ПО РЕЗУЛЬТАТАМ АУДИТА", subtitle=f"системы искусственного интеллекта № {audit_no}",
        city="г. Алматы", date_str=f_ru(audit_date), label_w=48,
        head_rows=[("Система:", sysn), ("Версия:", ver), ("Владелец системы:", p["name"]),
                   ("Договор:", "№ 2026/41 от 20.05.2026")],
        sections=[("Объём аудита",
                   "Аудит проведён в объёме технического задания заказчика: документация, данные, качество "
                   "оценивания на контрольной выборке из 4 800 работ, процедуры контроля учителем."),
                  ("Результаты", TRAIN_RU + " Проверка отсутствия в системе функций, запрещённых законом, в "
                   "объём настоящего аудита не входила и не проводилась."),
                  ("Рекомендации", "Рекомендуется провести отдельную проверку на отсутствие запрещённых "
                   "функций до начала промышленной эксплуатации.")],
        conclusion=f"Заключение: положительное. Система «{sysn}» версии {ver} соответствует требованиям в "
                   "пределах объёма аудита.",
        validity=f"Заключение действительно до {f_ru(audit_valid)}",
        signers=[("Директор", au["director"])],
        executor=f"Исполнитель: {au['name']}, тел. {au['phone']}"))
    b.add_pdf("zaklyuchenie_audit", pdf, [(AC, "ru", audit_fields(
        audit_no, audit_date, au["name"], au["bin"], sysn, ver, p["name"], None, "positive", audit_valid,
        True, False))], scan_kind="pdf_img", stamp_text="ТОО «СЕНІМ АУДИТ» * АЛМАТЫ * ",
        stamp_center=("БИН", au["bin"]))
    return b


# ============================================================ A6 health: Kazakh ӨТІНІШ; FLD-02 planted
def a6():
    p, au = A["mediana"], AUDITORS["qazaq"]
    bad_bin = break_check_digit(p["bin"])
    b = Bundle("half_a", "health", "mediana-oncoscreen", "HLT-2026-0388", "2026-08-25T10:00:00+05:00",
               outcome="incomplete", failing=["FLD-02"],
               planted=f"FLD-02: the applicant BIN printed in the application ({bad_bin}) has a wrong check "
                       f"digit (valid would be {p['bin']}); no other document prints the applicant's BIN. "
                       "Styles: Kazakh numbered «ӨТІНІШ» with Kazakh description; certificate scanned to a "
                       "grayscale image-only PDF; English audit report with a criteria table")
    b.auditors = ["qazaq"]
    sysn, ver, app_date = "OncoScreen KZ", "1.0.3", "2026-08-20"
    cert_no, cert_date, audit_no, audit_date = "78391", "2026-04-30", "QAA-2026-077", "2026-07-29"
    sector = "денсаулық сақтау"
    heads = ["Мақсаты", "Функциялары", "Пайдаланылатын деректер", "Тәуекелдерді басқару шаралары",
             "Адамның бақылауы"]
    pdf = B.app_numbered_kk(dict(
        addressee="Қазақстан Республикасы Денсаулық сақтау министрлігінің Медициналық және фармацевтикалық "
                  "бақылау комитетінің төрағасына",
        items=[("Өтініш берушінің атауы", p["name_kk"]), ("БСН", bad_bin), ("Заңды мекенжайы", p["address_kk"]),
               ("Жасанды интеллект жүйесінің атауы", sysn), ("Жүйенің нұсқасы", ver),
               ("Қолданылу саласы", sector), ("Электрондық пошта", p["email"])],
        sysdesc=sections("onco_kk", heads),
        declaration="Өтінішке қоса беріледі: авторлық құқық туралы куәлік, аудиторлық қорытынды. "
                    "Ұсынылған мәліметтердің дұрыстығын растаймын.",
        date_str=f_kk(app_date), position="Директор", signatory_print="М. С. Әбдірахманова"))
    b.add_pdf("otinish", pdf, [
        (AD, "kk", app_fields(p["name_kk"], bad_bin, sysn, ver, sector, app_date, p["email"],
                              "М. С. Әбдірахманова")),
        (SD, "kk", present(heads))])

    authors = "Әбдірахманова Мәдина Серікқызы, Тохтаров Нұрлан Бекұлы, Ибраев Қуаныш Асқарұлы"
    pdf = B.cert_ru(dict(number_line=f"№ {cert_no}", qr_seed=16, rows=[
        ("Дата внесения сведений в реестр:", f_dot(cert_date)), ("Номер заявления:", "1377"),
        ("Дата подачи заявления:", "09.04.2026"), ("Вид объекта авторского права:", PROG),
        ("Название объекта:", sysn), ("Дата создания объекта:", "17.02.2026"), ("Автор(ы):", authors),
        ("Правообладатель:", p["name"])]))
    b.add_pdf("svidetelstvo", pdf, [(IC, "ru", cert_fields(
        cert_no, cert_date, PROG, sysn, authors, p["name"], None, "2026-02-17", "1377"))], scan_kind="pdf_img_gray")

    pdf = B.audit_en(dict(
        auditor=au["name"], auditor_lines=[f"BIN {au['bin']}", au["address"], f"{au['phone']}  ·  {au['email']}"],
        subtitle="AI system conformity audit — health care",
        head_rows=[("Report No.", audit_no), ("Date", f_en(audit_date)), ("AI system", f"{sysn}, version {ver}"),
                   ("System owner", p["latin"]), ("Auditor BIN", au["bin"])],
        sections=[("Scope", f"We audited {sysn} (version {ver}), a decision-support system for mammography "
                   "screening, against the requirements for high-risk AI systems in force since February 2026."),
                  ("Results by criterion", [
                      ["Quality and lawfulness of training data", "Met"],
                      ["Absence of functions prohibited by law", "Met — none identified"],
                      ["Risk management (ISO 14971 based)", "Met"],
                      ["Human oversight by the radiologist", "Met"],
                      ["Technical documentation and logging", "Met"]])],
        opinion_head="Audit opinion: positive",
        opinion=f"We conclude that {sysn} version {ver} meets the applicable requirements. The opinion is "
                "valid for twelve months from the date of this report.",
        sign_pos="Engagement partner", sign_name=au["partner"], place_date=f"Astana, {f_en(audit_date)}"))
    b.add_pdf("audit_report", pdf, [(AC, "en", audit_fields(
        audit_no, audit_date, au["name"], au["bin"], sysn, ver, p["latin"], None, "positive", None,
        True, True))])
    return b


# ============================================================ A7 finance: letter signed by proxy; English description
def a7():
    p, au = A["nur"], AUDITORS["trust"]
    b = Bundle("half_a", "finance", "nur-bank-fraudguard", "FIN-2026-0517", "2026-09-09T12:15:00+05:00",
               planted="none: clean bundle (letter on bank letterhead signed by proxy; separate English system "
                       "description with «Intended purpose» / «Human oversight measures» headings; certificate "
                       "scanned to JPEG; power of attorney photographed with a phone (type other); Russian audit "
                       "mixing prose and a criteria table)")
    b.auditors = ["trust"]
    sysn, ver, app_date = "Nur FraudGuard", "5.2", "2026-09-04"
    cert_no, cert_date, audit_no, audit_date, audit_valid = "78502", "2026-06-12", "ТЛ-088/2026", "2026-08-14", "2027-08-14"
    pdf = B.app_letter_ru(dict(
        applicant=p["name"], bin=p["bin"], address=p["address"], phone=p["phone"], email=p["email"], web=p["web"],
        out_no="НБ-18/4471", date_str=f_ru(app_date, quoted=True, suffix="года"),
        addressee="Председателю Агентства Республики Казахстан по регулированию и развитию финансового рынка",
        subject="О включении системы в перечень доверенных систем искусственного интеллекта высокой степени риска",
        body=[f"{p['name']} (БИН {p['bin']}) просит рассмотреть вопрос о включении системы искусственного "
              f"интеллекта «{sysn}» версии {ver} в перечень доверенных систем искусственного интеллекта высокой "
              "степени риска.",
              "Система применяется для выявления мошеннических операций по платёжным карточкам и в интернет-"
              "банкинге клиентов Банка. Описание системы (System description) на английском языке, копия "
              "свидетельства о внесении сведений в государственный реестр прав и заключение по результатам "
              "аудита прилагаются.",
              f"Письмо подписано заместителем Председателя Правления на основании доверенности № 112 от "
              f"{f_dot('2026-08-01')}, копия которой прилагается."],
        annex_list=["System description — 2 p.", f"Копия свидетельства № {cert_no} — на 1 л.",
                    f"Заключение № {audit_no} — на 2 л.", "Копия доверенности № 112 — на 1 л."],
        position="Заместитель Председателя Правления", signatory_print=p["agent_short"]))
    b.add_pdf("letter_application", pdf, [(AD, "ru", app_fields(
        p["name"], p["bin"], sysn, ver, None, app_date, p["email"], p["agent_short"]))])

    heads = ["1. Intended purpose", "2. Functionality", "3. Data used", "4. Risk management",
             "5. Human oversight measures"]
    pdf = B.sysdesc_techdoc(dict(
        font="serif", owner_line=f"{p['latin']} · AI Governance Office\nDoc. NB-AIGO-SD-017, rev. 2",
        title_lines=["System description", f"{sysn}, version {ver}"], title_size=15,
        sections=sections("fraud_en", heads),
        closing="Prepared by the AI Governance Office; approved by the Model Risk Committee (minutes No. 9).",
        footer="Nur Bank JSC — internal — page {page}"))
    b.add_pdf("system_description_en", pdf, [(SD, "en", present(heads))])

    authors = "Оспанов Ғалымжан Ерланұлы, Ким Станислав Игоревич, Ахмедиева Дина Бақытжанқызы"
    pdf = B.cert_ru(dict(variant="table", qr_seed=17, rows=[
        ("Номер свидетельства", cert_no), ("Дата выдачи", f_dot(cert_date)), ("Номер заявления", "2031"),
        ("Дата подачи заявления", "28.05.2026"), ("Вид объекта", PROG), ("Название объекта", sysn),
        ("Дата создания", "10.04.2026"), ("Авторы", authors), ("Правообладатель", p["name"]),
        ("БИН правообладателя", p["bin"])]))
    b.add_pdf("certificate_scan", pdf, [(IC, "ru", cert_fields(
        cert_no, cert_date, PROG, sysn, authors, p["name"], p["bin"], "2026-04-10", "2031"))], scan_kind="jpeg_flat")

    pdf = B.audit_ru(dict(
        auditor=au["name"], auditor_lines=auditor_lines_ru(au), color=(20, 60, 120),
        title="ЗАКЛЮЧЕНИЕ ПО РЕЗУЛЬТАТАМ АУДИТА", subtitle=f"№ {audit_no}", city="г. Караганда",
        date_str=f_ru(audit_date),
        head_rows=[("Аудиторская организация:", f"{au['name']}, БИН {au['bin']}"),
                   ("Система ИИ:", f"{sysn}, версия {ver}"), ("Владелец системы:", p["name"])],
        sections=[("1. Ход аудита", "Аудит проведён с 13 июля по 7 августа 2026 г. Проанализированы "
                   "документация модели, отчёты независимой валидации, журналы решений аналитиков. "
                   + TRAIN_RU + " " + PROHIB_RU),
                  ("2. Оценка по критериям", [
                      ["Качество и законность обучающих данных", "соответствует"],
                      ["Отсутствие запрещённых функций", "соответствует"],
                      ["Управление рисками", "соответствует"],
                      ["Контроль человеком", "соответствует"]])],
        conclusion=f"Результат аудита: положительный. Система «{sysn}» версии {ver} соответствует требованиям "
                   "к системам искусственного интеллекта высокой степени риска.",
        validity=f"Действительно до {f_dot(audit_valid)}.",
        signers=[("Директор", au["director"])]))
    b.add_pdf("audit", pdf, [(AC, "ru", audit_fields(
        audit_no, audit_date, au["name"], au["bin"], sysn, ver, p["name"], None, "positive", audit_valid,
        True, True))])

    pdf = B.power_of_attorney(dict(
        company=p["name"], company_lines=[f"БИН {p['bin']} · {p['address']}"], number="112", city="г. Алматы",
        date_str=f_ru("2026-08-01"),
        body=[f"{p['name']} в лице Председателя Правления Оспанова Ғалымжана Ерланұлы, действующего на основании "
              "Устава, настоящей доверенностью уполномочивает Заместителя Председателя Правления Сейітову Жанар "
              "Болатқызы "
              "представлять Банк в государственных органах по вопросам включения систем искусственного "
              "интеллекта в перечни доверенных систем, подписывать заявления, письма и иные документы.",
              "Доверенность выдана без права передоверия и действительна до 31 декабря 2026 года."],
        agent_short=p["agent_short"], position="Председатель Правления", signatory_print=p["chair_short"]))
    b.add_pdf("IMG-20260905-WA0007", pdf, [("other", "ru", {})], scan_kind="jpeg_phone",
              stamp_text="АО «НУР БАНК» * АЛМАТЫ * ", stamp_center=("ҚАЗАҚСТАН",))
    return b


def bundles():
    return [a1(), a2(), a3(), a4(), a5(), a6(), a7()]
