"""Forms met reading real public texts in Russian of kinds earlier passes had not read (issue 7,
pass 52d: the Human Rights Council's and the Economic and Social Council's texts in their Russian
copies, the Organization's Russian pages of conventions and declarations with their line of
adoption, legal databases' copies of the Assembly's resolutions with their notes, the Supreme and
Constitutional Courts' rulings, Azerbaijani, Armenian and Kazakh official pages and press in
Russian, encyclopaedia pages on the Council's and the Assembly's resolutions, UNESCO's and the
CIS's texts, a session volume's decisions), each written for these tests in UN style (numbers,
dates and wording invented where the rule does not depend on them):

- the year in the Council's bracket with the year's word after it, or blanks inside the bracket
  ("резолюции 1612 (2005 г.) и 1882 (2009 года)", "1296 ( 2000 г.)", "2250 ( 2015 )";
  ``normalise._year_brackets`` with ru ``dates.year_words``): the Council's numbers with their
  years (were lost, and a list stopped at them); a journal's issue so written ("№ 4 (2011 г.)"),
  a number of one or two figures ("Решение № 5 (2003 г.)") and a number with a slash ("55/2
  (2000 г.)") stay as before;
- a list of the Council's numbers after the verb of their adoption, the Council its subject
  ("Совет Безопасности ООН принял резолюции 1695 и 1718", "… резолюции номер …", "the Security
  Council adopted resolutions 1493 and 1494", fr "a adopté les résolutions 2713 et 2714";
  ``find_council`` after ``_council_adopted``): each number, dated by the date before the
  Council's name (the numbers after the first were lost); a smaller number or a count after "and"
  is none of the list; the topic of the adoption after the verb ("принял в связи с кризисом
  резолюцию 2371"; ru ``grammar.adoption_topic``) no longer hides the number (was lost);
- the Council's numbers of 1993 after 836 ("резолюций 822, 853, 874 и 884 Совета Безопасности
  ООН"; ``sc_anchors.csv``: 884 of 1993, which the texts write with its year): the Council's,
  their year from the numbering (853, 874 and 884 were unresolved);
- a date in figures after the participle of an adoption, before the text's noun in the
  instrumental or the accusative, as legal databases cite a text after its title ("(принят
  09.12.1988 резолюцией 43/173 Генеральной Ассамблеи ООН)", "Принят … Резолюцией … на …-ом
  пленарном заседании …", "принятую 25.09.2015 резолюцию 70/1"; ``dates.adoption_noun_date``):
  the number's date (was undated, as a date in words was not); a date set off by a comma stays
  away from it;
- the sentence right after the one that cites a resolution, opening with the passive of the
  adoption, its subject a pronoun or left out, then the date ("Она была принята 3 ноября 1950 г.",
  "Была единогласно принята Советом Безопасности ООН 28 апреля 2004 года", "It was adopted on 21
  December 1965"; ``dates.passive_sentence_date``, ``extract._date_from_next_sentence``): the
  resolution's date (was undated); not where the sentence before cites two texts, nor a date the
  text's id does not allow, nor a verb that is no adoption ("Она вступила в силу …").
"""

from __future__ import annotations

import pytest

from passages import GA, assert_dates, dates_of

# (language, passage, each target with its date alone, None: undated; "": an unresolved record)
Row = tuple[str, str, dict[str, str | None]]

_YEAR_BRACKET: list[Row] = [
    (
        "ru",
        "Доклад подготовлен во исполнение резолюций Совета Безопасности 1612 (2005 г.) и 1882 "
        "(2009 года) о детях и вооруженных конфликтах.",
        {"S/RES/1612(2005)": None, "S/RES/1882(2009)": None},
    ),
    (
        "ru",
        "Миссия напоминает о резолюциях 1261 (1999), 1296 ( 2000 г.) и 1314 (2000 г.) о защите "
        "гражданских лиц.",
        {"S/RES/1261(1999)": None, "S/RES/1296(2000)": None, "S/RES/1314(2000)": None},
    ),
    (
        "ru",
        "В резолюции 2250 ( 2015 ) Совета Безопасности ООН речь идет о молодежи.",
        {"S/RES/2250(2015)": None},
    ),
    (
        "en",
        "The report recalls Security Council resolutions 1265 ( 1999 ) and 1674 (2006).",
        {"S/RES/1265(1999)": None, "S/RES/1674(2006)": None},
    ),
]

_ADOPTED_LIST: list[Row] = [
    (
        "ru",
        "В 2006 году Совет Безопасности ООН принял резолюции 1695 и 1718 по вопросу о ракетных пусках.",
        {"S/RES/1695(2006)": None, "S/RES/1718(2006)": None},
    ),
    (
        "ru",
        "Совет Безопасности ООН принял резолюции номер 1695 и 1718.",
        {"S/RES/1695(2006)": None, "S/RES/1718(2006)": None},
    ),
    (
        "en",
        "On 28 July 2003 the Security Council adopted resolutions 1493 and 1494.",
        {"S/RES/1493(2003)": "2003-07-28", "S/RES/1494(2003)": "2003-07-28"},
    ),
    (
        "fr",
        "Le 1er décembre 2023, le Conseil de sécurité a adopté les résolutions 2713 et 2714.",
        {"S/RES/2713(2023)": "2023-12-01", "S/RES/2714(2023)": "2023-12-01"},
    ),
]

_TOPIC_AFTER_VERB: list[Row] = [
    (
        "ru",
        "Совет Безопасности ООН принял в связи с кризисом резолюцию 2371.",
        {"S/RES/2371(2017)": None},
    ),
    (
        "ru",
        "В 2006 году Совет Безопасности ООН принял в связи с ракетными пусками резолюции 1695 и 1718.",
        {"S/RES/1695(2006)": None, "S/RES/1718(2006)": None},
    ),
]

