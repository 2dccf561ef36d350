"""Forms met reading real public English, French and Spanish texts of kinds not read before
(issue 7, pass real46a: the European Union's acts and notices that implement the Security
Council's sanctions, sanctions committees' fact sheets and checklists, law firms' and learned
societies' briefings, encyclopaedia pages on the Council's resolutions, treaty bodies' general
comments and concluding observations, the Assembly's and the Council's French press releases,
ECLAC's and the World Health Assembly's resolutions, law-review articles), each written for these
tests in UN style (passages, titles, symbols and dates invented; the Council's numbers real where
the rule depends on them):

- the abbreviation that fuses the Council's name and the noun, as sanctions acts and the press
  write it ("UNSCR 2375", "under UNSCR 1540", "UNSCRs 1718 and 1874"), is read as "UNSC
  resolution": the Council's number (was nothing, or an unresolved "resolution"); set in a
  bracket after the words it abbreviates ("the Security Council Resolution (UNSCR) 1718") it is
  read away. (grammar ``fused_nouns`` of en; not inside a code or a path: "UNSCR/2", "X-UNSCR 5".)
- the passive of an adoption with its manner between the verb and the adopting body ("was adopted
  unanimously by the Security Council on 14 October 2006", "was unanimously adopted by", fr "a
  été adoptée à l'unanimité par le Conseil de sécurité le …", es "fue aprobada por unanimidad por
  el Consejo de Seguridad el …", and "without a vote", "sans vote", "sin votación") binds the
  number to that body and dates it, as the passive without its manner did (a number without its
  year was lost, a dated one undated). (grammar ``body_prep`` of en, fr and es.)
- the Council as the subject of "passed" before its noun ("the Security Council passed resolution
  2371", "has passed") is read as "adopted" is (was nothing). (en ``adoption_verbs``.)
- a sentence of adoption that opens with its date after a number in brackets, as the recitals
  of acts and the items of lists are numbered ("(3) On 28 January 2031, the Council adopted
  resolution …", es "(3) El …", fr "b) Le …"), dates the text as the sentence after "3." did
  (was undated).
- a masthead's symbol with the day of its date glued to its last number, as a copy runs the
  masthead's cells together ("CRC/C/GC/297 mars 2019" for "CRC/C/GC/29" and "7 mars 2019", es
  "A/HRC/9/4114 de julio de 2008", en "A/HRC/9/4114 July 2008"), gives the text's own id without
  the day (was the symbol with the day in it): the number's last two figures where they make a
  day (10 to 31) and a figure is left before them, else its last one — unless the other reading's symbol is
  written elsewhere in the text (a page's header) and this one's is not.
- the Council's resolution 2261 is of 2016 (``sc_anchors.csv``: read with its year in a real
  text): es "la resolución 2261" of the Council resolves (was unresolved between 2254 (2015) and
  2270 (2016)).
"""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

Mention = tuple[str, str | None, str | None]


def _mentions(text: str) -> list[Mention]:
    return [(c.text, c.target, c.date) for c in extract_text(text).citations]


def _own(text: str) -> str | None:
    return extract_text(text).document.source_id


FUSED: list[tuple[str, list[Mention]]] = [
    (
        "The Council amended its decision to give effect to UNSCR 2375 and to the later listings.\n",
        [("2375", "S/RES/2375(2017)", None)],
    ),
    (
        "Member States shall apply the measures set out in the United Nations Security Council "
        "Resolution (UNSCR) 1718 to the listed vessels.\n",
        [("1718", "S/RES/1718(2006)", None)],
    ),
    (
        "The regime implements UNSCRs 1718 and 1874 and the related designations.\n",
        [("1718", "S/RES/1718(2006)", None), ("1874", "S/RES/1874(2009)", None)],
    ),
    (
        "Under UNSCR 1540, all States shall refrain from providing any form of support.\n",
        [("1540", "S/RES/1540(2004)", None)],
    ),
    # look-alikes: with its year, as before; inside a code or a path, or with no number after it
    (
        "as UNSCR 2127 (2013) of 5 December 2013 requires,\n",
        [("2127 (2013)", "S/RES/2127(2013)", "2013-12-05")],
    ),
    ("The file UNSCR/2 and the code X-UNSCR 5 describe the UNSCR process.\n", []),
]


