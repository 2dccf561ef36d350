"""Official-looking documents of the Official Document System, made into files by the real
producers: a page printed to PDF by Chromium (Playwright, the system's browser), an
OpenDocument text converted to PDF by LibreOffice (``soffice --headless``), and a Word file
written here as zip + XML.  Each document is a masthead (the organisation and organ on the
left; the symbol, "Distr.", the date on the right), lines above the heading (session, agenda
item), the heading lines and the body; the symbol is repeated in running headers and footers
with the job number and the page.  Layouts: the masthead at the top, at the foot of the
first page, the body in two columns, a footnote at the foot of a page that cuts a sentence.
Used by tests/test_formats_official.py; its builders (a flat OpenDocument text's A4 page,
paragraphs, tables, a browser's print with its margins) by the format tests of later sessions."""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest

from rescite.engine.extract import extract_text
from test_formats_word import NS, docx, footnotes_part, note_ref, p, run, table, word_zip

JOB = "25-20456"

#: what a file cites: the target and date of each resolved record
Cited = set[tuple[str, str | None]]


def own_and_cited(text: str, source: str = "-") -> tuple[str | None, Cited]:
    """The text's own id and what it cites (the target and date of each resolved record), the
    text read as from the file ``source``."""
    res = extract_text(text, source=source)
    return res.document.source_id, {(str(c.target), c.date) for c in res.citations if c.target}


def cited_in(text: str, source: str = "-") -> Cited:
    """What the text cites: the target and date of each resolved record."""
    return own_and_cited(text, source)[1]


@dataclass
class Official:
    """A document: masthead cells, the lines above its heading, heading, body, a footnote."""

    lang: str
    symbol: str
    left: list[str]
    right: list[str]
    top: list[str]
    head: list[str]
    body: list[str]
    #: the body line after which the footnote's marker stands, and the note's text
    note: tuple[int, str] | None = None
    #: rows of a table after the body (its first row the header)
    rows: list[list[str]] = field(default_factory=list)
    #: the own id, when it is not the symbol as written ("A/80/49 (Vol. I)": A/80/49(Vol.I))
    own: str = ""

    @property
    def own_id(self) -> str:
        return self.own or self.symbol

    def text(self) -> str:
        """The document as a UN text file holds it (the reference the files are read against)."""
        lines = [
            self.left[0],
            self.symbol,
            *self.left[1:],
            *self.right[1:],
            "",
            *self.top,
            "",
            *self.head,
            "",
        ]
        for i, line in enumerate(self.body):
            lines.append(line + ("1" if self.note and self.note[0] == i else ""))
        lines += [" | ".join(r) for r in self.rows]
        if self.note:
            lines += ["__________", "1 " + self.note[1]]
        return "\n".join(lines) + "\n"


# -- Chromium ---------------------------------------------------------------------------------
_CSS = (
    "body{font-family:serif;font-size:11pt;margin:0}"
    ".mast{display:flex;justify-content:space-between;border-bottom:1px solid #000;margin-bottom:8mm}"
    ".mast .sym{font-size:14pt}.page{height:235mm;position:relative;break-after:page}"
    ".foot{position:absolute;bottom:0;left:0;right:0}.notes{font-size:9pt;border-top:1px solid #000}"
    ".cols{column-count:2;column-gap:8mm}h1{font-size:12pt}"
)


def _masthead(doc: Official) -> str:
    left = "".join(f"<div>{html.escape(x)}</div>" for x in doc.left if x)
    right = f"<div class='sym'>{html.escape(doc.symbol)}</div>" + "".join(
        f"<div>{html.escape(x)}</div>" for x in doc.right[1:]
    )
    return f"<div class='mast'><div>{left}</div><div>{right}</div></div>"


def _paras(lines: list[str]) -> str:
    return "".join(f"<p>{html.escape(x)}</p>" for x in lines)


def _rows(rows: list[list[str]]) -> str:
    if not rows:
        return ""
    cells = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table border='1' style='border-collapse:collapse'>{cells}</table>"


