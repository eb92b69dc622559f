"""SQLite's errors the user can act on become the app's errors with stable codes, and leave the data as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date

import pytest

from app.core.errors import (
    AppError,
    DatabaseBusyError,
    DatabaseCorruptError,
    DatabaseFullError,
    DatabaseIOError,
    DatabaseReadOnlyError,
)
from app.core.models import Activity
from app.store import activities, backups
from app.store.connection import Database
from app.store.database import connect
from app.store.errors import mapped_errors, storage_error


def count(db: Database) -> int:
    return db.execute("SELECT COUNT(*) FROM activities").fetchone()[0]


def save_some(ws, n: int = 1, title: str = "Hội nghị tuyên truyền Luật Đất đai") -> None:
    with ws.db.atomic():
        for i in range(n):
            activities.save_activity(ws.db, Activity(date=date(2026, 3, 8), title=f"{title} {i}" + " x" * 300,
                                                     forms=["TRUC_TIEP"], participants=40), ws.write_context())  # fmt: skip


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_full_disk_is_e_db_full_and_the_transaction_is_undone(workspace):
    save_some(workspace)
    db = workspace.db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")  # the database may not grow: what a full disk does
    with pytest.raises(DatabaseFullError) as err:
        save_some(workspace, 200)
    assert err.value.code == "E-DB-FULL" and isinstance(err.value.__cause__, sqlite3.OperationalError)
    assert not db.conn.in_transaction and count(db) == 1
    db.execute(f"PRAGMA max_page_count = {pages * 100}")
    save_some(workspace, 2)  # space again: the database works as before
    assert count(db) == 3


def test_a_database_held_by_another_program_is_e_db_busy(workspace):
    save_some(workspace)
    db = workspace.db
    db.execute("PRAGMA busy_timeout = 0")
    other = sqlite3.connect(str(workspace.paths.db_file), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another writer holds the lock
        with pytest.raises(DatabaseBusyError) as err:
            save_some(workspace)
        assert err.value.code == "E-DB-BUSY"
        with pytest.raises(DatabaseBusyError):
            db.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert not db.conn.in_transaction and count(db) == 1
    assert db.execute("SELECT COUNT(*) FROM settings WHERE key = 'x'").fetchone()[0] == 0


def test_a_read_only_database_is_e_db_readonly(workspace):
    save_some(workspace)
    db = workspace.db
    db.execute("PRAGMA query_only = ON")
    with pytest.raises(DatabaseReadOnlyError) as err:
        save_some(workspace)
    assert err.value.code == "E-DB-READONLY"
    db.execute("PRAGMA query_only = OFF")
    assert count(db) == 1
    reader = Database(sqlite3.connect(f"{workspace.paths.db_file.as_uri()}?mode=ro", uri=True))
    try:
        with pytest.raises(DatabaseReadOnlyError):
            with reader.atomic():
                reader.execute("DELETE FROM settings WHERE key = 'officer'")
    finally:
        reader.close()
    assert db.execute("SELECT COUNT(*) FROM settings WHERE key = 'officer'").fetchone()[0] == 1


def test_a_damaged_file_is_e_db_corrupt_and_stays_untouched(workspace, tmp_path):
    save_some(workspace, 50)
    workspace.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(workspace.paths.db_file.read_bytes())
    page = 4096
    for start in range(2 * page, len(data), page):  # every page after the schema's: garbage
        data[start + 8 : start + page] = b"\xa5" * (page - 8)
    damaged.write_bytes(bytes(data))
    before = digest(damaged)
    db = Database(damaged)
    try:
        with pytest.raises(DatabaseCorruptError) as err:
            db.execute("SELECT COUNT(*), SUM(length(payload_json)) FROM activities").fetchall()
        assert err.value.code == "E-DB-CORRUPT"
    except sqlite3.DatabaseError:
        pytest.fail("an SQLite error escaped the store")
    finally:
        db.close()
    assert digest(damaged) == before


def test_restoring_a_damaged_backup_is_e_db_corrupt_and_changes_nothing(workspace, tmp_path):
    save_some(workspace, 50)
    p = workspace.paths
    copy = backups.make_backup(p.db_file, p.backups, "manual", workspace.clock)
    con = sqlite3.connect(copy)
    # an index of the activities: the schema, the settings and the migrations (read first) stay readable
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'activities' "
                       "ORDER BY rootpage DESC LIMIT 1").fetchone()[0]  # fmt: skip
    con.close()
    data = bytearray(copy.read_bytes())
    start = (root - 1) * 4096
    data[start + 12 : start + 4096] = bytes(reversed(data[start + 12 : start + 4096]))
    copy.write_bytes(bytes(data))
    workspace.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    workspace.db.close()
    before, backups_before = digest(p.db_file), sorted(p.backups.glob("*.sqlite3"))
    with pytest.raises(DatabaseCorruptError) as err:
        backups.restore_backup(copy, p.db_file, p.backups, workspace.clock)
    assert err.value.code == "E-DB-CORRUPT"
    assert digest(p.db_file) == before and sorted(p.backups.glob("*.sqlite3")) == backups_before


@pytest.mark.parametrize("message,kind", [
    ("database or disk is full", DatabaseFullError),
    ("database is locked", DatabaseBusyError),
    ("database table is locked", DatabaseBusyError),
    ("attempt to write a readonly database", DatabaseReadOnlyError),
    ("disk I/O error", DatabaseIOError),
    ("database disk image is malformed", DatabaseCorruptError),
    ("file is not a database", DatabaseCorruptError),
])  # fmt: skip
def test_each_sqlite_message_maps_to_its_code(message, kind):
    mapped = storage_error(sqlite3.OperationalError(message), path="/x/pbgdpl.sqlite3")
    assert type(mapped) is kind and message in mapped.message and mapped.details["path"] == "/x/pbgdpl.sqlite3"
    with pytest.raises(kind):
        with mapped_errors():
            raise sqlite3.OperationalError(message)


def test_an_io_error_code_is_e_db_io():
    exc = sqlite3.OperationalError("something odd")
    exc.sqlite_errorcode = 10 | (3 << 8)  # SQLITE_IOERR_WRITE
    assert isinstance(storage_error(exc), DatabaseIOError)


def test_other_sqlite_errors_go_on_unchanged(workspace):
    db = workspace.db
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO settings (key, value) VALUES (NULL, NULL)")
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        with db.atomic():
            db.execute("SELECT * FROM nowhere")
    assert storage_error(ValueError("database is locked")) is None
    assert not issubclass(DatabaseFullError, sqlite3.Error) and issubclass(DatabaseFullError, AppError)


def test_the_command_line_prints_the_code_and_exits_1(workspace, monkeypatch, capsys):
    from app import cli
    from app.store import database

    data = workspace.paths.data
    workspace.close()

    def full_connect(path):
        db = connect(path)
        db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
        return db

    monkeypatch.setattr(database, "connect", full_connect)
    assert cli.main(["demo", "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("E-DB-FULL: ") and "full" in err
    monkeypatch.undo()
    db = database.open_database(workspace.paths.db_file)
    try:
        assert count(db) == 0 and db.execute("SELECT COUNT(*) FROM reporters").fetchone()[0] == 0
    finally:
        db.close()


def _damage_a_middle_page(workspace) -> tuple[object, str]:
    """Many activities (one per day, long titles), then one of their table's pages in the middle overwritten."""
    from datetime import timedelta

    with workspace.db.atomic():
        for i in range(400):
            activities.save_activity(workspace.db, Activity(date=date(2025, 1, 1) + timedelta(days=i), title=f"Hội nghị {i}" + " x" * 300,
                                                            forms=["TRUC_TIEP"], participants=40), workspace.write_context())  # fmt: skip
    workspace.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path, unit = workspace.paths.db_file, workspace.unit_code
    workspace.close()
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    leaves = [i for i in range(len(data) // size) if data[i * size] == 0x0D and b" x x x x" in data[i * size : (i + 1) * size]]
    middle = leaves[len(leaves) // 2]
    data[middle * size : (middle + 1) * size] = b"\xff" * size
    path.write_bytes(bytes(data))
    return path, unit


def test_a_page_damaged_half_way_through_a_read_is_e_db_corrupt_not_a_crash(workspace):
    path, unit = _damage_a_middle_page(workspace)
    db = Database(path)
    read = 0
    try:
        with pytest.raises(DatabaseCorruptError) as err:
            for _activity in activities.iter_activities(db, activities.ActivityFilter(units=(unit,))):
                read += 1
        assert err.value.code == "E-DB-CORRUPT" and isinstance(err.value.__cause__, sqlite3.DatabaseError)
        assert read > 0  # execute returned and rows came: the error arose while the cursor was read
        with pytest.raises(DatabaseCorruptError):
            activities.fetch_by_rowids(db, list(range(1, 401)))
    except sqlite3.DatabaseError:
        pytest.fail("an SQLite error escaped the store half-way through a read")
    finally:
        db.close()


class _BrokenCursor:
    """A cursor whose rows cannot be read (a failing drive after ``execute`` returned)."""

    description = [("id",), ("payload_json",)]

    def __init__(self, error: sqlite3.Error) -> None:
        self.error = error

    def __iter__(self):
        raise self.error

    def fetchall(self):
        raise self.error

    def fetchone(self):
        raise self.error


class _DatabaseWithBrokenCursor:
    def __init__(self, error: sqlite3.Error) -> None:
        self.error = error

    def execute(self, sql, parameters=None):
        return _BrokenCursor(self.error)


@pytest.mark.parametrize(
    "error,kind",
    [(sqlite3.OperationalError("disk I/O error"), DatabaseIOError), (sqlite3.DatabaseError("database disk image is malformed"), DatabaseCorruptError)],
)
def test_every_row_reader_of_the_store_maps_an_error_raised_after_execute(error, kind):
    from app.store import reporters

    db = _DatabaseWithBrokenCursor(error)
    readers = {
        "iter_reporters": lambda: list(reporters.iter_reporters(db)),
        "find_by_name": lambda: reporters.find_by_name(db, "05443", "An"),
        "activity_stats": lambda: reporters.activity_stats(db),
        "fetch_activities": lambda: activities.fetch_activities(db, ["a"]),
        "query_ids": lambda: activities.query_ids(db, activities.ActivityFilter(units=("05443",))),
        "query_rowids": lambda: activities.query_rowids(db, activities.ActivityFilter(units=("05443",)), use_fts=False),
        "totals": lambda: activities.totals(db, activities.ActivityFilter(units=("05443",)), use_fts=False),
        "places": lambda: activities.places(db, ("05443",)),
        "owner_units": lambda: activities.owner_units(db),
        "rowid_of": lambda: activities.rowid_of(db, "a"),
    }
    escaped = []
    for name, call in readers.items():
        try:
            call()
        except kind:
            continue
        except sqlite3.Error:
            escaped.append(name)
    assert not escaped, f"SQLite errors escaped: {escaped}"
