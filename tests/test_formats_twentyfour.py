"""Official files as users bring them (issue 7, session 24).  An Arabic PDF made by LibreOffice
with a font that has Latin letters too: its masthead's symbol, a line of Latin letters alone,
drawn with its slashes after its numbers ("80 35A/RES/ /"); a page whose lines are read from
their glyphs' places among lines drawn in visual order; a compilation's note moved back to the
text of its marker, read with that clause's verb; a note's sentence that wraps onto a line a
date opens ("… adopted on⏎12 December 2019 …").  Every text is written for these tests in UN
style."""

from __future__ import annotations

import html

import pytest

from official_files import arabic_fodt, libreoffice_pdfs, libreoffice_rows, word_package
from rescite.engine.extract import extract_text
from rescite.read import text_of
from rescite.read.pdf import logical_order

# -- an Arabic PDF (LibreOffice), one font for both scripts ---------------------------------------

# (row id, the font, the masthead's lines, the heading's lines, the body, the own id, the targets)
ARABIC_ROWS = [
    (
        "ga resolution",
        "Noto Naskh Arabic",
        ["الأمم المتحدة", "A/RES/80/35", "الجمعية العامة"],
        ["الدورة الثمانون", "قرار اتخذته الجمعية العامة في 4 كانون الأول/ديسمبر 2025"],
        ["إن الجمعية العامة،", "إذ تشير إلى قرارها 77/219 المؤرخ 19 كانون الأول/ديسمبر 2022،"],
        "A/RES/80/35",
        ["A/RES/77/219"],
    ),
    (
        "security council resolution",
        "Noto Kufi Arabic",
        ["الأمم المتحدة", "S/RES/2812 (2026)", "مجلس الأمن"],
        ["القرار 2812 (2026)", "الذي اتخذه مجلس الأمن في جلسته 9981 المعقودة في 14 كانون الثاني/يناير 2026"],
        ["إن مجلس الأمن،", "إذ يشير إلى قراره 2719 (2023)،"],
        "S/RES/2812(2026)",
        ["S/RES/2719(2023)"],
    ),
    (
        "document symbol on a line of its own",
        "Noto Naskh Arabic",
        ["الأمم المتحدة", "A/HRC/DEC/61/104", "مجلس حقوق الإنسان"],
        ["الدورة الحادية والستون", "مقرر اتخذه مجلس حقوق الإنسان في 3 نيسان/أبريل 2026"],
        ["61/104 - التعاون التقني", "إن مجلس حقوق الإنسان يحيط علما بالوثيقة", "A/HRC/61/27/Add.2"],
        "A/HRC/DEC/61/104",
        ["A/HRC/61/27/Add.2"],
    ),
    # a supplement's number before the report's symbol, on a line that wraps ("10 (E/2016/30)"
    # read "E/2016/30( 10)")
    (
        "supplement number before a symbol",
        "Noto Naskh Arabic",
        ["الأمم المتحدة", "A/RES/80/36", "الجمعية العامة"],
        ["الدورة الثمانون", "قرار اتخذته الجمعية العامة في 4 كانون الأول/ديسمبر 2025"],
        [
            "إن الجمعية العامة،",
            "إذ تحيط علما بتقرير لجنة حقوق الطفل، الوثائق الرسمية للجمعية العامة، الدورة الثمانون، الملحق"
            " رقم 41 (A/80/41)، الفصل الثاني، الفرع باء،",
        ],
        "A/RES/80/36",
        ["A/80/41"],
    ),
]


