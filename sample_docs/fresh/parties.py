"""Fictitious organisations and people of the fresh test set. BINs/IINs are computed (SPEC FLD-02)."""
from fresh_lib import make_bin, make_iin

# ---------------------------------------------------------------- auditors (all accredited)
AUDITORS = {
    "senim": dict(
        name="ТОО «Сенім Аудит»", bin=make_bin("1507", 2184),
        address="050040, г. Алматы, пр. Аль-Фараби, 77/8, офис 412",
        phone="+7 (727) 355-18-40", email="office@senim-audit.kz", web="www.senim-audit.kz",
        director="Д. Т. Оразбекова", expert="Р. К. Мұхамеджанов"),
    "qazaq": dict(
        name="Qazaq AI Assurance LLP", bin=make_bin("2004", 7731),
        address="Mangilik El Ave. 55/20, office 1104, Astana 010000, Kazakhstan",
        phone="+7 (7172) 79-46-10", email="reports@qazaq-ai-assurance.kz", web="qazaq-ai-assurance.kz",
        partner="Aigerim Sadykova", partner_ru="А. Садыкова"),
    "saraptama": dict(
        name="«Цифрлық Сараптама» ЖШС", bin=make_bin("1911", 5046),
        address="010000, Астана қ., Қабанбай батыр даңғ., 11, 7-қабат",
        phone="+7 (7172) 64-22-91", email="info@sarap.kz",
        director="Ғ. Б. Әлімжанов", expert="Н. С. Төлеуова"),
    "trust": dict(
        name="ТОО «ТрастЛаб»", bin=make_bin("2109", 3318),
        address="100008, г. Караганда, ул. Ерубаева, 48, БЦ «Сарыарка», 5 этаж",
        phone="+7 (7212) 50-33-17", email="audit@trustlab.kz", web="trustlab.kz",
        director="В. А. Ли", expert="С. М. Бекмұхамбетова"),
}

