"""Half B: seven bundles (transport, energy, education, health, finance, transport, education)."""
import builders as B
from content import (BANK, PROHIB_EN, PROHIB_KK, PROHIB_RU, TRAIN_EN, TRAIN_KK, TRAIN_RU, fields, json_description,
                     present, seal, sections)
from fresh_lib import f_dot, f_en, f_kk, f_ru
from generate import Bundle
from plan_a import AC, AD, CA, IC, PROG, SD, app_fields, audit_fields, auditor_lines_ru, cert_fields
from parties import AUDITORS, AUTHOR_RAIL, A


# ============================================================ B1 transport: bilingual ruled table (scan)
def b1():
    p, au = A["qala"], AUDITORS["trust"]
    b = Bundle("half_b", "transport", "qala-kolik-citydispatch", "TRN-2026-0102", "2026-03-30T09:05:00+05:00",
               planted="none: clean bundle (ruled-table application with Kazakh/Russian labels stacked in a narrow "
                       "column, description as table rows, scanned to an image-only PDF; Kazpatent certificate; "
                       "Russian audit with a criteria table)")
    b.auditors = ["trust"]
    sysn, ver, app_date = "CityDispatch", "1.4.2", "2026-03-26"
    cert_no, cert_date, audit_no, audit_date, audit_valid = "77533", "2025-11-10", "ТЛ-019/2026", "2026-03-05", "2027-03-05"
    sector = "пассажирский автомобильный транспорт"
    heads = ["Жүйенің мақсаты\nНазначение системы", "Жүйенің функциялары\nФункции системы",
             "Пайдаланылатын деректер\nИспользуемые данные", "Тәуекелдерді басқару\nУправление рисками",
             "Адамның бақылауы\nКонтроль человеком"]
    rows = [("1", "Өтініш берушінің толық атауы\nПолное наименование заявителя", p["name"]),
            ("2", "Бизнес-сәйкестендіру нөмірі (БСН)\nБизнес-идентификационный номер (БИН)", p["bin"]),
            ("3", "Жасанды интеллект жүйесінің атауы\nНаименование системы искусственного интеллекта", sysn),
            ("4", "Жүйенің нұсқасы\nВерсия системы", ver),
            ("5", "Қолданылу саласы\nСфера применения", sector),
            ("6", "Байланыс электрондық поштасы\nКонтактный адрес электронной почты", p["email"])]
    for i, (h, body) in enumerate(sections("dispatch", heads), 7):
        rows.append((str(i), h, body))
    rows.append(("12", "Өтініш берілген күні\nДата подачи заявки", f_dot(app_date)))
    pdf = B.app_table_bilingual(dict(
        addressee_line="Қазақстан Республикасы Көлік министрлігінің Көлік комитетіне / "
                       "В Комитет транспорта Министерства транспорта Республики Казахстан",
        rows=rows, position="Директор / Директор", signatory_print=p["director_short"]))
    b.add_pdf("scan_0001", pdf, [
        (AD, "mixed", app_fields(p["name"], p["bin"], sysn, ver, sector, app_date, p["email"], p["director_short"])),
        (SD, "mixed", present(heads))], scan_kind="pdf_img",
        stamp_text="ТОО «ҚАЛА КӨЛІК ДИСПЕТЧЕР» * АЛМАТЫ * ", stamp_center=("БСН / БИН", p["bin"]))

    authors = "Ахметов Бауыржан Серікұлы, Гончаренко Ольга Петровна"
    pdf = B.cert_ru(dict(number_line=f"№ {cert_no}", qr_seed=21, rows=[
        ("Дата внесения сведений в реестр:", f_dot(cert_date)), ("Номер заявления:", "1604"),
        ("Дата подачи заявления:", "27.10.2025"), ("Вид объекта авторского права:", PROG),
        ("Название объекта:", sysn), ("Дата создания объекта:", "15.09.2025"), ("Автор(ы):", authors),
        ("Правообладатель:", p["name"]), ("БИН правообладателя:", p["bin"])]))
    b.add_pdf("svidetelstvo_77533", pdf, [(IC, "ru", cert_fields(
        cert_no, cert_date, PROG, sysn, authors, p["name"], p["bin"], "2025-09-15", "1604"))])

    pdf = B.audit_ru(dict(
        auditor=au["name"], auditor_lines=auditor_lines_ru(au), color=(20, 60, 120), lh_align="C",
        title="АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ", subtitle=f"№ {audit_no}\nпо результатам аудита системы искусственного "
                                                 "интеллекта высокой степени риска",
        city="г. Караганда", date_str=f_ru(audit_date),
        head_rows=[("Аудиторская организация:", au["name"]), ("БИН:", au["bin"]),
                   ("Система искусственного интеллекта:", sysn), ("Версия системы:", ver),
                   ("Владелец системы:", p["name"]), ("БИН владельца системы:", p["bin"])],
        sections=[("1. Основание и сроки", "Договор № 07-А от 26.01.2026; аудит проведён с 2 по 27 февраля "
                   "2026 г. на объектах заявителя в г. Алматы."),
                  ("2. Результаты по критериям", [
                      ["Качество и законность обучающих данных", "соответствует"],
                      ["Отсутствие запрещённых законом функций", "соответствует (не выявлены)"],
                      ["Управление рисками", "соответствует"],
                      ["Контроль со стороны человека", "соответствует"],
                      ["Журналирование и прослеживаемость", "соответствует"]])],
        conclusion=f"Заключение положительное: система {sysn} версии {ver} соответствует установленным "
                   "требованиям.",
        validity=f"Заключение действительно до {f_dot(audit_valid)}.",
        signers=[("Директор", au["director"]), ("Эксперт-аудитор", au["expert"])]))
    b.add_pdf("audit_zaklyuchenie", pdf, [(AC, "ru", audit_fields(
        audit_no, audit_date, au["name"], au["bin"], sysn, ver, p["name"], p["bin"], "positive", audit_valid,
        True, True))])
    return b


