"""Find, document symbols: whole symbols, their parts, ranges and lists of elements, and symbols in links."""

from __future__ import annotations

import functools
import re

from ..grammar import lexicon, recache
from ..grammar.council import council_number, sc_year_plausible
from ..grammar.dates import day_month_regex, listed_sent_noun, parse_date, search_dated
from ..grammar.lexicon import (
    CJK,
    alternation,
    fold,
)
from ..grammar.retools import required_text
from ..grammar.rules import SENDER_FIGURE, Patterns, patterns
from ..grammar.shapes import list_goes_on
from ..grammar.symbols import link_symbols, symbol_as_own
from ..grammar.verbs import code_noun_before, document_label_before
from ..ids import NUMBERED_ELEMENTS
from ..read.stop import STOP
from .find_base import (
    FINAL_EL,
    HAS_DIGIT,
    RANGE_BUDGET,
    RANGE_SPAN,
    WS_RUN,
    Raw,
    full,
    max_mentions,
    range_note,
    range_span,
)
from .find_council import (
    COUNCIL_SYMBOL,
    MEETING_PART,
    WORD_NEXT,
    council_list_after,
    council_marked_after,
    more_council,
)
from .find_dates import (
    CODE_NOUN_REACH,
    CODE_SHAPE,
    LABEL_REACH,
    bracket_date_ending,
    dated_by,
    dates_before,
    legal_chain,
)
from .find_tables import symbol_row_date
from .heading import symbol_part
from .segment import Segments
from .symbols import ADOPTED_TEXT, combined_report_end, whole_symbol

#: the next part's letter after a symbol's first ("A/RES/54/54 A and B", "… A to C")
_HAN = recache.compile(r"[\u3001\u3400-\u9fff]")
#: An adopted text's symbol up to its number: the series a table's rows share ("A/RES/", "S/RES/")
_ROW_SERIES = recache.compile(r"[^/\s]+(?:/[^/\s]+)*?/(?:RES|DEC|PRST)/")
_NEXT_PART = recache.compile(r"([A-H])(?!(?![\u3400-\u9fff])\w|[/(])")


def _more_symbol_parts(text: str, first: re.Match[str], sym: str, pat: Patterns) -> list[Raw]:
    """The parts after the first letter of a lettered symbol ("A and B", "A to C", "A, B and
    C"), each a symbol of its own."""
    out: list[Raw] = []
    lo, at = first.group(1), first.end()
    while True:
        nxt = _NEXT_PART.search(text, at, min(len(text), at + 12))
        if nxt is None:
            return out
        gap = text[at : nxt.start()]
        hi = nxt.group(1)
        if lo >= hi:
            return out
        if pat.range_gap.fullmatch(gap):
            letters = [chr(c) for c in range(ord(lo) + 1, ord(hi) + 1)]
        elif gap.strip() and (
            pat.separator.fullmatch(gap)
            # (a list word glued to the letters in a script without spaces: "A和B号", "A、B")
            or (_HAN.search(gap) is not None and pat.separator.fullmatch(f" {gap.strip()} "))
        ):
            letters = [hi]
        else:
            return out
        out.extend(Raw(nxt.start(), nxt.end(), "symbol", symbol=f"{sym}{x}") for x in letters)
        lo, at = hi, nxt.end()


