"""Enrolment through the real ``pbgdpl`` command: the sheet prints the checked fingerprint and the QR line, a
typo is refused naming its group (exit 1, trust list unchanged), a scanned QR line enrols, a QR of another unit
is refused, an old unchecked form is accepted with a warning."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

pytestmark = pytest.mark.e2e


@pytest.fixture
def sites(cli, tmp_path):
    commune, upper = tmp_path / "xa", tmp_path / "so"
    assert cli("init", "--data-dir", str(commune), "--unit", "05467", "--officer", "Nguyễn Thị Hường", data_dir=False).returncode == 0
    made = cli("keys", "create", "--data-dir", str(commune), "--no-passphrase", "--json", data_dir=False)
    assert made.returncode == 0, made.stderr
    assert cli("init", "--data-dir", str(upper), "--unit", "19", "--level", "province", "--officer", "Lê Văn Tám", data_dir=False).returncode == 0
    return commune, upper, json.loads(made.stdout)


def _keys(cli, upper):
    return json.loads(cli("keys", "list", "--data-dir", str(upper), "--json", data_dir=False).stdout)["keys"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_sheet_prints_the_checked_fingerprint(cli, sites, tmp_path):
    commune, _upper, made = sites
    shown = made["fingerprint"]
    assert [len(g) for g in shown.split()] == [5] * 13
    out = tmp_path / "phieu.pdf"
    done = cli("keys", "sheet", "--data-dir", str(commune), "--out", str(out), data_dir=False)
    assert done.returncode == 0, done.stderr
    assert shown in done.stdout
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert shown in text and "05467" in text and "ký tự kiểm tra" in text


def test_typo_is_refused_naming_the_group_and_nothing_changes(cli, sites):
    _commune, upper, made = sites
    shown = made["fingerprint"]
    groups = shown.split()
    groups[6] = groups[6][:2] + ("Q" if groups[6][2] != "Q" else "R") + groups[6][3:]
    before = _keys(cli, upper)
    bad = cli("keys", "trust", "--data-dir", str(upper), "--unit", "05467", "--fingerprint", " ".join(groups).lower(), data_dir=False)
    assert bad.returncode == 1
    assert "E-KEY-FINGERPRINT" in bad.stderr and "group 7" in bad.stderr and "65 characters typed" in bad.stderr, bad.stderr
    short = cli("keys", "trust", "--data-dir", str(upper), "--unit", "05467", "--fingerprint", shown[:-3], data_dir=False)
    assert short.returncode == 1 and "62 characters typed" in short.stderr and "group 13" in short.stderr, short.stderr
    assert _keys(cli, upper) == before == []
    ok = cli("keys", "trust", "--data-dir", str(upper), "--unit", "05467", "--fingerprint", shown.replace(" ", "-"), data_dir=False)
    assert ok.returncode == 0, ok.stderr
    assert "Phường Gia Sàng" in ok.stdout and shown in ok.stdout and "WARNING" not in ok.stdout
    assert [k["checked"] for k in _keys(cli, upper)] == [shown]


def test_enrol_from_a_scanned_qr_line(cli, sites):
    _commune, upper, made = sites
    line = "PBGDPL1:05467:" + made["fingerprint"].replace(" ", "") + ":Nguyễn Thị Hường"
    wrong = cli("keys", "trust", "--data-dir", str(upper), "--unit", "05533", "--qr", line, data_dir=False)
    assert wrong.returncode == 1 and "E-KEY-QR-UNIT" in wrong.stderr and "05467" in wrong.stderr, wrong.stderr
    damaged = cli("keys", "trust", "--data-dir", str(upper), "--qr", line[:-30], data_dir=False)
    assert damaged.returncode == 1 and "E-KEY-QR" in damaged.stderr, damaged.stderr
    assert _keys(cli, upper) == []
    done = cli("keys", "trust", "--data-dir", str(upper), "--qr", line, "--json", data_dir=False)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["unit_code"] == "05467" and data["unit_name"] == "Phường Gia Sàng" and data["checked"] and data["outcome"] == "trusted"
    again = cli("keys", "trust", "--data-dir", str(upper), "--unit", "05467", "--fingerprint", line, data_dir=False)
    assert again.returncode == 0 and "already enrolled" in again.stdout


def test_old_unchecked_form_is_accepted_with_a_warning(cli, sites):
    _commune, upper, made = sites
    old = " ".join(made["fingerprint_compact"][i : i + 4] for i in range(0, 52, 4))
    done = cli("keys", "trust", "--data-dir", str(upper), "--unit", "05467", "--fingerprint", old, data_dir=False)
    assert done.returncode == 0, done.stderr
    assert "WARNING" in done.stdout and "twice" in done.stdout and "Phường Gia Sàng" in done.stdout
