"""Forms met reading real public English, French and Spanish texts of kinds not read before
(issue 7, pass real51a: the Security Council's and the General Assembly's meetings coverage in
English and French, Belgian royal decrees and their reports to the King carrying out the Council's
sanctions, Argentina's Official Bulletin publishing the Council's sanctions, the sanctions
committees' and ministries' pages in Spanish, the Repertoire of the Council's practice in French,
a verbatim record of the Assembly in Spanish, the Human Rights Council's resolutions and press
releases in French, treaty bodies' general recommendations and the World Health Assembly's,
UNESCO's and the IAEA's texts citing the Organization's, law-review footnotes in the Bluebook's
style), each written for these tests in UN style (passages, titles and dates invented; the
Council's numbers real where their year decides the rule):

- a list of the Council's numbers without their years, each with its date after it and the
  Council named after the list's last ("resolutions 733 of 3 February 1992, 751 of 14 May 1992
  and 1356 of 9 July 2001 of the Security Council", fr "les résolutions 733 du …, 751 du … et 1356
  du … du Conseil de sécurité", es "las resoluciones 733 de fecha …, 751 de fecha … y 1356 de fecha
  … del Consejo de Seguridad") gives each number, dated by its own date (the whole list was
  lost); an undated list, a list in no order of the Council's or the Assembly's numbers read as
  before. (``council.behind_list``, ``find_council._council_list``.)
- the plural and short number marks of the Americas' gazettes ("las Resoluciones Nros. 1132 de
  fecha …", "la Resolución Nro. 2127 del Consejo de Seguridad") are number marks (es
  ``footnotes.number``; the list or the number was lost).
- the Council's number without its year, the date of its adoption after it and the Council named
  after that date by the adopter's link ("la résolution 1478 adoptée le 16 mai 2003 par le Conseil
  de sécurité", "resolution 1478 adopted on 16 May 2003 by the Security Council", es "la resolución
  1478 aprobada el 16 de mayo de 2003 por el Consejo de Seguridad") is the Council's, dated (was
  lost unless the text was the Council's own); another body after the date, or a number that the
  date's year does not fit, stays as before. (``council.behind``, ``grammar.body_prep_past_date``.)
- the Council's French name with a capital "Sécurité" and the Organization's name after it in
  either case ("… arrêtées par le Conseil de Sécurité des Nations unies dans sa Résolution 1390 du
  16 janvier 2002, que le Conseil de l'Union européenne a transposée …") is the Council's name
  (the number was lost where another council was named in the sentence). (fr ``bodies.SC``.)
- a legal citation's pinpoint with subparagraphs in brackets after the paragraph's number, a range
  or a list of them ("S.C. Res. 1373, ¶ 1(a) (Sept. 28, 2001)", "¶ 1(a)–(d)", "¶¶ 1(a), 2(b)",
  "para. 12(b)", "paras. 4,6"), or the operative paragraphs' abbreviation ("SC Res. 1373, op.
  paras. 1, 2 (Sept. 28, 2001)", as "pmbl. para." was read) keeps the date in brackets after it
  (was undated; a number the date alone gives the year of was unresolved) and is the pinpoint,
  also where the date lost the blank after its comma ("(July 20,2015)").
  (``rules._SUBPARAGRAPHS`` in ``pin_date``; en ``pinpoints.paragraph``; ``dates.date_regex``.)
"""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

Dated = tuple[str, str | None, str | None]
Pinned = tuple[str, str | None, str | None, str | None]


def _dated(text: str) -> list[Dated]:
    return [(c.text, c.target, c.date) for c in extract_text(text).citations]


def _pinned(text: str) -> list[Pinned]:
    return [(c.text, c.target, c.date, c.pinpoint) for c in extract_text(text).citations]


