"""Word files as the Official Document System gives them: the masthead only in a header
part (the first page's, as a table, in a text box, behind a field code), running headers
with the title, footnotes in their own part, in several languages; Add./Corr./Rev.
documents.  The files are written here as zip + XML; every passage is written for these
tests in the style of UN documents."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

import pytest

from rescite.engine.extract import extract_text
from rescite.read import text_of

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = (
    f'xmlns:w="{W}" xmlns:r="{R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"'
)


def run(text: str, tab: bool = False) -> str:
    return (
        "<w:r><w:tab/></w:r>" if tab else ""
    ) + f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def p(*runs: str) -> str:
    return "<w:p>" + "".join(r if r.startswith("<") else run(r) for r in runs) + "</w:p>"


def field(instruction: str, result: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'{run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def text_box(*paras: str) -> str:
    inner = "".join(paras)
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
        f"<a:graphicData><wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
        f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def table(rows: list[list[str]]) -> str:
    return (
        "<w:tbl>"
        + "".join("<w:tr>" + "".join(f"<w:tc>{c}</w:tc>" for c in row) + "</w:tr>" for row in rows)
        + "</w:tbl>"
    )


def note_ref(i: int) -> str:
    return f'<w:r><w:footnoteReference w:id="{i}"/></w:r>'


def docx(
    body: str,
    headers: dict[str, str] | None = None,
    footers: dict[str, str] | None = None,
    first: str | None = None,
    notes: dict[int, str] | None = None,
) -> bytes:
    headers, footers = headers or {}, footers or {}
    parts = [(n, "header") for n in headers] + [(n, "footer") for n in footers]
    rels = {f"rId{i}": name for i, (name, _) in enumerate(parts, 10)}
    refs = "".join(
        f'<w:{kind}Reference w:type="{"first" if name == first else "default"}" r:id="rId{i}"/>'
        for i, (name, kind) in enumerate(parts, 10)
    )
    document = f"<w:document {NS}><w:body>{body}<w:sectPr>{refs}<w:titlePg/></w:sectPr></w:body></w:document>"
    return word_zip(
        document,
        {**headers, **footers},
        rels,
        {"word/footnotes.xml": footnotes_part({k: p(v) for k, v in notes.items()})} if notes else {},
    )


def word_zip(document: str, margins: dict[str, str], rels: dict[str, str], extra: dict[str, str]) -> bytes:
    """A Word package: the document part, its header and footer parts (``margins``: the
    paragraphs of "header1.xml", "footer1.xml"…), the relationships ``rels`` (id → part) that
    name them, and the ``extra`` parts (path → XML) as they are."""
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", document)
        z.writestr(
            "word/_rels/document.xml.rels",
            f'<Relationships xmlns="{pkg}">'
            + "".join(f'<Relationship Id="{k}" Type="x" Target="{v}"/>' for k, v in rels.items())
            + "</Relationships>",
        )
        for name, xml in margins.items():
            tag = "hdr" if name.startswith("header") else "ftr"
            z.writestr("word/" + name, f"<w:{tag} {NS}>{xml}</w:{tag}>")
        for path, xml in extra.items():
            z.writestr(path, xml)
    return buf.getvalue()


def footnotes_part(notes: dict[int, str]) -> str:
    """The footnotes part: its separator, then each note (id → its paragraphs)."""
    return (
        f"<w:footnotes {NS}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        + "".join(f'<w:footnote w:id="{k}">{v}</w:footnote>' for k, v in notes.items())
        + "</w:footnotes>"
    )


DRAFT = (
    p("Human Rights Council")
    + p("Sixty-second session")
    + p("Agenda item 3")
    + p("Norway, Peru: draft resolution")
    + p("62/…", run("The right to adequate housing", tab=True))
    + p("The Human Rights Council,")
    + p("Recalling its resolutions 59/12 of 2 April 2025 and General Assembly resolution 80/160,")
    + p("1.", run("Decides to continue its consideration of the question.", tab=True))
)
DRAFT_CITED = ["A/HRC/RES/59/12", "A/RES/80/160"]
SYMBOL = "A/HRC/62/L.7/Rev.1"


def _first_page_table(org: str, body: str, symbol: str, *distr: str) -> str:
    return table([[p(org), p(symbol)], [p(body), "".join(p(d) for d in distr)]])


WORD_FILES = [
    (
        "first-page header as a table, odd and even headers, footers with the job number",
        docx(
            DRAFT,
            headers={
                "header1.xml": p(SYMBOL),
                "header2.xml": p("The right to adequate housing", run(SYMBOL, tab=True)),
                "header3.xml": _first_page_table(
                    "United Nations", "General Assembly", SYMBOL, "Distr.: Limited", "1 April 2027"
                ),
            },
            footers={"footer1.xml": p("2", run("GE.27-04567", tab=True)), "footer3.xml": p("GE.27-04567(E)")},
            first="header3.xml",
        ),
        SYMBOL,
        DRAFT_CITED,
    ),
    (
        "symbol behind a field code",
        docx(DRAFT, headers={"header1.xml": p(field('DOCPROPERTY "sym1"', SYMBOL))}),
        SYMBOL,
        DRAFT_CITED,
    ),
    (
        "symbol in a text box of the header",
        docx(DRAFT, headers={"header1.xml": p(text_box(p(SYMBOL)))}),
        SYMBOL,
        DRAFT_CITED,
    ),
    (
        "symbol after a tab on the organisation's line",
        docx(DRAFT, headers={"header1.xml": p("United Nations", run(SYMBOL, tab=True))}),
        SYMBOL,
        DRAFT_CITED,
    ),
    (
        "masthead as a table at the top of the body",
        docx(_first_page_table("United Nations", "General Assembly", SYMBOL, "Distr.: Limited") + DRAFT),
        SYMBOL,
        DRAFT_CITED,
    ),
    (
        "corrigendum of a resolution, footnote in its part",
        docx(
            p("Eighty-first session")
            + p("Corrigendum")
            + p(
                "1.",
                run(
                    "In the second preambular paragraph, for resolution 79/12 read resolution 79/21.",
                    tab=True,
                ),
            )
            + p("2.", run("The text follows the report of the Committee.", tab=True), note_ref(1)),
            headers={"header1.xml": p("A/RES/81/30/Corr.1")},
            notes={1: "A/81/412."},
        ),
        "A/RES/81/30/Corr.1",
        ["A/RES/79/12", "A/RES/79/21", "A/81/412"],
    ),
    (
        "French: first-page table",
        docx(
            p("Conseil des droits de l'homme")
            + p("Soixante-deuxième session")
            + p("Le Conseil des droits de l'homme,")
            + p(
                "Rappelant ses résolutions 59/12 du 2 avril 2025 et la résolution 80/160"
                " de l'Assemblée générale,"
            ),
            headers={
                "header1.xml": p(SYMBOL),
                "header2.xml": _first_page_table(
                    "Nations Unies", "Assemblée générale", SYMBOL, "Distr. limitée", "Original : anglais"
                ),
            },
            first="header2.xml",
        ),
        SYMBOL,
        DRAFT_CITED,
    ),
    (
        "Spanish: Economic and Social Council resolution",
        docx(
            p("Resolución aprobada por el Consejo Económico y Social el 23 de julio de 2027")
            + p("2027/15.", run("Prevención del delito", tab=True))
            + p("El Consejo Económico y Social,")
            + p(
                "Recordando su resolución 2025/19, de 24 de julio de 2025, y la resolución 80/175"
                " de la Asamblea General,"
            ),
            headers={
                "header1.xml": p("E/RES/2027/15"),
                "header2.xml": _first_page_table(
                    "Naciones Unidas", "Consejo Económico y Social", "E/RES/2027/15", "Distr. general"
                ),
            },
            first="header2.xml",
        ),
        "E/RES/2027/15",
        ["E/RES/2025/19", "A/RES/80/175"],
    ),
    (
        "Russian: symbol only in the header",
        docx(
            p("Совет по правам человека")
            + p("Шестьдесят вторая сессия")
            + p("Совет по правам человека,")
            + p(
                "ссылаясь на свои резолюции 59/12 от 2 апреля 2025 года и резолюцию 80/160"
                " Генеральной Ассамблеи,"
            ),
            headers={"header1.xml": p(SYMBOL)},
        ),
        SYMBOL,
        DRAFT_CITED,
    ),
    (
        "Chinese: letter-spaced organisation beside the symbol",
        docx(
            p("人权理事会")
            + p("第六十二届会议")
            + p("人权理事会，")
            + p("回顾其2025年4月2日第59/12号决议和大会第80/160号决议，"),
            headers={"header1.xml": p("联 合 国", run(SYMBOL, tab=True))},
        ),
        SYMBOL,
        DRAFT_CITED,
    ),
]


@pytest.mark.parametrize(("name", "data", "own", "cited"), WORD_FILES, ids=[w[0] for w in WORD_FILES])
def test_word_file_as_issued(name: str, data: bytes, own: str, cited: list[str]) -> None:
    res = extract_text(text_of(data, "issued.docx"))
    assert res.document.source_id == own
    assert sorted({str(c.target) for c in res.citations if c.target}) == sorted(cited)
    assert {c.source_id for c in res.citations} == {own}
