"""The adversarial test's bundles (shared/reference/field-tests/adversary.md, D1, D2, D9, D12): each refused with
a stable code before it costs anything, nothing of it kept, and the other files of a batch imported."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from app.commands import run_job
from app.services.bundles import import_many
from app.sync import manifest as fmt
from sync_helpers import build_zip, dump, edit_lines, read_members, tamper
from test_bad_bundles import refused


@pytest.fixture
def bundle(export):
    return export()


def _payload(field, value, deleted=False):
    def edit(rec):
        rec["payload"][field] = value
        if deleted:
            rec["deleted"] = True

    return edit


def _first(fn):
    done = []

    def edit(rec):
        if not done:
            fn(rec)
            done.append(1)

    return edit


def test_a_manifest_nested_100000_deep_is_refused_before_the_signature(upper, bundle, tmp_path):
    members = read_members(bundle)
    members[fmt.MANIFEST] = b'{"a":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    err = refused(upper, build_zip(tmp_path / "deep.pbgdpl", members), "E-BUNDLE-FORMAT", "manifest.json", "deep")
    assert "signature" not in err.message


def test_a_record_line_nested_deep_is_refused(upper, bundle, commune_key, tmp_path):
    data = read_members(bundle)["data/activities.jsonl"] + b"[" * 100_000 + b"]" * 100_000 + b"\n"
    path = tamper(bundle, tmp_path / "deep-line.pbgdpl", replace={"data/activities.jsonl": data}, sign_with=commune_key)
    refused(upper, path, "E-BUNDLE-RECORD", "deep")


def test_a_damaged_central_directory_offset_is_refused(upper, bundle, tmp_path):
    data = bytearray(bundle.read_bytes())
    cd = data.find(b"PK\x01\x02")
    data[cd + 42 : cd + 46] = struct.pack("<I", 0xFFFFFFF0)  # the first member's local header offset
    path = tmp_path / "bad-offset.pbgdpl"
    path.write_bytes(bytes(data))
    before = dump(upper)
    (outcome,) = run_job(import_many(upper, [path]))
    assert outcome.error.code in ("E-BUNDLE-FORMAT", "E-BUNDLE-HASH"), outcome.error.message
    assert dump(upper) == before


@pytest.mark.parametrize(
    "edit, words",
    [
        (_payload("reporter_ids", [{"id": "x"}]), "reporter_ids"),
        (_payload("reporter_ids", [{"id": "x"}], deleted=True), "reporter_ids"),
        (_payload("reporter_ids", "abc"), "reporter_ids"),
        (_payload("participants", 2**70, deleted=True), "participants"),
        (_payload("participants", -7, deleted=True), "participants"),
        (_payload("participants", "70"), "participants"),
        (_payload("participants", 83.9), "participants"),
        (_payload("women", True), "women"),
        (_payload("cost", "650000"), "cost"),
        (_payload("title", "abc\x00def"), "control characters"),
        (_payload("date", "2026-02-28T99:99junk"), "date"),
        (_payload("notes", "x" * 60_000), "notes"),
        (_payload("title", "x" * 2_001), "title"),
    ],
)  # fmt: skip
def test_payload_values_of_the_wrong_type_or_size_are_refused(upper, bundle, commune_key, tmp_path, edit, words):
    data = edit_lines(read_members(bundle)["data/activities.jsonl"], _first(edit))
    path = tamper(bundle, tmp_path / "typed.pbgdpl", replace={"data/activities.jsonl": data}, sign_with=commune_key)
    refused(upper, path, "E-BUNDLE-RECORD", words)


def test_a_bad_file_in_a_batch_stops_nothing_and_leaves_nothing(upper, commune, export, commune_key, tmp_path):
    from app.core.models import Activity
    from app.services import logbook
    from datetime import date

    good = []
    for n in range(4):  # four successive bundles of the commune
        logbook.save_activity(commune, Activity(date=date(2026, 4, 1 + n), title=f"Hoạt động {n}", forms=["LOA"]))
        good.append(export(out=tmp_path / f"out{n}"))
    data = edit_lines(read_members(good[1])["data/activities.jsonl"], _first(_payload("participants", 2**70, deleted=True)))
    bad = tamper(good[1], tmp_path / "bad.pbgdpl", replace={"data/activities.jsonl": data}, sign_with=commune_key)
    deep = build_zip(tmp_path / "deep.pbgdpl", {**read_members(good[2]), fmt.MANIFEST: b"[" * 50_000 + b"]" * 50_000})
    outcomes = run_job(import_many(upper, [good[0], bad, deep, good[1], good[2], good[3]]))
    assert [o.ok for o in outcomes] == [True, False, False, True, True, True]
    assert outcomes[1].error.code == "E-BUNDLE-RECORD" and outcomes[2].error.code == "E-BUNDLE-FORMAT"
    kept = sorted(p.name for p in (upper.paths.data / "bundles" / "received").rglob("*.pbgdpl"))
    assert kept == sorted(p.name for p in (good[0], good[1], good[2], good[3]))
    assert upper.db.execute("SELECT COUNT(*) FROM bundle_imports").fetchone()[0] == 4


def test_an_unexpected_error_refuses_one_file_only_and_keeps_nothing_of_it(upper, bundle, monkeypatch, tmp_path):
    from app.services import bundles as service

    real = service.merge_repo.insert_records
    calls = []

    def broken(db, table, rows, prepared=None):
        calls.append(table)
        if len(calls) == 1:
            raise TypeError("a bug")
        return real(db, table, rows, prepared)

    monkeypatch.setattr(service.merge_repo, "insert_records", broken)
    def stored():
        return [p for p in upper.paths.data.rglob("*") if p.is_file() and p.parts[len(upper.paths.data.parts)] in ("files", "bundles")]

    rows, files = list(upper.db.conn.iterdump()), stored()
    (first,) = run_job(import_many(upper, [bundle]))
    assert first.error.code == "E-INTERNAL" and "log" in first.error.message
    assert list(upper.db.conn.iterdump()) == rows
    assert stored() == files  # neither the kept copy nor the attachment stayed
    (again,) = run_job(import_many(upper, [bundle]))
    assert again.ok


def test_a_bundle_number_of_2_63_is_refused_before_the_numbering_counts_its_gaps(upper, bundle, commune_key, tmp_path):
    """Found by the fuzz test: seq 2**63 made the province list 2**63 missing numbers (out of memory)."""
    path = tamper(bundle, tmp_path / "huge-seq.pbgdpl", sign_with=commune_key,
                  manifest_edit=lambda m: m.__setitem__("seq", 2**63))  # fmt: skip
    refused(upper, path, "E-BUNDLE-FORMAT", "seq must be a whole number from 1 to 1,000,000")



@pytest.mark.parametrize("table, key", [("plan_tasks", "activity_ids"), ("trainings", "attendee_ids"), ("activities", "reporter_ids")])
def test_a_list_inside_a_list_of_record_ids_is_refused(table, key):
    """Found by the fuzz test: [["x"]] among a plan task's activity_ids was a TypeError."""
    from app.sync.records import _template, check_shape

    payload = {**_template(table), key: [["x"]]}
    assert check_shape(table, payload) is not None
