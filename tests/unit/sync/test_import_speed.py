"""The import's fast paths give the answers of the plain paths: a large batch of new activities is indexed for
search after its rows (a search right after the import is correct), a bundle already imported is known right
after its signature is checked, and records whose bytes did not change are not parsed again."""

from __future__ import annotations

import pytest

from app.commands import run_job
from app.services.bundles import import_many
from app.store import activities as activity_repo
from app.store import search_index


def _search(ws, text: str) -> tuple[list[str], list[str]]:
    flt = activity_repo.ActivityFilter(units=("05443",), text=text, include_deleted=True)
    fts = [r for r, _ in activity_repo.query_rowids(ws.db, flt, use_fts=True)]
    like = [r for r, _ in activity_repo.query_rowids(ws.db, flt, use_fts=False)]
    return fts, like


@pytest.mark.parametrize("bulk_min", [1, 10**9], ids=["index-after-rows", "trigger-per-row"])
def test_a_search_right_after_an_import_finds_the_imported_activities(commune, upper, export, monkeypatch, bulk_min):
    monkeypatch.setattr(search_index, "BULK_MIN", bulk_min)
    results = run_job(import_many(upper, [export("2026")]))
    assert results[0].ok and results[0].report.tables["activities"].new == 3
    for text, found in (("binh dang gioi", 1), ("Luật", 2), ("trẻ em", 1), ("zzz", 0), ("", 3)):
        fts, like = _search(upper, text)
        assert fts == like and len(fts) == found, text
    upper.db.execute("INSERT INTO activities_search (activities_search) VALUES ('integrity-check')")
    trigger = upper.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'activities_search_insert'")
    assert trigger.fetchone() is not None


def test_the_same_file_again_is_decided_after_its_signature_without_reading_its_records(commune, upper, export, monkeypatch):
    from app.sync import verify

    path = export("2026")
    first = run_job(import_many(upper, [path]))[0]
    assert first.ok and first.report.tables["activities"].new == 3

    def no_parsing(*args, **kwargs):
        raise AssertionError("the records of a bundle imported before were parsed again")

    monkeypatch.setattr(verify, "_records", no_parsing)
    monkeypatch.setattr(verify, "_check_members", no_parsing)
    again = run_job(import_many(upper, [path]))[0]
    assert again.ok and again.report.already_imported is not None
    assert "already imported" in again.report.message
    assert all(t.new == t.updated == 0 for t in again.report.tables.values())


def test_a_known_id_is_still_signature_checked(commune, upper, export, tmp_path):
    """The shortcut comes after the signature: a changed manifest is refused as before, imported id or not."""
    from sync_helpers import build_zip, read_members

    path = export("2026")
    assert run_job(import_many(upper, [path]))[0].ok
    members = read_members(path)
    members["manifest.json"] = members["manifest.json"].replace(b'"seq":', b'"seq" :', 1)
    bad = build_zip(tmp_path / "changed.pbgdpl", members)
    result = run_job(import_many(upper, [bad]))[0]
    assert not result.ok and result.error.code == "E-BUNDLE-SIGNATURE"


def test_an_id_known_when_the_check_began_but_not_imported_is_verified_and_imported(commune, upper, export):
    from app.services import bundles

    path = export("2026")
    vb = bundles._verify_for_import(path, upper.catalogs, upper.today(), None, known={_bundle_id(path)})
    assert vb.known_only and not vb.records["activities"]
    report = bundles.import_bundle(upper, path, verified=vb)
    assert report.already_imported is None and report.tables["activities"].new == 3


def _bundle_id(path) -> str:
    import json

    from sync_helpers import read_members

    return json.loads(read_members(path)["manifest.json"])["bundle_id"]
