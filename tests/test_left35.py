"""Left-over recall forms of session 28: the date a link word ties to a document's symbol right
after it (or after the bracket that holds it alone), in each language that writes the date there,
and the Chinese date glued before the symbol — never a date that belongs to the meeting or to the
next clause. The passages are invented for these tests (symbols, dates and wording made up)."""

from __future__ import annotations

import pytest

from passages import GA, HRC
from rescite.engine.extract import extract_text

#: a record as (target, date)
_Dated = tuple[str | None, str | None]


def _dated(lang: str, text: str) -> list[_Dated]:
    return [(c.target, c.date) for c in extract_text(text, lang=lang).citations]


# (language, passage, its records): the date after the symbol is the document's
_SYMBOL_DATE: list[tuple[str, str, list[_Dated]]] = [
    ("en", "Recalling document CD/2301 of 12 March 2020 on the agenda,", [("CD/2301", "2020-03-12")]),
    (
        "en",
        "Having considered the note by the secretariat (UNEP/EA.5/INF/7) dated 3 February 2022,",
        [("UNEP/EA.5/INF/7", "2022-02-03")],
    ),
    ("en", "Noting the report A/77/515, dated 21 October 2022, on the matter,", [("A/77/515", "2022-10-21")]),
    (
        "fr",
        "Prenant acte du document E/2021/71 du 14 juin 2021 relatif aux travaux,",
        [("E/2021/71", "2021-06-14")],
    ),
    (
        "fr",
        "Ayant examiné la note (A/76/402) en date du 5 octobre 2021,",
        [("A/76/402", "2021-10-05")],
    ),
    (
        "es",
        "Habiendo examinado el documento A/76/233, de 27 de julio de 2021, relativo a la cuestión,",
        [("A/76/233", "2021-07-27")],
    ),
    (
        "ru",
        "рассмотрев документ A/75/611 от 2 декабря 2020 года о финансировании,",
        [("A/75/611", "2020-12-02")],
    ),
    (
        "ar",
        "وقد نظرت في الوثيقة A/74/288 المؤرخة 6 آب/أغسطس 2019 بشأن التمويل،",
        [("A/74/288", "2019-08-06")],
    ),
    ("zh", "审议了2020年11月4日A/75/560号文件，", [("A/75/560", "2020-11-04")]),
]

