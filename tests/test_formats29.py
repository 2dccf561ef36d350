"""Word structures of official files (issue 7, session 29), each in a file built here: the header
and footer parts of several sections (a first page's shown only with ``w:titlePg``, the even
pages' only with ``w:evenAndOddHeaders``: a template's leftover part names no own id), lists of
one abstract list counted on from one list to the next, a text box or a table in a footnote, a
line break inside a symbol, and fields, hyperlinks, tracked changes, content controls, smart tags
and comments around citations.  Every passage is written for these tests in UN style."""

from __future__ import annotations

import pytest

from official_files import Cited, own_and_cited
from rescite.read import text_of
from test_formats_word import NS, docx, footnotes_part, note_ref, p, run, table, text_box, word_zip

_BODY = (
    p("General Assembly")
    + p("Eighty-first session")
    + p("Agenda item 14")
    + p("Report of the Secretary-General")
    + p("Recalling its resolution 70/1 of 25 September 2015,")
)


# -- the header and footer parts Word shows, page by page --------------------------------------
# a section: (its header and footer references (kind, type, part), whether it has w:titlePg)
Section = tuple[list[tuple[str, str, str]], bool]


def _sections(sections: list[Section], parts: dict[str, str], even_odd: bool = False) -> bytes:
    """A file of ``_BODY`` in as many sections (the last one's properties the body's own, the
    others' in a paragraph's), the header and footer ``parts`` (name → its paragraphs)."""
    rid = {name: f"rId{i}" for i, name in enumerate(parts, 10)}
    body = ""
    for i, (refs, title) in enumerate(sections):
        named = "".join(f'<w:{kind}Reference w:type="{t}" r:id="{rid[part]}"/>' for kind, t, part in refs)
        sect = f"<w:sectPr>{named}{'<w:titlePg/>' if title else ''}</w:sectPr>"
        body += _BODY if i == 0 else p("Annex") + p("Recalling also its resolution 71/1,")
        body += f"<w:p><w:pPr>{sect}</w:pPr></w:p>" if i < len(sections) - 1 else sect
    extra = {"word/settings.xml": f"<w:settings {NS}><w:evenAndOddHeaders/></w:settings>"} if even_odd else {}
    document = f"<w:document {NS}><w:body>{body}</w:body></w:document>"
    return word_zip(document, {k: p(v) for k, v in parts.items()}, {v: k for k, v in rid.items()}, extra)


# (row id, sections, parts, even and odd pages apart, the own id)
HEADER_ROWS: list[tuple[str, list[Section], dict[str, str], bool, str]] = [
    (
        "a first page's header without titlePg is not shown",
        [([("header", "first", "header1.xml"), ("header", "default", "header2.xml")], False)],
        {"header1.xml": "A/80/917", "header2.xml": "A/81/123"},
        False,
        "A/81/123",
    ),
    (
        "a first page's header with titlePg comes first",
        [([("header", "default", "header2.xml"), ("header", "first", "header1.xml")], True)],
        {"header1.xml": "A/81/123", "header2.xml": "A/81/123/Corr.1"},
        False,
        "A/81/123",
    ),
    (
        "an even pages' header without the setting is not shown",
        [([("header", "even", "header1.xml"), ("header", "default", "header2.xml")], False)],
        {"header1.xml": "A/80/917", "header2.xml": "A/81/123"},
        False,
        "A/81/123",
    ),
    (
        "an even pages' header with the setting: the second page's",
        [([("header", "default", "header2.xml"), ("header", "even", "header1.xml")], False)],
        {"header1.xml": "E/2026/71", "header2.xml": "E/2026/71/Add.2"},
        True,
        "E/2026/71",
    ),
    (
        "the first section's header before a later section's first page",
        [
            ([("header", "default", "header1.xml")], False),
            ([("header", "first", "header2.xml")], True),
        ],
        {"header1.xml": "A/81/123", "header2.xml": "A/81/123/Add.1"},
        False,
        "A/81/123",
    ),
    (
        "a later section's first page takes the first section's unshown first header",
        [
            ([("header", "first", "header1.xml"), ("footer", "default", "footer1.xml")], False),
            ([], True),
        ],
        {"header1.xml": "A/HRC/62/40", "footer1.xml": "26-14520"},
        False,
        "A/HRC/62/40",
    ),
]


@pytest.mark.parametrize(
    ("sections", "parts", "even_odd", "own"), [r[1:] for r in HEADER_ROWS], ids=[r[0] for r in HEADER_ROWS]
)
def test_the_headers_word_shows_give_the_own_id(
    sections: list[Section], parts: dict[str, str], even_odd: bool, own: str
) -> None:
    got_own, got = own_and_cited(text_of(_sections(sections, parts, even_odd), "s.docx"))
    assert (got_own, got >= {("A/RES/70/1", "2015-09-25")}) == (own, True)


