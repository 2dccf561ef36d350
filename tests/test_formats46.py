"""Official files as they come (issue 7, session 46), read from files built here.

Whole official documents of kinds not swept before (a regional commission's resolutions, a
Joint Inspection Unit report, a Secretary-General's note transmitting a report, a treaty body's
annual report, a letter with its annex, an executive board's decision volume, the Kyoto
Protocol's meeting of the Parties' decisions, the Human Rights Council's texts issued under
its session report's symbol) were made into PDF files in every official layout and read back;
what they taught:

* a page that prints an adopted text's heading above the masthead (a browser's page with the
  masthead at its foot: "Decision 4/CMP.21⏎Title⏎United Nations⏎…⏎FCCC/KP/CMP/2026/5/Add.1")
  puts the masthead inside that text: its records stand in the adopted text the heading
  designates (FCCC/KP/CMP/DEC/21/4), as when the masthead is at the top, and the heading is
  no citation of the text; the masthead's symbol stays the file's own id (also when the
  text's body line gives its body by a short name, "La Conferencia de las Partes,");
* a Chinese line may end with a closing book-title mark or corner bracket, the words after the
  title on the next line ("…并回顾《儿童权利公约》⏎第6条和第19条…"): after a full line, the break
  is inside the sentence, and the treaty's articles are read with it;
* a narrow column may break a symbol before a slash ("(FCCC/KP/AWG/2011⏎/4)",
  "A/81/233⏎/Add.2"): a line that opens with a slash goes on from a symbol that ends the line
  before (a line of running text never opens with a slash);
* an Arabic page that LibreOffice sets in one font for both scripts turns the marks around a
  joint symbol that a line break cuts: the closing bracket glued to the symbol's end is read as
  an opening one ("E/2026/61( وبمذكرة"), the hyphen that ends the line is drawn before the
  first symbol ("(-A/81/112⏎E/2026/61"): both are read in place, and the symbols with them;
* a Chinese narrow column breaks a line inside a book title ("…和《残疾⏎人权利公约》第 7 条"):
  a line that opens a title it does not close, the next closing it, is wrapped however short
  (blanks and figures make the page's longest lines longer in characters); and in a text layer
  that sets blanks around figures, a line of ideographs alone is full when it is as wide as the
  page's full lines ("…四年期全面政策⏎审查的第 79/226 号决议": its date was lost);
* a narrow column breaks a symbol too long for its line where it can, with no blank at the
  line's end ("(FCCC/KP/AWG/20⏎11/4,", "FCCC/SBI/2026/1⏎0/Add.2)", "…/L.3/R⏎ev.1",
  "(…-A/81/7⏎5),"): the line goes on into the next line's run when that run goes on with the
  symbol (figures with a slash, an element's letters and number, figures that close the
  symbol's bracket); never into a paragraph's number or the next symbol of a list.

Every passage is written for these tests in UN style (numbers, dates and titles invented);
each row fails on eb11accf but the look-alikes, which pass on both."""

from __future__ import annotations

from typing import Any

import pytest

from browser import browser, skip_without_cjk_font  # noqa: F401  (the module's fixture)
from official_files import Official, chromium_pdf, font_installed, libreoffice_pdfs, narrow_document
from rescite.engine.extract import extract_text
from rescite.models import ExtractResult
from rescite.read import text_of


def _records(res: ExtractResult) -> set[tuple[str | None, str, str | None]]:
    """Each resolved record: the text it stands in, its target and its section."""
    return {(c.source_id, str(c.target), c.section) for c in res.citations if c.target}


