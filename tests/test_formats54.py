"""Official PDF and Word files as they come (issue 7, session 54), read from texts built here.

Files of kinds not swept before were made as the Official Document System gives them (the Human
Rights Council's session reports, their texts in Part One and the narrative after Part Two, in six
languages; the Security Council's yearly volume in Chinese and Arabic; the Economic and Social
Council's volume of resolutions; an executive board's decisions; a special session's resolution;
the Council's resolutions in Arabic; the Assembly's resolutions with their notes in Chinese; as
text, Word and LibreOffice and Chromium PDF files) and read back.  They taught:

* a volume's or a report's part named by its ordinal ("Part One", "Part Two: Summary of
  proceedings", fr "Première partie", "Deuxième partie : Résumé des travaux", es "Segunda parte:
  …", ru "Часть вторая", zh "第一部分", "第二部分：会议纪要", ar "الجزء الأول", "الجزء الثاني") ends
  the last text of the part before, as "Part II" does (the report's narrative was its last
  decision's); a line that goes on as a sentence ("Part Two of the present report …") and a
  "Part Two" with no part above the first text read as before;
* the report's narrative after its texts is its body's, as its pages before them are ("its
  resolution 52/3" in the Human Rights Council's report: the Council's, was the Assembly's under
  "Part II");
* a note's number glued to "同上" under the rule above the notes ("2同上。") is the note that
  repeats the one before (was lost; "2 同上。" read as before);
* an Arabic text's heading whose dash a browser's PDF sets against the title after a blank
  ("61/1 -الحق في الغذاء") opens the text as "61/1 - الحق …" does (the compilation was one text);
* the official Arabic paragraph number, its dash set off by blanks ("1 - يقرر"), opening the
  line under a clause that ends with a Council's number ("… قراره 2417 (2018)،⏎1 - يقرر") is no
  number of the Council's (was `S/RES/1(1946)`); a list of the Council's numbers that goes on
  at a line's start ("1267 (1999)،⏎2253 (2015) و 2368 (2017)") reads as before.

Every passage is written for these tests in UN style (numbers, dates and titles invented);
each row fails on 587d745b but the look-alikes, which pass on both."""

from __future__ import annotations

import pytest

from official_files import libreoffice_rows, narrow_document
from rescite.engine.extract import extract_text
from rescite.read import text_of


def _owners(text: str) -> dict[str, str | None]:
    """Each resolved record's target and the id of the text it stands in (the last one's)."""
    return {str(c.target): c.source_id for c in extract_text(text).citations if c.target}


def _targets(text: str) -> set[str]:
    return {str(c.target) for c in extract_text(text).citations if c.target}


