"""Rows from a reading of real French and Spanish texts of kinds not read before (issue 7, pass
40b): Human Rights Council and Commission on Human Rights texts and the pages of their mandates,
special rapporteurs' reports, Commission on Narcotic Drugs resolutions, convention bodies' drafts
and letters, Executive Board papers, Third Committee reports, press releases and news items on the
Security Council's texts, pages of sanctions committees and national bodies, regional
organisations' texts (the OAS's, the OSCE's, the European Union's) and legal handbooks.  The forms
they showed that the engine missed:

- a year or session in brackets that a web page's text layer glued to the next word ("la
  Résolution 1267 (1999)du Conseil de sécurité", a link's end): the number was not read;
- a symbol inside a text numbered in another organisation's shape, its mark cut from its number by
  a line's end ("AG/RES.⏎1701 (XXX-O/00)", the OAS's): the mark and number were cited as a United
  Nations document "AG/RES.1701";
- a page's list of a mandate's latest reports, each symbol alone on its line under its title
  ("… Report on …⏎A/74/318⏎Investigation into …⏎A/HRC/41/36"): the first was taken as the page's
  own symbol, the second as its masthead's, and neither was cited;
- a symbol's final element set off by a blank instead of its slash ("le projet de résolution
  A/65/L.26 Rev.1", "E/CN.4/2005/L.10 Add.17"): the revised text was cited, not its revision;
- an adjective before the noun of the text adopted, after the adoption's date ("l'adoption, le 31
  octobre 2000, de l'« historique » résolution 1325 (2000)", "de la histórica resolución"): the
  date was lost.

The passages are invented for these tests (numbers, dates, titles and wording)."""

from __future__ import annotations

import pytest

from passages import assert_exact, by_tables
from rescite.engine.extract import extract_text

# (language, passage, each target with its date, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

# a year or session in brackets glued to the word after it
_GLUED_BRACKET: list[Row] = [
    (
        "fr",
        "Le régime des mesures a été renforcé par la Résolution 1390 (2002)du Conseil de Sécurité des "
        "Nations Unies, qui vise les avoirs des entités inscrites.",
        {"S/RES/1390(2002)": None},
    ),
    (
        "fr",
        "Les pays doivent appliquer sans délai la résolution 1452 (2002)et la résolution 1526 (2004) "
        "relatives aux dérogations.",
        {"S/RES/1452(2002)": None, "S/RES/1526(2004)": None},
    ),
    (
        "es",
        "El programa se creó en virtud de la resolución 2029 (XXII)de la Asamblea General, que fusionó "
        "dos programas anteriores.",
        {"A/RES/2029(XXII)": None},
    ),
    (
        "en",
        "The regime was first set up by resolution 1518 (2003)of the Security Council and amended later.",
        {"S/RES/1518(2003)": None},
    ),
]

_GLUED_BRACKET_SAME: list[Row] = [
    (
        "fr",
        "Le régime a été établi par la résolution 1390 (2002) du Conseil de sécurité.",
        {"S/RES/1390(2002)": None},
    ),
    # a footnote's number glued to the closing bracket stays a marker
    (
        "en",
        "The Council adopted resolution 2719 (2023)4 on the financing of operations.",
        {"S/RES/2719(2023)": None},
    ),
]

# another organisation's number whose mark a line's end cut from its number
_SHAPE_MARK_CUT: list[Row] = [
    (
        "es",
        "Se reproducen a continuación las siguientes resoluciones: AG/RES.\n2107 (XXXV-O/05) "
        "PROMOCIÓN DE LOS DERECHOS DE LA MUJER",
        {"": None},
    ),
    (
        "es",
        "El informe fue presentado en cumplimiento de la resolución AG/RES.\n1890 (XXXII-O/02) de la "
        "Asamblea General de la OEA.",
        {"": None},
    ),
    # a United Nations document beside it is still cited
    (
        "es",
        "Recordando la resolución AG/RES.\n1890 (XXXII-O/02) de la OEA y el informe del Secretario "
        "General de las Naciones Unidas (A/64/292),",
        {"": None, "A/64/292": None},
    ),
]

_SHAPE_MARK_CUT_SAME: list[Row] = [
    (
        "es",
        "El informe fue presentado en cumplimiento de la resolución AG/RES. 1890 (XXXII-O/02) de la "
        "Asamblea General de la OEA.",
        {"": None},
    ),
]

# an adjective before the noun of the text whose adoption's date is set off before it
_ADJECTIVE_BEFORE_NOUN: list[Row] = [
    (
        "fr",
        "Quinze ans après l'adoption, le 19 juin 2008, de l'« historique » résolution 1820 (2008), sur "
        "les violences sexuelles, le Secrétaire général a pris la parole devant le Conseil.",
        {"S/RES/1820(2008)": "2008-06-19"},
    ),
    (
        "fr",
        "L'adoption, le 9 décembre 2015, de l'historique résolution 2250 (2015) a ouvert un nouveau "
        "chapitre.",
        {"S/RES/2250(2015)": "2015-12-09"},
    ),
    (
        "es",
        "La aprobación, el 19 de junio de 2008, de la histórica resolución 1820 (2008) marcó un cambio "
        "en el debate.",
        {"S/RES/1820(2008)": "2008-06-19"},
    ),
    (
        "en",
        "The adoption, on 9 December 2015, of the landmark resolution 2250 (2015) opened a new chapter.",
        {"S/RES/2250(2015)": "2015-12-09"},
    ),
]

