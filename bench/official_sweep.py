"""Every official-looking document of ``tests/official_files.py`` (six languages: adopted
resolutions with their masthead, decisions of three bodies, L./Rev., Corr. and Add.
documents, tables of resolutions, a compilation of three decisions) made into files by every
producer and layout: Chromium (masthead at the top, at the foot of the first page, the body in
two columns, a footnote at a page's foot that cuts a sentence, a header line with the date, the
symbol and the page's number), LibreOffice (11 pt and 20 pt:
more pages, more page breaks), Word (masthead in the first page's header part, in the body, in
the first page's footer part; a table set with tab stops; the shapes of ``VARIANTS``: even and
odd headers, the symbol in a header's text box, behind a ``w:fldSimple`` or a MERGEFIELD, runs
cut by proofing marks and bookmarks, smart tags, content controls, list numbers from
numbering.xml with a start override, runs split by script, a note's mark glued to a year or to
a resolution's number).  Each file is read back and
compared with the document's text file: own id, and the citations with their dates and
source_id.

    python bench/official_sweep.py            # every file; -v prints each file that differs

Needs Chromium (Playwright) and ``soffice``; a producer that is missing is skipped with a line.
Prints how many files were made and how many differ; exit 1 when any differs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from official_files import DOCS, VARIANTS, chromium_pdf, fodt, libreoffice_pdfs, noted, word, word_variant  # noqa: E402
from rescite.engine.extract import extract_text  # noqa: E402
from rescite.read import text_of  # noqa: E402

Cited = tuple[str | None, set[tuple[str, str | None, str | None]]]


def cited(text: str) -> Cited:
    res = extract_text(text)
    return res.document.source_id, {(str(c.target), c.date, c.source_id) for c in res.citations if c.target}


def files() -> dict[str, tuple[str, bytes]]:
    """name → (document, file) for every producer that is installed."""
    out: dict[str, tuple[str, bytes]] = {}
    for name, doc in DOCS.items():
        for where in ("header", "body", "footer"):
            out[f"word-{name}-{where}"] = (name, word(doc, where))
        if doc.rows:
            out[f"word-{name}-tabs"] = (name, word(doc, "header", tabs=True))
        for variant in VARIANTS:
            # (a note's mark glued to a number: the document with a note, when it has none)
            key = f"{name}+note" if "mark" in variant else name
            out[f"word-{name}-{variant}"] = (
                key,
                word_variant(noted(doc) if "mark" in variant else doc, variant),
            )
    exe = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("chromium: playwright is not installed; skipped", file=sys.stderr)
    else:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=exe, args=["--no-sandbox"])
            for name, doc in DOCS.items():
                for layout in ("top", "foot", "columns", *(("note",) if doc.note else ())):
                    out[f"chromium-{name}-{layout}"] = (name, chromium_pdf(browser, doc, layout))
                # (the date, the symbol and the page's number in one header line)
                out[f"chromium-{name}-dated"] = (name, chromium_pdf(browser, doc, "top", dated=True))
            browser.close()
    with tempfile.TemporaryDirectory() as tmp:
        sources = {
            f"{name}-{size}": fodt(doc, size) for name, doc in DOCS.items() for size in ("11pt", "20pt")
        }
        pdfs = libreoffice_pdfs(sources, Path(tmp))
    if pdfs is None:
        print("libreoffice: soffice not found; skipped", file=sys.stderr)
    else:
        for key, data in pdfs.items():
            out[f"libreoffice-{key}"] = (key.rsplit("-", 1)[0], data)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--verbose", action="store_true", help="print each file that differs")
    args = ap.parse_args()
    want = {name: cited(doc.text()) for name, doc in DOCS.items()}
    want |= {f"{name}+note": cited(noted(doc).text()) for name, doc in DOCS.items()}
    made = files()
    bad = 0
    for key, (name, data) in made.items():
        suffix = ".docx" if key.startswith("word") else ".pdf"
        own, got = cited(text_of(data, key + suffix))
        w_own, w_got = want[name]
        if own != w_own or got != w_got:
            bad += 1
            if args.verbose:
                print(
                    f"  {key}: own {own} (want {w_own}); missing {sorted(w_got - got, key=str)}; "
                    f"extra {sorted(got - w_got, key=str)}"
                )
    texts_own = sum(want[n][0] == d.own_id for n, d in DOCS.items())
    print(f"{len(DOCS)} documents, own id of the text file right in {texts_own}")
    print(f"{len(made)} files made, {bad} differ from the text file")
    return 1 if bad or texts_own < len(DOCS) else 0


if __name__ == "__main__":
    sys.exit(main())
