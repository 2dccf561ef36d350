"""Forms found by probing Arabic, Chinese and English passages written in UN style for these
tests (invented numbers, dates and topics): the Arabic dual noun in the nominative ("القراران
73/331 و 75/325", "المقرران"); a Chinese date joined to the number by the verb alone
("安全理事会2021年12月22日通过第2615(2021)号决议"); in English legal styles, a pinpoint between a
Council number and the bracket of its date ("S.C. Res. 2417, ¶ 5 (May 24, 2018)") or a range of
paragraphs ("¶¶ 138–139 (…)"), a quoted title between a number and its date (OSCOLA "UNGA Res 70/1
'Transforming our world' (25 September 2015)"), and an Assembly symbol of the first thirty
sessions written without its session after the number with it ("G.A. Res. 3379 (XXX), U.N. Doc.
A/RES/3379"); a resolution numbered with its body's code ("WHA58.3", Arabic "ج ص ع58-3"),
kept unresolved for that body.
Each form with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from passages import GA, assert_passage, by_language
from rescite.engine.extract import extract_text

# (language, paragraph of a General Assembly text, target -> date or None)
_NOUNS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "ar",
        "وإذ تشير إلى قراراتها المتعلقة بالتعاون مع المنظمات الإقليمية، بما فيها القراران 72/314 و 76/301،",
        {"A/RES/72/314": None, "A/RES/76/301": None},
    ),
    (
        "ar",
        "وإذ تلاحظ أن القراران 2009/14 و 2011/7 للمجلس الاقتصادي والاجتماعي ما زالا ساريين،",
        {"E/RES/2009/14": None, "E/RES/2011/7": None},
    ),
    (
        "ar",
        "وإذ تضع في اعتبارها المقرران 73/548 و 74/562 بشأن تنظيم الأعمال،",
        {"A/DEC/73/548": None, "A/DEC/74/562": None},
    ),
    (
        "zh",
        "欢迎安全理事会2021年11月17日通过第2608(2021)号决议，",
        {"S/RES/2608(2021)": "2021-11-17"},
    ),
    (
        "zh",
        "注意到人权理事会2019年7月11日通过第41/6号决议，",
        {"A/HRC/RES/41/6": "2019-07-11"},
    ),
]

_NOUNS_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    ("ar", "وإذ تشير إلى قراريها 72/314 و 76/301،", {"A/RES/72/314": None, "A/RES/76/301": None}),
    ("ar", "وإذ تشير إلى القرارين 72/314 و 76/301،", {"A/RES/72/314": None, "A/RES/76/301": None}),
    ("zh", "回顾安全理事会2021年11月17日通过的第2608(2021)号决议，", {"S/RES/2608(2021)": "2021-11-17"}),
    ("zh", "回顾安全理事会2021年11月17日第2608(2021)号决议，", {"S/RES/2608(2021)": "2021-11-17"}),
    ("zh", "欢迎安全理事会通过第2608(2021)号决议，", {"S/RES/2608(2021)": None}),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_NOUNS, _NOUNS_SAME))
def test_nouns_and_date_links(lang: str, para: str, expected: dict[str, str | None]) -> None:
    assert_passage(f"{GA[lang]}{para}\n", expected)


# (a footnote or a bibliography line of secondary literature, target -> date, the pinpoint of the
# first record or None)
_LEGAL: list[tuple[str, dict[str, str | None], str | None]] = [
    ("S.C. Res. 2467, ¶ 16 (Apr. 23, 2019).", {"S/RES/2467(2019)": "2019-04-23"}, "¶ 16"),
    ("S.C. Res. 2467, para. 16 (Apr. 23, 2019).", {"S/RES/2467(2019)": "2019-04-23"}, "para. 16"),
    ("S.C. Res. 2467, ¶¶ 16-18 (Apr. 23, 2019).", {"S/RES/2467(2019)": "2019-04-23"}, "¶¶ 16-18"),
    ("G.A. Res. 66/288, ¶¶ 45–47 (July 27, 2012).", {"A/RES/66/288": "2012-07-27"}, "¶¶ 45-47"),
    (
        "UNGA Res 66/288 'The future we want' (27 July 2012) UN Doc A/RES/66/288.",
        {"A/RES/66/288": "2012-07-27"},
        None,
    ),
    (
        "UNSC Res 2467 \u201cWomen and peace and security\u201d (23 April 2019).",
        {"S/RES/2467(2019)": "2019-04-23"},
        None,
    ),
    (
        "G.A. Res. 2625 (XXV), U.N. Doc. A/RES/2625 (Oct. 24, 1970).",
        {"A/RES/2625(XXV)": "1970-10-24"},
        None,
    ),
    (
        "G.A. Res. 1803 A (XVII), U.N. Doc. A/RES/1803 (Dec. 14, 1962).",
        {"A/RES/1803A(XVII)": "1962-12-14"},
        None,
    ),
]

# look-alikes that must not change: a symbol with no number before it, another number before it,
# a bracket that holds no date, a quote that is no title before a date
_LEGAL_SAME: list[tuple[str, dict[str, str | None], str | None]] = [
    ("See U.N. Doc. A/RES/2625 (Oct. 24, 1970).", {"A/RES/2625": "1970-10-24"}, None),
    (
        "G.A. Res. 2625 (XXV), U.N. Doc. A/RES/2627 (1970).",
        {"A/RES/2625(XXV)": None, "A/RES/2627": None},
        None,
    ),
    ("G.A. Res. 66/288, ¶ 45 (2012).", {"A/RES/66/288": None}, None),
    ("S.C. Res. 2467 (Apr. 23, 2019).", {"S/RES/2467(2019)": "2019-04-23"}, None),
]


@pytest.mark.parametrize(
    ("line", "expected", "pinpoint"),
    [pytest.param(*r, id=f"legal-{i}") for i, r in enumerate(_LEGAL)]
    + [pytest.param(*r, id=f"same-legal-{i}") for i, r in enumerate(_LEGAL_SAME)],
)
def test_legal_styles(line: str, expected: dict[str, str | None], pinpoint: str | None) -> None:
    res = assert_passage(line + "\n", expected)
    assert res.citations[0].pinpoint == pinpoint
    assert extract_text(line + "\n").unresolved == 0


# (language, paragraph of a General Assembly text, the text of the unresolved record)
_CODED: list[tuple[str, str, str]] = [
    ("en", "Taking note of World Health Assembly resolution WHA76.8 on patient safety,", "WHA76.8"),
    ("en", "Noting resolutions WHA69.2 and WHA74.17 on the health of women and children,", "WHA74.17"),
    ("zh", "注意到世界卫生大会WHA76.8号决议，", "WHA76.8"),
    ("ar", "وإذ تحيط علما بقرار جمعية الصحة العالمية ج ص ع76-8 بشأن سلامة المرضى،", "ج ص ع76-8"),
    ("ar", "وإذ تحيط علما بالقرار ج ص ع 69-2،", "ج ص ع 69-2"),
]

# look-alikes that must not change: a code inside a word or a symbol, a number with no code
_CODED_SAME: list[tuple[str, str, str]] = [
    ("en", "Noting the report of the SWHA76.8 network,", ""),
    ("en", "Noting the document WHA/76/8 of the network,", ""),
    ("en", "Recalling its resolution 76/8,", ""),
]


@pytest.mark.parametrize(("lang", "para", "text"), by_language(_CODED, _CODED_SAME))
def test_coded_resolutions_stay_unresolved(lang: str, para: str, text: str) -> None:
    res = extract_text(f"{GA[lang]}{para}\n")
    coded = [c for c in res.citations if c.kind == "unresolved"]
    if not text:
        assert coded == [] and all(c.body != "WHA" for c in res.citations)
        return
    assert res.targets() == []
    assert text in [c.text for c in coded]
    c = next(c for c in coded if c.text == text)
    assert c.body == "WHA" and c.reason and "no id scheme" in c.reason
