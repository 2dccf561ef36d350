"""Adversarial rows for secondary literature and third-party copies (issue 7): press releases,
articles, encyclopaedia pages and legal styles that cite UN texts in six languages.  Forms the
rules missed (the date of a text in a passive clause, "was adopted on …"; Arabic words written
with their short vowels; the French "Nations unies" in lower case; a legal style's Council
number dated before a symbol with its year alone; a date opening an Arabic sentence whose verb
comes first, or a Chinese one; a Chinese Council number after its date and the word of its
adoption, a Chinese number's date in brackets after its noun) and look-alikes that must stay as
they are.  The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import assert_dates, assert_exact, by_language, by_tables, dates_of

# (language, passage, each target with its date, None: undated)
Row = tuple[str, str, dict[str, str | None]]

_SC_PASSIVE: dict[str, str | None] = {"S/RES/1887(2009)": "2009-09-24"}
_GA_PASSIVE: dict[str, str | None] = {"A/RES/66/290": "2012-09-10"}
_SC = _SC_PASSIVE
_GA_UNDATED: dict[str, str | None] = {"A/RES/66/290": None}

# the date in a passive clause after the number: "was adopted on", "a été adoptée le" …
_PASSIVE: list[Row] = [
    ("en", "Resolution 1887 (2009) was adopted on 24 September 2009 at a summit meeting.", _SC_PASSIVE),
    ("en", "Resolution 1887 (2009) was adopted unanimously on 24 September 2009.", _SC_PASSIVE),
    ("en", "Resolution 1887 (2009), adopted unanimously on 24 September 2009, para. 5.", _SC_PASSIVE),
    ("en", "Resolution 66/290 was adopted without a vote on 10 September 2012.", _GA_PASSIVE),
    ("fr", "La résolution 1887 (2009) a été adoptée le 24 septembre 2009 lors d'un sommet.", _SC_PASSIVE),
    ("fr", "La résolution 66/290 a été adoptée sans vote le 10 septembre 2012.", _GA_PASSIVE),
    ("es", "La resolución 1887 (2009) fue aprobada el 24 de septiembre de 2009 en una cumbre.", _SC_PASSIVE),
    ("es", "La resolución 66/290 fue aprobada sin votación el 10 de septiembre de 2012.", _GA_PASSIVE),
    ("ru", "Резолюция 1887 (2009) была принята 24 сентября 2009 года на встрече.", _SC_PASSIVE),
    ("ru", "Резолюция 1887 (2009), принятая единогласно 24 сентября 2009 года, пункт 5.", _SC_PASSIVE),
    ("ar", "القرار 1887 (2009) الذي اتخذ بالإجماع في 24 أيلول/سبتمبر 2009، الفقرة 5.", _SC_PASSIVE),
    ("ar", "القرار 66/290 الذي اعتمد دون تصويت في 10 أيلول/سبتمبر 2012.", _GA_PASSIVE),
    ("zh", "2009年9月24日一致通过的第1887(2009)号决议，第5段。", _SC_PASSIVE),
    ("zh", "2012年9月10日未经表决通过的第66/290号决议。", _GA_PASSIVE),
]
_PASSIVE_SAME: list[Row] = [
    ("en", "Resolution 1887 (2009) was adopted. On 24 September 2009 it ended.", {"S/RES/1887(2009)": None}),
    ("fr", "La résolution 1887 (2009), adoptée le 24 septembre 2009.", _SC_PASSIVE),
    ("es", "La resolución 1887 (2009), aprobada por unanimidad el 24 de septiembre de 2009.", _SC_PASSIVE),
    ("ru", "Резолюция 1887 (2009), принятая 24 сентября 2009 года.", _SC_PASSIVE),
]


# Arabic words with their short vowels, shadda or sukun (as a web copy or an article writes them)
_VOWELS: list[Row] = [
    ("ar", "القرار 1887 (2009) المؤرَّخ 24 أيلول/سبتمبر 2009.", _SC_PASSIVE),
    ("ar", "القرار 1887 (2009) الذي اتُّخذ في 24 أيلول/سبتمبر 2009.", _SC_PASSIVE),
    ("ar", "وإذ تشير إلى قرار الجمعية العامة 66/290 المؤرَّخ 10 أيلول/سبتمبر 2012،", _GA_PASSIVE),
]
_VOWELS_SAME: list[Row] = [
    ("ar", "القرار 1887 (2009) المؤرخ 24 أيلول/سبتمبر 2009.", _SC_PASSIVE),
]


# the French "Nations unies" in lower case, as the press and articles write it
_UNIES: list[Row] = [
    (
        "fr",
        "Rappelant la résolution 66/290 de l'Assemblée générale des Nations unies"
        " en date du 10 septembre 2012,",
        _GA_PASSIVE,
    ),
    (
        "fr",
        "Rappelant la résolution 1887 (2009) du Conseil de sécurité de l'Organisation des Nations unies"
        " en date du 24 septembre 2009,",
        _SC_PASSIVE,
    ),
    ("fr", "La résolution 1887 du Conseil de sécurité des Nations unies, adoptée le 24 septembre 2009.", _SC),
]
_UNIES_SAME: list[Row] = [
    ("fr", "La résolution 1887 du Conseil de sécurité des Nations Unies, adoptée le 24 septembre 2009.", _SC),
]


# a legal style: the Council's number dated in its bracket, then its symbol with the year alone
_OSCOLA: list[Row] = [
    ("en", "UNSC Res 1887 (24 September 2009) UN Doc S/RES/1887 (2009).", _SC_PASSIVE),
    ("en", "UNSC Res 1887 (24 September 2009), UN Doc S/RES/1887 (2009), para 5.", _SC_PASSIVE),
]
_OSCOLA_SAME: list[Row] = [
    ("en", "S.C. Res. 1887, U.N. Doc. S/RES/1887 (Sept. 24, 2009).", _SC_PASSIVE),
    ("en", "UNSC Res 1887 (24 September 2009) UN Doc S/RES/1887.", _SC_PASSIVE),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(_OSCOLA, _OSCOLA_SAME))
def test_council_number_dated_before_its_symbol(
    lang: str, text: str, expected: dict[str, str | None]
) -> None:
    # (the symbol's own record stays undated: the number's gives the date)
    assert_dates(dates_of(text, unresolved=""), expected)


# a date that opens an Arabic sentence whose verb comes before its subject, or a Chinese one
_OPENING: list[Row] = [
    ("ar", "وفي 10 أيلول/سبتمبر 2012، اعتمدت الجمعية العامة القرار 66/290.", _GA_PASSIVE),
    ("ar", "وفي 24 أيلول/سبتمبر 2009، اعتمد مجلس الأمن القرار 1887 (2009).", _SC_PASSIVE),
    ("ar", "وفي 24 أيلول/سبتمبر 2009، اعتمد المجلس القرار 1887 (2009) بالإجماع.", _SC_PASSIVE),
    ("zh", "2012年9月10日，大会通过了第66/290号决议。", _GA_PASSIVE),
    ("zh", "2009年9月24日，安全理事会通过了第1887(2009)号决议。", _SC_PASSIVE),
    ("zh", "2009年9月24日，安理会以15票赞成、0票反对、0票弃权通过了第1887(2009)号决议。", _SC_PASSIVE),
]
_OPENING_SAME: list[Row] = [
    ("en", "On 10 September 2012, the General Assembly adopted resolution 66/290.", _GA_PASSIVE),
    ("ar", "وفي 10 أيلول/سبتمبر 2012، عقدت الجمعية العامة جلسة. وأشارت إلى القرار 66/290.", _GA_UNDATED),
]


# Chinese: the Council's number after its date and the word of its adoption; a number's date in
# brackets after its noun
_CHINESE: list[Row] = [
    ("zh", "安全理事会2009年9月24日通过的第1887号决议。", _SC_PASSIVE),
    ("zh", "回顾安理会2009年9月24日一致通过的第1887号决议，", _SC_PASSIVE),
    ("zh", "大会第66/290号决议(2012年9月10日)。", _GA_PASSIVE),
    ("zh", "联合国大会第66/290号决议（2012年9月10日），第3段。", _GA_PASSIVE),
]
_CHINESE_SAME: list[Row] = [
    ("zh", "安全理事会2009年9月24日第1887号决议。", _SC_PASSIVE),
    ("zh", "回顾大会第66/290号决议和第67/1号决议，", {"A/RES/66/290": None, "A/RES/67/1": None}),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    by_tables(
        passive=(_PASSIVE, _PASSIVE_SAME),
        vowels=(_VOWELS, _VOWELS_SAME),
        unies=(_UNIES, _UNIES_SAME),
        opening=(_OPENING, _OPENING_SAME),
        chinese=(_CHINESE, _CHINESE_SAME),
    ),
)
def test_dates_in_secondary_text(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected)
