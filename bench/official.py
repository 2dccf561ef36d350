"""Official-looking documents in six languages, as a word processor lays them out: a masthead
in the first page's header, a running header with the symbol on the other pages, a footer
with the job number and the page number, numbered paragraphs, and real footnotes at the page
feet.  Each document is made of the project's own passages (``tests/fixtures/coverage``),
saved by LibreOffice (headless) as PDF, Word (``.docx``) and Word 97 (``.doc``), read back by
rescite and compared with what rescite reads from the same document written as a text file:
the own id, and the citations with their dates.

    python bench/official.py                 # every language, 4 documents each
    python bench/official.py --lang ar --docs 2 -v

Needs ``soffice``; exits 1 when a format gives fewer than ``--min`` (default 0.95) of the
citations or of the own ids.
"""

from __future__ import annotations

import argparse
import html
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from producers import fodt_document  # noqa: E402
from rescite.engine.extract import extract_text  # noqa: E402
from rescite.read import text_of  # noqa: E402

LANGS = ["en", "fr", "es", "ru", "ar", "zh"]
FORMATS = ["pdf", "docx", "doc"]

# organisation, body, distribution, adoption line, the body's line, a title
HEADS = {
    "en": (
        "United Nations",
        "General Assembly",
        "Distr.: General",
        "Resolution adopted by the General Assembly on 16 December 2026",
        "The General Assembly,",
        "Cooperation on inland water transport",
    ),
    "fr": (
        "Nations Unies",
        "Assemblée générale",
        "Distr. générale",
        "Résolution adoptée par l’Assemblée générale le 16 décembre 2026",
        "L’Assemblée générale,",
        "Coopération en matière de transport fluvial",
    ),
    "es": (
        "Naciones Unidas",
        "Asamblea General",
        "Distr. general",
        "Resolución aprobada por la Asamblea General el 16 de diciembre de 2026",
        "La Asamblea General,",
        "Cooperación en materia de transporte fluvial",
    ),
    "ru": (
        "Организация Объединенных Наций",
        "Генеральная Ассамблея",
        "Distr.: General",
        "Резолюция, принятая Генеральной Ассамблеей 16 декабря 2026 года",
        "Генеральная Ассамблея,",
        "Сотрудничество в области внутреннего водного транспорта",
    ),
    "ar": (
        "الأمم المتحدة",
        "الجمعية العامة",
        "Distr.: General",
        "قرار اتخذته الجمعية العامة في 16 كانون الأول/ديسمبر 2026",
        "إن الجمعية العامة،",
        "التعاون في مجال النقل المائي الداخلي",
    ),
    "zh": (
        "联合国",
        "大会",
        "Distr.: General",
        "2026年12月16日大会通过的决议",
        "大会，",
        "内河运输合作",
    ),
}
#: Filler between the passages, so that the document runs over several pages and its
#: paragraphs meet the page breaks anywhere: words of no citation, in each language.
FILLER = {
    "en": "Stressing the importance of cooperation among all stakeholders at every level",
    "fr": "Soulignant l’importance de la coopération entre toutes les parties à tous les niveaux",
    "es": "Destacando la importancia de la cooperación entre todas las partes en todos los niveles",
    "ru": "подчеркивая важность сотрудничества между всеми сторонами на всех уровнях",
    "ar": "وإذ تشدد على أهمية التعاون بين جميع الأطراف على جميع المستويات",
    "zh": "强调各级所有利益攸关方之间合作的重要性",
}


def cases(lang: str) -> list[str]:
    """The language's passages, but those that are a text's own heading (a case with ``self``:
    a masthead, a copy's header), which would open a text of their own inside the document."""
    with open(ROOT / "tests" / "fixtures" / "coverage" / f"{lang}.toml", "rb") as f:
        return [c["text"] for c in tomllib.load(f)["case"] if "self" not in c]


def _body_lines(text: str) -> list[str]:
    """A passage's lines of text: its own heading lines (a body's name alone) left out."""
    return [line.strip() for line in text.split("\n") if line.strip() and len(line.strip()) > 25]


def compose(lang: str, k: int, passages: list[str]) -> tuple[str, list[tuple[str, str | None]], list[str]]:
    """Document ``k`` of ``lang``: its symbol, its paragraphs (text, footnote or None) and its
    masthead lines."""
    org, body, distr, adopted, body_line, title = HEADS[lang]
    symbol = f"A/RES/81/{70 + k}"
    paras: list[tuple[str, str | None]] = [
        (adopted, None),
        (f"81/{70 + k}. {title}", None),
        (body_line, None),
    ]
    lines = [line for p in passages for line in _body_lines(p)]
    filler = FILLER[lang]
    for i, line in enumerate(lines):
        if i % 4 == 3 and "/" in line and i + 1 < len(lines):
            # a passage as the footnote of the paragraph before
            text, note = paras[-1]
            if note is None and i > 4:
                paras[-1] = (text, line)
                continue
        paras.append((f"{filler} {line}" if i % 3 == 0 and lang != "zh" else line, None))
        paras.append(((filler + " ") * 4, None))
    return symbol, paras, [org, body, symbol, distr, "20 December 2026", "26-12345"]


