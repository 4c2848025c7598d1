"""Document builders for the fresh test set. Each returns a fresh_lib.Doc (PDF being laid out).

The layouts imitate different issuers on purpose: letters on company letterhead, numbered forms,
ruled tables with wrapped labels, Kazakh/Russian parallel columns, the state certificate form,
auditors' own report formats, agreements with the parties' details in two columns.
"""
from __future__ import annotations

from fresh_lib import Doc, f_dot, f_en, f_en2, f_kk, f_kk2, f_ru, f_slash

# ============================================================ shared pieces


def letterhead(pdf: Doc, name, lines, family="sans", size=14, align="L", color=(20, 45, 95), rule=True):
    pdf.set_text_color(*color)
    pdf.txt(name, size=size, style="B", align=align, family=family)
    pdf.set_text_color(60, 60, 60)
    for ln in lines:
        pdf.txt(ln, size=8.5, align=align, family=family)
    pdf.set_text_color(0, 0, 0)
    if rule:
        pdf.ln(1)
        pdf.set_draw_color(*color)
        pdf.rule(0.8, 0.6)
        pdf.rule(0.2, 3)
        pdf.set_draw_color(0, 0, 0)


def qr_box(pdf: Doc, x, y, size=22, seed=7):
    """Decorative QR-like square (vector), as printed on e-documents."""
    import random
    rnd = random.Random(seed)
    n = 21
    c = size / n
    pdf.set_fill_color(0, 0, 0)
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                ii, jj = i % (n - 7) if i >= n - 7 else i, j % (n - 7) if j >= n - 7 else j
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = rnd.random() < 0.45
            if on:
                pdf.rect(x + j * c, y + i * c, c, c, style="F")


def emblem(pdf: Doc, cx, cy, r=9):
    pdf.set_draw_color(120, 100, 40)
    pdf.set_line_width(0.5)
    pdf.circle(cx, cy, r)
    pdf.circle(cx, cy, r * 0.62)
    for k in range(16):
        import math
        a = k * math.pi / 8
        pdf.line(cx + r * 0.62 * math.cos(a), cy + r * 0.62 * math.sin(a),
                 cx + r * 0.95 * math.cos(a), cy + r * 0.95 * math.sin(a))
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)


def two_cols(pdf: Doc, rows, size=9.5, widths=(1, 1), borders="NONE", family=None, bold_rows=()):
    """Parallel columns (Kazakh | Russian). rows: list of (left, right); bold_rows: indexes printed bold."""
    out = []
    for i, (a, b) in enumerate(rows):
        if i in bold_rows:
            out.append([{"text": a, "bold": True}, {"text": b, "bold": True}])
        else:
            out.append([a, b])
    pdf.grid(out, widths, borders=borders, size=size, family=family, padding=(1.2, 3, 1.2, 3))


# ============================================================ applications