def chromium_html(doc: Official, layout: str) -> str:
    """The page Chromium prints: ``top`` (masthead first), ``foot`` (masthead at the foot of the
    first page), ``columns`` (the body in two columns) or ``note`` (page one ends inside the
    sentence after the noted line, the footnote at its foot; page two goes on)."""
    top, head = _paras(doc.top), "".join(f"<h1>{html.escape(x)}</h1>" for x in doc.head)
    if layout == "foot":
        inner = f"<div class='page'>{top}{head}<div class='foot'>{_masthead(doc)}</div></div>"
        inner += _paras(doc.body) + _rows(doc.rows)
    elif layout == "columns":
        inner = _masthead(doc) + top + head + f"<div class='cols'>{_paras(doc.body)}</div>" + _rows(doc.rows)
    elif layout == "note" and doc.note:
        i, note = doc.note
        line = doc.body[i + 1]
        cut = line.rfind(" ", 0, len(line) // 2)
        page1 = _paras(doc.body[: i + 1])[:-4] + "<sup>1</sup></p>" + f"<p>{html.escape(line[:cut])}</p>"
        notes = f"<div class='foot notes'><p><sup>1</sup> {html.escape(note)}</p></div>"
        inner = f"<div class='page'>{_masthead(doc)}{top}{head}{page1}{notes}</div>"
        inner += f"<p>{html.escape(line[cut + 1 :])}</p>" + _paras(doc.body[i + 2 :]) + _rows(doc.rows)
    else:
        inner = _masthead(doc) + top + head + _paras(doc.body) + _rows(doc.rows)
    if doc.note and layout != "note":
        inner = inner.replace(
            html.escape(doc.body[doc.note[0]]) + "</p>",
            html.escape(doc.body[doc.note[0]]) + "<sup>1</sup></p>",
            1,
        )
        inner += f"<div class='notes'><p><sup>1</sup> {html.escape(doc.note[1])}</p></div>"
    direction = "rtl" if doc.lang == "ar" else "ltr"
    return (
        f"<html lang='{doc.lang}' dir='{direction}'><meta charset='utf-8'><style>{_CSS}</style>"
        f"<body>{inner}</body></html>"
    )


def chromium_pdf(browser: Any, doc: Official, layout: str, dated: bool = False) -> bytes:
    """The document printed by Chromium in ``layout`` (see :func:`chromium_html`), the symbol in
    every page's header (with ``dated``, in one line with the document's date and the page's
    number: "30 July 2025 · A/80/350 · 2/3")."""
    page = browser.new_page()
    try:
        page.set_content(chromium_html(doc, layout))
        header = f"<div style='font-size:8pt;width:100%;margin:0 15mm;text-align:right'>{doc.symbol}</div>"
        if dated:
            header = (
                "<div style='font-size:8pt;width:100%;margin:0 15mm;text-align:right'>"
                f"{html.escape(doc.right[2] or JOB)} · {html.escape(doc.symbol)} · "
                "<span class='pageNumber'></span>/<span class='totalPages'></span></div>"
            )
        footer = (
            f"<div style='font-size:8pt;width:100%;margin:0 15mm'>{JOB} "
            "<span class='pageNumber'></span>/<span class='totalPages'></span></div>"
        )
        data: bytes = page.pdf(
            format="A4",
            display_header_footer=True,
            header_template=header,
            footer_template=footer,
            margin={"top": "22mm", "bottom": "22mm", "left": "18mm", "right": "18mm"},
        )
        return data
    finally:
        page.close()


# a browser's own print of a page: the time of printing and the document's symbol in the top
# margin, the page's address and "page/pages" in the bottom one
_MARGIN = "<div style='font-size:8px;width:100%;display:flex;justify-content:space-between;margin:0 10mm'>"


def browser_print(browser: Any, content: str, printed: str, symbol: str, address: str) -> bytes:
    """``content`` (a page's HTML) printed by Chromium on A4 with the browser's header and footer."""
    page = browser.new_page()
    try:
        page.set_content(content)
        data: bytes = page.pdf(
            format="A4",
            display_header_footer=True,
            header_template=f"{_MARGIN}<span>{html.escape(printed)}</span><span>{html.escape(symbol)}</span></div>",
            footer_template=f"{_MARGIN}<span>{html.escape(address)}</span>"
            "<span><span class='pageNumber'></span>/<span class='totalPages'></span></span></div>",
            margin={"top": "20mm", "bottom": "20mm", "left": "15mm", "right": "15mm"},
        )
        return data
    finally:
        page.close()


# -- LibreOffice ------------------------------------------------------------------------------
# a flat OpenDocument text: its namespaces, then its automatic styles, master styles and body
_FODT_DOC = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>{styles}</office:automatic-styles>{master}
<office:body><office:text>{body}</office:text></office:body></office:document>
"""


def fodt_document(styles: str, body: str, master: str = "") -> str:
    """A flat OpenDocument text of these automatic styles, master styles and body."""
    return _FODT_DOC.format(styles=styles, master=master, body=body)


# the page layout "L" of an A4 sheet, to end a flat OpenDocument text's automatic styles
A4_PAGE = """<style:page-layout style:name="L">
<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
</style:page-layout>"""
# an Arabic text's styles: paragraphs right to left in one ``{font}`` for both scripts, on A4
ARABIC_STYLES = (
    """
<style:style style:name="P" style:family="paragraph">
<style:paragraph-properties style:writing-mode="rl-tb"/>
<style:text-properties fo:font-family="{font}" style:font-family-complex="{font}"
 fo:font-size="12pt" style:font-size-complex="12pt"/></style:style>
"""
    + A4_PAGE
)


# a long Arabic paragraph of our own in UN style: Council numbers with their years, the Assembly's
# numbers with dates, a coded decision, a report's symbol (narrow pages wrap it many ways)
ARABIC_NARROW_PARAGRAPH = [
    "إن الجمعية العامة،",
    "إذ تشير إلى قرار مجلس الأمن 2250 (2015) المؤرخ 9 كانون الأول/ديسمبر 2015 وقرار المجلس"
    " 2419 (2018) وإلى قراراتها 70/262 المؤرخ 27 نيسان/أبريل 2016 و 72/276 المؤرخ 26 نيسان/أبريل"
    " 2018 وإلى قرار مجلس حقوق الإنسان 48/13 وقرار المجلس الاقتصادي والاجتماعي 2024/11، وإذ تحيط"
    " علما بتقرير الأمين العام A/79/315 وبالمقرر 1/CP.21 لمؤتمر الأطراف،",
    "وإذ تشير أيضا إلى اتفاق باريس المعتمد بموجب المقرر 1/CP.21",
    "تقرر أن تبقي المسألة قيد نظرها.",
]

# … and one of sessions' marks, an emergency session's number, a statement's symbol and coded
# decisions (a narrow page wraps a symbol onto a line of its own, a session's mark apart)
ARABIC_SESSIONS_PARAGRAPH = [
    "إن الجمعية العامة،",
    "إذ تشير إلى قراريها دإط-10/15 و 2200 ألف (د-21) وإلى بيان رئيس مجلس الأمن S/PRST/2019/8 المؤرخ"
    " 12 آب/أغسطس 2019 وإلى قرار مجلس الأمن 1325 (2000) وقراره 2467 (2019) المؤرخ 23 نيسان/أبريل 2019،"
    " وإذ تحيط علما بالمقررين 3/CMA.1 و 4/CP.27 وبقرار مجلس حقوق الإنسان 55/12 المؤرخ 4 نيسان/أبريل 2024"
    " وبتقرير الأمين العام (A/79/288)،",
    "تقرر أن تبقي المسألة قيد نظرها.",
]

# … and a Chinese one of Council numbers with years, the Assembly's numbers with dates, other
# bodies' numbers (a 7 cm page breaks a body's name before its number: "人权理事⏎会第 48/13 号决议")
CHINESE_NARROW_PARAGRAPH = [
    "大会，",
    "回顾安全理事会 2015 年 12 月 9 日第 2250(2015)号决议和第 2419(2018)号决议以及大会"
    "2016 年 4 月 27 日第 70/262 号决议和 2018 年 4 月 26 日第 72/276 号决议，又回顾人权理事会"
    "第 48/13 号决议和经济及社会理事会第 2024/11 号决议，注意到秘书长的报告 A/79/315 和"
    "缔约方会议第 1/CP.21 号决定，",
    "决定继续处理此案。",
]


def narrow_page_styles(font: str, width: str, rtl: bool = True) -> str:
    """Paragraph style "P" in one ``font`` (12 pt) for every script, right to left or not, and
    page layout "L" ``width`` wide (A4 high, 1.5 cm margins): long paragraphs on narrow pages."""
    mode = "rl-tb" if rtl else "lr-tb"
    return (
        '<style:style style:name="P" style:family="paragraph">'
        f'<style:paragraph-properties style:writing-mode="{mode}"/>'
        f'<style:text-properties fo:font-family="{font}" style:font-family-complex="{font}" '
        f'style:font-family-asian="{font}" fo:font-size="12pt" style:font-size-complex="12pt" '
        'style:font-size-asian="12pt"/></style:style>'
        f'<style:page-layout style:name="L"><style:page-layout-properties fo:page-width="{width}" '
        'fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.5cm" '
        'fo:margin-right="1.5cm"/></style:page-layout>'
    )


# the master page of :func:`narrow_page_styles`' layout
NARROW_MASTER = (
    '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="L"/>'
    "</office:master-styles>"
)


def fodt_p(line: str, style: str = "P") -> str:
    """A paragraph of a flat OpenDocument text: ``line`` escaped, in paragraph style ``style``."""
    return f'<text:p text:style-name="{style}">{html.escape(line)}</text:p>'


def narrow_document(paragraphs: list[str], font: str, width: str, rtl: bool = True) -> str:
    """A flat OpenDocument text of ``paragraphs`` in ``font`` on pages ``width`` wide
    (:func:`narrow_page_styles`)."""
    return fodt_document(
        narrow_page_styles(font, width, rtl=rtl), "".join(fodt_p(x) for x in paragraphs), NARROW_MASTER
    )


def font_installed(font: str) -> bool:
    """Does fontconfig (``fc-list``) know ``font``?"""
    fc = shutil.which("fc-list")
    return fc is not None and bool(subprocess.run([fc, font], capture_output=True, text=True).stdout.strip())


def fodt_table(rows: list[list[str]], name: str, table_style: str = "", cell_style: str = "") -> str:
    """A table of a flat OpenDocument text: one paragraph in each cell (optional styles)."""
    cell = f'<table:table-cell table:style-name="{cell_style}">' if cell_style else "<table:table-cell>"
    cells = "".join(
        "<table:table-row>"
        + "".join(f"{cell}{fodt_p(c)}</table:table-cell>" for c in row)
        + "</table:table-row>"
        for row in rows
    )
    styled = f' table:style-name="{table_style}"' if table_style else ""
    columns = f'<table:table-column table:number-columns-repeated="{len(rows[0])}"/>'
    return f'<table:table table:name="{name}"{styled}>{columns}{cells}</table:table>'


def arabic_fodt(font: str, lines: list[str], styles: str = ARABIC_STYLES) -> str:
    """A flat OpenDocument text of ``lines``, one paragraph each, in ``styles`` of ``font``."""
    return fodt_document(styles.format(font=font), "".join(fodt_p(x) for x in lines))


# the official documents' styles: body text and notes, the page of an A4 sheet
_STYLES = """
<style:style style:name="P" style:family="paragraph">
<style:paragraph-properties style:writing-mode="{mode}"/>
<style:text-properties fo:font-size="{size}"/></style:style>
<style:style style:name="N" style:family="paragraph">
<style:paragraph-properties style:writing-mode="{mode}"/>
<style:text-properties fo:font-size="9pt"/></style:style>
<style:page-layout style:name="L"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
</style:page-layout>
"""
# … the symbol in the page header, the job number and the page in the footer
_MASTER = """
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="L">
<style:header><text:p text:style-name="P">{symbol}</text:p></style:header>
<style:footer><text:p text:style-name="P">{job} <text:page-number/></text:p></style:footer>
</style:master-page></office:master-styles>"""


def _tp(line: str, extra: str = "", style: str = "P") -> str:
    return f'<text:p text:style-name="{style}">{html.escape(line)}{extra}</text:p>'


def fodt(doc: Official, size: str = "11pt") -> str:
    """The document as a flat OpenDocument text: the masthead a table of two cells, the symbol
    in the page header, the job number and page in the footer, the footnote a real note."""

    def cell(lines: list[str]) -> str:
        return "<table:table-cell>" + "".join(_tp(x) for x in lines if x) + "</table:table-cell>"

    right = [doc.symbol, *doc.right[1:]]
    mast = (
        '<table:table table:name="M"><table:table-column table:number-columns-repeated="2"/>'
        f"<table:table-row>{cell(doc.left)}{cell(right)}</table:table-row></table:table>"
    )
    body = []
    for i, line in enumerate(doc.body):
        extra = ""
        if doc.note and doc.note[0] == i:
            extra = (
                '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                f"<text:note-body>{_tp(doc.note[1], style='N')}</text:note-body></text:note>"
            )
        body.append(_tp(line, extra))
    rows = ""
    if doc.rows:
        width = len(doc.rows[0])
        rows = (
            f'<table:table table:name="R"><table:table-column table:number-columns-repeated="{width}"/>'
            + "".join(
                "<table:table-row>"
                + "".join(f"<table:table-cell>{_tp(c)}</table:table-cell>" for c in r)
                + "</table:table-row>"
                for r in doc.rows
            )
            + "</table:table>"
        )
    text = mast + "".join(_tp(x) for x in doc.top + doc.head) + "".join(body) + rows
    return fodt_document(
        _STYLES.format(mode="rl-tb" if doc.lang == "ar" else "lr-tb", size=size),
        text,
        _MASTER.format(symbol=html.escape(doc.symbol), job=JOB),
    )


_WORD_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
#: the namespace declaration of Word's main vocabulary (the ``w:`` prefix)
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _kind(name: str) -> str:
    """A Word part's kind from its name: "header2" → "header"."""
    return name.rstrip("0123456789")


def word_package(body: str, parts: dict[str, str] | None = None, section: str | None = None) -> bytes:
    """A Word package that LibreOffice opens as Word does: the document part of ``body`` (its
    paragraphs) and the ``parts`` (name → XML: "footnotes", "endnotes", "header1", …; a part's
    kind is its name without its number), each with its content type and the document's
    relationship ``r<name>`` that names it; ``section``, when given, the section's own
    properties (header references ``r:id="rheader1"``, columns) on an A4 page."""
    parts = parts or {}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{_WORD_CT}.document.main+xml"/>'
            + "".join(
                f'<Override PartName="/word/{name}.xml" ContentType="{_WORD_CT}.{_kind(name)}+xml"/>'
                for name in parts
            )
            + "</Types>",
        )
        z.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{_PACKAGE_REL}"><Relationship Id="r1" '
            f'Type="{_OFFICE_REL}/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        if parts:
            z.writestr(
                "word/_rels/document.xml.rels",
                f'<Relationships xmlns="{_PACKAGE_REL}">'
                + "".join(
                    f'<Relationship Id="r{name}" Type="{_OFFICE_REL}/{_kind(name)}" Target="{name}.xml"/>'
                    for name in parts
                )
                + "</Relationships>",
            )
        for name, xml in parts.items():
            z.writestr(f"word/{name}.xml", xml)
        if section is None:
            z.writestr("word/document.xml", f"<w:document {W_NS}><w:body>{body}</w:body></w:document>")
        else:
            z.writestr(
                "word/document.xml",
                f'<w:document {W_NS} xmlns:r="{_OFFICE_REL}"><w:body>{body}<w:sectPr>{section}'
                '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
                'w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>',
            )
    return buf.getvalue()


