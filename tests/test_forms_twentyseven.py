"""Forms left by this session's helpers (issue 7), in UN style written for these tests (invented
numbers, dates and topics): the actor of a clause in French, where the link and the article make
one word before the paragraph ("le Conseil, au paragraphe 5 de sa résolution …"); the Security
Council before its noun and a number's mark ("Security Council resolution No. 2427"); IOM lists
by mark and number ended by another noun's number or with a member without its mark; a bare
number after the Council's undated symbol ("S/RES/2427 and 2242"); each with the look-alikes
that must not change."""

from __future__ import annotations

import pytest

from passages import GA, by_language
from rescite.engine.extract import extract_text

Cited = list[tuple[str, str | None, str | None]]

# the actor of the clause owns the text cited by paragraph with a possessive (French "au")
_ACTOR: list[tuple[str, str, Cited]] = [
    (
        "fr",
        "Notant que le Conseil des droits de l'homme, au paragraphe 7 de sa résolution 41/16, a prié"
        " la Haute-Commissaire de lui présenter un rapport,",
        [("41/16", "A/HRC/RES/41/16", None)],
    ),
    (
        "fr",
        "Rappelant que le Conseil des droits de l'homme, au paragraphe 12 de sa résolution 44/7, a décidé"
        " de proroger le mandat,",
        [("44/7", "A/HRC/RES/44/7", None)],
    ),
    (
        "fr",
        "Notant que le Conseil des droits de l'homme, le 9 octobre 2023, au paragraphe 3 de sa résolution"
        " 54/11, a invité les États,",
        [("54/11", "A/HRC/RES/54/11", "2023-10-09")],
    ),
    (
        "fr",
        "Notant que le Parlement, au paragraphe 4 de sa résolution 2019/118, a engagé les États membres,",
        [("2019/118", None, None)],
    ),
]

# look-alikes: no possessive, the body as the object of a request, the citing body's own
_ACTOR_SAME: list[tuple[str, str, Cited]] = [
    (
        "fr",
        "Notant que le Conseil des droits de l'homme, au paragraphe 7 de la résolution 41/16, a prié"
        " le Secrétaire général,",
        [("41/16", "A/RES/41/16", None)],
    ),
    (
        "fr",
        "Notant qu'elle a prié le Conseil des droits de l'homme, au paragraphe 6 de sa résolution 75/19,"
        " d'examiner la question,",
        [("75/19", "A/RES/75/19", None)],
    ),
    ("fr", "Se référant au paragraphe 6 de sa résolution 75/19,", [("75/19", "A/RES/75/19", None)]),
    (
        "fr",
        "Notant que le Conseil des droits de l'homme, dans sa résolution 41/16, a prié les États,",
        [("41/16", "A/HRC/RES/41/16", None)],
    ),
    (
        "es",
        "Observando que el Consejo de Derechos Humanos, en el párrafo 7 de su resolución 41/16, solicitó"
        " al Secretario General,",
        [("41/16", "A/HRC/RES/41/16", None)],
    ),
    (
        "ru",
        "отмечая, что Совет по правам человека в пункте 7 своей резолюции 41/16 просил Генерального"
        " секретаря,",
        [("41/16", "A/HRC/RES/41/16", None)],
    ),
    (
        "ar",
        "وإذ تلاحظ أن مجلس حقوق الإنسان، في الفقرة 7 من قراره 41/16، طلب إلى الأمين العام،",
        [("41/16", "A/HRC/RES/41/16", None)],
    ),
    ("zh", "注意到人权理事会在其第41/16号决议第7段中请秘书长，", [("41/16", "A/HRC/RES/41/16", None)]),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_ACTOR, _ACTOR_SAME))
def test_actor_of_a_clause_by_paragraph(lang: str, para: str, expected: Cited) -> None:
    res = extract_text(f"{GA[lang]}{para}\n")
    assert [(c.text, c.target, c.date) for c in res.citations] == expected