# -- 1. an adopted text's heading above the masthead: the records stand in that text -----------
_FOOT_DOCS = {
    "en": Official(
        lang="en",
        symbol="A/HRC/62/2/Add.2",
        left=["United Nations", "General Assembly"],
        right=["A/HRC/62/2/Add.2", "Distr.: General", "22 October 2026"],
        top=["Human Rights Council", "Sixty-second session"],
        head=["Resolution 62/19", "The right to safe drinking water"],
        body=[
            "The Human Rights Council,",
            "Recalling its resolutions 59/9 of 8 October 2025 and 56/12 of 11 July 2024, and General "
            "Assembly resolution 80/165 of 16 December 2025,",
            "1. Requests the Office of the High Commissioner to report to it at its sixty-fifth session.",
        ],
    ),
    "fr": Official(
        lang="fr",
        symbol="A/HRC/62/2/Add.1",
        left=["Nations Unies", "Assemblée générale"],
        right=["A/HRC/62/2/Add.1", "Distr. générale", "21 octobre 2026"],
        top=["Conseil des droits de l’homme", "Soixante-deuxième session"],
        head=["Résolution 62/17", "Droit à un logement convenable"],
        body=[
            "Le Conseil des droits de l’homme,",
            "Rappelant ses résolutions 59/8 du 7 octobre 2025 et 56/11 du 10 juillet 2024, ainsi que "
            "la résolution 80/163 de l’Assemblée générale en date du 15 décembre 2025,",
            "1. Prie le Haut-Commissariat de lui présenter un rapport à sa soixante-cinquième session.",
        ],
    ),
    "zh": Official(
        lang="zh",
        symbol="FCCC/KP/CMP/2026/5/Add.2",
        left=["联合国", "气候变化框架公约"],
        right=["FCCC/KP/CMP/2026/5/Add.2", "Distr.: General", "9 March 2027"],
        top=["作为《京都议定书》缔约方会议的《公约》缔约方会议"],
        head=["第5/CMP.21号决定", "与清洁发展机制有关的指导"],
        body=[
            "作为《京都议定书》缔约方会议的《公约》缔约方会议，",
            "回顾第3/CMP.1号、第1/CMP.16号和第2/CMP.19号决定，",
            "1. 请秘书处向附属履行机构第六十六届会议报告本决定的执行情况。",
        ],
    ),
}
_FOOT_TEXT = {"en": "A/HRC/RES/62/19", "fr": "A/HRC/RES/62/17", "zh": "FCCC/KP/CMP/DEC/21/5"}
_FOOT_CITED = {
    "en": {"A/HRC/RES/59/9", "A/HRC/RES/56/12", "A/RES/80/165"},
    "fr": {"A/HRC/RES/59/8", "A/HRC/RES/56/11", "A/RES/80/163"},
    "zh": {"FCCC/KP/CMP/DEC/1/3", "FCCC/KP/CMP/DEC/16/1", "FCCC/KP/CMP/DEC/19/2"},
}


@pytest.mark.parametrize("lang", sorted(_FOOT_DOCS))
def test_an_adopted_texts_heading_above_the_masthead_in_a_browsers_pdf(browser: Any, lang: str) -> None:  # noqa: F811
    if lang == "zh":
        skip_without_cjk_font()
    doc = _FOOT_DOCS[lang]
    name = f"{lang}-heading-foot.pdf"
    res = extract_text(text_of(chromium_pdf(browser, doc, "foot"), name), source=name)
    own = _FOOT_TEXT[lang]
    assert {(own, t, "preamble") for t in _FOOT_CITED[lang]} <= _records(res), sorted(_records(res))
    assert {c.source_id for c in res.citations} == {own}
    assert own not in {str(c.target) for c in res.citations}
    assert res.document.source_id == doc.own_id