DATED_LISTS: list[tuple[str, list[Dated]]] = [
    (
        "The measures imposed by resolutions 733 of 3 February 1992, 751 of 14 May 1992 and 1356 "
        "of 9 July 2001 of the Security Council shall be published in full.\n",
        [
            ("733", "S/RES/733(1992)", "1992-02-03"),
            ("751", "S/RES/751(1992)", "1992-05-14"),
            ("1356", "S/RES/1356(2001)", "2001-07-09"),
        ],
    ),
    (
        "Les mesures imposées par les résolutions 1267 du 5 mars 1999 et 1333 du 11 décembre 2000 du "
        "Conseil de sécurité sont applicables sur le territoire.\n",
        [("1267", "S/RES/1267(1999)", "1999-03-05"), ("1333", "S/RES/1333(2000)", "2000-12-11")],
    ),
    (
        "Que el Decreto N° 412 hizo públicas las medidas dispuestas por las resoluciones 1132 de "
        "fecha 2 de octubre de 1997 y 1171 de fecha 15 de junio de 1998 del Consejo de Seguridad de "
        "las NACIONES UNIDAS.\n",
        [("1132", "S/RES/1132(1997)", "1997-10-02"), ("1171", "S/RES/1171(1998)", "1998-06-15")],
    ),
    (
        "Que por el Decreto N° 87 el PODER EJECUTIVO dispuso aplicar lo previsto en las Resoluciones "
        "Nros. 733 de fecha 3 de febrero de 1992, 751 de fecha 14 de mayo de 1992 y 1356 de fecha 9 "
        "de julio de 2001 del Consejo de Seguridad de las NACIONES UNIDAS.\n",
        [
            ("733", "S/RES/733(1992)", "1992-02-03"),
            ("751", "S/RES/751(1992)", "1992-05-14"),
            ("1356", "S/RES/1356(2001)", "2001-07-09"),
        ],
    ),
    (
        "VISTAS las actuaciones del MINISTERIO y la Resolución Nro. 2111 del Consejo de Seguridad de "
        "las Naciones Unidas, y\n",
        [("2111", "S/RES/2111(2013)", None)],
    ),
]

