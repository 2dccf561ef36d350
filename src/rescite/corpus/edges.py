"""The graph's tables (``nodes``, ``edges``, ``edge_facts``, ``votes``) brought up to date
for the ids a refresh touched: their facts, in-degree, mentions and out-degree.
"""

from __future__ import annotations

# the C module sqlite3 is made of (the same classes): see ``corpus.schema``
import _sqlite3 as sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable

from ..ids import kind_of_id
from ..models import Record
from .keys import fold, id_body, id_tail, natural_key, sort_key
from .schema import drop_indexes, make_indexes

TYPE_CHECKING = False  # as typing's, without importing typing: a refresh imports this module
if TYPE_CHECKING:
    from typing import Any

    from .search import Forgetter


class Touched(Record):
    """Node ids whose graph rows a refresh must bring up to date."""

    citing: set[str]  # documents' own ids: their out-edges
    targets: set[str]  # cited ids: their counts and facts
    everything: bool  # a first build: every graph table at once, in bulk
    errors: int  # how many more unreadable files' rows than before (deleted: -1, added: +1)
    gone: list[int]  # keys of the nodes no longer in the graph
    #: Keeps what the search rows of ids are made of (names, the sentences of the documents
    #: taken out), before a change touches them, for the search rows that changed to be
    #: replaced after (None: the search table is rebuilt whole).
    forget: Forgetter | None
    #: The votes of every mention, counted by the writer as it inserts them, when a refresh
    #: builds the index from nothing (None: the graph counts them from the mentions).
    votes: Counter[tuple[str, ...]] | None

    __slots__ = ("citing", "errors", "everything", "forget", "gone", "targets", "votes")

    def __init__(
        self,
        citing: set[str] | None = None,
        targets: set[str] | None = None,
        everything: bool = False,
        errors: int = 0,
        gone: list[int] | None = None,
        forget: Forgetter | None = None,
        votes: Counter[tuple[str, ...]] | None = None,
    ) -> None:
        self.citing = set() if citing is None else citing
        self.targets = set() if targets is None else targets
        self.everything = everything
        self.errors = errors
        self.gone = [] if gone is None else gone
        self.forget = forget
        self.votes = votes

    def touch(self, citing: Iterable[str] = (), targets: Iterable[str] = ()) -> None:
        """Mark ids to bring up to date; call it before the rows they depend on change."""
        ids_citing, ids_targets = set(citing), set(targets)
        if self.forget is not None:  # each id once: the ids touched before are out already
            self.forget((ids_citing | ids_targets) - self.citing - self.targets)
        self.citing |= ids_citing
        self.targets |= ids_targets


def add_votes(conn: sqlite3.Connection, votes: Counter[tuple[str, ...]], sign: int) -> None:
    conn.executemany(
        "INSERT INTO votes(target, kind, body, date, text, n) VALUES (?,?,?,?,?,?) "
        "ON CONFLICT DO UPDATE SET n = n + excluded.n",
        ((*k, sign * n) for k, n in votes.items()),
    )


#: The mentions of the touched citing ids that make edges, in document order: a document's
#: own mentions (its id cites) and the mentions of a compilation's texts (their ids cite).
_EDGE_MENTIONS = """SELECT s.node, t.node, f.function, f.verb, f.section, m.paragraph, m.pinpoint
    FROM (SELECT d.node_id AS citing, c.target AS target, c.phrase AS phrase, c.paragraph AS paragraph,
                 c.pinpoint AS pinpoint, d.path AS path, c.seq AS seq
          FROM documents d JOIN mentions c ON c.doc = d.doc
          WHERE d.node_id IN (SELECT id FROM temp.t_citing) AND c.source_id IS NULL
          UNION ALL
          SELECT c.source_id, c.target, c.phrase, c.paragraph, c.pinpoint, d.path, c.seq
          FROM mentions c JOIN documents d ON d.doc = c.doc
          WHERE c.source_id IN (SELECT id FROM temp.t_citing)) m
    JOIN nodes s ON s.id = m.citing JOIN targets g ON g.t = m.target JOIN nodes t ON t.id = g.id
    LEFT JOIN phrases f ON f.phrase = m.phrase
    WHERE t.node != s.node
    ORDER BY m.path, m.seq"""


