"""Everyday events of a quarter at the province, through the real ``pbgdpl`` command, with the province's
record values checked after each step: an officer replaced with the passphrase lost; a bundle written to a
wrong folder and never sent; a conflict resolved at the province, then edited at the commune."""

from __future__ import annotations

import json
import shutil

import pytest

from e2e_helpers import python_in

pytestmark = pytest.mark.e2e


def _ok(proc):
    assert proc.returncode == 0, proc.stderr
    return proc


def _py(folder, body: str) -> str:
    return python_in(folder, body, first="2026-04-01")


def _export(cli, folder, out, period="2026") -> dict:
    return json.loads(_ok(cli("bundle", "export", "--data-dir", str(folder), "--period", period, "--out", str(out), "--json", data_dir=False)).stdout)


def _import(cli, so, path) -> dict:
    return json.loads(_ok(cli("bundle", "import", "--data-dir", str(so), path, "--json", data_dir=False)).stdout)["results"][0]["report"]


@pytest.fixture
def quarter(cli, tmp_path):
    xa, so = tmp_path / "xa", tmp_path / "so"
    _ok(cli("demo", "--data-dir", str(xa), "--unit", "05467", "--seed", "5", data_dir=False))
    fp = json.loads(_ok(cli("keys", "create", "--data-dir", str(xa), "--no-passphrase", "--json", data_dir=False)).stdout)["fingerprint"]
    _ok(cli("init", "--data-dir", str(so), "--unit", "19", "--level", "province", "--officer", "Lê Văn Tám", data_dir=False))
    _ok(cli("keys", "trust", "--data-dir", str(so), "--unit", "05467", "--fingerprint", fp, data_dir=False))
    _import(cli, so, _export(cli, xa, tmp_path / "u0")["path"])
    return xa, so, tmp_path


def test_an_officer_replaced_with_the_passphrase_lost(cli, quarter):
    xa, so, tmp = quarter
    made = cli("keys", "create", "--data-dir", str(xa), "--no-passphrase", "--replace", "--json", data_dir=False)  # the old passphrase is not needed
    new_fp = json.loads(_ok(made).stdout)["fingerprint"]
    _py(xa, "a = activities.get_activity(ws.db, row[0]); a.participants = a.participants + 5; save_activity(ws, a)")
    refused = cli("bundle", "import", "--data-dir", str(so), _export(cli, xa, tmp / "u1")["path"], data_dir=False)
    assert refused.returncode == 1 and refused.stderr.startswith("E-BUNDLE-UNTRUSTED") and "[" in refused.stderr  # both keys whole, differences marked
    _ok(cli("keys", "trust", "--data-dir", str(so), "--unit", "05467", "--fingerprint", new_fp, "--rotate", "--old-key", "revoke", data_dir=False))
    report = _import(cli, so, _export(cli, xa, tmp / "u2")["path"])
    assert report["tables"]["activities"]["updated"] == 1
    assert _py(so, "print(activities.get_activity(ws.db, row[0]).participants)") == _py(xa, "print(activities.get_activity(ws.db, row[0]).participants)")


def test_a_bundle_written_to_a_wrong_folder_and_never_sent(cli, quarter):
    xa, so, tmp = quarter
    _py(xa, "a = activities.get_activity(ws.db, row[0]); a.participants = a.participants + 3; save_activity(ws, a)")
    lost = _export(cli, xa, tmp / "sai-thu-muc", "2026-Q2")  # no. 2, never sent
    assert lost["seq"] == 2
    sent = _export(cli, xa, tmp / "usb", "2026-Q2")  # no. 3, the same quarter again, sent
    report = _import(cli, so, sent["path"])
    assert (report["sequence_gaps"], report["superseded_gaps"]) == ([], [2])
    received = json.loads(_ok(cli("bundle", "received", "--data-dir", str(so), "--json", data_dir=False)).stdout)["units"][0]
    assert received["gaps"] == [] and received["superseded"] == [2] and received["last_seq"] == 3
    assert _py(so, "print(activities.get_activity(ws.db, row[0]).participants)") == _py(xa, "print(activities.get_activity(ws.db, row[0]).participants)")


def test_a_conflict_resolved_at_the_province_then_edited_at_the_commune(cli, quarter):
    xa, so, tmp = quarter
    laptop2 = tmp / "may-2"
    shutil.copytree(xa, laptop2)  # a second laptop with the same installation and key (a copied folder)
    _py(xa, "a = activities.get_activity(ws.db, row[0]); a.place = 'Hội trường A'; save_activity(ws, a)")
    _py(laptop2, "a = activities.get_activity(ws.db, row[0]); a.place = 'Hội trường B'; save_activity(ws, a)")
    _import(cli, so, _export(cli, xa, tmp / "a1")["path"])
    report = _import(cli, so, _export(cli, laptop2, tmp / "b1")["path"])
    assert report["tables"]["activities"]["conflicts"] == 1
    listed = json.loads(_ok(cli("bundle", "conflicts", "--data-dir", str(so), "--json", data_dir=False)).stdout)
    (conflict,) = listed["conflicts"]
    _ok(cli("bundle", "resolve", "--data-dir", str(so), str(conflict["id"]), "--take-theirs", data_dir=False))
    assert _py(so, "print(activities.get_activity(ws.db, row[0]).place)") == "Hội trường B"
    # the laptop whose version was chosen edits again: an ordinary update, no new conflict
    _py(laptop2, "a = activities.get_activity(ws.db, row[0]); a.participants = a.participants + 1; save_activity(ws, a)")
    report = _import(cli, so, _export(cli, laptop2, tmp / "b2")["path"])
    acts = report["tables"]["activities"]
    assert (acts["updated"], acts["conflicts"], acts["stale"]) == (1, 0, 0)
    assert _py(so, "a = activities.get_activity(ws.db, row[0]); print(a.place, a.participants)") == _py(laptop2, "a = activities.get_activity(ws.db, row[0]); print(a.place, a.participants)")
