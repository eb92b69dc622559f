"""The real ``pbgdpl`` command: a province approves or returns a commune's period, the decisions travel down in a
signed decision bundle, and the commune sees them; changed after approval; refusals leave data untouched."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from e2e_helpers import as_json, db_dump, run

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def field(tmp_path_factory):
    """Demo commune 05443 and province 19, keys made and trusted both ways, the commune's 2026-Q3 imported."""
    root = tmp_path_factory.mktemp("approvals")
    commune, province, usb = root / "xa", root / "so", root / "usb"
    run("demo", "--data-dir", str(commune), "--unit", "05443", "--seed", "1")
    run("init", "--data-dir", str(province), "--unit", "19", "--level", "province", "--officer", "Đỗ Thị Lan Anh")
    fc = as_json("keys", "create", "--data-dir", str(commune))["fingerprint"]
    fp = as_json("keys", "create", "--data-dir", str(province))["fingerprint"]
    run("keys", "trust", "--data-dir", str(province), "--unit", "05443", "--fingerprint", fc)
    run("keys", "trust", "--data-dir", str(commune), "--unit", "19", "--fingerprint", fp)  # the province's sheet
    first = as_json("bundle", "export", "--data-dir", str(commune), "--period", "2026-Q3", "--out", str(usb / "1"))
    run("bundle", "import", "--data-dir", str(province), first["path"])
    return {"commune": commune, "province": province, "usb": usb, "root": root, "first": first}


def test_only_received_periods_can_be_decided_and_a_return_needs_a_reason(field):
    province = str(field["province"])
    before = db_dump(field["province"])
    proc = run("approve", "--data-dir", province, "--unit", "05443", "--period", "2026-Q2", ok=False)
    assert proc.returncode == 1 and proc.stderr.startswith("E-APPROVAL-NO-BUNDLE")
    proc = run("return", "--data-dir", province, "--unit", "05443", "--period", "2026-Q3", "--reason", " ", ok=False)
    assert proc.returncode == 1 and proc.stderr.startswith("E-APPROVAL-REASON")
    proc = run("approve", "--data-dir", str(field["commune"]), "--unit", "05443", "--period", "2026-Q3", ok=False)
    assert proc.returncode == 1 and proc.stderr.startswith("E-UPPER-ONLY")
    assert db_dump(field["province"]) == before


def test_approve_travels_down_then_a_changed_bundle_needs_approving_again(field):
    province, commune, usb = str(field["province"]), str(field["commune"]), field["usb"]
    done = as_json("approve", "--data-dir", province, "--unit", "05443", "--period", "2026-Q3")
    assert done["decision"] == "approved" and done["bundle_id"] == field["first"]["bundle_id"]
    listed = run("approvals", "--data-dir", province).stdout
    assert "Phường Phan Đình Phùng" in listed and "2026-Q3: approved" in listed and "CHANGED" not in listed
    down = as_json("approvals", "export", "--data-dir", province, "--unit", "05443", "--out", str(usb / "down"))
    assert Path(down["path"]).name.startswith("PBGDPL-DECISIONS_05443_from_19_")
    report = run("bundle", "import", "--data-dir", commune, down["path"]).stdout
    assert "2026-Q3: approved" in report
    seen = as_json("approvals", "--data-dir", commune)["decisions"]
    assert [(d["period"], d["decision"]) for d in seen] == [("2026-Q3", "approved")]
    # the commune corrects one activity of the quarter and sends again: the approval no longer holds
    edit = (
        "from pathlib import Path; from app.paths import AppPaths; from app.services.workspace import Workspace;"
        "from app.services import logbook, read; from datetime import date;"
        f"ws = Workspace.open(AppPaths(Path({commune!r})));"
        "a = next(read.activities(ws, read.default_scope(ws), date(2026, 7, 1), date(2026, 9, 30)));"
        "a.participants += 7; logbook.save_activity(ws, a)"
    )
    subprocess.run([sys.executable, "-c", edit], check=True, timeout=120)
    second = as_json("bundle", "export", "--data-dir", commune, "--period", "2026-Q3", "--out", str(usb / "2"))
    proc = run("bundle", "import", "--data-dir", province, second["path"])
    assert "CHANGED AFTER APPROVAL: period 2026-Q3 of unit 05443" in proc.stdout
    [d] = as_json("approvals", "--data-dir", province, "--period", "2026-Q3")["decisions"]
    assert d["changed"] and d["needs_decision"]
    assert "CHANGED AFTER APPROVAL" in run("approvals", "--data-dir", province).stdout


def test_a_return_reaches_the_commune_with_its_reason(field):
    province, commune, usb = str(field["province"]), str(field["commune"]), field["usb"]
    reason = "Sai số người tham dự; đề nghị kiểm tra lại"
    run("return", "--data-dir", province, "--unit", "05443", "--period", "2026-Q3", "--reason", reason)
    down = as_json("approvals", "export", "--data-dir", province, "--unit", "05443", "--period", "2026-Q3", "--out", str(usb / "down2"))
    assert down["seq"] >= 2
    run("bundle", "verify", "--data-dir", commune, down["path"])
    run("bundle", "import", "--data-dir", commune, down["path"])
    [d] = as_json("approvals", "--data-dir", commune)["decisions"]
    assert d["decision"] == "returned" and d["reason"] == reason and not d["resent"]
    assert reason in run("approvals", "--data-dir", commune).stdout


def test_a_decision_bundle_from_an_untrusted_key_is_refused(field):
    root = field["root"]
    other = root / "other"
    run("init", "--data-dir", str(other), "--unit", "19", "--level", "province", "--officer", "Kẻ Giả Mạo")
    run("keys", "create", "--data-dir", str(other))
    # a province installation whose key the commune never enrolled, deciding on a copy of the received bundle
    run("keys", "trust", "--data-dir", str(other), "--unit", "05443", "--fingerprint", field["first"]["fingerprint"])
    run("bundle", "import", "--data-dir", str(other), field["first"]["path"])
    run("approve", "--data-dir", str(other), "--unit", "05443", "--period", "2026-Q3")
    down = as_json("approvals", "export", "--data-dir", str(other), "--unit", "05443", "--out", str(root / "fake"))
    before = db_dump(field["commune"])
    proc = run("bundle", "import", "--data-dir", str(field["commune"]), down["path"], ok=False)
    assert proc.returncode == 1 and proc.stderr.startswith("E-BUNDLE-UNTRUSTED")
    assert db_dump(field["commune"]) == before
