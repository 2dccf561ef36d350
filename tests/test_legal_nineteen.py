"""Legal citation styles of secondary literature, issue 7 (law reviews, judgments, NGO reports,
textbooks): a treaty cited by the volume and first page of the Treaty Series (Bluebook, OSCOLA,
French and Spanish doctrine), the author named first with a comma before the noun, the Charter's
short name in legal styles — and look-alikes (ILM, ICJ Reports, European court case numbers,
a journal's volume and page) that stay as they were. Table-driven; passages written for these
tests."""

from __future__ import annotations

import pytest

from passages import by_language
from rescite.engine.extract import extract_text

ROWS: list[tuple[str, str, list[str]]] = [
    # Bluebook: volume, series, first page; the treaty's name not in the table of instruments
    ("en", "41 Agreement on Consular Matters, Mar. 3, 1977, 1155 U.N.T.S. 331, 338.", ["UNTS/1155/18232"]),
    ("en", "42 See the Covenant as in force for Ruritania, 999 U.N.T.S. 171 (1976).", ["UNTS/999/14668"]),
    (
        "en",
        "43 Torture Convention, opened for signature Feb. 4, 1985, 1465 U.N.T.S. 85.",
        ["UNTS/1465/24841"],
    ),
    ("en", "44 Law of the Sea Convention, 1833 U.N.T.S. 397, art. 87.", ["UNTS/1833/31363"]),
    (
        "en",
        "45 ICC Statute, 2187 U.N.T.S. 90, art. 12(3); 2225 U.N.T.S. 209.",
        ["UNTS/2187/38544", "UNTS/2225/39574"],
    ),
    # OSCOLA: no full stops in the series' short name
    ("en", "46 Drugs Convention (adopted 20 December 1988) 1582 UNTS 95 art 3.", ["UNTS/1582/27627"]),
    ("en", "47 Climate Convention (signed 9 May 1992) 1771 UNTS 107, art 4(1).", ["UNTS/1771/30822"]),
    ("en", "48 Refugee Protocol (adopted 31 January 1967) 606 UNTS 267.", ["UNTS/606/8791"]),
    # French doctrine: "RTNU, vol. …, p. …"
    (
        "fr",
        "49 Convention de New York, 20 novembre 1989, RTNU, vol. 1577, p. 3, art. 12.",
        ["UNTS/1577/27531"],
    ),
    ("fr", "50 L'accord (RTNU, vol. 660, p. 195) lie les deux États depuis 1969.", ["UNTS/660/9464"]),
    ("fr", "51 Convention de 1951, Recueil des Traités, vol. 189, p. 137.", ["UNTS/189/2545"]),
    # Spanish doctrine: the English series' title, "vol. …, pág. …"
    (
        "es",
        "52 Convención de Palermo, Naciones Unidas, Treaty Series, vol. 2225, pág. 209.",
        ["UNTS/2225/39574"],
    ),
    (
        "es",
        "53 El tratado (Naciones Unidas, Treaty Series, vol. 1249, pág. 13) entró en vigor.",
        ["UNTS/1249/20378"],
    ),
    # the author first, a comma before the noun: the body named is the one whose text it is
    ("es", "54 Consejo de Derechos Humanos, Res. 32/2; Res. AG 60/1.", ["A/HRC/RES/32/2", "A/RES/60/1"]),
    ("es", "55 Véase Comisión de Derechos Humanos, resolución 2003/52.", ["E/CN.4/RES/2003/52"]),
    ("fr", "56 Voir Conseil des droits de l'homme, Rés. 31/3.", ["A/HRC/RES/31/3"]),
    ("en", "57 Human Rights Council, Res. 33/2, U.N. Doc. A/HRC/33/L.6.", ["A/HRC/RES/33/2", "A/HRC/33/L.6"]),
    (
        "en",
        "58 G.A. Res. 63/117; Commission on Human Rights, Res. 2001/62.",
        ["A/RES/63/117", "E/CN.4/RES/2001/62"],
    ),
    # a periodical's volume, page and year in brackets: no Security Council resolution N (YYYY)
    ("en", "60 Agreement on Straddling Fish Stocks, 31 I.L.M. 818 (1992).", []),
    ("en", "61 Arbitral Award, 50 ILM 2010 (2011); S.C. Res. 1970 (2011).", ["S/RES/1970(2011)"]),
    ("en", "62 Exchange of Notes, T.I.A.S. No. 1290 (2000).", []),
    # … nor after a law report's or a code's volume and abbreviated name, nor an abbreviated
    # report's number word
    ("en", "63 Doe v. Roe, 121 S. Ct. 1373 (2001); 146 Cong. Rec. 1325 (2000).", []),
    ("en", "64 See 22 U.S.C. § 1973 (2011); 2 Y.B. Int'l L. Comm'n 1540 (2004).", []),
    ("en", "65 H.R. Rep. No. 1540 (2004); S. Treaty Doc. No. 1970 (2011).", []),
    ("en", "66 R v. Bow Street, [2000] 1 A.C. 1244 (1999); S.C. Res. 1267 (1999).", ["S/RES/1267(1999)"]),
    # … nor after a page word
    ("fr", "67 RGDIP 2001, p. 1373 (2001).", []),
    ("es", "68 REDI, vol. 53, 2001, pág. 1325 (2000).", []),
    # the Charter's short name in legal styles
    ("en", "59 U.N. Charter art. 2, ¶ 7; UN Charter, art 103.", ["pub:charter-of-the-united-nations"]),
]