# -- 1. a part named by its ordinal; the report's narrative after its texts ----------------------
# (language: masthead and title, Part One's texts, Part Two's narrative, the two parts' lines)
_REPORTS = {
    "en": (
        "United Nations A/HRC/61/2\nGeneral Assembly Distr.: General\n14 June 2026\n\n"
        "Human Rights Council\nSixty-first session\n\n"
        "Report of the Human Rights Council on its sixty-first session\n\n",
        "{p1}\nResolutions, decisions and President's statements adopted by the Council at its "
        "sixty-first session\n\nI. Resolutions\n\n61/1. Right to food\n\nThe Human Rights Council,\n\n"
        "Recalling its resolution 58/9 of 3 April 2025,\n\n1. Decides to continue its consideration "
        "of the question.\n\n52nd meeting\n2 April 2026\n\nII. Decisions\n\n61/101. Outcome of the "
        "universal periodic review: Examplestan\n\nThe Human Rights Council,\n\nActing in compliance "
        "with its resolution 5/1 of 18 June 2007,\n\nAdopts the outcome of the review of "
        "Examplestan.\n\n40th meeting\n27 March 2026\n\n",
        "{p2}\n\nI. Organizational and procedural matters\n\n1. At the 52nd meeting, on 2 April "
        "2026, the Council adopted draft resolution A/HRC/61/L.12 without a vote (for the text as "
        "adopted, see part one, chapter I, resolution 61/1).\n\n2. The Council took note of the "
        "report of the Special Rapporteur (A/HRC/61/45), submitted pursuant to its resolution 52/3.\n",
        ("Part One", "Part Two: Summary of proceedings"),
    ),
    "fr": (
        "Nations Unies A/HRC/61/2\nAssemblée générale Distr. générale\n14 juin 2026\n\n"
        "Conseil des droits de l'homme\nSoixante et unième session\n\n"
        "Rapport du Conseil des droits de l'homme sur sa soixante et unième session\n\n",
        "{p1}\nRésolutions, décisions et déclarations du Président adoptées par le Conseil à sa "
        "soixante et unième session\n\nI. Résolutions\n\n61/1. Droit à l'alimentation\n\n"
        "Le Conseil des droits de l'homme,\n\nRappelant sa résolution 58/9 du 3 avril 2025,\n\n"
        "1. Décide de poursuivre l'examen de la question.\n\n52e séance\n2 avril 2026\n\n"
        "II. Décisions\n\n61/101. Document final de l'Examen périodique universel : Exempleland\n\n"
        "Le Conseil des droits de l'homme,\n\nAgissant en application de sa résolution 5/1 du "
        "18 juin 2007,\n\nAdopte le document final concernant Exempleland.\n\n40e séance\n"
        "27 mars 2026\n\n",
        "{p2}\n\nI. Questions d'organisation et de procédure\n\n1. À la 52e séance, le 2 avril "
        "2026, le Conseil a adopté sans vote le projet de résolution A/HRC/61/L.12 (pour le texte "
        "adopté, voir première partie, chap. I, résolution 61/1).\n\n2. Le Conseil a pris note du "
        "rapport de la Rapporteuse spéciale (A/HRC/61/45), soumis en application de sa résolution "
        "52/3.\n",
        ("Première partie", "Deuxième partie : Résumé des travaux"),
    ),
    "es": (
        "Naciones Unidas A/HRC/61/2\nAsamblea General Distr. general\n14 de junio de 2026\n\n"
        "Consejo de Derechos Humanos\n61er período de sesiones\n\n"
        "Informe del Consejo de Derechos Humanos sobre su 61er período de sesiones\n\n",
        "{p1}\nResoluciones, decisiones y declaraciones de la Presidencia aprobadas por el Consejo "
        "en su 61er período de sesiones\n\nI. Resoluciones\n\n61/1. Derecho a la alimentación\n\n"
        "El Consejo de Derechos Humanos,\n\nRecordando su resolución 58/9, de 3 de abril de 2025,\n\n"
        "1. Decide seguir examinando la cuestión.\n\n52ª sesión\n2 de abril de 2026\n\n"
        "II. Decisiones\n\n61/101. Resultado del examen periódico universal: Ejemplistán\n\n"
        "El Consejo de Derechos Humanos,\n\nActuando de conformidad con su resolución 5/1, de 18 de "
        "junio de 2007,\n\nAprueba el resultado del examen de Ejemplistán.\n\n40ª sesión\n"
        "27 de marzo de 2026\n\n",
        "{p2}\n\nI. Cuestiones de organización y de procedimiento\n\n1. En la 52ª sesión, celebrada "
        "el 2 de abril de 2026, el Consejo aprobó sin votación el proyecto de resolución "
        "A/HRC/61/L.12 (para el texto aprobado, véase la primera parte, cap. I, resolución 61/1).\n\n"
        "2. El Consejo tomó nota del informe de la Relatora Especial (A/HRC/61/45), presentado en "
        "cumplimiento de su resolución 52/3.\n",
        ("Primera parte", "Segunda parte: Resumen de los trabajos"),
    ),
    "ru": (
        "Организация Объединенных Наций A/HRC/61/2\nГенеральная Ассамблея Distr.: General\n"
        "14 June 2026\n\nСовет по правам человека\nШестьдесят первая сессия\n\n"
        "Доклад Совета по правам человека о работе его шестьдесят первой сессии\n\n",
        "{p1}\nРезолюции, решения и заявления Председателя, принятые Советом на его шестьдесят "
        "первой сессии\n\nI. Резолюции\n\n61/1. Право на питание\n\nСовет по правам человека,\n\n"
        "ссылаясь на свою резолюцию 58/9 от 3 апреля 2025 года,\n\n1. постановляет продолжить "
        "рассмотрение этого вопроса.\n\n52-е заседание\n2 апреля 2026 года\n\nII. Решения\n\n"
        "61/101. Итоги универсального периодического обзора: Примерстан\n\nСовет по правам "
        "человека,\n\nдействуя в соответствии со своей резолюцией 5/1 от 18 июня 2007 года,\n\n"
        "принимает итоги обзора по Примерстану.\n\n40-е заседание\n27 марта 2026 года\n\n",
        "{p2}\n\nI. Организационные и процедурные вопросы\n\n1. На 52-м заседании 2 апреля 2026 "
        "года Совет принял без голосования проект резолюции A/HRC/61/L.12 (текст см. в части "
        "первой, глава I, резолюция 61/1).\n\n2. Совет принял к сведению доклад Специального "
        "докладчика (A/HRC/61/45), представленный во исполнение его резолюции 52/3.\n",
        ("Часть первая", "Часть вторая: Краткий отчет о работе"),
    ),
    "zh": (
        "联合国 A/HRC/61/2\n大会 Distr.: General\n2026年6月14日\n\n人权理事会\n第六十一届会议\n\n"
        "人权理事会第六十一届会议报告\n\n",
        "{p1}\n人权理事会第六十一届会议通过的决议、决定和主席声明\n\n一. 决议\n\n61/1. 食物权\n\n"
        "人权理事会，\n\n回顾理事会2025年4月3日第58/9号决议，\n\n1. 决定继续审议这一问题。\n\n"
        "第52次会议\n2026年4月2日\n\n二. 决定\n\n61/101. 普遍定期审议结果：示例斯坦\n\n人权理事会，\n\n"
        "依照理事会2007年6月18日第5/1号决议，\n\n通过示例斯坦普遍定期审议结果。\n\n第40次会议\n"
        "2026年3月27日\n\n",
        "{p2}\n\n一. 组织和程序事项\n\n1. 在2026年4月2日第52次会议上，理事会未经表决通过了决议草案"
        "A/HRC/61/L.12(通过的案文见第一部分第一章第61/1号决议)。\n\n2. 理事会注意到特别报告员根据"
        "其第52/3号决议提交的报告(A/HRC/61/45)。\n",
        ("第一部分", "第二部分：会议纪要"),
    ),
    "ar": (
        "الأمم المتحدة A/HRC/61/2\nالجمعية العامة Distr.: General\n14 June 2026\n\n"
        "مجلس حقوق الإنسان\nالدورة الحادية والستون\n\nتقرير مجلس حقوق الإنسان عن دورته الحادية والستين\n\n",
        "{p1}\nالقرارات والمقررات والبيانات الرئاسية التي اعتمدها المجلس في دورته الحادية والستين\n\n"
        "أولاً- القرارات\n\n61/1{dash}الحق في الغذاء\n\nإن مجلس حقوق الإنسان،\n\n"
        "إذ يشير إلى قراره 58/9 المؤرخ 3 نيسان/أبريل 2025،\n\n1- يقرر مواصلة النظر في هذه المسألة.\n\n"
        "الجلسة 52\n2 نيسان/أبريل 2026\n\nثانياً- المقررات\n\n61/101{dash}نتائج الاستعراض الدوري "
        "الشامل: بلد المثال\n\nإن مجلس حقوق الإنسان،\n\nإذ يتصرف وفقاً لقراره 5/1 المؤرخ 18 "
        "حزيران/يونيه 2007،\n\nيعتمد نتائج الاستعراض لبلد المثال.\n\nالجلسة 40\n27 آذار/مارس 2026\n\n",
        "{p2}\n\nأولاً- المسائل التنظيمية والإجرائية\n\n1- في الجلسة 52 المعقودة في 2 نيسان/أبريل "
        "2026، اعتمد المجلس مشروع القرار A/HRC/61/L.12 دون تصويت (انظر الجزء الأول، الفصل الأول، "
        "القرار 61/1).\n\n2- أحاط المجلس علماً بتقرير المقررة الخاصة (A/HRC/61/45) المقدم عملاً "
        "بقراره 52/3.\n",
        ("الجزء الأول", "الجزء الثاني: موجز الأعمال"),
    ),
}


