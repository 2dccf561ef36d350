"""The project's own passages as real PDF producers print them: each passage of
``tests/fixtures/coverage/*.toml`` is set in a page and printed to PDF by a browser (Chromium
through Playwright: right to left for Arabic) and by a word processor (LibreOffice, headless:
right-to-left paragraphs for Arabic), and by the browser again as an office prints a text
(``chromium-office``: justified, hyphenated at line ends, a narrow column, a running header
and page numbers), read back by rescite and compared with the citations
rescite finds in the passage's text.  A reader or a text-layer rule that fits only the PDFs
built by hand in the tests fails here.

    python bench/producers.py                      # every language, both producers
    python bench/producers.py --lang ar --producer chromium -v

Needs Chromium (``CHROMIUM`` or /usr/bin/chromium) and Playwright for the browser, and
``soffice`` for the word processor; a producer that is not installed is skipped with a line.
Prints, per language and producer, the citations (target and date) found in the texts and how
many of them the PDFs give; exit 1 when fewer than ``--min`` (default 0.95) of them.
"""

from __future__ import annotations

import argparse
import html
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rescite.engine.extract import extract_text  # noqa: E402
from rescite.read import text_of  # noqa: E402

LANGS = ["en", "fr", "es", "ru", "ar", "zh"]


def cases(lang: str) -> list[str]:
    with open(ROOT / "tests" / "fixtures" / "coverage" / f"{lang}.toml", "rb") as f:
        return [c["text"] for c in tomllib.load(f)["case"]]


def print_pdfs(
    pages: Iterable[tuple[str, str]], out: Path, header: Callable[[str], str] | None = None
) -> bool:
    """Each (name, HTML page) of ``pages`` printed by Chromium (Playwright) to ``out/name.pdf``,
    A4; False (said on stderr) when Chromium or Playwright is missing.  ``header``: the running
    header of a page's name (Chromium's header template: printed on every page, with the page's
    number in the footer).  Used by ``transform_check.py`` too."""
    exe = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("chromium: playwright is not installed; skipped", file=sys.stderr)
        return False
    if not Path(exe).exists():
        print(f"chromium: {exe} not found; skipped", file=sys.stderr)
        return False
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=["--no-sandbox"])
        page = browser.new_page()
        for name, content in pages:
            page.set_content(content)
            if header is None:
                page.pdf(path=str(out / f"{name}.pdf"), format="A4")
                continue
            page.pdf(
                path=str(out / f"{name}.pdf"),
                format="A4",
                display_header_footer=True,
                header_template=header(name),
                footer_template=_FOOTER,
                margin={"top": "22mm", "bottom": "22mm", "left": "20mm", "right": "20mm"},
            )
        browser.close()
    return True


#: Chromium's footer template: the page's number, centred, as an official text has it.
_FOOTER = "<div style='font-size:8pt;width:100%;text-align:center'><span class='pageNumber'></span></div>"


def print_page(lang: str, style: str, body: str) -> str:
    """A page for :func:`print_pdfs`: ``body`` in a body of style ``style``, right to left for
    Arabic."""
    direction = "rtl" if lang == "ar" else "ltr"
    return (
        f"<html lang='{lang}' dir='{direction}'><meta charset='utf-8'><body style='{style}'>"
        f"{body}</body></html>"
    )


def chromium(texts: dict[str, str], out: Path) -> bool:
    return print_pdfs(
        (
            (
                name,
                print_page(
                    name[:2],
                    "font-size:11pt",
                    f"<pre style='white-space:pre-wrap;font-family:serif'>{html.escape(text)}</pre>",
                ),
            )
            for name, text in texts.items()
        ),
        out,
    )


#: A page as an office prints a text: justified, hyphenated at line ends, in a column narrow
#: enough for many breaks.
_OFFICE_STYLE = "font-family:serif;font-size:11pt;text-align:justify;hyphens:auto;width:9cm"


def _office_header(name: str) -> str:
    return "<div style='font-size:8pt;width:100%;margin:0 20mm;text-align:right'>A/80/999</div>"


def chromium_office(texts: dict[str, str], out: Path) -> bool:
    """The passages as an office prints them from a browser: a ``<p>`` a line (a word processor's
    paragraph), justified and hyphenated at line ends (CSS ``hyphens: auto``) in a 9 cm column, a
    running header and the page's number on every page."""

    def page(name: str, text: str) -> tuple[str, str]:
        paras = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
        return name, print_page(name[:2], _OFFICE_STYLE, paras)

    return print_pdfs((page(name, text) for name, text in texts.items()), out, _office_header)


