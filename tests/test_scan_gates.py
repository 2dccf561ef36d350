"""The fast tests that spare the slow window searches: they must never say "no" where the
search would find something.

``search_dated`` looks for a year before searching a stretch with a date pattern (every
date form holds one), ``find._pin_before`` for a pinpoint's number and what follows it
before searching for the pinpoint: both must give what the plain search gives, for every
stretch of passages with dates and pinpoints in every language (passages written for
these tests).
"""

from __future__ import annotations

import re

import pytest

from rescite.engine.find_base import body_mentions, names_in, pin_before
from rescite.engine.find_tables import _FURNITURE_LINE, gap_over_notes
from rescite.engine.verbs import _verb_leads, verb_regexes
from rescite.grammar import lexicon
from rescite.grammar.dates import search_dated
from rescite.grammar.retools import first_chars, group_depths
from rescite.grammar.rules import patterns

PASSAGES = {
    "en": "Recalling paragraph 5 of its resolution 70/1 of 25 September 2015, annex II of the "
    "report and the statement of 3 May 2019 (S/PRST/2019/3),",
    "fr": "Rappelant le paragraphe 3 de sa résolution 70/1 du 25 septembre 2015, l'annexe II du "
    "rapport et la déclaration du 3 mai 2019 (S/PRST/2019/3),",
    "es": "Recordando el párrafo 4 de su resolución 70/1, de 25 de septiembre de 2015, el anexo I "
    "del informe y la declaración de 3 de mayo de 2019 (S/PRST/2019/3),",
    "ru": "ссылаясь на пункт 2 своей резолюции 70/1 от 25 сентября 2015 года, приложение II к "
    "докладу и заявление от 3 мая 2019 года (S/PRST/2019/3),",
    "ar": "إذ تشير إلى الفقرة 5 من قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015 والمرفق الثاني "
    "للتقرير والبيان المؤرخ 3 أيار/مايو 2019 (S/PRST/2019/3)،",
    "zh": "回顾其2015年9月25日第70/1号决议第5段、报告附件二和2019年5月3日的声明（S/PRST/2019/3），",
}


def _windows(text: str) -> list[tuple[int, int]]:
    return [(a, b) for b in range(len(text) + 1) for a in range(max(0, b - 80), b + 1, 4)]


@pytest.mark.parametrize("lang", sorted(PASSAGES))
def test_the_year_gate_finds_what_the_date_search_finds(lang: str) -> None:
    text = PASSAGES[lang]
    found = 0
    for scope in (lang, "*"):
        pat = patterns(scope)
        dated = [pat.date, pat.date_before] + ([pat.date_noun_before] if pat.date_noun_before else [])
        for a, b in _windows(text):
            for p in dated:
                plain = p.search(text, a, b)
                gated = search_dated(p, text, a, b)
                assert (gated and gated.span()) == (plain and plain.span()), (scope, p.pattern[:40], a, b)
                found += plain is not None
    assert found  # the passages hold dates the patterns find: the comparison is not empty


@pytest.mark.parametrize("lang", sorted(PASSAGES))
def test_the_pinpoint_gate_finds_what_the_pinpoint_search_finds(lang: str) -> None:
    text = PASSAGES[lang]
    for scope in (lang, "*"):
        pat = patterns(scope)
        for a, b in _windows(text):
            plain = pat.pin_before.search(text, a, b)
            gated = pin_before(pat, text, a, b)
            assert (gated and gated.span()) == (plain and plain.span()), (scope, a, b)


def test_pinpoints_are_found_through_the_gate() -> None:
    # "paragraph 5 of", "le paragraphe 3 de", "el párrafo 4 de": the pinpoint before the linking words
    found = 0
    for lang in ("en", "fr", "es"):
        text = PASSAGES[lang]
        pat = patterns(lang)
        for b in range(len(text) + 1):
            m = pin_before(pat, text, max(0, b - 80), b)
            found += m is not None
    assert found >= 3


