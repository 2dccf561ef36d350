"""Forms met reading real public Chinese texts of kinds earlier passes had read less (issue 7, pass
55c: the Ministry of Foreign Affairs' spokespersons' answers on the Council's votes, in simplified
and in traditional characters, Xinhua's and China News Service's dispatches from the Organization,
Hong Kong's and Taiwan's copies of them, the Standing Committee's gazette of accession to the
refugee instruments, the Convention on tobacco control's documents and the press on it, and
histories of the Organization's votes), each written for these tests in UN style (numbers, dates and
wording invented where the rule does not need a real one):

- the Assembly's name joined to its number by the possessive particle ("联大的第2758号决议"), or its
  short name glued after the word of the text acted under ("依大會2758號決議", "根据大会第3314号决议";
  zh ``grammar.assembly_number``): the Assembly's number of its first sessions (was missed);
- the WHO Framework Convention on Tobacco Control by its name ("《世界卫生组织烟草控制框架公约》",
  "《烟草控制框架公约》", Taiwan's and Hong Kong's "《煙草控制框架公約》" (zh ``grammar.variant_letters``),
  "WHO Framework Convention on Tobacco Control"; new ``instruments`` key
  ``WHO_FCTC``, ``instruments.csv``: its volume and number in the Treaty Series): the treaty (was
  missed);
- the day mark's look-alike a scan or a typist gives after a month and its day ("12月14曰"; new zh
  ``dates.day_mark_typed``, ``normalise.typed_day_mark_edits``): the date read (the number was
  undated);
- the date that opens the sentence, set off by a comma glued to it, then the Council, the matter of
  the adoption before the verb or the topic of the text after it ("2020年6月29日，安理会就…局势一致通过
  第2531号决议", "…，安理会通过了关于…的第2585号决议"; ``dates.adoption_date_before``,
  ``dates.sentence_date`` read zh ``grammar.adoption_topic`` and ``grammar.adopted_topic``): the
  number dated (was undated);
- the bracket that gives a body's name its short form for the rest of the text, between the name
  and its verb ("联合国安全理事会（以下简称安理会）于…通过…"; new zh ``grammar.definition_lead``,
  ``normalise.definition_bracket_edits``): read as a blank, the number found and dated (was missed).
- the Definition of Aggression by its name ("Definition of Aggression", fr, es; zh in its title marks
  only, "《侵略定义》"; new ``instruments`` key ``DEFINITION_AGGRESSION``, zh
  ``grammar.short_titles``): the Assembly's resolution 3314 (XXIX) (was missed; unmarked, "侵略定义
  问题特别委员会" is the committee, and "a definition of aggression" no title);
- Taiwan's names of the Convention on discrimination against women, the Genocide Convention and the
  Convention against Corruption ("消除對婦女一切歧視公約", "防止及懲治殘害人群罪公約", "聯合國反貪腐公約";
  zh ``instruments``, two more pairs in ``grammar.variant_letters``): the treaty (was missed); an
  act that carries one out in the State's law ("《反貪腐公約施行法》"; zh ``grammar.within_title_after``)
  cites none, as before.

Look-alikes that stay as they were: the Assembly's meeting after the particle, the number written
without it, another organisation's assembly after the word of the text acted under, a national plan
on tobacco, the classical verb "曰" that is no day mark, a date of another act set off before the
Council's name in another clause, an instrument's short title in title marks in such a bracket, and
a State's act named after the convention it carries out.
"""

from __future__ import annotations

import pytest

from passages import assert_exact

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_ASSEMBLY_PARTICLE: list[Row] = [
    ("zh", "该国当局的做法明显违背了联大的第2758号决议所确认的原则。", {"A/RES/2758(XXVI)": None}),
    ("zh", "殖民国家的立场有悖于联合国大会的第1514号决议。", {"A/RES/1514(XV)": None}),
    ("zh", "由於當年被排除在外(依大會2758號決議),該國難以加入多邊公約。", {"A/RES/2758(XXVI)": None}),
    ("zh", "委员会根据大会第3314号决议审议了该问题。", {"A/RES/3314(XXIX)": None}),
]

_ASSEMBLY_PARTICLE_AS_BEFORE: list[Row] = [
    ("zh", "代表团在联大的第五次全体会议上发了言。", {}),
    ("zh", "该组织依据世界卫生大会第58号决议采取行动。", {}),
    ("zh", "该国当局的做法明显违背了联大第2758号决议。", {"A/RES/2758(XXVI)": None}),
]

_TOBACCO_CONVENTION: list[Row] = [
    (
        "zh",
        "鼓励尚未成为缔约方的国家考虑批准或加入《世界卫生组织烟草控制框架公约》，",
        {"UNTS/2302/41032": None},
    ),
    ("zh", "各缔约方应当切实履行《烟草控制框架公约》规定的义务。", {"UNTS/2302/41032": None}),
    ("zh", "該國已於去年批准世界衛生組織《煙草控制框架公約》。", {"UNTS/2302/41032": None}),
    (
        "en",
        "Urges States parties to accelerate the implementation of the WHO Framework Convention on"
        " Tobacco Control,",
        {"UNTS/2302/41032": None},
    ),
    (
        "fr",
        "Engage les États parties à appliquer pleinement la Convention-cadre de l'OMS pour la lutte"
        " antitabac,",
        {"UNTS/2302/41032": None},
    ),
    (
        "es",
        "Insta a los Estados partes a aplicar plenamente el Convenio Marco de la OMS para el Control"
        " del Tabaco,",
        {"UNTS/2302/41032": None},
    ),
]

