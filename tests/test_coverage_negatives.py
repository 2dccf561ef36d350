"""The negative side of the rules the coverage passages brought in (tests/test_coverage.py):
each rule's look-alike that must not be read as it.  Passages written for these tests."""

from __future__ import annotations

from rescite.engine.extract import extract_text


def _found(text: str) -> dict[str, str | None]:
    return {c.target: c.date for c in extract_text(text).citations if c.target}


def test_a_few_letters_of_another_script_do_not_change_the_language() -> None:
    text = (
        "The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015 on the work of the "
        "Office in Beijing (北京办事处) and in Cairo (مكتب القاهرة),"
    )
    assert extract_text(text).document.lang == "en"


def test_a_dash_after_a_word_opens_no_paragraph() -> None:
    res = extract_text("إن الجمعية العامة،\n\nالفصل - تقرر الأمانة قرارها 73/146؛")
    # "الفصل -": no paragraph number before the dash, so no operative verb there
    assert {c.function for c in res.citations} == {None}


def test_a_report_of_a_body_that_cannot_hold_the_number_binds_nothing() -> None:
    assert "A/DEC/6/2" not in _found("____________\n3 See A/73/10, chap. I, decision 6/2.")
    far = (
        "____________\n3 See CTOC/COP/2012/15 and the statements made at the meeting on that day, "
        "decision 6/2."
    )
    assert "CTOC/COP/DEC/6/2" not in _found(far)


def test_a_date_is_no_end_of_a_range_of_addenda() -> None:
    assert _found("See A/62/781/Add.3 to 5 June 2010.") == {"A/62/781/Add.3": None}


def test_a_range_word_before_a_count_is_no_range_of_records() -> None:
    assert set(_found("Véanse las actas resumidas (A/C.6/73/SR.20 a 22 delegaciones).")) == {"A/C.6/73/SR.20"}


def test_a_date_after_a_comma_that_does_not_fit_the_number_is_dropped() -> None:
    assert _found("See UNGA Res 66/290, 3 December 2019.") == {"A/RES/66/290": None}


def test_a_year_after_the_arabic_preposition_is_no_body() -> None:
    found = _found("إن الجمعية العامة،\n\nإذ تشير إلى قرارها 64/293 لعام 2010،")
    assert set(found) == {"A/RES/64/293"}


def test_a_short_line_is_told_by_its_script_and_not_by_two_letters() -> None:
    assert extract_text("注意到报告（A/HRC/40/59），").document.lang == "zh"
    assert extract_text("Recalling resolution 70/1 (北京),").document.lang == "en"
