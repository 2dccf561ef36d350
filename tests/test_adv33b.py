"""Adversarial rows in six languages as Security Council texts and the Secretary-General's reports
to the Council write them (issue 7): the date of a letter sent under the symbols of two organs
joined by a hyphen ("(A/77/876-S/2023/321)"), which is the second symbol's too; the Arabic dual
of the letter's link ("رسالتان متطابقتان مؤرختان … موجهتان إلى …"); a Chinese letter's date
before its sender, then the link ("…日…常驻联合国代表给秘书长的信"); and a letter's date over the
Council resolution in its sender's name ("from the Chair of the Committee established pursuant
to resolution 1718 (2006) addressed to …").  The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import SC, assert_exact, by_tables

# (language, passage, each target with its date, None: undated)
Row = tuple[str, str, dict[str, str | None]]

# one letter under the symbols of two organs: the date is both symbols'
_JOINT: list[Row] = [
    (
        "en",
        "Identical letters dated 6 March 2022 from the Permanent Representative of Chile to the United"
        " Nations addressed to the Secretary-General and the President of the Security Council"
        " (A/76/755-S/2022/188)",
        {"A/76/755": "2022-03-06", "S/2022/188": "2022-03-06"},
    ),
    (
        "fr",
        "Lettres identiques datées du 6 mars 2022, adressées au Secrétaire général et au Président du"
        " Conseil de sécurité par la Représentante permanente du Chili (A/76/755-S/2022/188)",
        {"A/76/755": "2022-03-06", "S/2022/188": "2022-03-06"},
    ),
    (
        "es",
        "Cartas idénticas de fecha 6 de marzo de 2022 dirigidas al Secretario General y a la Presidencia"
        " del Consejo de Seguridad por la Representante Permanente de Chile (A/76/755-S/2022/188)",
        {"A/76/755": "2022-03-06", "S/2022/188": "2022-03-06"},
    ),
    (
        "ru",
        "Идентичные письма Постоянного представителя Чили от 6 марта 2022 года на имя Генерального"
        " секретаря и Председателя Совета Безопасности (A/76/755-S/2022/188)",
        {"A/76/755": "2022-03-06", "S/2022/188": "2022-03-06"},
    ),
    (
        "fr",
        SC["fr"] + "Prenant note de la lettre datée du 2 février 2021, adressée au Secrétaire général par"
        " le Représentant permanent du Pérou (A/75/730-S/2021/101),",
        {"A/75/730": "2021-02-02", "S/2021/101": "2021-02-02"},
    ),
]
_JOINT_SAME: list[Row] = [
    # (two letters, each its own date: the second keeps its own)
    (
        "en",
        SC["en"] + "Noting the letters dated 2 February 2021 (S/2021/101) and 9 March 2021 (S/2021/230),",
        {"S/2021/101": "2021-02-02", "S/2021/230": "2021-03-09"},
    ),
    # (a hyphen, then words: no second symbol of one document)
    (
        "en",
        SC["en"] + "Noting the report dated 2 February 2021 (S/2021/101) - and its resolution 2565 (2021),",
        {"S/2021/101": "2021-02-02", "S/RES/2565(2021)": None},
    ),
]

# the Arabic dual of the link after the date of two identical letters
_DUAL: list[Row] = [
    (
        "ar",
        "رسالتان متطابقتان مؤرختان 6 آذار/مارس 2022 موجهتان إلى الأمين العام ورئيس مجلس الأمن من"
        " الممثلة الدائمة لشيلي لدى الأمم المتحدة (A/76/755-S/2022/188)",
        {"A/76/755": "2022-03-06", "S/2022/188": "2022-03-06"},
    ),
    (
        "ar",
        SC["ar"] + "وإذ يحيط علما بالرسالتين المتطابقتين المؤرختين 11 تموز/يوليه 2019 الموجهتين إلى"
        " الأمين العام ورئيس مجلس الأمن (S/2019/562)،",
        {"S/2019/562": "2019-07-11"},
    ),
]
_DUAL_SAME: list[Row] = [
    (
        "ar",
        SC["ar"] + "وإذ يحيط علما بالرسالة المؤرخة 11 تموز/يوليه 2019"
        " الموجهة إلى رئيس مجلس الأمن (S/2019/562)،",
        {"S/2019/562": "2019-07-11"},
    ),
]

# a Chinese letter's date, its sender, then the link
_SENDER: list[Row] = [
    ("zh", "2022年3月6日智利常驻联合国代表给秘书长的信(S/2022/188)", {"S/2022/188": "2022-03-06"}),
    (
        "zh",
        SC["zh"] + "注意到2021年2月2日秘鲁常驻联合国代表致安全理事会主席的信(S/2021/101)，",
        {"S/2021/101": "2021-02-02"},
    ),
    (
        "zh",
        "2022年3月6日智利常驻联合国代表给秘书长和安全理事会主席的同文信(A/76/755-S/2022/188)",
        {"A/76/755": "2022-03-06", "S/2022/188": "2022-03-06"},
    ),
]
_SENDER_SAME: list[Row] = [
    (
        "zh",
        SC["zh"] + "注意到秘书长2021年2月2日给安全理事会主席的信(S/2021/101)，",
        {"S/2021/101": "2021-02-02"},
    ),
    # (a date, then a comma and other words: no sender of the letter)
    (
        "zh",
        SC["zh"] + "回顾2021年2月2日，秘书长给安理会主席的信(S/2021/101)和第2565(2021)号决议，",
        {"S/2021/101": None, "S/RES/2565(2021)": None},
    ),
]

# a letter's date, then its sender named by the Council resolution that set up the committee
_COMMITTEE: list[Row] = [
    (
        "en",
        SC["en"] + "Taking note of the letter dated 19 April 2022 from the Chair of the Security Council"
        " Committee established pursuant to resolution 1533 (2004) addressed to the President of the"
        " Security Council (S/2022/331),",
        {"S/RES/1533(2004)": None, "S/2022/331": "2022-04-19"},
    ),
    (
        "fr",
        SC["fr"] + "Prenant note de la lettre datée du 19 avril 2022, adressée à la Présidente du Conseil"
        " de sécurité par le Président du Comité créé par la résolution 1533 (2004) (S/2022/331),",
        {"S/RES/1533(2004)": None, "S/2022/331": "2022-04-19"},
    ),
    (
        "es",
        SC["es"] + "Tomando nota de la carta de fecha 19 de abril de 2022 dirigida a la Presidencia del"
        " Consejo de Seguridad por el Presidente del Comité establecido en virtud de la resolución"
        " 1533 (2004) (S/2022/331),",
        {"S/RES/1533(2004)": None, "S/2022/331": "2022-04-19"},
    ),
    (
        "ar",
        SC["ar"] + "وإذ يحيط علما بالرسالة المؤرخة 19 نيسان/أبريل 2022 الموجهة إلى رئيس مجلس الأمن من"
        " رئيس اللجنة المنشأة عملا بالقرار 1533 (2004) (S/2022/331)،",
        {"S/RES/1533(2004)": None, "S/2022/331": "2022-04-19"},
    ),
    (
        "fr",
        SC["fr"] + "Rappelant la lettre datée du 3 juin 2020, adressée au Président du Conseil de sécurité"
        " par la Présidente du Comité du Conseil de sécurité créé par la résolution 2140 (2014)"
        " (S/2020/512),",
        {"S/RES/2140(2014)": None, "S/2020/512": "2020-06-03"},
    ),
]
_COMMITTEE_SAME: list[Row] = [
    # (a figure other than a Council resolution's in the sender's name: the letter's date is
    # carried over it too, since left34; not over another date)
    (
        "fr",
        SC["fr"] + "Rappelant la lettre datée du 3 juin 2020, adressée au Président"
        " par les 15 membres (S/2020/512),",
        {"S/2020/512": "2020-06-03"},
    ),
    (
        "en",
        SC["en"] + "Recalling its resolution 1533 (2004) and the report of the Group"
        " of Experts (S/2022/331),",
        {"S/RES/1533(2004)": None, "S/2022/331": None},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    by_tables(
        joint=(_JOINT, _JOINT_SAME),
        dual=(_DUAL, _DUAL_SAME),
        sender=(_SENDER, _SENDER_SAME),
        committee=(_COMMITTEE, _COMMITTEE_SAME),
    ),
)
def test_council_letters_and_their_dates(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected)
