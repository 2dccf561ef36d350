"""Forms found by probing whole passages in six languages written in UN style for these tests
(invented numbers, dates and topics), round three: a list that goes on after more of the words
that add an item ("de même que", "al igual que", "وكذلك", "فضلا عن"); a corrigendum after the
paragraphs cited in the symbol before it ("A/78/204, paras. 3-9, and Corr.1", "párrs."); a footnote
marker glued to the full stop after a number ("resolution 38/11.3 The Council …"), to the word
after a year ("2013 года5,") or printed in brackets at a page's foot ("2013(5)⏎____⏎…⏎و 69/166").
Each form with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from passages import GA, assert_passage, by_language

# (language, paragraph of a General Assembly text, target -> date or None)
_LIST_WORDS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "fr",
        "Rappelant ses résolutions 70/1 du 25 septembre 2015 et 71/243 du 21 décembre 2016, de même"
        " que 72/279 du 31 mai 2018,",
        {"A/RES/70/1": "2015-09-25", "A/RES/71/243": "2016-12-21", "A/RES/72/279": "2018-05-31"},
    ),
    (
        "fr",
        "Rappelant ses résolutions 61/16 et 67/290, de même que 75/290 A,",
        {"A/RES/61/16": None, "A/RES/67/290": None, "A/RES/75/290A": None},
    ),
    (
        "es",
        "Recordando sus resoluciones 61/16 y 67/290, al igual que 75/290 A,",
        {"A/RES/61/16": None, "A/RES/67/290": None, "A/RES/75/290A": None},
    ),
    (
        "ar",
        "وإذ تشير إلى قراريها 61/16 المؤرخ 20 تشرين الثاني/نوفمبر 2006 و 67/290 المؤرخ 9 تموز/يوليه"
        " 2013، فضلا عن 75/290 ألف المؤرخ 25 حزيران/يونيه 2021،",
        {"A/RES/61/16": "2006-11-20", "A/RES/67/290": "2013-07-09", "A/RES/75/290A": "2021-06-25"},
    ),
    (
        "ar",
        "وإذ تشير إلى قراريها 61/16 و 67/290، وكذلك 75/290 ألف،",
        {"A/RES/61/16": None, "A/RES/67/290": None, "A/RES/75/290A": None},
    ),
]

# look-alikes that must not change: the words before a text that is no number, the usual words
_LIST_WORDS_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "fr",
        "Rappelant ses résolutions 61/16 et 67/290, de même que le rapport du Secrétaire général sur"
        " 12 pays,",
        {"A/RES/61/16": None, "A/RES/67/290": None},
    ),
    (
        "es",
        "Recordando sus resoluciones 61/16 y 67/290, al igual que el informe de 2 comisiones,",
        {"A/RES/61/16": None, "A/RES/67/290": None},
    ),
    (
        "ar",
        "وإذ تشير إلى قراريها 61/16 و 67/290، وكذلك 12 تقريرا،",
        {"A/RES/61/16": None, "A/RES/67/290": None},
    ),
    (
        "fr",
        "Rappelant ses résolutions 61/16 et 67/290, ainsi que 75/290 A,",
        {"A/RES/61/16": None, "A/RES/67/290": None, "A/RES/75/290A": None},
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_LIST_WORDS, _LIST_WORDS_SAME))
def test_list_goes_on_after_more_list_words(lang: str, para: str, expected: dict[str, str | None]) -> None:
    assert_passage(f"{GA[lang]}{para}\n", expected)


_ELEMENT_AFTER_PIN: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Taking note of the report of the Special Rapporteur (A/77/301, paras. 12-15, and Corr.1),",
        {"A/77/301": None, "A/77/301/Corr.1": None},
    ),
    (
        "en",
        "Taking note of the report of the Special Rapporteur (A/77/301, para. 40, and Add.1 and 2),",
        {"A/77/301": None, "A/77/301/Add.1": None, "A/77/301/Add.2": None},
    ),
    (
        "fr",
        "Prenant note du rapport de la Rapporteuse spéciale (A/77/301, par. 12 à 15, et Corr.1),",
        {"A/77/301": None, "A/77/301/Corr.1": None},
    ),
    (
        "es",
        "Tomando nota del informe de la Relatora Especial (A/77/301, párrs. 12 a 15, y Corr.1),",
        {"A/77/301": None, "A/77/301/Corr.1": None},
    ),
    (
        "ru",
        "принимая к сведению доклад Специального докладчика (A/77/301, пункты 12–15, и Corr.1),",
        {"A/77/301": None, "A/77/301/Corr.1": None},
    ),
    (
        "ar",
        "وإذ تحيط علما بتقرير المقررة الخاصة (A/77/301، الفقرات 12-15، و Corr.1)،",
        {"A/77/301": None, "A/77/301/Corr.1": None},
    ),
]

# … the paragraphs in brackets
_ELEMENT_AFTER_PIN += [
    (
        "en",
        "Taking note of the report of the Special Rapporteur (see A/77/301 (paras. 5-9) and Corr.1),",
        {"A/77/301": None, "A/77/301/Corr.1": None},
    ),
    (
        "es",
        "Tomando nota del informe de la Relatora Especial (véanse A/77/301 (párrs. 5 a 9) y Corr.1),",
        {"A/77/301": None, "A/77/301/Corr.1": None},
    ),
    (
        "ru",
        "принимая к сведению доклад Специального докладчика (см. A/77/301 (пункты 5–9) и Corr.1),",
        {"A/77/301": None, "A/77/301/Corr.1": None},
    ),
]

# look-alikes that must not change: a symbol after the paragraphs, a number of another noun
_ELEMENT_AFTER_PIN_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Taking note of the reports (A/77/301, paras. 12-15, and A/77/302),",
        {"A/77/301": None, "A/77/302": None},
    ),
    ("en", "Taking note of the report (A/77/301, para. 12, and annex 2),", {"A/77/301": None}),
    ("en", "Taking note of the report (A/77/301 and Corr.1),", {"A/77/301": None, "A/77/301/Corr.1": None}),
]


@pytest.mark.parametrize(
    ("lang", "para", "expected"), by_language(_ELEMENT_AFTER_PIN, _ELEMENT_AFTER_PIN_SAME)
)
def test_element_after_the_paragraphs_of_the_symbol(
    lang: str, para: str, expected: dict[str, str | None]
) -> None:
    assert_passage(f"{GA[lang]}{para}\n", expected)


#: the masthead that prints the symbol the running header of the next page repeats
_MAST = {
    "ru": "Организация Объединенных Наций A/RES/79/161\nГенеральная Ассамблея Distr.: General\n\n",
    "ar": "الأمم المتحدة A/RES/79/161\nالجمعية العامة Distr.: General\n\n",
}

_MARKERS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Noting Human Rights Council resolution 41/17.3 The Council has since met twice,",
        {"A/HRC/RES/41/17": None},
    ),
    (
        "en",
        "Noting General Assembly resolution 73/173 and Human Rights Council resolution 41/17.3\n",
        {"A/RES/73/173": None, "A/HRC/RES/41/17": None},
    ),
    (
        "ru",
        "ссылаясь на свои резолюции 61/146 от 19 декабря 2006 года, 66/141 от 19 декабря 2011 года4,"
        " 70/137 от 17 декабря 2015 года и 76/147 от 16 декабря 2021 года,",
        {
            "A/RES/61/146": "2006-12-19",
            "A/RES/66/141": "2011-12-19",
            "A/RES/70/137": "2015-12-17",
            "A/RES/76/147": "2021-12-16",
        },
    ),
    (
        "ru",
        f"{_MAST['ru']}ссылаясь на свои резолюции 61/146 от 19 декабря 2006 года, 66/141 от 19 декабря"
        " 2011 года4,\n__________________\n4 См. также A/66/452, пункт 8.\n\n24-20761 2/5\n\n"
        "A/RES/79/161\n\n70/137 от 17 декабря 2015 года и 76/147 от 16 декабря 2021 года,",
        {
            "A/RES/61/146": "2006-12-19",
            "A/RES/66/141": "2011-12-19",
            "A/66/452": None,
            "A/RES/70/137": "2015-12-17",
            "A/RES/76/147": "2021-12-16",
        },
    ),
    (
        "ar",
        f"{_MAST['ar']}وإذ تشير إلى قراراتها 61/146 المؤرخ 19 كانون الأول/ديسمبر 2006 و 66/141 المؤرخ"
        " 19 كانون الأول/ديسمبر 2011(4)\n__________________\n(4) انظر أيضا A/66/452، الفقرة 8.\n\n"
        "24-20761 2/5\n\nA/RES/79/161\n\nو 70/137 المؤرخ 17 كانون الأول/ديسمبر 2015 و 76/147،",
        {
            "A/RES/61/146": "2006-12-19",
            "A/RES/66/141": "2011-12-19",
            "A/66/452": None,
            "A/RES/70/137": "2015-12-17",
            "A/RES/76/147": None,
        },
    ),
]

# look-alikes that must not change: a number that goes on with a dot and digits, a year word
# followed by a word, a number in brackets that is a body's year
_MARKERS_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    ("en", "Noting Human Rights Council resolution 41/17.3.2 of the guidelines,", {}),
    (
        "ru",
        "ссылаясь на свои резолюции 61/146 от 19 декабря 2006 года, 66/141 от 19 декабря 2011 года,"
        " 70/137 от 17 декабря 2015 года,",
        {"A/RES/61/146": "2006-12-19", "A/RES/66/141": "2011-12-19", "A/RES/70/137": "2015-12-17"},
    ),
    (
        "ar",
        "وإذ تشير إلى قرار مجلس الأمن 2250 (2015) و 2419 (2018)،",
        {"S/RES/2250(2015)": None, "S/RES/2419(2018)": None},
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_MARKERS, _MARKERS_SAME))
def test_footnote_markers_inside_a_passage(lang: str, para: str, expected: dict[str, str | None]) -> None:
    assert_passage(f"{GA[lang]}{para}\n", expected, skip_own=True)


_SPECIAL_SESSIONS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Recalling Human Rights Council resolution 5/1,\n\nRecalling also resolution ES-11/1 of"
        " 2 March 2022,",
        {"A/HRC/RES/5/1": None, "A/RES/ES-11/1": "2022-03-02"},
    ),
    (
        "fr",
        "Rappelant la résolution 5/1 du Conseil des droits de l'homme,\n\nRappelant également la"
        " résolution S-30/1, intitulée « Notre engagement commun », et la résolution ES-11/1 du 2 mars"
        " 2022,",
        {"A/HRC/RES/5/1": None, "A/RES/S-30/1": None, "A/RES/ES-11/1": "2022-03-02"},
    ),
    (
        "ar",
        "وإذ تشير إلى قرار مجلس حقوق الإنسان 5/1،\n\nوإذ تشير أيضا إلى القرار دإط-11/1 المؤرخ 2"
        " آذار/مارس 2022،",
        {"A/HRC/RES/5/1": None, "A/RES/ES-11/1": "2022-03-02"},
    ),
]

# look-alikes that must not change: a special session's number in the paragraph that names the
# Council, and the Council named for it
_SPECIAL_SESSIONS_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Recalling Human Rights Council decision 18/117 and resolution S-28/1,",
        {"A/HRC/DEC/18/117": None, "A/HRC/RES/S-28/1": None},
    ),
    (
        "en",
        "Recalling General Assembly resolution 60/251,\n\nRecalling also Human Rights Council"
        " resolution S-28/1,",
        {"A/RES/60/251": None, "A/HRC/RES/S-28/1": None},
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_SPECIAL_SESSIONS, _SPECIAL_SESSIONS_SAME))
def test_special_session_number_after_a_paragraph_of_the_council(
    lang: str, para: str, expected: dict[str, str | None]
) -> None:
    assert_passage(f"{GA[lang]}{para}\n", expected)


_AGENTS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Welcoming the adoption by the Human Rights Council, on 6 October 2023, of its resolution 54/9,",
        {"A/HRC/RES/54/9": None},
    ),
    (
        "fr",
        "Se félicitant de l'adoption par le Conseil des droits de l'homme, le 6 octobre 2023, de sa"
        " résolution 54/9,",
        {"A/HRC/RES/54/9": None},
    ),
    (
        "es",
        "Acogiendo con beneplácito la aprobación por el Consejo de Derechos Humanos, el 6 de octubre de"
        " 2023, de su resolución 54/9,",
        {"A/HRC/RES/54/9": None},
    ),
    (
        "ru",
        "приветствуя принятие Советом по правам человека 6 октября 2023 года его резолюции 54/9,",
        {"A/HRC/RES/54/9": None},
    ),
    ("zh", "欢迎人权理事会于2023年10月6日通过其第54/9号决议，", {"A/HRC/RES/54/9": None}),
    # a body named after a participle in the plural or the instrumental: never the body of the
    # paragraph before
    (
        "ar",
        "وإذ تشير إلى قرار مجلس حقوق الإنسان 5/1،\n\nوإذ تحيط علما بالمقررين 26/1 و 26/5 اللذين"
        " اتخذهما مجلس إدارة برنامج الأمم المتحدة للبيئة،",
        {"A/HRC/RES/5/1": None},
    ),
    (
        "ru",
        "ссылаясь на резолюцию 5/1 Совета по правам человека,\n\nпринимая к сведению решения 26/1–26/5,"
        " принятые Советом управляющих Программы Организации Объединенных Наций по окружающей среде,",
        {"A/HRC/RES/5/1": None},
    ),
]

# look-alikes that must not change: the adoption without a date, the General Assembly's own
_AGENTS_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Welcoming the adoption by the Human Rights Council of its resolution 54/9,",
        {"A/HRC/RES/54/9": None},
    ),
    (
        "en",
        "Welcoming the adoption, on 6 October 2023, of its resolution 78/9,",
        {"A/RES/78/9": None},
    ),
    ("zh", "欢迎大会于2023年10月6日通过的第78/9号决议，", {"A/RES/78/9": None}),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_AGENTS, _AGENTS_SAME))
def test_agent_of_an_adoption_with_its_date_and_after_a_participle(
    lang: str, para: str, expected: dict[str, str | None]
) -> None:
    assert_passage(f"{GA[lang]}{para}\n", expected)


_CHINESE_BRACKETS: list[tuple[str, str, dict[str, str | None]]] = [
    ("zh", "注意到特别报告员的报告(见A/77/301(第12段))，", {"A/77/301": None}),
    ("zh", "注意到特别报告员的报告（见A/77/301（第12段）），", {"A/77/301": None}),
    (
        "zh",
        "注意到特别报告员的报告(A/77/301(第5-9段)和Corr.1)，",
        {"A/77/301": None, "A/77/301/Corr.1": None},
    ),
]

# look-alikes that must not change: a comma before the paragraphs, a bracket that is the symbol's
_CHINESE_BRACKETS_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    ("zh", "注意到特别报告员的报告(A/77/301，第12段)，", {"A/77/301": None}),
    ("zh", "注意到缔约方大会的报告(ICCD/COP(16)/21)，", {"ICCD/COP(16)/21": None}),
    ("en", "Taking note of the report (ICCD/COP(16)/21),", {"ICCD/COP(16)/21": None}),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_CHINESE_BRACKETS, _CHINESE_BRACKETS_SAME))
def test_symbol_before_a_bracket_of_chinese_words(
    lang: str, para: str, expected: dict[str, str | None]
) -> None:
    assert_passage(f"{GA[lang]}{para}\n", expected)


# (a Chinese text and its footnote: the targets of the footnote's treaties)
_CHINESE_TREATY_NOTES: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "zh",
        "回顾各项任择议定书，1\n\n__________\n1 联合国，《条约汇编》，第2171和2173卷，第27531号；"
        "以及第2375卷，第24841号。",
        {"UNTS/2171/27531": None, "UNTS/2173/27531": None, "UNTS/2375/24841": None},
    ),
    (
        "zh",
        "回顾两项公约，1\n\n__________\n1 联合国，《条约汇编》，第1577卷，第27531号；第1465卷，第24841号。",
        {"UNTS/1577/27531": None, "UNTS/1465/24841": None},
    ),
]

# look-alikes that must not change: a volume of another series after a list word
_CHINESE_TREATY_NOTES_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    ("zh", "回顾其第70/1号决议；以及第2卷所载的各项建议，", {"A/RES/70/1": None}),
]


@pytest.mark.parametrize(
    ("lang", "para", "expected"), by_language(_CHINESE_TREATY_NOTES, _CHINESE_TREATY_NOTES_SAME)
)
def test_chinese_treaty_note_with_several_instruments(
    lang: str, para: str, expected: dict[str, str | None]
) -> None:
    assert_passage(f"{GA[lang]}{para}\n", expected)
