"""An import checks a bundle once, in memory: what it keeps (the copy, the attachments, the recorded SHA-256)
is exactly the file that was checked, errors come in the same order as a check streamed from disk, and a
failure while writing the files leaves the database as it was."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest

from app.core.errors import AppError

from app.services import bundles as bundle_service
from app.services.bundles import import_bundle
from app.services.catalogs import load_catalogs
from app.store import attachments as attachment_repo
from app.sync import manifest as fmt
from app.sync.errors import BundleHashError, BundleRecordError
from app.sync.verify import verify_bundle
from sync_helpers import dump, edit_lines, read_members, tamper

TODAY = date(2026, 12, 10)


@pytest.fixture
def bundle(export):
    return export()


def _verify(path, in_memory):
    return verify_bundle(path, catalogs=load_catalogs(), today=TODAY, trust=None, in_memory=in_memory)


def test_in_memory_check_gives_what_the_streamed_check_gives(bundle):
    streamed, held = _verify(bundle, 0), _verify(bundle, 1 << 30)
    assert streamed.raw is None and streamed.file_data == {}
    assert held.raw == bundle.read_bytes()
    assert held.sha256 == streamed.sha256 == hashlib.sha256(bundle.read_bytes()).hexdigest()
    assert held.size == streamed.size == bundle.stat().st_size
    assert held.records == streamed.records and held.files == streamed.files and held.manifest == streamed.manifest
    members = read_members(bundle)
    assert held.file_data == {sha: members[fmt.file_member(sha)] for sha in streamed.files} and held.file_data


def test_a_bundle_over_the_memory_budget_is_streamed(bundle):
    vb = _verify(bundle, bundle.stat().st_size - 1)
    assert vb.raw is None and vb.file_data == {} and vb.sha256 == hashlib.sha256(bundle.read_bytes()).hexdigest()


def _bad_record_and_bad_file(bundle, commune, commune_key, tmp_path):
    """A re-signed bundle whose activity breaks a rule and whose attachment no longer matches its hash."""
    members = read_members(bundle)
    a1 = commune.sample["a1"].id
    name = next(n for n in members if n.startswith("files/"))
    original = json.loads(members[fmt.MANIFEST])["members"][name]

    def women(r):
        if r["id"] == a1:
            r["payload"]["women"] = 500

    changed = bytearray(members[name])
    changed[len(changed) // 2] ^= 0x20
    return tamper(
        bundle, tmp_path / "both.pbgdpl",
        replace={fmt.data_member("activities"): edit_lines(members[fmt.data_member("activities")], women), name: bytes(changed)},
        sign_with=commune_key, manifest_edit=lambda m: m["members"].__setitem__(name, original),
    )  # fmt: skip


@pytest.mark.parametrize("in_memory", [0, 1 << 30])
def test_a_damaged_attachment_is_reported_before_a_bad_record(bundle, commune, commune_key, tmp_path, in_memory):
    path = _bad_record_and_bad_file(bundle, commune, commune_key, tmp_path)
    with pytest.raises(BundleHashError) as err:
        _verify(path, in_memory)
    assert "files/" in err.value.message


@pytest.mark.parametrize("in_memory", [0, 1 << 30])
def test_a_bad_record_alone_is_reported(bundle, commune, commune_key, tmp_path, in_memory):
    members = read_members(bundle)
    a1 = commune.sample["a1"].id

    def women(r):
        if r["id"] == a1:
            r["payload"]["women"] = 500

    path = tamper(bundle, tmp_path / "rec.pbgdpl", replace={fmt.data_member("activities"): edit_lines(members[fmt.data_member("activities")], women)}, sign_with=commune_key)
    with pytest.raises(BundleRecordError) as err:
        _verify(path, in_memory)
    assert err.value.details["record_id"] == a1


def test_the_import_keeps_exactly_the_checked_file_and_attachments(upper, bundle):
    report = import_bundle(upper, bundle)
    kept = report.stored_path
    assert open(kept, "rb").read() == bundle.read_bytes()
    row = upper.db.execute("SELECT sha256, size, stored_path FROM bundle_imports").fetchone()
    assert row == (hashlib.sha256(bundle.read_bytes()).hexdigest(), bundle.stat().st_size, kept)
    members = read_members(bundle)
    shas = [n[len("files/") :] for n in members if n.startswith("files/")]
    assert shas
    for sha in shas:
        assert attachment_repo.blob_path(upper.paths.files, sha).read_bytes() == members[fmt.file_member(sha)]
    assert not list(upper.paths.data.rglob("*.part"))


def test_a_failure_writing_the_files_leaves_the_database_as_it_was(upper, bundle, monkeypatch):
    def disk_full(ws, vb, new_files):
        raise OSError(28, "No space left on device")

    before = list(upper.db.conn.iterdump())
    monkeypatch.setattr(bundle_service, "_copy_blobs", disk_full)
    with pytest.raises(AppError) as err:  # a stable code, not a crash
        import_bundle(upper, bundle)
    assert err.value.code == "E-DB-FULL" and "full" in err.value.message
    assert not list((upper.paths.data / "bundles" / "received").rglob("*.pbgdpl"))  # its kept copy was removed
    assert list(upper.db.conn.iterdump()) == before
    monkeypatch.undo()
    before = dump(upper)
    report = import_bundle(upper, bundle)  # and it imports once the disk has room
    assert report.tables["activities"].new == 3 and dump(upper) != before
