"""Reporters repository (báo cáo viên / tuyên truyền viên): save, tombstone, list with activity counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterator

from app.core.models import Reporter
from app.core.records import reporter_from_payload, reporter_payload
from app.core.text import fold, search_terms
from app.store import records
from app.store.audit import WriteContext
from app.store.connection import Database
from app.store.errors import mapped_errors
from app.store.queries import state_sql, unit_clause
from app.store.tables import REPORTER_TABLE


def save_reporter(db: Database, reporter: Reporter, ctx: WriteContext) -> records.SaveResult:
    """Create or update a reporter (call inside ``db.atomic()``)."""
    return records.save_payload(db, "reporters", reporter.id, reporter_payload(reporter), ctx)


def delete_reporter(db: Database, reporter_id: str, ctx: WriteContext, reason: str = "") -> records.SaveResult:
    """Tombstone a reporter entered by mistake (a dismissal is a decision, not a delete)."""
    return records.tombstone(db, "reporters", reporter_id, ctx, reason)


def _to_reporter(row: dict) -> Reporter:
    return reporter_from_payload(row["id"], REPORTER_TABLE.payload(row), records.meta_from_row(row))


def get_reporter(db: Database, reporter_id: str) -> Reporter:
    return _to_reporter(records.require_row(db, "reporters", reporter_id))


def find_by_natural_key(db: Database, unit: str, key: str) -> str | None:
    return records.id_by_natural_key(db, "reporters", unit, key)


@mapped_errors()
def find_by_name(db: Database, unit: str, name: str) -> list[str]:
    """Ids of live reporters whose name equals ``name`` with accents and case ignored."""
    key = fold(name)
    return [
        r[0]
        for r in db.execute(
            "SELECT id FROM reporters WHERE owner_unit = ? AND deleted = 0 AND natural_key LIKE ? ORDER BY sort_key",
            [unit, key.replace("%", "") + "|%"],
        )
    ]


@dataclass
class ReporterFilter:
    text: str = ""
    kind: str | None = None
    status: str | None = None  # a state of app.core.facts.reporter_state: "active", "dismissed" or "not_yet"
    on: date | None = None  # the day the status is taken on (None: today)
    units: tuple[str, ...] | None = None  # owner units; None: no restriction
    include_deleted: bool = False


def iter_reporters(db: Database, flt: ReporterFilter | None = None) -> Iterator[Reporter]:
    """Reporters in Vietnamese name order (given name, then family name)."""
    flt = flt or ReporterFilter()
    clauses, params = [], []
    if not flt.include_deleted:
        clauses.append("deleted = 0")
    if flt.units is not None:
        clause, values = unit_clause("owner_unit", flt.units)
        clauses.append(clause)
        params.extend(values)
    if flt.kind:
        clauses.append("kind = ?")
        params.append(flt.kind)
    if flt.status:
        clause, args = state_sql(flt.status, flt.on or date.today())
        clauses.append(clause)
        params += args
    for term in search_terms(flt.text):
        clauses.append("search_key LIKE ?")
        params.append(f"%{term}%")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    cur = db.execute(f"SELECT * FROM reporters{where} ORDER BY sort_key", params)
    cols = [c[0] for c in cur.description]
    with mapped_errors():  # the rows are read as they are yielded: a damaged page half-way is E-DB-CORRUPT too
        for row in cur:
            yield _to_reporter(dict(zip(cols, row)))


@mapped_errors()
def activity_stats(db: Database, units: tuple[str, ...] | None = None) -> dict[str, tuple[int, str | None]]:
    """Per reporter id: number of live activities (of ``units``; None: every unit) and the date of the last one."""
    where, params = "", []
    if units is not None:
        clause, params = unit_clause("a.owner_unit", units)
        where = f" AND {clause}"
    rows = db.execute(
        "SELECT ar.reporter_id, COUNT(*), MAX(a.date) FROM activity_reporters ar "
        f"JOIN activities a ON a.id = ar.activity_id AND a.deleted = 0{where} GROUP BY ar.reporter_id",
        params,
    )
    return {rid: (n, last) for rid, n, last in rows}
