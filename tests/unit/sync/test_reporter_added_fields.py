"""Trainings, and reporter fields added in bundle format 3 (level, review flag, suspension, ID number): a bundle leaves them out
while they are empty (older readers still read it) and asks for reader 3 once one is set."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from datetime import date

from app.core.kinds import REPORTERS
from app.core.models import REPORTER_ADDED_FIELDS, TrainingSession
from app.services import logbook, read, roster
from app.services.bundles import import_bundle
from app.store import reporters
from app.store import trainings as training_repo


def _bundle(path):
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        lines = [json.loads(x) for x in zf.read("data/reporters.jsonl").decode().splitlines()]
    return manifest, {x["id"]: x["payload"] for x in lines}


def test_unused_added_fields_stay_out_of_the_bundle(commune, upper, export):
    manifest, payloads = _bundle(export())
    assert manifest["min_reader_version"] == 1
    for payload in payloads.values():
        assert payload.keys() == REPORTERS.base_keys and not set(REPORTER_ADDED_FIELDS) & payload.keys()
    report = import_bundle(upper, export())  # the lines an older program writes are read as they are
    assert report.tables["reporters"].new == 2


def test_a_set_added_field_travels_and_asks_for_reader_3(commune, upper, export):
    r2 = commune.sample["r2"]
    logbook.save_reporter(commune, replace(reporters.get_reporter(commune.db, r2.id), review_flag="KHONG_HOAT_DONG"))
    r1 = commune.sample["r1"]
    logbook.save_reporter(commune, replace(reporters.get_reporter(commune.db, r1.id), level="tinh", suspended_from=date(2026, 10, 1)))
    path = export()
    manifest, payloads = _bundle(path)
    assert manifest["min_reader_version"] == 3
    assert payloads[r2.id]["review_flag"] == "KHONG_HOAT_DONG" and "level" not in payloads[r2.id]
    assert (payloads[r1.id]["level"], payloads[r1.id]["suspended_from"]) == ("tinh", "2026-10-01")
    import_bundle(upper, path)
    got = reporters.get_reporter(upper.db, r1.id)
    assert (got.level, got.suspended_from, got.review_flag) == ("tinh", date(2026, 10, 1), "")
    assert reporters.get_reporter(upper.db, r2.id).review_flag == "KHONG_HOAT_DONG"


def test_trainings_travel_in_a_bundle_for_readers_of_version_3(commune, upper, export):
    r1 = commune.sample["r1"]
    t = TrainingSession(date=date(2026, 5, 6), title="Tập huấn Luật Đất đai", organiser="Sở Tư pháp", attendee_ids=[r1.id])
    roster.save_training(commune, t)
    path = export("2026")
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["counts"]["trainings"] == 1 and manifest["min_reader_version"] == 3
    import_bundle(upper, path)
    got = training_repo.get_training(upper.db, t.id)
    assert (got.title, got.attendee_ids, got.meta.owner_unit) == ("Tập huấn Luật Đất đai", [r1.id], "05443")
    share = roster.trained_share(upper, read.Scope.unit("05443"), 2026, kind="bcv")
    assert share.trained_ids == (r1.id,)
