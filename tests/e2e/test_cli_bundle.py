"""The real ``pbgdpl`` command: keys, export, verify, import (dry run, real, again), refused files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from e2e_helpers import db_dump

pytestmark = pytest.mark.e2e

PBGDPL = [str(Path(sys.executable).with_name("pbgdpl"))] if Path(sys.executable).with_name("pbgdpl").exists() else [sys.executable, "-m", "app"]


def run(*args: str, env: dict | None = None, ok: bool = True) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    full_env.pop("PBGDPL_PASSPHRASE", None) if not (env or {}).get("PBGDPL_PASSPHRASE") else None
    proc = subprocess.run([*PBGDPL, *args], capture_output=True, text=True, env=full_env, stdin=subprocess.DEVNULL, timeout=120)
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


def in_data_folder(folder: Path, body: str) -> None:
    """Run Python ``body`` with ``ws`` open on the data folder (a commune officer's edits, made the app's way)."""
    head = (
        "from datetime import date; from pathlib import Path; from app.paths import AppPaths; from app.services.workspace import Workspace;"
        "from app.services.logbook import save_activity, delete_activity; from app.core.models import Activity; from app.store import activities;"
        f"ws = Workspace.open(AppPaths(Path({str(folder)!r})));"
    )
    subprocess.run([sys.executable, "-c", head + body], check=True, timeout=60)


@pytest.fixture(scope="module")
def field(tmp_path_factory):
    """A commune that exported 2026 and a province that trusts it."""
    root = tmp_path_factory.mktemp("cli")
    commune, upper, out = root / "xa", root / "so", root / "usb"
    secret = root / "pass.txt"
    secret.write_text("mật khẩu dài 2026\n", encoding="utf-8")
    run("init", "--data-dir", str(commune), "--unit", "05443", "--officer", "Nguyễn Thị Hường")
    made = json.loads(run("keys", "create", "--data-dir", str(commune), "--passphrase-file", str(secret), "--json").stdout)
    assert made["encrypted"] and len(made["fingerprint"].split()) == 13
    in_data_folder(commune, "save_activity(ws, Activity(date=date(2026, 4, 2), title='Tuyên truyền Luật Đất đai', forms=['TRUC_TIEP'], participants=30))")
    proc = run("bundle", "export", "--data-dir", str(commune), "--period", "2026", "--out", str(out), env={"PBGDPL_PASSPHRASE": "mật khẩu dài 2026"})
    path = Path(proc.stdout.splitlines()[0])
    assert path.exists() and path.parent == out and path.name.startswith("PBGDPL_05443_2026_0001_")
    assert made["fingerprint"] in proc.stdout
    run("init", "--data-dir", str(upper), "--unit", "19", "--level", "province", "--officer", "Lê Văn Tám")
    run("keys", "trust", "--data-dir", str(upper), "--unit", "05443", "--fingerprint", made["fingerprint"].lower())
    return {"commune": commune, "upper": upper, "bundle": path, "fp": made["fingerprint"], "root": root, "secret": secret}


def test_verify_then_dry_run_then_import_then_again(field):
    upper, bundle = str(field["upper"]), str(field["bundle"])
    before = db_dump(field["upper"])
    out = run("bundle", "verify", "--data-dir", upper, bundle).stdout
    assert out.startswith("OK:") and "(trusted)" in out and "1 activities" in out
    dry = json.loads(run("bundle", "import", "--data-dir", upper, bundle, "--dry-run", "--json").stdout)
    assert dry["results"][0]["report"]["tables"]["activities"]["new"] == 1
    assert db_dump(field["upper"]) == before
    real = run("bundle", "import", "--data-dir", upper, bundle).stdout
    assert "activities" in real and "new" in real
    again = run("bundle", "import", "--data-dir", upper, bundle).stdout
    assert "already imported on" in again and "nothing changed" in again
    listed = run("keys", "list", "--data-dir", upper).stdout
    assert "05443" in listed and "active" in listed and field["fp"] in listed
    received = run("bundle", "received", "--data-dir", upper).stdout
    assert "05443" in received


def test_refused_files_exit_1_with_code_and_change_nothing(field):
    upper, root = field["upper"], field["root"]
    cut = root / "cut.pbgdpl"
    cut.write_bytes(field["bundle"].read_bytes()[:-50])
    renamed = root / field["bundle"].name.replace("05443", "05533")
    shutil.copy(field["bundle"], renamed)
    before = db_dump(upper)
    for path, code in ((cut, "E-BUNDLE-FORMAT"), (renamed, "E-BUNDLE-FORMAT"), (root / "none.pbgdpl", "E-FILE-NOT-FOUND")):
        proc = run("bundle", "import", "--data-dir", str(upper), str(path), ok=False)
        assert proc.returncode == 1 and proc.stderr.startswith(code + ":"), proc.stderr
    proc = run("bundle", "import", "--data-dir", str(upper), str(cut), "--json", ok=False)
    doc = json.loads(proc.stdout)
    assert doc["error"]["code"] == "E-BUNDLE-FORMAT" and doc["error"]["results"][0]["ok"] is False
    assert db_dump(upper) == before


def test_passphrase_rules(field, tmp_path):
    proc = run("bundle", "export", "--data-dir", str(field["commune"]), "--period", "2026", "--out", str(tmp_path), ok=False)
    assert proc.returncode == 1 and proc.stderr.startswith("E-KEY-PASSPHRASE:")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("không đúng đâu\n", encoding="utf-8")
    proc = run("bundle", "export", "--data-dir", str(field["commune"]), "--period", "2026", "--out", str(tmp_path), "--passphrase-file", str(wrong), ok=False)
    assert proc.stderr.startswith("E-KEY-PASSPHRASE:") and "wrong" in proc.stderr
    proc = run("keys", "create", "--data-dir", str(field["commune"]), "--no-passphrase", ok=False)
    assert proc.stderr.startswith("E-KEY-EXISTS:")
    assert not list(tmp_path.glob("*.pbgdpl"))


def test_export_backup_and_revoke(field, tmp_path):
    backup = tmp_path / "khoa-du-phong.pem"
    run("keys", "export", "--data-dir", str(field["commune"]), str(backup))
    assert b"ENCRYPTED PRIVATE KEY" in backup.read_bytes()
    upper = tmp_path / "so2"
    run("init", "--data-dir", str(upper), "--unit", "19", "--level", "province", "--officer", "Lê Văn Tám")
    run("keys", "trust", "--data-dir", str(upper), "--unit", "05443", "--fingerprint", field["fp"])
    run("keys", "revoke", "--data-dir", str(upper), "--unit", "05443", "--fingerprint", field["fp"], "--reason", "mất máy")
    proc = run("bundle", "import", "--data-dir", str(upper), str(field["bundle"]), ok=False)
    assert proc.stderr.startswith("E-BUNDLE-REVOKED:") and "mất máy" in proc.stderr
    proc = run("keys", "trust", "--data-dir", str(upper), "--unit", "05443", "--fingerprint", "ABCD", ok=False)
    assert proc.stderr.startswith("E-KEY-FINGERPRINT:")


def test_a_second_bundle_names_each_changed_and_deleted_record_with_old_and_new_values(field):
    """The province reads, per record, what a commune's later bundle changed: date, title, field old -> new;
    a deleted record is counted as deleted (text and --json, and the copy kept beside the bundle)."""
    commune, upper = field["commune"], str(field["upper"])
    in_data_folder(commune, (
        "a = activities.get_activity(ws.db, ws.db.execute(\"SELECT id FROM activities WHERE title = 'Tuyên truyền Luật Đất đai'\").fetchone()[0]); a.participants = 45; save_activity(ws, a);"
        "save_activity(ws, Activity(date=date(2026, 5, 6), title='Hội nghị nhập nhầm', forms=['TRUC_TIEP'], participants=12))"
    ))
    env = {"PBGDPL_PASSPHRASE": "mật khẩu dài 2026"}
    second = Path(run("bundle", "export", "--data-dir", str(commune), "--period", "2026", "--out", str(field["root"] / "usb2"), env=env).stdout.splitlines()[0])
    text = run("bundle", "import", "--data-dir", upper, str(second)).stdout
    assert "updated: 02/04/2026 Tuyên truyền Luật Đất đai" in text and "participants: 30 → 45" in text
    assert "new: 06/05/2026 Hội nghị nhập nhầm" in text
    in_data_folder(commune, "delete_activity(ws, ws.db.execute(\"SELECT id FROM activities WHERE title = 'Hội nghị nhập nhầm'\").fetchone()[0], 'nhập nhầm')")
    third = Path(run("bundle", "export", "--data-dir", str(commune), "--period", "2026", "--out", str(field["root"] / "usb3"), env=env).stdout.splitlines()[0])
    report = json.loads(run("bundle", "import", "--data-dir", upper, str(third), "--json").stdout)["results"][0]["report"]
    acts = report["tables"]["activities"]
    assert (acts["deleted"], acts["updated"], acts["new"]) == (1, 0, 0)
    assert [(r["outcome"], r["date"], r["title"]) for r in acts["records"]] == [("deleted", "2026-05-06", "Hội nghị nhập nhầm")]
    kept = json.loads(Path(report["stored_path"] + ".report.json").read_text(encoding="utf-8"))
    assert kept["tables"]["activities"]["records"] == acts["records"]
