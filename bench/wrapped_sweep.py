"""Long paragraphs wrapped at many widths (issue 7): Arabic and Chinese paragraphs of numbers,
years, coded decisions and dates, made into PDF files by LibreOffice in every installed font of
their script at page widths from A4 down to a narrow column, so that lines break at every place
inside them.  Each file is read back and compared with what the paragraph's text cites.

    python bench/wrapped_sweep.py            # -v prints each file that differs

Needs ``soffice``; prints the files made and how many differ, by language; exit 1 when any does.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from official_files import (  # noqa: E402
    ARABIC_NARROW_PARAGRAPH,
    ARABIC_SESSIONS_PARAGRAPH,
    CHINESE_NARROW_PARAGRAPH,
    cited_in,
    libreoffice_pdfs,
    narrow_document,
)
from rescite.read import text_of  # noqa: E402

# (language, paragraphs): written for this sweep in UN style
PARAGRAPHS: dict[str, list[str]] = {
    "ar": ARABIC_NARROW_PARAGRAPH,
    "ar-sessions": ARABIC_SESSIONS_PARAGRAPH,
    "zh": CHINESE_NARROW_PARAGRAPH,
}
FONTS = {
    "ar": ("Noto Naskh Arabic", "Noto Kufi Arabic", "Noto Sans Arabic", "DejaVu Sans"),
    "ar-sessions": ("Noto Naskh Arabic", "Noto Kufi Arabic", "Noto Sans Arabic", "DejaVu Sans"),
    "zh": ("Noto Sans CJK SC", "Noto Serif CJK SC"),
}
WIDTHS = tuple(f"{w / 2:g}cm" for w in range(42, 13, -1))  # 21cm down to 7cm, by half a centimetre


def documents() -> dict[str, tuple[str, str]]:
    """file name → (language, flat OpenDocument text)"""
    return {
        f"{lang}-{font.replace(' ', '_')}-{width}": (
            lang,
            narrow_document(paras, font, width, rtl=lang.startswith("ar")),
        )
        for lang, paras in PARAGRAPHS.items()
        for font in FONTS[lang]
        for width in WIDTHS
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--verbose", action="store_true", help="print each file that differs")
    args = ap.parse_args()
    docs = documents()
    want = {lang: cited_in("\n".join(paras)) for lang, paras in PARAGRAPHS.items()}
    made: dict[str, bytes] = {}
    for lang in PARAGRAPHS:  # (one run of LibreOffice a language: a long run may stop short)
        with tempfile.TemporaryDirectory() as tmp:
            some = libreoffice_pdfs({k: v for k, (x, v) in docs.items() if x == lang}, Path(tmp))
        if some is None:
            print("libreoffice: soffice not found", file=sys.stderr)
            return 1
        made |= some
    bad: dict[str, int] = {}
    for name, data in sorted(made.items()):
        lang = docs[name][0]
        got = cited_in(text_of(data, name + ".pdf"))
        if got != want[lang]:
            bad[lang] = bad.get(lang, 0) + 1
            if args.verbose:
                missing, extra = sorted(want[lang] - got, key=str), sorted(got - want[lang], key=str)
                print(f"  {name}: missing {missing}; extra {extra}")
    for lang in PARAGRAPHS:
        n = sum(1 for k in made if docs[k][0] == lang)
        print(f"{lang}: {n} files, {bad.get(lang, 0)} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
