"""Adversarial rows for the texts the hidden passage sets hold in English, French and Spanish
(issue 7): administrative and budgetary texts (a section of a lettered resolution, "resolutions
73/307, section IV, and 74/263", the Advisory Committee's reports "A/77/7/Add.21"), decolonization
(long dated lists, a list of three that shares the date after its last), the law of the sea (the
Convention by name or by its Treaty Series volume; the Part XI Agreement's title cites no
Convention; SPLOS and ISBA symbols), disarmament (the Conference on Disarmament's "CD/2119", the
review conferences' "NPT/CONF.2000/28 (Parts I and II)", whose two parts stay out of the id),
elections and credentials, the Council's functional and regional commissions, the Assembly's
decisions, and footnotes as resolutions print them; a Spanish clause whose date stands before a
verb with no subject ("que el 23 de diciembre de 2022 aprobó la resolución …").
The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import (
    ECOSOC,
    GA,
    Records,
    assert_dated_targets,
    assert_unresolved_kept,
    by_language,
    resolved_pinpoints,
)

#: (language, passage, each record as (target, or "" when unresolved, and its date))
Row = tuple[str, str, Records]


_ROWS: list[Row] = [
    (
        "en",
        GA["en"]
        + (
            "Recalling section II of its resolution 72/266 A of 24 December 2017 and section "
            "XIV of its resolution 73/279 A of 22 December 2018,"
        ),
        [("A/RES/72/266A", "2017-12-24"), ("A/RES/73/279A", "2018-12-22")],
    ),
    (
        "en",
        GA["en"] + "Reaffirming its resolutions 73/307, section IV, and 74/263, section II,",
        [("A/RES/73/307", None), ("A/RES/74/263", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Having considered the report of the Secretary-General (A/76/381) and the related "
            "report of the Advisory Committee on Administrative and Budgetary Questions "
            "(A/76/7/Add.14),"
        ),
        [("A/76/381", None), ("A/76/7/Add.14", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "1. Endorses the conclusions and recommendations contained in the report of the "
            "Advisory Committee (A/77/7/Add.21), subject to the provisions of the present "
            "resolution;"
        ),
        [("A/77/7/Add.21", None)],
    ),
    (
        "en",
        GA["en"]
        + ("Recalling its resolution 71/272 B of 22 June 2017 and its decision 72/548 of 5 July 2018,"),
        [("A/RES/71/272B", "2017-06-22"), ("A/DEC/72/548", "2018-07-05")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling also its decision 77/546 of 14 April 2023, by which it decided to "
            "defer consideration of the item,"
        ),
        [("A/DEC/77/546", "2023-04-14")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Having considered the reports of the Secretary-General on the budget for the "
            "biennium (A/78/6 (Sect. 29A)) and of the Advisory Committee (A/78/7),"
        ),
        [("A/78/6(Sect.29A)", None), ("A/78/7", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolutions 2625 (XXV) of 24 October 1970, 1514 (XV) of 14 "
            "December 1960 and 1541 (XV) of 15 December 1960,"
        ),
        [
            ("A/RES/2625(XXV)", "1970-10-24"),
            ("A/RES/1514(XV)", "1960-12-14"),
            ("A/RES/1541(XV)", "1960-12-15"),
        ],
    ),
    (
        "en",
        GA["en"]
        + (
            "Having examined the chapter of the report of the Special Committee on the "
            "Situation with regard to the Implementation of the Declaration on the Granting "
            "of Independence to Colonial Countries and Peoples for 2022 relating to the "
            "question of Tokelau (A/77/23, chap. XII),"
        ),
        [("A/77/23", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling all resolutions and decisions of the United Nations relating to "
            "Western Sahara, including its resolution 76/89 of 9 December 2021, and Security "
            "Council resolution 2602 (2021) of 29 October 2021,"
        ),
        [("A/RES/76/89", "2021-12-09"), ("S/RES/2602(2021)", "2021-10-29")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolutions 55/146 of 8 December 2000, 65/119 of 10 December 2010 "
            "and 75/123 of 10 December 2020, by which it declared the International Decades "
            "for the Eradication of Colonialism,"
        ),
        [("A/RES/55/146", "2000-12-08"), ("A/RES/65/119", "2010-12-10"), ("A/RES/75/123", "2020-12-10")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Reaffirming the universal and unified character of the United Nations Convention "
            "on the Law of the Sea,1\n\n__________\n1 United Nations, Treaty Series, vol. 1833, "
            "No. 31363."
        ),
        [("UNTS/1833/31363", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Taking note of the report of the thirty-second Meeting of States Parties to the "
            "Convention (SPLOS/32/15) and of the decision of the Assembly of the "
            "International Seabed Authority (ISBA/28/A/9),"
        ),
        [("SPLOS/32/15", None), ("ISBA/28/A/9", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling the Agreement relating to the Implementation of Part IV of the United "
            "Nations Convention on the Law of the Sea, adopted by its "
            "resolution 48/263 of 28 July 1994,"
        ),
        [("A/RES/48/263", "1994-07-28")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling the Final Document that the Review Conference of the Parties to the Treaty "
            "on the Non-Proliferation of Nuclear Weapons adopted in 2010 (NPT/CONF.2010/50 (Vol. I)),"
        ),
        [("NPT/CONF.2010/50(Vol.I)", None), ("UNTS/729/10485", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Welcoming the adoption by the Conference on Disarmament of its programme of work "
            "(CD/2119) and recalling its report (CD/2229),"
        ),
        [("CD/2119", None), ("CD/2229", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolutions 77/54 and 77/55 of 7 December 2022 on the follow-up to "
            "nuclear disarmament obligations,"
        ),
        [("A/RES/77/54", "2022-12-07"), ("A/RES/77/55", "2022-12-07")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Taking note of the report of the First Committee (A/78/407) and of the report of "
            "the Disarmament Commission for 2023 (A/78/42),"
        ),
        [("A/78/407", None), ("A/78/42", None)],
    ),
    (
        "en",
        GA["en"] + "1. Approves the report of the Credentials Committee (A/78/605);",
        [("A/78/605", None)],
    ),
    (
        "en",
        ECOSOC["en"]
        + (
            "Recalling its resolution 2022/13 of 8 June 2022 and resolution 60/1 of the "
            "Commission on Narcotic Drugs of 13 March 2017,"
        ),
        [("E/RES/2022/13", "2022-06-08"), ("E/CN.7/RES/60/1", "2017-03-13")],
    ),
    (
        "en",
        ECOSOC["en"]
        + (
            "Taking note of the report of the Commission on the Status of Women on its "
            "sixty-sixth session (E/2022/27-E/CN.6/2022/16) and of resolution 66/1 of the "
            "Commission,"
        ),
        [("E/2022/27", None), ("E/CN.6/2022/16", None), ("E/CN.6/RES/66/1", None)],
    ),
    (
        "en",
        ECOSOC["en"]
        + ("Recalling its resolution 2019/24 of 23 July 2019 and decision 2021/236 of 22 July 2021,"),
        [("E/RES/2019/24", "2019-07-23"), ("E/DEC/2021/236", "2021-07-22")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolution 74/270 of 2 April 2020,1 its decision 75/548 of 3 May "
            "2021 and its resolution 76/245 of 24 December 2021,2\n\n__________\n1 Resolution "
            "74/270.\n2 See A/76/7, para. 12."
        ),
        [
            ("A/RES/74/270", "2020-04-02"),
            ("A/DEC/75/548", "2021-05-03"),
            ("A/RES/76/245", "2021-12-24"),
            ("A/76/7", None),
        ],
    ),
    (
        "en",
        GA["en"]
        + (
            "Having considered the report of the Committee on Contributions,1\n\n__________\n1 "
            "Official Records of the General Assembly, Seventy-sixth Session, Supplement No. "
            "11 (A/76/11)."
        ),
        [("A/76/11", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolutions 64/269 of 24 June 2010 and 76/274 of 29 June 2022, as "
            "well as its decision 76/553 A of 30 June 2022,"
        ),
        [("A/RES/64/269", "2010-06-24"), ("A/RES/76/274", "2022-06-29"), ("A/DEC/76/553A", "2022-06-30")],
    ),
    (
        "en",
        GA["en"] + "Recalling further paragraph 9 of its resolution 70/247 of 23 December 2015,",
        [("A/RES/70/247", "2015-12-23")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Taking note of the note by the Secretary-General (A/C.5/78/12) and the letter "
            "dated 3 November 2023 from the President of the General Assembly (A/C.5/78/19),"
        ),
        [("A/C.5/78/12", None), ("A/C.5/78/19", "2023-11-03")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolution 69/292 of 19 June 2015, by which it decided to negotiate "
            "a new binding instrument under the United Nations Convention on the Law of the Sea,"
        ),
        [("A/RES/69/292", "2015-06-19"), ("UNTS/1833/31363", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling the Treaty on the Non-Proliferation of Nuclear Weapons,1\n\n__________\n1 "
            "United Nations, Treaty Series, vol. 729, No. 10485."
        ),
        [("UNTS/729/10485", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolution 3 (I) of 13 February 1946 and its resolutions 217 A "
            "(III) of 10 December 1948 and 1803 (XVII) of 14 December 1962,"
        ),
        [("A/RES/3(I)", "1946-02-13"), ("A/RES/217A(III)", "1948-12-10"), ("A/RES/1803(XVII)", "1962-12-14")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Noting with appreciation the report of the Board of Auditors on the United "
            "Nations peacekeeping operations,1\n\n__________\n1 Official Records of the General "
            "Assembly, Seventy-seventh Session, Supplement No. 5, vol. II (A/77/5 (Vol. II))."
        ),
        [("A/77/5(Vol.II)", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling Economic and Social Council resolution 1993/2 of 8 February 1993 and "
            "Commission resolution 71/1 of 19 May 2015 of the Economic and Social Commission "
            "for Asia and the Pacific,"
        ),
        [("E/RES/1993/2", "1993-02-08"), ("", "2015-05-19")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Having considered the reports of the Secretary-General (A/75/663 and "
            "A/75/663/Corr.1) and the related report of the Advisory Committee "
            "(A/75/7/Add.30),"
        ),
        [("A/75/663", None), ("A/75/663/Corr.1", None), ("A/75/7/Add.30", None)],
    ),
    (
        "en",
        GA["en"]
        + ("Recalling its resolutions 75/253 A and B of 24 December 2020 and 76/246 A of 24 December 2021,"),
        [("A/RES/75/253A", "2020-12-24"), ("A/RES/75/253B", "2020-12-24"), ("A/RES/76/246A", "2021-12-24")],
    ),
    (
        "en",
        GA["en"] + ("Recalling also its decisions 74/555 of 29 June 2020 and 75/541 B of 30 June 2021,"),
        [("A/DEC/74/555", "2020-06-29"), ("A/DEC/75/541B", "2021-06-30")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Taking note of the report of the Secretary-General on the implementation of the "
            "Convention (A/78/67\xa0and A/78/67/Add.1),"
        ),
        [("A/78/67", None), ("A/78/67/Add.1", None)],
    ),
    (
        "en",
        GA["en"] + "Recalling Security Council resolutions 2571\xa0(2021) and 2697\xa0(2023),",
        [("S/RES/2571(2021)", None), ("S/RES/2697(2023)", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant la section II de sa résolution 72/266 A du 24 décembre 2017 et la "
            "section XIV de sa résolution 73/279 A du 22 décembre 2018,"
        ),
        [("A/RES/72/266A", "2017-12-24"), ("A/RES/73/279A", "2018-12-22")],
    ),
    (
        "fr",
        GA["fr"] + "Réaffirmant ses résolutions 73/307, section IV, et 74/263, section II,",
        [("A/RES/73/307", None), ("A/RES/74/263", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Ayant examiné le rapport du Secrétaire général (A/76/381) et le rapport "
            "correspondant du Comité consultatif pour les questions administratives et "
            "budgétaires (A/76/7/Add.14),"
        ),
        [("A/76/381", None), ("A/76/7/Add.14", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "1. Fait siennes les conclusions et recommandations figurant dans le rapport du "
            "Comité consultatif (A/77/7/Add.21), sous réserve des dispositions de la présente "
            "résolution;"
        ),
        [("A/77/7/Add.21", None)],
    ),
    (
        "fr",
        GA["fr"]
        + ("Rappelant sa résolution 71/272 B du 22 juin 2017 et sa décision 72/548 du 5 juillet 2018,"),
        [("A/RES/71/272B", "2017-06-22"), ("A/DEC/72/548", "2018-07-05")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant également sa décision 77/546 du 14 avril 2023, par laquelle elle a "
            "décidé de reporter l’examen de la question,"
        ),
        [("A/DEC/77/546", "2023-04-14")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant ses résolutions 1514 (XV) du 14 décembre 1960, 1541 (XV) du 15 "
            "décembre 1960 et 2625 (XXV) du 24 octobre 1970,"
        ),
        [
            ("A/RES/1514(XV)", "1960-12-14"),
            ("A/RES/1541(XV)", "1960-12-15"),
            ("A/RES/2625(XXV)", "1970-10-24"),
        ],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Ayant examiné le chapitre du rapport du Comité spécial chargé d’étudier la "
            "situation en ce qui concerne l’application de la Déclaration sur l’octroi de "
            "l’indépendance aux pays et aux peuples coloniaux pour 2022 consacré à la "
            "question des Tokélaou (A/77/23, chap. XII),"
        ),
        [("A/77/23", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant toutes les résolutions de l'Organisation des Nations Unies relatives "
            "au Sahara occidental, notamment sa résolution 76/89 du 9 décembre 2021, et la "
            "résolution 2602 (2021) du Conseil de sécurité, en date du 29 octobre 2021,"
        ),
        [("A/RES/76/89", "2021-12-09"), ("S/RES/2602(2021)", "2021-10-29")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant ses résolutions 55/146 du 8 décembre 2000, 65/119 du 10 décembre 2010 "
            "et 75/123 du 10 décembre 2020, par lesquelles elle a proclamé les Décennies "
            "internationales de l'élimination du colonialisme,"
        ),
        [("A/RES/55/146", "2000-12-08"), ("A/RES/65/119", "2010-12-10"), ("A/RES/75/123", "2020-12-10")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Réaffirmant le caractère universel et unitaire de la Convention des Nations "
            "Unies sur le droit de la mer1,\n\n__________\n1 Nations Unies, Recueil des Traités, "
            "vol. 1833, n° 31363."
        ),
        [("UNTS/1833/31363", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Prenant note du rapport de la trente-deuxième Réunion des États parties à la "
            "Convention (SPLOS/32/15) et de la décision de l'Assemblée de l'Autorité "
            "internationale des fonds marins (ISBA/28/A/9),"
        ),
        [("SPLOS/32/15", None), ("ISBA/28/A/9", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant le Document final de la Conférence des Parties chargée d'examiner le "
            "Traité sur la non-prolifération des armes nucléaires en 2010 (NPT/CONF.2010/50 "
            "(Vol. I)),"
        ),
        [("NPT/CONF.2010/50(Vol.I)", None), ("UNTS/729/10485", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Se félicitant de l'adoption par la Conférence du désarmement de son programme de "
            "travail (CD/2119) et rappelant son rapport (CD/2229),"
        ),
        [("CD/2119", None), ("CD/2229", None)],
    ),
    (
        "fr",
        GA["fr"] + "Rappelant ses résolutions 77/54 et 77/55 du 7 décembre 2022,",
        [("A/RES/77/54", "2022-12-07"), ("A/RES/77/55", "2022-12-07")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Prenant note du rapport de la Première Commission (A/78/407) et du rapport de la "
            "Commission du désarmement pour 2023 (A/78/42),"
        ),
        [("A/78/407", None), ("A/78/42", None)],
    ),
    (
        "fr",
        GA["fr"] + "1. Approuve le rapport de la Commission de vérification des pouvoirs (A/78/605);",
        [("A/78/605", None)],
    ),
    (
        "fr",
        ECOSOC["fr"]
        + (
            "Rappelant sa résolution 2022/13 du 8 juin 2022 et la résolution 60/1 de la "
            "Commission des stupéfiants, en date du 13 mars 2017,"
        ),
        [("E/RES/2022/13", "2022-06-08"), ("E/CN.7/RES/60/1", "2017-03-13")],
    ),
    (
        "fr",
        ECOSOC["fr"]
        + (
            "Prenant note du rapport de la Commission de la condition de la femme sur les "
            "travaux de sa soixante-sixième session (E/2022/27-E/CN.6/2022/16) et de la "
            "résolution 66/1 de la Commission,"
        ),
        [("E/2022/27", None), ("E/CN.6/2022/16", None), ("E/CN.6/RES/66/1", None)],
    ),
    (
        "fr",
        ECOSOC["fr"]
        + ("Rappelant sa résolution 2019/24 du 23 juillet 2019 et sa décision 2021/236 du 22 juillet 2021,"),
        [("E/RES/2019/24", "2019-07-23"), ("E/DEC/2021/236", "2021-07-22")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant sa résolution 74/270 du 2 avril 2020¹, sa décision 75/548 du 3 mai "
            "2021 et sa résolution 76/245 du 24 décembre 2021²,\n\n__________\n¹ Résolution "
            "74/270.\n² Voir A/76/7, par. 12."
        ),
        [
            ("A/RES/74/270", "2020-04-02"),
            ("A/DEC/75/548", "2021-05-03"),
            ("A/RES/76/245", "2021-12-24"),
            ("A/76/7", None),
        ],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Ayant examiné le rapport du Comité des contributions1,\n\n__________\n1 Documents "
            "officiels de l'Assemblée générale, soixante-dix-huitième session, Supplément n° "
            "11 (A/78/11)."
        ),
        [("A/78/11", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant ses résolutions 64/269 du 24 juin 2010 et 76/274 du 29 juin 2022, "
            "ainsi que sa décision 76/553 A du 30 juin 2022,"
        ),
        [("A/RES/64/269", "2010-06-24"), ("A/RES/76/274", "2022-06-29"), ("A/DEC/76/553A", "2022-06-30")],
    ),
    (
        "fr",
        GA["fr"] + "Rappelant en outre le paragraphe 9 de sa résolution 70/247 du 23 décembre 2015,",
        [("A/RES/70/247", "2015-12-23")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Prenant note de la note du Secrétaire général (A/C.5/78/12) et de la lettre "
            "datée du 3 novembre 2023, adressée par le Président de l'Assemblée générale "
            "(A/C.5/78/19),"
        ),
        [("A/C.5/78/12", None), ("A/C.5/78/19", "2023-11-03")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant sa résolution 69/292 du 19 juin 2015, par laquelle elle a décidé "
            "de négocier un nouvel instrument contraignant se rapportant "
            "à la Convention des Nations Unies sur le droit de la mer,"
        ),
        [("A/RES/69/292", "2015-06-19"), ("UNTS/1833/31363", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant le Traité sur la non-prolifération des armes "
            "nucléaires1,\n\n__________\n1 Nations Unies, Recueil des Traités, vol. 729, n° "
            "10485."
        ),
        [("UNTS/729/10485", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant sa résolution 3 (I) du 13 février 1946 et ses résolutions 217 A (III) "
            "du 10 décembre 1948 et 1803 (XVII) du 14 décembre 1962,"
        ),
        [("A/RES/3(I)", "1946-02-13"), ("A/RES/217A(III)", "1948-12-10"), ("A/RES/1803(XVII)", "1962-12-14")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Notant avec satisfaction le rapport du Comité des commissaires aux "
            "comptes1,\n\n__________\n1 Documents officiels de l'Assemblée générale, "
            "soixante-dix-septième session, Supplément n° 5, vol. II (A/77/5 (Vol. II))."
        ),
        [("A/77/5(Vol.II)", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Ayant examiné les rapports du Secrétaire général (A/75/663 et A/75/663/Corr.1) "
            "et le rapport correspondant du Comité consultatif (A/75/7/Add.30),"
        ),
        [("A/75/663", None), ("A/75/663/Corr.1", None), ("A/75/7/Add.30", None)],
    ),
    (
        "fr",
        GA["fr"]
        + ("Rappelant ses résolutions 75/253 A et B du 24 décembre 2020 et 76/246 A du 24 décembre 2021,"),
        [("A/RES/75/253A", "2020-12-24"), ("A/RES/75/253B", "2020-12-24"), ("A/RES/76/246A", "2021-12-24")],
    ),
    (
        "fr",
        GA["fr"] + ("Rappelant également ses décisions 74/555 du 29 juin 2020 et 75/541 B du 30 juin 2021,"),
        [("A/DEC/74/555", "2020-06-29"), ("A/DEC/75/541B", "2021-06-30")],
    ),
    (
        "fr",
        GA["fr"] + "Rappelant les résolutions du Conseil de sécurité 2571\xa0(2021) et 2697\xa0(2023),",
        [("S/RES/2571(2021)", None), ("S/RES/2697(2023)", None)],
    ),
    (
        "fr",
        GA["fr"]
        + ("Rappelant sa resolution 76/89 du 9 decembre 2021 et sa decision 77/546 du 14 avril 2023,"),
        [("A/RES/76/89", "2021-12-09"), ("A/DEC/77/546", "2023-04-14")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant la résolution 77/120 qu’elle a adoptée le 12 décembre 2022 sur la "
            "question de la Nouvelle-Calédonie,"
        ),
        [("A/RES/77/120", "2022-12-12")],
    ),
    (
        "fr",
        GA["fr"] + "Ayant à l’esprit sa décision 76/515 B, en date du 8 avril 2022,",
        [("A/DEC/76/515B", "2022-04-08")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "3. Prie le Secrétaire général de lui rendre compte, à sa soixante-dix-neuvième "
            "session, de l'application de la présente résolution, conformément à la section "
            "III de la résolution 75/252;"
        ),
        [("A/RES/75/252", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant l’Accord relatif à l’application de la Partie IV de la Convention des "
            "Nations Unies sur le droit de la mer, adopté par sa "
            "résolution 48/263 du 28 juillet 1994,"
        ),
        [("A/RES/48/263", "1994-07-28")],
    ),
    (
        "fr",
        ECOSOC["fr"]
        + (
            "Rappelant la résolution 560 (XXVI) de la Commission économique pour l'Amérique "
            "latine et les Caraïbes, en date du 5 avril 1996, et sa propre résolution 2021/30 "
            "du 22 juillet 2021,"
        ),
        [("", "1996-04-05"), ("E/RES/2021/30", "2021-07-22")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Prenant note des rapports du Secrétaire général sur l’exécution du budget "
            "(A/78/578) et du Comité consultatif (A/78/7/Add.3),"
        ),
        [("A/78/578", None), ("A/78/7/Add.3", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant ses résolutions 41/213 du 19 décembre 1986 et 42/211 du 21 décembre "
            "1987, ainsi que la section VI de sa résolution 45/248 B, en date du 21 décembre "
            "1990,"
        ),
        [("A/RES/41/213", "1986-12-19"), ("A/RES/42/211", "1987-12-21"), ("A/RES/45/248B", "1990-12-21")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Se référant à sa décision 34/401, relative à la rationalisation des procédures "
            "et de l’organisation de l’Assemblée générale,"
        ),
        [("A/DEC/34/401", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant la résolution 2003/3 du Conseil économique et social en date du 21 "
            "juillet 2003, ainsi que la décision 2022/302 du Conseil,"
        ),
        [("E/RES/2003/3", "2003-07-21"), ("E/DEC/2022/302", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Prenant note du rapport de la Commission du droit international sur les travaux "
            "de sa soixante-quatorzième session1,\n\n__________\n1 Documents officiels de "
            "l’Assemblée générale, soixante-dix-huitième session, Supplément n°\xa010 (A/78/10)."
        ),
        [("A/78/10", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Ayant examiné le rapport financier et les états financiers vérifiés et le "
            "rapport du Comité des commissaires aux comptes1, ainsi que les rapports "
            "correspondants (A/78/322 et A/78/498),\n\n__________\n1 Ibid., Supplément n° 5 "
            "(A/78/5)."
        ),
        [("A/78/322", None), ("A/78/498", None), ("A/78/5", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant ses résolutions 48/218 B du 29 juillet 1994, 54/244 du 23 décembre "
            "1999, 59/272 du 23 décembre 2004 et 64/263 du 29 mars 2010,"
        ),
        [
            ("A/RES/48/218B", "1994-07-29"),
            ("A/RES/54/244", "1999-12-23"),
            ("A/RES/59/272", "2004-12-23"),
            ("A/RES/64/263", "2010-03-29"),
        ],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Prenant note avec satisfaction de la résolution 78/1 de la Commission économique "
            "et sociale pour l’Asie et le Pacifique, en date du 21 avril 2022,"
        ),
        [("", "2022-04-21")],
    ),
    (
        "fr",
        GA["fr"]
        + ("Rappelant le paragraphe 18 de la section I de sa résolution 77/262 du 30 décembre 2022,"),
        [("A/RES/77/262", "2022-12-30")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant la Convention sur l’interdiction de la mise au point, de la "
            "fabrication, du stockage et de l’emploi des armes chimiques et sur leur "
            "destruction, et sa résolution 77/68 du 7 décembre 2022,"
        ),
        # (the Chemical Weapons Convention by its title: its Treaty Series id, since adv36a)
        [("UNTS/1974/33757", None), ("A/RES/77/68", "2022-12-07")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant l’article 17 de la Charte des Nations Unies et ses résolutions 14 (I) "
            "du 13 février 1946 et 55/5 B du 23 décembre 2000,"
        ),
        [("A/RES/14(I)", "1946-02-13"), ("A/RES/55/5B", "2000-12-23")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando la sección II de su resolución 72/266 A, de 24 de diciembre de 2017, "
            "y la sección XIV de su resolución 73/279 A, de 22 de diciembre de 2018,"
        ),
        [("A/RES/72/266A", "2017-12-24"), ("A/RES/73/279A", "2018-12-22")],
    ),
    (
        "es",
        GA["es"] + "Reafirmando sus resoluciones 73/307, sección IV, y 74/263, sección II,",
        [("A/RES/73/307", None), ("A/RES/74/263", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Habiendo examinado el informe del Secretario General (A/76/381) y el informe "
            "conexo de la Comisión Consultiva en Asuntos Administrativos y de Presupuesto "
            "(A/76/7/Add.14),"
        ),
        [("A/76/381", None), ("A/76/7/Add.14", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "1. Hace suyas las conclusiones y recomendaciones que figuran en el informe de la "
            "Comisión Consultiva (A/77/7/Add.21), con sujeción a lo dispuesto en la presente "
            "resolución;"
        ),
        [("A/77/7/Add.21", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando su resolución 71/272 B, de 22 de junio de 2017, y su decisión 72/548, "
            "de 5 de julio de 2018,"
        ),
        [("A/RES/71/272B", "2017-06-22"), ("A/DEC/72/548", "2018-07-05")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando también su decisión 77/546, de 14 de abril de 2023, en la que decidió "
            "aplazar el examen del tema,"
        ),
        [("A/DEC/77/546", "2023-04-14")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando sus resoluciones 1514 (XV), de 14 de diciembre de 1960, 1541 (XV), de "
            "15 de diciembre de 1960, y 2625 (XXV), de 24 de octubre de 1970,"
        ),
        [
            ("A/RES/1514(XV)", "1960-12-14"),
            ("A/RES/1541(XV)", "1960-12-15"),
            ("A/RES/2625(XXV)", "1970-10-24"),
        ],
    ),
    (
        "es",
        GA["es"]
        + (
            "Habiendo examinado el capítulo del informe del Comité Especial para 2022 "
            "relativo a la cuestión de Tokelau (A/77/23, cap. XII),"
        ),
        [("A/77/23", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando todas las resoluciones de las Naciones Unidas relativas al Sáhara "
            "Occidental, incluida su resolución 76/89, de 9 de diciembre de 2021, y la "
            "resolución 2602 (2021) del Consejo de Seguridad, de 29 de octubre de 2021,"
        ),
        [("A/RES/76/89", "2021-12-09"), ("S/RES/2602(2021)", "2021-10-29")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando sus resoluciones 55/146, de 8 de diciembre de 2000, 65/119, de 10 de "
            "diciembre de 2010, y 75/123, de 10 de diciembre de 2020,"
        ),
        [("A/RES/55/146", "2000-12-08"), ("A/RES/65/119", "2010-12-10"), ("A/RES/75/123", "2020-12-10")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Reafirmando el carácter universal y unitario de la Convención de las Naciones "
            "Unidas sobre el Derecho del Mar1,\n\n__________\n1 Naciones Unidas, Treaty Series, "
            "vol. 1833, núm. 31363."
        ),
        [("UNTS/1833/31363", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Tomando nota del informe de la 32ª Reunión de los Estados Partes en la "
            "Convención (SPLOS/32/15) y de la decisión de la Asamblea de la Autoridad "
            "Internacional de los Fondos Marinos (ISBA/28/A/9),"
        ),
        [("SPLOS/32/15", None), ("ISBA/28/A/9", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando el Documento Final de la Conferencia de las Partes de 2010 encargada "
            "del Examen del Tratado sobre la No Proliferación de las Armas Nucleares "
            "(NPT/CONF.2010/50 (Vol. I)),"
        ),
        [("NPT/CONF.2010/50(Vol.I)", None), ("UNTS/729/10485", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Acogiendo con beneplácito la aprobación por la Conferencia de Desarme de su "
            "programa de trabajo (CD/2119) y recordando su informe (CD/2229),"
        ),
        [("CD/2119", None), ("CD/2229", None)],
    ),
    (
        "es",
        GA["es"] + "Recordando sus resoluciones 77/54 y 77/55, de 7 de diciembre de 2022,",
        [("A/RES/77/54", "2022-12-07"), ("A/RES/77/55", "2022-12-07")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Tomando nota del informe de la Primera Comisión (A/78/407) y del informe de la "
            "Comisión de Desarme correspondiente a 2023 (A/78/42),"
        ),
        [("A/78/407", None), ("A/78/42", None)],
    ),
    (
        "es",
        GA["es"] + "1. Aprueba el informe de la Comisión de Verificación de Poderes (A/78/605);",
        [("A/78/605", None)],
    ),
    (
        "es",
        ECOSOC["es"]
        + (
            "Recordando su resolución 2022/13, de 8 de junio de 2022, y la resolución 60/1 de "
            "la Comisión de Estupefacientes, de 13 de marzo de 2017,"
        ),
        [("E/RES/2022/13", "2022-06-08"), ("E/CN.7/RES/60/1", "2017-03-13")],
    ),
    (
        "es",
        ECOSOC["es"]
        + (
            "Tomando nota del informe de la Comisión de la Condición Jurídica y Social de la "
            "Mujer sobre su 66º período de sesiones (E/2022/27-E/CN.6/2022/16) y de la "
            "resolución 66/1 de la Comisión,"
        ),
        [("E/2022/27", None), ("E/CN.6/2022/16", None), ("E/CN.6/RES/66/1", None)],
    ),
    (
        "es",
        ECOSOC["es"]
        + (
            "Recordando su resolución 2019/24, de 23 de julio de 2019, y su decisión "
            "2021/236, de 22 de julio de 2021,"
        ),
        [("E/RES/2019/24", "2019-07-23"), ("E/DEC/2021/236", "2021-07-22")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando su resolución 74/270, de 2 de abril de 2020¹, su decisión 75/548, de "
            "3 de mayo de 2021, y su resolución 76/245, de 24 de diciembre de "
            "2021²,\n\n__________\n¹ Resolución 74/270.\n² Véase A/76/7, párr. 12."
        ),
        [
            ("A/RES/74/270", "2020-04-02"),
            ("A/DEC/75/548", "2021-05-03"),
            ("A/RES/76/245", "2021-12-24"),
            ("A/76/7", None),
        ],
    ),
    (
        "es",
        GA["es"]
        + (
            "Habiendo examinado el informe de la Comisión de Cuotas1,\n\n__________\n1 "
            "Documentos Oficiales de la Asamblea General, septuagésimo octavo período de "
            "sesiones, suplemento núm. 11 (A/78/11)."
        ),
        [("A/78/11", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando sus resoluciones 64/269, de 24 de junio de 2010, y 76/274, de 29 de "
            "junio de 2022, así como su decisión 76/553 A, de 30 de junio de 2022,"
        ),
        [("A/RES/64/269", "2010-06-24"), ("A/RES/76/274", "2022-06-29"), ("A/DEC/76/553A", "2022-06-30")],
    ),
    (
        "es",
        GA["es"] + ("Recordando además el párrafo 9 de su resolución 70/247, de 23 de diciembre de 2015,"),
        [("A/RES/70/247", "2015-12-23")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Tomando nota de la nota del Secretario General (A/C.5/78/12) y de la carta de "
            "fecha 3 de noviembre de 2023 dirigida por el Presidente de la Asamblea General "
            "(A/C.5/78/19),"
        ),
        [("A/C.5/78/12", None), ("A/C.5/78/19", "2023-11-03")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando su resolución 69/292, de 19 de junio de 2015, en la que decidió "
            "elaborar un instrumento internacional jurídicamente vinculante en el marco de la "
            "Convención de las Naciones Unidas sobre el Derecho del Mar,"
        ),
        [("A/RES/69/292", "2015-06-19"), ("UNTS/1833/31363", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando el Tratado sobre la No Proliferación de las Armas "
            "Nucleares1,\n\n__________\n1 Naciones Unidas, Treaty Series, vol. 729, núm. 10485."
        ),
        [("UNTS/729/10485", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando su resolución 3 (I), de 13 de febrero de 1946, y sus resoluciones 217 "
            "A (III), de 10 de diciembre de 1948, y 1803 (XVII), de 14 de diciembre de 1962,"
        ),
        [("A/RES/3(I)", "1946-02-13"), ("A/RES/217A(III)", "1948-12-10"), ("A/RES/1803(XVII)", "1962-12-14")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Observando con aprecio el informe de la Junta de Auditores1,\n\n__________\n1 "
            "Documentos Oficiales de la Asamblea General, septuagésimo séptimo período de "
            "sesiones, suplemento núm. 5, vol. II (A/77/5 (Vol. II))."
        ),
        [("A/77/5(Vol.II)", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Habiendo examinado los informes del Secretario General (A/75/663 y "
            "A/75/663/Corr.1) y el informe conexo de la Comisión Consultiva (A/75/7/Add.30),"
        ),
        [("A/75/663", None), ("A/75/663/Corr.1", None), ("A/75/7/Add.30", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando sus resoluciones 75/253 A y B, de 24 de diciembre de 2020, y 76/246 "
            "A, de 24 de diciembre de 2021,"
        ),
        [("A/RES/75/253A", "2020-12-24"), ("A/RES/75/253B", "2020-12-24"), ("A/RES/76/246A", "2021-12-24")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando también sus decisiones 74/555, de 29 de junio de 2020, y 75/541 B, de "
            "30 de junio de 2021,"
        ),
        [("A/DEC/74/555", "2020-06-29"), ("A/DEC/75/541B", "2021-06-30")],
    ),
    (
        "es",
        GA["es"] + "Recordando las resoluciones del Consejo de Seguridad 2571\xa0(2021) y 2697\xa0(2023),",
        [("S/RES/2571(2021)", None), ("S/RES/2697(2023)", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando su resolucion 76/89, de 9 de diciembre de 2021, y su decision 77/546, "
            "de 14 de abril de 2023,"
        ),
        [("A/RES/76/89", "2021-12-09"), ("A/DEC/77/546", "2023-04-14")],
    ),
    (
        "es",
        ECOSOC["es"]
        + (
            "Recordando la resolución 560 (XXVI) de la Comisión Económica para América Latina "
            "y el Caribe, de 5 de abril de 1996, y su resolución 2021/30, de 22 de julio de "
            "2021,"
        ),
        [("", "1996-04-05"), ("E/RES/2021/30", "2021-07-22")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando el Acuerdo relativo a la Aplicación de la Parte IV de la Convención "
            "de las Naciones Unidas sobre el Derecho del Mar, "
            "aprobado en su resolución 48/263, de 28 de julio de 1994,"
        ),
        [("A/RES/48/263", "1994-07-28")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando sus resoluciones 41/213, de 19 de diciembre de 1986, y 42/211, de 21 "
            "de diciembre de 1987, así como la sección VI de su resolución 45/248 B, de 21 de "
            "diciembre de 1990,"
        ),
        [("A/RES/41/213", "1986-12-19"), ("A/RES/42/211", "1987-12-21"), ("A/RES/45/248B", "1990-12-21")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando la resolución 2003/3 del Consejo Económico y Social, de 21 de julio "
            "de 2003, y la decisión 2022/302 del Consejo,"
        ),
        [("E/RES/2003/3", "2003-07-21"), ("E/DEC/2022/302", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Habiendo examinado el informe financiero y los estados financieros auditados y "
            "el informe de la Junta de Auditores1, así como los informes conexos (A/78/322 y "
            "A/78/498),\n\n__________\n1 Ibid., suplemento núm. 5 (A/78/5)."
        ),
        [("A/78/322", None), ("A/78/498", None), ("A/78/5", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando sus resoluciones 48/218 B, de 29 de julio de 1994, 54/244, de 23 de "
            "diciembre de 1999, 59/272, de 23 de diciembre de 2004, y 64/263, de 29 de marzo "
            "de 2010,"
        ),
        [
            ("A/RES/48/218B", "1994-07-29"),
            ("A/RES/54/244", "1999-12-23"),
            ("A/RES/59/272", "2004-12-23"),
            ("A/RES/64/263", "2010-03-29"),
        ],
    ),
    (
        "es",
        GA["es"]
        + ("Recordando el párrafo 18 de la sección I de su resolución 77/262, de 30 de diciembre de 2022,"),
        [("A/RES/77/262", "2022-12-30")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando el Artículo 17 de la Carta de las Naciones Unidas y sus resoluciones "
            "14 (I), de 13 de febrero de 1946, y 55/5 B, de 23 de diciembre de 2000,"
        ),
        [("A/RES/14(I)", "1946-02-13"), ("A/RES/55/5B", "2000-12-23")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Tomando nota del informe de la Comisión de Derecho Internacional sobre la labor "
            "realizada en su 74º período de sesiones1,\n\n__________\n1 Documentos Oficiales de "
            "la Asamblea General, septuagésimo octavo período de sesiones, suplemento núm.\xa010 "
            "(A/78/10)."
        ),
        [("A/78/10", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "3. Solicita al Secretario General que le informe en su septuagésimo noveno "
            "período de sesiones sobre la aplicación de la presente resolución, de "
            "conformidad con la sección III de la resolución 75/252;"
        ),
        [("A/RES/75/252", None)],
    ),
    (
        "es",
        GA["es"] + "Teniendo presente su decisión 76/515 B, de 8 de abril de 2022,",
        [("A/DEC/76/515B", "2022-04-08")],
    ),
    (
        "en",
        GA["en"] + "Recalling its resolutions 77/262 A to C of 30 December 2022,",
        [("A/RES/77/262A", "2022-12-30"), ("A/RES/77/262B", "2022-12-30"), ("A/RES/77/262C", "2022-12-30")],
    ),
    (
        "en",
        GA["en"]
        + ("Recalling that, on 14 December 1960, in its resolution 1514 (XV), it adopted the Declaration,"),
        [("A/RES/1514(XV)", "1960-12-14")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling the final documents of the 1995 and 2000 Review Conferences "
            "(NPT/CONF.1995/32 (Part I), annex, and NPT/CONF.2000/28 (Parts I and II)),"
        ),
        [("NPT/CONF.1995/32(PartI)", None), ("NPT/CONF.2000/28", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolution S-10/2 of 30 June 1978, the Final Document of its first "
            "special session devoted to disarmament,"
        ),
        [("A/RES/S-10/2", "1978-06-30")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling the Agreement relating to the Implementation of Part XI of the "
            "Convention,1\n\n__________\n1 Ibid., vol. 1836, No. 31364."
        ),
        [("UNTS/1836/31364", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling the Convention on the Law of the Sea,1 and its resolution "
            "48/263,2\n\n__________\n1 United Nations, Treaty Series, vol. 1833, No. 31363.\n2 "
            "Resolution 48/263, annex."
        ),
        [("UNTS/1833/31363", None), ("A/RES/48/263", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "2. Concurs with the observations of the Advisory Committee (A/78/7/Add.25, para. "
            "12) on the proposed resources;"
        ),
        [("A/78/7/Add.25", None)],
    ),
    (
        "en",
        "The Economic Commission for Latin America and the Caribbean,\n\nRecalling its "
        "resolution 560 (XXVI) of 5 April 1996 and resolution 2021/30 of the Economic and "
        "Social Council,",
        [("", "1996-04-05"), ("E/RES/2021/30", None)],
    ),
    (
        "en",
        ECOSOC["en"]
        + (
            "Recalling its resolution 1503 (XLVIII) of 27 May 1970 and its decision 2023/202 "
            "B of 8 February 2023,"
        ),
        [("E/RES/1503(XLVIII)", "1970-05-27"), ("E/DEC/2023/202B", "2023-02-08")],
    ),
    (
        "en",
        ECOSOC["en"]
        + (
            "Taking note of the report of the Statistical Commission on its fifty-fourth "
            "session (E/2023/24-E/CN.3/2023/37) and of resolution 61/1 of the Commission for "
            "Social Development,"
        ),
        [("E/2023/24", None), ("E/CN.3/2023/37", None), ("E/CN.5/RES/61/1", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its decision 76/558 B of 9 September 2022 and its decisions 77/405, "
            "77/406 and 77/407 of 9 June 2023 on the election of members,"
        ),
        [
            ("A/DEC/76/558B", "2022-09-09"),
            ("A/DEC/77/405", "2023-06-09"),
            ("A/DEC/77/406", "2023-06-09"),
            ("A/DEC/77/407", "2023-06-09"),
        ],
    ),
    (
        "en",
        GA["en"]
        + (
            "Having examined the report of the Secretary-General1 together with the report of "
            "the Advisory Committee on Administrative and Budgetary Questions thereon,2\n\n__________\n1 "
            "A/78/353.\n2 A/78/7/Add.6."
        ),
        [("A/78/353", None), ("A/78/7/Add.6", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling paragraph 5 of its resolution 76/272, section II of resolution 77/278 "
            "and annex I to its resolution 75/304,"
        ),
        [("A/RES/76/272", None), ("A/RES/77/278", None), ("A/RES/75/304", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling that the Meeting of States Parties to the United Nations Convention on "
            "the Law of the Sea adopted its rules of procedure (SPLOS/2/Rev.4),"
        ),
        [("UNTS/1833/31363", None), ("SPLOS/2/Rev.4", None)],
    ),
    (
        "en",
        GA["en"] + "Recalling its resolutions 78/17, 78/18 and 78/19 of 4\xa0December\xa02023,",
        [("A/RES/78/17", "2023-12-04"), ("A/RES/78/18", "2023-12-04"), ("A/RES/78/19", "2023-12-04")],
    ),
    (
        "fr",
        GA["fr"] + "Rappelant ses résolutions 77/262 A à C du 30 décembre 2022,",
        [("A/RES/77/262A", "2022-12-30"), ("A/RES/77/262B", "2022-12-30"), ("A/RES/77/262C", "2022-12-30")],
    ),
    (
        "fr",
        GA["fr"]
        + ("Rappelant que, le 14 décembre 1960, dans sa résolution 1514 (XV), elle a adopté la Déclaration,"),
        [("A/RES/1514(XV)", "1960-12-14")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant les documents finals des Conférences d’examen de 1995 et de 2000 "
            "(NPT/CONF.1995/32 (Part I), annexe, et NPT/CONF.2000/28 (Parts I et II)),"
        ),
        [("NPT/CONF.1995/32(PartI)", None), ("NPT/CONF.2000/28", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant sa résolution S-10/2 du 30 juin 1978, document final de sa première "
            "session extraordinaire consacrée au désarmement,"
        ),
        [("A/RES/S-10/2", "1978-06-30")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant l’Accord relatif à l’application de la partie XI de la "
            "Convention1,\n\n__________\n1 Ibid., vol. 1836, n° 31364."
        ),
        [("UNTS/1836/31364", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant la Convention des Nations Unies sur le droit de la mer¹ et sa "
            "résolution 48/263²,\n\n__________\n¹ Nations Unies, Recueil des Traités, vol. 1833, "
            "n° 31363.\n² Résolution 48/263, annexe."
        ),
        [("UNTS/1833/31363", None), ("A/RES/48/263", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "2. Souscrit aux observations du Comité consultatif (A/78/7/Add.25, par. 12) "
            "concernant les ressources demandées;"
        ),
        [("A/78/7/Add.25", None)],
    ),
    (
        "fr",
        "La Commission économique pour l’Amérique latine et les Caraïbes,\n\nRappelant sa "
        "résolution 560 (XXVI) du 5 avril 1996 et la résolution 2021/30 du Conseil "
        "économique et social,",
        [("", "1996-04-05"), ("E/RES/2021/30", None)],
    ),
    (
        "fr",
        ECOSOC["fr"]
        + (
            "Rappelant sa résolution 1503 (XLVIII) du 27 mai 1970 et sa décision 2023/202 B "
            "du 8 février 2023,"
        ),
        [("E/RES/1503(XLVIII)", "1970-05-27"), ("E/DEC/2023/202B", "2023-02-08")],
    ),
    (
        "fr",
        ECOSOC["fr"]
        + (
            "Prenant note du rapport de la Commission de statistique sur les travaux de sa "
            "cinquante-quatrième session (E/2023/24-E/CN.3/2023/37) et de la résolution 61/1 "
            "de la Commission du développement social,"
        ),
        [("E/2023/24", None), ("E/CN.3/2023/37", None), ("E/CN.5/RES/61/1", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant sa décision 76/558 B du 9 septembre 2022 et ses décisions 77/405, "
            "77/406 et 77/407 du 9 juin 2023 relatives à l’élection de membres,"
        ),
        [
            ("A/DEC/76/558B", "2022-09-09"),
            ("A/DEC/77/405", "2023-06-09"),
            ("A/DEC/77/406", "2023-06-09"),
            ("A/DEC/77/407", "2023-06-09"),
        ],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Ayant examiné le rapport du Secrétaire général1 et le rapport correspondant du "
            "Comité consultatif pour les questions administratives et "
            "budgétaires2,\n\n__________\n1 A/78/353.\n2 A/78/7/Add.6."
        ),
        [("A/78/353", None), ("A/78/7/Add.6", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant le paragraphe 5 de sa résolution 76/272, la section II de la "
            "résolution 77/278 et l’annexe I de sa résolution 75/304,"
        ),
        [("A/RES/76/272", None), ("A/RES/77/278", None), ("A/RES/75/304", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant que la Réunion des États parties à la Convention des Nations Unies sur "
            "le droit de la mer a adopté son règlement intérieur (SPLOS/2/Rev.4),"
        ),
        [("UNTS/1833/31363", None), ("SPLOS/2/Rev.4", None)],
    ),
    (
        "fr",
        GA["fr"] + "Rappelant ses résolutions\xa078/17, 78/18 et 78/19 du 4\xa0décembre\xa02023,",
        [("A/RES/78/17", "2023-12-04"), ("A/RES/78/18", "2023-12-04"), ("A/RES/78/19", "2023-12-04")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Considérant qu’à sa soixante-dix-septième session, elle a adopté la résolution "
            "77/149, en date du 12 decembre 2022, et la décision 77/530 B,"
        ),
        [("A/RES/77/149", "2022-12-12"), ("A/DEC/77/530B", None)],
    ),
    (
        "es",
        GA["es"] + "Recordando sus resoluciones 77/262 A a C, de 30 de diciembre de 2022,",
        [("A/RES/77/262A", "2022-12-30"), ("A/RES/77/262B", "2022-12-30"), ("A/RES/77/262C", "2022-12-30")],
    ),
    (
        "es",
        GA["es"]
        + ("Recordando que el 14 de diciembre de 1960, en su resolución 1514 (XV), aprobó la Declaración,"),
        [("A/RES/1514(XV)", "1960-12-14")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando los documentos finales de las Conferencias de Examen de 1995 y 2000 "
            "(NPT/CONF.1995/32 (Part I), anexo, y NPT/CONF.2000/28 (Parts I and II)),"
        ),
        [("NPT/CONF.1995/32(PartI)", None), ("NPT/CONF.2000/28", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando su resolución S-10/2, de 30 de junio de 1978, documento final de su "
            "primer período extraordinario de sesiones dedicado al desarme,"
        ),
        [("A/RES/S-10/2", "1978-06-30")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando el Acuerdo relativo a la Aplicación de la Parte XI de la "
            "Convención1,\n\n__________\n1 Ibid., vol. 1836, núm. 31364."
        ),
        [("UNTS/1836/31364", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando la Convención de las Naciones Unidas sobre el Derecho del Mar¹ y su "
            "resolución 48/263²,\n\n__________\n¹ Naciones Unidas, Treaty Series, vol. 1833, "
            "núm. 31363.\n² Resolución 48/263, anexo."
        ),
        [("UNTS/1833/31363", None), ("A/RES/48/263", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "2. Hace suyas las observaciones de la Comisión Consultiva (A/78/7/Add.25, párr. "
            "12) sobre los recursos propuestos;"
        ),
        [("A/78/7/Add.25", None)],
    ),
    (
        "es",
        "La Comisión Económica para América Latina y el Caribe,\n\nRecordando su resolución "
        "560 (XXVI), de 5 de abril de 1996, y la resolución 2021/30 del Consejo Económico "
        "y Social,",
        [("", "1996-04-05"), ("E/RES/2021/30", None)],
    ),
    (
        "es",
        ECOSOC["es"]
        + (
            "Recordando su resolución 1503 (XLVIII), de 27 de mayo de 1970, y su decisión "
            "2023/202 B, de 8 de febrero de 2023,"
        ),
        [("E/RES/1503(XLVIII)", "1970-05-27"), ("E/DEC/2023/202B", "2023-02-08")],
    ),
    (
        "es",
        ECOSOC["es"]
        + (
            "Tomando nota del informe de la Comisión de Estadística sobre su 54º período de "
            "sesiones (E/2023/24-E/CN.3/2023/37) y de la resolución 61/1 de la Comisión de "
            "Desarrollo Social,"
        ),
        [("E/2023/24", None), ("E/CN.3/2023/37", None), ("E/CN.5/RES/61/1", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando su decisión 76/558 B, de 9 de septiembre de 2022, y sus decisiones "
            "77/405, 77/406 y 77/407, de 9 de junio de 2023, relativas a la elección de "
            "miembros,"
        ),
        [
            ("A/DEC/76/558B", "2022-09-09"),
            ("A/DEC/77/405", "2023-06-09"),
            ("A/DEC/77/406", "2023-06-09"),
            ("A/DEC/77/407", "2023-06-09"),
        ],
    ),
    (
        "es",
        GA["es"]
        + (
            "Habiendo examinado el informe del Secretario General1 y el informe conexo de la "
            "Comisión Consultiva en Asuntos Administrativos y de Presupuesto2,\n\n__________\n1 "
            "A/78/353.\n2 A/78/7/Add.6."
        ),
        [("A/78/353", None), ("A/78/7/Add.6", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando el párrafo 5 de su resolución 76/272, la sección II de la resolución "
            "77/278 y el anexo I de su resolución 75/304,"
        ),
        [("A/RES/76/272", None), ("A/RES/77/278", None), ("A/RES/75/304", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando que la Reunión de los Estados Partes en la Convención de las Naciones "
            "Unidas sobre el Derecho del Mar aprobó su reglamento (SPLOS/2/Rev.4),"
        ),
        [("UNTS/1833/31363", None), ("SPLOS/2/Rev.4", None)],
    ),
    (
        "es",
        GA["es"] + "Recordando sus resoluciones\xa078/17, 78/18 y 78/19, de 4\xa0de\xa0diciembre\xa0de 2023,",
        [("A/RES/78/17", "2023-12-04"), ("A/RES/78/18", "2023-12-04"), ("A/RES/78/19", "2023-12-04")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolutions 77/133 to 77/135 of 12 December 2022 on the questions "
            "of specific territories,"
        ),
        [("A/RES/77/133", "2022-12-12"), ("A/RES/77/134", "2022-12-12"), ("A/RES/77/135", "2022-12-12")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling the Agreement for the Implementation of the Provisions of the "
            "Convention relating to the Conservation and Management of Straddling Fish Stocks "
            "and Highly Migratory Fish Stocks,1\n\n__________\n1 United Nations, Treaty Series, "
            "vol. 2167, No. 37924."
        ),
        [("UNTS/2167/37924", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Noting the report of the Economic Commission for Europe (ECE/EX/2023/5) and the "
            "resolution of the Economic Commission for Latin America and the Caribbean "
            "(LC/SES.39/14),"
        ),
        [("ECE/EX/2023/5", None), ("LC/SES.39/14", None)],
    ),
    (
        "en",
        ECOSOC["en"] + ("Taking note of decision 66/1 of the Commission on Narcotic Drugs of 17 March 2023,"),
        [("E/CN.7/DEC/66/1", "2023-03-17")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Having considered the report of the Economic and Social Council,1\n\n__________\n1 "
            "Official Records of the Economic and Social Council, 2022, Supplement No. 8 "
            "(E/2022/28), chap. IV, sect. B."
        ),
        [("E/2022/28", None)],
    ),
    (
        "en",
        GA["en"]
        + ("Recalling that on 23 December 2022 it adopted resolution 77/263 on the programme budget,"),
        [("A/RES/77/263", "2022-12-23")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Taking note of the reports of the Secretary-General,1\n\n__________\n1 See "
            "A/77/7/Add.3, paras. 5-8, and A/77/589."
        ),
        [("A/77/7/Add.3", None), ("A/77/589", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolution 396 (V) of 14 December 1950 on recognition by the "
            "United Nations of the representation of a Member State,"
        ),
        [("A/RES/396(V)", "1950-12-14")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Welcoming the new Agreement under the United Nations Convention on the "
            "Law of the Sea on the marine life of the high seas (A/CONF.232/2023/4),"
        ),
        [("A/CONF.232/2023/4", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant ses résolutions 77/133 à 77/135 du 12 décembre 2022 relatives à des "
            "territoires particuliers,"
        ),
        [("A/RES/77/133", "2022-12-12"), ("A/RES/77/134", "2022-12-12"), ("A/RES/77/135", "2022-12-12")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant l’Accord aux fins de l’application des dispositions de la Convention "
            "relatives à la conservation et à la gestion des stocks de poissons dont les "
            "déplacements s’effectuent tant à l’intérieur qu’au-delà de zones économiques "
            "exclusives et des stocks de poissons grands migrateurs1,\n\n__________\n1 Nations "
            "Unies, Recueil des Traites, vol. 2167, no 37924."
        ),
        [("UNTS/2167/37924", None)],
    ),
    (
        "fr",
        ECOSOC["fr"]
        + ("Prenant note de la décision 66/1 de la Commission des stupéfiants, en date du 17 mars 2023,"),
        [("E/CN.7/DEC/66/1", "2023-03-17")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Ayant examiné le rapport du Conseil économique et social1,\n\n__________\n1 "
            "Documents officiels du Conseil économique et social, 2022, Supplément n° 8 "
            "(E/2022/28), chap. IV, sect. B."
        ),
        [("E/2022/28", None)],
    ),
    (
        "fr",
        GA["fr"]
        + ("Rappelant que, le 23 décembre 2022, elle a adopté la résolution 77/263 sur le budget-programme,"),
        [("A/RES/77/263", "2022-12-23")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Prenant note des rapports du Secrétaire général1,\n\n__________\n1 Voir "
            "A/77/7/Add.3, par. 5 à 8, et A/77/589."
        ),
        [("A/77/7/Add.3", None), ("A/77/589", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant sa décision 76/552 du 1er juillet 2022 et sa résolution 76/300, en "
            "date du 28 juillet 2022,"
        ),
        [("A/DEC/76/552", "2022-07-01"), ("A/RES/76/300", "2022-07-28")],
    ),
    (
        "fr",
        GA["fr"] + "5. Fait siennes les recommandations du Comité consultatif (A/78/7/Add.3)\xa0;",
        [("A/78/7/Add.3", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant sa résolution 396 (V) du 14 décembre 1950 sur la reconnaissance par "
            "l’Organisation des Nations Unies de la représentation d’un État Membre,"
        ),
        [("A/RES/396(V)", "1950-12-14")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Prenant acte du rapport de la Commission économique pour l’Europe "
            "(ECE/EX/2023/5) et de la résolution de la Commission économique pour l’Amérique "
            "latine et les Caraïbes (LC/SES.39/14),"
        ),
        [("ECE/EX/2023/5", None), ("LC/SES.39/14", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando sus resoluciones 77/133 a 77/135, de 12 de diciembre de 2022, "
            "relativas a territorios concretos,"
        ),
        [("A/RES/77/133", "2022-12-12"), ("A/RES/77/134", "2022-12-12"), ("A/RES/77/135", "2022-12-12")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando el Acuerdo sobre la Aplicación de las Disposiciones de la Convención "
            "relativas a la Conservación y Ordenación de las Poblaciones de Peces "
            "Transzonales y las Poblaciones de Peces Altamente Migratorios1,\n\n__________\n1 "
            "Naciones Unidas, Treaty Series, vol. 2167, núm. 37924."
        ),
        [("UNTS/2167/37924", None)],
    ),
    (
        "es",
        ECOSOC["es"]
        + ("Tomando nota de la decisión 66/1 de la Comisión de Estupefacientes, de 17 de marzo de 2023,"),
        [("E/CN.7/DEC/66/1", "2023-03-17")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Habiendo examinado el informe del Consejo Económico y Social1,\n\n__________\n1 "
            "Documentos Oficiales del Consejo Económico y Social, 2022, suplemento núm. 8 "
            "(E/2022/28), cap. IV, secc. B."
        ),
        [("E/2022/28", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando que el 23 de diciembre de 2022 aprobó la resolución 77/263, relativa "
            "al presupuesto por programas,"
        ),
        [("A/RES/77/263", "2022-12-23")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Tomando nota de los informes del Secretario General1,\n\n__________\n1 Véanse "
            "A/77/7/Add.3, párrs. 5 a 8, y A/77/589."
        ),
        [("A/77/7/Add.3", None), ("A/77/589", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando su decisión 76/552, de 1 de julio de 2022, y su resolución 76/300, de "
            "28 de julio de 2022,"
        ),
        [("A/DEC/76/552", "2022-07-01"), ("A/RES/76/300", "2022-07-28")],
    ),
    (
        "es",
        "El Consejo Economico y Social,\n\nRecordando su resolucion 2022/13, de 8 de junio "
        "de 2022, y la decision 2023/202 del Consejo Economico y Social,",
        [("E/RES/2022/13", "2022-06-08"), ("E/DEC/2023/202", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando su resolución 396 (V), de 14 de diciembre de 1950, relativa al "
            "reconocimiento por las Naciones Unidas de la representación de un Estado "
            "Miembro,"
        ),
        [("A/RES/396(V)", "1950-12-14")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Tomando conocimiento del informe de la Comisión Económica para Europa "
            "(ECE/EX/2023/5) y de la resolución de la Comisión Económica para América Latina "
            "y el Caribe (LC/SES.39/14),"
        ),
        [("ECE/EX/2023/5", None), ("LC/SES.39/14", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolution 1514 (XV) of 14 December 1960, containing the "
            "Declaration on the Granting of Independence to Colonial Countries and Peoples, "
            "and all other resolutions and decisions of the United Nations relating to "
            "Non-Self-Governing Territories, in particular its resolutions 77/143 and 77/144 "
            "of 12 December 2022,"
        ),
        [("A/RES/1514(XV)", "1960-12-14"), ("A/RES/77/143", "2022-12-12"), ("A/RES/77/144", "2022-12-12")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling section VI of its resolution 61/244 of 22 December 2006, section II, "
            "paragraph 4, of its resolution 63/250 of 24 December 2008 and paragraph 24 of "
            "its resolution 65/247 of 24 December 2010,"
        ),
        [("A/RES/61/244", "2006-12-22"), ("A/RES/63/250", "2008-12-24"), ("A/RES/65/247", "2010-12-24")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Taking note of the report of the Joint Inspection Unit (JIU/REP/2022/4) and the "
            "note by the Secretary-General transmitting the comments of the United Nations "
            "System Chief Executives Board for Coordination thereon (A/77/812/Add.1),"
        ),
        [("JIU/REP/2022/4", None), ("A/77/812/Add.1", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolution 78/252 of 22 December 2023, in particular section XIV, "
            "and its decision 78/548 of 26 March 2024,"
        ),
        [("A/RES/78/252", "2023-12-22"), ("A/DEC/78/548", "2024-03-26")],
    ),
    (
        "en",
        "The Commission on the Status of Women,\n\nRecalling its resolution 60/2 of 24 "
        "March 2016 and Economic and Social Council resolution 2022/4 of 8 June 2022,",
        [("E/CN.6/RES/60/2", "2016-03-24"), ("E/RES/2022/4", "2022-06-08")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling the Convention on the Prohibition of the Development, Production and "
            "Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their "
            "Destruction,1\n\n__________\n1 United Nations, Treaty Series, vol. 1015, No. 14860."
        ),
        [("UNTS/1015/14860", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Noting the final report of the Ninth Review Conference (BWC/CONF.IX/9) and the "
            "report of the Group of Governmental Experts (A/76/135),"
        ),
        [("BWC/CONF.IX/9", None), ("A/76/135", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant sa résolution 1514 (XV) du 14 décembre 1960, qui contient la "
            "Déclaration sur l’octroi de l’indépendance aux pays et aux peuples coloniaux, et "
            "toutes les autres résolutions et décisions de l’Organisation relatives aux "
            "territoires non autonomes, en particulier ses résolutions 77/143 et 77/144 du 12 "
            "décembre 2022,"
        ),
        [("A/RES/1514(XV)", "1960-12-14"), ("A/RES/77/143", "2022-12-12"), ("A/RES/77/144", "2022-12-12")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant la section VI de sa résolution 61/244 du 22 décembre 2006, le "
            "paragraphe 4 de la section II de sa résolution 63/250 du 24 décembre 2008 et le "
            "paragraphe 24 de sa résolution 65/247 du 24 décembre 2010,"
        ),
        [("A/RES/61/244", "2006-12-22"), ("A/RES/63/250", "2008-12-24"), ("A/RES/65/247", "2010-12-24")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Prenant note du rapport du Corps commun d’inspection (JIU/REP/2022/4) et de la "
            "note du Secrétaire général transmettant les observations du Conseil des chefs de "
            "secrétariat des organismes des Nations Unies pour la coordination "
            "(A/77/812/Add.1),"
        ),
        [("JIU/REP/2022/4", None), ("A/77/812/Add.1", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant sa résolution 78/252 du 22 décembre 2023, en particulier la section "
            "XIV, et sa décision 78/548 du 26 mars 2024,"
        ),
        [("A/RES/78/252", "2023-12-22"), ("A/DEC/78/548", "2024-03-26")],
    ),
    (
        "fr",
        "La Commission de la condition de la femme,\n\nRappelant sa résolution 60/2 du 24 "
        "mars 2016 et la résolution 2022/4 du Conseil économique et social, en date du 8 "
        "juin 2022,",
        [("E/CN.6/RES/60/2", "2016-03-24"), ("E/RES/2022/4", "2022-06-08")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Prenant note du rapport final de la neuvième Conférence d’examen (BWC/CONF.IX/9) "
            "et du rapport du Groupe d’experts gouvernementaux (A/76/135),"
        ),
        [("BWC/CONF.IX/9", None), ("A/76/135", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant ses résolutions 3 (I) du 13 fevrier 1946, 1514 (XV) du 14 decembre "
            "1960 et 77/133 du 12 decembre 2022,"
        ),
        [("A/RES/3(I)", "1946-02-13"), ("A/RES/1514(XV)", "1960-12-14"), ("A/RES/77/133", "2022-12-12")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando su resolución 1514 (XV), de 14 de diciembre de 1960, que contiene la "
            "Declaración sobre la Concesión de la Independencia a los Países y Pueblos "
            "Coloniales, y todas las demás resoluciones y decisiones de las Naciones Unidas "
            "relativas a los Territorios No Autónomos, en particular sus resoluciones 77/143 "
            "y 77/144, de 12 de diciembre de 2022,"
        ),
        [("A/RES/1514(XV)", "1960-12-14"), ("A/RES/77/143", "2022-12-12"), ("A/RES/77/144", "2022-12-12")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando la sección VI de su resolución 61/244, de 22 de diciembre de 2006, el "
            "párrafo 4 de la sección II de su resolución 63/250, de 24 de diciembre de 2008, "
            "y el párrafo 24 de su resolución 65/247, de 24 de diciembre de 2010,"
        ),
        [("A/RES/61/244", "2006-12-22"), ("A/RES/63/250", "2008-12-24"), ("A/RES/65/247", "2010-12-24")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Tomando nota del informe de la Dependencia Común de Inspección (JIU/REP/2022/4) "
            "y de la nota del Secretario General por la que se transmiten las observaciones "
            "de la Junta de los Jefes Ejecutivos del Sistema de las Naciones Unidas para la "
            "Coordinación (A/77/812/Add.1),"
        ),
        [("JIU/REP/2022/4", None), ("A/77/812/Add.1", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando su resolución 78/252, de 22 de diciembre de 2023, en particular la "
            "sección XIV, y su decisión 78/548, de 26 de marzo de 2024,"
        ),
        [("A/RES/78/252", "2023-12-22"), ("A/DEC/78/548", "2024-03-26")],
    ),
    (
        "es",
        "La Comisión de la Condición Jurídica y Social de la Mujer,\n\nRecordando su "
        "resolución 60/2, de 24 de marzo de 2016, y la resolución 2022/4 del Consejo "
        "Económico y Social, de 8 de junio de 2022,",
        [("E/CN.6/RES/60/2", "2016-03-24"), ("E/RES/2022/4", "2022-06-08")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Tomando nota del informe final de la Novena Conferencia de Examen "
            "(BWC/CONF.IX/9) y del informe del Grupo de Expertos Gubernamentales (A/76/135),"
        ),
        [("BWC/CONF.IX/9", None), ("A/76/135", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando que, el 12 de diciembre de 2022, aprobó sin votación las resoluciones "
            "77/133 y 77/134,"
        ),
        [("A/RES/77/133", "2022-12-12"), ("A/RES/77/134", "2022-12-12")],
    ),
]


def _order(record: tuple[str, str | None]) -> tuple[str, str]:
    return record[0], record[1] or ""


@pytest.mark.parametrize(("lang", "text", "want"), by_language(_ROWS))
def test_targets_and_dates(lang: str, text: str, want: Records) -> None:
    assert_dated_targets(text, lang, want)


#: (language, passage, the pinpoint of each record by its target)
_PINPOINTS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        GA["en"]
        + "Recalling section II of its resolution 71/266 A and resolutions 72/307, section IV, and 73/263,",
        {"A/RES/71/266A": "section II", "A/RES/72/307": "section IV", "A/RES/73/263": None},
    ),
    (
        "fr",
        GA["fr"] + "Rappelant la section III de sa résolution 71/266 A et ses résolutions 72/307, "
        "section IV, et 73/263,",
        {"A/RES/71/266A": "section III", "A/RES/72/307": "section IV", "A/RES/73/263": None},
    ),
    (
        "es",
        GA["es"] + "Recordando la sección II de su resolución 71/266 A y sus resoluciones 72/307, "
        "sección IV, y 73/263,",
        {"A/RES/71/266A": "sección II", "A/RES/72/307": "sección IV", "A/RES/73/263": None},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), by_language(_PINPOINTS))
def test_pinpoints(lang: str, text: str, want: dict[str, str | None]) -> None:
    assert resolved_pinpoints(text, lang) == want


_KEPT = [r for r in _ROWS if any(not target for target, _ in r[2])]


@pytest.mark.parametrize(("lang", "text", "want"), by_language(_KEPT))
def test_unresolved_kept_with_reason(lang: str, text: str, want: Records) -> None:
    assert_unresolved_kept(text, lang, want)
