"""Reports, notes and letters: the documents around the resolutions, issue 7 — how a
Secretary-General's report, a committee's report, a note, a letter to the Council, a summary
record or a treaty body's concluding observations cite (a pinpoint after the symbol, a list of
documentation with its addenda, a presidential statement, an agenda item's footnote, the
report's own masthead), in six languages. Table-driven; every passage written for these tests
(numbers, dates, States and wording invented in UN style)."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text

#: (form, language, passage, its distinct targets)
Row = tuple[str, str, str, list[str]]

#: read right before and after: the forms of reports stay so; a paragraph, a section or an
#: annex after a symbol is a pinpoint, never part of the id
KEPT: list[Row] = [
    (
        "pursuant",
        "en",
        "The present report is submitted pursuant to General Assembly resolution 79/123, paragraph 12.",
        ["A/RES/79/123"],
    ),
    (
        "pursuant",
        "en",
        (
            "1. The present report is submitted in accordance with Human Rights Council resolution 55/14, "
            "in which the Council requested the High Commissioner to report."
        ),
        ["A/HRC/RES/55/14"],
    ),
    (
        "pursuant",
        "en",
        (
            "2. In its resolution 78/241, the General Assembly requested the Secretary-General to submit a "
            "report at its eightieth session."
        ),
        ["A/RES/78/241"],
    ),
    (
        "pursuant",
        "en",
        "The report responds to the request contained in paragraph 22 of Assembly resolution 77/190.",
        ["A/RES/77/190"],
    ),
    (
        "pursuant",
        "en",
        (
            "The present note is transmitted in accordance with Economic and Social Council resolution "
            "2024/11 and decision 2024/215."
        ),
        ["E/RES/2024/11", "E/DEC/2024/215"],
    ),
    (
        "pursuant",
        "en",
        (
            "3. By its resolution 2712 (2023), the Security Council requested the Secretary-General to "
            "report every 90 days."
        ),
        ["S/RES/2712(2023)"],
    ),
    (
        "pursuant",
        "en",
        "The present report is submitted pursuant to paragraph 9 of Security Council resolution 2663 (2022).",
        ["S/RES/2663(2022)"],
    ),
    (
        "pursuant",
        "en",
        "It is submitted pursuant to General Assembly resolutions 76/208 and 78/166.",
        ["A/RES/76/208", "A/RES/78/166"],
    ),
    ("see", "en", "(see A/79/300, paras. 14–18)", ["A/79/300"]),
    (
        "see",
        "en",
        "As noted in the previous report (A/79/300, para. 21), the backlog has declined.",
        ["A/79/300"],
    ),
    ("see", "en", "as reported previously (A/78/250, sect. III.B)", ["A/78/250"]),
    (
        "see",
        "en",
        "Further details are provided in the annex to the present report (see also A/79/300/Add.1, table 3).",
        ["A/79/300/Add.1"],
    ),
    (
        "see",
        "en",
        "The Advisory Committee recalls its previous comments (A/78/7, para. VIII.45) on the matter.",
        ["A/78/7"],
    ),
    (
        "see",
        "en",
        "See A/HRC/57/23, paras. 40–44, and A/HRC/54/31, para. 12.",
        ["A/HRC/57/23", "A/HRC/54/31"],
    ),
    ("see", "en", "The Board made 14 recommendations (see A/79/5 (Vol. I), chap. II).", ["A/79/5(Vol.I)"]),
    (
        "see",
        "en",
        "The findings of the mission are set out in document S/2024/612, paragraphs 30 to 35.",
        ["S/2024/612"],
    ),
    (
        "see",
        "en",
        "For the methodology, see the report of the Secretary-General (A/80/91), annex II.",
        ["A/80/91"],
    ),
    (
        "see",
        "en",
        "(see E/CN.15/2025/4, sect. II.A, and E/CN.7/2025/3, para. 6)",
        ["E/CN.15/2025/4", "E/CN.7/2025/3"],
    ),
    (
        "see",
        "en",
        "The Committee took note of the report of the Working Group (A/AC.109/2025/L.3).",
        ["A/AC.109/2025/L.3"],
    ),
    ("see", "en", "(A/79/300 and A/79/300/Corr.1)", ["A/79/300", "A/79/300/Corr.1"]),
    (
        "documentation",
        "en",
        "Documentation: A/80/12 and Add.1; A/80/315",
        ["A/80/12", "A/80/12/Add.1", "A/80/315"],
    ),
    (
        "documentation",
        "en",
        (
            "Documentation\nReport of the Secretary-General (A/80/204)\nNote by the Secretariat (A/80/211 "
            "and Corr.1)"
        ),
        ["A/80/204", "A/80/211", "A/80/211/Corr.1"],
    ),
    (
        "documentation",
        "en",
        "Documents: A/80/16, A/80/16/Add.1 and A/80/16/Add.2",
        ["A/80/16", "A/80/16/Add.1", "A/80/16/Add.2"],
    ),
    (
        "documentation",
        "en",
        "Documentation: E/2025/33 and Add.1-3",
        ["E/2025/33", "E/2025/33/Add.1", "E/2025/33/Add.2", "E/2025/33/Add.3"],
    ),
    (
        "documentation",
        "en",
        "The Committee had before it the report of the Secretary-General (A/80/340 and Add.1).",
        ["A/80/340", "A/80/340/Add.1"],
    ),
    (
        "documentation",
        "en",
        "Documentation: A/C.5/80/2 and A/C.5/80/2/Corr.1",
        ["A/C.5/80/2", "A/C.5/80/2/Corr.1"],
    ),
    (
        "prst",
        "en",
        "the Council, in its presidential statement of 12 May 2025 (S/PRST/2025/4), called on all parties",
        ["S/PRST/2025/4"],
    ),
    (
        "prst",
        "en",
        "Recalling the statement by the President of the Security Council of 8 August 2024 (S/PRST/2024/6),",
        ["S/PRST/2024/6"],
    ),
    (
        "prst",
        "en",
        "In a presidential statement (S/PRST/2023/11), the Council welcomed the agreement.",
        ["S/PRST/2023/11"],
    ),
    ("prst", "en", "See S/PRST/2022/9 and S/PRST/2023/2.", ["S/PRST/2022/9", "S/PRST/2023/2"]),
    (
        "letter",
        "en",
        (
            "letter dated 3 March 2025 from the Permanent Representative of Ruritania to the United "
            "Nations addressed to the President of the Security Council (S/2025/140)"
        ),
        ["S/2025/140"],
    ),
    (
        "letter",
        "en",
        (
            "Identical letters dated 14 June 2025 from the Secretary-General addressed to the President of "
            "the General Assembly and the President of the Security Council (A/79/902-S/2025/388)"
        ),
        ["A/79/902", "S/2025/388"],
    ),
    (
        "letter",
        "en",
        (
            "By a letter dated 2 April 2025 (S/2025/201), the President of the Council informed me of the "
            "Council's decision."
        ),
        ["S/2025/201"],
    ),
    (
        "letter",
        "en",
        (
            "In my letter dated 9 January 2025 (S/2025/18), I informed the Council of my intention to "
            "appoint a panel."
        ),
        ["S/2025/18"],
    ),
    (
        "letter",
        "en",
        (
            "Letter dated 21 October 2025 from the Chair of the Security Council Committee established "
            "pursuant to resolution 1718 (2006) addressed to the President of the Security Council"
        ),
        ["S/RES/1718(2006)"],
    ),
    ("treatybody", "en", "the report of the Committee (CERD/C/112/2)", ["CERD/C/112/2"]),
    (
        "treatybody",
        "en",
        "The Committee recalls its previous concluding observations (CCPR/C/ABC/CO/4, para. 18).",
        ["CCPR/C/ABC/CO/4"],
    ),
    (
        "treatybody",
        "en",
        "in its general comment No. 36 (2018) on the right to life (CCPR/C/GC/36), the Committee stated",
        ["CCPR/C/GC/36"],
    ),
    (
        "treatybody",
        "en",
        (
            "The Committee considered the fifth periodic report of the State party (CAT/C/XYZ/5) at its "
            "2101st and 2104th meetings (see CAT/C/SR.2101 and 2104)."
        ),
        ["CAT/C/XYZ/5", "CAT/C/SR.2101", "CAT/C/SR.2104"],
    ),
    (
        "treatybody",
        "en",
        (
            "The Committee refers to its general recommendation No. 35 (2017) on gender-based violence "
            "against women (CEDAW/C/GC/35)."
        ),
        ["CEDAW/C/GC/35"],
    ),
    ("treatybody", "en", "(E/C.12/GC/24, para. 7)", ["E/C.12/GC/24"]),
    (
        "treatybody",
        "en",
        (
            "Concluding observations on the combined sixth and seventh periodic reports of Arcadia "
            "(CRC/C/ARC/CO/6-7)"
        ),
        ["CRC/C/ARC/CO/6-7"],
    ),
    ("symbol", "en", "The draft resolution E/2025/L.12 was adopted without a vote.", ["E/2025/L.12"]),
    (
        "symbol",
        "en",
        "At the same meeting, the Council adopted draft resolution E/2025/L.12/Rev.1.",
        ["E/2025/L.12/Rev.1"],
    ),
    (
        "symbol",
        "en",
        "The Committee then adopted draft resolution A/C.3/80/L.21/Rev.1 (see para. 14).",
        ["A/C.3/80/L.21/Rev.1"],
    ),
    ("symbol", "en", "The text is contained in document A/80/L.33.", ["A/80/L.33"]),
    ("symbol", "en", "(see ST/SGB/2019/8 and ST/AI/2017/1)", ["ST/SGB/2019/8", "ST/AI/2017/1"]),
    ("decision", "en", "decision 79/504", ["A/DEC/79/504"]),
    (
        "decision",
        "en",
        "By its decision 79/504, the General Assembly deferred consideration of the item.",
        ["A/DEC/79/504"],
    ),
    (
        "decision",
        "en",
        "In accordance with General Assembly decision 78/548, the item was included in the agenda.",
        ["A/DEC/78/548"],
    ),
    ("decision", "en", "see Economic and Social Council decision 2025/204", ["E/DEC/2025/204"]),
    ("decision", "en", "Human Rights Council decision 56/115", ["A/HRC/DEC/56/115"]),
    ("annex", "en", "resolution 2231 (2015), annex B", ["S/RES/2231(2015)"]),
    ("annex", "en", "General Assembly resolution 70/1, annex, paragraph 5", ["A/RES/70/1"]),
    (
        "annex",
        "en",
        "in accordance with paragraph 2 of annex B to resolution 2231 (2015)",
        ["S/RES/2231(2015)"],
    ),
    ("summary", "en", "(A/C.3/79/SR.12, para. 4)", ["A/C.3/79/SR.12"]),
    (
        "summary",
        "en",
        "For the discussion, see the relevant summary records (A/C.3/79/SR.12–14).",
        ["A/C.3/79/SR.12", "A/C.3/79/SR.13", "A/C.3/79/SR.14"],
    ),
    (
        "summary",
        "en",
        "The statement is reflected in the summary record of the meeting (E/2025/SR.9).",
        ["E/2025/SR.9"],
    ),
    ("summary", "en", "(see A/79/PV.45 and A/79/PV.46)", ["A/79/PV.45", "A/79/PV.46"]),
    ("summary", "en", "See S/PV.9801.", ["S/PV.9801"]),
    (
        "agenda",
        "en",
        "Item 68 (b) of the provisional agenda*\nPromotion and protection of human rights\n\n* A/80/150.",
        ["A/80/150"],
    ),
    (
        "agenda",
        "en",
        "Eightieth session\nItem 19 of the preliminary list*\nSustainable development\n* A/80/50.",
        ["A/80/50"],
    ),
    ("agenda", "en", "Agenda item 4 (a)\nReport on the work of the session\n\n* E/2025/1.", ["E/2025/1"]),
    (
        "masthead",
        "en",
        (
            "United Nations\nA/80/312\nGeneral Assembly\nDistr.: General\n4 August 2025\n\nOriginal: "
            "English\n\nEightieth session\nItem 72 of the provisional agenda*\n\n* A/80/150.\n\nReport of "
            "the Secretary-General\n\n1. The present report is submitted pursuant to General Assembly "
            "resolution 79/188."
        ),
        ["A/80/150", "A/RES/79/188"],
    ),
    (
        "masthead",
        "en",
        (
            "Security Council\nS/2025/611\nDistr.: General\n2 October 2025\n\nReport of the "
            "Secretary-General\n\n1. The present report is submitted pursuant to resolution 2740 (2024)."
        ),
        ["S/RES/2740(2024)"],
    ),
    (
        "masthead",
        "en",
        (
            "25-11234 (E)\n*2511234*\nA/80/312\n\nThe Secretary-General recalls General Assembly "
            "resolution 78/241."
        ),
        ["A/RES/78/241"],
    ),
    (
        "prose",
        "en",
        "The Assembly welcomed the report (A/79/300) in its resolution 79/210.",
        ["A/79/300", "A/RES/79/210"],
    ),
    (
        "prose",
        "en",
        (
            "Previous reports of the Special Rapporteur (A/HRC/55/51, A/HRC/52/33 and A/78/171) addressed "
            "that question."
        ),
        ["A/HRC/55/51", "A/HRC/52/33", "A/78/171"],
    ),
    (
        "prose",
        "en",
        "The Commission on the Status of Women, in its agreed conclusions (E/CN.6/2025/L.3), urged States",
        ["E/CN.6/2025/L.3"],
    ),
    (
        "prose",
        "en",
        "The programme budget for 2026 (A/80/6 (Sect. 24)) provides for the post.",
        ["A/80/6(Sect.24)"],
    ),
    (
        "prose",
        "en",
        "See the report of the Human Rights Council on its fifty-eighth session (A/80/53), chap. IV.",
        ["A/80/53"],
    ),
    (
        "prose",
        "en",
        (
            "Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 7 (A/79/7), "
            "para. 12."
        ),
        ["A/79/7"],
    ),
    (
        "prose",
        "en",
        (
            "Official Records of the Economic and Social Council, 2024, Supplement No. 10 (E/2024/30), "
            "chap. I, sect. B."
        ),
        ["E/2024/30"],
    ),
    (
        "pursuant",
        "fr",
        (
            "Le présent rapport est soumis en application de la résolution 79/123 de l'Assemblée générale, "
            "paragraphe 12."
        ),
        ["A/RES/79/123"],
    ),
    (
        "pursuant",
        "fr",
        (
            "Dans sa résolution 2712 (2023), le Conseil de sécurité a prié le Secrétaire général de lui "
            "faire rapport."
        ),
        ["S/RES/2712(2023)"],
    ),
    (
        "pursuant",
        "fr",
        (
            "Le présent rapport est présenté en application du paragraphe 9 de la résolution 78/241 de "
            "l'Assemblée générale."
        ),
        ["A/RES/78/241"],
    ),
    ("see", "fr", "(voir A/79/300, par. 14 à 18)", ["A/79/300"]),
    ("see", "fr", "comme indiqué précédemment (A/78/250, sect. III.B)", ["A/78/250"]),
    ("see", "fr", "Voir A/HRC/57/23, par. 40 à 44, et A/HRC/54/31, par. 12.", ["A/HRC/57/23", "A/HRC/54/31"]),
    (
        "documentation",
        "fr",
        "Documentation : A/80/12 et Add.1 ; A/80/315",
        ["A/80/12", "A/80/12/Add.1", "A/80/315"],
    ),
    (
        "documentation",
        "fr",
        "Le Comité était saisi du rapport du Secrétaire général (A/80/340 et Add.1).",
        ["A/80/340", "A/80/340/Add.1"],
    ),
    (
        "prst",
        "fr",
        (
            "le Conseil, dans la déclaration de sa présidence du 12 mai 2025 (S/PRST/2025/4), a engagé "
            "toutes les parties"
        ),
        ["S/PRST/2025/4"],
    ),
    (
        "letter",
        "fr",
        (
            "lettre datée du 3 mars 2025, adressée à la Présidente du Conseil de sécurité par le "
            "Représentant permanent de la Ruritanie auprès de l'Organisation des Nations Unies (S/2025/140)"
        ),
        ["S/2025/140"],
    ),
    ("treatybody", "fr", "le rapport du Comité (CERD/C/112/2)", ["CERD/C/112/2"]),
    (
        "treatybody",
        "fr",
        "dans son observation générale no 36 (2018) sur le droit à la vie (CCPR/C/GC/36)",
        ["CCPR/C/GC/36"],
    ),
    ("symbol", "fr", "Le projet de résolution E/2025/L.12 a été adopté sans vote.", ["E/2025/L.12"]),
    (
        "decision",
        "fr",
        "Par sa décision 79/504, l'Assemblée générale a reporté l'examen de la question.",
        ["A/DEC/79/504"],
    ),
    ("decision", "fr", "décision 79/504 de l'Assemblée générale", ["A/DEC/79/504"]),
    ("annex", "fr", "résolution 2231 (2015), annexe B", ["S/RES/2231(2015)"]),
    ("summary", "fr", "(A/C.3/79/SR.12, par. 4)", ["A/C.3/79/SR.12"]),
    (
        "agenda",
        "fr",
        (
            "Point 68 b) de l'ordre du jour provisoire*\nPromotion et protection des droits humains\n\n* "
            "A/80/150."
        ),
        ["A/80/150"],
    ),
    (
        "prose",
        "fr",
        (
            "Documents officiels de l'Assemblée générale, soixante-dix-neuvième session, Supplément no 7 "
            "(A/79/7), par. 12."
        ),
        ["A/79/7"],
    ),
    (
        "see",
        "fr",
        "Le Comité consultatif rappelle ses observations antérieures (A/78/7, par. VIII.45).",
        ["A/78/7"],
    ),
    (
        "pursuant",
        "es",
        (
            "El presente informe se presenta de conformidad con la resolución 79/123 de la Asamblea "
            "General, párrafo 12."
        ),
        ["A/RES/79/123"],
    ),
    (
        "pursuant",
        "es",
        (
            "En su resolución 2712 (2023), el Consejo de Seguridad solicitó al Secretario General que le "
            "informara."
        ),
        ["S/RES/2712(2023)"],
    ),
    ("see", "es", "(véase A/79/300, párrs. 14 a 18)", ["A/79/300"]),
    ("see", "es", "como se informó anteriormente (A/78/250, secc. III.B)", ["A/78/250"]),
    (
        "see",
        "es",
        "Véanse A/HRC/57/23, párrs. 40 a 44, y A/HRC/54/31, párr. 12.",
        ["A/HRC/57/23", "A/HRC/54/31"],
    ),
    (
        "documentation",
        "es",
        "Documentación: A/80/12 y Add.1; A/80/315",
        ["A/80/12", "A/80/12/Add.1", "A/80/315"],
    ),
    (
        "documentation",
        "es",
        "La Comisión tuvo ante sí el informe del Secretario General (A/80/340 y Add.1).",
        ["A/80/340", "A/80/340/Add.1"],
    ),
    (
        "prst",
        "es",
        (
            "el Consejo, en la declaración de su Presidencia de 12 de mayo de 2025 (S/PRST/2025/4), "
            "exhortó a todas las partes"
        ),
        ["S/PRST/2025/4"],
    ),
    (
        "letter",
        "es",
        (
            "carta de fecha 3 de marzo de 2025 dirigida a la Presidencia del Consejo de Seguridad por el "
            "Representante Permanente de Ruritania ante las Naciones Unidas (S/2025/140)"
        ),
        ["S/2025/140"],
    ),
    ("treatybody", "es", "el informe del Comité (CERD/C/112/2)", ["CERD/C/112/2"]),
    (
        "treatybody",
        "es",
        "en su observación general núm. 36 (2018) sobre el derecho a la vida (CCPR/C/GC/36)",
        ["CCPR/C/GC/36"],
    ),
    ("symbol", "es", "El proyecto de resolución E/2025/L.12 fue aprobado sin votación.", ["E/2025/L.12"]),
    (
        "decision",
        "es",
        "En su decisión 79/504, la Asamblea General aplazó el examen del tema.",
        ["A/DEC/79/504"],
    ),
    ("annex", "es", "resolución 2231 (2015), anexo B", ["S/RES/2231(2015)"]),
    ("summary", "es", "(A/C.3/79/SR.12, párr. 4)", ["A/C.3/79/SR.12"]),
    (
        "agenda",
        "es",
        "Tema 68 b) del programa provisional*\nPromoción y protección de los derechos humanos\n\n* A/80/150.",
        ["A/80/150"],
    ),
    (
        "prose",
        "es",
        (
            "Documentos Oficiales de la Asamblea General, septuagésimo noveno período de sesiones, "
            "Suplemento núm. 7 (A/79/7), párr. 12."
        ),
        ["A/79/7"],
    ),
    (
        "see",
        "es",
        "La Comisión Consultiva recuerda sus observaciones anteriores (A/78/7, párr. VIII.45).",
        ["A/78/7"],
    ),
    (
        "pursuant",
        "ru",
        "Настоящий доклад представляется во исполнение резолюции 79/123 Генеральной Ассамблеи, пункт 12.",
        ["A/RES/79/123"],
    ),
    (
        "pursuant",
        "ru",
        "В своей резолюции 2712 (2023) Совет Безопасности просил Генерального секретаря представить доклад.",
        ["S/RES/2712(2023)"],
    ),
    ("see", "ru", "(см. A/79/300, пп. 14–18)", ["A/79/300"]),
    ("see", "ru", "как сообщалось ранее (A/78/250, разд. III.B)", ["A/78/250"]),
    (
        "documentation",
        "ru",
        "Документация: A/80/12 и Add.1; A/80/315",
        ["A/80/12", "A/80/12/Add.1", "A/80/315"],
    ),
    (
        "prst",
        "ru",
        "Совет в заявлении своего Председателя от 12 мая 2025 года (S/PRST/2025/4) призвал все стороны",
        ["S/PRST/2025/4"],
    ),
    (
        "letter",
        "ru",
        (
            "письмо Постоянного представителя Руритании при Организации Объединенных Наций от 3 марта 2025 "
            "года на имя Председателя Совета Безопасности (S/2025/140)"
        ),
        ["S/2025/140"],
    ),
    ("treatybody", "ru", "доклад Комитета (CERD/C/112/2)", ["CERD/C/112/2"]),
    (
        "decision",
        "ru",
        "В своем решении 79/504 Генеральная Ассамблея отложила рассмотрение пункта.",
        ["A/DEC/79/504"],
    ),
    ("annex", "ru", "резолюция 2231 (2015), приложение B", ["S/RES/2231(2015)"]),
    ("summary", "ru", "(A/C.3/79/SR.12, п. 4)", ["A/C.3/79/SR.12"]),
    (
        "agenda",
        "ru",
        "Пункт 68 (b) предварительной повестки дня*\nПоощрение и защита прав человека\n\n* A/80/150.",
        ["A/80/150"],
    ),
    ("symbol", "ru", "Проект резолюции E/2025/L.12 был принят без голосования.", ["E/2025/L.12"]),
    ("pursuant", "ar", "يقدم هذا التقرير عملا بقرار الجمعية العامة 79/123، الفقرة 12.", ["A/RES/79/123"]),
    (
        "pursuant",
        "ar",
        "طلب مجلس الأمن في قراره 2712 (2023) إلى الأمين العام أن يقدم تقريرا.",
        ["S/RES/2712(2023)"],
    ),
    ("see", "ar", "(انظر A/79/300، الفقرات 14-18)", ["A/79/300"]),
    ("see", "ar", "على النحو المبلغ عنه سابقا (A/78/250، الفرع ثالثا - باء)", ["A/78/250"]),
    ("documentation", "ar", "الوثائق: A/80/12 و Add.1؛ A/80/315", ["A/80/12", "A/80/12/Add.1", "A/80/315"]),
    (
        "prst",
        "ar",
        "دعا المجلس، في البيان الذي أدلى به رئيسه في 12 أيار/مايو 2025 (S/PRST/2025/4)، جميع الأطراف",
        ["S/PRST/2025/4"],
    ),
    (
        "letter",
        "ar",
        (
            "رسالة مؤرخة 3 آذار/مارس 2025 موجهة إلى رئيس مجلس الأمن من الممثل الدائم لروريتانيا لدى الأمم "
            "المتحدة (S/2025/140)"
        ),
        ["S/2025/140"],
    ),
    ("treatybody", "ar", "تقرير اللجنة (CERD/C/112/2)", ["CERD/C/112/2"]),
    ("decision", "ar", "أرجأت الجمعية العامة، في مقررها 79/504، النظر في البند.", ["A/DEC/79/504"]),
    ("annex", "ar", "القرار 2231 (2015)، المرفق باء", ["S/RES/2231(2015)"]),
    ("summary", "ar", "(A/C.3/79/SR.12، الفقرة 4)", ["A/C.3/79/SR.12"]),
    (
        "agenda",
        "ar",
        "البند 68 (ب) من جدول الأعمال المؤقت*\nتعزيز حقوق الإنسان وحمايتها\n\n* A/80/150.",
        ["A/80/150"],
    ),
    ("symbol", "ar", "اعتمد مشروع القرار E/2025/L.12 دون تصويت.", ["E/2025/L.12"]),
    ("pursuant", "zh", "本报告是根据大会第79/123号决议第12段提交的。", ["A/RES/79/123"]),
    ("pursuant", "zh", "安全理事会在第2712(2023)号决议中请秘书长提交报告。", ["S/RES/2712(2023)"]),
    ("see", "zh", "(见A/79/300，第14-18段)", ["A/79/300"]),
    ("see", "zh", "如先前所报告的(A/78/250，第三.B节)", ["A/78/250"]),
    ("documentation", "zh", "文件：A/80/12和Add.1；A/80/315", ["A/80/12", "A/80/12/Add.1", "A/80/315"]),
    ("prst", "zh", "安理会在2025年5月12日的主席声明(S/PRST/2025/4)中呼吁各方", ["S/PRST/2025/4"]),
    ("letter", "zh", "2025年3月3日鲁里塔尼亚常驻联合国代表给安全理事会主席的信(S/2025/140)", ["S/2025/140"]),
    ("treatybody", "zh", "委员会的报告(CERD/C/112/2)", ["CERD/C/112/2"]),
    ("decision", "zh", "大会第79/504号决定推迟审议该项目。", ["A/DEC/79/504"]),
    ("annex", "zh", "第2231(2015)号决议附件B", ["S/RES/2231(2015)"]),
    ("summary", "zh", "(A/C.3/79/SR.12，第4段)", ["A/C.3/79/SR.12"]),
    ("agenda", "zh", "临时议程*项目68(b)\n促进和保护人权\n\n* A/80/150。", ["A/80/150"]),
    ("symbol", "zh", "决议草案E/2025/L.12未经表决获得通过。", ["E/2025/L.12"]),
    (
        "masthead",
        "en",
        (
            "United Nations\nA/HRC/59/21\nGeneral Assembly\nDistr.: General\n2 May 2025\n\nHuman Rights "
            "Council\nFifty-ninth session\n\n1. The guidelines annexed to Council resolution 17/4 apply. "
            "In its resolution 56/3, the Council requested a report. See also decision 57/115."
        ),
        ["A/HRC/RES/17/4", "A/HRC/RES/56/3", "A/HRC/DEC/57/115"],
    ),
]

#: (language, passage, target, pinpoint): a lettered annex is the annex's pinpoint ("annex B",
#: "المرفق باء", "附件B"; read as a bare "annex" before), and "annex II to resolution …" in English
#: gives its pinpoint as "annexe II de la résolution" did (none before)
PINPOINTS: list[tuple[str, str, str, str]] = [
    (
        "en",
        "pursuant to Security Council resolution 2231 (2015), annex B, paragraph 4,",
        "S/RES/2231(2015)",
        "annex B, paragraph 4",  # the chain after the annex (recall25)
    ),
    ("en", "as provided in resolution 2231 (2015), annex A.", "S/RES/2231(2015)", "annex A"),
    ("en", "the procedure set out in General Assembly resolution 78/301, annex C", "A/RES/78/301", "annex C"),
    ("fr", "la résolution 2231 (2015) du Conseil de sécurité, annexe B,", "S/RES/2231(2015)", "annexe B"),
    ("es", "la resolución 2231 (2015) del Consejo de Seguridad, anexo B,", "S/RES/2231(2015)", "anexo B"),
    ("ru", "резолюция 2231 (2015) Совета Безопасности, приложение B,", "S/RES/2231(2015)", "приложение B"),
    ("ru", "резолюция 2231 (2015) Совета Безопасности, приложение Б,", "S/RES/2231(2015)", "приложение Б"),
    ("ar", "قرار مجلس الأمن 2231 (2015)، المرفق باء،", "S/RES/2231(2015)", "المرفق باء"),
    ("zh", "安全理事会第2231(2015)号决议附件B所载程序", "S/RES/2231(2015)", "附件B"),
    (
        "en",
        "the rules set out in annex II to resolution 61/177, which the Assembly adopted",
        "A/RES/61/177",
        "annex II",
    ),
    ("en", "as reflected in annex I to resolution 2231 (2015)", "S/RES/2231(2015)", "annex I"),
    (
        "en",
        "in accordance with paragraph 2 of annex B to resolution 2231 (2015),",
        "S/RES/2231(2015)",
        "annex B",
    ),
    ("en", "as requested in section C of its resolution 78/265,", "A/RES/78/265", "section C"),
    ("fr", "conformément à l'annexe B de la résolution 2231 (2015),", "S/RES/2231(2015)", "annexe B"),
    ("es", "de conformidad con el anexo B de la resolución 2231 (2015),", "S/RES/2231(2015)", "anexo B"),
    # a letter that opens a symbol or a word is not the annex's
    ("en", "resolution 2231 (2015), annex; A/80/150 gives the list.", "S/RES/2231(2015)", "annex"),
    ("en", "resolution 79/123, annex Bolivia (Plurinational State of) and others", "A/RES/79/123", "annex"),
    ("en", "resolution 79/123, annex II, and S/2025/140", "A/RES/79/123", "annex II"),
]


def _targets(text: str, lang: str) -> list[str]:
    return sorted({c.target for c in extract_text(text, lang=lang).citations if c.target})


@pytest.mark.parametrize(("form", "lang", "passage", "want"), KEPT)
def test_report_forms(form: str, lang: str, passage: str, want: list[str]) -> None:
    assert _targets(passage, lang) == sorted(want), form


@pytest.mark.parametrize(("lang", "passage", "target", "pinpoint"), PINPOINTS)
def test_annex_pinpoints(lang: str, passage: str, target: str, pinpoint: str) -> None:
    pins = [c.pinpoint for c in extract_text(passage, lang=lang).citations if c.target == target]
    assert pins == [pinpoint]


def test_masthead_symbol_is_own_id_not_a_citation() -> None:
    text = (
        "United Nations\nA/80/312\nGeneral Assembly\nDistr.: General\n4 August 2025\n\n"
        "Eightieth session\nItem 72 of the provisional agenda*\n\n* A/80/150.\n\n"
        "Report of the Secretary-General\n\n1. Pursuant to General Assembly resolution 79/188, paragraph 9."
    )
    result = extract_text(text, lang="en")
    assert result.document.source_id == "A/80/312"
    assert sorted({c.target for c in result.citations if c.target}) == ["A/80/150", "A/RES/79/188"]
