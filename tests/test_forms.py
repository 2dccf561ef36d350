"""Citation forms, table-driven: passage (written for these tests, in UN style) → expected records.

Each row: language, the passage, and the (target, date) pairs the passage must give —
exactly those targets, nothing spurious.  A leading masthead line gives the citing text
its identity where the row needs one (for "its / sa / su" and bare numbers).
"""

from __future__ import annotations

import pytest

from passages import by_language
from rescite.engine.extract import extract_text

ROWS: list[tuple[str, str, dict[str, str | None]]] = [
    # -- N/M with the body before (EN) or after (FR/ES) the number
    ("en", "Recalling General Assembly resolution 70/1 of 25 September 2015,", {"A/RES/70/1": "2015-09-25"}),
    (
        "fr",
        "Rappelant la résolution 70/1 de l'Assemblée générale en date du 25 septembre 2015,",
        {"A/RES/70/1": "2015-09-25"},
    ),
    (
        "es",
        "Recordando la resolución 70/1 de la Asamblea General, de 25 de septiembre de 2015,",
        {"A/RES/70/1": "2015-09-25"},
    ),
    ("es", "Recordando su resolución 64/293, de 1º de julio de 2010,", {"A/RES/64/293": "2010-07-01"}),
    # -- ranges: both ends, and between them when both are of one session
    (
        "en",
        "Recalling General Assembly resolutions ES-10/2 to ES-10/5 and 54/402 to 55/402,",
        dict.fromkeys([*(f"A/RES/ES-10/{n}" for n in (2, 3, 4, 5)), "A/RES/54/402", "A/RES/55/402"]),
    ),
    (
        "en",
        "Recalling Economic and Social Council resolutions 2000/1 through 2000/3,",
        {"E/RES/2000/1": None, "E/RES/2000/2": None, "E/RES/2000/3": None},
    ),
    (
        "fr",
        "Rappelant les résolutions 60/1 à 60/3 de l'Assemblée générale,",
        dict.fromkeys(f"A/RES/60/{n}" for n in (1, 2, 3)),
    ),
    (
        "es",
        "Recordando las resoluciones de la Asamblea General 60/1 a 60/3,",
        dict.fromkeys(f"A/RES/60/{n}" for n in (1, 2, 3)),
    ),
    # -- special and emergency special sessions
    ("en", "Recalling General Assembly resolution S-30/1 of 19 April 2016,", {"A/RES/S-30/1": "2016-04-19"}),
    ("fr", "Rappelant la résolution ES-10/24 de l'Assemblée générale,", {"A/RES/ES-10/24": None}),
    ("es", "Recordando la resolución S-32/1 de la Asamblea General,", {"A/RES/S-32/1": None}),
    # -- YYYY/N is ECOSOC unless the Commission on Human Rights is named
    (
        "en",
        "Recalling Economic and Social Council resolution 2017/18 of 6 July 2017,",
        {"E/RES/2017/18": "2017-07-06"},
    ),
    (
        "fr",
        "Rappelant la résolution 2002/62 de la Commission des droits de l'homme,",
        {"E/CN.4/RES/2002/62": None},
    ),
    (
        "es",
        "Recordando la resolución 2010/15 del Consejo Económico y Social, de 22 de julio de 2010,",
        {"E/RES/2010/15": "2010-07-22"},
    ),
    # -- N (YYYY) is the Security Council
    (
        "en",
        "Recalling its resolutions 1325 (2000) and 1820 (2008),",
        {"S/RES/1325(2000)": None, "S/RES/1820(2008)": None},
    ),
    (
        "fr",
        "Rappelant ses résolutions 1325 (2000) et 2331 (2016),",
        {"S/RES/1325(2000)": None, "S/RES/2331(2016)": None},
    ),
    (
        "es",
        "Recordando sus resoluciones 1373 (2001) y 2195 (2014),",
        {"S/RES/1373(2001)": None, "S/RES/2195(2014)": None},
    ),
    # -- a year that does not fit the number is no Security Council resolution
    ("en", "the Convention of 1999 (2001) was noted", {}),
    # -- N (ROMAN): old General Assembly and ECOSOC
    ("en", "Recalling its resolution 2200 A (XXI) of 16 December 1966,", {"A/RES/2200A(XXI)": "1966-12-16"}),
    ("fr", "Rappelant sa résolution 3201 (S-VI) du 1er mai 1974,", {"A/RES/3201(S-VI)": "1974-05-01"}),
    (
        "es",
        "Recordando la resolución 663 C (XXIV) del Consejo Económico y Social,",
        {"E/RES/663C(XXIV)": None},
    ),
    # a council numbering texts N (ROMAN) is ECOSOC, whichever council was named last
    (
        "en",
        "Recalling Security Council resolution 1325 (2000) and Council resolution 1235 (XLII) of 6 June 1967,",
        {"S/RES/1325(2000)": None, "E/RES/1235(XLII)": "1967-06-06"},
    ),
    # the Sub-Commission numbers its resolutions by year, as ECOSOC does
    (
        "en",
        "Recalling Sub-Commission resolution 1999/17 of 26 August 1999,",
        {"E/CN.4/SUB.2/RES/1999/17": "1999-08-26"},
    ),
    # -- lettered parts
    (
        "en",
        "Recalling its resolutions 31/16 A and 32/5 A and B,",
        {"A/RES/31/16A": None, "A/RES/32/5A": None, "A/RES/32/5B": None},
    ),
    (
        "fr",
        "Rappelant ses résolutions 3419 A à C (XXX),",
        {"A/RES/3419A(XXX)": None, "A/RES/3419B(XXX)": None, "A/RES/3419C(XXX)": None},
    ),
    ("es", "Recordando sus resoluciones 49/222 A y B,", {"A/RES/49/222A": None, "A/RES/49/222B": None}),
    # -- decisions
    ("en", "Recalling its decision 51/302,", {"A/DEC/51/302": None}),
    ("fr", "Rappelant sa décision 56/443 du 21 décembre 2001,", {"A/DEC/56/443": "2001-12-21"}),
    ("es", "Recordando su decisión 52/459, de 22 de diciembre de 1997,", {"A/DEC/52/459": "1997-12-22"}),
    # -- a list sharing one body
    (
        "en",
        "Recalling General Assembly resolutions 62/133 of 18 December 2007, 63/155 of 18 December 2008 and 65/187 of 21 December 2010,",
        {"A/RES/62/133": "2007-12-18", "A/RES/63/155": "2008-12-18", "A/RES/65/187": "2010-12-21"},
    ),
    (
        "es",
        "Recordando las resoluciones de la Asamblea General 62/133, de 18 de diciembre de 2007, y 65/187, de 21 de diciembre de 2010,",
        {"A/RES/62/133": "2007-12-18", "A/RES/65/187": "2010-12-21"},
    ),
    # -- other bodies, by name
    (
        "en",
        "Recalling Human Rights Council resolution 17/1 of 16 June 2011,",
        {"A/HRC/RES/17/1": "2011-06-16"},
    ),
    ("fr", "Rappelant la résolution 55/1 de la Commission des stupéfiants,", {"E/CN.7/RES/55/1": None}),
    (
        "es",
        "Recordando la resolución 19/4 de la Comisión de Prevención del Delito y Justicia Penal, de 21 de mayo de 2010,",
        {"E/CN.15/RES/19/4": "2010-05-21"},
    ),
    # -- a date that does not fit the session is not attached
    ("en", "Recalling General Assembly resolution 64/293 of 30 July 1999,", {"A/RES/64/293": None}),
    # -- presidential statements
    (
        "en",
        "Recalling the statements by its President S/PRST/2014/16 and S/PRST/2016/3,",
        {"S/PRST/2014/16": None, "S/PRST/2016/3": None},
    ),
    # -- document symbols, with corrigenda, addenda, ranges and elliptic lists
    (
        "en",
        "Having considered the report of the Secretary-General (A/64/10 and Corr.1),",
        {"A/64/10": None, "A/64/10/Corr.1": None},
    ),
    (
        "fr",
        "Ayant examiné les documents E/CN.15/2019/15, CTOC/COP/2010/5 et CTOC/COP/WG.4/2010/6,",
        {"E/CN.15/2019/15": None, "CTOC/COP/2010/5": None, "CTOC/COP/WG.4/2010/6": None},
    ),
    (
        "es",
        "Véanse los documentos A/59/668/Add.7 a Add.9.",
        {"A/59/668/Add.7": None, "A/59/668/Add.8": None, "A/59/668/Add.9": None},
    ),
    ("en", "See A/59/668/Amend.1 to Amend.3.", dict.fromkeys(f"A/59/668/Amend.{n}" for n in (1, 2, 3))),
    (
        "en",
        "summary records (A/C.3/57/SR.39, 47 and 50)",
        {"A/C.3/57/SR.39": None, "A/C.3/57/SR.47": None, "A/C.3/57/SR.50": None},
    ),
    (
        "en",
        "See S/RES/1325 (2000) and A/C.3/67/L.16/Rev.1.",
        {"S/RES/1325(2000)": None, "A/C.3/67/L.16/Rev.1": None},
    ),
    # corrigenda and addenda listed after the first
    (
        "en",
        "the report of the Secretary-General (A/70/123 and Corr.1 and 2)",
        {"A/70/123": None, "A/70/123/Corr.1": None, "A/70/123/Corr.2": None},
    ),
    # lettered parts with a date each
    (
        "en",
        "Recalling its resolutions 49/222 A and B of 23 December 1994 and 20 July 1995,",
        {"A/RES/49/222A": "1994-12-23", "A/RES/49/222B": "1995-07-20"},
    ),
    # two treaties of one registration number in one footnote
    (
        "en",
        "__________\n1  United Nations, Treaty Series, vol. 1577, No. 27531.\n2  Ibid., vols. 2171 and 2173, No. 27531.",
        {"UNTS/1577/27531": None, "UNTS/2171/27531": None, "UNTS/2173/27531": None},
    ),
    # a document issued jointly to the Assembly and the Council carries both symbols
    ("en", "2  A/51/113-S/1996/276, annex.", {"A/51/113": None, "S/1996/276": None}),
    # -- treaties by UNTS volume and number, and Ibid.
    (
        "en",
        "__________\n1  United Nations, Treaty Series, vol. 189, No. 2545.\n2  Ibid., vol. 606, No. 8791.",
        {"UNTS/189/2545": None, "UNTS/606/8791": None},
    ),
    (
        "fr",
        "__________\n1  Nations Unies, Recueil des Traités, vol. 1577, n o 27531.\n2  Ibid., vol. 2171, nº 27531.",
        {"UNTS/1577/27531": None, "UNTS/2171/27531": None},
    ),
    (
        "es",
        "__________\n1  Naciones Unidas, Treaty Series, vol. 2133, núm. 37245.",
        {"UNTS/2133/37245": None},
    ),
    # -- treaties by name, in the three languages
    ("en", "Recalling the Convention on the Rights of the Child,", {"UNTS/1577/27531": None}),
    ("fr", "Rappelant le Protocole relatif à la traite des personnes,", {"UNTS/2237/39574": None}),
    (
        "es",
        "Recordando la Convención de las Naciones Unidas contra la Corrupción,",
        {"UNTS/2349/42146": None},
    ),
]

