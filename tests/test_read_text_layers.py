"""Text layers of official documents in the other scripts, read as their letters: full-width
Latin letters and digits in Chinese ("Ａ／ＲＥＳ／７３／８"), Chinese spaced out character by
character, Arabic presentation forms (the one-letter forms and the lam-alef ligatures),
Russian symbols typed in Cyrillic look-alikes ("А/73/8"), French no-break spaces and « »
quotes — as plain text and through PDF text layers built here, offsets kept (each mention's
text is the input's own).  Passages written for these tests in UN style."""

from __future__ import annotations

import pytest

from passages import assert_passage, by_language
from pdf_files import pdf_file, shaped
from rescite.engine.extract import extract_text
from rescite.engine.normalise import normalise
from rescite.read import text_of

ROWS: list[tuple[str, str, dict[str, str]]] = [
    # full-width forms in a Chinese text
    (
        "zh",
        "大会，\n\n回顾其第Ａ／ＲＥＳ／６９／３１３号决议和第７０／１号决议，",
        {"A/RES/69/313": "", "A/RES/70/1": ""},
    ),
    ("zh", "大会，\n\n注意到秘书长的报告（Ａ／７６／２１４），", {"A/76/214": ""}),
    # a Chinese text spaced out character by character
    (
        "zh",
        "大 会 ，\n\n回 顾 其 2015 年 9 月 25 日 第 70/1 号 决 议 和 "
        "安 全 理 事 会 第 1325 (2000) 号 决 议 ，",
        {"A/RES/70/1": "2015-09-25", "S/RES/1325(2000)": ""},
    ),
    # … or spaced between Chinese and numbers, symbols and brackets, as some producers' PDFs are
    (
        "zh",
        "大会，\n\n注意到安全理事会主席 2019 年 4 月 2 日的声明（ S/PRST/2019/2 ）以及秘书长的报告\n"
        "（ A/74/88 和 Corr.1 ），",
        {"S/PRST/2019/2": "2019-04-02", "A/74/88": "", "A/74/88/Corr.1": ""},
    ),
    # … where a number that stands beside no noun stays none
    ("zh", "大 会 ，\n\n注 意 到 第 3 页 和 2015 年 的 数 字 ，", {}),
    # Arabic presentation forms, ligatures too
    (
        "ar",
        shaped(
            "إن الجمعية العامة،\n\n"
            "إذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015، ولا سيما الفقرة 5 منه،"
        ),
        {"A/RES/70/1": "2015-09-25"},
    ),
    ("ar", shaped("إن الجمعية العامة،\n\nإذ تلاحظ أن عام 2015 كان حاسما،"), {}),
    # a text layer whose spaces a producer misplaced: a word glued to its number, a bracket's space
    (
        "ar",
        "إن الجمعية العامة،\n\nوإذ تشير إلى قرارها 64/182  المؤرخ18  كانون الأول/ديسمبر2009 "
        "وإلى قرار مجلس الأمن2417( 2018)،",
        {"A/RES/64/182": "2009-12-18", "S/RES/2417(2018)": ""},
    ),
    # … and the marks a right-to-left layer moved (a word processor's): a session's hyphen after the
    # number before it, the mark glued to the number, a bracket that went to the line's start or
    # was left empty after the symbol, a spaced symbol glued to the word before it
    (
        "ar",
        "إن الجمعية العامة،\n\nوإذ تشير إلى قرارها2625- (د25 ) المؤرخ24  تشرين الأول/أكتوبر1970، "
        "وإلى قرارها دإ21/2  المؤرخ2  تموز/يوليه1999،",
        {"A/RES/2625(XXV)": "1970-10-24", "A/RES/S-21/2": "1999-07-02"},
    ),
    # … the hyphen moved before a part's letter, the sentence's full stop moved into the session's
    # bracket, perhaps past the line's end; a bracket parted from its statement by the line's end
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى قراري الجمعية العامة للأمم المتحدة181- (د\n2.)\n"
        "وإذ تشير أيضا إلى العهد الوارد في القرار\n2200- ألف (د21.)، المرفق\n"
        "وإذ تشير كذلك إلى بيان رئيس مجلس الأمن المؤرخ 11  آب/أغسطس2023( \nS/PRST/2023/4)،",
        {"A/RES/181(II)": "", "A/RES/2200A(XXI)": "", "S/PRST/2023/4": "2023-08-11"},
    ),
    # … the hyphen of a range's second mark moved after the first number
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها\nدإط-11/1- إلى دإط11/3، 5- تطلب إلى الأمين العام تقريرا",
        {"A/RES/ES-11/1": "", "A/RES/ES-11/2": "", "A/RES/ES-11/3": ""},
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling the statements by the President of the Security Council of "
        "11 August 2023 and 2 May 2024 (\nS/PRST/2023/4 and S/PRST/2024/2),",
        {"S/PRST/2023/4": "2023-08-11", "S/PRST/2024/2": "2024-05-02"},
    ),
    (
        "ar",
        "( وإذ تحيط علما بمذكرة الأمين العامA / 78 / 244)، وبالتوصية العامةCEDAW/C/GC/39( ) وE/2023/72)،",
        {"A/78/244": "", "CEDAW/C/GC/39": "", "E/2023/72": ""},
    ),
    # … two spaces left where one was printed before a part's letter, a month of two words cut
    # by the line's end
    (
        "ar",
        "إن الجمعية العامة،\n\nإذ تشير إلى قراريها 75/190  ألف وباء المؤرخين 16 كانون الأول/ديسمبر 2020 "
        "و 9 تموز/يوليه 2021، وإلى قرارها 76/140 المؤرخ 16 كانون\nالأول/ديسمبر 2021،",
        {"A/RES/75/190A": "2020-12-16", "A/RES/75/190B": "2021-07-09", "A/RES/76/140": "2021-12-16"},
    ),
    (
        "en",
        "The General Assembly,\n\nRecalling its resolutions 75/190  A and  B of 16 December 2020 and 9 July "
        "2021, respectively,",
        {"A/RES/75/190A": "2020-12-16", "A/RES/75/190B": "2021-07-09"},
    ),
    # a Chinese date's noun cut by a line's end before the bracket it dates
    (
        "zh",
        "大会，\n\n回顾安全理事会主席 2019 年 6 月 3 日的\n声明(S/PRST/2019/5)"
        "和 2020 年 2 月 7 日的声\n明(S/PRST/2020/1)，",
        {"S/PRST/2019/5": "2019-06-03", "S/PRST/2020/1": "2020-02-07"},
    ),
    # Russian symbols in Cyrillic look-alikes; a Russian abbreviation with a slash is no symbol
    (
        "ru",
        "Генеральная Ассамблея,\n\nпринимая к сведению доклад Генерального секретаря (А/76/214) и документ "
        "Е/СN.6/2021/3,",
        {"A/76/214": "", "E/CN.6/2021/3": ""},
    ),
    ("ru", "Генеральная Ассамблея,\n\nотмечая работу ООН/2019 и СНГ/ЕС в 2020 году,", {}),
    # French no-break spaces and « » quotes
    (
        "fr",
        "L\u2019Assembl\u00e9e g\u00e9n\u00e9rale,\n\n"
        "Rappelant sa r\u00e9solution\u00a070/1 du 25\u202fseptembre\u00a02015, "
        "intitul\u00e9e \u00ab\u00a0Transformer notre monde\u00a0\u00bb, et le document A/70/L.1\u00a0,",
        {"A/RES/70/1": "2015-09-25", "A/70/L.1": ""},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), by_language(ROWS))