#: :data:`_EDGE_MENTIONS` when every id is touched (a whole build): every mention, its citing
#: id its text's own or else its document's; the documents in the order of their paths (their
#: unique index: ``CROSS JOIN`` keeps them the outer loop) and each one's mentions in order,
#: so the whole corpus's mentions are not sorted.
_EVERY_EDGE_MENTION = """SELECT s.node, t.node, f.function, f.verb, f.section, c.paragraph, c.pinpoint
    FROM documents d CROSS JOIN mentions c ON c.doc = d.doc
    JOIN nodes s ON s.id = coalesce(c.source_id, d.node_id) JOIN targets g ON g.t = c.target
    JOIN nodes t ON t.id = g.id
    LEFT JOIN phrases f ON f.phrase = c.phrase
    WHERE t.node != s.node
    ORDER BY d.path, c.seq"""


def _insert_edges(
    conn: sqlite3.Connection,
    everything: bool = False,
    before: dict[tuple[int, int], tuple[int, int]] | None = None,
) -> tuple[int, int]:
    """The out-edges of the ids in ``temp.t_citing``, with their mentions counted and their
    facts (functions, verbs, sections, paragraphs, pinpoints: distinct, in document order,
    joined with "; ") named in ``edge_facts``: what ``cites``/``cited-by`` show for an edge.
    ``everything``: every id is in ``temp.t_citing`` (:data:`_EVERY_EDGE_MENTION`) and
    ``edges`` and ``edge_facts`` are empty.  ``before``: the out-edges those ids have now,
    (cited, citing) → (mentions, facts), brought to what they are to be: an edge that stays
    as it was is not written (a changed file's edges are mostly the same, each on a page of its
    own).  Returns how many edges were inserted and how many deleted."""
    counts: dict[tuple[int, int], int] = {}
    first: dict[tuple[int, int], tuple[Any, ...]] = {}
    lists: dict[tuple[int, int], list[list[Any]]] = {}
    cur = conn.cursor()
    cur.row_factory = None  # plain tuples: a whole corpus's mentions on a first build
    for r in cur.execute(_EVERY_EDGE_MENTION if everything else _EDGE_MENTIONS):
        key = (r[1], r[0])
        n = counts.get(key)
        if n is None:  # most edges have one mention: its values as they come
            counts[key] = 1
            first[key] = r[2:]
            continue
        counts[key] = n + 1
        got = lists.get(key)
        if got is None:
            got = lists[key] = [[] if v is None else [v] for v in first[key]]
        for v, seen in zip(r[2:], got, strict=True):
            if v is not None and v not in seen:
                seen.append(v)
    for key, got in lists.items():
        first[key] = tuple("; ".join(g) if g else None for g in got)
    # the number of each set of facts these edges have, found by its values (``edge_facts_values``;
    # the last of equal sets, as a dict of every set would keep it): a refresh looks up its few
    # sets, whatever the number of sets in the corpus (a first build's table is empty)
    known: dict[tuple[Any, ...], int] = {}
    top = 0
    if not everything:
        for values in set(first.values()):
            got = cur.execute(_FACTS_NUMBER, values).fetchone()[0]
            if got is not None:
                known[values] = got
        top = cur.execute("SELECT coalesce(max(facts), 0) FROM edge_facts").fetchone()[0]
    new: list[tuple[Any, ...]] = []
    rows = []
    for key in sorted(counts):
        values = first[key]
        number = known.get(values)
        if number is None:
            top += 1
            number = known[values] = top
            new.append((number, *values))
        rows.append((*key, counts[key], number))
    conn.executemany("INSERT INTO edge_facts VALUES (?, ?, ?, ?, ?, ?)", new)
    if before is None:
        conn.executemany("INSERT INTO edges(cited, citing, mentions, facts) VALUES (?, ?, ?, ?)", rows)
        return len(rows), 0
    wanted = {(r[0], r[1]): (r[2], r[3]) for r in rows}
    out = [key for key in before if key not in wanted]
    conn.executemany("DELETE FROM edges WHERE cited = ? AND citing = ?", out)
    conn.executemany(
        "UPDATE edges SET mentions = ?, facts = ? WHERE cited = ? AND citing = ?",
        [(*v, *k) for k, v in wanted.items() if k in before and before[k] != v],
    )
    added = [r for r in rows if (r[0], r[1]) not in before]
    conn.executemany("INSERT INTO edges(cited, citing, mentions, facts) VALUES (?, ?, ?, ?)", added)
    return len(added), len(out)


