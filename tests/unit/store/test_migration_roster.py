"""Migration roster_life_cycle on a database of the previous schema: dismissals on "Không hoạt động" / "Lý do khác" become
review flags keeping their decision; legal grounds and everything else stay as they were."""

import shutil
import sqlite3
from datetime import date

from app.core.models import Decision
from app.paths import migrations_dir
from app.services.catalogs import load_catalogs
from app.store.connection import Database
from app.store.database import open_database
from app.store.migrations import apply_pending, migration_set
from app.store.reporters import get_reporter, iter_reporters
from app.core.rules import validate_reporter

ROWS = [  # id, kind, name, dismissal number, date, authority, ground, reason
    ("r-inactive", "ttv", "Hoàng Văn Nam", "40/QĐ-UBND", "2025-05-02", "Chủ tịch UBND xã", "KHONG_HOAT_DONG", "Không tham gia từ 2023"),
    ("r-other", "ttv", "Lò Thị Mai", "41/QĐ-UBND", None, "Chủ tịch UBND xã", "KHAC", "Chuyển đi nơi khác"),
    ("r-legal", "bcv", "Đàm Văn Hùng", "1200/QĐ-UBND", "2025-06-01", "Chủ tịch UBND tỉnh", "KHONG_CON_CBCC", "Nghỉ hưu"),
    ("r-active", "ttv", "Nông Thị Hoa", "", None, "", "", ""),
]


def _old_database(tmp_path):
    """A database migrated up to the migration before the roster's life cycle, holding ``ROWS``."""
    folder = tmp_path / "migrations"
    folder.mkdir()
    for path in sorted(migrations_dir().glob("*.sql")):
        if path.stem.endswith("_roster_life_cycle"):
            break
        shutil.copy(path, folder / path.name)
    path = tmp_path / "old.sqlite3"
    db = Database(path)
    from sqlite_utils import Database as SqliteUtilsDatabase

    migration_set(folder).apply(SqliteUtilsDatabase(db.conn, execute_plugins=False))
    db.execute(f"PRAGMA user_version = {len(list(folder.glob('*.sql')))}")
    with db.atomic():
        for rid, kind, name, number, day, authority, ground, reason in ROWS:
            db.execute(
                "INSERT INTO reporters (id, owner_unit, rev, rev_by, created_at, updated_at, kind, full_name, "
                "dismissal_number, dismissal_date, dismissal_authority, dismissal_ground, dismissal_reason, natural_key) "
                "VALUES (?, '05443', 3, 'inst', '2025-01-01T00:00:00', '2025-06-01T00:00:00', ?, ?, ?, ?, ?, ?, ?, ?)",
                [rid, kind, name, number, day, authority, ground, reason, f"{name}|"],
            )
    db.close()
    return path


def test_migration_moves_non_legal_grounds_to_review_flags_keeping_the_decision(tmp_path):
    path = _old_database(tmp_path)
    db = open_database(path, backups=tmp_path / "backups")
    inactive, other, legal, active = (get_reporter(db, r[0]) for r in ROWS)
    assert (inactive.review_flag, inactive.dismissal_ground) == ("KHONG_HOAT_DONG", "")
    assert inactive.dismissal == Decision("40/QĐ-UBND", date(2025, 5, 2), "Chủ tịch UBND xã")
    assert inactive.dismissal_reason == "Không tham gia từ 2023"
    assert (other.review_flag, other.dismissal_ground, other.dismissal.number) == ("KHAC", "", "41/QĐ-UBND")
    assert (legal.review_flag, legal.dismissal_ground) == ("", "KHONG_CON_CBCC")
    assert (active.review_flag, active.dismissal_ground, active.level, active.id_number) == ("", "", "", "")
    # the decisions still count (the people stay dismissed as the paper says), revisions untouched
    assert [r.state(date(2026, 1, 1)) for r in (inactive, other, legal, active)] == ["dismissed", "dismissed", "dismissed", "active"]
    assert {r.meta.rev for r in iter_reporters(db)} == {3}
    # migrated records pass the rules as stored, so they still travel in bundles
    catalogs = load_catalogs()
    assert all(validate_reporter(r, catalogs, date(2026, 11, 26)) == [] for r in (inactive, other, legal, active))
    assert list((tmp_path / "backups").glob("*before-migration*"))  # the old file was copied first
    db.close()
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] >= 9
