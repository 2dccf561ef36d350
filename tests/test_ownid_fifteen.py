"""The document's own id from the shapes of heading third-party copies give it (law-library
and aggregator headers, Bluebook and OSCOLA self-cites, a Security Council symbol without its
year), and legal citation styles read as citations.

Every passage is written for these tests in the style of UN documents and of the copies
that reproduce them."""

from __future__ import annotations

import io
import zipfile

import pytest

from rescite.engine.extract import extract_text
from rescite.read import text_of
from test_formats import pdf_of_streams, pdf_string

_GA = "\n\nThe General Assembly,\n\nRecalling its resolution 62/139 of 18 December 2007,\n"
_SC = "\n\nThe Security Council,\n\nRecalling its resolution 1612 (2005),\n"

# (name, text, own id, distinct targets cited in order)
OWN_ID = [
    (
        "law-library header: the volume it is printed in and a pinpoint after the number",
        "Human Rights Library\n\nG.A. res. 46/119, annex, 46 U.N. GAOR Supp. (No. 49) at 189, "
        "U.N. Doc. A/46/49 (1991).\n\nPrinciples for the protection of persons with mental illness" + _GA,
        "A/RES/46/119",
        ["A/46/49", "A/RES/62/139"],
    ),
    (
        "law-library header wrapped after a comma",
        "G.A. res. 46/119, annex, 46 U.N. GAOR Supp. (No. 49) at 189,\nU.N. Doc. A/46/49 (1991).\n\n"
        "Principles for the protection of persons with mental illness" + _GA,
        "A/RES/46/119",
        ["A/46/49", "A/RES/62/139"],
    ),
    (
        "Bluebook self-cite of a Council text, its symbol without the year, the date after it",
        "S.C. Res. 2427, U.N. Doc. S/RES/2427 (July 9, 2018)" + _SC,
        "S/RES/2427(2018)",
        ["S/RES/1612(2005)"],
    ),
    (
        "OSCOLA self-cite of a Council text, the date before its symbol",
        "UNSC Res 2427 (9 July 2018) UN Doc S/RES/2427" + _SC,
        "S/RES/2427(2018)",
        ["S/RES/1612(2005)"],
    ),
    (
        "aggregator's label 'Citation / Document Symbol'",
        "Refworld | Persons with albinism\nPublisher: UN General Assembly\n"
        "Publication Date: 18 December 2023\nCitation / Document Symbol: A/RES/78/170" + _GA,
        "A/RES/78/170",
        ["A/RES/62/139"],
    ),
    (
        "aggregator's symbol of a Council text without its year: the header's date gives it",
        "Refworld | Children and armed conflict\nPublisher: UN Security Council\n"
        "Publication Date: 9 July 2018\nCitation / Document Symbol: S/RES/2427" + _SC,
        "S/RES/2427(2018)",
        ["S/RES/1612(2005)"],
    ),
    (
        "catalogue header naming a Council text by its number, then its symbol and the link",
        "UN Security Council, Security Council resolution 2427 (2018) [on children and armed "
        "conflict], 9 July 2018, S/RES/2427 (2018), available at: https://www.example.org/sc2427 "
        "[accessed 2 June 2026]" + _SC,
        "S/RES/2427(2018)",
        ["S/RES/1612(2005)"],
    ),
    (
        "catalogue header naming a General Assembly text by its number",
        "UN General Assembly, General Assembly resolution 78/170 [Persons with albinism], "
        "19 December 2023, A/RES/78/170, available at: https://www.example.org/ga78170" + _GA,
        "A/RES/78/170",
        ["A/RES/62/139"],
    ),
    (
        "catalogue header in French",
        "Conseil de sécurité des Nations Unies, résolution 2427 (2018) du Conseil de sécurité "
        "[sur les enfants et les conflits armés], 9 juillet 2018, S/RES/2427 (2018), disponible "
        "sur : https://www.example.org/fr2427\n\nLe Conseil de sécurité,\n\nRappelant sa "
        "résolution 1612 (2005),\n",
        "S/RES/2427(2018)",
        ["S/RES/1612(2005)"],
    ),
    # -- look-alikes that must not change
    (
        "a catalogue line naming another number before the symbol and its link: a citation",
        "See resolution 1612 (2005), S/RES/2427 (2018), at https://www.example.org/sc2427\n" + _SC,
        None,
        ["S/RES/1612(2005)", "S/RES/2427(2018)"],
    ),
    (
        "a Bluebook self-cite whose symbol is the resolution's own",
        "G.A. Res. 78/170, U.N. Doc. A/RES/78/170 (Dec. 19, 2023)" + _GA,
        "A/RES/78/170",
        ["A/RES/62/139"],
    ),
    (
        "a heading line that cites a report after the number: no self-cite",
        "Report on the implementation of resolution 62/139, document A/78/210\n" + _GA,
        None,
        ["A/RES/62/139", "A/78/210"],
    ),
    (
        "numbered notes that open a passage: a list, no page header",
        "12 A/78/210\n13 A/78/211\n\nThe Committee took note of both reports.\n",
        None,
        ["A/78/210", "A/78/211"],
    ),
    (
        "a note that opens a passage, its number before a joint symbol: no page header",
        "4  A/78/301-S/2023/640, annex.\n\nThe Committee took note of the letter.\n",
        None,
        ["A/78/301", "S/2023/640"],
    ),
    (
        "two headings of texts, each line ending with a comma: a list, no self-cite",
        "Resolution 62/139,\nResolution 62/140,\n" + _GA,
        None,
        ["A/RES/62/139", "A/RES/62/140"],
    ),
    (
        "a Council masthead with its year",
        "United Nations\nS/RES/2427 (2018)\n\nSecurity Council\nDistr.: General\n9 July 2018" + _SC,
        "S/RES/2427(2018)",
        ["S/RES/1612(2005)"],
    ),
]