def libreoffice_pdfs(
    docs: dict[str, str] | dict[str, bytes],
    out: Path,
    suffix: str = "fodt",
    convert: str = "pdf:writer_pdf_Export",
) -> dict[str, bytes] | None:
    """``docs`` (name → flat OpenDocument text, or the bytes of a file of ``suffix``: a Word
    package) converted to PDF (or by ``convert``'s filter: ``"doc:MS Word 97"``) in one run of
    LibreOffice; None when it is not installed."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    src = out / "src"
    src.mkdir(exist_ok=True)
    for name, content in docs.items():
        if isinstance(content, bytes):
            (src / f"{name}.{suffix}").write_bytes(content)
        else:
            (src / f"{name}.{suffix}").write_text(content, encoding="utf-8")
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{out}/profile",
            "--convert-to",
            convert,
            "--outdir",
            str(out),
            *sorted(str(f) for f in src.glob(f"*.{suffix}")),
        ],
        capture_output=True,
        timeout=600,
        check=False,
    )
    ext = convert.partition(":")[0]
    return {name: (out / f"{name}.{ext}").read_bytes() for name in docs if (out / f"{name}.{ext}").exists()}


def libreoffice_rows(docs: dict[str, str], out: Path) -> dict[str, bytes]:
    """``docs`` (a row's id → flat OpenDocument text) as PDFs by the same ids (a file's name has
    a dash for each space); the test is skipped when LibreOffice is not installed."""
    made = libreoffice_pdfs({k.replace(" ", "-"): v for k, v in docs.items()}, out)
    if not made:
        pytest.skip("LibreOffice (soffice) is not installed")
    return {k.replace("-", " "): v for k, v in made.items()}


_SUPER_STYLES = (
    '<style:style style:name="P" style:family="paragraph"/>'
    '<style:style style:name="S" style:family="text">'
    '<style:text-properties style:text-position="super 58%"/></style:style>' + A4_PAGE
)


def word97_rows(rows: list[tuple[str, list[str], Any]], opening: str, out: Path) -> dict[str, bytes]:
    """Each row's paragraph (its pieces; a piece that opens with "^" a note's mark, typed in
    superscript) after the line ``opening``, saved by LibreOffice as a Word 97-2003 file, by
    the row's id; the test is skipped when LibreOffice is not installed."""
    docs: dict[str, str] = {}
    for k, (_, pieces, _) in enumerate(rows):
        para = "".join(
            f'<text:span text:style-name="S">{x[1:]}</text:span>' if x.startswith("^") else html.escape(x)
            for x in pieces
        )
        body = fodt_p(opening) + f'<text:p text:style-name="P">{para}</text:p>'
        docs[f"row{k}"] = fodt_document(_SUPER_STYLES, body)
    made = libreoffice_pdfs(docs, out, convert="doc:MS Word 97")
    if made is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return {rows[k][0]: made[f"row{k}"] for k in range(len(rows))}


