"""Reports of functional commissions and treaty bodies' conferences, issue 7: the texts a body
adopted and reproduces in its own session report ("Resolution 55/1", "Decision 55/101" in its
chapter I) are the body's own (E/CN.6/RES/55/1, E/CN.6/DEC/55/101), the report's narrative is
the report's (its joint masthead's first symbol, also when a text layer ran the title page's
lines together: "… New York, 2011 E/2011/27 E/CN.6/2011/12"), the Council's drafts and the
Assembly's and the Council's texts cited stay theirs.  Six languages, one report built as a
Word file; look-alikes unchanged.  Every report, number, date and title is invented."""

from __future__ import annotations

import pytest

from rescite.engine.extract import extract_text
from rescite.read import text_of
from test_formats_word import docx, p

#: (source_id, mention, target) of every record, in order
Records = list[tuple[str | None, str, str | None]]

_CHAPTER_I = """Chapter I
Matters calling for action by the Economic and Social Council or brought to its attention

A. Draft resolution to be recommended by the Commission for adoption by the Council

1. The Commission on the Status of Women recommends to the Economic and Social Council the \
adoption of the following draft resolution:

Draft resolution I
Situation of and assistance to rural women in mountain regions

The Economic and Social Council,
Recalling its resolution 2009/15 and General Assembly resolution 64/140,
1. Requests the Secretary-General to report in 2012.

B. Matters brought to the attention of the Council

2. The following resolution and decision adopted by the Commission are brought to the attention \
of the Council:

Resolution 55/1
Women, the girl child and the prevention of maternal deaths

The Commission on the Status of Women,
Recalling its resolution 54/4 of 12 March 2010 and General Assembly resolution 65/187 of \
21 December 2010,
Recalling also Economic and Social Council resolution 2008/29,
1. Urges Governments to implement its resolution 52/10;
2. Decides to review the implementation of the present resolution at its fifty-seventh session.

Decision 55/101
Documents considered by the Commission on the Status of Women at its fifty-fifth session

At its 12th meeting, on 4 March 2011, the Commission took note of the report of the \
Secretary-General (E/CN.6/2011/4).

Chapter II
Follow-up to the Fourth World Conference on Women

3. The Commission considered item 3 at its 2nd meeting. In its resolution 64/141, the General \
Assembly invited the Commission to continue its work. The Council, in its resolution 2010/4, \
welcomed the work.
"""

#: the masthead on its line, the joint symbol after the organisation's name
EN_MASTHEAD = (
    """United Nations E/2011/27-E/CN.6/2011/12

Economic and Social Council

Commission on the Status of Women
Report on the fifty-fifth session
(12 March 2010 and 22 February-4 March 2011)

"""
    + _CHAPTER_I
)

#: the title page's lines run together by a text layer, the joint symbol ending them
EN_FLAT = (
    "Economic and Social Council Official Records, 2011 Supplement No. 7 Commission on the Status "
    "of Women Report on the fifty-fifth session (12 March 2010 and 22 February-4 March 2011) "
    "United Nations \u2022 New York, 2011 E/2011/27 E/CN.6/2011/12\n\n" + _CHAPTER_I
)

#: the title page on lines of its own, the joint symbol on one line under its note
EN_NOTE = (
    """Economic and Social Council
Official Records, 2011
Supplement No. 7

Commission on the Status of Women
Report on the fifty-fifth session
(12 March 2010 and 22 February-4 March 2011)

United Nations \u2022 New York, 2011

Note
Symbols of United Nations documents are composed of letters and figures; a symbol mentioned \
refers to a document of the Organization.

E/2011/27 E/CN.6/2011/12
ISSN 0000-0000

"""
    + _CHAPTER_I
)

#: what each English form gives: the narrative the report's, the texts the Commission's
EN_RECORDS: Records = [
    ("E/2011/27", "2009/15", "E/RES/2009/15"),
    ("E/2011/27", "64/140", "A/RES/64/140"),
    ("E/CN.6/RES/55/1", "54/4", "E/CN.6/RES/54/4"),
    ("E/CN.6/RES/55/1", "65/187", "A/RES/65/187"),
    ("E/CN.6/RES/55/1", "2008/29", "E/RES/2008/29"),
    ("E/CN.6/RES/55/1", "52/10", "E/CN.6/RES/52/10"),
    ("E/CN.6/DEC/55/101", "E/CN.6/2011/4", "E/CN.6/2011/4"),
    ("E/2011/27", "64/141", "A/RES/64/141"),
    ("E/2011/27", "2010/4", "E/RES/2010/4"),
]