# the text layer of such a page: the heading's lines, the masthead's, then the text
FOOT_ROWS: list[tuple[str, str, str, str, set[str]]] = [
    (
        "en-decision-over-masthead",
        "Conference of the Parties serving as the meeting of the Parties to the Kyoto Protocol\n"
        "Decision 4/CMP.21\nMatters relating to the Adaptation Fund\nUnited Nations\n"
        "Framework Convention on Climate Change\nFCCC/KP/CMP/2026/5/Add.1\nDistr.: General\n"
        "9 March 2027\nThe Conference of the Parties,\nRecalling decisions 1/CMP.3, 2/CMP.10 and 3/CMP.17,\n",
        "FCCC/KP/CMP/2026/5/Add.1",
        "FCCC/KP/CMP/DEC/21/4",
        {"FCCC/KP/CMP/DEC/3/1", "FCCC/KP/CMP/DEC/10/2", "FCCC/KP/CMP/DEC/17/3"},
    ),
    (
        "fr-resolution-over-masthead",
        "Conseil des droits de l’homme\nSoixante-deuxième session\nRésolution 62/17\n"
        "Droit à un logement convenable\nNations Unies\nAssemblée générale\nA/HRC/62/2/Add.1\n"
        "Distr. générale\n21 octobre 2026\nLe Conseil des droits de l’homme,\n"
        "Rappelant ses résolutions 59/8 du 7 octobre 2025 et 56/11 du 10 juillet 2024,\n",
        "A/HRC/62/2/Add.1",
        "A/HRC/RES/62/17",
        {"A/HRC/RES/59/8", "A/HRC/RES/56/11"},
    ),
    (
        "es-decision-over-masthead",
        "Conferencia de las Partes\nDecisión 7/CP.31\nFinanciación para hacer frente a las pérdidas\n"
        "Naciones Unidas\nConvención Marco sobre el Cambio Climático\nFCCC/CP/2026/9/Add.2\n"
        "Distr. general\n12 de marzo de 2027\nLa Conferencia de las Partes,\n"
        "Recordando las decisiones 2/CP.27 y 1/CP.28,\n",
        "FCCC/CP/2026/9/Add.2",
        "FCCC/CP/DEC/31/7",
        {"FCCC/CP/DEC/27/2", "FCCC/CP/DEC/28/1"},
    ),
    (
        "ru-resolution-over-masthead",
        "Совет по правам человека\nШестьдесят вторая сессия\nРезолюция 62/21\nПраво на образование\n"
        "Организация Объединенных Наций\nГенеральная Ассамблея\nA/HRC/62/2/Add.3\nDistr.: General\n"
        "22 октября 2026 года\nСовет по правам человека,\n"
        "ссылаясь на свои резолюции 59/14 от 8 октября 2025 года и 53/7 от 12 июля 2023 года,\n",
        "A/HRC/62/2/Add.3",
        "A/HRC/RES/62/21",
        {"A/HRC/RES/59/14", "A/HRC/RES/53/7"},
    ),
]


@pytest.mark.parametrize(("name", "text", "own", "inner", "cited"), FOOT_ROWS, ids=[r[0] for r in FOOT_ROWS])
def test_an_adopted_texts_heading_above_the_masthead(
    name: str, text: str, own: str, inner: str, cited: set[str]
) -> None:
    res = extract_text(text, source=name)
    assert res.document.source_id == own
    got = {(c.source_id, str(c.target)) for c in res.citations if c.target}
    assert {(inner, t) for t in cited} <= got, sorted(got)
    assert {c.source_id for c in res.citations} == {inner}
    assert inner not in {str(c.target) for c in res.citations}


# look-alikes: the masthead at the top, then the heading (the records stood in the text
# already); a report's heading above the masthead, no adopted text's (the masthead's symbol
# is the text's own id, its records its own)
FOOT_LOOKALIKES: list[tuple[str, str, str, set[tuple[str | None, str, str | None]]]] = [
    (
        "en-masthead-then-resolution",
        "United Nations\nGeneral Assembly\nA/HRC/62/2/Add.4\nDistr.: General\n23 October 2026\n"
        "Human Rights Council\nSixty-second session\nResolution 62/18\nThe right to adequate housing\n"
        "The Human Rights Council,\nRecalling its resolutions 59/11 and 56/4,\n",
        "A/HRC/62/2/Add.4",
        {
            ("A/HRC/RES/62/18", "A/HRC/RES/59/11", "preamble"),
            ("A/HRC/RES/62/18", "A/HRC/RES/56/4", "preamble"),
        },
    ),
    (
        "en-report-over-masthead",
        "Sixty-sixth session\nReport of the Subsidiary Body for Implementation on its sixty-fifth session\n"
        "United Nations\nFramework Convention on Climate Change\nFCCC/SBI/2026/12\nDistr.: General\n"
        "2 September 2026\n1. The Subsidiary Body recalled decisions 1/CMP.3 and 2/CMP.10.\n",
        "FCCC/SBI/2026/12",
        {
            ("FCCC/SBI/2026/12", "FCCC/KP/CMP/DEC/3/1", None),
            ("FCCC/SBI/2026/12", "FCCC/KP/CMP/DEC/10/2", None),
        },
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "own", "want"), FOOT_LOOKALIKES, ids=[r[0] for r in FOOT_LOOKALIKES]
)
def test_a_heading_above_the_masthead_lookalikes(
    name: str, text: str, own: str, want: set[tuple[str | None, str, str | None]]
) -> None:
    res = extract_text(text, source=name)
    assert res.document.source_id == own
    assert _records(res) == want, sorted(_records(res))


