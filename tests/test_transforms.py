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


def _page(paragraphs: list[str]) -> str:
    return "<html lang='en'><body>\n" + "\n".join(f"<p>{p}</p>" for p in paragraphs) + "\n</body></html>\n"


_HEAD = ["United Nations", "A/RES/81/33", "General Assembly", "Distr.: General", "14 December 2026"]
_TITLE = (
    "Sustainable fisheries, including through the 1995 Agreement for the Implementation of the Provisions"
)
_BEFORE = "Recalling its resolutions 61/105 of 8 December 2006, 64/72 of 4 December 2009, 66/68 of"
_AFTER = "6 December 2011 and 71/123 of 7 December 2016,"
_DATES = {
    "A/RES/61/105": "2006-12-08",
    "A/RES/64/72": "2009-12-04",
    "A/RES/66/68": "2011-12-06",
    "A/RES/71/123": "2016-12-07",
}

# (name, the paragraphs of an HTML page, the dates of the targets cited)
HTML_PAGE_FURNITURE = [
    (
        "a running header and a page line with its job number, each a paragraph, in a dated list",
        [*_HEAD, _TITLE, "The General Assembly,", _BEFORE, "A/RES/81/33", _TITLE, "26-01234", "2/3", _AFTER],
        _DATES,
    ),
    (
        "the job number and the page apart, a line break within a paragraph",
        [
            *_HEAD,
            _TITLE,
            "The General Assembly,",
            _BEFORE,
            "A/RES/81/33<br>" + _TITLE,
            "2/3<br>26-01234",
            _AFTER,
        ],
        _DATES,
    ),
    (
        "a page line without a job number under the header's symbol",
        [*_HEAD[:2], _TITLE, "The General Assembly,", _BEFORE, "A/RES/81/33", _TITLE, "2/3", _AFTER],
        _DATES,
    ),
]


@pytest.mark.parametrize(
    ("name", "paragraphs", "dates"), HTML_PAGE_FURNITURE, ids=[c[0] for c in HTML_PAGE_FURNITURE]
)
def test_html_page_furniture_between_paragraphs(
    name: str, paragraphs: list[str], dates: dict[str, str]
) -> None:
    res = extract_text(text_of(_page(paragraphs).encode("utf-8"), "p.html"), "p.html")
    assert res.document.source_id == "A/RES/81/33"
    assert {c.target: c.date for c in res.citations if c.target} == dates


# the text layer of a page set in a narrow column: the running header's title broken over
# more lines than in the heading, one of them short
_NARROW = (
    "United Nations\nA/RES/81/33\n\nGeneral Assembly\nDistr.: General\n14 December 2026\n\n"
    "81/33. Sustainable fisheries, including through the\n1995 Agreement for the Implementation "
    "of the Provisions\n\nThe General Assembly,\n\n"
    "Recalling its resolutions 61/105 of 8 December\n2006, 64/72 of 4 December 2009, 66/68 of\n\n"
    "A/RES/81/33\n{title}\n\n26-01234\n2/3\n\n"
    "6 December 2011 and 71/123 of 7 December\n2016,\n"
)

# (name, the running title as the page sets it)
NARROW_HEADERS = [
    (
        "a short word alone on a line",
        "Sustainable fisheries, including through\nthe\n1995 Agreement for the "
        "Implementation of\nthe Provisions",
    ),
    (
        "three short lines",
        "Sustainable fisheries, including through\nthe 1995\nAgreement for the Implementation\n"
        "of the\nProvisions",
    ),
]


@pytest.mark.parametrize(("name", "title"), NARROW_HEADERS, ids=[c[0] for c in NARROW_HEADERS])
def test_running_header_in_a_narrow_column(name: str, title: str) -> None:
    res = extract_text(_NARROW.format(title=title), "p.pdf")
    assert res.document.source_id == "A/RES/81/33"
    assert {c.target: c.date for c in res.citations if c.target} == _DATES
