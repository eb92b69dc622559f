"""The store's connection: writes outside a transaction commit at once, ``atomic()`` is all or nothing (nested
blocks are savepoints), and an up-to-date database opens without importing sqlite-utils."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from app.store.connection import Database
from app.store.database import open_database
from app.store.migrations import apply_pending, known_names, pending_names


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "t.sqlite3")
    database.execute("CREATE TABLE t (n INTEGER PRIMARY KEY)")
    yield database
    database.close()


def _seen_by_another_connection(db: Database) -> list[int]:
    path = db.execute("PRAGMA database_list").fetchone()[2]
    other = sqlite3.connect(path)
    try:
        return [r[0] for r in other.execute("SELECT n FROM t ORDER BY n")]
    finally:
        other.close()


def test_a_write_outside_a_transaction_is_committed_at_once(db):
    db.execute("INSERT INTO t (n) VALUES (1)")
    assert not db.conn.in_transaction
    assert _seen_by_another_connection(db) == [1]


def test_a_failing_statement_leaves_no_transaction_open(db):
    db.execute("INSERT INTO t (n) VALUES (1)")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t (n) VALUES (1)")
    assert not db.conn.in_transaction
    db.execute("INSERT INTO t (n) VALUES (2)")
    assert _seen_by_another_connection(db) == [1, 2]


def test_atomic_commits_on_success_and_undoes_everything_on_error(db):
    with db.atomic():
        db.execute("INSERT INTO t (n) VALUES (1)")
        assert _seen_by_another_connection(db) == []  # not visible before the commit
    assert _seen_by_another_connection(db) == [1]
    with pytest.raises(RuntimeError):
        with db.atomic():
            db.execute("INSERT INTO t (n) VALUES (2)")
            db.conn.executemany("INSERT INTO t (n) VALUES (?)", [(3,), (4,)])
            raise RuntimeError("cancelled half way")
    assert not db.conn.in_transaction
    assert _seen_by_another_connection(db) == [1]


def test_a_nested_block_that_fails_is_undone_alone(db):
    with db.atomic():
        db.execute("INSERT INTO t (n) VALUES (1)")
        with pytest.raises(sqlite3.IntegrityError):
            with db.atomic():
                db.execute("INSERT INTO t (n) VALUES (2)")
                db.execute("INSERT INTO t (n) VALUES (1)")  # duplicate: this block only is undone
        with db.atomic():
            db.execute("INSERT INTO t (n) VALUES (3)")
    assert _seen_by_another_connection(db) == [1, 3]


def test_when_sqlite_ends_the_transaction_the_original_error_is_kept(db):
    db.execute(
        "CREATE TRIGGER no_nines BEFORE INSERT ON t WHEN NEW.n = 9 BEGIN SELECT RAISE(ROLLBACK, 'no nines'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="no nines"):
        with db.atomic():
            db.execute("INSERT INTO t (n) VALUES (1)")
            with db.atomic():  # its savepoint is gone with the whole transaction: no "no such savepoint" error
                db.execute("INSERT INTO t (n) VALUES (9)")
    assert not db.conn.in_transaction
    assert _seen_by_another_connection(db) == []


def test_a_connection_inside_a_transaction_is_refused(tmp_path):
    conn = sqlite3.connect(tmp_path / "x.sqlite3")
    conn.execute("CREATE TABLE t (n)")
    conn.execute("INSERT INTO t VALUES (1)")  # the sqlite3 module opened a transaction
    with pytest.raises(ValueError):
        Database(conn)
    conn.close()


def test_migrations_apply_once_and_then_nothing_is_pending(tmp_path):
    db = Database(tmp_path / "m.sqlite3")
    assert pending_names(db) == known_names()
    assert apply_pending(db) == known_names()
    assert pending_names(db) == []
    assert apply_pending(db) == []
    assert "activities" in db.table_names()
    db.close()


def test_an_up_to_date_database_opens_without_importing_sqlite_utils(tmp_path):
    """sqlite-utils (with click, dateutil and pluggy) costs ~90 ms; only applying migrations needs it."""
    path = tmp_path / "pbgdpl.sqlite3"
    open_database(path).close()  # creates and migrates
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.store.database import open_database\n"
        f"db = open_database(Path({str(path)!r}))\n"
        "db.execute('SELECT count(*) FROM activities').fetchone()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlite_utils', 'click', 'dateutil', 'pluggy')))\n"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
