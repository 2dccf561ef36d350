"""Forms met reading real public English, French and Spanish texts of kinds not read before
(issue 7, pass real45a: reports of the Commission on the Status of Women and the Council's
commissions kept by older sites in plain-keyboard French, Spanish records of the first decades
whose text layers read a scanned page, Wikipedia-style pages that quote a resolution under a
paragraph about it, reports of the Human Rights Council whose older masthead a text layer ran
into one line, footnotes of reports of non-governmental organisations), each written for these
tests in UN style (passages, titles, numbers and dates invented):

- a French text typed on a plain keyboard, each accent after its vowel ("Re'solution 42/3.",
  "Rappelant ses re'solutions 40/4 du 22 mars 1996", "l'Assemble'e ge'ne'rale", "a` sa", "aou^t")
  is read as written with its accents: its heading gives its own id and its citations are found
  (were none). Three "e'" between letters (none an English contraction's or possessive's:
  "we're", "he'd", "the Committee's") mark a text written so; the "u" of "qu'" never takes an
  accent. (normalise: ``typed_accents``.)
- a Spanish text whose scanned page's text layer read the "ó" of "-ción" and "-sión" as a six
  ("resoluci6n 1012 (XXXVII) del Consejo Econ6mico y Social", "decisi6n 36/453") is read with
  the letter: the mention is found, and the Council named with its other misread "ó" ("Econ6mico")
  is the body (was none found). Every six between two lower-case letters of such a text is an "ó".
- a number just after a text's noun in lower case at the end of a sentence, under a page's
  opening paragraph and above the quoted text's body line ("… revoked by resolution 46/86.⏎⏎The
  General Assembly, …", fr "… par la résolution 16/21.⏎⏎Le Conseil des droits de l’homme, …")
  is a citation, not the quoted text's heading run into one line (was its own id, the mention
  lost).
- a masthead whose distribution mark a text layer split around the body's name on one line
  ("Distr. General Assembly GENERAL A/HRC/7/78 14 July 2008", fr "Distr. Assemblée générale
  GÉNÉRALE A/HRC/…", es "Distr. Consejo Económico y Social GENERAL E/CN.4/…") gives the text's
  own id (was a citation of itself, no own id).
- a number with no body named, its own symbol set beside it after a comma or in a bracket
  ("Résolution S-14/1, A/HRC/RES/S-14/1", "resolución S-5/1 (A/HRC/RES/S-5/1)") is of the body of
  the symbol's series (was the Assembly's ``A/RES/S-14/1``, a text the footnote does not cite).
- the session's ordinal and noun between the number's "of the" and the body's name, as regional
  organisations' texts and legal notes name a resolution ("resolution 37/9 of the thirty-seventh
  session of the General Assembly of 4 November 1982", fr "de la trente-septième session de
  l'Assemblée générale en date du …", es "del trigésimo séptimo período de sesiones de la Asamblea
  General de fecha …"), leave the date after the name to the number (was no date). (grammar
  ``session_before_body`` of en, fr and es.)
"""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text


def _mentions(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.text, c.target, c.date) for c in extract_text(text).citations]


def _own(text: str) -> str | None:
    return extract_text(text).document.source_id


