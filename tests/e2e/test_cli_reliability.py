"""The real command under hostile input, a second writer and a bug (docs/reliability.md): a stable code on
stderr, never a traceback; the traceback goes to logs/pbgdpl.log."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.e2e


@pytest.fixture
def commune(cli):
    done = cli("init", "--unit", "02104", "--officer", "Nguyễn Văn A")
    assert done.returncode == 0, done.stderr
    return cli


def _no_traceback(done):
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout, done.stderr


def test_a_bug_prints_e_internal_and_logs_the_traceback(commune):
    code = (
        "import argparse, sys; import app.cli as c; "
        f"c._parse = lambda argv: argparse.Namespace(command='boom', data_dir={str(commune.data_dir)!r}, json=True, "
        "handler=lambda a: 1 / 0); sys.exit(c.main([]))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=commune.env, timeout=120)
    assert done.returncode == 1
    assert done.stderr.startswith("E-INTERNAL: an unexpected error stopped the command (ZeroDivisionError")
    _no_traceback(done)
    assert '"code": "E-INTERNAL"' in done.stdout  # --json still prints one JSON document
    log = (commune.data_dir / "logs" / "pbgdpl.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "ZeroDivisionError" in log


def test_a_csv_cell_over_the_csv_limit_is_refused_with_a_code(commune, tmp_path):
    path = tmp_path / "big-field.csv"
    path.write_text("Ngày,Nội dung,Hình thức\n05/03/2026," + "x" * 140_000 + ",Hội nghị\n", encoding="utf-8")
    done = commune("activities", "import", str(path))
    assert done.returncode == 1 and done.stderr.startswith("E-FILE-FORMAT: big-field.csv"), done.stderr
    _no_traceback(done)
    log = (commune.data_dir / "logs" / "pbgdpl.log").read_text(encoding="utf-8")
    assert "E-FILE-FORMAT" in log  # a refused input is logged too


def test_a_deep_manifest_is_refused_by_verify_with_json(commune, tmp_path):
    import zipfile

    path = tmp_path / "deep.pbgdpl"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in (("manifest.json", b"[" * 100_000 + b"]" * 100_000), ("manifest.sig", b"x" * 64)):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.external_attr, info.compress_type = 0o100644 << 16, zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    done = commune("bundle", "verify", str(path), "--json")
    assert done.returncode == 1 and done.stderr.startswith("E-BUNDLE-FORMAT: manifest.json is refused"), done.stderr
    _no_traceback(done)
    assert '"code": "E-BUNDLE-FORMAT"' in done.stdout


HOLD = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
con.execute("INSERT INTO settings (key, value) VALUES ('holder', 'x') ON CONFLICT (key) DO UPDATE SET value = 'y'")
print("held", flush=True)
time.sleep(float(sys.argv[2]))
con.execute("COMMIT")
"""


def _hold(commune, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(commune.data_dir / "pbgdpl.sqlite3"), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout.readline().strip() == "held"
    return holder


def _csv(tmp_path, n: int):
    path = tmp_path / f"log-{n}.csv"
    path.write_text("Ngày,Nội dung,Hình thức\n" + "".join(f"0{1 + i % 9}/03/2026,Hội nghị {n}-{i},Hội nghị\n" for i in range(20)), encoding="utf-8")
    return path


def test_a_second_writer_waits_for_the_first(commune, tmp_path):
    holder = _hold(commune, 2.5)
    started = time.monotonic()
    done = commune("activities", "import", str(_csv(tmp_path, 1)))
    assert holder.wait(30) == 0
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started >= 2.0  # it waited its turn instead of failing at once


def test_a_writer_busy_too_long_says_the_data_folder_is_in_use(commune, tmp_path):
    holder = _hold(commune, 6)
    commune.env["PBGDPL_BUSY_TIMEOUT_MS"] = "1000"
    try:
        done = commune("activities", "import", str(_csv(tmp_path, 2)))
    finally:
        del commune.env["PBGDPL_BUSY_TIMEOUT_MS"]
        holder.wait(30)
    assert done.returncode == 1 and done.stderr.startswith("E-DB-BUSY: the data folder is in use"), done.stderr
    _no_traceback(done)


def test_two_commands_writing_at_once_both_succeed(commune, tmp_path):
    procs = [
        subprocess.Popen([*commune_cmd(commune), "activities", "import", str(_csv(tmp_path, n))], env=commune.env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for n in range(3)
    ]  # fmt: skip
    results = [(p.wait(120), p.stderr.read()) for p in procs]
    assert all(code == 0 for code, _ in results), results
    import sqlite3

    con = sqlite3.connect(commune.data_dir / "pbgdpl.sqlite3")
    assert con.execute("SELECT COUNT(*) FROM activities").fetchone()[0] == 60
    con.close()


def commune_cmd(cli):
    from tests.e2e.conftest import PBGDPL

    return [str(PBGDPL), "--data-dir", str(cli.data_dir)]