#: French, the joint symbol on the masthead's line after the organisation's name
FR = """Nations Unies E/2011/27 E/CN.6/2011/12

Conseil économique et social

Commission de la condition de la femme
Rapport sur les travaux de la cinquante-cinquième session

Chapitre I
Questions appelant une décision du Conseil économique et social ou portées à son attention

A. Projet de résolution dont la Commission recommande l'adoption au Conseil

Projet de résolution I
Situation des femmes rurales

Le Conseil économique et social,
Rappelant sa résolution 2009/15 et la résolution 64/140 de l'Assemblée générale,
1. Prie la Commission de poursuivre ses travaux.

B. Questions portées à l'attention du Conseil

Résolution 55/1
Les femmes, la petite fille et la prévention de la mortalité maternelle

La Commission de la condition de la femme,
Rappelant sa résolution 54/4 du 12 mars 2010 et la résolution 65/187 de l'Assemblée générale,
1. Exhorte les gouvernements à appliquer sa résolution 52/10.

Décision 55/101
Documents examinés par la Commission de la condition de la femme à sa cinquante-cinquième session

À sa 12e séance, le 4 mars 2011, la Commission a pris acte du rapport du Secrétaire général \
(E/CN.6/2011/4).

Chapitre II
Suivi de la quatrième Conférence mondiale sur les femmes

3. Dans sa résolution 64/141, l'Assemblée générale a invité la Commission à poursuivre ses travaux.
"""

#: Spanish, the Commission on Narcotic Drugs
ES = """Naciones Unidas E/2019/28-E/CN.7/2019/15

Consejo Económico y Social

Comisión de Estupefacientes
Informe sobre el 62º período de sesiones

Capítulo I
Cuestiones que requieren la adopción de medidas por el Consejo Económico y Social o que se \
señalan a su atención

A. Proyecto de resolución cuya aprobación se recomienda al Consejo

Proyecto de resolución I
Cooperación internacional en la fiscalización de drogas

El Consejo Económico y Social,
Recordando su resolución 2017/23 y la resolución 73/192 de la Asamblea General,
1. Alienta a los Estados Miembros a cooperar.

B. Cuestiones que se señalan a la atención del Consejo

Resolución 62/1
Fortalecimiento de la cooperación con la sociedad civil

La Comisión de Estupefacientes,
Recordando su resolución 61/3, de 16 de marzo de 2018, y la resolución 73/192 de la Asamblea \
General,
1. Invita a los Estados Miembros a aplicar su resolución 60/4.

Decisión 62/101
Documentos examinados por la Comisión de Estupefacientes en su 62º período de sesiones

En su 10ª sesión, celebrada el 22 de marzo de 2019, la Comisión tomó nota del informe del \
Director Ejecutivo (E/CN.7/2019/2).

Capítulo II
Debate general

4. En su resolución 73/192, la Asamblea General invitó a la Comisión a seguir su labor.
"""

#: Russian, the Commission on Crime Prevention and Criminal Justice, the joint symbol's two
#: blank-separated
RU = """Организация Объединенных Наций E/2019/30 E/CN.15/2019/17

Экономический и Социальный Совет

Комиссия по предупреждению преступности и уголовному правосудию
Доклад о работе двадцать восьмой сессии

Глава I
Вопросы, требующие решения Экономического и Социального Совета или доводимые до его сведения

A. Вопросы, доводимые до сведения Совета

Резолюция 28/1
Укрепление международного сотрудничества в борьбе с незаконным оборотом культурных ценностей

Комиссия по предупреждению преступности и уголовному правосудию,
ссылаясь на свою резолюцию 27/2 от 18 мая 2018 года и резолюцию 73/186 Генеральной Ассамблеи,
1. призывает государства-члены осуществлять ее резолюцию 26/3.

Решение 28/101
Документы, рассмотренные Комиссией на ее двадцать восьмой сессии

На своем 12-м заседании 24 мая 2019 года Комиссия приняла к сведению доклад Генерального \
секретаря (E/CN.15/2019/5).

Глава II
Общие прения

5. В своей резолюции 73/186 Генеральная Ассамблея предложила Комиссии продолжить работу.
"""

