"""Official files as they come (issue 7, session 47), read from files built here.

Whole official documents of kinds not swept before (a Main Committee's report with its draft
resolutions in full, the Economic and Social Council's volume of adopted texts, a Human Rights
Council session report with its texts in full, executive boards' decision tables, an annotated
provisional agenda, a resolution's corrigendum, a revised draft of the Environment Assembly, the
Security Council's annual report in Arabic) were made into PDF and Word files in every official
layout and read back; what they taught:

* an executive board's table of its own decisions ("2026/20 | Structured funding dialogue |
  11 September 2026", as a Word table reads) under a sentence that cites an Assembly text
  before it names the table's texts ("In accordance with General Assembly resolution 79/226 of
  19 December 2024, the Executive Board adopted the following decisions:", fr "Conformément à
  la résolution 79/226 de l'Assemblée générale, … le Conseil d'administration a adopté les
  décisions suivantes :", es, ru, zh "根据大会2024年12月19日第79/226号决议，执行局通过了以下决定：")
  lists the board's decisions (and a Council's table under "… the Council adopted the following
  resolutions:" the Council's resolutions, not the Assembly's): a body's name and a noun that a
  cited text's number follows or precedes in its clause are that text's, not the table's; the
  line's own noun ("decisions") and the body it names apart from the citation give the table's
  kind and body (the rows were read as resolutions of the Economic and Social Council,
  `E/RES/2026/20`: the Assembly's name and the noun "resolution" beside 79/226 made the table's
  body unclear and its kind resolutions); a board's texts have no id scheme here, so the rows
  stay unresolved with their reason; where the line names no other body, the rows are the
  citing body's;
* a volume's contents page set in two columns (a browser's or LibreOffice's narrow column)
  has no room for an entry's page number after its leader: the leader ends the line, the page
  number stands alone on the next ("70/1 Title . . . . .⏎3"), or the entry's title wraps onto
  the next line, which the leader and page end ("Décision 70/101 Ordre du jour provisoire de
  la⏎soixante et onzième session … . . . . 3"): such an entry, of a text the volume holds, is
  no citation of it (was cited, as the report's: `E/CN.6/DEC/70/101`), as on one line;
* the Security Council's meetings passed 10000 in 2025: a numbered element of five figures
  ("S/PV.10010", "S/PV.10125 (Resumption 1)") is read whole (was `S/PV.1001`, a meeting of
  1962); a smaller number keeps its four figures at most.

Every passage is written for these tests in UN style (numbers, dates and titles invented);
each row fails on 7a1fdbdd but the look-alikes, which pass on both."""

from __future__ import annotations

import pytest

from official_files import Official, word
from rescite.engine.extract import extract_text
from rescite.models import ExtractResult
from rescite.read import text_of


def _resolved(res: ExtractResult) -> set[tuple[str, str | None]]:
    """Each resolved record's target and date."""
    return {(str(c.target), c.date) for c in res.citations if c.target}


def _unresolved(res: ExtractResult) -> list[tuple[str, str | None]]:
    """Each unresolved mention as written, with its date."""
    return [(c.text, c.date) for c in res.citations if c.target is None]