@pytest.mark.parametrize(("name", "text", "own", "cited"), OWN_ID, ids=[r[0] for r in OWN_ID])
def test_own_id_of_a_copy(name: str, text: str, own: str | None, cited: list[str]) -> None:
    res = extract_text(text)
    assert res.document.source_id == own
    assert list(dict.fromkeys(c.target for c in res.citations)) == cited


def _page(items: list[tuple[int, int, str]]) -> bytes:
    return (
        b"BT /F1 10 Tf "
        + b" ".join(f"1 0 0 1 {x} {y} Tm ".encode() + pdf_string(t) + b" Tj" for x, y, t in items)
        + b" ET"
    )


# (name, lines of the first page as (x, y, text), own id, targets)
PDF_OWN_ID = [
    (
        "a Council masthead whose year the PDF puts on the line under the symbol",
        [
            (72, 790, "United Nations"),
            (450, 790, "S/RES/2841"),
            (450, 778, "(2026)"),
            (72, 770, "Security Council"),
            (400, 770, "Distr.: General"),
            (72, 700, "Resolution 2841 (2026)"),
            (72, 650, "The Security Council,"),
            (90, 630, "Recalling its resolution 2143 (2014),"),
        ],
        "S/RES/2841(2026)",
        ["S/RES/2143(2014)"],
    ),
    (
        "a Council masthead with its year on the symbol's line (unchanged)",
        [
            (72, 790, "United Nations"),
            (450, 790, "S/RES/2841 (2026)"),
            (72, 770, "Security Council"),
            (72, 700, "Resolution 2841 (2026)"),
            (72, 650, "The Security Council,"),
            (90, 630, "Recalling its resolution 2143 (2014),"),
        ],
        "S/RES/2841(2026)",
        ["S/RES/2143(2014)"],
    ),
]


@pytest.mark.parametrize(("name", "lines", "own", "cited"), PDF_OWN_ID, ids=[r[0] for r in PDF_OWN_ID])
def test_own_id_of_a_pdf(name: str, lines: list[tuple[int, int, str]], own: str, cited: list[str]) -> None:
    res = extract_text(text_of(pdf_of_streams([_page(lines)]), "r.pdf"))
    assert res.document.source_id == own
    assert list(dict.fromkeys(c.target for c in res.citations)) == cited


