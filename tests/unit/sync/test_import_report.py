"""The import report is typed; its JSON (kept beside the bundle and in the database) round-trips, and reports
stored by earlier versions (plain dicts without the newer keys) still load."""

from __future__ import annotations

import json

import pytest

from app.services.bundles import OUTCOMES, import_bundle, stored_report
from app.sync.report import ImportReport, TableOutcome

OLD_STORED = {  # as pbgdpl stored it before the report was typed (no "warnings")
    "file": "/tmp/x.pbgdpl", "filename": "x.pbgdpl", "bundle_id": "b", "source_unit": "05443", "source_name": "Xã",
    "seq": 2, "periods": ["2026"], "fingerprint": "AB CD", "created_at": "2026-12-01T08:00:00+07:00",
    "app_version": "0.9", "dry_run": False, "already_imported": None,
    "tables": {"activities": {"new": 1, "updated": 2, "unchanged": 3, "stale": 4, "conflicts": 0, "rejected": 0,
                              "details": [{"id": "a1", "outcome": "stale", "rev": 1, "reason": "older"}], "more_details": 5}},
    "sequence_gaps": [1], "duplicate_seq": False, "imported_at": "2026-12-10T08:00:00+07:00", "stored_path": "/k/x.pbgdpl",
}  # fmt: skip


def test_a_report_stored_by_an_earlier_version_loads():
    report = ImportReport.from_dict(OLD_STORED)
    t = report.tables["activities"]
    assert (t.new, t.updated, t.unchanged, t.stale, t.more_reasons) == (1, 2, 3, 4, 5)
    assert t.reasons[0].reason == "older" and report.sequence_gaps == [1] and report.warnings == []
    again = report.to_dict()  # the newer keys are added with their empty values, the rest kept as stored
    t_old, t_new = OLD_STORED["tables"]["activities"], again["tables"]["activities"]
    assert t_new == {**t_old, "deleted": 0, "records": [], "more_records": 0}
    assert {k: v for k, v in again.items() if k != "tables"} == {**{k: v for k, v in OLD_STORED.items() if k != "tables"}, "warnings": [], "sent_by": "", "installation_id": "", "earlier": [], "superseded_gaps": []}


def test_outcomes_are_declared_once_and_counted_by_name():
    t = TableOutcome(new=2, conflicts=1)
    assert list(t.counts()) == list(OUTCOMES)
    assert t.count("conflicts") == 1
    with pytest.raises(KeyError):
        t.count("lost")


def test_the_stored_report_is_the_one_returned(commune, upper, export):
    report = import_bundle(upper, export())
    again = stored_report(upper, report.bundle_id)
    assert again == report
    kept = json.loads((upper.paths.data / "bundles" / "received" / "05443" / (report.filename + ".report.json")).read_text())
    assert ImportReport.from_dict(kept) == report
    assert stored_report(upper, "no-such-bundle") is None