# -- 1. a board's table of its own decisions under a sentence that cites an Assembly text -----
_UNDP = (
    "Executive Board of the United Nations Development Programme, the United Nations Population "
    "Fund and the United Nations Office for Project Services"
)
_UNDP_ES = (
    "Junta Ejecutiva del Programa de las Naciones Unidas para el Desarrollo, del Fondo de Población "
    "de las Naciones Unidas y de la Oficina de las Naciones Unidas de Servicios para Proyectos"
)
_UNDP_RU = (
    "Исполнительный совет Программы развития Организации Объединенных Наций, Фонда Организации "
    "Объединенных Наций в области народонаселения и Управления Организации Объединенных Наций по "
    "обслуживанию проектов"
)
BOARD_ROWS: list[tuple[str, str, set[tuple[str, str | None]], list[tuple[str, str | None]]]] = [
    (
        "en-assembly-then-board",
        f"United Nations\nDP/FPA/2026/11\n{_UNDP}\nDistr.: General\n20 September 2026\n\n"
        "Second regular session 2026\n\n"
        "In accordance with General Assembly resolution 79/226 of 19 December 2024, the Executive "
        "Board adopted the following decisions:\n"
        "Number | Title | Date of adoption\n"
        "2026/20 | Structured funding dialogue | 11 September 2026\n"
        "2026/21 | Evaluation | 11 September 2026\n",
        {("A/RES/79/226", "2024-12-19")},
        [("2026/20", "2026-09-11"), ("2026/21", "2026-09-11")],
    ),
    (
        "en-assembly-only-then-decisions",
        f"United Nations\nDP/FPA/2026/12\n{_UNDP}\nDistr.: General\n21 September 2026\n\n"
        "Pursuant to General Assembly resolution 79/226 of 19 December 2024, the following "
        "decisions were adopted:\n"
        "Number | Title | Date of adoption\n"
        "2026/22 | Annual report on evaluation | 11 September 2026\n",
        {("A/RES/79/226", "2024-12-19")},
        [("2026/22", "2026-09-11")],
    ),
    (
        "fr-assembly-then-board",
        "Nations Unies\nE/ICEF/2026/8\nConseil économique et social\nDistr. générale\n20 juin 2026\n\n"
        "Fonds des Nations Unies pour l’enfance\nConseil d’administration\n\n"
        "Conformément à la résolution 79/226 de l’Assemblée générale, en date du 19 décembre 2024, "
        "le Conseil d’administration a adopté les décisions suivantes :\n"
        "Numéro | Titre | Date d’adoption\n"
        "2026/7 | Rapport annuel de la Directrice générale | 12 juin 2026\n"
        "2026/8 | Évaluation | 13 juin 2026\n",
        {("A/RES/79/226", "2024-12-19")},
        [("2026/7", "2026-06-12"), ("2026/8", "2026-06-13")],
    ),
    (
        "es-assembly-then-board",
        f"Naciones Unidas\nDP/FPA/2026/11\n{_UNDP_ES}\nDistr. general\n20 de septiembre de 2026\n\n"
        "De conformidad con la resolución 79/226 de la Asamblea General, de 19 de diciembre de 2024, "
        "la Junta Ejecutiva adoptó las decisiones siguientes:\n"
        "Número | Título | Fecha de aprobación\n"
        "2026/20 | Diálogo estructurado sobre la financiación | 11 de septiembre de 2026\n",
        {("A/RES/79/226", "2024-12-19")},
        [("2026/20", "2026-09-11")],
    ),
    (
        "ru-assembly-then-board",
        f"Организация Объединенных Наций\nDP/2026/18\n{_UNDP_RU}\nDistr.: General\n12 июня 2026 года\n\n"
        "В соответствии с резолюцией 79/226 Генеральной Ассамблеи от 19 декабря 2024 года "
        "Исполнительный совет принял следующие решения:\n"
        "Номер | Название | Дата принятия\n"
        "2026/9 | Годовой доклад Администратора | 5 июня 2026 года\n"
        "2026/10 | Оценка | 5 июня 2026 года\n",
        {("A/RES/79/226", "2024-12-19")},
        [("2026/9", "2026-06-05"), ("2026/10", "2026-06-05")],
    ),
    (
        "zh-assembly-then-board",
        "联合国\nE/ICEF/2026/8\n经济及社会理事会\nDistr.: General\n2026年6月20日\n\n"
        "联合国儿童基金会执行局\n\n"
        "根据大会2024年12月19日第79/226号决议，执行局通过了以下决定：\n"
        "编号 | 标题 | 通过日期\n"
        "2026/7 | 执行主任的年度报告 | 2026年6月12日\n"
        "2026/8 | 评价 | 2026年6月13日\n",
        {("A/RES/79/226", "2024-12-19")},
        [("2026/7", "2026-06-12"), ("2026/8", "2026-06-13")],
    ),
]