# ============================================================ B2 energy: Kazakh letter, bilingual certificate (JPEG)
def b2():
    p, au = A["munai"], AUDITORS["saraptama"]
    b = Bundle("half_b", "energy", "munai-sensor-leaksense", "ENR-2026-0031", "2026-05-05T14:45:00+05:00",
               planted="none: clean bundle (Kazakh letter on letterhead with prose fields and the description "
                       "below; bilingual certificate scanned to JPEG; Kazakh audit conclusion in prose)")
    b.auditors = ["saraptama"]
    sysn, ver, app_date = "LeakSense", "2.1", "2026-04-30"
    cert_no, cert_date, audit_no, audit_date, audit_valid = "77890", "2026-01-15", "ЦС-2026/09", "2026-04-10", "2027-04-10"
    heads = ["1. Жүйенің мақсаты", "2. Негізгі функциялары", "3. Пайдаланылатын деректер",
             "4. Тәуекелдерді басқару", "5. Адамның қатысуы және бақылауы"]
    pdf = B.app_letter_kk(dict(
        applicant=p["name_kk"], bin=p["bin"], address=p["address_kk"], phone=p["phone"], email=p["email"],
        out_no="МС-27/2026", date_str=f_kk(app_date),
        addressee="Қазақстан Республикасы Энергетика министрлігінің Атомдық және энергетикалық қадағалау "
                  "және бақылау комитетінің төрағасына",
        subject="Жасанды интеллект жүйесін сенім білдірілген жүйелер тізбесіне енгізу туралы",
        body=[f"{p['name_kk']} (БСН {p['bin']}) {sysn} жасанды интеллект жүйесінің {ver} нұсқасын жоғары "
              "тәуекел дәрежесіндегі сенім білдірілген жасанды интеллект жүйелерінің тізбесіне енгізуді сұрайды.",
              "Жүйе магистральдық мұнай құбырларының екі учаскесінде 2025 жылдан бері сынақ режимінде "
              "қолданылады. Хатқа авторлық құқық туралы куәліктің көшірмесі және аудиторлық қорытынды қоса "
              "беріледі."],
        sysdesc_title=f"{sysn} жүйесінің сипаттамасы", sysdesc=sections("leak_kk", heads),
        position="Директор", signatory_print=p["director"]))
    b.add_pdf("hat_otinish", pdf, [
        (AD, "kk", app_fields(p["name_kk"], p["bin"], sysn, ver, None, app_date, p["email"], p["director"])),
        (SD, "kk", present(heads))])

    authors = "Құдайбергенов Әлібек Нұрланұлы, Иманғалиев Руслан Серікұлы"
    pdf = B.cert_bilingual(dict(number_line=f"№ {cert_no}", qr_seed=22, rows=[
        (("Тізілімге енгізілген күні", f_kk(cert_date)), ("Дата внесения в реестр", f_ru(cert_date))),
        (("Өтінім нөмірі", "3981"), ("Номер заявки", "3981")),
        (("Объектінің түрі", "ЭЕМ-ге арналған бағдарлама"), ("Вид объекта", PROG)),
        (("Объектінің атауы", sysn), ("Название объекта", sysn)),
        (("Жасалған күні", f_kk("2025-10-20")), ("Дата создания", f_ru("2025-10-20"))),
        (("Авторлары", authors), ("Авторы", authors)),
        (("Құқық иеленуші", p["name_kk"]), ("Правообладатель", p["name"]))]))
    b.add_pdf("kuelik_scan", pdf, [(IC, "mixed", cert_fields(
        cert_no, cert_date, PROG, sysn, authors, p["name"], None, "2025-10-20", "3981"))], scan_kind="jpeg_flat",
        stamp_text="«ҰЛТТЫҚ ЗИЯТКЕРЛІК МЕНШІК ИНСТИТУТЫ» * АСТАНА * ", stamp_center=("ҚАЗПАТЕНТ",))

    pdf = B.audit_kk(dict(
        auditor=au["name"], auditor_lines=[f"БСН {au['bin']}   ·   {au['address']}",
                                           f"тел.: {au['phone']}   ·   e-mail: {au['email']}"],
        title="АУДИТОРЛЫҚ ҚОРЫТЫНДЫ", subtitle=f"№ {audit_no}", city="Астана қ.", date_str=f_kk(audit_date),
        head_rows=[("Аудитор", au["name"]), ("Аудитордың БСН", au["bin"]), ("Жасанды интеллект жүйесі", sysn),
                   ("Жүйенің нұсқасы", ver), ("Жүйенің иесі (тапсырыс беруші)", p["name_kk"]),
                   ("Иесінің БСН", p["bin"])],
        sections=[("1. Аудиттің көлемі", "Аудит 2026 жылғы 2 наурыз бен 3 сәуір аралығында жүргізілді: "
                   "техникалық құжаттама, деректер, модельді сынау нәтижелері және диспетчерлердің жұмыс тәртібі "
                   "зерделенді."),
                  ("2. Нәтижелер", TRAIN_KK + " " + PROHIB_KK + " Тәуекелдерді басқару және адамның бақылауы "
                   "шаралары енгізілген және құжатталған.")],
        conclusion=f"Аудит нәтижесі: оң қорытынды. {sysn} жүйесі ({ver} нұсқасы) жоғары тәуекел дәрежесіндегі "
                   "жасанды интеллект жүйелеріне қойылатын талаптарға сәйкес келеді.",
        validity=f"Қорытындының жарамдылық мерзімі: {f_kk(audit_valid)}",
        signers=[("Директор", au["director"]), ("Сарапшы", au["expert"])]))
    b.add_pdf("auditorlyq_qorytyndy", pdf, [(AC, "kk", audit_fields(
        audit_no, audit_date, au["name"], au["bin"], sysn, ver, p["name_kk"], p["bin"], "positive", audit_valid,
        True, True))])
    return b


