"""Rendering records for people (rich table) and for scripts (jsonl, json, csv, tsv)."""

from __future__ import annotations

import re

from .safe import csv_line, for_terminal, json_indented, json_text, spreadsheet_cell

TYPE_CHECKING = False  # as typing's, without importing typing: the queries' listings start fast
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from typing import IO, Any

    from ..models import Citation, ExtractResult


def _fields(explain: bool) -> tuple[str, ...]:
    """The record's fields (and the ``--explain`` ones), from the models when first needed."""
    from ..models import EXPLAIN_FIELDS, RECORD_FIELDS

    return (*RECORD_FIELDS, *EXPLAIN_FIELDS) if explain else RECORD_FIELDS


def write_jsonl(citations: Iterable[Citation], out: IO[str], explain: bool = False) -> None:
    """One JSON object per line.  Characters that some readers take for a line end
    (U+0085, U+2028, U+2029) are escaped too, so one record is always one line."""
    encode = _encoder()
    for c in citations:
        line = json_text(encode(c.to_record(explain)))
        if "\x85" in line or "\u2028" in line or "\u2029" in line:
            line = line.translate(_JSONL_ESCAPES)
        out.write(line + "\n")


def _flat(c: Citation, explain: bool) -> list[object]:
    """A record's values for csv/tsv: evidence joined with "; "."""
    return [("; ".join(v) if isinstance(v, list) else v) for v in c.to_record(explain).values()]


_JSONL_ESCAPES = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


# One document's records as text, for the extraction workers (``corpus.run``): module-level
# functions, so that they can be sent to another process.  Written one after another they
# give exactly what :func:`write_citations` gives for all the documents at once (for
# ``json``: the items of the array, which the caller joins with ``",\n"`` inside ``[``, ``]``).


#: ``json.dumps(…, ensure_ascii=False)`` makes an encoder per call: one, made once, writes the same
def _one_line_encoder() -> Callable[[Any], str]:
    """``json.JSONEncoder(ensure_ascii=False).encode``, with the C encoder made once instead of
    at every call (half the cost of a record); the same text, character for character."""
    import json

    encoder = json.JSONEncoder(ensure_ascii=False)
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # a Python without the C accelerator
        return encoder.encode
    chunks = make(None, encoder.default, json.encoder.encode_basestring, None, ": ", ", ", False, False, True)

    def encode(o: Any) -> str:
        return "".join(chunks(o, 0))

    return encode


_ENCODERS: list[Callable[[Any], str]] = []


def _encoder() -> Callable[[Any], str]:
    """The one-line encoder, made on first use (``json`` is not imported by a query that
    writes no JSON: ``show`` as text)."""
    if not _ENCODERS:
        _ENCODERS.append(_one_line_encoder())
    return _ENCODERS[0]


def jsonl_text(result: ExtractResult, explain: bool = False) -> str:
    # lone surrogates and line-end characters escaped over all the lines at once: the same
    # character by character, and one scan instead of one per record
    encode = _encoder()
    text = json_text("".join([encode(c.to_record(explain)) + "\n" for c in result.citations]))
    if "\x85" in text or "\u2028" in text or "\u2029" in text:  # rare: escaped only when there
        text = text.translate(_JSONL_ESCAPES)
    return text


def json_items_text(result: ExtractResult, explain: bool = False) -> str:
    import json

    return ",\n".join(
        "  " + json_text(json.dumps(c.to_record(explain), ensure_ascii=False, indent=2)).replace("\n", "\n  ")
        for c in result.citations
    )


def tsv_text(result: ExtractResult, explain: bool = False) -> str:
    return "".join("\t".join(_tsv_field(v) for v in _flat(c, explain)) + "\n" for c in result.citations)


def csv_text(result: ExtractResult, explain: bool = False) -> str:
    return "".join(csv_line([_csv_cell(v) for v in _flat(c, explain)]) for c in result.citations)


