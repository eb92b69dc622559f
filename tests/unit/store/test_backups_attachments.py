"""Backups (make, list, restore) and attachments stored once by content hash."""

from datetime import date

from app.core.models import Activity
from app.store import activities, attachments, backups


def test_backup_and_restore_round_trip(workspace):
    ws = workspace
    p = ws.paths
    copy = backups.make_backup(p.db_file, p.backups, "manual", ws.clock)
    assert backups.last_backup(p.backups).path == copy
    with ws.db.atomic():
        activities.save_activity(ws.db, Activity(date=date(2026, 1, 5), title="Sau sao lưu", forms=["LOA"]), ws.write_context())
    ws.db.close()
    safety = backups.restore_backup(copy, p.db_file, p.backups, ws.clock)
    assert safety.exists()
    from app.store.database import open_database

    db = open_database(p.db_file)
    assert db.execute("SELECT COUNT(*) FROM activities").fetchone()[0] == 0
    assert db.execute("SELECT value FROM settings WHERE key='unit_code'").fetchone()[0] == "05443"
    db.close()


def test_attachment_stored_once_by_hash(workspace, tmp_path):
    ws = workspace
    a = Activity(date=date(2026, 2, 1), title="Hội nghị", forms=["TRUC_TIEP"])
    photo = tmp_path / "ảnh hội nghị.jpg"
    photo.write_bytes(b"\xff\xd8" + b"x" * 1000)
    with ws.db.atomic():
        activities.save_activity(ws.db, a, ws.write_context())
        one = attachments.add_attachment(ws.db, ws.paths.files, a.id, photo, ws.write_context())
        two = attachments.add_attachment(ws.db, ws.paths.files, a.id, photo, ws.write_context())
    assert one.sha256 == two.sha256 and one.id != two.id
    assert attachments.blob_path(ws.paths.files, one.sha256).read_bytes() == photo.read_bytes()
    assert len(list(ws.paths.files.rglob("*"))) == 2  # one folder, one file
    assert [x.filename for x in attachments.list_attachments(ws.db, a.id)] == ["ảnh hội nghị.jpg"] * 2
