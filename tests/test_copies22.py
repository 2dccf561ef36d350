"""Secondary literature and third-party copies that cite UN texts in legal styles, issue 7:
Bluebook, OSCOLA, French and Spanish doctrine, APA and Chicago reference lists, links to the
UN's document services, treaties by the Treaty Series' volume and page. Table-driven; every
passage written for these tests (numbers, dates and wording invented in UN style)."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

#: (style, language, passage, its distinct targets)
Row = tuple[str, str, str, list[str]]

#: read wrong or not at all before: a body's abbreviated name (Bluebook's "Econ. & Soc.
#: Council", French "Déc."), a symbol in a link that writes it its own way (a parameter before
#: "&", slashes encoded, a library file's name, a 1990s page), the Treaty Series' short name
#: before the volume word ("U.N.T.S. vol. 1155, p. 331", "Recueil des Traités des Nations Unies")
FIXED: list[Row] = [
    ("bluebook", "en", "31 Econ. & Soc. Council Res. 1503 (XLVIII) (May 27, 1970).", ["E/RES/1503(XLVIII)"]),
    ("french", "fr", "34 Déc. AG 62/557, 15 septembre 2008.", ["A/DEC/62/557"]),
    ("url", "en", "15 https://documents.un.org/api/symbol/access?s=A/RES/70/1&l=en&t=pdf", ["A/RES/70/1"]),
    (
        "url",
        "en",
        "16 https://documents.un.org/api/symbol/access?s=S%2FRES%2F2417(2018)&l=en&t=pdf",
        ["S/RES/2417(2018)"],
    ),
    (
        "url",
        "en",
        "18 https://digitallibrary.un.org/record/767565/files/A_RES_68_262-EN.pdf",
        ["A/RES/68/262"],
    ),
    ("url", "en", "19 http://www.un.org/documents/ga/res/52/ares52-118.htm", ["A/RES/52/118"]),
    (
        "url",
        "en",
        "20 https://treaties.un.org/doc/Publication/UNTS/Volume%20999/volume-999-I-14668-English.pdf",
        ["UNTS/999/14668"],
    ),
    (
        "url",
        "en",
        "21 https://treaties.un.org/doc/Publication/UNTS/Volume%20189/volume-189-I-2545-French.pdf",
        ["UNTS/189/2545"],
    ),
    (
        "url",
        "en",
        "26 https://documents.un.org/api/symbol/access?s=E/CN.4/RES/2003/52&l=en&t=pdf",
        ["E/CN.4/RES/2003/52"],
    ),
    (
        "url",
        "en",
        "30 https://digitallibrary.un.org/record/1620148/files/S_RES_2334%282016%29-EN.pdf",
        ["S/RES/2334(2016)"],
    ),
    (
        "url",
        "en",
        "31 https://undocs.org/Home/Mobile?FinalSymbol=A%2FRES%2F73%2F195&Language=E&DeviceType=Desktop",
        ["A/RES/73/195"],
    ),
    ("treaty", "en", "14 U.N.T.S. vol. 1155, p. 331.", ["UNTS/1155/18232"]),
    ("treaty", "en", "18 U.N.T.S. vol. 189, p. 137.", ["UNTS/189/2545"]),
    ("treaty", "en", "21 UNTS, vol. 1249, p. 13.", ["UNTS/1249/20378"]),
    ("treaty", "fr", "31 Recueil des Traités des Nations Unies, vol. 999, p. 171.", ["UNTS/999/14668"]),
    ("treaty", "es", "32 Naciones Unidas, UNTS, vol. 1577, pág. 3.", ["UNTS/1577/27531"]),
]

#: read right before: each style's forms stay so
KEPT: list[Row] = [
    (
        "bluebook",
        "en",
        "12 G.A. Res. 2200A (XXI), U.N. GAOR, 21st Sess., Supp. No. 16, U.N. Doc. A/6316 (Dec. 16, 1966).",
        ["A/6316", "A/RES/2200A(XXI)"],
    ),
    (
        "bluebook",
        "en",
        "13 G.A. Res. 217A (III), U.N. Doc. A/810, at 71 (Dec. 10, 1948).",
        ["A/810", "A/RES/217A(III)"],
    ),
    ("bluebook", "en", "14 S.C. Res. 1325, U.N. Doc. S/RES/1325 (Oct. 31, 2000).", ["S/RES/1325(2000)"]),
    ("bluebook", "en", "15 S.C. Res. 2417, ¶ 5, U.N. Doc. S/RES/2417 (May 24, 2018).", ["S/RES/2417(2018)"]),
    ("bluebook", "en", "16 S.C. Res. 1373, U.N. Doc. S/RES/1373 (Sept. 28, 2001).", ["S/RES/1373(2001)"]),
    (
        "bluebook",
        "en",
        "17 Human Rights Council Res. 31/2, U.N. Doc. A/HRC/RES/31/2 (Mar. 23, 2016).",
        ["A/HRC/RES/31/2"],
    ),
    (
        "bluebook",
        "en",
        "18 Human Rights Council Res. 24/15, U.N. Doc. A/HRC/RES/24/15, ¶ 3 (Sept. 27, 2013).",
        ["A/HRC/RES/24/15"],
    ),
    ("bluebook", "en", "19 ECOSOC Res. 1996/31, ¶ 12 (July 25, 1996).", ["E/RES/1996/31"]),
    ("bluebook", "en", "20 ECOSOC Res. 2013/44, U.N. Doc. E/RES/2013/44 (Dec. 5, 2013).", ["E/RES/2013/44"]),
    ("bluebook", "en", "21 G.A. Res. 60/1, ¶ 138-139, U.N. Doc. A/RES/60/1 (Oct. 24, 2005).", ["A/RES/60/1"]),
    ("bluebook", "en", "22 G.A. Res. 70/1, U.N. Doc. A/RES/70/1 (Oct. 21, 2015).", ["A/RES/70/1"]),
    (
        "bluebook",
        "en",
        (
            "23 G.A. Res. 3314 (XXIX), annex, U.N. GAOR, 29th Sess., Supp. No. 31, U.N. Doc. "
            "A/9631, at 142 (Dec. 14, 1974)."
        ),
        ["A/9631", "A/RES/3314(XXIX)"],
    ),
    (
        "bluebook",
        "en",
        (
            "24 G.A. Res. 1514 (XV), U.N. GAOR, 15th Sess., Supp. No. 16, at 66, U.N. Doc. A/4684 "
            "(Dec. 14, 1960)."
        ),
        ["A/4684", "A/RES/1514(XV)"],
    ),
    (
        "bluebook",
        "en",
        "25 G.A. Res. 61/295, annex, U.N. Doc. A/RES/61/295 (Sept. 13, 2007).",
        ["A/RES/61/295"],
    ),
    ("bluebook", "en", "26 G.A. Res. ES-11/1, U.N. Doc. A/RES/ES-11/1 (Mar. 2, 2022).", ["A/RES/ES-11/1"]),
    ("bluebook", "en", "27 G.A. Res. S-26/2, U.N. Doc. A/RES/S-26/2 (June 27, 2001).", ["A/RES/S-26/2"]),
    (
        "bluebook",
        "en",
        "28 G.A. Dec. 62/557, U.N. Doc. A/62/49 (Vol. III) (Sept. 15, 2008).",
        ["A/62/49(Vol.III)", "A/DEC/62/557"],
    ),
    (
        "bluebook",
        "en",
        "29 Human Rights Council Dec. 2/102, U.N. Doc. A/HRC/DEC/2/102 (Oct. 6, 2006).",
        ["A/HRC/DEC/2/102"],
    ),
    (
        "bluebook",
        "en",
        "30 Comm'n on Human Rights Res. 2003/52, U.N. Doc. E/CN.4/RES/2003/52 (Apr. 24, 2003).",
        ["E/CN.4/RES/2003/52"],
    ),
    ("bluebook", "en", "32 S.C. Res. 242 (Nov. 22, 1967).", ["S/RES/242(1967)"]),
    ("bluebook", "en", "33 S.C. Res. 678, ¶ 2 (Nov. 29, 1990).", ["S/RES/678(1990)"]),
    ("bluebook", "en", "34 S.C. Res. 2231, annex A (July 20, 2015).", ["S/RES/2231(2015)"]),
    (
        "bluebook",
        "en",
        (
            "35 U.N. Secretary-General, Report of the Secretary-General on the Protection of "
            "Civilians, U.N. Doc. S/2019/373 (May 7, 2019)."
        ),
        ["S/2019/373"],
    ),
    (
        "bluebook",
        "en",
        "36 Special Rapporteur on Torture, Interim Rep., U.N. Doc. A/73/207 (July 20, 2018).",
        ["A/73/207"],
    ),
    (
        "bluebook",
        "en",
        "37 Hum. Rts. Comm., General Comment No. 36, U.N. Doc. CCPR/C/GC/36 (Oct. 30, 2018).",
        ["CCPR/C/GC/36"],
    ),
    (
        "bluebook",
        "en",
        (
            "38 G.A. Res. 56/83, annex, Responsibility of States for Internationally Wrongful "
            "Acts (Dec. 12, 2001)."
        ),
        ["A/RES/56/83"],
    ),
    (
        "bluebook",
        "en",
        "39 See G.A. Res. 377 (V), U.N. Doc. A/1775, at 10 (Nov. 3, 1950).",
        ["A/1775", "A/RES/377(V)"],
    ),
    (
        "bluebook",
        "en",
        "40 See, e.g., S.C. Res. 1970, ¶ 4 (Feb. 26, 2011); S.C. Res. 1973, ¶ 6 (Mar. 17, 2011).",
        ["S/RES/1970(2011)", "S/RES/1973(2011)"],
    ),
    ("bluebook", "en", "41 Cf. G.A. Res. 68/262, ¶ 5 (Mar. 27, 2014).", ["A/RES/68/262"]),
    (
        "bluebook",
        "en",
        "42 G.A. Res. 2625 (XXV), annex, U.N. GAOR, 25th Sess., Supp. No. 28, at 121 (Oct. 24, 1970).",
        ["A/RES/2625(XXV)"],
    ),
    (
        "bluebook",
        "en",
        "43 G.A. Res. 53/144, art. 1, U.N. Doc. A/RES/53/144 (Mar. 8, 1999).",
        ["A/RES/53/144"],
    ),
    (
        "bluebook",
        "en",
        "44 H.R.C. Res. 16/18, U.N. Doc. A/HRC/RES/16/18 (Apr. 12, 2011).",
        ["A/HRC/RES/16/18"],
    ),
    (
        "bluebook",
        "en",
        "45 Human Rights Council Res. S-17/1, U.N. Doc. A/HRC/RES/S-17/1 (Aug. 23, 2011).",
        ["A/HRC/RES/S-17/1"],
    ),
    ("bluebook", "en", "46 E.S.C. Res. 1989/65, annex (May 24, 1989).", ["E/RES/1989/65"]),
    ("bluebook", "en", "47 Econ. & Soc. Council Res. 2005/20, ¶ 1 (July 22, 2005).", ["E/RES/2005/20"]),
    ("bluebook", "en", "48 ECOSOC Dec. 2011/222 (Apr. 26, 2011).", ["E/DEC/2011/222"]),
    (
        "bluebook",
        "en",
        "49 G.A. Res. 64/292, U.N. Doc. A/RES/64/292 (Aug. 3, 2010) (recognizing the right to water).",
        ["A/RES/64/292"],
    ),
    (
        "bluebook",
        "en",
        "50 Vienna Convention on the Law of Treaties art. 31, May 23, 1969, 1155 U.N.T.S. 331.",
        ["UNTS/1155/18232"],
    ),
    (
        "bluebook",
        "en",
        "51 International Covenant on Civil and Political Rights art. 6, Dec. 16, 1966, 999 U.N.T.S. 171.",
        ["UNTS/999/14668"],
    ),
    (
        "bluebook",
        "en",
        "52 Convention on the Rights of the Child, Nov. 20, 1989, 1577 U.N.T.S. 3.",
        ["UNTS/1577/27531"],
    ),
    (
        "bluebook",
        "en",
        (
            "53 Convention Against Torture and Other Cruel, Inhuman or Degrading Treatment or "
            "Punishment, Dec. 10, 1984, 1465 U.N.T.S. 85."
        ),
        ["UNTS/1465/24841"],
    ),
    (
        "bluebook",
        "en",
        "54 International Covenant on Economic, Social and Cultural Rights, Dec. 16, 1966, 993 U.N.T.S. 3.",
        ["UNTS/993/14531"],
    ),
    (
        "bluebook",
        "en",
        "55 Convention Relating to the Status of Refugees, July 28, 1951, 189 U.N.T.S. 137.",
        ["UNTS/189/2545"],
    ),
    (
        "bluebook",
        "en",
        (
            "56 Convention on the Elimination of All Forms of Discrimination Against Women, Dec. "
            "18, 1979, 1249 U.N.T.S. 13."
        ),
        ["UNTS/1249/20378"],
    ),
    (
        "bluebook",
        "en",
        (
            "57 United Nations Convention Against Transnational Organized Crime, Nov. 15, 2000, "
            "2225 U.N.T.S. 209."
        ),
        ["UNTS/2225/39574"],
    ),
    (
        "bluebook",
        "en",
        (
            "58 Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women "
            "and Children, Nov. 15, 2000, 2237 U.N.T.S. 319."
        ),
        ["UNTS/2237/39574"],
    ),
    (
        "bluebook",
        "en",
        "59 United Nations Convention Against Corruption, Oct. 31, 2003, 2349 U.N.T.S. 41.",
        ["UNTS/2349/42146"],
    ),
    (
        "bluebook",
        "en",
        "60 Protocol Relating to the Status of Refugees, Jan. 31, 1967, 606 U.N.T.S. 267.",
        ["UNTS/606/8791"],
    ),
    (
        "bluebook",
        "en",
        "61 Single Convention on Narcotic Drugs, Mar. 30, 1961, 520 U.N.T.S. 151.",
        ["UNTS/520/7515"],
    ),
    (
        "bluebook",
        "en",
        "62 G.A. Res. 44/25, annex, Convention on the Rights of the Child (Nov. 20, 1989).",
        ["A/RES/44/25", "UNTS/1577/27531"],
    ),
    (
        "bluebook",
        "en",
        "63 G.A. Res. 2200A (XXI), U.N. Doc. A/6316 (Dec. 16, 1966); 999 U.N.T.S. 171.",
        ["A/6316", "A/RES/2200A(XXI)", "UNTS/999/14668"],
    ),
    ("bluebook", "en", "64 U.N. Doc. A/CONF.183/9 (July 17, 1998).", ["A/CONF.183/9"]),
    (
        "bluebook",
        "en",
        (
            "65 Rep. of the Int'l Law Comm'n, 53rd Sess., Apr. 23-June 1, July 2-Aug. 10, 2001, "
            "U.N. Doc. A/56/10; GAOR, 56th Sess., Supp. No. 10 (2001)."
        ),
        ["A/56/10"],
    ),
    ("bluebook", "en", "66 G.A. Res. 46/182, annex, ¶ 3 (Dec. 19, 1991).", ["A/RES/46/182"]),
    (
        "bluebook",
        "en",
        "67 S.C. Res. 1267 (Oct. 15, 1999); S.C. Res. 1989 (June 17, 2011).",
        ["S/RES/1267(1999)", "S/RES/1989(2011)"],
    ),
    ("bluebook", "en", "68 G.A. Res. 67/19, ¶ 2, U.N. Doc. A/RES/67/19 (Dec. 4, 2012).", ["A/RES/67/19"]),
    (
        "bluebook",
        "en",
        "69 G.A. Res. 3379 (XXX) (Nov. 10, 1975), revoked by G.A. Res. 46/86 (Dec. 16, 1991).",
        ["A/RES/3379(XXX)", "A/RES/46/86"],
    ),
    (
        "bluebook",
        "en",
        "70 Human Rights Council Res. 5/1, annex, U.N. Doc. A/HRC/RES/5/1 (June 18, 2007).",
        ["A/HRC/RES/5/1"],
    ),
    ("oscola", "en", "12 UNGA Res 60/1 (24 October 2005) UN Doc A/RES/60/1.", ["A/RES/60/1"]),
    ("oscola", "en", "13 UNSC Res 2231 (20 July 2015) UN Doc S/RES/2231.", ["S/RES/2231(2015)"]),
    ("oscola", "en", "14 UNSC Res 1325 (31 October 2000) UN Doc S/RES/1325.", ["S/RES/1325(2000)"]),
    ("oscola", "en", "15 UNGA Res 217 A(III) (10 December 1948) UN Doc A/810.", ["A/810", "A/RES/217A(III)"]),
    ("oscola", "en", "16 UNGA Res 2200A (XXI) (16 December 1966).", ["A/RES/2200A(XXI)"]),
    ("oscola", "en", "17 UNHRC Res 31/2 (23 March 2016) UN Doc A/HRC/RES/31/2.", ["A/HRC/RES/31/2"]),
    ("oscola", "en", "18 UNHRC Res 7/36 (28 March 2008) UN Doc A/HRC/RES/7/36, para 4.", ["A/HRC/RES/7/36"]),
    ("oscola", "en", "19 ECOSOC Res 1996/31 (25 July 1996).", ["E/RES/1996/31"]),
    (
        "oscola",
        "en",
        "20 UNGA Res 69/167 (18 December 2014) UN Doc A/RES/69/167 paras 3-5.",
        ["A/RES/69/167"],
    ),
    ("oscola", "en", "21 UNSC Res 2396 (21 December 2017) UN Doc S/RES/2396, para 11.", ["S/RES/2396(2017)"]),
    (
        "oscola",
        "en",
        "22 UNGA Res 3281 (XXIX) (12 December 1974) UN Doc A/RES/29/3281.",
        ["A/RES/3281(XXIX)"],  # a copy's symbol of the old numbering: the same text (real38a)
    ),
    ("oscola", "en", "23 UNGA Res ES-10/15 (2 August 2004) UN Doc A/RES/ES-10/15.", ["A/RES/ES-10/15"]),
    (
        "oscola",
        "en",
        "24 UNGA 'Report of the Secretary-General: In Larger Freedom' (21 March 2005) UN Doc A/59/2005.",
        ["A/59/2005"],
    ),
    (
        "oscola",
        "en",
        (
            "25 UNHRC 'Report of the Special Rapporteur on Freedom of Expression' (16 May 2011) "
            "UN Doc A/HRC/17/27."
        ),
        ["A/HRC/17/27"],
    ),
    (
        "oscola",
        "en",
        "26 UNCHR Res 2005/69 (20 April 2005) UN Doc E/CN.4/RES/2005/69.",
        ["E/CN.4/RES/2005/69"],
    ),
    (
        "oscola",
        "en",
        (
            "27 UNSC Res 1540 (28 April 2004) UN Doc S/RES/1540; UNSC Res 1977 (20 April 2011) UN "
            "Doc S/RES/1977."
        ),
        ["S/RES/1540(2004)", "S/RES/1977(2011)"],
    ),
    (
        "oscola",
        "en",
        "28 UNGA Res 56/83 (12 December 2001) UN Doc A/RES/56/83, annex art 4.",
        ["A/RES/56/83"],
    ),
    (
        "oscola",
        "en",
        (
            "29 International Covenant on Civil and Political Rights (adopted 16 December 1966, "
            "entered into force 23 March 1976) 999 UNTS 171 (ICCPR) art 19."
        ),
        ["UNTS/999/14668"],
    ),
    (
        "oscola",
        "en",
        (
            "30 Convention on the Rights of the Child (adopted 20 November 1989, entered into "
            "force 2 September 1990) 1577 UNTS 3 (CRC)."
        ),
        ["UNTS/1577/27531"],
    ),
    (
        "oscola",
        "en",
        (
            "31 Vienna Convention on the Law of Treaties (adopted 23 May 1969, entered into force "
            "27 January 1980) 1155 UNTS 331 (VCLT) art 31(3)(c)."
        ),
        ["UNTS/1155/18232"],
    ),
    (
        "oscola",
        "en",
        (
            "32 Convention relating to the Status of Refugees (adopted 28 July 1951, entered into "
            "force 22 April 1954) 189 UNTS 137."
        ),
        ["UNTS/189/2545"],
    ),
    (
        "oscola",
        "en",
        (
            "33 Convention against Torture (adopted 10 December 1984, entered into force 26 June "
            "1987) 1465 UNTS 85 art 3."
        ),
        ["UNTS/1465/24841"],
    ),
    ("oscola", "en", "34 UNGA Res 63/117 (10 December 2008) UN Doc A/RES/63/117, annex.", ["A/RES/63/117"]),
    ("oscola", "en", "35 UNGA Res 377(V) (3 November 1950).", ["A/RES/377(V)"]),
    ("oscola", "en", "36 UNGA Dec 51/408 (4 November 1996).", ["A/DEC/51/408"]),
    ("oscola", "en", "37 UNSC Res 827 (25 May 1993) UN Doc S/RES/827.", ["S/RES/827(1993)"]),
    ("oscola", "en", "38 UNSC Res 955 (8 November 1994) UN Doc S/RES/955 annex.", ["S/RES/955(1994)"]),
    ("oscola", "en", "39 UNGA Res 67/97 (14 December 2012) UN Doc A/RES/67/97.", ["A/RES/67/97"]),
    ("oscola", "en", "40 UNHRC Res 26/9 (14 July 2014) UN Doc A/HRC/RES/26/9.", ["A/HRC/RES/26/9"]),
    ("oscola", "en", "41 ECOSOC Res 2008/24 (24 July 2008) UN Doc E/RES/2008/24.", ["E/RES/2008/24"]),
    ("oscola", "en", "42 UNSC Res 2334 (23 December 2016) UN Doc S/RES/2334 para 1.", ["S/RES/2334(2016)"]),
    ("oscola", "en", "43 UNGA Res 1803 (XVII) (14 December 1962).", ["A/RES/1803(XVII)"]),
    ("oscola", "en", "44 UNGA Res 74/270 (2 April 2020) UN Doc A/RES/74/270.", ["A/RES/74/270"]),
    (
        "oscola",
        "en",
        "45 Human Rights Committee, 'General Comment No 31' (26 May 2004) UN Doc CCPR/C/21/Rev.1/Add.13.",
        ["CCPR/C/21/Rev.1/Add.13"],
    ),
    (
        "french",
        "fr",
        "12 Rés. AG 60/1, Doc. off. AG NU, 60e sess., supp. no 49, Doc. NU A/RES/60/1 (2005).",
        ["A/RES/60/1"],
    ),
    ("french", "fr", "13 CS, rés. 1325 (2000), 31 octobre 2000.", ["S/RES/1325(2000)"]),
    (
        "french",
        "fr",
        "14 Rés. AG 2200 A (XXI), Doc. off. AG NU, 21e sess., supp. no 16, Doc. NU A/6316 (1966).",
        ["A/6316", "A/RES/2200A(XXI)"],
    ),
    ("french", "fr", "15 AG, rés. 70/1, 25 septembre 2015.", ["A/RES/70/1"]),
    ("french", "fr", "16 CS, rés. 2231 (2015), 20 juillet 2015, § 7.", ["S/RES/2231(2015)"]),
    ("french", "fr", "17 Rés. CS 1373 (2001), Doc. NU S/RES/1373 (2001).", ["S/RES/1373(2001)"]),
    ("french", "fr", "18 CDH, rés. 31/2, 23 mars 2016, Doc. NU A/HRC/RES/31/2.", ["A/HRC/RES/31/2"]),
    ("french", "fr", "19 Conseil économique et social, rés. 1996/31, 25 juillet 1996.", ["E/RES/1996/31"]),
    ("french", "fr", "20 Rés. ECOSOC 2004/33, 21 juillet 2004.", ["E/RES/2004/33"]),
    ("french", "fr", "21 AGNU, rés. 3314 (XXIX), 14 décembre 1974, annexe.", ["A/RES/3314(XXIX)"]),
    ("french", "fr", "22 Voir Rés. AG 61/295, 13 septembre 2007, annexe, art. 3.", ["A/RES/61/295"]),
    ("french", "fr", "23 CSNU, rés. 1970 (2011), 26 février 2011, § 4.", ["S/RES/1970(2011)"]),
    ("french", "fr", "24 Nations Unies, Assemblée générale, rés. 68/262, 27 mars 2014.", ["A/RES/68/262"]),
    (
        "french",
        "fr",
        (
            "25 Pacte international relatif aux droits civils et politiques, 16 décembre 1966, "
            "RTNU, vol. 999, p. 171."
        ),
        ["UNTS/999/14668"],
    ),
    (
        "french",
        "fr",
        (
            "26 Convention relative aux droits de l'enfant, 20 novembre 1989, Nations Unies, "
            "Recueil des Traités, vol. 1577, p. 3."
        ),
        ["UNTS/1577/27531"],
    ),
    (
        "french",
        "fr",
        "27 Convention de Vienne sur le droit des traités, 23 mai 1969, RTNU, vol. 1155, p. 331.",
        ["UNTS/1155/18232"],
    ),
    ("french", "fr", "28 Doc. NU A/HRC/17/27, 16 mai 2011, § 24.", ["A/HRC/17/27"]),
    ("french", "fr", "29 Doc. off. AG NU, 56e sess., supp. no 10, Doc. NU A/56/10 (2001).", ["A/56/10"]),
    ("french", "fr", "30 Rés. AG 1514 (XV), 14 décembre 1960.", ["A/RES/1514(XV)"]),
    ("french", "fr", "31 Rés. AG ES-11/1, 2 mars 2022, Doc. NU A/RES/ES-11/1.", ["A/RES/ES-11/1"]),
    ("french", "fr", "32 CS, rés. 242 (1967) et rés. 338 (1973).", ["S/RES/242(1967)", "S/RES/338(1973)"]),
    (
        "french",
        "fr",
        "33 Commission des droits de l'homme, rés. 2003/52, 24 avril 2003.",
        ["E/CN.4/RES/2003/52"],
    ),
    ("french", "fr", "35 AG, rés. 217 A (III), 10 décembre 1948.", ["A/RES/217A(III)"]),
    ("french", "fr", "36 Rés. CDH 24/15, Doc. NU A/HRC/RES/24/15 (2013).", ["A/HRC/RES/24/15"]),
    ("french", "fr", "37 Rapport du Secrétaire général, Doc. NU S/2019/373, 7 mai 2019.", ["S/2019/373"]),
    ("french", "fr", "38 Voir supra, note 12, Rés. AG 60/1, § 138.", ["A/RES/60/1"]),
    (
        "french",
        "fr",
        "39 Convention relative au statut des réfugiés, 28 juillet 1951, RTNU, vol. 189, p. 137.",
        ["UNTS/189/2545"],
    ),
    ("french", "fr", "40 Rés. AG 56/83, 12 décembre 2001, annexe, art. 4.", ["A/RES/56/83"]),
    ("french", "fr", "41 CS, rés. 827 (1993), 25 mai 1993.", ["S/RES/827(1993)"]),
    ("spanish", "es", "12 Res. AG 60/1, Doc. ONU A/RES/60/1, 24 de octubre de 2005.", ["A/RES/60/1"]),
    ("spanish", "es", "13 Res. CS 1325 (2000), Doc. ONU S/RES/1325 (2000).", ["S/RES/1325(2000)"]),
    ("spanish", "es", "14 Asamblea General, Res. 70/1, 25 de septiembre de 2015.", ["A/RES/70/1"]),
    ("spanish", "es", "15 Res. AG 2200 A (XXI), 16 de diciembre de 1966.", ["A/RES/2200A(XXI)"]),
    ("spanish", "es", "16 Consejo de Seguridad, Res. 2231 (2015), párr. 7.", ["S/RES/2231(2015)"]),
    ("spanish", "es", "17 Res. CDH 31/2, Doc. ONU A/HRC/RES/31/2, 23 de marzo de 2016.", ["A/HRC/RES/31/2"]),
    ("spanish", "es", "18 Res. ECOSOC 1996/31, 25 de julio de 1996.", ["E/RES/1996/31"]),
    ("spanish", "es", "19 Doc. ONU A/HRC/17/27, 16 de mayo de 2011, párr. 24.", ["A/HRC/17/27"]),
    ("spanish", "es", "20 AGNU, Res. 3314 (XXIX), anexo.", ["A/RES/3314(XXIX)"]),
    ("spanish", "es", "21 CSNU, Res. 1970 (2011), 26 de febrero de 2011.", ["S/RES/1970(2011)"]),
    (
        "spanish",
        "es",
        "22 Pacto Internacional de Derechos Civiles y Políticos, 16 de diciembre de 1966, 999 U.N.T.S. 171.",
        ["UNTS/999/14668"],
    ),
    (
        "spanish",
        "es",
        "23 Convención sobre los Derechos del Niño, Naciones Unidas, Treaty Series, vol. 1577, pág. 3.",
        ["UNTS/1577/27531"],
    ),
    ("spanish", "es", "24 Res. AG 61/295, anexo, art. 3, Doc. ONU A/RES/61/295 (2007).", ["A/RES/61/295"]),
    (
        "spanish",
        "es",
        "25 Consejo de Derechos Humanos, Res. 24/15, Doc. ONU A/HRC/RES/24/15.",
        ["A/HRC/RES/24/15"],
    ),
    ("spanish", "es", "26 Res. AG ES-11/1, 2 de marzo de 2022.", ["A/RES/ES-11/1"]),
    ("spanish", "es", "27 Res. CS 242 (1967) y Res. CS 338 (1973).", ["S/RES/242(1967)", "S/RES/338(1973)"]),
    (
        "spanish",
        "es",
        (
            "28 Documentos Oficiales de la Asamblea General, quincuagésimo sexto período de "
            "sesiones, Suplemento núm. 10 (A/56/10)."
        ),
        ["A/56/10"],
    ),
    ("spanish", "es", "29 Res. AG 1514 (XV), 14 de diciembre de 1960.", ["A/RES/1514(XV)"]),
    (
        "spanish",
        "es",
        "30 Comisión de Derechos Humanos, Res. 2005/69, Doc. ONU E/CN.4/RES/2005/69.",
        ["E/CN.4/RES/2005/69"],
    ),
    (
        "spanish",
        "es",
        "31 Convención sobre el Estatuto de los Refugiados, 28 de julio de 1951, 189 UNTS 137.",
        ["UNTS/189/2545"],
    ),
    ("spanish", "es", "32 Res. AG 56/83, 12 de diciembre de 2001, anexo, art. 4.", ["A/RES/56/83"]),
    ("spanish", "es", "33 Dec. AG 62/557, 15 de septiembre de 2008.", ["A/DEC/62/557"]),
    ("spanish", "es", "34 Véase Res. AG 68/262, párr. 5, Doc. ONU A/RES/68/262.", ["A/RES/68/262"]),
    ("spanish", "es", "35 Res. CS 827 (1993), 25 de mayo de 1993.", ["S/RES/827(1993)"]),
    (
        "apa",
        "en",
        (
            "United Nations General Assembly. (2015). Transforming our world: The 2030 Agenda for "
            "Sustainable Development (A/RES/70/1). United Nations."
        ),
        ["A/RES/70/1"],
    ),
    (
        "apa",
        "en",
        (
            "United Nations General Assembly. (2007). United Nations Declaration on the Rights of "
            "Indigenous Peoples (A/RES/61/295)."
        ),
        ["A/RES/61/295"],
    ),
    (
        "apa",
        "en",
        "United Nations Security Council. (2000). Resolution 1325 (2000) (S/RES/1325). United Nations.",
        ["S/RES/1325(2000)"],
    ),
    (
        "apa",
        "en",
        (
            "United Nations Security Council. (2015). Resolution 2231 [On the Joint Comprehensive "
            "Plan of Action] (S/RES/2231)."
        ),
        ["S/RES/2231(2015)"],
    ),
    (
        "apa",
        "en",
        (
            "UN General Assembly. (2010). The human right to water and sanitation (A/RES/64/292). "
            "https://undocs.org/A/RES/64/292"
        ),
        ["A/RES/64/292"],
    ),
    (
        "apa",
        "en",
        (
            "Human Rights Council. (2016). The promotion, protection and enjoyment of human "
            "rights on the Internet (A/HRC/RES/32/13)."
        ),
        ["A/HRC/RES/32/13"],
    ),
    (
        "apa",
        "en",
        (
            "United Nations Economic and Social Council. (1996). Consultative relationship "
            "between the United Nations and non-governmental organizations (E/RES/1996/31)."
        ),
        ["E/RES/1996/31"],
    ),
    (
        "apa",
        "en",
        "United Nations General Assembly. (2005). 2005 World Summit Outcome (Resolution A/RES/60/1).",
        ["A/RES/60/1"],
    ),
    (
        "apa",
        "en",
        (
            "United Nations. (2019). Report of the Secretary-General on the protection of "
            "civilians in armed conflict (S/2019/373)."
        ),
        ["S/2019/373"],
    ),
    (
        "apa",
        "en",
        (
            'United Nations General Assembly. 2015. "Transforming Our World: The 2030 Agenda for '
            'Sustainable Development." A/RES/70/1. New York: United Nations.'
        ),
        ["A/RES/70/1"],
    ),
    (
        "apa",
        "en",
        "UN Security Council. 2001. Resolution 1373. S/RES/1373 (2001). New York: United Nations.",
        ["S/RES/1373(2001)"],
    ),
    (
        "apa",
        "en",
        "UN General Assembly. 1948. Universal Declaration of Human Rights. Resolution 217 A (III).",
        ["A/RES/217A(III)"],
    ),
    (
        "apa",
        "en",
        (
            "United Nations General Assembly. (2014). Territorial integrity of Ukraine "
            "(A/RES/68/262). Retrieved from https://digitallibrary.un.org/record/767565"
        ),
        ["A/RES/68/262"],
    ),
    (
        "apa",
        "en",
        (
            "United Nations Human Rights Council. (2011). Human rights, sexual orientation and "
            "gender identity (A/HRC/RES/17/19)."
        ),
        ["A/HRC/RES/17/19"],
    ),
    (
        "apa",
        "en",
        (
            "United Nations General Assembly. (1966). International Covenant on Civil and "
            "Political Rights. Resolution 2200A (XXI)."
        ),
        ["A/RES/2200A(XXI)", "UNTS/999/14668"],
    ),
    (
        "apa",
        "en",
        (
            "United Nations General Assembly. (2018). Global compact for safe, orderly and "
            "regular migration (A/RES/73/195)."
        ),
        ["A/RES/73/195"],
    ),
    (
        "apa",
        "es",
        (
            "Asamblea General de las Naciones Unidas. (2015). Transformar nuestro mundo: la "
            "Agenda 2030 para el Desarrollo Sostenible (A/RES/70/1)."
        ),
        ["A/RES/70/1"],
    ),
    (
        "apa",
        "fr",
        (
            "Assemblée générale des Nations Unies. (2015). Transformer notre monde : le Programme "
            "de développement durable à l'horizon 2030 (A/RES/70/1)."
        ),
        ["A/RES/70/1"],
    ),
    (
        "apa",
        "en",
        (
            "United Nations Security Council. (2017). Resolution 2396 (2017) [Threats to "
            "international peace and security caused by terrorist acts] (S/RES/2396)."
        ),
        ["S/RES/2396(2017)"],
    ),
    (
        "apa",
        "en",
        (
            "United Nations General Assembly. (2020). Global solidarity to fight the coronavirus "
            "disease 2019 (COVID-19) (A/RES/74/270)."
        ),
        ["A/RES/74/270"],
    ),
    ("url", "en", "12 G.A. Res. 66/290, https://undocs.org/A/RES/66/290.", ["A/RES/66/290"]),
    ("url", "en", "13 Available at https://undocs.org/en/S/RES/9(1946).", ["S/RES/9(1946)"]),
    (
        "url",
        "en",
        "14 See https://undocs.org/fr/A/HRC/RES/31/2 (last visited Mar. 3, 2024).",
        ["A/HRC/RES/31/2"],
    ),
    ("url", "en", '17 https://digitallibrary.un.org/search?p=191__a:"A/RES/61/295"', ["A/RES/61/295"]),
    (
        "url",
        "en",
        "22 UN Doc A/HRC/17/27 <https://undocs.org/A/HRC/17/27> accessed 3 March 2024.",
        ["A/HRC/17/27"],
    ),
    (
        "url",
        "en",
        "23 UNSC Res 2231 (20 July 2015) UN Doc S/RES/2231 <https://undocs.org/S/RES/2231(2015)>.",
        ["S/RES/2231(2015)"],
    ),
    ("url", "en", "24 Disponible sur : https://undocs.org/fr/A/RES/60/1.", ["A/RES/60/1"]),
    ("url", "en", "25 Disponible en: https://undocs.org/es/E/RES/1996/31.", ["E/RES/1996/31"]),
    ("url", "en", "27 https://undocs.org/A/C.3/77/L.26/Rev.1", ["A/C.3/77/L.26/Rev.1"]),
    ("url", "en", "28 http://www.un.org/documents/ga/res/49/a49r60.htm", []),
    ("url", "en", "29 https://digitallibrary.un.org/record/3953803?ln=en", []),
    ("url", "en", "32 https://documents-dds-ny.un.org/doc/UNDOC/GEN/N05/487/60/PDF/N0548760.pdf", []),
    (
        "url",
        "en",
        "33 See https://www.un.org/en/ga/search/view_doc.asp?symbol=A/RES/60/1 (last visited Jan. 5, 2024).",
        ["A/RES/60/1"],
    ),
    (
        "url",
        "en",
        "34 http://www.un.org/en/ga/search/view_doc.asp?symbol=S/RES/1325(2000)",
        ["S/RES/1325(2000)"],
    ),
    ("url", "en", "35 https://treaties.un.org/doc/Publication/UNTS/Volume%20419/v419.pdf", []),
    ("treaty", "en", "12 See 999 U.N.T.S. 171, art. 2.", ["UNTS/999/14668"]),
    ("treaty", "en", "13 1577 UNTS 3, art 3.", ["UNTS/1577/27531"]),
    (
        "treaty",
        "en",
        "15 The Covenant (999 U.N.T.S. 171) and the Convention (1577 U.N.T.S. 3) both apply.",
        ["UNTS/1577/27531", "UNTS/999/14668"],
    ),
    ("treaty", "en", "16 United Nations, Treaty Series, vol. 1465, p. 85.", ["UNTS/1465/24841"]),
    ("treaty", "en", "17 993 U.N.T.S. 3; 999 U.N.T.S. 171.", ["UNTS/993/14531", "UNTS/999/14668"]),
    (
        "treaty",
        "en",
        "19 189 UNTS 137 (Refugee Convention); 606 UNTS 267 (1967 Protocol).",
        ["UNTS/189/2545", "UNTS/606/8791"],
    ),
    ("treaty", "en", "20 2225 U.N.T.S. 209; 2237 U.N.T.S. 319.", ["UNTS/2225/39574", "UNTS/2237/39574"]),
    ("treaty", "en", "24 999 U.N.T.S. 14668.", []),
    ("treaty", "en", "26 1155 U.N.T.S. 331, 340 (1969).", ["UNTS/1155/18232"]),
    # (the amending protocol's volume and first page known since its row was added, session 47)
    (
        "treaty",
        "en",
        "27 520 U.N.T.S. 151, as amended by 976 U.N.T.S. 3.",
        ["UNTS/520/7515", "UNTS/976/14151"],
    ),
    ("treaty", "en", "28 1833 UNTS 3 (UNCLOS).", ["UNTS/1833/31363"]),
    ("treaty", "en", "29 2187 U.N.T.S. 3 (Rome Statute).", ["UNTS/2187/38544"]),
    ("treaty", "fr", "30 RTNU, vol. 2225, p. 209.", ["UNTS/2225/39574"]),
]


def _params(rows: list[Row], tag: str) -> list[object]:
    return [
        pytest.param(lang, text, targets, id=f"{tag}-{style}-{lang}-{i}")
        for i, (style, lang, text, targets) in enumerate(rows)
    ]


@pytest.mark.parametrize(("lang", "text", "targets"), _params(FIXED, "fixed") + _params(KEPT, "kept"))
def test_legal_styles_copies(lang: str, text: str, targets: list[str]) -> None:
    assert sorted(set(extract_text(text, lang=lang).targets())) == targets


#: a link's symbol is a mention of its own: the link's words as written, the symbol's id
LINKS: list[tuple[str, str, str]] = [
    (
        "9 https://documents.un.org/api/symbol/access?s=A%2FHRC%2FRES%2F52%2F7&l=fr&t=pdf",
        "A%2FHRC%2FRES%2F52%2F7",
        "A/HRC/RES/52/7",
    ),
    (
        "9 https://digitallibrary.un.org/record/4021337/files/A_RES_ES-10_23-EN.pdf",
        "A_RES_ES-10_23",
        "A/RES/ES-10/23",
    ),
    (
        "9 https://digitallibrary.un.org/record/402133/files/E_CN.4_RES_2004_18-FR.pdf",
        "E_CN.4_RES_2004_18",
        "E/CN.4/RES/2004/18",
    ),
    ("9 Text at http://www.un.org/documents/ga/res/50/ares50-172.htm.", "ares50-172.htm", "A/RES/50/172"),
    ("9 https://undocs.org/A/RES/77/6&lang=es", "A/RES/77/6", "A/RES/77/6"),
    (
        "9 https://treaties.un.org/doc/Publication/UNTS/Volume%201465/volume-1465-I-24841-French.pdf",
        "volume-1465-I-24841",
        "UNTS/1465/24841",
    ),
]


@pytest.mark.parametrize(("text", "mention", "target"), LINKS)
def test_symbol_in_a_link(text: str, mention: str, target: str) -> None:
    assert [(c.text, c.target) for c in extract_text(text, lang="en").citations] == [(mention, target)]


#: look-alikes: links and journals that hold no UN text's symbol, a bracketed "n" outside notes
LOOK_ALIKES: list[tuple[str, str]] = [
    ("en", "9 https://example.org/media/IMG_2034-EN.pdf and https://example.org/q?k=AB%2Fcd&x=1"),
    ("en", "9 https://example.org/files/MSC_2019_4-EN.pdf"),
    ("en", "9 http://www.example.org/archive/res/53/ares53-17.htm"),
    ("en", "9 https://example.org/volume-12-I-3-English.pdf"),
    ("en", "9 Review of Law, vol. 12, p. 331 (2004)."),
    ("en", "The sum (n 3) of the series grows."),
    ("fr", "9 Revue générale, vol. 105, p. 171 (2001)."),
]


@pytest.mark.parametrize(("lang", "text"), LOOK_ALIKES)
def test_look_alikes_hold_no_citation(lang: str, text: str) -> None:
    assert extract_text(text, lang=lang).citations == []


#: OSCOLA points back at an earlier note with "(n N)": that note's target
NOTE_BACK: list[tuple[str, str]] = [
    (
        "Text.1 More.2 End.3\n\n__________\n1 UNGA Res 71/313 (6 July 2017) UN Doc A/RES/71/313.\n"
        "2 UNSC Res 2286 (3 May 2016) UN Doc S/RES/2286.\n3 Res 2286 (n 2) para 4.\n",
        "S/RES/2286(2016)",
    ),
    (
        "Text.1 End.2\n\n__________\n1 ECOSOC Res 2019/14 (8 July 2019).\n2 Res 14 (n 1) para 3.\n",
        "E/RES/2019/14",
    ),
]


@pytest.mark.parametrize(("text", "target"), NOTE_BACK)
def test_oscola_note_back(text: str, target: str) -> None:
    res = extract_text(text, lang="en")
    assert [c.target for c in res.citations if c.text.startswith("(n ")] == [target]
