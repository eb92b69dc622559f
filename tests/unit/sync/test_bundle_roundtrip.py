"""Export a period from a commune, verify it, import it upstairs; re-imports, later bundles, gaps, dry runs."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from datetime import date, timedelta

from app.commands import run_job
from app.core.models import Activity
from app.services import logbook
from app.services.bundles import export_bundle, import_bundle, received, verify_file
from app.store import activities, attachments, merge
from app.sync import manifest as fmt

from sync_helpers import PASSPHRASE, dump


def test_export_writes_a_signed_full_snapshot_of_the_period(commune, export):
    path = export("2026", reports=True)
    assert path.name.startswith("PBGDPL_05443_2026_0001_") and path.suffix == ".pbgdpl"
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
        lines = zf.read("data/activities.jsonl").decode().splitlines()
    s = commune.sample
    assert names == {"manifest.json", "manifest.sig", "data/activities.jsonl", "data/reporters.jsonl", "data/attachments.jsonl", f"files/{s['att'].sha256}",
                     "reports/activity-log_2026.pdf", "reports/summary_2026.pdf"}
    with zipfile.ZipFile(path) as zf:
        assert zf.read("reports/activity-log_2026.pdf").startswith(b"%PDF")
    # the period's activities including the tombstone; not the 2025 one
    ids = {json.loads(x)["id"]: json.loads(x) for x in lines}
    assert set(ids) == {s["a1"].id, s["a2"].id, s["a3"].id}
    assert ids[s["a3"].id]["deleted"] is True and ids[s["a3"].id]["rev"] == 2
    assert manifest["counts"] == {"activities": 3, "reporters": 2, "attachments": 1}
    assert manifest["seq"] == 1 and manifest["periods"] == ["2026"] and manifest["source"]["unit_code"] == "05443"
    assert manifest["app"]["version"] and manifest["min_reader_version"] == 1
    assert set(manifest["members"]) == names - {"manifest.json", "manifest.sig"}
    assert not list(path.parent.glob("*.part"))


def test_sequence_numbers_count_up_per_export(commune, export):
    first, second = export("2026"), export("2026-Q1")
    assert "_0001_" in first.name and "_0002_" in second.name
    with zipfile.ZipFile(second) as zf:
        assert json.loads(zf.read("data/activities.jsonl").decode().splitlines()[0])["payload"]["date"] == "2026-03-08"


def test_verify_touches_no_database(commune, upper, export):
    path = export()
    before = upper.paths.db_file.read_bytes()
    summary = verify_file(upper.paths, path, date(2026, 12, 10))
    assert summary.trusted and summary.source_unit == "05443" and summary.counts["activities"] == 3
    assert upper.paths.db_file.read_bytes() == before


def test_import_then_reimport_is_a_no_op_naming_the_first_import(commune, upper, export):
    path = export()
    report = import_bundle(upper, path)
    t = report.tables
    assert (t["activities"].new, t["reporters"].new, t["attachments"].new) == (3, 2, 1)
    s = commune.sample
    stored = activities.get_activity(upper.db, s["a1"].id)
    assert stored.meta.owner_unit == "05443" and stored.meta.rev == 1 and stored.participants == 40
    assert stored.meta.rev_by == commune.settings["installation_id"]
    assert activities.get_activity(upper.db, s["a3"].id).meta.deleted
    assert attachments.blob_path(upper.paths.files, s["att"].sha256).read_bytes() == attachments.blob_path(commune.paths.files, s["att"].sha256).read_bytes()
    assert activities.query_ids(upper.db, activities.ActivityFilter(reporter_id=s["r1"].id)) == [s["a1"].id]
    kept = list((upper.paths.data / "bundles" / "received" / "05443").glob("*.pbgdpl"))
    assert [k.name for k in kept] == [path.name]
    assert json.loads(kept[0].with_name(kept[0].name + ".report.json").read_text())["tables"]["activities"]["new"] == 3
    before = dump(upper)
    again = import_bundle(upper, path)
    assert again.already_imported.at == "2026-12-10T08:00:00+07:00"
    assert "already imported on 10/12/2026" in again.message
    assert dump(upper) == before


def test_a_later_bundle_updates_tombstones_and_leaves_the_rest_unchanged(commune, upper, export):
    s = commune.sample
    import_bundle(upper, export())
    a2 = activities.get_activity(commune.db, s["a2"].id)
    a2.participants = 99
    logbook.save_activity(commune, a2)
    logbook.delete_reporter(commune, s["r2"].id, "nhập nhầm")
    report = import_bundle(upper, export())
    t = report.tables
    assert (t["activities"].updated, t["activities"].unchanged, t["activities"].new) == (1, 2, 0)
    assert (t["reporters"].updated, t["reporters"].deleted, t["reporters"].unchanged) == (0, 1, 1)  # a deletion is counted as deleted
    assert activities.get_activity(upper.db, s["a2"].id).participants == 99
    # each record that changed is named with its date, title and the fields that changed, old -> new
    (changed,) = t["activities"].records
    assert (changed.id, changed.outcome, changed.date, changed.title) == (s["a2"].id, "updated", s["a2"].date.isoformat(), s["a2"].title)
    assert [(c.field, c.old, c.new) for c in changed.changes] == [("participants", s["a2"].participants, 99)]
    (gone,) = t["reporters"].records
    assert (gone.id, gone.outcome, gone.title) == (s["r2"].id, "deleted", s["r2"].full_name)
    kept = json.loads(Path(report.stored_path + ".report.json").read_text(encoding="utf-8"))
    assert kept["tables"]["reporters"]["deleted"] == 1 and kept["tables"]["activities"]["records"][0]["changes"][0]["new"] == 99
    assert merge.stored_records(upper.db, "reporters", [s["r2"].id])[s["r2"].id]["deleted"] is True
    assert report.sequence_gaps == []


def test_an_old_bundle_imported_late_is_stale_and_a_tombstone_wins(commune, upper, export):
    s = commune.sample
    old = export()
    a2 = activities.get_activity(commune.db, s["a2"].id)
    a2.title = "Phát thanh Luật Trẻ em (sửa)"
    logbook.save_activity(commune, a2)
    logbook.delete_activity(commune, s["a1"].id)
    new = export()
    import_bundle(upper, new)
    report = import_bundle(upper, old)
    t = report.tables["activities"]
    assert (t.stale, t.unchanged, t.new, t.conflicts) == (2, 1, 0, 0)
    reasons = {d.id: d.reason for d in t.reasons}
    assert "older than the deletion" in reasons[s["a1"].id]
    assert activities.get_activity(upper.db, s["a1"].id).meta.deleted
    assert activities.get_activity(upper.db, s["a2"].id).title.endswith("(sửa)")


def test_a_lost_bundle_breaks_nothing_and_the_gap_is_reported(commune, upper, export):
    s = commune.sample
    import_bundle(upper, export())
    a1 = activities.get_activity(commune.db, s["a1"].id)
    for n in (41, 42):
        a1.participants = n
        logbook.save_activity(commune, a1)
        lost = export()  # noqa: F841 - bundle 2 never arrives, bundle 3 does after a third edit
    a1.participants = 43
    logbook.save_activity(commune, a1)
    report = import_bundle(upper, export())
    assert report.tables["activities"].updated == 1
    assert "never received" in report.tables["activities"].reasons[0].reason
    # bundles are snapshots: 2 and 3 were of the same period as 4, which covers them; no data is missing
    assert (report.sequence_gaps, report.superseded_gaps) == ([], [2, 3])
    assert activities.get_activity(upper.db, s["a1"].id).participants == 43
    assert (received(upper)[0]["gaps"], received(upper)[0]["superseded"]) == ([], [2, 3])


def test_a_lost_bundle_of_another_period_is_missing(commune, upper, export):
    import_bundle(upper, export("2026"))
    export("2026-Q1")  # no. 2: written to a wrong folder and never sent; nothing later covers the first quarter
    report = import_bundle(upper, export("2026-Q2"))
    assert (report.sequence_gaps, report.superseded_gaps) == ([2], [])
    assert received(upper)[0]["gaps"] == [2]
    report = import_bundle(upper, export("2026"))  # the year again: it covers the first quarter
    assert (report.sequence_gaps, report.superseded_gaps) == ([], [2])


def test_numbers_count_per_installation(commune, upper, export):
    """A reinstalled computer starts again at 1: not a reused number, and its gaps are its own."""
    from app.store import settings as settings_repo

    import_bundle(upper, export("2026"))
    import_bundle(upper, export("2026"))
    settings_repo.set_settings(commune.db, {"installation_id": "may-moi"})
    commune.db.execute("DELETE FROM bundle_exports")  # a fresh installation has written nothing
    report = import_bundle(upper, export("2026"))
    assert report.seq == 1 and not report.duplicate_seq and report.sequence_gaps == []
    row = received(upper)[0]
    assert (row["last_seq"], row["installations"], row["gaps"], row["reused"]) == (1, 2, [], [])


def test_dry_run_reports_and_writes_nothing(commune, upper, export):
    path = export()
    before = dump(upper)
    report = import_bundle(upper, path, dry_run=True)
    assert report.dry_run and report.tables["activities"].new == 3
    assert dump(upper) == before


def test_export_refuses_an_invalid_record_and_names_it(commune, tmp_path):
    import pytest

    from app.sync.errors import BundleRecordError

    bad = Activity(date=date(2026, 11, 20), title="Ngày Pháp luật", forms=["NGAY_PL"], participants=10, women=20)
    with commune.db.atomic():
        activities.save_activity(commune.db, bad, commune.write_context())  # bypasses the service's rules
    with pytest.raises(BundleRecordError) as err:
        run_job(export_bundle(commune, "2026", tmp_path / "o", PASSPHRASE))
    assert bad.id in err.value.message and "more women than participants" in err.value.message
    assert not list((tmp_path / "o").glob("*"))


def test_future_and_far_dates_follow_the_importers_today(commune, upper, export):
    a = Activity(date=commune.today() - timedelta(days=1), title="Hội nghị", forms=["TAP_HUAN"])
    logbook.save_activity(commune, a)
    assert import_bundle(upper, export()).tables["activities"].new == 4


def test_many_files_each_all_or_nothing(commune, upper, export, tmp_path):
    from app.services.bundles import import_many

    good = export()
    junk = tmp_path / "junk.pbgdpl"
    junk.write_bytes(b"not a zip at all")
    results = run_job(import_many(upper, [junk, good]))
    assert [r.ok for r in results] == [False, True]
    assert results[0].error.code == "E-BUNDLE-FORMAT"
    assert fmt.base_tables() == ("reporters", "activities", "attachments")


def test_verify_gives_a_typed_result_naming_an_earlier_import(commune, upper, export):
    from app.sync.report import VerifyResult

    path = export()
    first = verify_file(upper.paths, path, date(2026, 12, 10))
    assert isinstance(first, VerifyResult) and first.already_imported is None and first.warnings == []
    import_bundle(upper, path)
    again = verify_file(upper.paths, path, date(2026, 12, 10))
    assert again.already_imported is not None and again.already_imported.imported_at.startswith("2026")
    data = again.to_dict()  # the JSON of `bundle verify --json` keeps its keys
    assert data["already_imported"]["imported_at"] == again.already_imported.imported_at
    assert data["counts"]["activities"] == 3 and data["trusted"] is True


def test_a_later_kind_travels_only_when_present_and_then_asks_its_reader_version(commune, upper, export, monkeypatch):
    """A kind added after format 1 (since_version 3): absent from bundles without its records, so older readers
    still read them; present, it raises format and min_reader versions to 3, and this reader imports it."""
    monkeypatch.setitem(fmt.SINCE, "attachments", 3)  # as if attachments had come with format version 3
    without = export("2025")  # the 2025 activity has no attachment
    with zipfile.ZipFile(without) as zf:
        m = json.loads(zf.read("manifest.json"))
        assert "data/attachments.jsonl" not in zf.namelist()
    assert "attachments" not in m["counts"] and (m["format_version"], m["min_reader_version"]) == (1, 1)
    with_att = export("2026")
    with zipfile.ZipFile(with_att) as zf:
        m = json.loads(zf.read("manifest.json"))
    assert m["counts"]["attachments"] == 1 and (m["format_version"], m["min_reader_version"]) == (3, 3)
    assert import_bundle(upper, without).tables["activities"].new >= 1
    report = import_bundle(upper, with_att)
    assert report.tables["attachments"].new == 1
