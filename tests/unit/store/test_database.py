"""Opening, migrating and refusing databases."""

import hashlib
import sqlite3

import pytest

from app.core.errors import DatabaseCorruptError, SchemaTooNewError
from app.paths import resource_root
from app.store.database import open_database
from app.store.migrations import SNAPSHOT_HEADER, latest_version, schema_sql, split_statements


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_empty_database_migrates_to_the_schema_snapshot(tmp_path):
    db = open_database(tmp_path / "a.sqlite3")
    snapshot = (resource_root() / "db" / "schema.sql").read_text(encoding="utf-8")
    assert SNAPSHOT_HEADER + schema_sql(db) == snapshot, "run `make schema` after adding a migration"
    assert db.execute("PRAGMA user_version").fetchone()[0] == latest_version()
    assert db.journal_mode == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_reopening_applies_nothing_and_keeps_data(tmp_path):
    path = tmp_path / "a.sqlite3"
    db = open_database(path)
    with db.atomic():
        db.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
    db.close()
    db = open_database(path, backups=tmp_path / "backups")
    assert db.execute("SELECT value FROM settings WHERE key = 'x'").fetchone()[0] == "y"
    assert not (tmp_path / "backups").exists()


def test_existing_database_is_copied_before_migrating(tmp_path):
    path = tmp_path / "old.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE legacy (x)")
    con.execute("INSERT INTO legacy VALUES (42)")
    con.commit()
    con.close()
    open_database(path, backups=tmp_path / "backups").close()
    copies = list((tmp_path / "backups").glob("*before-migration*.sqlite3"))
    assert len(copies) == 1
    assert sqlite3.connect(copies[0]).execute("SELECT x FROM legacy").fetchone() == (42,)


def test_database_from_a_newer_pbgdpl_is_refused_and_untouched(tmp_path):
    path = tmp_path / "new.sqlite3"
    db = open_database(path)
    with db.atomic():
        db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('pbgdpl', '0099_future', 'x')"
        )
        db.execute("UPDATE settings SET value = '9.0.0' WHERE key = 'app_version'")
    db.execute("PRAGMA user_version = 99")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = digest(path)
    with pytest.raises(SchemaTooNewError) as err:
        open_database(path, backups=tmp_path / "backups")
    assert err.value.code == "E-SCHEMA-TOO-NEW"
    assert "99" in err.value.message and "9.0.0" in err.value.message and str(latest_version()) in err.value.message
    assert digest(path) == before
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize("content", [b"this is not a database", b"SQLite format 3\x00" + b"\xff" * 200])
def test_foreign_or_damaged_file_is_refused_and_untouched(tmp_path, content):
    path = tmp_path / "bad.sqlite3"
    path.write_bytes(content)
    with pytest.raises(DatabaseCorruptError) as err:
        open_database(path)
    assert err.value.code == "E-DB-CORRUPT"
    assert path.read_bytes() == content


def test_split_statements_keeps_trigger_bodies_whole():
    sql = "-- c\nCREATE TABLE t (x);\nCREATE TRIGGER g BEFORE DELETE ON t\nBEGIN\n SELECT 1;\n SELECT 2;\nEND;\n"
    parts = split_statements(sql)
    assert len(parts) == 2 and parts[1].startswith("CREATE TRIGGER") and parts[1].endswith("END;")