def find_symbols(
    text: str, seg: Segments, notes: list[str] | None = None, cap: int | None = None
) -> list[Raw]:
    """Document symbols and the lists and ranges of them (``cap``: the mention limit, else
    :func:`max_mentions`)."""
    pat = patterns(seg.scope)
    out: list[Raw] = []
    range_budget = RANGE_BUDGET
    prev_sym, prev_end = "", -1
    cap = max_mentions() if cap is None else cap
    pending: dict[int, str] = {}  # the dates of symbols later in a bracket, by their start
    matches = seg.symbol_matches
    for idx, m in enumerate(matches):
        if STOP.on or full(out, cap, notes):  # the time budget ran out, or the mention limit
            break
        s, e = m.span("sym")
        sym = m.group("sym")
        if not HAS_DIGIT.search(sym) or seg.in_masthead(s):
            continue
        if CODE_SHAPE.fullmatch(sym) and code_noun_before().search(text, max(0, s - CODE_NOUN_REACH), s):
            continue  # "flight A/320", "le lot S/12/2019": a code of a thing, no document
        # a footnote digit glued to the symbol's end is not part of it when a footnote says so
        # (the words of its bracket as the symbol writes them: "A/79/6 (Secc. 24)" is "(Sect. 24)")
        if (ce := combined_report_end(text, sym, e)) != e:
            # "CRC/C/FRA/CO/6-7", "CEDAW/C/ARG/7-9": a treaty body's symbol of combined reports
            # (one document, its numbers joined), no range of documents, however many reports it
            # combines ("CRC/C/FRA/CO/6-10", "CERD/C/SLE/4-20")
            sym, e = sym + text[e:ce], ce
        while not ADOPTED_TEXT.search(sym) and (
            (se := _SPACED_ELEMENT.match(text, e)) is not None
            or (se := _POINTLESS_ELEMENT.match(text, e)) is not None
        ):
            # "A/65/L.26 Rev.1", "A/HRC/41/36 Corr. 1": a final element a copy set off by a blank
            # instead of its slash is a document's (the revision, not the text it revises); an
            # adopted text's symbol has none ("A/RES/71/54 Add.1 on …": read as before)
            sym, e = f"{sym}/{se.group(1)}.{se.group(2)}", se.end()
        raw = Raw(s, e, "symbol", symbol=symbol_as_own(sym))
        more_parts: list[Raw] = []
        pm = symbol_part(text, e, sym, seg.scope)
        if pm is not None:
            # "A/RES/54/54 B", "A/RES/54/54 A and B": the lettered parts' own ids (ids.md: A/RES/53/77A)
            raw.symbol = f"{raw.symbol}{pm.group(1)}"
            more_parts = _more_symbol_parts(text, pm, sym, pat)
            raw.end = pm.end()
            e = more_parts[-1].end if more_parts else pm.end()
        if prev_end >= 0 and s - prev_end <= 12 and pat.range_gap.fullmatch(text, prev_end, s):
            # "S/2023/401 to S/2023/403": the symbols between two of one series
            range_budget = _symbol_range(prev_sym, raw, out, range_budget, notes)
        prev_sym, prev_end = sym, e
        out.append(raw)
        out.extend(more_parts)
        if text.startswith(",", e) and (sp := pat.symbol_pin.match(text, e)) is not None:
            raw.pinpoint = WS_RUN.sub(" ", sp.group("pin"))  # "(A/78/250, paras. 12–19)"
        if pending and s in pending:
            raw.date = pending.pop(s)
            raw.evidence.append("dates before the bracket, in order")
        elif s and (
            text[s - 1] == "("
            or (
                text[s - 1] in " \t\n"
                and text.rfind("(", max(0, s - 8), s) >= 0  # (a bracket at all: a look without a match)
                and _OPEN_BRACKET_CUT.search(text, max(0, s - 8), s)
            )
        ):
            # "the statement by its President of 8 March 2016 (S/PRST/2016/3)": the date is the symbol's
            db = search_dated(pat.date_before, text, max(0, s - 60), s)
            if db is None and pat.date_noun_before is not None:
                db = search_dated(pat.date_noun_before, text, max(0, s - 40), s)
            if db is None and pat.date_gap_before is not None:
                # "заявление, сделанное Председателем … от имени Совета 5 марта 2024 года (S/PRST/2024/3)"
                db = search_dated(pat.date_gap_before, text, max(0, s - 160), s)
            far = max(0, s - 260)
            if db is None and pat.date_far_before is not None and _far_link_after_year(text, far, s, pat):
                db = search_dated(pat.date_far_before, text, far, s)
                if db is not None and _day_month_between(text, db.start(), s, pat, seg.scope):
                    # "Letter dated 27 June 2011 from …⏎… your letter dated 23 June (S/2011/396)": the
                    # heading's date is its own; the symbol's is the nearer one, its year unwritten
                    db = None
            if db:
                dated_by(raw, db, "date before the symbol")
                if raw.date is not None:
                    _bracket_dates(text, matches, idx, db, raw, pat, pending)
                    _joint_symbol_date(text, matches, idx, e, raw.date, pending)
        if raw.date is None and pat.post_noun is not None and s and ADOPTED_TEXT.search(sym):
            # a language that writes the noun after the number writes an adopted text's date
            # before it, glued to the symbol ("2000年12月4日A/RES/55/12 A和B号决议")
            glued = None
            for d in pat.date.finditer(text, max(0, s - 24), s):
                glued = d
            if (
                glued is not None
                and (glued.end() == s or text[glued.end() : s].strip() in adopted_date_link(seg.scope))
                and (date := parse_date(glued)) is not None
            ):
                # (… or joined to it by the words that join a date to a number after it:
                # "2015年6月19日通过的A/RES/69/292号决议", "大会2015年6月19日的A/RES/69/292号决议")
                raw.date = date
                raw.evidence.append("date written before the symbol")
            elif (
                pat.date_noun_before is not None
                and (dn := search_dated(pat.date_noun_before, text, max(0, s - 40), s)) is not None
                and (date := parse_date(dn)) is not None
            ):
                # … or before the text's noun, the symbol glued to it ("主席2019年5月14日的声明S/PRST/2019/4")
                raw.date = date
                raw.evidence.append("date before the noun the symbol is glued to")
        if (
            raw.date is None
            and pat.post_noun is not None
            and s
            and not ADOPTED_TEXT.search(sym)
            and (na := noun_after_symbol(seg.scope)) is not None
            and (nm := na.match(text, e)) is not None
        ):
            # a language that writes the document's noun after its symbol and number mark writes
            # its date glued before the symbol (zh "2019年1月3日S/2019/1号文件"; not joined by "的", as
            # for an adopted text)
            # or in brackets after the noun ("S/2019/1号文件(2019年1月3日)"); nothing else between
            glued = None
            for d in pat.date.finditer(text, max(0, s - 24), s):
                glued = d
            if glued is not None and (
                glued.end() == s or text[glued.end() : s].strip() in date_link_symbol(seg.scope)
            ):
                # (… or joined to it by the language's particle: "2019年1月3日的S/2019/1号文件")
                dated_by(raw, glued, "date written before the symbol")
            elif (pd := pat.paren_date.match(text, nm.end())) is not None:
                dated_by(raw, pd, "date in brackets after the symbol's noun")
        if raw.date is None and ("(" in text[e : e + 2] or "[" in text[e : e + 2]):
            # "A/RES/60/1 (24 October 2005)", "S/RES/1325 (Oct. 31, 2000)", "A/RES/60/1 [24 October
            # 2005]": the date in brackets
            pd = pat.paren_date.match(text, e)
            if pd:
                dated_by(raw, pd, "date in brackets after the symbol")
        # the document's label ("UN Doc") just before the symbol, searched once for both rules
        # that read it (this one and the OSCOLA one below)
        looked = raw.date is None and text.startswith(",", e)
        lb = document_label_before().search(text, max(0, s - LABEL_REACH), s) if looked else None
        if (
            lb is not None
            and (ch := legal_chain(pat.date.pattern, pat.date.flags).match(text, e)) is not None
            and text.startswith("(", ch.start("chain_end"))
            and pat.chain_break.search(text, ch.start(), ch.start("chain_end")) is None
        ):
            # the Bluebook's "U.N. Doc. A/4684, at 66 (Dec. 14, 1960)": the bracket of the date
            # that ends the citation, past the page, is the document's (no other symbol between)
            dated_by(raw, ch, "date that ends the legal citation")
        dated_end = -1  # where the date written after an adopted text's symbol ends
        if raw.date is None and ADOPTED_TEXT.search(sym):
            # "A/RES/70/1 of 25 September 2015", "S/RES/2467 du 23 avril 2019": an adopted text's
            # date after its symbol (the year of a Council resolution written without one), also
            # past the body's name ("A/RES/60/1 de la Asamblea General, de 24 de octubre de 2005")
            tail = pat.item_tail.match(text, e)
            if tail and tail.group("date"):
                dated_by(raw, tail, "date after the symbol")
                dated_end = tail.end("date")
            elif (td := pat.title_date.match(text, tail.end() if tail else e)) is not None:
                # "A/RES/66/288 de la Asamblea General, «El futuro que queremos», de 27 de julio de
                # 2012": the date after the text's title in quotes (past the body's name)
                dated_by(raw, td, "date after the title in quotes")
                dated_end = td.end()
            elif text.startswith(",", e) or text.startswith(" (", e):
                # legal styles: "S/RES/1325 (2000), 31 de octubre de 2000" — a date after a bare
                # comma that ends the clause (past the Council's year in brackets)
                yb = _YEAR_BRACKET.match(text, e)
                cd = pat.comma_date.match(text, yb.end() if yb is not None else e)
                if cd:
                    dated_by(raw, cd, "date after a comma")
        elif raw.date is None and text.startswith(" ", e):
            # any other document's date written straight after its symbol with the preposition
            # of a date ("ST/SGB/2011/4 of 18 March 2011", "S/2016/231 du 8 mars 2016"):
            # nothing between them (no body, short name or pinpoint: the date is the document's)
            if (tail := _date_alone(text, e, pat)) is not None:
                dated_by(raw, tail, "date after the symbol")
                _share_date(text, e, raw, out, seg.scope)
        elif (
            raw.date is None
            and text.startswith(",", e)
            and comma_date_link(seg.scope).match(text, e) is not None
            and (tail := _date_alone(text, e, pat)) is not None
        ):
            # the same set off by a comma where the language writes it so (es "S/2019/1, de 3 de
            # enero de 2019"), or by the words that give the date to the whole list before it
            # ("S/2019/1 and S/2019/3, both of 3 January 2019", "…, tous deux du …", "…, ambos de …")
            dated_by(raw, tail, "date after the symbol")
            _share_date(text, e, raw, out, seg.scope)
        elif (
            raw.date is None
            and text.startswith(". ", e)
            and (listed := listed_sent_noun(lexicon.scope(seg.scope))) is not None
            and (ln := listed.match(text, e)) is not None
            and (tail := _date_alone(text, ln.end(), pat)) is not None
        ):
            # a list's entry after the symbol, the noun of a letter, note or report opening it,
            # then the date ("S/9114. Letter of 6 May 1969 from …"): that document's date
            dated_by(raw, tail, "date of the listed document after its symbol")
        if (
            raw.date is None
            and s > LABEL_REACH
            and ADOPTED_TEXT.search(sym)
            and (lb := lb if looked else document_label_before().search(text, s - LABEL_REACH, s)) is not None
            and (
                bd := bracket_date_ending(pat.date.pattern, pat.date.flags).search(
                    text, max(0, lb.start() - 48), lb.start()
                )
            )
        ):
            # OSCOLA: "UNGA 'Title' (13 September 2007) UN Doc A/RES/61/295" — the date in brackets
            # right before the document's label is the adopted text's
            dated_by(raw, bd, "date in brackets before the document label")
        if (series := _ROW_SERIES.match(sym)) is not None and (
            rd := symbol_row_date(text, s, e, series.group(), pat)
        ) is not None:
            # a table's row led by the adopted text's symbol ("A/RES/79/1 | Title | 22 September
            # 2024"): the date of its date cell (not the row's above, which ends right before it)
            raw.date = rd
            raw.evidence = [x for x in raw.evidence if not x.startswith("date")]
            raw.evidence.append("date cell of the row the symbol leads")
        if raw.date is not None:
            # "A/RES/55/12 A and B of 4 December 2000": the date of every part
            for p in more_parts:
                p.date = raw.date
                p.evidence.append("the date of the parts together")
        # "A/50/630 and Corr.1", "A/61/L.37 et Add.1", "A/50/141 and Corr.2 and Add.1 to 3"
        fa = pat.final_and.match(text, e)
        if fa:
            range_budget = _element_chain(text, sym, fa, pat, out, range_budget, notes)
            continue
        # "A/HRC/40/L.1-L.3", "A/C.3/74/L.10 a L.12": a range of the last element, its kind repeated
        kr = _kind_range(text, sym, e, pat, out, range_budget, notes)
        if kr is not None:
            # … and the list goes on after it ("SR.4-SR.7 and 12", "L.1-L.3 and L.5")
            range_budget, kr_end, kr_sym = kr
            kr_end, kr_sym = _element_list(text, kr_sym, kr_end, pat, out) or (kr_end, kr_sym)
            range_budget = _short_list(text, kr_sym, kr_end, pat, out, range_budget)
            continue
        # "A/C.3/71/L.9, L.10 and L.11": the same last element, other numbers (and a short-form
        # list after them: "SR.4, SR.7 and 12")
        el_last = _element_list(text, sym, e, pat, out)
        if el_last is not None:
            range_budget = _short_list(text, el_last[1], el_last[0], pat, out, range_budget)
            continue
        # "A/AC.109/2015/L.3, 2016/L.3 and 2017/L.4": more of its last elements
        if text.startswith((",", " ", "\u3001"), e) and _trailing_list(text, sym, e, pat, out):
            continue
        # … also past the date of an adopted text ("A/RES/ES-11/1 of 2 March 2022 and 70/1")
        # (the date perhaps between commas: "A/RES/ES-11/1, de 2 de marzo de 2022, y 70/1")
        if dated_end > 0 and any(
            text.startswith((",", " ", "\u3001"), d) and _trailing_list(text, sym, d, pat, out)
            for d in (dated_end, dated_end + 1 if text.startswith(",", dated_end) else -1)
            if d > 0
        ):
            continue
        # … and the Council's bare numbers past the date of its resolution's symbol
        # ("S/RES/2334 of 23 December 2016 and 2250", "S/RES/2171 of 21 August 2014, 2250 and 2419")
        if (
            dated_end > 0
            and raw.date
            and COUNCIL_SYMBOL.fullmatch(sym)
            and council_list_after(text, dated_end, raw.date, seg.scope, pat, out)
        ):
            continue
        # … written with the number's marks before the noun ("S/RES/2334号和第2250号决议")
        if COUNCIL_SYMBOL.fullmatch(sym) and council_marked_after(text, e, seg.scope, pat, out):
            continue
        # "A/59/668/Add.7 to Add.10"
        rm = FINAL_EL.search(sym)
        rt = pat.range_tail.match(text, e) if rm else None
        if rt and not rt.group("kind") and pat.date.match(text, rt.start("n")):
            rt = None  # "Add.3 to 5 June 2010": a date, not the end of a range
        if rm and rt and (rt.group("kind") or rm.group(1)).lower() == rm.group(1).lower():
            lo, hi = int(rm.group(2)), int(rt.group("n"))
            stem = sym[: rm.start()]
            range_note(lo, hi, range_span(), notes)
            if lo < hi <= lo + range_span():
                hi = min(hi, lo + range_budget)
                range_budget -= hi - lo
                for n in range(lo + 1, hi + 1):
                    out.append(
                        Raw(
                            rt.start("kind") if rt.group("kind") else rt.start("n"),
                            rt.end(),
                            "symbol",
                            symbol=f"{stem}/{rm.group(1)}.{n}",
                        )
                    )
            continue
        # "(A/C.3/57/SR.39, 47, 50 y 57)", "A/C.3/52/SR.4-7, 12 and 15", "(A/AC.109/2001,
        # 2003-2005 and 2009)": more of the last element, every member, ranges bounded (past the
        # letter of a meeting's part: "CEDAW/C/SR.1987 (A) and 1988")
        if text.startswith((" (", "("), e) and (part := MEETING_PART.match(text, e)) is not None:
            e = part.end()
        range_budget = _short_list(text, sym, e, pat, out, range_budget)
        # … and the Council's number with a date of its own after that list ("S/RES/2334 and
        # 2250 of 9 December 2015")
        if raw.date is None and sym.startswith("S/RES/") and COUNCIL_SYMBOL.fullmatch(sym):
            _council_dated_next(text, e, seg.scope, pat, out)
    return out


