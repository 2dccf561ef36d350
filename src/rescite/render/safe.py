"""Output that cannot hurt: text from documents and file names made safe for where it goes.

- :func:`for_terminal`: control characters (C0, DEL, C1: escape sequences that move the
  cursor, retitle the window or rewrite the screen), bidirectional overrides and the
  undecodable bytes of file names (``surrogateescape``) are written visibly, as ``\\x1b``,
  ``\\u202e`` or ``\\xff``, never raw.
- :func:`for_xml`: characters XML 1.0 does not allow (most C0 controls, lone surrogates,
  U+FFFE/U+FFFF) become U+FFFD, so GraphML and GEXF stay well-formed.
- :func:`json_line`: JSON whose lone surrogates (undecodable bytes of a file name) are
  written as ``\\udcXX`` escapes — valid JSON, and ``os.fsencode`` of the decoded string
  gives the name's bytes back exactly.
- :func:`spreadsheet_cell`: a cell that a spreadsheet would run as a formula (first
  character ``= + - @``, tab or carriage return) gets a leading ``'``.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # as typing's, without importing typing: every listing imports this
if TYPE_CHECKING:
    from typing import Any

# C0 and C1 controls, DEL, the bidirectional embeddings, overrides and isolates, lone
# surrogates (undecodable bytes of file names), line and paragraph separators; none of them
# is printable (``str.isprintable``), so a printable text is safe without the pattern, which
# is compiled when first needed (its ranges cost milliseconds to compile: start-up matters)
_PATTERNS = {
    "unsafe": "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]",
    "not_xml": "[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]",
    "surrogate": "[\ud800-\udfff]",  # a lone one (few texts hold one: see :func:`json_text`)
}
_compiled: dict[str, re.Pattern[str]] = {}


def _pattern(name: str) -> re.Pattern[str]:
    got = _compiled.get(name)
    if got is None:
        got = _compiled[name] = re.compile(_PATTERNS[name])
    return got


_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(m: re.Match[str]) -> str:
    ch = m.group()
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def for_terminal(text: str) -> str:
    """``text`` with everything a terminal would obey, or could not print, escaped."""
    if text.isprintable():
        return text
    unsafe = _pattern("unsafe")
    return unsafe.sub(_escape, text) if unsafe.search(text) else text


def has_undecodable(text: str) -> bool:
    """True when ``text`` holds lone surrogates (an argument or name that was not UTF-8)."""
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def for_xml(text: str) -> str:
    """``text`` with the characters XML 1.0 forbids replaced by U+FFFD."""
    return _pattern("not_xml").sub("\ufffd", text)


def for_xml_deep(value: object) -> object:
    """:func:`for_xml` applied to every string in a dict, list or tuple (keys too)."""
    if isinstance(value, str):
        return for_xml(value)
    if isinstance(value, dict):
        return {for_xml_deep(k): for_xml_deep(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(for_xml_deep(v) for v in value)
    return value


def for_xml_record(record: dict[str, Any]) -> dict[str, Any]:
    """:func:`for_xml` applied to every string of a node or edge record."""
    return {k: for_xml_deep(v) for k, v in record.items()}


def json_text(dumped: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) with lone surrogates escaped.

    Whether there is any is asked of the string's own flag (ASCII), then of the UTF-8 codec,
    which refuses surrogates and nothing else: several times quicker than a search by the
    pattern (a focus graph in JSON is a megabyte of text, a listing several)."""
    if dumped.isascii():
        return dumped
    try:
        dumped.encode("utf-8")
    except UnicodeEncodeError:
        return _pattern("surrogate").sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)
    return dumped


class _Unusual(Exception):
    """A value :func:`json_indented` leaves to the json module (a key that is not a string, an
    object it does not know)."""


def _encoder() -> Any:
    """The json module's encoder of a string (``ensure_ascii=False``), its C function when
    there is one, without importing the module (its decoder compiles patterns at import)."""
    try:
        from _json import encode_basestring
    except ImportError:  # pragma: no cover - another Python
        from json.encoder import encode_basestring
    return encode_basestring


def json_indented(obj: object) -> str:
    """``json.dumps(obj, ensure_ascii=False, indent=2)``, the same text, several times quicker:
    with ``indent`` the json module encodes in Python, a generator per value; here each
    string is encoded in C and the indentation written as it goes.  Anything unusual (a key
    that is not a string, an object json would refuse) is left to the json module."""
    encode_basestring = _encoder()
    parts: list[str] = []
    try:
        _indented(obj, parts, "\n", encode_basestring)
    except (_Unusual, RecursionError):
        import json

        return json.dumps(obj, ensure_ascii=False, indent=2)
    return "".join(parts)


