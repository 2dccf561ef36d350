"""Transform check: the same text in every form users have gives the same citations.

Each visible text (``../shared/corpus/*.txt`` with its gold, ``../shared/corpus-ga/*.txt``
beside the repository; read at run time, never copied into the project) is turned into the
forms documents come in, read back by rescite and extracted:

    chromium     PDF printed by Chromium (Playwright), A4, 11 pt
    chromium-narrow  PDF printed by Chromium, A4, 10 pt, in a narrow column (8.5 cm: every
                 line broken again; Chromium does not carry two columns over pages)
    chromium-un  PDF printed by Chromium as an office prints a text: a <p> a paragraph, justified,
                 hyphenated at line ends (CSS ``hyphens: auto``), footnote markers in superscript,
                 the symbol in a running header and the page number in a footer on every page
    chromium-2c  the same in two CSS columns (10 pt)
    lo           PDF printed by LibreOffice (headless), A4, 11 pt
    lo-2c        PDF printed by LibreOffice, 10 pt, the page in two columns
    lo-large     PDF printed by LibreOffice, 16 pt (lines broken at other places)
    docx         Word file converted by LibreOffice
    html         HTML, one <p> per paragraph, entities escaped
    wrap         the text re-wrapped at 64 columns, long words hyphenated at line ends
    typo         CRLF line ends, no-break spaces before numbers, typographic quotes and apostrophes
    pages        a page footer (page number), a form feed and a running header with the
                 document's symbol inserted every 45 lines

Each form's extraction is compared with the plain text's: the (source_id, target) pairs and
the (target, date) pairs that differ, and whether the document's own id is the same; for
``corpus/`` it is also scored against the gold with ``../shared/eval/score.py``'s metric
(imported from there at run time).  Printed: a table transform x language.

    .venv/bin/python bench/transform_check.py                    # every transform, every text
    .venv/bin/python bench/transform_check.py --ga 30 -t wrap -t pages -v

A producer that is not installed (Chromium + Playwright, ``soffice``) is skipped with a line.
Exit 1 when any pair differs from the plain text's extraction.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import json
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from producers import convert, flat_odt, print_page, print_pdfs
from rescite.engine.extract import extract_text
from rescite.read import text_of

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"

TRANSFORMS = [
    "chromium",
    "chromium-narrow",
    "chromium-un",
    "chromium-2c",
    "lo",
    "lo-2c",
    "lo-large",
    "docx",
    "html",
    "wrap",
    "typo",
    "pages",
]


@dataclass
class Source:
    name: str  # the file's stem
    lang: str
    text: str
    gold: dict[str, Any] | None = None
    plain: list[dict[str, Any]] = field(default_factory=list)


def score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "eval" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def sources(corpus: Path, ga: Path, ga_count: int) -> list[Source]:
    out: list[Source] = []
    for gold_path in sorted(corpus.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = corpus / gold["text"]
        out.append(Source(path.stem, gold.get("lang") or "?", text_of(path.read_bytes(), path.name), gold))
    for path in sorted(ga.glob("*.txt"))[:ga_count]:
        out.append(Source(path.stem, "ga", text_of(path.read_bytes(), path.name)))
    return out


def records(text: str, name: str) -> list[dict[str, Any]]:
    result = extract_text(text, name)
    return [{"target": c.target, "date": c.date, "source_id": c.source_id} for c in result.citations]


# --- text transforms -----------------------------------------------------------------------

_WIDTH = 64


def _hyphenate_wrap(par: str) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in par.split():
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= _WIDTH:
            line += " " + word
        else:
            room = _WIDTH - len(line) - 2
            m = re.match(r"[^\W\d_]{8,}", word)
            if m and room >= 4 and len(m.group()) - room >= 4:
                lines.append(f"{line} {word[:room]}-")
                line = word[room:]
            else:
                lines.append(line)
                line = word
    if line:
        lines.append(line)
    return lines


# a line that stands alone: a footnote separator, or a short line of page furniture or of a
# heading (no small letter, no sentence's end: "A/RES/80/11", "2/7", "25-19633")
_OWN_LINE = re.compile(r"\s*_{5,}\s*|[^a-z]{0,24}(?<![.,;:)])")
_NOTE_START = re.compile(r"\d{1,3}\s{2,}\S.*")  # a footnote's first line: a block starts


def paragraphs(text: str) -> list[str]:
    """The text's blocks: lines joined up to a blank line; a footnote separator and a short
    line of page furniture stand alone and a footnote starts a block, as a writer re-flowing
    the text would keep them."""
    blocks: list[list[str]] = [[]]
    for line in text.split("\n"):
        if not line.strip():
            blocks.append([])
            continue
        alone = _OWN_LINE.fullmatch(line.rstrip()) is not None
        after_alone = bool(blocks[-1]) and _OWN_LINE.fullmatch(blocks[-1][-1].rstrip()) is not None
        if alone or after_alone or _NOTE_START.fullmatch(line.rstrip()):
            blocks.append([])
        blocks[-1].append(line)
    return ["\n".join(b) for b in blocks if b]


def wrap(text: str) -> str:
    return "\n\n".join("\n".join(_hyphenate_wrap(p)) for p in paragraphs(text)) + "\n"


def typo(text: str) -> str:
    text = re.sub(r'"(\w)', "\u201c\\1", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", text)
    text = re.sub(r"'(\w)", "\u2018\\1", text).replace("'", "\u2019")
    text = re.sub(r"(?<=\w) (?=\d)", "\u00a0", text)
    return text.replace("\n", "\r\n")


def pages(text: str, symbol: str | None) -> str:
    lines = text.split("\n")
    out: list[str] = []
    page = 1
    for i, line in enumerate(lines):
        if i and i % 45 == 0:
            out += ["", f"{page}/{len(lines) // 45 + 1}", "\f" + (symbol or f"Page {page + 1}"), ""]
            page += 1
        out.append(line)
    return "\n".join(out)


def html_page(text: str, lang: str, style: str = "") -> str:
    direction = "rtl" if lang == "ar" else "ltr"
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(text))
    return (
        f"<!DOCTYPE html><html lang='{lang}' dir='{direction}'><head><meta charset='utf-8'>"
        f"</head><body style='{style}'>\n{body}\n</body></html>\n"
    )


# --- producers -----------------------------------------------------------------------------


def chromium(srcs: list[Source], out: Path, narrow: bool) -> bool:
    style = "font-size:10pt;width:8.5cm" if narrow else "font-size:11pt"

    def page(s: Source) -> tuple[str, str]:
        # one block a line: a browser breaks the columns of a page only between blocks
        lines = "".join(f"<div>{html.escape(line) or '&nbsp;'}</div>" for line in s.text.split("\n"))
        body = f"<div style='white-space:pre-wrap;font-family:serif'>{lines}</div>"
        return s.name, print_page(s.lang if len(s.lang) == 2 else "en", style, body)

    return print_pdfs(map(page, srcs), out)


#: A footnote's marker glued to a word or a closing bracket or quote ("Development1", "(2015)2"):
#: a digit or two after three lower-case letters or ")" / "”", before a blank or a punctuation mark.
_MARKER = re.compile(r"(?:(?<=[a-z]{3})|(?<=[)\u201d]))(\d{1,2})(?=[\s,.;:]|$)")


def office_page(s: Source, columns: int) -> str:
    """The page a browser prints for ``chromium-un``/``chromium-2c``: ``<p>`` blocks, justified and
    hyphenated, the note markers in superscript, in ``columns`` columns."""
    lang = s.lang if len(s.lang) == 2 else "en"
    size = "10pt" if columns > 1 else "11pt"
    # (the columns on a block inside the body: Chromium prints a body that is itself a
    # multi-column box on one page, the rest cut off)
    cols = f"column-count:{columns};column-gap:8mm" if columns > 1 else ""
    css = (
        f"body{{font-family:serif;font-size:{size};text-align:justify;hyphens:auto}}"
        f"main{{{cols}}}p{{margin:0 0 0.6em 0}}"
    )
    body = "".join(
        "<p>" + _MARKER.sub(r"<sup>\1</sup>", html.escape(block)) + "</p>" for block in paragraphs(s.text)
    )
    direction = "rtl" if lang == "ar" else "ltr"
    head = f"<html lang='{lang}' dir='{direction}'><meta charset='utf-8'><style>{css}</style>"
    return f"{head}<body><main>{body}</main></body></html>"


def chromium_office(srcs: list[Source], out: Path, columns: int) -> bool:
    symbols = {s.name: own_id(s.plain) or "" for s in srcs}

    def header(name: str) -> str:
        return (
            "<div style='font-size:8pt;width:100%;margin:0 20mm;text-align:right'>"
            f"{html.escape(symbols[name])}</div>"
        )

    return print_pdfs(((s.name, office_page(s, columns)) for s in srcs), out, header)


#: Style P's font size, the page (A4, its columns) and the master page that uses it.
_SIZE = '\n<style:text-properties fo:font-size="{size}pt"/>'
_LAYOUT = """
<style:page-layout style:name="L"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 fo:margin="2cm"><style:columns fo:column-count="{columns}" fo:column-gap="0.6cm"/>
</style:page-layout-properties></style:page-layout>"""
_MASTER = """
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="L"/>
</office:master-styles>"""


def libreoffice(srcs: list[Source], out: Path, size: int, target: str, columns: int = 1) -> bool:
    props, layout = _SIZE.format(size=size), _LAYOUT.format(columns=columns)
    fodts = {s.name: flat_odt(s.text, s.lang == "ar", props, layout, _MASTER) for s in srcs}
    return convert(fodts, out, target, out / "profile")


def produce(transform: str, srcs: list[Source], out: Path) -> dict[str, Path] | None:
    """The file of each source in the form ``transform``, or None when the producer is missing."""
    writers: dict[str, Callable[[Source], tuple[str, bytes]]] = {
        "html": lambda s: (".html", html_page(s.text, s.lang if len(s.lang) == 2 else "en").encode()),
        "wrap": lambda s: (".txt", wrap(s.text).encode()),
        "typo": lambda s: (".txt", typo(s.text).encode()),
        "pages": lambda s: (".txt", pages(s.text, own_id(s.plain)).encode()),
    }
    if transform in writers:
        files = {}
        for s in srcs:
            ext, data = writers[transform](s)
            files[s.name] = out / f"{s.name}{ext}"
            files[s.name].write_bytes(data)
        return files
    if transform in ("chromium-un", "chromium-2c"):
        ok = chromium_office(srcs, out, 2 if transform == "chromium-2c" else 1)
        ext = ".pdf"
    elif transform.startswith("chromium"):
        ok = chromium(srcs, out, narrow=transform == "chromium-narrow")
        ext = ".pdf"
    elif transform == "docx":
        ok, ext = libreoffice(srcs, out, 11, "docx:MS Word 2007 XML"), ".docx"
    else:
        size, columns = {"lo": (11, 1), "lo-2c": (10, 2), "lo-large": (16, 1)}[transform]
        ok, ext = libreoffice(srcs, out, size, "pdf:writer_pdf_Export", columns), ".pdf"
    return {s.name: out / f"{s.name}{ext}" for s in srcs} if ok else None


def own_id(recs: list[dict[str, Any]]) -> str | None:
    ids = sorted({r["source_id"] for r in recs if r["source_id"]})
    return ids[0] if ids else None


# --- comparison ----------------------------------------------------------------------------


@dataclass
class Row:
    docs: int = 0
    own_same: int = 0
    own_gold: int = 0
    gold_docs: int = 0
    pairs_differ: int = 0
    dates_differ: int = 0
    unread: int = 0
    scored: list[dict[str, Any]] = field(default_factory=list)


def pairs(recs: list[dict[str, Any]]) -> set[tuple[str, str]]:
    return {(r["source_id"] or "", r["target"]) for r in recs if r["target"]}


def dated(recs: list[dict[str, Any]]) -> set[tuple[str, str]]:
    return {(r["target"], r["date"] or "") for r in recs if r["target"]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    ap.add_argument("--ga", type=int, default=150, help="how many texts of corpus-ga (default all 150)")
    ap.add_argument("--ga-dir", type=Path, default=SHARED / "corpus-ga")
    ap.add_argument("-t", "--transform", action="append", choices=TRANSFORMS)
    ap.add_argument("-v", "--verbose", action="store_true", help="list what differs per document")
    args = ap.parse_args()
    score = score_module()
    srcs = sources(args.corpus, args.ga_dir, args.ga)
    if not srcs:
        print(f"transform_check: no texts in {args.corpus} or {args.ga_dir}", file=sys.stderr)
        return 2
    for s in srcs:
        s.plain = records(s.text, s.name + ".txt")
    langs = sorted({s.lang for s in srcs}, key=lambda x: (x == "ga", x))
    table: dict[tuple[str, str], Row] = {}
    for s in srcs:  # the plain text itself, scored the same way, as the reference line
        row = table.setdefault(("plain", s.lang), Row())
        row.docs += 1
        row.own_same += 1
        if s.gold:
            sc = score.score_one(s.gold, s.plain)
            row.gold_docs += 1
            row.own_gold += sc["self_ok"]
            row.scored.append(sc)
    for transform in args.transform or TRANSFORMS:
        with tempfile.TemporaryDirectory() as tmp:
            files = produce(transform, srcs, Path(tmp))
            if files is None:
                continue
            for s in srcs:
                row = table.setdefault((transform, s.lang), Row())
                row.docs += 1
                path = files[s.name]
                try:
                    got = records(text_of(path.read_bytes(), path.name), path.name)
                except Exception as exc:  # a form the reader cannot read is a finding
                    row.unread += 1
                    got = []
                    if args.verbose:
                        print(f"  {transform} {s.name}: unread ({type(exc).__name__}: {exc})")
                a, b = pairs(s.plain), pairs(got)
                da, db = dated(s.plain), dated(got)
                row.pairs_differ += len(a ^ b)
                row.dates_differ += len(da ^ db)
                same_own = {r["source_id"] for r in s.plain} == {r["source_id"] for r in got}
                row.own_same += same_own
                if s.gold:
                    sc = score.score_one(s.gold, got)
                    row.gold_docs += 1
                    row.own_gold += sc["self_ok"]
                    row.scored.append(sc)
                if args.verbose and (a ^ b or not same_own or da ^ db):
                    print(
                        f"  {transform} {s.name}: -{sorted(a - b)} +{sorted(b - a)}"
                        + (
                            ""
                            if same_own
                            else f" own {own_id(s.plain)} -> {sorted({str(r['source_id']) for r in got})}"
                        )
                        + (
                            f" dates -{sorted(da - db)} +{sorted(db - da)}"
                            if (da ^ db) and not (a ^ b)
                            else ""
                        )
                    )
    print(
        f"{'transform':15s} {'lang':4s} {'docs':>4s} {'F1 gold':>8s} {'own gold':>9s} "
        f"{'own same':>9s} {'pairs diff':>10s} {'dates diff':>10s} {'unread':>6s}"
    )
    differ = 0
    for transform in ["plain", *(args.transform or TRANSFORMS)]:
        for lang in langs:
            if (transform, lang) not in table:
                continue
            row = table[(transform, lang)]
            f1 = "-"
            if row.scored:
                tp = sum(len(d["tp"]) for d in row.scored)
                fp = sum(len(d["fp"]) for d in row.scored)
                fn = sum(len(d["fn"]) for d in row.scored)
                p, r = score.ratio(tp, tp + fp), score.ratio(tp, tp + fn)
                f1 = f"{2 * p * r / (p + r) if p + r else 0.0:.4f}"
            own_gold = f"{row.own_gold}/{row.gold_docs}" if row.gold_docs else "-"
            differ += row.pairs_differ
            print(
                f"{transform:15s} {lang:4s} {row.docs:4d} {f1:>8s} {own_gold:>9s} "
                f"{row.own_same:>4d}/{row.docs:<4d} {row.pairs_differ:10d} {row.dates_differ:10d} "
                f"{row.unread:6d}"
            )
    print(f"differing (source_id, target) pairs, all forms: {differ}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