_ADJECTIVE_BEFORE_NOUN_SAME: list[Row] = [
    (
        "fr",
        "L'adoption, le 9 décembre 2015, de la résolution 2250 (2015) a ouvert un nouveau chapitre.",
        {"S/RES/2250(2015)": "2015-12-09"},
    ),
    # a date that is no adoption's stays the number's own business
    (
        "fr",
        "Le débat du 9 mars 2016 a porté sur l'« historique » résolution 2250 (2015).",
        {"S/RES/2250(2015)": None},
    ),
]


# a symbol's final element after a blank instead of its slash
_SPACED_ELEMENT: list[Row] = [
    (
        "fr",
        "Le représentant a présenté le projet de résolution A/67/L.41 Rev.1 intitulé « Coopération "
        "entre l'Organisation et les organisations régionales ».",
        {"A/67/L.41/Rev.1": None},
    ),
    (
        "es",
        "El texto figura en el documento E/CN.4/2003/L.11 Add.6, párrafo 12.",
        {"E/CN.4/2003/L.11/Add.6": None},
    ),
    (
        "en",
        "The corrected figures were issued later (A/HRC/52/19 Corr. 1).",
        {"A/HRC/52/19/Corr.1": None},
    ),
]

_SPACED_ELEMENT_SAME: list[Row] = [
    (
        "fr",
        "Le projet de résolution A/67/L.41/Rev.1 a été adopté sans vote.",
        {"A/67/L.41/Rev.1": None},
    ),
    # the element after a list word stays the element's own reading
    (
        "en",
        "See the report (A/50/630 and Corr.1).",
        {"A/50/630": None, "A/50/630/Corr.1": None},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    by_tables(
        glued_bracket=(_GLUED_BRACKET, _GLUED_BRACKET_SAME),
        shape_mark_cut=(_SHAPE_MARK_CUT, _SHAPE_MARK_CUT_SAME),
        adjective_before_noun=(_ADJECTIVE_BEFORE_NOUN, _ADJECTIVE_BEFORE_NOUN_SAME),
        spaced_element=(_SPACED_ELEMENT, _SPACED_ELEMENT_SAME),
    ),
)
def test_real_french_spanish_forms(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


# (language, page, its own id, the targets it cites)
PageRow = tuple[str, str, str | None, set[str]]

# a page's list of reports, each symbol alone on its line under its title: cited, none its own
_TITLED_REPORTS: list[PageRow] = [
    (
        "es",
        "En su resolución 44/5, de 16 de julio de 2020, el Consejo de Derechos Humanos prorrogó el "
        "mandato por tres años.\n\nInformes recientes\n"
        "Protección del derecho a la vida en situaciones de desplazamiento interno\nA/75/384\n"
        "Uso de la fuerza letal por agentes del orden en manifestaciones\nA/HRC/44/38\n",
        None,
        {"A/HRC/RES/44/5", "A/75/384", "A/HRC/44/38"},
    ),
    (
        "fr",
        "Le mandat a été renouvelé par le Conseil des droits de l'homme dans sa résolution 43/4.\n\n"
        "Derniers rapports\nLa situation des défenseurs des droits de l'homme en milieu rural\nA/76/143\n"
        "Les menaces visant les défenseurs qui travaillent sur les questions foncières\nA/HRC/46/35\n",
        None,
        {"A/HRC/RES/43/4", "A/76/143", "A/HRC/46/35"},
    ),
]

_TITLED_REPORTS_SAME: list[PageRow] = [
    # a masthead under the organisation's name, then a joint report's second symbol
    (
        "es",
        "Naciones Unidas\nE/2019/30\nE/CN.15/2019/15\nConsejo Económico y Social\nDistr. general\n"
        "El Consejo recuerda su resolución 2018/12.\n",
        "E/2019/30",
        {"E/RES/2018/12"},
    ),
    # the same symbol under a cover's line and at the next page's head
    (
        "fr",
        "A/HRC/49/20\n\nVersion préliminaire non éditée\n\nA/HRC/49/20\n\nConseil des droits de l'homme\n"
        "Rappelant sa résolution 46/2,\n",
        "A/HRC/49/20",
        {"A/HRC/RES/46/2"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "own", "expected"),
    [pytest.param(*r, id=f"{r[0]}-{i}") for i, r in enumerate(_TITLED_REPORTS)]
    + [pytest.param(*r, id=f"same-{r[0]}-{i}") for i, r in enumerate(_TITLED_REPORTS_SAME)],
)
def test_titled_reports(lang: str, text: str, own: str | None, expected: set[str]) -> None:
    res = extract_text(text, lang=lang)
    assert res.document.source_id == own
    assert {str(c.target) for c in res.citations} == expected
