"""Finding texts by words: titles, names of instruments and the citing paragraphs.

Kept in the index next to the graph (rescite's own tables, filled after each refresh):

- ``search_fts``: an SQLite FTS5 table, one row per node — its title, the names it is
  known by (every language of the lexicon and ``short_names.csv``) and the context of its
  mentions — tokenised with accents folded (``remove_diacritics 2``: "coopération"
  matches "cooperation"), ranked by BM25 with titles weighing most.  Only the search index
  is stored: its text is the view ``search_content``, made from the index's own tables
  (the node's title and id, ``search_names``, and the first :data:`_MAX_CONTEXTS` sentences
  around its mentions, stored once, compressed, in ``contexts``): an external-content FTS5
  table.  A refresh takes the rows of the nodes it touches out of the search index before
  their text changes (FTS5 needs the text a row was indexed with to remove it), and puts
  them back after: the cost follows the change;
- titles given by citing texts ("resolution 70/1 of 25 September 2015, entitled
  'Transforming our world …'") are written to ``nodes.name`` of nodes that have none.
"""

from __future__ import annotations

# the C module sqlite3 is made of (the same classes): the package adds date adapters the
# index never uses, importing datetime (a millisecond or two of a refresh after a change)
import _sqlite3 as sqlite3
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from .fresh import keys_json

TYPE_CHECKING = False  # as typing's, without importing typing: a refresh imports this module
if TYPE_CHECKING:
    from typing import Any

_QUOTES = "“”\"«»‘’'„‹›「」『』"
_MAX_CONTEXTS = 40
#: How the search table is made (meta ``search_format``): another value is rebuilt.
SEARCH_FORMAT = "external-2"

#: The text of each node's search row, from the index's own tables (nothing stored twice).
_VIEW = f"""CREATE VIEW search_content AS SELECT n.node AS node, n.id AS id,
    coalesce(n.name, '') || ' ' || n.id || ' ' || replace(n.id, '/', ' ') AS title,
    coalesce(s.names, '') AS names,
    coalesce((SELECT group_concat(rescite_context(f.data, f.ctx), char(10)) FROM (
        SELECT x.data AS data, m.ctx AS ctx FROM mentions m JOIN documents d ON d.doc = m.doc
        JOIN contexts x ON x.doc = m.doc
        WHERE m.target = (SELECT g.t FROM targets g WHERE g.id = n.id) AND m.ctx IS NOT NULL
        ORDER BY d.path, m.seq LIMIT {_MAX_CONTEXTS}) f), '') AS context
    FROM nodes n LEFT JOIN search_names s ON s.node = n.node"""
_COLUMNS = "id, title, names, context"


def _title_re() -> re.Pattern[str] | None:
    from ..grammar.names import title_words

    words = sorted(title_words(), key=len, reverse=True)
    if not words:
        return None
    from ..grammar import recache  # the program kept between runs: a refresh compiles it at every start

    alt = "|".join(re.escape(w) for w in words)
    return recache.compile(
        rf"^[^.;/\n]{{0,80}}?(?<!\w)(?:{alt})(?!\w)\s*[:,]?\s*[{re.escape(_QUOTES)}]"
        rf"(?P<title>[^{re.escape(_QUOTES)}\n]{{3,300}})[{re.escape(_QUOTES)}]",
        re.IGNORECASE,
    )


def cited_title(context: str, end: int, pattern: re.Pattern[str] | None = None) -> str | None:
    """The title the citing text gives the text cited at ``context[...:end]``, if any."""
    pattern = pattern if pattern is not None else _title_re()
    if pattern is None:
        return None
    m = pattern.match(context[end:])
    if m is None:
        return None
    title = " ".join(m.group("title").split()).rstrip(" ,")
    return title or None


def _fresh(conn: sqlite3.Connection, meta: dict[str, str]) -> bool:
    """The search table is of this format and up to date with the index's generation."""
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_fts'").fetchone()
    return (
        has is not None
        and meta.get("search_format") == SEARCH_FORMAT
        and meta.get("search_for") == meta.get("generation", "")
    )


