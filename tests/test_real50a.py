"""Forms met reading real public French and Spanish texts of kinds not read before (issue 7, pass
real50a: the Secretary-General's reports on peacekeeping missions in French and Spanish, the
Council's press releases in French, ONU Info and Noticias ONU pieces, press agencies' dispatches
on the Council's mandates and sanctions), each written for these tests in UN style (passages
invented; the Council's numbers are real where the year depends on them):

- the day of the Council's adoption told from the dispatch's own day, or an adverb of time,
  between the verb and the resolution's noun, as news write it in Spanish ("el Consejo de
  Seguridad aprobó hoy la resolución 2650", "adoptó el pasado viernes por unanimidad la
  resolución 2773", "aprobó este jueves …", "adoptó recientemente la resolución 2738") and in
  French ("le Conseil de sécurité a adopté aujourd'hui la résolution 2650", "a adopté vendredi
  dernier à l'unanimité …", "a adopté ce matin, à l'unanimité, …", "a adopté récemment …"), binds
  the number to the Council named before the verb, its year from the Council's numbering (was
  missed: the number had no keyword the Council's shape needs); new keys
  ``grammar.adoption_time`` and ``grammar.adoption_adverbs`` in fr.toml and es.toml, read by
  ``rules`` as the Russian, Arabic and Chinese ones already were. A State's organ as the subject
  ("el Senado aprobó hoy …") and a verb that is no adoption ("se reunió hoy y examinó …") stay as
  they were.
- the Council named with the Organization without its article, as Spanish agencies write it
  ("el Consejo de Seguridad de Naciones Unidas aprobó la resolución 2728") is the Council (was
  missed: the name stopped short of the verb); es ``bodies.SC``.
"""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

Mention = tuple[str, str | None]


def _mentions(text: str) -> list[Mention]:
    return [(c.text, c.target) for c in extract_text(text).citations]


NEWS_DAY: list[tuple[str, list[Mention]]] = [
    (
        "NUEVA YORK, 14 mar — El Consejo de Seguridad adoptó el pasado viernes por unanimidad la "
        "resolución 2773, que exige el cese de las hostilidades.\n",
        [("2773", "S/RES/2773(2025)")],
    ),
    (
        "El Consejo de Seguridad adoptó recientemente la resolución 2738, que prorroga el régimen de "
        "sanciones.\n",
        [("2738", "S/RES/2738(2024)")],
    ),
    (
        "El Consejo de Seguridad aprobó hoy la resolución 2650, que renueva el mandato de la misión.\n",
        [("2650", "S/RES/2650(2022)")],
    ),
    (
        "El Consejo de Seguridad aprobó este jueves por unanimidad la resolución 2640, relativa al "
        "embargo de armas.\n",
        [("2640", "S/RES/2640(2022)")],
    ),
    (
        "El Consejo de Seguridad aprobó ayer la resolución 2701 sobre la misión política.\n",
        [("2701", "S/RES/2701(2023)")],
    ),
    (
        "Le Conseil de sécurité a adopté vendredi dernier à l’unanimité la résolution 2773, qui exige "
        "la cessation des hostilités.\n",
        [("2773", "S/RES/2773(2025)")],
    ),
    (
        "Le Conseil de sécurité a adopté aujourd’hui la résolution 2650, qui proroge le mandat de la "
        "Mission.\n",
        [("2650", "S/RES/2650(2022)")],
    ),
    (
        "Le Conseil de sécurité a adopté ce matin, à l’unanimité, la résolution 2640, relative à "
        "l’embargo sur les armes.\n",
        [("2640", "S/RES/2640(2022)")],
    ),
    (
        "Le Conseil de sécurité a adopté récemment la résolution 2701 sur la mission politique.\n",
        [("2701", "S/RES/2701(2023)")],
    ),
    (
        "Le Conseil de sécurité a adopté hier la résolution 2738, qui reconduit les sanctions.\n",
        [("2738", "S/RES/2738(2024)")],
    ),
]

NO_ARTICLE: list[tuple[str, list[Mention]]] = [
    (
        "El Consejo de Seguridad de Naciones Unidas aprobó la resolución 2728, presentada por diez "
        "miembros.\n",
        [("2728", "S/RES/2728(2024)")],
    ),
    (
        "MADRID, 3 jun — El Consejo de Seguridad de Naciones Unidas ha aprobado este lunes la "
        "resolución 2735 sobre el alto el fuego.\n",
        [("2735", "S/RES/2735(2024)")],
    ),
]

# look-alikes: a State's organ as the subject, a verb that is no adoption, the day before a
# number with its year: as before
NEWS_DAY_ALIKE: list[tuple[str, list[Mention]]] = [
    ("El Senado aprobó hoy la resolución 2650, que renueva el régimen.\n", []),
    ("Le Parlement a adopté hier la résolution 2650, qui proroge le régime.\n", []),
    ("El Consejo de Seguridad se reunió hoy y examinó la resolución 2650.\n", []),
    (
        "El Consejo de Seguridad aprobó hoy la resolución 2650 (2022), que renueva el mandato.\n",
        [("2650 (2022)", "S/RES/2650(2022)")],
    ),
    (
        "Le Conseil de sécurité a adopté aujourd’hui la résolution 2650 (2022), qui proroge le mandat.\n",
        [("2650 (2022)", "S/RES/2650(2022)")],
    ),
    (
        "Recordando la resolución 2728 (2024) del Consejo de Seguridad de Naciones Unidas,\n",
        [("2728 (2024)", "S/RES/2728(2024)")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_DAY + NO_ARTICLE + NEWS_DAY_ALIKE)
def test_news_day_of_adoption(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected
