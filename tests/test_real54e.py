"""Forms met reading real public texts dense in treaty citations, of kinds not read before (issue
7, pass real54e: the Assembly's Spanish and Russian resolutions and the Secretary-General's reports
on sustainable fisheries, Russian legal portals' copies of the Fish Stocks Agreement and of
agreements that cite it, Spanish conference and press pages on it, Russian and Ukrainian copies of
the drug conventions and their Protocol of 1972, UNHCR's Executive Committee conclusions in French,
Arabic guides, encyclopaedia and law pages on the Refugee Convention and the law of the sea, Chinese
(traditional and simplified) pages and journal articles on the Geneva Conventions), each written
for these tests in UN style (passages, States and dates invented):

- the Fish Stocks Agreement by its full title in Spanish and Russian ("Acuerdo sobre la aplicación
  de las disposiciones de la Convención … relativas a la conservación y ordenación de las
  poblaciones de peces transzonales …", "Соглашение об осуществлении положений Конвенции … которые
  касаются сохранения трансграничных рыбных запасов …", and with its year, "Соглашения 1995 года
  об осуществлении …"; es, ru ``instruments``) is the Agreement, not the Convention on the Law of
  the Sea inside its title (es, ru ``within_title``; was the Convention, with its date); the year
  after the head word set on the next line, as a resolution's title breaks it ("el Acuerdo de\\n1995
  sobre la aplicación …"; ``find._head_date``) is read as on one line (was missed); the Agreement
  on Part XI and the Convention named alone stay;
- the Single Convention as amended by the Protocol of 1972 as Russian texts write it ("Единая
  конвенция … 1961 года (с поправками 1972 года)", "… с поправками, внесенными в нее Протоколом 1972
  года", "… с поправками, внесенными Протоколом 1972 года", "… с поправками 1972 года"; ru
  ``instruments``) is the amended Convention (was the Convention of 1961); an amendment of an
  article and the Protocol's own title that names the Convention are not;
- the Refugee Convention and its Protocol named together in Arabic by the nouns and one title in
  the dual after both ("اتفاقية عام 1951 وبروتوكول عام 1967 الخاصين بوضع اللاجئين", "الاتفاقية
  والبروتوكول الخاصان بوضع اللاجئين"; ar ``treaty_sharing_title``, ``instruments``, the list word
  glued to the protocol's name, ``find.shared_title_head``) are both (were missed); the protocol
  named by the possessive alone after a treaty and its year after a preposition of four letters
  ("الاتفاقية الخاصة بوضع اللاجئين لعام 1951 وبروتوكولها لعام 1967"; ar ``protocol_thereto``) is
  its one protocol (was missed), none after a treaty with several;
- a Chinese name without title marks with "缔约国" glued after it ("日内瓦四公约缔约国", traditional
  "日內瓦四公約締約國"; zh ``name_compound_after``) and the article the four Conventions share glued
  after their name ("…日内瓦四公约共同第三条"; zh ``name_pinpoint_after``) are read (were missed);
  the four Conventions' titles in traditional characters ("改善戰地武裝部隊傷者病者境遇之日內瓦公約",
  "關於戰時保護平民之日內瓦公約"; zh ``variant_letters`` 戰, 隊, 時) are cited (were missed);
  "缔约国" after the generic noun names nothing, nor a name without title marks inside the name
  of the meeting of the parties ("罗马规约缔约国大会"; zh ``within_title_after``).
"""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

Mention = tuple[str, str | None]

FISH_STOCKS = "UNTS/2167/37924"
UNCLOS = "UNTS/1833/31363"
PART_XI = "UNTS/1836/31364"
SINGLE = "UNTS/520/7515"
AMENDED = "UNTS/976/14152"
PSYCHOTROPIC = "UNTS/1019/14956"
REFUGEES = "UNTS/189/2545"
REFUGEES_1967 = "UNTS/606/8791"
CEDAW = "UNTS/1249/20378"
CEDAW_OP = "UNTS/2131/20378"
CRC = "UNTS/1577/27531"
FOUR = ("UNTS/75/970", "UNTS/75/971", "UNTS/75/972", "UNTS/75/973")

ES_FISH = (
    "sobre la aplicación de las disposiciones de la Convención de las Naciones Unidas sobre el Derecho del "
    "Mar de 10 de diciembre de 1982 relativas a la conservación y ordenación de las poblaciones de peces "
    "transzonales y las poblaciones de peces altamente migratorios"
)
RU_FISH = (
    "об осуществлении положений Конвенции Организации Объединенных Наций по морскому праву от 10 декабря "
    "1982 года, которые касаются сохранения трансграничных рыбных запасов и запасов далеко мигрирующих рыб "
    "и управления ими"
)


def _mentions(text: str) -> list[Mention]:
    return [(c.text, c.target) for c in extract_text(text).citations]


def _four(name: str) -> list[Mention]:
    return [(name, t) for t in FOUR]


FISH: list[tuple[str, list[Mention]]] = [
    (
        f"Ruritania se adhirió en 2004 al Acuerdo {ES_FISH}.\n",
        [(f"Acuerdo {ES_FISH}", FISH_STOCKS)],
    ),
    (
        f"Informe sobre la ordenación de la pesca, incluso mediante el Acuerdo de\n1995 {ES_FISH}, e "
        "instrumentos conexos\n",
        [(f"Acuerdo de\n1995 {ES_FISH}", FISH_STOCKS)],
    ),
    (
        f"Informe sobre la ordenación de la pesca, incluso mediante el Acuerdo de 1995\n{ES_FISH}, e "
        "instrumentos conexos\n",
        [(f"Acuerdo de 1995\n{ES_FISH}", FISH_STOCKS)],
    ),
    (
        f"Руритания присоединилась к Соглашению {RU_FISH} в 2004 году.\n",
        [(f"Соглашению {RU_FISH}", FISH_STOCKS)],
    ),
    (
        f"Охрана рыбных ресурсов, в том числе посредством Соглашения 1995 года {RU_FISH}, и смежных "
        "документов\n",
        [(f"Соглашения 1995 года {RU_FISH}", FISH_STOCKS)],
    ),
]

FISH_ALIKE: list[tuple[str, list[Mention]]] = [
    # the Convention named alone, and the Agreement on Part XI, stay
    (
        "Ruritania es parte en la Convención de las Naciones Unidas sobre el Derecho del Mar desde 1997.\n",
        [("Convención de las Naciones Unidas sobre el Derecho del Mar", UNCLOS)],
    ),
    (
        "Руритания является участником Соглашения об осуществлении Части XI Конвенции Организации "
        "Объединенных Наций по морскому праву от 10 декабря 1982 года.\n",
        [
            (
                "Соглашения об осуществлении Части XI Конвенции Организации Объединенных Наций по морскому "
                "праву от 10 декабря 1982 года",
                PART_XI,
            )
        ],
    ),
]

AMENDED_ROWS: list[tuple[str, list[Mention]]] = [
    (
        "ссылаясь на Единую конвенцию о наркотических средствах 1961 года (с поправками 1972 года) и "
        "Конвенцию о психотропных веществах 1971 года,\n",
        [
            ("Единую конвенцию о наркотических средствах 1961 года (с поправками 1972 года)", AMENDED),
            ("Конвенцию о психотропных веществах 1971 года", PSYCHOTROPIC),
        ],
    ),
    (
        "Руритания является участником Единой конвенции о наркотических средствах 1961 года с поправками, "
        "внесенными в нее Протоколом 1972 года.\n",
        [
            (
                "Единой конвенции о наркотических средствах 1961 года с поправками, внесенными в нее "
                "Протоколом 1972 года",
                AMENDED,
            )
        ],
    ),
    (
        "Руритания применяет Единую конвенцию о наркотических средствах 1961 года с поправками, внесенными "
        "Протоколом 1972 года.\n",
        [
            (
                "Единую конвенцию о наркотических средствах 1961 года с поправками, внесенными Протоколом "
                "1972 года",
                AMENDED,
            )
        ],
    ),
    (
        "Руритания применяет Единую конвенцию о наркотических средствах 1961 года с поправками 1972 года.\n",
        [("Единую конвенцию о наркотических средствах 1961 года с поправками 1972 года", AMENDED)],
    ),
]

