"""The real command: init, status, exit codes and error codes."""

import json

import pytest

pytestmark = pytest.mark.e2e


def test_init_then_status(cli):
    r = cli("init", "--unit", "05443", "--officer", "Nguyễn Thị Hường")
    assert r.returncode == 0, r.stderr
    assert "Phường Phan Đình Phùng" in r.stdout
    s = cli.json("status")
    assert s["unit_code"] == "05443" and s["mode"] == "commune" and s["schema_version"] >= 1
    assert s["counts"]["activities"] == {"live": 0, "deleted": 0}
    assert (cli.data_dir / "pbgdpl.sqlite3").exists() and (cli.data_dir / "logs").is_dir()
    human = cli("status")
    assert "Phường Phan Đình Phùng (05443)" in human.stdout


def test_unknown_unit_is_exit_1_with_code_and_suggestions(cli):
    r = cli("init", "--unit", "5444", "--officer", "A")
    assert r.returncode == 1
    assert r.stderr.startswith("E-UNIT-UNKNOWN:")
    assert "Phan Đình Phùng" in r.stderr  # the nearest code is suggested
    assert cli.json("status")["initialised"] is False


def test_json_error_document(cli):
    r = cli("init", "--unit", "xyz", "--officer", "A", "--json")
    assert r.returncode == 1
    doc = json.loads(r.stdout)
    assert doc["ok"] is False and doc["error"]["code"] == "E-UNIT-UNKNOWN"


def test_second_unit_in_the_same_folder_is_refused(cli):
    assert cli("init", "--unit", "05443", "--officer", "A").returncode == 0
    r = cli("init", "--unit", "05455", "--officer", "B")
    assert r.returncode == 1 and r.stderr.startswith("E-ALREADY-INITIALISED:")
    assert cli.json("status")["unit_code"] == "05443"


@pytest.mark.parametrize("args", [["bogus"], ["init"], ["init", "--unit", "05443"], ["status", "--nope"]])
def test_wrong_usage_is_exit_2(cli, args):
    r = cli(*args)
    assert r.returncode == 2
    assert "E-USAGE" in r.stderr


def test_environment_variable_chooses_the_data_folder(cli, tmp_path):
    cli.env["PBGDPL_DATA_DIR"] = str(tmp_path / "env-data")
    r = cli("init", "--unit", "05443", "--officer", "A", data_dir=False)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "env-data" / "pbgdpl.sqlite3").exists()
    assert not (cli.data_dir / "pbgdpl.sqlite3").exists()


def test_too_new_database_is_refused_untouched(cli):
    import hashlib
    import sqlite3

    assert cli("init", "--unit", "05443", "--officer", "A").returncode == 0
    db = cli.data_dir / "pbgdpl.sqlite3"
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version = 42")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.commit()
    con.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    r = cli("status")
    assert r.returncode == 1 and r.stderr.startswith("E-SCHEMA-TOO-NEW:") and "42" in r.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
