"""What Word neither shows nor prints, left out of a Word file's text: a header's page number
(a PAGE or NUMPAGES field, a simple field) set apart from the
symbol beside it; hidden text (``w:vanish``, ``w:specVanish``: in a run, through a character
or paragraph style, on a paragraph mark, which runs the paragraph on into the next).  And a
tab at a slash inside a symbol.  Passages written for these tests in UN style."""

from __future__ import annotations

import pytest

from test_read_docx import NS
from test_read_docx_runs import assert_word_file, body, code, field, t


def page_field(instr: str, result: str) -> str:
    return field("begin") + code(f" {instr} ") + field("separate") + t(result) + field("end")


def hidden(text: str, prop: str = "<w:vanish/>") -> str:
    return f'<w:r><w:rPr>{prop}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def styled(text: str, style: str) -> str:
    return f'<w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def header(*paras: str, kind: str = "hdr", part: str = "header1") -> dict[str, str]:
    xml = "".join(f"<w:p>{p}</w:p>" for p in paras)
    return {f"word/{part}.xml": f"<w:{kind} {NS}>{xml}</w:{kind}>"}


STYLES = (
    f"<w:styles {NS}>"
    '<w:style w:type="character" w:styleId="Secret"><w:rPr><w:vanish/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="SecretNote"><w:basedOn w:val="Secret"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Draft"><w:rPr><w:vanish/></w:rPr></w:style>'
    "</w:styles>"
)
OPENING = t("The General Assembly,")
RECALLING = t("Recalling its resolution 74/239 of 20 December 2019,")


# (the parts of the file, the document's own symbol (None: not checked), the citations)
ROWS = [
    # a PAGE field glued onto the header's symbol: "A/80/L.22", never "A/80/L.223"
    (
        {**header(t("A/80/L.22") + page_field("PAGE", "3")), **body(OPENING, RECALLING)},
        "A/80/L.22",
        {"A/RES/74/239": "2019-12-20"},
    ),
    # … in a footer, the count of pages too ("A/79/561" + "4" + "/" + "12")
    (
        {
            **header(
                t("A/79/561")
                + page_field("PAGE \\* MERGEFORMAT", "4")
                + t("/")
                + page_field("NUMPAGES", "12"),
                kind="ftr",
                part="footer1",
            ),
            **body(OPENING, RECALLING),
        },
        "A/79/561",
        {"A/RES/74/239": "2019-12-20"},
    ),
    # a simple field (w:fldSimple) holding the page number
    (
        {
            **header(t("E/2025/L.14") + '<w:fldSimple w:instr=" PAGE ">' + t("2") + "</w:fldSimple>"),
            **body(t("The Economic and Social Council,"), RECALLING),
        },
        "E/2025/L.14",
        {"A/RES/74/239": "2019-12-20"},
    ),
    # … but digits typed in a run of their own are the symbol's (Word splits runs at each
    # editing session: "A/HRC/58/L.9" then "5" typed later is "A/HRC/58/L.95"); a page number
    # that changes from page to page is a field
    (
        {**header(t("A/HRC/58/L.9") + t("5")), **body(t("The Human Rights Council,"), RECALLING)},
        "A/HRC/58/L.95",
        {"A/RES/74/239": "2019-12-20"},
    ),
    # hidden text in a run: neither a citation of its own nor digits glued to a number
    (
        body(OPENING, t("Recalling its resolution 74/239") + hidden(" and resolution 75/122") + t(",")),
        None,
        {"A/RES/74/239": None},
    ),
    (
        body(OPENING, t("Recalling its resolution 68/1") + hidden("7") + t(" of 20 September 2013,")),
        None,
        {"A/RES/68/1": "2013-09-20"},
    ),
    (
        body(OPENING, t("Recalling its resolution 68/1") + hidden("7", "<w:specVanish/>") + t(",")),
        None,
        {"A/RES/68/1": None},
    ),
    # hidden through a character style, or a style based on one
    (
        {
            **body(OPENING, t("Recalling its resolution 68/1") + styled("75/122", "SecretNote") + t(",")),
            "word/styles.xml": STYLES,
        },
        None,
        {"A/RES/68/1": None},
    ),
    # hidden through the paragraph's style: the whole paragraph
    (
        {
            **body(
                OPENING,
                '<w:pPr><w:pStyle w:val="Draft"/></w:pPr>' + t("Recalling its resolution 75/122,"),
                RECALLING,
            ),
            "word/styles.xml": STYLES,
        },
        None,
        {"A/RES/74/239": "2019-12-20"},
    ),
    # a tab at a slash inside a symbol: one symbol, whatever gap the tab leaves
    (
        body(OPENING, t("Recalling its resolution A/RES/") + "<w:r><w:tab/></w:r>" + t("74/239,")),
        None,
        {"A/RES/74/239": None},
    ),
    (
        body(OPENING, t("Taking note of the report (A/79") + "<w:r><w:tab/></w:r>" + t("/561),")),
        None,
        {"A/79/561": None},
    ),
    # a hidden paragraph mark: the paragraph runs on into the next, as Word shows it
    (
        body(
            OPENING,
            "<w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>" + t("Recalling its resolution 74/"),
            t("239 of 20 December 2019,"),
        ),
        None,
        {"A/RES/74/239": "2019-12-20"},
    ),
]


@pytest.mark.parametrize(("parts", "own", "expected"), ROWS)
def test_word_leaves_out_what_the_page_does_not_show(
    parts: dict[str, str], own: str | None, expected: dict[str, str | None]
) -> None:
    assert_word_file(parts, own, expected)
