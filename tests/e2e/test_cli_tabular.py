"""The real ``pbgdpl`` command: import a messy .xlsx (refused, then with --skip-bad-rows), export, re-import."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers_tabular import EXPECTED_PROBLEMS, LOG_EXPECTED, TCVN3_SO_TU_PHAP, activity_log_xlsx, messy_activities_xlsx, roster_csv

EXE = shutil.which("pbgdpl", path=str(Path(sys.executable).parent)) or "pbgdpl"


def pbgdpl(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PBGDPL_DATA_DIR": "", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [EXE, *args, "--data-dir", str(data_dir)], capture_output=True, text=True, encoding="utf-8", env=env, timeout=120
    )


def rows(data_dir: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(data_dir / "pbgdpl.sqlite3")
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture
def commune(tmp_path):
    data = tmp_path / "data"
    done = pbgdpl(data, "init", "--unit", "05443", "--officer", "Nguyễn Thị Hường")
    assert done.returncode == 0, done.stderr
    done = pbgdpl(data, "roster", "import", str(roster_csv(tmp_path / "roster.csv")))
    assert done.returncode == 0, done.stderr
    assert "2 created" in done.stdout
    return data


def test_messy_xlsx_refused_then_imported_with_skip_bad_rows_exported_and_reimported(commune, tmp_path):
    path = messy_activities_xlsx(tmp_path / "sổ theo dõi 2026.xlsx")
    before = rows(commune, "SELECT COUNT(*) FROM activities") + rows(commune, "SELECT COUNT(*) FROM audit_log")

    refused = pbgdpl(commune, "activities", "import", str(path))
    assert refused.returncode == 1
    lines = refused.stderr.splitlines()
    assert lines[0].startswith("E-IMPORT-INVALID: 6 of 9 rows")
    for row, column, word in EXPECTED_PROBLEMS:
        assert any(ln.startswith(f"row {row}, column ") and column in ln and word in ln for ln in lines[1:]), row
    assert rows(commune, "SELECT COUNT(*) FROM activities") + rows(commune, "SELECT COUNT(*) FROM audit_log") == before

    as_json = pbgdpl(commune, "activities", "import", str(path), "--json")
    assert as_json.returncode == 1
    error = json.loads(as_json.stdout)["error"]
    assert error["code"] == "E-IMPORT-INVALID" and error["report"]["bad_rows"] == 6

    dry = pbgdpl(commune, "activities", "import", str(path), "--skip-bad-rows", "--dry-run")
    assert dry.returncode == 0 and "Would import" in dry.stdout and "3 created" in dry.stdout
    assert rows(commune, "SELECT COUNT(*) FROM activities") == [(0,)]

    done = pbgdpl(commune, "activities", "import", str(path), "--skip-bad-rows")
    assert done.returncode == 0, done.stderr
    assert "3 created" in done.stdout and "6 skipped" in done.stdout
    assert "Converted 9 cells of column 'Đơn vị chủ trì' from TCVN3" in done.stdout
    assert rows(commune, "SELECT COUNT(*) FROM activities") == [(3,)]
    assert (TCVN3_SO_TU_PHAP[1],) in rows(commune, "SELECT organiser FROM activities")

    out = tmp_path / "export.xlsx"
    exported = pbgdpl(commune, "activities", "export", str(out), "--json")
    assert exported.returncode == 0 and json.loads(exported.stdout)["records"] == 3

    again = pbgdpl(commune, "activities", "import", str(out), "--json")
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert (report["created"], report["updated"], report["unchanged"]) == (0, 0, 3)
    same = pbgdpl(commune, "activities", "import", str(path), "--skip-bad-rows")
    assert "0 created" in same.stdout and "3 unchanged" in same.stdout and "imported on" in same.stdout
    assert rows(commune, "SELECT COUNT(*) FROM activities") == [(3,)]
    assert rows(commune, "SELECT COUNT(*) FROM file_imports") == [(4,)]  # roster, skip, export re-import, again


def test_export_formats_and_period(commune, tmp_path):
    pbgdpl(commune, "activities", "import", str(messy_activities_xlsx(tmp_path / "a.xlsx", bad_rows=False)))
    q2 = tmp_path / "q2.csv"
    done = pbgdpl(commune, "activities", "export", str(q2), "--period", "2026-Q2")
    assert done.returncode == 0 and "Exported 2 activities" in done.stdout
    assert q2.read_bytes().startswith(b"\xef\xbb\xbf") and len(q2.read_text(encoding="utf-8-sig").splitlines()) == 3
    roster = tmp_path / "roster.json"
    assert pbgdpl(commune, "roster", "export", str(roster)).returncode == 0
    assert {r["payload"]["full_name"] for r in json.loads(roster.read_text(encoding="utf-8"))} == {"Nguyễn Thị Hường", "Trần Văn Bình"}
    bad = pbgdpl(commune, "activities", "export", str(tmp_path / "x.pdf"))
    assert bad.returncode == 1 and bad.stderr.startswith("E-FILE-FORMAT:")
    bad = pbgdpl(commune, "activities", "export", str(tmp_path / "x.csv"), "--period", "2026-Q9")
    assert bad.returncode == 1 and bad.stderr.startswith("E-PERIOD:")


@pytest.mark.parametrize(
    "name, content, code",
    [
        (None, None, "E-FILE-NOT-FOUND"),
        ("a.txt", b"hello", "E-FILE-FORMAT"),
        ("a.xlsx", b"not a zip", "E-FILE-FORMAT"),
    ],
)
def test_bad_files_exit_1_with_a_code_and_leave_data_alone(commune, tmp_path, name, content, code):
    path = tmp_path / (name or "missing.xlsx")
    if content is not None:
        path.write_bytes(content)
    before = rows(commune, "SELECT COUNT(*) FROM reporters") + rows(commune, "SELECT COUNT(*) FROM audit_log")
    done = pbgdpl(commune, "roster", "import", str(path))
    assert done.returncode == 1 and done.stderr.startswith(f"{code}: ")
    assert rows(commune, "SELECT COUNT(*) FROM reporters") + rows(commune, "SELECT COUNT(*) FROM audit_log") == before


def test_no_header_names_the_columns_needed(commune, tmp_path):
    path = messy_activities_xlsx(tmp_path / "a.xlsx")
    done = pbgdpl(commune, "roster", "import", str(path))
    assert done.returncode == 1
    assert done.stderr.startswith("E-FILE-FORMAT: a.xlsx has no header row naming the columns needed: Họ và tên")


def test_excel_traps_of_the_field_test_never_store_a_wrong_number(commune, tmp_path):
    """adversary.md experiment 5: a totals row merged over STT, a hidden duplicate column, formulas never calculated."""
    count = "SELECT COUNT(*) FROM activities"
    nocache = pbgdpl(commune, "activities", "import", str(activity_log_xlsx(tmp_path / "formula-nocache.xlsx", cached=False)))
    assert nocache.returncode == 1 and nocache.stderr.startswith("E-IMPORT-INVALID: 1 of 5 rows")
    assert "cell H10 holds the formula =40+25 without its result" in nocache.stderr
    assert rows(commune, count) == [(0,)]
    hidden = activity_log_xlsx(tmp_path / "hidden-dup.xlsx", hidden_header="Số lượt người (kế hoạch)")
    done = pbgdpl(commune, "activities", "import", str(hidden))
    assert done.returncode == 0, done.stderr
    assert "Rows left out: 6 (column numbers), 12 (total row)" in done.stdout
    assert "Warning: hidden column G 'Số lượt người (kế hoạch)' was not used" in done.stdout
    assert sorted(p for (p,) in rows(commune, "SELECT participants FROM activities")) == sorted(LOG_EXPECTED)