_TOBACCO_CONVENTION_AS_BEFORE: list[Row] = [
    ("zh", "该省制定了本地区的烟草控制规划和控烟工作框架。", {}),
    ("en", "Welcomes national tobacco control frameworks adopted by Member States,", {}),
]

_TYPED_DAY_MARK: list[Row] = [
    ("zh", "回顾大会1974年12月14曰第3314(XXIX)号决议，", {"A/RES/3314(XXIX)": "1974-12-14"}),
    ("zh", "安理会于2011年3月17曰通过了第1973(2011)号决议。", {"S/RES/1973(2011)": "2011-03-17"}),
]

_TYPED_DAY_MARK_AS_BEFORE: list[Row] = [
    ("zh", "发言人曰：各方应执行安理会第1973(2011)号决议。", {"S/RES/1973(2011)": None}),
    ("zh", "回顾大会1974年12月14日第3314(XXIX)号决议，", {"A/RES/3314(XXIX)": "1974-12-14"}),
]

_OPENING_DATE_TOPIC: list[Row] = [
    (
        "zh",
        "2020年6月29日，安理会就马里局势一致通过第2531号决议，延长特派团的任期。",
        {"S/RES/2531(2020)": "2020-06-29"},
    ),
    (
        "zh",
        "2023年12月22日,安理会就加沙人道局势通过了第2720(2023)号决议。",
        {"S/RES/2720(2023)": "2023-12-22"},
    ),
    (
        "zh",
        "2021年7月9日，安理会通过了关于叙利亚跨境援助的第2585号决议。",
        {"S/RES/2585(2021)": "2021-07-09"},
    ),
]

_OPENING_DATE_TOPIC_AS_BEFORE: list[Row] = [
    (
        "zh",
        "2020年6月29日，秘书长就马里局势发表声明，并提及安理会第2531号决议。",
        {"S/RES/2531(2020)": None},
    ),
    ("zh", "2020年6月29日，安理会一致通过第2531号决议。", {"S/RES/2531(2020)": "2020-06-29"}),
]

_DEFINITION_BRACKET: list[Row] = [
    (
        "zh",
        "联合国安全理事会（以下简称安理会）于2015年12月18日一致通过第2254号决议。",
        {"S/RES/2254(2015)": "2015-12-18"},
    ),
    (
        "zh",
        "联合国大会（以下简称“联大”）于1960年12月14日通过第1514号决议。",
        {"A/RES/1514(XV)": "1960-12-14"},
    ),
]

_DEFINITION_BRACKET_AS_BEFORE: list[Row] = [
    ("zh", "《联合国海洋法公约》（以下简称《公约》）第十条规定了有关义务。", {"UNTS/1833/31363": None}),
    ("zh", "联合国安全理事会于2015年12月18日一致通过第2254号决议。", {"S/RES/2254(2015)": "2015-12-18"}),
]

_TAIWAN_NAMES: list[Row] = [
    ("zh", "我國已於2007年依法定程序加入「消除對婦女一切歧視公約」。", {"UNTS/1249/20378": None}),
    ("zh", "依據《防止及懲治殘害人群罪公約》之規定，締約國應予懲治。", {"UNTS/78/1021": None}),
    ("zh", "政府依照《聯合國反貪腐公約》之精神提出首次國家報告。", {"UNTS/2349/42146": None}),
]

_TAIWAN_NAMES_AS_BEFORE: list[Row] = [
    ("zh", "立法院於當年三讀通過《反貪腐公約施行法》。", {}),
    ("zh", "我國已於2007年加入「消除對婦女一切形式歧視公約」。", {"UNTS/1249/20378": None}),
]

_DEFINITION_OF_AGGRESSION: list[Row] = [
    ("zh", "各国应当遵守联合国大会通过的《侵略定义》，不得对他国使用武力。", {"A/RES/3314(XXIX)": None}),
    ("en", "Bearing in mind the Definition of Aggression,", {"A/RES/3314(XXIX)": None}),
    ("fr", "Ayant à l'esprit la Définition de l'agression,", {"A/RES/3314(XXIX)": None}),
    ("es", "Teniendo presente la Definición de la agresión,", {"A/RES/3314(XXIX)": None}),
]

_DEFINITION_OF_AGGRESSION_AS_BEFORE: list[Row] = [
    ("zh", "侵略定义问题特别委员会向大会提交了报告。", {}),
    ("en", "The question of a definition of aggression was debated again.", {}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _ASSEMBLY_PARTICLE + _ASSEMBLY_PARTICLE_AS_BEFORE)
def test_assembly_particle(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _TOBACCO_CONVENTION + _TOBACCO_CONVENTION_AS_BEFORE)
def test_tobacco_convention(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _TYPED_DAY_MARK + _TYPED_DAY_MARK_AS_BEFORE)
def test_typed_day_mark(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _OPENING_DATE_TOPIC + _OPENING_DATE_TOPIC_AS_BEFORE)
def test_opening_date_topic(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _DEFINITION_BRACKET + _DEFINITION_BRACKET_AS_BEFORE)
def test_definition_bracket(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _TAIWAN_NAMES + _TAIWAN_NAMES_AS_BEFORE)
def test_taiwan_names(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"), _DEFINITION_OF_AGGRESSION + _DEFINITION_OF_AGGRESSION_AS_BEFORE
)
def test_definition_of_aggression(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
