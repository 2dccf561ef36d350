"""Date and list forms that real documents write, lost before (issue 7, pass left40):

- a number's date after the meeting that adopted it: Arabic "في جلستها العامة 1883" set off by
  commas or held ("المعقودة في"), after the text's participle ("المتخذ في جلستها العامة …",
  "الذي اتخذته في …") as after the body; Chinese "第1883次全体会议" between commas, as notes cite
  ("第2734(XXV)号决议，第1932次全体会议，1970年12月16日"); a meeting without a date dates nothing;
- Russian: a list whose numbers each have their date before them after its word, the body before
  the list ("резолюции Генеральной Ассамблеи от 24 октября 2005 года 60/1 и от 25 сентября 2015
  года 70/1"): the second number was lost, or the first undated when a comma set them apart;
- the number's sign repeated before the list's next number ("резолюции № 60/1 … и № 70/1", "No.",
  "núm.", Arabic "رقم 60/1 ورقم 70/1"): the next number was lost or read outside the list;
- a treaty's protocols named in the plural before its name ("the Optional Protocols to the
  Convention on the Rights of the Child", "Факультативные протоколы к Конвенции …",
  "البروتوكولين الاختياريين لاتفاقية …") or, in Chinese, after its title without "及其"
  ("《儿童权利公约》各项任择议定书"): all the protocols instruments.csv holds for it, not the treaty;
  and a protocol that is a treaty of its own (protocols.csv: the refugee Convention's of 1967, the
  ILO's Protocol of 2014) named by reference after its treaty ("… and the Protocol thereto");
- a number's date in brackets after its word ("resolutions 60/1 (of 24 October 2005) and 70/1 (of
  25 September 2015)", "(du …)", "(de …)", "(от …)"): the first was undated, the second lost;
- a title in capitals that cites texts with the body's name between the noun and the number, as
  Russian, French and Spanish write it ("ОСУЩЕСТВЛЕНИЕ РЕЗОЛЮЦИЙ ГЕНЕРАЛЬНОЙ АССАМБЛЕИ 48/162 И
  50/227"), and a list word of one letter in one ("… 48/162 И 50/227 …", "… Y 50/227"): the
  second number (or all) was lost.

The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import assert_exact, by_language, by_tables, targets_of

# (language, passage, each target with its date, None: undated)
Row = tuple[str, str, dict[str, str | None]]

_MEETING: list[Row] = [
    (
        "ar",
        "انظر القرار 2734 (د-25)، في جلستها العامة 1932، 16 كانون الأول/ديسمبر 1970، الفقرة 3.",
        {"A/RES/2734(XXV)": "1970-12-16"},
    ),
    (
        "ar",
        "انظر القرار 2734 (د-25) المتخذ في جلستها العامة 1932 المعقودة في 16 كانون الأول/ديسمبر 1970.",
        {"A/RES/2734(XXV)": "1970-12-16"},
    ),
    (
        "ar",
        "قرار مجلس الأمن 1296 (2000)، المعتمد في جلسته 4130، المعقودة في 19 نيسان/أبريل 2000.",
        {"S/RES/1296(2000)": "2000-04-19"},
    ),
    (
        "ar",
        "وإذ تشير إلى قرارها 60/147 الذي اتخذته في جلستها العامة 64 المعقودة في 16 كانون الأول/ديسمبر 2005،",
        {"A/RES/60/147": "2005-12-16"},
    ),
    (
        "ar",
        "وإذ تشير إلى القرار 60/147 الذي اتخذته الجمعية العامة في جلستها العامة 64 المعقودة في 16 كانون "
        "الأول/ديسمبر 2005،",
        {"A/RES/60/147": "2005-12-16"},
    ),
    (
        "zh",
        "见第2734(XXV)号决议，第1932次全体会议，1970年12月16日，第3段。",
        {"A/RES/2734(XXV)": "1970-12-16"},
    ),
    (
        "zh",
        "安全理事会第1296(2000)号决议，第4130次会议，2000年4月19日。",
        {"S/RES/1296(2000)": "2000-04-19"},
    ),
    (
        "zh",
        "见第60/147号决议，第64次全体会议，2005年12月16日，附件。",
        {"A/RES/60/147": "2005-12-16"},
    ),
]

# … not a meeting without a date, nor a date that a sentence of its own gives after it
_MEETING_SAME: list[Row] = [
    (
        "ar",
        "انظر القرار 2734 (د-25)، في جلستها العامة 1932، الفقرة 3.",
        {"A/RES/2734(XXV)": None},
    ),
    (
        "ar",
        "انظر القرار 2734 (د-25) المتخذ في جلستها العامة 1932. وفي 16 كانون الأول/ديسمبر 1970 اجتمعت "
        "اللجنة مرة أخرى.",
        {"A/RES/2734(XXV)": None},
    ),
    (
        "zh",
        "见第60/147号决议，第64次全体会议，第3段。",
        {"A/RES/60/147": None},
    ),
    (
        "zh",
        "见第2734(XXV)号决议，第1932次全体会议。2005年12月16日，委员会再次开会。",
        {"A/RES/2734(XXV)": None},
    ),
]

_LIST: list[Row] = [
    (
        "ru",
        "ссылаясь на резолюции Генеральной Ассамблеи от 24 октября 2005 года 60/1 и от 25 сентября "
        "2015 года 70/1,",
        {"A/RES/60/1": "2005-10-24", "A/RES/70/1": "2015-09-25"},
    ),
    (
        "ru",
        "ссылаясь на резолюции Генеральной Ассамблеи от 24 октября 2005 г. 60/1, от 5 ноября 2009 г. "
        "64/10 и от 25 сентября 2015 г. 70/1,",
        {"A/RES/60/1": "2005-10-24", "A/RES/64/10": "2009-11-05", "A/RES/70/1": "2015-09-25"},
    ),
    (
        "ru",
        "ссылаясь на резолюции № 60/1 от 24 октября 2005 года и № 70/1 от 25 сентября 2015 года,",
        {"A/RES/60/1": "2005-10-24", "A/RES/70/1": "2015-09-25"},
    ),
    (
        "ru",
        "ссылаясь на резолюции 60/1 от 24 октября 2005 года и № 70/1 от 25 сентября 2015 года,",
        {"A/RES/60/1": "2005-10-24", "A/RES/70/1": "2015-09-25"},
    ),
    (
        "ar",
        "وإذ تشير إلى قراريها رقم 60/1 المؤرخ 24 تشرين الأول/أكتوبر 2005 ورقم 70/1 المؤرخ 25 أيلول/سبتمبر "
        "2015،",
        {"A/RES/60/1": "2005-10-24", "A/RES/70/1": "2015-09-25"},
    ),
    (
        "ar",
        "وإذ تشير إلى قراريها رقم 60/1 و رقم 70/1،",
        {"A/RES/60/1": None, "A/RES/70/1": None},
    ),
    (
        "en",
        "Recalling its resolutions No. 60/1 of 24 October 2005 and No. 70/1 of 25 September 2015,",
        {"A/RES/60/1": "2005-10-24", "A/RES/70/1": "2015-09-25"},
    ),
    (
        "es",
        "Recordando sus resoluciones núm. 60/1, de 24 de octubre de 2005, y núm. 70/1, de 25 de "
        "septiembre de 2015,",
        {"A/RES/60/1": "2005-10-24", "A/RES/70/1": "2015-09-25"},
    ),
]

# a number's date in brackets after its word
_BRACKET: list[Row] = [
    (
        "en",
        "Recalling its resolutions 60/1 (of 24 October 2005) and 70/1 (of 25 September 2015),",
        {"A/RES/60/1": "2005-10-24", "A/RES/70/1": "2015-09-25"},
    ),
    (
        "en",
        "Recalling its resolution 60/1 (adopted on 24 October 2005),",
        {"A/RES/60/1": "2005-10-24"},
    ),
    (
        "fr",
        "Rappelant ses résolutions 60/1 (du 24 octobre 2005) et 70/1 (du 25 septembre 2015),",
        {"A/RES/60/1": "2005-10-24", "A/RES/70/1": "2015-09-25"},
    ),
    (
        "es",
        "Recordando sus resoluciones 60/1 (de 24 de octubre de 2005) y 70/1 (de 25 de septiembre de 2015),",
        {"A/RES/60/1": "2005-10-24", "A/RES/70/1": "2015-09-25"},
    ),
    (
        "ru",
        "ссылаясь на свои резолюции 60/1 (от 24 октября 2005 года) и 70/1 (от 25 сентября 2015 года),",
        {"A/RES/60/1": "2005-10-24", "A/RES/70/1": "2015-09-25"},
    ),
]

# … not a bracket that holds another text's date, nor one that holds more than the date
_BRACKET_SAME: list[Row] = [
    (
        "en",
        "Recalling its resolution 60/1 (see the report of 24 October 2005),",
        {"A/RES/60/1": None},
    ),
    (
        "en",
        "Recalling its resolution 60/1 (of 24 October 2005, para. 3),",
        {"A/RES/60/1": None},
    ),
]

# … not a number without a date of its own, nor each number's date after it (read before)
_LIST_SAME: list[Row] = [
    (
        "ru",
        "ссылаясь на резолюции Генеральной Ассамблеи от 24 октября 2005 года 60/1 и 70/1,",
        {"A/RES/60/1": "2005-10-24", "A/RES/70/1": None},
    ),
    (
        "ru",
        "ссылаясь на резолюции 60/1 от 24 октября 2005 года, 64/10 от 5 ноября 2009 года и 70/1 от 25 "
        "сентября 2015 года,",
        {"A/RES/60/1": "2005-10-24", "A/RES/64/10": "2009-11-05", "A/RES/70/1": "2015-09-25"},
    ),
]

_CAPITALS: list[Row] = [
    (
        "ru",
        "ОСУЩЕСТВЛЕНИЕ РЕЗОЛЮЦИЙ ГЕНЕРАЛЬНОЙ АССАМБЛЕИ 48/162 И 50/227\n\nДоклад Генерального секретаря.",
        {"A/RES/48/162": None, "A/RES/50/227": None},
    ),
    (
        "ru",
        "ОСУЩЕСТВЛЕНИЕ РЕЗОЛЮЦИЙ 48/162 И 50/227 ГЕНЕРАЛЬНОЙ АССАМБЛЕИ\n\nДоклад Генерального секретаря.",
        {"A/RES/48/162": None, "A/RES/50/227": None},
    ),
    (
        "ru",
        "МЕЖДУНАРОДНАЯ КОНВЕНЦИЯ\n\nПРИНЯТА РЕЗОЛЮЦИЕЙ ГЕНЕРАЛЬНОЙ АССАМБЛЕИ 2106 A (XX) ОТ 21 ДЕКАБРЯ "
        "1965 ГОДА\n\nСтатья 1",
        {"A/RES/2106A(XX)": "1965-12-21"},
    ),
    (
        "es",
        "APLICACIÓN DE LAS RESOLUCIONES DE LA ASAMBLEA GENERAL 48/162 Y 50/227\n\nInforme del "
        "Secretario General.",
        {"A/RES/48/162": None, "A/RES/50/227": None},
    ),
    (
        "fr",
        "MISE EN ŒUVRE DES RÉSOLUTIONS DE L'ASSEMBLÉE GÉNÉRALE 48/162 ET 50/227\n\nRapport du "
        "Secrétaire général.",
        {"A/RES/48/162": None, "A/RES/50/227": None},
    ),
]

# … not a heading's own number, nor a title in capitals that names no number
_CAPITALS_SAME: list[Row] = [
    (
        "en",
        "IMPLEMENTATION OF GENERAL ASSEMBLY RESOLUTIONS 48/162 AND 50/227\n\nReport of the "
        "Secretary-General.",
        {"A/RES/48/162": None, "A/RES/50/227": None},
    ),
    (
        "ru",
        "ДОКЛАД О ВЫПОЛНЕНИИ РЕЗОЛЮЦИЙ И РЕШЕНИЙ ГЕНЕРАЛЬНОЙ АССАМБЛЕИ\n\nСм. резолюцию 70/1.",
        {"A/RES/70/1": None},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    by_tables(
        meeting=(_MEETING, _MEETING_SAME),
        lists=(_LIST, _LIST_SAME),
        bracket=(_BRACKET, _BRACKET_SAME),
        capitals=(_CAPITALS, _CAPITALS_SAME),
    ),
)
def test_left40(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


CRC_PROTOCOLS = {"UNTS/2171/27531", "UNTS/2173/27531", "UNTS/2983/27531"}
UNTOC_PROTOCOLS = {"UNTS/2237/39574", "UNTS/2241/39574", "UNTS/2326/39574"}
REFUGEES = {"UNTS/189/2545", "UNTS/606/8791"}

# (language, passage, its targets)
_PROTOCOLS: list[tuple[str, str, set[str]]] = [
    (
        "en",
        "Welcoming the entry into force of the Optional Protocols to the Convention on the Rights "
        "of the Child,",
        CRC_PROTOCOLS,
    ),
    (
        "en",
        "Urging States to ratify the Protocols to the United Nations Convention against "
        "Transnational Organized Crime,",
        UNTOC_PROTOCOLS,
    ),
    (
        "fr",
        "Se félicitant de l'entrée en vigueur des Protocoles facultatifs à la Convention relative "
        "aux droits de l'enfant,",
        CRC_PROTOCOLS,
    ),
    (
        "fr",
        "Exhortant les États à ratifier les Protocoles additionnels à la Convention des Nations "
        "Unies contre la criminalité transnationale organisée,",
        UNTOC_PROTOCOLS,
    ),
    (
        "es",
        "Acogiendo con beneplácito la entrada en vigor de los Protocolos Facultativos de la "
        "Convención sobre los Derechos del Niño,",
        CRC_PROTOCOLS,
    ),
    (
        "es",
        "Instando a los Estados a ratificar los Protocolos de la Convención de las Naciones Unidas "
        "contra la Delincuencia Organizada Transnacional,",
        UNTOC_PROTOCOLS,
    ),
    (
        "ru",
        "приветствуя вступление в силу Факультативных протоколов к Конвенции о правах ребенка,",
        CRC_PROTOCOLS,
    ),
    (
        "ru",
        "настоятельно призывая государства ратифицировать Протоколы к Конвенции Организации "
        "Объединенных Наций против транснациональной организованной преступности,",
        UNTOC_PROTOCOLS,
    ),
    ("ar", "وإذ ترحب ببدء نفاذ البروتوكولين الاختياريين لاتفاقية حقوق الطفل،", CRC_PROTOCOLS),
    (
        "ar",
        "وإذ تحث الدول على التصديق على البروتوكولات الملحقة باتفاقية الأمم المتحدة لمكافحة الجريمة "
        "المنظمة عبر الوطنية،",
        UNTOC_PROTOCOLS,
    ),
    ("zh", "欢迎《儿童权利公约》各项任择议定书生效，", CRC_PROTOCOLS),
    ("zh", "敦促各国批准《联合国打击跨国有组织犯罪公约》各项议定书，", UNTOC_PROTOCOLS),
    ("en", "Recalling the Convention relating to the Status of Refugees and the Protocol thereto,", REFUGEES),
    (
        "fr",
        "Rappelant la Convention relative au statut des réfugiés et le Protocole s'y rapportant,",
        REFUGEES,
    ),
    ("es", "Recordando la Convención sobre el Estatuto de los Refugiados y su Protocolo,", REFUGEES),
    ("ru", "ссылаясь на Конвенцию о статусе беженцев и Протокол к ней,", REFUGEES),
    ("ar", "وإذ تشير إلى الاتفاقية الخاصة بوضع اللاجئين والبروتوكول الملحق بها،", REFUGEES),
    ("zh", "回顾《关于难民地位的公约》及其议定书，", REFUGEES),
    (
        "en",
        "Recalling the Forced Labour Convention, 1930 (No. 29), and its Protocol,",
        {"UNTS/39/612", "pub:protocol-of-2014-to-the-forced-labour-convention-1930"},
    ),
]

# … not the treaty named alone, nor one protocol named in full, nor the treaty with its protocols
_PROTOCOLS_SAME: list[tuple[str, str, set[str]]] = [
    ("en", "Recalling the Convention on the Rights of the Child,", {"UNTS/1577/27531"}),
    ("en", "Recalling the Convention relating to the Status of Refugees,", {"UNTS/189/2545"}),
    (
        "en",
        "Welcoming the Optional Protocol to the Convention on the Rights of the Child on the "
        "involvement of children in armed conflict,",
        {"UNTS/2173/27531"},
    ),
    (
        "en",
        "Recalling the Convention on the Rights of the Child and the Optional Protocols thereto,",
        {"UNTS/1577/27531"} | CRC_PROTOCOLS,
    ),
    ("ru", "ссылаясь на Конвенцию о правах ребенка,", {"UNTS/1577/27531"}),
    ("zh", "回顾《儿童权利公约》，", {"UNTS/1577/27531"}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_PROTOCOLS, _PROTOCOLS_SAME))
def test_protocols(lang: str, text: str, expected: set[str]) -> None:
    assert targets_of(text, lang) == expected