DATED_LIST_LOOK_ALIKES: list[tuple[str, list[Dated]]] = [
    (
        "The measures imposed by resolutions 1325 and 1820 of the Security Council remain in force.\n",
        [("1325", "S/RES/1325(2000)", None), ("1820", "S/RES/1820(2008)", None)],
    ),
    (
        "Recalling its resolutions 61/144 of 19 December 2006 and 64/178 of 18 December 2009 of the "
        "General Assembly,\n",
        [("61/144", "A/RES/61/144", "2006-12-19"), ("64/178", "A/RES/64/178", "2009-12-18")],
    ),
    (
        "Vista la Resolución N° 1425 de fecha 22 de julio de 2002 del Consejo de Seguridad de las "
        "NACIONES UNIDAS.\n",
        [("1425", "S/RES/1425(2002)", "2002-07-22")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATED_LISTS + DATED_LIST_LOOK_ALIKES)
def test_council_lists_with_each_number_dated(text: str, expected: list[Dated]) -> None:
    assert _dated(text) == expected


ADOPTER_AFTER_DATE: list[tuple[str, list[Dated]]] = [
    (
        "Le présent arrêté entre en vigueur le jour de sa publication. (1) Résolution 1521 adoptée "
        "le 22 décembre 2003 par le Conseil de sécurité des Nations Unies.\n",
        [("1521", "S/RES/1521(2003)", "2003-12-22")],
    ),
    (
        "The Regulations give effect to resolution 1478 adopted on 16 May 2003 by the Security Council.\n",
        [("1478", "S/RES/1478(2003)", "2003-05-16")],
    ),
    (
        "Considerando la resolución 1478 aprobada el 16 de mayo de 2003 por el Consejo de Seguridad "
        "de las Naciones Unidas,\n",
        [("1478", "S/RES/1478(2003)", "2003-05-16")],
    ),
    (
        "Le présent arrêté met en oeuvre la résolution 1478 du 16 mai 2003, par le Conseil de "
        "sécurité, relative au Libéria.\n",
        [("1478", "S/RES/1478(2003)", "2003-05-16")],
    ),
]

ADOPTER_AFTER_DATE_LOOK_ALIKES: list[tuple[str, list[Dated]]] = [
    (
        "Vu la résolution 1478 adoptée le 16 mai 2003 par le Conseil de l'Europe.\n",
        [],
    ),
    (
        "The Regulations give effect to resolution 1478 adopted by the Security Council on 16 May 2003.\n",
        [("1478", "S/RES/1478(2003)", "2003-05-16")],
    ),
    (
        "Recalling resolution 60/1 adopted on 16 September 2005 by the General Assembly,\n",
        [("60/1", "A/RES/60/1", "2005-09-16")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ADOPTER_AFTER_DATE + ADOPTER_AFTER_DATE_LOOK_ALIKES)
def test_council_named_after_the_adoption_date(text: str, expected: list[Dated]) -> None:
    assert _dated(text) == expected


CAPITALS: list[tuple[str, list[Dated]]] = [
    (
        "Le présent arrêté donne effet aux mesures arrêtées par le Conseil de Sécurité des Nations "
        "unies dans sa Résolution 1390 du 16 janvier 2002, que le Conseil de l'Union européenne a "
        "transposée dans un règlement.\n",
        [("1390", "S/RES/1390(2002)", "2002-01-16")],
    ),
    (
        "Les mesures décidées par le Conseil de Sécurité de l'Organisation des Nations Unies dans sa "
        "résolution 1390 du 16 janvier 2002, puis par le Conseil de l'Union européenne, sont "
        "applicables.\n",
        [("1390", "S/RES/1390(2002)", "2002-01-16")],
    ),
]

CAPITALS_LOOK_ALIKES: list[tuple[str, list[Dated]]] = [
    (
        "Les mesures décidées par le Conseil de sécurité des Nations unies dans sa résolution 1390 du "
        "16 janvier 2002 sont applicables.\n",
        [("1390", "S/RES/1390(2002)", "2002-01-16")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPITALS + CAPITALS_LOOK_ALIKES)
def test_council_name_with_a_capital(text: str, expected: list[Dated]) -> None:
    assert _dated(text) == expected


SUBPARAGRAPHS: list[tuple[str, list[Pinned]]] = [
    (
        "See S.C. Res. 1373, ¶ 1(a) (Sept. 28, 2001).\n",
        [("1373", "S/RES/1373(2001)", "2001-09-28", "¶ 1(a)")],
    ),
    (
        "Cf. G.A. Res. 70/1, ¶ 12(b) (Sept. 25, 2015).\n",
        [("70/1", "A/RES/70/1", "2015-09-25", "¶ 12(b)")],
    ),
    (
        "See S.C. Res. 2231, ¶ 7(a)–(c) (July 20, 2015).\n",
        [("2231", "S/RES/2231(2015)", "2015-07-20", "¶ 7(a)-(c)")],
    ),
    (
        "See S.C. Res. 2231, ¶¶ 2(b), 7(a)(ii) (July 20, 2015).\n",
        [("2231", "S/RES/2231(2015)", "2015-07-20", "¶¶ 2(b), 7(a)(ii)")],
    ),
    (
        "See S.C. Res. 1373, para. 2(e) (Sept. 28, 2001).\n",
        [("1373", "S/RES/1373(2001)", "2001-09-28", "para. 2(e)")],
    ),
    (
        "12 S.C. Res. 2231, paras. 4,6 (July 20, 2015), available at <http://www.example.org/sc>.\n",
        [("2231", "S/RES/2231(2015)", "2015-07-20", "paras. 4,6")],
    ),
    (
        "13 SC Res. 2231, op. para. 7 (July 20, 2015), 54 ILM 101 (2015).\n",
        [("2231", "S/RES/2231(2015)", "2015-07-20", "op. para. 7")],
    ),
    (
        "14 SC Res. 2231, op. paras. 2, 7 (July 20, 2015).\n",
        [("2231", "S/RES/2231(2015)", "2015-07-20", "op. paras. 2, 7")],
    ),
    (
        "16 S.C. Res. 2231, paras. 3,9 (July 20,2015), available at <http://www.example.org/sc>.\n",
        [("2231", "S/RES/2231(2015)", "2015-07-20", "paras. 3,9")],
    ),
]

SUBPARAGRAPH_LOOK_ALIKES: list[tuple[str, list[Pinned]]] = [
    (
        "See S.C. Res. 1373, ¶ 2 (Sept. 28, 2001).\n",
        [("1373", "S/RES/1373(2001)", "2001-09-28", "¶ 2")],
    ),
    (
        "See G.A. Res. 2625 (XXV), ¶ 3 (Oct. 24, 1970).\n",
        [("2625 (XXV)", "A/RES/2625(XXV)", "1970-10-24", "¶ 3")],
    ),
    (
        "15 SC Res. 2231, pmbl. para. 3 (July 20, 2015).\n",
        [("2231", "S/RES/2231(2015)", "2015-07-20", "pmbl. para. 3")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBPARAGRAPHS + SUBPARAGRAPH_LOOK_ALIKES)
def test_pinpoint_with_subparagraphs_before_the_date(text: str, expected: list[Pinned]) -> None:
    assert _pinned(text) == expected