# -- 2. a Chinese line that ends with a closing book-title mark ------------------------------
_CRC = "UNTS/1577/27531"
_KP = "UNTS/2303/30822"
CLOSING_ROWS: list[tuple[str, str, str, str]] = [
    (
        "zh-articles-after-title",
        "人权理事会，\n重申《世界人权宣言》的各项原则，回顾大会关于儿童权利的各项决议，并回顾《儿童权利公约》\n"
        "第6条和第19条以及其他相关国际人权文书，又回顾理事会2025年4月3日第58/21号决议，\n"
        "1. 请联合国人权事务高级专员向理事会第六十五届会议提交一份报告，说明执行情况。\n",
        _CRC,
        "第6条和第19条",
    ),
    (
        "zh-article-after-corner-bracket",
        "人权理事会，\n重申《世界人权宣言》的各项原则，回顾大会关于儿童权利的各项决议，并回顾「儿童权利公约」\n"
        "第24条以及其他相关国际人权文书，又回顾理事会2025年10月8日第60/12号决议，\n"
        "1. 请联合国人权事务高级专员向理事会第六十五届会议提交一份报告，说明执行情况。\n",
        _CRC,
        "第24条",
    ),
    (
        "zh-article-after-title-spaced",
        "缔约方会议，\n回顾 2025 年 11 月 21 日第 3/CMP.20 号决定，并回顾经修正的《京都议定书》\n"
        "第 12 条以及有关清洁发展机制的各项决定，又回顾 2024 年 11 月 22 日第 2/CMP.19 号决定，\n"
        "1. 请秘书处向附属履行机构第六十六届会议报告本决定的执行情况。\n",
        _KP,
        "第12条",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "treaty", "pinpoint"), CLOSING_ROWS, ids=[r[0] for r in CLOSING_ROWS]
)
def test_a_line_that_ends_with_a_closing_title_mark(name: str, text: str, treaty: str, pinpoint: str) -> None:
    got = {(str(c.target), c.pinpoint) for c in extract_text(text, source=name).citations if c.target}
    assert (treaty, pinpoint) in got, sorted(got)


# look-alikes: a title alone on its short line (a heading), then the text: two lines, the
# treaty read with no articles
CLOSING_LOOKALIKES: list[tuple[str, str, str]] = [
    (
        "zh-title-line",
        "《儿童权利公约》\n第二部分\n缔约国应定期向委员会提交关于其执行本公约各项规定的报告，说明所取得的进展。\n",
        _CRC,
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "treaty"), CLOSING_LOOKALIKES, ids=[r[0] for r in CLOSING_LOOKALIKES]
)
def test_a_line_that_ends_with_a_closing_title_mark_lookalikes(name: str, text: str, treaty: str) -> None:
    res = extract_text(text, source=name)
    assert "\n" in text.split("》", 1)[1][:1]
    got = [(str(c.target), c.pinpoint) for c in res.citations if c.target]
    assert got == [(treaty, None)], got


# -- 3. a symbol broken before a slash -------------------------------------------------------
SLASH_ROWS: list[tuple[str, str, set[str]]] = [
    (
        "en-slash-opens-line",
        "Taking note of the report of the Ad Hoc Working Group on its sixteenth session (FCCC/KP/AWG/2011\n"
        "/4) and of the note by the secretariat (FCCC/SBI/2026/INF.3),\n",
        {"FCCC/KP/AWG/2011/4", "FCCC/SBI/2026/INF.3"},
    ),
    (
        "fr-addendum-after-slash",
        "Prenant note du rapport du Secrétaire général (A/81/233 \n/Add.2) et de la note du Secrétariat,\n",
        {"A/81/233/Add.2"},
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), SLASH_ROWS, ids=[r[0] for r in SLASH_ROWS])
def test_a_symbol_broken_before_a_slash(name: str, text: str, want: set[str]) -> None:
    got = {str(c.target) for c in extract_text(text, source=name).citations if c.target}
    assert want <= got, sorted(got)


