"""``pbgdpl audit verify`` names the first broken entry; what pbgdpl creates is readable by its user only."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

pytestmark = pytest.mark.e2e


def test_audit_verify_names_the_first_broken_entry(cli, tmp_path):
    assert cli("init", "--unit", "02104", "--officer", "Nguyễn Văn A").returncode == 0
    csv = tmp_path / "one.csv"
    csv.write_text("Ngày,Nội dung,Hình thức\n05/03/2026,Hội nghị,Hội nghị\n06/03/2026,Hội thảo,Hội nghị\n", encoding="utf-8")
    assert cli("activities", "import", str(csv)).returncode == 0
    whole = cli.json("audit", "verify")
    assert whole["ok"] and whole["entries"] >= 2
    con = sqlite3.connect(cli.data_dir / "pbgdpl.sqlite3")
    seq = con.execute("SELECT seq FROM audit_log ORDER BY seq LIMIT 1 OFFSET 1").fetchone()[0]
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").fetchall():
        con.execute(f"DROP TRIGGER {name}")  # someone with the file in hand gets past the append-only triggers
    con.execute("UPDATE audit_log SET actor = 'someone else' WHERE seq = ?", [seq])
    con.commit()
    con.close()
    broken = cli("audit", "verify")
    assert broken.returncode == 1 and broken.stderr.startswith(f"E-AUDIT-BROKEN: the audit log is broken at entry {seq} ")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_folder_database_and_logs_are_owner_only(cli):
    assert cli("init", "--unit", "02104", "--officer", "Nguyễn Văn A").returncode == 0
    for path in (cli.data_dir, cli.data_dir / "pbgdpl.sqlite3", cli.data_dir / "logs", cli.data_dir / "keys"):
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path