# a flat OpenDocument text: its namespaces, then its automatic styles, master styles and body
_FODT_DOC = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="{version}" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>{styles}</office:automatic-styles>{master}
<office:body><office:text>{body}</office:text></office:body></office:document>
"""


def fodt_document(styles: str, body: str, master: str = "", version: str = "1.2") -> str:
    """A flat OpenDocument text of these automatic styles, master styles and body."""
    return _FODT_DOC.format(styles=styles, master=master, body=body, version=version)


def flat_odt(text: str, rtl: bool, props: str = "", styles: str = "", master: str = "") -> str:
    """A flat ODT document: a paragraph of style P (right to left for ``rtl``) per line of
    ``text``; ``props``: more properties of P, ``styles``: more automatic styles, ``master``:
    the master styles (none: LibreOffice's defaults)."""
    paras = "".join(f'<text:p text:style-name="P">{html.escape(line)}</text:p>' for line in text.split("\n"))
    mode = "rl-tb" if rtl else "lr-tb"
    style = (
        f'<style:style style:name="P" style:family="paragraph">\n'
        f'<style:paragraph-properties style:writing-mode="{mode}"/>{props}</style:style>{styles}'
    )
    return fodt_document(style, paras, master)


def convert(documents: dict[str, str], out: Path, target: str, profile: Path | None = None) -> bool:
    """Each flat ODT document of ``documents`` (by name) converted by LibreOffice (headless) to
    ``target`` (``--convert-to``) in ``out`` (the sources in ``out/src``; ``profile``: a user
    profile of its own); False (said on stderr) when ``soffice`` is missing."""
    soffice = shutil.which("soffice")
    if soffice is None:
        print("libreoffice: soffice not found; skipped", file=sys.stderr)
        return False
    src = out / "src"
    src.mkdir()
    for name, fodt in documents.items():
        (src / f"{name}.fodt").write_text(fodt, encoding="utf-8")
    files = sorted(str(p) for p in src.glob("*.fodt"))
    own = [f"-env:UserInstallation=file://{profile}"] if profile is not None else []
    for i in range(0, len(files), 200):
        subprocess.run(
            [
                soffice,
                *own,
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(out),
                *files[i : i + 200],
            ],
            capture_output=True,
            timeout=1800,
            check=False,
        )
    return True


def libreoffice(texts: dict[str, str], out: Path) -> bool:
    fodts = {name: flat_odt(text, name.startswith("ar")) for name, text in texts.items()}
    return convert(fodts, out, "pdf:writer_pdf_Export")


def found(text: str) -> set[tuple[str, str | None]]:
    return {(str(c.target), c.date) for c in extract_text(text).citations if c.target}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", action="append", choices=LANGS, help="a language (repeatable; default all)")
    ap.add_argument("--producer", action="append", choices=["chromium", "chromium-office", "libreoffice"])
    ap.add_argument("--min", type=float, default=0.95, help="least share of the citations the PDFs must give")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each passage that differs")
    args = ap.parse_args()
    langs = args.lang or LANGS
    producers = args.producer or ["chromium", "chromium-office", "libreoffice"]
    make = {"chromium": chromium, "chromium-office": chromium_office, "libreoffice": libreoffice}
    texts = {f"{lang}-{i:03d}": t for lang in langs for i, t in enumerate(cases(lang))}
    worst = 1.0
    for producer in producers:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp)
            if not make[producer](texts, out):
                continue
            for lang in langs:
                want = got = 0
                for name, text in texts.items():
                    if not name.startswith(lang):
                        continue
                    a = found(text)
                    pdf = out / f"{name}.pdf"
                    b = found(text_of(pdf.read_bytes(), pdf.name)) if pdf.exists() else set()
                    want += len(a)
                    got += len(a & b)
                    if args.verbose and a - b:
                        print(f"  {producer} {name}: missing {sorted(a - b, key=str)}")
                share = got / want if want else 1.0
                worst = min(worst, share)
                print(f"{producer:12s} {lang}: {got} of {want} citations as from the text ({share:.3f})")
    return 0 if worst >= args.min else 1


if __name__ == "__main__":
    sys.exit(main())