_COUNCIL_1993: list[Row] = [
    (
        "ru",
        "Правительство призывает обеспечить выполнение резолюций 822, 853, 874 и 884 Совета "
        "Безопасности ООН.",
        {
            "S/RES/822(1993)": None,
            "S/RES/853(1993)": None,
            "S/RES/874(1993)": None,
            "S/RES/884(1993)": None,
        },
    ),
    (
        "en",
        "The Government calls for the implementation of Security Council resolution 853.",
        {"S/RES/853(1993)": None},
    ),
]

_FIGURES_DATE: list[Row] = [
    (
        "ru",
        'Согласно пункту 3 "Свода принципов защиты всех лиц" (принят 09.12.1988 резолюцией 43/173 '
        "Генеральной Ассамблеи ООН) задержанный вправе.",
        {"A/RES/43/173": "1988-12-09"},
    ),
    (
        "ru",
        '"Правила обращения с несовершеннолетними" (Приняты 14.12.1990 Резолюцией 45/113 на 68-ом '
        "пленарном заседании Генеральной Ассамблеи ООН) применяются судами.",
        {"A/RES/45/113": "1990-12-14"},
    ),
    (
        "ru",
        GA["ru"] + "ссылаясь на принятую 25.09.2015 резолюцию 70/1,",
        {"A/RES/70/1": "2015-09-25"},
    ),
]

_SENTENCE_AFTER: list[Row] = [
    # (the session of an id by its Roman numeral as its body counts them: the Economic and
    # Social Council held two sessions a year, its forty-sixth in 1969)
    (
        "en",
        "The Economic and Social Council laid down the procedure in resolution 1411 (XLVI). It was "
        "adopted on 6 June 1969 without a vote.",
        {"E/RES/1411(XLVI)": "1969-06-06"},
    ),
    (
        "ru",
        "Резолюция 377 A (V) Генеральной Ассамблеи гласит, что Ассамблея безотлагательно рассмотрит "
        "вопрос. Она была принята 3 ноября 1950 г. 52 голосами против 5.",
        {"A/RES/377A(V)": "1950-11-03"},
    ),
    (
        "ru",
        "Резолюция № 1540 Совета Безопасности ООН посвящена нераспространению оружия. Была "
        "единогласно принята Советом Безопасности ООН 28 апреля 2004 года на 4956-м заседании.",
        {"S/RES/1540(2004)": "2004-04-28"},
    ),
    (
        "en",
        "Resolution 2131 (XX) of the General Assembly sets out the principle of non-intervention. "
        "It was adopted on 21 December 1965 by 109 votes.",
        {"A/RES/2131(XX)": "1965-12-21"},
    ),
]

# look-alikes: as before (each passes on aa23089d too)
_AS_BEFORE: list[Row] = [
    # (a date its session cannot bear, for a part's id too: left undated)
    (
        "en",
        "The General Assembly set out the procedure in resolution 412 B (V). It was adopted on "
        "2 December 1958.",
        {"A/RES/412B(V)": None},
    ),
    # a journal's issue and its year: no citation
    ("ru", "См.: Журнал международного права, № 4 (2011 г.), с. 12.", {}),
    # a decision's number of one figure: as written
    ("ru", "Решение № 5 (2003 г.) Совета министров иностранных дел СНГ.", {}),
    # a number with a slash before a year's bracket: the Assembly's, undated
    (
        "ru",
        "Декларация тысячелетия (резолюция 55/2 (2000 г.) Генеральной Ассамблеи) определяет цели.",
        {"A/RES/55/2": None},
    ),
    # a count after the list word, not a number of the Council's
    (
        "en",
        "In 2000 the Security Council adopted resolution 1325 and 150 States welcomed it.",
        {"S/RES/1325(2000)": None},
    ),
    # another subject and verb after the topic: not the Council's number
    (
        "ru",
        "Совет Безопасности ООН принял в связи с этим заявление, а Ассамблея резолюцию 822.",
        {},
    ),
    # a date set off by a comma after the participle: not the number's
    (
        "ru",
        "Федеральный закон принят 05.03.2008, резолюция 61/106 Генеральной Ассамблеи действует.",
        {"A/RES/61/106": None},
    ),
    # two texts cited in the sentence before: whose date it is cannot be told
    (
        "ru",
        "Совет Безопасности сослался на резолюции 1325 (2000) и 1820 (2008). Она была принята 31 "
        "октября 2000 года.",
        {"S/RES/1325(2000)": None, "S/RES/1820(2008)": None},
    ),
    # a date the id does not allow
    (
        "ru",
        "Резолюция 1325 (2000) Совета Безопасности касается женщин. Она была принята 31 октября 2001 года.",
        {"S/RES/1325(2000)": None},
    ),
    # a verb that is no adoption
    (
        "ru",
        "Конвенция принята резолюцией 44/25 Генеральной Ассамблеи. Она вступила в силу 2 сентября 1990 года.",
        {"A/RES/44/25": None},
    ),
]

ROWS = _YEAR_BRACKET + _ADOPTED_LIST + _TOPIC_AFTER_VERB + _COUNCIL_1993 + _FIGURES_DATE + _SENTENCE_AFTER


@pytest.mark.parametrize(("lang", "text", "expected"), ROWS)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)


@pytest.mark.parametrize(("lang", "text", "expected"), _AS_BEFORE)
def test_as_before(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_dates(dates_of(text, lang, unresolved=""), expected)
