"""Importing many bundles at once: the next file is verified while the current one is written, files are
committed in groups, and yet each file is all or nothing, a cancel keeps what was done, and nothing is lost
without being reported."""

from __future__ import annotations

import sqlite3

import pytest

from app.commands import run_job
from app.core.errors import AppError
from app.services import bundles as bundle_service
from app.services.bundles import import_many
from app.store import sync_state
from app.store.database import BATCH_CACHE_KIB, BATCH_CHECKPOINT_PAGES, CommitGroups, batch_writes


def _imported(ws) -> list[int]:
    return sync_state.import_seqs(ws.db, "05443")


@pytest.mark.parametrize("helper", ["thread", "process"])
def test_several_files_a_refused_one_and_the_same_file_twice(commune, upper, export, tmp_path, monkeypatch, helper):
    """The same results whether the files are prepared on a helper thread (few files) or process (many)."""
    monkeypatch.setattr(bundle_service, "PROCESS_MIN_FILES", 1 if helper == "process" else 1000)
    first, second, third = export("2026"), export("2026-Q1"), export("2026")
    junk = tmp_path / "junk.pbgdpl"
    junk.write_bytes(b"PK\x03\x04 this is no bundle")
    results = run_job(import_many(upper, [first, junk, second, first, third]))
    assert [r.ok for r in results] == [True, False, True, True, True]
    assert results[1].error.code == "E-BUNDLE-FORMAT"
    assert results[0].report.tables["activities"].new == 3
    # the same file again in the same run: seen as imported by the first (the check reads the open transaction)
    assert results[3].report.already_imported
    assert results[4].report.tables["activities"].unchanged == 3
    assert _imported(upper) == [1, 2, 3]
    assert not upper.db.conn.in_transaction  # everything committed at the end
    assert upper.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000  # the usual setting is back


def test_a_cancel_keeps_the_files_already_imported(commune, upper, export):
    files = [export("2026"), export("2026-Q1"), export("2026")]
    steps = import_many(upper, files)
    next(steps)  # about to import the first file
    next(steps)  # the first is imported (not yet committed: its group is open), about to import the second
    steps.close()  # the officer cancels
    assert not upper.db.conn.in_transaction
    other = sqlite3.connect(upper.paths.db_file)  # committed: another connection sees it
    try:
        assert [r[0] for r in other.execute("SELECT seq FROM bundle_imports ORDER BY seq")] == [1]
    finally:
        other.close()


def test_a_file_that_fails_while_written_is_undone_alone(commune, upper, export, monkeypatch):
    files = [export("2026"), export("2026-Q1"), export("2026")]
    real = bundle_service.import_bundle
    calls = []

    def failing_in_savepoint(ws, path, **kw):
        calls.append(path)
        if len(calls) == 2:  # like import_bundle: writes in its savepoint, then fails
            with ws.db.atomic():
                ws.db.execute("INSERT INTO settings (key, value) VALUES ('half-written', 'x')")
                raise AppError("the disk went away")
        return real(ws, path, **kw)

    monkeypatch.setattr(bundle_service, "import_bundle", failing_in_savepoint)
    results = run_job(import_many(upper, files))
    assert [r.ok for r in results] == [True, False, True]
    assert _imported(upper) == [1, 3]
    assert upper.db.execute("SELECT COUNT(*) FROM settings WHERE key = 'half-written'").fetchone()[0] == 0


def test_files_undone_by_a_rolled_back_group_are_reported_as_not_imported(commune, upper, export, monkeypatch):
    """SQLite rolls a whole transaction back on a full disk: the files of the group done before are then
    reported as failed (to import again), never as imported."""
    files = [export("2026"), export("2026-Q1"), export("2026")]
    real = bundle_service.import_bundle
    calls = []

    def disk_full_on_second(ws, path, **kw):
        calls.append(path)
        if len(calls) == 2:
            ws.db.execute("ROLLBACK")  # what SQLite does itself on SQLITE_FULL
            raise AppError("database or disk is full")
        return real(ws, path, **kw)

    monkeypatch.setattr(bundle_service, "import_bundle", disk_full_on_second)
    results = run_job(import_many(upper, files))
    assert [r.ok for r in results] == [False, False, True]
    assert "import it again" in results[0].error.message
    assert _imported(upper) == [3]


def test_commit_groups_commit_every_few_units_and_at_the_end(workspace):
    db = workspace.db
    with CommitGroups(db, size=2, seconds=3600) as group:
        for n in range(3):
            group.begin()
            with db.atomic():
                db.execute("INSERT INTO settings (key, value) VALUES (?, 'x')", [f"unit-{n}"])
            group.done(n)
            assert db.conn.in_transaction == (n == 0 or n == 2)  # committed after the second unit
    assert not db.conn.in_transaction
    assert db.execute("SELECT COUNT(*) FROM settings WHERE key LIKE 'unit-%'").fetchone()[0] == 3


def test_batch_writes_restores_the_checkpoint_setting(workspace):
    db = workspace.db
    db.execute("PRAGMA wal_autocheckpoint = 500")
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    with batch_writes(db):
        assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == BATCH_CHECKPOINT_PAGES
        assert db.execute("PRAGMA cache_size").fetchone()[0] == -BATCH_CACHE_KIB
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 500
    assert db.execute("PRAGMA cache_size").fetchone()[0] == cache


