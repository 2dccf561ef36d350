"""Official files as users bring them (issue 7, session 25).  An Arabic PDF made by LibreOffice
whose lines of Latin letters alone (the masthead's date, "Distr.: General", a note in Latin
letters) are drawn in their paragraph's direction; a note's number glued to the symbol that opens
its text under the notes' rule; a session volume's notes, printed at its end, whose markers
follow a Russian or accented word; a bracketed symbol at a page's foot, over its footer; a web
page printed by a browser, its address and the time of printing in the margins; a table whose
second header row names decisions.  Every text is written for these tests in UN style."""

from __future__ import annotations

import html
from typing import Any

import pytest

from browser import browser  # noqa: F401  (the fixture)
from official_files import (
    ARABIC_STYLES,
    W_NS,
    arabic_fodt,
    browser_print,
    libreoffice_pdfs,
    libreoffice_rows,
    word_package,
)
from rescite.engine.extract import extract_text
from rescite.read import text_of

# -- an Arabic PDF (LibreOffice): lines of Latin letters in right-to-left paragraphs -------------

# (row id, the font, the page's lines, the lines read, the own id, the targets)
ARABIC_ROWS = [
    (
        "masthead date",
        "Noto Naskh Arabic",
        [
            "الأمم المتحدة",
            "A/RES/80/64",
            "الجمعية العامة",
            "Distr.: General",
            "11 December 2025",
            "إن الجمعية العامة،",
            "إذ تشير إلى قرارها 78/191 المؤرخ 19 كانون الأول/ديسمبر 2023،",
        ],
        ["Distr.: General", "11 December 2025"],
        "A/RES/80/64",
        ["A/RES/78/191"],
    ),
    (
        "council masthead date",
        "Noto Kufi Arabic",
        [
            "الأمم المتحدة",
            "S/RES/2816 (2026)",
            "مجلس الأمن",
            "Distr.: General",
            "27 January 2026",
            "إن مجلس الأمن،",
            "إذ يشير إلى قراره 2720 (2023)،",
        ],
        ["Distr.: General", "27 January 2026"],
        "S/RES/2816(2026)",
        ["S/RES/2720(2023)"],
    ),
    (
        "note in latin letters",
        "Noto Naskh Arabic",
        [
            "الأمم المتحدة",
            "A/RES/80/72",
            "الجمعية العامة",
            "Distr.: General",
            "16 December 2025",
            "إن الجمعية العامة،",
            "إذ تحيط علما بتقرير الأمين العام(1)،",
            "__________",
            "(1) A/80/318.",
        ],
        ["16 December 2025", "(1) A/80/318."],
        "A/RES/80/72",
        ["A/80/318"],
    ),
]


