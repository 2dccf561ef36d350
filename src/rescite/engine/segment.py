"""Segment: heading, preamble, operative paragraphs and footnotes of a normalised text.

Works on the normalised view (offsets are normalised offsets).  Produces:

* the document's own identity (masthead or running-header symbol, or the heading number
  with the adopting body), and the adopting body's series;
* footnotes (number → span), including blocks that a page break dropped in the middle of
  a sentence and footnotes numbered with superscripts or plain digits;
* a section / paragraph label for any offset, and the governing verbs.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from ..grammar import lexicon
from ..grammar.lexicon import CJK, SUPER_TO_DIGIT, SUPERSCRIPTS, alternation, fold, gather, is_cjk, trie_regex
from ..grammar.rules import body_regex, parse_date, patterns
from ..ids import NUMBERED_ELEMENTS, IdError, resolution_id, symbol_id

# -- document symbols (grammar of un-citations §1.3, extended series list) ---------------
SERIES = (
    r"(?:A|S|E|T|ST|CCPR|CAT|CERD|CEDAW|CRC|CMW|CRPD|CED|HRI|DP|TD|UNEP|FCCC|CTOC|CAC|ICCD|CBD|ECE|ESCAP"
    r"|ECA|ECLAC|ESCWA|PCNICC|NPT|UNW|SPLOS|ISBA|IDB|PBC|UNHCR|UNCTAD|UNDP|UNICEF|UNITAR|WFP|FCCC|ICEF)"
)
_PART = (
    r"(?:[A-Z][A-Za-z]{0,9}(?:\.(?:\d{1,4}|[IVXLC]{1,6}|[A-Z]))?(?:\(\w{1,8}\))?"
    r"|(?:S|ES)-\d{1,2}|\d{1,5}(?:\((?:[IVXLC]{1,7}|S-[IVX]{1,4}|ES-[IVX]{1,4})\))?)"
)
_TAIL = (
    r"(?:\s?\*)?(?:\s?(?:[A-H]\s?)?\((?:[IVXLC]{1,7}|S-[IVXLC]{1,5}|ES-[IVXLC]{1,5}"
    r"|(?:19[4-9]\d|20\d\d)|Resumption\s\d+|Vol\.\s?[IVX]+|Part\s?[IVX]+)\))?"
)
SYMBOL_RE = re.compile(
    rf"(?P<sym>{SERIES}(?:/{_PART})+{_TAIL})(?=[\s.,;:)\]\"'*{CJK}]|$|\d?[\s,;.)]|-{SERIES}/|(?<=\d)[-–]\d)"
)


# any series by the symbol grammar (un-citations §1.3): series letters, then elements; one
# of a series not listed above is taken when its shape can only be a symbol — three or more
# elements with a number among them ("LOS/PCN/130", "JIU/REP/2019/6"), or a numbered
# special element ("LC/G.2345")
_ANY_SERIES_RE = re.compile(
    rf"(?P<sym>[A-Z]{{2,6}}(?:/{_PART})+{_TAIL})(?=[\s.,;:)\]\"'*{CJK}]|$|\d?[\s,;.)]|-{SERIES}/|(?<=\d)[-–]\d)"
)
_NUMBERED_SPECIAL = re.compile(r"[A-Z]{1,4}\.\d{1,5}")


def _symbol_shape(sym: str) -> bool:
    parts = sym.split("/")[1:]
    if any(_NUMBERED_SPECIAL.fullmatch(p) for p in parts):
        return True
    return len(parts) >= 2 and any(p.isdigit() for p in parts) and not parts[0].isdigit()


_SLASH = re.compile("/")
_SYMBOL_LINK = re.compile(r"(?:undocs\.org|documents\.un\.org/symbol)/(?:[a-z]{2}/)?$")


def symbol_matches(text: str) -> list[re.Match[str]]:
    """Document symbols not glued to a preceding word, path or number.

    Every symbol has a slash right after its series letters: candidates are found from
    the slashes (a fast scan) and the symbol pattern is matched where the letters start."""
    out: list[re.Match[str]] = []
    done = -1
    for sl in _SLASH.finditer(text):
        i = sl.start()
        if i <= done:
            continue
        j = i
        while j > 0 and i - j < 8 and "A" <= text[j - 1] <= "Z":
            j -= 1
        joint = j > 0 and text[j - 1] == "-" and bool(out) and out[-1].end() == j - 1
        glued = j > 0 and ((text[j - 1].isalnum() and not is_cjk(text[j - 1])) or text[j - 1] in "_/.-")
        if glued and text[j - 1] == "/" and _SYMBOL_LINK.search(text, max(0, j - 40), j):
            glued = False  # a link to the document: https://undocs.org/en/A/RES/70/1
        if j == i or (glued and not joint):
            continue  # no series letters, or glued to what precedes (but "A/51/113-S/1996/276")
        m = SYMBOL_RE.match(text, j)
        if m is None:
            m = _ANY_SERIES_RE.match(text, j)
            if m is None or not _symbol_shape(m.group("sym")):
                continue
        out.append(m)
        done = m.end()
    return out


# each run is found by a fast literal scan, then checked to fill its line
_SEPARATOR_RUNS = (re.compile(r"_____+"), re.compile(r"--------+"), re.compile(r"\*\*\*+"))
_SEPARATOR_LINE = re.compile(r"[ \t]*(?:_{5,}|-{8,}|\*{3,})[ \t]*")


def _line_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


_FN_START = re.compile(
    rf"(?m)^[ \t]*(?:(?P<sup>[{SUPERSCRIPTS}]+)|(?P<num>\d{{1,3}})/?|\[(?P<br>\d{{1,3}})\])[ \t]+(?=\S)"
)
_SLASH_NOTE_HINT = re.compile(r"\n[ \t]*\d{1,3}/[ \t]")
MARKER_REACH = 5000  # a footnote's marker stands on the same page, before it
DIGIT_TO_SUPER = str.maketrans("0123456789", SUPERSCRIPTS)
_BARE_NUMBER = re.compile(r"\s*\d{1,3}\s*")


@dataclass(slots=True)
class Footnote:
    number: int
    start: int  # start of the footnote's text (after its number)
    end: int
    marker_start: int  # where the footnote line begins (its number)


@dataclass(slots=True)
class Verb:
    start: int
    end: int
    text: str
    function: str


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    section: str | None
    label: str | None


@dataclass(slots=True)
class Segments:
    lang: str
    self_id: str | None
    body: str | None  # series of the adopting body
    own_session: int | None
    title: str | None
    date: str | None
    footnotes: dict[int, Footnote] = field(default_factory=dict)
    footnote_spans: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, number)
    masthead_spans: list[tuple[int, int]] = field(default_factory=list)  # self-symbol occurrences
    symbol_matches: list[re.Match[str]] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    verbs: list[Verb] = field(default_factory=list)
    scope: str = "*"  # language whose words the finders look for ("*": every language)
    _para_starts: list[int] = field(default_factory=list)
    _verb_starts: list[int] = field(default_factory=list)
    _fn_starts: list[int] = field(default_factory=list)
    _text: str = ""
    _scanned: list[tuple[int, int]] = field(default_factory=list)
    _marker_cache: dict[int, int | None] = field(default_factory=dict)
    _extra_markers: dict[int, list[int]] = field(default_factory=dict)
    _footnote_verbs: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)

    def footnote_at(self, pos: int) -> int | None:
        i = bisect.bisect_right(self._fn_starts, pos) - 1
        if i >= 0:
            s, e, n = self.footnote_spans[i]
            if s <= pos < e:
                return n
        return None

    def paragraph_at(self, pos: int) -> Paragraph | None:
        i = bisect.bisect_right(self._para_starts, pos) - 1
        if i >= 0 and self.paragraphs[i].start <= pos < self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    def verb_before(self, pos: int, floor: int) -> Verb | None:
        """The governing verb: the last verb before ``pos`` and not before ``floor``.

        Verbs are read lazily, in windows before the positions asked about, so a long
        text without citations costs nothing here, and no stretch is read twice."""
        self._ensure_verbs(max(floor, pos - VERB_WINDOW), pos)
        i = bisect.bisect_right(self._verb_starts, pos) - 1
        while i >= 0:
            v = self.verbs[i]
            if v.end <= pos:
                return v if v.start >= floor else None
            i -= 1
        return None

    def _ensure_verbs(self, lo: int, hi: int) -> None:
        """Read verbs in the parts of [lo, hi) not read yet; ``_scanned`` stays sorted and disjoint."""
        if lo >= hi:
            return
        sc = self._scanned
        j = bisect.bisect_left(sc, (lo, -1))
        if j > 0 and sc[j - 1][1] >= lo:
            j -= 1
        k = j
        cur = lo
        gaps: list[tuple[int, int]] = []
        new_lo, new_hi = lo, hi
        while k < len(sc) and sc[k][0] <= hi:
            s, e = sc[k]
            if s > cur:
                gaps.append((cur, s))
            cur = max(cur, e)
            new_lo, new_hi = min(new_lo, s), max(new_hi, e)
            k += 1
        if cur < hi:
            gaps.append((cur, hi))
        sc[j:k] = [(new_lo, new_hi)]
        for gs, ge in gaps:
            for v in _verbs(self._text, self.lang, self.footnote_spans, max(0, gs - 40), ge, self._fn_starts):
                i = bisect.bisect_left(self._verb_starts, v.start)
                if i < len(self._verb_starts) and self._verb_starts[i] == v.start:
                    continue
                self._verb_starts.insert(i, v.start)
                self.verbs.insert(i, v)

    def marker_of(self, number: int) -> int | None:
        """Where the text points to footnote ``number``: the last marker before the footnote
        (a superscript number, a number glued to a word — "Crime3", "persons,9" — or one
        found after a named text).  Searched backwards from the footnote, so it costs
        little however long the text."""
        if number in self._marker_cache:
            return self._marker_cache[number]
        note = self.footnotes.get(number)
        found: int | None = None
        if note is not None:
            text, end = self._text, note.marker_start
            lo = max(0, end - MARKER_REACH)
            for form in (str(number).translate(DIGIT_TO_SUPER), str(number)):
                superscript = form[0] in SUPERSCRIPTS
                pos = end
                while True:
                    i = text.rfind(form, lo, pos)
                    if i < 0:
                        break
                    pos = i
                    if not superscript and i and not (text[i - 1].islower() or text[i - 1] in "),.;:"):
                        continue  # the usual case: a number in running text
                    if self._is_marker(i, len(form), superscript):
                        found = i if found is None else max(found, i)
                        break
            extra = [p for p in self._extra_markers.get(number, ()) if p < end]
            if extra:
                found = max(extra) if found is None else max(found, max(extra))
        self._marker_cache[number] = found
        return found

    def _is_marker(self, i: int, n: int, superscript: bool) -> bool:
        text = self._text
        after = text[i + n : i + n + 2]
        if superscript:
            ok = not (i and text[i - 1] in SUPERSCRIPTS) and not (after[:1] and after[0] in SUPERSCRIPTS)
        else:
            if after[:1].isdigit() or (len(after) == 2 and after[0] in "/.," and after[1].isdigit()):
                return False
            prev = text[i - 1] if i else ""
            if prev.islower() or prev == ")":
                ok = True  # glued: "Crime3"
            elif prev in ",.;:" and i >= 2 and (text[i - 2].islower() or text[i - 2] == ")"):
                # after punctuation: "persons,9 " — but not a symbol's element ("Add.1 y 2")
                ok = (after[:1].isspace() or not after) and not (
                    prev == "." and _SYMBOL_ELEMENT.search(text, max(0, i - 8), i)
                )
            else:
                ok = False
        return ok and self.footnote_at(i) is None

    def footnote_verb(self, number: int) -> tuple[str | None, str | None]:
        """(function, verb) governing the marker of footnote ``number``, once per footnote."""
        if number not in self._footnote_verbs:
            function = verb = None
            marker = self.marker_of(number)
            if marker is not None:
                para = self.paragraph_at(marker)
                v = self.verb_before(marker, para.start if para else 0)
                if v is not None and (para is None or para.section != "title"):
                    function, verb = v.function, v.text
            self._footnote_verbs[number] = (function, verb)
        return self._footnote_verbs[number]

    def add_marker(self, number: int, pos: int) -> None:
        self._extra_markers.setdefault(number, []).append(pos)
        self._marker_cache.pop(number, None)
        self._footnote_verbs.pop(number, None)

    def in_masthead(self, start: int) -> bool:
        i = bisect.bisect_right(self.masthead_spans, (start, len(self._text) + 1)) - 1
        return i >= 0 and self.masthead_spans[i][0] <= start < self.masthead_spans[i][1]


# -- language ------------------------------------------------------------------------------


def _detect(text: str, hint: str | None) -> tuple[str, str]:
    """(language, scan scope): the language by stop-word counts in the first 2,000
    characters, and the language whose words the finders look for -- the same when the
    language is clear, ``"*"`` (every language) when the evidence is thin or close."""
    lex = lexicon.load()
    if hint and hint in lex.languages:
        return hint, hint
    head = text[:2000].lower()
    words = Counter(head.split())
    counts = {
        code: sum(words[w] if lang.spaced else head.count(w) for w in lang.stopwords)
        for code, lang in lex.languages.items()
    }
    ranked = sorted(counts, key=lambda c: (counts[c], c == "en"), reverse=True)
    best = ranked[0]
    runner_up = counts[ranked[1]] if len(ranked) > 1 else 0
    clear = counts[best] >= _CLEAR_LANGUAGE and 2 * counts[best] >= 3 * runner_up
    return (best if counts[best] else "en"), (best if clear else "*")


_CLEAR_LANGUAGE = 8  # stop words (and 1.5 times the runner-up) before a text is scanned for one language


# -- footnotes ----------------------------------------------------------------------------
def _find_footnotes(text: str) -> tuple[dict[int, Footnote], list[tuple[int, int, int]]]:
    spans: list[tuple[int, int, int]] = []
    notes: dict[int, Footnote] = {}
    block_starts = sorted(
        m.end()
        for run in _SEPARATOR_RUNS
        for m in run.finditer(text)
        if _SEPARATOR_LINE.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, _line_end(text, m.end()))
    )

    def add(num: int, marker_start: int, start: int, end: int) -> None:
        bisect.insort(spans, (marker_start, end, num))
        notes.setdefault(num, Footnote(num, start, end, marker_start))

    def covered(pos: int) -> bool:
        k = bisect.bisect_right(spans, (pos, len(text) + 1, 0)) - 1
        return k >= 0 and spans[k][0] <= pos < spans[k][1]

    # 1. footnote blocks after a separator line
    n_text = len(text)
    for bstart in block_starts:
        current: tuple[int, int, int] | None = None  # (num, marker_start, text_start)
        cur_end = 0
        blank_run = 0
        nl = text.find("\n", bstart)
        line_start = n_text if nl < 0 else nl + 1
        while line_start < n_text:
            nl = text.find("\n", line_start)
            line_end = n_text if nl < 0 else nl
            content = text[line_start:line_end]
            next_start = line_end + 1
            if not content.strip():
                blank_run += 1
                line_start = next_start
                if blank_run > 3:
                    break
                continue
            m = _FN_START.match(text, line_start, line_end)
            if m and (m.group("num") or m.group("sup") or m.group("br")):
                if current:
                    add(current[0], current[1], current[2], cur_end)
                raw = m.group("sup") or m.group("num") or m.group("br")
                num = int(raw.translate(SUPER_TO_DIGIT))
                current = (num, line_start, m.end())
                cur_end = line_end
                blank_run = 0
            elif current and blank_run == 0:
                cur_end = line_end  # continuation line
            elif _BARE_NUMBER.fullmatch(content):
                pass  # a bare number line ("1") followed by the footnote text on later lines
            else:
                break
            line_start = next_start
        if current:
            add(current[0], current[1], current[2], cur_end)

    # 2. superscript-numbered footnote lines anywhere (no separator needed)
    has_super = any(c in text for c in SUPERSCRIPTS)
    for m in re.finditer(rf"(?m)^[ \t]*([{SUPERSCRIPTS}]+)[ \t]+\S.*$", text) if has_super else ():
        if covered(m.start()):
            continue
        num = int(m.group(1).translate(SUPER_TO_DIGIT))
        add(num, m.start(), m.start(1) + len(m.group(1)), m.end())

    # 3. old UN text files: "  1/ Resolution 217 A (III)." lines after the body text
    has_slash_notes = _SLASH_NOTE_HINT.search(text) is not None
    for m in re.finditer(r"(?m)^[ \t]*(\d{1,3})/[ \t]+(?=[A-Z\"])(.*)$", text) if has_slash_notes else ():
        if covered(m.start()):
            continue
        add(int(m.group(1)), m.start(), m.start(2), m.end())

    spans.sort()
    return notes, spans


# -- heading ------------------------------------------------------------------------------
@dataclass(slots=True)
class _Heading:
    self_id: str | None = None
    body: str | None = None
    own_session: int | None = None
    title: str | None = None
    date: str | None = None
    body_line_end: int | None = None
    body_line_start: int | None = None
    masthead: list[tuple[int, int]] = field(default_factory=list)


def _body_key(name: str) -> str | None:
    lex = lexicon.load()
    f = fold(name).strip(' ,:*"')
    f = re.sub(r"^(?:the|la|le|l'|les|el|los|las)\s+", "", f)
    return lex.body_names.get(f)


@functools.lru_cache(maxsize=1)
def _article_before() -> re.Pattern[str]:
    """The word that opens the adopting body's line ("The", "La", "L'", "El", Arabic "إن")."""
    return re.compile(rf"(?:^|[\]\.\n\"\s])\"?{alternation(gather('heading.body_line_openers'))}\s*$")


