"""Forms found by probing whole passages in six languages written in UN style for these tests
(invented numbers, dates and topics), round four: a list's later item that names its own body
after the topic of the one before ("its resolutions 69/313 on … and 44/3 of the Human Rights
Council"); a number of the series of ids.md after a resolution numbered with its body's code
("resolutions WHA72.4 and 70/1"); a symbol glued to the bracket of its date or year
("A/RES/70/1（2015年9月25日）"); Spanish "set." for September; the date of a letter or a report
before the bracket of a resolution, which is the letter's ("the letter of 27 July 2015
(resolution 69/313)"). Each form with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from passages import ECOSOC, GA, HRC, assert_passage, by_language
from rescite.engine.extract import extract_text

Row = tuple[str, str, dict[str, str | None]]

_OWN_BODY_AFTER_TOPIC: list[Row] = [
    (
        "en",
        "Recalling its resolutions 68/210 on disaster risk reduction and 41/7 of the Human Rights Council,",
        {"A/RES/68/210": None, "A/HRC/RES/41/7": None},
    ),
    (
        "fr",
        "Rappelant ses résolutions 68/210 sur la réduction des risques de catastrophe et 41/7 du"
        " Conseil des droits de l'homme,",
        {"A/RES/68/210": None, "A/HRC/RES/41/7": None},
    ),
    (
        "es",
        "Recordando sus resoluciones 68/210 sobre la reducción del riesgo de desastres y 41/7 del"
        " Consejo de Derechos Humanos,",
        {"A/RES/68/210": None, "A/HRC/RES/41/7": None},
    ),
    (
        "ru",
        "ссылаясь на свои резолюции 68/210 о снижении риска бедствий и 41/7 Совета по правам человека,",
        {"A/RES/68/210": None, "A/HRC/RES/41/7": None},
    ),
    (
        "ar",
        "وإذ تشير إلى قراريها 68/210 بشأن الحد من مخاطر الكوارث و 41/7 لمجلس حقوق الإنسان،",
        {"A/RES/68/210": None, "A/HRC/RES/41/7": None},
    ),
]

_OWN_BODY_AFTER_TOPIC_SAME: list[Row] = [
    (
        "en",
        "Recalling its resolutions 68/210 on disaster risk reduction and 41/7 of the Economic and Social"
        " Council,",
        {"A/RES/68/210": None},
    ),
    (
        "en",
        "Recalling its resolutions 68/210 on disaster risk reduction and 72/219 on climate,",
        {"A/RES/68/210": None, "A/RES/72/219": None},
    ),
    (
        "en",
        "Recalling its resolutions 68/210 on disaster risk reduction. 41/7 of the Human Rights Council",
        {"A/RES/68/210": None},
    ),
    (
        "en",
        "Recalling its resolutions 68/210 and 41/7 of the Human Rights Council,",
        {"A/RES/68/210": None, "A/HRC/RES/41/7": None},
    ),
]


@pytest.mark.parametrize(
    ("lang", "para", "expected"), by_language(_OWN_BODY_AFTER_TOPIC, _OWN_BODY_AFTER_TOPIC_SAME)
)
def test_later_item_names_its_own_body(lang: str, para: str, expected: dict[str, str | None]) -> None:
    assert_passage(f"{GA[lang]}{para}\n", expected)


_NUMBER_AFTER_CODED: list[Row] = [
    ("en", "Recalling resolutions WHA71.9 and 73/2,", {"A/RES/73/2": None}),
    (
        "en",
        "Recalling World Health Assembly resolutions WHA71.9, WHA74.2 and 73/2 of 10 October 2018,",
        {"A/RES/73/2": "2018-10-10"},
    ),
    ("fr", "Rappelant les résolutions WHA71.9 et 73/2,", {"A/RES/73/2": None}),
    ("es", "Recordando las resoluciones WHA71.9 y 73/2,", {"A/RES/73/2": None}),
    ("ru", "ссылаясь на резолюции WHA71.9 и 73/2,", {"A/RES/73/2": None}),
    ("ar", "وإذ تشير إلى القرارين ج ص ع71-9 و 73/2،", {"A/RES/73/2": None}),
    ("en", "Recalling resolutions WHA71.9 and 41/7 of the Human Rights Council,", {"A/HRC/RES/41/7": None}),
]

_NUMBER_AFTER_CODED_SAME: list[Row] = [
    ("en", "Recalling resolutions WHA71.9 and A/RES/73/2,", {"A/RES/73/2": None}),
    ("en", "Recalling its resolution 73/2 and resolutions WHA71.9 and WHA74.2,", {"A/RES/73/2": None}),
]


@pytest.mark.parametrize(
    ("lang", "para", "expected"), by_language(_NUMBER_AFTER_CODED, _NUMBER_AFTER_CODED_SAME)
)
def test_number_after_coded_resolution(lang: str, para: str, expected: dict[str, str | None]) -> None:
    assert_passage(f"{GA[lang]}{para}\n", expected)


_GLUED_BRACKET: list[Row] = [
    ("zh", "引用格式：A/RES/73/2（2018年10月10日）", {"A/RES/73/2": "2018-10-10"}),
    ("zh", "见A/RES/73/2（2018年）。", {"A/RES/73/2": None}),
    ("zh", "见A/RES/73/2（2018）。", {"A/RES/73/2": None}),
    ("zh", "见A/77/301（2022年8月3日）。", {"A/77/301": "2022-08-03"}),
    ("en", "See A/RES/73/2(2018).", {"A/RES/73/2": None}),
]

_GLUED_BRACKET_SAME: list[Row] = [
    ("zh", "见S/RES/2417(2018)。", {"S/RES/2417(2018)": None}),
    ("zh", "见A/RES/2200(XXI)。", {"A/RES/2200(XXI)": None}),
    ("zh", "见A/RES/73/2（第4段）。", {"A/RES/73/2": None}),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_GLUED_BRACKET, _GLUED_BRACKET_SAME))
def test_symbol_glued_to_its_date(lang: str, para: str, expected: dict[str, str | None]) -> None:
    assert_passage(f"{para}\n", expected)


_SPANISH_SET: list[Row] = [
    ("es", "Recordando su resolución 73/2, de 10 de set. de 2018,", {"A/RES/73/2": "2018-09-10"}),
    ("es", "Recordando su resolución 73/2 (10 set. 2018),", {"A/RES/73/2": "2018-09-10"}),
    (
        "es",
        "Recordando sus resoluciones 72/279, de 31 de mayo de 2018, y 73/2, de 10 de set. de 2018,",
        {"A/RES/72/279": "2018-05-31", "A/RES/73/2": "2018-09-10"},
    ),
    ("es", "Recordando su resolución 73/2, aprobada el 10 de set. de 2018,", {"A/RES/73/2": "2018-09-10"}),
]

_SPANISH_SET_SAME: list[Row] = [
    ("es", "Recordando su resolución 73/2, sobre un set. de indicadores de 2018,", {"A/RES/73/2": None}),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_SPANISH_SET, _SPANISH_SET_SAME))
def test_spanish_set_is_september(lang: str, para: str, expected: dict[str, str | None]) -> None:
    res = assert_passage(f"{GA[lang]}{para}\n", expected)
    if not any(expected.values()):
        assert all(c.date is None for c in res.citations)


_SENT_DATE: list[tuple[str, str, str]] = [
    ("en", "Recalling the letter of 14 June 2018 (resolution 72/279),", "A/RES/72/279"),
    ("en", "Taking note of the report dated 3 August 2019 (resolution 73/2),", "A/RES/73/2"),
    ("fr", "Rappelant la lettre du 14 juin 2018 (résolution 72/279),", "A/RES/72/279"),
    ("es", "Recordando la carta de fecha 14 de junio de 2018 (resolución 72/279),", "A/RES/72/279"),
    ("ru", "ссылаясь на письмо от 14 июня 2018 года (резолюция 72/279),", "A/RES/72/279"),
    ("ar", "وإذ تشير إلى الرسالة المؤرخة 14 حزيران/يونيه 2018 (القرار 72/279)،", "A/RES/72/279"),
    ("zh", "回顾2018年6月14日的信（第72/279号决议），", "A/RES/72/279"),
    ("zh", "回顾2018年6月14日的报告（第72/279号决议），", "A/RES/72/279"),
]

# look-alikes that keep the date: the text adopted that day, a symbol of the letter itself
_SENT_DATE_SAME: list[Row] = [
    (
        "en",
        "Recalling the Declaration adopted on 19 September 2016 (resolution 71/1),",
        {"A/RES/71/1": "2016-09-19"},
    ),
    (
        "en",
        "Taking note of the Declaration of 19 September 2016 (resolution 71/1),",
        {"A/RES/71/1": "2016-09-19"},
    ),
    (
        "fr",
        "Prenant note de la Déclaration adoptée le 19 septembre 2016 (résolution 71/1),",
        {"A/RES/71/1": "2016-09-19"},
    ),
    ("zh", "回顾2016年9月19日通过的宣言（第71/1号决议），", {"A/RES/71/1": "2016-09-19"}),
    ("en", "Recalling the letter of 8 March 2016 (S/2016/231),", {"S/2016/231": "2016-03-08"}),
]


@pytest.mark.parametrize(("lang", "para", "target"), by_language(_SENT_DATE))
def test_letter_date_not_the_resolution(lang: str, para: str, target: str) -> None:
    res = extract_text(f"{GA[lang]}{para}\n")
    dates = {c.date for c in res.citations if c.target == target}
    assert dates == {None}, dates


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_SENT_DATE_SAME))
def test_letter_date_look_alikes(lang: str, para: str, expected: dict[str, str | None]) -> None:
    assert_passage(f"{GA[lang]}{para}\n", expected)


# (language, citing body's opening line, paragraph, target -> date)
_ADOPTION_DATE: list[tuple[str, str, str, dict[str, str | None]]] = [
    (
        "en",
        HRC["en"],
        "Welcoming the adoption by the Council, on 6 October 2023, of its resolution 54/12,",
        {"A/HRC/RES/54/12": "2023-10-06"},
    ),
    (
        "en",
        GA["en"],
        "Recalling the adoption by the General Assembly, on 1 September 2017, of its resolution 71/318,",
        {"A/RES/71/318": "2017-09-01"},
    ),
    (
        "fr",
        GA["fr"],
        "Rappelant l'adoption par le Conseil des droits de l'homme, le 6 octobre 2023, de sa résolution"
        " 54/12,",
        {"A/HRC/RES/54/12": "2023-10-06"},
    ),
    (
        "es",
        GA["es"],
        "Recordando la aprobación por el Consejo de Derechos Humanos, el 6 de octubre de 2023, de su"
        " resolución 54/12,",
        {"A/HRC/RES/54/12": "2023-10-06"},
    ),
    (
        "ru",
        GA["ru"],
        "приветствуя принятие Советом по правам человека 6 октября 2023 года его резолюции 54/12,",
        {"A/HRC/RES/54/12": "2023-10-06"},
    ),
    (
        "ar",
        GA["ar"],
        "وإذ ترحب باتخاذ مجلس حقوق الإنسان، في 6 تشرين الأول/أكتوبر 2023، قراره 54/12،",
        {"A/HRC/RES/54/12": "2023-10-06"},
    ),
    (
        "zh",
        GA["zh"],
        "欢迎人权理事会于2023年10月6日通过其第54/12号决议，",
        {"A/HRC/RES/54/12": "2023-10-06"},
    ),
    (
        "fr",
        ECOSOC["fr"],
        "Rappelant la décision 2022/318 qu'il a prise le 21 juillet 2022,",
        {"E/DEC/2022/318": "2022-07-21"},
    ),
    (
        "fr",
        ECOSOC["fr"],
        "Rappelant sa décision 2022/318, prise le 21 juillet 2022,",
        {"E/DEC/2022/318": "2022-07-21"},
    ),
    (
        "en",
        ECOSOC["en"],
        "Recalling its decision 2022/318, which it took on 21 July 2022,",
        {"E/DEC/2022/318": "2022-07-21"},
    ),
    (
        "es",
        ECOSOC["es"],
        "Recordando la decisión 2022/318 que tomó el 21 de julio de 2022,",
        {"E/DEC/2022/318": "2022-07-21"},
    ),
    (
        "zh",
        ECOSOC["zh"],
        "回顾其2022年7月21日作出的第2022/318号决定，",
        {"E/DEC/2022/318": "2022-07-21"},
    ),
]

# look-alikes: a date of another text before the list word, no date at all
_ADOPTION_DATE_SAME: list[tuple[str, str, str, dict[str, str | None]]] = [
    (
        "ar",
        GA["ar"],
        "وإذ تشير إلى تقرير مجلس حقوق الإنسان المؤرخ 6 تشرين الأول/أكتوبر 2023 وقراره 54/12،",
        {"A/HRC/RES/54/12": None},
    ),
    (
        "ru",
        GA["ru"],
        "ссылаясь на доклад Совета по правам человека от 6 октября 2023 года и его резолюцию 54/12,",
        {"A/HRC/RES/54/12": None},
    ),
    (
        "en",
        GA["en"],
        "Welcoming the adoption by the Human Rights Council of its resolution 54/12,",
        {"A/HRC/RES/54/12": None},
    ),
    (
        "en",
        ECOSOC["en"],
        "Recalling the measures taken on 21 July 2022 under decision 2022/318,",
        {"E/DEC/2022/318": None},
    ),
]


@pytest.mark.parametrize(
    ("lang", "head", "para", "expected"), by_language(_ADOPTION_DATE, _ADOPTION_DATE_SAME)
)
def test_adoption_date_attached(lang: str, head: str, para: str, expected: dict[str, str | None]) -> None:
    res = assert_passage(f"{head}{para}\n", expected)
    if not any(expected.values()):
        assert all(c.date is None for c in res.citations), [c.date for c in res.citations]


# (paragraph of a legal citation, target -> date): the date of a document joined by "&" or ", with"
# is its own; the date that ends a chain over a title that holds "and" or "with" is the resolution's
_LEGAL_JOINED: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "See G.A. Res. 3201 (S-VI), Declaration on the Establishment of a New International Economic"
        " Order & U.N. Doc. A/9556 (May 1, 1974).",
        {"A/RES/3201(S-VI)": None, "A/9556": "1974-05-01"},
    ),
    (
        "en",
        "See G.A. Res. 3201 (S-VI), Declaration on the Establishment of a New International Economic"
        " Order, with U.N. Doc. A/9556 (May 1, 1974).",
        {"A/RES/3201(S-VI)": None, "A/9556": "1974-05-01"},
    ),
    (
        "en",
        "See G.A. Res. 69/313, annex, Addis Ababa Action Agenda & Report of the Secretary-General, U.N."
        " Doc. A/70/302 (Aug. 4, 2015).",
        {"A/RES/69/313": None, "A/70/302": "2015-08-04"},
    ),
]

_LEGAL_JOINED_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "See G.A. Res. 3281 (XXIX), Charter of Economic Rights and Duties of States, U.N. Doc. A/9631"
        " (Dec. 12, 1974).",
        {"A/RES/3281(XXIX)": "1974-12-12", "A/9631": "1974-12-12"},
    ),
    (
        "en",
        "See G.A. Res. 61/106, Convention on the Rights of Persons with Disabilities, U.N. Doc."
        " A/61/611 (Dec. 13, 2006).",
        {"A/RES/61/106": "2006-12-13", "A/61/611": "2006-12-13", "UNTS/2515/44910": None},
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_LEGAL_JOINED, _LEGAL_JOINED_SAME))
def test_legal_chain_joined_document(lang: str, para: str, expected: dict[str, str | None]) -> None:
    res = assert_passage(f"{para}\n", expected)
    for c in res.citations:
        if c.target in expected and expected[c.target] is None:
            assert c.date is None, (c.target, c.date)


# A possessive suffix of the other gender than the citing body's ("قراره", his resolution, in a text
# of the Assembly) refers to the body of that gender named before it in the same sentence — which goes
# on over a paragraph's line break after a comma (the paragraphs of a text are one sentence)
_GENDERED_OVER_LINE: list[tuple[str, str, str, dict[str, str | None]]] = [
    (
        "ar",
        GA["ar"],
        "وإذ تشير إلى عمل مجلس حقوق الإنسان،\nوإذ تحيط علما بقراره 35/14،",
        {"A/HRC/RES/35/14": None},
    ),
    (
        "ar",
        GA["ar"],
        "وإذ تشير إلى عمل مجلس حقوق الإنسان،\n\nوإذ تحيط علما بقراره 35/14،",
        {"A/HRC/RES/35/14": None},
    ),
    (
        "ar",
        GA["ar"],
        "وإذ ترحب بالتقرير السنوي لمجلس حقوق الإنسان،\nوإذ تشير إلى قراره 35/14،",
        {"A/HRC/RES/35/14": None},
    ),
    (
        "ar",
        HRC["ar"],
        "وإذ يشير إلى عمل الجمعية العامة،\nوإذ يحيط علما بقرارها 60/251،",
        {"A/RES/60/251": None},
    ),
    (
        "ar",
        HRC["ar"],
        "وإذ يرحب بعمل الجمعية العامة،\n\nوإذ يشير إلى قرارها 48/141،",
        {"A/RES/48/141": None},
    ),
]

# look-alikes: a full stop ends the sentence; the citing body's own gender; the possessive on one line
_GENDERED_OVER_LINE_SAME: list[tuple[str, str, str, dict[str, str | None]]] = [
    (
        "ar",
        GA["ar"],
        "وإذ تشير إلى عمل مجلس حقوق الإنسان.\nوإذ تحيط علما بقراره 35/14،",
        {"A/RES/35/14": None},
    ),
    (
        "ar",
        GA["ar"],
        "وإذ تشير إلى عمل مجلس حقوق الإنسان،\nوإذ تحيط علما بقرارها 72/305،",
        {"A/RES/72/305": None},
    ),
    (
        "ar",
        GA["ar"],
        "وإذ تشير إلى عمل مجلس حقوق الإنسان، وإذ تحيط علما بقراره 35/14،",
        {"A/HRC/RES/35/14": None},
    ),
]


@pytest.mark.parametrize(
    ("lang", "head", "para", "expected"), by_language(_GENDERED_OVER_LINE, _GENDERED_OVER_LINE_SAME)
)
def test_gendered_possessive_over_a_line(
    lang: str, head: str, para: str, expected: dict[str, str | None]
) -> None:
    assert_passage(f"{head}{para}\n", expected)
