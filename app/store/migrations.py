"""Numbered SQL migrations under db/migrations, applied with sqlite-utils' Migrations.

sqlite-utils is imported only when migrations are applied (a new or older database): opening a database that
is up to date reads the applied names with plain SQL (``pending_names``), which keeps start-up fast.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from app.paths import migrations_dir
from app.store.connection import Database

if TYPE_CHECKING:
    from sqlite_utils import Database as SqliteUtilsDatabase
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "pbgdpl"
_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migration_files(folder: Path | None = None) -> list[Path]:
    """Return the migration files in order; their names are ``NNNN_description.sql``."""
    folder = folder or migrations_dir()
    files = sorted(p for p in folder.glob("*.sql") if _NAME.match(p.name))
    numbers = [int(_NAME.match(p.name).group(1)) for p in files]
    if numbers != list(range(1, len(files) + 1)):
        raise RuntimeError(f"migrations must be numbered 0001, 0002 … without gaps: {[p.name for p in files]}")
    return files


def split_statements(sql: str) -> list[str]:
    """Split a script into complete statements (trigger bodies stay whole)."""
    statements, current = [], ""
    for line in sql.splitlines(keepends=True):
        if not current and (not line.strip() or line.lstrip().startswith("--")):
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        raise ValueError(f"incomplete SQL statement at the end of a migration: {current[:80]!r}")
    return statements


def _runner(statements: list[str]):
    def run(db: SqliteUtilsDatabase) -> None:
        for statement in statements:
            db.execute(statement)

    return run


@lru_cache(maxsize=None)
def migration_set(folder: Path | None = None) -> Migrations:
    """Build the Migrations set from the SQL files (cached)."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for path in migration_files(folder):
        migrations(name=path.stem)(_runner(split_statements(path.read_text(encoding="utf-8"))))
    return migrations


def applied_names(db: Database | sqlite3.Connection) -> list[str]:
    """Names of this set's migrations recorded as applied in ``db``, in the order applied (read-only; also on a
    plain sqlite3 connection, as ``database._inspect`` reads a file it must not change)."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'").fetchone():
        return []
    rows = db.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET])
    return [r[0] for r in rows]


def pending_names(db: Database) -> list[str]:
    """Names of the migrations not yet applied to ``db``, in the order they will run (read-only)."""
    done = set(applied_names(db))
    return [name for name in known_names() if name not in done]


def apply_pending(db: Database) -> list[str]:
    """Apply every pending migration (each in its own transaction, with its record); returns their names."""
    from sqlite_utils import Database as SqliteUtilsDatabase

    pending = pending_names(db)
    if pending:
        # sqlite-utils' Database over the same connection; plugins off, so nothing installed beside pbgdpl
        # takes part (the entry-point scan would also cost time).
        migration_set().apply(SqliteUtilsDatabase(db.conn, execute_plugins=False))
    return pending


def known_names() -> list[str]:
    return [p.stem for p in migration_files()]


def latest_version() -> int:
    """The schema version this build writes: the number of its last migration."""
    return len(migration_files())


def schema_sql(db: Database) -> str:
    """A stable text dump of the schema (tables, indexes, triggers), without the migrations table."""
    rows = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' AND tbl_name != '_sqlite_migrations' ORDER BY type, name"
    ).fetchall()
    return "".join(f"-- {kind} {name}\n{sql.strip()};\n\n" for kind, name, sql in rows)


SNAPSHOT_HEADER = "-- Schema snapshot: what db/migrations produce on an empty database (regenerate with `make schema`).\n\n"


def write_snapshot(target: Path | None = None) -> Path:
    """Migrate an in-memory database and write its schema to db/schema.sql."""
    db = Database(":memory:")
    apply_pending(db)
    target = target or migrations_dir().parent / "schema.sql"
    target.write_text(SNAPSHOT_HEADER + schema_sql(db), encoding="utf-8")
    return target