_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_SYMBOL_ELEMENT = re.compile(rf"(?<![^\W\d_])(?:{NUMBERED_ELEMENTS})\.$", re.IGNORECASE)
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_COMMA_AFTER = re.compile(r"\s*\n?\s*[,:]")


@functools.lru_cache(maxsize=4)
def _heading_patterns(kind: str) -> list[re.Pattern[str]]:
    flags = re.IGNORECASE if kind == "adopted_by" else re.MULTILINE if kind == "own_number" else 0
    return [re.compile(p, flags) for p in gather(f"heading.{kind}")]


# the job number printed in the header or footer of every page of a UN document ("19-22333")
_JOB_NUMBER = re.compile(r"(?<![\d/-])\d{2}-\d{5}(?![\d-])")
_TITLE_END = re.compile(r"\n[ \t]*\n")


def _title_after(text: str, pos: int, stop: int | None) -> str | None:
    """The title that follows the text's own number ("78/228. Improving the coordination …"),
    up to a blank line or the adopting body's line."""
    start = pos
    while start < len(text) and text[start] in ". \t\n":
        start += 1
    end = min(len(text), start + 400, stop if stop is not None and stop > start else len(text))
    blank = _TITLE_END.search(text, start, end)
    if blank and blank.start() > start:
        end = blank.start()
    title = " ".join(text[start:end].split()).rstrip(" .,")
    return title or None


