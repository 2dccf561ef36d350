"""The document's own id from every shape of heading; a symbol the text cites is never it.

Every passage is written for these tests in the style of UN documents."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

import pytest

from rescite.engine.extract import extract_text
from rescite.read import text_of

OWN_ID = [
    (
        "copy's header in paragraphs set apart (a word processor's)",
        "United Nations General Assembly\n\nResolution A/RES/81/12\n\n"
        "Strengthening the coordination of humanitarian assistance\n\nAdopted on 9 December 2026\n\n"
        "The General Assembly,\n\nRecalling its resolution 46/182 of 19 December 1991,\n",
        "A/RES/81/12",
        ["A/RES/46/182"],
    ),
    (
        "copy's header in paragraphs set apart, French",
        "Nations Unies\n\nAssemblée générale\n\nRésolution A/RES/81/12\n\n"
        "L'Assemblée générale,\n\nRappelant sa résolution 46/182 du 19 décembre 1991,\n",
        "A/RES/81/12",
        ["A/RES/46/182"],
    ),
    (
        "section of a budget",
        "United Nations\nA/81/6 (Sect. 24)\n\nGeneral Assembly\nDistr.: General\n\n"
        "Proposed programme budget for 2027\n\nSection 24. Human rights\n\nRecalling resolution 48/141,\n",
        "A/81/6(Sect.24)",
        ["A/RES/48/141"],
    ),
    (
        "reissued draft",
        "United Nations\nA/81/L.40*\n\nGeneral Assembly\nDistr.: Limited\n\n"
        "The General Assembly,\n\nRecalling its resolution 70/1,\n",
        "A/81/L.40",
        ["A/RES/70/1"],
    ),
    (
        "addendum",
        "United Nations\nA/81/100/Add.2\n\nGeneral Assembly\n\nThe report recalls resolution 70/1.\n",
        "A/81/100/Add.2",
        ["A/RES/70/1"],
    ),
    (
        "corrigendum of a resolution",
        "United Nations\nA/RES/81/5/Corr.1\n\nGeneral Assembly\n\nCorrigendum\n\n"
        "Paragraph 3 of resolution 81/5 should read as follows.\n",
        "A/RES/81/5/Corr.1",
        ["A/RES/81/5"],
    ),
    (
        "information series",
        "United Nations\nA/INF/81/4\n\nGeneral Assembly\n\nList of delegations; see resolution 70/1.\n",
        "A/INF/81/4",
        ["A/RES/70/1"],
    ),
    (
        "council decision",
        "Human Rights Council\nFifty-fifth session\n\n"
        "Decision adopted by the Human Rights Council on 4 April 2026\n\n"
        "55/115. Outcome of the universal periodic review\n\n"
        "The Human Rights Council,\n\nRecalling General Assembly resolution 60/251,\n",
        "A/HRC/DEC/55/115",
        ["A/RES/60/251"],
    ),
    (
        "council resolution",
        "Human Rights Council\nFifty-fifth session\n\n"
        "Resolution adopted by the Human Rights Council on 4 April 2026\n\n"
        "55/11. Right to food\n\nThe Human Rights Council,\n\n"
        "Recalling General Assembly resolution 60/251,\n",
        "A/HRC/RES/55/11",
        ["A/RES/60/251"],
    ),
    (
        "decision in French",
        "Conseil des droits de l'homme\n\n"
        "Décision adoptée par le Conseil des droits de l'homme le 4 avril 2026\n\n"
        "55/116. Document final de l'Examen périodique universel\n\n"
        "Le Conseil des droits de l'homme,\n\nRappelant la résolution 60/251 de l'Assemblée générale,\n",
        "A/HRC/DEC/55/116",
        ["A/RES/60/251"],
    ),
    (
        "legal citation of the text itself",
        "G.A. Res. 80/134, U.N. GAOR, 80th Sess., Supp. No. 49, U.N. Doc. A/RES/80/134 (2025)\n\n"
        "The General Assembly,\n\nRecalling its resolution 70/1,\n",
        "A/RES/80/134",
        ["A/RES/70/1"],
    ),
    (
        "library copy",
        "University Law Library -- Human Rights Documents\nA/RES/80/134\nAdopted 17 December 2025\n\n"
        "The General Assembly,\n\nRecalling its resolution 70/1,\n",
        "A/RES/80/134",
        ["A/RES/70/1"],
    ),
    (
        "a cited symbol near the top is a citation",
        "The General Assembly,\n\nRecalling A/RES/70/1 of 25 September 2015,\n\n1. Decides to act.\n",
        None,
        ["A/RES/70/1"],
    ),
    (
        "a cited symbol on the first line is a citation",
        "Recalling A/RES/70/1 of 25 September 2015, the Assembly decided to act.\n",
        None,
        ["A/RES/70/1"],
    ),
    (
        "cited symbols that open the lines of a sentence near the top",
        "Taking note of the reports of the Special Committee, contained in documents\n"
        "A/AC.109/2029/3 and\nA/AC.109/2030/5,\n",
        None,
        ["A/AC.109/2029/3", "A/AC.109/2030/5"],
    ),
    (
        "… in French, the sentence's end after the symbol",
        "Prenant note des rapports du Comité spécial, publiés sous les cotes A/AC.109/2029/3 et\n"
        "A/AC.109/2030/5.\n",
        None,
        ["A/AC.109/2029/3", "A/AC.109/2030/5"],
    ),
    (
        "… the running header's symbol opening the second line, after the title",
        "Cooperation on inland waterways\nA/RES/81/40 and the regional commissions to continue "
        "their work, as requested in resolution 66/12,\n",
        "A/RES/81/40",
        ["A/RES/66/12"],
    ),
    (
        "a page of a text: its running header run into the first sentence",
        "Cooperation on inland waterways A/RES/81/40 and the regional commissions to continue "
        "their work, as requested in resolution 66/12,\n",
        "A/RES/81/40",
        ["A/RES/66/12"],
    ),
]


@pytest.mark.parametrize(("name", "text", "own", "cited"), OWN_ID, ids=[c[0] for c in OWN_ID])
def test_own_id(name: str, text: str, own: str | None, cited: list[str]) -> None:
    res = extract_text(text)
    assert res.document.source_id == own
    assert [c.target for c in res.citations] == cited
    assert all(c.source_id == own for c in res.citations)


def test_a_legal_citation_with_its_year_is_the_symbol_alone() -> None:
    res = extract_text("The study cites U.N. Doc. A/RES/64/293 (2010) and S/RES/1325 (2000).\n")
    assert [c.target for c in res.citations] == ["A/RES/64/293", "S/RES/1325(2000)"]


def _docx(header: str, paragraphs: list[str]) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def para(t: str) -> str:
        return f'<w:p><w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'

    body = "".join(para(p) for p in paragraphs)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f'<w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>')
        z.writestr("word/header1.xml", f'<w:hdr xmlns:w="{w}">{para(header)}</w:hdr>')
    return buf.getvalue()


def test_a_masthead_only_in_a_word_header_part() -> None:
    data = _docx(
        "A/HRC/55/L.12",
        [
            "Human Rights Council",
            "Fifty-fifth session",
            "Draft resolution",
            "The Human Rights Council,",
            "Recalling its resolution 52/4 and A/HRC/RES/53/2,",
        ],
    )
    res = extract_text(text_of(data, "draft.docx"))
    assert res.document.source_id == "A/HRC/55/L.12"
    assert [c.target for c in res.citations] == ["A/HRC/RES/52/4", "A/HRC/RES/53/2"]