@functools.lru_cache(maxsize=16)
def _all_link(scope: str) -> re.Pattern[str]:
    """The words before a date that give it to every text of the list before them ("both of",
    "toutes deux du", "ambos de"; ``grammar.date_intro_all``), after a symbol's end."""
    words = lexicon.gather("grammar.date_intro_all", lexicon.scope(scope))
    return recache.compile(
        rf"[ \t]?,?[ \t]?(?:{alternation(words) if words else '(?!)'})[ \t]", re.IGNORECASE
    )


@functools.lru_cache(maxsize=16)
def comma_date_link(scope: str) -> re.Pattern[str]:
    """A comma after a symbol, then the words that open its date where a language sets the date
    off by a comma (``grammar.symbol_date_comma``: es "de") or gives it to the whole list
    (``grammar.date_intro_all``)."""
    langs = lexicon.scope(scope)
    words = lexicon.gather("grammar.symbol_date_comma", langs) + lexicon.gather(
        "grammar.date_intro_all", langs
    )
    return recache.compile(rf",[ \t]?(?:{alternation(words) if words else '(?!)'})[ \t]", re.IGNORECASE)


@functools.lru_cache(maxsize=16)
def noun_after_symbol(scope: str) -> re.Pattern[str] | None:
    """A document's number mark and noun written after its symbol (zh "号文件"; the language's
    ``grammar.symbol_noun_after``), else None."""
    words = lexicon.gather("grammar.symbol_noun_after", lexicon.scope(scope))
    return recache.compile(alternation(words)) if words else None