def _report(lang: str, p1: str | None = None, p2: str | None = None, dash: str = " - ") -> str:
    head, one, two, (d1, d2) = _REPORTS[lang]
    return head + one.format(p1=d1 if p1 is None else p1, dash=dash) + two.format(p2=d2 if p2 is None else p2)


#: the decision's citation stays its own; the narrative's are the report's
_SPLIT: dict[str, str | None] = {
    "A/HRC/RES/5/1": "A/HRC/DEC/61/101",
    "A/HRC/RES/52/3": "A/HRC/61/2",
    "A/HRC/61/45": "A/HRC/61/2",
}
_LAST: dict[str, str | None] = {"A/HRC/RES/5/1": "A/HRC/DEC/61/101", "A/HRC/RES/52/3": "A/HRC/DEC/61/101"}

_ZH_VOLUME = (
    "联合国\nS/INF/81\n安全理事会\n\n安全理事会的决议和决定\n\n第一部分\n决议\n\n第2851(2026)号决议\n"
    "2026年6月4日安全理事会第10210次会议通过\n安全理事会，\n回顾其第2417(2018)号决议，\n"
    "1. 决定继续处理此案。\n\n第2852(2026)号决议\n2026年6月12日安全理事会第10218次会议通过\n安全理事会，\n"
    "回顾其第2573(2021)号决议，\n1. 决定继续处理此案。\n\n第二部分\n决定和主席声明\n\n"
    "在2026年6月19日第10225次会议上，主席代表安理会发表声明，其中安理会回顾其第2286(2016)号决议。\n"
)
_AR_VOLUME = (
    "الأمم المتحدة\nS/INF/81\nمجلس الأمن\n\nقرارات ومقررات مجلس الأمن\n\nالجزء الأول\nالقرارات\n\n"
    "القرار 2851 (2026)\nالذي اتخذه مجلس الأمن في جلسته 10210 المعقودة في 4 حزيران/يونيه 2026\n"
    "إن مجلس الأمن،\nإذ يشير إلى قراره 2417 (2018)،\n\n1 - يقرر أن يبقي المسألة قيد نظره.\n\n"
    "القرار 2852 (2026)\nالذي اتخذه مجلس الأمن في جلسته 10218 المعقودة في 12 حزيران/يونيه 2026\n"
    "إن مجلس الأمن،\nإذ يشير إلى قراره 2573 (2021)،\n\n1 - يقرر أن يبقي المسألة قيد نظره.\n\n"
    "الجزء الثاني\nالمقررات والبيانات الرئاسية\n\nفي الجلسة 10225 المعقودة في 19 حزيران/يونيه 2026، "
    "أدلى الرئيس ببيان باسم المجلس يشير فيه المجلس إلى قراره 2286 (2016).\n"
)
_VOLUME_OWNERS: dict[str, str | None] = {
    "S/RES/2573(2021)": "S/RES/2852(2026)",
    "S/RES/2286(2016)": "S/INF/81",
}