def test_a_bundle_refused_in_the_helper_process_keeps_its_error_details(commune, upper, export, monkeypatch, tmp_path):
    """Refusals cross from the helper process as the error itself, with the code and what it names."""
    monkeypatch.setattr(bundle_service, "PROCESS_MIN_FILES", 1)
    good = export("2026")
    missing = tmp_path / "gone.pbgdpl"
    results = run_job(import_many(upper, [missing, good]))
    assert [r.ok for r in results] == [False, True]
    assert results[0].error.code == "E-FILE-NOT-FOUND"
    assert "gone.pbgdpl" in results[0].error.message


def test_commit_groups_run_before_commit_and_roll_back_when_it_fails(workspace):
    db = workspace.db
    seen = []

    def check():  # runs inside the open transaction, before it is committed
        seen.append(db.conn.in_transaction)

    with CommitGroups(db, size=1, seconds=3600, before_commit=check) as group:
        group.begin()
        db.execute("INSERT INTO settings (key, value) VALUES ('unit-0', 'x')")
        group.done(0)
    assert seen == [True]

    def broken():
        raise OSError(5, "I/O error")

    group = CommitGroups(db, size=1, seconds=3600, before_commit=broken)
    group.begin()
    db.execute("INSERT INTO settings (key, value) VALUES ('unit-1', 'x')")
    with pytest.raises(OSError):
        group.done(1)
    assert not db.conn.in_transaction
    assert group.lost() == [1]
    assert db.execute("SELECT key FROM settings WHERE key LIKE 'unit-%'").fetchall() == [("unit-0",)]


def test_kept_copies_folders_are_synced_once_per_group_before_its_commit(commune, upper, export, monkeypatch):
    """Each kept copy's data is synced as it is written; its folder before the group's commit, not per file."""
    from app import fileio

    files = [export("2026"), export("2026-Q1"), export("2026-Q2")]
    synced = []

    monkeypatch.setattr(fileio, "sync_folder", lambda folder: synced.append((str(folder), upper.db.conn.in_transaction)))
    results = run_job(import_many(upper, files))
    assert all(r.ok for r in results)
    received = str(bundle_service.received_dir(upper.paths) / "05443")
    assert synced == [(received, True)]  # one folder, one sync, in the open group's transaction before its commit
    assert _imported(upper) == [1, 2, 3]


def test_a_single_import_syncs_its_copy_folder_before_it_commits(commune, upper, export, monkeypatch):
    from app import fileio

    bundle = export("2026")
    synced = []
    monkeypatch.setattr(fileio, "sync_folder", lambda folder: synced.append(str(folder)))
    bundle_service.import_bundle(upper, bundle)  # the transaction waits for the files before committing
    assert synced == [str(bundle_service.received_dir(upper.paths) / "05443")]


def test_a_selection_is_judged_as_a_whole(commune, upper, export):
    """Chosen together, out of order: a number another file of the selection carries is not missing, in the
    preview and after the import; the same file chosen twice is one import, and its preview says so."""
    first, second, third = export("2026-Q1"), export("2026-Q2"), export("2026-Q3")
    preview = run_job(import_many(upper, [third, first, first], dry_run=True))
    assert [r.report.sequence_gaps for r in preview] == [[2], [2], [2]]  # no. 2 (the second quarter) is not chosen: missing
    assert preview[2].report.already_imported and "chosen twice" in preview[2].report.message
    assert not preview[0].report.already_imported and not preview[1].report.already_imported
    done = run_job(import_many(upper, [third, second, first]))
    assert [r.report.sequence_gaps for r in done] == [[], [], []]  # no. 3 came first: 1 and 2 were in the selection
    assert _imported(upper) == [1, 2, 3]


def test_the_automatic_backup_is_made_before_the_first_file_that_writes_only(commune, upper, export, tmp_path):
    """A selection of files imported before (each a no-op) or refused writes nothing: no backup, none rotated
    away; the first file that writes gets its copy, taken before anything of it is stored."""
    first = export("2026")
    junk = tmp_path / "junk.pbgdpl"
    junk.write_bytes(b"PK\x03\x04 this is no bundle")
    backups = lambda: sorted((p.name, p.stat().st_mtime_ns) for p in upper.paths.backups.glob("*before-bundle-import.sqlite3"))  # noqa: E731
    run_job(import_many(upper, [junk]))
    assert backups() == []
    run_job(import_many(upper, [first]))
    made = backups()
    assert len(made) == 1
    copy = sqlite3.connect(f"{(upper.paths.backups / made[0][0]).as_uri()}?mode=ro", uri=True)
    try:  # the copy is the database as it was before the import
        assert copy.execute("SELECT COUNT(*) FROM bundle_imports").fetchone()[0] == 0
    finally:
        copy.close()
    again = run_job(import_many(upper, [first, junk]))
    assert again[0].report.already_imported and not again[1].ok
    assert backups() == made  # not made again (the test's clock would give it the same name: its time says)