def json_node_link(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> str:
    """``json_indented(node_link_json(nodes, edges))`` (``corpus.graph``), the same text, written
    straight from the node and edge records: no node-link dicts made and walked again, each
    key's text made once.  A graph that node-link data would merge (an id given twice, an edge
    twice, an end that is not a node, an edge's key of its own) is left to those functions."""
    enc = _encoder()
    ids = [n["id"] for n in nodes]
    outgoing: dict[object, list[dict[str, Any]]] = {i: [] for i in ids}
    pairs = set()
    for e in edges:
        out = outgoing.get(e["source_id"])
        if out is None or e["target"] not in outgoing or "source" in e:
            break
        out.append(e)
        pairs.add((e["source_id"], e["target"]))
    else:
        if len(outgoing) == len(ids) and len(pairs) == len(edges):
            parts = ['{\n  "directed": true,\n  "multigraph": false,\n  "graph": {},\n  "nodes": ']
            keys: dict[object, tuple[str, str]] = {}
            try:
                sep = "[\n    {"
                for n in nodes:
                    parts.append(sep)
                    sep = ",\n    {"
                    _fields(n, ("id",), parts, keys, enc)
                    parts.append(keys["id"][0 if len(n) == 1 else 1] + enc(n["id"]) + "\n    }")
                parts.append('\n  ],\n  "edges": ' if nodes else '[],\n  "edges": ')
                sep = "[\n    {"
                skip = ("source_id", "target")
                for i in ids:
                    source = None
                    for e in outgoing[i]:
                        if source is None:
                            source = enc(i)
                        parts.append(sep)
                        sep = ",\n    {"
                        _fields(e, skip, parts, keys, enc)
                        parts.append(
                            keys["source"][0 if len(e) == 2 else 1]
                            + source
                            + keys["target"][1]
                            + enc(e["target"])
                            + "\n    }"
                        )
            except (_Unusual, RecursionError):
                pass
            else:
                parts.append("\n  ]\n}" if edges else "[]\n}")
                return "".join(parts)
    from ..corpus.graph import node_link_json

    return json_indented(node_link_json(nodes, edges))


def _fields(
    record: dict[str, Any],
    skip: tuple[str, ...],
    parts: list[str],
    keys: dict[object, tuple[str, str]],
    enc: Any,
) -> None:
    """The fields of a node or edge record but ``skip``, at the third level of indentation, as
    :func:`json_indented` writes them (``keys``: each key's text, first in its record and after)."""
    first = True
    for k, v in record.items():
        if k in skip:
            continue
        key = keys.get(k)
        if key is None:
            if not isinstance(k, str):
                raise _Unusual
            text = enc(k) + ": "
            key = keys[k] = ("\n      " + text, ",\n      " + text)
        if type(v) is str:
            parts.append(key[0 if first else 1] + enc(v))
        elif v is None:
            parts.append(key[0 if first else 1] + "null")
        elif type(v) is list and len(v) < 2 and (not v or type(v[0]) is str):  # an edge's verbs …
            parts.append(key[0 if first else 1] + ("[\n        " + enc(v[0]) + "\n      ]" if v else "[]"))
        else:
            parts.append(key[0 if first else 1])
            text = _scalar(v)
            if text is None:
                _indented(v, parts, "\n      ", enc)
            else:
                parts.append(text)
        first = False
    for k in ("id", "source", "target"):
        if k not in keys:
            text = enc(k) + ": "
            keys[k] = ("\n      " + text, ",\n      " + text)


def _scalar(o: object) -> str | None:
    """A scalar as json writes it, or None for a list, tuple or dict."""
    if o is None:
        return "null"
    if o is True:
        return "true"
    if o is False:
        return "false"
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        if o != o:
            return "NaN"
        if o == float("inf"):
            return "Infinity"
        if o == -float("inf"):
            return "-Infinity"
        return float.__repr__(o)
    if isinstance(o, (list, tuple, dict)):
        return None
    raise _Unusual


def _indented(o: object, parts: list[str], nl: str, enc: Any) -> None:
    if isinstance(o, str):
        parts.append(enc(o))
        return
    if isinstance(o, dict):
        if not o:
            parts.append("{}")
            return
        inner = nl + "  "
        sep = "{" + inner
        for k, v in o.items():
            if not isinstance(k, str):
                raise _Unusual
            parts.append(sep + enc(k) + ": ")
            sep = "," + inner
            if type(v) is str:
                parts.append(enc(v))
            else:
                text = _scalar(v)
                if text is None:
                    _indented(v, parts, inner, enc)
                else:
                    parts.append(text)
        parts.append(nl + "}")
        return
    if isinstance(o, (list, tuple)):
        if not o:
            parts.append("[]")
            return
        inner = nl + "  "
        sep = "[" + inner
        for v in o:
            parts.append(sep)
            sep = "," + inner
            _indented(v, parts, inner, enc)
        parts.append(nl + "]")
        return
    text = _scalar(o)
    if text is None:  # pragma: no cover - lists, tuples and dicts are taken above
        raise _Unusual
    parts.append(text)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: str) -> str:
    """``value`` with a leading ``'`` when a spreadsheet would take it for a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_field(value: str) -> str:
    """One RFC 4180 field: quoted when it holds a comma, a double quote, CR or LF."""
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def csv_line(cells: list[str]) -> str:
    if cells == [""]:
        return '""\n'  # one empty field, not an empty line
    return ",".join(csv_field(c) for c in cells) + "\n"
