"""Official PDF and Word files as they come (issue 7, session 52), read from texts and files built here.

Word files of kinds not swept before (draft resolutions of a Main Committee and of the Security
Council, a Main Committee's report with its recommended draft, a note verbale with its annex,
the Human Rights Council's draft resolutions, the Economic and Social Council's decisions; six
languages) were made in the shapes the Official Document System gives (the symbol in first-page,
even and odd header parts, content controls, text boxes and frames holding the masthead, fields,
footnotes and endnotes parts, tracked changes, list numbers from numbering.xml, a masthead table
with merged cells, a second section with headers of its own, Word 97 files LibreOffice converted)
and read back: each gave the own id and citations of its text file.  The volumes' leftovers
taught:

* a table's row led by an adopted text's full symbol, its date in a cell of its own ("A/RES/79/1 |
  The Pact for the Future | 22 September 2024", a Word table) or ending the row's line among rows
  led by symbols of the same series (a PDF's "S/RES/2735 (2024) Title 10 June 2024", its title
  wrapped over lines perhaps), is dated by that cell (was undated, or given the date that ended
  the row above; a number leading a row was dated already);
* a volume in parts, its texts under the first ("Part I. Resolutions", fr "Partie I", es "Parte
  I", ru "Часть I"), its next part after its last text ("Part II. Decisions and statements of the
  President"): the last text ends where the next part opens, and what follows is the volume's own
  (the presidential statements' records were given to the last resolution of Part I);
* a table's first row under a title that names its texts and their body, its title cell opening
  with another body's name ("Resolutions adopted by the Economic and Social Council⏎2026/7
  Economic Commission for Africa: programme of work 23 July 2026", "2026/207 Regional Council of
  …", fr "Conseil régional …"): the number is the title's body's (was an unresolved record of
  the Commission's or of another organisation's);
* a Chinese table under its title that ends with the noun ("经济及社会理事会通过的决议⏎2026/7 区域
  合作 2026年7月23日⏎2026/8 …"): its rows after the first are read (were lost);
* a Chinese note's number glued to its first character under the rule above the notes
  ("__________⏎1见A/80/312。", a text layer or Word file that sets no blank after it): the note is
  read as a note (was read as the paragraph above's text).

Every passage is written for these tests in UN style (numbers, dates and titles invented);
each row fails on aa23089d but the look-alikes, which pass on both."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text
from rescite.read import text_of
from test_formats_word import docx, p, table

#: (the records' target and date)
Cited = set[tuple[str, str | None]]


def _dates(text: str) -> dict[str, str | None]:
    """Each resolved record's target and date, the text under a volume's masthead."""
    res = extract_text("United Nations\nA/81/49 (Vol. I)\n\n" + text)
    return {str(c.target): c.date for c in res.citations if c.target}


def _owners(text: str) -> dict[str, str | None]:
    """Each resolved record's target and the id of the text it stands in."""
    return {str(c.target): c.source_id for c in extract_text(text).citations if c.target}