def header_text(fmt: str, explain: bool = False) -> str:
    """What comes before the records of :func:`record_text` (``csv``, ``tsv``: the header)."""
    fields = _fields(explain)
    if fmt == "csv":
        return csv_line(list(fields))
    return "\t".join(fields) + "\n" if fmt == "tsv" else ""


def jsonl_text_explained(result: ExtractResult) -> str:
    return jsonl_text(result, True)


def json_items_text_explained(result: ExtractResult) -> str:
    return json_items_text(result, True)


def tsv_text_explained(result: ExtractResult) -> str:
    return tsv_text(result, True)


def csv_text_explained(result: ExtractResult) -> str:
    return csv_text(result, True)


#: format -> the function that renders one document's records
RECORD_TEXT = {"jsonl": jsonl_text, "json": json_items_text, "tsv": tsv_text, "csv": csv_text}
#: … with the ``--explain`` fields
RECORD_TEXT_EXPLAINED = {
    "jsonl": jsonl_text_explained,
    "json": json_items_text_explained,
    "tsv": tsv_text_explained,
    "csv": csv_text_explained,
}
#: What stands between the rendered records of two parts of one document, by renderer (others:
#: nothing): a compilation's texts rendered apart (``extract --jobs``) make the same text
RECORD_JOIN: dict[Callable[[ExtractResult], str], str] = {
    json_items_text: ",\n",
    json_items_text_explained: ",\n",
}


def write_citations(citations: list[Citation], fmt: str, out: IO[str], explain: bool = False) -> None:
    """Write ``citations`` to ``out`` as ``jsonl``, ``json``, ``csv``, ``tsv`` or a ``table``.

    CSV quotes as RFC 4180 does.  TSV never quotes: a tab, line end or backslash inside a
    field is written ``\\t``, ``\\n``, ``\\r``, ``\\\\`` (other control characters
    ``\\xNN``), so every record is one line of exactly ``len(RECORD_FIELDS)`` fields.
    ``null`` is an empty field in both.  In both, a text that a spreadsheet would run as a
    formula (``=``, ``+``, ``-``, ``@``, tab, CR first) gets a leading ``'``.
    With ``explain``, the :data:`EXPLAIN_FIELDS` follow (evidence joined with "; ").
    """
    fields = _fields(explain)
    if fmt == "jsonl":
        write_jsonl(citations, out, explain)
    elif fmt == "json":
        import json

        out.write(
            json_text(json.dumps([c.to_record(explain) for c in citations], ensure_ascii=False, indent=2))
        )
        out.write("\n")
    elif fmt == "csv":
        out.write(csv_line(list(fields)))
        for c in citations:
            out.write(csv_line([_csv_cell(v) for v in _flat(c, explain)]))
    elif fmt == "tsv":
        out.write("\t".join(fields) + "\n")
        for c in citations:
            out.write("\t".join(_tsv_field(v) for v in _flat(c, explain)) + "\n")
    elif fmt == "table":
        from rich.table import Table
        from rich.text import Text

        from .console import make_console

        table = Table(show_lines=False)
        cols = ["source_id", "section", "paragraph", "text", "target", "date", "function", "verb"]
        for col in [*cols, "why"] if explain else cols:
            table.add_column(col, overflow="fold")
        for c in citations:
            # Text(), not str: a mention like "[1]" or "[/b]" must not be read as rich markup.
            row = [
                Text(for_terminal(c.source_id or "")),
                Text(for_terminal(c.section or "")),
                Text(for_terminal(c.paragraph or "")),
                Text(for_terminal(c.text)),
                Text(for_terminal(c.target)) if c.target is not None else Text("unresolved", style="red"),
                Text(for_terminal(c.date or "")),
                Text(for_terminal(c.function or "")),
                Text(for_terminal(c.verb or "")),
            ]
            if explain:
                why = [c.rule or "", *c.evidence, *([c.reason] if c.reason else [])]
                row.append(Text(for_terminal("; ".join(w for w in why if w))))
            table.add_row(*row)
        make_console(out).print(table)
    else:
        raise ValueError(f"unknown format {fmt!r}")