# -- Word -------------------------------------------------------------------------------------
def word(doc: Official, masthead: str, tabs: bool = False) -> bytes:
    """The document as a Word file: ``masthead`` ``header`` (only in the first page's header
    part, as a table), ``body`` (a table at the top of the body) or ``footer`` (in the first
    page's footer part); the symbol again in the other pages' header; with ``tabs``, the table's
    rows as paragraphs whose cells tab stops set apart."""
    right = [doc.symbol, *doc.right[1:]]
    mast = table([["".join(p(x) for x in doc.left if x), "".join(p(x) for x in right)]])
    body = "".join(p(x) for x in doc.top + doc.head)
    for i, line in enumerate(doc.body):
        body += p(line, note_ref(1)) if doc.note and doc.note[0] == i else p(line)
    if doc.rows and tabs:
        body += "".join(p(r[0], *(run(c, tab=True) for c in r[1:])) for r in doc.rows)
    elif doc.rows:
        body += table([[p(c) for c in r] for r in doc.rows])
    headers = {"header1.xml": p(doc.symbol)}
    footers = {"footer1.xml": p(JOB, run("2", tab=True))}
    first = None
    if masthead == "header":
        headers["header2.xml"] = mast
        first = "header2.xml"
    elif masthead == "footer":
        footers["footer2.xml"] = mast + p(f"{JOB} (E)")
        first = "footer2.xml"
    else:
        body = mast + body
    notes = {1: doc.note[1]} if doc.note else None
    return docx(body, headers=headers, footers=footers, first=first, notes=notes)


