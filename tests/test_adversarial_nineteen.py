"""Look-alikes in the secondary texts users feed the engine (NGO briefs, law-review articles,
national submissions, reports of other organisations): a court's docket number written
"No. 45/2019", another kind of body's text in year shape ("decision 2011/753 of the Commission"),
a title after a symbol ("A/RES/70/1 A More Just World"), a product code of the chemicals
conventions' shape with no decision's noun, another organisation's short name before the noun
("the OSCE decision 12/3"), another organisation's resolution numbered N (ROMAN) after the
Assembly's thirtieth session. Each with the look-alikes that must not change. The passages are
invented for these tests (numbers, dates, names and wording changed)."""

from __future__ import annotations

import pytest

from passages import by_language
from rescite.engine.extract import extract_text

#: (language, passage of a secondary text, its records: (text, target) in order)
Row = tuple[str, str, list[tuple[str, str | None]]]


def _records(lang: str, text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.target) for c in extract_text(text, lang=lang).citations]


# a four-figure number after a session's: a docket number of a year, no session's text
_DOCKET: list[Row] = [
    ("en", "The decision No. 38/2018 of the Administrative Court was appealed.", [("38/2018", None)]),
    ("en", "Its ruling, decision 52/2021 of the tribunal, was final.", [("52/2021", None)]),
    ("es", "La decisión n.º 38/2018 del Tribunal Administrativo fue recurrida.", [("38/2018", None)]),
    ("ru", "Решение № 38/2018 арбитражного суда было обжаловано.", [("38/2018", None)]),
    ("zh", "行政法院第38/2018号决定已被上诉。", [("38/2018", None)]),
]
_DOCKET_SAME: list[Row] = [
    ("en", "The Assembly, in decision 73/558, deferred the item.", [("73/558", "A/DEC/73/558")]),
    ("en", "See General Assembly resolution 74/306 of 2020.", [("74/306", "A/RES/74/306")]),
    ("es", "La decisión 73/558 de la Asamblea General aplazó el tema.", [("73/558", "A/DEC/73/558")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_DOCKET, _DOCKET_SAME))
def test_a_docket_number_of_a_year_is_no_sessions_text(
    lang: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _records(lang, text) == expected


# a year-shaped number of a commission (or another kind of body) that the text does not name:
# not the Economic and Social Council's
_YEAR_SHAPE: list[Row] = [
    (
        "en",
        "Rules on waste were laid down; see also decision 2012/631 of the Commission.",
        [("2012/631", None)],
    ),
    ("fr", "Voir la décision 2012/631 de la Commission sur les déchets.", [("2012/631", None)]),
    ("es", "La resolución 2020/118 de la Comisión Nacional de Valores fue publicada.", [("2020/118", None)]),
    ("ru", "См. решение Комиссии 2012/631 об отходах.", [("2012/631", None)]),
    ("zh", "见委员会第2012/631号决定。", [("2012/631", None)]),
    ("en", "The IDA resolution 2018/7 of the Board raised the ceiling.", [("2018/7", None)]),
]
_YEAR_SHAPE_SAME: list[Row] = [
    ("en", "See decision 2012/231 of the Council on the calendar.", [("2012/231", "E/DEC/2012/231")]),
    ("en", "See also resolution 2012/31 on the calendar.", [("2012/31", "E/RES/2012/31")]),
    (
        "en",
        "The Commission on Human Rights, in resolution 2003/61, and later the Commission, in its decision"
        " 2004/117, took up the matter.",
        [("2003/61", "E/CN.4/RES/2003/61"), ("2004/117", "E/CN.4/DEC/2004/117")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_YEAR_SHAPE, _YEAR_SHAPE_SAME))
def test_a_year_shape_of_a_commission_not_named_is_not_the_councils(
    lang: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _records(lang, text) == expected


# a title's first word after a symbol or number: no part's letter
_TITLE: list[Row] = [
    (
        "en",
        "Recalling A/RES/72/9 A Fairer Trade for All, the authors argue for reform.",
        [("A/RES/72/9", "A/RES/72/9")],
    ),
    ("en", "Its resolution 72/9 A Fairer Trade for All was adopted by consensus.", [("72/9", "A/RES/72/9")]),
]
_TITLE_SAME: list[Row] = [
    (
        "en",
        "Recalling resolution 72/9 A and B of the Assembly,",
        [("72/9 A and B", "A/RES/72/9A"), ("72/9 A and B", "A/RES/72/9B")],
    ),
    ("en", "Recalling resolution 72/9 A General Assembly text,", [("72/9 A", "A/RES/72/9A")]),
    ("en", "Recalling resolution A/RES/72/9 B of the General Assembly,", [("A/RES/72/9 B", "A/RES/72/9B")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_TITLE, _TITLE_SAME))
def test_a_titles_first_word_is_no_part_letter(
    lang: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _records(lang, text) == expected


# a code in the shape of the chemicals conventions' with no decision's noun before it (nor in a
# list after one): a product's code, no record
_CODE: list[Row] = [
    ("en", "RC-11/7 product code, as shown in the table of pesticides.", []),
    ("en", "BC-14/9 in a table of wastes listed for review.", []),
    ("en", "Dicofol, SC-11/3, annex A of the inventory.", []),
    ("fr", "Le code MC-6/2 du produit figure au tableau.", []),
]
_CODE_SAME: list[Row] = [
    (
        "en",
        "Recalling decisions BC-14/9, RC-11/7 and SC-11/3 on joint activities,",
        [("BC-14/9", None), ("RC-11/7", None), ("SC-11/3", None)],
    ),
    ("en", "Recalling decision SC-11/3 on listing,", [("SC-11/3", None)]),
    ("zh", "回顾第BC-14/9号和第SC-11/3号决定，", [("BC-14/9", None), ("SC-11/3", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_CODE, _CODE_SAME))
def test_a_convention_code_without_its_noun_is_no_decision(
    lang: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _records(lang, text) == expected


# another organisation's short name before the noun: its text, not the body's of the text cited
# before nor the General Assembly's
_ACRONYM: list[Row] = [
    (
        "en",
        "The Human Rights Council resolution 14/5 of 2 October 2010 and the OSCE decision 14/5 differ.",
        [("14/5", "A/HRC/RES/14/5"), ("14/5", None)],
    ),
    ("en", "The OIC resolution 46/2 on minorities was noted.", [("46/2", None)]),
    ("en", "The UNDP decision 2017/131 approved the plan.", [("2017/131", None)]),
    # … or after it ("of the OIC", "de l'OCI"), or before a Chinese number
    ("en", "See resolution 46/2 of the OIC on minorities.", [("46/2", None)]),
    ("fr", "La résolution 46/2 de l'OCI sur les minorités.", [("46/2", None)]),
    ("es", "La resolución 46/2 de la OCI sobre minorías.", [("46/2", None)]),
    ("zh", "伊斯兰合作组织第46/2号决议。", [("46/2", None)]),
    ("zh", "部长第2018/214号决定设立了收容所。", [("2018/214", None)]),
    # … or a word of a State's organ
    ("en", "Ministerial decision 2018/214 (Greece) set up the shelters.", [("2018/214", None)]),
    ("en", "The Cabinet resolution 2016/241 approved the action plan.", [("2016/241", None)]),
    # … a State's, a parliament's or a named entity's possessive before the noun
    ("en", "The city council resolution 2018/214 declared an emergency.", [("2018/214", None)]),
    ("en", "The State Council decision 2018/214 of the country.", [("2018/214", None)]),
    ("en", "The Parliament of Kenya resolution 2018/214 on refugees.", [("2018/214", None)]),
    ("en", "Our organisation's board resolution 2019/17 approved the budget.", [("2019/17", None)]),
    ("en", "The Foundation's Board decision 2018/214 approved the grant.", [("2018/214", None)]),
    # the European Union's organs, and a four-figure number in a year
    ("en", "The European Parliament, in its resolution 2019/17, called for action.", [("2019/17", None)]),
    ("fr", "La résolution 2019/17 du Parlement européen sur la traite.", [("2019/17", None)]),
    ("en", "The Council of the EU, in decision 2018/214, renewed the measures.", [("2018/214", None)]),
    ("en", "European Parliament text 4/2019 and decision 2019/1702 on the regime.", [("2019/1702", None)]),
    # the Council of Europe's Parliamentary Assembly and Committee of Ministers
    (
        "en",
        "The Parliamentary Assembly of the Council of Europe resolution 2017/121 on migrants.",
        [("2017/121", None)],
    ),
    ("ru", "резолюция 2017/121 Парламентской ассамблеи Совета Европы.", [("2017/121", None)]),
    ("en", "The Council of Europe Committee of Ministers decision 2017/121.", [("2017/121", None)]),
    # the United Nations' commissions by their short names
    ("en", "See resolution 60/2 of the CSW.", [("60/2", "E/CN.6/RES/60/2")]),
    (
        "en",
        "The CND decision 62/12 and the CCPCJ resolution 28/3 were discussed.",
        [("62/12", "E/CN.7/DEC/62/12"), ("28/3", "E/CN.15/RES/28/3")],
    ),
]
_ACRONYM_SAME: list[Row] = [
    (
        "en",
        "GA resolution 70/1 and SC resolution 1325 (2000) are cited.",
        [("70/1", "A/RES/70/1"), ("1325 (2000)", "S/RES/1325(2000)")],
    ),
    ("en", "The HRC resolution 14/5 was noted.", [("14/5", "A/HRC/RES/14/5")]),
    ("en", "NOTING resolution 70/1 of the General Assembly,", [("70/1", "A/RES/70/1")]),
    ("en", "Recalling resolution 70/1 of the UN,", [("70/1", "A/RES/70/1")]),
    ("en", "Recalling the Council's resolution 2019/12 on the calendar,", [("2019/12", "E/RES/2019/12")]),
    ("en", "The Assembly's resolution 72/1 was noted.", [("72/1", "A/RES/72/1")]),
    (
        "en",
        "See Economic and Social Council decision 2019/212 and resolution 2019/15.",
        [("2019/212", "E/DEC/2019/212"), ("2019/15", "E/RES/2019/15")],
    ),
    ("zh", "大会第70/1号决议。", [("70/1", "A/RES/70/1")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_ACRONYM, _ACRONYM_SAME))
def test_another_organisations_short_name_before_the_noun(
    lang: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _records(lang, text) == expected


# N (ROMAN) of a session after the Assembly's thirtieth: another body's numbering
_ROMAN: list[Row] = [
    ("en", "The African Commission resolution 281 (LVI) of 2015 on elections.", [("281 (LVI)", None)]),
    ("en", "See resolution 412 (XXXIV) of the regional body.", [("412 (XXXIV)", None)]),
]
_ROMAN_SAME: list[Row] = [
    ("en", "See resolution 2106 (XX) on racial discrimination.", [("2106 (XX)", "A/RES/2106(XX)")]),
    ("en", "See resolution 3201 (S-VI) on the new order.", [("3201 (S-VI)", "A/RES/3201(S-VI)")]),
    (
        "en",
        "See Economic and Social Council resolution 1503 (XLVIII).",
        [("1503 (XLVIII)", "E/RES/1503(XLVIII)")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_ROMAN, _ROMAN_SAME))
def test_a_roman_session_the_assembly_never_numbered_so(
    lang: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _records(lang, text) == expected


# a commission's or council's own text, that body not named in the passage: not the Assembly's
_SHORT_NAME: list[Row] = [
    ("en", "The Commission, in its resolution 63/4, requested a study.", [("63/4", None)]),
    ("en", "The Council, in its resolution 47/9, asked for a report.", [("47/9", None)]),
    ("en", "The survey recalls resolution 63/4 of the Commission.", [("63/4", None)]),
]
_SHORT_NAME_SAME: list[Row] = [
    ("en", "The Assembly, in its resolution 63/4, requested a study.", [("63/4", "A/RES/63/4")]),
    (
        "en",
        "The Commission on the Status of Women, in its resolution 63/4, requested a study.",
        [("63/4", "E/CN.6/RES/63/4")],
    ),
    (
        "en",
        "The Council, in its resolution 2231 (2015), endorsed the plan.",
        [("2231 (2015)", "S/RES/2231(2015)")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_SHORT_NAME, _SHORT_NAME_SAME))
def test_a_short_name_of_a_body_not_named_is_not_the_assembly(
    lang: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _records(lang, text) == expected


# a noun made a common noun by the word before it, a board's or tribunal's name around the
# number, and a journal's issue after a volume: no United Nations text
_COMMON: list[Row] = [
    ("en", "The conflict resolution 2018/19 programme trained mediators.", []),
    ("en", "Dispute resolution 14/2 mechanisms were set up in the camps.", []),
    ("en", "The Online Dispute Resolution 2019/17 platform is closed.", []),
    ("en", "The decision 2018/117 of the Asylum Board denied protection.", [("2018/117", None)]),
    ("en", "Resolution 2018/117 of the National Institute of Migration.", [("2018/117", None)]),
    ("en", "The Refugee Appeals Board decision 2018/117 was quashed.", [("2018/117", None)]),
    (
        "en",
        "Decisions 2018/117 and 2018/118 of the Immigration Appeals Tribunal.",
        [("2018/117", None), ("2018/118", None)],
    ),
    ("en", "Review of Rights, vol. 14, No. 2/3 (2018), pp. 5-9.", []),
    # a State's organ after the number, in other languages
    ("fr", "La décision 2017/121 du Conseil constitutionnel a validé la loi.", [("2017/121", None)]),
    ("fr", "La résolution 2017/121 de l'Assemblée nationale sur les migrants.", [("2017/121", None)]),
    ("fr", "La décision 2017/121 de la Cour nationale du droit d'asile.", [("2017/121", None)]),
    ("es", "La resolución 2017/121 del Congreso de la República sobre migrantes.", [("2017/121", None)]),
    ("es", "La resolución 2017/121 del Consejo Nacional Electoral.", [("2017/121", None)]),
    ("es", "La decisión 2017/121 de la Junta de Apelaciones de Refugiados.", [("2017/121", None)]),
    ("ru", "Решение 2017/121 Конституционного суда было опубликовано.", [("2017/121", None)]),
    ("ru", "Решение 2017/121 Национального совета по правам человека.", [("2017/121", None)]),
    ("zh", "国家人权委员会第2017/121号决定。", [("2017/121", None)]),
]
_COMMON_SAME: list[Row] = [
    ("en", "See decision 2018/217 of the Economic and Social Council.", [("2018/217", "E/DEC/2018/217")]),
    ("fr", "Voir la décision 2018/217 du Conseil économique et social.", [("2018/217", "E/DEC/2018/217")]),
    ("es", "Véase la decisión 2018/217 del Consejo Económico y Social.", [("2018/217", "E/DEC/2018/217")]),
    ("ru", "См. решение 2018/217 Экономического и Социального Совета.", [("2018/217", "E/DEC/2018/217")]),
    ("zh", "人权委员会第2004/117号决定。", [("2004/117", "E/CN.4/DEC/2004/117")]),
    ("en", "The Executive Board of UNICEF decision 2018/17 was noted.", [("2018/17", None)]),
    ("en", "The draft resolution 2018/17 of the Council was adopted.", [("2018/17", "E/RES/2018/17")]),
    (
        "en",
        "3 See, for the text, Treaty Series, vol. 1833, No. 31363.",
        [("Treaty Series, vol. 1833, No. 31363", "UNTS/1833/31363")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_COMMON, _COMMON_SAME))
def test_a_common_noun_a_boards_name_a_journals_issue(
    lang: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _records(lang, text) == expected


# a number N (YYYY) with no keyword after a State act's noun or a pinpoint's word: no Security
# Council resolution
_ACT: list[Row] = [
    ("en", "Law 1820 (2008) on equality was amended.", []),
    ("en", "Decree No. 2467 (2019) of the Ministry of Interior.", []),
    ("en", "Article 1325 (2000) of the Civil Code.", []),
    ("fr", "La loi 1820 (2008) sur l'égalité a été modifiée.", []),
    ("es", "La Ley 1820 (2008) sobre igualdad fue modificada.", []),
    ("ru", "Закон № 1820 (2008) о равенстве.", []),
]
_ACT_SAME: list[Row] = [
    (
        "en",
        "See 1325 (2000) and 1820 (2008).",
        [("1325 (2000)", "S/RES/1325(2000)"), ("1820 (2008)", "S/RES/1820(2008)")],
    ),
    ("en", "The law implements resolution 1820 (2008).", [("1820 (2008)", "S/RES/1820(2008)")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_ACT, _ACT_SAME))
def test_a_number_after_a_state_acts_noun_is_no_council_resolution(
    lang: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _records(lang, text) == expected


# a body's name before an English possessive's ending: the body whose text it is
_POSSESSIVE: list[Row] = [
    ("en", "The Human Rights Council's resolution 43/7 was welcomed.", [("43/7", "A/HRC/RES/43/7")]),
    ("en", "The Commission on Narcotic Drugs' resolution 61/8 was adopted.", [("61/8", "E/CN.7/RES/61/8")]),
    ("en", "UNEA's resolution 5/12 on plastics.", [("5/12", "UNEP/EA.5/RES.12")]),
]
_POSSESSIVE_SAME: list[Row] = [
    ("en", "ECOSOC's resolution 2018/7 on the calendar.", [("2018/7", "E/RES/2018/7")]),
    ("en", "The Assembly's decision 73/558 deferred the item.", [("73/558", "A/DEC/73/558")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_POSSESSIVE, _POSSESSIVE_SAME))
def test_a_bodys_possessive_names_its_text(
    lang: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _records(lang, text) == expected