@functools.lru_cache(maxsize=16)
def adopted_date_link(scope: str) -> frozenset[str]:
    """The words that may join a date to an adopted text's symbol after it, as to its number (zh
    "通过的", "的"; the language's ``grammar.date_link``)."""
    return frozenset(lexicon.gather("grammar.date_link", lexicon.scope(scope)))


@functools.lru_cache(maxsize=16)
def date_link_symbol(scope: str) -> frozenset[str]:
    """The particles that may join a date to the symbol after it, its noun after the symbol (zh "的";
    the language's ``grammar.symbol_date_link``)."""
    return frozenset(lexicon.gather("grammar.symbol_date_link", lexicon.scope(scope)))


#: Between two symbols of one list: a comma or a list word ("S/2019/1, S/2019/2 and S/2019/3")
_LIST_GAP_MOST = 8


def _share_date(text: str, e: int, raw: Raw, out: list[Raw], scope: str) -> None:
    """Where the words of ``raw``'s date give it to the whole list ("…, both of …"), the undated
    symbols listed right before ``raw`` (a comma or a list word between each) take it too."""
    if raw.date is None or _all_link(scope).match(text, e) is None:
        return
    joins = _list_join(scope)
    i = len(out) - 1
    while i >= 0 and out[i] is not raw:
        i -= 1
    nxt = raw
    for prev in reversed(out[:i]):
        if (
            prev.kind != "symbol"
            or prev.date is not None
            or not 0 < nxt.start - prev.end <= _LIST_GAP_MOST
            or joins.fullmatch(text, prev.end, nxt.start) is None
        ):
            break
        prev.date = raw.date
        prev.evidence.append("date of the whole list after it")
        nxt = prev