# -- the documents ------------------------------------------------------------------------------
# (every passage written for these tests in the style of UN documents)
DOCS: dict[str, Official] = {
    "en-res": Official(
        lang="en",
        symbol="A/RES/80/57",
        left=["United Nations", "General Assembly"],
        right=["A/RES/80/57", "Distr.: General", "15 December 2025"],
        top=["Eightieth session", "Agenda item 71 (b)"],
        head=[
            "Resolution adopted by the General Assembly on 9 December 2025",
            "[on the report of the Third Committee (A/80/471/Add.2)]",
            "80/57. Coordination of emergency relief in rural areas",
        ],
        body=[
            "The General Assembly,",
            (
                "Recalling its resolution 46/182 of 19 December 1991 and Security Council resolution "
                "2417 (2018) of 24 May 2018,"
            ),
            (
                "Taking note of the report of the Secretary-General on the coordination of emergency "
                "relief (A/80/312),"
            ),
            "1. Welcomes decision 2024/213 of the Economic and Social Council of 25 July 2024;",
            (
                "2. Decides to include in the provisional agenda of its eighty-first session the item "
                "entitled \u201cCoordination of emergency relief\u201d."
            ),
        ],
    ),
    "fr-res": Official(
        lang="fr",
        symbol="A/RES/80/58",
        left=["Nations Unies", "Assemblée générale"],
        right=["A/RES/80/58", "Distr. générale", "15 décembre 2025"],
        top=["Quatre-vingtième session", "Point 71 b) de l\u2019ordre du jour"],
        head=[
            "Résolution adoptée par l\u2019Assemblée générale le 9 décembre 2025",
            "[sur la base du rapport de la Troisième Commission (A/80/471/Add.2)]",
            "80/58. Coopération internationale en matière de secours d\u2019urgence",
        ],
        body=[
            "L\u2019Assemblée générale,",
            (
                "Rappelant sa résolution 46/182 du 19 décembre 1991 et la résolution 2417 (2018) du "
                "Conseil de sécurité, en date du 24 mai 2018,"
            ),
            "Prenant note du rapport du Secrétaire général (A/80/313),",
            "1. Prie le Secrétaire général de lui présenter un rapport à sa quatre-vingt-unième session.",
        ],
    ),
    "es-res": Official(
        lang="es",
        symbol="A/RES/80/59",
        left=["Naciones Unidas", "Asamblea General"],
        right=["A/RES/80/59", "Distr. general", "15 de diciembre de 2025"],
        top=["Octogésimo período de sesiones", "Tema 71 b) del programa"],
        head=[
            "Resolución aprobada por la Asamblea General el 9 de diciembre de 2025",
            "[sobre la base del informe de la Tercera Comisión (A/80/471/Add.2)]",
            "80/59. Asistencia de emergencia en zonas rurales",
        ],
        body=[
            "La Asamblea General,",
            (
                "Recordando su resolución 46/182, de 19 de diciembre de 1991, y la resolución 2417 "
                "(2018) del Consejo de Seguridad, de 24 de mayo de 2018,"
            ),
            "Tomando nota del informe del Secretario General (A/80/314),",
            "1. Decide seguir examinando la cuestión en su octogésimo primer período de sesiones.",
        ],
    ),
    "ru-res": Official(
        lang="ru",
        symbol="A/RES/80/60",
        left=["Организация Объединенных Наций", "Генеральная Ассамблея"],
        right=["A/RES/80/60", "Distr.: General", "15 December 2025"],
        top=["Восьмидесятая сессия", "Пункт 71(b) повестки дня"],
        head=[
            "Резолюция, принятая Генеральной Ассамблеей 9 декабря 2025 года",
            "[по докладу Третьего комитета (A/80/471/Add.2)]",
            "80/60. Чрезвычайная помощь в сельских районах",
        ],
        body=[
            "Генеральная Ассамблея,",
            (
                "ссылаясь на свою резолюцию 46/182 от 19 декабря 1991 года и резолюцию 2417 (2018) "
                "Совета Безопасности от 24 мая 2018 года,"
            ),
            "принимая к сведению доклад Генерального секретаря (A/80/315),",
            "1. постановляет продолжить рассмотрение этого вопроса на своей восемьдесят первой сессии.",
        ],
    ),
    "ar-res": Official(
        lang="ar",
        symbol="A/RES/80/61",
        left=["الأمم المتحدة", "الجمعية العامة"],
        right=["A/RES/80/61", "Distr.: General", "15 December 2025"],
        top=["الدورة الثمانون", "البند 71 (ب) من جدول الأعمال"],
        head=[
            "قرار اتخذته الجمعية العامة في 9 كانون الأول/ديسمبر 2025",
            "[بناء على تقرير اللجنة الثالثة (A/80/471/Add.2)]",
            "80/61 - المساعدة الطارئة في المناطق الريفية",
        ],
        body=[
            "إن الجمعية العامة،",
            (
                "إذ تشير إلى قرارها 46/182 المؤرخ 19 كانون الأول/ديسمبر 1991 وقرار مجلس الأمن 2417 "
                "(2018) المؤرخ 24 أيار/مايو 2018،"
            ),
            "وإذ تحيط علما بتقرير الأمين العام (A/80/316)،",
            "1 - تقرر أن تواصل النظر في هذه المسألة في دورتها الحادية والثمانين.",
        ],
    ),
    "zh-res": Official(
        lang="zh",
        symbol="A/RES/80/62",
        left=["联合国", "大会"],
        right=["A/RES/80/62", "Distr.: General", "15 December 2025"],
        top=["第八十届会议", "议程项目71(b)"],
        head=[
            "2025年12月9日大会决议",
            "[根据第三委员会的报告(A/80/471/Add.2)通过]",
            "80/62. 农村地区的紧急救济",
        ],
        body=[
            "大会，",
            "回顾其1991年12月19日第46/182号决议和安全理事会2018年5月24日第2417(2018)号决议，",
            "注意到秘书长的报告(A/80/317)，",
            "1. 决定在第八十一届会议上继续审议这个问题。",
        ],
    ),
    "en-hrc-dec": Official(
        lang="en",
        symbol="A/HRC/DEC/58/115",
        left=["United Nations", "General Assembly"],
        right=["A/HRC/DEC/58/115", "Distr.: General", "10 April 2025"],
        top=["Human Rights Council", "Fifty-eighth session", "24 February–4 April 2025", "Agenda item 4"],
        head=[
            "Decision adopted by the Human Rights Council on 3 April 2025",
            "58/115. Situation of the right to water",
        ],
        body=[
            (
                "The Human Rights Council, recalling its resolutions 55/12 of 4 April 2024 and 57/8 of 9 "
                "October 2024, decided to hold a panel discussion at its sixtieth session."
            ),
            "51st meeting",
            "3 April 2025",
            "[Adopted without a vote.]",
        ],
    ),
    "es-ecosoc-dec": Official(
        lang="es",
        symbol="E/DEC/2024/221",
        left=["Naciones Unidas", "Consejo Económico y Social"],
        right=["E/DEC/2024/221", "Distr. general", "2 de agosto de 2024"],
        top=["Período de sesiones de 2024", "Tema 18 c) del programa"],
        head=[
            "Decisión aprobada por el Consejo Económico y Social el 24 de julio de 2024",
            "2024/221. Informe de la Comisión de Estadística",
        ],
        body=[
            (
                "El Consejo Económico y Social toma nota del informe de la Comisión de Estadística sobre "
                "su 55º período de sesiones (E/2024/24) y recuerda su resolución 2022/3, de 8 de junio "
                "de 2022."
            )
        ],
    ),
    "ru-l-rev": Official(
        lang="ru",
        symbol="A/C.3/80/L.23/Rev.1",
        left=["Организация Объединенных Наций", "Генеральная Ассамблея"],
        right=["A/C.3/80/L.23/Rev.1", "Distr.: Limited", "14 November 2025"],
        top=["Восьмидесятая сессия", "Третий комитет", "Пункт 68 повестки дня"],
        head=["Канада и Чили: пересмотренный проект резолюции", "Права коренных народов"],
        body=[
            "Генеральная Ассамблея,",
            "ссылаясь на свои резолюции 61/295 от 13 сентября 2007 года и 79/160 от 17 декабря 2024 года,",
            "1. просит Генерального секретаря представить ей доклад на ее восемьдесят первой сессии.",
        ],
    ),
    "fr-corr": Official(
        lang="fr",
        symbol="A/80/312/Corr.1",
        left=["Nations Unies", "Assemblée générale"],
        right=["A/80/312/Corr.1", "Distr. générale", "2 octobre 2025"],
        top=["Quatre-vingtième session", "Point 71 a) de l\u2019ordre du jour"],
        head=[
            "Renforcement de la coordination de l\u2019aide humanitaire",
            "Rapport du Secrétaire général",
            "Rectificatif",
        ],
        body=["Paragraphe 14, troisième phrase", "Au lieu de résolution 78/119 lire résolution 78/118."],
    ),
    "en-cop-comp": Official(
        lang="en",
        symbol="FCCC/CP/2023/11/Add.1",
        left=["United Nations", ""],
        right=["FCCC/CP/2023/11/Add.1", "Distr.: General", "15 March 2024"],
        top=[
            "Conference of the Parties",
            (
                "Report of the Conference of the Parties on its twenty-eighth session, held in Dubai "
                "from 30 November to 13 December 2023"
            ),
            "Addendum",
            "Part two: Action taken by the Conference of the Parties at its twenty-eighth session",
        ],
        head=["Contents", "Decisions adopted by the Conference of the Parties"],
        body=[
            "Decision 3/CP.28",
            "Fund for responding to loss and damage",
            "The Conference of the Parties,",
            "Recalling decision 2/CP.27, and decision 1/CMA.4,",
            "1. Welcomes the report of the Transitional Committee (FCCC/CP/2023/9);",
            "Decision 4/CP.28",
            "Second review of the adaptation fund",
            "The Conference of the Parties,",
            "Recalling decisions 1/CP.21 and 13/CP.26,",
            "1. Takes note of the report (FCCC/SBI/2023/14);",
            "Decision 5/CP.28",
            "Gender and climate change",
            "The Conference of the Parties,",
            "Recalling decision 24/CP.27,",
            "1. Invites Parties to submit their views.",
        ],
    ),
}
DOCS["en-res"].note = (2, "See also resolution 79/137.")
DOCS["ar-res"].note = (0, "A/80/316/Add.1.")
DOCS["en-table"] = Official(
    lang="en",
    symbol="A/80/350",
    left=["United Nations", "General Assembly"],
    right=["A/80/350", "Distr.: General", "30 July 2025"],
    top=["Eightieth session", "Item 12 of the provisional agenda*"],
    head=["Improving global road safety", "Report of the Secretary-General"],
    body=["Annex", "Resolutions of the General Assembly on road safety"],
    rows=[
        ["Resolution", "Title", "Date of adoption"],
        ["74/299", "Improving global road safety", "31 August 2020"],
        ["72/271", "Improving global road safety", "12 April 2018"],
        ["70/260", "Improving global road safety", "15 April 2016"],
    ],
)
DOCS["zh-table"] = Official(
    lang="zh",
    symbol="A/80/351",
    left=["联合国", "大会"],
    right=["A/80/351", "Distr.: General", "30 July 2025"],
    top=["第八十届会议", "临时议程*项目12"],
    head=["改善全球道路安全", "秘书长的报告"],
    body=["附件", "大会关于道路安全的决议"],
    rows=[
        ["决议", "标题", "通过日期"],
        ["74/299", "改善全球道路安全", "2020年8月31日"],
        ["72/271", "改善全球道路安全", "2018年4月12日"],
    ],
)
DOCS["fr-table"] = Official(
    lang="fr",
    symbol="E/2025/61",
    left=["Nations Unies", "Conseil économique et social"],
    right=["E/2025/61", "Distr. générale", "3 avril 2025"],
    top=["Session de 2025", "Point 12 g) de l\u2019ordre du jour provisoire*"],
    head=["Sécurité routière", "Note du Secrétaire général"],
    body=["Annexe", "Résolutions du Conseil économique et social"],
    rows=[
        ["Résolution", "Titre", "Date"],
        ["2023/12", "Sécurité routière", "6 juin 2023"],
        ["2021/27", "Sécurité routière", "22 juillet 2021"],
    ],
)
DOCS["zh-hrc-dec"] = Official(
    lang="zh",
    symbol="A/HRC/DEC/58/116",
    left=["联合国", "大会"],
    right=["A/HRC/DEC/58/116", "Distr.: General", "11 April 2025"],
    top=["人权理事会", "第五十八届会议", "2025年2月24日至4月4日", "议程项目3"],
    head=["人权理事会2025年4月3日通过的决定", "58/116. 受教育权问题小组讨论会"],
    body=[
        "人权理事会回顾其2024年4月4日第55/14号决议和大会2024年12月17日第79/165号决议，决定在第六十届会议上举行一次小组讨论会。",
        "第51次会议",
        "2025年4月3日",
        "[未经表决获得通过。]",
    ],
)
DOCS["ar-ecosoc-res"] = Official(
    lang="ar",
    symbol="E/RES/2025/9",
    left=["الأمم المتحدة", "المجلس الاقتصادي والاجتماعي"],
    right=["E/RES/2025/9", "Distr.: General", "5 August 2025"],
    top=["دورة عام 2025", "البند 18 (ج) من جدول الأعمال"],
    head=[
        "قرار اتخذه المجلس الاقتصادي والاجتماعي في 23 تموز/يوليه 2025",
        "2025/9 - التعاون الدولي في مجال الإحصاء",
    ],
    body=[
        "إن المجلس الاقتصادي والاجتماعي،",
        (
            "إذ يشير إلى قراره 2022/3 المؤرخ 8 حزيران/يونيه 2022 وإلى قرار الجمعية العامة 68/261 المؤرخ "
            "29 كانون الثاني/يناير 2014،"
        ),
        "1 - يحيط علما بتقرير اللجنة الإحصائية (E/2025/24)؛",
    ],
)
DOCS["fr-comp"] = Official(
    lang="fr",
    symbol="A/80/49 (Vol. I)",
    left=["Nations Unies", "Assemblée générale"],
    right=["A/80/49 (Vol. I)", "", ""],
    own="A/80/49(Vol.I)",
    top=[
        "Résolutions et décisions adoptées par l\u2019Assemblée générale à sa quatre-vingtième session",
        "Volume I",
    ],
    head=["I. Résolutions adoptées sans renvoi à une grande commission"],
    body=[
        "80/1. Déclaration à l\u2019occasion du quatre-vingtième anniversaire",
        "L\u2019Assemblée générale,",
        "Rappelant sa résolution 70/1 du 25 septembre 2015,",
        "Adopte la déclaration.",
        "80/2. Coopération entre l\u2019Organisation des Nations Unies et l\u2019Union africaine",
        "L\u2019Assemblée générale,",
        (
            "Rappelant sa résolution 79/10 du 18 novembre 2024 et la résolution 2719 (2023) du Conseil "
            "de sécurité,"
        ),
        "Prie le Secrétaire général de lui faire rapport.",
        "80/3. Journée internationale des forêts",
        "L\u2019Assemblée générale,",
        "Rappelant sa résolution 67/200 du 21 décembre 2012,",
        "Décide de continuer d\u2019examiner la question.",
    ],
)


