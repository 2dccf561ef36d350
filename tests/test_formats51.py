"""Official PDF files as they come (issue 7, session 51), read from files and text layers built here.

Official files of kinds not swept before (the Security Council's yearly volume of resolutions
and decisions, the Economic and Social Council's volume, a Human Rights Council session report
with its resolutions, a Conference of the Parties' report with its decisions, the Assembly's
session volume in Arabic, Chinese and Russian) were printed by Chromium (masthead at the top,
at the foot of the first page, the body in two columns, a header with the date and symbol) and
LibreOffice (11 pt, 20 pt) and read back; what they taught:

* a right-to-left masthead at the foot of a first page, under the report's title lines, as the
  text layer reads it from the left: the symbol first, the organisation's name after it on the
  line, the line above in Arabic ("…المقررات التي اعتمدها مؤتمر الأطراف⏎FCCC/CP/2024/11/Add.1
  الأمم المتحدة⏎Distr.: General"), is the text's own symbol (was taken for a sentence that goes
  on over a line's end between two Arabic words: no own id, the symbol cited);
* a masthead whose cells a text layer ran onto one line, the organisation's name, the text's
  own symbol and its date ("United Nations CCPR/C/GC/41 17 September 2024"), over the issuing
  treaty body's name and the distribution mark, names the issuer: no treaty cited ("Pacte
  international relatif aux droits civils et politiques", "Convención sobre los Derechos del
  Niño", "Конвенция о правах ребенка" were cited by every such file);
* a copy of one of the Assembly's first sessions' texts in Chinese closes with its date on the
  line above its meeting ("1961年12月3日⏎第1150次全体会议"; the other languages give the meeting
  first): that date gives the bare heading number its session ("1712." is A/RES/1712(XVI);
  was none);
* a table's title that ends with the body's name, its first row under it ("Resolutions adopted
  by the General Assembly⏎79/101 Title 4 December 2024⏎79/102 …"): the number is no heading of
  the text's own ("Decisions adopted by the General Assembly⏎79/501 …" gave the own id
  A/RES/79/501 and lost the first row), and the first row's number, read with the title's noun
  and body, keeps the date that ends its row (was undated);
* a table turned 270° on an upright page under an upright sentence: its first cell, drawn with
  no break after the sentence, opens a line of its own (was run onto the sentence, "… these
  resolutions:Resolution", and the rows and their dates lost);
* a Chinese page's notes under their rule, in a text layer that spaces figures from ideographs
  (LibreOffice's and Word's PDFs: "回顾其 2019 年 3 月 1 日第 73/284 号决议，1" and the note
  "1 见 A/73/PV.72。" at the foot of the page where the next text begins): closing up the
  text's spaces keeps the one after the note's number, so the note is read as a note and given
  to the text its mark stands in (was "1见A/…", read as the later text's own words).

Every passage is written for these tests in UN style (numbers, dates and titles invented);
each row fails on 4d83dbb1 but the look-alikes, which pass on both."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from browser import browser  # noqa: F401  (the fixture)
from official_files import A4_PAGE, Official, chromium_pdf, fodt, fodt_document, fodt_p, libreoffice_pdfs
from rescite.engine.extract import extract_text
from rescite.read import text_of

#: (the records' target and date)
Cited = set[tuple[str, str | None]]


def _read(text: str) -> tuple[str | None, Cited]:
    res = extract_text(text)
    return res.document.source_id, {(str(c.target), c.date) for c in res.citations if c.target}


# -- 1. a right-to-left masthead at a first page's foot, the symbol read first ------------------
_AR_DECISIONS = (
    "المقرر 3/م أ-29\n"
    "صندوق التكيف\n"
    "إن مؤتمر الأطراف،\n"
    "إذ يشير إلى المقرر 2/م أ-28 والمقرر 1/CMA.4،\n"
    "1 - يرحب بتقرير اللجنة (FCCC/CP/2024/9)؛\n"
    "المقرر 4/م أ-29\n"
    "الاستعراض الثاني للصندوق\n"
    "إن مؤتمر الأطراف،\n"
    "إذ يشير إلى المقررين 1/م أ-21 و13/م أ-26،\n"
    "1 - يحيط علما بالتقرير (FCCC/SBI/2024/14)؛\n"
)
_AR_HRC = (
    "58/1 - الحق في التنمية\n"
    "إن مجلس حقوق الإنسان،\n"
    "إذ يشير إلى قرار الجمعية العامة 41/128 المؤرخ 4 كانون الأول/ديسمبر 1986،\n"
    "1 - يقرر مواصلة النظر في المسألة.\n"
)
FOOT_ROWS: list[tuple[str, str, str | None]] = [
    (
        "ar-cop-report",
        "مؤتمر الأطراف\n"
        "تقرير مؤتمر الأطراف عن دورته التاسعة والعشرين\n"
        "إضافة\n"
        "المقررات التي اعتمدها مؤتمر الأطراف\n"
        "FCCC/CP/2024/11/Add.1 الأمم المتحدة\n"
        "Distr.: General\n"
        "15 آذار/مارس 2025\n" + _AR_DECISIONS,
        "FCCC/CP/2024/11/Add.1",
    ),
    (
        "ar-hrc-report",
        "مجلس حقوق الإنسان\n"
        "الدورة الثامنة والخمسون\n"
        "تقرير مجلس حقوق الإنسان عن دورته الثامنة والخمسين\n"
        "A/HRC/58/2 الأمم المتحدة\n"
        "Distr.: General\n"
        "20 أيار/مايو 2025\n" + _AR_HRC,
        "A/HRC/58/2",
    ),
]
#: look-alikes (pass on both): a symbol that a sentence runs on to over a line's end between two
#: Arabic words, the words of the sentence after it on its line
FOOT_LOOK_ALIKES: list[tuple[str, str, str | None]] = [
    (
        "ar-sentence-goes-on",
        "تقرير الفريق العامل\n"
        "وتحيط اللجنة علما بالوثائق من\n"
        "A/HRC/58/L.30 إلى الوثيقة الأخيرة المقدمة إليها\n" + _AR_HRC,
        "A/HRC/RES/58/1",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "own"), FOOT_ROWS + FOOT_LOOK_ALIKES, ids=[r[0] for r in FOOT_ROWS + FOOT_LOOK_ALIKES]
)
def test_right_to_left_masthead_read_symbol_first(name: str, text: str, own: str | None) -> None:
    assert _read(text)[0] == own


def test_chromium_masthead_at_first_page_foot(browser: Any) -> None:  # noqa: F811
    """The report printed by Chromium, its masthead at the first page's foot (right to left)."""
    doc = Official(
        lang="ar",
        symbol="FCCC/CP/2024/11/Add.1",
        left=["الأمم المتحدة", ""],
        right=["FCCC/CP/2024/11/Add.1", "Distr.: General", "15 آذار/مارس 2025"],
        top=["مؤتمر الأطراف", "تقرير مؤتمر الأطراف عن دورته التاسعة والعشرين", "إضافة"],
        head=["المقررات التي اعتمدها مؤتمر الأطراف"],
        body=_AR_DECISIONS.splitlines(),
    )
    own, cited = _read(text_of(chromium_pdf(browser, doc, "foot"), "report.pdf"))
    assert own == "FCCC/CP/2024/11/Add.1"
    assert ("FCCC/CP/2024/11/Add.1", None) not in cited
    assert ("FCCC/CP/DEC/28/2", None) in cited