@functools.lru_cache(maxsize=16)
def _list_join(scope: str) -> re.Pattern[str]:
    """A comma or a list word between two symbols of a list, blanks around."""
    words = lexicon.gather("grammar.list_and", lexicon.scope(scope))
    return recache.compile(rf"[ \t]*(?:,|{alternation(words)})(?:[ \t]*(?:{alternation(words)}))?[ \t]*")


def _date_alone(text: str, pos: int, pat: Patterns) -> re.Match[str] | None:
    """The words of a date at ``pos`` ("of 18 March 2011", "du 3 juin 2016") with nothing else
    of a number's tail between (no body, short name or pinpoint), else None."""
    tail = pat.item_tail.match(text, pos)
    if tail is None or not tail.group("date") or tail.group("body") or tail.group("gen") or tail.group("pin"):
        return None
    return tail


def _council_dated_next(text: str, e: int, scope: str, pat: Patterns, out: list[Raw]) -> bool:
    """After the Council's symbol without its year or date (ending at ``e``) and the short list
    after it, one more number with a date written after it ("S/RES/2334 and 2250 of 9 December
    2015"): the Council's resolution of that date, and the list goes on past the date as after a
    dated symbol. Not a year ("… and 2017 of …"), nor a number another body's name follows.
    Whether one was read."""
    more = council_number(scope).more
    if more is None:
        return False
    sl = pat.short_list.match(text, e)
    m = more_council(text, sl.end() if sl is not None else e, more, pat)
    if m is None or _YEAR_LIKE.fullmatch(m.group("n")):
        return False
    tail = pat.item_tail.match(text, m.end())
    if tail is None or not tail.group("date"):
        return False
    lex = lexicon.load()
    if (tail.group("body") and lex.body_names.get(fold(tail.group("body"))) != "SC") or (
        tail.group("gen") and lex.generic_names.get(fold(tail.group("gen"))) != _COUNCIL_GENERIC
    ):
        return False  # "… and 2250 of the Human Rights Council of 9 December 2015": that body's
    raw = Raw(m.start("n"), m.end("n"), "symbol", symbol=f"S/RES/{m.group('n')}")
    raw.rule = "Security Council number without its year"
    raw.evidence.append("list after the Council's symbol, the number's own date")
    raw.date = parse_date(tail)
    if raw.date is None or not sc_year_plausible(int(m.group("n")), int(raw.date[:4])):
        return False  # "… and 2250 of 9 December 2003": the date is no date of that number
    out.append(raw)
    council_list_after(text, tail.end("date"), raw.date, scope, pat, out)
    return True


#: The kind of the Security Council's short name ("the Council"), the one a number's tail may name
_COUNCIL_GENERIC = "council"


#: Most elements read after one symbol ("A/50/141 and Corr.2, Add.1 and Add.2" has three)
_CHAIN_MOST = 20


def _element_chain(
    text: str,
    base: str,
    fa: re.Match[str],
    pat: Patterns,
    out: list[Raw],
    budget: int,
    notes: list[str] | None,
) -> int:
    """The elements written after the symbol ``base`` ("and Corr.1", ", Add.1 and Add.2"), the
    first matched by ``fa``: each is of ``base`` (or, of the kind ``base`` ends with, its
    sibling), with more of the same number after it ("Corr.1 and 2", "Add.1, 2 and 3") or a
    range ("Add.1 to 3", "Add.1 to Add.3", "Add.1-3"); returns the range budget left."""
    sym = base
    last = FINAL_EL.search(sym)
    for _ in range(_CHAIN_MOST):
        el = fa.group("el")
        # an element of the kind the symbol ends with is its sibling ("A/50/630/Add.1 and Add.2":
        # A/50/630/Add.2); of another kind, the symbol's own ("A/50/631/Rev.1 and Corr.1")
        head = el.partition(".")[0]
        base = sym[: last.start()] if last is not None and last.group(1).lower() == head.lower() else sym
        out.append(Raw(fa.start("el"), fa.end("el"), "symbol", symbol=f"{base}/{el}"))
        # … itself revised or corrected ("and Add.2/Corr.1"): more of its last element after it
        # are that element's ("… and Add.2/Corr.1 and 2": A/50/630/Add.2/Corr.2)
        inner, _, final = el.rpartition("/")
        if inner:
            base = f"{base}/{inner}"
        kind, first = final.split(".")
        end = fa.end()
        more = pat.elliptic_tail.match(text, end)
        rt = None if more else pat.element_range.match(text, end)
        if more:  # "… and Corr.1 and 2", "… and Add.1, 2 and 3": more of the same element
            for num in re.finditer(r"\d{1,3}", more.group()):
                ns, ne = end + num.start(), end + num.end()
                out.append(Raw(ns, ne, "symbol", symbol=f"{base}/{kind}.{num.group()}"))
            end = more.end()
        elif (
            rt is not None
            and (rt.group("kind") or kind).lower() == kind.lower()
            and (rt.group("kind") or not pat.date.match(text, rt.start("n")))  # "Add.3 to 5 June 2010"
        ):
            lo, hi = int(first), int(rt.group("n"))
            range_note(lo, hi, range_span(), notes)
            if lo < hi <= lo + range_span():
                hi = min(hi, lo + budget)
                budget -= max(0, hi - lo)
                at = rt.start("kind") if rt.group("kind") else rt.start("n")
                for n in range(lo + 1, hi + 1):
                    out.append(Raw(at, rt.end(), "symbol", symbol=f"{base}/{kind}.{n}"))
            elif hi > lo:  # too long a range: its end alone
                out.append(Raw(rt.start("n"), rt.end(), "symbol", symbol=f"{base}/{kind}.{hi}"))
            end = rt.end()
        nxt = pat.final_and.match(text, end)
        if nxt is None:
            break
        fa = nxt
    return budget


