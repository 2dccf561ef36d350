"""Forms found missing by passages written in UN style for stop 12 (invented numbers and dates):
dates written in figures; Chinese and Arabic numbers with spaces around their slash; paragraphs
of a text's body set in capitals; the session of the adopting body between its name and the
date; the Russian adopting participle before the body; the Arabic codes of the climate
conferences' decisions; footnote markers in superscript glued to a number or a symbol.  Each
form with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from passages import assert_passage
from rescite.engine.extract import extract_text

# (language, passage, {target: date or None}) — every target; None: the target carries no date
DATED: list[tuple[str, str, dict[str, str | None]]] = [
    # dates in figures: day.month.year, day/month/year, year-month-day
    (
        "en",
        "The General Assembly,\n\nRecalling its resolution 74/218 of 19/12/2019,",
        {"A/RES/74/218": "2019-12-19"},
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant sa résolution 74/218 du 19.12.2019,",
        {"A/RES/74/218": "2019-12-19"},
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 74/218 от 19.12.2019 г.,",
        {"A/RES/74/218": "2019-12-19"},
    ),
    (
        "es",
        "La Asamblea General,\n\nRecordando su resolución 74/218, de 2019-12-19,",
        {"A/RES/74/218": "2019-12-19"},
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 74/218 المؤرخ 19/12/2019،",
        {"A/RES/74/218": "2019-12-19"},
    ),
    # … negative: no such day or month, and a biennium, date nothing
    (
        "en",
        "The General Assembly,\n\nRecalling its resolution 74/218 of 31/02/2019,",
        {"A/RES/74/218": None},
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant sa résolution 74/218 du 12.19.2019,",
        {"A/RES/74/218": None},
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling its resolution 74/218 on the budget for 2018/2019,",
        {"A/RES/74/218": None},
    ),
    # Chinese and Arabic: spaces around the slash of a number
    ("zh", "大会，\n\n回顾其第 74 / 218 号决议，", {"A/RES/74/218": None}),
    ("zh", "大会，\n\n回顾其第74 / 218号决议，", {"A/RES/74/218": None}),
    (
        "zh",
        "大会，\n\n回顾其第 74 / 218 号和第 75 / 203 号决议，",
        {"A/RES/74/218": None, "A/RES/75/203": None},
    ),
    ("ar", "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 74 / 218،", {"A/RES/74/218": None}),
    # paragraphs in capitals (English, French, Spanish, Russian), preambular and operative
    (
        "en",
        "THE GENERAL ASSEMBLY,\n\nRECALLING ITS RESOLUTIONS 1803 (XVII) OF 14 DECEMBER 1962 AND 69/247 B OF "
        "29 DECEMBER 2014,\n\n1. REQUESTS THE SECRETARY-GENERAL TO REPORT ON ECONOMIC AND SOCIAL COUNCIL "
        "RESOLUTION 2018/7 AND THE PRESIDENTIAL STATEMENT S/PRST/2018/12.",
        {
            "A/RES/1803(XVII)": "1962-12-14",
            "A/RES/69/247B": "2014-12-29",
            "E/RES/2018/7": None,
            "S/PRST/2018/12": None,
        },
    ),
    (
        "fr",
        "L'ASSEMBLÉE GÉNÉRALE,\n\nRAPPELANT SA RÉSOLUTION 74/218 DU 19 DÉCEMBRE 2019,",
        {"A/RES/74/218": "2019-12-19"},
    ),
    (
        "es",
        "LA ASAMBLEA GENERAL,\n\nRECORDANDO LA RESOLUCIÓN 2018/7 DEL CONSEJO ECONÓMICO Y SOCIAL, "
        "DE 5 DE JUNIO DE 2018,",
        {"E/RES/2018/7": "2018-06-05"},
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nССЫЛАЯСЬ НА СВОЮ РЕЗОЛЮЦИЮ 74/218 ОТ 19 ДЕКАБРЯ 2019 ГОДА,",
        {"A/RES/74/218": "2019-12-19"},
    ),
    (
        "en",
        "THE SECURITY COUNCIL,\n\nREAFFIRMING ITS RESOLUTIONS 1612 (2005) AND 2427 (2018),",
        {"S/RES/1612(2005)": None, "S/RES/2427(2018)": None},
    ),
    # … over several lines, as a PDF text layer gives it
    (
        "en",
        "THE GENERAL ASSEMBLY,\n\nRECALLING ITS RESOLUTION 73/232 OF 20\nDECEMBER 2018,",
        {"A/RES/73/232": "2018-12-20"},
    ),
    # … with the names of instruments in capitals too
    (
        "en",
        "THE GENERAL ASSEMBLY,\n\nREAFFIRMING THE CONVENTION ON THE RIGHTS OF THE CHILD AND ITS RESOLUTION "
        "74/133 OF 18 DECEMBER 2019,",
        {"UNTS/1577/27531": None, "A/RES/74/133": "2019-12-18"},
    ),
    (
        "fr",
        "L'ASSEMBLÉE GÉNÉRALE,\n\nRÉAFFIRMANT LA CONVENTION RELATIVE AUX DROITS DE L'ENFANT ET SA RÉSOLUTION "
        "74/133 DU 18 DÉCEMBRE 2019,",
        {"UNTS/1577/27531": None, "A/RES/74/133": "2019-12-18"},
    ),
    # the session of the adopting body between its name and the date
    (
        "en",
        "The General Assembly,\n\nRecalling resolution 74/218, adopted by the General Assembly at its "
        "seventy-fourth session on 19 December 2019,",
        {"A/RES/74/218": "2019-12-19"},
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant la résolution 74/218 adoptée par l'Assemblée générale à sa "
        "soixante-quatorzième session, le 19 décembre 2019,",
        {"A/RES/74/218": "2019-12-19"},
    ),
    (
        "es",
        "La Asamblea General,\n\nRecordando la resolución 74/218, aprobada por la Asamblea General en su "
        "septuagésimo cuarto período de sesiones el 19 de diciembre de 2019,",
        {"A/RES/74/218": "2019-12-19"},
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на резолюцию 74/218, принятую Генеральной Ассамблеей на ее "
        "семьдесят четвертой сессии 19 декабря 2019 года,",
        {"A/RES/74/218": "2019-12-19"},
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى القرار 74/218 الذي اتخذته الجمعية العامة في دورتها الرابعة "
        "والسبعين في 19 كانون الأول/ديسمبر 2019،",
        {"A/RES/74/218": "2019-12-19"},
    ),
    # … Russian: the adopting participle before the body, the date right after its name
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на резолюцию 29/4, принятую Советом по правам человека "
        "3 июля 2015 года,",
        {"A/HRC/RES/29/4": "2015-07-03"},
    ),
    # … negative: a session without a date after it dates nothing, and the list goes on
    (
        "en",
        "The General Assembly,\n\nRecalling resolution 74/218, adopted by the General Assembly at its "
        "seventy-fourth session, and resolution 75/203,",
        {"A/RES/74/218": None, "A/RES/75/203": None},
    ),
    # Arabic codes of the climate conferences' decisions
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى المقرر 3/م أ-24 لمؤتمر الأطراف،",
        {"FCCC/CP/DEC/24/3": None},
    ),
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى المقررين 4/م أ إ-9 و 5/م أ ت-2،",
        {"FCCC/KP/CMP/DEC/9/4": None, "FCCC/PA/CMA/DEC/2/5": None},
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling decision 3/CP-24,",
        {"FCCC/CP/DEC/24/3": None},
    ),
    # the date of a clause that says who adopted the text ("which it adopted on …")
    (
        "en",
        "The General Assembly,\n\nRecalling its resolution 73/301, which it adopted on 3 July 2019,",
        {"A/RES/73/301": "2019-07-03"},
    ),
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant la résolution S-27/2 qu'elle a adoptée le 10 mai 2002,",
        {"A/RES/S-27/2": "2002-05-10"},
    ),
    (
        "es",
        "La Asamblea General,\n\nRecordando su resolución 73/301, que aprobó el 3 de julio de 2019,",
        {"A/RES/73/301": "2019-07-03"},
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 73/301, которую она приняла 3 июля 2019 года,",
        {"A/RES/73/301": "2019-07-03"},
    ),
    (
        "es",
        "La Asamblea General,\n\nRecordando su resolución 73/301, de 3 de julio del 2019,",
        {"A/RES/73/301": "2019-07-03"},
    ),
    # days and months shared with the year of the last date, the date word before each
    (
        "fr",
        "L'Assemblée générale,\n\nRappelant ses résolutions 73/301 et 74/218, en date respectivement du "
        "3 juillet et du 19 décembre 2019,",
        {"A/RES/73/301": "2019-07-03", "A/RES/74/218": "2019-12-19"},
    ),
    # Russian: a dated number's topic, then the list goes on
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на свои резолюции 72/141 от 12 декабря 2017 года о Дне моря, "
        "73/301 от 3 июля 2019 года об укреплении связей и 74/218 от 19 декабря 2019 года,",
        {"A/RES/72/141": "2017-12-12", "A/RES/73/301": "2019-07-03", "A/RES/74/218": "2019-12-19"},
    ),
    # Security Council numbers without their year between two anchors of one year
    (
        "en",
        "The General Assembly,\n\nRecalling Security Council resolution 2493 on women, peace and security,",
        {"S/RES/2493(2019)": None},
    ),
    # … a list of them after the Council's name, in its order (a smaller number is not one of it)
    (
        "en",
        "The General Assembly,\n\nRecalling Security Council resolutions 2242, 2250 and 2493,",
        {"S/RES/2242(2015)": None, "S/RES/2250(2015)": None, "S/RES/2493(2019)": None},
    ),
    (
        "es",
        "La Asamblea General,\n\nRecordando las resoluciones del Consejo de Seguridad 2242 y 2493,",
        {"S/RES/2242(2015)": None, "S/RES/2493(2019)": None},
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling Security Council resolution 2242 and 300 other texts,",
        {"S/RES/2242(2015)": None},
    ),
    # footnote markers in superscript glued to what they mark
    (
        "fr",
        "L'Assemblée générale,\n\n1.\tPrend note de la résolution 74/218¹ ;",
        {"A/RES/74/218": None},
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\nссылаясь на резолюции 74/218¹ и 75/203²,",
        {"A/RES/74/218": None, "A/RES/75/203": None},
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling its resolutions 69/247 B¹ and 75/203², decision 3/CP.24³ and "
        "the note A/74/381⁴,",
        {"A/RES/69/247B": None, "A/RES/75/203": None, "FCCC/CP/DEC/24/3": None, "A/74/381": None},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), DATED, ids=[f"{c[0]}-{i}" for i, c in enumerate(DATED)]
)
def test_dated(lang: str, text: str, expected: dict[str, str | None]) -> None:
    res = assert_passage(text, expected)
    for target, date in expected.items():
        if date is None:
            assert {c.date for c in res.citations if c.target == target} == {None}, target


# (passage, own id) — a heading in capitals is not a paragraph of the body: it still gives the
# text's own id, and the paragraphs below are read as before
HEADINGS: list[tuple[str, str]] = [
    (
        "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY ON 19 DECEMBER 2019\n\n74/218. PROTECTION OF "
        "GLOBAL CLIMATE FOR PRESENT AND FUTURE GENERATIONS\n\nThe General Assembly,\n\n"
        "RECALLING ITS RESOLUTION 73/232 OF 20 DECEMBER 2018,",
        "A/RES/74/218",
    ),
    (
        "RÉSOLUTION 74/218 DE L'ASSEMBLÉE GÉNÉRALE\n\nL'Assemblée générale,\n\n"
        "RAPPELANT SA RÉSOLUTION 73/232 DU 20 DÉCEMBRE 2018,",
        "A/RES/74/218",
    ),
]


@pytest.mark.parametrize(("text", "own"), HEADINGS, ids=[str(i) for i in range(len(HEADINGS))])
def test_capital_heading_and_paragraph(text: str, own: str) -> None:
    res = extract_text(text)
    assert res.document.source_id == own
    cited = {c.target: c.date for c in res.citations if c.target != own}
    assert cited == {"A/RES/73/232": "2018-12-20"}


# (passage, the mention's text as written, its verb as written) — a paragraph in capitals is read
# in lower case, but each record's text and verb are the passage's own
AS_WRITTEN: list[tuple[str, str, str]] = [
    ("THE GENERAL ASSEMBLY,\n\nRECALLING ITS RESOLUTION 74/218 OF 19 DECEMBER 2019,", "74/218", "RECALLING"),
    ("Генеральная Ассамблея,\n\nССЫЛАЯСЬ НА СВОЮ РЕЗОЛЮЦИЮ 74/218,", "74/218", "ССЫЛАЯСЬ НА"),
    ("大会，\n\n回顾其第 74 / 218 号决议，", "74 / 218", "回顾"),
]


@pytest.mark.parametrize(
    ("text", "mention", "verb"), AS_WRITTEN, ids=[str(i) for i in range(len(AS_WRITTEN))]
)
def test_mention_text_as_written(text: str, mention: str, verb: str) -> None:
    found = [c for c in extract_text(text).citations if c.target == "A/RES/74/218"]
    assert found
    for c in found:
        assert c.text == text[c.start : c.end]
        assert mention in c.text, c.text
        assert c.verb == verb


# (passage, target, pinpoint) — Russian: an annex "к" the resolution
PINPOINTS: list[tuple[str, str, str]] = [
    (
        "Генеральная Ассамблея,\n\nссылаясь на приложение II к своей резолюции 56/83,",
        "A/RES/56/83",
        "приложение II",
    ),
    ("Генеральная Ассамблея,\n\nссылаясь на пункт 7 резолюции 56/83,", "A/RES/56/83", "пункт 7"),
]


@pytest.mark.parametrize(
    ("text", "target", "pinpoint"), PINPOINTS, ids=[str(i) for i in range(len(PINPOINTS))]
)
def test_pinpoint(text: str, target: str, pinpoint: str) -> None:
    assert [(c.target, c.pinpoint) for c in extract_text(text).citations] == [(target, pinpoint)]


# (HTML page, {target: mention text}) — a note's number in a "<sup>" element is a marker, never
# digits glued to the number before it
PAGES: list[tuple[str, dict[str, str]]] = [
    (
        "<html><body><p>The General Assembly,</p><p><i>Recalling</i> its resolution 73/301<sup>1</sup> and "
        "decision 3/CP.24<sup> 2 </sup>,</p><p><i>Taking note</i> of the note A/74/381<sup>3</sup>,</p>"
        "</body></html>",
        {"A/RES/73/301": "73/301", "FCCC/CP/DEC/24/3": "3/CP.24", "A/74/381": "A/74/381"},
    ),
    (
        "<html><body><p>The General Assembly,</p><p><i>Recalling</i> its resolution 73/301 on the "
        "21<sup>st</sup> century,</p></body></html>",
        {"A/RES/73/301": "73/301"},
    ),
]


@pytest.mark.parametrize(("page", "expected"), PAGES, ids=[str(i) for i in range(len(PAGES))])
def test_superscript_elements(page: str, expected: dict[str, str]) -> None:
    res = extract_text(page)
    assert {c.target: c.text for c in res.citations} == expected
    for c in res.citations:
        assert page[c.start : c.end] == c.text
