"""Find: every mention of a cited text in the normalised view, with its evidence.

The finder is anchored on tokens that only citations produce — resolution numbers
(``64/293``, ``2200 A (XXI)``, ``1325 (2000)``), document symbols, treaty volume/number
pairs, "Ibid." and known instrument names — and reads the words around each anchor
(keyword, possessive, body, date, pinpoint) from compiled lexicon patterns.  It decides
nothing about ids: that is :mod:`rescite.resolve`.

Its steps stand in modules of their own, each importing only those below it:
``find_base`` (Raw, Names, the windows read around an anchor, verbs and keywords) <
``find_dates`` (the tail after a number: keyword, pinpoint, dates) < ``find_tables`` (rows and
their headers) < ``find_numbers`` (numbered texts) < ``find_codes`` (coded texts, Roman sessions)
< ``find_council`` (the Security Council's numbers) < ``find_symbols`` (document symbols).  This
module holds what reads names rather than numbers: treaties, instruments and "Ibid.".
"""

from __future__ import annotations

import functools
import itertools
import re

from ..grammar import lexicon, recache
from ..grammar.council import TITLE_CLOSE, TITLE_OPEN
from ..grammar.dates import date_regex, parse_date
from ..grammar.lexicon import (
    SUPER_TO_DIGIT,
    alternation,
    fold,
    phrase_re,
)
from ..grammar.notes import ibid_gate, ibid_short_lead, note_back, treaty_acronyms
from ..grammar.retools import UPPER_START, finditer_anchored
from ..grammar.rules import Patterns, patterns
from ..read.stop import STOP
from .find_base import RANGE_SPAN, WS_RUN, Raw, pin_before
from .segment import Segments


def find_treaties(text: str, lang: str = "") -> list[Raw]:
    pat = patterns(lang)
    out: list[Raw] = []
    # (each tried only within reach of the characters its matches hold: the Chinese forms open
    # with an optional bracket and are otherwise tried at every character of a text of no clear language)
    for m in sorted((m for rx in pat.unts for m in finditer_anchored(rx, text)), key=lambda m: m.start()):
        if STOP.on:  # the time budget ran out: what was found is kept
            break
        s = m.start()
        back = pat.unts_back.search(text, max(0, s - 60), s)
        if back:
            s = back.start()
        elif text[s].isupper():
            continue  # "Vol. 12, No. 3" (a capital): a journal's, unless the series is named
        groups = m.re.groupindex
        # "vols. 1249, 2131 and 2161, No. 20378": one treaty per volume; "vol. 75, Nos. 970–973":
        # one per number (a short range)
        vols = ["".join(m.group("vol").split())]
        if "vols" in groups and m.group("vols"):
            vols += re.findall(r"\d{1,4}", m.group("vols"))
        if "vol2" in groups and m.group("vol2"):
            vols.append(m.group("vol2"))
        # (a number grouped by threes, "2 171", "27 531", read without its spaces)
        nos = ["".join(m.group("no").split())]
        if "no2" in groups and m.group("no2"):
            lo, hi = int(nos[0]), int(m.group("no2"))
            if lo < hi <= lo + RANGE_SPAN:
                nos = [str(k) for k in range(lo, hi + 1)]
        if "nos" in groups and m.group("nos") and len(nos) == 1:
            more = re.findall(r"\d{3,6}", m.group("nos"))
            if len(more) + 1 == len(vols):
                # "vols. 993 and 999, Nos. 14531 and 14668": each volume with its number, in order
                for vol, no in zip(vols, [*nos, *more], strict=True):
                    rule = "treaty footnote, compressed"
                    out.append(Raw(s, m.end(), "unts", volume=vol, number=no, rule=rule))
                continue
            if len(vols) == 1 and all(int(a) < int(b) for a, b in itertools.pairwise([*nos, *more])):
                # "vol. 1125, Nos. 17512 and 17513": one volume, each number in it (ascending: no
                # year after the list word)
                for no in [*nos, *more]:
                    rule = "treaty footnote, compressed"
                    out.append(Raw(s, m.end(), "unts", volume=vols[0], number=no, rule=rule))
                continue
        end = m.end("no2") if "no2" in groups and m.group("no2") else m.end("no")
        for i, vol in enumerate(vols):
            for no in nos if i == 0 else nos[:1]:
                raw = Raw(s, end, "unts", volume=vol, number=no)
                if len(vols) > 1 or len(nos) > 1:
                    raw.rule = "treaty footnote, compressed"
                out.append(raw)
    for rx in pat.unts_page:
        for m in rx.finditer(text):
            if STOP.on:
                break
            s = m.start()
            if "vol" in m.re.groupindex:
                # "RTNU, vol. 999, p. 171": only after the series' name (not a journal's "vol. 12, p. 4")
                back = pat.unts_back.search(text, max(0, s - 60), s)
                if back is None:
                    continue
                s, vol = back.start(), m.group("vol")
            else:
                if s and (text[s - 1].isalnum() or text[s - 1] in "._"):
                    continue  # a word goes on before the series' short name
                before = _VOLUME_BEFORE.search(text, max(0, s - 8), s)  # "999 U.N.T.S. 171"
                if before is None:
                    continue
                s, vol = before.start(), before.group("vol")
            out.append(Raw(s, m.end(), "unts_page", volume=vol, number=m.group("page")))
    out.sort(key=lambda r: r.start)
    return out


