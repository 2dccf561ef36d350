"""Passages in five languages written for these tests in the style of resolutions and reports
(issue 7): each row is a form the engine missed or bound wrongly, with the targets and the
dates it must give."""

from __future__ import annotations

import pytest

from passages import assert_passage, by_language

ROWS: list[tuple[str, str, dict[str, str | None]]] = [
    # the actor of the clause, then the paragraph of its own text: the possessive is the actor's
    (
        "ar",
        "8 - وقد حث مجلس حقوق الإنسان، في الفقرة 3 من قراره 44/17، الدول على تعزيز التعاون.",
        {"A/HRC/RES/44/17": None},
    ),
    (
        "ar",
        "2 - وأهاب مجلس حقوق الإنسان، في الفقرة 6 من قراره 46/3، بالدول أن تقدم المساعدة.",
        {"A/HRC/RES/46/3": None},
    ),
    (
        "es",
        "9. El Consejo de Derechos Humanos, en el párrafo 7 de su resolución 47/21, alentó a colaborar.",
        {"A/HRC/RES/47/21": None},
    ),
    (
        "ru",
        "6. Совет по правам человека в пункте 4 своей резолюции 45/13 рекомендовал активизировать усилия.",
        {"A/HRC/RES/45/13": None},
    ),
    (
        "en",
        "14. The Human Rights Council, in paragraph 2 (c) of its resolution 46/15, requested a report.",
        {"A/HRC/RES/46/15": None},
    ),
    (
        "es",
        "La Comisión de Estupefacientes, en el párrafo 3 de su resolución 63/4, invitó a informar.",
        {"E/CN.7/RES/63/4": None},
    ),
    (
        "ru",
        "Комиссия по наркотическим средствам в пункте 3 своей резолюции 63/4 предложила сообщить.",
        {"E/CN.7/RES/63/4": None},
    ),
    # the Arabic participles "taken on" / "adopted on" before the adoption's date
    (
        "ar",
        "وإذ تشير إلى قرار مجلس الأمن 2396 (2017) المتخذ في 21 كانون الأول/ديسمبر 2017،",
        {"S/RES/2396(2017)": "2017-12-21"},
    ),
    (
        "ar",
        "وإذ تشير إلى قرار مجلس حقوق الإنسان 39/11 المعتمد في 28 أيلول/سبتمبر 2018،",
        {"A/HRC/RES/39/11": "2018-09-28"},
    ),
    # instruments named in each language that the tables knew in English only, or not at all
    ("fr", "Soulignant que l'Accord de Paris est entré en vigueur,", {"UNTS/3156/54113": None}),
    ("ru", "призывая стороны Парижского соглашения выполнить свои обязательства,", {"UNTS/3156/54113": None}),
    ("zh", "欢迎《巴黎协定》生效，", {"UNTS/3156/54113": None}),
    ("es", "Observando que el Protocolo de Kyoto expiró en su segundo período,", {"UNTS/2303/30822": None}),
    (
        "ar",
        "وإذ تلاحظ أن بروتوكول كيوتو الملحق باتفاقية الأمم المتحدة الإطارية بشأن تغير المناخ نافذ،",
        {"UNTS/2303/30822": None},
    ),
    ("zh", "注意到《生物多样性公约》各缔约方的努力，", {"UNTS/1760/30619": None}),
    ("fr", "Invitant à appliquer la Convention sur la diversité biologique,", {"UNTS/1760/30619": None}),
    (
        "ru",
        "отмечая число участников Конвенции 1999 года о наихудших формах детского труда (№ 182),",
        {"UNTS/2133/37245": None},
    ),
    ("ar", "وإذ تشير إلى اتفاقية أسوأ أشكال عمل الأطفال،", {"UNTS/2133/37245": None}),
    ("zh", "回顾《最恶劣形式的童工劳动公约》，", {"UNTS/2133/37245": None}),
    ("fr", "Réaffirmant la Déclaration et le Programme d'action de Vienne,", {"A/CONF.157/23": None}),
    ("es", "Reafirmando la Declaración y el Programa de Acción de Viena,", {"A/CONF.157/23": None}),
    (
        "ar",
        "وإذ تؤكد من جديد الاتفاقية الوحيدة للمخدرات لسنة 1961 بصيغتها المعدلة ببروتوكول سنة 1972،",
        {"UNTS/976/14152": None},
    ),
    # the slavery, forced labour and 1949 trafficking conventions, named in every language
    (
        "ru",
        "призывая ратифицировать Дополнительную конвенцию об упразднении рабства, работорговли и "
        "институтов и обычаев, сходных с рабством,",
        {"UNTS/266/3822": None},
    ),
    (
        "ru",
        "учитывая Конвенцию 1957 года об упразднении принудительного труда (№ 105),",
        {"UNTS/320/4648": None},
    ),
    ("ar", "وإذ تشير إلى اتفاقية حظر الاتجار بالأشخاص واستغلال بغاء الغير،", {"UNTS/96/1342": None}),
    ("ar", "وإذ تلاحظ أن الاتفاقية الخاصة بالرق لعام 1926 ما زالت نافذة،", {"UNTS/60/1414": None}),
    ("zh", "回顾《1930年强迫劳动公约》，", {"UNTS/39/612": None}),
    ("zh", "重申《废止奴隶制、奴隶贩卖及类似奴隶制的制度与习俗补充公约》，", {"UNTS/266/3822": None}),
    (
        "fr",
        "Vu la Déclaration sur l'élimination de la violence à l'égard des femmes,",
        {"A/RES/48/104": None},
    ),
    (
        "es",
        "Vista la Declaración sobre la Eliminación de la Violencia contra la Mujer,",
        {"A/RES/48/104": None},
    ),
    # the accented spelling of Spanish texts
    (
        "es",
        "Recordando el Marco de Sendái para la Reducción del Riesgo de Desastres 2015-2030,",
        {"A/RES/69/283": None},
    ),
    # the short titles of the Palermo and Merida conventions in each language
    ("fr", "Exhortant les États à appliquer la Convention contre la corruption,", {"UNTS/2349/42146": None}),
    ("es", "Instando a aplicar la Convención contra la Corrupción,", {"UNTS/2349/42146": None}),
    ("ru", "призывая осуществлять Конвенцию против коррупции,", {"UNTS/2349/42146": None}),
    ("ru", "отмечая участие в Конвенции против организованной преступности,", {"UNTS/2225/39574": None}),
    ("ru", "учитывая Протокол о незаконном ввозе мигрантов,", {"UNTS/2241/39574": None}),
    ("ar", "وإذ تشدد على تنفيذ اتفاقية الجريمة المنظمة،", {"UNTS/2225/39574": None}),
    ("ar", "وإذ تحث على تنفيذ اتفاقية مكافحة الفساد،", {"UNTS/2349/42146": None}),
    ("zh", "强调执行《有组织犯罪公约》，", {"UNTS/2225/39574": None}),
    ("zh", "强调执行《反腐败公约》，", {"UNTS/2349/42146": None}),
    # the short title of the Convention against Torture and of its Optional Protocol
    ("fr", "Encourageant l'adhésion à la Convention contre la torture,", {"UNTS/1465/24841": None}),
    ("es", "Alentando la adhesión a la Convención contra la Tortura,", {"UNTS/1465/24841": None}),
    ("ru", "приветствуя присоединение к Конвенции против пыток,", {"UNTS/1465/24841": None}),
    ("ar", "وإذ ترحب بالانضمام إلى اتفاقية مناهضة التعذيب،", {"UNTS/1465/24841": None}),
    ("zh", "欢迎加入《禁止酷刑公约》，", {"UNTS/1465/24841": None}),
    (
        "en",
        "Welcoming accession to the Optional Protocol to the Convention against Torture,",
        {"UNTS/2375/24841": None},
    ),
    ("zh", "欢迎批准《消除对妇女歧视公约》，", {"UNTS/1249/20378": None}),
    # the refugee instruments with their year, as Arabic and Russian texts write them
    ("ar", "وإذ تحث على الانضمام إلى اتفاقية عام 1951 الخاصة بوضع اللاجئين،", {"UNTS/189/2545": None}),
    ("ar", "وإذ تلاحظ بروتوكول عام 1967 الخاص بوضع اللاجئين،", {"UNTS/606/8791": None}),
    (
        "ru",
        "приветствуя присоединение к Протоколу 1967 года, касающемуся статуса беженцев,",
        {"UNTS/606/8791": None},
    ),
]


