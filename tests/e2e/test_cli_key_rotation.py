"""A commune replaces its laptop, through the real ``pbgdpl`` command: the province must say what became of the
old computer (E-USAGE without --old-key); kept, a late file of the old key is still read, with a warning, and
never overrides the new computer; revoked, nothing it signed is accepted and nothing changes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime, timedelta, timezone

import pytest

from e2e_helpers import PBGDPL, db_dump, python_in

pytestmark = pytest.mark.e2e


def _ok(proc):
    assert proc.returncode == 0, proc.stderr
    return proc


def _export(cli, folder, out):
    proc = _ok(cli("bundle", "export", "--data-dir", str(folder), "--period", "2026", "--out", str(out), "--json", data_dir=False))
    return json.loads(proc.stdout)["path"]


@pytest.fixture
def laptops(cli, tmp_path):
    old, new, so = tmp_path / "may-cu", tmp_path / "may-moi", tmp_path / "so"
    _ok(cli("demo", "--data-dir", str(old), "--unit", "05467", "--seed", "3", data_dir=False))
    old_fp = json.loads(_ok(cli("keys", "create", "--data-dir", str(old), "--no-passphrase", "--json", data_dir=False)).stdout)["fingerprint"]
    _ok(cli("init", "--data-dir", str(so), "--unit", "19", "--level", "province", "--officer", "Lê Văn Tám", data_dir=False))
    _ok(cli("keys", "trust", "--data-dir", str(so), "--unit", "05467", "--fingerprint", old_fp, data_dir=False))
    first = _export(cli, old, tmp_path / "usb1")
    _ok(cli("bundle", "import", "--data-dir", str(so), first, data_dir=False))
    # the new laptop: the commune's data carried over, its own installation and key
    shutil.copytree(old, new, ignore=shutil.ignore_patterns("keys", "logs", "backups"))
    code = (
        "from pathlib import Path; from app.paths import AppPaths; from app.services.workspace import Workspace;"
        "from app.store import settings; import uuid;"
        f"ws = Workspace.open(AppPaths(Path({str(new)!r}))); settings.set_settings(ws.db, {{'installation_id': str(uuid.uuid4())}})"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    new_fp = json.loads(_ok(cli("keys", "create", "--data-dir", str(new), "--no-passphrase", "--replace", "--json", data_dir=False)).stdout)["fingerprint"]
    return {"old": old, "new": new, "so": so, "old_fp": old_fp, "new_fp": new_fp, "root": tmp_path}


def test_rotation_asks_about_the_old_computer_then_keeps_its_late_files_in_their_place(cli, laptops):
    so, new_fp = str(laptops["so"]), laptops["new_fp"]
    asked = cli("keys", "trust", "--data-dir", so, "--unit", "05467", "--fingerprint", new_fp, "--rotate", data_dir=False)
    assert asked.returncode != 0 and asked.stderr.startswith("E-USAGE") and "--old-key" in asked.stderr
    done = _ok(cli("keys", "trust", "--data-dir", so, "--unit", "05467", "--fingerprint", new_fp, "--rotate", "--old-key", "keep", data_dir=False))
    assert "still read" in done.stdout
    _ok(cli("bundle", "import", "--data-dir", so, _export(cli, laptops["new"], laptops["root"] / "usb2"), data_dir=False))
    late = _export(cli, laptops["old"], laptops["root"] / "usb3")  # the old laptop sends once more, late
    text = _ok(cli("bundle", "import", "--data-dir", so, late, data_dir=False)).stdout
    assert "replaced on" in text and "newer computer has not written" in text
    statuses = {k["fingerprint"]: k["status"] for k in json.loads(_ok(cli("keys", "list", "--data-dir", so, "--json", data_dir=False)).stdout)["keys"]}
    assert sorted(statuses.values()) == ["active", "retired"]


def test_rotation_with_the_old_computer_gone_refuses_its_files_and_changes_nothing(cli, laptops):
    so = str(laptops["so"])
    _ok(cli("keys", "trust", "--data-dir", so, "--unit", "05467", "--fingerprint", laptops["new_fp"], "--rotate", "--old-key", "revoke", data_dir=False))
    late = _export(cli, laptops["old"], laptops["root"] / "usb3")
    before = db_dump(laptops["so"])
    refused = cli("bundle", "import", "--data-dir", so, late, data_dir=False)
    assert refused.returncode == 1 and refused.stderr.startswith("E-BUNDLE-REVOKED") and "Traceback" not in refused.stderr
    assert db_dump(laptops["so"]) == before


@pytest.mark.skipif(shutil.which("faketime") is None, reason="needs faketime (apt-get install faketime; .ci/run installs it)")
def test_an_old_laptop_with_its_clock_set_back_changes_only_what_the_new_one_never_wrote(cli, laptops):
    """After the rotation (old key kept), the old laptop's clock is set back to the first second of the day (before
    the rotation, not so far that today's activities would be in its future): its file claims to be older than
    the rotation. The province still judges it by what it had received: the activity the new laptop
    edited keeps the new laptop's values (the late edit is a conflict beside it); the activity only the old
    laptop edited is updated."""
    so, root = laptops["so"], laptops["root"]
    _ok(cli("keys", "trust", "--data-dir", str(so), "--unit", "05467", "--fingerprint", laptops["new_fp"], "--rotate", "--old-key", "keep", data_dir=False))
    keys = json.loads(_ok(cli("keys", "list", "--data-dir", str(so), "--json", data_dir=False)).stdout)["keys"]
    rotated_at = next(k["valid_until"] for k in keys if k["status"] == "retired")  # the province's own time of the rotation
    python_in(laptops["new"], "a = activities.get_activity(ws.db, rows[0][0]); a.place = 'Nhà văn hoá (máy mới)'; save_activity(ws, a)")
    _ok(cli("bundle", "import", "--data-dir", str(so), _export(cli, laptops["new"], root / "usb2"), data_dir=False))

    before_rotation = (datetime.fromisoformat(rotated_at).astimezone(timezone.utc) - timedelta(minutes=1)).strftime("%Y-%m-%d %H:%M:%S")
    back = ("env", "TZ=UTC", "faketime", before_rotation)
    python_in(laptops["old"], "a = activities.get_activity(ws.db, rows[0][0]); a.place = 'Hội trường (máy cũ)'; save_activity(ws, a);"
              "b = activities.get_activity(ws.db, rows[1][0]); b.participants = b.participants + 5; save_activity(ws, b)", prefix=back)
    out = root / "usb3"
    made = subprocess.run([*back, *PBGDPL, "bundle", "export", "--data-dir", str(laptops["old"]), "--period", "2026", "--out", str(out), "--json"],
                          capture_output=True, text=True, encoding="utf-8", env=cli.env, timeout=300)
    late = json.loads(_ok(made).stdout)
    with zipfile.ZipFile(late["path"]) as z:
        claimed = json.loads(z.read("manifest.json"))["created_at"]
    assert datetime.fromisoformat(claimed) < datetime.fromisoformat(rotated_at), (claimed, rotated_at)  # it claims to be older than the rotation
    expected_participants = int(python_in(laptops["old"], "print(activities.get_activity(ws.db, rows[1][0]).participants)"))

    report = json.loads(_ok(cli("bundle", "import", "--data-dir", str(so), late["path"], "--json", data_dir=False)).stdout)["results"][0]["report"]
    acts = report["tables"]["activities"]
    assert acts["conflicts"] == 1 and acts["updated"] == 1
    assert python_in(so, "print(activities.get_activity(ws.db, rows[0][0]).place)") == "Nhà văn hoá (máy mới)"
    assert int(python_in(so, "print(activities.get_activity(ws.db, rows[1][0]).participants)")) == expected_participants
    conflicts = json.loads(_ok(cli("bundle", "conflicts", "--data-dir", str(so), "--json", data_dir=False)).stdout)
    listed = conflicts.get("conflicts", conflicts.get("items", []))
    assert [c["theirs"]["payload"]["place"] for c in listed] == ["Hội trường (máy cũ)"]
