"""Pages as Chromium prints them (print to PDF: justified, hyphenated at line ends, a running
header and a page number on every page) read as the plain text of the same content: a soft
hyphen after a symbol's slash that the line breaks at (Chromium draws a hyphen there, after a
space glyph: "(A/79/ ‐⏎210)"), a compound broken at its own hyphen before a capital
("Non-⏎Proliferation", "Secretary-⏎General"), a line break inside the date in brackets of an
OSCOLA cite ("UNSC Res 1386 (20 December⏎2001) UN Doc S/RES/1386"), a symbol that opens a
wrapped Arabic line (the sentence goes on: no masthead), a wrapped right-to-left paragraph drawn
in visual order whose only sign is the sentence's end drawn before its bracket ("(.2024/6").
The text layers are tested as Chromium gives them (no browser needed), then printed by
Chromium when it is installed.  Every passage is written for these tests in UN style."""

from __future__ import annotations

from typing import Any

import pytest

from browser import browser  # noqa: F401  (the fixture)
from rescite.engine.extract import extract_text
from rescite.read import text_of
from rescite.read.pdf import logical_order

# (row id, the plain text, the text layer Chromium gives for it in a narrow justified column)
LAYERS = [
    (
        "soft-hyphen-after-slash",
        "The General Assembly,\n\nTaking note of the report of the Secretary-General (A/79/210) and of the"
        " note by the Secretariat (A/79/211),",
        "The General Assembly,\nTaking note of the report of the Secretary-\nGeneral (A/79/ \u2010\n"
        "210) and of the note by the Secretariat (A/79/211),",
    ),
    (
        "soft-hyphen-after-slash-no-space",
        "The General Assembly,\n\nRecalling its resolution 78/265 of 21 March 2024,",
        "The General Assembly,\nRecalling its resolution 78/\u2010\n265 of 21 March 2024,",
    ),
    # a line that a symbol opens between two words of a script without capitals: the sentence goes
    # on (the symbol is cited, never the text's own id)
    (
        "ar-symbol-opens-wrapped-line",
        "إن مجلس حقوق الإنسان،\n\n1- يحيط علما بمشاريع القرارات الواردة في الوثائق من "
        "A/HRC/52/L.4 إلى A/HRC/52/L.6؛",
        "إن مجلس حقوق الإنسان،\n1- يحيط علما بمشاريع القرارات الواردة في الوثائق من\n"
        "A/HRC/52/L.4 إلى A/HRC/52/L.6؛",
    ),
    # an OSCOLA cite whose date in brackets a line break cuts: the Council's symbol without its year
    # takes the year there
    (
        "oscola-date-across-lines",
        "UNSC Res 1386 (20 December 2001) UN Doc S/RES/1386; UNGA Res 73/195 (19 December 2018).",
        "UNSC Res 1386 (20 December\n2001) UN Doc S/RES/1386; UNGA Res 73/195 (19 December 2018).",
    ),
    (
        "compound-at-its-hyphen",
        "The General Assembly,\n\nRecalling the Treaty on the Non-Proliferation of Nuclear Weapons,",
        "The General Assembly,\nRecalling the Treaty on the Non-\nProliferation of Nuclear Weapons,",
    ),
]


# (row id, the plain text, the page as a browser draws a wrapped right-to-left paragraph: each
# line's words in visual order, the sentence's end first)
VISUAL = [
    (
        "ar-end-before-bracket",
        "ونظرت اللجنة الخاصة في المذكرات التي أعدتها الأمانة العامة (A/AC.109/2022/5 و 2023/4 و 2024/6).",
        "الأمانة أعدتها التي المذكرات في الخاصة اللجنة ونظرت\n(.2024/6 و 2023/4 و A/AC.109/2022/5) العامة",
    ),
]


@pytest.mark.parametrize(("plain", "page"), [pytest.param(p, t, id=i) for i, p, t in VISUAL])
def test_right_to_left_page_drawn_by_a_browser_in_reading_order(plain: str, page: str) -> None:
    assert _cited(logical_order([page])[0]) == _cited(plain)


def _cited(text: str) -> set[tuple[str, str | None]]:
    return {(str(c.target), c.date) for c in extract_text(text).citations if c.target}


@pytest.mark.parametrize(("plain", "layer"), [pytest.param(p, t, id=i) for i, p, t in LAYERS])
def test_chromium_text_layer_reads_as_the_plain_text(plain: str, layer: str) -> None:
    assert _cited(layer) == _cited(plain)


# (row id, language, the paragraphs of the page (HTML), the width of the column)
PAGES = [
    (
        "soft-hyphen-after-slash",
        "en",
        [
            "The General Assembly,",
            "Taking note of the report (A/79/&shy;210),",
        ],
        "5em",
    ),
    (
        "compound-at-its-hyphen",
        "en",
        ["The General Assembly,", "Recalling the Treaty on the Non-Proliferation of Nuclear Weapons,"],
        "9em",
    ),
]


def _pdf(browser: Any, lang: str, paras: list[str], width: str) -> bytes:  # noqa: F811
    body = "".join(f"<p style='width:{width}'>{p}</p>" for p in paras)
    page = browser.new_page()
    try:
        page.set_content(
            f"<html lang='{lang}'><meta charset='utf-8'><body style='font-family:serif;font-size:11pt;"
            f"text-align:justify'>{body}</body></html>"
        )
        data: bytes = page.pdf(
            format="A4",
            display_header_footer=True,
            header_template="<div style='font-size:8pt;width:100%;margin:0 20mm;text-align:right'>"
            "A/80/512</div>",
            footer_template="<div style='font-size:8pt;width:100%;text-align:center'>"
            "<span class='pageNumber'></span></div>",
            margin={"top": "22mm", "bottom": "22mm", "left": "20mm", "right": "20mm"},
        )
        return data
    finally:
        page.close()


@pytest.mark.parametrize(
    ("lang", "paras", "width"), [pytest.param(lang, p, w, id=i) for i, lang, p, w in PAGES]
)
def test_chromium_pdf_reads_as_the_plain_text(
    browser: Any,  # noqa: F811
    lang: str,
    paras: list[str],
    width: str,
) -> None:
    plain = "\n\n".join(p.replace("&shy;", "") for p in paras)
    got = _cited(text_of(_pdf(browser, lang, paras, width), "page.pdf"))
    assert got == _cited(plain) and got