BOARD_ROWS += [
    (
        "ar-assembly-then-board",
        "الأمم المتحدة\nDP/2026/18\nالمجلس التنفيذي لبرنامج الأمم المتحدة الإنمائي وصندوق الأمم المتحدة "
        "للسكان ومكتب الأمم المتحدة لخدمات المشاريع\nDistr.: General\n12 حزيران/يونيه 2026\n\n"
        "وفقا لقرار الجمعية العامة 79/226 المؤرخ 19 كانون الأول/ديسمبر 2024، اعتمد المجلس التنفيذي "
        "المقررات التالية:\n"
        "الرقم | العنوان | تاريخ الاعتماد\n"
        "2026/9 | التقرير السنوي لمدير البرنامج | 5 حزيران/يونيه 2026\n",
        {("A/RES/79/226", "2024-12-19")},
        [("2026/9", "2026-06-05")],
    ),
]


# the Council's own resolutions under a sentence that cites the Assembly's: the Council's
# (were the Assembly's, undated)
def test_a_councils_table_under_a_sentence_that_cites_an_assembly_text() -> None:
    text = (
        "United Nations\nA/HRC/62/2\nGeneral Assembly\n\nHuman Rights Council\nSixty-second session\n\n"
        "In accordance with General Assembly resolution 60/251 of 15 March 2006, the Council adopted "
        "the following resolutions:\n"
        "Number | Title | Date of adoption\n"
        "62/1 | Technical cooperation | 8 October 2026\n"
        "62/2 | The right to development | 9 October 2026\n"
    )
    assert _resolved(extract_text(text, source="en-council-table")) == {
        ("A/RES/60/251", "2006-03-15"),
        ("A/HRC/RES/62/1", "2026-10-08"),
        ("A/HRC/RES/62/2", "2026-10-09"),
    }


@pytest.mark.parametrize(("name", "text", "cited", "unresolved"), BOARD_ROWS, ids=[r[0] for r in BOARD_ROWS])
def test_a_boards_table_under_a_sentence_that_cites_an_assembly_text(
    name: str, text: str, cited: set[tuple[str, str | None]], unresolved: list[tuple[str, str | None]]
) -> None:
    res = extract_text(text, source=name)
    assert _resolved(res) == cited, sorted(_resolved(res))
    assert _unresolved(res) == unresolved
    assert all("no id scheme" in (c.reason or "") for c in res.citations if c.target is None)


def test_a_boards_table_in_a_word_file() -> None:
    """The table as a Word file holds it (a table of cells after the sentence's paragraph)."""
    doc = Official(
        lang="en",
        symbol="DP/FPA/2026/11",
        left=["United Nations", _UNDP],
        right=["DP/FPA/2026/11", "Distr.: General", "20 September 2026"],
        top=["Second regular session 2026", "New York, 8–11 September 2026"],
        head=["Decisions adopted by the Executive Board at its second regular session 2026"],
        body=[
            "The Executive Board, recalling General Assembly resolution 79/226 of 19 December 2024, "
            "adopted the following decisions, which recall its decisions 2025/14 and 2024/21:"
        ],
        rows=[
            ["Number", "Title", "Date of adoption"],
            ["2026/20", "Structured funding dialogue", "11 September 2026"],
            ["2026/21", "Evaluation", "11 September 2026"],
        ],
    )
    for where in ("header", "body", "footer"):
        res = extract_text(text_of(word(doc, where), f"board-{where}.docx"), source=f"board-{where}.docx")
        assert res.document.source_id == "DP/FPA/2026/11"
        assert _resolved(res) == {("A/RES/79/226", "2024-12-19")}, (where, sorted(_resolved(res)))
        assert [n for n, _ in _unresolved(res)] == ["2025/14", "2024/21", "2026/20", "2026/21"]


# look-alikes: a heading that names the table's texts only by the numbers it cites (the
# Assembly's table stays the Assembly's); the Commission's older texts under a sentence that
# cites the Assembly (a noun of the table's own: the short name is the table's); a table under
# a heading with no number (read as before)
BOARD_LOOKALIKES: list[tuple[str, str, set[tuple[str, str | None]]]] = [
    (
        "en-assembly-numbers-heading",
        "United Nations\nA/80/PV.55\nGeneral Assembly\n\nGeneral Assembly resolutions 80/1 to 80/3\n"
        "Number | Title | Date of adoption\n"
        "80/1 | Declaration on the eightieth anniversary | 22 September 2025\n"
        "80/2 | Cooperation with regional organizations | 15 October 2025\n",
        {
            ("A/RES/80/1", None),
            ("A/RES/80/2", None),
            ("A/RES/80/3", None),
            ("A/RES/80/1", "2025-09-22"),
            ("A/RES/80/2", "2025-10-15"),
        },
    ),
    (
        "en-board-heading-without-number",
        f"United Nations\nDP/FPA/2026/13\n{_UNDP}\nDistr.: General\n22 September 2026\n\n"
        "Decisions adopted by the Executive Board in 2026\n"
        "Number | Title | Date of adoption\n"
        "2026/23 | Country programmes | 11 September 2026\n",
        set(),
    ),
]