SELF_ROWS: list[tuple[str, str, str, dict[str, str | None]]] = [
    # a short name between the noun and the number: "las resoluciones del Consejo 11/3"
    (
        "es",
        "A/HRC/RES/32/3",
        "Reafirmando las resoluciones del Consejo 11/3, de 17 de junio de 2009, y 29/2, de 2 de julio de 2015,",
        {"A/HRC/RES/11/3": "2009-06-17", "A/HRC/RES/29/2": "2015-07-02"},
    ),
    (
        "fr",
        "A/HRC/RES/32/3",
        "Rappelant les résolutions du Conseil 11/3 et 29/2,",
        {"A/HRC/RES/11/3": None, "A/HRC/RES/29/2": None},
    ),
    # "its / sa / su" → the body adopting the citing text
    (
        "fr",
        "CTOC/COP/RES/5/2",
        "Rappelant sa décision 4/4 du 17 octobre 2008,",
        {"CTOC/COP/DEC/4/4": "2008-10-17"},
    ),
    (
        "en",
        "A/HRC/RES/14/2",
        "Recalling its resolution 8/12 of 18 June 2008,",
        {"A/HRC/RES/8/12": "2008-06-18"},
    ),
    (
        "es",
        "A/RES/70/179",
        "Recordando su resolución 64/293, de 30 de julio de 2010,",
        {"A/RES/64/293": "2010-07-30"},
    ),
    # … unless the clause names another actor
    (
        "en",
        "CTOC/COP/RES/5/2",
        "the adoption of the Plan by the General Assembly in its resolution 64/293 of 30 July 2010,",
        {"A/RES/64/293": "2010-07-30"},
    ),
    (
        "es",
        "CAC/COSP/RES/3/1",
        "aprobado por la Asamblea General en su resolución 58/4, de 31 de octubre de 2003,",
        {"A/RES/58/4": "2003-10-31"},
    ),
    # bare numbers in footnotes: the citing body, unless it never reached the session
    ("en", "A/RES/74/176", "text 1\n__________\n1  Resolution 72/1.", {"A/RES/72/1": None}),
    ("fr", "CTOC/COP/RES/5/2", "texte 1\n__________\n1  Résolution 55/25, annexe II.", {"A/RES/55/25": None}),
    (
        "en",
        "A/HRC/RES/14/2",
        "Recalling Council resolution 12/15 of 1 October 2009,",
        {"A/HRC/RES/12/15": "2009-10-01"},
    ),
    # a bare number whose date does not fit the citing body, after a short name that does
    (
        "en",
        "A/RES/76/1",
        "Recognizing that the Conference of the Parties to the Convention reviews its implementation, and taking note of resolution 10/1 of 16 October 2020,",
        {"CTOC/COP/RES/10/1": "2020-10-16"},
    ),
    # the General Assembly numbers session/number only from its 31st session: a bare number
    # below that belongs to the body that number and date fit
    (
        "en",
        "A/RES/79/9",
        "welcoming the implementation of resolution 16/18 of 24 March 2011,",
        {"A/HRC/RES/16/18": "2011-03-24"},
    ),
    # … or to the body of the text cited just before
    (
        "en",
        "A/RES/76/1",
        "the Conference of the Parties to the Convention, taking note of resolution 10/1 of 16 October 2020 and resolution 10/3, also of that date,",
        {"CTOC/COP/RES/10/1": "2020-10-16", "CTOC/COP/RES/10/3": None},
    ),
    # a list interrupted by a relative clause goes on after "and"
    (
        "en",
        "A/HRC/RES/20/1",
        "Recalling Council resolutions 8/12 of 18 June 2008, in which it extended a mandate, and 11/3 of 17 June 2009,",
        {"A/HRC/RES/8/12": "2008-06-18", "A/HRC/RES/11/3": "2009-06-17"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(ROWS))
def test_form(lang: str, text: str, expected: dict[str, str | None]) -> None:
    _check(extract_text(text, lang=lang), expected)


@pytest.mark.parametrize(
    ("lang", "self_id", "text", "expected"),
    SELF_ROWS,
    ids=[f"{r[0]}-{r[1]}-{i}" for i, r in enumerate(SELF_ROWS)],
)
def test_form_with_citing_body(lang: str, self_id: str, text: str, expected: dict[str, str | None]) -> None:
    res = extract_text(f"{self_id}\n\n{text}", lang=lang)
    assert res.document.source_id == self_id
    _check(res, expected)


def _check(res, expected: dict[str, str | None]) -> None:  # type: ignore[no-untyped-def]
    got: dict[str, set[str | None]] = {}
    for c in res.citations:
        assert c.target is not None, c
        got.setdefault(c.target, set()).add(c.date)
    assert set(got) == set(expected)
    for target, date in expected.items():
        assert (date in got[target]) if date else (got[target] == {None}), (target, got[target])


def test_unresolved_is_kept_and_counted() -> None:
    # a Commission on Crime Prevention session far beyond any it has held
    res = extract_text("Recalling Commission on Crime Prevention and Criminal Justice resolution 95/3,")
    assert res.unresolved == 1
    (c,) = res.citations
    assert c.target is None and c.kind == "unresolved" and c.text == "95/3"


@pytest.mark.parametrize(
    "text",
    [
        "A/RES/80/3\n\nSee document CBD/COP/15/17, decision 15/4, annex.",  # GA decisions start at 301
        "A/RES/72/13\n\nRecalling resolution 14/221 of the Assembly of Heads of State,",  # no GA 14/221
        "Recalling General Assembly resolution 12/3,",  # named, but no such numbering
    ],
)
def test_numbers_no_body_could_hold_stay_unresolved(text: str) -> None:
    res = extract_text(text)
    assert res.targets() == [t for t in res.targets() if t.startswith("CBD/")]
    assert res.unresolved == 1


def test_masthead_symbol_is_identity_not_citation() -> None:
    text = "United Nations\nA/RES/80/6\nGeneral Assembly\n\nThe General Assembly,\n\nRecalling its resolution 79/6,\n\nA/RES/80/6\n"
    res = extract_text(text)
    assert res.document.source_id == "A/RES/80/6"
    assert res.targets() == ["A/RES/79/6"]


def test_pinpoints() -> None:
    res = extract_text("A/RES/60/1\n\n__________\n1  Resolution 55/25, annex II.")
    assert [(c.target, c.pinpoint) for c in res.citations] == [("A/RES/55/25", "annex II")]


def test_function_from_nearest_verb() -> None:
    text = "The General Assembly,\n\n1. Welcomes the report, recalls its resolution 64/293 and requests the Secretary-General to report;\n"
    (c,) = extract_text(text).citations
    assert (c.section, c.paragraph, c.verb, c.function) == ("operative", "1", "recalls", "builds_on")


@pytest.mark.parametrize(
    ("lang", "heading", "date"),
    [
        ("en", "Resolution adopted by the General Assembly on 11 November 2025", "2025-11-11"),
        ("fr", "Résolution adoptée par l'Assemblée générale le 4 décembre 2006", "2006-12-04"),
        ("es", "Resolución aprobada por la Asamblea General el 21 de diciembre de 2010", "2010-12-21"),
        ("en", "Adopted by the Security Council at its 7847th meeting, on 20 December 2016", "2016-12-20"),
    ],
)
def test_adoption_date_from_heading(lang: str, heading: str, date: str) -> None:
    res = extract_text(f"{heading}\n\nText.\n", lang=lang)
    assert res.document.date == date


def test_shapes_that_need_no_lexicon_in_a_chinese_text() -> None:
    # Security Council numbers N (YYYY) and document symbols need no words around them, also
    # where numbers are glued to characters and parentheses are full-width
    text = "安全理事会，回顾其以往各项决议，特别是第1996（2011）号和第2046(2012)号决议，以及主席声明S/PRST/2014/16和S/PRST/2016/1，"
    res = extract_text(text)
    assert res.targets() == ["S/RES/1996(2011)", "S/RES/2046(2012)", "S/PRST/2014/16", "S/PRST/2016/1"]
    for c in res.citations:
        assert text[c.start : c.end] == c.text


@pytest.mark.parametrize(
    ("heading", "self_id", "title"),
    [
        (
            "Resolution adopted by the General Assembly on 16 December 2021\n\n"
            "76/186. Improving the coordination of efforts against trafficking\nin persons\n\nThe General Assembly,\n",
            "A/RES/76/186",
            "Improving the coordination of efforts against trafficking in persons",
        ),
        (
            "Résolution 5/2\n\nApplication du Protocole relatif à la traite des personnes\n\n"
            "La Conférence des Parties à la Convention des Nations Unies contre la criminalité "
            "transnationale organisée,\n",
            "CTOC/COP/RES/5/2",
            "Application du Protocole relatif à la traite des personnes",
        ),
    ],
)
def test_own_number_and_title_from_heading(heading: str, self_id: str, title: str) -> None:
    doc = extract_text(heading + "\nRecalling its resolution 70/1,\n").document
    assert (doc.source_id, doc.title) == (self_id, title)


def test_a_text_named_right_after_its_number_is_one_reference() -> None:
    text = (
        "Recalling the adoption by the General Assembly, in its resolution 64/293 of 30 July 2010, "
        "of the United Nations Global Plan of Action to Combat Trafficking in Persons,\n\n"
        "Welcoming the United Nations Global Plan of Action to Combat Trafficking in Persons,\n"
    )
    got = [(c.target, c.text) for c in extract_text(text).citations]
    assert got == [
        ("A/RES/64/293", "64/293"),
        ("A/RES/64/293", "United Nations Global Plan of Action to Combat Trafficking in Persons"),
    ]


def test_links_to_documents_are_citations_not_the_texts_identity() -> None:
    res = extract_text("See https://undocs.org/en/A/RES/70/1 and https://undocs.org/S/RES/1325(2000).")
    assert res.document.source_id is None
    assert res.targets() == ["A/RES/70/1", "S/RES/1325(2000)"]


def test_its_after_another_body_named_just_before() -> None:
    # the Assembly cannot hold 5/1 (it numbers session/number from its 31st session): the
    # Council just named can
    text = "A/RES/62/1\n\nWelcoming the report of the Human Rights Council on its fifth session and its resolution 5/1,"
    assert extract_text(text).targets() == ["A/HRC/RES/5/1"]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "A/75/123\n\nReport of the Secretary-General\n\n"
            "1. The Human Rights Council, in its resolutions 41/2 and 42/16, addressed the matter. See the "
            "report of the Conference of the Parties to the United Nations Convention against Transnational "
            "Organized Crime on its ninth session (CTOC/COP/2018/13) and its resolution 9/1.",
            ["A/HRC/RES/41/2", "A/HRC/RES/42/16", "CTOC/COP/2018/13", "CTOC/COP/RES/9/1"],
        ),
        (
            "A/75/124\n\nRapport du Secrétaire général\n\n"
            "1. Le Conseil des droits de l'homme, dans sa résolution 41/2, a examiné la question; voir le "
            "rapport de la Conférence des Parties à la Convention des Nations Unies contre la criminalité "
            "transnationale organisée sur sa neuvième session et sa résolution 9/1.",
            ["A/HRC/RES/41/2", "CTOC/COP/RES/9/1"],
        ),
    ],
)
def test_a_body_acting_in_a_report_is_not_its_adopting_body(text: str, targets: list[str]) -> None:
    # "The Human Rights Council, in its resolution …" is a sentence about the Council, not
    # the line of an adopting body: the report stays the Assembly's, and "its resolution 9/1"
    # is the Conference's named just before
    res = extract_text(text)
    assert res.document.body == "A"
    assert res.targets() == targets