def app_letter_ru(o):
    """Letter on company letterhead with running prose (style 3); optional description as annex."""
    pdf = Doc(font="serif", size=11)
    letterhead(pdf, o["applicant"], [
        f"БИН {o['bin']}   ·   {o['address']}",
        f"тел.: {o['phone']}   ·   e-mail: {o['email']}   ·   {o.get('web', '')}".rstrip(" ·"),
    ])
    y = pdf.get_y()
    pdf.font(10)
    pdf.multi_cell(70, 5, f"Исх. № {o['out_no']}\nот {o['date_str']}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(105, y)
    pdf.font(11)
    pdf.multi_cell(90, 5.2, o["addressee"], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.txt(o["subject"], size=10.5, style="I", align="L")
    pdf.ln(4)
    if o.get("salutation"):
        pdf.txt(o["salutation"], align="C")
        pdf.ln(2)
    for para in o["body"]:
        pdf.set_x(pdf.l_margin)
        pdf.txt("\u2003\u2003" + para)
        pdf.ln(1.2)
    if o.get("annex_list"):
        pdf.ln(2)
        pdf.txt("Приложения:", size=10, style="B", align="L")
        for i, a in enumerate(o["annex_list"], 1):
            pdf.txt(f"{i}. {a}", size=10, align="L", indent=4)
    pdf.ln(8)
    pdf.signature(o["position"], o["signatory_print"])
    if o.get("executor"):
        pdf.ln(4)
        pdf.txt(o["executor"], size=8, align="L")
    if o.get("sysdesc"):
        pdf.add_page()
        pdf.txt(o["annex_header"], size=9, style="I", align="R")
        pdf.ln(3)
        pdf.heading(o["sysdesc_title"], size=12)
        for head, body in o["sysdesc"]:
            pdf.ln(1.5)
            pdf.txt(head, size=11, style="B", align="L")
            pdf.txt(body, size=10.5)
        pdf.ln(6)
        pdf.signature(o["position"], o["signatory_print"], stamp=False)
    return pdf


def app_letter_kk(o):
    """Kazakh letter (хат) on letterhead with prose and the description below."""
    pdf = Doc(font="sans", size=10.5)
    letterhead(pdf, o["applicant"], [
        f"БСН {o['bin']}   ·   {o['address']}",
        f"тел.: {o['phone']}   ·   e-mail: {o['email']}",
    ], family="sans", align="C", color=(0, 90, 80))
    y = pdf.get_y()
    pdf.font(9.5)
    pdf.multi_cell(70, 5, f"Шығыс № {o['out_no']}\n{o['date_str']}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(110, y)
    pdf.font(10.5, "B")
    pdf.multi_cell(85, 5, o["addressee"], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.txt(o["subject"], size=10, style="I", align="L")
    pdf.ln(3)
    for para in o["body"]:
        pdf.txt("\u2003\u2003" + para)
        pdf.ln(1)
    pdf.ln(2)
    pdf.txt(o["sysdesc_title"], size=11, style="B", align="C")
    for head, body in o["sysdesc"]:
        pdf.ln(1)
        pdf.txt(head, size=10.5, style="B", align="L")
        pdf.txt(body, size=10)
    pdf.ln(6)
    pdf.signature(o["position"], o["signatory_print"])
    return pdf


def app_numbered_ru(o):
    """Plain «ЗАЯВЛЕНИЕ» laid out as a numbered form (style 4)."""
    pdf = Doc(font="serif", size=11)
    pdf.set_x(110)
    pdf.font(10.5)
    pdf.multi_cell(85, 5, o["addressee"], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.heading("ЗАЯВЛЕНИЕ", size=14)
    pdf.txt("о включении системы искусственного интеллекта в перечень доверенных систем "
            "искусственного интеллекта высокой степени риска", size=11, align="C")
    pdf.ln(5)
    n = 0
    for label, value in o["items"]:
        n += 1
        pdf.font(11)
        pdf.multi_cell(0, 5.6, f"{n}. {label}: {value}", align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    if o.get("sysdesc"):
        n += 1
        pdf.ln(1)
        pdf.txt(f"{n}. {o.get('sysdesc_label', 'Описание системы')}:", style="B", align="L")
        for k, (head, body) in enumerate(o["sysdesc"], 1):
            pdf.txt(f"{n}.{k}. {head}", size=10.5, style="B", align="L", indent=5)
            pdf.font(10.5)
            pdf.set_x(pdf.l_margin + 5)
            pdf.multi_cell(0, 5, body, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
    if o.get("attachments"):
        n += 1
        pdf.ln(1)
        pdf.txt(f"{n}. Прилагаемые документы:", align="L")
        for a in o["attachments"]:
            pdf.txt(f"— {a}", size=10.5, align="L", indent=5)
    pdf.ln(3)
    if o.get("declaration"):
        pdf.txt(o["declaration"], size=10, style="I")
        pdf.ln(3)
    pdf.txt(f"{o['date_label']}: {o['date_str']}", align="L")
    pdf.ln(6)
    pdf.signature(o["position"], o["signatory_print"])
    return pdf


def app_numbered_kk(o):
    """Kazakh «ӨТІНІШ» numbered form with the description as item 7."""
    pdf = Doc(font="serif", size=10.5)
    pdf.set_x(110)
    pdf.font(10)
    pdf.multi_cell(85, 5, o["addressee"], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.heading("ӨТІНІШ", size=14)
    pdf.txt("жасанды интеллект жүйесін жоғары тәуекел дәрежесіндегі сенім білдірілген жасанды интеллект "
            "жүйелерінің тізбесіне енгізу туралы", size=10.5, align="C")
    pdf.ln(5)
    for n, (label, value) in enumerate(o["items"], 1):
        pdf.font(10.5)
        pdf.multi_cell(0, 5.5, f"{n}. {label}: {value}", align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)
    n = len(o["items"]) + 1
    pdf.ln(1)
    pdf.txt(f"{n}. Жасанды интеллект жүйесінің сипаттамасы:", style="B", align="L")
    for k, (head, body) in enumerate(o["sysdesc"], 1):
        pdf.txt(f"{n}.{k}. {head}", size=10.5, style="B", align="L", indent=5)
        pdf.font(10)
        pdf.set_x(pdf.l_margin + 5)
        pdf.multi_cell(0, 5, body, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)
    pdf.ln(3)
    pdf.txt(o["declaration"], size=9.5, style="I")
    pdf.ln(3)
    pdf.txt(f"Күні: {o['date_str']}", align="L")
    pdf.ln(6)
    pdf.signature(o["position"], o["signatory_print"])
    return pdf


def app_table_ru(o):
    """Official form as a numbered ruled table; the label column is narrow so labels wrap (style 2)."""
    pdf = Doc(font="sans", size=9.5)
    pdf.txt(o.get("form_code", "Приложение 1\nк Правилам формирования перечня доверенных систем\n"
                  "искусственного интеллекта высокой степени риска\nФорма"), size=8, align="R")
    pdf.ln(4)
    pdf.heading("ЗАЯВКА", size=13)
    pdf.txt("на включение системы искусственного интеллекта в перечень доверенных систем искусственного "
            "интеллекта высокой степени риска", size=10, align="C")
    pdf.ln(2)
    pdf.txt(o["addressee_line"], size=9.5, align="C", style="I")
    pdf.ln(4)
    rows = []
    for no, label, value in o["rows"]:
        rows.append([no, label, value])
    pdf.grid(rows, (9, 52, 114), header=["№ п/п", "Наименование сведений", "Сведения"], size=9.5,
             bold_cols=(), line_height=4.6)
    pdf.ln(6)
    pdf.txt(o.get("declaration", "Достоверность представленных сведений подтверждаю."), size=9.5)
    pdf.ln(8)
    pdf.signature(o["position"], o["signatory_print"], size=10)
    pdf.txt("М.П.", size=8.5, align="L")
    return pdf


def app_bilingual(o):
    """Kazakh and Russian side by side in two columns (style 1), description included."""
    pdf = Doc(font="serif", size=10, margins=(15, 14, 15))
    two_cols(pdf, [(o["addressee_kk"], o["addressee_ru"])], size=9.5, widths=(1, 1))
    pdf.ln(5)
    two_cols(pdf, [("ӨТІНІШ", "ЗАЯВЛЕНИЕ"),
                   ("жасанды интеллект жүйесін жоғары тәуекелді сенім білдірілген жасанды интеллект "
                    "жүйелерінің тізбесіне енгізу туралы",
                    "о включении системы искусственного интеллекта в перечень доверенных систем "
                    "искусственного интеллекта высокой степени риска")], size=10.5, bold_rows=(0,))
    pdf.ln(3)
    two_cols(pdf, o["fields"], size=10, borders="INTERNAL")
    pdf.ln(4)
    two_cols(pdf, [("Жүйенің сипаттамасы", "Описание системы")], size=11, bold_rows=(0,))
    rows, bold = [], []
    for (hk, bk), (hr, br) in zip(o["sysdesc_kk"], o["sysdesc_ru"]):
        bold.append(len(rows))
        rows.append((hk, hr))
        rows.append((bk, br))
    two_cols(pdf, rows, size=9.5, bold_rows=tuple(bold), borders="INTERNAL")
    pdf.ln(5)
    two_cols(pdf, [(o["decl_kk"], o["decl_ru"])], size=9)
    pdf.ln(6)
    pdf.signature(o["position"], o["signatory_print"], size=10)
    return pdf


def app_table_bilingual(o):
    """Ruled table with Kazakh/Russian labels stacked in a narrow column, one value column."""
    pdf = Doc(font="sans", size=9.5)
    pdf.txt("Сенім білдірілген жасанды интеллект жүйелерінің тізбесіне енгізуге арналған өтінім\n"
            "Заявка на включение в перечень доверенных систем искусственного интеллекта", size=11,
            style="B", align="C")
    pdf.ln(2)
    pdf.txt(o["addressee_line"], size=9, align="C", style="I")
    pdf.ln(4)
    rows = [[no, label, value] for no, label, value in o["rows"]]
    pdf.grid(rows, (8, 60, 107), header=["№", "Атауы / Наименование", "Мәліметтер / Сведения"], size=9,
             line_height=4.4)
    pdf.ln(6)
    pdf.signature(o["position"], o["signatory_print"], size=9.5)
    pdf.txt("М.О. / М.П.", size=8.5, align="L")
    return pdf


# ============================================================ separate system descriptions


def sysdesc_techdoc(o):
    """«Техническая документация. Система X. Описание» — a separate document."""
    pdf = Doc(font=o.get("font", "sans"), size=10.5)
    pdf.footer_text = o.get("footer")
    pdf.txt(o["owner_line"], size=9, align="R")
    pdf.ln(70 if o.get("title_page") else 12)
    for ln in o["title_lines"]:
        pdf.heading(ln, size=o.get("title_size", 14), gap=1)
    pdf.ln(4)
    if o.get("meta_rows"):
        if o.get("title_page"):
            pdf.ln(20)
            pdf.set_x(45)
        pdf.grid(o["meta_rows"], (1, 2), size=9, width=120)
        pdf.ln(6)
    if o.get("title_page"):
        if o.get("title_note"):
            pdf.set_y(250)
            pdf.txt(o["title_note"], size=10, align="C")
        pdf.add_page()
    for head, body in o["sections"]:
        pdf.ln(2)
        pdf.txt(head, size=11.5, style="B", align="L")
        pdf.ln(0.5)
        pdf.txt(body)
    if o.get("closing"):
        pdf.ln(6)
        pdf.txt(o["closing"], size=9.5, align="L")
    if o.get("sign"):
        pdf.ln(6)
        pdf.signature(o["sign"][0], o["sign"][1], stamp=o.get("stamp", False))
    return pdf


# ============================================================ certificates


def cert_ru(o):
    """Certificate of entry into the state register of copyright (Kazpatent style), Russian."""
    pdf = Doc(font="serif", size=11, margins=(22, 14, 22))
    pdf.set_draw_color(150, 120, 50)
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, 190, 277)
    pdf.set_line_width(0.3)
    pdf.rect(12, 12, 186, 273)
    pdf.set_draw_color(0, 0, 0)
    emblem(pdf, 105, 26)
    pdf.set_y(38)
    pdf.txt("РЕСПУБЛИКА КАЗАХСТАН", size=10, style="B", align="C")
    pdf.txt("Министерство юстиции Республики Казахстан\n"
            "РГП на ПХВ «Национальный институт интеллектуальной собственности»", size=9, align="C")
    pdf.ln(6)
    pdf.set_text_color(120, 20, 20)
    pdf.txt("СВИДЕТЕЛЬСТВО", size=20, style="B", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.txt("о внесении сведений в государственный реестр прав\nна объекты, охраняемые авторским правом",
            size=11.5, style="B", align="C")
    pdf.ln(4)
    if o.get("variant") == "table":
        pdf.ln(2)
        pdf.grid([[k, v] for k, v in o["rows"]], (2, 3), size=10, line_height=5)
    else:
        pdf.txt(o["number_line"], size=13, style="B", align="C")
        pdf.ln(4)
        for label, value in o["rows"]:
            pdf.font(10.5, "B")
            pdf.multi_cell(0, 5.4, label, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.font(11)
            pdf.set_x(pdf.l_margin + 6)
            pdf.multi_cell(0, 5.4, value, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.6)
    pdf.ln(4)
    pdf.txt(o.get("legal_note", "Сведения о правах внесены в государственный реестр прав на объекты, "
                                "охраняемые авторским правом, в соответствии с Законом Республики Казахстан "
                                "«Об авторском праве и смежных правах»."), size=8.5, style="I")
    pdf.ln(8)
    ysig = pdf.get_y()
    pdf.signature(o.get("sign_pos", "Директор"), o.get("sign_name", "Е. Ж. Қасымбеков"), size=10,
                  stamp=False, sign=False)
    qr_box(pdf, 165, min(ysig + 14, 255), 20, seed=o.get("qr_seed", 3))
    pdf.set_xy(22, min(ysig + 16, 257))
    pdf.txt("Документ сформирован и подписан электронной цифровой подписью.\n"
            "Проверить подлинность можно на сайте kazpatent.kz", size=7.5, align="L")
    return pdf


def cert_bilingual(o):
    """The same state form printed with Kazakh and Russian in parallel columns."""
    pdf = Doc(font="serif", size=10, margins=(18, 14, 18))
    pdf.set_draw_color(20, 80, 140)
    pdf.set_line_width(1.0)
    pdf.rect(9, 9, 192, 279)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    emblem(pdf, 105, 24, r=8)
    pdf.set_y(35)
    two_cols(pdf, [("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ", "РЕСПУБЛИКА КАЗАХСТАН"),
                   ("Қазақстан Республикасы Әділет министрлігінің «Ұлттық зияткерлік меншік институты» ШЖҚ РМК",
                    "РГП на ПХВ «Национальный институт интеллектуальной собственности» Министерства юстиции "
                    "Республики Казахстан")], size=8.5, bold_rows=(0,))
    pdf.ln(3)
    two_cols(pdf, [("КУӘЛІК", "СВИДЕТЕЛЬСТВО")], size=17, bold_rows=(0,))
    two_cols(pdf, [("авторлық құқықпен қорғалатын объектілерге құқықтардың мемлекеттік тізіліміне "
                    "мәліметтерді енгізу туралы",
                    "о внесении сведений в государственный реестр прав на объекты, охраняемые "
                    "авторским правом")], size=9.5, bold_rows=(0,))
    pdf.ln(3)
    pdf.txt(o["number_line"], size=14, style="B", align="C")
    pdf.ln(3)
    rows, bold = [], []
    for (lk, vk), (lr, vr) in o["rows"]:
        bold.append(len(rows))
        rows.append((lk, lr))
        rows.append((vk, vr))
    two_cols(pdf, rows, size=10, bold_rows=tuple(bold), borders="INTERNAL")
    pdf.ln(5)
    two_cols(pdf, [("Директор", "Директор")], size=9.5)
    pdf.ln(1)
    pdf.txt(o.get("sign_name", "Е. Ж. Қасымбеков"), size=10, align="C")
    pdf.marks.append((pdf.page_no() - 1, 75, pdf.get_y() - 6, "stamp"))
    qr_box(pdf, 95, pdf.get_y() + 4, 20, seed=o.get("qr_seed", 5))
    return pdf


# ============================================================ agreements


def agreement_ru(o):
    """Copyright agreement (assignment or licence) with a two-column parties' details block."""
    pdf = Doc(font="serif", size=10.5)
    pdf.heading(o["title"], size=12.5, gap=1)
    pdf.txt(o["subtitle"], size=11, style="B", align="C")
    pdf.ln(4)
    y = pdf.get_y()
    pdf.font(10.5)
    pdf.cell(80, 5, o["city"])
    pdf.set_xy(110, y)
    pdf.cell(80, 5, o["date_str"], align="R")
    pdf.ln(9)
    pdf.txt("\u2003\u2003" + o["preamble"])
    for head, paras in o["sections"]:
        pdf.ln(2)
        pdf.txt(head, size=10.5, style="B", align="C")
        for p in paras:
            pdf.txt(p, size=10)
    pdf.ln(4)
    if pdf.get_y() > 200:
        pdf.add_page()
    pdf.txt(o.get("details_title", "РЕКВИЗИТЫ И ПОДПИСИ СТОРОН"), size=10.5, style="B", align="C")
    pdf.ln(2)
    pdf.grid([[{"text": o["left_head"], "bold": True}, {"text": o["right_head"], "bold": True}],
              [o["left"], o["right"]]], (1, 1), borders="NONE", size=9.5, padding=(1, 3, 1, 3))
    # seals of both parties over the bottom of their columns (used when the agreement is scanned)
    y = pdf.get_y()
    pg = pdf.page_no() - 1
    seals = o.get("seals", (True, True))
    epw = pdf.w - pdf.l_margin - pdf.r_margin
    for col, has_seal in enumerate(seals):
        x0 = pdf.l_margin + col * epw / 2
        pdf.marks.append((pg, x0 + 6, y - 13, "sign"))
        if has_seal:
            pdf.marks.append((pg, x0 + 40, y - 11, "stamp"))
    return pdf


# ============================================================ audit conclusions


def audit_ru(o):
    """Russian audit conclusion on the auditor's letterhead; the auditor is named in the letterhead,
    the «Исполнитель» line and the signature block (no «Аудитор:» label) when o['executor_style']."""
    pdf = Doc(font=o.get("font", "sans"), size=o.get("size", 10))
    letterhead(pdf, o["auditor"], o["auditor_lines"], family="sans", size=13, align=o.get("lh_align", "L"),
               color=o.get("color", (110, 20, 40)))
    pdf.ln(2)
    pdf.heading(o["title"], size=12.5, gap=0.5)
    pdf.txt(o["subtitle"], size=10.5, align="C")
    pdf.ln(3)
    y = pdf.get_y()
    pdf.font(10)
    pdf.cell(80, 5, o["city"])
    pdf.set_xy(110, y)
    pdf.cell(0, 5, o["date_str"], align="R")
    pdf.ln(8)
    for label, value in o["head_rows"]:
        pdf.font(10, "B")
        w = o.get("label_w", 52)
        y0 = pdf.get_y()
        pdf.multi_cell(w - 2, 5, label, align="L", new_x="LMARGIN", new_y="NEXT")
        yl = pdf.get_y()
        pdf.set_xy(pdf.l_margin + w, y0)
        pdf.font(10)
        pdf.multi_cell(0, 5, value, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(pdf.get_y(), yl, y0 + 5))
        pdf.ln(0.8)
    pdf.ln(2)
    for head, body in o["sections"]:
        if head:
            pdf.txt(head, size=10.5, style="B", align="L")
        if isinstance(body, list):  # criteria table
            pdf.ln(1)
            pdf.grid(body, (3, 1.3), header=o.get("table_header", ["Критерий оценки", "Результат"]), size=9.5,
                     line_height=4.6)
            pdf.ln(2)
        else:
            pdf.txt(body)
            pdf.ln(1.5)
    pdf.ln(2)
    pdf.txt(o["conclusion"], style="B")
    if o.get("validity"):
        pdf.ln(1)
        pdf.txt(o["validity"])
    pdf.ln(6)
    for pos, name in o["signers"]:
        pdf.signature(pos, name, stamp=(pos == o["signers"][-1][0]))
    if o.get("executor"):
        pdf.ln(2)
        pdf.txt(o["executor"], size=8.5, align="L")
    return pdf


def audit_en(o):
    """English independent audit report."""
    pdf = Doc(font="serif", size=10.5)
    letterhead(pdf, o["auditor"], o["auditor_lines"], family="sans", size=15, align="R", color=(15, 70, 60))
    pdf.ln(2)
    pdf.txt("INDEPENDENT AUDIT REPORT", size=14, style="B", align="L", family="sans")
    pdf.txt(o["subtitle"], size=10.5, style="I", align="L")
    pdf.ln(3)
    pdf.grid([[k, v] for k, v in o["head_rows"]], (1, 2.2), borders="HORIZONTAL_LINES", size=9.5,
             line_height=4.8, width=170, bold_cols=(0,))
    pdf.ln(4)
    for head, body in o["sections"]:
        pdf.txt(head, size=11, style="B", align="L", family="sans")
        if isinstance(body, list):
            pdf.ln(1)
            pdf.grid(body, (3, 1.2), header=["Criterion", "Result"], size=9.5, line_height=4.6)
            pdf.ln(2)
        else:
            pdf.txt(body, size=10)
            pdf.ln(2)
    pdf.txt(o["opinion_head"], size=11, style="B", align="L", family="sans")
    pdf.txt(o["opinion"], size=10)
    pdf.ln(2)
    if o.get("validity"):
        pdf.txt(o["validity"], size=10)
    pdf.ln(6)
    pdf.signature(o["sign_pos"], o["sign_name"], size=10)
    pdf.txt(o["place_date"], size=9.5, align="L")
    return pdf


def audit_kk(o):
    """Kazakh «Аудиторлық қорытынды»."""
    pdf = Doc(font="serif", size=10.5)
    letterhead(pdf, o["auditor"], o["auditor_lines"], family="sans", size=13, align="C", color=(0, 85, 120))
    pdf.ln(2)
    pdf.heading(o["title"], size=13, gap=0.5)
    pdf.txt(o["subtitle"], size=10.5, align="C")
    pdf.ln(3)
    y = pdf.get_y()
    pdf.font(10)
    pdf.cell(80, 5, o["city"])
    pdf.set_xy(110, y)
    pdf.cell(0, 5, o["date_str"], align="R")
    pdf.ln(8)
    pdf.grid([[k, v] for k, v in o["head_rows"]], (1, 1.8), borders="ALL", size=9.5, line_height=4.8,
             bold_cols=(0,))
    pdf.ln(4)
    for head, body in o["sections"]:
        if head:
            pdf.txt(head, size=10.5, style="B", align="L")
        if isinstance(body, list):
            pdf.ln(1)
            pdf.grid(body, (3, 1.3), header=["Бағалау өлшемшарты", "Нәтиже"], size=9.5, line_height=4.6)
            pdf.ln(2)
        else:
            pdf.txt(body, size=10)
            pdf.ln(1.5)
    pdf.ln(1)
    pdf.txt(o["conclusion"], style="B")
    pdf.ln(1)
    pdf.txt(o["validity"])
    pdf.ln(7)
    for pos, name in o["signers"]:
        pdf.signature(pos, name, stamp=(pos == o["signers"][-1][0]))
    return pdf


# ============================================================ other


def power_of_attorney(o):
    pdf = Doc(font="serif", size=11)
    letterhead(pdf, o["company"], o["company_lines"], family="serif", size=12, align="C")
    pdf.heading(f"ДОВЕРЕННОСТЬ № {o['number']}", size=13)
    y = pdf.get_y()
    pdf.font(10.5)
    pdf.cell(80, 5, o["city"])
    pdf.set_xy(110, y)
    pdf.cell(0, 5, o["date_str"], align="R")
    pdf.ln(10)
    for p in o["body"]:
        pdf.txt("\u2003\u2003" + p)
        pdf.ln(1.5)
    pdf.ln(8)
    pdf.txt(f"Подпись доверенного лица ______________ {o['agent_short']} удостоверяю.", size=10.5, align="L")
    pdf.ln(8)
    pdf.signature(o["position"], o["signatory_print"])
    return pdf