# -- list numbers from numbering.xml -----------------------------------------------------------
def _numbering(nums: str) -> str:
    level = (
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    )
    return f'<w:numbering {NS}><w:abstractNum w:abstractNumId="4">{level}</w:abstractNum>{nums}</w:numbering>'


def _item(text: str, num: int) -> str:
    number = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    return f"<w:p><w:pPr>{number}</w:pPr>{run(text)}</w:p>"


_NUM = '<w:num w:numId="{n}"><w:abstractNumId w:val="4"/>{override}</w:num>'
_OWN_LEVEL = (
    '<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:numFmt w:val="lowerLetter"/>'
    '<w:lvlText w:val="(%1)"/></w:lvl></w:lvlOverride>'
)
_RESTART = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
_ITEMS = [
    ("Decides to remain seized of the matter;", 1),
    ("Requests the Secretary-General to report on resolution 79/160 of 17 December 2024;", 1),
    ("Invites Member States to consider resolution 80/118 of 10 December 2025;", 2),
    ("Decides to include the item in the agenda of its eighty-second session.", 1),
]

# (row id, the second list's override, the labels of the items)
NUMBER_ROWS = [
    ("two lists of one abstract list are counted as one", "", ["1.", "2.", "3.", "4."]),
    ("a list with a level of its own goes on counting", _OWN_LEVEL, ["1.", "2.", "(c)", "4."]),
    ("a list that starts again has its own count", _RESTART, ["1.", "2.", "1.", "3."]),
]


@pytest.mark.parametrize(
    ("override", "labels"), [r[1:] for r in NUMBER_ROWS], ids=[r[0] for r in NUMBER_ROWS]
)
def test_list_numbers_counted_as_word_counts_them(override: str, labels: list[str]) -> None:
    nums = _NUM.format(n=1, override="") + _NUM.format(n=2, override=override)
    body = p("The General Assembly,") + "".join(_item(text, num) for text, num in _ITEMS)
    document = f"<w:document {NS}><w:body>{body}</w:body></w:document>"
    data = word_zip(document, {}, {"rId3": "numbering.xml"}, {"word/numbering.xml": _numbering(nums)})
    text = text_of(data, "n.docx")
    assert [line.split(" ")[0] for line in text.split("\n\n")[1:] if line.strip()] == labels
    assert own_and_cited(text)[1] == {("A/RES/79/160", "2024-12-17"), ("A/RES/80/118", "2025-12-10")}


# -- structures around citations ---------------------------------------------------------------
_MAST = p("United Nations") + p("A/RES/81/12") + p("General Assembly") + p("Distr.: General")


def _field(parts: list[str], result: str) -> str:
    """A field whose instruction is written in several runs, then its result."""
    instruction = "".join(f'<w:r><w:instrText xml:space="preserve">{x}</w:instrText></w:r>' for x in parts)
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>{instruction}'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(result)}'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _with_note(note: str) -> bytes:
    """A file whose one footnote holds ``note`` (its paragraphs, a text box, a table)."""
    body = _MAST + p(run("Recalling its resolution 70/1 of 25 September 2015,"), note_ref(1))
    document = f"<w:document {NS}><w:body>{body}</w:body></w:document>"
    return word_zip(document, {}, {}, {"word/footnotes.xml": footnotes_part({1: note})})


def _comments() -> bytes:
    body = _MAST + p(
        '<w:commentRangeStart w:id="0"/>',
        run("Recalling its resolution 70/1 of 25 September 2015,"),
        '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
    )
    comment = (
        f'<w:comments {NS}><w:comment w:id="0" w:author="Editor"><w:p><w:r><w:annotationRef/></w:r>'
        "<w:r><w:t>Compare resolution 68/1 of 20 September 2013</w:t></w:r></w:p></w:comment></w:comments>"
    )
    document = f"<w:document {NS}><w:body>{body}</w:body></w:document>"
    return word_zip(document, {}, {"rId5": "comments.xml"}, {"word/comments.xml": comment})


