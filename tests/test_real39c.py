"""Forms met reading real public UN texts in Arabic and Chinese (issue 7, pass 39c: reports of
the Secretary-General and of the Assembly's committees, Assembly resolutions and their copies on
third-party sites, treaty bodies' reports and concluding observations), each written for these
tests in UN style (numbers, dates, titles and wording invented)."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

_BODY_AR = "إن الجمعية العامة،\nإذ تشير إلى قرارها 51/133 المؤرخ 12 كانون الأول/ديسمبر 1996،\n"


def _read(text: str, lang: str) -> tuple[str | None, list[str | None]]:
    res = extract_text(text, lang=lang)
    return res.document.source_id, [c.target for c in res.citations]


# A copy's heading that writes the number word before the text's own number, in brackets perhaps,
# as Arabic web copies head a resolution ("القرار رقم 52/88: …", "قرار رقم (52/88): …"): the
# text's own id, and no citation of itself.
# (text, own id, targets)
NUMBER_WORD_HEADINGS: list[tuple[str, str | None, list[str | None]]] = [
    ("قرار رقم (52/88): التعاون في مجال المياه العذبة\n" + _BODY_AR, "A/RES/52/88", ["A/RES/51/133"]),
    ("القرار رقم 52/88: التعاون في مجال المياه العذبة\n" + _BODY_AR, "A/RES/52/88", ["A/RES/51/133"]),
    ("قرار رقم ( 52/88 )\n" + _BODY_AR, "A/RES/52/88", ["A/RES/51/133"]),
    ("قرار الرقم 52/88. التعاون في مجال المياه العذبة\n" + _BODY_AR, "A/RES/52/88", ["A/RES/51/133"]),
]

# … look-alikes that stay as they were: a list of such lines cites each text; the number word in
# a sentence cites the text; a bare number in brackets is no heading of a known body.
NUMBER_WORD_LOOKALIKES: list[tuple[str, str | None, list[str | None]]] = [
    (
        "القرار رقم 52/88: التعاون في مجال المياه العذبة\nالقرار رقم 52/89: التصحر والجفاف\n",
        None,
        ["A/RES/52/88", "A/RES/52/89"],
    ),
    (
        "المياه العذبة\n" + _BODY_AR + "وإذ تشير أيضا إلى القرار رقم 52/88: التعاون في مجال المياه،\n",
        None,
        ["A/RES/51/133", "A/RES/52/88"],
    ),
    ("القرار 52/88 - التعاون في مجال المياه العذبة\n" + _BODY_AR, "A/RES/52/88", ["A/RES/51/133"]),
    ("القرار رقم 52/88 - التعاون في مجال المياه العذبة\n" + _BODY_AR, "A/RES/52/88", ["A/RES/51/133"]),
]


@pytest.mark.parametrize(("text", "own", "targets"), NUMBER_WORD_HEADINGS)
def test_number_word_heading_gives_own_id(text: str, own: str | None, targets: list[str | None]) -> None:
    assert _read(text, "ar") == (own, targets)


@pytest.mark.parametrize(("text", "own", "targets"), NUMBER_WORD_LOOKALIKES)
def test_number_word_lookalikes_unchanged(text: str, own: str | None, targets: list[str | None]) -> None:
    assert _read(text, "ar") == (own, targets)


# A Chinese copy's heading that opens with the text's marked number and its noun, its title after
# a colon or stop ("第48/40号决议：…"), right over the body's line: no line a text layer wrapped
# inside a word, so the heading gives the text's own id (was joined to the body's line, no id).
# (text, own id, targets)
MARKED_HEADINGS_ZH: list[tuple[str, str | None, list[str | None]]] = [
    ("第52/88号决议：淡水领域的合作\n大会，\n回顾其第51/133号决议，\n", "A/RES/52/88", ["A/RES/51/133"]),
    ("第52/88号决议。淡水领域的合作\n大会，\n回顾其第51/133号决议，\n", "A/RES/52/88", ["A/RES/51/133"]),
    (
        "第2719(2023)号决议：中部非洲局势\n安全理事会，\n回顾其第2688(2023)号决议，\n",
        "S/RES/2719(2023)",
        ["S/RES/2688(2023)"],
    ),
    # (… the body's name before it, the title after a blank)
    ("大会第52/88号决议：淡水领域的合作\n大会，\n回顾其第51/133号决议，\n", "A/RES/52/88", ["A/RES/51/133"]),
    (
        "联合国大会第52/88号决议 淡水领域的合作\n大会，\n回顾其第51/133号决议，\n",
        "A/RES/52/88",
        ["A/RES/51/133"],
    ),
    (
        "人权理事会第52/18号决议：发展权\n人权理事会，\n回顾其第51/7号决议，\n",
        "A/HRC/RES/52/18",
        ["A/HRC/RES/51/7"],
    ),
]

# … look-alikes: a sentence that ends its line with the number's noun and a colon wraps as before
# (a paragraph's line, not a heading), and a heading already set apart keeps its id.
MARKED_HEADINGS_ZH_LOOKALIKES: list[tuple[str, str | None, list[str | None]]] = [
    ("第52/88号决议：淡水领域的合作\n\n大会，\n\n回顾其第51/133号决议，\n", "A/RES/52/88", ["A/RES/51/133"]),
    ("52/88. 淡水领域的合作\n大会，\n回顾其第51/133号决议，\n", "A/RES/52/88", ["A/RES/51/133"]),
    # (a list of such lines cites each text; a report's title that goes on after a blank is its
    # subject, no heading of the text)
    ("第52/88号决议：淡水领域的合作\n第52/89号决议：荒漠化\n", None, ["A/RES/52/88", "A/RES/52/89"]),
    (
        "安全理事会第2719(2023)号决议 的执行情况\n秘书长的报告\n1. 本报告根据第2719(2023)号决议提交。\n",
        None,
        ["S/RES/2719(2023)", "S/RES/2719(2023)"],
    ),
]


@pytest.mark.parametrize(("text", "own", "targets"), MARKED_HEADINGS_ZH)
def test_marked_heading_over_body_line(text: str, own: str | None, targets: list[str | None]) -> None:
    assert _read(text, "zh") == (own, targets)


@pytest.mark.parametrize(("text", "own", "targets"), MARKED_HEADINGS_ZH_LOOKALIKES)
def test_marked_heading_lookalikes_unchanged(text: str, own: str | None, targets: list[str | None]) -> None:
    assert _read(text, "zh") == (own, targets)


def _targets(text: str, lang: str) -> list[str | None]:
    return [c.target for c in extract_text(text, lang=lang).citations]


# The Security Council's number without its year in brackets but with its year alone, as news,
# ministries' statements and third-party texts write it: in Chinese the year before the marked
# number after the Council's name ("安理会2016年第2334号决议", a list of them too); in Arabic after
# the number with the word that leads a date's year ("القرار 2401 لعام 2018"), a later number of
# the sentence that names the Council too (was the first alone, or none).
# (language, text, targets)
COUNCIL_YEAR_ALONE: list[tuple[str, str, list[str | None]]] = [
    ("zh", "各方应全面执行安理会2016年第2328号决议。\n", ["S/RES/2328(2016)"]),
    ("zh", "回顾安全理事会2011年第1996号决议，\n", ["S/RES/1996(2011)"]),
    ("zh", "根据安理会2006年第1706号和2015年第2248号决议。\n", ["S/RES/1706(2006)", "S/RES/2248(2015)"]),
    (
        "ar",
        "وقد اعتمد مجلس الأمن القرار 1706 لعام 2006 والقرار 2248 لعام 2015 بشأن الحالة.\n",
        ["S/RES/1706(2006)", "S/RES/2248(2015)"],
    ),
    (
        "ar",
        "ودعا مجلس الأمن إلى تنفيذ القرار رقم 1996 لعام 2011 والقرار رقم 2328 عام 2016.\n",
        ["S/RES/1996(2011)", "S/RES/2328(2016)"],
    ),
]

# … look-alikes that stay as they were: a meeting's number after the year, the Assembly's old
# number whose year is none of the Council's numbering, the Council's number already read.
COUNCIL_YEAR_ALONE_LOOKALIKES: list[tuple[str, str, list[str | None]]] = [
    ("zh", "安理会2016年第7851次会议审议了该项目。\n", []),
    ("zh", "安理会第2328号决议。\n", ["S/RES/2328(2016)"]),
    ("ar", "ودعا مجلس الأمن إلى احترام القرار 1514 لعام 1960.\n", []),
    ("ar", "وقد اعتمد مجلس الأمن القرار 2328 (2016) بشأن الحالة.\n", ["S/RES/2328(2016)"]),
]


@pytest.mark.parametrize(("lang", "text", "targets"), COUNCIL_YEAR_ALONE)
def test_council_number_with_its_year_alone(lang: str, text: str, targets: list[str | None]) -> None:
    assert _targets(text, lang) == targets


@pytest.mark.parametrize(("lang", "text", "targets"), COUNCIL_YEAR_ALONE_LOOKALIKES)
def test_council_year_alone_lookalikes_unchanged(lang: str, text: str, targets: list[str | None]) -> None:
    assert _targets(text, lang) == targets


# The Security Council's number without its year after the Council named as the clause's actor,
# the noun with its possessive, as statements and news write it: "the Security Council, in its
# resolution 2254, …", ar "مجلس الأمن، في قراره 2254، …" (the possessive glued to the noun), zh
# "安理会在其第2254号决议中…", fr "dans sa résolution" (was missed).
# (language, text, targets)
COUNCIL_ACTOR: list[tuple[str, str, list[str | None]]] = [
    ("en", "The Security Council, in its resolution 2328, called for calm.\n", ["S/RES/2328(2016)"]),
    ("fr", "Le Conseil de sécurité, dans sa résolution 2328, a appelé au calme.\n", ["S/RES/2328(2016)"]),
    ("ar", "ودعا مجلس الأمن، في قراره 2328، إلى الهدوء.\n", ["S/RES/2328(2016)"]),
    ("ar", "ودعا مجلس الأمن الدولي في قراره 2328 الصادر عام 2016 إلى الهدوء.\n", ["S/RES/2328(2016)"]),
    ("zh", "安理会在其第2328号决议中呼吁各方保持冷静。\n", ["S/RES/2328(2016)"]),
]

# … look-alikes that stay as they were: the number with its year, another body's numbering, the
# Council named with no possessive before the noun.
COUNCIL_ACTOR_LOOKALIKES: list[tuple[str, str, list[str | None]]] = [
    ("ar", "ودعا مجلس الأمن، في قراره 2328 (2016)، إلى الهدوء.\n", ["S/RES/2328(2016)"]),
    ("zh", "安理会在第2328号决议通过后举行了会议。\n", []),
    ("en", "The Security Council, in its resolution 2328 (2016), called for calm.\n", ["S/RES/2328(2016)"]),
]


@pytest.mark.parametrize(("lang", "text", "targets"), COUNCIL_ACTOR)
def test_council_actor_with_possessive(lang: str, text: str, targets: list[str | None]) -> None:
    assert _targets(text, lang) == targets


@pytest.mark.parametrize(("lang", "text", "targets"), COUNCIL_ACTOR_LOOKALIKES)
def test_council_actor_lookalikes_unchanged(lang: str, text: str, targets: list[str | None]) -> None:
    assert _targets(text, lang) == targets


# The Council's marked numbers in a list, each with its noun again ("安理会第2254号决议和第2328号
# 决议"), each with its own date or year before it perhaps: every one the Council's (the later
# ones were missed).
# (text, (target, date) of each citation)
COUNCIL_NOUN_AGAIN_ZH: list[tuple[str, list[tuple[str | None, str | None]]]] = [
    (
        "安理会第2254号决议和第2328号决议要求各方停火。\n",
        [("S/RES/2254(2015)", None), ("S/RES/2328(2016)", None)],
    ),
    (
        "安全理事会2015年12月18日第2254号决议和2018年2月24日第2401号决议。\n",
        [("S/RES/2254(2015)", "2015-12-18"), ("S/RES/2401(2018)", "2018-02-24")],
    ),
    (
        "安理会2015年第2254号决议、2016年第2328号决议和2018年第2401号决议。\n",
        [("S/RES/2254(2015)", None), ("S/RES/2328(2016)", None), ("S/RES/2401(2018)", None)],
    ),
]

# … look-alikes: a smaller number after the first is no item of the Council's list, another body's
# number after the list word keeps its body.
COUNCIL_NOUN_AGAIN_ZH_LOOKALIKES: list[tuple[str, list[tuple[str | None, str | None]]]] = [
    ("安理会第2328号决议和第2254号决议。\n", [("S/RES/2328(2016)", None)]),
    ("安理会第2328号决议和大会第70/1号决议。\n", [("S/RES/2328(2016)", None), ("A/RES/70/1", None)]),
]


@pytest.mark.parametrize(("text", "found"), COUNCIL_NOUN_AGAIN_ZH)
def test_council_marked_list_noun_again(text: str, found: list[tuple[str | None, str | None]]) -> None:
    assert [(c.target, c.date) for c in extract_text(text, lang="zh").citations] == found


@pytest.mark.parametrize(("text", "found"), COUNCIL_NOUN_AGAIN_ZH_LOOKALIKES)
def test_council_marked_list_lookalikes(text: str, found: list[tuple[str | None, str | None]]) -> None:
    assert [(c.target, c.date) for c in extract_text(text, lang="zh").citations] == found


# An older Arabic file whose text mirrors the brackets of a number's year or session throughout
# ("قرار مجلس الأمن ٨٤١ )١٩٩٣(", "١٥١٤ )د-١٥(", as the text of documents of the 1990s reads): the
# number with its year or session (was the Council's number without its year, unresolved, or
# the Assembly's number lost); a text that writes them the right way round is left as it is.
# (text, targets and dates)
MIRRORED_BRACKETS_AR: list[tuple[str, list[tuple[str | None, str | None]]]] = [
    (
        "٣ - ويقدم هذا التقرير عملا بالفقرة ٩ من قرار مجلس الأمن ٩٤٠ )١٩٩٤( المؤرخ ٣١ تموز/يوليه ١٩٩٤.\n",
        [("S/RES/940(1994)", "1994-07-31")],
    ),
    (
        "إن الجمعية العامة،\nإذ تشير إلى قرارها ٣٢٨١ )د-٢٩( المؤرخ ١٢ كانون الأول/ديسمبر ١٩٧٤،\n",
        [("A/RES/3281(XXIX)", "1974-12-12")],
    ),
]

MIRRORED_BRACKETS_AR_LOOKALIKES: list[tuple[str, list[tuple[str | None, str | None]]]] = [
    # (a text with a bracket the right way round: its mirrored one is no year of a number)
    (
        "إن الجمعية العامة،\nإذ تشير إلى قرار مجلس الأمن 940 (1994) والفترة 1995 )1996( السابقة،\n",
        [("S/RES/940(1994)", None)],
    ),
]


@pytest.mark.parametrize(("text", "found"), MIRRORED_BRACKETS_AR)
def test_mirrored_brackets_read_upright(text: str, found: list[tuple[str | None, str | None]]) -> None:
    assert [(c.target, c.date) for c in extract_text(text, lang="ar").citations] == found


@pytest.mark.parametrize(("text", "found"), MIRRORED_BRACKETS_AR_LOOKALIKES)
def test_mirrored_brackets_lookalikes(text: str, found: list[tuple[str | None, str | None]]) -> None:
    assert [(c.target, c.date) for c in extract_text(text, lang="ar").citations] == found