@pytest.fixture(scope="module")
def arabic(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    docs = {r[0]: arabic_fodt(r[1], r[2]) for r in ARABIC_ROWS}
    return libreoffice_rows(docs, tmp_path_factory.mktemp("ar25"))


@pytest.mark.parametrize(
    ("name", "lines", "own", "targets"),
    [(r[0], r[3], r[4], r[5]) for r in ARABIC_ROWS],
    ids=[r[0] for r in ARABIC_ROWS],
)
def test_an_arabic_pdf_reads_its_latin_lines_in_order(
    arabic: dict[str, bytes], name: str, lines: list[str], own: str, targets: list[str]
) -> None:
    text = text_of(arabic[name], "ar.pdf")
    read = [line.strip() for line in text.splitlines()]
    for line in lines:
        assert line in read
    res = extract_text(text)
    assert res.document.source_id == own
    assert sorted(str(c.target) for c in res.citations) == targets


# -- a note's number glued to its symbol under the notes' rule -----------------------------------
# (row id, the text, the targets)
GLUED_ROWS = [
    (
        "english",
        "United Nations\nA/RES/80/66\nGeneral Assembly\n\n80/66. Fisheries workers at sea\n\n"
        "The General Assembly,\n\nTaking note of the report of the Secretary-General,1\n\n"
        "Recalling its resolution 78/193 of 19 December 2023,\n\n__________\n"
        "1A/80/427 and Corr.1.\n",
        ["A/80/427", "A/80/427/Corr.1", "A/RES/78/193"],
    ),
    (
        "french",
        "Nations Unies\nA/RES/80/67\nAssemblée générale\n\n80/67. Les travailleurs de la pêche\n\n"
        "L'Assemblée générale,\n\nPrenant note du rapport du Secrétaire général,2\n\n"
        "Rappelant sa résolution 78/194 du 19 décembre 2023,\n\n____________\n"
        "2A/80/428.\n",
        ["A/80/428", "A/RES/78/194"],
    ),
    (
        "spanish, a blank line under the rule",
        "Naciones Unidas\nA/RES/80/68\nAsamblea General\n\n"
        "La Asamblea General,\n\nTomando nota del informe del Secretario General,1\n\n"
        "Tomando nota también de la nota de la Secretaría,2\n\n__________\n\n"
        "1A/80/429.\n2A/80/430/Add.1.\n",
        ["A/80/429", "A/80/430/Add.1"],
    ),
    (
        "russian",
        "Организация Объединенных Наций\nA/RES/80/69\nГенеральная Ассамблея\n\n"
        "Генеральная Ассамблея,\n\nпринимая к сведению доклад Генерального секретаря1,\n\n"
        "__________\n1E/CN.6/2026/4.\n",
        ["E/CN.6/2026/4"],
    ),
]


@pytest.mark.parametrize(("text", "targets"), [r[1:] for r in GLUED_ROWS], ids=[r[0] for r in GLUED_ROWS])
def test_a_note_glued_to_its_symbol_under_the_rule(text: str, targets: list[str]) -> None:
    res = extract_text(text)
    assert sorted(str(c.target) for c in res.citations) == targets
    for c in res.citations:
        assert text[c.start : c.end] == c.text


# … and in a PDF that draws the rule as text (LibreOffice)
_LTR_STYLES = ARABIC_STYLES.replace("rl-tb", "lr-tb")


@pytest.fixture(scope="module")
def glued_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    lines = [
        "United Nations",
        "A/RES/80/73",
        "General Assembly",
        "Taking note of the report of the Secretary-General,1",
        "Recalling its resolution 78/196,",
        "__________",
        "1A/80/431 and Corr.1.",
    ]
    made = libreoffice_pdfs(
        {"glued": arabic_fodt("Liberation Serif", lines, _LTR_STYLES)},
        tmp_path_factory.mktemp("glued25"),
    )
    if not made:
        pytest.skip("LibreOffice (soffice) is not installed")
    return made["glued"]


@pytest.mark.parametrize(
    ("own", "targets"), [("A/RES/80/73", ["A/80/431", "A/80/431/Corr.1", "A/RES/78/196"])], ids=["pdf"]
)
def test_a_pdf_note_glued_to_its_symbol_under_the_rule(
    glued_pdf: bytes, own: str, targets: list[str]
) -> None:
    res = extract_text(text_of(glued_pdf, "glued.pdf"))
    assert res.document.source_id == own
    assert sorted(str(c.target) for c in res.citations) == targets


# -- a session volume's notes at its end, their markers after a Russian or accented word ---------
def _volume(texts: list[tuple[str, list[str], str]], notes: list[str]) -> str:
    """A volume: each text's heading, its lines (the one that ends with a note's marker), then
    all the notes under one rule at the end (a Word file's, as its reader gives them)."""
    out = []
    for heading, lines, meeting in texts:
        out += [heading, "", *[x + "\n" for x in lines], meeting, ""]
    out += ["_______________"] + [f"{i} {n}" for i, n in enumerate(notes, 1)]
    return "\n".join(out) + "\n"


_RU_NOTE = "Официальные отчеты Генеральной Ассамблеи, восьмидесятая сессия, Дополнение № {n} (A/80/{n})."
_FR_NOTE = (
    "Documents officiels de l'Assemblée générale, quatre-vingtième session, Supplément no {n} (A/80/{n})."
)
_ES_NOTE = (
    "Documentos Oficiales de la Asamblea General, octogésimo período de sesiones, "
    "Suplemento núm. {n} (A/80/{n})."
)


def _volume_row(
    rid: str, heading: str, lines: tuple[str, str], meeting: tuple[str, int], ks: range, note: str, first: int
) -> tuple[str, str, set[tuple[str, str]]]:
    """A row: a volume of the texts ``ks`` (``heading`` formatted with each ``k``, the second
    line ending with the marker ``k - ks.start + 1``, the meeting numbered ``k`` + its shift),
    the notes ``note`` from supplement ``first`` on, and the pairs read: each text cites its
    note's report."""
    shift = ks.start - 1
    texts = [
        (heading.format(k=k), [lines[0], f"{lines[1]}{k - shift}"], meeting[0].format(m=k + meeting[1]))
        for k in ks
    ]
    notes = [note.format(n=n) for n in range(first, first + len(ks))]
    return rid, _volume(texts, notes), {(f"A/RES/80/{k}", f"A/80/{k - shift + first - 1}") for k in ks}


# (row id, the volume, {(own id, target)})
VOLUME_ROWS = [
    _volume_row(
        "russian",
        "80/{k}. Заголовок {k}",
        ("Генеральная Ассамблея,", "принимая к сведению доклад Генерального секретаря,"),
        ("{m}-е пленарное заседание\n10 декабря 2025 года", 30),
        range(21, 25),
        _RU_NOTE,
        3,
    ),
    _volume_row(
        "french",
        "80/{k}. Titre {k}",
        ("L'Assemblée générale,", "Ayant examiné le rapport présenté,"),
        ("{m}e séance plénière\n10 décembre 2025", 20),
        range(31, 34),
        _FR_NOTE,
        11,
    ),
    _volume_row(
        "spanish",
        "80/{k}. Título {k}",
        ("La Asamblea General,", "Habiendo examinado el informe del Perú,"),
        ("{m}ª sesión plenaria\n10 de diciembre de 2025", 10),
        range(41, 44),
        _ES_NOTE,
        15,
    ),
]


# … and an English volume whose notes go on over a page break (a PDF's page of notes)
_EN_NOTE = "Official Records of the General Assembly, Eightieth Session, Supplement No. {n} (A/80/{n})."
_EN_ROW = _volume_row(
    "notes over a page break",
    "Resolution 80/{k}\nTitle {k}",
    ("The General Assembly,", "Taking note of the report of the Secretary-General,"),
    ("{m}th plenary meeting\n10 December 2025", -10),
    range(61, 65),
    _EN_NOTE,
    21,
)
VOLUME_ROWS.append((_EN_ROW[0], _EN_ROW[1].replace("\n3 Official", "\f3 Official"), _EN_ROW[2]))


@pytest.mark.parametrize(("text", "pairs"), [r[1:] for r in VOLUME_ROWS], ids=[r[0] for r in VOLUME_ROWS])
def test_a_volumes_notes_at_its_end_go_to_the_text_of_their_marker(
    text: str, pairs: set[tuple[str, str]]
) -> None:
    res = extract_text(text)
    assert {(c.source_id, str(c.target)) for c in res.citations} == pairs


def test_a_word_volumes_notes_go_to_the_text_of_their_marker() -> None:
    def para(text: str, note: int = 0) -> str:
        ref = f'<w:r><w:footnoteReference w:id="{note}"/></w:r>' if note else ""
        return f'<w:p><w:r><w:t xml:space="preserve">{html.escape(text)}</w:t></w:r>{ref}</w:p>'

    body = ""
    for k in range(51, 55):
        body += para(f"80/{k}. Заголовок {k}") + para("Генеральная Ассамблея,")
        body += para("принимая к сведению доклад Генерального секретаря,", k - 49)
        body += para(f"{k}-е пленарное заседание") + para("11 декабря 2025 года")
    notes = (
        f"<w:footnotes {W_NS}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        "</w:footnote>"
        + "".join(
            f'<w:footnote w:id="{k - 49}">{para(_RU_NOTE.format(n=k - 30))}</w:footnote>'
            for k in range(51, 55)
        )
        + "</w:footnotes>"
    )
    res = extract_text(text_of(word_package(body, {"footnotes": notes}), "volume.docx"))
    assert {(c.source_id, str(c.target)) for c in res.citations} == {
        (f"A/RES/80/{k}", f"A/80/{k - 30}") for k in range(51, 55)
    }


# -- a bracketed symbol at a page's foot, over its footer, is no text's own id ------------------
# (row id, the text's last lines, the last text's own id)
FOOT_ROWS = [
    ("english", "Taking note of the report,1\n\n55th plenary meeting\n9 December 2025\n", "A/RES/80/17"),
    ("french", "Prenant note du rapport,1\n\n55e séance plénière\n9 décembre 2025\n", "A/RES/80/17"),
]
_FOOT = (
    "__________________\n"
    "1 Official Records of the General Assembly, Supplement No. 12 (A/80/12).\n25-20456 1\n"
)


@pytest.mark.parametrize(("lines", "own"), [r[1:] for r in FOOT_ROWS], ids=[r[0] for r in FOOT_ROWS])
def test_a_bracketed_symbol_over_the_footer_is_no_own_id(lines: str, own: str) -> None:
    text = (
        "A/80/49 (Vol. I)\n80/16. Road safety\nThe General Assembly,\nRecalling its resolution 74/142,\n"
        "54th plenary meeting\n9 December 2025\n80/17. Migrant workers\nThe General Assembly,\n"
        "Recalling its resolution 75/145,\n" + lines + _FOOT
    )
    res = extract_text(text)
    assert res.parts[-1].source_id == own
    assert ("A/RES/80/17", "A/80/12") in {(c.source_id, str(c.target)) for c in res.citations}


# -- a web page printed by a browser: its address and the time of printing in the margins --------
_PRINTED = (
    "United Nations\nA/RES/80/75\nGeneral Assembly\nDistr.: General\n"
    "Resolution adopted by the General Assembly on 9 December 2025\n"
    "80/75. Protection of coastal fishers\nThe General Assembly,\n"
    "Recalling its resolution 78/199 of 19 December 2023,\n{header}\n{footer}\n"
)
# (row id, the page's header line, its footer line)
PRINT_ROWS = [
    (
        "address of a draft",
        "12/9/25, 4:17 PM 80/75. Protection of coastal fishers",
        "https://undocs.org/en/A/80/L.41 1/1",
    ),
    (
        "address with a query",
        "09.12.2025, 16:17 A/80/L.41 - Protection of coastal fishers",
        "https://www.example.org/un-texts/ru/A-80-L-41/print.html?ref=A/80/L.41 1/2",
    ),
    (
        "library record",
        "9/12/25, 16:17 A/80/L.41 - UN Digital Library",
        "https://digitallibrary.un.org/record/4071299?ln=es#A/80/L.41 2/2",
    ),
]


@pytest.mark.parametrize(("header", "footer"), [r[1:] for r in PRINT_ROWS], ids=[r[0] for r in PRINT_ROWS])
def test_a_browsers_print_margins_are_no_text(header: str, footer: str) -> None:
    res = extract_text(_PRINTED.format(header=header, footer=footer))
    assert res.document.source_id == "A/RES/80/75"
    assert [str(c.target) for c in res.citations] == ["A/RES/78/199"]


# … a PDF printed from Chromium, the margins of a page that has no masthead
_PAGE = (
    "<html><head><meta charset='utf-8'><title>t</title></head><body style='font-family:serif'>"
    "<h1>80/76. Safety of seafarers</h1><p>The General Assembly,</p>"
    "<p>Recalling its resolution 78/201 of 19 December 2023,</p>"
    "<p>Taking note of the report of the Secretary-General (A/80/433),</p></body></html>"
)
CHROMIUM_ROWS = [
    ("draft's address", "12/10/25, 9:05 AM", "https://undocs.org/en/A/80/L.44"),
    ("copy's address", "10.12.2025, 09:05", "https://www.example.org/texts/A-80-L-44.html?s=A/80/L.44"),
]


@pytest.mark.parametrize(("when", "url"), [r[1:] for r in CHROMIUM_ROWS], ids=[r[0] for r in CHROMIUM_ROWS])
def test_a_chromium_print_of_a_copy(browser: Any, when: str, url: str) -> None:  # noqa: F811
    data = browser_print(browser, _PAGE, when, "A/80/L.44 - Safety of seafarers", url)
    res = extract_text(text_of(data, "printed.pdf"))
    assert res.document.source_id == "A/RES/80/76"
    assert sorted(str(c.target) for c in res.citations) == ["A/80/433", "A/RES/78/201"]


# … a session volume printed from Chromium: two columns, the volume's symbol in the header
_VOLUME_PAGE = (
    "<html><head><meta charset='utf-8'></head><body style='font-family:serif;font-size:10pt'>"
    "<h2>Resolutions adopted by the General Assembly during its eightieth session</h2>"
    "<div style='column-count:2'>{texts}</div><hr style='width:30%;margin-left:0'>{notes}</body></html>"
)


@pytest.mark.parametrize(
    "heading", ["Resolution 80/{k}</p><p>Title {k}", "80/{k}. Title {k}"], ids=["word", "number"]
)
def test_a_chromium_print_of_a_session_volume(browser: Any, heading: str) -> None:  # noqa: F811
    texts = "".join(
        f"<p>{heading.format(k=k)}</p><p>The General Assembly,</p>"
        f"<p>Recalling its resolution 74/1{k} of 1{k - 70} December 2019,</p>"
        f"<p>Taking note of the report of the Secretary-General,<sup>{k - 70}</sup></p>"
        + "<p>2. Requests the Secretary-General to report to it at its eighty-first session;</p>" * 4
        + f"<p>{k - 20}th plenary meeting</p><p>11 December 2025</p>"
        for k in range(71, 78)
    )
    notes = "".join(
        f"<p style='font-size:8pt'><sup>{k - 70}</sup> Official Records of the General Assembly, Eightieth "
        f"Session, Supplement No. {k - 60} (A/80/{k - 60}).</p>"
        for k in range(71, 78)
    )
    content = _VOLUME_PAGE.format(texts=texts, notes=notes)
    url = "https://www.un.org/en/ga/80/resolutions/A-80-49.html"
    data = browser_print(browser, content, "12/11/25, 10:02 AM", "A/80/49 (Vol. I)", url)
    res = extract_text(text_of(data, "volume.pdf"))
    assert {(c.source_id, str(c.target)) for c in res.citations} == {
        pair
        for k in range(71, 78)
        for pair in ((f"A/RES/80/{k}", f"A/RES/74/1{k}"), (f"A/RES/80/{k}", f"A/80/{k - 60}"))
    }


# -- a table whose second header row names decisions ---------------------------------------------
# (row id, the heading above the table, the header rows (resolutions, decisions), the vote cell,
# what parts the rows: a blank line as a Word table's paragraphs, or a line break)
TABLE_ROWS = [
    (
        "english",
        "I. Texts adopted by the Human Rights Council at its sixty-first session",
        ("Resolution | Title | Date of adoption | Vote", "Decision | Title | Date of adoption | Vote"),
        "Adopted without a vote",
        "\n\n",
    ),
    (
        "english, rows on consecutive lines",
        "I. Texts adopted by the Human Rights Council at its sixty-first session",
        ("Resolution | Title | Date of adoption | Vote", "Decision | Title | Date of adoption | Vote"),
        "Adopted by a recorded vote of 30 to 7, with 10 abstentions",
        "\n",
    ),
    (
        "french",
        "I. Textes adoptés par le Conseil des droits de l'homme à sa soixante et unième session",
        ("Résolution | Titre | Date d'adoption | Vote", "Décision | Titre | Date d'adoption | Vote"),
        "Adoptée sans vote",
        "\n\n",
    ),
    (
        "spanish",
        "I. Textos aprobados por el Consejo de Derechos Humanos en su 61er período de sesiones",
        (
            "Resolución | Título | Fecha de aprobación | Votación",
            "Decisión | Título | Fecha de aprobación | Votación",
        ),
        "Aprobada sin votación",
        "\n\n",
    ),
    (
        "russian",
        "I. Тексты, принятые Советом по правам человека на его шестьдесят первой сессии",
        (
            "Резолюция | Название | Дата принятия | Голосование",
            "Решение | Название | Дата принятия | Голосование",
        ),
        "Принята без голосования",
        "\n\n",
    ),
]


@pytest.mark.parametrize(
    ("heading", "heads", "vote", "sep"), [r[1:] for r in TABLE_ROWS], ids=[r[0] for r in TABLE_ROWS]
)
def test_a_second_header_row_names_the_rows_under_it(
    heading: str, heads: tuple[str, str], vote: str, sep: str
) -> None:
    rows = [
        heads[0],
        f"61/1 | Right to food | 3 April 2026 | {vote}",
        f"61/2 | Rights of older persons | 3 April 2026 | {vote}",
        heads[1],
        f"61/101 | Right to food | 3 April 2026 | {vote}",
    ]
    text = f"A/HRC/61/2\n\n{heading}\n\n" + sep.join(rows) + "\n"
    res = extract_text(text)
    assert sorted(str(c.target) for c in res.citations) == [
        "A/HRC/DEC/61/101",
        "A/HRC/RES/61/1",
        "A/HRC/RES/61/2",
    ]