#: The sentences of documents, by the text each mention cites: (path, seq, sentence) —
#: the documents a refresh takes out (as they were) or puts in (as they are).
_SENTENCES_OF_DOC = (
    "SELECT g.id, m.seq, rescite_context(x.data, m.ctx) FROM mentions m JOIN contexts x ON x.doc = m.doc "
    "JOIN targets g ON g.t = m.target WHERE m.doc = ? AND m.ctx IS NOT NULL"
)
_SENTENCES_OF_PATHS = (
    "SELECT d.path, g.id, m.seq, rescite_context(x.data, m.ctx) FROM documents d "
    "JOIN mentions m ON m.doc = d.doc JOIN contexts x ON x.doc = m.doc JOIN targets g ON g.t = m.target "
    "WHERE d.path IN (SELECT value FROM json_each(?)) AND m.ctx IS NOT NULL"
)
#: A text's first sentences in the documents but those a refresh changed, in the order of
#: ``search_content``'s, with the place of each: (path, seq, sentence).  Its mentions by the
#: index on targets, sorted — or, for a text mentioned so often that sorting all its mentions
#: costs more (a treaty every resolution recalls: 20,000 mentions, 20 ms), the documents
#: walked in path order until enough are found (a few dozen look-ups, no sort).  A text
#: mentioned M times among D documents, spread evenly, is found 40 times within about 40·D/M
#: documents: walking them costs less than sorting M mentions when M² > 40·D (twice that, to
#: be safe with mentions that are not spread evenly).  The sentences are cut from the rows
#: the sort kept (a subquery that SQLite runs as a co-routine): a function in the sorted query
#: itself runs for every row before the sort, decompressing the document of each of a text's
#: mentions, hundreds where forty are kept.
_OTHERS_BY_TARGET = (
    "SELECT f.path, f.seq, rescite_context(f.data, f.ctx) FROM (SELECT d.path AS path, m.seq AS seq, "
    "x.data AS data, m.ctx AS ctx FROM mentions m JOIN documents d ON d.doc = m.doc "
    "JOIN contexts x ON x.doc = m.doc WHERE m.target = (SELECT t FROM targets WHERE id = ?) "
    "AND m.ctx IS NOT NULL AND d.path NOT IN (SELECT value FROM json_each(?)) "
    f"ORDER BY d.path, m.seq LIMIT {_MAX_CONTEXTS}) f"
)
_OTHERS_BY_PATH = (
    "SELECT d.path, m.seq, rescite_context(x.data, m.ctx) FROM documents d CROSS JOIN mentions m "
    "ON m.doc = d.doc JOIN contexts x ON x.doc = m.doc WHERE m.target = (SELECT t FROM targets WHERE id = ?) "
    "AND m.ctx IS NOT NULL AND d.path NOT IN (SELECT value FROM json_each(?)) "
    f"ORDER BY d.path, m.seq LIMIT {_MAX_CONTEXTS}"
)

#: A sentence of a text's search row and its place: (path of the document, seq of the mention, sentence).
_Placed = tuple[str, int, "str | None"]


