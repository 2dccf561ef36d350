"""Leftovers of session twenty-one: a treaty body's symbol of combined reports spanning more than
four reports ("CRC/C/FRA/CO/6-10"), one document as the shorter ones are. Each form with the real
citations beside it that must not change. The passages are invented for these tests (numbers,
dates and wording changed)."""

from __future__ import annotations

import pytest

from passages import GA, by_language
from rescite.engine.extract import extract_text

#: a table's row as (language, paragraph of a General Assembly text, its distinct targets)
_Row = tuple[str, str, set[str]]


def _targets(lang: str, para: str) -> set[str]:
    return {c.target or "" for c in extract_text(GA[lang] + para).citations}


# a treaty body's symbol of combined reports, however many it combines: one document
_COMBINED: list[_Row] = [
    (
        "en",
        "Welcoming the concluding observations of the Committee (CRC/C/PRT/CO/6-10),",
        {"CRC/C/PRT/CO/6-10"},
    ),
    ("en", "Taking note of the combined periodic reports CERD/C/SLE/4-20,", {"CERD/C/SLE/4-20"}),
    (
        "fr",
        "Prenant note des rapports périodiques (CEDAW/C/TGO/6-10 et CEDAW/C/TGO/Q/6-10),",
        {"CEDAW/C/TGO/6-10", "CEDAW/C/TGO/Q/6-10"},
    ),
    (
        "es",
        "Tomando nota de las observaciones finales (CERD/C/NIC/CO/15-19/Add.1),",
        {"CERD/C/NIC/CO/15-19/Add.1"},
    ),
    ("ru", "принимая к сведению заключительные замечания (CRC/C/KAZ/CO/5-9),", {"CRC/C/KAZ/CO/5-9"}),
    ("zh", "注意到结论性意见(CEDAW/C/LAO/CO/8-12)，", {"CEDAW/C/LAO/CO/8-12"}),
    ("ar", "وإذ تحيط علما بالملاحظات الختامية (CRC/C/YEM/CO/5-9)،", {"CRC/C/YEM/CO/5-9"}),
]
_COMBINED_SAME: list[_Row] = [
    (
        "en",
        "Welcoming the concluding observations (CRC/C/PRT/CO/5-6 and CEDAW/C/ESP/CO/7-9),",
        {"CRC/C/PRT/CO/5-6", "CEDAW/C/ESP/CO/7-9"},
    ),
    ("en", "See the general comments (CRC/C/GC/20-22),", {"CRC/C/GC/20", "CRC/C/GC/21", "CRC/C/GC/22"}),
    (
        "en",
        "Recalling the summary records A/C.3/61/SR.8-10,",
        {"A/C.3/61/SR.8", "A/C.3/61/SR.9", "A/C.3/61/SR.10"},
    ),
    ("en", "Welcoming the concluding observations (CRC/C/PRT/CO/6),", {"CRC/C/PRT/CO/6"}),
]


@pytest.mark.parametrize(("lang", "para", "targets"), by_language(_COMBINED, _COMBINED_SAME))
def test_combined_reports(lang: str, para: str, targets: set[str]) -> None:
    assert _targets(lang, para) == targets