# look-alikes: a line that opens with a slash after a word or a number that is no symbol; a
# Chinese full line's symbol (the wrapped line's join read it already)
SLASH_LOOKALIKES: list[tuple[str, str, set[str]]] = [
    (
        "zh-slash-opens-line-wrapped",
        "注意到附属履行机构第六十四届会议的报告（FCCC/SBI/2026\n/10）和秘书处的说明，\n",
        {"FCCC/SBI/2026/10"},
    ),
    (
        "en-slash-after-word",
        "Recalling its resolution 80/12 and the options listed in the annex\n/A and B/ to the report,\n",
        {"A/RES/80/12"},
    ),
    (
        "en-slash-after-number",
        "Recalling its resolution 80/12 of 4 December 2025, paragraph 12\n/3 of which was amended,\n",
        {"A/RES/80/12"},
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), SLASH_LOOKALIKES, ids=[r[0] for r in SLASH_LOOKALIKES])
def test_a_symbol_broken_before_a_slash_lookalikes(name: str, text: str, want: set[str]) -> None:
    got = {str(c.target) for c in extract_text(text, source=name).citations if c.target}
    assert got == want, sorted(got)


# -- 4. an Arabic page in one font: a joint symbol's turned bracket and hyphen (LibreOffice) -----
_AR_PARAGRAPHS = [
    "إن المجلس التنفيذي،",
    "إذ يشير إلى قرار الجمعية العامة 80/231 المؤرخ 18 كانون الأول/ديسمبر 2025 بشأن الأنشطة التنفيذية "
    "من أجل التنمية، وإلى قرار المجلس الاقتصادي والاجتماعي 2025/14 المؤرخ 24 تموز/يوليه 2025،",
    "وإذ يحيط علما بتقرير الأمين العام (A/81/112-E/2026/61) وبمذكرة الأمانة (E/ICEF/2026/AB/L.7)، "
    "وبتقرير الفريق العامل المخصص (FCCC/KP/AWG/2011/4)،",
    "1 - يطلب إلى المديرة التنفيذية أن تقدم تقريرا إلى المجلس في دورته السنوية لعام 2027.",
]
_AR_WANT = {"A/81/112", "E/2026/61", "E/ICEF/2026/AB/L.7", "FCCC/KP/AWG/2011/4", "A/RES/80/231"}
_AR_FONTS = {"naskh-10.5cm": ("Noto Naskh Arabic", "10.5cm"), "kufi-10.5cm": ("Noto Kufi Arabic", "10.5cm")}


def _narrow_pdfs(
    tmp: pytest.TempPathFactory,
    tag: str,
    paragraphs: list[str],
    layouts: dict[str, tuple[str, str]],
    rtl: bool,
    no_font: str,
) -> dict[str, bytes]:
    """The paragraphs made into PDF files by LibreOffice in each layout (name → font, page
    width) whose font is installed; the test skipped (``no_font``) when none is, or when
    LibreOffice is not installed."""
    docs = {
        name: narrow_document(paragraphs, font, width, rtl=rtl)
        for name, (font, width) in layouts.items()
        if font_installed(font)
    }
    if not docs:
        pytest.skip(no_font)
    made = libreoffice_pdfs(docs, tmp.mktemp(f"formats46-{tag}"))
    if made is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return made


