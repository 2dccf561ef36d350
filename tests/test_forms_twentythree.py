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

from passages import GA, assert_passage, by_language
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