def _alone_on_line(text: str, s: int, e: int) -> bool:
    before = text[text.rfind("\n", max(0, s - 200), s) + 1 : s]
    nl = text.find("\n", e, e + 200)
    after = text[e : nl if nl >= 0 else min(len(text), e + 200)]
    return not before.strip() and not after.strip()


def _actor_gap(lang: str) -> re.Pattern[str]:
    """The finders' actor-clause pattern (", in its …", ", dans sa …")."""

    return patterns(lang).actor_gap


def _date_after(text: str, pos: int, lang: str = "") -> str | None:
    """The first date within a short stretch after ``pos`` ("… adopted by the General
    Assembly on 19 December 2023", "… at its 7847th meeting, on 20 December 2016")."""

    m = patterns(lang).date.search(text, pos, min(len(text), pos + 120))
    return parse_date(m) if m else None


def _analyse_heading(text: str, lang: str, symbol_matches: list[re.Match[str]], scope: str = "*") -> _Heading:
    lex = lexicon.load()
    h = _Heading()
    head = text[:4000]
    body_re = body_regex(scope)

    # adopting-body line: "The General Assembly," (own line, or inline in flattened text)
    for mb in body_re.finditer(head):
        art = _article_before().search(head, max(0, mb.start() - 8), mb.start())
        comma = _COMMA_AFTER.match(head, mb.end())
        if art is None and comma is not None and _LINE_END.match(head, comma.end()):
            # languages without articles: the name alone on its line ("Генеральная Ассамблея,")
            art = _LINE_START.search(head, max(0, mb.start() - 8), mb.start())
        if art and comma and _actor_gap(scope).match(head, mb.end()):
            # an actor clause is a sentence about the body ("The Human Rights Council, in its
            # resolution 41/2, …" in a report), not the adopting body's line
            continue
        if art and comma:
            key = lex.body_names.get(fold(mb.group()))
            if key:
                h.body = lex.bodies[key].series
                h.body_line_end = comma.end()
                h.body_line_start = art.start() + (1 if head[art.start()] in ']\n" ' else 0)
                break

    # "Resolution adopted by the Human Rights Council"
    adopted = None
    for pat in _heading_patterns("adopted_by"):
        m = pat.search(head)
        if m:
            key = _body_key(m.group("body"))
            if key:
                adopted = lex.bodies[key].series
                h.date = _date_after(head, m.end(), scope)
                break
    if h.body is None and adopted:
        h.body = adopted

    # masthead / running-header symbols
    first_lines = head[:600]
    cands: list[tuple[int, int, str]] = []
    for m in symbol_matches:
        s, e = m.span("sym")
        # look for the line's ends nearby only: a symbol far from both is not alone on its line
        lb = text.rfind("\n", max(0, s - 200), s)
        line_start = lb + 1 if lb >= 0 else (0 if s <= 200 else s - 200)
        line_end_i = text.find("\n", e, e + 200)
        line_end = min(len(text), e + 200) if line_end_i < 0 else line_end_i
        before = text[line_start:s]
        after = text[e:line_end]
        alone = not before.strip() and not after.strip()
        lead = (
            not before.strip()
            or re.fullmatch(r"\s*(?:United Nations|Nations Unies|Naciones Unidas)\s*", before) is not None
        )
        sym = m.group("sym")
        early = s < len(first_lines)
        if (alone and not after.startswith(".")) or (early and lead and (line_start < 300)):
            cands.append((s, e, sym))
        elif early and "/RES/" in sym and s < 300 and m is symbol_matches[0] and text[s - 1 : s] != "/":
            # a running header run into the text ("… des personnes A/RES/78/228 visent …"):
            # the first symbol, near the top, not introduced as a citation or a link
            prev = text[max(0, s - 40) : s].lower()
            if not re.search(r"(resolu|résolu|\(|see|voir|véase)", prev):
                cands.append((s, e, sym))
    if not cands:
        # a page header or footer run into the text: "… persons A/RES/74/176 3/10 19-22333 …"
        for m in symbol_matches:
            s, e = m.span("sym")
            if text[e : e + 1] != "." and _JOB_NUMBER.search(text, max(0, s - 30), min(len(text), e + 30)):
                cands.append((s, e, m.group("sym")))
    if cands:
        ids: dict[str, int] = {}
        for _s, _e, sym in cands:
            try:
                cid = symbol_id(sym)
            except IdError:
                continue
            ids[cid] = ids.get(cid, 0) + 1
        if ids:
            first = None
            for _s, _e, sym in cands:
                try:
                    first = symbol_id(sym)
                    break
                except IdError:
                    continue
            chosen = first if first is not None else max(ids, key=lambda k: ids[k])
            h.self_id = chosen
            first_start = cands[0][0]
            for s, e, sym in cands:
                try:
                    same = symbol_id(sym) == chosen
                except IdError:
                    continue
                # a report's second symbol printed under the first ("E/2019/30" then
                # "E/CN.15/2019/15") is the same document: identity, not a citation
                if same or (s - first_start < 120 and _alone_on_line(text, s, e)):
                    h.masthead.append((s, e))

    # heading number: "Résolution 5/2" on its own line, or "14/2 Title" in the heading zone
    zone_end = h.body_line_end if h.body_line_end else min(len(text), 1500)
    zone = text[:zone_end]
    own_num = None
    own_kind = "RES"
    patterns = _heading_patterns("own_number") + (
        _heading_patterns("own_number_inline") if h.self_id is None else []
    )
    for pat in patterns:
        found = [
            m
            for m in pat.finditer(zone)
            if re.fullmatch(
                r"(?:S-|ES-)?\d{1,4}/\d{1,4}[A-H]?|\d{1,4} ?\(\d{4}\)", m.group("num").rstrip(".")
            )
        ]
        if len({m.group("num").rstrip(".") for m in found}) > 1:
            continue  # a list of texts ("Decision 2/1 …, Decision 2/2 …"), not one text's heading
        if found:
            m = found[0]
            own_num = m.group("num").rstrip(".")
            kind = (m.groupdict().get("kind") or "resolution").lower()
            own_kind = "DEC" if kind.startswith("d") else "RES"
            h.title = _title_after(text, m.end("num"), h.body_line_start)
            break
    series = h.body
    if h.self_id is None and own_num and series:
        try:
            if series == "S":
                m_sc = re.fullmatch(r"(\d{1,4}) ?\((\d{4})\)", own_num)
                if m_sc:
                    h.self_id = resolution_id("S", "RES", f"{m_sc.group(1)} ({m_sc.group(2)})")
            else:
                num = re.sub(r"[A-H]$", "", own_num)
                h.self_id = resolution_id(series, "RES" if own_kind == "RES" else "DEC", num)
        except IdError:
            pass
    if h.self_id:
        sid = h.self_id
        m_res = re.match(r"^(.*?)/(?:RES|DEC)/((?:S-|ES-)?\d+)/", sid)
        if m_res:
            h.body = h.body or m_res.group(1)
            if m_res.group(1) != "E" and m_res.group(2).isdigit():
                h.own_session = int(m_res.group(2))
        elif sid.startswith("S/RES/"):
            h.body = h.body or "S"
        else:
            h.body = h.body or lex.series_of_symbol(sid)
    return h