# ============================================================ B3 education: DOC-04 planted
def b3():
    p, au = A["sapa"], AUDITORS["qazaq"]
    b = Bundle("half_b", "education", "sapa-test-smartproctor", "EDU-2026-0177", "2026-06-22T10:30:00+05:00",
               outcome="incomplete", failing=["DOC-04"],
               planted="DOC-04: the system description inside the numbered application has purpose, functions, "
                       "data and risk management but no human-oversight section. Styles: numbered «ЗАЯВЛЕНИЕ»; "
                       "certificate as ruled table; English audit report scanned to an image-only PDF")
    b.auditors = ["qazaq"]
    sysn, ver, app_date = "SmartProctor", "3.2.0", "2026-06-17"
    cert_no, cert_date, audit_no, audit_date, audit_valid = "78130", "2026-03-02", "QAA-2026-058", "2026-06-02", "2027-06-01"
    sector = "высшее и послевузовское образование"
    heads = ["Назначение", "Функции", "Используемые данные", "Управление рисками", None]
    pdf = B.app_numbered_ru(dict(
        addressee="В Комитет по обеспечению качества в сфере науки и высшего образования Министерства науки и "
                  "высшего образования Республики Казахстан",
        items=[("Наименование заявителя", p["name"]), ("БИН заявителя", p["bin"]),
               ("Наименование системы искусственного интеллекта", sysn), ("Версия", ver), ("Отрасль", sector),
               ("Адрес электронной почты", p["email"])],
        sysdesc=sections("proctor", heads), sysdesc_label="Описание системы искусственного интеллекта",
        attachments=[f"свидетельство № {cert_no}", f"аудиторское заключение № {audit_no}"],
        declaration="Заявитель подтверждает достоверность сведений и согласие на их публикацию в перечне.",
        date_label="Дата подачи", date_str=f_ru(app_date, quoted=True, suffix="года"),
        position="Директор", signatory_print=p["director_short"]))
    b.add_pdf("zayavlenie", pdf, [
        (AD, "ru", app_fields(p["name"], p["bin"], sysn, ver, sector, app_date, p["email"], p["director_short"])),
        (SD, "ru", present(heads))])

    authors = "Тұрсынбекова Айжан Маратқызы, Волков Артём Сергеевич"
    pdf = B.cert_ru(dict(variant="table", qr_seed=23, rows=[
        ("Номер свидетельства", cert_no), ("Дата выдачи", f_dot(cert_date)), ("Номер заявления", "517"),
        ("Дата подачи заявления", "16.02.2026"), ("Вид объекта", PROG), ("Название объекта", sysn),
        ("Дата создания", "30.01.2026"), ("Авторы", authors), ("Правообладатель", p["name"]),
        ("БИН правообладателя", p["bin"])]))
    b.add_pdf("svidetelstvo", pdf, [(IC, "ru", cert_fields(
        cert_no, cert_date, PROG, sysn, authors, p["name"], p["bin"], "2026-01-30", "517"))])

    pdf = B.audit_en(dict(
        auditor=au["name"], auditor_lines=[f"BIN {au['bin']}", au["address"], f"{au['phone']}  ·  {au['email']}"],
        subtitle="on a high-risk AI system used in education",
        head_rows=[("Report No.", audit_no), ("Date", f_en(audit_date)), ("Client (system owner)", p["latin"]),
                   ("Client BIN", p["bin"]), ("AI system", sysn), ("Version", ver), ("Auditor BIN", au["bin"])],
        sections=[("Scope", f"{sysn} version {ver} is an online proctoring system for entrance and interim "
                   "examinations. We examined its documentation, data, test results and operating procedures."),
                  ("Work performed", TRAIN_EN + " " + PROHIB_EN),
                  ("Observations", "Bias testing across gender, age and lighting conditions showed differences "
                   "within the tolerance set by the client.")],
        opinion_head="Audit opinion: positive",
        opinion=f"We conclude that {sysn}, version {ver}, conforms to the requirements for high-risk AI systems.",
        validity=f"Valid until {f_en(audit_valid)}.",
        sign_pos=f"Engagement partner\n{au['name']}", sign_name=au["partner"],
        place_date=f"Astana, {f_en(audit_date)}"))
    b.add_pdf("audit_report_scan", pdf, [(AC, "en", audit_fields(
        audit_no, audit_date, au["name"], au["bin"], sysn, ver, p["latin"], p["bin"], "positive", audit_valid,
        True, True))], scan_kind="pdf_img", stamp_text="QAZAQ AI ASSURANCE LLP * ASTANA * ", stamp_center=("AUDIT",))
    return b


