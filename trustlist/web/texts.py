"""The web pages' own words in Russian, Kazakh and English (reports carry theirs)."""

from __future__ import annotations

LANGUAGES = ("ru", "kk", "en")
LANGUAGE_NAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}

TEXTS: dict[str, dict[str, str]] = {
    "app": {
        "ru": "Реестр доверенных ИИ-систем",
        "kk": "Сенімді ЖИ жүйелерінің тізілімі",
        "en": "Trusted AI list",
    },
    "queue": {"ru": "Очередь", "kk": "Кезек", "en": "Queue"},
    "public_list": {"ru": "Опубликованные перечни", "kk": "Жарияланған тізімдер", "en": "Published lists"},
    "sign_in": {"ru": "Войти", "kk": "Кіру", "en": "Sign in"},
    "sign_out": {"ru": "Выйти", "kk": "Шығу", "en": "Sign out"},
    "sign_out_confirm": {
        "ru": "Завершить сеанс?",
        "kk": "Сеансты аяқтау керек пе?",
        "en": "End your session?",
    },
    "username": {"ru": "Имя пользователя", "kk": "Пайдаланушы аты", "en": "Username"},
    "password": {"ru": "Пароль", "kk": "Құпиясөз", "en": "Password"},
    "bad_login": {
        "ru": "Неверное имя пользователя или пароль.",
        "kk": "Пайдаланушы аты немесе құпиясөз қате.",
        "en": "Wrong username or password.",
    },
    "signin_wait": {
        "ru": "Слишком много неудачных попыток входа. Повторите через {seconds} с.",
        "kk": "Кіру әрекеттері тым көп сәтсіз болды. {seconds} секундтан кейін қайталаңыз.",
        "en": "Too many failed sign-ins. Try again in {seconds} s.",
    },
    "signed_in_as": {"ru": "Вы вошли как", "kk": "Сіз кірдіңіз:", "en": "Signed in as"},
    "agency": {"ru": "Ведомство", "kk": "Ведомство", "en": "Agency"},
    "application": {"ru": "Заявка", "kk": "Өтінім", "en": "Application"},
    "system": {"ru": "Система", "kk": "Жүйе", "en": "System"},
    "applicant": {"ru": "Заявитель", "kk": "Өтініш беруші", "en": "Applicant"},
    "status": {"ru": "Статус", "kk": "Мәртебе", "en": "Status"},
    "outcome": {"ru": "Результат проверки", "kk": "Тексеру нәтижесі", "en": "Check outcome"},
    "revision": {"ru": "Редакция", "kk": "Нұсқа", "en": "Revision"},
    "received": {"ru": "Получено", "kk": "Алынды", "en": "Received"},
    "review_due": {"ru": "Срок рассмотрения", "kk": "Қарау мерзімі", "en": "Review due"},
    "days_left": {"ru": "Осталось раб. дней", "kk": "Қалған жұмыс күні", "en": "Working days left"},
    "empty_queue": {
        "ru": "Заявок пока нет.",
        "kk": "Әзірге өтінімдер жоқ.",
        "en": "No applications yet.",
    },
    "awaiting_review": {"ru": "ожидает решения", "kk": "шешім күтуде", "en": "awaiting review"},
    "accepted": {"ru": "принята", "kk": "қабылданды", "en": "accepted"},
    "returned": {"ru": "возвращена", "kk": "қайтарылды", "en": "returned"},
    "unreadable": {"ru": "запись не читается", "kk": "жазба оқылмайды", "en": "record unreadable"},
    "unreadable_note": {
        "ru": "файл заявки повреждён; администратор увидит подробности в журнале",
        "kk": "өтінім файлы бүлінген; әкімші толығын журналдан көреді",
        "en": "the application's file is damaged; the operator finds the details in the log",
    },
    "decision": {"ru": "Решение", "kk": "Шешім", "en": "Decision"},
    "accept": {"ru": "Включить в перечень", "kk": "Тізімге енгізу", "en": "Accept onto the list"},
    "return": {"ru": "Вернуть с замечаниями", "kk": "Ескертулермен қайтару", "en": "Return with reasons"},
    "reasons": {
        "ru": "Причины возврата (отметьте проверки и/или напишите, по одной в строке)",
        "kk": "Қайтару себептері (тексерулерді белгілеңіз және/немесе әр жолға біреуден жазыңыз)",
        "en": "Reasons for returning (tick checks and/or write them, one a line)",
    },
    "reasons_short": {"ru": "Причины", "kk": "Себептер", "en": "Reasons"},
    "record": {"ru": "Записать решение", "kk": "Шешімді жазу", "en": "Record decision"},
    "decision_on": {
        "ru": "Редакция, по которой принимается решение",
        "kk": "Шешім қабылданатын нұсқа",
        "en": "Revision decided on",
    },
    "accept_rule": {
        "ru": "Включить в перечень можно только полную заявку: каждая блокирующая проверка выполнена "
        "или снята экспертом с письменным обоснованием.",
        "kk": "Тізімге тек толық өтінім енгізіледі: әрбір бұғаттаушы тексеру орындалған немесе "
        "сарапшы жазбаша негіздемемен алып тастаған болуы керек.",
        "en": "Only a complete application goes onto the list: each blocking check passes or is "
        "waived by a reviewer with a written justification.",
    },
    "accept_refused": {
        "ru": "Эти блокирующие проверки не выполнены и не сняты. Верните заявку с замечаниями или "
        "снимите проверку ниже, если закон это допускает.",
        "kk": "Мына бұғаттаушы тексерулер орындалмаған және алынып тасталмаған. Өтінімді "
        "ескертулермен қайтарыңыз немесе заң рұқсат етсе, тексеруді төменде алып тастаңыз.",
        "en": "These blocking checks fail and are not waived. Return the application with reasons, "
        "or waive a check below where the law allows it.",
    },
    "correcting": {
        "ru": "Исправление прочитанных значений",
        "kk": "Оқылған мәндерді түзету",
        "en": "Correcting values read",
    },
    "corrections_note": {
        "ru": "Если машина прочитала поле неверно, укажите значение как в документе и причину: "
        "проверки будут выполнены заново.",
        "kk": "Машина өрісті қате оқыса, құжаттағыдай мәнді және себебін көрсетіңіз: "
        "тексерулер қайта орындалады.",
        "en": "Where the machine misread a field, enter the value as the document prints it and "
        "why: the checks run again.",
    },
    "all_fields": {"ru": "Все поля документов", "kk": "Құжаттардың барлық өрістері", "en": "Every field"},
    "new_value": {"ru": "Значение в документе", "kk": "Құжаттағы мән", "en": "Value in the document"},
    "reason": {"ru": "Причина", "kk": "Себебі", "en": "Reason"},
    "correct": {"ru": "Исправить", "kk": "Түзету", "en": "Correct"},
    "corrected_mark": {"ru": "исправлено", "kk": "түзетілді", "en": "corrected"},
    "not_found_value": {"ru": "не найдено", "kk": "табылмады", "en": "not found"},
    "correction_refused": {
        "ru": "Исправление не записано",
        "kk": "Түзету жазылмады",
        "en": "Correction not recorded",
    },
    "reason_needed": {
        "ru": "укажите причину исправления",
        "kk": "түзету себебін көрсетіңіз",
        "en": "give the reason for the correction",
    },
    "value_invalid": {
        "ru": "значение не подходит для этого поля",
        "kk": "мән бұл өріске сәйкес келмейді",
        "en": "the value does not fit this field",
    },
    "waived_checks": {"ru": "Снятые проверки", "kk": "Алынып тасталған тексерулер", "en": "Waived checks"},
    "waiving": {
        "ru": "Снятие блокирующих проверок",
        "kk": "Бұғаттаушы тексерулерді алып тастау",
        "en": "Waiving blocking checks",
    },
    "waive": {"ru": "Снять проверку", "kk": "Тексеруді алып тастау", "en": "Waive this check"},
    "justification": {
        "ru": "Обоснование: почему закон позволяет включить систему, несмотря на эту проверку",
        "kk": "Негіздеме: заң бойынша жүйені осы тексеруге қарамастан неліктен енгізуге болады",
        "en": "Justification: why the law allows listing the system despite this check",
    },
    "justification_short": {
        "ru": "обоснование слишком короткое — напишите его полностью",
        "kk": "негіздеме тым қысқа — оны толық жазыңыз",
        "en": "the justification is too short; write it out",
    },
    "waiver_refused": {
        "ru": "Проверка не снята",
        "kk": "Тексеру алынып тасталмады",
        "en": "Check not waived",
    },
    "history": {"ru": "Решения", "kk": "Шешімдер", "en": "Decisions"},
    "no_decisions": {"ru": "Решений ещё нет.", "kk": "Әзірге шешім жоқ.", "en": "No decisions yet."},
    "reviewer": {"ru": "Эксперт", "kk": "Сарапшы", "en": "Reviewer"},
    "when": {"ru": "Когда", "kk": "Қашан", "en": "When"},
    "standalone": {
        "ru": "Отчёт одним файлом",
        "kk": "Есеп бір файлмен",
        "en": "Report as one file",
    },
    "notice": {
        "ru": "Уведомление о недостатках (PDF)",
        "kk": "Кемшіліктер туралы хабарлама (PDF)",
        "en": "Notice of defects (PDF)",
    },
    "no_lists": {
        "ru": "Перечни ещё не опубликованы.",
        "kk": "Тізімдер әлі жарияланған жоқ.",
        "en": "No list has been published yet.",
    },
    "list_of": {
        "ru": "Перечень доверенных ИИ-систем высокого риска",
        "kk": "Сенімді жоғары тәуекелді ЖИ жүйелерінің тізімі",
        "en": "List of trusted high-risk AI systems",
    },
    "version": {"ru": "Версия", "kk": "Нұсқасы", "en": "Version"},
    "owner": {"ru": "Владелец", "kk": "Иесі", "en": "Owner"},
    "bin": {"ru": "БИН", "kk": "БСН", "en": "BIN"},
    "ip_document": {"ru": "Документ о правах", "kk": "Құқық құжаты", "en": "IP document"},
    "audit": {"ru": "Аудиторское заключение", "kk": "Аудиторлық қорытынды", "en": "Audit conclusion"},
    "decided": {"ru": "Дата решения", "kk": "Шешім күні", "en": "Decision date"},
    "publication_due": {"ru": "Опубликовать до", "kk": "Жариялау мерзімі", "en": "Publication due"},
    "list_version": {"ru": "Версия перечня", "kk": "Тізім нұсқасы", "en": "List version"},
    "published_at": {"ru": "Опубликовано", "kk": "Жарияланды", "en": "Published"},
    "previous_sha256": {
        "ru": "SHA-256 предыдущей версии",
        "kk": "Алдыңғы нұсқаның SHA-256",
        "en": "Previous version's SHA-256",
    },
    "chain_ok": {
        "ru": "Цепочка версий перечня проверена: ни одна опубликованная версия не изменена.",
        "kk": "Тізім нұсқаларының тізбегі тексерілді: жарияланған нұсқалардың ешқайсысы өзгертілмеген.",
        "en": "The chain of list versions verifies: no published version has been altered.",
    },
    "empty_list": {"ru": "Перечень пуст.", "kk": "Тізім бос.", "en": "The list is empty."},
    "entries": {"ru": "систем", "kk": "жүйе", "en": "systems"},
    "not_found": {"ru": "Страница не найдена.", "kk": "Бет табылмады.", "en": "Page not found."},
    "forbidden": {
        "ru": "Запрос отклонён: форма устарела или пришла с другого сайта. Обновите страницу и повторите.",
        "kk": "Сұрау қабылданбады: форма ескірген немесе басқа сайттан келген. Бетті жаңартып, қайталаңыз.",
        "en": "Request refused: the form is stale or came from another site. Reload the page and try again.",
    },
    "too_large": {"ru": "Слишком большой запрос.", "kk": "Сұрау тым үлкен.", "en": "Request too large."},
    "unavailable": {
        "ru": "Хранилище недоступно; повторите позже.",
        "kk": "Қойма қолжетімсіз; кейінірек қайталаңыз.",
        "en": "Storage is unavailable; try again later.",
    },
    "server_error": {
        "ru": "Внутренняя ошибка; она записана в журнал.",
        "kk": "Ішкі қате; ол журналға жазылды.",
        "en": "Internal error; it has been logged.",
    },
    "refused": {"ru": "Решение не записано", "kk": "Шешім жазылмады", "en": "Decision not recorded"},
}