# session volumes in Russian, Arabic and Chinese (the French one's symbol): headings "80/1." / "80/1 - " over
# the body's line
DOCS["ru-comp"] = replace(
    DOCS["fr-comp"],
    lang="ru",
    left=["Организация Объединенных Наций", "Генеральная Ассамблея"],
    top=["Резолюции и решения, принятые Генеральной Ассамблеей на ее восьмидесятой сессии", "Том I"],
    head=["I. Резолюции, принятые без передачи в главные комитеты"],
    body=[
        "80/1. Декларация по случаю восьмидесятой годовщины Организации Объединенных Наций",
        "Генеральная Ассамблея,",
        "ссылаясь на свою резолюцию 70/1 от 25 сентября 2015 года,",
        "принимает декларацию.",
        "80/2. Сотрудничество между Организацией Объединенных Наций и Африканским союзом",
        "Генеральная Ассамблея,",
        (
            "ссылаясь на свою резолюцию 79/10 от 18 ноября 2024 года и резолюцию 2719 (2023) "
            "Совета Безопасности,"
        ),
        "просит Генерального секретаря представить ей доклад.",
        "80/3. Международный день лесов",
        "Генеральная Ассамблея,",
        "ссылаясь на свою резолюцию 67/200 от 21 декабря 2012 года,",
        "постановляет продолжить рассмотрение этого вопроса.",
    ],
)
DOCS["ar-comp"] = replace(
    DOCS["fr-comp"],
    lang="ar",
    left=["الأمم المتحدة", "الجمعية العامة"],
    top=["القرارات والمقررات التي اتخذتها الجمعية العامة في دورتها الثمانين", "المجلد الأول"],
    head=["أولا - القرارات المتخذة دون الإحالة إلى لجنة رئيسية"],
    body=[
        "80/1 - إعلان بمناسبة الذكرى السنوية الثمانين لإنشاء الأمم المتحدة",
        "إن الجمعية العامة،",
        "إذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015،",
        "تعتمد الإعلان.",
        "80/2 - التعاون بين الأمم المتحدة والاتحاد الأفريقي",
        "إن الجمعية العامة،",
        "إذ تشير إلى قرارها 79/10 المؤرخ 18 تشرين الثاني/نوفمبر 2024 وإلى قرار مجلس الأمن 2719 (2023)،",
        "تطلب إلى الأمين العام أن يقدم إليها تقريرا.",
        "80/3 - اليوم الدولي للغابات",
        "إن الجمعية العامة،",
        "إذ تشير إلى قرارها 67/200 المؤرخ 21 كانون الأول/ديسمبر 2012،",
        "تقرر مواصلة النظر في هذه المسألة.",
    ],
)
DOCS["zh-comp"] = replace(
    DOCS["fr-comp"],
    lang="zh",
    left=["联合国", "大会"],
    top=["大会第八十届会议通过的决议和决定", "第一卷"],
    head=["一. 未经发交主要委员会而通过的决议"],
    body=[
        "80/1. 联合国成立八十周年宣言",
        "大会，",
        "回顾其2015年9月25日第70/1号决议，",
        "通过宣言。",
        "80/2. 联合国与非洲联盟之间的合作",
        "大会，",
        "回顾其2024年11月18日第79/10号决议和安全理事会第2719(2023)号决议，",
        "请秘书长向大会提出报告。",
        "80/3. 国际森林日",
        "大会，",
        "回顾其2012年12月21日第67/200号决议，",
        "决定继续审议这个问题。",
    ],
)