# -- 1. a table's row led by an adopted text's full symbol ------------------------------------
SYMBOL_ROWS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en-pipe",
        "Resolutions adopted by the General Assembly\n"
        "Symbol | Title | Date of adoption\n"
        "A/RES/81/4 | Cooperation on inland water transport | 20 October 2026\n"
        "A/RES/81/5 | Rural electrification | 3 November 2026\n",
        {"A/RES/81/4": "2026-10-20", "A/RES/81/5": "2026-11-03"},
    ),
    (
        "fr-pdf-council",
        "Résolutions adoptées par le Conseil de sécurité\n"
        "S/RES/2841 (2026) La situation au Sahel 14 janvier 2026\n"
        "S/RES/2842 (2026) Non-prolifération 29 janvier 2026\n",
        {"S/RES/2841(2026)": "2026-01-14", "S/RES/2842(2026)": "2026-01-29"},
    ),
    (
        "es-pipe-ecosoc",
        "Resoluciones aprobadas por el Consejo Económico y Social\n"
        "Signatura | Título | Fecha de aprobación\n"
        "E/RES/2026/7 | Cooperación regional | 22 de julio de 2026\n",
        {"E/RES/2026/7": "2026-07-22"},
    ),
    (
        "en-pdf-wrapped",
        "Resolutions adopted by the General Assembly\n"
        "Symbol Title Date of adoption\n"
        "A/RES/81/4 Cooperation on inland \nwater transport\n20 October 2026\n"
        "A/RES/81/5 Rural electrification 3 November 2026\n"
        "The Assembly also adopted two decisions at the same meeting.\n",
        {"A/RES/81/4": "2026-10-20", "A/RES/81/5": "2026-11-03"},
    ),
    (
        "ru-pdf",
        "Резолюции, принятые Генеральной Ассамблеей\n"
        "A/RES/81/12 Сотрудничество в области транспорта 5 ноября 2026 года\n"
        "A/RES/81/13 Электрификация сельских районов 5 ноября 2026 года\n",
        {"A/RES/81/12": "2026-11-05", "A/RES/81/13": "2026-11-05"},
    ),
    (
        "ar-pipe",
        "القرارات التي اتخذتها الجمعية العامة\n"
        "الرمز | العنوان | تاريخ الاتخاذ\n"
        "A/RES/81/20 | التعاون في مجال النقل | 9 تشرين الثاني/نوفمبر 2026\n",
        {"A/RES/81/20": "2026-11-09"},
    ),
    (
        "zh-pipe-decision",
        "大会通过的决定\n文号 | 标题 | 通过日期\nA/DEC/81/510 | 内河运输合作 | 2026年12月16日\n",
        {"A/DEC/81/510": "2026-12-16"},
    ),
]
#: look-alikes (pass on both): a sentence led by a symbol that ends with a date, no row among rows
#: of its series; a row whose last cell is no date; a symbol inside a row's title cell
SYMBOL_LOOK_ALIKES: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en-sentence",
        "The secretariat noted the following.\n"
        "A/RES/81/4 was taken up again by the working group at its meeting in 2026 on 20 October 2026\n",
        {"A/RES/81/4": None},
    ),
    (
        "en-no-date-cell",
        "Symbol | Title | Vote\n"
        "A/RES/81/4 | Cooperation on inland water transport | adopted without a vote\n",
        {"A/RES/81/4": None},
    ),
    (
        "fr-in-title-cell",
        "Cote | Titre | Date\nA/81/240 | Suite donnée à la résolution A/RES/80/12 | 3 mars 2026\n",
        {"A/RES/80/12": None},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "want"),
    SYMBOL_ROWS + SYMBOL_LOOK_ALIKES,
    ids=[r[0] for r in SYMBOL_ROWS + SYMBOL_LOOK_ALIKES],
)
def test_row_led_by_full_symbol_dated_by_its_cell(name: str, text: str, want: dict[str, str | None]) -> None:
    got = _dates(text)
    assert {k: got.get(k, "missing") for k in want} == want


def test_word_table_of_symbols() -> None:
    """The same as a Word file's table under its title (a volume's list of its texts)."""
    rows = [
        ["Symbol", "Title", "Date of adoption"],
        ["A/RES/81/4", "Cooperation on inland water transport", "20 October 2026"],
        ["A/RES/81/5", "Rural electrification", "3 November 2026"],
    ]
    data = docx(
        p("Resolutions adopted by the General Assembly") + table([[p(c) for c in r] for r in rows]),
        headers={"header1.xml": p("A/81/49 (Vol. I)")},
    )
    got = _dates(text_of(data, "volume.docx"))
    assert got["A/RES/81/4"] == "2026-10-20"
    assert got["A/RES/81/5"] == "2026-11-03"


