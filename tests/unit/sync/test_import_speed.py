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


def _count_parsing(monkeypatch) -> dict:
    from app.sync import verify

    parsed: dict[str, int] = {}
    real = verify.parse_record

    def counting(table, *args, **kwargs):
        parsed[table] = parsed.get(table, 0) + 1
        return real(table, *args, **kwargs)

    monkeypatch.setattr(verify, "parse_record", counting)
    return parsed


@pytest.mark.parametrize("helper", ["thread", "process"])
def test_unchanged_data_re_exported_is_matched_by_its_lines_without_parsing(commune, upper, export, monkeypatch, helper):
    from app.services import bundles

    monkeypatch.setattr(bundles, "PROCESS_MIN_FILES", 1 if helper == "process" else 1000)
    first = run_job(import_many(upper, [export("2026")]))[0].report
    assert first.tables["activities"].new == 3 and first.tables["reporters"].new == 2
    same = export("2026")  # a new bundle id, the same records
    parsed = _count_parsing(monkeypatch)  # (this process only: with the helper process the counts are not seen)
    again = run_job(import_many(upper, [same]))[0]
    assert again.ok and again.report.already_imported is None
    for table, n in (("activities", 3), ("reporters", 2), ("attachments", 1)):
        counts = again.report.tables[table]
        assert (counts.new, counts.updated, counts.unchanged, counts.stale, counts.conflicts) == (0, 0, n, 0, 0), table
    if helper == "thread":
        assert parsed == {"attachments": 1}  # an attachment's payload is checked against its file: always parsed


@pytest.mark.parametrize("update_min", [1, 10**9], ids=["index-after-rows", "trigger-per-row"])
def test_a_changed_record_is_parsed_and_updated_beside_unchanged_lines(commune, upper, export, monkeypatch, update_min):
    from app.services import logbook

    monkeypatch.setattr(search_index, "UPDATE_MIN", update_min)

    run_job(import_many(upper, [export("2026")]))
    a2 = commune.sample["a2"]
    a2.title = "Phát thanh Luật Trẻ em (bổ sung)"
    logbook.save_activity(commune, a2)
    changed = export("2026")
    parsed = _count_parsing(monkeypatch)
    report = run_job(import_many(upper, [changed]))[0].report
    acts = report.tables["activities"]
    assert (acts.new, acts.updated, acts.unchanged) == (0, 1, 2)
    assert parsed["activities"] == 1 and "reporters" not in parsed
    assert upper.db.execute("SELECT title FROM activities WHERE id = ?", [a2.id]).fetchone()[0] == a2.title
    assert _search(upper, "bo sung")[0] == _search(upper, "bo sung")[1] and len(_search(upper, "bo sung")[0]) == 1
    assert _search(upper, "Phát thanh Luật Trẻ em")[0] == _search(upper, "Phát thanh Luật Trẻ em")[1]
    upper.db.execute("INSERT INTO activities_search (activities_search) VALUES ('integrity-check')")


def test_a_line_seen_under_another_period_is_checked_again(commune, upper, export, monkeypatch):
    """The key of a line names the bundle's periods (and unit, catalogs, reader): a check that depends on them runs."""
    run_job(import_many(upper, [export("2026")]))
    quarter = export("2026-Q1")
    parsed = _count_parsing(monkeypatch)
    report = run_job(import_many(upper, [quarter]))[0].report
    assert report.tables["activities"].unchanged == 1 and parsed["activities"] == 1 and parsed["reporters"] == 2


def test_lines_read_before_a_newer_revision_was_stored_count_as_stale(commune, upper, export, monkeypatch):
    """The helper reads the lines seen before while an earlier file of the same run is written: the import checks
    them again against the stored revisions, and a record updated meanwhile is parsed and found stale."""
    from app.services import logbook

    old = export("2026")
    run_job(import_many(upper, [old]))
    same_again = export("2026")  # unchanged lines: a new bundle id
    a2 = commune.sample["a2"]
    a2.title = "Phát thanh Luật Trẻ em (sửa)"
    logbook.save_activity(commune, a2)
    newer = export("2026")
    results = run_job(import_many(upper, [newer, same_again]))
    assert results[0].report.tables["activities"].updated == 1
    acts = results[1].report.tables["activities"]
    assert (acts.unchanged, acts.stale, acts.updated) == (2, 1, 0)
    assert upper.db.execute("SELECT title FROM activities WHERE id = ?", [a2.id]).fetchone()[0] == a2.title


