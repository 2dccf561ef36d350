"""What a Word run holds besides its text, read as the page shows it: an absolute tab (a
header's symbol, then its page number at the right margin), a character from a symbol font
between two words, the ruby text printed above East Asian characters (only its base is the
text), a field nested in another field's instruction (only the outer field's result is
shown).  Passages written for these tests in UN style."""

from __future__ import annotations

import pytest

from passages import assert_passage
from rescite.read import text_of
from test_read_docx import NS, document, docx

PTAB = '<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>'


def field(kind: str) -> str:
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def code(text: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve">{text}</w:instrText></w:r>'


def nested(inner_result: str, outer_result: str) -> str:
    """{ IF { REF _Ref3 } = "x" "<outer_result>" }: the inner field's result stands in the outer
    field's instruction."""
    inner = field("begin") + code(" REF _Ref3 \\h ") + field("separate") + t(inner_result) + field("end")
    return (
        field("begin")
        + code(" IF ")
        + inner
        + code(f' = "x" "{outer_result}" ')
        + field("separate")
        + t(outer_result)
        + field("end")
    )


def t(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def body(*paras: str) -> dict[str, str]:
    return {"word/document.xml": document("".join(f"<w:p>{p}</w:p>" for p in paras))}


def with_header(header: str, *paras: str) -> dict[str, str]:
    return {**body(*paras), "word/header1.xml": f"<w:hdr {NS}><w:p>{header}</w:p></w:hdr>"}


# (the parts of the file, the document's own symbol (None: not checked), the citations)
ROWS = [
    # the symbol in the header, its page number after an absolute tab: not "A/RES/78/1902"
    (
        with_header(
            t("A/RES/78/190") + PTAB + t("2"),
            t("The General Assembly,"),
            t("Recalling its resolution 71/243,"),
        ),
        "A/RES/78/190",
        {"A/RES/71/243": None},
    ),
    (
        with_header(t("E/2023/L.19") + PTAB + t("3"), t("The Economic and Social Council,")),
        "E/2023/L.19",
        {},
    ),
    # an absolute tab in the body: the date stays apart from the number ("70/1of")
    (
        body(t("Recalling its resolution 72/305") + PTAB + t("of 23 July 2018,")),
        None,
        {"A/RES/72/305": "2018-07-23"},
    ),
    # a symbol-font character between two numbers of a list: not "66/288and"
    (
        body(
            t("Recalling its resolutions 66/288")
            + '<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r>'
            + t("and 69/313,")
        ),
        None,
        {"A/RES/66/288": None, "A/RES/69/313": None},
    ),
    (
        body(
            t("Recalling its resolutions 66/288")
            + '<w:r><w:sym w:font="Arial" w:char="2014"/></w:r>'
            + t("69/313,")
        ),
        None,
        {"A/RES/66/288": None, "A/RES/69/313": None},
    ),
    # a field in another field's instruction: the outer field's result alone (not "71/23371/233")
    (
        body(t("Recalling its resolution ") + nested("71/233", "71/233") + t(" of 19 December 2016,")),
        None,
        {"A/RES/71/233": "2016-12-19"},
    ),
    # … in a header: the page number of a PAGE field in the instruction is not shown
    (
        with_header(
            nested("4", "A/79/318"), t("The General Assembly,"), t("Recalling its resolution 76/300,")
        ),
        "A/79/318",
        {"A/RES/76/300": None},
    ),
    # ruby text above the characters of a Chinese passage: the base alone ("第74/4号", not "第x74/4号")
    (
        body(
            t("大会，"),
            t("回顾其第")
            + "<w:r><w:ruby><w:rubyPr/><w:rt>"
            + t("qī shí sì")
            + "</w:rt><w:rubyBase>"
            + t("74/4")
            + "</w:rubyBase></w:ruby></w:r>"
            + t("号决议，"),
        ),
        None,
        {"A/RES/74/4": None},
    ),
]


def assert_word_file(parts: dict[str, str], own: str | None, expected: dict[str, str | None]) -> None:
    """The Word file of ``parts`` gives the ``expected`` targets (and dates), and its own id
    ``own`` (None: not checked)."""
    text = text_of(docx(dict(parts)), "x.docx")
    res = assert_passage(text, expected, skip_own=True)
    if own is not None:
        assert res.document.source_id == own


@pytest.mark.parametrize(("parts", "own", "expected"), ROWS)
def test_word_runs_read_as_the_page_shows_them(
    parts: dict[str, str], own: str | None, expected: dict[str, str | None]
) -> None:
    assert_word_file(parts, own, expected)
