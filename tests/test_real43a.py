"""Forms met reading real public English, French and Spanish texts of kinds not read before
(issue 7, pass real43a: encyclopaedia pages on the General Assembly's resolutions in the three
languages, national and movement press releases on anniversaries of its declarations, journals'
collections of the Security Council's resolutions, UNHCR Executive Committee conclusions, treaty
texts' adoption notes, press pages on the Sixth Committee), each written for these tests in UN
style (passages, titles and most dates invented):

- the General Assembly named with a number of its first thirty sessions alone, no session's
  bracket and no date ("General Assembly resolution 2625", "UN General Assembly Resolution 181",
  "resolution 377 of the General Assembly", fr "la Résolution 2625 de l'Assemblée générale",
  es "la Resolución 1514 de la Asamblea General de las Naciones Unidas", as pages, press and
  pleadings name the best-known declarations) is the Assembly's number of the session the known
  numbers (``ga_anchors.csv``) leave it: one of them, or between two of one session (was unread);
  a number they leave between two sessions ("resolution 186") stays unread, and another
  organisation's general assembly ("OAS General Assembly resolution 2625", "de l'Assemblée
  générale de l'OEA", "de la Asamblea General de la OEA") is not the United Nations'. (grammar
  ``assembly_number`` of en, fr and es, as ru, ar and zh had it.)
- a reissue's star inside the bracket of a report's part or section, as a masthead or a list of
  documents writes it ("E/1999/23 (Part I*)", "A/55/23 (Part II*)", "A/79/6 (Sect. 24*)"), is the
  part's symbol without the star (was the symbol without its part, `E/1999/23`).
"""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

# (text, the mentions as written with their targets and dates)
NAMED: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    # en: the body before the noun, in a note and in a page's lead
    (
        "Recalling General Assembly resolution 2625 on the principles of friendly relations among States,\n",
        [("2625", "A/RES/2625(XXV)", None)],
    ),
    (
        "The plan followed United Nations General Assembly Resolution 181, which the delegations debated "
        "at length.\n",
        [("181", "A/RES/181(II)", None)],
    ),
    (
        "GENERAL ASSEMBLY RESOLUTION 3379 AND ITS LATER REVOCATION\n\nThe seminar reviewed the debate.\n",
        [("3379", "A/RES/3379(XXX)", None)],
    ),
    # en: the body after the noun; a number between two known numbers of one session
    (
        "The mission acted under resolution 400 of the General Assembly and reported to the Council.\n",
        [("400", "A/RES/400(V)", None)],
    ),
    (
        "Noting the General Assembly's resolution 3300 on the programme of action,\n",
        [("3300", "A/RES/3300(XXIX)", None)],
    ),
    # fr
    (
        "Rappelant la Résolution 2625 de l'Assemblée générale relative aux relations amicales entre États,\n",
        [("2625", "A/RES/2625(XXV)", None)],
    ),
    (
        "La résolution 1514 de l'Assemblée générale des Nations Unies a marqué une étape décisive.\n",
        [("1514", "A/RES/1514(XV)", None)],
    ),
    (
        "Le rapport cite la résolution de l'Assemblée générale 2758 et les débats qui ont suivi.\n",
        [("2758", "A/RES/2758(XXVI)", None)],
    ),
    # es
    (
        "Recordando la Resolución 1514 de la Asamblea General de las Naciones Unidas "
        "sobre la independencia,\n",
        [("1514", "A/RES/1514(XV)", None)],
    ),
    (
        "El comunicado conmemora el aniversario de la resolución 2200 de la Asamblea General y llama a los "
        "Estados a cumplirla.\n",
        [("2200", "A/RES/2200(XXI)", None)],
    ),
    (
        "La Declaración figura en la resolución 230 de la Asamblea General, aprobada en París.\n",
        [("230", "A/RES/230(III)", None)],
    ),
]

# look-alikes that stay as they are
KEPT: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    # a number the known numbers leave between two sessions
    ("Recalling General Assembly resolution 186 on the special session,\n", []),
    # another organisation's general assembly
    ("Noting OAS General Assembly resolution 2625 on democratic governance,\n", []),
    ("Recalling resolution 2625 of the General Assembly of the Organization of American States,\n", []),
    ("Rappelant la résolution 2625 de l'Assemblée générale de l'OEA sur la démocratie,\n", []),
    ("Recordando la resolución 1514 de la Asamblea General de la OEA sobre la democracia,\n", []),
    # the session's bracket, a date, a slash, a number past the first thirty sessions
    (
        "Recalling General Assembly resolution 2625 (XXV) and resolution 1514 of the General Assembly of "
        "14 December 1960,\n",
        [("2625 (XXV)", "A/RES/2625(XXV)", None), ("1514", "A/RES/1514(XV)", "1960-12-14")],
    ),
    (
        "Recalling General Assembly resolution 60/1 and General Assembly resolution 4100,\n",
        [("60/1", "A/RES/60/1", None)],
    ),
]


def _mentions(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.text, c.target, c.date) for c in extract_text(text).citations]


@pytest.mark.parametrize(("text", "expected"), NAMED + KEPT)
def test_assembly_named_with_an_old_number(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _mentions(text) == expected


# (text, the mentions as written with their targets)
FORMS: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "Having considered the report of the Commission (E/2003/27 (Part I*)) and the budget "
        "(A/68/6 (Sect. 23*)), and document A/58/16 (Part II*),\n",
        [
            ("E/2003/27 (Part I*)", "E/2003/27(PartI)"),
            ("A/68/6 (Sect. 23*)", "A/68/6(Sect.23)"),
            ("A/58/16 (Part II*)", "A/58/16(PartII)"),
        ],
    ),
    # look-alikes: the star after the bracket or the symbol, as before
    (
        "Having considered the reports E/2003/27 (Part I)* and A/68/16*,\n",
        [("E/2003/27 (Part I)", "E/2003/27(PartI)"), ("A/68/16*", "A/68/16")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_reissued_part(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(c.text, c.target) for c in extract_text(text).citations] == expected