# -- verbs and paragraphs -------------------------------------------------------------------
def verb_regexes(code: str) -> tuple[re.Pattern[str], ...]:
    """Three case-sensitive scans (fast: the engine skips to possible first characters):
    capitalised verbs opening a paragraph, and lower-case verbs after a comma or
    semicolon, or after "and / et / y"."""
    lang = lexicon.load().languages[code]
    if lang.verb_re is None:
        adverbs = lang.raw["verbs"].get("adverbs", [])
        adv = alternation(adverbs) if adverbs else "(?!)"
        verbs = [v for v, _ in lang.verbs]
        # the verb may be set in italics with asterisks: "*Prie instamment*"
        # (a language written without spaces glues the verb to its object: "回顾其…")
        tail = rf"\*?(?:\s+{adv}\*?)?(?![\w'])" if lang.spaced else ""
        # an adverb may come before the verb ("Also welcomes …", "…, and further requests …"):
        # such phrases go into the same tries, so that each scan stays one pass
        leading = lang.raw["verbs"].get("leading_adverbs", [])
        led = [f"{a} {v.lower()}" for a in leading for v in verbs]
        lower = trie_regex(verbs + led)
        # one scan per joining word: a pattern that starts with a literal (" and ") is
        # searched for much faster than one that starts with an alternation
        joiners = tuple(
            re.compile(rf" {re.escape(j)}\s+\*?(?P<verb>{lower}){tail}")
            for j in lang.raw["grammar"]["verb_joiners"]
        )
        if lang.raw["verbs"].get("operative_lower_case"):
            # "1. постановляет …": operative verbs in lower case after the paragraph number
            joiners = (re.compile(rf"\n[ \t]*\d{{1,3}}\.[ \t]+\*?(?P<verb>{lower}){tail}"), *joiners)
        lang.verb_re = (
            re.compile(rf"(?P<verb>{trie_regex(verbs + led, capital=True)}){tail}"),
            re.compile(rf"[,;]\s*\*?(?P<verb>{lower}){tail}"),
            *joiners,
        )
    return lang.verb_re