AMENDED_ALIKE: list[tuple[str, list[Mention]]] = [
    # an amendment of an article is no amended Convention
    (
        "Руритания предложила Единую конвенцию о наркотических средствах 1961 года с поправками к статье "
        "12.\n",
        [("Единую конвенцию о наркотических средствах 1961 года", SINGLE)],
    ),
    # … nor the Protocol of 1972, whose title names the Convention it amends
    (
        "Протокол 1972 года о поправках к Единой конвенции о наркотических средствах 1961 года вступил в "
        "силу в 1975 году.\n",
        [],
    ),
]

ARABIC: list[tuple[str, list[Mention]]] = [
    (
        "وإذ تشير إلى اتفاقية عام 1951 وبروتوكول عام 1967 الخاصين بوضع اللاجئين،\n",
        [("اتفاقية", REFUGEES), ("بروتوكول عام 1967 الخاصين بوضع اللاجئين", REFUGEES_1967)],
    ),
    (
        "إن الاتفاقية والبروتوكول الخاصان بوضع اللاجئين يحددان حقوق اللاجئين.\n",
        [("الاتفاقية", REFUGEES), ("البروتوكول الخاصان بوضع اللاجئين", REFUGEES_1967)],
    ),
    (
        "وإذ تشير إلى الاتفاقية الخاصة بوضع اللاجئين لعام 1951 وبروتوكولها لعام 1967،\n",
        [("الاتفاقية الخاصة بوضع اللاجئين", REFUGEES), ("وبروتوكولها", REFUGEES_1967)],
    ),
    (
        "وإذ تشير إلى اتفاقية القضاء على جميع أشكال التمييز ضد المرأة وبروتوكولها،\n",
        [("اتفاقية القضاء على جميع أشكال التمييز ضد المرأة", CEDAW), ("وبروتوكولها", CEDAW_OP)],
    ),
]

ARABIC_ALIKE: list[tuple[str, list[Mention]]] = [
    # the possessive after a treaty with several protocols names none
    (
        "وإذ تشير إلى اتفاقية حقوق الطفل وبروتوكولها،\n",
        [("اتفاقية حقوق الطفل", CRC)],
    ),
]

CHINESE: list[tuple[str, list[Mention]]] = [
    ("鲁里塔尼亚是日内瓦四公约缔约国。\n", _four("日内瓦四公约")),
    ("魯里塔尼亞是日內瓦四公約締約國。\n", _four("日內瓦四公約")),
    ("依照1949年日内瓦四公约共同第三条，冲突各方应给予人道待遇。\n", _four("1949年日内瓦四公约")),
    (
        "魯里塔尼亞於1957年批准了《改善戰地武裝部隊傷者病者境遇之日內瓦公約》和《關於戰時保護平民之日內瓦公約》。\n",
        [("改善戰地武裝部隊傷者病者境遇之日內瓦公約", FOUR[0]), ("關於戰時保護平民之日內瓦公約", FOUR[3])],
    ),
]

CHINESE_ALIKE: list[tuple[str, list[Mention]]] = [
    # the generic noun names nothing
    ("鲁里塔尼亚是该公约缔约国。\n", []),
    # … nor a name without title marks inside a meeting's name
    ("罗马规约缔约国大会第十届会议于2011年举行。\n", []),
    # the simplified title, as before
    ("鲁里塔尼亚于1957年批准了《关于战俘待遇之日内瓦公约》。\n", [("关于战俘待遇之日内瓦公约", FOUR[2])]),
    # a name in its title marks before it, as before
    ("《罗马规约》缔约国大会第十届会议于2011年举行。\n", [("罗马规约", "UNTS/2187/38544")]),
]


@pytest.mark.parametrize(("text", "expected"), FISH + FISH_ALIKE)
def test_fish_stocks(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), AMENDED_ROWS + AMENDED_ALIKE)
def test_single_convention_amended(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), ARABIC + ARABIC_ALIKE)
def test_arabic_convention_and_protocol(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), CHINESE + CHINESE_ALIKE)
def test_chinese_glued_after(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected
