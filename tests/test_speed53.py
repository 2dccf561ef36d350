"""The gate of pass speed53 (issue 7 condition 4, issue 9 condition 1): the lower-case verbs after
a lead — a comma, a semicolon, a joining word with a blank before it — are looked for only where
the first letters of one of the verbs' phrases follow the lead (``verbs._lead_scans``,
``lexicon.led_trie_prefixes``), instead of a match tried after every comma of the text.  The gate
must never skip a verb the match would find: each row's verb governs the citation after it with
the gate and without it (every place of the lead tried, as before), and the verbs found in the
passage are the same both ways.

Forms (passages written for these tests, numbers and dates invented):

- a verb right after a comma, a semicolon or the joining word ("…, urges …", "…; welcomes …",
  "… and requests …", fr "… et prie …", es "… y exhorta …", ru "… и призывает …");
- a leading adverb before the verb ("…, and further recalls …", fr "…, et rappelle en outre …");
- the blanks and an asterisk the verb's program allows between the lead and the verb ("…,
  *urges* …", "…,⏎welcomes …");
- look-alikes: a comma before a word that is no verb ("…, the …", "…, including …"), and a word
  that only opens like the joining word ("… andes …", "… orders …"): no verb, as before.
"""

from __future__ import annotations

import pytest

from rescite.engine import verbs
from rescite.engine.extract import extract_text
from rescite.grammar import lexicon

# (language, passage, the verb that governs its one citation, its function)
Row = tuple[str, str, str, str]

ROWS: list[Row] = [
    (
        "en",
        "The General Assembly,\n\nNoting the work of the Committee, and further recalls its "
        "resolution 71/302 of 14 December 2016,\n",
        "further recalls",
        "builds_on",
    ),
    (
        "en",
        "The General Assembly,\n\n1. Takes note of the report of the Secretary-General; welcomes the "
        "plan contained in document A/71/815;\n",
        "welcomes",
        "acknowledges",
    ),
    (
        "en",
        "The General Assembly,\n\n3. Notes the efforts of the Member States, *urges* the full "
        "implementation of resolution 70/262,\n",
        "urges",
        "acts",
    ),
    (
        "en",
        "The General Assembly,\n\n4. Expresses its concern at the delays and requests the "
        "Secretary-General to report on resolution 72/199 at its next session;\n",
        "requests",
        "acts",
    ),
    (
        "en",
        "The General Assembly,\n\n5. Notes the report,\nwelcomes the measures taken under "
        "resolution 69/283;\n",
        "welcomes",
        "acknowledges",
    ),
    (
        "fr",
        "L'Assemblée générale,\n\n2. Prend note du rapport et prie le Secrétaire général de lui "
        "rendre compte de l'application de la résolution 71/243 ;\n",
        "prie",
        "acts",
    ),
    (
        "es",
        "La Asamblea General,\n\n2. Toma nota del informe y exhorta a los Estados a aplicar la "
        "resolución 70/1;\n",
        "exhorta",
        "acts",
    ),
    (
        "ru",
        "Генеральная Ассамблея,\n\n2. принимает к сведению доклад и призывает государства "
        "осуществлять резолюцию 70/1;\n",
        "призывает",
        "acts",
    ),
]

# (language, passage): no verb after a lead
LOOKALIKES: list[tuple[str, str]] = [
    ("en", "The members of the Committee, the observers, including the experts; the staff, and the guests."),
    ("en", "The members of the Committee andes the observers orders the staff, as the text says."),
    ("fr", "Les membres du Comité, les observateurs, y compris les experts et le personnel."),
]


def _ungated(code: str) -> tuple[object, ...]:
    """The language's verb scans with every place of each lead tried (no gate), as before."""
    verbs.find_verbs("", code, [])
    lang, capital, after, leads, operative = verbs._VERB_SCANS[code]
    return (lang, capital, after, tuple((lead, blank, None) for lead, blank, _ in leads), operative)


def _found(
    text: str, code: str, gated: bool, monkeypatch: pytest.MonkeyPatch
) -> list[tuple[int, int, str, str]]:
    """The verbs of ``text`` (start, end, text, function), through the gate or without it."""
    with monkeypatch.context() as m:
        if not gated:
            m.setitem(verbs._VERB_SCANS, code, _ungated(code))
        return [(v.start, v.end, v.text, v.function) for v in verbs.find_verbs(text, code, [])]


@pytest.mark.parametrize(("code", "text", "verb", "function"), ROWS)
def test_a_verb_after_a_lead_is_found_through_the_gate(
    code: str, text: str, verb: str, function: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert any(scan is not None for _, _, scan in verbs._lead_scans(code))  # (the gate is on)
    gated = _found(text, code, True, monkeypatch)
    assert gated == _found(text, code, False, monkeypatch)
    assert (verb, function) in [(v, f) for _, _, v, f in gated]
    (cited,) = [c for c in extract_text(text, lang=code).citations if c.target]
    assert (cited.verb, cited.function) == (verb, function)
    with monkeypatch.context() as m:
        m.setitem(verbs._VERB_SCANS, code, _ungated(code))
        (before,) = [c for c in extract_text(text, lang=code).citations if c.target]
    assert before.to_record() == cited.to_record()


@pytest.mark.parametrize(("code", "text"), LOOKALIKES)
def test_no_verb_after_a_lead(code: str, text: str) -> None:
    """(As before the gate: the verbs' program finds nothing after these leads either.)"""
    assert [v.text for v in verbs.find_verbs(text, code, [])] == []


@pytest.mark.parametrize("code", ["en", "fr", "es", "ru", "ar", "zh"])
def test_every_phrase_opens_with_the_gate_s_letters(code: str) -> None:
    """Every verb of the lexicon, and every leading adverb before it, after every lead: the gate
    lets each through (the verbs' program then matches it)."""
    lang = lexicon.load().languages[code]
    leading = lang.raw["verbs"].get("leading_adverbs", [])
    space = " " if lang.spaced else ""
    phrases = [v.lower() for v, _ in lang.verbs]
    phrases += [f"{lexicon.fold(a)}{space}{p}" for a in leading[:3] for p in phrases[:40]]
    after = verbs.verb_regexes(code)[1]
    checked = 0
    for lead, _blank, scan in verbs._lead_scans(code):
        if scan is None:
            continue
        back = len(lead) - len(lead.lstrip(" "))
        for phrase in phrases:
            text = f"x{lead} {phrase} y"
            if after.match(text, 1 + len(lead)) is None:
                continue  # (a phrase the program does not match as written here)
            hit = scan.search(text, 1 + back)
            assert hit is not None and hit.start() - back == 1, (lead, phrase)
            checked += 1
    assert checked > 0
