"""Activities repository: save, tombstone, look up, and query ids/rows/totals for the log."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Iterator

from app.core.models import Activity
from app.core.records import activity_from_payload, activity_payload
from app.core.text import collation_key, search_terms
from app.store import records
from app.store.audit import WriteContext
from app.store.connection import Database
from app.store.errors import mapped_errors
from app.store.queries import unit_clause
from app.store.tables import ACTIVITY_TABLE
from app.store.tables import activity_search_key as search_key  # noqa: F401  (the formula's one copy)

PAYLOAD_COLUMNS = ACTIVITY_TABLE.columns
JSON_COLUMNS = ACTIVITY_TABLE.json_columns
ORDER_COLUMNS = {
    "date": "date",
    "title": "title",
    "place": "place",
    "participants": "participants",
    "materials": "materials",
    "cost": "cost",
    "updated": "updated_at",
}


@dataclass
class ActivityFilter:
    """What the log shows: search words (accents ignored), a date range and single-choice filters."""

    text: str = ""
    start: date | None = None
    end: date | None = None
    form: str | None = None
    target_group: str | None = None
    reporter_id: str | None = None
    place: str | None = None
    units: tuple[str, ...] | None = None  # owner units; None: no restriction (see app.services.read.Scope)
    include_deleted: bool = False


def save_activity(db: Database, activity: Activity, ctx: WriteContext) -> records.SaveResult:
    """Create or update an activity (call inside ``db.atomic()``); keeps the reporter index in step."""
    return records.save_payload(db, "activities", activity.id, activity_payload(activity), ctx)


def delete_activity(db: Database, activity_id: str, ctx: WriteContext, reason: str = "") -> records.SaveResult:
    """Tombstone an activity (call inside ``db.atomic()``)."""
    return records.tombstone(db, "activities", activity_id, ctx, reason)


def _row_to_activity(row: dict) -> Activity:
    return activity_from_payload(row["id"], ACTIVITY_TABLE.payload(row), records.meta_from_row(row))


def get_activity(db: Database, activity_id: str) -> Activity:
    return _row_to_activity(records.require_row(db, "activities", activity_id))


def find_by_natural_key(db: Database, unit: str, key: str) -> str | None:
    return records.id_by_natural_key(db, "activities", unit, key)


# Search words of at least this many characters use the trigram index (db/migrations/0003); shorter ones
# (which a trigram index cannot answer) use LIKE on the same folded key. Both give the same rows.
FTS_MIN_TERM = 3
FTS_TABLE = "activities_search"
_FTS_SQLITE = (3, 34, 0)  # the trigram tokenizer


def fts_available(db: Database) -> bool:
    """Whether this connection can answer search words from the trigram index (checked once per connection)."""
    ready = getattr(db, "_pbgdpl_fts", None)
    if ready is None:
        ready = sqlite3.sqlite_version_info >= _FTS_SQLITE and bool(
            db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [FTS_TABLE]).fetchone()
        )
        try:
            db._pbgdpl_fts = ready  # type: ignore[attr-defined]
        except AttributeError:  # pragma: no cover  a Database without instance attributes: ask every time
            pass
    return ready


def _like_pattern(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _fts_phrase(term: str) -> str:
    """``term`` as one FTS5 string (a substring for the trigram tokenizer; nothing in it is an operator)."""
    return '"' + term.replace('"', '""') + '"'


def _fts_query(long_terms: list[str]) -> str:
    return " ".join(_fts_phrase(t) for t in long_terms)


# How the rows of a search are found. Few matches (at most SPARSE_MATCHES): read them from the trigram index
# and look each up by rowid. Many: walk the log's covering index in the order asked for, testing the words
# with LIKE; a first page then stops after a few thousand entries. (Walking the index and testing each entry
# against the index's matches costs a walk of the whole log when the matches are few.)
SPARSE_MATCHES = 2000


def _source(db: Database, flt: ActivityFilter, use_fts: bool | None = None) -> tuple[str, list]:
    """`` FROM ... WHERE ...`` (with its parameters) of the activities ``a`` passing ``flt``, planned as above.

    ``use_fts``: may search words of ``FTS_MIN_TERM`` characters or more be read from the trigram index; by
    default when ``db`` has it (see :func:`fts_available`). Either plan gives the same rows.
    """
    if use_fts is None:
        use_fts = fts_available(db)
    terms = list(dict.fromkeys(search_terms(flt.text)))
    long_terms = [t for t in terms if len(t) >= FTS_MIN_TERM] if use_fts else []
    if long_terms:
        matches = db.execute(
            f"SELECT COUNT(*) FROM (SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? LIMIT ?)",
            [_fts_query(long_terms), SPARSE_MATCHES + 1],
        ).fetchone()[0]
        if matches <= SPARSE_MATCHES:
            where, params = _where(flt, terms, long_terms)
            return f" FROM {FTS_TABLE} s CROSS JOIN activities a ON a.rowid = s.rowid{where}", params
    where, params = _where(flt, terms, [])
    return f" FROM activities a{where}", params


def _where(flt: ActivityFilter, terms: list[str], indexed: list[str]) -> tuple[str, list]:
    """The WHERE clause (with its parameters) of ``flt`` over ``activities a``.

    ``terms``: the search words; ``indexed``: those matched in the trigram index read as ``s`` beside
    ``activities a`` (see :func:`_source`); the other words are tested with LIKE on the folded key.
    """
    clauses, params = [], []
    if not flt.include_deleted:
        clauses.append("a.deleted = 0")
    if flt.units is not None:
        clause, values = unit_clause("a.owner_unit", flt.units)
        clauses.append(clause)
        params.extend(values)
    if flt.start:
        clauses.append("a.date >= ?")
        params.append(flt.start.isoformat())
    if flt.end:
        clauses.append("a.date <= ?")
        params.append(flt.end.isoformat())
    if indexed:
        clauses.insert(0, f"s.{FTS_TABLE} MATCH ?")
        params.insert(0, _fts_query(indexed))
    for term in terms:
        if term in indexed or any(term in longer for longer in indexed):
            continue  # a word inside another search word adds nothing
        clauses.append("a.search_key LIKE ? ESCAPE '\\'")
        params.append(_like_pattern(term))
    if flt.form:
        clauses.append("EXISTS (SELECT 1 FROM json_each(a.forms) WHERE value = ?)")
        params.append(flt.form)
    if flt.target_group:
        clauses.append("EXISTS (SELECT 1 FROM json_each(a.target_groups) WHERE value = ?)")
        params.append(flt.target_group)
    if flt.reporter_id:
        clauses.append("a.id IN (SELECT activity_id FROM activity_reporters WHERE reporter_id = ?)")
        params.append(flt.reporter_id)
    if flt.place:
        clauses.append("a.place = ?")
        params.append(flt.place)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


@mapped_errors()  # a row read after execute (a damaged page) is mapped too
def query_ids(db: Database, flt: ActivityFilter, order: str = "date", descending: bool = True) -> list[str]:
    """Ids of the activities that pass ``flt``, sorted in SQL by a whitelisted column."""
    column = ORDER_COLUMNS.get(order, "date")
    direction = "DESC" if descending else "ASC"
    source, params = _source(db, flt)
    sql = f"SELECT a.id{source} ORDER BY a.{column} {direction}, a.rowid {direction}"
    return [r[0] for r in db.execute(sql, params)]


@mapped_errors()
def query_rowids(
    db: Database,
    flt: ActivityFilter,
    order: str = "date",
    descending: bool = True,
    *,
    after: tuple[object, int] | None = None,
    limit: int | None = None,
    use_fts: bool | None = None,
) -> list[tuple[int, object]]:
    """(rowid, sort value) of the activities passing ``flt``, in the order of :func:`query_ids`.

    Cheaper than ids (integers, read from the index for the default order) and resumable: ``after`` is the
    (sort value, rowid) of the last row already read, ``limit`` how many more to read (all when None).
    Rowids are what :func:`fetch_by_rowids` takes.
    """
    column = ORDER_COLUMNS.get(order, "date")
    direction = "DESC" if descending else "ASC"
    source, params = _source(db, flt, use_fts)
    if after is not None:
        value, rowid = after
        cmp, strict = ("<", "<=") if descending else (">", ">=")
        clause = f"a.{column} {strict} ? AND (a.{column} {cmp} ? OR a.rowid {cmp} ?)"
        source = f"{source} AND {clause}" if " WHERE " in source else f"{source} WHERE {clause}"
        params = [*params, value, value, rowid]
    sql = f"SELECT a.rowid, a.{column}{source} ORDER BY a.{column} {direction}, a.rowid {direction}"
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, int(limit)]
    return db.execute(sql, params).fetchall()


@mapped_errors()
def rowid_of(db: Database, activity_id: str) -> int | None:
    """The rowid of an activity (for the log's model), None when unknown."""
    row = db.execute("SELECT rowid FROM activities WHERE id = ?", [activity_id]).fetchone()
    return row[0] if row else None


@mapped_errors()
def totals(db: Database, flt: ActivityFilter, use_fts: bool | None = None) -> dict[str, int]:
    """Row count and sums (participants, women, ethnic minority, materials, cost) of what passes ``flt``.

    One aggregate query; for one unit's live activities it reads the ``activities_log`` index only.
    """
    source, params = _source(db, flt, use_fts)
    row = db.execute(
        "SELECT COUNT(*), COALESCE(SUM(a.participants), 0), COALESCE(SUM(a.women), 0), "
        "COALESCE(SUM(a.ethnic_minority), 0), COALESCE(SUM(a.materials), 0), COALESCE(SUM(a.cost), 0)"
        f"{source}",
        params,
    ).fetchone()
    return dict(zip(("count", "participants", "women", "ethnic_minority", "materials", "cost"), row))


@mapped_errors()
def owner_units(db: Database) -> list[str]:
    """The owner units of the stored activities and reporters (deleted ones included), sorted.

    Each table is read as a skip scan of its index starting with ``owner_unit``: one step per unit, not per row.
    """
    found: set[str] = set()
    for table in ("activities", "reporters"):
        rows = db.execute(
            f"WITH RECURSIVE u(x) AS (SELECT MIN(owner_unit) FROM {table} UNION ALL "
            f"SELECT (SELECT MIN(owner_unit) FROM {table} WHERE owner_unit > u.x) FROM u WHERE u.x IS NOT NULL) "
            "SELECT x FROM u WHERE x IS NOT NULL"
        )
        found.update(r[0] for r in rows if r[0])
    return sorted(found)


def database_file(db: Database) -> str | None:
    """The file behind ``db`` (None for an in-memory or temporary database)."""
    row = db.execute("PRAGMA database_list").fetchone()
    return (row[2] or None) if row else None


def open_reader(path: str) -> Database:
    """A read-only connection to the database file ``path`` for one background query thread.

    The connection may be used from any one thread at a time (``check_same_thread=False``); its
    ``conn.interrupt()`` may be called from another thread to abandon a query (it then raises
    ``sqlite3.OperationalError``).
    """
    from pathlib import Path

    conn = sqlite3.connect(f"{Path(path).as_uri()}?mode=ro", uri=True, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    return Database(conn)


def interrupt_reader(reader: Database) -> None:
    """Abandon the query running on ``reader`` (callable from another thread)."""
    try:
        reader.conn.interrupt()
    except sqlite3.Error:  # pragma: no cover  closed meanwhile
        pass


def close_reader(reader: Database) -> None:
    reader.conn.close()


@mapped_errors()
def fetch_activities(db: Database, ids: list[str]) -> list[Activity]:
    """Rows for ``ids``, in the order given (missing ids are skipped)."""
    found: dict[str, Activity] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        cur = db.execute(f"SELECT * FROM activities WHERE id IN ({marks})", chunk)
        cols = [c[0] for c in cur.description]
        for row in cur:
            a = _row_to_activity(dict(zip(cols, row)))
            found[a.id] = a
    return [found[i] for i in ids if i in found]


@mapped_errors()
def fetch_by_rowids(db: Database, rowids: list[int]) -> dict[int, Activity]:
    """``{rowid: activity}`` for ``rowids`` (missing ones are left out)."""
    found: dict[int, Activity] = {}
    for start in range(0, len(rowids), 500):
        chunk = rowids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        cur = db.execute(f"SELECT rowid AS _rowid, * FROM activities WHERE rowid IN ({marks})", chunk)
        cols = [c[0] for c in cur.description]
        for row in cur:
            data = dict(zip(cols, row))
            found[data["_rowid"]] = _row_to_activity(data)
    return found


def iter_activities(db: Database, flt: ActivityFilter | None = None, order: str = "date") -> Iterator[Activity]:
    """All activities passing ``flt`` (default: every live one), oldest first."""
    source, params = _source(db, flt or ActivityFilter())
    column = ORDER_COLUMNS.get(order, "date")
    cur = db.execute(f"SELECT a.*{source} ORDER BY a.{column}, a.rowid", params)
    cols = [c[0] for c in cur.description]
    with mapped_errors():  # the rows are read as they are yielded: a damaged page half-way is E-DB-CORRUPT too
        for row in cur:
            yield _row_to_activity(dict(zip(cols, row)))


@mapped_errors()
def places(db: Database, units: tuple[str, ...] | None = None) -> list[str]:
    """Distinct places used so far by ``units`` (None: every unit), for filters and pickers."""
    sql = "SELECT DISTINCT place FROM activities WHERE deleted = 0 AND place != ''"
    params: list = []
    if units is not None:
        clause, values = unit_clause("owner_unit", units)
        sql += f" AND {clause}"
        params.extend(values)
    return sorted((r[0] for r in db.execute(sql, params)), key=collation_key)