#: Look-alikes: the same targets before and after.
SAME: list[tuple[str, str, list[str]]] = [
    (
        "en",
        "61 Arrest Warrant (Dem. Rep. Congo v. Belg.), Judgment, 2002 I.C.J. 3, ¶ 58 (Feb. 14).",
        [],
    ),
    ("en", "62 Jurisdictional Immunities of the State (Germany v Italy) [2012] ICJ Rep 99, para 93.", []),
    ("en", "63 Jaloud v Netherlands App no 47708/08 (ECtHR, 20 November 2014) para 152.", []),
    ("en", "64 Case C-72/15, Rosneft v. HM Treasury, 2017 E.C.R. 236, ¶ 88.", []),
    ("en", "65 J. Smith, Sanctions Review, 12 Am. J. Int'l L. 45, vol. 12, p. 45 (1998).", []),
    ("fr", "66 CIJ, Recueil 2002, p. 3 ; Annuaire français de droit international, vol. 48, p. 171.", []),
    ("es", "67 Anuario Hispano-Luso-Americano, vol. 22, pág. 13 (2015).", []),
    # a body named mid-sentence before a comma is no author
    ("en", "68 Reports to the Human Rights Council, resolution 2004/41 of the Commission aside, grew.", []),
    # (the Rome Statute by its short title is the treaty; the journal's volume and page are no
    # Council resolution)
    (
        "en",
        "68 Rome Statute, 37 I.L.M. 1002 (1998); S.C. Res. 1593 (2005).",
        ["UNTS/2187/38544", "S/RES/1593(2005)"],
    ),
    # the Council's numbers in a list or after a short name stay its resolutions
    (
        "en",
        "78 See resolutions 1267 (1999), 1373 (2001) and 1540 (2004).",
        ["S/RES/1267(1999)", "S/RES/1373(2001)", "S/RES/1540(2004)"],
    ),
    ("en", "79 Security Council, 1325 (2000), 1820 (2008).", ["S/RES/1325(2000)", "S/RES/1820(2008)"]),
    # a treaty named by its full title keeps its target with its volume and page
    ("en", "69 Convention on the Rights of the Child, Nov. 20, 1989, 1577 U.N.T.S. 3.", ["UNTS/1577/27531"]),
]


@pytest.mark.parametrize(("lang", "text", "targets"), by_language(ROWS, SAME))
def test_legal_styles_nineteen(lang: str, text: str, targets: list[str]) -> None:
    assert extract_text(text, lang=lang).targets() == targets


@pytest.mark.parametrize(
    ("text", "mention", "reason"),
    [
        # a volume and page the table of instruments does not know: kept, with the reason
        ("70 Treaty of Amity, Apr. 2, 1953, 206 U.N.T.S. 143.", "206 U.N.T.S. 143", "volume 206, page 143"),
        ("71 Accord bilatéral, RTNU, vol. 457, p. 23.", "RTNU, vol. 457, p. 23", "volume 457, page 23"),
    ],
)
def test_unknown_volume_and_page_is_kept(text: str, mention: str, reason: str) -> None:
    res = extract_text(text)
    assert [(c.text, c.target, c.kind) for c in res.citations] == [(mention, None, "unresolved")]
    assert reason in (res.citations[0].reason or "")
