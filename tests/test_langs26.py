"""French and Spanish texts as they come (issue 7), and one Chinese form: passages written for
these tests in the shapes of reports, letters, resolutions and decisions of the UN and its
environment and climate bodies, each a form the engine missed or left undated — the
Environment Assembly by its short names ("l'ANUE", "la ANUMA", "l'Assemblée pour
l'environnement"), the French month written "juill.", an ILO convention by its title and year
alone, a Chinese date before a bare noun whose number stands in brackets after it
("其2011年12月20日决议(66/150)").  The look-alikes (forms that were read right already, of the
same kinds) must stay as they are."""

from __future__ import annotations

import pytest

from passages import assert_passage, by_language

# (language, passage, its targets with the date each must have, None: no date checked)
FORMS: list[tuple[str, str, dict[str, str | None]]] = [
    ("fr", "Rappelant la résolution 5/14 de l'ANUE,", {"UNEP/EA.5/RES.14": None}),
    (
        "fr",
        "Rappelant les résolutions 3/2 et 4/7 de l’ANUE,",
        {"UNEP/EA.3/RES.2": None, "UNEP/EA.4/RES.7": None},
    ),
    (
        "fr",
        "Rappelant les résolutions 4/6 et 5/14 de l’Assemblée pour l’environnement,",
        {"UNEP/EA.4/RES.6": None, "UNEP/EA.5/RES.14": None},
    ),
    (
        "fr",
        "Rappelant la résolution 2/9 de l’Assemblée des Nations Unies pour l’Environnement,",
        {"UNEP/EA.2/RES.9": None},
    ),
    ("es", "Recordando la resolución 5/14 de la ANUMA,", {"UNEP/EA.5/RES.14": None}),
    (
        "es",
        "Recordando las resoluciones 4/6 y 5/11 de la Asamblea sobre el Medio Ambiente,",
        {"UNEP/EA.4/RES.6": None, "UNEP/EA.5/RES.11": None},
    ),
    (
        "fr",
        "Rappelant la résolution 66/288 de l’Assemblée générale, en date du 27 juill. 2012,",
        {"A/RES/66/288": "2012-07-27"},
    ),
    (
        "fr",
        "Rappelant sa résolution 70/1 du 25 sept. 2015 et sa résolution 71/313 du 6 juill. 2017,",
        {"A/RES/70/1": "2015-09-25", "A/RES/71/313": "2017-07-06"},
    ),
    (
        "fr",
        "Voir la résolution du Conseil, rés. CS 2231 (2015), 20 juill. 2015.",
        {"S/RES/2231(2015)": "2015-07-20"},
    ),
    ("zh", "大会，\n\n回顾其2011年12月20日决议(66/150)，", {"A/RES/66/150": "2011-12-20"}),
    ("zh", "回顾其2013年12月18日决议（68/167），", {"A/RES/68/167": "2013-12-18"}),
    (
        "zh",
        "人权理事会，\n\n回顾其2021年10月8日决定(48/113)和2021年10月7日决议(48/13)，",
        {"A/HRC/DEC/48/113": "2021-10-08", "A/HRC/RES/48/13": "2021-10-07"},
    ),
    (
        "zh",
        "回顾安全理事会2015年12月18日决议(2254 (2015))，",
        {"S/RES/2254(2015)": "2015-12-18"},
    ),
    (
        "es",
        "Recordando el Convenio sobre las Peores Formas de Trabajo Infantil, 1999,",
        {"UNTS/2133/37245": None},
    ),
    (
        "fr",
        "Rappelant la Convention sur l’abolition du travail forcé, 1957 (no 105),",
        {"UNTS/320/4648": None},
    ),
    (
        "fr",
        "Rappelant la Convention sur les pires formes de travail des enfants, 1999,",
        {"UNTS/2133/37245": None},
    ),
    ("en", "Recalling the Abolition of Forced Labour Convention, 1957,", {"UNTS/320/4648": None}),
]