# (language, passage, distinct targets)
LEGAL = [
    ("en", "14 UNGA Dec 52/405 (5 November 1997).", ["A/DEC/52/405"]),
    ("en", "15 G.A. Dec. 52/405, U.N. Doc. A/52/49 (1997).", ["A/DEC/52/405", "A/52/49"]),
    ("en", "18 See U.N. Doc. S/PV.8305 (2018).", ["S/PV.8305"]),
    ("en", "24 HRC Res. 19/4, ¶ 3.", ["A/HRC/RES/19/4"]),
    (
        "en",
        "25 Comm'n on Human Rights Res. 2003/54, U.N. Doc. E/CN.4/RES/2003/54 (Apr. 24, 2003).",
        ["E/CN.4/RES/2003/54"],
    ),
    ("en", "19 See U.N. Doc. A/C.6/72/L.4/Rev.1 (2017).", ["A/C.6/72/L.4/Rev.1"]),
    # -- look-alikes that must not change
    ("en", "23 Hum. Rts. Council Res. 19/4 (Mar. 22, 2012).", ["A/HRC/RES/19/4"]),
    ("en", "16 UNSC Res 2427 (9 July 2018) UN Doc S/RES/2427.", ["S/RES/2427(2018)"]),
    (
        "en",
        "17 S.C. Res. 338, U.N. SCOR, 28th Sess., 1747th mtg., U.N. Doc. S/INF/29 (1973).",
        ["S/RES/338(1973)", "S/INF/29"],
    ),
    ("en", "20 G.A. Res. 67/19, ¶ 2 (Dec. 29, 2012).", ["A/RES/67/19"]),
    (
        "en",
        "21 S.C. Res. 2427 (July 9, 2018); U.N. Doc. S/RES/1612 (2005).",
        ["S/RES/2427(2018)", "S/RES/1612(2005)"],
    ),
    ("en", "22 On 4 Dec 2019 the Council adopted resolution 2019/12.", ["E/RES/2019/12"]),
]


@pytest.mark.parametrize(("lang", "text", "cited"), LEGAL, ids=[r[1][:3] for r in LEGAL])
def test_legal_citation_styles(lang: str, text: str, cited: list[str]) -> None:
    res = extract_text(text, lang=lang)
    assert list(dict.fromkeys(c.target for c in res.citations)) == cited
    assert all(c.target is not None for c in res.citations)


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _p(inner: str) -> str:
    return f"<w:p>{inner}</w:p>"


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


_PAGE_FIELD = (
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:tab/></w:r>'
)


def _docx(header: str, paragraphs: list[str]) -> bytes:
    body = "".join(_p(_r(t)) for t in paragraphs)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>')
        z.writestr("word/header1.xml", f'<w:hdr xmlns:w="{_W}">{header}</w:hdr>')
    return buf.getvalue()


_DRAFT = [
    "Eighty-first session",
    "Draft resolution",
    "The General Assembly,",
    "Recalling its resolution 58/4,",
]

# (name, header part's XML, own id, targets)
WORD_OWN_ID = [
    (
        "an even page's header: the page number, a tab, the symbol",
        _p(_PAGE_FIELD + _r("A/81/L.17")),
        "A/81/L.17",
        ["A/RES/58/4"],
    ),
    ("a header of the symbol alone (unchanged)", _p(_r("A/81/L.17")), "A/81/L.17", ["A/RES/58/4"]),
]


@pytest.mark.parametrize(("name", "header", "own", "cited"), WORD_OWN_ID, ids=[r[0] for r in WORD_OWN_ID])
def test_own_id_of_a_word_file(name: str, header: str, own: str, cited: list[str]) -> None:
    res = extract_text(text_of(_docx(header, _DRAFT), "draft.docx"))
    assert res.document.source_id == own
    assert list(dict.fromkeys(c.target for c in res.citations)) == cited