class Forgetter:
    """For a refresh: what the search rows of the texts it touches were made of, kept before
    the rows they come from change, for :func:`rebuild` to take out of the search index the
    rows that changed, with the words they went in with (FTS5 needs them), and to put in
    their new text.

    A text's row is its name, the names it is known by and its first sentences in document
    order; the refresh changes only the sentences of the documents it takes out or puts in
    (:attr:`paths`).  So what is kept is each touched text's name and names (:attr:`before`)
    and the sentences of the documents taken out (:attr:`old`); a text whose name, names and
    sentences in those documents are the same after is left as it is (a text the changed file
    cites in the same sentences as before), unread; the row of any other is made twice from
    its first sentences in the other documents, read once: with the old sentences, and with
    the new."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        #: id → (node, name, names) as they were before the refresh
        self.before: dict[str, tuple[int, str | None, str]] = {}
        #: id → the sentences of the documents taken out that cite it, as they were
        self.old: dict[str, list[_Placed]] = {}
        #: the paths of the documents taken out or put in
        self.paths: set[str] = set()

    def __call__(self, ids: set[str]) -> None:
        """Keep the name and names of ``ids`` (before the refresh changes them)."""
        if ids:
            for node, cid, name, words in self.conn.execute(
                "SELECT n.node, n.id, n.name, coalesce(s.names, '') FROM nodes n "
                "LEFT JOIN search_names s ON s.node = n.node WHERE n.id IN (SELECT value FROM json_each(?))",
                (keys_json(sorted(ids)),),
            ):
                self.before.setdefault(cid, (node, name, words))

    def document(self, doc: int, path: str) -> None:
        """Keep the sentences of the document ``doc`` at ``path`` (before its rows go)."""
        self.paths.add(path)
        for target, seq, sentence in self.conn.execute(_SENTENCES_OF_DOC, (doc,)):
            self.old.setdefault(target, []).append((path, seq, sentence))


def _changed_rows(
    conn: sqlite3.Connection,
    ids: Iterable[str],
    forgetter: Forgetter,
    now: dict[str, tuple[int, str | None, str]],
) -> tuple[list[tuple[int, str, str, str, str]], list[tuple[int, str, str, str, str]]]:
    """The search rows of ``ids`` that a refresh changed: as they were (to take out) and as
    they are (to put in); ``now``: id → (node, name, names) after the refresh."""
    new: dict[str, list[_Placed]] = {}
    if forgetter.paths:
        for path, target, seq, sentence in conn.execute(
            _SENTENCES_OF_PATHS, (keys_json(sorted(forgetter.paths)),)
        ):
            new.setdefault(target, []).append((path, seq, sentence))
    documents = None
    paths = keys_json(sorted(forgetter.paths))
    out: list[tuple[int, str, str, str, str]] = []
    into: list[tuple[int, str, str, str, str]] = []
    for cid in sorted(ids):
        was, is_ = forgetter.before.get(cid), now.get(cid)
        old, fresh = sorted(forgetter.old.get(cid, ())), sorted(new.get(cid, ()))
        if was == is_ and [(p, t) for p, _, t in old] == [(p, t) for p, _, t in fresh]:
            continue  # the same name, names and sentences: the same row
        if was is None and is_ is None:
            continue
        if documents is None:
            documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        row = conn.execute("SELECT mentions FROM nodes WHERE id = ?", (cid,)).fetchone()
        mentions = row[0] if row is not None else 0
        popular = mentions * mentions > 2 * _MAX_CONTEXTS * documents
        others: list[_Placed] = [
            (p, q, t)
            for p, q, t in conn.execute(_OTHERS_BY_PATH if popular else _OTHERS_BY_TARGET, (cid, paths))
        ]
        for kept, placed, rows in ((was, old, out), (is_, fresh, into)):
            if kept is not None:
                first = sorted([*others, *placed])[:_MAX_CONTEXTS]
                text = "\n".join(t for _, _, t in first if t is not None)
                node, name, words = kept
                rows.append((node, cid, f"{name or ''} {cid} {cid.replace('/', ' ')}", words, text))
    return out, into


def _every_context(conn: sqlite3.Connection) -> Iterable[tuple[str, str | None, int | None]]:
    """(target, sentence, end of the mention in it) of every mention with a target and a
    sentence, in document order: the ``citations`` view's rows, each document's sentences
    read once (the view finds each mention's sentence in its document's again)."""
    from .fresh import unpack

    cur = conn.cursor()
    cur.row_factory = None
    doc: int | None = None
    sentences: list[str] = []
    for target, ctx, ctx_end, at in cur.execute(
        "SELECT g.id, m.ctx, m.ctx_end, m.doc FROM mentions m JOIN targets g ON g.t = m.target "
        "JOIN documents d ON d.doc = m.doc WHERE m.target IS NOT NULL AND m.ctx IS NOT NULL "
        "ORDER BY d.path, m.seq"
    ):
        if at != doc:
            doc = at
            got = conn.execute("SELECT data FROM contexts WHERE doc = ?", (at,)).fetchone()
            raw = unpack(bytes(got[0])) if got is not None else None
            sentences = raw.decode("utf-8", "surrogatepass").split("\x00") if raw is not None else []
        yield target, (sentences[ctx] if 0 <= ctx < len(sentences) else None), ctx_end


def forgetter(conn: sqlite3.Connection) -> Forgetter | None:
    """A :class:`Forgetter` for a refresh; None when the search table is not up to date (the
    refresh then rebuilds it whole)."""
    if not _fresh(conn, dict(conn.execute("SELECT key, value FROM meta").fetchall())):
        return None
    return Forgetter(conn)


def rebuild(
    conn: sqlite3.Connection,
    ids: set[str] | None = None,
    gone: Iterable[int] = (),
    before: Forgetter | None = None,
) -> bool:
    """Fill titles from citing texts and the search table anew (inside the caller's transaction);
    with ``ids``, only the rows of these nodes, whose rows as they were before the refresh
    are known to ``before`` (:class:`Forgetter`): the rows that changed are taken out and put
    back, and the search index merged a step further (:func:`_merge_step`).  True while a
    merge of the search index is under way: the pages it frees are reused by its next step."""
    from ..grammar.names import aliases, normalise_name

    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    generation = meta.get("generation", "")
    partial = ids is not None
    pattern = _title_re()
    titles: dict[str, Counter[str]] = defaultdict(Counter)
    contexts: dict[str, list[str | None]] = defaultdict(list)
    if partial:
        keys = keys_json(sorted(ids or ()))
        # titles only for the nodes without a name (the others keep theirs): a text cited
        # everywhere but named by its document or the lexicon costs nothing here
        sql = (
            "SELECT c.target, c.context, c.ctx_end FROM nodes n CROSS JOIN targets g ON g.id = n.id "
            "CROSS JOIN mentions m ON m.target = g.t "
            "CROSS JOIN citations c ON c.doc = m.doc AND c.seq = m.seq "
            "JOIN documents d ON d.doc = c.doc WHERE n.id IN (SELECT value FROM json_each(?)) "
            "AND n.name IS NULL AND c.ctx IS NOT NULL ORDER BY d.path, c.seq"
        )
        args: tuple[str, ...] = (keys,)
    else:
        args = ()
    # the texts that have a name keep it: their citing titles are not looked for
    named = set() if partial else {r[0] for r in conn.execute("SELECT id FROM nodes WHERE name IS NOT NULL")}
    rows = conn.execute(sql, args) if partial else _every_context(conn)
    for target, context, ctx_end in rows:
        if not partial and len(contexts[target]) < _MAX_CONTEXTS:  # as the view search_content
            contexts[target].append(context)
        if context is None or target in named:
            continue
        title = cited_title(context, ctx_end or 0, pattern)
        if title:
            titles[target][title] += 1
    for target, counter in titles.items():
        best = max(counter.items(), key=lambda kv: (kv[1], len(kv[0])))[0]
        conn.execute("UPDATE nodes SET name = ? WHERE id = ? AND name IS NULL", (best, target))
    names: dict[str, list[str]] = defaultdict(list)
    for name, alias_ids in aliases().items():
        for cid in alias_ids:
            names[cid].append(name)
    if partial:
        node_rows = conn.execute(
            "SELECT node, id, name FROM nodes WHERE id IN (SELECT value FROM json_each(?)) ORDER BY node",
            args,
        ).fetchall()
        conn.executemany("DELETE FROM search_names WHERE node = ?", ((k,) for k in gone))
    else:
        conn.execute("DROP TABLE IF EXISTS search_fts")
        conn.execute("DROP VIEW IF EXISTS search_content")
        conn.execute("DROP TABLE IF EXISTS search_names")
        conn.execute("CREATE TABLE search_names (node INTEGER PRIMARY KEY, names TEXT NOT NULL)")
        conn.execute(_VIEW)
        conn.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5("
            "id UNINDEXED, title, names, context, content = 'search_content', content_rowid = 'node', "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
        node_rows = conn.execute("SELECT node, id, name FROM nodes ORDER BY node").fetchall()
    words = [
        (node, " ".join(names.get(cid, ()) or [normalise_name(name or "")])) for node, cid, name in node_rows
    ]
    conn.executemany("DELETE FROM search_names WHERE node = ?", ((node,) for node, w in words if not w))
    # a node whose names are those it had before the refresh keeps its row as it is (written
    # again, its page went to the WAL and the index for nothing)
    was = before.before if partial and before is not None else {}
    conn.executemany(
        "INSERT OR REPLACE INTO search_names(node, names) VALUES (?, ?)",
        (
            (node, w)
            for (node, w), (_, cid, _) in zip(words, node_rows, strict=True)
            if w and was.get(cid, (None, None, None))[::2] != (node, w)
        ),
    )
    merging = due = False
    if partial:  # the rows of the nodes the refresh touched that changed: out as they were, in as they are
        now = {cid: (node, name, w) for (node, cid, name), (_, w) in zip(node_rows, words, strict=True)}
        out, into = _changed_rows(conn, ids or (), before or Forgetter(conn), now)
        # before this refresh's rows: FTS5 keeps them in memory until the commit, and a merge
        # that has nothing to do is told by SQLite's count of changes
        merging, due = _merge_step(conn, meta, _chars(out), _chars(into))
        conn.executemany(
            f"INSERT INTO search_fts(search_fts, rowid, {_COLUMNS}) VALUES ('delete', ?, ?, ?, ?, ?)", out
        )
        conn.executemany(f"INSERT INTO search_fts(rowid, {_COLUMNS}) VALUES (?,?,?,?,?)", into)
    else:  # every row, from one pass over the citations in document order (what the view gives)
        total = [0]

        def counted(row: tuple[int, str, str, str, str]) -> tuple[int, str, str, str, str]:
            total[0] += _chars((row,))
            return row

        conn.executemany(
            f"INSERT INTO search_fts(rowid, {_COLUMNS}) VALUES (?,?,?,?,?)",
            (
                counted(
                    (
                        node,
                        cid,
                        " ".join([name or "", cid, cid.replace("/", " ")]),
                        w,
                        "\n".join(c for c in contexts.get(cid, ()) if c is not None),
                    )
                )
                for (node, cid, name), (_, w) in zip(node_rows, words, strict=True)
            ),
        )
        # merged into one segment now: filled whole, FTS5 leaves its index in a few large
        # segments of one level, which the fourth segment a refresh writes merges at that
        # refresh's commit (on 10,000 documents a refresh of one changed file doing half
        # again its work); once merged, a refresh's small segments merge among themselves
        conn.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
        conn.executemany(
            "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
            [
                ("search_chars", str(total[0])),
                ("search_stale", "0"),
                ("search_merging", "0"),
                ("search_merges", "0"),
            ],
        )
    conn.executemany(
        "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
        [("search_for", "" if due else str(generation)), ("search_format", SEARCH_FORMAT)],
    )
    return merging


def _chars(rows: Iterable[tuple[int, str, str, str, str]]) -> int:
    """The characters of search rows (title, names and sentences): what their words take in
    the search index, give or take a constant."""
    return sum(len(title) + len(names) + len(text) for _, _, title, names, text in rows)


#: A refresh starts merging the whole search index into one segment once the rows taken out
#: since the last merge began hold more than one character in this many of all its rows' text
STALE_SHARE = 50
#: and more than this many characters (a small index is merged less often than a share of it).
STALE_MIN = 20_000
#: Pages (4 KB) of the search index a refresh merges while a merge is under way: about 20 ms of CPU.
MERGE_PAGES = 256
#: After this many merges the search table is built whole again (at the next refresh or
#: ``search``): each merge of the whole index puts it one or two levels up in FTS5's
#: structure, which SQLite holds for damaged past 2,000.
MERGES_BEFORE_REBUILD = 500


def _merge_step(conn: sqlite3.Connection, meta: dict[str, str], out: int, into: int) -> tuple[bool, bool]:
    """Keep the search index about the size of a fresh one, a bounded part of the work at each
    refresh (in the refresh's transaction, before its rows are taken out and put in): whether
    a merge is under way after it, and whether the search table is due to be built whole.

    FTS5 takes a row out by writing, in a new segment, a mark for each of its words: the row
    as it was stays in the older segment until the two are merged.  FTS5 merges its small
    segments among themselves as they come (``automerge``), but the large one made by the
    build only when the levels below have filled up, so each refresh's rows taken out stay
    there in the meantime: the index grew by about its rows' size at each refresh.  Here the
    text of the rows taken out (``out`` characters, ``into`` put in) is counted (meta
    ``search_stale``, against ``search_chars``, all the rows' text); past one part in
    :data:`STALE_SHARE`, a merge of every segment into one begins (``merge`` with a negative
    count), and each refresh after goes on with it :data:`MERGE_PAGES` pages at a time (the
    pages it reads from its inputs are freed as it goes, and reused by the next step) until
    it has nothing left to do (SQLite counts fewer than two changes).  What is taken out
    meanwhile waits for the next merge.  An index without ``search_chars`` (made by an older
    rescite, until it is built whole again) is left to FTS5's own merges."""
    if "search_chars" not in meta:
        return False, False
    total = max(1, int(meta["search_chars"]) + into - out)
    stale = int(meta.get("search_stale", "0"))
    merges = int(meta.get("search_merges", "0"))
    merging = meta.get("search_merging") == "1"
    if merging:
        changes = conn.total_changes
        conn.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('merge', ?)", (MERGE_PAGES,))
        merging = conn.total_changes - changes >= 2
    due = False
    if not merging and stale * STALE_SHARE > total and stale > STALE_MIN:
        if merges >= MERGES_BEFORE_REBUILD:
            due = True  # built whole by the next refresh or search
        else:
            conn.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('merge', ?)", (-MERGE_PAGES,))
            merging, stale, merges = True, 0, merges + 1
    values = [
        ("search_chars", str(total)),
        ("search_stale", str(stale + out)),
        ("search_merging", str(int(merging))),
        ("search_merges", str(merges)),
    ]
    conn.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", values)
    return merging, due


def ensure(conn: sqlite3.Connection) -> bool:
    """Build the search table if this index has none or an old one; False when it cannot."""
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_fts'").fetchone()
    if _fresh(conn, meta):
        return True
    try:
        conn.execute("BEGIN IMMEDIATE")
        rebuild(conn)
        conn.execute("COMMIT")
    except sqlite3.Error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        return bool(has)
    return True


def _match_expression(words: str) -> str:
    tokens = re.findall(r"\w+", words, flags=re.UNICODE)
    return " AND ".join(f'"{t}"*' for t in tokens)


def search(
    conn: sqlite3.Connection, words: str, limit: int = 20, snippets: bool = True
) -> list[dict[str, Any]]:
    """The nodes that hold every word (by prefix, accents folded), best first: title, then
    names, then citing paragraphs; ties go to the more cited.

    ``snippets``: the citing paragraph's words around a match in ``context``; without them
    (``context`` None), :func:`add_snippets` gives them to the rows a caller keeps (each
    snippet reads its node's paragraphs: a caller that keeps 20 rows of 5,000 reads 20).
    """
    from .query import node_of_row

    expr = _match_expression(words)
    if not expr or not ensure(conn):
        return []
    sql = (
        "SELECT n.node, n.id, n.kind, n.body, n.date, n.name, n.in_corpus, n.cited_by, n.mentions, "
        "n.cites, n.pagerank, bm25(search_fts, 0.0, 10.0, 5.0, 1.0) AS score"
        + (", snippet(search_fts, 3, '[', ']', '…', 12) AS snip " if snippets else ", NULL AS snip ")
        + "FROM search_fts JOIN nodes n ON n.node = search_fts.rowid WHERE search_fts MATCH ? "
        "ORDER BY score, n.cited_by DESC, n.node" + (f" LIMIT {int(limit)}" if limit else "")
    )
    try:
        found = conn.execute(sql, (expr,)).fetchall()
    except sqlite3.OperationalError:
        return []
    out = []
    for rank, row in enumerate(found, 1):
        d = node_of_row(row)
        d["rank"] = rank
        d["score"] = round(-float(row["score"]), 3)
        d["context"] = row["snip"] or None
        out.append(d)
    return out


def add_snippets(conn: sqlite3.Connection, words: str, rows: list[dict[str, Any]]) -> None:
    """Fill ``context`` of rows from :func:`search` ``(snippets=False)``, as ``search`` would."""
    expr = _match_expression(words)
    if not expr or not rows:
        return
    snips = dict(
        conn.execute(
            "SELECT rowid, snippet(search_fts, 3, '[', ']', '…', 12) FROM search_fts "
            "WHERE search_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))",
            (expr, keys_json([r["_node"] for r in rows])),
        ).fetchall()
    )
    for r in rows:
        r["context"] = snips.get(r["_node"]) or None
