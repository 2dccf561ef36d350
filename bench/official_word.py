"""Official documents as their authors make them: a Word file (a real package: content types,
relationships, settings of a section), saved, then converted to PDF by LibreOffice
(``soffice --headless --convert-to pdf``), in French, Spanish, Russian, Arabic and Chinese.
The documents are the non-English ones of ``tests/official_files.py`` (GA, Security Council,
ECOSOC and Human Rights Council texts, L./Rev. and Corr. documents, tables of resolutions), each
in the shapes of ``SHAPES``: the masthead a table at the top of the body, the symbol only in the
first page's header part, a footnote in footnotes.xml (and an endnote in endnotes.xml), a
long note that runs on to the next page, the body in two columns, tracked changes (the deleted
text is not the document's), the symbol as a field's result (the field's code is no text), and
for Arabic one font for both scripts (its Latin lines drawn out of order by LibreOffice).
Each file (the .docx and its .pdf) is read back and compared with the document's text file:
records lost, records misread (a target the text file does not give), wrong own id.

    python bench/official_word.py          # a line per kind; -v prints each file that differs

Needs ``soffice`` for the PDFs (without it only the Word files are read).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from official_files import DOCS, Official, word_package  # noqa: E402
from rescite.engine.extract import extract_text  # noqa: E402
from rescite.read import text_of  # noqa: E402

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = f'xmlns:w="{W}" xmlns:r="{R}"'
SHAPES = ("table", "header", "notes", "longnote", "columns", "tracked", "fields", "onefont")
ARABIC_FONT = "Noto Naskh Arabic"


def _run(text: str, rtl: bool, font: str = "", sup: bool = False) -> str:
    props = (f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>' if font else "") + (
        "<w:rtl/>" if rtl and any("\u0600" <= c <= "\u06ff" for c in text) else ""
    )
    props += '<w:vertAlign w:val="superscript"/>' if sup else ""
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


class Writer:
    """The parts of one Word file for a document in a language (right to left for Arabic)."""

    def __init__(self, doc: Official, font: str = "") -> None:
        self.rtl = doc.lang == "ar"
        self.font = font

    def p(self, text: str, *extra: str, lead: str = "") -> str:
        ppr = "<w:bidi/>" if self.rtl else ""
        return f"<w:p><w:pPr>{ppr}</w:pPr>{lead}{_run(text, self.rtl, self.font)}{''.join(extra)}</w:p>"

    def table(self, left: list[str], right: list[str]) -> str:
        def cell(lines: list[str]) -> str:
            inner = "".join(self.p(x) for x in lines if x) or "<w:p/>"
            return f'<w:tc><w:tcPr><w:tcW w:w="4800" w:type="dxa"/></w:tcPr>{inner}</w:tc>'

        return (
            '<w:tbl><w:tblPr><w:tblW w:w="9600" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4800"/>'
            f'<w:gridCol w:w="4800"/></w:tblGrid><w:tr>{cell(left)}{cell(right)}</w:tr></w:tbl>'
        )

    def rows(self, rows: list[list[str]]) -> str:
        width = 9600 // max(1, len(rows[0]))
        grid = "".join(f'<w:gridCol w:w="{width}"/>' for _ in rows[0])
        body = "".join(
            "<w:tr>"
            + "".join(
                f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{self.p(c)}</w:tc>' for c in r
            )
            + "</w:tr>"
            for r in rows
        )
        table = '<w:tbl><w:tblPr><w:tblW w:w="9600" w:type="dxa"/></w:tblPr>'
        return f"{table}<w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"


def note_ref(kind: str, n: int) -> str:
    return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Reference w:id="{n}"/></w:r>'


def notes_part(kind: str, notes: dict[int, str]) -> str:
    tag = kind[:-1]
    return (
        f"<w:{kind} {NS}>"
        f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
        f'<w:{tag} w:type="continuationSeparator" w:id="0">'
        f"<w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>"
        + "".join(f'<w:{tag} w:id="{k}">{v}</w:{tag}>' for k, v in notes.items())
        + f"</w:{kind}>"
    )


def word_file(doc: Official, shape: str) -> tuple[bytes, str, str]:
    """The document in ``shape`` as a Word file, its text file (with the notes the shape adds)
    and its own id."""
    w = Writer(doc, ARABIC_FONT if shape == "onefont" else "")
    right = [doc.symbol, *doc.right[1:]]
    if shape == "header":
        right = right[1:]
    if shape == "fields":  # the symbol as a DOCPROPERTY field's result
        instr = " DOCPROPERTY Symbol1 \\* MERGEFORMAT "
        sym = f'<w:fldSimple w:instr="{instr}">{_run(doc.symbol, False)}</w:fldSimple>'
        mast = w.table(doc.left, [])
        mast = mast.replace(
            "<w:p/></w:tc></w:tr>",
            f"<w:p>{sym}</w:p>" + "".join(w.p(x) for x in right[1:]) + "</w:tc></w:tr>",
        )
    else:
        mast = w.table(doc.left, right)
    note = endnote = ""
    if shape in ("notes", "longnote"):
        n = 400 + sum(map(ord, doc.symbol)) % 90
        note = f"A/80/{n}."
        endnote = f"A/80/{n + 100}."
        if shape == "longnote":
            note = " ".join([doc.body[-1].strip(".。")] * 6) + f" A/80/{n}."
        doc = replace(doc, note=(0, note))
    body = mast + "".join(w.p(x) for x in doc.top + doc.head)
    pad = [doc.body[-1]] * 14 if shape == "longnote" else []
    paras = [*doc.body, *pad]
    if pad:  # (the note's marker on the last line: the note runs on to the next page)
        doc = replace(doc, body=paras, note=(len(paras) - 1, note))
    for i, line in enumerate(paras):
        extra = []
        if doc.note and doc.note[0] == i:
            extra.append(note_ref("footnote", 1))
            if shape == "notes":
                extra.append(note_ref("endnote", 1))
        if shape == "tracked" and i == len(paras) - 1:
            # a deleted symbol and an inserted full stop: what the file holds once accepted
            deleted = (
                '<w:del w:id="91" w:author="E" w:date="2025-11-02T10:00:00Z"><w:r>'
                '<w:delText xml:space="preserve"> (A/80/998)</w:delText></w:r></w:del>'
            )
            extra.append(deleted)
        if shape == "fields" and i == 0:
            code = (
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                '<w:r><w:instrText xml:space="preserve"> HYPERLINK '
                '"https://undocs.org/A/80/997" </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                '<w:r><w:t xml:space="preserve"></w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
            )
            extra.append(code)
        body += w.p(line, *extra)
    if doc.rows:
        body += w.rows(doc.rows)
    parts: dict[str, str] = {}
    header = f"<w:hdr {NS}>{w.p(doc.symbol)}</w:hdr>"
    parts["header1"] = header
    section = '<w:headerReference w:type="default" r:id="rheader1"/>'
    if shape == "header":  # the symbol only in the first page's header part
        parts["header2"] = f"<w:hdr {NS}>{w.table([], [doc.symbol])}</w:hdr>"
        section += '<w:headerReference w:type="first" r:id="rheader2"/><w:titlePg/>'
    if shape == "columns":
        section += '<w:cols w:num="2" w:space="567"/>'
    if doc.note:
        # (a note's paragraph as Word writes it: its number's mark, then a space and the text)
        mark = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        parts["footnotes"] = notes_part("footnotes", {1: w.p(" " + doc.note[1], lead=mark)})
    if shape == "notes":
        mark = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteRef/></w:r>'
        parts["endnotes"] = notes_part("endnotes", {1: w.p(" " + endnote, lead=mark)})
    text = doc.text() + (f"2 {endnote}\n" if shape == "notes" else "")
    return word_package(body, parts, section), text, doc.own_id


def pdfs(files: dict[str, bytes], out: Path) -> dict[str, bytes]:
    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice not installed: Word files only")
        return {}
    src = out / "src"
    src.mkdir()
    for name, data in files.items():
        (src / f"{name}.docx").write_bytes(data)
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{out}/profile", "--convert-to",
         "pdf:writer_pdf_Export", "--outdir", str(out), *sorted(str(f) for f in src.glob("*.docx"))],
        capture_output=True, timeout=1200, check=False,
    )  # fmt: skip
    return {n: (out / f"{n}.pdf").read_bytes() for n in files if (out / f"{n}.pdf").exists()}


def cited(text: str) -> tuple[str | None, Counter[str]]:
    res = extract_text(text)
    return res.document.source_id, Counter(str(c.target) for c in res.citations if c.target)


def _council(lang: str, org: str, organ: str, head: list[str], body: list[str]) -> Official:
    symbol = "S/RES/2813 (2026)"
    return Official(
        lang=lang,
        symbol=symbol,
        left=[org, organ],
        right=[symbol, "Distr.: General", "20 February 2026"],
        top=[],
        head=head,
        body=body,
        own="S/RES/2813(2026)",
    )


#: Security Council resolutions (written for this bench in UN style)
COUNCIL = {
    "fr-sc-res": _council(
        "fr",
        "Nations Unies",
        "Conseil de sécurité",
        [
            "Résolution 2813 (2026)",
            "Adoptée par le Conseil de sécurité à sa 9990e séance, le 20 février 2026",
        ],
        [
            "Le Conseil de sécurité,",
            "Rappelant ses résolutions 2719 (2023) et 2720 (2023),",
            "Prenant note du rapport du Secrétaire général (S/2026/101),",
            "1. Décide de rester saisi de la question.",
        ],
    ),
    "es-sc-res": _council(
        "es",
        "Naciones Unidas",
        "Consejo de Seguridad",
        [
            "Resolución 2813 (2026)",
            "Aprobada por el Consejo de Seguridad en su 9990ª sesión, celebrada el 20 de febrero de 2026",
        ],
        [
            "El Consejo de Seguridad,",
            "Recordando sus resoluciones 2719 (2023) y 2720 (2023),",
            "Tomando nota del informe del Secretario General (S/2026/101),",
            "1. Decide seguir ocupándose de la cuestión.",
        ],
    ),
    "ru-sc-res": _council(
        "ru",
        "Организация Объединенных Наций",
        "Совет Безопасности",
        [
            "Резолюция 2813 (2026)",
            "принятая Советом Безопасности на его 9990-м заседании 20 февраля 2026 года",
        ],
        [
            "Совет Безопасности,",
            "ссылаясь на свои резолюции 2719 (2023) и 2720 (2023),",
            "принимая к сведению доклад Генерального секретаря (S/2026/101),",
            "1. постановляет продолжать активно заниматься этим вопросом.",
        ],
    ),
    "ar-sc-res": _council(
        "ar",
        "الأمم المتحدة",
        "مجلس الأمن",
        ["القرار 2813 (2026)", "الذي اتخذه مجلس الأمن في جلسته 9990 المعقودة في 20 شباط/فبراير 2026"],
        [
            "إن مجلس الأمن،",
            "إذ يشير إلى قراريه 2719 (2023) و 2720 (2023)،",
            "وإذ يحيط علما بتقرير الأمين العام (S/2026/101)،",
            "1 - يقرر أن يبقي المسألة قيد نظره.",
        ],
    ),
    "zh-sc-res": _council(
        "zh",
        "联合国",
        "安全理事会",
        ["第2813(2026)号决议", "2026年2月20日安全理事会第9990次会议通过"],
        [
            "安全理事会，",
            "回顾其第2719(2023)号和第2720(2023)号决议，",
            "注意到秘书长的报告(S/2026/101)，",
            "1. 决定继续处理此案。",
        ],
    ),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", action="store_true", help="print each file that differs")
    args = ap.parse_args()
    words: dict[str, bytes] = {}
    refs: dict[str, tuple[str, str]] = {}
    for name, doc in {**DOCS, **COUNCIL}.items():
        if doc.lang == "en":
            continue
        for shape in SHAPES:
            if shape == "onefont" and doc.lang != "ar":
                continue
            key = f"{name}-{shape}"
            words[key], text, own_id = word_file(doc, shape)
            refs[key] = (text, own_id)
    with tempfile.TemporaryDirectory() as tmp:
        made = pdfs({k: v for k, v in words.items() if not k.endswith("-tracked")}, Path(tmp))
    lost: Counter[str] = Counter()
    misread: Counter[str] = Counter()
    own: Counter[str] = Counter()
    count: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for fmt, files in (("docx", words), ("pdf", made)):
        for key, data in files.items():
            shape = key.rsplit("-", 1)[1]
            kind = f"{fmt}-{shape}"
            want_own, want = cited(refs[key][0])
            got_own, got = cited(text_of(data, f"{key}.{fmt}"))
            count[kind] += 1
            total[kind] += sum(want.values())
            lost[kind] += sum((want - got).values())
            misread[kind] += sum((got - want).values())
            own[kind] += got_own != refs[key][1]
            if args.v and (want != got or got_own != want_own):
                print(
                    f"{key}.{fmt}: own {got_own} (want {want_own}); lost {dict(want - got)};"
                    f" misread {dict(got - want)}"
                )
    print(f"{'kind':18} files records lost misread own-wrong")
    for kind in sorted(count):
        print(f"{kind:18} {count[kind]:5} {total[kind]:7} {lost[kind]:4} {misread[kind]:7} {own[kind]:9}")
    print(f"all: {sum(count.values())} files, {sum(total.values())} records, {sum(lost.values())} lost, "
          f"{sum(misread.values())} misread, {sum(own.values())} wrong own id")  # fmt: skip
    # (the counters hold every kind, with 0 when nothing was lost: their sums say)
    return 1 if sum(lost.values()) or sum(misread.values()) or sum(own.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