#: Arabic, the Commission on the Status of Women, its decision told by the Commission's short name
AR = """الأمم المتحدة E/2016/27 E/CN.6/2016/22

المجلس الاقتصادي والاجتماعي

لجنة وضع المرأة
تقرير عن أعمال الدورة الستين

الفصل الأول
المسائل التي تتطلب أن يتخذ المجلس الاقتصادي والاجتماعي إجراءً بشأنها أو التي يوجه انتباهه إليها

ألف - المسائل التي يوجه إليها انتباه المجلس

القرار 60/2
المرأة والفتاة وفيروس نقص المناعة البشرية

إن لجنة وضع المرأة،
إذ تشير إلى قرارها 59/1 المؤرخ 20 آذار/مارس 2015 وإلى قرار الجمعية العامة 70/133،
1 - تحث الحكومات على تنفيذ قرارها 58/2.

المقرر 60/101
الوثائق التي نظرت فيها لجنة وضع المرأة في دورتها الستين

في الجلسة 14 المعقودة في 24 آذار/مارس 2016، أحاطت اللجنة علما بتقرير الأمين العام (E/CN.6/2016/3).
"""

#: Chinese, the Commission on Narcotic Drugs
ZH = """联合国 E/2018/28 E/CN.7/2018/13

经济及社会理事会

麻醉药品委员会
第六十一届会议报告

第一章
需要经济及社会理事会采取行动或提请其注意的事项

A. 提请理事会注意的事项

第61/1号决议
加强与民间社会的合作

麻醉药品委员会，
回顾其2017年3月17日第60/4号决议和大会第72/198号决议，
1. 促请会员国执行其第59/2号决议。

第61/101号决定
麻醉药品委员会第六十一届会议审议的文件

在2018年3月16日第12次会议上，委员会注意到执行主任的报告(E/CN.7/2018/2)。
"""

#: the Conference of the Parties to UNTOC: its report's own series, its decision told by its
#: short name
CTOC = """United Nations CTOC/COP/2012/15

Conference of the Parties to the United Nations Convention against Transnational Organized Crime

Report of the Conference of the Parties to the United Nations Convention against Transnational \
Organized Crime on its sixth session, held in Vienna from 15 to 19 October 2012

Chapter I
Resolutions and decisions adopted by the Conference of the Parties

1. At its sixth session, the Conference of the Parties adopted the following resolutions and \
decisions:

Resolution 6/1
Ensuring effective implementation of the Convention

The Conference of the Parties,
Recalling its resolution 5/5 of 22 October 2010 and General Assembly resolution 64/179,
1. Requests the secretariat to continue its work pursuant to its decision 4/4.

Decision 6/1
Agenda of the seventh session

At its 10th meeting, on 19 October 2012, the Conference decided that the provisional agenda of \
its seventh session would be prepared in line with its resolution 6/1.

Chapter II
Organization of the session

2. The President recalled that the General Assembly, in its resolution 67/189, had welcomed \
the work.
"""

#: look-alike: the Assembly's committee report, its draft for the Assembly, the Commission's
#: texts cited by name
GA_REPORT = """United Nations A/66/454

General Assembly

Advancement of women
Report of the Third Committee

Chapter I
Introduction

1. The Committee had before it the report of the Commission on the Status of Women on its \
fifty-fifth session (E/2011/27-E/CN.6/2011/12) and noted Commission on the Status of Women \
resolution 55/1 and resolution 55/2 of the Commission.

Chapter II
Recommendation of the Third Committee

2. The Third Committee recommends to the General Assembly the adoption of the following draft \
resolution:

Draft resolution
Improvement of the situation of women in rural areas

The General Assembly,
Recalling its resolution 64/140 of 18 December 2009 and Commission on the Status of Women \
resolution 55/2,
1. Requests the Secretary-General to report at its sixty-eighth session.
"""

#: look-alike: the Council's volume of its own resolutions and decisions, in chapters
ESC_VOLUME = """United Nations E/2011/99

Resolutions and decisions of the Economic and Social Council

Chapter I
Resolutions

2011/1. Situation of and assistance to rural women in mountain regions

The Economic and Social Council,
Recalling its resolution 2009/15 and Commission on the Status of Women resolution 55/1,
1. Requests the Secretary-General to report in 2012.

2011/2. Mainstreaming a gender perspective

The Economic and Social Council,
Recalling its resolution 2011/1,
1. Decides to continue its consideration of the question.

Chapter II
Decisions

2011/201. Report of the Commission on the Status of Women

At its 12th plenary meeting, on 5 May 2011, the Economic and Social Council took note of the \
report of the Commission on the Status of Women on its fifty-fifth session (E/2011/27).
"""

