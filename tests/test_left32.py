"""Left-overs of the first wave (issue 7): a French or Spanish sentence opened by "in" and an
article before the number, its subject the body named after the comma ("Dans la décision 5/3, la
Conférence des Parties … a décidé"); Arabic annexes linked by the glued "ب" ("المرفق الثاني بالقرار
55/25") or governing their noun after the list word ("ومرفق القرار 56/83"); Chinese dates written
before "分别" ("其<date>和<date>分别通过的第…号决议和<body>第…号决议"); a date of the adoption written
before a list's noun dates every number of the list ("…, а 11 октября — резолюции 48/15 и 48/16");
the Spanish ordinal day "1o." / "1.o".  The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import GA, assert_dates, by_language, dates_of, pinpoints_of, targets_of

# (language, passage, each target with its date, None: undated)
Row = tuple[str, str, dict[str, str | None]]

_CTOC_FR = (
    "la Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale"
    " organisée"
)
_CTOC_ES = (
    "la Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia"
    " Organizada Transnacional"
)

# a sentence opened by "in", an article and the number: the text is the body's named after the comma
_OPENED: list[Row] = [
    (
        "fr",
        f"12. Dans la décision 7/2, {_CTOC_FR} a prié le secrétariat de faire rapport.",
        {"CTOC/COP/DEC/7/2": None},
    ),
    (
        "es",
        f"12. En la decisión 7/2, {_CTOC_ES} pidió a la secretaría un informe.",
        {"CTOC/COP/DEC/7/2": None},
    ),
    (
        "fr",
        "La séance est ouverte. Dans la résolution 64/3, la Commission des stupéfiants a prié le Directeur"
        " exécutif de faire rapport.",
        {"E/CN.7/RES/64/3": None},
    ),
    (
        "es",
        "Se abrió la sesión. En la resolución 64/3, la Comisión de Estupefacientes solicitó al Director"
        " Ejecutivo un informe.",
        {"E/CN.7/RES/64/3": None},
    ),
]
_OPENED_SAME: list[Row] = [
    # (the link does not open the sentence: the body after the comma is the main clause's subject)
    (
        "fr",
        "Comme prévu dans la résolution 70/1, la Commission de la condition de la femme a décidé de se"
        " réunir.",
        {"A/RES/70/1": None},
    ),
    (
        "fr",
        f"Dans sa décision 7/2, {_CTOC_FR} a prié le secrétariat de faire rapport.",
        {"CTOC/COP/DEC/7/2": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_OPENED, _OPENED_SAME))
def test_sentence_opened_by_in_and_an_article(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert targets_of(text, lang) == set(expected)


# (language, passage, each target with its pinpoint)
PinRow = tuple[str, str, dict[str, str | None]]

_PINS: list[PinRow] = [
    ("ar", "وإذ تشير إلى المرفق الثاني بالقرار 57/19،", {"A/RES/57/19": "المرفق الثاني"}),
    (
        "ar",
        "وإذ تشير إلى قرارها 54/112 وإلى المرفق الثاني بالقرار 57/19،",
        {"A/RES/54/112": None, "A/RES/57/19": "المرفق الثاني"},
    ),
    (
        "ar",
        "وإذ يشير إلى قراره 2301 (2016) وإلى المرفق الأول بالقرار 57/19،",
        {"S/RES/2301(2016)": None, "A/RES/57/19": "المرفق الأول"},
    ),
    (
        "ar",
        "وإذ تشير إلى القرار 54/112 والمادة 4 من المرفق الأول بقرارها 57/19،",
        {"A/RES/54/112": None, "A/RES/57/19": "المرفق الأول"},
    ),
    ("ar", "وإذ تشير إلى المادة 4 من المرفق الأول بقرارها 57/19،", {"A/RES/57/19": "المرفق الأول"}),
    (
        "ar",
        "وإذ تشير إلى مرفق قرارها 57/19 ومرفق القرار 58/42،",
        {"A/RES/57/19": "مرفق", "A/RES/58/42": "مرفق"},
    ),
]
_PINS_SAME: list[PinRow] = [
    ("ar", "وإذ تشير إلى المرفق الأول للقرار 57/19،", {"A/RES/57/19": "المرفق الأول"}),
    ("ar", "وإذ تشير إلى قرارها 57/19 بشأن التعاون،", {"A/RES/57/19": None}),
    (
        "en",
        "Recalling resolution 54/112 and annex II to resolution 57/19,",
        {"A/RES/54/112": None, "A/RES/57/19": "annex II"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_PINS, _PINS_SAME))
def test_annex_pinpoints(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert pinpoints_of(GA[lang] + text, lang) == expected


# dates: Chinese dates before "分别", the date before a list's noun, the Spanish ordinal day
_DATES: list[Row] = [
    (
        "zh",
        GA["zh"] + "回顾其2017年12月19日和2018年12月17日分别通过的第72/160号决议和人权理事会第39/8号决议，",
        {"A/RES/72/160": "2017-12-19", "A/HRC/RES/39/8": "2018-12-17"},
    ),
    (
        "zh",
        GA["zh"] + "回顾其2017年12月19日和2018年12月17日分别通过的第72/160号和第73/171号决议，",
        {"A/RES/72/160": "2017-12-19", "A/RES/73/171": "2018-12-17"},
    ),
    (
        "ru",
        GA["ru"] + "отмечая, что Совет по правам человека 5 октября 2022 года принял резолюцию 51/4,"
        " а 7 октября — резолюции 51/20 и 51/21,",
        {"A/HRC/RES/51/4": "2022-10-05", "A/HRC/RES/51/20": "2022-10-07", "A/HRC/RES/51/21": "2022-10-07"},
    ),
    (
        "en",
        GA["en"] + "Noting that the Human Rights Council adopted resolution 51/4 on 5 October 2022 and,"
        " on 7 October 2022, resolutions 51/20 and 51/21,",
        {"A/HRC/RES/51/4": "2022-10-05", "A/HRC/RES/51/20": "2022-10-07", "A/HRC/RES/51/21": "2022-10-07"},
    ),
    (
        "en",
        GA["en"] + "Noting that on 7 October 2022 the Human Rights Council adopted resolutions 51/20, 51/21"
        " and 51/22,",
        {"A/HRC/RES/51/20": "2022-10-07", "A/HRC/RES/51/21": "2022-10-07", "A/HRC/RES/51/22": "2022-10-07"},
    ),
    (
        "es",
        GA["es"] + "Recordando su resolución 76/262, de 1o. de marzo de 2022,",
        {"A/RES/76/262": "2022-03-01"},
    ),
    (
        "es",
        GA["es"] + "Recordando su resolución 76/262, de 1.o de marzo de 2022,",
        {"A/RES/76/262": "2022-03-01"},
    ),
]
_DATES_SAME: list[Row] = [
    (
        "es",
        GA["es"] + "Recordando su resolución 76/262, de 1.º de marzo de 2022,",
        {"A/RES/76/262": "2022-03-01"},
    ),
    # (the date after a number is its own: not the list's before it)
    (
        "en",
        GA["en"] + "Recalling its resolutions 74/11 of 4 December 2019 and 75/3,",
        {"A/RES/74/11": "2019-12-04", "A/RES/75/3": None},
    ),
    (
        "zh",
        GA["zh"] + "回顾其2017年12月19日第72/160号决议和人权理事会第39/8号决议，",
        {"A/RES/72/160": "2017-12-19", "A/HRC/RES/39/8": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_DATES, _DATES_SAME))
def test_dates(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang), expected, exact=True)
