"""Look-alikes of this session's lettered parts that a careful reader would not read as a part:
a capital that is a word of the language before a word in lower case ("A/RES/70/1 A new agenda",
"70/1 A partir de …", Russian "70/1 В этой связи") is an article's or a preposition's, and a
section's number or a name's after a symbol ("A/RES/70/1 A.1 of the annex", "G-20") is no part's
letter. Each form with
the look-alikes that must not change (a part before a list word, a date or a participle). The
passages are invented for these tests (numbers, dates and wording changed)."""

from __future__ import annotations

import pytest

from passages import GA, assert_dates, by_language, dates_of
from rescite.engine.extract import extract_text

R = "A/RES/"

# (language, paragraph of a General Assembly text, target -> its date or None)
_ROWS: list[tuple[str, str, dict[str, str | None]]] = [
    # a capital that is a word before a word in lower case
    ("en", "Recalling its resolution 68/12 A new agenda for the oceans,", {f"{R}68/12": None}),
    ("en", "Recalling resolution A/RES/68/12 A new agenda for the oceans,", {f"{R}68/12": None}),
    ("fr", "Rappelant la résolution A/RES/68/12 A nouveau examinée cette année,", {f"{R}68/12": None}),
    ("fr", "Rappelant sa résolution 68/12 A nouveau examinée cette année,", {f"{R}68/12": None}),
    ("es", "Recordando la resolución A/RES/68/12 A partir de 2019,", {f"{R}68/12": None}),
    ("es", "Recordando su resolución 68/12 A su vez, la Asamblea …", {f"{R}68/12": None}),
    ("ru", "ссылаясь на свою резолюцию 68/12 В этой связи,", {f"{R}68/12": None}),
    ("ru", "ссылаясь на свою резолюцию 68/12 С учетом этого,", {f"{R}68/12": None}),
    ("ru", "ссылаясь на свою резолюцию 68/12 А также на доклад,", {f"{R}68/12": None}),
    # a section's number after the symbol
    ("en", "Recalling resolution 68/12 A.3 of the annex,", {f"{R}68/12": None}),
    ("en", "Recalling A/RES/68/12 A.3 of the annex,", {f"{R}68/12": None}),
    # a name's capital and number after the symbol ("G-20"), Spanish "E" (and, before "i")
    (
        "en",
        "Recalling A/RES/68/12 G-20 commitments and resolution 71/2,",
        {f"{R}68/12": None, f"{R}71/2": None},
    ),
    ("en", "Recalling resolution 68/12 G-20 commitments,", {f"{R}68/12": None}),
    ("es", "Recordando la resolución 68/12 E incluso su anexo,", {f"{R}68/12": None}),
]

# numbers in WMO's shape with no noun before them: a figure and a bracket, no resolution
# (language, paragraph) -> no record at all
_NO_RECORD: list[tuple[str, str]] = [
    ("en", "Noting that Article 4 (EC-76) of the treaty applies,"),
    ("en", "Noting the result 3 (Cg-19) in the table,"),
    ("fr", "Notant le tableau 3 (Cg-19) ci-dessous,"),
]


@pytest.mark.parametrize(("lang", "para"), by_language(_NO_RECORD))
def test_a_shape_without_its_noun_gives_no_record(lang: str, para: str) -> None:
    assert extract_text(GA[lang] + para).citations == []


# … and with its noun one unresolved record (WMO's texts have no id scheme here)
_WMO_SAME: list[tuple[str, str, int]] = [
    ("en", "Recalling Resolution 4 (EC-76) of the Executive Council,", 1),
    ("en", "Recalling resolutions 4 (Cg-19) and 5 (Cg-19),", 2),
    ("zh", "回顾世界气象大会第4 (Cg-19)号决议，", 1),
]


@pytest.mark.parametrize(("lang", "para", "n"), by_language([], _WMO_SAME))
def test_a_shape_after_its_noun_is_read(lang: str, para: str, n: int) -> None:
    assert [c.target for c in extract_text(GA[lang] + para).citations] == [None] * n


H = "A/HRC/RES/"

# the numbers of a list after an adoption's agent and its date, adopted together on that date
# (language, paragraph, target -> date)
_LIST: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Welcoming the adoption by the Council, on 5 October 2022, of its resolutions 51/8 and 51/9,",
        {f"{H}51/8": "2022-10-05", f"{H}51/9": "2022-10-05"},
    ),
    (
        "en",
        "Welcoming the adoption by the Council, on 5 October 2022, of its resolutions 51/8 to 51/10,",
        {f"{H}51/8": "2022-10-05", f"{H}51/9": "2022-10-05", f"{H}51/10": "2022-10-05"},
    ),
    (
        "es",
        "Acogiendo con beneplácito la aprobación por el Consejo, el 5 de octubre de 2022, de sus"
        " resoluciones 51/8 y 51/9,",
        {f"{H}51/8": "2022-10-05", f"{H}51/9": "2022-10-05"},
    ),
]

_LIST_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Welcoming the adoption by the Council, on 5 October 2022, of its resolution 51/8 and"
        " resolution 49/3 of 1 April 2022,",
        {f"{H}51/8": "2022-10-05", f"{H}49/3": "2022-04-01"},
    ),
    (
        "en",
        "Welcoming the adoption by the Human Rights Council of its resolutions 51/8 and 51/9,",
        {f"{H}51/8": None, f"{H}51/9": None},
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_LIST, _LIST_SAME))
def test_a_list_after_an_adoptions_date_shares_it(
    lang: str, para: str, expected: dict[str, str | None]
) -> None:
    got = dates_of(GA[lang] + para, unresolved="")
    assert got == {t: {d} for t, d in expected.items()}, got


