"""Forms met reading real public UN documents (issue 7, third pass), each written for these
tests in UN style (numbers, dates and titles invented): a footnote letter glued to a symbol
in a list of documents, and instruments named in Russian, Chinese and Arabic."""

from __future__ import annotations

import pytest

from passages import assert_passage
from rescite.engine.extract import extract_text

# A list of documents whose entries carry a footnote letter glued to the symbol ("…/1a Agenda"):
# the letter is the note's, not the symbol's.
NOTE_LETTERS: list[tuple[str, dict[str, str | None]]] = [
    (
        "United Nations A/AC.412/2031/9 General Assembly Distr.: General\n\nAnnex IV\nList of documents\n"
        "A/AC.412/2031/1a Agenda\nA/AC.412/2031/2b Programme of work\n"
        "A/AC.412/2031/3 Note by the Secretariat\n__________\na Adopted as orally revised.",
        {"A/AC.412/2031/1": None, "A/AC.412/2031/2": None, "A/AC.412/2031/3": None},
    ),
    (
        "Documents before the Committee: E/CN.9/2033/4c Report of the Secretary-General "
        "E/CN.9/2033/5 Note by the Secretariat",
        {"E/CN.9/2033/4": None, "E/CN.9/2033/5": None},
    ),
    # a letter that begins a word is no footnote: the symbol is not read from a glued word
    (
        "The report (A/AC.412/2031/7) was introduced.",
        {"A/AC.412/2031/7": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOTE_LETTERS)
def test_a_footnote_letter_glued_to_a_symbol(text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected)


_UNDRIP = "A/RES/61/295"
_VCLT = "UNTS/1155/18232"
_VCCR = "UNTS/596/8638"
_VCDR = "UNTS/500/7310"
_GENOCIDE = "UNTS/78/1021"
_CED = "UNTS/2716/48088"
_SENDAI = "A/RES/69/283"

# Instruments a preamble names in Russian, Chinese and Arabic (the names of the English and
# Spanish tables, now in these languages too)
NAMED: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "ru",
        "ссылаясь на Декларацию Организации Объединенных Наций о правах коренных народов,",
        {_UNDRIP: None},
    ),
    ("ru", "ссылаясь также на Венскую конвенцию о праве международных договоров,", {_VCLT: None}),
    (
        "ru",
        "принимая во внимание положения Венской конвенции о консульских сношениях и "
        "Венской конвенции о дипломатических сношениях,",
        {_VCCR: None, _VCDR: None},
    ),
    (
        "ru",
        "подтверждая Конвенцию о предупреждении преступления геноцида и наказании за него,",
        {_GENOCIDE: None},
    ),
    (
        "ru",
        "приветствуя вступление в силу Международной конвенции для защиты всех лиц от "
        "насильственных исчезновений,",
        {_CED: None},
    ),
    (
        "ru",
        "4. призывает государства руководствоваться Сендайской рамочной программой по снижению "
        "риска бедствий;",
        {_SENDAI: None},
    ),
    ("zh", "回顾《联合国土著人民权利宣言》，", {_UNDRIP: None}),
    ("zh", "又回顾《维也纳条约法公约》和《维也纳领事关系公约》，", {_VCLT: None, _VCCR: None}),
    ("zh", "注意到《维也纳外交关系公约》，", {_VCDR: None}),
    ("zh", "重申《防止及惩治灭绝种族罪公约》，", {_GENOCIDE: None}),
    ("zh", "欢迎《保护所有人免遭强迫失踪国际公约》生效，", {_CED: None}),
    ("zh", "又回顾《2015-2030年仙台减少灾害风险框架》，", {_SENDAI: None}),
    ("ar", "إذ تشير إلى إعلان الأمم المتحدة بشأن حقوق الشعوب الأصلية،", {_UNDRIP: None}),
    ("ar", "وإذ تشير أيضا إلى اتفاقية فيينا لقانون المعاهدات،", {_VCLT: None}),
    (
        "ar",
        "وإذ تضع في اعتبارها اتفاقية فيينا للعلاقات القنصلية واتفاقية فيينا للعلاقات الدبلوماسية،",
        {_VCCR: None, _VCDR: None},
    ),
    ("ar", "وإذ تؤكد من جديد اتفاقية منع جريمة الإبادة الجماعية والمعاقبة عليها،", {_GENOCIDE: None}),
    ("ar", "وإذ ترحب بالاتفاقية الدولية لحماية جميع الأشخاص من الاختفاء القسري،", {_CED: None}),
    ("ar", "وإذ تشير إلى إطار سنداي للحد من مخاطر الكوارث،", {_SENDAI: None}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NAMED)
def test_instruments_named_in_more_languages(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected, lang=lang)


_NPT = "UNTS/729/10485"

# The Treaty on the Non-Proliferation of Nuclear Weapons named in a Council or Assembly preamble
NPT_NAMED: list[tuple[str, str]] = [
    ("en", "Reaffirming its commitment to the Treaty on the Non-Proliferation of Nuclear Weapons,"),
    ("fr", "Réaffirmant son attachement au Traité sur la non-prolifération des armes nucléaires,"),
    ("es", "Reafirmando su compromiso con el Tratado sobre la No Proliferación de las Armas Nucleares,"),
    ("ru", "вновь подтверждая свою приверженность Договору о нераспространении ядерного оружия,"),
    ("ru", "призывает все государства соблюдать положения Договора о нераспространении ядерного оружия;"),
    ("zh", "重申致力于《不扩散核武器条约》，"),
    ("ar", "وإذ يؤكد من جديد التزامه بمعاهدة عدم انتشار الأسلحة النووية،"),
]


@pytest.mark.parametrize(("lang", "text"), NPT_NAMED)
def test_the_npt_named(lang: str, text: str) -> None:
    assert_passage(text, {_NPT: None}, lang=lang)


# Chinese: a date, then "主席说明"/"说明"/"照会", before the symbol's bracket dates the symbol
ZH_DATED: list[tuple[str, dict[str, str | None]]] = [
    ("安理会回顾2028年3月14日主席说明(S/2028/233)。", {"S/2028/233": "2028-03-14"}),
    ("并替换2029年6月2日说明(S/2029/418)。", {"S/2029/418": "2029-06-02"}),
    ("注意到2027年1月9日照会(A/81/702)。", {"A/81/702": "2027-01-09"}),
]


@pytest.mark.parametrize(("text", "expected"), ZH_DATED)
def test_zh_a_date_before_a_note(text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected, lang="zh")


# A text set with its indents as blanks (a web page or a converted Word file): each preambular
# paragraph's opening verb is found however deep the indent
INDENTED: list[tuple[str, int, str, str]] = [
    ("en", 12, "Recalling its resolution 71/402,", "A/RES/71/402"),
    ("en", 16, "Reaffirming the Charter of the United Nations,", "pub:charter-of-the-united-nations"),
    ("fr", 20, "Rappelant sa résolution 71/402,", "A/RES/71/402"),
    ("es", 16, "Recordando su resolución 71/402,", "A/RES/71/402"),
    ("en", 12, "\tRecalling its resolution 71/402,", "A/RES/71/402"),
]


@pytest.mark.parametrize(("lang", "indent", "clause", "target"), INDENTED)
def test_an_indented_preambular_verb(lang: str, indent: int, clause: str, target: str) -> None:
    heads = {"en": "The General Assembly,", "fr": "L'Assemblée générale,", "es": "La Asamblea General,"}
    text = f"{heads[lang]}\n\n{' ' * indent}{clause}\n"
    res = assert_passage(text, {target: None}, lang=lang)
    assert [c.function for c in res.citations] == ["builds_on"]


# An early special session's number in digits in the brackets ("186 (S-2)"): the id's
# session is in roman numerals, as for "(S-II)"
SPECIAL_DIGITS: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "en",
        "Recalling General Assembly resolution 187 (S-2) of 16 May 1948,",
        {"A/RES/187(S-II)": "1948-05-16"},
    ),
    (
        "en",
        "Recalling its resolutions 1239 (ES-3) and 3203 (S-6),",
        {"A/RES/1239(ES-III)": None, "A/RES/3203(S-VI)": None},
    ),
    (
        "ru",
        "в соответствии с резолюцией Генеральной Ассамблеи 187 (S-2) от 16 мая 1948 года;",
        {"A/RES/187(S-II)": "1948-05-16"},
    ),
    ("fr", "Rappelant sa résolution 3203 (S-6) du 1er mai 1974,", {"A/RES/3203(S-VI)": "1974-05-01"}),
    ("en", "Recalling its resolution 3203 (S-VI),", {"A/RES/3203(S-VI)": None}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SPECIAL_DIGITS)