def test_text_layers(lang: str, text: str, expected: dict[str, str]) -> None:
    res = assert_passage(text, dict(expected), lang=lang)
    for c in res.citations:
        assert text[c.start : c.end] == c.text  # offsets of the input, whatever was folded


def test_folds_keep_offsets() -> None:
    text = "回 顾 第 70/1 号 决 议 الأمم ﻻ А/76/214 Ａ／７６"
    n = normalise(text)
    assert "回顾第70/1号决议" in n.text and "لا" in n.text and "A/76/214" in n.text and "A/76" in n.text
    i = n.text.index("A/76/214")
    assert text[n.to_original(i) : n.to_original(i + 8)] == "А/76/214"


def test_latin_text_unchanged() -> None:
    text = "The General Assembly,\n\nRecalling its resolution 70/1 (A/RES/70/1) of 25 September 2015,"
    assert normalise(text).text == text


# -- PDF text layers ---------------------------------------------------------------------------
def _unicode_pdf(lines: list[str] | list[list[str]]) -> bytes:
    """A one-page PDF whose text layer gives ``lines`` (any characters): a font whose one-byte
    codes map to them through a ToUnicode table, as the fonts of official PDFs do.  A line given
    as a list of words is drawn word by word from the left edge, each word at its own place."""
    chars = sorted({c for line in lines for word in line for c in word} | {" "})
    assert len(chars) < 250
    code = {c: i + 1 for i, c in enumerate(chars)}
    pairs = " ".join(f"<{code[c]:02X}> <{c.encode('utf-16-be').hex().upper()}>" for c in chars)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /U def "
        f"1 begincodespacerange <00> <FF> endcodespacerange {len(chars)} beginbfchar {pairs} endbfchar "
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()

    def shown(word: str) -> bytes:
        return b"<" + "".join(f"{code[c]:02X}" for c in word).encode() + b"> Tj"

    ops = []
    for k, line in enumerate(lines):
        if isinstance(line, str):
            ops.append(f"BT /F1 10 Tf 50 {800 - 14 * k} Td ".encode() + shown(line) + b" ET")
            continue
        x = 50
        for word in line:  # glyph by glyph, as browsers' and many producers' PDFs are drawn
            glyphs = b" 6 0 Td ".join(shown(c) for c in word)
            ops.append(f"BT /F1 10 Tf {x} {800 - 14 * k} Td ".encode() + glyphs + b" ET")
            ops.append(f"BT /F1 10 Tf {x + 6 * len(word)} {800 - 14 * k} Td ".encode() + shown(" ") + b" ET")
            x += 6 * len(word) + 6
    stream = b" ".join(ops)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 3 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream",
        f"<< /Length {len(cmap)} >>\nstream\n".encode() + cmap + b"\nendstream",
    ]
    return pdf_file(objects)