PART_ROWS: list[tuple[str, str, dict[str, str | None]]] = [
    *((lang, _report(lang), _SPLIT) for lang in _REPORTS),
    # (a part numbered in Roman figures ended the texts already: its narrative is now the Council's)
    ("en-roman", _report("en", p1="Part I", p2="Part II. Summary of proceedings"), _SPLIT),
    ("en-capitals", _report("en", p1="PART ONE", p2="PART TWO"), _SPLIT),
    ("zh-volume", _ZH_VOLUME, _VOLUME_OWNERS),
    ("ar-volume", _AR_VOLUME, _VOLUME_OWNERS),
]
#: look-alikes (pass on both): the ordinal going on as a sentence; no part's line above the texts
PART_LOOK_ALIKES: list[tuple[str, str, dict[str, str | None]]] = [
    ("en-sentence", _report("en", p2="Part Two of the present report summarizes the proceedings."), _LAST),
    ("en-no-part-above", _report("en", p1=""), _LAST),
    ("zh-sentence", _report("zh", p2="第二部分载有会议纪要。"), _LAST),
]


@pytest.mark.parametrize(
    ("name", "text", "want"), PART_ROWS + PART_LOOK_ALIKES, ids=[r[0] for r in PART_ROWS + PART_LOOK_ALIKES]
)
def test_part_by_its_ordinal_ends_the_last_text(name: str, text: str, want: dict[str, str | None]) -> None:
    got = _owners(text)
    assert {k: got.get(k, "missing") for k in want} == want


