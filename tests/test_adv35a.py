"""Adversarial rows for the texts the hidden passage sets hold in English, French and Spanish
(issue 7): the human rights system (the Human Rights Council's resolutions and decisions, "as
extended by", "and all its subsequent resolutions on the subject", treaty bodies' general comments
and concluding observations, the universal periodic review's documents, special procedures'
reports), humanitarian and development texts (46/182 and its annex, the quadrennial review, the
Economic and Social Council's resolutions and decisions, Executive Boards' decisions, which have
no id of their own), international law (the International Law Commission's documents, requests
for advisory opinions, the Vienna Convention on the Law of Treaties by its Treaty Series volume),
outer space (A/AC.105 documents, the outer space treaties by volume), indigenous peoples and the
declarations adopted by a resolution, the Statistical Commission's decisions (no id scheme). Two
date forms: the date of an adoption written before its text's noun with the word that links them
("adopted on 13 September 2007 by resolution 61/295", "adopté par l'Assemblée générale le …
dans la résolution …"), and the date set off after a number's topic at the clause's end, which a
list of topics shares ("resolutions 5/1 on … and 5/2 on …, of 18 June 2007").
The passages are invented for these tests."""

from __future__ import annotations

import pytest

from passages import (
    ECOSOC,
    GA,
    HRC,
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
        HRC["en"]
        + (
            "Recalling its resolutions 48/3 of 7 October 2021 and 51/19 of 6 October 2022, and all "
            "its subsequent resolutions on the subject,"
        ),
        [("A/HRC/RES/48/3", "2021-10-07"), ("A/HRC/RES/51/19", "2022-10-06")],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Reaffirming Human Rights Council resolution 5/1 on institution-building of the "
            "Council and resolution 5/2 on the code of conduct for special procedure mandate "
            "holders, both of 18 June 2007,"
        ),
        [("A/HRC/RES/5/1", "2007-06-18"), ("A/HRC/RES/5/2", "2007-06-18")],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Recalling Commission on Human Rights resolution 2003/62 of 24 April 2003 and Council "
            "resolution 44/12 of 16 July 2020,"
        ),
        [("E/CN.4/RES/2003/62", "2003-04-24"), ("A/HRC/RES/44/12", "2020-07-16")],
    ),
    (
        "en",
        HRC["en"]
        + (
            "1. Decides to extend the mandate of the Special Rapporteur, established by the "
            "Council in its resolution 7/22 and as extended by resolution 52/17, for a further "
            "period of three years;"
        ),
        [("A/HRC/RES/7/22", None), ("A/HRC/RES/52/17", None)],
    ),
    (
        "en",
        HRC["en"]
        + ("Recalling its decision 52/115 of 4 April 2023 and its resolution S-33/1 of 12 May 2022,"),
        [("A/HRC/DEC/52/115", "2023-04-04"), ("A/HRC/RES/S-33/1", "2022-05-12")],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Taking note of general comment No. 37 (2020) of the Human Rights Committee on the "
            "right of peaceful assembly (CCPR/C/GC/37),"
        ),
        [("CCPR/C/GC/37", None)],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Welcoming the concluding observations of the Committee on the Elimination of Racial "
            "Discrimination (CERD/C/GBR/CO/24-25) and of the Committee against Torture "
            "(CAT/C/ARG/CO/5-6),"
        ),
        [("CERD/C/GBR/CO/24-25", None), ("CAT/C/ARG/CO/5-6", None)],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Having considered the report of the Working Group on the Universal Periodic Review "
            "(A/HRC/54/12) and the national report submitted by the State under review "
            "(A/HRC/WG.6/43/PER/1),"
        ),
        [("A/HRC/54/12", None), ("A/HRC/WG.6/43/PER/1", None)],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Taking note with appreciation of the report of the Special Rapporteur on the "
            "situation of human rights defenders,1\n\n1 A/HRC/55/50."
        ),
        [("A/HRC/55/50", None)],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Recalling General Assembly resolutions 60/251 of 15 March 2006 and 65/281 of 17 June "
            "2011, and Human Rights Council resolutions 5/1 and 16/21 of 25 March 2011,"
        ),
        [
            ("A/RES/60/251", "2006-03-15"),
            ("A/RES/65/281", "2011-06-17"),
            ("A/HRC/RES/5/1", None),
            ("A/HRC/RES/16/21", "2011-03-25"),
        ],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Welcoming the adoption by the General Assembly of its resolution 78/178 of 19 "
            "December 2023 on the question of enforced disappearances,"
        ),
        [("A/RES/78/178", "2023-12-19")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolution 46/182 of 19 December 1991, including the guiding principles "
            "contained in the annex thereto,"
        ),
        [("A/RES/46/182", "1991-12-19")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Reaffirming its resolution 75/233 of 21 December 2020 on the four-yearly "
            "review of the system's operational activities for development,"
        ),
        [("A/RES/75/233", "2020-12-21")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Taking note of Economic and Social Council resolution 2023/31 of 25 July 2023 on "
            "strengthening of the coordination of emergency humanitarian assistance,"
        ),
        [("E/RES/2023/31", "2023-07-25")],
    ),
    (
        "en",
        ECOSOC["en"]
        + ("Recalling its resolution 2022/25 of 22 July 2022 and its decision 2023/205 of 8 February 2023,"),
        [("E/RES/2022/25", "2022-07-22"), ("E/DEC/2023/205", "2023-02-08")],
    ),
    (
        "en",
        ECOSOC["en"]
        + (
            "Taking note of decision 2022/12 of the Executive Board of UNDP/UNFPA/UNOPS and of the "
            "annual report of the Administrator (DP/2023/9),"
        ),
        [("", None), ("DP/2023/9", None)],
    ),
    (
        "en",
        ECOSOC["en"]
        + (
            "Taking note also of the report of the Executive Director of UNICEF (E/ICEF/2023/7) "
            "and decision 2023/5 of the UNICEF Executive Board,"
        ),
        [("E/ICEF/2023/7", None), ("", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Having considered the report of the International Law Commission on the work of its "
            "seventy-fourth session,1\n\n1 Official Records of the General Assembly, "
            "Seventy-eighth Session, Supplement No. 10 (A/78/10)."
        ),
        [("A/78/10", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Taking note of the draft articles prepared by the Commission (A/CN.4/L.981) and the "
            "memorandum by the Secretariat (A/CN.4/765),"
        ),
        [("A/CN.4/L.981", None), ("A/CN.4/765", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Decides, in accordance with Article 96 of the Charter of the United Nations, to "
            "request the International Court of Justice, pursuant to Article 65 of the Statute of "
            "the Court, to render an advisory opinion,"
        ),
        [],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolution 77/276 of 29 March 2023, by which it requested an advisory "
            "opinion of the International Court of Justice,"
        ),
        [("A/RES/77/276", "2023-03-29")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling the Vienna Convention on the Law of Treaties,2\n\n2 United Nations, Treaty "
            "Series, vol. 1155, No. 18232."
        ),
        [("UNTS/1155/18232", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling the Convention on Registration of Objects Launched into Outer Space3 and "
            "the Agreement on the Rescue of Astronauts, the Return of Astronauts and the Return of "
            "Objects Launched into Outer Space,4\n\n3 United Nations, Treaty Series, vol. 1023, "
            "No. 15020.\n4 Ibid., vol. 672, No. 9574."
        ),
        [("UNTS/1023/15020", None), ("UNTS/672/9574", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Having considered the report of the Committee on the Peaceful Uses of Outer Space on "
            "its sixty-sixth session (A/78/20) and the report of its Scientific and Technical "
            "Subcommittee (A/AC.105/1279),"
        ),
        [("A/78/20", None), ("A/AC.105/1279", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolutions 62/217 of 22 December 2007 and 76/3 of 25 October 2021, and "
            "endorsing the Space2030 Agenda,"
        ),
        [("A/RES/62/217", "2007-12-22"), ("A/RES/76/3", "2021-10-25")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling the Declaration on the Granting of Independence to Colonial Countries and "
            "Peoples, contained in its resolution 1514 (XV) of 14 December 1960,"
        ),
        [("A/RES/1514(XV)", "1960-12-14")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Reaffirming the United Nations Declaration on the Rights of Indigenous Peoples, "
            "adopted by the General Assembly in its resolution 61/295 of 13 September 2007,"
        ),
        [("A/RES/61/295", "2007-09-13")],
    ),
    (
        "en",
        ECOSOC["en"]
        + (
            "Taking note of decision 54/101 of the Statistical Commission and of the report of the "
            "Commission on its fifty-fourth session (E/2023/24),"
        ),
        [("", None), ("E/2023/24", None)],
    ),
    (
        "en",
        ECOSOC["en"]
        + (
            "Endorses the global indicator framework adopted by the Statistical Commission at its "
            "forty-eighth session, contained in General Assembly resolution 71/313 of 6 July 2017,"
        ),
        [("A/RES/71/313", "2017-07-06")],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Recalling the outcome document of the universal periodic review of Colombia "
            "(A/HRC/39/6) and Council decision 39/103 of 20 September 2018,"
        ),
        [("A/HRC/39/6", None), ("A/HRC/DEC/39/103", "2018-09-20")],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Noting the report of the Office of the United Nations High Commissioner for Human "
            "Rights (A/HRC/56/24 and Corr.1),"
        ),
        [("A/HRC/56/24", None), ("A/HRC/56/24/Corr.1", None)],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Recalling Council resolutions 22/6 of 21 March 2013, 31/32 of 24 March 2016 and 40/11 "
            "of 21 March 2019 on human rights defenders,"
        ),
        [
            ("A/HRC/RES/22/6", "2013-03-21"),
            ("A/HRC/RES/31/32", "2016-03-24"),
            ("A/HRC/RES/40/11", "2019-03-21"),
        ],
    ),
    (
        "en",
        GA["en"]
        + (
            "Reaffirming General Assembly resolution 46/182 and its annex, and recalling Economic "
            "and Social Council resolution 2021/16 of 22 June 2021,"
        ),
        [("A/RES/46/182", None), ("E/RES/2021/16", "2021-06-22")],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Recalling the Committee on Economic, Social and Cultural Rights general comment No. "
            "26 (2022) on land (E/C.12/GC/26),"
        ),
        [("E/C.12/GC/26", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Taking note of the report of the Sixth Committee (A/78/471) and of the report of the "
            "Special Committee on the Charter of the United Nations (A/78/33),"
        ),
        [("A/78/471", None), ("A/78/33", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolutions 2625 (XXV) of 24 October 1970, 3314 (XXIX) of 14 December "
            "1974 and 42/22 of 18 November 1987,"
        ),
        [
            ("A/RES/2625(XXV)", "1970-10-24"),
            ("A/RES/3314(XXIX)", "1974-12-14"),
            ("A/RES/42/22", "1987-11-18"),
        ],
    ),
    (
        "en",
        HRC["en"]
        + ("Recalling further its resolution 53/7 of 12\xa0July 2023 and the Council’s decision 53/115,"),
        [("A/HRC/RES/53/7", "2023-07-12"), ("A/HRC/DEC/53/115", None)],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Decides to extend, for a period of one year, the mandate of the Independent Expert on "
            "the situation of human rights in Mali, as set out in Council resolution 52/36, as "
            "extended by resolution 55/28;"
        ),
        [("A/HRC/RES/52/36", None), ("A/HRC/RES/55/28", None)],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Recalling the reports of the Special Rapporteur on the rights of indigenous peoples "
            "(A/HRC/54/31) and of the Expert Mechanism on the Rights of Indigenous Peoples "
            "(A/HRC/EMRIP/2023/2),"
        ),
        [("A/HRC/54/31", None), ("A/HRC/EMRIP/2023/2", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling the World Conference on Indigenous Peoples and its outcome document, "
            "adopted by the General Assembly on 22 September 2014 in resolution 69/2,"
        ),
        [("A/RES/69/2", "2014-09-22")],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Recalling Council resolutions 5/1 on institution-building of the United Nations Human "
            "Rights Council and 5/2 on the code of conduct for special procedures mandate holders "
            "of the Human Rights Council, of 18 June 2007,"
        ),
        [("A/HRC/RES/5/1", "2007-06-18"), ("A/HRC/RES/5/2", "2007-06-18")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Reaffirming the United Nations Declaration on the Rights of Indigenous Peoples, "
            "adopted on 13 September 2007 by resolution 61/295,"
        ),
        [("A/RES/61/295", "2007-09-13")],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Recalling paragraph 5 (e) of General Assembly resolution 60/251 and the annex to "
            "Council resolution 16/21,"
        ),
        [("A/RES/60/251", None), ("A/HRC/RES/16/21", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling Human Rights Council resolutions A/HRC/RES/53/7 and A/HRC/RES/54/11 and "
            "decision A/HRC/DEC/52/115,"
        ),
        [("A/HRC/RES/53/7", None), ("A/HRC/RES/54/11", None), ("A/HRC/DEC/52/115", None)],
    ),
    (
        "en",
        HRC["en"] + "Recalling its resolution 1/1 of 29 June 2006 and its decision 1/102 of 30 June 2006,",
        [("A/HRC/RES/1/1", "2006-06-29"), ("A/HRC/DEC/1/102", "2006-06-30")],
    ),
    (
        "en",
        ECOSOC["en"]
        + (
            "Recalling its resolutions 1296 (XLIV) of 23 May 1968 and 1996/31 of 25 July 1996 on "
            "consultative relations,"
        ),
        [("E/RES/1296(XLIV)", "1968-05-23"), ("E/RES/1996/31", "1996-07-25")],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Taking note of general recommendation No. 39 (2022) of the Committee on the "
            "Elimination of Discrimination against Women (CEDAW/C/GC/39) and general comment No. "
            "26 (2023) of the Committee on the Rights of the Child (CRC/C/GC/26),"
        ),
        [("CEDAW/C/GC/39", None), ("CRC/C/GC/26", None)],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Recalling the national report (A/HRC/WG.6/44/NGA/1), the compilation of information "
            "(A/HRC/WG.6/44/NGA/2) and the summary of stakeholders' submissions "
            "(A/HRC/WG.6/44/NGA/3), and the addendum to the report of the Working Group "
            "(A/HRC/55/9/Add.1),"
        ),
        [
            ("A/HRC/WG.6/44/NGA/1", None),
            ("A/HRC/WG.6/44/NGA/2", None),
            ("A/HRC/WG.6/44/NGA/3", None),
            ("A/HRC/55/9/Add.1", None),
        ],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling the Yearbook of the International Law Commission, 2001, vol. II (Part Two), "
            "and the commentaries contained in A/CN.4/SER.A/2001/Add.1 (Part 2),"
        ),
        [("A/CN.4/SER.A/2001/Add.1(Part2)", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling the Declaration of Legal Principles Governing the Activities of States in "
            "the Exploration and Use of Outer Space, contained in its resolution 1962 (XVIII) of "
            "13 December 1963, and the Outer Space Treaty, annexed to its resolution 2222 (XXI),"
        ),
        [("A/RES/1962(XVIII)", "1963-12-13"), ("A/RES/2222(XXI)", None), ("UNTS/610/8843", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Taking note of the conference room paper (A/AC.105/C.1/2023/CRP.12) and of the draft "
            "report of the Legal Subcommittee (A/AC.105/C.2/L.325),"
        ),
        [("A/AC.105/C.1/2023/CRP.12", None), ("A/AC.105/C.2/L.325", None)],
    ),
    (
        "en",
        ECOSOC["en"]
        + (
            "Taking note of the report of the Secretary-General on the programme of work "
            "(E/CN.3/2023/2) and of decision 51/102 of the Statistical Commission, adopted at its "
            "fifty-first session,"
        ),
        [("E/CN.3/2023/2", None), ("", None)],
    ),
    (
        "en",
        ECOSOC["en"]
        + (
            "Takes note of the country programme documents (DP/DCP/BGD/4, DP/FPA/CPD/BGD/10) and "
            "of the annual report of the Executive Director of UNOPS (DP/OPS/2023/3);"
        ),
        [("DP/DCP/BGD/4", None), ("DP/FPA/CPD/BGD/10", None), ("DP/OPS/2023/3", None)],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Recalling its resolution 45/29 of 7 October 2020, adopted without a vote, and "
            "resolution 50/3, adopted on 6 July 2022,"
        ),
        [("A/HRC/RES/45/29", "2020-10-07"), ("A/HRC/RES/50/3", "2022-07-06")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolution 46/182 of 19 December 1991 and all its subsequent "
            "resolutions on the strengthening of the coordination of emergency humanitarian "
            "assistance of the United Nations, including resolution 78/119 of 8 December 2023,"
        ),
        [("A/RES/46/182", "1991-12-19"), ("A/RES/78/119", "2023-12-08")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling that, on 14 December 1960, it adopted resolution 1514 (XV), and that, on 15 "
            "December 1960, it adopted resolution 1541 (XV),"
        ),
        [("A/RES/1514(XV)", "1960-12-14"), ("A/RES/1541(XV)", "1960-12-15")],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Recalling its resolution 53/7 and General Assembly resolutions 77/199 and 78/190, of "
            "15 December 2022 and 19 December 2023 respectively,"
        ),
        [("A/HRC/RES/53/7", None), ("A/RES/77/199", "2022-12-15"), ("A/RES/78/190", "2023-12-19")],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Recalling its resolution 51/21 on the question of the death penalty, of 7 October "
            "2022, and its resolution 54/35 on the same subject, adopted on 13 October 2023,"
        ),
        [("A/HRC/RES/51/21", "2022-10-07"), ("A/HRC/RES/54/35", "2023-10-13")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolutions 70/1 on the 2030 Agenda for Sustainable Development and "
            "69/313 on the Addis Ababa Action Agenda, of 25 September 2015 and 27 July 2015 "
            "respectively,"
        ),
        [("A/RES/70/1", "2015-09-25"), ("A/RES/69/313", "2015-07-27")],
    ),
    (
        "en",
        ECOSOC["en"]
        + (
            "Recalling the humanitarian affairs segment of its 2023 session and its resolution "
            "2023/31, adopted during that segment,"
        ),
        [("E/RES/2023/31", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Requests the International Court of Justice, pursuant to Article 65 of its Statute, "
            "to render an advisory opinion, taking into account Articles 55 and 56 of the Charter, "
            "General Assembly resolution 2625 (XXV) and Security Council resolution 2334 (2016),"
        ),
        [("A/RES/2625(XXV)", None), ("S/RES/2334(2016)", None)],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Welcoming the work of the Expert Mechanism on the Rights of Indigenous Peoples and "
            "recalling Council resolution 33/25 of 30 September 2016, by which the Council amended "
            "the mandate of the Expert Mechanism,"
        ),
        [("A/HRC/RES/33/25", "2016-09-30")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolution 2200 A (XXI) of 16 December 1966, by which it adopted the "
            "International Covenant on Civil and Political Rights, and its resolution 44/128 of 15 "
            "December 1989,"
        ),
        [("A/RES/2200A(XXI)", "1966-12-16"), ("A/RES/44/128", "1989-12-15"), ("UNTS/999/14668", None)],
    ),
    (
        "en",
        ECOSOC["en"]
        + (
            "Takes note of decision 2023/18 of the Executive Board of the United Nations "
            "Development Programme, the United Nations Population Fund and the United Nations "
            "Office for Project Services, and of document DP/FPA/2023/2;"
        ),
        [("", None), ("DP/FPA/2023/2", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Taking note of the report of the Statistical Commission on its fifty-fourth session1 "
            "and of its decision 54/101,\n\n1 Official Records of the Economic and Social Council, "
            "2023, Supplement No. 4 (E/2023/24)."
        ),
        [("E/2023/24", None), ("", None)],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Recalling the report of the High Commissioner (A/HRC/52/21) and General Assembly "
            "resolution 71/178 of 19 December 2016, entitled “Rights of indigenous peoples”,"
        ),
        [("A/HRC/52/21", None), ("A/RES/71/178", "2016-12-19")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolutions 1721 (XVI) of 20 December 1961 and 1962 (XVIII) of 13 "
            "December 1963, and the treaties on outer space,"
        ),
        [("A/RES/1721(XVI)", "1961-12-20"), ("A/RES/1962(XVIII)", "1963-12-13")],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Recalling its resolutions 6/36 of 14 December 2007 and 33/25 of 30 September 2016 and "
            "all its other resolutions on the rights of indigenous peoples, including resolution "
            "54/12 of 11 October 2023,"
        ),
        [
            ("A/HRC/RES/6/36", "2007-12-14"),
            ("A/HRC/RES/33/25", "2016-09-30"),
            ("A/HRC/RES/54/12", "2023-10-11"),
        ],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling paragraph 9 of its resolution 77/276 and articles 26 and 31 of the Vienna "
            "Convention on the Law of Treaties,"
        ),
        [("A/RES/77/276", None), ("UNTS/1155/18232", None)],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Recalling Human Rights Council resolution 48/13 of 8 October 2021 and General "
            "Assembly resolution 76/300 of 28 July 2022, by which the Assembly recognized the "
            "right to a clean, healthy and sustainable environment as a human right,"
        ),
        [("A/HRC/RES/48/13", "2021-10-08"), ("A/RES/76/300", "2022-07-28")],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Recalling Human Rights Council resolutions 5/1 and 5/2 and 16/21 and its decision "
            "52/115 of 4 April 2023,"
        ),
        [
            ("A/HRC/RES/5/1", None),
            ("A/HRC/RES/5/2", None),
            ("A/HRC/RES/16/21", None),
            ("A/HRC/DEC/52/115", "2023-04-04"),
        ],
    ),
    (
        "en",
        ECOSOC["en"]
        + (
            "Takes note of the report of the Statistical Commission on its fifty-fifth session "
            "(E/2024/24-E/CN.3/2024/37) and endorses decision 55/102 of the Commission;"
        ),
        [("E/2024/24", None), ("E/CN.3/2024/37", None), ("", None)],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Recalling its resolutions 45/9 on the right to development and 48/7 on the human "
            "rights of migrants, of 6 October 2020 and 8 October 2021 respectively,"
        ),
        [("A/HRC/RES/45/9", "2020-10-06"), ("A/HRC/RES/48/7", "2021-10-08")],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Recalling its decision 53/101 on the outcome of the review,1 and the report of the "
            "Council on its fifty-third session,2\n\n1 See A/HRC/53/2, chap. II.\n2 Official "
            "Records of the General Assembly, Seventy-eighth Session, Supplement No. 53 (A/78/53), "
            "chap. V, sect. A."
        ),
        [("A/HRC/DEC/53/101", None), ("A/HRC/53/2", None), ("A/78/53", None)],
    ),
    (
        "en",
        ECOSOC["en"]
        + (
            "Taking note of the report of the Commission on its fifty-fourth session,3\n\n3 "
            "Official Records of the Economic and Social Council, 2023, Supplement No. 4 "
            "(E/2023/24), chap. I, sect. B."
        ),
        [("E/2023/24", None)],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Guided by the Universal Declaration of Human Rights,1 the International Covenants on "
            "Human Rights2 and the Declaration on the Right to Development,3\n\n1 General Assembly "
            "resolution 217 A (III).\n2 General Assembly resolution 2200 A (XXI), annex.\n3 "
            "General Assembly resolution 41/128, annex."
        ),
        [("A/RES/217A(III)", None), ("A/RES/2200A(XXI)", None), ("A/RES/41/128", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling the Convention on International Liability for Damage Caused by Space "
            "Objects4 and the Agreement Governing the Activities of States on the Moon and Other "
            "Celestial Bodies,5\n\n4 United Nations, Treaty Series, vol. 961, No. 13810.\n5 Ibid., "
            "vol. 1363, No. 23002."
        ),
        [("UNTS/961/13810", None), ("UNTS/1363/23002", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Noting the Principles Relevant to the Use of Nuclear Power Sources in Outer Space, "
            "contained in resolution 47/68, annex, and the Space Debris Mitigation Guidelines of "
            "the Committee, endorsed in resolution 62/217,"
        ),
        [("A/RES/47/68", None), ("A/RES/62/217", None)],
    ),
    (
        "en",
        ECOSOC["en"]
        + (
            "Recalling General Assembly resolution 46/182 of 19 December 1991 and the annex "
            "thereto, and General Assembly resolution 79/141 of 6 December 2024,"
        ),
        [("A/RES/46/182", "1991-12-19"), ("A/RES/79/141", "2024-12-06")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Taking note of the report of the International Law Commission on the work of its "
            "seventy-fifth session (A/79/10), in particular chapters IV and V, and of the topical "
            "summary prepared by the Secretariat (A/CN.4/773),"
        ),
        [("A/79/10", None), ("A/CN.4/773", None)],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Recalling Council resolution 2/4 of 27 November 2006 and Commission on Human Rights "
            "resolutions 2005/69 and 2005/70 of 20 April 2005,"
        ),
        [
            ("A/HRC/RES/2/4", "2006-11-27"),
            ("E/CN.4/RES/2005/69", "2005-04-20"),
            ("E/CN.4/RES/2005/70", "2005-04-20"),
        ],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling the Platform for Action adopted on 15 September 1995 in Beijing, and its "
            "resolution 50/42,"
        ),
        [("A/RES/50/42", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolution 53/7 on the question, and the letter of 3 May 2023 from the "
            "Permanent Representative,"
        ),
        [("A/RES/53/7", None)],
    ),
    (
        "en",
        GA["en"]
        + (
            "Recalling its resolution 70/1 on the 2030 Agenda, the Declaration adopted on 8 "
            "September 2000 and reaffirmed in resolution 60/1,"
        ),
        [("A/RES/70/1", None), ("A/RES/60/1", None)],
    ),
    (
        "en",
        HRC["en"]
        + (
            "Recalling its resolution 53/7 on the situation of human rights in the country, of "
            "which it remains seized, and its resolution 54/1 on the same subject, of 5 October "
            "2023,"
        ),
        [("A/HRC/RES/53/7", None), ("A/HRC/RES/54/1", "2023-10-05")],
    ),
    (
        "en",
        ECOSOC["en"]
        + (
            "Recalling its resolutions 2024/14 on the coordination segment and 2024/15 on the "
            "operational activities segment, both of 23 July 2024,"
        ),
        [("E/RES/2024/14", "2024-07-23"), ("E/RES/2024/15", "2024-07-23")],
    ),
    (
        "en",
        GA["en"]
        + (
            "Taking note of Human Rights Council decisions 52/101 to 52/104 on the outcomes of the "
            "universal periodic review,"
        ),
        [
            ("A/HRC/DEC/52/101", None),
            ("A/HRC/DEC/52/102", None),
            ("A/HRC/DEC/52/103", None),
            ("A/HRC/DEC/52/104", None),
        ],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Rappelant ses résolutions 48/3 du 7 octobre 2021 et 51/19 du 6 octobre 2022, ainsi "
            "que toutes ses résolutions ultérieures sur la question,"
        ),
        [("A/HRC/RES/48/3", "2021-10-07"), ("A/HRC/RES/51/19", "2022-10-06")],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Réaffirmant les résolutions du Conseil des droits de l'homme 5/1, relative à la mise "
            "en place des institutions du Conseil, et 5/2, relative au code de conduite, en date "
            "du 18 juin 2007,"
        ),
        [("A/HRC/RES/5/1", "2007-06-18"), ("A/HRC/RES/5/2", "2007-06-18")],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Rappelant la résolution 2003/62 de la Commission des droits de l'homme, en date du 24 "
            "avril 2003, et la résolution 44/12 du Conseil, en date du 16 juillet 2020,"
        ),
        [("E/CN.4/RES/2003/62", "2003-04-24"), ("A/HRC/RES/44/12", "2020-07-16")],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "1. Décide de prolonger le mandat du Rapporteur spécial, établi par le Conseil dans sa "
            "résolution 7/22 et prorogé par la résolution 52/17, pour une nouvelle période de "
            "trois ans ;"
        ),
        [("A/HRC/RES/7/22", None), ("A/HRC/RES/52/17", None)],
    ),
    (
        "fr",
        HRC["fr"] + "Rappelant sa décision 52/115 du 4 avril 2023 et sa résolution S-33/1 du 12 mai 2022,",
        [("A/HRC/DEC/52/115", "2023-04-04"), ("A/HRC/RES/S-33/1", "2022-05-12")],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Prenant note de l'observation générale no 37 (2020) du Comité des droits de l'homme "
            "sur le droit de réunion pacifique (CCPR/C/GC/37),"
        ),
        [("CCPR/C/GC/37", None)],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Accueillant avec satisfaction les observations finales du Comité pour l'élimination "
            "de la discrimination raciale (CERD/C/FRA/CO/22-23) et du Comité contre la torture "
            "(CAT/C/BEL/CO/4),"
        ),
        [("CERD/C/FRA/CO/22-23", None), ("CAT/C/BEL/CO/4", None)],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Ayant examiné le rapport du Groupe de travail sur l'Examen périodique universel "
            "(A/HRC/54/12) et le rapport national présenté par l'État examiné "
            "(A/HRC/WG.6/43/PER/1),"
        ),
        [("A/HRC/54/12", None), ("A/HRC/WG.6/43/PER/1", None)],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Prenant note avec satisfaction du rapport de la Rapporteuse spéciale sur la situation "
            "des défenseurs des droits humains1,\n\n1 A/HRC/55/50."
        ),
        [("A/HRC/55/50", None)],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Rappelant les résolutions de l'Assemblée générale 60/251 du 15 mars 2006 et 65/281 du "
            "17 juin 2011, ainsi que les résolutions du Conseil des droits de l'homme 5/1 et 16/21 "
            "du 25 mars 2011,"
        ),
        [
            ("A/RES/60/251", "2006-03-15"),
            ("A/RES/65/281", "2011-06-17"),
            ("A/HRC/RES/5/1", None),
            ("A/HRC/RES/16/21", "2011-03-25"),
        ],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Se félicitant de l'adoption par l'Assemblée générale de sa résolution 78/178 du 19 "
            "décembre 2023 sur la question des disparitions forcées,"
        ),
        [("A/RES/78/178", "2023-12-19")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant sa résolution 46/182 du 19 décembre 1991, y compris les principes "
            "directeurs figurant dans son annexe,"
        ),
        [("A/RES/46/182", "1991-12-19")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Réaffirmant sa résolution 75/233 du 21 décembre 2020 relative à l'examen quadriennal "
            "complet des activités opérationnelles de développement du système des Nations Unies,"
        ),
        [("A/RES/75/233", "2020-12-21")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Prenant note de la résolution 2023/31 du Conseil économique et social, en date du 25 "
            "juillet 2023, sur le renforcement de la coordination de l'aide humanitaire d'urgence,"
        ),
        [("E/RES/2023/31", "2023-07-25")],
    ),
    (
        "fr",
        ECOSOC["fr"]
        + ("Rappelant sa résolution 2022/25 du 22 juillet 2022 et sa décision 2023/205 du 8 février 2023,"),
        [("E/RES/2022/25", "2022-07-22"), ("E/DEC/2023/205", "2023-02-08")],
    ),
    (
        "fr",
        ECOSOC["fr"]
        + (
            "Prenant note de la décision 2022/12 du Conseil d'administration du PNUD, du FNUAP et "
            "de l'UNOPS et du rapport annuel de l'Administrateur (DP/2023/9),"
        ),
        [("", None), ("DP/2023/9", None)],
    ),
    (
        "fr",
        ECOSOC["fr"]
        + (
            "Prenant note également du rapport de la Directrice générale de l'UNICEF "
            "(E/ICEF/2023/7) et de la décision 2023/5 du Conseil d'administration de l'UNICEF,"
        ),
        [("E/ICEF/2023/7", None), ("", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Ayant examiné le rapport de la Commission du droit international sur les travaux de "
            "sa soixante-quatorzième session1,\n\n1 Documents officiels de l'Assemblée générale, "
            "soixante-dix-huitième session, Supplément no 10 (A/78/10)."
        ),
        [("A/78/10", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Prenant note du projet d'articles établi par la Commission (A/CN.4/L.981) et du "
            "mémorandum du Secrétariat (A/CN.4/765),"
        ),
        [("A/CN.4/L.981", None), ("A/CN.4/765", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant sa résolution 77/276 du 29 mars 2023, par laquelle elle a demandé un avis "
            "consultatif à la Cour internationale de Justice,"
        ),
        [("A/RES/77/276", "2023-03-29")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant la Convention de Vienne sur le droit des traités2,\n\n2 Nations Unies, "
            "Recueil des Traités, vol. 1155, no 18232."
        ),
        [("UNTS/1155/18232", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant la Convention sur l'immatriculation des objets lancés dans l'espace "
            "extra-atmosphérique3 et l'Accord sur le sauvetage des astronautes4,\n\n3 Nations "
            "Unies, Recueil des Traités, vol. 1023, no 15020.\n4 Ibid., vol. 672, no 9574."
        ),
        [("UNTS/1023/15020", None), ("UNTS/672/9574", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Ayant examiné le rapport du Comité des utilisations pacifiques de l'espace "
            "extra-atmosphérique sur les travaux de sa soixante-sixième session (A/78/20) et le "
            "rapport de son Sous-Comité scientifique et technique (A/AC.105/1279),"
        ),
        [("A/78/20", None), ("A/AC.105/1279", None)],
    ),
    (
        "fr",
        GA["fr"] + "Rappelant ses résolutions 62/217 du 22 décembre 2007 et 76/3 du 25 octobre 2021,",
        [("A/RES/62/217", "2007-12-22"), ("A/RES/76/3", "2021-10-25")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant la Déclaration sur l'octroi de l'indépendance aux pays et aux peuples "
            "coloniaux, figurant dans sa résolution 1514 (XV) du 14 décembre 1960,"
        ),
        [("A/RES/1514(XV)", "1960-12-14")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Réaffirmant la Déclaration des Nations Unies sur les droits des peuples autochtones, "
            "adoptée par l'Assemblée générale dans sa résolution 61/295 du 13 septembre 2007,"
        ),
        [("A/RES/61/295", "2007-09-13")],
    ),
    (
        "fr",
        ECOSOC["fr"]
        + (
            "Prenant note de la décision 54/101 de la Commission de statistique et du rapport de "
            "la Commission sur les travaux de sa cinquante-quatrième session (E/2023/24),"
        ),
        [("", None), ("E/2023/24", None)],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Rappelant le document final de l'Examen périodique universel concernant la Colombie "
            "(A/HRC/39/6) et la décision 39/103 du Conseil, en date du 20 septembre 2018,"
        ),
        [("A/HRC/39/6", None), ("A/HRC/DEC/39/103", "2018-09-20")],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Rappelant les résolutions du Conseil 22/6 du 21 mars 2013, 31/32 du 24 mars 2016 et "
            "40/11 du 21 mars 2019 sur les défenseurs des droits humains,"
        ),
        [
            ("A/HRC/RES/22/6", "2013-03-21"),
            ("A/HRC/RES/31/32", "2016-03-24"),
            ("A/HRC/RES/40/11", "2019-03-21"),
        ],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Réaffirmant la résolution 46/182 de l'Assemblée générale et son annexe, et rappelant "
            "la résolution 2021/16 du Conseil économique et social en date du 22 juin 2021,"
        ),
        [("A/RES/46/182", None), ("E/RES/2021/16", "2021-06-22")],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Rappelant l'observation générale no 26 (2022) du Comité des droits économiques, "
            "sociaux et culturels sur la terre (E/C.12/GC/26),"
        ),
        [("E/C.12/GC/26", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Prenant note du rapport de la Sixième Commission (A/78/471) et du rapport du Comité "
            "spécial de la Charte des Nations Unies (A/78/33),"
        ),
        [("A/78/471", None), ("A/78/33", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant ses résolutions 2625 (XXV) du 24 octobre 1970, 3314 (XXIX) du 14 décembre "
            "1974 et 42/22 du 18 novembre 1987,"
        ),
        [
            ("A/RES/2625(XXV)", "1970-10-24"),
            ("A/RES/3314(XXIX)", "1974-12-14"),
            ("A/RES/42/22", "1987-11-18"),
        ],
    ),
    (
        "fr",
        HRC["fr"]
        + ("Rappelant en outre sa résolution 53/7 du 12\xa0juillet 2023 et la décision 53/115 du Conseil,"),
        [("A/HRC/RES/53/7", "2023-07-12"), ("A/HRC/DEC/53/115", None)],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Décide de proroger d’un an le mandat de l’Expert indépendant sur la situation des "
            "droits de l’homme au Mali, tel qu’énoncé dans la résolution 52/36 du Conseil et "
            "prorogé par la résolution 55/28 ;"
        ),
        [("A/HRC/RES/52/36", None), ("A/HRC/RES/55/28", None)],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Rappelant les rapports du Rapporteur spécial sur les droits des peuples autochtones "
            "(A/HRC/54/31) et du Mécanisme d'experts sur les droits des peuples autochtones "
            "(A/HRC/EMRIP/2023/2),"
        ),
        [("A/HRC/54/31", None), ("A/HRC/EMRIP/2023/2", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant la Conférence mondiale sur les peuples autochtones et son document final, "
            "adopté par l'Assemblée générale le 22 septembre 2014 dans la résolution 69/2,"
        ),
        [("A/RES/69/2", "2014-09-22")],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Rappelant la resolution 45/9 du Conseil des droits de l'homme, en date du 6 octobre "
            "2020, et la decision 47/114 du 13 juillet 2021,"
        ),
        [("A/HRC/RES/45/9", "2020-10-06"), ("A/HRC/DEC/47/114", "2021-07-13")],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Prie le Haut-Commissariat de lui présenter, à sa cinquante-septième session, un "
            "rapport sur l’application de la présente résolution, conformément à sa résolution "
            "50/9 du 7\xa0juillet 2022 ;"
        ),
        [("A/HRC/RES/50/9", "2022-07-07")],
    ),
    (
        "fr",
        ECOSOC["fr"]
        + (
            "Rappelant la résolution 46/182 de l’Assemblée générale, en date du 19 décembre 1991, "
            "et les résolutions du Conseil économique et social 2019/14 du 8 juillet 2019 et "
            "2020/10 du 23 juillet 2020,"
        ),
        [("A/RES/46/182", "1991-12-19"), ("E/RES/2019/14", "2019-07-08"), ("E/RES/2020/10", "2020-07-23")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant le Traité sur les principes régissant les activités des États en matière "
            "d'exploration et d'utilisation de l'espace extra-atmosphérique, y compris la Lune et "
            "les autres corps célestes5,\n\n5 Nations Unies, Recueil des Traités, vol. 610, no "
            "8843."
        ),
        [("UNTS/610/8843", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Considérant que l'Article 96 de la Charte des Nations Unies l'autorise à demander un "
            "avis consultatif et rappelant sa résolution 78/1 du 1er décembre 2023,"
        ),
        [("A/RES/78/1", "2023-12-01")],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Rappelant l'observation générale no 25 (2020) du Comité des droits économiques, "
            "sociaux et culturels (E/C.12/GC/25) et les observations finales concernant le Canada "
            "(E/C.12/CAN/CO/7),"
        ),
        [("E/C.12/GC/25", None), ("E/C.12/CAN/CO/7", None)],
    ),
    (
        "fr",
        HRC["fr"] + "Se félicitant du rapport de la Rapporteuse spéciale (A/HRC/53/37 et Add.1 et 2),",
        [("A/HRC/53/37", None), ("A/HRC/53/37/Add.1", None), ("A/HRC/53/37/Add.2", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Prenant note de la décision 2023/14 du Conseil d'administration d'ONU-Femmes et du "
            "rapport de la Directrice exécutive (UNW/2023/4),"
        ),
        [("", None), ("UNW/2023/4", None)],
    ),
    (
        "fr",
        ECOSOC["fr"]
        + (
            "Prend note du rapport de la Commission de statistique sur les travaux de sa "
            "cinquante-cinquième session (E/2024/24-E/CN.3/2024/37) et approuve la décision 55/102 "
            "de la Commission,"
        ),
        [("E/2024/24", None), ("E/CN.3/2024/37", None), ("", None)],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Rappelant ses résolutions 5/1, sur la mise en place des institutions du Conseil des "
            "droits de l'homme de l'Organisation des Nations Unies, et 5/2, sur le Code de "
            "conduite pour les titulaires de mandat au titre des procédures spéciales du Conseil, "
            "du 18 juin 2007,"
        ),
        [("A/HRC/RES/5/1", "2007-06-18"), ("A/HRC/RES/5/2", "2007-06-18")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Réaffirmant la Déclaration des Nations Unies sur les droits des peuples autochtones, "
            "adoptée le 13 septembre 2007 par la résolution 61/295,"
        ),
        [("A/RES/61/295", "2007-09-13")],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Rappelant l'alinéa e) du paragraphe 5 de la résolution 60/251 de l'Assemblée générale "
            "et l'annexe de la résolution 16/21 du Conseil,"
        ),
        [("A/RES/60/251", None), ("A/HRC/RES/16/21", None)],
    ),
    (
        "fr",
        HRC["fr"] + "Rappelant sa résolution 1/1 du 29 juin 2006 et sa décision 1/102 du 30 juin 2006,",
        [("A/HRC/RES/1/1", "2006-06-29"), ("A/HRC/DEC/1/102", "2006-06-30")],
    ),
    (
        "fr",
        ECOSOC["fr"] + "Rappelant ses résolutions 1296 (XLIV) du 23 mai 1968 et 1996/31 du 25 juillet 1996,",
        [("E/RES/1296(XLIV)", "1968-05-23"), ("E/RES/1996/31", "1996-07-25")],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Prenant note de la recommandation générale no 39 (2022) du Comité pour l'élimination "
            "de la discrimination à l'égard des femmes (CEDAW/C/GC/39) et de l'observation "
            "générale no 8 (2022) du Comité des droits des personnes handicapées (CRPD/C/GC/8),"
        ),
        [("CEDAW/C/GC/39", None), ("CRPD/C/GC/8", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant la Déclaration des principes juridiques régissant les activités des États "
            "en matière d'exploration et d'utilisation de l'espace extra-atmosphérique, qui figure "
            "dans sa résolution 1962 (XVIII) du 13 décembre 1963, et ses résolutions 41/65 du 3 "
            "décembre 1986 et 47/68 du 14 décembre 1992,"
        ),
        [("A/RES/1962(XVIII)", "1963-12-13"), ("A/RES/41/65", "1986-12-03"), ("A/RES/47/68", "1992-12-14")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant les articles 31 et 32 de la Convention de Vienne sur le droit des traités, "
            "en date du 23 mai 1969, et sa résolution 2166 (XXI) du 5 décembre 1966,"
        ),
        # (the Convention's own date after its title: real47d)
        [("A/RES/2166(XXI)", "1966-12-05"), ("UNTS/1155/18232", "1969-05-23")],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Rappelant sa résolution 45/29 du 7 octobre 2020, adoptée sans vote, et la résolution "
            "50/3, adoptée le 6 juillet 2022,"
        ),
        [("A/HRC/RES/45/29", "2020-10-07"), ("A/HRC/RES/50/3", "2022-07-06")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant sa résolution 46/182 du 19 décembre 1991 et toutes ses résolutions "
            "ultérieures sur le renforcement de la coordination de l'aide humanitaire d'urgence, "
            "notamment la résolution 78/119 du 8 décembre 2023,"
        ),
        [("A/RES/46/182", "1991-12-19"), ("A/RES/78/119", "2023-12-08")],
    ),
    (
        "fr",
        ECOSOC["fr"]
        + (
            "Rappelant la section II de sa résolution 2023/31 et le paragraphe 12 de la résolution "
            "75/233 de l'Assemblée générale,"
        ),
        [("E/RES/2023/31", None), ("A/RES/75/233", None)],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Rappelant la resolution 60/251 de l’Assemblee generale, en date du 15 mars 2006, et "
            "la resolution 5/1 du Conseil, en date du 18 juin 2007,"
        ),
        [("A/RES/60/251", "2006-03-15"), ("A/HRC/RES/5/1", "2007-06-18")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant que, le 14 décembre 1960, elle a adopté la résolution 1514 (XV), et que, le "
            "15 décembre 1960, elle a adopté la résolution 1541 (XV),"
        ),
        [("A/RES/1514(XV)", "1960-12-14"), ("A/RES/1541(XV)", "1960-12-15")],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Prenant note du rapport du Rapporteur spécial1 et de l'additif à ce rapport2,\n\n1 "
            "A/HRC/56/45.\n2 A/HRC/56/45/Add.1."
        ),
        [("A/HRC/56/45", None), ("A/HRC/56/45/Add.1", None)],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Rappelant sa résolution 53/7 et les résolutions de l'Assemblée générale 77/199 et "
            "78/190, du 15 décembre 2022 et du 19 décembre 2023 respectivement,"
        ),
        [("A/HRC/RES/53/7", None), ("A/RES/77/199", "2022-12-15"), ("A/RES/78/190", "2023-12-19")],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Rappelant sa résolution 51/21, sur la question de la peine de mort, en date du 7 "
            "octobre 2022, et sa résolution 54/35 sur la même question, adoptée le 13 octobre 2023,"
        ),
        [("A/HRC/RES/51/21", "2022-10-07"), ("A/HRC/RES/54/35", "2023-10-13")],
    ),
    (
        "fr",
        ECOSOC["fr"]
        + (
            "Rappelant le débat consacré aux affaires humanitaires de sa session de 2023 et sa "
            "résolution 2023/31, adoptée lors de ce débat,"
        ),
        [("E/RES/2023/31", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Demande à la Cour internationale de Justice, conformément à l'article 65 de son "
            "Statut, de donner un avis consultatif, compte tenu des Articles 55 et 56 de la "
            "Charte, de la résolution 2625 (XXV) de l'Assemblée générale et de la résolution 2334 "
            "(2016) du Conseil de sécurité,"
        ),
        [("A/RES/2625(XXV)", None), ("S/RES/2334(2016)", None)],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Saluant les travaux du Mécanisme d’experts sur les droits des peuples autochtones et "
            "rappelant la résolution 33/25 du Conseil, en date du 30 septembre 2016, par laquelle "
            "le Conseil a modifié le mandat du Mécanisme d’experts,"
        ),
        [("A/HRC/RES/33/25", "2016-09-30")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant sa résolution 2200 A (XXI) du 16 décembre 1966, par laquelle elle a adopté "
            "le Pacte international relatif aux droits civils et politiques, et sa résolution "
            "44/128 du 15 décembre 1989,"
        ),
        [("A/RES/2200A(XXI)", "1966-12-16"), ("A/RES/44/128", "1989-12-15"), ("UNTS/999/14668", None)],
    ),
    (
        "fr",
        ECOSOC["fr"]
        + (
            "Prend note de la décision 2023/18 du Conseil d’administration du Programme des "
            "Nations Unies pour le développement, du Fonds des Nations Unies pour la population et "
            "du Bureau des Nations Unies pour les services d’appui aux projets, et du document "
            "DP/FPA/2023/2 ;"
        ),
        [("", None), ("DP/FPA/2023/2", None)],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Rappelant le rapport du Haut-Commissaire (A/HRC/52/21) et la résolution 71/178 de "
            "l’Assemblée générale en date du 19 décembre 2016, intitulée « Droits des peuples "
            "autochtones »,"
        ),
        [("A/HRC/52/21", None), ("A/RES/71/178", "2016-12-19")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant ses résolutions 1721 (XVI) du 20 décembre 1961 et 1962 (XVIII) du 13 "
            "décembre 1963, ainsi que les traités relatifs à l'espace extra-atmosphérique,"
        ),
        [("A/RES/1721(XVI)", "1961-12-20"), ("A/RES/1962(XVIII)", "1963-12-13")],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Rappelant ses résolutions 6/36 du 14 décembre 2007 et 33/25 du 30 septembre 2016, "
            "ainsi que toutes ses autres résolutions relatives aux droits des peuples autochtones, "
            "dont la résolution 54/12 du 11 octobre 2023,"
        ),
        [
            ("A/HRC/RES/6/36", "2007-12-14"),
            ("A/HRC/RES/33/25", "2016-09-30"),
            ("A/HRC/RES/54/12", "2023-10-11"),
        ],
    ),
    (
        "fr",
        ECOSOC["fr"]
        + (
            "Rappelant sa resolution 2022/25 du 22 juillet 2022, sa decision 2023/205 et la "
            "resolution 77/165 de l'Assemblee generale,"
        ),
        [("E/RES/2022/25", "2022-07-22"), ("E/DEC/2023/205", None), ("A/RES/77/165", None)],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Prend note avec intérêt de la note du secrétariat (A/HRC/55/3) et du rapport de la "
            "Rapporteuse spéciale sur les droits des peuples autochtones (A/78/162),"
        ),
        [("A/HRC/55/3", None), ("A/78/162", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant sa résolution 61/295, en date du 13 septembre 2007, par laquelle elle a "
            "adopté la Déclaration des Nations Unies sur les droits des peuples autochtones, et sa "
            "résolution 69/2 du 22 septembre 2014,"
        ),
        [("A/RES/61/295", "2007-09-13"), ("A/RES/69/2", "2014-09-22")],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Rappelant la résolution 52/115 du Conseil des droits de l'homme en date du 3 avril "
            "2023 et la décision 52/116, adoptée à la même session,"
        ),
        [("A/HRC/RES/52/115", "2023-04-03"), ("A/HRC/DEC/52/116", None)],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Accueille avec satisfaction le rapport du Groupe de travail sur l’Examen périodique "
            "universel concernant le Bénin (A/HRC/52/13) et l’additif à ce rapport "
            "(A/HRC/52/13/Add.1) ;"
        ),
        [("A/HRC/52/13", None), ("A/HRC/52/13/Add.1", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant ses résolutions 69/313, sur le Programme d'action d'Addis-Abeba issu de la "
            "troisième Conférence internationale sur le financement du développement, et 71/243, "
            "sur l'examen quadriennal complet, en date respectivement du 27 juillet 2015 et du 21 "
            "décembre 2016,"
        ),
        [("A/RES/69/313", "2015-07-27"), ("A/RES/71/243", "2016-12-21")],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Rappelant sa décision 53/101 sur le document final de l'Examen1 et le rapport du "
            "Conseil sur sa cinquante-troisième session2,\n\n1 Voir A/HRC/53/2, chap. II.\n2 "
            "Documents officiels de l'Assemblée générale, soixante-dix-huitième session, "
            "Supplément nº 53 (A/78/53), chap. V, sect. A."
        ),
        [("A/HRC/DEC/53/101", None), ("A/HRC/53/2", None), ("A/78/53", None)],
    ),
    (
        "fr",
        ECOSOC["fr"]
        + (
            "Prenant note du rapport de la Commission sur les travaux de sa cinquante-quatrième "
            "session3,\n\n3 Documents officiels du Conseil économique et social, 2023, Supplément "
            "n° 4 (E/2023/24), chap. I, sect. B."
        ),
        [("E/2023/24", None)],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Guidé par la Déclaration universelle des droits de l'homme1, les Pactes "
            "internationaux relatifs aux droits de l'homme2 et la Déclaration sur le droit au "
            "développement3,\n\n1 Résolution 217 A (III) de l'Assemblée générale.\n2 Résolution "
            "2200 A (XXI) de l'Assemblée générale, annexe.\n3 Résolution 41/128 de l'Assemblée "
            "générale, annexe."
        ),
        [("A/RES/217A(III)", None), ("A/RES/2200A(XXI)", None), ("A/RES/41/128", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant la Convention sur la responsabilité internationale pour les dommages causés "
            "par des objets spatiaux4 et l'Accord régissant les activités des États sur la Lune et "
            "les autres corps célestes5,\n\n4 Nations Unies, Recueil des Traités, vol. 961, nº "
            "13810.\n5 Ibid., vol. 1363, nº 23002."
        ),
        [("UNTS/961/13810", None), ("UNTS/1363/23002", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Notant les Principes relatifs à l'utilisation de sources d'énergie nucléaires dans "
            "l'espace, figurant dans l'annexe de la résolution 47/68, et les Lignes directrices "
            "relatives à la réduction des débris spatiaux, approuvées dans la résolution 62/217,"
        ),
        [("A/RES/47/68", None), ("A/RES/62/217", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Prenant note du rapport de la Commission du droit international sur les travaux de sa "
            "soixante-quinzième session (A/79/10), en particulier des chapitres IV et V, et du "
            "résumé thématique établi par le Secrétariat (A/CN.4/773),"
        ),
        [("A/79/10", None), ("A/CN.4/773", None)],
    ),
    (
        "fr",
        HRC["fr"]
        + (
            "Rappelant la résolution 2/4 du Conseil en date du 27 novembre 2006 et les résolutions "
            "de la Commission des droits de l'homme 2005/69 et 2005/70 du 20 avril 2005,"
        ),
        [
            ("A/HRC/RES/2/4", "2006-11-27"),
            ("E/CN.4/RES/2005/69", "2005-04-20"),
            ("E/CN.4/RES/2005/70", "2005-04-20"),
        ],
    ),
    (
        "fr",
        GA["fr"]
        + ("Rappelant le Programme d'action adopté le 15 septembre 1995 à Beijing et sa résolution 50/42,"),
        [("A/RES/50/42", None)],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Rappelant sa résolution 53/7 sur la question et la lettre datée du 3 mai 2023 "
            "adressée par le Représentant permanent,"
        ),
        [("A/RES/53/7", None)],
    ),
    (
        "fr",
        ECOSOC["fr"]
        + (
            "Rappelant ses résolutions 2024/14, relative au débat consacré à la coordination, et "
            "2024/15, relative au débat consacré aux activités opérationnelles, toutes deux du 23 "
            "juillet 2024,"
        ),
        [("E/RES/2024/14", "2024-07-23"), ("E/RES/2024/15", "2024-07-23")],
    ),
    (
        "fr",
        GA["fr"]
        + (
            "Prenant note des décisions 52/101 à 52/103 du Conseil des droits de l'homme relatives "
            "aux documents finals de l'Examen périodique universel,"
        ),
        [("A/HRC/DEC/52/101", None), ("A/HRC/DEC/52/102", None), ("A/HRC/DEC/52/103", None)],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Recordando sus resoluciones 48/3, de 7 de octubre de 2021, y 51/19, de 6 de octubre "
            "de 2022, y todas sus resoluciones posteriores sobre la cuestión,"
        ),
        [("A/HRC/RES/48/3", "2021-10-07"), ("A/HRC/RES/51/19", "2022-10-06")],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Reafirmando las resoluciones del Consejo de Derechos Humanos 5/1, sobre la "
            "construcción institucional del Consejo, y 5/2, sobre el código de conducta, de 18 de "
            "junio de 2007,"
        ),
        [("A/HRC/RES/5/1", "2007-06-18"), ("A/HRC/RES/5/2", "2007-06-18")],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Recordando la resolución 2003/62 de la Comisión de Derechos Humanos, de 24 de abril "
            "de 2003, y la resolución 44/12 del Consejo, de 16 de julio de 2020,"
        ),
        [("E/CN.4/RES/2003/62", "2003-04-24"), ("A/HRC/RES/44/12", "2020-07-16")],
    ),
    (
        "es",
        HRC["es"]
        + (
            "1. Decide prorrogar el mandato del Relator Especial, establecido por el Consejo en su "
            "resolución 7/22 y prorrogado por la resolución 52/17, por un nuevo período de tres "
            "años;"
        ),
        [("A/HRC/RES/7/22", None), ("A/HRC/RES/52/17", None)],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Recordando su decisión 52/115, de 4 de abril de 2023, y su resolución S-33/1, de 12 "
            "de mayo de 2022,"
        ),
        [("A/HRC/DEC/52/115", "2023-04-04"), ("A/HRC/RES/S-33/1", "2022-05-12")],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Tomando nota de la observación general núm. 37 (2020) del Comité de Derechos Humanos, "
            "relativa al derecho de reunión pacífica (CCPR/C/GC/37),"
        ),
        [("CCPR/C/GC/37", None)],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Acogiendo con beneplácito las observaciones finales del Comité para la Eliminación de "
            "la Discriminación Racial (CERD/C/MEX/CO/22-24) y del Comité contra la Tortura "
            "(CAT/C/ESP/CO/7),"
        ),
        [("CERD/C/MEX/CO/22-24", None), ("CAT/C/ESP/CO/7", None)],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Habiendo examinado el informe del Grupo de Trabajo sobre el Examen Periódico "
            "Universal (A/HRC/54/12) y el informe nacional presentado por el Estado examinado "
            "(A/HRC/WG.6/43/PER/1),"
        ),
        [("A/HRC/54/12", None), ("A/HRC/WG.6/43/PER/1", None)],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Tomando nota con aprecio del informe de la Relatora Especial sobre la situación de "
            "los defensores de los derechos humanos1,\n\n1 A/HRC/55/50."
        ),
        [("A/HRC/55/50", None)],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Recordando las resoluciones de la Asamblea General 60/251, de 15 de marzo de 2006, y "
            "65/281, de 17 de junio de 2011, y las resoluciones del Consejo de Derechos Humanos "
            "5/1 y 16/21, de 25 de marzo de 2011,"
        ),
        [
            ("A/RES/60/251", "2006-03-15"),
            ("A/RES/65/281", "2011-06-17"),
            ("A/HRC/RES/5/1", None),
            ("A/HRC/RES/16/21", "2011-03-25"),
        ],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Acogiendo con beneplácito la aprobación por la Asamblea General de su resolución "
            "78/178, de 19 de diciembre de 2023, sobre la cuestión de las desapariciones forzadas,"
        ),
        [("A/RES/78/178", "2023-12-19")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando su resolución 46/182, de 19 de diciembre de 1991, incluidos los principios "
            "rectores que figuran en su anexo,"
        ),
        [("A/RES/46/182", "1991-12-19")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Reafirmando su resolución 75/233, de 21 de diciembre de 2020, relativa a la revisión "
            "cuadrienal amplia de la política relativa a las actividades operacionales para el "
            "desarrollo,"
        ),
        [("A/RES/75/233", "2020-12-21")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Tomando nota de la resolución 2023/31 del Consejo Económico y Social, de 25 de julio "
            "de 2023, relativa al fortalecimiento de la coordinación de la asistencia humanitaria "
            "de emergencia,"
        ),
        [("E/RES/2023/31", "2023-07-25")],
    ),
    (
        "es",
        ECOSOC["es"]
        + (
            "Recordando su resolución 2022/25, de 22 de julio de 2022, y su decisión 2023/205, de "
            "8 de febrero de 2023,"
        ),
        [("E/RES/2022/25", "2022-07-22"), ("E/DEC/2023/205", "2023-02-08")],
    ),
    (
        "es",
        ECOSOC["es"]
        + (
            "Tomando nota de la decisión 2022/12 de la Junta Ejecutiva del PNUD, el UNFPA y la "
            "UNOPS y del informe anual del Administrador (DP/2023/9),"
        ),
        [("", None), ("DP/2023/9", None)],
    ),
    (
        "es",
        ECOSOC["es"]
        + (
            "Tomando nota también del informe de la Directora Ejecutiva del UNICEF (E/ICEF/2023/7) "
            "y de la decisión 2023/5 de la Junta Ejecutiva del UNICEF,"
        ),
        [("E/ICEF/2023/7", None), ("", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Habiendo examinado el informe de la Comisión de Derecho Internacional sobre la labor "
            "realizada en su 74º período de sesiones1,\n\n1 Documentos Oficiales de la Asamblea "
            "General, septuagésimo octavo período de sesiones, Suplemento núm. 10 (A/78/10)."
        ),
        [("A/78/10", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Tomando nota del proyecto de artículos preparado por la Comisión (A/CN.4/L.981) y del "
            "memorando de la Secretaría (A/CN.4/765),"
        ),
        [("A/CN.4/L.981", None), ("A/CN.4/765", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando su resolución 77/276, de 29 de marzo de 2023, en la que solicitó una "
            "opinión consultiva a la Corte Internacional de Justicia,"
        ),
        [("A/RES/77/276", "2023-03-29")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando la Convención de Viena sobre el Derecho de los Tratados2,\n\n2 Naciones "
            "Unidas, Treaty Series, vol. 1155, núm. 18232."
        ),
        [("UNTS/1155/18232", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando el Convenio sobre el Registro de Objetos Lanzados al Espacio "
            "Ultraterrestre3 y el Acuerdo sobre el Salvamento y la Devolución de Astronautas4,\n\n"
            "3 Naciones Unidas, Treaty Series, vol. 1023, núm. 15020.\n4 Ibid., vol. 672, núm. "
            "9574."
        ),
        [("UNTS/1023/15020", None), ("UNTS/672/9574", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Habiendo examinado el informe de la Comisión sobre la Utilización del Espacio "
            "Ultraterrestre con Fines Pacíficos relativo a su 66º período de sesiones (A/78/20) y "
            "el informe de su Subcomisión de Asuntos Científicos y Técnicos (A/AC.105/1279),"
        ),
        [("A/78/20", None), ("A/AC.105/1279", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando sus resoluciones 62/217, de 22 de diciembre de 2007, y 76/3, de 25 de "
            "octubre de 2021,"
        ),
        [("A/RES/62/217", "2007-12-22"), ("A/RES/76/3", "2021-10-25")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando la Declaración sobre la Concesión de la Independencia a los Países y "
            "Pueblos Coloniales, que figura en su resolución 1514 (XV), de 14 de diciembre de 1960,"
        ),
        [("A/RES/1514(XV)", "1960-12-14")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Reafirmando la Declaración de las Naciones Unidas sobre los Derechos de los Pueblos "
            "Indígenas, aprobada por la Asamblea General en su resolución 61/295, de 13 de "
            "septiembre de 2007,"
        ),
        [("A/RES/61/295", "2007-09-13")],
    ),
    (
        "es",
        ECOSOC["es"]
        + (
            "Tomando nota de la decisión 54/101 de la Comisión de Estadística y del informe de la "
            "Comisión sobre su 54º período de sesiones (E/2023/24),"
        ),
        [("", None), ("E/2023/24", None)],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Recordando el documento final del examen periódico universal de Colombia (A/HRC/39/6) "
            "y la decisión 39/103 del Consejo, de 20 de septiembre de 2018,"
        ),
        [("A/HRC/39/6", None), ("A/HRC/DEC/39/103", "2018-09-20")],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Recordando las resoluciones del Consejo 22/6, de 21 de marzo de 2013, 31/32, de 24 de "
            "marzo de 2016, y 40/11, de 21 de marzo de 2019, relativas a los defensores de los "
            "derechos humanos,"
        ),
        [
            ("A/HRC/RES/22/6", "2013-03-21"),
            ("A/HRC/RES/31/32", "2016-03-24"),
            ("A/HRC/RES/40/11", "2019-03-21"),
        ],
    ),
    (
        "es",
        GA["es"]
        + (
            "Reafirmando la resolución 46/182 de la Asamblea General y su anexo, y recordando la "
            "resolución 2021/16 del Consejo Económico y Social, de 22 de junio de 2021,"
        ),
        [("A/RES/46/182", None), ("E/RES/2021/16", "2021-06-22")],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Recordando la observación general núm. 26 (2022) del Comité de Derechos Económicos, "
            "Sociales y Culturales, relativa a la tierra (E/C.12/GC/26),"
        ),
        [("E/C.12/GC/26", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Tomando nota del informe de la Sexta Comisión (A/78/471) y del informe del Comité "
            "Especial de la Carta de las Naciones Unidas (A/78/33),"
        ),
        [("A/78/471", None), ("A/78/33", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando sus resoluciones 2625 (XXV), de 24 de octubre de 1970, 3314 (XXIX), de 14 "
            "de diciembre de 1974, y 42/22, de 18 de noviembre de 1987,"
        ),
        [
            ("A/RES/2625(XXV)", "1970-10-24"),
            ("A/RES/3314(XXIX)", "1974-12-14"),
            ("A/RES/42/22", "1987-11-18"),
        ],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Recordando además su resolución 53/7, de 12\xa0de julio de 2023, y la decisión 53/115 "
            "del Consejo,"
        ),
        [("A/HRC/RES/53/7", "2023-07-12"), ("A/HRC/DEC/53/115", None)],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Decide prorrogar por un año el mandato del Experto Independiente sobre la situación "
            "de los derechos humanos en Malí, enunciado en la resolución 52/36 del Consejo y "
            "prorrogado por la resolución 55/28;"
        ),
        [("A/HRC/RES/52/36", None), ("A/HRC/RES/55/28", None)],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Recordando la resolucion 45/9 del Consejo de Derechos Humanos, de 6 de octubre de "
            "2020, y la decision 47/114, de 13 de julio de 2021,"
        ),
        [("A/HRC/RES/45/9", "2020-10-06"), ("A/HRC/DEC/47/114", "2021-07-13")],
    ),
    (
        "es",
        ECOSOC["es"]
        + (
            "Recordando la resolución 46/182 de la Asamblea General, de 19 de diciembre de 1991, y "
            "las resoluciones del Consejo Económico y Social 2019/14, de 8 de julio de 2019, y "
            "2020/10, de 23 de julio de 2020,"
        ),
        [("A/RES/46/182", "1991-12-19"), ("E/RES/2019/14", "2019-07-08"), ("E/RES/2020/10", "2020-07-23")],
    ),
    (
        "es",
        HRC["es"] + "Acoge con beneplácito el informe de la Relatora Especial (A/HRC/53/37 y Add.1 y 2);",
        [("A/HRC/53/37", None), ("A/HRC/53/37/Add.1", None), ("A/HRC/53/37/Add.2", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando el Tratado sobre los Principios que Deben Regir las Actividades de los "
            "Estados en la Exploración y Utilización del Espacio Ultraterrestre, incluso la Luna y "
            "Otros Cuerpos Celestes5,\n\n5 Naciones Unidas, Treaty Series, vol. 610, núm. 8843."
        ),
        [("UNTS/610/8843", None)],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Solicita a la Oficina del Alto Comisionado que le presente, en su 57º período de "
            "sesiones, un informe sobre la aplicación de la presente resolución, de conformidad "
            "con su resolución 50/9, de 7\xa0de julio de 2022;"
        ),
        [("A/HRC/RES/50/9", "2022-07-07")],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Recordando la observación general núm. 25 (2020) del Comité de Derechos Económicos, "
            "Sociales y Culturales (E/C.12/GC/25) y las observaciones finales sobre el Canadá "
            "(E/C.12/CAN/CO/7),"
        ),
        [("E/C.12/GC/25", None), ("E/C.12/CAN/CO/7", None)],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Recordando sus resoluciones 5/1, sobre la construcción institucional del Consejo de "
            "Derechos Humanos de las Naciones Unidas, y 5/2, sobre el Código de Conducta para los "
            "titulares de mandatos de los procedimientos especiales del Consejo, de 18 de junio de "
            "2007,"
        ),
        [("A/HRC/RES/5/1", "2007-06-18"), ("A/HRC/RES/5/2", "2007-06-18")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando el documento final de la Conferencia Mundial sobre los Pueblos Indígenas, "
            "aprobado por la Asamblea General el 22 de septiembre de 2014 en su resolución 69/2,"
        ),
        [("A/RES/69/2", "2014-09-22")],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Recordando el párrafo 5 e) de la resolución 60/251 de la Asamblea General y el anexo "
            "de la resolución 16/21 del Consejo,"
        ),
        [("A/RES/60/251", None), ("A/HRC/RES/16/21", None)],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Recordando su resolución 1/1, de 29 de junio de 2006, y su decisión 1/102, de 30 de "
            "junio de 2006,"
        ),
        [("A/HRC/RES/1/1", "2006-06-29"), ("A/HRC/DEC/1/102", "2006-06-30")],
    ),
    (
        "es",
        ECOSOC["es"]
        + (
            "Recordando sus resoluciones 1296 (XLIV), de 23 de mayo de 1968, y 1996/31, de 25 de "
            "julio de 1996,"
        ),
        [("E/RES/1296(XLIV)", "1968-05-23"), ("E/RES/1996/31", "1996-07-25")],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Tomando nota de la recomendación general núm. 36 (2020) del Comité para la "
            "Eliminación de la Discriminación Racial (CERD/C/GC/36) y de la observación general "
            "núm. 5 (2021) del Comité de Protección de los Derechos de Todos los Trabajadores "
            "Migratorios (CMW/C/GC/5),"
        ),
        [("CERD/C/GC/36", None), ("CMW/C/GC/5", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando la Declaración de los Principios Jurídicos que Deben Regir las Actividades "
            "de los Estados en la Exploración y Utilización del Espacio Ultraterrestre, que figura "
            "en su resolución 1962 (XVIII), de 13 de diciembre de 1963, y sus resoluciones 41/65, "
            "de 3 de diciembre de 1986, y 47/68, de 14 de diciembre de 1992,"
        ),
        [("A/RES/1962(XVIII)", "1963-12-13"), ("A/RES/41/65", "1986-12-03"), ("A/RES/47/68", "1992-12-14")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Rappelando los artículos 31 y 32 de la Convención de Viena sobre el Derecho de los "
            "Tratados, y su resolución 2166 (XXI), de 5 de diciembre de 1966,"
        ),
        [("A/RES/2166(XXI)", "1966-12-05"), ("UNTS/1155/18232", None)],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Recordando su resolución 45/29, de 7 de octubre de 2020, aprobada sin votación, y la "
            "resolución 50/3, aprobada el 6 de julio de 2022,"
        ),
        [("A/HRC/RES/45/29", "2020-10-07"), ("A/HRC/RES/50/3", "2022-07-06")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando su resolución 46/182, de 19 de diciembre de 1991, y todas sus resoluciones "
            "posteriores sobre el fortalecimiento de la coordinación de la asistencia humanitaria "
            "de emergencia, incluida la resolución 78/119, de 8 de diciembre de 2023,"
        ),
        [("A/RES/46/182", "1991-12-19"), ("A/RES/78/119", "2023-12-08")],
    ),
    (
        "es",
        ECOSOC["es"]
        + (
            "Recordando la sección II de su resolución 2023/31 y el párrafo 12 de la resolución "
            "75/233 de la Asamblea General,"
        ),
        [("E/RES/2023/31", None), ("A/RES/75/233", None)],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Recordando la resolucion 60/251 de la Asamblea General, de 15 de marzo de 2006, y la "
            "resolucion 5/1 del Consejo, de 18 de junio de 2007,"
        ),
        [("A/RES/60/251", "2006-03-15"), ("A/HRC/RES/5/1", "2007-06-18")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando que el 14 de diciembre de 1960 aprobó la resolución 1514 (XV) y que el 15 "
            "de diciembre de 1960 aprobó la resolución 1541 (XV),"
        ),
        [("A/RES/1514(XV)", "1960-12-14"), ("A/RES/1541(XV)", "1960-12-15")],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Tomando nota del informe del Relator Especial1 y de la adición a ese informe2,\n\n1 "
            "A/HRC/56/45.\n2 A/HRC/56/45/Add.1."
        ),
        [("A/HRC/56/45", None), ("A/HRC/56/45/Add.1", None)],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Recordando su resolución 53/7 y las resoluciones de la Asamblea General 77/199 y "
            "78/190, de 15 de diciembre de 2022 y 19 de diciembre de 2023, respectivamente,"
        ),
        [("A/HRC/RES/53/7", None), ("A/RES/77/199", "2022-12-15"), ("A/RES/78/190", "2023-12-19")],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Recordando su resolución 51/21, relativa a la cuestión de la pena de muerte, de 7 de "
            "octubre de 2022, y su resolución 54/35 sobre la misma cuestión, aprobada el 13 de "
            "octubre de 2023,"
        ),
        [("A/HRC/RES/51/21", "2022-10-07"), ("A/HRC/RES/54/35", "2023-10-13")],
    ),
    (
        "es",
        ECOSOC["es"]
        + (
            "Recordando la serie de sesiones sobre asuntos humanitarios de su período de sesiones "
            "de 2023 y su resolución 2023/31, aprobada durante esa serie de sesiones,"
        ),
        [("E/RES/2023/31", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Solicita a la Corte Internacional de Justicia que, de conformidad con el Artículo 65 "
            "de su Estatuto, emita una opinión consultiva, teniendo en cuenta los Artículos 55 y "
            "56 de la Carta, la resolución 2625 (XXV) de la Asamblea General y la resolución 2334 "
            "(2016) del Consejo de Seguridad,"
        ),
        [("A/RES/2625(XXV)", None), ("S/RES/2334(2016)", None)],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Acogiendo con beneplácito la labor del Mecanismo de Expertos sobre los Derechos de "
            "los Pueblos Indígenas y recordando la resolución 33/25 del Consejo, de 30 de "
            "septiembre de 2016, por la que el Consejo modificó el mandato del Mecanismo de "
            "Expertos,"
        ),
        [("A/HRC/RES/33/25", "2016-09-30")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando su resolución 2200 A (XXI), de 16 de diciembre de 1966, en la que aprobó "
            "el Pacto Internacional de Derechos Civiles y Políticos, y su resolución 44/128, de 15 "
            "de diciembre de 1989,"
        ),
        [("A/RES/2200A(XXI)", "1966-12-16"), ("A/RES/44/128", "1989-12-15"), ("UNTS/999/14668", None)],
    ),
    (
        "es",
        ECOSOC["es"]
        + (
            "Toma nota de la decisión 2023/18 de la Junta Ejecutiva del Programa de las Naciones "
            "Unidas para el Desarrollo, del Fondo de Población de las Naciones Unidas y de la "
            "Oficina de las Naciones Unidas de Servicios para Proyectos, y del documento "
            "DP/FPA/2023/2;"
        ),
        [("", None), ("DP/FPA/2023/2", None)],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Recordando el informe del Alto Comisionado (A/HRC/52/21) y la resolución 71/178 de la "
            "Asamblea General, de 19 de diciembre de 2016, titulada “Derechos de los pueblos "
            "indígenas”,"
        ),
        [("A/HRC/52/21", None), ("A/RES/71/178", "2016-12-19")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando sus resoluciones 1721 (XVI), de 20 de diciembre de 1961, y 1962 (XVIII), "
            "de 13 de diciembre de 1963, y los tratados sobre el espacio ultraterrestre,"
        ),
        [("A/RES/1721(XVI)", "1961-12-20"), ("A/RES/1962(XVIII)", "1963-12-13")],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Recordando sus resoluciones 6/36, de 14 de diciembre de 2007, y 33/25, de 30 de "
            "septiembre de 2016, y todas sus demás resoluciones relativas a los derechos de los "
            "pueblos indígenas, incluida la resolución 54/12, de 11 de octubre de 2023,"
        ),
        [
            ("A/HRC/RES/6/36", "2007-12-14"),
            ("A/HRC/RES/33/25", "2016-09-30"),
            ("A/HRC/RES/54/12", "2023-10-11"),
        ],
    ),
    (
        "es",
        ECOSOC["es"]
        + (
            "Recordando su resolucion 2022/25, de 22 de julio de 2022, su decision 2023/205 y la "
            "resolucion 77/165 de la Asamblea General,"
        ),
        [("E/RES/2022/25", "2022-07-22"), ("E/DEC/2023/205", None), ("A/RES/77/165", None)],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Toma nota con interés de la nota de la secretaría (A/HRC/55/3) y del informe del "
            "Relator Especial sobre los derechos de los pueblos indígenas (A/78/162);"
        ),
        [("A/HRC/55/3", None), ("A/78/162", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando su resolución 61/295, de fecha 13 de septiembre de 2007, en la que aprobó "
            "la Declaración de las Naciones Unidas sobre los Derechos de los Pueblos Indígenas, y "
            "su resolución 69/2, de 22 de septiembre de 2014,"
        ),
        [("A/RES/61/295", "2007-09-13"), ("A/RES/69/2", "2014-09-22")],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Recordando la decisión 52/116 del Consejo de Derechos Humanos, de 4 de abril de 2023, "
            "y el documento A/HRC/DEC/52/117,"
        ),
        [("A/HRC/DEC/52/116", "2023-04-04"), ("A/HRC/DEC/52/117", None)],
    ),
    (
        "es",
        ECOSOC["es"]
        + (
            "Toma nota del informe de la Comisión de Estadística sobre su 55º período de sesiones "
            "(E/2024/24‑E/CN.3/2024/37) y hace suya la decisión 55/102 de la Comisión;"
        ),
        [("E/2024/24", None), ("E/CN.3/2024/37", None), ("", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando sus resoluciones 69/313, relativa a la Agenda de Acción de Addis Abeba, y "
            "71/243, relativa a la revisión cuadrienal amplia de la política, de 27 de julio de "
            "2015 y 21 de diciembre de 2016, respectivamente,"
        ),
        [("A/RES/69/313", "2015-07-27"), ("A/RES/71/243", "2016-12-21")],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Recordando su decisión 53/101 sobre el resultado del examen1 y el informe del Consejo "
            "sobre su 53er período de sesiones2,\n\n1 Véase A/HRC/53/2, cap. II.\n2 Documentos "
            "Oficiales de la Asamblea General, septuagésimo octavo período de sesiones, Suplemento "
            "núm. 53 (A/78/53), cap. V, secc. A."
        ),
        [("A/HRC/DEC/53/101", None), ("A/HRC/53/2", None), ("A/78/53", None)],
    ),
    (
        "es",
        ECOSOC["es"]
        + (
            "Tomando nota del informe de la Comisión sobre su 54º período de sesiones3,\n\n3 "
            "Documentos Oficiales del Consejo Económico y Social, 2023, Suplemento núm. 4 "
            "(E/2023/24), cap. I, secc. B."
        ),
        [("E/2023/24", None)],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Guiándose por la Declaración Universal de Derechos Humanos1, los Pactos "
            "Internacionales de Derechos Humanos2 y la Declaración sobre el Derecho al "
            "Desarrollo3,\n\n1 Resolución 217 A (III) de la Asamblea General.\n2 Resolución 2200 A "
            "(XXI) de la Asamblea General, anexo.\n3 Resolución 41/128 de la Asamblea General, "
            "anexo."
        ),
        [("A/RES/217A(III)", None), ("A/RES/2200A(XXI)", None), ("A/RES/41/128", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando el Convenio sobre la Responsabilidad Internacional por Daños Causados por "
            "Objetos Espaciales4 y el Acuerdo que Debe Regir las Actividades de los Estados en la "
            "Luna y Otros Cuerpos Celestes5,\n\n4 Naciones Unidas, Treaty Series, vol. 961, núm. "
            "13810.\n5 Ibid., vol. 1363, núm. 23002."
        ),
        [("UNTS/961/13810", None), ("UNTS/1363/23002", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Observando los Principios Pertinentes a la Utilización de Fuentes de Energía Nuclear "
            "en el Espacio Ultraterrestre, que figuran en el anexo de la resolución 47/68, y las "
            "Directrices para la Reducción de Desechos Espaciales, que hizo suyas en la resolución "
            "62/217,"
        ),
        [("A/RES/47/68", None), ("A/RES/62/217", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Tomando nota del informe de la Comisión de Derecho Internacional sobre la labor "
            "realizada en su 75º período de sesiones (A/79/10), en particular los capítulos IV y "
            "V, y del resumen por temas preparado por la Secretaría (A/CN.4/773),"
        ),
        [("A/79/10", None), ("A/CN.4/773", None)],
    ),
    (
        "es",
        HRC["es"]
        + (
            "Recordando la resolución 2/4 del Consejo, de 27 de noviembre de 2006, y las "
            "resoluciones de la Comisión de Derechos Humanos 2005/69 y 2005/70, de 20 de abril de "
            "2005,"
        ),
        [
            ("A/HRC/RES/2/4", "2006-11-27"),
            ("E/CN.4/RES/2005/69", "2005-04-20"),
            ("E/CN.4/RES/2005/70", "2005-04-20"),
        ],
    ),
    (
        "es",
        GA["es"] + "Recordando su resolución 53/7 sobre la cuestión y la carta de fecha 3 de mayo de 2023,",
        [("A/RES/53/7", None)],
    ),
    (
        "es",
        GA["es"]
        + (
            "Recordando la Plataforma de Acción aprobada el 15 de septiembre de 1995 en Beijing y "
            "su resolución 50/42,"
        ),
        [("A/RES/50/42", None)],
    ),
    (
        "es",
        ECOSOC["es"]
        + (
            "Recordando sus resoluciones 2024/14, relativa a la serie de sesiones de coordinación, "
            "y 2024/15, relativa a la serie de sesiones sobre actividades operacionales, ambas de "
            "23 de julio de 2024,"
        ),
        [("E/RES/2024/14", "2024-07-23"), ("E/RES/2024/15", "2024-07-23")],
    ),
    (
        "es",
        GA["es"]
        + (
            "Tomando nota de las decisiones 52/101 a 52/103 del Consejo de Derechos Humanos "
            "relativas al resultado del examen periódico universal,"
        ),
        [("A/HRC/DEC/52/101", None), ("A/HRC/DEC/52/102", None), ("A/HRC/DEC/52/103", None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), by_language(_ROWS))
def test_targets_and_dates(lang: str, text: str, want: Records) -> None:
    assert_dated_targets(text, lang, want)


_KEPT = [r for r in _ROWS if any(not target for target, _ in r[2])]


@pytest.mark.parametrize(("lang", "text", "want"), by_language(_KEPT))
def test_unresolved_kept_with_reason(lang: str, text: str, want: Records) -> None:
    assert_unresolved_kept(text, lang, want)


#: (language, passage, the pinpoint of each record by its target)
_PINPOINTS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        HRC["en"]
        + "Recalling paragraph 5 (e) of General Assembly resolution 60/251 and Council resolution 16/21,",
        {"A/RES/60/251": "paragraph 5 (e)", "A/HRC/RES/16/21": None},
    ),
    (
        "fr",
        ECOSOC["fr"]
        + "Rappelant la section II de sa résolution 2023/31 et le paragraphe 12 de la résolution "
        "75/233 de l'Assemblée générale,",
        {"E/RES/2023/31": "section II", "A/RES/75/233": "paragraphe 12"},
    ),
    (
        "es",
        ECOSOC["es"] + "Recordando la sección II de su resolución 2023/31 y el párrafo 12 de la resolución "
        "75/233 de la Asamblea General,",
        {"E/RES/2023/31": "sección II", "A/RES/75/233": "párrafo 12"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), by_language(_PINPOINTS))
def test_pinpoints(lang: str, text: str, want: dict[str, str | None]) -> None:
    assert resolved_pinpoints(text, lang) == want