#: Most symbols in one bracket after a single date that all take it
_ONE_DATE_MOST = 12


def _bracket_dates(
    text: str,
    matches: list[re.Match[str]],
    idx: int,
    db: re.Match[str],
    raw: Raw,
    pat: Patterns,
    pending: dict[int, str],
) -> None:
    """ "of 8 March 2016 and 15 May 2019 (S/PRST/2016/3 and S/PRST/2019/4)": a list of dates before
    a bracket that holds as many symbols, and nothing else — one date for each, in order (the
    first symbol's into ``raw``, the others' into ``pending``); else nothing is changed."""
    assert raw.date is not None and pat.date_list_end is not None and pat.bracket_joiner is not None
    first = pat.date.search(text, db.start(), db.end())
    dates = dates_before(text, first.start() if first is not None else db.start(), raw.date, pat)
    syms = [matches[idx]]
    for nm in matches[idx + 1 : idx + max(len(dates), _ONE_DATE_MOST) + 1]:
        if not pat.bracket_joiner.fullmatch(text, syms[-1].end("sym"), nm.start("sym")):
            break
        syms.append(nm)
    if len(dates) < 2 and len(syms) > 1 and text.startswith(")", syms[-1].end("sym")):
        # "its President's notes of 27 December 2019 (S/2019/990, S/2019/991 and S/2019/992)": one
        # date before a bracket of symbols alone is each one's
        for nm in syms[1:]:
            pending[nm.start("sym")] = raw.date
        return
    if len(dates) < 2:
        return
    syms = syms[: len(dates) + 1]
    if len(syms) != len(dates) or not text.startswith(")", syms[-1].end("sym")):
        return
    dates.reverse()
    raw.date = dates[0]
    raw.evidence.append("dates before the bracket, in order")
    for nm, date in zip(syms[1:], dates[1:], strict=True):
        pending[nm.start("sym")] = date


def _joint_symbol_date(
    text: str, matches: list[re.Match[str]], idx: int, end: int, date: str, pending: dict[int, str]
) -> None:
    """ "letters dated 3 May 2023 … (A/77/876-S/2023/321)": one document under the symbols of two
    organs, joined by a hyphen — the date before the bracket is the second symbol's too."""
    if idx + 1 < len(matches) and text.startswith(_JOINT_SYMBOL, end):
        nxt = matches[idx + 1].start("sym")
        if nxt == end + len(_JOINT_SYMBOL) and text.startswith(")", matches[idx + 1].end("sym")):
            pending.setdefault(nxt, date)


@functools.lru_cache(maxsize=8)
def _day_month(scope: str) -> re.Pattern[str]:
    """A day and its month written without their year (see :func:`day_month_regex`)."""
    return recache.compile(day_month_regex(lexicon.scope(scope)))


def _day_month_between(text: str, start: int, end: int, pat: Patterns, scope: str) -> bool:
    """Is a day and its month written without a year between the date that opens at ``start`` and
    ``end``: a nearer date, of the text at ``end``?"""
    first = pat.date.match(text, start)
    return _day_month(scope).search(text, first.end() if first else start + 1, end) is not None


def _far_link_after_year(text: str, lo: int, hi: int, pat: Patterns) -> bool:
    """Can ``pat.date_far_before`` match in ``text[lo:hi]``: is one of its link words ("from",
    "addressed to") after the stretch's last digit?  Each of its matches has one there (that
    digit is its date's last: what follows the date holds none) — looked for in the few
    characters after the digit, where the pattern is tried at every place of the 260 before a
    symbol's bracket (50 µs a symbol)."""
    if pat.date_far_link is None:
        return True
    last = _LAST_DIGIT.match(text, lo, hi)  # (the stretch's last digit, found from its end in C)
    d = last.end() - 1 if last is not None else lo - 1
    if d >= lo and (
        (c := _COUNCIL_NUMBER_END.search(text, max(lo, d - 12), d + 2)) is not None
        or (c := _SENDER_FIGURE_END.search(text, max(lo, d - 16), d + 1)) is not None
    ):
        # (a Council resolution in the sender's name, or another figure: "the Group of 77",
        # "resolution 60/251", "decision 2/CP.21": the date's year is before it, the link perhaps
        # after it in a language that names the sender first, "…第1718(2006)号决议所设委员会主席给")
        return pat.date_far_link.search(text, c.end(), hi) is not None or _far_link_after_year(
            text, lo, c.start(), pat
        )
    return d >= lo and pat.date_far_link.search(text, d + 1, hi) is not None