# (language, passage, its records): the date of the meeting or of the next clause is no
# document's; after a bracket that follows a resolution's number, the date is the resolution's
_NOT_THE_SYMBOLS: list[tuple[str, str, list[_Dated]]] = [
    ("en", "Taking note of the report A/76/950 of 1 July 2021 to 30 June 2022,", [("A/76/950", None)]),
    ("en", "Taking note of document A/76/950 of 1 July 2021–30 June 2022,", [("A/76/950", None)]),
    (
        "es",
        "Tomando nota del documento A/76/950, de 4 de agosto de 2022, en su 12ª sesión,",
        [("A/76/950", None)],
    ),
    (
        "ru",
        "принимая к сведению документ A/76/950 от 4 августа 2022 года на своем 12-м заседании,",
        [("A/76/950", None)],
    ),
    (
        "en",
        "Taking note of the report of the Committee (A/77/604) of 8 December 2022 at its 51st meeting,",
        [("A/77/604", None)],
    ),
    (
        "en",
        "Having examined document A/77/604 and, on 9 December 2022, adopted its conclusions,",
        [("A/77/604", None)],
    ),
    ("en", "Having examined document A/77/604 on 9 December 2022,", [("A/77/604", None)]),
    (
        "fr",
        "Ayant examiné le document A/77/604 du 8 décembre 2022 à sa 51e séance,",
        [("A/77/604", None)],
    ),
    (
        "en",
        "Recalling its resolution 76/300 (A/76/L.75) of 28 July 2022,",
        [("A/RES/76/300", "2022-07-28"), ("A/76/L.75", None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _SYMBOL_DATE)
def test_date_after_a_symbol(lang: str, text: str, expected: list[_Dated]) -> None:
    assert _dated(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), _NOT_THE_SYMBOLS)
def test_no_date_of_another(lang: str, text: str, expected: list[_Dated]) -> None:
    assert _dated(lang, text) == expected


# (language, passage, its records): a sent text's date, its sender after it with no link word,
# is the date of the symbol in the bracket that closes the phrase
_SENDER_AFTER_DATE: list[tuple[str, str, list[_Dated]]] = [
    (
        "ru",
        "принимая к сведению письмо от 3 апреля 2022 года Председателя Комитета на имя Председателя "
        "Совета Безопасности (S/2022/281),",
        [("S/2022/281", "2022-04-03")],
    ),
    (
        "en",
        "Taking note of the letter dated 3 April 2022 of the Chair of the Committee to the President of "
        "the Security Council (S/2022/281),",
        [("S/2022/281", "2022-04-03")],
    ),
    (
        "fr",
        "Prenant note de la lettre du 3 avril 2022 du Président du Comité au Président du Conseil de "
        "sécurité (S/2022/281),",
        [("S/2022/281", "2022-04-03")],
    ),
    (
        "es",
        "Tomando nota de la carta de fecha 3 de abril de 2022 del Presidente del Comité al Presidente "
        "del Consejo de Seguridad (S/2022/281),",
        [("S/2022/281", "2022-04-03")],
    ),
    (
        "ar",
        "وإذ يحيط علما بالرسالة المؤرخة 3 نيسان/أبريل 2022 من رئيس اللجنة إلى رئيس مجلس الأمن (S/2022/281)،",
        [("S/2022/281", "2022-04-03")],
    ),
]

# (language, passage, its records): another text's noun between the date and the bracket takes it
_ANOTHER_TEXT_BETWEEN: list[tuple[str, str, list[_Dated]]] = [
    (
        "en",
        "Welcoming the report of 3 April 2022 on the situation in the region and the statement by the "
        "Chair (S/2022/282),",
        [("S/2022/282", None)],
    ),
    (
        "en",
        "Taking note of the letter dated 3 April 2022, and of the note by the Secretariat (A/76/810),",
        [("A/76/810", None)],
    ),
    (
        "ru",
        "принимая к сведению письмо от 3 апреля 2022 года и заявление Председателя Комитета (S/2022/282),",
        [("S/2022/282", None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _SENDER_AFTER_DATE)
def test_sender_after_the_date(lang: str, text: str, expected: list[_Dated]) -> None:
    assert _dated(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), _ANOTHER_TEXT_BETWEEN)
def test_another_text_between(lang: str, text: str, expected: list[_Dated]) -> None:
    assert _dated(lang, text) == expected


# (head, passage, its targets): the body named in a Chinese place clause binds the number as it
# would outside it, the manner of the adoption or the meeting of the session between
_PLACE_CLAUSE: list[tuple[dict[str, str], str, list[str | None]]] = [
    (HRC, "回顾在大会第五十一届会议上未经表决通过的第51/12号决议，", ["A/RES/51/12"]),
    (HRC, "回顾在大会第五十一届会议上以协商一致方式通过的第51/12号决议，", ["A/RES/51/12"]),
    (HRC, "回顾在大会第五十一届会议第83次全体会议上通过的第51/12号决议，", ["A/RES/51/12"]),
    (HRC, "回顾在大会第五十一届会议第83次全体会议上未经表决通过的第51/12号决议，", ["A/RES/51/12"]),
    (GA, "回顾在妇女地位委员会第五十届会议上未经表决通过的第50/1号决议，", ["E/CN.6/RES/50/1"]),
    (GA, "回顾在麻醉药品委员会第五十届会议上以协商一致方式通过的第50/2号决议，", ["E/CN.7/RES/50/2"]),
]


@pytest.mark.parametrize(("head", "text", "expected"), _PLACE_CLAUSE)
def test_body_in_a_place_clause(head: dict[str, str], text: str, expected: list[str | None]) -> None:
    assert [c.target for c in extract_text(head["zh"] + text, lang="zh").citations] == expected
