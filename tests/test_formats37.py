"""Official PDF and Word files as users download them (issue 7, session 37): text layers of
narrow pages, tables of adopted texts, and the files built here.

A Chinese page 7 cm wide holds fewer ideographs a line than a page's shortest wrapped line was
thought to: a body's name broken inside it before the number ("人权理事⏎会第 48/13 号决议") is
on a line as wide as the page's others (an ideograph as wide as two digits), and is joined; a
month's digits cut by a line before the blank and its counter ("1⏎2 月") are one month (never
two numbers: "第 1⏎5 月", a month over 12).  A narrow page wraps a cited symbol onto a line of its
own inside a sentence ("… رئيس مجلس الأمن⏎S/PRST/2019/8⏎المؤرخ …"): no own id; a right-to-left line
draws a session's marks apart ("2200 ⏎-ألف (د21)", "د-(21  وإلى …)").  A table's row whose title
holds a date in its first lines keeps its own date of adoption.  Every passage is written for
these tests in UN style."""

from __future__ import annotations

import pytest

from official_files import (
    ARABIC_SESSIONS_PARAGRAPH,
    CHINESE_NARROW_PARAGRAPH,
    Cited,
    cited_in,
    font_installed,
    libreoffice_pdfs,
    narrow_document,
    own_and_cited,
)
from rescite.engine.normalise import normalise
from rescite.read import text_of

AR = "إن الجمعية العامة،\n"
EN = "The General Assembly,\n"
ZH = "大会，\n"
ZH_END = "\n决定继续处理此案。"

# -- Chinese text layers of a narrow page -----------------------------------------------------------
# (row id, the text layer after the adopting body's line, what is cited): lines as a 7 cm page
# printed in a 12 pt Chinese font wraps them (nine or ten ideographs, more characters with figures)
CHINESE_NARROW: list[tuple[str, str, Cited]] = [
    (
        "the Council's name broken before its number",
        "回顾安全理事会 2016\n年 6 月 30 日第 \n2286(2016)号决议和\n大会 2017 年 12 月 \n"
        "11 日第 72/133 号决\n议，又回顾人权理事\n会第 51/21 号决议和\n第 52/3 号决议，",
        {
            ("S/RES/2286(2016)", "2016-06-30"),
            ("A/RES/72/133", "2017-12-11"),
            ("A/HRC/RES/51/21", None),
            ("A/HRC/RES/52/3", None),
        },
    ),
    (
        "a commission's name broken",
        "注意到秘书长的报告\nA/78/211，又回顾其\n决议和妇女地位委\n"
        "员会第 67/1 号决议\n以及大会第 77/193\n号决议，",
        {("A/78/211", None), ("E/CN.6/RES/67/1", None), ("A/RES/77/193", None)},
    ),
    (
        "the Council's name broken after its first ideograph",
        "又回顾其以往的决议\n和麻醉药品委员会第\n 66/3 号决议以及人\n权理事会第 52/3 号\n决议，",
        {("E/CN.7/RES/66/3", None), ("A/HRC/RES/52/3", None)},
    ),
]

# (row id, the paragraph's lines, what is cited): a month's digits cut by the line
CHINESE_MONTH: list[tuple[str, str, Cited]] = [
    (
        "December cut after its first digit",
        "重申其以往关于青年、和平与安全问题的各项决议，回顾安全理事会 2015 年 1\n"
        "2 月 9 日第 2250(2015)号决议和大会第 70/262 号决议，以及其他各项相关决议，",
        {("S/RES/2250(2015)", "2015-12-09"), ("A/RES/70/262", None)},
    ),
    (
        "November, the General Assembly's resolution",
        "重申其以往关于儿童与武装冲突问题的各项决议，回顾大会 2019 年 1\n"
        "1 月 27 日第 74/133 号决议和安全理事会第 2427(2018)号决议，",
        {("A/RES/74/133", "2019-11-27"), ("S/RES/2427(2018)", None)},
    ),
]


@pytest.mark.parametrize(
    ("layer", "cited"),
    [r[1:] for r in CHINESE_NARROW + CHINESE_MONTH],
    ids=[r[0] for r in CHINESE_NARROW + CHINESE_MONTH],
)
def test_a_chinese_narrow_page(layer: str, cited: Cited) -> None:
    assert cited_in(ZH + layer + ZH_END) == cited


# what stays two: an item's number at a line's end, then a number of months ("第 1⏎5 月" is
# no month), and the lines of a heading
CHINESE_KEPT: list[tuple[str, str]] = [
    (
        "an item's number, then a number over twelve",
        "重申其以往关于青年、和平与安全问题的各项决议，回顾其第 70/262 号决议第 1\n"
        "5 月份以来的各项报告和大会第 72/276 号决议，以及其他各项相关决议，",
    ),
]