# -- Word files as the Official Document System gives them (more shapes) ----------------------
#: The shapes ``word_variant`` makes (each in every language of DOCS).
VARIANTS = (
    "even-odd",  # first-page header (w:titlePg) with the masthead, even and odd headers with the title
    "box",  # the symbol in a text box of the first page's header
    "proof",  # every line split over runs with proofing marks and bookmarks, the symbol too
    "fldsimple",  # the symbol as the cached result of a w:fldSimple DOCPROPERTY field
    "mergefield",  # the symbol as the cached result of a MERGEFIELD (w:instrText), split over runs
    "smarttag",  # dates, numbers and the symbol inside smart tags
    "sdt",  # the masthead and the body's paragraphs inside content controls (block and run level)
    "note-year",  # the footnote's reference glued to the first year of the body
    "numbered",  # the body's numbered paragraphs from numbering.xml with a start override
    "script",  # runs as Word splits them by script (bidi paragraphs, East Asian fonts), rtl marks
    "number-mark",  # the footnote's reference glued to the body's first resolution number
    "custom-mark",  # the same with a custom mark (w:customMarkFollows), a superscript run after it
    "typed-mark",  # the note's mark typed in superscript after that number, the note as paragraphs
)
#: a resolution's number in a sentence (with the Chinese noun after it), where a note's mark is glued
_NUMBER = re.compile(r"(?:(?<=[^\W\d] )|(?<=第))\d{1,4}/\d{1,4}(?![\d/])(?:号决[议定])?")