#: The number of a set of facts given by its values (None: a new set).
_FACTS_NUMBER = (
    "SELECT max(facts) FROM edge_facts WHERE function IS ? AND verb IS ? AND section IS ? "
    "AND paragraph IS ? AND pinpoint IS ?"
)


def _majority(counter: Counter[Any]) -> Any:
    if not counter:
        return None
    return sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))[0][0]


def update_graph(conn: sqlite3.Connection, touched: Touched | None = None) -> tuple[int, int] | None:
    """Bring ``nodes`` and ``edges`` up to date for the ids ``touched`` (None: every id).

    Only the out-edges of the touched documents' ids are deleted and inserted again, and
    only the touched nodes' facts and counts are recomputed, so the cost follows the
    change, not the corpus; the result is the same as a full build's (tests compare them).
    Returns how many nodes and edges more (or fewer) there are, when not every id was
    touched (None: counted again, :func:`_store_meta`).
    """
    from ..grammar.names import known_names

    conn.execute("CREATE TEMP TABLE IF NOT EXISTS t_ids (id TEXT PRIMARY KEY) WITHOUT ROWID")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS t_citing (id TEXT PRIMARY KEY) WITHOUT ROWID")
    conn.execute("DELETE FROM temp.t_ids")
    conn.execute("DELETE FROM temp.t_citing")
    if touched is None or touched.everything:
        conn.execute("DELETE FROM votes")
        if touched is not None and touched.votes is not None:  # counted by the writer
            add_votes(conn, touched.votes, 1)
        else:
            conn.execute(
                "INSERT INTO votes(target, kind, body, date, text, n) SELECT target, coalesce(kind, ''), "
                "coalesce(body, ''), coalesce(date, ''), coalesce(text, ''), count(*) FROM citations "
                "WHERE target IS NOT NULL GROUP BY 1, 2, 3, 4, 5"
            )
        conn.execute("INSERT OR IGNORE INTO temp.t_citing SELECT id FROM nodes")
        conn.execute(
            "INSERT OR IGNORE INTO temp.t_citing SELECT node_id FROM documents WHERE node_id IS NOT NULL"
        )
        conn.execute(
            "INSERT OR IGNORE INTO temp.t_citing SELECT DISTINCT source_id FROM mentions "
            "WHERE source_id IS NOT NULL"
        )
        conn.execute("INSERT OR IGNORE INTO temp.t_ids SELECT id FROM temp.t_citing")
        conn.execute(
            "INSERT OR IGNORE INTO temp.t_ids SELECT id FROM targets WHERE t IN "
            "(SELECT DISTINCT target FROM mentions WHERE target IS NOT NULL)"
        )
    else:
        conn.executemany("INSERT OR IGNORE INTO temp.t_citing VALUES (?)", ((i,) for i in touched.citing))
        conn.executemany(
            "INSERT OR IGNORE INTO temp.t_ids VALUES (?)", ((i,) for i in touched.citing | touched.targets)
        )
        conn.execute("DELETE FROM votes WHERE n <= 0 AND target IN (SELECT id FROM temp.t_ids)")
    # the facts of each touched id: its own document first, else what its citations say
    docs: dict[str, tuple[Any, ...]] = {}
    for r in conn.execute(
        "SELECT node_id, title, body, date FROM documents WHERE error IS NULL "
        "AND node_id IN (SELECT id FROM temp.t_ids) ORDER BY path"
    ):
        docs.setdefault(r[0], tuple(r[1:]))
    # the texts of a compilation are documents of the corpus too (citations name them)
    for (part_id,) in conn.execute(
        "SELECT DISTINCT source_id FROM mentions WHERE source_id IN (SELECT id FROM temp.t_ids) "
        "AND part IS NOT NULL"
    ):
        docs.setdefault(part_id, (None, None, None))
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    bodies: dict[str, Counter[str]] = defaultdict(Counter)
    dates: dict[str, Counter[str]] = defaultdict(Counter)
    texts: dict[str, Counter[str]] = defaultdict(Counter)
    for target, kind, body, date, text, n in conn.execute(
        "SELECT target, nullif(kind, ''), body, date, nullif(text, ''), n FROM votes "
        "WHERE target IN (SELECT id FROM temp.t_ids)"
    ):
        kinds[target][kind] += n
        if body:
            bodies[target][body] += n
        if date:
            dates[target][date] += n
        texts[target][text] += n
    names = known_names()
    existing = {
        r[0]: r[1] for r in conn.execute("SELECT id, node FROM nodes WHERE id IN (SELECT id FROM temp.t_ids)")
    }
    alive = set(docs) | set(kinds)
    gone = [existing[i] for i in existing if i not in alive]
    if touched is not None:
        touched.gone = gone
    updates = []
    inserts = []
    for cid in sorted(alive, key=natural_key):
        d = docs.get(cid)
        kind = kind_of_id(cid) if cid in docs or not kinds[cid] else _majority(kinds[cid])
        if kind in (None, "unresolved"):
            kind = kind_of_id(cid)
        body = (d[1] if d else None) or _majority(bodies.get(cid, Counter())) or id_body(cid)
        date = (d[2] if d else None) or _majority(dates.get(cid, Counter()))
        name = (d[0] if d else None) or names.get(cid)
        if name is None and kind in ("treaty", "publication") and cid in texts:
            name = _majority(texts[cid])
        facts = (kind, body, date, name, 1 if d else 0)
        if cid in existing:
            updates.append((*facts, existing[cid]))
        else:
            inserts.append((cid, sort_key(cid), fold(cid), id_tail(cid), *facts))
    # a first build: the indexes of the nodes and edges made after, from all their rows
    everything = touched is None or touched.everything
    deferred = drop_indexes(conn, "nodes", "edges") if everything else []
    edges_out = 0  # edges deleted
    if gone:
        edges_out += conn.executemany("DELETE FROM edges WHERE cited=?", ((k,) for k in gone)).rowcount
        edges_out += conn.executemany("DELETE FROM edges WHERE citing=?", ((k,) for k in gone)).rowcount
        conn.executemany("DELETE FROM nodes WHERE node=?", ((k,) for k in gone))
    conn.executemany("UPDATE nodes SET kind=?, body=?, date=?, name=?, in_corpus=? WHERE node=?", updates)
    conn.executemany(
        "INSERT INTO nodes(id, skey, fold, tail, kind, body, date, name, in_corpus) "
        "VALUES (?,?,?,?,?,?,?,?,?)",
        inserts,
    )
    # the out-edges of the touched documents' ids, again from their citations
    before = None
    if everything:
        conn.execute("DELETE FROM edges")
        conn.execute("DELETE FROM edge_facts")  # a refresh keeps the sets it no longer uses: few
    else:  # the out-edges of the touched ids as they are: those that stay the same are not written
        before = {
            (r[0], r[1]): (r[2], r[3])
            for r in conn.execute(
                "SELECT cited, citing, mentions, facts FROM edges WHERE citing IN "
                "(SELECT node FROM nodes WHERE id IN (SELECT id FROM temp.t_citing))"
            )
        }
    edges_in, deleted = _insert_edges(conn, everything, before)
    edges_out += deleted
    make_indexes(conn, deferred)
    conn.execute(
        """UPDATE nodes SET
             cited_by = (SELECT count(*) FROM edges WHERE cited = nodes.node),
             mentions = coalesce((SELECT sum(mentions) FROM edges WHERE cited = nodes.node), 0),
             cites = (SELECT count(*) FROM edges e WHERE e.citing = nodes.node)
           WHERE id IN (SELECT id FROM temp.t_ids)"""
    )
    return None if everything else (len(inserts) - len(gone), edges_in - edges_out)