@pytest.mark.parametrize(("name", "text", "cited"), BOARD_LOOKALIKES, ids=[r[0] for r in BOARD_LOOKALIKES])
def test_a_boards_table_lookalikes(name: str, text: str, cited: set[tuple[str, str | None]]) -> None:
    assert _resolved(extract_text(text, source=name)) == cited


# -- 2. a contents page in two columns: the leader ends the line, or the title wraps ------------
def _volume(contents: str) -> str:
    """A Commission's session report (the text layer of a page in two columns) whose contents
    list the two texts it holds, then the texts under their headings."""
    return (
        "Nations Unies\nConseil économique et social\nE/2026/27\nDistr. générale\n2 avril 2026\n"
        "Commission de la condition de la femme\nRapport sur la soixante-dixième session\n"
        f"Table des matières\n{contents}"
        "Résolution 70/4\nSituation des femmes et assistance à leur apporter\ndans la région\n"
        "La Commission de la condition de la femme,\nRappelant sa résolution 68/2 du 22 mars 2024,\n"
        "1. Décide de poursuivre l’examen de la question.\n"
        "Décision 70/103\nOrdre du jour provisoire de la soixante et onzième\nsession de la Commission\n"
        "À sa 12e séance, le 20 mars 2026, la Commission a\napprouvé l’ordre du jour provisoire\n"
        "(E/CN.6/2026/L.5).\nE/2026/27\n25-20456 1/1\n"
    )


_HELD = {
    ("E/CN.6/RES/70/4", "E/CN.6/RES/68/2", "2024-03-22"),
    ("E/CN.6/DEC/70/103", "E/CN.6/2026/L.5", None),
}
CONTENTS_ROWS: list[tuple[str, str]] = [
    (
        "fr-page-alone-after-leader",
        "Résolution 70/4 Situation des femmes et assistance à leur apporter dans la région . . . . .\n2\n"
        "Décision 70/103 Ordre du jour provisoire . . . . . . . . . . . . . . . . . . .\n3\n",
    ),
    (
        "fr-title-wraps-before-page",
        "Résolution 70/4 Situation des femmes et assistance à\nleur apporter dans la région . . . . . 2\n"
        "Décision 70/103 Ordre du jour provisoire de la\n"
        "soixante et onzième session de la Commission . . . . . 3\n",
    ),
    (
        "fr-title-wraps-leader-ends-line",
        "Résolution 70/4 Situation des femmes et assistance à\nleur apporter dans la région . . . . .\n2\n"
        "Décision 70/103 Ordre du jour provisoire de la\n"
        "soixante et onzième session de la Commission . . . . .\n3\n",
    ),
]


# the same on a full page: a long title wraps before its leader and page number
RU_VOLUME = (
    "Организация Объединенных Наций\nЭкономический и Социальный Совет\nE/2026/27\nDistr.: General\n"
    "2 апреля 2026 года\nКомиссия по положению женщин\nДоклад о работе семидесятой сессии\nСодержание\n"
    "Резолюция 70/4 Положение женщин в сельских районах . . . . . . . . . . . . . . . . . . . . . . . 2\n"
    "Решение 70/103 Предварительная повестка дня семьдесят первой сессии Комиссии по положению\n"
    "женщин . . . . . . . 3\n"
    "Резолюция 70/4\nПоложение женщин в сельских районах\nКомиссия по положению женщин,\n"
    "ссылаясь на свою резолюцию 68/2 от 22 марта 2024 года,\n"
    "1. постановляет продолжить рассмотрение этого вопроса.\n"
    "Решение 70/103\nПредварительная повестка дня семьдесят первой сессии Комиссии по положению женщин\n"
    "На своем 12-м заседании 20 марта 2026 года Комиссия утвердила предварительную повестку дня "
    "(E/CN.6/2026/L.5).\n"
)