# ============================================================ B4 health: letter, tech doc scan, licence agreement
def b4():
    p, h, au = A["derma"], A["medtech"], AUDITORS["senim"]
    b = Bundle("half_b", "health", "derma-diagnostika-dermascan", "HLT-2026-0301", "2026-07-28T11:20:00+05:00",
               planted="none: clean bundle (letter-style application without description; separate «Техническая "
                       "документация. Система DermaScan. Описание» scanned to an image-only PDF; certificate names "
                       "the developer as right holder; exclusive licence agreement Лицензиар/Лицензиат with "
                       "parties' details in two columns; Russian audit naming the auditor only in letterhead, "
                       "«Исполнитель» line and signature)")
    b.auditors = ["senim"]
    sysn, ver, app_date = "DermaScan", "1.7", "2026-07-23"
    cert_no, cert_date, ag_no, ag_date, ag_valid = "78277", "2026-04-08", "ЛД-14/2026", "2026-05-05", "2031-05-04"
    audit_no, audit_date, audit_valid = "СА-26/101", "2026-07-01", "2027-07-01"
    pdf = B.app_letter_ru(dict(
        applicant=p["name"], bin=p["bin"], address=p["address"], phone=p["phone"], email=p["email"],
        out_no="14/07-26", date_str=f_ru(app_date),
        addressee="Председателю Комитета медицинского и фармацевтического контроля Министерства "
                  "здравоохранения Республики Казахстан",
        subject="О включении в перечень доверенных систем искусственного интеллекта",
        body=[f"Настоящим {p['name']} (БИН {p['bin']}) просит включить систему искусственного интеллекта "
              f"«{sysn}» версии {ver} в перечень доверенных систем искусственного интеллекта высокой степени "
              "риска.",
              f"Право использования программы предоставлено товариществу правообладателем по лицензионному "
              f"договору № {ag_no}. Техническая документация с описанием системы, копия свидетельства, "
              "лицензионный договор и заключение по результатам аудита прилагаются."],
        annex_list=[f"Техническая документация. Система {sysn}. Описание — на 2 л.",
                    f"Копия свидетельства № {cert_no} — на 1 л.", f"Лицензионный договор № {ag_no} — на 2 л.",
                    f"Заключение № {audit_no} — на 2 л."],
        position="Директор", signatory_print=p["director_short"],
        executor=f"Исп. {p['agent_short']}, тел. {p['phone']}"))
    b.add_pdf("pismo", pdf, [(AD, "ru", app_fields(
        p["name"], p["bin"], sysn, ver, None, app_date, p["email"], p["director_short"]))])

    heads = ["1. Цель и область применения", "2. Функции", "3. Данные, используемые системой",
             "4. Меры по снижению рисков", "5. Участие человека в принятии решений"]
    pdf = B.sysdesc_techdoc(dict(
        font="serif", owner_line=f"{p['name']}\nДокумент ТД-DS-01", title_size=13,
        title_lines=["Техническая документация", f"Система {sysn}", "Описание"],
        meta_rows=[("Версия системы", ver), ("Разработчик", h["name"]), ("Редакция", "2")],
        sections=sections("derma", heads), footer="ТД-DS-01 — лист {page}",
        sign=("Медицинский директор", p["director_short"]), stamp=True))
    b.add_pdf("tekhdok_opisanie", pdf, [(SD, "ru", present(heads))], scan_kind="pdf_img",
              stamp_text="ТОО «ДЕРМА ДИАГНОСТИКА» * АЛМАТЫ * ", stamp_center=("ҚАЗАҚСТАН",))

    authors = "Шайхин Арман Қанатұлы, Пак Елена Игоревна"
    pdf = B.cert_ru(dict(number_line=f"№ {cert_no}", qr_seed=24, rows=[
        ("Дата внесения сведений в реестр:", f_dot(cert_date)), ("Номер заявления:", "1120"),
        ("Дата подачи заявления:", "20.03.2026"), ("Вид объекта авторского права:", PROG),
        ("Название объекта:", sysn), ("Дата создания объекта:", "14.01.2026"), ("Автор(ы):", authors),
        ("Правообладатель:", h["name"]), ("БИН правообладателя:", h["bin"])]))
    b.add_pdf("svidetelstvo_78277", pdf, [(IC, "ru", cert_fields(
        cert_no, cert_date, PROG, sysn, authors, h["name"], h["bin"], "2026-01-14", "1120"))])

    pdf = B.agreement_ru(dict(
        title=f"ЛИЦЕНЗИОННЫЙ ДОГОВОР № {ag_no}",
        subtitle="о предоставлении права использования программы для ЭВМ (исключительная лицензия)",
        city="г. Алматы", date_str=f_ru(ag_date),
        preamble=f"{h['name']} (БИН {h['bin']}), именуемое в дальнейшем «Лицензиар», в лице директора Шайхина "
                 f"Армана Қанатұлы, действующего на основании Устава, и {p['name']} (БИН {p['bin']}), "
                 "именуемое в дальнейшем «Лицензиат», в лице директора Ибраевой Сәуле Дәуренқызы, действующей "
                 "на основании Устава, заключили настоящий договор о нижеследующем.",
        sections=[("1. Предмет договора", [
            f"1.1. Лицензиар предоставляет Лицензиату исключительную лицензию на использование программы для ЭВМ "
            f"«{sysn}» (свидетельство № {cert_no} от {f_dot(cert_date)}) на территории Республики Казахстан "
            "всеми способами, включая воспроизведение, модификацию и ввод в гражданский оборот услуг на её основе.",
            "1.2. Лицензиар не вправе предоставлять аналогичные права третьим лицам в течение срока договора."]),
            ("2. Вознаграждение", ["2.1. Лицензионное вознаграждение: паушальный платёж 9 000 000 тенге и "
                                   "роялти 4 % от выручки Лицензиата от услуг с использованием программы."]),
            ("3. Срок действия", [f"3.1. Договор вступает в силу с даты подписания и действует по "
                                  f"{f_ru(ag_valid)} включительно."]),
            ("4. Прочие условия", ["4.1. Лицензиар сопровождает программу и передаёт обновления в течение срока "
                                   "действия договора.",
                                   "4.2. Договор составлен в двух экземплярах, по одному для каждой стороны."])],
        left_head="ЛИЦЕНЗИАР", right_head="ЛИЦЕНЗИАТ",
        left=f"{h['name']}\nБИН {h['bin']}\n{h['address']}\nИИК KZ65 998C TB00 0016 2254\n{BANK['forte']}"
             f"\n\nДиректор\n\n_______________ {h['director_short']}\nМ.П.",
        right=f"{p['name']}\nБИН {p['bin']}\n{p['address']}\nИИК KZ86 8560 0000 0731 4402\n{BANK['bcc']}"
              f"\n\nДиректор\n\n_______________ {p['director_short']}\nМ.П."))
    b.add_pdf("licenzionnyi_dogovor", pdf, [(CA, "ru", fields(
        agreement_number=ag_no, agreement_date=ag_date, grantor=h["name"], grantee=p["name"], grantee_bin=p["bin"],
        object_title=sysn, valid_until=ag_valid))])

    pdf = B.audit_ru(dict(
        font="serif", auditor=au["name"], auditor_lines=auditor_lines_ru(au), title="ЗАКЛЮЧЕНИЕ",
        subtitle=f"по итогам аудита системы искусственного интеллекта высокой степени риска\nрег. № {audit_no}",
        city="г. Алматы", date_str=f_ru(audit_date, quoted=True, suffix="года"), label_w=44,
        head_rows=[("Система:", f"«{sysn}», версия {ver}"), ("Заказчик:", p["name"]),
                   ("БИН заказчика:", p["bin"]), ("Договор:", "№ 2026/63 от 25.05.2026")],
        sections=[("Что проверялось", "Техническая документация, набор данных и протокол разметки, результаты "
                   "клинической валидации на 2 300 снимках, порядок работы врача с подсказкой системы."),
                  ("Результаты", TRAIN_RU + " " + PROHIB_RU + " Чувствительность к меланоме на независимой "
                   "выборке — 96,1 %.")],
        conclusion=f"Заключение: положительное. Система «{sysn}» версии {ver} соответствует требованиям к "
                   "системам искусственного интеллекта высокой степени риска.",
        validity=f"Срок действия заключения — до {f_ru(audit_valid)}",
        signers=[(f"Директор {au['name']}", au["director"])],
        executor=f"Исполнитель: {au['name']}; эксперт {au['expert']}"))
    b.add_pdf("zaklyuchenie", pdf, [(AC, "ru", audit_fields(
        audit_no, audit_date, au["name"], au["bin"], sysn, ver, p["name"], p["bin"], "positive", audit_valid,
        True, True))])
    return b