@pytest.mark.parametrize("layer", [r[1] for r in CHINESE_KEPT], ids=[r[0] for r in CHINESE_KEPT])
def test_two_chinese_numbers_stay_two(layer: str) -> None:
    text = ZH + layer + ZH_END
    assert "15月" not in normalise(text).text
    assert cited_in(text) == cited_in(ZH + layer.replace("\n", " ") + ZH_END)


# -- a symbol a narrow page wrapped onto a line of its own, a session's mark drawn apart ----------
# (row id, the text, its own id, what it cites)
WRAPPED_ALONE: list[tuple[str, str, str | None, Cited]] = [
    (
        "ar: a statement's symbol alone between the words of its sentence",
        AR + "إذ تشير إلى قرارها 73/11 وإلى بيان رئيس\nمجلس الأمن\nS/PRST/2021/17\nالمؤرخ 3 آذار/مارس\n"
        "2021، وإلى قرارها 74/5،",
        None,
        {("A/RES/73/11", None), ("S/PRST/2021/17", "2021-03-03"), ("A/RES/74/5", None)},
    ),
    (
        "ar: … its line ending with a blank",
        AR + "وإذ تشير إلى بيان رئيس\nمجلس الأمن\nS/PRST/2021/17 \n المؤرخ 3 آذار/مارس 2021،",
        None,
        {("S/PRST/2021/17", "2021-03-03")},
    ),
    (
        "en: a statement's symbol alone, the sentence going on",
        EN + "Recalling its resolution 73/11 and the statement by the President of the Security Council\n"
        "S/PRST/2021/17\nof 3 March 2021, and its resolution 74/5,",
        None,
        {("A/RES/73/11", None), ("S/PRST/2021/17", "2021-03-03"), ("A/RES/74/5", None)},
    ),
]

# what stays the own id: a masthead's symbol over the body, a running header that repeats it
OWN_KEPT: list[tuple[str, str, str | None, Cited]] = [
    (
        "ar: the masthead's symbol, the body under it",
        "الأمم المتحدة\nA/RES/78/140\nالجمعية العامة\n" + AR + "إذ تشير إلى قرارها 73/11،",
        "A/RES/78/140",
        {("A/RES/73/11", None)},
    ),
    (
        "en: a running header inside a sentence, the masthead's symbol too",
        "A/RES/78/140\n" + EN + "Recalling its resolution 73/11 and the statement by the President\n"
        "A/RES/78/140\nof the Security Council of 3 March 2021,",
        "A/RES/78/140",
        {("A/RES/73/11", None)},
    ),
]


@pytest.mark.parametrize(
    ("text", "own", "cited"),
    [r[1:] for r in WRAPPED_ALONE + OWN_KEPT],
    ids=[r[0] for r in WRAPPED_ALONE + OWN_KEPT],
)
def test_a_symbol_alone_on_its_line(text: str, own: str | None, cited: Cited) -> None:
    assert own_and_cited(text) == (own, cited)


# (row id, the text layer after the adopting body's line, what is cited)
SESSIONS_DRAWN: list[tuple[str, str, Cited]] = [
    (
        "the session's hyphen moved before the part's letter on the next line",
        "إذ تشير إلى قراريها 1514 (د-15) و2200 \n-ألف (د21 ) وإلى بيان رئيس مجلس الأمن،",
        {("A/RES/1514(XV)", None), ("A/RES/2200A(XXI)", None)},
    ),
    (
        "a blank at the line's end before the part's letter",
        "إذ تشير إلى قراريها 1514 (د-15) و 2200 \nألف (د-21) وإلى بيان رئيس مجلس الأمن،",
        {("A/RES/1514(XV)", None), ("A/RES/2200A(XXI)", None)},
    ),
    (
        "the mark and its hyphen before the bracket, the bracket past the words after it",
        "إذ تشير إلى قراريها 1514 (د-15) و 2200 ألف\nد-(21  وإلى بيان رئيس مجلس الأمن)\nS/PRST/2021/17 المؤرخ"
        " 3 آذار/مارس 2021،",
        {("A/RES/1514(XV)", None), ("A/RES/2200A(XXI)", None), ("S/PRST/2021/17", "2021-03-03")},
    ),
]


@pytest.mark.parametrize(
    ("layer", "cited"), [r[1:] for r in SESSIONS_DRAWN], ids=[r[0] for r in SESSIONS_DRAWN]
)
def test_a_session_mark_drawn_apart(layer: str, cited: Cited) -> None:
    assert cited_in(AR + layer) == cited


def test_a_blank_before_a_part_letter_in_english() -> None:
    text = EN + "Recalling its resolutions 1514 (XV) and 2200 \nA (XXI), and its resolution 73/11,"
    assert cited_in(text) == {("A/RES/1514(XV)", None), ("A/RES/2200A(XXI)", None), ("A/RES/73/11", None)}