#: passages that must give nothing: a treaty's name inside the name of the body of its parties
SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Noting that this Conference of the Parties serving as the Meeting of the Parties to the Paris "
        "Agreement (CMA 3) met at Glasgow,",
        {},
    ),
    (
        "en",
        "Observing that this Conference of the Parties serving as the Meeting of the Parties to the "
        "Kyoto Protocol (CMP 11) sat at Paris,",
        {},
    ),
    ("zh", "欢迎作为《巴黎协定》缔约方会议的《公约》缔约方大会第三届会议在格拉斯哥举行，", {}),
    (
        "fr",
        "Notant la troisième session de la Conférence des Parties agissant comme réunion des Parties "
        "à l'Accord de Paris,",
        {},
    ),
    ("zh", "回顾《美洲国家反腐败公约》，", {}),
    ("ru", "ссылаясь на Межамериканскую конвенцию против коррупции,", {}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(ROWS))
def test_passage_in_language(lang: str, text: str, expected: dict[str, str | None]) -> None:
    res = assert_passage(text, expected)
    assert res.citations, lang


@pytest.mark.parametrize(("lang", "text", "expected"), by_language([], SAME))
def test_treaty_inside_a_body_name_is_no_citation(
    lang: str, text: str, expected: dict[str, str | None]
) -> None:
    assert_passage(text, expected, lang=lang)