def test_a_repeated_line_is_still_refused(commune, commune_key, upper, export, tmp_path):
    """A line seen before, twice in one (signed) bundle: refused as a repeated id, as without the shortcut."""
    from sync_helpers import read_members, tamper

    assert run_job(import_many(upper, [export("2026")]))[0].ok
    again = export("2026")
    data = read_members(again)["data/reporters.jsonl"]
    twice = tamper(again, tmp_path / "twice.pbgdpl", replace={"data/reporters.jsonl": data + data.split(b"\n")[0] + b"\n"}, sign_with=commune_key)
    result = run_job(import_many(upper, [twice]))[0]
    assert not result.ok and result.error.code == "E-BUNDLE-RECORD" and result.error.details["reason"] == "duplicate id"


def test_a_received_record_rewritten_otherwise_is_no_longer_matched_by_its_line(commune, upper, export):
    """Resolving a conflict makes another version current at the same revision (merge.make_current): the line
    the record came from no longer describes it, so a bundle carrying that line again is parsed and compared."""
    from app.store import merge as merge_repo

    run_job(import_many(upper, [export("2026")]))
    aid = commune.sample["a2"].id
    seen = merge_repo.seen_lines(upper.db, "05443", ("activities", "reporters"))
    assert aid in {rid for rid, _ in seen["activities"].values()} and len(seen["reporters"]) == 2
    stored = merge_repo.stored_records(upper.db, "activities", [aid])[aid]
    with upper.db.atomic():
        merge_repo.make_current(upper.db, "activities", {**stored, "payload": {**stored["payload"], "place": "Hội trường"}})
    seen = merge_repo.seen_lines(upper.db, "05443", ("activities",))
    assert aid not in {rid for rid, _ in seen["activities"].values()} and len(seen["activities"]) == 2


def test_an_export_writes_rows_stored_out_of_their_normal_form_normalised(commune, export):
    """Rows are written as stored and compared with the read-back's normalised records; a row an older version
    stored out of its normal form (NFD, doubled spaces) makes the bundle be written again, normalised."""
    import json
    import unicodedata

    from sync_helpers import read_members

    a1 = commune.sample["a1"]
    odd = unicodedata.normalize("NFD", "  Tuyên  truyền Luật Bình đẳng giới ")
    commune.db.execute("UPDATE activities SET title = ?, rev = rev + 1 WHERE id = ?", [odd, a1.id])
    lines = read_members(export("2026"))["data/activities.jsonl"].decode("utf-8").splitlines()
    [rec] = [json.loads(line) for line in lines if json.loads(line)["id"] == a1.id]
    assert rec["payload"]["title"] == "Tuyên truyền Luật Bình đẳng giới"
    plain = [json.loads(line) for line in lines if json.loads(line)["id"] != a1.id]
    assert plain and all(unicodedata.is_normalized("NFC", r["payload"]["title"]) for r in plain)


def test_any_write_of_a_received_record_forgets_its_line(commune, upper, export):
    """Whatever writes a received record (here a plain UPDATE), a trigger forgets the line it came from."""
    from app.store import merge as merge_repo

    run_job(import_many(upper, [export("2026")]))
    r1 = commune.sample["r1"].id
    upper.db.execute("UPDATE reporters SET rev = rev + 1 WHERE id = ?", [r1])
    seen = merge_repo.seen_lines(upper.db, "05443", ("reporters", "activities", "attachments"))
    assert {rid for rid, _ in seen["reporters"].values()} == {commune.sample["r2"].id}
    assert len(seen["activities"]) == 3 and seen["attachments"] == {}
