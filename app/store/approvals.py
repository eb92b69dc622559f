"""Approve / return decisions (table ``approvals``) and the decision bundles written here (``decision_exports``)."""

from __future__ import annotations

import json
from typing import Any

from app.store.connection import Database

COLUMNS = (
    "id", "owner_unit", "rev", "rev_by", "base_rev", "deleted", "created_at", "updated_at", "unit_code", "period",
    "decision_no", "decision", "reason", "bundle_id", "bundle_seq", "records_hash", "counts", "decided_at", "decided_by",
    "received_at", "received_bundle_id",
)  # fmt: skip


def _rows(cur) -> list[dict[str, Any]]:
    cols = [c[0] for c in cur.description]
    out = []
    for r in cur.fetchall():
        row = dict(zip(cols, r))
        if "counts" in row:
            row["counts"] = json.loads(row["counts"] or "{}")
        out.append(row)
    return out


def add(db: Database, row: dict[str, Any]) -> bool:
    """Store one decision (call inside a transaction); a decision already stored (same id) is left as it is.

    Returns whether the row is new.
    """
    values = {k: row.get(k) for k in COLUMNS}
    values["counts"] = json.dumps(row.get("counts") or {}, sort_keys=True)
    values["received_bundle_id"] = row.get("received_bundle_id") or ""
    values["rev_by"] = row.get("rev_by") or ""
    cur = db.execute(
        f"INSERT OR IGNORE INTO approvals ({', '.join(COLUMNS)}) VALUES ({', '.join(':' + c for c in COLUMNS)})",
        values,
    )
    return cur.rowcount == 1


def history(db: Database, unit: str | None = None, period: str | None = None) -> list[dict[str, Any]]:
    """Every decision (of ``unit`` / ``period`` when given), oldest first: each deciding unit's by its
    ``decision_no`` (clocks never order one unit's decisions). An intermediate unit also holds the decisions
    its upper level forwards down through it; on one unit's period, the deciding units' runs are ordered by the
    time of their newest decision, so the newest decision of any of them is last."""
    sql, params = "SELECT * FROM approvals WHERE deleted = 0", []
    if unit:
        sql += " AND unit_code = ?"
        params.append(unit)
    if period:
        sql += " AND period = ?"
        params.append(period)
    rows = _rows(db.execute(sql + " ORDER BY unit_code, period, owner_unit, decision_no, id", params))
    newest: dict[tuple[str, str, str], str] = {}
    for row in rows:
        newest[(row["unit_code"], row["period"], row["owner_unit"])] = row["decided_at"]
    if len({k[:2] for k in newest}) == len(newest):  # one deciding unit per period: as stored
        return rows
    return sorted(rows, key=lambda r: (r["unit_code"], r["period"], newest[(r["unit_code"], r["period"], r["owner_unit"])]))


def current(db: Database, unit: str | None = None, period: str | None = None) -> list[dict[str, Any]]:
    """The newest decision per (unit, period), in unit, period order."""
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for row in history(db, unit, period):
        latest[(row["unit_code"], row["period"])] = row  # oldest first: the last one wins
    return [latest[k] for k in sorted(latest)]


def next_decision_no(db: Database, owner: str) -> int:
    return db.execute("SELECT COALESCE(MAX(decision_no), 0) + 1 FROM approvals WHERE owner_unit = ?", [owner]).fetchone()[0]


def next_decision_seq(db: Database, target: str) -> int:
    return db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM decision_exports WHERE target_unit = ?", [target]).fetchone()[0]


def record_decision_export(db: Database, row: dict[str, Any]) -> None:
    values = {**row, "periods": json.dumps(row.get("periods") or [], ensure_ascii=False)}
    db.execute(
        "INSERT INTO decision_exports (bundle_id, target_unit, seq, periods, decisions, filename, path, sha256, size, "
        "created_at) VALUES (:bundle_id, :target_unit, :seq, :periods, :decisions, :filename, :path, :sha256, :size, "
        ":created_at)",
        values,
    )


def latest_import_for_period(db: Database, unit: str, period: str) -> dict[str, Any] | None:
    """The received bundle of ``unit`` for exactly ``period`` with the highest sequence number, or None."""
    rows = db.execute(
        "SELECT bundle_id, seq, periods, imported_at, created_at FROM bundle_imports WHERE source_unit = ? "
        "ORDER BY seq DESC, imported_at DESC",
        [unit],
    ).fetchall()
    for bundle_id, seq, periods, imported_at, created_at in rows:
        if period in json.loads(periods or "[]"):
            return {"bundle_id": bundle_id, "seq": seq, "imported_at": imported_at, "created_at": created_at}
    return None


def export_seqs_for_period(db: Database, period: str) -> list[int]:
    """Sequence numbers of the bundles this installation wrote for ``period``."""
    return [r[0] for r in db.execute("SELECT seq FROM bundle_exports WHERE period = ? ORDER BY seq", [period])]


def last_write_per_unit(db: Database) -> dict[str, str]:
    """Per unit, when this installation last wrote its records: the newest bundle import from it, or the newest
    conflict on its records resolved here (ISO times of this installation's clock)."""
    out: dict[str, str] = {}
    for unit, when in db.execute(
        "SELECT source_unit, MAX(imported_at) FROM bundle_imports GROUP BY source_unit "
        "UNION ALL SELECT owner_unit, MAX(resolved_at) FROM merge_conflicts WHERE resolved_at IS NOT NULL GROUP BY owner_unit"
    ):
        if when and when > out.get(unit, ""):
            out[unit] = when
    return out


def has_decisions_on(db: Database, unit: str) -> bool:
    """Whether any decision on ``unit``'s periods is stored (a cheap check before reading them)."""
    return db.execute("SELECT 1 FROM approvals WHERE unit_code = ? LIMIT 1", [unit]).fetchone() is not None
