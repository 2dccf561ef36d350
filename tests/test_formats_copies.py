"""Third-party copies (law libraries, document aggregators) that print no masthead but name
the text itself in their heading: the own id comes from that line, in every language; a
heading that cites another text, or lists several texts, gives none.

Every passage is written for these tests in the style of UN documents."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text
from rescite.read import text_of


def archive_header(symbol: str) -> str:
    """The header of an archive's page that reproduces the text printed as ``symbol``."""
    return (
        f"<p>Archive of texts on the oceans</p><p>Home / Record ({symbol})</p>"
        f"<dl><dt>Citation</dt><dd>{symbol} (adopted as the text below)</dd></dl>"
        f"<p>This page reproduces the English text of the draft printed as {symbol} (two sponsors; "
        "reissued once), taken from the Official Document System and cleaned of its page headers and "
        "footers by the archive's own scripts, with the line breaks of the printed page joined into "
        "paragraphs so that the text reads as one piece; the archive adds no words of its own to the "
        "text, and its notes and tags stand apart from it below the text, in a section of their own "
        "that is marked as unofficial and that no reader should take for part of the document.</p>"
    )


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
    (
        "a masthead under a copy's own header, past the first lines (English)",
        archive_header("A/79/L.55")
        + "<p>United Nations A/79/L.55* General Assembly Distr.: Limited 2 June 2025 Original: English "
        "Seventy-ninth session Agenda item 70 Oceans and the law of the sea draft resolution**</p>"
        "<p>The General Assembly, recalling its resolution 77/248 of 30 December 2022, "
        "decides to continue.</p>",
        "A/79/L.55",
        ["A/RES/77/248"],
    ),
    (
        "a masthead under a copy's own header, past the first lines (French)",
        archive_header("A/HRC/58/L.9")
        + "<p>Nations Unies A/HRC/58/L.9 Assemblée générale Distr. limitée 1er avril 2025 Français "
        "Original : anglais Conseil des droits de l'homme Cinquante-huitième session</p>"
        "<p>Le Conseil des droits de l'homme,</p><p>Rappelant sa résolution 55/3 du 3 avril 2024 "
        "et toutes les résolutions antérieures sur la question, ainsi que les rapports que le "
        "Secrétaire général lui a présentés depuis lors,</p><p>Prenant note avec intérêt des travaux "
        "que mène le Groupe de travail sur la question, "
        "et de la contribution que les États et la société civile apportent à ces travaux,</p>"
        "<p>1. Décide de poursuivre l'examen de la question à sa prochaine session, au titre du même point "
        "de l'ordre du jour;</p>",
        "A/HRC/58/L.9",
        ["A/HRC/RES/55/3"],
    ),
    (
        "a line that opens with the organisation's name and cites a symbol is no masthead",
        archive_header("A/79/L.55") + "<p>United Nations A/RES/70/1, paragraph 5, as recalled below.</p>"
        "<p>The General Assembly, recalling its resolution 77/248, decides to continue.</p>",
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
