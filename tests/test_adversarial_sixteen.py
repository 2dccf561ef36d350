"""Look-alikes of this session's new rules that a careful reader would not read as they did:
a date that bounds a period before the actor named before the noun ("since 1 January 2016, the
General Assembly in its resolutions …": no adoption's date); a Bluebook chain whose closing date
belongs to another document brought in by a signal ("…, quoted in Report …, U.N. Doc. A/9619
(Dec. 10, 1974)."); a year after a treaty footnote's single number ("vols. 993 and 999, No.
14531, 1966.": no registration number 1966). Each form with the look-alikes that must not
change. The passages are invented for these tests (numbers, dates and wording changed)."""

from __future__ import annotations

import pytest

from passages import GA, assert_dates, by_language, dates_of

R, SC, HRC = "A/RES/", "S/RES/", "A/HRC/RES/"

# (language, paragraph of a General Assembly text, target -> its date, None: no date at all)
_ROWS: list[tuple[str, str, dict[str, str | None]]] = [
    # a bound of a period before the actor: not the day the number was adopted
    (
        "en",
        "Observing that, since 1 February 2017, the General Assembly in its resolutions 71/243 and"
        " 72/279 has reshaped the operational system,",
        {f"{R}71/243": None, f"{R}72/279": None},
    ),
    (
        "en",
        "Recalling that, by 30 June 2016, the General Assembly in its resolution 70/299 had laid"
        " out the review,",
        {f"{R}70/299": None},
    ),
    (
        "en",
        "Noting that until 30 November 2019 the General Assembly in its resolution 73/195 asked"
        " for yearly reports,",
        {f"{R}73/195": None},
    ),
    (
        "en",
        "Noting that as of 2 April 2021 the Human Rights Council in its resolution 46/4 sought updates,",
        {f"{HRC}46/4": None},
    ),
    (
        "fr",
        "Observant que, depuis le 1er février 2017, l'Assemblée générale, dans ses résolutions 71/243"
        " et 72/279, a remanié le système opérationnel,",
        {f"{R}71/243": None, f"{R}72/279": None},
    ),
    (
        "fr",
        "Rappelant que, jusqu'au 30 novembre 2019, l'Assemblée générale dans sa résolution 73/195 a"
        " demandé des rapports annuels,",
        {f"{R}73/195": None},
    ),
    (
        "es",
        "Observando que, desde el 1 de febrero de 2017, la Asamblea General, en sus resoluciones"
        " 71/243 y 72/279, ha reformado el sistema operacional,",
        {f"{R}71/243": None, f"{R}72/279": None},
    ),
    (
        "es",
        "Recordando que, hasta el 30 de noviembre de 2019, la Asamblea General en su resolución 73/195"
        " pidió informes anuales,",
        {f"{R}73/195": None},
    ),
    (
        "ru",
        "отмечая, что с 1 февраля 2017 года Генеральная Ассамблея в своих резолюциях 71/243 и 72/279"
        " преобразовала оперативную систему,",
        {f"{R}71/243": None, f"{R}72/279": None},
    ),
    (
        "ru",
        "отмечая, что до 30 ноября 2019 года Генеральная Ассамблея в своей резолюции 73/195 просила"
        " представлять ежегодные доклады,",
        {f"{R}73/195": None},
    ),
    # a Bluebook chain that a signal word leads to another document: its date is that document's
    (
        "en",
        "G.A. Res. 70/1, supra note 6, as put into practice in Report of the Secretary-General, U.N."
        " Doc. A/72/131 (July 14, 2017).",
        {f"{R}70/1": None, "A/72/131": "2017-07-14"},
    ),
    (
        "en",
        "G.A. Res. 60/1, ¶ 139, reaffirmed in S.C. Res. 1706, U.N. Doc. S/RES/1706 (Aug. 31, 2006).",
        {f"{R}60/1": None, f"{SC}1706(2006)": "2006-08-31"},
    ),
    (
        "en",
        "G.A. Res. 2625 (XXV), annex, discussed in Letter from the Permanent Representative, U.N. Doc."
        " A/8091 (Nov. 2, 1970).",
        {f"{R}2625(XXV)": None, "A/8091": "1970-11-02"},
    ),
    (
        "en",
        "G.A. Res. 3314 (XXIX), art. 5, quoted in Report of the Special Committee, U.N. Doc. A/9627"
        " (Dec. 11, 1974).",
        {f"{R}3314(XXIX)": None, "A/9627": "1974-12-11"},
    ),
    # a year after a treaty footnote's one number is no registration number of the last volume
    (
        "en",
        "United Nations, Treaty Series, vols. 1155 and 1157, No. 18232, 1969.",
        {"UNTS/1155/18232": None, "UNTS/1157/18232": None},
    ),
    (
        "fr",
        "Nations Unies, Recueil des Traités, vol. 1155 et 1157, n° 18232, 1969.",
        {"UNTS/1155/18232": None, "UNTS/1157/18232": None},
    ),
]

# look-alikes that must not change: the adoption's day itself, the chain of the Official Records,
# a number for each volume
_SAME: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Recalling that on 21 October 2016 the General Assembly in its resolution 71/3 adopted the text,",
        {f"{R}71/3": "2016-10-21"},
    ),
    (
        "en",
        "Recalling the Convention adopted on 14 December 2007 by the General Assembly in its"
        " resolution 62/150,",
        {f"{R}62/150": "2007-12-14"},
    ),
    (
        "fr",
        "Rappelant la Convention adoptée le 14 décembre 2007 par l'Assemblée générale dans sa"
        " résolution 62/150,",
        {f"{R}62/150": "2007-12-14"},
    ),
    (
        "ru",
        "ссылаясь на Конвенцию, принятую 14 декабря 2007 года Генеральной Ассамблеей в ее резолюции 62/150,",
        {f"{R}62/150": "2007-12-14"},
    ),
    (
        "en",
        "G.A. Res. 3201 (S-VI), U.N. GAOR, 6th Special Sess., Supp. No. 1, at 3, U.N. Doc. A/9559"
        " (May 1, 1974).",
        {f"{R}3201(S-VI)": "1974-05-01", "A/9559": "1974-05-01"},
    ),
    (
        "en",
        "United Nations, Treaty Series, vols. 1155 and 1157, Nos. 18232 and 18241.",
        {"UNTS/1155/18232": None, "UNTS/1157/18241": None},
    ),
]


@pytest.mark.parametrize(("lang", "para", "expected"), by_language(_ROWS, _SAME))
def test_a_look_alike_gives_no_target_or_date_of_its_own(
    lang: str, para: str, expected: dict[str, str | None]
) -> None:
    assert_dates(dates_of(GA[lang] + para), expected)