# -- 2. a volume in parts: the next part ends the last text ------------------------------------
_EN_VOLUME = (
    "United Nations\n"
    "S/INF/81\n"
    "Security Council\n\n"
    "Resolutions and decisions of the Security Council\n"
    "1 August 2025–31 July 2026\n\n"
    "{p1}\n\n"
    "Resolution 2851 (2026)\n"
    "Adopted by the Security Council at its 10210th meeting, on 4 June 2026\n"
    "The Security Council,\n"
    "Recalling its resolution 2417 (2018),\n"
    "1. Decides to remain seized of the matter.\n\n"
    "Resolution 2852 (2026)\n"
    "Adopted by the Security Council at its 10218th meeting, on 12 June 2026\n"
    "The Security Council,\n"
    "Recalling its resolution 2573 (2021),\n"
    "1. Decides to remain seized of the matter.\n\n"
    "{p2}\n\n"
    "Protection of civilians in armed conflict\n"
    "At its 10225th meeting, on 19 June 2026, the President made the following statement on "
    "behalf of the Council (S/PRST/2026/6):\n"
    "\u201cThe Security Council recalls its resolution 2286 (2016) and the report of the "
    "Secretary-General (S/2026/470).\u201d\n"
)
PART_ROWS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        _EN_VOLUME.format(p1="Part I. Resolutions", p2="Part II. Decisions and statements of the President"),
        {"S/RES/2573(2021)": "S/RES/2852(2026)", "S/RES/2286(2016)": "S/INF/81", "S/2026/470": "S/INF/81"},
    ),
    (
        "en-capitals",
        _EN_VOLUME.format(p1="PART I", p2="PART II"),
        {"S/RES/2573(2021)": "S/RES/2852(2026)", "S/RES/2286(2016)": "S/INF/81"},
    ),
    (
        "fr",
        "Nations Unies\n"
        "S/INF/81\n"
        "Conseil de sécurité\n\n"
        "Résolutions et décisions du Conseil de sécurité\n\n"
        "Partie I. Résolutions\n\n"
        "Résolution 2851 (2026)\n"
        "Adoptée par le Conseil de sécurité à sa 10210e séance, le 4 juin 2026\n"
        "Le Conseil de sécurité,\n"
        "Rappelant sa résolution 2417 (2018),\n"
        "1. Décide de rester saisi de la question.\n\n"
        "Partie II. Décisions et déclarations du Président\n\n"
        "À sa 10225e séance, le 19 juin 2026, le Président a fait une déclaration au nom du Conseil "
        "(S/PRST/2026/6), dans laquelle le Conseil rappelle sa résolution 2286 (2016).\n",
        {"S/RES/2417(2018)": "S/RES/2851(2026)", "S/RES/2286(2016)": "S/INF/81"},
    ),
    (
        "es",
        "Naciones Unidas\n"
        "S/INF/81\n"
        "Consejo de Seguridad\n\n"
        "Resoluciones y decisiones del Consejo de Seguridad\n\n"
        "Parte I: Resoluciones\n\n"
        "Resolución 2851 (2026)\n"
        "Aprobada por el Consejo de Seguridad en su 10210ª sesión, celebrada el 4 de junio de 2026\n"
        "El Consejo de Seguridad,\n"
        "Recordando su resolución 2417 (2018),\n"
        "1. Decide seguir ocupándose de la cuestión.\n\n"
        "Parte II: Decisiones y declaraciones de la Presidencia\n\n"
        "En su 10225ª sesión, celebrada el 19 de junio de 2026, la Presidencia formuló una "
        "declaración en nombre del Consejo (S/PRST/2026/6), en la que el Consejo recuerda su "
        "resolución 2286 (2016).\n",
        {"S/RES/2417(2018)": "S/RES/2851(2026)", "S/RES/2286(2016)": "S/INF/81"},
    ),
    (
        "ru",
        "Организация Объединенных Наций\n"
        "S/INF/81\n"
        "Совет Безопасности\n\n"
        "Резолюции и решения Совета Безопасности\n\n"
        "Часть I. Резолюции\n\n"
        "Резолюция 2851 (2026)\n"
        "принята Советом Безопасности на его 10210-м заседании 4 июня 2026 года\n"
        "Совет Безопасности,\n"
        "ссылаясь на свою резолюцию 2417 (2018),\n"
        "1. постановляет продолжать заниматься этим вопросом.\n\n"
        "Часть II. Решения и заявления Председателя\n\n"
        "На своем 10225-м заседании 19 июня 2026 года Председатель сделал от имени Совета "
        "заявление (S/PRST/2026/6), в котором Совет ссылается на свою резолюцию 2286 (2016).\n",
        {"S/RES/2417(2018)": "S/RES/2851(2026)", "S/RES/2286(2016)": "S/INF/81"},
    ),
]
#: look-alikes (pass on both): no part's line above the first text (a "Part II" in a text's annex
#: is the text's own); a part's line that is a sentence ("Part II of the report …")
PART_LOOK_ALIKES: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en-annex-part",
        _EN_VOLUME.format(p1="", p2="Annex\nPart II. Institutional arrangements"),
        {"S/RES/2573(2021)": "S/RES/2852(2026)", "S/RES/2286(2016)": "S/RES/2852(2026)"},
    ),
    (
        "en-part-sentence",
        _EN_VOLUME.format(p1="Part I. Resolutions", p2="Part II of the report of the Secretary-General"),
        {"S/RES/2286(2016)": "S/RES/2852(2026)"},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "want"), PART_ROWS + PART_LOOK_ALIKES, ids=[r[0] for r in PART_ROWS + PART_LOOK_ALIKES]
)
def test_next_part_ends_the_last_text(name: str, text: str, want: dict[str, str | None]) -> None:
    got = _owners(text)
    assert {k: got.get(k, "missing") for k in want} == want