# -- 2. "同上" under a glued note number ----------------------------------------------------------
_ZH_NOTES = (
    "联合国 A/RES/80/215\n大会 Distr.: General\n2025年12月30日\n\n第八十届会议\n\n"
    "2025年12月22日大会决议\n\n80/215. 可持续的城市交通\n\n大会，\n\n回顾其关于这一议题的报告1，\n\n"
    "又注意到秘书长的说明2，\n\n重申其各项决议3，\n\n1. 请秘书长提交报告。\n\n__________________\n"
    "1见A/80/312。\n{second}\n3第79/208号决议。\n"
)


def _notes(text: str) -> set[tuple[str, str | None]]:
    return {(str(c.target), c.paragraph) for c in extract_text(text).citations if c.section == "footnote"}


IBID_ROWS: list[tuple[str, str, set[tuple[str, str | None]]]] = [
    (
        "zh-glued",
        _ZH_NOTES.format(second="2同上。"),
        {("A/80/312", "1"), ("A/80/312", "2"), ("A/RES/79/208", "3")},
    ),
    (
        "zh-glued-pinpoint",
        _ZH_NOTES.format(second="2同上，第12段。"),
        {("A/80/312", "1"), ("A/80/312", "2"), ("A/RES/79/208", "3")},
    ),
]
#: look-alike (passes on both): the number set off by a blank
IBID_LOOK_ALIKES: list[tuple[str, str, set[tuple[str, str | None]]]] = [
    (
        "zh-spaced",
        _ZH_NOTES.format(second="2 同上。"),
        {("A/80/312", "1"), ("A/80/312", "2"), ("A/RES/79/208", "3")},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "want"), IBID_ROWS + IBID_LOOK_ALIKES, ids=[r[0] for r in IBID_ROWS + IBID_LOOK_ALIKES]
)
def test_ibid_under_a_glued_note_number(name: str, text: str, want: set[tuple[str, str | None]]) -> None:
    assert _notes(text) == want


# -- 3. an Arabic heading whose dash is set against its title -------------------------------------
ARABIC_HEADING_ROWS: list[tuple[str, str, dict[str, str | None]]] = [
    ("ar-dash-on-title", _report("ar", dash=" -"), _SPLIT),
]
#: look-alike (passes on both): the dash set off by blanks on both sides
ARABIC_HEADING_LOOK_ALIKES: list[tuple[str, str, dict[str, str | None]]] = [
    ("ar-dash-apart", _report("ar", dash=" - "), {"A/HRC/RES/5/1": "A/HRC/DEC/61/101"}),
]