_BR = "<w:r><w:br/></w:r>"
_HYPERLINK = ' HYPERLINK "https://undocs.org/'
# (row id, the file, the citations with their dates)
STRUCTURE_ROWS: list[tuple[str, bytes, Cited]] = [
    (
        "a line break before a symbol's slash",
        docx(_MAST + p(run("Recalling its resolution 70"), _BR, run("/1 of 25 September 2015,"))),
        {("A/RES/70/1", "2015-09-25")},
    ),
    (
        "a line break before a symbol's last element",
        docx(_MAST + p(run("Taking note of the report (A/80/364"), _BR, run("/Add.1) of 18 August 2025,"))),
        {("A/80/364/Add.1", None)},
    ),
    (
        "a text box in a footnote, read once",
        _with_note(
            p(
                run("See resolution 68/1 of 20 September 2013"),
                text_box(p("and resolution 67/1 of 24 September 2012")),
            )
        ),
        {("A/RES/70/1", "2015-09-25"), ("A/RES/68/1", "2013-09-20"), ("A/RES/67/1", "2012-09-24")},
    ),
    (
        "a table in a footnote, a row as a line",
        _with_note(p("See:") + table([[p("resolution 67/1"), p("24 September 2012")]])),
        {("A/RES/70/1", "2015-09-25"), ("A/RES/67/1", "2012-09-24")},
    ),
    (
        "a field's instruction in several runs",
        docx(
            _MAST
            + p(
                run("Recalling its resolution "),
                _field([_HYPERLINK, "A/RES/69/313", '" \\h '], "70/1"),
                run(" of 25 September 2015,"),
            )
        ),
        {("A/RES/70/1", "2015-09-25")},
    ),
    (
        "a field without a result",
        docx(
            _MAST
            + p(
                run("Recalling its resolution 70/1 "),
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                '<w:r><w:instrText> XE "A/RES/69/313" </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
                run("of 25 September 2015,"),
            )
        ),
        {("A/RES/70/1", "2015-09-25")},
    ),
    (
        "a simple field and a hyperlink",
        docx(
            _MAST
            + p(
                run("Recalling its resolutions "),
                '<w:fldSimple w:instr=" HYPERLINK &quot;https://undocs.org/A/RES/69/313&quot; ">'
                "<w:r><w:t>70/1</w:t></w:r></w:fldSimple>",
                run(" of 25 September 2015 and "),
                '<w:hyperlink r:id="rId99"><w:r><w:t>71/1</w:t></w:r></w:hyperlink>',
                run(" of 19 September 2016,"),
            )
        ),
        {("A/RES/70/1", "2015-09-25"), ("A/RES/71/1", "2016-09-19")},
    ),
    (
        "tracked changes: deleted text and a move's source left out",
        docx(
            _MAST
            + p(
                run("Recalling "),
                '<w:moveFrom w:id="3"><w:r><w:t>resolution 68/1 of 20 September 2013 and </w:t></w:r>'
                "</w:moveFrom>",
                run("its resolution "),
                '<w:del w:id="1" w:author="E"><w:r><w:delText>69/313</w:delText></w:r></w:del>',
                '<w:ins w:id="2" w:author="E"><w:r><w:t>70/1</w:t></w:r></w:ins>',
                run(" of 25 September 2015"),
                '<w:moveTo w:id="4"><w:r><w:t xml:space="preserve">'
                " and resolution 68/1 of 20 September 2013</w:t></w:r></w:moveTo>",
                run(","),
            )
        ),
        {("A/RES/70/1", "2015-09-25"), ("A/RES/68/1", "2013-09-20")},
    ),
    (
        "content controls and a smart tag",
        docx(
            _MAST
            + '<w:sdt><w:sdtPr><w:tag w:val="A/RES/69/313"/></w:sdtPr><w:sdtContent>'
            + p("Recalling its resolution 70/1 of 25 September 2015,")
            + "</w:sdtContent></w:sdt>"
            + p(
                run("Recalling also its resolution 71/1 of "),
                '<w:smartTag w:element="date"><w:smartTagPr><w:attr w:name="Year" w:val="2016"/>'
                "</w:smartTagPr><w:r><w:t>19 September 2016</w:t></w:r></w:smartTag>",
                run(","),
            )
        ),
        {("A/RES/70/1", "2015-09-25"), ("A/RES/71/1", "2016-09-19")},
    ),
    (
        "a text box in the body, read once",
        docx(
            p(text_box(p("United Nations"), p("A/RES/81/12")))
            + p("Recalling its resolution 70/1 of 25 September 2015,")
        ),
        {("A/RES/70/1", "2015-09-25")},
    ),
    ("comments are not the text", _comments(), {("A/RES/70/1", "2015-09-25")}),
]


@pytest.mark.parametrize(
    ("data", "cited"), [r[1:] for r in STRUCTURE_ROWS], ids=[r[0] for r in STRUCTURE_ROWS]
)
def test_structures_around_citations(data: bytes, cited: Cited) -> None:
    text = text_of(data, "w.docx")
    own, got = own_and_cited(text)
    assert (own, sorted(cited - got), sorted(got - cited)) == ("A/RES/81/12", [], [])
    assert text.count("resolution 67/1") <= 1 and "A/RES/69/313" not in text