# -- 3. a table's first row whose title cell opens with another body's name ----------------------
_ROW_TAIL = {
    "en": "2026/8 Support to small island developing States 23 July 2026\n",
    "fr": "2026/8 Appui aux petits États insulaires en développement 23 juillet 2026\n",
    "es": "2026/8 Apoyo a los pequeños Estados insulares en desarrollo 23 de julio de 2026\n",
    "ar": "2026/8 دعم الدول الجزرية الصغيرة النامية 23 تموز/يوليه 2026\n",
}
TITLE_CELL_ROWS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en-commission",
        "Resolutions adopted by the Economic and Social Council\n"
        "2026/7 Economic Commission for Africa: programme of work 23 July 2026\n" + _ROW_TAIL["en"],
        {"E/RES/2026/7": "2026-07-23", "E/RES/2026/8": "2026-07-23"},
    ),
    (
        "en-regional-council",
        "Decisions adopted by the Economic and Social Council\n"
        "2026/207 Regional Council of the Pacific islands: observer status 23 July 2026\n"
        "2026/208 Support to small island developing States 23 July 2026\n",
        {"E/DEC/2026/207": "2026-07-23", "E/DEC/2026/208": "2026-07-23"},
    ),
    (
        "fr-regional-council",
        "Résolutions adoptées par le Conseil économique et social\n"
        "2026/7 Conseil régional du Pacifique : statut d’observateur 23 juillet 2026\n" + _ROW_TAIL["fr"],
        {"E/RES/2026/7": "2026-07-23", "E/RES/2026/8": "2026-07-23"},
    ),
    (
        "es-commission",
        "Resoluciones aprobadas por el Consejo Económico y Social\n"
        "2026/7 Comisión Económica para África: programa de trabajo 23 de julio de 2026\n" + _ROW_TAIL["es"],
        {"E/RES/2026/7": "2026-07-23", "E/RES/2026/8": "2026-07-23"},
    ),
    (
        "ar-commission",
        "القرارات التي اتخذها المجلس الاقتصادي والاجتماعي\n"
        "2026/7 اللجنة الاقتصادية لأفريقيا: برنامج العمل 23 تموز/يوليه 2026\n" + _ROW_TAIL["ar"],
        {"E/RES/2026/7": "2026-07-23", "E/RES/2026/8": "2026-07-23"},
    ),
]
#: look-alikes (pass on both): a body named after the number by a link word in a sentence; a body's
#: name right after a number a sentence wrapped to the next line (the noun ends the line above,
#: no body named with it)
TITLE_CELL_LOOK_ALIKES: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en-sentence-link",
        "The Council took note of resolution 2026/7 of the Economic Commission for Africa.\n",
        {"E/RES/2026/7": "missing"},
    ),
    (
        "ru-wrapped-genitive",
        "Совет принял к сведению резолюцию\n2026/7 Экономической комиссии для Африки о программе работы.\n",
        {"E/RES/2026/7": "missing"},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "want"),
    TITLE_CELL_ROWS + TITLE_CELL_LOOK_ALIKES,
    ids=[r[0] for r in TITLE_CELL_ROWS + TITLE_CELL_LOOK_ALIKES],
)
def test_first_row_title_cell_names_no_body(name: str, text: str, want: dict[str, str | None]) -> None:
    got = _dates(text)
    assert {k: got.get(k, "missing") for k in want} == want