# (text, its own id, the mentions as written with their targets and dates)
TYPED: list[tuple[str, str | None, list[tuple[str, str | None, str | None]]]] = [
    (
        "Re'solution 42/3.  Femmes rurales et de'veloppement\n\n"
        "La Commission de la condition de la femme,\n\n"
        "Rappelant ses re'solutions 40/4 du 22 mars 1996 et 41/2 du 21 mars 1997,\n\n"
        "Prenant note de la re'solution 49/161 de l'Assemble'e ge'ne'rale, relative a` la "
        "situation des femmes rurales,\n",
        "E/CN.6/RES/42/3",
        [
            ("40/4", "E/CN.6/RES/40/4", "1996-03-22"),
            ("41/2", "E/CN.6/RES/41/2", "1997-03-21"),
            ("49/161", "A/RES/49/161", None),
        ],
    ),
    (
        "Chapitre II\n\n1.   La Commission a examine' le point 3 de son ordre du jour a` ses "
        "se'ances du 2 au 6 aou^t 1993. Elle e'tait saisie de la note du Secre'taire ge'ne'ral "
        "concernant l'application de la re'solution 47/95 (E/CN.6/1993/9).\n",
        None,
        [("47/95", "A/RES/47/95", None), ("E/CN.6/1993/9", "E/CN.6/1993/9", None)],
    ),
    # look-alikes: an English text's contractions and possessives, a French text's elisions
    (
        "We're told they've read it; we'd say the Committee's view, and he'll agree, is that "
        "resolution 49/161 applies.\n",
        None,
        [("49/161", "A/RES/49/161", None)],
    ),
    (
        "Il rappelle qu'elle a adopté la résolution 49/161 jusqu'à présent, lorsqu'il l'a lue.\n",
        None,
        [("49/161", "A/RES/49/161", None)],
    ),
]