def test_a_symbols_element_is_no_footnote_marker() -> None:
    # "Add.1" after a full stop looks like a marker glued to a sentence ("persons.1"): it is
    # the addendum of the symbol, and footnote 1 is the one after "Niño"
    text = (
        "A/HRC/RES/32/3\n\nRecordando la Convención sobre los Derechos del Niño1,\n\n"
        "Tomando nota del informe de la Relatora Especial (A/HRC/32/41 y Add.1 y 2),\n\n"
        "_______________\n1 Naciones Unidas, Treaty Series, vol. 1577, núm. 27531.\n"
    )
    cites = extract_text(text).citations
    note = [c for c in cites if c.section == "footnote"]
    assert [(c.target, c.verb) for c in note] == [("UNTS/1577/27531", "Recordando")]
    assert [c.target for c in cites if c.via_footnote == 1] == ["UNTS/1577/27531"]


def test_a_paragraph_number_is_no_footnote_marker() -> None:
    text = (
        "Recalling the 2030 Agenda for Sustainable Development,1\n\n"
        "Welcoming the United Nations Global Plan of Action to Combat Trafficking in Persons,\n\n"
        "1. Urges Member States to implement it;\n__________\n1  Resolution 70/1.\n"
    )
    got = {(c.text, c.target, c.via_footnote) for c in extract_text(f"A/RES/76/1\n\n{text}").citations}
    assert (
        "United Nations Global Plan of Action to Combat Trafficking in Persons",
        "A/RES/64/293",
        None,
    ) in got
    assert ("2030 Agenda for Sustainable Development", "A/RES/70/1", 1) in got


