"""Word gaps that a PDF page draws without space glyphs, on top of pypdf's text extraction.

Many producers set words apart by position only: a number in a ``TJ`` array that moves the
next glyph on, or a new text position (``Td``, ``Tm``) further along the line.  pypdf decides
these breaks itself (a move of more than about half the font's space width beyond the glyphs
shown: kerning stays inside the word), and that is kept.  Two things it gets wrong, fixed here
in a subclass of its text extractor:

* in a right-to-left run (Arabic, Hebrew) the space it adds lands at the run's logical end:
  the run is built by putting each glyph drawn further right *before* the text so far, so
  the space has to go there too ("إنالجمعيةالعامة، " instead of "إن الجمعية العامة،");
* a piece drawn to the *left* of the one before it on the same line (a word processor draws
  the runs of a right-to-left line one after the other from the right edge, each run left to
  right) gets no space at all: the gap between the new piece's end and the previous piece's
  start is measured once the piece's width is known (the whole ``TJ`` array: its glyphs and
  its moves), so that pieces that touch (a conjunction glued to a number, "و60/251") stay
  glued.

A third thing, for right-to-left lines: a word processor can draw a line's marks (slashes,
brackets, hyphens, with its spaces) in a pass of their own before the words; they are held
back and put where they were drawn (see "marks drawn in a pass of their own" below): on a
line that has shown right-to-left text, after a symbol in Latin letters too ("(A/76/1)").  A
vowel mark it draws by itself, raised, with the font set again before and after it, leaves
the run whole: setting the font a piece has already is no break, and the marks of the pass
fall in the gaps of the run's pieces on both sides of the vowel mark ("أيضاً إلى").

A space glyph that the next glyph is drawn over (no advance: a browser's soft hyphen where the
word is not broken) is no gap: it is left out ("Septem ber" is "September").

Numbers of Arabic-Indic (and Persian) digits are read as they are drawn, left to right:
pypdf takes their digits for marks that follow the run around them, so that a number came
out turned round after right-to-left letters and as drawn after a Latin word or a number
("1503 (٢٠١٥)"), and a bracket or a slash drawn apart from it (a word processor draws the
slash of "٦٤/٢٩٣" alone, before the digits) landed on the wrong side.

Apart from those marks, only the spaces pypdf puts in the text change; no character of the
page is dropped but a space glyph drawn over (above), and the pieces handed to
``visitor_text`` still add up to the page's text (the footnote rule of :mod:`rescite.read.pdf`
relies on it).  With a pypdf that lacks the
extractor class (other versions), the page is read by pypdf as it stands.
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from collections.abc import Callable
from typing import Any

from .marks import NOTE_MARK, raised_mark

#: The space between two words of a right-to-left run that pypdf has put in reading order
#: itself (a run drawn in one piece, its words apart by position only), a noncharacter that
#: :func:`rescite.read.pdf.logical_order` reads as a space: a line drawn in visual order is
#: turned round run by run, such a run whole, not word by word.
WORD_GAP = "\ufdd0"

#: The ``TJ`` array about to be shown (set by the ``visitor_operand_before`` of the page).
_SHOWN = threading.local()


def _before(operator: Any, operands: Any, cm: Any, tm: Any) -> None:
    if operator == b"TJ" and operands and isinstance(operands[0], list):
        _SHOWN.array = operands[0]
        _SHOWN.shows += 1
    elif operator == b"Tj" and operands:
        _SHOWN.array = [operands[0]]
        _SHOWN.shows += 1
    elif operator == b"Ts" and operands and isinstance(operands[0], (int, float)):
        _SHOWN.rise = float(operands[0])  # (the text rise: see ``_raised``)
    elif operator in _RELEASE:
        held = getattr(_SHOWN, "extractor", None)
        if held is not None:
            held._release()
    elif operator in _MARKED:
        held = getattr(_SHOWN, "extractor", None)
        if held is not None:
            held._marked(operator, operands)


#: Operators before which marks held back (see ``_hold``) are let go where they were drawn.
_RELEASE = frozenset({b"Do", b"'", b'"', b"T*", b"BI"})
#: Operators that open and close marked content (an ``/ActualText`` span: see ``_marked``).
_MARKED = frozenset({b"BDC", b"BMC", b"EMC"})
#: Bidi classes of the marks a line may draw in a pass of their own: separators, other neutrals.
_MARK_CLASSES = frozenset({"CS", "ES", "ON"})


def _text_string(obj: Any) -> str:
    """A text string of a content stream (an ``/ActualText``) as its bytes say: UTF-16 after
    its byte order mark, UTF-8 after its own, else one byte a character (PDFDocEncoding's
    letters are Latin-1's but for a few marks)."""
    raw = obj.get_original_bytes() if hasattr(obj, "get_original_bytes") else obj
    if not isinstance(raw, bytes):
        return str(raw)
    if raw[:2] == b"\xfe\xff":
        return raw[2:].decode("utf-16-be", "replace")
    if raw[:3] == b"\xef\xbb\xbf":
        return raw[3:].decode("utf-8", "replace")
    return raw.decode("latin-1")


def extract(page: Any, visit: Any, restart: Callable[[], None]) -> str:
    """The text layer of a pypdf ``page``, with ``visit`` as its ``visitor_text``.  Should
    the gap-aware reading fail on a damaged page, the page is read by pypdf alone (``restart``
    is called first: what ``visit`` was told is void).  Numbers of Arabic-Indic digits come
    out as drawn, left to right, either way (see :func:`turned`)."""
    _SHOWN.runs, _SHOWN.shows, _SHOWN.rise = [], 0, 0.0
    if _install():
        _SHOWN.array, _SHOWN.plain, _SHOWN.extractor, _SHOWN.on = None, False, None, True
        try:
            text = page.extract_text(visitor_text=visit, visitor_operand_before=_before) or ""
            held = getattr(_SHOWN, "extractor", None)
            rest = held._release(hand_on=False) if held is not None else ""
            if rest:  # marks held back at the page's end: where they were drawn
                visit(rest, [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], None, 0.0)
            return text + rest
        except Exception:  # (pypdf alone then says what is wrong with the page, if anything)
            restart()
            _SHOWN.plain, _SHOWN.runs = True, []
        finally:
            _SHOWN.array, _SHOWN.extractor, _SHOWN.on = None, None, False
        try:
            return _alone(page, visit)
        finally:
            _SHOWN.plain = False
    return _alone(page, visit)


#: A string of glyphs a page shows: its left and right edges and baseline (page units), its
#: type size, its glyphs' characters in the order drawn (left to right), the number of the
#: ``TJ``/``Tj`` it belongs to, and whether it was held back as marks drawn in a pass of their own.
Run = tuple[float, float, float, float, list[str], int, bool]


def page_runs() -> list[Run]:
    """The strings of glyphs the page read last (in this thread) showed, as drawn (see
    :data:`Run`); empty when pypdf read it alone."""
    from pypdf._text_extraction import get_text_operands

    out: list[Run] = []
    for item, tm, cm, font, turns, size, scale, m, at, held, shows in getattr(_SHOWN, "runs", None) or []:
        try:
            codes, _, width = get_text_operands([item], cm, tm, font, turns)
        except Exception:  # (a string its font cannot measure: not placed)
            continue
        left = m[4] + at
        right = left + width * size * scale * m[0] / 1000
        glyphs = [font.character_map.get(c, c) for c in codes]
        out.append((left, right, m[5], size * abs(m[3] or 1.0), glyphs, shows, held))
    return out


def _alone(page: Any, visit: Any) -> str:
    """The page read by pypdf alone, its numbers of Arabic-Indic digits turned back."""

    def told(text: str, *args: Any) -> None:
        visit(turned(text), *args)

    return turned(page.extract_text(visitor_text=told) or "")


def turned(text: str) -> str:
    """A page's text as pypdf alone reads it, with its numbers of Arabic-Indic digits in the
    order the gap-aware reading gives them.  pypdf takes those digits for marks that follow
    the run around them: after right-to-left letters it turns them round ("٢٠١٢" comes out
    "٢١٠٢"), after Latin letters or digits it keeps them; the gap-aware reading keeps each
    number as it is drawn, left to right (see :func:`_digit`).  Only the first case can be
    told from the text: a page that pypdf alone has read turns back every such number."""
    return INDIC_NUMBER.sub(lambda m: m.group()[::-1], text)


#: Arabic-Indic (and Persian) digits, with the marks between them ("٧٠/١"): a number drawn left
#: to right.
INDIC_NUMBER = re.compile(r"[\u0660-\u0669\u06f0-\u06f9]+(?:[/.,][\u0660-\u0669\u06f0-\u06f9]+)*")
_INDIC_DIGITS = frozenset("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669") | frozenset(
    chr(c) for c in range(0x06F0, 0x06FA)
)


def _digit(char: str) -> bool:
    """Whether ``char`` is an Arabic-Indic digit read by the gap-aware extractor (now, in this
    thread): a left-to-right character, as the digits of a number are drawn, not a mark that
    follows the run it stands in (pypdf's reading)."""
    return char in _INDIC_DIGITS and bool(getattr(_SHOWN, "on", False)) and not _plain()


def _plain() -> bool:
    """Whether pages are read by pypdf alone (in this thread, now)."""
    return bool(getattr(_SHOWN, "plain", False))


_INSTALLED: list[bool] = []
_LOCK = threading.Lock()
#: The largest "half a space" taken from a font (thousandths of its size): a font without a
#: space glyph gets a guess from its other glyphs, which a few wide ones can blow up past
#: the gaps between the words (0.2 to 0.3 of the size), while kerning stays under 0.1.
_HALF_SPACE_MAX = 150.0
#: A note's mark drawn raised: its baseline this share of the type size above the line's, or more
#: (less is a line's own unevenness) … and at most this share (more is the line above).
_LIFT_MIN = 0.2
_LIFT_MAX = 0.75
#: How far apart (a share of the font size) the gaps after two glyphs of letter-spaced text may
#: be: the same tracking, give or take a kerning pair.
_TRACKING_TOLERANCE = 0.04
#: … and a kerning pair's own move at most (a share of the font size): the first two gaps of a
#: letter-spaced word whose first pair is kerned ("V" and "o", "Г" and "е") are its tracking too
_KERNING_MAX = 0.2


# -- glyphs a font's Unicode map leaves out -----------------------------------------------------
# A font embedded with its own codes (a symbolic TrueType font, or a Type0 font coded by glyph
# ids) has no character for a code its ``/ToUnicode`` map leaves out: a glyph the producer drew
# with no character behind it, as LibreOffice draws the kashidas (tatweels) that stretch the
# words of a justified Arabic line.  pypdf gives the code itself as a character ("الم&&ؤرخ" for
# "المؤرخ"); such a glyph is read as nothing.


class _MappedOnly(dict[Any, Any]):
    """A font's character map that reads a code it does not hold as nothing."""

    def get(self, key: Any, default: Any = None) -> Any:
        return super().get(key, "")


def _glyphs_only_unmapped(font: Any, resource: Any) -> None:
    """Make ``font``'s codes that its Unicode map leaves out read as nothing, when the font
    (its dictionary ``resource``) is coded by its own glyphs and maps them (see above)."""
    mapping = getattr(font, "character_map", None)
    if not mapping or isinstance(mapping, _MappedOnly) or resource is None:
        return
    try:
        if "/ToUnicode" not in resource:
            return
        kind, encoding = resource.get("/Subtype"), resource.get("/Encoding")
        if kind == "/Type0":
            coded = encoding in ("/Identity-H", "/Identity-V")
        else:
            # (a subset coded in the order of its glyphs: its map gives letters to control codes;
            # a font coded by the characters' own codes keeps the codes its map leaves out)
            flags = int(resource.get("/FontDescriptor", {}).get("/Flags", 0))
            coded = (
                kind == "/TrueType"
                and encoding is None
                and flags & _SYMBOLIC != 0
                and any(isinstance(code, str) and len(code) == 1 and code < " " for code in mapping)
            )
    except (AttributeError, TypeError, ValueError):
        return
    if coded:
        font.character_map = _MappedOnly(mapping)


_SYMBOLIC = 4  # a font descriptor's flag: the font's own character set


def _install() -> bool:
    """Put the gap-aware extractor in pypdf's place (once); whether it is there."""
    with _LOCK:
        if not _INSTALLED:
            _INSTALLED.append(_installed())
        return _INSTALLED[0]


def _installed() -> bool:
    try:
        from pypdf import _page
        from pypdf._text_extraction import get_text_operands, mult
        from pypdf._text_extraction._text_extractor import TextExtraction
        from pypdf._utils import is_char_neutral, is_char_rtl
    except ImportError:
        return False
    from pypdf import _text_extraction

    if not all(hasattr(_text_extraction, name) for name in ("is_char_neutral", "is_char_rtl")):
        return False
    needed = ["_handle_tf", "process_tj_offset", "_post_process_text_operation", "_handle_tj_operation"]
    needed.append("_flush_text")
    if getattr(_page, "TextExtraction", None) is not TextExtraction or not all(
        hasattr(TextExtraction, name) for name in needed
    ):
        return False

    class GapAware(TextExtraction):
        def __init__(self) -> None:
            super().__init__()
            # after a move back along the line: where the piece before starts (page units)
            self._back: float | None = None
            # a word gap met in a right-to-left run, not yet placed
            self._gap = False
            # marks drawn in a pass of their own, held back: (left, right, baseline, characters)
            self._held: list[tuple[float, float, float, str]] = []
            self._holding = False  # the array shown is such a pass
            self._spots: list[tuple[float, float]] = []  # where its strings are (left, right)
            self._offsets = 0  # the numbers of the array shown so far
            self._fills: dict[int, str] = {}  # marks for the gap after the array's n-th number
            self._fill: str | None = None  # the marks of the gap met, not yet placed
            self._rtl_last = False  # whether the last letter shown is right to left
            self._rtl_y: float | None = None  # the baseline of the last right-to-left letter
            self._blank: tuple[float, float] | None = None  # where a lone space glyph was shown
            # the marked content open: for a span with an ``/ActualText``, that text, the
            # text so far and the output's length when it opened (None for other content)
            self._spans: list[tuple[str, str, int] | None] = []
            # the length of the text when it ended in a space pypdf put in for a move (a
            # ``TJ`` number, a new text position)
            self._moved: int | None = None
            self._ahead: float | None = None  # the left edge of the marks let go before the piece
            # … those marks, and the text they added (taken back should the run go on)
            # (and the baseline and right edge of the piece), see ``_went_on``
            self._taken: tuple[list[tuple[float, float, float, str]], str, float, float] | None = None
            # letter-spaced text: the gap after the last glyph, where the space pypdf put in
            # for it stands, the text's and output's lengths then (see ``_tracking``)
            self._trk_gap: float | None = None
            self._trk_space: int | None = None
            self._trk_len = -1
            self._trk_out = -1
            # the baseline and type size (page units) of the last string shown, but a raised mark
            self._base: tuple[float, float] | None = None
            if not _plain() and getattr(_SHOWN, "extractor", None) is None:
                _SHOWN.extractor = self  # (the page's: a form's own extractor holds nothing back)

        def _handle_tf(self, operands: list[Any]) -> None:
            if not _plain() and self._same_font(operands):
                return  # (a mark drawn raised, and the run goes on: "أيضاً" in one run)
            super()._handle_tf(operands)
            self._font_name = operands[0] if operands else None
            if _plain():
                return
            _glyphs_only_unmapped(self.font, self.font_resource)
            # half a space (thousandths of the font size), which pypdf guesses from the glyphs'
            # widths when the font has no space glyph: at most a word gap's least share
            self._space_width = min(self._space_width, _HALF_SPACE_MAX)

        def _same_font(self, operands: list[Any]) -> bool:
            """Whether ``Tf`` sets the font already set, under the same name, at the same
            size (a word processor sets it again before each piece it draws)."""
            if len(operands) < 2 or not isinstance(operands[1], (int, float)):
                return False
            name = operands[0]
            return bool(
                self.text
                and self.font_resource is not None
                and self.font_resources.get(name) is self.font_resource
                and self.fonts.get(name) is self.font
                and float(operands[1]) == self.font_size
                and getattr(self, "_font_name", None) == name
            )

        def process_tj_offset(self, offset: float, space_width: float) -> None:
            before = self._actual_str_size["str_widths"]
            self._tj_offset(offset, space_width)
            self._scaled_since(before)  # (a move scaled as the glyphs are)

        def _scaled_since(self, before: float) -> None:
            """The width the text advanced by since ``before``, under the horizontal scaling
            (``Tz``): pypdf counts glyphs and moves unscaled."""
            if self.char_scale != 1.0 and not _plain():
                after = self._actual_str_size["str_widths"]
                self._actual_str_size["str_widths"] = before + (after - before) * self.char_scale

        def _tj_offset(self, offset: float, space_width: float) -> None:
            if self._holding and not _plain():  # (the marks' spaces are their own)
                self._actual_str_size["str_widths"] -= offset * self.font_size
                return
            fill = self._fills.pop(self._offsets, None)
            self._offsets += 1
            if not _plain() and self.rtl_dir and self.text and -offset >= space_width:
                self._gap = True  # placed when the next glyphs are shown
                self._fill = fill
                self._actual_str_size["str_widths"] -= offset * self.font_size
                return
            if fill:  # (the marks fill the gap: its spaces, if any, are among them)
                self.text += fill
                self._actual_str_size["str_widths"] -= offset * self.font_size
                return
            before = len(self.text)
            super().process_tj_offset(offset, space_width)
            if not _plain() and len(self.text) == before + 1 and self.text.endswith(" "):
                self._moved = len(self.text)

        def _post_process_text_operation(self, str_widths: float) -> None:
            if _plain():
                super()._post_process_text_operation(str_widths)
                return
            m = mult(self.tm_matrix, self.cm_matrix)
            if self._held and not self._same_line(self._held[-1][2]):
                self._release()  # the line ends: the marks held back stay on it
            before = self.text
            m_prev = mult(self.tm_prev, self.cm_prev)
            super()._post_process_text_operation(str_widths)
            self._tracking(before, m[4] - m_prev[4], m[0], str_widths)
            if self.rtl_dir and before and self.text == before + " ":
                self.text = before
                self._gap = True
            elif before and self.text == before + " ":
                self._moved = len(self.text)  # (a space glyph drawn next is the same gap)
            elif self.text == "":
                if self._gap and self._fill:
                    self._space_after_output(self._fill)
                self._gap, self._fill = False, None  # a new line, or the text handed on
            upright = m[0] > 0 and m[3] > 0 and abs(m[1]) < 1e-6 and abs(m[2]) < 1e-6
            if (
                upright
                and m[4] < m_prev[4]
                and abs(m[5] - m_prev[5]) < 0.3 * self.font_size * m[3]
                and (self.output + self.text)[-1:] not in ("", " ", "\n")
            ):
                self._back = m_prev[4]

        def _tracking(self, before: str, moved: float, scale: float, width: float) -> None:
            """Letter-spaced text (a browser's ``letter-spacing``: each glyph drawn at a
            position of its own, the same gap after each): the gaps are tracking, not word
            gaps, so the spaces pypdf put in for them are taken out, from the first gap on,
            once a second glyph is followed by the same gap ("r e s o l u t i o n 7 0 / 1"
            is "resolution 70/1").  The word gaps are the space glyphs the page draws."""
            if not before:  # (a new line, or the text handed on)
                self._trk_len, self._trk_out = len(self.text), len(self.output)
                return
            if self.rtl_dir or width <= 0 or scale <= 0:
                return  # (no glyph drawn since the last position)
            one = len(before) == self._trk_len + 1 and len(self.output) == self._trk_out
            gap = moved / scale - width
            added = self.text == before + " "
            prev = self._trk_gap
            tol = _TRACKING_TOLERANCE * self.font_size
            # (the kerning pair's leeway only for the gap right before: glyph, gap, glyph, gap)
            kerned = prev is not None and prev > tol and self._trk_space == len(before) - 2
            kern = _KERNING_MAX * self.font_size if kerned else tol
            if one and prev is not None and abs(gap - prev) <= max(tol, kern) and gap > tol:
                if added:
                    self.text = before
                at = self._trk_space
                if at is not None and at < len(self.text) and self.text[at] == " ":
                    self.text = self.text[:at] + self.text[at + 1 :]
                self._trk_space = None
                if abs(gap - prev) > tol:
                    # the gap before was a kerning pair's ("V" and "o"): this one is the
                    # tracking the next gaps are measured by (else the word's last glyph,
                    # a line's end after it, keeps its space: "Vol ." for "Vol.")
                    self._trk_gap = gap
            elif one and added:
                self._trk_gap, self._trk_space = gap, len(before)
            elif one and before[-1:] != " ":
                self._trk_gap, self._trk_space = None, None
            self._trk_len, self._trk_out = len(self.text), len(self.output)

        def _handle_tj_operation(self, operands: list[Any]) -> float:
            # the glyphs' widths under the horizontal scaling (``Tz``: an OCR text layer fits
            # each word to the one on the scanned image with it), as they advance on the page:
            # pypdf counts them unscaled, so that the gap after a word drawn narrower than its
            # font's widths is lost ("resolution70/1")
            before = self._actual_str_size["str_widths"]
            done = self._tj_shown(operands)
            self._scaled_since(before)
            return done

        def _tj_shown(self, operands: list[Any]) -> float:
            back, self._back = self._back, None
            if _plain() or not operands or not isinstance(operands[0], (str, bytes)):
                return super()._handle_tj_operation(operands)
            raised = False  # a note's mark drawn raised (see ``_raised``)
            if type(operands[0]) is not str:  # (not the space pypdf adds itself)
                array = getattr(_SHOWN, "array", None)
                m = mult(self.tm_matrix, self.cm_matrix)
                blank, self._blank = self._blank, None
                if (
                    blank is not None
                    and self.text.endswith(" ")
                    and abs(m[4] - blank[0]) + abs(m[5] - blank[1]) < 0.01
                ):
                    # a space glyph the next one is drawn over (a browser's soft hyphen where
                    # the word is not broken: "Septem ber"): no gap on the page
                    self.text = self.text[:-1]
                if array is not None and len(array) == 1 and self._chars(operands[0]) == " ":
                    self._blank = (m[4], m[5])
                moved, self._moved = self._moved, None
                if moved == len(self.text) and self._chars(operands[0])[:1] == " ":
                    # a justified line's word gap: a move and then a space glyph (the move
                    # widens the space the page draws, or the word is set further on and
                    # drawn with its space before it), one gap, not two
                    self.text = self.text[:-1]
                if array is not None and len(array) and array[0] is operands[0]:
                    self._start(array, back)
                self._run(operands[0], m)
                if self._holding:
                    return self._hold(operands[0])
                raised = self._raised(operands[0], m)
            ahead, self._ahead = self._ahead, None
            if back is not None and ahead is not None:
                back = min(back, ahead)  # (the marks let go fill the gap up to them)
            if back is not None:
                m = mult(self.tm_matrix, self.cm_matrix)
                end = m[4] + self._width(operands[0]) * m[0]
                if end < back - self.font_size * self._space_width / 1000 * m[0]:
                    self._gap = False
                    self._flush_text()
                    self._space_after_output()
            if self._gap and type(operands[0]) is not str:  # (not the space pypdf adds itself)
                # a gap in a right-to-left run: before the text so far when the run goes on (each
                # glyph drawn further right goes before it), after it when the next glyphs are
                # left to right (the run then ends and the next one follows it), after the
                # run handed on to the page's text
                self._gap = False
                fill, self._fill = self._fill or " ", None
                if not self.text:  # the run was handed on (a font change): the gap follows it
                    self._space_after_output(fill)
                elif fill != " ":  # marks drawn in the gap: in it, wherever the run goes on
                    self.text = fill + self.text if self._goes_on(operands[0]) else self.text + fill
                elif self._goes_on(operands[0]):
                    # (a gap inside the run: the words of a run drawn in one piece are in
                    # reading order already, see :data:`WORD_GAP`)
                    self.text = self.text if self.text[:1] in (" ", WORD_GAP) else WORD_GAP + self.text
                elif self.text[-1:] != " ":
                    self.text += " "
            if not raised:
                return super()._handle_tj_operation(operands)
            before = self.text
            done = super()._handle_tj_operation(operands)
            if self.text.startswith(before):
                self.text = before + raised_mark(self.text[len(before) :])
            return done

        def _raised(self, item: Any, m: list[float]) -> bool:
            """Whether ``item`` is a note's mark drawn raised (by the text rise, or a baseline
            set higher) after the string before it on its line, at its type size or smaller:
            only digits, glued to a letter, a digit or a bracket (note the string's baseline
            and size otherwise, for the next one).  A mark drawn so is read as superscript
            digits ("S/2023/123" and a raised "1": not "S/2023/1231").  Its height is measured
            across its line: a line turned on the page (a table's cells set turned a quarter, a
            landscape annex on an upright page) goes up the page, its glyphs each higher than
            the one before, none of them raised."""
            if m[1] or m[2]:  # (turned or slanted: the height along the text's own upward axis)
                scale = math.hypot(m[2], m[3]) or 1.0
                across = (m[4] * m[2] + m[5] * m[3]) / scale
            else:
                scale = abs(m[3] or 1.0)
                across = m[5]
            size = self.font_size * scale
            y = across + float(getattr(_SHOWN, "rise", 0.0) or 0.0) * scale
            base, self._base = self._base, (y, size)
            last = self.text[-1:] or self.output[-1:]
            if base is None or not (last.isalnum() or last == ")"):
                return False
            lift = y - base[0]
            if not (_LIFT_MIN * base[1] <= lift <= _LIFT_MAX * base[1] and 0 < size <= base[1] * 1.01):
                return False
            if NOTE_MARK.fullmatch(self._chars(item)) is None:
                return False
            self._base = base  # (the line's baseline stays the one before the mark)
            return True

        def _run(self, item: Any, m: list[float]) -> None:
            """Note where the string ``item`` is drawn (see :func:`page_runs`): what it takes to
            measure it, measured only if the page's lines are asked for."""
            runs = getattr(_SHOWN, "runs", None)
            if runs is None or getattr(_SHOWN, "extractor", None) is not self:
                return
            tm, cm = list(self.tm_matrix), list(self.cm_matrix)
            at = self._actual_str_size["str_widths"] * self.char_scale * m[0] / 1000
            font, turns, size, scale = self.font, self.orientations, self.font_size, self.char_scale
            runs.append((item, tm, cm, font, turns, size, scale, m, at, self._holding, _SHOWN.shows))

        def _marked(self, operator: bytes, operands: Any) -> None:
            """Marked content opens (``BDC``, ``BMC``) or closes (``EMC``).  A span's
            ``/ActualText`` is what its glyphs stand for (a producer's replacement for glyphs
            of a font without a Unicode map, a ligature, a symbol drawn as a picture): the
            glyphs' text is replaced by it when the span closes, if the glyphs are still in the
            text at hand (not handed on: a font change, a new line) and the replacement holds
            a letter or a digit (a soft hyphen's stays the line-end hyphen drawn, which the
            lines' join reads; a bracket's, the mirrored glyph of a right-to-left line), on a
            left-to-right line (see ``_right_to_left``)."""
            if operator != b"EMC":
                props = operands[1] if operator == b"BDC" and len(operands) > 1 else None
                actual = props.get("/ActualText") if isinstance(props, dict) else None
                if actual is None or _plain():
                    self._spans.append(None)
                else:
                    self._spans.append((_text_string(actual), self.text, len(self.output)))
                return
            span = self._spans.pop() if self._spans else None
            if span is None:
                return
            actual, before, out = span
            if (
                len(self.output) == out
                and len(self.text) > len(before)
                and self.text.startswith(before)
                and any(c.isalnum() for c in actual)
                and not self._right_to_left(actual + self.text)
            ):
                self.text = before + actual

        def _right_to_left(self, chars: str) -> bool:
            """Whether ``chars`` or the line they are drawn on hold right-to-left text (its
            glyphs are put in reading order by their places, each drawn mark mirrored: a
            span's text in logical order is not put in there)."""
            if self.rtl_dir or (self._rtl_y is not None and self._same_line(self._rtl_y)):
                return True
            return any(unicodedata.bidirectional(c) in ("R", "AL") for c in chars)

        def _space_after_output(self, fill: str = " ") -> None:
            """A space (or marks) after the text handed on so far (told to the ``visitor_text``
            too)."""
            if fill == " " and self.output[-1:] in ("", " ", "\n", "(", "["):
                return  # (no word gap after an opening bracket: "والسياسية(2)", not "( 2)")
            self.output += fill
            if self.visitor_text is not None:
                self.visitor_text(fill, self.memo_cm, self.memo_tm, self.font_resource, self.font_size)

        # -- marks drawn in a pass of their own ---------------------------------------------
        # A word processor can draw the slashes, brackets and hyphens of a right-to-left line
        # (with the line's spaces) in one pass before the words, each at its place: "/" of
        # "أيار/مايو" lands in the gap between the two words of the run drawn next.  Once a
        # page has shown right-to-left text, a piece that holds only such marks (and spaces) is
        # held back; the next piece on its line, when it is a right-to-left run, takes each mark
        # into the gap it was drawn in (the marks of a gap in the run's reading order, with a
        # space on the side where the gap has room for one).  Marks that fall in no gap are let
        # go where they were drawn: before the next piece, before a new line, at the page's end.

        def _same_line(self, y: float) -> bool:
            m = mult(self.tm_matrix, self.cm_matrix)
            return bool(abs(m[5] - y) < 0.3 * self.font_size * abs(m[3] or 1.0))

        def _chars(self, item: Any) -> str:
            return "".join(self.font.character_map.get(raw, raw) for raw in self._shown(item)[0])

        def _start(self, array: Any, back: float | None) -> None:
            """A new array (or string) is shown: hold it back, or place the marks held
            (``back``: where the piece before starts, when this one is drawn to its left)."""
            self._offsets, self._fills, self._holding = 0, {}, False
            strings = [item for item in array if isinstance(item, (str, bytes))]
            chars = "".join(self._chars(item) for item in strings)
            if (
                # (after a right-to-left letter, or on a line that has shown one: the marks of
                # the run after a symbol in Latin letters, "(A/76/1)")
                (self._rtl_last or (self._rtl_y is not None and self._same_line(self._rtl_y)))
                and getattr(_SHOWN, "extractor", None) is self
                # a pass of several pieces, moves between them; or a mark drawn alone to the
                # left of the piece before (a slash in a number of Arabic-Indic digits)
                and (len(strings) > 1 or self._lone(chars, array, back) or self._opens_line(chars))
                and all(c == " " or unicodedata.bidirectional(c) in _MARK_CLASSES for c in chars)
            ):
                if self._held and not self._same_line(self._held[-1][2]):
                    self._release()
                self._holding = True
                self._spots = [(a, b) for a, b, _ in self._layout(array) if b is not None]
                return
            strong = [c for c in chars if unicodedata.bidirectional(c) in ("L", "R", "AL")]
            if strong:
                self._rtl_last = unicodedata.bidirectional(strong[-1]) != "L"
                if any(unicodedata.bidirectional(c) != "L" for c in strong):
                    self._rtl_y = mult(self.tm_matrix, self.cm_matrix)[5]
            taken, self._taken = self._taken, None
            if taken and self._goes_on_after(taken, array):
                # the run goes on in a piece of its own (a vowel mark drawn raised, the letters
                # after it): the marks let go before the run may be the gaps of this piece, and
                # those between the two pieces are between them in the run
                self.text = self.text[: len(self.text) - len(taken[1])]
                left = min((a for a, b, _ in self._layout(array) if b is not None), default=taken[3])
                marks = taken[0] + self._held
                join = [h for h in marks if taken[3] - 1e-6 <= (h[0] + h[1]) / 2 <= left + 1e-6]
                self._held = [h for h in marks if h not in join]
                self.text = _in_reading_order(join) + self.text
            if not self._held:
                self._went_on(array, [])
                return
            if not self._same_line(self._held[-1][2]):
                self._release()
                return
            held = len(self._held)
            if self._goes_on(array[0]):
                self._place(array)
            # the marks on the run's right: before it (in the line's reading order, right to
            # left); those on its left stay held for what the line draws further left, unless
            # the line is drawn from the left (nothing held reaches the run): then all go first
            left = min((a for a, b, _ in self._layout(array) if b is not None), default=0.0)
            ahead = [h for h in self._held if (h[0] + h[1]) / 2 >= left]
            if not ahead and len(self._held) == held:
                self.text += "".join(h[3] for h in self._held)
                self._held = []
                self._went_on(array, [])
                return
            self._held = [h for h in self._held if h not in ahead]
            self.text += _in_reading_order(ahead)
            self._went_on(array, ahead)
            self._ahead = min((h[0] for h in ahead), default=None)

        def _went_on(self, array: Any, ahead: list[tuple[float, float, float, str]]) -> None:
            """Remember the marks let go before a right-to-left piece, and where it ends."""
            if self._goes_on(array[0]):
                right = max((b for _, b, _ in self._layout(array) if b is not None), default=None)
                if right is not None:
                    y = mult(self.tm_matrix, self.cm_matrix)[5]
                    self._taken = (ahead, _in_reading_order(ahead), y, right)

        def _goes_on_after(self, taken: Any, array: Any) -> bool:
            """Whether ``array`` goes on with the run of the piece ``taken`` tells of."""
            on_line = self.text.endswith(taken[1]) and self._same_line(taken[2])
            return bool(on_line and self._goes_on(array[0]))

        def _lone(self, chars: str, array: Any, back: float | None) -> bool:
            """Whether ``array`` is a mark (a slash, a point) drawn alone wholly to the left
            of ``back`` (where the piece before starts, when the line moved back to draw it)."""
            if back is None or chars.strip() == "" or not chars.isascii():
                return False
            return max((b for _, b, _ in self._layout(array) if b is not None), default=back + 1) <= back

        def _opens_line(self, chars: str) -> bool:
            """Whether ``chars``, a bracket drawn alone, is the first thing a line shows after a
            line that ended right to left (a word processor draws the opening bracket of
            "والسياسية(2)" first, to the left of the word it follows, when the word opens
            the line)."""
            return (
                len(chars) == 1
                and chars in "()[]"
                and self._rtl_last
                and not self.text
                and (self._rtl_y is None or not self._same_line(self._rtl_y))
            )

        def _layout(self, array: Any) -> list[tuple[float, float | None, float]]:
            """Each item of ``array`` on the page: (left, right, 0) of a string, (before,
            None, number) of a number."""
            m = mult(self.tm_matrix, self.cm_matrix)
            unit = self.font_size / 1000 * self.char_scale * m[0]
            x = m[4] + self._actual_str_size["str_widths"] / 1000 * self.char_scale * m[0]
            out: list[tuple[float, float | None, float]] = []
            for item in array:
                if isinstance(item, (str, bytes)):
                    width = self._shown(item)[2] * unit
                    out.append((x, x + width, 0.0))
                    x += width
                elif isinstance(item, (int, float)):
                    out.append((x, None, float(item)))
                    x -= float(item) * unit
            return out

        def _hold(self, item: Any) -> float:
            left, right = self._spots.pop(0) if self._spots else (0.0, 0.0)
            chars = self._chars(item)
            m = mult(self.tm_matrix, self.cm_matrix)
            self._held.append((left, right, m[5], chars))
            self._actual_str_size["str_widths"] += self._shown(item)[2] * self.font_size
            return 0.0

        def _place(self, array: Any) -> None:
            """The marks held that were drawn in a word gap of the run ``array``, by gap."""
            layout = self._layout(array)
            m = mult(self.tm_matrix, self.cm_matrix)
            half = self.font_size * self._space_width / 1000 * self.char_scale * m[0]
            half = min(half, 0.1 * self.font_size * m[0])
            gaps: dict[int, list[tuple[float, float, float, str]]] = {}
            n = 0
            for k, (before, right, number) in enumerate(layout):
                if right is not None:
                    continue
                # a gap pypdf sees (see its TJ reading), with glyphs after it in the array
                if -number >= self._space_width * 0.95 and any(r is not None for _, r, _ in layout[k:]):
                    after = before - number * self.font_size / 1000 * self.char_scale * m[0]
                    for mark in self._held:
                        if before - half <= (mark[0] + mark[1]) / 2 <= after + half:
                            gaps.setdefault(n, []).append(mark)
                    for mark in gaps.get(n, []):
                        self._held.remove(mark)
                    if n in gaps:
                        self._fills[n] = _in_reading_order(gaps[n])
                n += 1

        def _release(self, hand_on: bool = True) -> str:
            """The marks held back, let go where they were drawn (into the text, ``hand_on``)."""
            marks = _in_reading_order(self._held)
            self._held, self._holding = [], False
            if hand_on:
                self.text += marks
            return marks

        def _goes_on(self, shown: str | bytes) -> bool:
            """Whether the first letter of ``shown`` that has a direction is right to left."""
            for raw in self._shown(shown)[0]:
                for char in self.font.character_map.get(raw, raw):
                    if is_char_rtl(char):
                        return True
                    if not is_char_neutral(char):
                        return False
            return True

        def _shown(self, item: Any) -> tuple[str, bool, float]:
            """pypdf's reading of a string shown: its characters, and its width (thousandths)."""
            return get_text_operands([item], self.cm_matrix, self.tm_matrix, self.font, self.orientations)

        def _width(self, first: str | bytes) -> float:
            """The width of the piece that ``first`` opens (text space): the whole ``TJ``
            array about to be shown when ``first`` is its first string."""
            array = getattr(_SHOWN, "array", None)
            items = list(array) if array is not None and len(array) and array[0] is first else [first]
            total = 0.0
            for item in items:
                if isinstance(item, (str, bytes)):
                    total += self._shown(item)[2]
                elif isinstance(item, (int, float)):
                    total -= float(item)
            return total * self.font_size / 1000 * self.char_scale

    def _in_reading_order(held: list[tuple[float, float, float, str]]) -> str:
        """Marks (and spaces) of a right-to-left line drawn apart: right to left."""
        return "".join(h[3][::-1] for h in sorted(held, key=lambda h: -h[0]))

    _page.TextExtraction = GapAware  # type: ignore[attr-defined]
    _digits_left_to_right()
    return True


def _digits_left_to_right() -> None:
    """pypdf's tests of a character's direction, with the Arabic-Indic digits left to right
    while the gap-aware extractor reads (see :func:`_digit`); pypdf's own tests otherwise."""
    from pypdf import _text_extraction

    module: Any = _text_extraction
    neutral, rtl = module.is_char_neutral, module.is_char_rtl

    def is_char_neutral(char: str, *args: Any) -> bool:
        return False if _digit(char) else bool(neutral(char, *args))

    def is_char_rtl(char: str, *args: Any) -> bool:
        return False if _digit(char) else bool(rtl(char, *args))

    module.is_char_neutral = is_char_neutral
    module.is_char_rtl = is_char_rtl
