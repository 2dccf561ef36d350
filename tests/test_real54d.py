"""Forms met reading real public texts in Russian of kinds earlier passes had not read (issue 7,
pass 54d: the Foreign Ministry's and its spokeswoman's comments and the press on them, Azerbaijani
and Armenian ministries' statements and agencies on the Council's resolutions of 1993, Kazakh
pages on the Assembly's resolutions on the country's initiatives, a draft presidential decree
implementing the Council's sanctions, business-press timelines of the Council's sanctions,
encyclopaedia pages on the Assembly's emergency special session, the Organization's Russian page
of an agreement, Ukrainian and Russian legal portals' copies of the Council's and the Assembly's
resolutions), each written for these tests in UN style (numbers, dates and wording invented where
the rule does not depend on them):

- in a text of no body (news, statements, articles) that has named the Security Council and no
  other body before, the Council's number of three figures or more after the noun alone, without
  its year, in a later clause or sentence (not in the Council's own clause, nor after another
  body's short name) ("Совбез ООН провел заседание. «… является прямым
  нарушением резолюции 2231», — сказал постпред", "…, о чем прямо говорится в резолюции 884, …",
  en "… a direct breach of resolution 2231", fr "… viole la résolution 2231"; French and Spanish
  news with the day of the meeting in the Council's sentence read it already), the numbers
  listed after a plural noun too ("для реализации резолюций 822 и 853";
  ``find_council._council_named_later``): the Council's (was missed); not where another
  body is named before it or right after it, nor a number the Council had not reached by the
  latest year of the text's dates, nor one with its date after it, nor
  one whose sentence writes a year before the Council reached it ("В 1971 году … резолюция 2758");
- a list of the Council's numbers in a bracket after the plural noun and its topic, in such a text
  ("Все четыре резолюции по этому конфликту (822, 853, 874 и 884) приняты …", en "All four
  resolutions on the conflict (822, 853, 874 and 884) …"; ``find_council._bracketed_list``): each
  the Council's (were missed); not years one after another, nor after a singular noun;
- the date right before the link of the clause the Council acts in by its number ("23 декабря
  2006 года в резолюции 1737 СБ ООН ввел …", en "On 23 December 2006, in resolution 1737, the
  Security Council imposed …", fr "Le …, dans sa résolution 1737, le Conseil …"): the number's
  (was undated); a date in the sentence before is not;
- a full stop that ends the sentence right after such a number no longer hides it ("… приняв
  резолюцию 1747."; ``council.alone_or_year``), a decimal's still does;
- the gerund of the adoption after the clause whose subject is the Council, the date before the
  Council's name ("24 марта 2007 года СБ ООН ужесточил санкции, приняв резолюцию 1747", en
  "On 24 March 2007 the Security Council tightened the sanctions, adopting resolution 1747";
  ``grammar.adoption_gerunds``): the number dated by that date, its year from it (was missed);
- the passive of the adoption after the body's name in the instrumental ("Накануне Советом
  Безопасности ООН единогласно была принята резолюция 2268", "… Генеральной Ассамблеей ООН была
  принята резолюция 60/251"; ru ``grammar.adoption_verbs``): the body's number, dated by the date
  before the name (the Council's was missed, the Assembly's undated); the Council's year in its
  bracket read as before.
"""

from __future__ import annotations

import pytest

from passages import assert_dates, by_language, dates_of

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

#: a news item's first line, so that the passage is no text of the body it names next
NEWS = {
    "ru": "Об этом сообщило агентство со ссылкой на источник.\n\n",
    "en": "The agency reported it, quoting a source.\n\n",
    "fr": "L'agence l'a rapporté, citant une source.\n\n",
    "es": "La agencia lo informó, citando una fuente.\n\n",
}

