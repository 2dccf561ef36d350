"""Reports whose annex is a long table of the texts a body adopted (issue 7, session 27): a
Human Rights Council report's "Resolutions and decisions adopted" table, set on landscape pages
by LibreOffice or printed by a browser, its header row printed once (or on every page), the
titles wrapped over several lines (one ending with a colon), one day's date of adoption in many
rows, so that the same date line ends several pages; in five languages, and an Arabic table's
lines as a text layer gives them; the Security Council's, the Economic and Social Council's and
the General Assembly's tables of a year's or a committee's texts.  A row far below the header
(over pages and wrapped titles) is still the table's; a date or title line at a page's foot is
the row's, never a running footer; a row's date is never the date of the sentence after the
table.  Every text is written for these tests in UN style."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

import pytest

from browser import browser  # noqa: F401  (the fixture)
from official_files import (
    Cited,
    browser_print,
    fodt_document,
    fodt_p,
    fodt_table,
    libreoffice_rows,
    own_and_cited,
)
from rescite.read import text_of

# -- the files: a portrait first page (masthead, heading), the table on landscape pages ----------
_STYLES = """
<style:style style:name="P" style:family="paragraph">
<style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="F" style:family="paragraph" style:master-page-name="First"/>
<style:style style:name="BACK" style:family="paragraph" style:master-page-name="Standard"/>
<style:style style:name="TL" style:family="table" style:master-page-name="Wide">
<style:table-properties style:width="25cm" table:align="left"/></style:style>
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm"
 fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm"
 fo:margin-right="2cm"/></style:page-layout>
<style:page-layout style:name="A4W"><style:page-layout-properties fo:page-width="29.7cm"
 fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.5cm"
 fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