#: A letter's date, who it is from and to, then its symbol's bracket (passages written for
#: these tests, in the forms the far-date pattern reads).
LETTERS = {
    "en": "Taking note of the letter dated 8 March 2021 from the Secretary-General addressed to the "
    "President of the Security Council (S/2021/250), and of the report of 2 May 2020 (A/74/1),",
    "fr": "Prenant note de la lettre datée du 8 mars 2021, adressée au Président du Conseil de "
    "sécurité par le Secrétaire général (S/2021/250), et du rapport du 2 mai 2020 (A/74/1),",
    "es": "Tomando nota de la carta de fecha 8 de marzo de 2021 dirigida a la Presidencia del "
    "Consejo de Seguridad por el Secretario General (S/2021/250) y del informe (A/74/1),",
    "ru": "принимая к сведению письмо от 8 марта 2021 года на имя Председателя Совета "
    "Безопасности от Генерального секретаря (S/2021/250) и доклад 2020 года (A/74/1),",
    "ar": "وإذ تحيط علما بالرسالة المؤرخة 8 آذار/مارس 2021 والموجهة إلى رئيس مجلس الأمن من "
    "الأمين العام (S/2021/250) والتقرير (A/74/1)،",
    "zh": "注意到秘书长2021年3月8日给安全理事会主席的信（S/2021/250）和2020年的报告（A/74/1），",
}


@pytest.mark.parametrize("lang", sorted(LETTERS))
def test_the_link_gate_finds_what_the_far_date_search_finds(lang: str) -> None:
    from rescite.engine.find_symbols import _far_link_after_year
    from rescite.engine.normalise import normalise

    text = normalise(LETTERS[lang]).text  # (the engine searches the normalised view)
    found = 0
    for scope in (lang, "*"):
        pat = patterns(scope)
        assert pat.date_far_before is not None
        for b in range(len(text) + 1):
            for a in range(max(0, b - 260), b + 1, 3):
                plain = pat.date_far_before.search(text, a, b)
                if plain is not None:
                    assert _far_link_after_year(text, a, b, pat), (scope, a, b)
                    found += 1
    assert found  # the passages hold letters the pattern reads: the comparison is not empty


def _named(scope: str) -> str:
    """Every body's and instrument's name of the lexicon, in running text: alone, glued to the
    word before and after, one inside another ("the Conference of the Parties to the
    Convention …") and cut short."""
    lex = lexicon.load()
    names = [
        n
        for code in lexicon.scope(scope)
        for key in ("bodies", "instruments")
        for ns in lex.languages[code].raw.get(key, {}).values()
        for n in ns
    ]
    pieces = []
    for i, n in enumerate(names):
        other = names[(i * 7 + 3) % len(names)]
        pieces.append(f"Recalling the {n}, of {n}{other} and x{n}; {n[: len(n) // 2]} {n[:1]}")
    return " ".join(pieces)


@pytest.mark.parametrize("scope", [*sorted(PASSAGES), "*"])
def test_one_scan_for_names_finds_what_the_two_scans_find(scope: str) -> None:
    text = _named(scope)
    bodies, starts = names_in(text, scope)
    assert bodies == body_mentions(text, scope)
    assert starts == [m.start() for m in patterns(scope).instrument_start.finditer(text)]
    assert bodies and starts  # the text names bodies and instruments: the comparison is not empty


#: Glue between a word and a lower-case verb (written for this test), and whether a verb is
#: found after it in a language written with spaces: the leads of the verb scans with and
#: without blanks after them, blanks of other kinds, a joining word glued to the verb or set as
#: the end of another word, a doubled comma, an operative paragraph's number.
VERB_GLUE = [
    (",", True),
    (", ", True),
    (",\n ", True),
    (";", True),
    ("; ", True),
    (";\t", True),
    (" {j} ", True),
    (" {j}\n", True),
    (" {j}\u00a0", True),
    (",, ", True),
    (" {j}", False),
    (" x{j} ", False),
    ("\n1. ", False),
]


