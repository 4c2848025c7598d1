"""Shared helpers for the bundle plans: description sections, expected-field dicts, bank details, seals."""
from texts import SYS

SECTION_KEYS = ("purpose", "functions", "data", "risk_management", "human_oversight")
_TEXT_KEYS = {"purpose": ("purpose",), "functions": ("functions",), "data": ("data",),
              "risk_management": ("risk", "risk_management"), "human_oversight": ("oversight", "human_oversight")}


def section_text(key, section):
    d = SYS[key]
    for k in _TEXT_KEYS[section]:
        if k in d:
            return d[k]
    return None


def sections(key, heads):
    """heads: list of 5 headings (purpose, functions, data, risk, oversight); None drops that section."""
    out = []
    for sec, head in zip(SECTION_KEYS, heads):
        if head is None:
            continue
        body = section_text(key, sec)
        assert body, (key, sec)
        out.append((head, body))
    return out


def present(heads):
    """Expected system_description fields: true for every section printed."""
    return {sec: True for sec, head in zip(SECTION_KEYS, heads) if head is not None}


def json_description(key):
    return {sec: section_text(key, sec) for sec in SECTION_KEYS if section_text(key, sec)}


def fields(**kw):
    """Expected fields without the absent (None) ones."""
    return {k: v for k, v in kw.items() if v is not None}


def seal(name_upper, city):
    return (f"{name_upper} * {city} * ", ("ҚАЗАҚСТАН", "КАЗАХСТАН"))


BANK = {
    "halyk": "АО «Народный Банк Казахстана», БИК HSBKKZKX",
    "kaspi": "АО «Kaspi Bank», БИК CASPKZKA",
    "forte": "АО «ForteBank», БИК IRTYKZKA",
    "bcc": "АО «Банк ЦентрКредит», БИК KCJBKZKX",
}

# prose on what the audit covered (clean variants)
TRAIN_RU = ("Проведена проверка качества и законности обучающих данных: происхождение наборов данных, "
            "наличие правовых оснований и согласий на обработку персональных данных, полнота и "
            "репрезентативность выборки, процедуры разметки и обезличивания. Нарушений не выявлено.")
PROHIB_RU = ("Проверено отсутствие в системе запрещённых законом функций (скрытое манипулирование "
             "поведением, социальный скоринг, оценка личности по биометрическим данным в целях "
             "дискриминации и др.); такие функции не выявлены.")
TRAIN_EN = ("We assessed the quality and lawfulness of the training data, including the provenance of each "
            "dataset, the legal basis and consents for processing personal data, labelling procedures and "
            "representativeness. No exceptions were noted.")
PROHIB_EN = ("We examined the system for functions prohibited by the Law of the Republic of Kazakhstan "
             "on Artificial Intelligence (covert manipulation of behaviour, social scoring, categorisation of "
             "persons by biometric data). No such functions were identified.")
TRAIN_KK = ("Оқыту деректерінің сапасы мен заңдылығы тексерілді: деректер жиынтықтарының шығу тегі, "
            "дербес деректерді өңдеуге келісімдердің болуы, таңбалау және иесіздендіру рәсімдері. "
            "Бұзушылықтар анықталған жоқ.")
PROHIB_KK = ("Жүйеде заңмен тыйым салынған функциялардың (мінез-құлықты жасырын басқару, әлеуметтік "
             "скоринг және т.б.) жоқтығы тексерілді; мұндай функциялар анықталған жоқ.")