@pytest.mark.parametrize(
    ("name", "text", "want"),
    ARABIC_HEADING_ROWS + ARABIC_HEADING_LOOK_ALIKES,
    ids=[r[0] for r in ARABIC_HEADING_ROWS + ARABIC_HEADING_LOOK_ALIKES],
)
def test_arabic_heading_dash_on_title(name: str, text: str, want: dict[str, str | None]) -> None:
    got = _owners(text)
    assert {k: got.get(k, "missing") for k in want} == want


# -- 4. the Arabic paragraph number under a clause that ends with a Council's number --------------
_AR_COUNCIL = (
    "الأمم المتحدة S/RES/2860 (2026)\nمجلس الأمن\n\nالقرار 2860 (2026)\n"
    "الذي اتخذه مجلس الأمن في جلسته 10230 المعقودة في 4 تموز/يوليه 2026\n\nإن مجلس الأمن،\n\n{clauses}\n"
    "2 - يطلب إلى الأمين العام أن يقدم تقريرا؛\n"
)
COUNCIL_PARAGRAPH_ROWS: list[tuple[str, str, set[str]]] = [
    (
        "ar-spaced-dash",
        _AR_COUNCIL.format(clauses="إذ يشير إلى قراره 2417 (2018)،\n1 - يقرر أن يبقي المسألة قيد نظره؛"),
        {"S/RES/2417(2018)"},
    ),
    (
        "ar-dash-on-verb",
        _AR_COUNCIL.format(
            clauses="إذ يشير إلى قراريه 2417 (2018) و 2573 (2021)،\n1 -يقرر أن يبقي المسألة قيد نظره؛"
        ),
        {"S/RES/2417(2018)", "S/RES/2573(2021)"},
    ),
]
#: look-alikes (pass on both): the dash glued to the number; a list that goes on at a line's start
COUNCIL_PARAGRAPH_LOOK_ALIKES: list[tuple[str, str, set[str]]] = [
    (
        "ar-glued-dash",
        _AR_COUNCIL.format(clauses="إذ يشير إلى قراره 2417 (2018)،\n1- يقرر أن يبقي المسألة قيد نظره؛"),
        {"S/RES/2417(2018)"},
    ),
    (
        "ar-list-goes-on",
        _AR_COUNCIL.format(
            clauses="إذ يشير إلى قراراته 1267 (1999)،\n2253 (2015) و 2368 (2017)،\n"
            "1- يقرر أن يبقي المسألة قيد نظره؛"
        ),
        {"S/RES/1267(1999)", "S/RES/2253(2015)", "S/RES/2368(2017)"},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "want"),
    COUNCIL_PARAGRAPH_ROWS + COUNCIL_PARAGRAPH_LOOK_ALIKES,
    ids=[r[0] for r in COUNCIL_PARAGRAPH_ROWS + COUNCIL_PARAGRAPH_LOOK_ALIKES],
)
def test_arabic_paragraph_number_after_a_council_number(name: str, text: str, want: set[str]) -> None:
    assert _targets(text) == want


# -- 5. the reports as LibreOffice prints them ------------------------------------------------------
FILE_ROWS = ["en", "fr", "zh", "ar"]


@pytest.fixture(scope="module")
def report_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    docs = {
        lang: narrow_document(_report(lang).split("\n"), "DejaVu Sans", "21cm", rtl=lang == "ar")
        for lang in FILE_ROWS
    }
    return libreoffice_rows(docs, tmp_path_factory.mktemp("f54"))


@pytest.mark.parametrize("lang", FILE_ROWS)
def test_report_in_a_libreoffice_pdf(report_pdfs: dict[str, bytes], lang: str) -> None:
    got = _owners(text_of(report_pdfs[lang], f"{lang}.pdf"))
    assert {k: got.get(k, "missing") for k in _SPLIT} == _SPLIT