VERB_WINDOW = 1500


_CAP_BEFORE = re.compile(r"(?:^|\n|[,;:.]\s*|\d\.\s*|\(\w\)\s*|\w\)\s*|\"|\*)\s*$")


def _verbs(
    text: str,
    code: str,
    skip: list[tuple[int, int, int]],
    start: int = 0,
    end: int | None = None,
    skip_starts: list[int] | None = None,
) -> list[Verb]:
    lang = lexicon.load().languages[code]
    out: list[Verb] = []
    stop = len(text) if end is None else end
    cap_re, comma_re, *joiner_res = verb_regexes(code)
    found: list[re.Match[str]] = []
    for m in cap_re.finditer(text, start, stop):  # a paragraph's opening verb, capitalised
        s = m.start()
        if s and (text[s - 1].isalnum() or text[s - 1] == "'"):
            continue
        if s == 0 or _CAP_BEFORE.search(text, max(0, s - 12), s):
            found.append(m)
    found.extend(comma_re.finditer(text, start, stop))
    for joiner in joiner_res:
        found.extend(joiner.finditer(text, start, stop))
    for m in found:
        fn = lang.verb_function_of(m.group("verb"))
        if fn is None:
            continue
        vs = m.start("verb")
        out.append(Verb(vs, m.end(), text[vs : m.end()].replace("*", "").strip(), fn))
    out.sort(key=lambda v: v.start)
    if skip and out:
        starts = skip_starts if skip_starts is not None else [a for a, _, _ in skip]

        def in_skip(pos: int) -> bool:
            k = bisect.bisect_right(starts, pos) - 1
            return k >= 0 and skip[k][0] <= pos < skip[k][1]

        out = [v for v in out if not in_skip(v.start)]
    return out