@pytest.fixture(scope="module")
def arabic_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The paragraphs on pages 10.5 cm wide, in one font for both scripts."""
    no_font = "no Noto Arabic font installed"
    return _narrow_pdfs(tmp_path_factory, "ar", _AR_PARAGRAPHS, _AR_FONTS, True, no_font)


@pytest.mark.parametrize("name", sorted(_AR_FONTS))
def test_an_arabic_joint_symbol_cut_by_a_line_in_one_font(arabic_files: dict[str, bytes], name: str) -> None:
    if name not in arabic_files:
        pytest.skip(f"{_AR_FONTS[name][0]} is not installed")
    text = text_of(arabic_files[name], f"{name}.pdf")
    got = {str(c.target) for c in extract_text(text, source=f"{name}.pdf").citations if c.target}
    assert got >= _AR_WANT, sorted(got)


# the text layers read: the bracket glued to the symbol's end, the hyphen before the first symbol
ARABIC_ROWS: list[tuple[str, str, set[str]]] = [
    (
        "ar-hyphen-before-first-symbol",
        "وإذ يحيط علما بتقرير الأمين العام (-A/81/112\nE/2026/61( وبمذكرة الأمانة )\n"
        "E/ICEF/2026/AB/L.7)، وبتقرير الفريق العامل\n",
        {"A/81/112", "E/2026/61", "E/ICEF/2026/AB/L.7"},
    ),
    (
        "ar-turned-bracket-after-joint-symbol",
        "وإذ يحيط علما بتقرير الأمين العام (\nA/81/112-E/2026/61( وبمذكرة الأمانة )\n"
        "E/ICEF/2026/AB/L.7)، وبتقرير الفريق العامل\n",
        {"A/81/112", "E/2026/61", "E/ICEF/2026/AB/L.7"},
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), ARABIC_ROWS, ids=[r[0] for r in ARABIC_ROWS])
def test_an_arabic_joint_symbols_turned_marks(name: str, text: str, want: set[str]) -> None:
    got = {str(c.target) for c in extract_text(text, source=f"{name}.pdf").citations if c.target}
    assert want <= got, sorted(got)


# look-alikes: a turned bracket at a line's end (read before), a bracket pair a text layer
# emptied after a symbol, a symbol's bracketed part
# glued to it, a list's dash before a symbol whose next line opens with no symbol
ARABIC_LOOKALIKES: list[tuple[str, str, set[str]]] = [
    (
        "ar-turned-bracket-at-line-end",
        "وإذ تحيط علما بالملاحظات الختامية للجنة (CRC/C/JOR/CO/6-7(\nوبتقرير المقرر الخاص\n",
        {"CRC/C/JOR/CO/6-7"},
    ),
    (
        "ar-emptied-pair",
        "وإذ تحيط علما بالملاحظات الختامية CEDAW/C/JOR/CO/7( ) وبالتقرير الدوري\n",
        {"CEDAW/C/JOR/CO/7"},
    ),
    (
        "ar-bracketed-part",
        "وإذ تشير إلى الميزانية البرنامجية المقترحة A/81/6(Sect. 29) وإلى تقرير اللجنة\n",
        {"A/81/6(Sect.29)"},
    ),
    (
        "ar-dash-then-words",
        "وإذ تشير إلى الوثائق التالية:\n- A/81/112\nوتقرير الأمين العام عن الأنشطة التنفيذية\n",
        {"A/81/112"},
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), ARABIC_LOOKALIKES, ids=[r[0] for r in ARABIC_LOOKALIKES])
def test_an_arabic_joint_symbols_turned_marks_lookalikes(name: str, text: str, want: set[str]) -> None:
    got = {str(c.target) for c in extract_text(text, source=f"{name}.pdf").citations if c.target}
    assert got == want, sorted(got)


# -- 5. a Chinese narrow column: a break inside a title, a full line of ideographs (LibreOffice) --
_ZH_PARAGRAPHS = [
    "执行局，",
    "回顾大会2025年12月18日关于联合国系统发展方面业务活动四年期全面政策审查的第80/231号决议，"
    "以及经济及社会理事会2025年7月24日第2025/14号决议，",
    "回顾《儿童权利公约》第3条和《残疾人权利公约》第7条，以及人权理事会2025年10月8日第60/12号决议，"
    "又注意到《京都议定书》附件一缔约方进一步承诺特设工作组的报告，",
    "1. 请执行主任向执行局2027年年度会议提交报告。",
]
_ZH_FONT = "Noto Sans CJK SC"
_CRPD = "UNTS/2515/44910"
_ZH_WANT = {("A/RES/80/231", "2025-12-18"), (_CRC, None), (_CRPD, None), (_KP, None)}


@pytest.fixture(scope="module")
def chinese_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The paragraphs on pages 7, 9 and 10.5 cm wide."""
    layouts = {f"zh-{w}": (_ZH_FONT, w) for w in ("7cm", "9cm", "10.5cm")}
    no_font = f"{_ZH_FONT} is not installed"
    return _narrow_pdfs(tmp_path_factory, "zh", _ZH_PARAGRAPHS, layouts, False, no_font)


