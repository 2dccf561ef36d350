"""Forms met reading real public English, French and Spanish texts of kinds not read before
(issue 7, pass real44a: yearly collections of the Security Council's resolutions reprinted in
journals, blogs and press pages quoting its resolutions with their votes, the Assembly's
resolutions of its first sessions that ask the Economic and Social Council to act, annotated
agendas and reports that name a body and then its texts by "that body"), each written for these
tests in UN style (passages, titles, numbers and dates invented):

- a heading whose bracket holds the text's full date of adoption rather than its year, as a yearly
  collection of the Council's texts heads each ("RESOLUTION 1702 (14 May 2006)", fr "RÉSOLUTION
  1702 (14 mai 2006)", es "RESOLUCIÓN 1702 (14 de mayo de 2006)") is the text's own number and that
  date's year, ``S/RES/1702(2006)`` (was no own id).
- a date after the count of the vote that adopted the text ("1702 (2006), adopted by 15 votes to
  none, with no abstentions, on 14 May 2006", fr "adoptée par 14 voix contre zéro, avec une
  abstention, le …", es "aprobada por 15 votos a favor y ninguno en contra el …") is the text's
  date (was no date). (grammar ``vote_date_intro`` of en, fr and es, a pattern.)
- the date after the participle of the adopting body's sitting, between its name and its verb
  ("the Security Council, meeting on 14 May 2006, unanimously adopted resolution 1702 (2006)", fr
  "réuni le 14 mai 2006, a adopté …", es "reunido el 14 de mayo de 2006, aprobó …") dates the text
  adopted (was no date; grammar ``sitting_date_intro`` of en, fr and es).
- a noun of any body pointing back after the number ("resolution 37/8 of that body", fr "de cet
  organe", es "de ese órgano") is of the body the text names last before it (was the citing body
  or the Assembly). (grammar ``back_body`` of en, fr and es.)
- an Assembly text's "its resolution 318 B (XII)" where the Assembly's known numbers put 318 in no
  twelfth session (it is of the fourth) and the text names the Economic and Social Council before
  it is the Council's, ``E/RES/318B(XII)`` (was ``A/RES/318B(XII)``, a number the Assembly never gave).
"""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text


def _mentions(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.text, c.target, c.date) for c in extract_text(text).citations]


# (heading and text, the text's own id)
OWN: list[tuple[str, str | None]] = [
    (
        "RESOLUTION 1702 (14 May 2006)\n\nThe Security Council,\n\n"
        "Recalling its resolution 1655 (2006) on the situation in the region,\n",
        "S/RES/1702(2006)",
    ),
    (
        "RÉSOLUTION 1702 (14 mai 2006)\n\nLe Conseil de sécurité,\n\n"
        "Rappelant sa résolution 1655 (2006) sur la situation dans la région,\n",
        "S/RES/1702(2006)",
    ),
    (
        "RESOLUCIÓN 1702 (14 de mayo de 2006)\n\nEl Consejo de Seguridad,\n\n"
        "Recordando su resolución 1655 (2006) relativa a la situación en la región,\n",
        "S/RES/1702(2006)",
    ),
    (
        "Resolución 1702 (1 de junio de 2006)\n\nEl Consejo de Seguridad,\n\n"
        "Recordando su resolución 1655 (2006) relativa a la situación en la región,\n",
        "S/RES/1702(2006)",
    ),
    # look-alikes: the year alone in the bracket, as before
    (
        "RESOLUTION 1702 (2006)\n\nThe Security Council,\n\n"
        "Recalling its resolution 1655 (2006) on the situation in the region,\n",
        "S/RES/1702(2006)",
    ),
]


@pytest.mark.parametrize(("text", "own"), OWN)
def test_heading_with_full_date(text: str, own: str | None) -> None:
    cites = extract_text(text).citations
    assert [c.target for c in cites] == ["S/RES/1655(2006)"]
    assert {c.source_id for c in cites} == {own}


