"""A commune's laptop dies; a new one is set up and takes the commune's records back from the province
("khôi phục dữ liệu từ cấp trên"), through the real ``pbgdpl`` command. Its next edit reaches the province as an
ordinary update (no stale, no conflict), its bundle numbers continue after the last one the province received,
and a restore file for another unit or a changed one is refused with nothing written."""

from __future__ import annotations

import json
import zipfile

import pytest

from e2e_helpers import db_dump
from e2e_helpers import python_in as _python

pytestmark = pytest.mark.e2e


def _ok(proc):
    assert proc.returncode == 0, proc.stderr
    return proc


def _export(cli, folder, out) -> dict:
    return json.loads(_ok(cli("bundle", "export", "--data-dir", str(folder), "--period", "2026", "--out", str(out), "--json", data_dir=False)).stdout)


def test_a_new_laptop_restored_from_the_province_continues_where_the_old_one_stopped(cli, tmp_path):
    old, new, so = tmp_path / "may-cu", tmp_path / "may-moi", tmp_path / "so"
    _ok(cli("demo", "--data-dir", str(old), "--unit", "05467", "--seed", "3", data_dir=False))
    old_fp = json.loads(_ok(cli("keys", "create", "--data-dir", str(old), "--no-passphrase", "--json", data_dir=False)).stdout)["fingerprint"]
    _ok(cli("init", "--data-dir", str(so), "--unit", "19", "--level", "province", "--officer", "Lê Văn Tám", data_dir=False))
    so_fp = json.loads(_ok(cli("keys", "create", "--data-dir", str(so), "--no-passphrase", "--json", data_dir=False)).stdout)["fingerprint"]
    _ok(cli("keys", "trust", "--data-dir", str(so), "--unit", "05467", "--fingerprint", old_fp, data_dir=False))
    _ok(cli("bundle", "import", "--data-dir", str(so), _export(cli, old, tmp_path / "u1")["path"], data_dir=False))
    _python(old, "a = activities.get_activity(ws.db, row[0]); a.participants = a.participants + 41; save_activity(ws, a)")  # revision 2
    second = _export(cli, old, tmp_path / "u2")
    assert second["seq"] == 2
    _ok(cli("bundle", "import", "--data-dir", str(so), second["path"], data_dir=False))

    # the old laptop is gone: a fresh installation, a new key enrolled at the province (old key revoked)
    _ok(cli("init", "--data-dir", str(new), "--unit", "05467", "--officer", "Nguyễn Thị Hường", data_dir=False))
    new_fp = json.loads(_ok(cli("keys", "create", "--data-dir", str(new), "--no-passphrase", "--json", data_dir=False)).stdout)["fingerprint"]
    _ok(cli("keys", "trust", "--data-dir", str(so), "--unit", "05467", "--fingerprint", new_fp, "--rotate", "--old-key", "revoke", data_dir=False))
    made = json.loads(_ok(cli("bundle", "restore-export", "--data-dir", str(so), "--unit", "05467", "--out", str(tmp_path / "u3"), "--json", data_dir=False)).stdout)
    assert made["bundles"] == 2 and made["last_seq"] == 2

    # refused: a restore file for another unit, or one changed on the way; nothing is written
    other = tmp_path / "khac"
    _ok(cli("init", "--data-dir", str(other), "--unit", "05533", "--officer", "Trần Văn Khác", data_dir=False))
    before = db_dump(other)
    wrong = cli("bundle", "restore", "--data-dir", str(other), made["path"], data_dir=False)
    assert wrong.returncode == 1 and wrong.stderr.startswith("E-RESTORE-TARGET") and db_dump(other) == before
    changed = tmp_path / "sua.pbgdpl"
    with zipfile.ZipFile(made["path"]) as src, zipfile.ZipFile(changed, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "manifest.json":  # a higher bundle number slipped in: the signature no longer matches
                m = json.loads(data)
                m["target"]["last_seq"] = 9
                data = json.dumps(m).encode()
            dst.writestr(info, data)
    before = db_dump(new)
    bad = cli("bundle", "restore", "--data-dir", str(new), str(changed), data_dir=False)
    assert bad.returncode == 1 and bad.stderr.startswith("E-BUNDLE-SIGNATURE") and db_dump(new) == before

    # the new laptop does not know the province's key yet: refused, the fingerprint shown whole; then enrolled
    # from the province's signed sheet (unit 19's fingerprint, as for decision files) and accepted
    unknown = cli("bundle", "restore", "--data-dir", str(new), made["path"], data_dir=False)
    assert unknown.returncode == 1 and unknown.stderr.startswith("E-RESTORE-SIGNER") and db_dump(new) == before
    assert made["fingerprint"] in unknown.stderr
    _ok(cli("keys", "trust", "--data-dir", str(new), "--unit", "19", "--fingerprint", so_fp, data_dir=False))
    before = db_dump(new)
    dry = json.loads(_ok(cli("bundle", "restore", "--data-dir", str(new), made["path"], "--dry-run", "--json", data_dir=False)).stdout)
    assert dry["added"] > 0 and db_dump(new) == before
    done = json.loads(_ok(cli("bundle", "restore", "--data-dir", str(new), made["path"], "--json", data_dir=False)).stdout)
    assert done["added"] == dry["added"] and done["next_seq"] == 3
    kinds = [b["kind"] for b in json.loads(_ok(cli("backup", "list", "--json", "--data-dir", str(new), data_dir=False)).stdout)["backups"]]
    assert kinds.count("before-restore") == 1  # the data as it was, copied (and checked) first; not by the dry run
    at_province = _python(so, "print(activities.get_activity(ws.db, row[0]).participants)")
    assert _python(new, "print(activities.get_activity(ws.db, row[0]).meta.rev, activities.get_activity(ws.db, row[0]).participants)") == f"2 {at_province}"

    # the new laptop edits the same activity and sends: an ordinary update at the province, numbered 3
    _python(new, "a = activities.get_activity(ws.db, row[0]); a.participants = a.participants + 2; save_activity(ws, a)")
    third = _export(cli, new, tmp_path / "u4")
    assert third["seq"] == 3
    report = json.loads(_ok(cli("bundle", "import", "--data-dir", str(so), third["path"], "--json", data_dir=False)).stdout)["results"][0]["report"]
    acts = report["tables"]["activities"]
    assert (acts["updated"], acts["stale"], acts["conflicts"], acts["new"]) == (1, 0, 0, 0)
    assert report["sequence_gaps"] == [] and not report["duplicate_seq"]
    assert _python(so, "print(activities.get_activity(ws.db, row[0]).participants)") == str(int(at_province) + 2)


def test_a_spreadsheet_reimported_on_a_new_laptop_never_drops_its_edits_as_stale(cli, tmp_path):
    """Without the restore: the new laptop re-imports the old one's spreadsheets (ids kept, revisions restart at
    1) and edits; at the province the edit is not dropped as "older" but kept as a conflict beside the stored
    version, both shown."""
    old, new, so = tmp_path / "may-cu", tmp_path / "may-moi", tmp_path / "so"
    _ok(cli("demo", "--data-dir", str(old), "--unit", "05467", "--seed", "3", data_dir=False))
    old_fp = json.loads(_ok(cli("keys", "create", "--data-dir", str(old), "--no-passphrase", "--json", data_dir=False)).stdout)["fingerprint"]
    _ok(cli("init", "--data-dir", str(so), "--unit", "19", "--level", "province", "--officer", "Lê Văn Tám", data_dir=False))
    _ok(cli("keys", "trust", "--data-dir", str(so), "--unit", "05467", "--fingerprint", old_fp, data_dir=False))
    for n in (1, 2):  # the old laptop edits one activity twice (revision 3) and the province has it
        _python(old, "a = activities.get_activity(ws.db, row[0]); a.participants = a.participants + 1; save_activity(ws, a)")
    _ok(cli("bundle", "import", "--data-dir", str(so), _export(cli, old, tmp_path / "u1")["path"], data_dir=False))
    _ok(cli("roster", "export", "--data-dir", str(old), str(tmp_path / "roster.xlsx"), data_dir=False))
    _ok(cli("activities", "export", "--data-dir", str(old), str(tmp_path / "log.xlsx"), data_dir=False))

    _ok(cli("init", "--data-dir", str(new), "--unit", "05467", "--officer", "Nguyễn Thị Hường", data_dir=False))
    new_fp = json.loads(_ok(cli("keys", "create", "--data-dir", str(new), "--no-passphrase", "--json", data_dir=False)).stdout)["fingerprint"]
    _ok(cli("keys", "trust", "--data-dir", str(so), "--unit", "05467", "--fingerprint", new_fp, "--rotate", "--old-key", "revoke", data_dir=False))
    _ok(cli("roster", "import", "--data-dir", str(new), str(tmp_path / "roster.xlsx"), data_dir=False))
    _ok(cli("activities", "import", "--data-dir", str(new), str(tmp_path / "log.xlsx"), data_dir=False))
    _python(new, "a = activities.get_activity(ws.db, row[0]); a.place = 'Nhà văn hoá (máy mới)'; save_activity(ws, a)")  # revision 2 here
    report = json.loads(_ok(cli("bundle", "import", "--data-dir", str(so), _export(cli, new, tmp_path / "u2")["path"], "--json", data_dir=False)).stdout)["results"][0]["report"]
    acts = report["tables"]["activities"]
    assert acts["conflicts"] >= 1
    edited = [r for r in acts["records"] if r["outcome"] == "conflicts" and any(c["field"] == "place" for c in r["changes"])]
    assert edited and "made again on another computer" in edited[0]["reason"]
    conflicts = json.loads(_ok(cli("bundle", "conflicts", "--data-dir", str(so), "--json", data_dir=False)).stdout)
    listed = conflicts.get("conflicts", conflicts.get("items", []))
    assert any(c["theirs"]["payload"]["place"] == "Nhà văn hoá (máy mới)" for c in listed)