# forms of the same kinds read right before: they must stay so
FORMS_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "fr",
        "Rappelant la résolution 5/5 de l'Assemblée des Nations Unies pour l'environnement,",
        {"UNEP/EA.5/RES.5": None},
    ),
    ("fr", "Rappelant la résolution 5/14 de l’UNEA,", {"UNEP/EA.5/RES.14": None}),
    ("es", "Recordando la resolución 3/4 de la UNEA,", {"UNEP/EA.3/RES.4": None}),
    (
        "fr",
        "Rappelant la décision 1/CMP.1 et la décision 3/CMP.1,",
        {"FCCC/KP/CMP/DEC/1/1": None, "FCCC/KP/CMP/DEC/1/3": None},
    ),
    (
        "fr",
        "Rappelant les décisions 2/CP.17 et 1/CP.19, ainsi que la décision 3/CMA.2,",
        {"FCCC/CP/DEC/17/2": None, "FCCC/CP/DEC/19/1": None, "FCCC/PA/CMA/DEC/2/3": None},
    ),
    (
        "es",
        "Recordando la decisión 2/CMA.3 y la decisión 1/CMP.16,",
        {"FCCC/PA/CMA/DEC/3/2": None, "FCCC/KP/CMP/DEC/16/1": None},
    ),
    ("es", "Recordando la decisión 1/CP.21, de 12 de diciembre de 2015,", {"FCCC/CP/DEC/21/1": "2015-12-12"}),
    (
        "fr",
        "Rappelant les résolutions 66/288 et 70/1 de l’Assemblée générale, en date respectivement"
        " du 27 juillet 2012 et du 25 septembre 2015,",
        {"A/RES/66/288": "2012-07-27", "A/RES/70/1": "2015-09-25"},
    ),
    (
        "es",
        "Recordando las resoluciones 62/1 y 63/2 de la Comisión de la Condición Jurídica y Social de la"
        " Mujer, de 24 de marzo de 2018 y 22 de marzo de 2019, respectivamente,",
        {"E/CN.6/RES/62/1": "2018-03-24", "E/CN.6/RES/63/2": "2019-03-22"},
    ),
    (
        "fr",
        "Rappelant sa résolution 77/15 du 1er décembre 2022 et sa décision 78/512 du 1er décembre 2023,",
        {"A/RES/77/15": "2022-12-01", "A/DEC/78/512": "2023-12-01"},
    ),
    (
        "es",
        "Recordando sus resoluciones 32/19, de 1º de julio de 2016, y 35/18, de 22 de junio de 2017,",
        {"A/HRC/RES/32/19": "2016-07-01", "A/HRC/RES/35/18": "2017-06-22"},
    ),
    ("fr", "Rappelant la résolution n° 2250 (2015) du Conseil de sécurité,", {"S/RES/2250(2015)": None}),
    ("es", "Recordando la resolución núm. 70/1 de la Asamblea General,", {"A/RES/70/1": None}),
    (
        "fr",
        "Voir également la déclaration de l’Assemblée dans la Rés. AG 2625 (XXV), 24 oct. 1970.",
        {"A/RES/2625(XXV)": "1970-10-24"},
    ),
    (
        "es",
        "Véase también la definición: AG, res. 3314 (XXIX), 14 dic. 1974.",
        {"A/RES/3314(XXIX)": "1974-12-14"},
    ),
    (
        "fr",
        "Le Conseil économique et social prend note du rapport du Secrétaire général sur la"
        " coordination (E/2024/57).",
        {"E/2024/57": None},
    ),
    (
        "es",
        "Nota verbal de fecha 3 de marzo de 2023 dirigida a la Secretaría por la Misión Permanente ante"
        " las Naciones Unidas, en relación con la resolución 2664 (2022) del Consejo de Seguridad.",
        {"S/RES/2664(2022)": None},
    ),
    (
        "ar",
        "إذ يشير إلى قراري جمعية الأمم المتحدة للبيئة 4/6 و5/14، وكذلك إلى قرار الجمعية العامة 73/333،",
        {"UNEP/EA.4/RES.6": None, "UNEP/EA.5/RES.14": None, "A/RES/73/333": None},
    ),
    (
        "ar",
        "إذ يشير إلى المقرر 1/م أ-21 والمقرر 1/م أ ت-3،",
        {"FCCC/CP/DEC/21/1": None, "FCCC/PA/CMA/DEC/3/1": None},
    ),
    ("zh", "回顾其2011年12月20日的决议(66/150)，", {"A/RES/66/150": "2011-12-20"}),
    ("zh", "回顾其2011年12月20日第66/150号决议，", {"A/RES/66/150": "2011-12-20"}),
    ("zh", "回顾安全理事会主席2019年5月9日的声明(S/PRST/2019/4)，", {"S/PRST/2019/4": "2019-05-09"}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(FORMS, FORMS_SAME))
def test_forms(lang: str, text: str, expected: dict[str, str | None]) -> None:
    res = assert_passage(text, expected)
    assert res.document.lang == lang
