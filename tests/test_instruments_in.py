"""``instruments_in``: the same matches as the instrument pattern's ``finditer`` over a whole
text, whatever the case, the script or the characters that defeat a scan in lower case."""

from __future__ import annotations

import pytest

from rescite.engine.resolve import instruments_in
from rescite.grammar.rules import patterns

TEXTS = [
    ("en", "Recalling the United Nations Convention against Corruption and its review mechanism,"),
    ("en", "RECALLING THE UNITED NATIONS CONVENTION AGAINST CORRUPTION,"),
    ("en", "noting the united nations convention against corruption, the Charter of the United Nations"),
    ("en", "the ſingle Convention on Narcotic Drugs, 1961, and the Convention against Corruption"),
    ("en", "İstanbul, the United Nations Convention against Corruption"),
    ("en", "ΣΑ the Convention on the Rights of the Child"),
    ("en", "Reconvention against Corruption is no name; nor is xConvention on the Rights of the Child"),
    ("fr", "Rappelant la Convention des Nations Unies contre la corruption et la Charte des Nations Unies,"),
    ("es", "Recordando la Convención de las Naciones Unidas contra la Corrupción,"),
    ("ru", "ссылаясь на Конвенцию Организации Объединенных Наций против коррупции,"),
    ("ar", "وإذ تشير إلى اتفاقية الأمم المتحدة لمكافحة الفساد وبروتوكولاتها،"),
    ("zh", "回顾《联合国反腐败公约》和《联合国宪章》，"),
    ("", "the Convention against Corruption; la Convention des Nations Unies contre la corruption"),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_same_matches_as_finditer(lang: str, text: str) -> None:
    pat = patterns(lang)
    expected = [(m.start(), m.end()) for m in pat.instrument.finditer(text)]
    assert [(m.start(), m.end()) for m in instruments_in(text, lang)] == expected


def test_finds_names_in_any_case() -> None:
    text = "recalling the CONVENTION AGAINST CORRUPTION and the convention against corruption"
    assert len(list(instruments_in(text, "en"))) == len(list(patterns("en").instrument.finditer(text))) >= 1
