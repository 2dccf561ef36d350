"""Passages in five languages written for these tests in the style of Security Council preambles,
of the functional commissions of the Economic and Social Council and of the climate change
conferences (issue 7): each row is a form the engine missed or bound wrongly, with the targets it
must give."""

from __future__ import annotations

import pytest

from passages import GA, SC, assert_passage, by_language

ROWS: list[tuple[str, str, dict[str, str | None]]] = [
    # a short name after a determiner that points back ("of the same / that Commission"): the
    # commission named before, not the citing body (it gave the General Assembly's A/RES/…)
    (
        "fr",
        GA["fr"] + "Prenant note de la décision 66/2 de la Commission des stupéfiants et de la "
        "résolution 66/4 de la même Commission,",
        {"E/CN.7/DEC/66/2": None, "E/CN.7/RES/66/4": None},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant la résolution 64/1 de la Commission de la condition de la femme et la "
        "résolution 65/3 de cette Commission,",
        {"E/CN.6/RES/64/1": None, "E/CN.6/RES/65/3": None},
    ),
    (
        "es",
        GA["es"] + "Tomando nota de la decisión 66/2 de la Comisión de Estupefacientes y de la "
        "resolución 66/4 de dicha Comisión,",
        {"E/CN.7/DEC/66/2": None, "E/CN.7/RES/66/4": None},
    ),
    (
        "es",
        GA["es"] + "Recordando la resolución 64/1 de la Comisión de la Condición Jurídica y Social de la "
        "Mujer y la resolución 65/3 de la misma Comisión,",
        {"E/CN.6/RES/64/1": None, "E/CN.6/RES/65/3": None},
    ),
    (
        "ru",
        GA["ru"] + "принимая к сведению решение 66/2 Комиссии по наркотическим средствам и резолюцию 66/4 "
        "той же Комиссии,",
        {"E/CN.7/DEC/66/2": None, "E/CN.7/RES/66/4": None},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на резолюцию 64/1 Комиссии по положению женщин и резолюцию 65/3 этой Комиссии,",
        {"E/CN.6/RES/64/1": None, "E/CN.6/RES/65/3": None},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant la résolution 64/1 de la Commission de la condition de la femme et la "
        "résolution 65/3 de ladite Commission,",
        {"E/CN.6/RES/64/1": None, "E/CN.6/RES/65/3": None},
    ),
    (
        "es",
        GA["es"] + "Recordando la decisión 66/2 de la Comisión de Estupefacientes y la resolución 66/4 de la "
        "citada Comisión,",
        {"E/CN.7/DEC/66/2": None, "E/CN.7/RES/66/4": None},
    ),
    (
        "ru",
        GA["ru"]
        + "ссылаясь на решение 66/2 Комиссии по наркотическим средствам и резолюцию 66/4 данной Комиссии,",
        {"E/CN.7/DEC/66/2": None, "E/CN.7/RES/66/4": None},
    ),
    # … Arabic writes the determiner after the short name, which stands between noun and number
    # (no record was made of the second number)
    (
        "ar",
        GA["ar"] + "إذ تشير إلى قرار لجنة المخدرات 66/4 ومقرر اللجنة نفسها 66/2،",
        {"E/CN.7/RES/66/4": None, "E/CN.7/DEC/66/2": None},
    ),
    (
        "ar",
        GA["ar"] + "إذ تشير إلى قرار لجنة وضع المرأة 64/1 وقرار تلك اللجنة 65/3،",
        {"E/CN.6/RES/64/1": None, "E/CN.6/RES/65/3": None},
    ),
    (
        "en",
        GA["en"] + "Taking note of decision 66/2 of the Commission on Narcotic Drugs and resolution 66/4 of "
        "that Commission,",
        {"E/CN.7/DEC/66/2": None, "E/CN.7/RES/66/4": None},
    ),
    # the Chinese name of the Conference of the Parties with "会议": no citation of the Convention
    # its name holds (it gave UNTS/1771/30822 beside the decision)
    (
        "zh",
        GA["zh"] + "注意到《联合国气候变化框架公约》缔约方会议第2/CP.26号决定，",
        {"FCCC/CP/DEC/26/2": None},
    ),
    (
        "zh",
        GA["zh"] + "欢迎作为《巴黎协定》缔约方会议的《公约》缔约方会议第1/CMA.4号决定，",
        {"FCCC/PA/CMA/DEC/4/1": None},
    ),
    # a functional commission named in the instrumental after the participle of its adoption (the
    # Russian names had only the nominative and the genitive: it gave the General Assembly's)
    (
        "ru",
        GA["ru"] + "принимая во внимание резолюцию 66/2, принятую Комиссией по положению женщин на ее "
        "шестьдесят шестой сессии,",
        {"E/CN.6/RES/66/2": None},
    ),
    (
        "ru",
        GA["ru"]
        + "ссылаясь на резолюцию 65/4, принятую Комиссией по наркотическим средствам 12 марта 2022 года,",
        {"E/CN.7/RES/65/4": "2022-03-12"},
    ),
    # Chinese: the body that adopted the text, perhaps with its session, joined to the number by the
    # adoption's word with no date between (it gave the General Assembly's)
    ("zh", GA["zh"] + "铭记妇女地位委员会第六十六届会议通过的第66/2号决议，", {"E/CN.6/RES/66/2": None}),
    ("zh", GA["zh"] + "注意到麻醉药品委员会通过的第65/4号决议，", {"E/CN.7/RES/65/4": None}),
    ("zh", GA["zh"] + "回顾人权理事会在第四十九届会议上通过的第49/20号决议，", {"A/HRC/RES/49/20": None}),
    # one noun shared by two bodies named together, then as many numbers: each body's number in
    # turn (the last body took them all: "body named: HRC; it has no text 71/2", or no record)
    (
        "en",
        GA["en"] + "Recalling General Assembly and Human Rights Council resolutions 71/2 and 34/6,",
        {"A/RES/71/2": None, "A/HRC/RES/34/6": None},
    ),
    (
        "fr",
        GA["fr"] + "Réaffirmant les résolutions de l'Assemblée générale et du Conseil des droits de l'homme "
        "73/9 et 37/12,",
        {"A/RES/73/9": None, "A/HRC/RES/37/12": None},
    ),
    (
        "es",
        GA["es"] + "Reafirmando las resoluciones de la Asamblea General y del Consejo de Derechos Humanos "
        "73/9 y 37/12, respectivamente,",
        {"A/RES/73/9": None, "A/HRC/RES/37/12": None},
    ),
    (
        "ru",
        GA["ru"] + "вновь подтверждая резолюции Генеральной Ассамблеи и Совета по правам человека 73/9 и "
        "37/12,",
        {"A/RES/73/9": None, "A/HRC/RES/37/12": None},
    ),
    (
        "ar",
        GA["ar"] + "وإذ تعيد تأكيد قراري الجمعية العامة ومجلس حقوق الإنسان 73/9 و 37/12،",
        {"A/RES/73/9": None, "A/HRC/RES/37/12": None},
    ),
    (
        "zh",
        GA["zh"] + "重申大会和人权理事会第73/9和37/12号决议，",
        {"A/RES/73/9": None, "A/HRC/RES/37/12": None},
    ),
    (
        "zh",
        GA["zh"] + "重申大会和人权理事会分别通过的第73/9号和第37/12号决议，",
        {"A/RES/73/9": None, "A/HRC/RES/37/12": None},
    ),
    # … not one number for each body: each number the last body's that could have adopted it (all
    # were the last body's: A/HRC/RES/62/219)
    (
        "en",
        GA["en"] + "Recalling General Assembly and Human Rights Council resolutions 62/219, 6/3 and 6/4,",
        {"A/RES/62/219": None, "A/HRC/RES/6/3": None, "A/HRC/RES/6/4": None},
    ),
    (
        "ru",
        GA["ru"]
        + "ссылаясь на резолюции Генеральной Ассамблеи и Совета по правам человека 62/219, 6/3 и 6/4,",
        {"A/RES/62/219": None, "A/HRC/RES/6/3": None, "A/HRC/RES/6/4": None},
    ),
    ("zh", GA["zh"] + "回顾大会和人权理事会第62/219号决议，", {"A/RES/62/219": None}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(ROWS))
def test_passage_in_language(lang: str, text: str, expected: dict[str, str | None]) -> None:
    res = assert_passage(text, expected)
    assert res.citations, lang


#: passages whose bodies named together stay as they were: one body's list, or a name that is no
#: body's
SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        SC["en"] + "Recalling General Assembly and Security Council resolutions 74/7 and 2475 (2019),",
        {"A/RES/74/7": None, "S/RES/2475(2019)": None},
    ),
    (
        "en",
        GA["en"]
        + "Recalling the Charter of the United Nations and General Assembly resolutions 60/1 and 60/251,",
        {"pub:charter-of-the-united-nations": None, "A/RES/60/1": None, "A/RES/60/251": None},
    ),
    (
        "en",
        GA["en"] + "Recalling Human Rights Council resolutions 5/1 and 5/2,",
        {"A/HRC/RES/5/1": None, "A/HRC/RES/5/2": None},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant les résolutions du Conseil des droits de l'homme 5/1 et 5/2,",
        {"A/HRC/RES/5/1": None, "A/HRC/RES/5/2": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language([], SAME))
def test_bodies_named_together_keep_their_lists(
    lang: str, text: str, expected: dict[str, str | None]
) -> None:
    res = assert_passage(text, expected)
    assert res.citations, lang
