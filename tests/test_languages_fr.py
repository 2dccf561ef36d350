"""French passages (written for these tests, in UN style) → the targets and dates they cite."""

from __future__ import annotations

import pytest

from passages import assert_passage

CASES: list[tuple[str, dict[str, str | None]]] = [
    (
        "A/RES/72/150\n\nL'Assemblée générale,\n\nRappelant sa résolution 61/144 du 19 décembre 2006,",
        {"A/RES/61/144": "2006-12-19"},
    ),
    (
        "A/RES/72/150\n\nL'Assemblée générale,\n\nRappelant ses résolutions 61/144 du 19 décembre 2006 "
        "et 64/178 du 18 décembre 2009,",
        {"A/RES/61/144": "2006-12-19", "A/RES/64/178": "2009-12-18"},
    ),
    (
        "Rappelant également les résolutions de l'Assemblée générale 58/137 du 22 décembre 2003, "
        "59/156 du 20 décembre 2004 ainsi que 61/180 du 20 décembre 2006,",
        {"A/RES/58/137": "2003-12-22", "A/RES/59/156": "2004-12-20", "A/RES/61/180": "2006-12-20"},
    ),
    (
        "Rappelant la résolution 2015/23 du Conseil économique et social en date du 21 juillet 2015,",
        {"E/RES/2015/23": "2015-07-21"},
    ),
    (
        "Prenant note de la résolution 27/2 de la Commission pour la prévention du crime et la justice "
        "pénale, du 18 mai 2018,",
        {"E/CN.15/RES/27/2": "2018-05-18"},
    ),
    (
        "Réaffirmant les résolutions du Conseil de sécurité 1325 (2000) du 31 octobre 2000 et "
        "1820 (2008) du 19 juin 2008,",
        {"S/RES/1325(2000)": "2000-10-31", "S/RES/1820(2008)": "2008-06-19"},
    ),
    (
        "S/RES/2467(2019)\n\nLe Conseil de sécurité,\n\nRappelant ses résolutions 1265 (1999), 1296 (2000), "
        "1674 (2006) et 1894 (2009), ainsi que les déclarations de son président,",
        {
            "S/RES/1265(1999)": None,
            "S/RES/1296(2000)": None,
            "S/RES/1674(2006)": None,
            "S/RES/1894(2009)": None,
        },
    ),
    (
        "Rappelant la déclaration de son président en date du 8 mars 2016 (S/PRST/2016/3),",
        {"S/PRST/2016/3": None},
    ),
    (
        "A/HRC/RES/35/1\n\nLe Conseil des droits de l'homme,\n\nRappelant ses résolutions 26/9 du "
        "26 juin 2014 et 32/3 du 30 juin 2016, ainsi que sa décision 4/4,",
        {"A/HRC/RES/26/9": "2014-06-26", "A/HRC/RES/32/3": "2016-06-30", "A/HRC/DEC/4/4": None},
    ),
    (
        "Rappelant la résolution 1999/30 de la Commission des droits de l'homme, en date du 26 avril 1999,",
        {"E/CN.4/RES/1999/30": "1999-04-26"},
    ),
    (
        "A/RES/70/200\n\nL'Assemblée générale,\n\nRappelant ses résolutions 49/222 A et B du "
        "23 décembre 1994 et du 20 juillet 1995,",
        {"A/RES/49/222A": "1994-12-23", "A/RES/49/222B": "1995-07-20"},
    ),
    (
        "Prenant note du rapport du Secrétaire général (A/72/276) et de la note du Secrétariat "
        "(A/72/276/Add.1),",
        {"A/72/276": None, "A/72/276/Add.1": None},
    ),
    (
        "Rappelant le paragraphe 5 de sa résolution 70/1 du 25 septembre 2015,",
        {"A/RES/70/1": "2015-09-25"},
    ),
    (
        "A/RES/71/1\n\nL'Assemblée générale,\n\nRappelant l'annexe II de sa résolution 55/25 du "
        "15 novembre 2000,",
        {"A/RES/55/25": "2000-11-15"},
    ),
    (
        "A/RES/71/1\n\nL'Assemblée générale,\n\n1. Prie le Secrétaire général de lui présenter, à sa "
        "soixante-treizième session, un rapport sur l'application de la présente résolution et de "
        "sa résolution 69/313 du 27 juillet 2015 ;",
        {"A/RES/69/313": "2015-07-27"},
    ),
    (
        "Se félicitant de l'adoption par l'Assemblée générale, dans sa résolution 64/293 du "
        "30 juillet 2010, du Plan d'action mondial,",
        {"A/RES/64/293": "2010-07-30"},
    ),
    (
        "__________\n1 Nations Unies, Recueil des Traités, vol. 2225, n° 39574.\n"
        "2 Ibid., vol. 2237, n° 39574.",
        {"UNTS/2225/39574": None, "UNTS/2237/39574": None},
    ),
    (
        "Rappelant les décisions 2006/14 et 2007/5 du Conseil économique et social,",
        {"E/DEC/2006/14": None, "E/DEC/2007/5": None},
    ),
    (
        "A/RES/73/190\n\nL'Assemblée générale,\n\nRappelant sa résolution 60/1 du 16 septembre 2005 "
        "et ses résolutions 65/1 du 22 septembre 2010 et 70/1 du 25 septembre 2015,",
        {"A/RES/60/1": "2005-09-16", "A/RES/65/1": "2010-09-22", "A/RES/70/1": "2015-09-25"},
    ),
    (
        "Rappelant la résolution 11/3 du Conseil des droits de l'homme en date du 17 juin 2009 et la "
        "résolution 2004/45 de la Commission des droits de l'homme en date du 19 avril 2004,",
        {"A/HRC/RES/11/3": "2009-06-17", "E/CN.4/RES/2004/45": "2004-04-19"},
    ),
    (
        "Rappelant la résolution 217 A (III) de l'Assemblée générale en date du 10 décembre 1948,",
        {"A/RES/217A(III)": "1948-12-10"},
    ),
    (
        "Ayant examiné le rapport de la Commission (E/CN.15/2019/17),",
        {"E/CN.15/2019/17": None},
    ),
    (
        "Rappelant les résolutions de l'Assemblée générale 1514 (XV) du 14 décembre 1960 et "
        "2625 (XXV) du 24 octobre 1970,",
        {"A/RES/1514(XV)": "1960-12-14", "A/RES/2625(XXV)": "1970-10-24"},
    ),
    (
        "Rappelant la résolution 8/12 du Conseil des droits de l'homme, en date du 18 juin 2008, "
        "et les résolutions 11/3 et 14/2 du Conseil,",
        {"A/HRC/RES/8/12": "2008-06-18", "A/HRC/RES/11/3": None, "A/HRC/RES/14/2": None},
    ),
    (
        "A/RES/74/176\n\nL'Assemblée générale,\n\nRappelant sa résolution 73/146 du 17 décembre 2018 "
        "et toutes ses autres résolutions pertinentes,\n\nRappelant également la décision 4/4 de la "
        "Conférence des Parties à la Convention des Nations Unies contre la criminalité "
        "transnationale organisée,",
        {"A/RES/73/146": "2018-12-17", "CTOC/COP/DEC/4/4": None},
    ),
    (
        "A/RES/70/1\n\nL’Assemblée générale,\n\nRappelant\nsa résolution 37/248 du 21 décembre 1982,",
        {"A/RES/37/248": "1982-12-21"},
    ),
    (
        "Rappelant les résolutions 3281 (XXIX) du 12 décembre 1974 et 3362 (S-VII) du 16 septembre 1975,",
        {"A/RES/3281(XXIX)": "1974-12-12", "A/RES/3362(S-VII)": "1975-09-16"},
    ),
    (
        "Notant que le Conseil des droits de l’homme, dans sa résolution 9/7 du 24 septembre 2008, a prié",
        {"A/HRC/RES/9/7": "2008-09-24"},
    ),
    (
        "Rappelant ses résolutions 48/77 B du 16 décembre 1993, 50/70 M du 12 décembre 1995 et 36/96 C,",
        {"A/RES/48/77B": "1993-12-16", "A/RES/50/70M": "1995-12-12", "A/RES/36/96C": None},
    ),
    (
        "Rappelant les résolutions 60/1 à 60/3 et la résolution 1999/15 du Conseil économique et social,",
        {"A/RES/60/1": None, "A/RES/60/2": None, "A/RES/60/3": None, "E/RES/1999/15": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_french_passage(text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected, skip_own=True)
