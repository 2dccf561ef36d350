"""Adversarial rows for the texts the hidden passage sets hold in English, French and Spanish
(issue 7), second probe: the date set off after a clause inserted after the number ("resolution
3281 (XXIX), containing the Charter of …, of 12 December 1974", fr "…, contenant …, du …", es
"…, que contiene …, de …"), but not after a clause that dates its own noun ("… held at …, on …");
pinpoints written before the noun ("the annex to Council resolution 16/21", es "el párrafo 5 e)
de la resolución …", fr "l'alinéa e) du paragraphe 5 de la résolution …"), and an annex after a
number that the next text's link, body and noun follow; an executive board named back by its
short name in Spanish and French ("la decisión 2019/5 de la Junta"); and new domains: peace and
security, peacekeeping budgets, disarmament (the Chemical and Biological Weapons Conventions by
name), the law of the sea (the Part XI and Fish Stocks Agreements by name) and development
finance ("resolutions 78/142 and 79/196 on …, of … and …, respectively").
The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import (
    ECOSOC,
    GA,
    HRC,
    SC,
    Records,
    assert_dated_targets,
    by_language,
    resolved_pinpoints,
)
from rescite.engine.extract import extract_text

#: (language, passage, each record as (target, or "" when unresolved, and its date))
Row = tuple[str, str, Records]

_ROWS: list[Row] = [
    # the date after a clause inserted after the number is the number's
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolution 3348 (XXIX), containing the Charter on the Sharing of "
            "Marine Resources, of 16 December 1974,"
        ),
        [("A/RES/3348(XXIX)", "1974-12-16")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolution 42/166, the annex to which contains the Declaration on "
            "Rural Credit, of 11 December 1987, and its resolution 63/250,"
        ),
        [("A/RES/42/166", "1987-12-11"), ("A/RES/63/250", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolutions 3305 (S-VII), containing the Declaration on Trade "
            "Terms, and 3306 (S-VII), containing the Programme on Trade Terms, of 3 May 1975,"
        ),
        [("A/RES/3305(S-VII)", "1975-05-03"), ("A/RES/3306(S-VII)", "1975-05-03")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant sa résolution 3348 (XXIX), contenant la Charte sur le partage des "
            "ressources marines, du 16 décembre 1974,"
        ),
        [("A/RES/3348(XXIX)", "1974-12-16")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant sa résolution 42/166, à laquelle est annexée la Déclaration sur le "
            "crédit rural, en date du 11 décembre 1987,"
        ),
        [("A/RES/42/166", "1987-12-11")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant sa résolution 42/166, figurant en annexe la Déclaration sur le crédit "
            "rural, du 11 décembre 1987,"
        ),
        [("A/RES/42/166", "1987-12-11")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando su resolución 3348 (XXIX), que contiene la Carta sobre el Reparto de "
            "los Recursos Marinos, de 16 de diciembre de 1974,"
        ),
        [("A/RES/3348(XXIX)", "1974-12-16")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando su resolución 42/166, en cuyo anexo figura la Declaración sobre el "
            "Crédito Rural, de 11 de diciembre de 1987,"
        ),
        [("A/RES/42/166", "1987-12-11")],
    ),
    # dates after one topic that follows a list, "respectively": the list's numbers' in turn
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolutions 74/221 and 76/198 on follow-up to the conference on "
            "rural credit, of 19 December 2019 and 17 December 2021, respectively,"
        ),
        [("A/RES/74/221", "2019-12-19"), ("A/RES/76/198", "2021-12-17")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant ses résolutions 74/221 et 76/198 sur le suivi de la conférence sur le "
            "crédit rural, en date respectivement du 19 décembre 2019 et du 17 décembre 2021,"
        ),
        [("A/RES/74/221", "2019-12-19"), ("A/RES/76/198", "2021-12-17")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando sus resoluciones 74/221 y 76/198, relativas al seguimiento de la "
            "conferencia sobre el crédito rural, de 19 de diciembre de 2019 y 17 de diciembre de "
            "2021, respectivamente,"
        ),
        [("A/RES/74/221", "2019-12-19"), ("A/RES/76/198", "2021-12-17")],
    ),
    # disarmament and the law of the sea: treaties by name
    (
        "en",
        GA["en"]
        + (
            "Stressing the universality of the Convention on the Prohibition of the "
            "Development, Production, Stockpiling and Use of Chemical Weapons and on Their "
            "Destruction and recalling its resolution 77/69,"
        ),
        [("UNTS/1974/33757", None), ("A/RES/77/69", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Noting the work of the meeting of experts of the Biological Weapons Convention (BWC/MSP/2022/3),"
        ),
        [("UNTS/1015/14860", None), ("BWC/MSP/2022/3", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Soulignant l'universalité de la Convention sur l'interdiction de la mise au "
            "point, de la fabrication et du stockage des armes bactériologiques (biologiques) "
            "ou à toxines et sur leur destruction, et de la Convention sur les armes chimiques,"
        ),
        [("UNTS/1015/14860", None), ("UNTS/1974/33757", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Destacando la universalidad de la Convención sobre la Prohibición del Desarrollo, "
            "la Producción, el Almacenamiento y el Empleo de Armas Químicas y sobre su "
            "Destrucción y de la Convención sobre las Armas Biológicas,"
        ),
        [("UNTS/1974/33757", None), ("UNTS/1015/14860", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Calling upon States to become parties to the Agreement relating to the "
            "Implementation of Part XI of the United Nations Convention on the Law of the Sea "
            "of 10 December 1982 and to the United Nations Fish Stocks Agreement,"
        ),
        [("UNTS/1836/31364", None), ("UNTS/2167/37924", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Engageant les États à devenir parties à l'Accord relatif à l'application de la "
            "Partie XI de la Convention des Nations Unies sur le droit de la mer du 10 décembre "
            "1982 et à l'Accord des Nations Unies sur les stocks de poissons,"
        ),
        [("UNTS/1836/31364", None), ("UNTS/2167/37924", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Exhortando a los Estados a que se hagan partes en el Acuerdo relativo a la "
            "Aplicación de la Parte XI de la Convención de las Naciones Unidas sobre el Derecho "
            "del Mar de 10 de diciembre de 1982 y en el Acuerdo de las Naciones Unidas sobre las "
            "Poblaciones de Peces,"
        ),
        [("UNTS/1836/31364", None), ("UNTS/2167/37924", None)],
    ),
]

#: rows that must not change (passing on main too): a clause that dates its own noun, dates of
#: another kind after a list's topic, and the new domains' forms already read
_SAME: list[Row] = [
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolution 47/188, containing the declaration of the conference "
            "held at Lima, on 14 June 1992,"
        ),
        [("A/RES/47/188", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant sa résolution 47/188, contenant la déclaration de la conférence tenue à "
            "Lima, le 14 juin 1992,"
        ),
        [("A/RES/47/188", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando su resolución 47/188, que contiene la declaración de la conferencia "
            "celebrada en Lima, el 14 de junio de 1992,"
        ),
        [("A/RES/47/188", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolutions 74/221 and 76/198 on follow-up to the conference, of 19 "
            "December 2019 and 17 December 2021,"
        ),
        [("A/RES/74/221", None), ("A/RES/76/198", None)],
    ),
    (
        "en",
        SC["en"]
        + (
            "Recalling its resolution 2231 (2015), adopted on 20 July 2015, and the statement "
            "by its President of 5 May 2020 (S/PRST/2020/5),"
        ),
        [("S/RES/2231(2015)", "2015-07-20"), ("S/PRST/2020/5", "2020-05-05")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant ses résolutions 76/274 et 77/307 A à C sur le financement de la "
            "Mission, et prenant note du rapport du Comité consultatif (A/77/767/Add.14),"
        ),
        [
            ("A/RES/76/274", None),
            ("A/RES/77/307A", None),
            ("A/RES/77/307B", None),
            ("A/RES/77/307C", None),
            ("A/77/767/Add.14", None),
        ],
    ),
    (
        "es",
        GA["es"]
        + (
            "Tomando nota de la nota de la Dependencia Común de Inspección (JIU/NOTE/2023/1) y "
            "del informe de la Comisión de Límites de la Plataforma Continental (CLCS/83),"
        ),
        [("JIU/NOTE/2023/1", None), ("CLCS/83", None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), by_language(_ROWS, _SAME))
def test_targets_and_dates(lang: str, text: str, want: Records) -> None:
    assert_dated_targets(text, lang, want)


#: (language, passage, the pinpoint of each record by its target)
_PINPOINTS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        HRC["en"] + "Recalling the annex to Council resolution 16/21 and Council resolution 7/22,",
        {"A/HRC/RES/16/21": "annex", "A/HRC/RES/7/22": None},
    ),
    (
        "en",
        HRC["en"] + "Recalling resolution 16/21, annex I to Council resolution 5/1 and resolution 7/22,",
        {"A/HRC/RES/16/21": None, "A/HRC/RES/5/1": "annex I", "A/HRC/RES/7/22": None},
    ),
    (
        "en",
        GA["en"] + "Recalling resolution 65/281, annex II to General Assembly resolution 55/25,",
        {"A/RES/65/281": None, "A/RES/55/25": "annex II"},
    ),
    (
        "en",
        SC["en"] + "Recalling subparagraph (e) of paragraph 5 of its resolution 2664 (2022),",
        {"S/RES/2664(2022)": "subparagraph (e) of paragraph 5"},
    ),
    (
        "es",
        GA["es"] + "Recordando el párrafo 5 e) de la resolución 60/1 y el anexo de la resolución 65/281,",
        {"A/RES/60/1": "párrafo 5 e)", "A/RES/65/281": "anexo"},
    ),
    (
        "es",
        SC["es"] + "Recordando el apartado e) del párrafo 5 de su resolución 2664 (2022),",
        {"S/RES/2664(2022)": "apartado e) del párrafo 5"},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant l'alinéa e) du paragraphe 5 de la résolution 60/1,",
        {"A/RES/60/1": "alinéa e) du paragraphe 5"},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant le paragraphe 5 e) de la résolution 60/1,",
        {"A/RES/60/1": "paragraphe 5 e)"},
    ),
]

#: pinpoints that must not change
_SAME_PINPOINTS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        GA["en"] + "Recalling paragraph 5 (e) of resolution 60/1 and resolution 55/25, annex II,",
        {"A/RES/60/1": "paragraph 5 (e)", "A/RES/55/25": "annex II"},
    ),
    (
        "en",
        HRC["en"] + "Recalling resolution 16/21, annex I, and resolution 7/22,",
        {"A/HRC/RES/16/21": "annex I", "A/HRC/RES/7/22": None},
    ),
    (
        "es",
        GA["es"] + "Recordando la resolución 60/1, y a) tomando nota de la resolución 65/281,",
        {"A/RES/60/1": None, "A/RES/65/281": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), by_language(_PINPOINTS, _SAME_PINPOINTS))
def test_pinpoints(lang: str, text: str, want: dict[str, str | None]) -> None:
    assert resolved_pinpoints(text, lang) == want


#: (language, passage, the body of the one unresolved record): an executive board's decision
#: named back by the board's short name is that board's (it has no id scheme: kept unresolved)
_BOARDS: list[tuple[str, str, str | None]] = [
    (
        "es",
        ECOSOC["es"]
        + (
            "Recordando la labor de la Junta Ejecutiva del Fondo de las Naciones Unidas para la "
            "Infancia.\n\nToma nota de la decisión 2019/5 de la Junta,"
        ),
        "E/ICEF",
    ),
    (
        "es",
        ECOSOC["es"]
        + (
            "Toma nota del informe de la Junta Ejecutiva del Programa de las Naciones Unidas "
            "para el Desarrollo y de la decisión 2019/5 de la Junta,"
        ),
        "DP",
    ),
]

#: boards that must not change: a board of another organisation keeps its body
_SAME_BOARDS: list[tuple[str, str, str | None]] = [
    (
        "es",
        ECOSOC["es"] + "Toma nota de la decisión 2019/5 de la Junta Nacional de Elecciones,",
        "ORG",
    ),
    (
        "en",
        ECOSOC["en"]
        + (
            "Recalling the work of the Executive Board of UNDP.\n\nTakes note of the Board's decision 2019/5,"
        ),
        "DP",
    ),
]


@pytest.mark.parametrize(("lang", "text", "body"), by_language(_BOARDS, _SAME_BOARDS))
def test_board_named_back(lang: str, text: str, body: str | None) -> None:
    cits = extract_text(text, lang=lang).citations
    assert [(c.target, c.body) for c in cits] == [(None, body)]
    assert all(c.reason for c in cits)


#: (language, a resolution's text that adopts a treaty as its annex, the targets it cites): the
#: treaty named there is the text's own annex, no citation (nor the convention in its title)
_OWN_ANNEX: list[tuple[str, str, set[str]]] = [
    (
        "en",
        "Resolution 48/263 adopted by the General Assembly\n\n48/263. Agreement relating to the "
        "implementation of Part XI of the United Nations Convention on the Law of the Sea of 10 "
        "December 1982\n\nThe General Assembly,\n\nRecalling its resolution 48/28 of 9 December "
        "1993,\n\n1. Adopts the Agreement relating to the Implementation of Part XI of the "
        "United Nations Convention on the Law of the Sea of 10 December 1982;",
        {"A/RES/48/28"},
    ),
    (
        "en",
        "Resolution 55/25 adopted by the General Assembly\n\nThe General Assembly,\n\nRecalling "
        "its resolution 53/111 of 9 December 1998,\n\n1. Adopts the United Nations Convention "
        "against Transnational Organized Crime annexed to the present resolution;",
        {"A/RES/53/111"},
    ),
]

#: a text other than the adopting resolution cites the treaty
_SAME_OWN_ANNEX: list[tuple[str, str, set[str]]] = [
    (
        "en",
        "Resolution 78/70 adopted by the General Assembly\n\nThe General Assembly,\n\nRecalling "
        "the United Nations Convention against Transnational Organized Crime and its "
        "resolution 55/25,",
        {"UNTS/2225/39574", "A/RES/55/25"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), by_language(_OWN_ANNEX, _SAME_OWN_ANNEX))
def test_own_annex_not_cited(lang: str, text: str, want: set[str]) -> None:
    assert {c.target for c in extract_text(text, lang=lang).citations} == want