_OPERATIVE = re.compile(r"(?P<n>\d{1,3})\.[ \t\n]+(?=\*?(?:[^\W\d_]|\"))")
# most texts start each operative paragraph on a line of its own: a newline-anchored scan
# is several times faster than one anchored on every digit
_OPERATIVE_NL = re.compile(r"\n[ \t]*(?P<n>\d{1,3})\.[ \t\n]+(?=\*?(?:[^\W\d_]|\"))")
_OPERATIVE_BEFORE = re.compile(r"(?:^|\n|[;:.]\s{1,2}|\")[ \t]*$")
_SUBPARA = re.compile(r"\n[ \t]*(?P<p>\(?(?P<l>[a-z])\))[ \t\n]+")


def _paragraphs(text: str, h: _Heading, fn_spans: list[tuple[int, int, int]]) -> list[Paragraph]:
    paras: list[Paragraph] = []
    body_end = h.body_line_end
    if body_end is None:
        return paras
    paras.append(Paragraph(0, body_end, "title", None))

    fn_starts = [s for s, _, _ in fn_spans]

    def in_fn(pos: int) -> bool:
        i = bisect.bisect_right(fn_starts, pos) - 1
        return i >= 0 and fn_spans[i][0] <= pos < fn_spans[i][1]

    # operative paragraphs are numbered 1, 2, 3 … in order
    seq: list[re.Match[str]] = []
    for scan in (_OPERATIVE_NL, _OPERATIVE):
        expect = 1
        for m in scan.finditer(text, max(0, body_end - 1)):
            i = m.start("n")
            if (
                int(m.group("n")) == expect
                and (i == 0 or text[i - 1] in ' \t\n"')
                and _OPERATIVE_BEFORE.search(text, max(0, i - 6), i)
                and not in_fn(i)
            ):
                seq.append(m)
                expect += 1
        if seq:
            break
    pre_end = seq[0].start("n") if seq else len(text)
    paras.append(Paragraph(body_end, pre_end, "preamble", None))
    for i, m in enumerate(seq):
        end = seq[i + 1].start("n") if i + 1 < len(seq) else len(text)
        start = m.start("n")
        subs = [s for s in _SUBPARA.finditer(text, m.end() - 1, end) if not in_fn(s.start("p"))]
        if not subs:
            paras.append(Paragraph(start, end, "operative", m.group("n")))
            continue
        paras.append(Paragraph(start, subs[0].start("p"), "operative", m.group("n")))
        for j, s in enumerate(subs):
            send = subs[j + 1].start("p") if j + 1 < len(subs) else end
            paras.append(Paragraph(s.start("p"), send, "operative", f"{m.group('n')} ({s.group('l')})"))
    return paras


def segment(text: str, lang_hint: str | None = None) -> Segments:
    lang, scope = _detect(text, lang_hint)
    notes, spans = _find_footnotes(text)
    symbols = symbol_matches(text)
    h = _analyse_heading(text, lang, symbols, scope)
    seg = Segments(lang, h.self_id, h.body, h.own_session, h.title, h.date)
    seg.scope = scope
    seg.footnotes = notes
    seg.footnote_spans = spans
    seg._fn_starts = [s for s, _, _ in spans]
    seg.masthead_spans = h.masthead
    seg.symbol_matches = symbols
    seg.paragraphs = _paragraphs(text, h, spans)
    seg._para_starts = [p.start for p in seg.paragraphs]
    seg._text = text
    return seg