@pytest.mark.parametrize(
    ("text", "self_id", "targets"),
    [
        # a resolution whose lines were run together (web pages, copied text)
        (
            "Résolution 5/2 Application du Protocole relatif à la traite des personnes La Conférence des Parties "
            "à la Convention des Nations Unies contre la criminalité transnationale organisée, Rappelant sa "
            "décision 4/4 du 17 octobre 2008,",
            "CTOC/COP/RES/5/2",
            ["UNTS/2237/39574", "CTOC/COP/DEC/4/4"],
        ),
        (
            "[on the report of the Sixth Committee (A/66/477)] 66/101. Measures to eliminate terrorism "
            "The General Assembly, Recalling its resolution 49/60 of 9 December 1994,",
            "A/RES/66/101",
            ["A/66/477", "A/RES/49/60"],
        ),
        # a page header run into the text is the text's own symbol, not a citation
        (
            "Recalling its resolutions 62/172 of 18 December 2007 and 65/195 of 21 December 2010 on the "
            "protection of migrants and of the members of their families A/RES/68/179 4/9 13-44871 of migrants,",
            "A/RES/68/179",
            ["A/RES/62/172", "A/RES/65/195"],
        ),
        # a list of decisions is no heading
        (
            "The Conference adopted the following decisions: Decision 2/1 Implementation of the Convention "
            "Decision 2/2 International cooperation The Conference of the Parties to the United Nations "
            "Convention against Transnational Organized Crime:",
            None,
            ["CTOC/COP/DEC/2/1", "CTOC/COP/DEC/2/2"],
        ),
    ],
)
def test_flattened_headings(text: str, self_id: str | None, targets: list[str]) -> None:
    res = extract_text(text)
    assert (res.document.source_id, res.targets()) == (self_id, targets)


