"""The real command: pbgdpl demo fills an empty data folder, refuses a full one, and names bad units."""

import json

import pytest

pytestmark = pytest.mark.e2e


def test_demo_then_status(cli):
    r = cli("demo", "--seed", "3", "--json")
    assert r.returncode == 0, r.stderr
    summary = json.loads(r.stdout)
    assert summary["ok"] is True and summary["seed"] == 3 and len(summary["years"]) == 2
    assert summary["unit_code"].isdigit() and len(summary["unit_code"]) == 5
    s = cli.json("status")
    assert s["initialised"] and s["mode"] == "commune" and s["unit_code"] == summary["unit_code"]
    assert s["unit_name"] == summary["unit_name"] and s["officer"]
    assert s["counts"]["activities"]["live"] == summary["activities"]
    assert s["counts"]["reporters"]["live"] == summary["reporters"]
    assert 400 <= summary["activities"] <= 700 and 26 <= summary["reporters"] <= 30

    again = cli("demo", "--seed", "3")
    assert again.returncode == 1 and again.stderr.startswith("E-DATA-NOT-EMPTY:")
    assert cli.json("status")["counts"] == s["counts"]


def test_human_output_and_different_seeds(cli, tmp_path):
    r = cli("demo", "--seed", "1")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Demo: ") and "activities: " in r.stdout
    other = cli("demo", "--seed", "2", "--data-dir", str(tmp_path / "two"), data_dir=False)
    assert other.returncode == 0, other.stderr
    assert r.stdout.splitlines()[0] != other.stdout.splitlines()[0]  # another commune


def test_unit_option_picks_the_commune(cli):
    doc = cli.json("demo", "--unit", "05443", "--seed", "8")
    assert (doc["unit_code"], doc["unit_name"]) == ("05443", "Phường Phan Đình Phùng")
    assert cli.json("status")["unit_code"] == "05443"


def test_unknown_unit_is_exit_1_and_writes_nothing(cli):
    r = cli("demo", "--unit", "99999")
    assert r.returncode == 1 and r.stderr.startswith("E-UNIT-UNKNOWN:")
    s = cli.json("status")
    assert s["initialised"] is False and s["counts"]["activities"]["live"] == 0


def test_a_folder_set_up_for_another_unit_is_refused(cli):
    assert cli("init", "--unit", "05455", "--officer", "Hoàng Văn Nam").returncode == 0
    r = cli("demo", "--unit", "05443")
    assert r.returncode == 1 and r.stderr.startswith("E-DATA-NOT-EMPTY:")
    s = cli.json("status")
    assert s["unit_code"] == "05455" and s["counts"]["reporters"]["live"] == 0
