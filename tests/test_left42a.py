"""Forms of real documents left by the first wave of pass 42, Latin-script languages (issue 7):

- a resolution's abbreviated noun glued to its number ("Res.1325 (2000)", "G.A.Res.2625(XXV)",
  fr "Rés.3201(S-VI)", "rés.1515 (XV), 3202 (S-VI) et …", es "Res.60/1"), with or without its
  point (without it only before the number's slash or bracket), in any case: read as after
  "Res. " (was nothing); not inside a word or a symbol ("Pres.2", "X-Res.45/1"), and "Res.2"
  stays unread as "Res. 2" does;
- a document's date after its symbol set off by a comma, where Spanish sets it so ("S/2019/1, de
  3 de enero de 2019", "A/55/23 (Part I), de 2 de agosto de 2000"; es `grammar.symbol_date_comma`;
  was undated), with the limits of the form without a comma (not past a body's name, not a year
  alone); zh writes the document's noun after its symbol and number mark ("S/2019/1号文件", zh
  `grammar.symbol_noun_after`), the date glued before the symbol ("2019年1月3日S/2019/1号文件";
  joined by "的" too since pass 43c) or in brackets after the noun
  ("S/2019/1号文件(2019年1月3日)"): read (was undated; not past other words, nor a year alone);
- a date after a list of symbols with the words that give it to the whole list ("S/2019/1 and
  S/2019/3, both of 3 January 2019", fr "tous deux du", es "ambos de"; `grammar.date_intro_all`):
  every symbol of the list is dated (was none, not even the last); without them the date stays
  the last symbol's.

The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import GA, SC, assert_exact

# (language, passage, each target with its date alone, None: undated)
Row = tuple[str, str, dict[str, str | None]]

_GLUED: list[Row] = [
    (
        "en",
        GA["en"] + "Recalling Security Council Res.1325 (2000) and G.A.Res.2625(XXV),",
        {"S/RES/1325(2000)": None, "A/RES/2625(XXV)": None},
    ),
    (
        "en",
        GA["en"]
        + "Recalling Res.1325 (2000), 1820 (2008) and 1888 (2009), and res.64/243 of 24 December 2009,",
        {
            "S/RES/1325(2000)": None,
            "S/RES/1820(2008)": None,
            "S/RES/1888(2009)": None,
            "A/RES/64/243": "2009-12-24",
        },
    ),
    ("en", GA["en"] + "Recalling Res1325 (2000) of the Security Council,", {"S/RES/1325(2000)": None}),
    ("fr", GA["fr"] + "Rappelant sa Rés.3201(S-VI) du 1er mai 1974,", {"A/RES/3201(S-VI)": "1974-05-01"}),
    (
        "fr",
        GA["fr"] + "Rappelant ses rés.1515 (XV), 3202 (S-VI) et 3281 (XXIX),",
        {"A/RES/1515(XV)": None, "A/RES/3202(S-VI)": None, "A/RES/3281(XXIX)": None},
    ),
    (
        "es",
        GA["es"] + "Recordando sus Res.60/1, 65/1 y 70/1,",
        {"A/RES/60/1": None, "A/RES/65/1": None, "A/RES/70/1": None},
    ),
]

# look-alikes: nothing read, as before
_GLUED_NOT: list[Row] = [
    ("en", GA["en"] + "Recalling Res.2 of the list and the Pres.2 file,", {}),
    ("en", GA["en"] + "Noting the code X-Res.45/1 and the form Res12 of the register,", {}),
]

_COMMA_DATE: list[Row] = [
    (
        "es",
        SC["es"] + "Tomando nota del informe del Secretario General S/2019/1, de 3 de enero de 2019,",
        {"S/2019/1": "2019-01-03"},
    ),
    (
        "es",
        GA["es"] + "Tomando nota del informe del Comité A/55/23 (Part I), de 2 de agosto de 2000,",
        {"A/55/23(PartI)": "2000-08-02"},
    ),
    (
        "es",
        SC["es"] + "Tomando nota de la carta S/2019/7, de fecha 4 de enero de 2019,",
        {"S/2019/7": "2019-01-04"},
    ),
]

# Chinese writes the document's noun after its symbol and number mark: the date glued before the
# symbol or in brackets after the noun
_ZH_DATE: list[Row] = [
    ("zh", SC["zh"] + "注意到秘书长2019年1月3日S/2019/1号文件，", {"S/2019/1": "2019-01-03"}),
    ("zh", SC["zh"] + "注意到S/2019/1号文件(2019年1月3日)，", {"S/2019/1": "2019-01-03"}),
    ("zh", SC["zh"] + "注意到S/2019/1号报告（2019年1月3日），", {"S/2019/1": "2019-01-03"}),
]

# … not past a body's name nor a year alone; English and French write no comma there
_COMMA_DATE_NOT: list[Row] = [
    (
        "es",
        SC["es"] + "Tomando nota del informe S/2019/1, de la Comisión, de 3 de enero de 2019,",
        {"S/2019/1": None},
    ),
    ("es", SC["es"] + "Tomando nota del informe S/2019/1, de 2019,", {"S/2019/1": None}),
    ("en", SC["en"] + "Taking note of the report S/2019/1, of 3 January 2019,", {"S/2019/1": None}),
    ("zh", SC["zh"] + "注意到2019年1月3日关于索马里的S/2019/1号文件，", {"S/2019/1": None}),
    ("zh", SC["zh"] + "注意到2019年S/2019/1号文件，", {"S/2019/1": None}),
    # (joined by "的", the date is the document's since pass 43c: tests/test_real43c.py)
    ("zh", SC["zh"] + "注意到2019年1月3日的S/2019/1号文件，", {"S/2019/1": "2019-01-03"}),
    ("zh", SC["zh"] + "注意到S/2019/1号文件(2019年)，", {"S/2019/1": None}),
]

_SHARED: list[Row] = [
    (
        "en",
        SC["en"] + "Recalling the reports S/2019/1, S/2019/2 and S/2019/3, all of 3 January 2019,",
        {"S/2019/1": "2019-01-03", "S/2019/2": "2019-01-03", "S/2019/3": "2019-01-03"},
    ),
    (
        "en",
        GA["en"] + "Having considered the reports A/74/1 and A/74/3, both dated 3 September 2019,",
        {"A/74/1": "2019-09-03", "A/74/3": "2019-09-03"},
    ),
    (
        "fr",
        SC["fr"] + "Rappelant les rapports S/2019/1 et S/2019/3, tous deux du 3 janvier 2019,",
        {"S/2019/1": "2019-01-03", "S/2019/3": "2019-01-03"},
    ),
    (
        "es",
        SC["es"] + "Recordando los informes S/2019/1 y S/2019/3, ambos de 3 de enero de 2019,",
        {"S/2019/1": "2019-01-03", "S/2019/3": "2019-01-03"},
    ),
]

# … without those words the date stays the last symbol's
_SHARED_NOT: list[Row] = [
    (
        "en",
        SC["en"] + "Recalling the reports S/2019/1, S/2019/2 and S/2019/3 of 3 January 2019,",
        {"S/2019/1": None, "S/2019/2": None, "S/2019/3": "2019-01-03"},
    ),
    (
        "fr",
        SC["fr"] + "Rappelant les rapports S/2019/1 et S/2019/3 du 3 janvier 2019,",
        {"S/2019/1": None, "S/2019/3": "2019-01-03"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), _GLUED + _COMMA_DATE + _ZH_DATE + _SHARED)
def test_found(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), _GLUED_NOT + _COMMA_DATE_NOT + _SHARED_NOT)
def test_as_before(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_exact(text, expected, lang)