# ============================================================ B5 finance: XDC-03 planted
def b5():
    p, h, au = A["bereke"], A["finmodel"], AUDITORS["trust"]
    b = Bundle("half_b", "finance", "bereke-kredit-risklens", "FIN-2026-0622", "2026-09-16T15:40:00+05:00",
               outcome="inconsistent", failing=["XDC-03"],
               planted="XDC-03: the certificate names ТОО «ФинМодел Лаб» (the developer) as right holder; the "
                       "applicant АО «Береке Кредит» is neither right holder nor author and no copyright agreement "
                       "is in the bundle. Styles: ruled-table application with description rows; certificate "
                       "scanned to an image-only PDF; Russian audit")
    b.auditors = ["trust"]
    sysn, ver, app_date = "RiskLens", "2.4.1", "2026-09-11"
    cert_no, cert_date, audit_no, audit_date, audit_valid = "78540", "2026-06-30", "ТЛ-097/2026", "2026-08-27", "2027-08-27"
    sector = "банковский сектор (кредитование МСБ)"
    heads = ["Назначение и область применения", "Функциональные возможности", "Исходные данные",
             "Оценка и управление рисками", "Человеческий контроль"]
    rows = [("1", "Наименование заявителя (полное, с указанием организационно-правовой формы)", p["name"]),
            ("2", "БИН заявителя", p["bin"]),
            ("3", "Наименование системы искусственного интеллекта", sysn),
            ("4", "Версия (номер выпуска) системы", ver),
            ("5", "Отрасль, в которой применяется система", sector),
            ("6", "Электронная почта для связи с заявителем", p["email"])]
    for i, (hd, body) in enumerate(sections("risklens", heads), 1):
        rows.append((f"7.{i}", f"Описание системы: {hd.lower()}", body))
    rows += [("8", "Документ, подтверждающий права на систему", f"свидетельство № {cert_no} от {f_dot(cert_date)}"),
             ("9", "Дата заявки", f_dot(app_date))]
    pdf = B.app_table_ru(dict(
        addressee_line="в Агентство Республики Казахстан по регулированию и развитию финансового рынка",
        rows=rows, position="Председатель Правления", signatory_print=p["director_short"]))
    b.add_pdf("zayavka", pdf, [
        (AD, "ru", app_fields(p["name"], p["bin"], sysn, ver, sector, app_date, p["email"], p["director_short"])),
        (SD, "ru", present(heads))])

    authors = "Хамитов Ерлан Болатұлы, Савченко Мария Андреевна"
    pdf = B.cert_ru(dict(number_line=f"№ {cert_no}", qr_seed=25, rows=[
        ("Дата внесения сведений в реестр:", f_dot(cert_date)), ("Номер заявления:", "2244"),
        ("Дата подачи заявления:", "11.06.2026"), ("Вид объекта авторского права:", PROG),
        ("Название объекта:", sysn), ("Дата создания объекта:", "03.03.2026"), ("Автор(ы):", authors),
        ("Правообладатель:", h["name"]), ("БИН правообладателя:", h["bin"])]))
    b.add_pdf("doc01482720260915", pdf, [(IC, "ru", cert_fields(
        cert_no, cert_date, PROG, sysn, authors, h["name"], h["bin"], "2026-03-03", "2244"))], scan_kind="pdf_img")

    pdf = B.audit_ru(dict(
        auditor=au["name"], auditor_lines=auditor_lines_ru(au), color=(20, 60, 120),
        title="АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ", subtitle=f"№ {audit_no}", city="г. Караганда", date_str=f_dot(audit_date),
        head_rows=[("Аудиторская организация:", au["name"]), ("БИН аудиторской организации:", au["bin"]),
                   ("Наименование системы:", sysn), ("Версия:", ver), ("Владелец системы:", p["name"]),
                   ("БИН владельца:", p["bin"])],
        sections=[("1. Объём работ", "Анализ документации модели, отчётов независимой валидации, данных за "
                   "2015–2026 гг. и процедур кредитного комитета. " + TRAIN_RU),
                  ("2. Оценка по критериям", [
                      ["Качество и законность обучающих данных", "соответствует"],
                      ["Отсутствие функций, запрещённых законом", "соответствует — не выявлены"],
                      ["Управление рисками", "соответствует"],
                      ["Контроль человеком", "соответствует"]])],
        conclusion=f"ВЫВОД: положительное заключение. Система {sysn} (версия {ver}) соответствует требованиям.",
        validity=f"Срок действия — до {f_dot(audit_valid)}.",
        signers=[("Директор", au["director"])]))
    b.add_pdf("audit", pdf, [(AC, "ru", audit_fields(
        audit_no, audit_date, au["name"], au["bin"], sysn, ver, p["name"], p["bin"], "positive", audit_valid,
        True, True))])
    return b