# look-alikes that must not change: a part's letter before a list word, a date, a participle
_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Recalling its resolutions 47/231 A of 21 December 1992 and B of 3 June 1993,",
        {f"{R}47/231A": "1992-12-21", f"{R}47/231B": "1993-06-03"},
    ),
    ("en", "Recalling its resolution 47/231 A adopted on 21 December 1992,", {f"{R}47/231A": "1992-12-21"}),
    ("en", "Recalling its resolutions 47/231 A and B,", {f"{R}47/231A": None, f"{R}47/231B": None}),
    ("en", "Recalling A/RES/47/231 B of the General Assembly,", {f"{R}47/231B": None}),
    (
        "en",
        "Recalling resolutions A/RES/47/231 A to C,",
        {f"{R}47/231A": None, f"{R}47/231B": None, f"{R}47/231C": None},
    ),
    ("fr", "Rappelant ses résolutions 47/231 A et B,", {f"{R}47/231A": None, f"{R}47/231B": None}),
    ("fr", "Rappelant sa résolution 47/231 A du 21 décembre 1992,", {f"{R}47/231A": "1992-12-21"}),
    ("es", "Recordando sus resoluciones 47/231 A y B,", {f"{R}47/231A": None, f"{R}47/231B": None}),
    ("es", "Recordando su resolución 47/231 A, de 21 de diciembre de 1992,", {f"{R}47/231A": "1992-12-21"}),
    (
        "ru",
        "ссылаясь на свою резолюцию 47/231 А от 21 декабря 1992 года и резолюции 48/7 А и В,",
        {f"{R}47/231A": "1992-12-21", f"{R}48/7A": None, f"{R}48/7B": None},
    ),
    ("ar", "وإذ تشير إلى قرارها 47/231 باء من المرفق،", {f"{R}47/231B": None}),
    ("en", "Recalling resolution A/RES/47/231 B, paragraph 3,", {f"{R}47/231B": None}),
    # a part before a participle, "as", "by" or a relative word
    ("en", "Recalling resolution 47/231 A adopted without a vote,", {f"{R}47/231A": None}),
    ("en", "Recalling resolution A/RES/47/231 A as amended,", {f"{R}47/231A": None}),
    ("fr", "Rappelant la résolution 47/231 A intitulée « Océans »,", {f"{R}47/231A": None}),
    ("es", 'Recordando la resolución 47/231 A titulada "Océanos",', {f"{R}47/231A": None}),
    (
        "en",
        "Recalling resolutions A/RES/47/231 A-C,",
        {f"{R}47/231A": None, f"{R}47/231B": None, f"{R}47/231C": None},
    ),
    ("es", "Recordando su resolución 47/231 E, de 21 de diciembre de 1992,", {f"{R}47/231E": "1992-12-21"}),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_ROWS, _SAME))
def test_a_capital_that_is_a_word_is_no_part_letter(
    lang: str, para: str, expected: dict[str, str | None]
) -> None:
    assert_dates(dates_of(GA[lang] + para, unresolved=""), expected)


# a bare number after a coded one that the numbered finder reads too ("… and 70/1 respectively"):
# one mention, one record (language, paragraph, the number's target)
_ONCE: list[tuple[str, str, str]] = [
    ("en", "Recalling resolution WHA73.2 and 71/5 respectively,", f"{R}71/5"),
    ("fr", "Rappelant les résolutions WHA73.2 et 71/5 respectivement,", f"{R}71/5"),
]

_ONCE_SAME: list[tuple[str, str, str]] = [
    ("en", "Recalling resolutions WHA73.2 and 71/5,", f"{R}71/5"),
    ("es", "Recordando las resoluciones WHA73.2 y 71/5, respectivamente,", f"{R}71/5"),
    ("ru", "ссылаясь на резолюции WHA73.2 и 71/5 соответственно,", f"{R}71/5"),
    ("zh", "回顾第WHA73.2号和第71/5号决议，", f"{R}71/5"),
]


@pytest.mark.parametrize(("lang", "para", "target"), by_language(_ONCE, _ONCE_SAME))
def test_a_number_after_a_coded_one_is_one_record(lang: str, para: str, target: str) -> None:
    got: list[str | None] = [c.target for c in extract_text(GA[lang] + para).citations]
    assert got.count(target) == 1, got
    assert None in got, got  # the coded resolution's unresolved record


# a masthead symbol before a title that opens with an article's capital: the symbol's own id,
# no part's (text -> its own id)
_OWN: list[tuple[str, str, str]] = [
    (
        "en",
        "A/RES/68/12 A new agenda for the oceans\n\nThe General Assembly,\n\nRecalling resolution 67/5,\n",
        "A/RES/68/12",
    ),
    (
        "es",
        "A/RES/68/12 A partir de ahora\n\nLa Asamblea General,\n\nRecordando la resolución 67/5,\n",
        "A/RES/68/12",
    ),
]

_OWN_SAME: list[tuple[str, str, str]] = [
    (
        "en",
        "United Nations A/RES/68/12 A\n\nGeneral Assembly\n\nThe General Assembly,\n\n"
        "Recalling resolution 67/5,\n",
        "A/RES/68/12A",
    ),
    (
        "en",
        "Distr.: General\nA/RES/68/12 B\n\n68/12 B. Oceans\n\nThe General Assembly,\n\n"
        "Recalling resolution 67/5,\n",
        "A/RES/68/12B",
    ),
]


@pytest.mark.parametrize(("lang", "text", "own"), by_language(_OWN, _OWN_SAME))
def test_a_masthead_before_an_article_is_the_symbols_own_id(lang: str, text: str, own: str) -> None:
    assert extract_text(text).document.source_id == own