# -- 4. a Chinese table under its title that ends with the noun -----------------------------------
CHINESE_ROWS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "zh-ecosoc",
        "经济及社会理事会通过的决议\n"
        "2026/7 区域合作 2026年7月23日\n"
        "2026/8 支助小岛屿发展中国家 2026年7月23日\n"
        "2026/9 统计工作 2026年7月24日\n",
        {"E/RES/2026/7": "2026-07-23", "E/RES/2026/8": "2026-07-23", "E/RES/2026/9": "2026-07-24"},
    ),
    (
        "zh-assembly-decisions",
        "大会通过的决定\n81/501 内河运输合作 2026年12月16日\n81/502 农村电气化 2026年12月16日\n",
        {"A/DEC/81/501": "2026-12-16", "A/DEC/81/502": "2026-12-16"},
    ),
]
#: look-alike (pass on both): numbers under a sentence that ends with its full stop
CHINESE_LOOK_ALIKES: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "zh-after-sentence",
        "理事会审议了下列事项。\n2026/8 支助小岛屿发展中国家 2026年7月23日\n",
        {"E/RES/2026/8": "missing"},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "want"),
    CHINESE_ROWS + CHINESE_LOOK_ALIKES,
    ids=[r[0] for r in CHINESE_ROWS + CHINESE_LOOK_ALIKES],
)
def test_chinese_rows_under_title_ending_with_noun(name: str, text: str, want: dict[str, str | None]) -> None:
    got = _dates(text)
    assert {k: got.get(k, "missing") for k in want} == want


# -- 5. a Chinese note's number glued to its first character --------------------------------------
_ZH_HEAD = "联合国\nA/RES/81/62\n大会\n\n81/62. 农村地区的紧急救济\n大会，\n"


def _sections(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each resolved record's target, and the section and paragraph it stands in."""
    return {str(c.target): (c.section, c.paragraph) for c in extract_text(text).citations if c.target}


GLUED_NOTE_ROWS: list[tuple[str, str, dict[str, tuple[str | None, str | None]]]] = [
    (
        "zh-word",
        _ZH_HEAD + "回顾其关于紧急救济的各项决议，1\n1. 决定继续审议这个问题。\n__________\n1见A/80/312。\n",
        {"A/80/312": ("footnote", "1")},
    ),
    (
        "zh-two-notes",
        _ZH_HEAD + "回顾其各项决议，1\n又回顾《公约》，2\n1. 决定继续审议这个问题。\n"
        "__________\n1第80/57号决议。\n2《联合国条约集》，第2225卷，第39574号。\n",
        {"A/RES/80/57": ("footnote", "1"), "UNTS/2225/39574": ("footnote", "2")},
    ),
    (
        "zh-after-spaced",
        _ZH_HEAD + "回顾其各项决议，1\n又回顾《公约》，2\n1. 决定继续审议这个问题。\n"
        "__________\n1 见A/80/312。\n2《联合国条约集》，第2225卷，第39574号。\n",
        {"A/80/312": ("footnote", "1"), "UNTS/2225/39574": ("footnote", "2")},
    ),
]
#: look-alikes (pass on both): a note's sentence wrapped onto a line that opens with a date's day
#: or month; a paragraph's line that opens with a figure glued to an ideograph, no rule above it
GLUED_NOTE_LOOK_ALIKES: list[tuple[str, str, dict[str, tuple[str | None, str | None]]]] = [
    (
        "zh-wrapped-date",
        _ZH_HEAD + "回顾其各项决议，1\n1. 决定继续审议这个问题。\n"
        "__________\n1 见大会2024年\n12月17日第79/160号决议。\n",
        {"A/RES/79/160": ("footnote", "1")},
    ),
    (
        "zh-no-rule",
        _ZH_HEAD + "回顾其各项决议，\n1见A/80/312所载的建议。\n",
        {"A/80/312": ("preamble", None)},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "want"),
    GLUED_NOTE_ROWS + GLUED_NOTE_LOOK_ALIKES,
    ids=[r[0] for r in GLUED_NOTE_ROWS + GLUED_NOTE_LOOK_ALIKES],
)
def test_note_number_glued_to_first_character(
    name: str, text: str, want: dict[str, tuple[str | None, str | None]]
) -> None:
    got = _sections(text)
    assert {k: got.get(k, ("missing", None)) for k in want} == want