# -- 2. a masthead's cells on one line, its date after the symbol, over the treaty body's name ---
_GA = "57/190"
TREATY_ROWS: list[tuple[str, str, str]] = [
    (
        "en-covenant",
        "United Nations CCPR/C/GC/41 17 September 2024\nInternational Covenant on\n"
        "Civil and Political Rights\nDistr.: General\nOriginal: English\nHuman Rights Committee\n"
        "1. The Committee recalls General Assembly resolution 57/190 of 18 December 2002.\n",
        "CCPR/C/GC/41",
    ),
    (
        "fr-covenant",
        "Nations Unies CCPR/C/GC/41 17 septembre 2024\nPacte international relatif\n"
        "aux droits civils et politiques\nDistr. générale\nOriginal : anglais\n"
        "Comité des droits de l’homme\n"
        "1. Le Comité rappelle la résolution 57/190 de l’Assemblée générale du 18 décembre 2002.\n",
        "CCPR/C/GC/41",
    ),
    (
        "es-crc",
        "Naciones Unidas CRC/C/GC/29 22 de agosto de 2024\nConvención sobre los\nDerechos del Niño\n"
        "Distr. general\nOriginal: inglés\nComité de los Derechos del Niño\n"
        "1. El Comité recuerda la resolución 57/190 de la Asamblea General, de 18 de diciembre de 2002.\n",
        "CRC/C/GC/29",
    ),
    (
        "ru-crc",
        "Организация Объединенных Наций CRC/C/GC/29 22 августа 2024 года\nКонвенция о правах ребенка\n"
        "Distr.: General\nOriginal: English\nКомитет по правам ребенка\n"
        "1. Комитет ссылается на резолюцию 57/190 Генеральной Ассамблеи от 18 декабря 2002 года.\n",
        "CRC/C/GC/29",
    ),
]
#: look-alikes (pass on both): other words after the date on the symbol's line
TREATY_LOOK_ALIKES: list[tuple[str, str, str]] = [
    (
        "en-words-after-date",
        "United Nations CRC/C/GC/29 22 August 2024 and the annex to it\n"
        "Convention on the Rights of the Child\nDistr.: General\n"
        "1. The Committee recalls General Assembly resolution 57/190 of 18 December 2002.\n",
        "CRC/C/GC/29",
    ),
]
_TREATIES = {"UNTS/999/14668", "UNTS/1577/27531"}