_LATER: list[Row] = [
    (
        "ru",
        NEWS["ru"] + "Совбез ООН провел заседание по Ирану. «Внесение такого проекта является прямым "
        "нарушением резолюции 2231», — сказал постпред.",
        {"S/RES/2231(2015)": None},
    ),
    (
        "ru",
        NEWS["ru"] + "Резолюции Совета Безопасности ООН по этому конфликту так и не были выполнены. Стороны "
        "не раз срывали перемирие, о чем прямо говорится в резолюции 884, и отклоняли предложения.",
        {"S/RES/884(1993)": None},
    ),
    (
        "ru",
        NEWS["ru"] + "Министр напомнил, что в резолюции 874 СБ ООН одобрен график неотложных мер, "
        "представленный посредниками для реализации резолюций 822 и 853.",
        {"S/RES/874(1993)": None, "S/RES/822(1993)": None, "S/RES/853(1993)": None},
    ),
    (
        "ru",
        NEWS["ru"] + "23 декабря 2006 года Совет Безопасности ООН ввел первые санкции.\n\n24 марта 2007 года "
        "СБ ООН ужесточил санкции, приняв резолюцию 1747.",
        {"S/RES/1747(2007)": "2007-03-24"},
    ),
    (
        "en",
        NEWS["en"] + "On 24 March 2007 the Security Council tightened the sanctions, adopting resolution "
        "1747.",
        {"S/RES/1747(2007)": "2007-03-24"},
    ),
    (
        "en",
        NEWS["en"] + "The Security Council met on Friday. The envoy said the draft was a direct breach of "
        "resolution 2231.",
        {"S/RES/2231(2015)": None},
    ),
    (
        "fr",
        NEWS["fr"] + "Le Conseil de sécurité a tenu une séance sur la question. Selon l'envoyé, le projet "
        "viole la résolution 2231.",
        {"S/RES/2231(2015)": None},
    ),
    (
        "es",
        NEWS["es"] + "El Consejo de Seguridad celebró una sesión sobre el Irán. Según el enviado, el "
        "proyecto viola la resolución 2231.",
        {"S/RES/2231(2015)": None},
    ),
]

_LEAD_DATE: list[Row] = [
    (
        "ru",
        NEWS["ru"] + "23 декабря 2006 года в резолюции 1737 СБ ООН ввел первые санкции.",
        {"S/RES/1737(2006)": "2006-12-23"},
    ),
    (
        "en",
        NEWS["en"]
        + "On 23 December 2006, in resolution 1737, the Security Council imposed the first sanctions.",
        {"S/RES/1737(2006)": "2006-12-23"},
    ),
    (
        "fr",
        NEWS["fr"] + "Le 23 décembre 2006, dans sa résolution 1737, le Conseil de sécurité a imposé les "
        "premières sanctions.",
        {"S/RES/1737(2006)": "2006-12-23"},
    ),
]

_LEAD_DATE_SAME: list[Row] = [
    # (the date in the sentence before: not the number's)
    (
        "ru",
        NEWS["ru"] + "Доклад вышел 5 мая 2010 года. В резолюции 1737 СБ ООН ввел первые санкции.",
        {"S/RES/1737(2006)": None},
    ),
]

_BRACKETED: list[Row] = [
    (
        "ru",
        NEWS["ru"] + "Азербайджан и Совбез ООН: уроки конфликта\nВсе четыре резолюции по этому конфликту "
        "(822, 853, 874 и 884) приняты с апреля по ноябрь 1993 года.",
        {"S/RES/822(1993)": None, "S/RES/853(1993)": None, "S/RES/874(1993)": None, "S/RES/884(1993)": None},
    ),
    (
        "en",
        NEWS["en"] + "The Security Council and the conflict\nAll four resolutions on the conflict (822, 853, "
        "874 and 884) were adopted in 1993.",
        {"S/RES/822(1993)": None, "S/RES/853(1993)": None, "S/RES/874(1993)": None, "S/RES/884(1993)": None},
    ),
]

_BRACKETED_SAME: list[Row] = [
    # (years one after another in the bracket)
    (
        "ru",
        NEWS["ru"]
        + "Совбез ООН провел заседание.\nВсе резолюции последних лет (2019, 2020 и 2021) выполнены.",
        {},
    ),
    # (no list of numbers in the bracket)
    (
        "ru",
        NEWS["ru"] + "Совбез ООН провел заседание.\nЭти резолюции (по данным на 2020 год) не выполнены.",
        {},
    ),
    # (a singular noun before the bracket)
    (
        "en",
        NEWS["en"]
        + "The Security Council met.\nThe resolution on the budget (822, 853 and 874 votes) failed.",
        {},
    ),
]