#: A bracket that a line's end parts from the symbol it opens on ("… 2016 (⏎S/PRST/2016/3)")
_OPEN_BRACKET_CUT = recache.compile(r"\([ \t]*+\n?[ \t]*+$")
_LAST_NUMBER = recache.compile(r"(?:/|\.)(\d{1,5})$")
#: a Council resolution's number and year ending where a letter's sender ends ("… resolution 1718 (2006)")
#: the text up to its last digit (a decimal digit, as ``str.isdecimal`` reads it: ``\d``)
_LAST_DIGIT = recache.compile(r"(?s:.*)\d")
_COUNCIL_NUMBER_END = recache.compile(r"(?<!\d)\d{1,4}[ \u00a0]?\((?:19|20)\d\d\)$")
_SENDER_FIGURE_END = recache.compile(rf"(?:{SENDER_FIGURE})$")
_JOINT_SYMBOL = "-"  # the hyphen between the symbols of one document of two organs ("A/77/876-S/2023/321")
_YEAR_BRACKET = recache.compile(r"(?: ?\((?:19|20)\d\d\))?")  # matches everywhere (maybe empty)
_LAST_ELEMENT = recache.compile(r"/([A-Z][A-Za-z]{0,4})\.(\d{1,4})$")
_ELEMENT = recache.compile(r"([A-Z][A-Za-z]{0,4})\.(\d{1,4})")
# … a member of a list of elements, revised or corrected ("L.5/Rev.1")
#: a symbol's final element after a blank instead of its slash (read by :func:`find_symbols`)
_SPACED_ELEMENT = recache.compile(rf"[ \u00a0]({NUMBERED_ELEMENTS})\.[ \u00a0]?(\d{{1,3}})(?![\w/]|[.,]\d)")
#: (… or after its slash, its number set off by a blank instead of the point: "A/S-23/10/Rev 1")
_POINTLESS_ELEMENT = recache.compile(rf"/({NUMBERED_ELEMENTS})[ \u00a0](\d{{1,2}})(?![\w/]|[.,]\d)")
_MEMBER = recache.compile(rf"([A-Z][A-Za-z]{{0,4}})\.(\d{{1,4}})((?:/(?:{NUMBERED_ELEMENTS})\.\d{{1,3}})*)")


#: (… its number may be followed by a word of a language written without spaces: "L.3号")
_KIND_NUMBER = recache.compile(rf"(?P<kind>[A-Z][A-Za-z]{{0,4}})\.(?P<n>\d{{1,4}})(?!(?![{CJK}])\w|/|\.\d)")
_DASH = recache.compile(r"[-\u2013\u2014]")


def _kind_range(
    text: str, sym: str, e: int, pat: Patterns, out: list[Raw], budget: int, notes: list[str] | None
) -> tuple[int, int, str] | None:
    """The members of a range after ``sym`` whose end repeats the kind of its last element
    ("A/HRC/40/L.1-L.3", "A/C.3/74/L.10 to L.12"), ranges bounded; the range budget left, where
    the range ends and the symbol it ends with, or None when no such range follows."""
    last = _LAST_ELEMENT.search(sym)
    if last is None:
        return None
    gap = _DASH.match(text, e) or pat.range_gap.match(text, e)
    m = _KIND_NUMBER.match(text, gap.end()) if gap is not None else None
    if m is None or m.group("kind") != last.group(1):
        return None
    lo, hi = int(last.group(2)), int(m.group("n"))
    stem = f"{sym[: last.start()]}/{last.group(1)}"
    range_note(lo, hi, range_span(), notes)
    if lo < hi <= lo + range_span():
        hi = min(hi, lo + budget)
        budget -= max(0, hi - lo)
        out.extend(Raw(m.start(), m.end(), "symbol", symbol=f"{stem}.{n}") for n in range(lo + 1, hi + 1))
    elif hi > lo:  # too long a range: its end alone
        out.append(Raw(m.start(), m.end(), "symbol", symbol=f"{stem}.{hi}"))
    return budget, m.end(), f"{stem}.{m.group('n')}"


def _element_list(text: str, sym: str, e: int, pat: Patterns, out: list[Raw]) -> tuple[int, str] | None:
    """The members of a list of elements after ``sym`` of the kind of its last one ("A/C.3/71/L.9,
    L.10 and L.11": A/C.3/71/L.10, A/C.3/71/L.11), each in place of that element; the list
    stops at an element of another kind.  Where the last member read ends and its symbol, or
    None when none was read."""
    last = _LAST_ELEMENT.search(sym)
    if last is None:
        return None
    el = pat.element_list.match(text, e)
    if el is None:
        return None
    stem, found = sym[: last.start()], None
    for m in _MEMBER.finditer(text, e, el.end()):
        if m.group(1) != last.group(1):
            break
        member = f"{stem}/{m.group(1)}.{m.group(2)}{m.group(3)}"
        raw = Raw(m.start(), m.end(), "symbol", symbol=member, rule="element list")
        raw.evidence.append(f"list after {sym}")
        out.append(raw)
        found = (m.end(), member)
    return found


_SESSION_DIGITS = recache.compile(r"(?:S-|ES-)?\d+")


def _element_shape(el: str) -> tuple[str, ...]:
    """What an element of a symbol is, for a list of trailing elements: a number (its width
    when it is a year's), a numbered element's kind ("L", "Add"), or the word itself."""
    if _SESSION_DIGITS.fullmatch(el):
        # (a session's number with or without its mark: "ES-11/1 and 70/1" are of one list)
        return ("n", "4" if len(el.rpartition("-")[2]) >= 4 else "")
    m = _ELEMENT.fullmatch(el)
    return ("el", m.group(1)) if m else ("w", el)


def _numbers(parts: list[str]) -> list[int]:
    return [int(n) for p in parts for n in re.findall(r"\d+", p)]


def _trailing_list(text: str, sym: str, e: int, pat: Patterns, out: list[Raw]) -> bool:
    """The members of a list of trailing elements after ``sym`` ("A/AC.109/2015/L.3, 2016/L.3
    and 2017/L.4", "A/HRC/40/L.2, 41/L.3"): each member takes the place of as many last
    elements of ``sym``, element for element of the same shape (a number for a number, "L.3"
    for "L.2"), and comes after the member before it; the list stops at the first that does
    not.  Whether any was read."""
    if sym.count("/") < 2:
        return False
    tl = pat.trailing_list.match(text, e)
    if tl is None:
        return False
    parts = sym.split("/")
    prev, found = parts, False
    for m in pat.trailing_member.finditer(text, e, tl.end()):
        new = m.group().split("/")
        k = len(new)
        if k >= len(parts) or any(
            _element_shape(a) != _element_shape(b) for a, b in zip(parts[-k:], new, strict=True)
        ):
            break
        member = parts[:-k] + new
        if _numbers(member[-k:]) <= _numbers(prev[-k:]):
            break  # a list runs upwards: "A/74/189, 2/3" is no member
        raw = Raw(m.start(), m.end(), "symbol", symbol="/".join(member), rule="trailing-element list")
        raw.evidence.append(f"list after {sym}")
        out.append(raw)
        prev, found = member, True
    return found