@pytest.mark.parametrize(("name", "text", "own"), TREATY_ROWS, ids=[r[0] for r in TREATY_ROWS])
def test_masthead_line_with_date_names_the_issuer(name: str, text: str, own: str) -> None:
    got_own, cited = _read(text)
    assert (got_own, {t for t, _d in cited}) == (own, {"A/RES/" + _GA})


@pytest.mark.parametrize(("name", "text", "own"), TREATY_LOOK_ALIKES, ids=[r[0] for r in TREATY_LOOK_ALIKES])
def test_masthead_line_with_other_words_cites_the_treaty(name: str, text: str, own: str) -> None:
    got_own, cited = _read(text)
    assert got_own == own and {t for t, _d in cited} & _TREATIES == {"UNTS/1577/27531"}


# -- 3. a Chinese copy's closing date on the line above its meeting ------------------------------
_ZH_TEXT = "1712. 扩大新闻委员会\n\n大会，\n回顾其1960年12月12日第1514(XV)号决议，\n决定扩大该委员会。\n\n"
CLOSING_ROWS: list[tuple[str, str, str | None]] = [
    ("zh-date-then-meeting", _ZH_TEXT + "1961年12月3日\n第1150次全体会议\n", "A/RES/1712(XVI)"),
    ("zh-date-then-meeting-stop", _ZH_TEXT + "1961年12月3日，\n第1150次全体会议。\n", "A/RES/1712(XVI)"),
]
#: look-alikes (pass on both): a date in the spring (no session fits the number), no meeting
#: under the date, the meeting first as the other languages set it
CLOSING_LOOK_ALIKES: list[tuple[str, str, str | None]] = [
    ("zh-spring-date", _ZH_TEXT + "1962年4月3日\n第1150次全体会议\n", None),
    ("zh-no-meeting", _ZH_TEXT + "1961年12月3日\n", None),
    (
        "en-meeting-then-date",
        "1712. Enlargement of the Committee\n\nThe General Assembly,\nRecalling its resolution 1514 (XV),\n"
        "Decides to enlarge the Committee.\n\n1150th plenary meeting,\n3 December 1961.\n",
        "A/RES/1712(XVI)",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "own"),
    CLOSING_ROWS + CLOSING_LOOK_ALIKES,
    ids=[r[0] for r in CLOSING_ROWS + CLOSING_LOOK_ALIKES],
)
def test_closing_date_above_the_meeting(name: str, text: str, own: str | None) -> None:
    assert _read(text)[0] == own


