"""The units expected to report here (upper level) and the deadline of each period kind."""

from __future__ import annotations

import json

from app.store.connection import Database

COLUMNS = ("code", "name", "level", "valid_from", "valid_until", "aliases", "added_by", "added_at", "note")


def _row(cur_row, cols) -> dict:
    row = dict(zip(cols, cur_row))
    if "aliases" in row:
        row["aliases"] = json.loads(row["aliases"] or "[]")
    return row


def count(db: Database) -> int:
    return db.execute("SELECT COUNT(*) FROM expected_units").fetchone()[0]


def list_units(db: Database) -> list[dict]:
    cur = db.execute(f"SELECT {', '.join(COLUMNS)} FROM expected_units ORDER BY code")
    cols = [c[0] for c in cur.description]
    return [_row(r, cols) for r in cur.fetchall()]


def get_unit(db: Database, code: str) -> dict | None:
    cur = db.execute(f"SELECT {', '.join(COLUMNS)} FROM expected_units WHERE code = ?", [code])
    cols = [c[0] for c in cur.description]
    row = cur.fetchone()
    return _row(row, cols) if row else None


def insert_units(db: Database, rows: list[dict]) -> int:
    """Insert rows whose code is not there yet; return how many were added."""
    added = 0
    with db.atomic():
        for row in rows:
            values = {"valid_from": None, "valid_until": None, "added_at": "", "note": "", "level": "commune", **row}
            values["aliases"] = json.dumps(list(row.get("aliases", [])), ensure_ascii=False)
            cur = db.execute(
                f"INSERT OR IGNORE INTO expected_units ({', '.join(COLUMNS)}) VALUES ({', '.join(':' + c for c in COLUMNS)})",
                values,
            )
            added += cur.rowcount
    return added


def update_unit(db: Database, code: str, values: dict) -> None:
    values = dict(values)
    if "aliases" in values:
        values["aliases"] = json.dumps(list(values["aliases"]), ensure_ascii=False)
    sets = ", ".join(f"{k} = :{k}" for k in values if k in COLUMNS and k != "code")
    with db.atomic():
        db.execute(f"UPDATE expected_units SET {sets} WHERE code = :code", {**values, "code": code})


def deadlines(db: Database) -> dict[str, dict]:
    cur = db.execute("SELECT period_kind, due_offset_days, source, certainty FROM reporting_deadlines")
    return {r[0]: {"period_kind": r[0], "due_offset_days": r[1], "source": r[2], "certainty": r[3]} for r in cur.fetchall()}


def set_deadline(db: Database, kind: str, days: int, source: str) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO reporting_deadlines (period_kind, due_offset_days, source, certainty) VALUES (?, ?, ?, 'officer') "
            "ON CONFLICT (period_kind) DO UPDATE SET due_offset_days = excluded.due_offset_days, "
            "source = excluded.source, certainty = 'officer'",
            [kind, int(days), source],
        )


def open_conflicts_by_unit(db: Database) -> dict[str, int]:
    cur = db.execute("SELECT owner_unit, COUNT(*) FROM merge_conflicts WHERE status = 'open' GROUP BY owner_unit")
    return dict(cur.fetchall())


def list_imports(db: Database) -> list[dict]:
    """Every imported bundle (without its stored report), oldest import first."""
    cur = db.execute(
        "SELECT bundle_id, source_unit, seq, periods, fingerprint, created_at, app_version, imported_at, stored_path "
        "FROM bundle_imports ORDER BY imported_at, seq"
    )
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def live_activities_per_unit(db: Database, start: str, end: str) -> dict[str, int]:
    """Live activities per owner unit dated within [start, end] (ISO dates)."""
    cur = db.execute(
        "SELECT owner_unit, COUNT(*) FROM activities WHERE deleted = 0 AND date >= ? AND date <= ? GROUP BY owner_unit",
        [start, end],
    )
    return dict(cur.fetchall())
