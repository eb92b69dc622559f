"""``pbgdpl plan …`` end to end: the example plan stored and listed, a plan imported from .xlsx, a bad file
refused with E-IMPORT-INVALID and nothing stored, the plan report written as PDF and .xlsx, the annual figures."""

from __future__ import annotations

import openpyxl

from plan_helpers import with_deadline, write_plan_file


def test_plan_commands(cli, tmp_path):
    assert cli("init", "--unit", "05443", "--officer", "Nguyễn Thị Hường").returncode == 0
    examples = cli.json("plan", "example")["examples"]
    assert [e["number"] for e in examples] == ["164/KH-UBND"] and examples[0]["tasks"] == 29
    assert cli("plan", "example", "164/KH-UBND").returncode == 0
    again = cli("plan", "example", "164/KH-UBND")
    assert again.returncode == 1 and again.stderr.startswith("E-PLAN-EXISTS")

    bad = cli("plan", "import", str(write_plan_file(tmp_path / "bad.xlsx", with_deadline("khi nào xong"))))
    assert bad.returncode == 1 and bad.stderr.startswith("E-IMPORT-INVALID")
    assert "khi nào xong" in bad.stderr
    assert [p["number"] for p in cli.json("plan", "list")["plans"]] == ["164/KH-UBND"]

    assert cli("plan", "import", str(write_plan_file(tmp_path / "kh.xlsx"))).returncode == 0
    plans = {p["number"]: p for p in cli.json("plan", "list", "--year", "2026")["plans"]}
    assert set(plans) == {"05/KH-UBND", "164/KH-UBND"} and plans["05/KH-UBND"]["tasks"] == 3

    pdf, xlsx = tmp_path / "kh.pdf", tmp_path / "kh.xlsx.xlsx"
    assert cli("plan", "report", "05/KH-UBND", "--out", str(pdf), "--on", "2026-07-01").returncode == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert cli("plan", "report", "05/kh-ubnd", "--out", str(xlsx)).returncode == 0
    assert openpyxl.load_workbook(xlsx).sheetnames == ["Kế hoạch", "Nhiệm vụ"]
    wrong = cli("plan", "report", "05/KH-UBND", "--out", str(tmp_path / "kh.doc"))
    assert wrong.returncode == 1 and wrong.stderr.startswith("E-USAGE")
    missing = cli("plan", "report", "99/KH-UBND", "--out", str(pdf))
    assert missing.returncode == 1 and "99/KH-UBND" in missing.stderr

    shown = cli.json("plan", "show", "05/KH-UBND", "--on", "2026-07-01")
    assert [t["status"] for t in shown["tasks"]] == ["overdue", "not_started", "not_started"]
    units = cli.json("plan", "indicators", "--year", "2026")["units"]
    assert units[0]["plan_number"] == "05/KH-UBND" and units[0]["on_time"] is True and units[0]["tasks"] == 3


def test_plan_funding_command(cli, tmp_path):
    assert cli("init", "--unit", "05443", "--officer", "Nguyễn Thị Hường").returncode == 0
    assert cli("plan", "import", str(write_plan_file(tmp_path / "kh.xlsx"))).returncode == 0  # budget 20.000.000
    out = tmp_path / "kinh-phi.xlsx"
    data = cli.json("plan", "funding", "--year", "2026", "--out", str(out))
    assert (data["budget"], data["spent"], data["priority_share"]) == (20_000_000, 0, None)
    assert openpyxl.load_workbook(out).sheetnames == ["Kinh phí"]
    bad = cli("plan", "funding", "--year", "2026", "--out", str(tmp_path / "x.txt"))
    assert bad.returncode == 1 and bad.stderr.startswith("E-USAGE")