@pytest.mark.parametrize("name", ["zh-7cm", "zh-9cm", "zh-10.5cm"])
def test_a_chinese_narrow_column(chinese_files: dict[str, bytes], name: str) -> None:
    text = text_of(chinese_files[name], f"{name}.pdf")
    res = extract_text(text, source=f"{name}.pdf")
    got = {(str(c.target), c.date) for c in res.citations if c.target}
    assert got >= _ZH_WANT, sorted(got)


# the text layers read: a short line inside a title; a line of ideographs as wide as the full lines
ZH_WRAP_ROWS: list[tuple[str, str, set[tuple[str, str | None]]]] = [
    (
        "zh-break-inside-title",
        "执行局，\n回顾大会 2025 年 12 月 18 日第 80/231\n号决议和经济及社会理事会 2025 年 7 月\n"
        "24 日第 2025/14 号决议，并回顾《残疾\n人权利公约》第 7 条和《儿童权利公\n约》第 3 条，\n"
        "1. 请执行主任向执行局 2027 年年度会议\n提交报告。\n",
        {(_CRPD, None), (_CRC, None)},
    ),
    (
        "zh-full-line-of-ideographs",
        "执行局，\n回顾大会 2025 年 12 月 18 日关于联合国\n系统发展方面业务活动四年期全面政策\n"
        "审查的第 80/231 号决议，以及经济及社\n会理事会 2025 年 7 月 24 日第 2025/14\n号决议，\n",
        {("A/RES/80/231", "2025-12-18"), ("E/RES/2025/14", "2025-07-24")},
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), ZH_WRAP_ROWS, ids=[r[0] for r in ZH_WRAP_ROWS])
def test_a_chinese_line_wrapped_in_a_title_or_full(
    name: str, text: str, want: set[tuple[str, str | None]]
) -> None:
    got = {(str(c.target), c.date) for c in extract_text(text, source=f"{name}.pdf").citations if c.target}
    assert want <= got, sorted(got)


# look-alikes: a title's mark opened on a heading's line and closed far below; a short heading of
# ideographs over its paragraph in a spaced text layer (two lines: the body's line stays a line)
ZH_WRAP_LOOKALIKES: list[tuple[str, str, str]] = [
    (
        "zh-heading-over-body-line",
        "80/231. 联合国系统发展方面业务活动\n大会，\n回顾其 2024 年 12 月 19 日第 79/226 号决议，\n",
        "A/RES/80/231",
    ),
]


@pytest.mark.parametrize(("name", "text", "own"), ZH_WRAP_LOOKALIKES, ids=[r[0] for r in ZH_WRAP_LOOKALIKES])
def test_a_chinese_line_wrapped_lookalikes(name: str, text: str, own: str) -> None:
    res = extract_text(text, source=f"{name}.pdf")
    assert res.document.source_id == own
    assert {(str(c.target), c.date) for c in res.citations if c.target} == {("A/RES/79/226", "2024-12-19")}


# -- 6. a symbol too long for its line, broken where the column could (LibreOffice) ------------
_EN_PARAGRAPHS = [
    "The Conference of the Parties,",
    "Recalling the reports of the Ad Hoc Working Group (FCCC/KP/AWG/2011/4, FCCC/KP/AWG/2011/L.6/Rev.1 "
    "and FCCC/KP/CMP/2011/10/Add.1), and General Assembly resolutions 66/204 of 22 December 2011 and "
    "80/214 of 19 December 2025,",
    "Taking note of the reports of the Secretary-General (A/81/156/Add.1, A/CONF.231/12 and "
    "E/CN.17/2026/3-A/81/75), and decisions 1/CMP.7 and 2/CP.17,",
    "1. Requests the secretariat to report to the Subsidiary Body for Implementation "
    "(FCCC/SBI/2026/10/Add.2).",
]
_EN_MASTHEAD = ["United Nations", "FCCC/KP/CMP/2026/5/Add.3", "Distr.: General"]
_EN_WANT = {
    "FCCC/KP/AWG/2011/4",
    "FCCC/KP/AWG/2011/L.6/Rev.1",
    "FCCC/KP/CMP/2011/10/Add.1",
    "A/81/156/Add.1",
    "A/CONF.231/12",
    "E/CN.17/2026/3",
    "A/81/75",
    "FCCC/SBI/2026/10/Add.2",
}
_EN_LAYOUTS = {
    "dejavu-7cm": ("DejaVu Sans", "7cm"),
    "dejavu-8cm": ("DejaVu Sans", "8cm"),
    "liberation-7cm": ("Liberation Serif", "7cm"),
    "liberation-8cm": ("Liberation Serif", "8cm"),
}


