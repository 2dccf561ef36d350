"""A PDF table's rows whose title wraps over many lines in its narrow column (issue 7, session
29): a wide font (Noto Serif, as LibreOffice picks where it is installed) or a long language
sets "61/1 Coopération⏎technique :⏎…" over six lines or more, the date of adoption under them,
itself maybe wrapped ("2 de abril de⏎2026"); the row's date is still its own, never the next
row's nor that of the sentence after the table.  Every text is written for these tests."""

from __future__ import annotations

import pytest

from official_files import Cited, own_and_cited

_HEAD = {
    "en": "United Nations\nA/HRC/61/2\nGeneral Assembly\nDistr.: General\n30 June 2026\n\n"
    "Human Rights Council\nSixty-first session\n"
    "Resolutions and decisions adopted by the Human Rights Council at its sixty-first session\n"
    "Resolution/decision Title Date of adoption Vote\n",
    "fr": "Nations Unies\nA/HRC/61/2\nAssemblée générale\nDistr. générale\n30 juin 2026\n\n"
    "Conseil des droits de l'homme\nSoixante et unième session\n"
    "Résolutions et décisions adoptées par le Conseil des droits de l'homme "
    "à sa soixante et unième session\n"
    "Résolution/décision Titre Date d'adoption Vote\n",
    "es": "Naciones Unidas\nA/HRC/61/2\nAsamblea General\nDistr. general\n30 de junio de 2026\n\n"
    "Consejo de Derechos Humanos\n61er período de sesiones\n"
    "Resoluciones y decisiones aprobadas por el Consejo de Derechos Humanos "
    "en su 61er período de sesiones\n"
    "Resolución/decisión Título Fecha de aprobación Votación\n",
}
#: a title's lines in a narrow column ({k}: the row's item)
_TITLE = {
    "en": [
        "Regional arrangements:",
        "cooperation in the",
        "protection of",
        "migrant workers under",
        "item {k} and the",
        "follow-up to its",
        "recommendations",
    ],
    "fr": [
        "Arrangements régionaux",
        "de coopération :",
        "protection des",
        "travailleurs migrants",
        "au titre du point {k}",
        "et suivi des",
        "recommandations",
    ],
    "es": [
        "Arreglos regionales",
        "de cooperación:",
        "protección de los",
        "trabajadores migrantes",
        "en relación con el",
        "tema {k}",
    ],
}
_DATE = {"en": ["5 May 2026"], "fr": ["5 mai 2026"], "es": ["5 de mayo de", "2026"]}
_VOTE = {"en": "Adopted without a vote", "fr": "Adoptée sans vote", "es": "Aprobada sin votación"}


def _row(lang: str, k: int, date: bool = True, lines: int = 7) -> str:
    title = [x.format(k=k) for x in _TITLE[lang][:lines]]
    tail = [*_DATE[lang], _VOTE[lang]] if date else [_VOTE[lang]]
    return f"61/{k} " + "\n".join(title + tail) + "\n"


def _rows(lang: str, ks: range, lines: int = 7) -> str:
    return "".join(_row(lang, k, lines=lines) for k in ks)


def _every(ks: range, date: str | None = "2026-05-05") -> Cited:
    return {(f"A/HRC/RES/61/{k}", date) for k in ks}


# (row id, the text, the citations)
ROWS = [
    ("en: a title over seven lines", _HEAD["en"] + _rows("en", range(1, 6)), _every(range(1, 6))),
    ("fr: a title over seven lines", _HEAD["fr"] + _rows("fr", range(1, 6)), _every(range(1, 6))),
    (
        "es: a title over six lines, the date wrapped",
        _HEAD["es"] + _rows("es", range(1, 6), lines=6),
        _every(range(1, 6)),
    ),
    (
        "fr: a long row far below the header",
        _HEAD["fr"] + _rows("fr", range(1, 13)),
        _every(range(1, 13)),
    ),
    # look-alikes: no date of the row's own
    (
        "en: a long row with no date, the next row's date below",
        _HEAD["en"] + _row("en", 1, date=False) + _rows("en", range(2, 4)),
        _every(range(2, 4)) | {("A/HRC/RES/61/1", None)},
    ),
    (
        "en: a long last row with no date, the sentence after the table dated",
        _HEAD["en"]
        + _rows("en", range(1, 3))
        + _row("en", 3, date=False)
        + "The Council adopted the report ad referendum on 9 May 2026.\n",
        _every(range(1, 3)) | {("A/HRC/RES/61/3", None)},
    ),
    (
        "fr: a long last row with no date, the paragraph after it dated",
        _HEAD["fr"]
        + _rows("fr", range(1, 3))
        + _row("fr", 3, date=False)
        + "\nLe Conseil a adopté le rapport\nle 9 mai 2026.\n",
        _every(range(1, 3)) | {("A/HRC/RES/61/3", None)},
    ),
]


@pytest.mark.parametrize(("text", "cited"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_a_long_wrapped_row_keeps_its_date(text: str, cited: Cited) -> None:
    assert own_and_cited(text) == ("A/HRC/61/2", cited)
