"""Properties of :func:`rescite.engine.extract.extract_text` that hold for any text whatsoever."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rescite.engine.extract import extract_text
from rescite.models import RECORD_FIELDS, ExtractResult

FRAGMENTS = [
    "<!DOCTYPE html><p>",
    "<i>",
    "</a>",
    "&nbsp;",
    "&#8217;",
    "<script>x</script>",
    "Ссылаясь на резолюцию 64/293 Генеральной Ассамблеи от 30 июля 2010 года",
    "A/RES/\n70/1",
    "第1325(2000)号",
    "resolution 64/293 of 30 July 2010",
    "résolution 5/2",
    "resolutions 61/144, 61/180 and 64/178",
    "les résolutions de l'Assemblée générale 61/144, 61/180 et 64/178",
    "General Assembly ",
    "its resolution 55/25, annex II",
    "sa décision 4/4",
    "Security Council resolution 1325 (2000)",
    "Economic and Social Council resolution 2017/18",
    "resolution 2200 A (XXI)",
    "A/RES/",
    "A/RES/64/293",
    "E/CN.15/2006/10",
    "A/C.3/67/L.16/Rev.1",
    "CTOC/COP/",
    "S/RES/1325(2000)",
    "Ibid., vol. 2237, No. 39574",
    "Nations Unies, Recueil des Traités, vol. 2225, n° 39574.",
    "United Nations, Treaty Series, vol. ",
    "Resolution 70/1.",
    "Recalling ",
    "Rappelant également ",
    "Accueille avec satisfaction ",
    "1. ",
    "8 (b) ",
    "(",
    ")",
    "/",
    "A/",
    " ",
    "\n",
    "\r\n",
    "\t",
    "\f",
    "\u00a0",  # NBSP
    "\u202f",  # narrow NBSP
    "\u00ad",  # soft hyphen
    "\u200b",  # zero-width space
    "\ufeff",  # BOM inside the text
    "¹",
    "²",
    "³",
    "⁴⁵",
    "1",
    "12",
    "2010",
    "XXI",
    "S-30/1",
    "ES-10/24",
    "annex",
    "article 32",
    "Protocole relatif à la traite des personnes",
    "Convention des Nations Unies contre la criminalité transnationale organisée¹",
    "Генеральная Ассамблея, резолюция 64/293",
    "الجمعية العامة، القرار 64/293",
    "大会第64/293号决议",
    "Asamblea General, resolución 64/293",
    "ﬁ",  # ligature
    "İ",  # changes length when lower-cased
    "ß",
    "e\u0301",  # combining accent
    "😀",
]

un_like = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)),
    max_size=40,
).map("".join)

any_text = st.text(max_size=300)
texts = st.one_of(any_text, un_like)
langs = st.sampled_from([None, "en", "fr", "es", "ru", "zh", "ar", "xx"])

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_records(text: str, result: ExtractResult, source: str) -> None:
    for c in result.citations:
        assert 0 <= c.start < c.end <= len(text), c
        assert text[c.start : c.end] == c.text, c
        assert c.source == source
        assert (c.target is None) == (c.kind == "unresolved"), c
        assert list(c.to_record()) == list(RECORD_FIELDS)


@SETTINGS
@given(text=texts, lang=langs)
def test_never_raises_and_offsets_point_into_the_input(text: str, lang: str | None) -> None:
    result = extract_text(text, source="doc.txt", lang=lang)
    assert result.document.source == "doc.txt"
    _check_records(text, result, "doc.txt")


@SETTINGS
@given(text=un_like)
def test_un_like_text_with_crlf_and_odd_spaces(text: str) -> None:
    crlf = text.replace("\r\n", "\n").replace("\n", "\r\n")
    for variant in (text, crlf, text.replace(" ", "\u00a0")):
        _check_records(variant, extract_text(variant, source="-"), "-")


@SETTINGS
@given(text=texts)
def test_deterministic(text: str) -> None:
    first = [c.to_record() for c in extract_text(text).citations]
    second = [c.to_record() for c in extract_text(text).citations]
    assert first == second


@SETTINGS
@given(text=texts)
def test_records_sorted_by_position(text: str) -> None:
    spans = [(c.start, c.end) for c in extract_text(text).citations]
    assert spans == sorted(spans)


@SETTINGS
@given(text=un_like, prefix=st.sampled_from(["", "x", "\n\n", "Preamble.\n"]))
def test_prefixed_text_keeps_offsets_valid(text: str, prefix: str) -> None:
    """Prefixing text moves offsets; the shifted records must still point into the text."""
    shifted = prefix + text
    _check_records(shifted, extract_text(shifted, source="s"), "s")
