"""``pbgdpl backup list|create|restore``: a copy before every import, what a restore loses, a new revision epoch."""

from __future__ import annotations

import json
import sqlite3

import pytest

pytestmark = pytest.mark.e2e


def test_backup_create_list_restore(cli, tmp_path):
    assert cli("init", "--unit", "02104", "--officer", "Nguyễn Văn A").returncode == 0
    made = cli.json("backup", "create")
    csv = tmp_path / "one.csv"
    csv.write_text("Ngày,Nội dung,Hình thức\n05/03/2026,Hội nghị mới,Hội nghị\n", encoding="utf-8")
    assert cli("activities", "import", str(csv)).returncode == 0
    listed = cli.json("backup", "list")
    names = [b["file"] for b in listed["backups"]]
    assert any("before-activities-import" in n for n in names) and made["file"] in names  # automatic copy too
    db = cli.data_dir / "pbgdpl.sqlite3"
    con = sqlite3.connect(db)
    con.execute("INSERT INTO bundle_exports (seq, bundle_id, unit_code, period, fingerprint, filename, path, sha256, size, created_at) "
                "VALUES (1, 'sent', '02104', '2026', 'x', 'f', 'p', 'abc', 1, '2026-12-01')")  # fmt: skip
    con.commit()
    before_id = con.execute("SELECT value FROM settings WHERE key = 'installation_id'").fetchone()[0]
    con.close()
    asked = cli("backup", "restore", made["file"])
    assert asked.returncode == 0 and "loses: 1 activities" in asked.stdout and "--yes" in asked.stdout
    done = json.loads(cli("backup", "restore", made["file"], "--yes", "--json").stdout)
    assert done["restored"] and done["loses"]["activities"] == 1
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM activities").fetchone()[0] == 0
    assert con.execute("SELECT seq FROM bundle_exports").fetchall() == [(1,)]  # a number that travelled stays used
    assert con.execute("SELECT value FROM settings WHERE key = 'installation_id'").fetchone()[0] != before_id
    con.close()
    missing = cli("backup", "restore", "nope.sqlite3")
    assert missing.returncode == 1 and missing.stderr.startswith("E-FILE-NOT-FOUND")
