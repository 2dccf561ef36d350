"""Symbols written with spaces inside them (issue 7, pass symspaced38), as official reports,
third-party copies and footnotes print them — each passage written for these tests in UN style
(numbers, dates and titles invented):

- a lettered element with a space between its dot and its number is the element: "A/61/212/Add. 2",
  "E/CN.4/2006/L. 14/Add. 9", "A/C. 3/61/L.7" (ids.md: the symbol, spaces removed);
- … also an element written after the symbol, after a list word or a comma, in every language
  ("and Add. 1 and 2", "и Corr. 1", "y Add. 1", "و Add. 1", "及 Corr. 1"; "et Corr.⏎2" over a
  line's end), a range after it ("Add. 1 to 3", "Add. 2-4"), and a list of the special elements
  ("L. 10 and L. 11");
- … with a space after a slash of the same symbol ("A/C.3/61/L. 7/ Rev. 1");
- an element written after the symbol may be revised or corrected itself ("and Add.2/Corr.1").

Look-alikes that must not join: a paragraph's number after a sentence that ends with a symbol
("A/61/212. 1. Decides"), a number after a line break, a word with a dot and a number in prose,
another organization's symbol ("AG/RES. 2811 (XLIII-O/13)").
"""

from __future__ import annotations

import pytest

from passages import GA, by_language, targets_of

# (language, paragraph of a General Assembly text, its distinct targets)
ROWS: list[tuple[str, str, set[str]]] = [
    # a final element with a space before its number, inside the symbol
    (
        "en",
        "Having considered the report of the Secretary-General on the question (A/61/212/Add. 2),",
        {"A/61/212/Add.2"},
    ),
    (
        "en",
        "Taking note of the draft resolution contained in document E/CN.4/2006/L. 14/Add. 9,",
        {"E/CN.4/2006/L.14/Add.9"},
    ),
    # … a space after a slash too
    (
        "en",
        "Having examined the revised draft resolution A/C.3/61/L. 7/ Rev. 1 on the subject,",
        {"A/C.3/61/L.7/Rev.1"},
    ),
    # … elements written after the symbol: more numbers of one, then one revised
    (
        "en",
        "Having considered the report of the Executive Director (UNEP/GC/27/4 and Add. 1 and 2 and "
        "Add.2/Corr.1),",
        {"UNEP/GC/27/4", "UNEP/GC/27/4/Add.1", "UNEP/GC/27/4/Add.2", "UNEP/GC/27/4/Add.2/Corr.1"},
    ),
    # … a range of addenda written with spaces
    (
        "en",
        "Having examined the reports of the Special Committee (A/62/23/Add. 1 to 3),",
        {"A/62/23/Add.1", "A/62/23/Add.2", "A/62/23/Add.3"},
    ),
    # … a list of the special elements
    (
        "en",
        "Recalling the draft resolutions A/C.2/63/L. 9, L. 10 and L. 12 before the Committee,",
        {"A/C.2/63/L.9", "A/C.2/63/L.10", "A/C.2/63/L.12"},
    ),
    (
        "fr",
        "Ayant examiné le rapport du Secrétaire général (A/63/185/Add. 1 et Corr. 1 et 2),",
        {"A/63/185/Add.1", "A/63/185/Add.1/Corr.1", "A/63/185/Add.1/Corr.2"},
    ),
    (
        "es",
        "Habiendo examinado el informe del Secretario General (A/64/302 y Add. 1),",
        {"A/64/302", "A/64/302/Add.1"},
    ),
    (
        "es",
        "Tomando nota del proyecto de resolución A/C.5/64/L. 21/Rev. 2,",
        {"A/C.5/64/L.21/Rev.2"},
    ),
    (
        "ru",
        "рассмотрев доклад Генерального секретаря (A/65/118 и Corr. 1),",
        {"A/65/118", "A/65/118/Corr.1"},
    ),
    (
        "ru",
        "принимая к сведению доклады (A/65/330/Add. 2-4),",
        {"A/65/330/Add.2", "A/65/330/Add.3", "A/65/330/Add.4"},
    ),
    (
        "zh",
        "审议了秘书长的报告（A/66/271 及 Add. 1），",
        {"A/66/271", "A/66/271/Add.1"},
    ),
    (
        "zh",
        "注意到决议草案E/CN.6/2011/L. 3，",
        {"E/CN.6/2011/L.3"},
    ),
    (
        "ar",
        "وقد نظرت في تقرير الأمين العام (A/67/154 و Add. 1)،",
        {"A/67/154", "A/67/154/Add.1"},
    ),
    (
        "ar",
        "وإذ تحيط علما بالوثيقة A/68/5/Add. 7،",
        {"A/68/5/Add.7"},
    ),
    # a range's end that is a date's day: the element alone
    (
        "en",
        "Having considered the report (A/61/212/Add. 3 to 5 June 2006),",
        {"A/61/212/Add.3"},
    ),
    # an element written after the symbol, revised itself, then more of its last element
    (
        "en",
        "Having considered the report of the Special Rapporteur (A/62/287 and Add.2/Corr.1 and 2),",
        {"A/62/287", "A/62/287/Add.2/Corr.1", "A/62/287/Add.2/Corr.2"},
    ),
    # the information series and a conference's symbol
    (
        "en",
        "Taking note of the list of participants (A/CONF.204/INF. 3),",
        {"A/CONF.204/INF.3"},
    ),
    # the series letter typed in a Cyrillic look-alike
    (
        "ru",
        "рассмотрев доклад Специального докладчика (А/63/161 и Add. 1),",
        {"A/63/161", "A/63/161/Add.1"},
    ),
    # a final element written after the symbol, its number on the next line (a PDF's line)
    (
        "fr",
        "Ayant examiné le rapport du Comité spécial (A/64/19 et Corr.\n2),",
        {"A/64/19", "A/64/19/Corr.2"},
    ),
    # … a list word glued to the element in a script without spaces
    (
        "zh",
        "审议了秘书长的报告（A/66/271和Corr. 1），",
        {"A/66/271", "A/66/271/Corr.1"},
    ),
]

# look-alikes: the same shapes that are no element of a symbol
LOOK_ALIKES: list[tuple[str, str, set[str]]] = [
    # a paragraph's number after a sentence that ends with the symbol's own number
    (
        "en",
        "Having considered the report of the Secretary-General A/61/212. 1. Decides to continue "
        "its consideration of the question;",
        {"A/61/212"},
    ),
    # … the symbol's number, a line break, then the paragraph's
    (
        "en",
        "Having considered the report of the Secretary-General A/61/212.\n\n2. Requests the "
        "Secretary-General to report;",
        {"A/61/212"},
    ),
    # a supplement's number after a symbol: no element of it
    (
        "en",
        "Recalling the report of the Committee (A/61/212), Supplement No. 5, and its annex,",
        {"A/61/212"},
    ),
    # a symbol of a series outside the United Nations' with a space in it (the Organization of
    # American States'): no symbol of the Organization's made of it
    (
        "en",
        "Recalling the report A/61/212 and resolution AG/RES. 2811 (XLIII-O/13) of the General "
        "Assembly of the Organization of American States,",
        {"A/61/212", ""},
    ),
    # a word with a dot and a number in prose, no symbol before it
    (
        "en",
        "Noting that Rev. 2 of the handbook was issued, and the report A/61/212,",
        {"A/61/212"},
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(ROWS, LOOK_ALIKES))
def test_spaced_symbols(lang: str, para: str, expected: set[str]) -> None:
    assert targets_of(GA[lang] + para + "\n", lang) == expected