#: The volume just before a treaty series' short name ("999 U.N.T.S. 171"): a number standing
#: alone (not the end of a date's "1966," nor of a symbol).
_VOLUME_BEFORE = recache.compile(r"(?<![\d.,/\w])(?P<vol>\d{1,4})\s+$")


#: How far from its literal piece a note's pointer back may start or end ("op. cit., note 12")
_NOTE_BACK_REACH = 24


def _note_back_windows(text: str, s: int, e: int, pieces: tuple[str, ...]) -> list[tuple[int, int]]:
    """The stretches of the note ``s``–``e`` around each literal piece of a pointer back at an
    earlier note ("supra", "above"), joined where they overlap: the pattern is tried there only
    (most notes hold no piece; a note that holds "above" holds it once or twice)."""
    spans: list[tuple[int, int]] = []
    for piece in pieces:
        i = text.find(piece, s, e)
        while i >= 0:
            spans.append((max(s, i - _NOTE_BACK_REACH), min(e, i + len(piece) + _NOTE_BACK_REACH)))
            i = text.find(piece, i + 1, e)
    spans.sort()
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def find_ibids(text: str, seg: Segments) -> list[Raw]:
    pat = patterns(seg.scope)
    back_rx = note_back(seg.scope)
    gate = ibid_gate(seg.scope)
    short, lead = ibid_short_lead(seg.scope)
    out: list[Raw] = []
    for s, e, fn in seg.footnote_spans:
        if gate.search(text, s, e) is None:
            continue  # no word of Ibid. or of a pointer back: no match of the patterns either
        # a note pointing back at an earlier one by its number ("supra note 12"): that note's
        taken: list[tuple[int, int]] = []
        for ws, we in _note_back_windows(text, s, e, back_rx[0] if back_rx is not None else ()):
            for m in back_rx[1].finditer(text, ws, we):  # type: ignore[index]
                back = int(m.group("note") or m.group("note2"))
                taken.append(m.span())
                if 0 < back < (fn or 0):  # (not a note ahead, nor itself: none it repeats)
                    raw = Raw(m.start(), m.end(), "ibid", marker=fn)
                    raw.number = str(back)
                    out.append(raw)
        for m in pat.ibid.finditer(text, s, e):
            if STOP.on:  # the time budget ran out: what was found is kept
                break
            if any(a <= m.start() < b for a, b in taken):  # ("Op. cit., note 3": note 3's)
                continue
            if m.group("ibid") in short and not lead.fullmatch(text, s, m.start()):
                continue  # ("Smith, op. cit.", "www.bps.go.id."): not the previous note's
            raw = Raw(m.start(), m.end(), "ibid", marker=fn)
            if text.startswith(",", m.end()) and (sp := pat.symbol_pin.match(text, m.end())) is not None:
                raw.pinpoint = WS_RUN.sub(" ", sp.group("pin"))  # "Ibid., para. 4", "Id., annex II"
            elif (
                pat.pin_after is not None
                and (comma := _IBID_COMMA.match(text, m.end())) is not None
                and (pa := pat.pin_after.match(text, comma.end())) is not None
            ):
                raw.pinpoint = WS_RUN.sub(" ", pa.group())  # … its number before its noun: "同上，第12段"
            out.append(raw)
    return out


#: the closing mark of a title after a treaty's name, and a blank ("《…公约》 第4条")
_TITLE_CLOSE = recache.compile(r"[\u300b\u300d]?[ \t]?")

#: the comma after an ibid word and the blanks around it
_IBID_COMMA = recache.compile(r"[ \t]*+[,\uff0c][ \t]*+")