def as_text(symbol: str, paras: list[tuple[str, str | None]], masthead: list[str]) -> str:
    out = [f"{masthead[0]} {symbol}", masthead[1], masthead[3], masthead[4], ""]
    notes: list[str] = []
    for text, note in paras:
        if note is not None:
            notes.append(note)
            text = f"{text}{len(notes)}"
        out += [text, ""]
    if notes:
        out.append("__________________")
        out += [f"{i} {n}" for i, n in enumerate(notes, 1)]
    return "\n".join(out) + "\n"


# the page of an A4 sheet with its first page's own header and footer, one paragraph style
_STYLES = """
<style:page-layout style:name="pm"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
<style:header-style/><style:footer-style/></style:page-layout>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties style:writing-mode="{mode}"/>
</style:style>
"""
# the masthead in the first page's header, the symbol in the others', the job number in the footers
_MASTER = """
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm">
<style:header><text:p text:style-name="P">{running}</text:p></style:header>
<style:header-first>{first}</style:header-first>
<style:footer><text:p text:style-name="P">{job} <text:page-number text:select-page="current"/></text:p>
</style:footer>
<style:footer-first><text:p text:style-name="P">{job}</text:p></style:footer-first>
</style:master-page></office:master-styles>"""


def as_fodt(lang: str, symbol: str, paras: list[tuple[str, str | None]], masthead: list[str]) -> str:
    e = html.escape
    mode = "rl-tb" if lang == "ar" else "lr-tb"
    first = "".join(
        f'<text:p text:style-name="P">{e(line)}</text:p>'
        for line in (f"{masthead[0]}    {symbol}", masthead[1], masthead[3], masthead[4])
    )
    body = []
    for n, (text, note) in enumerate(paras, 1):
        cite = ""
        if note is not None:
            cite = (
                f'<text:note text:id="n{n}" text:note-class="footnote">'
                f"<text:note-citation>{n}</text:note-citation>"
                f'<text:note-body><text:p text:style-name="P">{e(note)}</text:p></text:note-body></text:note>'
            )
        body.append(f'<text:p text:style-name="P">{e(text)}{cite}</text:p>')
    master = _MASTER.format(running=e(f"{symbol}    {HEADS[lang][5]}"), first=first, job=e(masthead[5]))
    return fodt_document(_STYLES.format(mode=mode), "".join(body), master, version="1.3")


def found(text: str) -> tuple[str | None, set[tuple[str, str | None]]]:
    res = extract_text(text)
    return res.document.source_id, {(str(c.target), c.date) for c in res.citations if c.target}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", action="append", choices=LANGS, help="a language (repeatable; default all)")
    ap.add_argument("--docs", type=int, default=4, help="documents per language")
    ap.add_argument("--min", type=float, default=0.95)
    ap.add_argument("-v", "--verbose", action="store_true", help="print each document that differs")
    ap.add_argument("--keep", type=Path, help="keep the documents in this folder")
    args = ap.parse_args()
    soffice = shutil.which("soffice")
    if soffice is None:
        print("official: soffice not found; skipped", file=sys.stderr)
        return 0
    worst = 1.0
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        src = out / "src"
        src.mkdir(parents=True, exist_ok=True)
        expected: dict[str, tuple[str, tuple[str | None, set[tuple[str, str | None]]]]] = {}
        for lang in args.lang or LANGS:
            all_cases = cases(lang)
            per = max(1, len(all_cases) // args.docs)
            for k in range(args.docs):
                symbol, paras, masthead = compose(lang, k, all_cases[k * per : (k + 1) * per])
                name = f"{lang}-{k}"
                (src / f"{name}.fodt").write_text(as_fodt(lang, symbol, paras, masthead), encoding="utf-8")
                text = as_text(symbol, paras, masthead)
                (src / f"{name}.txt").write_text(text, encoding="utf-8")
                expected[name] = (symbol, found(text))
        files = sorted(str(p) for p in src.glob("*.fodt"))
        filters = {"pdf": "pdf:writer_pdf_Export", "docx": "docx:MS Word 2007 XML", "doc": "doc:MS Word 97"}
        for fmt, flt in filters.items():
            subprocess.run(
                [soffice, "--headless", "--convert-to", flt, "--outdir", str(out / fmt), *files],
                capture_output=True,
                timeout=1800,
                check=False,
            )
        for lang in args.lang or LANGS:
            for fmt in FORMATS:
                want = got = own = docs = 0
                for name, (symbol, (text_own, text_found)) in expected.items():
                    if not name.startswith(lang):
                        continue
                    path = out / fmt / f"{name}.{fmt}"
                    doc_own, doc_found = (
                        found(text_of(path.read_bytes(), path.name)) if path.exists() else (None, set())
                    )
                    docs += 1
                    own += doc_own == symbol
                    want += len(text_found)
                    got += len(text_found & doc_found)
                    if args.verbose and (doc_found != text_found or doc_own != symbol or text_own != symbol):
                        print(
                            f"  {fmt} {name}: own {doc_own} (text {text_own}, masthead {symbol}); "
                            f"missing {sorted(text_found - doc_found, key=str)[:6]} "
                            f"extra {sorted(doc_found - text_found, key=str)[:6]}"
                        )
                share = got / want if want else 1.0
                worst = min(worst, share, own / docs if docs else 1.0)
                print(f"{fmt:5} {lang}: {got} of {want} citations ({share:.3f}), own id {own} of {docs}")
    return 0 if worst >= args.min else 1


if __name__ == "__main__":
    sys.exit(main())