# ---------------------------------------------------------------- applicants and right holders
A = {
    # half A
    "sana": dict(name="ТОО «Сана Мед»", bin=make_bin("1711", 1402),
                 address="010000, г. Астана, ул. Сығанақ, 25, офис 19", phone="+7 (7172) 72-40-15",
                 email="info@sanamed.kz", web="www.sanamed.kz",
                 director="Жақсылықов Ерболат Маратұлы", director_short="Е. М. Жақсылықов"),
    "altyn": dict(name="ТОО «Алтын Скор»", latin="Altyn Skor LLP", bin=make_bin("1905", 4420),
                  address="050059, г. Алматы, пр. Достык, 180, БЦ «Коктем», офис 9", phone="+7 (727) 311-02-77",
                  email="compliance@altynskor.kz",
                  director="Нұрланова Әсел Қайратқызы", director_short="Нұрланова А. К."),
    "scoringlab": dict(name="ТОО «Скоринг Лаб»", bin=make_bin("1808", 6107),
                       address="050000, г. Алматы, ул. Жибек Жолы, 50, офис 305",
                       director="Ким Денис Олегович", director_short="Д. О. Ким"),
    "jol": dict(name_kk="«Жол Аналитика» ЖШС", name="ТОО «Жол Аналитика»", bin=make_bin("2002", 2933),
                address_kk="010000, Астана қ., Тұран даңғ., 37, 14-кеңсе",
                address="010000, г. Астана, пр. Туран, 37, офис 14", phone="+7 (7172) 27-81-03",
                email="zhol@zholanalytics.kz",
                director="Серікбаев Т. Ә."),
    "grid": dict(name="ТОО «Грид Аналитикс»", bin=make_bin("1603", 9015),
                 address="100012, г. Караганда, пр. Нуркена Абдирова, 12/3", phone="+7 (7212) 41-19-60",
                 email="grid@gridanalytics.kz",
                 director="Петренко Игорь Васильевич", director_short="И. В. Петренко"),
    "qaztil": dict(name="ТОО «Қазтіл Технолоджис»", bin=make_bin("2106", 1188),
                   email="hello@qaztil.kz", director="Бейсенова Гүлнар Сағатқызы"),
    "mediana": dict(name="ТОО «Медиана»", name_kk="«Медиана» ЖШС", latin="Mediana LLP",
                    bin=make_bin("1510", 3376), email="office@mediana.kz",
                    address_kk="050012, Алматы қ., Төле би к-сі, 101, 3-қабат",
                    director="Әбдірахманова Мәдина Серікқызы"),
    "nur": dict(name="АО «Нур Банк»", latin="Nur Bank JSC", bin=make_bin("9703", 8521),
                address="050010, г. Алматы, ул. Кунаева, 77", phone="+7 (727) 259-90-00",
                email="ai-compliance@nurbank.kz", web="www.nurbank.kz",
                chair="Оспанов Ғалымжан Ерланұлы", chair_short="Г. Е. Оспанов",
                agent="Сейітова Жанар Болатқызы", agent_short="Ж. Б. Сейітова"),
    # half B
    "qala": dict(name="ТОО «Қала Көлік Диспетчер»", bin=make_bin("1902", 7724),
                 email="dispatch@qalakolik.kz", director="Ахметов Бауыржан Серікұлы",
                 director_short="Ахметов Б. С."),
    "munai": dict(name_kk="«Мұнай Сенсор» ЖШС", name="ТОО «Мұнай Сенсор»", bin=make_bin("1709", 2615),
                  address_kk="060002, Атырау қ., Сәтпаев к-сі, 19А", phone="+7 (7122) 45-60-31",
                  email="info@munaisensor.kz", director="Құдайбергенов Ә. Н."),
    "sapa": dict(name="ТОО «Сапа Тест»", latin="Sapa Test LLP", bin=make_bin("2201", 3049),
                 email="admin@sapatest.kz", director="Тұрсынбекова Айжан Маратқызы",
                 director_short="Тұрсынбекова А. М."),
    "derma": dict(name="ТОО «Дерма Диагностика»", bin=make_bin("2008", 5512),
                  address="050026, г. Алматы, ул. Толе би, 189, офис 7", phone="+7 (727) 390-14-88",
                  email="info@dermadiag.kz", director="Ибраева Сәуле Дәуренқызы",
                  director_short="С. Д. Ибраева", agent="Ли Анна Сергеевна", agent_short="А. С. Ли"),
    "medtech": dict(name="ТОО «Медтех Лаб»", bin=make_bin("1804", 4061),
                    address="050060, г. Алматы, ул. Розыбакиева, 247, офис 12",
                    director="Шайхин Арман Қанатұлы", director_short="А. К. Шайхин"),
    "bereke": dict(name="АО «Береке Кредит»", bin=make_bin("0411", 2297),
                   email="risk@berekecredit.kz", director="Жұмабеков Нұржан Әділұлы",
                   director_short="Жұмабеков Н. Ә."),
    "finmodel": dict(name="ТОО «ФинМодел Лаб»", bin=make_bin("1912", 8840)),
    "rail": dict(name_kk="«Рельс Диагностика» ЖШС", name="ТОО «Рельс Диагностика»", bin=make_bin("2103", 6621),
                 address="010000, г. Астана, ул. Кенесары, 40, офис 301",
                 email="office@relsdiag.kz", director="Мырзахметов Дәурен Қайратұлы",
                 director_short="Д. К. Мырзахметов"),
    "mektep": dict(name_kk="«Мектеп Аналитика» ЖШС", name="ТОО «Мектеп Аналитика»", bin=make_bin("2305", 1475),
                   email="info@mektep-analytics.kz", director="Байжанова Л. Қ."),
}

# individual author of RailEye (assigns his rights by agreement)
AUTHOR_RAIL = dict(name="Сағынтаев Ерлан Мұратұлы", iin=make_iin("880314", "3", 2051),
                   address="г. Астана, ул. Бейбітшілік, 14, кв. 56")