@pytest.mark.parametrize(("text", "expected"), FUSED)
def test_fused_council_noun(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


PASSIVE: list[tuple[str, list[Mention]]] = [
    (
        "After the test, resolution 1718 was adopted unanimously by the Security Council on 14 "
        "October 2006.\n",
        [("1718", "S/RES/1718(2006)", "2006-10-14")],
    ),
    (
        "Resolution 1874 was unanimously adopted by the United Nations Security Council on 12 June 2009.\n",
        [("1874", "S/RES/1874(2009)", "2009-06-12")],
    ),
    (
        "La résolution 1718 a été adoptée à l'unanimité par le Conseil de sécurité le 14 octobre 2006.\n",
        [("1718", "S/RES/1718(2006)", "2006-10-14")],
    ),
    (
        "La resolución 1874 fue aprobada por unanimidad por el Consejo de Seguridad el 12 de junio "
        "de 2009.\n",
        [("1874", "S/RES/1874(2009)", "2009-06-12")],
    ),
    (
        "La résolution 64/301 a été adoptée sans vote par l'Assemblée générale le 13 septembre 2010.\n",
        [("64/301", "A/RES/64/301", "2010-09-13")],
    ),
    # look-alike: the passive without its manner, as before
    (
        "Resolution 1718 was adopted by the Security Council on 14 October 2006.\n",
        [("1718", "S/RES/1718(2006)", "2006-10-14")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE)
def test_passive_with_manner(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


PASSED: list[tuple[str, list[Mention]]] = [
    (
        "Last summer the Security Council passed resolution 2371, which widened the measures.\n",
        [("2371", "S/RES/2371(2017)", None)],
    ),
    (
        "On 5 August 2017, the Security Council passed resolution 2371 on exports of coal and iron.\n",
        [("2371", "S/RES/2371(2017)", "2017-08-05")],
    ),
    # look-alikes: another body's act passed, no text of the United Nations; "adopted", as before
    ("The bill was passed by the Senate on 3 May and signed a week later.\n", []),
    (
        "Last summer the Security Council adopted resolution 2371, which widened the measures.\n",
        [("2371", "S/RES/2371(2017)", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PASSED)
def test_council_passed(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


RECITALS: list[tuple[str, list[Mention]]] = [
    (
        "Whereas:\n\n(4) On 9 March 2015, the United Nations Security Council adopted "
        "resolution 2206 (2015), renewing the listings.\n",
        [("2206 (2015)", "S/RES/2206(2015)", "2015-03-09")],
    ),
    (
        "Considerando:\n\n(3) El 28 de enero de 2014, el Consejo de Seguridad aprobó la resolución "
        "2134 (2014).\n",
        [("2134 (2014)", "S/RES/2134(2014)", "2014-01-28")],
    ),
    (
        "b) Le 28 janvier 2014, le Conseil de sécurité a adopté la résolution 2134 (2014).\n",
        [("2134 (2014)", "S/RES/2134(2014)", "2014-01-28")],
    ),
    # look-alikes: the number after a stop, as before; a bracket before a clause with no date
    (
        "3. On 28 January 2014, the Security Council adopted resolution 2134 (2014).\n",
        [("2134 (2014)", "S/RES/2134(2014)", "2014-01-28")],
    ),
    (
        "(3) Recalling resolution 2134 (2014) of the Council,\n",
        [("2134 (2014)", "S/RES/2134(2014)", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RECITALS)
def test_recital_number_before_date(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected


GLUED: list[tuple[str, str | None]] = [
    (
        "Convention relative aux droits de l’enfant\n\nDistr.GÉNÉRALE\n\n"
        "CRC/C/GC/297 mars 2019\n\nFRANÇAISOriginal: ANGLAIS\n\nCOMITÉ DES DROITS DE L’ENFANT\n",
        "CRC/C/GC/29",
    ),
    (
        "NACIONES UNIDAS\n\nDistr. GENERAL\n\nA/HRC/9/4114 de julio de 2008\n\nESPAÑOL\nOriginal: INGLÉS\n",
        "A/HRC/9/41",
    ),
    (
        "UNITED NATIONS\n\nDistr. GENERAL\n\nA/HRC/9/4114 July 2008\n\nOriginal: ENGLISH\n",
        "A/HRC/9/41",
    ),
    # the day's one figure where two make no day
    ("UNITED NATIONS\n\nDistr. GENERAL\n\nA/HRC/9/4157 July 2008\n\nOriginal: ENGLISH\n", "A/HRC/9/415"),
    # the other reading's symbol written in a page's header
    (
        "UNITED NATIONS\n\nDistr. GENERAL\n\nA/HRC/9/4112 July 2008\n\nOriginal: ENGLISH\n\n"
        "Introduction\n\n1. The report covers the period.\n\nA/HRC/9/411\npage 2\n",
        "A/HRC/9/411",
    ),
    # look-alike: the symbol written whole elsewhere too (a page's header): its month without a
    # day, nothing glued
    (
        "UNITED NATIONS\n\nDistr. GENERAL\n\nE/2031/27 June 2031\n\nOriginal: ENGLISH\n\n"
        "Introduction\n\n1. The report covers the period.\n\nE/2031/27\npage 2\n",
        "E/2031/27",
    ),
    # look-alike: the symbol and its date apart, as before
    ("UNITED NATIONS\n\nDistr. GENERAL\n\nA/HRC/9/41 14 July 2008\n\nOriginal: ENGLISH\n", "A/HRC/9/41"),
]


@pytest.mark.parametrize(("text", "own"), GLUED)
def test_masthead_day_glued_to_symbol(text: str, own: str | None) -> None:
    assert _own(text) == own


ANCHOR: list[tuple[str, list[Mention]]] = [
    (
        "La Cancillería celebra la aprobación por el Consejo de Seguridad de la resolución 2261 "
        "sobre la misión política.\n",
        [("2261", "S/RES/2261(2016)", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANCHOR)
def test_council_anchors(text: str, expected: list[Mention]) -> None:
    assert _mentions(text) == expected
