"""Look-alikes of this session's new rules that a careful reader would not read as they do: a
number in UNHCR's shape after a word that is no conclusion ("paragraph No. 112 (LXII)", "item
No. 14 (XIX)") is no Executive Committee conclusion; a supplement's line and a volume's line
inside a running sentence are a citation, no volume's cover. Each form with the look-alikes that
must not change. The passages are invented for these tests (numbers, dates and wording changed)."""

from __future__ import annotations

import pytest

from passages import GA, by_language
from rescite.engine.extract import extract_text

# (language, paragraph of a General Assembly text, the texts of its records)
_CONCLUSION: list[tuple[str, str, list[str]]] = [
    ("en", "Recalling paragraph No. 112 (LXII) of the report,", []),
    ("en", "Noting item No. 14 (XIX) of the provisional agenda,", []),
    ("en", "Noting annex No. 3 (IV) to the report and resolution 70/1,", ["70/1"]),
    ("es", "Recordando el párrafo núm. 112 (LXII) del informe,", []),
    ("es", "Observando el tema núm. 14 (XIX) del programa,", []),
]
_CONCLUSION_SAME: list[tuple[str, str, list[str]]] = [
    ("en", "Recalling Executive Committee conclusion No. 112 (LXII) on resettlement,", ["No. 112 (LXII)"]),
    ("en", "Recalling its conclusions No. 99 (LV) and No. 112 (LXII),", ["No. 99 (LV)", "No. 112 (LXII)"]),
    ("es", "Recordando la conclusión núm. 112 (LXII) del Comité Ejecutivo,", ["núm. 112 (LXII)"]),
]


@pytest.mark.parametrize(("lang", "para", "texts"), by_language(_CONCLUSION, _CONCLUSION_SAME))
def test_unhcr_shape_needs_its_noun(lang: str, para: str, texts: list[str]) -> None:
    assert [c.text for c in extract_text(GA[lang] + para).citations] == texts