"""
_TEXT_11PT = '<style:text-properties fo:font-size="11pt"/>'
_RTL = '<style:paragraph-properties style:writing-mode="rl-tb"/>'
# the symbol in the header of every page but the first, the job number and the page in the
# footer: "{page}" the page's number alone, or with the count ("3/7")
_FRAME = (
    "<style:header><text:p text:style-name='P'>{symbol}</text:p></style:header>"
    "<style:footer><text:p text:style-name='P'>26-04417 {page}</text:p></style:footer>"
)
_MASTERS = """<office:master-styles>
<style:master-page style:name="First" style:page-layout-name="A4" style:next-style-name="Standard"/>
<style:master-page style:name="Standard" style:page-layout-name="A4">{frame}</style:master-page>
<style:master-page style:name="Wide" style:page-layout-name="A4W">{frame}</style:master-page>
</office:master-styles>"""
_PAGE = {"page": "<text:page-number/>", "page/pages": "<text:page-number/>/<text:page-count/>"}


class Report:
    """A report: masthead (left cell, right cell: the symbol first), heading lines, the table
    (its header row first), the sentence after it."""

    def __init__(
        self, left: list[str], right: list[str], heading: list[str], rows: list[list[str]], after: str
    ) -> None:
        self.left, self.right, self.heading, self.rows, self.after = left, right, heading, rows, after

    def text(self) -> str:
        """The report as a text file holds it (what its PDF is read against)."""
        lines = [self.left[0], self.right[0], *self.left[1:], *self.right[1:], *self.heading]
        lines += [" | ".join(row) for row in self.rows] + [self.after]
        return "\n\n".join(lines) + "\n"

    def fodt(self, page: str, rtl: bool = False) -> str:
        """The report as a flat OpenDocument text (``rtl``: its paragraphs right to left, as
        LibreOffice sets an Arabic text)."""
        styles = _STYLES.replace(_TEXT_11PT, _RTL + _TEXT_11PT, 1) if rtl else _STYLES
        mast = fodt_table([["\n".join(self.left), "\n".join(self.right)]], "M").replace(
            "\n", "</text:p><text:p>"
        )
        body = fodt_p("", "F") + mast + "".join(fodt_p(x) for x in self.heading)
        body += fodt_table(self.rows, "R", "TL") + fodt_p(self.after, "BACK")
        frame = _FRAME.format(symbol=html.escape(self.right[0]), page=_PAGE[page])
        return fodt_document(styles, body, _MASTERS.format(frame=frame))

    def page(self, thead: bool) -> str:
        """The report as a web page (the table's header row in a ``thead``, which a browser
        prints again on every page, or in the body's first row)."""

        def lines(xs: list[str]) -> str:
            return "<br>".join(html.escape(x) for x in xs)

        head = "<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in self.rows[0]) + "</tr>"
        rows = "".join(
            "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in self.rows[1:]
        )
        table = f"<thead>{head}</thead><tbody>{rows}</tbody>" if thead else f"<tbody>{head}{rows}</tbody>"
        return (
            "<html><head><meta charset='utf-8'></head><body style='font-family:serif;font-size:11pt'>"
            f"<div style='display:flex;justify-content:space-between'><div>{lines(self.left)}</div>"
            f"<div>{lines(self.right)}</div></div>"
            + "".join(f"<p>{html.escape(x)}</p>" for x in self.heading)
            + f"<table border='1' style='border-collapse:collapse;width:100%'>{table}</table>"
            f"<p>{html.escape(self.after)}</p></body></html>"
        )


# (language, masthead left, right, heading, header row, title ({k}), date ({d}), vote, sentence after)
LANGS = {
    "en": (
        ["United Nations", "General Assembly"],
        ["A/HRC/61/2", "Distr.: General", "30 June 2026", "Original: English"],
        [
            "Human Rights Council",
            "Sixty-first session",
            "Report of the Human Rights Council on its sixty-first session",
            "Resolutions and decisions adopted by the Human Rights Council at its sixty-first session",
        ],
        ["Resolution/decision", "Title", "Date of adoption", "Vote"],
        "Technical cooperation: capacity-building for item {k} and the follow-up to the recommendations",
        "{d} April 2026",
        "Adopted without a vote",
        "The Council recalled its resolution 16/21 of 25 March 2011.",
    ),
    "fr": (
        ["Nations Unies", "Assemblée générale"],
        ["A/HRC/61/2", "Distr. générale", "30 juin 2026", "Original : anglais"],
        [
            "Conseil des droits de l'homme",
            "Soixante et unième session",
            "Rapport du Conseil des droits de l'homme sur sa soixante et unième session",
            "Résolutions et décisions adoptées par le Conseil des droits de l'homme "
            "à sa soixante et unième session",
        ],
        ["Résolution/décision", "Titre", "Date d'adoption", "Vote"],
        "Coopération technique : renforcement des capacités au titre du point {k} "
        "et suivi des recommandations",
        "{d} avril 2026",
        "Adoptée sans vote",
        "Le Conseil a rappelé sa résolution 16/21 du 25 mars 2011.",
    ),
    "es": (
        ["Naciones Unidas", "Asamblea General"],
        ["A/HRC/61/2", "Distr. general", "30 de junio de 2026", "Original: inglés"],
        [
            "Consejo de Derechos Humanos",
            "61er período de sesiones",
            "Informe del Consejo de Derechos Humanos sobre su 61er período de sesiones",
            "Resoluciones y decisiones aprobadas por el Consejo de Derechos Humanos "
            "en su 61er período de sesiones",
        ],
        ["Resolución/decisión", "Título", "Fecha de aprobación", "Votación"],
        "Cooperación técnica: fomento de la capacidad en relación con el tema {k} "
        "y seguimiento de las recomendaciones",
        "{d} de abril de 2026",
        "Aprobada sin votación",
        "El Consejo recordó su resolución 16/21, de 25 de marzo de 2011.",
    ),
    "ru": (
        ["Организация Объединенных Наций", "Генеральная Ассамблея"],
        ["A/HRC/61/2", "Distr.: General", "30 June 2026", "Russian", "Original: English"],
        [
            "Совет по правам человека",
            "Шестьдесят первая сессия",
            "Доклад Совета по правам человека о работе его шестьдесят первой сессии",
            "Резолюции и решения, принятые Советом по правам человека на его шестьдесят первой сессии",
        ],
        ["Резолюция/решение", "Название", "Дата принятия", "Голосование"],
        "Техническое сотрудничество: укрепление потенциала по пункту {k} и выполнение рекомендаций",
        "{d} апреля 2026 года",
        "Принята без голосования",
        "Совет сослался на свою резолюцию 16/21 от 25 марта 2011 года.",
    ),
    "zh": (
        ["联合国", "大会"],
        ["A/HRC/61/2", "Distr.: General", "30 June 2026", "Chinese", "Original: English"],
        [
            "人权理事会",
            "第六十一届会议",
            "人权理事会第六十一届会议报告",
            "人权理事会第六十一届会议通过的决议和决定",
        ],
        ["决议/决定", "标题", "通过日期", "表决"],
        "技术合作：关于第{k}项的能力建设以及各项建议的后续行动和落实情况的各个方面",
        "2026年4月{d}日",
        "未经表决通过",
        "理事会回顾其2011年3月25日第16/21号决议。",
    ),
}


def _report(lang: str, count: int) -> Report:
    left, right, heading, header, title, date, vote, after = LANGS[lang]
    rows = [header] + [
        [f"61/{k}", title.format(k=k), date.format(d=2 if k <= count // 2 else 3), vote]
        for k in range(1, count + 1)
    ]
    return Report(left, right, heading, rows, after)


# (row id, language, rows of the table, the footer's page)
ROWS = [
    ("english, page alone", "en", 40, "page"),
    ("english, page of pages", "en", 40, "page/pages"),
    ("english, a short table", "en", 18, "page/pages"),
    ("french", "fr", 40, "page/pages"),
    ("spanish", "es", 40, "page"),
    ("russian", "ru", 40, "page/pages"),
    ("chinese", "zh", 40, "page/pages"),
]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    docs = {row: _report(lang, n).fodt(page) for row, lang, n, page in ROWS}
    return libreoffice_rows(docs, tmp_path_factory.mktemp("f27"))


@pytest.mark.parametrize(("row", "lang", "count"), [r[:3] for r in ROWS], ids=[r[0] for r in ROWS])
def test_a_long_table_of_adopted_texts_on_landscape_pages(
    pdfs: dict[str, bytes], row: str, lang: str, count: int
) -> None:
    report = _report(lang, count)
    want = _want(count)
    assert own_and_cited(report.text()) == ("A/HRC/61/2", want)
    got_own, got = own_and_cited(text_of(pdfs[row], f"{row}.pdf"))
    assert (got_own, sorted(want - got), sorted(got - want)) == ("A/HRC/61/2", [], [])


# other bodies' long tables: (row id, the report, its number's id and the date of row k, the
# citation after the table)
_SUBJECT = "The situation in the region: follow-up to the mission of the Council to the area"
_AGENDA = "Provisional agenda and documentation for the session: item {k} of its programme"
_FOOD = "Agricultural development, food security and nutrition: follow-up to item {k}"
OTHER_ROWS = [
    (
        "security council resolutions of a year",
        Report(
            ["United Nations", "Security Council"],
            ["S/2026/30", "Distr.: General", "12 January 2026", "Original: English"],
            [
                "Note by the President of the Security Council",
                "Resolutions adopted by the Security Council in 2025",
            ],
            [["Resolution", "Date of adoption", "Subject"]]
            + [[f"{2780 + k} (2025)", f"{k % 20 + 1} June 2025", _SUBJECT] for k in range(1, 41)],
            "The Council also recalled its resolution 2719 (2023) of 21 December 2023.",
        ),
        lambda k: (f"S/RES/{2780 + k}(2025)", f"2025-06-{k % 20 + 1:02d}"),
        ("S/RES/2719(2023)", "2023-12-21"),
    ),
    (
        "economic and social council decisions",
        Report(
            ["United Nations", "Economic and Social Council"],
            ["E/2026/99", "Distr.: General", "30 July 2026", "Original: English"],
            ["2026 session", "Decisions adopted by the Economic and Social Council at its 2026 session"],
            [["Decision", "Title", "Date of adoption"]]
            + [[f"2026/2{k:02d}", _AGENDA.format(k=k), f"{k % 20 + 1} June 2026"] for k in range(1, 41)],
            "The Council recalled its resolution 2025/14 of 24 July 2025.",
        ),
        lambda k: (f"E/DEC/2026/2{k:02d}", f"2026-06-{k % 20 + 1:02d}"),
        ("E/RES/2025/14", "2025-07-24"),
    ),
    (
        "general assembly resolutions on a committee's reports",
        Report(
            ["United Nations", "General Assembly"],
            ["A/80/900", "Distr.: General", "30 December 2025", "Original: English"],
            [
                "Eightieth session",
                "Resolutions adopted by the General Assembly on the reports of the Second Committee",
            ],
            [["Resolution", "Title", "Date of adoption"]]
            + [[f"80/{100 + k}", _FOOD.format(k=k), f"{k % 20 + 1} December 2025"] for k in range(1, 41)],
            "The Assembly recalled its resolution 79/1 of 22 September 2024.",
        ),
        lambda k: (f"A/RES/80/{100 + k}", f"2025-12-{k % 20 + 1:02d}"),
        ("A/RES/79/1", "2024-09-22"),
    ),
]


@pytest.fixture(scope="module")
def other_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    docs = {row: report.fodt("page/pages") for row, report, _, _ in OTHER_ROWS}
    return libreoffice_rows(docs, tmp_path_factory.mktemp("f27b"))


@pytest.mark.parametrize(("row", "report", "cited", "after"), OTHER_ROWS, ids=[r[0] for r in OTHER_ROWS])
def test_another_bodys_long_table(
    other_pdfs: dict[str, bytes],
    row: str,
    report: Report,
    cited: Callable[[int], tuple[str, str | None]],
    after: tuple[str, str | None],
) -> None:
    own = report.right[0]
    want = {cited(k) for k in range(1, 41)} | {after}
    assert own_and_cited(report.text()) == (own, want)
    got_own, got = own_and_cited(text_of(other_pdfs[row], f"{row}.pdf"))
    assert (got_own, sorted(want - got), sorted(got - want)) == (own, [], [])


def _want(count: int) -> Cited:
    want = {
        (f"A/HRC/RES/61/{k}", "2026-04-02" if k <= count // 2 else "2026-04-03") for k in range(1, count + 1)
    }
    return want | {("A/HRC/RES/16/21", "2011-03-25")}


# (row id, language, the header row in a thead)
BROWSER_ROWS = [
    ("english, header on every page", "en", True),
    ("french, header once", "fr", False),
    ("spanish, header on every page", "es", True),
    ("russian, header once", "ru", False),
    ("chinese, header on every page", "zh", True),
]


@pytest.mark.parametrize(("lang", "thead"), [r[1:] for r in BROWSER_ROWS], ids=[r[0] for r in BROWSER_ROWS])
def test_a_long_table_of_adopted_texts_printed_by_a_browser(
    browser: Any,  # noqa: F811
    lang: str,
    thead: bool,
) -> None:
    report = _report(lang, 40)
    assert own_and_cited(report.text()) == ("A/HRC/61/2", _want(40))
    url = "https://docs.un.org/en/A/HRC/61/2"
    data = browser_print(browser, report.page(thead), "30/06/2026, 10:12", "A/HRC/61/2", url)
    got_own, got = own_and_cited(text_of(data, f"{lang}.pdf"))
    assert (got_own, sorted(_want(40) - got), sorted(got - _want(40))) == ("A/HRC/61/2", [], [])


# -- the same in a text layer's lines, each rule on its own -------------------------------------
_HEAD = (
    "United Nations\nA/HRC/61/2\nGeneral Assembly\nDistr.: General\n30 June 2026\n\n"
    "Human Rights Council\nSixty-first session\n"
    "Resolutions and decisions adopted by the Human Rights Council at its sixty-first session\n"
    "Resolution/decision Title Date of adoption Vote\n"
)


def _rows(
    ks: range, date: str = "2 April 2026", title: tuple[str, ...] = ("Technical cooperation", "in field {k}")
) -> str:
    return "".join(
        f"61/{k} {title[0].format(k=k)}\n"
        + "".join(f"{x.format(k=k)}\n" for x in title[1:])
        + f"{date} Adopted without a vote\n"
        for k in ks
    )


def _every(ks: range, date: str | None = "2026-04-02") -> Cited:
    return {(f"A/HRC/RES/61/{k}", date) for k in ks}


def _spaced_rows(ks: range) -> str:
    """Rows with their cells two spaces apart, the title's next line opening with a space (as a
    right-to-left line does) and the date wrapped in its narrow cell ("2 April⏎2026")."""
    return "".join(
        f"61/{k}  Technical cooperation\n in field {k}\n2 April\n2026\nAdopted without a vote\n" for k in ks
    )


#: a last page's paragraph under the running symbol, with a date of its own, and what it cites
_RECALLED = "A/HRC/61/2\nThe Council recalled its resolution 16/21 of 25 March 2011.\n"
_RECALLED_CITED: Cited = {("A/HRC/RES/16/21", "2011-03-25")}


def _two_pages(page: str) -> str:
    """Four rows over two pages, then ``_RECALLED`` on a third: each page's foot the job number
    and its number as ``page`` writes it ("{n}/4", "{n}"), the last page without a form feed."""
    foot = "26-04417 " + page
    return (
        _HEAD
        + _rows(range(1, 3))
        + foot.format(n=2)
        + "\f"
        + "A/HRC/61/2\n"
        + _rows(range(3, 5))
        + foot.format(n=3)
        + "\f"
        + _RECALLED
        + foot.format(n=4)
    )


# (row id, the text, the citations)
LINE_ROWS = [
    (
        # a row sixty lines under the header, which the page printed once
        "a row far below the header",
        _HEAD + _rows(range(1, 21), title=("Technical cooperation", "in the field", "of item {k}")),
        _every(range(1, 21)),
    ),
    (
        # a title wrapped after a colon; the next line opens in lower case
        "a title wrapped after a colon",
        _HEAD + _rows(range(1, 6), title=("Technical cooperation:", "capacity-building in field {k}")),
        _every(range(1, 6)),
    ),
    (
        # the sentence after the table has a date of its own, and no blank line above it
        "the sentence after the last row",
        _HEAD
        + "61/1 Technical cooperation\nin field 1\n2 April 2026 Adopted without a vote\n"
        + "61/2 Technical cooperation\nin field 2\n"
        + "The Council adopted the present report ad referendum on 3 April 2026.\n",
        {("A/HRC/RES/61/1", "2026-04-02"), ("A/HRC/RES/61/2", None)},
    ),
    (
        # cells set apart by two spaces, the date on a line of its own under the wrapped title
        # (the title's line opening with a space, as a right-to-left line does)
        "cells apart by two spaces, the date below",
        _HEAD + _spaced_rows(range(1, 3)),
        _every(range(1, 3)),
    ),
    (
        # one day's date line ends two pages: the row's, not the pages' running title
        "a date line at two pages' foot (page of pages)",
        _two_pages("{n}/4"),
        _every(range(1, 5)) | _RECALLED_CITED,
    ),
    ("a date line at two pages' foot (page alone)", _two_pages("{n}"), _every(range(1, 5)) | _RECALLED_CITED),
    (
        # a date wrapped in a narrow cell at a page's foot ("2 April⏎2026"), printed so above the
        # heading's rows too
        "a date wrapped at a page's foot",
        _HEAD + _spaced_rows(range(1, 4)) + "26-04417 2/3\f" + _RECALLED + "26-04417 3/3",
        _every(range(1, 4)) | _RECALLED_CITED,
    ),
]


_ARABIC_HEAD = (
    "الأمم المتحدة\nA/HRC/61/2\nالجمعية العامة\nDistr.: General\n30 June 2026\n\nمجلس حقوق الإنسان\n"
    "الدورة الحادية والستون\nالقرارات والمقررات التي اعتمدها مجلس حقوق الإنسان في دورته الحادية والستين\n"
    "القرار/المقرر العنوان تاريخ الاعتماد التصويت\n"
)
LINE_ROWS.append(
    (
        # an Arabic table's rows as LibreOffice draws them: the cells two spaces apart, the title's
        # next line opening with a space, the date over two lines
        "arabic, cells apart by two spaces, the date below",
        _ARABIC_HEAD
        + "".join(
            f"61/{k}  التعاون التقني\n في مجال حقوق الإنسان {k}\n2 نيسان/أبريل\n2026\nاعتُمد دون تصويت\n"
            for k in range(1, 4)
        )
        + "وأشار المجلس إلى قراره 16/21 المؤرخ 25 آذار/مارس 2011.\n",
        _every(range(1, 4)) | {("A/HRC/RES/16/21", "2011-03-25")},
    )
)


@pytest.mark.parametrize(("text", "cited"), [r[1:] for r in LINE_ROWS], ids=[r[0] for r in LINE_ROWS])
def test_a_pdf_tables_lines(text: str, cited: Cited) -> None:
    own, got = own_and_cited(text)
    assert (own, sorted(cited - got), sorted(got - cited)) == ("A/HRC/61/2", [], [])


# a page's frame: the lines that open or end its pages; a table's lines are the page's text
def _pages(lines: list[list[str]], footer: str) -> str:
    return "".join("\n".join(page) + f"\n{footer.format(n=n)}\n\f" for n, page in enumerate(lines, 1))


_ROW = ["61/{k} Technical cooperation", "in the field of item {k}", "2 April 2026 Adopted without a vote"]


def _page_rows(ks: range, row: tuple[str, ...] = tuple(_ROW)) -> list[str]:
    return [x.format(k=k) for k in ks for x in row]


_WRAPPED = (
    "61/{k} Technical cooperation",
    "in the field of human rights",
    "2 April 2026 Adopted without a vote",
)


# (row id, the text, a line, whether the text keeps it: every time it is printed, or none)
FRAME_ROWS = [
    (
        # a footer with a date, on every page: the frame still
        "a dated footer on every page",
        _pages(
            [
                [f"Recalling resolution 79/{k} of the General Assembly,", f"and its decision 79/5{k},"]
                for k in range(4)
            ],
            "Printed from the archive on 3 March 2026",
        ),
        "Printed from the archive on 3 March 2026",
        False,
    ),
    (
        # one day's rows end two pages of three, and stand inside them
        "a table's date line at two pages' foot",
        _pages(
            [_page_rows(range(1, 4)), _page_rows(range(4, 7)), ["The Council closed its session."]], "- {n} -"
        ),
        "2 April 2026 Adopted without a vote",
        True,
    ),
    (
        # a row's wrapped line that ends three pages of four and stands inside them too
        "a table's wrapped line at three pages' foot",
        _pages(
            [
                _page_rows(range(1, 4), _WRAPPED)[:-1],
                _page_rows(range(4, 7), _WRAPPED)[:-1],
                _page_rows(range(7, 10), _WRAPPED)[:-1],
                ["The Council closed its session."],
            ],
            "- {n} -",
        ),
        "in the field of human rights",
        True,
    ),
]


@pytest.mark.parametrize(
    ("text", "line", "kept"), [r[1:] for r in FRAME_ROWS], ids=[r[0] for r in FRAME_ROWS]
)
def test_a_pages_frame_and_a_tables_lines(text: str, line: str, kept: bool) -> None:
    from rescite.engine.normalise import normalise

    assert line in text
    assert normalise(text).text.count(line) == (text.count(line) if kept else 0)
