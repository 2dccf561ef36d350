"""A PDF table's rows whose title wraps over many lines in its narrow column (issue 7, session
29): a wide font (Noto Serif, as LibreOffice picks where it is installed) or a long language
sets "61/1 Coopération⏎technique :⏎…" over six lines or more, the date of adoption under them,
itself maybe wrapped ("2 de abril de⏎2026"); the row's date is still its own, never the next
row's nor that of the sentence after the table.  Every text is written for these tests."""

from __future__ import annotations

import pytest

from official_files import Cited, own_and_cited
from pdf_files import pdf_file, to_unicode
from rescite.read import text_of

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


# -- a letter-spaced line whose first pair is kerned, its word last on the line -------------------
SIZE = 18
GLYPH = 500  # every glyph's width (thousandths of the font size); a space glyph's is half
SPACE = 250
KERNED = {("V", "o"): -60, ("Г", "е"): -60}  # (a pair's move, thousandths of the size)


def _page(lines: list[str], track: int) -> bytes:
    """A page drawing each of ``lines`` glyph by glyph (a browser's ``letter-spacing``: the
    tracking ``track`` after each glyph, a pair of :data:`KERNED` drawn closer)."""
    chars = "".join(sorted({c for line in lines for c in line}))
    code = {c: i + 1 for i, c in enumerate(chars)}
    widths = " ".join(str(SPACE if c == " " else GLYPH) for c in chars)
    ops = []
    for n, line in enumerate(lines):
        ops.append(f"BT /F1 {SIZE} Tf 1 0 0 1 50 {700 - 24 * n} Tm")
        for k, c in enumerate(line):
            if k:
                before = line[k - 1]
                step = (SPACE if before == " " else GLYPH) + track + KERNED.get((before, c), 0)
                ops.append(f"{step * SIZE / 1000:.4f} 0 Td")
            ops.append(f"<{code[c]:02X}> Tj")
        ops.append("ET")
    stream = "\n".join(ops).encode()
    return pdf_file(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            f"<< /Type /Font /Subtype /TrueType /BaseFont /Plain /FirstChar 1 /LastChar {len(chars)} "
            f"/Widths [{widths}] /ToUnicode 6 0 R >>".encode(),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>",
            f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream",
            to_unicode(chars),
        ]
    )


# (row id, the lines, the tracking, the text read)
SPACED = [
    ("a symbol wrapped after its kerned word", ["A/80/49 (Vol.", "I)"], 600, "A/80/49 (Vol.\nI)"),
    ("the kerned word alone on its line, 0.3em", ["Vol.", "I)"], 300, "Vol.\nI)"),
    ("a kerned Cyrillic word last", ["Том I Герб", "и"], 600, "Том I Герб\nи"),
    # look-alikes: the word gaps the page draws stay
    ("the symbol on one line", ["A/80/49 (Vol. I)"], 600, "A/80/49 (Vol. I)"),
    ("a one-letter word after the kerned one", ["Vo l."], 600, "Vo l."),
]


@pytest.mark.parametrize(("lines", "track", "want"), [r[1:] for r in SPACED], ids=[r[0] for r in SPACED])
def test_a_letter_spaced_word_kerned_first_ends_its_line(lines: list[str], track: int, want: str) -> None:
    assert text_of(_page(lines, track), "spaced.pdf").strip() == want