_LATER_SAME: list[Row] = [
    # (French and Spanish, the day of the Council's meeting in its sentence: read before too)
    (
        "fr",
        NEWS["fr"] + "Le Conseil de sécurité s'est réuni vendredi. Selon l'envoyé, le projet viole la "
        "résolution 2231.",
        {"S/RES/2231(2015)": None},
    ),
    (
        "es",
        NEWS["es"] + "El Consejo de Seguridad se reunió el viernes. Según el enviado, el proyecto viola la "
        "resolución 2231.",
        {"S/RES/2231(2015)": None},
    ),
    # (another body named before the number: its own rules read it)
    (
        "ru",
        NEWS["ru"] + "Совет Безопасности ООН провел заседание. Генеральная Ассамблея ООН ранее приняла "
        "резолюцию 60/251.",
        {"A/RES/60/251": None},
    ),
    # (a number the Council had not reached by the year of the text's dates)
    (
        "ru",
        NEWS["ru"] + "5 мая 2010 года Совет Безопасности ООН провел заседание. Посол сослался на "
        "резолюцию 2700.",
        {},
    ),
    # (a date after the number, here one the Council's numbering does not allow: the Assembly's)
    (
        "ru",
        NEWS["ru"] + "Совет Безопасности ООН провел заседание. Посол сослался на резолюцию 1514 от 14 "
        "декабря 1960 года.",
        {},
    ),
    # (the Council's own clause: its other rules read it there, and this verb is none of theirs)
    (
        "ru",
        NEWS["ru"] + "Совет Безопасности ООН обсуждает резолюцию 2254 о положении в стране.",
        {},
    ),
    # (another body's short name between the Council's name and the number)
    (
        "ru",
        NEWS["ru"] + "Совет Безопасности ООН провел заседание, а Ассамблея обсудила резолюцию 2254.",
        {},
    ),
    # (a year in the number's sentence before the Council reached it: another body's, 2758 of 1971)
    (
        "ru",
        NEWS["ru"] + "КНР является постоянным членом Совета Безопасности ООН с 1945 года. В 1971 году была "
        "принята резолюция 2758 о восстановлении ее прав, 15 марта 2025 года сообщил МИД.",
        {},
    ),
    # (a number of two figures: no text's)
    (
        "en",
        NEWS["en"] + "The Security Council met on Friday. The envoy cited resolution 12.",
        {},
    ),
    # (a decimal after the number)
    (
        "en",
        NEWS["en"] + "The Security Council met on Friday. The envoy cited resolution 2231.5 of the list.",
        {},
    ),
]

_PASSIVE: list[Row] = [
    (
        "ru",
        NEWS["ru"] + "Накануне Советом Безопасности ООН единогласно была принята резолюция 2268, "
        "поддерживающая прекращение боевых действий.",
        {"S/RES/2268(2016)": None},
    ),
    (
        "ru",
        NEWS["ru"] + "Вчера Советом Безопасности была принята резолюция 2118 по химическому оружию.",
        {"S/RES/2118(2013)": None},
    ),
    (
        "ru",
        NEWS["ru"] + "15 марта 2006 года Генеральной Ассамблеей была принята резолюция 60/251.",
        {"A/RES/60/251": "2006-03-15"},
    ),
]

_PASSIVE_SAME: list[Row] = [
    # (the Council's year after the number: read before too)
    (
        "ru",
        NEWS["ru"] + "Вчера Советом Безопасности была принята резолюция 2268 (2016).",
        {"S/RES/2268(2016)": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_LATER, _LATER_SAME))
def test_council_named_later(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_PASSIVE, _PASSIVE_SAME))
def test_passive_after_the_body(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_BRACKETED, _BRACKETED_SAME))
def test_council_list_in_a_bracket(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_LEAD_DATE, _LEAD_DATE_SAME))
def test_date_before_the_council_clause(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)