def test_a_contents_entry_whose_title_wraps_on_a_full_page() -> None:
    res = extract_text(RU_VOLUME, source="ru-title-wraps")
    assert res.document.source_id == "E/2026/27"
    assert _sourced(res) == _HELD, sorted(_sourced(res), key=str)


def _sourced(res: ExtractResult) -> set[tuple[str | None, str, str | None]]:
    return {(c.source_id, str(c.target), c.date) for c in res.citations if c.target}


@pytest.mark.parametrize(("name", "contents"), CONTENTS_ROWS, ids=[r[0] for r in CONTENTS_ROWS])
def test_a_contents_page_in_two_columns(name: str, contents: str) -> None:
    res = extract_text(_volume(contents), source=name)
    assert res.document.source_id == "E/2026/27"
    assert _sourced(res) == _HELD, sorted(_sourced(res), key=str)


# look-alikes: an entry of a text the volume does not hold stays a citation (as on one line);
# a sentence that ends with an ellipsis before a line of a figure is no entry
CONTENTS_LOOKALIKES: list[tuple[str, str, set[tuple[str | None, str, str | None]]]] = [
    (
        "fr-entry-of-a-text-not-held",
        _volume("Décision 70/108 Nomination des membres du Groupe de travail . . . . . . . . .\n5\n"),
        _HELD | {("E/2026/27", "E/CN.6/DEC/70/108", None)},
    ),
    (
        "en-ellipsis-before-figure",
        "United Nations\nE/CN.6/2026/3\nEconomic and Social Council\nDistr.: General\n4 January 2026\n\n"
        "Commission on the Status of Women\n\n"
        "12. The Commission recalled its resolution 68/2 and the measures it listed . . .\n"
        "13\nof them were implemented in the period under review.\n",
        {("E/CN.6/2026/3", "E/CN.6/RES/68/2", None)},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "want"), CONTENTS_LOOKALIKES, ids=[r[0] for r in CONTENTS_LOOKALIKES]
)
def test_a_contents_page_in_two_columns_lookalikes(
    name: str, text: str, want: set[tuple[str | None, str, str | None]]
) -> None:
    assert _sourced(extract_text(text, source=name)) == want


# -- 3. a meeting's record of five figures -----------------------------------------------------
MEETING_ROWS: list[tuple[str, str, set[str]]] = [
    (
        "en-meeting-record",
        "At its 10010th meeting (see S/PV.10010), the Council heard a briefing by the Special Envoy.",
        {"S/PV.10010"},
    ),
    (
        "fr-meeting-resumed",
        "Le Conseil a poursuivi l’examen de la question à ses 10125e et 10131e séances "
        "(voir S/PV.10125 (Reprise 1) et S/PV.10131).",
        # (the resumed meeting's record, its bracket in French: test_formats48)
        {"S/PV.10125(Resumption1)", "S/PV.10131"},
    ),
    (
        "ar-meeting-record",
        "وفي الجلسة 10088 (انظر S/PV.10088)، استمع المجلس إلى إحاطة.",
        {"S/PV.10088"},
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), MEETING_ROWS, ids=[r[0] for r in MEETING_ROWS])
def test_a_meeting_record_of_five_figures(name: str, text: str, want: set[str]) -> None:
    got = {str(c.target) for c in extract_text(text, source=name).citations if c.target}
    assert got == want, sorted(got)


# look-alikes: a meeting of four figures; a summary record's number of two
MEETING_LOOKALIKES: list[tuple[str, str, set[str]]] = [
    (
        "en-four-figures",
        "See the record of the meeting (S/PV.9998) and A/C.3/81/SR.12.",
        {"S/PV.9998", "A/C.3/81/SR.12"},
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), MEETING_LOOKALIKES, ids=[r[0] for r in MEETING_LOOKALIKES])
def test_a_meeting_record_of_five_figures_lookalikes(name: str, text: str, want: set[str]) -> None:
    got = {str(c.target) for c in extract_text(text, source=name).citations if c.target}
    assert got == want, sorted(got)