# -- 4. a table's title ending with the body's name, its first row under it ----------------------
TABLE_ROWS: list[tuple[str, str, Cited]] = [
    (
        "en-decisions-title",
        "Decisions adopted by the General Assembly\n79/501 Election of members 4 December 2024\n"
        "79/502 Appointment of members 6 December 2024\n",
        {("A/DEC/79/501", "2024-12-04"), ("A/DEC/79/502", "2024-12-06")},
    ),
    (
        "en-resolutions-title",
        "Resolutions adopted by the General Assembly\n79/101 Assistance in mine action 4 December 2024\n"
        "79/102 Oceans and the law of the sea 6 December 2024\n",
        {("A/RES/79/101", "2024-12-04"), ("A/RES/79/102", "2024-12-06")},
    ),
    (
        "fr-resolutions-title",
        "Résolutions adoptées par l’Assemblée générale\n"
        "79/101 Assistance à la lutte antimines 4 décembre 2024\n"
        "79/102 Les océans et le droit de la mer 6 décembre 2024\n",
        {("A/RES/79/101", "2024-12-04"), ("A/RES/79/102", "2024-12-06")},
    ),
    (
        "fr-hrc-title",
        "Résolutions adoptées par le Conseil des droits de l’homme\n"
        "55/1 Le droit au développement 3 avril 2024\n"
        "55/2 Droits de l’enfant 4 avril 2024\n",
        {("A/HRC/RES/55/1", "2024-04-03"), ("A/HRC/RES/55/2", "2024-04-04")},
    ),
    (
        "es-resolutions-title",
        "Resoluciones aprobadas por la Asamblea General\n79/101 Asistencia para la remoción de minas "
        "4 de diciembre de 2024\n79/102 Los océanos y el derecho del mar 6 de diciembre de 2024\n",
        {("A/RES/79/101", "2024-12-04"), ("A/RES/79/102", "2024-12-06")},
    ),
    (
        "ar-resolutions-title",
        "القرارات التي اتخذتها الجمعية العامة\n79/101 المساعدة في إزالة الألغام 4 كانون الأول/ديسمبر 2024\n"
        "79/102 المحيطات وقانون البحار 6 كانون الأول/ديسمبر 2024\n",
        {("A/RES/79/101", "2024-12-04"), ("A/RES/79/102", "2024-12-06")},
    ),
    (
        "en-council-title",
        "Resolutions adopted by the Security Council\n2714 (2023) The situation in the Middle East "
        "14 December 2023\n2715 (2023) The situation in Iraq 15 December 2023\n",
        {("S/RES/2714(2023)", "2023-12-14"), ("S/RES/2715(2023)", "2023-12-15")},
    ),
    (
        "en-ecosoc-title",
        "Resolutions adopted by the Economic and Social Council\n"
        "2024/5 Science and technology for development 5 June 2024\n"
        "2024/6 Statistics 6 June 2024\n",
        {("E/RES/2024/5", "2024-06-05"), ("E/RES/2024/6", "2024-06-06")},
    ),
]
#: look-alikes (pass on both): a sentence that wraps after the body's name, the numbers and a
#: date of theirs after it; a text's own heading under the adopting line
TABLE_LOOK_ALIKES: list[tuple[str, str, Cited]] = [
    (
        "en-sentence-wraps",
        "The Committee recalls the resolutions adopted by the General Assembly\n"
        "79/101 and 79/102 of 4 December 2024.\n",
        {("A/RES/79/101", "2024-12-04"), ("A/RES/79/102", "2024-12-04")},
    ),
    (
        "en-sentence-wraps-stop",
        "The Committee recalls the resolution adopted by the General Assembly\n"
        "79/101 on mine action. It met on 4 December 2024\n",
        {("A/RES/79/101", None)},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "want"),
    TABLE_ROWS + TABLE_LOOK_ALIKES,
    ids=[r[0] for r in TABLE_ROWS + TABLE_LOOK_ALIKES],
)
def test_table_title_ending_with_the_body(name: str, text: str, want: Cited) -> None:
    assert _read(text) == (None, want)


