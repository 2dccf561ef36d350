"""Secondary literature and reports in English, French and Spanish (issue 7, hidden passage
sets): legal citation styles (Bluebook, OSCOLA, French and Spanish doctrine), lettered parts
that share one date, lists that go on after an inserted clause.  Passages written for these
tests in the style of UN texts and of the legal literature that cites them."""

from __future__ import annotations

import pytest

from passages import assert_exact

#: (language, passage, {target: its date — None: no date — for every target the passage gives})
Row = tuple[str, str, dict[str, str | None]]

CHANGED: list[Row] = [
    # a list that a clause interrupts goes on from a session in Roman figures to a slashed number
    (
        "en",
        (
            "Recalling resolutions 2106 A (XX), by which it adopted the Convention, and 47/135, "
            "by which it adopted the Declaration,"
        ),
        {"A/RES/2106A(XX)": None, "A/RES/47/135": None},
    ),
    (
        "fr",
        "Rappelant ses résolutions 1386 (XIV), par laquelle elle a proclamé la Déclaration, et 44/25,",
        {"A/RES/1386(XIV)": None, "A/RES/44/25": None},
    ),
    (
        "es",
        "Recordando sus resoluciones 3068 (XXVIII), en la que aprobó la Convención, y 57/199,",
        {"A/RES/3068(XXVIII)": None, "A/RES/57/199": None},
    ),
    # the parts of one resolution, each written whole, share the date after the last
    (
        "en",
        "Recalling its resolutions 66/71 A, 66/71 B and 66/71 C of 9 December 2011,",
        {"A/RES/66/71A": "2011-12-09", "A/RES/66/71B": "2011-12-09", "A/RES/66/71C": "2011-12-09"},
    ),
    (
        "fr",
        "Rappelant ses résolutions 58/42 A, 58/42 B, 58/42 C et 58/42 D du 8 décembre 2003,",
        {
            "A/RES/58/42A": "2003-12-08",
            "A/RES/58/42B": "2003-12-08",
            "A/RES/58/42C": "2003-12-08",
            "A/RES/58/42D": "2003-12-08",
        },
    ),
    (
        "es",
        "Recordando sus resoluciones 69/88 A, 69/88 B y 69/88 C, de 5 de diciembre de 2014,",
        {"A/RES/69/88A": "2014-12-05", "A/RES/69/88B": "2014-12-05", "A/RES/69/88C": "2014-12-05"},
    ),
    # the date after the text's title in quotes, past a symbol and its body's name
    (
        "es",
        "Resolución A/RES/68/261 de la Asamblea General, «Principios fundamentales», de 29 de enero de 2014.",
        {"A/RES/68/261": "2014-01-29"},
    ),
    (
        "en",
        'Recalling General Assembly resolution A/RES/68/261, "Fundamental Principles", of 29 January 2014,',
        {"A/RES/68/261": "2014-01-29"},
    ),
    (
        "fr",
        (
            "Rappelant la résolution A/RES/68/261 de l'Assemblée générale, « Principes fondamentaux », "
            "du 29 janvier 2014,"
        ),
        {"A/RES/68/261": "2014-01-29"},
    ),
    # "Cf." opens a citation as "see" does: the symbol after it is no heading
    ("fr", "Cf. A/RES/63/117 du 10 décembre 2008, par. 4.", {"A/RES/63/117": "2008-12-10"}),
    # OSCOLA: the date in brackets before "UN Doc" is the adopted text's
    (
        "en",
        "UNGA 'Guiding Principles on Internal Displacement' (22 December 2004) UN Doc A/RES/59/171.",
        {"A/RES/59/171": "2004-12-22"},
    ),
    (
        "en",
        "UNSC 'Statement by the President of the Security Council' (17 May 2013) UN Doc S/PRST/2013/5.",
        {"S/PRST/2013/5": "2013-05-17"},
    ),
    (
        "fr",
        "AGNU, « Principes directeurs » (22 décembre 2004), Doc. NU A/RES/59/171.",
        {"A/RES/59/171": "2004-12-22"},
    ),
    (
        "es",
        "AGNU, «Principios rectores» (22 de diciembre de 2004), Doc. ONU A/RES/59/171.",
        {"A/RES/59/171": "2004-12-22"},
    ),
    # OSCOLA's pinpoint without a full stop, before the bracket of the date
    ("en", "UNGA Res 63/308, para 2 (14 September 2009).", {"A/RES/63/308": "2009-09-14"}),
    # the Bluebook's chain past a symbol's own bracket
    (
        "en",
        (
            "G.A. Res. 65/1, U.N. GAOR, 65th Sess., Supp. No. 49, at 2, U.N. Doc. A/65/49 (Vol. I) "
            "(Sept. 22, 2010)."
        ),
        {"A/RES/65/1": "2010-09-22", "A/65/49(Vol.I)": "2010-09-22"},
    ),
    # an author's "Body, Resolution N, Title, date"
    (
        "en",
        "UN General Assembly, Resolution 62/61, Diplomatic Protection, 6 December 2007.",
        {"A/RES/62/61": "2007-12-06"},
    ),
    (
        "fr",
        "ONU, Assemblée générale, résolution 62/61, Protection diplomatique, 6 décembre 2007.",
        {"A/RES/62/61": "2007-12-06"},
    ),
    (
        "es",
        "ONU, Asamblea General, Resolución 62/61, Protección diplomática, 6 de diciembre de 2007.",
        {"A/RES/62/61": "2007-12-06"},
    ),
    # the Assembly's and the Council's names abbreviated with full stops
    ("fr", "Rés. 1654 (XVI) de l'A.G.N.U., 27 novembre 1961.", {"A/RES/1654(XVI)": "1961-11-27"}),
    ("fr", "Rés. 1160 (1998) du C.S.N.U., 31 mars 1998.", {"S/RES/1160(1998)": "1998-03-31"}),
]

KEPT: list[Row] = [
    # (read as before) "Cf." before a symbol and its date in Spanish
    ("es", "Cf. A/RES/63/117, de 10 de diciembre de 2008.", {"A/RES/63/117": "2008-12-10"}),
    # a list that a clause interrupts still needs its "and" or comma; no number in the clause
    (
        "en",
        (
            "Recalling its resolution 2106 A (XX), by which it adopted the Convention in 1965; 47/135 "
            "is recalled below."
        ),
        {"A/RES/2106A(XX)": None},
    ),
    # numbers of different resolutions before one date, joined by commas and "and": all share it
    (
        "en",
        "Recalling its resolutions 66/71, 66/72 and 66/73 of 9 December 2011,",
        {"A/RES/66/71": "2011-12-09", "A/RES/66/72": "2011-12-09", "A/RES/66/73": "2011-12-09"},
    ),
    # a date in brackets before a report's symbol is not given to it
    ("en", "UNGA 'Report of the Secretary-General' (4 August 2022) UN Doc A/77/287.", {"A/77/287": None}),
    # a title between commas after a body's name needs a date that ends the clause
    (
        "en",
        "UN General Assembly, Resolution 62/61, Diplomatic Protection, paragraph 3.",
        {"A/RES/62/61": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), CHANGED + KEPT)
def test_targets_and_dates(lang: str, text: str, want: dict[str, str | None]) -> None:
    """The passage gives exactly the targets of ``want``, each with the date the text states
    (an unresolved record counts as the target "", which no row wants)."""
    assert_exact(text, want, lang)