@pytest.fixture(scope="module")
def narrow_english(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The masthead and paragraphs on pages 7 and 8 cm wide."""
    return _narrow_pdfs(
        tmp_path_factory,
        "en",
        _EN_MASTHEAD + _EN_PARAGRAPHS,
        _EN_LAYOUTS,
        False,
        "neither DejaVu Sans nor Liberation Serif is installed",
    )


@pytest.mark.parametrize("name", sorted(_EN_LAYOUTS))
def test_a_symbol_too_long_for_its_line(narrow_english: dict[str, bytes], name: str) -> None:
    if name not in narrow_english:
        pytest.skip(f"{_EN_LAYOUTS[name][0]} is not installed")
    text = text_of(narrow_english[name], f"{name}.pdf")
    got = {str(c.target) for c in extract_text(text, source=f"{name}.pdf").citations if c.target}
    assert got >= _EN_WANT, sorted(got)


# the text layers read: the symbol cut inside an element, its figures or its letters
BROKEN_SYMBOL_ROWS: list[tuple[str, str, set[str]]] = [
    (
        "en-cut-in-figures",
        "Recalling the reports of the\nWorking Group\n(FCCC/KP/AWG/20\n11/4, and of the Subsidiary Body\n",
        {"FCCC/KP/AWG/2011/4"},
    ),
    (
        "en-cut-before-the-element",
        "1. Requests the secretariat to report\nto the Subsidiary Body (FCCC/SBI/2026/1\n0/Add.2).\n",
        {"FCCC/SBI/2026/10/Add.2"},
    ),
    (
        "en-cut-in-the-element",
        "Recalling the draft conclusions\nFCCC/KP/AWG/2011/L.6/R\nev.1 and the report\n"
        "FCCC/KP/CMP/2011/10/Ad\nd.1, and the note\nFCCC/SBI/2026/10/Add\n.2 of the secretariat,\n",
        {"FCCC/KP/AWG/2011/L.6/Rev.1", "FCCC/KP/CMP/2011/10/Add.1", "FCCC/SBI/2026/10/Add.2"},
    ),
    (
        "ru-cut-before-the-bracket",
        "принимая к сведению доклады Генерального\nсекретаря (A/81/156/Add.1 и\nE/CN.17/2026/3-A/81/7\n5),\n",
        {"E/CN.17/2026/3", "A/81/75"},
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), BROKEN_SYMBOL_ROWS, ids=[r[0] for r in BROKEN_SYMBOL_ROWS])
def test_a_symbol_broken_where_the_column_could(name: str, text: str, want: set[str]) -> None:
    got = {str(c.target) for c in extract_text(text, source=f"{name}.pdf").citations if c.target}
    assert got >= want, sorted(got)


# look-alikes: a symbol that ends its line before a paragraph's number, a word, or a list
# item's number with its bracket (no bracket open before it)
BROKEN_SYMBOL_LOOKALIKES: list[tuple[str, str, set[str]]] = [
    (
        "en-paragraph-number-after",
        "The Committee took note of the report A/81/1\n2. The Committee decided to consider it further.\n",
        {"A/81/1"},
    ),
    (
        "en-word-after",
        "The Committee had before it the report (A/81/1\nand A/81/2).\n",
        {"A/81/1", "A/81/2"},
    ),
    (
        "en-item-number-after",
        "The Committee took note of the report A/81/1\n5) The Committee decided to consider it further.\n",
        {"A/81/1"},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "want"), BROKEN_SYMBOL_LOOKALIKES, ids=[r[0] for r in BROKEN_SYMBOL_LOOKALIKES]
)
def test_a_symbol_broken_where_the_column_could_lookalikes(name: str, text: str, want: set[str]) -> None:
    got = {str(c.target) for c in extract_text(text, source=f"{name}.pdf").citations if c.target}
    assert got == want, sorted(got)