def test_a_special_session_in_digits(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert_passage(text, expected, lang=lang)


# "N (ROMAN)" is the Assembly's and the Council's numbering: a commission named as the actor
# of the resolution keeps it from the Assembly (no id; never A/RES/…)
COMMISSION_ROMAN: list[str] = [
    "*/ Adopted as recommended by the Commission on Narcotic Drugs in its resolution 14(XXVII).",
    "Noting that the Commission on the Status of Women, in its resolution 9 (XXIII), asked for a study,",
]


@pytest.mark.parametrize("text", COMMISSION_ROMAN)
def test_a_commission_numbering_of_the_time_is_no_assembly_resolution(text: str) -> None:
    res = extract_text("The Economic and Social Council,\n\n" + text + "\n")
    assert res.citations, "the mention is kept, unresolved"
    assert all(c.target is None or not c.target.startswith("A/RES/") for c in res.citations)


# An old text file's footnote marker with its slash, after a punctuation mark ("session);16/"):
# the footnote's citation takes the function of the marker's clause
SLASH_AFTER_MARK: list[str] = [";", ",", "."]


@pytest.mark.parametrize("mark", SLASH_AFTER_MARK)
def test_a_slash_marker_after_punctuation(mark: str) -> None:
    text = (
        "The Economic and Social Council,\n\n"
        "1. Takes note of the report of the Commission for Social Development "
        f"(thirty-first session){mark}4/\n\n"
        "2. Requests the Secretary-General to report;\n\n"
        "4/ Official Records of the Economic and Social Council, 1991, Supplement No. 6 (E/1991/26).\n"
    )
    res = extract_text(text)
    assert [(c.target, c.function) for c in res.citations] == [("E/1991/26", "acknowledges")]