@pytest.fixture(scope="module")
def arabic(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    docs = {r[0]: arabic_fodt(r[1], [*r[2], *r[3], *r[4]]) for r in ARABIC_ROWS}
    return libreoffice_rows(docs, tmp_path_factory.mktemp("ar24"))


@pytest.mark.parametrize(
    ("name", "own", "targets"), [(r[0], r[5], r[6]) for r in ARABIC_ROWS], ids=[r[0] for r in ARABIC_ROWS]
)
def test_an_arabic_libreoffice_pdf_reads_its_latin_lines(
    arabic: dict[str, bytes], name: str, own: str, targets: list[str]
) -> None:
    text = text_of(arabic[name], "ar.pdf")
    res = extract_text(text)
    assert res.document.source_id == own
    assert sorted(str(c.target) for c in res.citations) == targets


# -- a page drawn in visual order whose lines read from their glyphs' places are in order ---------
# (row id, the page: its lines, the lines whose order their glyphs' places tell (0: read from them,
# 1: shown from the right edge, -1: from the left edge, in visual order), the page in reading order)
MIXED_ROWS = [
    (
        "symbol line among visual lines",
        [
            "المتحدة الأمم",
            "A/RES/80/35",
            "العامة، الجمعية إن",
            "،77/219 قرارها إلى تشير إذ",
        ],
        {"A/RES/80/35": 0},
        ["الأمم المتحدة", "A/RES/80/35", "إن الجمعية العامة،", "إذ تشير إلى قرارها 77/219،"],
    ),
    (
        "rebuilt arabic line among visual lines",
        [
            "العامة، الجمعية إن",
            "إذ تشير إلى قرارها 77/219 والوثيقة A/80/123/Add.1،",
            "،78/140 قرارها إلى كذلك تشير وإذ",
        ],
        {"إذ تشير إلى قرارها 77/219 والوثيقة A/80/123/Add.1،": 0},
        [
            "إن الجمعية العامة،",
            "إذ تشير إلى قرارها 77/219 والوثيقة A/80/123/Add.1،",
            "وإذ تشير كذلك إلى قرارها 78/140،",
        ],
    ),
]


MIXED_ROWS.append(
    (
        "visual line among lines in reading order",
        [
            "إن الجمعية العامة،",
            "إذ تشير إلى قرارها 77/219،",
            "المتحدة الأمم",
            "وإذ تشير كذلك إلى قرارها 78/140،",
        ],
        {"المتحدة الأمم": -1, "إذ تشير إلى قرارها 77/219،": 1},
        [
            "إن الجمعية العامة،",
            "إذ تشير إلى قرارها 77/219،",
            "الأمم المتحدة",
            "وإذ تشير كذلك إلى قرارها 78/140،",
        ],
    )
)


@pytest.mark.parametrize(
    ("lines", "known", "expected"), [r[1:] for r in MIXED_ROWS], ids=[r[0] for r in MIXED_ROWS]
)
def test_lines_whose_glyphs_tell_their_order_keep_it(
    lines: list[str], known: dict[str, int], expected: list[str]
) -> None:
    assert logical_order(["\n".join(lines)], [known]) == ["\n".join(expected)]


# -- a compilation's note moved back to its marker's text: that clause's verb ---------------------
def _volume(texts: list[tuple[str, str, list[str]]], notes: list[str]) -> str:
    parts = []
    for heading, actor, paragraphs in texts:
        parts += [heading, actor, *paragraphs]
    return "\n\n".join([*parts, "\n".join(["__________________", *notes])])


# (row id, the volume's text, note target → (own id, function, verb))
MOVED_ROWS = [
    (
        "en",
        _volume(
            [
                (
                    "81/40. Inland fisheries",
                    "The General Assembly,",
                    ["Welcoming the report of the Secretary-General,1", "1. Decides to remain seized."],
                ),
                (
                    "81/41. Coastal erosion",
                    "The General Assembly,",
                    ["Recalling its resolution 76/205,2", "1. Decides to remain seized."],
                ),
            ],
            ["1 A/81/290.", "2 See also A/76/533."],
        ),
        {"A/81/290": ("A/RES/81/40", "acknowledges", "Welcoming")},
    ),
    (
        "fr",
        _volume(
            [
                (
                    "81/40. Pêche continentale",
                    "L'Assemblée générale,",
                    ["Rappelant sa résolution 75/208,1", "1. Décide de rester saisie de la question."],
                ),
                (
                    "81/41. Érosion côtière",
                    "L'Assemblée générale,",
                    [
                        "Prenant note du rapport du Secrétaire général,2",
                        "1. Décide de rester saisie de la question.",
                    ],
                ),
            ],
            ["1 Voir aussi A/75/457.", "2 A/81/291."],
        ),
        {"A/75/457": ("A/RES/81/40", "builds_on", "Rappelant")},
    ),
    (
        "es",
        _volume(
            [
                (
                    "81/40. Pesca continental",
                    "La Asamblea General,",
                    ["Recordando su resolución 75/208,1", "1. Decide seguir ocupándose de la cuestión."],
                ),
                (
                    "81/41. Erosión costera",
                    "La Asamblea General,",
                    [
                        "Tomando nota del informe del Secretario General,2",
                        "1. Decide seguir ocupándose de la cuestión.",
                    ],
                ),
            ],
            ["1 Véase también A/75/457.", "2 A/81/291."],
        ),
        {"A/75/457": ("A/RES/81/40", "builds_on", "Recordando")},
    ),
    (
        "ru",
        _volume(
            [
                (
                    "81/40. Рыболовство во внутренних водах",
                    "Генеральная Ассамблея,",
                    [
                        "ссылаясь на свою резолюцию 75/208,1",
                        "1. постановляет продолжить рассмотрение этого вопроса.",
                    ],
                ),
                (
                    "81/41. Эрозия побережья",
                    "Генеральная Ассамблея,",
                    [
                        "принимая к сведению доклад Генерального секретаря,2",
                        "1. постановляет продолжить рассмотрение этого вопроса.",
                    ],
                ),
            ],
            ["1 См. также A/75/457.", "2 A/81/291."],
        ),
        {"A/75/457": ("A/RES/81/40", "builds_on", "ссылаясь на")},
    ),
]


@pytest.mark.parametrize(("text", "homes"), [r[1:] for r in MOVED_ROWS], ids=[r[0] for r in MOVED_ROWS])
def test_a_moved_note_takes_its_markers_verb(text: str, homes: dict[str, tuple[str, str, str]]) -> None:
    got = {str(c.target): (c.source_id, c.function, c.verb) for c in extract_text(text).citations}
    assert {t: got.get(t) for t in homes} == homes


# -- a note's sentence wrapped onto a line that a date opens --------------------------------------
def _resolution(lines: list[str], notes: list[str]) -> str:
    return "\n\n".join(lines) + "\n__________________\n" + "\n".join(notes) + "\n"


def _markers(words: str, n: int) -> str:
    return (
        ", ".join(f"{70 + i}/{10 + i}{'¹²³⁴⁵⁶⁷⁸⁹'[i - 1] if i < 10 else '¹⁰'}" for i in range(1, n + 1))
        + words
    )


# (row id, the text, the target in the wrapped line → (the note's number, its function))
DATE_ROWS = [
    (
        "en",
        _resolution(
            [
                "A/RES/81/52",
                "81/52. Literacy for all",
                "The General Assembly,",
                "Recalling its resolutions " + _markers(" and 74/141,¹¹", 10),
                "Taking note of the report of the Secretary-General,¹²",
            ],
            [
                *[f"{i} See A/{69 + i}/200." for i in range(1, 11)],
                "11 Adopted at the 50th plenary meeting, on",
                "12 December 2019; see A/74/PV.50.",
                "12 A/81/301.",
            ],
        ),
        {"A/74/PV.50": ("11", "builds_on")},
    ),
    (
        "fr",
        _resolution(
            [
                "A/RES/81/52",
                "81/52. L'alphabétisation pour tous",
                "L'Assemblée générale,",
                "Rappelant ses résolutions " + _markers(" et 74/141,¹¹", 10),
                "Prenant note du rapport du Secrétaire général,¹²",
            ],
            [
                *[f"{i} Voir A/{69 + i}/200." for i in range(1, 11)],
                "11 Adoptée à la 50e séance plénière, le",
                "12 décembre 2019 ; voir A/74/PV.50.",
                "12 A/81/301.",
            ],
        ),
        {"A/74/PV.50": ("11", "builds_on")},
    ),
    (
        "es",
        _resolution(
            [
                "A/RES/81/52",
                "81/52. Alfabetización para todos",
                "La Asamblea General,",
                "Recordando sus resoluciones " + _markers(" y 74/141,¹¹", 10),
                "Tomando nota del informe del Secretario General,¹²",
            ],
            [
                *[f"{i} Véase A/{69 + i}/200." for i in range(1, 11)],
                "11 Aprobada en la 50a sesión plenaria, el",
                "12 de diciembre de 2019; véase A/74/PV.50.",
                "12 A/81/301.",
            ],
        ),
        {"A/74/PV.50": ("11", "builds_on")},
    ),
]


@pytest.mark.parametrize(("text", "notes"), [r[1:] for r in DATE_ROWS], ids=[r[0] for r in DATE_ROWS])
def test_a_note_goes_on_over_a_line_a_date_opens(text: str, notes: dict[str, tuple[str, str]]) -> None:
    got = {str(c.target): (c.paragraph, c.function) for c in extract_text(text).citations}
    assert {t: got.get(t) for t in notes} == notes


# -- an Arabic Word file converted to PDF by LibreOffice --------------------------------------------


def _arabic_docx(lines: list[str], font: str) -> bytes:
    """A Word file of right-to-left paragraphs (``w:bidi``, Arabic runs ``w:rtl``) in ``font``."""

    def para(line: str) -> str:
        rtl = "<w:rtl/>" if any("\u0600" <= c <= "\u06ff" for c in line) else ""
        fonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
        return (
            f'<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:rPr>{fonts}{rtl}</w:rPr><w:t xml:space="preserve">'
            f"{html.escape(line)}</w:t></w:r></w:p>"
        )

    return word_package("".join(para(x) for x in lines))


# (row id, the font, the paragraphs, the own id, the targets)
WORD_ROWS = [
    (
        "ga resolution",
        "Noto Naskh Arabic",
        [
            "الأمم المتحدة",
            "A/RES/80/64",
            "الجمعية العامة",
            "الدورة الثمانون",
            "[بناء على تقرير اللجنة الثالثة (A/80/473/Add.1)]",
            "80/64 - محو الأمية في المناطق الريفية",
            "إن الجمعية العامة،",
            "إذ تشير إلى قرارها 78/150 المؤرخ 19 كانون الأول/ديسمبر 2023،",
            "وإذ تحيط علما بتقرير الأمين العام (A/80/288/Add.1)،",
        ],
        "A/RES/80/64",
        ["A/80/288/Add.1", "A/80/473/Add.1", "A/RES/78/150"],
    ),
]


@pytest.fixture(scope="module")
def arabic_word(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    docs = {name.replace(" ", "-"): _arabic_docx(lines, font) for name, font, lines, _, _ in WORD_ROWS}
    made = libreoffice_pdfs(docs, tmp_path_factory.mktemp("arw24"), suffix="docx")
    if made is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return {r[0]: made[r[0].replace(" ", "-")] for r in WORD_ROWS}


@pytest.mark.parametrize(
    ("name", "own", "targets"), [(r[0], r[3], r[4]) for r in WORD_ROWS], ids=[r[0] for r in WORD_ROWS]
)
def test_an_arabic_word_file_made_into_a_pdf_by_libreoffice(
    arabic_word: dict[str, bytes], name: str, own: str, targets: list[str]
) -> None:
    res = extract_text(text_of(arabic_word[name], "ar.pdf"))
    assert res.document.source_id == own
    assert sorted({str(c.target) for c in res.citations}) == targets