# the Security Council named before its resolution's noun and a number's mark: the Council's
# (and the list that goes on with more marked numbers, in the Council's order)
_MARKED: list[tuple[str, str, Cited]] = [
    ("en", "Recalling Security Council resolution No. 2427,", [("2427", "S/RES/2427(2018)", None)]),
    (
        "en",
        "Recalling Security Council resolution No. 2427 of 9 July 2018,",
        [("2427", "S/RES/2427(2018)", "2018-07-09")],
    ),
    (
        "en",
        "Recalling Security Council resolutions Nos. 1325 and 2242,",
        [("1325", "S/RES/1325(2000)", None), ("2242", "S/RES/2242(2015)", None)],
    ),
    (
        "en",
        "Recalling Security Council resolutions No. 1325 and No. 2242,",
        [("1325", "S/RES/1325(2000)", None), ("2242", "S/RES/2242(2015)", None)],
    ),
    (
        "ru",
        "ссылаясь на резолюции Совета Безопасности № 1325 и № 2242,",
        [("1325", "S/RES/1325(2000)", None), ("2242", "S/RES/2242(2015)", None)],
    ),
    (
        "en",
        "Recalling resolution S/RES/1325 (2000) of 31 October 2000 and No. 2242,",
        [("S/RES/1325 (2000)", "S/RES/1325(2000)", "2000-10-31"), ("2242", "S/RES/2242(2015)", None)],
    ),
]

# look-alikes: a number the anchor table cannot date, a marked number of another body after the
# Council's, a State's law, the forms of the other languages
_MARKED_SAME: list[tuple[str, str, Cited]] = [
    ("ru", "ссылаясь на резолюцию Совета Безопасности № 1325,", [("1325", "S/RES/1325(2000)", None)]),
    ("ru", "ссылаясь на резолюцию Совета Безопасности № 1309,", [("1309", None, None)]),
    ("ru", "ссылаясь на резолюцию № 1309 Совета МОМ,", [("№ 1309", None, None)]),
    (
        "ru",
        "ссылаясь на резолюцию Совета Безопасности 1244 и № 1311 Совета МОМ,",
        [("1244", "S/RES/1244(1999)", None)],
    ),
    (
        "en",
        "Recalling resolution S/RES/1325 (2000) of 31 October 2000 and No. 2242 of the IOM Council,",
        [("S/RES/1325 (2000)", "S/RES/1325(2000)", "2000-10-31")],
    ),
    (
        "en",
        "Recalling Security Council resolution 1244 and Law No. 1311,",
        [("1244", "S/RES/1244(1999)", None)],
    ),
    ("en", "Recalling resolution No. 2427,", []),
    ("en", "Recalling IOM Council Resolution No. 1309,", [("1309", None, None)]),
    ("fr", "Rappelant la résolution du Conseil de sécurité no 2427,", [("2427", "S/RES/2427(2018)", None)]),
    (
        "es",
        "Recordando la resolución del Consejo de Seguridad núm. 2427,",
        [("2427", "S/RES/2427(2018)", None)],
    ),
    ("ar", "وإذ تشير إلى قرار مجلس الأمن رقم 2427،", [("2427", "S/RES/2427(2018)", None)]),
    ("zh", "回顾安全理事会第2427号决议，", [("2427", "S/RES/2427(2018)", None)]),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_MARKED, _MARKED_SAME))
def test_council_number_after_its_mark(lang: str, para: str, expected: Cited) -> None:
    res = extract_text(f"{GA[lang]}{para}\n")
    assert [(c.text, c.target, c.date) for c in res.citations] == expected


# a list of numbers in a shape of a mark and a number alone (IOM's): the body named after another
# noun's marked number that ends the list, or after a member written without its mark
_IOM_LIST: list[tuple[str, str, Cited]] = [
    (
        "en",
        "Recalling Resolutions No. 1402 and No. 1405 and Law No. 1407 of the IOM Council,",
        [("No. 1402", None, None), ("No. 1405", None, None)],
    ),
    (
        "en",
        "Recalling Resolutions No. 1402 and 1405 of the IOM Council,",
        [("No. 1402", None, None), ("1405", None, None)],
    ),
    (
        "fr",
        "Rappelant les résolutions no 1402 et no 1405 et la loi no 1407 du Conseil de l'OIM,",
        [("no 1402", None, None), ("no 1405", None, None)],
    ),
    (
        "fr",
        "Rappelant les résolutions no 1402 et 1405 du Conseil de l'OIM,",
        [("no 1402", None, None), ("1405", None, None)],
    ),
    (
        "es",
        "Recordando las resoluciones núm. 1402 y 1405 del Consejo de la OIM,",
        [("núm. 1402", None, None), ("1405", None, None)],
    ),
    (
        "ru",
        "ссылаясь на резолюции № 1402 и № 1405 и закон № 1407 Совета МОМ,",
        [("№ 1402", None, None), ("№ 1405", None, None)],
    ),
    ("ru", "ссылаясь на резолюции № 1402 и 1405 Совета МОМ,", [("№ 1402", None, None), ("1405", None, None)]),
    (
        "ar",
        "وإذ تشير إلى القرارين رقم 1402 و 1405 لمجلس المنظمة الدولية للهجرة،",
        [("رقم 1402", None, None), ("1405", None, None)],
    ),
]