#: no symbol: the title page names the body whose report it is; one resolution in chapter I
EN_TITLE = (
    "Commission on the Status of Women\nReport on the fifty-fifth session\n"
    "(12 March 2010 and 22 February-4 March 2011)\n\n"
    "Economic and Social Council\nOfficial Records, 2011\nSupplement No. 7\n\n"
    + _CHAPTER_I[: _CHAPTER_I.index("Decision 55/101")]
    + _CHAPTER_I[_CHAPTER_I.index("Chapter II") :]
)
#: … in Russian, the narrative going on at its next chapter
RU_TITLE = RU[RU.index("\n") + 1 : RU.index("Решение 28/101")] + RU[RU.index("Глава II") :]
#: … in Chinese, the report's noun ending its title line
ZH_TITLE = ZH[ZH.index("\n") + 1 : ZH.index("第61/101号决定")]

#: a resolution whose annex numbers its own chapters: the report's chapter II is the one after
EN_ANNEX = EN_MASTHEAD.replace(
    "2. Decides to review the implementation of the present resolution at its fifty-seventh session.\n",
    "2. Adopts the guidelines annexed to the present resolution.\n\nAnnex\nGuidelines on rural women\n\n"
    "Chapter I\nScope\n1. The guidelines apply to all States, as set out in General Assembly resolution "
    "64/140.\n\nChapter II\nMeasures\n2. States are invited to follow its resolution 53/3.\n",
)

