"""Official PDF and Word files as they come (issue 7, session 55), read from texts built here.

Files of kinds not swept before were made as the Official Document System gives them (the Human
Rights Council's decisions with the note on the report that will hold them, treaty bodies'
concluding observations in French, letters to the Secretary-General with their annex, as text and
Chromium and LibreOffice PDF files, masthead on top, job number and bar code line at the foot of
the first page, the symbol in a running header) and read back.  They taught:

* a letter's heading (or its annex's: "Annex to the letter dated … addressed to the
  Secretary-General", fr "Annexe à la lettre datée du …, adressée au Secrétaire général par …", es
  "Anexo de la carta de fecha … dirigida al …", ru "Приложение к письму … от … на имя …"), the
  annex's first sentence on the next line with no blank line between them, as a PDF's text has
  it, keeps its date to itself: a bracketed symbol in that sentence ("The Government … has studied
  the report of the Secretary-General (S/2027/288)") is not the letter's (``rules``
  ``date_far_before``: the letter's words do not reach past a line that opens with a capitalised
  word that opens a sentence, new ``grammar.date_far_sentence_opener``; was dated with the
  heading's date).  A heading wrapped over lines up to its bracket (a list of documents: "…
  addressed to the⏎Secretary-General (S/2027/288)", "… par le Représentant permanent⏎de
  l'Exempleland … (S/2027/288)"), a line that ends with a short word before a name that opens
  with an opener's word ("… Permanente de⏎El Salvador … (S/2027/288)") and a sentence the page
  cut before a small "the" read as before;
* a note's mark after the bracket of a Council's year, which a browser's right-to-left line draws
  into the bracket, turning the closing bracket and putting it after the mark, the sentence's
  stop perhaps with it ("قراره 2728 (1(2024 وإلى", "2334 (2.(2016"; ``normalise``
  ``_ARABIC_MARK_IN_YEAR``), is read as the mark after the year ("2728 (2024)1"): the Council's
  number (was lost).  The mark after the year as a Word file's text has it, and a bracket whose
  figures are no year, read as before.

Every passage is written for these tests in UN style (numbers, dates and names invented); each row
fails on 48031dc6 but the look-alikes, which pass on both."""

from __future__ import annotations

from typing import Any

import pytest

from browser import browser  # noqa: F401  (the fixture)
from official_files import libreoffice_rows, narrow_document
from passages import assert_exact
from rescite.read import text_of

# -- 1. a letter's (or its annex's) heading, the annex's first sentence on the next line --------
_SENT = "S/2027/288"

ANNEX_ROWS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Annex to the letter dated 3 May 2027 from the Chargé d'affaires a.i. of the Permanent Mission of "
        "Examplestan addressed to the Secretary-General\n"
        "The Government of Examplestan has studied the report of the Secretary-General (S/2027/288) and "
        "the Council's presidential statement of 9 April 2027 (S/PRST/2027/2).\n",
        {_SENT: None, "S/PRST/2027/2": "2027-04-09"},
    ),
    (
        "en",
        "Letter dated 3 May 2027 from the Chargé d'affaires a.i. of the Permanent Mission of Examplestan "
        "addressed to the President of the Security Council\n"
        "On behalf of my Government, I wish to draw your attention to the latest report (S/2027/288).\n",
        {_SENT: None},
    ),
    (
        "fr",
        "Annexe à la lettre datée du 3 mai 2027, adressée au Secrétaire général par le Représentant "
        "permanent de l'Exempleland auprès de l'Organisation des Nations Unies\n"
        "Le Gouvernement de l'Exempleland a pris connaissance du rapport du Secrétaire général "
        "(S/2027/288).\n",
        {_SENT: None},
    ),
    (
        "es",
        "Anexo de la carta de fecha 3 de mayo de 2027 dirigida al Secretario General por el "
        "Representante Permanente de Ejemplistán ante las Naciones Unidas\n"
        "El Gobierno de Ejemplistán ha examinado el informe del Secretario General (S/2027/288).\n",
        {_SENT: None},
    ),
    (
        "ru",
        "Приложение к письму Постоянного представителя Примерстана при Организации Объединенных Наций "
        "от 3 мая 2027 года на имя Генерального секретаря\n"
        "В докладе Генерального секретаря (S/2027/288) отмечается рост напряженности.\n",
        {_SENT: None},
    ),
]
#: look-alikes (pass on both): a heading wrapped over lines up to its own bracket; a sentence the
#: page cut before a small article
ANNEX_LOOK_ALIKES: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Letter dated 3 May 2027 from the Chargé d'affaires a.i. of the Permanent Mission of Examplestan "
        "addressed to the\nSecretary-General (S/2027/288)\n",
        {_SENT: "2027-05-03"},
    ),
    (
        "en",
        "The Council took note of the letter dated 3 May 2027 from the Permanent Representative of "
        "Examplestan addressed to\nthe President of the Security Council (S/2027/288).\n",
        {_SENT: "2027-05-03"},
    ),
    (
        "fr",
        "Lettre datée du 3 mai 2027, adressée au Secrétaire général par le Représentant permanent\n"
        "de l'Exempleland auprès de l'Organisation des Nations Unies (S/2027/288)\n",
        {_SENT: "2027-05-03"},
    ),
    (
        "es",
        "Carta de fecha 3 de mayo de 2027 dirigida al Secretario General por el Representante "
        "Permanente de\nEjemplistán ante las Naciones Unidas (S/2027/288)\n",
        {_SENT: "2027-05-03"},
    ),
    (
        "es",
        "Carta de fecha 3 de mayo de 2027 dirigida al Secretario General por el Representante "
        "Permanente de\nEl Salvador ante las Naciones Unidas (S/2027/288)\n",
        {_SENT: "2027-05-03"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    ANNEX_ROWS + ANNEX_LOOK_ALIKES,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(ANNEX_ROWS + ANNEX_LOOK_ALIKES)],
)
def test_letter_heading_keeps_its_date(lang: str, text: str, want: dict[str, str | None]) -> None:
    assert_exact(text, want, lang=lang)


