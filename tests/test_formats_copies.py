"""Third-party copies (law libraries, document aggregators) that print no masthead but name
the text itself in their heading: the own id comes from that line, in every language; a
heading that cites another text, or lists several texts, gives none.

Every passage is written for these tests in the style of UN documents."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text
from rescite.read import text_of

COPIES = [
    (
        "legal citation of the document on a line of its own",
        "<p>Law School Library: United Nations texts</p><p>U.N. Doc. A/RES/47/135 (1992).</p>"
        "<p>G.A. res. 47/135, 47 U.N. GAOR Supp. (No. 49) at 210, U.N. Doc. A/47/49 (1992).</p>"
        "<p>The General Assembly,</p><p>Recalling its resolution 45/164 of 18 December 1990,</p>",
        "A/RES/47/135",
        ["A/47/49", "A/RES/45/164"],
    ),
    (
        "title line with the body and the date (English)",
        "<p>Collected texts on minorities</p><p>General Assembly resolution 47/135 of 18 December 1992</p>"
        "<p>The General Assembly,</p><p>Recalling its resolution 45/164 of 18 December 1990,</p>",
        "A/RES/47/135",
        ["A/RES/45/164"],
    ),
    (
        "title line (Russian)",
        "<p>Сборник документов</p><p>Резолюция 47/135 Генеральной Ассамблеи от 18 декабря 1992 года</p>"
        "<p>Генеральная Ассамблея,</p><p>ссылаясь на свою резолюцию 45/164 от 18 декабря 1990 года,</p>",
        "A/RES/47/135",
        ["A/RES/45/164"],
    ),
    (
        "title line (Chinese)",
        "<p>文件汇编</p><p>大会第47/135号决议</p><p>1992年12月18日</p>"
        "<p>大会，</p><p>回顾其1990年12月18日第45/164号决议，</p>",
        "A/RES/47/135",
        ["A/RES/45/164"],
    ),
    (
        "heading number with its part letter before the session",
        "<p>Resolution 2106 A (XX)</p><p>Adopted by the General Assembly on 21 December 1965</p>"
        "<p>The General Assembly,</p><p>Recalling its resolution 1904 (XVIII),</p>",
        "A/RES/2106A(XX)",
        ["A/RES/1904(XVIII)"],
    ),
    (
        "a title that cites another text gives no own id",
        "<p>Texts on development</p><p>Follow-up to General Assembly resolution 70/1</p>"
        "<p>The General Assembly,</p><p>Recalling its resolution 70/1,</p>",
        None,
        ["A/RES/70/1"],
    ),
    (
        "a heading that lists a text among others gives no own id",
        "<p>The Conference adopted the following decisions:</p><p>Decision 4/1 Review of implementation</p>"
        "<p>Decision 4/2 Technical assistance activities</p>"
        "<p>The General Assembly,</p><p>Recalling its resolution 70/1,</p>",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("name", "html", "own", "cited"), COPIES, ids=[c[0] for c in COPIES])
def test_own_id_of_a_copy(name: str, html: str, own: str | None, cited: list[str] | None) -> None:
    text = text_of(f"<html><body>{html}</body></html>".encode(), "copy.html")
    res = extract_text(text)
    assert res.document.source_id == own
    if cited is not None:
        assert sorted({str(c.target) for c in res.citations if c.target}) == sorted(cited)
    assert all(c.source_id == own for c in res.citations)