def _wr(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t></w:r>'


def _wp(inner: str, ppr: str = "") -> str:
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{inner}</w:p>"


def _split_runs(text: str, n: int) -> str:
    """``text`` as Word leaves it after proofing and editing: runs cut every few characters,
    proofing marks and bookmarks between them."""
    out = []
    marks = (
        '<w:proofErr w:type="spellStart"/>',
        f'<w:bookmarkStart w:id="{n}" w:name="_Ref{n}"/>',
        '<w:proofErr w:type="spellEnd"/>',
        f'<w:bookmarkEnd w:id="{n}"/>',
        '<w:proofErr w:type="gramStart"/>',
        '<w:proofErr w:type="gramEnd"/>',
    )
    for i in range(0, len(text), 3):
        out.append(_wr(text[i : i + 3]) + marks[(i // 3) % len(marks)])
    return "".join(out)


_SCRIPT_RUN = re.compile(
    r"[\u0600-\u06ff\u3000-\u9fff\uff00-\uffef]+|[^\u0600-\u06ff\u3000-\u9fff\uff00-\uffef]+"
)


def _script_runs(text: str, lang: str) -> str:
    """``text`` in runs as Word splits it by script: Arabic runs right to left (``w:rtl``,
    complex-script font), ideographs with an East Asian font and language, the rest Latin."""
    out = []
    for m in _SCRIPT_RUN.finditer(text):
        piece = m.group()
        if "\u0600" <= piece[0] <= "\u06ff":
            props = '<w:rFonts w:cs="Simplified Arabic"/><w:rtl/><w:lang w:bidi="ar-SA"/>'
        elif "\u3000" <= piece[0] <= "\uffef":
            props = '<w:rFonts w:hint="eastAsia" w:eastAsia="SimSun"/><w:lang w:eastAsia="zh-CN"/>'
        else:
            props = '<w:rFonts w:ascii="Times New Roman"/>' + (
                "<w:rtl/>" if lang == "ar" and piece.strip() == "" else ""
            )
        out.append(_wr(piece, props))
    return "".join(out)


_NUMBERED = re.compile(r"(\d+)(\.| -) ")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DATE_OR_NUMBER = re.compile(r"\d[\d/]*\d|\d")

_NUMBERING = (
    f"<w:numbering {NS}>"
    '<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1{sep}"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="7"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0">'
    '<w:startOverride w:val="{start}"/></w:lvlOverride></w:num></w:numbering>'
)


def superscript_run(mark: str) -> str:
    """A run of ``mark`` typed in superscript (a note's mark as text, no footnote)."""
    return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>{mark}</w:t></w:r>'


def raised_run(mark: str) -> str:
    """A run of ``mark`` raised above the line by its own position, in a smaller size."""
    return f'<w:r><w:rPr><w:position w:val="6"/><w:sz w:val="16"/></w:rPr><w:t>{mark}</w:t></w:r>'


def marks_of(pieces: list[str]) -> list[str]:
    """The digits of a paragraph's note marks: its pieces that open with "^", without it."""
    return [x[1:] for x in pieces if x.startswith("^")]


def marked_paragraph(pieces: list[str], mark: Callable[[str], str]) -> str:
    """A Word paragraph of ``pieces``: each a run of its text, or, opening with "^", its
    digits as ``mark`` draws them (``superscript_run``, ``raised_run``, a note's reference)."""
    return p(*(mark(x[1:]) if x.startswith("^") else run(x) for x in pieces))


_SUP = superscript_run("1")
_MARKS = {
    "number-mark": (
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
    ),
    "custom-mark": '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="1"/></w:r>' + _SUP,
    "typed-mark": _SUP,
}


def noted(doc: Official) -> Official:
    """The document with a footnote after its last line when it has none (a note of a symbol
    only: the same in every language)."""
    if doc.note:
        return doc
    # (after a line that ends on a comma: a marker glued to a full stop, "78/118.1", is no number's)
    after = next((i for i, x in enumerate(doc.body) if x.endswith((",", "،", "，"))), 0)
    return replace(doc, note=(after, "A/79/1."))


def word_variant(doc: Official, variant: str) -> bytes:
    """The document as a Word file in one of ``VARIANTS``: the masthead (a table) in the first
    page's header part unless the variant puts it elsewhere, the symbol in the other pages'
    headers, the job number and page in the footers."""
    lang = doc.lang
    bidi = "<w:bidi/>" if lang == "ar" else ""

    def line(text: str, k: int) -> str:
        if variant == "proof":
            return _split_runs(text, k)
        if variant == "script":
            return _script_runs(text, lang)
        if variant == "smarttag":
            out, pos = [], 0
            for m in _DATE_OR_NUMBER.finditer(text):
                out.append(_wr(text[pos : m.start()]))
                out.append(
                    '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="date">'
                    f'<w:smartTagPr><w:attr w:name="Year" w:val="{m.group()}"/></w:smartTagPr>'
                    f"{_wr(m.group())}</w:smartTag>"
                )
                pos = m.end()
            return "".join(out) + _wr(text[pos:])
        if variant == "sdt":
            return (
                '<w:sdt><w:sdtPr><w:alias w:val="Text"/></w:sdtPr>'
                f"<w:sdtContent>{_wr(text)}</w:sdtContent></w:sdt>"
            )
        return _wr(text)

    def para(text: str, k: int, ppr: str = "") -> str:
        return _wp(line(text, k), bidi + ppr)

    symbol_run = line(doc.symbol, 99)
    if variant == "fldsimple":
        symbol_run = (
            f'<w:fldSimple w:instr=" DOCPROPERTY  sym1  \\* MERGEFORMAT ">{_wr(doc.symbol)}</w:fldSimple>'
        )
    elif variant == "mergefield":
        half = len(doc.symbol) // 2
        symbol_run = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> MERGEFIELD </w:instrText></w:r>'
            '<w:r><w:instrText xml:space="preserve">Symbol1 </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'{_wr(doc.symbol[:half])}{_wr(doc.symbol[half:])}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )
    right = _wp(symbol_run, bidi) + "".join(para(x, 90 + i) for i, x in enumerate(doc.right[1:]))
    left = "".join(para(x, 80 + i) for i, x in enumerate(doc.left) if x)
    if variant == "box":
        box = _wp(symbol_run)
        right = (
            '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
            f"<a:graphicData><wps:wsp><wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx></wps:wsp>"
            "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
            f"<v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r></w:p>"
        ) + "".join(para(x, 90 + i) for i, x in enumerate(doc.right[1:]))
    mast = f"<w:tbl><w:tr><w:tc>{left}</w:tc><w:tc>{right}</w:tc></w:tr></w:tbl>"
    if variant == "sdt":
        mast = (
            f'<w:sdt><w:sdtPr><w:tag w:val="masthead"/></w:sdtPr><w:sdtContent>{mast}</w:sdtContent></w:sdt>'
        )

    body = "".join(para(x, i) for i, x in enumerate(doc.top + doc.head))
    numbering = None
    noted_year = False
    if variant in _MARKS and doc.note and not any(_NUMBER.search(x) for x in doc.body):
        variant = "plain"  # (no number to glue the mark to)
    for i, text in enumerate(doc.body):
        k = 10 + i
        m = _NUMBERED.match(text)
        if variant == "numbered" and m:
            if numbering is None:
                numbering = _NUMBERING.replace("{sep}", m.group(2).strip()).replace("{start}", m.group(1))
            p_xml = para(text[m.end() :], k, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr>')
        elif variant in _MARKS and doc.note and not noted_year and _NUMBER.search(text):
            y = list(_NUMBER.finditer(text))[-1]  # (the last: "for 78/119 read 78/118")
            noted_year = True
            p_xml = _wp(_wr(text[: y.end()]) + _MARKS[variant] + _wr(text[y.end() :]), bidi)
        elif variant == "note-year" and doc.note and not noted_year and _YEAR.search(text):
            year = _YEAR.search(text)
            assert year is not None
            noted_year = True
            p_xml = _wp(
                _wr(text[: year.end()]) + '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/>'
                '<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
                + _wr(text[year.end() :]),
                bidi,
            )
        elif doc.note and doc.note[0] == i and variant not in ("note-year", *_MARKS):
            p_xml = _wp(line(text, k) + '<w:r><w:footnoteReference w:id="1"/></w:r>', bidi)
        else:
            p_xml = para(text, k)
        if variant == "sdt" and i % 2:
            p_xml = f"<w:sdt><w:sdtPr/><w:sdtContent>{p_xml}</w:sdtContent></w:sdt>"
        body += p_xml
    if doc.rows:
        body += (
            "<w:tbl>"
            + "".join(
                "<w:tr>" + "".join(f"<w:tc>{para(c, 50 + j)}</w:tc>" for j, c in enumerate(r)) + "</w:tr>"
                for r in doc.rows
            )
            + "</w:tbl>"
        )

    if variant == "typed-mark" and doc.note:
        body += _wp(_wr("__________"), bidi) + _wp(_wr("1 " + doc.note[1]), bidi)
    headers = {
        "header1.xml": _wp(symbol_run if variant in ("fldsimple", "mergefield") else _wr(doc.symbol), bidi),
        "header3.xml": mast,
    }
    refs = (
        '<w:headerReference w:type="default" r:id="rId11"/><w:headerReference w:type="first" r:id="rId13"/>'
    )
    if variant == "even-odd":
        headers["header2.xml"] = _wp(_wr(doc.symbol) + "<w:r><w:tab/></w:r>" + _wr(doc.head[-1]), bidi)
        refs += '<w:headerReference w:type="even" r:id="rId12"/>'
    footers = {
        "footer1.xml": _wp(
            _wr(JOB)
            + '<w:r><w:tab/></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>'
        )
    }
    refs += '<w:footerReference w:type="default" r:id="rId21"/>'
    parts = {**headers, **footers}
    rels = {"rId11": "header1.xml", "rId13": "header3.xml", "rId12": "header2.xml", "rId21": "footer1.xml"}
    document = (
        f"<w:document {NS}><w:body>{body}<w:sectPr>{refs}<w:titlePg/>"
        f"{'<w:bidi/>' if lang == 'ar' else ''}</w:sectPr></w:body></w:document>"
    )
    extra: dict[str, str] = {}
    if variant == "even-odd":
        extra["word/settings.xml"] = f"<w:settings {NS}><w:evenAndOddHeaders/></w:settings>"
    if numbering:
        extra["word/numbering.xml"] = numbering
    if doc.note and variant != "typed-mark":
        extra["word/footnotes.xml"] = footnotes_part({1: _wp(_wr(doc.note[1]), bidi)})
    return word_zip(document, parts, {k: v for k, v in rels.items() if v in parts}, extra)