#: (row, report, the file's own id, its records)
ROWS: list[tuple[str, str, str | None, Records]] = [
    ("en-masthead", EN_MASTHEAD, "E/2011/27", EN_RECORDS),
    ("en-title-page-run-together", EN_FLAT, "E/2011/27", EN_RECORDS),
    ("en-title-page-note", EN_NOTE, "E/2011/27", EN_RECORDS),
    (
        "fr",
        FR,
        "E/2011/27",
        [
            ("E/2011/27", "2009/15", "E/RES/2009/15"),
            ("E/2011/27", "64/140", "A/RES/64/140"),
            ("E/CN.6/RES/55/1", "54/4", "E/CN.6/RES/54/4"),
            ("E/CN.6/RES/55/1", "65/187", "A/RES/65/187"),
            ("E/CN.6/RES/55/1", "52/10", "E/CN.6/RES/52/10"),
            ("E/CN.6/DEC/55/101", "E/CN.6/2011/4", "E/CN.6/2011/4"),
            ("E/2011/27", "64/141", "A/RES/64/141"),
        ],
    ),
    (
        "es",
        ES,
        "E/2019/28",
        [
            ("E/2019/28", "2017/23", "E/RES/2017/23"),
            ("E/2019/28", "73/192", "A/RES/73/192"),
            ("E/CN.7/RES/62/1", "61/3", "E/CN.7/RES/61/3"),
            ("E/CN.7/RES/62/1", "73/192", "A/RES/73/192"),
            ("E/CN.7/RES/62/1", "60/4", "E/CN.7/RES/60/4"),
            ("E/CN.7/DEC/62/101", "E/CN.7/2019/2", "E/CN.7/2019/2"),
            ("E/2019/28", "73/192", "A/RES/73/192"),
        ],
    ),
    (
        "ru",
        RU,
        "E/2019/30",
        [
            ("E/CN.15/RES/28/1", "27/2", "E/CN.15/RES/27/2"),
            ("E/CN.15/RES/28/1", "73/186", "A/RES/73/186"),
            ("E/CN.15/RES/28/1", "26/3", "E/CN.15/RES/26/3"),
            ("E/CN.15/DEC/28/101", "E/CN.15/2019/5", "E/CN.15/2019/5"),
            ("E/2019/30", "73/186", "A/RES/73/186"),
        ],
    ),
    (
        "ar",
        AR,
        "E/2016/27",
        [
            ("E/CN.6/RES/60/2", "59/1", "E/CN.6/RES/59/1"),
            ("E/CN.6/RES/60/2", "70/133", "A/RES/70/133"),
            ("E/CN.6/RES/60/2", "58/2", "E/CN.6/RES/58/2"),
            ("E/CN.6/DEC/60/101", "E/CN.6/2016/3", "E/CN.6/2016/3"),
        ],
    ),
    (
        "zh",
        ZH,
        "E/2018/28",
        [
            ("E/CN.7/RES/61/1", "60/4", "E/CN.7/RES/60/4"),
            ("E/CN.7/RES/61/1", "72/198", "A/RES/72/198"),
            ("E/CN.7/RES/61/1", "59/2", "E/CN.7/RES/59/2"),
            ("E/CN.7/DEC/61/101", "E/CN.7/2018/2", "E/CN.7/2018/2"),
        ],
    ),
    (
        "ctoc-cop",
        CTOC,
        "CTOC/COP/2012/15",
        [
            ("CTOC/COP/RES/6/1", "5/5", "CTOC/COP/RES/5/5"),
            ("CTOC/COP/RES/6/1", "64/179", "A/RES/64/179"),
            ("CTOC/COP/RES/6/1", "4/4", "CTOC/COP/DEC/4/4"),
            ("CTOC/COP/DEC/6/1", "6/1", "CTOC/COP/RES/6/1"),
            ("CTOC/COP/2012/15", "67/189", "A/RES/67/189"),
        ],
    ),
    (
        "en-annex-chapters",
        EN_ANNEX,
        "E/2011/27",
        [
            *EN_RECORDS[:6],
            ("E/CN.6/RES/55/1", "64/140", "A/RES/64/140"),
            ("E/CN.6/RES/55/1", "53/3", "E/CN.6/RES/53/3"),
            *EN_RECORDS[6:],
        ],
    ),
    (
        "en-title-page-no-symbol",
        EN_TITLE,
        None,
        [
            (None, "2009/15", "E/RES/2009/15"),
            (None, "64/140", "A/RES/64/140"),
            ("E/CN.6/RES/55/1", "54/4", "E/CN.6/RES/54/4"),
            ("E/CN.6/RES/55/1", "65/187", "A/RES/65/187"),
            ("E/CN.6/RES/55/1", "2008/29", "E/RES/2008/29"),
            ("E/CN.6/RES/55/1", "52/10", "E/CN.6/RES/52/10"),
            (None, "64/141", "A/RES/64/141"),
            (None, "2010/4", "E/RES/2010/4"),
        ],
    ),
    (
        "ru-title-page-no-symbol",
        RU_TITLE,
        None,
        [
            ("E/CN.15/RES/28/1", "27/2", "E/CN.15/RES/27/2"),
            ("E/CN.15/RES/28/1", "73/186", "A/RES/73/186"),
            ("E/CN.15/RES/28/1", "26/3", "E/CN.15/RES/26/3"),
            (None, "73/186", "A/RES/73/186"),
        ],
    ),
    (
        "zh-title-page-no-symbol",
        ZH_TITLE,
        None,
        [
            ("E/CN.7/RES/61/1", "60/4", "E/CN.7/RES/60/4"),
            ("E/CN.7/RES/61/1", "72/198", "A/RES/72/198"),
            ("E/CN.7/RES/61/1", "59/2", "E/CN.7/RES/59/2"),
        ],
    ),
    # look-alikes, unchanged: the Assembly's report names the Commission's texts; the Council's
    # volume holds its own texts in chapters
    (
        "ga-report",
        GA_REPORT,
        "A/66/454",
        [
            ("A/66/454", "E/2011/27", "E/2011/27"),
            ("A/66/454", "E/CN.6/2011/12", "E/CN.6/2011/12"),
            ("A/66/454", "55/1", "E/CN.6/RES/55/1"),
            ("A/66/454", "55/2", "E/CN.6/RES/55/2"),
            ("A/66/454", "64/140", "A/RES/64/140"),
            ("A/66/454", "55/2", "E/CN.6/RES/55/2"),
        ],
    ),
    (
        "esc-volume",
        ESC_VOLUME,
        "E/2011/99",
        [
            ("E/RES/2011/1", "2009/15", "E/RES/2009/15"),
            ("E/RES/2011/1", "55/1", "E/CN.6/RES/55/1"),
            ("E/RES/2011/2", "2011/1", "E/RES/2011/1"),
            ("E/DEC/2011/201", "E/2011/27", "E/2011/27"),
        ],
    ),
]


def _records(text: str, source: str = "-") -> tuple[str | None, Records]:
    res = extract_text(text, source)
    return res.document.source_id, [(c.source_id, c.text, c.target) for c in res.citations]


@pytest.mark.parametrize(("row", "text", "own", "records"), ROWS, ids=[r[0] for r in ROWS])
def test_report_texts_are_the_bodys(row: str, text: str, own: str | None, records: Records) -> None:
    assert _records(text) == (own, records)


@pytest.mark.parametrize("row", ["en-masthead", "en-title-page-run-together", "en-title-page-note"])
def test_report_built_as_word_file(row: str) -> None:
    # each line a paragraph of a Word document, as a report's text layer gives it
    text = next(t for name, t, _own, _records in ROWS if name == row)
    data = docx("".join(p(line) if line else p() for line in text.split("\n")))
    assert _records(text_of(data, f"{row}.docx"), f"{row}.docx") == ("E/2011/27", EN_RECORDS)
