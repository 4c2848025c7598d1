"""Third independent test set ("fresh_c"): 6 bundles in half_1/ and half_2/.

Run from /work/main:
    /work/fresh-venv/bin/python sample_docs/fresh_c/generate.py

Reuses the rendering helpers of sample_docs/fresh (fresh_lib: PDF layout, scans, BIN check digits;
generate.Bundle / generate.scan: bundle writing and scan simulation). Layouts and wording are new.
Deterministic: seeds derive from bundle/file names, PDFs carry a fixed creation date.
"""
from __future__ import annotations

import csv
import importlib.util
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FRESH = HERE.parent / "fresh"
if str(FRESH) not in sys.path:
    sys.path.insert(0, str(FRESH))

import fresh_lib as fl  # noqa: E402
from fresh_lib import Doc, f_dot, f_en, f_en2, f_kk, f_kk2, f_ru, f_slash, make_bin, make_iin  # noqa: E402

_spec = importlib.util.spec_from_file_location("fresh_generate_base", FRESH / "generate.py")
_fg = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_fg)
Bundle = _fg.Bundle

AD, SD, IC, CA, AC = "application", "system_description", "ip_certificate", "copyright_agreement", "audit_conclusion"
SECTIONS_ALL = dict(purpose=True, functions=True, data=True, risk_management=True, human_oversight=True)


def F(**kw):
    return {k: v for k, v in kw.items() if v is not None}


# ============================================================ parties

AUD = {
    "akiqat": dict(name_ru="ТОО «Ақиқат Сараптама»", name_kk="«Ақиқат Сараптама» ЖШС", bin=make_bin("1606", 3390),
                   addr_ru="050012, г. Алматы, ул. Толе би, 101, блок Б, офис 27",
                   addr_kk="050012, Алматы қ., Төле би к-сі, 101, Б блогы, 27-кеңсе",
                   phone="+7 (727) 249-61-08", email="expert@aqiqat.kz",
                   head_ru="Главный эксперт-аудитор", head_kk="Бас сарапшы-аудитор", head="Ж. Қ. Исабекова",
                   lead="Т. Е. Сағынтаев"),
    "nomad": dict(name="Nomad Assurance Partners LLP", bin=make_bin("2111", 8023),
                  addr="Dostyk Ave. 43, 7th floor, Almaty 050010, Republic of Kazakhstan",
                  phone="+7 (727) 330-90-14", email="ai-audit@nomadassurance.kz",
                  partner="Madina Zhaksybekova", lead="Timur Ospanov"),
    "aiaudit": dict(name="ТОО «ЭйАй Аудит Сервис»", bin=make_bin("1803", 4471),
                    addr="010000, г. Астана, пр. Туран, 37/9, н.п. 14", phone="+7 (7172) 57-73-02",
                    email="zakl@aiaudit-service.kz", head="О. В. Ковалёва", lead="Е. Б. Нұрпейісов"),
}
AUD_CSV = [(AUD["akiqat"]["bin"], AUD["akiqat"]["name_ru"]), (AUD["nomad"]["bin"], AUD["nomad"]["name"]),
           (AUD["aiaudit"]["bin"], AUD["aiaudit"]["name"])]

KAZPATENT_RU = "РГП на ПХВ «Национальный институт интеллектуальной собственности» МЮ РК"
KAZPATENT_KK = "ҚР ӘМ «Ұлттық зияткерлік меншік институты» ШЖҚ РМК"


# ============================================================ layout pieces

def band_head(pdf: Doc, name, lines, color=(18, 90, 80), family="sans"):
    """Coloured band with the organisation name, details right-aligned underneath."""
    pdf.set_fill_color(*color)
    pdf.rect(0, 0, 210, 8, style="F")
    pdf.set_y(12)
    pdf.set_text_color(*color)
    pdf.txt(name, size=13, style="B", align="L", family=family)
    pdf.set_text_color(70, 70, 70)
    for ln in lines:
        pdf.txt(ln, size=8, align="R", family=family)
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(*color)
    pdf.rule(0.5, 4)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_fill_color(255, 255, 255)