_TSV_ESCAPES = str.maketrans(
    {
        "\\": "\\\\",
        "\t": "\\t",
        "\n": "\\n",
        "\r": "\\r",
        **{chr(c): f"\\x{c:02x}" for c in [*range(0x20), *range(0x7F, 0xA0)] if chr(c) not in "\t\n\r"},
    }
)


def _tsv_field(value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    return (spreadsheet_cell(text) if isinstance(value, str) else text).translate(_TSV_ESCAPES)


_FORMULA_FIRST = frozenset("=+-@\t\r")


def _tsv_row(row: dict[str, object], fields: Sequence[str]) -> str:
    """``"\t".join(_tsv_field(_cell(row.get(f))) for f in fields) + "\n"``, quicker: a row
    with nothing to escape (no backslash, every character printable: all the characters
    ``_TSV_ESCAPES`` changes are not) is joined as it is; any other row cell by cell."""
    cells = []
    for f in fields:
        v = row.get(f)
        c = v if type(v) is str else _cell(v)
        if c[:1] in _FORMULA_FIRST and c:
            c = "'" + c
        cells.append(c)
    plain = "".join(cells)
    if "\\" in plain or not plain.isprintable():
        return "\t".join(c.translate(_TSV_ESCAPES) for c in cells) + "\n"
    return "\t".join(cells) + "\n"


def _tsv_line(row: dict[str, object], fields: Sequence[str]) -> str:
    """:func:`_tsv_row`, quicker for the common row: its cells joined in C, and looked at as
    a whole — printable, no backslash, no cell that begins with a formula character — else
    :func:`_tsv_row` cell by cell (the same text)."""
    return _tsv_of(list(map(row.get, fields)), row, fields)


def _tsv_of(values: Sequence[object], row: dict[str, object] | None, fields: Sequence[str]) -> str:
    """:func:`_tsv_line` of a row given as its ``values`` in the order of ``fields`` (``row``:
    the same as a dict, or None to make one for a row that needs escaping)."""
    cells = [
        v
        if type(v) is str
        else ""
        if v is None
        else str(v)
        if type(v) is int
        else ("true" if v else "false")
        if type(v) is bool
        else _cell(v)
        for v in values
    ]
    line = "\t".join(cells)
    if (
        "\\" in line
        or line[:1] in _FORMULA_FIRST
        or "\t=" in line
        or "\t+" in line
        or "\t-" in line
        or "\t@" in line
        or not "".join(cells).isprintable()
    ):
        return _tsv_row(dict(zip(fields, values, strict=True)) if row is None else row, fields)
    return line + "\n"


def write_tsv_values(rows: Iterable[Sequence[object]], fields: Sequence[str], out: IO[str]) -> int:
    """:func:`write_rows` in tsv of rows given as values in the order of ``fields`` (no dict
    per row: a listing of thousands of rows); the same text."""
    out.write("\t".join(fields) + "\n")
    return _write_lines(out, (_tsv_of(values, None, fields) for values in rows))


def write_tsv_lines(
    lines: Sequence[str],
    fields: Sequence[str],
    out: IO[str],
    values: Callable[[], Iterable[Sequence[object]]],
) -> int:
    """:func:`write_tsv_values` of rows given as their lines already joined (each row's cells
    as :func:`_tsv_of` makes them, tabs between, a line end after: ``corpus.traversal.traverse_lines``),
    written in one call when the text as a whole shows that no cell needs anything done
    — a tab and a line end for each cell and row and no more (no cell holds one), no
    backslash, no cell that begins with a formula character, every other character
    printable — which is :func:`_tsv_of`'s test of every row at once; otherwise the rows
    are written from their ``values()`` (the same rows), cell by cell where needed.  The
    same text either way."""
    text = "".join(lines)
    n = len(lines)
    if text.isascii():  # one pass in C over the bytes, each a class: separator, formula, …
        kinds = text.encode("ascii").translate(_TSV_KINDS)
        plain = (
            kinds.count(b"\t") == n * len(fields)
            and b"\x00" not in kinds
            and b"\\" not in kinds
            and b"\t=" not in kinds
            and kinds[:1] != b"="
        )
    else:
        plain = (
            text.count("\t") == n * (len(fields) - 1)
            and text.count("\n") == n
            and "\\" not in text
            and text[:1] not in _FORMULA_FIRST
            and not any(f"\t{c}" in text or f"\n{c}" in text for c in "=+-@")
            and text.replace("\t", "").replace("\n", "").isprintable()
        )
    if plain:
        out.write("\t".join(fields) + "\n" + text)
        return n
    return write_tsv_values(values(), fields, out)


#: Each ASCII character's class for :func:`write_tsv_lines`: a tab or line end (``\t``: the
#: cells' separators, and a cell that holds one), a character that makes a cell a formula
#: when it begins it (``=``), a backslash, a character that is not printable (``\x00``);
#: any other is ``a``.  (An empty first cell needs nothing either: its tab is not marked.)
_TSV_KINDS = bytes(
    61 if c in b"=+-@" else 9 if c in (9, 10) else 92 if c == 92 else 0 if c < 32 or c == 127 else 97
    for c in range(256)
)


#: Rows written at once: a listing of thousands of rows is a few writes, and still streams.
_BATCH = 256


def _write_lines(out: IO[str], lines: Iterable[str]) -> int:
    """Write ``lines`` in batches of :data:`_BATCH`; returns how many."""
    n = 0
    batch: list[str] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= _BATCH:
            out.write("".join(batch))
            n += len(batch)
            batch.clear()
    if batch:
        out.write("".join(batch))
        n += len(batch)
    return n


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    return spreadsheet_cell(value) if isinstance(value, str) else str(value)


# --------------------------------------------------------------------------- listings

LISTING_FORMATS = ("table", "json", "jsonl", "csv", "tsv", "ids")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    return str(value)


def write_rows(
    rows: Iterable[dict[str, object]],
    fields: Sequence[str],
    fmt: str,
    out: IO[str],
    *,
    id_field: str = "id",
    table_fields: Sequence[str] | None = None,
) -> int:
    """Write listing rows in ``fmt``; returns the number of rows.  Streams except ``json``/``table``.

    Lists are joined with ``"; "`` in csv, tsv and table; tsv escapes as :func:`write_citations`.
    """
    n = 0
    if fmt == "ids":
        n = _write_lines(out, (f"{for_terminal(str(row[id_field]))}\n" for row in rows))
    elif fmt == "jsonl":
        encode = _encoder()
        n = _write_lines(
            out,
            (
                json_text(encode({f: row.get(f) for f in fields})).translate(_JSONL_ESCAPES) + "\n"
                for row in rows
            ),
        )
    elif fmt == "json":
        items = [{f: row.get(f) for f in fields} for row in rows]
        out.write(json_text(json_indented(items)))
        out.write("\n")
        n = len(items)
    elif fmt == "csv":
        out.write(csv_line(list(fields)))
        n = _write_lines(out, (csv_line([_csv_cell(_cell(row.get(f))) for f in fields]) for row in rows))
    elif fmt == "tsv":  # never quoted; tab, line ends and backslash escaped as in write_citations
        out.write("\t".join(fields) + "\n")
        n = _write_lines(out, (_tsv_line(row, fields) for row in rows))
    elif fmt == "table":
        from rich.table import Table
        from rich.text import Text

        from .console import make_console

        cols = list(table_fields or fields)
        table = Table(show_lines=False, header_style="bold")
        for col in cols:
            table.add_column(col, overflow="fold")
        for row in rows:
            texts: list[Text] = []
            for col in cols:
                v = row.get(col)
                if isinstance(v, list) and len(v) > 3:
                    v = [*v[:3], f"… {len(v) - 3} more"]
                texts.append(Text(for_terminal(_cell(v))))
            table.add_row(*texts)
            n += 1
        make_console(out).print(table)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return n


# --------------------------------------------------------------------------- one node


def _where(m: dict[str, Any]) -> str:
    place = m.get("section") or "?"
    if m.get("paragraph"):
        place += f" {m['paragraph']}"
    spot = [f"p. {m['page']}" if m.get("page") else "", f"line {m['line']}" if m.get("line") else ""]
    spot_text = ", ".join(s for s in spot if s)
    return f"{spot_text}: {place}" if spot_text else place


#: The line ends and tabs a shown sentence holds: a text without any needs no pattern (most
#: of a ``show``'s lines; the pattern's compile was a fifth of a millisecond of every ``show``)
_LINE_BREAKS = "\t\n\r\x0b\x0c\x85\u2028\u2029"
#: … a run of them (compiled where first needed: ``show`` only)
_ONE_LINE = f"[{_LINE_BREAKS}]+"


def _one_line(text: str) -> str:
    """``text`` with each run of line breaks and tabs made one space."""
    if any(c in text for c in _LINE_BREAKS):
        return re.sub(_ONE_LINE, " ", text)
    return text


def write_show(info: dict[str, Any], out: IO[str], *, rich: bool = False) -> None:
    """``rescite show`` for people: plain text, or with rich markup on a terminal.

    The mention is set off in the sentence as ``[[…]]`` in plain text, bold in rich.
    """
    lines: list[tuple[str, list[tuple[str, str]]]] = []  # (plain line, rich segments)

    def add(*segments: tuple[str, str]) -> None:
        # text from documents: line breaks as spaces, control characters visible, never raw
        safe = [(for_terminal(_one_line(t)), style) for t, style in segments]
        lines.append(("".join(t for t, _ in safe), safe))

    head = [info["id"], info.get("kind") or "", info.get("body") or "", info.get("date") or ""]
    add(("  ".join(h for h in head if h), "bold"))
    if info.get("name"):
        add((f"name: {info['name']}", ""))
    if info.get("link"):
        add((f"link: {info['link']}", ""))
    add((f"in corpus: {'yes' if info.get('in_corpus') else 'no'}", ""))
    for fact in info.get("same_as", []):
        if fact["id"] == info["id"]:
            add((f"same as: {fact['same_as']} = {fact['id']}, {fact['pinpoint']}", ""))
        else:
            add((f"same as: {fact['id']}, {fact['pinpoint']}", ""))
    mentions = info.get("cited_in", [])
    citing = sorted({m["citing"] for m in mentions})
    add((f"cited by {len(citing)} document(s), {len(mentions)} mention(s):", "bold"))
    for m in mentions:
        verb = f' "{m["verb"]}"' if m.get("verb") else ""
        function = f" {m['function']}" if m.get("function") else ""
        pin = f" ({m['pinpoint']})" if m.get("pinpoint") else ""
        add((f"  {m['citing']}  {_where(m)}{function}{verb}{pin}", ""))
        ctx = m.get("context") or ""
        c0, c1 = m.get("_ctx") or (0, 0)
        if ctx:
            add(
                ("    " + ctx[:c0], "dim"),
                ("[[" if not rich else "", ""),
                (ctx[c0:c1], "bold yellow"),
                ("]]" if not rich else "", ""),
                (ctx[c1:], "dim"),
            )
    cites = info.get("cites", [])
    if info.get("in_corpus"):
        add((f"cites {len(cites)} text(s):", "bold"))
        for c in cites:
            extra = f" ×{c['mentions']}" if c.get("mentions", 1) > 1 else ""
            add((f"  {c['target']}  {c.get('kind') or ''}{extra}".rstrip(), ""))
    if rich:
        from rich.text import Text

        from .console import make_console

        console = make_console(out, highlight=False)
        for _, segments in lines:
            text = Text()
            for t, style in segments:
                if t:
                    text.append(t, style=style or None)
            console.print(text, soft_wrap=True)
    else:
        for plain, _ in lines:
            out.write(plain + "\n")
