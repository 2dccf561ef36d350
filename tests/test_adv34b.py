"""Adversarial rows in Arabic, Russian and Chinese as administrative, disarmament, law-of-the-sea
and Economic and Social Council texts write them (issue 7): a document of the Conference on
Disarmament or of the Commission on the Limits of the Continental Shelf by its series and one
number ("CD/2291", "CLCS/91"); a resolution numbered N (ROMAN) of "the
Commission" in a Council text that names no commission (a regional commission's own numbering,
no id); an agreement whose title holds the Convention's name ("the Agreement relating to the
Implementation of Part XI of …", the fish stocks agreement: the Convention is not cited); and the
Arabic section of a budget resolution by its noun and ordinal ("الجزء الرابع عشر من قرارها",
"الفرع ثالثا"); and six treaties in these languages by name (the Arms Trade Treaty, the mine-ban,
desertification and Stockholm conventions, the two statelessness conventions); an Arabic date
after "المعتمد بتاريخ".  The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import ECOSOC, GA, assert_exact, by_tables, pinpoints_of

# (language, passage, each target with its date, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

# a document of the Conference on Disarmament or of the Commission on the Limits of the
# Continental Shelf: its series and one number
_CD: list[Row] = [
    ("ar", GA["ar"] + "وإذ تحيط علما بتوصيات اللجنة (CLCS/91)،", {"CLCS/91": None}),
    (
        "ru",
        GA["ru"] + "принимая к сведению рекомендации Комиссии (CLCS/91 и Corr.1),",
        {"CLCS/91": None, "CLCS/91/Corr.1": None},
    ),
    ("zh", GA["zh"] + "注意到委员会的建议（CLCS/91），", {"CLCS/91": None}),
    (
        "ar",
        GA["ar"] + "وإذ تحيط علما بالوثيقة CD/2291 وبالوثيقة CD/1405،",
        {"CD/2291": None, "CD/1405": None},
    ),
    ("ru", GA["ru"] + "принимая к сведению документы CD/2291 и CD/1405,", {"CD/2291": None, "CD/1405": None}),
    ("zh", GA["zh"] + "注意到CD/2291号文件和CD/1405号文件，", {"CD/2291": None, "CD/1405": None}),
    ("en", GA["en"] + "Taking note of documents CD/2291 and CD/1405,", {"CD/2291": None, "CD/1405": None}),
]
_CD_SAME: list[Row] = [
    # (a numbered element of the series: found before as well; a word after the slash: no symbol)
    ("en", GA["en"] + "Taking note of the record CD/PV.1688,", {"CD/PV.1688": None}),
    ("en", GA["en"] + "Welcoming the CD/ROM edition of the Yearbook,", {}),
]

# N (ROMAN) of "the Commission" in a Council text that names none: no id
_COMMISSION: list[Row] = [
    (
        "ar",
        ECOSOC["ar"] + "إذ يشير إلى قرار اللجنة 317 (د-29) وإلى التقرير E/ESCWA/29/8،",
        {"": None, "E/ESCWA/29/8": None},
    ),
    (
        "ru",
        ECOSOC["ru"] + "ссылаясь на резолюцию 317 (XXIX) Комиссии и доклад E/ESCWA/29/8,",
        {"": None, "E/ESCWA/29/8": None},
    ),
    (
        "zh",
        ECOSOC["zh"] + "回顾委员会第317(XXIX)号决议和E/ESCWA/29/8号报告，",
        {"": None, "E/ESCWA/29/8": None},
    ),
    (
        "en",
        ECOSOC["en"] + "Recalling Commission resolution 317 (XXIX) and the report E/ESCWA/29/8,",
        {"": None, "E/ESCWA/29/8": None},
    ),
]
_COMMISSION_SAME: list[Row] = [
    # (the Council's own, by its short name or its possessive; the Assembly's in its text)
    (
        "en",
        ECOSOC["en"] + "Recalling Council resolution 1503 (XLVIII) and its resolution 1235 (XLII),",
        {"E/RES/1503(XLVIII)": None, "E/RES/1235(XLII)": None},
    ),
    ("en", GA["en"] + "Recalling its resolution 1541 (XV),", {"A/RES/1541(XV)": None}),
]

# an agreement whose title holds the Convention's name: the Convention is not cited by it
_WITHIN: list[Row] = [
    (
        "ar",
        GA["ar"] + "وإذ تشير إلى اتفاق تنفيذ ما تتضمنه اتفاقية الأمم المتحدة لقانون البحار من أحكام"
        " بشأن حفظ وإدارة الأرصدة السمكية،",
        {},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на Соглашение об осуществлении положений Конвенции Организации Объединенных"
        " Наций по морскому праву, которые касаются сохранения рыбных запасов,",
        {},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на Соглашение об осуществлении Части XI Конвенции Организации Объединенных"
        " Наций по морскому праву,",
        # (the Agreement itself, by its Russian title: pass real52e)
        {"UNTS/1836/31364": None},
    ),
    (
        "zh",
        GA["zh"] + "回顾《关于执行〈联合国海洋法公约〉第十一部分的协定》，",
        {},
    ),
    (
        "zh",
        GA["zh"] + "回顾《执行〈联合国海洋法公约〉有关养护和管理跨界鱼类种群的规定的协定》，",
        {},
    ),
]
_WITHIN_SAME: list[Row] = [
    # (the Convention's implementation, not an agreement's title: cited)
    (
        "ar",
        GA["ar"] + "وإذ تؤكد أهمية تنفيذ اتفاقية الأمم المتحدة لقانون البحار،",
        {"UNTS/1833/31363": None},
    ),
    (
        "ru",
        GA["ru"] + "подчеркивая важность осуществления положений Конвенции Организации Объединенных"
        " Наций по морскому праву,",
        {"UNTS/1833/31363": None},
    ),
    ("zh", GA["zh"] + "强调执行《联合国海洋法公约》第十一部分的重要性，", {"UNTS/1833/31363": None}),
]


# treaties of the disarmament, environment and statelessness texts named in Arabic, Russian, Chinese
_TREATIES: list[Row] = [
    ("ar", GA["ar"] + "وإذ ترحب بالتصديقات على معاهدة تجارة الأسلحة،", {"UNTS/3013/52373": None}),
    ("ru", GA["ru"] + "приветствуя ратификации Договора о торговле оружием,", {"UNTS/3013/52373": None}),
    ("zh", GA["zh"] + "欢迎对《武器贸易条约》的批准，", {"UNTS/3013/52373": None}),
    (
        "ar",
        GA["ar"] + "وإذ تشير إلى اتفاقية حظر استعمال وتخزين وإنتاج ونقل الألغام المضادة للأفراد وتدمير"
        " تلك الألغام،",
        {"UNTS/2056/35597": None},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на Конвенцию о запрещении применения, накопления запасов, производства и"
        " передачи противопехотных мин и об их уничтожении,",
        {"UNTS/2056/35597": None},
    ),
    (
        "zh",
        GA["zh"] + "回顾《关于禁止使用、储存、生产和转让杀伤人员地雷及销毁此种地雷的公约》，",
        {"UNTS/2056/35597": None},
    ),
    ("ar", GA["ar"] + "وإذ تشير إلى اتفاقية الأمم المتحدة لمكافحة التصحر،", {"UNTS/1954/33480": None}),
    (
        "ru",
        GA["ru"] + "ссылаясь на Конвенцию Организации Объединенных Наций по борьбе с опустыниванием,",
        {"UNTS/1954/33480": None},
    ),
    ("zh", GA["zh"] + "回顾《联合国防治荒漠化公约》，", {"UNTS/1954/33480": None}),
    (
        "ar",
        GA["ar"] + "وإذ تشير إلى اتفاقية استكهولم بشأن الملوثات العضوية الثابتة،",
        {"UNTS/2256/40214": None},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на Стокгольмскую конвенцию о стойких органических загрязнителях,",
        {"UNTS/2256/40214": None},
    ),
    ("zh", GA["zh"] + "回顾《关于持久性有机污染物的斯德哥尔摩公约》，", {"UNTS/2256/40214": None}),
    (
        "ar",
        GA["ar"] + "وإذ تشير إلى الاتفاقية المتعلقة بوضع الأشخاص عديمي الجنسية واتفاقية خفض حالات انعدام"
        " الجنسية،",
        {"UNTS/360/5158": None, "UNTS/989/14458": None},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на Конвенцию о статусе апатридов и Конвенцию о сокращении безгражданства,",
        {"UNTS/360/5158": None, "UNTS/989/14458": None},
    ),
    (
        "zh",
        GA["zh"] + "回顾《关于无国籍人地位的公约》和《减少无国籍状态公约》，",
        {"UNTS/360/5158": None, "UNTS/989/14458": None},
    ),
]
_TREATIES_SAME: list[Row] = [
    # (another treaty of the field, named before as well)
    ("ar", GA["ar"] + "وإذ تشير إلى معاهدة عدم انتشار الأسلحة النووية،", {"UNTS/729/10485": None}),
]


# an Arabic date after "adopted" and "on the date of" ("المعتمد بتاريخ")
_ADOPTED: list[Row] = [
    (
        "ar",
        GA["ar"] + "وإذ تشير إلى القرار 75/250 المعتمد بتاريخ 31 كانون الأول/ديسمبر 2020،",
        {"A/RES/75/250": "2020-12-31"},
    ),
    (
        "ar",
        GA["ar"] + "وإذ تشير إلى المقرر 75/561 المتخذ بتاريخ 2 أيلول/سبتمبر 2021،",
        {"A/DEC/75/561": "2021-09-02"},
    ),
]
_ADOPTED_SAME: list[Row] = [
    (
        "ar",
        GA["ar"] + "وإذ تشير إلى القرار 75/250 المعتمد في 31 كانون الأول/ديسمبر 2020،",
        {"A/RES/75/250": "2020-12-31"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    by_tables(
        adopted=(_ADOPTED, _ADOPTED_SAME),
        cd=(_CD, _CD_SAME),
        treaties=(_TREATIES, _TREATIES_SAME),
        commission=(_COMMISSION, _COMMISSION_SAME),
        within=(_WITHIN, _WITHIN_SAME),
    ),
)
def test_administrative_and_treaty_passages(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected)


# the Arabic section of a resolution: its noun, then an ordinal past ten or an adverbial one
# (language, passage, each target with its pinpoint)
PinRow = tuple[str, str, dict[str, str | None]]

_SECTION: list[PinRow] = [
    ("ar", GA["ar"] + "إذ تشير إلى الجزء الرابع عشر من قرارها 75/263،", {"A/RES/75/263": "الجزء الرابع عشر"}),
    ("ar", GA["ar"] + "إذ تشير إلى الفرع ثالثا من قرارها 75/264،", {"A/RES/75/264": "الفرع ثالثا"}),
    ("ar", GA["ar"] + "إذ تشير إلى الجزء الثاني من قرارها 73/280 ألف،", {"A/RES/73/280A": "الجزء الثاني"}),
]
_SECTION_SAME: list[PinRow] = [
    ("ar", GA["ar"] + "إذ تشير إلى الفرع الثاني من قرارها 75/264،", {"A/RES/75/264": "الفرع الثاني"}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_tables(section=(_SECTION, _SECTION_SAME)))
def test_arabic_sections_of_a_resolution(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert pinpoints_of(text) == expected