@pytest.mark.parametrize(
    ("code", "glue", "finds"), [(c, g, f) for c in sorted(PASSAGES) for g, f in VERB_GLUE]
)
def test_verbs_after_a_lead_are_those_of_a_scan_for_the_lead_and_the_verb(
    code: str, glue: str, finds: bool
) -> None:
    """The lower-case verbs are matched after each place of their lead by one program for all
    leads: the verbs found are those a scan for the lead and the verb (one program a lead, as
    before) finds, in every window of a text that glues each verb to a word."""
    from rescite.engine.verbs import find_verbs

    lang = lexicon.load().languages[code]
    verbs = [v for v, _ in lang.verbs]
    joiners = lang.raw["grammar"]["verb_joiners"]
    after, *operative = verb_regexes(code)[1:]
    text = "".join(f"x{glue.format(j=j)}{v.lower()} y" for j in joiners for v in verbs)
    scans = [
        re.compile(re.escape(lead) + (r"\s" if blank else "") + after.pattern, after.flags)
        for lead, blank in _verb_leads(code)
    ]
    step = max(1, len(text) // 7)
    windows = [(0, len(text)), *((a, min(len(text), a + 2 * step)) for a in range(0, len(text), step))]
    found = 0
    for a, b in windows:
        expected = sorted(
            (m.start("verb"), m.end())
            for rx in [*scans, *operative]
            for m in rx.finditer(text, a, b)
            if lang.verb_function_of(m.group("verb")) is not None
        )
        got = [(v.start, v.end) for v in find_verbs(text, code, [], a, b)]
        capitalised = {(m.start("verb"), m.end()) for m in verb_regexes(code)[0].finditer(text, a, b)}
        assert [g for g in got if g not in capitalised] == [e for e in expected if e not in capitalised]
        found += len(expected)
    # (Chinese glues its verbs to no comma or joining word of these: none is found either way;
    # Russian writes operative verbs in lower case after the number, and a verb phrase of its
    # holds the joining word, "к сведению и одобряет": some are found after every glue)
    assert (found > 0) == ((finds and lang.spaced) or code == "ru")


#: Stretches between two numbers of a list that a page break cut (written for this test):
#: rules, running headers' symbols, page numbers, blank lines and the list's own words.
GAPS = [
    ",\n\n______\n\n",
    " and\n\nA/RES/81/12\n3/9\n\n",
    ",\n  14  \n\n25-01234\n",
    ", 7\n\t_____\t\nS/2031/5 (x)\nof 3 May\n",
    "\n\n",
    ", as well as\nE/CN.6/2030/L.2\n\n12/40\n\nresolutions ",
    "-- 4\n99999\n1 2 3",
]


@pytest.mark.parametrize("gap", GAPS)
def test_furniture_lines_go_as_line_by_line(gap: str) -> None:
    # the gap with one footnote block inside it, which _gap_over_notes takes out first
    note = "\n______\n4 See A/RES/80/3.\n"
    text = "71/5" + gap + note + gap + "72/9"
    a, b = 4, len(text) - 4
    blocks = [(4 + len(gap), 4 + len(gap) + len(note))]
    joined = gap + gap
    expected = "\n".join("" if _FURNITURE_LINE.fullmatch(line) else line for line in joined.split("\n"))
    assert gap_over_notes(text, a, b, blocks) == expected


def _without_lead(pattern: str) -> str:
    """``pattern`` without the look-ahead of first characters that :func:`led` put before it
    (the group that opens it, read to its closing bracket)."""
    assert pattern.startswith("(?=")
    close = next(i for i, c, depth in group_depths(pattern) if c == ")" and depth == 0)
    return pattern[close + 1 :]


def _window_searches(scope: str) -> list[re.Pattern[str]]:
    """The patterns searched in short windows before a place (tried at every character of
    the window): a date before a bracket, a title an instrument's name stands in, the words
    that single out a text, a pinpoint's link, a treaty series before a volume, the Council's
    noun before its number — each opens with a look-behind, a word boundary or an alternation
    of words in either case, which the engine tries in full at every place of the window."""
    from rescite.grammar.council import council_number

    pat, council = patterns(scope), council_number(scope)
    found = [pat.date_before, pat.within_title, pat.singled_out, pat.pin_link, pat.unts_back]
    found += [council.noun_before, council.behind]
    return [p for p in found if p is not None]


@pytest.mark.parametrize("lang", [*sorted(PASSAGES), "*"])
def test_window_searches_open_with_their_first_characters(lang: str) -> None:
    """Each window search is led by a look-ahead of its first characters (most places of a
    window are turned away at once: 1.5-2x faster on corpus-ga), and finds in every window
    what the pattern without the look-ahead finds."""
    text = PASSAGES.get(lang, " ".join(PASSAGES.values())) + " " + PASSAGES["en"]
    found = 0
    for p in _window_searches(lang):
        if not p.pattern.startswith("(?="):
            # (a pattern that may match the empty string has no first character: left as it is)
            assert first_chars(p, may_be_empty=False) is None, p.pattern[:60]
            continue
        plain = re.compile(_without_lead(p.pattern), p.flags)
        for a, b in _windows(text):
            got, want = p.search(text, a, b), plain.search(text, a, b)
            assert (got and got.span()) == (want and want.span()), (p.pattern[:60], a, b)
            found += want is not None
    assert found  # the passages hold what some of them find: the comparison is not empty
