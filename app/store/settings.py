"""The installation's settings (key/value): unit, officer, mode, installation id."""

from __future__ import annotations

from app.core.kinds import NAMES
from app.store.connection import Database

INSTALLATION_KEYS = ("installation_id", "unit_code", "unit_name", "level", "officer", "officer_title", "initialised_at")


def get_setting(db: Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def get_settings(db: Database) -> dict[str, str]:
    return dict(db.execute("SELECT key, value FROM settings").fetchall())


def set_settings(db: Database, values: dict[str, str]) -> None:
    """Write several settings in one transaction."""
    with db.atomic():
        for key, value in values.items():
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, str(value)],
            )


def upsert_unit(db: Database, unit: dict) -> None:
    """Insert or replace one administrative unit row."""
    with db.atomic():
        db.execute(
            "INSERT INTO units (code, name, level, division_type, province_code, parent_code, source) "
            "VALUES (:code, :name, :level, :division_type, :province_code, :parent_code, :source) "
            "ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level, "
            "division_type = excluded.division_type, province_code = excluded.province_code, "
            "parent_code = excluded.parent_code, source = excluded.source",
            {"parent_code": None, "source": "catalog", "division_type": "", "province_code": "", **unit},
        )


def table_counts(db: Database) -> dict[str, dict[str, int]]:
    """Live and deleted rows per shared table, plus the audit log size."""
    out: dict[str, dict[str, int]] = {}
    for table in NAMES:
        live, deleted = db.execute(
            f"SELECT COALESCE(SUM(deleted = 0), 0), COALESCE(SUM(deleted = 1), 0) FROM {table}"
        ).fetchone()
        out[table] = {"live": live, "deleted": deleted}
    out["audit_log"] = {"live": db.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0], "deleted": 0}
    out["file_imports"] = {"live": db.execute("SELECT COUNT(*) FROM file_imports").fetchone()[0], "deleted": 0}
    return out


def unit_counts(db: Database, units: tuple[str, ...] | None = None) -> dict[str, dict[str, dict[str, int]]]:
    """Live and deleted rows of each shared table per owner unit (of ``units``; None: every unit):
    ``{unit: {table: {"live", "deleted"}}}``, every table named for every unit found."""
    from app.store.queries import unit_clause

    where, params = "", []
    if units is not None:
        clause, params = unit_clause("owner_unit", units)
        where = f" WHERE {clause}"
    out: dict[str, dict[str, dict[str, int]]] = {}
    for table in NAMES:
        rows = db.execute(
            f"SELECT owner_unit, COALESCE(SUM(deleted = 0), 0), COALESCE(SUM(deleted = 1), 0) FROM {table}{where} GROUP BY owner_unit",
            params,
        ).fetchall()
        for unit, live, deleted in rows:
            out.setdefault(unit, {})[table] = {"live": live, "deleted": deleted}
    empty = {"live": 0, "deleted": 0}
    return {unit: {table: tables.get(table, dict(empty)) for table in NAMES} for unit, tables in out.items()}


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def delete_setting(db: Database, key: str) -> None:
    """Remove one setting (nothing when it is not there)."""
    with db.atomic():
        db.execute("DELETE FROM settings WHERE key = ?", [key])
