"""A commune replaces its laptop, through the real ``pbgdpl`` command: the province must say what became of the
old computer (E-USAGE without --old-key); kept, a late file of the old key is still read, with a warning, and
never overrides the new computer; revoked, nothing it signed is accepted and nothing changes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from e2e_helpers import db_dump

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
