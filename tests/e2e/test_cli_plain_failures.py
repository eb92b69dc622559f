"""The real command as a newcomer meets it: no traceback ever, nothing left behind by a refusal or a question."""

import subprocess

import pytest

from tests.e2e.conftest import PBGDPL
from tests.e2e.e2e_helpers import db_dump

pytestmark = pytest.mark.e2e


def _plain(r: subprocess.CompletedProcess, code: str) -> None:
    assert r.returncode == 1, r.stdout
    assert r.stderr.startswith(f"{code}:"), r.stderr
    assert "Traceback" not in r.stderr + r.stdout


@pytest.mark.parametrize("args", [["status"], ["init", "--unit", "05443", "--officer", "A"], ["report", "roster", "--period", "2026", "--out", "r.pdf"]])
def test_data_dir_that_is_a_file_is_one_line_with_a_code(cli, tmp_path, args):
    afile = tmp_path / "afile"
    afile.write_text("not a folder")
    for where in (afile, afile / "below"):
        r = cli(*args, "--data-dir", str(where), data_dir=False)
        _plain(r, "E-DATA-DIR")
        assert str(afile) in r.stderr
    assert afile.read_text() == "not a folder"


@pytest.mark.parametrize("args", [["status"], ["--help"], ["report", "--help"]])
def test_a_closed_pipe_ends_quietly(cli, args):
    """``pbgdpl status | head -1``: the reader has gone before the command writes."""
    assert cli("init", "--unit", "05443", "--officer", "A").returncode == 0
    cmd = [str(PBGDPL), *args, "--data-dir", str(cli.data_dir)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli.env)
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8")
    proc.stderr.close()
    assert proc.wait(timeout=60) in (0, 1)
    assert err == ""


def test_status_of_a_folder_not_set_up_creates_nothing(cli, tmp_path):
    r = cli("status")
    assert r.returncode == 0 and "pbgdpl init" in r.stdout
    assert not cli.data_dir.exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert cli("status", "--json", "--data-dir", str(empty), data_dir=False).returncode == 0
    assert list(empty.iterdir()) == []


@pytest.mark.parametrize(
    "args, code",
    [
        (["--unit", "99999", "--officer", "A"], "E-UNIT-UNKNOWN"),
        (["--unit", "05443", "--officer", "  "], "E-USAGE"),
        (["--unit", "H01", "--officer", "A", "--level", "district"], "E-USAGE"),
    ],
)
def test_a_refused_init_leaves_nothing_behind(cli, tmp_path, args, code):
    _plain(cli("init", *args), code)
    assert not cli.data_dir.exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    _plain(cli("init", *args, "--data-dir", str(empty), data_dir=False), code)
    assert list(empty.iterdir()) == []


def test_init_with_another_officer_asks_for_officer_change(cli):
    assert cli("init", "--unit", "05443", "--officer", "Nguyễn Thị Hường", "--title", "Công chức Tư pháp").returncode == 0
    before = db_dump(cli.data_dir)
    r = cli("init", "--unit", "05443", "--officer", "Trần Văn Mới")
    _plain(r, "E-OFFICER-CHANGE")
    assert "Nguyễn Thị Hường" in r.stderr and "--officer-change" in r.stderr
    assert db_dump(cli.data_dir) == before
    assert cli("init", "--unit", "05443", "--officer", "Nguyễn Thị Hường").returncode == 0  # the same officer: nothing asked
    assert cli.json("status")["officer"] == "Nguyễn Thị Hường"
    assert cli("init", "--unit", "05443", "--officer", "Trần Văn Mới", "--officer-change").returncode == 0
    assert cli.json("status")["officer"] == "Trần Văn Mới"


def test_a_month_as_people_write_it(cli, tmp_path):
    assert cli("init", "--unit", "05443", "--officer", "A").returncode == 0
    for period in ("2026-5", "2026-05", "2026-M05"):
        r = cli("activities", "export", str(tmp_path / "m.csv"), "--period", period)
        assert r.returncode == 0, r.stderr
    _plain(cli("activities", "export", str(tmp_path / "m.csv"), "--period", "2026-13"), "E-PERIOD")


def test_plain_unicode_place_is_not_listed_as_legacy_text(cli, tmp_path):
    assert cli("init", "--unit", "05443", "--officer", "A").returncode == 0
    one = tmp_path / "one.csv"
    one.write_text(
        "Ngày,Nội dung,Hình thức,Địa điểm,Số người tham dự\n"
        "18/11/2026,Tuyên truyền Luật Hôn nhân và gia đình,Phổ biến trực tiếp,Thôn E,30\n",
        encoding="utf-8-sig",
    )
    r = cli("activities", "import", str(one), "--dry-run")
    assert r.returncode == 0, r.stderr
    assert "check by eye" not in r.stdout and "Thôn E" not in r.stdout