# ============================================================ B6 transport: Kazakh application.json, author agreement TIFF
def b6():
    p, au, ath = A["rail"], AUDITORS["saraptama"], AUTHOR_RAIL
    b = Bundle("half_b", "transport", "rels-diagnostika-raileye", "TRN-2026-0455", "2026-10-13T10:10:00+05:00",
               planted="none: clean bundle (Kazakh portal application.json; bilingual certificate naming only the "
                       "author; author's copyright assignment agreement to the applicant scanned to a bilevel "
                       "multi-page TIFF; Kazakh audit with a criteria table scanned to grayscale PNG)")
    b.auditors = ["saraptama"]
    sysn, ver, app_date = "RailEye", "1.1.0", "2026-10-08"
    cert_no, cert_date, ag_no, ag_date = "78710", "2026-07-20", "3/2026", "2026-08-03"
    audit_no, audit_date, audit_valid = "ЦС-2026/31", "2026-09-15", "2027-09-15"
    sector = "темір жол көлігі"
    obj = {"request_id": "TRN-2026-0455", "language": "kk", "applicant_name": p["name_kk"],
           "applicant_bin": p["bin"], "system_name": sysn, "system_version": ver, "sector": sector,
           "application_date": app_date, "contact_email": p["email"], "signatory": p["director"],
           "system_description": json_description("rail_kk"),
           "attachments": [{"kind": "ip_certificate", "file": "kuelik_78710.pdf"},
                           {"kind": "copyright_agreement", "file": "avtorskii_dogovor.tif"},
                           {"kind": "audit_conclusion", "file": "qorytyndy.png"}]}
    b.add_json("application.json", obj, [
        (AD, "kk", app_fields(p["name_kk"], p["bin"], sysn, ver, sector, app_date, p["email"], p["director"])),
        (SD, "kk", {k: True for k in obj["system_description"]})])

    pdf = B.cert_bilingual(dict(number_line=f"№ {cert_no}", qr_seed=26, rows=[
        (("Тізілімге енгізілген күні", f_kk(cert_date)), ("Дата внесения в реестр", f_dot(cert_date))),
        (("Өтінім нөмірі", "2519"), ("Номер заявки", "2519")),
        (("Өтінім берілген күні", f_kk("2026-07-01")), ("Дата подачи заявки", f_dot("2026-07-01"))),
        (("Объектінің түрі", "ЭЕМ-ге арналған бағдарлама"), ("Вид объекта", PROG)),
        (("Объектінің атауы", sysn), ("Название объекта", sysn)),
        (("Жасалған күні", f_kk("2026-05-12")), ("Дата создания", f_dot("2026-05-12"))),
        (("Авторы", ath["name"]), ("Автор", ath["name"]))]))
    b.add_pdf("kuelik_78710", pdf, [(IC, "mixed", cert_fields(
        cert_no, cert_date, PROG, sysn, ath["name"], None, None, "2026-05-12", "2519"))])

    pdf = B.agreement_ru(dict(
        title=f"АВТОРСКИЙ ДОГОВОР № {ag_no}",
        subtitle="о передаче исключительных имущественных прав на программу для ЭВМ",
        city="г. Астана", date_str=f_ru(ag_date, quoted=True, suffix="года"),
        preamble=f"Гражданин Республики Казахстан {ath['name']} (ИИН {ath['iin']}), именуемый в дальнейшем "
                 f"«Автор», с одной стороны, и {p['name']} (БИН {p['bin']}), именуемое в дальнейшем "
                 "«Приобретатель», в лице директора Мырзахметова Дәурена Қайратұлы, действующего на основании "
                 "Устава, с другой стороны, заключили настоящий договор о нижеследующем.",
        sections=[("1. Предмет договора", [
            f"1.1. Автор передаёт Приобретателю исключительные имущественные права на созданную им программу для "
            f"ЭВМ «{sysn}» (свидетельство о внесении сведений в государственный реестр прав на объекты, "
            f"охраняемые авторским правом, № {cert_no} от {f_dot(cert_date)}) в полном объёме.",
            "1.2. Личные неимущественные права (право авторства, право на имя) сохраняются за Автором.",
            "1.3. Права передаются на весь срок действия авторского права, без ограничения территории."]),
            ("2. Вознаграждение", [
                "2.1. За передачу прав Приобретатель выплачивает Автору вознаграждение в размере 6 000 000 "
                "(шесть миллионов) тенге с удержанием налогов, предусмотренных законодательством.",
                "2.2. Выплата производится в течение 15 рабочих дней с даты подписания акта приёма-передачи "
                "исходного кода."]),
            ("3. Гарантии Автора", [
                "3.1. Автор гарантирует, что программа создана его личным творческим трудом, не нарушает прав "
                "третьих лиц и права на неё ранее никому не передавались.",
                "3.2. Автор обязуется в течение 12 месяцев консультировать Приобретателя по вопросам работы "
                "программы."]),
            ("4. Ответственность сторон", [
                "4.1. За неисполнение обязательств стороны несут ответственность в соответствии с "
                "законодательством Республики Казахстан.",
                "4.2. Споры разрешаются путём переговоров, а при недостижении согласия — в суде г. Астаны."]),
            ("5. Заключительные положения", [
                "5.1. Договор вступает в силу с даты подписания. Приобретатель вправе зарегистрировать переход "
                "прав в государственном реестре.",
                "5.2. Договор составлен на русском языке в двух экземплярах."])],
        left_head="АВТОР", right_head="ПРИОБРЕТАТЕЛЬ", seals=(False, True),
        left=f"{ath['name']}\nИИН {ath['iin']}\n{ath['address']}\nИИК KZ12 722C 0000 2219 0345\n{BANK['kaspi']}"
             "\n\n\n_______________ Е. М. Сағынтаев",
        right=f"{p['name']}\nБИН {p['bin']}\n{p['address']}\nИИК KZ33 601A 8710 0003 5521\n{BANK['halyk']}"
              f"\n\nДиректор\n_______________ {p['director_short']}\nМ.П."))
    b.add_pdf("avtorskii_dogovor", pdf, [(CA, "ru", fields(
        agreement_number=ag_no, agreement_date=ag_date, grantor=ath["name"], grantee=p["name"], grantee_bin=p["bin"],
        object_title=sysn))], scan_kind="tiff", stamp_text="ТОО «РЕЛЬС ДИАГНОСТИКА» * АСТАНА * ",
        stamp_center=("ҚАЗАҚСТАН",))

    pdf = B.audit_kk(dict(
        auditor=au["name"], auditor_lines=[f"БСН {au['bin']}   ·   {au['address']}",
                                           f"тел.: {au['phone']}   ·   e-mail: {au['email']}"],
        title="АУДИТОРЛЫҚ ҚОРЫТЫНДЫ", subtitle=f"№ {audit_no}", city="Астана қ.", date_str=f_kk(audit_date),
        head_rows=[("Аудитор", au["name"]), ("Аудитордың БСН", au["bin"]), ("Жүйенің атауы", sysn),
                   ("Нұсқасы", ver), ("Жүйенің иесі", p["name_kk"]), ("Иесінің БСН", p["bin"])],
        sections=[("Бағалау нәтижелері", [
            ["Оқыту деректерінің сапасы мен заңдылығы", "сәйкес келеді"],
            ["Заңмен тыйым салынған функциялардың болмауы", "сәйкес келеді (анықталған жоқ)"],
            ["Тәуекелдерді басқару", "сәйкес келеді"],
            ["Адамның бақылауы", "сәйкес келеді"]])],
        conclusion=f"Қорытынды: ОҢ. {sysn} жүйесі ({ver} нұсқасы) белгіленген талаптарға сәйкес келеді.",
        validity=f"Жарамдылық мерзімі: {f_kk(audit_valid)}",
        signers=[("Директор", au["director"])]))
    b.add_pdf("qorytyndy", pdf, [(AC, "kk", audit_fields(
        audit_no, audit_date, au["name"], au["bin"], sysn, ver, p["name_kk"], p["bin"], "positive", audit_valid,
        True, True))], scan_kind="png_gray", stamp_text="«ЦИФРЛЫҚ САРАПТАМА» ЖШС * АСТАНА * ", stamp_center=("АУДИТ",))
    return b