# -- files: long paragraphs from LibreOffice on narrow pages -----------------------------------------
# (paragraph, font, page width): the pages bench/wrapped_sweep.py found lost
PARAGRAPHS = {"ar-sessions": ARABIC_SESSIONS_PARAGRAPH, "zh": CHINESE_NARROW_PARAGRAPH}
PAGES = [
    ("ar-sessions", "DejaVu Sans", "10.5cm"),
    ("ar-sessions", "DejaVu Sans", "7cm"),
    ("ar-sessions", "Noto Kufi Arabic", "7cm"),
    ("ar-sessions", "Noto Sans Arabic", "10.5cm"),
    ("ar-sessions", "Noto Sans Arabic", "7cm"),
    ("zh", "Noto Sans CJK SC", "7cm"),
    ("zh", "Noto Serif CJK SC", "7cm"),
]


def _name(para: str, font: str, width: str) -> str:
    return f"{para}-{font.replace(' ', '_')}-{width}"


@pytest.fixture(scope="module")
def narrow_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    docs = {
        _name(para, font, width): narrow_document(PARAGRAPHS[para], font, width, rtl=para.startswith("ar"))
        for para, font, width in PAGES
        if font_installed(font)
    }
    if not docs:
        pytest.skip("no Arabic or Chinese font installed")
    made = libreoffice_pdfs(docs, tmp_path_factory.mktemp("narrow37"))
    if made is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return made


@pytest.mark.parametrize(("para", "font", "width"), PAGES)
def test_a_long_paragraph_on_a_narrow_page(
    narrow_files: dict[str, bytes], para: str, font: str, width: str
) -> None:
    name = _name(para, font, width)
    if name not in narrow_files:
        pytest.skip(f"{font} is not installed")
    assert own_and_cited(text_of(narrow_files[name], f"{name}.pdf")) == (
        None,
        cited_in("\n".join(PARAGRAPHS[para])),
    )


# -- a table's row whose title holds a date in its first lines ---------------------------------------
_TABLE_HEAD = {
    "en": "United Nations\nA/HRC/62/2\nGeneral Assembly\nDistr.: General\n14 October 2026\n\n"
    "Human Rights Council\nSixty-second session\n"
    "Resolutions and decisions adopted by the Human Rights Council at its sixty-second session\n"
    "Resolution/decision Title Date of adoption Vote\n",
    "fr": "Nations Unies\nA/HRC/62/2\nAssemblée générale\nDistr. générale\n14 octobre 2026\n\n"
    "Conseil des droits de l'homme\nSoixante-deuxième session\n"
    "Résolutions et décisions adoptées par le Conseil des droits de l'homme "
    "à sa soixante-deuxième session\n"
    "Résolution/décision Titre Date d'adoption Vote\n",
    "es": "Naciones Unidas\nA/HRC/62/2\nAsamblea General\nDistr. general\n14 de octubre de 2026\n\n"
    "Consejo de Derechos Humanos\n62º período de sesiones\n"
    "Resoluciones y decisiones aprobadas por el Consejo de Derechos Humanos "
    "en su 62º período de sesiones\n"
    "Resolución/decisión Título Fecha de aprobación Votación\n",
}
# a title's lines in a narrow column, a date in its first lines ({k}: the row's item), then the
# row's date cell (maybe wrapped) and its vote
_DATED_TITLE = {
    "en": [
        "Follow-up to the",
        "Declaration adopted",
        "on 25 September 2015:",
        "regional arrangements",
        "for the protection of",
        "migrant workers under",
        "item {k}",
    ],
    "fr": [
        "Suite donnée à la",
        "Déclaration du",
        "25 septembre 2015 :",
        "arrangements",
        "régionaux pour la",
        "protection des",
        "travailleurs migrants",
        "au titre du point {k}",
    ],
    "es": [
        "Seguimiento de la",
        "Declaración de 25 de",
        "septiembre de 2015 y",
        "arreglos regionales",
        "de cooperación para",
        "la protección de los",
        "trabajadores",
        "migrantes (tema {k})",
    ],
}
_CELL = {
    "en": ["7 October 2026", "Adopted without a vote"],
    "fr": ["7 octobre 2026", "Adoptée sans vote"],
    "es": ["7 de octubre de", "2026", "Aprobada sin votación"],
}


def _dated_rows(lang: str, ks: range) -> str:
    return "".join(
        f"62/{k} " + "\n".join([x.format(k=k) for x in _DATED_TITLE[lang]] + _CELL[lang]) + "\n" for k in ks
    )


DATED_TITLES = [
    (
        lang,
        _TABLE_HEAD[lang] + _dated_rows(lang, range(1, 5)),
        {(f"A/HRC/RES/62/{k}", "2026-10-07") for k in range(1, 5)},
    )
    for lang in ("en", "fr", "es")
]


@pytest.mark.parametrize(("text", "cited"), [r[1:] for r in DATED_TITLES], ids=[r[0] for r in DATED_TITLES])
def test_a_row_whose_title_holds_a_date(text: str, cited: Cited) -> None:
    assert own_and_cited(text) == ("A/HRC/62/2", cited)