@pytest.mark.parametrize(("text", "own", "expected"), TYPED)
def test_typed_accents(
    text: str, own: str | None, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _own(text) == own
    assert _mentions(text) == expected


OCR_SIX: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    (
        "La Comisi6n tuvo en cuenta la invitaci6n formulada por el Consejo Econ6mico y Social en "
        "su resoluci6n 1012 (XXXVII).\n",
        [("1012 (XXXVII)", "E/RES/1012(XXXVII)", None)],
    ),
    (
        "Recordando su resoluci6n 36/71, de 4 de diciembre de 1981, y la decisi6n 36/453,\n",
        [("36/71", "A/RES/36/71", "1981-12-04"), ("36/453", "A/DEC/36/453", None)],
    ),
    # look-alikes: a six in a symbol or a figure, no word read so
    (
        "Recordando su resolución 36/71, de 4 de diciembre de 1981 (A/36/6n),\n",
        [("36/71", "A/RES/36/71", "1981-12-04")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OCR_SIX)
def test_ocr_six_read_as_o(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _mentions(text) == expected


# (text, its own id, the targets)
QUOTED: list[tuple[str, str | None, list[str]]] = [
    (
        "About the text\n\nResolution 3210 was revoked by resolution 46/86.\n\n"
        "The General Assembly,\n\nRecalling its resolution 1904 (XVIII) of 20 November 1963,\n",
        None,
        ["A/RES/46/86", "A/RES/1904(XVIII)"],
    ),
    (
        "Présentation\n\nLe texte a été précisé par la résolution 16/21.\n\n"
        "Le Conseil des droits de l’homme,\n\nRappelant sa résolution 5/1 du 18 juin 2007,\n",
        None,
        ["A/HRC/RES/16/21", "A/HRC/RES/5/1"],
    ),
    (
        "Presentación\n\nLa resolución 3210 fue revocada por la resolución 46/86.\n\n"
        "La Asamblea General,\n\nRecordando su resolución 1904 (XVIII), de 20 de noviembre de 1963,\n",
        None,
        ["A/RES/46/86", "A/RES/1904(XVIII)"],
    ),
    # look-alikes: the heading itself, its noun named or its number alone
    (
        "Resolution 46/86. Elimination of racism\n\n"
        "The General Assembly,\n\nRecalling its resolution 1904 (XVIII) of 20 November 1963,\n",
        "A/RES/46/86",
        ["A/RES/1904(XVIII)"],
    ),
    (
        "A copy\n46/86. Elimination of racism\n\n"
        "The General Assembly,\n\nRecalling its resolution 1904 (XVIII) of 20 November 1963,\n",
        "A/RES/46/86",
        ["A/RES/1904(XVIII)"],
    ),
]


@pytest.mark.parametrize(("text", "own", "targets"), QUOTED)
def test_number_after_noun_not_a_heading(text: str, own: str | None, targets: list[str]) -> None:
    assert _own(text) == own
    assert [c.target for c in extract_text(text).citations] == targets


MASTHEAD: list[tuple[str, str]] = [
    (
        "UNITED NATIONS A\n\nDistr. General Assembly GENERAL A/HRC/9/41 2 August 2008\n\n"
        "Original: ENGLISH\n\nHUMAN RIGHTS COUNCIL Ninth session\n",
        "A/HRC/9/41",
    ),
    (
        "NATIONS UNIES A\n\nDistr. Assemblée générale GÉNÉRALE A/HRC/9/41 2 août 2008\n\n"
        "FRANÇAIS Original: ANGLAIS\n\nCONSEIL DES DROITS DE L’HOMME Neuvième session\n",
        "A/HRC/9/41",
    ),
    (
        "NACIONES UNIDAS E\n\nDistr. Consejo Económico y Social GENERAL E/CN.4/2004/31 "
        "9 de enero de 2004\n\nESPAÑOL Original: INGLÉS\n",
        "E/CN.4/2004/31",
    ),
    # look-alike: the mark alone before the symbol, as before
    ("UNITED NATIONS A\n\nDistr. GENERAL A/51/218 19 July 1996\n", "A/51/218"),
]


@pytest.mark.parametrize(("text", "own"), MASTHEAD)
def test_masthead_body_inside_distribution_mark(text: str, own: str) -> None:
    assert _own(text) == own
    assert extract_text(text).citations == []


BESIDE: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    (
        "Notes\n\n[4] Conseil des droits de l’homme, « Situation dans le pays », 14 mai 2009, "
        "Résolution S-11/1, A/HRC/RES/S-11/1.\n",
        [("S-11/1", "A/HRC/RES/S-11/1", None), ("A/HRC/RES/S-11/1", "A/HRC/RES/S-11/1", None)],
    ),
    (
        "Notas\n\n[4] Consejo de Derechos Humanos, resolución S-5/1 (A/HRC/RES/S-5/1).\n",
        [("S-5/1", "A/HRC/RES/S-5/1", None), ("A/HRC/RES/S-5/1", "A/HRC/RES/S-5/1", None)],
    ),
    (
        'Notes\n\n[4] Human Rights Council, "The situation in the country", 14 May 2009, '
        "Resolution S-11/1, A/HRC/RES/S-11/1.\n",
        [("S-11/1", "A/HRC/RES/S-11/1", None), ("A/HRC/RES/S-11/1", "A/HRC/RES/S-11/1", None)],
    ),
    # look-alikes: the symbol of the same body, and no symbol beside the number
    (
        "UN General Assembly resolution 63/311 (A/RES/63/311) on system-wide coherence.\n",
        [("63/311", "A/RES/63/311", None), ("A/RES/63/311", "A/RES/63/311", None)],
    ),
    ("The Assembly held a debate under resolution S-11/1.\n", [("S-11/1", "A/RES/S-11/1", None)]),
]


@pytest.mark.parametrize(("text", "expected"), BESIDE)
def test_symbol_beside_number(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _mentions(text) == expected


SESSION: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    (
        "Supporting resolution 38/12 of the thirty-eighth session of the United Nations General "
        "Assembly of 16 November 1983, the Council resolves:\n",
        [("38/12", "A/RES/38/12", "1983-11-16")],
    ),
    (
        "Exprimer son appui à la résolution 38/12 de la trente-huitième session de l'Assemblée "
        "générale des Nations Unies en date du 16 novembre 1983.\n",
        [("38/12", "A/RES/38/12", "1983-11-16")],
    ),
    (
        "Expresar su apoyo a la resolución 38/12 del trigésimo octavo período de sesiones de la "
        "Asamblea General de las Naciones Unidas de fecha 16 de noviembre de 1983.\n",
        [("38/12", "A/RES/38/12", "1983-11-16")],
    ),
    # look-alikes: the session without the body's name, and the date past another clause
    (
        "Supporting resolution 38/12 of the thirty-eighth session, the Council resolves:\n",
        [("38/12", "A/RES/38/12", None)],
    ),
    (
        "Supporting resolution 38/12 of the General Assembly of 16 November 1983, the Council resolves:\n",
        [("38/12", "A/RES/38/12", "1983-11-16")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SESSION)
def test_session_before_body(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _mentions(text) == expected