def test_verbs_opened_or_led_by_an_adverb() -> None:
    text = (
        "The General Assembly,\n\n2. Also welcomes resolution 70/1 and further requests the Secretary-General "
        "to implement resolution 71/1;\n\n4. Once again calls upon States to implement resolution 73/1;\n"
    )
    got = [(c.target, c.verb, c.function) for c in extract_text(text).citations]
    assert got == [
        ("A/RES/70/1", "Also welcomes", "acknowledges"),
        ("A/RES/71/1", "further requests", "acts"),
        ("A/RES/73/1", "Once again calls upon", "acts"),
    ]


def test_russian_heading_sections_and_verbs() -> None:
    text = (
        "A/RES/65/190\n\nГенеральная Ассамблея,\n\nСсылаясь на свою резолюцию 64/293 от 30 июля 2010 года,\n\n"
        "1. приветствует резолюцию 19/4 Комиссии по предупреждению преступности и уголовному правосудию "
        "от 21 мая 2010 года;\n"
    )
    res = extract_text(text)
    assert res.document.lang == "ru"
    got = [(c.target, c.date, c.section, c.paragraph, c.function) for c in res.citations]
    assert got == [
        ("A/RES/64/293", "2010-07-30", "preamble", None, "builds_on"),
        ("E/CN.15/RES/19/4", "2010-05-21", "operative", "1", "acknowledges"),
    ]


def test_a_reports_two_symbols_are_its_identity() -> None:
    text = (
        "E/2019/30\nE/CN.15/2019/15\n\nCommission on Crime Prevention and Criminal Justice\n\n"
        "Recalling Economic and Social Council resolution 2017/18 and document E/CN.15/2019/2,"
    )
    res = extract_text(text)
    assert (res.document.source_id, res.targets()) == ("E/2019/30", ["E/RES/2017/18", "E/CN.15/2019/2"])


def test_ranges_are_read_within_a_budget() -> None:
    from rescite.engine.find_base import RANGE_BUDGET

    text = "A/RES/70/1\n\nRecalling its resolutions " + ", ".join(["60/1 to 60/50"] * 40) + ","
    cites = extract_text(text).citations
    ends = 2 * 40
    assert len(cites) == ends + RANGE_BUDGET < ends + 40 * 48
    assert {c.target for c in cites} == {f"A/RES/60/{n}" for n in range(1, 51)}
