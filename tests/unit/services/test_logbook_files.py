"""Saving an activity with its attachments is one service call and one transaction; backups go through a service."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.errors import FileMissingError, ValidationError
from app.core.models import Activity
from app.services import backups, logbook


def _activity(**kw) -> Activity:
    return Activity(**{"date": date(2026, 10, 2), "title": "Phổ biến Luật Đất đai", "forms": ["TRUC_TIEP"], "participants": 30, **kw})


def _count(ws, table: str) -> int:
    return ws.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_an_activity_and_its_files_are_saved_together(workspace, tmp_path):
    photo, minutes = tmp_path / "ảnh.jpg", tmp_path / "biên bản.pdf"
    photo.write_bytes(b"\xff\xd8\xff photo")
    minutes.write_bytes(b"%PDF-1.4 minutes")
    a = _activity()
    result = logbook.save_activity_with_files(workspace, a, [photo, minutes], source="gui")
    assert result.outcome == "created"
    names = [att.filename for att in logbook.list_attachments(workspace, a.id)]
    assert names == ["ảnh.jpg", "biên bản.pdf"]
    assert all(att.meta.owner_unit == workspace.unit_code for att in logbook.list_attachments(workspace, a.id))
    # a second save adds only the new file, the activity unchanged
    more = tmp_path / "thêm.png"
    more.write_bytes(b"\x89PNG more")
    assert logbook.save_activity_with_files(workspace, a, [more]).outcome == "unchanged"
    assert len(logbook.list_attachments(workspace, a.id)) == 3


def test_a_missing_file_writes_nothing(workspace, tmp_path):
    a = _activity()
    with pytest.raises(FileMissingError) as info:
        logbook.save_activity_with_files(workspace, a, [tmp_path / "đã xóa.jpg"])
    assert info.value.code == "E-FILE-NOT-FOUND"
    assert _count(workspace, "activities") == 0 and _count(workspace, "attachments") == 0


def test_an_attachment_that_fails_leaves_no_activity_row(workspace, tmp_path, monkeypatch):
    from app.store import attachments as attachment_repo

    good, bad = tmp_path / "một.jpg", tmp_path / "hai.jpg"
    good.write_bytes(b"one")
    bad.write_bytes(b"two")
    real = attachment_repo.record_attachment

    def failing(db, activity_id, filename, *args, **kw):
        if filename == "hai.jpg":
            raise OSError("disk full while recording the attachment")
        return real(db, activity_id, filename, *args, **kw)

    monkeypatch.setattr(attachment_repo, "record_attachment", failing)
    with pytest.raises(OSError):
        logbook.save_activity_with_files(workspace, _activity(), [good, bad])
    assert _count(workspace, "activities") == 0
    assert _count(workspace, "attachments") == 0
    assert _count(workspace, "activity_reporters") == 0


def test_an_invalid_activity_copies_no_file(workspace, tmp_path):
    photo = tmp_path / "ảnh.jpg"
    photo.write_bytes(b"photo")
    with pytest.raises(ValidationError):
        logbook.save_activity_with_files(workspace, Activity(date=date(2026, 10, 2), title=""), [photo])
    assert not workspace.paths.files.exists() or not any(p.is_file() for p in workspace.paths.files.rglob("*"))


def test_backups_are_made_listed_and_restored_through_the_service(workspace):
    logbook.save_activity(workspace, _activity())
    made = backups.make_backup(workspace.paths.db_file, workspace.paths.backups, workspace.clock)
    assert [b.path for b in backups.list_backups(workspace.paths.backups)] == [made]
    logbook.save_activity(workspace, _activity(title="Sau sao lưu"))
    paths = workspace.paths
    safety = backups.restore_backup(workspace, made)
    assert safety.exists() and safety != made
    from app.services.workspace import Workspace

    with Workspace.open(paths) as again:
        assert again.db.execute("SELECT COUNT(*) FROM activities").fetchone()[0] == 1