def test_text_heading_under_adopting_line_stays_own() -> None:
    """A look-alike (passes on both): the text's own heading, its stop after the number, under
    the line of its adoption."""
    text = (
        "Resolution adopted by the General Assembly on 4 December 2024\n79/101. Assistance in mine action\n"
        "The General Assembly,\nRecalling its resolution 78/20 of 4 December 2023,\n"
    )
    assert _read(text) == ("A/RES/79/101", {("A/RES/78/20", "2023-12-04")})


# -- 5. a table turned 270° on an upright page, under an upright masthead and sentence -----------
_TURNED_270_STYLES = (
    '<style:style style:name="P" style:family="paragraph"/>'
    '<style:style style:name="U" style:family="paragraph">'
    '<style:text-properties style:text-rotation-angle="270"/></style:style>' + A4_PAGE
)
#: (masthead and the sentence above the table, the table's rows, the own id, what it cites)
TURNED_270: dict[str, tuple[list[str], list[list[str]], str, Cited]] = {
    "en-ecosoc-turned": (
        [
            "United Nations",
            "E/2024/99",
            "Economic and Social Council",
            "Distr.: General",
            "9 August 2024",
            "The Council adopted these resolutions at its session:",
        ],
        [
            ["Resolution", "Title", "Date of adoption"],
            ["2024/21", "Review of General Assembly resolution 78/285", "22 July 2024"],
            ["2024/22", "Work of the statistical bodies", "23 July 2024"],
        ],
        "E/2024/99",
        {("E/RES/2024/21", "2024-07-22"), ("E/RES/2024/22", "2024-07-23"), ("A/RES/78/285", None)},
    ),
    "es-ecosoc-turned": (
        [
            "Naciones Unidas",
            "E/2024/99",
            "Consejo Económico y Social",
            "Distr. general",
            "9 de agosto de 2024",
            "El Consejo aprobó en su período de sesiones las resoluciones siguientes:",
        ],
        [
            ["Resolución", "Título", "Fecha de aprobación"],
            ["2024/21", "Labor de los órganos de estadística", "22 de julio de 2024"],
            ["2024/22", "Programa de trabajo del Consejo", "23 de julio de 2024"],
        ],
        "E/2024/99",
        {("E/RES/2024/21", "2024-07-22"), ("E/RES/2024/22", "2024-07-23")},
    ),
    "ru-ecosoc-turned": (
        [
            "Организация Объединенных Наций",
            "E/2024/99",
            "Экономический и Социальный Совет",
            "Distr.: General",
            "9 августа 2024 года",
            "Совет принял на своей сессии следующие резолюции:",
        ],
        [
            ["Резолюция", "Название", "Дата принятия"],
            ["2024/21", "Работа статистических органов", "22 июля 2024 года"],
            ["2024/22", "Программа работы Совета", "23 июля 2024 года"],
        ],
        "E/2024/99",
        {("E/RES/2024/21", "2024-07-22"), ("E/RES/2024/22", "2024-07-23")},
    ),
}


def _turned_270_fodt(head: list[str], rows: list[list[str]]) -> str:
    cells = "".join(
        "<table:table-row>"
        + "".join(f"<table:table-cell>{fodt_p(c, 'U')}</table:table-cell>" for c in row)
        + "</table:table-row>"
        for row in rows
    )
    table = (
        f'<table:table table:name="T"><table:table-column table:number-columns-repeated="{len(rows[0])}"/>'
        f"{cells}</table:table>"
    )
    return fodt_document(_TURNED_270_STYLES, "".join(fodt_p(x) for x in head) + table)


@pytest.fixture(scope="module")
def turned_270_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    made = libreoffice_pdfs(
        {k: _turned_270_fodt(v[0], v[1]) for k, v in TURNED_270.items()},
        tmp_path_factory.mktemp("formats51-turned"),
    )
    if made is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return made