def test_pdf_of_chinese_full_width_and_spaced() -> None:
    pytest.importorskip("pypdf")
    pdf = _unicode_pdf(
        ["大会，", "回顾其第Ａ／ＲＥＳ／６９／３１３号决议，", "又 回 顾 其 第 70/1 号 决 议 ，"]
    )
    text = text_of(pdf, "r.pdf")
    assert "Ａ／ＲＥＳ" in text  # the text layer as the file gives it
    assert extract_text(text).targets() == ["A/RES/69/313", "A/RES/70/1"]


def test_pdf_of_arabic_presentation_forms() -> None:
    pytest.importorskip("pypdf")
    # an Arabic page lays its words out right to left: the text layer holds them in visual order
    body, verb = shaped("إن الجمعية العامة،"), shaped("إذ تشير إلى قرارها")
    pdf = _unicode_pdf([body[::-1], verb[::-1], "70/1،"])
    text = text_of(pdf, "r.pdf")
    assert "\ufedf" in text or "\ufee0" in text  # presentation forms in the text layer
    res = extract_text(text)
    assert res.targets() == ["A/RES/70/1"]
    assert res.document.body == "A"


# -- right-to-left pages drawn in visual order ------------------------------------------------
# Lines as pypdf gives them when a producer draws an Arabic page word by word from the left
# edge: each word's letters in reading order, the words, numbers and symbols of the line in
# the order they are drawn, and the marks beside a number or a symbol on its drawn side.
VISUAL = [
    (["ﺍﻹﻧﺴﺎﻥ، ﺣﻘﻮﻕ ﻣﺠﻠﺲ ﺇﻥ"], ["ﺇﻥ ﻣﺠﻠﺲ ﺣﻘﻮﻕ ﺍﻹﻧﺴﺎﻥ،"]),
    (
        ["،2007 ﻳﻮﻧﻴﻪ/ ﺣﺰﻳﺮﺍﻥ 18 ﺍﻟﻤﺆﺭﺥ 5/1 ﻗﺮﺍﺭﻩ ﺇﻟﻰ ﻳﺸﻴﺮ ﺇﺫ"],
        ["ﺇﺫ ﻳﺸﻴﺮ ﺇﻟﻰ ﻗﺮﺍﺭﻩ 5/1 ﺍﻟﻤﺆﺭﺥ 18 ﺣﺰﻳﺮﺍﻥ/ﻳﻮﻧﻴﻪ 2007،"],
    ),
    (["،( Corr.1 ﻭ A/HRC/40/3) ﺑﺘﻘﺮﻳﺮ ﻋﻠﻤﺎ ﻳﺤﻴﻂ ﻭﺇﺫ"], ["ﻭﺇﺫ ﻳﺤﻴﻂ ﻋﻠﻤﺎ ﺑﺘﻘﺮﻳﺮ (A/HRC/40/3 ﻭ Corr.1)،"]),
    (["؛( 2012) 2071 ﻭ (2011) 2003 ﺍﻟﻘﺮﺍﺭﻳﻦ"], ["ﺍﻟﻘﺮﺍﺭﻳﻦ 2003 (2011) ﻭ 2071 (2012)؛"]),
    # a special session's mark and its number, coded decisions, a symbol printed with spaces,
    # Arabic-Indic digits (as drawn, left to right: the reader keeps them so)
    (
        ["،2001 ﻳﻮﻧﻴﻪ/ ﺣﺰﻳﺮان  27 اﻟﻤﺆرخ  26/2- دإ  اﻟﻌﺎﻣﺔ  اﻟﺠﻤﻌﻴﺔ  ﻗﺮار  إﻟﻰ"],
        ["إﻟﻰ ﻗﺮار اﻟﺠﻤﻌﻴﺔ اﻟﻌﺎﻣﺔ دإ-26/2 اﻟﻤﺆرخ 27 ﺣﺰﻳﺮان/ﻳﻮﻧﻴﻪ 2001،"],
    ),
    (["،CMA.2/1 واﻟﻤﻘﺮر  CP.16/1 اﻟﻤﻘﺮر  إﻟﻰ"], ["إﻟﻰ اﻟﻤﻘﺮر 1/CP.16 واﻟﻤﻘﺮر 1/CMA.2،"]),
    (["،( A / 59 / 648) اﻟﻌﺎم  اﻷﻣﻴﻦ  ﺑﺘﻘﺮﻳﺮ"], ["ﺑﺘﻘﺮﻳﺮ اﻷﻣﻴﻦ اﻟﻌﺎم (A / 59 / 648)،"]),
    (
        ["،٢٠١٢ أﺑﺮﻳﻞ/ ﻧﻴﺴﺎن  ١٤ اﻟﻤﺆرخ(  ٢٠١٢ )٢٠٤٢ اﻷﻣﻦ  ﻣﺠﻠﺲ  ﻗﺮار"],
        ["ﻗﺮار ﻣﺠﻠﺲ اﻷﻣﻦ ٢٠٤٢(٢٠١٢) اﻟﻤﺆرخ ١٤ ﻧﻴﺴﺎن/أﺑﺮﻳﻞ ٢٠١٢،"],
    ),
    # a number of Arabic-Indic digits with its slash is one number, drawn left to right (a
    # space after the slash, or on both sides of it: glyphs drawn one by one)
    (["،٢٠٢٢ ﻣﺎﻳﻮ/ أﻳﺎر ٥ اﻟﻤﺆرخ ٥٣/ ١١٢ ﻗﺮارﻫﺎ إﻟﻰ"], ["إﻟﻰ ﻗﺮارﻫﺎ ٥٣/١١٢ اﻟﻤﺆرخ ٥ أﻳﺎر/ﻣﺎﻳﻮ ٢٠٢٢،"]),
    (["،٢٠٢٢ ﻣﺎﻳﻮ/ أﻳﺎر ٥ اﻟﻤﺆرخ ٥٣ / ١١٢ ﻗﺮارﻫﺎ إﻟﻰ"], ["إﻟﻰ ﻗﺮارﻫﺎ ٥٣/١١٢ اﻟﻤﺆرخ ٥ أﻳﺎر/ﻣﺎﻳﻮ ٢٠٢٢،"]),
    # Latin words after a symbol with the bracket they open: one left-to-right run
    (
        [".اﻟﺮاﺑﻊ اﻟﻔﺼﻞ ،A/CONF.171/13 (Part II) (3)"],
        ["(3) A/CONF.171/13 (Part II)، اﻟﻔﺼﻞ اﻟﺮاﺑﻊ."],
    ),
    # a conjunction or a letter glued to a number: the two parts in the other order
    (["،58/17و 57/20و 56/4 اﻟﻘﺮارات"], ["اﻟﻘﺮارات 56/4 و57/20 و58/17،"]),
    (["م،2019 أﻛﺘﻮﺑﺮ/ اﻷول ﺗﺸﺮﻳﻦ 3 اﻟﻤﺆرخ"], ["اﻟﻤﺆرخ 3 ﺗﺸﺮﻳﻦ اﻷول/أﻛﺘﻮﺑﺮ 2019م،"]),
    # lines with no sentence's end at either side, known for drawn by the slash of a month's two
    # names, and a bracket left alone on the next line
    (
        ["2024 ﻣﺎرس/ آذار 4 ﻣﺆرﺧﺔ رﺳﺎﻟﺔ", "(.S/2024/77)"],
        ["رﺳﺎﻟﺔ ﻣﺆرﺧﺔ 4 آذار/ﻣﺎرس 2024", "(S/2024/77.)"],
    ),
    # a number that a paragraph's end cut off onto a line of its own, drawn with the sentence's
    # end before it, in lines drawn in visual order and in lines that read in order
    (
        ["ﻭﺍﻟﻘﺮﺍﺭ 2019 ﻳﻮﻧﻴﻪ/ ﺣﺰﻳﺮﺍﻥ 18 ﺍﻟﻤﺆﺭﺥ 40/7 ﺍﻟﻘﺮﺍﺭ ﺇﻟﻰ ﻳﺸﻴﺮ ﺇﺫ", ".23/5"],
        ["ﺇﺫ ﻳﺸﻴﺮ ﺇﻟﻰ ﺍﻟﻘﺮﺍﺭ 40/7 ﺍﻟﻤﺆﺭﺥ 18 ﺣﺰﻳﺮﺍﻥ/ﻳﻮﻧﻴﻪ 2019 ﻭﺍﻟﻘﺮﺍﺭ", "23/5."],
    ),
    (
        ["ﺇﻥ ﻣﺠﻠﺲ ﺣﻘﻮﻕ ﺍﻹﻧﺴﺎﻥ،", "ﺇﺫ ﻳﺸﻴﺮ ﺇﻟﻰ ﺍﻟﻘﺮﺍﺭ", ".23/5"],
        ["ﺇﻥ ﻣﺠﻠﺲ ﺣﻘﻮﻕ ﺍﻹﻧﺴﺎﻥ،", "ﺇﺫ ﻳﺸﻴﺮ ﺇﻟﻰ ﺍﻟﻘﺮﺍﺭ", "23/5."],
    ),
    # a right-to-left page whose only text is a note of a symbol: drawn from the left
    (["____________", ".A/78/512 (6)"], ["____________", "(6) A/78/512."]),
    # no right-to-left letters
    (["A/HRC/RES/7/12", "Distr.: General"], ["A/HRC/RES/7/12", "Distr.: General"]),
    # lines that read in order already (their sentences end at the end of the line): kept
    (["ﺇﻥ ﻣﺠﻠﺲ ﺣﻘﻮﻕ ﺍﻹﻧﺴﺎﻥ،", "ﺇﺫ ﻳﺸﻴﺮ ﺇﻟﻰ ﻗﺮﺍﺭﻩ 5/1،"], ["ﺇﻥ ﻣﺠﻠﺲ ﺣﻘﻮﻕ ﺍﻹﻧﺴﺎﻥ،", "ﺇﺫ ﻳﺸﻴﺮ ﺇﻟﻰ ﻗﺮﺍﺭﻩ 5/1،"]),
]


@pytest.mark.parametrize(("lines", "expected"), VISUAL)
def test_right_to_left_lines_in_reading_order(lines: list[str], expected: list[str]) -> None:
    from rescite.read.pdf import logical_order

    assert logical_order(["\n".join(lines)]) == ["\n".join(expected)]


def test_pdf_of_an_arabic_page_drawn_word_by_word() -> None:
    pytest.importorskip("pypdf")

    def drawn(line: str) -> list[str]:  # the words from the left edge, each in drawing order
        return [w if w.isascii() else w[::-1] for w in reversed(line.split())]

    pdf = _unicode_pdf(
        [
            drawn("إن الجمعية العامة،"),
            drawn("إذ تشير إلى قرارها 69/313 وإلى قرار مجلس الأمن 2250 (2015)"),
        ]
    )
    text = text_of(pdf, "r.pdf")
    assert "إذ تشير إلى قرارها 69/313" in text
    res = extract_text(text)
    assert res.targets() == ["A/RES/69/313", "S/RES/2250(2015)"]