# ============================================================ B7 education: bilingual application; AUD-02 planted
def b7():
    p, au = A["mektep"], AUDITORS["senim"]
    b = Bundle("half_b", "education", "mektep-analytics-insight", "EDU-2026-0610", "2026-11-10T09:50:00+05:00",
               outcome="inconsistent", failing=["AUD-02"],
               planted="AUD-02: the audit conclusion is dated 2025-10-02 (more than 12 months before receipt "
                       "2026-11-10) and was valid only until 2026-10-02. Styles: Kazakh | Russian two-column "
                       "application with description; certificate as ruled table; audit scanned to an image-only PDF")
    b.auditors = ["senim"]
    sysn, ver, app_date = "Mektep Insight", "1.3", "2026-11-05"
    cert_no, cert_date, audit_no, audit_date, audit_valid = "77020", "2025-07-15", "СА-25/061", "2025-10-02", "2026-10-02"
    heads_kk = ["Мақсаты", "Функциялары", "Деректер", "Тәуекелдерді басқару", "Адамның бақылауы"]
    heads_ru = ["Назначение", "Функции", "Используемые данные", "Управление рисками", "Контроль человеком"]
    pdf = B.app_bilingual(dict(
        addressee_kk="Қазақстан Республикасы Оқу-ағарту министрлігінің Білім беру саласындағы сапаны қамтамасыз "
                     "ету комитетіне",
        addressee_ru="В Комитет по обеспечению качества в сфере образования Министерства просвещения "
                     "Республики Казахстан",
        fields=[(f"Өтініш беруші: {p['name_kk']}", f"Заявитель: {p['name']}"),
                (f"БСН: {p['bin']}", f"БИН: {p['bin']}"),
                (f"Жүйенің атауы: {sysn}", f"Наименование системы: {sysn}"),
                (f"Нұсқасы: {ver}", f"Версия: {ver}"),
                ("Саласы: білім беру", "Отрасль: образование"),
                (f"E-mail: {p['email']}", f"E-mail: {p['email']}"),
                (f"Күні: {f_kk(app_date)}", f"Дата: {f_ru(app_date, quoted=True, suffix='года')}")],
        sysdesc_kk=sections("mektep_kk", heads_kk), sysdesc_ru=sections("mektep_ru", heads_ru),
        decl_kk="Мәліметтердің дұрыстығын растаймын.", decl_ru="Достоверность сведений подтверждаю.",
        position="Директор / Директор", signatory_print=p["director"]))
    b.add_pdf("otinish", pdf, [
        (AD, "mixed", app_fields(p["name"], p["bin"], sysn, ver, "образование", app_date, p["email"], p["director"])),
        (SD, "mixed", present(heads_ru))])

    authors = "Байжанова Ләззат Қуанышқызы, Ермеков Тимур Асқарұлы"
    pdf = B.cert_ru(dict(variant="table", qr_seed=27, rows=[
        ("Номер свидетельства", cert_no), ("Дата выдачи", f_dot(cert_date)), ("Номер заявления", "1811"),
        ("Дата подачи заявления", "30.06.2025"), ("Вид объекта", PROG), ("Название объекта", sysn),
        ("Дата создания", "20.05.2025"), ("Авторы", authors), ("Правообладатель", p["name"]),
        ("БИН правообладателя", p["bin"])]))
    b.add_pdf("svidetelstvo", pdf, [(IC, "ru", cert_fields(
        cert_no, cert_date, PROG, sysn, authors, p["name"], p["bin"], "2025-05-20", "1811"))])

    pdf = B.audit_ru(dict(
        auditor=au["name"], auditor_lines=auditor_lines_ru(au), title="ЗАКЛЮЧЕНИЕ",
        subtitle=f"по результатам аудита системы искусственного интеллекта\n№ {audit_no}",
        city="г. Алматы", date_str=f_ru(audit_date, quoted=True, suffix="года"),
        head_rows=[("Объект аудита:", f"система «{sysn}», версия {ver}"),
                   ("Заказчик (владелец системы):", f"{p['name']} (БИН {p['bin']})"),
                   ("Период проведения:", "с 1 по 26 сентября 2025 г.")],
        sections=[("1. Объём аудита", "Изучены документация, обезличенные данные электронного журнала, результаты "
                   "тестирования прогнозов на данных 2024/2025 учебного года, регламенты доступа."),
                  ("2. Результаты", TRAIN_RU + " " + PROHIB_RU)],
        conclusion=f"По результатам аудита выдано ПОЛОЖИТЕЛЬНОЕ заключение: система «{sysn}» версии {ver} "
                   "соответствует предъявляемым требованиям.",
        validity=f"Заключение действительно до {f_ru(audit_valid)}",
        signers=[(f"Директор\n{au['name']}", au["director"])],
        executor=f"Исполнитель: {au['name']}, тел. {au['phone']}"))
    b.add_pdf("audit_scan", pdf, [(AC, "ru", audit_fields(
        audit_no, audit_date, au["name"], au["bin"], sysn, ver, p["name"], p["bin"], "positive", audit_valid,
        True, True))], scan_kind="pdf_img", stamp_text="ТОО «СЕНІМ АУДИТ» * АЛМАТЫ * ", stamp_center=("АЛМАТЫ",))
    return b


def bundles():
    return [b1(), b2(), b3(), b4(), b5(), b6(), b7()]
