"""Activities repository: save, tombstone, look up, and query ids/rows/totals for the log."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Iterator

from sqlite_utils import Database

from app.core.models import Activity
from app.core.records import activity_from_payload, activity_natural_key, activity_payload
from app.core.text import collation_key, fold, search_terms
from app.store import records
from app.store.audit import WriteContext

PAYLOAD_COLUMNS = (
    "date", "title", "forms", "topics", "place", "target_groups", "extra_groups", "participants", "women",
    "ethnic_minority", "materials", "reporter_ids", "cost", "organiser", "notes",
)  # fmt: skip
JSON_COLUMNS = {"forms", "topics", "target_groups", "extra_groups", "reporter_ids"}
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
    unit: str | None = None
    include_deleted: bool = False


def search_key(payload: dict) -> str:
    parts = [payload["title"], payload["place"], payload["organiser"], payload["notes"], *payload["topics"], *payload["extra_groups"]]
    return fold(" ".join(p for p in parts if p))


def save_activity(db: Database, activity: Activity, ctx: WriteContext) -> records.SaveResult:
    """Create or update an activity (call inside ``db.atomic()``); keeps the reporter index in step."""
    payload = activity_payload(activity)
    derived = {"search_key": search_key(payload), "natural_key": activity_natural_key(payload)}
    result = records.save(db, "activities", activity.id, payload, ctx, derived)
    if result.outcome != "unchanged":
        _index_reporters(db, activity.id, payload["reporter_ids"])
    return result


def _index_reporters(db: Database, activity_id: str, reporter_ids: Iterable[str]) -> None:
    db.execute("DELETE FROM activity_reporters WHERE activity_id = ?", [activity_id])
    for rid in dict.fromkeys(reporter_ids):
        db.execute("INSERT INTO activity_reporters (activity_id, reporter_id) VALUES (?, ?)", [activity_id, rid])


def delete_activity(db: Database, activity_id: str, ctx: WriteContext, reason: str = "") -> records.SaveResult:
    """Tombstone an activity (call inside ``db.atomic()``)."""
    return records.tombstone(db, "activities", activity_id, ctx, reason)


def _row_to_activity(row: dict) -> Activity:
    payload = {k: (json.loads(row[k]) if k in JSON_COLUMNS else row[k]) for k in PAYLOAD_COLUMNS}
    return activity_from_payload(row["id"], payload, records.meta_from_row(row))


def get_activity(db: Database, activity_id: str) -> Activity:
    return _row_to_activity(records.require_row(db, "activities", activity_id))


def find_by_natural_key(db: Database, unit: str, key: str) -> str | None:
    return records.id_by_natural_key(db, "activities", unit, key)


def _where(flt: ActivityFilter) -> tuple[str, list]:
    clauses, params = [], []
    if not flt.include_deleted:
        clauses.append("a.deleted = 0")
    if flt.unit:
        clauses.append("a.owner_unit = ?")
        params.append(flt.unit)
    if flt.start:
        clauses.append("a.date >= ?")
        params.append(flt.start.isoformat())
    if flt.end:
        clauses.append("a.date <= ?")
        params.append(flt.end.isoformat())
    for term in search_terms(flt.text):
        clauses.append("a.search_key LIKE ? ESCAPE '\\'")
        params.append("%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
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


def query_ids(db: Database, flt: ActivityFilter, order: str = "date", descending: bool = True) -> list[str]:
    """Ids of the activities that pass ``flt``, sorted in SQL by a whitelisted column."""
    column = ORDER_COLUMNS.get(order, "date")
    direction = "DESC" if descending else "ASC"
    where, params = _where(flt)
    sql = f"SELECT a.id FROM activities a{where} ORDER BY a.{column} {direction}, a.rowid {direction}"
    return [r[0] for r in db.execute(sql, params)]


def totals(db: Database, flt: ActivityFilter) -> dict[str, int]:
    """Row count and sums (participants, women, ethnic minority, materials, cost) of what passes ``flt``."""
    where, params = _where(flt)
    row = db.execute(
        "SELECT COUNT(*), COALESCE(SUM(participants), 0), COALESCE(SUM(women), 0), "
        "COALESCE(SUM(ethnic_minority), 0), COALESCE(SUM(materials), 0), COALESCE(SUM(cost), 0) "
        f"FROM activities a{where}",
        params,
    ).fetchone()
    return dict(zip(("count", "participants", "women", "ethnic_minority", "materials", "cost"), row))


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


def iter_activities(db: Database, flt: ActivityFilter | None = None, order: str = "date") -> Iterator[Activity]:
    """All activities passing ``flt`` (default: every live one), oldest first."""
    where, params = _where(flt or ActivityFilter())
    column = ORDER_COLUMNS.get(order, "date")
    cur = db.execute(f"SELECT * FROM activities a{where} ORDER BY a.{column}, a.rowid", params)
    cols = [c[0] for c in cur.description]
    for row in cur:
        yield _row_to_activity(dict(zip(cols, row)))


def places(db: Database, unit: str | None = None) -> list[str]:
    """Distinct places used so far (for filters and pickers)."""
    sql = "SELECT DISTINCT place FROM activities WHERE deleted = 0 AND place != ''"
    params: list = []
    if unit:
        sql += " AND owner_unit = ?"
        params.append(unit)
    return sorted((r[0] for r in db.execute(sql, params)), key=collation_key)
