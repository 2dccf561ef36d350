"""PDF and Word (.docx) input: the documents are built here, byte by byte, from passages in
UN style, and must give the same citations as the same passage in a text file."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from typer.testing import CliRunner

from pdf_files import pdf_file
from rescite.cli import app
from rescite.engine.extract import extract_text
from rescite.read import UnreadableInput, read_text, text_of

runner = CliRunner()

PREAMBLE = [
    "The General Assembly,",
    "Recalling its resolutions 61/144 of 19 December 2006 and 64/293 of 30 July 2010,",
    "Noting Security Council resolution 1325 (2000) of 31 October 2000,",
]
OPERATIVE = [
    "Welcomes decision 5/2 of the Conference of the Parties to the United Nations Convention against"
    " Transnational Organized Crime;",
    "Requests the Secretary-General to report on the implementation of the present resolution.",
]
SUB = ["the report of the Commission (E/CN.15/2006/10);", "Economic and Social Council resolution 2017/18;"]
TARGETS = {
    "A/RES/61/144",
    "A/RES/64/293",
    "S/RES/1325(2000)",
    "CTOC/COP/DEC/5/2",
    "E/CN.15/2006/10",
    "E/RES/2017/18",
    "UNTS/2225/39574",
}


# -- Word -----------------------------------------------------------------------------------
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _p(text: str, num: tuple[int, int] | None = None, footnote: int | None = None) -> str:
    ppr = (
        f'<w:pPr><w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr></w:pPr>'
        if num
        else ""
    )
    ref = f'<w:r><w:footnoteReference w:id="{footnote}"/></w:r>' if footnote is not None else ""
    return f"<w:p>{ppr}{_run(text)}{ref}</w:p>"


def make_docx() -> bytes:
    paras = [_p(PREAMBLE[0]), _p(PREAMBLE[1]), _p(PREAMBLE[2])]
    paras.append(
        "<w:p>"
        + _run("Recalling the United Nations Convention against Transnational Organized Crime,")
        + '<w:r><w:footnoteReference w:id="2"/></w:r></w:p>'
    )
    paras += [_p(OPERATIVE[0], (1, 0)), _p("Takes note of:", (1, 0))]
    paras += [_p(SUB[0], (1, 1)), _p(SUB[1], (1, 1))]
    paras.append(_p(OPERATIVE[1], (1, 0)))
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>'
        + "".join(paras)
        + "<w:p>"
        + _run("Text box: ")
        + "<w:r><w:pict><w:txbxContent>"
        + _p("decision 2/1")
        + "</w:txbxContent></w:pict></w:r></w:p>"
        + "<w:tbl><w:tr><w:tc>"
        + _p("Table cell: resolution 70/1")
        + "</w:tc></w:tr></w:tbl></w:body></w:document>"
    )
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="{W}">'
        '<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="2">' + _p("United Nations, Treaty Series, vol. 2225, No. 39574.") + "</w:footnote>"
        "</w:footnotes>"
    )
    numbering = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W}">'
        '<w:abstractNum w:abstractNumId="7">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="(%2)"/></w:lvl>'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num></w:numbering>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", document)
        z.writestr("word/footnotes.xml", footnotes)
        z.writestr("word/numbering.xml", numbering)
    return buf.getvalue()


def test_docx_text_has_list_numbers_footnotes_and_tables() -> None:
    text = text_of(make_docx(), "r.docx")
    assert "\n1. Welcomes decision 5/2" in text
    assert "\n2. Takes note of:\n\n(a) the report of the Commission" in text
    assert "\n(b) Economic and Social Council resolution 2017/18;" in text
    assert "\n3. Requests the Secretary-General" in text
    assert "Organized Crime,1\n" in text
    assert text.endswith("_______________\n1 United Nations, Treaty Series, vol. 2225, No. 39574.\n")
    assert "Table cell: resolution 70/1" in text
    assert text.count("decision 2/1") == 1  # a text box is read once, in its paragraph


def test_docx_citations_with_paragraphs_and_footnote() -> None:
    result = extract_text(text_of(make_docx(), "r.docx"), source="r.docx")
    by_target = {str(c.target): c for c in reversed(result.citations)}  # the first mention of each
    assert TARGETS | {"A/RES/70/1"} <= set(by_target)
    assert by_target["CTOC/COP/DEC/5/2"].paragraph == "1"
    assert by_target["E/RES/2017/18"].paragraph == "2 (b)"
    assert by_target["UNTS/2225/39574"].via_footnote == 1


def test_docx_and_pdf_through_the_cli(tmp_path: Path) -> None:
    (tmp_path / "r.docx").write_bytes(make_docx())
    (tmp_path / "r.pdf").write_bytes(make_pdf([PREAMBLE, [f"{i}. {t}" for i, t in enumerate(OPERATIVE, 1)]]))
    for name in ("r.docx", "r.pdf"):
        result = runner.invoke(app, ["extract", "--format", "jsonl", str(tmp_path / name)])
        assert result.exit_code == 0, result.stderr
        assert "A/RES/64/293" in result.stdout


def test_docx_that_is_another_zip(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "hello")
    with pytest.raises(UnreadableInput, match=r"^x\.zip: a zip archive, not a Word document$"):
        text_of(buf.getvalue(), "x.zip")
    with pytest.raises(UnreadableInput, match=r"^x\.docx: cannot read Word document"):
        text_of(b"PK\x03\x04" + b"\x00" * 40, "x.docx")


# -- PDF ------------------------------------------------------------------------------------
def pdf_string(line: str) -> bytes:
    raw = line.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(pages: list[list[str]]) -> bytes:
    """A PDF with one text line per entry, Helvetica in WinAnsi encoding."""
    return pdf_of_streams(
        [
            b"BT /F1 10 Tf 14 TL 50 800 Td " + b" ".join(pdf_string(t) + b" Tj T*" for t in lines) + b" ET"
            for lines in pages
        ]
    )


def pdf_of_streams(streams: list[bytes]) -> bytes:
    """A PDF whose pages draw ``streams`` (content streams), with Helvetica in WinAnsi encoding as /F1."""
    n_pages = len(streams)
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids ["
        + b" ".join(f"{4 + 2 * i} 0 R".encode() for i in range(n_pages))
        + f"] /Count {n_pages} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, stream in enumerate(streams):
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {5 + 2 * i} 0 R "
            "/Resources << /Font << /F1 3 0 R >> >> >>".encode()
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    return pdf_file(objects)


def test_pdf_pages_in_order_with_french_accents() -> None:
    fr = ["L'Assemblée générale,", "Rappelant sa résolution 64/293 du 30 juillet 2010,"]
    text = text_of(make_pdf([fr, ["1. Prie le Secrétaire général de lui faire rapport."]]), "r.pdf")
    assert text.index("Rappelant sa résolution 64/293") < text.index("1. Prie le Secrétaire général")
    cites = extract_text(text).citations
    assert [(c.target, c.date, c.section) for c in cites] == [("A/RES/64/293", "2010-07-30", "preamble")]


def test_pdf_gives_the_same_citations_as_text() -> None:
    lines = [*PREAMBLE, *(f"{i}. {t}" for i, t in enumerate(OPERATIVE, 1))]
    from_pdf = extract_text(text_of(make_pdf([lines]), "r.pdf")).citations
    from_txt = extract_text("\n".join(lines) + "\n").citations
    assert [c.target for c in from_pdf] == [c.target for c in from_txt]
    assert len(from_pdf) == 4


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.4\ngarbage", r"^bad\.pdf: cannot read PDF \(\w+\)$"),
        (None, r"^bad\.pdf: PDF without a text layer \(a scan\?\)$"),
    ],
)
def test_unreadable_pdf(data: bytes | None, message: str) -> None:
    with pytest.raises(UnreadableInput, match=message):
        text_of(data if data is not None else make_pdf([[]]), "bad.pdf")


def _encrypted(pdf: bytes, algorithm: str, user_password: str = "") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_pdf_encrypted_without_a_user_password_is_read(algorithm: str) -> None:
    """Published PDFs are often encrypted only to set their permissions: they open with no
    password (AES needs the cryptography package, which the pdf extra brings)."""
    pdf = make_pdf([["Recalling resolution 55/25 of 15 November 2000,"]])
    text = text_of(_encrypted(pdf, algorithm), "r.pdf")
    assert [(c.target, c.date) for c in extract_text(text).citations] == [("A/RES/55/25", "2000-11-15")]


def test_pdf_that_needs_a_password_is_a_clear_error() -> None:
    pdf = _encrypted(make_pdf([["Recalling resolution 55/25,"]]), "AES-128", user_password="secret")
    with pytest.raises(UnreadableInput, match=r"^r\.pdf: encrypted PDF that needs a password$"):
        text_of(pdf, "r.pdf")


def test_pdf_encrypted_with_aes_without_cryptography(monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdf

    pdf = _encrypted(make_pdf([["Recalling resolution 55/25,"]]), "AES-128")

    def missing(*args: object, **kwargs: object) -> None:
        raise pypdf.errors.DependencyError("cryptography>=3.1 is required for AES algorithm")

    monkeypatch.setattr(pypdf.PdfReader, "decrypt", missing)
    with pytest.raises(
        UnreadableInput, match=r"^r\.pdf: encrypted PDF \(AES\); reading it needs the cryptography"
    ):
        text_of(pdf, "r.pdf")


def test_pdf_without_pypdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pypdf", None)  # import fails as if not installed
    f = tmp_path / "r.pdf"
    f.write_bytes(make_pdf([PREAMBLE]))
    with pytest.raises(UnreadableInput, match=r"needs pypdf \(pip install 'rescite\[pdf\]'\)$"):
        read_text(str(f))


def test_corpus_folder_with_word_and_pdf_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "r.docx").write_bytes(make_docx())
    (corpus / "p.pdf").write_bytes(make_pdf([["Recalling resolution 55/25 of 15 November 2000,"]]))
    result = runner.invoke(app, ["list", "--ids", "--corpus", str(corpus)])
    assert result.exit_code == 0, result.stderr
    ids = result.stdout.split()
    assert {"A/RES/55/25", "A/RES/64/293", "CTOC/COP/DEC/5/2", "UNTS/2225/39574"} <= set(ids)
    assert "2 new" in result.stderr


# -- Word header parts and tables -----------------------------------------------------------
def _docx(parts: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        for name, xml in parts.items():
            z.writestr(name, xml)
    return buf.getvalue()


def _document(body: str, sect: str = "") -> str:
    r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    head = f'<w:document xmlns:w="{W}" xmlns:r="{r}"><w:body>'
    return f"{head}{body}<w:sectPr>{sect}</w:sectPr></w:body></w:document>"


def _rels(targets: dict[str, str]) -> str:
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    rows = "".join(f'<Relationship Id="{k}" Type="x" Target="{v}"/>' for k, v in targets.items())
    return f'<Relationships xmlns="{pkg}">{rows}</Relationships>'


def _margin(tag: str, *lines: str) -> str:
    return f'<w:{tag} xmlns:w="{W}">' + "".join(_p(line) for line in lines) + f"</w:{tag}>"


def test_docx_header_parts_come_first_masthead_page_first() -> None:
    sect = '<w:headerReference w:type="default" r:id="rId2"/><w:headerReference w:type="first" r:id="rId1"/>'
    sect += '<w:footerReference w:type="default" r:id="rId3"/><w:titlePg/>'  # (the first page's own header)
    data = _docx(
        {
            "word/document.xml": _document(
                _p("The General Assembly,") + _p("Recalling its resolution 61/144,"), sect
            ),
            "word/_rels/document.xml.rels": _rels(
                {"rId1": "header2.xml", "rId2": "header1.xml", "rId3": "footer1.xml"}
            ),
            "word/header1.xml": _margin("hdr", "A/RES/80/12", "2/4"),
            "word/header2.xml": _margin("hdr", "United Nations", "A/RES/80/12"),
            "word/footer1.xml": _margin("ftr", "- 3 -", "25-01234 (E)"),
        }
    )
    text = text_of(data, "h.docx")
    assert text.startswith("United Nations\nA/RES/80/12\n25-01234 (E)\n\nThe General Assembly,\n\nRecalling")
    result = extract_text(text, source="h.docx")
    assert result.document.source_id == "A/RES/80/12"
    assert [c.target for c in result.citations] == ["A/RES/61/144"]


def test_docx_header_part_not_named_by_a_section_is_still_read() -> None:
    data = _docx(
        {
            "word/document.xml": _document(_p("Recalling its resolution 61/144,")),
            "word/header3.xml": _margin("hdr", "E/RES/2025/7"),
        }
    )
    assert text_of(data, "h.docx").startswith("E/RES/2025/7\n\nRecalling")


def _row(*cells: str) -> str:
    return (
        "<w:tr>" + "".join(f"<w:tc>{''.join(_p(x) for x in c.split('¶'))}</w:tc>" for c in cells) + "</w:tr>"
    )


def test_docx_table_row_reads_as_one_line() -> None:
    table = (
        "<w:tbl>"
        + _row("Resolution", "Title", "Date of adoption")
        + _row("79/210", "Strengthening of the coordination¶of emergency\tassistance", "19 December 2024")
        + "<w:sdt><w:sdtContent>"
        + _row("79/211 A and B", "", "20 December 2024")
        + "</w:sdtContent></w:sdt></w:tbl>"
    )
    data = _docx({"word/document.xml": _document(_p("Resolutions adopted by the General Assembly") + table)})
    text = text_of(data, "t.docx")
    assert "\n\nResolution | Title | Date of adoption\n\n" in text
    assert (
        "\n\n79/210 | Strengthening of the coordination of emergency assistance | 19 December 2024\n\n"
        in text
    )
    assert text.endswith("\n\n79/211 A and B | 20 December 2024\n")


def test_pdf_pages_form_feeds_and_running_margins() -> None:
    from rescite.read import read_document

    pages = [
        ["United Nations A/RES/79/5", "General Assembly", "Recalling its resolution 78/1,", "1/3"],
        ["A/RES/79/5", "Cooperation between agencies", "1. Decides to continue;", "2/3"],
        ["Cooperation between agencies A/RES/79/5", "2. Requests a report.", "3/3"],
    ]
    doc = read_document(make_pdf(pages), "r.pdf")
    assert doc.format == "pdf"
    assert doc.text.count("\f") == 2
    assert [(p.number, doc.text[p.start : p.end].split("\n")[0]) for p in doc.layout.pages] == [
        (1, "United Nations A/RES/79/5"),
        (2, "A/RES/79/5"),
        (3, "Cooperation between agencies A/RES/79/5"),
    ]
    margins = [(doc.text[m.start : m.end].strip(), m.kind, m.page) for m in doc.layout.margins]
    assert ("1/3", "footer", 1) in margins and ("3/3", "footer", 3) in margins
    assert not any("Recalling" in text or "Decides" in text for text, _, _ in margins)
    assert not any(text.startswith("United Nations") for text, _, _ in margins)


def test_docx_tracked_changes_and_field_instructions_are_not_text() -> None:
    # a draft with tracked changes: a paragraph moved down, a deleted run, a hyperlink field
    moved = "Recalling its resolution 68/12 of 4 December 2013,"
    body = (
        f"<w:moveFrom><w:r><w:t>{moved}</w:t></w:r></w:moveFrom>"
        + _run("Recalling also its resolution 71/5,")
        + "<w:del><w:r><w:delText>and resolution 69/9,</w:delText></w:r></w:del>"
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + '<w:r><w:instrText> HYPERLINK "https://undocs.org/A/RES/72/3" </w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + _run(" and its resolution 72/3")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    data = _docx(
        {
            "word/document.xml": _document(
                _p("The General Assembly,")
                + f"<w:p>{body}</w:p>"
                + f"<w:p><w:moveTo>{_run(moved)}</w:moveTo></w:p>"
            )
        }
    )
    text = text_of(data, "t.docx")
    assert text.count("68/12") == 1
    assert "69/9" not in text and "undocs" not in text
    assert "Recalling also its resolution 71/5, and its resolution 72/3" in text


@pytest.mark.parametrize(
    ("heading", "header", "rows", "expected"),
    [
        (
            "Resolutions adopted by the General Assembly, 2022-2025",
            ("Resolution", "Title", "Date of adoption"),
            [
                ("77/130", "Oceans and the law of the sea", "9 December 2022"),
                ("78/69a", "Oceans and the law of the sea", "5 December 2023"),
                ("79/144 A and B", "Sustainable fisheries", "12 December 2024"),
            ],
            [
                ("A/RES/77/130", "2022-12-09"),
                ("A/RES/78/69", "2023-12-05"),
                ("A/RES/79/144A", "2024-12-12"),
                ("A/RES/79/144B", "2024-12-12"),
            ],
        ),
        (
            "Décisions adoptées par le Conseil économique et social",
            ("Décision", "Titre"),
            [("2024/215", "Ordre du jour provisoire"), ("2025/203", "Dates de la session")],
            [("E/DEC/2024/215", None), ("E/DEC/2025/203", None)],
        ),
        (
            "Resoluciones aprobadas por la Asamblea General",
            ("Resolución", "Título", "Fecha"),
            [
                ("76/160", "Moratoria del uso de la pena de muerte", "16 de diciembre de 2021"),
                ("78/233", "Cooperación internacional", "22 de diciembre de 2023"),
            ],
            [("A/RES/76/160", "2021-12-16"), ("A/RES/78/233", "2023-12-22")],
        ),
    ],
)
def test_docx_table_every_row_is_read(
    heading: str, header: tuple[str, ...], rows: list[tuple[str, ...]], expected: list[tuple[str, str | None]]
) -> None:
    """A Word table's rows stand apart in the text as its paragraphs do (a blank line between
    two rows): every row's number is read under the header row, not the first alone."""
    table = "<w:tbl>" + _row(*header) + "".join(_row(*r) for r in rows) + "</w:tbl>"
    data = _docx(
        {"word/document.xml": _document(_p("Annex") + _p(heading) + table + _p("End of the annex."))}
    )
    text = text_of(data, "t.docx")
    assert "\n\n" in text.split(header[0], 1)[1]  # the rows stand apart
    assert [(c.target, c.date) for c in extract_text(text).citations] == expected