def _symbol_range(first: str, last: Raw, out: list[Raw], budget: int, notes: list[str] | None) -> int:
    """The symbols a range of two full symbols names between them ("S/2023/401 to S/2023/403":
    S/2023/402), when only their last numbers differ; returns the range budget left."""
    a, b = _LAST_NUMBER.search(first), _LAST_NUMBER.search(last.symbol or "")
    if a is None or b is None or first[: a.start(1)] != (last.symbol or "")[: b.start(1)]:
        return budget
    lo, hi = int(a.group(1)), int(b.group(1))
    range_note(lo, hi, range_span(), notes)
    if not lo < hi <= lo + range_span() or budget <= 0:
        return budget
    hi = min(hi, lo + budget + 1)
    for n in range(lo + 1, hi):
        raw = Raw(last.start, last.end, "symbol", symbol=f"{first[: a.start(1)]}{n}", rule="range")
        raw.evidence.append(f"range {first} to {last.symbol}")
        out.append(raw)
    return budget - (hi - lo - 1)


#: A number that may be a year ("S/RES/2334 and 2017": no Council's number of a list)
_YEAR_LIKE = recache.compile(r"(?:19|20)\d\d")


def _council_member_down(text: str, tok: re.Match[str], prev: int, pat: Patterns) -> bool:
    """Is ``tok``, a number smaller than the one before it in a list after the Council's symbol
    without its year, one more of the Council's ("S/RES/2334 and 2250")? Not a range's end, a year
    ("… and 2017") or a count ("… and 2250 troops": a word after it that opens no date)."""
    n = tok.group("n")
    if tok.group("range") or int(n) == prev or _YEAR_LIKE.fullmatch(n):
        return False
    if WORD_NEXT.match(text, tok.end("n")) is None or list_goes_on().match(text, tok.end("n")):
        return True
    tail = pat.item_tail.match(text, tok.end("n"))
    return tail is not None and bool(tail.group("date"))


def _short_list(text: str, sym: str, e: int, pat: Patterns, out: list[Raw], budget: int) -> int:
    """The members of a short-form list after ``sym`` (ascending numbers in place of its
    last number; a bare number keeps its number of digits); returns the range budget left."""
    last = _LAST_NUMBER.search(sym)
    if last is None or "(" in sym:
        return budget
    sl = pat.short_list.match(text, e)
    if sl is None or sl.end() == e:
        return budget
    stem, prev = sym[: last.start(1)], int(last.group(1))
    width = len(last.group(1)) if sym[last.start(1) - 1] == "/" else 0
    council = COUNCIL_SYMBOL.fullmatch(sym) is not None
    for tok in pat.short_member.finditer(text, e, sl.end()):
        n = int(tok.group("n"))
        if n <= prev and not (council and _council_member_down(text, tok, prev, pat)):
            break
        if width and len(tok.group("n")) != width:
            break
        if tok.group("range"):  # a range from the previous member
            if n - prev > RANGE_SPAN or budget <= 0:
                break
            span = range(prev + 1, n + 1)
            budget -= len(span)
        else:
            span = range(n, n + 1)
        ns, ne = tok.start("n"), tok.end("n")
        for k in span:
            raw = Raw(ns, ne, "symbol", symbol=f"{stem}{k}", rule="short-form list")
            raw.evidence.append(f"list after {sym}")
            out.append(raw)
        prev = n
    return budget


@functools.cache
def _link_forms() -> tuple[tuple[re.Pattern[str], str, bool, str | None], ...]:
    """:func:`link_symbols`, each with whether it is case-blind and the text it requires (as
    written, for a form that is not)."""
    out = []
    for rx, made in link_symbols():
        exact = not rx.flags & re.IGNORECASE
        out.append((rx, made, exact, required_text(rx, as_written=exact)))
    return tuple(out)


@functools.lru_cache(maxsize=16)
def _literal(word: str) -> re.Pattern[str]:
    """A scan for ``word`` as written: ``word in text``, but led by a fast search for its first
    character ("/", ".", "%": rare), where `in` with several characters is a slow scan of a
    text stored two bytes a character."""
    return recache.compile(re.escape(word))


def find_link_symbols(text: str) -> list[Raw]:
    """Symbols that links write their own way: encoded ("…?s=S%2FRES%2F2417(2018)&l=en"), a
    library file's name ("…/files/A_RES_68_262-EN.pdf"), a path's numbers ("…/ares52-118.htm")
    — each a symbol's mention (the link's words as written), when what it stands for is one."""
    out: list[Raw] = []
    lower = ""
    for rx, made, exact, needed in _link_forms():
        if needed is not None and exact and not all(c in text for c in needed):
            continue  # (a character of it missing: a look for one character is the quickest)
        if needed is not None and _literal(needed).search(text) is None:
            # ("%2", ".pdf": a text without it — as the form writes it, or in any case for a
            # case-blind form — holds no such link: plain looks)
            if exact or needed.upper() == needed:
                continue
            if needed.upper() not in text:
                lower = lower or text.lower()
                if needed not in lower:
                    continue
        for m in rx.finditer(text):
            if made:
                sym = made.format(**m.groupdict())
            else:
                # imported here: urllib.parse (with ipaddress) is a millisecond and more of the
                # engine's import, and a link is rare
                from urllib.parse import unquote

                sym = unquote(m.group("sym"))
                if "/" not in sym:
                    sym = sym.replace("_", "/")
            if whole_symbol(sym):
                raw = Raw(*m.span("sym"), "symbol", symbol=symbol_as_own(sym), rule="symbol in a link")
                out.append(raw)
    return out
