"""The one atomic file writer: a file appears whole under its name, or the old one stays as it was."""

from __future__ import annotations

import os
import stat

import pytest

from app import fileio


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_writes_the_bytes_creating_the_folder_and_leaves_no_temp_file(tmp_path, monkeypatch):
    synced = []
    monkeypatch.setattr(fileio, "sync_folder", lambda folder: synced.append(folder))
    target = tmp_path / "báo cáo" / "năm 2026" / "tổng hợp.pdf"
    assert fileio.atomic_write(target, b"%PDF-1.7 \xc3\xa0") == target
    assert target.read_bytes() == b"%PDF-1.7 \xc3\xa0"
    assert leftovers(target.parent) == [] and synced == [target.parent]


def test_replaces_an_old_file_whole(tmp_path):
    target = tmp_path / "x.bin"
    target.write_bytes(b"old")
    fileio.atomic_write(target, b"new and longer")
    assert target.read_bytes() == b"new and longer"


def test_a_failing_stream_keeps_the_old_file_and_removes_the_temp_file(tmp_path):
    target = tmp_path / "bundle.pbgdpl"
    target.write_bytes(b"the old bundle")
    with pytest.raises(RuntimeError, match="disk went away"):
        with fileio.atomic_writer(target) as out:
            out.file.write(b"half of a new bund")
            assert leftovers(tmp_path) == [out.temp.name]
            raise RuntimeError("disk went away")
    assert target.read_bytes() == b"the old bundle"
    assert leftovers(tmp_path) == []


def test_a_failing_rename_keeps_the_old_file_and_removes_the_temp_file(tmp_path, monkeypatch):
    target = tmp_path / "x.csv"
    target.write_bytes(b"old")

    def refuse(src, dst):
        raise PermissionError(13, "the file is open in Excel", str(dst))

    monkeypatch.setattr(fileio.os, "replace", refuse)
    with pytest.raises(PermissionError):
        fileio.atomic_write(target, b"new")
    assert target.read_bytes() == b"old" and leftovers(tmp_path) == []


def test_a_failing_fsync_writes_nothing(tmp_path, monkeypatch):
    def fail(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(fileio.os, "fsync", fail)
    with pytest.raises(OSError):
        fileio.atomic_write(tmp_path / "x", b"data")
    assert list(tmp_path.iterdir()) == []
    fileio.atomic_write(tmp_path / "y", b"data", fsync=False)  # a file that can be rebuilt: not synced
    assert (tmp_path / "y").read_bytes() == b"data"


def test_the_target_may_be_named_after_the_content(tmp_path):
    with fileio.atomic_writer(tmp_path / "draft.pbgdpl") as out:
        out.file.write(b"content")
        out.target = tmp_path / "PBGDPL_05443_2026_0001_abcd1234.pbgdpl"
    assert [p.name for p in tmp_path.iterdir()] == ["PBGDPL_05443_2026_0001_abcd1234.pbgdpl"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_a_private_file_is_readable_by_its_owner_only(tmp_path):
    target = tmp_path / "keys" / "signing.pem"
    fileio.atomic_write(target, b"secret", mode=0o600)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_atomic_path_for_libraries_that_write_by_name(tmp_path):
    target = tmp_path / "out" / "hoat_dong.xlsx"
    with fileio.atomic_path(target) as tmp:
        assert tmp.parent == target.parent and tmp != target
        tmp.write_bytes(b"PK")
    assert target.read_bytes() == b"PK" and leftovers(target.parent) == []
    with pytest.raises(ValueError):
        with fileio.atomic_path(target) as tmp:
            tmp.write_bytes(b"half")
            raise ValueError("bad row")
    assert target.read_bytes() == b"PK" and leftovers(target.parent) == []


def test_the_app_writes_files_through_this_writer_only():
    """No hand-rolled temp-and-rename outside app/fileio.py (the log's rotation renames whole files)."""
    from pathlib import Path

    import app

    root = Path(app.__file__).parent
    found = [
        f"{path.relative_to(root)}:{n}"
        for path in root.rglob("*.py")
        if path.name != "fileio.py" and path != root / "log.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "os.replace(" in line or "mkstemp(" in line and "signing" not in path.name or '.part"' in line
    ]
    assert found == []


def test_folder_syncs_defer_the_folders_to_one_call_the_data_still_synced_first(tmp_path, monkeypatch):
    """A batch of files: each file's data is synced before its rename, the folders once, by ``sync()``."""
    events = []
    real_fsync = os.fsync
    monkeypatch.setattr(fileio.os, "fsync", lambda fd: (events.append("data"), real_fsync(fd)))
    monkeypatch.setattr(fileio, "sync_folder", lambda folder: events.append(("folder", str(folder))))
    folders = fileio.FolderSyncs()
    a, b = tmp_path / "19001" / "a.pbgdpl", tmp_path / "19002" / "b.pbgdpl"
    fileio.atomic_write(a, b"first", folders=folders)
    with fileio.atomic_writer(b, folders=folders) as out:
        out.file.write(b"second")
    fileio.atomic_write(tmp_path / "19001" / "c.pbgdpl", b"third", folders=folders)
    assert events == ["data", "data", "data"]  # nothing of the folders yet
    assert a.read_bytes() == b"first" and b.read_bytes() == b"second"
    folders.sync()
    assert events[3:] == [("folder", str(a.parent)), ("folder", str(b.parent))]  # each folder once
    folders.sync()
    assert len(events) == 5  # nothing left to sync


def test_a_folder_that_fails_to_sync_stays_listed(tmp_path, monkeypatch):
    folders = fileio.FolderSyncs()
    fileio.atomic_write(tmp_path / "x.bin", b"x", folders=folders)

    def broken(folder):
        raise OSError(5, "I/O error")

    monkeypatch.setattr(fileio, "sync_folder", broken)
    with pytest.raises(OSError):
        folders.sync()
    synced = []
    monkeypatch.setattr(fileio, "sync_folder", synced.append)
    folders.sync()
    assert synced == [str(tmp_path)]