# look-alikes: a count or a year after the mark, no body named, another body named after the law
_IOM_LIST_SAME: list[tuple[str, str, Cited]] = [
    ("en", "Recalling Resolution No. 1402 and 2,250 troops of the IOM Council,", []),
    ("en", "Recalling Resolution No. 1402 and 2019 of the IOM Council,", []),
    ("en", "Recalling Resolutions No. 1402 and 1405,", []),
    ("en", "Recalling Resolution No. 1402 and Law No. 1407,", []),
    ("ru", "ссылаясь на резолюции № 1402 и 1405,", []),
    (
        "en",
        "Recalling Resolution No. 1402 of the IOM Council and 2,250 troops,",
        [("No. 1402", None, None)],
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_IOM_LIST, _IOM_LIST_SAME))
def test_marked_list_of_another_organisation(lang: str, para: str, expected: Cited) -> None:
    res = extract_text(f"{GA[lang]}{para}\n")
    assert [(c.text, c.target, c.date) for c in res.citations] == expected
    assert all(c.body == "IOM" for c in res.citations)


# a bare number after the Council's symbol without its year, smaller than the symbol's: the list
# goes on as the Council's (in the Council's order or not)
_AFTER_SYMBOL: list[tuple[str, str, Cited]] = [
    (
        "en",
        "Recalling S/RES/2427 and 2242,",
        [("S/RES/2427", "S/RES/2427(2018)", None), ("2242", "S/RES/2242(2015)", None)],
    ),
    (
        "en",
        "Recalling S/RES/2427, 2242 and 2334,",
        [
            ("S/RES/2427", "S/RES/2427(2018)", None),
            ("2242", "S/RES/2242(2015)", None),
            ("2334", "S/RES/2334(2016)", None),
        ],
    ),
    (
        "fr",
        "Rappelant les résolutions S/RES/2427 et 2242,",
        [("S/RES/2427", "S/RES/2427(2018)", None), ("2242", "S/RES/2242(2015)", None)],
    ),
    (
        "es",
        "Recordando las resoluciones S/RES/2427 y 2242,",
        [("S/RES/2427", "S/RES/2427(2018)", None), ("2242", "S/RES/2242(2015)", None)],
    ),
    (
        "ru",
        "ссылаясь на резолюции S/RES/2427 и 2242,",
        [("S/RES/2427", "S/RES/2427(2018)", None), ("2242", "S/RES/2242(2015)", None)],
    ),
    (
        "ar",
        "وإذ تشير إلى القرارين S/RES/2427 و 2242،",
        [("S/RES/2427", "S/RES/2427(2018)", None), ("2242", "S/RES/2242(2015)", None)],
    ),
    (
        "zh",
        "回顾S/RES/2427和2242号决议，",
        [("S/RES/2427", "S/RES/2427(2018)", None), ("2242", "S/RES/2242(2015)", None)],
    ),
]

# look-alikes: a count, a year, a number of another width, a symbol with its year
_AFTER_SYMBOL_SAME: list[tuple[str, str, Cited]] = [
    ("en", "Recalling S/RES/2427 and 2,242 troops,", [("S/RES/2427", "S/RES/2427(2018)", None)]),
    ("en", "Recalling S/RES/2427 and 2242 troops,", [("S/RES/2427", "S/RES/2427(2018)", None)]),
    ("en", "Recalling S/RES/2427 and 2019,", [("S/RES/2427", "S/RES/2427(2018)", None)]),
    ("en", "Recalling S/RES/2427 and 15,", [("S/RES/2427", "S/RES/2427(2018)", None)]),
    (
        "fr",
        "Rappelant la résolution S/RES/2427 et 2 242 soldats,",
        [("S/RES/2427", "S/RES/2427(2018)", None)],
    ),
    ("fr", "Rappelant la résolution S/RES/2427 et 2019,", [("S/RES/2427", "S/RES/2427(2018)", None)]),
    (
        "en",
        "Recalling S/RES/2242 and 2427,",
        [("S/RES/2242", "S/RES/2242(2015)", None), ("2427", "S/RES/2427(2018)", None)],
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_AFTER_SYMBOL, _AFTER_SYMBOL_SAME))
def test_bare_numbers_after_the_councils_symbol(lang: str, para: str, expected: Cited) -> None:
    res = extract_text(f"{GA[lang]}{para}\n")
    assert [(c.text, c.target, c.date) for c in res.citations] == expected
