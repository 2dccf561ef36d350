"""A static check of regular expressions for the shapes that backtrack without bound.

Two shapes make a backtracking engine (Python's ``re``) slow on a long run of one kind
of character:

- *adjacent* unbounded repetitions over the same characters, with only optional items
  between them (``\\s*,?\\s+``): every split of the run is tried, so a run of n
  characters costs n² steps, n³ for three;
- *nested* unbounded repetitions (``(\\s+)+``, ``(?:\\w+\\s?)*``): exponential.

The check works on the parse tree of the pattern (``re._parser``).  Character sets are
compared on a fixed set of probe characters (white space, letters of several scripts,
digits, punctuation), which is enough to see overlaps of classes such as ``\\s``,
``\\w``, ``[ \\t]`` or ``.``.  A possessive repetition (``\\s*+``) or an atomic group
does not backtrack, and a bounded one (``\\s{0,8}``) costs a constant: neither is flagged.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# the parser of the standard library's engine (Python 3.11+)
C: Any = importlib.import_module("re._constants")
P: Any = importlib.import_module("re._parser")

PROBES = " \t\n\r\u00a0\u2003aZzé0९9,.;:/-_()[]'\"&<>=\u042f\u0627\u4e2d\u00ba"
MAXREPEAT = C.MAXREPEAT
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT)
_ASSERTS = (C.ASSERT, C.ASSERT_NOT, C.AT)

Item = tuple[Any, Any]


class Shapes:
    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self.problems: list[str] = []
        self.tree = P.parse(pattern, flags)
        self._cache: dict[int, frozenset[str]] = {}

    # -- character sets ---------------------------------------------------------------
    def single(self, op: Any, av: Any) -> frozenset[str]:
        """Probes a one-character item matches (LITERAL, NOT_LITERAL, ANY, IN, CATEGORY)."""
        src = self._item_source(op, av)
        if src is None:
            return frozenset()
        rx = re.compile(src, self.flags & (re.IGNORECASE | re.DOTALL | re.ASCII))
        return frozenset(c for c in PROBES if rx.fullmatch(c))

    @staticmethod
    def _item_source(op: Any, av: Any) -> str | None:
        if op is C.LITERAL:
            return re.escape(chr(av))
        if op is C.NOT_LITERAL:
            return "[^" + re.escape(chr(av)) + "]"
        if op is C.ANY:
            return "(?s:.)"
        if op is C.IN:
            parts = []
            neg = False
            for o, a in av:
                if o is C.NEGATE:
                    neg = True
                elif o is C.LITERAL:
                    parts.append(re.escape(chr(a)))
                elif o is C.RANGE:
                    parts.append(re.escape(chr(a[0])) + "-" + re.escape(chr(a[1])))
                elif o is C.CATEGORY:
                    parts.append(_CATEGORY.get(a, ""))
            body = "".join(parts)
            if not body:
                return None
            return "[" + ("^" if neg else "") + body + "]"
        if op is C.CATEGORY:
            return "[" + _CATEGORY.get(av, "") + "]" if _CATEGORY.get(av) else None
        return None

    def chars(self, seq: Any) -> frozenset[str]:
        """Every probe any character of a match of ``seq`` can be."""
        out: set[str] = set()
        for op, av in seq:
            if op in _REPEATS or op is C.POSSESSIVE_REPEAT:
                out |= self.chars(av[2])
            elif op is C.SUBPATTERN:
                out |= self.chars(av[3])
            elif op is C.ATOMIC_GROUP:
                out |= self.chars(av)
            elif op is C.BRANCH:
                for alt in av[1]:
                    out |= self.chars(alt)
            elif op is C.GROUPREF_EXISTS:
                out |= self.chars(av[1])
                if av[2] is not None:
                    out |= self.chars(av[2])
            elif op in _ASSERTS or op is C.GROUPREF:
                continue
            else:
                out |= self.single(op, av)
        return frozenset(out)

    def nullable(self, item: Item) -> bool:
        op, av = item
        if op in _ASSERTS:
            return True
        if op in _REPEATS or op is C.POSSESSIVE_REPEAT:
            return av[0] == 0 or self.seq_nullable(av[2])
        if op is C.SUBPATTERN:
            return self.seq_nullable(av[3])
        if op is C.ATOMIC_GROUP:
            return self.seq_nullable(av)
        if op is C.BRANCH:
            return any(self.seq_nullable(a) for a in av[1])
        if op is C.GROUPREF_EXISTS:
            return True
        return op is C.GROUPREF

    def seq_nullable(self, seq: Any) -> bool:
        return all(self.nullable(it) for it in seq)

    # -- the runs of backtracking repetition at the edges of an item ------------------
    def lead(self, item: Item) -> frozenset[str]:
        """Characters an unbounded repetition at the very start of ``item`` can take."""
        op, av = item
        if op in _REPEATS or op is C.POSSESSIVE_REPEAT:
            if av[1] == MAXREPEAT and self._one_char(av[2]):
                return self.chars(av[2])
            return self.seq_lead(av[2])
        if op is C.SUBPATTERN:
            return self.seq_lead(av[3])
        if op is C.ATOMIC_GROUP:
            return self.seq_lead(av)
        if op is C.BRANCH:
            out: set[str] = set()
            for a in av[1]:
                out |= self.seq_lead(a)
            return frozenset(out)
        return frozenset()

    @staticmethod
    def _one_char(seq: Any) -> bool:
        """The body of a repetition is one character (``\\s``, ``[ \\t]``, ``.``): a run of
        them can be given back one at a time.  A longer body gives back whole rounds, whose
        own ends are what matter (and the nested check looks inside)."""
        items = list(seq)
        return len(items) == 1 and items[0][0] in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN, C.CATEGORY)

    def seq_lead(self, seq: Any) -> frozenset[str]:
        out: set[str] = set()
        for it in seq:
            out |= self.lead(it)
            if not self.nullable(it):
                break
        return frozenset(out)

    def trail(self, item: Item) -> frozenset[str]:
        """Characters a backtracking unbounded repetition at the very end of ``item`` can give back."""
        op, av = item
        if op is C.POSSESSIVE_REPEAT or op is C.ATOMIC_GROUP:
            return frozenset()
        if op in _REPEATS:
            if av[1] == MAXREPEAT and self._one_char(av[2]):
                return self.chars(av[2])
            return self.seq_trail(av[2])
        if op is C.SUBPATTERN:
            return self.seq_trail(av[3])
        if op is C.BRANCH:
            out: set[str] = set()
            for a in av[1]:
                out |= self.seq_trail(a)
            return frozenset(out)
        return frozenset()

    def seq_trail(self, seq: Any) -> frozenset[str]:
        out: set[str] = set()
        for it in reversed(list(seq)):
            out |= self.trail(it)
            if not self.nullable(it):
                break
        return frozenset(out)

    # -- the check --------------------------------------------------------------------
    def check(self) -> list[str]:
        self._walk(self.tree)
        return self.problems

    def _walk(self, seq: Any) -> None:
        items = list(seq)
        for i, a in enumerate(items):
            t = self.trail(a)
            if t:
                for b in items[i + 1 :]:
                    both = t & self.lead(b)
                    if both:
                        self.problems.append(f"adjacent repetitions over {''.join(sorted(both))!r}")
                        break
                    if not self.nullable(b):
                        break
            op, av = a
            if op in _REPEATS or op is C.POSSESSIVE_REPEAT:
                body = av[2]
                if op in _REPEATS and av[1] == MAXREPEAT and self._nested(body):
                    self.problems.append("nested unbounded repetition")
                self._walk(body)
            elif op is C.SUBPATTERN:
                self._walk(av[3])
            elif op is C.ATOMIC_GROUP:
                self._walk(av)
            elif op is C.BRANCH:
                for alt in av[1]:
                    self._walk(alt)
            elif op is C.GROUPREF_EXISTS:
                self._walk(av[1])
                if av[2] is not None:
                    self._walk(av[2])
            elif op in (C.ASSERT, C.ASSERT_NOT):
                self._walk(av[1])

    def _nested(self, body: Any) -> bool:
        """The body of a repetition can match a run in more than one way: it is made of
        an unbounded repetition and items that are optional or take only its characters,
        or it can match nothing at all."""
        if self.seq_nullable(body):
            return True
        inner = [it for it in body if it[0] in _REPEATS and it[1][1] == MAXREPEAT]
        for rep in inner:
            cs = self.chars(rep[1][2])
            if all(self.nullable(it) or self.chars([it]) <= cs for it in body):
                return True
        # the repeated body's end and start overlap (``(?:x\s*,?\s*)+`` style)
        return bool(self.seq_trail(body) & self.seq_lead(body)) and all(
            self.nullable(it) or self.chars([it]) <= self.seq_trail(body) for it in body
        )


_CATEGORY = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
}


def problems(pattern: str | re.Pattern[str], flags: int = 0) -> list[str]:
    if isinstance(pattern, re.Pattern):
        flags, pattern = pattern.flags, pattern.pattern
    return Shapes(pattern, flags & ~re.UNICODE).check()