# (text, the mentions as written with their targets and dates)
VOTES: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    (
        "The measures were renewed in resolution 1702 (2006), adopted by 15 votes to none, "
        "with no abstentions, on 14 May 2006.\n",
        [("1702 (2006)", "S/RES/1702(2006)", "2006-05-14")],
    ),
    (
        "The Council acted under resolution 1702 (2006), adopted by 13 votes to 2 on 14 May 2006, "
        "and requested a report.\n",
        [("1702 (2006)", "S/RES/1702(2006)", "2006-05-14")],
    ),
    (
        "Les mesures figurent dans la résolution 1702 (2006), adoptée par 14 voix contre zéro, "
        "avec une abstention, le 14 mai 2006.\n",
        [("1702 (2006)", "S/RES/1702(2006)", "2006-05-14")],
    ),
    (
        "La resolución 1702 (2006), aprobada por 15 votos a favor y ninguno en contra el 14 de mayo "
        "de 2006, renovó las medidas.\n",
        [("1702 (2006)", "S/RES/1702(2006)", "2006-05-14")],
    ),
    (
        "La resolución 1702 (2006) aprobada por 13 votos a favor, 1 en contra y 1 abstención el 14 de "
        "mayo del 2006 renovó las medidas.\n",
        [("1702 (2006)", "S/RES/1702(2006)", "2006-05-14")],
    ),
    # look-alikes: a vote with no date after it, and a date that dates the vote's meeting's report
    (
        "The measures were renewed in resolution 1702 (2006), adopted by 15 votes to none.\n",
        [("1702 (2006)", "S/RES/1702(2006)", None)],
    ),
    (
        "The measures were renewed in resolution 1702 (2006), adopted unanimously on 14 May 2006.\n",
        [("1702 (2006)", "S/RES/1702(2006)", "2006-05-14")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), VOTES)
def test_date_after_vote(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _mentions(text) == expected


SITTING: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    (
        "The Security Council, meeting on 14 May 2006, unanimously adopted resolution 1702 (2006), "
        "by which it renewed the measures.\n",
        [("1702 (2006)", "S/RES/1702(2006)", "2006-05-14")],
    ),
    (
        "Le Conseil de sécurité, réuni le 14 mai 2006, a adopté à l'unanimité la résolution 1702 (2006), "
        "par laquelle il a renouvelé les mesures.\n",
        [("1702 (2006)", "S/RES/1702(2006)", "2006-05-14")],
    ),
    (
        "El Consejo de Seguridad, reunido el 14 de mayo de 2006, aprobó por unanimidad la resolución "
        "1702 (2006), en la que renovó las medidas.\n",
        [("1702 (2006)", "S/RES/1702(2006)", "2006-05-14")],
    ),
    # look-alike: the date alone between the name and the verb, as before
    (
        "The Security Council, on 14 May 2006, unanimously adopted resolution 1702 (2006), "
        "by which it renewed the measures.\n",
        [("1702 (2006)", "S/RES/1702(2006)", "2006-05-14")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SITTING)
def test_date_of_the_sitting(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _mentions(text) == expected


BACK: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    (
        "The Human Rights Council considered the matter at its thirty-seventh session. By resolution "
        "37/8 of that body, the Council asked the Independent Expert to report.\n",
        [("37/8", "A/HRC/RES/37/8", None)],
    ),
    (
        "Le Conseil des droits de l'homme a examiné la question à sa trente-septième session. Par la "
        "résolution 37/8 de cet organe, il a prié l'Expert indépendant de lui faire rapport.\n",
        [("37/8", "A/HRC/RES/37/8", None)],
    ),
    (
        "El Consejo de Derechos Humanos examinó la cuestión en su 37º período de sesiones. En la "
        "resolución 37/8 de dicho órgano se pidió al Experto Independiente que informara.\n",
        [("37/8", "A/HRC/RES/37/8", None)],
    ),
    (
        "The Commission on Narcotic Drugs met in March. In resolution 61/2 of the same body it "
        "urged States to act.\n",
        [("61/2", "E/CN.7/RES/61/2", None)],
    ),
    # look-alikes: no body pointed back to, and "the body" without a word that points back
    (
        "In resolution 37/8 the Assembly asked the Independent Expert to report.\n",
        [("37/8", "A/RES/37/8", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BACK)
def test_that_body(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _mentions(text) == expected


OLD: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    (
        "The General Assembly,\n\n1. Invites the Economic and Social Council to ask the Committee "
        "set up under its resolution 318 B (XII) to report on the question;\n",
        [("318 B (XII)", "E/RES/318B(XII)", None)],
    ),
    # look-alikes: a number the Assembly gave in that session, and no Council named before
    (
        "The General Assembly,\n\n1. Invites the Economic and Social Council to ask the Committee "
        "set up under its resolution 1202 (XII) to report on the question;\n",
        [("1202 (XII)", "A/RES/1202(XII)", None)],
    ),
    (
        "The General Assembly,\n\n1. Recalls its resolution 318 B (XII) on the question;\n",
        [("318 B (XII)", "A/RES/318B(XII)", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OLD)
def test_council_number_of_an_old_session(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _mentions(text) == expected