def sec_head(pdf: Doc, text, size=10.5, family=None, fill=(230, 238, 236)):
    pdf.font(size, "B", family)
    pdf.set_fill_color(*fill)
    pdf.multi_cell(0, pdf.lh(size) + 0.6, text, align="L", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_fill_color(255, 255, 255)
    pdf.ln(0.8)


def seal(name, center):
    return name.upper() + " * ", center


# ============================================================ bundle 1 (half_1 / health)

def b1():
    p = dict(name="ТОО «Шипагер Диагностика»", bin=make_bin("1909", 2215), email="ai@shipager.kz",
             addr="010000, Астана қ., Мәңгілік Ел даңғ., 20, 4-қабат", phone="+7 (7172) 98-14-55",
             signatory="Г. Б. Қасенова", sector="Денсаулық сақтау / Здравоохранение")
    sysn, ver = "DermaScan KZ", "3.2.0"
    au = AUD["akiqat"]
    b = Bundle("half_1", "health", "shipager_dermascan", "HLT-2026-0117", "2026-02-24T10:40:00+05:00")
    app_date = "2026-02-20"

    # --- application: bilingual kk|ru form, numbered rows, one value column; sections inside
    pdf = Doc(font="sans", size=9.5, margins=(16, 14, 16))
    pdf.txt("Сенімді жасанды интеллект жүйелерінің тізбесіне енгізу туралы\nӨТІНІШ", size=12, style="B",
            align="C")
    pdf.txt("ЗАЯВЛЕНИЕ\nо включении в перечень доверенных систем искусственного интеллекта", size=11,
            style="B", align="C")
    pdf.ln(3)
    pdf.txt("Қазақстан Республикасы Денсаулық сақтау министрлігіне / В Министерство здравоохранения "
            "Республики Казахстан", size=9, style="I", align="R")
    pdf.ln(3)
    rows = [
        ["№", "Көрсеткіш", "Показатель", "Мәні / Значение"],
        ["1", "Өтініш беруші туралы мәліметтер: атауы", "Сведения о заявителе: наименование", p["name"]],
        ["2", "БСН", "БИН", p["bin"]],
        ["3", "Заңды мекенжайы", "Юридический адрес", p["addr"]],
        ["4", "ЖИ жүйесінің атауы", "Наименование (название) системы ИИ", sysn],
        ["5", "Нұсқа нөмірі (релиз)", "Номер версии (релиза)", ver],
        ["6", "Қолданылу саласы", "Сфера применения", p["sector"]],
        ["7", "Байланыс электрондық поштасы", "Контактный адрес электронной почты", p["email"]],
        ["8", "Өтініш берілген күн", "Дата подачи заявления", f_dot(app_date)],
    ]
    pdf.grid(rows[1:], (7, 40, 48, 62), size=9, header=rows[0], line_height=4.4)
    pdf.ln(4)
    sec_head(pdf, "ЖИ ЖҮЙЕСІНІҢ СИПАТТАМАСЫ / ОПИСАНИЕ СИСТЕМЫ ИИ", size=10)
    secs = [
        ("1. Енгізу мақсаты / Цель внедрения",
         "Дерматоскопиялық суреттер бойынша тері ісігіне күдікті өзгерістерді ерте анықтауда дәрігерге көмек. "
         "Система помогает врачу первичного звена выделять подозрительные новообразования кожи на "
         "дерматоскопических снимках и направлять пациента к онкологу в приоритетном порядке."),
        ("2. Функциялар тізбесі / Перечень функций",
         "Суретті сапа бойынша сүзу; зақымдануды сегменттеу; қауіп деңгейін (төмен, орташа, жоғары) бағалау. "
         "Фильтрация снимков по качеству, сегментация очага, оценка уровня риска с визуальным пояснением "
         "(тепловая карта), формирование черновика заключения для врача."),
        ("3. Деректер көздері / Источники данных",
         "Обучающая выборка — 41 300 обезличенных дерматоскопических изображений из 6 областных онкодиспансеров "
         "(2019–2024 гг.) и открытый набор ISIC; разметка выполнена двумя дерматологами независимо. "
         "Дербес деректер иесіздендірілген, сақтау орны — Қазақстан аумағы."),
        ("4. Тәуекелдерді басқару және азайту / Управление рисками и их снижение",
         "Ежеквартальный контроль чувствительности по фототипам кожи (I–VI), порог оповещения — снижение "
         "более чем на 3 п.п.; журнал инцидентов; откат на предыдущий релиз в течение 24 часов."),
        ("5. Адамның бақылауы / Надзор со стороны человека",
         "Қорытындыны тек дәрігер қабылдайды. Результат системы носит рекомендательный характер; врач "
         "подтверждает или отклоняет каждую оценку, расхождения разбираются комиссией раз в месяц."),
    ]
    for h, t in secs:
        pdf.txt(h, size=9.5, style="B", align="L")
        pdf.txt(t, size=9)
        pdf.ln(1.2)
    pdf.ln(5)
    pdf.signature("Директор / Директор", p["signatory"], size=9.5)
    b.add_pdf("otinish_zayavlenie", pdf, [
        (AD, "kk", F(applicant_name=p["name"], applicant_bin=p["bin"], system_name=sysn, system_version=ver,
                     sector=p["sector"], application_date=app_date, contact_email=p["email"],
                     signatory=p["signatory"])),
        (SD, "kk", dict(SECTIONS_ALL))])

    # --- certificate, Russian state form, scanned to image PDF
    cno, cdate = "74816", "2025-10-07"
    authors = "Қасенов Бауыржан Ерікұлы, Ли Виктория Андреевна"
    pdf = cert_ru(cno, cdate, [
        ("Вид объекта авторского права", "программа для ЭВМ"),
        ("Название объекта", sysn),
        ("Автор(ы)", authors),
        ("Правообладатель", f"{p['name']}, БИН {p['bin']}"),
        ("Дата создания объекта", f_dot("2025-08-29")),
        ("Номер и дата подачи заявки", f"№ 7903 от {f_dot('2025-09-15')}"),
    ], qr_seed=11)
    b.add_pdf("svidetelstvo_74816", pdf, [(IC, "ru", F(
        certificate_number=cno, issue_date=cdate, object_type="программа для ЭВМ", object_title=sysn,
        authors=authors, right_holder=p["name"], right_holder_bin=p["bin"], creation_date="2025-08-29",
        application_number="7903"))], scan_kind="pdf_img", stamp_text="", stamp_center=("",))

    # --- audit: Russian, criteria table, text layer
    ano, adate, avalid = "АС-026/2026", "2026-01-30", "2027-01-30"
    pdf = audit_ru_table(dict(
        org=au["name_ru"], lines=[f"БИН {au['bin']}  |  {au['addr_ru']}", f"{au['phone']}  |  {au['email']}"],
        title="ЗАКЛЮЧЕНИЕ\nпо результатам аудита системы искусственного интеллекта",
        number_line=f"№ {ano}", city="г. Алматы", date_str=f_ru(adate, True, "года"),
        intro=[("Заказчик (владелец системы)", f"{p['name']}, БИН {p['bin']}"),
               ("Объект аудита", f"система ИИ «{sysn}»"), ("Версия", ver),
               ("Период проведения", "12 – 28 января 2026 г."),
               ("Аудитор", f"{au['name_ru']}, БИН {au['bin']}")],
        criteria_head=["№", "Критерий", "Метод проверки", "Итог"],
        criteria=[["1", "Качество и законность обучающих данных (происхождение, согласия, обезличивание)",
                   "анализ документов, выборочная проверка 2 000 записей", "соответствует"],
                  ["2", "Отсутствие запрещённых законом функций (манипулирование, социальный скоринг, "
                        "биометрическая категоризация)", "тестирование API, анализ кода", "соответствует"],
                  ["3", "Точность и устойчивость модели", "независимая тестовая выборка, 3 800 снимков",
                   "соответствует"],
                  ["4", "Прозрачность и объяснимость", "проверка интерфейса врача", "соответствует"],
                  ["5", "Информационная безопасность", "тест на проникновение", "соответствует"]],
        opinion=[f"По результатам аудита выдано ПОЛОЖИТЕЛЬНОЕ заключение: система «{sysn}» версии {ver} "
                 "соответствует установленным требованиям.",
                 "Аудитом оценены качество и законность обучающих данных, а также подтверждено отсутствие "
                 "функций, запрещённых законодательством Республики Казахстан об искусственном интеллекте.",
                 f"Заключение действительно до {f_dot(avalid)}."],
        sign=[(au["head_ru"], au["head"]), ("Ведущий аудитор", au["lead"])]))
    b.add_pdf("audit_AS-026", pdf, [(AC, "ru", F(
        conclusion_number=ano, conclusion_date=adate, auditor_name=au["name_ru"], auditor_bin=au["bin"],
        system_name=sysn, system_version=ver, system_owner=p["name"], system_owner_bin=p["bin"],
        result="positive", valid_until=avalid, covers_training_data=True, covers_prohibited_functions=True))])
    return b


# ============================================================ shared builders

def cert_ru(number, date_iso, rows, qr_seed=1, sign="Е. Ж. Қасымбеков"):
    """Russian state-form certificate; number line first, rows as a two-column ruled list."""
    pdf = Doc(font="serif", size=10.5, margins=(24, 16, 24))
    pdf.set_draw_color(40, 80, 140)
    pdf.set_line_width(0.9)
    pdf.rect(11, 11, 188, 275)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(20)
    pdf.txt("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ  •  РЕСПУБЛИКА КАЗАХСТАН", size=9, style="B", align="C")
    pdf.txt(KAZPATENT_RU, size=8.5, align="C")
    pdf.ln(10)
    pdf.txt("СВИДЕТЕЛЬСТВО", size=19, style="B", align="C")
    pdf.txt("о внесении сведений в государственный реестр прав на объекты,\nохраняемые авторским правом",
            size=11, style="B", align="C")
    pdf.ln(5)
    pdf.txt(f"№ {number}          от {f_ru(date_iso, False, 'года')}", size=12.5, style="B", align="C")
    pdf.ln(6)
    pdf.grid([[k, v] for k, v in rows], (5, 8), borders="HORIZONTAL_LINES", size=10.5, line_height=5.2,
             bold_cols=(0,))
    pdf.ln(8)
    pdf.txt("Настоящее свидетельство удостоверяет, что сведения о правах на указанный объект внесены в "
            "государственный реестр в соответствии со статьёй 43-1 Закона Республики Казахстан "
            "«Об авторском праве и смежных правах».", size=8.5, style="I")
    pdf.ln(10)
    y = pdf.get_y()
    pdf.signature("Директор", sign, size=10, stamp=False, sign=False)
    from builders import qr_box
    qr_box(pdf, 166, y + 14, 18, seed=qr_seed)
    pdf.set_xy(24, y + 18)
    pdf.txt("Электронный документ. Проверка подлинности: kazpatent.kz", size=7.5, align="L")
    return pdf


def cert_bilingual(number, date_iso, rows, qr_seed=2, sign="Е. Ж. Қасымбеков"):
    """Kazakh | Russian labels side by side, one value column."""
    pdf = Doc(font="sans", size=9.5, margins=(16, 14, 16))
    pdf.set_draw_color(150, 120, 50)
    pdf.set_line_width(1.0)
    pdf.rect(9, 9, 192, 279)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    from builders import emblem, qr_box
    emblem(pdf, 105, 24, 8)
    pdf.set_y(35)
    pdf.grid([[{"text": "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ\n" + KAZPATENT_KK, "align": "C"},
               {"text": "РЕСПУБЛИКА КАЗАХСТАН\n" + KAZPATENT_RU, "align": "C"}]], (1, 1), borders="NONE",
             size=8.5)
    pdf.ln(4)
    pdf.txt("КУӘЛІК  /  СВИДЕТЕЛЬСТВО", size=17, style="B", align="C")
    pdf.grid([[{"text": "авторлық құқықпен қорғалатын объектілерге құқықтардың мемлекеттік тізіліміне "
                        "мәліметтерді енгізу туралы", "align": "C"},
               {"text": "о внесении сведений в государственный реестр прав на объекты, охраняемые "
                        "авторским правом", "align": "C"}]], (1, 1), borders="NONE", size=9.5)
    pdf.ln(3)
    pdf.grid([[kk, ru, v] for kk, ru, v in rows], (34, 34, 46), size=9.5, line_height=4.6,
             header=["Қазақша", "По-русски", "Мәліметтер / Сведения"])
    pdf.ln(6)
    pdf.grid([["Мәліметтер «Авторлық құқық және сабақтас құқықтар туралы» Қазақстан Республикасының "
               "Заңына сәйкес тізілімге енгізілді.",
               "Сведения внесены в реестр в соответствии с Законом Республики Казахстан «Об авторском праве "
               "и смежных правах»."]], (1, 1), borders="NONE", size=8)
    pdf.ln(8)
    y = pdf.get_y()
    pdf.signature("Директор / Директор", sign, size=9.5, stamp=False, sign=False)
    qr_box(pdf, 170, y + 12, 18, seed=qr_seed)
    return pdf


def agreement_ru(o):
    """Agreement with numbered clauses and the parties' details in two columns at the end."""
    pdf = Doc(font="serif", size=10, margins=(20, 15, 17))
    pdf.txt(o["title"], size=12.5, style="B", align="C")
    pdf.txt(o["subtitle"], size=10.5, style="B", align="C")
    pdf.ln(4)
    y = pdf.get_y()
    pdf.font(10)
    pdf.cell(80, 5, o["city"])
    pdf.set_xy(100, y)
    pdf.cell(0, 5, o["date_str"], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.txt(o["preamble"])
    for i, (head, items) in enumerate(o["clauses"], 1):
        pdf.ln(2)
        pdf.txt(f"{i}. {head}", size=10, style="B", align="C")
        for j, it in enumerate(items, 1):
            pdf.txt(f"{i}.{j}. {it}", size=9.8)
    pdf.ln(3)
    pdf.txt(f"{len(o['clauses']) + 1}. РЕКВИЗИТЫ И ПОДПИСИ СТОРОН", size=10, style="B", align="C")
    pdf.ln(1)
    pdf.grid([[{"text": o["left_title"], "bold": True}, {"text": o["right_title"], "bold": True}],
              [o["left"], o["right"]]], (1, 1), borders="NONE", size=9.2, line_height=4.4)
    pdf.ln(6)
    y = pdf.get_y()
    if y > pdf.h - 40:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_xy(20, y)
    pdf.cell(45, 5, "", border="B")
    pdf.cell(30, 5, " " + o["left_sign"])
    pdf.set_xy(112, y)
    pdf.cell(40, 5, "", border="B")
    pdf.cell(30, 5, " " + o["right_sign"])
    pdf.marks.append((pdf.page_no() - 1, 32, y + 1, "sign"))
    pdf.marks.append((pdf.page_no() - 1, 124, y + 1, "sign"))
    if o.get("left_stamp"):
        pdf.marks.append((pdf.page_no() - 1, 45, y + 4, "stamp"))
    pdf.marks.append((pdf.page_no() - 1, 140, y + 4, "stamp"))
    pdf.ln(8)
    return pdf


def audit_ru_table(o):
    pdf = Doc(font="sans", size=10, margins=(18, 0, 18))
    band_head(pdf, o["org"], o["lines"], color=o.get("color", (18, 90, 80)))
    pdf.txt(o["title"], size=12.5, style="B", align="C")
    pdf.txt(o["number_line"], size=11, style="B", align="C")
    pdf.ln(2)
    y = pdf.get_y()
    pdf.font(10)
    pdf.cell(80, 5, o["city"])
    pdf.set_xy(100, y)
    pdf.cell(0, 5, o["date_str"], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.grid([[k, v] for k, v in o["intro"]], (3, 7), size=9.5, bold_cols=(0,), line_height=4.6)
    pdf.ln(3)
    sec_head(pdf, o.get("criteria_title", "Критерии аудита и результаты проверки"), size=10)
    pdf.grid(o["criteria"], (6, 48, 38, 20), size=8.8, header=o["criteria_head"], line_height=4.2)
    pdf.ln(3)
    sec_head(pdf, o.get("opinion_title", "Заключение аудитора"), size=10)
    for para in o["opinion"]:
        pdf.txt(para, size=9.8)
        pdf.ln(1)
    pdf.ln(6)
    for i, (pos, name) in enumerate(o["sign"]):
        pdf.signature(pos, name, size=10, stamp=(i == 0))
    return pdf


def audit_en(o):
    pdf = Doc(font="serif", size=10.5, margins=(22, 16, 22))
    pdf.set_text_color(110, 40, 30)
    pdf.txt(o["org"], size=15, style="B", align="L", family="sans")
    pdf.set_text_color(80, 80, 80)
    pdf.txt(o["org_line"], size=8, align="L", family="sans")
    pdf.set_text_color(0, 0, 0)
    pdf.rule(0.3, 6)
    pdf.txt("INDEPENDENT AUDIT REPORT", size=15, style="B", align="L", family="sans")
    pdf.txt("on an artificial intelligence system", size=11, style="I", align="L")
    pdf.ln(3)
    pdf.grid([[k, v] for k, v in o["meta"]], (4, 8), borders="HORIZONTAL_LINES", size=9.8, bold_cols=(0,),
             family="sans", line_height=4.8)
    pdf.ln(4)
    for head, paras in o["body"]:
        pdf.txt(head, size=11, style="B", align="L", family="sans")
        for p in paras:
            pdf.txt(p, size=10)
            pdf.ln(1)
        pdf.ln(1)
    if o.get("table"):
        pdf.grid(o["table"], (50, 22), size=9, header=["Audit criterion", "Finding"], family="sans",
                 line_height=4.4, header_fill=(240, 225, 220))
        pdf.ln(3)
    pdf.txt("Opinion", size=11, style="B", align="L", family="sans")
    for p in o["opinion"]:
        pdf.txt(p, size=10)
        pdf.ln(1)
    pdf.ln(6)
    pdf.signature(o["sign_pos"], o["sign_name"], size=10, right_w=70)
    return pdf


# ============================================================ bundle 2 (half_1 / education)

def b2():
    p = dict(name="ТОО «Білім Аналитика»", latin="Bilim Analitika LLP", bin=make_bin("2002", 6610),
             email="info@bilim-analytica.kz", signatory="А. Т. Серікбаев", phone="+7 (7252) 39-80-12",
             addr="160011, г. Шымкент, пр. Республики, 8/2, офис 34")
    rh = dict(name="ТОО «Зерде Софт»", bin=make_bin("1704", 1187),
              addr="050060, г. Алматы, ул. Розыбакиева, 247, офис 610")
    sysn, ver = "UstazAssist", "1.5"
    au = AUD["nomad"]
    b = Bundle("half_1", "education", "bilim_ustazassist", "EDU-2026-0034", "2026-03-05T15:05:00+05:00")
    app_date = "2026-03-03"

    # --- application: Russian letter with subject line, facts in prose plus a short block
    pdf = Doc(font="serif", size=11, margins=(25, 15, 15))
    pdf.txt(p["name"], size=14, style="B", align="C")
    pdf.txt(f"{p['addr']}  ·  БИН {p['bin']}\nтел. {p['phone']}  ·  {p['email']}", size=8.5, align="C")
    pdf.rule(0.3, 5)
    y = pdf.get_y()
    pdf.font(10)
    pdf.multi_cell(70, 5, f"№ 112/03\n{f_ru(app_date, True, 'г.')}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(110, y)
    pdf.multi_cell(85, 5, "Министерство просвещения\nРеспублики Казахстан\nДепартамент цифровизации",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.txt("Тема: о включении системы ИИ «UstazAssist» в перечень доверенных систем", size=10.5,
            style="B", align="L")
    pdf.ln(3)
    pdf.txt("Уважаемые коллеги!", align="L")
    pdf.ln(1)
    pdf.txt(f"\u2003\u2003{p['name']} (далее — Заявитель) направляет настоящее заявление о включении "
            f"системы искусственного интеллекта «{sysn}» в перечень доверенных систем ИИ. Система "
            "предназначена для применения в сфере среднего образования: помогает учителю составлять "
            "поурочные планы и проверять письменные работы учащихся.")
    pdf.ln(2)
    pdf.grid([["Заявитель", p["name"]], ["БИН заявителя", p["bin"]],
              ["Система ИИ: наименование", sysn], ["Номер версии (релиза)", ver],
              ["Сфера применения", "образование"], ["E-mail для связи", p["email"]]],
             (5, 9), borders="NONE", size=10.5, bold_cols=(0,), line_height=5)
    pdf.ln(2)
    pdf.txt("\u2003\u2003Исключительные права на программу принадлежат Заявителю на основании договора с "
            "правообладателем, указанным в свидетельстве. Описание системы, свидетельство, договор и "
            "аудиторский отчёт прилагаются.")
    pdf.ln(3)
    pdf.txt("Приложения: 1) жүйенің сипаттамасы (1 л.); 2) свидетельство № 72950 (1 л.); 3) договор "
            "№ 09/25-ИП (2 л.); 4) audit report NAP/AI/2026-011 (2 л.).", size=9.5, align="L")
    pdf.ln(10)
    pdf.signature("Генеральный директор", p["signatory"])
    pdf.txt("Исп.: Жанибекова Л., +7 (7252) 39-80-15", size=7.5, align="L")
    b.add_pdf("pismo_zayavlenie", pdf, [(AD, "ru", F(
        applicant_name=p["name"], applicant_bin=p["bin"], system_name=sysn, system_version=ver,
        sector="образование", application_date=app_date, contact_email=p["email"],
        signatory=p["signatory"]))])

    # --- system description in Kazakh, flatbed JPEG
    pdf = Doc(font="serif", size=10.5, margins=(22, 18, 20))
    pdf.txt("«UstazAssist» жасанды интеллект жүйесінің\nСИПАТТАМАСЫ", size=13, style="B", align="C")
    pdf.txt(f"(нұсқа {ver}; {p['name']})", size=9.5, style="I", align="C")
    pdf.ln(4)
    for h, t in [
        ("1. Жүйенің мақсаты", "Мұғалімнің жүктемесін азайту: сабақ жоспарын құруға және оқушылардың жазба "
                               "жұмыстарын алдын ала тексеруге көмектесу. Бағаны мұғалім қояды."),
        ("2. Функциялар тізбесі", "Оқу бағдарламасына сай сабақ жоспарының жобасын ұсыну; эсседегі "
                                  "грамматикалық және мазмұндық қателерді белгілеу; қазақ және орыс "
                                  "тілдеріндегі мәтіндермен жұмыс."),
        ("3. Пайдаланылатын деректер", "Оқыту деректері — 2021–2025 жылдардағы иесіздендірілген 180 мың "
                                       "оқушы жұмысы (12 мектептің келісімімен) және ашық оқулық мәтіндері. "
                                       "Дербес деректер жүйеде сақталмайды."),
        ("4. Тәуекелдерді басқару", "Қате бағалау тәуекелі: модель тек ұсыныс береді; тоқсан сайын "
                                    "ауызша тексеріспен салыстыру; ықтимал біржақтылыққа (тіл, өңір) тест."),
        ("5. Адамның бақылауы", "Әрбір ұсынысты мұғалім қабылдайды не қабылдамайды; мектеп әкімшілігі "
                                "журналды ай сайын қарайды; жүйені кез келген сәтте өшіруге болады."),
    ]:
        pdf.txt(h, size=11, style="B", align="L")
        pdf.txt(t, size=10.5)
        pdf.ln(2)
    pdf.ln(6)
    pdf.signature("Бас директор", p["signatory"], size=10.5)
    b.add_pdf("sipattama", pdf, [(SD, "kk", dict(SECTIONS_ALL))], scan_kind="jpeg_flat",
              stamp_text="«БІЛІМ АНАЛИТИКА» ЖШС * ШЫМКЕНТ * ", stamp_center=("БСН", p["bin"]))

    # --- certificate (right holder Зерде Софт), text layer
    cno, cdate = "72950", "2025-09-02"
    authors = "Оспанов Мирас Болатұлы"
    pdf = cert_ru(cno, cdate, [
        ("Название объекта", sysn),
        ("Вид объекта", "программа для ЭВМ"),
        ("Авторы", authors),
        ("Правообладатель", rh["name"]),
        ("Дата создания", f_dot("2025-06-10")),
        ("Заявка", f"№ 6481, дата подачи {f_dot('2025-08-12')}"),
    ], qr_seed=21)
    b.add_pdf("certificate_72950", pdf, [(IC, "ru", F(
        certificate_number=cno, issue_date=cdate, object_type="программа для ЭВМ", object_title=sysn,
        authors=authors, right_holder=rh["name"], creation_date="2025-06-10", application_number="6481"))])

    # --- agreement Зерде Софт -> Білім Аналитика, TIFF
    agno, agdate = "09/25-ИП", "2025-11-18"
    pdf = agreement_ru(dict(
        title=f"ДОГОВОР № {agno}", subtitle="об отчуждении исключительного права на программу для ЭВМ",
        city="г. Алматы", date_str=f_ru(agdate, True, "г."),
        preamble=f"{rh['name']}, именуемое в дальнейшем «Правообладатель», в лице директора Оспанова М. Б., "
                 f"действующего на основании Устава, с одной стороны, и {p['name']}, именуемое в дальнейшем "
                 "«Приобретатель», в лице генерального директора Серікбаева А. Т., с другой стороны, "
                 "заключили настоящий договор о нижеследующем.",
        clauses=[("ПРЕДМЕТ ДОГОВОРА",
                  [f"Правообладатель передаёт Приобретателю в полном объёме исключительные имущественные права "
                   f"на программу для ЭВМ «{sysn}» (свидетельство № {cno} от {f_dot(cdate)}).",
                   "Права переходят к Приобретателю с даты подписания акта приёма-передачи исходного кода."]),
                 ("ВОЗНАГРАЖДЕНИЕ", ["Вознаграждение составляет 18 500 000 (восемнадцать миллионов пятьсот "
                                     "тысяч) тенге, включая НДС, и выплачивается в течение 20 банковских дней."]),
                 ("СРОК ДЕЙСТВИЯ", ["Договор вступает в силу с момента подписания; права передаются "
                                    "бессрочно, территория — весь мир."])],
        left_title="ПРАВООБЛАДАТЕЛЬ", right_title="ПРИОБРЕТАТЕЛЬ",
        left=f"{rh['name']}\nБИН {rh['bin']}\n{rh['addr']}\nИИК KZ72 601A 8610 0123 4511\nАО «Народный Банк "
             "Казахстана»\nБИК HSBKKZKX",
        right=f"{p['name']}\nБИН {p['bin']}\n{p['addr']}\nИИК KZ15 722C 0000 1984 3320\nАО «Kaspi Bank»\n"
              "БИК CASPKZKA",
        left_sign="Оспанов М. Б.", right_sign="Серікбаев А. Т.", left_stamp=True))
    b.add_pdf("dogovor_09-25", pdf, [(CA, "ru", F(
        agreement_number=agno, agreement_date=agdate, grantor=rh["name"], grantee=p["name"],
        grantee_bin=p["bin"], object_title=sysn))], scan_kind="tiff",
        stamp_text=[("ТОО «ЗЕРДЕ СОФТ» * АЛМАТЫ * ", ("БИН", rh["bin"])),
                    ("ТОО «БІЛІМ АНАЛИТИКА» * ШЫМКЕНТ * ", ("БИН", p["bin"]))], stamp_center=("",))

    # --- audit, English, text layer
    ano, adate, avalid = "NAP/AI/2026-011", "2026-02-12", "2027-02-12"
    pdf = audit_en(dict(
        org=au["name"], org_line=f"BIN {au['bin']}  ·  {au['addr']}  ·  {au['email']}",
        meta=[("Report No.", ano), ("Date of report", f_en(adate)), ("Client / system owner",
                                                                      f"{p['latin']} (BIN {p['bin']})"),
              ("AI system", sysn), ("Version audited", ver), ("Report valid until", f_en(avalid))],
        body=[("1. Scope", [f"We audited the AI system {sysn}, version {ver}, used by teachers of secondary "
                            "schools, against the requirements for trusted AI systems of the Republic of "
                            "Kazakhstan in force since February 2026."]),
              ("2. Work performed", ["Document review, interviews with the development team, replay of 1,200 "
                                     "anonymised essays, red-team tests of the prompt interface."])],
        table=[["Quality and lawfulness of the training data (provenance, consent, anonymisation)", "Met"],
               ["Absence of prohibited functions (manipulation, social scoring, emotion recognition "
                "of pupils)", "Met"],
               ["Accuracy of feedback on essays (Kazakh, Russian)", "Met"],
               ["Human oversight and logging", "Met"]],
        opinion=["In our opinion the system meets the requirements. Our conclusion is POSITIVE.",
                 "The audit assessed the quality and lawfulness of the training data and confirmed that the "
                 "system performs none of the functions prohibited by law."],
        sign_pos="Engagement partner", sign_name=au["partner"]))
    b.add_pdf("audit_report_NAP-011", pdf, [(AC, "en", F(
        conclusion_number=ano, conclusion_date=adate, auditor_name=au["name"], auditor_bin=au["bin"],
        system_name=sysn, system_version=ver, system_owner=p["latin"], system_owner_bin=p["bin"],
        result="positive", valid_until=avalid, covers_training_data=True, covers_prohibited_functions=True))])
    return b


# ============================================================ bundle 3 (half_1 / transport)

def b3():
    p = dict(name="АО «Жол Интеллект»", name_kk="«Жол Интеллект» АҚ", bin=make_bin("1510", 9052),
             email="office@zholintellect.kz", signatory="Д. С. Мұратов",
             addr="010000, г. Астана, ул. Кенесары, 40, этаж 9", phone="+7 (7172) 61-20-33",
             sector="транспорт и дорожное хозяйство")
    sysn, ver = "TrafficEye Astana", "2.0.4"
    au = AUD["akiqat"]
    b = Bundle("half_1", "transport", "zhol_trafficeye", "TRN-2026-0009", "2026-04-02T09:30:00+05:00")
    app_date = "2026-03-30"

    # --- application: numbered RU form, narrow wrapping label column, sections inside
    pdf = Doc(font="cond", size=10, margins=(18, 14, 18))
    pdf.txt("Форма 1", size=8.5, style="I", align="R")
    pdf.txt("ЗАЯВКА\nна включение системы искусственного интеллекта\nв перечень доверенных систем ИИ",
            size=12, style="B", align="C")
    pdf.ln(4)
    sec_head(pdf, "Раздел 1. Общие сведения", fill=(225, 230, 240))
    pdf.grid([
        ["1.1", "Полное наименование юридического лица — владельца системы", p["name"]],
        ["1.2", "Бизнес-идентификационный номер (БИН)", p["bin"]],
        ["1.3", "Место нахождения", p["addr"]],
        ["1.4", "Наименование (название) системы ИИ", sysn],
        ["1.5", "Номер версии (релиза)", ver],
        ["1.6", "Отрасль, в которой применяется система", p["sector"]],
        ["1.7", "Адрес электронной почты для уведомлений", p["email"]],
        ["1.8", "Дата заполнения заявки", f_slash(app_date)],
    ], (8, 34, 58), size=9.5, line_height=4.5)
    pdf.ln(3)
    sec_head(pdf, "Раздел 2. Описание системы", fill=(225, 230, 240))
    for h, t in [
        ("2.1. Назначение системы", "Автоматическое распознавание дорожно-транспортных происшествий и заторов "
                                   "по видеопотоку 640 камер г. Астаны и передача оповещений дежурному "
                                   "ситуационного центра."),
        ("2.2. Функции", "детекция ДТП и остановившихся ТС; оценка плотности потока по полосам; прогноз "
                         "затора на 15 минут; выдача оповещений. Распознавание лиц и номеров не выполняется."),
        ("2.3. Используемые данные", "Видеоархив 2022–2025 гг. (кадры без лиц, размытие на камере), журнал "
                                     "ДТП дорожной полиции, метеоданные Казгидромета."),
        ("2.4. Управление рисками", "Реестр рисков пересматривается раз в квартал; ложные тревоги "
                                    "отслеживаются (цель — не более 5 %); резервный ручной режим."),
        ("2.5. Контроль человеком", "Каждое оповещение подтверждает оператор ситуационного центра; "
                                   "система не управляет светофорами напрямую."),
    ]:
        pdf.txt(h, size=10, style="B", align="L")
        pdf.txt(t, size=9.8)
        pdf.ln(1)
    pdf.ln(6)
    pdf.signature("Председатель Правления", p["signatory"])
    b.add_pdf("zayavka_forma1", pdf, [
        (AD, "ru", F(applicant_name=p["name"], applicant_bin=p["bin"], system_name=sysn, system_version=ver,
                     sector=p["sector"], application_date=app_date, contact_email=p["email"],
                     signatory=p["signatory"])),
        (SD, "ru", dict(SECTIONS_ALL))])

    # --- certificate bilingual, TIFF
    cno, cdate = "76102", "2025-12-09"
    authors = "Мұратов Данияр Серікұлы, Ким Артём Игоревич, Әбдірахманова Айгерім Нұрланқызы"
    pdf = cert_bilingual(cno, cdate, [
        ("Куәліктің нөмірі", "Номер свидетельства", cno),
        ("Берілген күні", "Дата выдачи", f_dot(cdate)),
        ("Объектінің түрі", "Вид объекта", "ЭЕМ-ге арналған бағдарлама"),
        ("Объектінің атауы", "Название объекта", sysn),
        ("Авторлар", "Авторы", authors),
        ("Құқық иеленуші", "Правообладатель", f"{p['name_kk']}, БСН {p['bin']}"),
        ("Жасалған күні", "Дата создания", f_dot("2025-10-01")),
        ("Өтінім нөмірі", "Номер заявки", "9117"),
    ], qr_seed=31)
    b.add_pdf("kualik_76102", pdf, [(IC, "kk", F(
        certificate_number=cno, issue_date=cdate, object_type="ЭЕМ-ге арналған бағдарлама", object_title=sysn,
        authors=authors, right_holder=p["name_kk"], right_holder_bin=p["bin"], creation_date="2025-10-01",
        application_number="9117"))], scan_kind="tiff", stamp_text="", stamp_center=("",))

    # --- audit in Kazakh, one page, phone photo
    ano, adate, avalid = "03-ЖИ/2026", "2026-03-16", "2027-03-16"
    pdf = Doc(font="serif", size=10, margins=(20, 14, 20))
    band_head(pdf, au["name_kk"], [f"БСН {au['bin']}  ·  {au['addr_kk']}", f"{au['phone']}  ·  {au['email']}"],
              color=(120, 30, 60))
    pdf.txt(f"АУДИТОРЛЫҚ ҚОРЫТЫНДЫ № {ano}", size=13, style="B", align="C")
    pdf.txt("жасанды интеллект жүйесінің аудиті нәтижелері бойынша", size=10, style="I", align="C")
    pdf.ln(2)
    pdf.txt(f"Алматы қ.{' ' * 70}{f_kk(adate)}", size=10, align="L")
    pdf.ln(2)
    pdf.grid([["Тапсырыс беруші (жүйе иесі)", f"{p['name_kk']}, БСН {p['bin']}"],
              ["Жүйенің атауы", sysn], ["Нұсқасы", ver],
              ["Аудитор", f"{au['name_kk']}, БСН {au['bin']}"],
              ["Қорытындының қолданылу мерзімі", f"{f_kk2(avalid)} дейін"]],
             (4, 7), size=9.5, bold_cols=(0,), line_height=4.5)
    pdf.ln(3)
    pdf.txt("Тексеру барысы", size=10.5, style="B", align="L")
    pdf.txt("Аудит 2026 жылғы 2–13 наурыз аралығында жүргізілді: құжаттар талданды, 5 000 бейнекадрдан "
            "тұратын тәуелсіз іріктемеде тестілеу өткізілді, әзірлеушілермен сұхбат жүргізілді.", size=9.8)
    pdf.ln(1)
    pdf.txt("Аудит нәтижелері", size=10.5, style="B", align="L")
    pdf.txt("— оқыту деректерінің сапасы мен заңдылығы бағаланды: деректер көзі құжатталған, бет-бейне "
            "бұлыңғыртылған, дербес деректер өңделмейді;\n"
            "— заңмен тыйым салынған функциялардың болмауы тексерілді: жүйе адамдарды сәйкестендірмейді, "
            "әлеуметтік рейтинг жүргізбейді;\n"
            "— дәлдік пен орнықтылық талаптарға сай (F1 = 0,93).", size=9.8, align="L")
    pdf.ln(2)
    pdf.txt("ҚОРЫТЫНДЫ: ОҢ. Жүйе сенімді жасанды интеллект жүйелеріне қойылатын талаптарға сәйкес келеді.",
            size=10.5, style="B", align="L")
    pdf.ln(6)
    pdf.signature(au["head_kk"], au["head"], size=10)
    b.add_pdf("audit_qorytyndy", pdf, [(AC, "kk", F(
        conclusion_number=ano, conclusion_date=adate, auditor_name=au["name_kk"], auditor_bin=au["bin"],
        system_name=sysn, system_version=ver, system_owner=p["name_kk"], system_owner_bin=p["bin"],
        result="positive", valid_until=avalid, covers_training_data=True, covers_prohibited_functions=True))],
        scan_kind="jpeg_phone", stamp_text="«АҚИҚАТ САРАПТАМА» ЖШС * АЛМАТЫ * ", stamp_center=("БСН", au["bin"]))
    return b


# ============================================================ bundle 4 (half_2 / finance)

def b4():
    p = dict(name="ТОО «Qarjy Score»", name_kk="«Qarjy Score» ЖШС", latin="Qarjy Score LLP",
             bin=make_bin("2106", 3048), email="compliance@qarjyscore.kz", signatory="Ә. Н. Бекова",
             addr="050051, Алматы қ., Әл-Фараби даңғ., 17, 4Б блогы", sector="қаржы нарығы")
    sysn, ver = "KreditScan", "4.1.2"
    au = AUD["nomad"]
    b = Bundle("half_2", "finance", "qarjy_kreditscan", "FIN-2026-0212", "2026-03-19T12:00:00+05:00")
    app_date = "2026-03-17"

    # --- application: Kazakh numbered form, one page, phone photo
    pdf = Doc(font="sans", size=10, margins=(20, 16, 20))
    pdf.txt("Қазақстан Республикасы Қаржы нарығын реттеу\nжәне дамыту агенттігіне", size=9.5, align="R")
    pdf.ln(6)
    pdf.txt("ӨТІНІШ", size=15, style="B", align="C")
    pdf.txt("ЖИ жүйесін сенімді жүйелер тізбесіне енгізу туралы", size=10.5, style="B", align="C")
    pdf.ln(5)
    items = [
        ("1", "Өтініш беруші", p["name_kk"]),
        ("2", "Бизнес-сәйкестендіру нөмірі (БСН)", p["bin"]),
        ("3", "Мекенжайы", p["addr"]),
        ("4", "Жасанды интеллект жүйесінің атауы", sysn),
        ("5", "Жүйенің нұсқасы (релиз нөмірі)", ver),
        ("6", "Қолданылатын сала", p["sector"]),
        ("7", "Электрондық пошта", p["email"]),
    ]
    pdf.grid([[n, k, v] for n, k, v in items], (6, 40, 54), borders="HORIZONTAL_LINES", size=10,
             line_height=5)
    pdf.ln(4)
    pdf.txt("Жүйенің сипаттамасы, авторлық құқық туралы куәлік және аудиторлық қорытынды қоса беріледі. "
            "Ұсынылған мәліметтердің дұрыстығын растаймын.", size=10)
    pdf.ln(4)
    pdf.txt(f"Өтініш берілген күні: {f_kk(app_date)}", size=10, align="L")
    pdf.ln(8)
    pdf.signature("Директор", p["signatory"], size=10)
    b.add_pdf("otinish", pdf, [(AD, "kk", F(
        applicant_name=p["name_kk"], applicant_bin=p["bin"], system_name=sysn, system_version=ver,
        sector=p["sector"], application_date=app_date, contact_email=p["email"], signatory=p["signatory"]))],
        scan_kind="jpeg_phone", stamp_text="«QARJY SCORE» ЖШС * АЛМАТЫ * ", stamp_center=("БСН", p["bin"]))

    # --- system description, Russian, text layer
    pdf = Doc(font="serif", size=10.5, margins=(22, 16, 20))
    pdf.footer_text = f"{sysn} {ver} — описание системы — стр. {{page}}"
    pdf.txt("ОПИСАНИЕ СИСТЕМЫ ИСКУССТВЕННОГО ИНТЕЛЛЕКТА", size=12.5, style="B", align="L", family="sans")
    pdf.txt(f"{sysn}, релиз {ver}  |  владелец: {p['name']}", size=10, style="I", align="L")
    pdf.rule(0.3, 4)
    for h, t in [
        ("Цель внедрения", "Оценка вероятности дефолта заёмщика по беззалоговым потребительским займам "
                           "микрофинансовых организаций; сокращение срока рассмотрения заявки до 10 минут."),
        ("Перечень функций", "1) расчёт скорингового балла (300–850); 2) объяснение пяти главных факторов "
                             "решения; 3) мониторинг дрейфа данных; 4) выгрузка отчётов для риск-менеджера."),
        ("Источники данных", "Кредитная история ПКБ (по согласию заёмщика), анкетные данные, история "
                             "погашений клиентов МФО за 2018–2025 гг. (2,7 млн договоров). Пол, "
                             "национальность и язык не используются как признаки."),
        ("Управление рисками и их снижение", "Ежемесячная проверка разницы одобрений по возрастным группам и "
                                             "регионам; пороги пересматривает кредитный комитет; модель "
                                             "переобучается не чаще раза в полгода после валидации."),
        ("Надзор со стороны человека", "Отказ по заявке выше 200 000 тенге всегда подтверждает кредитный "
                                       "аналитик; клиент вправе запросить пересмотр решения человеком."),
    ]:
        pdf.txt(h, size=11, style="B", align="L", family="sans")
        pdf.txt(t)
        pdf.ln(2)
    b.add_pdf("opisanie_sistemy", pdf, [(SD, "ru", dict(SECTIONS_ALL))])

    # --- certificate, RU, image PDF
    cno, cdate = "75533", "2025-11-11"
    authors = "Бекова Әсем Нұрланқызы, Тлеубаев Руслан Маратович"
    pdf = cert_ru(cno, cdate, [
        ("Объект", "программа для ЭВМ"),
        ("Наименование", sysn),
        ("Автор (авторы)", authors),
        ("Правообладатель (правообладатели)", p["name"]),
        ("БИН правообладателя", p["bin"]),
        ("Дата создания объекта", f_dot("2025-07-14")),
        ("Номер заявки", "8340"),
    ], qr_seed=41)
    b.add_pdf("svidetelstvo", pdf, [(IC, "ru", F(
        certificate_number=cno, issue_date=cdate, object_type="программа для ЭВМ", object_title=sysn,
        authors=authors, right_holder=p["name"], right_holder_bin=p["bin"], creation_date="2025-07-14",
        application_number="8340"))], scan_kind="pdf_img_gray", stamp_text="", stamp_center=("",))

    # --- audit, English, text layer
    ano, adate, avalid = "NAP/AI/2026-027", "2026-01-22", "2027-01-22"
    pdf = audit_en(dict(
        org=au["name"], org_line=f"BIN {au['bin']}  ·  {au['addr']}",
        meta=[("Reference", ano), ("Issued", f_en2(adate)), ("Audited entity", p["latin"]),
              ("BIN of the audited entity", p["bin"]), ("System", f"{sysn}, version {ver}"),
              ("Valid until", f_en2(avalid))],
        body=[("Basis of the engagement", [f"Engagement letter of 2 December 2025 with {p['latin']}. The audit "
                                          "followed the methodology for trusted AI systems approved in 2026."]),
              ("What we examined", ["Model documentation and code, the training pipeline and data licences, "
                                    "back-testing on 140,000 closed loans, fairness metrics by age and region."]),
              ("Findings", ["Training data: the quality and lawfulness of the training data were assessed; "
                            "sources are licensed or used with borrower consent.",
                            "Prohibited functions: we confirmed the absence of prohibited functions; the system "
                            "does not use biometric or social-scoring inputs.",
                            "Performance: Gini 0.61 on out-of-time sample, within the declared range."])],
        opinion=["Result: positive. The system complies with the requirements applicable to trusted AI systems."],
        sign_pos="Partner, AI assurance", sign_name=au["partner"]))
    b.add_pdf("audit_NAP-027", pdf, [(AC, "en", F(
        conclusion_number=ano, conclusion_date=adate, auditor_name=au["name"], auditor_bin=au["bin"],
        system_name=sysn, system_version=ver, system_owner=p["latin"], system_owner_bin=p["bin"],
        result="positive", valid_until=avalid, covers_training_data=True, covers_prohibited_functions=True))])
    return b


# ============================================================ bundle 5 (half_2 / ecology) — planted XDC-02

def b5():
    p = dict(name="ТОО «Таза Ауа Технолоджис»", bin=make_bin("2208", 5127), email="hello@tazaaua.kz",
             signatory="Н. Қ. Жақыпова", addr="070004, г. Усть-Каменогорск, ул. Казахстан, 62, офис 7",
             phone="+7 (7232) 20-41-90", sector="охрана окружающей среды")
    author = dict(name="Жұмабаев Дәурен Асқарұлы", iin=make_iin("880314", "3", 1290),
                  addr="г. Усть-Каменогорск, пр. Абая, 11, кв. 45")
    sysn, ver, ver_audit = "AuaBoljam", "1.2.0", "1.1.0"
    au = AUD["aiaudit"]
    b = Bundle("half_2", "ecology", "tazaaua_auaboljam", "ECO-2026-0051", "2026-02-10T16:45:00+05:00",
               outcome="inconsistent", failing=["XDC-02"],
               planted="audit conclusion covers version 1.1.0, application declares 1.2.0")
    app_date = "2026-02-09"

    # --- application: label: value lines ("Система ИИ: наименование" order), sections inside
    pdf = Doc(font="serif", size=10.5, margins=(22, 16, 18))
    pdf.txt("В Министерство экологии и природных ресурсов Республики Казахстан", size=10, style="I",
            align="R")
    pdf.ln(5)
    pdf.txt("ЗАЯВЛЕНИЕ", size=14, style="B", align="C")
    pdf.txt("(о признании системы искусственного интеллекта доверенной)", size=10, align="C")
    pdf.ln(4)
    for k, v in [("Сведения о заявителе", p["name"]), ("БИН", p["bin"]), ("Адрес", p["addr"]),
                 ("Система ИИ: наименование", sysn), ("Система ИИ: версия", ver),
                 ("Сфера использования", p["sector"]), ("Электронная почта", p["email"]),
                 ("Телефон", p["phone"])]:
        pdf.font(10.5, "B")
        w = pdf.get_string_width(k + ": ") + 1
        pdf.cell(w, 5.6, k + ":")
        pdf.font(10.5)
        pdf.multi_cell(0, 5.6, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.txt("Краткое описание системы", size=11.5, style="B", align="C")
    pdf.ln(1)
    for h, t in [
        ("а) Назначение", "Прогноз концентрации PM2.5 и PM10 на 48 часов по районам города для "
                          "заблаговременного оповещения населения о неблагоприятных метеоусловиях."),
        ("б) Функциональные возможности", "сбор данных постов мониторинга; прогноз по часам; карта "
                                          "загрязнения; автоматический черновик предупреждения."),
        ("в) Данные", "Показания 34 постов Казгидромета и 120 датчиков AirKaz за 2019–2025 гг., прогноз "
                      "погоды ECMWF, данные о выбросах предприятий из открытых отчётов. Персональные данные "
                      "не обрабатываются."),
        ("г) Управление рисками", "Контроль ошибки прогноза (MAE) по каждому посту; при превышении порога "
                                  "— переход на консервативный режим оповещения."),
        ("д) Человеческий контроль", "Предупреждение публикует только дежурный синоптик после проверки."),
    ]:
        pdf.font(10.5, "B")
        pdf.multi_cell(0, 5.2, h, new_x="LMARGIN", new_y="NEXT")
        pdf.txt(t, size=10.2)
        pdf.ln(1)
    pdf.ln(4)
    pdf.txt(f"Дата: {f_ru(app_date, False, 'г.')}", align="L")
    pdf.ln(5)
    pdf.signature("Директор", p["signatory"])
    b.add_pdf("zayavlenie", pdf, [
        (AD, "ru", F(applicant_name=p["name"], applicant_bin=p["bin"], system_name=sysn, system_version=ver,
                     sector=p["sector"], application_date=app_date, contact_email=p["email"],
                     signatory=p["signatory"])),
        (SD, "ru", dict(SECTIONS_ALL))])

    # --- certificate (author only, no right holder), grey image PDF
    cno, cdate = "70388", "2025-07-22"
    pdf = cert_ru(cno, cdate, [
        ("Вид объекта авторского права", "программа для ЭВМ"),
        ("Название объекта", sysn),
        ("Автор", author["name"]),
        ("Дата создания объекта", f_dot("2025-03-01")),
        ("Номер заявки / дата подачи", f"5902 / {f_dot('2025-06-30')}"),
    ], qr_seed=51)
    b.add_pdf("svidetelstvo_70388", pdf, [(IC, "ru", F(
        certificate_number=cno, issue_date=cdate, object_type="программа для ЭВМ", object_title=sysn,
        authors=author["name"], creation_date="2025-03-01", application_number="5902"))],
        scan_kind="pdf_img", stamp_text="", stamp_center=("",))

    # --- authors' agreement author -> applicant, text layer
    agno, agdate, agvalid = "3-АД", "2025-08-05", "2030-08-05"
    pdf = agreement_ru(dict(
        title=f"АВТОРСКИЙ ДОГОВОР № {agno}",
        subtitle="о предоставлении исключительной лицензии на использование программы для ЭВМ",
        city="г. Усть-Каменогорск", date_str=f_ru(agdate, False, "года"),
        preamble=f"Гражданин Республики Казахстан {author['name']}, ИИН {author['iin']} (далее — Автор), с одной "
                 f"стороны, и {p['name']} (далее — Лицензиат) в лице директора Жақыпова Н. Қ., действующей "
                 "на основании Устава, с другой стороны, заключили настоящий договор.",
        clauses=[("ПРЕДМЕТ", [f"Автор предоставляет Лицензиату исключительную лицензию на использование "
                              f"программы для ЭВМ «{sysn}» (свидетельство № {cno}) всеми способами, включая "
                              "модификацию и сублицензирование.",
                              "Автор сохраняет право авторства и право на имя."]),
                 ("ВОЗНАГРАЖДЕНИЕ", ["Лицензиат выплачивает Автору роялти в размере 7 % от выручки, "
                                     "полученной от использования программы, ежеквартально."]),
                 ("СРОК", [f"Лицензия предоставляется на срок до {f_dot(agvalid)} на территории "
                           "Республики Казахстан и стран ЕАЭС."])],
        left_title="АВТОР", right_title="ЛИЦЕНЗИАТ",
        left=f"{author['name']}\nИИН {author['iin']}\n{author['addr']}\nтел. +7 701 555 18 22",
        right=f"{p['name']}\nБИН {p['bin']}\n{p['addr']}\nИИК KZ40 914A 2203 0045 7781\nАО «ForteBank»",
        left_sign="Жұмабаев Д. А.", right_sign="Жақыпова Н. Қ.", left_stamp=False))
    b.add_pdf("avtorskiy_dogovor_3-AD", pdf, [(CA, "ru", F(
        agreement_number=agno, agreement_date=agdate, grantor=author["name"], grantee=p["name"],
        grantee_bin=p["bin"], object_title=sysn, valid_until=agvalid))])

    # --- audit RU with criteria table, text layer; version 1.1.0 (planted)
    ano, adate, avalid = "2026/А-004", "2026-01-15", "2027-01-15"
    pdf = audit_ru_table(dict(
        org=au["name"], lines=[f"БИН {au['bin']}", au["addr"], f"{au['phone']}  ·  {au['email']}"],
        color=(60, 60, 120),
        title="АУДИТОРСКОЕ ЗАКЛЮЧЕНИЕ\nо соответствии системы ИИ требованиям к доверенным системам",
        number_line=f"Регистрационный № {ano}", city="г. Астана", date_str=f_ru(adate, False, "г."),
        intro=[("Владелец системы", p["name"]), ("БИН владельца", p["bin"]), ("Система", sysn),
               ("Версия системы", ver_audit), ("Аудиторская организация", au["name"]),
               ("БИН аудиторской организации", au["bin"])],
        criteria_title="Таблица 1. Критерии оценки",
        criteria_head=["№", "Требование", "Доказательства", "Оценка"],
        criteria=[["1", "Качество и законность данных для обучения", "лицензии на данные, протокол очистки",
                   "выполнено"],
                  ["2", "Отсутствие функций, запрещённых законом", "анализ функций и кода", "выполнено"],
                  ["3", "Точность прогноза", "MAE на 2025 г. по 10 постам", "выполнено"],
                  ["4", "Документирование и журналирование", "проверка журналов", "выполнено"]],
        opinion_title="Вывод",
        opinion=["Результат аудита: положительный.",
                 "В ходе аудита оценены качество и законность обучающих данных и проверено отсутствие "
                 "запрещённых функций.",
                 f"Срок действия заключения — до {f_ru(avalid, False, 'г.')}"],
        sign=[("Директор", au["head"]), ("Аудитор", au["lead"])]))
    b.add_pdf("zaklyuchenie_A-004", pdf, [(AC, "ru", F(
        conclusion_number=ano, conclusion_date=adate, auditor_name=au["name"], auditor_bin=au["bin"],
        system_name=sysn, system_version=ver_audit, system_owner=p["name"], system_owner_bin=p["bin"],
        result="positive", valid_until=avalid, covers_training_data=True, covers_prohibited_functions=True))])
    return b


# ============================================================ bundle 6 (half_2 / labor)

def b6():
    p = dict(name="АО «Еңбек Дерек Орталығы»", name_kk="«Еңбек Дерек Орталығы» АҚ", bin=make_bin("1402", 7716),
             email="ai-office@enbekderek.kz", signatory="Р. Ж. Сейітова",
             addr="010000, г. Астана, пр. Мәңгілік Ел, 8, Дом министерств, подъезд 6",
             phone="+7 (7172) 74-31-09", sector="труд и занятость населения")
    sysn, ver = "JobMatch Qazaq", "5.0"
    au = AUD["aiaudit"]
    b = Bundle("half_2", "labor", "enbek_jobmatch", "LAB-2026-0020", "2026-04-14T11:10:00+05:00")
    app_date = "2026-04-10"

    # --- application: letter with subject line + two-column details table
    pdf = Doc(font="sans", size=10.5, margins=(20, 14, 18))
    band_head(pdf, p["name"], [f"БИН {p['bin']}", p["addr"], f"{p['phone']}  ·  {p['email']}"],
              color=(0, 95, 150))
    pdf.txt(f"Исх. № 01-17/482 от {f_dot(app_date)}", size=9.5, align="L")
    pdf.txt("Министру труда и социальной защиты населения\nРеспублики Казахстан", size=10.5, align="R")
    pdf.ln(5)
    pdf.txt("О рассмотрении заявления на включение в перечень доверенных систем ИИ", size=10.5,
            style="BI", align="L")
    pdf.ln(3)
    pdf.txt(f"\u2003\u2003Просим рассмотреть заявление {p['name']} о включении системы искусственного "
            "интеллекта в перечень доверенных систем. Сведения о системе приведены ниже, описание системы "
            "(на английском языке), свидетельство о регистрации и заключение аудитора прилагаются.")
    pdf.ln(3)
    pdf.grid([["Заявитель (полное наименование)", p["name"]], ["БИН", p["bin"]],
              ["Система ИИ: наименование", sysn], ["Система ИИ: версия (релиз)", ver],
              ["Сфера применения", p["sector"]], ["Контактный e-mail", p["email"]],
              ["Дата заявления", f_ru(app_date, True, "г.")]], (9, 11), size=10, bold_cols=(0,), line_height=5)
    pdf.ln(10)
    pdf.signature("Председатель Правления", p["signatory"])
    b.add_pdf("soprovoditelnoe_zayavlenie", pdf, [(AD, "ru", F(
        applicant_name=p["name"], applicant_bin=p["bin"], system_name=sysn, system_version=ver,
        sector=p["sector"], application_date=app_date, contact_email=p["email"], signatory=p["signatory"]))])

    # --- system description, English, text layer
    pdf = Doc(font="sans", size=10, margins=(22, 16, 22))
    pdf.txt("SYSTEM DESCRIPTION", size=14, style="B", align="L")
    pdf.txt(f"{sysn} — release {ver} — owner: {p['name_kk']}", size=9.5, style="I", align="L")
    pdf.rule(0.3, 4)
    for h, t in [
        ("1. Intended purpose", "Ranking vacancies on the national e-employment platform for registered "
                                "job seekers and suggesting short vocational courses."),
        ("2. Functional scope", "Matching of CVs and vacancies in Kazakh and Russian; skill-gap detection; "
                                "course recommendations; weekly digest for career counsellors."),
        ("3. Data sources", "Anonymised records of the employment centres 2017–2025 (4.2 million CVs, "
                            "1.1 million vacancies), the national classifier of occupations, open course "
                            "catalogues. No health or ethnicity data are processed."),
        ("4. Risk mitigation", "Quarterly disparity tests by gender, age and region; a vacancy may not be "
                               "hidden by the model; incident procedure with 48-hour response."),
        ("5. Human oversight arrangements", "Career counsellors review every recommendation before it is "
                                            "sent; job seekers can ask a counsellor to redo the search."),
    ]:
        pdf.txt(h, size=11, style="B", align="L")
        pdf.txt(t)
        pdf.ln(2)
    b.add_pdf("system_description_en", pdf, [(SD, "en", dict(SECTIONS_ALL))])

    # --- certificate bilingual, flatbed JPEG
    cno, cdate = "77290", "2026-01-20"
    authors = "Сейітова Райхан Жанатқызы, Петров Глеб Олегович"
    pdf = cert_bilingual(cno, cdate, [
        ("Тіркеу нөмірі", "Регистрационный номер", cno),
        ("Тізілімге енгізілген күні", "Дата внесения в реестр", f_dot(cdate)),
        ("Авторлық құқық объектісі", "Объект авторского права", "ЭЕМ-ге арналған бағдарлама"),
        ("Атауы", "Название", sysn),
        ("Авторы (авторлары)", "Автор (авторы)", authors),
        ("Құқық иеленуші", "Правообладатель", p["name_kk"]),
        ("Құқық иеленушінің БСН", "БИН правообладателя", p["bin"]),
        ("Өтінімнің нөмірі", "Номер заявки", "10264"),
    ], qr_seed=61)
    b.add_pdf("kualik_svidetelstvo_77290", pdf, [(IC, "kk", F(
        certificate_number=cno, issue_date=cdate, object_type="ЭЕМ-ге арналған бағдарлама", object_title=sysn,
        authors=authors, right_holder=p["name_kk"], right_holder_bin=p["bin"], application_number="10264"))],
        scan_kind="jpeg_flat", stamp_text="", stamp_center=("",))

    # --- audit RU with criteria table, image PDF
    ano, adate, avalid = "2026/А-019", "2026-03-27", "2027-03-27"
    pdf = audit_ru_table(dict(
        org=au["name"], lines=[f"БИН {au['bin']}", au["addr"], f"{au['phone']}  ·  {au['email']}"],
        color=(60, 60, 120),
        title="ЗАКЛЮЧЕНИЕ ПО РЕЗУЛЬТАТАМ АУДИТА\nсистемы искусственного интеллекта",
        number_line=f"№ {ano}", city="г. Астана", date_str=f_dot(adate),
        intro=[("Собственник системы", f"{p['name']} (БИН {p['bin']})"), ("Наименование системы", sysn),
               ("Номер версии", ver), ("Основание", "договор на оказание аудиторских услуг № 14-АУ от 02.02.2026")],
        criteria_head=["№", "Проверяемый аспект", "Как проверялось", "Вывод"],
        criteria=[["1", "Законность происхождения и качество обучающих данных", "аудит источников, выборка "
                   "3 000 резюме", "соответствует"],
                  ["2", "Отсутствие запрещённых функций (дискриминация, скрытое воздействие)", "сценарное "
                   "тестирование", "соответствует"],
                  ["3", "Равенство результатов для групп соискателей", "метрики disparate impact",
                   "соответствует"]],
        opinion=["Заключение: положительное. Система соответствует требованиям, предъявляемым к доверенным "
                 "системам ИИ.",
                 "Качество и законность обучающих данных оценены; отсутствие запрещённых законом функций "
                 "подтверждено.",
                 f"Действительно до {f_dot(avalid)}."],
        sign=[("Директор", au["head"])]))
    b.add_pdf("audit_A-019", pdf, [(AC, "ru", F(
        conclusion_number=ano, conclusion_date=adate, auditor_name=au["name"], auditor_bin=au["bin"],
        system_name=sysn, system_version=ver, system_owner=p["name"], system_owner_bin=p["bin"],
        result="positive", valid_until=avalid, covers_training_data=True, covers_prohibited_functions=True))],
        scan_kind="pdf_img", stamp_text="ТОО «ЭЙАЙ АУДИТ СЕРВИС» * АСТАНА * ", stamp_center=("БИН", au["bin"]))
    return b


# ============================================================ self-check and main

SKIP = {"covers_training_data", "covers_prohibited_functions", "result"}


def check_text(b) -> list[str]:
    """Every expected string value of every text-layer (source PDF for scans too) must be printed."""
    problems = []
    for d in b.docs:
        src = b.sources[d["file"]].get("pdf")
        if src is None:
            continue
        text = fl.pdf_text(src)
        for k, v in d["fields"].items():
            if k in SKIP or isinstance(v, bool):
                continue
            forms = fl.all_date_forms(v) if (len(v) == 10 and v[4] == "-" and v[7] == "-") else {v}
            if not any(f in text for f in forms):
                problems.append(f"{b.slug}/{d['file']}: {k}={v!r} not found"
                                + ("" if d["text_source"] == "text_layer" else " (scan source)"))
    return problems


def main():
    bundles = [b1(), b2(), b3(), b4(), b5(), b6()]
    for half in ("half_1", "half_2"):
        shutil.rmtree(HERE / half, ignore_errors=True)
    problems = []
    for b in bundles:
        b.write(HERE)
        problems += check_text(b)
    with open(HERE / "accredited_auditors.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["bin", "name"])
        for bin_, name in AUD_CSV:
            w.writerow([bin_, name])
    for pr in problems:
        print("CHECK:", pr)
    n = sum(len(b.files) for b in bundles)
    print(f"{len(bundles)} bundles, {n} files under {HERE}; {len(problems)} check problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
