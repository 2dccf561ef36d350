"""Official Word files of kinds not swept before (issue 7, session 50), read from files built here.

Word files as the Official Document System gives them, in six languages (the masthead in a
first-page header part, the symbol in a frame, a text box or a header's table, split over runs
with bookmarks, proofing marks and fields between, tracked changes, content controls, numbered
paragraphs in a legal style, endnotes, a landscape annex after a section break, a compilation of
adopted texts each under its heading) were read back; what they taught:

* a compilation's note whose mark a Word file glues to the end of a clause in a script without
  capitals — after the script's stop ("…提出报告。1", Arabic "…الإعلان.1") or after the script's
  comma or stop that follows a figure or a bracket ("…(2023)،1", "…2015،1") — belongs to the text
  its mark stands in: Word prints every note at the file's end, under the last text, so the
  note's citations were the last text's (its ``source_id``), not the one that points to it.

Look-alikes: a note whose mark stands in the last text stays there.

Every passage is written for these tests in UN style (numbers, dates and titles invented);
each row fails on 41461e66 but the look-alikes, which pass on both."""

from __future__ import annotations

import html

import pytest

from official_files import word_package
from rescite.engine.extract import extract_text
from rescite.read import text_of


def _p(text: str, mark: bool = False, rtl: bool = False) -> str:
    ppr = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    ref = (
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="2"/></w:r>'
        if mark
        else ""
    )
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t></w:r>{ref}</w:p>'


def _compilation(lines: list[str], marked: int, note: str, rtl: bool) -> bytes:
    """A compilation as a Word file: its lines as paragraphs, the note's reference after line
    ``marked``, the note (its own mark first) in the footnotes part."""
    body = "".join(_p(x, i == marked, rtl) for i, x in enumerate(lines))
    notes = (
        '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="2"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f"<w:footnoteRef/></w:r><w:r><w:tab/></w:r><w:r><w:t>{html.escape(note)}</w:t></w:r></w:p></w:footnote>"
        "</w:footnotes>"
    )
    return word_package(body, {"footnotes": notes})


AR = [
    "الأمم المتحدة",
    "A/79/49 (Vol. I)",
    "الجمعية العامة",
    "القرارات التي اتخذتها الجمعية العامة في دورتها التاسعة والسبعين",
    "79/11 - السنة الدولية للمراعي",
    "إن الجمعية العامة،",
    "إذ تشير إلى قرارها 73/284 المؤرخ 1 آذار/مارس 2019،",
    "وإذ تشير أيضا إلى قرار مجلس الأمن 2417 (2018)،",
    "تقرر أن تعلن سنة 2028 السنة الدولية للمراعي.",
    "79/12 - التعاون مع المنظمة الدولية للهجرة",
    "إن الجمعية العامة،",
    "إذ تشير إلى قرارها 77/4 المؤرخ 17 تشرين الثاني/نوفمبر 2022،",
    "تطلب إلى الأمين العام أن يقدم تقريرا عن تنفيذ هذا القرار في الفقرة 4",
]
ZH = [
    "联合国",
    "A/79/49 (Vol. I)",
    "大会",
    "大会第七十九届会议通过的决议",
    "79/11. 国际牧场年",
    "大会，",
    "回顾其2019年3月1日第73/284号决议，",
    "决定宣布2028年为国际牧场年。",
    "79/12. 与国际移民组织的合作",
    "大会，",
    "回顾其2022年11月17日第77/4号决议，",
    "请秘书长提出关于本决议执行情况的报告。",
]

#: (name, lines, the line after which the note's mark stands, the note, right to left, the
#: record of the note's citation: (target, source_id))
ROWS = [
    # the mark after a clause's comma that follows a bracket ("(2018)،")
    ("ar-bracket-comma", AR, 7, "A/78/601.", True, ("A/78/601", "A/RES/79/11")),
    # … after the comma that follows a year
    ("ar-year-comma", AR, 6, "A/73/PV.72.", True, ("A/73/PV.72", "A/RES/79/11")),
    # … after the stop that ends the text ("المراعي.")
    ("ar-stop", AR, 8, "A/79/310.", True, ("A/79/310", "A/RES/79/11")),
    # … after the Chinese full stop ("国际牧场年。")
    ("zh-stop", ZH, 7, "A/79/310。", False, ("A/79/310", "A/RES/79/11")),
]
#: look-alikes (pass on both): a mark in the last text
LOOK_ALIKES = [
    ("ar-last-text", AR, 11, "A/79/310.", True, ("A/79/310", "A/RES/79/12")),
    ("zh-last-text", ZH, 11, "A/79/310。", False, ("A/79/310", "A/RES/79/12")),
]


def _records(data: bytes, name: str) -> set[tuple[str, str | None]]:
    res = extract_text(text_of(data, f"{name}.docx"))
    return {(str(c.target), c.source_id) for c in res.citations if c.target}


@pytest.mark.parametrize(("name", "lines", "marked", "note", "rtl", "want"), ROWS + LOOK_ALIKES)
def test_compilation_note_marked_at_a_clause_end(
    name: str, lines: list[str], marked: int, note: str, rtl: bool, want: tuple[str, str]
) -> None:
    got = _records(_compilation(lines, marked, note, rtl), name)
    assert [r for r in got if r[0] == want[0]] == [want]