# -- 2. the letter and its annex as LibreOffice prints them ----------------------------------------
_LETTER = [
    "United Nations A/81/377–S/2027/301",
    "General Assembly Security Council Distr.: General",
    "5 May 2027",
    "Letter dated 3 May 2027 from the Chargé d'affaires a.i. of the Permanent Mission of Examplestan "
    "addressed to the Secretary-General",
    "I have the honour to transmit herewith a statement of the Ministry of Foreign Affairs of "
    "Examplestan (see annex).",
    "Annex to the letter dated 3 May 2027 from the Chargé d'affaires a.i. of the Permanent Mission of "
    "Examplestan addressed to the Secretary-General",
    "The Ministry has studied the report of the Secretary-General (S/2027/288) with care.",
]


@pytest.fixture(scope="module")
def letter_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    docs = {"letter": narrow_document(_LETTER, "DejaVu Serif", "21cm", rtl=False)}
    return libreoffice_rows(docs, tmp_path_factory.mktemp("f55"))["letter"]


def test_annex_in_a_libreoffice_pdf(letter_pdf: bytes) -> None:
    assert_exact(text_of(letter_pdf, "letter.pdf"), {_SENT: None}, lang="en")


# -- 3. an Arabic note mark drawn into the bracket of a Council's year ----------------------------
_AR = (
    "الأمم المتحدة S/RES/2861 (2027)\nمجلس الأمن\n\nإن مجلس الأمن،\n\n"
    "إذ يشير إلى قراره {first} وإلى بيانات رئيسه ذات الصلة،\n\n"
    "وإذ يشير أيضا إلى قراره {second}\n\n1 - يقرر أن يبقي المسألة قيد نظره.\n"
)
_AR_BOTH: dict[str, str | None] = {"S/RES/2728(2024)": None, "S/RES/2334(2016)": None}
ARABIC_MARK_ROWS: list[tuple[str, str, dict[str, str | None]]] = [
    ("ar", _AR.format(first="2728 (1(2024", second="2334 (2(2016،"), _AR_BOTH),
    ("ar", _AR.format(first="2728 (1(2024", second="2334 (2.(2016"), _AR_BOTH),
]
#: look-alikes (pass on both): the mark after the year, as a Word file's text has it; a bracket
#: whose figures are no year
ARABIC_MARK_LOOK_ALIKES: list[tuple[str, str, dict[str, str | None]]] = [
    ("ar", _AR.format(first="2728 (2024)1", second="2334 (2016)2."), _AR_BOTH),
    ("ar", _AR.format(first="2728 (2024)1", second="2334 (2016)، الجدول 12 (3(15"), _AR_BOTH),
]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    ARABIC_MARK_ROWS + ARABIC_MARK_LOOK_ALIKES,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(ARABIC_MARK_ROWS + ARABIC_MARK_LOOK_ALIKES)],
)
def test_arabic_mark_drawn_into_the_year(lang: str, text: str, want: dict[str, str | None]) -> None:
    assert_exact(text, want, lang=lang)


def test_arabic_marks_in_a_chromium_pdf(browser: Any) -> None:  # noqa: F811
    content = (
        "<html lang='ar' dir='rtl'><meta charset='utf-8'><body>"
        "<p>الأمم المتحدة S/RES/2861 (2027)</p><p>مجلس الأمن</p><p>إن مجلس الأمن،</p>"
        "<p>إذ يشير إلى قراره 2728 (2024)<sup>1</sup> وإلى بيانات رئيسه ذات الصلة،</p>"
        "<p>وإذ يشير أيضا إلى قراره 2334 (2016)<sup>2</sup>،</p><p>1 - يقرر أن يبقي المسألة قيد نظره.</p>"
        "</body></html>"
    )
    page = browser.new_page()
    try:
        page.set_content(content)
        data: bytes = page.pdf(format="A4")
    finally:
        page.close()
    assert_exact(text_of(data, "ar.pdf"), _AR_BOTH, lang="ar")