@pytest.mark.parametrize("name", sorted(TURNED_270))
def test_a_table_turned_270_keeps_its_rows(turned_270_pdfs: dict[str, bytes], name: str) -> None:
    if name not in turned_270_pdfs:
        pytest.skip(f"{name} was not converted")
    res = extract_text(text_of(turned_270_pdfs[name], f"{name}.pdf"), source=f"{name}.pdf")
    _, _, own, want = TURNED_270[name]
    assert res.document.source_id == own
    assert {(str(c.target), c.date) for c in res.citations if c.target} == want


# -- 6. a Chinese page's note under its rule, the text layer spacing figures from ideographs ----
_ZH_VOLUME = (
    "联合国\nA/79/49 (Vol. I)\n大会\n大会第七十九届会议通过的决议\n"
    "79/11. 国际牧场年\n大会，\n回顾其 2019 年 3 月 1 日第 73/284 号决议，1\n"
    "决定宣布 2028 年为国际牧场年。\n"
    "79/12. 与国际移民组织的合作\n大会，\n回顾其 2022 年 11 月 17 日第 77/4 号决议，2\n"
    "请秘书长提出报告。\n"
)
#: (name, the text layer, the notes' records: (target, source_id))
ZH_NOTE_ROWS: list[tuple[str, str, set[tuple[str, str | None]]]] = [
    (
        "zh-note-see",
        _ZH_VOLUME + "__________________\n1 见 A/73/PV.72。\n25-20456 1\n",
        {("A/73/PV.72", "A/RES/79/11")},
    ),
    (
        "zh-two-notes",
        _ZH_VOLUME + "__________________\n1 见 A/73/PV.72。\n2 见 A/77/PV.41。\n25-20456 1\n",
        {("A/73/PV.72", "A/RES/79/11"), ("A/77/PV.41", "A/RES/79/12")},
    ),
]
#: look-alikes (pass on both): a text layer that sets no space between figures and ideographs
ZH_NOTE_LOOK_ALIKES: list[tuple[str, str, set[tuple[str, str | None]]]] = [
    (
        "zh-unspaced",
        _ZH_VOLUME.replace(" ", "") + "__________________\n1 见A/73/PV.72。\n25-20456 1\n",
        {("A/73/PV.72", "A/RES/79/11")},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "want"),
    ZH_NOTE_ROWS + ZH_NOTE_LOOK_ALIKES,
    ids=[r[0] for r in ZH_NOTE_ROWS + ZH_NOTE_LOOK_ALIKES],
)
def test_chinese_note_under_its_rule(name: str, text: str, want: set[tuple[str, str | None]]) -> None:
    res = extract_text(text, source=f"{name}.pdf")
    assert {(str(c.target), c.source_id) for c in res.citations if "/PV." in str(c.target)} == want


def test_chinese_volume_note_printed_by_libreoffice(tmp_path: Path) -> None:
    """The volume's note at the foot of the page where the next text begins (LibreOffice)."""
    doc = Official(
        lang="zh",
        symbol="A/79/49 (Vol. I)",
        left=["联合国", "大会"],
        right=["A/79/49 (Vol. I)", "", ""],
        own="A/79/49(Vol.I)",
        top=["大会第七十九届会议通过的决议", "第一卷"],
        head=["一. 未交付主要委员会而通过的决议"],
        body=[
            "79/11. 国际牧场年",
            "大会，",
            "回顾其2019年3月1日第73/284号决议，",
            "决定宣布2028年为国际牧场年。",
            "79/12. 与国际移民组织的合作",
            "大会，",
            "回顾其2022年11月17日第77/4号决议，",
            "请秘书长提出报告。",
        ],
        note=(2, "见A/73/PV.72。"),
    )
    made = libreoffice_pdfs({"volume": fodt(doc)}, tmp_path)
    if not made:
        pytest.skip("LibreOffice (soffice) is not installed")
    res = extract_text(text_of(made["volume"], "volume.pdf"), source="volume.pdf")
    assert res.document.source_id == "A/79/49(Vol.I)"
    assert {(str(c.target), c.source_id) for c in res.citations if "/PV." in str(c.target)} == {
        ("A/73/PV.72", "A/RES/79/11")
    }
