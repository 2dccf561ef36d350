"""The same text in the forms users have it (a file that opens with blank lines, an HTML page,
…) gives the same citations and the same own id as the plain text.

Every passage is written for these tests in the style of UN documents."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text
from rescite.read import text_of

# a page cut from mid-document: its running header run into the first sentence
_RUN_IN = (
    "Strengthening the coordination of emergency humanitarian assistance A/RES/81/57 to continue "
    "its efforts, as requested in resolution 46/182 of 19 December 1991, and in resolution 78/119,\n"
)
_RUN_IN_FR = (
    "Renforcement de la coordination de l'aide humanitaire d'urgence A/RES/81/57 à poursuivre "
    "ses efforts, comme demandé dans la résolution 46/182 du 19 décembre 1991,\n"
)

# (name, file name, content, own id, targets cited)
SAME_IN_EVERY_FORM = [
    (
        "run-in header after a blank line",
        "p.txt",
        "\n\n" + _RUN_IN,
        "A/RES/81/57",
        ["A/RES/46/182", "A/RES/78/119"],
    ),
    (
        "run-in header after blank lines with spaces",
        "p.txt",
        " \r\n \r\n" + _RUN_IN.replace("\n", "\r\n"),
        "A/RES/81/57",
        ["A/RES/46/182", "A/RES/78/119"],
    ),
    (
        "run-in header in an HTML paragraph",
        "p.html",
        f"<p>{_RUN_IN}</p>\n",
        "A/RES/81/57",
        ["A/RES/46/182", "A/RES/78/119"],
    ),
    (
        "run-in header in an HTML page",
        "p.html",
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'></head>\n"
        f"<body>\n<p>{_RUN_IN}</p>\n</body></html>\n",
        "A/RES/81/57",
        ["A/RES/46/182", "A/RES/78/119"],
    ),
    (
        "run-in header in an HTML page, French",
        "p.html",
        f"<html lang='fr'><body>\n<p>{_RUN_IN_FR}</p>\n</body></html>\n",
        "A/RES/81/57",
        ["A/RES/46/182"],
    ),
]


@pytest.mark.parametrize(
    ("name", "file", "content", "own", "cited"), SAME_IN_EVERY_FORM, ids=[c[0] for c in SAME_IN_EVERY_FORM]
)
def test_same_in_every_form(name: str, file: str, content: str, own: str, cited: list[str]) -> None:
    res = extract_text(text_of(content.encode("utf-8"), file), file)
    assert res.document.source_id == own
    assert sorted({c.target for c in res.citations if c.target}) == cited
    assert all(c.source_id == own for c in res.citations)
