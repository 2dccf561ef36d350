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

Only the spaces pypdf puts in the text change: no character of the page is dropped or moved
across another, and the pieces handed to ``visitor_text`` still add up to the page's text
(the footnote rule of :mod:`rescite.read.pdf` relies on it).  With a pypdf that lacks the
extractor class (other versions), the page is read by pypdf as it stands.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

#: The ``TJ`` array about to be shown (set by the ``visitor_operand_before`` of the page).
_SHOWN = threading.local()


def _before(operator: Any, operands: Any, cm: Any, tm: Any) -> None:
    if operator == b"TJ" and operands and isinstance(operands[0], list):
        _SHOWN.array = operands[0]


def extract(page: Any, visit: Any, restart: Callable[[], None]) -> str:
    """The text layer of a pypdf ``page``, with ``visit`` as its ``visitor_text``.  Should
    the gap-aware reading fail on a damaged page, the page is read by pypdf alone (``restart``
    is called first: what ``visit`` was told is void)."""
    if _install():
        _SHOWN.array, _SHOWN.plain = None, False
        try:
            return page.extract_text(visitor_text=visit, visitor_operand_before=_before) or ""
        except Exception:  # (pypdf alone then says what is wrong with the page, if anything)
            restart()
            _SHOWN.plain = True
        finally:
            _SHOWN.array = None
        try:
            return page.extract_text(visitor_text=visit) or ""
        finally:
            _SHOWN.plain = False
    return page.extract_text(visitor_text=visit) or ""


def _plain() -> bool:
    """Whether pages are read by pypdf alone (in this thread, now)."""
    return bool(getattr(_SHOWN, "plain", False))


_INSTALLED: list[bool] = []
_LOCK = threading.Lock()
#: The largest "half a space" taken from a font (thousandths of its size): a font without a
#: space glyph gets a guess from its other glyphs, which a few wide ones can blow up past
#: the gaps between the words (0.2 to 0.3 of the size), while kerning stays under 0.1.
_HALF_SPACE_MAX = 150.0


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

        def _handle_tf(self, operands: list[Any]) -> None:
            super()._handle_tf(operands)
            if _plain():
                return
            # half a space (thousandths of the font size), which pypdf guesses from the glyphs'
            # widths when the font has no space glyph: at most a word gap's least share
            self._space_width = min(self._space_width, _HALF_SPACE_MAX)

        def process_tj_offset(self, offset: float, space_width: float) -> None:
            if not _plain() and self.rtl_dir and self.text and -offset >= space_width:
                self._gap = True  # placed when the next glyphs are shown
                self._actual_str_size["str_widths"] -= offset * self.font_size
                return
            super().process_tj_offset(offset, space_width)

        def _post_process_text_operation(self, str_widths: float) -> None:
            if _plain():
                super()._post_process_text_operation(str_widths)
                return
            before = self.text
            m_prev = mult(self.tm_prev, self.cm_prev)
            super()._post_process_text_operation(str_widths)
            if self.rtl_dir and before and self.text == before + " ":
                self.text = before
                self._gap = True
            elif self.text == "":
                self._gap = False  # a new line, or the text handed on
            m = mult(self.tm_matrix, self.cm_matrix)
            upright = m[0] > 0 and m[3] > 0 and abs(m[1]) < 1e-6 and abs(m[2]) < 1e-6
            if (
                upright
                and m[4] < m_prev[4]
                and abs(m[5] - m_prev[5]) < 0.3 * self.font_size * m[3]
                and (self.output + self.text)[-1:] not in ("", " ", "\n")
            ):
                self._back = m_prev[4]

        def _handle_tj_operation(self, operands: list[Any]) -> float:
            back, self._back = self._back, None
            if _plain() or not operands or not isinstance(operands[0], (str, bytes)):
                return super()._handle_tj_operation(operands)
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
                if not self.text:  # the run was handed on (a font change): the gap follows it
                    self._space_after_output()
                elif self.text[:1] != " " and self.text[-1:] != " ":
                    self.text = " " + self.text if self._goes_on(operands[0]) else self.text + " "
            return super()._handle_tj_operation(operands)

        def _space_after_output(self) -> None:
            """A space after the text handed on so far (told to the ``visitor_text`` too)."""
            if self.output[-1:] in ("", " ", "\n"):
                return
            self.output += " "
            if self.visitor_text is not None:
                self.visitor_text(" ", self.memo_cm, self.memo_tm, self.font_resource, self.font_size)

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

    _page.TextExtraction = GapAware  # type: ignore[attr-defined]
    return True