@functools.lru_cache(maxsize=64)
def _any_of(names: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds any of ``names`` as written (one search: quicker than a plain look
    for each, when they share their first letters)."""
    return recache.compile("|".join(re.escape(n) for n in names) or "(?!)")


def find_instruments(text: str, seg: Segments, starts: list[int] | None = None) -> list[Raw]:
    """The instruments named in ``text``; ``starts``: where their first words stand (as
    :func:`names_in` gives them), else looked for here."""
    pat = patterns(seg.scope)
    lex = lexicon.load()
    out: list[Raw] = []
    acronyms = treaty_acronyms(seg.scope)
    # "States parties to CEDAW": a short name that is also its Committee's, a treaty's there (only
    # where one of the names stands at all: one search for any of them, before the leading words
    # are looked for at every character)
    if acronyms is not None and _any_of(tuple(acronyms[2])).search(text) is not None:
        for led_by in acronyms[0].finditer(text):
            for a in acronyms[1].finditer(text, led_by.start("names"), led_by.end("names")):
                raw = Raw(a.start(), a.end(), "instrument", instrument=acronyms[2][a.group()])
                raw.rule = "a treaty's short name after a party's or a ratification's words"
                out.append(raw)
    done = 0
    protocols_of = lexicon.treaty_protocols()
    if starts is None:
        starts = [cand.start() for cand in pat.instrument_start.finditer(text)]
    for start in starts:
        if STOP.on:  # the time budget ran out: what was found is kept
            break
        if start < done:
            continue
        m = pat.instrument.match(text, start)
        if m is None:
            if (dated := _dated_title(pat, text, start, seg.scope)) is not None:
                out.append(dated)
                done = dated.end
                if dated.instrument in protocols_of:
                    out.extend(_protocols_thereto(pat, text, seg, dated.end, protocols_of[dated.instrument]))
            continue
        done = m.end()
        key = lex.instrument_names.get(fold(m.group()))
        if key is None:
            out.extend(_set_named(pat, text, seg, m))
            continue
        mk = pat.marker.match(text, m.end())
        end = mk.end() if mk else m.end()
        if key in protocols_of and (named := _protocols_named(pat, text, seg, m, end, protocols_of[key])):
            # "the Optional Protocols to the Convention on the Rights of the Child": its protocols,
            # not the treaty
            out.extend(named)
            continue
        if _within_title(pat, text, m) or _glued_inside_title(text, m.start()) or _caps_inside_line(text, m):
            continue
        if _draft_of(text, m.end(), seg.scope):
            continue
        raw = Raw(m.start(), m.end(), "instrument", instrument=key)
        raw.marker = _marker_at(pat, text, seg, m.end())
        pin = (
            pin_before(pat, text, max(0, m.start() - 80), m.start())
            if pat.pin_link.search(text, max(0, m.start() - 12), m.start())
            else None
        )
        if pin:
            raw.pinpoint = re.sub(r"\s+", " ", pin.group("pin"))
        elif pat.pin_after is not None and (
            pa := pat.pin_after.match(text, _TITLE_CLOSE.match(text, m.end()).end())  # type: ignore[union-attr]
        ):
            # … or its article after it, in a language that writes the pinpoint after the name:
            # "《发展权利宣言》第4条", "《儿童权利公约》第4条和第5条"
            raw.pinpoint = WS_RUN.sub(" ", pa.group())
        if (
            (tail := pat.item_tail.match(text, end))
            and tail.group("date")
            and not (tail.group("gen") or tail.group("pin"))
            and (not tail.group("body") or lex.body_names.get(fold(tail.group("body"))) == "GA")
            and not _action_dated(seg.scope, text, end, tail.start("date"))
            and not _act_dated(seg.scope, text, m.start(), end, tail.start("date"))
        ):
            # its date after its title, as laws and articles write it ("Конвенция о правах ребенка
            # от 20 ноября 1989 года", "the Convention … of 20 November 1989"), the Assembly that
            # adopted it perhaps before the date ("…, принятой Генеральной Ассамблеей ООН 10 декабря
            # 1948 г."): the text's date
            raw.date = parse_date(tail)
        elif (
            _NO_LETTER.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()) is not None
            and (placed := _place_date(seg.scope).match(text, end)) is not None
        ):
            # … or, where its title opens its line, the place and date of its conclusion after it,
            # closing the line or the sentence, as the ICRC's and the depositaries' lists write
            # them ("Convention (IV) relative to … . Geneva, 12 August 1949."): the text's date
            raw.date = parse_date(placed)
        elif (concluded := done_at(seg.scope)) is not None and (at := concluded.match(text, end)) is not None:
            # … or the participle of its conclusion, its place and its date after it, as the
            # depositaries, the Treaty Series and the laws that approve a treaty write them ("…,
            # done at New York on 20 November 1989", "conclue à Genève le 28 juillet 1951",
            # "hecha en Nueva York el …", "заключенная в Нью-Йорке 20 ноября 1989 года"): the text's date
            raw.date = parse_date(at)
        out.append(raw)
        if key in protocols_of:
            out.extend(_protocols_thereto(pat, text, seg, end, protocols_of[key]))
        if (shared := _treaty_sharing_title(text, m.start(), key, seg.scope)) is not None:
            out.append(shared)
    out.extend(_short_titled(pat, text, seg.scope))
    out.extend(_named_back(pat, text, seg, out))
    return out


#: a letter before a name that opens no word in a script whose words are glued to what is
#: before them (Arabic's conjunctions and prepositions, Chinese): no such letter, or one of those
_WORD_OPEN = r"(?:(?<![^\W\d_])|(?<=[\u0600-\u06ff\u3400-\u4dbf\u4e00-\u9fff]))"

#: … after it: no letter, or an ideograph
_WORD_CLOSE = r"(?!(?![\u3400-\u4dbf\u4e00-\u9fff])[^\W\d_])"


@functools.lru_cache(maxsize=8)
def back_names(scope: str) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]] | None:
    """The short names of known instruments that only point back at one named before them, a year
    and a noun ("the 1951 Convention", "la Convention de 1951", "1967年议定书"; ``grammar.
    short_names_back``: the instrument's key, a blank, the name; a name may be several's), not
    before the words that go on with a title ("the 1961 Convention on …"; ``grammar.title_goes_on``),
    and each name's keys; None where the language has none."""
    langs = lexicon.scope(scope)
    pairs = [e.split(" ", 1) for e in lexicon.gather("grammar.short_names_back", langs)]
    if not pairs:
        return None
    keys: dict[str, tuple[str, ...]] = {}
    for key, name in pairs:
        keys[name] = (*keys.get(name, ()), key)
    goes_on = lexicon.gather("grammar.title_goes_on", langs)
    not_title = rf"(?![ \t]++(?:{alternation(goes_on)})(?!\w))" if goes_on else ""
    return recache.compile(rf"{_WORD_OPEN}(?P<name>{alternation(list(keys))}){_WORD_CLOSE}{not_title}"), keys


def _named_back(pat: Patterns, text: str, seg: Segments, found: list[Raw]) -> list[Raw]:
    """The known instruments named by a short name that points back at them, a year and a noun
    (:func:`back_names`: "The 1951 Convention applies …" after "the Convention relating to the
    Status of Refugees"): the one of the name's instruments that the text named before it; none
    where it named none of them or several ("1961 Convention": the Single Convention on Narcotic
    Drugs and the Convention on the Reduction of Statelessness both named), nor inside a name found."""
    forms = back_names(seg.scope) if found else None
    if forms is None:
        return []
    rx, keys = forms
    # (only after the first of the names' instruments the text named: none named, nothing to scan)
    wanted = {k for ks in keys.values() for k in ks}
    named_ends = [r.end for r in found if r.instrument in wanted]
    if not named_ends:
        return []
    out = []
    for m in rx.finditer(text, min(named_ends)):
        if any(r.start < m.end() and m.start() < r.end for r in found):
            continue
        named = [
            k for k in keys[m.group("name")] if any(r.instrument == k and r.end <= m.start() for r in found)
        ]
        if len(named) != 1:
            continue
        raw = Raw(m.start("name"), m.end("name"), "instrument", instrument=named[0])
        raw.rule = "a known instrument's short name pointing back at it, named before"
        out.append(raw)
        # (… and its protocols named by reference after it: "the 1951 Convention and its 1967 Protocol")
        if (protocols := lexicon.treaty_protocols().get(named[0])) is not None:
            out.extend(_protocols_thereto(pat, text, seg, m.end("name"), protocols))
    return out


@functools.lru_cache(maxsize=16)
def action_date(scope: str) -> re.Pattern[str] | None:
    """A comma and the bare preposition of a day (``grammar.instrument_action_date``: "on", "le",
    "el") between a treaty's name and a date: the day a State acted on the treaty, as treaty bodies
    list the instruments a State ratified ("(b) The Convention against Torture …, on 22 September
    2006;"), not the treaty's date; None where the language has none."""
    words = lexicon.gather("grammar.instrument_action_date", lexicon.scope(scope))
    return recache.compile(rf"[ \t]*+,[ \t]*+(?:{alternation(words)})[ \t]++") if words else None


def _action_dated(scope: str, text: str, end: int, date_start: int) -> bool:
    """Is the date at ``date_start``, after a treaty's name ending at ``end``, a State's act's
    (:func:`action_date`)?"""
    rx = action_date(scope)
    return rx is not None and rx.fullmatch(text, end, date_start) is not None


@functools.lru_cache(maxsize=16)
def act_before(scope: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A State's verb of acting on a treaty right before its name, its article perhaps between
    (``grammar.instrument_act_before``: "signed", "a ratifié la", "ratificó la"), and the bare
    preposition of a day after the name (``grammar.instrument_action_date``); None where the
    language has either none."""
    langs = lexicon.scope(scope)
    verbs = lexicon.gather("grammar.instrument_act_before", langs)
    preps = lexicon.gather("grammar.instrument_action_date", langs)
    if not verbs or not preps:
        return None
    # (an article elided before the name, its apostrophe typed straight or curly: "l'Accord")
    arts = lexicon.gather("grammar.articles", langs)
    arts += [a.replace("'", "\u2019") for a in arts if "'" in a]
    article = rf"(?:(?:{alternation(arts)})(?:(?<=['\u2019])|[ \t\n]++))?" if arts else ""
    before = recache.compile(rf"(?<!\w)(?:{alternation(verbs)})[ \t\n]++{article}\Z")
    return before, recache.compile(rf"[ \t]++(?:{alternation(preps)})[ \t]++")


def _act_dated(scope: str, text: str, start: int, end: int, date_start: int) -> bool:
    """Is the date at ``date_start``, after a treaty's name (``start``-``end``) and the bare
    preposition of a day, the day a State acted on the treaty, its verb right before the name
    ("Belgium signed the Convention … on 5 December 1984", fr "la France a ratifié la Convention
    … le 7 août 1990", es "España ratificó la Convención … el …"; :func:`act_before`)? Not the
    treaty's date; the Assembly's adoption ("adopted the Convention on …") still is."""
    pats = act_before(scope)
    if pats is None:
        return False
    before, prep = pats
    return (
        prep.fullmatch(text, end, date_start) is not None
        and before.search(text, max(0, start - 60), start) is not None
    )


#: the name of a place where a treaty was concluded: one to three capitalised words ("Geneva", "New
#: York", "Нью-Йорке", "Montego Bay")
_PLACE = rf"{UPPER_START}[^\W\d_]*+(?:[-' ]{UPPER_START}[^\W\d_]*+){{0,2}}"


@functools.lru_cache(maxsize=16)
def _place_date(scope: str) -> re.Pattern[str]:
    """The place of a treaty's conclusion and its date after the treaty's title, set off by a stop
    or a comma, the line or the sentence ending after them ("… Time of War. Geneva, 12 August
    1949.", "…, Ginebra, 12 de agosto de 1949", "… Field. Geneva, 12 August 1949. Commentary …"),
    or on the line after a title set as a heading, a blank line perhaps between, as gazettes list
    the treaties a State is party to ("CONVENCIÓN SOBRE …⏎⏎Ginebra, 28 de julio de 1951."): a
    place's name of one to three capitalised words."""
    date = date_regex(lexicon.scope(scope))
    return recache.compile(
        rf"[ \t]*+[.,](?:[ \t]++|[ \t]*+\n(?:[ \t]*+\n)?[ \t]*+){_PLACE},[ \t]?(?:{date})"
        rf"(?=[ \t]*+[.;]?[ \t]*+(?:\n|$)|[.;][ \t])"
    )


@functools.lru_cache(maxsize=16)
def done_at(scope: str) -> re.Pattern[str] | None:
    """The participle of a treaty's conclusion and its preposition of place (``grammar.
    instrument_done_at``: "done at", "conclue à", "hecha en", "заключенная в"), the place and the
    date after a treaty's title, a comma perhaps before each and the bare preposition of a day
    (``grammar.instrument_action_date``) before the date; None where the language has none. The
    date is the treaty's: the day of its conclusion, not a State's act on it."""
    langs = lexicon.scope(scope)
    words = lexicon.gather("grammar.instrument_done_at", langs)
    if not words:
        return None
    preps = lexicon.gather("grammar.instrument_action_date", langs)
    prep = rf"(?:(?:{alternation(preps)})[ \t\n]++)?" if preps else ""
    date = date_regex(langs)
    # (a town's abbreviated noun perhaps before the place: "в г. Нью-Йорке"; the country after the
    # city in brackets: "signée à Kumamoto (Japon) le …")
    return recache.compile(
        rf"[ \t]*+[.,]?[ \t\n]++(?i:{alternation(words)})[ \t\n]++(?:[^\W\d_]{{1,3}}\.[ \t]*+)?{_PLACE}"
        rf"(?:[ \t]++\([^()\n]{{1,40}}\))?"
        rf"(?:[ \t]*+,)?[ \t\n]++{prep}(?:{date})"
    )


@functools.lru_cache(maxsize=1)
def _set_names() -> dict[str, tuple[str, ...]]:
    """Folded name of a set of known instruments (every language's ``instrument_sets``) -> the
    keys of its members (:func:`lexicon.instrument_sets`)."""
    members = lexicon.instrument_sets()
    return {
        fold(n): members[key]
        for lang_ in lexicon.load().languages.values()
        for key, names in lang_.raw.get("instrument_sets", {}).items()
        for n in names
    }


def _set_named(pat: Patterns, text: str, seg: Segments, m: re.Match[str]) -> list[Raw]:
    """Each member of the set of instruments that ``m`` names together ("the Geneva Conventions
    of 12 August 1949", "les quatre Conventions de Genève": the four Conventions); none where the
    words are not a set's name or stand inside another instrument's title ("Protocols Additional
    to the Geneva Conventions of 1949")."""
    members = _set_names().get(fold(m.group()), ())
    if not members or _within_title(pat, text, m) or _glued_inside_title(text, m.start()):
        return []
    # the set's date, written in its name ("… of 12 August 1949", "1949年8月12日日内瓦四公约") or
    # after it as after a title ("les quatre Conventions de Genève du 12 août 1949")
    d = pat.date.search(text, m.start(), m.end())
    date = parse_date(d) if d is not None else None
    end = m.end()
    if (
        date is None
        and (tail := pat.item_tail.match(text, m.end()))
        and tail.group("date")
        and not (tail.group("gen") or tail.group("pin") or tail.group("body"))
    ):
        date, end = parse_date(tail), tail.end()
    out = []
    for k in members:
        raw = Raw(m.start(), m.end(), "instrument", instrument=k)
        raw.date = date
        raw.rule = "a set of known instruments named together"
        out.append(raw)
    # … and the protocols of its members named by reference after it ("… and the Additional
    # Protocols thereto", "… y sus Protocolos adicionales"), past a note's marker
    of_members = lexicon.treaty_protocols()
    protocols = tuple(dict.fromkeys(p for k in members for p in of_members.get(k, ())))
    if protocols:
        mk = pat.marker.match(text, end)
        out.extend(_protocols_thereto(pat, text, seg, mk.end() if mk else end, protocols))
    return out


@functools.lru_cache(maxsize=8)
def draft_after(scope: str) -> re.Pattern[str] | None:
    """The noun of a draft glued after an instrument's name, its title marks perhaps between
    (``grammar.draft_after``): "《宪章》草案" is the draft, not the Charter; None where the
    language has none."""
    words = lexicon.gather("grammar.draft_after", lexicon.scope(scope))
    return recache.compile(rf"[{TITLE_CLOSE}]?(?:{alternation(words)})") if words else None


def _draft_of(text: str, end: int, scope: str) -> bool:
    """Is the instrument's name ending at ``end`` the name of its draft ("《联合国宪章》草案")?"""
    rx = draft_after(scope)
    return rx is not None and rx.match(text, end) is not None


@functools.lru_cache(maxsize=8)
def _short_titles(scope: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]] | None:
    """A known instrument's short title alone in its title marks (``grammar.short_titles``: the
    instrument's key, a blank, the short title), the pattern of any title in those marks that ends
    with one of the short titles, and each short title's key; None where the language has none."""
    pairs = [e.split(" ", 1) for e in lexicon.gather("grammar.short_titles", lexicon.scope(scope))]
    if not pairs:
        return None
    opens, closes = TITLE_OPEN, TITLE_CLOSE
    shorts = alternation([short for _, short in pairs])
    alone = recache.compile(rf"[{opens}](?P<short>{shorts})[{closes}]")
    ending = recache.compile(rf"[{opens}](?P<title>[^{opens}{closes}\n]{{1,80}}?(?:{shorts}))[{closes}]")
    return alone, ending, {short: key for key, short in pairs}


def _short_titled(pat: Patterns, text: str, scope: str) -> list[Raw]:
    """A known instrument named by its short title alone in title marks, as the Organization's
    Chinese texts name it after its full title or in its stead ("《宪章》第四十一条": the Charter
    of the United Nations, its article the pinpoint); none where the text names in title marks
    another instrument whose title ends with that short title ("《非洲人权和民族权宪章》": "《宪章》"
    is that one's)."""
    forms = _short_titles(scope)
    if forms is None:
        return []
    alone, ending, keys = forms
    found = list(alone.finditer(text))
    if not found:
        return []
    names = lexicon.load().instrument_names
    other = {
        short
        for t in ending.finditer(text)
        for short in keys
        if t.group("title").endswith(short)
        and t.group("title") != short
        and names.get(fold(t.group("title"))) != keys[short]
    }
    out = []
    for m in found:
        if m.group("short") in other or _draft_of(text, m.end("short"), scope):
            continue
        raw = Raw(m.start("short"), m.end("short"), "instrument", instrument=keys[m.group("short")])
        raw.rule = "a known instrument's short title alone in its title marks"
        if pat.pin_after is not None and (pa := pat.pin_after.match(text, m.end())) is not None:
            raw.pinpoint = WS_RUN.sub(" ", pa.group())
        out.append(raw)
    return out


@functools.lru_cache(maxsize=16)
def _head_date(scope: str) -> re.Pattern[str] | None:
    """A title's head word, then the date of the treaty's adoption after a date's one-word
    preposition (``grammar.date_intro``), the rest of the title after it: "la Convention du 28
    juillet 1951 relative au statut des réfugiés", "the Convention of 20 November 1989 on …"."""
    langs = lexicon.scope(scope)
    intro = [w for w in lexicon.gather("grammar.date_intro", langs) if w.isalpha()]
    if not intro:
        return None
    # (… or its year alone after a preposition of three letters at most: "la Convención de 1997 sobre
    # la prohibición …", "la Convention de 1954 relative au …": undated, the year is no day)
    # (… each space perhaps a line's end, as a title set over lines breaks it: "el Acuerdo de\n1995
    # sobre la aplicación …")
    # (… its preposition in capitals in a title set in capitals: "CONVENTION DU 28 JUILLET 1951 …")
    ws = r"(?:[ \t]*+\n[ \t]*+|[ \t]++)"
    return recache.compile(
        rf"[^\W\d_][\w\-]*+(?P<gap>{ws}(?:(?i:{alternation(intro)}){ws}(?:{date_regex(langs)})"
        rf"|(?P<year_of>[^\W\d_]{{1,3}}{ws}(?:19|20)\d\d)))"
        rf"{ws}(?=\w)"
    )


def _dated_title(pat: Patterns, text: str, start: int, scope: str) -> Raw | None:
    """The instrument whose title is written with its date after its head word
    (:func:`_head_date`), read as the title without it, dated; None where none is."""
    head = _head_date(scope)
    d = head.match(text, start) if head is not None else None
    if d is None:
        return None
    lead = text[start : d.start("gap")]
    probe = lead + text[d.end("gap") : d.end("gap") + 400]
    m = pat.instrument.match(probe)
    key = lexicon.load().instrument_names.get(fold(m.group())) if m is not None else None
    if m is None or key is None or m.end() <= len(lead) or _within_title(pat, text, d):
        return None
    raw = Raw(start, d.end("gap") + m.end() - len(lead), "instrument", instrument=key)
    raw.date = None if d.group("year_of") else parse_date(d)
    raw.rule = "a treaty's title with its date after its head word"
    return raw


@functools.lru_cache(maxsize=1)
def _protocol_treaty() -> dict[str, str]:
    """Protocol key -> the key of its treaty, for a protocol of one treaty
    (:func:`lexicon.treaty_protocols` read the other way)."""
    out: dict[str, str] = {}
    for treaty, protocols in lexicon.treaty_protocols().items():
        for p in protocols:
            out[p] = "" if p in out else treaty
    return {p: t for p, t in out.items() if t}


@functools.lru_cache(maxsize=16)
def shared_title_head(scope: str) -> re.Pattern[str] | None:
    """The noun of a treaty that shares its protocol's title, before a list word and the protocol's
    name, its year perhaps after it and the protocol's year perhaps before the name ("the 1951
    Convention and 1967 Protocol relating to …", "la Convention de 1951 et au Protocole de 1967
    relatifs au …"; ``grammar.treaty_sharing_title``), up to the name."""
    langs = lexicon.scope(scope)
    nouns = lexicon.gather("grammar.treaty_sharing_title", langs)
    if not nouns:
        return None
    list_and = alternation(lexicon.gather("grammar.list_and", langs))
    # (the Organization's name after the noun, its preposition and article before it: "la
    # Convention des Nations Unies de 1951 et au Protocole de 1967 relatifs au …")
    org = alternation(lexicon.gather("heading.organisation", langs))
    # (an article or a preposition fused with it before the protocol's name, or both: "the", "le",
    # "au", "al", "to the")
    # (… or the list word glued to the protocol's name, where the language writes it as a clitic:
    # Arabic "اتفاقية عام 1951 وبروتوكول عام 1967 الخاصين بوضع اللاجئين"; its year after a
    # preposition of four letters, "لعام 1951")
    clitics = set(lexicon.gather("grammar.clitics", langs))
    glued = [w for w in lexicon.gather("grammar.list_and", langs) if w in clitics]
    glued_and = f"|{alternation(glued)}" if glued else ""
    return recache.compile(
        rf"(?<![^\W\d_])(?P<noun>{alternation(nouns)})(?:[ \t]++(?:[^\W\d_]{{1,3}}[ \t]++){{1,2}}{org})?"
        rf"(?:[ \t]++(?:[^\W\d_]{{1,4}}[ \t]++)?(?:19|20)\d\d)?"
        rf"\s++(?:(?:{list_and})\s++(?:(?:[^\W\d_]{{1,3}}\s++){{1,2}}|[^\W\d_]['\u2019]\s*+)?(?:(?:19|20)\d\d\s++)?"
        rf"{glued_and})$"
    )


def _treaty_sharing_title(text: str, start: int, key: str, scope: str) -> Raw | None:
    """The treaty of the protocol named at ``start`` by a title the two share, its noun alone
    before the protocol's name ("the 1951 Convention and 1967 Protocol relating to the Status of
    Refugees": the Convention too, its noun the mention), or None."""
    treaty = _protocol_treaty().get(key)
    head = shared_title_head(scope) if treaty else None
    if treaty is None or head is None:
        return None
    b = head.search(text, max(0, start - 60), start)
    if b is None:
        return None
    raw = Raw(b.start("noun"), b.end("noun"), "instrument", instrument=treaty)
    raw.rule = "a treaty's noun before its protocol's name, the two sharing the title"
    return raw


def _marker_at(pat: Patterns, text: str, seg: Segments, pos: int) -> int | None:
    """The footnote a marker at ``pos`` points to, if any."""
    mk = pat.marker.match(text, pos)
    if mk:
        digits = (
            mk.group("sup")
            or mk.group("glued")
            or mk.group("sp")
            or mk.group("book")
            or mk.group("par")
            or mk.group("wrap")
        )
        if digits:
            n = int(digits.translate(SUPER_TO_DIGIT))
            if n in seg.footnotes:
                return n
    return None


def _protocols_named(
    pat: Patterns, text: str, seg: Segments, m: re.Match[str], end: int, keys: tuple[str, ...]
) -> list[Raw]:
    """The protocols of the treaty whose name ``m`` is, named in the plural before the name ("the
    Optional Protocols to the Convention …", "Факультативные протоколы к Конвенции …") or, in a
    script that writes it there, after it ("《儿童权利公约》各项任择议定书"): all of them, or those a
    note after the words cites (see :func:`_protocols_thereto`); none where no such words stand."""
    start = -1
    if pat.protocols_to is not None and (
        b := pat.protocols_to.search(text, max(0, m.start() - 80), m.start())
    ):
        start = b.start()
    elif pat.protocols_after is not None and (a := pat.protocols_after.match(text, end)):
        start, end = m.start(), a.end()
    if start < 0:
        return []
    note = _marker_at(pat, text, seg, end)
    if note is not None:
        fn = seg.footnotes[note]
        keys = _cited_in(keys, text[fn.start : fn.end])
    out = []
    for k in keys:
        raw = Raw(start, max(end, m.end()), "instrument", instrument=k)
        raw.marker = note
        raw.rule = "a treaty's protocols named by reference with its name"
        out.append(raw)
    return out


def _protocols_thereto(pat: Patterns, text: str, seg: Segments, pos: int, keys: tuple[str, ...]) -> list[Raw]:
    """The protocols of a treaty named by reference just after it ("… and the Optional Protocol
    thereto", "… y sus Protocolos Facultativos"): the plural's all of them, the singular's the
    one (none where the treaty has several); a note after the words keeps those whose volume it
    cites ("vols. 1577 and 2171, No. 27531": not the protocol of 2011 a note of 2005 could not
    cite)."""
    many = pat.protocols_thereto.match(text, pos) if pat.protocols_thereto is not None else None
    one = (
        None
        if many
        else (pat.protocol_thereto.match(text, pos) if pat.protocol_thereto is not None else None)
    )
    m = many or one
    if m is None:
        return []
    note = _marker_at(pat, text, seg, m.end())
    if note is not None:
        fn = seg.footnotes[note]
        keys = _cited_in(keys, text[fn.start : fn.end])
    if one and len(keys) != 1:
        return []
    out = []
    for k in keys:
        raw = Raw(m.start("words"), m.end(), "instrument", instrument=k)
        raw.marker = note
        raw.rule = "a treaty's protocol named by reference after it"
        out.append(raw)
    return out


def _unts_volume(key: str) -> str | None:
    """The Treaty Series volume of a known instrument ("UNTS/2131/20378" -> "2131"); None for one
    the Series does not hold (a protocol of the ILO's)."""
    target = lexicon.instruments_table()[key].target
    return target.split("/")[1] if target.startswith("UNTS/") else None


def _cited_in(keys: tuple[str, ...], note: str) -> tuple[str, ...]:
    """Those of ``keys`` whose Treaty Series volume ``note`` cites (one without a volume kept),
    or all of them where it cites none."""
    cited = tuple(k for k in keys if (v := _unts_volume(k)) is None or re.search(rf"(?<!\d){v}(?!\d)", note))
    return cited or keys


def _glued_inside_title(text: str, start: int) -> bool:
    """Is the name at ``start``, glued to a letter before it (a script without spaces), inside
    a title mark opened before that letter ("《阿拉伯反腐败公约》": another instrument's title)?"""
    if start == 0 or not text[start - 1].isalpha():
        return False
    lo = max(0, start - 100)
    return text.rfind("\u300a", lo, start) > text.rfind("\u300b", lo, start)


#: no letter: what may stand on a line before a title written in capitals (a list's mark, a quote)
_NO_LETTER = recache.compile(r"[\W\d_]*+")


def _caps_inside_line(text: str, m: re.Match[str]) -> bool:
    """Is the name ``m`` written in capitals after other words of its line, inside a longer title
    in capitals ("ACUERDO EN EL MARCO DE LA CONVENCIÓN DE LAS NACIONES UNIDAS SOBRE …")? A title in
    capitals is read where it opens its line, as a gazette's list of treaties sets it."""
    name = m.group()
    if name != name.upper() or name == name.lower() or not any(c.isspace() for c in name):
        return False  # (an acronym, "CRPD", stands anywhere)
    line_start = text.rfind("\n", 0, m.start()) + 1
    return _NO_LETTER.fullmatch(text, line_start, m.start()) is None


def _within_title(pat: Patterns, text: str, m: re.Match[str]) -> bool:
    """Is the name ``m`` part of another instrument's title ("the Agreement under the United
    Nations Convention on the Law of the Sea on …", "Protocol …, supplementing the …")?"""
    if pat.within_title is not None and pat.within_title.search(text, max(0, m.start() - 100), m.start()):
        return True
    return pat.within_title_after is not None and pat.within_title_after.match(text, m.end()) is not None


__all__ = [
    "find_ibids",
    "find_instruments",
    "find_treaties",
    "parse_date",
    "patterns",
    "phrase_re",
]
